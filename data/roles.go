package data

import (
	"regexp"
	"slices"
	"sort"
	"storyline/data/sentence"
	"strings"
	"unicode"
	"unicode/utf8"
)

// restPara is the remainder of text from off, past the paragraph limit:
// one chrome paragraph that is shown but not read.
func restPara(text string, off int) *para {
	s, e := off, len(text)
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return &para{start: s, end: e, raw: text[s:e], clean: "…", lower: "…", rest: true, role: RoleChrome}
}

// lineSpan is one line of text as byte offsets.
type lineSpan struct{ start, end int }

// para is a paragraph being classified.
type para struct {
	start, end int
	raw        string // Text[start:end]
	clean      string // display text without bullets, trimmed
	lower      string // clean, lower case, trailing ':' removed
	words      []string
	hint       Role // from HTML tags or Markdown headings; "" when none
	sepBefore  bool // a whitespace-only line (not empty) precedes it
	rest       bool // the unread remainder past the paragraph limit
	role       Role
}

func newPara(text string, start, end int, hint Role) *para {
	p := &para{start: start, end: end, raw: text[start:end], hint: hint}
	p.clean = strings.TrimSpace(stripBullet(DisplayText(p.raw)))
	p.lower = lowerKey(p.clean)
	p.words = words(prefix(p.clean, 4000)) // enough for every shape rule
	return p
}

// lowerKey is the lookup form of a line: lower case, without surrounding
// emphasis marks ("*…*", "_…_") and without a trailing colon.
func lowerKey(clean string) string {
	l := strings.Trim(strings.ToLower(clean), "*_ ")
	return strings.TrimRight(l, ": ")
}

// splitParagraphs cuts text into paragraphs: every non-blank line is a
// paragraph, except runs of lines that look hard-wrapped (similar lengths,
// lines ending mid-sentence), which are one. In Markdown, headings, list
// items and quote lines always stand alone and setext underlines join their
// heading. Leading and trailing spaces are not part of a paragraph.
// (Pasted articles put one paragraph per line far more often than they
// soft-wrap, so Markdown's "lines join" rule is applied only to wrapped runs.)
func splitParagraphs(text, format string, maxParas int) []*para {
	type line = lineSpan
	var out []*para
	var block []line
	sep := false
	flush := func() {
		if len(block) == 0 {
			return
		}
		// Runs of ordinary lines become one paragraph when hard-wrapped, else
		// one paragraph per line; Markdown headings, list items and quotes
		// always stand alone.
		groups := [][]line{}
		var run []line
		endRun := func() {
			if hardWrapped(text, run) {
				groups = append(groups, run)
			} else {
				for _, l := range run {
					groups = append(groups, []line{l})
				}
			}
			run = nil
		}
		for _, l := range block {
			if format == FormatMarkdown && mdOwnLine(strings.TrimSpace(text[l.start:l.end])) {
				endRun()
				groups = append(groups, []line{l})
				continue
			}
			run = append(run, l)
		}
		endRun()
		for _, g := range groups {
			s, e := g[0].start, g[len(g)-1].end
			for s < e && (text[s] == ' ' || text[s] == '\t') {
				s++
			}
			for e > s && (text[e-1] == ' ' || text[e-1] == '\t') {
				e--
			}
			hint := Role("")
			if format == FormatMarkdown {
				if t := text[s:e]; mdImage(t) {
					hint = RoleCaption
				} else if strings.HasPrefix(t, "#") {
					if h := strings.TrimLeft(t, "#"); strings.HasPrefix(h, " ") && len(t)-len(h) <= 6 {
						hint = RoleHeading
						if len(t)-len(h) == 1 && len(out) == 0 {
							hint = RoleTitle
						}
					}
				}
			}
			p := newPara(text, s, e, hint)
			p.sepBefore = sep
			sep = false
			out = append(out, p)
		}
		block = block[:0]
	}
	for off := 0; off < len(text); {
		if len(out)+len(block) >= maxParas-1 {
			flush()
			if len(out) >= maxParas-1 && strings.TrimSpace(text[off:]) != "" {
				out = append(out, restPara(text, off))
				return out
			}
		}
		end := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += off
			next = end + 1
		}
		l := text[off:end]
		if strings.TrimSpace(l) == "" {
			flush()
			if l != "" {
				sep = true
			}
		} else if format == FormatMarkdown && len(block) > 0 && isSetextRule(l) {
			block = append(block, line{off, end})
			flush()
			if last := out[len(out)-1]; true {
				last.hint = RoleHeading
				last.clean = strings.TrimSpace(strings.Split(last.clean, "\n")[0])
				last.lower = lowerKey(last.clean)
				last.words = words(last.clean)
			}
		} else {
			block = append(block, line{off, end})
		}
		off = next
	}
	flush()
	return out
}

// prefix returns at most n bytes of s, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// mdImageRe matches a Markdown line that is only an image, possibly
// linked: "![alt text](pic.jpg)", "![alt](pic.jpg \"title\")",
// "[![alt](pic.jpg)](page.html)".
var mdImageRe = regexp.MustCompile(`^\[?!\[[^\]\n]*\]\([^)\n]*\)(?:\]\([^)\n]*\))?$`)

// mdImage reports a Markdown line that is only an image. Its alt text
// describes the picture, as a caption does; it is no heading.
func mdImage(t string) bool { return mdImageRe.MatchString(strings.TrimSpace(t)) }

func isSetextRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

// mdOwnLine reports whether a Markdown line stands alone (heading, list
// item, quote, table row, rule, image).
func mdOwnLine(t string) bool {
	if strings.HasPrefix(t, "#") || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "|") || mdImage(t) {
		return true
	}
	for _, b := range []string{"- ", "* ", "+ "} {
		if strings.HasPrefix(t, b) {
			return true
		}
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t)-1 && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// hardWrapped reports whether a block of plain-text lines is one paragraph
// wrapped at a fixed width: at least three lines, all but the last of
// similar length, most of them not ending a sentence.
func hardWrapped(text string, block []lineSpan) bool {
	if len(block) == 2 {
		a := strings.TrimSpace(text[block[0].start:block[0].end])
		n := len([]rune(a))
		return n >= 60 && n <= 110 && !endsSentence(a) && startsLower(text[block[1].start:block[1].end])
	}
	if len(block) < 3 || headerRun(text, block) {
		return false
	}
	minL, maxL, open := 1<<30, 0, 0
	for _, l := range block[:len(block)-1] {
		s := strings.TrimSpace(text[l.start:l.end])
		n := len([]rune(s))
		minL, maxL = min(minL, n), max(maxL, n)
		if !endsSentence(s) {
			open++
		}
	}
	return minL >= 30 && maxL <= 110 && maxL-minL <= 25 && open*2 >= len(block)-1
}

// headerRun reports a run of short lines that is a page's header rather
// than one wrapped paragraph: a headline over a byline and a date
// ("Trains halted at Westby after fault" / "By Hedda Lurk, Vale Radio" /
// "Monday 7 April 2025, 07:30"), or a live page's date bar over its
// byline. One line is a byline or a dateline by its own shape, and no
// line break falls inside a sentence that runs on in lower case, as the
// breaks of wrapped prose do.
func headerRun(text string, block []lineSpan) bool {
	header := false
	for k, l := range block {
		line := text[l.start:l.end]
		if k+1 < len(block) && !endsSentence(line) && startsLower(text[block[k+1].start:block[k+1].end]) {
			return false
		}
		if r := localRole(newPara(text, l.start, l.end, "")); r == RoleByline || r == RoleDateline {
			header = true
		}
	}
	return header
}

var (
	// datedEntry opens a line with a date or a clock time and a colon or
	// dash ("10 March: …", "March 10 — …", "9.15am: …", "Monday: …").
	datedEntry     = regexp.MustCompile(`^(?i)\**(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:,?\s+\d{4})?\**\s*(?:[:—–]|-\s)`)
	readTimeRe     = regexp.MustCompile(`^\d+\s*(?:-\s*)?(?:min|mins|minute|minutes)\.?(?:\s+(?:read|watch|listen))?$`)
	playerRe       = regexp.MustCompile(`^(?i)(?:play|watch|listen|video|audio|duration|podcast)(?:\s+(?:to|now))?(?:\s+(?:this|the))?(?:\s+(?:article|story|episode|report|podcast|clip|video|audio|briefing))?\s*[|:•·—–-]?\s*\(?(?:\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:min|mins|minutes?|m)\.?(?:\s+(?:listen|read|watch))?)\)?$`)
	countRe        = regexp.MustCompile(`^\d+\s+(?:comments?|replies|shares|views|likes|reactions)$`)
	votesRe        = regexp.MustCompile(`^\d+\s+(?:like|points?|upvotes?|votes?)$`)
	commentCountRe = regexp.MustCompile(`^(?:(?:show|view|see|load|read)\s+(?:all\s+)?)?\(?\d+\)?\s+(?:comments?|replies|responses)$` +
		`|^(?:comments?|replies|responses|reader comments|discussion)\s*[(\[:]\s*\d+\s*[)\]]?$` +
		`|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|reply|thoughts)\s+(?:on|to)\s+\S`)
	trailingCount = regexp.MustCompile(`\s*[(\[]?\d+[)\]]?$`)
	replyMarkRe   = regexp.MustCompile(`^(?:([a-z]+)\s*)?#\s*\d+$`)
	onlyClock     = regexp.MustCompile(`^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$`)
)

// pitch reports whether a lower-case line offers the outlet's regular
// product ("get the … briefing every Monday").
func pitch(l string) bool {
	for _, st := range pitchStarts {
		if strings.HasPrefix(l, st) {
			for _, c := range pitchCadences {
				if strings.Contains(l, c) {
					return true
				}
			}
		}
	}
	return false
}

