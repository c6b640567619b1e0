// Package entity finds names of people, organisations and places in news
// sentences and merges their aliases across a corpus ("Roe" → "Jane
// Roe"; "Kovalsky", "Kovalskiy", "Kovalskyy" → one name).
//
// It is story-independent: names are found by shape (capitalisation,
// honorifics, titles, head words such as "Ministry", "Airport", "County")
// from general English vocabulary; there is no gazetteer. Output is
// deterministic.
package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of mentions.
const (
	Person  = "person"
	Org     = "org"
	Place   = "place"
	Unknown = "unknown"
)

// Mention is one name found in a text.
type Mention struct {
	Start, End int    // byte offsets of the name (without title or possessive) in the text given to Find
	Text       string // text[Start:End]
	Kind       string // Person, Org, Place or Unknown
	// Canonical is the cleaned name: whitespace collapsed, curly
	// apostrophes straightened, a leading "The" dropped. Merge aliases
	// across a corpus with Index.Canonical.
	Canonical string
	// Title is the honorific or role written before the name, as written
	// ("President", "Secretary of State", "host"), or "".
	Title string
	// Weak marks a mention that may be a capitalised common word: a single
	// word at the start of a sentence or quote, or a word of a title-case
	// headline.
	Weak bool
}

// word is one word of a text: text[s:e] (possessive stripped; see str).
type word struct {
	s, e       int32
	l          string // lower case, without a final "."
	poss       bool   // followed by 's / ’s / s’ (stripped from s..e)
	breakAfter bool   // punctuation (other than spaces) follows
	sentStart  bool   // first word of a sentence, quote, or text
	cap        bool   // starts with an upper-case letter
	num        bool   // starts with a digit
}

// str returns the word as written in text, the text it was found in.
func (w word) str(text string) string { return text[w.s:w.e] }

// abbreviations keep their final ".".
var abbreviations = set("mr", "mrs", "ms", "mx", "dr", "jr", "sr", "st", "gen", "sen", "rep", "gov",
	"lt", "col", "capt", "sgt", "cpl", "maj", "adm", "cmdr", "det", "inc", "co", "corp", "ltd", "mt",
	"ft", "prof", "rev", "no", "vs", "ave", "blvd", "rd", "esq")

