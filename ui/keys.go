package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the app. It is the single source for
// dispatch (key.Matches) and for the help views; each component picks the
// bindings that apply to it for its ShortHelp and FullHelp.
type KeyMap struct {
	Up, Down         key.Binding
	Top, Bottom      key.Binding
	PageUp, PageDown key.Binding
	Open             key.Binding // enter / l / →
	Back             key.Binding // esc / h / ← / backspace
	Focus            key.Binding // tab: switch pane in the wide layout
	Outlets          key.Binding
	Search           key.Binding
	Export           key.Binding
	Quotes           key.Binding
	Coverage         key.Binding
	Problems         key.Binding
	Help             key.Binding
	Quit             key.Binding // q: never while typing
	ForceQuit        key.Binding // ctrl+c: always

	// Outlet filter.
	Toggle, All, None key.Binding
	// Source screen.
	NextEvidence, PrevEvidence key.Binding
	// Text entry (search, export dialog).
	Accept, Cancel key.Binding
	Format         key.Binding
	// Confirmation.
	Yes, No key.Binding
	// Editing inside a text field.
	DelBack, DelFwd, DelWord, CharLeft, CharRight, LineStart, LineEnd, KillStart, KillEnd key.Binding
}

// defaultKeyMap returns the app's key bindings.
func defaultKeyMap() *KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return &KeyMap{
		Up:           b([]string{"up", "k"}, "↑/k", "up"),
		Down:         b([]string{"down", "j"}, "↓/j", "down"),
		Top:          b([]string{"g", "home"}, "g", "top"),
		Bottom:       b([]string{"G", "end"}, "G", "bottom"),
		PageUp:       b([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		PageDown:     b([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
		Open:         b([]string{"enter", "l", "right"}, "enter", "open"),
		Back:         b([]string{"esc", "h", "left", "backspace"}, "esc", "back"),
		Focus:        b([]string{"tab"}, "tab", "switch pane"),
		Outlets:      b([]string{"o"}, "o", "outlets"),
		Search:       b([]string{"/"}, "/", "search"),
		Export:       b([]string{"e"}, "e", "export"),
		Quotes:       b([]string{"\""}, "\"", "quotes"),
		Coverage:     b([]string{"m"}, "m", "coverage"),
		Problems:     b([]string{"p"}, "p", "load problems"),
		Help:         b([]string{"?"}, "?", "help"),
		Quit:         b([]string{"q"}, "q", "quit"),
		ForceQuit:    b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Toggle:       b([]string{"space"}, "space", "toggle"),
		All:          b([]string{"a"}, "a", "all"),
		None:         b([]string{"x"}, "x", "none"),
		NextEvidence: b([]string{"n"}, "n", "next evidence"),
		PrevEvidence: b([]string{"N"}, "N", "prev evidence"),
		Accept:       b([]string{"enter"}, "enter", "apply"),
		Cancel:       b([]string{"esc"}, "esc", "cancel"),
		Format:       b([]string{"tab"}, "tab", "format"),
		Yes:          b([]string{"y"}, "y", "overwrite"),
		No:           b([]string{"n", "esc"}, "n", "keep"),
		DelBack:      b([]string{"backspace", "ctrl+h"}, "backspace", "delete"),
		DelFwd:       b([]string{"delete", "ctrl+d"}, "del", "delete forward"),
		DelWord:      b([]string{"ctrl+w", "alt+backspace"}, "ctrl+w", "delete word"),
		CharLeft:     b([]string{"left", "ctrl+b"}, "←", "left"),
		CharRight:    b([]string{"right", "ctrl+f"}, "→", "right"),
		LineStart:    b([]string{"home", "ctrl+a"}, "home", "start"),
		LineEnd:      b([]string{"end", "ctrl+e"}, "end", "end"),
		KillStart:    b([]string{"ctrl+u"}, "ctrl+u", "delete to start"),
		KillEnd:      b([]string{"ctrl+k"}, "ctrl+k", "delete to end"),
	}
}

// nav is the movement set shared by every list.
func (k *KeyMap) nav() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown}
}

// global is what works on every browsing screen.
func (k *KeyMap) global() []key.Binding {
	return []key.Binding{k.Outlets, k.Search, k.Export, k.Quotes, k.Coverage, k.Problems, k.Help, k.Quit}
}
