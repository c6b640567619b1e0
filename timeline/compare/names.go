package compare

import (
	"strings"

	"storyline/timeline/entity"
)

// mention is a reference to a person inside one text: a name (titles
// stripped), a subject pronoun, or a description ("the French leader").
type mention struct {
	Start, End int    // byte offsets in the text
	Name       string // name as written, titles stripped ("" for pronouns and descriptions)
	Pronoun    bool   // he/she/they…
	Possessive bool   // "Smith's", "his"
	Desc       []string
	Title      []string // lower-case words of the title before a name ("french", "president")
	Object     bool     // right after a preposition ("with Smith"): not a subject
	Org        bool     // an organisation (only as the subject of a speech verb)
}

// orgRun returns the run without a leading article when it names an
// organisation (ends in, or holds, an organisation word).
func orgRun(toks []token) []token {
	if len(toks) > 0 && normWord(toks[0].Text) == "the" {
		toks = toks[1:]
	}
	if len(toks) < 2 {
		return nil
	}
	for _, t := range toks {
		if orgWords[normWord(t.Text)] {
			return toks
		}
	}
	return nil
}

// people is what the corpus tells about person names: full names (two or
// more name words) and the title words seen before them.
type people struct {
	full   []string            // full names in order of first appearance
	titles map[string][]string // full name → title words
	byLast map[string][]string // last word (lower-case) → full names
}

func newPeople() *people {
	return &people{titles: map[string][]string{}, byLast: map[string][]string{}}
}

// capRun is a run of capitalised tokens.
type capRun struct {
	toks       []token
	possessive bool // the last token ends in 's
}

func stripPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

func isNameWord(w string) bool {
	if !isCap(w) {
		return false
	}
	b, _ := stripPossessive(w)
	lw := normWord(b)
	if nonNameWords[lw] || orgWords[lw] {
		return false
	}
	// all-caps words of 2+ letters are acronyms (CIA, NATO), not names,
	// unless they are initials ("J.").
	if len(b) >= 2 && strings.ToUpper(b) == b && !strings.HasSuffix(b, ".") {
		return false
	}
	return true
}

// nameAt returns the longest person-name candidate that ends the capital
// run toks (after the last title word), and the title words before it.
func splitTitle(toks []token) (name []token, title []string) {
	last := -1
	for i, t := range toks {
		w := normWord(strings.ReplaceAll(t.Text, ".", ""))
		b, _ := stripPossessive(t.Text)
		if titleWords[w] || titleWords[normWord(b)] || !isNameWord(t.Text) {
			last = i
		}
	}
	for _, t := range toks[:last+1] {
		b, _ := stripPossessive(t.Text)
		title = append(title, normWord(strings.ReplaceAll(b, ".", "")))
	}
	return toks[last+1:], title
}

// runs returns the capitalised runs of a token list. A run may hold
// initials ("J.") and lower-case particles between name words are not
// allowed (they end the run).
func runs(toks []token) []capRun {
	var out []capRun
	var cur []token
	flush := func(poss bool) {
		if len(cur) > 0 {
			out = append(out, capRun{toks: cur, possessive: poss})
		}
		cur = nil
	}
	for _, t := range toks {
		if t.Word && isCap(t.Text) {
			cur = append(cur, t)
			if _, p := stripPossessive(t.Text); p {
				flush(true)
			}
			continue
		}
		flush(false)
	}
	flush(false)
	return out
}