// subscriberNote reports whether a line is the outlet's note to its
// subscribers or members ("Subscribers can download our survey from the
// reports page", "Members can read our guide in the app"): it opens with what
// subscribers or members may do, after an optional kind of subscriber
// ("Premium subscribers") or the name of the outlet or its product
// ("Westby Courier Plus subscribers", "Hale & Vey subscribers"), and speaks
// of the outlet's own offer ("our …"), outside quotation marks. A report
// about a company's subscribers or a club's members ("members can vote until
// Friday, the club said") does not speak of "our". A name that ends in a
// subscription tier (productTiers: "Hale & Vey Pro subscribers can download
// the full tables from the Data Room") is the outlet's own product and needs
// no "our", unless the line is attributed ("…, the company said").
func subscriberNote(clean string) bool {
	c := strings.TrimRight(strings.Trim(clean, "*_ "), ": ")
	l := strings.ToLower(c)
	if strings.ContainsAny(l, "\"“”«»") {
		return false
	}
	opens := func(s string) bool {
		return slices.ContainsFunc(subscriberStarts, func(st string) bool { return strings.HasPrefix(s, st) })
	}
	ok, product := opens(l), false
	for _, k := range subscriberKinds {
		if rest, cut := strings.CutPrefix(l, k); cut && opens(rest) {
			ok = true
		}
	}
	if !ok && len(l) == len(c) {
		// a name in capitals first: "Westby Courier Plus subscribers can …",
		// "Hale & Vey subscribers can …"
		ws := strings.Fields(c)
		for n := 1; n <= 5 && n < len(ws); n++ {
			w := strings.ToLower(ws[n-1])
			if n > 1 && nameJoiners[w] {
				continue // "Hale & Vey": the name goes on
			}
			if !(n == 1 && w == "the") && (!isCapWord(ws[n-1]) || englishStop[w] || quantifiers[w]) {
				break // "Many subscribers can …" names no outlet
			}
			rest := strings.ToLower(strings.Join(ws[n:], " "))
			for _, k := range subscriberKinds {
				rest = strings.TrimPrefix(rest, k)
			}
			if opens(rest) {
				ok, product = true, n > 1 && productTiers[w]
				break
			}
		}
	}
	if !ok {
		return false
	}
	return slices.Contains(strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }), "our") ||
		product && !attributed(l)
}

// localRole classifies a paragraph by its own shape and vocabulary, or
// returns "" when that is not enough.
func localRole(p *para) Role {
	l := p.lower
	switch {
	case l == "" || len(p.words) == 0:
		return RoleChrome
	case chromeExact[l] || chromeExact[strings.TrimRight(l, ".!")]:
		return RoleChrome
	case readTimeRe.MatchString(l) || playerRe.MatchString(p.clean) || countRe.MatchString(l) || commentCountRe.MatchString(l) || onlyClock.MatchString(l):
		return RoleChrome
	}
	// A furniture label may introduce a list of links on the same line
	// ("Most read: A | B | C"), which can run long.
	maxWords := 14
	if len(barParts(p.clean)) >= 2 {
		maxWords = 60
	}
	for _, pre := range chromePrefixes {
		if strings.HasPrefix(l, pre) && len(p.words) <= maxWords {
			return RoleChrome
		}
	}
	if furnitureLines(strings.ToLower(p.raw)) {
		return RoleChrome
	}
	if len(p.words) <= 14 && pitch(l) {
		return RoleChrome
	}
	if len(p.words) <= 25 && subscriberNote(p.clean) {
		return RoleChrome
	}
	if len(p.words) <= 30 && slices.ContainsFunc(supportPitches, func(pre string) bool { return strings.HasPrefix(l, pre) }) {
		return RoleChrome
	}
	if len(p.words) <= 25 {
		for _, c := range chromeContains {
			if strings.Contains(l, c) {
				return RoleChrome
			}
		}
	}
	if len(p.words) <= appPromptWords && appPrompt(l) {
		return RoleChrome
	}
	if editorsNote(l) || readerAppeal(p) {
		return RoleChrome
	}
	if chromeBar(p.clean) || navBar(p.clean) || readTimeBar(p.clean) || signOff(p.clean) {
		return RoleChrome
	}
	if !multiSentence(p.clean) && liveNote(p.clean) {
		if isDateline(p) {
			return RoleDateline // "*Live coverage has ended · Last updated 22:10*"
		}
		return RoleChrome
	}
	if !multiSentence(p.clean) && freeToRead(p.clean) || furnitureSentences(p) {
		return RoleChrome
	}
	if isCopyright(p) {
		return RoleCopyright
	}
	if isCaption(p) {
		return RoleCaption
	}
	if isDateline(p) {
		return RoleDateline
	}
	if bylineName(p) != "" {
		return RoleByline
	}
	if len(p.words) <= 20 {
		for _, c := range creditPhrases {
			if strings.Contains(l, c) {
				return RoleByline
			}
		}
	}
	return ""
}

// appPromptWords is the longest prompt to take an outlet's app or alerts.
const appPromptWords = 20

// appPrompt reports an outlet's prompt to follow it on the reader's phone or
// on its app, or to take its alerts, which may name the outlet ("Follow the
// Westby Courier on your phone: download our app for breaking news
// alerts.", "Follow Easton Radio on the app for alerts on this story."): a
// lower-case line l that opens with the instruction (appPromptVerbs) and
// names the app, the phone or the alerts (appPromptCues), with no quotation
// and no attribution (an instruction relayed in a report).
func appPrompt(l string) bool {
	l = strings.TrimLeft(l, "*_> ")
	if !slices.ContainsFunc(appPromptVerbs, func(v string) bool { return strings.HasPrefix(l, v) }) ||
		strings.ContainsAny(l, "\"“”") || attributed(l) {
		return false
	}
	ws := " " + strings.Join(strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
	return slices.ContainsFunc(appPromptCues, func(c string) bool { return strings.Contains(ws, " "+c+" ") })
}

// furnitureSentences reports a short paragraph of two or more sentences
// each of which is page furniture on its own ("This blog has now ended.
// Read our full coverage on the news pages.", "The Calderway Gazette is
// free to read. Subscribe to the Morning Briefing · More local news").
func furnitureSentences(p *para) bool {
	if len(p.words) > 40 || !strings.ContainsAny(p.clean, ".!?") {
		return false
	}
	spans := sentence.Split(p.clean)
	if len(spans) < 2 {
		return false
	}
	for _, sp := range spans {
		// each piece is shorter than p, so the recursion ends
		if q := newPara(p.clean, sp.Start, sp.End, ""); len(q.clean) >= len(p.clean) || localRole(q) != RoleChrome {
			return false
		}
	}
	return true
}

// freeToRead reports an outlet's note that its journalism costs the reader
// nothing, the opening of an appeal for support ("The Calderway Gazette is
// free to read.", "Our journalism is free for everyone because …"): the
// first sentence says that a name in capitals (one to five words) or the
// outlet's own work (freeSubjects) is free (freeClaims), and stops there or
// goes on with a reason ("because", "thanks to"). Quoted speech is no note.
func freeToRead(clean string) bool {
	c := strings.Trim(clean, "*_ ")
	if strings.ContainsAny(c, "\"“”«»") {
		return false
	}
	l := strings.ToLower(c)
	for _, claim := range freeClaims {
		i := strings.Index(l, claim)
		if i <= 0 {
			continue
		}
		subject, rest := c[:i], strings.TrimLeft(l[i+len(claim):], " ,")
		if !freeSubjects[strings.ToLower(subject)] {
			ws := strings.Fields(subject)
			if len(ws) == 0 || len(ws) > 5 || strings.ContainsAny(subject, ".,;:!?") {
				return false
			}
			for _, w := range ws {
				if !isCapWord(w) && !strings.EqualFold(w, "the") {
					return false
				}
			}
		}
		return rest == "" || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "!") ||
			slices.ContainsFunc(freeReasons, func(r string) bool { return strings.HasPrefix(rest, r) })
	}
	return false
}

