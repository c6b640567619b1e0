package compare

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speaker attribution strengths: how sure the speaker of a quote is.
const (
	strengthUnknown = -1 // tagged by someone we cannot name: no guessing
	strengthNone    = 0
	strengthWeak    = 1 // continuation of the previous quote, or the sentence subject
	strengthMedium  = 2 // a pronoun or description in the speech tag, resolved
	strengthStrong  = 3 // a name in the speech tag
)

// paragraph is the sentences of one paragraph laid out at their source
// offsets: text[i] is source byte start+i (gaps are spaces).
type paragraph struct {
	source, outlet string
	start          int
	text           string
	sents          []Sentence
}

// qspan is one quoted stretch of a paragraph (offsets into paragraph text,
// excluding the quote marks).
type qspan struct {
	open, close int // text between the marks: [open, close)
	markEnd     int // offset just after the closing mark (== close if none)
	markStart   int // offset of the opening mark
}

// unit is one sentence of quoted speech, the thing clustered.
type unit struct {
	order  int
	source string
	outlet string
	text   string // as written, trimmed
	key    string // normalised words joined by spaces
	toks   []string
	xtoks  []string // toks with contractions written out (expandContractions)
	// The words of the unit as ranks of a quoteVocab (see intern).
	ids        []int32 // toks
	xids       []int32 // xtoks
	set        []int32 // distinct xids, sorted
	stems      []int32 // distinct stems of the content words of xtoks, sorted
	nwords     int
	speaker    string
	strength   int
	short      bool // fewer than 3 words
	direct     bool // the quote stands as speech (tagged next to it)
	evidence   []Evidence
	spanSource [2]int // source offsets of the unit
	para, span int    // paragraph number (of the corpus) and quote span number (in the paragraph)
}

func quotes(sents []Sentence, names func(string) string) []Quote {
	paras := buildParagraphs(sents)
	p := newPeople()
	texts := make([]string, len(paras))
	for i, pa := range paras {
		texts[i] = pa.text
	}
	as := analyseAll(texts)
	for _, a := range as {
		p.learn(a)
	}
	var units []*unit
	var lastSource string
	st := &srcState{}
	for i, pa := range paras {
		if pa.source != lastSource {
			st = &srcState{}
			lastSource = pa.source
		}
		for _, u := range quoteUnits(pa, as[i], p, names, st, len(units)) {
			u.para = i
			units = append(units, u)
		}
	}
	return clusterQuotes(units)
}

// buildParagraphs groups sentences by source (in order of first
// appearance) and paragraph, laying each paragraph out at source offsets.
func buildParagraphs(sents []Sentence) []paragraph {
	srcOrder := map[string]int{}
	srcOf := make([]int, len(sents))
	order := make([]int, len(sents))
	norm := make([]Sentence, len(sents)) // with End = Start + len(Text), Start >= 0
	for i, s := range sents {
		if s.End-s.Start != len(s.Text) || s.Start < 0 {
			s.End = s.Start + len(s.Text)
		}
		if s.Start < 0 {
			s.Start, s.End = 0, len(s.Text)
		}
		norm[i] = s
		if _, ok := srcOrder[s.Source]; !ok {
			srcOrder[s.Source] = len(srcOrder)
		}
		srcOf[i] = srcOrder[s.Source]
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		if srcOf[x] != srcOf[y] {
			return cmp.Compare(srcOf[x], srcOf[y])
		}
		if norm[x].Para != norm[y].Para {
			return cmp.Compare(norm[x].Para, norm[y].Para)
		}
		return cmp.Compare(norm[x].Start, norm[y].Start)
	})
	sorted := make([]Sentence, len(sents))
	for k, i := range order {
		sorted[k] = norm[i]
	}
	var out []paragraph
	for a := 0; a < len(sorted); {
		// the sentences of one paragraph: one source and paragraph number,
		// in order, without overlap or a gap of more than 2,000 bytes
		first := sorted[a]
		b, end := a+1, first.End
		for b < len(sorted) {
			s := sorted[b]
			if s.Source != first.Source || s.Para != first.Para || s.Start < end || s.Start-end > 2000 {
				break
			}
			end = s.End
			b++
		}
		var sb strings.Builder
		sb.Grow(end - first.Start)
		end = first.Start
		for _, s := range sorted[a:b] {
			for k := end; k < s.Start; k++ {
				sb.WriteByte(' ')
			}
			sb.WriteString(s.Text)
			end = s.End
		}
		o := first.Outlet
		if o == "" {
			o = first.Source
		}
		out = append(out, paragraph{source: first.Source, outlet: o, start: first.Start, text: sb.String(), sents: sorted[a:b:b]})
		a = b
	}
	return out
}

// findSpans returns the top-level quoted stretches of a paragraph.
func findSpans(t string) []qspan {
	var out []qspan
	i := 0
	// a paragraph that closes a quote opened in the previous one
	if c := strings.Index(t, "”"); c >= 0 {
		if o := strings.Index(t, "“"); o < 0 || c < o {
			out = append(out, qspan{markStart: 0, open: 0, close: c, markEnd: c + len("”")})
			i = c + len("”")
		}
	}
	next := [len(quoteBytes)]int{-1, -1, -1, -1}
	for i < len(t) {
		if i = nextQuoteByte(t, i, &next); i >= len(t) {
			break
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == '“' || r == '„' || r == '«':
			closer := '”'
			if r == '«' {
				closer = '»'
			}
			depth, j := 1, i+w
			end, firstClose := -1, -1
			for j < len(t) {
				r2, w2 := utf8.DecodeRuneInString(t[j:])
				if r2 == r && r != '„' {
					depth++
				} else if r2 == closer || (r == '„' && r2 == '“') {
					if firstClose < 0 {
						firstClose = j
					}
					depth--
					if depth == 0 {
						end = j
						break
					}
				}
				j += w2
			}
			if end < 0 && firstClose >= 0 {
				// unbalanced (“A “B” C): close at the first closer
				end = firstClose
			}
			if end < 0 {
				out = append(out, qspan{markStart: i, open: i + w, close: len(t), markEnd: len(t)})
				return out
			}
			_, cw := utf8.DecodeRuneInString(t[end:])
			out = append(out, qspan{markStart: i, open: i + w, close: end, markEnd: end + cw})
			i = end + cw
			continue
		case r == '"':
			if !openerContext(t, i) {
				break
			}
			j := strings.IndexByte(t[i+1:], '"')
			if j < 0 {
				out = append(out, qspan{markStart: i, open: i + 1, close: len(t), markEnd: len(t)})
				return out
			}
			out = append(out, qspan{markStart: i, open: i + 1, close: i + 1 + j, markEnd: i + 2 + j})
			i = i + 2 + j
			continue
		case r == '‘' || r == '\'':
			if !openerContext(t, i) {
				break
			}
			if n, _ := utf8.DecodeRuneInString(t[i+w:]); !isWordRune(n) {
				break
			}
			if end := singleCloser(t, i+w); end > 0 {
				_, cw := utf8.DecodeRuneInString(t[end:])
				out = append(out, qspan{markStart: i, open: i + w, close: end, markEnd: end + cw})
				i = end + cw
				continue
			}
		}
		i += w
	}
	return out
}

