package export

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/timeline"
)

// Attacks an article (or a file name, or an outlet name) may carry.
var attacks = []string{
	"\x1b[2J\x1b[H",
	"\x1b]52;c;cm0gLXJmIH4=\x07",
	"\x1b]8;;http://evil.example/\x1b\\click here\x1b]8;;\x1b\\",
	"\x1b]0;new title\x1b\\",
	"\x1bPq#0;2;0;0;0\x1b\\",
	"\x9b2J",
	"\u009b31m red",
	"\u009d52;c;QQ==\u009c",
	"\u202Eevil\u202C \u2066iso\u2069",
	"# heading",
	"\n## injected heading",
	"\r\n### cr heading",
	"[link](http://x)",
	"![img](http://x/i.png)",
	"[ref]: http://x",
	"[^1]: fake footnote",
	"<script>alert(1)</script>",
	"<!-- comment -->",
	"<a href=\"http://x\">a</a>",
	"```",
	"\n```go\nfenced\n```",
	"~~~",
	"`code`",
	"> quote",
	"\n> quote after newline",
	"| a | b |",
	"\n| --- | --- |",
	"\n- item",
	"\n* item",
	"\n+ item",
	"\n1. item",
	"\n2) item",
	"\n---\n",
	"\n===",
	"    indented code",
	"\n\n    indented after blank",
	"*em* _em_ **strong** ~~strike~~",
	"&lt;b&gt; &#60;i&#62; &amp;",
	"http://autolink.example/ www.example.com me@example.com <http://x>",
	"$x^2$ and $$y$$",
	"trailing backslash \\",
	"trailing spaces  ",
	"\\[escaped\\]",
	"\t\ttabbed",
	"\x00\x07\x08\x7f",
	"\xff\xfe invalid \xc3",
}

// stringFields that are enums the writer switches on; they are not
// article text and stay as they are.
var enumFields = map[string]bool{"Status": true, "Precision": true, "Role": true}

// poison returns a deep copy of t with every non-empty free-text string
// wrapped in prefix and suffix (consistently, so ids still match).
func poison(t *timeline.Timeline, prefix, suffix string) *timeline.Timeline {
	cp := deepCopy(reflect.ValueOf(t).Elem())
	out := cp.Addr().Interface().(*timeline.Timeline)
	walkStrings(cp, "", func(s string) string {
		if s == "" {
			return s
		}
		return prefix + s + suffix
	})
	return out
}

func deepCopy(v reflect.Value) reflect.Value {
	cp := reflect.New(v.Type()).Elem()
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			cp.Field(i).Set(deepCopy(v.Field(i)))
		}
	case reflect.Slice:
		if v.IsNil() {
			return cp
		}
		cp.Set(reflect.MakeSlice(v.Type(), v.Len(), v.Len()))
		for i := 0; i < v.Len(); i++ {
			cp.Index(i).Set(deepCopy(v.Index(i)))
		}
	default:
		cp.Set(v)
	}
	return cp
}

func walkStrings(v reflect.Value, field string, f func(string) string) {
	switch v.Kind() {
	case reflect.String:
		if !enumFields[field] {
			v.SetString(f(v.String()))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			walkStrings(v.Field(i), v.Type().Field(i).Name, f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), field, f)
		}
	}
}

var (
	headingRe = regexp.MustCompile(`^(#{1,6}) `)
	footDefRe = regexp.MustCompile(`^\[\^\d+\]: `)
)

// lineClass is the block structure a Markdown line starts.
func lineClass(l string) string {
	switch {
	case l == "":
		return "blank"
	case headingRe.MatchString(l):
		return "h" + strings.Repeat("#", len(headingRe.FindStringSubmatch(l)[1]))
	case strings.HasPrefix(l, "> "):
		return "quote"
	case strings.HasPrefix(l, "- "):
		return "item"
	case strings.HasPrefix(l, "| "):
		return "row"
	case footDefRe.MatchString(l):
		return "footnote"
	case strings.HasPrefix(l, "**"):
		return "bold"
	case strings.HasPrefix(l, "*"):
		return "em"
	}
	return "para"
}

