// Package compare puts the outlets of a story side by side: it extracts
// quoted speech with its speaker and groups the same quote across outlets,
// extracts comparable facts (durations, clock times, dates, counts and other
// numbers with their unit noun, participant lists, places) from the evidence
// of one event and judges them across outlets, and builds the events × outlets
// coverage data.
//
// The package never imports storyline/timeline (the engine imports it). Its
// Evidence, Side, Disagreement, QuoteVersion and Quote types mirror the
// timeline types field for field, so the engine converts them with plain Go
// conversions (timeline.Evidence(e), compare.Evidence(e)) or a field copy.
//
// Everything is pure and deterministic: no map iteration order leaks into
// output, no clocks, no randomness. No function panics on any input.
//
// # Tolerances
//
// A stated number becomes an interval [Lo, Hi] from its hedge word:
//
//	exact ("three hours", "171 passengers")          [x, x]
//	about ("about", "around", "roughly", "some", "~") [0.85x, 1.15x]   (±15 %)
//	under ("nearly", "almost", "just under")          [0.8x, x]
//	over ("just over", "a little over")               [x, 1.25x]
//	at least ("at least", "more than", "over", "upwards of") [x, ∞)
//	at most ("at most", "up to", "less than", "fewer than")  [0, x]
//
// "under" is closed at x so that "nearly three hours" does not conflict
// with a loose "three-hour meeting"; "more than" and "less than" are open
// ended because they bound, not estimate.
//
// Two statements of one slot are the same when value and hedge are equal,
// compatible when their intervals overlap (within stated approximation), and
// conflicting otherwise. Clock times use ±15 minutes for "about", 30
// minutes for "shortly before"/"shortly after", six hours for "before",
// "by", "after"; dates must be equal (a date without a year matches the
// same day with one).
//
// Slots: durations compare with durations (split into groups of like
// magnitude, within a factor of 3, so a 12-minute news conference is not
// compared with a three-hour meeting; story-wide figures of one class
// split only past a factor of 10; "15 years in prison" and "three
// years of probation" are different slots); counts compare only with
// counts of the same unit noun, the same casualty/action verb class
// ("killed" vs "injured"), the same part/total role ("61 of 85 drones")
// and the same capitalised modifiers ("French drones" vs "German
// drones"); clock times with clock times; dates with dates; participant
// lists (the people ending the items of a list sentence with a cue such
// as "included", "joined by", "delegation") with lists, one merged list
// per outlet; named venues ("… Base", "… Airport") with venues of the
// same head word (also "taken to <Name> Hospital, where he died").
// Venues described without a name in a phrase right after the trigger
// ("briefed reporters at the company's headquarters", "at the press
// site", "at the Westby plant") share one slot across head words:
// different heads are at most compatible (one place may hold the other),
// the same head conflicts only when both carry names and none is shared,
// and a bare head ("the gate") is the same as a qualified one ("the mine
// gate"). When an outlet states several values for one slot, two
// outlets conflict only if no value of one is compatible with a value of
// the other. Numbers inside quoted speech are not facts of the outlet.
// Clock times and dates count only when they sit in the clause of the
// event's trigger (Evidence.TriggerStart/End; "after 1:15 p.m." right
// before the time is its preposition, not a new clause; a time before
// "and <trigger>" belongs to the first predicate; a "when" right after
// the time opens its relative clause, which happens at that time: "began
// at 8:40 a.m., when the network stopped"; a trigger in a relative clause
// — "the miner who was hurt in the collapse", "Doe, who testified, is due
// in court in April" — is not dated by a time outside it; "as early as"
// is a degree, not a clause), and not when they date
// a statement ("said in a statement around 8 p.m."); a clock time written
// without a.m./p.m. matches either half of the day. "by", "until",
// "before" mark an upper bound, "since", "after" a lower one. Two times
// that may be told in different zones (one names a zone and the other
// none or another, or one is a 24-hour "22:00" and the other has
// a.m./p.m.) are compatible when they differ by whole hours ("6 p.m." vs
// "22:00" under a UTC timeline). A month without a day ("in October",
// "by the end of July", "as early as July") is a date of slot
// "date:month", compared with months only, and only in a sentence that
// tells a plan ("will", "is expected to", "hopes"; past months are mostly
// passing references): its interval is the month or the part stated
// ("early", "mid", "late", "the end of"), open ended after "as early
// as", "after", "since" and before "before", "until"; "by" names the
// deadline itself. Dates of different stated years conflict. Counts and
// numbers are left out when a sequence word ("after", "before",
// "following", "since", "until") lies
// between them and the trigger ("passed by 52 votes, after a debate that
// …" gives no vote count to the debate), unless the phrase is an aside
// set off by commas. Running figures ("had grown to 6,800 acres", "has
// cancelled 260") are at most compatible; the size of a move ("had
// jumped 24%") is not running, a level ("has risen to 24%") is.
// Amounts of money ("$4.5 million", "£2.1bn", "£25m", "2.2 billion
// pounds") are numbers with slot "money:<symbol>", refined by what they
// measure: a noun after the amount or before "of" ("a £20m break fee",
// "a ransom of $5m") or a verb before it ("valuing the firm at £2.1bn",
// "demanded $4.5 million"), mapped to classes (fee, payment, value,
// damage, fine, bail, …). Percentages take the move or holding they
// measure: "percent:rise" ("jumped 24%", "up 22%"), "percent:fall",
// "percent:stake" ("holds 12% of", "a 12% stake"), else the noun they
// are of. People counts share one slot across nouns when a verb class is
// given ("seven passengers were treated" vs "three people were treated",
// "six members of a road crew missing" vs "six people who were working
// there were missing") and for general nouns ("residents", "people").
// Numbers of occasions ("twice", "three times", "on two separate
// occasions", "on three previous flights") share the slot "occasion"
// ("three times as many" is a multiplier, no count), and a perfect tense
// does not make them running ("had shown a warning on three flights").
// A duration qualified by "in"/"of" ("15 years in prison", "three years
// of probation") is its own slot only from a week up, and not when the
// noun is the trigger ("nearly 11 hours of debate" in a debate event);
// "-long" adjectives without a number ("a day-long debate") are no
// measure.
//
// # Quotes
//
// Quoted stretches are read per paragraph (curly “ ” ‘ ’, straight " ',
// „ “ and « »; nested quotes stay inside their outer quote; a quote may
// run over sentence ends and is split into one unit per quoted sentence;
// a quote left open runs at most to the end of the next sentence). The
// speaker comes from, in order: a "Name:" lead-in; a speech verb just
// before the quote ("Smith told reporters, “…”", "he added: “…”"); a
// speech tag just after it ("“…,” he said", "“…,” said Jones-Lee",
// "“…,” the French leader replied"); a speech verb earlier in the
// sentence ("Smith claimed … and warned rivals not to “…”"); the speaker
// of the previous quote when no person was named since ("“A,” X said.
// “B.”"); the subject of the sentence or of the one before. Pronouns
// resolve to the subject of the sentence, else of the previous sentences
// of the source (never to a name inside a quote; a possessive name opening
// a sentence with no other subject — "Doe's speech was personal." — is
// its topic); descriptions ("the U.S. president", "the French leader")
// resolve to the name set off by commas after them ("the firm's chief
// executive, Jane Doe, said"), else to the recently named person whose
// title words seen anywhere in the corpus match best, else to nobody (the
// speaker is left empty). An organisation tagging speech ("the Safety
// Board said") is the speaker. When the tag names someone who cannot be resolved ("a
// pilot said", "said one nurse", "the utility said in a statement that
// …") the speaker is left empty rather than guessed from the context.
//
// Quotes of fewer than three words are terms or scare quotes and are left
// out, unless they are tagged as speech and recur in two or more outlets.
// Units are grouped across outlets: same words once case, punctuation and
// quote marks are normalised (verbatim); one contained in the other (four
// words or more) or word overlap (Dice) ≥ 0.8, contractions written out
// ("won't" = "will not") (near-verbatim); same
// speaker and ≥ 3 shared content-word stems covering ≥ 60 % of the smaller
// quote (paraphrase). Quotes firmly attributed (by a name, pronoun or
// description in the tag) to different speakers are never grouped. The
// speaker of a group is the strongest-attributed one (votes weighted by
// how sure each attribution is). Two consecutive sentences of one quote
// are matched together against another outlet's single sentence when
// neither matches alone, and the sentences next to an already grouped
// pair (same source, paragraph and speaker, mostly the same words) join
// its group. In the evidence of a quote version,
// TriggerStart/TriggerEnd span the quoted words inside the sentence.
package compare

