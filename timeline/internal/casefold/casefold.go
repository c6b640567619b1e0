// Package casefold lower-cases text while keeping byte offsets, for the
// scanners of time expressions and names that slice the original text with
// offsets found in the lower-cased copy.
package casefold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower lower-cases a text into one slab with unchanged byte offsets
// (rune by rune, as strings.ToLower does); the text itself when nothing
// changes. It reports false when some rune's lower case has another
// length in UTF-8.
func Lower(text string) (string, bool) {
	var b strings.Builder
	last := 0 // text[last:i] is still to be copied
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				if b.Cap() == 0 {
					b.Grow(len(text))
				}
				b.WriteString(text[last:i])
				b.WriteByte(c + 'a' - 'A')
				last = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != size {
				return "", false
			}
			if b.Cap() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[last:i])
			b.WriteRune(l)
			last = i + size
		}
		i += size
	}
	if b.Cap() == 0 {
		return text, true
	}
	b.WriteString(text[last:])
	return b.String(), true
}
