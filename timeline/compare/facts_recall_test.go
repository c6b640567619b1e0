package compare

import (
	"strings"
	"testing"
)

// timeFacts lists the clock-time facts of the evidence as "outlet=value".
func timeFacts(ev ...Evidence) []string {
	var got []string
	for _, f := range Facts(ev, nil) {
		if f.Kind == FactTime {
			got = append(got, f.Evidence.Outlet+"="+f.Value)
		}
	}
	return got
}

// TestWhenClauseOfTime: a "when" right after a clock time (past words that
// complete the time) opens the time's relative clause, so a trigger in it
// happens at that time; other subordinate clauses still cut the time off.
func TestWhenClauseOfTime(t *testing.T) {
	tests := []struct {
		ev   Evidence
		want string
	}{
		{triggered("A", "The trouble began at about 6:10 a.m., when the pumps stopped working.", "stopped working"), "A=about 06:10"},
		{triggered("A", "The blackout started at 7:05 p.m. on Monday, when a transformer failed.", "failed"), "A=19:05"},
		{triggered("A", "The ferry left at 8 a.m. local time, when the storm hit the coast.", "hit"), "A=08:00"},
		// the "when" does not follow the time: another clause
		{triggered("A", "Crews arrived at 6:10 a.m. and worked for hours when the pumps stopped working.", "stopped working"), ""},
		{triggered("A", "The staff left at 6:10 a.m., hours before the pumps stopped working.", "stopped working"), ""},
		{triggered("A", "The alarm sounded at 6:10 a.m. because the pumps stopped working.", "stopped working"), ""},
	}
	for _, tc := range tests {
		if got := strings.Join(timeFacts(tc.ev), ","); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.ev.Text, got, tc.want)
		}
	}
	// the clock of the relative clause conflicts with another outlet's
	ds := Disagreements([]Evidence{
		triggered("A", "The outage began at 9:40 a.m., when the routers stopped passing traffic.", "stopped passing traffic"),
		triggered("B", "The routers stopped passing traffic at 8:15 a.m.", "stopped passing traffic"),
	}, nil)
	if len(ds) != 1 || ds[0].Fact != FactTime || ds[0].Verdict != VerdictConflicting {
		t.Errorf("disagreements %+v, want one conflicting time", ds)
	}
}

// TestRelativeClauseTrigger: a trigger inside a relative clause after a
// clock time is not what the time dates, unless the clause is set off by
// commas and has closed before the trigger.
func TestRelativeClauseTrigger(t *testing.T) {
	tests := []struct {
		ev   Evidence
		want string
	}{
		{triggered("A", "04:15 — The third woman out is the climber who was hurt in the rockfall.", "rockfall"), ""},
		{triggered("A", "At 4:15 a.m. the crews found the hikers whose tent was buried by the avalanche.", "avalanche"), ""},
		{triggered("A", "At 4:15 a.m. the wall, which had been weak for years, collapsed.", "collapsed"), "A=04:15"},
		{triggered("A", "At 4:15 a.m. the wall collapsed.", "collapsed"), "A=04:15"},
	}
	for _, tc := range tests {
		if got := strings.Join(timeFacts(tc.ev), ","); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.ev.Text, got, tc.want)
		}
	}
}

