// Package export writes a timeline as Markdown or as JSON (schema
// storyline.timeline/v1), to a writer or atomically to a file.
//
// Filtering by outlet is the engine's job (timeline.Timeline.Filter); export
// writes whatever timeline it is given. The layout of both formats is
// documented in the README.
package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"storyline/timeline"
)

// Format is an export format.
type Format string

// Export formats.
const (
	FormatMarkdown Format = "markdown"
	FormatJSON     Format = "json"
)

// Formats lists the export formats, for help texts.
func Formats() []Format { return []Format{FormatMarkdown, FormatJSON} }

// ParseFormat reads a format name: "markdown" (or "md") or "json", in any
// case, surrounding spaces ignored.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "markdown", "md":
		return FormatMarkdown, nil
	case "json":
		return FormatJSON, nil
	}
	return "", fmt.Errorf("unknown export format %q (want markdown or json)", s)
}

// FormatForPath guesses the format from a file name's extension: .md,
// .markdown → markdown; .json → json. ok is false for anything else.
func FormatForPath(path string) (f Format, ok bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return FormatMarkdown, true
	case ".json":
		return FormatJSON, true
	}
	return "", false
}

// Ext is the usual file extension of the format, with its dot.
func (f Format) Ext() string {
	if f == FormatJSON {
		return ".json"
	}
	return ".md"
}

// FileName is a default export file name for t: its slug (reduced to
// letters, digits, '-', '_' and '.'; "timeline" when nothing is left) plus
// the format's extension.
func FileName(t *timeline.Timeline, f Format) string {
	var b strings.Builder
	if t != nil {
		for _, r := range t.Slug {
			switch {
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
				b.WriteRune(r)
			case r == '.' && b.Len() > 0:
				b.WriteRune(r)
			case r == ' ' || r == '/' || r == '\\':
				b.WriteByte('-')
			}
			if b.Len() >= 100 {
				break
			}
		}
	}
	name := strings.Trim(b.String(), "-.")
	if name == "" {
		name = "timeline"
	}
	return name + f.Ext()
}

// Write writes t to w in format f.
func Write(w io.Writer, t *timeline.Timeline, f Format) error {
	switch f {
	case FormatMarkdown:
		return Markdown(w, t)
	case FormatJSON:
		return JSON(w, t)
	}
	return fmt.Errorf("unknown export format %q (want markdown or json)", string(f))
}

// ErrExists is returned (wrapped) by WriteFile when the file exists and
// overwriting was not allowed. Detect it with errors.Is.
var ErrExists = errors.New("file already exists")

// WriteFile writes t in format f to path atomically: it renders the whole
// document, writes it to a temporary file in the same directory, syncs and
// closes it, then moves it into place, so a reader sees either the old file
// or the complete new one, never a partial one. The temporary file is
// removed on any error.
//
// Unless overwrite is true an existing path is never replaced; the error then
// wraps ErrExists. Other errors name the path and the reason ("export
// /nope/x.md: directory /nope does not exist", "… is not writable").
func WriteFile(path string, t *timeline.Timeline, f Format, overwrite bool) error {
	var buf bytes.Buffer
	if err := Write(&buf, t, f); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if path == "" {
		return errors.New("export: no file name")
	}
	dir := filepath.Dir(path)
	di, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("export %s: directory %s does not exist: %w", path, dir, fs.ErrNotExist)
	case err != nil:
		return fmt.Errorf("export %s: %w", path, err)
	case !di.IsDir():
		return fmt.Errorf("export %s: %s is not a directory", path, dir)
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if fi.IsDir() {
			return fmt.Errorf("export %s: is a directory", path)
		}
		if !overwrite {
			return fmt.Errorf("export %s: %w", path, ErrExists)
		}
		mode = fi.Mode().Perm()
	} else if _, lerr := os.Lstat(path); lerr == nil && !overwrite {
		// A dangling symlink: do not replace it either.
		return fmt.Errorf("export %s: %w", path, ErrExists)
	}

	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("export %s: directory %s is not writable: %w", path, dir, err)
		}
		return fmt.Errorf("export %s: create temporary file: %w", path, err)
	}
	tmpName := tmp.Name()
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()
			_ = os.Remove(tmpName)
		}
	}()
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("export %s: write: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("export %s: chmod: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("export %s: sync: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export %s: close: %w", path, err)
	}
	if overwrite {
		if err := os.Rename(tmpName, path); err != nil {
			return fmt.Errorf("export %s: %w", path, err)
		}
	} else {
		// Link fails if path appeared meanwhile: no clobbering even in a race.
		if err := os.Link(tmpName, path); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("export %s: %w", path, ErrExists)
			}
			// File systems without hard links: checked above, rename.
			if _, serr := os.Lstat(path); serr == nil {
				return fmt.Errorf("export %s: %w", path, ErrExists)
			}
			if err := os.Rename(tmpName, path); err != nil {
				return fmt.Errorf("export %s: %w", path, err)
			}
		} else {
			_ = os.Remove(tmpName)
		}
	}
	done = true
	syncDir(dir)
	return nil
}

// syncDir makes a rename durable where the platform allows; failures are
// ignored (the file itself is already synced).
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
