package data

import (
	"encoding/json"
	"fmt"
	"io"
	"storyline/data/safetext"
	"time"
)

type inspectSentence struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type inspectParagraph struct {
	Role      Role              `json:"role"`
	Start     int               `json:"start"`
	End       int               `json:"end"`
	Sentences []inspectSentence `json:"sentences"`
}

type inspectAnchor struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Role  Role   `json:"role"`
	Date  string `json:"date"`
}

type inspectSource struct {
	ID                string             `json:"id"`
	Path              string             `json:"path"`
	Format            string             `json:"format"`
	Outlet            string             `json:"outlet"`
	OutletFrom        string             `json:"outlet_from"`
	Title             string             `json:"title"`
	Authors           []string           `json:"authors"`
	URL               string             `json:"url"`
	Published         string             `json:"published"`
	PublishedInferred bool               `json:"published_inferred"`
	Reference         string             `json:"reference"`
	Problems          []string           `json:"problems"`
	Anchors           []inspectAnchor    `json:"anchors"`
	Paragraphs        []inspectParagraph `json:"paragraphs"`
}

type inspectDoc struct {
	Name     string          `json:"name"`
	Story    string          `json:"story"`
	Sources  []inspectSource `json:"sources"`
	Problems []Problem       `json:"problems"`
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// WriteInspect writes the `storyline inspect` JSON for c: every source with
// its metadata (published as RFC 3339 or ""), problems, date anchors, and
// paragraphs with roles and sentences (byte offsets into the normalised
// text), then the corpus problems. Arrays are never null.
func WriteInspect(w io.Writer, c *Corpus) error {
	doc := inspectDoc{Sources: []inspectSource{}, Problems: []Problem{}}
	if c != nil {
		doc.Name, doc.Story = c.Name, c.Story
		doc.Problems = append(doc.Problems, c.Problems...)
		for _, s := range c.Sources {
			is := inspectSource{ID: s.ID, Path: s.Path, Format: s.Format, Outlet: s.Outlet, OutletFrom: s.OutletFrom,
				Title: s.Title, Authors: append([]string{}, s.Authors...), URL: s.URL, Published: rfc3339(s.Published),
				PublishedInferred: s.PublishedInferred, Reference: rfc3339(s.Reference),
				Problems: append([]string{}, s.Problems...), Anchors: []inspectAnchor{}, Paragraphs: []inspectParagraph{}}
			for _, a := range s.Anchors {
				is.Anchors = append(is.Anchors, inspectAnchor{a.Text, a.Start, a.End, a.Role, a.Date.Format("2006-01-02")})
			}
			for _, p := range s.Paragraphs {
				ip := inspectParagraph{Role: p.Role, Start: p.Start, End: p.End, Sentences: []inspectSentence{}}
				for _, st := range p.Sentences {
					ip.Sentences = append(ip.Sentences, inspectSentence(st))
				}
				is.Paragraphs = append(is.Paragraphs, ip)
			}
			doc.Sources = append(doc.Sources, is)
		}
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return fmt.Errorf("inspect: %w", err)
	}
	_, err = w.Write(append(safetext.JSON(b), '\n'))
	return err
}

// Messages returns one line per problem of the corpus and of its sources,
// each naming the path: "path: reason". Stable order.
func (c *Corpus) Messages() []string {
	out := []string{}
	if c == nil {
		return out
	}
	for _, p := range c.Problems {
		out = append(out, p.Error())
	}
	for _, s := range c.Sources {
		for _, m := range s.Problems {
			out = append(out, s.Path+": "+m)
		}
	}
	return out
}
