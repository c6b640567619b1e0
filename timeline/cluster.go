package timeline

import (
	"slices"
	"sort"
	"strings"

	"storyline/timeline/entity"
)

// cluster is one event in the making: the mentions of one happening.
type cluster struct {
	id         int
	kind       int
	family     string
	members    []int // mention indices, in corpus order once finished
	mains      int
	background bool
	instance   string
	media      string
	phases     map[string]bool
	who        map[string]int
	objs       map[string]int // who the act was done to (names right after the trigger)
	place      string
	day        int
	lo, hi     int    // the narrowest stated period of its mentions (0 none)
	part       string // the part of its day its first dated mention states
	heads      int    // how many people its first counted mention says the act was done to (headcount)
	lengths    []int  // the lengths in minutes its main mentions state
	year       int
	agent      string
	agents     map[string]bool
	places     map[string]int
	status     Status
	srcs       map[int]bool
	// clocks: per source, the clock times (minutes) its main mentions give
	clocks map[int][]int
	// daysApart: an event one outlet alone told on another day joined it
	// (mergeAcrossDates); the days its outlets state disagree
	daysApart bool
}

// overnight reports whether a mention at clock minutes of day md and the
// event, of day cd, lie within a few hours of each other across midnight
// ("23:42 — three people hurt", "00:05 — nine people now treated").
func (c *cluster) overnight(md, clock, cd int) bool {
	const late, early, spread = 20 * 60, 5 * 60, 6 * 60
	if clock < 0 || md-cd != 1 && cd-md != 1 {
		return false
	}
	for _, ks := range c.clocks {
		for _, k := range ks {
			if md < cd && clock >= late && k < early && k+1440-clock <= spread ||
				md > cd && clock < early && k >= late && clock+1440-k <= spread {
				return true
			}
		}
	}
	return false
}

// addClocks records clock times (minutes) that source src gives the event.
func (c *cluster) addClocks(src int, ks ...int) {
	if c.clocks == nil {
		c.clocks = map[int][]int{}
	}
	c.clocks[src] = append(c.clocks[src], ks...)
}

// maxCandidates bounds how many clusters one mention is compared with.
const maxCandidates = 64

// effectiveDay is the day a mention is taken to be on for clustering: its
// own resolved day, or 0 (unknown: compatible with any day).
func (e *engine) effectiveDay(m *mention) int {
	if m.continuing {
		return 0
	}
	return m.day
}

func (e *engine) generic(kind int) bool { return e.lx.kinds[kind].Priority <= 2 }

// joins reports whether a mention of kind m may join an event of kind c.
func (e *engine) joins(m, c int) bool {
	for _, k := range e.lx.kinds[m].Joins {
		if k == e.lx.kinds[c].Kind {
			return true
		}
	}
	return false
}

// avoids reports whether kinds a and b keep their events apart.
func (e *engine) avoids(a, b int) bool {
	for _, x := range [2][2]int{{a, b}, {b, a}} {
		for _, k := range e.lx.kinds[x[0]].Avoids {
			if k == e.lx.kinds[x[1]].Kind {
				return true
			}
		}
	}
	return false
}

