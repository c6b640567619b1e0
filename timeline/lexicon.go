package timeline

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"storyline/timeline/timex"
)

//go:embed lexicon/lexicon.yaml
var lexiconYAML []byte

// kindDef is one event kind of the lexicon.
type kindDef struct {
	Kind     string `yaml:"kind"`
	Family   string `yaml:"family"`
	Label    string `yaml:"label"`
	Priority int    `yaml:"priority"`
	// Absorbs lists kinds whose mention shortly before one of this kind,
	// in the same clause, is part of it ("found the mayor guilty").
	Absorbs []string `yaml:"absorbs"`
	// AbsorbsNext lists kinds whose mention shortly after one of this kind,
	// in the same clause, is part of it ("shares in the company closed at
	// 402p": the closing is the share price's, not a closure).
	AbsorbsNext []string `yaml:"absorbs_next"`
	// Joins lists other kinds whose events a mention of this kind may join.
	Joins []string `yaml:"joins"`
	// Avoids lists kinds whose events a mention of this kind never joins,
	// and whose mentions never join its events (a written statement is not
	// the news conference).
	Avoids []string `yaml:"avoids"`
	// Detects: a mention of this kind whose object is another event
	// ("found the breach", "discovered the fire") reports that event.
	Detects bool `yaml:"detects"`
	// Agentive kinds: different agents make different events.
	Agentive bool `yaml:"agentive"`
	// Exclusive kinds take no mentions of other (generic) kinds.
	Exclusive bool `yaml:"exclusive"`
	// Ends: a mention of this kind ends an activity, and a length it states
	// is that activity's ("called off the search after 17 hours", "reopened
	// after 11 hours"): a fact of this event even though it has no length of
	// its own.
	Ends bool `yaml:"ends"`
	// OtherLabel names a planned, cancelled or other instance ("Meeting").
	OtherLabel string   `yaml:"other_label"`
	Phase      float64  `yaml:"phase"`
	Triggers   []string `yaml:"triggers"`
	Weak       []string `yaml:"weak"`
	// Modifiers and Objects are words of the evidence that make a title
	// specific ("shared" "limousine" ride); Qualifiers map phrases of the
	// evidence to a note of the title ("without taking questions" → "no questions").
	Modifiers  []string          `yaml:"modifiers"`
	Objects    []string          `yaml:"objects"`
	Qualifiers map[string]string `yaml:"qualifiers"`
	// Stances are object words that make a mention of this kind a stance,
	// not a happening ("rejected the idea", "rejects claims"); a habitual
	// adverb before the trigger ("has repeatedly rejected") does too.
	Stances []string `yaml:"stances"`
	// Recast turns a mention of one of its trigger words into a mention of
	// another kind when the sentence holds one of the context words and none
	// of the unless words ("the ship struck the pier" is an accident, not an
	// attack). In YAML one rule or a list of rules, tried in order.
	Recast contextList `yaml:"recast"`
	// Contextual trigger words (or phrases) of this kind count only with
	// one of their context words and none of their unless words in the
	// sentence ("the ship's bow hit the pier", not "hit a record"; "the roof
	// gave way", not "the talks gave way to a vote"). In YAML one set or a
	// list of sets, each with its own context.
	Contextual contextList `yaml:"contextual"`
	// PubDay: a mention of this kind with no time of its own, reported as
	// happened, happened on its article's publication day (a share move in a
	// market report: "shares fell 17% in early trading").
	PubDay bool `yaml:"pub_day"`
	// Errand: a coming or going that one outlet alone tells, next to
	// another act of the same person on the same day, is the trip to that
	// act ("stepped down on Monday … reached the ministry at 9 a.m. and
	// left an hour later").
	Errand bool `yaml:"errand"`
	// WeakFollows lists the kinds whose event an undated weak mention of
	// this kind tells more of when one of the two sentences before told
	// it ("It was attended by …" after a meeting; "the panel then
	// fielded questions" after a public forum is its question time).
	WeakFollows []string `yaml:"weak_follows"`
	// FollowOnly: the kind's weak mentions tell only more of an event of
	// a kind they follow (weak_follows); alone they are no event ("The
	// prosecution called two witnesses" after the hearing).
	FollowOnly bool `yaml:"follow_only"`
	// PlannedBy are words before the trigger in its clause that make this
	// kind's mention a plan ("offered every passenger a payment").
	PlannedBy []string `yaml:"planned_by"`
	// Instant: the event is one moment (a ruling is handed down once), so
	// outlets that give it clock times hours apart disagree rather than
	// tell different moments of it.
	Instant bool `yaml:"instant"`
	// Once: the act befalls a person once in a story (a suspension, a
	// sacking), so one outlet's telling of it for the same person a few
	// days from the day other outlets give is the same act, its day
	// disputed.
	Once bool `yaml:"once"`
	// Multisite: the event happens at many places at once (a strike at
	// three depots), so outlets naming different sites of it do not
	// disagree on where it was.
	Multisite bool `yaml:"multisite"`
	// Headcount: how many people the act is done to tells its events
	// apart: "a 52-year-old woman was arrested on Monday" and "three
	// arrests on Monday" are two rounds of arrests (mention.heads).
	Headcount bool `yaml:"headcount"`
	// Disrupts: the kind stops other work (a machine that jams, a power
	// failure), so a length its sentence states anywhere, with no other
	// event nearer to it, is how long the disruption lasted ("the scanner
	// jammed, and staff halted the count for two hours").
	Disrupts bool `yaml:"disrupts"`
	// Tallies are trigger words that, after a number, count things rather
	// than report the event ("a lead of 412 votes", "won by 2,300 votes").
	Tallies []string `yaml:"tallies"`
	// Offence: a crime, whose word after an offence frame ("charged with
	// burglary", "suspicion of handling stolen goods") names the
	// allegation, not the act.
	Offence bool `yaml:"offence"`
	// Decision: a deliberate act someone decides on (a sacking, a
	// closure, a recall), which the next sentence may name again as "the
	// move" or "the decision" (lexicon.anaphors).
	Decision bool `yaml:"decision"`
}

