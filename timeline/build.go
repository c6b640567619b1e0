package timeline

import (
	"slices"
	"sort"
	"strings"
	"time"

	"storyline/data"
	"storyline/timeline/timex"
)

// The engine works in passes over the evidence sentences of a corpus (body
// and caption paragraphs only):
//
//  1. collect: tokens (with quotation state, one arena) and time
//     expressions (timex; short weekdays of timeline lists, "Sun 06:30";
//     the clock zone a section heading states, "Timeline (UTC)") of every
//     evidence sentence; sentences without a trigger skip names and, unless
//     they hold digits, time expressions;
//  2. findNames: people, organisations and places (entity) with a corpus
//     alias index;
//  3. storyDates: the story's main day and years, from stated full dates,
//     anchors and publication days;
//  4. findMentions: triggers from the embedded lexicon (lexicon/lexicon.yaml)
//     with kind, modality (happened, planned, cancelled, hypothetical,
//     negated), instance ("a second meeting"), background cues, participants,
//     agent, medium, place, duration, time, relation signals (before, after,
//     pre-, later, afterwards …) and passing references;
//  5. resolveTimes: days against publication time or the story day;
//     narrative expressions ("hours later") against the event reported
//     just before; mentions in other years are background;
//  6. cluster: mentions into events, blocked by family, kind, day,
//     participant and medium keys (no all-pairs comparison), kept apart by
//     day, phase (before/after another event), medium, agent, place,
//     instance and status; then an event one outlet alone reports a day
//     apart from the same happening in other outlets joins it
//     (mergeAcrossDates), so the date becomes a disagreement; a coming or
//     going one outlet alone tells next to another act of the same person
//     that day is the trip to that act (foldErrands);
//  7. order: a weighted temporal graph (dates, day ranges, clock times of
//     one zone class, relation signals, narrative order within an article
//     unless told newest first or contradicted by dates) broken into a
//     total order greedily, ties by day, phase and narrative position;
//  8. present: titles, summaries, time labels, durations, outlets, quotes
//     and disagreements (compare).

// engine holds the state of one Build.
type engine struct {
	lx        *lexicon
	c         *data.Corpus
	sents     []sentRec
	ms        []mention
	names     *nameIndex
	storyDay  int // days since epoch + 1 of the story's main day; 0 unknown
	spanFrom  int
	spanTo    int
	storyYrs  map[int]bool
	pubDay    []int  // per source, 0 unknown
	dayHeads  []bool // per source: told day by day under weekday headings ("## Wednesday")
	clusters  []*cluster
	topEntity string
	graph     *orderGraph
}

// Build makes the timeline of a corpus: it finds event mentions in the
// evidence sentences (body and caption paragraphs), clusters them across
// outlets into events, orders the events and presents each one with its
// time, place, participants and evidence. It is pure and deterministic.
func Build(c *data.Corpus) *Timeline {
	if c == nil {
		c = &data.Corpus{}
	}
	e := &engine{lx: mustLexicon(), c: c}
	e.mentions()
	e.cluster()
	e.mergeAcrossDates()
	e.foldErrands()
	order := e.order()
	return e.present(order)
}

// mentions reads the corpus's evidence sentences, its names and story
// dates, and finds every event mention with its time: all of Build before
// clustering.
func (e *engine) mentions() {
	e.collect()
	e.findNames()
	e.storyDates()
	e.detectMentions()
	e.resolveTimes()
}

// detectMentions finds the event mentions of every sentence, in two
// passes when an article decides the sense of a trigger word
// (articleSenses).
func (e *engine) detectMentions() {
	found := make([][]mention, len(e.sents))
	for i := range e.sents {
		found[i] = findMentions(e.lx, &e.sents[i], i, nil, e.anaphorKind(found, i))
	}
	e.articleSenses(found)
	for i := range e.sents {
		off := len(e.ms)
		for _, m := range found[i] {
			for k := range m.rels {
				if m.rels[k].target >= 0 {
					m.rels[k].target += off
				}
			}
			e.ms = append(e.ms, m)
		}
	}
}

// anaphorKind is the kind "the move" or "the decision" in sentence i may
// name again (see anaphorKind in mention.go), when the lexicon has
// anaphors and the sentence holds one.
func (e *engine) anaphorKind(found [][]mention, i int) int {
	if !anaphorIn(e.lx, e.sents[i].toks) {
		return -1
	}
	return anaphorKind(e.lx, e.sents, found, i)
}

// articleSenses finds again, with its article's senses, the mentions of
// each sentence holding a trigger word whose sense the article decides (one
// sense per article: "The strike goes on." in a report where porters
// walked out is no attack). An article establishes a kind by any mention of
// it outside quotes.
func (e *engine) articleSenses(found [][]mention) {
	if len(e.lx.discourse) == 0 {
		return
	}
	senses := make([][]bool, len(e.c.Sources))
	for i, ms := range found {
		for _, m := range ms {
			if m.quoted {
				continue
			}
			src := e.sents[i].src
			if senses[src] == nil {
				senses[src] = make([]bool, len(e.lx.kinds))
			}
			senses[src][m.kind] = true
		}
	}
	for i := range e.sents {
		s := &e.sents[i]
		if senses[s.src] == nil || !slices.ContainsFunc(s.toks, e.lx.discourseWord) {
			continue
		}
		found[i] = findMentions(e.lx, s, i, senses[s.src], e.anaphorKind(found, i))
	}
}

