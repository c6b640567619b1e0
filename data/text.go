package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DisplayText returns s without Markdown inline syntax: "[text](target)"
// becomes "text", "**bold**"/"__bold__" lose their markers, and leading
// "#" heading marks go. It is for showing evidence; offsets always point
// into the raw Source.Text.
func DisplayText(s string) string {
	if !strings.ContainsAny(s, "[*_#") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	t := s
	if h := strings.TrimLeft(t, "#"); len(h) < len(t) && len(t)-len(h) <= 6 && strings.HasPrefix(h, " ") {
		t = strings.TrimLeft(h, " ")
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '[':
			if j := strings.Index(t[i:], "]("); j > 0 && !strings.ContainsAny(t[i+1:i+j], "[]\n") {
				if k := strings.IndexByte(t[i+j:], ')'); k > 0 {
					b.WriteString(t[i+1 : i+j])
					i += j + k
					continue
				}
			}
			b.WriteByte(c)
		case (c == '*' || c == '_') && i+1 < len(t) && t[i+1] == c:
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
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