// recastDef is a kindDef's Recast.
type recastDef struct {
	Kind     string   `yaml:"kind"`
	Triggers []string `yaml:"triggers"`
	Context  []string `yaml:"context"`
	Unless   []string `yaml:"unless"`
	// Before: when set, one of these words must stand among the fourteen
	// words before the trigger, in its sentence ("ordered two envoys to leave
	// the country": the order, not a leaving); the mention starts there.
	Before []string `yaml:"before"`
	// Discourse: with no context word in its sentence, a trigger takes the
	// sense its article has already established (one sense per article: "The
	// strike goes on." in a report of porters walking out), unless an
	// unless word stands in the sentence.
	Discourse bool `yaml:"discourse"`
	// Possessor: a named possessor just before the trigger is context
	// enough ("announced Colm Vey's removal": a person's, not a statue's).
	Possessor bool `yaml:"possessor"`
}

// contextList is a kind's contextual trigger sets: one YAML mapping or a
// sequence of them.
type contextList []*recastDef

// UnmarshalYAML reads one set or a list of sets.
func (c *contextList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.SequenceNode {
		var list []*recastDef
		if err := n.Decode(&list); err != nil {
			return err
		}
		*c = list
		return nil
	}
	var one recastDef
	if err := n.Decode(&one); err != nil {
		return err
	}
	*c = contextList{&one}
	return nil
}

// find returns the set that makes a trigger contextual: the one listing
// its pattern's words (as written in the lexicon), or the first word it
// matched; nil when none does.
func (c contextList) find(words []string, first string) *recastDef {
	if len(c) == 0 {
		return nil
	}
	phrase := strings.Join(words, " ")
	for _, r := range c {
		if slices.Contains(r.Triggers, phrase) || slices.Contains(r.Triggers, first) {
			return r
		}
	}
	return nil
}

