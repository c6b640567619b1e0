package compare

import (
	"strings"
	"testing"
)

// para builds the sentences of one paragraph of one source from sentence
// texts, with offsets as if joined by single spaces.
func para(source string, p int, off int, sents ...string) ([]Sentence, int) {
	var out []Sentence
	for _, s := range sents {
		out = append(out, Sentence{Source: source, Outlet: source, Text: s, Role: "body", Start: off, End: off + len(s), Para: p})
		off += len(s) + 1
	}
	return out, off + 1
}

// doc builds one source from paragraphs (each a list of sentences).
func doc(source string, paras ...[]string) []Sentence {
	var out []Sentence
	off := 0
	for i, p := range paras {
		var s []Sentence
		s, off = para(source, i, off, p...)
		out = append(out, s...)
	}
	return out
}

type wantQuote struct{ speaker, text string }

func TestQuoteExtraction(t *testing.T) {
	tests := []struct {
		name  string
		paras [][]string
		want  []wantQuote // speaker surname ("" = none) and version text, in order
	}{
		{"curly after tag with name",
			[][]string{{"“We will rebuild the bridge,” Mayor Jane Doe said on Monday."}},
			[]wantQuote{{"Doe", "We will rebuild the bridge"}}},
		{"straight quotes, inverted tag",
			[][]string{{`"The engine simply stopped," said Maria Lopez, the pilot.`}},
			[]wantQuote{{"Lopez", "The engine simply stopped"}}},
		{"nested single quotes inside double",
			[][]string{{"“He told me ‘never again’ and I believed him,” Tom Berg said."}},
			[]wantQuote{{"Berg", "He told me ‘never again’ and I believed him"}}},
		{"straight nested",
			[][]string{{`"She kept saying 'we are fine' until the end," Tom Berg said.`}},
			[]wantQuote{{"Berg", "She kept saying 'we are fine' until the end"}}},
		{"split by the speech tag",
			[][]string{{"“The engine failed,” Captain Maria Lopez said, “and we turned back at once.”"}},
			[]wantQuote{{"Lopez", "The engine failed"}, {"Lopez", "and we turned back at once."}}},
		{"quote spanning a sentence boundary",
			[][]string{{"Maria Lopez said: “The engine failed.", "We turned back right away.”"}},
			[]wantQuote{{"Lopez", "The engine failed."}, {"Lopez", "We turned back right away."}}},
		{"pronoun resolved to previous sentence subject",
			[][]string{{"Judge Amy Chen read the verdict to the court."}, {"“This was a calculated fraud,” she said."}},
			[]wantQuote{{"Chen", "This was a calculated fraud"}}},
		{"a name before another's title is no subject",
			[][]string{{"Harlan Drake, founded in 1987, runs ferries."}, {"Harlan Drake chief executive Jane Doe said the company was \"devastated\" by the crash. \"We are deeply sorry,\" she said, \"for the harm caused.\""}},
			[]wantQuote{{"Doe", "We are deeply sorry"}, {"Doe", "for the harm caused."}}},
		{"pronoun after a trailing speech tag is its speaker",
			[][]string{{"The medics gave Colm Vey two shocks before his heart restarted, Dr Hedda Lurk told the Gazette."}, {"“His heart had stopped,” she said."}},
			[]wantQuote{{"Lurk", "His heart had stopped"}}},
		{"pronoun not taken from inside the quote",
			[][]string{{"Tom Berg spoke after the hearing."}, {"“It is now up to Judge Amy Chen to decide,” he told reporters."}},
			[]wantQuote{{"Berg", "It is now up to Judge Amy Chen to decide"}}},
		{"description resolved by title words",
			[][]string{{"Airline chief executive Tom Berg met Mayor Jane Doe at the airport."}, {"“Safety comes first for us,” the chief executive said."}},
			[]wantQuote{{"Berg", "Safety comes first for us"}}},
		{"colon lead-in, single-quoted headline",
			[][]string{{"Pilot Maria Lopez spoke to the press."}, {"Maria Lopez: 'We had no choice but to land'"}},
			[]wantQuote{{"Lopez", "We had no choice but to land"}}},
		{"responded with colon",
			[][]string{{"Tom Berg responded: “No comment at this time.”"}},
			[]wantQuote{{"Berg", "No comment at this time."}}},
		{"he wrote",
			[][]string{{"Tom Berg posted a message on Sunday."}, {"“Thank you to the whole crew,” he wrote."}},
			[]wantQuote{{"Berg", "Thank you to the whole crew"}}},
		{"added after a quote",
			[][]string{{"“We are cooperating fully,” Tom Berg said.", "He added: “The fleet stays grounded.”"}},
			[]wantQuote{{"Berg", "We are cooperating fully"}, {"Berg", "The fleet stays grounded."}}},
		{"untagged quote continues the previous speaker",
			[][]string{{"“The panel blew out,” Maria Lopez said.", "“Everyone kept their masks on.”"}},
			[]wantQuote{{"Lopez", "The panel blew out"}, {"Lopez", "Everyone kept their masks on."}}},
		{"according to, after the quote",
			[][]string{{"“The checks were skipped twice,” according to inspector Jane Doe."}},
			[]wantQuote{{"Doe", "The checks were skipped twice"}}},
		{"according to, before the quote",
			[][]string{{"According to Jane Doe, “the checks were skipped twice.”"}},
			[]wantQuote{{"Doe", "the checks were skipped twice."}}},
		{"appositive with age",
			[][]string{{"Jane Doe, 45, said: “I heard a loud bang over the wing.”"}},
			[]wantQuote{{"Doe", "I heard a loud bang over the wing."}}},
		{"long title between the quote and the tag",
			[][]string{{`"We were lucky that nobody sat there," National Transportation Safety Board chair Lorena Vasquez-Hale told reporters.`}},
			[]wantQuote{{"Vasquez-Hale", "We were lucky that nobody sat there"}}},
		{"organisation as the speaker",
			[][]string{{"Jane Doe leads the inquiry.", "“We will publish everything,” the National Safety Board said in a statement."}},
			[]wantQuote{{"Board", "We will publish everything"}}},
		{"sentence-initial common noun is not a speaker",
			[][]string{{"Nurses described long shifts.", "“It's like working in 1985,” said one emergency nurse."}},
			[]wantQuote{{"", "It's like working in 1985"}}},
		{"indefinite speaker is not guessed from context",
			[][]string{{"Jane Doe leads the airline.", "A pilot can be heard saying: “We need to return to the airport.”"}},
			[]wantQuote{{"", "We need to return to the airport."}}},
		{"inverted tag with a title before the name",
			[][]string{{"“We pulled the plug ourselves,” said chief executive Anita Szabo-Reyes at a news conference."}},
			[]wantQuote{{"Szabo-Reyes", "We pulled the plug ourselves"}}},
		{"possessive organisation before a role noun",
			[][]string{{"Chief executive Anita Szabo-Reyes spoke on Monday.", "When the attack began, Harborview's chief executive said, staff “made the decision to pull the plug.”"}},
			[]wantQuote{{"Szabo-Reyes", "made the decision to pull the plug."}}},
		{"unnamed subject of an earlier speech verb",
			[][]string{{"Jane Doe toured the area.", "The utility said in a statement that it “will cooperate fully with investigators.”"}},
			[]wantQuote{{"", "will cooperate fully with investigators."}}},
		{"scare quote and short term skipped",
			[][]string{{"The airline called the grounding a “precaution” after the incident."}},
			nil},
		{"speech verb earlier in the sentence, coordinated",
			[][]string{{"Jane Doe said the city had reached an “agreement” and warned builders not to “delay the repairs any further.”"}},
			[]wantQuote{{"Doe", "delay the repairs any further."}}},
		{"unclosed quote runs to paragraph end",
			[][]string{{"Maria Lopez said: “We turned back and landed safely"}},
			[]wantQuote{{"Lopez", "We turned back and landed safely"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Quotes(doc("a", tc.paras...), nil)
			var got []wantQuote
			for _, q := range qs {
				for _, v := range q.Versions {
					got = append(got, wantQuote{surnameOf(q.Speaker), v.Text})
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes %v, want %d %v", len(got), got, len(tc.want), tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("quote %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
			checkQuoteEvidence(t, qs)
		})
	}
}

func checkQuoteEvidence(t *testing.T, qs []Quote) {
	t.Helper()
	ids := map[string]bool{}
	for _, q := range qs {
		if ids[q.ID] {
			t.Errorf("duplicate id %s", q.ID)
		}
		ids[q.ID] = true
		if len(q.Versions) == 0 || len(q.Outlets) == 0 {
			t.Errorf("%s: empty quote", q.ID)
		}
		for _, v := range q.Versions {
			for _, e := range v.Evidence {
				if e.End-e.Start != len(e.Text) || e.TriggerStart < 0 || e.TriggerEnd > len(e.Text) || e.TriggerStart > e.TriggerEnd {
					t.Errorf("%s: bad evidence %+v", q.ID, e)
				}
			}
		}
	}
}

func TestQuoteClustering(t *testing.T) {
	var sents []Sentence
	sents = append(sents, doc("a", []string{"“We have made real progress today,” Maria Lopez said.", "“Next time in Lisbon?” Tom Berg asked."})...)
	sents = append(sents, doc("b", []string{`"We made real progress today," Lopez said.`, `"Next time in Lisbon," Tom Berg asked with a smile.`})...)
	sents = append(sents, doc("c", []string{`Maria Lopez said: "Today we made some real progress on the repairs, which matters."`})...)
	sents = append(sents, doc("d", []string{`"Next time in Lisbon," Jane Doe said later, mocking him.`})...)
	qs := Quotes(sents, nil)
	byText := func(sub string) []Quote {
		var out []Quote
		for _, q := range qs {
			for _, v := range q.Versions {
				if strings.Contains(strings.ToLower(v.Text), strings.ToLower(sub)) {
					out = append(out, q)
					break
				}
			}
		}
		return out
	}
	progress := byText("progress")
	if len(progress) != 1 {
		t.Fatalf("progress quotes: %d clusters, want 1: %+v", len(progress), progress)
	}
	if p := progress[0]; p.Match != MatchParaphrase || len(p.Outlets) != 3 || surnameOf(p.Speaker) != "Lopez" {
		t.Errorf("progress cluster = %s %v %s, want paraphrase over a,b,c by Lopez", p.Match, p.Outlets, p.Speaker)
	}
	next := byText("next time")
	if len(next) != 2 {
		t.Fatalf("next-time quotes: %d clusters, want 2 (Berg's and Doe's): %+v", len(next), next)
	}
	if next[0].Match != MatchVerbatim || surnameOf(next[0].Speaker) != "Berg" || len(next[0].Outlets) != 2 {
		t.Errorf("Berg cluster = %+v", next[0])
	}
	if surnameOf(next[1].Speaker) != "Doe" {
		t.Errorf("Doe cluster = %+v", next[1])
	}
	// near-verbatim: one word dropped
	qs2 := Quotes(append(doc("a", []string{"“We have made real progress on the repairs,” Maria Lopez said."}),
		doc("b", []string{"“We made real progress on the repairs,” Maria Lopez said."})...), nil)
	if len(qs2) != 1 || qs2[0].Match != MatchNearVerbatim || len(qs2[0].Versions) != 2 {
		t.Errorf("near-verbatim: %+v", qs2)
	}
}

func TestQuotesDeterministic(t *testing.T) {
	s := sampleSentences(t)
	a, b := Quotes(s, nil), Quotes(s, nil)
	if len(a) != len(b) {
		t.Fatal("different quote counts")
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Speaker != b[i].Speaker || len(a[i].Versions) != len(b[i].Versions) {
			t.Fatalf("quote %d differs: %+v vs %+v", i, a[i], b[i])
		}
	}
	checkQuoteEvidence(t, a)
}

func TestShortQuotes(t *testing.T) {
	// a two-word quote tagged as speech and carried by two outlets is kept;
	// a one-word term quoted by two outlets is not
	sents := append(doc("a", []string{"“Never again,” Maria Lopez said.", "The airline called it a “precaution” on Friday."}),
		doc("b", []string{"“Never again,” said Lopez.", "The grounding was a “precaution”, the airline said."})...)
	qs := Quotes(sents, nil)
	if len(qs) != 1 || qs[0].Versions[0].Text != "Never again" || len(qs[0].Outlets) != 2 || surnameOf(qs[0].Speaker) != "Lopez" {
		t.Fatalf("short quotes: %+v", qs)
	}
	// the same two words from one outlet only are dropped
	if qs := Quotes(doc("a", []string{"“Never again,” Maria Lopez said."}), nil); len(qs) != 0 {
		t.Errorf("single-outlet short quote kept: %+v", qs)
	}
}

func TestSampleTermsAreNotQuotes(t *testing.T) {
	for _, q := range Quotes(sampleSentences(t), nil) {
		for _, v := range q.Versions {
			if n := len(words(v.Text)); n < 3 {
				t.Errorf("%s: short quote %q kept", q.ID, v.Text)
			}
		}
	}
}

func TestQuoteSpeakerCanonical(t *testing.T) {
	canon := func(s string) string {
		if strings.HasSuffix(s, "Lopes") || strings.HasSuffix(s, "Lopez") {
			return "Maria Lopez"
		}
		return "" // unknown: keep as written
	}
	sents := append(doc("a", []string{"“We trained for this moment,” Maria Lopes said."}),
		doc("b", []string{"“We trained for this moment,” said Lopez.", "“Everyone stayed calm in the cabin,” Tom Berg said."})...)
	qs := Quotes(sents, canon)
	if len(qs) != 2 || qs[0].Speaker != "Maria Lopez" || len(qs[0].Outlets) != 2 || qs[1].Speaker != "Tom Berg" {
		t.Fatalf("canonical speakers: %+v", qs)
	}
}

func TestDescriptionResolvedAcrossSources(t *testing.T) {
	sents := append(doc("a", []string{"“We will rebuild everything,” said chief executive Anita Szabo-Reyes."}),
		doc("b", []string{"The hospital in Lowell Bay was hit on Sunday.", "When it began, the hospital's chief executive said, staff “made the decision to pull the plug.”"})...)
	qs := Quotes(sents, nil)
	if len(qs) != 2 || surnameOf(qs[1].Speaker) != "Szabo-Reyes" {
		t.Fatalf("speakers: %+v", qs)
	}
}

// clusterCase is a set of sources whose quotes must form one cluster
// holding the given text, carried by every source, by the given speaker.
type clusterCase struct {
	name    string
	srcs    [][][]string // per source: paragraphs of sentences
	text    string       // lower-case substring of one version
	speaker string       // surname ("" = none)
}

func runClusterCases(t *testing.T, tests []clusterCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sents []Sentence
			for i, paras := range tc.srcs {
				sents = append(sents, doc(string(rune('a'+i)), paras...)...)
			}
			qs := Quotes(sents, nil)
			checkQuoteEvidence(t, qs)
			got := quotesWith(qs, tc.text)
			if len(got) != 1 {
				t.Fatalf("%q: %d clusters, want 1: %+v", tc.text, len(got), qs)
			}
			if q := got[0]; len(q.Outlets) != len(tc.srcs) || surnameOf(q.Speaker) != tc.speaker {
				t.Errorf("cluster %s by %q over %v (%d versions), want %q over all %d sources", q.ID, q.Speaker, q.Outlets, len(q.Versions), tc.speaker, len(tc.srcs))
			}
		})
	}
}

