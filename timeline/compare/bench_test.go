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

// frozenSample returns the sample's sentences as frozen in
// testdata/golden_input.json, so that before/after figures use the same
// input while the loader changes.
func frozenSample(b *testing.B) []Sentence {
	for _, gc := range readGoldenInput(b) {
		if gc.Name == "sample" {
			return gc.Sentences
		}
	}
	b.Fatal("no sample in the golden input")
	return nil
}

func BenchmarkQuotesSample(b *testing.B) {
	sents := frozenSample(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Quotes(sents, nil)
	}
}

// BenchmarkDisagreementsSample judges the sample's evidence in events of
// four sentences per source, as the engine hands events to Disagreements.
func BenchmarkDisagreementsSample(b *testing.B) {
	evs := pseudoEvents(frozenSample(b), 4, true)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, ev := range evs {
			Disagreements(ev, nil)
		}
	}
}
