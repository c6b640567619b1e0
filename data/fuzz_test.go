package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes under each extension through sniffing,
// normalisation, extraction and classification: Parse never panics (its
// safety net would report an internal error), and every offset slices the
// text exactly.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("sample/*/*.txt")
	more, _ := filepath.Glob("testdata/articles/*")
	for _, p := range append(files, more...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, filepath.Ext(p))
		}
	}
	for _, tc := range append(roleCases, commentCases...) {
		f.Add([]byte(tc.text), filepath.Ext(tc.name))
	}
	f.Add([]byte("---\ntitle: x\n---\n"), ".md")
	f.Add([]byte("\xff\xfeA\x00"), ".txt")
	f.Add([]byte("<html><p>a</p><p>b\r\rc</p>"), ".html")
	f.Add([]byte(commentsPage), ".html")
	exts := []string{".txt", ".md", ".html", ""}
	f.Fuzz(func(t *testing.T, b []byte, ext string) {
		if len(b) > 1<<16 {
			return
		}
		if !strings.HasPrefix(ext, ".") || len(ext) > 6 {
			ext = exts[len(ext)%len(exts)]
		}
		s, err := Parse("fuzz"+ext, b, Meta{Now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Limits: Limits{MaxSentenceLen: 200, MaxParagraphs: 50, MaxSentences: 80}})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Parse panicked on %q", b)
			}
			return
		}
		if !utf8.ValidString(s.Text) {
			t.Fatalf("text is not valid UTF-8")
		}
		if strings.ContainsAny(s.Text, "\r\u00a0") {
			t.Fatalf("text not normalised: %q", s.Text)
		}
		checkOffsets(t, s)
		for _, p := range s.Paragraphs {
			for _, st := range p.Sentences {
				if len(st.Text) > 200 {
					t.Fatalf("sentence over the limit: %d bytes", len(st.Text))
				}
			}
		}
	})
}
