package compare

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	if len(toks) > 0 && toks[0].Norm == "the" {
		toks = toks[1:]
	}
	if len(toks) < 2 {
		return nil
	}
	for _, t := range toks {
		if t.is(vOrg) {
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
	// person reports whether a name written alone is one of the story's
	// people (nil: only the names learnt here are known)
	person func(string) bool
}

func newPeople() *people {
	return &people{titles: map[string][]string{}, byLast: map[string][]string{}}
}

// capRun is a run of capitalised tokens.
type capRun struct {
	toks       []token
	first      int  // index of toks[0] in the token list
	possessive bool // the last token ends in 's
}

// analysis is what the passes over one text share: its tokens, its
// capitalised runs and, computed on first use, the entity finder's
// mentions. It lives for one call of Quotes or Disagreements.
type analysis struct {
	text     string
	toks     []token
	runs     []capRun // nil until capRuns
	split    []splitRun
	ents     []entity.Mention
	entsDone bool
	// followEnds are the offsets where a word ends that white space and
	// an organisation follower follow (computed by orgFollowed).
	followEnds []int
	followDone bool
}

// splitRun is splitTitle of one capitalised run.
type splitRun struct {
	name  []token
	title []string
}

// analyseAll analyses texts with their tokens in one shared allocation.
func analyseAll(texts []string) []*analysis {
	n := 0
	for _, t := range texts {
		n += tokenCap(t)
	}
	slab := make([]token, 0, n)
	as := make([]analysis, len(texts))
	out := make([]*analysis, len(texts))
	for i, t := range texts {
		from := len(slab)
		slab = tokenizeAppend(slab, t)
		as[i] = analysis{text: t, toks: slab[from:len(slab):len(slab)]}
		out[i] = &as[i]
	}
	return out
}

// capRuns returns runs(a.toks) and their splitTitle, computed once. The
// results are shared: callers must not modify them.
func (a *analysis) capRuns() ([]capRun, []splitRun) {
	if a.runs == nil {
		a.runs = runs(a.toks)
		a.split = make([]splitRun, len(a.runs))
		for i, r := range a.runs {
			a.split[i].name, a.split[i].title = splitTitle(r.toks)
		}
		if a.runs == nil {
			a.runs = []capRun{}
		}
	}
	return a.runs, a.split
}

// orgFollowed reports whether the name key (a person-name candidate, as
// entity.Mention.Canonical writes names) may stand in the text right
// before an organisation follower ("the Acme network"): its last word
// ends a word that white space and one of entity.OrgFollowers follow.
func (a *analysis) orgFollowed(key string) bool {
	if !a.followDone {
		for k := 1; k < len(a.toks); k++ {
			if t := a.toks[k]; t.is(vFollow) && a.toks[k-1].End() < t.Start() {
				a.followEnds = append(a.followEnds, a.toks[k-1].End())
			}
		}
		a.followDone = true
	}
	last := key[strings.LastIndexByte(key, ' ')+1:]
	for _, e := range a.followEnds {
		if endsWithName(a.text[:e], last) {
			return true
		}
	}
	return false
}

// endsWithName reports whether s ends with w once curly apostrophes are
// straightened.
func endsWithName(s, w string) bool {
	for w != "" {
		switch {
		case strings.HasSuffix(s, "’") && w[len(w)-1] == '\'':
			s, w = s[:len(s)-len("’")], w[:len(w)-1]
		case s != "" && s[len(s)-1] == w[len(w)-1]:
			s, w = s[:len(s)-1], w[:len(w)-1]
		default:
			return false
		}
	}
	return true
}

// entities returns entity.Find(a.text), computed once.
func (a *analysis) entities() []entity.Mention {
	if !a.entsDone {
		a.ents = entity.Find(a.text)
		a.entsDone = true
	}
	return a.ents
}

func stripPossessive(w string) (string, bool) {
	if w == "" {
		return w, false
	}
	if c := w[len(w)-1]; c != 's' && c != '\'' && c != 0x99 { // 0x99 ends "’"
		return w, false
	}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// stripPossessiveTok is stripPossessive(t.Text) together with the
// normWord of the stripped word, cut from t.Norm (normWord maps rune by
// rune, and "'s", "’s" become "'s", "'" and "’" become "'").
func stripPossessiveTok(t token) (string, string, bool) {
	b, p := stripPossessive(t.Text)
	if !p {
		return b, t.Norm, false
	}
	cut := 1
	if strings.HasSuffix(t.Text, "s") {
		cut = 2
	}
	return b, t.Norm[:len(t.Norm)-cut], true
}

// isNameWord reports whether the word token t may be (part of) a
// person's name.
func isNameWord(t token) bool {
	if !isCap(t.Text) {
		return false
	}
	b, lw, _ := stripPossessiveTok(t)
	if formIs(t, lw, vNonName|vOrg) {
		return false
	}
	// all-caps words of 2+ letters are acronyms (CIA, NATO), not names,
	// unless they are initials ("J.").
	if len(b) >= 2 && sameUpper(b) && !strings.HasSuffix(b, ".") {
		return false
	}
	return true
}

// nameAt returns the longest person-name candidate that ends the capital
// run toks (after the last title word), and the title words before it.
func splitTitle(toks []token) (name []token, title []string) {
	last := -1
	for i, t := range toks {
		w := noDots(t.Norm)
		_, nb, _ := stripPossessiveTok(t)
		if formIs(t, w, vTitle) || formIs(t, nb, vTitle) || !isNameWord(t) {
			last = i
		}
	}
	if last >= 0 {
		title = make([]string, 0, last+1)
	}
	for _, t := range toks[:last+1] {
		_, nb, _ := stripPossessiveTok(t)
		title = append(title, noDots(nb))
	}
	return toks[last+1:], title
}

// runs returns the capitalised runs of a token list. A run may hold
// initials ("J.") and lower-case particles between name words are not
// allowed (they end the run).
func runs(toks []token) []capRun {
	// a run is a stretch of toks: its tokens are shared, not copied; there
	// are at most as many runs as capitalised words
	caps := 0
	for _, t := range toks {
		if t.Word && isCap(t.Text) {
			caps++
		}
	}
	out := make([]capRun, 0, caps)
	first, n := 0, 0
	flush := func(poss bool) {
		if n > 0 {
			out = append(out, capRun{toks: toks[first : first+n : first+n], first: first, possessive: poss})
		}
		n = 0
	}
	for i, t := range toks {
		if t.Word && isCap(t.Text) {
			if n == 0 {
				first = i
			}
			n++
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
func (p *people) learn(a *analysis) {
	toks := a.toks
	var notPerson map[string]bool // lazily: canonical names of organisations
	rs, split := a.capRuns()
	for ri, r := range rs {
		name, title := split[ri].name, split[ri].title
		if len(name) < 2 || len(name) > 4 {
			continue
		}
		// prefix title words just before the run ("special envoy Jane Doe")
		title = append(lowerTitleBefore(toks, r.first), title...)
		full := joinName(name)
		if known, ok := p.titles[full]; ok && allContained(title, known) {
			continue // nothing to learn, whatever the entity finder says
		}
		if key := strings.ReplaceAll(full, "’", "'"); entity.OrgShaped(key) || a.orgFollowed(key) {
			// only then may the entity finder call it an organisation
			if notPerson == nil {
				notPerson = map[string]bool{}
				for _, m := range a.entities() {
					if m.Kind == entity.Org {
						notPerson[m.Canonical] = true
					}
				}
			}
			if notPerson[key] {
				continue
			}
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
func lowerTitleBefore(toks []token, idx int) []string {
	var out []string
	for i := idx - 1; i >= 0 && i >= idx-3; i-- {
		t := toks[i]
		if !t.Word {
			break
		}
		w := t.Norm
		if b, p := stripPossessive(w); p {
			w = b
		}
		if !formIs(t, w, vTitle|vRole) {
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
func (p *people) mentions(a *analysis) []mention {
	toks := a.toks
	rs, split := a.capRuns()
	out := make([]mention, 0, len(rs)+4)
	var persons map[int]bool // lazily: starts of entity.Find person mentions
	ri := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		for ri < len(rs) && rs[ri].first < i { // runs in token order
			ri++
		}
		if t.Word && (t.Norm == "he" || t.Norm == "she") {
			out = append(out, mention{Start: t.Start(), End: t.End(), Pronoun: true})
			continue
		}
		if t.Word {
			if w := t.Norm; t.is(vDescDet) || w == "his" || w == "her" || w == "their" {
				if d, end := description(toks, i); d != nil {
					out = append(out, mention{Start: t.Start(), End: toks[end].End(), Desc: d})
					i = end
					continue
				}
			}
		}
		if ri < len(rs) && rs[ri].first == i {
			r := rs[ri]
			name, title := split[ri].name, split[ri].title
			ri++
			title = append(lowerTitleBefore(toks, r.first), title...)
			if len(name) > 4 {
				name = name[len(name)-2:]
			}
			ok := false
			if len(name) >= 2 {
				// full names were vetted by learn (organisations and
				// places left out)
				_, ok = p.titles[joinName(name)]
			} else if len(name) == 1 {
				b, nb, _ := stripPossessiveTok(name[0])
				_, ok = p.byLast[nb]
				if !ok && p.person != nil && isNameWord(name[0]) {
					ok = p.person(b) // "Doe", the story's "Jane Doe"
				}
				// an unknown single name that tags speech ("Smith said")
				k := i + len(r.toks)
				if !ok && isNameWord(name[0]) && !r.possessive {
					if k < len(toks) && toks[k].Word && toks[k].is(vSpeech) {
						// at a sentence start a capitalised word may be a
						// common noun ("Nurses described …"): ask the
						// entity finder (which never reads one word of
						// letters alone there as a person)
						ok = !sentenceInitial(toks, i) ||
							(len(r.toks) > 1 || !isLetters(name[0].Text) || afterAbbrev(a.text, toks, i)) && entityPerson(a, name[0], &persons)
					}
					if i > 1 && toks[i-1].Word && toks[i-1].is(vSpeech) && len(r.toks) == 1 && strings.ContainsAny(toks[i-2].Text, ",”\"'’") {
						ok = true
					}
				}
			}
			if k := i + len(r.toks); ok && !r.possessive && ri < len(rs) && rs[ri].first > k {
				// "Acme chief executive Jane Doe": a name right before
				// the title of another name is an attribute, not a person
				// ("Jane Doe of the Green Alliance": "of the" alone is no title)
				tb := lowerTitleBefore(toks, rs[ri].first)
				if n := len(tb); n > 0 && rs[ri].first-n == k && slices.ContainsFunc(tb, func(w string) bool { return w != "of" && w != "the" }) {
					ok = false
				}
			}
			if ok {
				nm := joinName(name)
				out = append(out, mention{Start: name[0].Start(), End: name[len(name)-1].End(), Name: nm, Possessive: r.possessive, Title: title})
			} else if d, end := description(toks, i+len(r.toks)-1); r.possessive && d != nil {
				// "Acme's chief executive": the owner's name is a determiner
				out = append(out, mention{Start: t.Start(), End: toks[end].End(), Desc: d})
				i = end
				continue
			} else if org := orgRun(r.toks); len(org) > 0 && !r.possessive {
				// an organisation tagging speech: "the Safety Board said"
				k := i + len(r.toks)
				if k < len(toks) && toks[k].Word && toks[k].is(vSpeech) {
					out = append(out, mention{Start: org[0].Start(), End: org[len(org)-1].End(), Name: joinName(org), Org: true})
				}
			}
			i += len(r.toks) - 1
			continue
		}
		if !t.Word {
			continue
		}
		w := t.Norm
		switch {
		case w == "he" || w == "she":
			out = append(out, mention{Start: t.Start(), End: t.End(), Pronoun: true})
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
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start() >= start })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !toks[k].Word {
			return false
		}
		if toks[k].is(vPrep) {
			return true
		}
		if !toks[k].is(vTitle | vRole) {
			return false
		}
	}
	return false
}

// description parses "the [modifiers] role-noun" starting at the
// determiner toks[i]; it returns the lower-case modifier and head words.
func description(toks []token, i int) ([]string, int) {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		t := toks[j]
		if !t.Word {
			return nil, 0
		}
		w := noDots(t.Norm)
		if formIs(t, w, vRole) {
			// the head must end the noun phrase: not "the president's"
			if j+1 < len(toks) && toks[j+1].Word && toks[j+1].is(vRole) {
				continue // "chief executive"
			}
			// the words from the determiner's next up to the head
			ws := make([]string, 0, j-i)
			for k := i + 1; k <= j; k++ {
				ws = append(ws, noDots(toks[k].Norm))
			}
			return ws, j
		}
		if formIs(t, w, vSpeech) || formIs(t, w, vNonName) && !isCap(t.Text) {
			return nil, 0
		}
	}
	return nil, 0
}

// wordMatch reports whether two lower-case words match loosely
// ("canadian"/"canada", "us"/"u.s.").
func wordMatch(a, b string) bool {
	a = noDots(a)
	b = noDots(b)
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

// afterAbbrev reports whether the entity finder may read the
// sentence-initial toks[i] as continuing the words before it: the dot
// before it is glued to it, or follows an abbreviation or initial that
// may keep it ("Mr. Smith said", "J. Smith said"; entity.KeepsDot).
// Otherwise a capitalised word of letters alone, opening its sentence and
// followed by a lower-case word, is a name of one word with nothing before
// it to the entity finder, which never reads such a name as a person.
func afterAbbrev(text string, toks []token, i int) bool {
	if i < 2 || toks[i-1].Text != "." || toks[i-2].End() != toks[i-1].Start() {
		return false
	}
	if toks[i-1].End() == toks[i].Start() {
		return true
	}
	// the words the finder may see before the dot: the stretch from the
	// last white space, cut after any rune that is not part of a word
	dot := toks[i-1].Start()
	from := strings.LastIndexFunc(text[:dot], unicode.IsSpace) + 1
	if from > 0 {
		_, w := utf8.DecodeRuneInString(text[from-1:])
		from += w - 1
	}
	w := text[from:dot]
	if entity.KeepsDot(w) {
		return true
	}
	for k, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			_, n := utf8.DecodeRuneInString(w[k:])
			if entity.KeepsDot(w[k+n:]) {
				return true
			}
		}
	}
	return false
}

// isLetters reports whether w holds letters only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// entityPerson reports whether the entity finder reads the word at tok as
// (part of) a person's name.
func entityPerson(a *analysis, tok token, persons *map[int]bool) bool {
	if *persons == nil {
		*persons = map[int]bool{}
		for _, m := range a.entities() {
			if m.Kind == entity.Person {
				for s := m.Start; s < m.End; s++ {
					(*persons)[s] = true
				}
			}
		}
	}
	return (*persons)[tok.Start()]
}

// sameUpper reports whether strings.ToUpper(s) == s, without allocating:
// no rune changes when upper-cased and no byte is invalid UTF-8.
func sameUpper(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, w := utf8.DecodeRuneInString(s[i:]); w == 1 {
				return false
			}
			continue
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// allContained reports whether every word of ws is in list.
func allContained(ws, list []string) bool {
	for _, w := range ws {
		if !contains(list, w) {
			return false
		}
	}
	return true
}
