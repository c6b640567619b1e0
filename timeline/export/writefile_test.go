package export

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dirNames lists a directory; used to prove no temporary file is left.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFile(t *testing.T) {
	md := render(t, fixture(), FormatMarkdown)
	js := render(t, fixture(), FormatJSON)

	t.Run("new file", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "story.md")
		if err := WriteFile(p, fixture(), FormatMarkdown, false); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(got, md) {
			t.Fatalf("content differs from Markdown output (err %v)", err)
		}
		fi, _ := os.Stat(p)
		if fi.Mode().Perm() != 0o644 {
			t.Errorf("mode %v, want 0644", fi.Mode().Perm())
		}
		if names := dirNames(t, dir); len(names) != 1 || names[0] != "story.md" {
			t.Errorf("directory holds %v, want only story.md", names)
		}
	})

	t.Run("no clobber", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "story.json")
		if err := os.WriteFile(p, []byte("precious"), 0o600); err != nil {
			t.Fatal(err)
		}
		err := WriteFile(p, fixture(), FormatJSON, false)
		if !errors.Is(err, ErrExists) {
			t.Fatalf("err = %v, want ErrExists", err)
		}
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not name the path", err)
		}
		if got, _ := os.ReadFile(p); string(got) != "precious" {
			t.Errorf("existing file changed to %q", got)
		}
		if names := dirNames(t, dir); len(names) != 1 {
			t.Errorf("directory holds %v", names)
		}
	})

	t.Run("no clobber through a dangling symlink", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "link.md")
		if err := os.Symlink(filepath.Join(dir, "missing"), p); err != nil {
			t.Skip("no symlinks:", err)
		}
		if err := WriteFile(p, fixture(), FormatMarkdown, false); !errors.Is(err, ErrExists) {
			t.Fatalf("err = %v, want ErrExists", err)
		}
	})

	t.Run("overwrite keeps mode", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "story.json")
		if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(p, fixture(), FormatJSON, true); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(p)
		if !bytes.Equal(got, js) {
			t.Errorf("content not replaced")
		}
		fi, _ := os.Stat(p)
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, want the old 0600", fi.Mode().Perm())
		}
		if names := dirNames(t, dir); len(names) != 1 {
			t.Errorf("directory holds %v", names)
		}
	})

	t.Run("missing directory", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "nope")
		p := filepath.Join(dir, "x.md")
		err := WriteFile(p, fixture(), FormatMarkdown, false)
		want := "export " + p + ": directory " + dir + " does not exist"
		if err == nil || !strings.HasPrefix(err.Error(), want) || !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("err = %v, want %q (and fs.ErrNotExist)", err, want)
		}
	})

	t.Run("parent is a file", func(t *testing.T) {
		dir := t.TempDir()
		f := filepath.Join(dir, "file")
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		err := WriteFile(filepath.Join(f, "x.md"), fixture(), FormatMarkdown, true)
		if err == nil || !strings.Contains(err.Error(), "is not a directory") {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("target is a directory", func(t *testing.T) {
		dir := t.TempDir()
		for _, ow := range []bool{false, true} {
			err := WriteFile(dir, fixture(), FormatMarkdown, ow)
			if err == nil || !strings.Contains(err.Error(), "is a directory") {
				t.Fatalf("overwrite=%v: err = %v", ow, err)
			}
		}
	})

	t.Run("read-only directory", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })
		if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
			f.Close()
			t.Skip("this user can write to a read-only directory (root?)")
		}
		p := filepath.Join(dir, "x.md")
		err := WriteFile(p, fixture(), FormatMarkdown, false)
		if err == nil || !strings.Contains(err.Error(), "directory "+dir+" is not writable") || !errors.Is(err, fs.ErrPermission) {
			t.Fatalf("err = %v", err)
		}
		if names := dirNames(t, dir); len(names) != 0 {
			t.Errorf("directory holds %v", names)
		}
	})

	t.Run("unknown format writes nothing", func(t *testing.T) {
		dir := t.TempDir()
		if err := WriteFile(filepath.Join(dir, "x.yaml"), fixture(), Format("yaml"), false); err == nil {
			t.Fatal("no error")
		}
		if names := dirNames(t, dir); len(names) != 0 {
			t.Errorf("directory holds %v", names)
		}
	})

	t.Run("empty path", func(t *testing.T) {
		if err := WriteFile("", fixture(), FormatJSON, false); err == nil {
			t.Fatal("no error")
		}
	})

	t.Run("relative path in current directory", func(t *testing.T) {
		dir := t.TempDir()
		t.Chdir(dir)
		if err := WriteFile("out.json", fixture(), FormatJSON, false); err != nil {
			t.Fatal(err)
		}
		if names := dirNames(t, "."); len(names) != 1 || names[0] != "out.json" {
			t.Errorf("directory holds %v", names)
		}
	})
}
