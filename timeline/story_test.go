package timeline

import (
	"strings"
	"testing"
	"time"
)

// TestStoryDisagreements: a lasting figure told differently in accounts of
// different events is a story-wide disagreement naming its events; figures
// from another year or of background events are not compared, and the
// story-wide list never repeats what one event already tells.
func TestStoryDisagreements(t *testing.T) {
	pub := time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "Alpha", published: pub, text: "A cargo ship struck the Long Bridge early on Tuesday, March 3, 2026.\n" +
			"None of the 22 crew members on the ship was injured, the operator said on Tuesday.\n" +
			"In 2019, the ship hit a quay wall with 30 crew members aboard.\n"},
		article{id: "b", outlet: "Beta", published: pub.Add(24 * time.Hour), text: "A cargo ship struck the Long Bridge early on Tuesday, March 3, 2026.\n" +
			"Investigators will interview the 21 crew members who were aboard on Thursday.\n" +
			"In 2019, the ship hit a quay wall with 25 crew members aboard.\n"},
	))
	var notes []string
	for _, d := range tl.Disagreements {
		notes = append(notes, d.Note)
		if d.Verdict != "conflicting" || len(d.Sides) != 2 {
			t.Errorf("%q: verdict %s, %d sides", d.Note, d.Verdict, len(d.Sides))
		}
		if len(d.Events) == 0 {
			t.Errorf("%q names no event", d.Note)
		}
		for _, id := range d.Events {
			found := false
			for _, e := range tl.Events {
				found = found || e.ID == id
			}
			if !found {
				t.Errorf("%q names unknown event %q", d.Note, id)
			}
		}
	}
	if got := strings.Join(notes, "|"); got != "22 crew vs 21 crew" {
		t.Errorf("story-wide disagreements %q, want only the crew of this year", got)
	}
	for _, e := range tl.Events {
		for _, d := range e.Disagreements {
			for _, sd := range tl.Disagreements {
				if d.Note == sd.Note {
					t.Errorf("%q is told by event %s and story-wide", d.Note, e.ID)
				}
			}
		}
	}
}

// TestFilterStoryDisagreements: the outlet filter keeps a story-wide
// disagreement only while two of its sides are shown, and only the events
// that are left.
func TestFilterStoryDisagreements(t *testing.T) {
	side := func(v, o string) Side {
		return Side{Value: v, Outlets: []string{o}, Evidence: []Evidence{{Source: o + "-1", Outlet: o, Text: v + " crew"}}}
	}
	tl := &Timeline{
		Events: []Event{
			{ID: "a", Outlets: []string{"A"}, Evidence: []Evidence{{Source: "A-1", Outlet: "A", Text: "22 crew", Main: true}}},
			{ID: "b", Outlets: []string{"B"}, Evidence: []Evidence{{Source: "B-1", Outlet: "B", Text: "21 crew", Main: true}}},
			{ID: "c", Outlets: []string{"C"}, Evidence: []Evidence{{Source: "C-1", Outlet: "C", Text: "20 crew", Main: true}}},
		},
		Disagreements: []Disagreement{{Fact: "count", Verdict: "conflicting", Note: "22 vs 21 vs 20",
			Sides: []Side{side("22", "A"), side("21", "B"), side("20", "C")}, Events: []string{"a", "b", "c"}}},
	}
	if got := tl.Filter(nil).Disagreements; len(got) != 1 || len(got[0].Sides) != 3 {
		t.Fatalf("no filter: %+v", got)
	}
	got := tl.Filter([]string{"A", "C"}).Disagreements
	if len(got) != 1 || len(got[0].Sides) != 2 || strings.Join(got[0].Events, ",") != "a,c" {
		t.Fatalf("A and C: %+v", got)
	}
	if got := tl.Filter([]string{"B"}).Disagreements; len(got) != 0 {
		t.Fatalf("one outlet left: %+v", got)
	}
	if len(tl.Disagreements[0].Sides) != 3 {
		t.Fatal("Filter changed its input")
	}
}
