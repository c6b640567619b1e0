package timeline

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"storyline/data"
	"storyline/timeline/compare"
	"storyline/timeline/entity"
	"storyline/timeline/timex"
)

// present turns ordered clusters into the Timeline.
func (e *engine) present(order []int) *Timeline {
	t := &Timeline{Sources: []SourceRef{}, Outlets: []Outlet{}, Events: []Event{}, Quotes: []Quote{}}
	for _, s := range e.c.Sources {
		if s == nil {
			continue
		}
		ref := SourceRef{ID: s.ID, Path: s.Path, Outlet: s.Outlet, Title: s.Title}
		if !s.Published.IsZero() {
			ref.Published = s.Published.Format(time.RFC3339)
		}
		t.Sources = append(t.Sources, ref)
	}
	t.Title = e.storyTitle()
	t.Slug = slugify(t.Title, 60)
	if t.Slug == "" {
		t.Slug = "storyline"
	}
	days, clocks := e.clusterDays()
	ids := map[string]int{}
	idOf := make([]string, len(e.clusters))
	labelOf := make([]string, len(e.clusters))
	var clusterOf []int // per event of t.Events, its cluster
	prevDay := 0        // the day of the last dated happening before, in story order
	nextDay := map[int]int{}
	for k, next := len(order)-1, 0; k >= 0; k-- {
		ci := order[k]
		nextDay[ci] = next
		if c := e.clusters[ci]; days[ci] != 0 && !c.background && c.status == StatusHappened {
			next = days[ci]
		}
	}
	for _, ci := range order {
		c := e.clusters[ci]
		ev := Event{Kind: e.lx.kinds[c.kind].Kind, Status: c.status, Background: c.background, Who: []string{}, Outlets: []string{}}
		ev.Evidence = e.evidence(c)
		if len(ev.Evidence) == 0 || e.negligible(c) {
			continue
		}
		ev.Title = e.title(c)
		base := eventID(ev.Kind, ev.Title)
		id := base
		if n := ids[base]; n > 0 {
			id = fmt.Sprintf("%s-%d", base, n+1)
		}
		ids[base]++
		ev.ID = id
		idOf[ci] = id
		labelOf[ci] = strings.ToLower(e.lx.kinds[c.kind].Label)
		ev.Summary = e.summary(c, ev.Evidence)
		ev.Where = e.display(c.place)
		ev.Who = e.who(c)
		ev.Durations = e.durations(c)
		seen := map[string]bool{}
		for _, x := range ev.Evidence {
			if !seen[x.Outlet] {
				seen[x.Outlet] = true
				ev.Outlets = append(ev.Outlets, x.Outlet)
			}
		}
		near := prevDay
		if near == 0 {
			near = nextDay[ci]
		}
		ev.When = e.when(ci, days[ci], clocks[ci], near, idOf, labelOf)
		if days[ci] != 0 && !c.background && c.status == StatusHappened {
			prevDay = days[ci]
		}
		ev.Rank = len(t.Events) + 1
		t.Events = append(t.Events, ev)
		clusterOf = append(clusterOf, ci)
	}
	e.compareOutlets(t)
	for i := range t.Events {
		if c := e.clusters[clusterOf[i]]; c.daysApart {
			e.dayDisagreement(&t.Events[i], c)
		}
	}
	t.Outlets = outletsOf(t)
	return t
}

// dayDisagreement adds a date disagreement to an event whose outlets
// state different days for it (an event one outlet alone told on another
// day joined it, see mergeAcrossDates): "buses ran again from Monday" vs
// "restored the route on Wednesday, March 4". Only days the sentences
// name (a date, a weekday) count; an outlet on both sides, or a date
// disagreement compare already found, leaves the event as it is.
func (e *engine) dayDisagreement(ev *Event, c *cluster) {
	for _, d := range ev.Disagreements {
		if d.Fact == "date" {
			return
		}
	}
	type side struct {
		day     int
		texts   []string
		outlets []string
		ev      []Evidence
		seen    map[int]bool
	}
	var sides []*side
	byDay := map[int]*side{}
	outletDay := map[string]int{}
	for _, mi := range c.members {
		m := &e.ms[mi]
		if m.passing || m.quoted || m.timeExpr < 0 || m.day == 0 || m.timeText == "" || m.status != c.status {
			continue
		}
		s := &e.sents[m.sent]
		x := s.times[m.timeExpr]
		if x.Kind != timex.KindDate && x.Kind != timex.KindWeekday {
			continue // "that evening", "hours later": a day read from the narrative
		}
		if wordBefore(s, x.Start) == "by" || strings.HasPrefix(strings.ToLower(x.Text), "by ") {
			continue // "more than 40 by Wednesday evening": how far a running act had got, not its day
		}
		if daySpan(s, x) {
			continue // "spread across Saturday and Sunday": the days an act ran over, not its one day
		}
		src := e.c.Sources[s.src]
		if d, ok := outletDay[src.Outlet]; ok && d != m.day {
			return // one outlet states two days
		}
		outletDay[src.Outlet] = m.day
		sd := byDay[m.day]
		if sd == nil {
			sd = &side{day: m.day, seen: map[int]bool{}}
			byDay[m.day] = sd
			sides = append(sides, sd)
		}
		if sd.seen[m.sent] {
			continue
		}
		sd.seen[m.sent] = true
		if !slices.Contains(sd.texts, m.timeText) {
			sd.texts = append(sd.texts, m.timeText)
		}
		if !slices.Contains(sd.outlets, src.Outlet) {
			sd.outlets = append(sd.outlets, src.Outlet)
		}
		sd.ev = append(sd.ev, e.mentionEvidence(m, true))
	}
	if len(sides) < 2 {
		return
	}
	sort.SliceStable(sides, func(a, b int) bool { return len(sides[a].outlets) > len(sides[b].outlets) })
	d := Disagreement{Fact: "date", Verdict: "conflicting"}
	var notes []string
	for _, sd := range sides {
		notes = append(notes, strings.Join(sd.texts, " / "))
		d.Sides = append(d.Sides, Side{Value: dayTime(sd.day).Format("2006-01-02"), Outlets: sd.outlets, Evidence: sd.ev})
	}
	d.Note = strings.Join(notes, " vs ")
	ev.Disagreements = append(ev.Disagreements, d)
}

