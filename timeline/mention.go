package timeline

import (
	"slices"
	"sort"
	"strings"

	"storyline/timeline/internal/participle"
	"storyline/timeline/timex"
)

// Relation types between mentions.
const (
	relBefore = -1
	relDuring = 0
	relAfter  = 1
)

// rel says that a mention is before/after/during another mention (target
// index into the mention list), or the event reported just before it in
// the same article (target -1, resolved when clustering).
type rel struct {
	typ    int
	target int
}

// durRef is a duration stated for a mention.
type durRef struct {
	text    string
	minutes int
	approx  string
}

// sentRec is one evidence sentence of the corpus.
type sentRec struct {
	src        int // index into the corpus sources
	idx        int // evidence sentence number within its source
	role       string
	text       string
	start, end int // byte offsets into the source text
	toks       []token
	times      []timex.Expr
	names      []nameRef
	pos        float64 // relative position in its article (0 first, 1 last)
	zone       string  // clock zone stated by the section heading ("UTC"), or ""
	active     bool    // a trigger phrase may start in it (else it has no mention)
	entry      bool    // under a heading or line that is a clock stamp (a live blog's entry)
	stamp      int     // that stamp's clock time (minutes), -1 none
	// entryAt: the clock of an inline stamp opening the sentence's
	// paragraph, when the sentence is not the stamped one ("**7:15** The
	// strike is over. Negotiators left the hall at 3 a.m."), -1 none
	entryAt int
}

// mention is one event mention: a trigger in a sentence with its arguments.
type mention struct {
	sent         int // index into the sentence list
	kind         int
	ti, tj       int // trigger token range
	ext          int // end of a trigger it absorbed after it ("talks … collapsed"), 0 none
	status       Status
	negated      bool
	passing      bool
	quoted       bool
	weak         bool
	background   bool
	instance     string // "second", "next", … another happening of the kind
	who          []string
	obj          []string // names after the trigger (the counterpart: "call with X")
	place        string
	media        string
	agent        string // the participant doing it (subject), if found
	evaluated    bool   // the object of a verb of judgement: a passing reference
	continuing   bool   // a state that goes on ("remained in place"): its day is not the event's
	plannedCue   bool   // a word of planning stands near it (even when cancelled)
	cancelVerb   bool   // a cancelling verb governs it ("cancelled the demonstration")
	lo, hi       int    // day range of a month/year/week-level time (0 unknown)
	day          int    // days since 1970-01-01 + 1; 0 unknown
	dayStated    bool
	narrDay      int    // the day the article's narrative had reached before this mention (0 none)
	notAfter     int    // an undated happening told before a dated one in its sentence happened on or before that day (0 none)
	clock        int    // minutes since midnight, -1 unknown
	clockZone    string // "utc" for universal time, "" local or unstated
	part         string // part of the day stated ("morning", …, from dayPart/clockPart), or ""
	year         int
	scopeYear    int // the year an opening expression gives the whole sentence ("In 2021, …"), or 0
	timeText     string
	durs         []durRef
	phase        string // "pre:<kind>" / "post:<kind>" relative to another kind
	rels         []rel
	cluster      int
	tStart, tEnd int // trigger bytes within the sentence
	retold       int // end of a participle after a comma that tells the act again ("…, speaking to reporters"), 0 none
	timeExpr     int // index into the sentence's times of its date expression, -1 none
	clockExpr    int // index of its clock time, -1 none
	heads        int // how many people the act is done to (headcount kinds), 0 unknown
}

