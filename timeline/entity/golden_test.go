package entity

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"storyline/timeline/internal/goldeninput"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/golden.txt from the current output")

// goldenDump renders Find over every sentence of the corpora, and the
// Index built from each corpus' mentions, deterministically.
func goldenDump(corpora []goldeninput.Corpus) []byte {
	var b bytes.Buffer
	for _, c := range corpora {
		fmt.Fprintf(&b, "## %s (%d sentences)\n", c.Name, len(c.Sents))
		var all []Mention
		for k, s := range c.Sents {
			ms := Find(s)
			if len(ms) == 0 {
				continue
			}
			fmt.Fprintf(&b, "%d %q\n", k, s)
			for _, m := range ms {
				fmt.Fprintf(&b, "\t%d-%d %s %q canon=%q title=%q weak=%t\n", m.Start, m.End, m.Kind, m.Text, m.Canonical, m.Title, m.Weak)
			}
			all = append(all, ms...)
		}
		ix := NewIndexMentions(all)
		fmt.Fprintf(&b, "# index %s\n", c.Name)
		seen := map[string]bool{}
		var keys []string
		for _, m := range all {
			for _, k := range []string{m.Canonical, m.Text} {
				if !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "\t%q -> %q surname=%q\n", k, ix.Canonical(k), Surname(k))
		}
		for _, n := range ix.Names() {
			fmt.Fprintf(&b, "\tname %q count=%d\n", n, ix.Count(n))
		}
	}
	return b.Bytes()
}

// TestGolden guards the output of Find and NewIndexMentions on every
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

func BenchmarkIndexCorpora(b *testing.B) {
	corpora := goldeninput.Load(b, filepath.Join("..", "..", "testdata"))
	var all [][]Mention
	for _, c := range corpora {
		var ms []Mention
		for _, s := range c.Sents {
			ms = append(ms, Find(s)...)
		}
		all = append(all, ms)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, ms := range all {
			NewIndexMentions(ms)
		}
	}
}
