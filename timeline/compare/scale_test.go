package compare

import (
	"strings"
	"testing"
	"time"
)

// TestQuotesScaleInOneParagraph guards against per-quote scans of the whole
// paragraph: a hostile file can be one line holding thousands of quotes
// (1 MB of them took 111 s before the scans were windowed). 4x the quotes
// must cost well under the 16x of quadratic growth.
func TestQuotesScaleInOneParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	para := func(n int) []Sentence {
		var sents []Sentence
		var b strings.Builder
		for i := 0; i < n; i++ {
			for _, s := range []string{"“He said it was fine,” she said.", "“No.”"} {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				start := b.Len()
				b.WriteString(s)
				sents = append(sents, Sentence{Source: "s", Outlet: "o", Role: "body", Text: s, Start: start, End: b.Len()})
			}
		}
		return sents
	}
	cost := func(n int) time.Duration {
		sents := para(n)
		best := time.Duration(0)
		for i := 0; i < 3; i++ {
			start := time.Now()
			Quotes(sents, func(s string) string { return s })
			if d := time.Since(start); best == 0 || d < best {
				best = d
			}
		}
		return best
	}
	small, large := cost(1000), cost(4000)
	ratio := float64(large) / float64(small)
	t.Logf("1000 quotes %v, 4000 quotes %v, ratio %.1f", small, large, ratio)
	if ratio > 10 {
		t.Errorf("4x the quotes in one paragraph cost %.1fx: quadratic", ratio)
	}
}