// A contraction in one outlet and the words written out in another
// ("won't" / "will not") are the same words.
func TestQuoteContractions(t *testing.T) {
	runClusterCases(t, []clusterCase{
		{"won't vs will not, curly and straight",
			[][][]string{
				{{"Ada Brill spoke after the final.", "“I will not leave this job,” she said."}},
				{{`Ada Brill said: "I won't leave this job."`}},
			}, "leave this job", "Brill"},
		{"contained quote with a contraction, unnamed second speaker",
			[][][]string{
				{{"“We don’t sell this club at any price, and we never have,” chairman Olu Banjo said."}},
				{{"“We do not sell this club at any price,” one club director said."}},
			}, "sell this club at any price", "Banjo"},
	})
}

// A description followed by a name in commas is that person, not a
// guess from the titles seen elsewhere ("the club's head coach, Jo Marr,
// said").
func TestQuoteAppositiveDescription(t *testing.T) {
	runClusterCases(t, []clusterCase{
		{"description, name, said after the quote",
			[][][]string{
				{{"The visitors' head coach Ivo Sand was upbeat on Friday."}, {"“It is much too soon to judge this squad,” the club's head coach, Jo Marr, said at the ground."}},
				{{"Head coach Jo Marr said it was “much too soon to judge this squad” after the opener."}},
			}, "too soon to judge this squad", "Marr"},
		{"said the …, Name. (straight quotes)",
			[][][]string{
				{{"Olu Banjo chairs the board.", `"Ticket prices will not rise this year," said the league's chief finance officer, Ina Voss.`}},
				{{`Ina Voss said: "Ticket prices will not rise this year."`}},
			}, "ticket prices will not rise", "Voss"},
		// an organisation named in the description, and a title before the
		// name, do not take the quote from the person
		{"said the org's title, Title Name / said org title Name",
			[][][]string{
				{{"The Westby Ferrymen's Union praised the crew.", `"Nobody on that deck lost their head," said the union's president, Captain Mara Osk.`}},
				{{"The Westby Ferrymen's Union praised the crew on Friday.", `"Nobody on that deck lost their head," said union president Mara Osk.`}},
			}, "nobody on that deck lost their head", "Osk"},
	})
}

