package entity

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func describe(m Mention) string {
	s := m.Kind + ":" + m.Canonical
	if m.Title != "" {
		s += " [" + m.Title + "]"
	}
	if m.Weak {
		s += " weak"
	}
	return s
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Politics.
		{"President Donald Trump failed to secure an agreement from Vladimir Putin to end Russia’s war in Ukraine.",
			[]string{"person:Donald Trump [President]", "person:Vladimir Putin", "unknown:Russia", "place:Ukraine"}},
		{"Inside the meeting, the U.S. delegation included Secretary of State Marco Rubio, CIA Director John Ratcliffe, and Commerce Secretary Howard Lutnick.",
			[]string{"unknown:U.S.", "person:Marco Rubio [Secretary of State]", "org:CIA", "person:John Ratcliffe [Director]", "person:Howard Lutnick [Commerce Secretary]"}},
		{"“Now, it’s really up to President Zelenskyy to get it done,” he told Fox News host Sean Hannity after the summit.",
			[]string{"person:Zelenskyy [President]", "org:Fox News", "person:Sean Hannity [host]"}},
		{"Trump later told Fox News’ Sean Hannity that he would pause on imposing tariffs.",
			[]string{"unknown:Trump weak", "org:Fox News", "person:Sean Hannity"}},
		{"Trump said he would call Ukrainian President Volodymyr Zelenskyy and European leaders.",
			[]string{"unknown:Trump weak", "person:Volodymyr Zelenskyy [Ukrainian President]"}},
		{"On Saturday Trump posted on his Truth Social network that it had been a “very successful day”.",
			[]string{"unknown:Trump", "org:Truth Social"}},
		{"War Grinds On", []string{"unknown:War Grinds weak"}},
		{"On the Russian side were longtime Putin allies like Foreign Minister Sergey Lavrov and Kremlin economic envoy Kirill Dmitriev.",
			[]string{"unknown:Putin", "person:Sergey Lavrov [Foreign Minister]", "unknown:Kremlin", "person:Kirill Dmitriev [economic envoy]"}},
		{"Russia's President Vladimir Putin arrived at Joint Base Elmendorf-Richardson in Anchorage on Friday.",
			[]string{"unknown:Russia weak", "person:Vladimir Putin [President]", "place:Joint Base Elmendorf-Richardson", "place:Anchorage"}},
		{"Michelle L. Price and Will Weissert reported for the Associated Press.",
			[]string{"person:Michelle L. Price", "person:Will Weissert", "org:Associated Press"}},
		{"Mr. Putin met Ms. Smith in August.",
			[]string{"person:Putin [Mr.]", "person:Smith [Ms.]"}},
		// Operators and business bodies named after their region.
		{"Westland Rail said 61 trains were halted, and the Westland Chamber of Commerce put the cost at $340 million.",
			[]string{"org:Westland Rail", "org:Westland Chamber of Commerce"}},
		{"About 40 nurses at Easton Infirmary left the picket line.", []string{"org:Easton Infirmary"}},
		{"Easton Water told residents to boil their tap water.", []string{"org:Easton Water"}},
		// Aviation.
		{"Alaska Airlines Flight 1282 made an emergency landing at Portland International Airport on Jan. 5.",
			[]string{"org:Alaska Airlines", "place:Portland International Airport"}},
		{"Captain Jane Roe told the National Transportation Safety Board that the cabin lost pressure.",
			[]string{"person:Jane Roe [Captain]", "org:National Transportation Safety Board"}},
		{"NTSB Chair Jennifer Homendy said investigators had found the door plug.",
			[]string{"org:NTSB", "person:Jennifer Homendy [Chair]"}},
		// a named sound, estuary or loch is a place
		{"The jet circled over the Westby Sound and then over Loch Calder.",
			[]string{"place:Westby Sound", "place:Loch Calder"}},
		// Courts.
		{"U.S. District Judge Amy Berman Jackson sentenced him at the federal courthouse in Washington.",
			[]string{"person:Amy Berman Jackson [U.S. District Judge]", "place:Washington"}},
		{"The Supreme Court ruled on Monday that the Department of Justice had overstepped.",
			[]string{"org:Supreme Court", "org:Department of Justice"}},
		{"Prosecutor Maria Lopez asked Judge Kaplan for a delay, according to court filings in Cook County.",
			[]string{"person:Maria Lopez [Prosecutor]", "person:Kaplan [Judge]", "place:Cook County"}},
		// Business.
		{"Acme Corp. chief executive John Smith said the company would cut 2,000 jobs.",
			[]string{"org:Acme Corp.", "person:John Smith"}},
		{"Shares of Globex Inc fell after CEO Hank Scorpio resigned.",
			[]string{"org:Globex Inc", "person:Hank Scorpio [CEO]"}},
		{"The European Central Bank raised rates in March, said spokesperson Anna Berg.",
			[]string{"org:European Central Bank", "person:Anna Berg [spokesperson]"}},
		// Not names.
		{"The talks ended on Friday, August 15.", nil},
		{"However, Standing firm, they left.", nil},
		{"In a sign the talks failed, both leaders left.", nil},
		{"Russian forces continue to make gains.", nil},
		{"", nil},
		{"J.D. Vance and JD Vance and J. Smith met Mohammed bin Salman.",
			[]string{"person:J.D. Vance", "person:JD Vance", "person:J. Smith", "person:Mohammed bin Salman"}},
		{"Crown Prince Mohammed bin Salman met Vice President JD Vance.",
			[]string{"person:Mohammed bin Salman [Crown Prince]", "person:JD Vance [Vice President]"}},
		{"PUTIN MEETS TRUMP IN ALASKA", []string{"unknown:PUTIN MEETS TRUMP weak", "unknown:ALASKA weak"}},
		{"“We had an extremely productive meeting,” Trump said.", []string{"unknown:Trump weak"}},
		{"HOST DANA ELLISON: Good evening. Fire Chief Roland Achebe said the Cedar Hollow Fire reached Alder Springs at 7 PM.",
			[]string{"person:DANA ELLISON [HOST]", "person:Roland Achebe [Fire Chief]", "unknown:Cedar Hollow Fire", "place:Alder Springs"}},
		{"We'll see, said Harborview Regional Health and Cascade Ridge Power.",
			[]string{"org:Harborview Regional Health", "org:Cascade Ridge Power"}},
		{"He flew on Air Force One before the Oval Office meeting.", []string{"org:Air Force", "org:Oval Office"}},
		// Title-case line.
		{"Trump Fails To Secure Ukraine Breakthrough With Putin",
			[]string{"unknown:Trump Fails weak", "unknown:Secure Ukraine Breakthrough weak", "unknown:Putin weak"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Find(tt.text) {
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: Text %q != text[%d:%d]", tt.text, m.Text, m.Start, m.End)
			}
			got = append(got, describe(m))
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Find(%q):\n got  %s\n want %s", tt.text, strings.Join(got, " | "), strings.Join(tt.want, " | "))
		}
	}
}

