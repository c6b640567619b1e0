package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storyline/timeline"
)

// quotesScreen lists the quote clusters of the current view: the words,
// the speaker, the event they were said at and the outlets carrying them.
type quotesScreen struct {
	c    *Common
	w, h int
	nav  listNav
}

func newQuotesScreen(c *Common) *quotesScreen { return &quotesScreen{c: c} }

// quoteRows is the number of lines per quote.
const quoteRows = 2

// SetSize implements Component.
func (q *quotesScreen) SetSize(w, h int) {
	q.w, q.h = w, h
	q.nav.setSize(len(q.c.State.View.Quotes), max((h-2)/quoteRows, 1))
}

// Update implements Component.
func (q *quotesScreen) Update(msg tea.Msg) tea.Cmd {
	if _, ok := msg.(filterMsg); ok {
		q.SetSize(q.w, q.h)
		return nil
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := q.c.Keys
	switch {
	case q.nav.handle(k, km):
	case key.Matches(km, k.Open):
		qs := q.c.State.View.Quotes
		if len(qs) == 0 {
			return nil
		}
		qu := qs[clamp(q.nav.cur, len(qs))]
		if _, ok := q.c.State.Event(qu.Event); ok {
			return cmdOf(openEventMsg{id: qu.Event})
		}
		return cmdOf(statusMsg{text: "this quote's event is not in the current view", err: true})
	case key.Matches(km, k.Back):
		return cmdOf(backMsg{})
	}
	return nil
}

// View implements Component.
func (q *quotesScreen) View() string {
	st, s := q.c.Styles, q.c.State
	qs := s.View.Quotes
	lines := []string{st.Section.Render("Quotes") + st.Dim.Render("  "+plural(len(qs), "cluster")+" · enter opens the event"), ""}
	if len(qs) == 0 {
		lines = append(lines, st.Dim.Render("No quotes in the current view."))
	}
	from, to := q.nav.visible()
	for i := from; i < to; i++ {
		qu := &qs[i]
		text := ""
		if len(qu.Versions) > 0 {
			text = qu.Versions[0].Text
		}
		pt := painter{}
		cur := "  "
		if i == q.nav.cur {
			pt, cur = onBg(st.Selected), "› "
		}
		first := pt.paint(st.Cursor, cur) + pt.paint(st.BadgeQuote, "❝") + pt.plain(safe(text)) + pt.paint(st.BadgeQuote, "❞")
		if n := len(qu.Versions); n > 1 {
			first += pt.paint(st.Dim, "  +"+plural(n-1, "wording"))
		}
		first = pt.fill(first, q.w)
		ev := s.EventTitle(qu.Event)
		if ev == "" {
			ev = "no event"
		}
		second := "    — " + st.Label.Render(safe(qu.Speaker)) + st.Dim.Render(" · "+safe(ev)+" · ") + quoteOutlets(st, s, qu)
		lines = append(lines, truncate(first, q.w), truncate(second, q.w))
	}
	return joinLines(lines, q.w, q.h)
}

// ShortHelp implements help.KeyMap.
func (q *quotesScreen) ShortHelp() []key.Binding {
	k := q.c.Keys
	return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Outlets, k.Help}
}

// FullHelp implements help.KeyMap.
func (q *quotesScreen) FullHelp() [][]key.Binding {
	k := q.c.Keys
	return [][]key.Binding{k.nav(), {k.Open, k.Back}, k.global()}
}

// coverageScreen is the events × outlets matrix, with the story-wide
// disagreements (differences across events) listed below it; the cursor
// walks the events and then the differences, and enter opens the event
// (for a difference, its first event in the view).
type coverageScreen struct {
	c    *Common
	w, h int
	nav  listNav // over the events, then the differences
	off  int     // first line of the scrolling part shown
}

func newCoverageScreen(c *Common) *coverageScreen { return &coverageScreen{c: c} }

// bodyHeight is the height of the scrolling part: below the heading and
// the column symbols, above the legend.
func (m *coverageScreen) bodyHeight() int { return max(m.h-2-len(m.legend()), 1) }

// SetSize implements Component.
func (m *coverageScreen) SetSize(w, h int) {
	m.w, m.h = w, h
	s := m.c.State
	m.nav.setSize(len(s.View.Events)+len(s.View.Disagreements), m.bodyHeight())
	m.scroll()
}

