package data

import (
	"strings"
	"testing"
)

// forumCases are forum threads that repost an article and reader replies
// under generalised poster lines ("name - 2 hours ago", "Comment • name •
// date") and rule lines, plus articles of similar shape whose prose must
// stay body.
var forumCases = []roleCase{
	// Opening post with " - " fields, the poster's note, a "* * *" rule, the
	// reposted article, another rule and replies headed by a bare user name
	// and a relative time, written in a formal register.
	{"dash-fields.txt", "Town Talk › Local news › Water main burst on the high street\n\n" +
		"Posted by tidewatcher - 9 Jun 2024 - 8:15 am\n\n" +
		"Sharing the county paper's report for anyone who missed it.\n\n" +
		"* * *\n\n" +
		"Water main burst floods high street shops\n" +
		"By Ana Lopez, County Courier\n\n" +
		"A water main burst under the high street early on Sunday, flooding six shops and closing the road to traffic for most of the day, the water company said.\n\n" +
		"Engineers replaced a four-metre section of pipe and expected supplies to return to normal by Monday evening, a spokesperson said.\n\n" +
		"The council said resurfacing work on the road would take about a week and that buses would be diverted.\n\n" +
		"* * *\n\n" +
		"gull_watch_22 - 2 hours ago\n\n" +
		"The company said the pipe was last replaced in 1987 and had been due for renewal for several years.\n\n" +
		"RiverRat_9 - 1 hour ago\n\n" +
		"Shops on the east side were closed again on Monday morning while the pumps were still running.\n\n" +
		"Like | Quote | Report\n",
		map[string]Role{"Sharing the county": RoleComment, "A water main burst": RoleBody,
			"Engineers replaced": RoleBody, "resurfacing work": RoleBody, "gull_watch_22": RoleComment, "pipe was last replaced": RoleComment,
			"RiverRat_9": RoleComment, "Shops on the east": RoleComment, "Like | Quote": RoleChrome}},
	// A forum trail whose thread title is a long question, the opening
	// post's header ("Started by name · date · time"), the poster's note, a
	// rule, the reposted report with a long headline, another rule and
	// replies: the opening post is the repost, not a reply, so its story is
	// body and only the replies are comments.
	{"trail-question.txt", "Westby Residents' Board › Local News › Fire at the Westby tannery – has anyone else been told to keep their windows shut?\n\n" +
		"Started by quayside_pete · Tue 3 Jun 2025 · 06:52\n\n" +
		"The county station has just put this out, pasting it here for anyone who can't get the site to load:\n\n" +
		"---\n\n" +
		"Smoke from tannery fire drifts over Westby as families are asked to keep windows closed\n" +
		"By Hedda Lurk, Vale Community Radio\n" +
		"Tuesday 3 June 2025, 06:30\n\n" +
		"A fire broke out in a storage shed at the old tannery on the edge of Westby late on Monday, sending thick smoke over the lower streets, the fire service said.\n\n" +
		"Families living near the site were asked to keep windows and doors closed overnight, and the primary school on Mill Lane will stay shut on Tuesday.\n\n" +
		"Colm Vey, who runs the bakery opposite the tannery, said he had seen flames above the roof shortly before midnight.\n\n" +
		"Crews from three stations brought the fire under control before dawn, and nobody was reported hurt, a spokesperson said.\n\n" +
		"---\n\n" +
		"Reply · mill_lane_mo · 07:10\n\n" +
		"The smoke was over our garden well before eleven, whatever they say.\n\n" +
		"Reply · tannery_row_7 · 07:25\n\n" +
		"Stay safe all of you, and keep the cats in.\n\n" +
		"Like · Quote · Report\n",
		map[string]Role{"pasting it here": RoleComment,
			"A fire broke out": RoleBody, "Families living near": RoleBody, "Colm Vey, who runs": RoleBody, "Crews from three": RoleBody,
			"By Hedda Lurk": RoleByline, "mill_lane_mo": RoleComment, "smoke was over our garden": RoleComment,
			"tannery_row_7": RoleComment, "keep the cats in": RoleComment, "Like · Quote": RoleChrome}},
	// The same with a code in brackets in the trail ("Westby (WBY)"): the
	// trail is still furniture, so the reposted story is body and the trail
	// is no evidence.
	{"trail-code.txt", "Calderway Rail Forum › Westby (WBY) › Signal fault at Westby – anyone know when trains restart?\n\n" +
		"Started by platform9_ella · Mon 7 Apr 2025 · 07:41\n\n" +
		"The station's radio has just put this out, copying it here for anyone without the app:\n\n" +
		"---\n\n" +
		"Trains halted at Westby after a signal fault strands hundreds of morning commuters\n" +
		"By Hedda Lurk, Vale Community Radio\n" +
		"Monday 7 April 2025, 07:30\n\n" +
		"A signal fault stopped all trains through Westby early on Monday, leaving hundreds of commuters stranded on platforms, the rail operator said.\n\n" +
		"Engineers found a damaged cable near the level crossing and expected repairs to take most of the morning.\n\n" +
		"Buses are replacing trains between Westby and Calderway until at least midday, a spokesperson said.\n\n" +
		"---\n\n" +
		"Reply · signalbox_sam · 07:55\n\n" +
		"Same cable went last winter, they never fix anything properly.\n\n" +
		"Like · Quote · Report\n",
		map[string]Role{"Calderway Rail Forum": RoleTitle, "copying it here": RoleComment, "A signal fault stopped": RoleBody,
			"Engineers found": RoleBody, "Buses are replacing": RoleBody, "By Hedda Lurk": RoleByline,
			"signalbox_sam": RoleComment, "Same cable went": RoleComment}},
	// Replies marked with a poster word, no rule line, formal-sounding.
	{"comment-word.txt", "Ferry operator names new chief executive\n\n" +
		"The island ferry operator named its finance director as chief executive on Thursday, after the previous head stepped down in March.\n\n" +
		"She will take over on 1 July and has promised to publish a new winter timetable before the end of the summer.\n\n" +
		"The board said the appointment followed an open search that drew more than 40 applicants.\n\n" +
		"Comment • Harbour_Lass • 12 March 2024\n\n" +
		"The board said the same about the last appointment and the timetable was never published.\n\n" +
		"Comment • ned_on_deck • 13 March 2024\n\n" +
		"The winter sailings were cut twice last year, according to the operator's own annual report.\n",
		map[string]Role{"The island ferry operator": RoleBody, "She will take over": RoleBody, "open search": RoleBody,
			"Harbour_Lass": RoleComment, "same about the last": RoleComment, "ned_on_deck": RoleComment, "winter sailings were cut": RoleComment}},
	// Replies whose headers carry a reaction count ("14 likes") beside the
	// poster word, name, date and time, in a formal register; above them two
	// "Related:" link lines closed by a rule line, hard-wrapped together.
	{"likes-count.txt", "Canal lock gates replaced after three-week closure\n" +
		"By Hedda Lurk, Westby Evening Post\n\n" +
		"Engineers lowered two new oak gates into the lock at Easton on Friday, ending a three-week closure of the canal to boats, the waterways trust said.\n\n" +
		"The old gates, fitted in 1962, had been leaking badly since a spring flood pushed debris against them.\n\n" +
		"About 40 boats waited upstream during the work, and the trust said it would waive mooring fees for the period.\n\n" +
		"Related: Trust warns of more lock repairs this winter\n" +
		"Related: How oak lock gates are made by hand in a yard near Calderway\n" +
		"---\n\n" +
		"Reply · towpath_tom · 12 Apr 2025 · 18:02 · 14 likes\n" +
		"The gates at the next lock were replaced in 2019 and the trust said then that the rest would follow.\n\n" +
		"Reply · narrowboat_jen · 12 Apr 2025 · 18:40 · 3 points\n" +
		"The closure lasted four weeks, not three, according to the notice at the lock.\n",
		map[string]Role{"Engineers lowered": RoleBody, "About 40 boats": RoleBody, "Related: Trust warns": RoleChrome,
			"towpath_tom": RoleComment, "next lock were replaced": RoleComment, "narrowboat_jen": RoleComment,
			"closure lasted four weeks": RoleComment}},
	// A section break late in an article, followed by more prose: no comments.
	{"late-break.txt", "Orchard harvest hit by late frost\n\n" +
		"By Tom Avery\n\n" +
		"Apple growers in the valley expect a harvest about a third smaller than usual after a late frost damaged blossom in April, their association said on Monday.\n\n" +
		"The association said pear and plum growers were also affected, though less severely.\n\n" +
		"Prices for local fruit are expected to rise in the autumn, it said.\n\n" +
		"* * *\n\n" +
		"Separately, the regional council said on Monday it would extend a grant scheme for frost protection equipment until next spring.\n\n" +
		"Growers can apply for up to half the cost of fans and heaters, the council said.\n",
		map[string]Role{"Apple growers": RoleBody, "Prices for local fruit": RoleBody, "Separately, the regional": RoleBody, "Growers can apply": RoleBody}},
	// A liveblog entry line (time and reporter name) is not a poster line.
	{"liveblog-names.txt", "Live: Flood warnings across the county\n\n" +
		"By Staff\n\n" +
		"The river rose above its banks at two points overnight, and the environment agency issued six flood warnings for the county on Sunday morning.\n\n" +
		"---\n\n" +
		"11:20 · Priya Nair\n\n" +
		"Residents of the lower town have been told to move cars to higher ground before the evening high tide, the council said.\n\n" +
		"10:55 · Sam Lee\n\n" +
		"The main road into the town is closed at the bridge, police said, and diversions are in place.\n",
		map[string]Role{"The river rose": RoleBody, "Residents of the lower town": RoleBody, "The main road into": RoleBody}},
	// End notes and audio players are furniture; the story stays body.
	{"end-notes.txt", "Warehouse fire closes ring road\n\n" +
		"Listen · 3:05\n\n" +
		"A fire at a warehouse on the industrial estate closed the ring road for several hours on Saturday, the fire service said.\n\n" +
		"Crews from four stations fought the blaze, and nobody was reported hurt.\n\n" +
		"This story will be updated as more information becomes available.\n",
		map[string]Role{"Listen · 3:05": RoleChrome, "A fire at a warehouse": RoleBody, "Crews from four": RoleBody, "This story will be updated": RoleChrome}},
	// A caption with a closing photo credit: the credit is a paragraph of
	// its own and is not evidence; the caption stays a caption.
	{"caption-credit.txt", "Bridge deck lifted into place\n\n" +
		"The last section of the new footbridge deck was lifted into place on Wednesday, the council said.\n\n" +
		"A crane lowers the final deck section over the canal on Wednesday. Photo by Mia Grant/Canal Press\n\n" +
		"The bridge is due to open to walkers and cyclists in September, a month later than planned.\n",
		map[string]Role{"A crane lowers": RoleCaption, "Photo by Mia Grant": RoleByline, "due to open": RoleBody}},
}

