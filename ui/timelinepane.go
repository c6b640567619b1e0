package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/timeline"
)

// timelinePane lists the events of the current view under a time axis;
// "/" filters them by a search query typed at its bottom.
type timelinePane struct {
	c         *Common
	w, h      int
	nav       listNav
	focused   bool
	searching bool
	input     textField
}

func newTimelinePane(c *Common) *timelinePane {
	in := newTextField(c.Keys, c.Styles, "/ ", "search titles and evidence", 200)
	return &timelinePane{c: c, input: in, focused: true}
}

// undatedWhenWidth is the most an undated time label widens the column.
const undatedWhenWidth = 7

// axisShown reports whether the pane is tall enough for the time axis.
func (p *timelinePane) axisShown() bool { return p.h >= 8 }

// searchShown reports whether the search line is shown.
func (p *timelinePane) searchShown() bool { return p.searching || p.c.State.Query != "" }

func (p *timelinePane) listHeight() int {
	h := p.h
	if p.axisShown() {
		h -= 2
	}
	if p.searchShown() {
		h--
	}
	return max(h, 1)
}

// SetSize implements Component.
func (p *timelinePane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.input.SetWidth(w)
	p.nav.setSize(len(p.c.State.View.Events), p.listHeight())
}

// refresh re-reads the view after a filter change, keeping the selected
// event when it is still shown.
func (p *timelinePane) refresh(keepID string) {
	p.nav.setSize(len(p.c.State.View.Events), p.listHeight())
	if i, ok := p.c.State.eventIdx[keepID]; ok && keepID != "" {
		p.nav.move(i)
	}
}

// current is the event under the cursor (nil when the view is empty).
func (p *timelinePane) current() *timeline.Event {
	ev := p.c.State.View.Events
	if len(ev) == 0 {
		return nil
	}
	return &ev[clamp(p.nav.cur, len(ev))]
}

// selectID moves the cursor to an event.
func (p *timelinePane) selectID(id string) {
	if i, ok := p.c.State.eventIdx[id]; ok {
		p.nav.move(i)
	}
}

// selectFirstStory puts the cursor on the first event of the story line,
// past background events from other times that sort before it.
func (p *timelinePane) selectFirstStory() {
	events := p.c.State.View.Events
	for i, e := range events {
		if !e.Background {
			// Place the cursor with the list scrolled to the top; scroll
			// only once the pane has a height (this may run before the
			// first resize, when any scrolling would pin the cursor row
			// to the top and hide the background rows above it).
			p.nav.n, p.nav.cur, p.nav.off = len(events), i, 0
			if p.h > 0 {
				p.nav.setSize(p.nav.n, p.listHeight())
			}
			return
		}
	}
}

// capturing reports whether keys go to the search input.
func (p *timelinePane) capturing() bool { return p.searching }

// startSearch focuses the search input.
func (p *timelinePane) startSearch() tea.Cmd {
	p.searching = true
	p.input.SetValue(p.c.State.Query)
	p.input.Focus()
	p.nav.setSize(p.nav.n, p.listHeight())
	return nil
}

// setQuery applies a query to the state and tells the root.
func (p *timelinePane) setQuery(q string) tea.Cmd {
	if q == p.c.State.Query {
		return nil
	}
	p.c.State.Query = q
	p.c.State.recompute()
	p.nav.cur, p.nav.off = 0, 0
	p.nav.setSize(len(p.c.State.View.Events), p.listHeight())
	return cmdOf(filterMsg{})
}

