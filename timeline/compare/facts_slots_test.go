package compare

import (
	"strings"
	"testing"
)

// factStrings lists the count and number facts of one sentence as
// "kind/slot=value".
func factStrings(ev []Evidence, kinds ...string) []string {
	var got []string
	for _, f := range Facts(ev, nil) {
		for _, k := range kinds {
			if f.Kind == k {
				got = append(got, f.Kind+"/"+f.Slot+"="+f.Value)
			}
		}
	}
	return got
}

// triggered builds one evidence sentence whose trigger is the first
// occurrence of trig in text.
func triggered(outlet, text, trig string) Evidence {
	i := strings.Index(text, trig)
	if i < 0 {
		panic("trigger not in text: " + trig)
	}
	return Evidence{Source: outlet + "-src", Outlet: outlet, Text: text, End: len(text), Role: "body", Main: true, TriggerStart: i, TriggerEnd: i + len(trig)}
}

// TestMoneyAndPercentSlots: amounts of money with glued scale
// abbreviations or currency words, and the noun or verb they measure;
// percentages with the move or holding they measure.
func TestMoneyAndPercentSlots(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// money: glued abbreviations
		{"The club paid a transfer fee of £45m for the striker.", []string{"number/money:£:fee=45000000"}},
		{"The insurer agreed a $1.2bn settlement with the county.", []string{"number/money:$:settlement=1200000000"}},
		{"The startup raised €300k from local investors.", []string{"number/money:€=300000"}},
		{"Organisers will pay a €3m break fee if the festival is cancelled.", []string{"number/money:€:fee=3000000"}},
		// a glued "m" without a currency is not money ("a 5m wall")
		{"Workers built a 5m wall around the site.", nil},
		// money: currency words
		{"The storm caused 2.2 billion pounds of damage to farms.", []string{"number/money:£:damage=2200000000"}},
		{"The fine was 300 euros.", []string{"number/money:€=300"}},
		// "300 pounds" is more often a weight than money
		{"The bear weighed 300 pounds.", []string{"number/pound=300"}},
		// money: what the amount is
		{"Kidnappers demanded $2 million for the engineer's release.", []string{"number/money:$:payment=2000000"}},
		{"The deadline for a $5 million ransom passed on Friday.", []string{"number/money:$:payment=5000000"}},
		{"The bid values the airline at $3.4 billion.", []string{"number/money:$:value=3400000000"}},
		{"The rival dropped its £2.1bn offer on Tuesday.", []string{"number/money:£:value=2100000000"}},
		{"The judge set bail at $250,000.", []string{"number/money:$:bail=250000"}},
		{"He was released on a $250,000 bond.", []string{"number/money:$:bail=250000"}},
		// money: what is paid out of, with modifiers between ("in … funds")
		{"The government agreed to unfreeze $120 million in foreign state funds.", []string{"number/money:$:funds=120000000"}},
		// what an outage cost a company is its loss, by verb or by "<noun> … at"
		{"The airline estimated the disruption had cost it about $9 million.", []string{"number/money:$:loss=about 9000000"}},
		{"The airline puts its losses from the outage at $3.5 million.", []string{"number/money:$:loss=3500000"}},
		{"Shares were sold at $3.5 million.", []string{"number/money:$=3500000"}},
		// percentages: moves, stakes, levels
		{"Shares in the retailer jumped 14% in early trading.", []string{"number/percent:rise[+intraday]=14"}},
		{"The shares closed up 12% on the day.", []string{"number/percent:rise[+close]=12"}},
		{"Calderway is up 9% in the first minute of trading.", []string{"number/percent:rise[+intraday]=9"}},
		{"When trading opened, the shares lost about 17 per cent within minutes.", []string{"number/percent:fall[+intraday]=about 17"}},
		{"The shares fell 17 per cent on Monday.", []string{"number/percent:fall=17"}},
		{"The currency fell 3% against the dollar.", []string{"number/percent:fall=3"}},
		{"The fund, which holds 8.5% of the brewer, opposes the deal.", []string{"number/percent:stake=8.5"}},
		{"A state fund bought a 12% stake in the miner.", []string{"number/percent:stake=12"}},
		{"Turnout rose to 64% this year.", []string{"number/percent=64"}},
		{"Members approved the plan by 54% on a turnout of 58%.", []string{"number/percent=54", "number/percent:turnout=58"}},
		// a price told with a modal verb is a cost, not a loss
		{"The council estimated that the repairs would cost about $75,000.", []string{"number/money:$:cost=about 75000"}},
		{"The outage had cost it $9 million.", []string{"number/money:$:loss=9000000"}},
		{"The outage in May cost the company $9 million.", []string{"number/money:$:loss=9000000"}},
		{"The bank paid interest of 5% on the loan.", []string{"number/percent=5"}},
	}
	for _, tc := range tests {
		got := factStrings(event("A", tc.in), FactCount, FactNumber)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestPercentMoveNotRunning: "had jumped 24%" is the size of one move, not
// a running level, so two outlets' moves are judged conflicting; "has
// risen to 24%" stays a running level.
func TestPercentMoveNotRunning(t *testing.T) {
	tests := []struct {
		a, b string
		want string
	}{
		{"Shares had jumped 24% on Monday.", "Shares rose 22% on Monday.", VerdictConflicting},
		{"Shares had jumped 24% on Monday.", "Shares were up 24% on Monday.", ""},
		{"The fund holds 11.5% of the company.", "The fund, which owns a 12% stake, objected.", VerdictConflicting},
		{"The fund holds 12% of the company.", "The fund, which owns a 12% stake, objected.", ""},
		// a turnout is not the share in favour
		{"Members approved the plan by 71% on a turnout of 58%.", "Members voted for the plan by 54% on a turnout of 58%.", VerdictConflicting},
		{"Members approved the plan by 54% on a turnout of 58%.", "Members voted for the plan by 54% on a turnout of 58%.", ""},
		// a move and a holding are different slots
		{"Shares jumped 12% on the news.", "The fund holds 9% of the company.", ""},
		{"Unemployment has risen to 7% this year.", "Unemployment has risen to 6% this year.", VerdictCompatible},
		// money of different kinds is not compared; the same kind is
		{"The club will pay a £25m break fee.", "The deal values the club at £2.1bn.", ""},
		{"The club will pay a break fee of £25m.", "The club will receive a £20m break fee.", VerdictConflicting},
		{"The offer values the firm at £2.1bn.", "The raised offer values the firm at £2.2 billion.", VerdictConflicting},
		{"Hackers demanded $4.5 million.", "The deadline for the $4.5 million ransom passed.", ""},
	}
	for _, tc := range tests {
		ds := Disagreements(event("A", tc.a, "B", tc.b), nil)
		got := ""
		if len(ds) > 0 {
			got = ds[0].Verdict
		}
		if got != tc.want || len(ds) > 1 {
			t.Errorf("%q vs %q: %q (%+v), want %q", tc.a, tc.b, got, ds, tc.want)
		}
	}
}

// TestClauseAttribution: with a trigger span, figures of another
// happening joined by "after"/"before"/"following" are left out; figures
// joined by "when"/"which" and asides set off by commas stay.
func TestClauseAttribution(t *testing.T) {
	tests := []struct {
		ev   Evidence
		want []string
	}{
		{triggered("A", "Lawmakers passed the bill by 83 votes to 71, after a debate that lasted nine hours.", "debate"), nil},
		{triggered("A", "Lawmakers passed the bill by 83 votes to 71, after a debate that lasted nine hours.", "passed"), []string{"count/vote=83", "count/vote:against=71"}},
		{triggered("A", "The fire has burned 7,150 acres since it started near the rest area.", "started"), nil},
		{triggered("A", "The motion, which was signed by 64 deputies when it was tabled on Friday, passed.", "tabled"), []string{"count/deputy=64"}},
		{triggered("A", "At about 16,000 feet, six minutes after takeoff, the panel blew out.", "blew out"), []string{"number/foot=about 16000"}},
		{triggered("A", "Rescuers pulled 12 miners from the shaft before the second collapse buried the entrance.", "collapse"), nil},
		{triggered("A", "Rescuers pulled 12 miners from the shaft before the second collapse buried the entrance.", "pulled"), []string{"count/miner=12"}},
		// no trigger span: everything stays
		{Evidence{Source: "A", Outlet: "A", Text: "Lawmakers passed the bill by 83 votes, after a debate.", TriggerStart: -1, TriggerEnd: -1}, []string{"count/vote=83"}},
	}
	for _, tc := range tests {
		tc.ev.End = len(tc.ev.Text)
		got := factStrings([]Evidence{tc.ev}, FactCount, FactNumber)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			tr := tc.ev.Text[max(tc.ev.TriggerStart, 0):max(tc.ev.TriggerEnd, 0)]
			t.Errorf("%q (trigger %q): %v, want %v", tc.ev.Text, tr, got, tc.want)
		}
	}
}

