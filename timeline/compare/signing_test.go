package compare

import "testing"

// TestFigureOfAnotherSubjectsClause: a sum told in a clause that another
// named subject's conjunct follows (", and Colm Vey has signed …") is that
// clause's figure, not the signing's; the signing's own length is still
// compared.
func TestFigureOfAnotherSubjectsClause(t *testing.T) {
	checkConflicts(t, []conflictCase{
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
	})
}

// TestWhoWasMet: the people a named subject "met", and those who "sat
// down with" someone, are the meeting's participants; outlets naming
// other people disagree, outlets naming the same ones in another order
// do not.
func TestWhoWasMet(t *testing.T) {
	a := "On Saturday evening, Vey's agent, Raúl Menaguer, met Westby sporting director Callum Dreyer and Easton general director Ignacio Pellarin at a hotel in Calder."
	checkConflicts(t, []conflictCase{
		{"met vs sat down with",
			withTriggers(event(
				"A", a,
				"B", "The meeting took place on Saturday in Calder, where Westby's chairman, Gideon Ashcombe, and the Easton president, Octavio Ruelas, sat down with Vey's agent, Raúl Menaguer.",
			), "met", "meeting"),
			"participants Menaguer, Dreyer, Pellarin vs Ashcombe, Ruelas, Menaguer"},
		{"the same people",
			withTriggers(event(
				"A", a,
				"B", "In Calder on Saturday, Callum Dreyer and Ignacio Pellarin sat down with Raúl Menaguer.",
			), "met", "sat down"),
			""},
	})
}

// TestClockRanges: the two ends of a stated range ("from 9 p.m. until 6
// a.m.", "between 10pm and 5am", "9pm-6am") are compared end with end and
// start with start; a range is not compared with a single moment, and the
// same range told in other words agrees.
func TestClockRanges(t *testing.T) {
	checkConflicts(t, []conflictCase{
		{"starts differ, ends agree",
			withTriggers(event(
				"A", "The curfew will run from 9 p.m. on Thursday until 6 a.m. the following morning.",
				"B", "The curfew will run from 10pm until 6am.",
			), "curfew", "curfew"),
			"time 9 p.m. vs 10pm"},
		{"ends differ",
			withTriggers(event(
				"A", "The curfew runs between 10pm and 5am in the old town.",
				"B", "The curfew runs from 10 p.m. to 6 a.m. in the old town.",
			), "curfew", "curfew"),
			"time 5am vs 6 a.m."},
		{"the same range",
			withTriggers(event(
				"A", "The curfew runs 9pm-6am.",
				"B", "The curfew runs from 21:00 until 06:00.",
			), "curfew", "curfew"),
			""},
		{"opening hours are not the opening's moment",
			withTriggers(event(
				"A", "A help point opened at Westby library at 9 a.m. on Wednesday.",
				"B", "A helpline opened, staffed from 8am to 8pm, for anyone worried.",
			), "opened", "opened"),
			""},
	})
}

// TestOfficeSeatAndCostOf: the town an acting office sits in ("the
// prosecutor's office in Westby") is compared with the town other outlets
// give it; "the cost of the damage" is a cost, like "will cost an
// estimated" sum.
func TestOfficeSeatAndCostOf(t *testing.T) {
	checkConflicts(t, []conflictCase{
		{"the office's town",
			withTriggers(event(
				"A", "The public prosecutor's office in Westby said it had opened a criminal investigation into the shooting.",
				"B", "The criminal investigation is being run by the regional prosecutor's office in Easton, about 60 kilometres to the north.",
			), "investigation", "investigation"),
			"place Westby vs Easton"},
		{"the same office",
			withTriggers(event(
				"A", "The prosecutor's office in Westby opened an investigation on Thursday.",
				"B", "An investigation was opened by the regional prosecutor's office in Westby.",
			), "investigation", "investigation"),
			""},
		{"the cost of the damage",
			withTriggers(event(
				"A", "Damage from the rioting will cost an estimated €1.8 million to repair, the council said.",
				"B", "The council now puts the cost of the damage at €2.6 million.",
			), "cost an estimated", "puts the cost of"),
			"number an estimated €1.8 million vs €2.6 million"},
	})
}

// TestByTheTime: a clock in an opening "By the time …" clause is when the
// main act was done by, so an earlier time for it agrees; a time after it
// still conflicts.
func TestByTheTime(t *testing.T) {
	checkConflicts(t, []conflictCase{
		{"done by then",
			withTriggers(event(
				"A", "At 21:14 a bus was set alight on the high street.",
				"B", "By the time the square was cleared, just before midnight, a bus had been set alight on the high street.",
			), "set alight", "set alight"),
			""},
		{"later than the bound",
			withTriggers(event(
				"A", "At 11:50 p.m. a bus was set alight on the high street.",
				"B", "By the time the square was cleared, at 9 p.m., a bus had been set alight on the high street.",
			), "set alight", "set alight"),
			"time 11:50 p.m. vs 9 p.m."},
	})
}

// TestFiguresOfEachNight: the figures of "the first night" and "the
// second night" of a curfew are each night's own; outlets giving one night
// different figures still disagree, and "ahead of a second night" names no
// night of the figure.
func TestFiguresOfEachNight(t *testing.T) {
	checkConflicts(t, []conflictCase{
		{"two nights",
			withTriggers(event(
				"A", "The city's first night under curfew passed quietly, with 12 people detained for breaking it.",
				"B", "Police said the second night of the curfew had been as calm as the first, with four people detained.",
			), "detained", "detained"),
			""},
		{"one night told twice",
			withTriggers(event(
				"A", "The city's first night under curfew passed quietly, with 12 people detained for breaking it.",
				"B", "Police said 19 people were detained on the first night of the curfew.",
			), "detained", "detained"),
			"count 12 people vs 19 people"},
		{"a night to come",
			withTriggers(event(
				"A", "Damage will cost an estimated €1.8 million to repair, the council said, ahead of a second night of curfew.",
				"B", "The council now puts the cost of the damage at €2.6 million.",
			), "cost an estimated", "puts the cost of"),
			"number an estimated €1.8 million vs €2.6 million"},
	})
}
