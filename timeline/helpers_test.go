package timeline

import (
	"strings"
	"time"

	"storyline/data"
	"storyline/data/sentence"
)

// article is a test article: outlet, publication time and text (one
// paragraph per line).
type article struct {
	id, outlet string
	published  time.Time
	text       string
}

// corpusOf builds a corpus from test articles, every line a body paragraph.
func corpusOf(name string, arts ...article) *data.Corpus {
	c := &data.Corpus{Name: name}
	for _, a := range arts {
		s := &data.Source{ID: a.id, Path: a.id + ".txt", Format: "text", Outlet: a.outlet, Text: a.text, Published: a.published}
		off := 0
		for _, line := range strings.SplitAfter(a.text, "\n") {
			content := strings.TrimRight(line, "\n")
			if strings.TrimSpace(content) != "" {
				p := data.Paragraph{Role: data.RoleBody, Start: off, End: off + len(content)}
				for _, sp := range sentence.Split(content) {
					p.Sentences = append(p.Sentences, data.Sentence{Text: content[sp.Start:sp.End], Start: off + sp.Start, End: off + sp.End})
				}
				s.Paragraphs = append(s.Paragraphs, p)
			}
			off += len(line)
		}
		c.Sources = append(c.Sources, s)
	}
	return c
}

// sentenceMentions runs mention detection on one sentence alone, with no
// publication time.
func sentenceMentions(text string) ([]mention, *engine) {
	return mentionsAt(time.Time{}, text)
}

// lastOfKind returns the last mention of the kind in ms, or nil.
func lastOfKind(ms []mention, e *engine, kind string) *mention {
	var out *mention
	for i := range ms {
		if e.lx.kinds[ms[i].kind].Kind == kind {
			out = &ms[i]
		}
	}
	return out
}

// eventWith returns the index of the event with evidence containing sub in
// source src ("" = any), or -1.
func eventWith(t *Timeline, src, sub string) int {
	for i, ev := range t.Events {
		for _, x := range ev.Evidence {
			if (src == "" || x.Source == src || strings.HasPrefix(x.Source, src)) && strings.Contains(x.Text, sub) {
				return i
			}
		}
	}
	return -1
}

// eventOfKind returns the index of the event of kind with evidence
// containing sub in source src, or -1.
func eventOfKind(t *Timeline, kind, src, sub string) int {
	for i, ev := range t.Events {
		if ev.Kind != kind {
			continue
		}
		for _, x := range ev.Evidence {
			if strings.HasPrefix(x.Source, src) && strings.Contains(x.Text, sub) {
				return i
			}
		}
	}
	return -1
}
