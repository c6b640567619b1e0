package data

import (
	"embed"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"storyline/data/sentence"
)

//go:embed sample
var sampleFS embed.FS

// SampleName is the story name of the embedded sample corpus.
const SampleName = "alaska-summit-2025"

// Options configure a load.
type Options struct {
	Limits   Limits
	Stdin    io.Reader             // read for the path "-"
	Now      func() time.Time      // reference time fallback; nil means time.Now
	Progress func(done, total int) // called after each file; may be nil
}

// Sample returns the embedded sample corpus.
// STUB: the data owner replaces this with the full reader.
func Sample() *Corpus {
	c := &Corpus{Name: SampleName}
	dir := "sample/" + SampleName
	entries, _ := fs.ReadDir(sampleFS, dir)
	for _, e := range entries {
		b, _ := fs.ReadFile(sampleFS, dir+"/"+e.Name())
		c.Sources = append(c.Sources, parsePlain(path.Join(dir, e.Name()), string(b)))
	}
	sort.Slice(c.Sources, func(i, j int) bool { return c.Sources[i].Path < c.Sources[j].Path })
	return c
}

// Load reads files, directories (recursively) and "-" (stdin). With no
// paths it returns the sample corpus. Files that cannot be read are listed
// in Corpus.Problems; the rest still load.
// STUB: the data owner replaces this with the full reader.
func Load(paths []string, opt Options) *Corpus {
	return Sample()
}

func parsePlain(p, text string) *Source {
	base := path.Base(p)
	s := &Source{ID: strings.TrimSuffix(base, path.Ext(base)), Path: p, Format: "text", Text: text, Outlet: base, OutletFrom: OutletFromFileName}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		content := strings.TrimRight(line, "\n")
		if strings.TrimSpace(content) != "" {
			para := Paragraph{Role: RoleBody, Start: off, End: off + len(content)}
			for _, sp := range sentence.Split(content) {
				para.Sentences = append(para.Sentences, Sentence{Text: content[sp.Start:sp.End], Start: off + sp.Start, End: off + sp.End})
			}
			s.Paragraphs = append(s.Paragraphs, para)
		}
		off += len(line)
	}
	return s
}
