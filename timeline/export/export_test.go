package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/data"
	"storyline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func render(t *testing.T, tl *timeline.Timeline, f Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, tl, f); err != nil {
		t.Fatalf("Write %s: %v", f, err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    Format
	}{
		{"fixture.md.golden", FormatMarkdown},
		{"fixture.json.golden", FormatJSON},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := render(t, fixture(), tc.f)
			path := filepath.Join("testdata", tc.name)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file (run go test -update and review the diff):\n%s", tc.name, firstDiff(got, want))
			}
		})
	}
}

func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

// The Markdown has what the brief asks for: the parts, in order.
func TestMarkdownLayout(t *testing.T) {
	md := string(render(t, fixture(), FormatMarkdown))
	order := []string{
		"# Jet returns after cabin panel blows out\n",
		"## Sources\n",
		"| ID | Outlet | Title | Published | Path |\n",
		"| 001\\_gazette | Harbor Gazette | Jet returns to Portland after cabin panel blows out | 2024-01-06T18:30:00Z | stories/flight/001\\_gazette.txt |\n",
		"| 003\\_ledger | Daily Ledger | Investigators to examine blown-out panel | — |",
		"## 1. Flight departs Portland\n",
		"- **When:** Fri 5 Jan 2024, 17:07 · 2024-01-05 17:07 PST (exact, stated)\n",
		"## 2. Cabin panel blows out after takeoff\n",
		"### Where the outlets differ\n",
		"#### Count: conflicting\n",
		"- **171** — Harbor Gazette\n",
		"> A passenger jet carrying 171 passengers",
		"— *Harbor Gazette* (says 171)[^2]\n",
		"### Evidence\n",
		"— *Northern Wire* (passing reference)[^3]\n",
		"### Quotes\n",
		"- **Ana Ruiz**: “We heard a loud bang and then the wind” — near-verbatim, 2 outlets (q1)\n",
		"[^2]: 001\\_gazette (Harbor Gazette), bytes ",
		"## 3. Emergency landing in Portland, about 20 minutes after takeoff\n",
		"- **When:** after the blowout · after 2. Cabin panel blows out after takeoff (relative, inferred)\n",
		"- **Duration:** about 20 minutes (Harbor Gazette); roughly 20 minutes (Northern Wire); about 35 minutes (Daily Ledger)\n",
		"- **Outlets (3):** Harbor Gazette, Northern Wire, Daily Ledger\n",
		"#### Duration: conflicting\n",
		"## 5. News conference called off (cancelled)\n",
		"- **Status:** cancelled\n",
		"## 6. Investigators to examine the panel (planned)\n",
		"- **When:** next week (time unknown)\n",
		"- **Status:** planned — announced or promised, not reported as done\n",
		"## Where the outlets differ across events\n",
		"### Number: conflicting\n",
		"16,000 feet vs 14,000 feet\n",
		"- **16000** — Harbor Gazette — in 1. Flight departs Portland\n",
		"- **14000** — Northern Wire — in 2. Cabin panel blows out after takeoff\n",
		"> The flight left Portland at 5:07 in the evening and climbed to 16,000 feet. — *Harbor Gazette* (says 16000, in 1. Flight departs Portland)[^1]\n",
		"### Count: conflicting\n",
		"- **60** — Daily Ledger — in no event\n",
		"> Some 60 jets of the type were out of service on Sunday. — *Daily Ledger* (says 60, in no event)[^15]\n",
		"[^15]: 003\\_ledger (Daily Ledger), bytes ",
		"## Quotes\n",
		"### q1 · **Ana Ruiz**\n",
		"- **Said at:** 2. Cabin panel blows out after takeoff\n",
		"**Version 2 — Northern Wire**\n",
		"## Background\n",
		"### B1. Similar panel failure in 2018\n",
		"- **Background:** from another time than the story\n",
	}
	pos := 0
	for _, want := range order {
		i := strings.Index(md[pos:], want)
		if i < 0 {
			t.Fatalf("Markdown lacks (after byte %d) %q\n---\n%s", pos, want, md)
		}
		pos += i + len(want)
	}
	// Every cited sentence has exactly one footnote definition, and every
	// reference has a definition.
	refs := regexp.MustCompile(`\[\^(\d+)\]`).FindAllStringSubmatch(md, -1)
	defs := regexp.MustCompile(`(?m)^\[\^(\d+)\]: `).FindAllStringSubmatch(md, -1)
	defined := map[string]int{}
	for _, d := range defs {
		defined[d[1]]++
	}
	for n, c := range defined {
		if c != 1 {
			t.Errorf("footnote %s defined %d times", n, c)
		}
	}
	for _, r := range refs {
		if defined[r[1]] == 0 {
			t.Errorf("footnote %s referenced but not defined", r[1])
		}
	}
	// The byte range of a footnote points at the sentence in the source.
	fx := fixture()
	e := fx.Events[1].Evidence[0]
	want := "[^1]: 001\\_gazette (Harbor Gazette), bytes " + strconv.Itoa(e.Start) + "–" + strconv.Itoa(e.End) + " of stories/flight/001\\_gazette.txt\n"
	if !strings.Contains(md, want) {
		t.Errorf("missing footnote %q", want)
	}
	if fixtureSources[0].text[e.Start:e.End] != e.Text {
		t.Fatal("fixture offsets are wrong")
	}
}