// readerAppeal reports the outlet's appeal to its readers for pictures,
// footage, stories or messages ("Seen the flooding? Stay safe, and send us
// your pictures at news@example.com", "Send us your messages and photos:
// live@example.com"): a short paragraph, outside quotation marks, that asks
// for them in the outlet's own words — an opener (appealOpens) and a list of
// the things asked for (appealThings, joined by "and", "or" or commas), or
// a question about what the reader has followed by how to send it ("Got a
// story? Email news@example.com"; see appealQuestion). A police appeal is
// quoted or reported ("officers asked people to send their footage").
func readerAppeal(p *para) bool {
	if len(p.words) > 40 || strings.ContainsAny(p.clean, "\"“”«»") {
		return false
	}
	l := strings.ReplaceAll(p.lower, "’", "'")
	if appealQuestion(l) {
		return true
	}
	for _, open := range appealOpens {
		for i := strings.Index(l, open); i >= 0; {
			if (i == 0 || l[i-1] == ' ') && appealList(l[i+len(open):], appealCloses[open]) {
				return true
			}
			j := strings.Index(l[i+1:], open)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// appealQuestion reports an appeal that opens by asking the reader whether
// they have something to send and then says how to send it ("Got a story?
// Email news@westby.example", "Do you have pictures of the fire? Contact
// the newsdesk"): an ask (appealAsks), an optional article, a list of the
// things asked for (appealThings) with an optional short qualifier ("of
// the fire", "for our court team"), a question mark, and a contact
// instruction (appealContacts), not attributed to anyone (a company's
// helpline relayed in a report: "…? Call 0800 555 0100, the company said").
// l is the paragraph in lower case.
func appealQuestion(l string) bool {
	if attributed(l) {
		return false
	}
	for _, ask := range appealAsks {
		if !strings.HasPrefix(l, ask) {
			continue
		}
		rest := l[len(ask):]
		q := strings.IndexByte(rest, '?')
		if q < 0 {
			return false
		}
		after := strings.TrimSpace(rest[q+1:])
		if !slices.ContainsFunc(appealContacts, func(c string) bool { return strings.HasPrefix(after, c) }) {
			return false
		}
		ws := strings.FieldsFunc(rest[:q], func(r rune) bool { return r == ' ' || r == ',' })
		for len(ws) > 0 && appealDeterminers[ws[0]] {
			ws = ws[1:]
		}
		things, n := 0, 0
		for ; n < len(ws); n++ {
			if appealThings[ws[n]] {
				things++
			} else if !appealJoiners[ws[n]] {
				break
			}
		}
		if things > 0 && (n == len(ws) || appealQualifiers[ws[n]] && len(ws)-n <= appealQuestionTail) {
			return true
		}
	}
	return false
}

// appealList reports whether s opens with a list of things a reader may
// send (appealThings: "pictures", "pictures and videos", "photos, videos or
// stories"), followed by close ("with us") when close is not "".
func appealList(s, close string) bool {
	ws := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	n, things, thingLast := 0, 0, false
list:
	for n < len(ws) {
		w := strings.TrimRight(ws[n], ".:;!?")
		switch {
		case appealThings[w]:
			things++
			thingLast = true
		case appealJoiners[w] && thingLast:
			thingLast = false
		default:
			break list
		}
		n++
		if w != ws[n-1] { // punctuation closes the list
			break
		}
	}
	return things > 0 && (close == "" || strings.HasPrefix(strings.Join(ws[n:], " "), close))
}

// editorsNote reports whether a line is the paper's note about the article
// itself ("Correction: An earlier version of this article said …"), which
// reports no event of the story.
func editorsNote(l string) bool {
	for _, pre := range editorsNotePrefixes {
		if strings.HasPrefix(l, pre) {
			return true
		}
	}
	// "Correction, 5 November: An earlier version …": a dated label
	return datedNoteLabel.MatchString(l)
}

// datedNoteLabel opens an editor's note with a date before the colon
// ("correction, 5 november:", "clarification (march 3):").
var datedNoteLabel = regexp.MustCompile(`^(?:correction|clarification|editor's note|editor’s note)s?,? [^:]{0,20}\d[^:]{0,20}:`)

// barParts splits a line at bar separators ("·", "|", "•"), dropping empty
// parts; a line without separators is one part.
func barParts(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '|' || r == '•' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// chromeBar reports a bar of furniture words: "Share · Comment (48)",
// "Like · Quote · Report", "Share on Facebook | Email", and a live page's
// bar of tabs beside them ("Share this page · Key events · Refresh").
func chromeBar(s string) bool {
	parts := barParts(s)
	if len(parts) < 2 {
		return false
	}
	// a bar of bare numbers is not furniture; tabs count beside a furniture word
	named, word := false, false
	for _, part := range parts {
		switch {
		case chromeWord(part):
			word = true
		case barTabs[lowerKey(part)]:
		default:
			return false
		}
		named = named || strings.IndexFunc(part, unicode.IsLetter) >= 0
	}
	return named && word
}

// readTimeBar reports a bar of section labels beside a read time
// ("Analysis · Environment · 7 min read", "*Courts | Westby | 4 min
// read*"): the page's kicker, with no date in it (a bar with a date is a
// dateline, see isDateline).
func readTimeBar(s string) bool {
	parts := barParts(strings.Trim(s, "*_ "))
	if len(parts) < 2 {
		return false
	}
	read := false
	for _, part := range parts {
		q := newPara(part, 0, len(part), "")
		switch {
		case readTimeRe.MatchString(q.lower):
			read = true
		case sectionLabel(q):
		default:
			return false
		}
	}
	return read
}

// navBar reports a site's navigation menu or breadcrumb trail: three or
// more short entries split at "|", "·", "•", "›" or "»" ("Home | News |
// Sport | Weather | Sign in", "Home › News › Wildfires"). Every entry is one
// to three words, the first capitalised (or a menu word), without digits or
// sentence punctuation (a code in brackets closing an entry aside, see
// crumbEntry), and at least half are single words, so a list of
// names or a forum trail ending in a thread title is not one; a bar of three
// entries needs a menu word, so that a short topic list ("Prices | Markets |
// Economy") is not taken for one either.
func navBar(s string) bool {
	var parts []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '|' || r == '•' || r == '›' || r == '»' }) {
		if f = strings.TrimSpace(f); f != "" {
			parts = append(parts, f)
		}
	}
	if len(parts) < 3 {
		return false
	}
	single, section := 0, false
	for _, part := range parts {
		part = crumbEntry(part)
		ws := strings.Fields(part)
		k := strings.ToLower(part)
		if len(ws) > 3 || strings.ContainsAny(part, "0123456789.,;:!?\"“”()[]@#/") {
			return false
		}
		menu := navSections[k] || chromeExact[k]
		if !menu && !isCapWord(ws[0]) {
			return false
		}
		section = section || menu
		if len(ws) == 1 {
			single++
		}
	}
	return single*2 >= len(parts) && (len(parts) >= 4 || section)
}

// forumTrail reports a breadcrumb trail that ends in a page or thread
// title: three or more parts split at "›" or "»", every part before the
// last a short capitalised entry without digits or sentence punctuation
// (a code in brackets closing an entry aside: "Westby (WBY)")
// ("Town Talk › Local news › Burst main – anyone else without water?").
// The title at its end may be a long question, but the line is page
// furniture, not article prose: it never opens the article's body.
func forumTrail(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '›' || r == '»' })
	if len(parts) < 3 {
		return false
	}
	for _, part := range parts[:len(parts)-1] {
		part = crumbEntry(part)
		ws := strings.Fields(part)
		if len(ws) == 0 || len(ws) > 4 || strings.ContainsAny(part, "0123456789.,;:!?\"“”()[]@#/") {
			return false
		}
		if k := strings.ToLower(part); !navSections[k] && !chromeExact[k] && !isCapWord(ws[0]) {
			return false
		}
	}
	return strings.TrimSpace(parts[len(parts)-1]) != ""
}

// crumbCode is a short code in capitals, in brackets, at the end of a menu
// or breadcrumb entry: "Westby (WBY)", "Harbour Board (HB2)".
var crumbCode = regexp.MustCompile(`\s+\([A-Z][A-Z0-9]{1,5}\)$`)

// crumbEntry trims one entry of a menu or breadcrumb trail and drops a code
// in brackets at its end ("Westby (WBY)" → "Westby"): sites add such codes
// (airport, station, postal or team codes) to place and section names, and
// they are no sentence punctuation.
func crumbEntry(part string) string {
	return crumbCode.ReplaceAllString(strings.TrimSpace(part), "")
}

// chromeWord reports whether one part of a bar is a furniture word,
// possibly with a count ("Comments (12)", "12 shares"), or a furniture label
// before one ("Share: Facebook").
func chromeWord(s string) bool {
	k := lowerKey(strings.Trim(s, "[]"))
	if i := strings.Index(k, ":"); i > 0 && chromeExact[strings.TrimSpace(k[:i])] {
		if rest := strings.TrimSpace(k[i+1:]); rest != "" && chromeWord(rest) {
			return true
		}
	}
	if chromeExact[k] || countRe.MatchString(k) || commentCountRe.MatchString(k) || k != "" && strings.Trim(k, "0123456789()+") == "" || readTimeRe.MatchString(strings.Trim(k, "()")) {
		return true
	}
	if t := trailingCount.ReplaceAllString(k, ""); t != k && chromeExact[strings.TrimSpace(t)] {
		return true
	}
	// a prompt may name the outlet's app ("Turn on alerts in the Westby
	// Courier app")
	if len(strings.Fields(k)) <= 10 {
		for _, pre := range chromePrefixes {
			if strings.HasPrefix(k, pre) {
				return true
			}
		}
	}
	return false
}

// signOff reports a broadcast or interview sign-off, possibly after a
// speaker label: "HOST: Jane Roe, thank you.", "Thanks for joining us."
func signOff(s string) bool {
	if i := strings.Index(s, ":"); i > 0 && i < 60 && speakerLabel(s[:i]) {
		s = s[i+1:]
	}
	ws := words(s)
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	thanks := false
	for _, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case signOffThanks[lw]:
			thanks = true
		case signOffWords[lw], isCapWord(w) && !englishStop[lw]:
		default:
			return false
		}
	}
	return thanks
}

// entryStamp matches the time stamp that opens a live-blog entry: "16:30 —",
// "9:30 a.m. –", "10:05 GMT -", or one set in bold without a dash
// ("**9.30pm** ").
var entryStamp = regexp.MustCompile(`^(?i)(?:[*_]{0,2}` + stampTime + `[*_]{0,2}\s*[—–-]+\s*|[*_]{1,2}` + stampTime + `[*_]{1,2}\s+)`)

// stampTime is the clock time of an entry stamp: "16:30", "9.30pm", "10:15
// p.m.", "10:05 GMT".
const stampTime = `\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{1,4})?`

// liveNote reports a sentence (or a one-sentence paragraph) in which a live
// blog, a broadcast or a developing story talks to the reader about the
// coverage itself and reports nothing: a greeting or sign-on ("16:30 — Good
// afternoon and welcome to our live coverage from the port."), a sign-off
// ("This live blog has now ended.", "Thanks for following along.") or a
// promise of more ("We'll have more on this story later."). An entry's time
// stamp or a speaker label may come first. Quoted speech is never a note.
func liveNote(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 400 {
		return false // longer than any note
	}
	if m := entryStamp.FindString(s); m != "" {
		s = s[len(m):]
	} else if i := strings.Index(s, ":"); i > 0 && i < 60 && speakerLabel(s[:i]) {
		s = strings.TrimSpace(s[i+1:])
	}
	if strings.ContainsAny(s, "\"“”«»") {
		return false
	}
	n := len(words(s))
	if n == 0 || n > 25 {
		return false
	}
	l := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	for _, g := range liveGreetings {
		if !strings.HasPrefix(l, g) || n > 14 {
			continue
		}
		rest := l[len(g):]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue // "his", "hello-…"
		}
		rest = strings.TrimLeft(rest, " ,;!.—–-")
		for _, t := range greetingTails {
			if t == "" && strings.Trim(rest, " .!") == "" || t != "" && strings.HasPrefix(rest, t) {
				return true
			}
		}
	}
	for _, pre := range liveNoteStarts {
		if strings.HasPrefix(l, pre) {
			return true
		}
	}
	for _, pre := range shortSignOffs {
		if strings.HasPrefix(l, pre) && n <= 9 && !strings.Contains(l, ",") {
			return true
		}
	}
	for _, c := range liveNotePhrases {
		if strings.Contains(l, c) {
			return true
		}
	}
	return recapNote(l, n) || reportPromise.MatchString(l) || coveragePointer(l)
}