type lexiconFile struct {
	Kinds        []kindDef `yaml:"kinds"`
	Planned      []string  `yaml:"planned"`
	Cancelled    []string  `yaml:"cancelled"`
	Hypothetical []string  `yaml:"hypothetical"`
	Negation     []string  `yaml:"negation"`
	Instance     []string  `yaml:"instance"`
	Background   []string  `yaml:"background"`
	AfterPrep    []string  `yaml:"after_prep"`
	BeforePrep   []string  `yaml:"before_prep"`
	DuringPrep   []string  `yaml:"during_prep"`
	AfterAdv     []string  `yaml:"after_adv"`
	BeforeAdv    []string  `yaml:"before_adv"`
	Offence      []string  `yaml:"offence_frames"`
	Media        []string  `yaml:"media"`
	PassingPrep  []string  `yaml:"passing_prep"`
	Evaluative   []string  `yaml:"evaluative"`
	SpeechVerbs  []string  `yaml:"speech_verbs"`
	Determiners  []string  `yaml:"determiners"`
	ObjOpeners   []string  `yaml:"object_openers"`
	ClauseHeads  []string  `yaml:"clause_heads"`
	EventNouns   []string  `yaml:"event_nouns"`
	NounMods     []string  `yaml:"noun_modifiers"`
	NoPassive    []string  `yaml:"no_passive"`
	PersonNouns  []string  `yaml:"person_nouns"`
	Anaphors     []string  `yaml:"anaphors"`
}

// pattern is a phrase of lower-case words; needCap asks for a capitalised
// word right after it.
type pattern struct {
	words   []string
	needCap bool
	needObj bool
	notNext []string // "-to": not followed by "to" ("a bid to contain", "an offer to help")
	kind    int
	weak    bool
}

// phraseSet matches phrases of words at a token position.
type phraseSet struct {
	byFirst map[string][]pattern
	openers map[string]bool // words that may open a "+Obj" object
	// bit is the set's bit in token.sets (0: the set is not indexed).
	bit uint16
}