func TestJSONSchema(t *testing.T) {
	for _, tc := range []struct {
		name string
		tl   *timeline.Timeline
	}{
		{"fixture", fixture()},
		{"empty", &timeline.Timeline{}},
		{"nil", nil},
		{"nil slices in event", &timeline.Timeline{Events: []timeline.Event{{ID: "e", Title: "t", Disagreements: []timeline.Disagreement{{Fact: "count"}}}},
			Quotes:        []timeline.Quote{{ID: "q", Versions: []timeline.QuoteVersion{{Text: "x"}}}},
			Disagreements: []timeline.Disagreement{{Fact: "count", Sides: []timeline.Side{{Value: "1"}}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := render(t, tc.tl, FormatJSON)
			if !json.Valid(out) || !utf8.Valid(out) {
				t.Fatalf("invalid JSON or UTF-8:\n%s", out)
			}
			if !bytes.HasSuffix(out, []byte("}\n")) || !bytes.HasPrefix(out, []byte("{\n  \"schema\"")) {
				t.Errorf("want an indented object with schema first and a trailing newline:\n%s", out)
			}
			if bytes.Contains(out, []byte("null")) {
				t.Errorf("output has null:\n%s", out)
			}
			var doc map[string]any
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			if doc["schema"] != "storyline.timeline/v1" {
				t.Errorf("schema = %v", doc["schema"])
			}
			requireKeys(t, "top", doc, "schema", "title", "sources", "events", "quotes", "outlets", "disagreements")
			for _, s := range doc["sources"].([]any) {
				requireKeys(t, "source", s.(map[string]any), "id", "path", "outlet", "title", "published")
			}
			for i, e := range doc["events"].([]any) {
				em := e.(map[string]any)
				requireKeys(t, "event", em, "id", "rank", "title", "summary", "kind", "status", "background", "when", "where", "who",
					"durations", "outlets", "evidence", "disagreements", "quotes")
				if em["rank"].(float64) != float64(i+1) {
					t.Errorf("event %d rank %v", i, em["rank"])
				}
				requireKeys(t, "when", em["when"].(map[string]any), "text", "date", "time", "precision", "inferred")
				for _, ev := range em["evidence"].([]any) {
					requireKeys(t, "evidence", ev.(map[string]any), "source", "outlet", "text", "start", "end", "role", "main")
				}
				for _, d := range em["disagreements"].([]any) {
					dm := d.(map[string]any)
					requireKeys(t, "disagreement", dm, "fact", "verdict", "note", "sides")
					for _, s := range dm["sides"].([]any) {
						requireKeys(t, "side", s.(map[string]any), "value", "outlets", "evidence")
					}
					if _, ok := dm["events"]; ok {
						t.Errorf("an event's disagreement has events: %v", dm)
					}
				}
			}
			for _, d := range doc["disagreements"].([]any) {
				dm := d.(map[string]any)
				requireKeys(t, "story disagreement", dm, "fact", "verdict", "note", "sides", "events")
				for _, s := range dm["sides"].([]any) {
					sm := s.(map[string]any)
					requireKeys(t, "story side", sm, "value", "outlets", "evidence")
					for _, ev := range sm["evidence"].([]any) {
						requireKeys(t, "story evidence", ev.(map[string]any), "source", "outlet", "text", "start", "end", "role", "main")
					}
				}
			}
			for _, q := range doc["quotes"].([]any) {
				qm := q.(map[string]any)
				requireKeys(t, "quote", qm, "id", "speaker", "event", "match", "outlets", "versions")
				for _, v := range qm["versions"].([]any) {
					requireKeys(t, "version", v.(map[string]any), "text", "outlets", "evidence")
				}
			}
		})
	}
	// Events keep timeline order and the fixture's facts.
	var doc struct {
		Events []struct {
			ID            string
			Disagreements []struct{ Fact string }
			Quotes        []string
		}
		Quotes        []struct{ ID, Speaker, Event string }
		Disagreements []struct {
			Fact, Verdict, Note string
			Events              []string
			Sides               []struct {
				Value    string
				Outlets  []string
				Evidence []struct {
					Source, Text string
					Start, End   int
				}
			}
		}
	}
	if err := json.Unmarshal(render(t, fixture(), FormatJSON), &doc); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range doc.Events {
		ids = append(ids, e.ID)
	}
	wantIDs := []string{"incident-2018", "departure-portland", "incident-panel", "landing-emergency", "grounding-jets", "press-conference-saturday", "investigation-panel"}
	if !reflect.DeepEqual(ids, wantIDs) {
		t.Errorf("event order %v, want %v", ids, wantIDs)
	}
	if len(doc.Events[3].Disagreements) != 1 || doc.Events[3].Disagreements[0].Fact != "duration" {
		t.Errorf("landing disagreements: %+v", doc.Events[3].Disagreements)
	}
	if len(doc.Disagreements) != 2 {
		t.Fatalf("story disagreements: %+v", doc.Disagreements)
	}
	sd := doc.Disagreements[1]
	if sd.Fact != "count" || sd.Verdict != "conflicting" || sd.Note != "65 jets vs some 60 jets" ||
		!reflect.DeepEqual(sd.Events, []string{"grounding-jets"}) || len(sd.Sides) != 2 ||
		sd.Sides[1].Value != "60" || !reflect.DeepEqual(sd.Sides[1].Outlets, []string{"Daily Ledger"}) ||
		len(sd.Sides[1].Evidence) != 1 || sd.Sides[1].Evidence[0].Source != "003_ledger" {
		t.Errorf("story disagreement: %+v", sd)
	}
	if ev := sd.Sides[1].Evidence[0]; fixtureSources[2].text[ev.Start:ev.End] != ev.Text {
		t.Errorf("story evidence offsets: %+v", ev)
	}
	if !reflect.DeepEqual(doc.Events[2].Quotes, []string{"q1"}) || len(doc.Quotes) != 1 || doc.Quotes[0].Event != "incident-panel" {
		t.Errorf("quotes: %+v %+v", doc.Events[2].Quotes, doc.Quotes)
	}
}

func requireKeys(t *testing.T, what string, m map[string]any, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s lacks key %q: %v", what, k, m)
		}
	}
}

