package evaluate

import (
	"fmt"
	"sort"
	"strings"

	"storyline/data"
	"storyline/timeline"
)

// Ratio is a metric as a fraction. A ratio with a zero denominator is
// vacuous: its Value is 1 and it prints as "-".
type Ratio struct {
	Num, Den int
}

// Value is Num/Den, or 1 when Den is 0.
func (r Ratio) Value() float64 {
	if r.Den == 0 {
		return 1
	}
	return float64(r.Num) / float64(r.Den)
}

// String prints the ratio as a percentage.
func (r Ratio) String() string {
	if r.Den == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*r.Value())
}

// EventResult is the outcome for one gold event.
type EventResult struct {
	Gold       string // gold event id
	Counted    bool   // counts for event recall
	Background bool
	System     string // id of the aligned system event ("" = missed)
	Index      int    // index of the aligned system event in Timeline.Events (-1 = missed)
	Rank       int    // rank of the aligned system event
	Shared     int    // gold items (required and optional) the system event matched
	Found      int    // required items found
	Required   int    // required items
	Missing    []Item // required items not found
	Extra      []string
	// BackgroundOK and StatusOK compare the aligned system event's flags.
	BackgroundOK bool
	StatusOK     bool
	SystemStatus timeline.Status
}

// Report holds the scores of one corpus.
type Report struct {
	Corpus string

	GoldEvents   int // gold events counted for recall (not background, not minor)
	GoldAll      int // every gold event
	SystemEvents int // every system event
	SystemStory  int // system events not marked background

	EventRecall    Ratio // counted gold events aligned to a system event
	EventPrecision Ratio // system story events aligned to any gold event
	EvidenceP      Ratio // over aligned pairs; optional items neutral
	EvidenceR      Ratio // required items of aligned gold events found
	Order          Ratio // pairs of aligned story events with different order
	Background     Ratio // aligned gold events whose background flag agrees
	Status         Ratio // aligned gold events whose status agrees
	DisagreementP  Ratio
	DisagreementR  Ratio
	QuoteP         Ratio
	QuoteR         Ratio

	// Forbidden lists system evidence that quotes a forbidden text.
	Forbidden []string
	// MissingSources are gold source ids that the corpus does not have.
	MissingSources []string
	// Events has one result per gold event, in gold order.
	Events []EventResult
	// Notes are human-readable misses: events, evidence, order inversions,
	// disagreements and quotes not found, clutter.
	Notes []string
}

func itemMatches(it Item, source, normText string) bool {
	return it.Source == source && strings.Contains(normText, it.normText())
}

// evKey identifies a system evidence sentence.
type evKey struct {
	source     string
	start, end int
	text       string
}

func keyOf(ev timeline.Evidence) evKey {
	return evKey{ev.Source, ev.Start, ev.End, ev.Text}
}

// pairStats compares one system event with one gold event.
type pairStats struct {
	shared    int // distinct gold items (req+opt) matched
	reqFound  []bool
	optFound  []bool
	tp, fp    int
	extra     []string
	sharedReq int
}