// Sentence is one evidence sentence of a source, as the engine holds it.
// Text is exactly the source text [Start:End] (byte offsets).
type Sentence struct {
	Source string // source id
	Outlet string // outlet name ("" = use Source)
	Text   string
	Role   string // "body" or "caption"
	Start  int
	End    int
	// Para numbers the paragraphs of a source: sentences with equal Source
	// and Para are one paragraph (a quote may span them). Give each
	// paragraph its own number; leaving every Para at 0 makes a source one
	// paragraph, which only matters for quotes left open at a sentence end.
	Para int
}

// Evidence mirrors timeline.Evidence field for field.
type Evidence struct {
	Source       string `json:"source"`
	Outlet       string `json:"outlet"`
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Role         string `json:"role"`
	Main         bool   `json:"main"`
	TriggerStart int    `json:"trigger_start"`
	TriggerEnd   int    `json:"trigger_end"`
}

// Side mirrors timeline.Side: one value and the outlets that state it.
type Side struct {
	Value    string     `json:"value"`
	Outlets  []string   `json:"outlets"`
	Evidence []Evidence `json:"evidence"`
}

// Disagreement mirrors timeline.Disagreement: a fact of one event stated
// differently by outlets. Verdict is VerdictConflicting or VerdictCompatible.
type Disagreement struct {
	Fact    string `json:"fact"`
	Verdict string `json:"verdict"`
	Note    string `json:"note"`
	Sides   []Side `json:"sides"`
}

