package data

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// roleCase is an article of another shape and the roles some of its lines must get.
type roleCase struct {
	name, text string
	want       map[string]Role // paragraph containing key → role
}

// checkRoleCases parses each case and checks the role of the paragraph
// holding each key.
func checkRoleCases(t *testing.T, cases []roleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := parseString(t, tc.name, tc.text)
			checkOffsets(t, s)
			for sub, want := range tc.want {
				if p := paraWith(t, s, sub); p.Role != want {
					t.Errorf("%q: role %s, want %s", sub, p.Role, want)
				}
			}
		})
	}
}

var roleCases = []roleCase{
	{"wire.txt", "Storm knocks out power to thousands\nBy Lena Ortiz and Sam Okafor\nUpdated 2 hours ago\n\nA winter storm knocked out power to about 30,000 homes overnight, the utility said on Sunday.\n\nA man walks past fallen trees on Main Street, Sunday, Jan. 7, 2024. Photo/R. Diaz\n\nCopyright 2024 Northern Star Media Inc. All rights reserved.\n",
		map[string]Role{"Storm knocks": RoleTitle, "By Lena": RoleByline, "Updated 2 hours": RoleDateline, "A winter storm": RoleBody, "fallen trees": RoleCaption, "Copyright 2024": RoleCopyright}},
	{"blog.md", "# Library reopens after flood repairs\n\nThe town library reopened on Monday, eight months after floodwater ruined its ground floor and most of its children's books.\n\n## Volunteers helped\n\nMore than 60 volunteers sorted donated books over the summer, the head librarian said.\n\nShare this article\n\nTags\n\nLocal news\n\nFloods\n",
		map[string]Role{"Library reopens": RoleTitle, "The town library": RoleBody, "Volunteers helped": RoleHeading, "Share this article": RoleChrome, "Tags": RoleChrome, "Local news": RoleChrome, "Floods": RoleChrome}},
	{"kicker.txt", "Business\n\nFactory to close with loss of 300 jobs, owners confirm\n\nWorkers were told at a meeting on Tuesday morning\n\nBy Harriet Cole, Industry Correspondent\n\n5 March 2024, 09:12 GMT\n\nThe owners of a packaging factory confirmed on Tuesday that it will close next spring with the loss of 300 jobs.\n\nWatch: 01:12\n\nListen to this article\n\nThe company blamed rising energy costs and falling orders.\n",
		map[string]Role{"Business": RoleChrome, "Factory to close": RoleTitle, "Workers were told": RoleSubtitle, "By Harriet": RoleByline, "5 March 2024": RoleDateline, "The owners": RoleBody, "Watch: 01:12": RoleChrome, "Listen to this": RoleChrome, "The company blamed": RoleBody}},
	{"comments.txt", "Runner breaks course record in city marathon\n\nA 24-year-old runner broke the course record at the city marathon on Sunday, finishing in two hours and four minutes.\n\nShe said afterwards that the cool weather had helped her keep a fast pace in the second half of the race.\n\n2 Comments\n\nGreat run! Congratulations to her.\n\nI was there, the crowd was amazing.\n",
		map[string]Role{"Runner breaks": RoleTitle, "A 24-year-old": RoleBody, "2 Comments": RoleChrome, "Great run": RoleComment, "I was there": RoleComment}},
	{"bold.txt", "**Ministers agree emergency water plan**\n\n**By Omar Haddad**\n\n- 3 days ago\n\n**Water companies** must cut leaks by a fifth within two years under a plan agreed by ministers on Wednesday.\n",
		map[string]Role{"Ministers agree": RoleTitle, "Omar Haddad": RoleByline, "3 days ago": RoleDateline, "Water companies": RoleBody}},
	{"separator-not-comments.txt", "Mayor defends housing plan\n\nThe mayor defended the housing plan on Monday in a speech to business leaders at the town hall.\n \n“You cannot build homes without land,” she told the audience, to applause.\n\nThe plan would add 2,000 homes over ten years, according to council documents.\n\nOpponents said it would overload roads and schools in the east of the town.\n",
		map[string]Role{"You cannot build": RoleBody, "Opponents said": RoleBody}},
	{"rule-comments.md", "# Park to get new playground\n\nThe council approved a new playground for the central park on Tuesday, at a cost of about 150,000.\n\nWork will begin in the spring and should finish by the summer holidays.\n\n* * *\n\nYou clearly never take your kids there.\n\nAbout time! Your taxes at work.\n",
		map[string]Role{"* * *": RoleChrome, "You clearly": RoleComment, "About time": RoleComment, "Work will begin": RoleBody}},
	{"short-first.txt", "Ferry strike called off\n\nUnions called off Friday's ferry strike late on Thursday.\n\n“Is that enough?”\n\nWhat happens next?\n\nTalks will resume next week, both sides said in a joint statement released by the port.\n",
		map[string]Role{"Unions called off": RoleBody, "Is that enough": RoleBody, "What happens next": RoleHeading}},
	{"standfirst.txt", "Ferry strike called off\n\nUnions and operators reach a late deal.\n\nBy Ann Lee\n\nUnions called off Friday's ferry strike late on Thursday after talks that lasted all day.\n",
		map[string]Role{"Unions and operators": RoleSubtitle, "By Ann Lee": RoleByline}},
	// A standfirst of two full sentences under the headline reads like
	// prose, but the byline and date under it show it is the header's.
	{"standfirst-prose.txt", "The Calderway Review\nAnalysis | Transport\n\n" +
		"Nine minutes at Westby: what the inquiry into the ferry grounding found\n\n" +
		"A tired crew, a chart that was out of date and an alarm that nobody heard. The inspectors' first report makes hard reading for the operator.\n\n" +
		"By Hedda Lurk\n2 May 2028 · 6 min read\n\n" +
		"At 05:40 on 3 April, the Westby ferry ran onto a sandbank off Calderway Point with 212 passengers on board, nine minutes after leaving the harbour.\n",
		map[string]Role{"Nine minutes at Westby": RoleTitle, "A tired crew": RoleSubtitle, "By Hedda Lurk": RoleByline,
			"2 May 2028": RoleDateline, "At 05:40 on 3 April": RoleBody}},
	// A lead picture's caption may stand between the byline and date and
	// the story: the standfirst above them is still the header's.
	{"standfirst-figure.html", "<html><head><title>Westby ferry fares to rise by a fifth as fuel bill doubles | Calderway Courier</title>" +
		"<meta property=\"og:title\" content=\"Westby ferry fares to rise by a fifth as fuel bill doubles\">" +
		"<meta name=\"author\" content=\"Hedda Lurk\"></head><body><main><article>" +
		"<h1>Westby ferry fares to rise by a fifth as fuel bill doubles</h1>" +
		"<p class=\"standfirst\">Season tickets frozen, late sailings cut and a new boat delayed again, as the operator warns of a hard and costly winter ahead for the island crossing and its passengers</p>" +
		"<p class=\"byline\">By Hedda Lurk, Transport Reporter</p>" +
		"<p><time>Tuesday 4 March 2031, 9.10am</time></p>" +
		"<figure><img src=\"f.jpg\"><figcaption>The Westby ferry leaves Calderway on Monday evening. Picture: Colm Vey / Calderway Courier</figcaption></figure>" +
		"<p>Ferry fares between Westby and Calderway will rise by a fifth from April, the operator said on Tuesday, blaming a doubling of its fuel bill.</p>" +
		"<p>Season tickets will not change until the autumn, it said, but the last sailing of the evening will be cut from the winter timetable.</p>" +
		"</article></main></body></html>",
		map[string]Role{"Season tickets frozen": RoleSubtitle, "By Hedda Lurk": RoleByline, "The Westby ferry leaves": RoleCaption,
			"Ferry fares between": RoleBody, "Season tickets will not": RoleBody}},
	// A caption under a story's first paragraph, with no byline or date
	// beside it, leaves the paragraph the story's.
	{"lead-then-caption.md", "# Westby ferry fares to rise by a fifth\n\n" +
		"Ferry fares between Westby and Calderway will rise by a fifth from April, the operator said on Tuesday, blaming a doubling of its fuel bill\n\n" +
		"*The Westby ferry leaves Calderway on Monday evening. Photo: Colm Vey / Calderway Courier*\n\n" +
		"Season tickets will not change until the autumn, it said, but the last sailing of the evening will be cut.\n",
		map[string]Role{"Ferry fares between": RoleBody, "The Westby ferry leaves": RoleCaption, "Season tickets will not": RoleBody}},
	// Without a byline or date under it, the same paragraph is the story's
	// first, and so is a first paragraph with the byline at the end.
	{"lead-no-byline.txt", "Nine minutes at Westby: what the inquiry into the ferry grounding found\n\n" +
		"A tired crew, a chart that was out of date and an alarm that nobody heard. The inspectors' first report makes hard reading for the operator.\n\n" +
		"Share this article\n\n" +
		"At 05:40 on 3 April, the Westby ferry ran onto a sandbank off Calderway Point with 212 passengers on board, nine minutes after leaving the harbour.\n\n" +
		"By Hedda Lurk\n",
		map[string]Role{"A tired crew": RoleBody, "At 05:40 on 3 April": RoleBody}},
	{"by-body.txt", "Wildfire forces evacuations\n\nBy Tuesday, officials had evacuated 300 homes.\n\nBy the end of the week the fire was contained, the forestry service said.\n",
		map[string]Role{"By Tuesday": RoleBody, "By the end": RoleBody}},
	{"credits.txt", "Volcano erupts on remote island\n\nLava flows down the slope of the volcano on Thursday. (Photo by Ana Lima/Island Press Agency)\n\nThe volcano erupted on Thursday for the first time in a decade, sending ash two kilometres into the sky, scientists said.\n\nCourtesy of the island observatory\n",
		map[string]Role{"Lava flows": RoleCaption, "The volcano erupted": RoleBody, "Courtesy of": RoleCaption}},
}