// A pronoun after a sentence that opens with a possessive name ("Marr's
// last speech was emotional. “…,” she said.") refers to that name, not
// to an earlier subject.
func TestQuotePossessiveTopic(t *testing.T) {
	runClusterCases(t, []clusterCase{
		{"possessive opener then she said",
			[][][]string{
				{{"Chairman Olu Banjo thanked the fans on Sunday."}, {"Jo Marr's farewell speech was unusually personal. “I will never coach another team,” she told the crowd."}},
				{{"“I will never coach another team,” Jo Marr said."}},
			}, "never coach another team", "Marr"},
	})
}

// A role description that matches no known person's titles ("the
// captain said") names someone unknown: it is not given to the person
// named last, so it does not block grouping with an outlet that gives no
// name either.
func TestQuoteUnknownDescription(t *testing.T) {
	runClusterCases(t, []clusterCase{
		{"the captain, two outlets",
			[][][]string{
				{{"Lena Holm scored twice for the hosts."}, {"“Stop the game, the floodlights have failed,” the captain can be heard saying on the broadcast."}},
				{{"Ivo Sand was booked late on."}, {`"The floodlights have failed, stop the game," the captain said, according to the broadcast.`}},
			}, "floodlights have failed", ""},
	})
}

// One outlet writes as one sentence what another splits in two.
func TestQuoteSplitSentences(t *testing.T) {
	runClusterCases(t, []clusterCase{
		{"one sentence vs two",
			[][][]string{
				{{"“We had an extremely brave match, and many chances were created,” Jo Marr said after the game."}},
				{{"Jo Marr: ‘I believe we had a very brave match. There were many, many chances that we created.’"}},
			}, "brave match", "Marr"},
	})
}

