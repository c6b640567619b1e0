package ui

import (
	"strings"
	"testing"

	"storyline/timeline"
)

// TestOutletName shortens only file stems that end in a long hash.
func TestOutletName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"003_da2c3b3587d6e397", "003_da2c…"},
		{"article-9f86d081884c7d65", "article-9f86…"},
		{"Harbour Daily", "Harbour Daily"},
		{"news_2024", "news_2024"},                         // short tail: a name, not a hash
		{"a_b c9f86d081884c7d65", "a_b c9f86d081884c7d65"}, // spaces: a name
		{"x_zzzzzzzzzzzzzzzz", "x_zzzzzzzzzzzzzzzz"},       // not hex
		{"Harbour\x1b[31mDaily", "Harbour\\x1b[31mDaily"},  // sanitised
	}
	for _, tt := range tests {
		if got := outletName(tt.in); got != tt.want {
			t.Errorf("outletName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := outletLabel("003_da2c3b3587d6e397", 30); got != "003_da2c3b3587d6e397" {
		t.Errorf("outletLabel kept %q with room for the full name", got)
	}
	if got := outletLabel("003_da2c3b3587d6e397", 12); got != "003_da2c…" {
		t.Errorf("outletLabel narrow = %q", got)
	}
}

// TestFilterSummary says what the outlet filter shows.
func TestFilterSummary(t *testing.T) {
	outlets := []timeline.Outlet{{Name: "Harbour Daily"}, {Name: "003_da2c3b3587d6e397"}, {Name: "Island Wire"}}
	tests := []struct {
		sel  []bool
		want string
	}{
		{[]bool{true, true, true}, "all 3 outlets"},
		{[]bool{false, false, false}, "no outlet selected (o chooses)"},
		{[]bool{true, false, true}, "2/3 outlets, hiding 2 003_da2c…"},
		{[]bool{false, true, false}, "1/3 outlets: 2 003_da2c…"},
	}
	for _, tt := range tests {
		s, _ := newState(nil, &timeline.Timeline{Outlets: outlets}, nil)
		copy(s.Selected, tt.sel)
		if got := s.filterSummary(); got != tt.want {
			t.Errorf("%v: %q, want %q", tt.sel, got, tt.want)
		}
	}
	one, _ := newState(nil, &timeline.Timeline{Outlets: outlets[:1]}, nil)
	if got := one.filterSummary(); got != "1 outlet" {
		t.Errorf("one outlet: %q", got)
	}
}

// TestStatusKeepsFilter: a result message leaves the filter visible at the
// right of the status bar when both fit.
func TestStatusKeepsFilter(t *testing.T) {
	d := fixtureDriver(t, 120, 30)
	d.keys("o", "space", "esc")
	d.m.setStatus("exported 3 events", false)
	line := d.m.statusLine()
	if !strings.Contains(line, "exported 3 events") || !strings.Contains(line, "4/5 outlets, hiding 1 Harbour Daily") {
		t.Fatalf("status line %q", line)
	}
	if w := displayWidth(line); w != 120 {
		t.Fatalf("status line is %d cells", w)
	}
}
