package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/data"
	"storyline/timeline"
)

// eventPane shows one event in full; the cursor walks its evidence
// sentences and enter opens the chosen one in its article.
type eventPane struct {
	c       *Common
	w, h    int
	id      string
	nav     listNav // over evidence sentences
	off     int     // first content line shown
	focused bool
}

func newEventPane(c *Common) *eventPane { return &eventPane{c: c} }

// SetSize implements Component.
func (p *eventPane) SetSize(w, h int) { p.w, p.h = w, h; p.clampOff() }

// show switches to an event, from its top, resetting the cursor when it
// changes.
func (p *eventPane) show(id string) {
	if id != p.id {
		p.id, p.nav.cur, p.off = id, 0, 0
	}
	p.clampOff()
}

// clampOff keeps the scroll offset within the document.
func (p *eventPane) clampOff() {
	_, d := p.doc()
	p.nav.setSize(len(d.evidence), 1)
	p.off = max(min(p.off, len(d.lines)-p.h), 0)
}

// selVisible reports whether the selected sentence is on screen.
func (p *eventPane) selVisible(d eventDoc) bool {
	if len(d.evidence) == 0 {
		return true
	}
	c := clamp(p.nav.cur, len(d.evidence))
	return d.selLine[c] >= p.off && d.selLine[c] < p.off+p.h
}

// evidenceOrder returns the indices of e.Evidence grouped by outlet (in
// Timeline.Outlets order) then by source and position.
func evidenceOrder(s *State, e *timeline.Event) []int {
	idx := make([]int, len(e.Evidence))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := e.Evidence[idx[a]], e.Evidence[idx[b]]
		ox, oy := s.OutletIndex(x.Outlet), s.OutletIndex(y.Outlet)
		if ox != oy {
			return ox < oy
		}
		if x.Source != y.Source {
			return x.Source < y.Source
		}
		return x.Start < y.Start
	})
	return idx
}

// eventDoc is an event laid out as lines, with the line and evidence index
// of every selectable sentence.
type eventDoc struct {
	lines    []string
	selLine  []int // first line of each selectable sentence
	selLast  []int // last line of each selectable sentence
	evidence []int // index into Event.Evidence of each selectable
}

// field renders "Label  value" wrapped under the value column.
func field(st *Styles, label, value string, w int) []string {
	const lw = 8
	if value == "" {
		return nil
	}
	vw := max(w-lw, 8)
	var out []string
	for i, sp := range wrapSpans(value, 0, len(value), vw) {
		l := strings.Repeat(" ", lw)
		if i == 0 {
			l = st.Label.Render(fitLine(label, lw))
		}
		out = append(out, l+safe(value[sp.a:sp.b]))
	}
	return out
}

