package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"storyline/data"
	"storyline/timeline"
)

// evil is article text that tries to take over the terminal: screen
// clear, OSC 52 clipboard write, OSC 8 link, window title, C1 CSI, DCS,
// bidi override, a bare BEL and a NUL.
const evil = "\x1b[2J\x1b[H\x1b]52;c;cm0gLXJmIH4=\x07\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\" +
	"\x1b]0;pwned\x07\u009b31m\u0090qdcs\u009c\u202egnp.exe\u2066\x07\x00"

// maliciousFixture puts evil into every article-derived string the UI
// shows: titles, outlet names, evidence, article paragraphs, quotes,
// places, people, durations, disagreement notes, load problems.
func maliciousFixture() (*data.Corpus, *timeline.Timeline) {
	outlet := "Evil" + evil + "Times"
	src := mkSource("evil"+evil, outlet, "Headline "+evil,
		para{data.RoleTitle, "Headline " + evil},
		para{data.RoleByline, "By " + evil},
		para{data.RoleBody, "The summit began at noon " + evil + " in the hall. Talks " + evil + " ended late."},
		para{data.RoleCaption, "Caption " + evil},
	)
	ev := evidence(src, "summit began", "began")
	ev2 := evidence(src, "ended late", "ended")
	e := timeline.Event{ID: "e1" + evil, Rank: 1, Title: "Summit " + evil, Summary: "Sum " + evil, Status: timeline.StatusPlanned,
		When:  timeline.When{Text: "noon " + evil, Date: "2030-01-02", Time: "12:00", Zone: evil, Relative: evil, Precision: "exact"},
		Where: "Hall " + evil, Who: []string{"Person " + evil},
		Durations: []timeline.Duration{{Outlet: outlet, Source: src.ID, Text: "three hours " + evil}},
		Outlets:   []string{outlet},
		Evidence:  []timeline.Evidence{ev, ev2},
		Disagreements: []timeline.Disagreement{{Fact: "duration" + evil, Verdict: "conflicting", Note: "a vs b " + evil,
			Sides: []timeline.Side{{Value: "1 " + evil, Outlets: []string{outlet}}, {Value: "2" + evil, Outlets: []string{outlet}}}}},
		Quotes: []string{"q" + evil},
	}
	e2 := e
	e2.ID, e2.Rank, e2.Background = "e2", 2, true
	q := timeline.Quote{ID: "q" + evil, Speaker: "Speaker " + evil, Event: e.ID, Match: "verbatim" + evil, Outlets: []string{outlet},
		Versions: []timeline.QuoteVersion{{Text: "quote " + evil, Outlets: []string{outlet}}, {Text: "other " + evil, Outlets: []string{outlet}}}}
	// story-wide: one side in both events, one in a sentence of no event,
	// and an event id that names no event
	story := timeline.Disagreement{Fact: "count" + evil, Verdict: "conflicting" + evil, Note: "3 vs 4 " + evil,
		Events: []string{e.ID, "e2", "gone" + evil},
		Sides: []timeline.Side{{Value: "3 " + evil, Outlets: []string{outlet}, Evidence: []timeline.Evidence{ev}},
			{Value: "4 " + evil, Outlets: []string{outlet, "Other" + evil}, Evidence: []timeline.Evidence{{Source: src.ID, Outlet: outlet, Text: "x" + evil, Start: 0, End: 1}}}}}
	t := &timeline.Timeline{Title: "Story " + evil, Slug: "evil" + evil,
		Sources: []timeline.SourceRef{{ID: src.ID, Path: "p/" + evil, Outlet: outlet, Title: "T " + evil, Published: evil}},
		Outlets: []timeline.Outlet{{Name: outlet, Sources: []string{src.ID}, Events: 2}},
		Events:  []timeline.Event{e, e2}, Quotes: []timeline.Quote{q}, Disagreements: []timeline.Disagreement{story}}
	src.Problems = []string{"repaired " + evil}
	c := &data.Corpus{Name: "evil", Sources: []*data.Source{src}, Problems: []data.Problem{{Path: "x/" + evil, Reason: "bad " + evil}}}
	return c, t
}

