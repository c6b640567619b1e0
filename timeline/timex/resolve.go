package timex

import "time"

// Resolve returns the calendar day an expression refers to, against the
// article's reference time ref (its publication or retrieval time), at
// midnight in ref's location.
//
// It resolves dates, weekdays and relative expressions anchored on the
// reference ("yesterday", "last week", "two days ago"); ok is false for
// everything else (years, months, clocks, durations, spans, narrative
// relatives, vague relatives such as "recently").
//
// News convention: a bare weekday ("on Friday") in a past-tense report is the
// most recent such day on or before ref; with future=true (the sentence says
// "will", "would", "plans to", "is due to") it is the next one on or after
// ref. "last Friday" is strictly before ref's day, "next Friday" strictly
// after. A date without a year is the latest such date on or before ref
// (future: the earliest on or after). "last week" resolves to ref minus
// seven days; use Period for the whole week.
func (e Expr) Resolve(ref time.Time, future bool) (day time.Time, ok bool) {
	from, to, ok := e.Period(ref, future)
	if !ok {
		return time.Time{}, false
	}
	switch e.Kind {
	case KindDate, KindWeekday:
		return from, from.Equal(to)
	case KindRelative:
		if e.Anchor != AnchorReference || e.Vague {
			return time.Time{}, false
		}
		if (e.Mod == "earlier" || e.Mod == "later" || e.Mod == "this") && e.Unit != "day" && e.Offset.IsZero() {
			return time.Time{}, false // "earlier this month" is a period, not a day
		}
		d := midnight(ref)
		if e.Offset.Hours != 0 || e.Offset.Minutes != 0 {
			d = midnight(ref.Add(time.Duration(e.Offset.Hours)*time.Hour + time.Duration(e.Offset.Minutes)*time.Minute))
		}
		return d.AddDate(e.Offset.Years, e.Offset.Months, e.Offset.Days), true
	}
	return time.Time{}, false
}