// layoutEvent lays an event out for a width. Pure: state and styles in,
// lines out.
func layoutEvent(st *Styles, s *State, e *timeline.Event, cur, w int) eventDoc {
	var d eventDoc
	add := func(l ...string) { d.lines = append(d.lines, l...) }
	w = max(w, 8)
	title := fmt.Sprintf("#%d %s", e.Rank, e.Title)
	for _, sp := range wrapSpans(title, 0, len(title), w) {
		add(st.Title.Render(safe(title[sp.a:sp.b])))
	}
	var status []string
	switch e.Status {
	case timeline.StatusPlanned:
		status = append(status, st.Planned.Render("◇ planned"))
	case timeline.StatusCancelled:
		status = append(status, st.Cancelled.Render("✕ cancelled"))
	case timeline.StatusHypothetical:
		status = append(status, st.Dim.Render("? hypothetical"))
	}
	if e.Background {
		status = append(status, st.Background.Render("↶ background (another time)"))
	}
	if len(e.Outlets) == 1 {
		status = append(status, st.BadgeSingle.Render("¹ single source"))
	}
	if len(status) > 0 {
		add(truncate(strings.Join(status, "  "), w))
	}
	when := whenLabel(e)
	var notes []string
	if e.When.Date != "" && !strings.Contains(when, e.When.Date) {
		notes = append(notes, e.When.Date)
	}
	if e.When.Time != "" && !strings.Contains(when, e.When.Time) {
		notes = append(notes, e.When.Time)
	}
	if e.When.Zone != "" && !strings.Contains(when, e.When.Zone) {
		notes = append(notes, e.When.Zone)
	}
	if e.When.Precision != "" {
		notes = append(notes, e.When.Precision)
	}
	if e.When.Inferred {
		notes = append(notes, "inferred")
	}
	if e.When.Relative != "" {
		notes = append(notes, e.When.Relative)
	}
	if len(notes) > 0 {
		when += " (" + strings.Join(notes, ", ") + ")"
	}
	add(field(st, "When", when, w)...)
	add(field(st, "Where", e.Where, w)...)
	add(field(st, "Who", strings.Join(e.Who, ", "), w)...)
	var durs []string
	for _, du := range e.Durations {
		durs = append(durs, fmt.Sprintf("%s — %s", du.Text, outletName(du.Outlet)))
	}
	add(field(st, "Lasted", strings.Join(durs, "; "), w)...)
	var outs []string
	for _, o := range e.Outlets {
		i := s.OutletIndex(o)
		outs = append(outs, st.Outlet(i).Render(outletSymbol(i))+" "+outletName(o))
	}
	// outlets wrap whole, under the label, like the other fields
	line := st.Label.Render(fitLine("Outlets", 8))
	n := 0
	for _, o := range outs {
		switch {
		case n == 0:
			line += o
		case ansi.StringWidth(line)+2+ansi.StringWidth(o) <= w:
			line += "  " + o
		default:
			add(truncate(line, w))
			line = fitLine("", 8) + o
		}
		n++
	}
	if n > 0 {
		add(truncate(line, w))
	}
	if e.Summary != "" {
		add("")
		for _, sp := range wrapSpans(e.Summary, 0, len(e.Summary), w) {
			add(st.Dim.Render(safe(e.Summary[sp.a:sp.b])))
		}
	}
	story := s.StoryDisagreements(e.ID)
	if len(e.Disagreements) > 0 || len(story) > 0 {
		add("", st.Section.Render("Where the outlets differ"))
		for i := range e.Disagreements {
			add(disagreementLines(st, s, &e.Disagreements[i], "", w)...)
		}
		for _, dg := range story {
			add(disagreementLines(st, s, dg, e.ID, w)...)
		}
	}
	add("", st.Section.Render(fmt.Sprintf("Evidence (%d)", len(e.Evidence))))
	lastGroup := ""
	for n, i := range evidenceOrder(s, e) {
		ev := e.Evidence[i]
		group := ev.Outlet + "\x00" + ev.Source
		if group != lastGroup {
			lastGroup = group
			oi := s.OutletIndex(ev.Outlet)
			head := st.Outlet(oi).Render(outletSymbol(oi) + " " + outletName(ev.Outlet))
			if ref, ok := s.SourceRef(ev.Source); ok && ref.Title != "" {
				head += st.Dim.Render(" · " + safe(ref.Title))
			}
			add(truncate(head, w))
		}
		var tags []string
		if ev.Role == "caption" {
			tags = append(tags, st.Caption.Render("[caption]"))
		}
		if !ev.Main {
			tags = append(tags, st.Dim.Render("[passing]"))
		}
		// Markdown inline syntax ("**12:15** —", links) is not shown; the
		// trigger is mapped onto the display text
		text, at := data.DisplayMap(ev.Text)
		var marks []mark
		if ev.TriggerEnd > ev.TriggerStart && ev.TriggerStart >= 0 && ev.TriggerEnd <= len(ev.Text) {
			marks = append(marks, mark{at[ev.TriggerStart], at[ev.TriggerEnd], st.Trigger})
		}
		tag := ""
		if len(tags) > 0 {
			tag = strings.Join(tags, " ") + " "
		}
		tw := lipgloss.Width(tag)
		if tw > (w-4)/2 {
			tag, tw = "", 0 // too narrow for tags
		}
		body, _ := wrapStyledIndent(text, 0, len(text), max(w-4, 4), tw, lipgloss.NewStyle(), marks)
		body[0] = tag + body[0]
		d.selLine = append(d.selLine, len(d.lines))
		d.evidence = append(d.evidence, i)
		for j, l := range body {
			pre := "    "
			if j == 0 {
				if n == cur {
					pre = "  " + st.Cursor.Render("›") + " "
				} else {
					pre = "  • "
				}
			}
			add(pre + l)
		}
		d.selLast = append(d.selLast, len(d.lines)-1)
	}
	if len(e.Quotes) > 0 {
		add("", st.Section.Render("Quotes"))
		for _, qid := range e.Quotes {
			q, ok := s.Quote(qid)
			if !ok || len(q.Versions) == 0 {
				continue
			}
			text := "❝" + q.Versions[0].Text + "❞ — " + q.Speaker
			for i, sp := range wrapSpans(text, 0, len(text), w-2) {
				pre := "  "
				if i == 0 {
					pre = st.BadgeQuote.Render("❝") + " "
					sp.a += len("❝")
				}
				add(pre + safe(text[sp.a:sp.b]))
			}
			add(truncate("    "+quoteOutlets(st, s, q), w))
		}
	}
	return d
}

