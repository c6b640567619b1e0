package evaluate

import (
	"strings"
	"testing"

	"storyline/data"
)

// maxUnmatchable is how many gold items per corpus may fail to lie inside
// one evidence sentence of the loaded corpus (segmenter or role trouble)
// before TestGoldSentences fails.
const maxUnmatchable = 3

// TestGoldSentences loads every corpus with the real reader and checks that
// each gold item lies inside exactly one sentence of an evidence paragraph
// (body or caption), and that no forbidden text lies in one. With -v it
// lists the offenders, so gold and reader problems show early.
func TestGoldSentences(t *testing.T) {
	for _, path := range goldFiles(t) {
		g, err := Load(path)
		if err != nil {
			t.Error(err)
			continue
		}
		c := data.Load([]string{g.ArticlesDir()}, data.Options{})
		t.Run(g.Name, func(t *testing.T) {
			bad := 0
			for _, p := range c.Problems {
				t.Logf("load problem: %s", p.Error())
			}
			src := map[string]*data.Source{}
			for _, s := range c.Sources {
				src[s.ID] = s
			}
			where := func(it Item) (evidence, other int) {
				s := src[it.Source]
				if s == nil {
					return 0, 0
				}
				want := it.normText()
				for _, p := range s.Paragraphs {
					for _, se := range p.Sentences {
						if containsNorm(se.Text, want) {
							if p.Role.Evidence() {
								evidence++
							} else {
								other++
							}
						}
					}
				}
				return evidence, other
			}
			seen := map[Item]bool{}
			for _, e := range g.Events {
				for _, it := range append(append([]Item{}, e.Evidence...), e.Optional...) {
					key := Item{Source: it.Source, Text: it.Text}
					if seen[key] {
						continue
					}
					seen[key] = true
					if n, o := where(it); n != 1 {
						bad++
						t.Logf("event %s: %s %q in %d evidence sentence(s), %d other", e.ID, it.Source, it.Text, n, o)
					}
				}
			}
			for _, it := range g.Forbidden {
				if n, _ := where(it); n > 0 {
					t.Logf("forbidden %s %q lies in an evidence paragraph", it.Source, it.Text)
				}
			}
			// With -v, list evidence sentences no gold item mentions, for
			// annotators to review (most are commentary; none may report an
			// event of the story).
			if testing.Verbose() {
				var all []Item
				for _, e := range g.Events {
					all = append(append(all, e.Evidence...), e.Optional...)
				}
				all = append(all, g.Forbidden...)
				for _, s := range c.Sources {
					for _, p := range s.Paragraphs {
						if !p.Role.Evidence() {
							continue
						}
						for _, se := range p.Sentences {
							n, hit := Norm(se.Text), false
							for _, it := range all {
								hit = hit || itemMatches(it, s.ID, n)
							}
							if !hit {
								t.Logf("unannotated %s: %s", s.ID, clip(se.Text, 110))
							}
						}
					}
				}
			}
			if bad > maxUnmatchable {
				t.Errorf("%d gold items do not lie in exactly one evidence sentence (max %d); run with -v", bad, maxUnmatchable)
			}
		})
	}
}

func containsNorm(s, normWant string) bool {
	return strings.Contains(Norm(s), normWant)
}
