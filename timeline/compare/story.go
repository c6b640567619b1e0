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
	texts := make([]string, len(sents))
	for i, e := range sents {
		texts[i] = e.Text
	}
	as := analyseAll(texts)
	per := map[string]int{} // outlet + slot → facts kept
	var keys []string
	by := map[string][]Fact{}
	for i, e := range sents {
		if !strings.ContainsAny(e.Text, "0123456789") && !hasNumberWord(as[i].toks) {
			continue
		}
		text := e.Text
		quoted := quotedRanges(text)
		var taken [][2]int
		for _, x := range timex.Find(text) {
			if x.Start >= 0 && x.End <= len(text) && x.Start < x.End {
				taken = append(taken, [2]int{x.Start, x.End})
			}
		}
		for _, f := range countFacts(e, as[i].toks, taken, quoted) {
			if f.Running || !storySlot(f.Slot) {
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
	}
	var out []Disagreement
	for _, k := range keys {
		for _, g := range magnitudeGroups(by[k]) {
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
	if class != "" && !strings.HasPrefix(class, "of-") && head == "people" {
		return true
	}
	return complementNouns[head] && (class == "" || !strings.HasPrefix(class, "of-"))
}

// hasNumberWord reports whether the tokens hold a spelt-out number.
func hasNumberWord(toks []token) bool {
	for _, t := range toks {
		if t.Word {
			if _, ok := numberWords[t.Norm]; ok && t.Norm != "a" && t.Norm != "an" {
				return true
			}
		}
	}
	return false
}
