package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/timeline/internal/participle"
	"storyline/timeline/timex"
)

// extractFacts finds the comparable facts of an event's evidence.
func extractFacts(ev []Evidence, names func(string) string) []Fact {
	return extractFactsOf(ev, names, nil)
}

// extractFactsOf is extractFacts knowing the story's people (see
// DisagreementsOf).
func extractFactsOf(ev []Evidence, names func(string) string, person func(string) bool) []Fact {
	// only sentences that may state a count, a list or a venue are
	// tokenized up front: the facts of the others come from timex alone
	need := make([]bool, len(ev))
	var texts []string
	for i, e := range ev {
		if need[i] = mayHoldFact(e.Text); need[i] {
			texts = append(texts, e.Text)
		}
	}
	tokenized := analyseAll(texts)
	as := make([]*analysis, len(ev))
	for i, e := range ev {
		if need[i] {
			as[i], tokenized = tokenized[0], tokenized[1:]
		} else {
			as[i] = &analysis{text: e.Text} // tokenized if people are learnt
		}
	}
	// the people of the evidence are learnt only when a sentence lists
	// participants (the only reader of them)
	var p *people
	learnt := func() *people {
		if p == nil {
			p = newPeople()
			p.person = person
			for _, a := range as {
				if a.toks == nil {
					a.toks = tokenize(a.text)
				}
				p.learn(a)
			}
		}
		return p
	}
	var out []Fact
	for i, e := range ev {
		out = append(out, sentenceFacts(e, as[i], learnt, names)...)
	}
	return out
}

// factWords are the words without which a sentence states no count, no
// participant list and no venue: number and scale words, list cues and
// venue heads.
var factWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{listCues, placeHeads, venueHeads, featureHeads} {
		for w := range set {
			m[w] = true
		}
	}
	for _, set := range []map[string]float64{numberWords, scaleWords, frequencyWords} {
		for w := range set {
			m[w] = w != "a" && w != "an" // "a" counts only before a scale word
		}
	}
	m["table"] = true  // "around the table were …" (participantFact)
	m["single"] = true // "a single shock" (numberAt)
	for w := range representatives {
		m[w] = true // "counsel for Doe and for Roe" (participantFact)
	}
	for _, w := range []string{"send", "sends", "sent", "nobody"} {
		m[w] = true // "Doe's side did not send anyone" (absentOrgs)
	}
	for _, w := range []string{"part", "participate", "attend", "travel", "absent", "away", "behind", "present", "there", "up"} {
		m[w] = true // "Jane Doe, the treasurer, did not take part" (staysAway)
	}
	for w := range tourVerbs {
		m[w] = true // "toured the site with Jane Doe" (companionAt)
	}
	for w := range announceVerbs {
		m[w] = true // "Jane Doe announced an inquiry" (announcerFact)
	}
	return m
}()

// factShapes has a bit set for the shape (vocabShape) of every word of
// factWords. Built once, never changed.
var factShapes = shapeTable(factWords)

// capitalAfter reports whether text[j:] is a space and a capitalised
// word, maybe after "the " ("… to the Westby yard").
func capitalAfter(text string, j int) bool {
	if j+1 >= len(text) || text[j] != ' ' {
		return false
	}
	j++
	if strings.HasPrefix(text[j:], "the ") {
		j += 4
	}
	return j < len(text) && text[j] >= 'A' && text[j] <= 'Z'
}

// mayHoldFact reports whether a sentence may state a count, a participant
// list, a venue, a town or a destination: it has a digit, a letter outside
// ASCII (whose normal form may be any word), one of factWords as a run of
// ASCII letters, or "in" or "to" before a capitalised word (maybe after
// "the "). Every such fact needs one of them in the words of its tokens.
func mayHoldFact(text string) bool {
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			return true
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			j := i + 1
			for j < len(text) && text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z' {
				j++
			}
			if isFactWordFold(text[i:j]) {
				return true
			}
			if j-i == 2 && (text[i]|0x20 == 'i' && text[i+1]|0x20 == 'n' || text[i]|0x20 == 't' && text[i+1]|0x20 == 'o') && capitalAfter(text, j) {
				return true // "was arrested in Easton": a town (townFact); "towed to the Westby yard" (destinationFact)
			}
			i = j
		case c >= utf8.RuneSelf:
			r, w := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				return true
			}
			i += w
		default:
			i++
		}
	}
	return false
}

// isFactWordFold reports whether the ASCII letters w, lower-cased, are one
// of factWords.
func isFactWordFold(w string) bool {
	var buf [16]byte
	if len(w) < 2 || len(w) > len(buf) || !inShapes(factShapes, shapeOf(w[0]|0x20, w[1]|0x20, len(w))) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	return factWords[string(buf[:len(w)])]
}

// quotedRanges returns the byte ranges of quoted text in s (facts inside
// quoted speech are claims of the speaker, not of the outlet).
func quotedRanges(s string) [][2]int {
	var out [][2]int
	for _, sp := range findSpans(s) {
		out = append(out, [2]int{sp.markStart, sp.markEnd})
	}
	return out
}

func inRanges(rs [][2]int, a, b int) bool {
	for _, r := range rs {
		if a < r[1] && b > r[0] {
			return true
		}
	}
	return false
}

func sentenceFacts(e Evidence, a *analysis, p func() *people, names func(string) string) []Fact {
	text := e.Text
	quoted := quotedRanges(text)
	var out []Fact
	mk := func(kind, slot, value, approx string, lo, hi float64, s, en int) Fact {
		return Fact{Kind: kind, Slot: slot, Value: value, Text: text[s:en], Approx: approx, Lo: lo, Hi: hi, Start: s, End: en, Evidence: e}
	}
	exprs := timex.Find(text)
	var taken [][2]int
	var local []int // clocks said to be local time
	for _, x := range exprs {
		if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
			continue
		}
		taken = append(taken, [2]int{x.Start, x.End})
		if inRanges(quoted, x.Start, x.End) {
			continue
		}
		switch x.Kind {
		case timex.KindDuration:
			if x.Vague || x.Minutes <= 0 || looseLength(x.Text) || notTheLength(text, x.Start, x.End) || priorLength(text, exprs, x) {
				continue
			}
			approx := hedgeOf(strings.ToLower(x.Text), x.Approx)
			lo, hi := intervalStep(float64(x.Minutes), approx, durationStep(x.Minutes, strings.ToLower(x.Text)))
			lo, hi = calendarMonths(lo, hi, x.Minutes, strings.ToLower(x.Text))
			slot := "duration"
			if q := durationQualifier(text, x.End); q != "" && x.Minutes >= 7*24*60 && !triggerNoun(e, q) {
				// "nine hours of debate" in a debate event is the
				// length of the event itself; a qualifier tells apart
				// sentences ("15 years in prison", "three years of
				// probation"), not "18 hours in the water"
				slot += ":" + q
			}
			out = append(out, mk(FactDuration, slot, hedgeLabel(approx)+formatMinutes(x.Minutes), approx, lo, hi, x.Start, x.End))
		case timex.KindSpan:
			// "evacuated the cabin in about 90 seconds", "spent the next
			// half hour circling": how long the act took
			// "in some 26 hours of negotiations" in a negotiation event
			// is its length, however long
			own := triggerNoun(e, durationQualifier(text, x.End))
			if x.Vague || x.Minutes <= 0 || !own && (x.Minutes > 24*60 || !spanLength(text, x.Start, x.Text)) {
				continue
			}
			approx := hedgeOf(strings.ToLower(x.Text), x.Approx)
			lo, hi := intervalStep(float64(x.Minutes), approx, durationStep(x.Minutes, strings.ToLower(x.Text)))
			from := x.Start
			if strings.HasPrefix(strings.ToLower(x.Text), "in ") {
				from += 3 // the length, without its preposition
			}
			out = append(out, mk(FactDuration, "duration", hedgeLabel(approx)+formatMinutes(x.Minutes), approx, lo, hi, from, x.End))
		case timex.KindRelative:
			// "reached the ministry at 9 a.m. and left an hour later": how
			// long the stay lasted
			if x.Mod != "later" || x.Vague || x.Minutes <= 0 {
				continue
			}
			if low := strings.ToLower(strings.TrimSpace(x.Text)); strings.HasSuffix(low, " after") && sinceItBegan(text, x.End) {
				// "lifted the order at 11:40 a.m., about nine hours after
				// it was issued": how long what was ended had lasted
				end := x.Start + len(strings.TrimSpace(x.Text)) - len(" after")
				approx := hedgeOf(strings.ToLower(text[x.Start:end]), x.Approx)
				lo, hi := intervalStep(float64(x.Minutes), approx, durationStep(x.Minutes, strings.ToLower(text[x.Start:end])))
				out = append(out, mk(FactDuration, "duration", hedgeLabel(approx)+formatMinutes(x.Minutes), approx, lo, hi, x.Start, end))
				continue
			}
			if !stayLength(text, x.Start) {
				continue
			}
			span := strings.TrimSuffix(strings.TrimSpace(x.Text), "later")
			end := x.Start + len(strings.TrimSpace(span))
			approx := hedgeOf(strings.ToLower(text[x.Start:end]), x.Approx)
			lo, hi := intervalStep(float64(x.Minutes), approx, durationStep(x.Minutes, strings.ToLower(text[x.Start:end])))
			out = append(out, mk(FactDuration, "duration", hedgeLabel(approx)+formatMinutes(x.Minutes), approx, lo, hi, x.Start, end))
		case timex.KindClock:
			if x.Clock < 0 || speechActTime(e, x.Start) || !sameClause(e, x.Start, x.End) {
				continue
			}
			approx, lo, hi := clockInterval(text, x.Start, x.Clock)
			if byTheTime(text, x.Start, e.TriggerStart) {
				// "By the time the square was cleared, just before
				// midnight, a bus had burned": the main act was done by then
				approx, lo = ApproxAtMost, float64(x.Clock)-360
			}
			v := fmt.Sprintf("%02d:%02d", x.Clock/60, x.Clock%60)
			if x.Zone != "" && x.Zone != "local" {
				v += " " + x.Zone
			}
			if x.Zone == "local" {
				local = append(local, x.Clock)
			}
			ft := mk(FactTime, rangeSlot(text, exprs, x), hedgeLabel(approx)+v, approx, lo, hi, x.Start, x.End)
			if ambiguousClock(x.Text, x.Clock) {
				ft.Items = []string{"12h"} // no a.m./p.m.: "5:07" may be 17:07
			}
			out = append(out, ft)
		case timex.KindDate:
			if x.Month == 0 || x.Day == 0 || !sameClause(e, x.Start, x.End) {
				continue
			}
			slot, v := "date:md", fmt.Sprintf("%02d-%02d", x.Month, x.Day)
			d := float64(x.Month*100 + x.Day)
			if x.Year != 0 {
				v = fmt.Sprintf("%04d-%s", x.Year, v)
			}
			out = append(out, mk(FactDate, slot, v, ApproxExact, d, d, x.Start, x.End))
		case timex.KindMonth:
			// "in October", "by the end of July", "as early as July": the
			// month of a planned event, the days it leaves open an
			// interval. Only in the trigger's clause of a sentence that
			// tells a plan ("is expected to report in October"): a month
			// told of a past happening is mostly a passing reference to
			// another time ("records for February", "the last, in June
			// 2021").
			if x.Month == 0 || x.Day != 0 || e.TriggerStart < 0 || e.TriggerEnd <= e.TriggerStart || !plannedBefore(text, x.Start) || speechActTime(e, x.Start) || !sameClause(e, x.Start, x.End) {
				continue
			}
			approx, part, lo, hi := monthInterval(text, x.Start, x.Month, x.Part)
			v := fmt.Sprintf("%02d", x.Month)
			if x.Year != 0 {
				v = fmt.Sprintf("%04d-%s", x.Year, v)
			}
			if part != "" {
				v = part + " " + v
			}
			// compared with months only: a day told by another outlet
			// is as often another happening of that month
			out = append(out, mk(FactDate, "date:month", hedgeLabel(approx)+v, approx, lo, hi, x.Start, x.End))
		}
	}
	if len(local) > 0 {
		// "Sun 06:30 — Encryption detected (2:30 a.m. local time)": a
		// clock whole hours off one the sentence calls local is that
		// moment in another zone
		out = slices.DeleteFunc(out, func(f Fact) bool {
			if f.Kind != FactTime {
				return false
			}
			c := int(f.Lo+f.Hi) / 2
			for _, l := range local {
				if d := c - l; d != 0 && d%60 == 0 {
					return true
				}
			}
			return false
		})
	}
	for _, f := range countFacts(e, a.toks, taken, quoted) {
		// a sentence reporting two happenings gives each its own figures
		// ("… by 52 votes to 40, after a debate that lasted six hours")
		if !otherHappening(e, f.Start, f.End) {
			out = append(out, f)
		}
	}
	if f, ok := participantFact(e, a, p, names, quoted); ok {
		out = append(out, f)
	}
	if f, ok := announcerFact(e, a, p, names, quoted); ok {
		out = append(out, f)
	}
	out = append(out, placeFacts(e, a.toks, quoted)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// hedgeOf refines timex's approximation of a duration from its words.
func hedgeOf(low, approx string) string {
	ws := words(low)
	for _, h := range hedgePhrases {
		if len(ws) >= len(h.Words) && equalWords(ws[:len(h.Words)], h.Words) {
			return h.Approx
		}
	}
	if strings.HasSuffix(low, "or so") || strings.HasSuffix(low, "-odd") {
		return ApproxAbout
	}
	if strings.Contains(low, "-plus") || strings.HasSuffix(low, "+") {
		return ApproxAtLeast
	}
	switch approx {
	case ApproxAbout, ApproxUnder, ApproxOver, ApproxExact:
		if approx == ApproxOver {
			return ApproxAtLeast
		}
		return approx
	}
	return ApproxExact
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// intervalStep is the range a hedged value stands for (see the package
// doc), for a value written to a precision of step
// (the place of its last non-zero digit in the unit it was written in:
// 1 for "18", 1,000 for "8,000", 60 minutes for "18 hours"; 0 = unknown).
// "about" a precisely written value is narrower than about a round one:
// ±max(step/2, 5 %), never wider than ±15 % — "about 18 hours" is not
// "17 hours", "about 40 people" is "41 people", "about three hours"
// stays ±15 %.
func intervalStep(x float64, approx string, step float64) (float64, float64) {
	switch approx {
	case ApproxAbout:
		w := 0.15 * x
		if step > 0 {
			w = math.Min(w, math.Max(step/2, 0.05*x))
		}
		return x - w, x + w
	case ApproxUnder:
		// closed at x: "nearly three hours" agrees with a loose "three hours"
		return 0.8 * x, x
	case ApproxAtMost:
		return 0, x
	case ApproxOver:
		return x, 1.25 * x
	case ApproxAtLeast:
		return x, math.MaxFloat64 // open ended; finite so that JSON can hold it
	}
	return x, x
}

// numberStep is the place of the last non-zero digit of a whole number
// (1 for 18, 10 for 40, 1,000 for 8,000); 0 for fractions and zero.
func numberStep(v float64) float64 {
	if v <= 0 || v != math.Trunc(v) || v > 1e15 {
		return 0
	}
	step := 1.0
	for math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return step
}

// calendarMonths widens the interval lo..hi of a length of m minutes
// written in months (low) to the months' real lengths, 28 to 31 days each
// ("for a month" and "for 30 days" agree); other lengths pass through.
func calendarMonths(lo, hi float64, m int, low string) (float64, float64) {
	if !strings.Contains(low, "month") {
		return lo, hi
	}
	months := float64(m) / (365.0 / 12 * 24 * 60)
	return math.Min(lo, months*28*24*60), math.Max(hi, months*31*24*60)
}

// durationStep is the precision, in minutes, of a duration of m minutes
// written as low ("about 18 hours": 60; "about 40 minutes": 10).
func durationStep(m int, low string) float64 {
	if strings.Contains(low, " to ") || strings.Contains(low, "between") || strings.ContainsAny(low, "–-") && strings.ContainsAny(low, "0123456789") {
		// "12 to 24 months", "two-to-three hours": a range keeps its width
		return 0
	}
	unit := 1
	switch {
	case strings.Contains(low, "year"):
		unit = 365 * 24 * 60
	case strings.Contains(low, "month"):
		unit = 30 * 24 * 60
	case strings.Contains(low, "week"):
		unit = 7 * 24 * 60
	case strings.Contains(low, "day"):
		unit = 24 * 60
	case strings.Contains(low, "hour"):
		unit = 60
	}
	if m%unit != 0 {
		// "two and a half hours", "half an hour": a half unit
		return float64(unit) / 2
	}
	return numberStep(float64(m/unit)) * float64(unit)
}

func hedgeLabel(approx string) string {
	switch approx {
	case ApproxAbout:
		return "about "
	case ApproxUnder:
		return "under "
	case ApproxAtMost:
		return "at most "
	case ApproxOver:
		return "over "
	case ApproxAtLeast:
		return "at least "
	}
	return ""
}

func formatMinutes(m int) string {
	return fmt.Sprintf("%d min", m)
}

// durationQualifier is the noun a duration is "in"/"of"/"behind" ("15
// years in prison", "three years of probation", "two years behind bars").
func durationQualifier(text string, end int) string {
	ws := tokenize(text[end:])
	if len(ws) < 2 || !ws[0].Word {
		return ""
	}
	switch ws[0].Norm {
	case "in", "of", "behind", "on":
	default:
		return ""
	}
	for _, t := range ws[1:min(3, len(ws))] {
		if !t.Word {
			return ""
		}
		w := t.Norm
		if w == "the" || w == "a" || w == "federal" || w == "state" {
			continue
		}
		if isCap(t.Text) || stopWords[w] || w == "total" || len(w) < 3 {
			return ""
		}
		return singular(w)
	}
	return ""
}

// sameClause reports whether the span [s, e) of an evidence sentence is in
// the clause of the event's trigger: no clause break (";", ", and", a
// subordinating word such as "after", "as", "when") lies between them, and
// the trigger is not a second predicate joined by "and"/"then"/"but" after
// the span ("sent a mayday at 1:26 a.m. and hit the bridge"). A
// sentence without a trigger span keeps everything. Times and dates of
// other happenings told in the same sentence ("… six minutes after it took
// off at 5:07 p.m.") are thereby left out.
func sameClause(ev Evidence, s, e int) bool {
	ts, te := ev.TriggerStart, ev.TriggerEnd
	if ts < 0 || te <= ts || te > len(ev.Text) {
		return true
	}
	a, b := te, s
	if e <= ts {
		a, b = e, ts
	}
	if a >= b {
		return true
	}
	toks := tokenize(ev.Text[a:b])
	if e <= ts {
		if consequenceParticiple(toks) {
			// "gas escaped just after 2 a.m., forcing hundreds from
			// their homes": the time is the main verb's, the trigger
			// tells what followed from it
			return false
		}
		// "sent a mayday at 1:26 a.m. and hit the bridge two minutes
		// later": the trigger is a second predicate, the time is the
		// first one's
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].Word {
				if w := toks[i].Norm; w == "and" || w == "then" || w == "but" {
					return false
				}
				break
			}
		}
	} else if otherActParticiple(toks) {
		// "The debate, granted by the Speaker on Tuesday evening, began
		// at 2:30 p.m.": a participle set off after the trigger tells
		// another act done to it, at its own time
		return false
	} else if hasComma(toks) && inRelativeClause(ev.Text[:ts]) {
		// "Kessel, who testified on Monday, is due to be sentenced in
		// April": the relative clause of the trigger has closed before
		// the time
		return false
	}
	for i, t := range toks {
		if t.Text == ";" {
			return false
		}
		if !t.Word {
			continue
		}
		w := t.Norm
		if subordinators[w] && w != "where" {
			if b == s && i == len(toks)-1 {
				// "started shortly after 1:15 p.m.": a preposition of
				// the time, not a new clause
				continue
			}
			if w == "as" && i+1 < len(toks) && asDegreeWords[toks[i+1].Norm] {
				// "as early as June": a degree, not a clause
				continue
			}
			if a == e && i > 0 && hasComma(toks[:i]) && hasComma(toks[i+1:]) && frontedTime(ev.Text[:s]) {
				// "At 10:15 p.m., after nearly three days underground,
				// the man climbed out": a time opening the sentence
				// belongs to its main clause; a phrase set off by
				// commas between them does not take it
				continue
			}
			if w == "when" && a == e && timeAdjunct(toks[:i]) {
				// "began at about 8:40 a.m., when the network stopped":
				// a "when" right after the time is its relative clause,
				// which happens at that time
				continue
			}
			return false
		}
		if (w == "and" || w == "but" || w == "so") && i > 0 && toks[i-1].Text == "," {
			// "…, so she will be free to race from 5 September": a
			// consequence is a clause of its own
			return false
		}
		if a == e && relativePronouns[w] && !hasComma(toks[i+1:]) {
			// "03:05 — The next man up is the miner who was hurt in the
			// collapse": the trigger is inside a relative clause the
			// time is not part of (a clause set off by commas has
			// closed before the trigger: "At 2 a.m. the roof, which
			// was old, fell in")
			return false
		}
	}
	return true
}

// consequenceParticiple reports whether the words from a span to a later
// trigger hold a comma and a present participle that opens a clause of
// consequence (", forcing", ", sending"); participles that work as
// prepositions (", following", ", including") open none.
func consequenceParticiple(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Text != "," || !toks[i+1].Word {
			continue
		}
		if participle.Consequence(toks[i+1].Norm) {
			return true
		}
	}
	return false
}

