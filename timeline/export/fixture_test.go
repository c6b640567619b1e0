package export

import (
	"strings"

	"storyline/timeline"
)

// The hand-built timeline the goldens and safety tests use: a fictional
// aviation incident reported by three outlets, with a planned and a
// cancelled event, a background event (which the engine put first), two
// event disagreements, two story-wide ones (one across two events, one with
// a side in a sentence of no event), and quotes.

type fixtureSource struct {
	ref  timeline.SourceRef
	text string
}

var fixtureSources = []fixtureSource{
	{timeline.SourceRef{ID: "001_gazette", Path: "stories/flight/001_gazette.txt", Outlet: "Harbor Gazette",
		Title: "Jet returns to Portland after cabin panel blows out", Published: "2024-01-06T18:30:00Z"},
		"Jet returns to Portland after cabin panel blows out\n\n" +
			"A passenger jet carrying 171 passengers returned to Portland on Friday night after a cabin panel blew out minutes after takeoff. " +
			"The flight left Portland at 5:07 in the evening and climbed to 16,000 feet. " +
			"The crew declared an emergency and landed about 20 minutes later. " +
			"\"We heard a loud bang and then the wind,\" said passenger Ana Ruiz. " +
			"The airline said it would ground similar jets for inspections. " +
			"A similar panel failure in 2018 led to new checks.\n"},
	{timeline.SourceRef{ID: "002_wire", Path: "stories/flight/002_wire.txt", Outlet: "Northern Wire",
		Title: "Airline grounds jets after mid-air blowout", Published: "2024-01-07T02:10:00Z"},
		"Airline grounds jets after mid-air blowout\n\n" +
			"The jet, with 174 passengers aboard, made an emergency landing in Portland on Friday. " +
			"The plane was back on the ground roughly 20 minutes after it departed. " +
			"\"We heard a loud bang, then the wind,\" passenger Ana Ruiz said. " +
			"On Saturday the airline grounded 65 jets of the same type. " +
			"A planned news conference on Saturday was called off. " +
			"The jet had reached 14,000 feet when the panel blew out.\n"},
	{timeline.SourceRef{ID: "003_ledger", Path: "stories/flight/003_ledger.txt", Outlet: "Daily Ledger",
		Title: "Investigators to examine blown-out panel", Published: ""},
		"Investigators to examine blown-out panel\n\n" +
			"The emergency landing came about 35 minutes after takeoff, the pilot said. " +
			"Investigators will examine the panel next week, the safety board said. " +
			"The airline said it would ground its jets of this type. " +
			"Some 60 jets of the type were out of service on Sunday.\n"},
}

// ev builds the evidence for the sentence of source id that starts with
// prefix (the whole sentence, up to and including its final punctuation).
func ev(id, prefix string, main bool, trigger string) timeline.Evidence {
	for _, s := range fixtureSources {
		if s.ref.ID != id {
			continue
		}
		start := strings.Index(s.text, prefix)
		if start < 0 {
			panic("fixture: no sentence " + prefix)
		}
		end := start + len(prefix)
		for end < len(s.text) && !strings.ContainsRune(".!?", rune(s.text[end-1])) {
			end++
		}
		// Close a sentence ending inside quotes.
		for end < len(s.text) && s.text[end] == '"' {
			end++
		}
		text := s.text[start:end]
		e := timeline.Evidence{Source: id, Outlet: s.ref.Outlet, Text: text, Start: start, End: end, Role: "body", Main: main}
		if i := strings.Index(text, trigger); trigger != "" && i >= 0 {
			e.TriggerStart, e.TriggerEnd = i, i+len(trigger)
		}
		return e
	}
	panic("fixture: no source " + id)
}

