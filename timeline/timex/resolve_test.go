package timex

import (
	"testing"
	"time"
)

func TestResolve(t *testing.T) {
	ref := time.Date(2025, 8, 16, 5, 21, 0, 0, time.UTC) // a Saturday
	tests := []struct {
		text   string
		future bool
		want   string // YYYY-MM-DD or "" when not resolvable
	}{
		{"on Friday", false, "2025-08-15"},
		{"on Friday", true, "2025-08-22"},
		{"on Saturday", false, "2025-08-16"},
		{"on Saturday", true, "2025-08-16"},
		{"on Monday", false, "2025-08-11"},
		{"on Monday", true, "2025-08-18"},
		{"Monday's meeting", true, "2025-08-18"},
		// the day before would be "yesterday": "last Friday" told on a Saturday is a week earlier
		{"last Friday", false, "2025-08-08"},
		{"last Thursday", false, "2025-08-14"},
		{"last Saturday", false, "2025-08-09"},
		{"next Monday", false, "2025-08-18"},
		{"next Saturday", true, "2025-08-23"},
		// the weekday of a named week (weeks start on Monday)
		{"on Tuesday last week", false, "2025-08-05"},
		{"Sunday of last week", false, "2025-08-10"},
		{"on Friday next week", true, "2025-08-22"},
		{"Monday this week", false, "2025-08-11"},
		{"yesterday", false, "2025-08-15"},
		{"today", false, "2025-08-16"},
		{"tonight", true, "2025-08-16"},
		{"tomorrow", true, "2025-08-17"},
		{"last night", false, "2025-08-15"},
		{"last week", false, "2025-08-09"},
		{"last month", false, "2025-07-16"},
		{"last year", false, "2024-08-16"},
		{"14 hours ago", false, "2025-08-15"},
		{"two days ago", false, "2025-08-14"},
		{"three weeks ago", false, "2025-07-26"},
		{"Aug. 15", false, "2025-08-15"},
		{"Aug. 15", true, "2026-08-15"},
		{"Dec. 25", false, "2024-12-25"},
		{"Dec. 25", true, "2025-12-25"},
		{"Friday, Aug. 15, 2025", true, "2025-08-15"},
		{"2018-03-01", false, "2018-03-01"},
		{"Feb. 29", false, "2024-02-29"},
		// Not days.
		{"in 2018", false, ""},
		{"in February", false, ""},
		{"the next day", false, ""},
		{"hours later", false, ""},
		{"about three hours", false, ""},
		{"1:50 p.m. ET", false, ""},
		{"recently", false, ""},
		{"earlier this month", false, ""},
	}
	for _, tt := range tests {
		es := Find(tt.text)
		if len(es) != 1 {
			t.Errorf("Find(%q) = %d expressions, want 1", tt.text, len(es))
			continue
		}
		d, ok := es[0].Resolve(ref, tt.future)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
			if d.Hour() != 0 || d.Location() != ref.Location() {
				t.Errorf("Resolve(%q) = %v, want midnight in ref's zone", tt.text, d)
			}
		}
		if got != tt.want {
			t.Errorf("Resolve(%q, future=%v) = %q, want %q", tt.text, tt.future, got, tt.want)
		}
	}
}

func TestPeriod(t *testing.T) {
	ref := time.Date(2025, 8, 16, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		text     string
		future   bool
		from, to string
	}{
		{"in 2018", false, "2018-01-01", "2018-12-31"},
		{"in February", false, "2025-02-01", "2025-02-28"},
		{"in December", false, "2024-12-01", "2024-12-31"},
		{"in December", true, "2025-12-01", "2025-12-31"},
		{"in August", false, "2025-08-01", "2025-08-31"},
		{"last March", false, "2025-03-01", "2025-03-31"},
		{"next March", false, "2026-03-01", "2026-03-31"},
		{"last August", false, "2024-08-01", "2024-08-31"},
		{"February 2024", false, "2024-02-01", "2024-02-29"},
		{"last week", false, "2025-08-04", "2025-08-10"},
		{"this week", false, "2025-08-11", "2025-08-17"},
		{"next week", true, "2025-08-18", "2025-08-24"},
		{"last month", false, "2025-07-01", "2025-07-31"},
		{"earlier this month", false, "2025-08-01", "2025-08-16"},
		{"later this year", true, "2025-08-16", "2025-12-31"},
		{"earlier this year", false, "2025-01-01", "2025-08-16"},
		{"last year", false, "2024-01-01", "2024-12-31"},
		{"seven years ago", false, "2018-01-01", "2018-12-31"},
		{"two months ago", false, "2025-06-01", "2025-06-30"},
		{"on Friday", false, "2025-08-15", "2025-08-15"},
		{"yesterday", false, "2025-08-15", "2025-08-15"},
		{"the next day", false, "", ""},
		{"in recent weeks", false, "", ""},
		{"for two days", false, "", ""},
	}
	for _, tt := range tests {
		es := Find(tt.text)
		if len(es) != 1 {
			t.Errorf("Find(%q) = %d expressions, want 1", tt.text, len(es))
			continue
		}
		f, to, ok := es[0].Period(ref, tt.future)
		gf, gt := "", ""
		if ok {
			gf, gt = f.Format("2006-01-02"), to.Format("2006-01-02")
		}
		if gf != tt.from || gt != tt.to {
			t.Errorf("Period(%q, future=%v) = %s..%s, want %s..%s", tt.text, tt.future, gf, gt, tt.from, tt.to)
		}
	}
}

func TestIsFuture(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Zelenskyy said he would meet Trump in Washington on Monday.", true},
		{"The hearing is due to resume on Tuesday.", true},
		{"He'll fly to Anchorage on Friday.", true},
		{"The verdict is expected to come next week.", true},
		{"Trump met Putin on Friday.", false},
		{"The talks lasted about three hours.", false},
		{"Willis testified on Monday.", false},
		{"Russia won't attend.", true},
		{"She won the vote.", false},
		{"The next day, investigators found the door plug.", false},
		{"They meet again next week.", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsFuture(tt.text); got != tt.want {
			t.Errorf("IsFuture(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestValidDateCalendar checks that the calendar shortcut of validDate
// agrees with dateparse on every day (and every impossible day 1..31) of
// the years 1000..2999 (every tenth year with -short).
func TestValidDateCalendar(t *testing.T) {
	step := 1
	if testing.Short() {
		step = 10
	}
	bad := 0
	for y := 1000; y <= 2999; y += step {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 31; d++ {
				if got, want := validDate(y, m, d), validDateParse(y, m, d); got != want {
					bad++
					if bad <= 5 {
						t.Errorf("validDate(%d, %d, %d) = %v, dateparse says %v", y, m, d, got, want)
					}
				}
			}
		}
	}
	for _, c := range []struct {
		y, m, d int
		want    bool
	}{{2024, 2, 29, true}, {2025, 2, 29, false}, {1900, 2, 29, false}, {2000, 2, 29, true}, {2025, 4, 31, false}, {2025, 13, 1, false}, {2025, 1, 0, false}} {
		if got := validDate(c.y, c.m, c.d); got != c.want {
			t.Errorf("validDate(%d, %d, %d) = %v, want %v", c.y, c.m, c.d, got, c.want)
		}
	}
}
