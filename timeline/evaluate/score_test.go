package evaluate

import (
	"strings"
	"testing"

	"storyline/data"
	"storyline/timeline"
)

const tinyGold = `
story: tiny
sources: {a: src-a, b: src-b}
events:
  - id: old
    title: An old meeting
    order: 0
    background: true
    evidence: [{source: a, text: "in 2018"}]
  - id: land
    title: Landing
    order: 1
    evidence:
      - {source: a, text: "landed at noon"}
      - {source: b, text: "touched down"}
    optional: [{source: b, text: "the landing"}]
  - id: brief
    title: Briefing
    order: 2
    evidence:
      - {source: a, text: "told reporters"}
      - {source: b, text: "press briefing"}
  - id: probe
    title: Investigation opened
    order: 3
    evidence: [{source: b, text: "opened an investigation"}]
  - id: hearing
    title: Hearing planned
    order: 4
    status: planned
    evidence: [{source: a, text: "will hold a hearing"}]
disagreements:
  - {event: land, fact: count, sources: [a, b], sides: [[a], [b]]}
quotes:
  - {speaker: Roe, text: "we are safe", sources: [a, b]}
  - {speaker: Roe, text: "ok", sources: [a, b], optional: true}
forbidden:
  - {source: b, text: "great comment"}
`

func ev(src, text string) timeline.Evidence {
	return timeline.Evidence{Source: src, Outlet: "Outlet " + src, Text: text, Start: len(text), End: 2 * len(text), Role: "body"}
}

// perfect is a system timeline that matches tinyGold exactly.
func perfect() *timeline.Timeline {
	return &timeline.Timeline{
		Sources: []timeline.SourceRef{{ID: "src-a", Outlet: "Outlet src-a"}, {ID: "src-b", Outlet: "Outlet src-b"}},
		Events: []timeline.Event{
			{ID: "meeting-old", Background: true, Status: timeline.StatusHappened, Evidence: []timeline.Evidence{ev("src-a", "They first met in 2018.")}},
			{ID: "landing", Status: timeline.StatusHappened,
				Evidence: []timeline.Evidence{ev("src-a", "The jet landed  at noon."), ev("src-b", "It touched down safely."), ev("src-b", "After the landing, crews came.")},
				Disagreements: []timeline.Disagreement{{Fact: "count", Verdict: "conflicting", Sides: []timeline.Side{
					{Value: "171", Outlets: []string{"Outlet src-a"}}, {Value: "174", Evidence: []timeline.Evidence{ev("src-b", "174 people")}}}}}},
			{ID: "briefing", Status: timeline.StatusHappened, Evidence: []timeline.Evidence{ev("src-a", "She told reporters."), ev("src-b", "At a press briefing, she spoke.")}},
			{ID: "probe", Status: timeline.StatusHappened, Evidence: []timeline.Evidence{ev("src-b", "The board opened an investigation.")}},
			{ID: "hearing", Status: timeline.StatusPlanned, Evidence: []timeline.Evidence{ev("src-a", "It will hold a hearing.")}},
		},
		Quotes: []timeline.Quote{{ID: "q1", Speaker: "Jane Roe", Versions: []timeline.QuoteVersion{
			{Text: "We are safe now", Outlets: []string{"Outlet src-a"}},
			{Text: "we are safe", Evidence: []timeline.Evidence{ev("src-b", "\u201cWe are safe,\u201d Roe said.")}}}},
			{ID: "q2", Speaker: "Roe", Versions: []timeline.QuoteVersion{{Text: "OK", Outlets: []string{"Outlet src-a", "Outlet src-b"}}}}},
	}
}

func rank(t *timeline.Timeline) *timeline.Timeline {
	for i := range t.Events {
		t.Events[i].Rank = i + 1
	}
	return t
}

func tiny(t *testing.T) *Gold {
	t.Helper()
	g, err := Parse([]byte(tinyGold))
	if err != nil {
		t.Fatal(err)
	}
	g.Name = "tiny"
	return g
}