// TestClockZonesAndBounds: times told in different zones or styles
// (24-hour timeline vs a.m./p.m. prose) differ by whole hours without
// conflicting; "by", "until", "since" are bounds; a time right after
// "after"/"before" belongs to the trigger's clause.
func TestClockZonesAndBounds(t *testing.T) {
	tests := []struct {
		a, b Evidence
		want string
	}{
		{triggered("A", "By 6 a.m., staff had taken the network offline.", "offline"),
			triggered("B", "- Sun 10:00 — Network taken offline.", "taken offline"), VerdictCompatible},
		{triggered("A", "The clinic reopened at 6 p.m. Wednesday.", "reopened"),
			triggered("B", "- Wed 22:00 — Clinic reopens.", "reopens"), VerdictCompatible},
		{triggered("A", "The polls closed at 8 p.m. ET.", "closed"),
			triggered("B", "The polls closed at 9 p.m.", "closed"), VerdictCompatible},
		// same style, no zone: a whole-hour difference still conflicts
		{triggered("A", "The minister resigned at 9 a.m.", "resigned"),
			triggered("B", "The minister resigned at 10 a.m.", "resigned"), VerdictConflicting},
		{triggered("A", "The ferry left at 00:39.", "left"),
			triggered("B", "The ferry left at 00:45.", "left"), VerdictConflicting},
		// across zones the minutes must still agree
		{triggered("A", "The polls closed at 8:05 p.m. ET.", "closed"),
			triggered("B", "The polls closed at 01:30 GMT.", "closed"), VerdictConflicting},
		// "since" is a lower bound, "until" an upper one
		{triggered("A", "Patients have fasted since midnight.", "fasted"),
			triggered("B", "Patients fasted from 2 a.m.", "fasted"), VerdictCompatible},
		{triggered("A", "The road stayed shut until 5 p.m.", "shut"),
			triggered("B", "The road was shut at 2 p.m.", "shut"), VerdictCompatible},
		// "shortly after" right before the time is its preposition
		{triggered("A", "The fire started shortly after 1:15 p.m. near the highway.", "started"),
			triggered("B", "The fire started at 3:40 p.m. near the highway.", "started"), VerdictConflicting},
		// a clock whole hours off one the sentence calls local is that
		// moment in another zone
		{triggered("A", "- **Sun 06:30** — Encryption detected by IT staff (2:30 a.m. local time).", "detected"),
			triggered("B", "Staff detected the encryption at about 2:30 a.m.", "detected"), VerdictCompatible},
		{triggered("A", "- **Sun 06:30** — Encryption detected by IT staff (2:30 a.m. local time).", "detected"),
			triggered("B", "Staff detected the encryption shortly after 4 a.m.", "detected"), VerdictConflicting},
		// the clock wraps at midnight
		{triggered("A", "All systems were fully restored at 11:48 p.m.", "restored"),
			triggered("B", "The last services were restored shortly before midnight.", "restored"), VerdictCompatible},
		{triggered("A", "The ferry left at 11:50 p.m.", "left"),
			triggered("B", "The ferry left at 12:20 a.m.", "left"), VerdictConflicting},
		// a time opening the sentence is its main clause's, past a phrase
		// set off by commas
		{triggered("A", "At 10:15 p.m., after nearly three days underground, the first miner climbed out.", "climbed out"),
			triggered("B", "The first miner climbed out at 11:40 p.m.", "climbed out"), VerdictConflicting},
		{triggered("A", "The first miner climbed out at 11:40 p.m., after the pump failed at 10:15 p.m.", "climbed out"),
			triggered("B", "The first miner climbed out at 11:40 p.m.", "climbed out"), ""},
		// a passive speech verb after the trigger tells when the trigger
		// happened ("the result was declared at"); British dotted clocks
		{triggered("A", "The provisional result was declared at 6.15am on Friday.", "provisional result"),
			triggered("B", "The provisional result was read out at 5.40am on Friday.", "provisional result"), VerdictConflicting},
		// … but an active saying has its own time
		{triggered("A", "The mayor resigned on Friday, aides said at 6 p.m.", "resigned"),
			triggered("B", "The mayor resigned on Friday, aides said at 9 p.m.", "resigned"), ""},
	}
	for _, tc := range tests {
		ds := Disagreements([]Evidence{tc.a, tc.b}, nil)
		got := ""
		for _, d := range ds {
			if d.Fact == FactTime {
				got = d.Verdict
			}
		}
		if got != tc.want {
			t.Errorf("%q vs %q: %q (%+v), want %q", tc.a.Text, tc.b.Text, got, ds, tc.want)
		}
	}
}

