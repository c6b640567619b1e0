package compare

import (
	"strings"
	"testing"
)

// Three outlets report one court case and one flight incident with
// shared quotes in different wordings and tags.
func quoteFixture() []Sentence {
	var s []Sentence
	s = append(s, doc("A",
		[]string{"U.S. District Judge Amy Chen sentenced Tom Berg to 15 years in prison on Tuesday."},
		[]string{"“This was a calculated fraud that ruined lives,” Chen said from the bench."},
		[]string{"Berg's lawyer, Nora Field, said her client would appeal.", "“We believe the jury got it wrong,” she told reporters outside the courthouse."},
		[]string{"Captain Maria Lopez, who flew the plane, described the moment the panel blew out."},
		[]string{"“It was loud, and then everything was in the air,” Lopez said.", "“We trained for this.”"},
	)...)
	s = append(s, doc("B",
		[]string{"Tom Berg was sentenced to 15 years in federal prison."},
		[]string{`"This was a calculated fraud that ruined lives," Judge Amy Chen told the court.`},
		[]string{`His attorney, Nora Field, said: "We believe the jury got it wrong, and we will appeal."`},
		[]string{`The pilot, Maria Lopez, told local television: "It was loud and then everything was in the air."`},
	)...)
	s = append(s, doc("C",
		[]string{"A judge handed Tom Berg a 15-year sentence."},
		[]string{"The judge, Amy Chen, called it “a calculated fraud” before reading the sentence.", "“It ruined lives, and it was calculated,” the judge added."},
		[]string{"Maria Lopez, the captain, said the crew had “trained for this” for years."},
		[]string{"“We trained for exactly this,” she said."},
	)...)
	return s
}

type plantedQuote struct {
	speaker string // surname
	text    string // lower-case substring of some version
	outlets string // comma-joined, sorted
}

func TestQuoteFixturePrecisionRecall(t *testing.T) {
	planted := []plantedQuote{
		{"Chen", "calculated fraud that ruined lives", "A,B,C"},
		{"Field", "jury got it wrong", "A,B"},
		{"Lopez", "everything was in the air", "A,B"},
		{"Lopez", "we trained for", "A,C"},
	}
	qs := Quotes(quoteFixture(), nil)
	found := 0
	matchedQ := map[string]bool{}
	for _, pq := range planted {
		ok := false
		for _, q := range quotesWith(qs, pq.text) {
			outs := strings.Join(sortedCopy(q.Outlets), ",")
			if surnameOf(q.Speaker) == pq.speaker && outs == pq.outlets {
				ok = true
				matchedQ[q.ID] = true
			} else {
				t.Errorf("planted %+v: cluster %s by %q over %s", pq, q.ID, q.Speaker, outs)
			}
		}
		if ok {
			found++
		} else {
			t.Errorf("planted quote %+v not found as one cluster", pq)
		}
	}
	// precision over clusters carried by more than one outlet
	multi, correct := 0, 0
	for _, q := range qs {
		if len(q.Outlets) < 2 {
			continue
		}
		multi++
		if matchedQ[q.ID] {
			correct++
		} else {
			t.Errorf("unplanted cross-outlet cluster %s %q %+v", q.ID, q.Speaker, q.Versions)
		}
	}
	// every quote has the right speaker
	for _, q := range qs {
		if q.Speaker == "" {
			t.Errorf("%s has no speaker: %+v", q.ID, q.Versions)
		}
	}
	p, r := 1.0, float64(found)/float64(len(planted))
	if multi > 0 {
		p = float64(correct) / float64(multi)
	}
	t.Logf("shared quotes: precision %.2f (%d/%d), recall %.2f (%d/%d)", p, correct, multi, r, found, len(planted))
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j] < c[j-1]; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
	return c
}
