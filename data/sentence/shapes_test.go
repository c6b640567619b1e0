package sentence

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// shapeCases are news page shapes that once split wrongly: datelines,
// Markdown emphasis and list items inside plain text, and live-blog time
// stamps. Each group has controls that must still split.
var shapeCases = []struct {
	name string
	in   string
	want []string
}{
	// datelines
	{"dateline state agency", "SPOKANE, Wash. (Cascade Wire) — The jury returned its verdict on Friday. It took three days.", []string{"SPOKANE, Wash. (Cascade Wire) — The jury returned its verdict on Friday.", "It took three days."}},
	{"dateline two-word city", "ALDER SPRINGS, Ore. (WPS) — Gov. Ann Lee declared an emergency.", []string{"ALDER SPRINGS, Ore. (WPS) — Gov. Ann Lee declared an emergency."}},
	{"dateline state dash", "PORTLAND, Ore. — A jury convicted the former mayor.", []string{"PORTLAND, Ore. — A jury convicted the former mayor."}},
	{"dateline initialism state", "ALBANY, N.Y. (AP) — The Assembly passed the budget.", []string{"ALBANY, N.Y. (AP) — The Assembly passed the budget."}},
	{"dateline W.Va.", "CHARLESTON, W.Va. (AP) — The mine reopened.", []string{"CHARLESTON, W.Va. (AP) — The mine reopened."}},
	{"dateline D.C.", "WASHINGTON, D.C. (AP) — The Senate voted 51-49.", []string{"WASHINGTON, D.C. (AP) — The Senate voted 51-49."}},
	{"dateline all-caps state", "PORTLAND, ORE. (AP) — A jury convicted the former mayor. He will appeal.", []string{"PORTLAND, ORE. (AP) — A jury convicted the former mayor.", "He will appeal."}},
	{"dateline all-caps state dash", "PORTLAND, ORE. — A jury convicted the former mayor.", []string{"PORTLAND, ORE. — A jury convicted the former mayor."}},
	{"dateline agency only", "WASHINGTON (AP) — The Senate voted. The bill goes to the House.", []string{"WASHINGTON (AP) — The Senate voted.", "The bill goes to the House."}},
	{"dateline with date and hyphen", "LONDON, March 3 (Wire) - Shares fell 2%. Bonds rose.", []string{"LONDON, March 3 (Wire) - Shares fell 2%.", "Bonds rose."}},
	{"dateline with abbreviated month", "NEW YORK, Sept. 5 (Reuters) - Oil prices rose on Friday.", []string{"NEW YORK, Sept. 5 (Reuters) - Oil prices rose on Friday."}},
	{"dateline wrapped after state", "SPOKANE, Wash.\n(Cascade Wire) — The jury returned its verdict.", []string{"SPOKANE, Wash.\n(Cascade Wire) — The jury returned its verdict."}},
	{"state before lower-case word", "Police in Salem, Ore. said the road was closed.", []string{"Police in Salem, Ore. said the road was closed."}},
	{"state in parentheses", "Rep. Jane Roe (D-Calif.) and Sen. John Doe (R-Wyo.) voted no.", []string{"Rep. Jane Roe (D-Calif.) and Sen. John Doe (R-Wyo.) voted no."}},
	{"control: state ends sentence", "The plant is in Spokane, Wash. The company said it would close.", []string{"The plant is in Spokane, Wash.", "The company said it would close."}},
	{"control: state ends sentence before quote", "She grew up in Tulsa, Okla. “It was home,” she said.", []string{"She grew up in Tulsa, Okla.", "“It was home,” she said."}},
	{"control: caps word then paren, no dash", "BREAKING: Markets fell. (The Dow lost 500 points.)", []string{"BREAKING: Markets fell.", "(The Dow lost 500 points.)"}},
	{"control: word then paren", "The vote failed. (The bill had 40 votes.) It is dead.", []string{"The vote failed.", "(The bill had 40 votes.)", "It is dead."}},

	// Markdown inside plain text
	{"md bold date in bullet", "- **Oct. 6:** The trial opens; a jury is seated.", []string{"- **Oct. 6:** The trial opens; a jury is seated."}},
	{"md bold date in star bullet", "* **Nov. 4:** Jurors convict him on nine counts.", []string{"* **Nov. 4:** Jurors convict him on nine counts."}},
	{"md bold date in numbered item", "1. **Jan. 22:** The judge sentences him. He will appeal.", []string{"1. **Jan. 22:** The judge sentences him.", "He will appeal."}},
	{"md bullets on lines", "- **Oct. 6:** The trial opens.\n- **Nov. 4:** Jurors convict.\n- **Jan. 22:** Sentencing.", []string{"- **Oct. 6:** The trial opens.", "- **Nov. 4:** Jurors convict.", "- **Jan. 22:** Sentencing."}},
	{"md italic date", "_Sept. 12:_ The hearing is postponed.", []string{"_Sept. 12:_ The hearing is postponed."}},
	{"md bold initial", "> **J. Morrow:** Thank you to every firefighter out there.", []string{"> **J. Morrow:** Thank you to every firefighter out there."}},
	{"md bold title", "**Gov. Ann Lee** toured the area. She met families.", []string{"**Gov. Ann Lee** toured the area.", "She met families."}},
	{"md backticks", "The filing by `Acme Inc.` on Friday was late.", []string{"The filing by `Acme Inc.` on Friday was late."}},
	{"md link around abbreviation", "See the [Jan. 6 report](https://example.com/a) for details. It is long.", []string{"See the [Jan. 6 report](https://example.com/a) for details.", "It is long."}},
	{"md bold time then dash", "- **Friday, 5:07 p.m.** — The flight takes off.", []string{"- **Friday, 5:07 p.m.** — The flight takes off."}},
	{"md bold sentence end", "The verdict was **unanimous.** Then the jury left.", []string{"The verdict was **unanimous.**", "Then the jury left."}},
	{"md bold question end", "Was it **fair?** Nobody knows.", []string{"Was it **fair?**", "Nobody knows."}},
	{"md bold initialism end", "The firm moved to the **U.S.** It has 40 staff.", []string{"The firm moved to the **U.S.**", "It has 40 staff."}},
	{"md italic paragraph", "*Subscribe to the newsletter. Forward it to a friend.*", []string{"*Subscribe to the newsletter.", "Forward it to a friend.*"}},

	// live-blog time stamps
	{"liveblog em dash", "4:52 p.m. — Court is adjourned for the day. The witness returns tomorrow.", []string{"4:52 p.m. — Court is adjourned for the day.", "The witness returns tomorrow."}},
	{"liveblog en dash", "11:20 a.m. – The witness confirms the plea deal.", []string{"11:20 a.m. – The witness confirms the plea deal."}},
	{"liveblog hyphen", "9:30 a.m. - Good morning from Courtroom 4B.", []string{"9:30 a.m. - Good morning from Courtroom 4B."}},
	{"liveblog double hyphen", "10:05 a.m. -- The witness takes the stand.", []string{"10:05 a.m. -- The witness takes the stand."}},
	{"liveblog glued dash", "3:10 p.m. —Prosecutors show jurors a ledger.", []string{"3:10 p.m. —Prosecutors show jurors a ledger."}},
	{"liveblog entries in one text", "Last updated 4:52 p.m.\n4:52 p.m. — Court is adjourned.\n4:31 p.m. — The witness says the last envelope was handed over.", []string{"Last updated 4:52 p.m.", "4:52 p.m. — Court is adjourned.", "4:31 p.m. — The witness says the last envelope was handed over."}},
	{"time then local", "The court rose at 4 p.m. local time on Friday.", []string{"The court rose at 4 p.m. local time on Friday."}},
	{"time then zone", "Voting closes at 8 p.m. ET. Results follow at 9 p.m. GMT and 1 a.m. PT.", []string{"Voting closes at 8 p.m. ET.", "Results follow at 9 p.m. GMT and 1 a.m. PT."}},
	{"time then zone in parentheses", "The hearing starts at 2 p.m. (ET) on Monday.", []string{"The hearing starts at 2 p.m. (ET) on Monday."}},
	{"time then dash clause", "The meeting ended at 5 p.m. — a full hour late.", []string{"The meeting ended at 5 p.m. — a full hour late."}},
	{"liveblog time stamp without dash", "10:15 a.m. Prosecutors rest their case. The defense begins.", []string{"10:15 a.m. Prosecutors rest their case.", "The defense begins."}},
	{"liveblog bold time stamp", "**2 p.m.** The jury returns with a verdict.", []string{"**2 p.m.** The jury returns with a verdict."}},
	{"control: time ends sentence after prose", "Updated 4:52 p.m. The story has changed.", []string{"Updated 4:52 p.m.", "The story has changed."}},
	{"control: time ends sentence", "The jury left at 4:52 p.m. The judge thanked them.", []string{"The jury left at 4:52 p.m.", "The judge thanked them."}},
	{"control: time ends sentence before name", "He left at 6 p.m. Officers arrived later.", []string{"He left at 6 p.m.", "Officers arrived later."}},
	// a dash after "!" or "?" on the same line continues the sentence
	{"exclamation then en dash", "Westby Fans › Match Talk › Hedda's back!! – Easton Radio report (Sat)", []string{"Westby Fans › Match Talk › Hedda's back!! – Easton Radio report (Sat)"}},
	{"question then em dash", "Who pays for the Westby wall? — a guide for Easton residents. The council meets today.", []string{"Who pays for the Westby wall? — a guide for Easton residents.", "The council meets today."}},
	{"control: exclamation then capital", "GOAL! Colm Vey heads in for Westby.", []string{"GOAL!", "Colm Vey heads in for Westby."}},
	{"control: exclamation then dash on the next line", "What a night!\n– Hedda Lurk, Easton", []string{"What a night!", "– Hedda Lurk, Easton"}},
}