// clauseStart returns the first token index of the clause holding token i.
func clauseStart(toks []token, i int) int {
	for j := i - 1; j >= 0; j-- {
		if isClauseBreak(toks[j]) {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns the index after the last token of the clause holding i.
func clauseEnd(toks []token, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if isClauseBreak(toks[j]) {
			return j
		}
	}
	return len(toks)
}

// findMentions detects the event mentions of one sentence. senses, indexed
// by kind, marks the kinds its article has established (nil: none), for the
// recast rules that take an article's sense.
func findMentions(lx *lexicon, s *sentRec, si int, senses []bool, ante int) []mention {
	toks := s.toks
	var ms []mention
	hasStrong, mainStrong := false, false
	// which pattern at token at: the next after ones turned down by their context
	at, choice, rejected := -1, 0, 0
	for i := 0; i < len(toks); {
		if i != at {
			at, choice = i, 0
		}
		if ante >= 0 && anaphorAt(lx, toks, i) {
			// "The move was announced at 9 p.m.": the decided act of the
			// sentence before, named again
			// (a trigger phrase of its noun goes with it: "the decision
			// was announced" tells the act, not another announcement)
			end := i + 2
			if _, e, ok := lx.triggers.match(toks, i+1); ok && e > end {
				end = e
			}
			ms = append(ms, mention{sent: si, kind: ante, ti: i, tj: end, status: StatusHappened, clock: -1, cluster: -1, timeExpr: -1, clockExpr: -1})
			hasStrong = true
			mainStrong = mainStrong || !inTrailingRelative(toks, i)
			ante = -1
			i = end
			continue
		}
		pat, end, ok := lx.triggers.matchNth(toks, i, choice)
		if ok && choice > 0 && len(pat.words) != rejected {
			ok = false // a shorter phrase inside one turned down is no reading of its own ("came back on briefly": no "came back")
		}
		if !ok {
			i++
			continue
		}
		if triggerInTime(s, toks, i, end) {
			i = end
			continue // "March 2025" is a date, not a march
		}
		if inProperName(toks, i, end) {
			i = end
			continue // "the Rail Accident Review Board": a name, not an accident
		}
		if end == i+1 && i > 0 && lx.noPassive[toks[i].low] && beForms[toks[i-1].low] {
			i = end
			continue // "the bill will be met by the county": no meeting
		}
		if pat.weak && end < len(toks) && toks[end].low == "to" {
			i = end
			continue // "began to descend": an aspect verb, not a beginning
		}
		start := i // where the mention starts: at the order of an ordered act ("ordered two envoys … to leave")
		c := lx.kinds[pat.kind].Contextual.find(pat.words, toks[i].low)
		if k, cue, ok := recast(lx, lx.kinds[pat.kind].Recast, pat.words, toks, i, senses); ok {
			pat.kind, start = k, cue
		} else if c != nil {
			if len(c.Before) > 0 {
				start = wordBeforeIn(toks, i, c.Before)
			}
			if start < 0 || !inContext(c, toks) && !(c.Possessor && namedPossessor(toks, i) && inContext(&recastDef{Unless: c.Unless}, toks)) {
				// "hit a record": no vehicle or structure in the sentence;
				// the same words as another kind's trigger are tried
				// ("stopped the leak": no officers' stop, but a leak
				// stopped), then the next word (a trigger may start inside
				// it: "its app is up and running")
				choice, rejected = choice+1, len(pat.words)
				continue
			}
		}
		m := mention{sent: si, kind: pat.kind, ti: start, tj: end, weak: pat.weak, status: StatusHappened, clock: -1, cluster: -1, timeExpr: -1, clockExpr: -1}
		if !pat.weak {
			hasStrong = true
			mainStrong = mainStrong || !inTrailingRelative(toks, i)
		}
		ms = append(ms, m)
		i = end
	}
	if len(ms) > 0 {
		ms = speechMentions(lx, toks, ms, si)
	}
	if len(ms) == 0 {
		return nil
	}
	// Weak triggers count only alone (a follow-up's beside an aside's
	// event: "He stood in the witness box beside his solicitor, who had
	// flown in that morning.")
	if hasStrong {
		kept := ms[:0]
		for _, m := range ms {
			if !m.weak || !mainStrong && lx.kinds[m.kind].FollowOnly {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	// Fuse adjacent triggers of one noun phrase ("red-carpet ceremony").
	fused := ms[:0]
	for _, m := range ms {
		if n := len(fused); n > 0 && adjacent(toks, fused[n-1].tj, m.ti) && !auxiliaries[toks[m.ti].low] {
			p := &fused[n-1]
			if lx.kinds[m.kind].Priority > lx.kinds[p.kind].Priority {
				p.kind = m.kind
			}
			p.tj = m.tj
			continue
		}
		fused = append(fused, m)
	}
	ms = fused
	// "denied wrongdoing on Monday, speaking to reporters outside his
	// home": a participle after a comma tells the same act again
	fused = ms[:0]
	for _, m := range ms {
		if n := len(fused); n > 0 && fused[n-1].kind == m.kind && sameActParticiple(toks, fused[n-1].tj, m.ti) {
			fused[n-1].ext = m.tj
			fused[n-1].retold = m.tj
			continue
		}
		fused = append(fused, m)
	}
	ms = fused
	// "found the former mayor guilty": the verdict absorbs the finding
	for k := 1; k < len(ms); k++ {
		for _, a := range lx.kinds[ms[k].kind].Absorbs {
			for j := k - 1; j >= 0; j-- {
				if lx.kinds[ms[j].kind].Kind == a && ms[k].ti-ms[j].tj <= 6 && clauseStart(toks, ms[k].ti) <= ms[j].ti && !subordinatorBetween(s, ms[j].tj, ms[k].ti) {
					// an infinitive's verb is the absorbed one's ("voted
					// to remove him" is told as the vote is)
					if ms[k].ti > 0 && toks[ms[k].ti-1].low == "to" {
						ms[k].ti = ms[j].ti
					}
					ms = append(ms[:j], ms[j+1:]...)
					k--
					break
				}
			}
		}
	}
	// "shares in the company closed at 402p": the share move absorbs the
	// closing; "Talks at the mediation board in Harlow Vale collapsed
	// after 14 hours": the talks absorb their failure (a subject with a
	// prepositional phrase may be longer), and its length is theirs
	for k := 0; k+1 < len(ms); k++ {
		for _, a := range lx.kinds[ms[k].kind].AbsorbsNext {
			n := ms[k+1]
			gap := wordsBetween(toks, ms[k].tj, n.ti)
			// (", a trip of six hours" after "was hauled to the dock", ", in
			// a short ceremony" after "took the oath" sum the act up)
			summed := summingPhrase(toks, n.ti)
			if lx.kinds[n.kind].Kind == a && (gap <= 6 || gap <= 12 && ms[k].tj < len(toks) && prepositionWords[toks[ms[k].tj].low] || summed && wordCount(toks, ms[k].tj, n.ti) <= 12) &&
				(clauseStart(toks, n.ti) <= ms[k].ti || summed) {
				ms[k].ext = n.tj
				ms = append(ms[:k+1], ms[k+2:]...)
				break
			}
		}
	}
	for k := range ms {
		m := &ms[k]
		m.quoted = toks[m.ti].quoted
		modality(lx, toks, m)
	}
	for k := range ms {
		if stance(lx, toks, &ms[k]) {
			ms[k].negated = true
		}
	}
	ms = cancelledObjects(lx, toks, ms)
	// Drop negated mentions ("no deal", "without taking questions").
	kept := ms[:0]
	for _, m := range ms {
		if !m.negated {
			kept = append(kept, m)
		}
	}
	ms = kept
	if len(ms) == 0 {
		return nil
	}
	arguments(lx, s, ms)
	for k := range ms {
		if lx.kinds[ms[k].kind].Headcount {
			ms[k].heads = headcount(lx, toks, &ms[k])
		}
	}
	// One happening named twice in a sentence by kinds of one family
	// ("statements in a news conference") becomes one mention.
	ms = mergeFamily(lx, s, ms)
	ms = detections(lx, toks, ms)
	passingByPreposition(lx, toks, ms)
	relativeOfAnother(toks, ms)
	relations(lx, s, ms)
	for k := range ms {
		ms[k].tStart = toks[ms[k].ti].start
		ms[k].tEnd = toks[ms[k].tj-1].end
		if r := ms[k].retold; r > ms[k].tj && r <= len(toks) {
			// the trigger runs to the participle that tells the act again:
			// where "…, speaking to reporters outside his home" happened
			// is the act's place
			ms[k].tEnd = toks[r-1].end
		}
	}
	return ms
}

// anaphorAt reports whether "the <anaphor>" at toks[i] names again an act
// told before ("The move …", "backed the decision"): outside quotes, and
// not a decision about something the sentence goes on to name ("the
// decision to close the road", "the move on pensions").
func anaphorAt(lx *lexicon, toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].low != "the" || !lx.anaphors[toks[i+1].low] || toks[i].quoted {
		return false
	}
	if i+2 < len(toks) {
		switch toks[i+2].low {
		case "to", "on", "about", "over", "whether", "of", "by", "-":
			return false
		}
	}
	return true
}

// anaphorIn reports whether toks hold "the <anaphor>" (anaphorAt).
func anaphorIn(lx *lexicon, toks []token) bool {
	for i := range toks {
		if anaphorAt(lx, toks, i) {
			return true
		}
	}
	return false
}

// anaphorKind is the kind of the decided act the sentence before sent told
// (in the same source, the sentence just before), which "the move" or
// "the decision" in sent may name again; -1 when there is none.
func anaphorKind(lx *lexicon, sents []sentRec, found [][]mention, sent int) int {
	if sent == 0 || sents[sent-1].src != sents[sent].src || sents[sent-1].idx+1 != sents[sent].idx {
		return -1
	}
	for _, m := range found[sent-1] {
		if m.passing || m.quoted || m.negated || m.background || m.status != StatusHappened || !lx.kinds[m.kind].Decision {
			continue
		}
		return m.kind
	}
	return -1
}

// recast is the kind a trigger of the words (one word or a phrase) takes in
// its sentence toks by the first of the rules rs that applies ("the ship
// struck the pier": an accident); ok is false when none does.
func recast(lx *lexicon, rs contextList, words []string, toks []token, at int, senses []bool) (kind, cue int, ok bool) {
	if len(rs) == 0 {
		return 0, at, false
	}
	// the trigger's own words, without the object of a parted phrase
	// ("lifted the sailors off" is "lifted off")
	phrase := strings.Join(words, " ")
	for _, r := range rs {
		k, ok := lx.kindIndex[r.Kind]
		cue := at
		if len(r.Before) > 0 {
			cue = wordBeforeIn(toks, at, r.Before)
		}
		if !ok && r.Kind != "" || !slices.Contains(r.Triggers, phrase) || cue < 0 {
			continue
		}
		if inContext(r, toks) || r.Discourse && senses != nil && senses[k] && inContext(&recastDef{Unless: r.Unless}, toks) {
			return k, cue, true
		}
	}
	return 0, at, false
}

// wordBeforeIn returns the index of the nearest of words among the fourteen
// tokens before toks[at], with no sentence break between; -1 when none.
func wordBeforeIn(toks []token, at int, words []string) int {
	for j := at - 1; j >= 0 && j >= at-14; j-- {
		if toks[j].text == ";" || toks[j].text == "." {
			return -1
		}
		if slices.Contains(words, toks[j].low) {
			return j
		}
	}
	return -1
}

// discourseWord reports whether a token is the first word of a trigger of a
// recast rule that takes its article's sense.
func (lx *lexicon) discourseWord(t token) bool { return t.word && lx.discourse[t.low] }

// inContext reports whether the sentence holds one of r's context words (a
// rule without any needs none) and none of its unless words (compared on
// word bases, plural s dropped).
func inContext(r *recastDef, toks []token) bool {
	context := len(r.Context) == 0
	for i, t := range toks {
		if !t.word {
			continue
		}
		w := strings.TrimSuffix(t.base, "s")
		if slices.Contains(r.Unless, t.base) || slices.Contains(r.Unless, w) || phraseAt(r.Unless, toks, i) {
			return false
		}
		if slices.Contains(r.Context, t.base) || slices.Contains(r.Context, w) || !context && phraseAt(r.Context, toks, i) {
			context = true
		}
	}
	return context
}

// phraseAt reports whether one of the phrases of several words in list
// ("help desk", "launch pad", "take-off") starts at token i.
func phraseAt(list []string, toks []token, i int) bool {
	for _, p := range list {
		k := strings.IndexAny(p, " -")
		if k <= 0 || toks[i].low != p[:k] && toks[i].base != p[:k] {
			continue // (the first word is checked before the phrase is split)
		}
		words := strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == '-' })
		if _, ok := matchWords(toks, i, words); ok {
			return true
		}
	}
	return false
}

// scheduledRelative reports whether toks[from:to] is the opening of a
// relative clause of scheduling that ends just before a time expression at
// to (", which had been scheduled for", " that was due on").
func scheduledRelative(toks []token, from, to int) bool {
	if to <= from || to-from > 8 {
		return false
	}
	k := from
	if k < to && toks[k].text == "," {
		k++
	}
	if k >= to || toks[k].low != "which" && toks[k].low != "that" {
		return false
	}
	sched := false
	for j := k + 1; j < to; j++ {
		switch toks[j].low {
		case "had", "has", "have", "been", "was", "were", "is", "are", "originally", "initially", "provisionally":
		case "scheduled", "due", "set", "planned", "slated", "expected", "timetabled", "pencilled", "penciled":
			sched = true
		case "for", "on", "in", "to", "take", "place", "be", "held":
			if !sched {
				return false
			}
		default:
			return false
		}
	}
	return sched
}

// accordingTo reports whether "according to" stands shortly before token
// ti in its clause, with no other preposition between ("according to
// people briefed on the talks" reports the talks).
func accordingTo(lx *lexicon, toks []token, ti int) bool {
	for j := ti - 1; j > 0 && j >= ti-7; j-- {
		if isClauseBreak(toks[j]) {
			return false
		}
		if toks[j].low != "to" && lx.passingPrep[toks[j].low] {
			return false
		}
		if toks[j].low == "to" && toks[j-1].low == "according" {
			return true
		}
	}
	return false
}

// stance reports whether a mention of a kind with stance objects states a
// position rather than a happening: its object is one of them ("rejected
// the idea of a ceasefire") or a habitual adverb stands before it ("has
// repeatedly rejected").
func stance(lx *lexicon, toks []token, m *mention) bool {
	st := lx.kinds[m.kind].Stances
	if len(st) == 0 {
		return false
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-2; k-- {
		switch toks[k].low {
		case "repeatedly", "consistently", "always", "routinely", "long":
			return true
		}
	}
	from, to := m.tj, m.tj+4
	if m.ti > 0 {
		switch toks[m.ti-1].low {
		case "was", "were", "been", "is", "are", "be":
			from, to = m.ti-5, m.ti-1 // "the result was greeted with applause": the passive's subject
			if from < 0 {
				from = 0
			}
		}
	}
	for k := from; k < len(toks) && k < to; k++ {
		if isClauseBreak(toks[k]) {
			if k >= m.tj {
				break
			}
			continue
		}
		for _, w := range st {
			if toks[k].low == w {
				return true
			}
		}
	}
	return false
}

// inProperName reports whether the trigger words toks[i:end] are all
// capitalised and followed by another capitalised word: a modifier inside a
// name ("the Rail Accident Review Board", "the Rescue Coordination
// Centre", "Appeals Court"), not a report of an event. A name the trigger
// ends ("the County Fair", "the Climate Summit") is the event itself.
func inProperName(toks []token, i, end int) bool {
	for k := i; k < end; k++ {
		if !toks[k].word || !toks[k].cap {
			return false
		}
	}
	return end < len(toks) && toks[end].word && toks[end].cap && !toks[end].quoted
}

// adjacent reports whether two token positions are next to each other,
// allowing a hyphen between them.
// wordsBetween counts the tokens in toks[from:to] that are not hyphens
// ("four-year" is two words).
func wordsBetween(toks []token, from, to int) int {
	n := 0
	for i := from; i < to && i < len(toks); i++ {
		if toks[i].text != "-" {
			n++
		}
	}
	return n
}

// wordCount counts the word tokens in toks[from:to] (no punctuation, no
// Markdown emphasis).
func wordCount(toks []token, from, to int) int {
	n := 0
	for i := from; i < to && i < len(toks); i++ {
		if toks[i].word {
			n++
		}
	}
	return n
}

func adjacent(toks []token, end, start int) bool {
	if start == end {
		return true
	}
	return start == end+1 && toks[end].text == "-"
}

// subjectPhrase reports whether toks[from:to] can end the noun phrase of
// a subject ("the talks at the ministry", "the hearing in Westby"): no
// clause word, number or verb stands in it ("the strike meant that 300
// operations were cancelled" cancels no strike).
func subjectPhrase(lx *lexicon, toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		t := toks[j]
		if !t.word {
			if t.text == "," || t.text == ";" || strings.ContainsAny(t.text, "0123456789") {
				return false
			}
			continue
		}
		if prepositionWords[t.low] || lx.passingPrep[t.low] || lx.determiners[t.low] && t.low != "that" || t.cap {
			continue
		}
		if strings.ContainsAny(t.low, "0123456789") || strings.HasSuffix(t.low, "ed") || t.low == "that" || t.low == "which" || t.low == "who" {
			return false
		}
	}
	return true
}

// planOf reports whether toks[from:ti] is "[its|their|the …] plan(s) to
// [<verb> [a determiner]]" right before the trigger: the plan a cancelling
// verb before it governs is the trigger's ("called off plans to widen the
// strike", "called off its plan to strike").
func planOf(lx *lexicon, toks []token, from, ti int) bool {
	i := from
	if i < ti && lx.determiners[toks[i].low] {
		i++
	}
	if i+1 >= ti || toks[i].low != "plans" && toks[i].low != "plan" || toks[i+1].low != "to" {
		return false
	}
	return ti-(i+2) <= 2
}

// counterfactual reports whether "would have" stands between from and the
// trigger at ti ("would also have", "would not have", "wouldn't have",
// "would've"), and whether the trigger's clause, or an opening clause
// before it, states a condition ("if", "unless", "had talks failed, …").
func counterfactual(toks []token, from, ti int) (found, cond bool) {
	for i := from; i < ti; i++ {
		if toks[i].quoted != toks[ti].quoted {
			continue
		}
		w := toks[i].low
		if w == "would've" || w == "wouldn't" && i+1 < ti && toks[i+1].low == "have" {
			found = true
		}
		if w == "would" {
			for j := i + 1; j < ti && j <= i+3; j++ {
				if toks[j].low == "have" {
					found = true
					break
				}
				if toks[j].low != "not" && toks[j].low != "also" && toks[j].low != "never" && !strings.HasSuffix(toks[j].low, "ly") {
					break
				}
			}
		}
	}
	if !found {
		return false, false
	}
	// the trigger's sentence up to the end of its clause: a condition
	// stated after the main clause belongs to another one
	end := clauseEnd(toks, ti)
	for i := 0; i < end; i++ {
		switch toks[i].low {
		case "if", "unless", "otherwise":
			return true, true
		case "had":
			if i == 0 || toks[i-1].text == "," {
				return true, true // "Had talks failed, …"
			}
		}
	}
	return true, false
}

// inRelativeAside reports whether token i lies in a relative clause set off
// by commas that closes before token mi ("Varn, whose party would have led
// any coalition, had been handed the task"): the aside's mood is not the
// main clause's.
func inRelativeAside(toks []token, i, mi int) bool {
	open := false
	for j := i - 1; j > 0; j-- {
		if toks[j].text == "," {
			break
		}
		if isClauseBreak(toks[j]) {
			return false
		}
		switch toks[j].low {
		case "who", "whose", "which", "whom":
			open = toks[j-1].text == ","
		}
		if open {
			break
		}
	}
	if !open {
		return false
	}
	for j := i + 1; j < mi; j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// newSubjectBetween reports whether a clause with a subject of its own is
// joined between toks[from] and toks[to] (", and Colm Vey is …", ", but he
// was …").
func newSubjectBetween(toks []token, from, to int) bool {
	for j := from; j+2 < to; j++ {
		if toks[j].text != "," || toks[j+1].low != "and" && toks[j+1].low != "but" {
			continue
		}
		if n := toks[j+2]; n.cap || subjectPronouns[n.low] {
			return true
		}
	}
	return false
}

// subjectPronouns open a clause as its subject.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// modality sets status, negation, instance and background cues of m from
// the words of its clause.
func modality(lx *lexicon, toks []token, m *mention) {
	cs := clauseStart(toks, m.ti)
	ce := clauseEnd(toks, m.tj-1)
	from := m.ti - 8
	if from < cs {
		from = cs
	}
	planned, hypo, cancelled := false, false, false
	negAt, ruled := -1, -1
	// "will not pay the ransom demanded by the gang": a participle after
	// its noun tells what was done already, whatever the verb before says
	done := reducedPassive(lx, toks, m)
	// "the gang behind yesterday's attack": a past day's possessive before
	// the trigger dates an act named, not one a modal far before it plans
	// ("at Monday's meeting" may be the Monday to come)
	pastNamed := m.ti > 0 && (toks[m.ti-1].low == "yesterday's" || m.ti > 1 && toks[m.ti-2].low == "last" && pastPeriodPossessive[toks[m.ti-1].low])
	for i := 0; i < from; i++ {
		if toks[i].quoted || toks[m.ti].quoted || toks[i].text == ";" || done || pastNamed {
			continue
		}
		switch toks[i].low {
		case "will", "would", "'ll", "plans", "planned", "scheduled", "expected":
			if !refusal(toks, i) && !inRelativeAside(toks, i, m.ti) && !pastTagBetween(lx, toks, i, m.ti) {
				planned = true
			}
		}
	}
	for i := from; i < m.ti; i++ {
		if toks[i].quoted != toks[m.ti].quoted {
			continue
		}
		if periodAhead(toks, i, m.ti) {
			continue // "spent the next half hour circling": a stretch of time, no plan or other instance
		}
		if end, ok := lx.negation.has(toks, i); ok && end <= m.ti && m.ti-i <= 4 {
			m.negated, negAt = true, i
		}
		if strings.HasSuffix(toks[i].low, "n't") && m.ti-i <= 3 {
			m.negated, negAt = true, i
		}
		if end, ok := lx.hypothetical.has(toks, i); ok && end <= m.ti {
			hypo = true
		}
		if ruledOut(toks, i) && m.ti-(i+2) <= 2 {
			hypo = true // "ruled out closing the depot", "has not ruled out any charges": considered, not done
			ruled = i
		}
		if slices.Contains(lx.kinds[m.kind].PlannedBy, toks[i].low) {
			planned = true // "has offered every passenger a payment"
		}
		if end, ok := lx.planned.has(toks, i); ok && end <= m.ti && !done && !pastNamed && !refusal(toks, i) && !(auxiliaries[toks[m.ti].low] && end < m.ti && toks[end].word && !lx.determiners[toks[end].low] && toks[end].low != "to") {
			// ("900 planned clinics were cancelled": the plan word
			// describes the subject of a verb trigger)
			planned = true
		}
		if end, ok := lx.cancelled.has(toks, i); ok && (end <= m.ti && m.ti-i <= 4 || end >= m.tj || planOf(lx, toks, end, m.ti)) &&
			!(i > 0 && lx.determiners[toks[i-1].low] && end < m.ti && toks[end].word && !auxiliaries[toks[end].low]) {
			// ("the abandoned match will be replayed": the word describes
			// another noun, not the trigger's act)
			cancelled = true // "was called off", "called the festival off", "called off plans to widen the stoppage"
		}
		if end, ok := lx.instance.has(toks, i); ok && end <= m.ti && m.ti-i <= 3 {
			m.instance = toks[i].low
		}
	}
	if ruled > negAt && negAt >= 0 {
		m.negated = false // "has not ruled out more charges": still possible
	}
	// "raised its offer", "revised its forecast": a trigger that opens with
	// a verb of change names another instance
	if end, ok := lx.instance.has(toks, m.ti); ok && end < m.tj && strings.HasSuffix(toks[m.ti].low, "ed") {
		m.instance = toks[m.ti].low
	}
	// "read out the revised figures", "new sanctions": the word before the
	// trigger's noun names another instance
	if k := m.tj - 2; m.instance == "" && k >= m.ti {
		if end, ok := lx.instance.has(toks, k); ok && end == m.tj-1 {
			m.instance = toks[k].low
		}
	}
	// "is due to report", "is expected to report": a trigger that opens
	// with "to" is the infinitive of the word before it
	if m.ti > 0 && toks[m.ti].low == "to" && !cancelled {
		switch toks[m.ti-1].low {
		case "due", "expected", "scheduled", "slated", "set", "planned", "planning", "plans", "plan", "expects", "intends", "aims":
			planned = true
		}
	}
	// After the trigger: "was scrapped", "was called off", "again" (commas
	// may stand between: "a hearing, set for Tuesday, has been postponed").
	to := m.tj + 18 // "a vote on the budget, which had been scheduled for 19 May, will not take place"
	if to > len(toks) {
		to = len(toks)
	}
	// "X, who declared an emergency on Wednesday, is scheduled to …": the
	// relative clause ends at its comma
	if cs > 0 && (toks[cs].low == "who" || toks[cs].low == "which") && ce < to {
		to = ce
	}
	for i := m.tj; i < to; i++ {
		if t := toks[i]; t.text == ";" || t.text == "." || t.text == "?" || t.quoted != toks[m.ti].quoted {
			to = i
			break
		}
	}
	// "a shareholder meeting, which the company expected to hold on 26
	// November": a relative clause of the head noun that plans it
	rel := m.tj
	if rel < to && toks[rel].text == "," {
		rel++
	}
	relPlan := rel < to && (toks[rel].low == "which" || toks[rel].low == "that")
	for i := m.tj; i < to; i++ {
		if relPlan && i > rel && i <= rel+6 && !cancelled {
			switch toks[i].low {
			case "expected", "expects", "planned", "plans", "scheduled", "due", "will", "intends", "intended", "hoped", "hopes":
				planned = true
			}
		}
		if i > m.tj+1 && toks[i].sets&lx.triggers.bit != 0 && !(toks[i-1].low == "be" && toks[i-2].low == "to") {
			// ("a regatta, due to be held on 21 March, has been
			// cancelled": the head's own plan, not another act)
			if _, _, ok := lx.triggers.match(toks, i); ok && !prepObject(lx, toks, i) {
				// "confirmed that the vote will not take place": the vote's
				// (but "a forum on the attack … was called off" is the forum's)
				break
			}
		}
		if _, ok := lx.cancelled.has(toks, i); ok && toks[i].low != "cancel" && !subjectPronoun(toks, i) {
			// (a bare "cancel" after it is another verb: "forced it to shut
			// down its network and cancel operations"; so is one with a
			// pronoun subject: "damages for the flights it cancelled")
			cancelled = true
		}
		if i >= m.tj+12 {
			continue // further on only cancellation phrases count
		}
		if toks[i].low == "again" && i < ce && lx.kinds[m.kind].Family != "reopening" {
			// (a reopening "again" is the return itself: "ferries began
			// running to the island again on Monday")
			m.instance = "again"
		}
		switch toks[i].low {
		case "expected", "scheduled", "planned", "due", "slated", "set":
			if i > m.tj && lx.determiners[toks[i-1].low] && toks[i-1].low != "that" {
				continue // "walked away from its planned takeover": the plan is the takeover's
			}
			if i+2 < len(toks) && toks[i+1].low == "to" && goingOnVerbs[toks[i+2].low] {
				continue // "an inquiry, which is due to report within a year": the inquiry is under way
			}
			if (i <= m.tj+4 || (i > 0 && (toks[i-1].low == "is" || toks[i-1].low == "are" || toks[i-1].low == "was" || toks[i-1].low == "were"))) &&
				!newSubjectBetween(toks, m.tj, i) {
				// ("the operation went well, and Colm Vey is expected to
				// stay in hospital": the plan of another clause)
				planned = true
			}
		}
	}
	// Background cues near the trigger.
	bfrom, bto := m.ti-16, m.tj+16
	if bfrom < cs {
		bfrom = cs
	}
	if bto > ce {
		bto = ce
	}
	for i := bfrom; i < bto; i++ {
		if _, ok := lx.background.has(toks, i); ok && !countedSpan(toks, i) {
			m.background = true
		}
	}
	m.plannedCue = planned
	// "remained in place on Tuesday", "remains closed": a state that goes on,
	// whose day is not the day of the happening
	cfrom, cto := m.ti-3, m.tj+4
	if cfrom < cs {
		cfrom = cs
	}
	if cto > ce {
		cto = ce
	}
	for i := cfrom; i < cto; i++ {
		if i >= m.ti && i < m.tj {
			continue
		}
		switch toks[i].low {
		case "remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "still", "continue", "continues", "continued", "continuing":
			m.continuing = true
		}
	}
	// "will remain closed", "would stay shut": the state holds already
	if planned && !cancelled && m.continuing && modalBeforeState(toks, cs, m.ti) {
		planned = false // (plannedCue stays: its time is read ahead)
	}
	// "which would have stopped work on Friday": a plan that did not
	// come about, on a day already past (a condition, "if …", keeps it
	// hypothetical)
	if invertedCondition(toks, m.ti) {
		hypo, planned = true, false // "Had the council acted in 2019, the repairs might have cost less"
	}
	if wouldHave, cond := counterfactual(toks, from, m.ti); wouldHave && !cancelled {
		if cond {
			hypo, planned = true, false // "if talks had failed, they would have struck"
		} else {
			cancelled, planned = true, false
		}
		m.plannedCue = false
	}
	switch {
	case cancelled:
		m.status = StatusCancelled
	case hypo && !planned:
		m.status = StatusHypothetical
	case planned:
		m.status = StatusPlanned
	case hypo:
		m.status = StatusHypothetical
	}
}

// pastPeriodPossessive are periods whose possessive after "last" dates
// an act before the telling ("last week's attack", "last Tuesday's vote").
var pastPeriodPossessive = map[string]bool{"night's": true, "week's": true, "weekend's": true, "month's": true, "year's": true,
	"monday's": true, "tuesday's": true, "wednesday's": true, "thursday's": true, "friday's": true, "saturday's": true, "sunday's": true}

// reducedPassive reports whether a one-word participle trigger follows its
// noun and is followed by "by" ("the ransom demanded by the gang", "homes
// destroyed by the fire"): a reduced relative clause that tells an act
// already done.
func reducedPassive(lx *lexicon, toks []token, m *mention) bool {
	if !participleAfterWord(toks, m) || toks[m.tj].low != "by" {
		return false
	}
	p := toks[m.ti-1]
	return !beForms[p.low] && !lx.determiners[p.low] && !adverbLike(p.low) && p.low != "to" && p.low != "not"
}

// participleAfterWord reports whether a one-word "-ed" trigger follows a
// word that is no auxiliary and has a word after it: the shape of a
// participle that may reduce a relative clause ("the ransom demanded by",
// "videos posted by").
func participleAfterWord(toks []token, m *mention) bool {
	if m.tj-m.ti != 1 || m.ti == 0 || m.tj >= len(toks) || !strings.HasSuffix(toks[m.ti].low, "ed") {
		return false
	}
	p := toks[m.ti-1]
	return p.word && !auxiliaries[p.low]
}

// pastTagBetween reports whether a speech tag in the past follows a comma
// between a modal at i and the trigger at ti ("X will not pay, councillors
// were told at a meeting held last night"): the trigger is in the tag, and
// the modal belongs to the speech reported before it.
func pastTagBetween(lx *lexicon, toks []token, i, ti int) bool {
	comma := -1
	for k := i + 1; k < ti; k++ {
		switch {
		case toks[k].text == ",":
			comma = k
		case comma >= 0 && toks[k].word && lx.speechVerbs[toks[k].low] && (pastVerb(toks[k].low) || toks[k].low == "said" || toks[k].low == "told"):
			return true
		}
	}
	return false
}

// cancelledObjects folds a cancelling verb into the event it governs:
// "cancelled a two-day state visit" is a cancelled visit, not a visit and
// a separate round of cancellations ("cancelled 160 flights", whose object
// is no event, stays as it is).
func cancelledObjects(lx *lexicon, toks []token, ms []mention) []mention {
	out := ms[:0]
	for k := range ms {
		m := ms[k]
		if lx.kinds[m.kind].Kind == "cancellation" {
			if auxiliaries[toks[m.ti].low] {
				// "the talks were cancelled": the cancelled event is the subject
				folded := false
				for j := k - 1; j >= 0; j-- {
					o := &ms[j]
					if o.tj <= m.ti && m.ti-o.tj <= 7 && clauseStart(toks, m.ti) <= o.ti && lx.kinds[o.kind].Kind != "cancellation" && !o.passing &&
						subjectPhrase(lx, toks, o.tj, m.ti) {
						o.status = StatusCancelled
						o.cancelVerb = true
						folded = true
						break
					}
				}
				if folded {
					continue
				}
			}
			if _, ok := lx.cancelled.has(toks, m.ti); ok {
				ce := clauseEnd(toks, m.tj-1)
				folded := false
				for j := k + 1; j < len(ms); j++ {
					o := &ms[j]
					if o.ti >= m.tj && o.ti-m.tj <= 7 && o.ti < ce && lx.kinds[o.kind].Kind != "cancellation" && !prepBetween(lx, toks, m.tj, o.ti) {
						o.status = StatusCancelled
						o.plannedCue = true
						o.cancelVerb = true
						folded = true
						break
					}
				}
				if folded {
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// elaborated reports whether a relative clause that tells the event of the
// noun ending at tj follows it within six words ("a meeting on Wednesday
// night at which both bidders made their case").
func elaborated(toks []token, tj int) bool {
	for j := tj; j < len(toks) && j < tj+7; j++ {
		if toks[j].low == "which" && j > tj && (toks[j-1].low == "at" || toks[j-1].low == "during" || toks[j-1].low == "in") {
			return true
		}
		if isClauseBreak(toks[j]) && toks[j].text != "," {
			return false
		}
	}
	return false
}

// prepObject reports whether the word at i is the object of a preposition
// ("on the attack", "about its plans").
func prepObject(lx *lexicon, toks []token, i int) bool {
	j := i - 1
	for j >= 0 && j >= i-3 && lx.determiners[toks[j].low] {
		j--
	}
	return j >= 0 && lx.passingPrep[toks[j].low]
}

// prepBetween reports whether a preposition or relation word stands in
// toks[from:to] ("cancelled 260 surgeries since the attack": the attack is
// not what was cancelled).
func prepBetween(lx *lexicon, toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if lx.passingPrep[toks[i].low] {
			return true
		}
		for _, set := range []*phraseSet{&lx.afterPrep, &lx.beforePrep, &lx.duringPrep} {
			if _, ok := set.has(toks, i); ok {
				return true
			}
		}
	}
	return false
}

// modalBeforeState reports whether the planning word of a clause is a
// modal directly before a verb of lasting state just before the trigger
// ("will remain closed", "would stay in place"): the state already holds.
func modalBeforeState(toks []token, cs, ti int) bool {
	for i := ti - 1; i > cs && i >= ti-3; i-- {
		switch toks[i].low {
		case "remain", "stay", "continue":
			switch toks[i-1].low {
			case "will", "would", "'ll", "to":
				if toks[i-1].low == "to" && (i < 2 || toks[i-2].low != "expected" && toks[i-2].low != "set" && toks[i-2].low != "likely") {
					return false
				}
				return true
			}
		}
	}
	return false
}

// mergeFamily merges mentions of one family in one sentence unless a
// relation word separates them.
func mergeFamily(lx *lexicon, s *sentRec, ms []mention) []mention {
	toks := s.toks
	if len(ms) < 2 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		merged := false
		for k := range out {
			p := &out[k]
			if lx.kinds[p.kind].Family != lx.kinds[m.kind].Family || p.quoted != m.quoted {
				continue
			}
			if p.kind != m.kind && lx.kinds[p.kind].Priority > 2 && lx.kinds[m.kind].Priority > 2 && !objectGap(lx, toks, p.tj, m.ti) {
				continue
			}
			if p.instance != m.instance || p.status != m.status {
				continue
			}
			if relationBetween(lx, toks, p.tj, m.ti) {
				continue
			}
			// far apart, or at different stated times: two happenings
			if m.ti-p.tj > 10 || p.timeExpr != m.timeExpr && p.timeExpr >= 0 && m.timeExpr >= 0 {
				continue
			}
			if p.media != "" && m.media != "" && p.media != m.media {
				continue
			}
			// keep the more specific kind and its trigger
			if lx.kinds[m.kind].Priority > lx.kinds[p.kind].Priority {
				p.kind, p.ti, p.tj = m.kind, m.ti, m.tj
			}
			if p.media == "" {
				p.media = m.media
			}
			p.durs = append(p.durs, m.durs...)
			p.obj = appendUniq(p.obj, m.obj...)
			if p.place == "" {
				p.place = m.place
			}
			// "announced the sacking in a statement at 6:10 p.m. on
			// Friday": the time told just after the statement is the
			// act's (not one of a clause after it: "in early trading,
			// erasing the gains made since 2 November")
			if p.timeExpr < 0 && ownTimeAfter(s, m, m.timeExpr) {
				p.timeExpr = m.timeExpr
			}
			if p.clockExpr < 0 && ownTimeAfter(s, m, m.clockExpr) {
				p.clockExpr = m.clockExpr
			}
			p.background = p.background || m.background
			merged = true
			break
		}
		if !merged {
			out = append(out, m)
		}
	}
	return out
}

// relativeAsideBefore reports whether the token at ti lies in a relative
// clause set off by commas that closes just before the verb at mti ("Hedda
// Lurk, the chief who was named on Friday, has stepped aside").
func relativeAsideBefore(toks []token, ti, mti int) bool {
	c := -1
	for j := ti + 1; j < mti; j++ {
		if toks[j].text == "," {
			c = j
			break
		}
	}
	if c < 0 {
		return false
	}
	for j := c + 1; j < mti; j++ {
		if !auxiliaries[toks[j].low] && !adverbLike(toks[j].low) {
			return false
		}
	}
	for j := ti - 1; j >= 0; j-- {
		switch {
		case toks[j].low == "who" || toks[j].low == "which":
			return true
		case toks[j].text == "," || isClauseBreak(toks[j]):
			return false
		}
	}
	return false
}

// namedPossessor reports whether a capitalised possessive stands just
// before token i ("Colm Vey's removal").
func namedPossessor(toks []token, i int) bool {
	return i > 0 && toks[i-1].cap && toks[i-1].base != toks[i-1].low
}

// ownTimeAfter reports whether the i-th time expression of the sentence
// follows mention m closely in its clause: a few words on, with no clause
// break or subordinating word between.
func ownTimeAfter(s *sentRec, m mention, i int) bool {
	if i < 0 || i >= len(s.times) {
		return false
	}
	ti := tokenAt(s.toks, s.times[i].Start)
	if ti < m.tj || subordinatorBetween(s, m.tj, ti) {
		return false
	}
	words := 0
	for j := m.tj; j < ti; j++ {
		t := s.toks[j]
		if inTime(s, t.start, t.end) {
			continue // ("at 9:47 p.m. on Friday")
		}
		if isClauseBreak(t) {
			return false
		}
		words++
	}
	return words <= 6
}

// relationBetween reports whether a relation word stands in [from, to).
func relationBetween(lx *lexicon, toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		for _, set := range []*phraseSet{&lx.afterPrep, &lx.beforePrep} {
			if _, ok := set.has(toks, i); ok {
				return true
			}
		}
		if toks[i].text == ";" {
			return true
		}
	}
	return false
}

// clausalRelation reports whether a relation word among toks[from:to]
// opens a clause that ends in the trigger at to ("after salvage tugs
// pulled it free"), not a noun ("after the arrest of its coach").
func clausalRelation(lx *lexicon, toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		for _, set := range []*phraseSet{&lx.afterPrep, &lx.beforePrep} {
			if end, ok := set.has(toks, i); ok {
				return clausal(toks, end, to)
			}
		}
	}
	return false
}

// relations finds explicit relation signals: a prepositional relation word
// followed by another mention ("A after B"), and relation adverbs that tie
// a mention to the event reported before it in the article.
func relations(lx *lexicon, s *sentRec, ms []mention) {
	toks := s.toks
	at := func(i int) int { // mention starting at or just after token i (≤ 5 tokens, same clause)
		for k := range ms {
			if ms[k].ti >= i && ms[k].ti <= i+5 {
				for j := i; j < ms[k].ti; j++ {
					if isClauseBreak(toks[j]) {
						return -1
					}
					if j > i && toks[j].cap && toks[j-1].word && !toks[j-1].cap && !lx.determiners[toks[j-1].low] && !prepositionWords[toks[j-1].low] {
						// "On the Monday after the match Colm Vey had surgery":
						// a name after a whole noun phrase is the subject of
						// the main clause, not the object of "after"
						return -1
					}
				}
				return k
			}
		}
		return -1
	}
	before := func(i, not int) int { // nearest mention ending at or before token i
		best := -1
		for k := range ms {
			if k != not && ms[k].tj <= i {
				best = k
			}
		}
		return best
	}
	nearest := func(i, end int) int { // nearest mention to the token range [i,end)
		best, bd := -1, 1<<30
		for k := range ms {
			d := ms[k].ti - end
			if ms[k].tj <= i {
				d = i - ms[k].tj
			}
			if d < 0 {
				d = 0
			}
			if d < bd {
				best, bd = k, d
			}
		}
		return best
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].word {
			continue
		}
		typ := 99
		adverb := false
		end := 0
		if e, ok := lx.afterPrep.has(toks, i); ok {
			typ, end = relAfter, e
		} else if e, ok := lx.beforePrep.has(toks, i); ok {
			typ, end = relBefore, e
		} else if e, ok := lx.duringPrep.has(toks, i); ok {
			typ, end = relDuring, e
		} else if e, ok := lx.afterAdv.has(toks, i); ok {
			typ, end, adverb = relAfter, e, true
		} else if e, ok := lx.beforeAdv.has(toks, i); ok {
			typ, end, adverb = relBefore, e, true
		}
		if typ == 99 {
			continue
		}
		if adverb {
			if last := toks[end-1].low; (last == "after" || last == "before") && at(end) >= 0 {
				adverb = false // "shortly after leaving the terminal": a preposition
			} else if !relationAdverb(s, toks, i, end) {
				i = end - 1
				continue
			}
		}
		if !adverb {
			b := at(end)
			// "pre-summit remarks": a hyphenated prefix names the phase of
			// the mention the phrase modifies.
			if b >= 0 && end < len(toks) && toks[end].text == "-" && toks[end].start == toks[end-1].end && ms[b].tj < len(toks) {
				if c := at(ms[b].tj); c >= 0 && c != b {
					ms[c].rels = append(ms[c].rels, rel{typ: typ, target: b})
					ms[c].phase = phaseName(typ, ms[b].kind)
					ms[b].passing = true
					i = end - 1
					continue
				}
			}
			if b >= 0 {
				a := before(i, b)
				if a >= 0 && ms[a].quoted && !ms[b].quoted {
					a = -1 // a quote before "said during the talks" is not the subject
				}
				if a >= 0 && typ == relAfter && end == i+1 && ms[a].kind == ms[b].kind && ms[a].instance == "" && ms[b].instance == "" &&
					ms[a].timeExpr < 0 && ms[b].timeExpr >= 0 && !ms[a].quoted && !ms[b].quoted && !verbAfter(toks, ms[b].tj) {
					// "was found to have been doping after a routine test in
					// early May": one happening told twice, dated by its
					// second telling (not "called a strike after a strike on
					// 3 March failed": that one has a verb of its own)
					ms[a].timeExpr = ms[b].timeExpr
					ms[b].passing = true
					i = end - 1
					continue
				}
				if a >= 0 {
					ms[a].rels = append(ms[a].rels, rel{typ: typ, target: b})
					// "after 14 hours of deliberation" states the event (its
					// length); "after a hearing on Friday at which both bidders
					// for both sides set out their arguments" tells it
					if (!ms[b].quoted || ms[a].quoted) && !clausal(toks, end, ms[b].ti) && len(ms[b].durs) == 0 && !elaborated(toks, ms[b].tj) {
						ms[b].passing = true
					}
					if typ != relDuring {
						ms[a].phase = phaseName(typ, ms[b].kind)
					}
					i = end - 1
					continue
				}
				// "pre-summit remarks": a hyphenated prefix names the phase of
				// the mention the phrase modifies.
				if end < len(toks) && toks[end].text == "-" && ms[b].tj < len(toks) {
					if c := at(ms[b].tj); c >= 0 && c != b {
						ms[c].rels = append(ms[c].rels, rel{typ: typ, target: b})
						ms[c].phase = phaseName(typ, ms[b].kind)
						ms[b].passing = true
						i = end - 1
						continue
					}
				}
				if typ == relDuring {
					continue
				}
				// No mention before: the relation word opens the sentence
				// ("After the talks, they …" has a mention after it: B itself
				// is the object; the subject event is further on).
				if c := nextAfter(ms, b); c >= 0 {
					ms[c].rels = append(ms[c].rels, rel{typ: typ, target: b})
					ms[c].phase = phaseName(typ, ms[b].kind)
					// "After a day-long debate, …" states the debate (its length)
					ms[b].passing = len(ms[b].durs) == 0
				}
				i = end - 1
				continue
			}
			continue // a relation to something that is not an event
		}
		// Adverb: relate the nearest mention to the event reported before
		// it in the article (not one that a coordinated verb separates:
		// "sent a mayday … and hit the bridge two minutes later").
		if k := nearest(i, end); k >= 0 && !coordinatedBetween(toks, ms[k].tj, i) {
			other := -1
			for j := range ms {
				// ("Evacuated residents had returned home the day
				// before": a participle naming the people is no event
				// the adverb counts from)
				if j != k && ms[j].passing && !attributive(lx, toks, &ms[j]) {
					other = j
				}
			}
			// "sent a mayday at 1:26 a.m. and hit the bridge two minutes
			// later": the event of the verb coordinated before it
			for j := k - 1; j >= 0 && other < 0; j-- {
				if !ms[j].passing && !ms[j].quoted && ms[j].tj <= ms[k].ti && coordinatedBetween(toks, ms[j].tj, ms[k].ti) {
					other = j
				}
			}
			ms[k].rels = append(ms[k].rels, rel{typ: typ, target: other})
			if other >= 0 && ms[k].phase == "" {
				ms[k].phase = phaseName(typ, ms[other].kind)
			}
		}
		i = end - 1
	}
}

// relationAdverb reports whether the relation adverb toks[i:end] relates
// events: not inside a time expression other than a narrative one ("later
// on Friday", "at first light", but "two minutes later" relates), not an
// ordinal ("the first of two cranes", "first time").
func relationAdverb(s *sentRec, toks []token, i, end int) bool {
	for _, x := range s.times {
		if x.Start < toks[end-1].end && toks[i].start < x.End {
			if x.Kind != timex.KindRelative || x.Anchor != timex.AnchorNarrative {
				return false
			}
		}
	}
	if w := toks[end-1].low; (w == "later" || w == "earlier") && end < len(toks) && toks[end].text != "," {
		// "later on Friday", "later this week": the adverb opens a time
		for _, x := range s.times {
			if x.Start >= toks[end-1].end && x.Start <= toks[end].end+1 {
				return false
			}
		}
	}
	if toks[i].low == "first" && end == i+1 {
		if i > 0 {
			switch toks[i-1].low {
			case "the", "a", "its", "his", "her", "their", "our", "my", "your", "at":
				return false
			}
		}
		if end < len(toks) {
			switch toks[end].low {
			case "of", "time", "day", "week", "light":
				return false
			}
		}
	}
	return true
}

// coordinatedBetween reports whether a coordinating conjunction stands
// between tokens from and to (a second verb phrase the adverb belongs to).
func coordinatedBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		switch toks[j].low {
		case "and", "but":
			return true
		}
	}
	return false
}

func nextAfter(ms []mention, b int) int {
	for k := range ms {
		if ms[k].ti >= ms[b].tj {
			return k
		}
	}
	return -1
}

func phaseName(typ, kind int) string {
	if typ == relBefore {
		return "pre:" + itoa(kind)
	}
	return "post:" + itoa(kind)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func appendUniq(list []string, xs ...string) []string {
	for _, x := range xs {
		found := false
		for _, y := range list {
			if y == x {
				found = true
				break
			}
		}
		if !found && x != "" {
			list = append(list, x)
		}
	}
	return list
}

// tokenAt returns the index of the token holding byte offset b.
func tokenAt(toks []token, b int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].end > b })
	if i == len(toks) {
		return len(toks) - 1
	}
	return i
}