// collect gathers the evidence sentences of every source with tokens and
// time expressions.
func (e *engine) collect() {
	e.pubDay = make([]int, len(e.c.Sources))
	e.dayHeads = make([]bool, len(e.c.Sources))
	// one arena for the tokens of every sentence (about one per 5 bytes)
	size := 0
	for _, s := range e.c.Sources {
		if s != nil {
			size += len(s.Text)/5 + 1
		}
	}
	arena := make([]token, size)
	off := 0
	for si, s := range e.c.Sources {
		if s == nil {
			continue
		}
		if !s.Published.IsZero() {
			e.pubDay[si] = dayNum(s.Published)
		}
		var idx int
		first := len(e.sents)
		zone := "" // clock zone a section heading states ("Timeline (UTC)")
		days := 0  // weekday headings
		entry, stamp := false, -1
		for _, p := range s.Paragraphs {
			if p.Role == data.RoleHeading && p.Start >= 0 && p.End <= len(s.Text) && p.Start <= p.End {
				zone = headingZone(s.Text[p.Start:p.End])
				stamp, entry = stampClock(s.Text[p.Start:p.End])
				if weekdayHeading(s.Text[p.Start:p.End]) {
					days++
				}
			}
			if !p.Role.Evidence() {
				// a live blog's stamp on a line of its own ("23:42"), read
				// as page furniture, opens the entry under it
				if p.Role != data.RoleHeading && p.Start >= 0 && p.End <= len(s.Text) && p.Start <= p.End {
					if c, ok := stampClock(s.Text[p.Start:p.End]); ok {
						stamp, entry = c, true
					}
				}
				continue
			}
			inQuote := false
			entryAt := -1
			for j, st := range p.Sentences {
				if st.Start < 0 || st.End > len(s.Text) || st.Start > st.End {
					continue
				}
				text := s.Text[st.Start:st.End]
				var toks []token
				toks, inQuote = tokenizeInto(arena[off:off], text, inQuote)
				if len(toks) > 0 && off+len(toks) <= len(arena) && &toks[0] == &arena[off] {
					toks = toks[:len(toks):len(toks)]
					off += len(toks)
				}
				// (a sentence naming an act again, "The move came …", may
				// hold one too: see anaphorAt)
				active := maskTokens(e.lx, toks) || anaphorIn(e.lx, toks)
				// Time expressions matter for mentions and, in other
				// sentences, only as stated full dates (which have digits).
				var times []timex.Expr
				if active || strings.ContainsAny(text, "0123456789") {
					times = listWeekdays(toks, timex.Find(text))
				}
				e.sents = append(e.sents, sentRec{src: si, idx: idx, role: string(p.Role), text: text, start: st.Start, end: st.End,
					toks: toks, times: times, zone: zone, active: active, entry: entry, stamp: stamp, entryAt: entryAt})
				if c, ok := entryStamp(&e.sents[len(e.sents)-1]); ok && j == 0 {
					entryAt = c
				}
				idx++
			}
		}
		e.dayHeads[si] = days >= 2
		n := len(e.sents) - first
		for k := first; k < len(e.sents); k++ {
			if n > 1 {
				e.sents[k].pos = float64(k-first) / float64(n-1)
			}
		}
	}
}

// dayNum is the day number of t (days since 1970-01-01, plus one so that 0
// means unknown).
func dayNum(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()/86400) + 1
}

func dayTime(n int) time.Time {
	return time.Unix(int64(n-1)*86400, 0).UTC()
}

// storyDates finds the story's main day and span: stated full dates in the
// evidence, dates anchored in the sources, publication days.
func (e *engine) storyDates() {
	count := map[int]int{}
	years := map[int]int{}
	for _, s := range e.sents {
		for _, x := range s.times {
			if x.Kind == timex.KindDate && x.Year != 0 && x.Day != 0 {
				d := dayNum(time.Date(x.Year, time.Month(x.Month), x.Day, 0, 0, 0, 0, time.UTC))
				count[d] += 2
			}
		}
	}
	for si, s := range e.c.Sources {
		if s == nil {
			continue
		}
		for _, a := range s.Anchors {
			if !a.Date.IsZero() {
				count[dayNum(a.Date)] += 2
			}
		}
		if e.pubDay[si] != 0 {
			count[e.pubDay[si]]++
		}
	}
	best, bc := 0, 0
	days := make([]int, 0, len(count))
	for d := range count {
		days = append(days, d)
	}
	sort.Ints(days)
	for _, d := range days {
		if count[d] > bc {
			best, bc = d, count[d]
		}
	}
	e.storyDay = best
	e.storyYrs = map[int]bool{}
	e.spanFrom, e.spanTo = best, best
	for _, d := range days {
		y := dayTime(d).Year()
		years[y] += count[d]
	}
	for _, d := range days {
		if count[d] >= 2 || isPub(e.pubDay, d) {
			if d < e.spanFrom {
				e.spanFrom = d
			}
			if d > e.spanTo {
				e.spanTo = d
			}
			e.storyYrs[dayTime(d).Year()] = true
		}
	}
	// the publication days of a story extend its span to the days before
	if e.spanFrom != 0 {
		e.spanFrom -= 3
	}
}