// negligible reports whether a cluster is too thin to be an event of its
// own: one source, generic words only ("a statement", "cancellations"),
// and no relation to another event.
func (e *engine) negligible(c *cluster) bool {
	if len(c.srcs) > 1 || !e.generic(c.kind) || len(c.phases) > 0 || c.media != "" {
		return false
	}
	for _, mi := range c.members {
		if m := &e.ms[mi]; !m.passing && !m.quoted && (len(m.durs) > 0 || m.day != 0) {
			return false
		}
	}
	return true
}

// outletsOf lists the outlets of the timeline in source order with the
// number of events each supports.
func outletsOf(t *Timeline) []Outlet {
	out := []Outlet{}
	at := map[string]int{}
	for _, s := range t.Sources {
		i, ok := at[s.Outlet]
		if !ok {
			i = len(out)
			at[s.Outlet] = i
			out = append(out, Outlet{Name: s.Outlet, Sources: []string{}})
		}
		out[i].Sources = append(out[i].Sources, s.ID)
	}
	for _, ev := range t.Events {
		for _, o := range ev.Outlets {
			if i, ok := at[o]; ok {
				out[i].Events++
			}
		}
	}
	return out
}

// mentionEvidence is the Evidence of a mention's sentence.
func (e *engine) mentionEvidence(m *mention, main bool) Evidence {
	s := &e.sents[m.sent]
	src := e.c.Sources[s.src]
	return Evidence{Source: src.ID, Outlet: src.Outlet, Text: s.text, Start: s.start, End: s.end, Role: s.role,
		Main: main, TriggerStart: m.tStart, TriggerEnd: m.tEnd}
}

// evidence lists one Evidence per sentence of the cluster, in source order.
func (e *engine) evidence(c *cluster) []Evidence {
	bySent := map[int]int{}
	var out []Evidence
	var sentIdx []int
	for _, mi := range c.members {
		m := &e.ms[mi]
		main := !m.passing && !m.quoted
		if !main {
			continue // passing references order events but are not their evidence
		}
		if k, ok := bySent[m.sent]; ok {
			if main && !out[k].Main {
				out[k].Main = true
				out[k].TriggerStart, out[k].TriggerEnd = m.tStart, m.tEnd
			}
			continue
		}
		bySent[m.sent] = len(out)
		sentIdx = append(sentIdx, m.sent)
		out = append(out, e.mentionEvidence(m, main))
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return sentIdx[idx[a]] < sentIdx[idx[b]] })
	sorted := make([]Evidence, len(out))
	for i, k := range idx {
		sorted[i] = out[k]
	}
	return sorted
}

func (e *engine) display(key string) string {
	if key == "" || e.names == nil {
		return ""
	}
	if d, ok := e.names.display[key]; ok {
		return d
	}
	return key
}

// who lists the participants by how often the cluster names them.
func (e *engine) who(c *cluster) []string {
	keys := make([]string, 0, len(c.who))
	for k := range c.who {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if c.who[keys[a]] != c.who[keys[b]] {
			return c.who[keys[a]] > c.who[keys[b]]
		}
		return keys[a] < keys[b]
	})
	out := []string{}
	seen := map[string]bool{}
	for _, k := range keys {
		d := e.display(k)
		if d == "" || seen[d] || !e.actor(c, k) {
			continue
		}
		seen[d] = true
		out = append(out, d)
		if len(out) == 8 {
			break
		}
	}
	return out
}