// coveragePointer reports a live page's pointer to the outlet's later
// coverage of the story ("Full reaction to the verdict, and the rest of the
// day, in tomorrow's Courier and online from 6am.", "More reaction on our
// website through the night."): a sentence l (lower case, straight
// apostrophes) that opens with the coverage (coverageLeads, after an
// optional "the", "a" or "our") and says where it will be (coverageWhere),
// with no attribution ("…, the court said": a report of someone else's
// publication).
func coveragePointer(l string) bool {
	for _, d := range []string{"the ", "a ", "our "} {
		l = strings.TrimPrefix(l, d)
	}
	if !slices.ContainsFunc(coverageLeads, func(c string) bool { return strings.HasPrefix(l, c) }) ||
		!slices.ContainsFunc(coverageWhere, func(c string) bool { return strings.Contains(l, c) }) {
		return false
	}
	return !attributed(l)
}

// attributed reports whether a lower-case line holds a word of attribution
// (attributionWords: "…, the company said", "according to …").
func attributed(l string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }),
		func(w string) bool { return attributionWords[w] })
}

// recapNote reports a live page's offer of a recap to readers who have just
// arrived ("A quick recap for anyone just joining us.", "If you're just
// joining us, here's what we know so far."): a sentence l (lower case) of n
// words, at most 14, naming such readers and the recap (recapReaders,
// recapWords), with no digit and no colon or semicolon before its end. The
// recap that follows it ("To recap: the bridge closed at 9am …") is a
// report.
func recapNote(l string, n int) bool {
	if n > 14 || strings.ContainsAny(l, "0123456789") || strings.ContainsAny(strings.TrimRight(l, " .!:…"), ":;") {
		return false
	}
	has := func(list []string) bool {
		return slices.ContainsFunc(list, func(c string) bool { return strings.Contains(l, c) })
	}
	return has(recapReaders) && has(recapWords)
}

// reportPromise matches a live page's promise of the full report that will
// replace it: "A full report will follow.", "… and a full report will
// follow later today." Only a bare promise or one within the day counts: a
// story's "… and a full report will follow within a year" is reporting.
var reportPromise = regexp.MustCompile(`^(?:a |the )?full(?:er)? report (?:will follow|to follow)[.!]?$` +
	`|\bfull(?:er)? report (?:will follow|to follow) ` +
	`(?:later(?: today| tonight| on)?|shortly|soon|today|tonight|this (?:morning|afternoon|evening))[.!]?$`)

// splitLiveNotes cuts the notes to the reader that open or close a body
// paragraph of a live blog or broadcast ("16:30 — Good afternoon and welcome
// to our live coverage. The roof of a tunnel …"; "… He was 58. We'll have
// more on this story through the day.") into chrome paragraphs of their own,
// so only the reporting stays evidence; a body paragraph of nothing but
// notes becomes chrome. Other paragraphs are kept as they are.
func splitLiveNotes(ps []*para) []*para {
	var out []*para
	for _, p := range ps {
		if p.role != RoleBody || p.rest || !noteCue(p.lower) {
			out = append(out, p)
			continue
		}
		spans := sentence.Split(p.raw)
		a, b := 0, len(spans)
		for a < b && liveNote(p.raw[spans[a].Start:spans[a].End]) {
			a++
		}
		for b > a && liveNote(p.raw[spans[b-1].Start:spans[b-1].End]) {
			b--
		}
		switch {
		case a == 0 && b == len(spans):
			out = append(out, p)
			continue
		case a == b:
			p.role = RoleChrome
			out = append(out, p)
			continue
		}
		// newPara takes offsets into the whole text; p.raw is its slice from
		// p.start, so the parts are built on p.raw and shifted.
		cuts := []int{0, spans[a].Start, spans[b-1].End, len(p.raw)}
		first := true
		for k, role := range []Role{RoleChrome, RoleBody, RoleChrome} {
			s, e := cuts[k], cuts[k+1]
			for s < e && isSpace(p.raw[s]) {
				s++
			}
			for e > s && isSpace(p.raw[e-1]) {
				e--
			}
			if s >= e {
				continue
			}
			q := newPara(p.raw, s, e, p.hint)
			q.start, q.end = p.start+s, p.start+e
			q.sepBefore, first = p.sepBefore && first, false
			q.role = role
			out = append(out, q)
		}
	}
	return out
}