func isPub(pub []int, d int) bool {
	for _, p := range pub {
		if p == d {
			return true
		}
	}
	return false
}

// resolveTimes resolves the time expression of each mention to a day and
// marks mentions from other times as background.
func (e *engine) resolveTimes() {
	// narr: per source, the day its narrative last reached (a stated date or
	// weekday of a reported event), for weekdays in a retrospective
	narr := map[int]int{}
	told := make([]bool, len(e.sents)) // sentences with a mention
	for _, m := range e.ms {
		told[m.sent] = true
	}
	next := 0 // the first sentence not yet passed
	for k := range e.ms {
		m := &e.ms[k]
		s := &e.sents[m.sent]
		for ; next < m.sent; next++ {
			if told[next] {
				continue
			}
			if d := e.statedPastDate(next); d != 0 {
				narr[e.sents[next].src] = d
			}
		}
		m.narrDay = narr[s.src]
		if m.status == StatusHappened && m.timeExpr >= 0 && scheduledPresent(s, m, s.times[m.timeExpr]) {
			m.status = StatusPlanned // "the campaign formally starts on 29 May"
			m.plannedCue = true
		}
		future := m.status == StatusPlanned || m.status == StatusCancelled && m.plannedCue ||
			m.continuing && m.plannedCue // "will remain closed on Friday"
		if future && m.timeExpr >= 0 && s.times[m.timeExpr].End <= s.toks[m.ti].start {
			// "On Friday night the airline said it would ground…": the time of the saying
			for _, t := range s.toks {
				if t.start >= s.times[m.timeExpr].End && t.end <= s.toks[m.ti].start && e.lx.speechVerbs[t.low] {
					future = false
				}
			}
		}
		if !future && m.timeExpr >= 0 && s.times[m.timeExpr].End <= s.toks[m.ti].start && pastPerfect(s, m.ti) &&
			wordBefore(s, s.times[m.timeExpr].Start) != "by" && !strings.HasPrefix(strings.ToLower(s.times[m.timeExpr].Text), "by ") {
			// "said on Monday it had rejected the approach": the day of the
			// saying; the rejection came before it
			for _, t := range s.toks {
				if t.end <= s.toks[m.ti].start && e.lx.speechVerbs[t.low] {
					m.timeExpr = -1
					break
				}
			}
		}
		if m.cancelVerb && m.timeExpr >= 0 && s.times[m.timeExpr].Start >= s.toks[m.tj-1].end &&
			!scheduledTime(s, s.times[m.timeExpr]) && wordBefore(s, s.times[m.timeExpr].Start) != "for" && !forTime(s.times[m.timeExpr]) {
			// "cancelled the demonstration on Tuesday afternoon": the day of
			// the cancelling, not of the demonstration
			if m.clockExpr >= 0 && s.times[m.clockExpr].Start >= s.times[m.timeExpr].Start-2 {
				m.clockExpr = -1
			}
			m.timeExpr = -1
		}
		if m.clockExpr >= 0 {
			m.clock = s.times[m.clockExpr].Clock
			m.clockZone = clockZone(s.times[m.clockExpr], s.zone)
			if m.clockZone == "" {
				m.part = clockPart(m.clock)
			}
		}
		if m.timeExpr >= 0 && s.times[m.timeExpr].Start >= s.toks[m.ti].end && possessiveAt(s, s.times[m.timeExpr].End) {
			// "a vote on next year's budget", "is expelling three envoys in
			// retaliation for yesterday's expulsions": the time of the thing
			// named after it; the act has no time of its own (a live blog's
			// present-tense entry still happens on the blog's day)
			m.timeExpr = -1
		}
		if m.timeExpr < 0 || s.times[m.timeExpr].Year == 0 && m.scopeYear != 0 {
			if m.scopeYear != 0 {
				m.year = m.scopeYear
				if len(e.storyYrs) > 0 && !e.storyYrs[m.year] {
					m.background = true
				}
			}
		}
		if m.timeExpr < 0 {
			if e.lx.kinds[m.kind].PubDay && m.status == StatusHappened && !m.background && m.year == 0 &&
				!pastPerfect(s, m.ti) && e.pubDay[s.src] != 0 {
				m.day = e.pubDay[s.src] // "shares fell 17% in early trading", in that day's report
				if m.narrDay != 0 && m.narrDay < e.pubDay[s.src]-1 && onTheDay(s) {
					// "the shares rose 4 per cent on the day" of the act
					// just told, in a piece written days after it
					m.day = m.narrDay
				}
			} else if m.status == StatusHappened && !m.background && m.year == 0 && e.pubDay[s.src] != 0 && !e.dayHeads[s.src] {
				switch {
				case (s.entry || !e.generic(m.kind) && entryStamped(s, m)) && presentTense(e.lx, s, m.ti):
					// "12:15 — The mayor arrives at the hall" (or an entry
					// under a heading "### 12:15"): a live blog's entry told
					// in the present happens on the blog's day (a recap in
					// the past tense, "the train derailed on Friday", does
					// not; nor does a generic saying after an inline stamp,
					// which may confirm an earlier act; under a stamp heading
					// the entry is the saying itself: "The mayor has put out
					// a statement")
					m.day = e.entryDay(s.src, s.stamp)
					if m.clockExpr < 0 && s.stamp >= 0 && s.zone == "" {
						m.clock = s.stamp // at the entry's stamp
						m.part = clockPart(m.clock)
					}
				case m.clockExpr >= 0 && !entryStamped(s, m):
					// "**09:20** — A strong aftershock hit at 09:12": a clock
					// time shortly before the entry's stamp is of the blog's day
					if at, ok := entryStamp(s); ok && m.clock <= at && at-m.clock <= 180 {
						m.day = e.pubDay[s.src]
					}
					// "**7:15** The strike is over. Negotiators left the
					// hall at 3 a.m.": a clock time of that night, told in
					// the entry after its stamp
					if at := s.entryAt; at >= 0 && m.clock <= at && at-m.clock <= 360 {
						m.day = e.pubDay[s.src]
					}
				}
			}
			continue
		}
		x := s.times[m.timeExpr]
		if !future && m.status == StatusHappened && x.Kind != timex.KindDate && x.Start >= s.toks[m.tj-1].end && saidBetween(s, m.tj, x.Start) {
			// "The procedure went well, the club said in an update on
			// Tuesday": the day of the telling bounds the act, it does
			// not date it
			if ref, ok := e.reference(s.src, false); ok {
				if d, ok := x.Resolve(ref, false); ok {
					m.notAfter = dayNum(d)
				}
			}
			m.timeExpr = -1
			continue
		}
		m.timeText = x.Text
		if p := dayPart(x.Part); p != "" {
			m.part = p
		}
		if x.Year != 0 {
			m.year = x.Year
		}
		if x.Kind == timex.KindRelative && x.Anchor == timex.AnchorNarrative && x.Offset.IsZero() && strings.HasPrefix(strings.ToLower(x.Text), "that ") {
			// "On Tuesday, guards moved the prisoners, and that evening the
			// president signed pardons": the day the sentence has named
			for i := m.timeExpr - 1; i >= 0; i-- {
				if y := s.times[i]; y.End <= x.Start && (y.Kind == timex.KindWeekday || y.Kind == timex.KindDate && y.Day != 0) {
					x = y
					break
				}
			}
		}
		if x.Kind == timex.KindRelative && x.Anchor == timex.AnchorNarrative {
			// "less than two hours later", "the next day": from the time of
			// the event the article reported just before
			e.narrativeTime(k, x)
			continue
		}
		if !future && scheduledTime(s, x) {
			// "a cruise ship that was due to call on Saturday has been
			// diverted": the day of the plan, read ahead of the article
			future = true
		}
		ref, ok := e.reference(s.src, future)
		if x.Kind == timex.KindRelative && !e.hasPublished(s.src) {
			ok = false // "today", "yesterday" need the article's own time
		}
		if ok {
			dayLevel := x.Kind == timex.KindDate && x.Day != 0 || x.Kind == timex.KindWeekday ||
				x.Kind == timex.KindRelative && (x.Unit == "day" || x.Unit == "hour" || x.Unit == "minute")
			if x.Kind == timex.KindDate && x.Year == 0 && x.Month != 0 && x.Day != 0 && !e.hasPublished(s.src) && e.storyDay != 0 {
				// no publication time: the year that puts the date nearest the story
				sd := dayTime(e.storyDay)
				best, bd := 0, 1<<30
				for y := sd.Year() - 1; y <= sd.Year()+1; y++ {
					t := time.Date(y, time.Month(x.Month), x.Day, 0, 0, 0, 0, time.UTC)
					if t.Day() != x.Day || x.Weekday >= 0 && x.Weekday <= 6 && int(t.Weekday()) != x.Weekday {
						continue
					}
					d := dayNum(t) - e.storyDay
					if d < 0 {
						d = -d
					}
					if d < bd {
						best, bd = dayNum(t), d
					}
				}
				if best != 0 {
					m.day = best
					continue
				}
			}
			d, ok := x.Resolve(ref, future)
			if ok && future && dayNum(d)-dayNum(ref) > 200 {
				d, ok = x.Resolve(ref, false) // "was to be argued on Dec. 12", told in January
			}
			if ok && x.Kind == timex.KindDate && x.Year == 0 && x.Day != 0 && (m.scopeYear == 0 || m.scopeYear != d.Year()) {
				d = nearDate(x, ref, d, future, deadlinePrep(wordBefore(s, x.Start)))
				if !strings.HasSuffix(s.toks[m.ti].low, "ed") {
					d = e.storyYearDate(x, ref, d, future)
				}
			}
			if ok && x.Kind == timex.KindWeekday && x.Mod == "" && !future {
				if e.dayHeads[s.src] {
					d = e.narrativeWeekday(x, d, narr[s.src])
				}
				if dir, ok := narrativeWeekdayWord(s, x); ok && m.narrDay != 0 {
					// "On the Monday after the match", "the following
					// Monday": the first such weekday after the day the
					// narrative has reached; "when the polls opened on the
					// Monday": that day or the first such one after it;
					// "the Monday before": the last such one before it
					n := dayTime(m.narrDay)
					if dir < 0 {
						gap := (int(n.Weekday()) - x.Weekday + 7) % 7
						if gap == 0 {
							gap = 7
						}
						d = n.AddDate(0, 0, -gap)
					} else {
						gap := (x.Weekday - int(n.Weekday()) + 7) % 7
						if dir > 0 && gap == 0 {
							gap = 7
						}
						d = n.AddDate(0, 0, gap)
					}
				} else if lastWeekBefore(s, x) {
					// "agreed last weekend after talks across Saturday and
					// Sunday": the days of the week the sentence names
					y := x
					y.Mod = "last week"
					if d2, ok2 := y.Resolve(ref, false); ok2 {
						d = d2
					}
				}
			}
			if ok && dayLevel {
				m.day = dayNum(d)
				m.dayStated = x.Kind == timex.KindDate && x.Year != 0
				if w := wordBefore(s, x.Start); !future && m.status == StatusHappened && !m.background && x.Kind == timex.KindDate &&
					e.pubDay[s.src] != 0 && m.day > e.pubDay[s.src]+1 && w != "until" && w != "till" {
					// "a further hearing on 12 May", in an article of 17
					// April: not yet held when it was written (but "closed
					// until 2 April" is a state already begun)
					m.status = StatusPlanned
					future = true
				}
				if (x.Kind == timex.KindDate || x.Kind == timex.KindWeekday) && !future && m.status == StatusHappened && !m.background {
					narr[s.src] = m.day
				}
			} else if from, to, ok := x.Period(ref, future); ok {
				if from.Year() == to.Year() && m.year == 0 {
					m.year = from.Year()
				}
				if dayNum(to)-dayNum(from) <= 92 {
					m.lo, m.hi = dayNum(from), dayNum(to)
				}
			}
		}
		if m.year != 0 && len(e.storyYrs) > 0 && !e.storyYrs[m.year] && !nearPlan(m, e.pubDay[s.src]) {
			m.background = true
		}
	}
	e.boundByRelations()
}