// actor reports whether the participant key may stand in an event's Who:
// people and organisations, not news media; never places; a name of
// unknown kind only when it opens the clause as the subject just before a
// trigger of the event ("Freedonia attacked …"), so countries and regions
// named in passing stay out.
func (e *engine) actor(c *cluster, key string) bool {
	if e.names == nil {
		return true
	}
	if e.names.kind[key] != entity.Person {
		for _, w := range lowerWords(key) {
			if newsWord(w) {
				return false // a news organisation reports the event ("Example Wire")
			}
		}
	}
	switch e.names.kind[key] {
	case entity.Person, entity.Org:
		return true
	case entity.Place:
		return false
	}
	for _, mi := range c.members {
		m := &e.ms[mi]
		if m.passing {
			continue
		}
		s := &e.sents[m.sent]
		cs := clauseStart(s.toks, m.ti)
		for _, n := range s.names {
			if n.key != key || n.poss || strings.ContainsAny(n.text, "0123456789") {
				continue
			}
			// the subject opening the clause: "Ruritania launched …", "The ministry confirmed …"
			opens := n.ti == cs || n.ti == cs+1 && s.toks[cs].low == "the"
			if opens && n.tj <= m.ti && m.ti-n.tj <= 2 {
				return true
			}
		}
	}
	return false
}

// newsWord reports whether a word of an organisation's name marks a news
// organisation (a narrower list than the lexicon's media words, which also
// hold "post", "show" or "network").
func newsWord(w string) bool {
	switch w {
	case "news", "press", "times", "tribune", "herald", "gazette", "journal", "chronicle", "broadcasting", "broadcaster",
		"television", "tv", "radio", "newspaper", "magazine", "wire":
		return true
	}
	return false
}

// phaseLabel names the one event a cluster is said to be before or after
// ("before the talks"), or "".
func (e *engine) phaseLabel(c *cluster) string {
	if len(c.phases) != 1 {
		return ""
	}
	for p := range c.phases {
		dir, k := "before", p[4:]
		if strings.HasPrefix(p, "post:") {
			dir, k = "after", p[5:]
		}
		n := 0
		for _, ch := range k {
			if ch < '0' || ch > '9' {
				return ""
			}
			n = n*10 + int(ch-'0')
		}
		if n < 0 || n >= len(e.lx.kinds) || n == c.kind {
			return ""
		}
		return dir + " the " + strings.ToLower(e.lx.kinds[n].Label)
	}
	return ""
}

// people lists the persons among the participants, most named first.
func (e *engine) people(c *cluster) []string {
	keys := make([]string, 0, len(c.who))
	for k := range c.who {
		if e.names != nil && e.names.kind[k] == "person" {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(a, b int) bool {
		if c.who[keys[a]] != c.who[keys[b]] {
			return c.who[keys[a]] > c.who[keys[b]]
		}
		return keys[a] < keys[b]
	})
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, e.display(k))
	}
	return out
}

// durations lists each source's stated duration of the event.
func (e *engine) durations(c *cluster) []Duration {
	var out []Duration
	seen := map[string]bool{}
	for _, mi := range c.members {
		m := &e.ms[mi]
		if m.passing || len(m.durs) == 0 {
			continue
		}
		src := e.c.Sources[e.sents[m.sent].src]
		for _, d := range m.durs {
			k := src.ID + "|" + d.text
			if seen[k] || d.minutes <= 0 {
				continue
			}
			seen[k] = true
			out = append(out, Duration{Outlet: src.Outlet, Source: src.ID, Text: readableDuration(d.text, d.minutes, d.approx), Minutes: d.minutes, Approx: d.approx})
		}
	}
	return out
}

// summary picks the main evidence sentence that says the most about the
// event (as summaryText): its own kind and status, a duration, time,
// place and participants, early trigger, moderate length, no quotation.
func (e *engine) summary(c *cluster, evs []Evidence) string {
	best, bs := "", -1e9
	bestSent := -1
	for _, mi := range c.members {
		m := &e.ms[mi]
		if m.passing || m.quoted {
			continue
		}
		st := &e.sents[m.sent]
		sc := 0.0
		if m.kind == c.kind {
			sc += 2
		}
		if m.status == c.status {
			sc++
		}
		if len(m.durs) > 0 {
			sc += 3
		}
		if mi > 0 && e.ms[mi-1].sent == m.sent && !e.ms[mi-1].passing && !e.ms[mi-1].quoted && e.ms[mi-1].cluster != m.cluster {
			sc -= 1.5 // the sentence is first about another event
		}
		if m.timeExpr >= 0 {
			sc += 1.5
		}
		if m.place != "" {
			sc++
		}
		sc += 0.5 * float64(min(len(m.who), 3))
		if st.role == "body" {
			sc++
		}
		n := len(st.text)
		switch {
		case n < 50:
			sc -= 3
		case n > 220:
			sc -= float64(n-220) / 50
		}
		if n > 0 {
			sc += 1 - float64(m.tStart)/float64(n)
		}
		if strings.ContainsAny(st.text, "“”\"") {
			sc--
		}
		if sc > bs || sc == bs && m.sent < bestSent {
			best, bs, bestSent = st.text, sc, m.sent
		}
	}
	if best == "" && len(evs) > 0 {
		best = evs[0].Text
	}
	return summaryText(best)
}