// active counts, per Markdown punctuation character that can start
// structure, its occurrences not escaped by a backslash.
func active(l string) map[byte]int {
	m := map[byte]int{}
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' {
			i++ // skip the escaped character
			continue
		}
		if strings.IndexByte("`*_[]<>|#$@", l[i]) >= 0 {
			m[l[i]]++
		}
		if l[i] == '~' {
			// A tilde run followed by a space opens nothing; a run at the
			// start of a line may be a fence.
			j := i
			for j < len(l) && l[j] == '~' {
				j++
			}
			if j == len(l) || l[j] != ' ' || (i == 0 && j-i >= 3) {
				m['~'] += j - i
			}
			i = j - 1
		}
		if l[i] == '&' && i+1 < len(l) && (isAlnum(l[i+1]) || l[i+1] == '#') {
			m['&']++
		}
	}
	// Footnote references are the writer's own: [^n].
	return m
}

func assertTerminalSafe(t *testing.T, what string, out []byte, allowNewline bool) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Fatalf("%s: invalid UTF-8", what)
	}
	for i, r := range string(out) {
		bad := r < 0x20 && !(r == '\n' && allowNewline) || r == 0x7f || r >= 0x80 && r <= 0x9f ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
		if bad {
			t.Fatalf("%s: %U at byte %d: %q", what, r, i, out[max(0, i-40):min(len(out), i+40)])
		}
	}
}

// A timeline poisoned with attacks in every text field gives Markdown with
// exactly the structure of the clean one: same lines, same block kinds, the
// same active punctuation on every line; nothing a terminal would act on.
func TestMaliciousMarkdown(t *testing.T) {
	clean := fixture()
	want := strings.Split(string(render(t, clean, FormatMarkdown)), "\n")
	for _, a := range attacks {
		for _, pos := range []struct{ prefix, suffix string }{{a, ""}, {"", a}, {a + " ", " " + a}} {
			bad := poison(clean, pos.prefix, pos.suffix)
			out := render(t, bad, FormatMarkdown)
			sameStructure(t, "attack "+strings.ToValidUTF8(a, "?"), want, out)
		}
	}
	// The attempts stay visible to the reader.
	bad := poison(clean, "", "\x1b[2J \u202E")
	md := string(render(t, bad, FormatMarkdown))
	for _, w := range []string{`\\x1b\[2J`, `\\u202e`} {
		if !strings.Contains(md, w) {
			t.Errorf("Markdown does not show %s", w)
		}
	}
}

// sameStructure asserts that the Markdown out has exactly the block
// structure of the clean rendering want: the same lines, each starting the
// same kind of block, with the same unescaped punctuation; nothing a
// terminal would act on.
func sameStructure(t *testing.T, label string, want []string, out []byte) {
	t.Helper()
	assertTerminalSafe(t, label, out, true)
	got := strings.Split(string(out), "\n")
	if len(got) != len(want) {
		t.Fatalf("%s: %d lines, clean has %d:\n%s", label, len(got), len(want), out)
	}
	for i := range got {
		if gc, wc := lineClass(got[i]), lineClass(want[i]); gc != wc {
			t.Fatalf("%s: line %d is %s, clean is %s:\n%s\n%s", label, i+1, gc, wc, got[i], want[i])
		}
		if c := lineClass(got[i]); (c == "para" && blockStart(got[i])) || (c == "quote" && blockStart(got[i][2:])) {
			t.Fatalf("%s: line %d starts a block: %s", label, i+1, got[i])
		}
		if ga, wa := active(got[i]), active(want[i]); !reflect.DeepEqual(ga, wa) {
			t.Fatalf("%s: line %d has active %v, clean %v:\n%s\n%s", label, i+1, ga, wa, got[i], want[i])
		}
	}
}

// FuzzMarkdownDocument poisons every text field of the fixture with the
// fuzzed string and asserts the document keeps the clean structure.
func FuzzMarkdownDocument(f *testing.F) {
	for _, a := range attacks {
		f.Add(a)
	}
	clean := fixture()
	var b strings.Builder
	if err := Markdown(&b, clean); err != nil {
		f.Fatal(err)
	}
	want := strings.Split(b.String(), "\n")
	f.Fuzz(func(t *testing.T, s string) {
		var out strings.Builder
		if err := Markdown(&out, poison(clean, s, s)); err != nil {
			t.Fatal(err)
		}
		sameStructure(t, fmt.Sprintf("poison %q", s), want, []byte(out.String()))
	})
}

