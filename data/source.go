// Package data reads news articles into Sources: normalised text, metadata
// (title, outlet, authors, published time), the role of every paragraph, and
// sentences with exact byte offsets into the normalised text.
package data

import (
	"fmt"
	"time"
)

// Role says what a paragraph is on the page. Only body text (and, flagged,
// captions) may serve as evidence for events; everything else is kept so the
// source view can show the article whole.
type Role string

// The roles a paragraph can have.
const (
	RoleTitle     Role = "title"
	RoleSubtitle  Role = "subtitle"
	RoleByline    Role = "byline"
	RoleDateline  Role = "dateline" // timestamps: "14 hours ago", "Updated 05:21", "Published YESTERDAY"
	RoleHeading   Role = "heading"  // section headings inside the article
	RoleBody      Role = "body"
	RoleCaption   Role = "caption" // photo captions and credits
	RoleChrome    Role = "chrome"  // page furniture: share/play/read-more/topic lists/navigation
	RoleCopyright Role = "copyright"
	RoleComment   Role = "comment" // reader comments
	RoleSignature Role = "signature"
)

// Evidence reports whether sentences of this role may serve as evidence.
func (r Role) Evidence() bool { return r == RoleBody || r == RoleCaption }

// Sentence is one sentence of an article. Text is always exactly
// Source.Text[Start:End] (byte offsets into the normalised text).
type Sentence struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Paragraph is one block of the article: a line of plain text, a Markdown
// paragraph, or an HTML block. Start/End are byte offsets into Source.Text.
type Paragraph struct {
	Role      Role       `json:"role"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Sentences []Sentence `json:"sentences"`
}

// Anchor is a calendar date printed somewhere in a source (a caption
// "Friday, Aug. 15, 2025", a dateline) that the engine may use to anchor
// relative time expressions.
type Anchor struct {
	Text  string    `json:"text"`
	Start int       `json:"start"`
	End   int       `json:"end"`
	Role  Role      `json:"role"`
	Date  time.Time `json:"date"`
}

// Where the outlet name of a source came from.
const (
	OutletFromFrontMatter = "front-matter"
	OutletFromManifest    = "manifest"
	OutletFromCopyright   = "copyright"
	OutletFromByline      = "byline"
	OutletFromSiteName    = "html-site-name"
	OutletFromFileName    = "file-name"
)

// Source is one article, read and annotated.
type Source struct {
	ID         string   `json:"id"`   // file stem, unique within a corpus
	Path       string   `json:"path"` // as given by the user ("-" for stdin, "sample/…" for the embedded corpus)
	Format     string   `json:"format"`
	Outlet     string   `json:"outlet"`
	OutletFrom string   `json:"outlet_from"`
	Title      string   `json:"title"`
	Authors    []string `json:"authors"`
	URL        string   `json:"url,omitempty"`

	// Published is the publication time; zero when unknown. PublishedInferred
	// is true when it was resolved from a relative expression ("14 hours ago")
	// or taken from the reference time rather than stated.
	Published         time.Time `json:"published"`
	PublishedInferred bool      `json:"published_inferred"`
	// Reference is the time the article was retrieved (front matter or
	// manifest "retrieved", else the file's modification time). Relative
	// expressions are resolved against it.
	Reference time.Time `json:"reference"`

	Anchors    []Anchor    `json:"anchors"`
	Problems   []string    `json:"problems"` // non-fatal oddities: repaired UTF-8, malformed front matter…
	Text       string      `json:"-"`        // normalised article text; all offsets point into it
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Problem is a file that could not be loaded, or a path that failed.
type Problem struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

func (p Problem) Error() string { return fmt.Sprintf("%s: %s", p.Path, p.Reason) }

// Corpus is every source that loaded, in a stable order (by path), and the
// problems met on the way.
type Corpus struct {
	Name     string    `json:"name"`            // story name: the folder's base name, or the sample's
	Story    string    `json:"story,omitempty"` // story title from a storyline.yaml manifest, if any
	Sources  []*Source `json:"sources"`
	Problems []Problem `json:"problems"`
}

// Limits bound what a load reads. Zero fields take the defaults.
type Limits struct {
	MaxFiles       int   // files read per load (default 10,000)
	MaxFileBytes   int64 // larger files are skipped unread (default 20 MiB)
	MaxSentenceLen int   // longer sentences are cut at a word boundary (default 4,000 bytes)
	MaxParagraphs  int   // paragraphs per source; the rest is kept as one unread paragraph (default 20,000)
	MaxSentences   int   // sentences per source; later ones are not split out (default 100,000)
}

// Default limits.
const (
	DefaultMaxFiles       = 10000
	DefaultMaxFileBytes   = 20 << 20
	DefaultMaxSentenceLen = 4000
	DefaultMaxParagraphs  = 20000
	DefaultMaxSentences   = 100000
)