// otherActParticiple reports whether the words from a trigger to a time
// open with a comma and a past participle that tells another act ("…,
// granted by the Speaker on Tuesday"), the time not introduced by "for"
// ("…, scheduled for Tuesday" is the event's own day). Participles that
// realise the event itself ("…, held on Friday") are not another act.
func otherActParticiple(toks []token) bool {
	if len(toks) < 3 || toks[0].Text != "," || !toks[1].Word {
		return false
	}
	w := toks[1].Norm
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "eed") || participle.Realising(w) {
		return false
	}
	name := false // inside a name set off by commas ("by the Speaker, Jane Doe, on …")
	last := ""
	for i := 2; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Text == "," && name:
			name = false
		case t.Text == "," && i+1 < len(toks) && toks[i+1].Word && isCap(toks[i+1].Text):
			name = true
		case t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "—" || t.Text == "(":
			return false // the phrase has closed ("…, granted on Monday, began on Tuesday")
		case t.Word:
			last = t.Norm
		}
	}
	return last != "for"
}

// frontedTime reports whether the text before a time is only the start
// of its sentence and a preposition or two ("At", "Shortly before"): the
// time opens the sentence.
func frontedTime(before string) bool {
	toks := tokenize(before)
	if len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if !t.Word || !frontedTimeWords[t.Norm] {
			return false
		}
	}
	return true
}

// inRelativeClause reports whether a trigger preceded by text stands in
// a relative clause: a relative pronoun among the last six words before
// it, with no comma or other clause break between them. It scans back
// over the bytes without allocating.
func inRelativeClause(before string) bool {
	i, n := len(before), 0
	for i > 0 && n < 6 {
		c := before[i-1]
		switch {
		case c == ',' || c == ';' || c == ':':
			return false
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			j := i
			for i > 0 && before[i-1]|0x20 >= 'a' && before[i-1]|0x20 <= 'z' {
				i--
			}
			w := before[i:j]
			if len(w) >= 3 && len(w) <= 5 && (w[0]|0x20) == 'w' && relativePronouns[strings.ToLower(w)] {
				return true
			}
			n++
		default:
			i--
		}
	}
	return false
}

func hasComma(toks []token) bool {
	for _, t := range toks {
		if t.Text == "," {
			return true
		}
	}
	return false
}

// clockInterval: "about 5 p.m." ±15 min; "shortly before 5 p.m." [x-30,
// x]; "before"/"by"/"until" [x-360, x]; "shortly after" [x, x+30];
// "after"/"past" [x, x+360].
func clockInterval(text string, start, clock int) (string, float64, float64) {
	x := float64(clock)
	prev := tokenize(text[:start])
	var ws []string
	for i := len(prev) - 1; i >= 0 && len(ws) < 2; i-- {
		if prev[i].Word {
			ws = append([]string{prev[i].Norm}, ws...)
		}
	}
	if xw := words(text[start:]); len(xw) > 0 {
		switch xw[0] {
		case "about", "around", "approximately", "roughly", "circa", "before", "until", "by", "after", "past", "since":
			ws = append(ws, xw[0])
			if len(xw) > 1 && (xw[1] == "before" || xw[1] == "after") {
				ws = append(ws, xw[1])
			}
		}
	}
	if len(ws) == 0 && stampedAgo(text, start) {
		// "**7:55 p.m.** Our crew saw officers go in moments ago", "**16:53**
		// The ambulance has just left": the entry's stamp, a little after the act
		return ApproxUnder, x - 30, x
	}
	if len(ws) == 0 && stampedPerfect(text, start) {
		// "**17:06** The match has been abandoned": posted as it was done,
		// a minute or two after the act (three minutes apart is another time)
		return ApproxUnder, x - 2, x
	}
	last, shortly := "", false
	if n := len(ws); n > 0 {
		last = ws[n-1]
		if n > 1 {
			switch ws[n-2] {
			case "shortly", "just", "soon", "right", "immediately", "moments", "minutes":
				shortly = true
			}
		}
	}
	switch last {
	case "about", "around", "approximately", "roughly", "circa":
		return ApproxAbout, x - 15, x + 15
	case "before", "until", "by":
		if shortly {
			return ApproxUnder, x - 30, x
		}
		return ApproxAtMost, x - 360, x
	case "after", "past", "since":
		if shortly {
			return ApproxOver, x, x + 30
		}
		return ApproxAtLeast, x, x + 360
	}
	return ApproxExact, x, x
}

// byTheTime reports whether the clock at start lies in a sentence-opening
// "By the time …" clause and the trigger at trig comes after a comma that
// follows the clock: the clock bounds the main act from above.
func byTheTime(text string, start, trig int) bool {
	const opener = "by the time "
	lead := strings.TrimLeft(text, " \"'“‘")
	return len(lead) >= len(opener) && strings.EqualFold(lead[:len(opener)], opener) &&
		start < trig && trig <= len(text) && strings.Contains(text[start:trig], ",")
}

// stampedAgo reports whether the clock time at start opens its sentence
// (a live entry's stamp: only punctuation before it) and the sentence says
// the act was moments or minutes before it ("moments ago", "minutes ago",
// "has just left").
func stampedAgo(text string, start int) bool {
	for _, t := range tokenize(text[:start]) {
		if t.Word {
			return false
		}
	}
	ws := words(text[start:])
	for i := 1; i < len(ws); i++ {
		if ws[i] == "ago" || ws[i] == "earlier" {
			switch ws[i-1] {
			case "moments", "minutes", "moment", "time":
				return true
			}
		}
	}
	perfect, just := presentPerfect(ws)
	return perfect && just
}

// stampedPerfect reports whether the clock time at start opens its sentence
// (a live entry's stamp) and the sentence tells its act in the present
// perfect without "just" ("the match has been abandoned"): the entry was
// posted as the act was done, a minute or two after it.
func stampedPerfect(text string, start int) bool {
	for _, t := range tokenize(text[:start]) {
		if t.Word {
			return false
		}
	}
	perfect, just := presentPerfect(words(text[start:]))
	return perfect && !just
}

// presentPerfect reports whether the words tell an act in the present
// perfect ("have issued a statement", "the match has been abandoned"), and
// whether "just" says it was done moments before the telling ("has just
// left").
func presentPerfect(ws []string) (perfect, just bool) {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "has" && ws[i] != "have" {
			continue
		}
		j := i + 1
		just := false
		for j < len(ws) && perfectAdverbs[ws[j]] {
			just = just || ws[j] == "just"
			j++
		}
		if j < len(ws) && (ws[j] == "been" || strings.HasSuffix(ws[j], "ed") || irregularParticiples[ws[j]]) {
			return true, just
		}
	}
	return false, false
}

// perfectAdverbs stand between "has" and its participle ("has just left").
var perfectAdverbs = toSet(`just now already finally officially also`)

// irregularParticiples are past participles not ending in -ed.
var irregularParticiples = toSet(`left gone come taken made said told begun begun given won lost run brought
sent put set struck hit shut found held met spoken written broken fallen risen seen known shown caught`)

// bareSubject reports whether a number written in words opens a clause
// as the subject of a passive verb, with no noun of its own ("and two were
// taken to hospital", "Two have been taken to …").
func bareSubject(toks []token, n number) bool {
	if !n.Words || n.Next >= len(toks) {
		return false
	}
	if n.First > 0 {
		switch p := toks[n.First-1]; {
		case p.Norm == "and" || p.Norm == "but" || p.Text == ";":
		default:
			return false
		}
	}
	k := n.Next
	switch toks[k].Norm {
	case "was", "were", "are", "is":
		k++
	case "have", "has", "had":
		if k+1 >= len(toks) || toks[k+1].Norm != "been" {
			return false
		}
		k += 2
	default:
		return false
	}
	if k < len(toks) && toks[k].Norm == "now" {
		k++
	}
	return k < len(toks) && toks[k].Word && (strings.HasSuffix(toks[k].Norm, "ed") || strings.HasSuffix(toks[k].Norm, "en") || toks[k].Norm == "kept" || toks[k].Norm == "hurt")
}

// countFacts finds numbers with their unit noun ("171 passengers", "at
// least seven regions", "61 of 85 drones", "16,000 feet").
func countFacts(e Evidence, toks []token, taken, quoted [][2]int) []Fact {
	text := e.Text
	var out []Fact
	for i := 0; i < len(toks); i++ {
		n, ok := numberAt(toks, i)
		freq := false
		if w := toks[i].Norm; !ok && len(w) >= 5 && w[0] == 't' && toks[i].Word {
			// "twice": a number of occasions in one word
			if v, isFreq := frequencyWords[w]; isFreq && !multiplier(toks, i+1) {
				n, ok, freq = number{Value: v, First: i, Next: i + 1, Words: true}, true, true
			}
		}
		if !ok {
			continue
		}
		s, en := toks[n.First].Start(), toks[n.Next-1].End()
		i = n.Next - 1
		if inRanges(taken, s, en) || inRanges(quoted, s, en) {
			continue
		}
		if skipNumber(toks, n) {
			continue
		}
		// "61 of 85 drones": a part and a total
		part := ""
		var total number
		if n.Next+1 < len(toks) && toks[n.Next].Norm == "of" {
			k := n.Next + 1
			for steps := 0; steps < 3 && k+1 < len(toks) && (totalDeterminers[toks[k].Norm] || possessiveNorm(toks[k])); steps++ {
				k++ // "five of its 12 engines", "three of the council's nine members"
			}
			if t2, ok := numberAt(toks, k); ok && t2.UnitSuffix == "" {
				part, total = "part", t2
			}
		}
		after := n
		if part != "" {
			after = total
		}
		var unit string
		var mods []string
		var uEnd int
		if freq {
			unit, uEnd = "occasions", en
		} else if cur := currencyBefore(toks, n.First); cur != "" && part == "" {
			// "$4.5 million", "€300,000": an amount of money
			unit, uEnd = "money:"+cur, en
			s = toks[n.First-1].Start()
		} else {
			unit, mods, uEnd = unitNoun(toks, after)
			if n.First > 0 && readingScales[toks[n.First-1].Norm] && part == "" {
				// "a magnitude 5.9 earthquake": a reading on a scale
				unit, mods, uEnd = toks[n.First-1].Norm, nil, en
				s = toks[n.First-1].Start()
			}
			if cur := currencyWord(toks, unit, n); cur != "" && part == "" {
				// "2.2 billion pounds", "300 euros"
				unit, mods = "money:"+cur, nil
			}
		}
		if unit == "" && bareSubject(toks, n) && contextVerb(toks, n.First, n.Next) != "" {
			// "and two were taken to hospital", "Two have been taken to
			// …": a number standing for people, subject of the act
			unit, uEnd = "people", en
		}
		if unit == "" {
			if m, ok := tallyAfter(toks, n.Next); ok && n.First >= 2 && toks[n.First-1].Norm == "of" && voteNouns[toks[n.First-2].Norm] {
				// "by a vote of 214 to 187": the votes for and against
				out = append(out, tallyFacts(e, toks, n, m, "vote")...)
				i = m.Next - 1
			}
			continue
		}
		if occasionCount(toks, n, unit, uEnd) {
			// "three times", "on two separate occasions", "on three
			// previous flights": how often something happened
			unit, mods = "occasions", nil
		} else if unit == "times" {
			continue // "three times as many", "three times the size"
		}
		kind := FactCount
		if measureUnits[unit] || measureUnits[singular(unit)] {
			kind = FactNumber
		}
		unitS := singular(unit)
		if u, ok := unitSpellings[unitS]; ok && kind == FactNumber {
			unitS = u
		}
		if strings.HasPrefix(unit, "money:") {
			unitS, kind = unit, FactNumber
		}
		if unitS == "per" || unitS == "percent" || unit == "%" {
			// "50% tariff", "40 percent of voters": the share of what
			unitS = "percent"
			kind = FactNumber
			if q := percentOf(toks, text, uEnd); q != "" {
				unitS += ":" + q
			}
		}
		if strings.HasPrefix(unit, "money:") {
			// what the amount is: "break fee of £25m", "a £20m break fee",
			// "valuing the firm at £2.1bn"
			if q := moneyClass(toks, n.First-1, n.Next, uEnd); q != "" {
				unitS += ":" + q
			}
		}
		if unitS == "percent" || strings.HasPrefix(unitS, "percent:") {
			// "shares jumped 24%", "up 22%", "holds 12% of": the change
			// or the stake the share measures
			if q := percentClass(toks, n.First, unitS); q != "" {
				unitS = "percent:" + q
			} else if q := moveAfter(toks, uEnd); q != "" {
				unitS = "percent:" + q // "closed 2 per cent higher"
			}
		}
		if uEnd > en {
			en = uEnd
		}
		hedgeAt := n.First
		if strings.HasPrefix(unit, "money:") {
			hedgeAt-- // "about $40,000"
		}
		approx, hs := hedgeBefore(toks, hedgeAt)
		if hs >= 0 {
			s = hs
		}
		slot := unitS
		v := contextVerb(toks, n.First, after.Next)
		if v == "affected" && !customerNouns[unitS] {
			// "affected" counts only the parties a failure hits
			v = ""
		}
		if v == "hospitalized" && otherPredicate(e, s, en) {
			// "forced the evacuation of 300 homes and sent 31 people to
			// hospital": the count of another act joined to the event's
			continue
		}
		if strings.HasPrefix(unit, "money:") && demandedOther(e, toks, n) {
			// "claimed the attack and demanded $4.2 million": the sum of
			// the demand told beside the event, not the event's own
			continue
		}
		if kind == FactCount && personNouns[unitS] && permittedOther(e, toks, n, uEnd) {
			// "allowed two customers to leave, then held the five left
			// inside": the count of those let go, not of the event
			continue
		}
		if v != "" && kind == FactCount {
			if personNouns[unitS] {
				// "seven passengers were treated" = "three people were treated"
				slot = "people"
			}
			if v == "affected" {
				// "2,140 customers were affected" = "about 600
				// businesses were affected": the parties an outage
				// or a breach hits, whatever they are called
				slot = "customers"
			}
			slot += ":" + v
		} else if genericPeople[unitS] {
			// "6,000 residents" = "8,000 people"
			slot = "people"
		}
		if kind == FactCount && !personNouns[unitS] {
			// "two counts of misconduct" is not "one count of bribery";
			// "six members of a road crew" are people all the same
			if q := ofQualifier(toks, uEnd); q != "" {
				slot += ":of-" + q
			}
		}
		if amongBefore(toks, n.First) || v != "" && kind == FactCount && personNouns[unitS] && conjoinedCount(toks, n, uEnd) ||
			kind == FactCount && personNouns[unitS] && breakdownAfterColon(toks, n) {
			// "more than 50 died, among them 12 children", "killed 12
			// children and two teachers": parts of a toll
			mods = append(mods, "+part")
		}
		if shiftOf(toks, n, after.Next) {
			mods = append(mods, "+shift")
		}
		if unitS == "percent:rise" || unitS == "percent:fall" {
			// "up 3% in the first hour of trading" and "closed up
			// 5.2%" measure one day's move at two moments
			if m := moveMoment(toks, n.First, after.Next); m != "" {
				mods = append(mods, "+"+m)
			}
		}
		if len(mods) > 0 {
			slot += "[" + strings.Join(mods, " ") + "]"
		}
		running := runningFigure(toks, n.First, unit != "occasions") || stillAfter(toks, after.Next) || asOfAfter(toks, after.Next)
		if running && strings.HasPrefix(slot, "money:") && strings.Count(slot, ":") >= 2 && !accruedBefore(toks, n.First) {
			// "has promised $2 million to a relief fund", "has agreed to pay a
			// £20m break fee": a sum with what it is for is fixed
			// unless the verb sums up over time ("has raised $2
			// million so far" is caught by growth words)
			running = stillAfter(toks, after.Next)
		}
		if running && (unitS == "percent:rise" || unitS == "percent:fall") && !(n.First > 0 && toks[n.First-1].Norm == "to") {
			// "had jumped 24%" states the size of one move, not a level
			// that keeps changing ("had risen to 24%")
			running = false
		}
		if part != "" {
			lo, hi := intervalStep(n.Value, approx, numberStep(n.Value))
			out = append(out, Fact{Kind: kind, Slot: slot + ":part", Value: hedgeLabel(approx) + formatNum(n.Value) + " of " + formatNum(total.Value), Text: text[s:en], Approx: approx, Lo: lo, Hi: hi, Running: running, Start: s, End: en, Evidence: e})
			lo, hi = total.Value, total.Value
			out = append(out, Fact{Kind: kind, Slot: slot + ":total", Value: formatNum(total.Value), Text: text[s:en], Approx: ApproxExact, Lo: lo, Hi: hi, Running: running, Start: s, End: en, Evidence: e})
			i = total.Next - 1
			continue
		}
		if voteNouns[unitS] && approx == ApproxExact {
			// "by 214 votes to 187": the votes for and against
			k := after.Next
			for k < len(toks) && toks[k].Start() < uEnd {
				k++
			}
			if m, ok := tallyAfter(toks, k); ok {
				out = append(out, tallyFacts(e, toks, n, m, slot)...)
				i = m.Next - 1
				continue
			}
		}
		lo, hi := intervalStep(n.Value, approx, numberStep(n.Value))
		out = append(out, Fact{Kind: kind, Slot: slot, Value: hedgeLabel(approx) + formatNum(n.Value), Text: text[s:en], Approx: approx, Lo: lo, Hi: hi, Running: running, Start: s, End: en, Evidence: e})
	}
	return out
}

// demandVerbs ask for a sum named right after them ("demanded $4.2
// million", "is seeking £2m").
var demandVerbs = map[string]bool{"demanded": true, "demanding": true, "demands": true, "demand": true,
	"sought": true, "seeking": true, "seeks": true, "asked": true, "asking": true, "asks": true}

// demandedOther reports whether the amount of money at n (its currency
// sign or word just before n.First) is the object of a verb of demanding
// that is not the event's trigger: "claimed responsibility and demanded
// $4.2 million" tells the claim and a demand, and the sum is the demand's.
func demandedOther(ev Evidence, toks []token, n number) bool {
	k := n.First - 1
	if k >= 0 && !toks[k].Word {
		k-- // the sign: "$"
	}
	for k >= 0 && toks[k].Word && hedgeWord(toks[k].Norm) {
		k--
	}
	if k < 0 || !toks[k].Word || !demandVerbs[toks[k].Norm] {
		return false
	}
	return ev.TriggerStart >= 0 && ev.TriggerEnd > ev.TriggerStart && (toks[k].End() <= ev.TriggerStart || toks[k].Start() >= ev.TriggerEnd)
}

// permitVerbs are verbs whose object, then "to" and a verb, names people
// let or made to do another act ("allowed two customers to leave").
var permitVerbs = map[string]bool{"allowed": true, "allow": true, "allows": true, "allowing": true, "let": true, "lets": true,
	"letting": true, "permitted": true, "told": true, "ordered": true, "asked": true, "forced": true}

// permittedOther reports whether the count at n (its noun ending at byte
// uEnd) is the object of a verb of permission or command and the subject
// of the act it names ("allowed two customers to leave", "let three
// children go"), and the event's trigger lies outside that act: the people
// of another act than the event's.
func permittedOther(ev Evidence, toks []token, n number, uEnd int) bool {
	k := n.First - 1
	for k >= 0 && toks[k].Word && (toks[k].Norm == "the" || toks[k].Norm == "his" || toks[k].Norm == "her" || toks[k].Norm == "their") {
		k--
	}
	if k < 0 || !permitVerbs[toks[k].Norm] {
		return false
	}
	j := indexAt(toks, uEnd)
	if j >= len(toks) || !toks[j].Word {
		return false
	}
	if toks[j].Norm == "to" {
		j++
	}
	if j >= len(toks) || !toks[j].Word {
		return false
	}
	a, b := toks[k].Start(), toks[j].End()
	return ev.TriggerStart < 0 || ev.TriggerEnd <= a || ev.TriggerStart >= b
}

// breakdownAfterColon reports whether the count at n stands in a list after
// a colon that follows another count of people in its sentence ("five
// people are being held: four members of staff and one customer"): a part
// of that total, not a figure to compare on its own.
func breakdownAfterColon(toks []token, n number) bool {
	colon := -1
	for k := n.First - 1; k >= 0 && k >= n.First-12; k-- {
		if toks[k].Word {
			continue
		}
		if toks[k].Text == ":" {
			colon = k
			break
		}
		if toks[k].Text != "," {
			return false
		}
	}
	if colon < 2 {
		return false
	}
	for k := colon - 1; k >= 0 && k >= colon-12; k-- {
		if !toks[k].Word && toks[k].Text != "," {
			break
		}
		if m, ok := numberAt(toks, k); ok && m.Next < colon && m.Next < len(toks) && personNouns[singular(toks[m.Next].Norm)] {
			return true
		}
	}
	return false
}

// otherPredicate reports whether the event's trigger and the span s:e are
// two predicates joined by "and" and the trigger is not itself of harm or
// of care ("forcing hundreds from their homes and sending 27 people to
// hospital"; not "injured and sent 27 people to hospital").
func otherPredicate(ev Evidence, s, e int) bool {
	ts, te := ev.TriggerStart, ev.TriggerEnd
	if ts < 0 || te <= ts || te > len(ev.Text) || s < te && e > ts {
		return false
	}
	trig := strings.ToLower(ev.Text[ts:te])
	for _, w := range harmCareStems {
		if strings.Contains(trig, w) {
			return false
		}
	}
	a, b := te, s
	if e <= ts {
		a, b = e, ts
	}
	for _, t := range tokenize(ev.Text[a:b]) {
		if t.Word && t.Norm == "and" {
			return true
		}
	}
	return false
}

