package data

import (
	"strings"
	"testing"
)

// commentCases are pages whose reader comments, forum replies and closing
// furniture must not read as body, and articles of similar shape whose
// prose must stay body.
var commentCases = []roleCase{
	{"wordpress-thoughts.txt", "City pool to reopen after repairs\n\nBy Dana Whitfield\n\nThe municipal pool will reopen on Saturday after six weeks of repairs to its filtration system, the parks department said.\n\nOfficials said the repairs cost about 80,000 and were paid from the maintenance budget set aside last spring.\n\nLifeguards have been rehired for the rest of the season, a spokesperson added.\n\n3 thoughts on “City pool to reopen after repairs”\n\nmarco_b said:\n\nFinally. The kids have been asking every day since June.\n\nJuneBug88 wrote:\n\nThe filters failed the same way two summers ago and the department spent twice as much fixing them then.\n",
		map[string]Role{"The municipal pool": RoleBody, "Lifeguards have": RoleBody, "3 thoughts on": RoleChrome, "marco_b said": RoleComment,
			"Finally. The kids": RoleComment, "JuneBug88": RoleComment, "The filters failed": RoleComment}},
	{"forum-posts.txt", "Re: Bridge inspection finds cracked beam\n\nPost #1 · rivermonk · Mar 3, 2024\n\nThe state found a cracked steel beam during a routine inspection of the Elm Street bridge on Monday and closed one lane while engineers assess it.\n\nThe transport department said repairs could take three weeks and would be done at night.\n\nPost #2 · k8_dawson · Mar 3, 2024\n\nDrove over it this morning and it felt completely normal, nothing moving at all under the wheels of my car.\n\nLike · Reply · Share (3)\n\nPost #3 · OldSarge · Mar 4, 2024\n\nThey said the same thing about the last one.\n",
		map[string]Role{"The state found": RoleBody, "The transport department": RoleBody, "Post #2": RoleComment, "Drove over it": RoleComment,
			"Like · Reply": RoleChrome, "Post #3": RoleComment, "They said the same": RoleComment}},
	{"handle-time.md", "# Storm topples stadium lights\n\nHigh winds toppled two light towers at the city stadium overnight, and Saturday's match has been postponed, the club said.\n\nNo one was hurt. Engineers will inspect the remaining towers on Monday before the ground reopens.\n\n**Join the discussion**\n\nnorthstand_ultra · 2 hours ago\n\nTold them for years those towers were rusting through at the base, nobody listened to the fans.\n\nreply · report\n\ngrace.h · 1 hour ago\n\nGlad nobody was underneath when it happened.\n",
		map[string]Role{"High winds toppled": RoleBody, "No one was hurt": RoleBody, "Join the discussion": RoleChrome, "northstand_ultra": RoleComment,
			"Told them for years": RoleComment, "reply · report": RoleChrome, "Glad nobody": RoleComment}},
	{"handle-time-noheader.txt", "Council approves new skate park\n\nThe council approved plans for a skate park beside the leisure centre on Thursday night, after a petition signed by 1,400 residents.\n\nConstruction is due to start in September and the park should open next spring, a council report said.\n\nskate_dad_71 · 3 hours ago\n\nMy two have been asking for this for years, brilliant decision.\n\nmoss.lane · 2 hours ago\n\nWho is paying for the upkeep though? The report does not say and the leisure budget is already stretched thin.\n",
		map[string]Role{"The council approved": RoleBody, "Construction is due": RoleBody, "skate_dad_71": RoleComment, "My two have": RoleComment,
			"moss.lane": RoleComment, "Who is paying": RoleComment}},
	{"dateline-bar.txt", "Bridge reopens after repairs\n\nBy Jo Park\n\nMonday, March 4, 2024 · Updated 7:20 a.m.\n\nThe Elm Street bridge reopened to traffic on Monday morning after three weeks of repairs to a cracked steel beam, the state said.\n",
		map[string]Role{"Monday, March 4": RoleDateline, "The Elm Street bridge": RoleBody}},
	{"quoted-post.txt", "Mayor's post sparks row\n\nThe mayor was criticised on Tuesday after a late-night social media post about the city's bus drivers, who are on strike for a second week.\n\nIn the post, published at 11:48 p.m., she wrote:\n\n@citymayor · 11:48 PM\n\nDrivers who walk out on passengers should not expect the city to reward them.\n\nThe drivers' union called the post “shameful” and said talks would resume on Thursday.\n\nThe council's opposition leader said the mayor should apologise.\n",
		map[string]Role{"Drivers who walk out": RoleBody, "The drivers' union": RoleBody, "opposition leader": RoleBody}},
	{"public-comments.txt", "Regulator opens consultation on water bills\n\nThe water regulator opened a public consultation on Monday on plans to let companies raise bills by up to 20% over five years.\n\nComments\n\nThe regulator received more than 4,000 comments during an earlier round of consultation, most of them opposed to higher bills, according to its report.\n\nConsumer groups said the plans would hit low-income households hardest and urged the regulator to cap increases at inflation.\n\nThe consultation closes on June 30, and a final decision is expected in the autumn.\n",
		map[string]Role{"The regulator received": RoleBody, "Consumer groups": RoleBody, "The consultation closes": RoleBody}},
	{"disqus-paste.txt", "Ferry timetable cut for winter\nThe ferry operator will cut the number of daily crossings from eight to five between November and March, it said on Friday.\nThe company blamed falling passenger numbers and higher fuel costs, and said summer sailings would not change.\n42 Comments\nSort by Newest\nJohn Smith\n3 hours ago\nThis is ridiculous, the last ferry at 6 p.m. is useless for anyone who works in town.\nReply · 4\nAnn\n2 hours ago\nSame every year.\n",
		map[string]Role{"The company blamed": RoleBody, "42 Comments": RoleChrome, "Sort by": RoleChrome, "John Smith": RoleComment, "3 hours ago": RoleComment,
			"This is ridiculous": RoleComment, "Reply · 4": RoleChrome, "Same every year": RoleComment}},
	{"count-bar-early.txt", "Harbour dredging to start next month\n\nBy Pat Quinn\n\nDredging of the inner harbour will begin next month to let larger cargo ships dock, the port authority said on Wednesday.\n\n12 comments\n\nThe work is expected to take four months and will close two berths at a time, according to the authority.\n\nFishing crews have been told to use the northern quay while the southern berths are closed for the dredging.\n\nThe project is funded by a national infrastructure grant awarded last year after a long campaign by local businesses.\n",
		map[string]Role{"12 comments": RoleChrome, "The work is expected": RoleBody, "Fishing crews": RoleBody, "The project is funded": RoleBody}},
	{"comments-count-paren.txt", "Museum returns stolen painting\n\nA painting stolen from a regional museum in 1994 was returned on Thursday after it turned up at an auction house abroad, police said.\n\nThe museum's director said the canvas was in good condition and would go back on display in the spring.\n\nComments (2)\n\nAnnaP: Wonderful news for the town.\n\nT. Berg: Who had it all this time? That is the real story here, surely.\n",
		map[string]Role{"A painting stolen": RoleBody, "Comments (2)": RoleChrome, "AnnaP": RoleComment, "T. Berg": RoleComment}},
	{"after-copyright.txt", "Library extends opening hours\n\nThe central library will open until 9 p.m. on weekdays from next month, the city council announced on Tuesday.\n\nThe change follows a survey in which most residents asked for evening hours, a council spokesperson said.\n\n© 2024 Example Valley Times\n\nSchool bus routes change from Monday\n\nCouncil to vote on parking fees\n\nwow great reporting as usual lol\n",
		map[string]Role{"The central library": RoleBody, "© 2024": RoleCopyright, "School bus routes": RoleChrome, "Council to vote": RoleChrome, "wow great": RoleComment}},
	{"label-list.txt", "Ferry fares to rise in autumn\n\nFerry fares on all routes will rise by 6% from October, the operator said on Monday, citing fuel and staff costs.\n\nThe operator said season tickets would rise by less, and that fares for children would stay the same.\n\nComments are disabled for this story.\n\nMost popular: Harbour dredging to start next month | Library extends opening hours | Storm topples stadium lights | Museum returns stolen painting\n\nPrivacy Policy | Terms of Use | Contact Us\n",
		map[string]Role{"Ferry fares on all": RoleBody, "Comments are disabled": RoleChrome, "Most popular:": RoleChrome, "Privacy Policy": RoleChrome}},
	{"resumes.txt", "Court hears appeal in land case\n\nAn appeals court heard arguments on Monday in a long-running dispute over farmland on the edge of the town, lawyers said.\n\nShare this story\n\nThe farmer's lawyer told the court that the original ruling had ignored a 1962 boundary survey that favoured his client.\n\nAdvertisement\n\nThe judges reserved their decision.\n\nA ruling is expected next month.\n",
		map[string]Role{"Share this story": RoleChrome, "The farmer's lawyer": RoleBody, "Advertisement": RoleChrome, "The judges reserved": RoleBody, "A ruling is expected": RoleBody}},
	{"transcript.txt", "Evening Report — Transcript\n\nANCHOR: The council votes on the budget tomorrow. Our reporter Priya Shah has been following the debate all week at city hall.\n\nPRIYA SHAH: Thank you. The vote is expected to be close, and two members said today they have still not made up their minds.\n\nANCHOR: Priya Shah, thanks for joining us.\n\nTranscripts are prepared quickly and may contain errors. Copyright 2024 Example Public Radio.\n",
		map[string]Role{"PRIYA SHAH: Thank you.": RoleBody, "thanks for joining us": RoleChrome, "Transcripts are prepared": RoleCopyright}},
	{"liveblog-authors.txt", "Live: Storm updates\n\nBy Staff\n\n10:02 · Jane Roe\n\nPower has been restored to about 4,000 homes in the north of the county, the utility said in its latest update.\n\n09:40 · Sam Lee\n\nSchools in three districts will open two hours late on Tuesday, officials announced this morning.\n",
		map[string]Role{"Power has been restored": RoleBody, "Schools in three": RoleBody}},
	{"said-colon.txt", "Minister resigns over expenses\n\nThe transport minister resigned on Friday after an inquiry found she had claimed expenses for a second home she did not use.\n\nIn a letter to the prime minister, she apologised and said she would repay the money in full.\n\nOkafor said:\n\n“I have let down the people who trusted me, and I am sorry for it.”\n\nThe prime minister thanked her for her service and named a successor within hours.\n",
		map[string]Role{"Okafor said": RoleBody, "I have let down": RoleBody, "The prime minister thanked": RoleBody}},
	{"quoted-thanks.txt", "Volunteers clear beach after storm\n\nMore than 200 volunteers cleared debris from the main beach on Sunday after a storm washed tonnes of seaweed and litter ashore.\n\n“Thank you,” the mayor told them.\n\nThe beach will reopen to swimmers on Tuesday once the water has been tested.\n",
		map[string]Role{"Thank you,” the mayor": RoleBody, "The beach will reopen": RoleBody}},
	{"newsletter.md", "# Weekly council briefing\n\n*Sign up to get this briefing in your inbox every Friday.*\n\nThe council approved a new cycle lane on the ring road this week, and delayed a vote on parking charges until March.\n\nThe planning committee also rejected a proposal for a drive-through restaurant near the primary school.\n\n---\n\n*This newsletter is reader-funded. [Donate](https://example.org/d) · [Unsubscribe](https://example.org/u)*\n",
		map[string]Role{"Sign up to get": RoleChrome, "The council approved": RoleBody, "reader-funded": RoleChrome}},
}