// summaryText is an evidence sentence as an event's summary: to read,
// without Markdown inline syntax ("**12:15** —").
func summaryText(s string) string { return strings.TrimSpace(data.DisplayText(s)) }

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// when labels the time of an event.
//
// An event with no day of its own is dated, approximately, by the day of
// the last dated happening before it in story order, or of the first one
// after it when none is before (near), or else by the story's main day.
func (e *engine) when(ci, day, clock, near int, idOf, labelOf []string) When {
	c := e.clusters[ci]
	w := When{Precision: PrecisionUnknown}
	if c.background {
		if y := e.clusterYear(ci); y != 0 {
			w.Text = fmt.Sprint(y)
			w.Precision = PrecisionApprox
		}
		if day != 0 {
			w.Date = dayTime(day).Format("2006-01-02")
			w.Text = dayTime(day).Format("Mon 2 Jan 2006")
		}
		return w
	}
	stated := false
	for _, mi := range c.members {
		if m := &e.ms[mi]; m.day == day && m.dayStated {
			stated = true
		}
	}
	if clock >= 0 {
		w.Time = fmt.Sprintf("%02d:%02d", clock/60, clock%60)
		for _, mi := range c.members {
			m := &e.ms[mi]
			if m.clock == clock && m.clockExpr >= 0 {
				w.Zone = e.sents[m.sent].times[m.clockExpr].Zone
				break
			}
		}
	}
	if day != 0 {
		w.Date = dayTime(day).Format("2006-01-02")
		w.Text = dayTime(day).Format("Mon 2 Jan 2006")
		if w.Time != "" {
			w.Text += " " + w.Time
			if w.Zone != "" {
				w.Text += " " + w.Zone
			}
		}
		w.Precision = PrecisionApprox
		if stated {
			w.Precision = PrecisionExact
		} else {
			w.Inferred = true
		}
		return w
	}
	guess := e.storyDay
	if near != 0 && !c.background {
		guess = near
	}
	// relative to the event it most strongly follows
	if e.graph != nil {
		best, bw := -1, 0.0
		for _, b := range e.graph.adj[ci] {
			s := e.graph.strong[edgeKey{b, ci}] - e.graph.strong[edgeKey{ci, b}]
			if s > bw && idOf[b] != "" && !e.clusters[b].background {
				best, bw = b, s
			}
		}
		if best >= 0 {
			w.Precision = PrecisionRelative
			w.Relative = "after " + idOf[best]
			w.Text = "after the " + labelOf[best]
			w.Inferred = true
			if guess != 0 && c.status == StatusHappened {
				w.Date = dayTime(guess).Format("2006-01-02")
			}
			return w
		}
	}
	if guess != 0 && c.status == StatusHappened {
		w.Date = dayTime(guess).Format("2006-01-02")
		w.Text = "~ " + dayTime(guess).Format("Mon 2 Jan 2006")
		w.Precision = PrecisionApprox
		w.Inferred = true
	}
	return w
}

