package ui

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"storyline/data"
	"storyline/timeline"
)

// sourceScreen shows a whole article with the chosen evidence sentence
// highlighted; n / N jump between the event's sentences in this article.
type sourceScreen struct {
	c        *Common
	w, h     int
	eventID  string
	ev       timeline.Evidence
	siblings []timeline.Evidence // the event's evidence in this article, in text order
	cur      int                 // index into siblings
	vp       viewport.Model
	target   int // content line of the chosen sentence
}

func newSourceScreen(c *Common, e *timeline.Event, evIdx int) *sourceScreen {
	s := &sourceScreen{c: c, eventID: e.ID, vp: viewport.New()}
	s.vp.KeyMap = viewport.KeyMap{} // keys are ours (one KeyMap)
	s.vp.MouseWheelEnabled = false
	s.ev = e.Evidence[clamp(evIdx, len(e.Evidence))]
	for _, x := range e.Evidence {
		if x.Source == s.ev.Source {
			s.siblings = append(s.siblings, x)
		}
	}
	sort.SliceStable(s.siblings, func(i, j int) bool { return s.siblings[i].Start < s.siblings[j].Start })
	for i, x := range s.siblings {
		if x.Start == s.ev.Start && x.End == s.ev.End {
			s.cur = i
		}
	}
	return s
}

// header is the article's identity: outlet, title, published, path.
func (s *sourceScreen) header() []string {
	st, stt := s.c.Styles, s.c.State
	oi := stt.OutletIndex(s.ev.Outlet)
	ref, _ := stt.SourceRef(s.ev.Source)
	src, _ := stt.Source(s.ev.Source)
	title, path, pub := ref.Title, ref.Path, ref.Published
	if src != nil {
		if title == "" {
			title = src.Title
		}
		if path == "" {
			path = src.Path
		}
		if pub == "" && !src.Published.IsZero() {
			pub = src.Published.Format("2 Jan 2006 15:04 MST")
			if src.PublishedInferred {
				pub += " (inferred)"
			}
		}
	}
	if t, err := time.Parse(time.RFC3339, pub); err == nil {
		pub = t.Format("2 Jan 2006 15:04 MST")
	}
	if pub == "" {
		pub = "unknown"
	}
	// where n/N are comes first: the path is the first thing to cut
	pos := ""
	if len(s.siblings) > 0 {
		pos = fmt.Sprintf("sentence %d/%d here · ", s.cur+1, len(s.siblings))
	}
	return []string{
		truncate(st.Outlet(oi).Render(outletSymbol(oi)+" "+outletName(s.ev.Outlet))+"  "+st.Title.Render(safe(title)), s.w),
		truncate(st.Dim.Render(pos+"published "+safe(pub)+" · "+safe(path)), s.w),
	}
}

// layoutSource renders an article's paragraphs for a width: furniture
// dimmed, the chosen sentence highlighted, the event's other sentences
// marked. It returns the lines and the line where the chosen one starts.
func layoutSource(st *Styles, src *data.Source, chosen timeline.Evidence, siblings []timeline.Evidence, w int) ([]string, int) {
	var lines []string
	target := 0
	paras := src.Paragraphs
	if len(paras) == 0 && src.Text != "" {
		paras = []data.Paragraph{{Role: data.RoleBody, Start: 0, End: len(src.Text)}}
	}
	var marks []mark
	for _, x := range siblings {
		marks = append(marks, mark{x.Start, x.End, st.Evidence})
	}
	marks = append(marks, mark{chosen.Start, chosen.End, st.Chosen})
	if chosen.TriggerEnd > chosen.TriggerStart {
		marks = append(marks, mark{chosen.Start + chosen.TriggerStart, chosen.Start + chosen.TriggerEnd, st.Chosen.Inherit(st.Trigger)})
	}
	for pi, p := range paras {
		a, b := max(p.Start, 0), min(p.End, len(src.Text))
		if a >= b {
			continue
		}
		base := lipgloss.NewStyle()
		prefix := ""
		switch {
		case p.Role == data.RoleCaption:
			base = st.Caption
			prefix = "[caption] "
		case p.Role == data.RoleTitle || p.Role == data.RoleHeading:
			base = st.Title
		case !p.Role.Evidence():
			base = st.Furniture
		}
		if pi > 0 {
			lines = append(lines, "")
		}
		pw := max(w-len(prefix)-gutter, 4)
		// the paragraph without Markdown inline syntax; marks and spans
		// are mapped between its raw and display offsets
		text, at := data.DisplayMap(src.Text[a:b])
		disp := func(x int) int { return at[min(max(x-a, 0), b-a)] }
		var pm []mark
		for _, m := range marks {
			if m.a < b && a < m.b {
				pm = append(pm, mark{disp(m.a), disp(m.b), m.style})
			}
		}
		body, spans := wrapStyled(text, 0, len(text), pw, base, pm)
		for i, l := range body {
			sp := spans[i]
			if a <= chosen.Start && chosen.Start < b && sp.a <= disp(chosen.Start) && disp(chosen.Start) < max(sp.b, sp.a+1) {
				target = len(lines)
			}
			if i == 0 && prefix != "" {
				l = st.Caption.Render(prefix) + l
			} else if prefix != "" {
				l = strings.Repeat(" ", len(prefix)) + l
			}
			// the gutter marks the chosen sentence and the event's others
			g := "  "
			overlaps := func(x timeline.Evidence) bool {
				return x.Start < b && a < x.End && disp(x.Start) < sp.b && sp.a < max(disp(x.End), disp(x.Start)+1)
			}
			switch {
			case overlaps(chosen):
				g = st.Cursor.Render("▶ ")
			case anyOverlap(siblings, overlaps):
				g = st.Dim.Render("· ")
			}
			lines = append(lines, g+l)
		}
	}
	return lines, target
}