// JSON of a poisoned timeline is valid, valid UTF-8, free of raw
// terminal controls, and decodes to the very text it was given (invalid
// UTF-8 replaced).
func TestMaliciousJSON(t *testing.T) {
	clean := fixture()
	for _, a := range attacks {
		bad := poison(clean, a, a)
		out := render(t, bad, FormatJSON)
		if !json.Valid(out) {
			t.Fatalf("attack %q: invalid JSON", a)
		}
		assertTerminalSafe(t, "json", out, true)
		var doc struct {
			Title  string
			Events []struct {
				Title    string
				Evidence []struct{ Text string }
			}
			Quotes []struct {
				Speaker  string
				Versions []struct{ Text string }
			}
			Disagreements []struct {
				Note   string
				Events []string
				Sides  []struct {
					Value    string
					Evidence []struct{ Text string }
				}
			}
		}
		if err := json.Unmarshal(out, &doc); err != nil {
			t.Fatal(err)
		}
		fix := func(s string) string { return validUTF8(s) }
		if doc.Title != fix(bad.Title) {
			t.Errorf("title %q, want %q", doc.Title, fix(bad.Title))
		}
		for i, e := range doc.Events {
			if e.Title != fix(bad.Events[i].Title) {
				t.Errorf("event title %q", e.Title)
			}
			for j, ev := range e.Evidence {
				if ev.Text != fix(bad.Events[i].Evidence[j].Text) {
					t.Errorf("evidence text %q, want %q", ev.Text, fix(bad.Events[i].Evidence[j].Text))
				}
			}
		}
		if len(doc.Disagreements) != len(bad.Disagreements) {
			t.Fatalf("%d story disagreements, want %d", len(doc.Disagreements), len(bad.Disagreements))
		}
		for i, d := range doc.Disagreements {
			bd := bad.Disagreements[i]
			if d.Note != fix(bd.Note) || d.Events[0] != fix(bd.Events[0]) || d.Sides[1].Value != fix(bd.Sides[1].Value) ||
				d.Sides[1].Evidence[0].Text != fix(bd.Sides[1].Evidence[0].Text) {
				t.Errorf("story disagreement text not kept: %+v", d)
			}
		}
		if doc.Quotes[0].Speaker != fix(bad.Quotes[0].Speaker) || doc.Quotes[0].Versions[1].Text != fix(bad.Quotes[0].Versions[1].Text) {
			t.Errorf("quote text not kept: %+v", doc.Quotes[0])
		}
	}
}

// storyWide is a timeline whose every text is s, with a story-wide
// disagreement naming an event that exists and one that does not (s), one
// side in that event and one in a sentence of no event from a source that
// is not listed.
func storyWide(s string) *timeline.Timeline {
	in := timeline.Evidence{Source: "src", Outlet: s, Text: s, Start: 0, End: len(s), Role: "body", Main: true}
	none := timeline.Evidence{Source: s, Outlet: s, Text: s, Start: 1, End: 2, Role: s}
	return &timeline.Timeline{Title: s, Slug: s,
		Sources: []timeline.SourceRef{{ID: "src", Path: s, Outlet: s, Title: s, Published: s}},
		Outlets: []timeline.Outlet{{Name: s, Sources: []string{"src"}}},
		Events: []timeline.Event{{ID: "e1", Title: s, Summary: s, Kind: s, Where: s, Who: []string{s},
			Outlets: []string{s}, Evidence: []timeline.Evidence{in}}},
		Disagreements: []timeline.Disagreement{{Fact: s, Verdict: s, Note: s, Events: []string{"e1", s},
			Sides: []timeline.Side{
				{Value: s, Outlets: []string{s, s}, Evidence: []timeline.Evidence{in}},
				{Value: s, Outlets: []string{s}, Evidence: []timeline.Evidence{none}},
			}}},
	}
}

