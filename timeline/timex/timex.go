// Package timex finds time expressions in news sentences and normalises them:
// absolute dates, years, months, weekdays, relative expressions, clock times,
// durations and spans. It resolves calendar expressions against an
// article's reference time with news conventions.
//
// It holds no story knowledge: the vocabulary (month and weekday names,
// number words, zone abbreviations, hedges) is general English data.
//
// Durations vs spans: "a three-hour meeting", "talks lasted 90 minutes",
// "for two days" are durations (Kind "duration"): the length of something.
// "the worst flooding in 80 years", "the first visit in a decade",
// "within hours", "over the past two years" are windows of time measured
// from or to a point (Kind "span"); they carry Minutes too, but are not the
// length of an event and must not be compared as durations. Ages
// ("80 years old", "a 45-year-old") are not matched at all.
package timex

import "regexp"

// Kind is the kind of a time expression.
type Kind string

// Expression kinds.
const (
	KindDate      Kind = "date"        // a calendar day: "Aug. 15, 2025", "Aug. 15", "2025-08-15"
	KindWeekday   Kind = "weekday"     // "Friday", "last Monday", "Saturday morning"
	KindRelative  Kind = "relative"    // "yesterday", "last week", "the next day", "hours later"
	KindClock     Kind = "clock"       // "1:50 p.m. ET", "05:21", "noon"
	KindDuration  Kind = "duration"    // "about three hours", "12-minute", "for two days"
	KindYear      Kind = "year"        // "in 2018"
	KindMonth     Kind = "month"       // "in February", "August 2025", "last March"
	KindPartOfDay Kind = "part-of-day" // "in the morning", "at dawn"
	KindSpan      Kind = "span"        // "in 80 years", "within hours", "the past two years"
)

// Anchors of relative expressions.
const (
	// AnchorReference: an offset from the article's own time ("yesterday",
	// "last week", "earlier this month", "two days ago").
	AnchorReference = "reference"
	// AnchorNarrative: an offset from the previously mentioned event or time
	// ("the next day", "seven months later", "two days earlier", "hours later").
	AnchorNarrative = "narrative"
)

// Approximation of a stated duration (Expr.Approx); the same words as
// timeline.Duration.Approx.
const (
	ApproxExact = "exact" // no hedge
	ApproxAbout = "about" // about, around, roughly, some, approximately, an estimated, … or so
	ApproxUnder = "under" // nearly, almost, just under, less than, barely, up to
	ApproxOver  = "over"  // more than, over, just over, at least, upwards of, -plus
)

// Offset is a signed calendar offset; the direction is given by the sign
// (negative = before the anchor).
type Offset struct {
	Years, Months, Days int
	Hours, Minutes      int
}

// IsZero reports whether o is the zero offset.
func (o Offset) IsZero() bool { return o == Offset{} }

// Expr is one time expression found in a text.
type Expr struct {
	Start, End int    // byte offsets into the text given to Find; Text == text[Start:End]
	Text       string // as written
	Kind       Kind

	// Stated calendar parts (0 = not stated). Month is 1..12.
	Year, Month, Day int
	// Weekday is 0..6 (Sunday..Saturday), -1 when none is stated. A date
	// may carry one too ("Friday, Aug. 15, 2025").
	Weekday int
	// Mod qualifies weekdays, months and relative expressions: "last",
	// "next", "this", "earlier" ("earlier this month"), "later" ("later this
	// week"), or ""; a weekday of a named week has "last week", "next
	// week" or "this week" ("on Tuesday last week").
	Mod string
	// Part is a part of the day or of a period: "morning", "afternoon",
	// "evening", "night", "dawn", "dusk", or "early", "mid", "late"
	// ("Friday night", "tonight", "early Saturday", "mid-July").
	Part string

	// Relative expressions: Anchor is AnchorReference or AnchorNarrative;
	// Offset is the signed offset from it; Unit is its granularity ("minute",
	// "hour", "day", "week", "month", "year"). Vague is true when no amount is
	// stated ("later", "hours later", "earlier", "soon after", "overnight")
	// and for durations without a usable amount ("for hours", "several days").
	Anchor string
	Offset Offset
	Unit   string
	Vague  bool

	// Clock is minutes since midnight (24 h), -1 when none. Zone is a time
	// zone abbreviation as written ("ET", "UTC", "AKDT", "GMT"), or "local"
	// for "local time", or "".
	Clock int
	Zone  string

	// Durations and spans: Minutes is the normalised length (a day = 1440,
	// a year = 365 days, a month a twelfth of it); 0 when Vague. Approx is one of
	// the Approx constants (durations and spans; "exact" otherwise).
	Minutes int
	Approx  string
}

// Find returns all time expressions of one sentence (or any text), in text
// order and non-overlapping; at each position the longest expression wins.
// It never panics; offsets are byte offsets on rune boundaries.
//
// A news dateline opening the text ("TOWN, March 17 (Agency) — …") is the
// filing place and day, not a time of what the sentence tells: its date is
// skipped.
func Find(text string) []Expr {
	toks := tokenize(text)
	// Expressions are gathered on the stack and copied out once.
	var buf [8]Expr
	out := buf[:0]
	s := &scanner{text: text, toks: toks}
	from := datelineEnd(text)
	for i := 0; i < len(toks); {
		if toks[i].s < from {
			i++
			continue
		}
		// Punctuation and words that start no expression are skipped here,
		// as matchAt would.
		if t := &toks[i]; t.k == 'p' || t.k == 'w' && (!maybeStarter(t.l) || starters[t.l] == 0) {
			i++
			continue
		}
		e, next, ok := s.matchAt(i)
		if !ok {
			i++
			continue
		}
		e.Text = text[e.Start:e.End]
		out = append(out, e)
		i = next
	}
	if len(out) == 0 {
		return nil
	}
	return append(make([]Expr, 0, len(out)), out...)
}

// datelineRe is a news dateline: an upper-case place, an optional comma
// part (a state or a date, at most 30 bytes), an optional bracketed agency,
// then a dash.
var datelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]*)*(?:,[^—–()\n]{1,30}?)?(?:\s*\([^()\n]{1,40}\))?\s*(?:—|–|--| - )`)

// DatelineEnd is the byte offset where a news dateline opening text ends
// ("TOWN, March 17 (Agency) — "), 0 when it has none: the filing place,
// day and agency, not part of what the sentence tells.
func DatelineEnd(text string) int { return datelineEnd(text) }

// datelineEnd is the byte offset where a dateline opening text ends, 0
// when it has none.
func datelineEnd(text string) int {
	if len(text) < 4 || text[0] < 'A' || text[0] > 'Z' || text[1] < 'A' || text[1] > 'Z' {
		return 0
	}
	return len(datelineRe.FindString(text))
}