// arguments fills participants, media, place, durations and time of the
// mentions of one sentence.
func arguments(lx *lexicon, s *sentRec, ms []mention) {
	toks := s.toks
	interview := lx.kindIndex["interview"]
	type span struct{ ti, tj int }
	tspans := make([]span, len(s.times))
	starts := make([]int, len(s.times))
	for i, e := range s.times {
		tspans[i] = span{tokenAt(toks, e.Start), tokenAt(toks, e.End-1) + 1}
		starts[i] = tspans[i].ti
	}
	// a dateline's words do not count before an opening time ("WESTBY —
	// Easton on Monday ordered …" opens with "on Monday")
	lead := 0
	if end := timex.DatelineEnd(s.text); end > 0 {
		for lead < len(toks) && toks[lead].end <= end {
			lead++
		}
	}
	dateish := func(e timex.Expr) bool {
		switch e.Kind {
		case timex.KindDate, timex.KindWeekday, timex.KindRelative, timex.KindYear, timex.KindMonth:
			return true
		}
		return false
	}
	nDates, nDays := 0, 0
	for _, e := range s.times {
		if dateish(e) {
			nDates++
		}
		if e.Kind == timex.KindDate || e.Kind == timex.KindWeekday || e.Kind == timex.KindRelative {
			nDays++
		}
	}
	// a time expression with only punctuation before it opens a list item
	// or live-blog entry ("- **Saturday** — …", "11:20 a.m. — …")
	leadIn := make([]bool, len(s.times))
	for i := range s.times {
		lead := true
		for j := 0; j < tspans[i].ti && lead; j++ {
			lead = !toks[j].word
		}
		leadIn[i] = lead
	}
	// "appeared on Thursday, charged with kidnapping": where the participle
	// clause right after each time starts (-1 none); its mentions are not
	// that time's
	partAt := make([]int, len(s.times))
	for i := range s.times {
		partAt[i] = -1
		if pc := participleAfter(toks, ms, tspans[i].ti, tspans[i].tj); pc >= 0 {
			partAt[i] = ms[pc].ti
		}
	}
	// the mention nearest to each time expression
	closest := make([]int, len(s.times))
	for i := range s.times {
		bd := 1 << 30
		closest[i] = -1
		// "back at the depots on Friday, nine days after they stopped
		// work": a day told before the relation is not the related event's
		// (when some mention comes before the day)
		before := slices.ContainsFunc(ms, func(o mention) bool { return o.tj <= tspans[i].ti })
		for k := range ms {
			if before && ms[k].ti >= tspans[i].tj && relationBetween(lx, toks, tspans[i].tj, ms[k].ti) {
				continue
			}
			if partAt[i] >= 0 && ms[k].ti >= partAt[i] {
				continue
			}
			if d := distance(tspans[i].ti, tspans[i].tj, ms[k].ti, ms[k].tj); d < bd {
				closest[i], bd = k, d
			}
		}
	}
	// "the man who held five people on Tuesday was charged on Wednesday":
	// a time that closes a relative clause is its verb's
	relTime := make([]int, len(s.times))
	for i := range s.times {
		relTime[i] = relativeClauseTime(toks, ms, tspans[i].ti, tspans[i].tj)
	}
	for k := range ms {
		m := &ms[k]
		cs, ce := clauseStart(toks, m.ti), clauseEnd(toks, m.tj-1)
		fam := lx.kinds[m.kind].Family
		for _, n := range s.names {
			if n.ti < m.tj && n.tj > m.ti {
				continue // the trigger itself
			}
			if toks[n.ti].quoted && !m.quoted {
				continue
			}
			if n.media {
				// "Channel 5 News interview", "interview with Channel 5 News", "told Metro News host"
				if fam == "broadcast" && (n.tj == m.ti || (n.ti >= m.tj && n.ti <= m.tj+2)) {
					if m.media == "" {
						m.media = n.key
					}
				}
				continue
			}
			prep := ""
			if n.ti > 0 {
				prep = toks[n.ti-1].low
				if lx.determiners[prep] && n.ti > 1 {
					prep = toks[n.ti-2].low // "in the Eastside High School gym"
				}
			}
			facility := facilityNouns[toks[n.tj-1].low] || n.tj < len(toks) && facilityNouns[toks[n.tj].low]
			if n.typ == "place" || ((n.typ == "" || facility && n.typ != "person") && !n.poss && (prep == "in" || prep == "at")) {
				if n.ti >= cs && n.ti < ce+4 && m.place == "" && (prep == "in" || prep == "at" || prep == "to" && n.ti >= m.tj) {
					m.place = n.key
				}
				continue
			}
			if len(ms) > 1 && !(n.ti >= cs && n.tj <= ce) && inOtherClause(toks, ms, k, n.ti, n.tj) && !nearestMention(ms, k, n.ti, n.tj) {
				continue // a participant of another event of the sentence
			}
			if n.ti >= ce && coordClause(lx, toks, ce, n.ti, n.tj) {
				continue // "…, but Vey said it was not enough": someone of the next clause
			}
			m.who = appendUniq(m.who, n.key)
			if n.ti >= m.tj && n.ti <= m.tj+8 && (n.ti < ce || toks[n.ti-1].text == ",") {
				m.obj = appendUniq(m.obj, n.key) // (also in apposition: "sacked her deputy, Colm Vey,")
			}
		}
		m.agent = agentOf(s, m, cs)
		if m.media != "" && fam == "broadcast" && lx.kinds[m.kind].Priority <= 2 {
			m.kind = interview
		}
		// durations: nearest duration expression in the clause (or in the
		// sum-up it absorbed: "hauled to the dock, a trip of six hours")
		bestD := 1 << 30
		dce := ce
		if m.ext > 0 {
			dce = max(ce, clauseEnd(toks, m.ext-1))
		}
		for i, e := range s.times {
			sp := tspans[i]
			if e.Kind == timex.KindDuration && sp.ti >= cs-1 && sp.tj <= dce+1 && !elapsedSince(toks, sp.tj, m.ti) {
				d := distance(sp.ti, sp.tj, m.ti, m.tj)
				if m.ext > 0 {
					d = min(d, distance(sp.ti, sp.tj, m.ext-1, m.ext))
				}
				if d <= 6 && d < bestD && (closest[i] == k || d <= distance(sp.ti, sp.tj, ms[closest[i]].ti, ms[closest[i]].tj)) {
					bestD = d
					m.durs = []durRef{{text: e.Text, minutes: e.Minutes, approx: e.Approx}}
				}
			}
		}
		// a length after the mention, nearest to it, past other clauses:
		// told by "lasted" of the subject ("The inquiry, chaired by a
		// retired judge, lasted six weeks"; "the inquiry, which lasted six
		// weeks"), or anywhere for a kind that stops other work
		if len(m.durs) == 0 {
			for i, e := range s.times {
				sp := tspans[i]
				if e.Kind == timex.KindDuration && closest[i] == k && sp.ti > m.tj &&
					(lx.kinds[m.kind].Disrupts || lastedBefore(toks, sp.ti) && !coordinated(toks, m.tj, sp.ti)) {
					m.durs = []durRef{{text: e.Text, minutes: e.Minutes, approx: e.Approx}}
					break
				}
			}
		}
		// time: nearest date expression in the clause, else the only one
		bestT := 1 << 30
		// "sent a mayday at 1:26 a.m. and hit the bridge two minutes later":
		// a narrative time of its own, the clock time is the other event's
		ownNarrative := false
		for i, e := range s.times {
			if e.Kind == timex.KindRelative && e.Anchor == timex.AnchorNarrative && closest[i] == k && tspans[i].ti >= m.tj {
				ownNarrative = true
			}
		}
		for i, e := range s.times {
			sp := tspans[i]
			if e.Kind == timex.KindClock {
				if ownNarrative && closest[i] != k {
					continue
				}
				if slices.Contains(relTime[:i], k) {
					// "the people ordered out on Saturday were allowed back on
					// Wednesday at noon": a clock after the day that closes
					// the mention's relative clause is the main verb's
					continue
				}
				// (a stamp is not the time of a cause told after the entry's
				// act: "21:10 — The council has told residents to stay indoors
				// because the pumping stations lost power")
				if sp.ti >= cs && sp.tj <= ce || closest[i] == k || leadIn[i] && m.clockExpr < 0 && !causeBefore(toks, sp.tj, m.ti) {
					m.clockExpr = i
				}
				continue
			}
			if !dateish(e) || relTime[i] >= 0 && relTime[i] != k || partAt[i] >= 0 && m.ti >= partAt[i] {
				continue
			}
			d := distance(sp.ti, sp.tj, m.ti, m.tj)
			if relTime[i] == k {
				d = 0
			}
			inClause := sp.ti >= cs && sp.ti < ce || sp.ti <= lead+2 // "In 2021, …" scopes the sentence ("on Friday, 17 October" starts in the clause and goes past its comma)
			dayLevel := e.Kind == timex.KindDate || e.Kind == timex.KindWeekday || e.Kind == timex.KindRelative
			if toks[sp.ti].quoted && !m.quoted {
				continue
			}
			if fam != "broadcast" && sp.ti >= m.tj && saidBefore(lx, toks, sp.ti) {
				continue // "…cancelled 260 surgeries, a spokesperson said on Wednesday": the day of the saying
			}
			if sp.ti >= m.tj && !m.quoted && reportedFutureBetween(lx, toks, m.tj, sp.ti) {
				// "called off the search and said it would resume it on
				// Wednesday": the day of the act to come, not of this one
				continue
			}
			if sp.tj <= m.ti && closest[i] != k && speechBetween(lx, toks, sp.tj, m.ti) {
				// "In its report released Monday, the company said the faulty
				// change was first applied …": the day of another event
				// of the sentence, before the saying
				continue
			}
			if sp.tj <= m.ti && sp.tj < len(toks) && toks[sp.tj].low == "that" && saidBefore(lx, toks, sp.ti) && perfectBefore(toks, m.ti, true, "has", "have", "'ve") {
				// "the clinic told us on Friday that 80 scans have
				// been cancelled": the day of the telling, by which a
				// running count stood (but "said on Friday that it had
				// opened an inquiry" dates the inquiry)
				continue
			}
			if e.Kind == timex.KindYear && inAppositive(toks, sp.ti, sp.tj, m.ti) && !headsHappening(lx, toks, lastComma(toks, sp.ti)) {
				continue // "Lee, the national champion in 2024, tested positive": the year of the title
			}
			if (happeningAppositive(lx, toks, m.tj, sp.ti, sp.tj) || whenClause(toks, sp.tj, m.ti)) && !ownTime(toks, starts, i, m.tj) {
				// "the last major earthquake, a magnitude 5.8 shock in
				// 1986, killed …" and "in 1986, when a storm flattened the
				// town": the time of the happening the phrase names
				bestT = -1
				m.timeExpr = i
				continue
			}
			if sp.tj <= m.ti && relativeAsideBefore(toks, sp.ti, m.ti) {
				// "Hedda Lurk, the deputy who was promoted after Colm Vey
				// quit on Friday, has resigned": the
				// day of the relative clause, not of the main verb after it
				continue
			}
			if sp.ti > m.tj && untilBetween(toks, m.ti, m.tj, sp.ti) {
				// "was remanded in custody until a hearing on 12 May",
				// "adjourned the inquest until 18 January", "stays closed
				// until 4 October": the day that ends what the act began
				continue
			}
			if sp.ti > m.tj && deadlineBetween(toks, m.tj, sp.ti) {
				// "were declared persona non grata and must be out of the
				// country by Thursday evening": the day by which something
				// is to be done, not the day of the act
				continue
			}
			if sp.ti > m.tj && otherActParticiple(lx, toks, m.tj, sp.ti) {
				// "The debate, granted by the Speaker on Tuesday evening,
				// began at 2:30 p.m.": the day of the granting
				continue
			}
			if !dayLevel && nDays > 0 && sp.ti > m.tj && timeOfObject(lx, toks, sp.ti, sp.tj, m.ti) {
				// "released on Monday a survey from May 2019", "opened an
				// inquiry on Friday into the 2017 tender": the time of a thing
				continue
			}
			if !dayLevel && sp.ti >= m.tj && coveredPeriod(toks, sp.ti) {
				continue // "posted a profit for the first half of 2019": the period the figures cover
			}
			if sp.tj <= m.ti && relationBetween(lx, toks, sp.tj, m.ti) && (slices.ContainsFunc(ms[:k], func(o mention) bool { return o.tj <= sp.ti }) ||
				dayLevel && sp.ti > 2 && !leadIn[i] && clausalRelation(lx, toks, sp.tj, m.ti)) {
				// "banned her on 30 April after a two-day hearing": the day of
				// the ban; the hearing came before it ("was in the yard on
				// Tuesday after tugs pulled it free": the day of the stay)
				continue
			}
			if dayLevel && sp.tj <= m.ti && !leadIn[i] && conjunctBetween(toks, sp.tj, m.ti) && slices.ContainsFunc(ms[:k], func(o mention) bool { return o.tj <= sp.ti }) &&
				slices.ContainsFunc(tspans, func(o span) bool { return o.ti >= m.tj && o.ti-m.tj <= 6 }) {
				// "handed in a request on Friday and resigned on Saturday":
				// the day before "and" is the first act's when the second
				// has a day of its own
				continue
			}
			near := closest[i] == k || d <= 4
			opening := sp.ti <= lead+2 || leadIn[i] // "In 2019, …", "- **Saturday** — …" scope the whole sentence
			if opening && !leadIn[i] && sp.tj <= m.ti && relativeVerb(toks, m.ti) && slices.ContainsFunc(ms[:k], func(o mention) bool { return !o.passing }) {
				// "On Friday, crowds lined the route for a parade for the
				// crew who had returned": the opening dates the main
				// clause's act, not the relative clause's
				continue
			}
			if opening && e.Year != 0 {
				m.scopeYear = e.Year // "In 2021, … was shut down …, and later paid"
			}
			// an expression of the mention's own clause beats a nearer one
			// of another clause ("X, who resigned on Monday, will testify Friday")
			key := d
			if !inClause {
				key += 8
			}
			if (opening || inClause && (dayLevel && near || d <= 6 || closest[i] == k && d <= 12) || nDates == 1 && dayLevel && closest[i] == k || d <= 5) && key < bestT {
				bestT = key
				m.timeExpr = i
			}
		}
		// "the meeting, which had been scheduled for 26 November to vote on
		// the deal, …": the relative clause of scheduling dates its head
		if m.timeExpr < 0 {
			for i, e := range s.times {
				if dateish(e) && e.Kind != timex.KindYear && scheduledRelative(toks, m.tj, tspans[i].ti) {
					m.timeExpr = i
					break
				}
			}
		}
		// "at 6 p.m. Wednesday", "Sun 06:30", "on Friday at 9 a.m.": the day
		// written with the mention's clock time is the mention's day.
		if m.clockExpr >= 0 {
			c := tspans[m.clockExpr]
			for i, e := range s.times {
				if i == m.clockExpr || !dateish(e) || e.Kind == timex.KindYear || e.Kind == timex.KindMonth || e.Anchor == timex.AnchorNarrative {
					continue
				}
				if toks[tspans[i].ti].quoted && !m.quoted {
					continue
				}
				a, b := tspans[i].tj, c.ti
				if c.tj <= tspans[i].ti {
					a, b = c.tj, tspans[i].ti
				}
				if b < a || b-a > 2 {
					continue
				}
				glue := true
				for j := a; j < b; j++ {
					switch toks[j].low {
					case "on", "at", ",", "(", ")", "*", "**", "-", "—", "–":
					default:
						glue = false
					}
				}
				if glue {
					m.timeExpr = i
					break
				}
			}
		}
	}
}