// tallyAfter returns the number of votes against told at toks[k]: "to
// 187", "against 187" (a number with no unit of its own, or "votes").
func tallyAfter(toks []token, k int) (number, bool) {
	if k+1 >= len(toks) || toks[k].Norm != "to" && toks[k].Norm != "against" {
		return number{}, false
	}
	m, ok := numberAt(toks, k+1)
	if !ok || m.UnitSuffix != "" {
		return number{}, false
	}
	if m.Next < len(toks) && toks[m.Next].Word && !voteNouns[singular(toks[m.Next].Norm)] && !clauseWords[toks[m.Next].Norm] {
		return number{}, false // "from 214 votes to 187 seats": another unit
	}
	return m, true
}

// tallyFacts gives a vote's tally as two counts: the votes for (slot) and
// the votes against (slot:against), each exact.
func tallyFacts(e Evidence, toks []token, n, m number, slot string) []Fact {
	s, en := toks[n.First].Start(), toks[m.Next-1].End()
	text := e.Text[s:en]
	return []Fact{
		{Kind: FactCount, Slot: slot, Value: formatNum(n.Value), Text: text, Approx: ApproxExact, Lo: n.Value, Hi: n.Value, Start: s, End: en, Evidence: e},
		{Kind: FactCount, Slot: slot + ":against", Value: formatNum(m.Value), Text: text, Approx: ApproxExact, Lo: m.Value, Hi: m.Value, Start: s, End: en, Evidence: e},
	}
}

// shiftOf reports whether the number at n counts a change rather than a
// level: a hyphenated unit before a shift noun ("a 57-seat swing") or a
// shift noun with "of" before it ("a swing of 57 seats").
func shiftOf(toks []token, n number, next int) bool {
	if n.UnitSuffix != "" && next < len(toks) && toks[next].Word && shiftNouns[toks[next].Norm] {
		return true
	}
	k := n.First - 1
	if k > 0 && (toks[k].Norm == "a" || toks[k].Norm == "an" || toks[k].Norm == "some") {
		k-- // "a fall of some 40 jobs"
	}
	return k > 0 && toks[k].Norm == "of" && toks[k-1].Word && shiftNouns[toks[k-1].Norm]
}

// growthWords mark a figure as a running total.
var growthWords = toSet(`grown grew grow rose risen rise climbed climb reached
reach increased increase jumped swelled mounted topped surpassed exceeded
now already far total tally toll`)

// runningFigure reports whether the number at toks[i] is a running total:
// a growth word, or a perfect tense ("has burned", "had cancelled"), or
// "by <day>"/"as of" in the words of its clause before it.
// With tense false a perfect tense does not count ("had shown a warning
// on three previous flights" is a closed number of occasions).
// accrualVerbs sum money up over time: "has raised", "has spent".
var accrualVerbs = toSet(`raised collected spent lost earned accumulated amassed paid donated received`)

// accruedBefore reports whether an accrual verb stands among the three
// words before toks[i] ("has so far raised $2 million").
func accruedBefore(toks []token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 3; k-- {
		if !toks[k].Word {
			continue
		}
		if accrualVerbs[toks[k].Norm] {
			return true
		}
		n++
	}
	return false
}

func runningFigure(toks []token, i int, tense bool) bool {
	n := 0
	for k := i - 1; k >= 0 && n < 6; k-- {
		t := toks[k]
		if !t.Word {
			if t.Text == "," || t.Text == ";" {
				// "By Wednesday, the fire had burned …", "As of Monday,
				// …": look one clause back (not "in the early hours of
				// Tuesday, trapping 11 men")
				if k > 1 && toks[k-2].Word && (toks[k-2].Norm == "by" || toks[k-2].Norm == "of" && k > 2 && toks[k-3].Norm == "as") {
					return true
				}
				// "the toll has risen to 41, with 300 people injured":
				// a figure added to a running one runs too
				if t.Text == "," && k+1 < i && toks[k+1].Norm == "with" && numberInClause(toks, k) {
					return runningFigure(toks, k, tense)
				}
				return false
			}
			continue
		}
		w := t.Norm
		if growthWords[w] && !(k+1 < i && (toks[k+1].Norm == "through" || toks[k+1].Norm == "past")) {
			// (not "climbed through 2,500 feet": a level passed at a moment)
			return true
		}
		if tense && (w == "has" || w == "have" || w == "had") && k+1 < i && toks[k+1].Word {
			nx := toks[k+1].Norm
			if nx != "been" && (strings.HasSuffix(nx, "ed") || strings.HasSuffix(nx, "en") || strings.HasSuffix(nx, "wn")) {
				return true
			}
		}
		n++
	}
	return false
}

// amongBefore reports whether "among them", "among whom", "of whom" or
// "including" stands right before the number at toks[i]: a part of a
// larger count.
func amongBefore(toks []token, i int) bool {
	switch {
	case i >= 2 && toks[i-1].Word && (toks[i-1].Norm == "them" || toks[i-1].Norm == "whom") && (toks[i-2].Norm == "among" || toks[i-2].Norm == "of"):
		return true
	case i >= 1 && toks[i-1].Norm == "including":
		return true
	}
	return false
}

// conjoinedCount reports whether the count of people at n (its noun ending
// at byte offset uEnd) is joined by "and" to another count of people: "killed 12
// children and two teachers" tells parts of a toll, not the toll.
func conjoinedCount(toks []token, n number, uEnd int) bool {
	people := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Word && personNouns[singular(toks[k].Norm)]
	}
	// "12 children and two teachers": another number of people follows
	if k := indexAt(toks, uEnd); k+1 < len(toks) && toks[k].Norm == "and" {
		if n2, ok := numberAt(toks, k+1); ok && people(n2.Next) {
			return true
		}
	}
	// "… and two teachers": "<number> <people> and" right before
	k := n.First - 1
	if k < 2 || toks[k].Norm != "and" || !people(k-1) {
		return false
	}
	n0, ok := numberAt(toks, k-2)
	return ok && n0.Next == k-1
}

// numberInClause reports whether a number stands in the clause that ends
// at toks[end] ("the toll has risen to 41, with …").
func numberInClause(toks []token, end int) bool {
	for k := end - 1; k >= 0; k-- {
		if !toks[k].Word && strings.ContainsAny(toks[k].Text, ",;:—–()") {
			return false
		}
		if _, ok := numberAt(toks, k); ok {
			return true
		}
	}
	return false
}

// asOfAfter reports whether "as of" follows a count within its clause
// ("52 people were confirmed dead as of midnight"): a figure of a moment.
func asOfAfter(toks []token, next int) bool {
	for k := next; k+1 < len(toks) && k < next+12; k++ {
		if !toks[k].Word {
			return false
		}
		if toks[k].Norm == "as" && toks[k+1].Norm == "of" {
			return true
		}
	}
	return false
}

// stillWords after a count mark a figure that stands until further notice
// ("four workers remain missing", "seven are still unaccounted for").
var stillWords = toSet(`remain remains remained still yet now`)