// title makes a short specific title: status, modifier, object, kind label,
// counterpart, place, duration and qualifier found in the evidence.
func (e *engine) title(c *cluster) string {
	lx := e.lx
	k := lx.kinds[c.kind]
	nsrc := len(c.srcs)
	need := 1
	if nsrc >= 4 {
		need = 2
	}
	mod := e.pickSlot(c, &lx.modifiers[c.kind], need)
	obj := e.pickSlot(c, &lx.objects[c.kind], need)
	var parts []string
	switch c.status {
	case StatusPlanned:
		parts = append(parts, "planned")
	case StatusCancelled:
		parts = append(parts, "cancelled")
	case StatusHypothetical:
		parts = append(parts, "possible")
	}
	switch c.instance {
	case "second", "third", "next", "follow-up", "another", "further", "additional", "previous", "prior":
		parts = append(parts, c.instance)
	}
	if c.media != "" && (c.family == "broadcast") {
		parts = append(parts, e.display(c.media))
	}
	if mod != "" {
		parts = append(parts, strings.ReplaceAll(mod, " ", "-"))
	}
	if obj != "" {
		parts = append(parts, obj)
	}
	label := strings.ToLower(k.Label)
	if k.OtherLabel != "" && (c.status != StatusHappened || c.instance != "" || c.background) {
		label = strings.ToLower(k.OtherLabel)
	}
	if c.media != "" && c.family == "broadcast" {
		// "Acme Social" + "social media post" → "Acme Social media post"
		if lw := strings.ToLower(lastWord(e.display(c.media))); strings.HasPrefix(label, lw+" ") {
			label = strings.TrimPrefix(label, lw+" ")
		}
	}
	if len(parts) == 0 {
		label = upperFirst(label)
	}
	head := strings.Join(append(parts, label), " ")
	if c.family == "correspondence" || (c.family == "contact" && (c.status != StatusHappened || c.instance != "")) {
		if cp := e.counterpart(c); cp != "" {
			head += " with " + cp
		}
	}
	dur, qual := e.titleDuration(c), e.qualifier(c)
	bare := len(parts) == 0 && !strings.Contains(head, " with ") && dur == "" && qual == ""
	if rel := e.phaseLabel(c); rel != "" && bare {
		head += " " + rel // "Statement before the talks"
		bare = false
	}
	if c.place != "" && (c.status != StatusHappened || c.instance != "" || c.background || bare) {
		head += " in " + e.display(c.place)
	} else if bare {
		// a bare kind says little: name the people it is about
		if w := e.people(c); len(w) > 0 {
			head += " (" + strings.Join(w[:min(len(w), 2)], ", ") + ")"
		}
	}
	if dur != "" {
		head += ", " + dur
	}
	if qual != "" {
		head += ", " + qual
	}
	if c.background {
		if y := e.clusterYear(c.id); y != 0 {
			head += fmt.Sprintf(" (%d)", y)
		}
	}
	return upperFirst(head)
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// mainSents lists the sentences of the cluster's main mentions.
func (e *engine) mainSents(c *cluster) []int {
	var out []int
	seen := map[int]bool{}
	for _, mi := range c.members {
		m := &e.ms[mi]
		if m.passing || m.quoted || seen[m.sent] {
			continue
		}
		seen[m.sent] = true
		out = append(out, m.sent)
	}
	return out
}

// pickSlot returns the phrase of set said by the most sources (at least
// need), earliest in the lexicon on ties.
func (e *engine) pickSlot(c *cluster, set *phraseSet, need int) string {
	srcs := map[int]map[int]bool{} // pattern index → sources
	words := map[int]string{}
	trig := map[int][2]int{}
	for _, mi := range c.members {
		m := &e.ms[mi]
		if !m.passing && !m.quoted {
			trig[m.sent] = [2]int{m.ti, m.tj}
		}
	}
	for _, si := range e.mainSents(c) {
		s := &e.sents[si]
		for i := range s.toks {
			if s.toks[i].quoted {
				continue
			}
			if p, end, ok := set.match(s.toks, i); ok {
				if tr := trig[si]; i < tr[1] && end > tr[0] && len(p.words) == 1 && tr[1]-tr[0] == 1 {
					continue // the trigger word itself ("brief")
				}
				if srcs[p.kind] == nil {
					srcs[p.kind] = map[int]bool{}
				}
				srcs[p.kind][s.src] = true
				words[p.kind] = strings.Join(p.words, " ")
			}
		}
	}
	best, bc := -1, 0
	for p, ss := range srcs {
		if len(ss) > bc || len(ss) == bc && p < best {
			best, bc = p, len(ss)
		}
	}
	if best < 0 || bc < need {
		return ""
	}
	return words[best]
}

// qualifier returns the note of the qualifier phrase most sources state.
func (e *engine) qualifier(c *cluster) string {
	set := &e.lx.qualifiers[c.kind]
	if len(set.byFirst) == 0 {
		return ""
	}
	count := map[string]map[int]bool{}
	for _, si := range e.mainSents(c) {
		s := &e.sents[si]
		for i := range s.toks {
			if p, _, ok := set.match(s.toks, i); ok {
				note := e.lx.qualNotes[p.kind]
				if count[note] == nil {
					count[note] = map[int]bool{}
				}
				count[note][s.src] = true
			}
		}
	}
	best, bc := "", 0
	for n, ss := range count {
		if len(ss) > bc || len(ss) == bc && n < best {
			best, bc = n, len(ss)
		}
	}
	return best
}

// counterpart is the participant named after the trigger most often, other
// than the story's protagonist.
func (e *engine) counterpart(c *cluster) string {
	count := map[string]int{}
	for _, mi := range c.members {
		m := &e.ms[mi]
		for _, o := range m.obj {
			if o != e.topEntity {
				count[o]++
			}
		}
	}
	if len(count) == 0 {
		for k, n := range c.who {
			if k != e.topEntity {
				count[k] += n
			}
		}
	}
	best, bc := "", 0
	for k, n := range count {
		if n > bc || n == bc && k < best {
			best, bc = k, n
		}
	}
	return e.display(best)
}

// titleDuration is the duration most sources state, for people.
func (e *engine) titleDuration(c *cluster) string {
	type cand struct {
		text    string
		minutes int
		approx  string
		n       int
		first   int
	}
	var cs []*cand
	for _, mi := range c.members {
		m := &e.ms[mi]
		if m.passing {
			continue
		}
		for _, d := range m.durs {
			if d.minutes <= 0 {
				continue
			}
			found := false
			for _, x := range cs {
				if x.minutes == d.minutes && x.approx == d.approx {
					x.n++
					found = true
				}
			}
			if !found {
				cs = append(cs, &cand{text: d.text, minutes: d.minutes, approx: d.approx, n: 1, first: mi})
			}
		}
	}
	if len(cs) == 0 {
		return ""
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].n > cs[b].n })
	d := cs[0]
	return strings.ToLower(readableDuration(d.text, d.minutes, d.approx))
}

