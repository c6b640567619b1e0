package ui

import (
	"image/color"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/data"
	"storyline/timeline"
)

// TestLoading: the spinner until the first results, a progress bar for
// large corpora, then the timeline; loading and building happen in
// commands, never in Update.
func TestLoading(t *testing.T) {
	m := newModel(Options{}, modePlain)
	if m.View().Content != "" {
		t.Fatal("drew before the first WindowSizeMsg")
	}
	m.Update(windowSize(80, 24))
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "Reading articles") || strings.Contains(s, "files") {
		t.Fatalf("loading view:\n%s", s)
	}
	m.Update(progressMsg{done: 50, total: 200})
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "50/200 files") || !strings.Contains(s, "█") {
		t.Fatalf("no progress bar for a large corpus:\n%s", s)
	}
	m.Update(progressMsg{done: 1, total: 3})
	if s := ansi.Strip(m.View().Content); strings.Contains(s, "files") {
		t.Fatalf("progress bar for a small corpus:\n%s", s)
	}
	c, tl := fixture()
	_, cmd := m.Update(loadedMsg{corpus: c})
	if cmd == nil || m.phase != phaseBuilding {
		t.Fatal("loaded corpus does not start the build")
	}
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "Building the timeline") {
		t.Fatalf("building view:\n%s", s)
	}
	m.Update(builtMsg{tl: tl})
	if m.phase != phaseReady {
		t.Fatal("not ready after build")
	}
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "broken.pdf") {
		t.Fatalf("load problems not shown in a panel:\n%s", s)
	}
	_, cmd = m.Update(keyMsg("esc"))
	for _, msg := range run(cmd) {
		m.Update(msg)
	}
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "Ministerial visit") || !strings.Contains(s, "1 load problem (p)") {
		t.Fatalf("timeline after dismissing problems:\n%s", s)
	}
}

// TestLoadCommands runs the real load and build commands on the sample.
func TestLoadCommands(t *testing.T) {
	ch := make(chan tea.Msg, 64)
	msg := loadCmd(Options{}, ch)()
	lm, ok := msg.(loadedMsg)
	if !ok || lm.corpus == nil || len(lm.corpus.Sources) == 0 {
		t.Fatalf("load gave %#v", msg)
	}
	if _, open := <-ch; open {
		for range ch {
		}
	}
	if m := waitProgress(ch)(); m != nil {
		t.Fatalf("closed progress channel gave %#v", m)
	}
	bm, ok := buildCmd(lm.corpus)().(builtMsg)
	if !ok || bm.err != nil || bm.tl == nil {
		t.Fatalf("build gave %#v", bm)
	}
}

// TestBuildPanic: a panicking engine becomes an error in the status bar.
func TestBuildPanic(t *testing.T) {
	m := newModel(Options{}, modePlain)
	m.Update(windowSize(80, 24))
	msg := buildCmd(&data.Corpus{Sources: []*data.Source{nil}})()
	m.Update(msg)
	if m.phase != phaseReady {
		t.Fatal("not ready")
	}
	if bm := msg.(builtMsg); bm.err != nil && !strings.Contains(ansi.Strip(m.View().Content), "build timeline") {
		t.Fatalf("panic not reported:\n%s", ansi.Strip(m.View().Content))
	}
}