// stillAfter reports whether a still-word follows a count within three
// words of its clause.
func stillAfter(toks []token, next int) bool {
	for k, d := next, 0; k < len(toks) && d < 4; k, d = k+1, d+1 {
		if !toks[k].Word {
			return false
		}
		if stillWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

// skipNumber drops years, ordinals, identifiers ("Flight 1282", "Air
// Force One") and numbers glued to letters.
func skipNumber(toks []token, n number) bool {
	w := toks[n.First].Text
	if !n.Words {
		if strings.ContainsAny(w[len(w)-1:], "0123456789") && len(w) == 4 && n.Value >= 1800 && n.Value <= 2100 && n.Next == n.First+1 {
			// a year unless a plural noun follows ("2000 people")
			if n.Next < len(toks) && toks[n.Next].Word && !isCap(toks[n.Next].Text) && strings.HasSuffix(toks[n.Next].Text, "s") {
				return false
			}
			return true
		}
		lw := strings.ToLower(w)
		for _, suf := range ordinalSuffixes {
			if strings.HasSuffix(lw, suf) && len(w) > len(suf) && w[len(w)-len(suf)-1] >= '0' && w[len(w)-len(suf)-1] <= '9' {
				return true
			}
		}
	} else {
		lw := normWord(w)
		if lw == "one" && n.Next == n.First+1 {
			// "one" is a pronoun more often than a count
			if n.Next >= len(toks) || !toks[n.Next].Word || countNounStop[toks[n.Next].Norm] {
				return true
			}
		}
		if isCap(w) && n.First > 0 && toks[n.First-1].Word && isCap(toks[n.First-1].Text) {
			return true // "Air Force One"
		}
	}
	if capacityBefore(toks, n.First) {
		return true // "can seat 900 guests but only 40 coaches": room for, not a count
	}
	if n.First > 0 {
		pw := toks[n.First-1]
		if pw.Word && isCap(pw.Text) && !n.Words && !hedgeWord(pw.Norm) && !nonNameWords[pw.Norm] && !quantifierWords[pw.Norm] {
			return true // "Flight 1282", "Route 66", not "All 11 miners"
		}
		if pw.Text == "#" || pw.Norm == "no" {
			return true
		}
		if !n.Words && idNouns[pw.Norm] {
			return true // "runway 27", "gate 12", "platform 9": a name, not a count
		}
	}
	return false
}

// capacityBefore reports whether the number at toks[i] tells a capacity:
// within eight words before it in its clause, a verb of holding after
// "can" or "could" ("can carry", "could seat") or "capacity of/for",
// "room for".
func capacityBefore(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		t := toks[k]
		if !t.Word {
			if t.Text == "," || t.Text == ";" || t.Text == ":" {
				return false
			}
			continue
		}
		p := toks[k-1].Norm
		if holdVerbs[t.Norm] && (p == "can" || p == "could") {
			return true
		}
		if (t.Norm == "for" || t.Norm == "of") && (p == "capacity" || p == "room") {
			return true
		}
	}
	return false
}

// holdVerbs tell what a vessel, vehicle or venue has room for.
var holdVerbs = toSet(`carry hold seat take accommodate house fit`)

func hedgeWord(w string) bool {
	for _, h := range hedgePhrases {
		if len(h.Words) == 1 && h.Words[0] == w {
			return true
		}
	}
	return w == "than" || w == "least" || w == "most"
}

// hedgeBefore finds a hedge phrase ending right before toks[i]; it returns
// the approximation and the byte start of the hedge (-1 when none).
func hedgeBefore(toks []token, i int) (string, int) {
	for _, h := range hedgePhrases {
		k := len(h.Words)
		if i-k < 0 {
			continue
		}
		ok := true
		for j := 0; j < k; j++ {
			t := toks[i-k+j]
			if !t.Word || t.Norm != h.Words[j] {
				ok = false
				break
			}
		}
		if ok {
			a := h.Approx
			return a, toks[i-k].Start()
		}
	}
	return ApproxExact, -1
}

// unitNoun finds the noun counted by the number n: its unit suffix
// ("600-mile"), or the first noun after it, skipping up to two
// modifiers. Capitalised modifiers are returned (they tell "29 French
// drones" from "85 German drones").
func unitNoun(toks []token, n number) (string, []string, int) {
	if n.UnitSuffix != "" {
		u := n.UnitSuffix
		if k := strings.IndexByte(u, '-'); k > 0 {
			u = u[:k]
		}
		if countNounStop[u] || ordinalWords[u] || !isAlpha(u) {
			return "", nil, 0
		}
		return u, nil, toks[n.Next-1].End()
	}
	var mods []string
	if n.Next < len(toks) && (toks[n.Next].Text == "%") {
		return "percent", nil, toks[n.Next].End()
	}
	if n.Next+1 < len(toks) && toks[n.Next].Norm == "per" && toks[n.Next+1].Norm == "cent" {
		return "percent", nil, toks[n.Next+1].End() // "6 per cent"
	}
	limit := n.Next + 3
	for k := n.Next; k < len(toks) && k < limit; k++ {
		t := toks[k]
		if !t.Word {
			return "", nil, 0
		}
		w := t.Norm
		if countNounStop[w] && w != "percent" {
			return "", nil, 0
		}
		if isCap(t.Text) {
			_, nb, _ := stripPossessiveTok(t)
			if nb == w && groupNoun(w, toks, k) {
				return w, mods, t.End() // "seven Canadians held abroad"
			}
			mods = append(mods, nb)
			continue
		}
		if skipAdjectives[w] {
			switch w {
			case "more", "additional", "further", "extra", "other", "new":
				// "170 more flights" counts an increment, not the total
				mods = append(mods, "+"+w)
			}
			continue
		}
		if k+1 < len(toks) && toks[k+1].Word && !countNounStop[toks[k+1].Norm] && !isCap(toks[k+1].Text) && !strings.HasSuffix(w, "s") && k < n.Next+2 && adjectiveShape(w) {
			continue // "senior officials", "guided bombs"
		}
		if k+1 < len(toks) && toks[k+1].Word && compoundHead(w, toks[k+1]) {
			limit = max(limit, k+2)
			continue // "22 internet satellites", "24 broadband satellites"
		}
		if strings.Contains(w, "-") {
			// "German-launched drones": a hyphenated modifier
			if k+1 < len(toks) && toks[k+1].Word {
				mods = append(mods, w)
				continue
			}
		}
		if strings.HasSuffix(w, "ly") || w == "to" {
			return "", nil, 0
		}
		return w, mods, t.End()
	}
	return "", nil, 0
}

// groupNoun reports whether the capitalised word w at toks[k] is a plural
// name of a people or group ("Canadians", "Israelis", "Texans") that is
// the counted noun itself: no lower-case plural or person noun follows it
// ("five Estonians serving sentences", not "three Texas counties" or
// "two Kenyan runners").
func groupNoun(w string, toks []token, k int) bool {
	if len(w) < 5 {
		return false
	}
	demonym := false
	for _, suf := range []string{"ians", "ans", "is", "ites"} {
		demonym = demonym || strings.HasSuffix(w, suf)
	}
	if !demonym {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Word && !isCap(toks[k+1].Text) {
		nw := toks[k+1].Norm
		if personNouns[nw] || genericPeople[nw] || strings.HasSuffix(nw, "s") && !strings.HasSuffix(nw, "ss") && !strings.HasSuffix(nw, "us") {
			return false
		}
	}
	return true
}

// compoundHead reports whether the word after w is the head of a noun
// compound that w modifies: w singular, the next word a lower-case plural
// ("internet satellites"), unless w itself counts people or a complement
// ("22 crew members" counts crew).
func compoundHead(w string, next token) bool {
	nw := next.Norm
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || personNouns[w] || complementNouns[w] || measureUnits[w] || genericPeople[w] {
		// a plural does not modify ("six crew members" aside); a
		// singular in "-ss" does ("2,000 business customers")
		return false
	}
	if isCap(next.Text) || countNounStop[nw] || measureUnits[nw] || !isAlpha(nw) || len(nw) < 4 {
		return false
	}
	return strings.HasSuffix(nw, "s") && !strings.HasSuffix(nw, "ss") && !strings.HasSuffix(nw, "us")
}

// adjectiveShape guesses that w is an adjective modifying a later noun.
func adjectiveShape(w string) bool {
	for _, suf := range []string{"ed", "al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ing", "ian", "ese", "ish", "ior"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// verbClasses group the verbs whose difference makes two counts of one
// noun different slots ("5 killed" vs "12 injured").
var verbClasses = map[string]string{
	"killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "fatalities": "killed",
	"injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
	"missing": "missing", "unaccounted": "missing", "rescued": "rescued", "evacuated": "evacuated",
	"arrested": "arrested", "detained": "arrested", "hospitalized": "hospitalized", "hospitalised": "hospitalized",
	"intercepted": "destroyed", "downed": "destroyed", "destroyed": "destroyed", "shot": "destroyed",
	"launched": "launched", "fired": "launched",
	"displaced": "displaced", "charged": "charged", "convicted": "convicted", "acquitted": "acquitted",
	"dismissed": "dismissed", "dropped": "dismissed",
	"treated": "treated", "indicted": "charged", "indicts": "charged", "indict": "charged",
	"charges": "charged", "faces": "charged", "faced": "charged", "convicts": "convicted",
	"cancelled": "cancelled", "canceled": "cancelled", "postponed": "cancelled",
	"trapped": "trapped", "trapping": "trapped",
	"affected": "affected", "disrupted": "affected",
}

// leftHomesAt reports whether the words at toks[k] tell that the people
// counted before them were sent from their homes ("4,000 people had been
// ordered out", "forced 900 residents from their homes", "told 300
// families to leave", "remain under evacuation orders"): the count is of
// the evacuated.
func leftHomesAt(toks []token, k int) bool {
	w := func(d int, ws ...string) bool { return normAt(toks, k+d, ws...) }
	switch {
	case w(0, "ordered") && w(1, "out"):
		return true
	case w(0, "ordered", "told", "forced") && w(1, "to") && w(2, "leave", "flee"):
		return true
	case w(0, "to") && w(1, "leave", "flee", "evacuate") && (k+2 >= len(toks) || !toks[k+2].Word || w(2, "immediately", "their", "now", "at", "by", "within")):
		return true // "telling roughly 6,000 residents to leave immediately"
	case w(0, "under") && w(1, "evacuation"):
		return true // "6,000 residents remain under evacuation orders"

	case w(0, "from", "fled", "flee", "left", "leave") && w(1, "their") && w(2, "homes", "houses"):
		return true
	}
	return false
}

// contextVerb finds the verb class nearest a count: up to 5 words after
// it or 10 words before it, within its clause (not across ",", ";", "and",
// "but").
func contextVerb(toks []token, first, next int) string {
	boundary := func(t token) bool {
		if !t.Word {
			return t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "(" || t.Text == ")"
		}
		w := t.Norm
		return w == "and" || w == "but" || w == "while" || w == "whereas"
	}
	// "four injured passengers were taken to hospital": the count is of
	// those taken there, whatever the words before the verb
	for k, d := next, 0; k < len(toks) && d < 8 && !boundary(toks[k]); k, d = k+1, d+1 {
		if hospitalVerbs[toks[k].Norm] {
			for j := k + 1; j < len(toks) && j <= k+5 && !boundary(toks[j]); j++ {
				if toks[j].Norm == "hospital" || toks[j].Norm == "hospitals" || toks[j].Norm == "infirmary" {
					return "hospitalized"
				}
			}
		}
	}
	// "sending 27 people to hospital": the verb before the count, the
	// hospital after it
	if first > 0 && hospitalVerbs[toks[first-1].Norm] {
		for k := next; k < len(toks) && k <= next+3 && !boundary(toks[k]); k++ {
			if toks[k].Norm == "to" && k+1 < len(toks) && (toks[k+1].Norm == "hospital" || toks[k+1].Norm == "hospitals") {
				return "hospitalized"
			}
		}
	}
	best, bestD := "", 1<<30
	limit := 5
	for k, d := next, 0; k < len(toks) && d < limit; k, d = k+1, d+1 {
		if boundary(toks[k]) {
			break
		}
		if d <= 2 && (toks[k].Norm == "who" || toks[k].Norm == "that") {
			// "six people who were working on the bridge were missing"
			limit = 10
		}
		if d == 1 && toks[k].Norm == "of" {
			// "six members of a road crew missing"
			limit = 8
		}
		if c, ok := verbClasses[toks[k].Norm]; ok {
			best, bestD = c, d
			break
		}
		if leftHomesAt(toks, k) {
			best, bestD = "evacuated", d
			break
		}
	}
	for k, d := first-1, 0; k >= 0 && d < 10 && d < bestD; k, d = k-1, d+1 {
		if boundary(toks[k]) {
			break
		}
		if c, ok := verbClasses[toks[k].Norm]; ok {
			return c
		}
	}
	return best
}

// currencyBefore returns the currency symbol written right before
// toks[i] ("$", "€", "£", "¥"), or "".
func currencyBefore(toks []token, i int) string {
	if i == 0 || toks[i-1].End() != toks[i].Start() {
		return ""
	}
	switch p := toks[i-1].Text; p {
	case "$", "€", "£", "¥", "₹", "₽":
		return p
	}
	return ""
}

// personNouns count people; with a verb class ("treated", "killed") they
// are one slot whatever the noun.
var personNouns = toSet(`person people passenger resident patient victim
traveler traveller occupant worker employee civilian child adult student
man woman individual villager inhabitant pedestrian driver tourist visitor
spectator customer member crew firefighter officer soldier prisoner inmate
hostage migrant refugee survivor miner teacher pupil nurse doctor guest fan
volunteer journalist`)

// customerNouns name the parties a failure hits; counted as affected they
// are one slot ("2,000 customers", "600 businesses", "9,000 households").
var customerNouns = toSet(`customer business company client user subscriber
household account firm organisation organization`)

// genericPeople are nouns for people in general: one slot even without a
// verb ("6,000 residents" vs "8,000 people").
var genericPeople = toSet(`person people resident individual villager inhabitant civilian`)

// announceVerbs set up the act they govern: who announced or ordered it
// is a fact outlets may tell differently ("the minister announced an
// inquiry" vs "the prime minister announced an inquiry").
var announceVerbs = toSet(`announced announces ordered orders launched launches commissioned commissions unveiled unveils`)

// announcerFact reads who announced, ordered or launched the event's act
// when the act's trigger is that verb's object, at most four words on
// ("Minister Hedda Lurk announced an independent inquiry"): the person
// named right before the verb.
func announcerFact(e Evidence, a *analysis, people func() *people, names func(string) string, quoted [][2]int) (Fact, bool) {
	if e.TriggerStart < 0 || e.TriggerEnd <= e.TriggerStart {
		return Fact{}, false
	}
	toks := a.toks
	for i, t := range toks {
		if !t.Word || !announceVerbs[t.Norm] || inRanges(quoted, t.Start(), t.End()) || e.TriggerStart < t.End() {
			continue
		}
		if j := indexAt(toks, e.TriggerStart); j < 0 || j-i > 4 {
			continue
		}
		p := people()
		for _, m := range p.mentions(a) {
			if m.Name == "" || m.Org || m.Possessive || m.End > t.Start() || strings.TrimSpace(e.Text[m.End:t.Start()]) != "" {
				continue
			}
			full := names(p.resolveName(m.Name))
			return Fact{Kind: FactParticipants, Slot: "announcer", Value: full, Text: e.Text[m.Start:t.End()], Items: []string{full},
				Start: m.Start, End: t.End(), Evidence: e}, true
		}
	}
	return Fact{}, false
}

// participantFact reads a sentence listing the people who took part
// ("The summit included A, B and C"; "X was joined by A and B, while Y
// brought C and D"). The list is the people who end the list items.
func participantFact(e Evidence, a *analysis, people func() *people, names func(string) string, quoted [][2]int) (Fact, bool) {
	text := e.Text
	toks := a.toks
	cue := false
	for i, t := range toks {
		if t.Word && !inRanges(quoted, t.Start(), t.End()) && (listCues[t.Norm] || t.Norm == "table" && atTable(toks, i) || companionAt(toks, i) || meetingWith(e, toks, i)) {
			cue = true // "Around the table were A, B and C", "at the negotiating table were A and B"
			break
		}
	}
	for i := 0; i < len(toks) && !cue; i++ {
		// "Jane Doe, the treasurer, did not take part": who was not there
		cue = toks[i].Word && !inRanges(quoted, toks[i].Start(), toks[i].End()) && staysAway(toks, toks[i].Start())
	}
	absent := absentOrgs(toks, quoted)
	rep := representedFrom(toks, quoted)
	if rep >= 0 && !cue && !slices.ContainsFunc(toks, func(t token) bool { return t.Word && tookPart[t.Norm] }) {
		rep = -1 // "Lawyers for Doe and Roe declined to comment": no one took part in anything
	}
	if !cue && len(absent) == 0 && rep < 0 {
		return Fact{}, false
	}
	p := people()
	ms := p.mentions(a)
	var items, orgs []string
	first, last := -1, -1
	absentPerson, absentAt, absentEnd := false, -1, -1
	// items: pieces between ",", ";", "and", "while"; each item's final mention
	bounds := []int{0}
	for i, t := range toks {
		w := t.Norm
		if t.Text == "," || t.Text == ";" || t.Text == ":" || (t.Word && (w == "and" || w == "while" || w == "whereas" || w == "as" || w == "with" || w == "alongside" || w == "joined" || w == "brought")) ||
			handOverAt(toks, i) {
			bounds = append(bounds, t.Start())
		}
	}
	bounds = append(bounds, len(text))
	for k := 0; k+1 < len(bounds); k++ {
		a, b := bounds[k], bounds[k+1]
		var endM, firstM *mention
		for i := range ms {
			m := &ms[i]
			if m.Name == "" || m.Org || m.Start < a || m.End > b || m.Possessive || placeBefore(toks, m.Start) {
				continue // ("at his home in Westby Bay": a place, not a person)
			}
			if firstM == nil {
				firstM = m
			}
			endM = m
		}
		if endM == nil || inRanges(quoted, endM.Start, endM.End) || theBefore(toks, endM.Start) {
			continue // ("who had been sitting in the Main Stand": a place, not a person)
		}
		// the name must end its item ("… Jane Doe", not "Smith allies like")
		rest := strings.TrimSpace(strings.TrimRight(text[endM.End:b], " .,;:)"))
		if rest != "" && firstM == endM && staysAway(toks, endM.End) && subjectOf(toks, afterBound(toks, a), endM.Start) {
			// "…, while Roe stayed behind in the capital": not there
			full := names(p.resolveName(endM.Name))
			if side := strings.ToLower(surname(full)); !contains(absent, side) && !contains(items, full) {
				absent = append(absent, side)
			}
			continue
		}
		if rest != "" && !partyOf(rest) {
			// "Doe later appeared alongside Smith": the subject of an
			// item that goes on to "alongside" takes part too; so does
			// the last of a list before its verb ("A, B and C sat at a
			// table")
			lastOfList := len(items) >= 1 && firstM == endM && andAt(toks, a)
			// "Roe spoke to the inquiry in person; Doe's union sent no
			// one": beside an absent side, the subject who took part came
			came := len(absent) > 0 && firstM == endM && subjectOf(toks, a, firstM.Start) && tookPartIn(toks, endM.End, b)
			if !lastOfList && !came && (!alongsideAt(toks, b) || firstM != endM || !subjectOf(toks, a, firstM.Start)) {
				continue
			}
		}
		if org := affiliation(toks, a, endM.Start); org != "" && !contains(orgs, org) {
			orgs = append(orgs, org)
		}
		full := names(p.resolveName(endM.Name))
		if contains(items, full) {
			continue
		}
		if staysAway(toks, endM.End) {
			// "his agent, Jane Doe, stayed away": not there
			if side := strings.ToLower(surname(full)); !contains(absent, side) {
				absent = append(absent, side)
			}
			if !absentPerson {
				absentPerson, absentAt, absentEnd = true, endM.Start, endM.End
			}
			continue
		}
		if rep >= 0 && endM.Start > rep {
			// "counsel for Doe and for Roe": their sides took part
			if side := strings.ToLower(surname(full)); !contains(orgs, side) {
				orgs = append(orgs, side)
			}
		}
		items = append(items, full)
		if first < 0 {
			first = endM.Start
		}
		last = endM.End
	}
	// "Doe toured the harbour with Roe": the visitor the sentence opens with
	// went too
	if ci := slices.IndexFunc(toks, func(t token) bool { return t.Word && t.Norm == "with" }); len(items) > 0 && ci >= 0 && companionAt(toks, ci) {
		for i := range ms {
			m := &ms[i]
			if m.Name == "" || m.Org || m.Possessive || m.Start >= toks[ci].Start() {
				continue
			}
			if subjectOf(toks, stampEnd(toks), m.Start) {
				if full := names(p.resolveName(m.Name)); !contains(items, full) && !contains(absent, strings.ToLower(surname(full))) {
					items = append([]string{full}, items...)
					first = m.Start
				}
			}
			break
		}
	}
	// a list names two people at least; one is enough beside a side that
	// sent no one ("Roe spoke to the inquiry in person; Doe's union did
	// not send anyone"); a person said to have stayed away is told alone
	// ("Jane Doe, the treasurer, did not take part"), against the lists of
	// other outlets and beside the list of their own
	// ("the Westby council sent nobody" is told alone too, against lists
	// that name someone from it)
	// "She appeared with Jane Doe": beside a subject named only by a
	// pronoun, the one companion is the list an outlet gives
	pronounWith := len(items) == 1 && pronounSubject(toks) && slices.ContainsFunc(toks, func(t token) bool { return t.Word && t.Norm == "with" }) &&
		companionAt(toks, slices.IndexFunc(toks, func(t token) bool { return t.Word && t.Norm == "with" }))
	if len(items) < 2 && !pronounWith && (len(items) == 0 || len(absent) == 0) && !(len(items) == 0 && (absentPerson || len(absent) > 0)) {
		return Fact{}, false
	}
	if len(items) == 0 && absentPerson {
		first, last = absentAt, absentEnd
	} else if len(items) == 0 {
		first, last = 0, len(strings.TrimRight(text, " ."))
	}
	return Fact{Kind: FactParticipants, Slot: "participants", Value: participantsValue(items, absent), Text: text[first:last], Items: items, Orgs: orgs, Absent: absent, Start: first, End: last, Evidence: e}, true
}

// wordBefore returns the normalised word just before byte offset at, or ""
// when punctuation or nothing stands there.
func wordBefore(toks []token, at int) string {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].End() > at {
			continue
		}
		if !toks[i].Word {
			return ""
		}
		return toks[i].Norm
	}
	return ""
}

// theBefore reports whether the word right before the byte offset at is
// "the": a capitalised name after it is a place or a body ("the Main
// Stand", "the Royal Infirmary"), not a person.
func theBefore(toks []token, at int) bool { return wordBefore(toks, at) == "the" }

// placeBefore reports whether the word just before byte offset at is a
// preposition of place ("in", "at", "near"): the name after it is where,
// not who.
func placeBefore(toks []token, at int) bool {
	switch wordBefore(toks, at) {
	case "in", "at", "near":
		return true
	}
	return false
}

// participantsValue shows a participant list: the surnames, then the sides
// said not to be there ("Vey, Lurk; not there: Osk").
func participantsValue(items, absent []string) string {
	var shown []string
	for _, it := range items {
		shown = append(shown, surname(it))
	}
	v := strings.Join(shown, ", ")
	if len(absent) > 0 {
		var gone []string
		for _, a := range absent {
			r, n := utf8.DecodeRuneInString(a)
			gone = append(gone, string(unicode.ToUpper(r))+a[n:])
		}
		if v != "" {
			v += "; "
		}
		v += "not there: " + strings.Join(gone, ", ")
	}
	return v
}

// andAt reports whether the token starting at byte offset at is "and".
func andAt(toks []token, at int) bool {
	i := indexAt(toks, at)
	return i < len(toks) && toks[i].Start() == at && toks[i].Word && toks[i].Norm == "and"
}

// indexAt is the index of the first token starting at or after byte
// offset at (len(toks) when none does).
func indexAt(toks []token, at int) int {
	for i, t := range toks {
		if t.Start() >= at {
			return i
		}
	}
	return len(toks)
}

// affiliation is the organisation a listed person is told to be from: a
// capitalised word right before a lower-case title of one or two words
// and the name ("Calderway vice-president Jane Doe", "Acme's chief
// executive Jane Doe"); "" when there is none. a is the item's start, at
// the name's.
func affiliation(toks []token, a, at int) string {
	k := indexAt(toks, at)
	title := 0
	for j := k - 1; j >= 0 && toks[j].Start() >= a; j-- {
		t := toks[j]
		if t.Text == "-" {
			continue // "vice-president"
		}
		if !t.Word {
			return ""
		}
		if !isCap(t.Text) {
			if title++; title > 2 || stopWords[t.Norm] || prepositions[t.Norm] {
				return ""
			}
			continue
		}
		if title == 0 || j > 0 && toks[j-1].Word && isCap(toks[j-1].Text) {
			return "" // no title, or a name of several words ("Federal Carriage Safety Board investigator")
		}
		_, lw, _ := stripPossessiveTok(t)
		if stopWords[lw] {
			return ""
		}
		return lw
	}
	return ""
}

// absentOrgs are the organisations (or the people's sides) a sentence
// says sent no one: "no one from Calderway attended", "nobody from the
// company was there", "Doe's campaign did not send anyone", "the union
// sent no representative".
func absentOrgs(toks []token, quoted [][2]int) []string {
	var out []string
	for i := 0; i+1 < len(toks); i++ {
		j := -1
		switch {
		case toks[i].Norm == "no" && i+2 < len(toks) && toks[i+1].Norm == "one" && toks[i+2].Norm == "from":
			j = i + 3
		case toks[i].Norm == "nobody" && toks[i+1].Norm == "from":
			j = i + 2
		case sentNoOne(toks, i):
			j = subjectStart(toks, i)
		}
		if j < 0 || j >= len(toks) || inRanges(quoted, toks[i].Start(), toks[i].End()) {
			continue
		}
		if toks[j].Norm == "the" && j+1 < len(toks) {
			j++
		}
		if toks[j].Word && isCap(toks[j].Text) {
			_, lw, _ := stripPossessiveTok(toks[j])
			out = append(out, lw)
		}
	}
	return out
}

// atTable reports whether the "table" at toks[i] is where people sat: "at"
// or "around" stands up to three words before it ("around the table", "at
// a long table", "at the negotiating table").
func atTable(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Norm == "at" || toks[k].Norm == "around" {
			return true
		}
	}
	return false
}

// staysAway reports whether the words after byte offset at (past commas)
// say that the one named before them was not there: "did not attend",
// "didn't attend", "did not turn up", "was not present", "stayed away",
// "was absent".
func staysAway(toks []token, at int) bool {
	i := indexAt(toks, at)
	if i < len(toks) && toks[i].Text == "," && normAt(toks, i+1, "the", "a", "an", "his", "her", "its", "their") {
		// "Jane Doe, the treasurer, did not take part": past the appositive
		for k := i + 2; k < len(toks) && k <= i+7; k++ {
			if toks[k].Text == "," {
				i = k
				break
			}
			if !toks[k].Word {
				break
			}
		}
	}
	for i < len(toks) && toks[i].Text == "," {
		i++
	}
	w := func(k int, ws ...string) bool { return normAt(toks, i+k, ws...) }
	goes := func(k int) bool { // "travel", "attend", "turn up", "show up", "come to", "take part", "participate"
		return w(k, "travel", "attend", "participate") || w(k, "turn", "show") && w(k+1, "up") || w(k, "come") && w(k+1, "to") ||
			w(k, "take") && w(k+1, "part")
	}
	switch {
	case w(0, "did", "does") && w(1, "not", "never") && goes(2):
		return true
	case w(0, "didn't", "doesn't", "never") && goes(1):
		return true
	case w(0, "was", "were", "is") && (w(1, "absent") || w(1, "not") && w(2, "present", "there")):
		return true
	case w(0, "stayed", "stays", "remained", "remains") && w(1, "away"):
		return true
	case w(0, "stayed", "stays", "remained", "remains") && w(1, "behind") && w(2, "in", "at") && i+3 < len(toks) && isCap(toks[i+3].Text):
		return true // "while Roe stayed behind in Harlow" (not "stayed behind after the session")
	}
	return false
}

// normAt reports whether toks[i] exists and is one of the words ws.
func normAt(toks []token, i int, ws ...string) bool {
	return i >= 0 && i < len(toks) && slices.Contains(ws, toks[i].Norm)
}

// tookPartIn reports whether a word of taking part in a meeting stands
// between byte offsets from and to ("Roe spoke to the inquiry").
func tookPartIn(toks []token, from, to int) bool {
	for _, t := range toks {
		if t.Start() >= from && t.End() <= to && t.Word && tookPart[t.Norm] {
			return true
		}
	}
	return false
}

// sentNoOne reports whether a "sent no one" verb group starts at toks[i]:
// "sent no one", "sent no delegate", "did not send anyone",
// "didn't send a delegate".
func sentNoOne(toks []token, i int) bool {
	at := func(k int, ws ...string) bool { return normAt(toks, k, ws...) }
	switch {
	case at(i, "sent", "sends", "send") && at(i+1, "no", "nobody"):
		return at(i+1, "nobody") || at(i+2, "one", "representative", "representatives", "delegate", "delegation", "lawyer", "lawyers", "official", "officials")
	case at(i, "did", "does") && at(i+1, "not") && at(i+2, "send"):
		i++
	case at(i, "didn't", "doesn't") && at(i+1, "send"):
	default:
		return false
	}
	return at(i+2, "anyone", "anybody") || at(i+2, "a", "any") && at(i+3, "representative", "representatives", "delegate", "delegation", "lawyer", "official", "officials")
}

// subjectStart is the index of the first capitalised word that may be a
// name (not a day, month or sentence opener) of the clause that ends
// before toks[i]; -1 when there is none. The clause opens after ";", ":",
// "while", "but", "whereas" or at the sentence's start, and after the
// comma closing an opening phrase ("On Tuesday, …", "While Doe spoke,
// …"). A relative clause inside the subject ("Doe's campaign, which had
// called it a stunt, did not …") lies after the subject's first word.
func subjectStart(toks []token, i int) int {
	k := i - 1
	for ; k >= 0; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" || t.Word && (t.Norm == "while" || t.Norm == "but" || t.Norm == "whereas") {
			break
		}
	}
	start := k + 1
	opening := k >= 0 && toks[k].Word && k == 0 || start < i && toks[start].Word && (prepositions[toks[start].Norm] || subordinators[toks[start].Norm])
	if opening {
		for j := start; j < i; j++ {
			if toks[j].Text == "," {
				start = j + 1
				break
			}
		}
	}
	for j := start; j < i; j++ {
		if t := toks[j]; t.Word && isCap(t.Text) && !stopWords[t.Norm] && !nonNameWords[t.Norm] {
			return j
		}
	}
	return -1
}

// representedFrom is the byte offset after which a sentence's people are
// there through their representatives ("counsel for Doe and for Roe
// argued the point"), or -1.
func representedFrom(toks []token, quoted [][2]int) int {
	for i := 0; i+1 < len(toks); i++ {
		if representatives[toks[i].Norm] && (toks[i+1].Norm == "for" || toks[i+1].Norm == "of") && !inRanges(quoted, toks[i].Start(), toks[i].End()) {
			return toks[i+1].End()
		}
	}
	return -1
}

// partyOf reports whether the rest of a list item after its name only
// says where the person is from ("of the Green Alliance").
func partyOf(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 2 || f[0] != "of" {
		return false
	}
	for _, w := range f[1:] {
		if w != "the" && !isCap(w) {
			return false
		}
	}
	return true
}

// alongsideAt reports whether the token starting at byte offset at is
// "alongside", "joined" or "brought" ("Doe joined Smith and Roe at the
// table", "Doe was joined by Smith and Roe", "Doe brought Smith": Doe
// takes part too).
func alongsideAt(toks []token, at int) bool {
	i := indexAt(toks, at)
	if i == len(toks) || toks[i].Start() != at {
		return false
	}
	if toks[i].Text == "," && normAt(toks, i+1, "with") && (normAt(toks, i-1, "chaired", "presided", "led") || normAt(toks, i-2, "chaired", "presided", "led")) {
		return true // "Doe presided, with Roe and Lee"
	}
	return toks[i].Word && (toks[i].Norm == "alongside" || toks[i].Norm == "joined" || toks[i].Norm == "brought") || handOverAt(toks, i)
}

// companionAt reports whether toks[i] is a "with" that names who went
// along on a tour or visit: "toured the harbour with Jane Doe" (a name
// follows it within three words, and a verb of touring opens its clause).
func companionAt(toks []token, i int) bool {
	if toks[i].Norm != "with" || !companionName(toks, i) {
		return false // (a name follows, maybe after a title: "with councillor Mara Osk")
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if !toks[k].Word {
			if toks[k].Text == "," || toks[k].Text == ";" {
				return false
			}
			continue
		}
		if tourVerbs[toks[k].Norm] {
			return true
		}
	}
	return false
}

// companionName reports whether a name follows the "with" at toks[i]
// within three words ("with councillor Mara Osk"), or as the apposition of
// a title ("with the board's head of safety, Mara Osk").
func companionName(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if !t.Word {
			if t.Text != "," && t.Text != "'" && t.Text != "’" && t.Text != "'s" {
				return false
			}
			continue
		}
		if isCap(t.Text) && (k <= i+3 || toks[k-1].Text == ",") {
			return true
		}
	}
	return false
}

// meetingWith reports whether toks[i] is the "with" right after the
// evidence's trigger when that names a gathering, and a name follows ("a
// public meeting with the minister, the harbour master and …"); the
// trigger "met" with a name right after it, or the "with" of "sat down
// with" and a name, cue a list too.
func meetingWith(e Evidence, toks []token, i int) bool {
	if i > 0 && toks[i].Norm == "met" && toks[i].Start() == e.TriggerStart && i+1 < len(toks) && toks[i+1].Word && isCap(toks[i+1].Text) {
		return true // "Jane Doe met Westby director Colm Vey and Hedda Lurk": the met are named
	}
	if i >= 2 && toks[i].Norm == "with" && toks[i-1].Norm == "down" && sitVerbs[toks[i-2].Norm] && companionName(toks, i) {
		return true // "Doe and Roe sat down with Colm Vey": a meeting, whatever the trigger
	}
	if i == 0 || toks[i].Norm != "with" || !gatheringWords[toks[i-1].Norm] || toks[i-1].Start() != e.TriggerStart || e.TriggerEnd <= e.TriggerStart {
		return false
	}
	return slices.ContainsFunc(toks[i+1:min(i+4, len(toks))], func(t token) bool { return t.Word && isCap(t.Text) })
}

// sitVerbs are the forms of "sit" in "sat down with".
var sitVerbs = map[string]bool{"sat": true, "sit": true, "sits": true, "sitting": true}

// afterBound returns the byte offset after the joining word ("and",
// "while") that opens an item at byte offset a, or a.
func afterBound(toks []token, a int) int {
	if i := indexAt(toks, a); i < len(toks) && toks[i].Start() == a && toks[i].Word && !isCap(toks[i].Text) {
		return toks[i].End()
	}
	return a
}

// stampEnd returns the byte offset after a live-blog stamp that opens the
// sentence ("**10:20** — …"), or 0.
func stampEnd(toks []token) int {
	for i, t := range toks {
		if t.Text == "—" || t.Text == "–" {
			return t.End()
		}
		if t.Word && (t.Text[0] < '0' || t.Text[0] > '9') || i > 8 {
			return 0
		}
	}
	return 0
}

// handOverAt reports whether a hand-over starts at toks[i] ("opened the
// press conference before handing over to Jane Doe"): the one who hands
// over and the one taking over both take part.
func handOverAt(toks []token, i int) bool {
	switch toks[i].Norm {
	case "handing", "handed", "hands", "hand":
		return i+2 < len(toks) && toks[i+1].Norm == "over" && toks[i+2].Norm == "to"
	}
	return false
}

