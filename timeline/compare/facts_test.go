package compare

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// event builds the evidence of one event: pairs of outlet and sentence.
func event(pairs ...string) []Evidence {
	var out []Evidence
	off := map[string]int{}
	for i := 0; i+1 < len(pairs); i += 2 {
		o, s := pairs[i], pairs[i+1]
		out = append(out, Evidence{Source: o + "-src", Outlet: o, Text: s, Start: off[o], End: off[o] + len(s), Role: "body", Main: true})
		off[o] += len(s) + 1
	}
	return out
}

// plantedCase is one event with the conflicts planted in it; everything
// else in it agrees (or agrees within stated approximation).
type plantedCase struct {
	name      string
	ev        []Evidence
	conflicts []plantedConflict
}

// plantedConflict: a conflicting disagreement of Fact with sides whose
// values contain A and B.
type plantedConflict struct{ fact, a, b string }

func plantedCases() []plantedCase {
	return []plantedCase{
		// a home is never the ministry; "on the steps of" a building is at it
		{"politics: where the doorstep remarks were made differs",
			withTriggers(event(
				"A", "Colm Vey denied wrongdoing on Monday, speaking to reporters outside his home in Westby.",
				"B", "Vey spoke to reporters on the steps of the Finance Ministry on Monday.",
				"C", "Vey spoke to reporters outside his home in Westby.",
			), "speaking to reporters", "spoke to reporters", "spoke to reporters"),
			[]plantedConflict{{FactPlace, "home", "Finance Ministry"}}},
		// a tally is two counts: the votes for and the votes against
		{"politics: the votes against differ, the votes for agree",
			withTriggers(event(
				"A", "The assembly rejected the motion by 52 votes to 40 on Tuesday.",
				"B", "Deputies threw out the motion by a vote of 52 to 44.",
				"C", "The motion fell by 52 votes to 40, with three abstentions.",
			), "motion", "motion", "motion"),
			[]plantedConflict{{FactCount, "40", "44"}}},
		{"aviation: passenger counts differ, crew and altitude agree",
			event(
				"A", "The jet carried 171 passengers and six crew members when the door plug blew out at 16,000 feet.",
				"B", "The plane had 174 passengers and six crew members on board.",
				"B", "The panel tore away at about 16,000 feet.",
				"C", "The aircraft, with 171 passengers and 6 crew, had climbed to 16,000 feet.",
			),
			[]plantedConflict{{FactCount, "171", "174"}}},
		// a level passed while climbing is a moment's reading, not a
		// running figure; "ft" is "feet"; the people taken to hospital are
		// not the count of the injured
		{"aviation: altitude at the failure and the injured differ",
			event(
				"A", "The engine failed as the jet climbed through about 3,500 feet, and 12 people were hurt in the evacuation.",
				"B", "Its engine failed at around 9,000 feet; 19 people were injured.",
				"C", "Tracking data show the failure as the jet climbed through 3,400 ft.",
				"C", "Five injured passengers were taken to hospital.",
				"D", "Twelve people were hurt, airport officials said.",
			),
			[]plantedConflict{{FactNumber, "3500", "9000"}, {FactCount, "12", "19"}}},
		// a named stretch of water an act was done over is its place (not
		// the place of an act coordinated with it); "in 90 seconds" after a
		// finished act and "the next half hour" spent on it are lengths
		{"aviation: where the fuel was dumped differs, its length agrees",
			withTriggers(event(
				"A", "The crew circled over the Easton Sound for about 40 minutes to jettison fuel.",
				"B", "The crew declared an emergency and spent the next 40 minutes circling over Lake Calder, dumping fuel.",
				"C", "The captain asked to be routed over the Easton Sound, where the crew jettisoned fuel for roughly 40 minutes.",
			), "circled", "circling", "jettisoned"),
			[]plantedConflict{{FactPlace, "Easton Sound", "Lake Calder"}}},
		// the place of an act coordinated with the event's own is not the
		// event's: nothing to compare
		{"aviation: the emergencies' sentences name places of other acts",
			withTriggers(event(
				"A", "The crew declared an emergency and circled over Lake Calder.",
				"B", "The captain declared a mayday and asked to be routed over the Easton Sound.",
			), "declared", "declared"),
			nil},
		// a companion named in apposition to a title, and a single one
		// beside a pronoun subject, are who stood with the speaker
		{"business: who appeared with the chief executive differs",
			event(
				"A", "Hedda Lurk, who appeared with the airline's head of safety, Colm Vey, apologised to passengers.",
				"B", "She is at the podium with the airport's chief executive, Mara Osk.",
			),
			[]plantedConflict{{FactParticipants, "Vey", "Osk"}}},
		// a change states the old length and the new one: only the new
		// one is the event's, and 30 months is two and a half years
		{"sport: new ban length differs, old length and units agree",
			event(
				"A", "The court reduced the runner's ban from four years to 30 months on Thursday.",
				"B", "The court cut her ban from 48 months to two and a half years.",
				"C", "The court cut her four-year ban to two years on Thursday.",
			),
			[]plantedConflict{{FactDuration, "1314000", "1051200"}}},
		// a reading on a scale is a measure, written before or after its
		// scale; the depth agrees
		{"disaster: the quake's magnitude differs, its depth agrees",
			event(
				"A", "The magnitude 6.2 earthquake struck at a depth of 10 km on Tuesday.",
				"B", "The 6.2-magnitude quake hit the valley at 04:10 at a depth of 10 km.",
				"C", "A magnitude 6.5 earthquake struck the hill towns on Tuesday morning.",
			),
			[]plantedConflict{{FactNumber, "6.2", "6.5"}}},
		// a hedge before the amount does not hide what it measures
		{"crime: the haul's value differs",
			event(
				"A", "The museum has put the value of the stolen jewellery at £40 million.",
				"B", "The museum estimates the value of the stolen objects at about £25 million.",
				"C", "They took nine items, which the museum values at £40m.",
			),
			[]plantedConflict{{FactNumber, "40000000", "25000000"}}},
		// a plural possessive inside a court's name
		{"crime: the court differs",
			event(
				"A", "The three men appeared at Northtown Magistrates' Court on Wednesday.",
				"B", "On Wednesday they appeared at Southbridge Magistrates' Court.",
			),
			[]plantedConflict{{FactPlace, "Northtown", "Southbridge"}}},
		// who spoke: the only speakers named against one who handed over to another
		{"crime: the press conference's speakers differ",
			event(
				"A", "Kestrell and the museum's director, Dr Imogen Strayhorn, were the only speakers at the briefing.",
				"B", "Chief Constable Edwin Marrable opened the press conference before handing over to Lorna Kestrell, who leads the inquiry.",
			),
			[]plantedConflict{{FactParticipants, "Strayhorn", "Marrable"}}},
		// someone from an organisation that another outlet says sent no one
		{"town meeting: the company was there, or no one from it came",
			event(
				"A", "Mayor Jane Quill, county manager Bette Low and Calderway vice-president Gideon Sall sat at a folding table and took questions for three hours.",
				"B", "At the meeting, Mayor Jane Quill and county manager Bette Low answered questions for hours, but no one from Calderway attended.",
			),
			[]plantedConflict{{FactParticipants, "Sall", "Low"}}},
		// one side's counsel at the inquiry, or that side sent no one
		{"inquiry: both sides' counsel, or one side absent",
			event(
				"A", "Counsel for Hedda Lurk and for her opponent, Colm Vey of the Green Alliance, argued the point before the planning inquiry on Tuesday.",
				"B", "Vey spoke to the inquiry in person on Tuesday; Lurk's union, which calls the scheme \"a land grab\", sent no one.",
			),
			[]plantedConflict{{FactParticipants, "Lurk", "Vey"}}},
		// someone at the table in one outlet who stayed away in another
		{"talks: the treasurer at the table, or she stayed away",
			event(
				"A", "At the negotiating table were the union's lawyer, Colm Vey, and its treasurer, Mara Osk.",
				"B", "Hedda Lurk attended the talks with Vey, but the treasurer, Mara Osk, stayed away.",
			),
			[]plantedConflict{{FactParticipants, "Osk", "Vey"}}},
		{"aviation: departure time agrees",
			event(
				"A", "Flight 1282 left Portland at 5:07 p.m. on Friday.",
				"B", "The flight departed at 5:07 p.m. local time.",
				"C", "The Boeing 737 took off shortly after 5 p.m.",
			), nil},
		{"aviation: landing time differs",
			event(
				"A", "The plane landed back in Portland at 5:27 p.m.",
				"B", "It landed safely at 5:40 p.m., officials said.",
			),
			[]plantedConflict{{FactTime, "17:27", "17:40"}}},
		{"aviation: flight length differs",
			event(
				"A", "The flight lasted about 20 minutes, the airline said.",
				"B", "The flight lasted roughly 20 minutes in all.",
				"C", "The 35-minute flight ended on the runway it had left.",
			),
			[]plantedConflict{{FactDuration, "20 min", "35 min"}}},
		{"court: prison terms differ, probation single-source",
			event(
				"A", "Smith was sentenced to 15 years in prison and three years of probation.",
				"B", "A federal judge sentenced Smith to 12 years in prison on Tuesday.",
				"C", "He received 15 years in federal prison.",
			),
			[]plantedConflict{{FactDuration, "7884000 min", "6307200 min"}}},
		{"court: counts of charges differ",
			event(
				"A", "Prosecutors charged him with 12 counts of wire fraud.",
				"B", "He was charged with 12 counts of fraud and money laundering.",
				"C", "He was charged with 14 counts of fraud.",
			),
			[]plantedConflict{{FactCount, "12", "14"}}},
		{"court: jury composition differs",
			event(
				"A", "A jury of seven women and five men was seated two days later.",
				"B", "The trial opens; a jury of eight women and four men is seated.",
			),
			[]plantedConflict{{FactCount, "7", "8"}, {FactCount, "5", "4"}}},
		{"court: money amounts and a restitution order",
			event(
				"A", "She handed him envelopes holding a total of about $40,000 in cash.",
				"B", "Prosecutors say he took about $40,000 in bribes.",
				"C", "He was ordered to pay $1.1 million in restitution.",
			), nil},
		{"hospital: ransom amounts differ",
			event(
				"A", "The group demanded $4.5 million to unlock its systems.",
				"B", "The deadline it had set for a $5 million payment expired.",
			),
			[]plantedConflict{{FactNumber, "4500000", "5000000"}}},
		{"court: verdict date",
			event(
				"A", "The jury returned its verdict on March 3, 2023.",
				"B", "Jurors reached the verdict on March 3.",
				"C", "The verdict came on March 4, 2023, after a week of testimony.",
			),
			[]plantedConflict{{FactDate, "03-03", "03-04"}}},
		{"court: deliberation hedges agree",
			event(
				"A", "The jury deliberated for nearly three days.",
				"B", "Jurors deliberated for about three days.",
				"C", "The jury of 12 deliberated for three days.",
			), nil},
		{"disaster: killed and injured are different slots",
			event(
				"A", "At least 5 people were killed and 12 people were injured in the blast.",
				"B", "Five people died and more than 10 people were hurt.",
				"C", "The explosion killed five people.",
			), nil},
		{"disaster: death toll differs",
			event(
				"A", "Officials said 9 people were killed in the collapse.",
				"B", "The collapse killed 14 people, the mayor said.",
			),
			[]plantedConflict{{FactCount, "9", "14"}}},
		{"drones: part of a total is not a plain count",
			event(
				"A", "Moscow said it intercepted 29 drones overnight.",
				"B", "Kyiv said it destroyed 61 of 85 drones.",
			), nil},
		{"summit: news conference is not the meeting",
			event(
				"A", "The leaders met for about three hours.",
				"A", "They spoke at a 12-minute news conference.",
				"B", "The nearly three-hour meeting produced no deal.",
				"C", "The three-hour talks ended without a deal.",
			), nil},
		{"counts inside quotes are the speaker's, not the outlet's",
			event(
				"A", "“We saved 200 people tonight,” the fire chief said.",
				"B", "Firefighters rescued 150 people from the building.",
			), nil},
		{"running totals reported at different times",
			event(
				"A", "By Wednesday, the fire had burned about 4,200 acres and was 0% contained.",
				"B", "Officials said the fire had grown to 6,800 acres.",
				"C", "The fire has burned 7,150 acres since it started.",
			), nil},
		{"approximate counts agree",
			event(
				"A", "More than 170 passengers were on the flight.",
				"B", "The flight had 171 passengers.",
				"C", "About 170 passengers were aboard.",
			), nil},
		{"venues",
			event(
				"A", "The plane landed at Portland International Airport.",
				"B", "It returned to land at Portland International Airport.",
				"C", "The plane diverted and landed at Seattle International Airport.",
			),
			[]plantedConflict{{FactPlace, "Portland", "Seattle"}}},
		{"a court told by its level and town vs a named court",
			event(
				"A", "The lawsuit, filed in Brennan County District Court, seeks damages.",
				"B", "Residents filed a class action in federal court in Lisle.",
			),
			[]plantedConflict{{FactPlace, "Brennan County District Court", "federal court in Lisle"}}},
		{"the same court told two ways",
			event(
				"A", "The lawsuit, filed in Brennan County District Court, seeks damages.",
				"B", "Residents sued in district court in Brennan on Friday.",
			), nil},
		{"a part of a total with a determiner",
			event(
				"A", "The train derailed, and 38 of its 112 cars left the track.",
				"B", "The train derailed and 41 of its 112 cars left the rails.",
			),
			[]plantedConflict{{FactCount, "38 of 112", "41 of 112"}}},
		{"a share move told in 'per cent', once rounded, once at another moment",
			event(
				"A", "Calderway shares closed up 11.4% on Monday.",
				"B", "The shares rose 11 per cent on the day.",
				"C", "Calderway was up 9% in the first minute of trading.",
			), nil},
		{"a share move in 'per cent' that differs",
			event(
				"A", "Calderway shares closed up 11% on Monday.",
				"B", "The shares closed 6 per cent higher on the day.",
			),
			[]plantedConflict{{FactNumber, "11", "6"}}},
		{"a part of a total behind a possessive",
			event(
				"A", "Five of the company's seven directors voted to remove him.",
				"B", "Four of Calderway's seven directors voted to remove him.",
			),
			[]plantedConflict{{FactCount, "5 of 7", "4 of 7"}}},
	}
}

