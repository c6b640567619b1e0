package timex

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"storyline/data"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/golden.txt from the current output")

// goldenCorpus is one corpus of the golden guard with its sentences.
type goldenCorpus struct {
	name  string
	sents []string
}

// goldenCorpora are the evaluation corpora of the golden guard (besides
// the embedded sample). The list is fixed so that a corpus added to
// testdata/ later does not change the golden file.
var goldenCorpora = []string{"alaska-summit-2025", "assembly-no-confidence", "aviation-door-plug", "court-fraud-trial", "dairy-takeover-bid",
	"harbour-bridge-strike", "hospital-ransomware", "wildfire-evacuation"}

// loadGoldenCorpora returns the embedded sample and the corpora of
// goldenCorpora in ../../testdata, each with every sentence of every
// paragraph (all roles), in source order.
func loadGoldenCorpora(tb testing.TB) []goldenCorpus {
	tb.Helper()
	out := []goldenCorpus{{name: "sample", sents: sentences(data.Sample())}}
	for _, name := range goldenCorpora {
		d := filepath.Join("..", "..", "testdata", name, "articles")
		c := data.Load([]string{d}, data.Options{})
		ss := sentences(c)
		if len(ss) == 0 {
			tb.Fatalf("%s: no sentences loaded", d)
		}
		out = append(out, goldenCorpus{name: name, sents: ss})
	}
	return out
}

func sentences(c *data.Corpus) []string {
	var out []string
	for _, s := range c.Sources {
		for _, p := range s.Paragraphs {
			for _, se := range p.Sentences {
				out = append(out, se.Text)
			}
		}
	}
	return out
}

// goldenDump renders Find over every sentence of the corpora, every
// field of every expression, deterministically.
func goldenDump(corpora []goldenCorpus) []byte {
	var b bytes.Buffer
	for _, c := range corpora {
		fmt.Fprintf(&b, "## %s (%d sentences)\n", c.name, len(c.sents))
		for k, s := range c.sents {
			es := Find(s)
			if len(es) == 0 {
				continue
			}
			fmt.Fprintf(&b, "%d %q\n", k, s)
			for _, e := range es {
				fmt.Fprintf(&b, "\t%d-%d %s %+v\n", e.Start, e.End, describe(e), e)
			}
		}
	}
	return b.Bytes()
}

// TestGolden guards the output of Find on every
// sentence of the sample and the evaluation corpora: speed-ups must keep
// it byte-identical. Regenerate with -update only for intended changes.
func TestGolden(t *testing.T) {
	got := goldenDump(loadGoldenCorpora(t))
	path := filepath.Join("testdata", "golden.txt")
	if *updateGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v (run with -update to create it)", path, err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w []byte
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if !bytes.Equal(g, w) {
				t.Fatalf("output differs from %s at line %d:\n got: %s\nwant: %s", path, i+1, g, w)
			}
		}
	}
}

func BenchmarkFindCorpora(b *testing.B) {
	corpora := loadGoldenCorpora(b)
	b.ResetTimer()
	for b.Loop() {
		for _, c := range corpora {
			for _, s := range c.sents {
				Find(s)
			}
		}
	}
}