// TestTrappedCounts: a capitalised quantifier opening a sentence is no
// identifier ("All 11 …" is not "Flight 1282"); "early hours of Tuesday,"
// is no "as of" date that makes a running figure; people trapped share
// one slot whatever the noun.
func TestTrappedCounts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"All 14 climbers trapped by the rockfall are alive, officials said.", []string{"count/climber:trapped=14"}},
		{"Only 40 seats were left.", []string{"count/seat=40"}},
		{"Route 66 was closed.", nil},
		{"The shaft flooded in the early hours of Sunday, trapping 9 men of the day shift.", []string{"count/people:trapped=9"}},
		{"As of Sunday, officials counted 9 damaged homes.", []string{"count/home=9 (running)"}},
		{"The flood on Sunday trapped 10 miners underground.", []string{"count/people:trapped=10"}},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range Facts(event("A", tc.in), nil) {
			if f.Kind == FactCount || f.Kind == FactNumber {
				s := f.Kind + "/" + f.Slot + "=" + f.Value
				if f.Running {
					s += " (running)"
				}
				got = append(got, s)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
	ds := Disagreements(event(
		"A", "All 11 miners trapped by the flood are alive, the company said.",
		"B", "The flood on Sunday trapped 12 miners underground.",
		"C", "The shaft flooded in the early hours of Sunday, trapping 11 men of the night shift.",
	), nil)
	if len(ds) != 1 || ds[0].Verdict != VerdictConflicting || len(ds[0].Sides) != 2 {
		t.Errorf("disagreements %+v, want 11 (A, C) vs 12 (B) conflicting", ds)
	}
}

// dateFacts lists the date facts of the evidence as "outlet=value".
func dateFacts(ev ...Evidence) []string {
	var got []string
	for _, f := range Facts(ev, nil) {
		if f.Kind == FactDate {
			got = append(got, f.Evidence.Outlet+"="+f.Value)
		}
	}
	return got
}

// TestMonthDates: a month without a day of a planned happening is a date
// fact whose interval is the month or the part of it stated; "as early
// as", "before" make it a bound; a month dating a statement or a past
// happening is left out.
func TestMonthDates(t *testing.T) {
	facts := []struct {
		ev   Evidence
		want string
	}{
		{triggered("A", "The panel is expected to report in October.", "report"), "A=10"},
		{triggered("A", "The panel is due to report by the end of July.", "report"), "A=late 07"},
		{triggered("A", "The ferry could sail again as early as June, the owner said.", "sail"), "A=at least 06"},
		{triggered("A", "The bridge will reopen in March 2027.", "reopen"), "A=2027-03"},
		// a month of a past happening is mostly a reference to another time
		{triggered("A", "The bridge reopened in March 2019.", "reopened"), ""},
		{triggered("A", "Inspectors found gaps in the cleaning records for February.", "found"), ""},
		{triggered("A", "The review may be published in May.", "published"), "A=05"},
		{triggered("A", "May officials said the review was published in June.", "published"), ""},
		{triggered("A", "The mayor said in March that the bridge would reopen.", "reopen"), ""},
	}
	for _, tc := range facts {
		if got := strings.Join(dateFacts(tc.ev), ","); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.ev.Text, got, tc.want)
		}
	}
	verdicts := []struct {
		a, b Evidence
		want string
	}{
		{triggered("A", "The panel is due to report by the end of July.", "report"),
			triggered("B", "The panel is expected to report in October.", "report"), VerdictConflicting},
		// a month is compared with months only
		{triggered("A", "The panel will report in July.", "report"),
			triggered("B", "The panel will report on October 24.", "report"), ""},
		{triggered("A", "The panel will report by the end of July.", "report"),
			triggered("B", "The panel will report in early July.", "report"), VerdictConflicting},
		{triggered("A", "The panel will report in July.", "report"),
			triggered("B", "The panel will report in late July.", "report"), VerdictCompatible},
		{triggered("A", "The ferry could sail again as early as June.", "sail"),
			triggered("B", "The ferry is due to sail again in August.", "sail"), VerdictCompatible},
		{triggered("A", "The ferry will sail again in June.", "sail"),
			triggered("B", "The ferry will sail again in June.", "sail"), ""},
		{triggered("A", "The mine is due to reopen in March 2027.", "reopen"),
			triggered("B", "The mine is due to reopen in March 2028.", "reopen"), VerdictConflicting},
		{triggered("A", "The mine is due to reopen in March 2027.", "reopen"),
			triggered("B", "The mine is due to reopen in March.", "reopen"), ""},
		// days of different stated years conflict too
		{triggered("A", "The mine flooded on March 3, 2023.", "flooded"),
			triggered("B", "The mine flooded on March 3, 2024.", "flooded"), VerdictConflicting},
		{triggered("A", "The mine flooded on March 3, 2023.", "flooded"),
			triggered("B", "The mine flooded on March 3.", "flooded"), ""},
	}
	for _, tc := range verdicts {
		if got := verdictOn(tc.a, tc.b, FactDate); got != tc.want {
			t.Errorf("%q vs %q: %q, want %q", tc.a.Text, tc.b.Text, got, tc.want)
		}
	}
}

