package compare

import "testing"

// TestDemandedSumAndOpenedPlace: a sum demanded beside another act is the
// demand's, not that act's; the building a help point opened in is one
// slot whatever its head; an amount of data is a measure.
func TestDemandedSumAndOpenedPlace(t *testing.T) {
	tests := []struct {
		name string
		ev   []Evidence
		want string // the conflicting facts' kinds and notes, "" for none
	}{
		{"the claim's sentences tell the demand's sum",
			withTriggers(event(
				"A", "The gang claimed responsibility for the attack and demanded $2.4 million in bitcoin.",
				"B", "Two days later the gang claimed the attack and demanded $4.2 million.",
			), "claimed responsibility", "claimed the attack"),
			""},
		{"the demand's own sum",
			withTriggers(event(
				"A", "The gang claimed responsibility for the attack and demanded $2.4 million in bitcoin.",
				"B", "Two days later the gang claimed the attack and demanded $4.2 million.",
			), "demanded", "demanded"),
			"number $2.4 million vs $4.2 million"},
		{"a help point opened in two buildings",
			withTriggers(event(
				"A", "A help point for residents opened at Westby Central Library at 9 a.m. on Wednesday.",
				"B", "A help desk for residents opened at the Corn Exchange on Wednesday.",
			), "opened", "opened"),
			"place Westby Central Library vs Corn Exchange"},
		{"the same building",
			withTriggers(event(
				"A", "A help point for residents opened at Westby Central Library on Wednesday.",
				"B", "A help desk opened at the Westby Central Library on Wednesday.",
			), "opened", "opened"),
			""},
		// (a count of "gigabytes of data" and one of "gigabytes of stolen
		// files" were two slots)
		{"data in gigabytes told as a measure",
			withTriggers(event(
				"A", "The gang posted about 40 gigabytes of data on its leak site.",
				"B", "The gang published some 90 gigabytes of stolen files.",
			), "posted", "published"),
			"number about 40 gigabytes vs some 90 gigabytes"},
	}
	for _, tc := range tests {
		if g := conflictNotes(tc.ev); g != tc.want {
			t.Errorf("%s: conflicts %q, want %q", tc.name, g, tc.want)
		}
	}
}
