package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"storyline/data"
	"storyline/timeline"
)

// Markdown writes t as a Markdown document (CommonMark with GitHub
// footnotes): a title, the sources table, each story event as a section in
// timeline order (time, status, facts, where the outlets differ, evidence,
// quotes), the story-wide disagreements (where the outlets differ across
// events: each side's value, outlets, the events its sentences are evidence
// of, and the sentences), a Quotes section, and the background events last. Evidence
// sentences are blockquotes attributed to their outlet, each with a footnote
// naming the source and the byte range of the sentence in its normalised
// text.
//
// Every piece of text taken from the articles (and from paths and outlet
// names) is escaped so that it can create no Markdown structure and carries
// no terminal escape sequence; see the README.
func Markdown(w io.Writer, t *timeline.Timeline) error {
	bw := bufio.NewWriter(w)
	m := &mdWriter{w: bw, t: t, notes: map[noteKey]int{}, events: map[string]*timeline.Event{}, quotes: map[string]*timeline.Quote{}}
	if t == nil {
		t = &timeline.Timeline{}
		m.t = t
	}
	for i := range t.Events {
		if _, dup := m.events[t.Events[i].ID]; !dup {
			m.events[t.Events[i].ID] = &t.Events[i]
		}
	}
	m.sourceIdx = make(map[string]int, len(t.Sources))
	for i := range t.Sources {
		if _, dup := m.sourceIdx[t.Sources[i].ID]; !dup {
			m.sourceIdx[t.Sources[i].ID] = i
		}
	}
	for i := range t.Quotes {
		if _, dup := m.quotes[t.Quotes[i].ID]; !dup {
			m.quotes[t.Quotes[i].ID] = &t.Quotes[i]
		}
	}
	if len(t.Disagreements) > 0 {
		m.sentenceEvents = map[noteKey][]int{}
		for i := range t.Events {
			for _, ev := range t.Events[i].Evidence {
				k := noteKey{ev.Source, ev.Start, ev.End}
				if ix := m.sentenceEvents[k]; len(ix) == 0 || ix[len(ix)-1] != i {
					m.sentenceEvents[k] = append(ix, i)
				}
			}
		}
	}
	m.document()
	if m.err != nil {
		return fmt.Errorf("write markdown: %w", m.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

type noteKey struct {
	source     string
	start, end int
}

type mdWriter struct {
	w      *bufio.Writer
	t      *timeline.Timeline
	err    error
	notes  map[noteKey]int // footnote number of each cited sentence
	next   int             // last footnote number used
	defs   []string        // footnote definitions not yet written
	events map[string]*timeline.Event
	quotes map[string]*timeline.Quote
	// sourceIdx maps a source id to its index in t.Sources.
	sourceIdx map[string]int
	// number is the label of each event in the document: story events
	// 1, 2, … in timeline order, background events B1, B2, ….
	number map[string]string
	labels []string // the same per index into t.Events (ids may repeat)
	// sentenceEvents maps a sentence to the indices (into t.Events, in
	// order) of the events it is evidence of; set only when the story has
	// story-wide disagreements.
	sentenceEvents map[noteKey][]int
}

func (m *mdWriter) line(s string) {
	if m.err != nil {
		return
	}
	if _, err := m.w.WriteString(s); err != nil {
		m.err = err
		return
	}
	m.err = m.w.WriteByte('\n')
}

func (m *mdWriter) heading(level int, text string) {
	m.line(strings.Repeat("#", level) + " " + text)
	m.line("")
}

func (m *mdWriter) document() {
	t := m.t
	title := mdText(t.Title)
	if title == "" {
		title = "Timeline"
	}
	m.heading(1, title)

	var story, background []int
	m.number = make(map[string]string, len(t.Events))
	m.labels = make([]string, len(t.Events))
	for i := range t.Events {
		e := &t.Events[i]
		if e.Background {
			background = append(background, i)
			m.labels[i] = "B" + strconv.Itoa(len(background))
		} else {
			story = append(story, i)
			m.labels[i] = strconv.Itoa(len(story))
		}
		if _, dup := m.number[e.ID]; !dup {
			m.number[e.ID] = m.labels[i]
		}
	}
	outlets := outletNames(t)
	m.line(fmt.Sprintf("%s · %s · %s · %s",
		count(len(story), "event", "events"), count(len(background), "background event", "background events"),
		count(len(t.Sources), "source", "sources"), count(len(outlets), "outlet", "outlets")))
	m.line("")
	m.line("*Exported by storyline (schema " + timeline.Schema + "). Quoted sentences are verbatim article text, escaped; footnotes give each sentence's source and byte range in the normalised text.*")
	m.line("")

	m.sources()

	if len(story) == 0 {
		m.line("*No events found.*")
		m.line("")
	}
	for _, i := range story {
		m.event(2, i)
	}
	m.storyDisagreements()
	m.quoteSection()
	if len(background) > 0 {
		m.heading(2, "Background")
		m.line("*Events from another time than the story, mentioned for context; not on the story line.*")
		m.line("")
		for _, i := range background {
			m.event(3, i)
		}
	}
}

func (m *mdWriter) sources() {
	m.heading(2, "Sources")
	if len(m.t.Sources) == 0 {
		m.line("*No sources.*")
		m.line("")
		return
	}
	m.line("| ID | Outlet | Title | Published | Path |")
	m.line("| --- | --- | --- | --- | --- |")
	for _, s := range m.t.Sources {
		m.line("| " + cell(s.ID) + " | " + cell(s.Outlet) + " | " + cell(s.Title) + " | " + cell(s.Published) + " | " + cell(s.Path) + " |")
	}
	m.line("")
}

// cell is an escaped table cell; an empty value shows as a dash.
func cell(s string) string {
	if e := mdText(s); e != "" {
		return e
	}
	return "—"
}

func (m *mdWriter) event(level, i int) {
	e := &m.t.Events[i]
	title := mdText(e.Title)
	if title == "" {
		title = "Untitled event"
	}
	switch e.Status {
	case timeline.StatusPlanned, timeline.StatusCancelled, timeline.StatusHypothetical:
		title += " (" + string(e.Status) + ")"
	}
	m.heading(level, m.labels[i]+". "+title)

	m.line("- **When:** " + whenText(e.When, m.relative(e.When.Relative)))
	if e.Status != "" && e.Status != timeline.StatusHappened {
		m.line("- **Status:** " + statusText(e.Status))
	}
	if e.Background {
		m.line("- **Background:** from another time than the story")
	}
	if k := mdText(e.Kind); k != "" {
		m.line("- **Kind:** " + k)
	}
	if w := mdText(e.Where); w != "" {
		m.line("- **Where:** " + w)
	}
	if len(e.Who) > 0 {
		m.line("- **Who:** " + joinEscaped(e.Who))
	}
	if len(e.Durations) > 0 {
		parts := make([]string, 0, len(e.Durations))
		for _, d := range e.Durations {
			p := mdText(d.Text)
			if p == "" && d.Minutes > 0 {
				p = strconv.Itoa(d.Minutes) + " min"
			}
			if o := mdText(d.Outlet); o != "" {
				p += " (" + o + ")"
			}
			parts = append(parts, p)
		}
		m.line("- **Duration:** " + strings.Join(parts, "; "))
	}
	if len(e.Outlets) > 0 {
		m.line(fmt.Sprintf("- **Outlets (%d):** %s", len(e.Outlets), joinEscaped(e.Outlets)))
	}
	m.line("")

	if s := mdText(e.Summary); s != "" {
		m.line(s)
		m.line("")
	}

	if len(e.Disagreements) > 0 {
		m.heading(level+1, "Where the outlets differ")
		for _, d := range e.Disagreements {
			m.disagreement(level+2, d, false)
		}
	}

	if len(e.Evidence) > 0 {
		m.heading(level+1, "Evidence")
		for _, ev := range e.Evidence {
			m.evidence(ev, "", "")
		}
	}

	if len(e.Quotes) > 0 {
		m.heading(level+1, "Quotes")
		for _, id := range e.Quotes {
			q, ok := m.quotes[id]
			if !ok || len(q.Versions) == 0 {
				continue
			}
			m.line(fmt.Sprintf("- %s: “%s” — %s, %s (%s)", speaker(q), mdText(q.Versions[0].Text), matchText(q.Match),
				count(len(q.Outlets), "outlet", "outlets"), mdText(q.ID)))
		}
		m.line("")
	}
	m.flushNotes()
}

// storyDisagreements writes the story-wide disagreements, when there are
// any: figures stated differently in sentences of different events (or of
// none), each side placed in its events.
func (m *mdWriter) storyDisagreements() {
	if len(m.t.Disagreements) == 0 {
		return
	}
	m.heading(2, "Where the outlets differ across events")
	m.line("*Figures that outlets state differently in sentences of different events (or of no event).*")
	m.line("")
	for _, d := range m.t.Disagreements {
		m.disagreement(3, d, true)
	}
	m.flushNotes()
}

// disagreement writes one disagreement: a heading with the fact and the
// verdict, the note, one list item per side and the sides' sentences. With
// where (story-wide disagreements) each side and each sentence also names
// the events the sentences are evidence of, or "no event".
func (m *mdWriter) disagreement(level int, d timeline.Disagreement, where bool) {
	fact := mdText(d.Fact)
	if fact == "" {
		fact = "fact"
	}
	if c := fact[0]; c >= 'a' && c <= 'z' {
		fact = string(c-'a'+'A') + fact[1:]
	}
	head := fact
	if v := mdText(d.Verdict); v != "" {
		head += ": " + v
	}
	m.heading(level, head)
	if n := mdText(d.Note); n != "" {
		m.line(n)
		m.line("")
	}
	for _, s := range d.Sides {
		v := mdText(s.Value)
		if v == "" {
			v = "(no value)"
		}
		line := "- **" + v + "**"
		if len(s.Outlets) > 0 {
			line += " — " + joinEscaped(s.Outlets)
		}
		if where && len(s.Evidence) > 0 {
			line += " — in " + m.inEvents(s.Evidence...)
		}
		m.line(line)
	}
	m.line("")
	for _, s := range d.Sides {
		for _, ev := range s.Evidence {
			in := ""
			if where {
				in = m.inEvents(ev)
			}
			m.evidence(ev, mdText(s.Value), in)
		}
	}
}

// inEvents names the events the sentences are evidence of, by their
// document labels ("2. Cabin panel blows out; 3. Emergency landing"), in
// timeline order; "no event" when there is none.
func (m *mdWriter) inEvents(evs ...timeline.Evidence) string {
	var idx []int
	seen := map[int]bool{}
	for _, ev := range evs {
		for _, i := range m.sentenceEvents[noteKey{ev.Source, ev.Start, ev.End}] {
			if !seen[i] {
				seen[i] = true
				idx = append(idx, i)
			}
		}
	}
	if len(idx) == 0 {
		return "no event"
	}
	sort.Ints(idx)
	names := make([]string, 0, len(idx))
	for _, i := range idx {
		title := mdText(m.t.Events[i].Title)
		if title == "" {
			title = "Untitled event"
		}
		names = append(names, m.labels[i]+". "+title)
	}
	return strings.Join(names, "; ")
}

// evidence writes one quoted sentence as its own blockquote; value is the
// (escaped) value it states in a disagreement, in the events it is
// evidence of, both noted in its attribution when not empty.
func (m *mdWriter) evidence(ev timeline.Evidence, value, in string) {
	// the sentence as read: a Markdown source's own "**12:15** —" marks
	// and link syntax go before escaping
	text := mdText(data.DisplayText(ev.Text))
	if text == "" {
		text = "(empty sentence)"
	}
	attr := "— "
	if o := mdText(ev.Outlet); o != "" {
		attr += "*" + o + "*"
	} else {
		attr += "*" + mdText(ev.Source) + "*"
	}
	var notes []string
	if value != "" {
		notes = append(notes, "says "+value)
	}
	if in != "" {
		notes = append(notes, "in "+in)
	}
	if ev.Role != "" && ev.Role != "body" {
		notes = append(notes, mdText(ev.Role))
	}
	if !ev.Main && value == "" && in == "" {
		notes = append(notes, "passing reference")
	}
	if len(notes) > 0 {
		attr += " (" + strings.Join(notes, ", ") + ")"
	}
	m.line("> " + text + " " + attr + m.note(ev))
	m.line("")
}

// note returns the footnote reference for a sentence, numbering it on first
// use and queueing its definition.
func (m *mdWriter) note(ev timeline.Evidence) string {
	k := noteKey{ev.Source, ev.Start, ev.End}
	n, ok := m.notes[k]
	if !ok {
		m.next++
		n = m.next
		m.notes[k] = n
		def := fmt.Sprintf("[^%d]: %s", n, cell(ev.Source))
		src := m.source(ev.Source)
		outlet := ev.Outlet
		if outlet == "" && src != nil {
			outlet = src.Outlet
		}
		if o := mdText(outlet); o != "" {
			def += " (" + o + ")"
		}
		def += fmt.Sprintf(", bytes %d–%d", ev.Start, ev.End)
		if src != nil {
			if p := mdText(src.Path); p != "" {
				def += " of " + p
			}
		}
		m.defs = append(m.defs, def)
	}
	return "[^" + strconv.Itoa(n) + "]"
}

func (m *mdWriter) flushNotes() {
	if len(m.defs) == 0 {
		return
	}
	for _, d := range m.defs {
		m.line(d)
	}
	m.line("")
	m.defs = m.defs[:0]
}

func (m *mdWriter) source(id string) *timeline.SourceRef {
	if i, ok := m.sourceIdx[id]; ok {
		return &m.t.Sources[i]
	}
	return nil
}

func (m *mdWriter) quoteSection() {
	if len(m.t.Quotes) == 0 {
		return
	}
	m.heading(2, "Quotes")
	for _, q := range m.t.Quotes {
		head := speaker(&q)
		if id := mdText(q.ID); id != "" {
			head = id + " · " + head
		}
		m.heading(3, head)
		m.line("- **Match:** " + matchText(q.Match))
		if e, ok := m.events[q.Event]; ok && q.Event != "" {
			label := m.number[e.ID] + ". " + mdText(e.Title)
			m.line("- **Said at:** " + label)
		} else if ev := mdText(q.Event); ev != "" {
			m.line("- **Said at:** " + ev)
		}
		if len(q.Outlets) > 0 {
			m.line(fmt.Sprintf("- **Outlets (%d):** %s", len(q.Outlets), joinEscaped(q.Outlets)))
		}
		m.line("")
		for vi, v := range q.Versions {
			label := "Version " + strconv.Itoa(vi+1)
			if len(v.Outlets) > 0 {
				label += " — " + joinEscaped(v.Outlets)
			}
			m.line("**" + label + "**")
			m.line("")
			text := mdText(v.Text)
			refs := ""
			for _, ev := range v.Evidence {
				refs += m.note(ev)
			}
			m.line("> “" + text + "”" + refs)
			m.line("")
		}
		m.flushNotes()
	}
}

func speaker(q *timeline.Quote) string {
	if s := mdText(q.Speaker); s != "" {
		return "**" + s + "**"
	}
	return "**Unattributed**"
}

func matchText(s string) string {
	if e := mdText(s); e != "" {
		return e
	}
	return "unknown match"
}

// relative renders When.Relative, naming the event when it ends in the id
// of one ("after incident-panel" → "after 2. Cabin panel blows out").
func (m *mdWriter) relative(rel string) string {
	if i := strings.LastIndexByte(rel, ' '); i > 0 {
		if e, ok := m.events[rel[i+1:]]; ok && e.Title != "" {
			label := m.number[e.ID] + ". " + mdText(e.Title)
			return mdText(rel[:i]) + " " + label
		}
	}
	return mdText(rel)
}

func whenText(w timeline.When, relative string) string {
	var parts []string
	if t := mdText(w.Text); t != "" {
		parts = append(parts, t)
	}
	var stamp []string
	for _, s := range []string{w.Date, w.Time, w.Zone} {
		if e := mdText(s); e != "" {
			stamp = append(stamp, e)
		}
	}
	if len(stamp) > 0 {
		s := strings.Join(stamp, " ")
		if len(parts) == 0 || !strings.Contains(parts[0], s) {
			parts = append(parts, s)
		}
	}
	if relative != "" && (len(parts) == 0 || parts[0] != relative) {
		parts = append(parts, relative)
	}
	if len(parts) == 0 {
		parts = append(parts, "unknown")
	}
	var quals []string
	switch w.Precision {
	case timeline.PrecisionExact:
		quals = append(quals, "exact")
	case timeline.PrecisionApprox:
		quals = append(quals, "approximate")
	case timeline.PrecisionRelative:
		quals = append(quals, "relative")
	case timeline.PrecisionUnknown, "":
		quals = append(quals, "time unknown")
	default:
		quals = append(quals, mdText(w.Precision))
	}
	if w.Inferred {
		quals = append(quals, "inferred")
	} else if w.Precision != timeline.PrecisionUnknown && w.Precision != "" {
		quals = append(quals, "stated")
	}
	return strings.Join(parts, " · ") + " (" + strings.Join(quals, ", ") + ")"
}

func statusText(s timeline.Status) string {
	switch s {
	case timeline.StatusPlanned:
		return "planned — announced or promised, not reported as done"
	case timeline.StatusCancelled:
		return "cancelled"
	case timeline.StatusHypothetical:
		return "hypothetical"
	}
	return mdText(string(s))
}

func joinEscaped(xs []string) string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if e := mdText(x); e != "" {
			out = append(out, e)
		}
	}
	return strings.Join(out, ", ")
}

// outletNames lists the outlets of t: Timeline.Outlets, else those of the
// sources, in first-seen order.
func outletNames(t *timeline.Timeline) []string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, o := range t.Outlets {
		add(o.Name)
	}
	if len(names) == 0 {
		for _, s := range t.Sources {
			add(s.Outlet)
		}
	}
	return names
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
