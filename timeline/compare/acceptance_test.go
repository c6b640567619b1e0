package compare

import (
	"sort"
	"strings"
	"testing"

	"storyline/data"
)

func quotesWith(qs []Quote, sub string) []Quote {
	var out []Quote
	for _, q := range qs {
		for _, v := range q.Versions {
			if strings.Contains(strings.ToLower(v.Text), sub) {
				out = append(out, q)
				break
			}
		}
	}
	return out
}

func TestSampleNoDealQuote(t *testing.T) {
	qs := Quotes(sampleSentences(t), nil)
	got := quotesWith(qs, "no deal until there")
	if len(got) != 1 {
		t.Fatalf("%d clusters carry the no-deal quote, want 1", len(got))
	}
	q := got[0]
	if surnameOf(q.Speaker) != "Trump" {
		t.Errorf("speaker = %q, want Trump", q.Speaker)
	}
	var all []string
	for _, s := range data.Sample().Sources {
		all = append(all, s.ID)
	}
	outs := append([]string(nil), q.Outlets...)
	sort.Strings(outs)
	if strings.Join(outs, ",") != strings.Join(all, ",") {
		t.Errorf("outlets = %v, want all %v", outs, all)
	}
}

func TestSampleNextTimeInMoscow(t *testing.T) {
	qs := Quotes(sampleSentences(t), nil)
	got := quotesWith(qs, "next time in moscow")
	if len(got) == 0 {
		t.Fatal("no next-time-in-Moscow quote")
	}
	carried := map[string]bool{}
	for _, q := range got {
		if surnameOf(q.Speaker) != "Putin" {
			t.Errorf("%s: speaker %q, want Putin", q.ID, q.Speaker)
		}
		for _, o := range q.Outlets {
			carried[o] = true
		}
	}
	for _, s := range data.Sample().Sources {
		if strings.Contains(strings.ToLower(s.Text), "next time in moscow") && !carried[s.ID] {
			t.Errorf("%s has the quote but no cluster carries it", s.ID)
		}
	}
}

func TestSampleDurationDisagreement(t *testing.T) {
	ev := sampleEvidence(t, "about three hours", "two-and-a-half-hour", "nearly three-hour")
	ds := Disagreements(ev, nil)
	var d *Disagreement
	for i := range ds {
		if ds[i].Fact == FactDuration {
			d = &ds[i]
		}
	}
	if d == nil {
		t.Fatalf("no duration disagreement in %+v", ds)
	}
	if d.Verdict != VerdictConflicting || len(d.Sides) != 3 {
		t.Fatalf("duration: %s with %d sides, want conflicting with 3: %+v", d.Verdict, len(d.Sides), d)
	}
	outlets := map[string]bool{}
	values := map[string]bool{}
	for _, s := range d.Sides {
		values[s.Value] = true
		for _, o := range s.Outlets {
			outlets[o] = true
		}
		for _, e := range s.Evidence {
			if !strings.Contains(e.Text, "hour") {
				t.Errorf("side %q evidence %q does not state it", s.Value, e.Text)
			}
		}
	}
	if len(outlets) != 3 {
		t.Errorf("outlets = %v, want 3", outlets)
	}
	for _, v := range []string{"about 180 min", "150 min", "under 180 min"} {
		if !values[v] {
			t.Errorf("missing side %q in %v", v, values)
		}
	}
	if d.Note == "" {
		t.Error("empty note")
	}
}

func TestSampleParticipantsDisagreement(t *testing.T) {
	ev := sampleEvidence(t, "Rubio", "Belousov")
	ds := Disagreements(ev, nil)
	var d *Disagreement
	for i := range ds {
		if ds[i].Fact == FactParticipants {
			d = &ds[i]
		}
	}
	if d == nil || d.Verdict != VerdictConflicting {
		t.Fatalf("participants not flagged as conflicting: %+v", ds)
	}
	// the outlets listing Rubio, Witkoff, Lavrov, Ushakov agree with each
	// other; the one listing Ratcliffe, Lutnick, Belousov, Dmitriev differs
	for _, s := range d.Sides {
		has := func(n string) bool { return strings.Contains(s.Value, n) }
		switch {
		case has("Ratcliffe"):
			if !has("Belousov") || !has("Dmitriev") || has("Witkoff") || len(s.Outlets) != 1 {
				t.Errorf("side %q %v", s.Value, s.Outlets)
			}
		case has("Witkoff"):
			if !has("Ushakov") || len(s.Outlets) != 2 {
				t.Errorf("side %q %v, want two outlets", s.Value, s.Outlets)
			}
		default:
			t.Errorf("unexpected side %q", s.Value)
		}
	}
}

// Over the whole sample as one "event", only the planted conflicts are
// flagged as conflicting (precision guard).
func TestSampleNoFalseConflicts(t *testing.T) {
	var all []Evidence
	for _, s := range sampleSentences(t) {
		all = append(all, Evidence{Source: s.Source, Outlet: s.Outlet, Text: s.Text, Start: s.Start, End: s.End, Role: s.Role})
	}
	for _, d := range Disagreements(all, nil) {
		if d.Verdict == VerdictConflicting && d.Fact != FactDuration && d.Fact != FactParticipants {
			t.Errorf("false conflict: %s %s", d.Fact, d.Note)
		}
	}
	for _, f := range Facts(all, nil) {
		if f.Evidence.Text[f.Start:f.End] != f.Text {
			t.Errorf("fact span %d:%d of %q is not %q", f.Start, f.End, f.Evidence.Text, f.Text)
		}
	}
}
