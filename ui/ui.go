// Package ui is storyline's terminal explorer: a bubbletea app that renders
// a timeline.Timeline (and the articles it came from) — the timeline with a
// time axis, events with their evidence, whole articles, an outlet filter,
// search, quotes, coverage and export. It owns presentation only: every
// domain fact comes from the Timeline, and every article-derived string is
// sanitised (data/safetext) before it reaches the screen.
package ui

import (
	"fmt"
	"os"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/data"
	"storyline/timeline"
)

// Options configure Run.
type Options struct {
	Paths   []string     // files, folders or "-"; none means the embedded sample
	Outlets []string     // outlets shown at start (none: all)
	Load    data.Options // passed to data.Load (Progress is set by the UI)
}

// Run loads the corpus, builds the timeline and runs the app until the user
// quits. It needs a terminal on stdin/stdout.
func Run(opts Options) error {
	mode := modeColor
	if os.Getenv("NO_COLOR") != "" {
		mode = modeNoColor
	}
	if opts.Load.Stdin == nil {
		// "-" reads articles from stdin; keys then come from the terminal,
		// which bubbletea opens itself when stdin is not one.
		opts.Load.Stdin = os.Stdin
	}
	_, err := tea.NewProgram(newModel(opts, mode)).Run()
	return err
}

// Minimum sizes: below them the app shows a one-line notice.
const (
	minWidth  = 40
	minHeight = 12
)

// phase of the app's life.
type phase int

const (
	phaseLoading phase = iota
	phaseBuilding
	phaseReady
)

// Loading messages.
type (
	progressMsg struct{ done, total int }
	loadedMsg   struct{ corpus *data.Corpus }
	builtMsg    struct {
		tl  *timeline.Timeline
		err error
	}
)

// Model is the root of the app: it sizes every child, routes keys to the
// focused one and keeps a stack of screens above the browser.
type Model struct {
	c      *Common
	opts   Options
	mode   colorMode
	phase  phase
	w, h   int
	ready  bool // a WindowSizeMsg arrived
	corpus *data.Corpus

	progressCh chan tea.Msg
	done       progressMsg
	spin       spinner.Model
	bar        progress.Model

	browser *browser
	stack   []Component
	help    help.Model
	status  string
	statErr bool
}

// newModel makes a model that will load and build in commands.
func newModel(opts Options, mode colorMode) *Model {
	m := &Model{
		c:          &Common{Styles: newStyles(true, mode), Keys: defaultKeyMap()},
		opts:       opts,
		mode:       mode,
		progressCh: make(chan tea.Msg, 64),
		spin:       spinner.New(spinner.WithSpinner(spinner.Dot)),
		help:       help.New(),
	}
	m.bar = newProgressBar(m.c.Styles)
	m.help.Styles = m.c.Styles.Help
	return m
}

// newReadyModel makes a model on an already built timeline (tests).
func newReadyModel(c *data.Corpus, t *timeline.Timeline, opts Options, mode colorMode) *Model {
	m := newModel(opts, mode)
	m.corpus = c
	m.setTimeline(t)
	return m
}

// Init implements tea.Model: ask for the background colour, start loading.
func (m *Model) Init() tea.Cmd {
	if m.phase == phaseReady {
		return tea.RequestBackgroundColor
	}
	return tea.Batch(tea.RequestBackgroundColor, m.spin.Tick, loadCmd(m.opts, m.progressCh), waitProgress(m.progressCh))
}

// loadCmd reads the corpus; progress goes through ch, closed at the end.
func loadCmd(opts Options, ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		defer close(ch)
		lo := opts.Load
		user := lo.Progress
		lo.Progress = func(done, total int) {
			if user != nil {
				user(done, total)
			}
			select {
			case ch <- progressMsg{done, total}:
			default: // the UI is behind: skip this update
			}
		}
		return loadedMsg{corpus: data.Load(opts.Paths, lo)}
	}
}

// waitProgress delivers the next progress report.
func waitProgress(ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

// buildCmd builds the timeline; a panic in the engine becomes an error.
func buildCmd(c *data.Corpus) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = builtMsg{err: fmt.Errorf("build timeline: %v", r)}
			}
		}()
		return builtMsg{tl: timeline.Build(c)}
	}
}

// setTimeline makes the app ready on a timeline.
func (m *Model) setTimeline(t *timeline.Timeline) {
	st, unknown := newState(m.corpus, t, m.opts.Outlets)
	m.c.State = st
	m.browser = newBrowser(m.c)
	m.phase = phaseReady
	if len(unknown) > 0 {
		m.setStatus("no outlet named "+safe(strings.Join(unknown, ", ")), true)
	}
	if problemCount(st) > 0 {
		m.stack = append(m.stack, newProblemsPanel(m.c))
	}
	m.resize()
	m.browser.start()
}

func (m *Model) setStatus(s string, err bool) { m.status, m.statErr = s, err }

