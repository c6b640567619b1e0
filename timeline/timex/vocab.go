package timex

// General English vocabulary. No story knowledge lives here.

// months maps month names and their abbreviations to 1..12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthAbbr lists the abbreviated month names (they need a "." or a day).
var monthAbbr = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// ambiguousMonths are month names that are also common words or names; they
// count as months only next to a day or year or after a time preposition.
var ambiguousMonths = map[string]bool{"may": true, "march": true}

// weekdays maps weekday names and abbreviations to 0..6 (Sunday = 0).
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var weekdayAbbr = map[string]int{
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
}

// monthPreps are words after which a bare month name is a month.
var monthPreps = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "till": true, "by": true, "of": true,
	"during": true, "from": true, "through": true, "before": true, "after": true, "between": true,
	"to": true, "and": true, "or": true, "last": true, "next": true, "this": true, "early": true,
	"mid": true, "late": true, "end": true, "start": true, "beginning": true, "throughout": true,
	"earlier": true, "later": true, "that": true, "each": true, "every": true,
}

// yearPreps are words after which a bare four-digit number is a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "during": true,
	"from": true, "through": true, "before": true, "after": true, "between": true, "to": true,
	"and": true, "or": true, "the": true, "a": true, "s": true, "early": true, "mid": true,
	"late": true, "circa": true, "around": true, "spring": true, "summer": true, "autumn": true,
	"fall": true, "winter": true, "year": true, "back": true, "as": true, "for": true, "than": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "that": true, "this": true,
}

// partsOfDay are the words naming parts of a day.
var partsOfDay = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true,
}

// zones are time-zone abbreviations as written after clock times.
var zones = map[string]bool{
	"UTC": true, "GMT": true, "Z": true, "ET": true, "EST": true, "EDT": true, "CT": true,
	"CST": true, "CDT": true, "MT": true, "MST": true, "MDT": true, "PT": true, "PST": true,
	"PDT": true, "AKT": true, "AKST": true, "AKDT": true, "HST": true, "HT": true, "HAST": true,
	"HADT": true, "AT": true, "AST": true, "ADT": true, "NT": true, "NST": true, "NDT": true,
	"BST": true, "IST": true, "WET": true, "WEST": true, "CET": true, "CEST": true, "EET": true,
	"EEST": true, "MSK": true, "TRT": true, "GST": true, "PKT": true, "ICT": true, "WIB": true,
	"SGT": true, "HKT": true, "CCT": true, "JST": true, "KST": true, "AEST": true, "AEDT": true,
	"ACST": true, "ACDT": true, "AWST": true, "NZST": true, "NZDT": true, "SAST": true, "WAT": true,
	"CAT": true, "EAT": true, "BRT": true, "ART": true,
}

// zoneWords are spelled-out zone names used as "<word> time".
var zoneWords = map[string]bool{"eastern": true, "central": true, "mountain": true, "pacific": true}

// units maps duration unit words to their length in minutes; plural forms
// are listed too.
var units = map[string]struct {
	name    string
	minutes int
	plural  bool
}{
	"second": {"second", 0, false}, "seconds": {"second", 0, true}, "sec": {"second", 0, false}, "secs": {"second", 0, true},
	"minute": {"minute", 1, false}, "minutes": {"minute", 1, true}, "min": {"minute", 1, false}, "mins": {"minute", 1, true},
	"hour": {"hour", 60, false}, "hours": {"hour", 60, true}, "hr": {"hour", 60, false}, "hrs": {"hour", 60, true},
	"day": {"day", 1440, false}, "days": {"day", 1440, true},
	"week": {"week", 10080, false}, "weeks": {"week", 10080, true},
	"fortnight": {"week", 20160, false}, "fortnights": {"week", 20160, true},
	"month": {"month", 43800, false}, "months": {"month", 43800, true},
	"year": {"year", 525600, false}, "years": {"year", 525600, true},
	"decade": {"year", 5256000, false}, "decades": {"year", 5256000, true},
	"century": {"year", 52560000, false}, "centuries": {"year", 52560000, true},
}

