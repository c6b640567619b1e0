package data

import (
	"strings"
	"testing"
	"time"
)

// paraWith returns the first paragraph whose text contains sub.
func paraWith(t *testing.T, s *Source, sub string) Paragraph {
	t.Helper()
	for _, p := range s.Paragraphs {
		if strings.Contains(s.Text[p.Start:p.End], sub) {
			return p
		}
	}
	t.Fatalf("%s: no paragraph contains %q", s.ID, sub)
	return Paragraph{}
}

// sourceByPrefix finds a source whose ID starts with prefix.
func sourceByPrefix(t *testing.T, c *Corpus, prefix string) *Source {
	t.Helper()
	for _, s := range c.Sources {
		if strings.HasPrefix(s.ID, prefix) {
			return s
		}
	}
	t.Fatalf("no source %s*", prefix)
	return nil
}

// parseString parses an in-memory article with a fixed reference time.
func parseString(t *testing.T, name, text string) *Source {
	t.Helper()
	s, err := Parse(name, []byte(text), Meta{Now: time.Date(2024, 5, 10, 12, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return s
}

// checkOffsets asserts every paragraph and sentence offset slices Text
// exactly, sentences lie in order, and paragraphs do not overlap.
func checkOffsets(t *testing.T, s *Source) {
	t.Helper()
	prevEnd, prevSent := 0, 0
	for i, p := range s.Paragraphs {
		if p.Start < prevEnd || p.End < p.Start || p.End > len(s.Text) {
			t.Fatalf("%s: paragraph %d [%d,%d) out of order/bounds (text %d bytes)", s.ID, i, p.Start, p.End, len(s.Text))
		}
		if strings.TrimSpace(s.Text[p.Start:p.End]) == "" {
			t.Errorf("%s: paragraph %d is blank", s.ID, i)
		}
		prevEnd = p.End
		if p.Sentences == nil {
			t.Errorf("%s: paragraph %d has nil sentences", s.ID, i)
		}
		for j, st := range p.Sentences {
			if st.Start < prevSent || st.End <= st.Start || st.End > len(s.Text) {
				t.Fatalf("%s: sentence %d.%d [%d,%d) out of order/bounds", s.ID, i, j, st.Start, st.End)
			}
			if st.Text != s.Text[st.Start:st.End] {
				t.Fatalf("%s: sentence %d.%d text %q != Text[%d:%d] %q", s.ID, i, j, st.Text, st.Start, st.End, s.Text[st.Start:st.End])
			}
			if st.Start < p.Start {
				t.Errorf("%s: sentence %d.%d starts before its paragraph", s.ID, i, j)
			}
			prevSent = st.End
		}
	}
	for _, a := range s.Anchors {
		if a.Start < 0 || a.End > len(s.Text) || a.Text != s.Text[a.Start:a.End] {
			t.Errorf("%s: anchor %q does not slice the text", s.ID, a.Text)
		}
	}
}