func corpus() *data.Corpus {
	return &data.Corpus{Name: "tiny", Sources: []*data.Source{{ID: "src-a", Outlet: "Outlet src-a"}, {ID: "src-b", Outlet: "Outlet src-b"}}}
}

func TestScore(t *testing.T) {
	g := tiny(t)
	tests := []struct {
		name  string
		tl    func() *timeline.Timeline
		check func(t *testing.T, r Report)
	}{
		{"perfect", func() *timeline.Timeline { return rank(perfect()) }, func(t *testing.T, r Report) {
			for name, x := range map[string]Ratio{"event recall": r.EventRecall, "event precision": r.EventPrecision,
				"evidence P": r.EvidenceP, "evidence R": r.EvidenceR, "order": r.Order, "background": r.Background,
				"status": r.Status, "disagreement P": r.DisagreementP, "disagreement R": r.DisagreementR,
				"quote P": r.QuoteP, "quote R": r.QuoteR} {
				if x.Value() != 1 || x.Den == 0 {
					t.Errorf("%s = %v (%d/%d), want 1", name, x.Value(), x.Num, x.Den)
				}
			}
			if len(r.Notes) != 0 || len(r.Forbidden) != 0 || len(r.MissingSources) != 0 {
				t.Errorf("notes %q forbidden %q missing %q", r.Notes, r.Forbidden, r.MissingSources)
			}
			if r.Order.Den != 6 || r.GoldEvents != 4 {
				t.Errorf("order pairs %d, gold events %d; want 6, 4", r.Order.Den, r.GoldEvents)
			}
		}},
		{"no rank field uses slice order", func() *timeline.Timeline { return perfect() }, func(t *testing.T, r Report) {
			if r.Order.Value() != 1 {
				t.Errorf("order %v", r.Order.Value())
			}
		}},
		{"shuffled order", func() *timeline.Timeline {
			tl := perfect()
			tl.Events[1], tl.Events[3] = tl.Events[3], tl.Events[1]
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if v := r.Order.Value(); v >= 1 || v <= 0 {
				t.Errorf("order %v, want in (0,1)", v)
			}
			if r.EventRecall.Value() != 1 {
				t.Errorf("recall %v", r.EventRecall.Value())
			}
		}},
		{"reversed order", func() *timeline.Timeline {
			tl := perfect()
			e := tl.Events
			e[1], e[2], e[3], e[4] = e[4], e[3], e[2], e[1]
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.Order.Value() != 0 {
				t.Errorf("order %v, want 0", r.Order.Value())
			}
		}},
		{"missing event", func() *timeline.Timeline {
			tl := perfect()
			tl.Events = append(tl.Events[:2], tl.Events[3:]...)
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.EventRecall.Num != 3 || r.EventRecall.Den != 4 {
				t.Errorf("recall %d/%d, want 3/4", r.EventRecall.Num, r.EventRecall.Den)
			}
			if !hasNote(r, "missed event brief") {
				t.Errorf("notes %q", r.Notes)
			}
		}},
		{"merged events", func() *timeline.Timeline {
			tl := perfect()
			tl.Events[1].Evidence = append(tl.Events[1].Evidence, tl.Events[2].Evidence...)
			tl.Events = append(tl.Events[:2], tl.Events[3:]...)
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.EventRecall.Num != 3 {
				t.Errorf("recall %d", r.EventRecall.Num)
			}
			if r.EvidenceP.Num != 5 || r.EvidenceP.Den != 7 {
				t.Errorf("evidence P %d/%d, want 5/7", r.EvidenceP.Num, r.EvidenceP.Den)
			}
		}},
		{"clutter and extra evidence", func() *timeline.Timeline {
			tl := perfect()
			tl.Events[2].Evidence = append(tl.Events[2].Evidence, ev("src-a", "Unrelated sentence."))
			tl.Events = append(tl.Events, timeline.Event{ID: "junk", Evidence: []timeline.Evidence{ev("src-b", "Share this")}})
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.EventPrecision.Num != 4 || r.EventPrecision.Den != 5 {
				t.Errorf("event precision %d/%d, want 4/5", r.EventPrecision.Num, r.EventPrecision.Den)
			}
			if r.EvidenceP.Num != 7 || r.EvidenceP.Den != 8 {
				t.Errorf("evidence P %d/%d, want 7/8", r.EvidenceP.Num, r.EvidenceP.Den)
			}
		}},
		{"missing evidence, wrong flags", func() *timeline.Timeline {
			tl := perfect()
			tl.Events[1].Evidence = tl.Events[1].Evidence[:1]
			tl.Events[0].Background = false
			tl.Events[4].Status = timeline.StatusHappened
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.EvidenceR.Num != 6 || r.EvidenceR.Den != 7 {
				t.Errorf("evidence R %d/%d, want 6/7", r.EvidenceR.Num, r.EvidenceR.Den)
			}
			if r.Background.Num != 4 || r.Status.Num != 4 {
				t.Errorf("background %d status %d, want 4, 4", r.Background.Num, r.Status.Num)
			}
		}},
		{"disagreement sides merged, extra conflict", func() *timeline.Timeline {
			tl := perfect()
			d := &tl.Events[1].Disagreements[0]
			d.Sides = []timeline.Side{{Value: "171", Outlets: []string{"Outlet src-a", "Outlet src-b"}}, {Value: "x"}}
			tl.Events[2].Disagreements = []timeline.Disagreement{{Fact: "time", Verdict: "conflicting"}, {Fact: "date", Verdict: "compatible"}}
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.DisagreementR.Num != 0 || r.DisagreementP.Num != 0 || r.DisagreementP.Den != 2 {
				t.Errorf("disagreement R %v P %d/%d", r.DisagreementR, r.DisagreementP.Num, r.DisagreementP.Den)
			}
		}},
		{"disagreement with one gold side missing", func() *timeline.Timeline {
			tl := perfect()
			d := &tl.Events[1].Disagreements[0]
			d.Sides = []timeline.Side{{Value: "171", Outlets: []string{"Outlet src-a"}}, {Value: "170", Outlets: []string{"Outlet src-a"}}}
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.DisagreementR.Num != 0 || r.DisagreementP.Num != 0 || r.DisagreementP.Den != 1 {
				t.Errorf("disagreement R %d/%d P %d/%d", r.DisagreementR.Num, r.DisagreementR.Den, r.DisagreementP.Num, r.DisagreementP.Den)
			}
		}},
		{"disagreement on the wrong fact or event", func() *timeline.Timeline {
			tl := perfect()
			tl.Events[2].Disagreements = tl.Events[1].Disagreements
			tl.Events[1].Disagreements = []timeline.Disagreement{{Fact: "time", Verdict: "compatible", Sides: tl.Events[2].Disagreements[0].Sides}}
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.DisagreementR.Num != 0 || r.DisagreementP.Num != 0 || r.DisagreementP.Den != 1 {
				t.Errorf("disagreement R %d/%d P %d/%d", r.DisagreementR.Num, r.DisagreementR.Den, r.DisagreementP.Num, r.DisagreementP.Den)
			}
		}},
		{"quote wrong speaker or partial coverage", func() *timeline.Timeline {
			tl := perfect()
			tl.Quotes[0].Speaker = "Smith"
			tl.Quotes = append(tl.Quotes, timeline.Quote{Speaker: "Roe", Versions: []timeline.QuoteVersion{{Text: "we are safe", Outlets: []string{"Outlet src-a"}}}})
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if r.QuoteR.Num != 0 || r.QuoteP.Num != 0 || r.QuoteP.Den != 1 {
				t.Errorf("quote R %d/%d P %d/%d", r.QuoteR.Num, r.QuoteR.Den, r.QuoteP.Num, r.QuoteP.Den)
			}
		}},
		{"forbidden evidence", func() *timeline.Timeline {
			tl := perfect()
			tl.Events[3].Evidence = append(tl.Events[3].Evidence, ev("src-b", "What a GREAT   comment."))
			return rank(tl)
		}, func(t *testing.T, r Report) {
			if len(r.Forbidden) != 1 {
				t.Errorf("forbidden %q", r.Forbidden)
			}
		}},
		{"empty timeline", func() *timeline.Timeline { return &timeline.Timeline{} }, func(t *testing.T, r Report) {
			if r.EventRecall.Value() != 0 || r.EvidenceR.Den != 0 || r.DisagreementR.Value() != 0 || r.QuoteR.Value() != 0 {
				t.Errorf("empty: %+v", r)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(g, corpus(), tc.tl())
			tc.check(t, r)
			if r2 := Score(g, corpus(), tc.tl()); FormatReport([]Report{r}) != FormatReport([]Report{r2}) || strings.Join(r.Notes, "\n") != strings.Join(r2.Notes, "\n") {
				t.Error("score not deterministic")
			}
		})
	}
}

func hasNote(r Report, s string) bool {
	for _, n := range r.Notes {
		if strings.Contains(n, s) {
			return true
		}
	}
	return false
}

func TestDisagreementCoverage(t *testing.T) {
	set := func(ids ...string) map[string]bool {
		m := map[string]bool{}
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	camps := GoldDisagreement{Sources: []string{"a", "b", "c"}, Sides: [][]string{{"a", "b"}, {"c"}}}
	strict := camps
	strict.Strict = true
	flat := GoldDisagreement{Sources: []string{"a", "c"}}
	tests := []struct {
		name string
		gd   GoldDisagreement
		all  map[string]bool
		want bool
	}{
		{"one per camp", camps, set("b", "c"), true},
		{"camp missing", camps, set("a", "b"), false},
		{"strict needs all", strict, set("b", "c"), false},
		{"strict all", strict, set("a", "b", "c", "d"), true},
		{"no sides needs all", flat, set("a"), false},
		{"no sides all", flat, set("a", "c"), true},
	}
	for _, tc := range tests {
		if got := disagreementCovered(tc.all, tc.gd); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	if separated([]map[string]bool{set("a", "c")}, camps.Sides) {
		t.Error("a and c on one side should not count as separated")
	}
	if !separated([]map[string]bool{set("a", "b"), set("c", "x")}, camps.Sides) {
		t.Error("camps on their own sides should count as separated")
	}
}

func TestScoreMissingSources(t *testing.T) {
	g := tiny(t)
	r := Score(g, &data.Corpus{Sources: []*data.Source{{ID: "src-a"}}}, perfect())
	if len(r.MissingSources) != 1 || r.MissingSources[0] != "src-b" {
		t.Errorf("missing %q", r.MissingSources)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown field", "events: [{id: a, evidence: [{source: s, text: t}], colour: red}]", "colour"},
		{"duplicate id", "events: [{id: a, evidence: [{source: s, text: t}]}, {id: a, evidence: [{source: s, text: t}]}]", "duplicate"},
		{"bad status", "events: [{id: a, status: done, evidence: [{source: s, text: t}]}]", "bad status"},
		{"no evidence", "events: [{id: a}]", "no evidence"},
		{"empty text", "events: [{id: a, evidence: [{source: s, text: ' '}]}]", "needs source and text"},
		{"unknown event", "events: [{id: a, evidence: [{source: s, text: t}]}]\ndisagreements: [{event: b, fact: time, sources: [s, u]}]", "unknown event"},
		{"side not in sources", "events: [{id: a, evidence: [{source: s, text: t}]}]\ndisagreements: [{event: a, fact: time, sources: [s, u], sides: [[s], [v]]}]", "not in sources"},
		{"quote without sources", "quotes: [{speaker: X, text: y}]", "quote 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.yaml))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err %v, want %q", err, tc.want)
			}
		})
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  A\u00a0 b\n\tc ", "a b c"},
		{"\u201cThere\u2019s no deal\u201d \u2014 ok\u2026", "\"there's no deal\" - ok..."},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Norm(tc.in); got != tc.want {
			t.Errorf("Norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFormatReport(t *testing.T) {
	g := tiny(t)
	out := FormatReport([]Report{Score(g, corpus(), rank(perfect())), Score(g, corpus(), &timeline.Timeline{})})
	for _, want := range []string{"corpus", "tiny", "4/5", "100%", "mean"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}