func TestShapeCases(t *testing.T) {
	for _, c := range shapeCases {
		got := spanTexts(c.in, Split(c.in))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s\n  in:   %q\n  got:  %q\n  want: %q", c.name, c.in, got, c.want)
		}
		checkSpans(t, c.in, Split(c.in))
	}
}

// apStates are the AP-style state abbreviations (and D.C.).
var apStates = strings.Fields(`Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky.
	La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla.
	Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.`)

// TestStateAbbreviations checks every AP state abbreviation: before "(", a
// dash or a lower-case word it never ends a sentence; before a sentence
// opener it does.
func TestStateAbbreviations(t *testing.T) {
	for _, st := range apStates {
		for _, c := range []struct {
			in   string
			want int
		}{
			{"CAPITAL CITY, " + st + " (Metro Wire) — The council met on Monday. It adjourned.", 2},
			{"CAPITAL CITY, " + st + " — The council met on Monday.", 1},
			{"Officials in Capital City, " + st + " said the council met.", 1},
			{"The council met in Capital City, " + st + " It adjourned at noon.", 2},
			{"The council met in Capital City, " + st + " The mayor spoke.", 2},
		} {
			if got := Split(c.in); len(got) != c.want {
				t.Errorf("%s: %q\n  got %q, want %d sentences", st, c.in, spanTexts(c.in, got), c.want)
			}
		}
	}
}

