package timex

import (
	"storyline/timeline/internal/casefold"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of a text: a word (letters), a number (ASCII digits with
// inner "," or "."), or one punctuation rune. Spaces separate tokens.
type tok struct {
	s, e int    // the token as written is text[s:e] (see scanner.tt)
	l    string // lower case
	k    byte   // 'w' word, 'n' number, 'p' punctuation
}

func tokenize(text string) []tok {
	// Words are lower-cased by slicing one lower-cased copy of the text.
	low, slab := casefold.Lower(text)
	toks := make([]tok, 0, maxTokens(text))
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r >= utf8.RuneSelf && unicode.IsSpace(r) || r == '\r' || r == '\v' || r == '\f':
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
						j++
						continue
					}
					break
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += s2
			}
			l := ""
			if slab {
				l = low[i:j]
			} else {
				l = lower(text[i:j])
			}
			toks = append(toks, tok{s: i, e: j, l: l, k: 'w'})
			i = j
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(text) {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			toks = append(toks, tok{s: i, e: j, l: text[i:j], k: 'n'})
			i = j
		default:
			t := text[i : i+size]
			l := t
			switch r {
			case '’', '‘', '`', '´':
				l = "'"
			case '–', '—', '‑', '‐':
				l = "-"
			}
			toks = append(toks, tok{s: i, e: i + size, l: l, k: 'p'})
			i += size
		}
	}
	return toks
}

// maxTokens bounds the number of tokens of a text from above: a token
// starts at a byte that is neither a space nor an ASCII letter or digit,
// or at the first of a run of ASCII letters or of ASCII digits.
func maxTokens(text string) int {
	n := 0
	var prev byte // byteClass of the previous byte
	for i := 0; i < len(text); i++ {
		c := byteClass[text[i]]
		if c == classOther || c != prev && c != classSpace {
			n++
		}
		prev = c
	}
	return n
}

// Byte classes of maxTokens.
const (
	classOther byte = iota
	classSpace
	classLetter
	classDigit
)

// byteClass maps a byte to its class for maxTokens.
var byteClass = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = classLetter, classLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	t[' '], t['\n'], t['\t'] = classSpace, classSpace, classSpace
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// lower lower-cases a word without allocating when it is already lower case.
func lower(t string) string {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(t)
		}
	}
	return t
}

// Matcher bits, in the order of matchers.
const (
	mDate uint8 = 1 << iota
	mWeekday
	mRelative
	mClock
	mQuantity
	mYear
	mPartOfDay
)

// matchers are tried at every token that may start an expression.
var matchers = [...]func(*scanner, int) (Expr, int, bool){
	(*scanner).matchDate, (*scanner).matchWeekday, (*scanner).matchRelative, (*scanner).matchClock,
	(*scanner).matchQuantity, (*scanner).matchYear, (*scanner).matchPartOfDay,
}

// starters maps the lower-case words that may begin an expression to the
// matchers that can start with them; other words are skipped.
var starters = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(bits uint8, ws ...string) {
		for _, w := range ws {
			m[w] |= bits
		}
	}
	for w := range months {
		add(mDate, w)
	}
	for w := range weekdays {
		add(mDate|mWeekday, w)
	}
	for w := range weekdayAbbr {
		add(mDate, w)
	}
	for _, r := range relPhrases {
		add(mRelative, r.words[0])
	}
	for _, h := range hedges {
		add(mQuantity, h.words[0])
	}
	for _, sp := range spanPrefixes {
		add(mQuantity, sp[0])
	}
	for w := range units {
		add(mQuantity, w)
	}
	for w := range joinedUnits {
		add(mQuantity, w)
	}
	for w := range smallNumbers {
		add(mQuantity, w)
	}
	for w := range tens {
		add(mQuantity, w)
	}
	for w := range vagueQuantities {
		add(mQuantity, w)
	}
	add(mQuantity, "a", "an", "half")
	add(mDate|mWeekday, "last", "next", "this", "early", "late")
	add(mWeekday, "past", "coming", "that")
	add(mDate, "mid")
	add(mClock, "about", "around", "approximately", "roughly", "circa", "noon", "midday", "midnight")
	for _, p := range podPhrases {
		add(mPartOfDay, p.words[0])
	}
	return m
}()

// starterShapes is a read-only filter in front of starters: bit
// shapeOf(w) is set for every starter word w, so a word whose bit is clear
// is no starter (a set bit proves nothing).
var starterShapes = func() (f [shapeBits / 64]uint64) {
	for w := range starters {
		k := shapeOf(w)
		f[k/64] |= 1 << (k % 64)
	}
	return f
}()