// The sentence next to a shared quote, said by the same speaker in both
// outlets, is the same statement even when worded differently.
func TestQuoteNeighbourAnchored(t *testing.T) {
	runClusterCases(t, []clusterCase{
		{"different wording before a verbatim quote",
			[][][]string{
				{{`"We haven't quite won it yet, but we've got real momentum," Jo Marr said after the match. "Nobody wins the league in March."`}},
				{{"Before the bus left, Jo Marr told reporters, “We’ve built real momentum. Nobody wins the league in March.”"}},
			}, "momentum", "Marr"},
	})
}

// A description resolves to a recently named person when names
// canonicalises to another spelling; the name is canonicalised once.
func TestQuoteDescriptionCanonicalOnce(t *testing.T) {
	canon := func(s string) string { return "P:" + strings.ToUpper(s) }
	tests := []struct{ paras [][]string }{
		{[][]string{{"Visiting coach Ivo Sand met club chairman Olu Banjo on Friday.", "“Next season in Lisbon?” the visiting coach asked."}}},
		{[][]string{{`Visiting coach Ivo Sand met club chairman Olu Banjo on Friday.`, `"Next season in Lisbon?" the visiting coach asked.`}}},
	}
	for i, tc := range tests {
		qs := Quotes(doc("a", tc.paras...), canon)
		if len(qs) != 1 || qs[0].Speaker != "P:IVO SAND" {
			t.Errorf("case %d: %+v, want one quote by P:IVO SAND", i, qs)
		}
	}
}