// compatible scores mention m against cluster c; ok false means they cannot
// be the same happening.
func (e *engine) compatible(m *mention, c *cluster, passing bool) (score float64, ok bool) {
	lx := e.lx
	if lx.kinds[m.kind].Family != c.family {
		return 0, false
	}
	sameKind := m.kind == c.kind
	if !sameKind && e.avoids(m.kind, c.kind) {
		return 0, false
	}
	if !sameKind && !e.generic(m.kind) && !e.generic(c.kind) && !e.joins(m.kind, c.kind) {
		return 0, false
	}
	if !sameKind && (lx.kinds[m.kind].Exclusive || lx.kinds[c.kind].Exclusive) && !(m.phase != "" && c.phases[m.phase]) {
		return 0, false
	}
	if m.year != 0 && c.year != 0 && m.year != c.year {
		return 0, false
	}
	if m.background != c.background {
		return 0, false
	}
	if (m.instance != "") != (c.instance != "") {
		if !(passing && m.quoted) {
			return 0, false
		}
	}
	if m.media != "" && c.media != "" && m.media != c.media {
		return 0, false
	}
	if m.phase != "" {
		opp := "post:" + m.phase[4:]
		if m.phase[:4] == "post" {
			opp = "pre:" + m.phase[5:]
		}
		if c.phases[opp] {
			return 0, false
		}
	}
	md, cd := e.effectiveDay(m), c.day
	if md != 0 && cd != 0 && md != cd && !c.overnight(md, m.clock, cd) {
		return 0, false
	}
	// a plan dated after every report of a happening is another event
	// ("traced the failure" on Monday, "deliver the findings by 27 March")
	if !passing && md != 0 && cd == 0 && m.status == StatusPlanned && c.status == StatusHappened && e.afterReports(md, c.srcs) {
		return 0, false
	}
	// an event of one moment is told at one time by each outlet: a time the
	// same outlet gives hours away from its own is another happening ("the
	// result was declared at 6.15am" and, in a live blog of another day,
	// "18:52 — reads out the result")
	if sameKind && lx.kinds[m.kind].Instant && m.clock >= 0 && !passing {
		for _, k := range c.clocks[e.sents[m.sent].src] {
			if d := k - m.clock; d > maxClockSpread || -d > maxClockSpread {
				return 0, false
			}
		}
		// a moment at a clock time of the day the article has reached
		// ("… on Tuesday. Crews began repairs at 10:30 p.m.") is not one of
		// another stated day
		// (unless the sentence before it told this very event: the
		// article has gone back to it — "… turned back after the engine
		// caught fire. It landed at 3:10 p.m.")
		if md == 0 && cd != 0 && m.narrDay != 0 && m.narrDay != cd && m.status == StatusHappened && !e.toldJustBefore(c, m) {
			return 0, false
		}
	}
	// "toured … on Thursday afternoon" is not "the meeting on Thursday night"
	sameDay := md != 0 && md == cd
	// (an instant kind happens once a day: a ruling at 11 a.m. and one
	// announced at 3 p.m. are outlets disagreeing on its time)
	if sameDay && !passing && !partsMeet(m.part, c.part) && !spanMeets(m.clock, m.durs, c.part) && !c.spanMeets(m.part) && !(sameKind && lx.kinds[m.kind].Instant) {
		return 0, false
	}
	// a happening told before a dated one is not of a later day (dated
	// mentions are clustered first, so the event's day is known by then)
	if !passing && m.notAfter != 0 && cd > m.notAfter {
		return 0, false
	}
	// a stated period ("in late March") and a stated day outside it
	if !passing && m.lo != 0 && c.day != 0 && (c.day < m.lo || c.day > m.hi) {
		return 0, false
	}
	if !passing && m.day != 0 && c.lo != 0 && (m.day < c.lo || m.day > c.hi) {
		return 0, false
	}
	// one person detained is not a round of several detentions that day
	if !passing && lx.kinds[m.kind].Headcount && oneAndMany(m.heads, c.heads) {
		return 0, false
	}
	// a cancelled happening is not one that happened (planned ones may be
	// reported as cancelled elsewhere)
	if m.status == StatusCancelled && c.status == StatusHappened || c.status == StatusCancelled && m.status == StatusHappened {
		return 0, false
	}
	// nor is one that might happen or might have ("had the collision come
	// on an ebb tide, oil would have reached the estuary")
	if !passing && (m.status == StatusHypothetical) != (c.status == StatusHypothetical) && (m.status == StatusHappened || c.status == StatusHappened) {
		return 0, false
	}
	if (m.status == StatusCancelled) != (c.status == StatusCancelled) && m.instance != c.instance {
		return 0, false // "a second meeting was scrapped" is not "they will meet again"
	}
	if (m.status != StatusHappened || m.instance != "") && m.place != "" && c.places[m.place] == 0 && c.place != "" && !sameDay {
		return 0, false
	}
	overlap := 0
	for _, w := range m.who {
		if c.who[w] > 0 {
			overlap++
		}
	}
	if (lx.kinds[m.kind].Exclusive || lx.kinds[m.kind].Agentive) && m.agent != "" && len(c.agents) > 0 && !c.agents[m.agent] {
		return 0, false
	}
	sameMedia := m.media != "" && m.media == c.media
	if len(m.who) > 0 && len(c.who) > 0 && overlap == 0 && !passing && !sameMedia {
		fam := lx.kinds[m.kind].Family
		if fam == "correspondence" || fam == "broadcast" || m.instance != "" || m.status != StatusHappened {
			return 0, false
		}
	}
	score = 3 * float64(overlap)
	if sameKind {
		score += 2
	} else if e.generic(m.kind) && !e.generic(c.kind) {
		score += 3 // "told reporters" belongs to the press conference rather than to a bare statement
	}
	if m.media != "" && m.media == c.media {
		score += 4
	}
	if m.phase != "" && c.phases[m.phase] {
		score += 2
	}
	if c.srcs[e.sents[m.sent].src] {
		score++
	}
	if m.place != "" && m.place == c.place {
		score++
	}
	// a length near one the event has is a telling of it ("ran for about
	// six hours", "a six-hour sitting"); one far from all of its lengths
	// is likely another event of the kind ("a three-day sitting")
	score += lengthFit(m.durs, c.lengths)
	score += float64(c.mains) * 0.01
	return score, true
}