// quoteBytes are the bytes that may start an opening quote mark: the
// ASCII double and single quotes, and the first bytes of “, „, ‘ (0xE2)
// and « (0xC2). No other byte starts one, and these bytes are never
// inside another rune.
const quoteBytes = "\"'\xC2\xE2"

// nextQuoteByte returns the offset of the first of quoteBytes in t at or
// after i, or len(t). next holds, per byte of quoteBytes, the offset of
// its next occurrence found so far (-1 before the first search), so
// that each byte is searched for once per stretch of text.
func nextQuoteByte(t string, i int, next *[len(quoteBytes)]int) int {
	first := len(t)
	for k := range len(quoteBytes) {
		if next[k] < i {
			next[k] = len(t)
			if j := strings.IndexByte(t[i:], quoteBytes[k]); j >= 0 {
				next[k] = i + j
			}
		}
		first = min(first, next[k])
	}
	return first
}

// openerContext reports whether a quote mark at i may open a quote: at the
// start, or after space, an opening bracket, a dash or a colon.
func openerContext(t string, i int) bool {
	if i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsSpace(p) || strings.ContainsRune("([{—–-:/", p)
}

// singleCloser finds the closing single quote of a quote opened before
// from: a ’ or ' not inside a word, preferring one after sentence
// punctuation. Returns -1 when there is none.
func singleCloser(t string, from int) int {
	fallback := -1
	for j := from; j < len(t); {
		r, w := utf8.DecodeRuneInString(t[j:])
		if r == '’' || r == '\'' {
			next, _ := utf8.DecodeRuneInString(t[j+w:])
			prev, _ := utf8.DecodeLastRuneInString(t[:j])
			if j+w >= len(t) || !isWordRune(next) {
				if strings.ContainsRune(".,!?;:…", prev) || j+w >= len(t) || strings.ContainsRune(".,!?;:)", next) {
					return j
				}
				if fallback < 0 && prev != 's' && isWordRune(prev) {
					fallback = j
				}
			}
		}
		if r == '“' || r == '"' && j > from && openerContext(t, j) {
			break
		}
		j += w
	}
	return fallback
}

// srcState carries attribution state across paragraphs of one source.
type srcState struct {
	lastSubject   string // resolved subject of the latest sentence with a person mention
	lastSpeaker   string // speaker of the latest quote
	lastQuoteSent int    // global sentence number of the latest quote
	sentNo        int    // sentence counter of the source
	recent        []string
	lastNamedSent int // global sentence number of the latest sentence naming a person outside quotes
}

type rmention struct {
	mention
	resolved string
	inQuote  bool
	sent     int // index into paragraph sentences
}

func (st *srcState) touch(name string) {
	if name == "" {
		return
	}
	for i, n := range st.recent {
		if n == name {
			st.recent = append(st.recent[:i], st.recent[i+1:]...)
			break
		}
	}
	st.recent = append(st.recent, name)
}

// appositiveName returns the name set off by commas right after the
// description raw[i] ("the office's chief investigator, Jane Doe, said",
// "said the fund's chief officer, Jane Doe.";
// the description may end before the last words of its noun phrase).
func appositiveName(t string, raw []mention, i int) (string, bool) {
	if i+1 >= len(raw) {
		return "", false
	}
	d, n := raw[i], raw[i+1]
	if n.Name == "" || n.Org || n.Possessive || n.Start < d.End || n.End > len(t) {
		return "", false
	}
	if rest := strings.TrimLeft(t[n.End:], " "); rest != "" && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ".") {
		return "", false
	}
	// the rest of the noun phrase ("chief [investment officer]"), then the
	// comma
	between := strings.TrimSpace(t[d.End:n.Start])
	if !strings.HasSuffix(between, ",") {
		return "", false
	}
	words := 0
	for _, tk := range tokenize(between[:len(between)-1]) {
		if !tk.Word || isCap(tk.Text) {
			return "", false
		}
		words++
	}
	return n.Name, words <= 3
}

// resolveDesc resolves a description to a person by the words of the
// titles seen before their names: this source's recently named people
// first; if none of them matches, the one person of the corpus whose
// titles match best; else nobody ("" — the tag then names someone
// unknown, and the speaker is left empty rather than guessed).
func resolveDesc(desc []string, p *people, st *srcState) string {
	score := func(full string) int {
		s := 0
		for k, d := range desc {
			for _, w := range p.titles[full] {
				if wordMatch(d, w) {
					if k == len(desc)-1 {
						s++
					} else {
						s += 2
					}
					break
				}
			}
		}
		return s
	}
	best, bestScore := "", 0
	for i := len(st.recent) - 1; i >= 0; i-- {
		cand := st.recent[i]
		if s := score(p.resolveName(cand)); s > bestScore {
			best, bestScore = cand, s
		}
	}
	if best != "" {
		return best
	}
	// corpus-wide: a unique best match
	tie := false
	for _, full := range p.full {
		s := score(full)
		switch {
		case s > bestScore:
			best, bestScore, tie = full, s, false
		case s == bestScore && s > 0:
			tie = true
		}
	}
	if best != "" && !tie && bestScore >= 2 {
		return best
	}
	// no title matches: someone the corpus does not name ("the pilot
	// said"), not a guess from the context
	return ""
}