func (p *phraseSet) add(phrase string, kind int, weak bool) {
	phrase = strings.TrimSpace(strings.ToLower(phrase))
	needCap, needObj := false, false
	var notNext []string
	for {
		k := strings.LastIndex(phrase, " -")
		if k < 0 || strings.ContainsAny(phrase[k+2:], " -") || phrase[k+2:] == "" {
			break
		}
		notNext = append(notNext, phrase[k+2:])
		phrase = strings.TrimSpace(phrase[:k])
	}
	if strings.HasSuffix(phrase, "+cap") {
		needCap = true
		phrase = strings.TrimSpace(strings.TrimSuffix(phrase, "+cap"))
	}
	if strings.HasSuffix(phrase, "+obj") {
		needObj = true
		phrase = strings.TrimSpace(strings.TrimSuffix(phrase, "+obj"))
	}
	words := strings.FieldsFunc(phrase, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 {
		return
	}
	for i := range words {
		words[i] = normApos(words[i])
	}
	if p.byFirst == nil {
		p.byFirst = map[string][]pattern{}
	}
	p.byFirst[words[0]] = append(p.byFirst[words[0]], pattern{words: words, needCap: needCap, needObj: needObj, notNext: notNext, kind: kind, weak: weak})
}

// lexicon is the parsed, read-only lexicon.
type lexicon struct {
	kinds        []kindDef
	kindIndex    map[string]int
	triggers     phraseSet
	planned      phraseSet
	cancelled    phraseSet
	hypothetical phraseSet
	negation     phraseSet
	instance     phraseSet
	background   phraseSet
	afterPrep    phraseSet
	beforePrep   phraseSet
	duringPrep   phraseSet
	afterAdv     phraseSet
	beforeAdv    phraseSet
	// offence: words that name a crime as an allegation ("charged with",
	// "suspicion of", "conspiracy to commit"): the crime word after them
	// is the offence, not a report of the act.
	offence     phraseSet
	media       map[string]bool
	passingPrep map[string]bool
	// discourse holds the first words of recast triggers that take their
	// article's sense (recastDef.Discourse)
	discourse   map[string]bool
	evaluative  map[string]bool
	speechVerbs map[string]bool
	determiners map[string]bool
	objOpeners  map[string]bool
	clauseHeads map[string]bool // words whose "that" opens a clause, not a relative ("clear that", "now that")
	eventNouns  map[string]bool // nouns that name a happening ("a wildfire that broke out")
	// nounModifiers stand between a preposition and its event noun
	// ("acted on earlier warnings", "after several meetings")
	nounModifiers map[string]bool
	// noPassive: verb triggers that report no event in the passive ("to be
	// met from its budget", "was met with anger")
	noPassive map[string]bool
	// personNouns name people ("men", "suspects", "woman"): a number
	// before one counts them (headcount)
	personNouns map[string]bool
	// anaphors are nouns that, after "the", name again the decided act
	// of the sentence before ("The board sacked her. The move …").
	anaphors map[string]bool
	// firstMask maps a word to the bits of the indexed sets that have a
	// phrase starting with it (token.sets).
	firstMask  map[string]uint16
	modifiers  []phraseSet // per kind
	objects    []phraseSet // per kind
	qualifiers []phraseSet // per kind; pattern.kind indexes qualNotes
	qualNotes  []string
}

var loadLexicon = sync.OnceValues(func() (*lexicon, error) { return parseLexicon(lexiconYAML) })

func mustLexicon() *lexicon {
	lx, err := loadLexicon()
	if err != nil {
		// The lexicon is embedded and tested; an error here is a build defect.
		return &lexicon{kindIndex: map[string]int{}}
	}
	return lx
}

func parseLexicon(b []byte) (*lexicon, error) {
	var f lexiconFile
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("parse lexicon: %w", err)
	}
	lx := &lexicon{kinds: f.Kinds, kindIndex: map[string]int{}, media: map[string]bool{}}
	for i, k := range f.Kinds {
		if k.Kind == "" {
			return nil, fmt.Errorf("parse lexicon: kind %d has no name", i)
		}
		lx.kindIndex[k.Kind] = i
		for _, t := range k.Triggers {
			lx.triggers.add(t, i, false)
		}
		for _, t := range k.Weak {
			lx.triggers.add(t, i, true)
		}
		var mods, objs, quals phraseSet
		for j, m := range k.Modifiers {
			mods.add(m, j, false)
		}
		for j, m := range k.Objects {
			objs.add(m, j, false)
		}
		keys := make([]string, 0, len(k.Qualifiers))
		for q := range k.Qualifiers {
			keys = append(keys, q)
		}
		sort.Strings(keys)
		for _, q := range keys {
			quals.add(q, len(lx.qualNotes), false)
			lx.qualNotes = append(lx.qualNotes, k.Qualifiers[q])
		}
		lx.modifiers = append(lx.modifiers, mods)
		lx.objects = append(lx.objects, objs)
		lx.qualifiers = append(lx.qualifiers, quals)
	}
	for _, x := range []struct {
		set  *phraseSet
		list []string
	}{
		{&lx.planned, f.Planned}, {&lx.cancelled, f.Cancelled}, {&lx.hypothetical, f.Hypothetical},
		{&lx.negation, f.Negation}, {&lx.instance, f.Instance}, {&lx.background, f.Background},
		{&lx.afterPrep, f.AfterPrep}, {&lx.beforePrep, f.BeforePrep}, {&lx.duringPrep, f.DuringPrep},
		{&lx.afterAdv, f.AfterAdv}, {&lx.beforeAdv, f.BeforeAdv}, {&lx.offence, f.Offence},
	} {
		for _, p := range x.list {
			x.set.add(p, -1, false)
		}
	}
	for _, m := range f.Media {
		lx.media[strings.ToLower(m)] = true
	}
	lx.passingPrep, lx.determiners, lx.objOpeners = lowerSet(f.PassingPrep), lowerSet(f.Determiners), lowerSet(f.ObjOpeners)
	lx.triggers.openers = lx.objOpeners
	lx.clauseHeads, lx.eventNouns, lx.nounModifiers = lowerSet(f.ClauseHeads), lowerSet(f.EventNouns), lowerSet(f.NounMods)
	lx.noPassive = lowerSet(f.NoPassive)
	lx.personNouns = lowerSet(f.PersonNouns)
	lx.anaphors = lowerSet(f.Anaphors)
	lx.evaluative, lx.speechVerbs = lowerSet(f.Evaluative), lowerSet(f.SpeechVerbs)
	lx.discourse = map[string]bool{}
	for _, k := range f.Kinds {
		for _, r := range k.Recast {
			if _, ok := lx.kindIndex[r.Kind]; !ok {
				return nil, fmt.Errorf("parse lexicon: kind %s recasts to unknown kind %q", k.Kind, r.Kind)
			}
			if r.Discourse {
				for _, t := range r.Triggers {
					if f := strings.Fields(t); len(f) > 0 {
						lx.discourse[strings.ToLower(f[0])] = true
					}
				}
			}
		}
	}
	if k, ok := lx.kindIndex["statement"]; !ok || k < 0 {
		return nil, fmt.Errorf("parse lexicon: no statement kind")
	}
	// Longest patterns first so the longest trigger wins at a position.
	sets := []*phraseSet{&lx.triggers, &lx.planned, &lx.cancelled, &lx.hypothetical, &lx.negation,
		&lx.instance, &lx.background, &lx.afterPrep, &lx.beforePrep, &lx.duringPrep, &lx.afterAdv, &lx.beforeAdv}
	for i := range lx.modifiers {
		sets = append(sets, &lx.modifiers[i], &lx.objects[i], &lx.qualifiers[i])
	}
	lx.firstMask = map[string]uint16{}
	for i, set := range sets[:12] {
		set.bit = 1 << i
		for w := range set.byFirst {
			lx.firstMask[w] |= set.bit
		}
	}
	for _, set := range sets {
		for k, ps := range set.byFirst {
			sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
			set.byFirst[k] = ps
		}
	}
	return lx, nil
}

