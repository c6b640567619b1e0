package compare

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/data"
)

var (
	updateGolden = flag.Bool("update", false, "rewrite testdata/golden.jsonl from the current output")
	updateInput  = flag.Bool("update-input", false, "rewrite testdata/golden_input.json from the corpora as package data loads them now")
)

// goldenCorpora are the corpora of the golden guard: the embedded sample
// and every evaluation corpus in testdata/.
var goldenCorpora = []string{"sample", "alaska-summit-2025", "aviation-door-plug", "court-fraud-trial", "hospital-ransomware", "wildfire-evacuation"}

// corpusSentences returns the evidence sentences (body and caption) of a
// corpus, each source's sentences in source order.
func corpusSentences(c *data.Corpus) []Sentence {
	var out []Sentence
	for _, s := range c.Sources {
		for pi, p := range s.Paragraphs {
			if !p.Role.Evidence() {
				continue
			}
			for _, se := range p.Sentences {
				out = append(out, Sentence{Source: s.ID, Outlet: s.Outlet, Text: se.Text, Role: string(p.Role), Start: se.Start, End: se.End, Para: pi})
			}
		}
	}
	return out
}

func loadGoldenCorpus(t testing.TB, name string) *data.Corpus {
	t.Helper()
	if name == "sample" {
		return data.Sample()
	}
	c := data.Load([]string{filepath.Join("..", "..", "testdata", name, "articles")}, data.Options{})
	if len(c.Sources) == 0 {
		t.Fatalf("%s: no sources loaded", name)
	}
	return c
}

// pseudoEvents groups the evidence sentences of a corpus into events the
// way the engine hands them to Disagreements: the k-th window of size
// sentences of every source is one event. With trigger set, each evidence
// gets a trigger span (the first word ending in "ed" or "s" after the
// first third of the sentence) so that clause scoping is exercised.
func pseudoEvents(sents []Sentence, size int, trigger bool) [][]Evidence {
	var order []string
	per := map[string][]Sentence{}
	for _, s := range sents {
		if _, ok := per[s.Source]; !ok {
			order = append(order, s.Source)
		}
		per[s.Source] = append(per[s.Source], s)
	}
	var out [][]Evidence
	for w := 0; ; w++ {
		var ev []Evidence
		any := false
		for _, src := range order {
			ss := per[src]
			for i := w * size; i < (w+1)*size && i < len(ss); i++ {
				any = true
				s := ss[i]
				e := Evidence{Source: s.Source, Outlet: s.Outlet, Text: s.Text, Start: s.Start, End: s.End, Role: s.Role, Main: true}
				if trigger {
					e.TriggerStart, e.TriggerEnd = -1, -1
					for _, tk := range tokenize(s.Text) {
						if tk.Word && tk.Start() >= len(s.Text)/3 && (strings.HasSuffix(tk.Text, "ed") || strings.HasSuffix(tk.Text, "s")) {
							e.TriggerStart, e.TriggerEnd = tk.Start(), tk.End()
							break
						}
					}
				}
				ev = append(ev, e)
			}
		}
		if !any {
			return out
		}
		out = append(out, ev)
	}
}

// goldenNames is a deterministic name canonicaliser: multi-word names get
// a marker, single words are left to the default ("" keeps them).
func goldenNames(s string) string {
	if strings.Contains(s, " ") {
		return "N:" + strings.ToUpper(s)
	}
	return ""
}

// goldenCorpus is the input of the golden guard for one corpus: its
// evidence sentences and outlets as package data loaded them when the
// golden file was made. The input is frozen in testdata/golden_input.json
// so that changes of the loader or the sentence splitter (other packages)
// do not show up as changes of this package's output.
type goldenCorpus struct {
	Name      string     `json:"name"`
	Outlets   []string   `json:"outlets"`
	Sentences []Sentence `json:"sentences"`
}

func liveGoldenInput(t testing.TB) []goldenCorpus {
	var out []goldenCorpus
	for _, name := range goldenCorpora {
		c := loadGoldenCorpus(t, name)
		gc := goldenCorpus{Name: name, Sentences: corpusSentences(c)}
		for _, s := range c.Sources {
			gc.Outlets = append(gc.Outlets, s.Outlet)
		}
		out = append(out, gc)
	}
	return out
}