// learn records the full names of one text. Names that the entity
// finder classifies as an organisation are left out (its place guesses
// are not used: "Nora Field" is a person).
func (p *people) learn(text string) {
	toks := tokenize(text)
	notPerson := map[string]bool{}
	for _, m := range entity.Find(text) {
		if m.Kind == entity.Org {
			notPerson[m.Canonical] = true
		}
	}
	for _, r := range runs(toks) {
		name, title := splitTitle(r.toks)
		// prefix title words just before the run ("special envoy Jane Doe")
		title = append(lowerTitleBefore(toks, r.toks[0]), title...)
		if len(name) < 2 || len(name) > 4 {
			continue
		}
		full := joinName(name)
		if notPerson[strings.ReplaceAll(full, "’", "'")] {
			continue
		}
		if _, ok := p.titles[full]; !ok {
			p.full = append(p.full, full)
			p.titles[full] = []string{}
			last := lastWord(full)
			p.byLast[last] = append(p.byLast[last], full)
		}
		for _, w := range title {
			p.titles[full] = addUnique(p.titles[full], w)
		}
	}
}

// lowerTitleBefore returns lower-case title words directly before tok
// ("special envoy", "adviser", "senior aide").
func lowerTitleBefore(toks []token, first token) []string {
	idx := -1
	for i, t := range toks {
		if t.Start == first.Start {
			idx = i
			break
		}
	}
	var out []string
	for i := idx - 1; i >= 0 && i >= idx-3; i-- {
		t := toks[i]
		if !t.Word {
			break
		}
		w := normWord(t.Text)
		if b, p := stripPossessive(w); p {
			w = b
		}
		if !(titleWords[w] || roleNouns[w]) {
			break
		}
		out = append([]string{w}, out...)
	}
	return out
}