// top is the component receiving keys.
func (m *Model) top() Component {
	if len(m.stack) > 0 {
		return m.stack[len(m.stack)-1]
	}
	return m.browser
}

// capturer is a component that takes every key while text is typed.
type capturer interface{ capturing() bool }

// header is the top of the screen: the story and its counts.
func (m *Model) header() string { return m.headerLine() }

// footer is the bottom of the screen: the status bar and the short help.
func (m *Model) footer() string {
	return m.statusLine() + "\n" + truncate(m.help.ShortHelpView(m.top().ShortHelp()), m.w)
}

// bodySize is the size left for screens between the header and the
// footer, as measured.
func (m *Model) bodySize() (int, int) {
	return m.w, max(m.h-lipgloss.Height(m.header())-lipgloss.Height(m.footer()), 1)
}

// resize sizes every child.
func (m *Model) resize() {
	if m.phase != phaseReady || !m.ready {
		return
	}
	w, h := m.bodySize()
	m.browser.SetSize(w, h)
	for _, c := range m.stack {
		c.SetSize(w, h)
	}
	m.help.SetWidth(m.w)
}

// push opens a screen above the others. A screen of the same kind already
// open is closed first, with everything above it, so the stack stays
// short however the user hops between screens.
func (m *Model) push(c Component) tea.Cmd {
	for i, o := range m.stack {
		if fmt.Sprintf("%T", o) == fmt.Sprintf("%T", c) {
			m.stack = m.stack[:i]
			break
		}
	}
	w, h := m.bodySize()
	c.SetSize(w, h)
	m.stack = append(m.stack, c)
	return nil
}

// pop closes the top screen (or leaves the event in the browser).
func (m *Model) pop() {
	if len(m.stack) > 0 {
		m.stack = m.stack[:len(m.stack)-1]
		return
	}
	m.browser.back()
}

// onTop reports whether the top screen is of the same type as c.
func (m *Model) onTop(c Component) bool {
	return len(m.stack) > 0 && fmt.Sprintf("%T", m.stack[len(m.stack)-1]) == fmt.Sprintf("%T", c)
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h, m.ready = msg.Width, msg.Height, true
		m.resize()
		return m, nil
	case tea.BackgroundColorMsg:
		m.c.Styles = newStyles(msg.IsDark(), m.mode)
		m.help.Styles = m.c.Styles.Help
		m.bar = newProgressBar(m.c.Styles)
		m.resize()
		return m, nil
	case spinner.TickMsg:
		if m.phase == phaseReady {
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case progressMsg:
		m.done = msg
		return m, waitProgress(m.progressCh)
	case loadedMsg:
		m.corpus = msg.corpus
		m.phase = phaseBuilding
		return m, buildCmd(msg.corpus)
	case builtMsg:
		t := msg.tl
		if msg.err != nil {
			t = &timeline.Timeline{}
		}
		m.setTimeline(t)
		if msg.err != nil {
			m.setStatus(msg.err.Error(), true)
		}
		return m, nil
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.MouseWheelMsg:
		if m.phase != phaseReady {
			return m, nil
		}
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			return m, m.top().Update(tea.KeyPressMsg{Code: tea.KeyUp})
		case tea.MouseWheelDown:
			return m, m.top().Update(tea.KeyPressMsg{Code: tea.KeyDown})
		}
		return m, nil
	}
	if m.phase != phaseReady {
		return m, nil
	}
	switch msg := msg.(type) {
	case openEventMsg:
		m.stack = m.stack[:0]
		m.browser.openEvent(msg.id)
		return m, nil
	case openSourceMsg:
		e, ok := m.c.State.Event(msg.eventID)
		if !ok || len(e.Evidence) == 0 {
			return m, nil
		}
		return m, m.push(newSourceScreen(m.c, e, msg.evidence))
	case backMsg:
		m.pop()
		return m, nil
	case filterMsg:
		m.browser.refresh()
		var cmds []tea.Cmd
		for _, c := range m.stack {
			cmds = append(cmds, c.Update(msg))
		}
		m.resize()
		return m, tea.Batch(cmds...)
	case statusMsg:
		m.setStatus(msg.text, msg.err)
		return m, nil
	case exportDoneMsg:
		if _, ok := m.top().(*exportDialog); !ok { // the dialog was closed meanwhile
			if msg.err != nil {
				m.setStatus("export failed: "+msg.err.Error(), true)
			} else {
				m.setStatus("exported to "+msg.path, false)
			}
			return m, nil
		}
	}
	// anything else (text input blinks, export results) goes to the top
	return m, m.top().Update(msg)
}

