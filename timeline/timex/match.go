package timex

import (
	"fmt"
	"strings"
	"time"

	"github.com/araddon/dateparse"
)

// monthAt reports whether token i is a month name usable in a date; abbr
// tells whether it was abbreviated. The returned index is after the name
// and an optional ".".
func (s *scanner) monthAt(i int) (m int, next int, abbr bool, ok bool) {
	w := s.w(i)
	m, ok = months[w]
	if !ok || !s.capital(i) {
		return 0, i, false, false
	}
	next = i + 1
	abbr = monthAbbr[w]
	if abbr && s.p(next, ".") && s.adj(i, next) {
		next++
	}
	return m, next, abbr, true
}

// dayAt reads a day of month (1..31) with an optional ordinal suffix.
func (s *scanner) dayAt(i int) (int, int, bool) {
	d, n, ok := s.intAt(i)
	if !ok || n > 2 || d < 1 || d > 31 {
		return 0, i, false
	}
	next := i + 1
	if s.adj(i, next) && s.toks[next].k == 'w' {
		switch s.w(next) {
		case "st", "nd", "rd", "th":
			next++
		default:
			return 0, i, false // "15am", "3D"
		}
	} else if s.adj(i, next) && (s.num(next) || s.p(next, ":") || s.p(next, "%")) {
		return 0, i, false
	}
	return d, next, true
}

// yearAt reads a four-digit year 1000..2999.
func (s *scanner) yearAt(i int) (int, int, bool) {
	y, n, ok := s.intAt(i)
	if !ok || n != 4 || y < 1000 || y > 2999 {
		return 0, i, false
	}
	if i+1 < len(s.toks) && s.adj(i, i+1) && (s.toks[i+1].k == 'w' || s.num(i+1) || s.p(i+1, "%")) {
		return 0, i, false // "1990s", "2025th"
	}
	return y, i + 1, true
}

// validDate checks a calendar date; with a year it asks dateparse, which
// must agree with the stated parts. For the years 1000..2999 the calendar
// answers directly (TestValidDateCalendar checks that dateparse agrees
// on every day of them).
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		// Unknown year: allow 29 February.
		return time.Date(2000, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
	}
	if y >= 1000 && y <= 2999 {
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
	}
	return validDateParse(y, m, d)
}