// lengthFit scores how a mention's stated lengths fit an event's: +2 when
// one lies within half again of one of the event's, -2 when every pair is
// more than three times apart, 0 when either states none (or no length in
// minutes).
func lengthFit(durs []durRef, lengths []int) float64 {
	near, far, pairs := false, true, 0
	for _, d := range durs {
		for _, l := range lengths {
			if d.minutes <= 0 || l <= 0 {
				continue // "lasted for hours": no length to compare
			}
			pairs++
			r := float64(d.minutes) / float64(l)
			if r < 1 {
				r = 1 / r
			}
			near = near || r <= 1.5
			far = far && r > 3
		}
	}
	switch {
	case pairs == 0:
		return 0
	case near:
		return 2
	case far:
		return -2
	}
	return 0
}

// oneAndMany reports whether of two head counts (0 unknown) one is a
// single person and the other several.
func oneAndMany(a, b int) bool { return a > 0 && b > 0 && (a == 1) != (b == 1) }

// afterReports reports whether day d comes after the publication day of
// every source in srcs whose day is known (and one is): no source can
// report as happened what comes after it.
func (e *engine) afterReports(d int, srcs map[int]bool) bool {
	known := false
	for s := range srcs {
		p := e.pubDay[s]
		if p == 0 {
			continue
		}
		if d <= p {
			return false
		}
		known = true
	}
	return known
}

