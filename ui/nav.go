package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// listNav is a cursor over n items shown h at a time.
type listNav struct {
	cur, off int
	n, h     int
}

// setSize updates the item count and window height, keeping the cursor in
// range and visible.
func (l *listNav) setSize(n, h int) {
	l.n, l.h = n, max(h, 1)
	l.cur = clamp(l.cur, n)
	l.off = scrollTo(l.off, l.cur, l.h, l.n)
}

// move sets the cursor and scrolls it into view.
func (l *listNav) move(to int) {
	l.cur = clamp(to, l.n)
	l.off = scrollTo(l.off, l.cur, l.h, l.n)
}

// handle applies a navigation key; it reports whether the key was one.
func (l *listNav) handle(k *KeyMap, msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, k.Up):
		l.move(l.cur - 1)
	case key.Matches(msg, k.Down):
		l.move(l.cur + 1)
	case key.Matches(msg, k.Top):
		l.move(0)
	case key.Matches(msg, k.Bottom):
		l.move(l.n - 1)
	case key.Matches(msg, k.PageUp):
		l.move(l.cur - l.h)
	case key.Matches(msg, k.PageDown):
		l.move(l.cur + l.h)
	default:
		return false
	}
	return true
}

// visible is the range of items in view.
func (l *listNav) visible() (from, to int) {
	return l.off, min(l.off+l.h, l.n)
}
