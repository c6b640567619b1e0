package ui

// layout.go holds pure layout functions: they take data, a width and styles
// and return strings; none of them keeps state.

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/data/safetext"
	"storyline/timeline"
)

// safe makes article-derived text printable on one line.
func safe(s string) string { return safetext.Line(s) }

// truncate cuts a (possibly styled) string to at most w cells.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	if w > 1 && !strings.Contains(s, "\x1b") { // plain text: no space before the ellipsis
		return strings.TrimRight(ansi.Truncate(s, w-1, ""), " ") + "…"
	}
	return ansi.Truncate(s, w, "…")
}

// truncateMiddle shortens plain text to w cells by cutting its middle, so
// that both ends (a file name's start and its extension) stay readable.
func truncateMiddle(s string, w int) string {
	if ansi.StringWidth(s) <= w || w < 5 {
		return truncate(s, w)
	}
	rs := []rune(s)
	head := (w - 1) / 2
	tail := w - 1 - head
	for ansi.StringWidth(string(rs[len(rs)-tail:])) > tail && tail > 0 {
		tail--
	}
	return ansi.Truncate(s, head, "") + "…" + string(rs[len(rs)-tail:])
}

// fitLine truncates s to w cells and pads it with spaces to exactly w.
func fitLine(s string, w int) string {
	s = truncate(s, w)
	if pad := w - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// painter renders the pieces of one line on the line's background (the
// selection), so that the background survives the nested styles of the
// pieces (each ends with a reset). The zero painter adds nothing.
type painter struct {
	bg lipgloss.Style
	on bool
}

// onBg is a painter for a line on the background of style bg.
func onBg(bg lipgloss.Style) painter { return painter{bg: bg, on: true} }

// paint renders text in style st, on the line's background.
func (p painter) paint(st lipgloss.Style, text string) string {
	if p.on {
		st = st.Inherit(p.bg)
	}
	return st.Render(text)
}

// plain renders unstyled text on the line's background.
func (p painter) plain(text string) string {
	if !p.on || text == "" {
		return text
	}
	return p.bg.Render(text)
}

// fill truncates a line to w cells and pads it, on the background.
func (p painter) fill(line string, w int) string {
	line = truncate(line, w)
	if pad := w - ansi.StringWidth(line); pad > 0 {
		line += p.plain(strings.Repeat(" ", pad))
	}
	return line
}

// fitBox makes s exactly h lines of at most w cells each (cutting or
// padding with empty lines). It is the last guard of every View.
func fitBox(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = truncate(l, w)
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// joinLines joins lines and fits them into w×h.
func joinLines(lines []string, w, h int) string { return fitBox(strings.Join(lines, "\n"), w, h) }

// span is a byte range [a, b) of a text.
type span struct{ a, b int }

// isSep reports whether a byte separates words for wrapping.
func isSep(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// safeWidth is the width of text once sanitised.
func safeWidth(s string) int { return ansi.StringWidth(safe(s)) }

// wrapSpans word-wraps text[a:b] into lines of at most width cells (as
// measured after sanitising), returning the byte span of every line. Words
// longer than a line are broken between runes.
func wrapSpans(text string, a, b, width int) []span { return wrapIndent(text, a, b, width, 0) }

// wrapIndent is wrapSpans with the first line indent cells shorter.
func wrapIndent(text string, a, b, full, indent int) []span {
	if full < 1 {
		full = 1
	}
	width := max(full-indent, 1)
	var lines []span
	cur, curW, open := span{}, 0, false
	flush := func() {
		if open {
			lines = append(lines, cur)
			width = full
		}
		open, curW = false, 0
	}
	i := a
	for i < b {
		for i < b && isSep(text[i]) {
			i++
		}
		if i >= b {
			break
		}
		j := i
		for j < b && !isSep(text[j]) {
			j++
		}
		ww := safeWidth(text[i:j])
		switch {
		case open && curW+1+ww <= width:
			cur.b, curW = j, curW+1+ww
		case ww <= width:
			flush()
			cur, curW, open = span{i, j}, ww, true
		default: // a word longer than a line: break it between runes
			flush()
			k := i
			for k < j {
				start, w := k, 0
				for k < j {
					_, n := utf8.DecodeRuneInString(text[k:j])
					rw := safeWidth(text[k : k+n])
					if w+rw > width && w > 0 {
						break
					}
					w += rw
					k += n
				}
				if k < j {
					lines = append(lines, span{start, k})
					width = full
				} else {
					cur, curW, open = span{start, k}, w, true
				}
			}
		}
		i = j
	}
	flush()
	if len(lines) == 0 {
		lines = append(lines, span{a, a})
	}
	return lines
}

// mark styles the byte range [a, b) of a text.
type mark struct {
	a, b  int
	style lipgloss.Style
}

// runeStart moves i forward to the start of a rune of s.
func runeStart(s string, i int) int {
	if i < 0 {
		return 0
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	if i > len(s) {
		return len(s)
	}
	return i
}

// renderRange sanitises and styles text[a:b]; later marks win over earlier
// ones where they overlap. Each styled piece is sanitised on its own, so
// nothing from the text can reach the terminal raw.
func renderRange(text string, a, b int, base lipgloss.Style, marks []mark) string {
	a, b = runeStart(text, a), runeStart(text, b)
	if b <= a {
		return ""
	}
	cuts := []int{a, b}
	for _, m := range marks {
		for _, x := range []int{m.a, m.b} {
			x = runeStart(text, x)
			if x > a && x < b {
				cuts = append(cuts, x)
			}
		}
	}
	sort.Ints(cuts)
	var out strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		x, y := cuts[i], cuts[i+1]
		if x == y {
			continue
		}
		st := base
		for _, m := range marks {
			if m.a <= x && y <= m.b {
				st = m.style
			}
		}
		out.WriteString(st.Render(safe(text[x:y])))
	}
	return out.String()
}

// wrapStyled wraps text[a:b] to width and renders every line with marks.
func wrapStyled(text string, a, b, width int, base lipgloss.Style, marks []mark) ([]string, []span) {
	return wrapStyledIndent(text, a, b, width, 0, base, marks)
}

// wrapStyledIndent is wrapStyled with the first line indent cells shorter.
func wrapStyledIndent(text string, a, b, width, indent int, base lipgloss.Style, marks []mark) ([]string, []span) {
	sp := wrapIndent(text, a, b, width, indent)
	out := make([]string, len(sp))
	for i, s := range sp {
		w := width
		if i == 0 {
			w = max(width-indent, 1)
		}
		out[i] = truncate(renderRange(text, s.a, s.b, base, marks), w)
	}
	return out, sp
}

// outletSymbol is the one-cell symbol of the outlet at index i.
func outletSymbol(i int) string {
	const syms = "123456789abcdefghijklmnopqrstuvwxyz"
	if i >= 0 && i < len(syms) {
		return syms[i : i+1]
	}
	return "•"
}

// maxStrip is the most outlets drawn one mark each; more are summarised.
const maxStrip = 16

// stripWidth is the width of a coverage strip for n outlets.
func stripWidth(n int) int {
	if n > maxStrip {
		return 2*len(fmt.Sprint(n)) + 1 // "count/shown"
	}
	return n
}

// coverageStrip draws one mark per outlet of the timeline: the outlet's
// symbol in its colour when it reports the event, a dot when it does not,
// a blank when the outlet is filtered out.
func coverageStrip(st *Styles, s *State, outlets []string, pt painter) string {
	n := len(s.Full.Outlets)
	has := make([]bool, n)
	count := 0
	for _, o := range outlets {
		if i := s.OutletIndex(o); i >= 0 {
			if !has[i] {
				count++
			}
			has[i] = true
		}
	}
	if n > maxStrip {
		return pt.plain(fmt.Sprintf("%*s", stripWidth(n), fmt.Sprintf("%d/%d", count, s.SelectedCount())))
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		switch {
		case i < len(s.Selected) && !s.Selected[i]:
			b.WriteString(pt.plain(" "))
		case has[i]:
			b.WriteString(pt.paint(st.Outlet(i), outletSymbol(i)))
		default:
			b.WriteString(pt.paint(st.Missing, "·"))
		}
	}
	return b.String()
}

// statusMarker is the two-cell marker before a title: planned, cancelled,
// hypothetical or background.
func statusMarker(st *Styles, e *timeline.Event, pt painter) string {
	switch {
	case e.Background:
		return pt.paint(st.Background, "↶ ")
	case e.Status == timeline.StatusPlanned:
		return pt.paint(st.Planned, "◇ ")
	case e.Status == timeline.StatusCancelled:
		return pt.paint(st.Cancelled, "✕ ")
	case e.Status == timeline.StatusHypothetical:
		return pt.paint(st.Dim, "? ")
	}
	return pt.plain("  ")
}

// conflicts counts an event's conflicting and compatible disagreements;
// the conflicting ones include the story-wide disagreements that involve
// the event.
func conflicts(s *State, e *timeline.Event) (conflicting, compatible int) {
	for _, d := range e.Disagreements {
		if d.Verdict == "compatible" {
			compatible++
		} else {
			conflicting++
		}
	}
	for _, d := range s.StoryDisagreements(e.ID) {
		if d.Verdict != "compatible" {
			conflicting++
		}
	}
	return
}

// badgeWidth is the width reserved for badges on a timeline row.
const badgeWidth = 8

// badges draws the disagreement (the event's own and the story-wide ones
// involving it), quote and single-source badges.
func badges(st *Styles, s *State, e *timeline.Event, pt painter) string {
	var parts []string
	if c, ok := conflicts(s, e); c > 0 {
		parts = append(parts, pt.paint(st.BadgeDisagree, fmt.Sprintf("≠%d", c)))
	} else if ok > 0 {
		parts = append(parts, pt.paint(st.Dim, fmt.Sprintf("≈%d", ok)))
	}
	if n := len(e.Quotes); n > 0 {
		parts = append(parts, pt.paint(st.BadgeQuote, fmt.Sprintf("❝%d", n)))
	}
	if len(e.Outlets) == 1 {
		parts = append(parts, pt.paint(st.BadgeSingle, "¹"))
	}
	return strings.Join(parts, pt.plain(" "))
}

// whenLabel is the time label of an event for a row.
func whenLabel(e *timeline.Event) string {
	w := e.When
	switch {
	case w.Text != "":
		return safe(w.Text)
	case w.Date != "" && w.Time != "":
		return w.Date + " " + w.Time
	case w.Date != "":
		return w.Date
	}
	return "—"
}

// whenStyle picks the style of a time label by its precision.
func whenStyle(st *Styles, e *timeline.Event) lipgloss.Style {
	if e.When.Inferred || e.When.Precision == timeline.PrecisionApprox || e.When.Precision == timeline.PrecisionRelative {
		return st.TimeGuess
	}
	return st.TimeLabel
}

// compactWhen fits an event's time label into w cells: the engine's label
// when it fits, else a shorter one built from the date and time.
func compactWhen(e *timeline.Event, w int) string {
	full := whenLabel(e)
	if ansi.StringWidth(full) <= w {
		return full
	}
	if d, err := time.Parse("2006-01-02", e.When.Date); err == nil {
		for _, f := range []string{"2 Jan 15:04", "2 Jan", "15:04"} {
			if f != "2 Jan" && e.When.Time == "" {
				continue
			}
			s := d.Format(f)
			if e.When.Time != "" {
				if t, err := time.Parse("2006-01-02 15:04", e.When.Date+" "+e.When.Time); err == nil {
					s = t.Format(f)
				}
			}
			if len(s) <= w {
				return s
			}
		}
	}
	return full
}

// rowLayout is the column widths of timeline rows for a width.
type rowLayout struct {
	rank, when, title, strip, badges int
}

// layoutRows decides which columns fit in width; the title takes the rest
// and columns are dropped (time, badges, strip) before it gets too narrow.
func layoutRows(width, events, outlets, badgeW, whenW int) rowLayout {
	l := rowLayout{rank: len(fmt.Sprint(events)), when: 16, strip: stripWidth(outlets), badges: min(badgeW, badgeWidth)}
	switch {
	case width < 60:
		l.when = 11
	case width < 76:
		l.when = 12
	}
	l.when = max(min(l.when, whenW), 1)
	calc := func() int {
		// cursor(2) rank+1 marker(2) when+1 title strip+1 badges+1
		w := width - 2 - (l.rank + 1) - 2 - l.title
		if l.when > 0 {
			w -= l.when + 1
		}
		if l.strip > 0 {
			w -= l.strip + 1
		}
		if l.badges > 0 {
			w -= l.badges + 1
		}
		return w
	}
	if calc() < 14 {
		l.badges = 0 // the event screen has them
	}
	if calc() < 10 {
		l.when = 0
	}
	if calc() < 8 {
		l.strip = 0
	}
	l.title = max(calc(), 1)
	return l
}

// eventRow draws one timeline row, on the background of pt (the
// selection) when it has one.
func eventRow(st *Styles, s *State, e *timeline.Event, l rowLayout, cursor bool, pt painter, width int) string {
	var b strings.Builder
	if cursor {
		b.WriteString(pt.paint(st.Cursor, "› "))
	} else {
		b.WriteString(pt.plain("  "))
	}
	b.WriteString(pt.paint(st.Rank, fmt.Sprintf("%*d", l.rank, e.Rank)))
	b.WriteString(pt.plain(" "))
	b.WriteString(statusMarker(st, e, pt))
	if l.when > 0 {
		ws := whenStyle(st, e)
		if e.Background { // the whole row steps back from the story line
			ws = st.Background
		}
		b.WriteString(pt.paint(ws, fitLine(compactWhen(e, l.when), l.when)))
		b.WriteString(pt.plain(" "))
	}
	ts := lipgloss.NewStyle()
	if e.Background {
		ts = st.Background
	} else if e.Status == timeline.StatusCancelled {
		ts = st.Cancelled
	}
	b.WriteString(pt.paint(ts, fitLine(safe(e.Title), l.title)))
	if l.strip > 0 {
		b.WriteString(pt.plain(" "))
		b.WriteString(coverageStrip(st, s, e.Outlets, pt))
	}
	if l.badges > 0 {
		b.WriteString(pt.plain(" "))
		b.WriteString(pt.fill(badges(st, s, e, pt), l.badges))
	}
	return pt.fill(b.String(), width)
}

// eventTime is the instant of an event when its date is known.
func eventTime(e *timeline.Event) (time.Time, bool, bool) {
	if e.Background || e.When.Date == "" {
		return time.Time{}, false, false
	}
	d, err := time.Parse("2006-01-02", e.When.Date)
	if err != nil {
		return time.Time{}, false, false
	}
	if e.When.Time != "" {
		if t, err := time.Parse("2006-01-02 15:04", e.When.Date+" "+e.When.Time); err == nil {
			return t, true, true
		}
	}
	return d, false, true
}

// timeAxis draws two lines: a horizontal axis with a mark for every event
// whose date is known (the current one highlighted), and labels for its
// ends. Events without a known time are left off.
func timeAxis(st *Styles, events []timeline.Event, cur, width int) []string {
	if width < 4 {
		return []string{"", ""}
	}
	type pt struct {
		t     time.Time
		clock bool
		i     int
	}
	var pts []pt
	for i := range events {
		if t, clock, ok := eventTime(&events[i]); ok {
			pts = append(pts, pt{t, clock, i})
		}
	}
	if len(pts) == 0 {
		if len(events) == 0 {
			return []string{"", ""}
		}
		return []string{st.Axis.Render(truncate("time axis: no event has a known date", width)), ""}
	}
	lo, hi := pts[0].t, pts[0].t
	sameDay := true
	for _, p := range pts {
		if p.t.Before(lo) {
			lo = p.t
		}
		if p.t.After(hi) {
			hi = p.t
		}
		if p.t.Format("2006-01-02") != pts[0].t.Format("2006-01-02") {
			sameDay = false
		}
	}
	inner := width - 2
	pos := func(t time.Time) int {
		if !hi.After(lo) {
			return inner / 2
		}
		x := int(float64(t.Sub(lo)) / float64(hi.Sub(lo)) * float64(inner-1))
		return min(max(x, 0), inner-1)
	}
	cells := make([]int, inner) // 0 none, 1 event, 2 current
	curX := -1
	for _, p := range pts {
		x := pos(p.t)
		if p.i == cur {
			cells[x], curX = 2, x
		} else if cells[x] == 0 {
			cells[x] = 1
		}
	}
	var b strings.Builder
	b.WriteString(st.Axis.Render("├"))
	for _, c := range cells {
		switch c {
		case 1:
			b.WriteString(st.AxisMark.Render("●"))
		case 2:
			b.WriteString(st.AxisCurrent.Render("◆"))
		default:
			b.WriteString(st.Axis.Render("─"))
		}
	}
	b.WriteString(st.Axis.Render("┤"))
	format := func(t time.Time, clock bool) string {
		switch {
		case sameDay && clock:
			return t.Format("15:04")
		case sameDay:
			return t.Format("2 Jan")
		case clock:
			return t.Format("2 Jan 15:04")
		}
		return t.Format("2 Jan 2006")
	}
	var loClock, hiClock bool
	for _, p := range pts {
		if p.t.Equal(lo) && p.clock {
			loClock = true
		}
		if p.t.Equal(hi) && p.clock {
			hiClock = true
		}
	}
	left, right := format(lo, loClock), format(hi, hiClock)
	if sameDay && loClock { // the day once, before the first clock time
		left = lo.Format("2 Jan") + " " + left
	}
	label := []rune(strings.Repeat(" ", width))
	put := func(x int, s string) bool {
		r := []rune(s)
		if x < 0 || x+len(r) > len(label) {
			return false
		}
		for i := x; i < x+len(r); i++ {
			if label[i] != ' ' {
				return false
			}
		}
		copy(label[x:], r)
		return true
	}
	put(0, left)
	if !hi.Equal(lo) {
		put(width-len([]rune(right)), right)
	}
	if curX >= 0 { // under the current event: ▲ and its time when there is room
		x := curX + 1
		if !put(x, "▲ "+compactWhen(&events[cur], 12)) && !put(x-len([]rune(compactWhen(&events[cur], 12)))-1, compactWhen(&events[cur], 12)+" ▲") {
			put(x, "▲")
		}
	}
	return []string{b.String(), st.Axis.Render(strings.TrimRight(string(label), " "))}
}

// centerBox places a rendered box in the middle of w×h.
func centerBox(box string, w, h int) string {
	return fitBox(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box), w, h)
}

// clamp keeps i within [0, n-1] (0 when n is 0).
func clamp(i, n int) int {
	if i >= n {
		i = n - 1
	}
	if i < 0 {
		i = 0
	}
	return i
}

// scrollTo returns the offset that keeps row cur visible in a window of h
// rows, moving as little as possible from off.
func scrollTo(off, cur, h, n int) int {
	if h <= 0 {
		return 0
	}
	if cur < off {
		off = cur
	}
	if cur >= off+h {
		off = cur - h + 1
	}
	if off > n-h {
		off = n - h
	}
	if off < 0 {
		off = 0
	}
	return off
}

// plural is "1 event", "2 events".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "ch") || strings.HasSuffix(word, "s") {
		return fmt.Sprintf("%d %ses", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// outletName is an outlet's name as shown next to other text: a name that
// is only a file stem ending in a long hash ("012_9f86d081884c7d65", what
// an article without outlet metadata is called) keeps its prefix and the
// first four digits of the hash ("012_9f86…"); other names are kept.
func outletName(name string) string {
	name = safe(name)
	i := strings.LastIndexAny(name, "_-")
	if i < 0 || strings.ContainsAny(name, " \t") {
		return name
	}
	hash := name[i+1:]
	if len(hash) < 12 {
		return name
	}
	for _, r := range hash {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return name
		}
	}
	return name[:i+1] + hash[:4] + "…"
}

// outletLabel is an outlet's full name when it fits in w cells, else its
// short form (outletName), else that cut to w.
func outletLabel(name string, w int) string {
	if full := safe(name); ansi.StringWidth(full) <= w {
		return full
	}
	return truncate(outletName(name), w)
}