func quoteUnits(pa paragraph, a *analysis, p *people, names func(string) string, st *srcState, base int) []*unit {
	t := pa.text
	spans := findSpans(t)
	// inQuote reports whether off lies inside any quote span: spans sorted
	// by opening offset with a running maximum of closing offsets, so each
	// look-up is a binary search (off is inside some span opened at or
	// before it exactly when the furthest close among those is past it).
	byOpen := slices.Clone(spans)
	slices.SortStableFunc(byOpen, func(x, y qspan) int { return x.open - y.open })
	maxClose := make([]int, len(byOpen))
	for i, sp := range byOpen {
		maxClose[i] = sp.close
		if i > 0 && maxClose[i-1] > sp.close {
			maxClose[i] = maxClose[i-1]
		}
	}
	inQuote := func(off int) bool {
		i := sort.Search(len(byOpen), func(i int) bool { return byOpen[i].open > off }) - 1
		return i >= 0 && maxClose[i] > off
	}
	// sentOf is the sentence holding off: binary search, since a hostile
	// paragraph may hold thousands of sentences and quotes.
	sentOf := func(off int) int {
		i := sort.Search(len(pa.sents), func(i int) bool { return off < pa.sents[i].End-pa.start })
		return min(i, len(pa.sents)-1)
	}
	// a quote left open runs at most to the end of the sentence after the
	// one it opens in (the paragraph split may be unknown)
	for k := range spans {
		if spans[k].close == len(t) && spans[k].markEnd == len(t) {
			last := min(sentOf(spans[k].open)+1, len(pa.sents)-1)
			if e := pa.sents[last].End - pa.start; e < spans[k].close && e > spans[k].open {
				spans[k].close, spans[k].markEnd = e, e
			}
		}
	}
	canon := func(n string) string {
		if n == "" {
			return ""
		}
		return names(p.resolveName(n))
	}
	// Resolve mentions in order.
	raw := p.mentions(a)
	ms := make([]rmention, 0, len(raw))
	// per sentence of the paragraph: its subject; its topic, the owner
	// opening a sentence without a named subject ("Smith's final speech
	// was personal."), the subject a later pronoun refers to when the
	// sentence has none; whether it names someone
	sentSubject := make([]string, len(pa.sents))
	sentTopic := make([]string, len(pa.sents))
	namedSent := make([]bool, len(pa.sents))
	subjectOf := func(sent int) string {
		if sent < 0 {
			return ""
		}
		if s := sentSubject[sent]; s != "" {
			return s
		}
		return sentTopic[sent]
	}
	sentBase := st.sentNo
	curSent := -1
	for ri, m := range raw {
		rm := rmention{mention: m, inQuote: inQuote(m.Start), sent: sentOf(m.Start)}
		if rm.sent != curSent {
			// entering a new sentence: the previous sentence's subject
			// becomes the source's last subject
			if s := subjectOf(curSent); s != "" {
				st.lastSubject = s
			}
			curSent = rm.sent
		}
		if rm.inQuote {
			ms = append(ms, rm)
			continue
		}
		switch {
		case m.Org:
			rm.resolved = names(m.Name)
		case m.Name != "":
			rm.resolved = canon(m.Name)
		case m.Pronoun:
			if s := subjectOf(rm.sent); s != "" && !m.Object {
				rm.resolved = s
			} else {
				rm.resolved = st.lastSubject
			}
		case m.Desc != nil:
			if n, ok := appositiveName(t, raw, ri); ok {
				// "the fund's chief officer, Jane Doe, said": the
				// description is the named person
				rm.resolved = canon(n)
			} else {
				rm.resolved = canon(resolveDesc(m.Desc, p, st))
			}
		}
		if m.Org {
			ms = append(ms, rm)
			continue
		}
		if m.Name != "" && rm.resolved != "" {
			namedSent[rm.sent] = true
		}
		if m.Possessive && m.Name != "" && rm.resolved != "" && !m.Object && sentTopic[rm.sent] == "" &&
			strings.TrimLeft(t[max(0, min(pa.sents[rm.sent].Start-pa.start, m.Start)):m.Start], " “\"‘'(") == "" {
			sentTopic[rm.sent] = rm.resolved
		}
		if rm.resolved != "" && !m.Object && !m.Possessive {
			if sentSubject[rm.sent] == "" || m.Name != "" && trailingTag(t, m.Start, m.End) {
				// (", Dr Lurk told the Chronicle." ends a sentence whose
				// speaker a "she said" after it refers to)
				sentSubject[rm.sent] = rm.resolved
			}
			if m.Name != "" {
				// as the corpus writes it: resolveDesc looks the name up
				// in p.titles and its result is canonicalised once
				st.touch(p.resolveName(m.Name))
			}
		}
		ms = append(ms, rm)
	}
	toks := a.toks
	// Mentions in text order (the windows below search by offset).
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	// namedBefore[k] is the last sentence before k that names someone, or -1.
	namedBefore := make([]int, len(pa.sents))
	for k, last := 0, -1; k < len(pa.sents); k++ {
		namedBefore[k] = last
		if namedSent[k] {
			last = k
		}
	}
	var out []*unit
	var spanSpeaker []string
	for qi, sp := range spans {
		sent := sentOf(sp.markStart)
		sentStart := pa.sents[sent].Start - pa.start
		sentEnd := pa.sents[sentOf(max(sp.markEnd-1, sp.markStart))].End - pa.start
		prevBound := sentStart
		if qi > 0 && spans[qi-1].markEnd > prevBound {
			prevBound = spans[qi-1].markEnd
		}
		nextBound := sentEnd
		if qi+1 < len(spans) && spans[qi+1].markStart < nextBound {
			nextBound = spans[qi+1].markStart
		}
		prevSpeaker := ""
		if qi > 0 && sentOf(spans[qi-1].markStart) == sent {
			prevSpeaker = spanSpeaker[qi-1]
		}
		// attribute reads only the quote's own sentences: hand it that
		// window of tokens and mentions (both sorted by offset).
		wt := toks[sort.Search(len(toks), func(i int) bool { return toks[i].Start() >= sentStart }):]
		wt = wt[:sort.Search(len(wt), func(i int) bool { return wt[i].Start() >= sentEnd })]
		wm := ms[sort.Search(len(ms), func(i int) bool { return ms[i].Start >= sentStart }):]
		wm = wm[:sort.Search(len(wm), func(i int) bool { return wm[i].Start >= sentEnd })]
		speaker, strength, direct := attribute(t, wt, wm, sp, prevBound, nextBound, sentStart, prevSpeaker)
		unknownTag := strength == strengthUnknown
		spanSpeaker = append(spanSpeaker, "")
		gsent := sentBase + sent
		lastNamed := st.lastNamedSent
		if k := namedBefore[sent]; k >= 0 {
			lastNamed = sentBase + k
		}
		if strength == strengthUnknown {
			strength = strengthNone
		} else if speaker == "" && st.lastSpeaker != "" && gsent-st.lastQuoteSent <= 2 && st.lastQuoteSent >= lastNamed {
			speaker, strength = st.lastSpeaker, strengthWeak
		}
		if speaker == "" && strength == strengthNone && !unknownTag {
			if s := sentSubject[sent]; s != "" {
				speaker, strength = s, strengthWeak
			} else if st.lastSubject != "" {
				speaker, strength = st.lastSubject, strengthWeak
			}
		}
		if speaker != "" {
			spanSpeaker[qi] = speaker
			st.lastSpeaker = speaker
			st.lastQuoteSent = sentBase + sentOf(max(sp.markEnd-1, sp.markStart))
		}
		for _, u := range splitUnits(t, sp) {
			u.order = base + len(out)
			u.source, u.outlet = pa.source, pa.outlet
			u.speaker, u.strength, u.direct = speaker, strength, direct
			u.span = qi
			u.spanSource = [2]int{pa.start + u.spanSource[0], pa.start + u.spanSource[1]}
			first := sort.Search(len(pa.sents), func(i int) bool { return pa.sents[i].End > u.spanSource[0] })
			for _, s := range pa.sents[first:] {
				if s.Start >= u.spanSource[1] {
					break
				}
				ts, te := max(u.spanSource[0], s.Start)-s.Start, min(u.spanSource[1], s.End)-s.Start
				u.evidence = append(u.evidence, Evidence{Source: s.Source, Outlet: pa.outlet, Text: s.Text, Start: s.Start, End: s.End, Role: s.Role, Main: true, TriggerStart: ts, TriggerEnd: te})
			}
			out = append(out, u)
		}
	}
	if s := subjectOf(curSent); s != "" {
		st.lastSubject = s
	}
	for k := len(pa.sents) - 1; k >= 0; k-- {
		if namedSent[k] {
			st.lastNamedSent = sentBase + k
			break
		}
	}
	st.sentNo += len(pa.sents)
	return out
}