// cluster groups mentions into events. Main mentions found a cluster or
// join the best compatible one of their family (blocked by family and by
// participant/day keys, so the work grows with n·k, not n²); passing
// references then join the best cluster they fit and never found one.
func (e *engine) cluster() {
	lx := e.lx
	var mains, passing []int
	for i := range e.ms {
		m := &e.ms[i]
		if m.passing || m.quoted || m.status == StatusHypothetical && !conditionalPast(&e.sents[m.sent], m) {
			passing = append(passing, i)
		} else {
			mains = append(mains, i)
		}
	}
	// a mention that may follow another event's comes after the others,
	// follow-ups in text order (a chain of them resolves front to back)
	follower := make(map[int]bool, len(mains))
	for _, mi := range mains {
		follower[mi] = e.followsPrev(mi, false) >= 0
	}
	// an undated telling of an act that befalls a person once, whose
	// article also dates a mention of its kind ("has suspended the
	// captain" in a lead, "suspended him on Monday" further down), comes
	// after the dated ones, so it meets the event its own article's dated
	// telling joined
	dated := map[[2]int]bool{}
	for _, mi := range mains {
		if m := &e.ms[mi]; lx.kinds[m.kind].Once && e.effectiveDay(m) != 0 {
			dated[[2]int{e.sents[m.sent].src, m.kind}] = true
		}
	}
	sibling := make(map[int]bool, len(mains))
	for _, mi := range mains {
		m := &e.ms[mi]
		sibling[mi] = e.effectiveDay(m) == 0 && dated[[2]int{e.sents[m.sent].src, m.kind}]
	}
	sort.SliceStable(mains, func(a, b int) bool {
		ma, mb := &e.ms[mains[a]], &e.ms[mains[b]]
		fa, fb := follower[mains[a]], follower[mains[b]]
		if fa != fb {
			return fb
		}
		if sa, sb := sibling[mains[a]], sibling[mains[b]]; sa != sb {
			return sb
		}
		if fa {
			return mains[a] < mains[b]
		}
		pa, pb := lx.kinds[ma.kind].Priority, lx.kinds[mb.kind].Priority
		if pa != pb {
			return pa > pb
		}
		ia, ib := ma.phase != "" || ma.media != "", mb.phase != "" || mb.media != ""
		if ia != ib {
			return ia
		}
		ha, hb := ma.status == StatusHappened, mb.status == StatusHappened
		if ha != hb {
			return ha
		}
		// dated mentions first: undated ones then join the event they fit
		// rather than give a day-less event the first day that comes along
		da, db := e.effectiveDay(ma) != 0, e.effectiveDay(mb) != 0
		if da != db {
			return da
		}
		return mains[a] < mains[b]
	})
	index := map[string][]*cluster{} // block key → clusters
	keysOf := func(m *mention) []string {
		fam := lx.kinds[m.kind].Family
		keys := []string{fam + "|k" + itoa(m.kind), fam + "|any"}
		if d := e.effectiveDay(m); d != 0 {
			keys = append(keys, fam+"|d"+itoa(d))
		}
		for _, w := range m.who {
			keys = append(keys, fam+"|w"+w)
		}
		if m.media != "" {
			keys = append(keys, fam+"|m"+m.media)
		}
		return keys
	}
	// seen[c.id] == stamp: cluster c was already scored for this mention
	var seen []int
	stamp := 0
	best := func(mi int, isPassing bool) *cluster {
		m := &e.ms[mi]
		var bc *cluster
		bs := -1.0
		stamp++
		for len(seen) < len(e.clusters) {
			seen = append(seen, 0)
		}
		for _, k := range keysOf(m) {
			list := index[k]
			if len(list) > maxCandidates {
				list = list[len(list)-maxCandidates:]
			}
			for _, c := range list {
				if seen[c.id] == stamp {
					continue
				}
				seen[c.id] = stamp
				if s, ok := e.compatible(m, c, isPassing); ok && (s > bs || s == bs && c.id < bc.id) {
					bc, bs = c, s
				}
			}
		}
		return bc
	}
	add := func(c *cluster, mi int, main bool) {
		m := &e.ms[mi]
		m.cluster = c.id
		c.members = append(c.members, mi)
		if !main {
			return
		}
		c.mains++
		if lx.kinds[m.kind].Priority > lx.kinds[c.kind].Priority && !m.weak {
			c.kind = m.kind // (a weak mention's words do not name the event)
		}
		if m.phase != "" {
			c.phases[m.phase] = true
		}
		for _, w := range m.who {
			c.who[w]++
		}
		for _, w := range m.obj {
			c.objs[w]++
		}
		if c.media == "" {
			c.media = m.media
		}
		if c.place == "" {
			c.place = m.place
		}
		if m.place != "" {
			c.places[m.place]++
		}
		if c.agent == "" {
			c.agent = m.agent
		}
		if m.agent != "" {
			c.agents[m.agent] = true
		}
		if c.heads == 0 {
			c.heads = m.heads
		}
		for _, d := range m.durs {
			if d.minutes > 0 {
				c.lengths = append(c.lengths, d.minutes)
			}
		}
		if c.day == 0 {
			c.day = e.effectiveDay(m)
			if c.day != 0 {
				c.part = m.part
			}
		} else if c.part == "" && e.effectiveDay(m) == c.day {
			c.part = m.part
		}
		if m.lo != 0 && (c.lo == 0 || m.hi-m.lo < c.hi-c.lo) {
			c.lo, c.hi = m.lo, m.hi
		}
		if c.year == 0 {
			c.year = m.year
		}
		c.srcs[e.sents[m.sent].src] = true
		if main && m.clock >= 0 {
			c.addClocks(e.sents[m.sent].src, m.clock)
		}
		switch {
		case m.status == StatusHappened:
			c.status = StatusHappened
		case m.status == StatusCancelled && c.status != StatusHappened:
			c.status = StatusCancelled
		case m.status == StatusPlanned && c.status == StatusHypothetical:
			c.status = StatusPlanned
		}
		for _, k := range keysOf(m) {
			list := index[k]
			if len(list) == 0 || list[len(list)-1] != c {
				index[k] = append(list, c)
			}
		}
	}
	for _, mi := range mains {
		m := &e.ms[mi]
		var c *cluster
		if k := e.followsPrev(mi, true); k >= 0 {
			// "It was attended by …", "The council was represented by
			// …": who sat at the meeting the sentence before told
			// (a definite one must fit the event: "The arrest of a woman
			// in another town followed" is not the round of arrests)
			if pc := e.clusters[e.ms[k].cluster]; pc != nil && pc.status == m.status && !pc.background && (m.weak || e.fits(m, pc)) {
				c = pc // (whatever instance it is: "the sides met again")
			}
		}
		if c == nil && m.weak && lx.kinds[m.kind].FollowOnly {
			continue // a follow-up with no event to follow
		}
		if c == nil {
			c = best(mi, false)
		}
		if c == nil {
			c = &cluster{id: len(e.clusters), kind: m.kind, family: lx.kinds[m.kind].Family, background: m.background,
				instance: m.instance, phases: map[string]bool{}, who: map[string]int{}, objs: map[string]int{}, places: map[string]int{}, agents: map[string]bool{}, srcs: map[int]bool{}, status: m.status}
			e.clusters = append(e.clusters, c)
		}
		add(c, mi, true)
	}
	for _, mi := range passing {
		if c := best(mi, true); c != nil {
			add(c, mi, false)
		}
	}
	for _, c := range e.clusters {
		sort.Ints(c.members)
		if len(c.places) > 0 {
			best, bc := "", 0
			for p, n := range c.places {
				if n > bc || n == bc && p < best {
					best, bc = p, n
				}
			}
			c.place = best
		}
	}
}

