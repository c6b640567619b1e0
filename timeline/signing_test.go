package timeline

import (
	"testing"
	"time"
)

// TestSigningKinds: what a transfer or hiring brings, told in general
// sports and business news words: a fee agreed, a request handed in, a
// refusal to train, a medical, personal terms, a contract signed, the new
// signing shown to the fans, the deal registered, a rival bid withdrawn, a
// debut and a goal. Each figure of speech beside it reports nothing of the
// kind.
func TestSigningKinds(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Westby agreed a fee with Easton on Sunday night.", []string{"acceptance"}},
		{"Easton accepted their offer late on Sunday.", []string{"acceptance"}},
		{"Easton will receive €38 million, plus up to €4 million in add-ons.", []string{"acceptance"}},
		{"The council will receive €38 million from the fund.", nil},
		{"Colm Vey handed in a transfer request on Friday.", []string{"request"}},
		{"Colm Vey refused to train on Saturday.", []string{"training-refusal"}},
		{"Colm Vey passed a medical at the training ground on Monday.", []string{"medical"}},
		{"Colm Vey went to the training ground for his medical.", []string{"medical"}},
		{"Colm Vey was taken to hospital for a medical emergency.", []string{"hospitalisation"}},
		{"Personal terms were settled during the afternoon.", []string{"personal-terms"}},
		{"Colm Vey signed a four-year contract with the option of a fifth year.", []string{"signing"}},
		{"Colm Vey put pen to paper shortly before 6 p.m.", []string{"signing"}},
		{"Colm Vey was presented on the pitch in front of 8,000 supporters.", []string{"unveiling"}},
		{"Colm Vey walks out of the tunnel to a huge roar from 8,000 fans.", []string{"unveiling"}},
		{"Hedda Lurk walked out of the talks with the union.", []string{"withdrawal"}},
		{"The mayor attended the unveiling of a statue.", nil},
		{"Fans gathered outside the ground for the unveiling of a statue.", nil},
		{"The club registered the forward's move with the league at 10.58pm.", []string{"registration"}},
		{"Hedda Lurk registered the company in 2019.", nil},
		{"The school registered the highest score in the county.", nil},
		{"Westby lodged a late bid for Colm Vey but withdrew it on Monday afternoon.", []string{"offer", "withdrawal"}},
		{"Easton have pulled out.", []string{"withdrawal"}},
		{"Divers have pulled out two bodies from the river.", []string{"rescue"}},
		{"Colm Vey made his debut in Saturday's home game.", []string{"debut"}},
		{"Colm Vey headed in a corner in the 63rd minute.", []string{"goal"}},
		{"Hedda Lurk scored 42 per cent in the poll.", nil},
		{"Hedda Lurk scored 12 points in the poll in the final minutes of the evening.", nil},
		{"A planned friendly against Westby Town has been scrapped.", []string{"fixture"}},
		{"The talks were friendly.", []string{"meeting"}},
		// a deal that looked dead failed; the dead of an accident are casualties
		{"Hedda Lurk admitted she had twice been told the deal was dead.", nil},
		{"Two men are dead after the crash.", []string{"injury"}},
	})
}

// TestMeasureInsideTrigger: a measure compound between a verb's article
// and its noun ("a four-year contract", "a 30-day state of emergency")
// leaves the trigger whole and is no time of its own; a prepositional
// phrase takes no such skip ("in a two-line statement").
func TestMeasureInsideTrigger(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"The government declared a 30-day state of emergency on Tuesday.", []string{"state-of-emergency"}},
		{"Colm Vey signed a two-and-a-half-year contract.", []string{"signing"}},
		{"Colm Vey signed a contract.", []string{"signing"}},
	})
	// the statement the removal was announced in stays the announcement's
	// medium: the removal does not take it, nor the announcement's day
	ms, e := mentionsAt(time.Date(2026, 9, 1, 7, 0, 0, 0, time.UTC), "Westby announced Lurk's removal in a four-paragraph statement issued at 9:47 p.m. on Friday.")
	e.resolveTimes()
	if m := mentionOf(ms, e, "removal"); m == nil || m.tj-m.ti != 1 {
		t.Errorf("the removal took the statement phrase: %+v", m)
	}
	if m := mentionOf(ms, e, "announced"); m == nil || m.day != ymd(2026, time.August, 28) {
		t.Errorf("the announcement lost its day: %+v", m)
	}
}

// TestDayOfEachConjunct: "X on Friday and Y on Saturday" gives each act
// its own day; with no day after the second act, the day before "and"
// still dates it.
func TestDayOfEachConjunct(t *testing.T) {
	pub := time.Date(2026, 9, 1, 7, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		text, trig string
		want       int
	}{
		{"Colm Vey handed in a transfer request on Friday and refused to report for training on Saturday morning.", "refused", ymd(2026, time.August, 29)},
		{"Colm Vey handed in a transfer request on Friday and refused to report for training on Saturday morning.", "request", ymd(2026, time.August, 28)},
		{"Hedda Lurk posted a letter on Friday and resigned on Saturday.", "resigned", ymd(2026, time.August, 29)},
		{"Hedda Lurk posted a letter on Friday, and had resigned by Saturday.", "resigned", ymd(2026, time.August, 29)},
		{"Hedda Lurk posted a letter on Friday and resigned.", "resigned", ymd(2026, time.August, 28)},
	}
	for _, tc := range tests {
		ms, e := mentionsAt(pub, tc.text)
		e.resolveTimes()
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.trig)
			continue
		}
		if m.day != tc.want {
			t.Errorf("%q %q: day %d, want %d", tc.text, tc.trig, m.day, tc.want)
		}
	}
}