// trailingTag reports whether the name at t[start:end] is the subject of a
// speech tag set off by a comma (", Dr Hedda Lurk told the Chronicle", ",
// Colm Vey said on Monday").
func trailingTag(t string, start, end int) bool {
	rest := strings.TrimLeft(t[end:], " ")
	verb := false
	for _, v := range []string{"told ", "said ", "said.", "says ", "says.", "tells "} {
		verb = verb || strings.HasPrefix(rest, v)
	}
	if !verb {
		return false
	}
	// title words between the comma and the name: ", Dr Hedda Lurk told"
	before := strings.TrimRight(t[:start], " ")
	for {
		k := strings.LastIndexAny(before, " ,")
		w := before[k+1:]
		if w == "" || !titleWords[strings.ToLower(strings.TrimSuffix(w, "."))] {
			break
		}
		before = strings.TrimRight(before[:k+1], " ")
	}
	return strings.HasSuffix(before, ",")
}

// attribute finds the speaker of one quote span: a "Name:" lead, a speech
// tag right before the quote, a tag right after it, or a speech verb
// earlier in the sentence. direct is true when the tag sits next to the
// quote (the quote is speech, not a term).
func attribute(t string, toks []token, ms []rmention, sp qspan, prevBound, nextBound, sentStart int, prevSpeaker string) (string, int, bool) {
	strengthOf := func(m rmention) int {
		if m.Name != "" {
			return strengthStrong
		}
		return strengthMedium
	}
	// subjectBefore finds the subject of the speech verb at token index v:
	// a mention right before it ("Smith claimed", "the French leader
	// replied", "Smith later told"); otherwise the first mention of its
	// clause (after the sentence start or a subordinating word), which
	// skips appositives and objects ("Jane Doe, who … with Smith …,
	// said"; "Doe, standing beside Smith, …, saying").
	subjectBefore := func(from int, v int) (rmention, bool) {
		verb := toks[v]
		// directly before: at most two lower-case words (adverbs) between
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.End > verb.Start() || m.inQuote || m.resolved == "" {
				continue
			}
			if m.Start < from {
				break
			}
			gap := 0
			ok := true
			var between []token
			for k := v - 1; k >= 0 && toks[k].Start() >= m.End; k-- {
				between = append(between, toks[k])
			}
			if len(between) == 1 && between[0].Text == "," {
				// appositive: "His attorney, Nora Field, said"
				between = nil
			}
			for _, tk := range between {
				w := tk.Norm
				if !tk.Word || w == "and" || w == "but" || w == "who" || w == "which" {
					ok = false
					break
				}
				gap++
			}
			if ok && gap <= 2 && !m.Possessive && !m.Object {
				return m, true
			}
			break
		}
		// clause start: the last subordinating word before the verb
		cs := from
		for k := v - 1; k >= 0 && toks[k].Start() >= from; k-- {
			if toks[k].is(vSubord) {
				cs = toks[k].End()
				break
			}
		}
		for _, start := range []int{cs, from} {
			for _, m := range ms {
				if m.Start >= start && m.End <= verb.Start() && !m.inQuote && !m.Possessive && !m.Object && m.resolved != "" {
					return m, true
				}
			}
		}
		return rmention{}, false
	}
	mentionAt := func(from, to int) (rmention, bool) {
		for _, m := range ms {
			if m.Start >= from && m.End <= to && !m.inQuote && !m.Possessive && m.resolved != "" {
				return m, true
			}
		}
		return rmention{}, false
	}
	// "Name:" lead-in.
	lead := strings.TrimRight(t[prevBound:sp.markStart], " ")
	if strings.HasSuffix(lead, ":") {
		colon := prevBound + len(lead) - 1
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.End <= colon && m.Start >= prevBound && !m.inQuote && m.resolved != "" {
				if strings.TrimSpace(t[m.End:colon]) == "" {
					return m.resolved, strengthOf(m), true
				}
				break
			}
		}
	}
	// Tokens before the quote (in the clause) and after it.
	var before, after []int
	for i, tk := range toks {
		if tk.Start() >= prevBound && tk.End() <= sp.markStart {
			before = append(before, i)
		}
		if tk.Start() >= sp.markEnd && tk.End() <= nextBound {
			after = append(after, i)
		}
	}
	// tagged: a speech tag sits next to the quote but names nobody we can
	// resolve ("a pilot said", "the utility said"); then the speaker is
	// unknown rather than guessed from the context.
	tagged := false
	// Adjacent tag before: a speech verb with at most 4 words between it
	// and the quote.
	words := 0
	for k := len(before) - 1; k >= 0; k-- {
		tk := toks[before[k]]
		if !tk.Word {
			continue
		}
		if tk.is(vSpeech) {
			if prevSpeaker != "" && strings.HasSuffix(tk.Norm, "ing") {
				// "…,” Smith said, adding: “…”
				return prevSpeaker, strengthMedium, true
			}
			if tk.Norm == "according" {
				// "According to Smith, “…”"
				if m, ok := mentionAt(tk.End(), sp.markStart); ok {
					return m.resolved, strengthOf(m), true
				}
				break
			}
			if m, ok := subjectBefore(sentStart, before[k]); ok {
				lead := strings.TrimRight(t[tk.End():sp.markStart], " ")
				direct := lead == "" || strings.HasSuffix(lead, ",") || strings.HasSuffix(lead, ":")
				return m.resolved, strengthOf(m), direct
			}
			tagged = true // "a pilot can be heard saying: “…”"
			break
		}
		words++
		if words > 4 {
			break
		}
	}
	inner := strings.TrimRight(t[sp.open:sp.close], " ")
	afterDirect := strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") || strings.HasPrefix(strings.TrimLeft(t[sp.markEnd:nextBound], " "), ",")
	// Tag after: a speech verb among the first 5 words after the quote,
	// its subject before it (", he said") or right after it (", said X").
	words = 0
	for n, k := range after {
		tk := toks[k]
		if !tk.Word {
			continue
		}
		// names and titles do not count: "…,” National Safety Board
		// chair Jane Doe told reporters"
		if lw := tk.Norm; !(isCap(tk.Text) || tk.is(vTitle|vRole) || lw == "the" || lw == "a" || lw == "an") || tk.is(vSpeech) {
			words++
		}
		if words > 5 || n > 14 {
			break
		}
		if tk.is(vSpeech) {
			if m, ok := mentionAt(sp.markEnd, tk.Start()); ok {
				return m.resolved, strengthOf(m), afterDirect
			}
			reach := 6
			if tk.Norm == "according" {
				reach = 30 // "according to inspector Jane Doe"
			}
			if m, ok := mentionAt(tk.End(), nextBound); ok && (m.Start-tk.End() <= reach || titlesOnly(t[tk.End():m.Start]) || roleOnly(t[tk.End():m.Start])) && words == 1 {
				return m.resolved, strengthOf(m), afterDirect
			}
			tagged = true // "“…,” said one nurse"
			break
		}
	}
	// A speech verb earlier in the sentence.
	for k := len(before) - 1; k >= 0; k-- {
		tk := toks[before[k]]
		if tk.Word && tk.is(vSpeech) {
			if m, ok := subjectBefore(sentStart, before[k]); ok {
				return m.resolved, strengthMedium, false
			}
			tagged = true // "The utility said in a statement that it “…”"
		}
	}
	if tagged {
		return "", strengthUnknown, false
	}
	return "", strengthNone, false
}

