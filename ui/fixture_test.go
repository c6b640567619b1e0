package ui

import (
	"fmt"
	"strings"
	"time"

	"storyline/data"
	"storyline/timeline"
)

// para is one paragraph of a fixture article.
type para struct {
	role data.Role
	text string
}

// mkSource builds a source whose paragraphs are joined by blank lines, with
// sentences split after ". " (enough for fixtures).
func mkSource(id, outlet, title string, paras ...para) *data.Source {
	s := &data.Source{ID: id, Path: "fixtures/" + id + ".txt", Outlet: outlet, Title: title, Format: "text",
		Published: time.Date(2030, 3, 2, 9, 30, 0, 0, time.UTC)}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p.text)
		pp := data.Paragraph{Role: p.role, Start: start, End: b.Len()}
		off := 0
		for off < len(p.text) {
			end := strings.Index(p.text[off:], ". ")
			if end < 0 {
				end = len(p.text)
			} else {
				end = off + end + 1
			}
			pp.Sentences = append(pp.Sentences, data.Sentence{Text: p.text[off:end], Start: start + off, End: start + end})
			off = end
			for off < len(p.text) && p.text[off] == ' ' {
				off++
			}
		}
		s.Paragraphs = append(s.Paragraphs, pp)
	}
	s.Text = b.String()
	return s
}

// evidence finds the sentence of src containing sub and marks trigger in it.
func evidence(src *data.Source, sub, trigger string) timeline.Evidence {
	for _, p := range src.Paragraphs {
		for _, se := range p.Sentences {
			if strings.Contains(se.Text, sub) {
				ev := timeline.Evidence{Source: src.ID, Outlet: src.Outlet, Text: se.Text, Start: se.Start, End: se.End, Role: string(p.Role), Main: true}
				if i := strings.Index(se.Text, trigger); i >= 0 && trigger != "" {
					ev.TriggerStart, ev.TriggerEnd = i, i+len(trigger)
				}
				return ev
			}
		}
	}
	panic(fmt.Sprintf("fixture: %q not in %s", sub, src.ID))
}

