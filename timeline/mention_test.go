package timeline

import (
	"strings"
	"testing"
	"time"
)

func kindName(e *engine, m mention) string { return e.lx.kinds[m.kind].Kind }

func TestLexiconParses(t *testing.T) {
	lx, err := parseLexicon(lexiconYAML)
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.kinds) < 20 {
		t.Errorf("only %d kinds", len(lx.kinds))
	}
	for _, k := range []string{"arrival", "ride", "meeting", "press-conference", "interview", "phone-call", "attack", "verdict", "landing", "statement"} {
		if _, ok := lx.kindIndex[k]; !ok {
			t.Errorf("lexicon lacks kind %s", k)
		}
	}
	if _, err := parseLexicon([]byte("kinds: [{family: x}]")); err == nil {
		t.Error("a kind without a name parses")
	}
	if _, err := parseLexicon([]byte("kinds: {")); err == nil {
		t.Error("broken YAML parses")
	}
}

func TestMentionDetection(t *testing.T) {
	tests := []struct {
		text  string
		kinds []string // kinds of the main (non-passing) mentions, in order
	}{
		{"The leaders met for about three hours at the hotel.", []string{"meeting"}},
		{"They gave statements afterwards in a 12-minute news conference that offered no details.", []string{"press-conference"}},
		{"Later, in an interview with Fox News before departing Alaska, the senator described it as warm.", []string{"interview"}},
		{"The plane made an emergency landing in Portland after a door panel blew out.", []string{"landing", "accident"}},
		{"Passengers were evacuated down emergency slides.", []string{"evacuation"}},
		{"A jury found the former mayor guilty on nine counts of fraud.", []string{"verdict"}},
		{"The judge sentenced Walter Pryce to seven years in prison.", []string{"sentence"}},
		{"Police arrested two men on Tuesday night.", []string{"arrest"}},
		{"The chief executive resigned on Monday.", []string{"resignation"}},
		{"The company announced the acquisition of a rival.", []string{"announcement", "transaction"}},
		{"The flight took off from Denver at 5:07 p.m.", []string{"departure"}},
		{"Investigators opened an investigation into the crash.", []string{"investigation"}}, // the crash is a passing reference
		{"The weather in March 2025 was mild.", nil},
		{"There is no deal until there is a deal.", nil},
		{"The event opened with military flyovers, a red-carpet ceremony, and an unusual, shared ride in the limousine.", []string{"flyover", "arrival", "ride"}},
		// questioning is a hearing before a committee, not by police
		{"During almost three hours of questioning on Tuesday, the chief executive told the committee she was sorry.", []string{"hearing"}},
		{"During questioning by police detectives, the driver said nothing.", nil},
		{"The call lasted nearly two hours.", []string{"phone-call"}},
		{"Its second-stage engine burned for about four minutes before shutting down early.", []string{"closure"}},
		{"The minister later appeared before reporters alongside her deputy.", []string{"press-conference"}},
		{"At 10:15 p.m. the youngest of the men climbed out of the capsule.", []string{"rescue"}},
		{"The inquiry is due to report by the end of July.", []string{"investigation", "report"}},
		{"The retailer is due to report quarterly results on Thursday.", []string{"results"}},
		// industrial action is a strike, not an attack; workers back at their posts return
		{"Teachers in Easton went on strike over pay on Monday.", []string{"strike"}},
		{"The drivers' union called off the strike after a late offer.", []string{"strike"}},
		{"Bus drivers walked out of the depot at dawn in a dispute over rotas.", []string{"strike"}},
		{"A drone strike hit the depot at dawn.", []string{"attack"}},
		{"Passengers walked out along the tracks to the next station.", nil},
		{"Dockers returned to work on Thursday after the pay deal.", []string{"return"}},
		{"The flight returned to the airport an hour after take-off.", []string{"landing"}},
		{"The union served notice of a walkout on Tuesday.", []string{"notice"}},
		{"Staff walked out of the building after the fire alarm sounded.", []string{"withdrawal"}}, // (no strike)
		// the passive of counted things is a round of cancellations; of an event, its status
		{"Over two days, 900 planned clinics were cancelled across the county.", []string{"cancellation"}},
		{"The talks were cancelled at the last minute.", []string{"meeting"}},
		// "met" in the passive is no meeting
		{"The cost will be met from the board's own budget.", nil},
		{"The ministers met in Easton on Monday.", []string{"meeting"}},
		{"Soldiers were ordered to report to their base.", nil},
		// an attack on computers is a cyber incident, one with weapons is not
		{"Staff found the attack shortly after 4 a.m., when files on its servers were locked.", []string{"accident"}},
		{"The drone attack hit the power network overnight.", []string{"attack"}},
		// the run of an engine that shut down
		{"The second-stage engine ran for six minutes.", []string{"closure"}},
		{"The senator ran for governor in 2010.", nil},
		{"Seven prisoners held in Tarsena were traded for five held in Kestovia.", []string{"exchange"}},
		{"The striker was traded for two draft picks.", nil},
		// a change pushed to systems; a summons is no phone call
		{"It followed a configuration change that engineers pushed to network equipment.", []string{"change"}},
		{"Activists pushed for change.", nil},
		{"She said she would call the company's executives to testify.", []string{"hearing"}},
		// a ban on someone who competes is a penalty; a ban on flights an order
		{"A disciplinary panel banned the cyclist for four years on 30 April.", []string{"penalty"}},
		{"The regulator banned flights over the area.", []string{"order"}},
		{"The player was fined £20,000 on Monday.", []string{"penalty"}},
		// a ruling that changes a penalty is one ruling, however the ban is named
		{"The court cut her four-year doping ban to two years on Thursday.", []string{"ruling"}},
		{"The tribunal cuts the ban to two and a half years.", []string{"ruling"}},
		{"The company cut 300 jobs last year.", nil},
		{"The three-member panel released its decision at 11 a.m.", []string{"ruling"}},
		{"At the appeal hearing on 23 June, lawyers called three witnesses.", []string{"hearing"}},
		{"She tested positive for a banned diuretic in February.", []string{"test-result"}},
		{"The sample contained traces of a banned stimulant.", []string{"test-result"}},
		{"Crews contained the fire by Tuesday evening.", []string{"containment"}},
		// a way in and a taking; a drill that broke into a tunnel is a breakthrough
		{"Burglars broke into the shop overnight.", []string{"break-in"}},
		{"They cut through the glass with a disc cutter and took nine pieces from the display.", []string{"break-in", "theft"}},
		{"The drill broke into the tunnel early on Wednesday.", []string{"breakthrough"}},
		{"The crowd broke into song.", nil},
		{"Officials cut through red tape to approve the plan.", nil},
		{"The gang took control of the square.", nil},
		// a raid with a haul is a theft, one with arrests the police's
		{"The jewellery raid was over in four minutes.", []string{"theft"}},
		{"Police arrested three suspects in dawn raids on Sunday.", []string{"arrest"}},
		// data stolen by hackers is the cyber incident's, not a theft of its own
		{"The gang published files it says it stole from the hospital.", []string{"release"}},
		// the crime named as an allegation is not a report of the act
		{"The three were charged on Tuesday with conspiracy to commit burglary.", []string{"charge"}},
		{"Two men were questioned on suspicion of robbery.", nil},
		{"Thieves stole a painting from the gallery on Monday.", []string{"theft"}},
		// a court appearance; the men "charged over" the raid are its subject, the charge is not reported here
		{"Three men charged over the raid on the City Museum appeared at Northtown Magistrates' Court on Wednesday.", []string{"arraignment"}},
		{"On Wednesday they were remanded in custody.", []string{"arraignment"}},
		{"The singer appeared on television on Friday.", nil},
		{"Members of the Federation of Mineworkers voted for the walkout.", []string{"vote"}},
		// getting away; fleeing a home or a fire is an evacuation; a burnt-out car is a fire, burnt-out staff are not
		{"The two men fled in a grey car driven by a third man.", []string{"escape"}},
		{"She fled her home with her two children.", []string{"evacuation"}},
		{"The car was set alight on an industrial estate.", []string{"fire"}},
		{"The getaway car was found burnt out on an industrial estate.", []string{"fire"}},
		{"Nurses say they are burnt out.", nil},
		// a police appeal to the public, pictures put out, a reward
		{"Detectives appealed for witnesses on Friday.", []string{"statement"}},
		{"Her lawyers appealed the ruling on Friday.", []string{"appeal"}},
		{"On Wednesday, detectives issued CCTV stills of the two men.", []string{"release"}},
		{"The trustees offered a £1m reward for information.", []string{"reward"}},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		got := mainKinds(e, ms)
		if len(got) != len(tc.kinds) {
			t.Errorf("%q: kinds %v, want %v", tc.text, got, tc.kinds)
			continue
		}
		for i := range got {
			if got[i] != tc.kinds[i] {
				t.Errorf("%q: kinds %v, want %v", tc.text, got, tc.kinds)
				break
			}
		}
	}
}

