package ui

// input.go: a one-line text field and a progress bar. (bubbles' textinput
// and progress need modules this build does not carry, so the UI keeps
// these two small ones.)

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// lineInput is a one-line text field.
type lineInput struct {
	Prompt      string
	Placeholder string
	CharLimit   int
	value       []rune
	pos         int
	width       int
	focused     bool
}

func newLineInput() lineInput {
	return lineInput{CharLimit: 256, width: 20}
}

// Value is the text typed.
func (in *lineInput) Value() string { return string(in.value) }

// SetValue replaces the text and puts the cursor at its end.
func (in *lineInput) SetValue(s string) {
	in.value = []rune(s)
	in.pos = len(in.value)
}

// CursorEnd moves the cursor to the end.
func (in *lineInput) CursorEnd() { in.pos = len(in.value) }

// SetWidth sets the cells available for the text.
func (in *lineInput) SetWidth(w int) { in.width = max(w, 1) }

// Focus shows the cursor.
func (in *lineInput) Focus() { in.focused = true }

// Blur hides the cursor.
func (in *lineInput) Blur() { in.focused = false }

// insert adds printable text at the cursor.
func (in *lineInput) insert(s string) {
	var rs []rune
	for _, r := range s {
		if unicode.IsPrint(r) {
			rs = append(rs, r)
		} else if r == '\n' || r == '\t' {
			rs = append(rs, ' ')
		}
	}
	if in.CharLimit > 0 && len(in.value)+len(rs) > in.CharLimit {
		rs = rs[:max(in.CharLimit-len(in.value), 0)]
	}
	v := append([]rune{}, in.value[:in.pos]...)
	v = append(v, rs...)
	in.value = append(v, in.value[in.pos:]...)
	in.pos += len(rs)
}

// Update edits the text for a key press (keys from the KeyMap's editing
// bindings) or a paste.
func (in *lineInput) Update(k *KeyMap, msg tea.Msg) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		in.insert(msg.Content)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.DelBack):
			if in.pos > 0 {
				in.value = append(in.value[:in.pos-1], in.value[in.pos:]...)
				in.pos--
			}
		case key.Matches(msg, k.DelFwd):
			if in.pos < len(in.value) {
				in.value = append(in.value[:in.pos], in.value[in.pos+1:]...)
			}
		case key.Matches(msg, k.CharLeft):
			in.pos = max(in.pos-1, 0)
		case key.Matches(msg, k.CharRight):
			in.pos = min(in.pos+1, len(in.value))
		case key.Matches(msg, k.LineStart):
			in.pos = 0
		case key.Matches(msg, k.LineEnd):
			in.pos = len(in.value)
		case key.Matches(msg, k.KillStart):
			in.value, in.pos = in.value[in.pos:], 0
		case key.Matches(msg, k.KillEnd):
			in.value = in.value[:in.pos]
		default:
			if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
				in.insert(msg.Text)
			}
		}
	}
}

// View draws the prompt and the text, scrolled so the cursor is visible;
// cur styles the cursor cell.
func (in *lineInput) View(cur lipgloss.Style) string {
	w := max(in.width, 1)
	if len(in.value) == 0 && !in.focused && in.Placeholder != "" {
		return in.Prompt + truncate(in.Placeholder, w)
	}
	// runes are measured one by one so scrolling keeps the cursor in view
	start := 0
	width := func(a, b int) int { return ansi.StringWidth(safe(string(in.value[a:b]))) }
	for start < in.pos && width(start, in.pos)+1 > w {
		start++
	}
	var b strings.Builder
	used := 0
	for i := start; i < len(in.value); i++ {
		ch := safe(string(in.value[i]))
		cw := ansi.StringWidth(ch)
		if used+cw > w-1 && !(i == in.pos) {
			break
		}
		if in.focused && i == in.pos {
			b.WriteString(cur.Render(ch))
		} else {
			b.WriteString(ch)
		}
		used += cw
	}
	if in.focused && in.pos >= len(in.value) {
		b.WriteString(cur.Render(" "))
	}
	if !in.focused && len(in.value) == 0 && in.Placeholder != "" {
		b.WriteString(in.Placeholder)
	}
	return in.Prompt + truncate(b.String(), w)
}

// progressBar draws a bar of width cells filled to pct (0..1).
func progressBar(st *Styles, pct float64, width int) string {
	width = max(width, 1)
	pct = min(max(pct, 0), 1)
	full := int(pct * float64(width))
	return st.AxisCurrent.Render(strings.Repeat("█", full)) + st.Dim.Render(strings.Repeat("░", width-full))
}