// key routes a key press: ctrl+c always quits; a screen taking text gets
// every other key; then the global keys; then the focused screen.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if key.Matches(msg, k.ForceQuit) {
		return tea.Quit
	}
	if m.phase != phaseReady {
		if key.Matches(msg, k.Quit) {
			return tea.Quit
		}
		return nil
	}
	top := m.top()
	if c, ok := top.(capturer); ok && c.capturing() {
		return top.Update(msg)
	}
	m.status = ""
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		if _, ok := top.(*helpScreen); ok {
			m.pop()
			return nil
		}
		return m.push(newHelpScreen(m.c, top))
	case key.Matches(msg, k.Outlets):
		if o := newOutletsScreen(m.c); !m.onTop(o) {
			return m.push(o)
		}
		return nil
	case key.Matches(msg, k.Export):
		return m.push(newExportDialog(m.c))
	case key.Matches(msg, k.Quotes):
		if q := newQuotesScreen(m.c); !m.onTop(q) {
			return m.push(q)
		}
		return nil
	case key.Matches(msg, k.Coverage):
		if c := newCoverageScreen(m.c); !m.onTop(c) {
			return m.push(c)
		}
		return nil
	case key.Matches(msg, k.Problems):
		if p := newProblemsPanel(m.c); !m.onTop(p) {
			return m.push(p)
		}
		return nil
	case key.Matches(msg, k.Search):
		m.stack = m.stack[:0]
		return m.browser.startSearch()
	}
	return top.Update(msg)
}

// View implements tea.Model.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "storyline"
	return v
}

// render draws the whole screen as a string of exactly the window size.
func (m *Model) render() string {
	if !m.ready || m.w <= 0 || m.h <= 0 {
		return ""
	}
	if m.w < minWidth || m.h < minHeight {
		return fitBox(fmt.Sprintf("terminal too small (%d×%d, need %d×%d)", m.w, m.h, minWidth, minHeight), m.w, m.h)
	}
	if m.phase != phaseReady {
		return m.loadingView()
	}
	header, footer := m.header(), m.footer()
	bh := max(m.h-lipgloss.Height(header)-lipgloss.Height(footer), 1)
	return joinLines([]string{header, fitBox(m.top().View(), m.w, bh), footer}, m.w, m.h)
}

// headerLine is the story title with the event and outlet counts.
func (m *Model) headerLine() string {
	st, s := m.c.Styles, m.c.State
	right := fmt.Sprintf("%d/%d events · %d/%d outlets", len(s.View.Events), len(s.Full.Events), s.SelectedCount(), len(s.Full.Outlets))
	if m.w < 60 {
		right = fmt.Sprintf("%d/%d events", len(s.View.Events), len(s.Full.Events))
	}
	title := s.Full.Title
	if title == "" {
		title = "storyline"
	}
	left := st.Header.Render(truncate(safe(title), max(m.w-lipgloss.Width(right)-2, 1)))
	gap := max(m.w-lipgloss.Width(left)-lipgloss.Width(right), 1)
	return truncate(left+strings.Repeat(" ", gap)+st.HeaderInfo.Render(right), m.w)
}

// statusLine is the latest result or, when there is none, the filter
// state, on the status bar's background.
func (m *Model) statusLine() string {
	st, s := m.c.Styles, m.c.State
	pt := onBg(st.StatusBar)
	if m.status != "" { // the result, and the filter at the right when it fits
		style := st.StatusOK
		if m.statErr {
			style = st.StatusErr
		}
		left := " " + safe(m.status)
		right := m.filterText() + " "
		if gap := m.w - ansi.StringWidth(left) - ansi.StringWidth(right); gap >= 3 {
			return pt.paint(style, left) + pt.plain(strings.Repeat(" ", gap)+right)
		}
		return pt.fill(pt.paint(style, left), m.w)
	}
	parts := []string{s.filterSummary()}
	if s.Query != "" {
		parts = append(parts, "search: "+safe(s.Query))
	}
	if n := problemCount(s); n > 0 {
		parts = append(parts, plural(n, "load problem")+" (p)")
	}
	return pt.fill(pt.plain(" "+strings.Join(parts, " · ")), m.w)
}

// filterText is what the filter shows: outlets and search.
func (m *Model) filterText() string {
	s := m.c.State
	t := s.filterSummary()
	if s.Query != "" {
		t += " · search: " + safe(s.Query)
	}
	return t
}

// loadingView is the spinner, and a progress bar for large corpora.
func (m *Model) loadingView() string {
	st := m.c.Styles
	what := "Reading articles…"
	if m.phase == phaseBuilding {
		what = "Building the timeline…"
	}
	lines := []string{m.spin.View() + " " + what}
	if m.phase == phaseLoading && m.done.total >= 20 {
		lines = append(lines, "", progressView(&m.bar, st, float64(m.done.done)/float64(m.done.total), max(min(m.w-4, 60), 1)),
			st.Dim.Render(fmt.Sprintf("%d/%d files", m.done.done, m.done.total)))
	}
	return centerBox(strings.Join(lines, "\n"), m.w, m.h)
}
