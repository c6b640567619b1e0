package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/timeline"
)

// TestNavigation walks the screens by keyboard and checks where it lands.
func TestNavigation(t *testing.T) {
	tests := []struct {
		name   string
		w, h   int
		keys   []string
		cursor string   // the cursor line contains this ("" = no check)
		has    []string // the screen contains these
		lacks  []string
	}{
		{"start on first event", 80, 24, nil, "Ministerial visit", []string{"8/8 events", "5/5 outlets"}, nil},
		{"down", 80, 24, []string{"j"}, "Union and operator", nil, nil},
		{"arrow down twice", 80, 24, []string{"down", "down"}, "Deal announced", nil, nil},
		{"up stops at top", 80, 24, []string{"k", "up"}, "Ministerial visit", nil, nil},
		{"G bottom", 80, 24, []string{"G"}, "Earlier strike", nil, nil},
		{"g top", 80, 24, []string{"G", "g"}, "Ministerial visit", nil, nil},
		{"pgdown clamps", 80, 24, []string{"pgdown"}, "Earlier strike", nil, nil},
		{"enter opens event", 80, 24, []string{"j", "enter"}, "Union leaders met", []string{"#2 Union and operator", "Where the outlets differ", "Evidence (7)"}, []string{"Ministerial"}},
		{"l opens event", 80, 24, []string{"l"}, "", []string{"#1 Ministerial visit"}, nil},
		{"right opens event", 80, 24, []string{"right"}, "", []string{"#1 Ministerial visit"}, nil},
		{"esc back to timeline", 80, 24, []string{"j", "enter", "esc"}, "Union and operator", []string{"Deal announced"}, nil},
		{"h back", 80, 24, []string{"j", "enter", "h"}, "Union and operator", nil, nil},
		{"backspace back", 80, 24, []string{"j", "enter", "backspace"}, "Union and operator", nil, nil},
		{"evidence cursor", 80, 24, []string{"j", "enter", "j", "j"}, "Negotiators met", nil, nil},
		{"source opens chosen sentence", 80, 24, []string{"j", "enter", "j", "j", "enter"}, "", []string{"2 Coastal Times", "Deal reached in ferry dispute", "fixtures/b1.txt", "Negotiators met"}, []string{"Evidence (7)"}},
		{"source back to event", 80, 24, []string{"j", "enter", "j", "j", "enter", "esc"}, "Negotiators met", []string{"Evidence (7)"}, nil},
		{"n jumps to next evidence", 80, 24, []string{"j", "enter", "enter", "n"}, "", []string{"sentence 2/2"}, nil},
		{"N wraps around", 80, 24, []string{"j", "enter", "enter", "N"}, "", []string{"sentence 2/2"}, nil},
		{"wide shows both panes", 120, 40, []string{"j"}, "", []string{"Union and operator", "#2 Union and operator", "Evidence (7)"}, nil},
		{"wide tab focuses event", 120, 40, []string{"j", "tab", "j"}, "", []string{"#2 Union"}, nil},
		{"quotes screen", 80, 24, []string{"\""}, "We will sail again", []string{"union chief"}, nil},
		{"quote opens its event", 80, 24, []string{"\"", "enter"}, "", []string{"#5 Union chief speaks"}, nil},
		{"coverage opens event", 80, 24, []string{"m", "j", "j", "enter"}, "", []string{"#3 Deal announced"}, nil},
		{"coverage lists differences", 80, 24, []string{"m"}, "Ministerial visit",
			[]string{"Differences across events", "≠ date: Tuesday vs Wednesday · in #2, #6", "2030-03-04 — 5 Northern Star", "10 d — 4 Island Wire"}, nil},
		{"coverage cursor walks into differences", 80, 24, []string{"m", "G", "k"}, "≠ date: Tuesday vs Wednesday", nil, nil},
		{"coverage cursor past the events", 80, 24, []string{"m", "pgdown", "pgdown"}, "≠ duration: two weeks vs ten days", nil, nil},
		{"coverage difference opens its first event", 80, 24, []string{"m", "G", "k", "enter"}, "Union leaders met", []string{"#2 Union and operator"}, []string{"Coverage"}},
		{"coverage difference in the background", 80, 24, []string{"m", "G", "enter"}, "", []string{"#8 Earlier strike"}, nil},
		{"coverage scrolls to a difference", 40, 12, []string{"m", "G"}, "duration: two weeks", []string{"10 d — 4 Island Wire"}, []string{"Ministerial"}},
		{"coverage scrolls back to the top", 40, 12, []string{"m", "G", "g"}, "Ministerial", nil, []string{"10 d"}},
		{"coverage difference hidden by search", 80, 24, []string{"/", "type:march", "enter", "m", "G", "enter"}, "",
			[]string{"none of this difference's events is in the current view", "Coverage"}, nil},
		{"event lists story-wide differences", 80, 24, []string{"j", "enter"}, "Union leaders met",
			[]string{"≠ date across events: conflicting — Tuesday vs Wednesday", "2030-03-03 — 4 Island Wire · this event; #6 Ferry services resume",
				"2030-03-04 — 5 Northern Star · no event"}, []string{"two weeks vs ten days"}},
		{"other event of a story-wide difference", 80, 24, []string{"G", "k", "k", "enter"}, "",
			[]string{"#6 Ferry services resume", "date across events", "this event; #2 Union and operator"}, []string{"two weeks vs ten days"}},
		{"story-wide difference of a background event", 80, 24, []string{"G", "enter"}, "",
			[]string{"≠ duration across events: conflicting — two weeks vs ten days", "14 d — 3 Evening Ledger · this event", "10 d — 4 Island Wire · no event"},
			[]string{"Tuesday vs Wednesday"}},
		{"help and back", 80, 24, []string{"?", "esc"}, "Ministerial", nil, []string{"Legend"}},
		{"help toggles", 80, 24, []string{"?"}, "", []string{"Legend", "◇ planned"}, nil},
		{"problems reopen", 80, 24, []string{"p"}, "", []string{"fixtures/broken.pdf"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixtureDriver(t, tt.w, tt.h)
			d.keys(tt.keys...)
			if tt.cursor != "" && !strings.Contains(d.cursorLine(), tt.cursor) {
				t.Fatalf("cursor line %q lacks %q:\n%s", d.cursorLine(), tt.cursor, d.screen())
			}
			d.has(tt.has...)
			d.lacks(tt.lacks...)
			if d.quit {
				t.Fatal("quit unexpectedly")
			}
		})
	}
}