// fits reports whether a definite follow-up m may be more of event c: it
// names no other place than c's and counts no other people (one arrest
// against a round of them).
func (e *engine) fits(m *mention, c *cluster) bool {
	if m.place != "" && c.place != "" && c.places[m.place] == 0 {
		return false
	}
	return !e.lx.kinds[m.kind].Headcount || !oneAndMany(m.heads, c.heads)
}

// followsPrev returns, for an undated mention mi that may tell more of an
// event the sentences before it told, the nearest main mention it follows
// in its article, or -1: for a weak mention (weak_follows), one of a kind
// it follows in one of the two sentences before (also another weak
// follow-up); for a happened mention written with "the" and no instance
// word, one of its own kind in the sentence just before ("At the council
// meeting on Monday … Doe left the meeting early"). With clustered, only
// mentions already in an event count.
func (e *engine) followsPrev(mi int, clustered bool) int {
	m := &e.ms[mi]
	s := &e.sents[m.sent]
	definite := !m.weak && m.ti > 0 && s.toks[m.ti-1].low == "the" && m.instance == "" && m.status == StatusHappened
	if !(m.weak && len(e.lx.kinds[m.kind].WeakFollows) > 0 || definite) || e.effectiveDay(m) != 0 {
		return -1
	}
	for k := mi - 1; k >= 0; k-- {
		o := &e.ms[k]
		os := &e.sents[o.sent]
		if os.src != s.src || os.idx < s.idx-2 || definite && os.idx < s.idx-1 {
			break
		}
		follows := o.kind == m.kind && definite || m.weak && slices.Contains(e.lx.kinds[m.kind].WeakFollows, e.lx.kinds[o.kind].Kind)
		if o.sent != m.sent && follows && !o.passing && !o.quoted && (!o.weak || m.weak) && o.status != StatusHypothetical &&
			(!clustered || o.cluster >= 0) {
			return k
		}
	}
	return -1
}

