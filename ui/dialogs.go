package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/timeline/export"
)

// Export formats as the export package names them.
const (
	formatMarkdown = "markdown"
	formatJSON     = "json"
)

// exportDialog asks for a path and a format, then writes what the current
// filter shows; it asks before overwriting an existing file.
type exportDialog struct {
	c       *Common
	w, h    int
	input   textField
	format  string
	confirm bool // the file exists: overwrite?
	busy    bool
	errText string
}

func newExportDialog(c *Common) *exportDialog {
	d := &exportDialog{c: c, input: newTextField(c.Keys, c.Styles, "", "file path", 4096), format: formatMarkdown}
	d.input.SetValue(defaultExportPath(c.State.Full, d.format))
	d.input.Focus()
	return d
}

// capturing: the path field takes every key.
func (d *exportDialog) capturing() bool { return true }

// SetSize implements Component.
func (d *exportDialog) SetSize(w, h int) {
	d.w, d.h = w, h
	d.input.SetWidth(max(min(w, 72)-4-len("Path   "), 4))
}

// run writes the export in a command (file IO stays out of Update).
func (d *exportDialog) run(overwrite bool) tea.Cmd {
	path := strings.TrimSpace(d.input.Value())
	if path == "" {
		d.errText = "enter a file path"
		return nil
	}
	d.busy = true
	t, format := d.c.State.View, d.format
	return func() tea.Msg {
		if rest, ok := strings.CutPrefix(path, "~/"); ok {
			if home, err := os.UserHomeDir(); err == nil {
				path = filepath.Join(home, rest)
			}
		}
		return exportDoneMsg{path: path, err: writeExport(path, t, format, overwrite)}
	}
}

// Update implements Component.
func (d *exportDialog) Update(msg tea.Msg) tea.Cmd {
	k := d.c.Keys
	switch msg := msg.(type) {
	case exportDoneMsg:
		d.busy = false
		switch {
		case errors.Is(msg.err, export.ErrExists):
			d.confirm = true
			return nil
		case msg.err != nil:
			return cmdOf(statusMsg{text: "export failed: " + msg.err.Error(), err: true})
		}
		n := len(d.c.State.View.Events)
		return tea.Batch(cmdOf(backMsg{}), cmdOf(statusMsg{text: fmt.Sprintf("exported %d events (%s) to %s", n, d.c.State.outletSummary(), msg.path)}))
	case tea.KeyPressMsg:
		if d.busy {
			return nil
		}
		if d.confirm {
			switch {
			case key.Matches(msg, k.Yes):
				d.confirm = false
				return d.run(true)
			case key.Matches(msg, k.No):
				d.confirm = false
			}
			return nil
		}
		switch {
		case key.Matches(msg, k.Cancel):
			return cmdOf(backMsg{})
		case key.Matches(msg, k.Accept):
			return d.run(false)
		case key.Matches(msg, k.Format):
			old := defaultExportPath(d.c.State.Full, d.format)
			if d.format == formatMarkdown {
				d.format = formatJSON
			} else {
				d.format = formatMarkdown
			}
			v := d.input.Value()
			switch {
			case v == old:
				d.input.SetValue(defaultExportPath(d.c.State.Full, d.format))
			case d.format == formatJSON && strings.HasSuffix(v, ".md"):
				d.input.SetValue(strings.TrimSuffix(v, ".md") + ".json")
			case d.format == formatMarkdown && strings.HasSuffix(v, ".json"):
				d.input.SetValue(strings.TrimSuffix(v, ".json") + ".md")
			}
			return nil
		}
	}
	if _, ok := msg.(tea.KeyPressMsg); ok {
		d.errText = ""
	}
	return d.input.Update(msg)
}

