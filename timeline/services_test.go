package timeline

import (
	"strings"
	"testing"
	"time"
)

// TestServiceDisruptionKinds: what an organisation hit by a failure or an
// attack does and suffers, told in general news words: staff sent home,
// systems switched off, services down, a regulator notified, a payment
// refused, a help point opened, stolen files posted, a sum demanded.
func TestServiceDisruptionKinds(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Westby council sent 900 staff home on Monday.", []string{"sent-home"}},
		// a phrasal verb around its object, numbers and all
		{"The outage forced the council to send some 1,200 employees home.", []string{"outage", "sent-home"}},
		{"About 300 staff have been told to go home.", []string{"sent-home"}},
		// a patient sent home is discharged; envoys sent home are expelled
		{"Colm Vey was treated in hospital and sent home.", []string{"hospitalisation"}},
		{"Two Easton diplomats were sent home over the affair.", []string{"expulsion"}},
		{"The council notified the Data Protection Office on Tuesday.", []string{"notification"}},
		{"Hedda Lurk informed the regulator on Monday.", []string{"notification"}},
		{"Hedda Lurk informed her decision to the board.", nil},
		{"The council would not pay the ransom, Hedda Lurk said.", []string{"payment-refusal"}},
		// a place opened to help, told by a phrase of two words ("help desk")
		{"A help desk for residents opened at the Westby Exchange on Market Street.", []string{"opening"}},
		{"Police opened an investigation on Monday.", []string{"investigation"}},
		// a shelter opened is the shelter
		{"A rest centre has opened at the Easton leisure centre.", []string{"relief"}},
		{"The council switched off its computer systems as a precaution.", []string{"closure"}},
		{"The pilot switched off the engine.", nil},
		{"The gang posted 40 gigabytes of data on its leak site.", []string{"release"}},
		{"Colm Vey posted a message on Friday.", []string{"post"}},
		{"The council's website is down.", []string{"outage"}},
		{"Sales were down 4 per cent in March.", nil},
		{"The main switchboard is still dead.", []string{"outage"}},
		{"The gang demanded $3 million in bitcoin.", []string{"demand"}},
	})
}

// TestModalScope: a modal far before a trigger does not plan an act the
// sentence tells as done: a participle after its noun, a speech tag in the
// past after a comma, an act named with a past day's possessive.
func TestModalScope(t *testing.T) {
	tests := []statusCase{
		{"Westby council will not pay the $2m ransom demanded by the gang.", "demanded", StatusHappened},
		{"Westby council will not pay the ransom, councillors were told at a meeting held last night.", "meeting", StatusHappened},
		{"The council will sue the gang behind yesterday's attack.", "attack", StatusHappened},
		{"The council will sue the gang behind last week's attack.", "attack", StatusHappened},
		// a weekday's possessive may be the day to come
		{"Colm Vey said he would raise the matter at Monday's meeting.", "meeting", StatusPlanned},
		// the modal's own act is still planned
		{"The council will hold a meeting on Friday.", "meeting", StatusPlanned},
		{"The council will sue the gang after tomorrow's meeting.", "meeting", StatusPlanned},
	}
	checkStatuses(t, tests)
}

// TestNearPlanNotBackground: a plan dated early in the next year, told in
// the last weeks of this one, is the story's next step; a plan years ahead
// and an act of another year are background.
func TestNearPlanNotBackground(t *testing.T) {
	pub := time.Date(2026, 11, 12, 8, 0, 0, 0, time.UTC)
	c := corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "The Westby bridge was closed on Tuesday 3 November after a crack was found.\nOfficials expect the bridge to reopen by the end of January.\nA new bridge is expected to reopen in 2031.\nThe bridge had been closed for repairs in March 2019."},
		article{id: "b", outlet: "B", published: pub, text: "The Westby bridge was closed on 3 November."},
	)
	tl := Build(c)
	want := map[string]bool{"reopen by the end of January": false, "reopen in 2031": true, "closed for repairs in March 2019": true}
	for frag, bg := range want {
		found := false
		for _, ev := range tl.Events {
			for _, x := range ev.Evidence {
				if strings.Contains(x.Text, frag) {
					found = true
					if ev.Background != bg {
						t.Errorf("%q: event %q background %v, want %v", frag, ev.Title, ev.Background, bg)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no event tells it", frag)
		}
	}
}

// TestPossessiveWeekDoesNotScopeWeekday: "last week's attack" dates the
// attack; a weekday told later in the sentence is still the latest one.
func TestPossessiveWeekDoesNotScopeWeekday(t *testing.T) {
	wed := time.Date(2026, 10, 21, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		text, trig string
		day        int
	}{
		{"The gang behind last week's attack on Westby council has published the files, the council confirmed on Tuesday.", "confirmed", ymd(2026, 10, 20)},
		// ("last week" itself naming the week of a weekday: TestMentionDays, TestWeekdayOfLastWeekend)
	}
	for _, tc := range tests {
		ms, e := mentionsAt(wed, tc.text)
		e.resolveTimes()
		m := mentionOf(e.ms, e, tc.trig)
		if m == nil {
			t.Errorf("%q: no mention %q (%d mentions)", tc.text, tc.trig, len(ms))
			continue
		}
		if m.day != tc.day {
			t.Errorf("%q %q: day %s, want %s", tc.text, tc.trig, dayTime(m.day).Format("Mon 2 Jan"), dayTime(tc.day).Format("Mon 2 Jan"))
		}
	}
}