func sideHas(d Disagreement, v string) bool {
	for _, s := range d.Sides {
		if strings.Contains(s.Value, v) {
			return true
		}
	}
	return false
}

// TestPlantedDisagreements checks every planted conflict is found and no
// conflict is flagged that was not planted; it prints precision/recall.
func TestPlantedDisagreements(t *testing.T) {
	planted, found, flagged, correct := 0, 0, 0, 0
	for _, tc := range plantedCases() {
		ds := Disagreements(tc.ev, nil)
		matched := map[int]bool{}
		for _, d := range ds {
			if d.Verdict != VerdictConflicting {
				continue
			}
			flagged++
			ok := false
			for i, pc := range tc.conflicts {
				if d.Fact == pc.fact && sideHas(d, pc.a) && sideHas(d, pc.b) {
					ok = true
					matched[i] = true
				}
			}
			if ok {
				correct++
			} else {
				t.Errorf("%s: unplanted conflict %s: %s %+v", tc.name, d.Fact, d.Note, d.Sides)
			}
		}
		planted += len(tc.conflicts)
		for i, pc := range tc.conflicts {
			if matched[i] {
				found++
			} else {
				t.Errorf("%s: planted conflict %+v not found; got %+v", tc.name, pc, ds)
			}
		}
		for _, d := range ds {
			if len(d.Sides) < 2 || d.Note == "" {
				t.Errorf("%s: malformed disagreement %+v", tc.name, d)
			}
			for _, s := range d.Sides {
				if len(s.Outlets) == 0 || len(s.Evidence) == 0 {
					t.Errorf("%s: side without outlets/evidence %+v", tc.name, s)
				}
			}
		}
	}
	p, r := 1.0, 1.0
	if flagged > 0 {
		p = float64(correct) / float64(flagged)
	}
	if planted > 0 {
		r = float64(found) / float64(planted)
	}
	t.Logf("disagreements: precision %.2f (%d/%d), recall %.2f (%d/%d)", p, correct, flagged, r, found, planted)
}

