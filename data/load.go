package data

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

//go:embed sample
var sampleFS embed.FS

// SampleName is the story name of the embedded sample corpus: the name of
// the one folder under data/sample (the engine's code names no story).
func SampleName() string {
	entries, err := fs.ReadDir(sampleFS, "sample")
	if err != nil || len(entries) == 0 {
		return "sample"
	}
	return entries[0].Name()
}

// Options configure a load.
type Options struct {
	Limits   Limits
	Stdin    io.Reader             // read for the path "-"
	Now      func() time.Time      // reference time fallback; nil means time.Now
	Progress func(done, total int) // called after each file; may be nil
}

// articleExts are the extensions read when walking a directory. Files
// named directly on the command line are read whatever their extension.
var articleExts = setOf(".txt", ".md", ".markdown", ".html", ".htm", ".text", ".xhtml")

func (o Options) limits() Limits {
	l := o.Limits
	if l.MaxFiles <= 0 {
		l.MaxFiles = DefaultMaxFiles
	}
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = DefaultMaxFileBytes
	}
	if l.MaxSentenceLen <= 0 {
		l.MaxSentenceLen = DefaultMaxSentenceLen
	}
	if l.MaxParagraphs <= 0 {
		l.MaxParagraphs = DefaultMaxParagraphs
	}
	if l.MaxSentences <= 0 {
		l.MaxSentences = DefaultMaxSentences
	}
	return l
}

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// Sample returns the embedded sample corpus (data/sample/<SampleName>
// with its storyline.yaml manifest).
func Sample() *Corpus {
	return SampleWith(Options{})
}

