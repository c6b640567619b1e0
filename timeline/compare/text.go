package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word (letters, digits, inner apostrophes, hyphens and dots of
// abbreviations) or a single punctuation rune, with byte offsets.
type token struct {
	Text  string
	Norm  string // normWord(Text), computed once by tokenize
	start int32  // byte offset of Text (see Start; texts are far below 2 GiB)
	Bits  uint16 // vocabulary classes of Norm (vocabBits)
	Word  bool
}

// Start is the byte offset of the token in its text.
func (t token) Start() int { return int(t.start) }

// End is the byte offset just after the token in its text.
func (t token) End() int { return int(t.start) + len(t.Text) }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize splits s into tokens. Apostrophes (' and ’) and hyphens inside a
// word, and a dot inside a number or after a one-letter capital in an
// abbreviation ("U.S."), stay in the word. The normalised forms of the
// tokens that normWord changes share one allocation.
func tokenize(s string) []token {
	return tokenizeAppend(make([]token, 0, tokenCap(s)), s)
}

// tokenCap estimates the number of tokens of s for a first allocation:
// news prose has about five bytes per token (a word and its space, or a
// punctuation mark); a denser text makes the slice grow.
func tokenCap(s string) int {
	return len(s)*2/9 + 8
}

// tokenizeAppend appends the tokens of s to dst (see tokenize).
func tokenizeAppend(dst []token, s string) []token {
	base := len(dst)
	out := dst
	var buf []byte    // normalised forms of the tokens that need one
	var fixes []int32 // per such token: its index from base and the end of its form in buf
	for i := 0; ; {
		start, end, word, ok := nextToken(s, i)
		if !ok {
			break
		}
		t := s[start:end]
		out = append(out, token{Text: t, Norm: t, start: int32(start), Word: word})
		if needsNorm(t) {
			if buf == nil {
				buf = make([]byte, 0, len(s)/3+len(t))
			}
			buf = appendNorm(buf, t)
			fixes = append(fixes, int32(len(out)-base-1), int32(len(buf)))
		}
		i = end
	}
	if fixes != nil {
		arena := string(buf)
		from := 0
		for x := 0; x < len(fixes); x += 2 {
			e := int(fixes[x+1])
			out[base+int(fixes[x])].Norm = arena[from:e]
			from = e
		}
	}
	for k := base; k < len(out); k++ {
		if out[k].Word {
			out[k].Bits = bitsOf(out[k].Norm)
		}
	}
	return out
}

// nextToken returns the span of the first token of s at or after byte i;
// ok is false when there is none.
func nextToken(s string, i int) (start, end int, word, ok bool) {
	for i < len(s) {
		w := 1 // the width of the rune at i
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII fast path: the same decisions as below
			if !asciiWord(c) {
				if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
					i++
					continue
				}
				return i, i + 1, false, true
			}
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += w
				continue
			}
			if !isWordRune(r) {
				return i, i + w, false, true
			}
		}
		j := i + w
		for j < len(s) {
			if c := s[j]; asciiWord(c) {
				j++
				continue
			} else if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' && c != ',' {
				break // an ASCII rune that neither is a word rune nor joins
			}
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
		return i, j, true, true
	}
	return 0, 0, false, false
}

// asciiWord reports whether c is an ASCII letter or digit (isWordRune for
// ASCII).
func asciiWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// needsNorm reports whether normWord may change w: it holds an upper-case
// ASCII letter or a non-ASCII byte.
func needsNorm(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// appendNorm appends normWord(w) to buf (the same runes as
// strings.Map(normRune, w), invalid bytes becoming U+FFFD).
func appendNorm(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			for _, r := range w {
				buf = utf8.AppendRune(buf, normRune(r))
			}
			return buf
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// isAbbrev reports whether w (ending in '.') is a dotted capital
// abbreviation such as "U.S." or a single initial "J.".
func isAbbrev(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	// every dot-separated part of w without its final dot is one
	// upper-case rune
	rest := w[:len(w)-1]
	for {
		p := rest
		k := strings.IndexByte(rest, '.')
		if k >= 0 {
			p, rest = rest[:k], rest[k+1:]
		}
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) {
			return false
		}
		if k < 0 {
			return true
		}
	}
}

// normWord lower-cases w and folds curly apostrophes and hyphen variants
// in one pass. Lower-case ASCII words are returned as they are.
func normWord(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.Map(normRune, w)
		}
		upper = upper || ('A' <= c && c <= 'Z')
	}
	if !upper {
		return w
	}
	return strings.ToLower(w)
}