// noteCue is a quick test for words that every live note has.
func noteCue(l string) bool {
	for _, c := range []string{"good ", "goodnight", "hello", "hi ", "welcome", "thank", "live", "we'll", "we’ll", "we will", "that's", "that’s", "that is", "stay with", "refreshing", "will have more", "times are", "times local", "order they", "entries", "appear in", "chronological", "blog", "report", "joining us", "tuning in", "tomorrow's", "tomorrow’s", "online from", "our website", "our site", "our app"} {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

// speakerLabel reports a transcript speaker label: one to five words
// before a colon, each capitalised, with no sentence punctuation.
func speakerLabel(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 || strings.ContainsAny(s, ".!?\"“”") {
		return false
	}
	for _, w := range ws {
		if !isCapWord(strings.TrimLeft(w, "*_(")) {
			return false
		}
	}
	return true
}

// handleLike reports a forum or comment user name: one token of letters,
// digits, "_", "." or "-" that is not shaped like an ordinary word — it has
// a digit or "_", starts lower case, or has a capital inside ("FlyerMom").
func handleLike(w string) bool {
	w = strings.Trim(w, "*_@")
	n := utf8.RuneCountInString(w)
	if n < 3 || n > 32 {
		return false
	}
	odd, prevLower := false, false
	for i, r := range w {
		switch {
		case unicode.IsDigit(r) || r == '_':
			odd = true
		case unicode.IsLetter(r):
			if i == 0 && unicode.IsLower(r) || unicode.IsUpper(r) && prevLower {
				odd = true
			}
		case r == '.' || r == '-':
		default:
			return false
		}
		prevLower = unicode.IsLower(r)
	}
	if !odd || chromeExact[strings.ToLower(w)] || englishStop[strings.ToLower(w)] {
		return false
	}
	// Ordinary words, numbers and times are not user names.
	hasLetter := strings.IndexFunc(w, unicode.IsLetter) >= 0
	return hasLetter && !clockRe.MatchString(w) && !hasYear(w)
}

// posterLine recognises the header of a forum post or reader comment: a
// reply marker ("Reply #3"), or a short line of two to four fields (split
// at "·", "|", "•" or " - ") with a user name and a time ("jetwash77 ·
// 10:02 PM", "Reply · bluefern · 14:41", "Posted by harbor_kid - 2 hours
// ago"), or "jetwash77 said:".
func posterLine(p *para) bool {
	_, ok := posterShape(p)
	return ok
}

// strongPoster reports a poster line that names itself as one — a reply
// marker ("Reply #3") or a poster word ("Reply", "Comment", "Posted by")
// beside a user name and a time — and so opens reader comments even when
// formal-sounding replies follow it.
func strongPoster(p *para) bool {
	strong, ok := posterShape(p)
	return ok && strong
}

// posterShape reports whether p is a poster line, and whether it is marked
// as one by a reply marker or a poster word.
func posterShape(p *para) (strong, ok bool) {
	if len(p.words) == 0 || len(p.words) > 10 {
		return false, false
	}
	if replyMarked(p) && len(barParts(p.clean)) == 1 {
		return true, true
	}
	// "name said:" is a forum quote only for a name no company or person
	// has ("eBay said:" and "TikTok said:" open quotes in articles).
	if ws := strings.Fields(strings.TrimSpace(p.clean)); len(ws) == 2 && strings.HasSuffix(ws[1], ":") && posterVerbs[strings.ToLower(strings.TrimSuffix(ws[1], ":"))] {
		h := strings.Trim(ws[0], "*_@")
		return false, handleLike(h) && (strings.ContainsAny(h, "0123456789_") || h == strings.ToLower(h))
	}
	// A reaction count ("14 likes", "3 points") rides along on a reply's
	// header; it names no part of the poster.
	var parts []string
	for _, part := range posterParts(p.clean) {
		if lp := lowerKey(part); !countRe.MatchString(lp) && !votesRe.MatchString(lp) {
			parts = append(parts, part)
		}
	}
	if len(parts) < 2 || len(parts) > 4 && !replyMarked(p) || endsSentence(p.clean) && lastSignificant(p.clean) != ':' {
		return false, false
	}
	var marker, word, handle, when bool
	for _, part := range parts {
		lp := lowerKey(part)
		ws := strings.Fields(part)
		switch {
		case replyMarkRe.MatchString(lp):
			m := replyMarkRe.FindStringSubmatch(lp)
			marker = replyMarkers[m[1]]
		case replyMarkers[lp] && lp != "":
			word = true // "Reply", "Comment"
		case isWhen(part):
			when = true
		case len(ws) == 1 && handleLike(ws[0]):
			handle = true
		case len(ws) >= 2 && len(ws) <= 4 && handleLike(ws[len(ws)-1]) && posterLabel(ws[:len(ws)-1]):
			handle, word = true, true // "Posted by name", "Thread starter: name"
		case len(ws) >= 2 && len(ws) <= 3 && handleLike(ws[len(ws)-1]) && strings.HasSuffix(ws[len(ws)-2], ":"):
			handle = true // "User: name"
		case len(ws) > 4:
			return false, false
		}
	}
	if marker {
		return true, true
	}
	return word, handle && when
}

// posterParts splits a line at bar separators and at " - ".
func posterParts(s string) []string {
	var out []string
	for _, f := range barParts(s) {
		for _, g := range strings.Split(f, " - ") {
			if g = strings.TrimSpace(g); g != "" {
				out = append(out, g)
			}
		}
	}
	return out
}

// isWhen reports a field that is only a time or date: "14:41", "10:02 PM",
// "2 hours ago", "yesterday", "Mar 3, 2024", "03 Mar 2026".
func isWhen(part string) bool {
	lp := lowerKey(part)
	switch lp {
	case "yesterday", "today", "just now":
		return true
	}
	return clockRe.MatchString(lp) || relRe.MatchString(lp) || len(findDates(part)) > 0
}

// posterLabel reports the words before a user name in a poster field:
// "Posted by", "Started by", "Thread starter:".
func posterLabel(ws []string) bool {
	return posterLabels[strings.TrimRight(strings.ToLower(strings.Join(ws, " ")), ": ")]
}

// ruleLine reports a line that is only a rule: "---", "***", "___",
// "* * *", "===".
func ruleLine(p *para) bool {
	t := strings.Join(strings.Fields(p.raw), "")
	if len(t) < 3 {
		return false
	}
	return strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" || strings.Trim(t, "_") == "" ||
		strings.Trim(t, "=") == "" || strings.Trim(t, "~") == "" || strings.Trim(t, "•") == "" || strings.Trim(t, "·") == ""
}

// replyMarked reports a poster line with a reply marker ("Reply #3 · …").
func replyMarked(p *para) bool {
	for _, part := range barParts(p.lower) {
		if m := replyMarkRe.FindStringSubmatch(lowerKey(part)); m != nil && replyMarkers[m[1]] {
			return true
		}
	}
	return false
}

// handleColon reports a comment written as "name: text" with a user-name
// shaped name ("PattyK: Lock him up.").
func handleColon(p *para) bool {
	i := strings.Index(p.clean, ":")
	if i <= 0 || i > 40 {
		return false
	}
	name := strings.TrimSpace(p.clean[:i])
	if ws := strings.Fields(name); len(ws) == 1 {
		return handleLike(ws[0])
	}
	return false
}

// trailingCopyright reports a paragraph that ends in a copyright notice
// sentence: "Transcripts may not be final. Copyright 2026 Example Radio."
func trailingCopyright(p *para) bool {
	if len(p.words) > 40 {
		return false
	}
	l := p.lower
	for _, m := range []string{"copyright ", "© ", "(c) "} {
		i := strings.LastIndex(l, m)
		if i <= 0 {
			continue
		}
		before := strings.TrimRight(l[:i], " ")
		if !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "|") {
			continue
		}
		if rest := l[i:]; len(strings.Fields(rest)) <= 12 && hasYear(rest) {
			return true
		}
	}
	return false
}

// endMarker reports furniture that closes an article: a copyright line, a
// share bar, related links, topic lists, newsletter and membership pitches.
func endMarker(p *para, local Role) bool {
	if local == RoleCopyright {
		return true
	}
	if local != RoleChrome {
		return false
	}
	if chromeBar(p.clean) {
		return true
	}
	for _, pre := range endMarkerPrefixes {
		if strings.HasPrefix(p.lower, pre) {
			return true
		}
	}
	return false
}

// jobTitle reports a newsroom job title standing where a name would
// ("City Hall Reporter" in "By Jane Roe, City Hall Reporter").
func jobTitle(s string) bool {
	ws := strings.Fields(s)
	return len(ws) > 0 && jobWords[strings.ToLower(strings.Trim(ws[len(ws)-1], "."))]
}

// markBios gives the byline role to an author's note about themself near
// the end of an article ("Jane Roe covers transport for the Ledger. She has
// reported on three elections."): a body paragraph in the last half, of at
// most three sentences, that opens with the full name of an author (from a
// byline, or the front matter's or manifest's authors) and a verb of the
// trade. The note reports nothing of the story.
func markBios(ps []*para, authors []string) {
	names := map[string]bool{}
	for _, a := range authors {
		names[strings.TrimSpace(a)] = true
	}
	for _, p := range ps {
		if p.role != RoleByline {
			continue
		}
		if name := bylineName(p); name != "" {
			for _, a := range splitAuthors(name) {
				if personName(a) && !jobTitle(a) {
					names[a] = true
				}
			}
		}
	}
	if len(names) == 0 {
		return
	}
	// longest first, so "Jane Roe-Smith" is tried before "Jane Roe", in
	// the same order on every run
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Slice(list, func(a, b int) bool {
		if len(list[a]) != len(list[b]) {
			return len(list[a]) > len(list[b])
		}
		return list[a] < list[b]
	})
	for i := len(ps) / 2; i < len(ps); i++ {
		p := ps[i]
		if p.role != RoleBody || p.rest || len(p.words) > 60 {
			continue
		}
		for _, n := range list {
			rest, ok := strings.CutPrefix(strings.TrimLeft(p.clean, "*_"), n+" ")
			if !ok {
				continue
			}
			verb := strings.ToLower(strings.Fields(rest)[0])
			if bioVerbs[verb] && len(sentence.Split(p.raw)) <= 3 {
				p.role = RoleByline
			}
			break
		}
	}
}

// namedJob splits "Jane Roe, Senior Writer" / "Jane Roe Environment
// correspondent" into the person's name, or returns "".
func namedJob(s string) string {
	s = strings.TrimSpace(stripBullet(DisplayText(s)))
	ws := strings.Fields(strings.ReplaceAll(s, ",", " , "))
	if len(ws) < 3 || len(ws) > 9 || !jobWords[strings.ToLower(strings.Trim(ws[len(ws)-1], "."))] {
		return ""
	}
	n := 2
	if c := indexOf(ws, ","); c > 0 {
		n = c
	} else if w := ws[1]; len(strings.TrimSuffix(w, ".")) == 1 {
		n = 3 // a middle initial
	}
	if n >= len(ws) || !personName(strings.Join(ws[:n], " ")) {
		return ""
	}
	for _, w := range ws[n:] {
		if lw := strings.ToLower(w); englishStop[lw] && lw != "and" {
			return ""
		}
	}
	return strings.Join(ws[:n], " ")
}

func indexOf(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}

func isCopyright(p *para) bool {
	l := p.lower
	if len(p.words) > 30 {
		return false
	}
	if strings.Contains(l, "all rights reserved") || strings.HasPrefix(l, "copyright") {
		return true
	}
	// "© 2024 Name" is a copyright notice; a bare "© Agency" is a photo credit.
	return (strings.HasPrefix(l, "©") || strings.HasPrefix(l, "(c) ")) && hasYear(l)
}

// hasYear reports a four-digit year 1900–2099 in s.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || !isDigit(s[i-1])) && (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
			isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

// isCaption recognises photo captions and credits: credit vocabulary, a
// "©"/"(c)" credit after the text, or a caption shape (a printed date and a
// position word or a trailing credit).
func isCaption(p *para) bool {
	l := p.lower
	for _, m := range creditMarkers {
		if strings.Contains(l, m) {
			return true
		}
	}
	if i := strings.LastIndex(p.clean, "©"); i >= 0 && len(strings.Fields(p.clean[i:])) <= 8 {
		return true
	}
	if strings.HasSuffix(p.clean, ")") {
		if i := strings.LastIndex(p.clean, "("); i >= 0 && strings.Contains(p.clean[i:], "/") && !strings.Contains(p.clean[i:], "://") && isCreditRun(p.clean[i+1:len(p.clean)-1]) {
			return true
		}
	}
	hasDate := len(findDates(p.clean)) > 0
	hasPos := false
	for _, m := range captionPositions {
		if strings.Contains(l, m) {
			hasPos = true
		}
	}
	return hasDate && (hasPos || creditTail(p.clean) != "")
}

// isCreditRun reports whether s looks like "Name/Agency" credit text.
func isCreditRun(s string) bool {
	for _, part := range strings.Split(s, "/") {
		ws := strings.Fields(part)
		if len(ws) == 0 || len(ws) > 4 {
			return false
		}
		for _, w := range ws {
			if !isCapWord(w) {
				return false
			}
		}
	}
	return true
}

// creditTail returns the trailing credit of a caption — one to five
// capitalised words after the last full stop, without final punctuation —
// or "".
func creditTail(s string) string {
	s = strings.TrimSpace(s)
	if endsSentence(s) {
		return ""
	}
	i := strings.LastIndex(s, ". ")
	if i < 0 {
		return ""
	}
	tail := strings.TrimSpace(s[i+2:])
	ws := strings.Fields(tail)
	if len(ws) == 0 || len(ws) > 5 || len(strings.Fields(s[:i])) < 6 {
		return ""
	}
	for _, w := range ws {
		if !isCapWord(w) {
			return ""
		}
	}
	return tail
}

func isDateline(p *para) bool {
	if len(p.words) > 12 || len(p.words) == 0 {
		return false
	}
	if t := unemphasised(p.clean); t != p.clean {
		return isDateline(newPara(t, 0, len(t), "")) // "*Live · Updated 17:45 BST*"
	}
	// "Wednesday, July 15, 2026 · Updated 7:20 a.m.": every part a dateline,
	// beside a read time ("3 min read") or, before the date, section labels
	// ("Politics | 12 May 2026", "News | Courts | 12 May 2026") after the
	// outlet's name ("The Westby Courier | Sport | 12 May 2026 | 07:00") or a
	// live page's status note ("Live coverage has ended · Last updated 22:10").
	if parts := barParts(p.clean); len(parts) >= 2 {
		dated := false
		for k, part := range parts {
			q := newPara(part, 0, len(part), "")
			switch {
			case len(barParts(q.clean)) != 1:
				return false
			case isDateline(q):
				dated = true
			case readTimeRe.MatchString(q.lower), !dated && barLabel(q, k), k > 0 && clockOnly(q.lower),
				!dated && liveNote(q.clean):
			default:
				return false
			}
		}
		return dated
	}
	l := strings.ToLower(stripBullet(p.clean))
	if relRe.MatchString(l) && len(p.words) <= 6 {
		return true
	}
	rest := strings.ToLower(stripDatelineWords(p.clean))
	hadWord := rest != l
	if hadWord {
		switch strings.Trim(rest, ".:") {
		case "yesterday", "today", "just now", "now":
			return true
		}
		if clockRe.MatchString(rest) || len(findDates(p.clean)) > 0 || relRe.MatchString(rest) {
			return true
		}
	}
	// A bare date or date and time: nearly every word is date vocabulary.
	if fd := findDates(p.clean); len(fd) > 0 {
		dateWords := len(strings.Fields(p.clean[fd[0].start:fd[0].end]))
		other := 0
		for _, w := range strings.Fields(p.clean[fd[0].end:]) {
			lw := strings.ToLower(strings.Trim(w, ".,()|"))
			if lw == "" || zoneNames[lw] || clockRe.MatchString(lw) || lw == "am" || lw == "pm" || lw == "a.m" || lw == "p.m" || lw == "at" {
				continue
			}
			other++
		}
		return other == 0 && len(strings.Fields(p.clean[:fd[0].start])) <= 1 && dateWords > 0
	}
	return false
}

// unemphasised returns s without the Markdown emphasis that wraps the whole
// line ("*Updated 17:45 BST*", "_3 May 2024_" → the text inside), or s
// itself when no matching marks open and close it.
func unemphasised(s string) string {
	t := strings.TrimSpace(s)
	for _, m := range []string{"***", "**", "*", "___", "__", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			return strings.TrimSpace(t[len(m) : len(t)-len(m)])
		}
	}
	return s
}

