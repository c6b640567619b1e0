package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word (letters, digits, inner apostrophes, hyphens and dots of
// abbreviations) or a single punctuation rune, with byte offsets.
type token struct {
	Text       string
	Start, End int
	Word       bool
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize splits s into tokens. Apostrophes (' and ’) and hyphens inside a
// word, and a dot inside a number or after a one-letter capital in an
// abbreviation ("U.S."), stay in the word.
func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{Text: s[i : i+w], Start: i, End: i + w})
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += w2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‐' || r2 == '.' || r2 == ',' {
				// joiner: keep when followed by a word rune (and, for '.'
				// and ',', when it sits between digits or builds "U.S.").
				if j+w2 >= len(s) {
					if r2 == '.' && isAbbrev(s[i:j+w2]) {
						j += w2
					}
					break
				}
				r3, _ := utf8.DecodeRuneInString(s[j+w2:])
				if !isWordRune(r3) {
					if r2 == '.' && isAbbrev(s[i:j+w2]) {
						j += w2
					}
					break
				}
				if r2 == ',' || r2 == '.' {
					prev, _ := utf8.DecodeLastRuneInString(s[i:j])
					if r2 == ',' && !(unicode.IsDigit(prev) && unicode.IsDigit(r3)) {
						break
					}
					if r2 == '.' && !(unicode.IsDigit(prev) && unicode.IsDigit(r3)) && !(unicode.IsUpper(prev) && unicode.IsUpper(r3) && j-i <= 3) {
						break
					}
				}
				j += w2
				continue
			}
			break
		}
		out = append(out, token{Text: s[i:j], Start: i, End: j, Word: true})
		i = j
	}
	return out
}

// isAbbrev reports whether w (ending in '.') is a dotted capital
// abbreviation such as "U.S." or a single initial "J.".
func isAbbrev(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	parts := strings.Split(strings.TrimSuffix(w, "."), ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// normWord lower-cases w and folds curly apostrophes and hyphen variants.
func normWord(w string) string {
	w = strings.ToLower(w)
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.ReplaceAll(w, "‘", "'")
	w = strings.ReplaceAll(w, "‐", "-")
	return w
}

// words returns the normalised words of s.
func words(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		if t.Word {
			out = append(out, normWord(t.Text))
		}
	}
	return out
}

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// singular makes a simple English singular of a lower-case noun.
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	if s, ok := irregularPlural[w]; ok {
		return s
	}
	return w
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// addUnique appends s to list unless present.
func addUnique(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}