// TestMonthNeedsTrigger: without a trigger span a month is no fact (it is
// as often a passing reference to another happening).
func TestMonthNeedsTrigger(t *testing.T) {
	if got := dateFacts(event("A", "The ferry will sail again in June.")...); len(got) != 0 {
		t.Errorf("month facts without a trigger: %v", got)
	}
}

// TestRelativeClauseClosed: a time after a trigger that stands in a
// relative clause closed by a comma belongs to the main clause.
func TestRelativeClauseClosed(t *testing.T) {
	tests := []struct {
		ev   Evidence
		want string
	}{
		{triggered("A", "The pilot, who landed the jet safely, is due to testify in April.", "landed"), ""},
		{triggered("A", "The pilot, who landed the jet safely, met the crew at 3 p.m. on Monday.", "landed"), ""},
		{triggered("A", "The pilot, who landed the jet at 5:20 p.m., is due to testify.", "landed"), "A=17:20"},
		{triggered("A", "The pilot who landed the jet at 5:20 p.m. was praised.", "landed"), "A=17:20"},
		{triggered("A", "The pilot landed the jet, the airline said, at 5:20 p.m.", "landed"), "A=17:20"},
	}
	for _, tc := range tests {
		got := strings.Join(append(timeFacts(tc.ev), dateFacts(tc.ev)...), ",")
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.ev.Text, got, tc.want)
		}
	}
}

// TestOccasionCounts: "twice", "N times", "on N occasions" and "on N
// previous <nouns>" count occasions, one slot; multipliers ("twice as
// many") are no count.
func TestOccasionCounts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The alarm had gone off twice in the past month.", []string{"count/occasion=2"}},
		{"The alarm had gone off three times in the past month.", []string{"count/occasion=3"}},
		{"The alarm went off on four separate occasions.", []string{"count/occasion=4"}},
		{"The alarm went off on three previous shifts, the report said.", []string{"count/occasion=3"}},
		{"The plant made twice as many pies as last year.", nil},
		{"The new hall is three times the size of the old one.", nil},
		{"Sales were three times higher.", nil},
		{"Officers searched three previous homes of the suspect.", []string{"count/home:of-suspect=3"}},
	}
	for _, tc := range tests {
		got := factStrings(event("A", tc.in), FactCount, FactNumber)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
	ds := Disagreements(event(
		"A", "The boiler had shown a fault warning on three previous inspections.",
		"B", "The boiler had shown fault warnings twice in the past week.",
	), nil)
	if len(ds) != 1 || ds[0].Fact != FactCount || ds[0].Verdict != VerdictConflicting {
		t.Errorf("disagreements %+v, want 3 vs 2 occasions conflicting", ds)
	}
}

// TestCompoundInSS: a singular modifier ending in "-ss" is no plural
// head ("2,000 business customers" counts customers).
func TestCompoundInSS(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"More than 2,000 business customers lost service.", []string{"count/customer=at least 2000"}},
		{"About 600 businesses lost service.", []string{"count/business=about 600"}},
		{"The firm sold 40 glass panels.", []string{"count/panel=40"}},
	}
	for _, tc := range tests {
		got := factStrings(event("A", tc.in), FactCount, FactNumber)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
}

// placeFacts lists the place facts of the evidence as "outlet=slot:value".
func placeStrings(ev ...Evidence) []string {
	var got []string
	for _, f := range Facts(ev, nil) {
		if f.Kind == FactPlace {
			got = append(got, f.Evidence.Outlet+"="+f.Slot+":"+f.Value)
		}
	}
	return got
}