// nearPlanDays is how far ahead of its article a plan dated in a year the
// story has no dates in may lie and still be the story's next step.
const nearPlanDays = 92

// nearPlan reports whether a planned mention is dated within nearPlanDays
// after its article's day pub: "expect every service to be restored by the
// end of January", told in November, is the story's plan for the new
// year, not background from another year.
func nearPlan(m *mention, pub int) bool {
	if m.status != StatusPlanned || pub == 0 {
		return false
	}
	at := m.day
	if at == 0 {
		at = m.lo
	}
	return at > pub && at-pub <= nearPlanDays
}

// boundByRelations bounds undated happenings by the dated ones their
// sentence tells them before: "Colm Vey quit on Tuesday after a closed
// hearing" puts the hearing on Tuesday or earlier, never on Wednesday.
func (e *engine) boundByRelations() {
	for k := range e.ms {
		m := &e.ms[k]
		for _, r := range m.rels {
			if r.target < 0 || r.target >= len(e.ms) || r.typ == relDuring {
				continue
			}
			o := &e.ms[r.target]
			if o.sent != m.sent || m.status != StatusHappened || o.status != StatusHappened {
				continue
			}
			early, late := o, m // m after o
			if r.typ == relBefore {
				early, late = m, o
			}
			if early.day == 0 && late.day != 0 && (early.notAfter == 0 || late.day < early.notAfter) {
				early.notAfter = late.day
			}
		}
	}
}