// conjunctBetween reports whether toks[a:b] only joins two predicates
// ("and", "but", a comma, an auxiliary: "on Friday and had resigned").
func conjunctBetween(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		if w := toks[j].low; w != "and" && w != "but" && w != "," && !auxiliaries[w] {
			return false
		}
	}
	return coordinatedBetween(toks, a, b)
}

// untilBetween reports whether "until" or "till" stands between a trigger
// toks[ti:tj] and a time at toks[to], in one clause, and the trigger is not
// negated ("did not reopen until Monday" reopened on Monday).
func untilBetween(toks []token, ti, tj, to int) bool {
	for j := ti - 1; j >= 0 && j >= ti-3; j-- {
		if w := toks[j].low; w == "not" || w == "n't" || w == "never" {
			return false
		}
	}
	for j := tj; j < to; j++ {
		if isClauseBreak(toks[j]) {
			return false
		}
		if w := toks[j].low; w == "until" || w == "till" {
			return true
		}
	}
	return false
}

// deadlineBetween reports whether a time at toks[to] is a deadline set after
// a trigger ending at tj: it follows "by" (or opens with it), and an
// obligation stands between the trigger and it in one sentence ("must be
// out by Thursday", "ordered to leave by Friday", "has to file its
// accounts by 30 June", "given until…" is untilBetween's).
func deadlineBetween(toks []token, tj, to int) bool {
	if toks[to].low != "by" && (to == 0 || toks[to-1].low != "by") {
		return false
	}
	for j := tj; j < to; j++ {
		switch toks[j].low {
		case "must", "ordered", "required", "told", "deadline", "obliged":
			return true
		case "to":
			if j > 0 {
				switch toks[j-1].low {
				case "has", "have", "had", "having", "given", "got":
					return true
				}
			}
		}
	}
	return false
}

