package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// outletsScreen chooses which outlets are shown: space toggles, a all,
// x none. Changes apply at once to every screen and to export.
type outletsScreen struct {
	c    *Common
	w, h int
	nav  listNav
}

func newOutletsScreen(c *Common) *outletsScreen { return &outletsScreen{c: c} }

// SetSize implements Component.
func (o *outletsScreen) SetSize(w, h int) {
	o.w, o.h = w, h
	o.nav.setSize(len(o.c.State.Full.Outlets), max(h-2, 1))
}

func (o *outletsScreen) changed() tea.Cmd {
	o.c.State.recompute()
	return cmdOf(filterMsg{})
}

// Update implements Component.
func (o *outletsScreen) Update(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k, s := o.c.Keys, o.c.State
	switch {
	case o.nav.handle(k, km):
	case key.Matches(km, k.Toggle):
		if o.nav.n > 0 {
			s.Selected[o.nav.cur] = !s.Selected[o.nav.cur]
			return o.changed()
		}
	case key.Matches(km, k.All):
		for i := range s.Selected {
			s.Selected[i] = true
		}
		return o.changed()
	case key.Matches(km, k.None):
		for i := range s.Selected {
			s.Selected[i] = false
		}
		return o.changed()
	case key.Matches(km, k.Back), key.Matches(km, k.Accept):
		return cmdOf(backMsg{})
	}
	return nil
}

// View implements Component.
func (o *outletsScreen) View() string {
	st, s := o.c.Styles, o.c.State
	lines := []string{
		st.Section.Render("Outlets") + st.Dim.Render(fmt.Sprintf("  %d/%d shown · space toggles, a all, x none", s.SelectedCount(), len(s.Full.Outlets))),
		"",
	}
	if len(s.Full.Outlets) == 0 {
		lines = append(lines, st.Dim.Render("No outlets."))
	}
	nameW := 0 // names are padded so the counts line up
	for _, out := range s.Full.Outlets {
		nameW = max(nameW, ansi.StringWidth(safe(out.Name)))
	}
	nameW = min(nameW, max(o.w/2, 12))
	from, to := o.nav.visible()
	for i := from; i < to; i++ {
		out := s.Full.Outlets[i]
		box := "[ ]"
		if s.Selected[i] {
			box = "[x]"
		}
		pt := painter{}
		cur := "  "
		if i == o.nav.cur {
			pt, cur = onBg(st.Selected), "› "
		}
		row := pt.paint(st.Cursor, cur) + pt.plain(box+" ") +
			pt.paint(st.Outlet(i), outletSymbol(i)+" ") + pt.paint(st.Outlet(i), fitLine(outletLabel(out.Name, nameW), nameW)) + pt.plain("  ") +
			pt.paint(st.Dim, plural(out.Events, "event")+" · "+plural(len(out.Sources), "article"))
		row = pt.fill(row, o.w)
		lines = append(lines, row)
	}
	return joinLines(lines, o.w, o.h)
}

// ShortHelp implements help.KeyMap.
func (o *outletsScreen) ShortHelp() []key.Binding {
	k := o.c.Keys
	return []key.Binding{k.Up, k.Down, k.Toggle, k.All, k.None, k.Back, k.Export}
}

// FullHelp implements help.KeyMap.
func (o *outletsScreen) FullHelp() [][]key.Binding {
	k := o.c.Keys
	return [][]key.Binding{k.nav(), {k.Toggle, k.All, k.None, k.Back}, k.global()}
}