// gutter is the width of the source screen's left margin of marks.
const gutter = 2

// anyOverlap reports whether f holds for any evidence.
func anyOverlap(list []timeline.Evidence, f func(timeline.Evidence) bool) bool {
	for _, x := range list {
		if f(x) {
			return true
		}
	}
	return false
}

// relayout rebuilds the viewport for the current size and sentence.
func (s *sourceScreen) relayout() {
	src, ok := s.c.State.Source(s.ev.Source)
	vh := max(s.h-3, 1)
	s.vp.SetWidth(max(s.w, 1))
	s.vp.SetHeight(vh)
	if !ok {
		s.vp.SetContentLines([]string{s.c.Styles.Dim.Render("The article text is not loaded; the sentence reads:"), "", safe(data.DisplayText(s.ev.Text))})
		return
	}
	lines, target := layoutSource(s.c.Styles, src, s.current(), s.siblings, s.w)
	s.vp.SetContentLines(lines)
	s.target = target
	s.vp.SetYOffset(max(target-vh/3, 0))
}

// current is the chosen sentence.
func (s *sourceScreen) current() timeline.Evidence {
	if len(s.siblings) == 0 {
		return s.ev
	}
	return s.siblings[clamp(s.cur, len(s.siblings))]
}

// SetSize implements Component.
func (s *sourceScreen) SetSize(w, h int) {
	s.w, s.h = w, h
	s.relayout()
}

// Update implements Component.
func (s *sourceScreen) Update(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := s.c.Keys
	switch {
	case key.Matches(km, k.Up):
		s.vp.ScrollUp(1)
	case key.Matches(km, k.Down):
		s.vp.ScrollDown(1)
	case key.Matches(km, k.PageUp):
		s.vp.PageUp()
	case key.Matches(km, k.PageDown):
		s.vp.PageDown()
	case key.Matches(km, k.Top):
		s.vp.GotoTop()
	case key.Matches(km, k.Bottom):
		s.vp.GotoBottom()
	case key.Matches(km, k.NextEvidence):
		if len(s.siblings) > 0 {
			s.cur = (s.cur + 1) % len(s.siblings)
			s.relayout()
		}
	case key.Matches(km, k.PrevEvidence):
		if len(s.siblings) > 0 {
			s.cur = (s.cur - 1 + len(s.siblings)) % len(s.siblings)
			s.relayout()
		}
	case key.Matches(km, k.Back):
		return cmdOf(backMsg{})
	}
	return nil
}

// View implements Component.
func (s *sourceScreen) View() string {
	lines := s.header()
	lines = append(lines, s.c.Styles.Dim.Render(strings.Repeat("─", max(s.w, 0))))
	lines = append(lines, s.vp.View())
	return fitBox(strings.Join(lines, "\n"), s.w, s.h)
}

// ShortHelp implements help.KeyMap.
func (s *sourceScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	if len(s.siblings) < 2 { // n/N have nowhere to go
		return []key.Binding{k.Up, k.Down, k.Back, k.Help}
	}
	return []key.Binding{k.Up, k.Down, k.NextEvidence, k.PrevEvidence, k.Back, k.Help}
}

// FullHelp implements help.KeyMap.
func (s *sourceScreen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	return [][]key.Binding{k.nav(), {k.NextEvidence, k.PrevEvidence, k.Back}, k.global()}
}
