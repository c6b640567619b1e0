package timeline

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"storyline/data"
	"storyline/timeline/timex"
)

// mentionOf returns the first mention whose trigger text contains trig.
func mentionOf(ms []mention, e *engine, trig string) *mention {
	for i := range ms {
		s := &e.sents[ms[i].sent]
		if t := s.text[s.toks[ms[i].ti].start:s.toks[ms[i].tj-1].end]; t == trig || len(trig) > 0 && containsFold(t, trig) {
			return &ms[i]
		}
	}
	return nil
}

func containsFold(a, b string) bool {
	return len(a) >= len(b) && (lowerWords(a) != nil) && indexFold(a, b) >= 0
}

func indexFold(a, b string) int {
	la, lb := []rune(toLower(a)), []rune(toLower(b))
	for i := 0; i+len(lb) <= len(la); i++ {
		if string(la[i:i+len(lb)]) == string(lb) {
			return i
		}
	}
	return -1
}

func toLower(s string) string {
	out := []rune(s)
	for i, r := range out {
		if r >= 'A' && r <= 'Z' {
			out[i] = r + 32
		}
	}
	return string(out)
}

// mentionsAt runs mention detection on an article published at pub.
func mentionsAt(pub time.Time, text string) ([]mention, *engine) {
	c := corpusOf("t", article{id: "a", outlet: "A", published: pub, text: text})
	e := &engine{lx: mustLexicon(), c: c}
	e.mentions()
	return e.ms, e
}

func ymd(y int, m time.Month, d int) int { return dayNum(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)) }

// TestMentionDays covers how a mention gets its day: short weekday names
// of timelines and live blogs, the day written with a clock time, narrative
// relative expressions, refusals that are not plans.
func TestMentionDays(t *testing.T) {
	fri := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC) // Friday
	tests := []struct {
		name, text, trig string
		day              int // want; 0 = unknown
		clock            int // want; -1 = none, -2 = don't care
		status           Status
	}{
		{"list weekday (cyber)", "- **Sun 10:00** — Network taken offline.", "taken offline", ymd(2026, 4, 5), 600, StatusHappened},
		{"list weekday (politics)", "Tue 23:40 — The speaker calls the vote.", "vote", ymd(2026, 4, 7), 1420, StatusHappened},
		{"list weekday (court)", "- Thurs. 09:15 — Jury selection begins.", "jury selection", ymd(2026, 4, 9), 555, StatusHappened},
		{"list date scopes the item", "- **Wednesday** — The regulator orders inspections and grounds the fleet.", "grounds", ymd(2026, 4, 8), -2, StatusHappened},
		{"sun is not a weekday", "Under a hot Sun the rescue ended at 21:00.", "rescue", 0, -2, StatusHappened},
		{"day written with the clock", "The utility said it had restored power to the district as of 6 p.m. Wednesday, well after the storm.", "restored", ymd(2026, 4, 8), 1080, StatusHappened},
		{"clock then on-day", "Firefighters contained the blaze at 9 a.m. on Tuesday, officials said.", "contained", ymd(2026, 4, 7), 540, StatusHappened},
		{"would not say is no plan", "The minister would not say on Monday whether the talks had stalled.", "talks", ymd(2026, 4, 6), -2, StatusHypothetical},
		{"would not comment is no plan", "The club would not comment on Wednesday after the arrest of its coach.", "arrest", ymd(2026, 4, 8), -2, StatusHappened},
		{"day of the saying (aviation)", "The airline has cancelled 260 flights since the storm, a spokesperson said on Wednesday.", "cancelled", 0, -2, StatusHappened},
		{"said before the report keeps the day (crime)", "Police said on Tuesday they arrested two men.", "arrested", ymd(2026, 4, 7), -2, StatusHappened},
		{"relative clause keeps its day (politics)", "The governor, who declared an emergency on Wednesday, is scheduled to tour the area Thursday afternoon.", "declared an emergency", ymd(2026, 4, 8), -2, StatusHappened},
		{"main clause plan gets its own day", "The governor, who declared an emergency on Wednesday, is scheduled to tour the area Thursday afternoon.", "tour", ymd(2026, 4, 16), -2, StatusPlanned},
		{"will hold is a plan", "The board will hold a hearing on Monday.", "hearing", ymd(2026, 4, 13), -2, StatusPlanned},
		// a counterfactual plan's day is past, not the next Monday
		{"would have joined (labour)", "Cleaners at the depot, which would have joined the union's strike on Monday, were relieved.", "strike", ymd(2026, 4, 6), -2, StatusCancelled},
		// a weekday of a named week
		{"weekday last week (labour)", "The union served formal notice of the walkout on Tuesday last week.", "notice", ymd(2026, 3, 31), -2, StatusHappened},
		// the day told before a relation is the main event's, the related one is counted back
		{"day before a relation (labour)", "Cleaners returned to the offices of the county's three main council buildings yesterday morning, nine days after they first walked out in a row over wages.", "returned to", ymd(2026, 4, 9), -2, StatusHappened},
		{"related event counted back (labour)", "Cleaners returned to the offices of the county's three main council buildings yesterday morning, nine days after they first walked out in a row over wages.", "walked out", ymd(2026, 3, 31), -2, StatusHappened},
		// a day in a clause joined after the act that tells an act to come is not the act's; a relative clause's is its head's
		{"said it would resume (maritime)", "The coastguard called off the search at dusk and said it would resume it on Wednesday.", "called off the search", 0, -2, StatusHappened},
		{"and will appear (crime)", "Colm Vey was charged and will appear in court on Thursday.", "charged", 0, -2, StatusHappened},
		{"a strike that will start (labour)", "The union announced a strike that will start on Thursday.", "strike", ymd(2026, 4, 16), -2, StatusPlanned},
		// "that evening" after a day the same sentence names is that day's
		{"that evening of the sentence's day (politics)", "The two delegations initialled the agreement on Monday evening.\nOn Tuesday, the seven detainees waited in the Easton penal colony for word from the capital, Westby, and that evening President Colm Vey signed pardons for them.", "signed pardons", ymd(2026, 4, 7), -2, StatusHappened},
		// the day of a telling is not the day of a running count it reports
		{"told yesterday that (health)", "The clinic told us yesterday that some 80 scans have been cancelled.", "have been cancelled", 0, -2, StatusHappened},
		{"said on Wednesday that it had (health)", "The regulator said on Wednesday that it had opened an inquiry.", "inquiry", ymd(2026, 4, 8), -2, StatusHappened},
		// "the Monday after" counts from the narrative's day, and its "after the match" is no relation to the main verb
		{"the weekday after (sport)", "The match was abandoned on Saturday 28 March.\nOn the Monday after the match Colm Vey had undergone surgery to fit a pacemaker.", "undergone surgery", ymd(2026, 3, 30), -2, StatusHappened},
		// "the following Monday" and "on the Monday" of a past narrative count from the narrative's day, not the article's
		{"the following weekday (business)", "The board met on Friday 3 April.\nThe shares fell 17% the following Monday.", "shares fell", ymd(2026, 4, 6), -2, StatusHappened},
		{"the weekday of the narrative's week (business)", "The directors voted on the evening of Friday 3 April.\nWhen trading opened on the Monday, the shares lost 17 per cent within minutes.", "shares lost", ymd(2026, 4, 6), -2, StatusHappened},
		{"the previous weekday looks back (business)", "The directors voted on Friday 3 April.\nThe chairman had met them the previous Tuesday.", "met", ymd(2026, 3, 31), -2, StatusHappened},
		{"the weekday before looks back (business)", "The directors voted on Friday 3 April.\nThe shares had fallen 4 per cent on the Monday before.", "shares had fallen", ymd(2026, 3, 30), -2, StatusHappened},
		// a time told just after a noun of the same family merged into the act is the act's, not one of a later clause
		{"statement's time is the announcement's (business)", "Calderway announced the removal in a statement at 9:47 p.m. on Thursday.", "announced", ymd(2026, 4, 9), 1307, StatusHappened},
		{"later clause's date stays its own (business)", "Calderway's shares fell 17% in early trading, erasing the gains made since the approach became public on 2 April.", "shares fell", ymd(2026, 4, 10), -2, StatusHappened},
		// a day inside a relative clause set off by commas before the main verb is the clause's
		{"relative aside's day (business)", "Hedda Lurk, the finance chief who was named interim chief executive after the board ousted Colm Vey on Friday, has stepped aside after just four days.", "stepped aside", 0, -2, StatusHappened},
		{"main verb after an aside keeps its own day (business)", "Hedda Lurk, who joined in 2019, stepped aside on Tuesday.", "stepped aside", ymd(2026, 4, 7), -2, StatusHappened},
		// a share move "on the day" of the act the narrative has reached, in a later article
		{"share move on the day (business)", "Colm Vey was sworn in early on Monday 6 April.\nThe shares rose 11 per cent on the day.", "shares rose", ymd(2026, 4, 6), -2, StatusHappened},
		{"share move in the day's report (business)", "Colm Vey was sworn in early on Monday 6 April.\nThe shares rose 11 per cent in early trading.", "shares rose", ymd(2026, 4, 10), -2, StatusHappened},
		{"clock told before a relation (politics)", "The governor quit on Tuesday morning, handing his note to the speaker at 8 a.m., six hours after his cabinet lost a confidence vote.", "quit", ymd(2026, 4, 7), 480, StatusHappened},
	}
	for _, tc := range tests {
		ms, e := mentionsAt(fri, tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%s: no mention %q", tc.name, tc.trig)
			continue
		}
		if m.day != tc.day {
			t.Errorf("%s: day %s, want %s", tc.name, fd(m.day), fd(tc.day))
		}
		if tc.clock != -2 && m.clock != tc.clock {
			t.Errorf("%s: clock %d, want %d", tc.name, m.clock, tc.clock)
		}
		if m.status != tc.status {
			t.Errorf("%s: status %s, want %s", tc.name, m.status, tc.status)
		}
	}
}

// TestNarrativeRelativeDays resolves "hours later", "the next day" against
// the event reported just before, and "eight days after X" backwards.
func TestNarrativeRelativeDays(t *testing.T) {
	pub := time.Date(2026, 7, 17, 12, 0, 0, 0, time.UTC) // Friday
	tests := []struct {
		name, text, trig string
		day, clock       int
	}{
		{"hours later (wildfire)", "The fire started at 1:15 p.m. on Tuesday near the highway.\nThe sheriff ordered the town evacuated two hours later.", "evacuated", ymd(2026, 7, 14), 795 + 120},
		{"the next day (court)", "The jury convicted him on Monday.\nHe was arrested again the next day.", "arrested", ymd(2026, 7, 14), -1},
		{"days after, backwards (court)", "His lawyers filed an appeal on Friday, eight days after he was sentenced.", "sentenced", ymd(2026, 7, 9), -1},
		{"too far away", "The ministers met on Tuesday.\nA.\nB.\nC.\nD.\nThey resigned hours later.", "resigned", 0, -1},
	}
	for _, tc := range tests {
		ms, e := mentionsAt(pub, tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%s: no mention %q", tc.name, tc.trig)
			continue
		}
		if m.day != tc.day {
			t.Errorf("%s: day %s, want %s", tc.name, fd(m.day), fd(tc.day))
		}
		if m.clock != tc.clock {
			t.Errorf("%s: clock %d, want %d", tc.name, m.clock, tc.clock)
		}
	}
}

// TestStateMentions: participles used as adjectives are passing references,
// states that go on do not date the happening.
func TestStateMentions(t *testing.T) {
	tests := []struct {
		text, trig          string
		passing, continuing bool
	}{
		{"Deputies arrested two people for looting in the evacuated area on Wednesday night.", "evacuated", true, false},
		{"Most of the 41 destroyed homes stood on the west side.", "destroyed", true, false},
		{"The homes destroyed by the fire were insured.", "destroyed", true, false},
		{"Videos posted by passengers showed a hole in the cabin.", "posted", true, false},
		{"The videos were posted by passengers on Friday.", "posted", false, false},
		{"The fire destroyed 41 homes by Wednesday.", "destroyed", false, false},
		{"The closure remained in place on Tuesday.", "closure", false, true},
		{"The grounding would stay in place until inspections end.", "grounding", false, true},
		{"Police closed the bridge on Tuesday.", "closed", false, false},
		// an event after "after" is passing, unless a relative clause tells it
		{"The panel voted for the inquiry after a meeting on Friday night.", "meeting", true, false},
		{"The panel voted for the inquiry after a meeting on Friday night at which both bidders made their case.", "meeting", false, false},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.trig)
			continue
		}
		if m.passing != tc.passing || m.continuing != tc.continuing {
			t.Errorf("%q: passing %v continuing %v, want %v %v", tc.text, m.passing, m.continuing, tc.passing, tc.continuing)
		}
	}
}

// TestSeparateHappeningsInOneSentence: two mentions of one family far
// apart or at different stated times stay two mentions.
func TestSeparateHappeningsInOneSentence(t *testing.T) {
	pub := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	ms, e := mentionsAt(pub, "Investigators investigating the breach told staff in a briefing on Thursday that the attackers got in through a phishing email that an employee opened in late March.")
	m := mentionOf(ms, e, "phishing email")
	if m == nil {
		t.Fatal("phishing email merged into the breach")
	}
	if m.lo == 0 || dayTime(m.hi).Month() != time.March {
		t.Errorf("phishing email period %s–%s, want in March", fd(m.lo), fd(m.hi))
	}
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Investigators told staff in a briefing on Thursday that the attackers got in through a phishing email opened in late March.\nThe ransomware encrypted the servers early Sunday."}))
	a, b := eventWith(tl, "", "phishing"), eventWith(tl, "", "encrypted the servers")
	if a < 0 || b < 0 || a == b {
		t.Errorf("phishing (%d) and encryption (%d) should be separate events", a, b)
	} else if a > b {
		t.Errorf("the March phishing (rank %d) should come before Sunday's encryption (rank %d)", a+1, b+1)
	}
}