// doneBy reports whether a participant of a is an agent of b (the one
// doing b's act).
func doneBy(b, a *cluster) bool {
	for w := range a.who {
		if b.agents[w] {
			return true
		}
	}
	return false
}

// sharesWho reports whether two clusters name one participant.
func sharesWho(a, b *cluster) bool {
	for w := range a.who {
		if b.who[w] > 0 {
			return true
		}
	}
	return false
}

// onlyVenues reports whether every name of who is a building's ("Westby
// General Hospital").
func onlyVenues(who map[string]int) bool {
	for w := range who {
		f := strings.Fields(strings.ToLower(w))
		if len(f) == 0 || !facilityNouns[f[len(f)-1]] {
			return false
		}
	}
	return len(who) > 0
}

// sharesPerson reports whether two clusters' acts were done to one person
// (not only by the same company or minister).
func (e *engine) sharesPerson(a, b *cluster) bool {
	if e.names == nil {
		return false
	}
	for w := range a.objs {
		if b.objs[w] > 0 && e.names.kind[w] == entity.Person {
			return true
		}
	}
	return false
}

// maxPlanGap is the widest gap, in days, between the months two outlets
// give one plan.
const maxPlanGap = 184

// periodPlan reports whether a cluster is a plan dated only by a period
// longer than a few days (a month, "as early as July").
func (e *engine) periodPlan(c *cluster) bool {
	return c.status == StatusPlanned && c.day == 0 && c.lo > 0 && c.hi-c.lo >= 20
}

// sharedPhrase returns a trigger phrase of minWords or more words,
// lower-cased, that main mentions of both clusters use ("return to
// flight"), or "".
func (e *engine) sharedPhrase(a, b *cluster, minWords int) string {
	phrases := func(c *cluster) []string {
		var out []string
		for _, mi := range c.members {
			m := &e.ms[mi]
			if m.tj-m.ti < minWords || m.passing || m.quoted {
				continue
			}
			toks := e.sents[m.sent].toks
			var ws []string
			for k := m.ti; k < m.tj; k++ {
				ws = append(ws, toks[k].low)
			}
			out = append(out, strings.Join(ws, " "))
		}
		return out
	}
	pa := phrases(a)
	for _, p := range phrases(b) {
		if slices.Contains(pa, p) {
			return p
		}
	}
	return ""
}

