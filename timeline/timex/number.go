package timex

import (
	"math"
	"strconv"
	"strings"
)

// qty is a parsed quantity.
type qty struct {
	v        float64
	next     int
	vague    bool // "several", "a few": no usable amount
	explicit bool // a numeral or number word (not the article "a"/"an")
}

// Number parses a whole string as a number: digits ("1,000", "2.5",
// "1.2 million"), number words ("three", "twenty-five", "one hundred and
// twenty", "two dozen"), "a dozen", "a couple", "half a", "two and a half",
// "two-and-a-half". Vague quantities ("several", "a few", "dozens") and
// anything with words left over give ok=false.
func Number(s string) (float64, bool) {
	sc := &scanner{text: s, toks: tokenize(strings.TrimSpace(s))}
	if len(sc.toks) == 0 {
		return 0, false
	}
	sc.text = strings.TrimSpace(s)
	q, ok := sc.parseQty(0)
	if !ok || q.vague || q.next != len(sc.toks) {
		return 0, false
	}
	return q.v, true
}

// parseQty reads a quantity at token i.
func (s *scanner) parseQty(i int) (qty, bool) {
	if i >= len(s.toks) {
		return qty{}, false
	}
	var q qty
	switch t := s.toks[i]; {
	case t.k == 'n':
		if i+1 < len(s.toks) && s.adj(i, i+1) && (s.toks[i+1].k == 'w' || s.p(i+1, ":") || s.p(i+1, "%")) {
			return qty{}, false // "15th", "10am", "5:21", "50%"
		}
		if i > 0 && s.adj(i-1, i) && (s.p(i-1, ":") || s.p(i-1, "/") || s.p(i-1, ".") || s.p(i-1, "$") || s.p(i-1, "£") || s.p(i-1, "€")) {
			return qty{}, false
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(s.text[t.s:t.e], ",", ""), 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return qty{}, false
		}
		q = qty{v: v, next: i + 1, explicit: true}
		if f, n, ok := s.fraction(i + 1); ok {
			if s.adj(i, i+1) && s.toks[i+1].l != "/" { // "1½"
				q.v, q.next = v+f, n
			} else if !s.adj(i, i+1) { // "2 1/2"
				q.v, q.next = v+f, n
			}
		} else if s.p(i+1, "/") && s.adj(i, i+1) {
			if d, _, ok := s.intAt(i + 2); ok && s.adj(i+1, i+2) && d > int(v) && d <= 16 && v == math.Trunc(v) { // "1/2"
				q.v, q.next = v/float64(d), i+3
			} else {
				return qty{}, false // "3/14/2024", "24/7"
			}
		}
		if sc, ok := scales[s.w(i+1)]; ok && sc > 100 {
			q.v *= sc
			q.next++
		}
	case t.k == 'w':
		switch w := t.l; {
		case w == "a" || w == "an":
			switch s.w(i + 1) {
			case "half":
				q = qty{v: 0.5, next: i + 2, explicit: true}
			case "couple":
				q = qty{v: 2, next: i + 2, explicit: true}
				if s.w(q.next) == "of" {
					q.next++
				}
			case "few":
				q = qty{v: 3, next: i + 2, vague: true}
			case "dozen":
				q = qty{v: 12, next: i + 2, explicit: true}
			case "hundred", "thousand", "million", "billion":
				if v, n, ok := s.parseWords(i + 1); ok {
					q = qty{v: v, next: n, explicit: true}
				}
			default:
				q = qty{v: 1, next: i + 1}
			}
		case w == "half":
			q = qty{v: 0.5, next: i + 1, explicit: true}
			if a := s.w(i + 1); a == "a" || a == "an" {
				q.next++
			}
		case vagueQuantities[w]:
			q = qty{next: i + 1, vague: true}
		default:
			v, n, ok := s.parseWords(i)
			if !ok {
				return qty{}, false
			}
			q = qty{v: v, next: n, explicit: true}
		}
		if q.next == 0 {
			return qty{}, false
		}
	default:
		return qty{}, false
	}
	// "and a half", "-and-a-half"
	j := q.next
	if !q.vague {
		if n, ok := s.words(j, "and", "a", "half"); ok {
			q.v += 0.5
			q.next = n
		} else if s.p(j, "-") && s.w(j+1) == "and" && s.p(j+2, "-") && s.w(j+3) == "a" && s.p(j+4, "-") && s.w(j+5) == "half" &&
			s.adj(j-1, j) && s.adj(j+4, j+5) {
			q.v += 0.5
			q.next = j + 6
		}
	}
	return q, true
}