// validDateParse checks a date with a year through dateparse.
func validDateParse(y, m, d int) bool {
	t, err := dateparse.ParseIn(fmt.Sprintf("%04d-%02d-%02d", y, m, d), time.UTC)
	if err != nil {
		return false
	}
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// matchDate matches absolute dates, month-year and bare months.
func (s *scanner) matchDate(i int) (Expr, int, bool) {
	start := i
	wd := -1
	j := i
	// Leading weekday: "Friday, Aug. 15, 2025", "Fri., Aug. 15".
	if d, ok := weekdays[s.w(i)]; ok && s.capital(i) {
		wd, j = d, i+1
	} else if d, ok := weekdayAbbr[s.w(i)]; ok && s.capital(i) && s.p(i+1, ".") {
		wd, j = d, i+2
	} else if d, ok := weekdayAbbr[s.w(i)]; ok && s.capital(i) {
		k := i + 1
		if s.p(k, ",") {
			k++
		}
		if _, isMonth := months[s.w(k)]; s.num(k) || isMonth && s.capital(k) {
			wd, j = d, i+1 // "Fri 15 Aug 2025", "Sat, Aug 16"
		}
	}
	if wd >= 0 {
		if s.p(j, ",") {
			j++
		}
		if e, next, ok := s.absDate(j); ok && e.Kind == KindDate {
			e.Start = s.toks[start].s
			e.Weekday = wd
			return e, next, true
		}
		return Expr{}, i, false
	}
	if e, next, ok := s.numericDate(i); ok {
		return e, next, true
	}
	if e, next, ok := s.absDate(i); ok {
		return e, next, true
	}
	// Modified month: "last March", "early August", "mid-July", "late May 2024".
	mod, part := "", ""
	switch s.w(i) {
	case "last", "next", "this":
		mod, j = s.w(i), i+1
	case "early", "late":
		part, j = s.w(i), i+1
	case "mid":
		part, j = "mid", i+1
		if s.hyphen(i) {
			j = i + 2
		}
	default:
		return s.bareMonth(i)
	}
	if e, next, ok := s.absDate(j); ok {
		if e.Kind == KindMonth || (part != "" && e.Kind == KindDate) {
			e.Start, e.Mod, e.Part = s.toks[start].s, mod, part
			return e, next, true
		}
		return Expr{}, i, false
	}
	m, next, abbr, ok := s.monthAt(j)
	if !ok || abbr {
		return Expr{}, i, false
	}
	e := s.newExpr(KindMonth, start, next)
	e.Month, e.Mod, e.Part = m, mod, part
	return e, next, true
}

// bareMonth matches a month name standing alone ("in February").
func (s *scanner) bareMonth(i int) (Expr, int, bool) {
	m, next, abbr, ok := s.monthAt(i)
	if !ok || abbr {
		return Expr{}, i, false
	}
	prev := ""
	if i > 0 {
		prev = s.w(i - 1)
		if s.p(i-1, "-") && i > 1 {
			prev = s.w(i - 2)
		}
	}
	if ambiguousMonths[s.w(i)] && !monthPreps[prev] {
		return Expr{}, i, false
	}
	if s.num(next) || s.p(next, "/") {
		return Expr{}, i, false // "February 30": not a valid date, not a month either
	}
	if !monthPreps[prev] && s.capital(next) {
		return Expr{}, i, false // a name: "April Ryan"
	}
	e := s.newExpr(KindMonth, i, next)
	e.Month = m
	return e, next, true
}

// absDate matches "Aug. 15[, 2025]", "15 August [2025]", "the 15th of
// August" and "August 2025" starting at i.
func (s *scanner) absDate(i int) (Expr, int, bool) {
	if m, j, abbr, ok := s.monthAt(i); ok {
		if d, k, ok := s.dayAt(j); ok {
			y, end := 0, k
			kk := k
			if s.p(kk, ",") {
				kk++
			}
			if yy, n, ok := s.yearAt(kk); ok {
				y, end = yy, n
			}
			if !validDate(y, m, d) {
				return Expr{}, i, false
			}
			e := s.newExpr(KindDate, i, end)
			e.Year, e.Month, e.Day = y, m, d
			return e, end, true
		}
		k := j
		if s.p(k, ",") {
			k++
		}
		if y, n, ok := s.yearAt(k); ok {
			e := s.newExpr(KindMonth, i, n)
			e.Year, e.Month = y, m
			return e, n, true
		}
		_ = abbr
		return Expr{}, i, false
	}
	if d, j, ok := s.dayAt(i); ok {
		if s.w(j) == "of" {
			j++
		}
		m, k, _, ok := s.monthAt(j)
		if !ok {
			return Expr{}, i, false
		}
		y, end := 0, k
		kk := k
		if s.p(kk, ",") {
			kk++
		}
		if yy, n, ok := s.yearAt(kk); ok {
			y, end = yy, n
		}
		if !validDate(y, m, d) {
			return Expr{}, i, false
		}
		e := s.newExpr(KindDate, i, end)
		e.Year, e.Month, e.Day = y, m, d
		return e, end, true
	}
	return Expr{}, i, false
}

// numericDate matches "2025-08-15", "2025/08/15" and "8/15/2025" (US order
// unless the first part cannot be a month).
func (s *scanner) numericDate(i int) (Expr, int, bool) {
	if s.num(i) && strings.Count(s.tt(i), ".") == 2 && !strings.Contains(s.tt(i), ",") {
		// European "16.08.2025" (one token).
		p := strings.Split(s.tt(i), ".")
		if len(p[0]) <= 2 && len(p[1]) <= 2 && len(p[2]) == 4 {
			d, m, y := atoi(p[0]), atoi(p[1]), atoi(p[2])
			if y >= 1000 && validDate(y, m, d) {
				if i+1 < len(s.toks) && s.adj(i, i+1) && s.toks[i+1].k != 'p' {
					return Expr{}, i, false
				}
				e := s.newExpr(KindDate, i, i+1)
				e.Year, e.Month, e.Day = y, m, d
				return e, i + 1, true
			}
		}
		return Expr{}, i, false
	}
	if !s.num(i) || i+4 >= len(s.toks) {
		return Expr{}, i, false
	}
	sep := s.toks[i+1].l
	if (sep != "-" && sep != "/" && sep != ".") || !s.p(i+3, sep) {
		return Expr{}, i, false
	}
	for k := i; k < i+4; k++ {
		if !s.adj(k, k+1) {
			return Expr{}, i, false
		}
	}
	a, na, ok1 := s.intAt(i)
	b, nb, ok2 := s.intAt(i + 2)
	c, nc, ok3 := s.intAt(i + 4)
	if !ok1 || !ok2 || !ok3 || nb > 2 {
		return Expr{}, i, false
	}
	if i+5 < len(s.toks) && s.adj(i+4, i+5) && (s.num(i+5) || s.toks[i+5].k == 'w' && s.w(i+5) != "t") {
		return Expr{}, i, false
	}
	var y, m, d int
	switch {
	case na == 4 && nc <= 2: // ISO order
		y, m, d = a, b, c
	case na <= 2 && nc == 4 && sep != "-":
		if a > 12 {
			d, m, y = a, b, c
		} else {
			m, d, y = a, b, c
		}
	default:
		return Expr{}, i, false
	}
	if y < 1000 || y > 2999 {
		return Expr{}, i, false
	}
	// dateparse reads the absolute string; it must agree with the parts.
	t, err := dateparse.ParseIn(fmt.Sprintf("%04d-%02d-%02d", y, m, d), time.UTC)
	if err != nil || t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return Expr{}, i, false
	}
	e := s.newExpr(KindDate, i, i+5)
	e.Year, e.Month, e.Day = y, m, d
	return e, i + 5, true
}