// mergeAcrossDates joins an event that one outlet alone reports on a day
// next to the day other outlets give the same happening ("the recall on
// Thursday" in one outlet, "the recall on Friday" in three): clustering
// keeps different days apart, which would hide the very disagreement a
// reader wants to see. It merges only when the outlets do not overlap, the
// kind, instance, status and participants agree, and exactly one event
// qualifies; happened events one or two days apart ("buses ran again from
// Monday" in two outlets, "restored the route on Wednesday, March 4" in
// one), planned ones up to two weeks, and an act that befalls a person once
// (once) up to a week when both name that person. The days the outlets name
// become a date disagreement (dayDisagreement).
// Two single-outlet events merge too when they are one person's visit to
// one named place a day or two apart (their kinds may join: travel and arrival),
// one plan dated by different months in the same trigger phrase of two
// or more words, or one party's plan due on days up to two weeks apart in
// the same trigger word.
func (e *engine) mergeAcrossDates() {
	into := make([]int, len(e.clusters))
	for i := range into {
		into[i] = -1
	}
	for ai, a := range e.clusters {
		aPlan := e.periodPlan(a)
		if len(a.srcs) != 1 || a.day == 0 && !aPlan || a.background || e.generic(a.kind) || a.mains == 0 {
			continue
		}
		cand := -1
		for bi, b := range e.clusters {
			if bi == ai || b.kind != a.kind && !e.joins(a.kind, b.kind) && !e.joins(b.kind, a.kind) || b.background || into[bi] >= 0 ||
				b.instance != a.instance || b.status != a.status || b.year != 0 && a.year != 0 && b.year != a.year {
				continue
			}
			// plans stated by month ("return to flight as early as July",
			// "targeting September for a return to flight") in the same
			// specific words are one plan whose date outlets disagree on
			phrase := ""
			// one outlet alone on each side: the same person at the same
			// named place ("flew to Geneva on Monday", "arrived in
			// Geneva on Sunday")
			sameVisit := len(b.srcs) == 1 && a.status == StatusHappened && a.place != "" && a.place == b.place && sharesWho(a, b)
			// or one party's plan told in the same trigger word, due on
			// days a week apart ("deliver the findings by 27 March",
			// "hand their findings to the regulator by April 3")
			samePlan := len(b.srcs) == 1 && a.status == StatusPlanned && a.day != 0 && b.day != 0 && sharesWho(a, b) && e.sharedPhrase(a, b, 1) != ""
			if aPlan && e.periodPlan(b) {
				if phrase = e.sharedPhrase(a, b, 2); phrase == "" {
					continue
				}
			} else if len(b.srcs) < 2 && !sameVisit && !samePlan || a.day == 0 || b.day == 0 {
				continue
			}
			if b.kind != a.kind && !sameVisit {
				continue
			}
			gap := b.day - a.day
			if phrase != "" {
				gap = b.lo - a.lo
			}
			if gap < 0 {
				gap = -gap
			}
			switch {
			case phrase != "":
				if gap == 0 || gap > maxPlanGap {
					continue
				}
			case a.status == StatusHappened:
				// one person's suspension "on Friday, May 7" in one
				// outlet and "on Monday" in two
				once := e.lx.kinds[a.kind].Once && gap <= 7 && e.sharesPerson(a, b)
				if gap < 1 || gap > 2 && !once {
					continue
				}
			case a.status == StatusPlanned:
				if gap == 0 || gap > 14 {
					continue
				}
			default:
				continue
			}
			shared := false
			for s := range a.srcs {
				shared = shared || b.srcs[s]
			}
			if shared || a.place != "" && b.place != "" && a.place != b.place || oneAndMany(a.heads, b.heads) {
				continue
			}
			if !partsMeet(a.part, b.part) && !a.spanMeets(b.part) && !b.spanMeets(a.part) {
				// a meeting at 08:45 on one day is not one "this
				// afternoon" the day before told a day off
				continue
			}
			if len(a.who) > 0 && len(b.who) > 0 && phrase == "" && !sharesWho(a, b) &&
				!(e.lx.kinds[a.kind].Once && (onlyVenues(a.who) || onlyVenues(b.who))) {
				// (an act that befalls a person once, where one outlet
				// names only the hospital it was done in, may be the same)
				continue
			}
			if cand >= 0 {
				cand = -2 // two events qualify: no merge
				break
			}
			cand = bi
		}
		if cand >= 0 {
			into[ai] = cand
		}
	}
	e.foldInto(into, false)
}

// foldInto moves every cluster a with into[a] >= 0 into cluster into[a]
// (unless that one is itself folded) and drops the emptied clusters. The
// kind of higher priority names the merged event, unless keepKind.
func (e *engine) foldInto(into []int, keepKind bool) {
	lx := e.lx
	merged := false
	for ai, bi := range into {
		if bi < 0 || into[bi] >= 0 {
			continue
		}
		a, b := e.clusters[ai], e.clusters[bi]
		b.members = append(b.members, a.members...)
		sort.Ints(b.members)
		b.mains += a.mains
		for w, n := range a.who {
			b.who[w] += n
		}
		for w, n := range a.objs {
			b.objs[w] += n
		}
		for s := range a.srcs {
			b.srcs[s] = true
		}
		for s, ks := range a.clocks {
			b.addClocks(s, ks...)
		}
		for p, n := range a.places {
			b.places[p] += n
		}
		for g := range a.agents {
			b.agents[g] = true
		}
		for k := range a.phases {
			b.phases[k] = true
		}
		if !keepKind && a.day != 0 && b.day != 0 && a.day != b.day {
			b.daysApart = true
		}
		if !keepKind && lx.kinds[a.kind].Priority > lx.kinds[b.kind].Priority {
			b.kind = a.kind
		}
		a.members = nil
		merged = true
	}
	if !merged {
		return
	}
	kept := e.clusters[:0]
	for _, c := range e.clusters {
		if len(c.members) == 0 {
			continue
		}
		c.id = len(kept)
		for _, mi := range c.members {
			e.ms[mi].cluster = c.id
		}
		kept = append(kept, c)
	}
	e.clusters = kept
}

