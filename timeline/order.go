package timeline

import (
	"sort"
)

// Weights of ordering evidence (a vote per mention, summed over outlets).
const (
	wDate      = 10.0 // different resolved days
	wClock     = 6.0  // clock times on one day
	wRelPrep   = 3.0  // "A after B" in one sentence
	wRelAdverb = 2.0  // "later", "afterwards": after the event reported before
	wNarrative = 0.3  // reported one after the other in an article
)

type edgeKey struct{ a, b int }

// orderGraph is the weighted temporal graph between clusters: w[a,b] is the
// evidence that a happened before b.
type orderGraph struct {
	w      map[edgeKey]float64
	adj    map[int][]int
	strong map[edgeKey]float64
}

func (g *orderGraph) add(a, b int, w float64) {
	if a == b || a < 0 || b < 0 {
		return
	}
	k := edgeKey{a, b}
	if _, ok := g.w[k]; !ok {
		if _, ok2 := g.w[edgeKey{b, a}]; !ok2 {
			g.adj[a] = append(g.adj[a], b)
			g.adj[b] = append(g.adj[b], a)
		}
	}
	g.w[k] += w
	if w >= 1 {
		g.strong[k] += w
	}
}

// adverbReach is how many sentences back the event a relation adverb
// ("later", "then") relates to may stand: further back, the article has
// moved on (a follow-up that tells the night again after the morning's
// rescue) and the adverb relates something in between.
const adverbReach = 2

// prevMain returns the cluster of the last main mention before mention i in
// an earlier sentence of the same source, other than not, within
// adverbReach sentences.
func (e *engine) prevMain(i, not int) int {
	m := &e.ms[i]
	src := e.sents[m.sent].src
	for k := i - 1; k >= 0; k-- {
		p := &e.ms[k]
		if e.sents[p.sent].src != src || e.sents[m.sent].idx-e.sents[p.sent].idx > adverbReach {
			return -1
		}
		if p.sent == m.sent || p.cluster < 0 || p.cluster == not || p.passing || p.quoted {
			continue
		}
		if e.clusters[p.cluster].background {
			continue
		}
		if e.clusters[m.cluster].status == StatusHappened && e.clusters[p.cluster].status != StatusHappened {
			continue // a plan told before is no event this one followed
		}
		return p.cluster
	}
	return -1
}

// clusterDays gives each cluster the day its own mentions state (0 none),
// and its most common clock time (-1 none).
//
// Clock times in universal time ("Sun 06:30" under "Timeline (UTC)") count
// only when no member states a local one; clockUTC tells which it is.
func (e *engine) clusterDays() (days, clocks []int) {
	days, clocks, _ = e.clusterDayClocks()
	return days, clocks
}

func (e *engine) clusterDayClocks() (days, clocks []int, clockUTC []bool) {
	const passingDays = false // a passing reference's day ("the evacuated area on Wednesday") is not the event's
	days = make([]int, len(e.clusters))
	clocks = make([]int, len(e.clusters))
	clockUTC = make([]bool, len(e.clusters))
	dc := map[int]int{}
	cc := map[int]int{}
	uc := map[int]int{}
	for ci, c := range e.clusters {
		clear(dc)
		clear(cc)
		clear(uc)
		mainDay := false
		for _, mi := range c.members {
			if m := &e.ms[mi]; m.day != 0 && !m.passing && !m.continuing && !otherTime(c, m) {
				mainDay = true
				break
			}
		}
		for _, mi := range c.members {
			m := &e.ms[mi]
			if m.day != 0 && (!m.passing && !m.continuing || !mainDay && passingDays) && !otherTime(c, m) {
				dc[m.day]++
			}
			if m.clock >= 0 {
				if m.clockZone == "utc" {
					uc[m.clock]++
				} else {
					cc[m.clock]++
				}
			}
		}
		days[ci] = argmaxInt(dc, 0)
		clocks[ci] = argmaxInt(cc, -1)
		if clocks[ci] < 0 {
			clocks[ci] = argmaxInt(uc, -1)
			clockUTC[ci] = clocks[ci] >= 0
		}
	}
	return days, clocks, clockUTC
}