// TestClockZonesAndNarrative: universal-time clocks of a timeline section are
// not compared with local ones; an article told newest first gives no
// narrative-order evidence.
func TestClockZonesAndNarrative(t *testing.T) {
	if headingZone("Timeline (UTC)") != "UTC" || headingZone("All times GMT") != "UTC" || headingZone("What happened next") != "" {
		t.Error("headingZone")
	}
	pub := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		arts  []article
		order []string
	}{
		{"live blog newest first", []article{
			{id: "a", outlet: "A", published: pub, text: "The president signed the bill on Thursday.\nThe senate voted on Wednesday.\nThe committee held a hearing on Tuesday."},
			{id: "b", outlet: "B", published: pub, text: "Protesters marched outside parliament.\nThe committee held a hearing on Tuesday."},
		}, []string{"held a hearing", "senate voted", "signed the bill"}},
		{"local clocks beat a UTC list", []article{
			{id: "a", outlet: "A", published: pub, text: "Staff noticed the intrusion at 2:30 a.m. Sunday.\nAmbulances were diverted at 8 a.m. Sunday.\nBy 6 a.m. Sunday, the network had been taken offline."},
			{id: "b", outlet: "B", published: pub, text: "## Timeline (UTC)\n- **Sun 06:30** — Intrusion noticed.\n- **Sun 10:00** — Network taken offline."},
			{id: "c", outlet: "C", published: pub, text: "## All times GMT\n- **Sun 10:00** — The network is taken offline."},
		}, []string{"noticed the intrusion", "taken offline", "diverted"}},
	}
	for _, tc := range tests {
		c := corpusOf(tc.name, tc.arts...)
		for _, s := range c.Sources {
			for i, p := range s.Paragraphs {
				if strings.HasPrefix(s.Text[p.Start:p.End], "## ") {
					s.Paragraphs[i].Role = data.RoleHeading
				}
			}
		}
		tl := Build(c)
		prev := -1
		for _, sub := range tc.order {
			i := eventWith(tl, "", sub)
			if i < 0 {
				t.Errorf("%s: no event with %q", tc.name, sub)
				break
			}
			if i <= prev {
				t.Errorf("%s: %q at rank %d, not after rank %d", tc.name, sub, i+1, prev+1)
			}
			prev = i
		}
	}
}

// TestWrittenStatementApart: a written statement on another day is not
// the news conference.
func TestWrittenStatementApart(t *testing.T) {
	pub := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "The chief executive Dana Holt spoke at a news conference on Monday.\n\"We will not pay,\" Holt said in a statement on Wednesday."},
		article{id: "b", outlet: "B", published: pub, text: "Holt told a news conference on Monday that patients were safe.\nIn a statement, Holt said the company would not pay."}))
	a, b := eventWith(tl, "", "news conference on Monday"), eventWith(tl, "", "said in a statement")
	if a < 0 || a == b {
		t.Errorf("news conference (%d) and written statement (%d) should be separate events", a, b)
	}
}

// TestArgumentsAndParts: facility names after "in"/"at" are places, names
// in another event's clause are not this event's participants, and parts
// of one day keep happenings apart.
func TestArgumentsAndParts(t *testing.T) {
	ms, e := sentenceMentions("A community meeting is set for 7 p.m. Thursday in the Alder Valley High School gym.")
	if m := mentionOf(ms, e, "community meeting"); m == nil || m.place == "" || len(m.who) > 0 {
		t.Errorf("facility should be the place, not a participant: %+v", m)
	}
	ms, e = sentenceMentions("The briefing, which lasted about 40 minutes, came hours after a teacher named Gareth Lindqvist found the missing panel.")
	if m := mentionOf(ms, e, "briefing"); m == nil || len(m.who) > 0 {
		t.Errorf("the finder is not a participant of the briefing: %+v", m)
	}
	pub := time.Date(2026, 7, 17, 12, 0, 0, 0, time.UTC) // Friday
	tests := []struct {
		name   string
		arts   []article
		same   [][2]string
		differ [][2]string
	}{
		{"parts of a day", []article{
			{id: "a", outlet: "A", published: pub, text: "The governor met families at the shelter on Thursday afternoon.\nAt a packed community meeting on Thursday night, residents asked about the cause."},
			{id: "b", outlet: "B", published: pub, text: "A community meeting was held at 7 p.m. Thursday at the high school."},
		}, [][2]string{{"packed community meeting", "7 p.m. Thursday"}}, [][2]string{{"met families", "packed community meeting"}}},
		{"passive discovery", []article{
			{id: "a", outlet: "A", published: pub, text: "The missing panel was found in a backyard on Sunday."},
			{id: "b", outlet: "B", published: pub, text: "Investigators recovered the panel on Sunday."},
		}, [][2]string{{"was found", "recovered the panel"}}, nil},
	}
	for _, tc := range tests {
		tl := Build(corpusOf(tc.name, tc.arts...))
		for _, p := range tc.same {
			a, b := eventWith(tl, "", p[0]), eventWith(tl, "", p[1])
			if a < 0 || a != b {
				t.Errorf("%s: %q (%d) and %q (%d) should be one event", tc.name, p[0], a, p[1], b)
			}
		}
		for _, p := range tc.differ {
			a, b := eventWith(tl, "", p[0]), eventWith(tl, "", p[1])
			if a >= 0 && a == b {
				t.Errorf("%s: %q and %q should be different events", tc.name, p[0], p[1])
			}
		}
	}
	if partsMeet("afternoon", "night") || !partsMeet("evening", "night") || clockPart(19*60) != "evening" {
		t.Error("parts of the day")
	}
}

// TestDetectionsAndClaims: "found the breach" reports the breach; a claim
// of responsibility is an event of its own.
func TestDetectionsAndClaims(t *testing.T) {
	tests := []kindCase{
		{"Staff found the breach shortly after 4 a.m. on Sunday.", []string{"accident"}},
		{"Rangers discovered the blaze near the trail on Tuesday.", []string{"fire"}},
		{"Mechanics found the missing panel in a backyard.", []string{"discovery"}},
		{"A militant group claimed responsibility for the bombing on Friday.", []string{"claim"}},
		{"The gang claims responsibility for the hack.", []string{"claim"}},
		{"The plane reached 16,000 feet before it began to descend.", nil},
		{"The strike began at midnight.", []string{"attack"}},
	}
	checkMainKinds(t, tests)
}

// TestSentenceScopeYear: "In 2021, …" dates every mention of the sentence.
func TestSentenceScopeYear(t *testing.T) {
	pub := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, trig string
		year       int
	}{
		{"In 2021, a hospital in the region was shut down by a ransomware attack, and later paid a ransom.", "ransomware attack", 2021},
		{"In 2019, the mayor resigned after an investigation, and later moved abroad.", "resigned", 2019},
	} {
		ms, e := mentionsAt(pub, tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.trig)
			continue
		}
		if !m.background || m.year != tc.year {
			t.Errorf("%q: %q background %v year %d, want true %d", tc.text, tc.trig, m.background, m.year, tc.year)
		}
	}
}

// TestCoveredPeriodAndInvertedCondition: the period figures cover ("for
// the third quarter of 2025", "in the first nine months of 2025") does not
// date their report; "Had the auditors warned the board in 2024, …" is a
// condition.
func TestCoveredPeriodAndInvertedCondition(t *testing.T) {
	pub := time.Date(2026, 10, 14, 20, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"On Tuesday the brewer announced a profit of $14 million for the third quarter of 2025.",
		"On Tuesday the brewer announced a profit of $14 million in the first nine months of 2025.",
		// (without a day in the sentence, the year alone would date it)
		"The brewer announced a profit of $14 million for the third quarter of 2025.",
		"The brewer announced a profit of $14 million in the first nine months of 2025.",
	} {
		ms, e := mentionsAt(pub, text)
		if m := lastOfKind(ms, e, "results"); m == nil || m.background || m.year == 2025 {
			t.Errorf("%q: %+v, want the report of 2026", text, m)
		}
	}
	ms, e := mentionsAt(pub, "In 2025 the brewer announced a profit of $14 million.")
	if m := lastOfKind(ms, e, "results"); m == nil || !m.background {
		t.Errorf("a report in 2025: %+v, want background", m)
	}
	// a span of an activity, or a time ago, stays background
	for _, tc := range []struct{ text, kind string }{
		{"The pact ended three years of talks between the two firms.", "meeting"},
		{"Two workers were hurt in a blast at the mill 15 years ago.", "injury"},
	} {
		ms, e := mentionsAt(pub, tc.text)
		if m := lastOfKind(ms, e, tc.kind); m == nil || !m.background {
			t.Errorf("%q: %+v, want background", tc.text, m)
		}
	}
	ms, e = mentionsAt(pub, "Had the auditors warned the board in 2024, the writedown could have been avoided.")
	if m := lastOfKind(ms, e, "results"); m == nil || m.status != StatusHypothetical {
		t.Errorf("inverted condition: %+v, want hypothetical", m)
	}
	ms, e = mentionsAt(pub, "Had been warned twice, the brewer still booked a loss.")
	if m := lastOfKind(ms, e, "results"); m == nil || m.status != StatusHappened {
		t.Errorf("no condition: %+v, want happened", m)
	}
}

// reversed returns the corpus with its sources in the opposite order.
func reversed(c *data.Corpus) *data.Corpus {
	out := *c
	out.Sources = nil
	for i := len(c.Sources) - 1; i >= 0; i-- {
		out.Sources = append(out.Sources, c.Sources[i])
	}
	return &out
}

// fd formats a day number for test messages.
func fd(d int) string {
	if d == 0 {
		return "-"
	}
	return dayTime(d).Format("2006-01-02")
}

// TestPhrasalVerbs: a phrasal verb split by its object still matches.
func TestPhrasalVerbs(t *testing.T) {
	tests := []struct {
		text   string
		kinds  []string
		status Status
	}{
		{"Within a few hours they had shut the whole network down.", []string{"closure"}, StatusHappened},
		{"The crew turned the plane back toward the airport.", []string{"landing"}, StatusHappened},
		{"Organisers called the festival off on Friday.", []string{"public-event"}, StatusCancelled},
		{"Crews put the fire out overnight.", []string{"containment"}, StatusHappened},
		{"The committee shut down the hearing.", []string{"closure"}, StatusHappened}, // the hearing is its object
		{"He turned to the crowd and waved.", nil, StatusHappened},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		for _, m := range ms {
			if !m.passing && !m.quoted && m.status != tc.status {
				t.Errorf("%q: %s status %s, want %s", tc.text, kindName(e, m), m.status, tc.status)
			}
		}
		if got := mainKinds(e, ms); strings.Join(got, ",") != strings.Join(tc.kinds, ",") {
			t.Errorf("%q: main kinds %v, want %v", tc.text, got, tc.kinds)
		}
	}
}

// TestContextualPhrases: multi-word contextual triggers count only with
// their context words; a failed one lets a trigger start inside it; "be"
// takes no particle across an object; "injured in the collapse" names the
// collapse only as a setting.
func TestContextualPhrases(t *testing.T) {
	tests := []kindCase{
		{"The roof of the tunnel gave way shortly after 2 a.m.", []string{"accident"}},
		{"The ceiling fell in during the night.", []string{"accident"}},
		{"The opposition gave way on the budget.", nil},
		{"Prices came down in March.", nil},
		{"The first miner was brought up in a steel capsule at 11:40 p.m.", []string{"rescue"}},
		{"Two more miners are up.", []string{"rescue"}},
		{"The issue was brought up again.", nil},
		{"Staff are writing out tickets by hand.", nil},
		{"By 4 p.m. its app is up and running again.", []string{"reopening"}},
		{"The drill broke through into the tunnel at 4:15 a.m.", []string{"breakthrough"}},
		{"Protesters broke through a police line.", []string{"protest"}},
		{"A second rig began drilling a wider shaft.", []string{"drilling"}},
		{"A camera went down the hole at 8 a.m.", nil},
		{"The company's website went down at 9:42 a.m.", []string{"outage"}},
		{"Rescuers lowered a camera into the hole.", nil},
		{"The miner who was injured in the collapse has died.", []string{"injury"}},
		{"The two countries swapped twelve prisoners on the tarmac.", []string{"exchange"}},
		{"The seven were handed over at 3 p.m.", []string{"exchange"}},
		{"The central bank exchanged views with the ministry.", nil},
		{"The president signed pardons for the seven men on Tuesday.", []string{"pardon"}},
		{"Five of the returnees were discharged on Friday.", []string{"discharge"}},
		{"The delegations initialled the agreement on Monday evening.", []string{"transaction"}},
		{"Here is how it came together, and what it settled.", nil},
		{"The company settled the lawsuit for $2 million.", []string{"lawsuit"}},
		{"The opposition leader attacked the deal in a post.", []string{"post"}},
		{"The seven were later driven to the city's military hospital.", []string{"hospitalisation"}},
		{"Divers pulled two men from the water; one was taken to hospital.", []string{"rescue"}},
		{"The company pulled the product from its shelves.", nil},
	}
	checkMainKinds(t, tests)
}

