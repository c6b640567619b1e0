package ui

import (
	"strings"
	"testing"
)

// TestStartsOnFirstStoryEvent: background events from other times sort
// first, but the app opens on the story line, and on wide screens the
// event pane shows that same event (it follows the cursor from the start).
func TestStartsOnFirstStoryEvent(t *testing.T) {
	c, tl := fixture()
	last := len(tl.Events) - 1
	if !tl.Events[last].Background {
		t.Fatal("fixture's last event is expected to be the background one")
	}
	tl.Events = append(tl.Events[last:], tl.Events[:last]...)
	for i := range tl.Events {
		tl.Events[i].Rank = i + 1
	}
	first := tl.Events[1]
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		d := newDriver(t, c, tl, Options{}, size[0], size[1])
		d.keys("esc") // the fixture's load-problems panel
		if line := d.cursorLine(); !strings.Contains(line, first.Title[:12]) {
			t.Errorf("%dx%d: cursor on %q, want the first story event %q", size[0], size[1], line, first.Title)
		}
		if size[0] >= wideWidth {
			d.has("#2 " + first.Title[:12])
		}
	}
}