// subjectOf reports whether the words of toks from byte offset a up to
// the name at byte offset at are only capitalised title words
// ("Foreign Minister Jane Doe …"): the name opens its item.
func subjectOf(toks []token, a, at int) bool {
	for _, t := range toks {
		if t.Start() < a || !t.Word {
			continue
		}
		if t.Start() >= at {
			return true
		}
		if c := t.Text[0]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// placeHeads are head words of named venues.
var placeHeads = toSet(`base airport hospital infirmary clinic court courthouse stadium arena hotel
palace station port harbor harbour bridge square park center centre
embassy consulate prison jail school university campus church cathedral
mosque temple museum hall building tower plaza field airfield library exchange`)

// sameHeads maps head words of venues to the head of their kind.
var sameHeads = map[string]string{"infirmary": "hospital", "clinic": "hospital"}

// slotAssembly is the slot of the named places where a crowd gathers
// (a church, a square, a hall): the venues of one vigil or service are
// compared across these heads ("St Anne's Church" vs "the Corn Square"); a
// march may start in one and end in another, so its are not.
const slotAssembly = "place:assembly"

// gatheringTrigger reports whether the evidence's trigger names a
// gathering held in one place (a vigil, a service, a meeting).
func gatheringTrigger(e Evidence) bool {
	if e.TriggerStart < 0 || e.TriggerEnd <= e.TriggerStart || e.TriggerEnd > len(e.Text) {
		return false
	}
	return oneVenueGatherings[strings.ToLower(e.Text[e.TriggerStart:e.TriggerEnd])]
}

// slotOpened is the slot of the building a help point, a centre or a desk
// was opened in: whatever its head, two outlets naming different buildings
// disagree ("opened at Westby Library" vs "opened at the Corn Exchange").
const slotOpened = "place:opened"

// openingTrigger reports whether the evidence's trigger is a place opened
// or set up ("a help desk opened at …").
func openingTrigger(e Evidence) bool {
	if e.TriggerStart < 0 || e.TriggerEnd <= e.TriggerStart || e.TriggerEnd > len(e.Text) {
		return false
	}
	switch strings.ToLower(e.Text[e.TriggerStart:e.TriggerEnd]) {
	case "opened", "opens", "set up", "was set up", "were set up", "has been set up", "have been set up":
		return true
	}
	return false
}

// oneVenueGatherings are triggers of gatherings held in one place.
var oneVenueGatherings = toSet(`vigil vigils memorial service funeral mass ceremony meeting gathering`)

// assemblyHeads are the heads of places where a crowd gathers.
var assemblyHeads = toSet(`church cathedral chapel mosque temple synagogue square plaza park hall stadium arena green`)

// fillVerbs take the venue a crowd filled as their object ("mourners
// packed the Corn Exchange").
var fillVerbs = toSet(`packed filled crammed thronged`)

// homeHeads are venues where someone lives: one is never a workplace or
// an institution another outlet names.
var homeHeads = toSet(`home house flat apartment`)

// frameNouns are parts of a building a scene is set at ("on the steps of
// the ministry", "at the gates of the plant").
var frameNouns = toSet(`steps doorstep gates gate door doors entrance front foot`)

// venueHeads are, beside placeHeads, head words of venues described
// without a name ("the company's headquarters", "the press site").
var venueHeads = toSet(`headquarters site office offices gate pithead terminal
plant factory facility residence home ministry`)

// seatHeads are venues that are the seat of their owner ("the
// league's headquarters"); institutionHeads are seats by themselves
// ("the transport ministry").
var (
	seatHeads        = toSet(`headquarter headquarters office residence`)
	institutionHeads = toSet(`ministry embassy consulate`)
)

// genericPlaceWords do not tell one venue from another.
var genericPlaceWords = toSet(`international national regional municipal county city
state federal joint air force naval army memorial general central main grand
royal united new old north south east west northern southern eastern western
upper lower great st saint`)

// courtWords are the lower-case words of a court told by its level
// ("federal court", "state district court").
var courtWords = toSet(`federal state district county high supreme appeals appellate
magistrates crown family bankruptcy civil criminal circuit superior municipal`)

// courtIn reads a court told by its level and its town after the "in" at
// toks[i] ("filed in state court in Lisle"): a court fact whose
// names are the town's and the level words that are not generic, so that
// it conflicts with a named court elsewhere ("Brennan County District
// Court") and agrees with one that shares a name. Without a town
// ("filed in district court") it is no fact.
func courtIn(e Evidence, toks []token, i int, quoted [][2]int) (Fact, int, bool) {
	if toks[i].Norm != "in" {
		return Fact{}, 0, false
	}
	j := i + 1
	if j < len(toks) && (toks[j].Norm == "a" || toks[j].Norm == "the") {
		j++
	}
	k := j
	for k < len(toks) && k < j+2 && toks[k].Word && courtWords[toks[k].Norm] && !isCap(toks[k].Text) {
		k++
	}
	if k == j || k+2 >= len(toks) || toks[k].Norm != "court" || isCap(toks[k].Text) || toks[k+1].Norm != "in" {
		return Fact{}, 0, false
	}
	n := k + 2
	for n < len(toks) && toks[n].Word && isCap(toks[n].Text) {
		n++
	}
	if n == k+2 {
		return Fact{}, 0, false
	}
	var items []string
	for _, t := range toks[j:n] {
		if _, lw, _ := stripPossessiveTok(t); t.Word && lw != "court" && lw != "in" && !genericPlaceWords[lw] {
			items = append(items, lw)
		}
	}
	s, en := toks[j].Start(), toks[n-1].End()
	if len(items) == 0 || inRanges(quoted, s, en) {
		return Fact{}, 0, false
	}
	v := e.Text[s:en]
	return Fact{Kind: FactPlace, Slot: "place:court", Value: v, Text: v, Items: items, Start: s, End: en, Evidence: e}, n, true
}

// slotVenue is the slot of venues described without a name: they are
// compared across head words, never with named venues.
const slotVenue = "place:venue"

// placeFacts reads named venues "at/in <Name … Head>" ("at Fort
// Fairview-Hill", "at Springfield International Airport"), also after
// "to"/"into" when a "where" clause holding the trigger follows ("taken
// to Mercy General Hospital, where he died"). The slot is the head word:
// only venues of one kind are compared. Venues described without a name
// in a phrase right after the trigger ("briefed reporters at the
// company's headquarters") have slot slotVenue.
func placeFacts(e Evidence, toks []token, quoted [][2]int) []Fact {
	text := e.Text
	var out []Fact
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].Norm
		if w == "over" || w == "above" {
			// "circled over the Westby Sound", "dumped fuel over Lake
			// Calder": a named sea, lake or range the act was done over
			if f, next, ok := overFeature(e, toks, i, quoted); ok {
				out = append(out, f)
				i = next - 1
			}
			continue
		}
		if (w == "on" || w == "at" || w == "outside") && i+3 < len(toks) && toks[i+1].Norm == "the" && frameNouns[toks[i+2].Norm] && toks[i+3].Norm == "of" {
			// "on the steps of the Transport Ministry", "at the gates of
			// the plant": the place is the building
			i += 3
			w = "at"
		}
		if (w == "at" || w == "on" || w == "from" || w == "onto") && i+2 < len(toks) && placeIDNouns[toks[i+1].Norm] && toks[i+2].Word &&
			(isCap(toks[i+2].Text) || toks[i+2].Text[0] >= '0' && toks[i+2].Text[0] <= '9') && !inRanges(quoted, toks[i+1].Start(), toks[i+2].End()) {
			// "at taxiway Charlie", "from gate 12": a numbered or lettered
			// part of a site
			s, en := toks[i+1].Start(), toks[i+2].End()
			out = append(out, Fact{Kind: FactPlace, Slot: "place:" + toks[i+1].Norm, Value: text[s:en], Text: text[s:en], Items: []string{toks[i+2].Norm}, Start: s, End: en, Evidence: e})
			i += 2
			continue
		}
		if w == "in" && i > 0 && seatNouns[toks[i-1].Norm] {
			// "the prosecutor's office in Westby opened an inquiry": the
			// town of the office that acts, compared only with such towns
			if f, next, ok := townOf(e, toks, i+1, quoted); ok {
				f.Slot = slotSeat
				out = append(out, f)
				i = next - 1
				continue
			}
		}
		toward := w == "to" || w == "into"
		if w != "at" && w != "in" && w != "inside" && w != "outside" && w != "near" && !toward && !fillVerbs[w] {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].Norm == "the" {
			j++
		}
		k := j
		for k < len(toks) && (toks[k].Word && isCap(toks[k].Text) || k > j && pluralPossessive(toks, k)) {
			k++
		}
		head := ""
		var distinct []string
		if k-j >= 2 {
			for _, t := range toks[j:k] {
				if !t.Word {
					continue
				}
				_, lw, _ := stripPossessiveTok(t)
				if placeHeads[lw] {
					head = lw
					continue
				}
				if !genericPlaceWords[lw] {
					distinct = append(distinct, lw)
				}
			}
		}
		if toward {
			// "towed to the Westby yard", "flown to Harlow": where the
			// trigger took someone or something
			if f, next, ok := destinationFact(e, toks, i, quoted); ok {
				out = append(out, f)
				i = next - 1
				continue
			}
		}
		if head == "" && fillVerbs[w] {
			continue // "packed the bags": no named venue
		}
		if head == "" {
			// "to <venue>" tells the place only after a verb that brings
			// people there ("summoned … to the control room")
			if toward && !summons(e) {
				continue
			}
			f, next, ok := Fact{}, 0, false
			if !toward {
				f, next, ok = courtIn(e, toks, i, quoted)
			}
			if !ok {
				if f, next, ok = venueFact(e, toks, i, quoted); ok {
					out = venueTown(append(out, f), e, toks, f, quoted)
					i = next - 1
					continue
				}
			}
			if !ok && !toward {
				f, next, ok = townFact(e, toks, i, quoted)
			}
			if ok {
				out = append(out, f)
				i = next - 1
			}
			continue
		}
		if inRanges(quoted, toks[j].Start(), toks[k-1].End()) {
			continue
		}
		if toward && !whereTrigger(e, toks, k) {
			continue
		}
		s, en := toks[j].Start(), toks[k-1].End()
		slot := "place:" + head
		if sameHeads[head] != "" {
			slot = "place:" + sameHeads[head] // "Westby Royal Infirmary" and "Easton General Hospital" are both hospitals
		}
		if assemblyHeads[head] && gatheringTrigger(e) {
			slot = slotAssembly
		}
		if openingTrigger(e) && nearTrigger(e, toks, i, maxVenueGap) {
			slot = slotOpened
		}
		out = append(out, Fact{Kind: FactPlace, Slot: slot, Value: text[s:en], Text: text[s:en], Items: distinct, Start: s, End: en, Evidence: e})
		if nearTrigger(e, toks, i, maxVenueGap) {
			out = appendTown(out, e, toks, en, quoted)
		}
		i = k - 1
	}
	return shelterPlaces(e, out)
}

// slotShelter is the slot of the building a shelter or rest centre was
// set up in ("a rest centre at the Westby leisure centre", "a rest centre
// at St Oswin's Primary School"): whatever their heads, the buildings
// outlets name for one shelter are compared.
const slotShelter = "place:shelter"

// shelterPlaces moves the venues told right after a shelter trigger ("a
// rest centre at …", "a rest centre has opened at …") to slotShelter, their names without where-prefixes.
func shelterPlaces(e Evidence, out []Fact) []Fact {
	if e.TriggerStart < 0 || e.TriggerEnd <= e.TriggerStart || e.TriggerEnd > len(e.Text) ||
		!shelterTriggers[strings.ToLower(e.Text[e.TriggerStart:e.TriggerEnd])] {
		return out
	}
	for k := range out {
		f := &out[k]
		head, _ := strings.CutPrefix(f.Slot, "place:")
		if f.Slot != slotVenue && !placeHeads[head] || f.Start < e.TriggerEnd || len(words(e.Text[e.TriggerEnd:f.Start])) > 4 {
			continue
		}
		f.Slot = slotShelter
		items := make([]string, 0, len(f.Items))
		for _, it := range f.Items {
			n, _ := strings.CutPrefix(it, locPrefix)
			items = append(items, n)
		}
		f.Items = items
	}
	return out
}

// slotSeat is the slot of the town an acting office sits in ("the
// regional prosecutor's office in Easton").
const slotSeat = "place:seat"

// seatNouns are offices named with the town they sit in.
var seatNouns = toSet(`office offices prosecutors bureau`)

// slotTown is the slot of the town or city an event took place in ("met
// in Townsville", "at the coordination centre in Townsville"): compared
// only with other towns told for the event.
const slotTown = "place:town"

// summons reports whether the trigger brings people to a place, so "to
// <venue>" after it tells where the event took place ("summoned the
// heads of two agencies to a control room in Easton").
func summons(e Evidence) bool {
	if e.TriggerStart < 0 || e.TriggerEnd <= e.TriggerStart || e.TriggerEnd > len(e.Text) {
		return false
	}
	return summonVerbs[strings.ToLower(e.Text[e.TriggerStart:e.TriggerEnd])]
}

// slotDestination is the slot of where a trigger that moves someone or
// something took them ("towed to the Westby yard", "flown to Harlow"):
// compared only with other destinations, by the names they hold.
const slotDestination = "place:destination"

// destinationFact reads the destination after a moving trigger: "to" at
// toks[i] right after the trigger (or after its pronoun object: "towed it
// to"), then the destination's words up to a preposition or the clause's
// end, of which the capitalised ones are its names ("the Westby yard" →
// westby). None when it names nothing ("taken to hospital").
func destinationFact(e Evidence, toks []token, i int, quoted [][2]int) (Fact, int, bool) {
	if e.TriggerStart < 0 || e.TriggerEnd <= e.TriggerStart || e.TriggerEnd > len(e.Text) {
		return Fact{}, 0, false
	}
	trig := strings.ToLower(e.Text[e.TriggerStart:e.TriggerEnd])
	j := i + 1
	var names []string
	var k int
	if toks[i].Start() == e.TriggerStart && strings.HasSuffix(trig, " in") {
		// a trigger that holds its own "to … in" ("brought the ship to
		// anchor in Westby Bay"): the names after it
		names, k = describedDestination(toks, j)
	} else {
		if !movingVerbs[trig] {
			return Fact{}, 0, false
		}
		t := indexAt(toks, e.TriggerEnd)
		if t < i && objectPronouns[toks[t].Norm] {
			t++
		} else if t < i && movedObject(toks, t, i) {
			t = i // "towed the damaged barge to"
		}
		if t != i {
			return Fact{}, 0, false
		}
		if j < len(toks) && toks[j].Norm == "the" {
			j++
		}
		if names, k = namedDestination(toks, j); len(names) == 0 {
			// "to a safe mooring in Westby Bay", "to anchor in the lee
			// of Calder Island": a place described, then the name it is in
			names, k = describedDestination(toks, i+1)
		}
	}
	if len(names) == 0 {
		return Fact{}, 0, false
	}
	s, en := toks[j].Start(), toks[k-1].End()
	if inRanges(quoted, s, en) {
		return Fact{}, 0, false
	}
	v := e.Text[s:en]
	return Fact{Kind: FactPlace, Slot: slotDestination, Value: v, Text: v, Items: names, Start: s, End: en, Evidence: e}, k, true
}

// namedDestination reads a destination's own words at toks[j:], at most
// four: capitalised names and place heads ("Westby yard", "Calder
// Infirmary"); it returns the names and the index after the words.
func namedDestination(toks []token, j int) ([]string, int) {
	var names []string
	k := j
	for ; k < len(toks) && k < j+4 && toks[k].Word; k++ {
		_, lw, _ := stripPossessiveTok(toks[k])
		if !isCap(toks[k].Text) {
			if stopWords[lw] || prepositions[lw] || !(placeHeads[lw] || venueHeads[lw] || placeHeads[singular(lw)]) {
				break
			}
			continue
		}
		if nonNameWords[lw] || notTowns[lw] {
			break
		}
		if !genericPlaceWords[lw] && !placeHeads[lw] && !venueHeads[lw] {
			names = append(names, lw)
		}
	}
	return names, k
}

// movingVerbs take a vessel or vehicle to one place ("towed to", "diverted
// to"); people taken to hospitals or shelters often go to several.
var movingVerbs = toSet(`towed towing tow tows diverted rerouted brought`)

// movedObject reports whether toks[t:i] is the object of a moving verb
// before its "to": at most five words, no clause break or preposition
// ("towed the damaged barge to", "brought the Calder Star to").
func movedObject(toks []token, t, i int) bool {
	if i-t > 5 {
		return false
	}
	for _, x := range toks[t:i] {
		if !x.Word || clauseBreak(x) || prepositions[x.Norm] {
			return false
		}
	}
	return true
}

// describedDestination reads a destination described without a name and
// placed by one after "in" at toks[j:] ("a safe mooring in Westby
// Bay", "anchor in the lee of Calder Island"): an optional article, at
// most three lower-case words, "in", an optional "the <frame> of", then
// the capitalised names. It returns the names and the index after them.
func describedDestination(toks []token, j int) ([]string, int) {
	if j < len(toks) && (toks[j].Norm == "a" || toks[j].Norm == "an" || toks[j].Norm == "the") {
		j++
	}
	n := 0
	for ; j < len(toks) && toks[j].Word && !isCap(toks[j].Text) && toks[j].Norm != "in"; j++ {
		if n++; n > 3 || stopWords[toks[j].Norm] || prepositions[toks[j].Norm] {
			return nil, j
		}
	}
	if n == 0 || j+1 >= len(toks) || toks[j].Norm != "in" {
		return nil, j
	}
	j++
	if j+2 < len(toks) && toks[j].Norm == "the" && sideNouns[toks[j+1].Norm] && toks[j+2].Norm == "of" {
		j += 3 // "in the lee of", "in the mouth of"
	}
	return capNames(toks, j, notTowns)
}

// capNames reads the capitalised words at toks[j:] up to a non-name word
// or one of stop, and returns the ones that tell a place apart (not
// "Street", "Road") with the index after the run.
func capNames(toks []token, j int, stop map[string]bool) ([]string, int) {
	var names []string
	for ; j < len(toks) && toks[j].Word && isCap(toks[j].Text); j++ {
		_, lw, _ := stripPossessiveTok(toks[j])
		if nonNameWords[lw] || stop[lw] {
			break
		}
		if !genericPlaceWords[lw] {
			names = append(names, lw)
		}
	}
	return names, j
}

// sideNouns name a side or part of a named place that a described place
// is in ("in the lee of Calder Island", "in the mouth of the Easton").
var sideNouns = toSet(`lee shelter mouth shadow middle centre center north south east west`)

// objectPronouns stand for the thing a moving verb moved ("towed it to").
var objectPronouns = toSet(`it him her them`)

// summonVerbs bring people together at a place.
var summonVerbs = toSet(`summoned summons convened convenes called invited gathered brought`)

// nearTrigger reports whether toks[i] follows the trigger within gap
// words, in its clause.
func nearTrigger(e Evidence, toks []token, i, gap int) bool {
	te := e.TriggerEnd
	if e.TriggerStart < 0 || te <= e.TriggerStart || toks[i].Start() < te {
		return false
	}
	n := 0
	for k := i - 1; k >= 0 && toks[k].Start() >= te; k-- {
		t := toks[k]
		if clauseBreak(t) {
			return false
		}
		if n++; n > gap {
			return false
		}
	}
	return true
}

// heldAt reports whether the preposition at toks[i] follows a participle
// of holding set off by a comma after the trigger's phrase ("talks
// between the two sides, held at the town hall"): the venue of the event.
func heldAt(e Evidence, toks []token, i int) bool {
	te := e.TriggerEnd
	if i < 2 || !heldVerbs[toks[i-1].Norm] || toks[i-2].Text != "," || e.TriggerStart < 0 || te <= e.TriggerStart || toks[i-2].Start() < te {
		return false
	}
	// the comma closes the trigger's phrase: no clause breaks before it,
	// but the "and" of "between A and B"
	between := false
	n := 0
	for _, t := range toks[:i-2] {
		if t.Start() < te {
			continue
		}
		if n++; n > 2*maxVenueGap {
			return false
		}
		switch {
		case t.Norm == "between":
			between = true
		case t.Norm == "and" && between:
		case clauseBreak(t):
			return false
		}
	}
	return true
}

// beforeLength reports whether the preposition at toks[i] opens a place
// told in the clause just before a comma and an adjunct of length whose
// noun is the trigger ("agreed at her home in Westby, in some 26
// hours of talks"): where the trigger's event took place.
func beforeLength(e Evidence, toks []token, i int) bool {
	ts := e.TriggerStart
	t := indexAt(toks, ts)
	// "<prep> [about|nearly …] <number> <unit> of <trigger>"
	if t < 4 || t >= len(toks) || toks[t].Start() != ts || toks[t-1].Norm != "of" || !durationUnits[singular(toks[t-2].Norm)] {
		return false
	}
	p := t - 3
	for p > 0 && toks[p].Word && !lengthPreps[toks[p].Norm] && t-p < 6 {
		p--
	}
	if p <= i+1 || !lengthPreps[toks[p].Norm] || toks[p-1].Text != "," {
		return false
	}
	n := 0
	for _, x := range toks[i+1 : p-1] {
		if n++; n > 2*maxVenueGap || clauseBreak(x) {
			return false
		}
	}
	return true
}

// lengthPreps open an adjunct telling how long an act took ("in nine hours
// of talks", "after 14 hours of debate").
var lengthPreps = toSet(`in after following`)

// durationUnits are the units of a length of time.
var durationUnits = toSet(`minute hour day week month`)

// heldVerbs are the participles that place a gathering ("held at",
// "hosted at").
var heldVerbs = toSet(`held hosted convened staged`)