// matchWeekday matches "[last|next|this|early|late] Friday [morning|night]".
func (s *scanner) matchWeekday(i int) (Expr, int, bool) {
	j := i
	mod, part := "", ""
	switch s.w(i) {
	case "last", "next", "this", "past", "coming", "that":
		mod = s.w(i)
		switch mod {
		case "past", "that":
			// "that Tuesday": the Tuesday the story is about, never the
			// day it is told on
			mod = "last"
		case "coming":
			mod = "next"
		}
		j++
	case "early", "late":
		part = s.w(i)
		j++
	}
	d, ok := weekdays[s.w(j)]
	if !ok || !s.capital(j) {
		return Expr{}, i, false
	}
	next := j + 1
	// "a routine Friday-night departure": a weekday compound that
	// describes the noun after it names no particular day
	if mod == "" && part == "" && s.hyphen(j) && partsOfDay[s.w(j+2)] && !s.adj(j+2, j+3) && s.w(j+3) != "" && !s.capital(j+3) {
		return Expr{}, i, false
	}
	if p := s.w(next); partsOfDay[p] {
		part = p
		next++
	}
	// "on Tuesday last week", "Friday of next week": the weekday of a
	// named week
	if mod == "" {
		k := next
		if s.w(k) == "of" {
			k++
		}
		if w := s.w(k); (w == "last" || w == "next" || w == "this") && s.w(k+1) == "week" {
			mod, next = w+" week", k+2
		}
	}
	e := s.newExpr(KindWeekday, i, next)
	e.Weekday, e.Mod, e.Part = d, mod, part
	e.Anchor = AnchorReference
	e.Unit = "day"
	return e, next, true
}