func TestRoles(t *testing.T) { checkRoleCases(t, roleCases) }

// headerCases are runs of short lines of similar length with no blank line
// between them: a page header (headline, byline, date; a live page's date
// bar, byline and note) is not one hard-wrapped paragraph, while wrapped
// prose stays one paragraph even when a line of it opens with a date.
var headerCases = []roleCase{
	{"header-run.txt", "Trains halted at Westby after signal fault strands commuters\n" +
		"By Hedda Lurk, Vale Community Radio\n" +
		"Monday 7 April 2025, 07:30\n\n" +
		"A signal fault stopped all trains through Westby early on Monday, leaving hundreds of commuters stranded on platforms, the rail operator said.\n",
		map[string]Role{"Trains halted": RoleTitle, "By Hedda Lurk": RoleByline, "Monday 7 April": RoleDateline, "A signal fault": RoleBody}},
	{"live-header.txt", "Calderway Evening Post\n\nLIVE: Floods close the Westby road – homes evacuated\n\n" +
		"Live · Updated 14:20 · Tuesday 9 January 2029\n" +
		"By Hedda Lurk and Colm Vey, news desk\n" +
		"Refresh this page for the latest updates.\n\n" +
		"14:20\nThe river has burst its banks at Westby, and the county has closed the valley road in both directions.\n",
		map[string]Role{"Live · Updated": RoleDateline, "By Hedda Lurk": RoleByline, "Refresh this page": RoleChrome, "The river has burst": RoleBody}},
	{"wrapped-date-line.txt", "Westby library to close for repairs\n\n" +
		"The council said on Tuesday that the library on Mill Lane would close\n" +
		"on 3 March 2025 for six weeks while builders replace the\n" +
		"roof and the heating, and that a mobile library would visit the market\n" +
		"square until the work is finished.\n",
		map[string]Role{"The council said": RoleBody}},
}