// venueOwner reads the owner after a venue's "of": an optional "the" and
// up to three lower-case words ("the law firm"), then a capitalised name
// ("Osk Marren"). It returns the name's words and the index after them;
// none when no name follows.
func venueOwner(toks []token, j int) ([]string, int) {
	if j < len(toks) && toks[j].Norm == "the" {
		j++
	}
	for n := 0; n < 3 && j < len(toks) && toks[j].Word && !isCap(toks[j].Text); n++ {
		if stopWords[toks[j].Norm] || prepositions[toks[j].Norm] {
			return nil, j
		}
		j++
	}
	return capNames(toks, j, nil)
}

// townName reads the capitalised words of a town's name at toks[j:]
// ("Townsville", "Port Easton"); none when the words are a month, a
// weekday, a possessive, a venue or an institution.
func townName(toks []token, j int) ([]string, int) {
	var names []string
	k := j
	for ; k < len(toks) && k < j+3 && toks[k].Word && isCap(toks[k].Text); k++ {
		_, lw, poss := stripPossessiveTok(toks[k])
		if lw == "new" && k == j && k+1 < len(toks) && toks[k+1].Word && isCap(toks[k+1].Text) {
			names = append(names, lw) // "New Easton"
			continue
		}
		if poss || nonNameWords[lw] || placeHeads[lw] || venueHeads[lw] || notTowns[lw] {
			return nil, j
		}
		names = append(names, lw)
	}
	if len(names) == 0 || k < len(toks) && toks[k].Word && (placeHeads[toks[k].Norm] || venueHeads[toks[k].Norm]) {
		return nil, j
	}
	return names, k
}

// notTowns are capitalised words after "in" that name no town.
var notTowns = toSet(`parliament congress senate court government cabinet office power custody
english french spanish german arabic russian chinese person public private total parallel response
fact part time turn return advance addition particular general brief short sum practice principle theory`)

// appendTown adds the town told after a named venue ("… Coordination
// Centre in Townsville"): "in" at the first token from byte offset end.
func appendTown(out []Fact, e Evidence, toks []token, end int, quoted [][2]int) []Fact {
	i := indexAt(toks, end) // the first token at or after end
	if i+1 >= len(toks) || toks[i].Norm != "in" {
		return out
	}
	if f, _, ok := townOf(e, toks, i+1, quoted); ok {
		out = append(out, f)
	}
	return out
}

// venueTown adds the town a described venue ends with ("the company's
// control room in Easton").
func venueTown(out []Fact, e Evidence, toks []token, v Fact, quoted [][2]int) []Fact {
	for i := indexAt(toks, v.Start); i+1 < len(toks) && toks[i].End() <= v.End; i++ {
		if toks[i].Norm == "in" {
			if f, _, ok := townOf(e, toks, i+1, quoted); ok {
				out = append(out, f)
			}
			break
		}
	}
	return out
}

// townFact reads "in <Town>" right after the trigger ("an emergency
// meeting in Townsville"), the preposition at toks[i].
func townFact(e Evidence, toks []token, i int, quoted [][2]int) (Fact, int, bool) {
	if toks[i].Norm != "in" || !nearTrigger(e, toks, i, 1) {
		return Fact{}, 0, false
	}
	return townOf(e, toks, i+1, quoted)
}

// townOf makes the town fact of the name at toks[j].
func townOf(e Evidence, toks []token, j int, quoted [][2]int) (Fact, int, bool) {
	names, k := townName(toks, j)
	if names == nil {
		return Fact{}, 0, false
	}
	s, en := toks[j].Start(), toks[k-1].End()
	if inRanges(quoted, s, en) {
		return Fact{}, 0, false
	}
	return Fact{Kind: FactPlace, Slot: slotTown, Value: e.Text[s:en], Text: e.Text[s:en], Items: []string{strings.Join(names, " ")}, Start: s, End: en, Evidence: e}, k, true
}

// pluralPossessive reports whether toks[k] is the apostrophe of a plural
// possessive inside a name ("Magistrates' Court"): attached to a word
// ending in s, with a capitalised word after it.
func pluralPossessive(toks []token, k int) bool {
	t := toks[k]
	if t.Word || t.Text != "'" && t.Text != "’" || k+1 >= len(toks) || !toks[k+1].Word || !isCap(toks[k+1].Text) {
		return false
	}
	p := toks[k-1]
	return p.Word && p.End() == t.Start() && strings.HasSuffix(p.Norm, "s")
}

// whereTrigger reports whether the venue ending before toks[k] is followed
// (after an optional "in <Name>") by a "where" clause holding the event's
// trigger ("taken to Mercy Hospital in Westby, where he died").
func whereTrigger(e Evidence, toks []token, k int) bool {
	if e.TriggerEnd <= e.TriggerStart || e.TriggerStart < 0 {
		return false
	}
	if k+1 < len(toks) && (toks[k].Norm == "in" || toks[k].Norm == "at") && isCap(toks[k+1].Text) {
		for k++; k < len(toks) && toks[k].Word && isCap(toks[k].Text); k++ {
		}
	}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k >= len(toks) || toks[k].Norm != "where" || e.TriggerStart < toks[k].End() {
		return false
	}
	// the trigger lies in the "where" clause: no clause break before it
	for _, t := range toks[k+1:] {
		if t.Start() >= e.TriggerStart {
			return true
		}
		if t.Text == "," || t.Text == ";" || t.Word && subordinators[t.Norm] {
			return false
		}
	}
	return false
}

// maxVenueGap is the most tokens between the end of the trigger and the
// preposition of a venue described without a name.
const maxVenueGap = 6

// venueFact reads a venue described without a name in a phrase that
// follows the trigger in its clause, the preposition at toks[i]: a
// determiner or possessive, then an owner ("the company's"), names and
// modifiers, and a head of placeHeads or venueHeads ("at the spaceport's
// press site", "at the Westby plant"), with an optional "in <Name>"
// after it. Items are the names (the words that tell one such venue from
// another); next is the index after the phrase.
func venueFact(e Evidence, toks []token, i int, quoted [][2]int) (Fact, int, bool) {
	ts, te := e.TriggerStart, e.TriggerEnd
	if ts < 0 || te <= ts || te > len(e.Text) {
		return Fact{}, 0, false
	}
	// the preposition follows the trigger closely, in its clause (further
	// after a verb that brings people to a place), or comes just before
	// the length the trigger took ("agreed at the Westby offices, in
	// some 26 hours of talks")
	gap := maxVenueGap
	if summons(e) {
		gap = 2 * maxVenueGap
	}
	if toks[i].Start() < te && !beforeLength(e, toks, i) || toks[i].Start() >= te && !nearTrigger(e, toks, i, gap) && !heldAt(e, toks, i) {
		return Fact{}, 0, false
	}
	j := i + 1
	if j >= len(toks) || !toks[j].Word {
		return Fact{}, 0, false
	}
	switch toks[j].Norm {
	case "the", "a", "an", "its", "their", "his", "her", "our":
		j++
	default:
		if _, _, poss := stripPossessiveTok(toks[j]); !poss {
			return Fact{}, 0, false // "in hospital", "at home": no venue told
		}
	}
	var names []string
	head, end := "", -1
	for k := j; k < len(toks) && k < j+5; k++ {
		t := toks[k]
		if !t.Word {
			break
		}
		_, lw, poss := stripPossessiveTok(t)
		if isCap(t.Text) {
			if nonNameWords[lw] {
				break
			}
			if k > j && venueHeads[lw] && institutionHeads[lw] {
				// "the Transport Ministry": a named institution's seat
				head, end = lw, k
				break
			}
			if !genericPlaceWords[lw] {
				names = append(names, lw)
			}
			continue
		}
		if poss && k == j {
			continue // an owner: "the company's"
		}
		if stopWords[lw] || prepositions[lw] || countNounStop[lw] {
			break
		}
		if hd := singular(lw); placeHeads[lw] || venueHeads[lw] || placeHeads[hd] {
			head, end = lw, k
			if k+1 < len(toks) && toks[k+1].Word && !isCap(toks[k+1].Text) && (placeHeads[toks[k+1].Norm] || venueHeads[toks[k+1].Norm]) {
				continue // "the press office building"
			}
			break
		}
	}
	next := end + 1
	if head != "" && next < len(toks) && toks[next].Norm == "of" {
		// "at the offices of the law firm Osk Marren": the owner's names
		// tell the venue; "at the centre of an inquiry" is no venue
		owner, after := venueOwner(toks, next+1)
		if len(owner) == 0 || !venueHeads[head] {
			return Fact{}, 0, false
		}
		names = append(names, owner...)
		next = after
	}
	if head == "" {
		return Fact{}, 0, false
	}
	if next+1 < len(toks) && toks[next].Norm == "in" && isCap(toks[next+1].Text) && !nonNameWords[toks[next+1].Norm] {
		// "the company's headquarters in Halbury"
		for next++; next < len(toks) && toks[next].Word && isCap(toks[next].Text); next++ {
			if _, lw, _ := stripPossessiveTok(toks[next]); !genericPlaceWords[lw] {
				names = append(names, locPrefix+lw)
			}
		}
	}
	s, en := toks[j].Start(), toks[next-1].End()
	if inRanges(quoted, s, en) {
		return Fact{}, 0, false
	}
	return Fact{Kind: FactPlace, Slot: slotVenue, Value: e.Text[s:en], Text: e.Text[s:en], Items: names, Start: s, End: en, Evidence: e}, next, true
}

// locPrefix marks the names of a described venue that tell where it is
// ("in:westby" of "the firm's headquarters in Westby") rather than
// whose or which it is ("the Acme headquarters").
const locPrefix = "in:"

// venueNames are the names of a described venue without locPrefix, and
// whether it has names of each kind (which/whose, where).
func venueNames(f Fact) (names []string, which, where bool) {
	for _, it := range f.Items {
		if n, ok := strings.CutPrefix(it, locPrefix); ok {
			names, where = append(names, n), true
		} else {
			names, which = append(names, it), true
		}
	}
	return names, which, where
}

// compatibleVenues judges two venues described without a name: other
// heads may hold one another ("the company's headquarters", "the press
// site"); one head conflicts when both tell where it is and no place is
// shared ("the agency's offices in Westby" vs "its office in Harlow"), or
// when both tell the same kind of name (which or where) and no name is
// shared ("the Westby plant" vs "its Harlow plant"; not "the Acme
// headquarters" vs "the headquarters in Westby").
//
// Seats of two bodies conflict whatever their heads: "the league's
// headquarters" is not "the transport ministry" (but "the minister's
// office" may be in the ministry).
func compatibleVenues(a, b Fact) bool {
	if ha, hb := venueHead(a), venueHead(b); homeHeads[ha] != homeHeads[hb] {
		return false // "outside his home" is not "on the steps of the ministry"
	}
	if venueHead(a) != venueHead(b) {
		sa, sb := venueSeat(a), venueSeat(b)
		return sa == "" || sb == "" || sameStem(sa, sb)
	}
	na, whichA, whereA := venueNames(a)
	nb, whichB, whereB := venueNames(b)
	if whereA && whereB && !shareWhere(a, b) {
		return false // one body's office "in Harlow" and its office "in Westby"
	}
	for _, x := range na {
		for _, y := range nb {
			if x == y {
				return true
			}
		}
	}
	return !(whichA && whichB || whereA && whereB)
}

// venueSeat is the body whose seat a venue described without a name is:
// the owner of "the league's headquarters", the head of "the transport
// ministry"; "" for other venues ("the press site", "the company's plant").
func venueSeat(f Fact) string {
	head := venueHead(f)
	if institutionHeads[head] {
		return head
	}
	if !seatHeads[head] {
		return ""
	}
	owner := ""
	for _, t := range tokenize(f.Value) {
		if !t.Word {
			continue
		}
		_, lw, poss := stripPossessiveTok(t)
		if poss {
			owner = lw
		}
		if singular(lw) == head || lw == head {
			break
		}
	}
	return owner
}

// sameStem reports whether two words name one body: one stem, or an
// office holder and the institution of the office ("minister" and
// "ministry").
func sameStem(a, b string) bool {
	if stem(a) == stem(b) {
		return true
	}
	return seatOfOffice[a] == b || seatOfOffice[b] == a
}

// seatOfOffice maps an office holder to the institution that is the seat
// of the office.
var seatOfOffice = map[string]string{"minister": "ministry", "president": "presidency", "ambassador": "embassy", "consul": "consulate"}

// shareWhere reports whether two venues name one place they are in.
func shareWhere(a, b Fact) bool {
	for _, x := range a.Items {
		for _, y := range b.Items {
			if strings.HasPrefix(x, locPrefix) && x == y {
				return true
			}
		}
	}
	return false
}

// sameVenue reports whether two venues described without a name are told
// alike: one head, and the names of one among those of the other ("the
// mine gate" is "the gate").
func sameVenue(a, b Fact) bool {
	if venueHead(a) != venueHead(b) {
		return false
	}
	na, _, _ := venueNames(a)
	nb, _, _ := venueNames(b)
	return subset(na, nb) || subset(nb, na)
}

// venueHead is the head word of a venue described without a name
// ("headquarters" of "the company's headquarters in Halbury").
func venueHead(f Fact) string {
	ws := words(f.Value)
	h := ""
	for _, w := range ws {
		if w == "in" || w == "at" || w == "near" || w == "outside" {
			break // "offices in Port Harlow": the head comes before where it is
		}
		if placeHeads[w] || venueHeads[w] || placeHeads[singular(w)] {
			h = w
		}
	}
	return singular(h)
}

// compatibleFacts judges two facts of one slot.
func compatibleFacts(a, b Fact) bool {
	if a.Running || b.Running {
		return true
	}
	switch a.Kind {
	case FactParticipants:
		// one outlet has someone from an organisation that another says
		// sent no one
		for _, x := range [2][2]Fact{{a, b}, {b, a}} {
			for _, o := range x[0].Absent {
				if contains(x[1].Orgs, o) || slices.ContainsFunc(x[1].Items, func(it string) bool { return strings.ToLower(surname(it)) == o }) {
					return false // (or that person, there in the other's list)
				}
			}
		}
		return subset(a.Items, b.Items) || subset(b.Items, a.Items)
	case FactPlace:
		if a.Slot == slotVenue {
			return compatibleVenues(a, b)
		}
		ai, bi := a.Items, b.Items
		if a.Slot == "place:court" {
			// "Northtown Magistrates' Court" and "Southbridge Magistrates'
			// Court" share only their level: the towns tell them apart
			if an, bn := courtNames(ai), courtNames(bi); len(an) > 0 && len(bn) > 0 {
				ai, bi = an, bn
			}
		}
		if len(ai) == 0 || len(bi) == 0 {
			return true
		}
		for _, x := range ai {
			for _, y := range bi {
				if wordMatch(x, y) || strings.Contains(x, y) || strings.Contains(y, x) {
					return true
				}
			}
		}
		return false
	}
	if a.Kind == FactDate {
		if ya, _ := dateYear(a.Value); ya != "" {
			if yb, _ := dateYear(b.Value); yb != "" && yb != ya {
				return false // "March 2014" is not "March 2026"
			}
		}
	}
	if a.Kind == FactTime && zonesMayDiffer(a, b) {
		// "6 p.m." and "22:00" under a UTC timeline, "2:30 a.m." and
		// "06:30 GMT": the same moment told in two zones differs by whole
		// hours, so such a difference is no conflict
		for h := -14; h <= 14; h++ {
			for _, half := range []float64{-720, 0, 720} {
				shift := float64(h*60) + half
				if half != 0 && len(a.Items) == 0 && len(b.Items) == 0 {
					continue
				}
				if clockOverlap(a, b, shift) {
					return true
				}
			}
		}
		return false
	}
	if a.Kind == FactTime && (len(a.Items) > 0 || len(b.Items) > 0) {
		// a clock time without a.m./p.m. matches either half of the day
		for _, shift := range []float64{-720, 0, 720} {
			if clockOverlap(a, b, shift) {
				return true
			}
		}
		return false
	}
	if a.Kind == FactTime {
		return clockOverlap(a, b, 0)
	}
	if (strings.HasPrefix(a.Slot, "percent:rise") || strings.HasPrefix(a.Slot, "percent:fall")) && (roundedTo(a, b) || roundedTo(b, a)) {
		return true // "5 per cent" is "5.2%" rounded
	}
	return a.Lo <= b.Hi && b.Lo <= a.Hi
}

// roundedTo reports whether whole, an exact whole number, is frac (a
// number with a fractional part) rounded to the unit.
func roundedTo(whole, frac Fact) bool {
	if whole.Lo != whole.Hi || whole.Lo != math.Trunc(whole.Lo) || frac.Lo != frac.Hi || frac.Lo == math.Trunc(frac.Lo) {
		return false
	}
	return math.Abs(whole.Lo-frac.Lo) < 0.5
}

// courtNames are the items of a court's name that are not its level
// ("northtown" of "Northtown Magistrates' Court").
func courtNames(items []string) []string {
	var out []string
	for _, it := range items {
		if !courtWords[strings.TrimSuffix(it, "'")] {
			out = append(out, it)
		}
	}
	return out
}

// rangeSlot is the slot of clock x when it opens or closes a range with
// the clock next to it in its sentence: "from 9 p.m. until 6 a.m.",
// "between 10pm and 5am", "9pm-6am". Starts are compared with starts and
// ends with ends, never with a moment ("opened at 9 a.m." is not "staffed
// from 8am to 8pm"); a lone "until 6 a.m." is no range.
func rangeSlot(text string, exprs []timex.Expr, x timex.Expr) string {
	var prev, next *timex.Expr
	for i := range exprs {
		y := &exprs[i]
		if y.Kind != timex.KindClock || y.Clock < 0 || y.Start < 0 || y.End > len(text) {
			continue
		}
		if y.End <= x.Start {
			prev = y
		} else if y.Start >= x.End && next == nil {
			next = y
		}
	}
	switch {
	case next != nil && clockRange(text, x, *next):
		return "time:from"
	case prev != nil && clockRange(text, *prev, x):
		return "time:end"
	}
	return "time"
}

// clockRange reports whether clocks a and b, a first, are the two ends of
// one range.
func clockRange(text string, a, b timex.Expr) bool {
	gap := strings.TrimSpace(text[a.End:b.Start])
	if gap != "" && strings.Trim(gap, "-–— ") == "" {
		return true // "9pm-6am"
	}
	before := words(text[:a.Start])
	gw := words(gap)
	if len(before) == 0 || len(gw) == 0 || len(gw) > 6 {
		return false
	}
	closer := strings.ToLower(gw[len(gw)-1])
	switch strings.ToLower(before[len(before)-1]) {
	case "from":
		return closer == "until" || closer == "till" || closer == "to" || closer == "through"
	case "between":
		return closer == "and"
	}
	return false
}

// clockOverlap reports whether the intervals of two clock times overlap
// once a is shifted by shift minutes, around the clock: "11:48 p.m." is
// "shortly before midnight".
func clockOverlap(a, b Fact, shift float64) bool {
	for _, wrap := range []float64{-1440, 0, 1440} {
		if a.Lo+shift+wrap <= b.Hi && b.Lo <= a.Hi+shift+wrap {
			return true
		}
	}
	return false
}

// zonesMayDiffer reports whether two clock times may be told in different
// time zones: one names a zone and the other none or another one, or one
// is written in 24-hour style ("22:00") and the other with a.m./p.m. (a
// 24-hour timeline is often in UTC while prose gives local time).
func zonesMayDiffer(a, b Fact) bool {
	za, zb := clockZone(a.Value), clockZone(b.Value)
	if za != zb {
		return true
	}
	return clock24(a.Text) != clock24(b.Text)
}

// clockZone is the zone named in a clock time's value ("18:00 GMT" →
// "GMT"), or "".
func clockZone(v string) string {
	f := strings.Fields(v)
	if len(f) < 2 {
		return ""
	}
	z := f[len(f)-1]
	if strings.Contains(z, ":") {
		return ""
	}
	return strings.ToUpper(z)
}

// clock24 reports whether a clock time is written in 24-hour style: digits
// with a colon and no a.m./p.m. or day-part word.
func clock24(written string) bool {
	l := strings.ToLower(written)
	if !strings.Contains(l, ":") {
		return false
	}
	for _, m := range []string{"a.m", "p.m", "am", "pm", "noon", "midnight", "morning", "evening", "night", "afternoon"} {
		if strings.Contains(l, m) {
			return false
		}
	}
	return true
}

// speechActTime reports whether the clock time at start dates a statement
// rather than the event ("…, the airline said in a statement around 8
// p.m."): a speech word within three words before it.
func speechActTime(e Evidence, start int) bool {
	text := e.Text
	toks := tokenize(text[:start])
	n := 0
	for k := len(toks) - 1; k >= 0 && n < 4; k-- {
		if !toks[k].Word {
			if toks[k].Text == "," || toks[k].Text == ";" {
				return false
			}
			continue
		}
		w := toks[k].Norm
		if speechVerbs[w] || speechNouns[w] {
			// "the decision was announced at 3 p.m.": the saying is the
			// event itself when it is part of the trigger
			at := toks[k].Start()
			if e.TriggerEnd > e.TriggerStart && at >= e.TriggerEnd && at <= len(text) && passiveOf(text[e.TriggerEnd:at]) {
				// "the provisional result was declared at 6.15am": the
				// trigger is what was said, so the saying is the event
				return false
			}
			return e.TriggerEnd <= e.TriggerStart || at < e.TriggerStart || at >= e.TriggerEnd
		}
		n++
	}
	return false
}