// View implements Component.
func (d *exportDialog) View() string {
	st, s := d.c.Styles, d.c.State
	bw := max(min(d.w, 72), 10)
	inner := bw - 4
	md, js := "( ) Markdown", "( ) JSON"
	if d.format == formatMarkdown {
		md = "(•) Markdown"
	} else {
		js = "(•) JSON"
	}
	lines := []string{
		st.Section.Render("Export"),
		truncate(fmt.Sprintf("%d events · %s", len(s.View.Events), s.outletSummary()), inner),
		"",
		"Path   " + d.input.View(st),
		"Format " + md + "  " + js + st.Dim.Render("  (tab)"),
		"",
	}
	switch {
	case d.confirm:
		lines = append(lines, st.StatusErr.Render("File exists — overwrite? y/n"),
			st.Dim.Render(truncateMiddle(safe(filepath.Base(strings.TrimSpace(d.input.Value()))), inner)))
	case d.busy:
		lines = append(lines, st.Dim.Render("writing…"))
	case d.errText != "":
		lines = append(lines, st.StatusErr.Render(d.errText))
	default:
		lines = append(lines, st.Dim.Render("enter export · esc cancel"))
	}
	for i, l := range lines {
		lines[i] = truncate(l, inner)
	}
	box := st.Dialog.Width(bw).Render(strings.Join(lines, "\n"))
	return centerBox(box, d.w, d.h)
}

// ShortHelp implements help.KeyMap.
func (d *exportDialog) ShortHelp() []key.Binding {
	k := d.c.Keys
	if d.confirm {
		return []key.Binding{k.Yes, k.No}
	}
	return []key.Binding{k.Accept, k.Format, k.Cancel}
}