// TestQuit: q and ctrl+c quit, but q typed into a text field does not.
func TestQuit(t *testing.T) {
	tests := []struct {
		keys []string
		quit bool
	}{
		{[]string{"q"}, true},
		{[]string{"ctrl+c"}, true},
		{[]string{"j", "enter", "q"}, true},
		{[]string{"/", "q"}, false},
		{[]string{"/", "ctrl+c"}, true},
		{[]string{"e", "q"}, false},
		{[]string{"/", "q", "enter", "q"}, true},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			d := fixtureDriver(t, 80, 24)
			d.keys(tt.keys...)
			if d.quit != tt.quit {
				t.Fatalf("quit = %v, want %v", d.quit, tt.quit)
			}
		})
	}
}

// TestOutletFilter checks that the selection drives the status bar, the
// header and the event list, and that it matches the filtered timeline.
func TestOutletFilter(t *testing.T) {
	_, full := fixture()
	tests := []struct {
		name     string
		preset   []string
		keys     []string
		selected []string
		status   string
	}{
		{"all by default", nil, nil, []string{"Harbour Daily", "Coastal Times", "Evening Ledger", "Island Wire", "Northern Star"}, "5/5 outlets"},
		{"space toggles off", nil, []string{"o", "space", "esc"}, []string{"Coastal Times", "Evening Ledger", "Island Wire", "Northern Star"}, "4/5 outlets"},
		{"x none", nil, []string{"o", "x", "esc"}, nil, "0/5 outlets"},
		{"x then two", nil, []string{"o", "x", "space", "j", "space", "esc"}, []string{"Harbour Daily", "Coastal Times"}, "2/5 outlets"},
		{"a all again", nil, []string{"o", "x", "a", "esc"}, []string{"Harbour Daily", "Coastal Times", "Evening Ledger", "Island Wire", "Northern Star"}, "5/5 outlets"},
		{"preset", []string{"island wire", "Northern Star"}, nil, []string{"Island Wire", "Northern Star"}, "2/5 outlets"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, tl := fixture()
			d := newDriver(t, c, tl, Options{Outlets: tt.preset}, 80, 24)
			d.keys("esc")
			d.keys(tt.keys...)
			got := d.m.c.State.SelectedNames()
			if strings.Join(got, ",") != strings.Join(tt.selected, ",") {
				t.Fatalf("selected %v, want %v", got, tt.selected)
			}
			d.has(tt.status)
			want := filterOutlets(full, tt.selected, len(tt.selected) == len(full.Outlets))
			if n := len(d.m.c.State.View.Events); n != len(want.Events) {
				t.Fatalf("%d events shown, want %d", n, len(want.Events))
			}
			for _, e := range d.m.c.State.View.Events {
				for _, ev := range e.Evidence {
					if !contains(tt.selected, ev.Outlet) {
						t.Fatalf("event %s shows evidence of %s", e.ID, ev.Outlet)
					}
				}
			}
			if len(tt.selected) == 0 {
				d.has("No outlet selected")
			}
		})
	}
}