// otherTime reports whether mention m of cluster c speaks of another time
// than the event: a plan or expectation ("is expected to testify next
// week") among the mentions of something that happened.
func otherTime(c *cluster, m *mention) bool {
	return c.status == StatusHappened && m.status != StatusHappened
}

func argmaxInt(m map[int]int, none int) int {
	best, bc := none, 0
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		if m[k] > bc {
			best, bc = k, m[k]
		}
	}
	return best
}

// order returns the cluster indices in timeline order: background events
// first (by their time), then the story, ordered by a weighted vote of
// dates, clock times, explicit relation signals and narrative order, with
// cycles broken greedily (fewest unmet predecessors first, then day, kind
// phase and narrative position, then id).
func (e *engine) order() []int {
	n := len(e.clusters)
	g := &orderGraph{w: map[edgeKey]float64{}, adj: map[int][]int{}, strong: map[edgeKey]float64{}}
	days, clocks, clockUTC := e.clusterDayClocks()
	near := e.narrativeDays()
	// relation signals
	for i := range e.ms {
		m := &e.ms[i]
		if m.cluster < 0 {
			continue
		}
		for _, r := range m.rels {
			tc, w := -1, wRelPrep
			if r.target >= 0 {
				tc = e.ms[r.target].cluster
			} else {
				tc, w = e.prevMain(i, m.cluster), wRelAdverb
			}
			if tc < 0 || tc == m.cluster {
				continue
			}
			switch r.typ {
			case relAfter:
				g.add(tc, m.cluster, w)
			case relBefore:
				g.add(m.cluster, tc, w)
			}
		}
	}
	// narrative order within each article, unless the article tells the
	// story newest first (live blogs, updates) or the dates say otherwise
	reverse := e.newestFirst()
	last, lastSrc := -1, -1
	for i := range e.ms {
		m := &e.ms[i]
		src := e.sents[m.sent].src
		if src != lastSrc {
			last, lastSrc = -1, src
		}
		if m.cluster < 0 || m.passing || m.quoted || e.clusters[m.cluster].background || reverse[src] {
			continue
		}
		if last >= 0 && last != m.cluster {
			da, db := dayOr(days[last], near[last]), dayOr(days[m.cluster], near[m.cluster])
			if da == 0 || db == 0 || da <= db {
				g.add(last, m.cluster, wNarrative)
			}
		}
		// a plan with no date of its own comes after what the article has
		// told so far, but says nothing of when the next event happened
		if c := e.clusters[m.cluster]; c.status == StatusPlanned && days[m.cluster] == 0 {
			continue
		}
		last = m.cluster
	}
	// stated days (or day ranges: "in March", "last week") and clock times:
	// sort the dated clusters, link neighbours
	lo, hi := make([]int, n), make([]int, n)
	for ci, c := range e.clusters {
		if days[ci] != 0 {
			lo[ci], hi[ci] = days[ci], days[ci]
			continue
		}
		rc := map[int]int{}
		for _, mi := range c.members {
			if m := &e.ms[mi]; m.lo != 0 && !m.passing && !otherTime(c, m) {
				rc[m.lo*100000+(m.hi-m.lo)]++
			}
		}
		if k := argmaxInt(rc, 0); k != 0 {
			lo[ci], hi[ci] = k/100000, k/100000+k%100000
		}
	}
	var dated []int
	for ci := range e.clusters {
		if lo[ci] != 0 && !e.clusters[ci].background {
			dated = append(dated, ci)
		}
	}
	sort.SliceStable(dated, func(a, b int) bool {
		da, db := lo[dated[a]], lo[dated[b]]
		if da != db {
			return da < db
		}
		return dated[a] < dated[b]
	})
	for a := 0; a < len(dated); a++ {
		for b := a + 1; b < len(dated) && b < a+64; b++ {
			ca, cb := dated[a], dated[b]
			exact := days[ca] != 0 && days[cb] != 0
			switch {
			case hi[ca] < lo[cb] && exact:
				g.add(ca, cb, wDate)
			case hi[ca] < lo[cb]:
				g.add(ca, cb, wDate/2)
			case hi[cb] < lo[ca]:
				g.add(cb, ca, wDate/2)
			case exact && days[ca] == days[cb] && clocks[ca] >= 0 && clocks[cb] >= 0 && clocks[ca] != clocks[cb] && clockUTC[ca] == clockUTC[cb]:
				if clocks[ca] < clocks[cb] {
					g.add(ca, cb, wClock)
				} else {
					g.add(cb, ca, wClock)
				}
			}
		}
	}
	// tie-break key: day, then kind phase, then narrative position
	pos := make([]float64, n)
	for ci, c := range e.clusters {
		sum, k := 0.0, 0
		for _, mi := range c.members {
			m := &e.ms[mi]
			if !m.passing {
				sum += e.sents[m.sent].pos
				k++
			}
		}
		if k > 0 {
			pos[ci] = sum / float64(k)
		}
	}
	// undated events: not after the earliest publication that reports them
	// (and planned ones after the latest publication that announces them)
	firstPub := make([]int, n)
	lastPub := make([]int, n)
	for ci, c := range e.clusters {
		for src := range c.srcs {
			if p := e.pubDay[src]; p != 0 && (firstPub[ci] == 0 || p < firstPub[ci]) {
				firstPub[ci] = p
			}
			if p := e.pubDay[src]; p > lastPub[ci] {
				lastPub[ci] = p
			}
		}
	}
	// clock times of clusters whose day is only inferred from the article
	// ("By 6 a.m., …" after a sentence about Sunday)
	// (sorted by day, zone and clock; neighbours linked, so no all-pairs work)
	var timed []int
	for ci := range e.clusters {
		if !e.clusters[ci].background && clocks[ci] >= 0 && dayOr(days[ci], near[ci]) != 0 {
			timed = append(timed, ci)
		}
	}
	sort.SliceStable(timed, func(i, j int) bool {
		a, b := timed[i], timed[j]
		if da, db := dayOr(days[a], near[a]), dayOr(days[b], near[b]); da != db {
			return da < db
		}
		if clockUTC[a] != clockUTC[b] {
			return !clockUTC[a]
		}
		if clocks[a] != clocks[b] {
			return clocks[a] < clocks[b]
		}
		return a < b
	})
	for i := 0; i < len(timed); i++ {
		a := timed[i]
		for j := i + 1; j < len(timed) && j < i+16; j++ {
			b := timed[j]
			if dayOr(days[a], near[a]) != dayOr(days[b], near[b]) || clockUTC[a] != clockUTC[b] {
				break
			}
			if clocks[a] == clocks[b] || days[a] != 0 && days[b] != 0 {
				continue // equal, or linked above
			}
			g.add(a, b, wClock/2)
		}
	}
	keyDay := func(ci int) int {
		if days[ci] != 0 {
			return days[ci]
		}
		if lo[ci] != 0 {
			return (lo[ci] + hi[ci]) / 2
		}
		st := e.clusters[ci].status
		// a plan with no date of its own is not of the day of the
		// sentences around it ("will receive a credit", said on Tuesday)
		if near[ci] != 0 && st != StatusPlanned {
			return near[ci]
		}
		d := e.storyDay
		if st == StatusPlanned || st == StatusCancelled {
			if lastPub[ci] > d {
				d = lastPub[ci]
			}
			if d != 0 {
				return d + 1
			}
			return d
		}
		if firstPub[ci] != 0 && (d == 0 || firstPub[ci] < d) {
			d = firstPub[ci]
		}
		if e.clusters[ci].status != StatusHappened && d != 0 {
			return d + 1
		}
		return d
	}
	// place within the day: a local clock time, else the part of the day
	// stated, else the kind's phase prior (all as a fraction of the day)
	within := func(ci int) float64 {
		if clocks[ci] >= 0 && !clockUTC[ci] {
			return float64(clocks[ci]) / 1440
		}
		if clocks[ci] < 0 {
			if h := partHour(e.clusters[ci].part); h > 0 {
				return h / 24
			}
		}
		return e.phaseKey(ci)
	}
	narrW := func(ci int) float64 { // a local clock time leaves little to the narrative position
		if clocks[ci] >= 0 && !clockUTC[ci] {
			return 0.05
		}
		return 0.3
	}
	less := func(a, b int) bool {
		da, db := keyDay(a), keyDay(b)
		if da != db {
			return da < db
		}
		ka := within(a) + narrW(a)*pos[a]
		kb := within(b) + narrW(b)*pos[b]
		if ka != kb {
			return ka < kb
		}
		return a < b
	}
	var bg, story []int
	for ci, c := range e.clusters {
		if c.background {
			bg = append(bg, ci)
		} else {
			story = append(story, ci)
		}
	}
	sort.SliceStable(bg, func(a, b int) bool {
		ya, yb := e.clusterYear(bg[a]), e.clusterYear(bg[b])
		if ya != yb {
			return ya < yb
		}
		return bg[a] < bg[b]
	})
	// greedy: in-weights of strong and weak net evidence
	inStrong := make([]float64, n)
	inWeak := make([]float64, n)
	net := func(a, b int) (float64, float64) { // evidence a before b, minus b before a
		return g.strong[edgeKey{a, b}] - g.strong[edgeKey{b, a}], g.w[edgeKey{a, b}] - g.w[edgeKey{b, a}]
	}
	inStory := make([]bool, n)
	for _, ci := range story {
		inStory[ci] = true
	}
	for _, b := range story {
		for _, a := range g.adj[b] {
			if !inStory[a] {
				continue
			}
			s, w := net(a, b)
			if s > 0 {
				inStrong[b] += s
			}
			if w > 0 {
				inWeak[b] += w
			}
		}
	}
	out := append([]int{}, bg...)
	done := make([]bool, n)
	// A cycle of strong evidence is broken at its least contradicted
	// member, which then competes with the free events on time; the rest
	// of the cycle waits for it (not for every free event, however late).
	over := make([]float64, n) // strong in-weight a broken cycle overrides
	cyclic := true
	for range story {
		if cyclic {
			cyclic = breakCycles(g.adj, story, done, over, net)
		}
		pick := -1
		for _, c := range story {
			if done[c] {
				continue
			}
			if pick < 0 {
				pick = c
				continue
			}
			sc, sp := inStrong[c]-over[c], inStrong[pick]-over[pick]
			wc, wp := inWeak[c]-over[c], inWeak[pick]-over[pick]
			switch {
			case sc < sp-1e-9:
				pick = c
			case sc > sp+1e-9:
			case wc < wp-wNarrative*2-1e-9:
				pick = c
			case wc > wp+wNarrative*2+1e-9:
			case less(c, pick):
				pick = c
			}
		}
		done[pick] = true
		out = append(out, pick)
		for _, b := range g.adj[pick] {
			if done[b] || !inStory[b] {
				continue
			}
			s, w := net(pick, b)
			if s > 0 {
				inStrong[b] -= s
			}
			if w > 0 {
				inWeak[b] -= w
			}
		}
	}
	e.graph = g
	return out
}