// vulgarFractions are the fraction characters written after numbers.
var vulgarFractions = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3}

// fraction reads "½" or "1/2" (a proper fraction) at token i.
func (s *scanner) fraction(i int) (float64, int, bool) {
	if i < len(s.toks) && s.toks[i].k == 'p' {
		if f, ok := vulgarFractions[s.tt(i)]; ok {
			return f, i + 1, true
		}
	}
	a, _, ok1 := s.intAt(i)
	if !ok1 || !s.p(i+1, "/") || !s.adj(i, i+1) || !s.adj(i+1, i+2) {
		return 0, i, false
	}
	b, _, ok2 := s.intAt(i + 2)
	if !ok2 || a <= 0 || a >= b || b > 16 {
		return 0, i, false
	}
	return float64(a) / float64(b), i + 3, true
}

// parseWords reads cardinal number words: "twenty-five", "one hundred and
// twenty", "two dozen", "three thousand".
func (s *scanner) parseWords(i int) (float64, int, bool) {
	total, cur := 0.0, 0.0
	j := i
	any, lastScale := false, false
	for j < len(s.toks) {
		w := s.w(j)
		if v, ok := smallNumbers[w]; ok {
			cur += float64(v)
			j++
			any, lastScale = true, false
			continue
		}
		if v, ok := tens[w]; ok {
			cur += float64(v)
			j++
			if s.hyphen(j - 1) {
				if u, ok := smallNumbers[s.w(j+1)]; ok && u > 0 && u < 10 {
					cur += float64(u)
					j += 2
				}
			}
			any, lastScale = true, false
			continue
		}
		if w == "dozen" && any {
			cur *= 12
			j++
			lastScale = true
			continue
		}
		if sc, ok := scales[w]; ok {
			if cur == 0 {
				cur = 1
			}
			if sc == 100 {
				cur *= 100
			} else {
				total += cur * sc
				cur = 0
			}
			j++
			any, lastScale = true, true
			continue
		}
		if w == "and" && any && lastScale {
			if _, ok := smallNumbers[s.w(j+1)]; ok && s.w(j+2) != "half" {
				j++
				continue
			}
			if _, ok := tens[s.w(j+1)]; ok {
				j++
				continue
			}
		}
		break
	}
	if !any {
		return 0, i, false
	}
	return total + cur, j, true
}

// unitAt reads a duration unit at j: a plain unit word, "X-long" or a
// joined one-word unit ("hourlong").
func unitMinutes(w string) (name string, minutes int, plural, ok bool) {
	u, ok := units[w]
	if !ok {
		return "", 0, false, false
	}
	return u.name, u.minutes, u.plural, true
}

