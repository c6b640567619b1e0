package compare

import "testing"

// TestBitsOf checks the look-up table of bitsOf against vocabBits.
func TestBitsOf(t *testing.T) {
	for w, b := range vocabBits {
		if got := bitsOf(w); got != b {
			t.Errorf("bitsOf(%q) = %b, want %b", w, got, b)
		}
	}
	for _, w := range []string{"", "x", "sai", "saidd", "presidents", "the.", "zzzzzzzzzzzzzzzzzzzz"} {
		if got := bitsOf(w); got != vocabBits[w] {
			t.Errorf("bitsOf(%q) = %b, want %b", w, got, vocabBits[w])
		}
	}
}