// Update implements Component.
func (p *timelinePane) Update(msg tea.Msg) tea.Cmd {
	k := p.c.Keys
	if p.searching {
		if km, ok := msg.(tea.KeyPressMsg); ok {
			switch {
			case key.Matches(km, k.Accept):
				p.searching = false
				p.input.Blur()
				p.nav.setSize(p.nav.n, p.listHeight())
				return nil
			case key.Matches(km, k.Cancel):
				p.searching = false
				p.input.Blur()
				p.input.SetValue("")
				return p.setQuery("")
			case key.Matches(km, k.Up), key.Matches(km, k.Down):
				if km.Text == "" { // arrows move, letters type
					p.nav.handle(k, km)
					return nil
				}
			}
		}
		cmd := p.input.Update(msg)
		return tea.Batch(cmd, p.setQuery(p.input.Value()))
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case p.nav.handle(k, km):
	case key.Matches(km, k.Open):
		if e := p.current(); e != nil {
			return cmdOf(openEventMsg{id: e.ID})
		}
	case key.Matches(km, k.Back):
		if p.c.State.Query != "" {
			p.input.SetValue("")
			return p.setQuery("")
		}
	}
	return nil
}

// View implements Component.
func (p *timelinePane) View() string {
	st, s := p.c.Styles, p.c.State
	events := s.View.Events
	var lines []string
	if p.axisShown() {
		lines = append(lines, timeAxis(st, events, p.nav.cur, p.w)...)
	}
	lh := p.listHeight()
	if len(events) == 0 {
		msg := "No events."
		switch {
		case len(s.Full.Events) == 0:
			msg = "No events found in this corpus."
		case s.SelectedCount() == 0:
			msg = "No outlet selected — press o to choose outlets."
		case s.Query != "":
			msg = fmt.Sprintf("No event matches %q — esc clears the search.", safe(s.Query))
		}
		lines = append(lines, st.Dim.Render(truncate(msg, p.w)))
		for i := 1; i < lh; i++ {
			lines = append(lines, "")
		}
	} else {
		from, to := p.nav.visible()
		bw, ww := 0, 0 // widest badges and time label in view
		for i := from; i < to; i++ {
			bw = max(bw, ansi.StringWidth(badges(st, s, &events[i], painter{})))
			ww = max(ww, ansi.StringWidth(whenLabel(&events[i])))
		}
		l := layoutRows(p.w, len(s.Full.Events), len(s.Full.Outlets), bw, ww)
		if l.when > 0 { // the time column is as wide as its labels once shortened;
			// labels without a date ("after the talks") do not widen it much:
			// the event pane has them whole
			cw := 0
			for i := from; i < to; i++ {
				lw := ansi.StringWidth(compactWhen(&events[i], l.when))
				if events[i].When.Date == "" {
					lw = min(lw, undatedWhenWidth)
				}
				cw = max(cw, lw)
			}
			l = layoutRows(p.w, len(s.Full.Events), len(s.Full.Outlets), bw, cw)
		}
		for i := from; i < to; i++ {
			pt := painter{}
			if i == p.nav.cur {
				pt = onBg(st.SelectedOff)
				if p.focused {
					pt = onBg(st.Selected)
				}
			}
			lines = append(lines, eventRow(st, s, &events[i], l, i == p.nav.cur, pt, p.w))
		}
		for i := to - from; i < lh; i++ {
			lines = append(lines, "")
		}
	}
	if p.searchShown() {
		if p.searching {
			lines = append(lines, p.input.View(st))
		} else {
			lines = append(lines, st.Dim.Render(fmt.Sprintf("/ %s   (%s, esc clears)", safe(s.Query), plural(len(events), "match"))))
		}
	}
	return joinLines(lines, p.w, p.h)
}

// ShortHelp implements help.KeyMap.
func (p *timelinePane) ShortHelp() []key.Binding {
	k := p.c.Keys
	if p.searching {
		return []key.Binding{k.Accept, k.Cancel}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.Outlets, k.Export, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap.
func (p *timelinePane) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{k.nav(), {k.Open, k.Back, k.Focus}, k.global()}
}

// legend explains the row markers, for the help screen.
func legend() string {
	return strings.Join([]string{
		"◆ current event on the time axis   ● other dated events",
		"1 2 3… outlet reports the event    · outlet does not",
		"◇ planned   ✕ cancelled   ? hypothetical   ↶ background",
		"≠n conflicting facts   ≈n compatible   ❝n quotes   ¹ single source",
		"italic time: approximate or inferred",
	}, "\n")
}