// scroll keeps the selected item in view, and the lines as full as can be.
func (m *coverageScreen) scroll() {
	d := m.doc()
	bh := m.bodyHeight()
	if len(d.first) > 0 {
		c := clamp(m.nav.cur, len(d.first))
		if d.last[c] >= m.off+bh {
			m.off = d.last[c] - bh + 1
		}
		if d.first[c] < m.off {
			m.off = d.first[c]
		}
	}
	m.off = max(min(m.off, len(d.lines)-bh), 0)
}

// Update implements Component.
func (m *coverageScreen) Update(msg tea.Msg) tea.Cmd {
	if _, ok := msg.(filterMsg); ok {
		m.SetSize(m.w, m.h)
		return nil
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k, s := m.c.Keys, m.c.State
	switch {
	case m.nav.handle(k, km):
		m.scroll()
	case key.Matches(km, k.Open):
		ev := s.View.Events
		if len(ev) > 0 && m.nav.cur < len(ev) {
			return cmdOf(openEventMsg{id: ev[m.nav.cur].ID})
		}
		if i := m.nav.cur - len(ev); i >= 0 && i < len(s.View.Disagreements) {
			ids := storyEventIDs(s, &s.View.Disagreements[i])
			for _, id := range ids {
				if _, ok := s.Event(id); ok {
					return cmdOf(openEventMsg{id: id})
				}
			}
			if len(ids) == 0 {
				return cmdOf(statusMsg{text: "this difference is told in sentences of no event", err: true})
			}
			return cmdOf(statusMsg{text: "none of this difference's events is in the current view", err: true})
		}
	case key.Matches(km, k.Back):
		return cmdOf(backMsg{})
	}
	return nil
}

// coverageCells draws one cell per outlet, two columns each, so the
// matrix stays readable; shown outlets only.
func coverageCells(st *Styles, s *State, outlets []string, pt painter) string {
	has := map[int]bool{}
	for _, o := range outlets {
		has[s.OutletIndex(o)] = true
	}
	var b strings.Builder
	for i := range s.Full.Outlets {
		if !s.Selected[i] {
			continue
		}
		if has[i] {
			b.WriteString(pt.paint(st.Outlet(i), "■") + pt.plain(" "))
		} else {
			b.WriteString(pt.paint(st.Missing, "·") + pt.plain(" "))
		}
	}
	return b.String()
}

// storyEventIDs are the events a story-wide disagreement involves that the
// outlet-filtered story has, once each, in timeline order.
func storyEventIDs(s *State, dg *timeline.Disagreement) []string {
	var ids []string
	for _, id := range dg.Events {
		if s.EventRank(id) > 0 && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	slices.SortStableFunc(ids, func(a, b string) int { return s.EventRank(a) - s.EventRank(b) })
	return ids
}

// coverageDoc is the scrolling part of the coverage screen as lines: the
// matrix rows, then the differences across events. Item i (the events,
// then the differences) spans lines first[i]..last[i].
type coverageDoc struct {
	lines       []string
	first, last []int
}

// doc lays out the scrolling part for the current view and cursor.
func (m *coverageScreen) doc() coverageDoc {
	st, s := m.c.Styles, m.c.State
	var d coverageDoc
	events := s.View.Events
	cols := 2 * s.SelectedCount()
	rw := len(fmt.Sprint(len(s.Full.Events)))
	titleW := max(m.w-2-rw-1-cols-3, 4)
	if len(events) == 0 {
		d.lines = append(d.lines, st.Dim.Render("No events in the current view."))
	}
	for i := range events {
		e := &events[i]
		pt := painter{}
		cur := "  "
		if i == m.nav.cur {
			pt, cur = onBg(st.Selected), "› "
		}
		single := pt.plain(" ")
		if len(e.Outlets) == 1 {
			single = pt.paint(st.BadgeSingle, "¹")
		}
		row := pt.paint(st.Cursor, cur) + pt.paint(st.Rank, fmt.Sprintf("%*d", rw, e.Rank)) + pt.plain(" "+fitLine(safe(e.Title), titleW)+" ") +
			coverageCells(st, s, e.Outlets, pt) + single
		d.first = append(d.first, len(d.lines))
		d.lines = append(d.lines, truncate(pt.fill(row, m.w), m.w))
		d.last = append(d.last, len(d.lines)-1)
	}
	for i := range s.View.Disagreements {
		dg := &s.View.Disagreements[i]
		first := len(d.lines)
		if i == 0 {
			d.lines = append(d.lines, "", st.Section.Render("Differences across events")+
				st.Dim.Render("  "+plural(len(s.View.Disagreements), "figure")+" · enter opens its first event"))
		}
		n := len(events) + i
		pt := painter{}
		cur := "  "
		if n == m.nav.cur {
			pt, cur = onBg(st.Selected), "› "
		}
		mark := pt.paint(st.BadgeDisagree, "≠")
		if dg.Verdict == "compatible" {
			mark = pt.paint(st.Dim, "≈")
		}
		var ranks []string
		for _, id := range storyEventIDs(s, dg) {
			ranks = append(ranks, fmt.Sprintf("#%d", s.EventRank(id)))
		}
		in := "no event"
		if len(ranks) > 0 {
			in = strings.Join(ranks, ", ")
		}
		head := pt.paint(st.Cursor, cur) + mark + pt.plain(" "+safe(dg.Fact+": "+dg.Note)) + pt.paint(st.Dim, " · in "+in)
		d.first = append(d.first, first)
		d.lines = append(d.lines, pt.fill(head, m.w))
		for k := range dg.Sides {
			side := &dg.Sides[k]
			d.lines = append(d.lines, truncate("    "+safe(side.Value)+" — "+outletList(st, s, side.Outlets), m.w))
		}
		d.last = append(d.last, len(d.lines)-1)
	}
	return d
}

// View implements Component.
func (m *coverageScreen) View() string {
	st, s := m.c.Styles, m.c.State
	cols := 2 * s.SelectedCount()
	rw := len(fmt.Sprint(len(s.Full.Events)))
	titleW := max(m.w-2-rw-1-cols-3, 4)
	var head strings.Builder
	head.WriteString(strings.Repeat(" ", 2+rw+1+titleW+1))
	for i := range s.Full.Outlets {
		if s.Selected[i] {
			head.WriteString(st.Outlet(i).Render(outletSymbol(i)) + " ")
		}
	}
	lines := []string{
		st.Section.Render("Coverage") + st.Dim.Render("  events × outlets · ¹ one source · ¹n only that outlet · enter opens"),
		truncate(head.String(), m.w),
	}
	d := m.doc()
	bh := m.bodyHeight()
	from := min(m.off, len(d.lines))
	lines = append(lines, d.lines[from:min(from+bh, len(d.lines))]...)
	leg := m.legend()
	for len(lines) < m.h-len(leg) {
		lines = append(lines, "")
	}
	lines = append(lines[:max(m.h-len(leg), 0)], leg...)
	return joinLines(lines, m.w, m.h)
}

// legendLines is the most lines the coverage legend takes.
const legendLines = 3

// legend maps symbols to outlet names, with how many shown events only
// that outlet reports; full names when they fit on one line, else short
// ones, wrapped onto up to legendLines lines.
func (m *coverageScreen) legend() []string {
	st, s := m.c.Styles, m.c.State
	only := map[string]int{}
	for _, e := range s.View.Events {
		if len(e.Outlets) == 1 {
			only[e.Outlets[0]]++
		}
	}
	entries := func(short bool) []string {
		var leg []string
		for i, o := range s.Full.Outlets {
			if !s.Selected[i] {
				continue
			}
			name := safe(o.Name)
			if short {
				name = outletName(o.Name)
			}
			l := st.Outlet(i).Render(outletSymbol(i)) + " " + name
			if n := only[o.Name]; n > 0 {
				l += st.BadgeSingle.Render(fmt.Sprintf(" ¹%d", n))
			}
			leg = append(leg, l)
		}
		return leg
	}
	leg := entries(false)
	if ansi.StringWidth(strings.Join(leg, "  ")) > m.w {
		leg = entries(true)
	}
	var lines []string
	cur := ""
	for _, l := range leg {
		switch {
		case cur == "":
			cur = l
		case ansi.StringWidth(cur)+2+ansi.StringWidth(l) <= m.w:
			cur += "  " + l
		default:
			lines = append(lines, cur)
			cur = l
		}
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	most := legendLines
	if m.h < 12 { // short screens keep rows for events
		most = 1
	}
	if len(lines) > most { // the rest runs on, cut with an ellipsis
		lines = append(lines[:most-1], strings.Join(lines[most-1:], "  "))
	}
	for i, l := range lines {
		lines[i] = truncate(l, m.w)
	}
	return lines
}

// ShortHelp implements help.KeyMap.
func (m *coverageScreen) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Outlets, k.Help}
}

// FullHelp implements help.KeyMap.
func (m *coverageScreen) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{k.nav(), {k.Open, k.Back}, k.global()}
}