// fixture is a small made-up story: five outlets, eight events covering
// every marker (planned, cancelled, background, single source,
// disagreements, quotes), two story-wide disagreements (one across the
// talks and the resumption, with a side in a sentence of no event; one
// about the background strike), with article text for the source screen.
func fixture() (*data.Corpus, *timeline.Timeline) {
	a := mkSource("a1", "Harbour Daily", "Ferry strike ends after night of talks",
		para{data.RoleTitle, "Ferry strike ends after night of talks"},
		para{data.RoleByline, "By A. Writer and B. Reporter"},
		para{data.RoleDateline, "Updated 09:30"},
		para{data.RoleBody, "Union leaders met the ferry operator at the port office on Monday morning. The talks lasted about three hours before a deal was announced."},
		para{data.RoleCaption, "Workers gather outside the port office on Monday."},
		para{data.RoleBody, "The mayor said the agreement was fair. \"We will sail again tomorrow,\" the union chief told reporters at a press conference."},
		para{data.RoleBody, "A march planned for Wednesday was called off."},
		para{data.RoleChrome, "Share this article | Read more"},
	)
	b := mkSource("b1", "Coastal Times", "Deal reached in ferry dispute",
		para{data.RoleTitle, "Deal reached in ferry dispute"},
		para{data.RoleBody, "Negotiators met on Monday at the port office. The meeting ran for two-and-a-half hours."},
		para{data.RoleBody, "\"We will sail again tomorrow,\" the union chief said at a press conference in the afternoon."},
		para{data.RoleBody, "Services will resume on Tuesday, the operator said."},
	)
	c := mkSource("c1", "Evening Ledger", "Strike over",
		para{data.RoleBody, "The strike ended on Monday after a meeting at the port office."},
		para{data.RoleBody, "At a press conference the union chief said: \"We will sail again tomorrow.\""},
		para{data.RoleBody, "A similar strike in 2019 lasted two weeks."},
	)
	d := mkSource("d1", "Island Wire", "Ferries to sail",
		para{data.RoleBody, "Ferries will sail again on Tuesday after union leaders met the operator."},
		para{data.RoleBody, "The union chief spoke at a press conference on Monday afternoon."},
		para{data.RoleBody, "The last strike, in 2019, lasted ten days."},
	)
	e := mkSource("e1", "Northern Star", "Ferry talks",
		para{data.RoleBody, "A ministerial visit to the port was cancelled on Sunday."},
		para{data.RoleBody, "Talks between the union and the operator began at 08:00 on Monday."},
		para{data.RoleBody, "Ferries are due back in service on Wednesday, the operator said."},
	)
	corpus := &data.Corpus{Name: "ferry-strike", Sources: []*data.Source{a, b, c, d, e},
		Problems: []data.Problem{{Path: "fixtures/broken.pdf", Reason: "binary file (PDF), skipped"}}}

	talks := timeline.Event{ID: "meeting-talks", Title: "Union and operator hold talks at the port office", Kind: "meeting",
		Summary: "Union leaders met the ferry operator at the port office on Monday morning.",
		Status:  timeline.StatusHappened, When: timeline.When{Text: "Mon 2 Mar 08:00", Date: "2030-03-02", Time: "08:00", Precision: timeline.PrecisionExact},
		Where: "port office", Who: []string{"union leaders", "ferry operator"},
		Durations: []timeline.Duration{{Outlet: "Harbour Daily", Source: "a1", Text: "about three hours", Minutes: 180, Approx: "about"},
			{Outlet: "Coastal Times", Source: "b1", Text: "two-and-a-half hours", Minutes: 150, Approx: "exact"}},
		Outlets: []string{"Harbour Daily", "Coastal Times", "Evening Ledger", "Island Wire", "Northern Star"},
		Evidence: []timeline.Evidence{evidence(a, "Union leaders met", "met"), evidence(a, "talks lasted", "talks"),
			evidence(b, "Negotiators met", "met"), evidence(b, "meeting ran", "meeting"), evidence(c, "after a meeting", "meeting"),
			evidence(d, "union leaders met", "met"), evidence(e, "Talks between", "Talks")},
	}
	dg := evidence(a, "talks lasted", "talks")
	talks.Disagreements = []timeline.Disagreement{{Fact: "duration", Verdict: "conflicting", Note: "about three hours vs two-and-a-half hours",
		Sides: []timeline.Side{{Value: "180 min", Outlets: []string{"Harbour Daily"}, Evidence: []timeline.Evidence{dg}},
			{Value: "150 min", Outlets: []string{"Coastal Times"}, Evidence: []timeline.Evidence{evidence(b, "meeting ran", "meeting")}}}}}
	talks.Evidence[4].Main = false

	deal := timeline.Event{ID: "announcement-deal", Title: "Deal announced, strike ends", Kind: "announcement", Status: timeline.StatusHappened,
		When:     timeline.When{Text: "Mon 2 Mar ~11:00", Date: "2030-03-02", Time: "11:00", Precision: timeline.PrecisionApprox, Inferred: true},
		Outlets:  []string{"Harbour Daily", "Evening Ledger"},
		Evidence: []timeline.Evidence{evidence(a, "deal was announced", "announced"), evidence(c, "The strike ended", "ended")}}
	presser := timeline.Event{ID: "press-conference-union", Title: "Union chief speaks at a press conference", Kind: "press-conference", Status: timeline.StatusHappened,
		When:    timeline.When{Text: "Mon 2 Mar pm", Date: "2030-03-02", Time: "15:00", Precision: timeline.PrecisionApprox},
		Who:     []string{"union chief"},
		Outlets: []string{"Harbour Daily", "Coastal Times", "Evening Ledger", "Island Wire"},
		Evidence: []timeline.Evidence{evidence(a, "told reporters", "press conference"), evidence(b, "said at a press", "press conference"),
			evidence(c, "At a press conference", "press conference"), evidence(d, "spoke at a press", "press conference")},
		Quotes: []string{"q1"}}
	caption := timeline.Event{ID: "gathering-workers", Title: "Workers gather outside the port office", Kind: "gathering", Status: timeline.StatusHappened,
		When:     timeline.When{Text: "Mon 2 Mar", Date: "2030-03-02", Precision: timeline.PrecisionApprox},
		Outlets:  []string{"Harbour Daily"},
		Evidence: []timeline.Evidence{evidence(a, "Workers gather", "gather")}}
	resume := timeline.Event{ID: "resumption-services", Title: "Ferry services resume", Kind: "resumption", Status: timeline.StatusPlanned,
		When:     timeline.When{Text: "Tue 3 Mar", Date: "2030-03-03", Precision: timeline.PrecisionApprox},
		Outlets:  []string{"Coastal Times", "Island Wire"},
		Evidence: []timeline.Evidence{evidence(b, "Services will resume", "resume"), evidence(d, "Ferries will sail", "sail")}}
	march := timeline.Event{ID: "march-wednesday", Title: "Wednesday march called off", Kind: "march", Status: timeline.StatusCancelled,
		When:     timeline.When{Text: "Wed 4 Mar", Date: "2030-03-04", Precision: timeline.PrecisionApprox},
		Outlets:  []string{"Harbour Daily"},
		Evidence: []timeline.Evidence{evidence(a, "A march planned", "called off")}}
	visit := timeline.Event{ID: "visit-minister", Title: "Ministerial visit to the port cancelled", Kind: "visit", Status: timeline.StatusCancelled,
		When:     timeline.When{Text: "Sun 1 Mar", Date: "2030-03-01", Precision: timeline.PrecisionApprox},
		Outlets:  []string{"Northern Star"},
		Evidence: []timeline.Evidence{evidence(e, "ministerial visit", "visit")}}
	old := timeline.Event{ID: "strike-2019", Title: "Earlier strike lasted two weeks", Kind: "strike", Status: timeline.StatusHappened, Background: true,
		When:     timeline.When{Text: "2019", Precision: timeline.PrecisionApprox},
		Outlets:  []string{"Evening Ledger"},
		Evidence: []timeline.Evidence{evidence(c, "similar strike", "strike")}}

	events := []timeline.Event{visit, talks, deal, caption, presser, resume, march, old}
	for i := range events {
		events[i].Rank = i + 1
	}
	q := timeline.Quote{ID: "q1", Speaker: "union chief", Event: "press-conference-union", Match: "verbatim",
		Outlets: []string{"Harbour Daily", "Coastal Times", "Evening Ledger"},
		Versions: []timeline.QuoteVersion{{Text: "We will sail again tomorrow", Outlets: []string{"Harbour Daily", "Coastal Times", "Evening Ledger"},
			Evidence: []timeline.Evidence{evidence(a, "told reporters", ""), evidence(b, "said at a press", ""), evidence(c, "At a press conference", "")}}}}

	// Story-wide: the sailing date, told in the talks and the resumption
	// (Island Wire's sentence is evidence of both) and in a sentence of no
	// event; the length of the 2019 strike, in the background event and in
	// a sentence of no event.
	story := []timeline.Disagreement{
		{Fact: "date", Verdict: "conflicting", Note: "Tuesday vs Wednesday", Events: []string{"meeting-talks", "resumption-services"},
			Sides: []timeline.Side{
				{Value: "2030-03-03", Outlets: []string{"Island Wire"}, Evidence: []timeline.Evidence{evidence(d, "Ferries will sail", "")}},
				{Value: "2030-03-04", Outlets: []string{"Northern Star"}, Evidence: []timeline.Evidence{evidence(e, "due back in service", "")}},
			}},
		{Fact: "duration", Verdict: "conflicting", Note: "two weeks vs ten days", Events: []string{"strike-2019"},
			Sides: []timeline.Side{
				{Value: "14 d", Outlets: []string{"Evening Ledger"}, Evidence: []timeline.Evidence{evidence(c, "similar strike", "")}},
				{Value: "10 d", Outlets: []string{"Island Wire"}, Evidence: []timeline.Evidence{evidence(d, "last strike", "")}},
			}},
	}
	t := &timeline.Timeline{Title: "Ferry strike ends after night of talks", Slug: "ferry-strike", Events: events, Quotes: []timeline.Quote{q},
		Disagreements: story}
	for _, s := range corpus.Sources {
		t.Sources = append(t.Sources, timeline.SourceRef{ID: s.ID, Path: s.Path, Outlet: s.Outlet, Title: s.Title, Published: s.Published.Format(time.RFC3339)})
	}
	for _, s := range corpus.Sources {
		n := 0
		for _, e := range events {
			for _, o := range e.Outlets {
				if o == s.Outlet {
					n++
				}
			}
		}
		t.Outlets = append(t.Outlets, timeline.Outlet{Name: s.Outlet, Sources: []string{s.ID}, Events: n})
	}
	return corpus, t
}

// bigTimeline has n events over the fixture's outlets and sources.
func bigTimeline(n int) (*data.Corpus, *timeline.Timeline) {
	c, t := fixture()
	base := t.Events
	t.Events = make([]timeline.Event, 0, n)
	for i := 0; i < n; i++ {
		e := base[i%len(base)]
		e.ID = fmt.Sprintf("%s-%d", e.ID, i)
		e.Rank = i + 1
		e.Title = fmt.Sprintf("%s (%d)", e.Title, i)
		if e.When.Date != "" {
			e.When.Date = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/24).Format("2006-01-02")
			e.When.Time = fmt.Sprintf("%02d:00", i%24)
		}
		t.Events = append(t.Events, e)
	}
	return c, t
}
