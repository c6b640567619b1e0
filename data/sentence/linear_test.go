package sentence

import (
	"strings"
	"testing"
	"time"
)

// TestLinearTime guards against quadratic behaviour on pathological inputs:
// 256 KB of each pattern must split well within a generous time limit (a
// quadratic scan would take minutes).
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	patterns := []string{
		". ", ".", "a.Ba.", "x\n", "A\n", "1. ", "a. ", "• ", "U.S. ", "…", "\n\n",
		"a", "aa.Bb", "word ", "? ", "“", "a.m. ", ". . . . ", "a.B", "(", "1.)",
		"AB. (C) — ", "AB. ( ", "5 p.m. — ", "**Oct. ", "Wash. (", "— ",
	}
	for _, p := range patterns {
		text := strings.Repeat(p, 1<<18/len(p))
		start := time.Now()
		spans := Split(text)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("pattern %q: %v for %d bytes (%d spans)", p, d, len(text), len(spans))
		}
	}
}