func TestForumRoles(t *testing.T) {
	for _, tc := range forumCases {
		t.Run(tc.name, func(t *testing.T) {
			s := parseString(t, tc.name, tc.text)
			checkOffsets(t, s)
			for _, label := range []string{"Posted by", "Started by"} {
				if p, ok := findPara(s, label); ok && p.Role.Evidence() {
					t.Errorf("poster line %q is %s, want no evidence", label, p.Role)
				}
			}
			for sub, want := range tc.want {
				if p := paraWith(t, s, sub); p.Role != want {
					t.Errorf("%q: role %s, want %s", sub, p.Role, want)
				}
			}
		})
	}
}

func TestPosterShapes(t *testing.T) {
	for _, tt := range []struct {
		line           string
		poster, strong bool
	}{
		{"Comment - marsh_hen - 3 hours ago", true, true},
		{"Posted by dune_runner | 7:05 pm", true, true},
		{"Started by ferryfan99 · 2 Jan 2025 · 18:20", true, true},
		{"Answer • Old_Salt_77 • yesterday", true, true},
		{"Reply · kelp.forest · 9:12", true, true},
		{"marsh_hen - 3 hours ago", true, false},
		{"tern_spotter · 23:05", true, false},
		{"Reply #12 · tern_spotter · 23:05", true, true},
		{"Reply · Tuesday · 14:41", false, false},                // a weekday is no user name
		{"Reply · Anna Berg · 14:41", false, false},              // a person's name is no handle
		{"Politics · 14:41", false, false},                       // a section label
		{"Sport - 2 hours ago", false, false},                    // a section label
		{"Reply · a_b_c · 14:41 · Edited · Share", false, false}, // too many fields
		{"Reply · 4", false, false},
		{"Reply #7 · a_b_c · 14:41 · Edited · Share", true, true}, // a reply marker may head a long bar
		{"Photo: k8_dawson · 3 hours ago", true, false},           // a label that is no poster word
		{"15:20 - The minister arrives at the palace.", false, false},
		{"Updated 14:41 - 3 May 2024", false, false},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := posterLine(p); got != tt.poster {
			t.Errorf("posterLine(%q) = %v, want %v", tt.line, got, tt.poster)
		}
		if got := strongPoster(p); got != tt.strong {
			t.Errorf("strongPoster(%q) = %v, want %v", tt.line, got, tt.strong)
		}
	}
}