// assertInert fails if a plain-mode screen holds any control character
// but newline, or a bidi control: with styling off the app writes no
// escape of its own, so any would have come from the article.
func assertInert(t testing.TB, where, screen string) {
	t.Helper()
	for i, r := range screen {
		bad := (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
		if r == utf8.RuneError {
			bad = true
		}
		if bad {
			lo, hi := max(i-30, 0), min(i+30, len(screen))
			t.Fatalf("%s: raw %U in view at %d: %q", where, r, i, screen[lo:hi])
		}
	}
}

// maliciousPaths reach every screen of the malicious fixture.
var maliciousPaths = [][]string{
	nil, {"esc"}, {"esc", "enter"}, {"esc", "enter", "enter"}, {"esc", "enter", "enter", "n"},
	{"esc", "enter", "j", "enter"}, {"esc", "o"}, {"esc", "\""}, {"esc", "m"}, {"esc", "?"},
	{"esc", "e"}, {"esc", "/", "type:summit"}, {"esc", "/", "type:zz", "enter"}, {"esc", "j", "tab"},
	{"esc", "m", "G"}, {"esc", "m", "G", "enter"},
}

// TestMaliciousArticle: no escape byte from an article survives into the
// view, on any screen, at any of the golden sizes.
func TestMaliciousArticle(t *testing.T) {
	t.Chdir(t.TempDir()) // an export may be written
	for _, sz := range goldenSizes {
		for _, path := range maliciousPaths {
			c, tl := maliciousFixture()
			d := newDriver(t, c, tl, Options{}, sz[0], sz[1])
			d.keys(path...)
			where := fmt.Sprintf("%dx%d %v", sz[0], sz[1], path)
			v := d.m.View().Content
			assertInert(t, where, v)
			assertFits(t, v, sz[0], sz[1])
			if !strings.Contains(v, `\x1b`) && sz[0] >= 80 && len(path) > 0 && path[len(path)-1] != "?" && path[len(path)-1] != "e" {
				// the attempt stays visible (except on screens that show no article text)
				t.Logf("%s: no visible escape shown", where)
			}
		}
	}
}

// TestMaliciousVisible: the neutralised sequences are shown, not dropped.
func TestMaliciousVisible(t *testing.T) {
	c, tl := maliciousFixture()
	d := newDriver(t, c, tl, Options{}, 200, 60)
	d.keys("esc", "enter", "enter")
	d.has(`\x1b[2J`, `\x1b]52;c;`, `\u202e`)
}

// screensOf are key paths that reach every screen (fixture story).
var screensOf = [][]string{
	nil, {"esc"}, {"esc", "j", "enter"}, {"esc", "j", "enter", "enter"}, {"esc", "o"}, {"esc", "e"},
	{"esc", "\""}, {"esc", "m"}, {"esc", "m", "G"}, {"esc", "?"}, {"esc", "/", "type:ab"}, {"esc", "j", "tab"},
}

// TestAnySize: every screen, at sizes from 1×1 to 400×200, renders
// without panicking and within the window.
func TestAnySize(t *testing.T) {
	t.Chdir(t.TempDir()) // an export may be written
	ws := []int{1, 2, 3, 5, 8, 13, 20, 39, 40, 41, 59, 60, 61, 79, 99, 100, 101, 160, 400}
	hs := []int{1, 2, 3, 4, 6, 9, 11, 12, 13, 16, 24, 40, 100, 200}
	for _, path := range screensOf {
		c, tl := fixture()
		d := newDriver(t, c, tl, Options{}, 80, 24)
		d.keys(path...)
		for _, w := range ws {
			for _, h := range hs {
				d.send(windowSize(w, h))
				s := d.screen()
				assertFits(t, s, w, h)
				if (w < minWidth || h < minHeight) && !strings.Contains(s, "terminal") && w >= 20 {
					t.Fatalf("%dx%d: no too-small notice: %q", w, h, s)
				}
			}
		}
	}
}

// TestEdgeTimelines: empty timeline, one outlet, nil corpus, 10,000 events.
func TestEdgeTimelines(t *testing.T) {
	t.Chdir(t.TempDir()) // an export may be written
	oneOutlet := func() (*data.Corpus, *timeline.Timeline) {
		c, tl := fixture()
		tl.Outlets = tl.Outlets[:1]
		var evs []timeline.Event
		for _, e := range tl.Events {
			if contains(e.Outlets, tl.Outlets[0].Name) {
				evs = append(evs, e)
			}
		}
		tl.Events = evs
		return c, tl
	}
	tests := []struct {
		name string
		make func() (*data.Corpus, *timeline.Timeline)
		has  string
	}{
		{"empty", func() (*data.Corpus, *timeline.Timeline) { return &data.Corpus{}, &timeline.Timeline{} }, "No events found"},
		{"nil", func() (*data.Corpus, *timeline.Timeline) { return nil, nil }, "No events found"},
		{"one outlet", oneOutlet, "Ferry strike"},
		{"10000 events", func() (*data.Corpus, *timeline.Timeline) { return bigTimeline(10000) }, "10000/10000 events"},
		{"40 outlets", func() (*data.Corpus, *timeline.Timeline) {
			c, tl := fixture()
			for i := len(tl.Outlets); i < 40; i++ {
				tl.Outlets = append(tl.Outlets, timeline.Outlet{Name: fmt.Sprintf("Outlet %02d", i)})
			}
			return c, tl
		}, " 5/40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, tl := tt.make()
			d := newDriver(t, c, tl, Options{}, 120, 40)
			d.keys("esc") // the load-problems panel, if any
			d.has(tt.has)
			for _, path := range screensOf {
				d.keys("esc", "esc", "esc")
				d.keys(path...)
				d.keys("G", "pgup", "enter", "n", "esc", "tab", "k")
				for _, sz := range [][2]int{{40, 12}, {80, 24}, {120, 40}} {
					d.send(windowSize(sz[0], sz[1]))
					assertFits(t, d.screen(), sz[0], sz[1])
				}
			}
		})
	}
}