// barLabel reports a label that may stand before the date in a dateline
// bar: a section name ("Politics", "Analysis") or, first in the bar, the
// outlet's name ("The Westby Courier", "Easton Evening News"), a name that
// starts with "The" or ends in an organisation word, without digits or
// sentence punctuation.
func barLabel(q *para, k int) bool {
	if sectionLabel(q) {
		return true
	}
	return k == 0 && len(q.words) <= 5 && !strings.ContainsAny(q.clean, "0123456789.,;:!?\"“”@#_/") && orgName(q.clean)
}

// clockOnly reports a bare clock time, possibly with a zone: "07:15",
// "7:15 pm", "19:42 GMT".
func clockOnly(l string) bool {
	if !clockRe.MatchString(l) {
		return false
	}
	rest := strings.Trim(clockRe.ReplaceAllString(l, ""), " .()")
	return rest == "" || zoneNames[rest]
}

// sectionLabel reports a short section name that may open a dateline bar
// ("Politics", "Live updates", "Markets & Economy"): one to four words, the
// first capitalised, no digits or sentence punctuation, not a person's name,
// a byline or a user name.
func sectionLabel(p *para) bool {
	ws := strings.Fields(p.clean)
	if len(ws) == 0 || len(ws) > 4 || !isCapWord(ws[0]) || strings.ContainsAny(p.clean, "0123456789.,;:!?\"“”@#_/") {
		return false
	}
	if personName(p.clean) || bylineName(p) != "" || len(ws) == 1 && handleLike(ws[0]) {
		return false
	}
	for _, w := range ws {
		if lw := strings.ToLower(w); englishStop[lw] && lw != "and" || posterLabels[lw] || replyMarkers[lw] {
			return false
		}
	}
	return true
}

// bylineName returns the names part of a "By …" byline, or "".
func bylineName(p *para) string {
	if len(p.words) > 16 {
		return ""
	}
	c := strings.Trim(stripBullet(p.clean), "*_ ") // "*By Jane Roe · 3 May 2024*"
	lc := strings.ToLower(c)
	for _, pre := range bylinePrefixes {
		if strings.HasPrefix(lc, pre) {
			rest := strings.TrimSpace(c[len(pre):])
			if i := strings.IndexAny(rest, "·|•—–"); i > 0 {
				rest = strings.TrimSpace(rest[:i]) // "By Jane Roe · 3 May 2024"
			}
			if rest == "" || !isCapWord(rest) || endsSentence(rest) && !strings.HasSuffix(rest, ".") {
				return ""
			}
			rest = strings.TrimRight(rest, ". ")
			// The first name must look like a person or an organisation, so
			// "By Tuesday, officials had…" stays body text.
			first := splitAuthors(rest)[0]
			if i := strings.Index(first, " in "); i > 0 {
				first = first[:i]
			}
			if !personName(first) && !orgName(first) {
				return ""
			}
			return rest
		}
	}
	return ""
}

// nameList parses a byline that is only a list of person names, with
// optional places ("Jane Roe and John Doe in Paris, Ann Lee in Rome"). It
// returns the names, or nil when the line is not such a list.
func nameList(s string) []string {
	s = strings.TrimSpace(stripBullet(DisplayText(s)))
	if s == "" || endsSentence(s) && !strings.HasSuffix(s, ".") {
		return nil
	}
	s = strings.TrimRight(s, ". ")
	var names []string
	for _, part := range splitAuthors(s) {
		place := ""
		if i := strings.Index(part, " in "); i > 0 {
			part, place = part[:i], part[i+4:]
		}
		if !personName(part) {
			return nil
		}
		if place != "" {
			for _, w := range strings.Fields(place) {
				if !isCapWord(w) {
					return nil
				}
			}
		}
		names = append(names, part)
	}
	if len(names) < 2 {
		return nil
	}
	return names
}