func readGoldenInput(t testing.TB) []goldenCorpus {
	t.Helper()
	path := filepath.Join("testdata", "golden_input.json")
	if *updateInput {
		b, err := json.MarshalIndent(liveGoldenInput(t), "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden input: %v", err)
	}
	var in []goldenCorpus
	if err := json.Unmarshal(b, &in); err != nil {
		t.Fatalf("golden input: %v", err)
	}
	if len(in) != len(goldenCorpora) {
		t.Fatalf("golden input has %d corpora, want %d", len(in), len(goldenCorpora))
	}
	return in
}

// goldenDump runs Quotes, Facts, Disagreements and Coverage over every
// golden corpus and returns one JSON line per result.
func goldenDump(t testing.TB, input []goldenCorpus) []byte {
	var buf bytes.Buffer
	line := func(parts ...any) {
		b, err := json.Marshal(parts)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	for _, gc := range input {
		name, sents := gc.Name, gc.Sentences
		for _, named := range []bool{false, true} {
			var names func(string) string
			if named {
				names = goldenNames
			}
			for _, q := range Quotes(sents, names) {
				line(name, "quote", named, q)
			}
		}
		outlets := gc.Outlets
		for _, cfg := range []struct {
			size    int
			trigger bool
		}{{3, false}, {5, true}, {1 << 20, false}} {
			evs := pseudoEvents(sents, cfg.size, cfg.trigger)
			var ee []EventEvidence
			for i, ev := range evs {
				line(name, "facts", cfg.size, cfg.trigger, i, Facts(ev, nil))
				line(name, "disagreements", cfg.size, cfg.trigger, i, Disagreements(ev, nil))
				line(name, "disagreements-named", cfg.size, cfg.trigger, i, Disagreements(ev, goldenNames))
				ee = append(ee, EventEvidence{ID: "e" + string(rune('a'+i%26)) + strings.Repeat("x", i/26), Evidence: ev})
			}
			line(name, "coverage", cfg.size, cfg.trigger, Coverage(ee, outlets, goldenNames))
		}
	}
	return buf.Bytes()
}

// TestGolden guards the output of the package over the sample and every
// evaluation corpus (their sentences frozen in testdata/golden_input.json):
// it must stay byte-identical to testdata/golden.jsonl. After an intended
// change of output, regenerate with go test -run TestGolden -update and
// review the diff; -update-input re-reads the corpora first.
func TestGolden(t *testing.T) {
	got := goldenDump(t, readGoldenInput(t))
	path := filepath.Join("testdata", "golden.jsonl")
	if *updateGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden: %v (run with -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("golden line %d differs:\n got: %.600s\nwant: %.600s", i+1, g, w)
		}
	}
	t.Fatal("golden output differs")
}

// TestGoldenHasContent makes sure the golden file is not vacuous: it holds
// quotes, facts and disagreements of every corpus.
func TestGoldenHasContent(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "golden.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	dump := string(b)
	for _, name := range goldenCorpora {
		for _, kind := range []string{"quote", "facts", "disagreements"} {
			if !strings.Contains(dump, `["`+name+`","`+kind+`"`) {
				t.Errorf("%s: no %s lines", name, kind)
			}
		}
	}
	if !strings.Contains(dump, `"verdict":"conflicting"`) || !strings.Contains(dump, `"match":"verbatim"`) {
		t.Error("golden dump lacks conflicting disagreements or verbatim quotes")
	}
}

// TestLiveCorpora runs the package over the corpora as package data loads
// them today (the golden input may be older): every corpus still gives
// quotes and facts, and the output is deterministic.
func TestLiveCorpora(t *testing.T) {
	live := liveGoldenInput(t)
	a, b := goldenDump(t, live), goldenDump(t, live)
	if !bytes.Equal(a, b) {
		t.Fatal("output differs between two runs over the same input")
	}
	for _, name := range goldenCorpora {
		for _, kind := range []string{"quote", "facts"} {
			if !bytes.Contains(a, []byte(`["`+name+`","`+kind+`"`)) {
				t.Errorf("%s: no %s lines", name, kind)
			}
		}
	}
}