// A story-wide disagreement made entirely of attacks (fact, verdict, note,
// values, outlets, event ids, the sentence of no event and its source)
// gives the structure of a harmless one, in Markdown and in JSON.
func TestMaliciousStoryDisagreement(t *testing.T) {
	want := strings.Split(string(render(t, storyWide("x"), FormatMarkdown)), "\n")
	if !strings.Contains(strings.Join(want, "\n"), "\n## Where the outlets differ across events\n") {
		t.Fatal("no story-wide section in the clean rendering")
	}
	for _, a := range attacks {
		bad := storyWide(a)
		sameStructure(t, "story-wide attack "+strings.ToValidUTF8(a, "?"), want, render(t, bad, FormatMarkdown))
		out := render(t, bad, FormatJSON)
		if !json.Valid(out) {
			t.Fatalf("attack %q: invalid JSON", a)
		}
		assertTerminalSafe(t, "json", out, true)
		var doc struct {
			Disagreements []struct {
				Fact, Verdict, Note string
				Events              []string
				Sides               []struct {
					Value    string
					Outlets  []string
					Evidence []struct{ Source, Text string }
				}
			}
		}
		if err := json.Unmarshal(out, &doc); err != nil {
			t.Fatal(err)
		}
		v := validUTF8(a)
		d := doc.Disagreements[0]
		if d.Fact != v || d.Verdict != v || d.Note != v || !reflect.DeepEqual(d.Events, []string{"e1", v}) ||
			d.Sides[1].Value != v || d.Sides[1].Outlets[0] != v || d.Sides[1].Evidence[0].Source != v || d.Sides[1].Evidence[0].Text != v {
			t.Errorf("attack %q: story disagreement not kept verbatim: %+v", a, d)
		}
	}
}

func TestMDText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Plain sentence, with (parens) and a hyphen-word!", "Plain sentence, with (parens) and a hyphen-word!"},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"1. item", `1\. item`},
		{"12) item", `12\) item`},
		{"2024. A year", `2024\. A year`},
		{"In 2024. Then", "In 2024. Then"},
		{"=== x", `\=== x`},
		{"> quote", `\> quote`},
		{"[link](http://x)", `\[link\](http\://x)`},
		{"![img](x)", `!\[img\](x)`},
		{"<script>", `\<script\>`},
		{"a `code` b", "a \\`code\\` b"},
		{"*a* _b_ ~c~ $d$", `\*a\* \_b\_ \~c~ \$d\$`},
		{"~ Fri 15 Aug", "~ Fri 15 Aug"},
		{"~3 h, a ~~ b ~~~ c~", `\~3 h, a ~~ b ~~~ c\~`},
		{"~~~ fence", `\~\~\~ fence`},
		{"~~x~~", `\~\~x\~\~`},
		{"| a | b |", `\| a \| b \|`},
		{"AT&T &amp; &#60; Q & A", `AT\&T \&amp; \&\#60; Q & A`},
		{"see www.example.com or me@example.com", `see www\.example.com or me\@example.com`},
		{`back\slash`, `back\\slash`},
		{"line one\n## two", `line one \#\# two`},
		{"  padded  ", "padded"},
		{"\x1b[2J", `\\x1b\[2J`},
		{"a\u202Eb", `a\\u202eb`},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"Zelenskyy “quoted” — Киев", "Zelenskyy “quoted” — Киев"},
	} {
		if got := mdText(tc.in); got != tc.want {
			t.Errorf("mdText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzMarkdownText: escaped text is always one inline run: one line, no
// block marker at its start, no unescaped punctuation that starts inline
// structure, no terminal controls.
func FuzzMarkdownText(f *testing.F) {
	for _, a := range attacks {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := mdText(s)
		assertTerminalSafe(t, "mdText", []byte(out), false)
		if out != strings.TrimSpace(out) {
			t.Fatalf("not trimmed: %q", out)
		}
		if len(active(out)) != 0 {
			t.Fatalf("mdText(%q) = %q has active punctuation %v", s, out, active(out))
		}
		if blockStart(out) {
			t.Fatalf("mdText(%q) = %q starts a block", s, out)
		}
		if strings.HasSuffix(out, `\`) && !strings.HasSuffix(out, `\\`) {
			t.Fatalf("mdText(%q) = %q ends in a lone backslash", s, out)
		}
		// The same text inside a blockquote or list item stays there.
		for _, pre := range []string{"> ", "- ", "| "} {
			if l := pre + out; strings.Count(l, "\n") != 0 {
				t.Fatalf("newline in %q", l)
			}
		}
	})
}

var (
	orderedRe = regexp.MustCompile(`^\d{1,9}[.)]`)
	breakRe   = regexp.MustCompile(`^([-*_=+]\s*){1,}`)
)

// blockStart reports whether a line beginning with s would start a block
// other than a paragraph.
func blockStart(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '#', '>', '-', '+', '*', '=', '|', '`', '<', ' ', '\t', '_':
		return true
	}
	if strings.HasPrefix(s, "~~~") {
		return true // fence
	}
	if orderedRe.MatchString(s) || breakRe.MatchString(s) {
		return true
	}
	return strings.HasPrefix(s, "[^") || strings.HasPrefix(s, "[")
}