const shapeBits = 32 * 32 * 32

// shapeOf hashes a word's first and last byte and length into shapeBits.
func shapeOf(w string) uint {
	if w == "" {
		return 0
	}
	return uint(w[0]&31)<<10 | uint(w[len(w)-1]&31)<<5 | uint(len(w)&31)
}

// maybeStarter reports whether w may be a key of starters.
func maybeStarter(w string) bool {
	k := shapeOf(w)
	return starterShapes[k/64]&(1<<(k%64)) != 0
}

// relIndex maps a first word, then a second word ("" for one-word
// phrases, which are also listed under every second word's absence), to
// the relative phrases starting with them.
var relIndex = func() map[string]map[string][]int {
	m := map[string]map[string][]int{}
	for k, r := range relPhrases {
		second := ""
		if len(r.words) > 1 {
			second = r.words[1]
		}
		if m[r.words[0]] == nil {
			m[r.words[0]] = map[string][]int{}
		}
		m[r.words[0]][second] = append(m[r.words[0]][second], k)
	}
	return m
}()

// scanner holds one text and its tokens while matching.
type scanner struct {
	text string
	toks []tok
}

// tt returns token i as written.
func (s *scanner) tt(i int) string { return s.text[s.toks[i].s:s.toks[i].e] }

// w returns the lower-case word at i, or "" when i is out of range or not a word.
func (s *scanner) w(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != 'w' {
		return ""
	}
	return s.toks[i].l
}

// p reports whether token i is the punctuation c (normalised: quotes → "'", dashes → "-").
func (s *scanner) p(i int, c string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].k == 'p' && s.toks[i].l == c
}

// num reports whether token i is a number.
func (s *scanner) num(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].k == 'n' }

// adj reports whether token j starts exactly where token i ends.
func (s *scanner) adj(i, j int) bool {
	return i >= 0 && j < len(s.toks) && j >= 0 && i < len(s.toks) && s.toks[i].e == s.toks[j].s
}

// capital reports whether the word at i starts with an upper-case letter.
func (s *scanner) capital(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != 'w' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.tt(i))
	return unicode.IsUpper(r)
}

// hyphen reports whether tokens i, i+1, i+2 are "X-Y" written without spaces.
func (s *scanner) hyphen(i int) bool {
	return s.p(i+1, "-") && s.adj(i, i+1) && s.adj(i+1, i+2)
}

// words reports whether the words at i.. equal ws; it returns the index after them.
func (s *scanner) words(i int, ws ...string) (int, bool) {
	for _, w := range ws {
		if s.w(i) != w {
			return i, false
		}
		i++
	}
	return i, true
}

// after returns the index of the first token starting at or after byte off.
func (s *scanner) after(off int) int {
	for i, t := range s.toks {
		if t.s >= off {
			return i
		}
	}
	return len(s.toks)
}

// intAt returns the integer value of a plain digit token (no "," or ".").
func (s *scanner) intAt(i int) (int, int, bool) {
	if !s.num(i) {
		return 0, 0, false
	}
	t := s.tt(i)
	if len(t) > 9 {
		return 0, 0, false
	}
	n := 0
	for j := 0; j < len(t); j++ {
		c := t[j]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(t), true
}

// matchAt tries every matcher at token i and keeps the longest match.
func (s *scanner) matchAt(i int) (Expr, int, bool) {
	var best Expr
	bestNext, found := 0, false
	mask := mDate | mClock | mQuantity | mYear // numbers
	switch t := s.toks[i]; t.k {
	case 'p':
		return best, 0, false
	case 'w':
		if !maybeStarter(t.l) {
			return best, 0, false
		}
		mask = starters[t.l]
		if mask == 0 {
			return best, 0, false
		}
	}
	for k, m := range matchers {
		if mask&(1<<k) == 0 {
			continue
		}
		e, next, ok := m(s, i)
		if !ok || next <= i {
			continue
		}
		if !found || e.End > best.End {
			best, bestNext, found = e, next, true
		}
	}
	return best, bestNext, found
}

// newExpr returns an expression of kind k over tokens [i, next).
func (s *scanner) newExpr(k Kind, i, next int) Expr {
	return Expr{Start: s.toks[i].s, End: s.toks[next-1].e, Kind: k, Weekday: -1, Clock: -1, Approx: ApproxExact}
}
