package compare

import (
	"strings"
	"testing"
)

func body(outlet, text string) Evidence {
	return Evidence{Source: outlet + "-src", Outlet: outlet, Text: text, End: len(text), Role: "body"}
}

// TestStoryDisagreements: figures that keep their value for a story are
// compared across all sentences; running figures, differences within
// the stated approximation, increments and one outlet's own figures are
// not conflicts.
func TestStoryDisagreements(t *testing.T) {
	tests := []struct {
		name string
		in   []Evidence
		want []string // notes of the conflicting disagreements
	}{
		{"crew told in two events", []Evidence{
			body("A", "None of the 22 crew members on the ship was injured, the operator said."),
			body("B", "Investigators will interview the two pilots and the 21 crew members who were aboard."),
		}, []string{"22 crew vs 21 crew"}},
		{"money with a class", []Evidence{
			body("A", "The buyer has agreed to pay a break fee of £25m if the deal is blocked."),
			body("B", "The seller will receive a £20m break fee."),
			body("C", "The seller will receive a break fee of £20m from the buyer."),
		}, []string{"£25m vs £20m"}},
		{"damages sought in a lawsuit", []Evidence{
			body("A", "The suit, filed in district court, seeks $5 million in damages."),
			body("B", "The families sued the company on Monday, seeking $8 million in damages."),
		}, []string{"$5 million vs $8 million"}},
		{"a demand and the payment it asks", []Evidence{
			body("A", "The group demanded $4.5 million to unlock the systems."),
			body("B", "The files were published hours after the deadline for a $5 million payment expired."),
		}, []string{"$4.5 million vs $5 million"}},
		{"casualty class", []Evidence{
			body("A", "Officials said six people who were working on the bridge were missing."),
			body("B", "Nine people were missing after the collapse, the police said."),
		}, []string{"six people vs Nine people"}},
		{"a story figure more than three times apart", []Evidence{
			body("A", "More than 2,000 business customers were affected, the provider said."),
			body("B", "The provider said about 600 businesses that rely on its servers were affected."),
		}, []string{"More than 2,000 business customers vs about 600 businesses"}},
		{"figures more than tenfold apart are different populations", []Evidence{
			body("A", "About 40 people were injured in the blast."),
			body("B", "More than 500 people were injured across the region during the storm."),
		}, nil},
		{"a pledge is no running figure", []Evidence{
			body("A", "The chief executive said the company would set up a $1.5 million fund to help displaced families."),
			body("B", "The company has pledged $500,000 to a fund for displaced families."),
		}, []string{"$1.5 million vs $500,000"}},
		{"a sum that grows is", []Evidence{
			body("A", "The appeal had raised $1.5 million for the fund by Friday."),
			body("B", "The appeal has so far raised $500,000 for the fund."),
		}, nil},
		{"running figures never conflict", []Evidence{
			body("A", "Officials said six people were missing."),
			body("B", "Four workers remain missing."),
			body("C", "The number of people missing has risen to 11."),
		}, nil},
		{"within the stated approximation", []Evidence{
			body("A", "About 40 people were injured in the blast."),
			body("B", "Forty-one people were injured, the hospital said."),
		}, nil},
		{"one outlet is not compared with itself", []Evidence{
			body("A", "A crew of 22 was aboard."),
			body("A", "None of the 21 crew members was hurt."),
		}, nil},
		{"counts without a lasting class are left alone", []Evidence{
			body("A", "The airline cancelled 120 flights on Tuesday."),
			body("B", "The airline cancelled 90 flights on Wednesday."),
			body("A", "About 300 firefighters were at the scene."),
			body("B", "Some 450 firefighters were at the scene."),
		}, nil},
		{"increments are not totals", []Evidence{
			body("A", "Five more people were injured on Thursday."),
			body("B", "Nine more people were injured on Friday."),
		}, nil},
		{"what a vehicle carries is a complement", []Evidence{
			body("A", "The rocket lifted off on Tuesday carrying 24 broadband satellites."),
			body("B", "A rocket carrying 22 internet satellites failed to reach orbit."),
			body("C", "The 24 satellites were lost over the sea."),
		}, []string{"24 broadband satellites vs 22 internet satellites"}},
		{"with … on board", []Evidence{
			body("A", "The jet took off with 171 passengers on board."),
			body("B", "The 174 passengers were taken to the terminal by bus."),
		}, []string{"171 passengers vs 174 passengers"}},
		{"funds released under a deal", []Evidence{
			body("A", "Under the agreement, the government will also release $120 million in foreign state funds that have been frozen since 2022."),
			body("B", "The government agreed to release $300 million in foreign state funds frozen in its banks."),
		}, []string{"$120 million vs $300 million"}},
		{"what an outage cost", []Evidence{
			body("A", "The airline estimated the disruption had cost it about $9 million."),
			body("B", "The airline puts its losses from the outage at $3.5 million."),
		}, []string{"about $9 million vs $3.5 million"}},
		{"insurance by noun and by verb", []Evidence{
			body("A", "The satellites were insured for $90 million."),
			body("B", "They were covered by a $120 million launch policy."),
		}, []string{"$90 million vs $120 million"}},
		{"with alone is no complement", []Evidence{
			body("A", "Crews fought the fire with 300 firefighters on the line."),
			body("B", "Some 450 firefighters were on the line by Friday."),
		}, nil},
		{"quoted figures belong to the speaker", []Evidence{
			body("A", `"We had 22 crew on board," the captain said.`),
			body("B", "The 21 crew members were unhurt."),
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range StoryDisagreements(tt.in, nil) {
				if d.Verdict != VerdictConflicting {
					t.Errorf("verdict %q, want only conflicting", d.Verdict)
				}
				if len(d.Sides) < 2 {
					t.Errorf("%q has %d sides", d.Note, len(d.Sides))
				}
				got = append(got, d.Note)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAboutFollowsWrittenPrecision: "about" a precisely written value is
// narrower than about a round one.
func TestAboutFollowsWrittenPrecision(t *testing.T) {
	tests := []struct {
		a, b string
		want string // verdict, "" = nothing reported
	}{
		{"The search ended after about 18 hours.", "The search ended after 17 hours.", VerdictConflicting},
		{"The talks lasted about three hours.", "The talks lasted nearly three hours.", VerdictCompatible},
		{"The talks lasted about three hours.", "The talks lasted two and a half hours.", VerdictConflicting},
		{"He stayed about 40 minutes.", "He stayed about half an hour.", VerdictConflicting},
		{"The inquiry will take 12 to 24 months.", "The inquiry will take 20 months.", VerdictCompatible},
		{"About 40 people were injured.", "Forty-one people were injured.", VerdictCompatible},
		{"About 8,000 residents were evacuated.", "Roughly 6,000 residents were evacuated.", VerdictConflicting},
		{"About 2.5 million people were without power.", "Some 2.4 million people were without power.", VerdictCompatible},
	}
	for _, tt := range tests {
		ds := Disagreements([]Evidence{body("A", tt.a), body("B", tt.b)}, nil)
		got := ""
		if len(ds) > 0 {
			got = ds[0].Verdict
		}
		if got != tt.want {
			t.Errorf("%q vs %q: got %q, want %q (%v)", tt.a, tt.b, got, tt.want, ds)
		}
	}
}

func TestMayHoldNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"Seven workers are missing.":        true,
		"The 22 crew were unhurt.":          true,
		"A ship hit a bridge.":              false,
		"An inquiry was opened.":            false,
		"Officials said six were missing":   true,
		"Twentysomethings queued overnight": false,
		"":                                  false,
	} {
		if got := mayHoldNumber(s); got != want {
			t.Errorf("mayHoldNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzStoryDisagreements: any pair of sentences gives well-formed
// story-wide disagreements (conflicting, two or more sides, each side with
// outlets and evidence from the input) and never panics.
func FuzzStoryDisagreements(f *testing.F) {
	f.Add("None of the 22 crew members was hurt.", "The 21 crew members who were aboard")
	f.Add("a break fee of £25m", "a £20m break fee")
	f.Add("carrying 22 internet satellites", "with 24 satellites on board")
	f.Add("“Seven workers,” he said, “are missing.”", "six people were missing")
	f.Fuzz(func(t *testing.T, a, b string) {
		in := []Evidence{body("A", a), body("B", b)}
		for _, d := range StoryDisagreements(in, nil) {
			if d.Verdict != VerdictConflicting || len(d.Sides) < 2 {
				t.Fatalf("bad disagreement %+v", d)
			}
			for _, s := range d.Sides {
				if len(s.Outlets) == 0 || len(s.Evidence) == 0 {
					t.Fatalf("empty side %+v", s)
				}
				for _, e := range s.Evidence {
					if e.Text != a && e.Text != b {
						t.Fatalf("side evidence %q not from the input", e.Text)
					}
				}
			}
		}
	})
}
