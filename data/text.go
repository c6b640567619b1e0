package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DisplayText returns s without Markdown inline syntax: "[text](target)"
// becomes "text", an image "![alt](pic.jpg)" (also linked,
// "[![alt](pic.jpg)](page)") becomes its alt text, "**bold**"/"__bold__"
// and "*emphasis*" lose their markers (see emphasisStars), and leading "#"
// heading marks go. It is for showing evidence; offsets always point into
// the raw Source.Text (DisplayMap maps them).
func DisplayText(s string) string {
	if !strings.ContainsAny(s, "[*_#") {
		return s
	}
	d, _ := DisplayMap(s)
	return d
}

// DisplayMap returns DisplayText(s) and, for every byte offset of s from 0
// to len(s), the offset of the display text it lands on (a removed marker
// lands where the text after it starts), so ranges found in the raw text
// (a trigger, a sentence) can be drawn on the display text.
func DisplayMap(s string) (string, []int) {
	at := make([]int, len(s)+1)
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	if h := strings.TrimLeft(s, "#"); len(h) < len(s) && len(s)-len(h) <= 6 && strings.HasPrefix(h, " ") {
		i = len(s) - len(strings.TrimLeft(h, " ")) // heading marks map to 0
	}
	drop := emphasisStars(s)
	for i < len(s) {
		c := s[i]
		switch {
		case drop[i]:
			at[i] = b.Len()
			i++
		case c == '[' || c == '!' && i+1 < len(s) && s[i+1] == '[':
			// A link "[text](target)", an image "![alt](pic)" or a linked
			// image "[![alt](pic)](target)": only the text or alt is shown.
			open, inner := i+1, false
			if c == '!' {
				open++
			} else if strings.HasPrefix(s[i+1:], "![") {
				open, inner = i+3, true
			}
			textEnd, end := mdLinkEnd(s, open)
			if end > 0 && inner {
				// the image must close the outer link's text
				if _, outer := mdLinkEnd(s, end); outer > 0 && end < len(s) && s[end] == ']' {
					end = outer
				} else {
					end = 0
				}
			}
			if end == 0 {
				at[i] = b.Len()
				b.WriteByte(c)
				i++
				continue
			}
			for x := i; x < open; x++ {
				at[x] = b.Len()
			}
			for x := open; x < textEnd; x++ {
				at[x] = b.Len()
				b.WriteByte(s[x])
			}
			for x := textEnd; x < end; x++ {
				at[x] = b.Len()
			}
			i = end
		case (c == '*' || c == '_') && i+1 < len(s) && s[i+1] == c:
			at[i], at[i+1] = b.Len(), b.Len()
			i += 2
		default:
			at[i] = b.Len()
			b.WriteByte(c)
			i++
		}
	}
	at[len(s)] = b.Len()
	return b.String(), at
}

// emphasisStars finds the single "*" marks of Markdown emphasis in s: an
// opening mark at a word's start and the closing mark at a word's end that
// pairs with it ("the *Westby Star* said"), and a mark left unpaired at the
// very start or end of s because its partner lies beyond a sentence or
// paragraph cut ("*Hedda Lurk waves on Monday." then "Photo: Colm Vey*").
// A star between digits or spaces ("2*3", "a * b"), a list bullet ("* ")
// and a lone mark inside the text (a footnote, "rated 5*") are text.
func emphasisStars(s string) map[int]bool {
	if strings.IndexByte(s, '*') < 0 {
		return nil
	}
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	var open []int
	var lone []int
	drop := map[int]bool{}
	for i := 0; i < len(s); i++ {
		if s[i] != '*' || i > 0 && s[i-1] == '*' || i+1 < len(s) && s[i+1] == '*' {
			continue
		}
		var before, after rune = ' ', ' '
		if i > 0 {
			before, _ = utf8.DecodeLastRuneInString(s[:i])
		}
		if i+1 < len(s) {
			after, _ = utf8.DecodeRuneInString(s[i+1:])
		}
		opener := !unicode.IsSpace(after) && !word(before)
		closer := !unicode.IsSpace(before) && !word(after)
		switch {
		case closer && len(open) > 0:
			drop[open[len(open)-1]], drop[i] = true, true
			open = open[:len(open)-1]
		case opener:
			open = append(open, i)
		case closer:
			lone = append(lone, i)
		}
	}
	t := strings.TrimRight(s, " \t\n")
	lead := len(s) - len(strings.TrimLeft(s, " \t\n"))
	if len(open) > 0 && open[0] == lead {
		drop[lead] = true // "*Caption text." cut from its closing mark
	}
	if n := len(lone); n > 0 && lone[n-1] == len(t)-1 {
		if r, _ := utf8.DecodeLastRuneInString(t[:len(t)-1]); !unicode.IsDigit(r) {
			drop[len(t)-1] = true // "Photo: Colm Vey*" cut from its opening mark
		}
	}
	return drop
}

// mdLinkEnd reads a Markdown link whose text starts at open, just after
// its "[": "text](target)". It returns the end of the text and the offset
// just past the closing ")", or 0, 0 when no link is there (text with
// brackets or a line break, no "](" or no ")" after it).
func mdLinkEnd(s string, open int) (textEnd, end int) {
	j := strings.Index(s[open:], "](")
	if j < 0 || strings.ContainsAny(s[open:open+j], "[]\n") {
		return 0, 0
	}
	k := strings.IndexByte(s[open+j:], ')')
	if k < 0 {
		return 0, 0
	}
	return open + j, open + j + k + 1
}

// Display returns the display text (see DisplayText) of Text[start:end],
// or "" when the range is out of bounds.
func (s *Source) Display(start, end int) string {
	if start < 0 || end > len(s.Text) || start > end {
		return ""
	}
	return DisplayText(s.Text[start:end])
}

// stripBullet removes a leading list bullet ("- ", "* ", "• ").
func stripBullet(s string) string {
	t := strings.TrimLeft(s, " \t")
	for _, b := range []string{"- ", "* ", "• ", "· ", "– ", "— ", "+ ", "> "} {
		if strings.HasPrefix(t, b) {
			return strings.TrimLeft(t[len(b):], " \t")
		}
	}
	return t
}

// words splits s into words, trimmed of surrounding punctuation.
func words(s string) []string {
	f := strings.Fields(s)
	out := f[:0:0]
	for _, w := range f {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// lastRune returns the last rune of s skipping closing quotes and brackets.
func lastSignificant(s string) rune {
	s = strings.TrimRight(s, " \t")
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', ')', ']', '»', '*', '_':
			s = s[:len(s)-n]
			continue
		}
		return r
	}
	return 0
}

// endsSentence reports whether s ends with terminal punctuation (possibly
// inside closing quotes).
func endsSentence(s string) bool {
	switch lastSignificant(s) {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}

// startsLower reports whether the first letter of s (after quotes and
// brackets) is lower case.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// isCapWord reports whether w starts with an upper-case letter.
func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// englishRatio is the share of words of s that are English function words.
func englishRatio(ws []string) float64 {
	if len(ws) == 0 {
		return 0
	}
	n := 0
	for _, w := range ws {
		if englishStop[strings.ToLower(w)] {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}