// statedPastDate is the day of a full date (day and month) a sentence
// states, read back from its article's time and no later than it, within a
// month of the story's main day: how far the narrative has come even when
// the sentence tells no event the lexicon knows ("When officers stopped a
// clerk in a car park on Saturday 7 November, …"). 0 when there is none.
func (e *engine) statedPastDate(si int) int {
	s := &e.sents[si]
	ref, ok := e.reference(s.src, false)
	if !ok || e.storyDay == 0 {
		return 0
	}
	for _, x := range s.times {
		if x.Kind != timex.KindDate || x.Day == 0 || x.Month == 0 {
			continue
		}
		d, ok := x.Resolve(ref, false)
		if !ok {
			continue
		}
		if n := dayNum(d); n <= dayNum(ref) && n >= e.storyDay-31 && n <= e.storyDay+31 {
			return n
		}
	}
	return 0
}

// narrativeWeekday re-reads a bare past weekday in an article told day by
// day under weekday headings (the caller checks that): read
// against the article's date it lies a week or more after the day its
// narrative has reached (a reconstruction published a week later: "At 06:30
// on Monday 3 June … The crews reached the valley on Wednesday"), so it is the
// first such weekday on or after that day. The narrative day must lie near
// the story's main day, so a background date ("in March 2024") anchors
// nothing.
func (e *engine) narrativeWeekday(x timex.Expr, d time.Time, narrDay int) time.Time {
	if narrDay == 0 || x.Weekday < 0 || x.Weekday > 6 || dayNum(d)-narrDay < 7 ||
		e.storyDay == 0 || narrDay < e.storyDay-7 || narrDay > e.storyDay+7 {
		return d
	}
	n := dayTime(narrDay)
	return n.AddDate(0, 0, (x.Weekday-int(n.Weekday())+7)%7)
}

