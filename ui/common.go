package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"storyline/data"
	"storyline/timeline"
)

// Component is the contract of every screen and pane: it draws itself into
// the size it is given, handles the messages routed to it (keys only when
// focused), and lists its keys for the help views.
type Component interface {
	help.KeyMap
	SetSize(width, height int)
	Update(msg tea.Msg) tea.Cmd
	View() string
}

// Common is shared by every component: styles, keys and the story state.
type Common struct {
	Styles *Styles
	Keys   *KeyMap
	State  *State
}

// State is the story being explored and what the user chose to see of it.
// View is derived: Full filtered by outlets, then by the search query.
type State struct {
	Corpus   *data.Corpus
	Full     *timeline.Timeline
	Selected []bool // per Full.Outlets index
	Query    string

	View *timeline.Timeline

	outletIdx map[string]int
	sources   map[string]*data.Source
	eventIdx  map[string]int // event id → index in View.Events
	quoteIdx  map[string]int // quote id → index in View.Quotes
	fullEvent map[string]*timeline.Event

	// storyDis maps an event id to the indices into View.Disagreements of
	// the story-wide disagreements that name it.
	storyDis map[string][]int
	// storyEvent is every event of the outlet-filtered story, search
	// ignored (so hidden by search ones keep their rank for references).
	storyEvent map[string]*timeline.Event
	// sentEvents maps a sentence to the ids of the events (outlet-filtered
	// story) whose evidence holds it, in timeline order.
	sentEvents map[sentKey][]string
}

// sentKey is a sentence: its source and byte range.
type sentKey struct {
	source     string
	start, end int
}

// newState prepares the state for a timeline; preset outlets (matched
// case-insensitively) start selected, the rest not; no preset selects all.
// It returns the preset names that matched no outlet.
func newState(c *data.Corpus, t *timeline.Timeline, preset []string) (*State, []string) {
	if t == nil {
		t = &timeline.Timeline{}
	}
	if c == nil {
		c = &data.Corpus{}
	}
	s := &State{Corpus: c, Full: t, outletIdx: map[string]int{}, sources: map[string]*data.Source{}, fullEvent: map[string]*timeline.Event{}}
	for i, o := range t.Outlets {
		s.outletIdx[o.Name] = i
	}
	for _, src := range c.Sources {
		s.sources[src.ID] = src
	}
	for i := range t.Events {
		s.fullEvent[t.Events[i].ID] = &t.Events[i]
	}
	s.Selected = make([]bool, len(t.Outlets))
	var unknown []string
	if len(preset) == 0 {
		for i := range s.Selected {
			s.Selected[i] = true
		}
	} else {
		for _, p := range preset {
			found := false
			for i, o := range t.Outlets {
				if strings.EqualFold(strings.TrimSpace(p), o.Name) {
					s.Selected[i], found = true, true
				}
			}
			if !found {
				unknown = append(unknown, p)
			}
		}
	}
	s.recompute()
	return s, unknown
}

// recompute derives View from Full, the outlet selection and the query.
func (s *State) recompute() {
	var names []string
	all := true
	for i, on := range s.Selected {
		if on {
			names = append(names, s.Full.Outlets[i].Name)
		} else {
			all = false
		}
	}
	v := filterOutlets(s.Full, names, all)
	s.storyEvent = make(map[string]*timeline.Event, len(v.Events))
	s.sentEvents = map[sentKey][]string{}
	for i := range v.Events {
		e := &v.Events[i]
		if _, dup := s.storyEvent[e.ID]; !dup {
			s.storyEvent[e.ID] = e
		}
		for _, ev := range e.Evidence {
			k := sentKey{ev.Source, ev.Start, ev.End}
			if ids := s.sentEvents[k]; len(ids) == 0 || ids[len(ids)-1] != e.ID {
				s.sentEvents[k] = append(ids, e.ID)
			}
		}
	}
	if strings.TrimSpace(s.Query) != "" {
		cp := *v
		cp.Events = nil
		for i := range v.Events {
			if eventMatches(&v.Events[i], s.Query) {
				cp.Events = append(cp.Events, v.Events[i])
			}
		}
		v = &cp
	}
	s.View = v
	s.eventIdx = make(map[string]int, len(v.Events))
	for i, e := range v.Events {
		s.eventIdx[e.ID] = i
	}
	s.quoteIdx = make(map[string]int, len(v.Quotes))
	for i, q := range v.Quotes {
		s.quoteIdx[q.ID] = i
	}
	s.storyDis = map[string][]int{}
	for i, d := range v.Disagreements {
		for j, id := range d.Events {
			if !slices.Contains(d.Events[:j], id) {
				s.storyDis[id] = append(s.storyDis[id], i)
			}
		}
	}
}