// TestDayByDayHeadings: in an account told day by day under weekday
// headings and published a week later, a bare weekday is the one after the
// day the narrative has reached, not the one before publication; in an
// ordinary article it keeps the news reading.
func TestDayByDayHeadings(t *testing.T) {
	const dayByDay = "---\ntitle: How the rescue unfolded\npublished: 2026-05-21\n---\n# How the rescue unfolded\n\n" +
		"A reconstruction of the rescue, pieced together from interviews with rescuers and officials.\n\n## Tuesday\n\n" +
		"At 02:10 on Tuesday 12 May 2026, the roof of a tunnel collapsed 430 metres below ground.\n\n## Wednesday\n\n" +
		"The drill broke through into the tunnel at 4:15 a.m. on Wednesday.\n\n## Thursday\n\n" +
		"The minister arrived at the pithead on Thursday evening.\n"
	const plain = "---\ntitle: Minister visits\npublished: 2026-05-21\n---\n# Minister visits\n\n" +
		"The roof of a tunnel collapsed on Tuesday 12 May 2026, trapping eleven miners for three days.\n\n" +
		"The minister arrived at the pithead on Thursday evening to meet the families.\n"
	// headings with a title after the weekday ("## Thursday: the visit")
	titled := strings.NewReplacer("## Tuesday", "## Tuesday: the fall", "## Wednesday", "## Wednesday — the drill", "## Thursday", "## Thursday: the visit").Replace(dayByDay)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"day-by-day", dayByDay, "2026-05-14"},
		{"titled headings", titled, "2026-05-14"},
		{"plain", plain, "2026-05-21"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		tl := Build(data.Load([]string{dir}, data.Options{}))
		i := eventOfKind(tl, "arrival", "", "pithead")
		if i < 0 {
			t.Fatalf("%s: no arrival event", tc.name)
		}
		if got := tl.Events[i].When.Date; got != tc.want {
			t.Errorf("%s: arrival on %s, want %s", tc.name, got, tc.want)
		}
	}
}

// mainKinds lists the kinds of the mentions that are neither passing nor
// quoted, in order.
// kindCase is one sentence and the kinds of its main mentions, in order.
type kindCase struct {
	text  string
	kinds []string
}

// checkMainKinds checks the kinds of each sentence's main (not passing,
// not quoted) mentions.
func checkMainKinds(t *testing.T, tests []kindCase) {
	t.Helper()
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		if got := mainKinds(e, ms); strings.Join(got, ",") != strings.Join(tc.kinds, ",") {
			t.Errorf("%q: main kinds %v, want %v", tc.text, got, tc.kinds)
		}
	}
}

// statusCase is a sentence, one of its triggers and the status its
// mention should get.
type statusCase struct {
	text, trig string
	status     Status
}

// checkStatuses checks the status of each case's mention.
func checkStatuses(t *testing.T, tests []statusCase) {
	t.Helper()
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.trig)
			continue
		}
		if m.status != tc.status {
			t.Errorf("%q %q: status %s, want %s", tc.text, tc.trig, m.status, tc.status)
		}
	}
}

func mainKinds(e *engine, ms []mention) []string {
	var got []string
	for _, m := range ms {
		if !m.passing && !m.quoted {
			got = append(got, kindName(e, m))
		}
	}
	return got
}

// TestStoryFigureSinceAnotherYear: "frozen since 2022" tells when a state
// began; the sentence's figures are still the story's and are compared.
func TestStoryFigureSinceAnotherYear(t *testing.T) {
	pub := time.Date(2026, 5, 7, 12, 0, 0, 0, time.UTC)
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "The two countries exchanged prisoners on Wednesday.\nUnder the agreement, the government will also release $120 million in foreign state funds that have been frozen since 2022."},
		article{id: "b", outlet: "B", published: pub, text: "The two countries exchanged prisoners on Wednesday.\nThe government agreed to release $300 million in foreign state funds frozen in its banks since 2022."},
		article{id: "c", outlet: "C", published: pub, text: "The two countries exchanged prisoners on Wednesday.\nIn 2019, the government paid $40 million in state funds to settle a claim."},
	)
	tl := Build(c)
	var notes []string
	for _, d := range tl.Disagreements {
		notes = append(notes, d.Note)
	}
	if len(notes) != 1 || notes[0] != "$120 million vs $300 million" {
		t.Errorf("story disagreements %q, want one: $120 million vs $300 million", notes)
	}
}

// TestMergedAcrossOutlets: different stated days keep events apart,
// except where that would hide a disagreement: one plan dated in
// different months in the same specific words ("as early as July",
// "targeting September" for "a return to flight"), and one person who
// "flew to Geneva on Monday" in one outlet and "arrived in Geneva on
// Sunday" in another. One shared word ("reopen") or another city is not
// enough.
func TestMergedAcrossOutlets(t *testing.T) {
	tests := []struct {
		name, a, b, subA, subB string
		merged                 bool
		verdict                string // of the one date disagreement of a merged event
		status                 Status
	}{
		{"plan, same phrase", "The rocket failed to reach orbit on Tuesday.\nChief executive Jane Doe said she hoped the rocket could return to flight as early as July.",
			"The rocket failed to reach orbit on Tuesday.\nOrbex Launch has told customers it is targeting September for a return to flight.", "July", "September", true, "compatible", StatusPlanned},
		{"plan, one shared word", "The rocket failed to reach orbit on Tuesday.\nChief executive Jane Doe said the plant will reopen in July.",
			"The rocket failed to reach orbit on Tuesday.\nOrbex Launch said the line will reopen in September.", "July", "September", false, "", ""},
		{"plan, same infinitive", "The roof of the mine fell in on Tuesday.\nThe inspectorate opened an inquiry. It is due to report by the end of July.",
			"The roof of the mine fell in on Tuesday.\nThe inspectorate has opened an inquiry. It is expected to report in October.", "due to report", "expected to report", true, "conflicting", StatusPlanned},
		{"plan, same word, days a week apart", "Nimbara traced the failure to a faulty change on Monday.\nThe regulator ordered Nimbara to deliver the findings by 27 March.",
			"The regulator on Monday ordered Nimbara to hand its findings to the regulator by April 3.", "deliver the findings", "hand its findings", true, "conflicting", StatusPlanned},
		{"plan, same word, another party", "Nimbara traced the failure to a faulty change on Monday.\nThe regulator ordered Nimbara to deliver the findings by 27 March.",
			"The regulator on Monday ordered Arcwell to hand its findings to the regulator by April 3.", "deliver the findings", "hand its findings", false, "", ""},
		{"visit, same city", "Foreign Minister Jane Doe flew to Geneva on Monday, April 13, for the final round of talks.",
			"Jane Doe arrived in Geneva on Sunday 12 April and met the mediators that evening.", "flew to", "arrived", true, "conflicting", StatusHappened},
		{"visit, other city", "Foreign Minister Jane Doe flew to Geneva on Monday, April 13, for the final round of talks.",
			"Jane Doe arrived in Vienna on Sunday 12 April and met the mediators that evening.", "flew to", "arrived", false, "", ""},
	}
	pub := time.Date(2026, 4, 15, 12, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		tl := Build(corpusOf("t", article{id: "a", outlet: "A", published: pub, text: tc.a}, article{id: "b", outlet: "B", published: pub, text: tc.b}))
		ia, ib := eventWith(tl, "a", tc.subA), eventWith(tl, "b", tc.subB)
		if ia < 0 || ib < 0 {
			t.Errorf("%s: events not found (%d, %d)", tc.name, ia, ib)
			continue
		}
		if (ia == ib) != tc.merged {
			t.Errorf("%s: merged %v, want %v", tc.name, ia == ib, tc.merged)
			continue
		}
		if !tc.merged {
			continue
		}
		ev := tl.Events[ia]
		if ds := ev.Disagreements; len(ds) != 1 || ds[0].Fact != "date" || ds[0].Verdict != tc.verdict {
			t.Errorf("%s: disagreements %+v, want one %s date", tc.name, ds, tc.verdict)
		}
		if ev.Status != tc.status {
			t.Errorf("%s: status %s, want %s", tc.name, ev.Status, tc.status)
		}
	}
}

// TestBackgroundEventDisagreement: outlets that count an earlier
// happening differently disagree on it too ("on three previous flights"
// vs "twice in the past week").
func TestBackgroundEventDisagreement(t *testing.T) {
	pub := time.Date(2026, 2, 16, 12, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "A door plug blew out of a jet over Spokane on Friday.\nThe same jet had shown a pressurization warning light on three previous flights, on Jan. 28, Feb. 3 and Feb. 10."},
		article{id: "b", outlet: "B", published: pub, text: "A door plug blew out of a jet over Spokane on Friday.\nThe jet had been the subject of pressurization warnings twice in the past week, officials said."},
	))
	i := eventWith(tl, "a", "three previous flights")
	if i < 0 || eventWith(tl, "b", "twice") != i {
		t.Fatalf("the warnings are not one event")
	}
	ev := tl.Events[i]
	if !ev.Background {
		t.Fatalf("the warnings are not background")
	}
	if len(ev.Disagreements) != 1 || ev.Disagreements[0].Verdict != "conflicting" {
		t.Errorf("disagreements %+v, want one conflicting count", ev.Disagreements)
	}
}

// TestPlanAfterReportsApart: a plan dated after every report of a
// happening is another event ("traced the failure" on Monday, "deliver
// the findings by 27 March" in articles of 10 March); dated on the
// happening's own day it may still join ("has called an election for 28
// June", "set an election for 28 June").
func TestPlanAfterReportsApart(t *testing.T) {
	pub := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Nimbara's engineers traced the failure to a faulty change.\nThe regulator ordered Nimbara to deliver the findings by 27 March."},
		article{id: "b", outlet: "B", published: pub, text: "Nimbara's engineers found the source of the failure."},
	))
	found, plan := eventWith(tl, "a", "traced the failure"), eventWith(tl, "a", "deliver the findings")
	if found < 0 || plan < 0 {
		t.Fatalf("events not found (%d, %d)", found, plan)
	}
	if found == plan {
		t.Errorf("the plan joined the happening: %+v", tl.Events[found])
	}
	if tl.Events[plan].Status != StatusPlanned {
		t.Errorf("plan status %s", tl.Events[plan].Status)
	}
	pub = time.Date(2026, 5, 15, 12, 0, 0, 0, time.UTC)
	tl = Build(corpusOf("t",
		article{id: "c", outlet: "C", published: pub, text: "President Aurel Brandt has called an early parliamentary election for Sunday 28 June."},
		article{id: "d", outlet: "D", published: pub, text: "By the evening, the president had set an election for 28 June."},
	))
	if c, d := eventWith(tl, "c", "called"), eventWith(tl, "d", "set an election"); c < 0 || c != d {
		t.Errorf("the election for 28 June is two events (%d, %d)", c, d)
	}
}

// TestErrandFolds: a coming or going one outlet alone tells, next to
// another act of the same person that day, is the trip to that act; an
// arrival other outlets report too, or one next to another person's act,
// stays an event of its own.
func TestErrandFolds(t *testing.T) {
	pub := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		arts []article
		fold bool
	}{
		{"the trip to a resignation", []article{
			{id: "a", outlet: "A", published: pub, text: "Chief executive Maria Lund resigned on Monday, the board said.\nLund arrived at the company's headquarters shortly after 8 a.m. and left about an hour later."},
			{id: "b", outlet: "B", published: pub, text: "Maria Lund resigned as chief executive on Monday."},
		}, true},
		{"an arrival two outlets report", []article{
			{id: "a", outlet: "A", published: pub, text: "Chief executive Maria Lund resigned on Monday, the board said.\nLund arrived at the company's headquarters shortly after 8 a.m. and left about an hour later."},
			{id: "b", outlet: "B", published: pub, text: "Maria Lund resigned as chief executive on Monday.\nLund arrived at the headquarters at 8 a.m. on Monday."},
		}, false},
		{"next to another person's act", []article{
			{id: "a", outlet: "A", published: pub, text: "Peter Holm resigned as chairman on Monday, the board said.\nMaria Lund arrived at the company's headquarters shortly after 8 a.m. and left about an hour later."},
			{id: "b", outlet: "B", published: pub, text: "Peter Holm resigned as chairman on Monday."},
		}, false},
	}
	for _, tc := range tests {
		tl := Build(corpusOf("t", tc.arts...))
		act, trip := eventWith(tl, "a", "resigned"), eventWith(tl, "a", "arrived")
		if act < 0 || trip < 0 {
			t.Fatalf("%s: events not found (%d, %d)", tc.name, act, trip)
		}
		if (act == trip) != tc.fold {
			t.Errorf("%s: arrival folded into the act = %v, want %v", tc.name, act == trip, tc.fold)
		}
	}
}

// TestReopeningDays: trains "running again" is the reopening itself (no
// second instance), and outlets naming different days for it, two days
// apart, make one event with a date disagreement between them.
func TestReopeningDays(t *testing.T) {
	pub := time.Date(2026, 10, 23, 12, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Trains began running through Lisle again on Tuesday, after crews rebuilt the track."},
		article{id: "b", outlet: "B", published: pub, text: "Residents were allowed home on Wednesday, and trains have been running on the line since Tuesday."},
		article{id: "c", outlet: "C", published: pub.AddDate(0, 0, 8), text: "The railway reopened the line on Thursday, October 22, after rebuilding half a mile of track."},
	))
	a, b, c := eventWith(tl, "a", "began running"), eventWith(tl, "b", "have been running"), eventWith(tl, "c", "reopened")
	if a < 0 || a != b || a != c {
		t.Fatalf("reopening events %d, %d, %d, want one", a, b, c)
	}
	var got []string
	for _, d := range tl.Events[a].Disagreements {
		if d.Fact == "date" {
			for _, s := range d.Sides {
				got = append(got, s.Value+"="+strings.Join(s.Outlets, ","))
			}
		}
	}
	if want := "2026-10-20=A,B|2026-10-22=C"; strings.Join(got, "|") != want {
		t.Errorf("date sides %v, want %s", got, want)
	}
}

// TestFireApartFromCrash: a fire that follows a crash is an event of its
// own, and its length is compared there.
func TestFireApartFromCrash(t *testing.T) {
	pub := time.Date(2026, 10, 18, 12, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "A freight train derailed late on Friday.\nSeveral of the derailed cars caught fire, and the blaze burned for about 18 hours."},
		article{id: "b", outlet: "B", published: pub, text: "A freight train derailed on Friday night, and 38 of its 112 cars left the track.\nThe fire burned for more than 30 hours."},
	))
	crash, fire, fire2 := eventOfKind(tl, "accident", "a", "derailed late"), eventOfKind(tl, "fire", "a", "caught fire"), eventOfKind(tl, "fire", "b", "fire burned")
	if crash < 0 || fire < 0 || crash == fire || fire != fire2 {
		t.Fatalf("crash %d, fire %d and %d: want the fire apart from the crash, one fire", crash, fire, fire2)
	}
	found := false
	for _, d := range tl.Events[fire].Disagreements {
		found = found || d.Fact == "duration" && d.Verdict == "conflicting"
	}
	if !found {
		t.Errorf("fire: no duration conflict in %+v", tl.Events[fire].Disagreements)
	}
}