// passiveOf reports whether the text between a trigger and a speech verb
// is only the auxiliary of a passive ("was", "had been", "was finally").
func passiveOf(between string) bool {
	n := 0
	for _, t := range tokenize(between) {
		if !t.Word {
			return false
		}
		switch t.Norm {
		case "was", "were", "is", "are", "been", "has", "have", "had", "being", "be", "finally", "eventually", "formally", "officially":
			n++
		default:
			return false
		}
	}
	return n > 0
}

// speechNouns are statements that carry their own time.
var speechNouns = toSet(`statement briefing interview conference post update
release tweet message bulletin`)

// ambiguousClock reports whether a clock time was written without a.m./p.m.
// or a 24-hour form ("5:07", not "5:07 p.m.", "17:07", "05:07", "noon").
func ambiguousClock(written string, clock int) bool {
	l := strings.ToLower(written)
	for _, m := range []string{"a.m", "p.m", "am", "pm", "noon", "midnight", "morning", "evening", "night", "afternoon"} {
		if strings.Contains(l, m) {
			return false
		}
	}
	h := clock / 60
	if h == 0 || h > 12 {
		return false
	}
	// "05:07" (leading zero) is 24-hour
	for _, r := range written {
		if r >= '0' && r <= '9' {
			return r != '0'
		}
	}
	return true
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y || surname(x) == surname(y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sameFact reports whether two facts state the same value.
func sameFact(a, b Fact) bool {
	switch a.Kind {
	case FactParticipants:
		return subset(a.Items, b.Items) && subset(b.Items, a.Items)
	case FactPlace:
		if a.Slot == slotVenue {
			return sameVenue(a, b)
		}
		return strings.EqualFold(a.Value, b.Value)
	case FactDate:
		// "2025-08-15" and "08-15" are the same day when one has no year
		ya, ra := dateYear(a.Value)
		yb, rb := dateYear(b.Value)
		return ra == rb && (ya == yb || ya == "" || yb == "")
	}
	return a.Value == b.Value
}

// Magnitude bands: within one event, figures more than eventBand apart
// are different things (a 12-minute news conference is not a three-hour
// meeting told differently); a story-wide figure of one class ("customers
// affected", "people killed") is one number, and only figures more than
// storyBand apart are taken as different populations.
const (
	eventBand = 3.0
	storyBand = 10.0
)

// magnitudeGroups splits the duration or number facts of one slot into
// groups whose middles lie within band of the group's smallest.
func magnitudeGroups(fs []Fact, band float64) [][]Fact {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	mid := func(f Fact) float64 {
		hi := f.Hi
		if hi == math.MaxFloat64 {
			hi = f.Lo * 1.25
		}
		return (f.Lo + hi) / 2
	}
	sort.SliceStable(idx, func(a, b int) bool { return mid(fs[idx[a]]) < mid(fs[idx[b]]) })
	var groups [][]int
	for _, i := range idx {
		if n := len(groups); n > 0 {
			g := groups[n-1]
			if m0 := mid(fs[g[0]]); m0 > 0 && mid(fs[i])/m0 <= band {
				groups[n-1] = append(g, i)
				continue
			}
		}
		groups = append(groups, []int{i})
	}
	var out [][]Fact
	for _, g := range groups {
		sort.Ints(g)
		var x []Fact
		for _, i := range g {
			x = append(x, fs[i])
		}
		out = append(out, x)
	}
	return out
}

// clockGroups splits the clock times of one event by the phase their
// sentences tell: the first or a partial step ("the first miner is out at
// 23:40", "most services are back at 16:32") and the last or complete one
// ("the last stepped out shortly before 5 a.m.", "fully restored at
// 11:48 p.m.") are different moments, each compared on its own. A time
// whose sentence tells no phase joins the phased group nearest it on the
// clock; with fewer than two phases there is one group.
func clockGroups(fs []Fact) [][]Fact {
	phase := make([]string, len(fs))
	var seen []string
	for i, f := range fs {
		phase[i] = timePhase(f.Evidence.Text)
		if phase[i] != "" && !slices.Contains(seen, phase[i]) {
			seen = append(seen, phase[i])
		}
	}
	if len(seen) < 2 {
		return [][]Fact{fs}
	}
	mid := func(f Fact) float64 { return (f.Lo + f.Hi) / 2 }
	for i, f := range fs {
		if phase[i] != "" {
			continue
		}
		best := math.MaxFloat64
		for j, g := range fs {
			if phase[j] == "" {
				continue
			}
			d := math.Mod(math.Abs(mid(f)-mid(g)), 1440)
			if d > 720 {
				d = 1440 - d
			}
			if d < best {
				best, phase[i] = d, phase[j]
			}
		}
	}
	out := make([][]Fact, len(seen))
	for i, f := range fs {
		k := slices.Index(seen, phase[i])
		out[k] = append(out[k], f)
	}
	return out
}

// timePhase is the phase of a happening a sentence tells: "first" for the
// first or a partial step ("the first miner", "most services"), "last"
// for the last or complete one ("the last man out", "fully restored"), or
// "". Words of time ("last week", "for the first time") tell no phase.
func timePhase(text string) string {
	ws := words(text)
	p := ""
	for i, w := range ws {
		w = strings.ToLower(w)
		next := ""
		if i+1 < len(ws) {
			next = strings.ToLower(ws[i+1])
		}
		var q string
		switch {
		case firstPhaseWords[w]:
			q = "first"
		case lastPhaseWords[w]:
			q = "last"
		default:
			continue
		}
		if timeNouns[next] || i > 0 && strings.EqualFold(ws[i-1], "at") {
			continue // "last week", "first time", "at last", "at first"
		}
		if p != "" && p != q {
			return "" // "the first … and the last": no one phase
		}
		p = q
	}
	return p
}

// occurrenceGroups splits facts by the occurrence their sentence names
// with an ordinal before a time noun ("the first night under curfew",
// "the second night of the curfew"): the figures of one night are not
// another's. Facts whose sentence names none, or several, form one group.
func occurrenceGroups(fs []Fact) [][]Fact {
	var keys []string
	by := map[string][]Fact{}
	of := map[string]string{} // a sentence's occurrence, read once
	for _, f := range fs {
		k, seen := of[f.Evidence.Text]
		if !seen {
			k = occurrenceOf(f.Evidence.Text)
			of[f.Evidence.Text] = k
		}
		if _, ok := by[k]; !ok {
			keys = append(keys, k)
		}
		by[k] = append(by[k], f)
	}
	if len(keys) < 2 {
		return [][]Fact{fs}
	}
	out := make([][]Fact, 0, len(keys))
	for _, k := range keys {
		out = append(out, by[k])
	}
	return out
}

// occurrenceOf is the one definite "<ordinal> <time noun>" a sentence
// names ("the second night", "the city's first night"), or "" ("ahead of
// a second night" names a night to come, not the figure's).
func occurrenceOf(text string) string {
	ws := words(text)
	found := ""
	for i := 1; i+1 < len(ws); i++ {
		o := strings.ToLower(ws[i])
		if !occurrenceOrdinals[o] || !occurrenceNouns[strings.ToLower(ws[i+1])] {
			continue
		}
		if p := strings.ToLower(ws[i-1]); p != "the" && !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") {
			continue
		}
		k := o + " " + strings.ToLower(ws[i+1])
		if found != "" && found != k {
			return ""
		}
		found = k
	}
	return found
}

// mergeParticipants joins the participant lists of one outlet (a list may
// be spread over sentences: "the U.S. delegation included …", "On the
// other side were …") into one fact per outlet.
func mergeParticipants(facts []Fact) ([]Fact, map[string][]Evidence) {
	more := map[string][]Evidence{}
	var out []Fact
	at := map[string]int{}
	for _, f := range facts {
		if f.Kind != FactParticipants {
			out = append(out, f)
			continue
		}
		o := outletOf(f.Evidence)
		i, ok := at[o]
		if !ok {
			at[o] = len(out)
			f.Items = append([]string(nil), f.Items...)
			f.Orgs = append([]string(nil), f.Orgs...)
			f.Absent = append([]string(nil), f.Absent...)
			out = append(out, f)
			continue
		}
		m := &out[i]
		for _, it := range f.Items {
			if !containsName(m.Items, it) {
				m.Items = append(m.Items, it)
			}
		}
		for _, o := range f.Orgs {
			if !contains(m.Orgs, o) {
				m.Orgs = append(m.Orgs, o)
			}
		}
		for _, o := range f.Absent {
			if !contains(m.Absent, o) {
				m.Absent = append(m.Absent, o)
			}
		}
		m.Value = participantsValue(m.Items, m.Absent)
		if !containsEvidence(append([]Evidence{m.Evidence}, more[o]...), f.Evidence) {
			more[o] = append(more[o], f.Evidence)
		}
	}
	return out, more
}

func containsName(list []string, n string) bool {
	for _, x := range list {
		if x == n || surname(x) == surname(n) {
			return true
		}
	}
	return false
}

// judge compares the facts of one event across outlets.
func judge(facts []Fact) []Disagreement {
	facts, more := mergeParticipants(facts)
	facts = townsTogether(facts)
	// group by kind+slot, in order of first appearance
	var keys []string
	by := map[string][]Fact{}
	for _, f := range facts {
		k := f.Kind + "\x00" + f.Slot
		if _, ok := by[k]; !ok {
			keys = append(keys, k)
		}
		by[k] = append(by[k], f)
	}
	var conflicting, compatible []Disagreement
	for _, k := range keys {
		var groups [][]Fact
		for _, og := range occurrenceGroups(by[k]) {
			if kind := og[0].Kind; kind == FactDuration || kind == FactCount || kind == FactNumber {
				groups = append(groups, magnitudeGroups(og, eventBand)...)
			} else if kind == FactTime {
				groups = append(groups, clockGroups(og)...)
			} else {
				groups = append(groups, og)
			}
		}
		for _, g := range groups {
			d, ok := judgeSlot(g, more)
			if !ok {
				continue
			}
			if d.Verdict == VerdictConflicting {
				conflicting = append(conflicting, d)
			} else {
				compatible = append(compatible, d)
			}
		}
	}
	return append(conflicting, compatible...)
}

// townsTogether adds to each town fact the other towns of the event its
// own sentence names ("in Easton, Westshire"; "Westshire's largest city,
// Easton"): an outlet that names both tells one place, a city in its
// region, so neither conflicts with the other.
func townsTogether(facts []Fact) []Fact {
	var names []string
	for _, f := range facts {
		if f.Slot == slotTown && len(f.Items) == 1 && !contains(names, f.Items[0]) {
			names = append(names, f.Items[0])
		}
	}
	if len(names) < 2 {
		return facts
	}
	for i := range facts {
		f := &facts[i]
		if f.Slot != slotTown {
			continue
		}
		low := " " + strings.Join(words(f.Evidence.Text), " ") + " "
		for _, n := range names {
			if !contains(f.Items, n) && strings.Contains(low, " "+n+" ") {
				f.Items = append(f.Items[:len(f.Items):len(f.Items)], n)
			}
		}
	}
	return facts
}

// judgeSlot judges the facts of one slot: sides are the distinct values.
func judgeSlot(fs []Fact, more map[string][]Evidence) (Disagreement, bool) {
	var outlets []string
	per := map[string][]Fact{}
	for _, f := range fs {
		o := outletOf(f.Evidence)
		if _, ok := per[o]; !ok {
			outlets = append(outlets, o)
		}
		per[o] = append(per[o], f)
	}
	if len(outlets) < 2 {
		return Disagreement{}, false
	}
	conflict, differ := false, false
	for i := 0; i < len(outlets); i++ {
		for j := i + 1; j < len(outlets); j++ {
			same, comp := false, false
			for _, a := range per[outlets[i]] {
				for _, b := range per[outlets[j]] {
					if sameFact(a, b) {
						same = true
					}
					if compatibleFacts(a, b) {
						comp = true
					}
				}
			}
			if !same {
				differ = true
			}
			if !comp {
				conflict = true
			}
		}
	}
	if !differ {
		return Disagreement{}, false
	}
	// sides: distinct values in order of first appearance
	var sides []Side
	var sideFacts []Fact
	for _, f := range fs {
		found := -1
		for i, sf := range sideFacts {
			if sameFact(sf, f) {
				found = i
				break
			}
		}
		if found < 0 {
			sides = append(sides, Side{Value: f.Value, Outlets: []string{}, Evidence: []Evidence{}})
			sideFacts = append(sideFacts, f)
			found = len(sides) - 1
		}
		s := &sides[found]
		s.Outlets = addUnique(s.Outlets, outletOf(f.Evidence))
		evs := []Evidence{f.Evidence}
		if f.Kind == FactParticipants {
			evs = append(evs, more[outletOf(f.Evidence)]...)
		}
		for _, e := range evs {
			if !containsEvidence(s.Evidence, e) {
				s.Evidence = append(s.Evidence, e)
			}
		}
	}
	if len(sides) < 2 {
		return Disagreement{}, false
	}
	verdict := VerdictCompatible
	if conflict {
		verdict = VerdictConflicting
	}
	var texts []string
	for _, sf := range sideFacts {
		t := sf.Text
		if sf.Kind == FactParticipants {
			t = sf.Value
		}
		texts = append(texts, t)
	}
	note := strings.Join(texts, " vs ")
	return Disagreement{Fact: sideFacts[0].Kind, Verdict: verdict, Note: note, Sides: sides}, true
}

func containsEvidence(es []Evidence, e Evidence) bool {
	for _, x := range es {
		if x.Source == e.Source && x.Start == e.Start && x.End == e.End {
			return true
		}
	}
	return false
}

// ordinalWords are ordinals and fractions ("one-fifth", "two-thirds").
var ordinalWords = toSet(`first second third fourth fifth sixth seventh eighth ninth
tenth half halves thirds fourths fifths quarter quarters hundredth thousandth
on off by to`)

func isAlpha(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}

// percentOf is the noun a percentage is of: the first lower-case noun
// after it, skipping "of", articles and one modifier.
func percentOf(toks []token, text string, end int) string {
	k := 0
	for k < len(toks) && toks[k].Start() < end {
		k++
	}
	if k < len(toks) && toks[k].Norm == "cent" {
		k++
	}
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		t := toks[k]
		if !t.Word {
			return ""
		}
		w := t.Norm
		switch {
		case w == "of" || w == "the" || w == "a" || w == "an" || w == "their" || w == "its":
			continue
		case isCap(t.Text) || countNounStop[w] || stopWords[w]:
			return ""
		case k+1 < len(toks) && toks[k+1].Word && !isCap(toks[k+1].Text) && adjectiveShape(w) && !countNounStop[toks[k+1].Norm]:
			continue
		}
		return singular(w)
	}
	return ""
}

// ofQualifier is the head noun of an "of" phrase right after a counted
// noun ("counts of wire fraud" → "fraud"), or "".
func ofQualifier(toks []token, end int) string {
	k := 0
	for k < len(toks) && toks[k].Start() < end {
		k++
	}
	if k >= len(toks) || toks[k].Norm != "of" {
		return ""
	}
	head := ""
	for k++; k < len(toks); k++ {
		t := toks[k]
		if !t.Word || isCap(t.Text) {
			break
		}
		w := t.Norm
		if w == "the" || w == "a" || w == "an" {
			if head == "" {
				continue
			}
			break
		}
		if stopWords[w] || prepositions[w] || countNounStop[w] {
			break
		}
		if _, isNum := wordNumber(w); isNum {
			return ""
		}
		head = w
	}
	return singular(head)
}

// currencyWords name a currency after an amount ("300 euros"). "pounds"
// is money only with a scale word ("2.2 billion pounds"); "300 pounds" is
// more often a weight.
var currencyWords = map[string]string{
	"dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "yen": "¥",
	"yuan": "¥", "rupee": "₹", "rupees": "₹", "rouble": "₽", "roubles": "₽",
	"ruble": "₽", "rubles": "₽", "sterling": "£", "pound": "£", "pounds": "£",
	"crown": "crown", "crowns": "crown", "krona": "kr", "kronor": "kr", "krone": "kr", "kroner": "kr",
	"franc": "fr", "francs": "fr", "peso": "peso", "pesos": "peso", "lira": "lira", "dinar": "dinar", "dinars": "dinar",
	"zloty": "zł", "zlotys": "zł", "forint": "Ft", "shekel": "₪", "shekels": "₪", "dirham": "dirham", "dirhams": "dirham",
	"riyal": "riyal", "riyals": "riyal", "ringgit": "RM", "baht": "฿",
}

// ambiguousCurrency are currency nouns that are also other things ("two
// pounds of flour", "three crowns" won): money only in millions.
var ambiguousCurrency = toSet(`pound pounds crown crowns`)

// currencyWord returns the currency symbol of a currency noun counted by
// n, or "".
func currencyWord(toks []token, unit string, n number) string {
	cur, ok := currencyWords[unit]
	if !ok {
		return ""
	}
	if ambiguousCurrency[unit] {
		if n.Next-n.First < 2 || n.Value < 1e6 {
			return ""
		}
	}
	return cur
}

// moneyNouns name what an amount of money is; the value is the slot
// qualifier (synonyms share one).
var moneyNouns = map[string]string{
	"fee": "fee", "fees": "fee",
	"ransom": "payment", "payment": "payment", "payout": "payment",
	"damage": "damage", "damages": "damage",
	"fine": "fine", "fines": "fine", "penalty": "fine",
	"offer": "value", "bid": "value", "takeover": "value", "deal": "value",
	"valuation": "value", "acquisition": "value", "buyout": "value",
	"salary": "pay", "bonus": "bonus", "loss": "loss", "losses": "loss",
	"profit": "profit", "profits": "profit", "revenue": "revenue", "sales": "revenue",
	"debt": "debt", "debts": "debt", "budget": "budget", "cost": "cost", "costs": "cost", "price": "cost",
	"bail": "bail", "bond": "bail", "settlement": "settlement",
	"compensation": "compensation", "restitution": "restitution",
	"contract": "contract", "loan": "loan", "grant": "grant",
	"reward": "reward", "donation": "donation", "investment": "investment",
	"bribe": "bribe", "bribes": "bribe", "dividend": "dividend",
	"policy": "insurance", "insurance": "insurance", "premium": "insurance", "cover": "insurance",
	"funds": "funds", "assets": "funds", "reserves": "funds", "aid": "aid",
	"fund": "fund",
}

// moneyVerbs name what an amount is from the verb before it ("valuing
// the firm at £2bn", "demanded $4.5 million").
var moneyVerbs = map[string]string{
	"valuing": "value", "values": "value", "valued": "value", "value": "value",
	"demanded": "payment", "demanding": "payment", "demands": "payment", "demand": "payment",
	"fined": "fine", "raised": "", "earned": "", "lost": "loss",
	"insured": "insurance", "insure": "insurance", "insuring": "insurance",
	// "the outage had cost it $9 million" is what it lost; the noun
	// "cost" is matched as a noun first ("the cost of $5m")
	"cost": "loss", "costing": "loss",
}

// moneyClass finds what an amount of money measures: a money noun right
// after it (one modifier may sit between: "a £20m break fee") or after
// "of"/"in" ("$5 million in damages") or "to a" ("$2 million to a relief fund"), a
// noun before "of" ("a break fee of
// £25m"), or a money verb earlier in its
// clause ("valuing the target at £2.1bn"). sym is the index of the currency
// symbol (or of the number when the currency is a word), next the token
// after the number, end the byte end of the amount.
func moneyClass(toks []token, sym, next, end int) string {
	k := next
	for k < len(toks) && toks[k].Start() < end {
		k++
	}
	for j := k; j < len(toks) && j < k+2; j++ {
		t := toks[j]
		if !t.Word {
			break
		}
		if q, ok := moneyNouns[t.Norm]; ok {
			return q
		}
		if countNounStop[t.Norm] {
			break
		}
	}
	if k+2 < len(toks) && toks[k].Norm == "to" && (toks[k+1].Norm == "a" || toks[k+1].Norm == "the") {
		// "promised $2 million to a relief fund for flood victims"
		if q := moneyNounIn(toks, k+2, k+3); q != "" {
			return q
		}
	}
	if k+1 < len(toks) && (toks[k].Norm == "of" || toks[k].Norm == "in") {
		// "2.2 billion pounds of damage", "seeks $5 million in damages",
		// "$120 million in frozen state funds" (up to two modifiers)
		if q := moneyNounIn(toks, k+1, k+3); q != "" {
			return q
		}
	}
	if sym >= 2 && toks[sym-1].Norm == "of" {
		if q, ok := moneyNouns[toks[sym-2].Norm]; ok {
			return q
		}
	}
	// "puts its losses from the outage at $3.5 million": after "at", a
	// money noun earlier in the clause names the amount
	// (a hedge between does not count: "estimates the value of the stolen
	// objects at about £25 million")
	from := sym - 1
	if from >= 1 && toks[from].Word && hedgeWord(toks[from].Norm) {
		from--
	}
	at := from >= 0 && toks[from].Norm == "at"
	for j, d := from, 0; j >= 0 && d < 6; j, d = j-1, d+1 {
		t := toks[j]
		if !t.Word {
			if t.Text == "," || t.Text == ";" || t.Text == ":" {
				break
			}
			continue
		}
		if t.Norm == "and" || t.Norm == "but" {
			break
		}
		if q, ok := moneyVerbs[t.Norm]; ok {
			if q == "loss" && t.Norm == "cost" && j > 0 && modalWords[toks[j-1].Norm] && toks[j-1].Text != "May" {
				return "cost" // "the repairs would cost about $75,000": their price, not a loss
			}
			if t.Norm == "cost" && j > 0 && (toks[j-1].Norm == "a" || toks[j-1].Norm == "the" || toks[j-1].Norm == "total") {
				return "cost" // "at a cost it put at $2m": the noun
			}
			return q
		}
		if q, ok := moneyNouns[t.Norm]; ok && at {
			if h := ofHead(toks, j); h != "" {
				return h // "put the cost of the damage at €2m": a cost
			}
			return q
		}
		if t.Norm == "bill" && at {
			return "cost" // "a bill it put at $2m" (not a bill of parliament)
		}
	}
	return ""
}

