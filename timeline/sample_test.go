package timeline

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"storyline/data"
)

// TestSampleAcceptance checks the sample story's six key events: each its
// own event, in story order, with evidence from every outlet reporting it.
func TestSampleAcceptance(t *testing.T) {
	c := data.Sample()
	tl := Build(c)
	type want struct {
		name    string
		title   string // title prefix
		kind    string
		src     string // source id prefix of the anchor sentence
		anchor  string // substring of a sentence reporting it
		sources []string
	}
	wants := []want{
		{"red-carpet arrival", "Red-carpet arrival", "arrival", "004", "greeted with a red carpet reception", []string{"001", "002", "003", "004"}},
		{"shared limousine ride", "Shared limousine ride", "ride", "003", "shared ride in Trump's armored limousine", []string{"002", "003"}},
		{"talks, about three hours", "Talks, about three hours", "meeting", "002", "The leaders met for about three hours", []string{"000", "001", "002", "003", "004"}},
		{"12-minute press conference", "Joint press conference, 12 minutes, no questions", "press-conference", "002", "12-minute news conference", []string{"000", "001", "002", "003", "004"}},
		{"Fox News interview", "Fox News interview", "interview", "002", "told Fox News host Sean Hannity", []string{"000", "001", "002", "004"}},
		{"phone call with Zelenskyy", "Phone call with Zelensk", "phone-call", "002", "phone call with Trump", []string{"000", "001", "002", "003"}},
	}
	prev := -1
	seen := map[int]string{}
	for _, w := range wants {
		i := eventOfKind(tl, w.kind, w.src, w.anchor)
		if i < 0 {
			t.Fatalf("%s: no event has evidence %q", w.name, w.anchor)
		}
		if other, dup := seen[i]; dup {
			t.Errorf("%s and %s are one event %q", other, w.name, tl.Events[i].Title)
		}
		seen[i] = w.name
		if i <= prev {
			t.Errorf("%s (rank %d) comes before the previous key event (rank %d)", w.name, i+1, prev+1)
		}
		prev = i
		ev := tl.Events[i]
		if !strings.HasPrefix(ev.Title, w.title) {
			t.Errorf("%s: title %q, want %q", w.name, ev.Title, w.title)
		}
		if ev.Status != StatusHappened {
			t.Errorf("%s: status %s", w.name, ev.Status)
		}
		if ev.Background {
			t.Errorf("%s marked background", w.name)
		}
		have := map[string]bool{}
		for _, x := range ev.Evidence {
			have[x.Source[:3]] = true
		}
		for _, s := range w.sources {
			if !have[s] {
				t.Errorf("%s (%q): no evidence from source %s", w.name, ev.Title, s)
			}
		}
	}
	checkEvidence(t, c, tl)
}

// checkEvidence: every evidence sentence is exact source text from a body
// or caption paragraph (never a comment, signature or page chrome).
func checkEvidence(t *testing.T, c *data.Corpus, tl *Timeline) {
	t.Helper()
	byID := map[string]*data.Source{}
	for _, s := range c.Sources {
		byID[s.ID] = s
	}
	for _, ev := range tl.Events {
		if len(ev.Evidence) == 0 {
			t.Errorf("event %s has no evidence", ev.ID)
		}
		for _, x := range ev.Evidence {
			s := byID[x.Source]
			if s == nil {
				t.Fatalf("event %s: unknown source %s", ev.ID, x.Source)
			}
			if x.Start < 0 || x.End > len(s.Text) || s.Text[x.Start:x.End] != x.Text {
				t.Errorf("event %s: evidence offsets do not match the text: %q", ev.ID, x.Text)
			}
			if x.TriggerStart < 0 || x.TriggerEnd > len(x.Text) || x.TriggerStart >= x.TriggerEnd {
				t.Errorf("event %s: bad trigger span %d-%d in %q", ev.ID, x.TriggerStart, x.TriggerEnd, x.Text)
			}
			ok := false
			for _, p := range s.Paragraphs {
				if x.Start >= p.Start && x.Start < p.End {
					ok = p.Role.Evidence()
					if string(p.Role) != x.Role {
						t.Errorf("event %s: role %q, paragraph is %q", ev.ID, x.Role, p.Role)
					}
				}
			}
			if !ok {
				t.Errorf("event %s: evidence outside body/caption paragraphs: %q", ev.ID, x.Text)
			}
		}
	}
}

func TestSampleNoForbiddenEvidence(t *testing.T) {
	tl := Build(data.Sample())
	for _, bad := range []string{"You have no clue as to a deal", "have him ride in your car", "Follow the topics", "All rights reserved", "Share it"} {
		if i := eventWith(tl, "", bad); i >= 0 {
			t.Errorf("forbidden text %q is evidence of %q", bad, tl.Events[i].Title)
		}
	}
}

func TestBuildDeterministic(t *testing.T) {
	for _, c := range []*data.Corpus{data.Sample(), synthetic(40)} {
		a, err := json.Marshal(Build(c))
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			b, _ := json.Marshal(Build(c))
			if !bytes.Equal(a, b) {
				t.Fatalf("%s: two builds differ", c.Name)
			}
		}
	}
}

func TestTimelineShape(t *testing.T) {
	tl := Build(data.Sample())
	if tl.Title == "" || tl.Slug == "" || strings.ContainsAny(tl.Slug, " /\\:") || len(tl.Slug) > 60 || strings.HasSuffix(tl.Slug, "-") {
		t.Errorf("title %q slug %q", tl.Title, tl.Slug)
	}
	ids := map[string]bool{}
	for i, ev := range tl.Events {
		if ev.Rank != i+1 {
			t.Errorf("event %d has rank %d", i, ev.Rank)
		}
		if ids[ev.ID] || ev.ID == "" {
			t.Errorf("duplicate or empty id %q", ev.ID)
		}
		ids[ev.ID] = true
		if ev.Title == "" || ev.Summary == "" || ev.Kind == "" || ev.Status == "" {
			t.Errorf("event %s incomplete: %+v", ev.ID, ev)
		}
		if len(ev.Outlets) == 0 {
			t.Errorf("event %s has no outlets", ev.ID)
		}
	}
	total := 0
	for _, o := range tl.Outlets {
		total += o.Events
	}
	if len(tl.Outlets) == 0 || total == 0 {
		t.Errorf("outlets %+v", tl.Outlets)
	}
	if len(tl.Sources) != 5 {
		t.Errorf("want 5 sources, got %d", len(tl.Sources))
	}
}

func TestBuildEmptyAndNil(t *testing.T) {
	for _, c := range []*data.Corpus{nil, {}, {Name: "x", Sources: []*data.Source{nil, {ID: "e"}}}} {
		tl := Build(c)
		if tl == nil || len(tl.Events) != 0 {
			t.Errorf("empty corpus gave %+v", tl)
		}
	}
}
