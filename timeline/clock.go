package timeline

import (
	"sort"
	"strings"

	"storyline/timeline/timex"
)

// weekdayAbbr maps the short weekday names of timelines and live blogs
// ("Sun 06:30", "Tue 23:40") to 0..6 (Sunday..Saturday).
var weekdayAbbr = map[string]int{"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6}

// listWeekdays adds a weekday expression for a capitalised short weekday
// name standing right before a clock time ("- **Sun 06:30** — Network
// taken offline."), which the time-expression finder leaves alone because
// "Sun", "Wed" are ordinary words elsewhere.
func listWeekdays(toks []token, times []timex.Expr) []timex.Expr {
	var add []timex.Expr
	for i, t := range toks {
		if !t.word || !t.cap {
			continue
		}
		d, ok := weekdayAbbr[t.low]
		if !ok || i+1 >= len(toks) {
			continue
		}
		next := toks[i+1]
		if next.text == "." && i+2 < len(toks) {
			next = toks[i+2]
		}
		clock := false
		for _, x := range times {
			if x.Kind == timex.KindClock && x.Start == next.start {
				clock = true
			}
			if x.Start < t.end && x.End > t.start {
				clock = false
				break
			}
		}
		if !clock {
			continue
		}
		add = append(add, timex.Expr{Start: t.start, End: t.end, Text: t.text, Kind: timex.KindWeekday, Weekday: d,
			Anchor: timex.AnchorReference, Unit: "day", Clock: -1, Approx: timex.ApproxExact})
	}
	if len(add) == 0 {
		return times
	}
	times = append(times, add...)
	sort.SliceStable(times, func(a, b int) bool { return times[a].Start < times[b].Start })
	return times
}

// utcZones are zone names that mean universal time.
var utcZones = map[string]bool{"utc": true, "gmt": true, "z": true, "zulu": true}

// headingZone returns "UTC" when a section heading states that its times
// are universal time ("Timeline (UTC)", "All times GMT"), else "".
func headingZone(text string) string {
	for _, w := range lowerWords(text) {
		if utcZones[w] && w != "z" {
			return "UTC"
		}
	}
	return ""
}

// weekdayHeading reports a section heading that is only a weekday
// ("## Wednesday", "Thursday:"), or a weekday before a colon or a dash and
// a title ("## Monday: the landslide"), as in an account told day by day.
func weekdayHeading(text string) bool {
	if i := strings.IndexAny(text, ":—–"); i > 0 {
		text = text[:i]
	} else if i := strings.Index(text, " - "); i > 0 {
		text = text[:i]
	}
	ws := lowerWords(text)
	return len(ws) == 1 && weekdayName(ws[0])
}

// weekdayName reports whether the lower-case word is a weekday's name.
func weekdayName(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// maxStampLen is the longest text, in bytes, read as a stamp ("11:45 p.m.
// local time" is 21).
const maxStampLen = 32

// stampClock returns the clock time (minutes) of a section heading or a
// line that is only a clock time ("### 2:50 PM", "17.40", "**23:42**"): a
// live blog's entry stamp.
func stampClock(text string) (int, bool) {
	t := strings.Trim(text, "#*_ \t:")
	if len(t) > maxStampLen {
		return -1, false // (every furniture line and comment is asked: long ones are no stamp)
	}
	xs := timex.Find(t)
	if len(xs) == 1 && xs[0].Kind == timex.KindClock && xs[0].Start == 0 && xs[0].End == len(t) {
		return xs[0].Clock, true
	}
	return -1, false
}

// clockZone classifies the zone of a clock time: "utc" for universal time
// (stated, or stated by the section heading), "" for local or unstated.
// Clock times of different classes are not compared.
func clockZone(x timex.Expr, section string) string {
	z := strings.ToLower(x.Zone)
	switch {
	case utcZones[z]:
		return "utc"
	case z == "":
		if section != "" {
			return "utc"
		}
	}
	return ""
}

// dayPart normalises a part of the day ("morning", "afternoon", "evening",
// "night"; "dawn" is morning, "dusk" evening); other parts ("early",
// "late", "mid") give "".
func dayPart(p string) string {
	switch p {
	case "morning", "dawn":
		return "morning"
	case "afternoon":
		return "afternoon"
	case "evening", "dusk":
		return "evening"
	case "night", "tonight":
		return "night"
	}
	return ""
}

// clockPart is the part of the day of a local clock time.
func clockPart(min int) string {
	switch {
	case min < 0:
		return ""
	case min < 5*60:
		return "night"
	case min < 12*60:
		return "morning"
	case min < 17*60:
		return "afternoon"
	case min < 21*60:
		return "evening"
	}
	return "night"
}

// spanMeets reports whether a happening that began at clock (minutes) and
// lasted for one of the lengths durs reaches the part of the day part
// ("opened at 2 p.m. … went on for some seven hours" reaches the night).
func spanMeets(clock int, durs []durRef, part string) bool {
	if clock < 0 || part == "" {
		return false
	}
	longest := 0
	for _, d := range durs {
		longest = max(longest, min(d.minutes, 24*60))
	}
	for t := clock; t <= clock+longest; t += 30 {
		if partsMeet(clockPart(t%(24*60)), part) {
			return true
		}
	}
	return false
}

// partsMeet reports whether two parts of a day may hold one happening
// (evening and night run into each other).
func partsMeet(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	return a == "evening" && b == "night" || a == "night" && b == "evening"
}