// TestDurationSlots: "hours of debate" in a debate event is the event's
// length; loose "-long" adjectives are no measure; short durations carry
// no "in"/"of" qualifier.
func TestDurationSlots(t *testing.T) {
	tests := []struct {
		ev   Evidence
		want []string
	}{
		{triggered("A", "The bill passed after nearly 11 hours of debate.", "debate"), []string{"duration/duration=under 660 min"}},
		{triggered("A", "The bill passed after a day-long debate.", "debate"), nil},
		{triggered("A", "Divers gave up after about 18 hours in the water.", "gave up"), []string{"duration/duration=about 1080 min"}},
		// a span of more than a day that is the trigger's own length
		{triggered("A", "The deal was struck at her home, in some 26 hours of talks with the unions.", "talks"), []string{"duration/duration=about 1560 min"}},
		{triggered("A", "The deal was struck in 30 hours, the mayor said.", "struck"), nil},
		{triggered("A", "She was sentenced to 15 years in prison.", "sentenced"), []string{"duration/duration:prison=7884000 min"}},
		// a shortfall and the length of a plan are not what happened
		{triggered("A", "The engine ran for six minutes, roughly a minute short of the planned burn of seven minutes.", "ran for"), []string{"duration/duration=6 min"}},
		{triggered("A", "The talks, scheduled for two hours, lasted four hours.", "talks"), []string{"duration/duration=240 min"}},
		// a stay opened and closed in one clause is a length; other
		// "later"s are offsets
		{triggered("A", "He arrived at the palace shortly after 10 a.m. and left about 40 minutes later.", "arrived"), []string{"duration/duration=about 40 min"}},
		{triggered("A", "The plane took off at 5:07 p.m. and landed 20 minutes later.", "landed"), nil},
		{triggered("A", "The minister arrived first, while her deputy left an hour later.", "arrived"), nil},
		{triggered("A", "He resigned and left the country two years later.", "resigned"), nil},
	}
	for _, tc := range tests {
		tc.ev.End = len(tc.ev.Text)
		var got []string
		for _, f := range Facts([]Evidence{tc.ev}, nil) {
			if f.Kind == FactDuration {
				got = append(got, f.Kind+"/"+f.Slot+"="+f.Value)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.ev.Text, got, tc.want)
		}
	}
}

