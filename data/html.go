package data

import (
	"encoding/json"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what a page's metadata says about the article.
type htmlMeta struct {
	title, byline, siteName, url string
	titleTag                     string // <title>, the last resort
	published                    time.Time
}

// skipTags are never text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Iframe: true, atom.Noscript: true, atom.Svg: true, atom.Template: true,
	atom.Object: true, atom.Embed: true, atom.Head: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Math: true, atom.Input: true,
}

// blockTags end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Main: true, atom.Aside: true, atom.Blockquote: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Figure: true,
	atom.Figcaption: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Hr: true, atom.Address: true, atom.Br: true, atom.Nav: true,
	atom.Form: true, atom.Body: true, atom.Caption: true, atom.Details: true, atom.Summary: true,
}

// extractHTML returns the main text of a page as paragraphs separated by
// blank lines (block elements become paragraphs; script, style, iframes and
// similar are dropped), a role hint per paragraph, and the page metadata.
func extractHTML(page string) (string, []Role, htmlMeta) {
	var hm htmlMeta
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", nil, hm
	}
	readMeta(doc, &hm)
	var root *html.Node
	if art, err := readability.FromReader(strings.NewReader(page), nil); err == nil && art.Node != nil {
		root = art.Node
		hm.title = first(hm.title, strings.TrimSpace(art.Title()))
		hm.byline = first(hm.byline, strings.TrimSpace(art.Byline()))
		hm.siteName = first(hm.siteName, strings.TrimSpace(art.SiteName()))
		if hm.published.IsZero() {
			if t, err := art.PublishedTime(); err == nil && validYear(t) {
				hm.published = t
			}
		}
	}
	if hm.title == "" {
		hm.title = hm.titleTag
	}
	var w blockWriter
	if root != nil {
		w.walk(root, "")
		w.flush()
	}
	if len(strings.Join(w.paras, "")) < 80 { // readability found too little: take the whole body
		w = blockWriter{}
		w.dropNav = true
		w.walk(doc, "")
		w.flush()
	}
	var all blockWriter
	all.dropNav = true
	all.walk(doc, "")
	all.flush()
	w.paras, w.hints = restoreCaptions(w.paras, w.hints, all.paras, all.hints)
	// Readability often drops the byline block: find it in the whole page
	// and put it back under the title.
	for i, p := range all.paras {
		if i > 40 {
			break
		}
		if len(p) < 200 && bylineName(newPara(p, 0, len(p), "")) != "" {
			found := false
			for _, q := range w.paras {
				found = found || q == p
			}
			if !found {
				w.paras = append([]string{p}, w.paras...)
				w.hints = append([]Role{""}, w.hints...)
			}
			if hm.byline == "" {
				hm.byline = p
			}
			break
		}
	}
	if hm.title != "" && (len(w.paras) == 0 || !strings.EqualFold(w.paras[0], hm.title)) {
		w.paras = append([]string{oneLine(hm.title)}, w.paras...)
		w.hints = append([]Role{RoleTitle}, w.hints...)
	} else if len(w.paras) > 0 && hm.title != "" {
		w.hints[0] = RoleTitle
	}
	return strings.Join(w.paras, "\n\n"), w.hints, hm
}

// captionReach is how many paragraphs of the page may stand between a
// caption and the extracted paragraph it is put back before.
const captionReach = 3

// restoreCaptions puts back the picture captions (figcaption, table
// caption) that readability dropped from the extract — typically a lead
// picture's, whose figure stands outside the story's text block — each
// before the first paragraph the extract kept among the next few of the
// page (captionReach), so captions of other pages' teasers, which stand
// among links and furniture, stay out. paras and hints are the extract;
// page and pageHints are the whole page's paragraphs in order.
func restoreCaptions(paras []string, hints []Role, page []string, pageHints []Role) ([]string, []Role) {
	kept := map[string]int{}
	for i, p := range paras {
		if _, ok := kept[p]; !ok {
			kept[p] = i
		}
	}
	before := map[int][]string{} // extract index -> captions to put before it, in page order
	added := map[string]bool{}
	for i, p := range page {
		if _, ok := kept[p]; ok || pageHints[i] != RoleCaption || added[p] {
			continue
		}
		for j := i + 1; j < len(page) && j <= i+captionReach; j++ {
			if k, ok := kept[page[j]]; ok {
				before[k], added[p] = append(before[k], p), true
				break
			}
		}
	}
	if len(before) == 0 {
		return paras, hints
	}
	var outP []string
	var outH []Role
	for i, p := range paras {
		for _, c := range before[i] {
			outP, outH = append(outP, c), append(outH, RoleCaption)
		}
		outP, outH = append(outP, p), append(outH, hints[i])
	}
	return outP, outH
}

type blockWriter struct {
	paras   []string
	hints   []Role
	cur     strings.Builder
	hint    Role
	dropNav bool
}

func (w *blockWriter) flush() {
	s := oneLine(w.cur.String())
	if s != "" {
		w.paras = append(w.paras, s)
		w.hints = append(w.hints, w.hint)
	}
	w.cur.Reset()
	w.hint = ""
}

func (w *blockWriter) walk(n *html.Node, hint Role) {
	switch n.Type {
	case html.TextNode:
		if w.cur.Len() == 0 {
			w.hint = hint
		}
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipTags[n.DataAtom] || (w.dropNav && (n.DataAtom == atom.Nav || n.DataAtom == atom.Footer || n.DataAtom == atom.Form)) {
			return
		}
		if n.DataAtom == atom.Img {
			return
		}
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			hint = RoleHeading
		case atom.Figcaption, atom.Caption:
			hint = RoleCaption
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockTags[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, hint)
	}
	if block {
		w.flush()
	}
}

// readMeta reads title, site name, author, published time and URL from
// <meta>, <title>, <link rel=canonical> and JSON-LD.
func readMeta(n *html.Node, hm *htmlMeta) {
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:site_name", "application-name":
					hm.siteName = first(hm.siteName, val)
				case "og:title", "twitter:title":
					hm.title = first(hm.title, val)
				case "author", "article:author", "byl", "parsely-author", "sailthru.author":
					if !strings.Contains(val, "://") {
						hm.byline = first(hm.byline, val)
					}
				case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date":
					if t, ok := parseAbsolute(val); ok && hm.published.IsZero() {
						hm.published = t
					}
				case "og:url":
					hm.url = first(hm.url, val)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					hm.url = first(hm.url, attr(n, "href"))
				}
			case atom.Title:
				if n.FirstChild != nil && hm.titleTag == "" {
					hm.titleTag = oneLine(n.FirstChild.Data)
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, hm)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// readJSONLD takes headline, datePublished, author and publisher from a
// JSON-LD block (an object, a list, or an @graph).
func readJSONLD(s string, hm *htmlMeta) {
	if len(s) > 1<<20 {
		return
	}
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if h, ok := x["headline"].(string); ok {
				hm.title = first(hm.title, strings.TrimSpace(h))
			}
			if d, ok := x["datePublished"].(string); ok && hm.published.IsZero() {
				if t, ok := parseAbsolute(d); ok {
					hm.published = t
				}
			}
			if hm.byline == "" {
				hm.byline = jsonName(x["author"])
			}
			if hm.siteName == "" {
				hm.siteName = jsonName(x["publisher"])
			}
		}
	}
	visit(v, 0)
}

// jsonName reads "name" from a JSON-LD person/organisation or a list of them.
func jsonName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		if n, ok := x["name"].(string); ok {
			return strings.TrimSpace(n)
		}
	case []any:
		var names []string
		for _, e := range x {
			if n := jsonName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
