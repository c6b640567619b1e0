package ui

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/charmbracelet/x/exp/golden" // registers -update
	"storyline/data"
	"storyline/timeline"
)

// updating reports whether -update was given (the flag is registered by
// x/exp/golden, which teatest uses too).
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenScreens are the keys that reach each screen from the timeline.
var goldenScreens = []struct {
	name     string
	keys     []string
	problems bool // keep the load-problems panel open
}{
	{"timeline", nil, false},
	{"problems", nil, true},
	{"event", []string{"j", "enter"}, false},
	{"source", []string{"j", "enter", "j", "enter"}, false},
	{"outlets", []string{"o", "j", "space"}, false},
	{"filtered", []string{"o", "j", "space", "j", "space", "esc"}, false},
	{"search", []string{"/", "type:press"}, false},
	{"export", []string{"e"}, false},
	{"quotes", []string{"\""}, false},
	{"coverage", []string{"m", "j"}, false},
	{"help", []string{"?"}, false},
}

var goldenSizes = [][2]int{{80, 24}, {120, 40}, {40, 12}}

// checkGolden compares got with testdata/name.golden (or rewrites it).
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if updating() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run GoldenSample -update-sample -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test ./ui -run Golden -update to accept):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// TestGolden renders every screen at three sizes on the fixture story and
// compares the text (styles stripped) with the golden files.
func TestGolden(t *testing.T) {
	for _, sc := range goldenScreens {
		for _, sz := range goldenSizes {
			name := fmt.Sprintf("%s_%dx%d", sc.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				c, tl := fixture()
				d := newDriver(t, c, tl, Options{}, sz[0], sz[1])
				if !sc.problems {
					d.keys("esc")
				}
				d.keys(sc.keys...)
				got := d.screen()
				assertFits(t, got, sz[0], sz[1])
				checkGolden(t, name, got)
			})
		}
	}
}

// sampleSnapshot is the engine's timeline of the embedded sample, frozen
// in testdata (rewritten with -update-sample) so that the sample goldens
// change only when the UI does, however the engine is changing meanwhile.
const sampleSnapshot = "testdata/sample_timeline.json"

// updateSample refreshes the frozen sample timeline from the engine.
var updateSample = flag.Bool("update-sample", false, "rewrite "+sampleSnapshot+" from the engine (then -update the goldens)")

// sampleTimeline returns the frozen sample timeline, refreshing it from the
// engine with -update-sample.
func sampleTimeline(t *testing.T) *timeline.Timeline {
	t.Helper()
	if *updateSample {
		tl := timeline.Build(data.Sample())
		if len(tl.Events) == 0 {
			t.Fatal("the engine builds no events from the sample")
		}
		b, err := json.MarshalIndent(tl, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(sampleSnapshot, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(sampleSnapshot)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run GoldenSample -update-sample -update)", err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatal(err)
	}
	return &tl
}

// TestGoldenSample renders the real sample story (the engine's timeline,
// frozen in testdata) on the timeline and event screens.
func TestGoldenSample(t *testing.T) {
	tl := sampleTimeline(t)
	for _, sc := range []struct {
		name string
		keys []string
	}{{"sample_timeline", nil}, {"sample_event", []string{"G", "enter"}}, {"sample_coverage", []string{"m"}}} {
		for _, sz := range [][2]int{{120, 40}, {80, 24}} {
			name := fmt.Sprintf("%s_%dx%d", sc.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				d := newDriver(t, data.Sample(), tl, Options{}, sz[0], sz[1])
				d.keys("esc")
				d.keys(sc.keys...)
				got := d.screen()
				assertFits(t, got, sz[0], sz[1])
				checkGolden(t, name, got)
			})
		}
	}
}

// TestLiveSample renders the sample as the engine builds it now: every
// screen fits, every event can be reached and opened.
func TestLiveSample(t *testing.T) {
	t.Chdir(t.TempDir())
	c := data.Sample()
	tl := timeline.Build(c)
	if len(tl.Events) == 0 {
		t.Skip("the engine builds no events from the sample")
	}
	d := newDriver(t, c, tl, Options{}, 100, 30)
	d.keys("esc", "g") // from the top: the app starts past the background events
	for i := range tl.Events {
		d.keys("enter")
		d.has(fmt.Sprintf("#%d ", tl.Events[i].Rank))
		d.keys("enter", "n", "esc", "esc", "j")
		assertFits(t, d.screen(), 100, 30)
	}
	for _, path := range screensOf {
		d.keys("esc", "esc", "esc")
		d.keys(path...)
		assertFits(t, d.screen(), 100, 30)
	}
}

// assertFits fails when a screen is larger than the window.
func assertFits(t testing.TB, screen string, w, h int) {
	t.Helper()
	if screen == "" {
		return
	}
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Fatalf("%d lines in a %d-line window", len(lines), h)
	}
	for i, l := range lines {
		if lw := displayWidth(l); lw > w {
			t.Fatalf("line %d is %d cells in a %d-cell window: %q", i, lw, w, l)
		}
	}
}

// TestMarkdownSyntaxHidden: evidence from a Markdown live blog is shown
// without its bold stamps and link syntax, in the event screen and in the
// source screen, with the words themselves intact.
func TestMarkdownSyntaxHidden(t *testing.T) {
	dir := t.TempDir()
	md := "---\noutlet: Example Courier\npublished: 2027-02-16T20:00:00Z\n---\n# Live: storm closes the coast road\n\n" +
		"**12:15** — The council [closed the coast road](https://example.com/a) after a landslip near the harbour.\n\n" +
		"**14:40** — Crews began clearing the landslip, the council said.\n"
	if err := os.WriteFile(filepath.Join(dir, "blog.md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	c := data.Load([]string{dir}, data.Options{})
	tl := timeline.Build(c)
	k := -1
	for i, e := range tl.Events {
		for _, ev := range e.Evidence {
			if strings.Contains(ev.Text, "closed the coast road") {
				k = i
			}
		}
	}
	if k < 0 {
		t.Fatalf("no event holds the closure: %+v", tl.Events)
	}
	d := newDriver(t, c, tl, Options{}, 100, 30)
	d.keys("esc", "g")
	for i := 0; i < k; i++ {
		d.keys("j")
	}
	d.keys("enter")
	d.has("12:15 — The council closed the coast road")
	d.lacks("**", "](")
	d.keys("enter")
	d.has("closed the coast road after a landslip")
	d.lacks("**", "](https")
}
