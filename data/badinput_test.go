package data

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInputMatrix loads a folder holding one good article and one bad
// input per row; every bad row yields exactly the expected outcome with a
// one-line message naming its path, and the good article still loads.
func TestBadInputMatrix(t *testing.T) {
	good := "Bridge reopens after repairs\n\nThe old bridge reopened on Monday after three months of repairs, the council said.\n"
	type row struct {
		name    string
		make    func(t *testing.T, dir, p string) // creates the input at p
		skipped string                            // substring of the corpus problem; "" = loads
		note    string                            // substring of a Source problem when it loads
	}
	write := func(b []byte) func(t *testing.T, dir, p string) {
		return func(t *testing.T, dir, p string) {
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	rows := []row{
		{"empty.txt", write(nil), "empty file", ""},
		{"blank.txt", write([]byte(" \n\n \t\n")), "only whitespace", ""},
		{"image.txt", write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), "PNG image", ""},
		{"doc.txt", write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")), "PDF document", ""},
		{"archive.txt", write([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00")), "gzip archive", ""},
		{"nul.txt", write([]byte("Some text\x00with a NUL byte inside it.")), "NUL byte", ""},
		{"invalid-utf8.txt", write([]byte("Title here\n\nThe caf\xe9 opened on Monday, owners said.\n")), "", "invalid UTF-8 repaired"},
		{"utf16.txt", write(append([]byte{0xff, 0xfe}, utf16le("Title here\r\n\r\nThe museum reopened on Friday, staff said.\r\n")...)), "", "decoded from UTF-16"},
		{"long-line.txt", write(bytes.Repeat([]byte("the word "), 10<<20/9)), "", ""},
		{"huge.txt", func(t *testing.T, dir, p string) {
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			// Sparse: 500 MB that is never read (the cap is checked with Stat).
			if err := f.Truncate(500 << 20); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}, "file too large", ""},
		{"many-lines.txt", write(bytes.Repeat([]byte("It is the end of a line.\n"), 200000)), "", "over 20000 paragraphs"},
		{"crlf.txt", write([]byte("Title here\r\n\r\nLine one ends here.\r\nLine two ends here.\r\n")), "", ""},
		{"cr-only.txt", write([]byte("Title here\r\rLine one ends here.\rLine two ends here.\r")), "", ""},
		{"loop", func(t *testing.T, dir, p string) {
			if err := os.Symlink(filepath.Join(dir, "loop"), p); err != nil {
				t.Skip("symlinks unsupported:", err)
			}
		}, "symbolic link loop", ""},
		{"dirloop", func(t *testing.T, dir, p string) {
			if err := os.Mkdir(p, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("..", filepath.Join(p, "up")); err != nil {
				t.Skip("symlinks unsupported:", err)
			}
		}, "symbolic link loop", ""},
		{"no-sentences.txt", write([]byte("Share it:\n\nBack\n\nTop\n")), "", "no body sentences"},
		{"german.txt", write([]byte("Neue Brücke eröffnet\n\nDie neue Brücke über den Fluss wurde am Montag nach zwei Jahren Bauzeit für den Verkehr freigegeben, teilte die Stadt mit. Sie ist die längste Brücke der Region und soll den Verkehr in der Innenstadt entlasten.\n")), "", "does not look like English"},
		{"page.html", write([]byte(`<!DOCTYPE html><html><head><title>Dam inspection finds no damage</title><style>p{color:red}</style><script>alert("pwned script")</script></head><body><iframe src="x">iframe words</iframe><article><p>Engineers inspected the dam on Tuesday after the earthquake and found no damage, the water authority said in a statement.</p><p>The reservoir will stay open to visitors, and boat hire will resume at the weekend as planned.</p></article></body></html>`)), "", ""},
		{"front.md", write([]byte("---\noutlet: [unclosed\ntitle: x\n---\n# Dam report\n\nEngineers inspected the dam on Tuesday.\n")), "", "malformed front matter"},
		{"unreadable.txt", func(t *testing.T, dir, p string) {
			if err := os.WriteFile(p, []byte("Secret\n\nText that cannot be read.\n"), 0o000); err != nil {
				t.Fatal(err)
			}
			if f, err := os.Open(p); err == nil {
				f.Close()
				os.Remove(p)
				t.Skip("running with privileges that ignore file permissions")
			}
		}, "permission denied", ""},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, r.name)
			r.make(t, dir, p)
			var progress []int
			c := Load([]string{dir}, Options{Progress: func(done, total int) { progress = append(progress, done) }})
			var goodSrc *Source
			for _, s := range c.Sources {
				checkOffsets(t, s)
				if s.ID == "good" {
					goodSrc = s
				}
			}
			if goodSrc == nil || len(goodSrc.Problems) != 0 {
				t.Fatalf("good article did not load cleanly: %+v, problems %v", goodSrc, c.Problems)
			}
			for _, m := range c.Messages() {
				if strings.Contains(m, "\n") || !strings.Contains(m, dir) {
					t.Errorf("message not one line naming the path: %q", m)
				}
			}
			if r.skipped != "" {
				if len(c.Sources) != 1 {
					t.Errorf("bad input loaded: %d sources", len(c.Sources))
				}
				found := false
				for _, pr := range c.Problems {
					if strings.HasPrefix(pr.Path, p) && strings.Contains(pr.Reason, r.skipped) {
						found = true
					}
				}
				if !found {
					t.Errorf("problems %v lack %q for %s", c.Problems, r.skipped, p)
				}
				return
			}
			if len(c.Sources) != 2 || len(c.Problems) != 0 {
				t.Fatalf("want 2 sources and no problems, got %d, %v", len(c.Sources), c.Problems)
			}
			s := c.Sources[0]
			if s.ID == "good" {
				s = c.Sources[1]
			}
			if r.note != "" && !strings.Contains(strings.Join(s.Problems, "|"), r.note) {
				t.Errorf("source problems %q lack %q", s.Problems, r.note)
			}
			absent := map[string][]string{"page.html": {"pwned", "iframe words", "color:red"}}
			for _, a := range absent[r.name] {
				if strings.Contains(s.Text, a) {
					t.Errorf("text keeps %q", a)
				}
			}
			if r.note == "" && len(s.Problems) != 0 {
				t.Errorf("unexpected source problems %q", s.Problems)
			}
			if strings.ContainsAny(s.Text, "\r\u00a0") || strings.HasPrefix(s.Text, "\ufeff") {
				t.Errorf("text not normalised")
			}
			if len(progress) == 0 || progress[len(progress)-1] != 2 {
				t.Errorf("progress calls %v", progress)
			}
		})
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(sub, 0o755))
	must(os.MkdirAll(filepath.Join(dir, "empty"), 0o755))
	art := func(title string) []byte {
		return []byte(title + "\n\nThe council met on Monday and agreed the plan, a spokesman said.\n")
	}
	must(os.WriteFile(filepath.Join(dir, "a.txt"), art("Alpha story"), 0o644))
	must(os.WriteFile(filepath.Join(sub, "a.md"), art("Second alpha"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "b.html"), []byte("<html><body><h1>Beta</h1><p>The council met on Monday and agreed the plan, a spokesman said.</p></body></html>"), 0o644))
	must(os.WriteFile(filepath.Join(dir, ".hidden.txt"), art("Hidden"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "notes.csv"), art("Not an article"), 0o644))
	must(os.WriteFile(filepath.Join(dir, ManifestName), []byte("story: Council plan\nfiles:\n  a.txt:\n    outlet: Alpha Post\n    retrieved: 2024-02-02T10:00:00Z\n  typo.txt:\n    outlet: Nobody\n"), 0o644))
	must(os.WriteFile(filepath.Join(sub, ManifestName), []byte("files: [this is: not a map\n"), 0o644))

	c := Load([]string{dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "empty"), "-"}, Options{Stdin: strings.NewReader("Stdin story\n\nThe council met on Monday, a spokesman said.\n")})
	var ids, paths []string
	for _, s := range c.Sources {
		ids = append(ids, s.ID)
		paths = append(paths, s.Path)
	}
	if got := strings.Join(ids, ","); got != "stdin,a,b,a-2" {
		t.Errorf("ids %s (paths %v)", got, paths)
	}
	a := c.Sources[1]
	if a.Outlet != "Alpha Post" || a.OutletFrom != OutletFromManifest || a.Reference.Format("2006-01-02T15") != "2024-02-02T10" {
		t.Errorf("manifest not applied: %q %s %v", a.Outlet, a.OutletFrom, a.Reference)
	}
	want := map[string]string{
		filepath.Join(dir, "missing.txt"): "no such file",
		filepath.Join(dir, "empty"):       "no articles",
		filepath.Join(sub, ManifestName):  "malformed manifest",
		filepath.Join(dir, ManifestName):  `entry "typo.txt" matches no file`,
	}
	for p, reason := range want {
		found := false
		for _, pr := range c.Problems {
			if pr.Path == p && strings.Contains(pr.Reason, reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem %q for %s in %v", reason, p, c.Problems)
		}
	}
	if len(c.Problems) != len(want) {
		t.Errorf("problems %v", c.Problems)
	}
	// MaxFiles.
	c = Load([]string{dir}, Options{Limits: Limits{MaxFiles: 2}})
	if len(c.Sources) != 2 || len(c.Problems) < 1 || !strings.Contains(c.Problems[len(c.Problems)-1].Reason+c.Problems[0].Reason, "file limit") {
		t.Errorf("MaxFiles: %d sources, %v", len(c.Sources), c.Problems)
	}
	// Stdin over the cap.
	c = Load([]string{"-"}, Options{Stdin: strings.NewReader(strings.Repeat("x", 2000)), Limits: Limits{MaxFileBytes: 1000}})
	if len(c.Sources) != 0 || len(c.Problems) != 1 || c.Problems[0].Path != "-" {
		t.Errorf("stdin cap: %v", c.Problems)
	}
	// A file named directly is read whatever its extension.
	c = Load([]string{filepath.Join(dir, "notes.csv")}, Options{})
	if len(c.Sources) != 1 {
		t.Errorf("explicit file not read: %v", c.Problems)
	}
}

func TestUniqueIDs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a,b,c", "a,b,c"},
		{"a,a,a", "a,a-2,a-3"},
		{"a,a,a-2", "a,a-3,a-2"},
		{"stdin,stdin", "stdin,stdin-2"},
	}
	for _, tt := range tests {
		var ss []*Source
		for _, id := range strings.Split(tt.in, ",") {
			ss = append(ss, &Source{ID: id})
		}
		uniqueIDs(ss)
		var got []string
		for _, s := range ss {
			got = append(got, s.ID)
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("uniqueIDs(%s) = %s, want %s", tt.in, strings.Join(got, ","), tt.want)
		}
	}
}