// matchQuantity matches durations ("about three hours", "12-minute",
// "two-and-a-half-hour"), spans ("in 80 years", "within hours") and
// quantified relative expressions ("seven months later", "two days ago").
func (s *scanner) matchQuantity(i int) (Expr, int, bool) {
	start := i
	j := i
	span := false
	for _, k := range spanIndex[s.w(j)] {
		if n, ok := s.words(j, spanPrefixes[k]...); ok {
			span, j = true, n
			break
		}
	}
	approx := ApproxExact
	for _, hk := range hedgeIndex[s.w(j)] {
		h := hedges[hk]
		if n, ok := s.words(j, h.words...); ok {
			if h.words[0] == "over" && len(h.words) == 1 && !overHedgeAfter[s.w(j-1)] {
				continue // "over two days": across, not more than
			}
			if h.needN {
				if _, ok := s.parseQty(n); !ok || s.w(n) == "a" || s.w(n) == "an" || vagueQuantities[s.w(n)] {
					if h.words[0] != "some" || !s.num(n) {
						continue
					}
				}
			}
			approx, j = h.approx, n
			break
		}
	}
	q, hasQ := s.parseQty(j)
	k := j
	var hi float64
	if hasQ {
		k = q.next
		// Ranges: "two to three hours", "2-3 hours", "two or three days".
		if w := s.w(k); w == "to" || w == "or" || (s.p(k, "-") && s.num(k+1) && q.explicit && s.num(k-1)) {
			if q2, ok := s.parseQty(k + 1); ok && q2.explicit && !q2.vague && q2.v > q.v {
				if _, _, _, ok := unitMinutes(s.w(q2.next)); ok {
					hi, k = q2.v, q2.next
				} else if s.hyphen(q2.next - 1) {
					if _, _, _, ok := unitMinutes(s.w(q2.next + 1)); ok {
						hi, k = q2.v, q2.next
					}
				}
			}
		}
	}
	compound := false
	var uname string
	var umin int
	var plural bool
	uEnd := k // index after the unit
	switch {
	case hasQ && s.p(k, "-") && s.adj(k-1, k) && s.adj(k, k+1):
		n, m, pl, ok := unitMinutes(s.w(k + 1))
		if !ok {
			return Expr{}, i, false
		}
		uname, umin, plural, compound, uEnd = n, m, pl, true, k+2
	case hasQ && joinedUnits[s.w(k)] > 0:
		uname, umin, compound, uEnd = "", joinedUnits[s.w(k)], true, k+1
		switch umin {
		case 60:
			uname = "hour"
		case 1440:
			uname = "day"
		case 10080:
			uname = "week"
		case 43800:
			uname = "month"
		default:
			uname = "year"
		}
	default:
		n, m, pl, ok := unitMinutes(s.w(k))
		if !ok {
			return Expr{}, i, false
		}
		uname, umin, plural, uEnd = n, m, pl, k+1
	}
	if !hasQ {
		// Bare plural units: "hours later", "for hours", "within days".
		if !plural || uname == "second" {
			return Expr{}, i, false
		}
		nw := s.w(uEnd)
		pw := s.w(start - 1)
		switch {
		case span:
		case nw == "later" || nw == "earlier" || nw == "ago" || nw == "afterwards" || nw == "afterward" || nw == "after" || nw == "before":
		case pw == "for" || pw == "after" || s.hyphen(uEnd-1) && s.w(uEnd+1) == "long":
		default:
			return Expr{}, i, false
		}
		q = qty{vague: true}
	}
	if uname == "second" && (!q.explicit || (!plural && !compound && q.v != 1)) {
		return Expr{}, i, false
	}
	if hasQ && !q.explicit && !q.vague {
		// "once a day", "twice a week", "three times a year", "per hour".
		switch s.w(start - 1) {
		case "once", "twice", "thrice", "times", "per", "every", "each":
			return Expr{}, i, false
		}
	}
	// Ages are not durations: "80 years old", "a 45-year-old", "aged 80 years".
	if s.w(uEnd) == "old" || s.p(uEnd, "-") && s.w(uEnd+1) == "old" {
		return Expr{}, i, false
	}
	if n, ok := s.words(uEnd, "of", "age"); ok && n > uEnd {
		return Expr{}, i, false
	}
	next := uEnd
	// "-long" adjectives: "hour-long", "hours-long".
	if s.p(next, "-") && s.adj(next-1, next) && s.w(next+1) == "long" {
		next += 2
	}
	v := q.v
	if hi > 0 {
		v = (q.v + hi) / 2
		if approx == ApproxExact {
			approx = ApproxAbout
		}
	}
	total := v * float64(umin)
	if uname == "second" {
		total = v / 60
	}
	if !compound && !q.vague {
		// "an hour and a half", "two hours and 40 minutes", "1 hour 20 minutes".
		if n, ok := s.words(next, "and", "a", "half"); ok {
			total += 0.5 * float64(umin)
			next = n
		} else {
			k2 := next
			if s.w(k2) == "and" {
				k2++
			}
			if q2, ok := s.parseQty(k2); ok && q2.explicit {
				if n2, m2, _, ok := unitMinutes(s.w(q2.next)); ok && m2 < umin && n2 != "second" {
					total += q2.v * float64(m2)
					next = q2.next + 1
				}
			}
		}
	}
	// Suffix hedges: "three hours or so", "three-plus hours" (not handled), "or more".
	if n, ok := s.words(next, "or", "so"); ok {
		approx, next = ApproxAbout, n
	} else if n, ok := s.words(next, "or", "more"); ok {
		approx, next = ApproxOver, n
	}
	e := s.newExpr(KindDuration, start, next)
	e.Approx = approx
	e.Unit = uname
	e.Vague = q.vague
	if !q.vague {
		e.Minutes = int(math.Round(total))
	}
	if span {
		e.Kind = KindSpan
	}
	// Relative suffixes.
	dir := 0
	anchor := AnchorNarrative
	if !compound && !span {
		switch s.w(next) {
		case "ago":
			dir, anchor = -1, AnchorReference
		case "since":
			// "It is seven years since the mine flooded": as "seven
			// years ago" (not "in the two years since the flood")
			if s.w(start-1) == "is" && s.w(start-2) == "it" || s.w(start-1) == "s" && s.p(start-2, "'") && s.w(start-3) == "it" ||
				s.w(start-1) == "been" && s.w(start-2) == "has" && s.w(start-3) == "it" {
				dir, anchor = -1, AnchorReference
			}
		case "later", "afterwards", "afterward", "hence":
			dir = 1
		case "after":
			if s.w(start-1) != "for" {
				dir = 1
			}
		case "earlier", "before", "prior", "beforehand":
			if s.w(start-1) != "for" {
				dir = -1
			}
		}
	}
	if dir != 0 {
		e.Kind = KindRelative
		e.Anchor = anchor
		e.End = s.toks[next].e
		next++
		if !q.vague {
			e.Offset = offsetOf(uname, v, umin, dir)
		} else if dir > 0 {
			e.Mod = "later"
		} else {
			e.Mod = "earlier"
		}
		if e.Mod == "" {
			if dir > 0 {
				e.Mod = "later"
			} else {
				e.Mod = "earlier"
			}
		}
	}
	return e, next, true
}