// QuoteVersion mirrors timeline.QuoteVersion: one wording and its outlets.
type QuoteVersion struct {
	Text     string     `json:"text"`
	Outlets  []string   `json:"outlets"`
	Evidence []Evidence `json:"evidence"`
}

// Quote mirrors timeline.Quote: one piece of quoted speech grouped across
// outlets. Event is left empty by Quotes; the engine fills it from the event
// whose evidence holds the quote's sentences.
type Quote struct {
	ID       string         `json:"id"`
	Speaker  string         `json:"speaker"`
	Event    string         `json:"event,omitempty"`
	Match    string         `json:"match"`
	Outlets  []string       `json:"outlets"`
	Versions []QuoteVersion `json:"versions"`
}

// Verdicts of a Disagreement.
const (
	VerdictConflicting = "conflicting"
	VerdictCompatible  = "compatible"
)

// Fact kinds (Disagreement.Fact and Fact.Kind).
const (
	FactDuration     = "duration"
	FactTime         = "time"
	FactDate         = "date"
	FactCount        = "count"
	FactNumber       = "number"
	FactParticipants = "participants"
	FactPlace        = "place"
)

// Quote match kinds (Quote.Match).
const (
	MatchVerbatim     = "verbatim"      // every version is the same text once punctuation, case and quote marks are normalised
	MatchNearVerbatim = "near-verbatim" // token overlap ≥ 0.8, or one version is contained in another
	MatchParaphrase   = "paraphrase"    // different wording, same speaker, high content-word overlap
)

// Hedges of a stated value (Fact.Approx); the duration ones match timex.
const (
	ApproxExact   = "exact"
	ApproxAbout   = "about"
	ApproxUnder   = "under"
	ApproxOver    = "over"
	ApproxAtLeast = "at-least"
	ApproxAtMost  = "at-most"
)