// TestVenues: a named venue after "to" counts when a "where" clause holds
// the trigger; venues described without a name count in a phrase right
// after the trigger; "St" tells no venue apart.
func TestVenues(t *testing.T) {
	facts := []struct {
		ev   Evidence
		want string
	}{
		{triggered("A", "He was taken to St Aldric's Hospital in Westby, where he died on Friday.", "died"), "A=place:hospital:St Aldric's Hospital"},
		{triggered("A", "He was taken to St Aldric's Hospital and treated for burns.", "treated"), ""},
		{triggered("A", "He was taken to St Aldric's Hospital in Westby, where doctors worked on him; he died later.", "died"), ""},
		{triggered("A", "The chief executive took questions at a news conference at the firm's headquarters in Westby.", "took questions"), "A=place:venue:firm's headquarters in Westby,A=place:town:Westby"},
		{triggered("A", "At the briefing at the airfield's press office, the manager said little.", "briefing"), "A=place:venue:airfield's press office"},
		{triggered("A", "Relatives waited at the main gate.", "waited"), "A=place:venue:main gate"},
		// not right after the trigger, no determiner, not a venue
		{triggered("A", "Relatives waited for hours, and later gathered at the main gate.", "waited"), ""},
		{triggered("A", "The pilot died in hospital.", "died"), ""},
		{triggered("A", "The leak put the firm at the centre of an inquiry.", "put"), ""},
		// without a trigger span, no described venue
		{event("A", "Relatives waited at the main gate.")[0], ""},
		// the venue of a gathering "held at" after its phrase, with the
		// owner named after "of"
		{triggered("A", "Talks between Vey and the two unions, held at the offices of the law firm Osk Marren, broke up at 2 a.m.", "Talks"), "A=place:venue:offices of the law firm Osk Marren"},
		{triggered("A", "Talks between Vey and the unions went on, and later they met at the offices of the mayor.", "Talks"), ""},
		// a place told just before the length the trigger took
		{triggered("A", "The deal was struck at her home in Westby Bay, in some 26 hours of talks.", "talks"), "A=place:venue:home in Westby Bay,A=place:town:Westby Bay"},
		{triggered("A", "The deal was struck at her home in Westby Bay and announced after 26 hours of talks.", "talks"), ""},
	}
	for _, tc := range facts {
		if got := strings.Join(placeStrings(tc.ev), ","); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.ev.Text, got, tc.want)
		}
	}
	verdicts := []struct {
		a, b Evidence
		want string
	}{
		{triggered("A", "He died on Friday at St Aldric's Hospital, the company said.", "died"),
			triggered("B", "He was taken to St Bede's Hospital in Harlow, where he died.", "died"), VerdictConflicting},
		{triggered("A", "He died on Friday at Harlow General Hospital.", "died"),
			triggered("B", "He was taken to Harlow General Hospital, where he died.", "died"), ""},
		// described venues: other heads may hold one another
		{triggered("A", "The managers took questions at the company's headquarters in Westby.", "took questions"),
			triggered("B", "At the briefing at the airfield's press site, the managers said little.", "briefing"), VerdictCompatible},
		// the seats of two bodies
		{triggered("A", "The coach faced a news conference at the league's headquarters at 9:15 a.m.", "news conference"),
			triggered("B", "At a news conference held at the sports ministry, the coach gave little away.", "news conference"), VerdictConflicting},
		{triggered("A", "The sports minister took questions at the minister's office.", "took questions"),
			triggered("B", "The sports minister took questions at the sports ministry.", "took questions"), VerdictCompatible},
		{triggered("A", "The coach took questions at the league's headquarters.", "took questions"),
			triggered("B", "The coach took questions at the press site.", "took questions"), VerdictCompatible},
		{triggered("A", "The minister spoke at the mine gate.", "spoke"),
			triggered("B", "The minister spoke at the gate that morning.", "spoke"), ""},
		{triggered("A", "The fault began at the Westby plant.", "began"),
			triggered("B", "The fault began at its Harlow Vale plant.", "began"), VerdictConflicting},
		{triggered("A", "Talks between Vey and the unions, held at the Easton offices of the law firm Osk Marren, ended at 2 a.m.", "Talks"),
			triggered("B", "The deal was struck at her home in Westby Bay, in some 26 hours of talks.", "talks"), VerdictConflicting},
		{triggered("A", "The fault began at the Westby plant.", "began"),
			triggered("B", "The fault began at the plant in Westby.", "began"), ""},
		// an owner's name and a town's name may tell one place
		{triggered("A", "The fault began at the Acme plant.", "began"),
			triggered("B", "The fault began at the plant in Westby.", "began"), VerdictCompatible},
		{triggered("A", "The fault began at the plant in Harlow.", "began"),
			triggered("B", "The fault began at the plant in Westby.", "began"), VerdictConflicting},
		// one body's offices in two towns
		{triggered("A", "Monday's talks at the Mediation Board's offices in Harlow broke up after nine hours.", "talks"),
			triggered("B", "Last-ditch talks at the Mediation Board's regional office in Westby failed on Monday.", "talks"), VerdictConflicting},
		// (a town whose name holds a head word: the venue's head comes before it)
		{triggered("A", "Monday's talks at the Mediation Board's offices in Port Harlow broke up after nine hours.", "talks"),
			triggered("B", "Last-ditch talks at the Mediation Board's regional office in Westby failed on Monday.", "talks"), VerdictConflicting},
		{triggered("A", "Monday's talks at the Mediation Board's offices in Harlow broke up after nine hours.", "talks"),
			triggered("B", "Last-ditch talks at the Mediation Board's office in Harlow failed on Monday.", "talks"), ""},
	}
	for _, tc := range verdicts {
		if got := verdictOn(tc.a, tc.b, FactPlace); got != tc.want {
			t.Errorf("%q vs %q: %q, want %q", tc.a.Text, tc.b.Text, got, tc.want)
		}
	}
}

