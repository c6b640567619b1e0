// Package participle holds the general English vocabulary that tells
// whether a past participle set off after an event's noun tells the event
// itself or another act done to it, and whether a present participle
// after a comma opens a clause of consequence. The engine's mention finder
// and the comparison read it, so the lists live in one place.
package participle

// realising are participles that, set off by a comma after an event's
// noun, tell the event itself ("the talks, held on Friday", "a state of
// emergency, declared last night"); any other ("the debate, granted by
// the Speaker on Tuesday") tells another act done to it, at its own time.
var realising = map[string]bool{}

func init() {
	for _, w := range []string{"held", "staged", "hosted", "conducted", "convened", "organised", "organized", "attended",
		"played", "fought", "contested", "followed", "watched", "broadcast", "televised", "declared", "imposed", "issued",
		"signed", "passed", "approved", "enacted", "announced", "ordered", "introduced", "launched", "called", "agreed",
		"reached", "brokered", "carried"} {
		realising[w] = true
	}
}

// Realising reports whether the lower-case participle w realises the event
// whose noun it follows.
func Realising(w string) bool { return realising[w] }

// prepositional are -ing words that work as prepositions or nouns after a
// comma (", following reports of gas", ", including two children", ",
// that morning"): they open no clause of consequence.
var prepositional = map[string]bool{}

func init() {
	for _, w := range []string{"following", "including", "according", "during", "concerning", "regarding", "considering",
		"excluding", "pending", "notwithstanding", "barring", "beginning", "starting", "nothing", "something", "anything",
		"everything", "morning", "evening", "building", "spring", "string", "thing", "king", "ring", "wing", "ceiling",
		"meeting", "hearing", "briefing", "funding", "sitting", "ruling", "landing", "shooting", "bombing", "opening", "closing"} {
		prepositional[w] = true
	}
}

// Consequence reports whether the lower-case word w, right after a comma,
// opens a present-participle clause that tells what followed from the
// clause before (", forcing hundreds from their homes", ", sending 27
// people to hospital").
func Consequence(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing" && !prepositional[w]
}
