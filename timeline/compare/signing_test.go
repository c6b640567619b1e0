package compare

import "testing"

// TestFigureOfAnotherSubjectsClause: a sum told in a clause that another
// named subject's conjunct follows (", and Colm Vey has signed …") is that
// clause's figure, not the signing's; the signing's own length is still
// compared.
func TestFigureOfAnotherSubjectsClause(t *testing.T) {
	tests := []struct {
		name string
		ev   []Evidence
		want string
	}{
		{"fees before another subject's signing",
			withTriggers(event(
				"A", "The fee is a club-record €40m, with a further €6m in add-ons, and Colm Vey has signed a five-year contract.",
				"B", "Westby are paying Easton €38 million plus add-ons, and Vey has signed a four-year contract.",
			), "signed a five-year contract", "signed a four-year contract"),
			"duration five-year vs four-year"},
		{"the signing's own sum",
			withTriggers(event(
				"A", "Colm Vey signed a contract worth €40m on Monday.",
				"B", "Colm Vey signed a contract worth €38m on Monday.",
			), "signed a contract", "signed a contract"),
			"number €40m vs €38m"},
	}
	for _, tc := range tests {
		if g := conflictNotes(tc.ev); g != tc.want {
			t.Errorf("%s: conflicts %q, want %q", tc.name, g, tc.want)
		}
	}
}