// commentsPage is an HTML article with share bar, reader comments, related
// links and footer inside the page.
const commentsPage = `<!DOCTYPE html><html><head><title>Dam repairs finished early | Valley Post</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<h1>Dam repairs finished early</h1>
<p class="author">By Lee Marsh</p>
<p>Repairs to the spillway of the county dam were finished two weeks ahead of schedule, the water authority said on Tuesday, and the reservoir will be refilled over the summer.</p>
<p>The work, which began in January, replaced concrete panels that had cracked during last winter's floods and cost about 3 million, the authority said.</p>
<p>Engineers will inspect the spillway again in the autumn before the rainy season begins, a spokesperson said in a statement.</p>
<p>Share this · Print · Email</p>
<section>
<h2>3 Comments</h2>
<div><p><b>riverrat_22</b> · 10:02 PM</p><p>Great job by the crews, honestly. Didn't think they'd make it.</p></div>
<div><p><b>HelenK</b> · 11:15 PM</p><p>The authority said the same thing last time and the panels cracked again within two years of the repair.</p></div>
</section>
<div><h3>More from the Valley Post</h3><ul><li><a href="/a">School bus routes change from Monday</a></li><li><a href="/b">Council to vote on parking fees</a></li></ul></div>
</article></main>
<footer><p>© 2024 Valley Post Media. All rights reserved.</p><p><a href="/p">Privacy Policy</a> | <a href="/t">Terms of Use</a></p></footer>
</body></html>`