func TestModality(t *testing.T) {
	tests := []struct {
		text, kind string
		want       Status
	}{
		{"The minister said he would call the president on Sunday.", "phone-call", StatusPlanned},
		{"The board plans to meet next week.", "meeting", StatusPlanned},
		{"A planned second meeting between the teams was scrapped.", "meeting", StatusCancelled},
		{"The concert was called off because of the storm.", "", ""},
		{"The hearing had been scheduled for Tuesday but was postponed.", "hearing", StatusCancelled},
		{"If the talks fail, the strike could resume.", "meeting", StatusHypothetical},
		{"The two leaders met in Geneva.", "meeting", StatusHappened},
		{"The airline will ground all of its jets.", "order", StatusPlanned},
		{"The company is targeting September for a return to flight.", "reopening", StatusPlanned},
		{"It is due to report by the end of July.", "report", StatusPlanned},
		{"The panel, set up in May, is expected to report in October.", "report", StatusPlanned},
		// a would/will in a relative aside is not the main clause's mood
		{"Varn, whose party would have led any coalition, had been handed the task by the president.", "appointment", StatusHappened},
		// "would have" with no condition: a plan that did not come about
		{"Cleaners at the depot, which would have joined the union's strike on Monday, were relieved.", "strike", StatusCancelled},
		{"If talks had failed, the drivers would have joined the strike.", "strike", StatusHypothetical},
		{"Had talks failed, the drivers would have joined the strike.", "strike", StatusHypothetical},
		{"Cleaners at the depot, which would also have joined the union's strike on Monday, were relieved.", "strike", StatusCancelled},
		{"Cleaners at the depot would have joined the union's strike on Monday, but the dispute ended without a ballot.", "strike", StatusCancelled},
		// a cancelled count is not its cause's cancellation
		{"The strike by the drivers' union meant that 300 clinics were cancelled.", "strike", StatusHappened},
		{"The drivers' union called off its plan to strike on Friday.", "strike", StatusCancelled},
		{"The drivers' union called off plans to widen the strike to two more depots.", "strike", StatusCancelled},
		{"Over two days, 900 planned clinics were cancelled across the county.", "cancellation", StatusHappened},
		{"The talks were cancelled at the last minute.", "meeting", StatusCancelled},
	}
	for _, tc := range tests {
		if tc.kind == "" {
			continue
		}
		ms, e := sentenceMentions(tc.text)
		found := false
		for _, m := range ms {
			if kindName(e, m) == tc.kind {
				found = true
				if m.status != tc.want {
					t.Errorf("%q: %s status %s, want %s", tc.text, tc.kind, m.status, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s mention", tc.text, tc.kind)
		}
	}
}

func TestNegatedMentionsDropped(t *testing.T) {
	for _, text := range []string{
		"The leaders ended the session without taking questions.",
		"No verdict was reached.",
		"The company did not announce anything.",
	} {
		ms, e := sentenceMentions(text)
		for _, m := range ms {
			switch kindName(e, m) {
			case "press-conference", "verdict", "announcement":
				t.Errorf("%q: negated %s kept", text, kindName(e, m))
			}
		}
	}
}

func TestBackgroundMarking(t *testing.T) {
	base := time.Date(2025, 8, 16, 9, 0, 0, 0, time.UTC)
	c := corpusOf("bg",
		article{id: "a", outlet: "A", published: base, text: "The leaders met in Anchorage on Friday, Aug. 15, 2025.\nThe setup reflected lessons from 2018, when a private meeting in Helsinki drew backlash.\nHis predecessor was sentenced in 2016 to four years in prison."},
		article{id: "b", outlet: "B", published: base, text: "The talks on Aug. 15, 2025 lasted three hours.\nFor years the two sides have held talks about trade."},
	)
	tl := Build(c)
	wantBG := map[string]bool{
		"The leaders met in Anchorage":      false,
		"a private meeting in Helsinki":     true,
		"sentenced in 2016":                 true,
		"For years the two sides have held": true,
	}
	for sub, bg := range wantBG {
		i := eventWith(tl, "", sub)
		if i < 0 {
			t.Errorf("no event for %q", sub)
			continue
		}
		if tl.Events[i].Background != bg {
			t.Errorf("%q: background %v, want %v (%s)", sub, tl.Events[i].Background, bg, tl.Events[i].Title)
		}
	}
	// background events come first, the story after
	seenStory := false
	for _, ev := range tl.Events {
		if !ev.Background {
			seenStory = true
		} else if seenStory {
			t.Errorf("background event %s after story events", ev.ID)
		}
	}
}

func TestOrderingSignals(t *testing.T) {
	tests := []struct {
		name  string
		arts  []article
		order []string // substrings of evidence, in expected timeline order
	}{
		{"after/before in one sentence", []article{
			{id: "a", outlet: "A", text: "The jury delivered its verdict after four days of deliberations.\nThe judge will hold the sentencing hearing in March."},
			{id: "b", outlet: "B", text: "Before the verdict, the trial heard from 30 witnesses."},
		}, []string{"trial heard", "delivered its verdict"}},
		{"afterwards and later", []article{
			{id: "a", outlet: "A", text: "The two ministers met for two hours.\nThey gave statements afterwards at a news conference.\nLater, the foreign minister told CNN in an interview that progress was made."},
		}, []string{"met for two hours", "news conference", "told CNN"}},
		{"dates beat narrative order", []article{
			{id: "a", outlet: "A", published: time.Date(2024, 1, 9, 0, 0, 0, 0, time.UTC), text: "The FAA grounded the jets on Jan. 6, 2024.\nThe plane made an emergency landing on Jan. 5, 2024."},
		}, []string{"emergency landing", "grounded the jets"}},
		{"following", []article{
			{id: "a", outlet: "A", text: "Police arrested the suspect following a brief shootout.\nThe shootout began at a gas station."},
		}, []string{"shootout began", "arrested the suspect"}},
	}
	for _, tc := range tests {
		tl := Build(corpusOf(tc.name, tc.arts...))
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

func TestClustering(t *testing.T) {
	pub := time.Date(2024, 1, 7, 12, 0, 0, 0, time.UTC)
	c := corpusOf("cluster",
		article{id: "a", outlet: "Ledger", published: pub, text: "Flight 1733 made an emergency landing in Spokane on Friday.\nThe pilot later told CNN in an interview that the crew stayed calm.\nBefore the flight, the pilot told reporters the weather was fine."},
		article{id: "b", outlet: "Wire", published: pub, text: "The jet landed safely back in Spokane on Friday evening.\nIn an interview with CNN after the landing, the pilot praised the crew."},
		article{id: "c", outlet: "Herald", published: pub, text: "The plane landed in Spokane on Friday.\nThe airline will hold a second landing drill next month."},
	)
	tl := Build(c)
	same := [][]string{
		{"emergency landing in Spokane", "landed safely back in Spokane", "The plane landed in Spokane"},
		{"told CNN in an interview", "In an interview with CNN"},
	}
	for _, group := range same {
		first := eventWith(tl, "", group[0])
		for _, sub := range group[1:] {
			if i := eventWith(tl, "", sub); i != first || i < 0 {
				t.Errorf("%q and %q should be one event (%d, %d)", group[0], sub, first, i)
			}
		}
	}
	apart := [][2]string{
		{"told reporters the weather", "told CNN in an interview"},
		{"second landing drill", "emergency landing in Spokane"},
	}
	for _, p := range apart {
		a, b := eventWith(tl, "", p[0]), eventWith(tl, "", p[1])
		if a >= 0 && a == b {
			t.Errorf("%q and %q should be different events", p[0], p[1])
		}
	}
}

// TestFilterKeepsReadableSummary: an event whose summary is a Markdown
// live-blog entry keeps that summary, without its bold stamp, when the
// outlet filter keeps its outlet, and takes the other outlet's sentence,
// also as display text, when it does not.
func TestFilterKeepsReadableSummary(t *testing.T) {
	tl := Build(corpusOf("f",
		article{id: "a", outlet: "Blog", text: "**21:35** — The minister's emergency meeting in Townsville has ended after an hour and a half."},
		article{id: "b", outlet: "Wire", text: "The minister held an emergency meeting in Townsville on Tuesday night."},
	))
	k := eventWith(tl, "", "has ended after an hour")
	if k < 0 {
		t.Fatal("no meeting event")
	}
	id := tl.Events[k].ID
	for _, outlets := range [][]string{{"Blog"}, {"Blog", "Wire"}, {"Wire"}} {
		f := tl.Filter(outlets)
		for _, ev := range f.Events {
			if ev.ID == id && strings.Contains(ev.Summary, "**") {
				t.Errorf("filter %v: summary %q keeps the Markdown marks", outlets, ev.Summary)
			}
		}
	}
	f := tl.Filter([]string{"Blog"})
	for _, ev := range f.Events {
		if ev.ID == id && ev.Summary != tl.Events[k].Summary {
			t.Errorf("filter to the summary's outlet changed it: %q, was %q", ev.Summary, tl.Events[k].Summary)
		}
	}
}

func TestFilterAndMatches(t *testing.T) {
	tl := Build(corpusOf("f",
		article{id: "a", outlet: "Ledger", text: "The two leaders met for three hours in Geneva."},
		article{id: "b", outlet: "Wire", text: "The leaders met in Geneva on a rainy day.\nPolice arrested a protester outside."},
	))
	if len(tl.Events) < 2 {
		t.Fatalf("want 2 events, got %d", len(tl.Events))
	}
	f := tl.Filter([]string{"Ledger"})
	if len(f.Events) != 1 || len(f.Outlets) != 1 || f.Outlets[0].Events != 1 {
		t.Fatalf("filter: %d events, outlets %+v", len(f.Events), f.Outlets)
	}
	for _, ev := range f.Events {
		for _, x := range ev.Evidence {
			if x.Outlet != "Ledger" {
				t.Errorf("evidence of %s kept", x.Outlet)
			}
		}
		if ev.Rank != 1 {
			t.Errorf("rank %d", ev.Rank)
		}
	}
	if n := len(tl.Filter(nil).Events); n != len(tl.Events) {
		t.Errorf("no names dropped events: %d vs %d", n, len(tl.Events))
	}
	if n := len(tl.Filter([]string{"Nobody"}).Events); n != 0 {
		t.Errorf("unknown outlet kept %d events", n)
	}
	ev := &f.Events[0]
	for q, want := range map[string]bool{"": true, "GENEVA": true, "three hours": true, "met geneva": true, "arrested": false, "ledger": true, "zzz": false} {
		if got := ev.Matches(q); got != want {
			t.Errorf("Matches(%q) = %v", q, got)
		}
	}
}

func TestSlugAndID(t *testing.T) {
	for in, want := range map[string]string{
		"Trial of the Century: Day 1":        "trial-of-the-century-day-1",
		"  --Émeute à Paris!! ":              "meute-paris",
		"":                                   "",
		"aaaa bbbb cccc dddd eeee ffff gggg": "aaaa-bbbb-cccc",
	} {
		max := 60
		if len(in) > 30 {
			max = 16
		}
		if got := slugify(in, max); got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
	if id := eventID("press-conference", "Joint press conference, 12 minutes"); id != "press-conference-joint-12-minutes" {
		t.Errorf("eventID = %q", id)
	}
	if id := eventID("meeting", "Talks"); id != "meeting-talks" {
		t.Errorf("eventID = %q", id)
	}
}

func TestTokenizeQuotes(t *testing.T) {
	tests := []struct {
		text   string
		quoted []string // words inside quotation marks
	}{
		{`He said “we met today” and left.`, []string{"we", "met", "today"}},
		{`"No deal," she said.`, []string{"No", "deal"}},
		{`The caption: 'I believe we had a meeting.' Then more.`, []string{"I", "believe", "we", "had", "a", "meeting"}},
		{`The leaders' teams met at O'Hare; it's Smith's car.`, nil},
		{`‘Next time,’ he said.`, []string{"Next", "time"}},
	}
	for _, tc := range tests {
		toks, _ := tokenize(tc.text, false)
		var got []string
		for _, tk := range toks {
			if tk.word && tk.quoted {
				got = append(got, tk.text)
			}
		}
		if len(got) != len(tc.quoted) {
			t.Errorf("%q: quoted %v, want %v", tc.text, got, tc.quoted)
			continue
		}
		for i := range got {
			if got[i] != tc.quoted[i] {
				t.Errorf("%q: quoted %v, want %v", tc.text, got, tc.quoted)
				break
			}
		}
	}
}

// TestLexiconGeneral: every kind is complete, and the lexicon holds no
// names from the sample story.
func TestLexiconGeneral(t *testing.T) {
	lx := mustLexicon()
	for _, k := range lx.kinds {
		if k.Label == "" || k.Family == "" || len(k.Triggers)+len(k.Weak) == 0 {
			t.Errorf("kind %q incomplete", k.Kind)
		}
	}
	low := strings.ToLower(string(lexiconYAML))
	for _, name := range []string{"trump", "putin", "zelensk", "fox news", "hannity", "alaska", "anchorage", "elmendorf", "moscow", "kyiv", "ukrain", "russia", "beast"} {
		if strings.Contains(low, name) {
			t.Errorf("lexicon mentions %q", name)
		}
	}
}

// TestTimeOfAnotherEventBeforeSaying: a day told of another event of the
// sentence before a verb of saying is not the day of what was said ("In
// its report released Monday, the company said the change was applied").
func TestTimeOfAnotherEventBeforeSaying(t *testing.T) {
	tests := []struct {
		text, kind string
		dated      bool
	}{
		{"In its post-incident report released Monday, the company said the faulty change was first applied to routers.", "change", false},
		{"In its post-incident report released Monday, the company said the faulty change was first applied to routers.", "release", true},
		{"On Monday the company said the faulty change was first applied to routers.", "change", true},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		found := false
		for _, m := range ms {
			if kindName(e, m) != tc.kind {
				continue
			}
			found = true
			if (m.timeExpr >= 0) != tc.dated {
				t.Errorf("%q: %s dated %v, want %v", tc.text, tc.kind, m.timeExpr >= 0, tc.dated)
			}
		}
		if !found {
			t.Errorf("%q: no %s mention", tc.text, tc.kind)
		}
	}
}