// SampleWith returns the embedded sample corpus loaded with opt.
func SampleWith(opt Options) *Corpus {
	lim := opt.limits()
	name := SampleName()
	c := &Corpus{Name: name, Sources: []*Source{}, Problems: []Problem{}}
	dir := "sample/" + name
	entries, _ := fs.ReadDir(sampleFS, dir)
	var man manifest
	if b, err := fs.ReadFile(sampleFS, dir+"/"+ManifestName); err == nil {
		m, err := parseManifest(b)
		if err != nil {
			c.Problems = append(c.Problems, Problem{dir + "/" + ManifestName, err.Error()})
		}
		man = m
		c.Story = m.Story
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && articleExts[strings.ToLower(path.Ext(e.Name()))] && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for i, name := range names {
		p := dir + "/" + name
		b, err := fs.ReadFile(sampleFS, p)
		if err == nil {
			meta := Meta{}
			if e, ok := man.Files[name]; ok {
				meta = e.meta()
			}
			meta.Now, meta.Limits = opt.now(), lim
			var s *Source
			if s, err = Parse(p, b, meta); err == nil {
				c.Sources = append(c.Sources, s)
			}
		}
		if err != nil {
			c.Problems = append(c.Problems, Problem{p, err.Error()})
		}
		if opt.Progress != nil {
			opt.Progress(i+1, len(names))
		}
	}
	uniqueIDs(c.Sources)
	return c
}

// candidate is a file found on the way, to be read.
type candidate struct {
	path string // as shown to the user
	dir  string // directory whose storyline.yaml applies
}

// Load reads files, directories (recursively) and "-" (stdin). With no
// paths it returns the sample corpus. Files that cannot be read are listed
// in Corpus.Problems with a one-line reason; the rest still load. Sources
// are ordered by path; IDs are file stems made unique with "-2", "-3"….
// Hidden files, storyline.yaml manifests and (inside directories) files
// without an article extension are skipped silently.
func Load(paths []string, opt Options) *Corpus {
	if len(paths) == 0 {
		return SampleWith(opt)
	}
	lim := opt.limits()
	c := &Corpus{Sources: []*Source{}, Problems: []Problem{}}
	var cands []candidate
	stdin := false
	for _, p := range paths {
		if p == "-" {
			stdin = true
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			c.Problems = append(c.Problems, Problem{p, statReason(err)})
			continue
		}
		if fi.IsDir() {
			before := len(cands)
			cands = walkDir(p, cands, c, map[string]bool{})
			if len(cands) == before {
				c.Problems = append(c.Problems, Problem{p, "directory has no articles (.txt, .md, .markdown, .html, .htm)"})
			}
			continue
		}
		cands = append(cands, candidate{p, filepath.Dir(p)})
	}
	// Stable order, no duplicates.
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].path < cands[j].path })
	uniq := cands[:0]
	for i, cd := range cands {
		if i > 0 && filepath.Clean(cd.path) == filepath.Clean(cands[i-1].path) {
			continue
		}
		uniq = append(uniq, cd)
	}
	cands = uniq
	if extra := len(cands) - lim.MaxFiles; extra > 0 {
		c.Problems = append(c.Problems, Problem{cands[lim.MaxFiles].path, fmt.Sprintf("file limit reached: %d files not read (limit %d files)", extra, lim.MaxFiles)})
		cands = cands[:lim.MaxFiles]
	}
	total := len(cands)
	if stdin {
		total++
	}
	manifests := map[string]*manifest{}
	used := map[string]bool{} // dir + "\x00" + entry name
	done := 0
	if stdin {
		if src, err := readStdin(opt, lim); err != nil {
			c.Problems = append(c.Problems, Problem{"-", err.Error()})
		} else {
			c.Sources = append(c.Sources, src)
		}
		done++
		if opt.Progress != nil {
			opt.Progress(done, total)
		}
	}
	for _, cd := range cands {
		man := manifests[cd.dir]
		if man == nil {
			man = loadManifest(cd.dir, c)
			manifests[cd.dir] = man
		}
		meta := Meta{}
		if e, name, ok := lookupManifest(man, cd); ok {
			meta = e.meta()
			used[cd.dir+"\x00"+name] = true
		}
		meta.Now, meta.Limits = opt.now(), lim
		s, err := readFile(cd.path, meta, lim)
		if err != nil {
			c.Problems = append(c.Problems, Problem{cd.path, err.Error()})
		} else {
			c.Sources = append(c.Sources, s)
		}
		done++
		if opt.Progress != nil {
			opt.Progress(done, total)
		}
	}
	// Manifest entries that matched no file are likely typos.
	dirs := make([]string, 0, len(manifests))
	for d := range manifests {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		var names []string
		for name := range manifests[d].Files {
			if !used[d+"\x00"+name] {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			if _, err := os.Stat(filepath.Join(d, filepath.FromSlash(name))); err != nil {
				c.Problems = append(c.Problems, Problem{filepath.Join(d, ManifestName), fmt.Sprintf("entry %q matches no file", name)})
			}
		}
	}
	sort.SliceStable(c.Sources, func(i, j int) bool { return c.Sources[i].Path < c.Sources[j].Path })
	uniqueIDs(c.Sources)
	c.Name = corpusName(paths, c)
	for _, m := range manifests {
		if m != nil && m.Story != "" && c.Story == "" && len(manifests) == 1 {
			c.Story = m.Story
		}
	}
	return c
}

