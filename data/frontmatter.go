package data

import (
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Meta is what is known about an article before its text is read: the
// manifest entry for its file (Outlet, Title, URL, Authors, Published,
// Retrieved: an outlet given here is reported as OutletFromManifest), the
// file's modification time, and the options of the load. Front matter
// inside the article overrides the manifest fields.
type Meta struct {
	Outlet    string
	Title     string
	URL       string
	Authors   []string
	Published time.Time
	Retrieved time.Time // reference time for relative expressions

	ModTime time.Time // file modification time; zero when unknown
	Now     time.Time // last-resort reference time; zero means time.Now
	Limits  Limits    // MaxSentenceLen, MaxParagraphs, MaxSentences; zero fields take the defaults
}

// yamlTime is a time written in YAML as RFC 3339, a date, or a common
// absolute date string.
type yamlTime struct{ time.Time }

func (t *yamlTime) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a time must be a single value", n.Line)
	}
	v := strings.TrimSpace(n.Value)
	if v == "" {
		return nil
	}
	tm, ok := parseAbsolute(v)
	if !ok {
		return fmt.Errorf("line %d: cannot read %q as a time (use 2024-01-06T18:30:00Z or 2024-01-06)", n.Line, v)
	}
	t.Time = tm
	return nil
}

// yamlList accepts a YAML list of strings or a single string.
type yamlList []string

func (l *yamlList) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		if s := strings.TrimSpace(n.Value); s != "" {
			*l = splitAuthors(s)
		}
		return nil
	case yaml.SequenceNode:
		var out []string
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: authors must be names", c.Line)
			}
			if s := strings.TrimSpace(c.Value); s != "" {
				out = append(out, s)
			}
		}
		*l = out
		return nil
	}
	return fmt.Errorf("line %d: authors must be a list of names", n.Line)
}

// entry is the metadata a user may write in front matter or a manifest.
type entry struct {
	Outlet    string   `yaml:"outlet"`
	Title     string   `yaml:"title"`
	URL       string   `yaml:"url"`
	Authors   yamlList `yaml:"authors"`
	Published yamlTime `yaml:"published"`
	Retrieved yamlTime `yaml:"retrieved"`

	// Names static-site generators and scrapers use for the same fields
	// (Hugo and Jekyll write "date", RSS "pubDate"); fold moves them over.
	Date        yamlTime `yaml:"date"`
	PubDate     yamlTime `yaml:"pubDate"`
	PublishDate yamlTime `yaml:"publishDate"`
	Author      yamlList `yaml:"author"`
	Publisher   string   `yaml:"publisher"`
	Link        string   `yaml:"link"`
}

// fold fills the storyline fields from their common aliases when they are
// not given themselves ("date:" is the published time, "author:" the
// authors, "publisher:" the outlet, "link:" the URL).
func (e *entry) fold() {
	for _, t := range []yamlTime{e.PublishDate, e.PubDate, e.Date} {
		if e.Published.IsZero() && !t.IsZero() {
			e.Published = t
		}
	}
	if len(e.Authors) == 0 {
		e.Authors = e.Author
	}
	if strings.TrimSpace(e.Outlet) == "" {
		e.Outlet = e.Publisher
	}
	if strings.TrimSpace(e.URL) == "" {
		e.URL = e.Link
	}
}

// frontMatter splits YAML front matter ("---" line, YAML, "---" or "..."
// line, at the very top) from the text. It returns the entry, the number of
// bytes the front matter block takes (Source.Text starts after it), and an
// error when the block is there but malformed. Text that opens with "---"
// but never closes it within 100 lines is not front matter.
func frontMatter(text string) (e entry, n int, err error) {
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "--- \n") {
		return e, 0, nil
	}
	first := strings.IndexByte(text, '\n') + 1
	off := first
	for i := 0; i < 100 && off < len(text); i++ {
		end := strings.IndexByte(text[off:], '\n')
		line := text[off:]
		next := len(text)
		if end >= 0 {
			line = text[off : off+end]
			next = off + end + 1
		}
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			body := text[first:off]
			if strings.TrimSpace(body) == "" {
				return e, next, nil
			}
			if derr := yaml.Unmarshal([]byte(body), &e); derr != nil {
				return entry{}, next, fmt.Errorf("malformed front matter: %s", oneLine(derr.Error()))
			}
			e.fold()
			return e, next, nil
		}
		off = next
	}
	return e, 0, nil
}

// manifest is a storyline.yaml file.
type manifest struct {
	Story string           `yaml:"story"`
	Files map[string]entry `yaml:"files"`
}

// ManifestName is the file name of a folder's manifest.
const ManifestName = "storyline.yaml"

func parseManifest(b []byte) (manifest, error) {
	var m manifest
	text, _ := normalize(b)
	if err := yaml.Unmarshal([]byte(text), &m); err != nil {
		return manifest{}, fmt.Errorf("malformed manifest: %s", oneLine(err.Error()))
	}
	for k, e := range m.Files {
		e.fold()
		m.Files[k] = e
	}
	return m, nil
}

// meta turns a manifest entry into Meta.
func (e entry) meta() Meta {
	return Meta{Outlet: strings.TrimSpace(e.Outlet), Title: strings.TrimSpace(e.Title), URL: strings.TrimSpace(e.URL),
		Authors: e.Authors, Published: e.Published.Time, Retrieved: e.Retrieved.Time}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