// TestInstantRulingTimes: a ruling is one moment, so outlets giving it
// clock times hours apart disagree, and "the decision was announced at"
// is the ruling's own time, not the time of a saying about it. A
// restoration told at times hours apart stays without a time conflict
// (different moments of it).
func TestInstantRulingTimes(t *testing.T) {
	pub := time.Date(2026, 7, 9, 18, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "The tribunal released its decision at 11 a.m. on Thursday, cutting the fine to $2 million."},
		article{id: "b", outlet: "B", published: pub, text: "The decision was announced shortly after 3 p.m. on Thursday, and the company's lawyer read it out to reporters."},
		article{id: "c", outlet: "C", published: pub, text: "Service was restored at 11 a.m. on Thursday, the operator said."},
		article{id: "d", outlet: "D", published: pub, text: "Service was restored at 3 p.m. on Thursday after engineers replaced a cable."},
	))
	a, b := eventWith(tl, "a", "released its decision"), eventWith(tl, "b", "decision was announced")
	if a < 0 || a != b {
		t.Fatalf("ruling events %d, %d, want one", a, b)
	}
	found := false
	for _, d := range tl.Events[a].Disagreements {
		found = found || d.Fact == "time" && d.Verdict == "conflicting"
	}
	if !found {
		t.Errorf("no time conflict on the ruling: %+v", tl.Events[a].Disagreements)
	}
	c := eventWith(tl, "c", "restored")
	if c < 0 {
		t.Fatal("no restoration event")
	}
	for _, d := range tl.Events[c].Disagreements {
		if d.Fact == "time" {
			t.Errorf("time disagreement on a restoration: %+v", d)
		}
	}
}

// TestAppositiveYear: a year in a description of the subject set off by
// commas ("the national champion in 2024") is the title's year, not the
// year of the act that follows.
func TestAppositiveYear(t *testing.T) {
	tests := []struct {
		text string
		year int
	}{
		{"Lee, 27, the national 800 metres champion in 2024, tested positive for a banned diuretic.", 0},
		{"In 2024, Lee tested positive for a banned diuretic.", 2024},
		{"Lee tested positive for a banned diuretic in 2024, the agency said.", 2024},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		got := -1
		if m := lastOfKind(ms, e, "test-result"); m != nil {
			got = m.year
		}
		if got != tc.year {
			t.Errorf("%q: year %d, want %d", tc.text, got, tc.year)
		}
	}
}

// TestArticleSense: a trigger word with no context in its sentence takes
// the sense its article has established (one sense per article).
func TestArticleSense(t *testing.T) {
	pub := time.Date(2026, 5, 12, 18, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, trig, kind string
	}{
		{"labour article", "Bus drivers in Easton walked out at 6 a.m. in a dispute over pay.\nThe strike goes on.", "strike", "strike"},
		{"war article", "A missile attack hit the port of Easton overnight.\nThe strike killed four people.", "strike", "attack"},
		{"weapon in the sentence wins", "Bus drivers in Easton walked out at 6 a.m. in a dispute over pay.\nA drone strike hit the depot.", "strike", "attack"},
	}
	for _, tc := range tests {
		ms, e := mentionsAt(pub, tc.text)
		var got []string
		for i := range ms {
			s := &e.sents[ms[i].sent]
			if s.idx == 1 && strings.HasPrefix(s.text[s.toks[ms[i].ti].start:s.toks[ms[i].tj-1].end], tc.trig) {
				got = append(got, kindName(e, ms[i]))
			}
		}
		if len(got) != 1 || got[0] != tc.kind {
			t.Errorf("%s: %q in the second sentence is %v, want %s", tc.name, tc.trig, got, tc.kind)
		}
	}
}

// TestHeadingStampedEntry: a live blog's entry under a heading that is a
// clock stamp ("### 2:50 PM"), told in the present, happens on the blog's
// day; a recap in the past tense under it does not.
func TestHeadingStampedEntry(t *testing.T) {
	text := "# Live: strike day one\n\n### 2:50 PM\n\nThe mayor has put out a statement.\n\n### 1:10 PM\n\nThe depot closed after a fire.\n"
	src, err := data.Parse("blog.md", []byte(text), data.Meta{Outlet: "Blog", Published: time.Date(2026, 5, 12, 18, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	e := &engine{lx: mustLexicon(), c: &data.Corpus{Sources: []*data.Source{src}}}
	e.mentions()
	if m := mentionOf(e.ms, e, "statement"); m == nil || m.day != ymd(2026, 5, 12) {
		t.Errorf("statement under a stamp heading: %+v, want the blog's day", m)
	}
	if m := mentionOf(e.ms, e, "closed"); m == nil || m.day != 0 {
		t.Errorf("past-tense recap under a stamp heading: %+v, want no day", m)
	}
}

// TestStrikeSitesAndTalksLength: outlets naming different sites of one
// strike do not disagree on its place; the length of talks told with their
// collapse ("collapsed after more than 14 hours") is the talks' length.
func TestStrikeSitesAndTalksLength(t *testing.T) {
	pub := time.Date(2026, 5, 12, 18, 0, 0, 0, time.UTC) // Tuesday
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Talks at the mediation board in Easton collapsed late last night after more than 14 hours.\n" +
			"Bus drivers walked out at 6 a.m. on Tuesday in a dispute over pay.\nThe union leader joined the picket at St Anne's Hospital in Easton."},
		article{id: "b", outlet: "B", published: pub, text: "Monday's talks at the mediation board in Easton broke up after nine hours.\n" +
			"Bus drivers walked out at 6 a.m. on Tuesday in a dispute over pay.\nThe mayor joined the picket at Weston General Hospital."})
	tl := Build(c)
	s := eventOfKind(tl, "strike", "a", "walked out")
	if s < 0 || eventOfKind(tl, "strike", "b", "walked out") != s {
		t.Fatalf("the walkout is not one strike event")
	}
	for _, d := range tl.Events[s].Disagreements {
		if d.Fact == "place" {
			t.Errorf("strike sites reported as a place disagreement: %s", d.Note)
		}
	}
	m := eventOfKind(tl, "meeting", "a", "collapsed")
	if m < 0 || eventOfKind(tl, "meeting", "b", "broke up") != m {
		t.Fatalf("the talks are not one meeting event")
	}
	found := false
	for _, d := range tl.Events[m].Disagreements {
		found = found || d.Fact == "duration"
	}
	if !found {
		t.Errorf("talks of more than 14 hours vs nine hours: no duration disagreement (%+v)", tl.Events[m].Disagreements)
	}
}

// TestWeakFollowUpJoinsTheMeetingBefore: "The government was represented
// by …" after the second round of talks belongs to that round, not to the
// first one with more outlets.
func TestWeakFollowUpJoinsTheMeetingBefore(t *testing.T) {
	pub := time.Date(2026, 5, 16, 18, 0, 0, 0, time.UTC) // Saturday
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Talks at the mediation board broke down on Monday after nine hours.\nThe sides met again on Thursday, and the talks lasted two hours.\nThe government was represented by a deputy minister, Odile Ferr, who sat alongside Mara Osk and Colm Vey."},
		article{id: "b", outlet: "B", published: pub, text: "Monday's talks at the mediation board broke down after nine hours."})
	tl := Build(c)
	first := eventWith(tl, "b", "Monday's talks")
	follow := eventWith(tl, "a", "was represented by")
	if first < 0 || follow < 0 {
		t.Fatalf("no talks (%d) or no follow-up (%d)", first, follow)
	}
	if follow == first || tl.Events[follow].When.Date != "2026-05-14" {
		t.Errorf("the follow-up joined %q on %s, want the second round on 2026-05-14", tl.Events[follow].Title, tl.Events[follow].When.Date)
	}
}

// TestQuestionTimeFollowsTheGathering: officials who "took questions" in
// the sentence after a town meeting are its question time, and the meeting
// keeps its kind and their names; after a news conference, or alone, the
// phrase still tells a press conference.
func TestQuestionTimeFollowsTheGathering(t *testing.T) {
	pub := time.Date(2026, 3, 13, 22, 0, 0, 0, time.UTC) // Friday
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "The parish council held a public meeting about the flooding in Westby on Thursday evening.\nFrom the stage, Mayor Hedda Lurk and engineer Colm Vey then answered questions until ten o'clock.\nInsurance came up again and again."},
		article{id: "b", outlet: "B", published: pub, text: "Mayor Hedda Lurk fielded questions at Thursday's public meeting in Westby."},
		article{id: "c", outlet: "C", published: pub, text: "The water company held a news conference on Wednesday.\nIts chief, Mara Osk, took questions for 20 minutes."},
		article{id: "d", outlet: "D", published: pub, text: "Engineers from the agency took questions on Tuesday."})
	tl := Build(c)
	meeting, qa := eventWith(tl, "a", "public meeting"), eventWith(tl, "a", "answered questions")
	if meeting < 0 || qa != meeting {
		t.Fatalf("question time is event %d, the town meeting %d; want one event", qa, meeting)
	}
	ev := tl.Events[meeting]
	if strings.Contains(ev.Title, "Press conference") || !slices.Contains(ev.Who, "Vey") {
		t.Errorf("the town meeting reads %q with %v; want a meeting with the officials at the table", ev.Title, ev.Who)
	}
	if eventWith(tl, "b", "fielded questions") != meeting {
		t.Errorf("the other outlet's meeting with questions answered is another event")
	}
	if pc := eventWith(tl, "c", "took questions"); pc < 0 || pc != eventWith(tl, "c", "news conference") {
		t.Errorf("questions after a news conference are event %d, not the news conference", pc)
	}
	if pc := eventWith(tl, "d", "took questions"); pc < 0 || !strings.Contains(tl.Events[pc].Title, "Press conference") {
		t.Errorf("questions taken alone are not a press conference")
	}
}

// TestHeadcount: how many people an arrest is of, from its clause (0 when
// it does not say, or the number counts those who made it).
func TestHeadcount(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"Detectives carried out four arrests at the warehouse.", 4},
		{"The agency said the two drivers were detained at the border.", 2},
		{"Two men were detained at the port.", 2},
		{"Officers arrested four people at the scene.", 4},
		{"A 61-year-old man from the village was arrested on Monday.", 1},
		{"Three days later police arrested the man.", 0},
		{"Police arrested Hedda Lurk, 44, at her home.", 0},
		{"Two officers arrested a man outside the bank.", 1},
		{"Police arrested a group of protesters.", 0},
		{"A man and a woman were arrested.", 0},
	} {
		ms, e := sentenceMentions(tt.s)
		got := -1
		if m := lastOfKind(ms, e, "arrest"); m != nil {
			got = m.heads
		}
		if got != tt.want {
			t.Errorf("%q: %d people arrested, want %d", tt.s, got, tt.want)
		}
	}
}

// TestOneArrestIsNotARound: one man detained on Monday is not the round
// of four detentions an outlet dates to Monday and others to Sunday; that
// round is one event whose date the outlets disagree on.
func TestOneArrestIsNotARound(t *testing.T) {
	pub := time.Date(2026, 3, 17, 9, 0, 0, 0, time.UTC) // Tuesday
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Officers detained four youths at a warehouse in Westby on Sunday.\nA 61-year-old man was also detained on Monday, accused of buying the stolen cable."},
		article{id: "b", outlet: "B", published: pub, text: "Four youths were detained in Westby on Sunday.\nOn Monday afternoon a man was arrested, accused of buying the stolen cable."},
		article{id: "c", outlet: "C", published: pub, text: "Detectives carried out four arrests at the warehouse on Monday."})
	tl := Build(c)
	round, woman, late := eventWith(tl, "a", "four youths"), eventWith(tl, "a", "61-year-old"), eventWith(tl, "c", "four arrests")
	if round < 0 || woman < 0 || late < 0 {
		t.Fatalf("events: round %d, woman %d, Monday's round %d", round, woman, late)
	}
	if late != round || woman == round {
		t.Errorf("the three arrests told on Monday joined event %d; want the round (%d), apart from the woman's arrest (%d)", late, round, woman)
	}
	found := false
	for _, d := range tl.Events[round].Disagreements {
		found = found || d.Fact == "date"
	}
	if !found {
		t.Errorf("no date disagreement on the round of arrests: %+v", tl.Events[round].Disagreements)
	}
}