func fixture() *timeline.Timeline {
	t := &timeline.Timeline{Title: "Jet returns after cabin panel blows out", Slug: "flight-panel"}
	for _, s := range fixtureSources {
		t.Sources = append(t.Sources, s.ref)
	}
	t.Outlets = []timeline.Outlet{
		{Name: "Harbor Gazette", Sources: []string{"001_gazette"}, Events: 4},
		{Name: "Northern Wire", Sources: []string{"002_wire"}, Events: 4},
		{Name: "Daily Ledger", Sources: []string{"003_ledger"}, Events: 3},
	}
	takeoffG := ev("001_gazette", "The flight left Portland", true, "left")
	blowG := ev("001_gazette", "A passenger jet carrying 171", true, "blew out")
	blowW := ev("002_wire", "The jet, with 174 passengers", false, "")
	landG := ev("001_gazette", "The crew declared an emergency", true, "landed")
	landW := ev("002_wire", "The plane was back on the ground", true, "back on the ground")
	landL := ev("003_ledger", "The emergency landing came", true, "landing")
	landW2 := ev("002_wire", "The jet, with 174 passengers", true, "emergency landing")
	quoteG := ev("001_gazette", "\"We heard a loud bang and", true, "said")
	quoteW := ev("002_wire", "\"We heard a loud bang, then", true, "said")
	groundG := ev("001_gazette", "The airline said it would ground", true, "ground")
	groundW := ev("002_wire", "On Saturday the airline grounded", true, "grounded")
	groundL := ev("003_ledger", "The airline said it would ground", true, "ground")
	confW := ev("002_wire", "A planned news conference", true, "called off")
	probeL := ev("003_ledger", "Investigators will examine", true, "examine")
	bgG := ev("001_gazette", "A similar panel failure in 2018", true, "failure")
	altW := ev("002_wire", "The jet had reached 14,000 feet", false, "blew out")
	idleL := ev("003_ledger", "Some 60 jets", true, "") // evidence of no event

	t.Events = []timeline.Event{
		{ID: "incident-2018", Rank: 1, Title: "Similar panel failure in 2018", Summary: bgG.Text, Kind: "incident",
			Status: timeline.StatusHappened, Background: true, When: timeline.When{Text: "2018", Precision: timeline.PrecisionApprox},
			Outlets: []string{"Harbor Gazette"}, Evidence: []timeline.Evidence{bgG}},
		{ID: "departure-portland", Rank: 2, Title: "Flight departs Portland", Summary: takeoffG.Text, Kind: "departure",
			Status: timeline.StatusHappened, When: timeline.When{Text: "Fri 5 Jan 2024, 17:07", Date: "2024-01-05", Time: "17:07", Zone: "PST", Precision: timeline.PrecisionExact},
			Where: "Portland", Outlets: []string{"Harbor Gazette"}, Evidence: []timeline.Evidence{takeoffG}},
		{ID: "incident-panel", Rank: 3, Title: "Cabin panel blows out after takeoff", Summary: blowG.Text, Kind: "incident",
			Status: timeline.StatusHappened, When: timeline.When{Text: "Fri 5 Jan 2024, evening", Date: "2024-01-05", Precision: timeline.PrecisionApprox, Inferred: true},
			Who: []string{"Ana Ruiz"}, Outlets: []string{"Harbor Gazette", "Northern Wire"}, Evidence: []timeline.Evidence{blowG, blowW, quoteG, quoteW, altW},
			Disagreements: []timeline.Disagreement{{Fact: "count", Verdict: "conflicting", Note: "171 passengers vs 174 passengers", Sides: []timeline.Side{
				{Value: "171", Outlets: []string{"Harbor Gazette"}, Evidence: []timeline.Evidence{blowG}},
				{Value: "174", Outlets: []string{"Northern Wire"}, Evidence: []timeline.Evidence{blowW}},
			}}},
			Quotes: []string{"q1"}},
		{ID: "landing-emergency", Rank: 4, Title: "Emergency landing in Portland, about 20 minutes after takeoff", Summary: landG.Text, Kind: "arrival",
			Status: timeline.StatusHappened, When: timeline.When{Text: "after the blowout", Precision: timeline.PrecisionRelative, Inferred: true, Relative: "after incident-panel"},
			Where: "Portland", Who: []string{"the crew"},
			Durations: []timeline.Duration{
				{Outlet: "Harbor Gazette", Source: "001_gazette", Text: "about 20 minutes", Minutes: 20, Approx: "about"},
				{Outlet: "Northern Wire", Source: "002_wire", Text: "roughly 20 minutes", Minutes: 20, Approx: "about"},
				{Outlet: "Daily Ledger", Source: "003_ledger", Text: "about 35 minutes", Minutes: 35, Approx: "about"},
			},
			Outlets:  []string{"Harbor Gazette", "Northern Wire", "Daily Ledger"},
			Evidence: []timeline.Evidence{landG, landW, landW2, landL},
			Disagreements: []timeline.Disagreement{{Fact: "duration", Verdict: "conflicting", Note: "about 20 minutes vs about 35 minutes", Sides: []timeline.Side{
				{Value: "20 min", Outlets: []string{"Harbor Gazette", "Northern Wire"}, Evidence: []timeline.Evidence{landG, landW}},
				{Value: "35 min", Outlets: []string{"Daily Ledger"}, Evidence: []timeline.Evidence{landL}},
			}}}},
		{ID: "grounding-jets", Rank: 5, Title: "Airline grounds 65 jets", Summary: groundW.Text, Kind: "personnel",
			Status: timeline.StatusHappened, When: timeline.When{Text: "Sat 6 Jan 2024", Date: "2024-01-06", Precision: timeline.PrecisionApprox, Inferred: true},
			Who: []string{"the airline"}, Outlets: []string{"Harbor Gazette", "Northern Wire", "Daily Ledger"}, Evidence: []timeline.Evidence{groundW, groundG, groundL}},
		{ID: "press-conference-saturday", Rank: 6, Title: "News conference called off", Summary: confW.Text, Kind: "press-conference",
			Status: timeline.StatusCancelled, When: timeline.When{Text: "Sat 6 Jan 2024", Date: "2024-01-06", Precision: timeline.PrecisionApprox},
			Outlets: []string{"Northern Wire"}, Evidence: []timeline.Evidence{confW}},
		{ID: "investigation-panel", Rank: 7, Title: "Investigators to examine the panel", Summary: probeL.Text, Kind: "legal",
			Status: timeline.StatusPlanned, When: timeline.When{Text: "next week", Precision: timeline.PrecisionUnknown},
			Who: []string{"the safety board"}, Outlets: []string{"Daily Ledger"}, Evidence: []timeline.Evidence{probeL}},
	}
	t.Disagreements = []timeline.Disagreement{
		{Fact: "number", Verdict: "conflicting", Note: "16,000 feet vs 14,000 feet", Events: []string{"departure-portland", "incident-panel"},
			Sides: []timeline.Side{
				{Value: "16000", Outlets: []string{"Harbor Gazette"}, Evidence: []timeline.Evidence{takeoffG}},
				{Value: "14000", Outlets: []string{"Northern Wire"}, Evidence: []timeline.Evidence{altW}},
			}},
		{Fact: "count", Verdict: "conflicting", Note: "65 jets vs some 60 jets", Events: []string{"grounding-jets"},
			Sides: []timeline.Side{
				{Value: "65", Outlets: []string{"Northern Wire"}, Evidence: []timeline.Evidence{groundW}},
				{Value: "60", Outlets: []string{"Daily Ledger"}, Evidence: []timeline.Evidence{idleL}},
			}},
	}
	t.Quotes = []timeline.Quote{{
		ID: "q1", Speaker: "Ana Ruiz", Event: "incident-panel", Match: "near-verbatim",
		Outlets: []string{"Harbor Gazette", "Northern Wire"},
		Versions: []timeline.QuoteVersion{
			{Text: "We heard a loud bang and then the wind", Outlets: []string{"Harbor Gazette"}, Evidence: []timeline.Evidence{quoteG}},
			{Text: "We heard a loud bang, then the wind", Outlets: []string{"Northern Wire"}, Evidence: []timeline.Evidence{quoteW}},
		},
	}}
	return t
}