func splitWords(text string) []word {
	ws := make([]word, 0, maxWords(text))
	// The lower-case forms of the ASCII words with capitals share one
	// arena: per such word, its index and the end of its form.
	var arena strings.Builder
	var fixBuf [64]int32
	fixes := fixBuf[:0]
	i := 0
	for i < len(text) {
		var r rune
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			if !(isASCIIAlnum(c) || c == '&') {
				i++
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
				i += size
				continue
			}
		}
		j := i + size
		if r != '&' {
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if isASCIIAlnum(c) {
						j++
						continue
					}
					if c == '.' || c == '\'' || c == '-' {
						if j+1 < len(text) && isLetterOrDigitAt(text, j+1) {
							j++
							continue
						}
					}
					break
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += s2
					continue
				}
				if r2 == '’' || r2 == '‐' {
					if j+s2 < len(text) && isLetterOrDigitAt(text, j+s2) {
						j += s2
						continue
					}
				}
				break
			}
		}
		w := word{s: int32(i), e: int32(j)}
		t := text[i:j]
		// Possessive: "'s", "’s", "'S", "’S".
		if n := len(t); n > 0 && (t[n-1] == 's' || t[n-1] == 'S') {
			if n > 2 && t[n-2] == '\'' {
				t = t[:n-2]
				w.e = int32(i + len(t))
				w.poss = true
			} else if n > 4 && strings.HasSuffix(t[:n-1], "’") {
				t = t[:n-4]
				w.e = int32(i + len(t))
				w.poss = true
			}
		}
		if !w.poss && j < len(text) && (t[len(t)-1] == 's' || t[len(t)-1] == 'S') {
			if r2, s2 := utf8.DecodeRuneInString(text[j:]); r2 == '\'' || r2 == '’' {
				if j+s2 >= len(text) || !isLetterAt(text, j+s2) {
					w.poss = true
					j += s2
				}
			}
		}
		// Abbreviation or initial keeps its ".".
		if !w.poss && j < len(text) && text[j] == '.' {
			r0, _ := utf8.DecodeRuneInString(t)
			if isAbbreviation(t) || strings.Contains(t, ".") || (utf8.RuneCountInString(t) == 1 && unicode.IsUpper(r0)) {
				t = text[i : j+1]
				j++
				w.e = int32(j)
			}
		}
		// w.l is lowerWord(t)
		switch upper, ascii := letterCase(t); {
		case !upper && ascii:
			w.l = strings.TrimSuffix(t, ".")
		case ascii:
			if arena.Cap() == 0 {
				arena.Grow(len(text) / 4)
			}
			for k := 0; k < len(t); k++ {
				c := t[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				arena.WriteByte(c)
			}
			fixes = append(fixes, int32(len(ws)), int32(arena.Len()))
		default:
			w.l = lowerWord(t)
		}
		if c0 := t[0]; c0 < utf8.RuneSelf {
			w.cap = c0 >= 'A' && c0 <= 'Z'
			w.num = c0 >= '0' && c0 <= '9'
		} else {
			r0, _ := utf8.DecodeRuneInString(t)
			w.cap = unicode.IsUpper(r0)
			w.num = unicode.IsDigit(r0)
		}
		ws = append(ws, w)
		i = j
	}
	if len(fixes) > 0 {
		lower := arena.String()
		from := 0
		for x := 0; x < len(fixes); x += 2 {
			e := int(fixes[x+1])
			ws[fixes[x]].l = strings.TrimSuffix(lower[from:e], ".")
			from = e
		}
	}
	// Boundaries.
	for k := range ws {
		var gap string
		if k == 0 {
			gap = text[:ws[k].s]
		} else {
			gap = text[ws[k-1].e:ws[k].s]
		}
		if k > 0 && gap == " " {
			// The common case, decided as the general rules below would.
			if ws[k-1].poss {
				ws[k-1].breakAfter = true
			}
			if strings.HasSuffix(ws[k-1].str(text), ".") && !isInitialOrTitle(text, ws[k-1]) {
				ws[k].sentStart = true
			}
			continue
		}
		if k > 0 && strings.TrimSpace(gap) != "" {
			ws[k-1].breakAfter = true
		}
		if k > 0 && ws[k-1].poss {
			ws[k-1].breakAfter = true
		}
		if k == 0 || strings.ContainsAny(gap, "\n!?:;\"“”‘«»([—–") || strings.Contains(gap, ". ") ||
			strings.HasSuffix(strings.TrimSpace(gap), ".") && !strings.HasSuffix(ws[k-1].str(text), ".") ||
			(strings.HasSuffix(ws[k-1].str(text), ".") && !isInitialOrTitle(text, ws[k-1]) && strings.ContainsRune(gap, ' ')) {
			ws[k].sentStart = true
		}
		if strings.ContainsAny(gap, "'’") && strings.TrimSpace(strings.Trim(gap, " '’")) == "" && k > 0 && !ws[k-1].poss {
			ws[k].sentStart = true // opening single quote
		}
	}
	return ws
}

// maxWords bounds the number of words of a text from above: a word
// starts at "&", at a non-ASCII byte or at the first of a run of ASCII
// letters and digits.
func maxWords(text string) int {
	n := 0
	in := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case isASCIIAlnum(c):
			if !in {
				n++
			}
			in = true
		case c == '&' || c >= 0xC0: // "&" or the first byte of a non-ASCII rune
			n++
			in = false
		default:
			in = false
		}
	}
	return n
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isLetterOrDigitAt reports whether the rune at text[i:] is a letter or digit.
func isLetterOrDigitAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return isASCIIAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isLetterAt reports whether the rune at text[i:] is a letter.
func isLetterAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// letterCase reports whether t holds an upper-case ASCII letter and
// whether it is all ASCII.
func letterCase(t string) (upper, ascii bool) {
	ascii = true
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper, ascii
}

// isAbbreviation reports whether the word t, lower-cased, is one of
// abbreviations, without allocating for ASCII words.
func isAbbreviation(t string) bool {
	if _, ascii := letterCase(t); !ascii {
		return abbreviations[strings.ToLower(t)]
	}
	var buf [8]byte // abbreviations have four letters at most
	if len(t) > len(buf) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(t)])]
}