// TestOneHappeningToldTwiceAcrossAfter: "failed a drugs test after a
// random drug test on 3 February" is one test, dated 3 February; "resumed
// after talks on Monday" stays two events, and so would a phrase after
// "after" with a verb of its own ("a strike on 3 March failed").
func TestOneHappeningToldTwiceAcrossAfter(t *testing.T) {
	pub := time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)
	ms, e := mentionsAt(pub, "The driver, Colm Vey, failed a drugs test after a random drug test at the depot on 3 February, his employer said.")
	found := false
	for _, m := range ms {
		if !m.passing {
			found = true
			if e.lx.kinds[m.kind].Kind != "test-result" || m.day != ymd(2026, 2, 3) {
				t.Errorf("main mention %s on day %d, want the test on 3 February", e.lx.kinds[m.kind].Kind, m.day)
			}
		}
	}
	if !found {
		t.Fatalf("no main mention")
	}
	// the phrase after "after" with a verb of its own is another happening
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"a strike on 3 March failed to win a pay rise", true},
		{"a random drug test at the depot on 3 February, his employer said", false},
	} {
		toks, _ := tokenize(tt.s, false)
		if got := verbAfter(toks, 2); got != tt.want {
			t.Errorf("verbAfter(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	ms, e = mentionsAt(pub, "The talks resumed on Thursday after talks on Monday failed.")
	days := map[int]bool{}
	for _, m := range ms {
		if e.lx.kinds[m.kind].Kind == "meeting" {
			days[m.day] = true
		}
	}
	if !days[ymd(2026, 3, 19)] || !days[ymd(2026, 3, 16)] {
		t.Errorf("talks on days %v, want Monday 16 and Thursday 19 March", days)
	}
}

// TestLengthToldByLasted: "lasted nearly nine hours" past an appositive
// clause, and "which lasted about seven hours", are the hearing's length.
func TestLengthToldByLasted(t *testing.T) {
	pub := time.Date(2026, 6, 24, 9, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"The licensing hearing, chaired by a retired magistrate from Harlow, ran for about six hours.", 360},
		{"Vey's hearing, which lasted 90 minutes, ended without a decision.", 90},
		{"The hearing opened at nine, and the protest outside lasted three hours.", 0},
	} {
		ms, e := mentionsAt(pub, tt.s)
		got := -1
		if m := lastOfKind(ms, e, "hearing"); m != nil {
			got = 0
			if len(m.durs) > 0 {
				got = m.durs[0].minutes
			}
		}
		if got != tt.want {
			t.Errorf("%q: hearing length %d min, want %d", tt.s, got, tt.want)
		}
	}
	// across ", and" the length is another clause's, whatever kind is nearest
	ms, e := mentionsAt(pub, "The hearing was adjourned, and the storm lasted three hours.")
	for _, m := range ms {
		if len(m.durs) > 0 && m.tStart < strings.Index("The hearing was adjourned, and the storm lasted three hours.", ", and") {
			t.Errorf("%s before \", and\" took the length %v", e.lx.kinds[m.kind].Kind, m.durs)
		}
	}
}

// TestUndatedHearingJoinsTheOneOfItsLength: an undated hearing that
// "lasted six and a half hours" is the six-hour review hearing, not the
// three-day first hearing with more outlets and more names.
func TestUndatedHearingJoinsTheOneOfItsLength(t *testing.T) {
	pub := time.Date(2026, 7, 14, 9, 0, 0, 0, time.UTC)
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "A licensing panel in Harlow heard the case against the taxi firm of Hedda Lurk on 21 and 22 April, a three-day sitting in all.\nLurk and her solicitor, Colm Vey, were at the three-day hearing throughout."},
		article{id: "b", outlet: "B", published: pub, text: "The firm's first hearing lasted three days in April.\nIts review hearing in Westby on 23 June ran to about six hours."},
		article{id: "c", outlet: "C", published: pub, text: "Lurk told councillors the firm had fixed its brakes.\nThe hearing, chaired by a retired magistrate, lasted six and a half hours."})
	tl := Build(c)
	appeal, first, told := eventWith(tl, "b", "six hours"), eventWith(tl, "b", "three days"), eventWith(tl, "c", "six and a half hours")
	if appeal < 0 || first < 0 || appeal == first {
		t.Fatalf("hearings: appeal %d, first %d", appeal, first)
	}
	if told != appeal {
		t.Errorf("the six-hour hearing joined event %d (%s), want the review hearing %d", told, tl.Events[max(told, 0)].Title, appeal)
	}
}

// TestLengthFit: near lengths fit, lengths more than three times apart
// do not, others and missing ones say nothing.
func TestLengthFit(t *testing.T) {
	for _, tt := range []struct {
		durs    []int
		lengths []int
		want    float64
	}{
		{[]int{540}, []int{420, 2880}, 2},
		{[]int{540}, []int{2880}, -2},
		{[]int{540}, []int{1200}, 0},
		{nil, []int{2880}, 0},
		{[]int{540}, nil, 0},
	} {
		var ds []durRef
		for _, d := range tt.durs {
			ds = append(ds, durRef{minutes: d})
		}
		if got := lengthFit(ds, tt.lengths); got != tt.want {
			t.Errorf("lengthFit(%v, %v) = %v, want %v", tt.durs, tt.lengths, got, tt.want)
		}
	}
}

// TestDefiniteMentionFollowsTheSentenceBefore: "at the hearing" right
// after the review hearing of 23 June is that hearing, not the first one
// whose names it shares.
func TestDefiniteMentionFollowsTheSentenceBefore(t *testing.T) {
	pub := time.Date(2026, 7, 9, 18, 0, 0, 0, time.UTC)
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "A licensing panel heard the case of Hedda Lurk's taxi firm on 21 April in Harlow.\nLurk came with her solicitor Colm Vey and her manager Mara Osk to the hearing."},
		article{id: "b", outlet: "B", published: pub, text: "The review hearing in Westby on 23 June heard from two drivers.\nOnly Vey spoke for the firm at the hearing; Osk stayed in Harlow."})
	tl := Build(c)
	appeal, first, told := eventWith(tl, "b", "review hearing"), eventWith(tl, "a", "heard the case"), eventWith(tl, "b", "spoke for the firm")
	if appeal < 0 || first < 0 || appeal == first {
		t.Fatalf("hearings: appeal %d, first %d", appeal, first)
	}
	if told != appeal {
		t.Errorf("\"at the hearing\" joined event %d, want the review hearing %d", told, appeal)
	}
}

// TestHearingFollowUps: "At the defense table were …" and "called four
// witnesses" after a hearing tell more of it (beside an aside's "had
// flown in"); alone, "witnesses" is no hearing.
func TestHearingFollowUps(t *testing.T) {
	pub := time.Date(2026, 6, 24, 9, 0, 0, 0, time.UTC)
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "An employment tribunal hearing in Westby on Tuesday considered the claim of Hedda Lurk.\nAt the defense table were Colm Vey and Mara Osk, who had flown in from Harlow.\nThe union called four witnesses."},
		article{id: "b", outlet: "B", published: pub, text: "Two witnesses were called at Tuesday's tribunal hearing in Westby."},
		article{id: "c", outlet: "C", published: pub, text: "Police appealed for witnesses to the crash on the ring road."})
	tl := Build(c)
	h := eventOfKind(tl, "hearing", "a", "considered the claim")
	if h < 0 || eventOfKind(tl, "hearing", "a", "defense table") != h || eventOfKind(tl, "hearing", "a", "four witnesses") != h || eventOfKind(tl, "hearing", "b", "Two witnesses") != h {
		t.Fatalf("the follow-ups are not all in the hearing (%d): %d, %d, %d", h,
			eventOfKind(tl, "hearing", "a", "defense table"), eventOfKind(tl, "hearing", "a", "four witnesses"), eventOfKind(tl, "hearing", "b", "Two witnesses"))
	}
	found := false
	for _, d := range tl.Events[h].Disagreements {
		found = found || d.Fact == "count"
	}
	if !found {
		t.Errorf("four witnesses vs two: no count disagreement (%+v)", tl.Events[h].Disagreements)
	}
	if eventWith(tl, "c", "witnesses") >= 0 {
		t.Errorf("an appeal for witnesses alone made an event")
	}
}