func TestIndexCanonical(t *testing.T) {
	var names []string
	add := func(n string, k int) {
		for i := 0; i < k; i++ {
			names = append(names, n)
		}
	}
	add("Donald Trump", 5)
	add("President Donald Trump", 2)
	add("Trump", 20)
	add("Vladimir Putin", 6)
	add("Putin", 30)
	add("Volodymyr Zelensky", 2)
	add("Volodymyr Zelenskyy", 3)
	add("Volodymyr Zelenskiy", 1)
	add("Zelenskyy", 4)
	add("Zelenskiy", 2)
	add("Zelensky", 1)
	add("Sergey Lavrov", 2)
	add("Sergei Lavrov", 1)
	add("Melania Trump", 1)
	add("Fox News", 3)
	add("Fox", 1)
	add("Joint Base Elmendorf-Richardson", 2)
	add("Associated Press", 2)
	add("AP", 3)
	add("U.S.", 5)
	add("US", 2)
	add("United States", 1)
	add("NATO", 1)
	add("Donald Trump Jr.", 1)
	add("J.D. Vance", 2)
	add("JD Vance", 1)
	add("Vance", 3)
	add("GIDEON FARROW", 3)
	add("Gideon Farrow", 1)
	add("Civic Beat", 2)
	add("Beast", 1)
	add("Ambulance", 2)
	add("Ambulances", 1)
	ix := NewIndex(names)
	tests := []struct{ in, want string }{
		{"Trump", "Donald Trump"},
		{"President Trump", "Donald Trump"},
		{"Donald J. Trump", "Donald Trump"},
		{"Putin", "Vladimir Putin"},
		{"Mr. Putin", "Vladimir Putin"},
		{"Vladimir Putin’s", "Vladimir Putin"},
		{"Zelensky", "Volodymyr Zelenskyy"},
		{"Zelenskiy", "Volodymyr Zelenskyy"},
		{"Zelenskyy", "Volodymyr Zelenskyy"},
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy"},
		{"Wolodymyr Selenskyj", "Wolodymyr Selenskyj"}, // different initial letter: not merged
		{"Sergei Lavrov", "Sergey Lavrov"},
		{"Lavrov", "Sergey Lavrov"},
		{"Melania Trump", "Melania Trump"},
		{"Fox News", "Fox News"},
		{"Fox", "Fox"},
		{"Joint Base Elmendorf-Richardson", "Joint Base Elmendorf-Richardson"},
		{"Unknown Person", "Unknown Person"},
		{"Jane Doe", "Jane Doe"},
		{"AP", "Associated Press"},
		{"U.S.", "United States"},
		{"US", "United States"},
		{"NATO", "NATO"},
		{"N.A.T.O.", "NATO"},
		{"FBI", "FBI"},
		{"Donald Trump Jr.", "Donald Trump Jr."},
		{"Donald J. Trump Jr.", "Donald Trump Jr."},
		{"JD Vance", "J.D. Vance"},
		{"Vice President Vance", "J.D. Vance"},
		{"GIDEON FARROW", "Gideon Farrow"},
		{"Farrow", "Gideon Farrow"},
		{"Beast", "Beast"},
		{"Ambulances", "Ambulances"},
	}
	for _, tt := range tests {
		if got := ix.Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if ix.Same("Vladimir Putin", "Volodymyr Zelensky") {
		t.Error("Putin and Zelensky merged")
	}
	if !ix.Same("Zelenskiy", "President Zelenskyy") {
		t.Error("Zelenskiy and Zelenskyy not merged")
	}
}

func TestIndexDeterministic(t *testing.T) {
	names := []string{"Anna Berg", "Berg", "Anna Bergh", "Ann Berg", "Berg", "Jon Smith", "John Smith", "Smith", "J. Smith"}
	want := ""
	for r := 0; r < 20; r++ {
		// Rotate the input: the index must not depend on order.
		in := append(append([]string{}, names[r%len(names):]...), names[:r%len(names)]...)
		ix := NewIndex(in)
		var b strings.Builder
		for _, n := range names {
			fmt.Fprintf(&b, "%s=%s;", n, ix.Canonical(n))
		}
		fmt.Fprint(&b, ix.Names())
		if r == 0 {
			want = b.String()
		} else if b.String() != want {
			t.Fatalf("rotation %d:\n%s\nwant\n%s", r, b.String(), want)
		}
	}
}

func TestJaroWinkler(t *testing.T) {
	tests := []struct {
		a, b     string
		min, max float64
	}{
		{"martha", "marhta", 0.96, 0.962},
		{"dwayne", "duane", 0.84, 0.841},
		{"vladimir putin", "volodymyr zelensky", 0, 0.7},
		{"zelensky", "zelenskyy", 0.97, 1},
		{"", "", 1, 1},
		{"a", "", 0, 0},
		{"zełensky", "zełenskyy", 0.97, 1},
		{"crate", "trace", 0.73, 0.74},
	}
	for _, tt := range tests {
		if got := jaroWinkler(tt.a, tt.b); got < tt.min || got > tt.max {
			t.Errorf("jaroWinkler(%q, %q) = %.4f, want in [%v, %v]", tt.a, tt.b, got, tt.min, tt.max)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"President Donald Trump met Vladimir Putin.", "Fox News’ Sean Hannity", "CIA Director John Ratcliffe",
		"Secretary of State Marco Rubio", "Mr. J. Smith Jr. said", "U.S. B-2s", "’s", "A", "of The",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := Find(s)
		prev := 0
		var names []string
		for _, m := range ms {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
			prev = m.End
			names = append(names, m.Canonical)
		}
		ix := NewIndexMentions(ms)
		for _, n := range names {
			ix.Canonical(n)
		}
		_ = NewIndex([]string{s}).Canonical(s)
		checkOrgShaped(t, s)
		// The fast paths agree with the general ones.
		ws := splitWords(s)
		if len(ws) > maxWords(s) {
			t.Fatalf("%q: %d words, maxWords %d", s, len(ws), maxWords(s))
		}
		for _, w := range ws {
			r0, _ := utf8.DecodeRuneInString(w.str(s))
			if w.l != lowerWord(w.str(s)) || w.cap != unicode.IsUpper(r0) || w.num != unicode.IsDigit(r0) {
				t.Fatalf("%q: word %+v", s, w)
			}
		}
		if len(s) <= 64 && isASCII(s) && translitASCII(s) != translitGeneral(s) {
			t.Fatalf("translitASCII(%q) = %q, want %q", s, translitASCII(s), translitGeneral(s))
		}
		if spacesClean(s) && strings.Join(strings.Fields(s), " ") != s {
			t.Fatalf("spacesClean(%q) but Fields changes it", s)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := "Inside the meeting, the U.S. delegation included Secretary of State Marco Rubio, CIA Director John Ratcliffe, and Commerce Secretary Howard Lutnick, while Fox News host Sean Hannity waited."
	for b.Loop() {
		Find(text)
	}
}

func BenchmarkIndex(b *testing.B) {
	// 6,000 mentions of about 2,000 synthetic people, in full and by surname.
	syl := []string{"ka", "ro", "mi", "len", "sky", "to", "va", "ne", "dra", "po", "lin", "ger", "son", "ba", "chi", "vo", "ri", "ta", "mo", "nu"}
	firsts := []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jamal", "Kenji", "Lucia", "Marco", "Nadia", "Omar", "Petra"}
	var names []string
	for i := 0; i < 2000; i++ {
		sur := syl[i%20] + syl[(i/20)%20] + syl[(i/400)%20]
		sur = strings.ToUpper(sur[:1]) + sur[1:]
		first := firsts[(i*7)%len(firsts)]
		names = append(names, first+" "+sur, sur, "President "+sur)
	}
	b.ResetTimer()
	for b.Loop() {
		ix := NewIndex(names)
		ix.Canonical("Karoto")
	}
}

// TestFastPaths checks the allocation-free paths against the general
// ones on inputs chosen to hit their edges.
func TestFastPaths(t *testing.T) {
	for _, s := range []string{"", "\x00a", "PHil", "Kckh", "ckh", "pph", "phh", "Yy-jJ", "o'Neill", "WwV", "a.b.", "Kovalskyy",
		"Kovalskiy", "kh", "p", "PH", "Hughes", "Zelenskyy", "Ng", "aa", "Jjill", "k-h", "c'k"} {
		if got, want := translitASCII(s), translitGeneral(s); got != want {
			t.Errorf("translitASCII(%q) = %q, want %q", s, got, want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"Jane Roe", true}, {"", true}, {" Jane", false}, {"Jane ", false}, {"Jane  Roe", false}, {"Jane\tRoe", false},
		{"Jane\u00a0Roe", false}, {"José Roe", false}, {"J. Roe Jr.", true}} {
		if got := spacesClean(c.s); got != c.want {
			t.Errorf("spacesClean(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, s := range []string{"Ünal İnan’s ÉTÉ", "ȺȾ Ⱥlpha", "ÀB’S O’Brien", "plain words", "\u212a (Kelvin sign) Roe", "\xff\xfeAB"} {
		for _, w := range splitWords(s) {
			if w.l != lowerWord(w.str(s)) {
				t.Errorf("%q: word %q lower %q, want %q", s, w.str(s), w.l, lowerWord(w.str(s)))
			}
		}
		if n := len(splitWords(s)); n > maxWords(s) {
			t.Errorf("%q: %d words, maxWords %d", s, n, maxWords(s))
		}
	}
}

// TestOrgShortForms: the first word of an organisation's name alone is
// that organisation when it opens no other ("Calder" is "Calder Events"),
// not when it names a town before a public body ("Westby" is not "Westby
// Fire Department") or is known as a place.
func TestOrgShortForms(t *testing.T) {
	ms := []Mention{
		{Text: "Calder Events", Canonical: "Calder Events", Kind: Org},
		{Text: "Calder", Canonical: "Calder", Kind: Unknown},
		{Text: "Westby Fire Department", Canonical: "Westby Fire Department", Kind: Org},
		{Text: "Westby", Canonical: "Westby", Kind: Unknown},
		{Text: "Easton Shipping", Canonical: "Easton Shipping", Kind: Org},
		{Text: "Easton", Canonical: "Easton", Kind: Place},
		{Text: "Kestrel Productions", Canonical: "Kestrel Productions", Kind: Org},
		{Text: "Kestrel", Canonical: "Kestrel", Kind: Org},
	}
	checkCanonical(t, ms, [][2]string{
		{"Calder", "Calder Events"},
		{"Westby", "Westby"},
		{"Easton", "Easton"},
		{"Kestrel", "Kestrel Productions"},
	})
}

// TestEventCompanies: a name ending in "Events", "Productions" or
// "Promotions" is an organisation.
func TestEventCompanies(t *testing.T) {
	for _, text := range []string{"The promoter, Easton Events, said the show would go on.", "The film was made by Kestrel Productions last year.",
		"The fight is run by Westby Promotions this year."} {
		found := false
		for _, m := range Find(text) {
			found = found || m.Kind == Org && strings.Contains(m.Text, " ")
		}
		if !found {
			t.Errorf("%q: no organisation found (%+v)", text, Find(text))
		}
	}
}

// TestSurnameOnceTakenForPlace: a single word read once as a place ("a
// motion of no confidence in Vey") but more often otherwise ("Vey said")
// is the surname of the person it matches; one read mostly as a place
// ("in Westby", "to Westby") stays the place even when a person shares it.
func TestSurnameOnceTakenForPlace(t *testing.T) {
	ms := []Mention{
		{Text: "Colm Vey", Canonical: "Colm Vey", Kind: Person},
		{Text: "Vey", Canonical: "Vey", Kind: Place},
		{Text: "Vey", Canonical: "Vey", Kind: Unknown},
		{Text: "Vey", Canonical: "Vey", Kind: Unknown},
		{Text: "Hedda Westby", Canonical: "Hedda Westby", Kind: Person},
		{Text: "Westby", Canonical: "Westby", Kind: Place},
		{Text: "Westby", Canonical: "Westby", Kind: Place},
		{Text: "Westby", Canonical: "Westby", Kind: Unknown},
	}
	checkCanonical(t, ms, [][2]string{
		{"Vey", "Colm Vey"},
		{"Westby", "Westby"},
	})
}

// checkCanonical builds an index from ms and checks the canonical name of
// each {name, want} pair.
func checkCanonical(t *testing.T, ms []Mention, cases [][2]string) {
	t.Helper()
	ix := NewIndexMentions(ms)
	for _, c := range cases {
		if got := ix.Canonical(c[0]); got != c[1] {
			t.Errorf("Canonical(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
