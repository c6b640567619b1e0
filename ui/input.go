package ui

// input.go: the one-line text fields (bubbles textinput) and the loading
// progress bar (bubbles progress), set up from the app's KeyMap and Styles.

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// textField is a one-line bubbles text input whose editing keys come from
// the app's KeyMap. The owner matches Accept/Cancel (and any other key it
// handles itself) before passing a message on, so the KeyMap stays the
// single source of key dispatch.
type textField struct {
	in textinput.Model
}

// newTextField makes a blurred field with a prompt, a placeholder shown
// while empty, and a limit in characters.
func newTextField(k *KeyMap, st *Styles, prompt, placeholder string, limit int) textField {
	in := textinput.New()
	in.SetStyles(fieldStyles(st)) // before Focus: a blinking cursor would start a timer
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.CharLimit = limit
	in.KeyMap = fieldKeys(k)
	return textField{in: in}
}

// fieldKeys maps the KeyMap's editing bindings onto textinput's; the ones
// the app has no binding for (clipboard, suggestions, word moves) are off,
// so tab, ↑/↓ and ctrl+v keep the meaning the app gives them.
func fieldKeys(k *KeyMap) textinput.KeyMap {
	off := key.NewBinding(key.WithDisabled())
	return textinput.KeyMap{
		CharacterForward:        k.CharRight,
		CharacterBackward:       k.CharLeft,
		WordForward:             off,
		WordBackward:            off,
		DeleteWordBackward:      k.DelWord,
		DeleteWordForward:       off,
		DeleteAfterCursor:       k.KillEnd,
		DeleteBeforeCursor:      k.KillStart,
		DeleteCharacterBackward: k.DelBack,
		DeleteCharacterForward:  k.DelFwd,
		LineStart:               k.LineStart,
		LineEnd:                 k.LineEnd,
		Paste:                   off,
		AcceptSuggestion:        off,
		NextSuggestion:          off,
		PrevSuggestion:          off,
	}
}

// Value is the text typed.
func (f *textField) Value() string { return f.in.Value() }

// SetValue replaces the text (cleaned like typed text) and puts the cursor
// at its end.
func (f *textField) SetValue(s string) {
	f.in.SetValue(printable(s))
	f.in.CursorEnd()
}

// SetWidth sets the cells available for prompt and text together.
func (f *textField) SetWidth(w int) {
	// textinput pads the text to its width and adds a cell for the cursor
	f.in.SetWidth(max(w-ansi.StringWidth(f.in.Prompt)-1, 1))
	f.in.SetCursor(f.in.Position()) // scroll so the cursor stays in view
}

// Focus shows the cursor and lets the field take keys.
func (f *textField) Focus() { f.in.Focus() }

// Blur hides the cursor.
func (f *textField) Blur() { f.in.Blur() }

// Update edits the text for a key press or a paste. Characters a terminal
// would act on (controls, bidi overrides) never enter the value.
func (f *textField) Update(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyPressMsg); ok && km.Mod&^tea.ModShift != 0 && km.Text != "" {
		msg = tea.KeyPressMsg{Code: km.Code, Mod: km.Mod} // alt+x and the like do not type
	}
	var cmd tea.Cmd
	f.in, cmd = f.in.Update(msg)
	if v := f.in.Value(); printable(v) != v {
		pos := f.in.Position()
		f.in.SetValue(printable(v))
		f.in.SetCursor(pos)
	}
	return cmd
}

// View draws the prompt and the text in the app's styles.
func (f *textField) View(st *Styles) string {
	f.in.SetStyles(fieldStyles(st))
	v := f.in.View()
	if st.Mode == modePlain {
		return ansi.Strip(v) // the cursor is drawn reversed whatever its style
	}
	return v
}

// fieldStyles dresses a text field in the app's styles; the cursor does
// not blink (a blinking cell needs a timer for nothing on a still screen).
func fieldStyles(st *Styles) textinput.Styles {
	s := textinput.StyleState{Text: st.Input, Placeholder: st.Dim, Suggestion: st.Dim, Prompt: st.Dim}
	return textinput.Styles{
		Focused: s,
		Blurred: s,
		Cursor:  textinput.CursorStyle{Color: st.Input.GetForeground(), Shape: tea.CursorBlock, Blink: false},
	}
}

// printable drops what a terminal would act on from typed or pasted text:
// control characters (tabs and newlines become spaces) and invisible
// format characters such as bidi overrides.
func printable(s string) string {
	ok := true
	for _, r := range s {
		if !unicode.IsPrint(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case unicode.IsPrint(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// newProgressBar is the loading bar: a solid fill in the app's accent
// (no colour without colour), without the percentage (the file count is
// shown under it).
func newProgressBar(st *Styles) progress.Model {
	bar := progress.New(
		progress.WithoutPercentage(),
		progress.WithFillCharacters(progress.DefaultFullCharFullBlock, progress.DefaultEmptyCharBlock),
	)
	bar.FullColor, bar.EmptyColor = lipgloss.NoColor{}, lipgloss.NoColor{}
	if st.Mode == modeColor {
		bar.FullColor = st.AxisCurrent.GetForeground()
		bar.EmptyColor = st.Axis.GetForeground()
	}
	return bar
}

// progressView draws the bar width cells wide filled to pct (0..1).
func progressView(bar *progress.Model, st *Styles, pct float64, width int) string {
	bar.SetWidth(max(width, 1))
	v := bar.ViewAs(min(max(pct, 0), 1))
	if st.Mode == modePlain {
		return ansi.Strip(v)
	}
	return v
}