// participleAfter returns the mention that is a past participle opening a
// clause right after the time toks[ti:tj] and a comma, followed by a
// preposition, when another mention stands before the time: in "appeared
// before the court on Thursday, charged with kidnapping" the day is the
// appearance's, and the participle's clause tells the state he came in
// (but "a shock in 1986, killed 120 people" is the main verb). -1 when
// there is none.
func participleAfter(toks []token, ms []mention, ti, tj int) int {
	if tj+2 >= len(toks) || toks[tj].text != "," || !slices.ContainsFunc(ms, func(o mention) bool { return o.tj <= ti }) {
		return -1
	}
	for k := range ms {
		if ms[k].ti == tj+1 && strings.HasSuffix(toks[ms[k].ti].low, "ed") && ms[k].tj < len(toks) {
			switch toks[ms[k].tj].low {
			case "with", "by", "of", "in", "as", "for", "over":
				return k
			}
		}
	}
	return -1
}

// relativeClauseTime returns the mention whose restrictive relative clause
// the time toks[ti:tj] closes, when the clause's head is the subject of a
// verb right after it: in "the driver who held five people on Tuesday was
// charged on Wednesday", Tuesday is the holding's; so it is in a clause
// reduced to its participle ("the people ordered out on Saturday were
// allowed back on Wednesday"). -1 when there is none.
func relativeClauseTime(toks []token, ms []mention, ti, tj int) int {
	// the main verb follows at once, after auxiliaries only
	k := tj
	for k < len(toks) && toks[k].word && auxiliaries[toks[k].low] {
		k++
	}
	if k == tj || !slices.ContainsFunc(ms, func(o mention) bool { return o.ti == k }) {
		return -1
	}
	// back from the time to the relative pronoun, inside one clause
	for j := ti - 1; j > 0; j-- {
		if isClauseBreak(toks[j]) {
			return -1
		}
		if o := reducedRelativeAt(toks, ms, j); o >= 0 {
			return o
		}
		if w := toks[j].low; w == "who" || w == "that" || w == "which" {
			best := -1
			for o := range ms {
				if ms[o].ti > j && ms[o].tj <= ti && (best < 0 || ms[o].ti < ms[best].ti) {
					best = o
				}
			}
			return best
		}
	}
	return -1
}

// sameActParticiple reports whether a trigger at ti opens with an -ing
// participle right after a comma that closes the clause of a trigger
// ending at pj, with no other clause break between: "denied wrongdoing on
// Monday, speaking to reporters".
func sameActParticiple(toks []token, pj, ti int) bool {
	if ti < 1 || ti <= pj || toks[ti-1].text != "," || !strings.HasSuffix(toks[ti].low, "ing") || len(toks[ti].low) <= 5 {
		return false
	}
	for j := pj; j < ti-1; j++ {
		if isClauseBreak(toks[j]) {
			return false
		}
	}
	return true
}

// summingPhrase reports whether the mention at ti opens a phrase after a
// comma that sums up the act before it: ", a trip of six hours", ", in a
// ceremony that lasted ten minutes" (an adjective may stand between: ", in
// a short ceremony").
func summingPhrase(toks []token, ti int) bool {
	j := ti - 1
	if j >= 1 && toks[j].word && toks[j].low != "a" && toks[j].low != "an" {
		j-- // "short"
	}
	if j < 1 || toks[j].low != "a" && toks[j].low != "an" {
		return false
	}
	if toks[j-1].text == "," {
		return true
	}
	return j >= 2 && toks[j-2].text == "," && (toks[j-1].low == "in" || toks[j-1].low == "at" || toks[j-1].low == "during")
}

