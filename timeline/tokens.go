package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a sentence, with byte offsets into
// the sentence text.
type token struct {
	text       string
	low        string // lower case, curly apostrophes straightened
	base       string // low without a possessive "'s"
	start, end int
	word       bool // letters or digits
	cap        bool // starts with an upper-case letter
	quoted     bool // inside quotation marks
	// masked: sets holds the lexicon phrase sets with a phrase starting
	// with this word (phraseSet.bit), so others need no look-up.
	masked bool
	sets   uint16
}

// maskTokens fills the phrase-set bits of word tokens and reports whether
// a trigger phrase may start at one of them (else the sentence has no
// mention).
func maskTokens(lx *lexicon, toks []token) bool {
	if lx.firstMask == nil {
		return true
	}
	any := false
	for i := range toks {
		if toks[i].word {
			toks[i].sets = lx.firstMask[toks[i].base]
			toks[i].masked = true
		}
	}
	for i := range toks {
		if toks[i].sets&lx.triggers.bit != 0 {
			if _, _, ok := lx.triggers.match(toks, i); ok {
				any = true
				break
			}
		}
	}
	return any
}

func normApos(s string) string {
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// lowerASCII reports whether w is ASCII without upper-case letters (its own
// lower case).
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// tokenize splits text into word and punctuation tokens. inQuote is the
// quotation state at the start of text; quote marks toggle it.
func tokenize(text string, inQuote bool) ([]token, bool) {
	return tokenizeInto(make([]token, 0, len(text)/5+1), text, inQuote)
}

// tokenizeInto is tokenize appending to toks (a slice of a larger arena).
func tokenizeInto(toks []token, text string, inQuote bool) ([]token, bool) {
	single := false // the open quotation was opened by a single quote
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r < utf8.RuneSelf && asciiSpace(byte(r)) || r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf && asciiWord(c) {
					j++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) || r2 == '&' {
					j += s2
					continue
				}
				// apostrophe inside a word: don't, Smith's, O'Brien
				if (r2 == '\'' || r2 == '’') && j+s2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if unicode.IsLetter(r3) {
						j += s2
						continue
					}
				}
				// decimal point or thousands separator inside a number
				if (r2 == '.' || r2 == ',') && j+s2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					r0, _ := utf8.DecodeLastRuneInString(text[i:j])
					if unicode.IsDigit(r3) && unicode.IsDigit(r0) {
						j += s2
						continue
					}
				}
				break
			}
			w := text[i:j]
			low := w
			if !lowerASCII(w) {
				low = normApos(strings.ToLower(w))
			}
			base := strings.TrimSuffix(low, "'s")
			if base == "" {
				base = low
			}
			capital := w[0] >= 'A' && w[0] <= 'Z'
			if w[0] >= utf8.RuneSelf {
				first, _ := utf8.DecodeRuneInString(w)
				capital = unicode.IsUpper(first)
			}
			toks = append(toks, token{text: w, low: low, base: base, start: i, end: j, word: true, cap: capital, quoted: inQuote})
			i = j
		default:
			p := text[i : i+size]
			switch r {
			case '“', '«':
				inQuote, single = true, false
			case '”', '»':
				inQuote, single = false, false
			case '"':
				inQuote, single = !inQuote, false
			case '\'', '‘', '’':
				// A single quote at a word start opens a quotation (when none
				// is open), at a word end it closes one it opened.
				prevWord := i > 0 && isWordRuneBefore(text, i)
				nextWord := i+size < len(text) && isWordRuneAt(text, i+size)
				if !prevWord && nextWord {
					if !inQuote && (i == 0 || text[i-1] == ' ' || text[i-1] == ':' || text[i-1] == '(') {
						inQuote, single = true, true
					}
					toks = append(toks, token{text: p, low: p, base: p, start: i, end: i + size, quoted: inQuote})
					i += size
					continue
				}
				prevPunct := i > 0 && strings.ContainsRune(".,!?", rune(text[i-1]))
				if single && inQuote && (prevWord || prevPunct) && !nextWord && (i+size == len(text) || text[i+size] == ' ' || text[i+size] == ',' || text[i+size] == '.') {
					if !(i >= 1 && text[i-1] == 's' && r == '\'') { // "leaders' teams" stays an apostrophe
						toks = append(toks, token{text: p, low: p, base: p, start: i, end: i + size, quoted: true})
						inQuote, single = false, false
						i += size
						continue
					}
				}
			}
			if r == '\'' || r == '’' {
				// possessive plural ("leaders'"): attach to the previous word
				if n := len(toks); n > 0 && toks[n-1].word && toks[n-1].end == i {
					toks[n-1].end = i + size
					toks[n-1].text = text[toks[n-1].start : i+size]
					i += size
					continue
				}
			}
			toks = append(toks, token{text: p, low: p, base: p, start: i, end: i + size, quoted: inQuote})
			i += size
		}
	}
	return toks, inQuote
}

func isWordRuneBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(r)
}

func isWordRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// isClauseBreak reports whether a punctuation token ends a clause.
func isClauseBreak(t token) bool {
	if t.word {
		return false
	}
	switch t.text {
	case ",", ";", ":", "—", "–", "(", ")", "“", "”", "\"", "?", "!":
		return true
	}
	return false
}