// lowerWord lower-cases a word, straightens ’ and drops a final ".",
// without allocating for plain lower-case ASCII words.
func lowerWord(t string) string {
	plain := true
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			plain = false
			break
		}
	}
	if !plain {
		t = strings.ToLower(t)
		if strings.Contains(t, "’") {
			t = strings.ReplaceAll(t, "’", "'")
		}
	}
	return strings.TrimSuffix(t, ".")
}

// isInitialOrTitle reports whether a word ending in "." does not end a sentence.
func isInitialOrTitle(text string, w word) bool {
	if abbreviations[w.l] && w.l != "no" && w.l != "inc" && w.l != "co" && w.l != "corp" && w.l != "ltd" && w.l != "jr" && w.l != "sr" {
		return true
	}
	t := w.str(text)
	r0, _ := utf8.DecodeRuneInString(t)
	return utf8.RuneCountInString(t) == 2 && unicode.IsUpper(r0) || strings.Count(t, ".") >= 2
}

// headline reports whether the words look like a title-case line: at
// least two capitalised words and no lower-case word other than short
// function words.
func headline(ws []word) bool {
	caps := 0
	for _, w := range ws {
		if w.num {
			continue
		}
		if w.cap {
			caps++
			continue
		}
		if !headlineLower[w.l] {
			return false
		}
	}
	return caps >= 2
}