// Fact is one comparable statement of one outlet about one event.
type Fact struct {
	Kind   string  `json:"kind"`   // one of the Fact constants
	Slot   string  `json:"slot"`   // what is measured: "duration", "passengers", "regions", "participants"
	Value  string  `json:"value"`  // normalised, for people: "180 min", "171", "Doe, Smith"
	Text   string  `json:"text"`   // as written: "about three hours"
	Approx string  `json:"approx"` // one of the Approx constants ("" for lists and places)
	Lo     float64 `json:"lo"`     // interval implied by Approx (numbers, minutes, minutes of day; dates: month*100+day)
	Hi     float64 `json:"hi"`     // math.MaxFloat64 when open ended ("more than", "at least")
	// Items: participants: canonical names; places: the distinctive words
	// of the name; clock times: ["12h"] when written without a.m./p.m.
	Items []string `json:"items,omitempty"`
	// Participants only: Orgs are the organisations the listed people are
	// told to be from ("Calderway vice-president Jane Doe"), Absent
	// those the sentence says sent no one ("no one from Calderway
	// attended"); lower case.
	Orgs   []string `json:"orgs,omitempty"`
	Absent []string `json:"absent,omitempty"`
	// Running marks a figure that changes over time ("had grown to 6,800
	// acres", "has risen to 12", "so far"): outlets writing at different
	// times differ without contradicting each other, so a running figure
	// is never judged conflicting (only compatible).
	Running bool `json:"running,omitempty"`
	// Start/End are byte offsets of Text inside Evidence.Text.
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Evidence Evidence `json:"evidence"`
}

// Facts returns the comparable facts stated in the evidence sentences of one
// event, in evidence order. names canonicalises a person name (the engine
// passes its entity index's Canonical); nil keeps names as written.
func Facts(event []Evidence, names func(string) string) []Fact {
	return extractFacts(event, normNames(names))
}

// Disagreements judges the facts of one event (its evidence sentences)
// across outlets and returns the slots that outlets state differently:
// conflicting ones first, then compatible ones (values that differ in
// wording but agree within the stated approximation). Facts of one outlet
// are never compared with each other, and only facts of the same slot are
// compared. Values stated identically by every outlet give nothing.
func Disagreements(event []Evidence, names func(string) string) []Disagreement {
	return DisagreementsOf(event, names, nil)
}

// DisagreementsOf is Disagreements with what the story knows of its
// people: person reports whether a name written alone ("Doe") is one of
// the story's people, so that a participant list may name them by surname
// only ("counsel for Doe and for her opponent, John Roe"). A nil person
// knows only the names of the event's own sentences.
func DisagreementsOf(event []Evidence, names func(string) string, person func(string) bool) []Disagreement {
	return judge(extractFactsOf(event, normNames(names), person))
}

// Quotes extracts the quoted speech of a corpus and groups the same quote
// across outlets. sents are all evidence sentences (body and caption) of all
// sources, each source's sentences in source order. names canonicalises a
// speaker name (nil keeps names as written). Quotes are returned in order of
// first appearance (by source order of the input), with IDs "q1", "q2", …
func Quotes(sents []Sentence, names func(string) string) []Quote {
	return quotes(sents, normNames(names))
}

// EventEvidence is one event as the coverage matrix needs it.
type EventEvidence struct {
	ID       string
	Evidence []Evidence
}

// CoverageData is the events × outlets matrix of a story.
type CoverageData struct {
	Outlets []string `json:"outlets"` // column order: as given, then any outlet first seen in evidence
	Events  []string `json:"events"`  // row order: as given
	// Cells[i][j] is the number of evidence sentences of Outlets[j] for
	// Events[i]; 0 means the outlet does not report the event.
	Cells [][]int `json:"cells"`
	// SingleSource lists the ids of events reported by exactly one outlet.
	SingleSource []string `json:"single_source"`
	// Exclusive has one entry per outlet (in Outlets order): the events and
	// the facts that only that outlet reports.
	Exclusive []Exclusive `json:"exclusive"`
}

// Exclusive is what only one outlet reports.
type Exclusive struct {
	Outlet string   `json:"outlet"`
	Events []string `json:"events"` // ids of events no other outlet reports
	// Facts stated only by this outlet in events that other outlets also
	// report (a slot no other outlet states).
	Facts []EventFact `json:"facts"`
}

// EventFact is a fact with the id of its event.
type EventFact struct {
	Event string `json:"event"`
	Fact  Fact   `json:"fact"`
}

// Coverage builds the coverage matrix of events (in timeline order) and
// outlets (column order; outlets found only in evidence are appended in
// order of first appearance).
func Coverage(events []EventEvidence, outlets []string, names func(string) string) CoverageData {
	return coverage(events, outlets, normNames(names))
}

func normNames(names func(string) string) func(string) string {
	if names == nil {
		return func(s string) string { return s }
	}
	return func(s string) string {
		if c := names(s); c != "" {
			return c
		}
		return s
	}
}
