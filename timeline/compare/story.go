package compare

import (
	"strings"

	"storyline/timeline/timex"
)

// maxStoryFacts bounds the facts of one outlet in one slot that the
// story-wide comparison judges, so that a very large corpus stays cheap.
const maxStoryFacts = 8

// StoryDisagreements judges figures across a whole story rather than
// within one event: the sentences given (every body sentence the caller
// wants compared, evidence of an event or not) are searched for figures
// that keep their value for the life of a story — amounts of money with
// what they pay for ("a break fee of £25m", "demanded $4.5 million"),
// counts with their casualty or action class ("seven workers are
// unaccounted for", "six people were missing") and counts of a fixed
// complement ("22 crew members", "171 passengers"; the nouns are data:
// complementNouns) — and outlets that state one of them differently are
// reported. Only conflicting slots are returned (a difference within the
// stated approximation is no news across a story), running figures ("has
// risen to", "so far") never conflict, and facts of one outlet are never
// compared with each other. The caller decides which of these are already
// told by one event.
func StoryDisagreements(sents []Evidence, names func(string) string) []Disagreement {
	// only sentences that can hold a figure are analysed
	var keep []Evidence
	for _, e := range sents {
		if mayHoldNumber(e.Text) {
			keep = append(keep, e)
		}
	}
	sents = keep
	texts := make([]string, len(sents))
	for i, e := range sents {
		texts[i] = e.Text
	}
	as := analyseAll(texts)
	// first the facts; then the heads counted as what something carries
	// ("a rocket carrying 22 satellites", "with 171 passengers on board")
	// make a story's complements, beside complementNouns
	var all []Fact
	carried := map[string]bool{}
	for i, e := range sents {
		text := e.Text
		quoted := quotedRanges(text)
		var taken [][2]int
		for _, x := range timex.Find(text) {
			if x.Start >= 0 && x.End <= len(text) && x.Start < x.End {
				taken = append(taken, [2]int{x.Start, x.End})
			}
		}
		for _, f := range countFacts(e, as[i].toks, taken, quoted) {
			if f.Running || f.Kind == FactCount && f.Hi == 1 {
				// ("One man was found dead on Wednesday": a person's fate,
				// not a toll that "two people died" tells otherwise)
				continue
			}
			if f.Kind == FactCount && carriedCount(as[i].toks, f) {
				carried[slotHead(f.Slot)] = true
			}
			all = append(all, f)
		}
	}
	per := map[string]int{} // outlet + slot → facts kept
	var keys []string
	by := map[string][]Fact{}
	for _, f := range all {
		if h := slotHead(f.Slot); f.Kind == FactCount && carried[h] && !strings.ContainsAny(f.Slot, ":+") {
			// "24 broadband satellites" and "22 internet
			// satellites" are one complement
			f.Slot = h
		} else if !storySlot(f.Slot) {
			continue
		}
		k := f.Kind + "\x00" + f.Slot
		ok := outletOf(f.Evidence) + "\x00" + k
		if per[ok] >= maxStoryFacts {
			continue
		}
		per[ok]++
		if _, seen := by[k]; !seen {
			keys = append(keys, k)
		}
		by[k] = append(by[k], f)
	}
	var out []Disagreement
	for _, k := range keys {
		for _, g := range magnitudeGroups(by[k], storyBand) {
			if d, ok := judgeSlot(g, nil); ok && d.Verdict == VerdictConflicting {
				out = append(out, d)
			}
		}
	}
	return out
}

// storySlot reports whether a count or amount slot names a figure that
// keeps its value across a story: money with a class, a count with a
// casualty or action class, a count of a fixed complement.
func storySlot(slot string) bool {
	if strings.ContainsAny(slot, "[+") {
		// "170 more flights", "French drones": an increment, a subset
		return false
	}
	if rest, ok := strings.CutPrefix(slot, "money:"); ok {
		return strings.Contains(rest, ":")
	}
	if strings.HasPrefix(slot, "percent") {
		return false
	}
	head, class, _ := strings.Cut(slot, ":")
	if class != "" && !strings.HasPrefix(class, "of-") && (head == "people" || head == "customers") {
		return true
	}
	return complementNouns[head] && (class == "" || !strings.HasPrefix(class, "of-"))
}

// slotHead is the unit noun of a count slot ("satellite[acme]" → "satellite").
func slotHead(slot string) string {
	if i := strings.IndexAny(slot, ":["); i >= 0 {
		return slot[:i]
	}
	return slot
}

// carriedWords right before a count, or aboardWords after it in its
// clause, make it a count of what something carries ("with 300
// firefighters" alone does not).
var (
	carriedWords = toSet(`carrying carried carries carry`)
	aboardWords  = toSet(`aboard onboard board`)
)

// carriedCount reports whether a count fact is what something carries:
// "carrying 22 satellites", "with 171 passengers on board", "the 21 crew
// members who were aboard".
func carriedCount(toks []token, f Fact) bool {
	i := 0
	for i < len(toks) && toks[i].Start() < f.Start {
		i++
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].Word && carriedWords[toks[k].Norm] {
			return true
		}
	}
	for k, d := i, 0; k < len(toks) && d < 8; k, d = k+1, d+1 {
		if !toks[k].Word && (toks[k].Text == "," || toks[k].Text == ";") {
			break
		}
		if toks[k].Start() >= f.End && aboardWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

// mayHoldNumber reports whether text has a digit or a spelt-out number
// word ("six", "Seven"; a run of ASCII letters), without allocating.
func mayHoldNumber(text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if l := c | 0x20; l >= 'a' && l <= 'z' {
			j := i + 1
			for j < len(text) && text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z' {
				j++
			}
			if isNumberWordFold(text[i:j]) {
				return true
			}
			i = j
			continue
		}
		if c >= '0' && c <= '9' {
			return true
		}
		i++
	}
	return false
}

// isNumberWordFold reports whether the ASCII letters w, lower-cased, are
// a number word other than "a" and "an".
func isNumberWordFold(w string) bool {
	var buf [9]byte // the longest number word: "seventeen"
	if len(w) < 3 || len(w) > len(buf) || !inShapes(numberShapes, shapeOf(w[0]|0x20, w[1]|0x20, len(w))) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	_, ok := numberWords[string(buf[:len(w)])]
	return ok
}
