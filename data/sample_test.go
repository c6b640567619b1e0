package data

import (
	"strings"

	"storyline/data/sentence"
	"testing"
	"time"
)

func TestSampleOutlets(t *testing.T) {
	c := Sample()
	if c.Name != SampleName() || len(c.Sources) != 5 || len(c.Problems) != 0 {
		t.Fatalf("sample: name %q, %d sources, problems %v", c.Name, len(c.Sources), c.Problems)
	}
	tests := []struct {
		id, outlet, from string
	}{
		{"000", "The Financial District", OutletFromByline},
		{"002", "Financial Times", OutletFromCopyright},
		{"001", "001_eea438c72eed37e0", OutletFromFileName},
		{"003", "003_da2c3b3587d6e397", OutletFromFileName},
		{"004", "004_1e47947db870045b", OutletFromFileName},
	}
	for _, tt := range tests {
		s := sourceByPrefix(t, c, tt.id)
		if s.Outlet != tt.outlet || s.OutletFrom != tt.from {
			t.Errorf("%s: outlet %q from %s, want %q from %s", tt.id, s.Outlet, s.OutletFrom, tt.outlet, tt.from)
		}
	}
	for _, s := range c.Sources {
		l := strings.ToLower(s.Outlet)
		for _, bad := range []string{"ap", "reuters", "associated press", "(ap)"} {
			if l == bad || strings.Contains(l, "reuters") || strings.Contains(l, "associated") {
				t.Errorf("%s: wire/photo credit %q taken as outlet", s.ID, s.Outlet)
			}
		}
	}
}

func TestSampleRoles(t *testing.T) {
	c := Sample()
	tests := []struct {
		id, sub string
		want    Role
	}{
		{"000", "Trump Scores Epic Loss", RoleTitle},
		{"000", "- By The Financial District", RoleByline},
		{"000", "- 14 hours ago", RoleDateline},
		{"000", "- 2 min read", RoleChrome},
		{"000", "President Donald Trump failed", RoleBody},
		{"001", "No Deal In Alaska", RoleTitle},
		{"001", "Image Courtesy:AP", RoleCaption},
		{"001", "Share it:", RoleChrome},
		{"001", "A Diplomatic Gamble", RoleHeading},
		{"001", "War Grinds On", RoleHeading},
		{"001", "Seven months later", RoleBody},
		{"002", "Trump fails to secure Ukraine deal", RoleTitle},
		{"002", "Truncated talks end", RoleSubtitle},
		{"002", "ended without any significant breakthrough on peace in Ukraine © Reuters", RoleCaption},
		{"002", "Max Seddon and **Amy Mackinnon**", RoleByline},
		{"002", "Published YESTERDAY", RoleDateline},
		{"002", "Updated 05:21", RoleDateline},
		{"002", "PLAY | 00:45", RoleChrome},
		{"002", "'I believe we had a very productive meeting", RoleCaption},
		{"002", "GRIGOROV", RoleCaption},
		{"002", "we will then schedule a", RoleBody},
		{"002", "meeting with President Putin", RoleBody},
		{"002", "[Copyright](#) The Financial Times Limited", RoleCopyright},
		{"002", "Follow the topics in this article", RoleChrome},
		{"002", "US politics & policy", RoleChrome},
		{"002", "US foreign policy", RoleChrome},
		{"003", "Donald Trump Leaves Vladimir Putin Summit", RoleTitle},
		{"003", "Maze", RoleSignature},
		{"003", "Wie boter op zijn hoofd", RoleSignature},
		{"003", "Putin Speaks First", RoleHeading},
		{"003", "Read more Donald Trump", RoleChrome},
		{"003", "shakes the hand of Russia's President", RoleCaption},
		{"003", "AP Photo/Jae C. Hong", RoleCaption},
		{"003", "You have no clue as to a deal", RoleComment},
		{"003", "You don't invite Putin", RoleComment},
		{"003", "Back", RoleChrome},
		{"003", "Top", RoleChrome},
		{"003", "Putin, standing beside him, did not dispute Trump.", RoleBody},
		{"004", "A highly anticipated summit", RoleBody},
	}
	for _, tt := range tests {
		s := sourceByPrefix(t, c, tt.id)
		p := s.Paragraphs[0]
		found := false
		for _, q := range s.Paragraphs {
			if line := s.Text[q.Start:q.End]; strings.Contains(line, tt.sub) && (len(tt.sub) > 6 || strings.TrimSpace(line) == tt.sub) {
				p, found = q, true
				break
			}
		}
		if !found {
			t.Errorf("%s: no paragraph %q", tt.id, tt.sub)
			continue
		}
		if p.Role != tt.want {
			t.Errorf("%s %q: role %s, want %s", tt.id, tt.sub, p.Role, tt.want)
		}
	}
}