// match returns the longest pattern of set that starts at word token i, and
// the index of the token after it.
func (p *phraseSet) match(toks []token, i int) (pattern, int, bool) { return p.matchNth(toks, i, 0) }

// matchNth is match's n-th choice at token i (0 the first): the next pattern
// to try when the ones before it are turned down by their context ("stopped
// the leak" is no officers' stop, and may still be a leak stopped).
func (p *phraseSet) matchNth(toks []token, i, n int) (pattern, int, bool) {
	if i >= len(toks) || !toks[i].word {
		return pattern{}, 0, false
	}
	if toks[i].masked && toks[i].sets&p.bit == 0 && p.bit != 0 {
		return pattern{}, 0, false
	}
	// a phrase met word by word beats a phrasal verb split around an
	// object ("ran aground off Westby" is no "ran … off")
	var split pattern
	splitEnd := -1
	for _, pat := range p.byFirst[toks[i].base] {
		if end, ok := matchWords(toks, i, pat.words); ok {
			if splitEnd < 0 && isSplit(toks, i, end, pat) && p.plain(toks, i, pat) {
				split, splitEnd = pat, end
				continue
			}
			if pat.needCap {
				if end >= len(toks) || !toks[end].cap || toks[end].base != toks[end].low {
					continue
				}
			}
			if end < len(toks) && slices.Contains(pat.notNext, toks[end].low) {
				continue
			}
			if pat.needObj {
				if end >= len(toks) || !(toks[end].cap || p.openers[toks[end].low] || isAllDigits(strings.ReplaceAll(toks[end].text, ",", ""))) {
					continue
				}
			}
			if n > 0 {
				n--
				continue
			}
			return pat, end, true
		}
	}
	if splitEnd >= 0 && n == 0 {
		return split, splitEnd, true
	}
	return pattern{}, 0, false
}

// plain reports whether another pattern of two words or more of the set
// starting at token i matches word by word (a one-word trigger does not
// beat a phrasal verb: "struck the law down" stays a ruling).
func (p *phraseSet) plain(toks []token, i int, not pattern) bool {
	for _, pat := range p.byFirst[toks[i].base] {
		if len(pat.words) < 2 || slices.Equal(pat.words, not.words) {
			continue
		}
		if end, ok := matchWords(toks, i, pat.words); ok && !isSplit(toks, i, end, pat) {
			return true
		}
	}
	return false
}

