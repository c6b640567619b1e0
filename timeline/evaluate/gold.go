package evaluate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Gold is the hand annotation of one corpus (testdata/<corpus>/gold.yaml).
type Gold struct {
	// Story is a short description of the corpus.
	Story string `yaml:"story"`
	// Articles is the folder of articles, relative to gold.yaml ("articles").
	Articles string `yaml:"articles"`
	// Sources maps short aliases to source ids (file stems) so that items can
	// say {source: ap} instead of {source: 000_2fc0bac676e47fb3}. Optional.
	Sources map[string]string `yaml:"sources"`
	// Events are the happenings of the story and its background.
	Events []GoldEvent `yaml:"events"`
	// Disagreements are facts of an event that outlets state differently.
	Disagreements []GoldDisagreement `yaml:"disagreements"`
	// Quotes are pieces of quoted speech with their speaker and carriers.
	Quotes []GoldQuote `yaml:"quotes"`
	// Forbidden are texts that must never be evidence: reader comments,
	// page chrome, signatures, copyright lines.
	Forbidden []Item `yaml:"forbidden"`

	// Name is the corpus name (the folder holding gold.yaml); set by Load.
	Name string `yaml:"-"`
	// Dir is the folder holding gold.yaml; set by Load.
	Dir string `yaml:"-"`
}

// GoldEvent is one annotated event.
type GoldEvent struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	Kind  string `yaml:"kind"`
	// Order is the story order; equal numbers mean same time or unordered
	// between them; nil (omitted) takes the event out of order scoring.
	Order *float64 `yaml:"order"`
	// Background: the event is from another time than the story.
	Background bool `yaml:"background"`
	// Minor: a real but incidental happening. Not counted in event recall;
	// a system event matching it is not clutter (counts for precision).
	Minor bool `yaml:"minor"`
	// Status is happened (default), planned, cancelled or hypothetical;
	// alternatives may be given as "planned|hypothetical".
	Status string `yaml:"status"`
	// Evidence are sentences that report the event: all must be found.
	Evidence []Item `yaml:"evidence"`
	// Optional are passing references: neither required nor penalised.
	Optional []Item `yaml:"optional"`
	// Note is free text for annotators.
	Note string `yaml:"note"`
}

// Item identifies one sentence: Text is a distinctive substring of exactly
// one sentence of source Source (whitespace, quote style and case are
// normalised before comparing).
type Item struct {
	Source string `yaml:"source"`
	Text   string `yaml:"text"`
	norm   string // Norm(Text), cached by Load
}

func (it Item) normText() string {
	if it.norm != "" {
		return it.norm
	}
	return Norm(it.Text)
}

// GoldDisagreement is a fact of an event stated differently by outlets.
type GoldDisagreement struct {
	Event string `yaml:"event"` // gold event id; alternatives as "verdict|deliberations"
	// Fact is the fact type: duration, time, date, count, participants,
	// place, number; alternatives as "count|number".
	Fact string `yaml:"fact"`
	// Sources are the sources that state the fact.
	Sources []string `yaml:"sources"`
	// Sides, when given, group Sources by what they say: the system
	// disagreement must have at least one source of every group on its
	// sides, and sources from different groups must not share a system side.
	// Without Sides (or with Strict) every source must be on a side.
	Sides [][]string `yaml:"sides"`
	// Strict: every source must be on a side even when Sides are given.
	Strict bool `yaml:"strict"`
	// Verdict, when given ("conflicting" or "compatible"), must match.
	Verdict string `yaml:"verdict"`
	Note    string `yaml:"note"`
}

// GoldQuote is one quote carried by one or more sources.
type GoldQuote struct {
	Speaker string   `yaml:"speaker"` // surname
	Aliases []string `yaml:"aliases"` // other accepted spellings of the speaker
	Text    string   `yaml:"text"`    // substring of one version of the quote
	Sources []string `yaml:"sources"` // every source that carries the quote
	// Optional quotes (scare quotes, single words) are neither required nor
	// penalised.
	Optional bool `yaml:"optional"`
}

// Statuses accepted in gold files.
var validStatus = map[string]bool{"happened": true, "planned": true, "cancelled": true, "hypothetical": true}

// Load reads and checks a gold file. Source aliases are resolved, so after
// Load every Source field holds a source id.
func Load(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	g, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	g.Dir = filepath.Dir(path)
	g.Name = filepath.Base(g.Dir)
	return g, nil
}

// Parse decodes and checks gold YAML (without file-system context).
func Parse(b []byte) (*Gold, error) {
	var g Gold
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if g.Articles == "" {
		g.Articles = "articles"
	}
	if err := g.resolve(); err != nil {
		return nil, err
	}
	return &g, nil
}

