package entity

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline/timeline/internal/goldeninput"
)

// checkOrgShaped fails when Find(s) gives an organisation that is neither
// OrgShaped nor followed by one of OrgFollowers (the promise of OrgShaped).
func checkOrgShaped(t *testing.T, s string) {
	t.Helper()
	ws := splitWords(s)
	for _, m := range Find(s) {
		if m.Kind != Org || OrgShaped(m.Canonical) {
			continue
		}
		followed := false
		for j := 1; j < len(ws); j++ {
			if int(ws[j-1].e) == m.End && !ws[j-1].breakAfter && slices.Contains(OrgFollowers(), ws[j].l) {
				followed = true
			}
		}
		if !followed {
			t.Fatalf("%q: organisation %q is not OrgShaped and not followed by one of OrgFollowers", s, m.Canonical)
		}
	}
}

func TestOrgShaped(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Jane Roe", false}, {"Acme Holdings", true}, {"Bank of Ruritania", true}, {"Acme SA", true},
		{"District Attorney's Office", true}, {"J. Roe", false}, {"Roe J.D.", true}, {"O'Brien-Smith", false},
		{"Acme Co.", true}, {"Roe-News", true}, {"", false}, {"A \xff News", true},
		// makers of materials
		{"Westby Chemicals", true}, {"Calder Steel", true},
	} {
		if got := OrgShaped(c.name); got != c.want {
			t.Errorf("OrgShaped(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	// every organisation of the corpora, in sentences and in whole sources
	for _, c := range goldeninput.Load(t, filepath.Join("..", "..", "testdata")) {
		for k, s := range c.Sents {
			checkOrgShaped(t, s)
			if k%20 == 0 {
				checkOrgShaped(t, strings.Join(c.Sents[k:min(k+40, len(c.Sents))], " "))
			}
		}
	}
}