// verdictOn is the verdict on fact between two outlets' sentences, or ""
// when they are not compared on it.
func verdictOn(a, b Evidence, fact string) string {
	got := ""
	for _, d := range Disagreements([]Evidence{a, b}, nil) {
		if d.Fact == fact {
			got = d.Verdict
		}
	}
	return got
}

// TestLaterClauseFigures: a clause joined by ", and that evening" (or
// "later", "then") tells another happening; its figures are not the
// event's, whichever side of the trigger they stand. A list is no clause.
func TestLaterClauseFigures(t *testing.T) {
	for _, tc := range []struct {
		a, b Evidence
		want string
	}{
		{triggered("A", "Supporters donated about $4.5 million on Monday, and that evening the club agreed a transfer fee of $9 million.", "transfer fee"),
			triggered("B", "The club agreed a transfer fee of $12 million.", "transfer fee"), VerdictConflicting},
		{triggered("A", "Supporters donated about $4.5 million on Monday, and that evening the club agreed a transfer fee.", "transfer fee"),
			triggered("B", "The club agreed a transfer fee of up to $9 million.", "transfer fee"), ""},
		{triggered("A", "Supporters donated $4.5 million on Monday, and later the club agreed a transfer fee of $9 million.", "donated"),
			triggered("B", "Supporters donated about $4.5 million on Monday.", "donated"), VerdictCompatible},
		{triggered("A", "The crate turned up at 5.10am on a lorry, and its 236 bottles were checked.", "turned up"),
			triggered("B", "The crate, which held 263 bottles, turned up at 5.10am.", "turned up"), VerdictConflicting},
		// a list after ", and" is no clause: its figures stay the event's
		{triggered("A", "The coach carried 48 pupils, and four teachers.", "carried"),
			triggered("B", "The coach carried 48 pupils and six teachers.", "carried"), VerdictConflicting},
	} {
		if got := verdictOn(tc.a, tc.b, FactNumber); got != tc.want && !(tc.want == VerdictConflicting && verdictOn(tc.a, tc.b, FactCount) == tc.want) {
			t.Errorf("%q vs %q: %q, want %q", tc.a.Text, tc.b.Text, got, tc.want)
		}
	}
}

// TestSingleIsOne: "a single shock" counts one shock, so it disagrees with
// "two shocks"; a capitalised or hyphenated "single" is no count.
func TestSingleIsOne(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Medics gave him a single shock with the defibrillator.", []string{"count/shock=1"}},
		{"The medics gave Colm Vey two shocks with a defibrillator.", []string{"count/shock=2"}},
		{"A single-engine plane landed on the beach.", nil},
	}
	for _, tc := range tests {
		got := factStrings(event("A", tc.in), FactCount, FactNumber)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
	ds := Disagreements(event(
		"A", "Medics gave him a single shock with the defibrillator.",
		"B", "The medics gave Colm Vey two shocks with a defibrillator.",
	), nil)
	if len(ds) != 1 || ds[0].Fact != FactCount || ds[0].Verdict != VerdictConflicting {
		t.Errorf("disagreements %+v, want 1 vs 2 shocks conflicting", ds)
	}
}
