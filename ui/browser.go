package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// wideWidth is the width from which the timeline and the event are shown
// side by side.
const wideWidth = 100

// browser is the main screen: the timeline and, once opened, an event —
// side by side on wide terminals (tab switches focus), one at a time on
// narrow ones.
type browser struct {
	c         *Common
	w, h      int
	list      *timelinePane
	event     *eventPane
	showEvent bool // narrow: the event replaces the timeline
	focusEv   bool // the event pane has the focus
}

func newBrowser(c *Common) *browser {
	return &browser{c: c, list: newTimelinePane(c), event: newEventPane(c)}
}

func (b *browser) wide() bool { return b.w >= wideWidth }

// paneFrame is the cells a pane's border and padding take across.
const paneFrame = 4

// paneWidths splits the width in the wide layout (borders included).
func (b *browser) paneWidths() (left, right int) {
	left = b.w / 2
	return left, b.w - left
}

// SetSize implements Component.
func (b *browser) SetSize(w, h int) {
	b.w, b.h = w, h
	if b.wide() {
		l, r := b.paneWidths()
		b.list.SetSize(max(l-paneFrame, 1), max(h-2, 1))
		b.event.SetSize(max(r-paneFrame, 1), max(h-2, 1))
	} else {
		b.list.SetSize(w, h)
		b.event.SetSize(w, h)
	}
	b.syncFocus()
}

// syncFocus tells the panes which has the focus and, on wide screens while
// the timeline has it, makes the event pane follow the cursor.
func (b *browser) syncFocus() {
	if !b.wide() && !b.showEvent {
		b.focusEv = false
	}
	b.list.focused = !b.focusEv
	b.event.focused = b.focusEv
	if b.wide() && !b.focusEv {
		if e := b.list.current(); e != nil {
			b.event.show(e.ID)
		}
	}
}

// start puts the cursor on the first story event and lets the event pane
// follow it, as any cursor move does.
func (b *browser) start() {
	b.list.selectFirstStory()
	b.syncFocus()
}

// openEvent shows an event and gives it the focus.
func (b *browser) openEvent(id string) {
	b.list.selectID(id)
	b.event.show(id)
	b.showEvent, b.focusEv = true, true
	b.syncFocus()
}

// back leaves the event for the timeline.
func (b *browser) back() {
	b.showEvent, b.focusEv = false, false
	b.syncFocus()
}

// refresh re-reads the view after a filter change.
func (b *browser) refresh() {
	id := b.event.id
	if e := b.list.current(); e != nil && !b.focusEv {
		id = e.ID
	}
	b.list.refresh(id)
	b.event.clampOff()
	b.syncFocus()
}

// focused is the pane receiving keys.
func (b *browser) focused() Component {
	if b.focusEv {
		return b.event
	}
	return b.list
}

// capturing reports whether keys go to a text input.
func (b *browser) capturing() bool { return !b.focusEv && b.list.capturing() }

// startSearch gives the timeline the focus and opens its search input.
func (b *browser) startSearch() tea.Cmd {
	b.showEvent, b.focusEv = false, false
	b.syncFocus()
	return b.list.startSearch()
}

// Update implements Component.
func (b *browser) Update(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyPressMsg); ok && !b.capturing() && key.Matches(km, b.c.Keys.Focus) {
		if b.focusEv {
			b.focusEv = false
			if !b.wide() {
				b.showEvent = false
			}
		} else if e := b.list.current(); e != nil {
			b.openEvent(e.ID)
		}
		b.syncFocus()
		return nil
	}
	if _, ok := msg.(backMsg); ok {
		b.back()
		return nil
	}
	cmd := b.focused().Update(msg)
	b.syncFocus()
	return cmd
}

// View implements Component.
func (b *browser) View() string {
	st := b.c.Styles
	if !b.wide() {
		if b.showEvent {
			return b.event.View()
		}
		return b.list.View()
	}
	l, r := b.paneWidths()
	ls, rs := st.PaneBlurred, st.PaneFocused
	if !b.focusEv {
		ls, rs = st.PaneFocused, st.PaneBlurred
	}
	left := ls.Padding(0, 1).Width(l).Height(b.h).Render(b.list.View())
	right := rs.Padding(0, 1).Width(r).Height(b.h).Render(b.event.View())
	return fitBox(lipgloss.JoinHorizontal(lipgloss.Top, left, right), b.w, b.h)
}

// ShortHelp implements help.KeyMap.
func (b *browser) ShortHelp() []key.Binding { return b.focused().ShortHelp() }

// FullHelp implements help.KeyMap.
func (b *browser) FullHelp() [][]key.Binding { return b.focused().FullHelp() }