// breakCycles sets over[c], for each remaining story cluster c on a cycle
// of net strong evidence, to the least unmet in-weight from its own cycle
// (strongly connected component) among the members: the least contradicted
// member of each cycle is then free of it. It reports whether any cycle
// remains (none can appear once there is none).
func breakCycles(adj map[int][]int, story []int, done []bool, over []float64, net func(a, b int) (float64, float64)) bool {
	index, low := map[int]int{}, map[int]int{}
	comp := map[int]int{}
	onStack := map[int]bool{}
	var stack []int
	next, ncomp := 0, 0
	inRest := map[int]bool{}
	for _, c := range story {
		if !done[c] {
			inRest[c] = true
		}
	}
	var visit func(v int)
	visit = func(v int) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range adj[v] {
			if s, _ := net(v, w); !inRest[w] || s <= 1e-9 {
				continue
			}
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp[w] = ncomp
				if w == v {
					break
				}
			}
			ncomp++
		}
	}
	for _, c := range story {
		if inRest[c] {
			if _, seen := index[c]; !seen {
				visit(c)
			}
		}
	}
	size := make([]int, ncomp)
	for _, k := range comp {
		size[k]++
	}
	internal := map[int]float64{}
	least := make([]float64, ncomp)
	for k := range least {
		least[k] = -1
	}
	found := false
	for _, c := range story {
		over[c] = 0
		if !inRest[c] || size[comp[c]] < 2 {
			continue
		}
		found = true
		for _, a := range adj[c] {
			if s, _ := net(a, c); inRest[a] && comp[a] == comp[c] && s > 1e-9 {
				internal[c] += s
			}
		}
		if k := comp[c]; least[k] < 0 || internal[c] < least[k] {
			least[k] = internal[c]
		}
	}
	for _, c := range story {
		if inRest[c] && size[comp[c]] >= 2 {
			over[c] = least[comp[c]]
		}
	}
	return found
}

