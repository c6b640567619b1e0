package timeline

import "storyline/data"

// Build makes the timeline of a corpus.
// STUB: the engine owner replaces this.
func Build(c *data.Corpus) *Timeline {
	t := &Timeline{Title: c.Name, Slug: c.Name}
	for _, s := range c.Sources {
		t.Sources = append(t.Sources, SourceRef{ID: s.ID, Path: s.Path, Outlet: s.Outlet, Title: s.Title})
	}
	return t
}

// Filter returns a copy of t that keeps only evidence from the named outlets
// and drops events left without evidence. No names: t unchanged (a copy).
// STUB: the engine owner replaces this.
func (t *Timeline) Filter(outlets []string) *Timeline {
	cp := *t
	return &cp
}