func TestSampleSentences(t *testing.T) {
	c := Sample()
	s := sourceByPrefix(t, c, "002")
	healed := false
	for _, p := range s.Paragraphs {
		for _, st := range p.Sentences {
			if strings.Contains(st.Text, "we will then schedule a") && strings.Contains(st.Text, "meeting with President Putin") {
				healed = true
			}
		}
	}
	if !healed {
		t.Errorf("002: broken paragraph not healed into one sentence")
	}
	for _, s := range c.Sources {
		checkOffsets(t, s)
	}
	// Abbreviations never end a sentence inside a paragraph. This depends on
	// the segmenter (data/sentence); skipped while it is the naive stub.
	if len(sentence.Split("The U.S. president met on Aug. 15 in town.")) != 1 {
		t.Skip("data/sentence splits after abbreviations (stub segmenter); abbreviation check skipped")
	}
	for _, s := range c.Sources {
		for _, p := range s.Paragraphs {
			for _, st := range p.Sentences {
				if (strings.HasSuffix(st.Text, "U.S.") || strings.HasSuffix(st.Text, "Aug.")) && st.End < p.End {
					t.Errorf("%s: sentence ends after abbreviation: %q", s.ID, st.Text)
				}
			}
		}
	}
}

func TestSampleMetadata(t *testing.T) {
	c := Sample()
	tests := []struct {
		id        string
		title     string
		authors   []string
		published time.Time
		inferred  bool
		anchors   int
	}{
		{"000", "Trump Scores Epic Loss in Truce Talks with Putin", nil, time.Date(2025, 8, 15, 22, 0, 0, 0, time.UTC), true, 0},
		{"001", "No Deal In Alaska: Trump Fails To Secure Ukraine Breakthrough With Putin", nil, time.Date(2025, 8, 16, 12, 0, 0, 0, time.UTC), true, 0},
		{"002", "Trump fails to secure Ukraine deal at Alaska summit with Putin",
			[]string{"Max Seddon", "Amy Mackinnon", "James Politi", "Steff Chávez", "Christopher Miller", "Fabrice Deprez"},
			time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC), true, 0},
		{"003", "Donald Trump Leaves Vladimir Putin Summit Without a Deal in Hand", nil, time.Date(2025, 8, 16, 12, 0, 0, 0, time.UTC), true, 2},
	}
	for _, tt := range tests {
		s := sourceByPrefix(t, c, tt.id)
		if s.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.id, s.Title, tt.title)
		}
		if strings.Join(s.Authors, "|") != strings.Join(tt.authors, "|") {
			t.Errorf("%s: authors %q, want %q", tt.id, s.Authors, tt.authors)
		}
		if !s.Published.Equal(tt.published) || s.PublishedInferred != tt.inferred {
			t.Errorf("%s: published %v inferred %v, want %v %v", tt.id, s.Published, s.PublishedInferred, tt.published, tt.inferred)
		}
		if len(s.Anchors) != tt.anchors {
			t.Errorf("%s: %d anchors, want %d", tt.id, len(s.Anchors), tt.anchors)
		}
		for _, a := range s.Anchors {
			if !a.Date.Equal(time.Date(2025, 8, 15, 0, 0, 0, 0, time.UTC)) || a.Role != RoleCaption {
				t.Errorf("%s: anchor %q %v %s", tt.id, a.Text, a.Date, a.Role)
			}
		}
	}
}

func BenchmarkSample(b *testing.B) {
	n := 0
	for b.Loop() {
		c := Sample()
		n = len(c.Sources)
	}
	if n != 5 {
		b.Fatal("sample did not load")
	}
}