func joinName(toks []token) string {
	var parts []string
	for i, t := range toks {
		w := t.Text
		if i == len(toks)-1 {
			w, _ = stripPossessive(w)
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

func lastWord(full string) string {
	f := strings.Fields(full)
	if len(f) == 0 {
		return ""
	}
	return normWord(f[len(f)-1])
}

// resolveName maps a name as written to a full name known to the corpus
// (a surname alone → the full name with that last word, when unique).
func (p *people) resolveName(name string) string {
	if _, ok := p.titles[name]; ok {
		return name
	}
	if !strings.Contains(name, " ") {
		if c := p.byLast[normWord(name)]; len(c) >= 1 {
			return c[0]
		}
	}
	return name
}

// mentions finds the person mentions of text: names (full names, or single
// words known as the last word of a full name), subject pronouns and
// descriptions.
func (p *people) mentions(text string) []mention {
	toks := tokenize(text)
	var out []mention
	var persons map[int]bool // lazily: starts of entity.Find person mentions
	rs := runs(toks)
	ri := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		for ri < len(rs) && rs[ri].toks[0].Start < t.Start {
			ri++
		}
		if t.Word && (normWord(t.Text) == "he" || normWord(t.Text) == "she") {
			out = append(out, mention{Start: t.Start, End: t.End, Pronoun: true})
			continue
		}
		if t.Word {
			if w := normWord(t.Text); descDeterminers[w] || w == "his" || w == "her" || w == "their" {
				if d, end := description(toks, i); d != nil {
					out = append(out, mention{Start: t.Start, End: toks[end].End, Desc: d})
					i = end
					continue
				}
			}
		}
		if ri < len(rs) && rs[ri].toks[0].Start == t.Start {
			r := rs[ri]
			ri++
			name, title := splitTitle(r.toks)
			title = append(lowerTitleBefore(toks, r.toks[0]), title...)
			if len(name) > 4 {
				name = name[len(name)-2:]
			}
			ok := false
			if len(name) >= 2 {
				// full names were vetted by learn (organisations and
				// places left out)
				_, ok = p.titles[joinName(name)]
			} else if len(name) == 1 {
				b, _ := stripPossessive(name[0].Text)
				_, ok = p.byLast[normWord(b)]
				// an unknown single name that tags speech ("Smith said")
				k := i + len(r.toks)
				if !ok && isNameWord(name[0].Text) && !r.possessive {
					if k < len(toks) && toks[k].Word && speechVerbs[normWord(toks[k].Text)] {
						// at a sentence start a capitalised word may be a
						// common noun ("Nurses described …"): ask the
						// entity finder
						ok = !sentenceInitial(toks, i) || entityPerson(text, name[0], &persons)
					}
					if i > 1 && toks[i-1].Word && speechVerbs[normWord(toks[i-1].Text)] && len(r.toks) == 1 && strings.ContainsAny(toks[i-2].Text, ",”\"'’") {
						ok = true
					}
				}
			}
			if ok {
				nm := joinName(name)
				out = append(out, mention{Start: name[0].Start, End: name[len(name)-1].End, Name: nm, Possessive: r.possessive, Title: title})
			} else if d, end := description(toks, i+len(r.toks)-1); r.possessive && d != nil {
				// "Acme's chief executive": the owner's name is a determiner
				out = append(out, mention{Start: t.Start, End: toks[end].End, Desc: d})
				i = end
				continue
			} else if org := orgRun(r.toks); len(org) > 0 && !r.possessive {
				// an organisation tagging speech: "the Safety Board said"
				k := i + len(r.toks)
				if k < len(toks) && toks[k].Word && speechVerbs[normWord(toks[k].Text)] {
					out = append(out, mention{Start: org[0].Start, End: org[len(org)-1].End, Name: joinName(org), Org: true})
				}
			}
			i += len(r.toks) - 1
			continue
		}
		if !t.Word {
			continue
		}
		w := normWord(t.Text)
		switch {
		case w == "he" || w == "she":
			out = append(out, mention{Start: t.Start, End: t.End, Pronoun: true})
		}
	}
	for k := range out {
		out[k].Object = afterPreposition(toks, out[k].Start)
	}
	return out
}

// afterPreposition reports whether the word before offset start (skipping
// title words) is a preposition.
func afterPreposition(toks []token, start int) bool {
	i := 0
	for i < len(toks) && toks[i].Start < start {
		i++
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !toks[k].Word {
			return false
		}
		w := normWord(toks[k].Text)
		if prepositions[w] {
			return true
		}
		if !(titleWords[w] || roleNouns[w]) {
			return false
		}
	}
	return false
}

// description parses "the [modifiers] role-noun" starting at the
// determiner toks[i]; it returns the lower-case modifier and head words.
func description(toks []token, i int) ([]string, int) {
	var ws []string
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		t := toks[j]
		if !t.Word {
			return nil, 0
		}
		w := normWord(strings.ReplaceAll(t.Text, ".", ""))
		if roleNouns[w] {
			// the head must end the noun phrase: not "the president's"
			if j+1 < len(toks) && toks[j+1].Word && roleNouns[normWord(toks[j+1].Text)] {
				ws = append(ws, w) // "chief executive"
				continue
			}
			return append(ws, w), j
		}
		if speechVerbs[w] || nonNameWords[w] && !isCap(t.Text) {
			return nil, 0
		}
		ws = append(ws, w)
	}
	return nil, 0
}

// wordMatch reports whether two lower-case words match loosely
// ("canadian"/"canada", "us"/"u.s.").
func wordMatch(a, b string) bool {
	a = strings.ReplaceAll(a, ".", "")
	b = strings.ReplaceAll(b, ".", "")
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	short := len(a)
	if len(b) < short {
		short = len(b)
	}
	return n >= 4 && n >= short-2
}

// sentenceInitial reports whether toks[i] starts a sentence or a quote.
func sentenceInitial(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].Text {
		case "“", "\"", "‘", "'", "(", "*", "-", "—":
			continue
		case ".", "!", "?", ":", "…":
			return true
		}
		return false
	}
	return true
}

// entityPerson reports whether the entity finder reads the word at tok as
// (part of) a person's name.
func entityPerson(text string, tok token, persons *map[int]bool) bool {
	if *persons == nil {
		*persons = map[int]bool{}
		for _, m := range entity.Find(text) {
			if m.Kind == entity.Person {
				for s := m.Start; s < m.End; s++ {
					(*persons)[s] = true
				}
			}
		}
	}
	return (*persons)[tok.Start]
}
