package timeline

import (
	"testing"
	"time"
)

// TestExpulsionsAndOrderedActs: envoys sent away are an expulsion, told
// by its verb, by "persona non grata", or by an order to leave next to an
// envoy; an envoy called home is no product recall; officers stopping a
// person detain them; a phrase turned down by its context leaves the same
// words to another kind's reading.
func TestExpulsionsAndOrderedActs(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Westby expelled two Easton diplomats on Friday.", []string{"expulsion"}},
		// the declaring is the act, no announcement of its own
		{"The foreign ministry declared the consul persona non grata.", []string{"expulsion"}},
		{"The government ordered three Easton diplomats, among them the naval attaché, to leave Westby by Sunday.", []string{"expulsion"}},
		{"Calderway retaliated by ordering two Westby envoys, including the consul, out of Easton.", []string{"expulsion"}},
		// an order to leave with no envoy in it, and a leaving with no order
		{"The coach ordered the players to leave the pitch.", nil},
		{"The manager ordered the fans out of Easton Park.", nil},
		// envoys out of a place with no order: no expulsion
		{"Two Easton diplomats drove out of Westby on Friday.", []string{"ride"}},
		{"The ambassador will leave Westby on Friday.", []string{"departure"}},
		{"Easton recalled its ambassador for consultations.", []string{"envoy-recall"}},
		{"Easton recalled its ambassador, Colm Vey, on Friday.", []string{"envoy-recall"}},
		{"The carmaker recalled 20,000 vehicles.", []string{"recall"}},
		{"Detectives stopped a man at the ferry terminal on Friday.", []string{"arrest"}},
		{"Police stopped the march at the bridge.", nil},
		// no officers' stop, but a leak stopped
		{"Fire crews stopped the leak before dawn.", []string{"containment"}},
		{"Colm Vey had flown out on the 9:15 flight on Thursday.", []string{"departure"}},
		// "out" is no noun the participle modifies: the injured are told of
		{"Army helicopters have started flying the injured out of the valley.", []string{"injury"}},
	})
}

// TestOrderedActDays: the day of an ordered act, of an act told after a
// dateline, of one with a deadline, and of one named beside another's
// possessive day.
func TestOrderedActDays(t *testing.T) {
	tue := time.Date(2026, 4, 7, 18, 0, 0, 0, time.UTC)
	mon := ymd(2026, 4, 6)
	tests := []struct {
		name, text, trig string
		day              int
	}{
		// the act starts at its order, next to the day told before it
		{"ordered to leave", "Calder on Monday ordered three Westby diplomats, among them the consul, to leave Calder.", "ordered three", mon},
		// the dateline's words do not push "on Monday" out of the opening
		{"after a dateline", "WESTBY — Easton on Monday ordered two Calder diplomats, among them the naval attaché, to leave the country within 72 hours, a day after detectives arrested a clerk.", "leave the country", mon},
		// "by Thursday evening" is when they must be gone, not when they were expelled
		{"deadline", "The three envoys were declared persona non grata and must be out of Westby by Thursday evening.", "persona non grata", 0},
		// "yesterday's expulsions" dates the expulsions named, not this one (a present-tense entry: the blog's day)
		{"possessive day of another act", "**14:55** Calder is expelling three Westby diplomats in retaliation for yesterday's expulsions, its ministry says.", "expelling", ymd(2026, 4, 7)},
	}
	for _, tc := range tests {
		ms, e := mentionsAt(tue, tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%s: no %q in %q", tc.name, tc.trig, tc.text)
			continue
		}
		if m.day != tc.day {
			t.Errorf("%s: %q day %d, want %d", tc.name, tc.trig, m.day, tc.day)
		}
	}
}

// TestNarrativeFromStatedDate: a full date told in a sentence with no event
// of its own still sets how far a retrospective's narrative has come, so
// "the Monday" after it is that week's Monday, not the article's.
func TestNarrativeFromStatedDate(t *testing.T) {
	mon := time.Date(2026, 4, 13, 7, 0, 0, 0, time.UTC) // a Monday, a week on
	text := "On Saturday 4 April, few in Westby could have guessed how the week would go.\n\n" +
		"By the Monday evening the minister, Colm Vey, had resigned."
	ms, e := mentionsAt(mon, text)
	m := mentionOf(ms, e, "resigned")
	if m == nil {
		t.Fatalf("no resignation in %q", text)
	}
	if want := ymd(2026, 4, 6); m.day != want {
		t.Errorf("resignation day %d, want %d (the Monday after 4 April)", m.day, want)
	}
}