// clusterYear is the year a cluster's mentions state, or 0.
func (e *engine) clusterYear(ci int) int {
	yc := map[int]int{}
	for _, mi := range e.clusters[ci].members {
		if y := e.ms[mi].year; y != 0 {
			yc[y]++
		}
	}
	return argmaxInt(yc, 0)
}

// phaseKey places an event within its day: "before <event>" ones first,
// "after <event>" ones late, the rest by their kind's phase prior.
func (e *engine) phaseKey(ci int) float64 {
	c := e.clusters[ci]
	k := e.lx.kinds[c.kind].Phase
	pre, post := false, false
	for p := range c.phases {
		if p[:3] == "pre" {
			pre = true
		} else {
			post = true
		}
	}
	switch {
	case pre && !post:
		return -1 + k*0.1
	case post && !pre && k < 0.6:
		return 0.6 + k*0.4
	}
	return k
}

// narrativeDays estimates a day for clusters whose mentions state none, by
// vote over the cluster's main mentions: the day of the nearest dated
// mention (within three sentences) in the same article counts twice; with
// none near, the day the article's narrative has reached counts once (ties
// go to the earlier day).
func (e *engine) narrativeDays() []int {
	votes := make([]map[int]int, len(e.clusters))
	const reach = 3
	for i := range e.ms {
		m := &e.ms[i]
		if m.cluster < 0 || m.day != 0 || m.passing || m.quoted {
			continue
		}
		src, idx := e.sents[m.sent].src, e.sents[m.sent].idx
		best, bd := 0, reach+1
		for k := i - 1; k >= 0; k-- {
			p := &e.ms[k]
			ps := &e.sents[p.sent]
			if ps.src != src || idx-ps.idx > reach {
				break
			}
			if p.day != 0 && !p.background && p.status == StatusHappened {
				best, bd = p.day, idx-ps.idx
				break
			}
		}
		for k := i + 1; k < len(e.ms); k++ {
			p := &e.ms[k]
			ps := &e.sents[p.sent]
			if ps.src != src || ps.idx-idx >= bd {
				break
			}
			if p.day != 0 && !p.background && p.status == StatusHappened {
				best = p.day
				break
			}
		}
		// none near: the day the narrative has reached ("… at 22:05."
		// after the evening's events), unless a small-hours clock may be
		// the night after it ("just after 3am")
		weight := 2
		if best == 0 && m.status == StatusHappened && (m.clock < 0 || m.clock >= 6*60) {
			best, weight = m.narrDay, 1
		}
		if best != 0 {
			if votes[m.cluster] == nil {
				votes[m.cluster] = map[int]int{}
			}
			votes[m.cluster][best] += weight
		}
	}
	out := make([]int, len(e.clusters))
	for ci, v := range votes {
		out[ci] = argmaxInt(v, 0)
	}
	return out
}

func dayOr(d, alt int) int {
	if d != 0 {
		return d
	}
	return alt
}

// newestFirst reports, per source, whether the article tells its dated
// mentions mostly newest first (a live blog, an update list): its narrative
// order is then no evidence of story order.
func (e *engine) newestFirst() []bool {
	out := make([]bool, len(e.c.Sources))
	up, down := make([]int, len(e.c.Sources)), make([]int, len(e.c.Sources))
	last, lastSrc := 0, -1
	for i := range e.ms {
		m := &e.ms[i]
		src := e.sents[m.sent].src
		if src != lastSrc {
			last, lastSrc = 0, src
		}
		if m.day == 0 || m.passing || m.quoted || m.background || m.status != StatusHappened {
			continue
		}
		switch {
		case last == 0:
		case m.day > last:
			up[src]++
		case m.day < last:
			down[src]++
		}
		last = m.day
	}
	for src := range out {
		out[src] = down[src] >= 2 && down[src] > 2*up[src]
	}
	return out
}

// partHour is a typical hour of a stated part of the day, or 0.
func partHour(p string) float64 {
	switch p {
	case "morning":
		return 9
	case "afternoon":
		return 15
	case "evening":
		return 19
	case "night":
		return 22
	}
	return 0
}