// joinedUnits are one-word duration adjectives ("hourlong").
var joinedUnits = map[string]int{
	"hourlong": 60, "daylong": 1440, "weeklong": 10080, "monthlong": 43800, "yearlong": 525600,
}

// smallNumbers are number words below twenty; tens are the multiples of ten.
var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// vagueQuantities are quantity words without a usable amount.
var vagueQuantities = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "dozens": true, "hundreds": true,
	"thousands": true, "numerous": true, "multiple": true, "countless": true,
}

// hedge is a multi-word approximation phrase.
type hedge struct {
	words  []string
	approx string
	needN  bool // only when a number follows ("over", "under", "some", "just")
}

// hedges, longest first.
var hedges = []hedge{
	{[]string{"a", "little", "more", "than"}, ApproxOver, false},
	{[]string{"a", "little", "less", "than"}, ApproxUnder, false},
	{[]string{"a", "little", "over"}, ApproxOver, false},
	{[]string{"a", "little", "under"}, ApproxUnder, false},
	{[]string{"little", "more", "than"}, ApproxOver, false},
	{[]string{"little", "less", "than"}, ApproxUnder, false},
	{[]string{"little", "over"}, ApproxOver, false},
	{[]string{"little", "under"}, ApproxUnder, false},
	{[]string{"just", "shy", "of"}, ApproxUnder, false},
	{[]string{"just", "under"}, ApproxUnder, false},
	{[]string{"just", "over"}, ApproxOver, false},
	{[]string{"just", "more", "than"}, ApproxOver, false},
	{[]string{"just", "less", "than"}, ApproxUnder, false},
	{[]string{"slightly", "more", "than"}, ApproxOver, false},
	{[]string{"slightly", "less", "than"}, ApproxUnder, false},
	{[]string{"more", "than"}, ApproxOver, false},
	{[]string{"less", "than"}, ApproxUnder, false},
	{[]string{"fewer", "than"}, ApproxUnder, false},
	{[]string{"at", "least"}, ApproxOver, false},
	{[]string{"at", "most"}, ApproxUnder, false},
	{[]string{"upwards", "of"}, ApproxOver, false},
	{[]string{"in", "excess", "of"}, ApproxOver, false},
	{[]string{"close", "to"}, ApproxAbout, false},
	{[]string{"up", "to"}, ApproxUnder, true},
	{[]string{"an", "estimated"}, ApproxAbout, false},
	{[]string{"about"}, ApproxAbout, false},
	{[]string{"around"}, ApproxAbout, false},
	{[]string{"roughly"}, ApproxAbout, false},
	{[]string{"approximately"}, ApproxAbout, false},
	{[]string{"approx"}, ApproxAbout, false},
	{[]string{"circa"}, ApproxAbout, false},
	{[]string{"some"}, ApproxAbout, true},
	{[]string{"nearly"}, ApproxUnder, false},
	{[]string{"almost"}, ApproxUnder, false},
	{[]string{"barely"}, ApproxUnder, false},
	{[]string{"under"}, ApproxUnder, true},
	{[]string{"over"}, ApproxOver, true},
}

// spanPrefixes introduce windows of time ("in 80 years", "the past two
// years"), which are spans, not durations of an event.
var spanPrefixes = [][]string{
	{"over", "the", "past"}, {"over", "the", "last"}, {"over", "the", "next"}, {"over", "the", "coming"},
	{"in", "the", "past"}, {"in", "the", "last"}, {"in", "the", "next"}, {"in", "the", "coming"},
	{"during", "the", "past"}, {"during", "the", "last"}, {"for", "the", "past"}, {"for", "the", "last"},
	{"for", "the", "next"}, {"the", "past"}, {"the", "last"}, {"the", "next"}, {"the", "coming"},
	{"the", "previous"}, {"within"}, {"in"},
}