// ofHead is the class of the money noun whose "of" phrase holds the
// noun at toks[j] ("cost" of "the cost of the damage"), or "".
func ofHead(toks []token, j int) string {
	k := j - 1
	if k >= 0 && (toks[k].Norm == "the" || toks[k].Norm == "a" || toks[k].Norm == "its" || toks[k].Norm == "their") {
		k--
	}
	if k < 1 || toks[k].Norm != "of" {
		return ""
	}
	return moneyNouns[toks[k-1].Norm]
}

// modalWords make a "cost" verb after them a price ("would cost", "will
// cost", "is expected to cost"); the month "May" is no modal.
var modalWords = toSet(`would will could may might to`)

// moneyNounIn returns the class of the first money noun among the words
// toks[from..last], which stop at a non-word or a word that ends a noun
// phrase; "" if none.
func moneyNounIn(toks []token, from, last int) string {
	for j := from; j < len(toks) && j <= last; j++ {
		if !toks[j].Word || countNounStop[toks[j].Norm] {
			break
		}
		if q, ok := moneyNouns[toks[j].Norm]; ok {
			return q
		}
	}
	return ""
}

// percentClasses name what a percentage measures from a word before it:
// a move ("jumped 24%", "up 22%") or a holding ("holds 12% of").
var percentClasses = map[string]string{
	"up": "rise", "rose": "rise", "rise": "rise", "rises": "rise", "risen": "rise",
	"jumped": "rise", "jump": "rise", "jumps": "rise", "climbed": "rise", "climb": "rise",
	"gained": "rise", "gain": "rise", "gains": "rise", "surged": "rise", "surge": "rise",
	"soared": "rise", "increased": "rise", "increase": "rise", "rallied": "rise",
	"grew": "rise", "higher": "rise", "advanced": "rise",
	"down": "fall", "fell": "fall", "fall": "fall", "falls": "fall", "fallen": "fall",
	"dropped": "fall", "drop": "fall", "drops": "fall", "slumped": "fall", "slid": "fall",
	"tumbled": "fall", "plunged": "fall", "plunge": "fall", "declined": "fall",
	"decline": "fall", "decreased": "fall", "lost": "fall", "sank": "fall", "lower": "fall",
	"holds": "stake", "held": "stake", "hold": "stake", "holding": "stake",
	"owns": "stake", "owned": "stake", "own": "stake", "controls": "stake",
}

// percentNouns map the noun a percentage is of to a class ("a 12% stake").
var percentNouns = map[string]string{"stake": "stake", "holding": "stake", "shareholding": "stake", "interest": "stake"}

// percentOfNouns name what a percentage after "<noun> of" measures ("on a
// turnout of 58%"; not "interest of 5%", which is a rate).
var percentOfNouns = map[string]string{"turnout": "turnout", "participation": "turnout"}

// percentClass finds what the percentage at toks[first] measures: a
// class word among the four words before it within its clause, else its
// "of" noun mapped to a class. "" keeps the slot as it is.
func percentClass(toks []token, first int, slot string) string {
	if q, ok := strings.CutPrefix(slot, "percent:"); ok {
		if c, ok := percentNouns[q]; ok {
			return c
		}
	}
	if first > 0 && toks[first-1].Norm == "to" {
		// "rose to 50%": a level, not the size of a move
		return ""
	}
	if first > 1 && toks[first-1].Norm == "of" {
		// "on a turnout of 58%": the noun the share measures
		if c, ok := percentOfNouns[toks[first-2].Norm]; ok {
			return c
		}
	}
	for j, d := first-1, 0; j >= 0 && d < 4; j, d = j-1, d+1 {
		t := toks[j]
		if !t.Word {
			if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "(" {
				break
			}
			continue
		}
		if t.Norm == "and" || t.Norm == "but" {
			break
		}
		if c, ok := percentClasses[t.Norm]; ok {
			return c
		}
		if _, isNum := wordNumber(t.Norm); isNum {
			break
		}
	}
	return ""
}

// moveAfter is the direction a word just after a percentage ending at byte
// end gives it ("2 per cent higher", "8 per cent down"), or "".
func moveAfter(toks []token, end int) string {
	for _, t := range toks {
		if t.Start() < end {
			continue
		}
		switch t.Norm {
		case "higher", "up":
			return "rise"
		case "lower", "down":
			return "fall"
		}
		return ""
	}
	return ""
}

// looseLength reports whether a duration is an adjective without a number
// ("a day-long debate", "an hour-long meeting", "week-long talks"): it
// describes, it does not measure.
func looseLength(written string) bool {
	l := strings.ToLower(written)
	if !strings.HasSuffix(l, "-long") && !strings.HasSuffix(l, "‐long") {
		return false
	}
	for _, w := range words(l) {
		base := w
		if k := strings.IndexByte(w, '-'); k > 0 {
			base = w[:k]
		}
		if _, ok := wordNumber(base); ok && base != "a" && base != "an" {
			return false
		}
		if base != "" && base[0] >= '0' && base[0] <= '9' {
			return false
		}
	}
	return true
}

// notTheLength reports whether the duration text[start:end] is not the
// length of what happened: a shortfall ("roughly a minute short of") or
// the length of a plan ("the planned burn of seven minutes", "scheduled
// for two hours").
func notTheLength(text string, start, end int) bool {
	if after := words(text[end:min(len(text), end+12)]); len(after) > 0 {
		switch strings.ToLower(after[0]) {
		case "short", "shy":
			return true
		}
	}
	before := words(text[max(0, start-40):start])
	n := len(before)
	if n == 0 {
		return false
	}
	if p := strings.ToLower(before[n-1]); p != "of" && p != "for" {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-4; i-- {
		if plannedLengthWords[strings.ToLower(before[i])] {
			return true
		}
	}
	return false
}

// priorLength reports whether duration x is the value a change replaced:
// the sentence changes a length ("cut her four-year ban to two years",
// "reduced the ban from four years to 30 months") and x comes before the
// length it was changed to. Only the new length is the event's.
func priorLength(text string, exprs []timex.Expr, x timex.Expr) bool {
	changedTo := false // a later length follows "to"
	for _, y := range exprs {
		if y.Kind == timex.KindDuration && y.Start > x.End {
			before := words(text[max(0, y.Start-4):y.Start])
			if len(before) > 0 && strings.ToLower(before[len(before)-1]) == "to" {
				changedTo = true
				break
			}
		}
	}
	return changedTo && slices.ContainsFunc(words(text[:x.Start]), func(w string) bool { return changeVerbs[strings.ToLower(w)] })
}

// sequenceWords join a happening that comes before or after another one
// ("… by 52 votes, after a debate that lasted six hours").
var sequenceWords = toSet(`after before following until since preceding`)

// totalDeterminers may stand between "of" and a total ("38 of the 112
// cars", "five of its 12 engines").
var totalDeterminers = toSet(`the its their his her our`)

// closeWords put a share move at the day's close ("closed up 5%");
// intradayWords during the day ("lost 6% within minutes").
var (
	closeWords    = toSet(`closed closing close`)
	intradayWords = toSet(`intraday minutes opened opening`)
)

// otherHappening reports whether the span [s, e) of an evidence sentence
// belongs to another happening than the event's trigger: a sequence word
// ("after", "before", "following") lies between them. Figures
// told with "when", "as", "which" stay with the trigger ("signed by 64
// deputies when it was tabled"), and so do figures before an aside set
// off by commas ("At 16,000 ft, six minutes after takeoff, the plug blew
// out"). A sentence without a trigger span keeps everything.
func otherHappening(ev Evidence, s, e int) bool {
	ts, te := ev.TriggerStart, ev.TriggerEnd
	if ts < 0 || te <= ts || te > len(ev.Text) || s < 0 || e > len(ev.Text) {
		return false
	}
	a, b := te, s
	if e <= ts {
		a, b = e, ts
	}
	if a >= b {
		return false
	}
	toks := tokenize(ev.Text[a:b])
	// "fans bought 3,000 tickets on Monday, and that evening the club
	// added 900 seats": a clause set at another time is another
	// happening, whichever of the two the event is
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Text == "," && (toks[i+1].Norm == "and" || toks[i+1].Norm == "but") && (laterClause(toks, i+2) || namedSubjectClause(toks, i+2)) {
			return true
		}
	}
	for i, t := range toks {
		if !t.Word || !sequenceWords[t.Norm] || (b == s && i == len(toks)-1) {
			continue
		}
		// "At 16,000 ft, six minutes after takeoff, the plug blew out":
		// a phrase set off by commas is an aside, not another happening
		aside := false
		for _, u := range toks[i+1:] {
			if u.Text == "," {
				aside = true
				break
			}
		}
		if !aside {
			return true
		}
	}
	return false
}

// laterClause reports whether a coordinated clause opens at toks[i] with a
// time of its own: "that night", "the next day", "later", "then".
func laterClause(toks []token, i int) bool {
	switch toks[i].Norm {
	case "later", "then", "afterwards":
		return true
	case "that", "the", "by":
		if i+1 < len(toks) {
			switch toks[i+1].Norm {
			case "night", "evening", "morning", "afternoon", "day", "week", "next", "following":
				return true
			}
		}
	}
	return false
}

// namedSubjectClause reports whether toks[i:] opens a clause with a named
// subject of its own and an auxiliary ("…, and Colm Vey has signed a
// five-year contract"): the conjunct tells another act.
func namedSubjectClause(toks []token, i int) bool {
	n := 0
	for i < len(toks) && toks[i].Word && isCap(toks[i].Text) && n < 3 {
		i++
		n++
	}
	if n == 0 || i >= len(toks) || !toks[i].Word {
		return false
	}
	switch toks[i].Norm {
	case "has", "have", "had", "is", "are", "was", "were", "will":
		return true
	}
	return false
}

// triggerNoun reports whether the noun w is the head of the event's
// trigger ("debate" in "after nearly 11 hours of debate").
func triggerNoun(ev Evidence, w string) bool {
	ts, te := ev.TriggerStart, ev.TriggerEnd
	if ts < 0 || te <= ts || te > len(ev.Text) {
		return false
	}
	ws := words(ev.Text[ts:te])
	return len(ws) > 0 && singular(ws[len(ws)-1]) == w
}

// timeAdjunct reports whether the tokens between a clock time and a
// following "when" only complete the time ("9:42 a.m. on Tuesday, when
// …"): commas, digits and timeAdjunctWords.
func timeAdjunct(toks []token) bool {
	for _, t := range toks {
		if !t.Word {
			if t.Text != "," {
				return false
			}
			continue
		}
		if c := t.Norm[0]; c >= '0' && c <= '9' {
			continue
		}
		if !timeAdjunctWords[t.Norm] {
			return false
		}
	}
	return true
}

// monthInterval is the interval of days (month*100+day) a month stated
// without a day stands for: the whole month, or its part ("early May",
// "mid-June", "the end of July", "late March"), open ended after "as
// early as", "after", "since", "from" and before "before", "until", "as
// late as". "by" keeps the month: "due by the end of July" names the
// deadline. part is "early", "mid", "late" or "".
func monthInterval(text string, start, month int, part string) (string, string, float64, float64) {
	prev := tokenize(text[max(0, start-40):start])
	var ws []string
	for i := len(prev) - 1; i >= 0 && len(ws) < 4; i-- {
		if !prev[i].Word {
			break
		}
		ws = append(ws, prev[i].Norm) // nearest first
	}
	at := func(k int) string {
		if k < len(ws) {
			return ws[k]
		}
		return ""
	}
	k := 0
	if at(k) == "of" {
		// "the end of July", "the beginning of May"
		switch at(k + 1) {
		case "end":
			part = "late"
		case "beginning", "start":
			part = "early"
		case "middle":
			part = "mid"
		}
		if part != "" {
			k += 2
			if at(k) == "the" {
				k++
			}
		}
	}
	first, last := 1.0, 31.0
	switch part {
	case "early":
		last = 10
	case "mid":
		first, last = 11, 20
	case "late":
		first = 21
	default:
		part = ""
	}
	m := float64(month * 100)
	lo, hi := m+first, m+last
	switch w := at(k); {
	case w == "as" && at(k+1) == "early" || w == "after" || w == "since" || w == "from":
		// "as early as July", "after March"
		return ApproxAtLeast, part, lo, math.MaxFloat64
	case w == "as" && at(k+1) == "late" || w == "before" || w == "until":
		return ApproxAtMost, part, 0, hi
	}
	return ApproxExact, part, lo, hi
}

// dateYear splits the value of a date fact into its year ("" when none is
// stated) and the rest ("2026-07-15" → "2026", "07-15"; "late 07" → "",
// "late 07").
func dateYear(v string) (string, string) {
	i := strings.LastIndexByte(v, ' ') + 1
	d := v[i:]
	if len(d) > 5 && d[4] == '-' {
		return d[:4], v[:i] + d[5:]
	}
	return "", v
}

// plannedBefore reports whether the text before byte start has a word of
// plan or prospect ("will", "is expected to", "hopes", "targeting"); the
// modal "may" counts only in lower case ("May" is the month).
func plannedBefore(text string, start int) bool {
	text = text[:start]
	for i := 0; ; {
		s, e, word, ok := nextToken(text, i)
		if !ok {
			return false
		}
		i = e
		if w := text[s:e]; word && len(w) >= 3 && len(w) <= 9 && w != "May" {
			if needsNorm(w) {
				w = normWord(w)
			}
			if plannedWords[w] {
				return true
			}
		}
	}
}

// occasionCount reports whether the count n of unit (ending at byte uEnd)
// is a number of occasions: "N times" (not a multiplier: "three times as
// many"), "N occasions", or "on N previous/earlier/separate <nouns>" ("a
// warning light came on on three previous flights").
func occasionCount(toks []token, n number, unit string, uEnd int) bool {
	switch unit {
	case "times", "occasions":
		k := n.Next
		for k < len(toks) && toks[k].Start() < uEnd {
			k++
		}
		return !multiplier(toks, k)
	}
	return n.First > 0 && toks[n.First-1].Norm == "on" && n.Next < len(toks) && occasionAdjectives[toks[n.Next].Norm]
}

// multiplier reports whether the word toks[k] makes the count before it
// a multiplier ("twice as many", "three times the size", "three times
// higher").
func multiplier(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].Word {
		return false
	}
	return multiplierWords[toks[k].Norm]
}

// Words of a stay: a coming in and a going out of the same clause.
var (
	stayInWords  = toSet(`arrived entered reached`)
	stayOutWords = toSet(`left emerged departed exited`)
)

// sinceItBegan reports whether the words at end tell the start of the
// thing a sentence ends, by a pronoun and a verb of starting ("… after it
// was issued", "… after they began"): the span before is its length.
func sinceItBegan(text string, end int) bool {
	ws := words(text[end:min(len(text), end+40)])
	if len(ws) < 2 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "it", "they":
	default:
		return false
	}
	k := 1
	if w := strings.ToLower(ws[k]); (w == "was" || w == "were" || w == "had") && len(ws) > 2 {
		k++
		if strings.ToLower(ws[k]) == "been" && len(ws) > 3 {
			k++
		}
	}
	return startVerbs[strings.ToLower(ws[k])]
}

// stayLength reports whether the "… later" at start closes a stay its
// clause opened: a verb of leaving right before it and a verb of coming
// in up to 25 words earlier, with no contrast between ("reached the
// ministry at 9 a.m. and left an hour later"; not "arrived early, while
// the others left an hour later").
func stayLength(text string, start int) bool {
	before := words(text[:start])
	n := len(before)
	if n < 2 || !stayOutWords[strings.ToLower(before[n-1])] {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-25; i-- {
		w := strings.ToLower(before[i])
		if stayInWords[w] {
			return true
		}
		if w == "but" || w == "while" || w == "whereas" {
			return false
		}
	}
	return false
}

// spanLength reports whether a span of a day or less at start is the
// length of an act told in the past: "the next half hour" after a verb of
// spending ("spent the next half hour circling"), or "in" a length after a
// finished act ("evacuated the cabin in 90 seconds") — not "will resume in
// two hours", a time still to come.
func spanLength(text string, start int, span string) bool {
	before := words(text[:start])
	n := len(before)
	if n == 0 {
		return false
	}
	low := strings.ToLower(span)
	switch {
	case strings.HasPrefix(low, "the next ") || strings.HasPrefix(low, "the following "):
		return spendWords[strings.ToLower(before[n-1])]
	case strings.HasPrefix(low, "in "):
		for i := n - 1; i >= 0 && i >= n-12; i-- {
			w := strings.ToLower(before[i])
			if futureWords[w] {
				return false
			}
			if strings.HasSuffix(w, "ed") && len(w) > 4 {
				return true // a finished act in the clause before
			}
		}
	}
	return false
}

// slotOver is the slot of named stretches of water or land an act was done
// over ("over the Westby Sound", "over Lake Calder"): compared across
// their heads.
const slotOver = "place:over"

// overFeature reads "over/above [the] <Name … Feature>" at toks[i], where
// one of the capitalised words is a geographic feature ("Sound", "Lake",
// "Bay"), and returns the fact and the token after it.
func overFeature(e Evidence, toks []token, i int, quoted [][2]int) (Fact, int, bool) {
	j := i + 1
	if j < len(toks) && toks[j].Norm == "the" {
		j++
	}
	k := j
	for k < len(toks) && toks[k].Word && isCap(toks[k].Text) {
		k++
	}
	if k-j < 2 || inRanges(quoted, toks[j].Start(), toks[k-1].End()) {
		return Fact{}, 0, false
	}
	feature := false
	var distinct []string
	for _, t := range toks[j:k] {
		if featureHeads[t.Norm] {
			feature = true
			continue
		}
		distinct = append(distinct, t.Norm)
	}
	if !feature || len(distinct) == 0 {
		return Fact{}, 0, false
	}
	// the place of the event's own act: in its clause ("circled over …",
	// "… over the Sound to jettison fuel") or its "where" clause, not of
	// another act coordinated with it ("declared an emergency and
	// circled over …")
	if !nearTrigger(e, toks, i, 6) && !triggerAhead(e, toks, k, 8) && !whereTrigger(e, toks, k) {
		return Fact{}, 0, false
	}
	s, en := toks[j].Start(), toks[k-1].End()
	return Fact{Kind: FactPlace, Slot: slotOver, Value: e.Text[s:en], Text: e.Text[s:en], Items: distinct, Start: s, End: en, Evidence: e}, k, true
}

// pronounSubject reports whether the sentence, past a live-blog stamp,
// opens with a personal pronoun as its subject ("She is at the podium with
// …").
func pronounSubject(toks []token) bool {
	k := stampEnd(toks)
	for k < len(toks) && !toks[k].Word {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Norm {
	case "he", "she", "they":
		return true
	}
	return false
}

// triggerAhead reports whether the evidence's trigger starts within gap
// words after toks[k], in the same clause.
func triggerAhead(e Evidence, toks []token, k, gap int) bool {
	if e.TriggerStart < 0 || e.TriggerEnd <= e.TriggerStart || k >= len(toks) || e.TriggerStart < toks[k].Start() {
		return false
	}
	n := 0
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.Start() >= e.TriggerStart {
			return true
		}
		if clauseBreak(t) {
			return false
		}
		if n++; n > gap {
			return false
		}
	}
	return false
}

// clauseBreak reports a token that ends a clause between a trigger and a
// phrase: punctuation, a subordinating word, "and" or "but".
func clauseBreak(t token) bool {
	return !t.Word || t.Bits&vSubord != 0 || t.Norm == "and" || t.Norm == "but"
}

// possessiveNorm reports whether a token is a possessive ("company's",
// "directors'").
func possessiveNorm(t token) bool {
	_, p := stripPossessive(t.Norm)
	return p
}

// moveMoment names the moment of a trading day a share move at
// toks[first:next] is measured at, from the words of its clause: "close"
// ("closed up 5%", "by the close", "ended the day 8% down") or
// "intraday" ("in early trading", "within minutes", "at the open"); ""
// when the clause does not say.
func moveMoment(toks []token, first, next int) string {
	lo, hi := max(0, first-8), min(len(toks), next+8)
	for k := first - 1; k >= lo; k-- {
		if !toks[k].Word && (toks[k].Norm == "." || toks[k].Norm == ";") {
			lo = k + 1
			break
		}
	}
	for k := next; k < hi; k++ {
		if !toks[k].Word && (toks[k].Norm == "." || toks[k].Norm == ";") {
			hi = k
			break
		}
	}
	for k := lo; k < hi; k++ {
		w := toks[k].Norm
		switch {
		case closeWords[w]:
			return "close"
		case w == "the" && k > lo && k+1 < hi && (toks[k+1].Norm == "close" || toks[k+1].Norm == "day") &&
			(toks[k-1].Norm == "by" || toks[k-1].Norm == "at" || toks[k-1].Norm == "ended" || toks[k-1].Norm == "finished" || toks[k-1].Norm == "on"):
			return "close"
		case intradayWords[w]:
			return "intraday"
		case (w == "early" || w == "morning") && k+1 < hi && toks[k+1].Norm == "trading",
			w == "first" && k+1 < hi && (toks[k+1].Norm == "minute" || toks[k+1].Norm == "minutes" || toks[k+1].Norm == "hour"),
			w == "the" && k > lo && toks[k-1].Norm == "at" && k+1 < hi && (toks[k+1].Norm == "open" || toks[k+1].Norm == "opening"):
			return "intraday"
		}
	}
	return ""
}