// TestMouseWheel scrolls the focused list.
func TestMouseWheel(t *testing.T) {
	d := fixtureDriver(t, 80, 24)
	d.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	d.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if !strings.Contains(d.cursorLine(), "Deal announced") {
		t.Fatalf("wheel down: %q", d.cursorLine())
	}
	d.send(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if !strings.Contains(d.cursorLine(), "Union and operator") {
		t.Fatalf("wheel up: %q", d.cursorLine())
	}
}

// TestStyles: light and dark differ, NO_COLOR keeps selection visible
// without colour, plain has no styling at all.
func TestStyles(t *testing.T) {
	c, tl := fixture()
	render := func(mode colorMode, bg color.Color) string {
		d := newDriver(t, c, tl, Options{}, 120, 40)
		d.m.mode = mode
		d.send(tea.BackgroundColorMsg{Color: bg})
		d.keys("esc", "j", "tab")
		return d.m.View().Content
	}
	black, white := color.RGBA{0, 0, 0, 255}, color.RGBA{255, 255, 255, 255}
	dark, light := render(modeColor, black), render(modeColor, white)
	if dark == light {
		t.Fatal("light and dark backgrounds render the same")
	}
	if !strings.Contains(dark, "38;2;") {
		t.Fatal("no colour in colour mode")
	}
	nc := render(modeNoColor, black)
	if strings.Contains(nc, "38;") || strings.Contains(nc, "48;") {
		t.Fatal("colour in NO_COLOR mode")
	}
	if !strings.Contains(nc, "\x1b[7m") && !strings.Contains(nc, ";7m") {
		t.Fatal("NO_COLOR mode has no reverse-video selection")
	}
	for name, v := range map[string]string{"dark": dark, "light": light, "no-color": nc} {
		if loc := regexp.MustCompile(`\[[0-9;]*m`).FindStringIndex(ansi.Strip(v)); loc != nil {
			t.Fatalf("%s: broken escape sequence shown as text: %q", name, ansi.Strip(v)[max(loc[0]-20, 0):loc[1]])
		}
	}
	if p := render(modePlain, black); strings.Contains(p, "\x1b") {
		t.Fatal("plain mode emits escapes")
	}
	if s := ansi.Strip(nc); !strings.Contains(s, "#2 Union and operator") || !strings.Contains(s, "12345") {
		t.Fatalf("NO_COLOR view lacks content:\n%s", s)
	}
}

// TestOutletColours: an outlet has the same colour on every screen.
func TestOutletColours(t *testing.T) {
	st := newStyles(true, modeColor)
	c, tl := fixture()
	s, _ := newState(c, tl, nil)
	want := st.Outlet(s.OutletIndex("Island Wire")).Render("4")
	strip := coverageStrip(st, s, []string{"Island Wire"}, painter{})
	if !strings.Contains(strip, want) {
		t.Fatalf("strip %q lacks %q", strip, want)
	}
	ev := layoutEvent(st, s, &s.View.Events[4], 0, 80)
	if !strings.Contains(strings.Join(ev.lines, "\n"), st.Outlet(3).Render("4 Island Wire")) {
		t.Fatal("evidence heading not in the outlet's colour")
	}
	if st.Outlet(0).Render("x") == st.Outlet(1).Render("x") {
		t.Fatal("two outlets share a colour")
	}
}

// TestUnknownPresetOutlet is reported in the status bar.
func TestUnknownPresetOutlet(t *testing.T) {
	c, tl := fixture()
	d := newDriver(t, c, tl, Options{Outlets: []string{"Nowhere Gazette"}}, 80, 24)
	d.has("no outlet named Nowhere Gazette", "0/5 outlets")
}

// TestTimeAxis places dated events and marks the current one.
func TestTimeAxis(t *testing.T) {
	st := newStyles(true, modePlain)
	ev := []timeline.Event{
		{When: timeline.When{Date: "2030-01-01", Time: "00:00"}},
		{When: timeline.When{Date: "2030-01-01", Time: "12:00"}},
		{When: timeline.When{Date: "2030-01-02", Time: "00:00"}},
		{When: timeline.When{Text: "later"}},
	}
	tests := []struct {
		cur  int
		want string
	}{
		{0, "├◆───●───●┤"},
		{1, "├●───◆───●┤"},
		{2, "├●───●───◆┤"},
		{3, "├●───●───●┤"},
	}
	for _, tt := range tests {
		got := timeAxis(st, ev, tt.cur, 11)
		if got[0] != tt.want {
			t.Errorf("cur %d: %q, want %q", tt.cur, got[0], tt.want)
		}
	}
	if got := timeAxis(st, ev[3:], 0, 40); !strings.Contains(got[0], "no event has a known date") {
		t.Errorf("undated: %q", got[0])
	}
}

// TestWrapSpans keeps every byte and respects the width.
func TestWrapSpans(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  []string
	}{
		{"one two three", 7, []string{"one two", "three"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"", 5, []string{""}},
		{"a  b", 10, []string{"a  b"}},
		{"x\x1by", 4, []string{"x", "\x1b", "y"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range wrapSpans(tt.text, 0, len(tt.text), tt.width) {
			got = append(got, tt.text[sp.a:sp.b])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

// TestStyledScreensClean: on every screen, in colour and NO_COLOR modes,
// styles nest cleanly (no sequence broken into visible text) and the
// screen fits the window.
func TestStyledScreensClean(t *testing.T) {
	t.Chdir(t.TempDir()) // an export may be written
	broken := regexp.MustCompile(`\[[0-9;:]*m`)
	for _, mode := range []colorMode{modeColor, modeNoColor} {
		for _, sz := range [][2]int{{120, 40}, {80, 24}, {40, 12}} {
			for _, path := range screensOf {
				c, tl := fixture()
				d := newDriver(t, c, tl, Options{}, sz[0], sz[1])
				d.m.mode = mode
				d.send(tea.BackgroundColorMsg{Color: color.RGBA{20, 20, 20, 255}})
				d.keys(path...)
				d.keys("j")
				v := d.m.View().Content
				if loc := broken.FindStringIndex(ansi.Strip(v)); loc != nil {
					t.Fatalf("mode %d %v %v: broken escape: %q", mode, sz, path, ansi.Strip(v)[max(loc[0]-20, 0):loc[1]])
				}
				assertFits(t, v, sz[0], sz[1])
			}
		}
	}
}

// TestSelectionBackground: the selected row keeps its background across
// the styled pieces inside it (nested styles end with a reset).
func TestSelectionBackground(t *testing.T) {
	for _, path := range [][]string{{"esc", "j"}, {"esc", "o", "j"}, {"esc", "m", "j"}, {"esc", "\""}} {
		c, tl := fixture()
		d := newDriver(t, c, tl, Options{}, 80, 24)
		d.m.mode = modeColor
		d.send(tea.BackgroundColorMsg{Color: color.RGBA{0, 0, 0, 255}})
		d.keys(path...)
		var row string
		for _, l := range strings.Split(d.m.View().Content, "\n") {
			if strings.Contains(l, "›") {
				row = l
				break
			}
		}
		if row == "" {
			t.Fatalf("%v: no selected row", path)
		}
		for _, seg := range strings.Split(row, "\x1b[m") {
			if ansi.Strip(seg) != "" && !strings.Contains(seg, "48;") {
				t.Fatalf("%v: piece %q of the selected row has no background:\n%q", path, ansi.Strip(seg), row)
			}
		}
	}
}
