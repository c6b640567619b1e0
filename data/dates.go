package data

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/araddon/dateparse"
)

var (
	monthRe   = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`
	weekdayRe = `(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?,?\s+)?`
	// dateRe finds absolute calendar dates written out in text.
	dateRe = regexp.MustCompile(`(?i)\b(?:` +
		weekdayRe + `(` + monthRe + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` +
		`|` + weekdayRe + `(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthRe + `)\.?,?\s+(\d{4})` +
		`|(\d{4})-(\d{2})-(\d{2})` + `)\b`)
	relRe   = regexp.MustCompile(`(?i)\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?|[smhdwy])\s+ago\b`)
	clockRe = regexp.MustCompile(`(?i)\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?\b`)
)

// foundDate is an absolute date found in a text.
type foundDate struct {
	start, end int
	date       time.Time
}

// findDates returns the written-out calendar dates in s ("Friday, Aug. 15,
// 2025", "15 August 2025", "2025-08-15") as UTC midnights. The regular
// expression only runs in small windows around four-digit years, so long
// texts stay fast.
func findDates(s string) []foundDate {
	var out []foundDate
	last := -1
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i]) || (i > 0 && isDigit(s[i-1])) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i != 4 || (s[i] != '1' && s[i] != '2') {
			i = j
			continue
		}
		a, b := i-48, min(len(s), j+8)
		if a < 0 {
			a = 0
		}
		for a > 0 && !utf8.RuneStart(s[a]) {
			a++
		}
		for b < len(s) && !utf8.RuneStart(s[b]) {
			b++
		}
		for _, d := range matchDates(s[a:b]) {
			d.start, d.end = d.start+a, d.end+a
			if d.start <= i && d.end >= j && d.start > last && (d.start == a && (a == 0 || !isWordByte(s[a-1])) || d.start > a) {
				out = append(out, d)
				last = d.end
			}
		}
		i = j
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordByte(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// matchDates runs the date expression over a short text.
func matchDates(s string) []foundDate {
	var out []foundDate
	for _, m := range dateRe.FindAllStringSubmatchIndex(s, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		var y, mo, d int
		switch {
		case g(1) != "":
			mo, d, y = monthNames[strings.ToLower(g(1))], atoi(g(2)), atoi(g(3))
		case g(5) != "":
			d, mo, y = atoi(g(4)), monthNames[strings.ToLower(g(5))], atoi(g(6))
		default:
			y, mo, d = atoi(g(7)), atoi(g(8)), atoi(g(9))
		}
		if t, ok := validDate(y, mo, d); ok {
			out = append(out, foundDate{m[0], m[1], t})
		}
	}
	return out
}

func validDate(y, mo, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// parseAbsolute reads an absolute date or time ("2024-01-06T18:30:00Z",
// "2024-01-06", "Friday, Aug. 15, 2025 10:30"). Weekdays are dropped first;
// dateparse is used for what the fixed layouts miss, and its result must
// have a year in 1900..2100.
func parseAbsolute(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 100 {
		return t, false
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02"} {
		if tm, err := time.Parse(layout, s); err == nil {
			return tm, validYear(tm)
		}
	}
	// Drop weekdays and abbreviation dots, which dateparse does not expect.
	var words []string
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if weekdayNames[lw] {
			continue
		}
		if _, isMonth := monthNames[lw]; isMonth {
			w = strings.TrimSuffix(w, ".")
		}
		words = append(words, w)
	}
	clean := strings.Join(words, " ")
	if clean == "" {
		return t, false
	}
	defer func() {
		if recover() != nil {
			t, ok = time.Time{}, false
		}
	}()
	tm, err := dateparse.ParseIn(clean, time.UTC)
	if err != nil {
		if fd := findDates(s); len(fd) == 1 {
			return fd[0].date, true
		}
		return t, false
	}
	return tm, validYear(tm)
}

func validYear(t time.Time) bool { return t.Year() >= 1900 && t.Year() <= 2100 }

// resolveDateline reads the time a dateline line states, relative or
// absolute, against the reference time ref. inferred is true when it was
// relative ("14 hours ago", "yesterday", a bare clock time).
func resolveDateline(line string, ref time.Time) (t time.Time, inferred, ok bool) {
	l := strings.ToLower(line)
	if m := relRe.FindStringSubmatch(l); m != nil {
		n, isNum := numberWords[m[1]]
		if !isNum {
			n = atoi(m[1])
		}
		if n > 100000 {
			return t, false, false
		}
		switch timeUnits[m[2]] {
		case "s":
			return ref.Add(-time.Duration(n) * time.Second), true, true
		case "m":
			return ref.Add(-time.Duration(n) * time.Minute), true, true
		case "h":
			return ref.Add(-time.Duration(n) * time.Hour), true, true
		case "d":
			return ref.AddDate(0, 0, -n), true, true
		case "w":
			return ref.AddDate(0, 0, -7*n), true, true
		case "M":
			return ref.AddDate(0, -n, 0), true, true
		case "y":
			return ref.AddDate(-n, 0, 0), true, true
		}
	}
	stripped := stripDatelineWords(line)
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04"} {
		if tm, err := time.Parse(layout, stripped); err == nil && validYear(tm) {
			return tm, false, true
		}
	}
	if fd := findDates(line); len(fd) > 0 {
		d := fd[0].date
		rest := line[:fd[0].start] + " " + line[fd[0].end:]
		if h, mi, off, okc := findClock(rest, d); okc {
			return time.Date(d.Year(), d.Month(), d.Day(), h, mi, 0, 0, time.UTC).Add(-time.Duration(off) * time.Minute), false, true
		}
		return d, false, true
	}
	day := ref
	relDay := false
	for _, w := range strings.Fields(l) {
		switch strings.Trim(w, ".,:") {
		case "yesterday":
			day, relDay = ref.AddDate(0, 0, -1), true
		case "today", "now":
			relDay = true
		}
	}
	if h, mi, off, okc := findClock(line, day); okc {
		tm := time.Date(day.Year(), day.Month(), day.Day(), h, mi, 0, 0, ref.Location()).Add(-time.Duration(off) * time.Minute)
		if !relDay && tm.After(ref) {
			tm = tm.AddDate(0, 0, -1)
		}
		return tm, true, true
	}
	if relDay {
		if day.Equal(ref) {
			return ref, true, true
		}
		return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, ref.Location()), true, true
	}
	return t, false, false
}

// findClock finds a clock time ("05:21", "3:42 PM", "20.00 BST") in s and
// the offset in minutes of a time zone written after it (0 when none; the
// US zones without S/D take daylight time from April to October of day).
func findClock(s string, day time.Time) (h, m, offset int, ok bool) {
	loc := clockRe.FindStringSubmatchIndex(s)
	if loc == nil {
		return 0, 0, 0, false
	}
	c := make([]string, 4)
	for i := range c {
		if loc[2*i] >= 0 {
			c[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	h, m, ok = clock(c)
	if !ok {
		return 0, 0, 0, false
	}
	if ws := strings.Fields(s[loc[1]:]); len(ws) > 0 {
		z := strings.ToLower(strings.Trim(ws[0], ".,()"))
		if off, known := zoneOffsets[z]; known {
			offset = off
			if mo := day.Month(); len(z) == 2 && mo >= time.April && mo <= time.October {
				offset += 60
			}
		}
	}
	return h, m, offset, true
}

func clock(c []string) (h, m int, ok bool) {
	h, m = atoi(c[1]), atoi(c[2])
	switch strings.ToLower(c[3]) {
	case "p":
		if h < 12 {
			h += 12
		}
	case "a":
		if h == 12 {
			h = 0
		}
	}
	return h, m, h < 24 && m < 60
}

// stripDatelineWords removes "Published", "Updated:" and similar from the
// front of a dateline, and a leading bullet.
func stripDatelineWords(line string) string {
	s := strings.TrimSpace(stripBullet(line))
	for changed := true; changed; {
		changed = false
		ls := strings.ToLower(s)
		for _, w := range datelineWords {
			if strings.HasPrefix(ls, w) && (len(ls) == len(w) || strings.ContainsRune(" :", rune(ls[len(w)]))) {
				s = strings.TrimLeft(s[len(w):], " :")
				changed = true
				break
			}
		}
	}
	return s
}