// Two exports of the same timeline, built twice, are byte-identical; also
// for the engine's timeline of the sample corpus.
func TestDeterministic(t *testing.T) {
	for _, f := range Formats() {
		a, b := render(t, fixture(), f), render(t, fixture(), f)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two exports differ", f)
		}
		s1, s2 := render(t, timeline.Build(data.Sample()), f), render(t, timeline.Build(data.Sample()), f)
		if !bytes.Equal(s1, s2) {
			t.Errorf("%s: two exports of the sample differ", f)
		}
		if !utf8.Valid(s1) || bytes.IndexByte(s1, 0x1b) >= 0 {
			t.Errorf("%s: sample export is not clean UTF-8", f)
		}
		if f == FormatJSON && !json.Valid(s1) {
			t.Errorf("sample JSON invalid")
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		err  bool
	}{
		{"markdown", FormatMarkdown, false},
		{"md", FormatMarkdown, false},
		{" Markdown ", FormatMarkdown, false},
		{"json", FormatJSON, false},
		{"JSON", FormatJSON, false},
		{"", "", true},
		{"yaml", "", true},
		{"markdown,json", "", true},
	} {
		got, err := ParseFormat(tc.in)
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, err %v", tc.in, got, err, tc.want, tc.err)
		}
	}
	if err := Write(&bytes.Buffer{}, fixture(), Format("yaml")); err == nil {
		t.Error("Write accepted an unknown format")
	}
}

func TestFormatForPathAndFileName(t *testing.T) {
	for _, tc := range []struct {
		path string
		want Format
		ok   bool
	}{
		{"out.md", FormatMarkdown, true}, {"a/b.MARKDOWN", FormatMarkdown, true}, {"x.json", FormatJSON, true},
		{"x.txt", "", false}, {"noext", "", false},
	} {
		got, ok := FormatForPath(tc.path)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FormatForPath(%q) = %q, %v", tc.path, got, ok)
		}
	}
	for _, tc := range []struct {
		slug string
		f    Format
		want string
	}{
		{"flight-panel", FormatMarkdown, "flight-panel.md"},
		{"flight-panel", FormatJSON, "flight-panel.json"},
		{"", FormatJSON, "timeline.json"},
		{"../../etc/passwd", FormatMarkdown, "etc-passwd.md"},
		{"a b\x1b[2J", FormatMarkdown, "a-b2J.md"},
		{"...", FormatMarkdown, "timeline.md"},
	} {
		if got := FileName(&timeline.Timeline{Slug: tc.slug}, tc.f); got != tc.want {
			t.Errorf("FileName(%q) = %q, want %q", tc.slug, got, tc.want)
		}
	}
	if got := FileName(nil, FormatMarkdown); got != "timeline.md" {
		t.Errorf("FileName(nil) = %q", got)
	}
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, errors.New("disk full")
	}
	w.after--
	return len(p), nil
}