// ArticlesDir is the folder of the corpus articles.
func (g *Gold) ArticlesDir() string { return filepath.Join(g.Dir, g.Articles) }

func (g *Gold) src(s string) string {
	if id, ok := g.Sources[s]; ok {
		return id
	}
	return s
}

func (g *Gold) resolve() error {
	var errs []string
	ids := map[string]bool{}
	items := func(where string, its []Item) {
		for i := range its {
			its[i].Source = g.src(its[i].Source)
			its[i].norm = Norm(its[i].Text)
			if its[i].Source == "" || strings.TrimSpace(its[i].Text) == "" {
				errs = append(errs, fmt.Sprintf("%s: item %d needs source and text", where, i))
			}
		}
	}
	for i := range g.Events {
		e := &g.Events[i]
		if e.ID == "" {
			errs = append(errs, fmt.Sprintf("event %d: no id", i))
		}
		if ids[e.ID] {
			errs = append(errs, fmt.Sprintf("event %s: duplicate id", e.ID))
		}
		ids[e.ID] = true
		if e.Status == "" {
			e.Status = "happened"
		}
		for _, s := range strings.Split(e.Status, "|") {
			if !validStatus[s] {
				errs = append(errs, fmt.Sprintf("event %s: bad status %q", e.ID, s))
			}
		}
		if len(e.Evidence)+len(e.Optional) == 0 {
			errs = append(errs, fmt.Sprintf("event %s: no evidence", e.ID))
		}
		items("event "+e.ID+" evidence", e.Evidence)
		items("event "+e.ID+" optional", e.Optional)
	}
	items("forbidden", g.Forbidden)
	for i := range g.Disagreements {
		d := &g.Disagreements[i]
		for _, ev := range strings.Split(d.Event, "|") {
			if !ids[ev] {
				errs = append(errs, fmt.Sprintf("disagreement %d: unknown event %q", i, ev))
			}
		}
		if d.Fact == "" {
			errs = append(errs, fmt.Sprintf("disagreement %d: no fact", i))
		}
		for j := range d.Sources {
			d.Sources[j] = g.src(d.Sources[j])
		}
		in := map[string]bool{}
		for _, s := range d.Sources {
			in[s] = true
		}
		for _, side := range d.Sides {
			for j := range side {
				side[j] = g.src(side[j])
				if !in[side[j]] {
					errs = append(errs, fmt.Sprintf("disagreement %d: side source %s not in sources", i, side[j]))
				}
			}
		}
		if len(d.Sources) < 2 {
			errs = append(errs, fmt.Sprintf("disagreement %d: needs two sources", i))
		}
	}
	for i := range g.Quotes {
		q := &g.Quotes[i]
		if q.Speaker == "" || strings.TrimSpace(q.Text) == "" || len(q.Sources) == 0 {
			errs = append(errs, fmt.Sprintf("quote %d: needs speaker, text and sources", i))
		}
		for j := range q.Sources {
			q.Sources[j] = g.src(q.Sources[j])
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("invalid gold: %s", strings.Join(errs, "; "))
	}
	return nil
}

// SourceIDs lists every source id the gold refers to, sorted.
func (g *Gold) SourceIDs() []string {
	set := map[string]bool{}
	add := func(its []Item) {
		for _, it := range its {
			set[it.Source] = true
		}
	}
	for _, e := range g.Events {
		add(e.Evidence)
		add(e.Optional)
	}
	add(g.Forbidden)
	for _, d := range g.Disagreements {
		for _, s := range d.Sources {
			set[s] = true
		}
	}
	for _, q := range g.Quotes {
		for _, s := range q.Sources {
			set[s] = true
		}
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Event returns the gold event with the id, or nil.
func (g *Gold) Event(id string) *GoldEvent {
	for i := range g.Events {
		if g.Events[i].ID == id {
			return &g.Events[i]
		}
	}
	return nil
}

// Counted reports whether the event counts for event recall.
func (e *GoldEvent) Counted() bool { return !e.Background && !e.Minor }

// Norm normalises text for matching: curly quotes and apostrophes become
// straight, dashes become "-", NBSP and runs of white space become one
// space, and letters are lower-cased.
func Norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`':
			r = '\''
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
			r = '"'
		case '\u2013', '\u2014', '\u2012', '\u2010', '\u2011':
			r = '-'
		case '\u2026':
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString("...")
			continue
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00A0' || r == '\f' || r == '\v' || r == '\u2009' || r == '\u202F' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(strings.ToLower(string(r)))
	}
	return b.String()
}