// FullHelp implements help.KeyMap.
func (d *exportDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// outletSummary is "3/5 outlets" (or "all 5 outlets").
func (s *State) outletSummary() string {
	n, all := s.SelectedCount(), len(s.Full.Outlets)
	if all == 1 && n == 1 {
		return "1 outlet"
	}
	if n == all {
		return fmt.Sprintf("all %d outlets", all)
	}
	return fmt.Sprintf("%d/%d outlets", n, all)
}

// helpScreen shows the full help of the screen below it and the legend.
type helpScreen struct {
	c     *Common
	w, h  int
	below help.KeyMap
	off   int
}

func newHelpScreen(c *Common, below help.KeyMap) *helpScreen {
	return &helpScreen{c: c, below: below}
}

// SetSize implements Component.
func (hs *helpScreen) SetSize(w, h int) { hs.w, hs.h = w, h }

// Update implements Component.
func (hs *helpScreen) Update(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := hs.c.Keys
	switch {
	case key.Matches(km, k.Down), key.Matches(km, k.PageDown):
		hs.off++
	case key.Matches(km, k.Up), key.Matches(km, k.PageUp):
		hs.off = max(hs.off-1, 0)
	case key.Matches(km, k.Back), key.Matches(km, k.Help), key.Matches(km, k.Accept):
		return cmdOf(backMsg{})
	}
	return nil
}

// View implements Component.
func (hs *helpScreen) View() string {
	st := hs.c.Styles
	lines := []string{st.Section.Render("Keys"), ""}
	if hs.w >= 70 {
		h := help.New()
		h.Styles = st.Help
		h.SetWidth(hs.w)
		lines = append(lines, strings.Split(h.FullHelpView(hs.below.FullHelp()), "\n")...)
	} else { // narrow: one binding per line
		for _, group := range hs.below.FullHelp() {
			for _, b := range group {
				if b.Enabled() {
					lines = append(lines, st.Help.FullKey.Render(fitLine(b.Help().Key, 8))+" "+st.Help.FullDesc.Render(b.Help().Desc))
				}
			}
		}
	}
	lines = append(lines, "", st.Section.Render("Legend"), "")
	for _, l := range strings.Split(legend(), "\n") {
		for _, sp := range wrapSpans(l, 0, len(l), hs.w) {
			lines = append(lines, l[sp.a:sp.b])
		}
	}
	lines = append(lines, "", st.Dim.Render("esc or ? closes · j/k scroll"))
	hs.off = min(hs.off, max(len(lines)-hs.h, 0))
	return joinLines(lines[hs.off:], hs.w, hs.h)
}

// ShortHelp implements help.KeyMap.
func (hs *helpScreen) ShortHelp() []key.Binding {
	return []key.Binding{hs.c.Keys.Back, hs.c.Keys.Quit}
}

// FullHelp implements help.KeyMap.
func (hs *helpScreen) FullHelp() [][]key.Binding { return [][]key.Binding{hs.ShortHelp()} }

// problemsPanel lists what could not be loaded; esc or enter dismisses it.
type problemsPanel struct {
	c     *Common
	w, h  int
	lines []string
	nav   listNav
}

func newProblemsPanel(c *Common) *problemsPanel {
	p := &problemsPanel{c: c}
	for _, pr := range c.State.Corpus.Problems {
		p.lines = append(p.lines, safe(pr.Path)+": "+safe(pr.Reason))
	}
	for _, src := range c.State.Corpus.Sources {
		for _, pr := range src.Problems {
			p.lines = append(p.lines, safe(src.Path)+": "+safe(pr))
		}
	}
	return p
}

// problemCount is how many load problems a state has.
func problemCount(s *State) int {
	n := len(s.Corpus.Problems)
	for _, src := range s.Corpus.Sources {
		n += len(src.Problems)
	}
	return n
}

// SetSize implements Component.
func (p *problemsPanel) SetSize(w, h int) {
	p.w, p.h = w, h
	p.nav.setSize(len(p.lines), max(h-7, 1)) // borders, heading (up to 2 lines), blanks, footer
}

// Update implements Component.
func (p *problemsPanel) Update(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k := p.c.Keys
	switch {
	case key.Matches(km, k.Up):
		p.nav.off = max(p.nav.off-1, 0)
	case key.Matches(km, k.Down):
		p.nav.off++ // clamped when drawn
	case key.Matches(km, k.Back), key.Matches(km, k.Accept):
		return cmdOf(backMsg{})
	}
	return nil
}

// View implements Component.
func (p *problemsPanel) View() string {
	st := p.c.Styles
	bw := max(min(p.w, 90), 10)
	inner := bw - 4
	title, sub := plural(len(p.lines), "load problem"), "these files were skipped or repaired"
	lines := []string{st.StatusErr.Render(title) + st.Dim.Render(" — "+sub), ""}
	if ansi.StringWidth(title+" — "+sub) > inner {
		lines = []string{st.StatusErr.Render(title), st.Dim.Render(sub), ""}
	}
	if len(p.lines) == 0 {
		lines = append(lines, st.Dim.Render("Everything loaded."))
	}
	var body []string
	for _, l := range p.lines {
		for i, sp := range wrapSpans(l, 0, len(l), max(inner-2, 4)) {
			pre := "• "
			if i > 0 {
				pre = "  "
			}
			body = append(body, pre+l[sp.a:sp.b])
		}
	}
	p.nav.off = min(p.nav.off, max(len(body)-p.nav.h, 0))
	lines = append(lines, body[min(p.nav.off, len(body)):min(p.nav.off+p.nav.h, len(body))]...)
	foot := "esc dismiss · p reopens"
	if len(body) > p.nav.h {
		foot = "more: j/k scroll · esc dismiss"
	}
	lines = append(lines, "", st.Dim.Render(foot))
	for i, l := range lines {
		lines[i] = truncate(l, inner)
	}
	return centerBox(st.Dialog.Width(bw).Render(strings.Join(lines, "\n")), p.w, p.h)
}

// ShortHelp implements help.KeyMap.
func (p *problemsPanel) ShortHelp() []key.Binding {
	return []key.Binding{p.c.Keys.Up, p.c.Keys.Down, p.c.Keys.Back}
}

// FullHelp implements help.KeyMap.
func (p *problemsPanel) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
