// Package goldeninput gives the golden-guard tests of the scanners (entity,
// timex) one shared input: the embedded sample and a fixed list of the
// evaluation corpora, each flattened to its sentences in source order.
package goldeninput

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"storyline/data"
)

// Corpus is one corpus of the golden guard with its sentences.
type Corpus struct {
	Name  string
	Sents []string
}

// Names are the evaluation corpora of the golden guard (besides the
// embedded sample). The list is fixed so that a corpus added to testdata/
// later does not change the golden files.
var Names = []string{"alaska-summit-2025", "assembly-no-confidence", "aviation-door-plug", "court-fraud-trial", "dairy-takeover-bid",
	"harbour-bridge-strike", "hospital-ransomware", "wildfire-evacuation"}

// Load returns the embedded sample and the corpora of Names under
// testdata (the repository's testdata folder, relative to the calling
// test), each with every sentence of every paragraph (all roles).
func Load(tb testing.TB, testdata string) []Corpus {
	tb.Helper()
	out := []Corpus{{Name: "sample", Sents: sentences(data.Sample())}}
	for _, name := range Names {
		d := filepath.Join(testdata, name, "articles")
		ss := sentences(data.Load([]string{d}, data.Options{}))
		if len(ss) == 0 {
			tb.Fatalf("%s: no sentences loaded", d)
		}
		out = append(out, Corpus{Name: name, Sents: ss})
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

// Check compares got with the golden file at path and fails at the first
// differing line; with update it rewrites the file instead.
func Check(tb testing.TB, path string, got []byte, update bool) {
	tb.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read %s: %v (run with -update to create it)", path, err)
	}
	if bytes.Equal(got, want) {
		return
	}
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
			tb.Fatalf("output differs from %s at line %d:\n got: %s\nwant: %s", path, i+1, g, w)
		}
	}
}
