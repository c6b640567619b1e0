package compare

import (
	"fmt"
	"testing"
)

func BenchmarkQuotesLarge(b *testing.B) {
	base := sampleSentences(b)
	var sents []Sentence
	for k := 0; k < 20; k++ {
		for _, s := range base {
			s.Source = fmt.Sprintf("%s-%d", s.Source, k)
			s.Outlet = s.Source
			sents = append(sents, s)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Quotes(sents, nil)
	}
}
