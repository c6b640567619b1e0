package sentence

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
)

// benchText builds ~100 KB of realistic news text from the sample articles.
func benchText(tb testing.TB) string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "sample", "alaska-summit-2025", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("sample articles: %v (%d files)", err, len(files))
	}
	var one strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatalf("read %s: %v", f, err)
		}
		one.Write(b)
		one.WriteString("\n\n")
	}
	var sb strings.Builder
	for sb.Len() < 100_000 {
		sb.WriteString(one.String())
	}
	return sb.String()
}

func BenchmarkSplit(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

// BenchmarkSplitParagraphs splits the same text one paragraph at a time, as
// the data package does.
func BenchmarkSplitParagraphs(b *testing.B) {
	text := benchText(b)
	paras := strings.Split(text, "\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Split(p)
		}
	}
}

func BenchmarkNeurosnap(b *testing.B) {
	text := benchText(b)
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tok.Tokenize(text)
	}
}

// TestNeurosnapGoldenRules scores github.com/neurosnap/sentences (English
// model) on the same Golden Rules, for comparison in the README. It only
// logs the score; it fails only if the tokenizer cannot be built.
func TestNeurosnapGoldenRules(t *testing.T) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	var failed []int
	for _, g := range goldenRules {
		var got []string
		for _, s := range tok.Tokenize(g.in) {
			if n := normSpace(s.Text); n != "" {
				got = append(got, n)
			}
		}
		if slices.Equal(got, normAll(g.want)) {
			pass++
		} else {
			failed = append(failed, g.n)
		}
	}
	t.Logf("neurosnap/sentences Golden Rules (English): %d/%d pass; failing rules %v", pass, len(goldenRules), failed)
	if pass == 0 {
		t.Errorf("neurosnap passes no rule: the comparison harness is broken")
	}
}