var headlineLower = set("a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "vs", "&")

// Find returns the names in one sentence (or any short text), in text order.
// Titles and honorifics are stripped ("President Jane Roe" → "Jane
// Roe", Title "President"); a title preceded by an organisation gives both
// ("FBI Director Jane Roe" → org "FBI" + person "Jane Roe");
// possessives are stripped; sentence-initial common words and month and
// weekday names are not names. It never panics.
func Find(text string) []Mention {
	ws := splitWords(text)
	head := headline(ws)
	shout := allCaps(text, ws)
	head = head || shout
	// Every mention holds a capitalised word: one allocation for all.
	caps := 0
	for k := range ws {
		if ws[k].cap {
			caps++
		}
	}
	if caps == 0 {
		return nil
	}
	out := make([]Mention, 0, caps)
	for i := 0; i < len(ws); {
		if !ws[i].cap || breaker(ws, i, head) {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && (!ws[j-1].breakAfter || possInName(text, ws, j)) {
			w := ws[j]
			if w.cap && !breaker(ws, j, head) {
				j++
				continue
			}
			// Joiners: "Bank of England", "Ludwig van Beethoven".
			if !w.cap && j+1 < len(ws) && !w.breakAfter && ws[j+1].cap && !breaker(ws, j+1, head) &&
				(joiners[w.l] || (w.l == "of" || w.l == "for") && ofJoins(ws[i:j]) || w.l == "and" && orgJoined(ws[i:j])) {
				j += 2
				continue
			}
			break
		}
		n0 := len(out)
		out = runMentions(out, text, ws, i, j, head)
		if shout {
			for k := n0; k < len(out); k++ {
				out[k].Kind, out[k].Title = Unknown, "" // "ROE MEETS DOE": no shape to go by
			}
		}
		i = j
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func allAcronyms(text string, run []word) bool {
	for _, w := range run {
		if !isAcronym(w.str(text)) {
			return false
		}
	}
	return true
}

// allCaps reports a line written in capitals (three or more words of
// letters, at least three quarters of them all capitals).
func allCaps(text string, ws []word) bool {
	n, caps := 0, 0
	for _, w := range ws {
		if w.num {
			continue
		}
		n++
		if t := w.str(text); isAcronym(t) || utf8.RuneCountInString(t) == 1 && w.cap {
			caps++
		}
	}
	return n >= 3 && caps*4 >= n*3
}

// ofJoins reports whether "of" may continue a name: only after a title or
// an organisation head ("Secretary of State", "University of X").
func ofJoins(ws []word) bool {
	last := ws[len(ws)-1].l
	return titles[last] || orgHeads[last] || last == "bank" || officeWords[last] && len(ws) > 1 && titles[ws[len(ws)-2].l]
}

// possInName reports whether word j continues a name across a possessive
// ("District Attorney's Office", "Children's Hospital").
func possInName(text string, ws []word, j int) bool {
	p := ws[j-1]
	if !p.poss || !ws[j].cap {
		return false
	}
	gap := text[p.e:ws[j].s]
	if strings.TrimSpace(strings.TrimLeft(gap, "'’sS")) != "" {
		return false
	}
	l := ws[j].l
	return orgHeads[l] || placeHeads[l]
}

// orgJoined reports whether "and" may continue an organisation name: the
// run so far is "<head> of/for …" ("Department of Health and Human
// Services").
func orgJoined(run []word) bool {
	for k := 0; k+1 < len(run); k++ {
		if orgHeads[run[k].l] && (run[k+1].l == "of" || run[k+1].l == "for") {
			return true
		}
	}
	return false
}

// breaker reports whether capitalised word i cannot be part of a name.
func breaker(ws []word, i int, head bool) bool {
	w := ws[i]
	if w.num {
		return true
	}
	if weekdayNames[w.l] {
		return true
	}
	if monthNames[w.l] {
		if !monthsAlsoNames[w.l] {
			return true
		}
		if i+1 < len(ws) && ws[i+1].num || i > 0 && ws[i-1].num {
			return true
		}
		if i > 0 && !ws[i-1].cap && (ws[i-1].l == "in" || ws[i-1].l == "since" || ws[i-1].l == "last" || ws[i-1].l == "next" || ws[i-1].l == "early" || ws[i-1].l == "late" || ws[i-1].l == "until") {
			return true
		}
	}
	if w.sentStart && len(w.l) > 5 && (strings.HasSuffix(w.l, "ing") || strings.HasSuffix(w.l, "ed") || strings.HasSuffix(w.l, "ly")) &&
		(i+1 >= len(ws) || !ws[i+1].cap || w.breakAfter) {
		return true // "Standing before…", "Naturally,"
	}
	for _, suf := range []string{"'ll", "'re", "'ve", "'m", "'d", "n't"} {
		if strings.HasSuffix(w.l, suf) {
			return true // "We'll", "Don't"
		}
	}
	if stopwords[w.l] {
		if w.sentStart || head || w.l == "i" || strings.Contains(w.l, "'") {
			return true
		}
		// Mid-sentence capitalised function words are part of names only
		// between other capitalised words ("Court of Appeals").
		if w.l != "the" && w.l != "of" && w.l != "and" && (i+1 >= len(ws) || !ws[i+1].cap || w.breakAfter) {
			return true
		}
	}
	return false
}

// runMentions appends the mentions of one run of capitalised words [i, j)
// to out.
func runMentions(out []Mention, text string, ws []word, i, j int, head bool) []Mention {
	// Drop a leading "The"/"the" and trailing joiners.
	for i < j && (ws[i].l == "the" || joiners[ws[i].l] || ws[i].l == "of") {
		i++
	}
	for j > i && (joiners[ws[j-1].l] || ws[j-1].l == "of" || ws[j-1].l == "the") {
		j--
	}
	if i >= j {
		return out
	}
	run := ws[i:j]
	weak := head || (len(run) == 1 && run[0].sentStart)
	prev, next := "", ""
	if i > 0 && !ws[i-1].breakAfter {
		prev = ws[i-1].l
	}
	if j < len(ws) && !ws[j-1].breakAfter {
		next = ws[j].l
	}
	// A word right after a number ("7 PM", "737 Max") is a unit or model.
	if len(run) == 1 && i > 0 && ws[i-1].num && !ws[i-1].breakAfter {
		return out
	}
	// A run in capitals ("HOST DANA ELLISON"): titles still mark a person,
	// nothing else can be told from its shape.
	if len(run) >= 2 && allAcronyms(text, run) {
		for t := 0; t < len(run)-1; t++ {
			if titles[run[t].l] && !allTitle(run[t+1:]) {
				return append(out, mk(text, run[t+1:], Person, strings.Join(wordsText(text, run[:t+1]), " "), weak))
			}
		}
		return append(out, mk(text, run, Unknown, "", weak))
	}
	// A label before a number ("Flight 123", "Article 5") and a sentence-
	// initial word before "of" ("Shares of …") are not names.
	if len(run) == 1 && j < len(ws) && !ws[j-1].breakAfter && (ws[j].num || run[0].sentStart && ws[j].l == "of") {
		return out
	}
	// Organisations by head word keep their titles ("Ministry of Defence").
	for k := 0; k+2 < len(run); k++ {
		if orgHeads[run[k].l] && run[k+1].l == "of" {
			return append(out, mk(text, run, Org, "", weak))
		}
	}
	for k := 0; k+2 < len(run); k++ {
		if orgHeads[run[k].l] && run[k+1].l == "for" {
			return append(out, mk(text, run, Org, "", weak))
		}
	}
	// Party-and-state tags ("R-S.C.", "D-Calif.").
	if t := run[0].str(text); len(run) == 1 && len(t) > 2 && strings.IndexByte("RDI", t[0]) >= 0 && t[1] == '-' {
		return out
	}
	if orgHeads[run[len(run)-1].l] || isAcronym(run[len(run)-1].str(text)) && !nameSuffixes[run[len(run)-1].l] && len(run) > 1 && !titles[run[len(run)-2].l] {
		if len(run) > 1 || !titles[run[0].l] {
			return append(out, mk(text, run, Org, "", weak))
		}
	}
	// An organisation followed by a name without a title ("Main Office
	// Kovalsky" cannot be one name): split after the head word.
	for k := len(run) - 2; k >= 1; k-- {
		rem := run[k+1:]
		if orgHeads[run[k].l] && !orgHeads[run[len(run)-1].l] && !placeHeads[run[len(run)-1].l] && !titles[run[k+1].l] && run[k+1].l != "of" &&
			(personShape(text, rem) || len(rem) == 1 && !stopwords[rem[0].l] && hasLower(rem[0].str(text))) {
			out = runMentions(out, text, ws, i, i+k+1, head)
			return runMentions(out, text, ws, i+k+1, j, head)
		}
	}
	// Titles: find the last role word followed by a name.
	t := -1
	for k := len(run) - 2; k >= 0; k-- {
		if titles[run[k].l] && !modifierTitles[run[k].l] {
			t = k
			break
		}
	}
	if t < 0 && len(run) >= 2 && titles[run[0].l] {
		t = 0 // "General X", "Vice X" alone
		for t+1 < len(run)-1 && titles[run[t+1].l] {
			t++
		}
	}
	if t >= 0 {
		s0 := t
		for s0 > 0 && (titles[run[s0-1].l] || officeWords[run[s0-1].l] || allModifiers(text, run[s0-1:s0])) {
			s0--
		}
		n0 := t + 1
		for n0 < len(run)-1 && (officeWords[run[n0].l] || titles[run[n0].l]) {
			n0++
		}
		if n0 < len(run) && !allTitle(run[n0:]) {
			if s0 > 0 && !allModifiers(text, run[:s0]) {
				pm := classify(text, run[:s0], "", "", weak)
				out = append(out, pm)
			}
			kind := Person
			if orgHeads[run[len(run)-1].l] {
				kind = Org
			}
			title := strings.Join(wordsText(text, run[s0:n0]), " ")
			out = append(out, mk(text, run[n0:], kind, title, false))
			return out
		}
	}
	if allTitle(run) {
		return out
	}
	// A lone demonym-like adjective before a lowercase word ("Italian forces").
	if len(run) == 1 && demonymShape(run[0].l) && next != "" && !speechVerbs[next] && !ws[j-1].poss && j < len(ws) && !ws[j].cap {
		return out
	}
	m := classify(text, run, prev, next, weak)
	if prev != "" && titles[prev] && !modifierTitles[prev] && !ws[i-1].cap && m.Kind != Org && m.Kind != Place {
		// A lower-case role before the name: "host Jane Roe", "economic envoy X".
		k := i - 1
		for k > 0 && !ws[k-1].cap && !ws[k-1].breakAfter && (titles[ws[k-1].l] || officeWords[ws[k-1].l]) && ws[k-1].l != "the" && ws[k-1].l != "of" {
			k--
		}
		m.Kind, m.Title = Person, text[ws[k].s:ws[i-1].e]
	}
	if head && m.Kind == Person {
		m.Kind = Unknown // title-case lines: "Roe Fails", "Diplomatic Gamble"
	}
	if head {
		return append(out, m)
	}
	if m.Kind == Unknown && len(run) == 1 && prev != "" && titles[prev] && !modifierTitles[prev] {
		m.Kind = Person
		m.Title = ws[i-1].str(text)
	}
	if m.Kind == Unknown && len(run) == 1 && placePreps[prev] && !ws[j-1].poss && !demonymShape(run[0].l) && !isAcronym(run[0].str(text)) {
		m.Kind = Place
	}
	return append(out, m)
}

// classify gives the kind of an untitled name by shape and context.
func classify(text string, run []word, prev, next string, weak bool) Mention {
	first, last := run[0], run[len(run)-1]
	kind := Unknown
	switch {
	case orgHeads[last.l]:
		kind = Org
	case eventHeads[last.l]:
		kind = Unknown
	case placeHeads[last.l] && len(run) > 1, placePrefixes[first.l] && len(run) > 1:
		kind = Place
	case len(run) == 1 && isAcronym(first.str(text)):
		t := first.str(text)
		if n := utf8.RuneCountInString(t); !strings.Contains(t, ".") && n >= 3 && n <= 5 {
			kind = Org
		}
	case prev != "" && titles[prev] && !modifierTitles[prev]:
		kind = Person
	case len(run) >= 2 && len(run) <= 4 && personShape(text, run):
		kind = Person
	}
	if kind != Org && orgFollowers[next] && !(prev != "" && titles[prev]) {
		kind = Org // "Acme Social network", "the Example channel"
	}
	return mk(text, run, kind, "", weak)
}

// personShape reports whether every word looks like part of a personal name.
func personShape(text string, run []word) bool {
	names := 0
	for k, w := range run {
		switch {
		case joiners[w.l], nameSuffixes[w.l]:
		case isInitial(w.str(text)), k == 0 && len(run) > 1 && isAcronym(w.str(text)) && acronymLen(w.str(text)) <= 2:
		case w.cap && hasLower(w.str(text)) && !hasDigit(w.str(text)) && !(w.sentStart && stopwords[w.l]) && !titles[w.l]:
			names++
		default:
			return false
		}
	}
	return names >= 2 || names == 1 && len(run) >= 2 && !nameSuffixes[run[len(run)-1].l] && run[len(run)-1].cap && hasLower(run[len(run)-1].str(text)) && (isInitial(run[0].str(text)) || isAcronym(run[0].str(text)))
}

// acronymLen counts the letters of an acronym ("J.D." → 2).
func acronymLen(t string) int {
	n := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func isInitial(t string) bool {
	r0, n := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r0) && (len(t) == n || len(t) == n+1 && t[n] == '.')
}

func hasDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			return true
		}
	}
	return false
}

func hasLower(t string) bool {
	for _, r := range t {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isAcronym reports an all-capitals word of two or more letters ("FBI",
// "NATO", "U.S.").
func isAcronym(t string) bool {
	letters := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			letters = -1
			break
		}
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	if letters >= 0 {
		return letters >= 2
	}
	letters = 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// demonymShape reports adjective-like words of nationality shape
// ("…ian", "…ean", "…ese", "…ish", "…an", "…ern", "…i").
func demonymShape(l string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "ern", "ch", "ic"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return false
}

func allTitle(run []word) bool {
	for _, w := range run {
		if !titles[w.l] && !officeWords[w.l] {
			return false
		}
	}
	return true
}

// allModifiers reports words that only qualify a title: demonym-shaped
// adjectives and dotted abbreviations ("Italian", "U.S.").
func allModifiers(text string, run []word) bool {
	for _, w := range run {
		if !(demonymShape(w.l) || strings.Count(w.str(text), ".") >= 2 || titles[w.l] || officeWords[w.l]) {
			return false
		}
	}
	return true
}

func wordsText(text string, run []word) []string {
	out := make([]string, len(run))
	for k, w := range run {
		out[k] = w.str(text)
	}
	return out
}

// mk builds a mention over the words of run.
func mk(text string, run []word, kind, title string, weak bool) Mention {
	s, e := int(run[0].s), int(run[len(run)-1].e)
	return Mention{Start: s, End: e, Text: text[s:e], Kind: kind, Canonical: Clean(text[s:e]), Title: title, Weak: weak}
}

// Clean normalises a name as written: spaces collapsed, curly apostrophes
// straightened, a possessive and a leading "The " dropped, surrounding
// punctuation trimmed.
func Clean(name string) string {
	name = strings.ReplaceAll(name, "’", "'")
	if !spacesClean(name) {
		name = strings.Join(strings.Fields(name), " ")
	}
	name = strings.Trim(name, " ,;:!?\"“”()[]")
	name = strings.TrimSuffix(name, "'s")
	name = strings.TrimSuffix(name, "'")
	if strings.HasPrefix(name, "The ") && len(name) > 4 {
		name = name[4:]
	}
	return name
}

// spacesClean reports an ASCII name that strings.Fields and a join with
// single spaces would leave unchanged: no other white space than single
// inner spaces.
func spacesClean(name string) bool {
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(name)-1 || name[i+1] == ' '):
			return false
		}
	}
	return true
}

// OrgShaped reports whether Find may read a name as an organisation by
// the name's own words: one of them is an organisation head word ("Acme
// Holdings", "Bank of Ruritania"), or its last word has no lower-case
// letter ("Acme SA"). name is written as Mention.Canonical writes names.
//
// Find returns an organisation only when its Canonical is OrgShaped or
// the word right after it (past white space only) is one of OrgFollowers ("the
// Acme network"), so a caller that only asks whether a name is an
// organisation may skip Find for a name that is neither.
func OrgShaped(name string) bool {
	for rest := name; rest != ""; {
		chunk := rest
		rest = ""
		if k := strings.IndexFunc(chunk, unicode.IsSpace); k >= 0 {
			_, w := utf8.DecodeRuneInString(chunk[k:])
			chunk, rest = chunk[:k], chunk[k+w:]
		}
		if chunk == "" {
			continue
		}
		if hasOrgHead(chunk) || strings.TrimFunc(rest, unicode.IsSpace) == "" && acronymSuffix(chunk) {
			return true
		}
	}
	return false
}

// OrgFollowers returns, sorted, the lower-case words that make Find read
// a name right before them as an organisation ("network", "newspaper").
func OrgFollowers() []string {
	out := make([]string, 0, len(orgFollowers))
	for w := range orgFollowers {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// wordBreak reports whether r cannot be inside a word of splitWords
// (not a letter, digit or mark): a word of a name may start after it and
// end before it.
func wordBreak(r rune) bool {
	if r < utf8.RuneSelf {
		return !isASCIIAlnum(byte(r))
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// hasOrgHead reports whether some stretch of chunk that may be a word of
// splitWords (from its start or a word break to its end or a word break)
// is, lower-cased as splitWords does, an organisation head.
func hasOrgHead(chunk string) bool {
	var buf [64]byte
	low := buf[:0]
	for _, r := range chunk {
		if r == '’' {
			r = '\''
		}
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	var cuts [16]int
	at := append(cuts[:0], 0)
	for i := 0; i < len(low); {
		r, w := utf8.DecodeRune(low[i:])
		if wordBreak(r) {
			at = append(at, i, i+w)
		}
		i += w
	}
	at = append(at, len(low))
	for x, a := range at {
		for _, b := range at[x+1:] {
			if a < b && orgHeads[string(trimDot(low[a:b]))] {
				return true
			}
		}
	}
	return false
}

// trimDot drops one final ".".
func trimDot(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '.' {
		return b[:n-1]
	}
	return b
}

// acronymSuffix reports whether some end of chunk from its start or a
// word break is an acronym.
func acronymSuffix(chunk string) bool {
	if isAcronym(chunk) {
		return true
	}
	for i, r := range chunk {
		if wordBreak(r) {
			_, w := utf8.DecodeRuneInString(chunk[i:])
			if isAcronym(chunk[i+w:]) {
				return true
			}
		}
	}
	return false
}

// KeepsDot reports whether Find may keep a "." written right after the
// word w ("Mr", "Gov", "J", "U.S") as part of the word: an abbreviation or
// an initial, which does not end a sentence and may continue a name into
// the words after it ("Mr. Roe said"). After any other word a "." breaks
// names.
func KeepsDot(w string) bool {
	r0, _ := utf8.DecodeRuneInString(w)
	return abbreviations[strings.ToLower(w)] || strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r0)
}
