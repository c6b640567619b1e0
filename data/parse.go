package data

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"storyline/data/sentence"
)

// Parse reads one article from memory. path names it (its stem is the ID,
// its extension breaks format ties); meta carries what the manifest and the
// file system know. Front matter, when present, is removed from the text:
// Source.Text, and so every offset, starts after the closing "---" line.
// For HTML, Source.Text is the extracted article text (one paragraph per
// block element, blank-line separated, markup removed), not the page source.
// Parse returns an error (and no Source) only when there is no article to
// read: binary content or no text at all. Everything odd but readable is
// noted in Source.Problems.
func Parse(p string, content []byte, meta Meta) (src *Source, err error) {
	defer func() {
		if r := recover(); r != nil { // a defect, never the user's fault: report, do not crash
			src, err = nil, errors.New("internal error while parsing; please report this file")
		}
	}()
	if len(content) == 0 {
		return nil, errors.New("empty file")
	}
	if why := sniffBinary(content); why != "" {
		return nil, errors.New(why)
	}
	text, notes := normalize(content)
	s := &Source{ID: stem(p), Path: p, Authors: []string{}, Anchors: []Anchor{}, Problems: notes, Paragraphs: []Paragraph{}}

	fm, n, ferr := frontMatter(text)
	if ferr != nil {
		s.Problems = append(s.Problems, ferr.Error())
	}
	text = text[n:]
	if strings.TrimSpace(text) == "" {
		if n > 0 {
			return nil, errors.New("no text after the front matter")
		}
		return nil, errors.New("empty file (only whitespace)")
	}
	ext := strings.ToLower(filepath.Ext(p))
	s.Format = sniffFormat(text, ext)
	var hints []Role
	var hm htmlMeta
	if s.Format == FormatHTML {
		text, hints, hm = extractHTML(text)
		if strings.TrimSpace(text) == "" {
			return nil, errors.New("HTML page has no readable text")
		}
	}
	s.Text = text

	lim := Options{Limits: meta.Limits}.limits()
	var ps []*para
	if s.Format == FormatHTML {
		ps = htmlParagraphs(text, hints, lim.MaxParagraphs)
	} else {
		ps = splitParagraphs(text, s.Format, lim.MaxParagraphs)
	}
	if n := len(ps); n > 0 && ps[n-1].rest {
		s.Problems = append(s.Problems, fmt.Sprintf("over %d paragraphs: the rest (%d bytes) is kept as one paragraph and not read", lim.MaxParagraphs, ps[n-1].end-ps[n-1].start))
	}
	classify(ps)
	markBios(ps, append(append([]string{}, fm.Authors...), meta.Authors...))
	ps = splitLiveNotes(splitCredits(ps))
	var capped bool
	s.Paragraphs, capped = sentences(text, ps, lim.MaxSentenceLen, lim.MaxSentences)
	if capped {
		s.Problems = append(s.Problems, fmt.Sprintf("over %d sentences: later text is not split into sentences", lim.MaxSentences))
	}

	// Reference time.
	switch {
	case !fm.Retrieved.IsZero():
		s.Reference = fm.Retrieved.Time
	case !meta.Retrieved.IsZero():
		s.Reference = meta.Retrieved
	case !meta.ModTime.IsZero():
		s.Reference = meta.ModTime
	case !meta.Now.IsZero():
		s.Reference = meta.Now
	default:
		s.Reference = time.Now()
	}
	s.Reference = s.Reference.UTC()

	fmMeta := fm.meta()
	s.URL = first(fmMeta.URL, meta.URL, hm.url)
	readMetadata(s, ps, fmMeta, meta, hm)

	body := 0
	var ws []string
	for i, p := range s.Paragraphs {
		if p.Role == RoleBody {
			body += len(p.Sentences)
			if len(ws) < 500 {
				ws = append(ws, ps[i].words...)
			}
		}
	}
	if body == 0 {
		s.Problems = append(s.Problems, "no body sentences found (nothing here can serve as evidence)")
	} else if len(ws) >= 20 && englishRatio(ws) < 0.08 {
		s.Problems = append(s.Problems, "text does not look like English; events may be missed")
	}
	return s, nil
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func stem(p string) string {
	b := path.Base(filepath.ToSlash(p))
	if b == "-" || b == "." || b == "/" {
		return "stdin"
	}
	if e := path.Ext(b); e != "" && e != b {
		b = strings.TrimSuffix(b, e)
	}
	return b
}

// htmlParagraphs turns extracted HTML text (paragraphs separated by blank
// lines, none containing a newline) into paragraphs with their tag hints.
func htmlParagraphs(text string, hints []Role, maxParas int) []*para {
	var out []*para
	off := 0
	for i := 0; off <= len(text); i++ {
		if len(out) >= maxParas-1 && strings.TrimSpace(text[off:]) != "" {
			out = append(out, restPara(text, off))
			break
		}
		end := strings.Index(text[off:], "\n\n")
		e := len(text)
		if end >= 0 {
			e = off + end
		}
		if strings.TrimSpace(text[off:e]) != "" {
			h := Role("")
			if len(out) < len(hints) {
				h = hints[len(out)]
			}
			out = append(out, newPara(text, off, e, h))
		}
		if end < 0 {
			break
		}
		off = e + 2
	}
	return out
}

// sentences splits each paragraph into sentences. A body paragraph that
// breaks off mid-sentence (no terminal punctuation) followed by a body
// paragraph starting in lower case is healed: the joined range is split
// together and a sentence belongs to the paragraph it starts in. Sentences
// longer than maxLen bytes are cut at word boundaries.
func sentences(text string, ps []*para, maxLen, maxSent int) ([]Paragraph, bool) {
	out := make([]Paragraph, len(ps))
	count, capped := 0, false
	for i := 0; i < len(ps); {
		if ps[i].rest || count >= maxSent {
			capped = capped || !ps[i].rest
			out[i] = Paragraph{Role: ps[i].role, Start: ps[i].start, End: ps[i].end, Sentences: []Sentence{}}
			i++
			continue
		}
		j := i
		for j+1 < len(ps) && ps[j].role == RoleBody && ps[j+1].role == RoleBody &&
			!endsSentence(ps[j].raw) && startsLower(ps[j+1].raw) {
			j++
		}
		start, end := ps[i].start, ps[j].end
		spans := sentence.Split(text[start:end])
		k := i
		for _, sp := range spans {
			a, b := start+sp.Start, start+sp.End
			if a < start || b > end || a >= b {
				continue
			}
			for k < j && a >= ps[k+1].start {
				k++
			}
			for _, piece := range cutLong(text, a, b, maxLen) {
				if count >= maxSent {
					capped = true
					break
				}
				count++
				out[k].Sentences = append(out[k].Sentences, Sentence{Text: text[piece[0]:piece[1]], Start: piece[0], End: piece[1]})
			}
		}
		for k := i; k <= j; k++ {
			out[k].Role, out[k].Start, out[k].End = ps[k].role, ps[k].start, ps[k].end
			if out[k].Sentences == nil {
				out[k].Sentences = []Sentence{}
			}
		}
		i = j + 1
	}
	return out, capped
}

// cutLong cuts [a,b) into pieces of at most maxLen bytes at spaces (or at
// rune boundaries when a piece has no space), trimming spaces.
func cutLong(text string, a, b, maxLen int) [][2]int {
	if b-a <= maxLen {
		return [][2]int{{a, b}}
	}
	var out [][2]int
	for a < b {
		for a < b && isSpace(text[a]) {
			a++
		}
		if a >= b {
			break
		}
		if b-a <= maxLen {
			out = append(out, [2]int{a, b})
			break
		}
		cut := a + maxLen
		sp := strings.LastIndexAny(text[a:cut+1], " \t\n")
		if sp > 0 {
			cut = a + sp
		} else {
			for cut > a && !utf8.RuneStart(text[cut]) {
				cut--
			}
			if cut == a {
				cut = a + maxLen
				for cut < b && !utf8.RuneStart(text[cut]) {
					cut++
				}
			}
		}
		e := cut
		for e > a && isSpace(text[e-1]) {
			e--
		}
		if e > a {
			out = append(out, [2]int{a, e})
		}
		a = cut
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// readMetadata fills title, outlet, authors, published and anchors.
func readMetadata(s *Source, ps []*para, fm, man Meta, hm htmlMeta) {
	// Title.
	s.Title = first(fm.Title, man.Title)
	if s.Title == "" {
		for _, p := range ps {
			if p.role == RoleTitle {
				s.Title = p.clean
				break
			}
		}
	}
	if s.Title == "" {
		s.Title = hm.title
	}

	// Outlet.
	copyright, byline := "", ""
	lastBody := 0
	for i, p := range ps {
		if p.role == RoleBody {
			lastBody = i
		}
	}
	for i, p := range ps {
		switch p.role {
		case RoleCopyright:
			// Only a footer notice names the outlet, not a credit mid-article.
			if copyright == "" && (i > lastBody || i*4 >= len(ps)*3) {
				copyright = outletFromCopyright(p.clean)
			}
		case RoleByline:
			if byline == "" && i > 0 && ps[i-1].role == RoleByline && stackedCredit(ps[i-1], p) && creditOrg(strings.Trim(p.clean, "*_ ")) {
				// "By Jane Roe" over "Example Press Agency": the credit's own line.
				byline = strings.Trim(p.clean, "*_ ")
			}
			if name := bylineName(p); byline == "" && name != "" {
				// "By Jane Roe, Example Ledger": the organisation after the person.
				parts := splitAuthors(name)
				switch last := parts[len(parts)-1]; {
				case len(parts) > 1 && personName(parts[0]) && orgName(last):
					byline = last
				case orgName(name) && !personName(parts[0]):
					byline = name
				}
			}
		}
	}
	switch {
	case fm.Outlet != "":
		s.Outlet, s.OutletFrom = fm.Outlet, OutletFromFrontMatter
	case man.Outlet != "":
		s.Outlet, s.OutletFrom = man.Outlet, OutletFromManifest
	case copyright != "":
		s.Outlet, s.OutletFrom = copyright, OutletFromCopyright
	case byline != "":
		s.Outlet, s.OutletFrom = byline, OutletFromByline
	case hm.siteName != "":
		s.Outlet, s.OutletFrom = hm.siteName, OutletFromSiteName
	default:
		s.Outlet, s.OutletFrom = s.ID, OutletFromFileName
	}

	// Authors.
	switch {
	case len(fm.Authors) > 0:
		s.Authors = append([]string{}, fm.Authors...)
	case len(man.Authors) > 0:
		s.Authors = append([]string{}, man.Authors...)
	default:
		seen := map[string]bool{}
		add := func(n string) {
			n = strings.TrimSpace(n)
			if n != "" && !seen[n] {
				seen[n] = true
				s.Authors = append(s.Authors, n)
			}
		}
		for _, p := range ps {
			if p.role != RoleByline {
				continue
			}
			if name := bylineName(p); name != "" {
				if orgName(name) && !personName(splitAuthors(name)[0]) {
					continue
				}
				// "Jane Roe, Example Ledger": the organisation is not an author.
				for _, a := range splitAuthors(name) {
					if i := strings.Index(a, " in "); i > 0 {
						a = a[:i]
					}
					if personName(a) && !orgName(a) && !jobTitle(a) {
						add(titleCase(a))
					}
				}
				continue
			}
			for _, a := range nameList(p.raw) {
				add(a)
			}
			if a := namedJob(p.raw); a != "" {
				add(a)
			}
		}
		if len(s.Authors) == 0 && hm.byline != "" {
			b := hm.byline
			if name := bylineName(newPara(b, 0, len(b), "")); name != "" {
				b = name
			}
			for _, a := range splitAuthors(b) {
				if personName(a) {
					add(a)
				}
			}
		}
	}

	// Published.
	switch {
	case !fm.Published.IsZero():
		s.Published = fm.Published
	case !man.Published.IsZero():
		s.Published = man.Published
	case !hm.published.IsZero():
		s.Published = hm.published
	default:
		best, bestRank := time.Time{}, 0
		for _, p := range ps {
			if p.role != RoleDateline {
				continue
			}
			line := unemphasised(p.clean) // "*Updated 17:45 BST*"
			t, inf, ok := resolveDateline(line, s.Reference)
			if !ok {
				continue
			}
			rank := 2
			l := strings.ToLower(stripBullet(line))
			switch {
			case strings.HasPrefix(l, "updated") || strings.HasPrefix(l, "last updated") || strings.HasPrefix(l, "modified") || strings.HasPrefix(l, "last modified"):
				rank = 1
			case strings.HasPrefix(l, "published") || strings.HasPrefix(l, "first published") || strings.HasPrefix(l, "posted") || strings.HasPrefix(l, "created"):
				rank = 3
			}
			if rank > bestRank {
				best, bestRank, s.PublishedInferred = t, rank, inf
			}
		}
		if bestRank > 0 {
			s.Published = best
		} else {
			s.Published, s.PublishedInferred = s.Reference, true
		}
	}
	if !s.Published.IsZero() {
		s.Published = s.Published.UTC()
	}

	// Anchors: dates printed in captions, datelines and body.
	for _, p := range ps {
		switch p.role {
		case RoleCaption, RoleDateline, RoleBody, RoleSubtitle:
		default:
			continue
		}
		for _, d := range findDates(p.raw) {
			s.Anchors = append(s.Anchors, Anchor{Text: p.raw[d.start:d.end], Start: p.start + d.start, End: p.start + d.end, Role: p.role, Date: d.date})
		}
	}
	sort.SliceStable(s.Anchors, func(i, j int) bool { return s.Anchors[i].Start < s.Anchors[j].Start })
}

// titleCase turns an all-capitals name ("JANE DOE") into "Jane Doe"; other
// names are returned as they are.
func titleCase(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		r := []rune(strings.ToLower(w))
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// outletFromCopyright reads the holder of a copyright line: "Copyright The
// Example Times Limited 2025. All rights reserved." → "Example Times".
func outletFromCopyright(line string) string {
	l := line
	low := strings.ToLower(l)
	// A notice after a disclaimer: "Transcripts may change. Copyright 2026 X."
	for _, m := range []string{". copyright ", ". © ", ". (c) "} {
		if i := strings.LastIndex(low, m); i >= 0 {
			l, low = l[i+2:], low[i+2:]
			break
		}
	}
	if i := strings.Index(low, "all rights reserved"); i >= 0 {
		l = l[:i] + l[i+len("all rights reserved"):]
	}
	// The holder ends with its sentence: "© 2026 Example Media Ltd.
	// Reproduction without permission is prohibited."
	if ws := strings.Fields(l); len(ws) > 1 {
		for i, w := range ws[:len(ws)-1] {
			if t := strings.TrimSuffix(w, "."); t != w && (utf8.RuneCountInString(t) >= 3 || companySuffixes[strings.ToLower(w)]) && i > 0 {
				l = strings.Join(ws[:i+1], " ")
				break
			}
		}
	}
	var keep []string
	for _, w := range strings.Fields(l) {
		t := strings.Trim(w, ".,;:()|")
		lw := strings.ToLower(t)
		switch {
		case t == "" || t == "©" || lw == "copyright" || lw == "(c)" || lw == "c" && strings.Contains(w, "("):
			continue
		case isYearish(t):
			continue
		case companySuffixes[lw] || companySuffixes[strings.ToLower(strings.Trim(w, ",;:()|"))]:
			continue
		}
		keep = append(keep, strings.TrimRight(strings.TrimLeft(w, "(©"), ".,;:|©)"))
	}
	for len(keep) > 0 && strings.EqualFold(keep[0], "the") {
		keep = keep[1:]
	}
	name := strings.TrimSpace(strings.Join(keep, " "))
	if name == "" || len(keep) > 8 || !isCapWord(name) {
		return ""
	}
	return name
}

// isYearish reports a year or a year range ("2025", "2019-2025").
func isYearish(s string) bool {
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '–' || r == '/' }) {
		if len(part) != 4 || strings.Trim(part, "0123456789") != "" {
			return false
		}
	}
	return s != ""
}