// StoryDisagreements are the story-wide disagreements of the current view
// that involve the event: a side's sentence is in its evidence.
func (s *State) StoryDisagreements(id string) []*timeline.Disagreement {
	var out []*timeline.Disagreement
	for _, i := range s.storyDis[id] {
		out = append(out, &s.View.Disagreements[i])
	}
	return out
}

// EventRef names an event of the outlet-filtered story for a reference:
// "#3 Deal announced", sanitised ("" when there is no such event).
func (s *State) EventRef(id string) string {
	if e, ok := s.storyEvent[id]; ok {
		return fmt.Sprintf("#%d %s", e.Rank, safe(e.Title))
	}
	return ""
}

// EventRank is the rank of an event of the outlet-filtered story (0 when
// there is no such event).
func (s *State) EventRank(id string) int {
	if e, ok := s.storyEvent[id]; ok {
		return e.Rank
	}
	return 0
}

// SideEvents are the ids of the events whose evidence holds a sentence of
// the side, in timeline order (none: its sentences are in no event).
func (s *State) SideEvents(side *timeline.Side) []string {
	var ids []string
	for _, ev := range side.Evidence {
		for _, id := range s.sentEvents[sentKey{ev.Source, ev.Start, ev.End}] {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	slices.SortStableFunc(ids, func(a, b string) int { return s.EventRank(a) - s.EventRank(b) })
	return ids
}

// SelectedCount is the number of outlets selected.
func (s *State) SelectedCount() int {
	n := 0
	for _, on := range s.Selected {
		if on {
			n++
		}
	}
	return n
}

// SelectedNames are the selected outlets, in Timeline.Outlets order.
func (s *State) SelectedNames() []string {
	var out []string
	for i, on := range s.Selected {
		if on {
			out = append(out, s.Full.Outlets[i].Name)
		}
	}
	return out
}

// Event returns the event of the current view with that id.
func (s *State) Event(id string) (*timeline.Event, bool) {
	i, ok := s.eventIdx[id]
	if !ok {
		return nil, false
	}
	return &s.View.Events[i], true
}

// Quote returns the quote of the current view with that id.
func (s *State) Quote(id string) (*timeline.Quote, bool) {
	i, ok := s.quoteIdx[id]
	if !ok {
		return nil, false
	}
	return &s.View.Quotes[i], true
}

// OutletIndex is the colour slot of an outlet (-1 when unknown).
func (s *State) OutletIndex(name string) int {
	if i, ok := s.outletIdx[name]; ok {
		return i
	}
	return -1
}

// Source returns the loaded article with that id.
func (s *State) Source(id string) (*data.Source, bool) {
	src, ok := s.sources[id]
	return src, ok
}

// SourceRef returns the timeline's reference to a source.
func (s *State) SourceRef(id string) (timeline.SourceRef, bool) {
	for _, r := range s.Full.Sources {
		if r.ID == id {
			return r, true
		}
	}
	return timeline.SourceRef{}, false
}

// EventTitle is the title of an event of the full timeline ("" if none).
func (s *State) EventTitle(id string) string {
	if e, ok := s.fullEvent[id]; ok {
		return e.Title
	}
	return ""
}

// Navigation messages: components ask the root to change screens by
// returning commands that produce these.
type (
	openEventMsg  struct{ id string }
	openSourceMsg struct {
		eventID  string
		evidence int // index into the event's Evidence
	}
	backMsg   struct{}
	filterMsg struct{} // the outlet selection or the query changed
	statusMsg struct {
		text string
		err  bool
	}
	exportDoneMsg struct {
		path string
		err  error
	}
)

func cmdOf(m tea.Msg) tea.Cmd { return func() tea.Msg { return m } }

// filterSummary says what the outlet filter shows, for the status bar:
// "all 5 outlets", "no outlet selected (o chooses)", or the outlets shown
// (or hidden, when fewer are) by their short names.
func (s *State) filterSummary() string {
	n, all := s.SelectedCount(), len(s.Full.Outlets)
	var on, off []string
	for i, sel := range s.Selected {
		name := outletSymbol(i) + " " + outletName(s.Full.Outlets[i].Name)
		if sel {
			on = append(on, name)
		} else {
			off = append(off, name)
		}
	}
	switch {
	case all == 0:
		return "no outlets"
	case all == 1 && n == 1:
		return "1 outlet"
	case n == all:
		return fmt.Sprintf("all %d outlets", all)
	case n == 0:
		return "no outlet selected (o chooses)"
	case len(off) < len(on):
		return fmt.Sprintf("%d/%d outlets, hiding %s", n, all, strings.Join(off, ", "))
	}
	return fmt.Sprintf("%d/%d outlets: %s", n, all, strings.Join(on, ", "))
}