// isSplit reports whether a match of pat from token i to end is a phrasal
// verb split around its object ("shut the network down").
func isSplit(toks []token, i, end int, pat pattern) bool {
	n := len(pat.words)
	if n < 2 || end <= i+1 || !particles[pat.words[n-1]] {
		return false
	}
	prev := toks[end-2]
	return prev.low != pat.words[n-2] && prev.base != pat.words[n-2]
}

// beForms are the forms of "be", which take no particle across an object.
var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true}

// adverbLike reports a word shaped like a manner or time adverb ("finally",
// "eventually", "formally").
func adverbLike(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && w != "early" && w != "family" && w != "rally" && w != "supply" && w != "apply" && w != "reply"
}

// matchWords matches words from token i, skipping hyphens between words.
func matchWords(toks []token, i int, words []string) (int, bool) {
	j := i
	for w, want := range words {
		if w > 0 && j < len(toks) && toks[j].text == "-" {
			j++
		}
		if j >= len(toks) || !toks[j].word {
			return 0, false
		}
		// "was eventually found", "has formally lodged": an adverb after an
		// auxiliary
		if w > 0 && auxiliaries[words[w-1]] && toks[j].low != want && adverbLike(toks[j].low) && j+1 < len(toks) &&
			(toks[j+1].base == want || toks[j+1].low == want) {
			j++
		}
		// "signed a four-year contract", "held a two-hour meeting": a
		// measure compound between an article and the phrase's noun
		// (a verb's object, not a prepositional phrase: "in a two-line
		// statement" stays no statement of the act before it)
		if w > 1 && measureSlots[words[w-1]] && !prepositionWords[words[0]] && toks[j].low != want {
			if k := measureEnd(toks, j); k > j && k < len(toks) && (toks[k].base == want || toks[k].low == want) {
				j = k
			}
		}
		if toks[j].base != want && toks[j].low != want {
			// a phrasal verb around its object: "shut the whole network down"
			// (not a form of "be": "are writing out" is no "are out")
			if w == 0 || w != len(words)-1 || !particles[want] || beForms[words[0]] {
				return 0, false
			}
			k := j
			for k < len(toks) && k-j < 3 && toks[k].word && toks[k].low != want && !particles[toks[k].low] {
				k++
			}
			if k >= len(toks) || k == j || !toks[k].word || toks[k].low != want {
				return 0, false
			}
			j = k
		}
		j++
	}
	// "closed-door", "post-summit": the last word is part of a compound
	if j+1 < len(toks) && toks[j].text == "-" && toks[j].start == toks[j-1].end && toks[j+1].word {
		return 0, false
	}
	return j, true
}

// measureSlots are the words after which a trigger may skip a measure
// compound ("a four-year contract").
var measureSlots = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true}

// measureEnd returns the index after a measure compound at token i — a
// number joined by hyphens to one to three words ("four-year",
// "12-month", "two-and-a-half-hour") — or i when there is none.
func measureEnd(toks []token, i int) int {
	if i+1 >= len(toks) || !toks[i].word || toks[i+1].text != "-" {
		return i // (the cheap test first: this runs inside every trigger match)
	}
	if _, ok := timex.Number(toks[i].low); !ok {
		return i
	}
	j, parts := i+1, 0
	for parts < 4 && j+1 < len(toks) && toks[j].text == "-" && toks[j].start == toks[j-1].end && toks[j+1].word && toks[j+1].start == toks[j].end {
		j += 2
		parts++
	}
	if parts == 0 {
		return i
	}
	return j
}

// has reports whether a phrase of set starts at token i.
func (p *phraseSet) has(toks []token, i int) (int, bool) {
	_, end, ok := p.match(toks, i)
	return end, ok
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// particles of phrasal verbs that may stand after the verb's object
// ("called the meeting off", "took the site offline").
var particles = map[string]bool{"down": true, "off": true, "out": true, "up": true, "offline": true, "back": true, "away": true,
	// "sent some 900 staff home"
	"home": true}

// lowerSet is the set of the lower-cased words of a lexicon list.
func lowerSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}