// TestStoryDisagreementBadges: the ≠ badge of a row counts the event's own
// conflicting disagreements and the story-wide ones that involve it, in
// the filtered view.
func TestStoryDisagreementBadges(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want map[string][2]int // event id → conflicting, compatible
		rows []string          // rows (rank and title start) with their badge
	}{
		{"all outlets", nil,
			map[string][2]int{"meeting-talks": {2, 0}, "resumption-services": {1, 0}, "strike-2019": {1, 0}, "announcement-deal": {0, 0}},
			[]string{"≠2", "Ferry services resume", "≠1"}},
		{"a side filtered out drops the difference", []string{"o", "G", "space", "esc"},
			map[string][2]int{"meeting-talks": {1, 0}, "resumption-services": {0, 0}, "strike-2019": {1, 0}}, nil},
		{"no outlet", []string{"o", "x", "esc"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixtureDriver(t, 80, 24)
			d.keys(tt.keys...)
			s := d.m.c.State
			if tt.want == nil && (len(s.View.Events) != 0 || len(s.View.Disagreements) != 0) {
				t.Errorf("%d events, %d story-wide disagreements in an empty view", len(s.View.Events), len(s.View.Disagreements))
			}
			for id, want := range tt.want {
				e, found := s.Event(id)
				if !found {
					t.Fatalf("%s not in the view", id)
				}
				c, ok := conflicts(s, e)
				if [2]int{c, ok} != want {
					t.Errorf("%s: conflicts %d, %d; want %v", id, c, ok, want)
				}
			}
			d.has(tt.rows...)
		})
	}
	// a compatible story-wide disagreement is not counted as a conflict
	c, tl := fixture()
	tl.Disagreements[0].Verdict = "compatible"
	s, _ := newState(c, tl, nil)
	e, _ := s.Event("meeting-talks")
	if n, _ := conflicts(s, e); n != 1 {
		t.Errorf("compatible story-wide counted: %d conflicts", n)
	}
	// with no outlet selected the view has no story-wide disagreements
	s.Selected = make([]bool, len(s.Selected))
	s.recompute()
	if len(s.View.Disagreements) != 0 || len(s.StoryDisagreements("meeting-talks")) != 0 {
		t.Errorf("no outlet, yet %d story-wide disagreements", len(s.View.Disagreements))
	}
}

