package timeline

import (
	"testing"
	"time"
)

// TestFloodKinds: what a flood and a failing structure bring, told in
// general news words: a weir or spillway that breaks apart, a river over
// its banks, heavy rain, a controlled release and pumping, soldiers sent
// in, a structure declared unsafe or safe, people ordered out of their
// homes. Each figure of speech beside it reports nothing.
func TestFloodKinds(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Part of the spillway at the Westby weir gave way shortly before midnight.", []string{"accident"}},
		{"Concrete slabs of the Easton spillway broke apart on Tuesday.", []string{"accident"}},
		{"The coalition broke apart on Tuesday.", nil},
		{"The River Calder burst its banks on Wednesday.", []string{"flood"}},
		{"The lower town was flooded within hours.", []string{"flood"}},
		{"The council switchboard was flooded with calls.", nil},
		{"Two days of torrential rain fell on the valley.", []string{"rain"}},
		{"Engineers began a controlled release from the reservoir on Wednesday.", []string{"water-release"}},
		// gas let out of a tank is the leak's, not a reservoir's
		{"Crews carried out a controlled release of chlorine from a damaged tank.", []string{"leak"}},
		// "the release" after one from the reservoir is that release, not a disclosure
		{"Engineers opened the dam's bottom outlet for a controlled release. The release ran for 18 hours.", []string{"water-release", "water-release"}},
		{"Crews began pumping water out of the flooded tunnel.", []string{"pumping"}},
		{"The Easton pumping station lost power.", []string{"failure"}},
		{"Soldiers were filling sandbags along the river on Thursday.", []string{"deployment"}},
		{"The army was called in on Wednesday.", []string{"deployment"}},
		{"Troops fired into the crowd.", nil},
		{"Engineers declared the old Calder Road bridge unsafe on Thursday.", []string{"declared-unsafe"}},
		{"Inspectors declared the dam safe on Saturday.", []string{"declared-safe"}},
		{"Inspectors say the embankment is no longer at risk of collapse.", []string{"declared-safe"}},
		{"Residents said they felt unsafe.", nil},
		{"About 3,000 residents were told to leave their homes.", []string{"evacuation"}},
		{"Some 3,000 people were ordered out of the lower town.", []string{"evacuation"}},
		{"Colm Vey was ordered out of the courtroom.", nil},
		{"Police officers went door to door through the night.", []string{"evacuation"}},
		{"Campaigners went door to door with leaflets.", nil},
		// a court of appeal named is no appeal; a weather warning lifted is the lifting
		{"The inquiry will be led by a retired appeal court judge.", []string{"investigation"}},
		{"The weather service lifted its flood warning on Friday.", []string{"lifting"}},
	})
}

// TestReducedRelativeTime: a day that closes a relative clause reduced to
// its participle dates the participle; the main verb's clock time does not
// pull it to the main verb's day.
func TestReducedRelativeTime(t *testing.T) {
	thu := time.Date(2026, 10, 22, 10, 0, 0, 0, time.UTC)
	ms, e := mentionsAt(thu, "Most of the 300 people ordered out of their homes in the early hours of Saturday were allowed back on Wednesday at noon.")
	e.resolveTimes()
	for trig, want := range map[string]int{"ordered out": ymd(2026, 10, 17), "allowed back": ymd(2026, 10, 21)} {
		m := mentionOf(e.ms, e, trig)
		if m == nil {
			t.Errorf("no mention %q (%d mentions)", trig, len(ms))
			continue
		}
		if m.day != want {
			t.Errorf("%q: day %s, want %s", trig, dayTime(m.day).Format("Mon 2 Jan"), dayTime(want).Format("Mon 2 Jan"))
		}
	}
}

// TestPlanOfAnActUnderWay: "an inquiry, which is due to report within a
// year" plans the report; the inquiry itself is under way. A sitting to
// come ("due to resume") is still a plan.
func TestPlanOfAnActUnderWay(t *testing.T) {
	tests := []statusCase{
		{"On Friday Mr Vey announced an independent inquiry, led by a retired appeal court judge, which is due to report within twelve months.", "inquiry", StatusHappened},
		{"The Westby strike is expected to continue into next week.", "strike", StatusHappened},
		{"Colm Vey's inquest is due to resume on 18 January.", "inquest", StatusPlanned},
		{"The Easton hearing is expected to start at 10 a.m.", "hearing", StatusPlanned},
	}
	checkStatuses(t, tests)
}