var unitAbbrev = toSet(`mr mrs ms dr st jr sr vs no gen gov sen rep prof lt col sgt capt`)

// splitUnits splits the text of a quote span into sentences of speech.
// Pieces of fewer than 3 words join their neighbour.
func splitUnits(t string, sp qspan) []*unit {
	body := t[sp.open:sp.close]
	var cuts []int // offsets in body where a new sentence starts
	for i := 0; i < len(body); {
		r, w := utf8.DecodeRuneInString(body[i:])
		if r == '.' || r == '?' || r == '!' || r == '…' {
			j := i + w
			for j < len(body) {
				r2, w2 := utf8.DecodeRuneInString(body[j:])
				if r2 == '.' || r2 == '?' || r2 == '!' || r2 == '"' || r2 == '’' || r2 == '\'' || r2 == '”' || r2 == ')' {
					j += w2
					continue
				}
				break
			}
			if j < len(body) && body[j] == ' ' {
				k := j
				for k < len(body) && body[k] == ' ' {
					k++
				}
				nr, _ := utf8.DecodeRuneInString(body[k:])
				if k < len(body) && (unicode.IsUpper(nr) || nr == '“' || nr == '"') && !abbrevBefore(body[:i+w]) {
					cuts = append(cuts, k)
				}
			}
			i = j
			continue
		}
		i += w
	}
	bounds := append([]int{0}, cuts...)
	bounds = append(bounds, len(body))
	type piece struct{ s, e, n int }
	var ps []piece
	for i := 0; i+1 < len(bounds); i++ {
		s, e := bounds[i], bounds[i+1]
		ps = append(ps, piece{s, e, countWords(body[s:e])})
	}
	// merge short pieces into the next (or the previous, if last)
	for i := 0; i < len(ps); {
		if ps[i].n >= 3 || len(ps) == 1 {
			i++
			continue
		}
		if i+1 < len(ps) {
			ps[i+1] = piece{ps[i].s, ps[i+1].e, ps[i].n + ps[i+1].n}
		} else {
			ps[i-1] = piece{ps[i-1].s, ps[i].e, ps[i-1].n + ps[i].n}
		}
		ps = append(ps[:i], ps[i+1:]...)
	}
	var out []*unit
	for _, pc := range ps {
		raw := body[pc.s:pc.e]
		lt := len(raw) - len(strings.TrimLeft(raw, " …."))
		txt := strings.TrimSpace(raw)
		txt = strings.TrimLeft(txt, "….")
		txt = strings.TrimRight(txt, " ,;:—–-")
		txt = strings.TrimSpace(txt)
		ws := words(txt)
		if len(ws) == 0 {
			continue
		}
		u := &unit{text: txt, key: strings.Join(ws, " "), toks: ws, xtoks: expandContractions(ws), nwords: len(ws), short: len(ws) < 3}
		u.spanSource = [2]int{sp.open + pc.s + lt, sp.open + pc.s + lt + len(txt)}
		out = append(out, u)
	}
	return out
}

