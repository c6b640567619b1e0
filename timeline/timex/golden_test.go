package timex

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"testing"

	"storyline/timeline/internal/goldeninput"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/golden.txt from the current output")

// goldenDump renders Find over every sentence of the corpora, every
// field of every expression, deterministically.
func goldenDump(corpora []goldeninput.Corpus) []byte {
	var b bytes.Buffer
	for _, c := range corpora {
		fmt.Fprintf(&b, "## %s (%d sentences)\n", c.Name, len(c.Sents))
		for k, s := range c.Sents {
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
	got := goldenDump(goldeninput.Load(t, filepath.Join("..", "..", "testdata")))
	goldeninput.Check(t, filepath.Join("testdata", "golden.txt"), got, *updateGolden)
}

func BenchmarkFindCorpora(b *testing.B) {
	corpora := goldeninput.Load(b, filepath.Join("..", "..", "testdata"))
	b.ResetTimer()
	for b.Loop() {
		for _, c := range corpora {
			for _, s := range c.Sents {
				Find(s)
			}
		}
	}
}