func TestWriterErrors(t *testing.T) {
	for _, f := range Formats() {
		if err := Write(&failWriter{}, fixture(), f); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: error %v, want the writer's error", f, err)
		}
	}
}

// The story-wide section names every event a side's sentence is evidence
// of (a sentence may be in several), "no event" for the others, and
// appears only when there are story-wide disagreements.
func TestMarkdownStoryDisagreements(t *testing.T) {
	fx := fixture()
	shared := fx.Events[2].Evidence[1] // the wire's 174-passengers sentence: in the incident and in the landing
	if o := fx.Events[3].Evidence[2]; o.Source != shared.Source || o.Start != shared.Start || o.End != shared.End {
		t.Fatal("fixture: the shared sentence moved")
	}
	fx.Disagreements = []timeline.Disagreement{{Fact: "count", Verdict: "conflicting", Note: "174 vs 177",
		Events: []string{"incident-panel", "landing-emergency", "no-such-event"},
		Sides: []timeline.Side{
			{Value: "174", Outlets: []string{"Northern Wire"}, Evidence: []timeline.Evidence{shared}},
			{Value: "177", Outlets: []string{"Daily Ledger"}, Evidence: []timeline.Evidence{{Source: "003_ledger", Outlet: "Daily Ledger", Text: "177 aboard.", Start: 5, End: 16}}},
			{Value: "", Outlets: nil},
		}}}
	md := string(render(t, fx, FormatMarkdown))
	for _, want := range []string{
		"- **174** — Northern Wire — in 2. Cabin panel blows out after takeoff; 3. Emergency landing in Portland, about 20 minutes after takeoff\n",
		"- **177** — Daily Ledger — in no event\n",
		"- **(no value)**\n",
		"(says 174, in 2. Cabin panel blows out after takeoff; 3. Emergency landing in Portland, about 20 minutes after takeoff)[^3]\n",
		"— *Daily Ledger* (says 177, in no event)[^15]\n",
		"[^15]: 003\\_ledger (Daily Ledger), bytes 5–16 of stories/flight/003\\_ledger.txt\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q\n---\n%s", want, md)
		}
	}
	if i, j := strings.Index(md, "\n## Where the outlets differ across events\n"), strings.Index(md, "\n## Quotes\n"); i < 0 || j < i {
		t.Errorf("story-wide section at %d, quotes at %d", i, j)
	}
	fx.Disagreements = nil
	if md := string(render(t, fx, FormatMarkdown)); strings.Contains(md, "across events") {
		t.Errorf("section without story-wide disagreements:\n%s", md)
	}
}

func TestMarkdownEmpty(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{"nil": nil, "empty": {}, "untitled event": {Events: []timeline.Event{{}}}} {
		md := string(render(t, tl, FormatMarkdown))
		if !strings.HasPrefix(md, "# Timeline\n") || !strings.Contains(md, "*No sources.*") {
			t.Errorf("%s: %q", name, md)
		}
		if tl == nil || len(tl.Events) == 0 {
			if !strings.Contains(md, "*No events found.*") {
				t.Errorf("%s: no empty note: %q", name, md)
			}
		} else if !strings.Contains(md, "## 1. Untitled event\n") || !strings.Contains(md, "- **When:** unknown (time unknown)\n") {
			t.Errorf("%s: %q", name, md)
		}
	}
}

// TestMarkdownEvidenceDisplayText: a sentence from a Markdown source is
// quoted as read, without its own bold stamp, emphasis and link syntax,
// and what is left (a star that is text) is still escaped.
func TestMarkdownEvidenceDisplayText(t *testing.T) {
	fx := fixture()
	fx.Events[0].Evidence[0].Text = "**12:15** — The council [closed the road](https://example.com/a) after a *landslip* by the 5* hotel."
	md := string(render(t, fx, FormatMarkdown))
	if want := "> 12:15 — The council closed the road after a landslip by the 5\\* hotel."; !strings.Contains(md, want) {
		t.Errorf("Markdown lacks %q\n---\n%s", want, md)
	}
	if strings.Contains(md, "example.com/a") {
		t.Errorf("Markdown keeps the source's link target\n%s", md)
	}
}