// rel is one fixed relative phrase.
type rel struct {
	words  []string
	anchor string
	off    Offset
	unit   string
	mod    string
	part   string
	vague  bool
}

// relPhrases are fixed relative phrases; the longest match wins.
var relPhrases = func() []rel {
	r := []rel{
		{words: []string{"yesterday"}, anchor: AnchorReference, off: Offset{Days: -1}, unit: "day"},
		{words: []string{"today"}, anchor: AnchorReference, unit: "day"},
		{words: []string{"tonight"}, anchor: AnchorReference, unit: "day", part: "night"},
		{words: []string{"tomorrow"}, anchor: AnchorReference, off: Offset{Days: 1}, unit: "day"},
		{words: []string{"last", "night"}, anchor: AnchorReference, off: Offset{Days: -1}, unit: "day", part: "night", mod: "last"},
		{words: []string{"the", "day", "before", "yesterday"}, anchor: AnchorReference, off: Offset{Days: -2}, unit: "day"},
		{words: []string{"the", "day", "after", "tomorrow"}, anchor: AnchorReference, off: Offset{Days: 2}, unit: "day"},
		{words: []string{"earlier", "today"}, anchor: AnchorReference, unit: "day", mod: "earlier"},
		{words: []string{"later", "today"}, anchor: AnchorReference, unit: "day", mod: "later"},
		{words: []string{"recently"}, anchor: AnchorReference, mod: "earlier", vague: true},
		{words: []string{"the", "day", "before"}, anchor: AnchorNarrative, off: Offset{Days: -1}, unit: "day"},
		{words: []string{"the", "night", "before"}, anchor: AnchorNarrative, off: Offset{Days: -1}, unit: "day", part: "night"},
		{words: []string{"the", "day", "after"}, anchor: AnchorNarrative, off: Offset{Days: 1}, unit: "day"},
		{words: []string{"the", "morning", "after"}, anchor: AnchorNarrative, off: Offset{Days: 1}, unit: "day", part: "morning"},
		{words: []string{"the", "week", "before"}, anchor: AnchorNarrative, off: Offset{Days: -7}, unit: "week"},
		{words: []string{"the", "week", "after"}, anchor: AnchorNarrative, off: Offset{Days: 7}, unit: "week"},
		{words: []string{"the", "same", "day"}, anchor: AnchorNarrative, unit: "day"},
		{words: []string{"the", "same", "night"}, anchor: AnchorNarrative, unit: "day", part: "night"},
		{words: []string{"later", "in", "the", "day"}, anchor: AnchorNarrative, unit: "day", mod: "later", vague: true},
		{words: []string{"earlier", "in", "the", "day"}, anchor: AnchorNarrative, unit: "day", mod: "earlier", vague: true},
		{words: []string{"overnight"}, anchor: AnchorNarrative, unit: "day", part: "night", mod: "later", vague: true},
		{words: []string{"later"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"earlier"}, anchor: AnchorNarrative, mod: "earlier", vague: true},
		{words: []string{"soon", "after"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"soon", "afterwards"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"soon", "afterward"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"shortly", "after"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"shortly", "afterwards"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"shortly", "afterward"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"shortly", "before"}, anchor: AnchorNarrative, mod: "earlier", vague: true},
		{words: []string{"soon"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"afterwards"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"afterward"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"subsequently"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"beforehand"}, anchor: AnchorNarrative, mod: "earlier", vague: true},
		{words: []string{"moments", "later"}, anchor: AnchorNarrative, mod: "later", vague: true},
		{words: []string{"moments", "earlier"}, anchor: AnchorNarrative, mod: "earlier", vague: true},
		{words: []string{"moments", "before"}, anchor: AnchorNarrative, mod: "earlier", vague: true},
		{words: []string{"moments", "after"}, anchor: AnchorNarrative, mod: "later", vague: true},
	}
	for _, p := range []string{"morning", "afternoon", "evening", "night"} {
		r = append(r,
			rel{words: []string{"this", p}, anchor: AnchorReference, unit: "day", part: p, mod: "this"},
			rel{words: []string{"yesterday", p}, anchor: AnchorReference, off: Offset{Days: -1}, unit: "day", part: p},
			rel{words: []string{"tomorrow", p}, anchor: AnchorReference, off: Offset{Days: 1}, unit: "day", part: p},
			rel{words: []string{"that", p}, anchor: AnchorNarrative, unit: "day", part: p},
			rel{words: []string{"later", "that", p}, anchor: AnchorNarrative, unit: "day", part: p, mod: "later", vague: true},
			rel{words: []string{"earlier", "that", p}, anchor: AnchorNarrative, unit: "day", part: p, mod: "earlier", vague: true},
			rel{words: []string{"the", "next", p}, anchor: AnchorNarrative, off: Offset{Days: 1}, unit: "day", part: p},
			rel{words: []string{"the", "following", p}, anchor: AnchorNarrative, off: Offset{Days: 1}, unit: "day", part: p},
			rel{words: []string{"the", "previous", p}, anchor: AnchorNarrative, off: Offset{Days: -1}, unit: "day", part: p},
		)
	}
	for _, u := range []string{"day", "week", "month", "year", "weekend"} {
		unit := u
		if u == "weekend" {
			unit = "week"
		}
		one := unitOffset(unit, 1)
		minus := unitOffset(unit, -1)
		r = append(r,
			rel{words: []string{"this", u}, anchor: AnchorReference, unit: unit, mod: "this"},
			rel{words: []string{"last", u}, anchor: AnchorReference, off: minus, unit: unit, mod: "last"},
			rel{words: []string{"past", u}, anchor: AnchorReference, off: minus, unit: unit, mod: "last"},
			rel{words: []string{"next", u}, anchor: AnchorReference, off: one, unit: unit, mod: "next"},
			rel{words: []string{"earlier", "this", u}, anchor: AnchorReference, unit: unit, mod: "earlier"},
			rel{words: []string{"later", "this", u}, anchor: AnchorReference, unit: unit, mod: "later"},
			rel{words: []string{"the", "next", u}, anchor: AnchorNarrative, off: one, unit: unit},
			rel{words: []string{"the", "following", u}, anchor: AnchorNarrative, off: one, unit: unit},
			rel{words: []string{"the", "previous", u}, anchor: AnchorNarrative, off: minus, unit: unit},
			rel{words: []string{"the", "prior", u}, anchor: AnchorNarrative, off: minus, unit: unit},
			rel{words: []string{"later", "that", u}, anchor: AnchorNarrative, unit: unit, mod: "later", vague: true},
			rel{words: []string{"earlier", "that", u}, anchor: AnchorNarrative, unit: unit, mod: "earlier", vague: true},
			rel{words: []string{"that", u}, anchor: AnchorNarrative, unit: unit},
		)
		if u != "weekend" && u != "day" {
			r = append(r,
				rel{words: []string{"in", "recent", u + "s"}, anchor: AnchorReference, unit: unit, mod: "earlier", vague: true},
				rel{words: []string{"in", "the", "coming", u + "s"}, anchor: AnchorReference, unit: unit, mod: "later", vague: true},
			)
		}
	}
	r = append(r,
		rel{words: []string{"in", "recent", "days"}, anchor: AnchorReference, unit: "day", mod: "earlier", vague: true},
		rel{words: []string{"in", "the", "coming", "days"}, anchor: AnchorReference, unit: "day", mod: "later", vague: true},
	)
	return r
}()

func unitOffset(unit string, n int) Offset {
	switch unit {
	case "week":
		return Offset{Days: 7 * n}
	case "month":
		return Offset{Months: n}
	case "year":
		return Offset{Years: n}
	case "hour":
		return Offset{Hours: n}
	case "minute":
		return Offset{Minutes: n}
	}
	return Offset{Days: n}
}