// readStdin reads "-" within the size cap.
func readStdin(opt Options, lim Limits) (*Source, error) {
	if opt.Stdin == nil {
		return nil, errors.New("no standard input available")
	}
	b, err := io.ReadAll(io.LimitReader(opt.Stdin, lim.MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read standard input: %s", statReason(err))
	}
	if int64(len(b)) > lim.MaxFileBytes {
		return nil, fmt.Errorf("input too large (over %d bytes); not read", lim.MaxFileBytes)
	}
	return Parse("-", b, Meta{Now: opt.now(), Limits: lim})
}

// statReason turns a Stat/Open error into a short reason.
func statReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// walkDir collects the article files under dir. Symbolic links to
// directories are followed once (a loop is reported, not followed).
func walkDir(dir string, cands []candidate, c *Corpus, seen map[string]bool) []candidate {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		c.Problems = append(c.Problems, Problem{dir, statReason(err)})
		return cands
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if seen[real] {
		c.Problems = append(c.Problems, Problem{dir, "symbolic link loop (directory already read)"})
		return cands
	}
	seen[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.Problems = append(c.Problems, Problem{dir, "cannot read directory: " + statReason(err)})
		return cands
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || name == ManifestName {
			continue
		}
		p := filepath.Join(dir, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				c.Problems = append(c.Problems, Problem{p, statReason(err)})
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			cands = walkDir(p, cands, c, seen)
		case mode.IsRegular():
			if articleExts[strings.ToLower(filepath.Ext(name))] {
				cands = append(cands, candidate{p, dir})
			}
		}
	}
	return cands
}

// loadManifest reads dir/storyline.yaml if there is one.
func loadManifest(dir string, c *Corpus) *manifest {
	p := filepath.Join(dir, ManifestName)
	fi, err := os.Stat(p)
	if err != nil || !fi.Mode().IsRegular() {
		return &manifest{}
	}
	if fi.Size() > 1<<20 {
		c.Problems = append(c.Problems, Problem{p, "manifest too large (over 1 MiB); ignored"})
		return &manifest{}
	}
	b, err := os.ReadFile(p)
	if err != nil {
		c.Problems = append(c.Problems, Problem{p, "cannot read manifest: " + statReason(err)})
		return &manifest{}
	}
	m, err := parseManifest(b)
	if err != nil {
		c.Problems = append(c.Problems, Problem{p, err.Error() + "; manifest ignored"})
		return &manifest{}
	}
	return &m
}

// lookupManifest finds a file's entry by its name relative to the
// manifest's folder.
func lookupManifest(m *manifest, cd candidate) (entry, string, bool) {
	if m == nil || len(m.Files) == 0 {
		return entry{}, "", false
	}
	rel, err := filepath.Rel(cd.dir, cd.path)
	if err != nil {
		rel = filepath.Base(cd.path)
	}
	rel = filepath.ToSlash(rel)
	e, ok := m.Files[rel]
	return e, rel, ok
}

// readFile reads one file within the size cap and parses it.
func readFile(p string, meta Meta, lim Limits) (*Source, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, errors.New(statReason(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if fi.Size() > lim.MaxFileBytes {
		return nil, fmt.Errorf("file too large (%d bytes, limit %d); not read", fi.Size(), lim.MaxFileBytes)
	}
	if fi.Size() == 0 {
		return nil, errors.New("empty file")
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, errors.New(statReason(err))
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, lim.MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read error: %s", statReason(err))
	}
	if int64(len(b)) > lim.MaxFileBytes {
		return nil, fmt.Errorf("file too large (over %d bytes); not read", lim.MaxFileBytes)
	}
	meta.ModTime = fi.ModTime()
	return Parse(p, b, meta)
}

// uniqueIDs makes IDs unique in path order: the second "a" becomes "a-2"
// (or the next number that is neither taken nor another file's stem).
func uniqueIDs(ss []*Source) {
	stems := map[string]bool{}
	for _, s := range ss {
		stems[s.ID] = true
	}
	used := map[string]bool{}
	for _, s := range ss {
		if !used[s.ID] {
			used[s.ID] = true
			continue
		}
		for n := 2; ; n++ {
			id := fmt.Sprintf("%s-%d", s.ID, n)
			if !used[id] && !stems[id] {
				s.ID = id
				used[id] = true
				break
			}
		}
	}
}

// corpusName is the story name: a single directory's base name, else the
// common parent folder of the sources.
func corpusName(paths []string, c *Corpus) string {
	if len(paths) == 1 {
		if fi, err := os.Stat(paths[0]); err == nil && fi.IsDir() {
			if abs, err := filepath.Abs(paths[0]); err == nil {
				return filepath.Base(abs)
			}
		}
	}
	dir := ""
	for i, s := range c.Sources {
		d := filepath.Dir(s.Path)
		if s.Path == "-" {
			continue
		}
		if i == 0 || dir == "" {
			dir = d
		} else if d != dir {
			return "stories"
		}
	}
	if dir == "" {
		return "stdin"
	}
	if abs, err := filepath.Abs(dir); err == nil {
		return filepath.Base(abs)
	}
	return filepath.Base(dir)
}