// readableDuration is a duration as written when it reads as a length of
// time ("about three hours"); an attributive form ("12-minute", "day-long"),
// a bare word or a "for …" phrase is said again from its minutes
// ("12 minutes").
func readableDuration(text string, minutes int, approx string) string {
	t := strings.TrimSpace(text)
	lt := strings.ToLower(t)
	if minutes > 0 && (strings.Contains(lt, "-") || !strings.Contains(lt, " ") || strings.HasPrefix(lt, "for ")) {
		return formatMinutes(minutes, approx)
	}
	return t
}

func formatMinutes(min int, approx string) string {
	var s string
	switch {
	case min%525600 == 0 && min >= 525600:
		s = plural(min/525600, "year")
	case min%43800 == 0 && min >= 43800:
		s = plural(min/43800, "month")
	case min%10080 == 0 && min >= 10080 && min < 43800:
		s = plural(min/10080, "week")
	case min%1440 == 0 && min >= 1440:
		s = plural(min/1440, "day")
	case min%60 == 0:
		s = plural(min/60, "hour")
	case min > 60 && min%30 == 0:
		s = fmt.Sprintf("%d.5 hours", min/60)
	default:
		s = plural(min, "minute")
	}
	switch approx {
	case "about":
		s = "about " + s
	case "under":
		s = "nearly " + s
	case "over":
		s = "over " + s
	}
	return s
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// eventID derives a stable id from kind and title words.
func eventID(kind, title string) string {
	kw := map[string]bool{}
	for _, w := range strings.Split(kind, "-") {
		kw[w] = true
	}
	var words []string
	for _, w := range strings.Fields(slugify(title, 200)) {
		_ = w
	}
	for _, w := range strings.Split(slugify(title, 200), "-") {
		if w == "" || kw[w] || stopWord(w) {
			continue
		}
		words = append(words, w)
		if len(words) == 3 {
			break
		}
	}
	if len(words) == 0 {
		return kind
	}
	return kind + "-" + strings.Join(words, "-")
}

func stopWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "with", "in", "at", "on", "to", "and", "for", "about":
		return true
	}
	return false
}

// slugify makes a file-name safe lower-case slug of at most max bytes.
func slugify(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	out := b.String()
	if len(out) > max {
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); i > max/2 {
			out = out[:i] // cut at a word boundary
		}
	}
	return strings.Trim(out, "-")
}

// storyTitle is the source title sharing the most content words with the
// other titles, or the corpus name.
func (e *engine) storyTitle() string {
	var titles []string
	for _, s := range e.c.Sources {
		if s != nil && strings.TrimSpace(s.Title) != "" {
			titles = append(titles, strings.TrimSpace(s.Title))
		}
	}
	if len(titles) == 0 {
		return e.c.Name
	}
	sets := make([]map[string]bool, len(titles))
	for i, t := range titles {
		sets[i] = map[string]bool{}
		for _, w := range lowerWords(t) {
			if len(w) > 3 {
				sets[i][w] = true
			}
		}
	}
	best, bs := 0, -1
	for i := range titles {
		s := 0
		for j := range titles {
			if i == j {
				continue
			}
			for w := range sets[i] {
				if sets[j][w] {
					s++
				}
			}
		}
		if s > bs {
			best, bs = i, s
		}
	}
	return titles[best]
}

// maxFactSentences bounds the evidence sentences per outlet and event
// whose facts are compared.
const maxFactSentences = 24

