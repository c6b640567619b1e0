package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/data"
	"storyline/timeline"
)

// keyMsg turns a key name as the KeyMap writes it into a key press.
func keyMsg(s string) tea.KeyPressMsg {
	named := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if s == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if strings.HasPrefix(s, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(s[5]), Mod: tea.ModCtrl}
	}
	if strings.HasPrefix(s, "alt+") { // Text set too, as the fiercest case
		return tea.KeyPressMsg{Code: rune(s[4]), Mod: tea.ModAlt, Text: s[4:]}
	}
	if r, ok := named[s]; ok {
		return tea.KeyPressMsg{Code: r}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// driver runs a model the way bubbletea would, synchronously: every command
// returned is executed and its message fed back (batches flattened).
type driver struct {
	t    testing.TB
	m    *Model
	quit bool
}

func newDriver(t testing.TB, c *data.Corpus, tl *timeline.Timeline, opts Options, w, h int) *driver {
	t.Helper()
	m := newReadyModel(c, tl, opts, modePlain)
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// fixtureDriver is a driver on the fixture story, problems panel dismissed.
func fixtureDriver(t testing.TB, w, h int) *driver {
	c, tl := fixture()
	d := newDriver(t, c, tl, Options{}, w, h)
	d.keys("esc")
	return d
}

// send delivers one message and runs the resulting commands.
func (d *driver) send(msg tea.Msg) {
	queue := []tea.Msg{msg}
	for n := 0; len(queue) > 0; n++ {
		if n > 1000 {
			d.t.Fatalf("message loop does not settle")
		}
		msg, queue = queue[0], queue[1:]
		if _, ok := msg.(tea.QuitMsg); ok {
			d.quit = true
			continue
		}
		_, cmd := d.m.Update(msg)
		queue = append(queue, run(cmd)...)
	}
}

// run executes a command, flattening batches.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, run(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// keys presses keys by name; "type:xyz" types the text xyz.
func (d *driver) keys(names ...string) *driver {
	for _, k := range names {
		if s, ok := strings.CutPrefix(k, "type:"); ok {
			for _, r := range s {
				d.send(keyMsg(string(r)))
			}
			continue
		}
		d.send(keyMsg(k))
	}
	return d
}

// screen is the view with any styling removed.
func (d *driver) screen() string { return ansi.Strip(d.m.View().Content) }

// has fails unless the screen contains every string.
func (d *driver) has(subs ...string) {
	d.t.Helper()
	s := d.screen()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			d.t.Fatalf("screen lacks %q:\n%s", sub, s)
		}
	}
}

// lacks fails if the screen contains any of the strings.
func (d *driver) lacks(subs ...string) {
	d.t.Helper()
	s := d.screen()
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			d.t.Fatalf("screen has %q:\n%s", sub, s)
		}
	}
}

// cursorLine is the screen line holding the "›" cursor.
func (d *driver) cursorLine() string {
	for _, l := range strings.Split(d.screen(), "\n") {
		if strings.Contains(l, "›") {
			return l
		}
	}
	return ""
}

// displayWidth is the terminal width of a line (styles ignored).
func displayWidth(s string) int { return ansi.StringWidth(s) }

func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
