package ui

import (
	"bytes"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestProgram runs the app in a real bubbletea program: it loads and
// builds the sample story in commands, draws it, takes keys and quits.
func TestProgram(t *testing.T) {
	tm := teatest.NewTestModel(t, newModel(Options{}, modePlain), teatest.WithInitialTermSize(100, 30))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("outlets")) && bytes.Contains(b, []byte("events"))
	}, teatest.WithDuration(20*time.Second), teatest.WithCheckInterval(50*time.Millisecond))
	// Keys are paced: a real user does not type faster than the program
	// settles its start-up messages (background colour, first size).
	for _, k := range []string{"j", "enter", "q"} {
		time.Sleep(150 * time.Millisecond)
		tm.Send(keyMsg(k))
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	m := tm.FinalModel(t).(*Model)
	if m.phase != phaseReady || m.c.State == nil {
		t.Fatal("the program quit before the timeline was ready")
	}
	if len(m.c.State.Full.Sources) == 0 {
		t.Fatal("no sources loaded")
	}
	// The cursor starts on the first story event (past background events
	// from other times); j moves one down, enter opens it.
	first := 0
	for first < len(m.c.State.View.Events) && m.c.State.View.Events[first].Background {
		first++
	}
	if len(m.c.State.View.Events) > first+1 && (!m.browser.showEvent || m.browser.list.nav.cur != first+1) {
		t.Fatalf("keys not applied: cursor %d (want %d), event shown %v", m.browser.list.nav.cur, first+1, m.browser.showEvent)
	}
}