// splitAuthors splits "A, B and C" / "A & B" into names.
func splitAuthors(s string) []string {
	s = strings.ReplaceAll(s, " & ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// personName reports whether s is shaped like a person's name: two to four
// capitalised words or initials, no organisation words, no "The".
func personName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, "."))
		if !isCapWord(w) || orgWords[lw] || (i == 0 && lw == "the") || englishStop[lw] && len(lw) > 1 {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// orgName reports whether a byline name is an organisation rather than a
// person: it starts with "The" or ends with an organisation word, and is not
// a generic staff credit.
func orgName(s string) bool {
	s = strings.TrimSpace(s)
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 7 || genericBylines[strings.ToLower(s)] {
		return false
	}
	for _, w := range ws {
		if !isCapWord(w) && !englishStop[strings.ToLower(w)] && w != "&" && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	if strings.EqualFold(ws[0], "the") && len(ws) >= 2 {
		return true
	}
	return len(ws) >= 2 && orgWords[strings.ToLower(ws[len(ws)-1])]
}

// stackedCredit reports whether p, the line right under the byline by,
// continues that byline on a line of its own: by names someone ("By Hedda
// Lurk") and p is only the name of a news organisation ("Westby Press
// Agency", "The Easton Herald") or a newsroom job ("Chief reporter",
// "Staff writer"), with no sentence punctuation, credit label or date.
func stackedCredit(by, p *para) bool {
	if bylineName(by) == "" {
		return false
	}
	c := strings.Trim(p.clean, "*_ ")
	ws := strings.Fields(c)
	if len(ws) == 0 || len(ws) > 6 || strings.ContainsAny(c, ".,:;/|·•©!?\"“”()") {
		return false
	}
	return creditOrg(c) || len(ws) <= 4 && jobTitle(c) && isCapWord(ws[0])
}

// creditOrg reports whether s is only the name of a news organisation:
// capitalised words ending in an organisation word ("Westby Press Agency",
// "The Easton Herald").
func creditOrg(s string) bool {
	ws := strings.Fields(s)
	return len(ws) >= 2 && orgName(s) && orgWords[strings.ToLower(ws[len(ws)-1])]
}

// titleShaped reports whether a paragraph could be a headline.
func titleShaped(p *para) bool {
	n := len(p.words)
	if n == 0 || n > 30 || !isCapWord(firstLetterWord(p.clean)) || multiSentence(p.clean) {
		return false
	}
	switch lastSignificant(p.clean) {
	case '.', ';', ',':
		return false
	}
	return true
}

// headlineOverByline reports the headline of an article reposted or quoted
// inside the page ("Bakery fire closes the high street for a day" over "By
// Hedda Lurk, Westby Radio"): a title-shaped line that no colon closes,
// directly over a "By …" byline. A headline is never evidence, however long.
// The caller asks only past the page's own header (after its first body
// paragraph, or under a rule line), where a standfirst is the subtitle.
func headlineOverByline(ps []*para, i int) bool {
	if i+1 >= len(ps) || ps[i].hint != "" || !titleShaped(ps[i]) || lastSignificant(ps[i].clean) == ':' {
		return false
	}
	return bylineName(ps[i+1]) != ""
}

// multiSentence reports a full stop, question or exclamation mark followed
// by a capitalised word inside s (more than one sentence).
func multiSentence(s string) bool {
	ws := strings.Fields(s)
	for i := 0; i+1 < len(ws); i++ {
		w := strings.TrimRight(ws[i], "\"'”’)")
		if len(w) > 3 && strings.ContainsAny(w[len(w)-1:], ".!?") && isCapWord(ws[i+1]) && !strings.Contains(w[:len(w)-1], ".") {
			return true
		}
	}
	return false
}

func firstLetterWord(s string) string {
	i := strings.IndexFunc(s, unicode.IsLetter)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// headingShaped reports whether a paragraph is a short section heading.
func headingShaped(p *para) bool {
	n := len(p.words)
	if n == 0 || n > 10 || len(p.clean) > 90 {
		return false
	}
	if stripBullet(p.raw) != strings.TrimLeft(p.raw, " \t") && datedEntry.MatchString(p.clean) {
		return false // "- 10 March: police release images": an entry of a timeline list
	}
	switch lastSignificant(p.clean) {
	case '.', ',', ';', ':':
		return false
	case '?', '!':
		if r := lastRune(p.clean); r == '"' || r == '”' || r == '’' || r == '\'' {
			return false // a quoted question or exclamation is speech
		}
	}
	return isCapWord(firstLetterWord(p.clean))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r
}

// informal reports whether a line addresses the reader informally (reader
// comments).
func informal(p *para) bool {
	for _, w := range strings.Fields(strings.ToLower(p.clean)) {
		if secondPerson[strings.Trim(w, ".,!?;:\"'()")] {
			return true
		}
	}
	return strings.Contains(p.clean, "!!") || strings.Contains(p.clean, "??")
}

// bodyShaped reports whether a paragraph reads like article prose.
func bodyShaped(p *para) bool {
	return len(p.words) >= 12 && (endsSentence(p.clean) || len(p.words) >= 25)
}

// classify gives every paragraph its role. Position matters: the header
// (title, subtitle, byline, datelines, signature) comes before the first
// body-shaped paragraph; a reader-comment section follows a separator or a
// comment heading at the end.
func classify(ps []*para) {
	if len(ps) == 0 {
		return
	}
	local := make([]Role, len(ps))
	for i, p := range ps {
		if len(p.words) == 0 && i+1 < len(ps) { // a rule line ("* * *", "---") separates like a blank one
			ps[i+1].sepBefore = true
		}
		local[i] = localRole(p)
		if p.hint == RoleCaption && local[i] == "" {
			local[i] = RoleCaption
		}
	}
	// Header zone: before the first body-shaped paragraph.
	bodyStart := func(i int) bool {
		p := ps[i]
		broken := i+1 < len(ps) && len(p.words) >= 8 && !endsSentence(p.clean) && startsLower(ps[i+1].raw)
		return local[i] == "" && p.hint == "" && !forumTrail(p.clean) && (bodyShaped(p) || broken || multiSentence(p.clean) && len(p.words) >= 8)
	}
	firstBody := len(ps)
	for i := range ps {
		if bodyStart(i) {
			firstBody = i
			break
		}
	}
	firstBody = pastStandfirst(ps, local, firstBody, bodyStart)
	// Is the document English as a whole?
	var all []string
	for _, p := range ps {
		all = append(all, p.words...)
		if len(all) > 2000 {
			break
		}
	}
	english := englishRatio(all) >= 0.15

	title := -1
	for i := 0; i < firstBody && i < 6; i++ {
		if ps[i].hint == RoleTitle {
			title = i
			break
		}
	}
	if title < 0 {
		// Candidates: title-shaped paragraphs at the top, before any byline or
		// dateline. One- and two-word section labels ("News", "Local") are
		// passed over when a longer candidate follows; a short kicker ("World
		// news") above a longer headline is a heading.
		var cands []int
		free := 0
		for i := 0; i < firstBody && free < 8; i++ {
			if local[i] == RoleByline || local[i] == RoleDateline {
				break
			}
			if local[i] != "" || ps[i].hint != "" && ps[i].hint != RoleHeading {
				continue
			}
			free++
			if !titleShaped(ps[i]) {
				break
			}
			cands = append(cands, i)
		}
		k := 0
		for k+1 < len(cands) && len(ps[cands[k]].words) <= 2 {
			k++
		}
		if k < len(cands) {
			title = cands[k]
			// The headline may sit below a site name and a short section
			// label ("Example Gazette", "LOCAL NEWS", headline).
			m := k + 1
			for m+1 < len(cands) && len(ps[cands[m]].words) <= 2 {
				m++
			}
			if m < len(cands) {
				j := cands[m]
				if len(ps[title].words) <= 4 && len(ps[j].words) > len(ps[title].words)+2 && len(ps[j].words) <= 20 {
					ps[title].role = RoleHeading
					title = j
				}
			}
			for _, i := range cands {
				if i < title && ps[i].role == "" {
					if len(ps[i].words) <= 2 {
						ps[i].role = RoleChrome
					} else {
						ps[i].role = RoleHeading
					}
				}
			}
		}
	}
	if title >= 0 {
		ps[title].role = RoleTitle
	}
	// Signature: right under the title in a forum repost, a line in another
	// language (a motto), with the poster's short name above it.
	if title >= 0 && english {
		for j := title + 1; j < firstBody && j <= title+3; j++ {
			if local[j] != "" {
				continue
			}
			p := ps[j]
			if len(p.words) >= 5 && englishRatio(p.words) == 0 && startsLower(strings.Join(p.words[1:], " ")) {
				p.role = RoleSignature
				if k := j - 1; k > title && ps[k].role == "" && local[k] == "" && len(ps[k].words) <= 3 && !endsSentence(ps[k].clean) {
					ps[k].role = RoleSignature
				}
			}
		}
	}
	// Bylines that are only lists of names, or a name and a job, in the header.
	for i := 0; i < firstBody; i++ {
		if ps[i].role == "" && local[i] == "" && (nameList(ps[i].raw) != nil || namedJob(ps[i].raw) != "") {
			local[i] = RoleByline
		}
	}
	// A credit line stacked under a "By …" byline — the reporter's
	// organisation or job on a line of its own — is part of the byline,
	// not a section heading.
	for i := 1; i < len(ps); i++ {
		if ps[i].role == "" && local[i] == "" && ps[i].hint == "" && local[i-1] == RoleByline && stackedCredit(ps[i-1], ps[i]) {
			local[i] = RoleByline
		}
	}
	// Subtitle: the first free paragraph after the title in the header.
	if title >= 0 {
		for j := title + 1; j < firstBody; j++ {
			if ps[j].role != "" || local[j] != "" {
				continue
			}
			// A standfirst ending in a full stop is only told from a short
			// first paragraph by a byline or dateline below it.
			header := !endsSentence(ps[j].clean) || ps[j].hint == RoleSubtitle
			for k := j + 1; k < firstBody && !header; k++ {
				header = local[k] == RoleByline || local[k] == RoleDateline
			}
			if len(ps[j].words) >= 4 && header {
				ps[j].role = RoleSubtitle
			}
			break
		}
	}
	// Reader comments: after a comment heading or a whitespace-only separator
	// in the second half, when the lines there address the reader.
	commentFrom := len(ps)
	// prose(i): the paragraphs after i read like the rest of an article
	// rather than reader talk — most of those without a role of their own
	// (poster lines aside) are formal body-shaped paragraphs.
	poster := make([]bool, len(ps))
	pfree, pformal := make([]int, len(ps)+1), make([]int, len(ps)+1)
	for i := len(ps) - 1; i >= 0; i-- {
		p := ps[i]
		poster[i] = posterLine(p)
		pfree[i], pformal[i] = pfree[i+1], pformal[i+1]
		if local[i] == "" && !poster[i] {
			pfree[i]++
			if bodyShaped(p) && !informal(p) && !handleColon(p) {
				pformal[i]++
			}
		}
	}
	prose := func(i int) bool { return i < len(ps) && pfree[i] > 0 && pformal[i]*2 > pfree[i] }
	// A forum thread that reposts an article opens with the poster line of
	// its first post ("Posted by name · date"); the poster's own words
	// between it and the rule line that opens the repost are a comment.
	for h := 0; h < len(ps) && h < 4; h++ {
		if !poster[h] {
			continue
		}
		for r := h + 1; r < len(ps) && r <= h+4; r++ {
			if ruleLine(ps[r]) {
				if r > h+1 && prose(r+1) {
					for j := h + 1; j < r; j++ {
						if local[j] == "" && (ps[j].role == "" || ps[j].role == RoleSubtitle) {
							ps[j].role = RoleComment
						}
					}
				}
				break
			}
			if local[r] != "" && local[r] != RoleChrome || ps[r].role != "" && ps[r].role != RoleSubtitle || bodyShaped(ps[r]) && len(ps[r].words) > 40 {
				break
			}
		}
		break
	}
	// free[i], inf[i]: paragraphs from i on without a local role, and how
	// many of them are informal.
	free, inf := make([]int, len(ps)+1), make([]int, len(ps)+1)
	for i := len(ps) - 1; i >= 0; i-- {
		free[i], inf[i] = free[i+1], inf[i+1]
		if local[i] == "" {
			free[i]++
			if informal(ps[i]) {
				inf[i]++
			}
		}
	}
	// nextFree[i]: the first paragraph from i on that is neither local
	// furniture nor a rule line (len(ps) when none).
	nextFree := make([]int, len(ps)+1)
	nextFree[len(ps)] = len(ps)
	for i := len(ps) - 1; i >= 0; i-- {
		nextFree[i] = i
		if local[i] == RoleChrome || ruleLine(ps[i]) {
			nextFree[i] = nextFree[i+1]
		}
	}
	// talk(i): reader talk rather than article prose follows a comment
	// heading at i — replies that do not read like the article, or a poster
	// line ("harthlad_77 · 2 hours ago") as the next paragraph that is not
	// furniture, however formal the replies under it sound.
	talk := func(i int) bool {
		if j := nextFree[i+1]; j < len(ps) && poster[j] {
			return true
		}
		return !prose(i + 1)
	}
	for i := len(ps) - 1; i > 0 && i >= len(ps)/2; i-- {
		if i > firstBody && (commentIntros[ps[i].lower] || commentCountRe.MatchString(ps[i].lower)) && talk(i) {
			commentFrom = i
			local[i] = RoleChrome
			break
		}
		if ps[i].sepBefore && i > firstBody {
			if inf[i] > 0 && inf[i]*2 >= free[i] {
				commentFrom = i
				break
			}
		}
		// A rule line ("---", "* * *") after the article, with a poster
		// line next: the replies under a reposted article.
		if i > firstBody && ruleLine(ps[i]) {
			if j := nextFree[i+1]; j < len(ps) && poster[j] {
				commentFrom = i + 1
				break
			}
		}
	}
	// Wherever the article has begun: a comment heading that cannot title
	// a news section, when reader talk rather than prose follows it; or the
	// header of a forum reply ("Reply #1 · jetwash77 · 10:02 PM").
	for i := firstBody + 1; i < commentFrom; i++ {
		p := ps[i]
		if (strongCommentIntros[p.lower] || commentCountRe.MatchString(p.lower)) && i+1 < len(ps) && talk(i) {
			commentFrom = i
			local[i] = RoleChrome
			break
		}
		// A user name and time may also head a social post quoted in the
		// article: it opens the comments only when reader talk follows.
		if (local[i] == "" || local[i] == RoleDateline) && poster[i] && i+1 < len(ps) && (strongPoster(p) || !prose(i+1)) {
			commentFrom = i
			break
		}
	}
	// The article's end: past its last paragraph of formal prose, the first
	// closing furniture (copyright, share bar, related links, newsletter
	// pitch). Below it, reader talk is a comment and link titles are
	// furniture; only sentences in the article's register stay body.
	if len(ps) > 0 && ps[len(ps)-1].role == "" && local[len(ps)-1] == "" && len(ps)-1 > firstBody && trailingCopyright(ps[len(ps)-1]) {
		local[len(ps)-1] = RoleCopyright
	}
	lastProse := firstBody
	for i := firstBody; i < commentFrom; i++ {
		if local[i] == "" && ps[i].role == "" && bodyShaped(ps[i]) && !informal(ps[i]) {
			lastProse = i
		}
	}
	ended := false
	for i := lastProse + 1; i < commentFrom; i++ {
		p := ps[i]
		if !ended {
			ended = endMarker(p, local[i])
			continue
		}
		if local[i] != "" || p.role != "" || p.hint != "" {
			continue
		}
		switch {
		case informal(p) || handleColon(p):
			local[i] = RoleComment
		case !endsSentence(p.clean) && len(p.words) <= 16, len(barParts(p.clean)) >= 2:
			local[i] = RoleChrome
		}
	}
	// Topic lists after a list intro.
	inList := false
	for i, p := range ps {
		if p.role != "" {
			inList = false
			continue
		}
		switch {
		case listIntros[p.lower] && (local[i] == RoleChrome || len(p.words) <= 8):
			p.role = RoleChrome
			inList = true
			continue
		case inList && local[i] == "" && len(p.words) <= 6 && !endsSentence(p.clean):
			p.role = RoleChrome
			continue
		}
		inList = false
		switch {
		case i >= commentFrom && local[i] != RoleChrome && local[i] != RoleCopyright:
			p.role = RoleComment
		case local[i] != "":
			p.role = local[i]
		case p.hint == RoleHeading:
			p.role = RoleHeading
		case headingShaped(p) && !bodyShaped(p), (i > firstBody || i > 0 && ruleLine(ps[i-1])) && headlineOverByline(ps, i):
			p.role = RoleHeading
		default:
			p.role = RoleBody
		}
	}
	// An image title right above a caption belongs to the caption; a
	// heading above a Markdown image line is the next section's.
	for i := 0; i+1 < len(ps); i++ {
		if ps[i+1].role == RoleCaption && ps[i].role == RoleHeading && len(ps[i].words) <= 6 && !mdImage(ps[i+1].raw) {
			ps[i].role = RoleCaption
		}
	}
}

// standfirstHeader is how many byline, dateline and furniture lines may
// stand between a standfirst and the story's first paragraph.
const standfirstHeader = 4

// pastStandfirst returns where the story's body starts when the paragraph
// at fb, body-shaped as it is, is a standfirst: a summary of up to 60 words
// right under the headline (furniture aside), with a byline or a dateline
// below it and nothing but header lines (bylines, datelines, furniture, a
// lead picture's caption) between it and the next paragraph that opens a
// body. A story's first
// paragraph has no byline under it. Otherwise fb is returned.
func pastStandfirst(ps []*para, local []Role, fb int, bodyStart func(int) bool) int {
	if fb <= 0 || fb >= len(ps) || len(ps[fb].words) > 60 {
		return fb
	}
	h := fb - 1
	for h > 0 && local[h] == RoleChrome {
		h--
	}
	if local[h] != "" || ps[h].hint != RoleTitle && (ps[h].hint != "" || !titleShaped(ps[h])) {
		return fb // no headline right above
	}
	header := false
	for j := fb + 1; j < len(ps) && j <= fb+1+standfirstHeader; j++ {
		switch {
		case local[j] == RoleByline || local[j] == RoleDateline || local[j] == "" && (nameList(ps[j].raw) != nil || namedJob(ps[j].raw) != ""):
			header = true
		case local[j] == RoleChrome || local[j] == RoleCaption || ps[j].hint == RoleCaption:
			// a lead picture's caption between the header and the story
		case header && bodyStart(j):
			return j
		default:
			return fb
		}
	}
	return fb
}

// splitCredits cuts a photo credit that closes a caption ("… on Tuesday.
// Image: Jane Roe © Example Agency", "… © Example Wire / J. Roe") into a
// paragraph of its own with the byline role: the credit names who took the
// picture and reports nothing, so it is not evidence. Other paragraphs are
// kept as they are.
func splitCredits(ps []*para) []*para {
	var out []*para
	for _, p := range ps {
		if p.role == RoleCaption && !p.rest && fileImage(p.lower) {
			p.role = RoleChrome // a file or stock picture shows nothing of the story
		}
		if p.role != RoleCaption || p.rest {
			out = append(out, p)
			continue
		}
		cut := creditCut(p.raw)
		if cut <= 0 {
			out = append(out, p)
			continue
		}
		he, ts := cut, cut
		for he > 0 && isSpace(p.raw[he-1]) {
			he--
		}
		for ts < len(p.raw) && isSpace(p.raw[ts]) {
			ts++
		}
		// newPara takes offsets into the whole text; p.raw is its slice
		// from p.start, so the parts are built on p.raw and shifted.
		head, tail := newPara(p.raw, 0, he, p.hint), newPara(p.raw, ts, len(p.raw), "")
		head.start, head.end = p.start, p.start+he
		tail.start, tail.end = p.start+ts, p.end
		head.sepBefore, head.role, tail.role = p.sepBefore, RoleCaption, RoleByline
		out = append(out, head, tail)
	}
	return out
}

// fileImage reports a caption marked as a file, stock or archive picture
// ("Ballot boxes in a store room. (File image)").
func fileImage(l string) bool {
	for _, m := range fileImageMarkers {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// creditCut returns the byte offset in a caption where a closing photo
// credit starts, or 0: the credit follows a full stop, starts with "©" or a
// credit label ("Image:", "Photo:", "Photo by"), is short, and is made of
// names.
func creditCut(s string) int {
	// A credit is short: only full stops near the end can start one.
	for i := max(0, len(s)-maxCreditBytes); i+2 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' && s[i+1] != '\n' {
			continue
		}
		head := s[:i+1]
		if len(strings.Fields(head)) < 4 || !creditTailShaped(strings.TrimSpace(s[i+1:])) {
			continue
		}
		return i + 1
	}
	return 0
}

// maxCreditBytes bounds the length of a caption's closing credit.
const maxCreditBytes = 160

// creditTailShaped reports a photo credit: "© Example Agency", "Image: Jane
// Roe © Example Agency", "Photo by Jane Roe/Example Wire", "Picture: Example
// Gazette reader". Besides names it holds only joiners and words saying where
// the picture came from, and at least one name.
func creditTailShaped(t string) bool {
	if t == "" || endsSentence(t) && !strings.HasSuffix(t, ".") {
		return false
	}
	l := strings.ToLower(t)
	rest := ""
	switch {
	case strings.HasPrefix(t, "©"):
		rest = strings.TrimPrefix(t, "©")
	case strings.HasPrefix(l, "(c) "):
		rest = t[4:]
	default:
		for _, lab := range creditLabels {
			if strings.HasPrefix(l, lab) {
				rest = t[len(lab):]
				break
			}
		}
		if rest == "" {
			return false
		}
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 9 {
		return false
	}
	names, prevName := 0, false
	for _, w := range ws {
		lw := strings.ToLower(w)
		name := false
		switch {
		case w == "©" || w == "/" || w == "|" || w == "&" || w == "-" || w == "–":
		case creditJoiners[lw], creditSources[strings.TrimRight(lw, "*_.,;)")]:
		case isCapWord(strings.TrimLeft(w, "©(/")) || strings.ContainsAny(w, "/©"):
			names++
			name = true
		case prevName && nameNumber(w):
			// a number in a name ("Channel 4", "Westby 96 FM")
			name = true
		default:
			return false
		}
		prevName = name
	}
	return names > 0
}

// nameNumber reports a short number standing in an outlet's or an
// agency's name after a capitalised word ("Channel 4", "Radio 1", "Westby
// 96"), possibly with closing punctuation or emphasis marks.
func nameNumber(w string) bool {
	d := strings.TrimRight(w, ".,;)*_")
	return d != "" && len(d) <= 4 && strings.Trim(d, "0123456789") == ""
}

// furnitureLines reports a paragraph of two or more lines that each open
// with a furniture label and stay short ("Related: …" under "Related: …"):
// a list of links, however long together.
func furnitureLines(l string) bool {
	n := 0
	for _, line := range strings.Split(l, "\n") {
		line = strings.TrimSpace(line)
		if !strings.ContainsFunc(line, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue // a rule line ("---") closing the list
		}
		if len(strings.Fields(line)) > 14 || !slices.ContainsFunc(chromePrefixes, func(pre string) bool { return strings.HasPrefix(line, pre) }) {
			return false
		}
		n++
	}
	return n >= 2
}