// fuzzKeys are the keys the fuzzer presses.
var fuzzKeys = []string{
	"up", "down", "j", "k", "g", "G", "pgup", "pgdown", "enter", "l", "right", "esc", "h", "left", "backspace",
	"tab", "o", "space", "a", "x", "/", "e", "\"", "m", "?", "n", "N", "p", "y", "z", "1", "ctrl+u", "home", "end",
}

// FuzzUpdate drives Update with random key and resize sequences: View must
// never panic, never exceed the window, and never let article escapes out.
func FuzzUpdate(f *testing.F) {
	f.Add([]byte{8, 8, 0xff, 40, 12, 21, 16, 0, 2})
	f.Add([]byte{1, 1, 8, 8, 9, 3, 0xff, 1, 1, 11, 20, 8})
	f.Add([]byte("\x10\x12\x13\x14\x15\x08\x0e\x0f\xff\xc8\x64"))
	f.Fuzz(func(t *testing.T, ops []byte) {
		t.Chdir(t.TempDir()) // exports land here
		if len(ops) > 200 {
			ops = ops[:200]
		}
		c, tl := maliciousFixture()
		if len(ops) > 0 && ops[0]%2 == 0 {
			c, tl = fixture()
		}
		d := newDriver(t, c, tl, Options{}, 80, 24)
		w, h := 80, 24
		for i := 0; i < len(ops); i++ {
			op := ops[i]
			if op == 0xff && i+2 < len(ops) {
				w, h = int(ops[i+1])%401, int(ops[i+2])%201
				d.send(tea.WindowSizeMsg{Width: w, Height: h})
				i += 2
			} else {
				k := fuzzKeys[int(op)%len(fuzzKeys)]
				if k == "space" || !strings.ContainsAny(k, "q") {
					d.send(keyMsg(k))
				}
			}
			v := d.m.View().Content
			assertFits(t, v, w, h)
			assertInert(t, fmt.Sprintf("after %v", ops[:i+1]), v)
		}
	})
}

// BenchmarkKeypress is one key press (Update + View) at 500 events in the
// wide layout: it must stay well under a 16 ms frame.
func BenchmarkKeypress(b *testing.B) {
	c, tl := bigTimeline(500)
	d := newDriver(b, c, tl, Options{}, 160, 50)
	m := d.m
	m.c.Styles = newStyles(true, modeColor)
	m.resize()
	down, up := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if (i/250)%2 == 1 {
			k = up
		}
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkKeypress10k is the same at 10,000 events (for information).
func BenchmarkKeypress10k(b *testing.B) {
	c, tl := bigTimeline(10000)
	d := newDriver(b, c, tl, Options{}, 160, 50)
	m := d.m
	m.c.Styles = newStyles(true, modeColor)
	m.resize()
	k := keyMsg("j")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(k)
		_ = m.View()
	}
}

// TestKeypressBudget: one key press at 500 events fits in a 16 ms frame.
func TestKeypressBudget(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test: not with -short or -race")
	}
	r := testing.Benchmark(BenchmarkKeypress)
	per := time.Duration(r.NsPerOp())
	t.Logf("one key press (Update + View) at 500 events: %v", per)
	if per > 16*time.Millisecond {
		t.Fatalf("a key press takes %v, more than one 16 ms frame", per)
	}
}