// TestCorpusLines runs every line of the evaluation corpora and the sample
// articles through Split and checks that no sentence after the first of a
// line starts with what can only continue the previous one: a dash, an
// agency in parentheses after a state abbreviation, or a number after an
// abbreviation ("**Oct." | "6:** The trial…").
func TestCorpusLines(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../testdata/*/articles/*", "../sample/*/*"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpora")
	}
	lines := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".yaml") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			lines++
			spans := Split(line)
			checkSpans(t, line, spans)
			for k := 1; k < len(spans); k++ {
				prev := line[spans[k-1].Start:spans[k-1].End]
				cur := line[spans[k].Start:spans[k].End]
				if why := badBoundary(prev, cur); why != "" {
					t.Errorf("%s:%d: %s\n  %q | %q", f, n+1, why, prev, cur)
				}
			}
		}
	}
	t.Logf("%d corpus lines checked", lines)
}

// badBoundary names what is wrong with a boundary between sentences prev and
// cur, or returns "".
func badBoundary(prev, cur string) string {
	r, _ := utf8.DecodeRuneInString(cur)
	switch {
	case r == '—' || r == '–' || strings.HasPrefix(cur, "- ") || strings.HasPrefix(cur, "-- "):
		return "sentence starts with a dash"
	case unicode.IsDigit(r):
		fields := strings.Fields(prev)
		last := strings.TrimSuffix(strings.TrimLeft(fields[len(fields)-1], "*_[(`\"“‘'"), ".")
		_, any := abbrevAnyCase[strings.ToLower(last)]
		_, exact := abbrevExactCase[last]
		if any || exact {
			return "number after an abbreviation"
		}
	case r == '(':
		fields := strings.Fields(prev)
		if len(fields) <= 4 && strings.HasSuffix(prev, ".") {
			return "bracket after a short (dateline) sentence"
		}
	}
	return ""
}