func compare(se *timeline.Event, ge *GoldEvent, norms map[evKey]string) pairStats {
	ps := pairStats{reqFound: make([]bool, len(ge.Evidence)), optFound: make([]bool, len(ge.Optional))}
	seen := map[evKey]bool{}
	for _, ev := range se.Evidence {
		k := keyOf(ev)
		if seen[k] {
			continue
		}
		seen[k] = true
		n := norms[k]
		req, opt := false, false
		for i, it := range ge.Evidence {
			if itemMatches(it, ev.Source, n) {
				ps.reqFound[i] = true
				req = true
			}
		}
		for i, it := range ge.Optional {
			if itemMatches(it, ev.Source, n) {
				ps.optFound[i] = true
				opt = true
			}
		}
		switch {
		case req:
			ps.tp++
		case opt:
		default:
			ps.fp++
			ps.extra = append(ps.extra, ev.Source+": "+clip(ev.Text, 90))
		}
	}
	for _, f := range ps.reqFound {
		if f {
			ps.sharedReq++
		}
	}
	ps.shared = ps.sharedReq
	for _, f := range ps.optFound {
		if f {
			ps.shared++
		}
	}
	return ps
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// statusOK reports whether a system status is one of the gold alternatives.
func statusOK(gold string, s timeline.Status) bool {
	for _, alt := range strings.Split(gold, "|") {
		if timeline.Status(alt) == s {
			return true
		}
	}
	return false
}

// Score compares a timeline built from a corpus with the gold annotation.
// It is deterministic. c may be nil (then MissingSources is not checked and
// outlets are mapped to sources through t.Sources only).
func Score(g *Gold, c *data.Corpus, t *timeline.Timeline) Report {
	r := Report{Corpus: g.Name, GoldAll: len(g.Events)}
	if t == nil {
		t = &timeline.Timeline{}
	}
	r.SystemEvents = len(t.Events)
	for _, e := range g.Events {
		if e.Counted() {
			r.GoldEvents++
		}
	}
	for _, e := range t.Events {
		if !e.Background {
			r.SystemStory++
		}
	}

	// Sources the corpus has, and outlet → sources.
	outletSources := map[string][]string{}
	if c != nil {
		have := map[string]bool{}
		for _, s := range c.Sources {
			have[s.ID] = true
			outletSources[s.Outlet] = appendUnique(outletSources[s.Outlet], s.ID)
		}
		for _, id := range g.SourceIDs() {
			if !have[id] {
				r.MissingSources = append(r.MissingSources, id)
			}
		}
		if len(r.MissingSources) > 0 {
			r.Notes = append(r.Notes, fmt.Sprintf("corpus lacks %d gold source(s): %s", len(r.MissingSources), strings.Join(r.MissingSources, ", ")))
		}
	}
	for _, s := range t.Sources {
		outletSources[s.Outlet] = appendUnique(outletSources[s.Outlet], s.ID)
	}
	for _, o := range t.Outlets {
		for _, id := range o.Sources {
			outletSources[o.Name] = appendUnique(outletSources[o.Name], id)
		}
	}

	ids := map[string]bool{}
	for _, e := range t.Events {
		if ids[e.ID] {
			r.Notes = append(r.Notes, fmt.Sprintf("duplicate system event id %q", e.ID))
		}
		ids[e.ID] = true
	}

	// Normalised evidence texts, computed once.
	norms := map[evKey]string{}
	for _, e := range t.Events {
		for _, ev := range e.Evidence {
			k := keyOf(ev)
			if _, ok := norms[k]; !ok {
				norms[k] = Norm(ev.Text)
			}
		}
	}

	// All pair statistics, then greedy one-to-one alignment by shared items.
	type cand struct {
		gi, si int
		ps     pairStats
	}
	var cands []cand
	for gi := range g.Events {
		for si := range t.Events {
			ps := compare(&t.Events[si], &g.Events[gi], norms)
			if ps.shared > 0 {
				cands = append(cands, cand{gi, si, ps})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.ps.sharedReq != b.ps.sharedReq {
			return a.ps.sharedReq > b.ps.sharedReq
		}
		if a.ps.shared != b.ps.shared {
			return a.ps.shared > b.ps.shared
		}
		if a.ps.fp != b.ps.fp {
			return a.ps.fp < b.ps.fp
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.si < b.si
	})
	goldTo := make([]int, len(g.Events))
	sysTo := make([]int, len(t.Events))
	for i := range goldTo {
		goldTo[i] = -1
	}
	for i := range sysTo {
		sysTo[i] = -1
	}
	stats := make([]pairStats, len(g.Events))
	for _, c := range cands {
		if goldTo[c.gi] >= 0 || sysTo[c.si] >= 0 {
			continue
		}
		goldTo[c.gi], sysTo[c.si] = c.si, c.gi
		stats[c.gi] = c.ps
	}

	rank := func(si int) int {
		if t.Events[si].Rank > 0 {
			return t.Events[si].Rank
		}
		return si + 1
	}

	// Per gold event.
	for gi := range g.Events {
		ge := &g.Events[gi]
		er := EventResult{Gold: ge.ID, Counted: ge.Counted(), Background: ge.Background, Required: len(ge.Evidence), Index: -1}
		if ge.Counted() {
			r.EventRecall.Den++
		}
		si := goldTo[gi]
		if si < 0 {
			er.Missing = append(er.Missing, ge.Evidence...)
			if ge.Counted() {
				r.Notes = append(r.Notes, fmt.Sprintf("missed event %s (%s)", ge.ID, ge.Title))
			}
			r.Events = append(r.Events, er)
			continue
		}
		se := &t.Events[si]
		ps := stats[gi]
		er.System, er.Index, er.Rank, er.Shared, er.Found = se.ID, si, rank(si), ps.shared, ps.sharedReq
		er.SystemStatus = se.Status
		for i, f := range ps.reqFound {
			if !f {
				er.Missing = append(er.Missing, ge.Evidence[i])
			}
		}
		er.Extra = ps.extra
		er.BackgroundOK = se.Background == ge.Background
		er.StatusOK = statusOK(ge.Status, se.Status)
		if ge.Counted() {
			r.EventRecall.Num++
		}
		r.EvidenceP.Num += ps.tp
		r.EvidenceP.Den += ps.tp + ps.fp
		r.EvidenceR.Num += ps.sharedReq
		r.EvidenceR.Den += len(ge.Evidence)
		r.Background.Den++
		if er.BackgroundOK {
			r.Background.Num++
		} else {
			r.Notes = append(r.Notes, fmt.Sprintf("event %s: background %v, system says %v", ge.ID, ge.Background, se.Background))
		}
		r.Status.Den++
		if er.StatusOK {
			r.Status.Num++
		} else {
			r.Notes = append(r.Notes, fmt.Sprintf("event %s: status %s, system says %q", ge.ID, ge.Status, se.Status))
		}
		for _, m := range er.Missing {
			r.Notes = append(r.Notes, fmt.Sprintf("event %s (→ %s): missing %s: %q", ge.ID, se.ID, m.Source, m.Text))
		}
		for _, x := range er.Extra {
			r.Notes = append(r.Notes, fmt.Sprintf("event %s (→ %s): extra %s", ge.ID, se.ID, x))
		}
		r.Events = append(r.Events, er)
	}

	// Event precision: system story events aligned to any gold event.
	for si, e := range t.Events {
		if e.Background {
			continue
		}
		r.EventPrecision.Den++
		if sysTo[si] >= 0 {
			r.EventPrecision.Num++
		} else {
			first := ""
			if len(e.Evidence) > 0 {
				first = e.Evidence[0].Source + ": " + clip(e.Evidence[0].Text, 80)
			}
			r.Notes = append(r.Notes, fmt.Sprintf("clutter: system event %s %q (%d evidence) %s", e.ID, e.Title, len(e.Evidence), first))
		}
	}

	// Pairwise order over aligned story events with an order.
	for a := range g.Events {
		for b := a + 1; b < len(g.Events); b++ {
			ga, gb := &g.Events[a], &g.Events[b]
			if ga.Background || gb.Background || ga.Order == nil || gb.Order == nil || *ga.Order == *gb.Order {
				continue
			}
			sa, sb := goldTo[a], goldTo[b]
			if sa < 0 || sb < 0 {
				continue
			}
			r.Order.Den++
			if (*ga.Order < *gb.Order) == (rank(sa) < rank(sb)) && rank(sa) != rank(sb) {
				r.Order.Num++
			} else {
				first, second := ga, gb
				if *gb.Order < *ga.Order {
					first, second = gb, ga
				}
				r.Notes = append(r.Notes, fmt.Sprintf("order: %s should come before %s", first.ID, second.ID))
			}
		}
	}

	// Sources of a set of evidence and outlets.
	sourcesOf := func(evs []timeline.Evidence, outlets []string) map[string]bool {
		set := map[string]bool{}
		for _, ev := range evs {
			set[ev.Source] = true
		}
		for _, o := range outlets {
			for _, id := range outletSources[o] {
				set[id] = true
			}
		}
		return set
	}

	// Disagreements.
	used := map[[2]int]bool{}   // (system event, disagreement index) matched
	storyUsed := map[int]bool{} // story-wide disagreement index matched
	for _, gd := range g.Disagreements {
		r.DisagreementR.Den++
		found := false
		for _, alt := range strings.Split(gd.Event, "|") {
			gi := indexOf(g, alt)
			if gi < 0 || goldTo[gi] < 0 {
				continue
			}
			se := &t.Events[goldTo[gi]]
			for di, d := range se.Disagreements {
				if !factOK(gd.Fact, d.Fact) || (gd.Verdict != "" && gd.Verdict != d.Verdict) {
					continue
				}
				if !sidesMatch(d.Sides, gd, sourcesOf) {
					continue
				}
				found = true
				used[[2]int{goldTo[gi], di}] = true
			}
		}
		if !found {
			// a story-wide disagreement (Timeline.Disagreements) finds it
			// too: the same fact, told across events
			for di, d := range t.Disagreements {
				if factOK(gd.Fact, d.Fact) && (gd.Verdict == "" || gd.Verdict == d.Verdict) && sidesMatch(d.Sides, gd, sourcesOf) {
					found = true
					storyUsed[di] = true
				}
			}
		}
		if found {
			r.DisagreementR.Num++
		} else {
			r.Notes = append(r.Notes, fmt.Sprintf("missed disagreement: %s %s among %s", gd.Event, gd.Fact, strings.Join(gd.Sources, ", ")))
		}
	}
	for si, e := range t.Events {
		if sysTo[si] < 0 {
			continue
		}
		for di, d := range e.Disagreements {
			hit := used[[2]int{si, di}]
			if !hit && d.Verdict == "compatible" {
				continue
			}
			r.DisagreementP.Den++
			if hit {
				r.DisagreementP.Num++
			} else {
				r.Notes = append(r.Notes, fmt.Sprintf("unexpected disagreement on %s (gold %s): %s %s", e.ID, g.Events[sysTo[si]].ID, d.Fact, clip(d.Note, 80)))
			}
		}
	}

	for di, d := range t.Disagreements {
		if d.Verdict != "conflicting" {
			continue
		}
		r.DisagreementP.Den++
		if storyUsed[di] {
			r.DisagreementP.Num++
		} else {
			r.Notes = append(r.Notes, fmt.Sprintf("unexpected story-wide disagreement: %s %s", d.Fact, clip(d.Note, 80)))
		}
	}

	// Quotes.
	type qinfo struct {
		sources map[string]bool
	}
	qs := make([]qinfo, len(t.Quotes))
	for i, q := range t.Quotes {
		var evs []timeline.Evidence
		var outs []string
		outs = append(outs, q.Outlets...)
		for _, v := range q.Versions {
			evs = append(evs, v.Evidence...)
			outs = append(outs, v.Outlets...)
		}
		qs[i].sources = sourcesOf(evs, outs)
	}
	quoteHas := func(i int, gq *GoldQuote) bool {
		if !speakerOK(t.Quotes[i].Speaker, gq) {
			return false
		}
		want := Norm(gq.Text)
		for _, v := range t.Quotes[i].Versions {
			if strings.Contains(Norm(v.Text), want) {
				return true
			}
		}
		return false
	}
	for gqi := range g.Quotes {
		gq := &g.Quotes[gqi]
		if gq.Optional {
			continue
		}
		r.QuoteR.Den++
		found, partial := false, false
		for i := range t.Quotes {
			if quoteHas(i, gq) {
				partial = true
				if covers(qs[i].sources, gq.Sources) {
					found = true
					break
				}
			}
		}
		switch {
		case found:
			r.QuoteR.Num++
		case partial:
			r.Notes = append(r.Notes, fmt.Sprintf("quote %s %q: found but not carried by all of %s", gq.Speaker, gq.Text, strings.Join(gq.Sources, ", ")))
		default:
			r.Notes = append(r.Notes, fmt.Sprintf("missed quote %s %q", gq.Speaker, gq.Text))
		}
	}
	for i, q := range t.Quotes {
		if len(qs[i].sources) < 2 {
			continue
		}
		hit, opt := false, false
		for gqi := range g.Quotes {
			if quoteHas(i, &g.Quotes[gqi]) {
				if g.Quotes[gqi].Optional {
					opt = true
				} else {
					hit = true
				}
			}
		}
		if opt && !hit {
			continue
		}
		r.QuoteP.Den++
		if hit {
			r.QuoteP.Num++
		} else {
			text := ""
			if len(q.Versions) > 0 {
				text = q.Versions[0].Text
			}
			r.Notes = append(r.Notes, fmt.Sprintf("unexpected shared quote %s: %q", q.Speaker, clip(text, 70)))
		}
	}

	// Forbidden evidence anywhere.
	check := func(where string, ev timeline.Evidence) {
		n := Norm(ev.Text)
		for _, f := range g.Forbidden {
			if itemMatches(f, ev.Source, n) {
				r.Forbidden = append(r.Forbidden, fmt.Sprintf("%s: %s: %q", where, ev.Source, clip(ev.Text, 70)))
			}
		}
	}
	for _, e := range t.Events {
		for _, ev := range e.Evidence {
			check("event "+e.ID, ev)
		}
		for _, d := range e.Disagreements {
			for _, s := range d.Sides {
				for _, ev := range s.Evidence {
					check("disagreement on "+e.ID, ev)
				}
			}
		}
	}
	for _, q := range t.Quotes {
		for _, v := range q.Versions {
			for _, ev := range v.Evidence {
				check("quote "+q.ID, ev)
			}
		}
	}
	for _, f := range r.Forbidden {
		r.Notes = append(r.Notes, "forbidden evidence: "+f)
	}
	return r
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func indexOf(g *Gold, id string) int {
	for i := range g.Events {
		if g.Events[i].ID == id {
			return i
		}
	}
	return -1
}

func factOK(gold, sys string) bool {
	for _, alt := range strings.Split(gold, "|") {
		if strings.EqualFold(strings.TrimSpace(alt), sys) {
			return true
		}
	}
	return false
}

// sidesMatch reports whether a system disagreement's sides cover a gold
// disagreement's sources and keep its sides apart.
func sidesMatch(ds []timeline.Side, gd GoldDisagreement, sourcesOf func([]timeline.Evidence, []string) map[string]bool) bool {
	var sides []map[string]bool
	all := map[string]bool{}
	for _, s := range ds {
		set := sourcesOf(s.Evidence, s.Outlets)
		sides = append(sides, set)
		for id := range set {
			all[id] = true
		}
	}
	return disagreementCovered(all, gd) && separated(sides, gd.Sides)
}

// disagreementCovered reports whether the sources on a system
// disagreement's sides cover a gold disagreement: all gold sources when it
// is strict or has no sides, else at least one source of every gold side.
func disagreementCovered(all map[string]bool, gd GoldDisagreement) bool {
	if gd.Strict || len(gd.Sides) == 0 {
		return covers(all, gd.Sources)
	}
	for _, side := range gd.Sides {
		ok := false
		for _, s := range side {
			ok = ok || all[s]
		}
		if !ok {
			return false
		}
	}
	return true
}

func covers(set map[string]bool, want []string) bool {
	for _, s := range want {
		if !set[s] {
			return false
		}
	}
	return true
}

// separated reports whether no system side holds sources of two different
// gold sides.
func separated(sides []map[string]bool, gold [][]string) bool {
	for _, side := range sides {
		groups := 0
		for _, gs := range gold {
			for _, s := range gs {
				if side[s] {
					groups++
					break
				}
			}
		}
		if groups > 1 {
			return false
		}
	}
	return true
}

func speakerOK(sys string, q *GoldQuote) bool {
	if q.Speaker == "*" {
		return true
	}
	n := Norm(sys)
	if n == "" {
		return false
	}
	for _, name := range append([]string{q.Speaker}, q.Aliases...) {
		if name != "" && strings.Contains(n, Norm(name)) {
			return true
		}
	}
	return false
}