// disagreementLines lays out one disagreement: a mark, the fact, verdict and
// note, wrapped, then a line per side with its value and outlets. A
// story-wide one (at is the id of the event whose pane shows it) is marked
// "across events" and places each side: in this event, in other events
// (named by rank and title) or in no event; an event it involves that no
// side's sentence was found in gets a line of its own.
func disagreementLines(st *Styles, s *State, dg *timeline.Disagreement, at string, w int) []string {
	var out []string
	mark := st.BadgeDisagree.Render("≠")
	if dg.Verdict == "compatible" {
		mark = st.Dim.Render("≈")
	}
	fact := dg.Fact
	if at != "" {
		fact += " across events"
	}
	line := fmt.Sprintf("%s: %s — %s", fact, dg.Verdict, dg.Note)
	for i, sp := range wrapSpans(line, 0, len(line), w-2) {
		pre := "  "
		if i == 0 {
			pre = mark + " "
		}
		out = append(out, pre+safe(line[sp.a:sp.b]))
	}
	placed := map[string]bool{at: true}
	for k := range dg.Sides {
		side := &dg.Sides[k]
		l := "    " + safe(side.Value) + " — " + outletList(st, s, side.Outlets)
		if at == "" {
			out = append(out, truncate(l, w))
			continue
		}
		ids := s.SideEvents(side)
		for _, id := range ids {
			placed[id] = true
		}
		// where the side is told: after the outlets when it fits, else
		// wrapped on lines of its own, so no event name is cut off
		place := "· " + sidePlace(s, ids, at)
		if ansi.StringWidth(l)+1+ansi.StringWidth(place) <= w {
			out = append(out, l+" "+st.Dim.Render(place))
			continue
		}
		out = append(out, truncate(l, w))
		for _, sp := range wrapSpans(place, 0, len(place), max(w-6, 4)) {
			out = append(out, "      "+st.Dim.Render(place[sp.a:sp.b]))
		}
	}
	if at != "" {
		for _, id := range dg.Events {
			if placed[id] {
				continue
			}
			placed[id] = true
			ref := s.EventRef(id)
			if ref == "" {
				ref = "an event not in this view"
			}
			out = append(out, truncate("    "+st.Dim.Render("also in ")+ref, w))
		}
	}
	return out
}

// sidePlace says where a side of a story-wide disagreement is told, from
// the ids of the events holding its sentences, seen from the event at:
// "this event", "#6 Ferry services resume", "this event; #6 Ferry services
// resume" or "no event".
func sidePlace(s *State, ids []string, at string) string {
	var where []string
	if slices.Contains(ids, at) {
		where = append(where, "this event")
	}
	for _, id := range ids {
		if ref := s.EventRef(id); id != at && ref != "" {
			where = append(where, ref)
		}
	}
	if len(where) == 0 {
		return "no event"
	}
	return strings.Join(where, "; ")
}