// foldErrands folds a coming or going (an errand kind) that one outlet
// alone tells into the act it was for: the one other event of the same
// day, done by a participant of the errand, that a sentence right before
// or after one of its mentions in the same article reports ("… stepped
// down on Monday." / "She reached the ministry at 9 a.m. and left an hour
// later."). Its time and length become facts of that act, where outlets
// may disagree on them.
func (e *engine) foldErrands() {
	lx := e.lx
	into := make([]int, len(e.clusters))
	var bySent map[int][]int
	for ai, a := range e.clusters {
		into[ai] = -1
		if !lx.kinds[a.kind].Errand || len(a.srcs) != 1 || a.background || a.status != StatusHappened {
			continue
		}
		if bySent == nil {
			bySent = map[int][]int{}
			for mi := range e.ms {
				bySent[e.ms[mi].sent] = append(bySent[e.ms[mi].sent], mi)
			}
		}
		cand := -1
		for _, mi := range a.members {
			si := e.ms[mi].sent
			for _, sj := range [2]int{si - 1, si + 1} {
				if sj < 0 || sj >= len(e.sents) || e.sents[sj].src != e.sents[si].src {
					continue
				}
				for _, mj := range bySent[sj] {
					m := &e.ms[mj]
					bi := m.cluster
					if bi < 0 || bi >= len(e.clusters) || bi == ai || m.passing || m.quoted {
						continue
					}
					b := e.clusters[bi]
					if lx.kinds[b.kind].Errand || b.family == a.family || b.background || b.status != StatusHappened || e.generic(b.kind) ||
						a.day != 0 && b.day != 0 && a.day != b.day || !doneBy(b, a) {
						continue
					}
					if cand >= 0 && cand != bi {
						cand = -2
					}
					if cand == -1 {
						cand = bi
					}
				}
			}
		}
		if cand >= 0 {
			into[ai] = cand
		}
	}
	e.foldInto(into, true)
}

// spanMeets reports whether the event, from one of its clock times and for
// its longest stated length, reaches the part of the day part: a hearing
// told as "opened at 2 p.m. … went on for seven hours" meets a later
// telling of its night.
func (c *cluster) spanMeets(part string) bool {
	longest := 0
	for _, l := range c.lengths {
		longest = max(longest, l)
	}
	if longest == 0 {
		return false
	}
	for _, ks := range c.clocks {
		for _, k := range ks {
			if spanMeets(k, []durRef{{minutes: longest}}, part) {
				return true
			}
		}
	}
	return false
}

// toldJustBefore reports whether the sentence before m's, in its article,
// has a mention that is a member of c.
func (e *engine) toldJustBefore(c *cluster, m *mention) bool {
	s := &e.sents[m.sent]
	for _, mi := range c.members {
		if p := &e.sents[e.ms[mi].sent]; p.src == s.src && p.idx == s.idx-1 {
			return true
		}
	}
	return false
}

// conditionalPast reports whether a mention is the act of a condition
// that was not met, or of what would have followed it ("Had the collision
// come on an ebb tide, the oil would have reached the estuary"): an event
// of its own that did not happen, not a telling of one that did.
func conditionalPast(s *sentRec, m *mention) bool {
	if invertedCondition(s.toks, m.ti) {
		return true
	}
	wouldHave, cond := counterfactual(s.toks, 0, m.ti)
	return wouldHave && cond
}