func abbrevBefore(s string) bool {
	// Whitespace never sits inside a token, so the tokens after a space
	// are those of tokenize(s): read only the tail from the start of the
	// chunk holding the last word rune.
	last := -1
	for i := len(s); i > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
		if isWordRune(r) {
			last = i
			break
		}
	}
	if last < 0 {
		return false
	}
	from := 0
	for i := last; i > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			from = i
			break
		}
		i -= w
	}
	ts := tokenize(s[from:])
	for i := len(ts) - 1; i >= 0; i-- {
		if !ts[i].Word {
			continue
		}
		w := ts[i].Text
		if isAbbrev(w) {
			return true
		}
		return unitAbbrev[strings.ToLower(strings.TrimSuffix(w, "."))] && i == len(ts)-2
	}
	return false
}

// stopWords are left out of content-word overlap.
var stopWords = toSet(`a an the and or but if of to in on at for by with from as
is are was were be been being am it its it's this that these those there here
i me my we us our you your he him his she her they them their what which who
whom not no do does did done have has had having will would shall should can
could may might must so than then too very just also about up down out over
into onto only all any some such more most much many few own same both each
i'm we're we've we'll i'll i've i'd you're they're that's there's don't
didn't doesn't isn't aren't wasn't weren't won't can't couldn't haven't
hasn't get got going go really well now even`)

func stem(w string) string {
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ian", "ed", "es", "s", "e", "ly"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 6 {
		w = w[:6]
	}
	return w
}

// quoteVocab numbers the words and the stems of the units of one Quotes
// call by their rank in string order, so that sorting numbers sorts the
// words, and sets of words are compared as sorted numbers.
type quoteVocab struct {
	words   []string // by rank
	stem    []int32  // word rank → rank of stem(word)
	content []bool   // word rank → not a stop word
	nstems  int
}

// intern numbers the words of units (ids, xids) and fills their sets.
func intern(units []*unit) *quoteVocab {
	// provisional numbers in order of first appearance
	n := 0
	for _, u := range units {
		n += len(u.toks) + len(u.xtoks)
	}
	words := newFirstSeen(n / 4)
	flat := make([]int32, 0, n)
	for _, u := range units {
		for _, w := range u.toks {
			flat = append(flat, words.id(w))
		}
		for _, w := range u.xtoks {
			flat = append(flat, words.id(w))
		}
	}
	first := words.order
	v := &quoteVocab{}
	rank := ranks(first)
	v.words = make([]string, len(first))
	for k, w := range first {
		v.words[rank[k]] = w
	}
	for i := range flat {
		flat[i] = rank[flat[i]]
	}
	// stems of the words, numbered the same way
	stems := make([]string, len(v.words))
	v.content = make([]bool, len(v.words))
	for r, w := range v.words {
		stems[r] = stem(w)
		v.content[r] = !stopWords[w]
	}
	sseen := newFirstSeen(0)
	v.stem = make([]int32, len(v.words))
	for r, st := range stems {
		v.stem[r] = sseen.id(st)
	}
	sfirst := sseen.order
	srank := ranks(sfirst)
	for r := range v.stem {
		v.stem[r] = srank[v.stem[r]]
	}
	v.nstems = len(sfirst)
	for _, u := range units {
		u.ids, flat = flat[:len(u.toks):len(u.toks)], flat[len(u.toks):]
		u.xids, flat = flat[:len(u.xtoks):len(u.xtoks)], flat[len(u.xtoks):]
		v.fillSets(u)
	}
	return v
}

// firstSeen numbers distinct strings in order of first appearance.
type firstSeen struct {
	num   map[string]int32
	order []string // number → string
}

func newFirstSeen(n int) *firstSeen {
	return &firstSeen{num: make(map[string]int32, n), order: make([]string, 0, n)}
}

// id returns the number of w, giving it the next one when it is new.
func (f *firstSeen) id(w string) int32 {
	k, ok := f.num[w]
	if !ok {
		k = int32(len(f.order))
		f.num[w] = k
		f.order = append(f.order, w)
	}
	return k
}

// ranks returns the rank of each of the distinct words ws in string order.
func ranks(ws []string) []int32 {
	order := make([]int32, len(ws))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(ws[a], ws[b]) })
	rank := make([]int32, len(ws))
	for r, i := range order {
		rank[i] = int32(r)
	}
	return rank
}

// fillSets computes u.set (the distinct words of xids) and u.stems (the
// distinct stems of its content words of two letters or more).
func (v *quoteVocab) fillSets(u *unit) {
	u.set = sortedSet(append(make([]int32, 0, len(u.xids)), u.xids...))
	stems := make([]int32, 0, len(u.xids))
	for _, w := range u.xids {
		if v.content[w] && len(v.words[w]) >= 2 {
			stems = append(stems, v.stem[w])
		}
	}
	u.stems = sortedSet(stems)
}

// sortedSet sorts ws and drops repeats, in place.
func sortedSet(ws []int32) []int32 {
	slices.Sort(ws)
	return slices.Compact(ws)
}

