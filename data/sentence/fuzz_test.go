package sentence

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkSpans verifies the Split contract: spans in order, within bounds,
// non-overlapping, non-empty, trimmed, on UTF-8 boundaries, and together
// covering every non-space character of text exactly once.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	covered := 0 // bytes before this offset are accounted for
	for k, sp := range spans {
		if sp.Start < covered || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("span %d %v out of order/bounds (prev end %d, len %d) in %q", k, sp, covered, len(text), text)
		}
		if !boundary(text, sp.Start) || !boundary(text, sp.End) {
			t.Fatalf("span %d %v not on a rune boundary in %q", k, sp, text)
		}
		if !allSpace(text[covered:sp.Start]) {
			t.Fatalf("non-space text %q between spans before span %d in %q", text[covered:sp.Start], k, text)
		}
		s := text[sp.Start:sp.End]
		r, _ := utf8.DecodeRuneInString(s)
		l, _ := utf8.DecodeLastRuneInString(s)
		if isSpaceRune(r) || isSpaceRune(l) {
			t.Fatalf("span %d %q not trimmed in %q", k, s, text)
		}
		covered = sp.End
	}
	if !allSpace(text[covered:]) {
		t.Fatalf("trailing non-space text %q not covered in %q", text[covered:], text)
	}
}

// boundary reports whether i is a rune boundary in the sense of Split: the
// start of a (possibly invalid) UTF-8 sequence as decoded from the front.
func boundary(text string, i int) bool {
	if i == 0 || i == len(text) {
		return true
	}
	for j := 0; j < len(text); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, n := utf8.DecodeRuneInString(text[j:])
		j += n
	}
	return false
}

func isSpaceRune(r rune) bool { return r != utf8.RuneError && unicode.IsSpace(r) }

func allSpace(s string) bool {
	for _, r := range s {
		if !isSpaceRune(r) {
			return false
		}
	}
	return true
}

func FuzzSplit(f *testing.F) {
	for _, g := range goldenRules {
		f.Add(g.in)
	}
	for _, c := range newsCases {
		f.Add(c.in)
	}
	for _, c := range shapeCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
	})
}

// TestSplitContract runs the contract check over every table input plus
// awkward strings, so a plain `go test` exercises it.
func TestSplitContract(t *testing.T) {
	inputs := []string{
		"", " ", "\n\n", ".", "...", ". . . .", "a", "\xff", "a\xffb. C", " \u00a0 x \u3000",
		"U.S.", "1.", "•", "• •", "1. 2. 3.", "a.B", "x.Yz", "x.Yz.", "。", "a。b", "ab.Cd@", "\u2028A\u2029b",
		"“”", "(", ")", "Mr.", "?!?!", "\t\vQ. A. B.",
	}
	for _, g := range goldenRules {
		inputs = append(inputs, g.in)
	}
	for _, c := range newsCases {
		inputs = append(inputs, c.in)
	}
	for _, c := range shapeCases {
		inputs = append(inputs, c.in)
	}
	for _, in := range inputs {
		checkSpans(t, in, Split(in))
	}
}