// forTime reports whether a time expression is written as the object of
// "for" ("for 26 November").
func forTime(x timex.Expr) bool {
	return strings.HasPrefix(strings.ToLower(x.Text), "for ")
}

// pastPerfect reports whether the trigger at token ti is a verb in the
// past perfect ("had rejected", "had already agreed").
func pastPerfect(s *sentRec, ti int) bool { return perfectBefore(s.toks, ti, false, "had", "'d") }

// perfectBefore reports whether one of auxes ("had"; "has", "have") opens
// the verb group of the trigger at ti: the trigger itself ("had been
// cancelled") or up to three words before it, past adverbs (and "been"
// when been is set: "has been restored").
func perfectBefore(toks []token, ti int, been bool, auxes ...string) bool {
	for k := ti; k >= 0 && k >= ti-3; k-- {
		w := toks[k].low
		if slices.Contains(auxes, w) {
			return true
		}
		if k == ti || been && w == "been" {
			continue
		}
		switch w {
		case "already", "just", "previously", "earlier", "also", "not", "never", "unanimously", "formally", "privately":
			continue
		}
		return false
	}
	return false
}

// entryStamped reports whether the mention's clock time is the time stamp
// that opens a live-blog entry ("12:15 — …").
func entryStamped(s *sentRec, m *mention) bool {
	return m.clockExpr >= 0 && stampAt(s, s.times[m.clockExpr])
}

// stampAt reports whether the clock time x opens the sentence as a
// live-blog entry's stamp ("12:15 — …").
func stampAt(s *sentRec, x timex.Expr) bool {
	if x.Kind != timex.KindClock || strings.Trim(s.text[:x.Start], " *_") != "" {
		return false // (a Markdown stamp is bold: "**12:15** —")
	}
	rest := strings.TrimLeft(s.text[x.End:], " *_")
	if strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ") {
		return true
	}
	// a bold stamp needs no dash: "**9.30am** The ferry has docked."
	lead := strings.TrimSpace(s.text[:x.Start])
	return (lead == "**" || lead == "__") && strings.HasPrefix(s.text[x.End:], lead+" ")
}

// entryDay is the day of a live blog's entry stamped at clock minutes
// (-1: not known) in source src: the page's publication day, or the day
// before when the stamp is later in the day than the page's last update
// (a page updated at 08:20 on Saturday holds Friday's 23:42 entry).
func (e *engine) entryDay(src, clock int) int {
	d := e.pubDay[src]
	if clock < 0 || d == 0 || src >= len(e.c.Sources) || e.c.Sources[src] == nil {
		return d
	}
	p := e.c.Sources[src].Published
	if e.c.Sources[src].PublishedInferred || p.Hour() == 0 && p.Minute() == 0 {
		return d
	}
	if clock > p.Hour()*60+p.Minute()+60 {
		return d - 1
	}
	return d
}

// entryStamp returns the clock time (minutes) of the stamp that opens the
// sentence's live-blog entry, if it has one.
func entryStamp(s *sentRec) (int, bool) {
	for _, x := range s.times {
		if stampAt(s, x) {
			return x.Clock, true
		}
	}
	return 0, false
}

// presentTense reports whether the clause of the trigger at ti is told in
// the present: the trigger is a verb in -s after its subject ("The mayor
// arrives"), or a present auxiliary stands shortly before it ("the box is
// opened", "has called an emergency meeting").
func presentTense(lx *lexicon, s *sentRec, ti int) bool {
	t := s.toks[ti]
	if strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && ti > 0 && s.toks[ti-1].word {
		// (a noun in -s after a determiner, a preposition or a number is no
		// verb: "the talks", "by 214 votes to 187")
		prev := s.toks[ti-1].low
		if _, num := timex.Number(prev); !lx.determiners[prev] && !lx.passingPrep[prev] && prev != "and" && prev != "in" && !num {
			return true
		}
	}
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		switch s.toks[k].low {
		case "is", "are", "has", "have", "'s", "'re", "'ve":
			return true
		case "was", "were", "had", "did", ",", ";", "—":
			return false
		}
	}
	return false
}

// nearDate corrects the year of a date written without one, resolved to d
// by tense: a weekday written with the date decides the year ("for Sunday
// 28 June"); a date set ahead (after "for", "by", "until": "has called an
// election for 28 June", "findings by 27 March", told in March) that reads
// many months back is taken as the same date within the next three months.
func nearDate(x timex.Expr, ref, d time.Time, future, forPrep bool) time.Time {
	other, ok := x.Resolve(ref, !future)
	if !ok {
		return d
	}
	if x.Weekday >= 0 && x.Weekday <= 6 && int(d.Weekday()) != x.Weekday && int(other.Weekday()) == x.Weekday {
		return other
	}
	if forPrep && !future && dayNum(ref)-dayNum(d) > 180 && dayNum(other)-dayNum(ref) <= 92 &&
		(x.Weekday < 0 || x.Weekday > 6 || int(other.Weekday()) == x.Weekday) {
		return other
	}
	return d
}