// shared counts the words two sorted sets have in common.
func shared(a, b []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch x, y := a[i], b[j]; {
		case x == y:
			n++
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	return n
}

// link kinds, weakest last
const (
	linkNone = iota
	linkVerbatim
	linkNear
	linkParaphrase
)

func linkKind(a, b *unit) int {
	conflict := a.strength >= strengthMedium && b.strength >= strengthMedium && a.speaker != b.speaker
	if a.key == b.key {
		if conflict {
			return linkNone
		}
		return linkVerbatim
	}
	if a.short || b.short {
		return linkNone
	}
	sameSpeaker := a.speaker != "" && a.speaker == b.speaker
	s, l := a, b
	if len(s.xtoks) > len(l.xtoks) {
		s, l = l, s
	}
	if !conflict {
		if (len(s.toks) >= 4 || sameSpeaker) && containsSeq(l.xids, s.xids) {
			return linkNear
		}
		if dice(a.set, b.set) >= 0.8 {
			return linkNear
		}
	}
	if sameSpeaker {
		shared := shared(a.stems, b.stems)
		minN := min(len(a.stems), len(b.stems))
		if shared >= 3 && minN > 0 && float64(shared)/float64(minN) >= 0.6 {
			return linkParaphrase
		}
	}
	return linkNone
}

func containsSeq(long, short []int32) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for j := range short {
			if long[i+j] != short[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// dice is the Dice coefficient of two sorted word sets.
func dice(sa, sb []int32) float64 {
	if len(sa)+len(sb) == 0 {
		return 0
	}
	n := shared(sa, sb)
	return 2 * float64(n) / float64(len(sa)+len(sb))
}

func clusterQuotes(units []*unit) []Quote {
	n := len(units)
	parent := make([]int, n)
	weakest := make([]int, n)
	for i := range parent {
		parent[i] = i
		weakest[i] = linkVerbatim
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j, lk int) {
		a, b := find(i), find(j)
		if a == b {
			return
		}
		w := max(weakest[a], weakest[b], lk)
		if a < b {
			parent[b] = a
			weakest[a] = w
		} else {
			parent[a] = b
			weakest[b] = w
		}
	}
	// candidate pairs share a word (or the whole key for short units):
	// the keys of a unit are its bigrams, its key and the stems of its
	// content words, tried in the order of the strings "b:<word> <word>",
	// "k:<key>", "s:<stem>" (repeats included), each against the units
	// that had it before
	v := intern(units)
	keyNum := make(map[string]int32, n)
	keyLists := make([][]int32, 0, n)
	stemLists := make([][]int32, v.nstems)
	bigramLists := make(map[uint64][]int32, n*8)
	seenBy := make([]int, n) // seenBy[j] == i+1: unit j was tried with unit i
	var bigrams []uint64
	var stems []int32
	for i, u := range units {
		try := func(lst []int32) []int32 {
			if len(lst) <= 300 {
				for _, j := range lst {
					if seenBy[j] == i+1 {
						continue
					}
					seenBy[j] = i + 1
					if find(int(j)) == find(i) {
						continue
					}
					if lk := linkKind(units[j], u); lk != linkNone {
						union(int(j), i, lk)
					}
				}
			}
			return append(lst, int32(i))
		}
		bigrams, stems = bigrams[:0], stems[:0]
		for k, w := range u.ids {
			if v.content[w] {
				stems = append(stems, v.stem[w])
			}
			if k > 0 {
				bigrams = append(bigrams, uint64(u.ids[k-1])<<32|uint64(w))
			}
		}
		slices.Sort(bigrams)
		slices.Sort(stems)
		for _, b := range bigrams {
			bigramLists[b] = try(bigramLists[b])
		}
		k, ok := keyNum[u.key]
		if !ok {
			k = int32(len(keyLists))
			keyNum[u.key] = k
			keyLists = append(keyLists, nil)
		}
		keyLists[k] = try(keyLists[k])
		for _, st := range stems {
			stemLists[st] = try(stemLists[st])
		}
	}
	linkSplitPairs(units, v, stemLists, find, union)
	linkNeighbours(units, find, union)
	groups := make([][]*unit, n) // by root
	var roots []int
	for i, u := range units {
		r := find(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], u)
	}
	roots = joinContinuations(units, groups, roots, weakest, find)
	var out []Quote
	for _, r := range roots {
		us := groups[r]
		q := buildQuote(us, weakest[r])
		if q == nil {
			continue
		}
		q.ID = "q" + strconv.Itoa(len(out)+1)
		out = append(out, *q)
	}
	return out
}

// joinContinuations makes one quote of a quotation that runs over
// several sentences when every outlet carrying its first sentence carries
// the next one too, in the same quotation ("Mould spreads fast. It can
// take weeks to show, so we expect more homes to be affected," in two
// outlets): the group of the next
// sentences is folded into the group of the first, each outlet's two
// units read as one. Groups whose outlets differ stay apart (one outlet
// quoting only the second sentence keeps it a quote of its own). It
// returns the roots left, in their order; groups[root] is updated.
func joinContinuations(units []*unit, groups [][]*unit, roots []int, weakest []int, find func(int) int) []int {
	index := make(map[*unit]int, len(units))
	for i, u := range units {
		index[u] = i
	}
	gone := map[int]bool{}
	for _, r := range roots {
		for {
			g := groups[r]
			next := -1
			ok := len(g) > 1
			seen := map[string]bool{}
			for _, u := range g {
				i := index[u]
				if seen[u.source] || !adjacent(units, i) || units[i+1].span != u.span {
					ok = false
					break
				}
				seen[u.source] = true
				nr := find(i + 1)
				if nr == r || gone[nr] || next >= 0 && nr != next {
					ok = false
					break
				}
				next = nr
			}
			if !ok || len(groups[next]) != len(g) {
				break
			}
			joined := make([]*unit, len(g))
			for k, u := range g {
				v := units[index[u]+1]
				if find(index[u]+1) != next {
					joined = nil
					break
				}
				j := *u
				j.text = u.text + " " + v.text
				j.key = u.key + " " + v.key
				j.toks = append(slices.Clip(u.toks), v.toks...)
				j.nwords = len(j.toks)
				j.short = false
				j.direct = u.direct || v.direct
				j.strength = max(u.strength, v.strength)
				if j.speaker == "" {
					j.speaker = v.speaker
				}
				j.evidence = append(slices.Clip(u.evidence), v.evidence...)
				index[&j] = index[u] + 1 // the next sentence follows the joined unit
				joined[k] = &j
			}
			if joined == nil {
				break
			}
			groups[r] = joined
			weakest[r] = max(weakest[r], weakest[next])
			gone[next] = true
		}
	}
	return slices.DeleteFunc(roots, func(r int) bool { return gone[r] })
}

// adjacent reports whether units i and i+1 follow each other in one
// paragraph of one source.
func adjacent(units []*unit, i int) bool {
	return i >= 0 && i+1 < len(units) && units[i].source == units[i+1].source && units[i].para == units[i+1].para
}

// linkSplitPairs links a quote that one outlet writes as one sentence
// with the two sentences another outlet splits it into ("We had a
// productive meeting, and many points were agreed" vs "We had a very
// productive meeting. Many points were agreed on."): two consecutive
// units of one quote span, read as one, match a unit of another outlet
// that neither matches alone, and each of the two shares a content word
// with it.
func linkSplitPairs(units []*unit, v *quoteVocab, stemLists [][]int32, find func(int) int, union func(int, int, int)) {
	seen := make([]int, len(units)) // seen[j] == i+1: tried with pair i
	for i := range units {
		if !adjacent(units, i) {
			continue
		}
		x, y := units[i], units[i+1]
		if x.span != y.span || x.short || y.short {
			continue
		}
		pair := &unit{
			source: x.source, outlet: x.outlet, key: x.key + " " + y.key,
			toks:    append(slices.Clip(x.toks), y.toks...),
			xtoks:   append(slices.Clip(x.xtoks), y.xtoks...),
			xids:    append(slices.Clip(x.xids), y.xids...),
			speaker: x.speaker, strength: min(x.strength, y.strength),
		}
		pair.nwords = len(pair.toks)
		v.fillSets(pair)
		for _, st := range pair.stems {
			lst := stemLists[st]
			if lst == nil || len(lst) > 300 {
				continue
			}
			for _, j := range lst {
				if seen[j] == i+1 {
					continue
				}
				seen[j] = i + 1
				u := units[j]
				if u.source == x.source || u.short || find(int(j)) == find(i) && find(int(j)) == find(i+1) {
					continue
				}
				if shared(x.stems, u.stems) == 0 || shared(y.stems, u.stems) == 0 || linkKind(x, u) != linkNone || linkKind(y, u) != linkNone {
					continue // not both halves, or one half alone is the match
				}
				if lk := linkKind(pair, u); lk != linkNone {
					union(int(j), i, max(lk, linkParaphrase))
					union(int(j), i+1, max(lk, linkParaphrase))
				}
			}
		}
	}
}

// linkNeighbours links the sentences next to a quote two outlets share
// ("We've made some headway. There's no deal until there's a deal." vs
// "We haven't got there, but we've got some headway," X said. "There's
// no deal until there's a deal."): when two units of different sources
// are grouped, their neighbours on the same side (in the same paragraph)
// are grouped too if they have the same speaker, share a content word,
// and most words of the shorter one are in the longer one.
func linkNeighbours(units []*unit, find func(int) int, union func(int, int, int)) {
	members := map[int][]int{}
	var roots []int
	for i := range units {
		r := find(i)
		if members[r] == nil {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	type pair struct{ a, b int }
	var todo []pair
	for _, r := range roots {
		ms := members[r]
		if len(ms) < 2 || len(ms) > 50 {
			continue
		}
		for x := 0; x < len(ms); x++ {
			for y := x + 1; y < len(ms); y++ {
				i, j := ms[x], ms[y]
				if units[i].source == units[j].source {
					continue
				}
				if adjacent(units, i-1) && adjacent(units, j-1) {
					todo = append(todo, pair{i - 1, j - 1})
				}
				if adjacent(units, i) && adjacent(units, j) {
					todo = append(todo, pair{i + 1, j + 1})
				}
			}
		}
	}
	for _, pr := range todo {
		a, b := units[pr.a], units[pr.b]
		if find(pr.a) == find(pr.b) || a.short || b.short || a.speaker == "" || a.speaker != b.speaker || a.source == b.source {
			continue
		}
		if shared(a.stems, b.stems) == 0 {
			continue
		}
		if n := shared(a.set, b.set); float64(n) >= 0.6*float64(min(len(a.set), len(b.set))) {
			union(pr.a, pr.b, linkParaphrase)
		}
	}
}

func buildQuote(us []*unit, weakest int) *Quote {
	// short quotes (terms, scare quotes) only when spoken (tagged) and
	// carried by two or more outlets
	short := true
	for _, u := range us {
		if !u.short {
			short = false
		}
	}
	if short {
		twoOutlets, direct := false, false
		for _, u := range us {
			twoOutlets = twoOutlets || u.outlet != us[0].outlet
			direct = direct || u.direct
		}
		if !twoOutlets || !direct {
			return nil
		}
	}
	// votes per speaker in order of first appearance: the most votes
	// win, ties go to the speaker seen first
	type vote struct {
		speaker string
		n       int
	}
	var votes []vote
	for _, u := range us {
		if u.speaker == "" {
			continue
		}
		k := 0
		for k < len(votes) && votes[k].speaker != u.speaker {
			k++
		}
		if k == len(votes) {
			votes = append(votes, vote{speaker: u.speaker})
		}
		votes[k].n += u.strength * u.strength
	}
	speaker, best := "", 0
	for _, v := range votes {
		if speaker == "" || v.n > best {
			speaker, best = v.speaker, v.n
		}
	}
	q := &Quote{Speaker: speaker, Outlets: []string{}, Versions: []QuoteVersion{}}
	var vkeys []string // unit key of each version
	for _, u := range us {
		q.Outlets = addUnique(q.Outlets, u.outlet)
		i := slices.Index(vkeys, u.key)
		if i < 0 {
			i = len(q.Versions)
			vkeys = append(vkeys, u.key)
			q.Versions = append(q.Versions, QuoteVersion{Text: u.text, Outlets: []string{}, Evidence: []Evidence{}})
		}
		v := &q.Versions[i]
		v.Outlets = addUnique(v.Outlets, u.outlet)
		v.Evidence = append(v.Evidence, u.evidence...)
	}
	switch {
	case len(q.Versions) == 1:
		q.Match = MatchVerbatim
	case weakest == linkParaphrase:
		q.Match = MatchParaphrase
	default:
		q.Match = MatchNearVerbatim
	}
	return q
}

// titlesOnly reports whether s holds only title words, capitalised words
// and articles (", said chief executive Jane Doe", "said Acme chief
// executive Jane Doe").
func titlesOnly(s string) bool {
	n := 0
	for _, t := range tokenize(s) {
		if !t.Word {
			return false
		}
		w := t.Norm
		if !(t.is(vTitle|vRole) || isCap(t.Text) || w == "the" || w == "a" || w == "an") {
			return false
		}
		n++
	}
	return n <= 6
}

// roleOnly reports whether s, between a speech verb and a name, only
// describes the speaker's role: a few words that hold a title or role
// word, maybe with a possessive and a comma ("the guild's president,
// Captain", "union president").
func roleOnly(s string) bool {
	n, role := 0, false
	for _, t := range tokenize(s) {
		if !t.Word {
			if t.Text != "," && t.Text != "'s" && t.Text != "’s" && t.Text != "'" && t.Text != "’" {
				return false
			}
			continue
		}
		if t.is(vSpeech) || t.is(vSubord) {
			return false
		}
		role = role || t.is(vTitle|vRole)
		n++
	}
	return role && n <= 6
}
