package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"storyline/data/safetext"

	"storyline/timeline"
)

// The storyline.timeline/v1 document. Every key is always present; arrays
// are never null; strings are valid UTF-8. These structs are the published
// schema, kept apart from the engine's types on purpose (those omit empty
// fields and may change): a change here is a schema change.
type jsonDoc struct {
	Schema  string       `json:"schema"`
	Title   string       `json:"title"`
	Slug    string       `json:"slug"`
	Sources []jsonSource `json:"sources"`
	Outlets []jsonOutlet `json:"outlets"`
	Events  []jsonEvent  `json:"events"`
	Quotes  []jsonQuote  `json:"quotes"`
	// Disagreements are the story-wide ones (Timeline.Disagreements).
	Disagreements []jsonStoryDisagreement `json:"disagreements"`
}

type jsonSource struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

type jsonOutlet struct {
	Name    string   `json:"name"`
	Sources []string `json:"sources"`
	Events  int      `json:"events"`
}

type jsonWhen struct {
	Text      string `json:"text"`
	Date      string `json:"date"`
	Time      string `json:"time"`
	Zone      string `json:"zone"`
	Precision string `json:"precision"`
	Inferred  bool   `json:"inferred"`
	Relative  string `json:"relative"`
}

type jsonDuration struct {
	Outlet  string `json:"outlet"`
	Source  string `json:"source"`
	Text    string `json:"text"`
	Minutes int    `json:"minutes"`
	Approx  string `json:"approx"`
}

type jsonEvidence struct {
	Source       string `json:"source"`
	Outlet       string `json:"outlet"`
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Role         string `json:"role"`
	Main         bool   `json:"main"`
	TriggerStart int    `json:"trigger_start"`
	TriggerEnd   int    `json:"trigger_end"`
}

type jsonSide struct {
	Value    string         `json:"value"`
	Outlets  []string       `json:"outlets"`
	Evidence []jsonEvidence `json:"evidence"`
}

type jsonDisagreement struct {
	Fact    string     `json:"fact"`
	Verdict string     `json:"verdict"`
	Note    string     `json:"note"`
	Sides   []jsonSide `json:"sides"`
}

// jsonStoryDisagreement is a story-wide disagreement: the shape of an
// event's disagreement plus the ids of the events whose evidence holds a
// side's sentence.
type jsonStoryDisagreement struct {
	jsonDisagreement
	Events []string `json:"events"`
}

type jsonVersion struct {
	Text     string         `json:"text"`
	Outlets  []string       `json:"outlets"`
	Evidence []jsonEvidence `json:"evidence"`
}

type jsonQuote struct {
	ID       string        `json:"id"`
	Speaker  string        `json:"speaker"`
	Event    string        `json:"event"`
	Match    string        `json:"match"`
	Outlets  []string      `json:"outlets"`
	Versions []jsonVersion `json:"versions"`
}

type jsonEvent struct {
	ID            string             `json:"id"`
	Rank          int                `json:"rank"`
	Title         string             `json:"title"`
	Summary       string             `json:"summary"`
	Kind          string             `json:"kind"`
	Status        string             `json:"status"`
	Background    bool               `json:"background"`
	When          jsonWhen           `json:"when"`
	Where         string             `json:"where"`
	Who           []string           `json:"who"`
	Durations     []jsonDuration     `json:"durations"`
	Outlets       []string           `json:"outlets"`
	Evidence      []jsonEvidence     `json:"evidence"`
	Disagreements []jsonDisagreement `json:"disagreements"`
	Quotes        []string           `json:"quotes"`
}