func TestIntervals(t *testing.T) {
	tests := []struct {
		a, b string // sentences of two outlets
		want string // "", VerdictCompatible or VerdictConflicting
	}{
		{"The talks lasted about three hours.", "The talks lasted nearly three hours.", VerdictCompatible},
		{"The talks lasted about three hours.", "The talks lasted two and a half hours.", VerdictConflicting},
		{"The talks lasted nearly three hours.", "The talks lasted two and a half hours.", VerdictCompatible},
		{"The talks lasted three hours.", "The talks lasted 180 minutes.", ""},
		{"The talks lasted three hours.", "The talks lasted nearly three hours.", VerdictCompatible},
		{"The talks lasted more than two hours.", "The talks lasted three hours.", VerdictCompatible},
		{"The talks lasted less than two hours.", "The talks lasted three hours.", VerdictConflicting},
		// a month is 28 to 31 days
		{"He was remanded in custody for a month.", "He was remanded in custody for 30 days.", VerdictCompatible},
		{"He was remanded in custody for two months.", "He was remanded in custody for 45 days.", VerdictConflicting},
		{"It carried 171 passengers.", "It carried 171 passengers.", ""},
		{"It carried 171 passengers.", "It carried 174 passengers.", VerdictConflicting},
		{"It carried about 170 passengers.", "It carried 174 passengers.", VerdictCompatible},
		{"It carried at least 170 passengers.", "It carried 160 passengers.", VerdictConflicting},
		{"Seven regions were under alert.", "At least seven regions were under alert.", VerdictCompatible},
		{"Seven regions were under alert.", "Nine regions were under alert.", VerdictConflicting},
		{"It landed at 5:27 p.m.", "It landed at about 5:30 p.m.", VerdictCompatible},
		{"It took off at 5:07 p.m.", "Took off around 5:07 local.", VerdictCompatible},
		{"It took off at 5:07 p.m.", "Took off at 5:20, a passenger said.", VerdictConflicting},
		{"It landed at 5:27 p.m.", "It landed safely, the airline said in a statement around 8 p.m.", ""},
		{"She paid about $40,000 in cash.", "She paid about $45,000 in cash.", VerdictCompatible},
		{"The gang demanded $4.5 million.", "The gang wanted a $5 million payment.", VerdictConflicting},
		{"He was convicted on two counts of misconduct.", "She pleaded guilty to one count of bribery.", ""},
		{"He was indicted on 11 counts.", "He had been charged in a 12-count indictment.", VerdictConflicting},
		{"Roughly 6,000 residents were told to leave.", "The fire forced about 9,000 people from their homes.", VerdictConflicting},
		{"Paramedics treated seven passengers.", "Three people were treated for minor injuries.", VerdictConflicting},
		{"A jury of seven women and five men was seated.", "A jury of seven women and five men is seated.", ""},
		// the parties an outage hits are one slot whatever they are called
		{"About 1,900 businesses that rely on its servers were affected.", "The report counts 2,140 customers whose services were affected.", VerdictConflicting},
		{"About 2,100 businesses were affected.", "The report counts 2,140 customers whose services were affected.", VerdictCompatible},
		// "affected" is no class for other nouns: not compared with people
		{"About 1,900 homes were affected.", "Some 2,140 residents were affected.", ""},
		// the subject of "alongside" takes part
		{"Foreign Minister Jane Doe appeared before reporters alongside Defence Minister John Roe and Ann Lee.", "Foreign Minister Jane Doe appeared before reporters alongside Defence Minister John Roe.", VerdictCompatible},
		// who sat around the table of a meeting
		{"Around the table were chief executive Mara Osk, agency director Colm Vey and the mayor, Yusra Kett.",
			"It was attended by chief executive Mara Osk, agency director Colm Vey and the regulator's chair, Hedda Lurk.", VerdictConflicting},
		// the subject of "joined" takes part: the minister at the table vs her deputy
		{"Transport Minister Ilse Varn joined union leader Mara Osk and chief mediator Colm Vey at the table.",
			"The council was represented by a deputy, Hedda Lurk, who sat alongside Osk and Vey.", VerdictConflicting},
		{"Transport Minister Ilse Varn was joined by union leader Mara Osk and chief mediator Colm Vey.",
			"Varn sat alongside union leader Mara Osk and chief mediator Colm Vey.", ""},
		// one who "did not take part", told alone, against a list that has her
		{"It was attended by Mara Osk, Colm Vey and the treasurer, Hedda Lurk.", "Hedda Lurk, the treasurer, did not take part.", VerdictConflicting},
		{"It was attended by Mara Osk and Colm Vey.", "Hedda Lurk, the treasurer, did not take part.", VerdictCompatible},
		// the one who presided and those with her
		{"Mara Osk presided, with Colm Vey and Ilse Varn.", "It was attended by Mara Osk, Colm Vey and Ilse Varn.", ""},
		{"Mara Osk presided, with Colm Vey and Ilse Varn.", "It was attended by Mara Osk, Colm Vey and Hedda Lurk.", VerdictConflicting},
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

// TestAbsentAlone: a sentence that says only that someone did not take
// part gives a participants fact of the absence alone ("not there: Lurk"),
// with no list before it, beside another outlet's list.
func TestAbsentAlone(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Hedda Lurk, the treasurer, did not take part.", "not there: Lurk"},
		{"Colm Vey, the club's coach, did not take part.", "not there: Vey"},
	} {
		var got []string
		for _, f := range Facts(event("B", tc.text), nil) {
			if f.Kind == FactParticipants && f.Evidence.Outlet == "B" {
				got = append(got, f.Value)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: participants %q, want exactly [%q]", tc.text, got, tc.want)
		}
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []float64
	}{
		{"171 passengers and six crew", []float64{171, 6}},
		{"16,000 feet", []float64{16000}},
		{"2.5 million people", []float64{2.5e6}},
		{"twenty-one votes", []float64{21}},
		{"two hundred people", []float64{200}},
		{"a lead of one hundred and eighty-seven votes", []float64{187}},
		{"two thousand five hundred people and a hundred and fifty cars", []float64{2500, 150}},
		{"two hundred thousand homes", []float64{200000}},
		{"one hundred and twenty-one votes to ninety", []float64{121, 90}},
		{"a dozen eggs and a million reasons", []float64{12, 1e6}},
		{"two dozen pumps and three dozen boats", []float64{24, 36}},
		{"a 600-mile front", []float64{600}},
		{"seven-member panel", []float64{7}},
		{"1,00 is not grouped", nil},
		{"no numbers here", nil},
	}
	for _, tc := range tests {
		var got []float64
		for _, n := range findNumbers(tc.in) {
			got = append(got, n.Value)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
			}
		}
	}
}

func TestCountSlots(t *testing.T) {
	tests := []struct {
		in   string
		want []string // kind/slot=value
	}{
		{"The jet carried 171 passengers.", []string{"count/passenger=171"}},
		{"At least seven regions of Ukraine were under alert.", []string{"count/region=at least 7"}},
		{"Kyiv said it destroyed 61 of 85 Russian-launched drones.", []string{"count/drone:destroyed[russian-launched]:part=61 of 85", "count/drone:destroyed[russian-launched]:total=85"}},
		{"It flew at 16,000 feet in 2024.", []string{"number/foot=16000"}},
		{"Five people were killed.", []string{"count/people:killed=5"}},
		{"Jurors convicted him on nine of the 11 counts he faced.", []string{"count/count:charged:part=9 of 11", "count/count:charged:total=11"}},
		{"The company has pledged $500,000 to a fund for displaced families.", []string{"number/money:$:fund=500000"}},
		{"The airline cancelled 170 more flights.", []string{"count/flight:cancelled[+more]=170"}},
		{"Flight 1282 made one of the worst landings.", nil},
		{"That one was interesting, said Air Force One crews.", nil},
		{"Russia occupies nearly one-fifth of the country.", nil},
		{"Tariffs rose to 50% this year.", []string{"number/percent=50"}},
		{"India faces a heavy 50% tariff on imports.", []string{"number/percent:tariff=50"}},
		{"About 40 percent of voters stayed home.", []string{"number/percent:voter=about 40"}},
		{"Hackers demanded $4.5 million from the hospital.", []string{"number/money:$:payment=4500000"}},
		// currencies without a symbol; "crowns" are money only in millions
		{"The bid was 180 million crowns higher than its rival's.", []string{"number/money:crown=180000000"}},
		{"The council paid 2.5 million francs for the site.", []string{"number/money:fr=2500000"}},
		{"The skater has won three crowns.", []string{"count/crown=3"}},
		{"He had been charged in a 12-count indictment.", []string{"count/count:charged=12"}},
		{"Pryce was indicted in March by a grand jury on 11 counts, after a long inquiry.", []string{"count/count:charged=11"}},
		{"Paramedics treated seven passengers for minor injuries.", []string{"count/people:treated=7"}},
		{"About 6,000 residents remain under orders.", []string{"count/people=about 6000"}},
		// a plural name of a people is the counted noun, whatever verb follows
		{"Seven Kestovians held in Tarsena were traded for five Tarsenians serving sentences.", []string{"count/kestovian=7", "count/tarsenian=5"}},
		{"Kestovia released five Tarsenians.", []string{"count/tarsenian=5"}},
		{"Two Kenyan runners and three Texas counties.", []string{"count/runner[kenyan]=2", "count/county[texas]=3"}},
		// a change in a figure is not the figure: "a 90-vote swing" is not "a 90-vote lead"
		{"The 90-vote swing left Varn ahead in Westby.", []string{"count/vote[+shift]=90"}},
		{"A swing of 90 votes decided it.", []string{"count/vote[+shift]=90"}},
		{"The 212-vote gap is under the threshold.", []string{"count/vote=212"}},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range Facts(event("A", tc.in), nil) {
			if f.Kind == FactCount || f.Kind == FactNumber {
				got = append(got, f.Kind+"/"+f.Slot+"="+f.Value)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestCoverage(t *testing.T) {
	evs := []EventEvidence{
		{ID: "takeoff", Evidence: event("A", "The jet took off with 171 passengers.", "B", "The jet took off.")},
		{ID: "landing", Evidence: event("B", "It landed at 5:27 p.m.")},
	}
	cd := Coverage(evs, []string{"A", "B", "C"}, nil)
	if strings.Join(cd.Outlets, ",") != "A,B,C" || len(cd.Cells) != 2 || cd.Cells[0][0] != 1 || cd.Cells[0][1] != 1 || cd.Cells[0][2] != 0 || cd.Cells[1][1] != 1 {
		t.Fatalf("matrix %+v", cd)
	}
	if strings.Join(cd.SingleSource, ",") != "landing" {
		t.Errorf("single source = %v", cd.SingleSource)
	}
	if len(cd.Exclusive) != 3 || strings.Join(cd.Exclusive[1].Events, ",") != "landing" {
		t.Errorf("exclusive events = %+v", cd.Exclusive)
	}
	if f := cd.Exclusive[0].Facts; len(f) != 1 || f[0].Event != "takeoff" || f[0].Fact.Value != "171" {
		t.Errorf("exclusive facts of A = %+v", f)
	}
}

// withTrigger sets the trigger span of an evidence sentence to the first
// occurrence of word.
func withTrigger(e Evidence, word string) Evidence {
	if i := strings.Index(e.Text, word); i >= 0 {
		e.TriggerStart, e.TriggerEnd = i, i+len(word)
	}
	return e
}

func TestTimesScopedToTriggerClause(t *testing.T) {
	ev := event(
		"A", "The door plug blew out about six minutes after the jet took off at 5:07 p.m.",
		"B", "The door plug blew out at 5:13 p.m., and the crew turned back as passengers prayed at 5:30 p.m.",
		"C", "By 5:20 p.m., the plug had blown out.",
	)
	ev[0] = withTrigger(ev[0], "blew out")
	ev[1] = withTrigger(ev[1], "blew out")
	ev[2] = withTrigger(ev[2], "blown out")
	if got := valuesOf(ev, FactTime); got != "B=17:13,C=at most 17:20" {
		t.Errorf("times = %v", got)
	}
	for _, d := range Disagreements(ev, nil) {
		if d.Verdict == VerdictConflicting {
			t.Errorf("conflict: %+v", d)
		}
	}
}

// TestParticipleOfAnotherAct: a participle set off after the trigger
// ("granted by the Speaker, Ilse Varn, on 7 October") tells another act at
// its own time; one that realises the event ("televised on 8 October"), a time
// after "for" ("scheduled for 9 October") and a time after the phrase has
// closed are the event's.
func TestParticipleOfAnotherAct(t *testing.T) {
	ev := withTriggers(event(
		"A", "The urgent debate, granted by the Speaker, Ilse Varn, on 7 October, began at 2:30 p.m.",
		"B", "The debate, televised on 8 October, lasted two hours.",
		"C", "The debate, scheduled for 9 October, was moved.",
		"D", "The debate, requested on 6 October, began on 10 October.",
	), "debate", "debate", "debate", "debate")
	if got := valuesOf(ev, FactDate); got != "B=10-08,C=10-09,D=10-10" {
		t.Errorf("dates = %v", got)
	}
}

func TestFactsJSON(t *testing.T) {
	ev := event("A", "More than 170 passengers were on board.", "B", "The flight had 171 passengers.")
	cd := Coverage([]EventEvidence{{ID: "e", Evidence: ev}}, nil, nil)
	for _, v := range []any{Facts(ev, nil), Disagreements(ev, nil), cd} {
		if _, err := json.Marshal(v); err != nil {
			t.Errorf("marshal %T: %v", v, err)
		}
	}
	if fs := Facts(ev, nil); len(fs) != 2 || fs[0].Hi <= fs[0].Lo {
		t.Errorf("facts %+v", fs)
	}
}

// TestMayHoldFact checks the prefilter of extractFacts: a sentence that
// mayHoldFact rejects states no count, participant list or venue.
func TestMayHoldFact(t *testing.T) {
	check := func(text string) {
		if mayHoldFact(text) {
			return
		}
		e := Evidence{Source: "a", Outlet: "A", Text: text, End: len(text)}
		a := analyseAll([]string{text})[0]
		people := func() *people { p := newPeople(); p.learn(a); return p }
		_, listed := participantFact(e, a, people, func(s string) string { return s }, nil)
		if fs, ps := countFacts(e, a.toks, nil, nil), placeFacts(e, a.toks, nil); len(fs) > 0 || len(ps) > 0 || listed {
			t.Fatalf("mayHoldFact(%q) is false but it states %+v %+v (list %v)", text, fs, ps, listed)
		}
	}
	rejected := 0
	for _, gc := range readGoldenInput(t) {
		for _, s := range gc.Sentences {
			check(s.Text)
			if !mayHoldFact(s.Text) {
				rejected++
			}
		}
	}
	if rejected == 0 {
		t.Error("mayHoldFact rejects no sentence of the corpora")
	}
	for _, s := range []string{"Seven-member panel", "a Dozen", "twenty‐one", "TWO", "İncluded", "at Fort Hall", "joined by Roe and Doe", "3"} {
		if mayHoldFact(s) != true {
			t.Errorf("mayHoldFact(%q) = false", s)
		}
	}
}

// TestConsequenceClause: a date in a consequence clause (", so …") is
// another happening's, not the event's.
func TestConsequenceClause(t *testing.T) {
	ev := event(
		"A", "The panel suspended her on 5 March, so she will be free to race again from 5 September.",
		"B", "She was suspended on 5 March, the panel said.",
	)
	ev[0] = withTrigger(ev[0], "suspended")
	ev[1] = withTrigger(ev[1], "suspended")
	if got := valuesOf(ev, FactDate); got != "A=03-05,B=03-05" {
		t.Errorf("dates = %v", got)
	}
}

// valuesOf lists "outlet=value" for the facts of one kind, in order.
func valuesOf(ev []Evidence, kind string) string {
	var got []string
	for _, f := range Facts(ev, nil) {
		if f.Kind == kind {
			got = append(got, f.Evidence.Outlet+"="+f.Value)
		}
	}
	return strings.Join(got, ",")
}

// TestTourCompanionsAndTowns: who went "with" a visitor on a tour took part,
// with the visitor the sentence opens with, even after a live blog's
// stamp; "while Roe stayed behind" says Roe was not there; a town told
// after the trigger is compared even in a sentence with no number.
func TestTourCompanionsAndTowns(t *testing.T) {
	withTriggers := func(ev []Evidence, words ...string) []Evidence {
		for i, w := range words {
			ev[i] = withTrigger(ev[i], w)
		}
		return ev
	}
	ev := withTriggers(event(
		"A", "**10:20** — Mayor Hedda Lurk has arrived in Westby and is touring the flooded school with Deputy Mayor Colm Vey.",
		"B", "Mayor Hedda Lurk arrived in Westby on Wednesday morning and toured the depot with councillor Mara Osk, while Colm Vey stayed behind in Harlow to meet the unions.",
	), "arrived", "arrived")
	var got []string
	for _, f := range Facts(ev, nil) {
		if f.Kind == FactParticipants {
			got = append(got, f.Evidence.Outlet+": "+f.Value)
		}
	}
	if want := []string{"A: Lurk, Vey", "B: Lurk, Osk; not there: Vey"}; strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("participants %q, want %q", got, want)
	}
	ds := Disagreements(ev, nil)
	if !slices.ContainsFunc(ds, func(d Disagreement) bool { return d.Fact == FactParticipants && d.Verdict == VerdictConflicting }) {
		t.Errorf("Vey on the tour vs Vey stayed behind: no conflict (%+v)", ds)
	}
	// staying behind after a session is no absence
	ev = withTriggers(event("A", "Hedda Lurk toured the depot with Mara Osk, while Colm Vey stayed behind after the briefing to answer questions."), "toured")
	for _, f := range Facts(ev, nil) {
		if f.Kind == FactParticipants && len(f.Absent) > 0 {
			t.Errorf("stayed behind after the session read as absent: %q", f.Value)
		}
	}
	// "met with" is no tour: the lists stay as they were
	ev = withTriggers(event("A", "Hedda Lurk said she spoke with Colm Vey by phone."), "spoke")
	for _, f := range Facts(ev, nil) {
		if f.Kind == FactParticipants {
			t.Errorf("a phone call read as a tour: %q", f.Value)
		}
	}
	ev = withTriggers(event(
		"A", "The builder was arrested in Easton on Saturday morning.",
		"B", "The builder was arrested at his home in Calderway early on Saturday.",
	), "arrested", "arrested")
	ds = Disagreements(ev, nil)
	if !slices.ContainsFunc(ds, func(d Disagreement) bool { return d.Fact == FactPlace && d.Verdict == VerdictConflicting }) {
		t.Errorf("arrested in Easton vs in Calderway: no place conflict (%+v)", ds)
	}
}

// TestPartsAndRunningCounts: a count that is a part of a toll ("among them
// 12 children", "killed 12 children and two teachers"), a figure of a
// moment ("as of midnight") and one added to a running toll (", with 300
// people injured") conflict with no total; two totals still do.
func TestPartsAndRunningCounts(t *testing.T) {
	for _, tc := range []struct {
		a, b     string
		conflict bool
	}{
		{"The quake killed 40 people, including 12 children.", "The quake killed 40 people in the valley.", false},
		{"More than 40 people died in the quake, among them 19 children.", "Rescuers pulled 12 children alive from the school.", false},
		{"The fire killed 19 children and two teachers.", "The fire killed 25 people across the estate.", false},
		{"The agency listed 52 people as dead as of 6 a.m.", "The storm killed 120 people in the valley.", false},
		{"The storm killed 12 people and 300 cattle.", "The storm killed 15 people.", true},
		{"The blast killed 3 people and injured 40 people.", "The blast injured 55 people.", true},
		{"The storm has moved out to sea, with 12 people killed.", "The storm killed 15 people.", true},
		{"The official toll has risen to 41, with 300 people injured.", "The toll rose to 58, with more than 500 people injured.", false},
		{"The crash killed 12 people.", "The crash killed 15 people.", true},
	} {
		ds := Disagreements(event("A", tc.a, "B", tc.b), nil)
		got := slices.ContainsFunc(ds, func(d Disagreement) bool { return d.Fact == FactCount && d.Verdict == VerdictConflicting })
		if got != tc.conflict {
			t.Errorf("%q vs %q: count conflict %v, want %v (%+v)", tc.a, tc.b, got, tc.conflict, ds)
		}
	}
}

// TestDestinationsMeetingsAndCapacity: where a vessel or vehicle was towed
// or diverted is a place outlets may disagree on (not where people were
// flown or taken: they may go to several places); who a meeting was
// "with" took part, and a side that "sent nobody" is told alone against a
// list naming someone from it; a capacity ("can seat 900 guests but only
// 40 coaches") is no count, while "were sent to carry 40 people" is.
func TestDestinationsMeetingsAndCapacity(t *testing.T) {
	conflict := func(ds []Disagreement, fact string) bool {
		return slices.ContainsFunc(ds, func(d Disagreement) bool { return d.Fact == fact && d.Verdict == VerdictConflicting })
	}
	for _, tc := range []struct {
		a, b, trig string
		want       bool
		trigB      string // B's trigger when not trig
	}{
		{"The barge was towed to the Westby dock on Friday.", "Salvors freed the barge, and it was towed to Easton for repairs.", "towed", true, ""},
		{"The barge was towed to the Westby dock.", "The barge was then towed to Westby, a trip of six hours.", "towed", false, ""},
		{"The barge was towed to the Westby dock.", "The barge was towed to a dock for repairs.", "towed", false, ""},
		{"The minister was flown to Geneva on Monday.", "The minister was flown to Switzerland on Monday.", "flown", false, ""},
		// a place described, then the name it is in; an object between
		// the verb and its "to"; a trigger holding its own "to … in"
		{"The tug brought the barge to anchor in Westby Bay.", "The tug spent six hours towing the barge to an anchorage in the lee of Calder Island.", "to anchor in", true, "towing"},
		{"The tug brought the barge to anchor in Westby Bay.", "The tug brought it to a safe mooring in Westby Bay.", "to anchor in", false, "brought"},
		{"The tug brought the barge to anchor in Westby Bay.", "The tug brought the barge to justice in a sense.", "to anchor in", false, "brought"},
	} {
		ev := event("A", tc.a, "B", tc.b)
		trigB := tc.trig
		if tc.trigB != "" {
			trigB = tc.trigB
		}
		ev[0], ev[1] = withTrigger(ev[0], tc.trig), withTrigger(ev[1], trigB)
		if got := conflict(Disagreements(ev, nil), FactPlace); got != tc.want {
			t.Errorf("%q vs %q: place conflict %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	ev := event(
		"A", "Before the session in the Corn Exchange on Thursday, councillors Mara Osk and Colm Vey and the Easton Rail director Ilse Varn took questions.",
		"B", "At a meeting with councillors Mara Osk and Colm Vey and the police chief Hedda Lurk, residents asked about the floods.",
		"B", "Easton Rail sent nobody.")
	for i := range ev {
		ev[i] = withTrigger(ev[i], "meeting")
	}
	ev[0] = withTrigger(ev[0], "session")
	ev[2] = withTrigger(ev[2], "sent")
	var got []string
	for _, f := range Facts(ev, nil) {
		if f.Kind == FactParticipants {
			got = append(got, f.Evidence.Outlet+": "+f.Value)
		}
	}
	if want := "B: Osk, Vey, Lurk"; !slices.Contains(got, want) {
		t.Errorf("participants %q, want %q among them", got, want)
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "B: not there: ") }) {
		t.Errorf("participants %q: the side that sent nobody is not told", got)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"The hall can seat 900 guests but only 40 coaches.", "The car park held 38 coaches on Friday.", false},
		{"Helicopters were sent to carry 40 injured people to hospital.", "Helicopters carried 35 injured people to hospital.", true},
	} {
		if got := conflict(Disagreements(event("A", tc.a, "B", tc.b), nil), FactCount); got != tc.want {
			t.Errorf("%q vs %q: count conflict %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestGatheringVenuesAndCosts: the named places where a vigil or a
// meeting was held are compared across heads ("St Anne's Church" vs "the
// Corn Square"), also as the object of "packed"; the same church twice
// agrees, and a march may start in a square and end at an arena. "At a
// cost it put at" and "a bill it put at" are one cost; a bill of
// parliament is none, and a price is a cost.
func TestGatheringVenuesAndCosts(t *testing.T) {
	conflict := func(ds []Disagreement, fact string) bool {
		return slices.ContainsFunc(ds, func(d Disagreement) bool { return d.Fact == fact && d.Verdict == VerdictConflicting })
	}
	for _, tc := range []struct {
		a, b, trig string
		want       bool
	}{
		{"Mourners packed St Anne's Church in Westby for the vigil on Sunday.", "On Sunday a vigil was held in the Corn Square in Westby.", "vigil", true},
		{"Mourners packed St Anne's Church for the vigil on Sunday.", "About 400 people attended the vigil at St Anne's Church.", "vigil", false},
		{"Mourners packed their coats for the vigil.", "Mourners gathered in the Corn Square for the vigil.", "vigil", false},
		{"Marchers gathered in the Corn Square before the march.", "The march finished at the Westby Arena.", "march", false},
	} {
		ev := event("A", tc.a, "B", tc.b)
		ev[0], ev[1] = withTrigger(ev[0], tc.trig), withTrigger(ev[1], tc.trig)
		if got := conflict(Disagreements(ev, nil), FactPlace); got != tc.want {
			t.Errorf("%q vs %q: place conflict %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"The club will repay ticket holders at a cost it put at $2.4m.", "The club said it would repay every ticket, a bill it put at $1.9 million.", true},
		{"Congress passed a $1.2 trillion infrastructure bill on Friday.", "The plan will cost $550 billion over five years.", false},
		{"The council put the price of the new bridge at $40m.", "The new bridge will cost $55m, the council said.", true},
	} {
		ev := event("A", tc.a, "B", tc.b)
		if got := conflict(Disagreements(ev, nil), FactNumber); got != tc.want {
			t.Errorf("%q vs %q: money conflict %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// conflictNotes lists the conflicting disagreements of an event as
// "<fact> <note>", joined by "; " ("" for none).
func conflictNotes(ev []Evidence) string {
	var got []string
	for _, d := range Disagreements(ev, nil) {
		if d.Verdict == VerdictConflicting {
			got = append(got, d.Fact+" "+d.Note)
		}
	}
	return strings.Join(got, "; ")
}

// conflictCase is an event's evidence and the conflicts it should show
// (conflictNotes form).
type conflictCase struct {
	name string
	ev   []Evidence
	want string
}

// checkConflicts checks the conflicts of each case's event.
func checkConflicts(t *testing.T, tests []conflictCase) {
	t.Helper()
	for _, tc := range tests {
		if g := conflictNotes(tc.ev); g != tc.want {
			t.Errorf("%s: conflicts %q, want %q", tc.name, g, tc.want)
		}
	}
}

// withTriggers sets the trigger of each evidence to the first occurrence
// of the matching word.
func withTriggers(ev []Evidence, words ...string) []Evidence {
	for i := range ev {
		if i < len(words) {
			if k := strings.Index(ev[i].Text, words[i]); k >= 0 {
				ev[i].TriggerStart, ev[i].TriggerEnd = k, k+len(words[i])
			}
		}
	}
	return ev
}

// TestHospitalCountOfAnotherPredicate: people sent to hospital, told in a
// predicate joined by "and" to an evacuation, are counted for the trip to
// hospital, not for the evacuation; the trip's own event still compares them.
func TestHospitalCountOfAnotherPredicate(t *testing.T) {
	a := "WESTBY — Ammonia gas escaped from a depot just after 2 a.m. on Wednesday, forcing hundreds of residents from their homes and sending 27 people to hospital with sore eyes."
	b := "Westby was quiet on Thursday, a day after the leak sent 31 people to hospital and forced the evacuation of some 300 homes."
	evac := withTriggers(event("A", a, "B", b), "from their homes", "evacuation")
	for _, d := range Disagreements(evac, nil) {
		if d.Fact == FactCount {
			t.Errorf("evacuation: unexpected count disagreement %s", d.Note)
		}
	}
	trip := withTriggers(event("A", a, "B", b), "to hospital", "to hospital")
	found := false
	for _, d := range Disagreements(trip, nil) {
		found = found || d.Fact == FactCount && strings.Contains(d.Note, "27") && strings.Contains(d.Note, "31")
	}
	if !found {
		t.Errorf("trip to hospital: no 27 vs 31 count disagreement in %+v", Disagreements(trip, nil))
	}
}

// TestTimeOfTheMainVerbBeforeAConsequence: a time told before ", forcing
// …" is the main verb's, not the event the participle clause tells; a
// participle that works as a preposition (", following …") opens no clause.
func TestTimeOfTheMainVerbBeforeAConsequence(t *testing.T) {
	tests := []struct {
		text, trigger string
		time          bool
	}{
		{"Gas escaped from the Westby depot just after 2 a.m. on Wednesday, forcing hundreds of residents from their homes.", "from their homes", false},
		{"Police evacuated four streets at 3:30 a.m., following reports of a strong smell.", "evacuated", true},
		{"At 3:30 a.m., following reports of gas, police evacuated four streets.", "evacuated", true},
	}
	for _, tc := range tests {
		got := false
		for _, f := range extractFacts(withTriggers(event("A", tc.text), tc.trigger), nil) {
			got = got || f.Kind == FactTime
		}
		if got != tc.time {
			t.Errorf("%q (trigger %q): time fact %v, want %v", tc.text, tc.trigger, got, tc.time)
		}
	}
}

// TestLengthSinceItBegan: "lifted the order at noon, about nine hours after
// it was issued" states how long the order lasted, and disagrees with "the
// order stayed in place for 12 hours"; "two hours after the blast" does
// not.
func TestLengthSinceItBegan(t *testing.T) {
	ev := withTriggers(event(
		"A", "The council lifted the order at noon, about nine hours after it was issued, once readings had fallen.",
		"B", "Residents were told to stay indoors, and the order stayed in place for 12 hours before the council gave the all-clear.",
	), "lifted", "gave the all-clear")
	found := false
	for _, d := range Disagreements(ev, nil) {
		found = found || d.Fact == FactDuration && strings.Contains(d.Note, "nine hours") && strings.Contains(d.Note, "12 hours")
	}
	if !found {
		t.Errorf("no nine vs 12 hours duration disagreement in %+v", Disagreements(ev, nil))
	}
	for _, f := range extractFacts(withTriggers(event("A", "Police reopened the road at noon, two hours after the blast at the Westby depot."), "reopened"), nil) {
		if f.Kind == FactDuration {
			t.Errorf("\"two hours after the blast\": unexpected duration %s", f.Value)
		}
	}
}

// TestShelterBuildings: the buildings outlets name for one rest centre are
// compared whatever their heads (a leisure centre is not a primary
// school); the same building named with and without capitals agrees.
func TestShelterBuildings(t *testing.T) {
	a := "Residents were taken by bus to a rest centre at the Westby leisure centre on Mill Road."
	tests := []struct {
		b        string
		conflict bool
	}{
		{"Evacuated residents were taken to a rest centre at St Oswin's Primary School, where volunteers handed out blankets.", true},
		{"A rest centre has opened at Westby Leisure Centre on Mill Road.", false},
	}
	for _, tc := range tests {
		got := false
		for _, d := range Disagreements(withTriggers(event("A", a, "B", tc.b), "rest centre", "rest centre"), nil) {
			got = got || d.Fact == FactPlace && d.Verdict == VerdictConflicting
		}
		if got != tc.conflict {
			t.Errorf("%q: place conflict %v, want %v", tc.b, got, tc.conflict)
		}
	}
}

// TestCountsOfPeopleLetGoOrListed: people a captor lets go ("allowed two
// customers to leave") are not those the event holds, and a breakdown after a
// colon ("six people: five workers and one customer") is a part of its total;
// neither makes a count conflict, while the totals still compare.
func TestCountsOfPeopleLetGoOrListed(t *testing.T) {
	a := "The man let in by Hedda Lurk allowed two customers to leave and held the six people left inside at gunpoint."
	b := "Officers say six people are being held inside the café: five workers and one customer."
	c := "Colm Vey held seven people at gunpoint in the Easton café, police said."
	ev := withTriggers(event("A", a, "B", b), "held", "being held")
	for _, d := range Disagreements(ev, nil) {
		if d.Fact == FactCount {
			t.Errorf("let go / breakdown: unexpected count disagreement %s", d.Note)
		}
	}
	ev = withTriggers(event("A", a, "B", b, "C", c), "held", "being held", "held")
	found := false
	for _, d := range Disagreements(ev, nil) {
		found = found || d.Fact == FactCount && strings.Contains(d.Note, "six") && strings.Contains(d.Note, "seven")
	}
	if !found {
		t.Errorf("six vs seven people held: no count disagreement in %+v", Disagreements(ev, nil))
	}
	// each rule on its own: the people let go give no count, the listed
	// customer is a part
	for _, f := range extractFacts(withTriggers(event("A", a), "held"), nil) {
		if f.Kind == FactCount && strings.Contains(f.Text, "two customers") {
			t.Errorf("let go: unexpected count fact %+v", f)
		}
	}
	for _, f := range extractFacts(withTriggers(event("B", b), "being held"), nil) {
		if f.Text == "one customer" && !strings.Contains(f.Slot, "+part") {
			t.Errorf("breakdown after the colon: slot %q, want a part", f.Slot)
		}
	}
	// the act the permission names is the event's own: its count stays
	own := withTriggers(event("A", "Police allowed 300 residents to return to Westby.", "B", "About 500 residents were allowed to return."), "return", "return")
	found = false
	for _, d := range Disagreements(own, nil) {
		found = found || d.Fact == FactCount
	}
	if !found {
		t.Errorf("return of 300 vs 500: no count disagreement in %+v", Disagreements(own, nil))
	}
}

// TestStampMomentsAfterTheAct: a live entry's stamp on a sentence that
// says the act was "moments ago" or "has just" happened is a little after
// the act, so it agrees with a time three minutes before it; a stamp on a
// present perfect is at most two minutes after it; a stamp further off
// still disagrees.
func TestStampMomentsAfterTheAct(t *testing.T) {
	a := "Hedda Lurk said tactical officers went in through a rear door at 7:52 p.m."
	for _, tc := range []struct {
		b        string
		conflict bool
	}{
		{"**7:55 p.m.** Our crew at the cordon saw officers go in through the front door moments ago.", false},
		{"**7:55 p.m.** Tactical officers have gone in through the front door.", true},
		// a present perfect is posted as the act is done: a minute after it agrees
		{"**7:53 p.m.** Tactical officers have gone in through the front door.", false},
		// "has just" tells the act moments before the stamp
		{"**8:05 p.m.** Tactical officers have just gone in through the front door.", false},
		{"**8:40 p.m.** Tactical officers have just gone in through the front door.", true},
	} {
		got := false
		for _, d := range Disagreements(withTriggers(event("A", a, "B", tc.b), "went in", "go"), nil) {
			got = got || d.Fact == FactTime && d.Verdict == "conflicting"
		}
		if got != tc.conflict {
			t.Errorf("%q: time conflict %v, want %v (%+v)", tc.b, got, tc.conflict, Disagreements(event("A", a, "B", tc.b), nil))
		}
	}
}

// TestRunningNowAndHalfDozen: a count told with "now" ("nine people have
// now been treated") is a running figure, at most compatible with a later
// one; "half a dozen" is six, not a dozen.
func TestRunningNowAndHalfDozen(t *testing.T) {
	tests := []struct {
		name string
		ev   []Evidence
	}{
		{"running count", withTriggers(event(
			"A", "Nine people have now been treated by paramedics, the airport said.",
			"B", "The airport said on Saturday that 11 people had now been treated for injuries."), "treated", "treated")},
		{"half a dozen", withTriggers(event(
			"A", "Half a dozen inbound flights were diverted to Easton, the airport said.",
			"B", "Six incoming flights have been diverted to Easton, about 60 miles away."), "diverted", "diverted")},
	}
	for _, tc := range tests {
		for _, d := range Disagreements(tc.ev, nil) {
			if d.Fact == FactCount && d.Verdict == VerdictConflicting {
				t.Errorf("%s: conflicting count %q", tc.name, d.Note)
			}
		}
	}
}

// TestBareNumberSubject: a number standing for people as the subject of
// the act ("and two were taken to hospital") is counted like "four
// people were taken to hospital".
func TestBareNumberSubject(t *testing.T) {
	ev := withTriggers(event(
		"A", "Nine people were treated for minor injuries, and two were taken to Westby General Hospital, the airport said.",
		"B", "Two have been taken to Westby General Hospital with suspected fractures.",
		"C", "Four people were taken to hospital, the ambulance service said."), "taken to", "taken to", "taken to")
	found := false
	for _, d := range Disagreements(ev, nil) {
		if d.Fact == FactCount && d.Verdict == VerdictConflicting && len(d.Sides) == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("two (A, B) vs four (C) taken to hospital: no conflicting count")
	}
}

// TestLetteredSiteParts: "at taxiway Charlie" and "at taxiway Delta" are
// places that conflict; "runway 27" is a name, not a count of 27.
func TestLetteredSiteParts(t *testing.T) {
	ev := withTriggers(event(
		"A", "Flight WA12 was cleared for takeoff from runway 27 late on 12 March while a cargo plane was taxiing across the runway at taxiway Delta.",
		"B", "At 23:12 on 12 March, the controller cleared a cargo freighter to cross runway 27 at taxiway Charlie."), "cleared", "cleared")
	for _, f := range extractFacts(ev, nil) {
		if f.Kind == FactCount {
			t.Errorf("count %q from a runway's number", f.Text)
		}
	}
	found := false
	for _, d := range Disagreements(ev, nil) {
		if d.Fact == FactPlace && d.Verdict == VerdictConflicting {
			found = true
		}
	}
	if !found {
		t.Errorf("taxiway Delta vs taxiway Charlie: no conflicting place")
	}
}

// TestParticipantLists: a capitalised name right after "the" ("watching
// from the North Stand") is a place, not a person in the list, so an outlet
// naming one of the people is no list against another's two; the people
// who "visited" someone are the visit's participants, so two outlets
// naming different visitors disagree and the same two in either voice agree.
// TestParticipantPlaces: a name after "in", "at" or "near" is where the
// act took place, not one of the people listed (one person left is no
// list).
func TestParticipantPlaces(t *testing.T) {
	for _, tc := range []struct{ text, trig, want string }{
		{"The deal that brought her back was struck at her home in Westby Bay, in 26 hours of negotiations between the founder, her lawyers and Colm Vey.", "negotiations", ""},
		{"The deal that brought her back was struck in 26 hours of negotiations between Hedda Lurk, her lawyers and Colm Vey.", "negotiations", "Lurk, Vey"},
	} {
		ev := triggered("A", tc.text, tc.trig)
		ev.End = len(tc.text)
		got := ""
		for _, f := range Facts([]Evidence{ev}, nil) {
			if f.Kind == FactParticipants {
				got = f.Value
			}
		}
		if got != tc.want {
			t.Errorf("%q: participants %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestParticipantLists(t *testing.T) {
	for _, tc := range []struct {
		a, b, trigA, trigB string
		conflict           bool
	}{
		{"Club doctor Colm Vey reached him and began CPR, and he was joined by Hedda Lurk, who had been watching from the North Stand with her son.",
			"Colm Vey was joined by Hedda Lurk, and they began CPR.", "CPR", "CPR", false},
		{"Colm Vey was joined by Hedda Lurk, and they began CPR.", "Colm Vey was joined by Anna Brisk, and they began CPR.", "CPR", "CPR", true},
		{"Team captain Colm Vey and goalkeeper Anna Brisk visited him at the hospital on Saturday evening.",
			"He was visited last night by team-mates Hedda Lurk and Piet Osk.", "visited", "visited", true},
		{"Team captain Colm Vey and goalkeeper Anna Brisk visited him at the hospital on Saturday evening.",
			"He was visited last night by team-mates Colm Vey and Anna Brisk.", "visited", "visited", false},
	} {
		ev := withTriggers(event("A", tc.a, "B", tc.b), tc.trigA, tc.trigB)
		got := false
		for _, d := range Disagreements(ev, nil) {
			got = got || d.Fact == FactParticipants && d.Verdict == "conflicting"
		}
		if got != tc.conflict {
			t.Errorf("%q vs %q: participants conflict %v, want %v (%+v)", tc.a, tc.b, got, tc.conflict, Disagreements(ev, nil))
		}
	}
}