// storyYearDate moves a date written without a year, read as past but
// almost a year back and outside the story's years, to the reading ahead
// when that one is within two months and inside the story's years ("has
// called executives to a hearing on March 18", told on 10 March 2026 in a
// story of 2026). A past date in a story that spans the year before keeps
// its past reading ("free on bond since his arraignment on March 10"); the
// caller applies it only to mentions whose trigger is no past-tense verb
// ("he was arraigned on March 10" stays past).
func (e *engine) storyYearDate(x timex.Expr, ref, d time.Time, future bool) time.Time {
	if future || len(e.storyYrs) == 0 || e.storyYrs[d.Year()] || dayNum(ref)-dayNum(d) <= 300 {
		return d
	}
	other, ok := x.Resolve(ref, true)
	if !ok || !e.storyYrs[other.Year()] || dayNum(other)-dayNum(ref) > 60 ||
		x.Weekday >= 0 && x.Weekday <= 6 && int(other.Weekday()) != x.Weekday {
		return d
	}
	return other
}

// deadlinePrep reports whether a date after the word is a date set ahead:
// "set for 12 March", "findings by 27 March", "closed until 2 May".
func deadlinePrep(w string) bool {
	switch w {
	case "for", "by", "until", "till":
		return true
	}
	return false
}

// saidBetween reports whether a speech verb of an attribution stands
// between token from and the byte offset to (", the club said in an
// update on Tuesday").
func saidBetween(s *sentRec, from, to int) bool {
	for i := from; i < len(s.toks) && s.toks[i].end <= to; i++ {
		if s.toks[i].low != "said" && s.toks[i].low != "says" {
			continue
		}
		// the attribution is set off by a comma: ", <subject> said"
		for j := i - 1; j >= from && j >= i-5; j-- {
			if s.toks[j].text == "," {
				return j < i-1
			}
			if !s.toks[j].word {
				return false
			}
		}
		return false
	}
	return false
}

// lastWeekBefore reports whether "last week" or "last weekend" stands
// before the weekday x in its sentence, with no subordinating word between
// ("agreed last weekend after talks across Saturday and Sunday"): the
// weekday is of that week ("reopened on Tuesday …, where queues had formed
// last week" is not, nor is "the gang behind last week's attack has
// published the files, the council confirmed on Tuesday": a possessive
// dates the thing it names).
func lastWeekBefore(s *sentRec, x timex.Expr) bool {
	for _, t := range s.times {
		if w := strings.ToLower(t.Text); (w == "last week" || w == "last weekend") && t.End <= x.Start && !possessiveAt(s, t.End) &&
			!subordinatorBetween(s, tokenAt(s.toks, t.End), tokenAt(s.toks, x.Start)) {
			return true
		}
	}
	return false
}

// onTheDay reports whether the sentence says "on the day" with nothing
// after it naming which ("fell 4 per cent on the day"): the day the
// narrative has reached ("on the day of the vote" names another).
func onTheDay(s *sentRec) bool {
	for i := 0; i+2 < len(s.toks); i++ {
		if s.toks[i].low != "on" || s.toks[i+1].low != "the" || s.toks[i+2].low != "day" {
			continue
		}
		if i+3 < len(s.toks) {
			switch s.toks[i+3].low {
			case "of", "before", "after", "that", "when", "it", "he", "she", "they":
				continue
			}
		}
		return true
	}
	return false
}

// narrativeWeekdayWord reports whether the weekday x is told with "the",
// counted from the narrative's day rather than the article's date, and
// which way: "the Monday after the match" and "the following Monday" (dir
// 1: a later day), "when the polls opened on the Monday" (0: that day or the
// first such one after it), "the Monday before" and "the previous Monday"
// (-1: an earlier day).
func narrativeWeekdayWord(s *sentRec, x timex.Expr) (dir int, ok bool) {
	var prev []string // the two words before x, nearest first
	for i := len(s.toks) - 1; i >= 0 && len(prev) < 2; i-- {
		if t := s.toks[i]; t.end <= x.Start {
			if !t.word {
				break
			}
			prev = append(prev, t.low)
		}
	}
	if strings.HasPrefix(strings.ToLower(x.Text), "the ") {
		prev = append([]string{"the"}, prev...)
	}
	if len(prev) == 0 {
		return 0, false
	}
	switch prev[0] {
	case "following", "next":
		return 1, len(prev) > 1 && prev[1] == "the"
	case "previous", "preceding":
		return -1, len(prev) > 1 && prev[1] == "the"
	case "the":
	default:
		return 0, false
	}
	for _, t := range s.toks {
		if t.start >= x.End {
			switch t.low {
			case "after", "following":
				return 1, true
			case "before", "prior", "previous", "earlier":
				return -1, true
			}
			break
		}
	}
	return 0, true
}

// wordBefore is the lower-case word just before byte offset b of the
// sentence, or "" (punctuation stands there).
func wordBefore(s *sentRec, b int) string {
	w := ""
	for _, t := range s.toks {
		if t.end > b {
			break
		}
		if t.word {
			w = t.low
		} else {
			w = ""
		}
	}
	return w
}