// TestCoordinatedPredicate: a time told before "and <trigger>" belongs to
// the first predicate.
func TestCoordinatedPredicate(t *testing.T) {
	tests := []struct {
		ev   Evidence
		want int // number of time facts
	}{
		{triggered("A", "The ship sent a mayday at 1:26 a.m. and hit the bridge two minutes later.", "hit"), 0},
		{triggered("A", "The ship sent a mayday at 1:26 a.m. and hit the bridge two minutes later.", "sent"), 1},
		{triggered("A", "The plane took off at 5:07 p.m. and landed 20 minutes later.", "landed"), 0},
		{triggered("A", "The plane landed at 5:27 p.m. and taxied to the gate.", "landed"), 1},
	}
	for _, tc := range tests {
		n := 0
		for _, f := range Facts([]Evidence{tc.ev}, nil) {
			if f.Kind == FactTime {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d time facts, want %d", tc.ev.Text, n, tc.want)
		}
	}
}

// TestClockPhases: the first or a partial step of a happening and its
// last or complete one are different moments of one event; a time whose
// sentence tells no phase is compared with the phase nearest it.
func TestClockPhases(t *testing.T) {
	tests := []struct {
		name string
		ev   []Evidence
		want []string // verdict and note of each time disagreement
	}{
		{"first and last apart", []Evidence{
			triggered("A", "The first of them was winched up at 11:40 p.m.", "winched up"),
			triggered("A", "The last stepped out of the capsule shortly before 5 a.m.", "stepped out"),
			triggered("B", "At 10:15 p.m., after nearly three days underground, Verrow climbed out of the capsule.", "climbed out"),
			triggered("C", "23:40 - The first miner is out!", "is out"),
		}, []string{"conflicting 11:40 p.m. vs 10:15 p.m."}},
		{"partial and full restoration", []Evidence{
			triggered("A", "Most services came back at 4:32 p.m.", "came back"),
			triggered("B", "All systems were fully restored at 11:48 p.m.", "restored"),
			triggered("C", "The last affected services came back shortly before midnight.", "came back"),
		}, []string{"compatible 11:48 p.m. vs midnight"}},
		{"no phase: one group", []Evidence{
			triggered("A", "The ferry left at 9:10 p.m.", "left"),
			triggered("B", "The ferry left at 9:40 p.m.", "left"),
		}, []string{"conflicting 9:10 p.m. vs 9:40 p.m."}},
		{"words of time tell no phase", []Evidence{
			triggered("A", "For the first time the ferry left at 9:10 p.m.", "left"),
			triggered("B", "Last week's ferry left at 9:40 p.m.", "left"),
		}, []string{"conflicting 9:10 p.m. vs 9:40 p.m."}},
	}
	for _, tc := range tests {
		var got []string
		for _, d := range Disagreements(tc.ev, nil) {
			if d.Fact == FactTime {
				got = append(got, d.Verdict+" "+d.Note)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestTownOfTheEvent: the town an event took place in, told right after
// its trigger or after its venue, is compared across outlets; an outlet
// that names a city with its region in one sentence tells one place (the
// two differ, compatibly); a
// town further from the trigger ("authorities in Kyiv said") is none.
func TestTownOfTheEvent(t *testing.T) {
	tests := []struct {
		a, b Evidence
		want string // verdict of the place disagreement, "" none
	}{
		{triggered("A", "The minister convened an emergency meeting at the National Coordination Centre in Stavenholm at 8 p.m.", "meeting"),
			triggered("B", "That evening the minister summoned the heads of the agencies to the company's control centre in Castrell.", "summoned"),
			VerdictConflicting},
		{triggered("A", "The minister has called an emergency meeting in Stavenholm at 20:00.", "meeting"),
			triggered("B", "The minister convened an emergency meeting at the National Coordination Centre in Stavenholm.", "meeting"),
			""},
		{triggered("A", "The two leaders met in Anchorage, Alaska, on Friday.", "met"),
			triggered("B", "The two leaders met in Alaska on Friday.", "met"),
			VerdictCompatible},
		{triggered("A", "The two ministers met in New Easton on Friday.", "met"),
			triggered("B", "The two ministers met in Townsville on Friday.", "met"),
			VerdictConflicting},
		{triggered("A", "The sirens sounded as authorities in Kyiv said drones were approaching.", "sounded"),
			triggered("B", "The sirens sounded in Lviv on Friday.", "sounded"),
			""},
	}
	id := func(s string) string { return s }
	for _, tc := range tests {
		got := ""
		for _, d := range Disagreements([]Evidence{tc.a, tc.b}, id) {
			if d.Fact == FactPlace {
				got = d.Verdict
			}
		}
		if got != tc.want {
			t.Errorf("%q vs %q: place verdict %q, want %q", tc.a.Text, tc.b.Text, got, tc.want)
		}
	}
}

// TestAbsentSides: the sides a sentence says sent no one, named before
// the verb (past a relative clause) or after "no one from".
func TestAbsentSides(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"At the meeting, the mayor answered questions, but no one from Calderway attended.", "calderway"},
		{"Nobody from the Westby Trust was there.", "westby"},
		{"Vey argued for an hour, whereas Lurk's club, which calls the plan \"theft\", did not send anyone.", "lurk"},
		{"On 20 May the board heard both sides; the Harlow union sent no delegate.", "harlow"},
		{"On Tuesday, the union sent no representative.", ""},
		{"While Lurk spoke, the Westby union sent no one.", "westby"},
		{"The Westby council sent no one to the inquiry.", "westby"},
		{"The council didn't send a delegate.", ""},
		{"The Westby council didn’t send anyone to the hearing.", "westby"},
		{"Lurk sent no letters to the board.", ""},
		{"Vey did not send the report until Friday.", ""},
	} {
		if got := strings.Join(absentOrgs(tokenize(tt.s), quotedRanges(tt.s)), ","); got != tt.want {
			t.Errorf("%q: absent %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestSurnameOnlyParticipants: a list that names one side by surname
// alone is read when the story knows that surname as a person's.
func TestSurnameOnlyParticipants(t *testing.T) {
	ev := event(
		"A", "Counsel for Lurk and for her opponent, Colm Vey of the Green Alliance, argued the point before the inquiry.",
		"B", "Vey spoke to the inquiry in person; Lurk's union sent no one.",
	)
	person := func(s string) bool { return s == "Lurk" }
	ds := DisagreementsOf(ev, nil, person)
	if len(ds) != 1 || ds[0].Fact != FactParticipants || ds[0].Verdict != VerdictConflicting {
		t.Fatalf("knowing Lurk: %+v, want one conflicting participants disagreement", ds)
	}
	if v := ds[0].Sides[1].Value; v != "Vey; not there: Lurk" {
		t.Errorf("the side that sent no one reads %q, want %q", v, "Vey; not there: Lurk")
	}
	if ds := Disagreements(ev, nil); len(ds) != 0 {
		t.Errorf("not knowing Lurk: %+v, want none (one name is no list)", ds)
	}
}

// TestStaysAway: the words after a listed name that say the person was
// not there.
func TestStaysAway(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"The treasurer, Mara Osk, did not travel to the talks.", true},
		{"The treasurer, Mara Osk, didn’t attend.", true},
		{"The treasurer, Mara Osk, did not turn up.", true},
		{"The treasurer, Mara Osk, was not present.", true},
		{"The treasurer, Mara Osk, stayed away.", true},
		{"The treasurer, Mara Osk, did not speak.", false},
		{"The treasurer, Mara Osk, did not show any emotion.", false},
		{"The treasurer, Mara Osk, did not come forward.", false},
		{"The treasurer, Mara Osk, was not in favour.", false},
	} {
		toks := tokenize(tt.s)
		at := strings.Index(tt.s, "Osk") + len("Osk")
		if got := staysAway(toks, at); got != tt.want {
			t.Errorf("%q: stays away %v, want %v", tt.s, got, tt.want)
		}
	}
}
