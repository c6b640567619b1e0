package timeline

import (
	"strings"
	"unicode"
)

// Filter returns a copy of t that keeps only the evidence of the named
// outlets: events left without evidence are dropped and the rest re-ranked;
// outlets, sources, durations, disagreements (of events and story-wide) and
// quotes are restricted to the named outlets and recounted. With no names, the copy is unchanged.
func (t *Timeline) Filter(outlets []string) *Timeline {
	if t == nil {
		return &Timeline{}
	}
	cp := *t
	if len(outlets) == 0 {
		cp.Sources = append([]SourceRef(nil), t.Sources...)
		cp.Outlets = append([]Outlet(nil), t.Outlets...)
		cp.Events = append([]Event(nil), t.Events...)
		cp.Quotes = append([]Quote(nil), t.Quotes...)
		cp.Disagreements = append([]Disagreement(nil), t.Disagreements...)
		return &cp
	}
	keep := map[string]bool{}
	for _, o := range outlets {
		keep[o] = true
	}
	cp.Sources = []SourceRef{}
	for _, s := range t.Sources {
		if keep[s.Outlet] {
			cp.Sources = append(cp.Sources, s)
		}
	}
	// quotes first, so events can keep the ids that survive
	cp.Quotes = []Quote{}
	alive := map[string]bool{}
	for _, q := range t.Quotes {
		nq := q
		nq.Versions = nil
		for _, v := range q.Versions {
			nv := QuoteVersion{Text: v.Text, Outlets: filterStrings(v.Outlets, keep), Evidence: filterEvidence(v.Evidence, keep)}
			if len(nv.Outlets) > 0 || len(nv.Evidence) > 0 {
				nq.Versions = append(nq.Versions, nv)
			}
		}
		nq.Outlets = filterStrings(q.Outlets, keep)
		if len(nq.Versions) == 0 {
			continue
		}
		alive[q.ID] = true
		cp.Quotes = append(cp.Quotes, nq)
	}
	cp.Events = []Event{}
	for _, ev := range t.Events {
		ne := ev
		ne.Evidence = filterEvidence(ev.Evidence, keep)
		if len(ne.Evidence) == 0 {
			continue
		}
		ne.Outlets = filterStrings(ev.Outlets, keep)
		ne.Durations = nil
		for _, d := range ev.Durations {
			if keep[d.Outlet] {
				ne.Durations = append(ne.Durations, d)
			}
		}
		ne.Disagreements = nil
		for _, d := range ev.Disagreements {
			if nd, ok := filterDisagreement(d, keep); ok {
				ne.Disagreements = append(ne.Disagreements, nd)
			}
		}
		ne.Quotes = nil
		for _, id := range ev.Quotes {
			if alive[id] {
				ne.Quotes = append(ne.Quotes, id)
			}
		}
		found := false
		for _, x := range ne.Evidence {
			if summaryText(x.Text) == ne.Summary {
				found = true
			}
		}
		if !found {
			ne.Summary = summaryText(ne.Evidence[0].Text)
			for _, x := range ne.Evidence {
				if x.Main {
					ne.Summary = summaryText(x.Text)
					break
				}
			}
		}
		ne.Rank = len(cp.Events) + 1
		cp.Events = append(cp.Events, ne)
	}
	// story-wide disagreements: the sides of the named outlets, the events
	// that are left
	cp.Disagreements = nil
	left := map[string]bool{}
	for _, ev := range cp.Events {
		left[ev.ID] = true
	}
	for _, d := range t.Disagreements {
		nd, ok := filterDisagreement(d, keep)
		if !ok {
			continue
		}
		nd.Events = nil
		for _, id := range d.Events {
			if left[id] {
				nd.Events = append(nd.Events, id)
			}
		}
		cp.Disagreements = append(cp.Disagreements, nd)
	}
	cp.Outlets = []Outlet{}
	for _, o := range t.Outlets {
		if keep[o.Name] {
			no := Outlet{Name: o.Name, Sources: append([]string{}, o.Sources...)}
			for _, ev := range cp.Events {
				for _, eo := range ev.Outlets {
					if eo == o.Name {
						no.Events++
					}
				}
			}
			cp.Outlets = append(cp.Outlets, no)
		}
	}
	return &cp
}

func filterStrings(list []string, keep map[string]bool) []string {
	out := []string{}
	for _, s := range list {
		if keep[s] {
			out = append(out, s)
		}
	}
	return out
}

func filterEvidence(list []Evidence, keep map[string]bool) []Evidence {
	var out []Evidence
	for _, x := range list {
		if keep[x.Outlet] {
			out = append(out, x)
		}
	}
	return out
}

// Matches reports whether every word of query occurs, ignoring case, in the
// event's title, summary, kind, place, participants, outlets or evidence.
// An empty query matches every event.
func (e *Event) Matches(query string) bool {
	words := strings.FieldsFunc(strings.ToLower(query), func(r rune) bool { return unicode.IsSpace(r) })
	if len(words) == 0 {
		return true
	}
	var b strings.Builder
	b.WriteString(e.Title)
	b.WriteByte('\n')
	b.WriteString(e.Summary)
	b.WriteByte('\n')
	b.WriteString(e.Kind)
	b.WriteByte('\n')
	b.WriteString(e.Where)
	b.WriteByte('\n')
	b.WriteString(e.When.Text)
	for _, s := range e.Who {
		b.WriteByte('\n')
		b.WriteString(s)
	}
	for _, s := range e.Outlets {
		b.WriteByte('\n')
		b.WriteString(s)
	}
	for _, x := range e.Evidence {
		b.WriteByte('\n')
		b.WriteString(x.Text)
	}
	hay := strings.ToLower(strings.ReplaceAll(b.String(), "’", "'"))
	for _, w := range words {
		if !strings.Contains(hay, strings.ReplaceAll(w, "’", "'")) {
			return false
		}
	}
	return true
}

// filterDisagreement keeps the sides of the named outlets; a disagreement
// left with fewer than two sides is no longer one.
func filterDisagreement(d Disagreement, keep map[string]bool) (Disagreement, bool) {
	nd := d
	nd.Sides = nil
	for _, s := range d.Sides {
		ns := Side{Value: s.Value, Outlets: filterStrings(s.Outlets, keep), Evidence: filterEvidence(s.Evidence, keep)}
		if len(ns.Outlets) > 0 {
			nd.Sides = append(nd.Sides, ns)
		}
	}
	return nd, len(nd.Sides) >= 2
}