// TestLeadCaption: the caption of a lead picture that readability drops is
// put back before the story's first paragraph; a teaser's is not.
func TestLeadCaption(t *testing.T) {
	var tc roleCase
	for _, c := range furnitureCases {
		if c.name == "lead-figure.html" {
			tc = c
		}
	}
	s := parseString(t, tc.name, tc.text)
	cap, first := strings.Index(s.Text, "The Westby ferry rests"), strings.Index(s.Text, "The Westby ferry ran aground")
	if cap < 0 || first < 0 || cap > first {
		t.Errorf("caption at %d, first paragraph at %d: want the caption just before the story", cap, first)
	}
	if strings.Contains(s.Text, "Lifeboat crews train") {
		t.Errorf("a teaser's caption was put back")
	}
}

// stackedCreditCases: a reporter's organisation or job on its own line
// under a "By …" byline is part of the byline, not a section heading; a
// topic line under a byline and an organisation's name that heads a
// section of the story keep the heading role.
var stackedCreditCases = []roleCase{
	{"agency-line.txt", "Westby mill fire forces evacuation of forty homes\n\n" +
		"By Hedda Lurk\nWestby Press Agency\n3 min read\n\n" +
		"Fire crews evacuated forty homes near the old Westby mill on Monday night after a blaze spread to a timber yard, the fire service said.\n\n" +
		"The fire was brought under control shortly before dawn, and residents were allowed back by midday.\n",
		map[string]Role{"By Hedda Lurk": RoleByline, "Westby Press Agency": RoleByline, "3 min read": RoleChrome, "Fire crews evacuated": RoleBody}},
	{"the-paper-line.txt", "Easton council approves harbour wall repairs\n\n" +
		"By Colm Vey\nThe Easton Herald\nTuesday 4 June 2024\n\n" +
		"Easton council approved a two-year programme of repairs to the harbour wall on Tuesday after a winter of storm damage, its leader said.\n",
		map[string]Role{"By Colm Vey": RoleByline, "The Easton Herald": RoleByline, "Tuesday 4 June": RoleDateline, "Easton council approved": RoleBody}},
	{"job-line.txt", "Easton ferry fares to rise by a fifth in spring\n\n" +
		"By Hedda Lurk\nChief reporter\n\n" +
		"Fares on the Easton ferry will rise by a fifth from April, the operator said on Wednesday, blaming the cost of fuel and crew.\n",
		map[string]Role{"Chief reporter": RoleByline, "Fares on the Easton": RoleBody}},
	// a topic label under the byline, and an organisation heading a
	// section further down, stay headings
	{"topic-line.txt", "Easton ferry fares to rise by a fifth in spring\n\n" +
		"By Hedda Lurk\nFerry fares\n\n" +
		"Fares on the Easton ferry will rise by a fifth from April, the operator said on Wednesday, blaming the cost of fuel and crew.\n\n" +
		"Westby Harbour Board\n\n" +
		"The harbour board said it would review the landing charges it sets for the ferry at its next meeting in May.\n",
		map[string]Role{"Ferry fares": RoleHeading, "Westby Harbour Board": RoleHeading, "The harbour board said": RoleBody}},
}

func TestStackedCredit(t *testing.T) { checkRoleCases(t, stackedCreditCases) }

func TestHeaderRuns(t *testing.T) {
	checkRoleCases(t, headerCases)
	s := parseString(t, "wrapped.txt", headerCases[2].text)
	if p := paraWith(t, s, "The council said"); !strings.Contains(s.Text[p.Start:p.End], "the work is finished") {
		t.Errorf("wrapped prose with a date at a line start is not one paragraph")
	}
}