// TestIsPerson: a surname alone is a person of the story when the story
// names that person in full; a place or an unknown word is not.
func TestIsPerson(t *testing.T) {
	_, e := mentionsAt(time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC), "Mayor Hedda Lurk met Colm Vey in Westby on Monday.\nLurk said the talks went well.")
	for _, tt := range []struct {
		name string
		want bool
	}{{"Lurk", true}, {"Vey", true}, {"Westby", false}, {"Harlow", false}, {"Hedda Lurk", false}} {
		if got := e.isPerson(tt.name); got != tt.want {
			t.Errorf("isPerson(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLongHappeningReachesLaterPart: a meeting that began at 11 a.m. and
// went on for eight hours is the one another outlet says ended in the
// evening; a committee meeting told before a resignation dated Monday is not
// Tuesday's meeting.
func TestLongHappeningReachesLaterPart(t *testing.T) {
	if !spanMeets(11*60, []durRef{{minutes: 8 * 60}}, "evening") || spanMeets(11*60, []durRef{{minutes: 90}}, "evening") || spanMeets(11*60, nil, "evening") {
		t.Errorf("spanMeets: 11 a.m. + 8 hours must reach the evening, 11 a.m. + 90 minutes must not")
	}
	pub := time.Date(2026, 5, 20, 9, 0, 0, 0, time.UTC)
	c := corpusOf("meeting",
		article{"a", "Wire", time.Date(2026, 5, 13, 9, 0, 0, 0, time.UTC),
			"The new contract was agreed at an eight-hour meeting at the league's headquarters on Tuesday.\n" +
				"Colm Vey ruled out a pay cap when the meeting broke up late on Tuesday evening.\n"},
		article{"b", "Weekly", pub,
			"Ilse Varn quit as club chair on Monday, May 11, after a committee meeting at the stadium.\n" +
				"The deciding meeting began at 11 a.m. on Tuesday, May 12, at the league's headquarters and went on for about eight hours.\n"},
	)
	// in either order of the articles
	for _, tl := range []*Timeline{Build(c), Build(reversed(c))} {
		began := eventWith(tl, "b", "began at 11 a.m.")
		if began < 0 || began != eventWith(tl, "a", "eight-hour meeting") {
			t.Errorf("the meeting that began at 11 a.m. is not the eight-hour meeting: %d vs %d", began, eventWith(tl, "a", "eight-hour meeting"))
		}
	}
	ms, e := mentionsAt(pub, "Ilse Varn quit as club chair on Monday, May 11, after a committee meeting that ran for 40 minutes.")
	if m := lastOfKind(ms, e, "meeting"); m == nil || m.day != 0 || m.notAfter != ymd(2026, 5, 11) {
		t.Errorf("committee meeting before Monday's resignation: %+v, want undated, not after 11 May", m)
	}
}

// TestNaturalHazards: a quake that struck is an earthquake, not an attack,
// and the shocks before and after it are happenings of their own; a year in
// a phrase that names a happening dates it ("the last big quake, a magnitude
// 5.8 shock in 1986, killed …"), as does a year before ", when".
func TestNaturalHazards(t *testing.T) {
	pub := time.Date(2027, 3, 4, 18, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, trig, kind string }{
		{"The magnitude 6.2 earthquake struck at 4:10 a.m. on Tuesday near Westby.", "struck", "earthquake"},
		{"A strong aftershock struck the valley on Wednesday afternoon.", "struck", "aftershock"},
		{"A magnitude 4.0 foreshock shook the harbour town at 03:50 on Tuesday.", "foreshock", "foreshock"},
		{"A drone strike struck the depot on Tuesday.", "struck", "attack"},
	} {
		ms, e := mentionsAt(pub, tc.text)
		if m := mentionOf(ms, e, tc.trig); m == nil || e.lx.kinds[m.kind].Kind != tc.kind {
			t.Errorf("%q: %q is not %s", tc.text, tc.trig, tc.kind)
		}
	}
	for _, tc := range []struct{ text, trig string }{
		{"Westby's last major earthquake, a magnitude 5.8 shock in 1986, killed more than 120 people.", "earthquake"},
		{"Westby's last major earthquake, a magnitude 5.8 shock in 1986, killed more than 120 people.", "killed"},
		{"The fault last moved in 1986, when a magnitude 5.8 shock destroyed the old town.", "destroyed"},
	} {
		ms, e := mentionsAt(pub, tc.text)
		if m := mentionOf(ms, e, tc.trig); m == nil || m.year != 1986 {
			t.Errorf("%q: %q is not dated 1986 (%+v)", tc.text, tc.trig, m)
		}
	}
	// the year of a person's title still does not date the act, even with
	// an event noun in it
	for _, text := range []string{"Hedda Lurk, the national champion in 2024, resigned.", "Colm Vey, chief executive during the 2008 crash, resigned.",
		"Mara Osk, the shock winner in 2019, resigned."} {
		ms, e := mentionsAt(pub, text)
		if m := mentionOf(ms, e, "resigned"); m == nil || m.year != 0 {
			t.Errorf("%q: a title's year dated the resignation: %+v", text, m)
		}
	}
	// a time of the trigger's own clause beats the ", when" clause's
	ms, e := mentionsAt(pub, "Vey was elected in 2016, when voters rejected the incumbent after a scandal that erupted in 2014.")
	if m := mentionOf(ms, e, "erupted"); m == nil || m.year != 2014 {
		t.Errorf("the scandal's own year lost to the when-clause's: %+v", m)
	}
}

// TestStampedEntryPastClock: in a live blog's entry, a happening told in the
// past at a clock time shortly before the entry's stamp is of the blog's
// day; the stamp is not the time of a cause told after the entry's act.
func TestStampedEntryPastClock(t *testing.T) {
	pub := time.Date(2027, 3, 3, 21, 0, 0, 0, time.UTC)
	ms, e := mentionsAt(pub, "**09:20** — A strong aftershock hit at 09:12, and people ran out of the shops.")
	if m := mentionOf(ms, e, "aftershock"); m == nil || m.day != ymd(2027, 3, 3) || m.clock != 9*60+12 {
		t.Errorf("aftershock at 09:12 in the 09:20 entry: %+v, want 3 March at 09:12", m)
	}
	ms, e = mentionsAt(pub, "21:10 — The council has warned residents to stay indoors because the pumping station lost power.")
	if m := mentionOf(ms, e, "lost power"); m == nil || m.clock == 21*60+10 {
		t.Errorf("the stamp became the time of the cause: %+v", m)
	}
}

// TestTimeOfObject: a month or year that tells the time of a thing named
// after the act ("a survey from May 2019", "into the 2017 tender") does
// not date an act the sentence dates by its day; a year that modifies the
// event's own noun still does.
func TestTimeOfObject(t *testing.T) {
	pub := time.Date(2027, 9, 20, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, trig string
		year       int
	}{
		{"On Monday the Harlow Courier released a survey from May 2019 that rated the pier unsafe.", "released", 0},
		{"On Friday prosecutors opened an investigation into the 2017 tender.", "investigation", 0},
		{"On Friday officials recalled the 2019 election in Harlow.", "election", 2019},
		{"The inspectors released a survey in May 2019.", "released", 2019},
	} {
		ms, e := mentionsAt(pub, tc.text)
		if m := mentionOf(ms, e, tc.trig); m == nil || m.year != tc.year {
			t.Errorf("%q: %q year %+v, want %d", tc.text, tc.trig, m, tc.year)
		}
	}
}

// TestElapsedSince: a length followed by "since" or "after" and the
// happening measures the time since it, not its length.
func TestElapsedSince(t *testing.T) {
	pub := time.Date(2027, 9, 21, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, trig string
		durs       int
	}{
		{"It is a week since the earthquake that shook Westby.", "earthquake", 0},
		{"Three days after the earthquake, crews were still clearing roads.", "earthquake", 0},
		{"The talks lasted three hours on Friday.", "talks", 1},
	} {
		ms, e := mentionsAt(pub, tc.text)
		if m := mentionOf(ms, e, tc.trig); m == nil || len(m.durs) != tc.durs {
			t.Errorf("%q: %q lengths %+v, want %d", tc.text, tc.trig, m, tc.durs)
		}
	}
}

// kindOf returns the kind of the mention whose trigger is trig in text,
// or "" when there is none.
func kindOf(pub time.Time, text, trig string) string {
	ms, e := mentionsAt(pub, text)
	if m := mentionOf(ms, e, trig); m != nil {
		return e.lx.kinds[m.kind].Kind
	}
	return ""
}

// TestSalvageAndStaffKinds: a vessel that went aground, hit a reef or
// grounded is a grounding; salvors who pulled a vessel free refloated it;
// a tow is its own act and a sum-up after it is its length; a person kept
// from a post is a suspension; a winch that lifts people is a rescue. The
// guards: an airline that grounded jets orders, a cyclone that struck the
// reef islands is no grounding, coastguards who pulled walkers off a ledge
// rescued them, an engine winched onto a trailer is no rescue, a school
// that suspended classes or a club its captain for three matches is no
// staff suspension, and a one-word trigger does not beat a phrasal verb.
func TestSalvageAndStaffKinds(t *testing.T) {
	pub := time.Date(2027, 5, 20, 18, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, trig, kind string }{
		{"The coaster Ilse Maru went aground near Westby light early on Monday.", "went aground", "grounding"},
		{"The coaster Ilse Maru ran aground off Westby on Monday.", "ran aground", "grounding"},
		{"The trawler struck a sandbar at the river mouth.", "struck", "grounding"},
		{"The barge hit rocks below the cliffs.", "hit rocks", "grounding"},
		{"The coaster grounded near the lighthouse in thick fog.", "grounded", "grounding"},
		{"The airline grounded its jets on Monday.", "grounded", "order"},
		{"Salvors refloated the coaster on Thursday.", "refloated", "refloat"},
		{"A salvage tug pulled the barge clear of the sandbar at high water.", "pulled", "refloat"},
		{"Coastguards pulled two walkers off the rocks below the cliff path.", "pulled", ""},
		{"The barge was towed to the Westby yard on Friday.", "towed", "tow"},
		{"The airline suspended the co-pilot, Colm Vey, on Friday.", "suspended", "suspension"},
		{"Easton Ferries suspended all crossings to the island.", "suspended", "order"},
		{"The school suspended classes after a teacher fell ill.", "suspended", "order"},
		{"The club suspended its captain for three matches.", "suspended", "penalty"},
		{"A navy helicopter winched three climbers off the ledge.", "winched", "rescue"},
		{"Engineers winched the damaged carriage back onto the tracks.", "winched", ""},
		{"The court struck the law down on Friday.", "struck the law down", "ruling"},
	} {
		if got := kindOf(pub, tc.text, tc.trig); got != tc.kind {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.trig, got, tc.kind)
		}
	}
	ms, e := mentionsAt(pub, "The barge was later towed to Westby harbour, a trip of about six hours.")
	if m := mentionOf(ms, e, "trip"); m != nil {
		t.Errorf("the tow's sum-up is a ride of its own: %+v", m)
	}
	if m := mentionOf(ms, e, "towed"); m == nil || len(m.durs) != 1 || m.durs[0].minutes != 6*60 {
		t.Errorf("the tow's length: %+v, want about six hours", m)
	}
	// rescuers who arrive and rescue in one clause make one act; an
	// arrival after a subordinator is an act of its own
	if got := kindOf(pub, "A cyclone struck the reef islands on Tuesday.", "struck"); got == "grounding" {
		t.Error("a cyclone that struck reef islands read as a grounding")
	}
	ms, e = mentionsAt(pub, "The lifeboat arrived at 2.10am and rescued four sailors.")
	if m := mentionOf(ms, e, "arrived"); m != nil {
		t.Errorf("the lifeboat's arrival is an event of its own: %+v", m)
	}
	ms, e = mentionsAt(pub, "The ferry arrived in port on Sunday after lifeboats rescued 40 passengers.")
	if m := mentionOf(ms, e, "arrived"); m == nil {
		t.Error("an arrival after which a rescue is told was absorbed by it")
	}
	// claims are a lawsuit with a court or lawyers, not with insurers
	for _, tc := range []struct{ text, kind string }{
		{"Forty residents have lodged claims with their lawyers at the county court.", "lawsuit"},
		{"Forty residents have lodged claims with their insurers.", ""},
	} {
		if got := kindOf(pub, tc.text, "lodged claims"); got != tc.kind {
			t.Errorf("%q: lodged claims is %q, want %q", tc.text, got, tc.kind)
		}
	}
}

// TestTimesOfClauses: a day before "after" and a clause dates the main
// clause, not the clause's act (a noun after "after" keeps it).
func TestTimesOfClauses(t *testing.T) {
	pub := time.Date(2027, 5, 20, 18, 0, 0, 0, time.UTC)
	ms, e := mentionsAt(pub, "EASTON, May 20 (WNS) — The barge lay at the Westby quay on Wednesday after two tugs pulled the vessel off a sandbar.")
	if m := mentionOf(ms, e, "pulled"); m == nil || m.day != 0 {
		t.Errorf("the refloating took the day of the stay at the quay: %+v", m)
	}
}

// TestPlannedPayments: a payment someone "offered" is not yet made, but
// "offered" makes no other kind a plan ("offered its apologies after the
// outage on Monday").
func TestPlannedPayments(t *testing.T) {
	pub := time.Date(2027, 5, 20, 18, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, trig string
		want       Status
	}{
		{"Easton Ferries has offered every traveller a goodwill payment of 80 crowns.", "goodwill payment", StatusPlanned},
		{"The bank offered its apologies after the outage on Monday.", "outage", StatusHappened},
		{"After floods closed the ground, the club said it would refund all season tickets in full.", "refund", StatusPlanned},
	} {
		ms, e := mentionsAt(pub, tc.text)
		if m := mentionOf(ms, e, tc.trig); m == nil || m.status != tc.want {
			t.Errorf("%q: %q %+v, want %s", tc.text, tc.trig, m, tc.want)
		}
	}
}

// TestCoordinatedClauseNames: a name in a clause joined by ", but" or ",
// and" with a subject of its own takes no part in the trigger's act; one
// in a clause that goes on with the same subject does.
func TestCoordinatedClauseNames(t *testing.T) {
	checkWho(t, time.Date(2027, 5, 20, 18, 0, 0, 0, time.UTC), []whoCase{
		{"The council offered each tenant a goodwill payment, but Ilse Varn said it fell short.", "goodwill payment", "Ilse Varn", false},
		{"The insurer offered a goodwill payment, and tenants have hired the firm Osk Lurk.", "goodwill payment", "Osk Lurk", false},
		{"Mara Osk met union leaders on Monday, and was joined later by Colm Vey.", "met", "Colm Vey", true},
	})
}

// whoCase says whether a name is among a trigger's participants.
type whoCase struct {
	text, trig, name string
	in               bool
}

func checkWho(t *testing.T, pub time.Time, cases []whoCase) {
	t.Helper()
	for _, tc := range cases {
		ms, e := mentionsAt(pub, tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%q: no %q", tc.text, tc.trig)
			continue
		}
		if got := slices.ContainsFunc(m.who, func(w string) bool { return strings.Contains(w, tc.name) }); got != tc.in {
			t.Errorf("%q: %s among %q's participants %v = %v, want %v", tc.text, tc.name, tc.trig, m.who, got, tc.in)
		}
	}
}

// TestAnaphoricDecision: "the move" or "the decision" right after a
// sentence telling a decided act names that act again, with what its own
// sentence tells of it (a time, a vote count); not after an accident, a
// sentence away, or as "the decision to" do something else.
func TestAnaphoricDecision(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"The board sacked Colm Vey on Friday. Four of the seven directors backed the move.", []string{"dismissal", "dismissal"}},
		{"The board sacked Colm Vey on Friday. The decision was announced at 11 p.m.", []string{"dismissal", "dismissal"}},
		{"The tribunal cut her ban to two years. The decision was announced at noon.", []string{"ruling", "ruling"}},
		{"A fire broke out at the depot on Friday. The move surprised no one.", []string{"outbreak"}},
		{"The board sacked Colm Vey on Friday. Calderway shares fell 9%. The move surprised no one.", []string{"dismissal", "market-move"}},
		{"The board sacked Colm Vey on Friday. The decision to sue came a week later.", []string{"dismissal", "lawsuit"}},
		{"The board would not sack Colm Vey. The move surprised no one.", nil},
	})
}

// TestWeekdayBeforeParticiple: a weekday is not a modifier of the trigger
// after it, so "on Monday demanding" is a demand told, not one named after
// "on"; "on the demand" still is.
func TestWeekdayBeforeParticiple(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Westby Capital wrote to the council on Monday demanding an explanation for the closure.", []string{"letter", "demand"}},
		{"Westby Capital wrote to the board on Sunday about the demands.", []string{"letter"}},
	})
}

// TestReportingCreditNames: the journalists of a credit that closes a
// sentence ("…, Hedda Lurk and Colm Vey reported for the Example Wire") and
// the agencies of a picture credit after "©" take no part in its event;
// a name before an ordinary "reported" does.
func TestReportingCreditNames(t *testing.T) {
	checkWho(t, time.Date(2027, 5, 20, 18, 0, 0, 0, time.UTC), []whoCase{
		{"The mayor met Ilse Varn at the harbour, Hedda K. Lurk and Colm Vey reported for the Westby Courier.", "met", "Ilse Varn", true},
		{"The mayor met Ilse Varn at the harbour, Hedda K. Lurk and Colm Vey reported for the Westby Courier.", "met", "Lurk", false},
		{"The mayor met Ilse Varn at the harbour, Hedda Lurk in Easton and Colm Vey also reported from the town.", "met", "Vey", false},
		{"The mayor met Ilse Varn on Monday, Osk Marren contributed reporting.", "met", "Marren", false},
		{"The mayor met Ilse Varn on the quay © Osk Marren/Calderway Pictures", "met", "Calderway", false},
		{"Ilse Varn reported the theft to police on Monday.", "theft", "Ilse Varn", true},
	})
}

// TestCrowdEventKinds: a crowd crush or surge, a halted show, a start put
// back ("opened an hour late"), a vigil and an inquest are kinds of their
// own; a surge in ticket sales, a crush of traffic, a crowd that "surged
// to 60,000", a late husband, "worked late" and "stopped playing for the
// national team" are none.
func TestCrowdEventKinds(t *testing.T) {
	pub := time.Date(2027, 7, 12, 18, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, trig, kind string }{
		{"Three fans died in a crush at the stadium gates on Saturday.", "crush", "crush"},
		{"Fans surged against the fence as the band came on.", "surged", "crush"},
		{"The band halted the show after four songs.", "halted the show", "stoppage"},
		{"The doors opened an hour late because the scanners jammed.", "late", "delay"},
		{"Mourners held a silent vigil outside the town hall.", "vigil", "vigil"},
		{"An inquest opened at Westby on Monday.", "inquest", "inquest"},
		{"The stadium saw a surge in fans buying tickets.", "surge", ""},
		{"The festival's crowd surged to 60,000 on Saturday.", "surged", ""},
		{"Fans were stuck in a crush of traffic near the stadium.", "crush", ""},
		{"Her late husband founded the festival.", "late", ""},
		{"The council worked late into the night.", "late", ""},
		{"He stopped playing for the national team in 2019.", "stopped playing", ""},
	} {
		if got := kindOf(pub, tc.text, tc.trig); got != tc.kind {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.trig, got, tc.kind)
		}
	}
	// the inquest's opening is its own sitting, no trial
	ms, e := mentionsAt(pub, "The inquest was opened and adjourned on Monday.")
	if m := lastOfKind(ms, e, "trial"); m != nil {
		t.Errorf("an inquest's opening read as a trial: %+v", m)
	}
}

// TestRelativeClauseOfAnother: in "lined the route for a parade for the
// crew who had returned", the parade is the news and the return names the
// people cheered: the return is a passing reference, undated by the
// opening day; a relative clause with no act before it keeps the day.
func TestRelativeClauseOfAnother(t *testing.T) {
	pub := time.Date(2027, 7, 14, 6, 0, 0, 0, time.UTC)
	ms, e := mentionsAt(pub, "On Monday, mourners crowded the Corn Exchange for a vigil in memory of the two climbers who died.")
	if m := mentionOf(ms, e, "vigil"); m == nil || m.passing {
		t.Errorf("the vigil is a passing reference: %+v", m)
	}
	if m := mentionOf(ms, e, "died"); m == nil || !m.passing || m.day != 0 {
		t.Errorf("the deaths of the people mourned: %+v, want passing and undated", m)
	}
	ms, e = mentionsAt(pub, "On Saturday night, two men who escaped from Westby prison were still at large.")
	if m := mentionOf(ms, e, "escaped"); m == nil || m.day == 0 {
		t.Errorf("the escape lost the opening day: %+v", m)
	}
}

