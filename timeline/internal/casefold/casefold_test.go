package casefold

import (
	"strings"
	"testing"
)

func TestLower(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"already lower", "already lower", true},
		{"Mixed CASE Text", "mixed case text", true},
		{"ÉCOLE Zürich", "école zürich", true},
		{"", "", true},
		{"KELVIN \u212a", "", false}, // K sign lower-cases to a 1-byte k: offsets would move
	} {
		got, ok := Lower(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("Lower(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
		if ok && (len(got) != len(c.in) || got != strings.ToLower(c.in)) {
			t.Errorf("Lower(%q) = %q: must equal strings.ToLower with the same length", c.in, got)
		}
	}
}