func TestMetadata(t *testing.T) {
	ref := time.Date(2024, 5, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		meta       Meta
		outlet     string
		from       string
		authors    []string
		published  time.Time
		inferred   bool
	}{
		{"copyright.txt", "Title of a story here\n\nBody text of the story goes on for a while and ends here.\n\n© 2024 The Harbour Gazette Ltd. All rights reserved.\n", Meta{Now: ref},
			"Harbour Gazette", OutletFromCopyright, nil, ref, true},
		{"byline-org.txt", "Title of a story here\n\n- By The Mountain Courier\n- 2 days ago\n\nBody text of the story goes on for a while and ends here.\n", Meta{Now: ref},
			"The Mountain Courier", OutletFromByline, nil, ref.AddDate(0, 0, -2), true},
		{"byline-person.txt", "Title of a story here\n\nBy Jane Roe and John Doe\n\nPublished 4 March 2024\n\nBody text of the story goes on for a while and ends here.\n", Meta{Now: ref},
			"byline-person", OutletFromFileName, []string{"Jane Roe", "John Doe"}, time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), false},
		{"credit-not-outlet.txt", "Title of a story here\n\nImage Courtesy:Wire Agency\n\nBody text of the story goes on for a while, Kim Lee reported for the Wire Agency (WA).\n\nA crowd gathers on Friday, Aug. 9, 2024. Wire Agency\n\nSmoke over the city © Wire Agency\n\n© Wire Agency\n\n© 2024 Wire Agency\n\nThe fire was put out by the evening, and the roads reopened the next day.\n\nResidents were allowed back into their homes after the smoke cleared.\n\nOfficials said an inquiry would start next week.\n", Meta{Now: ref},
			"credit-not-outlet", OutletFromFileName, nil, ref, true},
		// the organisation on its own line under a person's byline
		{"byline-org-line.txt", "Title of a story here\n\nBy Hedda Lurk\nWestby Press Agency\n\nBody text of the story goes on for a while and ends here.\n", Meta{Now: ref},
			"Westby Press Agency", OutletFromByline, []string{"Hedda Lurk"}, ref, true},
		{"byline-job.txt", "Title of a story here\n\nBy Jane Roe, City Hall Reporter\n\nPublished 4 March 2024\n\nBody text of the story goes on for a while and ends here.\n", Meta{Now: ref},
			"byline-job", OutletFromFileName, []string{"Jane Roe"}, time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), false},
		{"manifest.txt", "Title of a story here\n\n© 2024 Other Name Ltd\n\nBody text.\n", Meta{Outlet: "Manifest Daily", Retrieved: ref, Published: ref.Add(-time.Hour)},
			"Manifest Daily", OutletFromManifest, nil, ref.Add(-time.Hour), false},
		{"front.md", "---\noutlet: Front Daily\nauthors: Ann Lee\npublished: 2024-01-06T18:30:00Z\n---\n# A title\n\nBody text.\n", Meta{Outlet: "Manifest Daily"},
			"Front Daily", OutletFromFrontMatter, []string{"Ann Lee"}, time.Date(2024, 1, 6, 18, 30, 0, 0, time.UTC), false},
		{"clock.txt", "Title of a story here\n\nUpdated 05:21\n\nBody text of the story goes on for a while and ends here.\n", Meta{Retrieved: time.Date(2024, 5, 10, 3, 0, 0, 0, time.UTC)},
			"clock", OutletFromFileName, nil, time.Date(2024, 5, 9, 5, 21, 0, 0, time.UTC), true},
		{"yesterday.txt", "Title of a story here\n\nPublished YESTERDAY\n\nBody text of the story goes on for a while and ends here.\n", Meta{Retrieved: ref},
			"yesterday", OutletFromFileName, nil, time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC), true},
		// a date bar set in Markdown emphasis, with a time zone
		{"emphasis.md", "# Live: Westby council votes on the mill budget\n\n*Live · Updated 17:45 BST*\n\nBody text of the story goes on for a while and ends here.\n", Meta{Retrieved: time.Date(2024, 5, 10, 20, 0, 0, 0, time.UTC)},
			"emphasis", OutletFromFileName, nil, time.Date(2024, 5, 10, 16, 45, 0, 0, time.UTC), true},
		// a live page's status note before the update time in such a bar
		{"ended.md", "# Live: Westby council votes on the mill budget\n\n*Live coverage has ended · Last updated 19:10*\n\nBody text of the story goes on for a while and ends here.\n", Meta{Retrieved: time.Date(2024, 5, 10, 20, 0, 0, 0, time.UTC)},
			"ended", OutletFromFileName, nil, time.Date(2024, 5, 10, 19, 10, 0, 0, time.UTC), true},
		{"emphasis-date.md", "# Westby council votes on the mill budget\n\n_Monday 6 May 2024, 09:30_\n\nBody text of the story goes on for a while and ends here.\n", Meta{Retrieved: ref},
			"emphasis-date", OutletFromFileName, nil, time.Date(2024, 5, 6, 9, 30, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse(tt.name, []byte(tt.text), tt.meta)
			if err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, s)
			if s.Outlet != tt.outlet || s.OutletFrom != tt.from {
				t.Errorf("outlet %q from %s, want %q from %s", s.Outlet, s.OutletFrom, tt.outlet, tt.from)
			}
			if strings.Join(s.Authors, "|") != strings.Join(tt.authors, "|") {
				t.Errorf("authors %q, want %q", s.Authors, tt.authors)
			}
			if !s.Published.Equal(tt.published) || s.PublishedInferred != tt.inferred {
				t.Errorf("published %v (inferred %v), want %v (%v)", s.Published, s.PublishedInferred, tt.published, tt.inferred)
			}
		})
	}
}