// TestPlanNotHoursEarlier: a plan a sentence tells after "Hours earlier"
// ("said it would repay …") takes no time from what was told before; the
// saying takes the day of the last act that happened, not of a plan still
// to come that was told just before, but a plan already past anchors it.
func TestPlanNotHoursEarlier(t *testing.T) {
	pub := time.Date(2027, 7, 14, 6, 0, 0, 0, time.UTC)
	days := func(text string) map[string]int {
		e := resolved(corpusOf("t", article{id: "a", outlet: "A", published: pub, text: text}))
		out := map[string]int{}
		for _, m := range e.ms {
			out[e.lx.kinds[m.kind].Kind] = m.day
		}
		return out
	}
	d := days("The band halted the show at 9.30pm on Friday.\nThe market stays shut until a council hearing on August 4.\nHours earlier, the promoter said it would refund all tickets.")
	if d["compensation"] != 0 {
		t.Errorf("the refund plan dated hours before the hearing: %s", fd(d["compensation"]))
	}
	if d["statement"] != 0 && d["statement"] != ymd(2027, 7, 9) || d["announcement"] != 0 && d["announcement"] != ymd(2027, 7, 9) {
		t.Errorf("the saying dated by the hearing to come: %v", d)
	}
	d = days("The summit was due to open on Friday, July 9.\nHours earlier, a car bomb killed three people near the venue.")
	if d["attack"] != ymd(2027, 7, 9) && d["injury"] != ymd(2027, 7, 9) {
		t.Errorf("a plan already past no longer anchors the bombing: %v", d)
	}
}

// TestOwnInvestigation: a body that opens "its own" or "a separate"
// investigation opens another one than the police's, told a day later.
func TestOwnInvestigation(t *testing.T) {
	pub := time.Date(2027, 7, 14, 6, 0, 0, 0, time.UTC)
	for _, second := range []string{"The safety regulator opened its own investigation on Sunday.", "The safety regulator opened a separate investigation on Sunday.",
		"The two unions opened their own investigation on Sunday."} {
		tl := Build(corpusOf("t",
			article{id: "a", outlet: "A", published: pub, text: "Police opened a criminal investigation on Saturday."},
			article{id: "b", outlet: "B", published: pub, text: "Police opened a criminal investigation on Saturday morning."},
			article{id: "c", outlet: "C", published: pub, text: second}))
		n := 0
		for _, ev := range tl.Events {
			if ev.Kind != "investigation" {
				continue
			}
			n++
			for _, d := range ev.Disagreements {
				if d.Fact == "date" {
					t.Errorf("%q: the two investigations read as one told on two days", second)
				}
			}
		}
		if n != 2 {
			t.Errorf("%q: %d investigation events, want 2", second, n)
		}
	}
}

// resolved runs the engine on a corpus up to its mentions' times (before
// clustering).
func resolved(c *data.Corpus) *engine {
	e := &engine{lx: mustLexicon(), c: c}
	e.mentions()
	return e
}

// TestRunwayEmergencyVocabulary: a takeoff the crew stops is an incident,
// not a cancelled departure; brakes and tyres giving out are damage; a
// clearance to cross or take off is its own act; a worker stood down is a
// suspension; a letter is written; people treated at the scene are
// casualties.
func TestRunwayEmergencyVocabulary(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"The captain rejected the takeoff at 140 knots.", []string{"accident"}},
		{"The Westby Air jet aborted its takeoff shortly after 9pm.", []string{"accident"}},
		{"The pilots spotted a van on the runway and abandoned the takeoff.", []string{"accident"}},
		{"The bus driver slammed on the brakes outside the school.", []string{"accident"}},
		{"Its brakes overheated and two of its tyres deflated.", []string{"damage"}},
		{"Both rear tyres went flat after the fuse plugs melted.", []string{"damage", "damage"}},
		{"Economists fear the economy overheated last year.", nil},
		{"The controller cleared a cargo plane to cross the runway at taxiway Bravo.", []string{"clearance"}},
		{"Moments later the same controller cleared flight WA12 to take off.", []string{"clearance"}},
		{"Crews cleared the runway of debris.", nil},
		{"An air traffic controller at Westby was stood down on Saturday evening.", []string{"suspension"}},
		{"Hedda Lurk stood down as party leader.", nil},
		{"The search was stood down at dusk.", []string{"search"}},
		{"Engineers have begun towing the jet off the runway.", []string{"tow"}},
		{"Passengers were forced to escape down emergency slides.", []string{"evacuation"}},
		{"The airport says it was opened again at 06:40.", []string{"reopening"}},
		{"The airline says all of its morning flights have now been cancelled.", []string{"cancellation"}},
		{"Colm Vey said he had written to the transport minister demanding answers.", []string{"letter"}},
		{"Nine people have been treated by paramedics at the scene.", []string{"injury"}},
		{"Two were kept in Westby General Hospital overnight.", []string{"hospitalisation"}},
		{"Firefighters doused the wheels with foam and water.", []string{"containment"}},
		{"Residents were taken by bus to a rest centre in Easton.", []string{"relief"}},
	})
}

// stampedBlog builds a live page whose clock stamps stand on lines of
// their own, read as page furniture (chrome), over each entry's body.
func stampedBlog(id, outlet string, pub time.Time, text string) *data.Corpus {
	c := corpusOf(id, article{id: id, outlet: outlet, published: pub, text: text})
	for _, s := range c.Sources {
		for i, p := range s.Paragraphs {
			if _, ok := stampClock(s.Text[p.Start:p.End]); ok {
				s.Paragraphs[i].Role = data.RoleChrome
			}
		}
	}
	return c
}

// TestStampLineEntries: a live blog's stamp on a line of its own dates the
// entry under it told in the present: at the stamp, on the page's day, or
// on the day before when the stamp is later than the page's last update
// (a page updated at 08:20 on Saturday holds Friday's 23:42 entry).
func TestStampLineEntries(t *testing.T) {
	pub := time.Date(2026, 4, 11, 8, 20, 0, 0, time.UTC) // Saturday 08:20
	c := stampedBlog("a", "A", pub, "06:48\nThe runway has reopened.\n23:42\nThree people are being treated for injuries.\nThe union chief Colm Vey said the count was 214 votes to 187.")
	e := &engine{lx: mustLexicon(), c: c}
	e.mentions()
	e.resolveTimes()
	tests := []struct {
		trig       string
		day, clock int
	}{
		{"reopened", ymd(2026, 4, 11), 408},
		{"injuries", ymd(2026, 4, 10), 1422},
	}
	for _, tc := range tests {
		var m *mention
		for i := range e.ms {
			s := &e.sents[e.ms[i].sent]
			if strings.Contains(strings.ToLower(s.text[e.ms[i].tStart:e.ms[i].tEnd]), tc.trig) {
				m = &e.ms[i]
			}
		}
		if m == nil {
			t.Errorf("%q: no mention", tc.trig)
			continue
		}
		if m.day != tc.day || m.clock != tc.clock {
			t.Errorf("%q: day %d clock %d, want day %d clock %d", tc.trig, m.day, m.clock, tc.day, tc.clock)
		}
	}
}

// TestPresentTenseNumberNoun: a word in -s after a number is a plural
// noun, not a verb in the present ("by 214 votes to 187").
func TestPresentTenseNumberNoun(t *testing.T) {
	lx := mustLexicon()
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"The motion fell by 214 votes to 187.", "votes", false},
		{"The assembly votes on the motion.", "votes", true},
		{"Westby reopens its harbour.", "reopens", true},
	} {
		toks, _ := tokenizeInto(nil, tc.text, false)
		s := &sentRec{text: tc.text, toks: toks}
		ti := slices.IndexFunc(toks, func(x token) bool { return x.low == tc.word })
		if got := presentTense(lx, s, ti); got != tc.want {
			t.Errorf("%q: presentTense(%q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestOvernightUpdatesOneEvent: counts a live blog gives at 23:42 and at
// 00:05 are one happening told across midnight, not two events.
func TestOvernightUpdatesOneEvent(t *testing.T) {
	pub := time.Date(2026, 4, 11, 8, 20, 0, 0, time.UTC)
	c := stampedBlog("a", "A", pub, "00:05\nNine people have now been treated for injuries, the airport says.\n23:42\nThree people have minor injuries, the airport says.")
	tl := Build(c)
	a, b := eventWith(tl, "", "Nine people"), eventWith(tl, "", "Three people")
	if a < 0 || a != b {
		t.Errorf("injuries at 00:05 (event %d) and 23:42 (event %d) should be one event", a, b)
	}
}

// TestSpillAndShippingVocabulary: a spill reaching the shore, its clean-up,
// booms laid round it, a repair and a cargo transfer, ships docking, lanes
// halted and moving again, and the senses they must not take.
func TestSpillAndShippingVocabulary(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Oil began washing up on the beaches at Westby early on Wednesday.", []string{"pollution"}},
		{"Crude came ashore overnight along the Easton coast.", []string{"pollution"}},
		{"The lifeboat crew came ashore to refuel.", nil},
		{"Volunteers began clearing oil from the sand at Calderway.", []string{"cleanup"}},
		{"Divers fitted a temporary patch over the breach.", []string{"repair"}},
		{"Hedda Lurk said the leak had been repaired within a week.", []string{"repair"}},
		{"A ship-to-ship transfer of the remaining cargo is planned for Saturday.", []string{"transfer"}},
		{"Crews laid two kilometres of floating boom across the harbour mouth.", []string{"containment"}},
		{"Residents heard a loud boom shortly after midnight.", nil},
		{"The ferry docked at Westby just after noon.", []string{"arrival"}},
		{"The club was docked six points.", []string{"penalty"}},
		{"Shipping traffic in the channel was halted for three hours.", []string{"closure"}},
		{"Ships are moving again in the channel.", []string{"reopening"}},
		{"In 2011 a bulk carrier grounded on the Calder Bank.", []string{"grounding"}},
		{"A helicopter lifted the injured fishermen off the trawler.", []string{"rescue"}},
		{"The council lifted the ban on Monday.", []string{"lifting"}},
		{"The search for the missing diver resumed at first light.", []string{"search"}},
		{"Ferry services resumed on Monday.", []string{"reopening"}},
		{"The tug has brought the coaster to anchor in Westby Bay.", []string{"tow"}},
		{"The ship passed an inspection in January with two deficiencies, both since closed.", nil},
		{"The coastguard raised its estimate of the fuel lost to 1,200 tonnes.", []string{"estimate"}},
		{"The owner estimated that about 700 tonnes of fuel had escaped.", []string{"estimate", "leak"}},
		{"The council estimated that the repairs would cost about £2m.", nil},
		{"The Westby regatta has been cancelled.", []string{"public-event"}},
		{"8 May – Colm Vey dies at Westby General Hospital.", []string{"injury"}},
		{"The company plans to restart production on 27 April.", []string{"reopening"}},
		{"Staff had taken in more than 40 oiled birds by Wednesday evening.", []string{"animal-rescue"}},
		{"Dozens of oiled seabirds have been taken to the Westby sanctuary.", []string{"animal-rescue"}},
		{"Two crewmen were flown to Westby General Hospital.", []string{"hospitalisation"}},
		{"Lawyers said the detainees had been moved out of the Easton penal colony.", []string{"transfer"}},
		{"The hearing was moved to Friday.", []string{"hearing"}},
	})
}

// TestBoldStampEntries: a bold clock stamp opens a live entry without a
// dash after it ("**5.40pm** Police have detained …"), so an entry told in
// the present happens at the stamp on the page's day.
func TestBoldStampEntries(t *testing.T) {
	pub := time.Date(2026, 4, 11, 21, 35, 0, 0, time.UTC)
	ms, e := mentionsAt(pub, "**9.30pm** We're pausing our coverage here.\n**5.40pm** Police have detained the driver of the lorry.")
	m := lastOfKind(ms, e, "arrest")
	if m == nil {
		t.Fatal("no arrest mention")
	}
	if m.day != ymd(2026, 4, 11) || m.clock != 17*60+40 {
		t.Errorf("arrest on day %d at %d, want day %d at %d", m.day, m.clock, ymd(2026, 4, 11), 17*60+40)
	}
}

// TestConditionalPastOwnEvent: the act of a condition that was not met
// ("Had the collision come on an ebb tide, …") is an event of its own
// that did not happen, not a telling of the collision that did.
func TestConditionalPastOwnEvent(t *testing.T) {
	pub := time.Date(2026, 3, 10, 20, 0, 0, 0, time.UTC)
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Two cargo ships collided off Westby early on Tuesday."},
		article{id: "b", outlet: "B", published: pub, text: "The coaster and the ferry collided in the channel before dawn on Tuesday.\nHad the collision come on an ebb tide, the fuel would have been carried into the estuary, Hedda Lurk said."},
	)
	tl := Build(c)
	real, cond := eventWith(tl, "a", "collided"), eventWith(tl, "b", "Had the collision")
	if real < 0 || cond < 0 {
		t.Fatalf("events %d %d", real, cond)
	}
	if real == cond {
		t.Fatalf("the condition joined the collision: %+v", tl.Events[real].Evidence)
	}
	if got := tl.Events[cond].Status; got != StatusHypothetical {
		t.Errorf("condition's event status %v, want hypothetical", got)
	}
	if eventWith(tl, "b", "collided in the channel") != real {
		t.Error("the two tellings of the collision are not one event")
	}
}

