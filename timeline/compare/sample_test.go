package compare

import (
	"strings"
	"testing"

	"storyline/data"
)

// sampleSentences returns the evidence sentences of the embedded sample,
// outlet = source id.
func sampleSentences(t testing.TB) []Sentence {
	t.Helper()
	c := data.Sample()
	var out []Sentence
	for _, s := range c.Sources {
		for pi, p := range s.Paragraphs {
			if !p.Role.Evidence() {
				continue
			}
			for _, se := range p.Sentences {
				out = append(out, Sentence{Source: s.ID, Outlet: s.ID, Text: se.Text, Role: string(p.Role), Start: se.Start, End: se.End, Para: pi})
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("sample has no sentences")
	}
	return out
}

func surnameOf(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func sampleEvidence(t testing.TB, contains ...string) []Evidence {
	var out []Evidence
	for _, s := range sampleSentences(t) {
		for _, c := range contains {
			if strings.Contains(s.Text, c) {
				out = append(out, Evidence{Source: s.Source, Outlet: s.Outlet, Text: s.Text, Start: s.Start, End: s.End, Role: s.Role, Main: true})
				break
			}
		}
	}
	return out
}