// inAppositive reports whether tokens [ti, tj) lie in a phrase set off by
// commas that ends right before the trigger at mi ("Lee, 27, the national
// champion in 2024, tested positive"): a description of the subject.
func inAppositive(toks []token, ti, tj, mi int) bool {
	if mi < 1 || tj > mi-1 || toks[mi-1].text != "," {
		return false
	}
	for j := tj; j < mi-1; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	for j := ti - 1; j > 0; j-- {
		if toks[j].text == "," {
			return true
		}
		if isClauseBreak(toks[j]) {
			return false
		}
	}
	return false
}

// namesHappening reports whether tokens [from, to) hold a noun that names a
// happening ("a magnitude 5.8 shock in 1986").
func namesHappening(lx *lexicon, toks []token, from, to int) bool {
	for j := max(from, 0); j < to && j < len(toks); j++ {
		if lx.eventNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// elapsedSince reports whether the duration ending at toks[tj] measures
// the time since the happening at mi ("It is a week since the flood",
// "three days after the storm"): not the happening's length.
func elapsedSince(toks []token, tj, mi int) bool {
	return tj < len(toks) && tj < mi && (toks[tj].low == "since" || toks[tj].low == "after") && mi-tj <= 4
}

// causeBefore reports whether "because" or "since" opens a clause between
// toks[from] and the trigger at mi.
func causeBefore(toks []token, from, mi int) bool {
	for j := from; j < mi && j < len(toks); j++ {
		if toks[j].low == "because" || toks[j].low == "since" {
			return true
		}
	}
	return false
}

// timeOfObject reports whether the month or year at [ti, tj) tells the
// time of a thing named after the trigger at mi, not of the act: "a report
// from May 2019" (a noun, then "from", and no "to" after it) or "the 2017
// contract" (a year between a determiner and a noun other than the
// trigger).
func timeOfObject(lx *lexicon, toks []token, ti, tj, mi int) bool {
	if ti >= 2 && toks[ti-1].low == "from" && toks[ti-2].word && ti-2 != mi && !lx.determiners[toks[ti-2].low] {
		return tj >= len(toks) || toks[tj].low != "to" && toks[tj].low != "until" && toks[tj].low != "through" && toks[tj].text != "-" && toks[tj].text != "–"
	}
	return ti >= 1 && tj == ti+1 && lx.determiners[toks[ti-1].low] && tj < len(toks) && toks[tj].word && !toks[tj].cap && tj != mi
}

// otherActParticiple reports whether a time expression starting at ti
// lies in a phrase set off right after the trigger ending at mtj that
// opens with a past participle of another act ("the debate, granted by the
// Speaker on Tuesday evening, began …"), not one that realises the event
// (participle.Realising: "the talks, held on Friday") and not a
// time introduced by "for" ("…, scheduled for Tuesday").
func otherActParticiple(lx *lexicon, toks []token, mtj, ti int) bool {
	if mtj+1 >= ti || toks[mtj].text != "," || !toks[mtj+1].word {
		return false
	}
	w := toks[mtj+1].low
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "eed") || participle.Realising(w) || toks[ti-1].low == "for" {
		return false
	}
	name := false // inside a name set off by commas ("by the Speaker, Jane Doe, on …")
	for j := mtj + 2; j < ti; j++ {
		switch {
		case toks[j].text == "," && name:
			name = false
		case toks[j].text == "," && j+1 < ti && toks[j+1].cap:
			name = true
		case isClauseBreak(toks[j]):
			return false // the phrase has closed ("…, granted on Monday, began on Tuesday")
		}
	}
	return true
}

// headsHappening reports whether the phrase set off by the comma at
// toks[c] describes a noun that names a happening ("the town's last
// major earthquake, a magnitude 5.8 shock in 1986, killed …"), not a
// person ("Doe, chief executive during the 2008 crash, resigned").
func headsHappening(lx *lexicon, toks []token, c int) bool {
	return c > 0 && lx.eventNouns[toks[c-1].low]
}

// ownTime reports whether a time expression other than the i-th follows
// the trigger ending at mtj within its clause ("…, when voters rejected
// him after a scandal that erupted in 2014"): the trigger's own time.
func ownTime(toks []token, starts []int, i, mtj int) bool {
	for j, ti := range starts {
		if j == i || ti < mtj {
			continue
		}
		own := true
		for k := mtj; k < ti; k++ {
			if isClauseBreak(toks[k]) {
				own = false
				break
			}
		}
		if own {
			return true
		}
	}
	return false
}

// lastComma returns the index of the last comma before toks[i] (0 when
// there is none).
func lastComma(toks []token, i int) int {
	for j := i - 1; j > 0; j-- {
		if toks[j].text == "," {
			return j
		}
	}
	return 0
}

// happeningAppositive reports whether the time expression [ti, tj) lies in
// a phrase set off by a comma right after the trigger ending at mtj, which
// names a happening: "Westby's last major earthquake, a magnitude 5.8
// shock in 1986, killed …" dates the earthquake.
func happeningAppositive(lx *lexicon, toks []token, mtj, ti, tj int) bool {
	if mtj >= len(toks) || toks[mtj].text != "," || ti <= mtj || tj > len(toks) {
		return false
	}
	for j := mtj + 1; j < ti; j++ {
		if toks[j].text == "," || isClauseBreak(toks[j]) {
			return false
		}
	}
	return tj < len(toks) && toks[tj].text == "," && namesHappening(lx, toks, mtj+1, ti)
}

// whenClause reports whether the trigger at mi lies in a clause opened by
// ", when" right after the time expression ending at tj: "in 1986, when a
// magnitude 5.8 shock destroyed the old town".
func whenClause(toks []token, tj, mi int) bool {
	if tj+1 >= len(toks) || toks[tj].text != "," || toks[tj+1].low != "when" || mi <= tj+1 {
		return false
	}
	for j := tj + 2; j < mi; j++ {
		if isClauseBreak(toks[j]) {
			return false
		}
	}
	return true
}

func distance(ai, aj, bi, bj int) int {
	if aj <= bi {
		return bi - aj
	}
	if bj <= ai {
		return ai - bj
	}
	return 0
}

// passingByPreposition marks an event noun governed by a preposition
// ("briefed him on the summit", "excluded from the talks") as a passing
// reference when the sentence reports another event.
func passingByPreposition(lx *lexicon, toks []token, ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.passing || len(m.durs) > 0 {
			continue // "14 hours of deliberation" reports the deliberation
		}
		if lx.kinds[m.kind].Offence && offenceNamed(lx, toks, m.ti) {
			m.passing = true // "charged with conspiracy to commit burglary": the offence, not the act
			continue
		}
		if m.ti+2 < len(toks) && toks[m.ti+2].low == "out" && (toks[m.ti].low == "ruled" || toks[m.ti].low == "rules") {
			m.passing = true // "the mayor ruled that out": no ruling
			continue
		}
		if rankedCopula(toks, m.ti) {
			m.passing = true // "It is the second major outage in two years": the event ranked, not another one
			continue
		}
		if asSaying(lx, toks, m.ti) {
			m.passing = true // "'Now it is up to them,' she said as she left the building": the moment of a saying
			continue
		}
		if attributive(lx, toks, m) || reducedRelative(toks, ms, k) || restrictiveRelative(lx, toks, ms, k) ||
			tally(lx, toks, m) && (tallyMeasure(toks, m) || slices.ContainsFunc(ms[:k], func(o mention) bool { return o.kind != m.kind && !o.passing })) {
			m.passing = true // "the evacuated area", "41 destroyed homes", "videos posted by passengers"
			continue
		}
		i := m.ti - 1
		for steps := 0; i >= 0 && steps < 4; steps++ {
			t := toks[i]
			if t.low == "that" && i+1 < m.ti && lx.determiners[toks[i+1].low] {
				break // "confirmed on Thursday that a vote …": a clause, not "on that vote"
			}
			// (a weekday is no modifier: "wrote on Monday demanding an
			// explanation" is a demand told, not one named after "on")
			if t.word && (lx.determiners[t.low] || lx.nounModifiers[t.low] || t.cap && !weekdayName(t.low) || t.base != t.low) {
				i--
				continue
			}
			break
		}
		// "a recount of the city's mayoral election": the kind's own
		// modifiers may stand between "of" and the trigger
		if i >= 0 && toks[i].word && toks[i].low != "of" {
			k := i
			for steps := 0; k >= 0 && steps < 5 && toks[k].word; steps++ {
				if _, ok := lx.modifiers[m.kind].has(toks, k); ok || lx.determiners[toks[k].low] || toks[k].cap || toks[k].base != toks[k].low {
					k--
					continue
				}
				break
			}
			if k >= 0 && toks[k].low == "of" {
				i = k
			}
		}
		// "according to the statement", "according to a timeline released
		// by the coast guard": the source of what the sentence says, not a
		// report of it
		if accordingTo(lx, toks, m.ti) {
			m.passing = true
			continue
		}
		// "praised the tone of the talks", "called the meeting constructive"
		j := i
		if j >= 0 && toks[j].word && toks[j].low == "of" {
			j--
			for steps := 0; j >= 0 && steps < 3 && toks[j].word && !lx.evaluative[toks[j].low]; steps++ {
				j--
			}
		}
		if j >= 0 && toks[j].word && lx.evaluative[toks[j].low] && !calledOff(lx, toks, j) {
			m.passing = true
			m.evaluated = true
			continue
		}
		// "lifted the evacuation order": the object of another event's verb
		if i >= 0 && i < m.ti-1 && toks[i].word && lx.determiners[toks[i+1].low] {
			for j := range ms {
				if j != k && ms[j].tj == i+1 && lx.kinds[ms[j].kind].Priority > 2 && !ms[j].passing {
					m.passing = true
				}
			}
			if m.passing {
				continue
			}
		}
		if i < 0 || !toks[i].word || !lx.passingPrep[toks[i].low] && !participleIn(toks, i) {
			continue
		}
		if m.tj-m.ti == 1 && m.ti > 0 && strings.HasSuffix(toks[m.ti].low, "ed") && toks[m.ti-1].cap && i < m.ti-1 {
			continue // "the raid on the City Museum appeared in court": a verb after its subject's name, not a noun after "on"
		}
		if toks[i].low == "to" && i == m.ti-1 && i > 0 && planHeads[toks[i-1].low] {
			continue // "is scheduled to tour": a planned event, not a preposition's object
		}
		if toks[i].low == "to" && i == m.ti-1 && directiveBefore(toks, i) {
			continue // "ordered airlines to stop flying": an infinitive, not a preposition's object
		}
		for j := range ms {
			// ("crowds gathered for a parade for the crew who had
			// returned": the return names the people cheered, the parade
			// is the news)
			// ("ordered everyone to shelter in place at 2:35 a.m., telling
			// them to stay indoors": the act told twice is still news)
			// (nor does an aside about the subject before it: "Colm
			// Vey, who built the yard in 1998, was told of his
			// sacking")
			relative := relativeVerb(toks, ms[j].ti) && ms[j].ti > m.tj || asideRelative(toks, ms[j].ti) && ms[j].ti < m.ti
			if j != k && !ms[j].passing && !ms[j].quoted && !relative && ms[j].kind != m.kind {
				m.passing = true
				break
			}
		}
	}
}

// relativeVerb reports whether the trigger at ti is the verb of a relative
// clause after a lower-case noun ("the crew who had returned", "a fire
// which spread").
func relativeVerb(toks []token, ti int) bool {
	if ti < 2 || toks[ti-1].low != "who" && toks[ti-1].low != "which" {
		return false
	}
	return toks[ti-2].word && !toks[ti-2].cap
}

// asideRelative reports whether the verb at ti opens a relative clause set
// off by a comma (", who built the yard in 1998,"): an aside about whom
// the sentence is about.
func asideRelative(toks []token, ti int) bool {
	return ti >= 2 && (toks[ti-1].low == "who" || toks[ti-1].low == "which") && toks[ti-2].text == ","
}

// subordinatorBetween reports whether a subordinating word stands among
// the tokens [a, b) of a sentence, outside its time expressions ("arrived
// in port after lifeboats rescued …": two acts; "arrived shortly before
// 1am and rescued …": one).
func subordinatorBetween(s *sentRec, a, b int) bool {
	toks := s.toks
	for j := a; j < b && j < len(toks); j++ {
		switch toks[j].low {
		case "after", "as", "when", "while", "before", "because", "where", "since", "once", "until":
			if !inTime(s, toks[j].start, toks[j].end) {
				return true
			}
		}
	}
	return false
}

// relativeOfAnother marks a mention whose verb opens a relative clause
// after a noun ("a parade for the crew who had returned") as a passing
// reference when an earlier mention of the sentence is reported: the
// clause names the people of that event.
func relativeOfAnother(toks []token, ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.passing || !relativeVerb(toks, m.ti) || toks[m.ti-1].low != "who" {
			continue
		}
		for j := range ms[:k] {
			if !ms[j].passing && !ms[j].quoted && ms[j].tj <= m.ti {
				m.passing = true
				break
			}
		}
	}
}

// offenceNamed reports whether the trigger at token ti is the crime of an
// allegation: an offence frame ("charged with", "suspicion of", "commit")
// ends at most three words before it, with no clause break between
// ("charged on Tuesday with conspiracy to commit burglary", "arrested on
// suspicion of handling stolen goods").
func offenceNamed(lx *lexicon, toks []token, ti int) bool {
	for j := ti - 1; j >= 0 && j >= ti-8; j-- {
		if isClauseBreak(toks[j]) {
			return false
		}
		if _, end, ok := lx.offence.match(toks, j); ok && end <= ti && wordsBetween(toks, end, ti) <= 3 {
			return true
		}
	}
	return false
}

// participleIn reports "in" after a past participle at token i: "injured
// in the collapse", "lost in the fire" name the event only as the setting of
// another ("injured" reports the casualties).
func participleIn(toks []token, i int) bool {
	if toks[i].low != "in" || i == 0 || !toks[i-1].word {
		return false
	}
	w := toks[i-1].low
	switch w {
	case "hurt", "lost", "caught", "struck", "hit", "cut", "stuck", "left", "taken", "broken", "shaken", "burnt", "burned":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// speechMentions adds a statement mention for a verb of saying followed by
// a relation to an event: "said before the meeting", "told reporters after
// the vote".
func speechMentions(lx *lexicon, toks []token, ms []mention, si int) []mention {
	st := lx.kindIndex["statement"]
	for i := 0; i < len(toks); i++ {
		if !toks[i].word || toks[i].quoted || !lx.speechVerbs[toks[i].low] {
			continue
		}
		covered := false
		for _, m := range ms {
			if i >= m.ti-1 && i < m.tj {
				covered = true
			}
		}
		if covered {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].word && !toks[j].cap && (toks[j].low == "reporters" || toks[j].low == "journalists") {
			j++
		}
		_, ok1 := lx.beforePrep.has(toks, j)
		_, ok2 := lx.afterPrep.has(toks, j)
		if !ok1 && !ok2 {
			continue
		}
		ms = append(ms, mention{sent: si, kind: st, ti: i, tj: i + 1, status: StatusHappened, clock: -1, cluster: -1, timeExpr: -1, clockExpr: -1})
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].ti < ms[b].ti })
	return ms
}

