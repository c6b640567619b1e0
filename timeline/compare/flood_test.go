package compare

import (
	"strings"
	"testing"
)

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
		var got []string
		for _, d := range Disagreements(tc.ev, nil) {
			if d.Verdict == VerdictConflicting {
				got = append(got, d.Fact+" "+d.Note)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: conflicts %q, want %q", tc.name, g, tc.want)
		}
	}
}