// matchRelative matches the fixed relative phrases.
func (s *scanner) matchRelative(i int) (Expr, int, bool) {
	if s.toks[i].k != 'w' {
		return Expr{}, i, false
	}
	best, bestN := -1, 0
	byFirst := relIndex[s.toks[i].l]
	if byFirst == nil {
		return Expr{}, i, false
	}
	cands := byFirst[""]
	if more := byFirst[s.w(i+1)]; len(more) > 0 && s.w(i+1) != "" {
		cands = append(cands[:len(cands):len(cands)], more...)
	}
	for _, k := range cands {
		r := relPhrases[k]
		if len(r.words) <= bestN {
			continue
		}
		if _, ok := s.words(i, r.words...); ok {
			best, bestN = k, len(r.words)
		}
	}
	if best < 0 {
		return Expr{}, i, false
	}
	r := relPhrases[best]
	next := i + bestN
	// "later" / "earlier" / "soon" as comparatives of a following "than" are
	// not time expressions; "the day after <event>" is still one.
	if len(r.words) == 1 && (r.words[0] == "later" || r.words[0] == "earlier" || r.words[0] == "soon") && s.w(next) == "than" {
		return Expr{}, i, false
	}
	// "spent the next day and a half", "for the following day or two": a
	// stretch of time, not a day
	if r.unit == "day" && r.words[len(r.words)-1] == "day" && (s.w(next) == "and" && s.w(next+1) == "a" && s.w(next+2) == "half" ||
		s.w(next) == "or" && (s.w(next+1) == "two" || s.w(next+1) == "so")) {
		return Expr{}, i, false
	}
	e := s.newExpr(KindRelative, i, next)
	e.Anchor, e.Offset, e.Unit, e.Mod, e.Part, e.Vague = r.anchor, r.off, r.unit, r.mod, r.part, r.vague
	return e, next, true
}

// ampm reads "a.m.", "p.m.", "am", "pm" right after byte offset off; it
// returns 0 (none), 1 (a.m.) or 2 (p.m.) and the byte end.
func (s *scanner) ampm(off int) (int, int) {
	k := off
	for k < len(s.text) && s.text[k] == ' ' {
		k++
	}
	rest := s.text[k:]
	for _, f := range []string{"a.m.", "p.m.", "a. m.", "p. m.", "a.m", "p.m", "am", "pm"} {
		if len(rest) >= len(f) && strings.EqualFold(rest[:len(f)], f) {
			e := k + len(f)
			if e < len(s.text) {
				c := s.text[e]
				if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
					continue
				}
			}
			if f[0] == 'a' || f[0] == 'A' {
				return 1, e
			}
			return 2, e
		}
	}
	return 0, off
}

// dottedClock reads a number token "H.MM" or "HH.MM" (minutes under 60)
// as hours and minutes; the caller decides whether it is a clock time.
func (s *scanner) dottedClock(i int) (int, bool) {
	if !s.num(i) {
		return 0, false
	}
	t := s.tt(i)
	dot := strings.IndexByte(t, '.')
	if dot < 1 || dot > 2 || len(t)-dot-1 != 2 {
		return 0, false
	}
	h, m := 0, 0
	for _, c := range t[:dot] {
		if c < '0' || c > '9' {
			return 0, false
		}
		h = h*10 + int(c-'0')
	}
	for _, c := range t[dot+1:] {
		if c < '0' || c > '9' {
			return 0, false
		}
		m = m*10 + int(c-'0')
	}
	if m >= 60 {
		return 0, false
	}
	return h*60 + m, true
}