// TestCoverageDifferences: the differences below the coverage matrix name
// their events in timeline order whatever order the engine gave, enter
// opens the first of them in the view, and a difference told only in
// sentences of no event says so.
func TestCoverageDifferences(t *testing.T) {
	c, tl := fixture()
	tl.Disagreements[0].Events = []string{"resumption-services", "meeting-talks", "resumption-services"}
	tl.Disagreements = append(tl.Disagreements, timeline.Disagreement{Fact: "number", Verdict: "conflicting", Note: "90 vs 120",
		Sides: []timeline.Side{{Value: "90", Outlets: []string{"Harbour Daily"}}, {Value: "120", Outlets: []string{"Island Wire"}}}})
	d := newDriver(t, c, tl, Options{}, 80, 30)
	d.keys("esc", "m")
	d.has("≠ date: Tuesday vs Wednesday · in #2, #6 ", "≠ number: 90 vs 120 · in no event", "120 — 4 Island Wire")
	d.lacks("#6, #2", "#6, #6")
	d.keys("G", "enter")
	d.has("this difference is told in sentences of no event", "Coverage")
	d.keys("k", "k", "enter")
	d.has("#2 Union and operator hold talks")
	// the first event hidden by the search: the next one in the view opens
	d = newDriver(t, c, tl, Options{}, 80, 30)
	d.keys("esc", "/", "type:services", "enter", "m", "j", "enter")
	d.has("#6 Ferry services resume")
}

// TestEventPaneStoryWide: an event a story-wide disagreement names but no
// side's sentence was found in still lists it, and names the others.
func TestEventPaneStoryWide(t *testing.T) {
	c, tl := fixture()
	tl.Disagreements[1].Events = append(tl.Disagreements[1].Events, "announcement-deal", "gone")
	d := newDriver(t, c, tl, Options{}, 80, 24)
	d.keys("esc", "G", "enter")
	d.has("14 d — 3 Evening Ledger · this event", "also in #3 Deal announced, strike ends", "also in an event not in this view")
	d.keys("esc", "g", "j", "j", "enter")
	d.has("#3 Deal announced", "≠ duration across events: conflicting — two weeks vs ten days",
		"14 d — 3 Evening Ledger · #8 Earlier strike lasted two weeks", "10 d — 4 Island Wire · no event")
	d.lacks("also in #3")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSearch filters events as the query is typed; esc clears it.
func TestSearch(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string
		count int
		query string
		has   []string
	}{
		{"typing filters", []string{"/", "type:press"}, 1, "press", []string{"Union chief speaks", "enter apply"}},
		{"evidence words count", []string{"/", "type:negotiators"}, 1, "negotiators", []string{"Union and operator"}},
		{"no match", []string{"/", "type:zzz"}, 0, "zzz", []string{"No event matches"}},
		{"enter keeps filter", []string{"/", "type:ferry", "enter"}, -1, "ferry", []string{"search: ferry"}},
		{"esc while typing clears", []string{"/", "type:press", "esc"}, 8, "", nil},
		{"esc after enter clears", []string{"/", "type:press", "enter", "esc"}, 8, "", nil},
		{"backspace edits", []string{"/", "type:pressx", "backspace"}, 1, "press", nil},
		{"j types while searching", []string{"/", "type:j"}, -1, "j", nil},
		{"q types while searching", []string{"/", "type:q"}, -1, "q", []string{"/ q"}},
		{"ctrl+w deletes a word", []string{"/", "type:union chief", "ctrl+w"}, -1, "union ", nil},
		{"ctrl+u deletes to start", []string{"/", "type:press", "left", "ctrl+u"}, -1, "s", nil},
		{"home then typing inserts", []string{"/", "type:ress", "home", "type:p"}, 1, "press", nil},
		{"alt+x does not type", []string{"/", "type:pr", "alt+x"}, -1, "pr", nil},
		{"tab does not type", []string{"/", "type:pr", "tab"}, -1, "pr", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixtureDriver(t, 80, 24)
			d.keys(tt.keys...)
			s := d.m.c.State
			if s.Query != tt.query {
				t.Fatalf("query %q, want %q", s.Query, tt.query)
			}
			if tt.count >= 0 && len(s.View.Events) != tt.count {
				t.Fatalf("%d events, want %d", len(s.View.Events), tt.count)
			}
			for _, e := range s.View.Events {
				if !eventMatches(&e, s.Query) {
					t.Fatalf("event %s does not match %q", e.ID, s.Query)
				}
			}
			d.has(tt.has...)
		})
	}
}

