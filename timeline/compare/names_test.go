package compare

import (
	"math/rand"
	"strings"
	"testing"

	"storyline/timeline/entity"
)

// checkEntityShortcuts fails when the short cuts that spare the entity
// finder disagree with it on text: a person-name candidate that is not
// entity.OrgShaped nor orgFollowed is no organisation of entity.Find, and
// a sentence-initial word that mentions would not ask about (afterAbbrev
// false, one word of letters) is no person of it.
func checkEntityShortcuts(t *testing.T, text string) {
	t.Helper()
	a := analyseAll([]string{text})[0]
	orgs, persons := map[string]bool{}, map[int]bool{}
	for _, m := range entity.Find(text) {
		switch m.Kind {
		case entity.Org:
			orgs[m.Canonical] = true
		case entity.Person:
			for s := m.Start; s < m.End; s++ {
				persons[s] = true
			}
		}
	}
	rs, split := a.capRuns()
	for ri, r := range rs {
		if name := split[ri].name; len(name) >= 2 {
			key := strings.ReplaceAll(joinName(name), "’", "'")
			if orgs[key] && !entity.OrgShaped(key) && !a.orgFollowed(key) {
				t.Fatalf("%q: organisation %q missed", text, key)
			}
		}
		i := r.first
		if len(r.toks) == 1 && isLetters(r.toks[0].Text) && sentenceInitial(a.toks, i) && !afterAbbrev(text, a.toks, i) &&
			i+1 < len(a.toks) && a.toks[i+1].Word && a.toks[i+1].is(vSpeech) && !r.possessive && persons[r.toks[0].Start()] {
			t.Fatalf("%q: person %q missed", text, r.toks[0].Text)
		}
	}
}

func TestEntityShortcuts(t *testing.T) {
	for _, gc := range readGoldenInput(t) {
		paras := buildParagraphs(gc.Sentences)
		for _, pa := range paras {
			checkEntityShortcuts(t, pa.text)
		}
		for _, s := range gc.Sentences {
			checkEntityShortcuts(t, s.Text)
		}
	}
	vocab := []string{"Acme", "Roe", "Jane", "network", "News", "SA", "U.S.", "J.", "Co.", "of", "the", "The", "and", "&",
		"Bank", "Office", "Attorney's", "Roe’s", "company", "company’s", "said", "told", "President", "Mr.", "Dr", "FBI",
		"O'Brien", "Ünal", "ÉTÉ", ",", ".", ". ", ".”", "“", "”", "\"", "'", "(", "-", "—", ":", "!", "?", "…", "\n", "van",
		"Health", "Monday", "May", "7", "Flight", "Inc.", "channel", "Times", "X.com", "I", "Gov.", "Federal", "Board", "Ruritania", "Freedonia"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for i := 1 + r.Intn(14); i > 0; i-- {
			if r.Intn(5) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[r.Intn(len(vocab))])
		}
		checkEntityShortcuts(t, b.String())
	}
}