// Period returns the inclusive range of calendar days an expression refers
// to: one day for dates and weekdays; the whole month or year for months
// ("in February": the latest February that started on or before ref, or
// with future=true the next one that ends on or after ref) and years; the
// whole previous week/month/year for "last week/month/year"; from the
// start of the period to ref for "earlier this week/month/year", from ref to
// its end for "later this …". ok is false for clocks, durations, spans and
// narrative or vague relatives.
func (e Expr) Period(ref time.Time, future bool) (from, to time.Time, ok bool) {
	day := midnight(ref)
	loc := ref.Location()
	switch e.Kind {
	case KindDate:
		if e.Year != 0 {
			d := time.Date(e.Year, time.Month(e.Month), e.Day, 0, 0, 0, 0, loc)
			return d, d, true
		}
		y := day.Year()
		for k := 0; k < 8; k++ { // 29 February needs up to eight years
			var d time.Time
			if future {
				d = time.Date(y+k, time.Month(e.Month), e.Day, 0, 0, 0, 0, loc)
			} else {
				d = time.Date(y-k, time.Month(e.Month), e.Day, 0, 0, 0, 0, loc)
			}
			if d.Day() != e.Day {
				continue
			}
			if future && !d.Before(day) || !future && !d.After(day) {
				return d, d, true
			}
		}
		return time.Time{}, time.Time{}, false
	case KindWeekday:
		if e.Weekday < 0 || e.Weekday > 6 {
			return time.Time{}, time.Time{}, false
		}
		diff := (e.Weekday - int(day.Weekday()) + 7) % 7 // days forward to the next such weekday (0 = today)
		var d time.Time
		switch {
		case e.Mod == "last week" || e.Mod == "next week" || e.Mod == "this week":
			start, _ := unitBounds(day, "week")
			switch e.Mod {
			case "last week":
				start = start.AddDate(0, 0, -7)
			case "next week":
				start = start.AddDate(0, 0, 7)
			}
			d = start.AddDate(0, 0, (e.Weekday+6)%7) // weeks start on Monday
		case e.Mod == "last":
			// (the day before would be "yesterday": "last Tuesday" told on
			// a Wednesday is the Tuesday of the week before)
			back := (int(day.Weekday()) - e.Weekday + 7) % 7
			if back <= 1 {
				back += 7
			}
			d = day.AddDate(0, 0, -back)
		case e.Mod == "next":
			if diff == 0 {
				diff = 7
			}
			d = day.AddDate(0, 0, diff)
		case future:
			d = day.AddDate(0, 0, diff)
		default:
			back := (int(day.Weekday()) - e.Weekday + 7) % 7
			d = day.AddDate(0, 0, -back)
		}
		return d, d, true
	case KindYear:
		return time.Date(e.Year, 1, 1, 0, 0, 0, 0, loc), time.Date(e.Year, 12, 31, 0, 0, 0, 0, loc), true
	case KindMonth:
		y := e.Year
		if y == 0 {
			y = day.Year()
			switch e.Mod {
			case "last":
				if e.Month >= int(day.Month()) {
					y--
				}
			case "next":
				if e.Month <= int(day.Month()) {
					y++
				}
			case "this":
			default:
				if future && e.Month < int(day.Month()) {
					y++
				} else if !future && e.Month > int(day.Month()) {
					y--
				}
			}
		}
		f := time.Date(y, time.Month(e.Month), 1, 0, 0, 0, 0, loc)
		return f, f.AddDate(0, 1, -1), true
	case KindRelative:
		if e.Anchor != AnchorReference || e.Unit == "" {
			return time.Time{}, time.Time{}, false
		}
		start, end := unitBounds(day, e.Unit)
		mod := e.Mod
		if (mod == "earlier" || mod == "later") && !e.Offset.IsZero() {
			mod = "" // "seven years ago": that far from ref, not "earlier this year"
		}
		switch mod {
		case "earlier":
			if e.Vague {
				return time.Time{}, time.Time{}, false
			}
			return start, day, true
		case "later":
			if e.Vague {
				return time.Time{}, time.Time{}, false
			}
			return day, end, true
		case "this":
			return start, end, true
		case "last", "next":
			if e.Unit == "day" { // "last night"
				d := day.AddDate(e.Offset.Years, e.Offset.Months, e.Offset.Days)
				return d, d, true
			}
			n := -1
			if e.Mod == "next" {
				n = 1
			}
			var shifted time.Time
			switch e.Unit {
			case "week":
				shifted = start.AddDate(0, 0, 7*n)
			case "month":
				shifted = start.AddDate(0, n, 0)
			case "year":
				shifted = start.AddDate(n, 0, 0)
			default:
				return time.Time{}, time.Time{}, false
			}
			s2, e2 := unitBounds(shifted, e.Unit)
			return s2, e2, true
		}
		if e.Vague {
			return time.Time{}, time.Time{}, false
		}
		d := day
		if e.Offset.Hours != 0 || e.Offset.Minutes != 0 {
			d = midnight(ref.Add(time.Duration(e.Offset.Hours)*time.Hour + time.Duration(e.Offset.Minutes)*time.Minute))
		}
		d = d.AddDate(e.Offset.Years, e.Offset.Months, e.Offset.Days)
		if e.Unit == "day" || e.Unit == "hour" || e.Unit == "minute" {
			return d, d, true
		}
		s2, e2 := unitBounds(d, e.Unit)
		return s2, e2, true
	}
	return time.Time{}, time.Time{}, false
}

// unitBounds returns the first and last day of the week (Monday–Sunday),
// month or year containing day; for "day" it is the day itself.
func unitBounds(day time.Time, unit string) (time.Time, time.Time) {
	switch unit {
	case "week":
		back := (int(day.Weekday()) + 6) % 7 // days since Monday
		s := day.AddDate(0, 0, -back)
		return s, s.AddDate(0, 0, 6)
	case "month":
		s := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, day.Location())
		return s, s.AddDate(0, 1, -1)
	case "year":
		s := time.Date(day.Year(), 1, 1, 0, 0, 0, 0, day.Location())
		return s, s.AddDate(1, 0, -1)
	}
	return day, day
}

func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}
