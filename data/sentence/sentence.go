// Package sentence splits news text into sentences with exact byte offsets.
package sentence

import "strings"

// Span is a sentence as byte offsets into the text given to Split.
type Span struct{ Start, End int }

// Split returns the sentences of one paragraph, trimmed of surrounding space.
// STUB: the segmenter owner replaces this.
func Split(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && (i+1 == len(text) || text[i+1] == ' ') {
			out = appendTrimmed(out, text, start, i+1)
			start = i + 1
		}
	}
	return appendTrimmed(out, text, start, len(text))
}

func appendTrimmed(out []Span, text string, s, e int) []Span {
	for s < e && text[s] == ' ' {
		s++
	}
	for e > s && text[e-1] == ' ' {
		e--
	}
	if s < e && strings.TrimSpace(text[s:e]) != "" {
		out = append(out, Span{s, e})
	}
	return out
}