// agentOf finds the subject of a mention: the nearest person named before
// the trigger in its clause, else the first person after it in the sentence
// when the trigger opens the sentence ("In a post …, X said").
func agentOf(s *sentRec, m *mention, cs int) string {
	if receivedNoun(s.toks, m.ti) {
		return "" // "the president accepted the resignation": not the one who resigned
	}
	best := ""
	for _, n := range s.names {
		if n.typ != "person" || s.toks[n.ti].quoted != m.quoted {
			continue
		}
		if n.tj <= m.ti && n.ti >= cs {
			best = n.key
		}
	}
	if best != "" {
		return best
	}
	if cs == 0 && m.ti <= 3 && !(m.ti > 0 && possessivePronouns[s.toks[m.ti-1].low]) {
		// ("His resignation letter, addressed to Jane Doe, …": his, not hers)
		for _, n := range s.names {
			if n.typ == "person" && n.ti >= m.tj && !s.toks[n.ti].quoted {
				return n.key
			}
		}
	}
	return ""
}

// possessivePronouns before a trigger name its agent ("his resignation").
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// receivedNoun reports whether the trigger at ti is a noun that the
// clause's subject receives or answers rather than does ("accepted the
// resignation", "rejected the appeal", "welcomed the verdict").
func receivedNoun(toks []token, ti int) bool {
	if ti < 2 || toks[ti-1].low != "the" && toks[ti-1].low != "his" && toks[ti-1].low != "her" && toks[ti-1].low != "their" {
		return false
	}
	switch toks[ti-2].low {
	case "accepted", "accepts", "accepting", "accept", "received", "receives", "receiving", "rejected", "rejects", "rejecting",
		"refused", "refuses", "declined", "declines", "welcomed", "welcomes", "demanded", "demands", "acknowledged", "noted":
		return true
	}
	return false
}

// inTime reports whether the byte range overlaps a time expression.
func inTime(s *sentRec, start, end int) bool {
	for _, x := range s.times {
		if x.Start < end && x.End > start {
			return true
		}
	}
	return false
}

// triggerInTime reports whether a word of the trigger toks[i:end] is part of
// a time expression; a measure compound the trigger skips ("declared a
// 30-day state of emergency") is not the trigger's.
func triggerInTime(s *sentRec, toks []token, i, end int) bool {
	for k := i; k < end; k++ {
		if m := measureEnd(toks, k); m > k && k > i {
			k = m - 1
			continue
		}
		if inTime(s, toks[k].start, toks[k].end) {
			return true
		}
	}
	return false
}

// clausal reports whether the words between a relation word and an event
// trigger make a clause ("after the mayor had greeted him"): the event is then
// reported, not merely named.
func clausal(toks []token, from, to int) bool {
	if to > from && to < len(toks) && pastVerb(toks[to].low) {
		return true // "after a door panel blew out"
	}
	for i := from; i < to; i++ {
		t := toks[i]
		if !t.word {
			continue
		}
		switch t.low {
		case "he", "she", "they", "we", "i", "it", "had", "has", "have", "was", "were", "is", "are", "been", "being":
			return true
		}
		if t.cap && t.base == t.low {
			return true
		}
	}
	return false
}

// pastVerb reports whether a word looks like a past-tense verb.
func pastVerb(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "blew", "met", "left", "rode", "drove", "flew", "took", "tore", "struck", "shot", "fell", "broke", "sat", "spoke", "held", "made", "began", "ran", "went", "came":
		return true
	}
	return false
}

// objectGap reports whether only determiners and modifiers stand between two
// triggers ("posted a video address"): the second names what the first did.
func objectGap(lx *lexicon, toks []token, from, to int) bool {
	if to-from > 3 || to < from {
		return false
	}
	for i := from; i < to; i++ {
		t := toks[i]
		if !t.word || !(lx.determiners[t.low] || t.text == "-") {
			return false
		}
	}
	return true
}

// refusalVerbs are verbs of telling that "would not …" refuses in the past
// ("would not say whether", "declined to comment").
var refusalVerbs = map[string]bool{"say": true, "comment": true, "confirm": true, "disclose": true, "discuss": true,
	"elaborate": true, "specify": true, "reveal": true, "answer": true, "speculate": true, "identify": true, "name": true, "detail": true}

// refusal reports whether "will"/"would" at token i refuses to tell
// ("would not say whether …"): a reported refusal, not a plan.
func refusal(toks []token, i int) bool {
	j := i + 1
	switch toks[i].low {
	case "would", "will":
		if j < len(toks) && toks[j].low == "not" {
			j++
		} else {
			return false
		}
	case "wouldn't", "won't":
	default:
		return false
	}
	return j < len(toks) && refusalVerbs[toks[j].low]
}

// notNoun are words after a participle that show it is a verb, not an
// adjective before a noun ("the homes destroyed by", "those injured were").
var notNoun = map[string]bool{"by": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "with": true,
	"and": true, "or": true, "were": true, "was": true, "is": true, "are": true, "after": true, "before": true, "during": true,
	"as": true, "when": true, "since": true, "overnight": true, "last": true, "this": true, "early": true, "late": true,
	// particles: "flying the injured out of the valley" ("out" is no noun the participle modifies)
	"out": true, "off": true, "away": true, "back": true, "up": true, "down": true}

// attributive reports whether a one-word participle trigger stands as an
// adjective between a determiner or number and a noun ("the evacuated
// area", "41 destroyed homes"): it names a state, not the happening.
func attributive(lx *lexicon, toks []token, m *mention) bool {
	if m.tj-m.ti != 1 || m.tj >= len(toks) {
		return false
	}
	t := toks[m.ti]
	if !strings.HasSuffix(t.low, "ed") {
		return false
	}
	// "Evacuated residents were taken to a rest centre": the sentence's
	// first word, before a noun, needs no determiner
	first := true
	for _, p := range toks[:m.ti] {
		first = first && !p.word
	}
	if first {
		if next := toks[m.tj]; !next.word || next.cap || !strings.HasSuffix(next.low, "s") || notNoun[next.low] {
			return false
		}
		if _, _, ok := lx.triggers.match(toks, m.tj); ok {
			return false
		}
		return true
	}
	if t.cap {
		return false
	}
	prev, next := toks[m.ti-1], toks[m.tj]
	if !prev.word || !(lx.determiners[prev.low] || isAllDigits(strings.ReplaceAll(prev.low, ",", ""))) {
		return false
	}
	if !next.word || next.cap || notNoun[next.low] || strings.HasSuffix(next.low, "ly") {
		return false
	}
	if _, _, ok := lx.triggers.match(toks, m.tj); ok {
		return false // "the scheduled meeting" is handled as a phrase
	}
	return true
}

// tally reports a one-word trigger of the kind's tallies after a number
// ("a lead of 412 votes", "by thirty-two votes"): after a mention of
// another kind it counts things, not the event ("the result gave her a
// lead of 412 votes", "won the election by 2,300 votes"); otherwise it may
// still tell the event ("backed the motion by 52 votes to 40").
func tally(lx *lexicon, toks []token, m *mention) bool {
	if m.tj-m.ti != 1 || m.ti == 0 || !slices.Contains(lx.kinds[m.kind].Tallies, toks[m.ti].low) {
		return false
	}
	prev := toks[numberStart(toks, m.ti-1)]
	if !prev.word {
		return false
	}
	_, ok := timex.Number(prev.low)
	return ok
}

// invertedCondition reports whether the sentence opens with a condition
// told by inversion ("Had the council acted …", "Were the dam to give
// way …") and the trigger at ti lies in it or in the main clause of
// would/might/could that answers it.
func invertedCondition(toks []token, ti int) bool {
	first := -1
	for i, t := range toks {
		if t.word {
			first = i
			break
		}
	}
	if first < 0 || first+1 >= len(toks) || toks[first].quoted || toks[first].text != "Had" && toks[first].text != "Were" {
		return false
	}
	if toks[first+1].low == "been" || !toks[first+1].word {
		return false
	}
	for _, t := range toks[first:] {
		switch t.low {
		case "would", "might", "could", "would've", "might've", "could've":
			return ti > first
		}
	}
	return false
}

// countedSpan reports whether the background cue at toks[i] ("months of")
// is a counted span of a year instead: "the first six months of 2019",
// "the final months of the year".
func countedSpan(toks []token, i int) bool {
	switch toks[i].low {
	case "months", "years", "decades":
	default:
		return false
	}
	if i == 0 || i+2 >= len(toks) || toks[i+1].low != "of" {
		return false // ("12 years ago" stays a cue)
	}
	// of a year, not of an activity ("three years of negotiation" is one)
	next := toks[i+2].low
	ofYear := len(next) == 4 && isAllDigits(next) ||
		(next == "the" || next == "this" || next == "last") && i+3 < len(toks) && toks[i+3].low == "year"
	if !ofYear {
		return false
	}
	p := toks[i-1].low
	if _, ok := timex.Number(p); ok {
		return true
	}
	return p == "last" || p == "first" || p == "final"
}

// coveredPeriod reports whether the time expression at toks[i] is a period
// that figures cover: "for 2019", "for the third quarter of 2019", "for
// the second half of the year".
func coveredPeriod(toks []token, i int) bool {
	span := false // "in the first nine months of 2019": "in" with a span
	for k, n := i-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		switch toks[k].low {
		case "for":
			return true
		case "in":
			return span
		case "quarter", "half", "months", "weeks":
			span = true
		case "of", "the", "year", "last", "first", "second", "third", "fourth", "final", "fiscal", "financial", "full", "three", "six", "nine", "twelve":
		default:
			return false
		}
	}
	return false
}

// ruledOut reports whether toks[i:] opens with "ruled out" (or "rules
// out", "ruling out", "rule out").
func ruledOut(toks []token, i int) bool {
	switch toks[i].low {
	case "ruled", "rules", "ruling", "rule":
		return i+1 < len(toks) && toks[i+1].low == "out"
	}
	return false
}

