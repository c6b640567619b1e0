package compare

import "testing"

// TestEvacueesCountedAlike: people ordered out, told to leave or forced
// from their homes are the evacuated, whatever verb each outlet uses; a
// count of the evacuated is compared with another, not with the injured.
func TestEvacueesCountedAlike(t *testing.T) {
	tests := []struct {
		name string
		ev   []Evidence
		want string // the conflicting facts' kinds and notes, "" for none
	}{
		{"ordered out vs evacuated",
			event(
				"A", "Roughly 3,000 people had been ordered out of the lower town by dawn.",
				"B", "About 5,200 people were evacuated from the lower town on Wednesday.",
			),
			"count Roughly 3,000 people vs About 5,200 people"},
		{"forced from their homes vs told to leave",
			event(
				"A", "The flood forced about 3,000 people from their homes.",
				"B", "Police went door to door telling some 5,200 residents to leave immediately.",
			),
			"count about 3,000 people vs some 5,200 residents"},
		{"the same number told two ways",
			event(
				"A", "Roughly 3,000 people had been ordered out of the lower town.",
				"B", "About 3,000 residents were evacuated.",
			),
			""},
		{"the evacuated are not the injured",
			event(
				"A", "Roughly 3,000 people had been ordered out of the lower town.",
				"B", "About 20 people were injured.",
			),
			""},
	}
	for _, tc := range tests {
		if g := conflictNotes(tc.ev); g != tc.want {
			t.Errorf("%s: conflicts %q, want %q", tc.name, g, tc.want)
		}
	}
}

// TestAnnouncerOfTheAct: outlets that name different people as the one
// who announced or ordered the event's act disagree on its participants;
// the same person told by surname, or a person named apart from the
// announcing verb, does not.
func TestAnnouncerOfTheAct(t *testing.T) {
	tests := []struct {
		name string
		ev   []Evidence
		want string
	}{
		{"two announcers",
			withTriggers(event(
				"A", "On Friday, Environment Minister Hedda Lurk announced an independent inquiry into the failure.",
				"B", "On Friday Prime Minister Colm Vey announced an independent inquiry.",
			), "inquiry", "inquiry"),
			"participants Hedda Lurk vs Colm Vey"},
		{"one announcer, by surname",
			withTriggers(event(
				"A", "On Friday, Environment Minister Hedda Lurk announced an independent inquiry into the failure.",
				"B", "Ms Lurk announced an inquiry on Friday.",
				"B", "Hedda Lurk, the environment minister, spoke in parliament.",
			), "inquiry", "inquiry", "spoke"),
			""},
		{"the verb governs another act",
			withTriggers(event(
				"A", "Hedda Lurk announced her resignation on Friday, a day after the inquiry opened.",
				"B", "Colm Vey announced an independent inquiry.",
			), "inquiry", "inquiry"),
			""},
	}
	for _, tc := range tests {
		if g := conflictNotes(tc.ev); g != tc.want {
			t.Errorf("%s: conflicts %q, want %q", tc.name, g, tc.want)
		}
	}
}

// TestOnePersonIsNoToll: "one man was found dead" tells a person's fate;
// a later "two people died" does not contradict it. Two tolls still do.
func TestOnePersonIsNoToll(t *testing.T) {
	tests := []struct {
		name string
		ev   []Evidence
		want int
	}{
		{"a person, then the toll", event(
			"A", "One man was found dead in his flooded house on Wednesday morning, police said.",
			"B", "Two people died in the flood.",
		), 0},
		{"two tolls", event(
			"A", "Three people died in the flood, police said.",
			"B", "Two people died in the flood.",
		), 1},
	}
	for _, tc := range tests {
		if got := StoryDisagreements(tc.ev, nil); len(got) != tc.want {
			t.Errorf("%s: %d story-wide disagreements %v, want %d", tc.name, len(got), got, tc.want)
		}
	}
}
