// Package timeline is the storyline engine: it finds event mentions in the
// sentences of many articles, clusters them across outlets into events,
// orders them, and presents each with its time, participants and evidence.
// It is pure and deterministic: the same corpus gives the same Timeline.
package timeline

// Schema is the JSON schema name of an exported timeline.
const Schema = "storyline.timeline/v1"

// Status is the modality of an event.
type Status string

// Event statuses.
const (
	StatusHappened     Status = "happened"
	StatusPlanned      Status = "planned" // announced or promised, not (yet) reported as done
	StatusCancelled    Status = "cancelled"
	StatusHypothetical Status = "hypothetical"
)

// Precision of a time label.
const (
	PrecisionExact    = "exact"    // stated date and/or clock time
	PrecisionApprox   = "approx"   // stated with hedging, or a day only
	PrecisionRelative = "relative" // known only relative to another event ("after the talks")
	PrecisionUnknown  = "unknown"
)

// Timeline is the ordered story built from a corpus.
type Timeline struct {
	Title   string      `json:"title"` // story title (from the most common headline words, or the corpus name)
	Slug    string      `json:"slug"`  // file-name safe story name, for export defaults
	Sources []SourceRef `json:"sources"`
	Outlets []Outlet    `json:"outlets"` // stable order; index = colour slot in the UI
	Events  []Event     `json:"events"`  // in timeline order; Rank = index+1
	Quotes  []Quote     `json:"quotes"`
	// Disagreements are the story-wide ones: a figure stated differently
	// by outlets in sentences of different events (or of none), such as a
	// crew of 22 in one outlet's account of the collision and 21 in
	// another's account of the inquiry. Only conflicting ones are listed;
	// a difference told within one event is that event's disagreement.
	Disagreements []Disagreement `json:"disagreements,omitempty"`
}

// SourceRef is a source as the timeline lists it.
type SourceRef struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"` // RFC 3339, or "" when unknown
}

// Outlet is one outlet of the corpus with the number of events it supports.
type Outlet struct {
	Name    string   `json:"name"`
	Sources []string `json:"sources"` // source ids
	Events  int      `json:"events"`
}

// When is the time label of an event.
type When struct {
	Text      string `json:"text"` // label for people: "Fri 15 Aug 2025", "after the talks", "~3 h"
	Date      string `json:"date"` // YYYY-MM-DD when known
	Time      string `json:"time"` // HH:MM (24 h) when known
	Zone      string `json:"zone,omitempty"`
	Precision string `json:"precision"`          // one of the Precision constants
	Inferred  bool   `json:"inferred"`           // resolved (from relative words, reference times), not stated
	Relative  string `json:"relative,omitempty"` // "after <event id>" etc. when only relative
}

// Duration is one outlet's statement of how long an event lasted.
type Duration struct {
	Outlet  string `json:"outlet"`
	Source  string `json:"source"`
	Text    string `json:"text"`    // as written: "about three hours"
	Minutes int    `json:"minutes"` // normalised
	Approx  string `json:"approx"`  // "exact", "about", "under", "over"
}

// Evidence is one sentence that reports (or refers to) an event.
type Evidence struct {
	Source string `json:"source"` // source id
	Outlet string `json:"outlet"`
	Text   string `json:"text"` // exactly the source text [Start:End]
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Role   string `json:"role"` // "body" or "caption"
	Main   bool   `json:"main"` // the sentence reports the event (false: a passing reference)
	// Trigger is the byte span of the trigger word(s) inside Text.
	TriggerStart int `json:"trigger_start"`
	TriggerEnd   int `json:"trigger_end"`
}

// Side is one side of a disagreement: what some outlets say.
type Side struct {
	Value    string     `json:"value"` // as normalised: "150 min", "7", "Ames, Brook"
	Outlets  []string   `json:"outlets"`
	Evidence []Evidence `json:"evidence"`
}

// Disagreement is a fact of an event that outlets state differently.
type Disagreement struct {
	Fact    string `json:"fact"`    // "duration", "time", "date", "count", "participants", "place", "number"
	Verdict string `json:"verdict"` // "conflicting" or "compatible" (within stated approximation)
	Note    string `json:"note"`    // one line for people: "about three hours vs two-and-a-half hours"
	Sides   []Side `json:"sides"`
	// Events lists, for a story-wide disagreement, the ids of the events
	// whose evidence holds a side's sentence (empty on event disagreements).
	Events []string `json:"events,omitempty"`
}

// QuoteVersion is one wording of a quote and the outlets that carry it.
type QuoteVersion struct {
	Text     string     `json:"text"`
	Outlets  []string   `json:"outlets"`
	Evidence []Evidence `json:"evidence"`
}

// Quote is one piece of quoted speech, grouped across outlets.
type Quote struct {
	ID       string         `json:"id"`
	Speaker  string         `json:"speaker"`
	Event    string         `json:"event,omitempty"` // id of the event at which it was said
	Match    string         `json:"match"`           // "verbatim", "near-verbatim", "paraphrase"
	Outlets  []string       `json:"outlets"`
	Versions []QuoteVersion `json:"versions"`
}

// Event is one real-world happening of the story.
type Event struct {
	ID            string         `json:"id"` // stable: derived from kind and title words
	Rank          int            `json:"rank"`
	Title         string         `json:"title"`
	Summary       string         `json:"summary"` // one extractive sentence
	Kind          string         `json:"kind"`    // lexicon type: "arrival", "meeting", "press-conference", …
	Status        Status         `json:"status"`
	Background    bool           `json:"background"` // from another time than the story (a 2018 summit); not on the story line
	When          When           `json:"when"`
	Where         string         `json:"where,omitempty"`
	Who           []string       `json:"who"`
	Durations     []Duration     `json:"durations,omitempty"`
	Outlets       []string       `json:"outlets"`
	Evidence      []Evidence     `json:"evidence"`
	Disagreements []Disagreement `json:"disagreements,omitempty"`
	Quotes        []string       `json:"quotes,omitempty"` // ids into Timeline.Quotes
}