// tallyMeasure reports whether a tally measures something rather than
// tells a division: a measuring noun stands in the few words before its
// number ("his majority is 35 votes", "a difference of 12 votes", "trimmed
// her lead to 19 votes"), or "fewer/less than" does ("less than five votes
// apart"). Any other number of votes tells the vote ("passed with 57
// votes", "by 57 votes to 49").
func tallyMeasure(toks []token, m *mention) bool {
	i := numberStart(toks, m.ti-1)
	if i >= 2 && toks[i-1].low == "than" && (toks[i-2].low == "fewer" || toks[i-2].low == "less") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch toks[k].low {
		case "margin", "margins", "gap", "lead", "swing", "majority", "deficit", "difference", "shortfall":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// numberStart is the first token of the number ending at toks[i]
// ("fifty-three" may come as "fifty - three").
func numberStart(toks []token, i int) int {
	for i > 1 && toks[i-1].text == "-" {
		i -= 2
	}
	return i
}

// facilityNouns end names of buildings and sites ("… High School", "…
// Convention Center", "the … gym"): after "in"/"at" such a name is a place.
var facilityNouns = map[string]bool{"school": true, "gym": true, "hall": true, "center": true, "centre": true, "auditorium": true,
	"stadium": true, "arena": true, "hotel": true, "church": true, "cathedral": true, "mosque": true, "temple": true, "hospital": true, "infirmary": true, "clinic": true,
	"airport": true, "courthouse": true, "court": true, "park": true, "base": true, "library": true, "museum": true, "palace": true,
	"building": true, "plaza": true, "square": true, "station": true, "campus": true, "university": true, "college": true, "theater": true, "theatre": true}

// nearestMention reports whether mention k is (one of) the nearest to the
// token range [ti, tj).
func nearestMention(ms []mention, k, ti, tj int) bool {
	d := distance(ti, tj, ms[k].ti, ms[k].tj)
	for j := range ms {
		if j != k && distance(ti, tj, ms[j].ti, ms[j].tj) < d {
			return false
		}
	}
	return true
}

// inOtherClause reports whether the token range [ti, tj) lies in the clause
// of a mention other than k.
func inOtherClause(toks []token, ms []mention, k, ti, tj int) bool {
	for j := range ms {
		if j != k && ti >= clauseStart(toks, ms[j].ti) && tj <= clauseEnd(toks, ms[j].tj-1) {
			return true
		}
	}
	return false
}

// coordClause reports whether the name at toks[ti:tj], after the clause
// ending at ce, stands in a clause of its own joined by ", and", ", but"
// or ", while" with a subject of its own: one with a verb before the name
// ("…, and the drivers have hired the Vey firm") or a verb of saying after
// it ("…, but Vey said …").
func coordClause(lx *lexicon, toks []token, ce, ti, tj int) bool {
	at := -1
	for j := ce; j+1 < ti; j++ {
		if toks[j].text == "," {
			switch toks[j+1].low {
			case "and", "but", "while", "whereas", "although":
				at = j + 2
			}
		}
	}
	if at < 0 || at < len(toks) && (auxiliaries[toks[at].low] || lx.speechVerbs[toks[at].low] || pastVerb(toks[at].low)) {
		return false // ", and was joined later by Vey": the same subject goes on
	}
	for j := at; j < ti; j++ {
		if auxiliaries[toks[j].low] || lx.speechVerbs[toks[j].low] {
			return true
		}
	}
	return tj < len(toks) && lx.speechVerbs[toks[tj].low]
}

// speechBetween reports whether a verb of saying stands among toks[a:b].
func speechBetween(lx *lexicon, toks []token, a, b int) bool {
	for j := a; j < b && j < len(toks); j++ {
		if toks[j].word && lx.speechVerbs[toks[j].low] {
			return true
		}
	}
	return false
}

// reportedFutureBetween reports whether a clause joined by "and", "but" or
// a verb of saying puts a modal of the future between tokens a and b:
// "suspended the search and said it would resume at first light on
// Wednesday", "was charged and will appear in court on Monday". A modal
// in a relative clause of the mention ("a strike that will start on
// Monday") is not one: there the time is the mention's.
func reportedFutureBetween(lx *lexicon, toks []token, a, b int) bool {
	linked := false
	for j := a; j < b && j < len(toks); j++ {
		t := toks[j]
		if !t.word {
			continue
		}
		switch {
		case t.low == "and" || t.low == "but" || lx.speechVerbs[t.low]:
			linked = true
		case t.low == "that" || t.low == "which" || t.low == "who":
			if !linked {
				return false
			}
		case t.low == "will" || t.low == "would" || t.low == "'ll" || t.low == "shall":
			return linked
		}
	}
	return false
}

// saidBefore reports whether a verb of saying stands just before token i
// ("said on Wednesday", "told reporters Friday").
func saidBefore(lx *lexicon, toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := toks[j]
		if !t.word {
			return false
		}
		if lx.speechVerbs[t.low] {
			return true
		}
		switch t.low {
		case "on", "reporters", "journalists", "late", "early", "me", "us", "him", "her", "them":
		default:
			return false
		}
	}
	return false
}

// detections drops a mention of a detecting kind whose object is another
// event ("staff found the attack shortly after 4 a.m."): the sentence
// reports that event, at the time of its detection.
func detections(lx *lexicon, toks []token, ms []mention) []mention {
	out := ms[:0]
	for k := range ms {
		m := ms[k]
		if lx.kinds[m.kind].Detects && k+1 < len(ms) && !ms[k+1].quoted && objectGap(lx, toks, m.tj, ms[k+1].ti) {
			n := &ms[k+1]
			if n.timeExpr < 0 {
				n.timeExpr = m.timeExpr
			}
			if n.clockExpr < 0 {
				n.clockExpr = m.clockExpr
			}
			if n.status == StatusHappened {
				n.status = m.status
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// auxiliaries make a participle a verb of the clause ("were posted by").
var auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
	"had": true, "has": true, "have": true, "got": true, "get": true, "gets": true}

// reducedRelative reports whether a one-word participle trigger follows a
// plural noun and is followed by "by" ("videos posted by passengers showed
// …"), or by "over"/"with"/"after" when a later trigger of the sentence is
// its verb ("three men charged over the raid appeared in court"): it
// describes the noun; the sentence reports something else.
func reducedRelative(toks []token, ms []mention, k int) bool {
	m := &ms[k]
	if !participleAfterWord(toks, m) {
		return false
	}
	switch toks[m.tj].low {
	case "by":
	case "over", "with", "after":
		if k+1 >= len(ms) || clauseStart(toks, ms[k+1].ti) > m.ti {
			return false
		}
	default:
		return false
	}
	prev := toks[m.ti-1]
	if prev.cap && m.ti > 1 || strings.HasSuffix(prev.low, "ly") {
		return false
	}
	return pluralNoun(prev.low)
}

// pluralNoun reports whether a lower-case word is shaped like a plural
// noun: "videos", "homes", "photos", "men" (not "press", "business" or a
// name such as "Ross" that opens the sentence).
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || irregularPlurals[w]
}

// reducedRelativeAt returns the mention whose "-ed" participle at token j
// opens a relative clause reduced after a plural noun ("the 2,000 people
// ordered out of their homes on Saturday were allowed back"), or -1.
func reducedRelativeAt(toks []token, ms []mention, j int) int {
	if j == 0 || !strings.HasSuffix(toks[j].low, "ed") {
		return -1
	}
	if p := toks[j-1]; !p.word || p.cap || auxiliaries[p.low] || !pluralNoun(p.low) {
		return -1
	}
	return slices.IndexFunc(ms, func(o mention) bool { return o.ti == j })
}

// rankedCopula reports whether the trigger at ti is ranked in a sentence
// about the event just told ("It is the second major outage in the region
// in two years", "This was the worst blackout since 2019"): "it"/"this"/
// "that", a form of "be", "the", then a word of rank (rankWords) and at
// most two more words ("It is the forest fire …" is no ranking).
func rankedCopula(toks []token, ti int) bool {
	for j := ti - 1; j >= 2 && j >= ti-4; j-- {
		w := toks[j].low
		if !rankWords[w] {
			continue
		}
		if toks[j-1].low != "the" {
			return false
		}
		k := j - 2
		if k >= 1 && (toks[k].low == "is" || toks[k].low == "was" || toks[k].low == "'s") {
			switch toks[k-1].low {
			case "it", "this", "that":
				return k-1 == 0 || !toks[k-2].word
			}
		}
		return false
	}
	return false
}

// rankWords rank an event among others ("the second outage", "the first
// such attack", "the worst blackout").
var rankWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "latest": true,
	"last": true, "worst": true, "biggest": true, "largest": true, "deadliest": true, "longest": true, "most": true, "greatest": true,
	"heaviest": true, "costliest": true, "strongest": true, "highest": true, "lowest": true, "earliest": true, "only": true}

// asSaying reports whether the trigger at ti is the verb of an "as" clause
// that times a saying ("she said as she left the building", "he told
// reporters as he arrived"): a verb of saying stands at most three words
// before "as", and a pronoun follows it.
func asSaying(lx *lexicon, toks []token, ti int) bool {
	if ti < 3 || toks[ti-2].low != "as" {
		return false
	}
	switch toks[ti-1].low {
	case "he", "she", "they", "i", "we":
	default:
		return false
	}
	for j := ti - 3; j >= 0 && j >= ti-5; j-- {
		if lx.speechVerbs[toks[j].low] {
			return true
		}
	}
	return false
}

// restrictiveRelative reports whether the trigger opens a restrictive
// relative clause of a plain noun ("every customer that lost service will
// get a refund", "a string of faults that shut the line") while
// the sentence reports another event: the clause says which things are
// meant, it does not report the event. A verb of saying before "that" opens
// a report ("said that power was out"), which stays; so does a person's
// "who" clause ("an executive who testified that …" reports the testimony).
func restrictiveRelative(lx *lexicon, toks []token, ms []mention, k int) bool {
	m := &ms[k]
	if m.ti < 2 || toks[m.ti-1].low != "that" {
		return false
	}
	head := toks[m.ti-2]
	if !head.word || head.cap || lx.speechVerbs[head.low] || auxiliaries[head.low] || lx.determiners[head.low] ||
		lx.passingPrep[head.low] || prepositionWords[head.low] || strings.HasSuffix(head.low, "ed") || adverbLike(head.low) ||
		lx.clauseHeads[head.low] || lx.eventNouns[head.low] {
		return false // "during that blackout": "that" is a determiner
	}
	// "told customers that power was back": the person told, then what
	// was said ("said households that lost power would get …" stays)
	if m.ti >= 3 && tellVerbs[toks[m.ti-3].low] {
		return false
	}
	// "a fire that broke out near the depot": the head names the event
	// itself
	if slices.ContainsFunc(ms, func(o mention) bool { return o.ti <= m.ti-2 && m.ti-2 < o.tj }) {
		return false
	}
	return slices.ContainsFunc(ms, func(o mention) bool { return o.ti != m.ti && !o.passing && !o.quoted })
}

// tellVerbs take the person told before a "that" clause ("told customers
// that …", "assured residents that …").
var tellVerbs = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true, "warned": true, "warns": true,
	"informed": true, "informs": true, "reminded": true, "reminds": true, "assured": true, "assures": true, "promised": true,
	"notified": true, "advised": true, "convinced": true, "persuaded": true, "showed": true, "shows": true}

// prepositionWords are prepositions that "that" may follow as a
// determiner ("during that blackout", "in that meeting").
var prepositionWords = map[string]bool{"during": true, "in": true, "at": true, "after": true, "before": true, "with": true,
	"by": true, "under": true, "through": true, "throughout": true, "until": true, "despite": true, "like": true}

// goingOnVerbs are acts of a thing already under way: a plan to do them
// after a trigger ("an inquiry, which is due to report in May", "the
// strike is expected to continue") is no plan of the trigger's act.
var goingOnVerbs = map[string]bool{"report": true, "conclude": true, "finish": true, "end": true, "last": true, "continue": true,
	"run": true, "publish": true, "deliver": true, "complete": true}

// irregularPlurals are plural nouns without a final s.
var irregularPlurals = map[string]bool{"men": true, "women": true, "people": true, "children": true, "police": true}

// planHeads are words of planning whose "to" opens the planned event
// ("scheduled to tour", "expected to testify").
var planHeads = map[string]bool{"scheduled": true, "expected": true, "set": true, "due": true, "planned": true, "plans": true,
	"plan": true, "planning": true, "going": true, "intends": true, "intend": true, "aims": true, "hopes": true, "wants": true}

// directiveBefore reports whether a verb of directing stands shortly
// before the "to" at i ("ordered airlines to", "told residents to").
func directiveBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if isClauseBreak(toks[j]) {
			return false
		}
		switch toks[j].low {
		case "ordered", "orders", "order", "ordering", "told", "tells", "asked", "asks", "urged", "urges", "forced", "forces",
			"allowed", "allows", "instructed", "directed", "required", "requires", "called", "advised", "warned", "encouraged":
			return true
		}
	}
	return false
}

// calledOff reports whether a cancellation phrase starts at token j
// ("called the festival off"): the verb cancels, it does not judge.
func calledOff(lx *lexicon, toks []token, j int) bool {
	_, ok := lx.cancelled.has(toks, j)
	return ok
}

// subjectPronoun reports whether the word before token i is a personal
// pronoun, the subject of the verb at i ("the flights it cancelled").
func subjectPronoun(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	return subjectPronouns[toks[i-1].low]
}

// headcount is how many people mention m's act is done to, from its
// clause: a number before a noun trigger ("carried out four detentions"),
// or the count of the people noun nearest before a noun trigger or a
// passive verb ("two youths were detained", "a 61-year-old man from the
// village was detained": 1) or just after a verb ("detained two youths"); 0 when
// the clause does not say, or its people are joined by "and".
func headcount(lx *lexicon, toks []token, m *mention) int {
	cs, ce := clauseStart(toks, m.ti), clauseEnd(toks, m.ti)
	verb := strings.HasSuffix(toks[m.ti].low, "ed")
	if !verb {
		if n := countBefore(toks, m.ti, cs, 1); n > 0 {
			return n // "three more arrests"
		}
	}
	// a verb's people before it are those it was done to only in the
	// passive ("two men were detained"; in "two officers detained a man" they act)
	passive := m.ti > 0 && beForms[toks[m.ti-1].low] || m.ti > 1 && beForms[toks[m.ti-2].low]
	if !verb || passive {
		for i := m.ti - 1; i >= cs && i >= m.ti-8; i-- {
			if toks[i].word && lx.personNouns[toks[i].low] {
				if n := countBefore(toks, i, cs, 3); n > 0 && !joinedNoun(toks, i) {
					return n
				}
				return 0
			}
		}
		if passive {
			return 0
		}
	}
	for i := m.tj; i < ce && i < m.tj+4; i++ {
		if toks[i].word && lx.personNouns[toks[i].low] {
			if joinedNoun(toks, i) {
				return 0
			}
			return countBefore(toks, i, m.tj, 3)
		}
	}
	return 0
}

// joinedNoun reports whether the noun at toks[i] is joined by "and" to
// another ("a man and a woman"): its number counts only part of them.
func joinedNoun(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].low == "and" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].low == "and" {
			return true
		}
		if !toks[k].word && toks[k].text != "-" {
			return false
		}
	}
	return false
}

// countBefore is the number a noun phrase ending at toks[i] starts with,
// looking back no further than from and over up to maxAdj other words
// ("two youths", "the four detainees", "a 61-year-old man": 1); 0 when
// it has none.
func countBefore(toks []token, i, from, maxAdj int) int {
	adjectives := 0
	for k := i - 1; k >= from; k-- {
		t := toks[k]
		if !t.word {
			if t.text == "-" {
				continue // "61-year-old"
			}
			return 0
		}
		if k+1 < len(toks) && toks[k+1].text == "-" || k > 0 && toks[k-1].text == "-" {
			continue // a word of a compound adjective (its number counts nothing)
		}
		switch t.low {
		case "a", "an", "one":
			return 1
		case "the", "these", "those", "all", "both":
			continue
		case "of":
			return 0 // "a group of protesters": the group's size is not told
		}
		if n, ok := timex.Number(t.low); ok && n >= 1 && n < 10000 && n == float64(int(n)) {
			return int(n)
		}
		if adjectives++; adjectives > maxAdj || auxiliaries[t.low] || beForms[t.low] {
			return 0
		}
	}
	return 0
}

// lastedBefore reports whether a verb of lasting stands right before token
// i: "lasted", "lasting", "lasts", "last", "ran for", "running for",
// "continued for", "went on for".
func lastedBefore(toks []token, i int) bool {
	if i >= 1 {
		switch toks[i-1].low {
		case "lasted", "lasting", "lasts", "last":
			return true
		}
	}
	if i >= 2 && toks[i-1].low == "for" {
		switch toks[i-2].low {
		case "ran", "running", "continued":
			return true
		case "on":
			return i >= 3 && toks[i-3].low == "went"
		}
	}
	return false
}

// coordinated reports whether a ", and" or ", but" joins two clauses
// between tokens from and to: what follows has a subject of its own.
func coordinated(toks []token, from, to int) bool {
	for j := from + 1; j < to && j < len(toks); j++ {
		if (toks[j].low == "and" || toks[j].low == "but") && toks[j-1].text == "," {
			return true
		}
	}
	return false
}

// verbAfter reports whether a past verb follows token tj within its clause
// and a few words ("a strike on 3 March failed"): the phrase is a clause.
func verbAfter(toks []token, tj int) bool {
	for j := tj; j < len(toks) && j < tj+6; j++ {
		if isClauseBreak(toks[j]) {
			return false
		}
		if pastVerb(toks[j].low) && j > 0 && toks[j-1].low != "to" {
			return true
		}
	}
	return false
}

// inTrailingRelative reports whether token i lies in a relative clause set
// off by a comma that runs to the sentence's end ("…, who had flown in
// her from the town on Monday."): an aside about someone named before.
func inTrailingRelative(toks []token, i int) bool {
	cs := clauseStart(toks, i)
	if cs == 0 || toks[cs-1].text != "," || cs >= len(toks) || toks[cs].low != "who" && toks[cs].low != "which" {
		return false
	}
	for j := i; j < len(toks); j++ {
		if isClauseBreak(toks[j]) {
			return false
		}
	}
	return true
}

// periodUnits name a stretch of time after "next" or "following".
var periodUnits = map[string]bool{"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"day": true, "days": true, "night": true, "nights": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true}

// periodAhead reports whether toks[i] is "next" or "following" opening a
// stretch of time that ends before token to ("the next half hour", "the
// following two days").
func periodAhead(toks []token, i, to int) bool {
	if w := toks[i].low; w != "next" && w != "following" {
		return false
	}
	for j := i + 1; j < to && j <= i+3; j++ {
		if periodUnits[toks[j].low] {
			return true
		}
	}
	return false
}