// JSON writes t as an indented JSON document of schema
// storyline.timeline/v1 (documented in the README), ending in a newline. Events
// are in timeline order (background events included, flagged), and the
// story-wide disagreements follow the quotes, each with the ids of the events
// its sides' sentences are in; every key is always present and arrays are
// never null. Output is deterministic and
// always valid UTF-8: invalid bytes become U+FFFD. Article text is kept
// verbatim (Evidence.Text is still Source.Text[Start:End]); controls are
// written as JSON escapes, including C1 controls, DEL and bidi controls, so
// the raw file is also safe to print on a terminal.
func JSON(w io.Writer, t *timeline.Timeline) error {
	if t == nil {
		t = &timeline.Timeline{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(jsonDocument(t)); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	if _, err := w.Write(safetext.JSON(buf.Bytes())); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

func jsonDocument(t *timeline.Timeline) jsonDoc {
	d := jsonDoc{
		Schema:  timeline.Schema,
		Title:   validUTF8(t.Title),
		Slug:    validUTF8(t.Slug),
		Sources: make([]jsonSource, 0, len(t.Sources)),
		Outlets: make([]jsonOutlet, 0, len(t.Outlets)),
		Events:  make([]jsonEvent, 0, len(t.Events)),
		Quotes:  make([]jsonQuote, 0, len(t.Quotes)),

		Disagreements: make([]jsonStoryDisagreement, 0, len(t.Disagreements)),
	}
	for _, s := range t.Sources {
		d.Sources = append(d.Sources, jsonSource{
			ID: validUTF8(s.ID), Path: validUTF8(s.Path), Outlet: validUTF8(s.Outlet),
			Title: validUTF8(s.Title), Published: validUTF8(s.Published),
		})
	}
	for _, o := range t.Outlets {
		d.Outlets = append(d.Outlets, jsonOutlet{Name: validUTF8(o.Name), Sources: strs(o.Sources), Events: o.Events})
	}
	for i, e := range t.Events {
		rank := e.Rank
		if rank <= 0 {
			rank = i + 1
		}
		je := jsonEvent{
			ID: validUTF8(e.ID), Rank: rank, Title: validUTF8(e.Title), Summary: validUTF8(e.Summary),
			Kind: validUTF8(e.Kind), Status: validUTF8(string(e.Status)), Background: e.Background,
			When: jsonWhen{
				Text: validUTF8(e.When.Text), Date: validUTF8(e.When.Date), Time: validUTF8(e.When.Time),
				Zone: validUTF8(e.When.Zone), Precision: validUTF8(e.When.Precision), Inferred: e.When.Inferred,
				Relative: validUTF8(e.When.Relative),
			},
			Where:         validUTF8(e.Where),
			Who:           strs(e.Who),
			Durations:     make([]jsonDuration, 0, len(e.Durations)),
			Outlets:       strs(e.Outlets),
			Evidence:      evidence(e.Evidence),
			Disagreements: make([]jsonDisagreement, 0, len(e.Disagreements)),
			Quotes:        strs(e.Quotes),
		}
		if je.Status == "" {
			je.Status = string(timeline.StatusHappened)
		}
		if je.When.Precision == "" {
			je.When.Precision = timeline.PrecisionUnknown
		}
		for _, du := range e.Durations {
			je.Durations = append(je.Durations, jsonDuration{
				Outlet: validUTF8(du.Outlet), Source: validUTF8(du.Source), Text: validUTF8(du.Text),
				Minutes: du.Minutes, Approx: validUTF8(du.Approx),
			})
		}
		for _, dis := range e.Disagreements {
			je.Disagreements = append(je.Disagreements, disagreement(dis))
		}
		d.Events = append(d.Events, je)
	}
	for _, q := range t.Quotes {
		jq := jsonQuote{ID: validUTF8(q.ID), Speaker: validUTF8(q.Speaker), Event: validUTF8(q.Event), Match: validUTF8(q.Match),
			Outlets: strs(q.Outlets), Versions: make([]jsonVersion, 0, len(q.Versions))}
		for _, v := range q.Versions {
			jq.Versions = append(jq.Versions, jsonVersion{Text: validUTF8(v.Text), Outlets: strs(v.Outlets), Evidence: evidence(v.Evidence)})
		}
		d.Quotes = append(d.Quotes, jq)
	}
	for _, dis := range t.Disagreements {
		d.Disagreements = append(d.Disagreements, jsonStoryDisagreement{jsonDisagreement: disagreement(dis), Events: strs(dis.Events)})
	}
	return d
}

func disagreement(dis timeline.Disagreement) jsonDisagreement {
	jd := jsonDisagreement{Fact: validUTF8(dis.Fact), Verdict: validUTF8(dis.Verdict), Note: validUTF8(dis.Note),
		Sides: make([]jsonSide, 0, len(dis.Sides))}
	for _, s := range dis.Sides {
		jd.Sides = append(jd.Sides, jsonSide{Value: validUTF8(s.Value), Outlets: strs(s.Outlets), Evidence: evidence(s.Evidence)})
	}
	return jd
}

func strs(xs []string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, validUTF8(x))
	}
	return out
}

func evidence(evs []timeline.Evidence) []jsonEvidence {
	out := make([]jsonEvidence, 0, len(evs))
	for _, ev := range evs {
		out = append(out, jsonEvidence{
			Source: validUTF8(ev.Source), Outlet: validUTF8(ev.Outlet), Text: validUTF8(ev.Text),
			Start: ev.Start, End: ev.End, Role: validUTF8(ev.Role), Main: ev.Main,
			TriggerStart: ev.TriggerStart, TriggerEnd: ev.TriggerEnd,
		})
	}
	return out
}