// compareOutlets fills quotes and disagreements from the compare package.
func (e *engine) compareOutlets(t *Timeline) {
	names := e.canonicalName
	var sents []compare.Sentence
	para := 0
	lastSrc, lastIdx := -1, -1
	for i := range e.sents {
		s := &e.sents[i]
		src := e.c.Sources[s.src]
		if s.src != lastSrc || s.idx != lastIdx+1 {
			para++
		}
		lastSrc, lastIdx = s.src, s.idx
		sents = append(sents, compare.Sentence{Source: src.ID, Outlet: src.Outlet, Text: s.text, Role: s.role, Start: s.start, End: s.end, Para: para})
	}
	// quotes
	type skey struct {
		src        string
		start, end int
	}
	eventOf := map[skey]int{} // main evidence sentence → first event
	for i := range t.Events {
		for _, ev := range t.Events[i].Evidence {
			k := skey{ev.Source, ev.Start, ev.End}
			if _, ok := eventOf[k]; !ok && ev.Main {
				eventOf[k] = i
			}
		}
	}
	for _, q := range compare.Quotes(sents, names) {
		tq := Quote{ID: q.ID, Speaker: q.Speaker, Match: q.Match, Outlets: append([]string{}, q.Outlets...)}
		votes := map[int]int{}
		for _, v := range q.Versions {
			tv := QuoteVersion{Text: v.Text, Outlets: append([]string{}, v.Outlets...)}
			for _, x := range v.Evidence {
				tv.Evidence = append(tv.Evidence, Evidence(x))
				if ei, ok := eventOf[skey{x.Source, x.Start, x.End}]; ok {
					votes[ei]++
				}
			}
			tq.Versions = append(tq.Versions, tv)
		}
		if len(votes) > 0 {
			best := argmaxInt(votes, -1)
			tq.Event = t.Events[best].ID
			t.Events[best].Quotes = append(t.Events[best].Quotes, tq.ID)
		}
		if tq.Outlets == nil {
			tq.Outlets = []string{}
		}
		t.Quotes = append(t.Quotes, tq)
	}
	// disagreements, of background events too: outlets that count an
	// earlier happening differently ("three previous flights", "twice")
	// disagree on it
	for i := range t.Events {
		ev := &t.Events[i]
		if len(ev.Outlets) < 2 {
			continue
		}
		cev := make([]compare.Evidence, 0, len(ev.Evidence))
		perOutlet := map[string]int{}
		for _, x := range ev.Evidence {
			// a bounded sample per outlet keeps very large events cheap
			if x.Main && perOutlet[x.Outlet] < maxFactSentences {
				perOutlet[x.Outlet]++
				cev = append(cev, compare.Evidence(x))
			}
		}
		for _, d := range compare.DisagreementsOf(cev, names, e.isPerson) {
			if d.Fact == compare.FactTime && clockSpread(d) > maxClockSpread && !e.instant(ev.Kind) {
				// outlets that disagree on a clock time are minutes or an
				// hour or two apart; sides hours apart are different moments
				// the event has gathered ("restored at 16:32", "fully
				// restored at 23:48")
				continue
			}
			if d.Fact == compare.FactPlace && e.multisite(ev.Kind) {
				continue // a strike at three depots: each outlet names a site of it
			}
			if d.Fact == "duration" && len(ev.Durations) == 0 && !e.endsActivity(ev.Kind) {
				// no mention of this event states a length: the durations of
				// its sentences belong to another event ("passed the motion
				// after a day-long debate"), unless the event ends that
				// activity ("called off the search after 17 hours")
				continue
			}
			ev.Disagreements = append(ev.Disagreements, fromCompare(d))
		}
	}
	e.storyDisagreements(t, sents)
}

// storyDisagreements fills t.Disagreements: figures that outlets state
// differently in sentences of different events (or of none). Sentences of
// background events and sentences naming another year than the story's
// are left out (their figures belong to another time); a difference whose
// every side is evidence of one event is that event's business.
func (e *engine) storyDisagreements(t *Timeline, sents []compare.Sentence) {
	type skey struct {
		src        string
		start, end int
	}
	events := map[skey][]int{}
	background := map[skey]bool{}
	for i := range t.Events {
		for _, ev := range t.Events[i].Evidence {
			k := skey{ev.Source, ev.Start, ev.End}
			if t.Events[i].Background {
				background[k] = true
				continue
			}
			if n := len(events[k]); n == 0 || events[k][n-1] != i {
				events[k] = append(events[k], i)
			}
		}
	}
	var cev []compare.Evidence
	for i, s := range sents {
		k := skey{s.Source, s.Start, s.End}
		if s.Role != "body" || background[k] && len(events[k]) == 0 || e.otherYear(&e.sents[i]) {
			continue
		}
		cev = append(cev, compare.Evidence{Source: s.Source, Outlet: s.Outlet, Text: s.Text, Start: s.Start, End: s.End, Role: s.Role, Main: len(events[k]) > 0})
	}
	for _, d := range compare.StoryDisagreements(cev, e.canonicalName) {
		// the events of each side; one event holding every side has told it
		count := map[int]int{}
		var ids []string
		seen := map[int]bool{}
		for _, sd := range d.Sides {
			inSide := map[int]bool{}
			for _, x := range sd.Evidence {
				for _, ei := range events[skey{x.Source, x.Start, x.End}] {
					inSide[ei] = true
					if !seen[ei] {
						seen[ei] = true
						ids = append(ids, t.Events[ei].ID)
					}
				}
			}
			for ei := range inSide {
				count[ei]++
			}
		}
		within := false
		for _, n := range count {
			within = within || n == len(d.Sides)
		}
		if within {
			continue
		}
		td := fromCompare(d)
		td.Events = ids
		t.Disagreements = append(t.Disagreements, td)
	}
}