func TestOutletFromCopyright(t *testing.T) {
	tests := map[string]string{
		"[Copyright](#) The Financial Times Limited 2025. All rights reserved.": "Financial Times",
		"Copyright The Financial Times Limited 2025. All rights reserved.":      "Financial Times",
		"© 2019-2024 Example News Inc.":                                         "Example News",
		"(c) Daily Planet, LLC 2024":                                            "Daily Planet",
		"Copyright 2024. All rights reserved.":                                  "",
	}
	for in, want := range tests {
		if got := outletFromCopyright(DisplayText(in)); got != want {
			t.Errorf("outletFromCopyright(%q) = %q, want %q", in, got, want)
		}
	}
	roles := map[string]Role{"© Reuters": RoleCaption, "© 2024 Example News": RoleCopyright, "Copyright Example News": RoleCopyright, "Photo © Jane Roe": RoleCaption}
	for in, want := range roles {
		if got := localRole(newPara(in, 0, len(in), "")); got != want {
			t.Errorf("localRole(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestSniffFormat(t *testing.T) {
	tests := []struct{ text, ext, want string }{
		{"<!DOCTYPE html><html><body><p>Hi</p></body></html>", ".txt", FormatHTML},
		{"  <html><p>x</p></html>", "", FormatHTML},
		{"<div><p>One</p><p>Two</p></div>", ".txt", FormatHTML},
		{"<b>Bold</b> claims in plain text.", ".txt", FormatText},
		{"# Heading\n\nText.", ".txt", FormatMarkdown},
		{"Plain text\n\nwith lines.", ".md", FormatText},
		{"A [link](#) and **bold** and [more](x) text.\nline\n", ".txt", FormatMarkdown},
		{"Just a story. Nothing else.", ".html", FormatText},
	}
	for _, tt := range tests {
		if got := sniffFormat(tt.text, tt.ext); got != tt.want {
			t.Errorf("sniffFormat(%q, %s) = %s, want %s", tt.text, tt.ext, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
		notes    int
	}{
		{"\xef\xbb\xbfHello", "Hello", 0},
		{"a\r\nb\rc\n", "a\nb\nc\n", 0},
		{"a\u00a0b", "a b", 0},
		{"bad \xff byte", "bad \ufffd byte", 1},
		{"\xff\xfeH\x00i\x00\r\x00\n\x00", "Hi\n", 1},
		{"\xfe\xff\x00H\x00i", "Hi", 1},
	}
	for _, tt := range tests {
		got, notes := normalize([]byte(tt.in))
		if got != tt.want || len(notes) != tt.notes {
			t.Errorf("normalize(%q) = %q %q, want %q with %d notes", tt.in, got, notes, tt.want, tt.notes)
		}
	}
}

func TestDisplayText(t *testing.T) {
	tests := map[string]string{
		"the full-scale [invasion of Ukraine](#) in 2022": "the full-scale invasion of Ukraine in 2022",
		"Max Seddon and **Amy Mackinnon** in Anchorage":   "Max Seddon and Amy Mackinnon in Anchorage",
		"## Heading":             "Heading",
		"a [b] c (d)":            "a [b] c (d)",
		"snake_case stays":       "snake_case stays",
		"[unclosed](link":        "[unclosed](link",
		"plain":                  "plain",
		"__under__ and *single*": "under and single",
	}
	for in, want := range tests {
		if got := DisplayText(in); got != want {
			t.Errorf("DisplayText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDisplayMap: a range of the raw text (a trigger, a sentence) lands on
// the same words of the display text; removed markers map to where the
// text after them starts.
func TestDisplayMap(t *testing.T) {
	tests := []struct {
		raw, word, want string
	}{
		{"**12:15** — The minister [met the union](https://x.example/a) in the hall.", "met", "12:15 — The minister met the union in the hall."},
		{"**12:15** — The minister [met the union](https://x.example/a) in the hall.", "hall", ""},
		{"## The afternoon it failed", "afternoon", "The afternoon it failed"},
		{"__Update__: crews **restored** power.", "restored", "Update: crews restored power."},
		{"plain text stays", "text", "plain text stays"},
	}
	for _, tc := range tests {
		d, at := DisplayMap(tc.raw)
		if len(at) != len(tc.raw)+1 {
			t.Fatalf("%q: %d offsets, want %d", tc.raw, len(at), len(tc.raw)+1)
		}
		if tc.want != "" && d != tc.want {
			t.Errorf("DisplayMap(%q) = %q, want %q", tc.raw, d, tc.want)
		}
		if d != DisplayText(tc.raw) {
			t.Errorf("DisplayMap(%q) = %q, DisplayText %q", tc.raw, d, DisplayText(tc.raw))
		}
		i := strings.Index(tc.raw, tc.word)
		if got := d[at[i]:at[i+len(tc.word)]]; got != tc.word {
			t.Errorf("%q: %q maps to %q", tc.raw, tc.word, got)
		}
		for k := 1; k < len(at); k++ {
			if at[k] < at[k-1] {
				t.Fatalf("%q: offsets go back at %d", tc.raw, k)
			}
		}
	}
}

func TestResolveDateline(t *testing.T) {
	ref := time.Date(2025, 8, 16, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in       string
		want     time.Time
		inferred bool
		ok       bool
	}{
		{"- 14 hours ago", time.Date(2025, 8, 15, 22, 0, 0, 0, time.UTC), true, true},
		{"2 days ago", time.Date(2025, 8, 14, 12, 0, 0, 0, time.UTC), true, true},
		{"an hour ago", time.Date(2025, 8, 16, 11, 0, 0, 0, time.UTC), true, true},
		{"Published YESTERDAY", time.Date(2025, 8, 15, 0, 0, 0, 0, time.UTC), true, true},
		{"Updated 05:21", time.Date(2025, 8, 16, 5, 21, 0, 0, time.UTC), true, true},
		{"Updated 13:40", time.Date(2025, 8, 15, 13, 40, 0, 0, time.UTC), true, true},
		{"Published August 15, 2025 at 9:05 pm", time.Date(2025, 8, 15, 21, 5, 0, 0, time.UTC), false, true},
		{"Friday, Aug. 15, 2025", time.Date(2025, 8, 15, 0, 0, 0, 0, time.UTC), false, true},
		{"Posted: 2025-08-14T10:00:00Z", time.Date(2025, 8, 14, 10, 0, 0, 0, time.UTC), false, true},
		{"Share it:", time.Time{}, false, false},
	}
	for _, tt := range tests {
		got, inf, ok := resolveDateline(tt.in, ref)
		if ok != tt.ok || !got.Equal(tt.want) || inf != tt.inferred {
			t.Errorf("resolveDateline(%q) = %v %v %v, want %v %v %v", tt.in, got, inf, ok, tt.want, tt.inferred, tt.ok)
		}
	}
}

func TestParseAbsolute(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"2024-01-06T18:30:00Z", true}, {"2024-01-06", true}, {"Friday, Aug. 15, 2025", true},
		{"15 August 2025", true}, {"Aug 15 2025 10:30 AM", true}, {"0001-01-01", false}, {"yesterday", false},
		{"3000-01-01", false}, {"", false},
	}
	for _, tt := range tests {
		if _, ok := parseAbsolute(tt.in); ok != tt.ok {
			t.Errorf("parseAbsolute(%q) ok = %v, want %v", tt.in, ok, tt.ok)
		}
	}
}

func TestHealing(t *testing.T) {
	text := "Council plans new park\n\nThe mayor posted on Saturday. Officials said that “we will then schedule a\n\nmeeting with the mayor,” he wrote.\n\nThe next paragraph ends here.\n"
	s := parseString(t, "heal.txt", text)
	checkOffsets(t, s)
	if n := len(s.Paragraphs); n != 4 {
		t.Fatalf("%d paragraphs, want 4", n)
	}
	if len(s.Paragraphs[1].Sentences) != 2 || len(s.Paragraphs[2].Sentences) != 0 {
		t.Fatalf("healed sentence not owned by first paragraph: %+v", s.Paragraphs[1:3])
	}
	if got := s.Paragraphs[1].Sentences[1].Text; !strings.HasPrefix(got, "Officials") || !strings.HasSuffix(got, "he wrote.") {
		t.Errorf("healed sentence %q", got)
	}
	// Not healed: the next paragraph starts with a capital.
	s = parseString(t, "noheal.txt", "Council plans new park\n\nThe mayor said on Saturday that a line has no end\n\nAnother paragraph starts here.\n")
	if len(s.Paragraphs[2].Sentences) != 1 {
		t.Errorf("unexpected healing across a capitalised paragraph")
	}
}

func TestMaxSentenceLen(t *testing.T) {
	long := strings.Repeat("word ", 300) + "end."
	s, err := Parse("long.txt", []byte("Title here\n\n"+long+"\n\n"+strings.Repeat("x", 700)+"\n"), Meta{Limits: Limits{MaxSentenceLen: 100}})
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, s)
	n := 0
	for _, p := range s.Paragraphs {
		for _, st := range p.Sentences {
			n++
			if len(st.Text) > 100 {
				t.Errorf("sentence of %d bytes over the limit", len(st.Text))
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d pieces", n)
	}
}

func TestOffsetsOwnInputs(t *testing.T) {
	files, _ := filepath.Glob("testdata/articles/*")
	if len(files) < 5 {
		t.Fatalf("testdata/articles has %d files", len(files))
	}
	c := Load([]string{"testdata/articles"}, Options{})
	if len(c.Sources) != len(files) || len(c.Problems) != 0 {
		t.Fatalf("loaded %d of %d, problems %v", len(c.Sources), len(files), c.Problems)
	}
	for _, s := range c.Sources {
		checkOffsets(t, s)
		if len(s.Paragraphs) == 0 {
			t.Errorf("%s: no paragraphs", s.ID)
		}
	}
	for _, tc := range roleCases {
		checkOffsets(t, parseString(t, tc.name, tc.text))
	}
}

func TestOwnArticles(t *testing.T) {
	c := Load([]string{"testdata/articles"}, Options{})
	get := func(id string) *Source { return sourceByPrefix(t, c, id) }
	h := get("harbour-fire")
	if h.Format != FormatHTML || h.Outlet != "Coastline Courier" || h.OutletFrom != OutletFromSiteName || h.Title != "Warehouse fire closes harbour road" ||
		strings.Join(h.Authors, ",") != "Priya Natarajan" || !h.Published.Equal(time.Date(2024, 3, 2, 7, 15, 0, 0, time.UTC)) || h.PublishedInferred {
		t.Errorf("html metadata: %q %s %q %q %v %v", h.Outlet, h.OutletFrom, h.Title, h.Authors, h.Published, h.PublishedInferred)
	}
	for _, bad := range []string{"Do not read", "tracking pixel", "Video player text", "color: red", "Home"} {
		if strings.Contains(h.Text, bad) {
			t.Errorf("html text keeps %q", bad)
		}
	}
	if p := paraWith(t, h, "Smoke rises"); p.Role != RoleCaption {
		t.Errorf("figcaption role %s", p.Role)
	}
	if p := paraWith(t, h, "Road reopened"); p.Role != RoleHeading {
		t.Errorf("h2 role %s", p.Role)
	}
	if len(h.Anchors) != 1 || !h.Anchors[0].Date.Equal(time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("html anchors %+v", h.Anchors)
	}
	b := get("bridge-closure")
	if b.Format != FormatMarkdown || b.Outlet != "Valley Ledger" || b.OutletFrom != OutletFromFrontMatter || b.URL != "https://example.org/bridge" ||
		!b.Reference.Equal(time.Date(2023, 11, 15, 8, 0, 0, 0, time.UTC)) || strings.HasPrefix(b.Text, "---") {
		t.Errorf("front matter: %q %s %q %v", b.Outlet, b.OutletFrom, b.URL, b.Reference)
	}
	if p := paraWith(t, b, "The county closed"); p.Role != RoleBody || !strings.Contains(b.Text[p.Start:p.End], "12-mile detour") {
		t.Errorf("markdown soft-wrapped paragraph not one body paragraph")
	}
	f := get("ferry-forum")
	for sub, want := range map[string]Role{"harborwatcher": RoleSignature, "Carpe diem": RoleSignature, "Your ferries": RoleComment, "lol this": RoleComment, "A passenger ferry": RoleBody} {
		if p := paraWith(t, f, sub); p.Role != want {
			t.Errorf("ferry %q: %s, want %s", sub, p.Role, want)
		}
	}
	w := get("plain-wire")
	if p := paraWith(t, w, "City council members"); !strings.Contains(w.Text[p.Start:p.End], "third year") {
		t.Errorf("hard-wrapped block not one paragraph")
	}
	st := get("storm-crlf")
	if strings.Contains(st.Text, "\r") || st.Outlet != "Northern Star Media" || strings.Join(st.Authors, ",") != "Lena Ortiz,Sam Okafor" {
		t.Errorf("crlf article: %q %q", st.Outlet, st.Authors)
	}
	hw := get("heatwave")
	if strings.Join(hw.Authors, ",") != "Maya Clarke" || !hw.Published.Equal(time.Date(2025, 8, 15, 13, 30, 0, 0, time.UTC)) || hw.PublishedInferred {
		t.Errorf("heatwave: authors %q published %v", hw.Authors, hw.Published)
	}
	for sub, want := range map[string]Role{"Maya Clarke": RoleByline, "First published": RoleDateline, "Sunbathers on the beach": RoleCaption, "Photograph:": RoleByline, "Weather": RoleChrome, "Reuse this content": RoleChrome, "Forecasters warn": RoleSubtitle} {
		if p := paraWith(t, hw, sub); p.Role != want {
			t.Errorf("heatwave %q: %s, want %s", sub, p.Role, want)
		}
	}
	q := get("quake")
	if strings.Join(q.Authors, ",") != "Jane Doe,Richard Roe" || q.Outlet != "Wire Service" || !q.Published.Equal(time.Date(2025, 8, 15, 15, 42, 0, 0, time.UTC)) {
		t.Errorf("quake: %q %q %v", q.Authors, q.Outlet, q.Published)
	}
	if p := paraWith(t, q, "contributed to this report"); p.Role == RoleBody {
		t.Errorf("reporting credit is body")
	}
	bl := get("bike-lanes")
	if bl.Title != "City hall approves bike lanes on Main Street" || strings.Join(bl.Authors, ",") != "Sam Patel" || bl.Outlet != "City Tribune" {
		t.Errorf("bike lanes: %q %q %q", bl.Title, bl.Authors, bl.Outlet)
	}
	for sub, want := range map[string]Role{"Skip to main content": RoleChrome, "Advertisement": RoleChrome, "Parking changes": RoleChrome, "Sign up for": RoleChrome, "The city council voted": RoleBody, "Council member Rosa": RoleBody, "2 comments": RoleChrome} {
		if p := paraWith(t, bl, sub); p.Role != want {
			t.Errorf("bike lanes %q: %s, want %s", sub, p.Role, want)
		}
	}
	fb := get("flood-barrier")
	if strings.Join(fb.Authors, ",") != "Ted Marsh" || fb.Outlet != "Riverside Weekly" || !fb.Published.Equal(time.Date(2024, 10, 3, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("flood barrier: %q %q %v", fb.Authors, fb.Outlet, fb.Published)
	}
	for _, bad := range []string{"Home", "Council budget approved", "you lot"} {
		if strings.Contains(fb.Text, bad) {
			t.Errorf("flood barrier text keeps page furniture %q", bad)
		}
	}
	if p := paraWith(t, fb, "By Ted Marsh"); p.Role != RoleByline {
		t.Errorf("restored byline role %s", p.Role)
	}
	if n := get("non-english"); len(n.Problems) == 0 {
		t.Errorf("non-English text not noted")
	}
}

func TestWriteInspect(t *testing.T) {
	c := Load([]string{"testdata/articles/plain-wire.txt", "testdata/nope.txt"}, Options{})
	var buf bytes.Buffer
	if err := WriteInspect(&buf, c); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Sources []struct {
			ID, Path, Format, Outlet, OutletFrom string
			Authors                              []string
			Published                            string
			Problems                             []string
			Paragraphs                           []struct {
				Role       string
				Start, End int
				Sentences  []struct {
					Text       string
					Start, End int
				}
			}
		}
		Problems []Problem
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sources) != 1 || len(doc.Problems) != 1 || doc.Sources[0].ID != "plain-wire" || doc.Sources[0].Published == "" {
		t.Fatalf("inspect: %s", buf.String())
	}
	for _, key := range []string{`"authors": []`, `"problems": []`, `"outlet_from": "file-name"`, `"published_inferred": true`, `"role": "title"`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("inspect JSON lacks %s", key)
		}
	}
	if strings.Contains(buf.String(), "null") {
		t.Errorf("inspect JSON has null")
	}
	// Empty corpus.
	buf.Reset()
	if err := WriteInspect(&buf, &Corpus{}); err != nil || !strings.Contains(buf.String(), `"sources": []`) {
		t.Errorf("empty inspect: %s %v", buf.String(), err)
	}
	_ = os.Stdout
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		in      string
		skip    int // bytes of front matter
		outlet  string
		wantErr bool
	}{
		{"---\noutlet: A Daily\n---\nBody", 24, "A Daily", false},
		{"---\noutlet: A Daily\n...\nBody", 24, "A Daily", false},
		{"---\n---\nBody", 8, "", false},
		{"---\noutlet: [x\n---\nBody", 19, "", true},
		{"---\npublished: not a date\n---\nBody", 30, "", true},
		{"---\nauthors: {a: b}\n---\nBody", 24, "", true},
		{"---\nno closing line\nBody", 0, "", false},
		{"Body\n---\noutlet: x\n---\n", 0, "", false},
		{"--- \noutlet: B\n--- \nBody", 20, "B", false},
	}
	for _, tt := range tests {
		e, n, err := frontMatter(tt.in)
		if n != tt.skip || e.Outlet != tt.outlet || (err != nil) != tt.wantErr {
			t.Errorf("frontMatter(%q) = %q, %d, %v; want %q, %d, err %v", tt.in, e.Outlet, n, err, tt.outlet, tt.skip, tt.wantErr)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("multi-line error %q", err)
		}
	}
}

// TestFrontMatterAliases: the field names static-site generators and
// scrapers write ("date", "pubDate", "author", "publisher", "link") fill
// storyline's own fields, which win when both are given.
func TestFrontMatterAliases(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 5, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in        string
		published time.Time
		outlet    string
		authors   string
		url       string
	}{
		{"---\ndate: 2026-05-21\nauthor: Ann Lee\npublisher: The Weekly\nlink: https://example.org/a\n---\nBody", day(21), "The Weekly", "Ann Lee", "https://example.org/a"},
		{"---\npubDate: 2026-05-20\n---\nBody", day(20), "", "", ""},
		{"---\npublishDate: 2026-05-19\ndate: 2026-05-01\n---\nBody", day(19), "", "", ""},
		{"---\npublished: 2026-05-18\ndate: 2026-05-01\noutlet: Own\npublisher: Other\n---\nBody", day(18), "Own", "", ""},
	}
	for _, tt := range tests {
		e, _, err := frontMatter(tt.in)
		if err != nil {
			t.Fatalf("frontMatter(%q): %v", tt.in, err)
		}
		if !e.Published.Equal(tt.published) || e.Outlet != tt.outlet || strings.Join(e.Authors, ",") != tt.authors || e.URL != tt.url {
			t.Errorf("frontMatter(%q) = published %v outlet %q authors %v url %q; want %v %q %q %q",
				tt.in, e.Published.Time, e.Outlet, e.Authors, e.URL, tt.published, tt.outlet, tt.authors, tt.url)
		}
	}
	m, err := parseManifest([]byte("files:\n  a.txt:\n    date: 2026-05-21\n"))
	if err != nil || !m.Files["a.txt"].Published.Equal(day(21)) {
		t.Errorf("manifest date alias: %+v, %v", m.Files["a.txt"], err)
	}
}

func TestParagraphAndSentenceLimits(t *testing.T) {
	text := "Title here\n\n" + strings.Repeat("It is the end of a line.\n", 30)
	s, err := Parse("many.txt", []byte(text), Meta{Limits: Limits{MaxParagraphs: 10, MaxSentences: 5}})
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, s)
	if len(s.Paragraphs) != 10 {
		t.Errorf("%d paragraphs, want 10", len(s.Paragraphs))
	}
	last := s.Paragraphs[len(s.Paragraphs)-1]
	if last.Role != RoleChrome || len(last.Sentences) != 0 || last.End != len(strings.TrimRight(text, "\n")) {
		t.Errorf("remainder paragraph %+v", last)
	}
	n := 0
	for _, p := range s.Paragraphs {
		n += len(p.Sentences)
	}
	if n != 5 || len(s.Problems) != 2 {
		t.Errorf("%d sentences, problems %q", n, s.Problems)
	}
}

// TestDisplayImage: a Markdown image's own syntax is not shown; its alt
// text is, as a caption's words (a plain "!" or a bracket stays).
func TestDisplayImage(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"![Hedda Lurk outside Westby town hall](https://x.example/img/lurk.jpg)", "Hedda Lurk outside Westby town hall"},
		{"[![Colm Vey at the Easton depot](pic.jpg)](https://x.example/vey)", "Colm Vey at the Easton depot"},
		{"![Floods in Westby](pic.jpg \"Westby, Tuesday\")", "Floods in Westby"},
		{"Crews arrived at last! [Video](https://x.example/v) shows the quay.", "Crews arrived at last! Video shows the quay."},
		{"Wow![not a link] and [![half](pic.jpg)", "Wow![not a link] and [half"},
		{"Easton won 3-1!", "Easton won 3-1!"},
	}
	for _, tc := range tests {
		checkDisplay(t, tc.raw, tc.want)
	}
}

// TestDisplayEmphasis: single-star emphasis is Markdown syntax too, also
// when a sentence or paragraph cut leaves one mark of the pair at the edge
// of the text (a caption in emphasis whose credit was split off); stars
// that are text stay.
func TestDisplayEmphasis(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"*Hedda Lurk waves outside Westby town hall on Monday.", "Hedda Lurk waves outside Westby town hall on Monday."},
		{"Photo: Colm Vey / Easton Courier*", "Photo: Colm Vey / Easton Courier"},
		{"*Floods close the Easton road.*", "Floods close the Easton road."},
		{"The *Westby Star* said the bridge would reopen.", "The Westby Star said the bridge would reopen."},
		{"*Live · Updated 17:45 BST*", "Live · Updated 17:45 BST"},
		{"**12:15** *Crews reach Westby.*", "12:15 Crews reach Westby."},
		{"The hotel in Westby is rated 5*", "The hotel in Westby is rated 5*"},
		{"Turnout was 61%* in Easton.", "Turnout was 61%* in Easton."},
		{"* a bullet about Westby", "* a bullet about Westby"},
		{"2*3 is 6 and a * b is not", "2*3 is 6 and a * b is not"},
		{"Colm Vey* said it was over.", "Colm Vey* said it was over."},
	}
	for _, tc := range tests {
		checkDisplay(t, tc.raw, tc.want)
	}
}