// matchClock matches clock times with an optional zone.
func (s *scanner) matchClock(i int) (Expr, int, bool) {
	start := i
	approx := ApproxExact
	switch s.w(i) {
	case "about", "around", "approximately", "roughly", "circa":
		approx = ApproxAbout
		i++
	}
	if i >= len(s.toks) {
		return Expr{}, start, false
	}
	clock := -1
	next := i
	switch s.w(i) {
	case "noon", "midday":
		clock, next = 12*60, i+1
	case "midnight":
		clock, next = 0, i+1
		// "shortly before midnight", "until midnight": the end of the day
		if w := s.w(start - 1); w == "before" || w == "until" || w == "till" || w == "by" {
			clock = 24*60 - 1
		}
	}
	if clock < 0 {
		if c, ok := s.dottedClock(i); ok {
			// "6.15am", "12.20 a.m.": British style, only with am/pm
			ap, apEnd := s.ampm(s.toks[i].e)
			if ap != 0 && c/60 >= 1 && c/60 <= 12 {
				clock = c%(12*60) + (ap-1)*12*60
				next = s.after(apEnd)
			} else {
				return Expr{}, start, false
			}
		}
	}
	if clock < 0 {
		h, nh, ok := s.intAt(i)
		if !ok {
			return Expr{}, start, false
		}
		if i > 0 && s.adj(i-1, i) && (s.p(i-1, ":") || s.num(i-1) || s.p(i-1, ".")) {
			return Expr{}, start, false
		}
		if s.elapsedMark(i) {
			return Expr{}, start, false
		}
		mins, hasMin := 0, false
		next = i + 1
		if nh <= 2 && s.p(i+1, ":") && s.adj(i, i+1) && s.adj(i+1, i+2) {
			if m, nm, ok := s.intAt(i + 2); ok && nm == 2 && m < 60 {
				mins, hasMin, next = m, true, i+3
				// seconds
				if s.p(next, ":") && s.adj(next-1, next) && s.adj(next, next+1) {
					if _, ns, ok := s.intAt(next + 1); ok && ns == 2 {
						next += 2
					}
				}
			} else {
				return Expr{}, start, false
			}
		}
		if next < len(s.toks) && s.adj(next-1, next) && (s.num(next) || s.p(next, ":")) {
			return Expr{}, start, false
		}
		ap, apEnd := s.ampm(s.toks[next-1].e)
		switch {
		case nh == 4 && !hasMin && ap == 0:
			// Military time "1750 GMT" needs a zone.
			z := ""
			if next < len(s.toks) {
				z = s.tt(next)
			}
			if z != "GMT" && z != "UTC" && z != "Z" || h/100 > 23 || h%100 > 59 {
				return Expr{}, start, false
			}
			clock = h/100*60 + h%100
		case nh > 2:
			return Expr{}, start, false
		case ap != 0:
			if h < 1 || h > 12 {
				return Expr{}, start, false
			}
			h %= 12
			if ap == 2 {
				h += 12
			}
			clock = h*60 + mins
			next = s.after(apEnd)
		case hasMin:
			if h > 24 || h == 24 && mins > 0 {
				return Expr{}, start, false
			}
			clock = (h%24)*60 + mins
		default:
			// "7 o'clock"
			if s.w(next) == "o" && s.p(next+1, "'") && s.w(next+2) == "clock" && h >= 1 && h <= 12 {
				clock = h * 60
				next += 3
			} else {
				return Expr{}, start, false
			}
		}
	}
	end := s.toks[next-1].e
	e := Expr{Start: s.toks[start].s, End: end, Kind: KindClock, Weekday: -1, Clock: clock, Approx: approx}
	// Zone.
	if next < len(s.toks) {
		t := s.toks[next]
		switch {
		case t.k == 'w' && zones[s.text[t.s:t.e]]:
			e.Zone, e.End, next = s.text[t.s:t.e], t.e, next+1
		case s.p(next, "(") && next+2 < len(s.toks) && zones[s.tt(next+1)] && s.p(next+2, ")"):
			e.Zone, e.End, next = s.tt(next+1), s.toks[next+2].e, next+3
		case s.w(next) == "local" && s.w(next+1) == "time":
			e.Zone, e.End, next = "local", s.toks[next+1].e, next+2
		case zoneWords[s.w(next)] && s.capital(next):
			k := next + 1
			if w := s.w(k); (w == "daylight" || w == "standard") && s.capital(k) {
				k++
			}
			if s.w(k) == "time" {
				e.Zone, e.End, next = s.text[t.s:s.toks[k-1].e], s.toks[k].e, k+1
			} else if s.ampmBefore(next) {
				e.Zone, e.End, next = s.text[t.s:t.e], t.e, next+1
			}
		}
	}
	return e, next, true
}

// ampmBefore reports whether the token before i ends an "a.m."/"p.m.".
// elapsedMark reports whether the number at token i is written as an
// elapsed time from a mark ("T+2:38", "T-10:00", "+3:15"), not a clock.
func (s *scanner) elapsedMark(i int) bool {
	if i == 0 || !s.adj(i-1, i) {
		return false
	}
	if s.p(i-1, "+") {
		return true
	}
	return (s.p(i-1, "-") || s.p(i-1, "−")) && i > 1 && s.adj(i-2, i-1) && s.tt(i-2) == "T"
}