// TestRunningCountMilestonesNoDateConflict: "by Wednesday evening" and "by
// Friday evening" tell how far a running act had got, not two days for it.
func TestRunningCountMilestonesNoDateConflict(t *testing.T) {
	pub := time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC) // Monday
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Staff at the Westby sanctuary had taken in more than 40 oiled birds by Wednesday evening."},
		article{id: "b", outlet: "B", published: pub, text: "By Friday evening the number of oiled birds taken in at the Westby sanctuary had passed 200."},
		article{id: "c", outlet: "C", published: pub, text: "Dozens of oiled seabirds have been taken to the Westby sanctuary."},
	)
	tl := Build(c)
	i := eventWith(tl, "a", "oiled birds")
	if i < 0 || eventWith(tl, "b", "oiled birds") != i {
		t.Fatalf("the two tellings are not one event")
	}
	for _, d := range tl.Events[i].Disagreements {
		if d.Fact == "date" {
			t.Errorf("date disagreement %q", d.Note)
		}
	}
}

// TestPardonsPerHead: each head of state pardons their own prisoners; two
// signings are two events.
func TestPardonsPerHead(t *testing.T) {
	pub := time.Date(2026, 5, 8, 9, 0, 0, 0, time.UTC)
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "President Colm Vey signed pardons for the five prisoners on Tuesday."},
		article{id: "b", outlet: "B", published: pub, text: "President Hedda Lurk signed pardons for the seven detainees on Tuesday."},
	)
	tl := Build(c)
	if a, b := eventWith(tl, "a", "pardons"), eventWith(tl, "b", "pardons"); a < 0 || a == b {
		t.Errorf("pardons by two presidents are events %d and %d", a, b)
	}
}

// TestSponsorAndVideoVocabulary: a sponsor that ends a contract dropped the
// athlete; a video posted online is a video address.
func TestSponsorAndVideoVocabulary(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"On Friday her sponsor said it had ended its contract with the sprinter.", []string{"dismissal"}},
		{"The club terminated his contract with immediate effect.", []string{"dismissal"}},
		{"Hedda Lurk spoke in a short video posted on social media an hour after the ruling.", []string{"video-address"}},
	})
}

// TestMedicalEmergencyVocabulary: a person who collapses, is revived, is
// shocked with a defibrillator, carried off and operated on; a game that is
// stopped, suspended, abandoned and replayed (invented text).
func TestMedicalEmergencyVocabulary(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"The Westby striker collapsed on the pitch in the 70th minute.", []string{"collapse"}},
		{"Colm Vey went down without warning near the halfway line.", []string{"collapse"}},
		{"The runner suffered a cardiac arrest two miles from the finish.", []string{"collapse"}},
		{"Hedda Lurk was revived on the track after collapsing during the race.", []string{"resuscitation"}},
		{"Hedda Lurk collapsed during the race on Sunday.", []string{"collapse"}},
		{"The roof of the stand collapsed during the storm.", []string{"accident"}},
		{"The Easton booking site went down on Monday morning.", []string{"outage"}},
		{"Paramedics gave him CPR for ten minutes.", []string{"resuscitation"}},
		{"The club doctor began chest compressions within seconds.", []string{"resuscitation"}},
		{"They gave her a single shock from a defibrillator.", []string{"defibrillation"}},
		{"He had been shocked twice with the ground's defibrillator.", []string{"defibrillation"}},
		{"Fans were shocked by the decision.", nil},
		{"The referee stopped play and called for the medics.", []string{"play-stopped"}},
		{"The referee led both teams off the field.", []string{"departure"}},
		{"Vey was carried off on a stretcher.", []string{"stretchered"}},
		{"The match was suspended shortly after four.", []string{"play-suspended"}},
		{"The Westby winger was suspended for three matches.", []string{"penalty"}},
		{"The match was abandoned at 5.10pm.", []string{"abandonment"}},
		{"An ambulance took him to Westby General Hospital.", []string{"hospitalisation"}},
		{"The ambulance carrying Vey left the ground at 4.52pm.", []string{"hospitalisation"}},
		{"The ambulance carrying Vey has just left Westby Park.", []string{"hospitalisation"}},
		{"The president left Westby on Monday morning.", []string{"departure"}},
		{"Two people were left homeless by the fire.", nil},
		{"Vey underwent surgery on Monday to fit a pacemaker.", []string{"surgery"}},
		{"She had an implantable defibrillator fitted on Tuesday.", []string{"surgery"}},
		{"The abandoned match will be replayed on 15 April.", []string{"replay"}},
		{"The game will now be played in full on Wednesday 15 April.", []string{"replay"}},
		{"Supporters at every ground stood to applaud in the 70th minute.", []string{"vigil"}},
		{"Hedda Lurk left hospital on Friday afternoon.", []string{"discharge"}},
		{"Vey waves to fans as he leaves hospital in Westby.", []string{"discharge"}},
		{"When Vey walked out of Westby General Hospital on Friday, he waved to the crowd.", []string{"discharge"}},
		{"On Wednesday the club released a short video recorded from his hospital bed.", []string{"video-address"}},
		{"The squad had been lifted by the news.", nil},
	})
}

// TestFixtureAndReturnVocabulary: a game put off is a match whose status is
// cancelled; a player's return to play is told as a plan or a question
// (invented text).
func TestFixtureAndReturnVocabulary(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Westby's game at Easton on Saturday was postponed at the club's request.", []string{"fixture"}},
		{"It was a game of two halves.", nil},
		{"The match was abandoned at 5.10pm.", []string{"abandonment"}},
		{"Whether Colm Vey will play again is not yet known.", []string{"return"}},
		{"Specialists will decide whether she can return to training.", []string{"return"}},
	})
	ms, e := sentenceMentions("Westby's game at Easton on Saturday was postponed at the club's request.")
	if m := mentionOf(ms, e, "game"); m == nil || m.status != StatusCancelled {
		t.Errorf("postponed game: %+v, want a cancelled mention", m)
	}
}

// TestOncePerPersonAcrossPlacesAndDays: surgery befalls a person once, so
// an outlet that puts it on another day at another hospital, naming only
// the hospital, tells the same operation: one event whose date and place
// the outlets disagree on. A day in a trailing attribution (", the club
// said in an update on Tuesday") bounds the act and does not date it.
func TestOncePerPersonAcrossPlacesAndDays(t *testing.T) {
	pub := time.Date(2026, 3, 27, 18, 0, 0, 0, time.UTC) // Friday
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Colm Vey underwent surgery on Monday to fit a pacemaker.\nThe procedure at Westby Royal Infirmary went well, the club said in a short update on Tuesday morning."},
		article{id: "b", outlet: "B", published: pub, text: "On Monday Colm Vey had undergone surgery to fit a pacemaker."},
		article{id: "c", outlet: "C", published: pub, text: "Vey collapsed last Saturday. He was taken to Easton General Hospital, where he had a pacemaker fitted on Tuesday."},
	)
	tl := Build(c)
	a, tue, other := eventWith(tl, "a", "underwent surgery"), eventWith(tl, "a", "The procedure"), eventWith(tl, "c", "fitted on Tuesday")
	if a < 0 || a != tue || a != other || eventWith(tl, "b", "undergone surgery") != a {
		t.Fatalf("the tellings of the surgery are events %d %d %d %d", a, tue, other, eventWith(tl, "b", "undergone surgery"))
	}
	facts := map[string]bool{}
	for _, d := range tl.Events[a].Disagreements {
		if d.Verdict == "conflicting" {
			facts[d.Fact] = true
		}
	}
	if !facts["date"] || !facts["place"] {
		t.Errorf("surgery disagreements %+v, want a date and a place conflict", tl.Events[a].Disagreements)
	}
}

// TestDemandAndDeadlineVocabulary: money demanded under threat, a time
// limit set and its passing; a regulator's timetable is no deadline event
// (invented text).
func TestDemandAndDeadlineVocabulary(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Colm Vey demanded $40,000 he said the firm owed him.", []string{"demand"}},
		{"Hedda Lurk demanded the minister's resignation.", []string{"resignation-call"}},
		{"The gunman has given negotiators a deadline of 9 p.m.", []string{"deadline"}},
		{"The watchdog set a deadline of 40 working days for its decision.", nil},
		{"That deadline passed quietly, with negotiators still on the line.", []string{"deadline-passed"}},
		{"The deadline the gunman set has come and gone.", []string{"deadline-passed"}},
	})
}

// TestBoardroomVocabulary: a board removing its chief, naming an interim
// one, the interim stepping aside and the chief put back, each told as
// business news tells them; removing debris, a man named Colm and a
// restored service are none of these.
func TestBoardroomVocabulary(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Five of the seven directors voted to remove him at a meeting held by video call.", []string{"dismissal", "meeting", "phone-call"}},
		{"Calderway announced its chief executive's removal in a statement issued at 9:47 p.m.", []string{"announcement", "dismissal"}},
		{"The council approved the removal of the statue.", nil},
		{"Calderway, which makes robots, announced Colm Vey's removal in a statement.", []string{"announcement", "dismissal"}},
		{"Colm Vey, who founded the firm in 2008, was told of his dismissal during the call.", []string{"founding", "dismissal"}},
		{"The board voted to remove Mr Vey, a charge he denied.", []string{"dismissal"}},
		{"The board said it had lost confidence in Mr Vey.", []string{"dismissal"}},
		{"Crews worked through the night to remove debris from the road.", nil},
		{"The board named Chief Financial Officer Hedda Lurk interim chief executive.", []string{"appointment"}},
		{"Hedda Lurk had been installed as interim chief executive the same night.", []string{"appointment"}},
		{"A man named Colm Vey was taken to hospital.", []string{"hospitalisation"}},
		{"Ms Lurk stood aside on Tuesday in an email to staff.", []string{"resignation"}},
		{"Colm Vey has been reinstated as chief executive with immediate effect.", []string{"reinstatement"}},
		{"The night service was reinstated on Monday.", nil},
		{"Colm Vey founded Calderway in 2008 with two university friends.", []string{"founding"}},
		{"The party was founded on the principle of free trade.", nil},
		{"Trading was halted for 10 minutes shortly after the open.", []string{"trading-halt"}},
		{"Dealings were suspended for ten minutes after the opening.", []string{"trading-halt"}},
		{"Trading in Calderway shares was suspended at 10:14.", []string{"trading-halt"}},
		{"Calderway shares have closed up 11% at $47.60.", []string{"market-move"}},
		{"The shares recovered slightly on Tuesday, closing 3 per cent higher at $42.85.", []string{"market-move"}},
		{"Hedda Lurk, a former chief executive of Westby Mills, became chair.", []string{"appointment"}},
		{"By the time Colm Vey walked back into the headquarters on Monday morning, the board had gone.", []string{"arrival"}},
		{"Sources tell us a deal has been reached.", []string{"transaction"}},
		{"Westby Capital has demanded that the directors explain their decision, and may call for a shareholder vote.", []string{"demand", "vote"}},
		{"Fans demanded answers from the club.", nil},
		{"Calderway, which makes industrial drive systems, announced the deal after the market had closed.", []string{"announcement"}},
		{"The shares lost 17 per cent within minutes and closed the day 14 per cent down.", []string{"market-move"}},
		{"One of the organisers tells us the resignation threat is withdrawn.", []string{"withdrawal"}},
		{"Staff said on Monday that the threat had been withdrawn.", []string{"withdrawal"}},
	})
}

// TestWeekdayOfLastWeekend: a bare weekday in a sentence that names last
// weekend is of that weekend, even when the article is written on that
// weekday a week later.
func TestWeekdayOfLastWeekend(t *testing.T) {
	sat := time.Date(2026, 4, 11, 7, 0, 0, 0, time.UTC)
	ms, e := mentionsAt(sat, "The deal was hammered out last weekend in nearly 30 hours of negotiations spread across Saturday and Sunday.")
	m := mentionOf(ms, e, "negotiations")
	if m == nil {
		t.Fatal("no mention")
	}
	if want := ymd(2026, 4, 4); m.day != want {
		t.Errorf("day %s, want %s", dayTime(m.day).Format("2006-01-02"), dayTime(want).Format("2006-01-02"))
	}
	// last week told after the weekday, of another clause, leaves it this week's
	ms, e = mentionsAt(sat, "The branches reopened on Tuesday morning, and there was no sign of the queues that had formed last week.")
	if m = mentionOf(ms, e, "reopened"); m == nil || m.day != ymd(2026, 4, 7) {
		t.Errorf("reopened: %+v, want day 2026-04-07", m)
	}
}

// TestDaySpan: a day that is one end of a span its sentence tells is not
// the act's one day, so it takes no side in a conflict over the day.
func TestDaySpan(t *testing.T) {
	fri := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want bool
	}{
		{"The deal was hammered out in nearly 30 hours of talks spread across Saturday and Sunday.", true},
		{"The talks ran between Friday and Monday.", true},
		{"The two sides met on Saturday and signed the deal on Sunday.", false},
		{"The talks ended on Saturday.", false},
	}
	for _, tc := range tests {
		_, e := mentionsAt(fri, tc.text)
		s := &e.sents[0]
		k := slices.IndexFunc(s.times, func(x timex.Expr) bool { return x.Kind == timex.KindWeekday })
		if k < 0 {
			t.Errorf("%q: no weekday", tc.text)
			continue
		}
		if got := daySpan(s, s.times[k]); got != tc.want {
			t.Errorf("%q: daySpan(%q) = %v, want %v", tc.text, s.times[k].Text, got, tc.want)
		}
	}
}

// TestNightClockInLiveEntry: a clock time told after an inline stamp, in
// the stamp's paragraph, hours before it, is of the entry's day.
func TestNightClockInLiveEntry(t *testing.T) {
	fri := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	ms, e := mentionsAt(fri, "**6:40 a.m.** Sources tell us a deal has been reached. Talks between Colm Vey and the directors broke up at about 2 a.m. after some 14 hours.")
	m := mentionOf(ms, e, "talks")
	if m == nil {
		t.Fatal("no talks")
	}
	if m.day != ymd(2026, 4, 10) || m.clock != 120 {
		t.Errorf("talks day %d clock %d, want %d and 120", m.day, m.clock, ymd(2026, 4, 10))
	}
}
