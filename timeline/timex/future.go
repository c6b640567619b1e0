package timex

// futureCues are word sequences that put a sentence's time expressions in
// the future of the time of writing (for Resolve's future argument).
var futureCues = [][]string{
	{"will"}, {"would"}, {"shall"}, {"ll"}, {"won"}, {"going", "to"}, {"plans", "to"},
	{"plan", "to"}, {"planned", "to"}, {"planning", "to"}, {"is", "due"}, {"are", "due"}, {"was", "due"},
	{"were", "due"}, {"is", "expected", "to"}, {"are", "expected", "to"}, {"was", "expected", "to"},
	{"were", "expected", "to"}, {"is", "set", "to"}, {"are", "set", "to"}, {"is", "scheduled"},
	{"are", "scheduled"}, {"was", "scheduled"}, {"were", "scheduled"}, {"upcoming"}, {"intends", "to"},
	{"intend", "to"}, {"aims", "to"}, {"aim", "to"}, {"hopes", "to"}, {"is", "to"}, {"are", "to"},
	{"was", "to"}, {"were", "to"}, {"next"}, {"tomorrow"}, {"later", "this"},
}

// IsFuture reports whether a sentence speaks of a time after its writing
// or after the reported speech ("will", "would", "plans to", "is due to",
// "is expected to", "next", "upcoming"): the cue to pass future=true to
// Resolve and Period. It is a word-level heuristic.
func IsFuture(text string) bool {
	toks := tokenize(text)
	s := &scanner{text: text, toks: toks}
	for i := range toks {
		if toks[i].k != 'w' {
			continue
		}
		for _, c := range futureCues {
			switch c[0] {
			case "ll": // "he'll"
				if toks[i].l == "ll" && i > 0 && s.p(i-1, "'") && s.adj(i-1, i) {
					return true
				}
				continue
			case "next": // "next week", not "the next day"
				if toks[i].l == "next" && s.w(i-1) != "the" && s.w(i-1) != "that" {
					return true
				}
				continue
			case "won": // "won't"
				if toks[i].l == "won" && s.p(i+1, "'") && s.w(i+2) == "t" && s.adj(i, i+1) && s.adj(i+1, i+2) {
					return true
				}
				continue
			}
			if _, ok := s.words(i, c...); ok {
				return true
			}
		}
	}
	return false
}