func (s *scanner) ampmBefore(i int) bool {
	return i >= 2 && (s.p(i-1, ".") && (s.w(i-2) == "m")) || i >= 1 && (s.w(i-1) == "am" || s.w(i-1) == "pm")
}

// matchYear matches a bare year ("in 2018", "the 2022 invasion").
func (s *scanner) matchYear(i int) (Expr, int, bool) {
	y, next, ok := s.yearAt(i)
	if !ok || y < 1800 || y > 2199 {
		return Expr{}, i, false
	}
	if i > 0 {
		pt := s.toks[i-1]
		switch {
		case pt.k == 'p' && (pt.l == "$" || pt.l == "#" || pt.l == "£" || pt.l == "€" || pt.l == "№"):
			return Expr{}, i, false
		case pt.k == 'n':
			return Expr{}, i, false
		case pt.k == 'p' && s.adj(i-1, i) && (pt.l == "." || pt.l == "," || pt.l == ":" || pt.l == "/"):
			return Expr{}, i, false
		case pt.k == 'w' && !yearPreps[pt.l] && s.capital(i-1) && !(i-1 == 0 || s.sentenceStart(i-1)):
			return Expr{}, i, false // "Flight 123", "Model 2000"
		}
	}
	if !s.yearContext(i) {
		return Expr{}, i, false
	}
	e := s.newExpr(KindYear, i, next)
	e.Year = y
	return e, next, true
}

// sentenceStart reports whether token i starts a sentence (or a quote).
func (s *scanner) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := s.toks[i-1]
	return p.k == 'p' && (p.l == "." || p.l == "\"" || p.l == "“" || p.l == "'" || p.l == ":" || p.l == "(")
}

// yearContext rejects four-digit counts ("2000 troops").
func (s *scanner) yearContext(i int) bool {
	prev := s.w(i - 1)
	n := s.w(i + 1)
	if n != "" && !s.capital(i+1) && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !s.adj(i, i+1) {
		switch prev {
		case "in", "since", "until", "till", "during", "circa":
		default:
			return false // "2000 troops"
		}
	}
	if yearPreps[prev] {
		return true
	}
	switch prev {
	case "about", "some", "nearly", "almost", "over", "than", "least", "roughly", "approximately":
		return false
	}
	return true
}

// matchPartOfDay matches "in the morning", "at night", "at dawn".
func (s *scanner) matchPartOfDay(i int) (Expr, int, bool) {
	if w := s.w(i); w != "in" && w != "at" && w != "late" {
		return Expr{}, i, false
	}
	for _, p := range podPhrases {
		if next, ok := s.words(i, p.words...); ok {
			e := s.newExpr(KindPartOfDay, i, next)
			e.Part = p.part
			return e, next, true
		}
	}
	return Expr{}, i, false
}

// podPhrases are the part-of-day phrases.
var podPhrases = []struct {
	words []string
	part  string
}{
	{[]string{"in", "the", "early", "hours"}, "night"},
	{[]string{"in", "the", "early", "morning"}, "morning"},
	{[]string{"in", "the", "morning"}, "morning"},
	{[]string{"in", "the", "afternoon"}, "afternoon"},
	{[]string{"in", "the", "evening"}, "evening"},
	{[]string{"late", "at", "night"}, "night"},
	{[]string{"at", "night"}, "night"},
	{[]string{"at", "dawn"}, "dawn"},
	{[]string{"at", "daybreak"}, "dawn"},
	{[]string{"at", "sunrise"}, "dawn"},
	{[]string{"at", "dusk"}, "dusk"},
	{[]string{"at", "sunset"}, "dusk"},
	{[]string{"at", "nightfall"}, "dusk"},
}

// atoi parses a short run of ASCII digits (no sign); -1 on anything else.
func atoi(t string) int {
	if t == "" || len(t) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return -1
		}
		n = n*10 + int(t[i]-'0')
	}
	return n
}
