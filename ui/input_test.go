package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestTextField: pasted and typed text never carries what a terminal would
// act on, the cursor stays in view after a resize, and the KeyMap's
// editing keys drive the field.
func TestTextField(t *testing.T) {
	k := defaultKeyMap()
	st := newStyles(true, modePlain)
	tests := []struct {
		name  string
		start string
		msgs  []tea.Msg
		want  string
	}{
		{"paste keeps text", "", []tea.Msg{tea.PasteMsg{Content: "ferry strike"}}, "ferry strike"},
		{"paste drops controls", "", []tea.Msg{tea.PasteMsg{Content: "a\x1b[31mb\x07c"}}, "a[31mbc"},
		{"paste drops bidi overrides", "", []tea.Msg{tea.PasteMsg{Content: "ab\u202ecd\u2066"}}, "abcd"},
		{"newlines and tabs become spaces", "", []tea.Msg{tea.PasteMsg{Content: "a\nb\tc"}}, "a b c"},
		{"set value is cleaned", "x\u202ey", nil, "xy"},
		{"delete back", "abc", []tea.Msg{keyMsg("backspace")}, "ab"},
		{"delete forward at start", "abc", []tea.Msg{keyMsg("home"), keyMsg("ctrl+d")}, "bc"},
		{"kill to end", "abc", []tea.Msg{keyMsg("left"), keyMsg("left"), keyMsg("ctrl+k")}, "a"},
		{"ctrl+v does not read the clipboard", "abc", []tea.Msg{keyMsg("ctrl+v")}, "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newTextField(k, st, "/ ", "", 100)
			f.SetValue(tt.start)
			f.Focus()
			for _, m := range tt.msgs {
				if cmd := f.Update(m); cmd != nil && tt.name == "ctrl+v does not read the clipboard" {
					t.Fatal("ctrl+v asked for the clipboard")
				}
			}
			if got := f.Value(); got != tt.want {
				t.Fatalf("value %q, want %q", got, tt.want)
			}
		})
	}

	// A long value scrolls so the cursor (at the end) stays visible, and the
	// field never draws wider than it was given.
	f := newTextField(k, st, "Path ", "", 4096)
	f.SetValue(strings.Repeat("a", 80) + ".md")
	f.Focus()
	f.SetWidth(30)
	v := f.View(st)
	if !strings.HasSuffix(strings.TrimRight(v, " "), ".md") || ansi.StringWidth(v) > 30 {
		t.Fatalf("view %q (%d cells) does not end at the cursor within 30 cells", v, ansi.StringWidth(v))
	}
	if v != ansi.Strip(v) {
		t.Fatalf("plain mode drew styles: %q", v)
	}
}

// TestProgressView: the bar is exactly as wide as asked, filled in
// proportion, clamped, and plain in plain mode.
func TestProgressView(t *testing.T) {
	st := newStyles(true, modePlain)
	bar := newProgressBar(st)
	tests := []struct {
		pct  float64
		full int
	}{{0, 0}, {0.5, 10}, {1, 20}, {-1, 0}, {2, 20}}
	for _, tt := range tests {
		v := progressView(&bar, st, tt.pct, 20)
		if ansi.StringWidth(v) != 20 || strings.Count(v, "█") != tt.full || v != ansi.Strip(v) {
			t.Errorf("pct %v: %q", tt.pct, v)
		}
	}
	if v := progressView(&bar, newStyles(true, modeColor), 0.5, 20); ansi.StringWidth(v) != 20 {
		t.Errorf("colour bar is %d cells", ansi.StringWidth(v))
	}
}