// TestForumTrail: a breadcrumb trail may end in any page or thread title,
// a long question included; prose with guillemets or a single arrow is not
// one.
func TestForumTrail(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Westby Board › Local News › Tannery fire – is anyone else being told to stay indoors tonight?", true},
		{"Forums » Transport » Buses » Route 12 changes from Monday and what they mean for the estate", true},
		{"Home › News › Wildfires", true},
		{"Calderway Rail Forum › Westby (WBY) › Points failure this morning – anyone know when trains restart?", true}, // a station code
		{"Westby Board › Harbour (HB2) › Ferry times for the summer", true},
		{"Westby Board › Harbour (2024) › Ferry times for the summer", false}, // a year is no code
		{"Westby Board › Harbour (see map) › Ferry times for the summer", false},
		{"Colm Vey › Hedda Lurk", false}, // two parts
		{"He said: « Non » and left the room » without a word, before the vote on the budget.", false},
		{"Posted 3 June › Local News › Tannery fire", false}, // a date is no trail entry
		{"The fire spread quickly › the crews said › and the road was closed for most of Monday.", false},
	} {
		if got := forumTrail(tt.line); got != tt.want {
			t.Errorf("forumTrail(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestRuleLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"---", true}, {"* * *", true}, {"___", true}, {"*****", true}, {" - - - ", true}, {"=====", true},
		{"--", false}, {"-- end --", false}, {"Share", false}, {"***Breaking***", false}, {"", false},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := ruleLine(p); got != tt.want {
			t.Errorf("ruleLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestFurnitureNotes(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool // chrome by its own shape
	}{
		{"Listen · 4:32", true},
		{"Listen to this story (6 min)", true},
		{"Audio · 3 min listen", true},
		{"Listen to this article | 7 mins", true},
		{"Play — 12:08", true},
		{"More to follow.", true},
		{"Developing story", true},
		{"This is a developing story and will be updated.", true},
		{"Check back for updates.", true},
		{"Share · 4 min read", true},
		// a share bar beside a prompt to take the outlet's alerts
		{"Share this page · Turn on alerts in the Westby Courier app", true},
		{"Share this page", true},
		{"Share this page | Get breaking news alerts from the Calderway Post app", true},
		// section labels beside a read time: the page's kicker
		{"Analysis · Courts · 6 min read", true},
		{"*Harbours | Ferries | Coastal shipping | 4 min read*", true},
		{"Hedda Lurk · 6 min read", false},
		{"Analysis · Courts · Westby", false},
		{"Listen to residents, the mayor urged council members on Monday.", false},
		{"More to follow on the budget, the minister said on Tuesday.", false},
		{"This story began in 2019 when the plant first closed.", false},
		{"Developing countries will receive 40% of the fund, the bank said.", false},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := localRole(p) == RoleChrome; got != tt.want {
			t.Errorf("%q: chrome %v, want %v (role %q)", tt.line, got, tt.want, localRole(p))
		}
	}
}

func TestCreditCut(t *testing.T) {
	for _, tt := range []struct {
		caption, credit string // credit "": no cut
	}{
		{"Crowds gather outside the court on Monday. Photo: Sam Kerr/Valley Wire", "Photo: Sam Kerr/Valley Wire"},
		{"Image: Boats moored in the outer harbour at dawn. © J. P. Moreau / Coast Images", "© J. P. Moreau / Coast Images"},
		{"Firefighters on the roof of the mill on Friday. Credit: Lee Ames for the Example Post", "Credit: Lee Ames for the Example Post"},
		{"Firefighters at work. © Example Agency", ""},                                  // too little caption before it
		{"The mayor speaks on Monday. Photo: she said it was taken a week earlier", ""}, // not a name credit
		{"A man walks past fallen trees on Main Street, Sunday, Jan. 7, 2024.", ""},
		{"Voters queue outside a polling station in the rain. Image: reader submitted.", ""},
		// a number in the outlet's name, and a Markdown caption's closing emphasis
		{"Boats wait outside the harbour mouth on Friday. Photo: Westby 96 / Hedda Lurk", "Photo: Westby 96 / Hedda Lurk"},
		{"*Walkers on the pier at Calderway on Sunday morning. Picture: Channel 4 Calderway / Colm Vey*", "Picture: Channel 4 Calderway / Colm Vey*"},
		{"The ferry leaves the quay on Monday evening. Photo: 12 of the crew", ""}, // a number that names nothing
		// a named credit that says who the picture came from with a plain
		// word ("reader", "handout", "supplied"), also in Markdown emphasis
		{"*Smoke over the Westby docks on Thursday evening. Picture: Easton Courier reader*", "Picture: Easton Courier reader*"},
		{"Hedda Lurk outside the town hall in Easton on Monday. Photo: Lurk family handout", "Photo: Lurk family handout"},
		{"The new lifeboat on its trailer at Westby slipway. Image: supplied by Colm Vey", "Image: supplied by Colm Vey"},
		{"Flood water in the Easton underpass on Friday. Photo: courtesy of Westby Council", "Photo: courtesy of Westby Council"},
		{"Trucks queue at the border on Friday morning. Photo: Colm Vey said it was dark", ""}, // a sentence, not a credit
		{"Fans outside the stadium in Easton before kick-off. Picture: reader", ""},            // no name to credit
	} {
		cut := creditCut(tt.caption)
		got := ""
		if cut > 0 {
			got = strings.TrimSpace(tt.caption[cut:])
		}
		if got != tt.credit {
			t.Errorf("creditCut(%q): credit %q, want %q", tt.caption, got, tt.credit)
		}
	}
}

// findPara returns the first paragraph whose text contains sub.
func findPara(s *Source, sub string) (Paragraph, bool) {
	for _, p := range s.Paragraphs {
		if strings.Contains(s.Text[p.Start:p.End], sub) {
			return p, true
		}
	}
	return Paragraph{}, false
}

// TestDatelineBars: a date bar may carry section labels before the date
// (the first of them may be the outlet's name), read times and bare clock
// times; names, bylines and user names do not make one.
func TestDatelineBars(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Business | 3 June 2025 | 4 min read", true},
		{"World news · Monday 2 June 2025 · 18:05", true},
		{"Sat 7 June 2025 • 6 min read", true},
		{"Opinion | June 4, 2025, 7:30 p.m. ET", true},
		{"Anna Berg · 3 May 2024", false},
		{"By Jo Park · 3 May 2024", false},
		{"jetwash77 · 3 May 2024", false},
		{"Prices | Markets | Economy", false},
		{"Business | 4 min read", false}, // no date
		{"18:05 | World news | 3 June 2025", false},
		// the outlet's name and several section labels before the date
		{"The Westby Courier | Sport | Analysis | Monday 3 May 2027 | 07:00", true},
		{"Easton Evening News · Courts · 3 May 2027", true},
		{"News | Courts | 3 May 2027 | 4 min read", true},
		{"Hedda Lurk | Colm Vey | 3 May 2027", false},
		{"The Westby Courier | 3 May 2027 | Sport", false},
		{"The council met | 3 May 2027", false},
		// a bar set in Markdown emphasis
		{"*Live · Updated 17:45 BST*", true},
		{"_Updated 9:30 am_", true},
		{"*Westby Courier | Monday 3 May 2027*", true},
		{"***Live | Easton Evening News | 3 May 2027***", true},
		{"*Hedda Lurk | Colm Vey | 3 May 2027*", false},
		{"*Westby mill reopens after the fire*", false},
		// a live page's status note before the update time
		{"*Live coverage has ended · Last updated 22:10*", true},
		{"This live blog has now ended | Updated 9:30 am", true},
		{"*Live coverage has ended · Share*", false},
		{"Updated 22:10 · This live blog has now ended", false},
		{"*", false},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := isDateline(p); got != tt.want {
			t.Errorf("isDateline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	// under the headline, such a bar is the dateline, not the subtitle
	checkRoleCases(t, []roleCase{
		{"emphasis-bar.md", "# Live: Westby council votes on the mill budget\n\n*Live · Updated 17:45 BST*\n\n" +
			"**17:40** Councillors in Westby voted by 30 to 12 to spend £2m on the old mill, the council leader Hedda Lurk said.\n",
			map[string]Role{"Updated 17:45": RoleDateline, "Councillors in Westby": RoleBody}},
		{"ended-bar.md", "# Live: Westby council votes on the mill budget\n\n*Live coverage has ended · Last updated 21:05*\n\n" +
			"**21:00** Councillors in Westby voted by 30 to 12 to spend £2m on the old mill, the council leader Hedda Lurk said.\n\n" +
			"This live blog has now ended.\n",
			map[string]Role{"Last updated 21:05": RoleDateline, "Councillors in Westby": RoleBody, "This live blog has now ended": RoleChrome}},
		{"outlet-date-bar.txt", "Nine days at Westby Park: what the floodlight failure has exposed\n\n" +
			"The Westby Courier | Sport | Analysis | Monday 3 May 2027 | 07:00\nListen to this article · 6 min\n\n" +
			"When the floodlights at Westby Park went out in the 70th minute, Easton were leading 2-1 and nobody could see the ball.\n",
			map[string]Role{"The Westby Courier | Sport": RoleDateline, "Listen to this": RoleChrome, "When the floodlights": RoleBody}},
	})
}

func TestOutletAndAuthorsFromBylines(t *testing.T) {
	for _, tt := range []struct {
		name, text, outlet, authors string
	}{
		{"person-org.txt", "Canal towpath to close for repairs\n\nBy Nadia Frost, Example Valley Ledger\n\nThe canal towpath between the two locks will close for six weeks from Monday while the bank is rebuilt, the trust said.\n",
			"Example Valley Ledger", "Nadia Frost"},
		{"two-people.txt", "Canal towpath to close for repairs\n\nBy Nadia Frost and Owen Pike\n\nThe canal towpath between the two locks will close for six weeks from Monday while the bank is rebuilt, the trust said.\n",
			"two-people", "Nadia Frost,Owen Pike"},
		{"footer-tail.txt", "Canal towpath to close for repairs\n\nThe canal towpath between the two locks will close for six weeks from Monday while the bank is rebuilt, the trust said.\n\n© 2025 Example Valley Media Ltd. Reproduction without permission is prohibited.\n",
			"Example Valley Media", ""},
		{"footer-tail2.txt", "Canal towpath to close for repairs\n\nThe canal towpath between the two locks will close for six weeks from Monday while the bank is rebuilt, the trust said.\n\n© 2025 Example Canal Weekly. All rights reserved. Members-only content.\n",
			"Example Canal Weekly", ""},
		// A byline naming a newswire or a newspaper names the outlet, not an
		// author.
		{"newswire.txt", "Canal towpath to close for repairs\n\nBy Westby Newswire\n\nThe canal towpath between the two locks will close for six weeks from Monday while the bank is rebuilt, the trust said.\n",
			"Westby Newswire", ""},
		{"newspaper.txt", "Canal towpath to close for repairs\n\nBy Hedda Lurk, Easton Newspaper\n\nThe canal towpath between the two locks will close for six weeks from Monday while the bank is rebuilt, the trust said.\n",
			"Easton Newspaper", "Hedda Lurk"},
	} {
		s := parseString(t, tt.name, tt.text)
		if s.Outlet != tt.outlet || strings.Join(s.Authors, ",") != tt.authors {
			t.Errorf("%s: outlet %q authors %q, want %q %q", tt.name, s.Outlet, s.Authors, tt.outlet, tt.authors)
		}
	}
}

// TestHeadlineOverByline: the headline of an article reposted inside a page
// stands directly over its "By …" byline and is a heading, never body, even
// when it is too long for a section heading; a line over prose that opens
// with "By" keeps its role.
func TestHeadlineOverByline(t *testing.T) {
	checkRoleCases(t, []roleCase{
		// a forum repost: headline, byline and date hard-wrapped under a rule
		{"repost-wrapped.txt", "Westby Board › Local News › Mill fire – Easton Radio report\n\n" +
			"Started by millrace_77 · 4 Jun 2025 · 07:10\n\n" +
			"Copying this over from the radio site because it will not load for me:\n\n" +
			"---\n" +
			"Retired miller who ran back into the burning Westby mill dies as owners face questions over alarms\n" +
			"By Hedda Lurk, Easton Radio News\n" +
			"Tuesday, June 3, 2025\n\n" +
			"A retired miller who was hurt in a fire at the old Westby mill last week has died in hospital, his family said on Tuesday.\n\n" +
			"Colm Vey, who lives opposite the mill, said the alarm had not sounded until the roof was already alight.\n\n" +
			"The owners said they were helping the fire service with its investigation.\n" +
			"---\n\n" +
			"Reply · towpath_tom · 08:02\n\n" +
			"The alarm there has been broken for years, everyone knows it.\n",
			map[string]Role{"Retired miller who ran": RoleHeading, "By Hedda Lurk": RoleByline,
				"A retired miller who was hurt": RoleBody, "Colm Vey, who lives": RoleBody, "The owners said": RoleBody}},
		// the same with blank lines between the header lines and a short
		// note from the poster
		{"repost-spaced.txt", "Westby Board › Local News › Mill fire – Easton Radio report\n\n" +
			"Started by millrace_77 · 4 Jun 2025 · 07:10\n\n" +
			"From the radio site:\n\n" +
			"---\n\n" +
			"Why the alarm at the old Westby mill stayed silent for twenty minutes on the night of the fire?\n\n" +
			"By Hedda Lurk, Easton Radio News\n\n" +
			"A retired miller who was hurt in a fire at the old Westby mill last week has died in hospital, his family said on Tuesday.\n\n" +
			"Colm Vey, who lives opposite the mill, said the alarm had not sounded until the roof was already alight.\n",
			map[string]Role{"Why the alarm": RoleHeading, "A retired miller": RoleBody, "Colm Vey, who lives": RoleBody}},
		// a line over prose that opens with "By"
		{"by-prose.txt", "Westby mill to reopen after fire repairs\n\nBy Colm Vey\n\n" +
			"The old Westby mill will reopen to visitors next month after repairs to its roof, the trust that runs it said on Monday.\n\n" +
			"Work on the roof started in March and cost more than the trust had planned, and volunteers raised the rest\n" +
			"By the end of the summer, the trust hopes to have the water wheel turning again for the first time since the fire.\n\n" +
			"The trust said visitor numbers had fallen by half while the mill was shut.\n",
			map[string]Role{"Work on the roof": RoleBody, "By the end of the summer": RoleBody,
				"The trust said visitor": RoleBody}},
	})
}