// fromCompare converts a compare disagreement (a mirror type) into the
// timeline's, copying its slices.
func fromCompare(d compare.Disagreement) Disagreement {
	td := Disagreement{Fact: d.Fact, Verdict: d.Verdict, Note: d.Note}
	for _, s := range d.Sides {
		ts := Side{Value: s.Value, Outlets: append([]string{}, s.Outlets...)}
		for _, x := range s.Evidence {
			ts.Evidence = append(ts.Evidence, Evidence(x))
		}
		td.Sides = append(td.Sides, ts)
	}
	return td
}

// otherYear reports whether a sentence names a year other than the
// story's ("in 2019, it struck a quay wall").
func (e *engine) otherYear(s *sentRec) bool {
	if len(e.storyYrs) == 0 {
		return false
	}
	for _, x := range s.times {
		if x.Year != 0 && !e.storyYrs[x.Year] && !sinceBefore(s.text, x.Start) {
			return true
		}
	}
	return false
}

// sinceBefore reports whether the word right before byte offset at is
// "since": "funds frozen since 2022" tells when a state began, and the
// sentence's figures are still the story's.
func sinceBefore(text string, at int) bool {
	if at > len(text) {
		return false
	}
	w := strings.TrimRight(text[:at], " ")
	return len(w) >= 5 && strings.EqualFold(w[len(w)-5:], "since") && (len(w) == 5 || w[len(w)-6] == ' ')
}

// canonicalName maps a written name to its display form through the name
// index, so that spellings of one person compare equal.
func (e *engine) canonicalName(s string) string {
	if e.names == nil {
		return s
	}
	k := normKey(s)
	if d, ok := e.names.display[k]; ok {
		return d
	}
	if d, ok := e.names.alias[k]; ok {
		return e.names.display[d]
	}
	return s
}

// isPerson reports whether a name written alone ("Doe") is a person of
// the story known by a fuller name ("Jane Doe").
func (e *engine) isPerson(s string) bool {
	if e.names == nil {
		return false
	}
	if k, ok := e.names.alias[normKey(s)]; ok && e.names.kind[k] == entity.Person && k != s && strings.HasSuffix(k, " "+s) {
		return true
	}
	return !strings.Contains(s, " ") && e.names.surnames[s]
}

// endsActivity reports whether events of the kind end an activity whose
// length their sentences state (the lexicon's "ends").
func (e *engine) endsActivity(kind string) bool {
	i, ok := e.lx.kindIndex[kind]
	return ok && e.lx.kinds[i].Ends
}

// maxClockSpread is the widest gap, in minutes, between the clock times of
// a time disagreement's sides that is still read as outlets disagreeing.
const maxClockSpread = 180

// multisite reports whether events of the kind happen at many places at
// once (lexicon flag multisite).
func (e *engine) multisite(kind string) bool {
	k, ok := e.lx.kindIndex[kind]
	return ok && e.lx.kinds[k].Multisite
}

// instant reports whether events of the kind are one moment (lexicon
// flag instant).
func (e *engine) instant(kind string) bool {
	k, ok := e.lx.kindIndex[kind]
	return ok && e.lx.kinds[k].Instant
}

// clockSpread is the widest gap in minutes, around the clock, between the
// "HH:MM" values of a time disagreement's sides ("about 08:40", "13:20"),
// compared only within one zone ("14:14 UTC" is not set against "10:16").
func clockSpread(d compare.Disagreement) int {
	type clock struct {
		min  int
		zone string
	}
	var cs []clock
	for _, s := range d.Sides {
		ws := strings.Fields(s.Value)
		for i, w := range ws {
			if len(w) != 5 || w[2] != ':' {
				continue
			}
			h, errH := strconv.Atoi(w[:2])
			m, errM := strconv.Atoi(w[3:])
			if errH != nil || errM != nil {
				continue
			}
			zone := ""
			if i+1 < len(ws) {
				zone = ws[i+1]
			}
			cs = append(cs, clock{h*60 + m, zone})
		}
	}
	widest := 0
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].zone != cs[j].zone {
				continue
			}
			g := cs[i].min - cs[j].min
			if g < 0 {
				g = -g
			}
			if g > 720 {
				g = 1440 - g
			}
			widest = max(widest, g)
		}
	}
	return widest
}

// daySpan reports whether the day x is one end of a span of days its
// sentence tells ("across Saturday and Sunday", "between Friday and
// Monday", "from Friday to Sunday").
func daySpan(s *sentRec, x timex.Expr) bool {
	switch wordBefore(s, x.Start) {
	case "across", "between", "from":
		return true
	}
	for i, t := range s.toks {
		if t.start < x.End {
			continue
		}
		if (t.low == "and" || t.low == "to" || t.low == "until") && i+1 < len(s.toks) {
			for _, y := range s.times {
				if y.Start == s.toks[i+1].start && (y.Kind == timex.KindWeekday || y.Kind == timex.KindDate) {
					return wordBefore(s, x.Start) != "on" || t.low != "and"
				}
			}
		}
		return false
	}
	return false
}