// TestExport writes through the dialog and checks the file and status.
func TestExport(t *testing.T) {
	tests := []struct {
		name      string
		existing  bool
		keys      []string
		file      string // expected file name ("" none)
		status    string
		json      bool
		outlets   []string
		unchanged bool // the existing file must stay as it was
	}{
		{"markdown default", false, []string{"e", "enter"}, "storyline-ferry-strike.md", "exported 8 events", false, nil, false},
		{"json via tab", false, []string{"e", "tab", "enter"}, "storyline-ferry-strike.json", "exported 8 events", true, nil, false},
		{"filtered to two outlets", false, []string{"o", "x", "space", "j", "space", "esc", "e", "enter"}, "storyline-ferry-strike.md", "2/5 outlets", false, []string{"Harbour Daily", "Coastal Times"}, false},
		{"asks before overwrite, n keeps", true, []string{"e", "enter"}, "storyline-ferry-strike.md", "", false, nil, true},
		{"asks before overwrite, y writes", true, []string{"e", "enter", "y"}, "storyline-ferry-strike.md", "exported", false, nil, false},
		{"esc cancels", false, []string{"e", "esc"}, "", "", false, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			if tt.existing {
				if err := os.WriteFile(filepath.Join(dir, "storyline-ferry-strike.md"), []byte("keep me"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			d := fixtureDriver(t, 80, 24)
			d.keys(tt.keys...)
			if tt.existing && len(tt.keys) == 2 {
				d.has("File exists — overwrite? y/n", "storyline-ferry-strike.md")
				d.keys("n")
				d.has("enter export")
			}
			if tt.status != "" {
				d.has(tt.status)
			}
			if tt.file == "" {
				ents, _ := os.ReadDir(dir)
				if len(ents) != 0 {
					t.Fatalf("files written: %v", ents)
				}
				d.lacks("Export")
				return
			}
			b, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if tt.unchanged {
				if string(b) != "keep me" {
					t.Fatalf("existing file overwritten: %q", b)
				}
				return
			}
			if tt.json != strings.HasPrefix(strings.TrimSpace(string(b)), "{") {
				t.Fatalf("wrong format:\n%s", b)
			}
			for _, o := range []string{"Harbour Daily", "Coastal Times", "Evening Ledger", "Island Wire", "Northern Star"} {
				if tt.outlets != nil && !contains(tt.outlets, o) && strings.Contains(string(b), o) {
					t.Fatalf("export holds filtered-out outlet %s", o)
				}
			}
		})
	}
}

// TestExportError reports a failure in the status bar.
func TestExportError(t *testing.T) {
	t.Chdir(t.TempDir())
	d := fixtureDriver(t, 80, 24)
	d.keys("e", "ctrl+u", "type:no/such/dir/x.md", "enter")
	d.has("export failed")
	if !errors.Is(writeExport("no/such/dir/x.md", &timeline.Timeline{}, formatMarkdown, false), os.ErrNotExist) {
		t.Log("export error is not ErrNotExist (ok, message checked above)")
	}
}

// TestResizeKeepsState: a live resize re-lays everything out without
// losing the cursor or the screen.
func TestResizeKeepsState(t *testing.T) {
	d := fixtureDriver(t, 120, 40)
	d.keys("j", "j", "enter")
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {30, 8}, {200, 60}, {80, 24}} {
		d.send(windowSize(sz[0], sz[1]))
		if sz[0] < minWidth || sz[1] < minHeight {
			d.has("terminal too small")
			continue
		}
		d.has("#3 Deal announced")
		assertFits(t, d.screen(), sz[0], sz[1])
	}
}

// TestStackStaysShort: hopping between screens does not pile them up, and
// esc goes back through them in order.
func TestStackStaysShort(t *testing.T) {
	d := fixtureDriver(t, 80, 24)
	for i := 0; i < 20; i++ {
		d.keys("o", "m", "\"")
	}
	if n := len(d.m.stack); n > 3 {
		t.Fatalf("%d screens stacked", n)
	}
	d.keys("esc")
	d.has("Coverage")
	d.keys("esc")
	d.has("space toggles")
	d.keys("esc")
	d.has("Ministerial visit")
}