// normRune is the rune mapping of normWord.
func normRune(r rune) rune {
	switch r = unicode.ToLower(r); r {
	case '’', '‘':
		return '\''
	case '‐':
		return '-'
	}
	return r
}

// noDots removes the dots of w ("u.s." → "us").
func noDots(w string) string {
	if strings.IndexByte(w, '.') < 0 {
		return w
	}
	return strings.ReplaceAll(w, ".", "")
}

// words returns the normalised words of s.
func words(s string) []string {
	out := make([]string, 0, len(s)/5+1)
	var buf []byte // normalised forms of the words that need one
	var ends []int // per word: end of its form in buf, or -1
	for i := 0; ; {
		start, end, word, ok := nextToken(s, i)
		if !ok {
			break
		}
		i = end
		if !word {
			continue
		}
		w := s[start:end]
		out = append(out, w)
		if needsNorm(w) {
			if ends == nil {
				ends = make([]int, len(out)-1, cap(out))
				for k := range ends {
					ends[k] = -1
				}
			}
			buf = appendNorm(buf, w)
			ends = append(ends, len(buf))
		} else if ends != nil {
			ends = append(ends, -1)
		}
	}
	if ends != nil {
		arena := string(buf)
		from := 0
		for k, e := range ends {
			if e >= 0 {
				out[k] = arena[from:e]
				from = e
			}
		}
	}
	return out
}

// countWords returns len(words(s)).
func countWords(s string) int {
	n := 0
	for i := 0; ; {
		_, end, word, ok := nextToken(s, i)
		if !ok {
			return n
		}
		if word {
			n++
		}
		i = end
	}
}

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	// 'A' <= w[0] <= 'Z', or a non-ASCII upper-case rune
	return w != "" && (w[0]-'A' < 26 || w[0] >= utf8.RuneSelf && upperFirst(w))
}

// upperFirst reports whether the first rune of w is upper case (isCap
// beyond ASCII, kept apart so that isCap is inlined).
func upperFirst(w string) bool {
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

// contractions maps a normalised contraction to the words it stands for,
// so that "we won't" and "we will not" compare as the same words. Only
// forms whose reading is not in doubt are listed; "'s" is expanded only
// after pronouns (it is a possessive after a name). General English data.
var contractions = map[string][]string{
	"won't": {"will", "not"}, "can't": {"can", "not"}, "cannot": {"can", "not"},
	"shan't": {"shall", "not"}, "ain't": {"is", "not"},
	"it's": {"it", "is"}, "that's": {"that", "is"}, "there's": {"there", "is"},
	"he's": {"he", "is"}, "she's": {"she", "is"}, "what's": {"what", "is"},
	"here's": {"here", "is"}, "who's": {"who", "is"}, "where's": {"where", "is"},
	"let's": {"let", "us"},
}

// contractionSuffixes expand the regular endings: "n't" → "not", "'re" →
// "are", …
var contractionSuffixes = []struct {
	suf  string
	word string
}{{"n't", "not"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'m", "am"}, {"'d", "would"}}

// expandContractions returns ws with contractions written out ("won't" →
// "will not", "we've" → "we have"). ws is returned unchanged (not
// copied) when it holds no contraction.
func expandContractions(ws []string) []string {
	var out []string
	for i, w := range ws {
		exp := contractionOf(w)
		if exp == nil {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = make([]string, i, len(ws)+4)
			copy(out, ws[:i])
		}
		out = append(out, exp...)
	}
	if out == nil {
		return ws
	}
	return out
}

func contractionOf(w string) []string {
	if strings.IndexByte(w, '\'') < 0 {
		if w == "cannot" {
			return contractions[w]
		}
		return nil
	}
	if e, ok := contractions[w]; ok {
		return e
	}
	for _, c := range contractionSuffixes {
		if len(w) > len(c.suf) && strings.HasSuffix(w, c.suf) {
			return []string{w[:len(w)-len(c.suf)], c.word}
		}
	}
	return nil
}