// schedulePresent reports whether a word is a present-tense verb of a
// timetable: followed by a date, it tells a scheduled event ("the campaign
// starts on 29 May").
func schedulePresent(w string) bool {
	switch w {
	case "starts", "begins", "opens", "closes", "ends", "resumes", "kicks", "runs", "reconvenes", "convenes", "expires":
		return true
	}
	return false
}

// scheduledPresent reports whether a timetable verb in the present tense
// follows the trigger closely and the mention's date follows that verb
// ("The election campaign formally starts on 29 May"); a timeline list
// that puts the date first ("Sun 06:30 — Fire starts") is a report.
func scheduledPresent(s *sentRec, m *mention, x timex.Expr) bool {
	for k := m.tj; k < len(s.toks) && k <= m.tj+3; k++ {
		t := s.toks[k]
		if isClauseBreak(t) {
			return false
		}
		if schedulePresent(t.low) {
			return x.Start >= t.end && x.Start-t.end <= 12 && x.Kind == timex.KindDate
		}
	}
	return false
}

// possessiveAt reports whether a possessive "'s" follows byte offset b of
// the sentence.
func possessiveAt(s *sentRec, b int) bool {
	rest := s.text[b:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// scheduledTime reports whether a relative clause of scheduling ends in the
// time expression ("… that was due to call on Saturday", "which is
// scheduled for Friday"): the time is the one planned, read ahead of the
// article. (A reduced relative, "surgeries scheduled for Monday", keeps the
// reading by tense.)
func scheduledTime(s *sentRec, x timex.Expr) bool {
	last := -1
	for k, t := range s.toks {
		if t.end > x.Start {
			break
		}
		last = k
	}
	for k := last; k >= 0 && k > last-5; k-- {
		t := s.toks[k]
		if isClauseBreak(t) {
			return false
		}
		switch t.low {
		case "due", "scheduled", "slated", "planned":
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				switch s.toks[j].low {
				case "that", "which", "who":
					return true
				}
			}
			return false
		}
	}
	return false
}

func (e *engine) hasPublished(src int) bool {
	return src < len(e.c.Sources) && e.c.Sources[src] != nil && !e.c.Sources[src].Published.IsZero()
}

// reference is the time relative expressions of a source resolve against.
func (e *engine) reference(src int, future bool) (time.Time, bool) {
	if src < len(e.c.Sources) && e.c.Sources[src] != nil && !e.c.Sources[src].Published.IsZero() {
		return e.c.Sources[src].Published, true
	}
	if e.storyDay == 0 {
		return time.Time{}, false
	}
	if future {
		return dayTime(e.storyDay), true
	}
	// Without a publication time, a past weekday is taken within a few
	// days after the story's main day.
	return dayTime(e.storyDay + 3), true
}

func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) })
}

// narrativeTime resolves a relative expression anchored on the narrative
// ("hours later", "the next day", "two days earlier") against the nearest
// dated mention before it in the same article, within a few sentences.
func (e *engine) narrativeTime(k int, x timex.Expr) {
	m := &e.ms[k]
	s := &e.sents[m.sent]
	const reach = 3
	lw := lowerWords(x.Text)
	prep := len(lw) > 0 && (lw[len(lw)-1] == "after" || lw[len(lw)-1] == "before")
	if prep && x.End > s.toks[m.ti].start {
		return // "… later, after X": the expression relates something else
	}
	for j := k - 1; j >= 0; j-- {
		p := &e.ms[j]
		ps := &e.sents[p.sent]
		if ps.src != s.src || s.idx-ps.idx > reach {
			return
		}
		if p.day == 0 || p.background || p.passing || p.sent == m.sent && p.timeExpr == m.timeExpr {
			continue
		}
		if p.status != StatusHappened && m.status == StatusHappened && e.pubDay[ps.src] != 0 && p.day > e.pubDay[ps.src] {
			continue // "… a review on 9 May (ahead). Hours earlier the firm said …": not hours before a plan still to come
		}
		o := x.Offset
		if m.status == StatusPlanned && (o.Days < 0 || o.Hours < 0 || o.Minutes < 0 || x.Mod == "earlier") {
			return // "Hours earlier the firm said it would repay …": the time of the saying, not of the plan
		}
		if prep {
			// "on Friday, eight days after he was sentenced": the object of
			// the phrase is that far from the event reported before it
			if p.sent != m.sent {
				return
			}
			o.Days, o.Hours, o.Minutes = -o.Days, -o.Hours, -o.Minutes
		}
		switch x.Unit {
		case "minute", "hour":
			m.day = p.day
			if p.clock >= 0 && !x.Vague && m.clock < 0 {
				c := p.clock + o.Hours*60 + o.Minutes
				if c >= 0 && c < 24*60 {
					m.clock, m.clockZone = c, p.clockZone
				}
			}
		case "day":
			if x.Vague {
				return
			}
			m.day = p.day + o.Days
		default:
			return
		}
		if p.year != 0 && m.year == 0 {
			m.year = p.year
		}
		return
	}
}