// A quotation running over two sentences, carried whole by every outlet
// that has it, is one quote; an outlet quoting only its second sentence
// keeps that sentence a quote of its own.
func TestQuoteContinuations(t *testing.T) {
	whole := func(src string) []Sentence {
		return doc(src, []string{"Dr. Ana Reyes, who leads the inquiry, said the count could rise.", "“Rot is slow.", "It can take weeks to show, so we expect more cases,” Reyes said."})
	}
	qs := Quotes(append(whole("a"), whole("b")...), nil)
	if len(qs) != 1 {
		t.Fatalf("%d quotes, want 1: %+v", len(qs), qs)
	}
	if q := qs[0]; len(q.Versions) != 1 || q.Versions[0].Text != "Rot is slow. It can take weeks to show, so we expect more cases" ||
		len(q.Versions[0].Evidence) != 4 || len(q.Outlets) != 2 || surnameOf(q.Speaker) != "Reyes" {
		t.Errorf("joined quote = %+v", q)
	}
	part := doc("c", []string{"“It can take weeks to show, so we expect more cases,” Reyes said."})
	qs = Quotes(append(append(whole("a"), whole("b")...), part...), nil)
	if len(qs) != 2 {
		t.Errorf("%d quotes, want 2 (the first sentence alone, the second in three outlets): %+v", len(qs), qs)
	}
}

// TestPronounAfterMaterialsMaker: "he said" after "Westby Chemicals has
// issued a statement from its chief executive" is not the company's last
// word taken for a surname.
func TestPronounAfterMaterialsMaker(t *testing.T) {
	text := "Westby Chemicals has issued a statement from its chief executive, Hedda Lurk."
	quote := "\"We are sorry for the disruption this has caused to our neighbours,\" she said."
	qs := Quotes([]Sentence{
		{Source: "s", Outlet: "o", Role: "body", Text: text, Start: 0, End: len(text)},
		{Source: "s", Outlet: "o", Role: "body", Text: quote, Start: len(text) + 2, End: len(text) + 2 + len(quote)},
	}, func(s string) string { return s })
	for _, q := range qs {
		if strings.Contains(q.Speaker, "Chemicals") {
			t.Errorf("speaker %q", q.Speaker)
		}
	}
}