// checkDisplay checks the display text of raw, by DisplayMap and by
// DisplayText, and that the offset map runs forward to its end.
func checkDisplay(t *testing.T, raw, want string) {
	t.Helper()
	d, at := DisplayMap(raw)
	if d != want {
		t.Errorf("DisplayMap(%q) = %q, want %q", raw, d, want)
	}
	if got := DisplayText(raw); got != want {
		t.Errorf("DisplayText(%q) = %q, want %q", raw, got, want)
	}
	if len(at) != len(raw)+1 || at[len(raw)] != len(d) {
		t.Fatalf("%q: offsets do not end at the display text's end", raw)
	}
	for k := 1; k < len(at); k++ {
		if at[k] < at[k-1] {
			t.Fatalf("%q: offsets go back at %d", raw, k)
		}
	}
}

// TestOrganisationByline: a byline naming a news agency or an association
// of publishers is a byline (and names the outlet when nothing better
// does), not the standfirst under the headline; a person's name and body
// text opening with "By" are unchanged.
func TestOrganisationByline(t *testing.T) {
	for _, tt := range []struct {
		line, want string
	}{
		{"By Westby Press Association", "Westby Press Association"},
		{"By Easton Newspaper Association", "Easton Newspaper Association"},
		{"By Calder Valley News Syndicate", "Calder Valley News Syndicate"},
		{"By Hedda Lurk", "Hedda Lurk"},
		{"By Tuesday, the residents' association had voted to close the hall.", ""},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := bylineName(p); got != tt.want {
			t.Errorf("bylineName(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	text := "Westby mill reopens a year after the flood\n\nBy Westby Press Association\n4 min read\nShare\n\n" +
		"EASTON — The old mill at Westby reopened on Monday, a year after floodwater filled its ground floor, its owners said.\n\n" +
		"Colm Vey, who runs the mill, said the repairs had cost about 2 million pounds.\n"
	s := parseString(t, "agency.txt", text)
	checkOffsets(t, s)
	if p := paraWith(t, s, "By Westby Press"); p.Role != RoleByline {
		t.Errorf("agency byline: role %s, want %s", p.Role, RoleByline)
	}
	if s.Outlet != "Westby Press Association" || s.OutletFrom != OutletFromByline {
		t.Errorf("outlet %q from %s, want the agency from its byline", s.Outlet, s.OutletFrom)
	}
}