func TestCommentRolesHTML(t *testing.T) {
	s := parseString(t, "dam.html", commentsPage)
	checkOffsets(t, s)
	for sub, want := range map[string]Role{"Engineers will inspect": RoleBody, "Share this": RoleChrome, "3 Comments": RoleChrome,
		"riverrat_22": RoleComment, "Great job": RoleComment, "HelenK": RoleComment, "The authority said the same": RoleComment} {
		if p := paraWith(t, s, sub); p.Role != want {
			t.Errorf("%q: role %s, want %s", sub, p.Role, want)
		}
	}
	for _, bad := range []string{"Home", "More from", "Council to vote", "Privacy Policy", "All rights reserved"} {
		if strings.Contains(s.Text, bad) {
			t.Errorf("html text keeps page furniture %q", bad)
		}
	}
}

func TestCommentRoles(t *testing.T) { checkRoleCases(t, commentCases) }

func TestHandleLike(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"jetwash77", true}, {"k8_dawson", true}, {"FlyerMom", true}, {"rivermonk", true}, {"grace.h", true},
		{"@harbor_kid", true}, {"Okafor", false}, {"Maria", false}, {"the", false}, {"10:02", false}, {"2024", false},
		{"Reply", false}, {"ab", false}, {"two words", false}, {"U.S.", false},
	} {
		if got := handleLike(tt.w); got != tt.want {
			t.Errorf("handleLike(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestPosterLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Reply #4", true},
		{"#12", true},
		{"Post #2 · k8_dawson · Mar 3, 2024", true},
		{"northstand_ultra · 2 hours ago", true},
		{"harbor_kid | 10:15 PM", true},
		{"marco_b said:", true},
		{"Posted by: quaywatch · yesterday", true},
		{"10:02 · Jane Roe", false},
		{"Jane Roe · 3 May 2024", false},
		{"Okafor said:", false},
		{"TikTok said:", false},
		{"eBay wrote:", false},
		{"JuneBug88 wrote:", true},
		{"Share · Print", false},
		{"4:52 p.m. — Court is adjourned for the day.", false},
		{"Prices | Markets | Economy", false},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := posterLine(p); got != tt.want {
			t.Errorf("posterLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestChromeLines(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool // chrome by its own shape
	}{
		{"Share · Comment (48)", true},
		{"Like · Quote · Report", true},
		{"Share on Facebook | Share on X | Email", true},
		{"Share: Facebook | X | WhatsApp | Copy link", true},
		{"Follow us: Instagram | YouTube", true},
		{"Home | News | Sport | Weather | Sign in", true},
		{"Note: Prices | Markets | Economy", false},
		{"Sign up to the Example Ledger's Deals newsletter", true},
		{"Sign up to vote closed on Friday, the council said, with 4,000 names on the roll.", false},
		{"Comments (12)", true},
		{"View all 31 comments", true},
		{"*Filed under: courts, county*", true},
		{"Comments are closed for this article.", true},
		{"More from the Tribune: Bus route to be extended | Parking changes coming downtown | Pool reopens", true},
		{"GUEST: Thanks so much for having me.", false}, // "having" is not sign-off vocabulary
		{"HOST: Thanks, Maria. Goodbye.", true},
		{"Prices | Markets | Economy", false},
		{"Reply · 4", true},
		{"Sort by newest", true},
		{"2024 | 2025", false},
		{"Comments from residents were mixed, the council said.", false},
		{"Share prices fell 4% on Monday after the company warned on profits.", false},
		{"Also on Tuesday, the council approved the budget.", false},
		{"Latest: Police have confirmed two arrests.", false},
		{"The forum said comments are closed on the post after abuse.", false},
		{"Tags: courts, county", true},
		{"Sponsored: Protect your home this winter", true},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := localRole(p) == RoleChrome; got != tt.want {
			t.Errorf("%q: chrome %v, want %v (role %q)", tt.line, got, tt.want, localRole(p))
		}
	}
}

func TestCommentCountRe(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"12 comments", true}, {"comments (12)", true}, {"comment (1)", true}, {"show all 40 comments", true},
		{"replies: 3", true}, {"2 thoughts on “pool to reopen”", true}, {"one response to \"bridge closed\"", true},
		{"comments", false}, {"12 comments were received by the council", false}, {"the comments (12) were", false},
	} {
		if got := commentCountRe.MatchString(tt.line); got != tt.want {
			t.Errorf("commentCountRe(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestTrailingCopyright: a closing notice after a disclaimer is a copyright
// line; a sentence that merely mentions copyright is not.
func TestTrailingCopyright(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Transcripts may contain errors. Copyright 2024 Example Public Radio.", true},
		{"Reprinted with permission. © 2023 Example Syndicate", true},
		{"The band sued over copyright in 2019, the court heard.", false},
		{"Copyright 2024 Example Radio.", false}, // a whole copyright line is isCopyright's
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := trailingCopyright(p); got != tt.want {
			t.Errorf("trailingCopyright(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	if !strings.Contains(outletFromCopyright("Transcripts may contain errors. Copyright 2024 Example Public Radio."), "Example Public Radio") {
		t.Errorf("outlet not read from a trailing copyright notice")
	}
}
