// Package participle holds the general English vocabulary that tells
// whether a past participle set off after an event's noun tells the event
// itself or another act done to it. The engine's mention finder and the
// comparison both read it, so the list lives in one place.
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
