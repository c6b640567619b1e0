package compare

import (
	"math"
	"strings"
	"testing"
)

// fuzzSentences splits text into paragraphs (lines) and sentences (after
// ". ") with exact offsets, as the engine would pass them.
func fuzzSentences(text string) []Sentence {
	var out []Sentence
	off := 0
	for p, line := range strings.SplitAfter(text, "\n") {
		content := strings.TrimSuffix(line, "\n")
		start := 0
		for start < len(content) {
			end := strings.Index(content[start:], ". ")
			if end < 0 {
				end = len(content)
			} else {
				end = start + end + 1
			}
			if s := content[start:end]; strings.TrimSpace(s) != "" {
				out = append(out, Sentence{Source: "s", Outlet: "o", Text: s, Role: "body", Start: off + start, End: off + end, Para: p})
			}
			start = end
		}
		off += len(line)
	}
	return out
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		"“There’s no deal until there’s a deal,” Trump said.",
		"\"A,\" he said, \"B is here now.\"",
		"Maria Lopez said: “The engine failed. We turned back.”\n“Everyone was calm,” she added.",
		"Pilot: 'We had no choice but to land'",
		"“He said ‘never again’ to me,” Tom Berg said.",
		"“unclosed quote runs on",
		"” stray closer and “ opener",
		"'''\"\"\"“”‘’",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := fuzzSentences(text)
		qs := Quotes(sents, nil)
		again := Quotes(sents, nil)
		if len(qs) != len(again) {
			t.Fatalf("not deterministic: %d vs %d quotes", len(qs), len(again))
		}
		ids := map[string]bool{}
		for i, q := range qs {
			if ids[q.ID] || q.ID == "" {
				t.Fatalf("bad id %q", q.ID)
			}
			ids[q.ID] = true
			if q.ID != again[i].ID || q.Speaker != again[i].Speaker || len(q.Versions) != len(again[i].Versions) {
				t.Fatalf("not deterministic at %d", i)
			}
			if len(q.Versions) == 0 || len(q.Outlets) == 0 {
				t.Fatalf("empty quote %+v", q)
			}
			for _, v := range q.Versions {
				if strings.TrimSpace(v.Text) == "" {
					t.Fatalf("empty version text")
				}
				for _, e := range v.Evidence {
					if e.Start < 0 || e.End > len(text) || text[e.Start:e.End] != e.Text {
						t.Fatalf("evidence %d:%d %q is not the text", e.Start, e.End, e.Text)
					}
					if e.TriggerStart < 0 || e.TriggerEnd > len(e.Text) || e.TriggerStart > e.TriggerEnd {
						t.Fatalf("trigger %d:%d out of %q", e.TriggerStart, e.TriggerEnd, e.Text)
					}
				}
			}
		}
	})
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{
		"The jet carried 171 passengers and six crew members at 16,000 feet.",
		"Kyiv said it destroyed 61 of 85 Russian-launched drones.",
		"The nearly three-hour meeting; about three hours; a two-and-a-half-hour session.",
		"More than a million people, two hundred thousand homes, twenty-one votes, 2.5 million.",
		"He was sentenced to 15 years in prison on March 3, 2023 at 5:07 p.m.",
		"1,00 12,3456 9999999999999999999999 1e308 -5 0.0.0 600-mile one-on-one",
		"at least at most up to nearly about",
		"A £20m break fee, a bid valuing it at £2.1bn, $4.5 million demanded, €300k, $9.99e9bn, £bn, 2.2 billion pounds of damage.",
		"Shares jumped 24% after it bought a 12% stake; shares had risen to 50%, down 3%.",
		"By 6 a.m. it was offline; since midnight; 22:00 GMT vs 6 p.m.; six members of a crew who were missing.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, n := range findNumbers(text) {
			if n.Start < 0 || n.End > len(text) || n.Start >= n.End {
				t.Fatalf("bad span %d:%d", n.Start, n.End)
			}
			if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) || n.Value < 0 {
				t.Fatalf("bad value %v", n.Value)
			}
		}
		ev := []Evidence{{Source: "a", Outlet: "A", Text: text, End: len(text)}, {Source: "b", Outlet: "B", Text: text, End: len(text)}}
		if !mayHoldFact(text) {
			// the facts that extractFacts then leaves out are none
			a := analyseAll([]string{text})[0]
			people := func() *people { p := newPeople(); p.learn(a); return p }
			_, listed := participantFact(ev[0], a, people, func(s string) string { return s }, nil)
			if fs, ps := countFacts(ev[0], a.toks, nil, nil), placeFacts(ev[0], a.toks, nil); len(fs) > 0 || len(ps) > 0 || listed {
				t.Fatalf("mayHoldFact(%q) is false but it states %+v %+v (list %v)", text, fs, ps, listed)
			}
		}
		for _, fa := range Facts(ev, nil) {
			if fa.Start < 0 || fa.End > len(text) || fa.Start > fa.End || text[fa.Start:fa.End] != fa.Text {
				t.Fatalf("fact span %d:%d %q", fa.Start, fa.End, fa.Text)
			}
			if math.IsNaN(fa.Lo) || math.IsNaN(fa.Hi) || fa.Lo > fa.Hi {
				t.Fatalf("fact interval %v..%v", fa.Lo, fa.Hi)
			}
		}
		// the same text from two outlets never conflicts with itself
		for _, d := range Disagreements(ev, nil) {
			if d.Verdict == VerdictConflicting {
				t.Fatalf("identical outlets conflict: %+v", d)
			}
		}
	})
}
