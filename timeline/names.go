package timeline

import (
	"sort"
	"strings"

	"storyline/timeline/entity"
	"storyline/timeline/timex"
)

// nameRef is a name mention (person, organisation or place) inside one
// sentence: a run of tokens, its text and its corpus-wide key.
type nameRef struct {
	ti, tj int    // token range [ti, tj)
	text   string // as written
	key    string // canonical name (the same for every spelling of one entity)
	typ    string // "person", "org", "place" or ""
	media  bool   // names a news organisation or programme
	poss   bool   // possessive ("Smith's")
}

// normKey makes a fallback key of a name: lower case, no possessive.
func normKey(s string) string {
	s = strings.ToLower(normApos(s))
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "'")
	return s
}

// nameIndex maps name spellings to canonical keys across the corpus.
type nameIndex struct {
	display map[string]string // key → display form (surname for people)
	count   map[string]int    // key → mentions
	alias   map[string]string // written form (lower case) → key
	kind    map[string]string // key → entity kind
	// surnames are the last names of the people named in full ("Doe" of
	// "Jane Doe")
	surnames map[string]bool
}

// demonymLike reports whether a capitalised word is an adjective of
// nationality or origin ("Canadian", "European", "Chinese", "Brazilian").
func demonymLike(low string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ic", "i", "an"} {
		if len(low) > len(suf)+3 && strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// creditStart returns the byte offset where a sentence's reporting credit
// begins, or the sentence's length when it has none. A credit names the
// journalists or the photographer, not anyone in the story: a run of
// names closing the sentence with "reported for" or "contributed
// reporting" ("…, Hedda Lurk and Colm Vey in Westby reported for the
// Example Wire"), or the picture credit after a copyright sign.
func creditStart(toks []token) int {
	end := 1 << 30
	if len(toks) > 0 {
		end = toks[len(toks)-1].end
	}
	for i, t := range toks {
		if t.text == "©" {
			return t.start
		}
		if t.low != "reported" && t.low != "contributed" || i+1 >= len(toks) {
			continue
		}
		switch next := toks[i+1].low; {
		case t.low == "reported" && (next == "for" || next == "from"):
		case t.low == "contributed" && (next == "reporting" || next == "to"):
		default:
			continue
		}
		j := i - 1
		if j >= 0 && toks[j].low == "also" {
			j--
		}
		first, people := -1, 0
	run:
		for ; j >= 0; j-- {
			w := toks[j]
			switch {
			case w.cap && w.word:
				first = j
				people++
			case w.low == "," || w.low == "and" || w.low == "." || w.low == "in" && toks[j+1].cap:
			default:
				break run // a lower-case word ends the run of names
			}
		}
		// at least a first name and a surname, and the credit closes the
		// sentence's main statement rather than opening it
		if first > 0 && people >= 2 {
			return toks[first].start
		}
	}
	return end
}

// findNames finds the names of every sentence with the entity package and
// gives each a corpus-wide key through an alias index ("Smith" → "Jane
// Smith"; transliterated spellings merge).
func (e *engine) findNames() {
	type found struct {
		sent int
		m    entity.Mention
	}
	var all []found
	var ems []entity.Mention
	for i := range e.sents {
		s := &e.sents[i]
		if !s.active {
			continue // names serve mentions; a sentence without a trigger has none
		}
		dateline := timex.DatelineEnd(s.text) // "TOWN, March 17 (Agency) —": no participant
		credit := creditStart(s.toks)
		for _, m := range entity.Find(s.text) {
			if m.Start < 0 || m.End > len(s.text) || m.Start >= m.End || m.End <= dateline || m.Start >= credit {
				continue
			}
			all = append(all, found{i, m})
			ems = append(ems, m)
		}
	}
	ix := entity.NewIndexMentions(ems)
	canon := map[string]string{}
	canonical := func(s string) string {
		if k, ok := canon[s]; ok {
			return k
		}
		k := ix.Canonical(s)
		canon[s] = k
		return k
	}
	strong := map[string]bool{} // keys seen as a confident name somewhere
	for _, f := range all {
		if !f.m.Weak {
			strong[canonical(f.m.Canonical)] = true
		}
	}
	idx := &nameIndex{display: map[string]string{}, count: map[string]int{}, alias: map[string]string{}, kind: map[string]string{}, surnames: map[string]bool{}}
	for _, f := range all {
		s := &e.sents[f.sent]
		m := f.m
		ti, tj := tokenAt(s.toks, m.Start), tokenAt(s.toks, m.End-1)+1
		if ti >= tj || ti < 0 {
			continue
		}
		// not a name: a time expression, a nationality adjective alone, an event word alone
		skip := false
		for _, x := range s.times {
			if x.Start < m.End && x.End > m.Start {
				skip = true
			}
		}
		if tj-ti == 1 && m.Kind != entity.Person && demonymLike(s.toks[ti].base) {
			skip = true
		}
		if _, _, ok := e.lx.triggers.match(s.toks, ti); ok && tj-ti == 1 && m.Kind != entity.Person {
			skip = true
		}
		if m.Weak && m.Kind == entity.Unknown && tj-ti == 1 && !strong[canonical(m.Canonical)] {
			skip = true
		}
		if skip {
			continue
		}
		key := canonical(m.Canonical)
		if key == "" {
			key = canonical(m.Text)
		}
		if key == "" {
			continue
		}
		nr := nameRef{ti: ti, tj: tj, text: m.Text, key: key, poss: s.toks[tj-1].base != s.toks[tj-1].low || tj < len(s.toks) && s.toks[tj].low == "'s"}
		switch m.Kind {
		case entity.Person, entity.Org, entity.Place:
			nr.typ = m.Kind
		}
		for k := ti; k < tj; k++ {
			if e.lx.media[s.toks[k].base] && nr.typ != entity.Person {
				nr.media = true
			}
		}
		if tj < len(s.toks) && !s.toks[tj].cap && e.lx.media[s.toks[tj].base] && nr.typ != entity.Person {
			nr.media = true
		}
		s.names = append(s.names, nr)
		idx.alias[normKey(m.Text)] = key
		idx.count[key]++
		if nr.typ != "" && idx.kind[key] == "" {
			idx.kind[key] = nr.typ
		}
	}
	for i := range e.sents {
		for j := range e.sents[i].names {
			n := &e.sents[i].names[j]
			if t := idx.kind[n.key]; t != "" && n.typ == "" {
				n.typ = t
			}
			if n.typ == entity.Place && idx.kind[n.key] == entity.Person && strings.Contains(n.key, " ") && !strings.Contains(n.text, " ") {
				// "a motion of no confidence in Vey": a person's surname
				// the index merged, not a place
				n.typ = entity.Person
			}
		}
	}
	keys := make([]string, 0, len(idx.count))
	for k := range idx.count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best, bc := "", 0
	for _, k := range keys {
		if idx.kind[k] == entity.Person {
			idx.display[k] = entity.Surname(k)
			if strings.Contains(k, " ") {
				idx.surnames[idx.display[k]] = true
			}
		} else {
			idx.display[k] = k
		}
		if idx.display[k] == "" {
			idx.display[k] = k
		}
		if idx.count[k] > bc && idx.kind[k] == entity.Person {
			best, bc = k, idx.count[k]
		}
	}
	e.names = idx
	e.topEntity = best
}