// offsetOf converts an amount of a unit to a signed Offset.
func offsetOf(unit string, v float64, umin int, dir int) Offset {
	whole := v == math.Trunc(v)
	r := func(x float64) int { return dir * int(math.Round(x)) }
	switch unit {
	case "year":
		years := v * float64(umin) / 525600
		if years == math.Trunc(years) {
			return Offset{Years: r(years)}
		}
		return Offset{Months: r(years * 12)}
	case "month":
		if whole {
			return Offset{Months: r(v)}
		}
		return Offset{Days: r(v * 30)}
	case "week":
		return Offset{Days: r(v * float64(umin) / 1440)}
	case "day":
		if whole {
			return Offset{Days: r(v)}
		}
		return Offset{Hours: r(v * 24)}
	case "hour", "minute":
		m := r(v * float64(umin))
		return Offset{Hours: m / 60, Minutes: m % 60}
	}
	return Offset{}
}

// hedgeIndex and spanIndex map a first word to the hedges and span
// prefixes starting with it, in table order (longest first).
var hedgeIndex = func() map[string][]int {
	m := map[string][]int{}
	for k, h := range hedges {
		m[h.words[0]] = append(m[h.words[0]], k)
	}
	return m
}()

var spanIndex = func() map[string][]int {
	m := map[string][]int{}
	for k, sp := range spanPrefixes {
		m[sp[0]] = append(m[sp[0]], k)
	}
	return m
}()

// overHedgeAfter are the words after which "over N units" means "more than".
var overHedgeAfter = map[string]bool{
	"for": true, "lasted": true, "lasting": true, "last": true, "lasts": true, "took": true,
	"take": true, "takes": true, "taking": true, "spent": true, "spend": true, "after": true,
	"of": true, "just": true, "a": true, "than": true, "waited": true, "wait": true, "run": true,
	"ran": true, "went": true, "delayed": true, "delay": true, "by": true, "remained": true,
}