// outletList is outlets by symbol and short name, in their colours.
func outletList(st *Styles, s *State, outlets []string) string {
	names := make([]string, 0, len(outlets))
	for _, o := range outlets {
		i := s.OutletIndex(o)
		names = append(names, st.Outlet(i).Render(outletSymbol(i))+" "+outletName(o))
	}
	return strings.Join(names, ", ")
}

// quoteOutlets lists the outlets carrying a quote in their colours.
func quoteOutlets(st *Styles, s *State, q *timeline.Quote) string {
	var names []string
	for _, o := range q.Outlets {
		i := s.OutletIndex(o)
		names = append(names, st.Outlet(i).Render(outletSymbol(i))+" "+outletName(o))
	}
	m := ""
	if q.Match != "" {
		m = st.Dim.Render(" (" + safe(q.Match) + ")")
	}
	return strings.Join(names, ", ") + m
}

// doc lays out the current event (nil when it is not in the view).
func (p *eventPane) doc() (*timeline.Event, eventDoc) {
	e, ok := p.c.State.Event(p.id)
	if !ok {
		return nil, eventDoc{}
	}
	return e, layoutEvent(p.c.Styles, p.c.State, e, p.nav.cur, p.w)
}

// scroll keeps the selected sentence in view.
func (p *eventPane) scroll() {
	_, d := p.doc()
	p.nav.setSize(len(d.evidence), 1)
	if len(d.evidence) == 0 {
		p.off = min(p.off, max(len(d.lines)-p.h, 0))
		return
	}
	first, last := d.selLine[p.nav.cur], d.selLast[p.nav.cur]
	if p.nav.cur == 0 && last < p.h {
		p.off = 0 // the header stays in view while on the first sentence
	}
	if last >= p.off+p.h {
		p.off = last - p.h + 1
	}
	if first < p.off {
		p.off = first
	}
	p.off = max(min(p.off, len(d.lines)-p.h), 0)
}

// Update implements Component.
func (p *eventPane) Update(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := p.c.Keys
	e, d := p.doc()
	if e == nil {
		if key.Matches(km, k.Back) {
			return cmdOf(backMsg{})
		}
		return nil
	}
	page := max(p.h/3, 1)
	switch {
	case (key.Matches(km, k.Up) || key.Matches(km, k.Down)) && !p.selVisible(d):
		// first bring the selected sentence into view
	case key.Matches(km, k.Up):
		if p.nav.cur == 0 {
			p.off = 0 // back up to the header
			return nil
		}
		p.nav.move(p.nav.cur - 1)
	case key.Matches(km, k.Down):
		p.nav.move(p.nav.cur + 1)
	case key.Matches(km, k.Top):
		p.nav.move(0)
		p.off = 0
	case key.Matches(km, k.Bottom):
		p.nav.move(len(d.evidence) - 1)
	case key.Matches(km, k.PageUp):
		p.nav.move(p.nav.cur - page)
	case key.Matches(km, k.PageDown):
		p.nav.move(p.nav.cur + page)
	case key.Matches(km, k.Open):
		if len(d.evidence) > 0 {
			return cmdOf(openSourceMsg{eventID: e.ID, evidence: d.evidence[clamp(p.nav.cur, len(d.evidence))]})
		}
		return nil
	case key.Matches(km, k.Back):
		return cmdOf(backMsg{})
	default:
		return nil
	}
	p.scroll()
	return nil
}

// View implements Component.
func (p *eventPane) View() string {
	e, d := p.doc()
	if e == nil {
		msg := "No event selected."
		if p.id != "" {
			msg = "This event is hidden by the current filter."
		}
		return joinLines([]string{p.c.Styles.Dim.Render(msg)}, p.w, p.h)
	}
	from := min(p.off, len(d.lines))
	to := min(from+p.h, len(d.lines))
	return joinLines(d.lines[from:to], p.w, p.h)
}

// ShortHelp implements help.KeyMap.
func (p *eventPane) ShortHelp() []key.Binding {
	k := p.c.Keys
	return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Focus, k.Outlets, k.Export, k.Help}
}

// FullHelp implements help.KeyMap.
func (p *eventPane) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{k.nav(), {k.Open, k.Back, k.Focus}, k.global()}
}
