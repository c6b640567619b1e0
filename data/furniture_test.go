package data

import "testing"

// furnitureCases are pages whose navigation menus, share bars, reader
// comments under a comment count and live-blog greetings must not read as
// title, heading or body, and pages of similar shape whose lines must keep
// their roles. All texts are invented.
var furnitureCases = []roleCase{
	// A site menu between the site name and the headline is not the title.
	{"nav-menu.txt", "Example Daily\nHome | News | Sport | Weather | Watch Live | Sign in\n\nCoastal\n\n" +
		"Ferry operator cuts winter crossings as fuel costs rise\n\nExample Daily · Monday 4 March 2024 · 09:10\n\n" +
		"The island ferry operator will cut the number of daily crossings from eight to five between November and March, it said on Monday.\n\n" +
		"The company blamed falling passenger numbers and higher fuel costs, and said summer sailings would not change.\n",
		map[string]Role{"Home | News": RoleChrome, "Ferry operator cuts": RoleTitle, "The island ferry": RoleBody, "The company blamed": RoleBody}},
	// A breadcrumb trail of menu entries is furniture too.
	{"breadcrumb.txt", "Example 9 News\nHome › News › Weather\n\nStorm closes coast road; council opens two shelters\n\nUpdated Monday 9:14 AM\n\n" +
		"A storm closed the coast road on Monday morning, and the council opened two shelters for residents of the lower town, officials said.\n",
		map[string]Role{"Home › News": RoleChrome, "Storm closes": RoleTitle, "A storm closed": RoleBody}},
	// A site name, a menu, a sign-in bar and a short section label stand
	// above the headline.
	{"label-above.txt", "The Example Gazette\nHome | News | Sports | Opinion | e-Edition\nSubscribe | Sign in\n\nLOCAL NEWS\n\n" +
		"‘We will rebuild’: harbour master on the storm damage and what comes next for the fishing fleet\n" +
		"By Jo Park, Staff Writer\n\n" +
		"The harbour master said on Thursday that repairs to the storm-damaged breakwater would start next month and take most of the summer.\n",
		map[string]Role{"Home | News": RoleChrome, "LOCAL NEWS": RoleChrome, "We will rebuild": RoleTitle, "The harbour master": RoleBody}},
	// A topic list of three entries without a menu word, and a forum trail
	// ending in a thread title, keep their roles.
	{"not-menu.txt", "Town Talk › Local news › Water main burst on the high street\n\nPosted by tidewatcher - 9 Jun 2024 - 8:15 am\n\n" +
		"A water main burst under the high street early on Sunday, flooding six shops and closing the road to traffic for most of the day, the water company said.\n",
		map[string]Role{"Town Talk": RoleTitle, "A water main burst": RoleBody}},
	// A share bar with a label, then a comment count, poster lines and
	// replies that read as formally as the article: reader comments.
	{"formal-replies.txt", "Quarry blast rattles homes\n\nBy Ann Lee\n\n" +
		"A blast at the limestone quarry north of the town shook houses up to two miles away on Tuesday afternoon, residents said.\n\n" +
		"The quarry's owner said the charge had been larger than planned and that it had stopped all blasting while engineers checked the site.\n\n" +
		"Share: Facebook | X | WhatsApp | Copy link\n\n" +
		"Related: Quarry expansion plan goes to council\n\n" +
		"Comments (3)\n\n" +
		"stonewall_88 · 2 hours ago\n" +
		"My brother works there, it was two charges and not one. The owner is covering it up.\n" +
		"Reply\n\n" +
		"millpond · 3 hours ago\n" +
		"The council will hold an inquiry in 2031 and nobody will be held responsible for it.\n" +
		"Reply\n\n" +
		"© 2024 Example Valley News\n",
		map[string]Role{"The quarry's owner": RoleBody, "Share: Facebook": RoleChrome, "Comments (3)": RoleChrome,
			"stonewall_88": RoleComment, "My brother works": RoleComment, "millpond": RoleComment, "The council will hold": RoleComment,
			"© 2024": RoleCopyright}},
	// A comment count followed by prose, with no poster line, stays body.
	{"count-then-prose.txt", "Harbour dredging to start next month\n\nBy Pat Quinn\n\n" +
		"Dredging of the inner harbour will begin next month to let larger cargo ships dock, the port authority said on Wednesday.\n\n" +
		"The authority said the work would take four months and close two berths at a time while the channel is deepened.\n\n" +
		"Comments (12)\n\n" +
		"Fishing crews have been told to use the northern quay while the southern berths are closed for the dredging work.\n\n" +
		"The project is funded by a national infrastructure grant awarded last year after a long campaign by local businesses.\n",
		map[string]Role{"Fishing crews": RoleBody, "The project is funded": RoleBody}},
	// A live blog, newest first: the sign-on, the sign-off and a promise of
	// more are furniture; the reporting beside them stays body.
	{"liveblog-notes.txt", "LIVE: Storm hits the coast\n\nNews desk · Monday 4 March 2024 · Last updated 18:40\n\n" +
		"18:40 — We're closing this live blog for tonight. Thanks for following along. The coastguard will give an update at 8 a.m.\n\n" +
		"17:05 — Power has been restored to about 4,000 homes in the north of the county, the utility says. We'll have more on this story later.\n\n" +
		"12:20 — The coast road is closed in both directions after waves breached the sea wall near the harbour.\n\n" +
		"09:30 — Good morning and welcome to our live coverage of the storm. Gusts of up to 80 mph were recorded overnight at the lighthouse.\n",
		map[string]Role{"We're closing": RoleChrome, "The coastguard will give": RoleBody, "Power has been restored": RoleBody,
			"We'll have more": RoleChrome, "The coast road": RoleBody, "Good morning and welcome": RoleChrome, "Gusts of up to": RoleBody}},
	// A lead picture above the story's text block, whose figure readability
	// drops: its caption is read as a caption (the credit split off), before
	// the story's first paragraph; a teaser picture among related links
	// after the story stays out.
	{"lead-figure.html", "<html><head><title>Westby ferry runs aground</title></head><body><main><article>" +
		"<h1>Westby ferry runs aground in fog</h1><p class=\"byline\">By Hedda Lurk, Chief Reporter</p>" +
		"<div class=\"share\">Share on Facebook · Email</div>" +
		"<figure class=\"hero\"><img src=\"ferry.jpg\" alt=\"The ferry on the sandbank\">" +
		"<figcaption>The Westby ferry rests on a sandbank off Calderway Point on Tuesday morning. <span>Photograph: Colm Vey for the Calderway Gazette</span></figcaption></figure>" +
		"<div class=\"story-body\">" +
		"<p>The Westby ferry ran aground on a sandbank off Calderway Point in thick fog early on Tuesday, and its 212 passengers were taken ashore by lifeboat, the coastguard said.</p>" +
		"<p>Nobody was hurt, the operator said, and the vessel was refloated on the afternoon tide with the help of two tugs from the harbour at Westby.</p>" +
		"<p>The operator cancelled the rest of the day's crossings and said it would inspect the hull in dry dock before the ship sails again, which could take a week.</p>" +
		"<p>The marine accident branch said it had sent two inspectors to Calderway to interview the crew and download the ship's voyage data recorder.</p>" +
		"<p>Passengers said the ship shuddered and stopped shortly after six, and that crew handed out life jackets and blankets while they waited for the lifeboats.</p>" +
		"</div></article>" +
		"<section class=\"more\"><h3>More from Westby</h3><ul><li><figure><img src=\"t.jpg\"><figcaption>Lifeboat crews train off Westby pier in 2019.</figcaption></figure><a href=\"/x\">Lifeboat station gets new boat</a></li></ul></section>" +
		"</main></body></html>",
		map[string]Role{"The Westby ferry rests": RoleCaption, "Photograph: Colm Vey": RoleByline, "The Westby ferry ran aground": RoleBody}},
	// A live page's header, closing note, alert prompt and sign-off are
	// furniture; its entries are body.
	{"liveblog-closing.txt", "Calderway Evening Post\n\nLIVE: Floods close the Westby road as the river bursts its banks\n\n" +
		"Live · Updated 14:20 · Tuesday 9 January 2029\n" +
		"Live coverage by Hedda Lurk and Colm Vey\n" +
		"Refresh this page for the latest updates. Newest entries first.\n\n" +
		"14:20\nWe are closing this live page now. Thanks for staying with us. Our reporters are in Westby and a full report will follow later today.\n\n" +
		"13:05\nThe river burst its banks at Westby shortly after noon, and the county closed the valley road in both directions.\n\n" +
		"Get breaking news alerts from the Calderway Post app.\n\n" +
		"11:40\nThe Environment Agency issued a severe flood warning for the lower town, the first there since 2019.\n\n" +
		"This blog has now ended. Read our full coverage on the news pages.\n",
		map[string]Role{"Live · Updated": RoleDateline, "Live coverage by": RoleByline, "Refresh this page": RoleChrome,
			"We are closing": RoleChrome, "a full report will follow": RoleChrome, "The river burst": RoleBody,
			"Get breaking news": RoleChrome, "The Environment Agency": RoleBody, "This blog has now ended": RoleChrome}},
	// A Markdown footer under a rule: a note that the outlet is free to
	// read beside links to a newsletter and other coverage.
	{"free-to-read.md", "# Westby ferry fares to rise in spring\n\n*By Hedda Lurk*\n\n" +
		"Ferry fares between Westby and Calderway will rise by a tenth from April, the operator said on Tuesday.\n\n" +
		"The operator blamed fuel costs and said season tickets would not change until the autumn.\n\n---\n\n" +
		"*The Calderway Gazette is free to read. [Subscribe to the Harbour Briefing](https://example.com/b) · [More ferry news](https://example.com/f)*\n",
		map[string]Role{"Ferry fares between": RoleBody, "The operator blamed": RoleBody, "is free to read": RoleChrome}},
	// Entries of a dated timeline list are reporting, even short and
	// without a full stop; a list of section names is not.
	{"timeline-list.md", "# How the week unfolded\n\nThe gallery was raided on a Sunday morning and reopened ten days later, after three arrests.\n\n" +
		"- 10 March: police release images of two men\n- 11 March: insurers offer a reward\n- March 14 \u2014 three men arrested in dawn raids\n\n" +
		"More from this section\n\n- Sport\n- Weather\n",
		map[string]Role{"police release images": RoleBody, "insurers offer a reward": RoleBody, "three men arrested": RoleBody, "Weather": RoleChrome}},
	// An editor's note about the article reports no event.
	{"correction.md", "# Court cuts ban\n\nThe court cut the ban to 30 months on Thursday, its ruling said.\n\n" +
		"The agency said it would study the decision before deciding whether to challenge it.\n\n" +
		"*Correction: An earlier version of this article said the court had cut the ban to two years.*\n",
		map[string]Role{"The court cut": RoleBody, "The agency said": RoleBody, "Correction: An earlier": RoleChrome}},
	// … also with a date before the colon; a report that starts with the
	// word is body.
	{"correction-dated.txt", "Court cuts ban\n\nThe court cut the ban to 30 months on Thursday, its ruling said.\n\n" +
		"Corrections officers at the jail said the athlete had been moved on Friday.\n\n" +
		"Correction, 5 November: An earlier version of this article said the court had cut the ban to two years.\n",
		map[string]Role{"The court cut": RoleBody, "Corrections officers": RoleBody, "Correction, 5 November": RoleChrome}},
	// Greetings inside quotes and words that merely start like one are
	// reporting.
	{"greeting-like.txt", "Mayor opens new library\n\n" +
		"The mayor opened the new central library on Saturday, eight months after building work began on the old market site.\n\n" +
		"“Good morning and welcome to your library,” she told the crowd of about 300 people outside the doors.\n\n" +
		"Hi-tech study rooms on the top floor can be booked online, a spokesperson said.\n\n" +
		"Thanks to a grant from the county, the library will stay open until 9 p.m. on weekdays.\n",
		map[string]Role{"Good morning and welcome to your": RoleBody, "Hi-tech study": RoleBody, "Thanks to a grant": RoleBody}},
	// An author's note at the end names the author and the beat; it
	// reports nothing. A reporter named in the story keeps it body.
	{"author-bio.txt", "Harbour dredging to start in May\n\nBy Ina Vale\n\n" +
		"Dredging of the harbour mouth will start in May and last six weeks, the port authority said on Tuesday.\n\n" +
		"The work was delayed last year after a survey found old munitions on the seabed.\n\n" +
		"Fishing crews said they had been waiting for the work since 2019.\n\n" +
		"Ina Vale covers the port and the coast for the Example Ledger. She has reported on three harbour inquiries.\n",
		map[string]Role{"Dredging of the harbour": RoleBody, "Fishing crews": RoleBody, "Ina Vale covers": RoleByline, "She has reported on three": RoleByline}},
	// A caption of a file or stock picture shows no event of the story; a
	// caption of the day's scene stays a caption.
	{"file-image.html", "<html><body><article><h1>Council approves sea wall plan</h1><p>By Jo Park</p>" +
		"<figure><img src=a.jpg><figcaption>Councillors vote on the plan on Monday evening. (Photo / Ann Lee)</figcaption></figure>" +
		"<p>The council approved a plan on Monday to raise the sea wall by a metre along the whole of the promenade.</p>" +
		"<figure><img src=b.jpg><figcaption>Waves break over a sea wall. (File image)</figcaption></figure>" +
		"<p>Work is due to start in the autumn and will cost about $4 million, the council said.</p></article></body></html>",
		map[string]Role{"Councillors vote": RoleCaption, "Waves break over": RoleChrome, "The council approved": RoleBody}},
	// A live blog's housekeeping line, an emphasised byline and a sign-off
	// behind a bold time stamp report nothing.
	{"liveblog-housekeeping.md", "# Count night: as it happened\n\n*By Jo Park and Ann Lee · Example Gazette · Friday 5 May 2028*\n\n" +
		"Our reporters are at the count. Entries are in the order they were posted; all times are local.\n\n" +
		"**23:10** — The first ballot boxes arrive at the hall by van.\n\n" +
		"**02:40** — The returning officer reads out the result for the north ward.\n\n" +
		"**03:05** — That's all from the count tonight. Thanks for following along.\n",
		map[string]Role{"Jo Park and Ann Lee": RoleByline, "Our reporters are": RoleBody, "Entries are in the order": RoleChrome,
			"The first ballot boxes": RoleBody, "That's all from the count": RoleChrome}},
	// Pitches for a newsletter, an event or a programme, a bulletin's
	// travel line and an emphasised author's note report nothing.
	{"pitches.md", "# Ferry fleet gets two new boats\n\n*By Jo Park*\n\n" +
		"The ferry company took delivery of two new boats on Monday, it said, and they will enter service in June.\n\n" +
		"Sign up to The Example Daily, our free morning newsletter, and never miss a story.\n\n" +
		"The boats cost $40 million and each carries 300 passengers, the company said.\n\n" +
		"Get the Example's weekly round-up in your inbox every Friday – sign up here\n\n" +
		"Register now for the Harbour Expo 2028, Eastport, 3–5 May.\n\n" +
		"Hear the full interview on Example Radio Breakfast, weekdays from 6 a.m.\n\n" +
		"Travel: Delays on the coast road after a lorry breakdown.\n\n" +
		"Get the Example transport briefing every Monday.\n\n" +
		"Get the ferry back to the island every hour, the company told commuters on its website on Monday.\n\n" +
		"*Jo Park writes about transport for the Example Daily.*\n",
		map[string]Role{"The ferry company took": RoleBody, "The boats cost": RoleBody, "Sign up to The Example": RoleChrome,
			"weekly round-up": RoleChrome, "Register now": RoleChrome, "Hear the full interview": RoleChrome,
			"Travel: Delays": RoleChrome, "Jo Park writes": RoleByline, "Get the Example transport briefing": RoleChrome,
			"Get the ferry back": RoleBody}},
	// An appeal for money runs longer than other furniture; a sentence of
	// the story about such an appeal keeps its role.
	{"support-pitch.md", "# Storm closes coast road\n\n" +
		"A storm closed the coast road on Monday morning, and the council opened two shelters, officials said.\n\n" +
		"*Support local journalism: become a member from 5 pounds a month and keep our reporting on the valley free for everyone.*\n\n" +
		"The council said the road would reopen once engineers had checked the sea wall.\n",
		map[string]Role{"A storm closed": RoleBody, "Support local journalism": RoleChrome, "The council said": RoleBody}},
	// A scraped page with front matter: a quoted note to subscribers and a
	// "Related reading:" bar of links are furniture; a report about a
	// company's subscribers, and a quotation, are body.
	{"subscriber-note.md", "---\npublisher: Calderway Trade Review\ntitle: Westby cable firm to refund customers after outage\n" +
		"date: 2027-02-03\nauthor: Hedda Lurk\n---\n\n" +
		"# Westby cable firm to refund customers after outage\n\n**By Hedda Lurk, trade correspondent**\n\n" +
		"The Westby cable company will refund customers for two days of lost service after a flood cut its main exchange, it said on Tuesday.\n\n" +
		"Subscribers can claim the refund online or by phone until the end of March, the company said.\n\n" +
		"\"Subscribers can rely on our engineers,\" the chief executive said at a briefing in Calderway.\n\n" +
		"> Subscribers can read our full guide to switching providers in the Reports section.\n\n" +
		"The regulator said it would review the company's flood defences before the winter.\n\n" +
		"Related reading: How cable exchanges are kept dry · What an outage refund covers\n\n" +
		"Topics: cable, outages, refunds\n",
		map[string]Role{"The Westby cable company": RoleBody, "Subscribers can claim": RoleBody, "Subscribers can rely": RoleBody,
			"Subscribers can read our full guide": RoleChrome, "The regulator said": RoleBody, "Related reading:": RoleChrome}},
	// A Markdown image line is no heading: its alt text describes the
	// picture, as the caption under it does. A heading stays a heading.
	{"image-line.md", "# Westby bridge reopens after repairs\n\n" +
		"The Westby footbridge reopened to walkers on Saturday after six weeks of repairs to its timber deck, the council said.\n\n" +
		"![Walkers cross the repaired footbridge over the river at Westby](https://example.com/img/bridge.jpg)\n\n" +
		"*Walkers cross the footbridge on Saturday morning. Photo: Hedda Lurk / Calderway Courier*\n\n" +
		"## Cost of the work\n\n" +
		"[![Map of the diversion route used during the repairs](/img/map.png \"Diversion\")](/maps/westby)\n\n" +
		"The repairs cost about 90,000 pounds and were paid for from the council's maintenance budget.\n",
		map[string]Role{"Walkers cross the repaired": RoleCaption, "Walkers cross the footbridge": RoleCaption,
			"Cost of the work": RoleHeading, "Map of the diversion": RoleCaption, "The repairs cost": RoleBody}},
	// A live page's last entry: a sign-off, thanks and a promise to come
	// back are all furniture, the entry before it is reporting.
	{"liveblog-back.md", "# Live: Westby count goes to a recount\n\n" +
		"**23:40** We're pausing our live coverage here. Thank you for following tonight. We'll be back from 8am when the recount starts.\n\n" +
		"**23:05** The returning officer has ordered a full recount of the Westby ward after the two leading candidates finished four votes apart.\n",
		map[string]Role{"We'll be back from 8am": RoleChrome, "We're pausing": RoleChrome, "The returning officer": RoleBody}},
	// A kicker of section labels and a read time under the headline is
	// furniture, not the subtitle; the standfirst under it is.
	{"kicker-read-time.md", "# Why the Westby ferry keeps running aground\n\n" +
		"*Analysis · Harbours · 6 min read*\n\n" +
		"A silting channel, an old chart and a tight timetable\n\n" +
		"**By Hedda Lurk, transport editor**\n\n" +
		"The Westby ferry has run aground three times in two years, each time on the same sandbank off Calderway Point.\n",
		map[string]Role{"Analysis · Harbours": RoleChrome, "A silting channel": RoleSubtitle, "By Hedda Lurk": RoleByline,
			"The Westby ferry has run": RoleBody}},
	// An appeal for readers' pictures under a rule at the end is the
	// outlet's furniture, not a reader comment; a quoted police appeal in
	// the story is reporting.
	{"reader-appeal.md", "# Westby sea wall breached in storm\n\n" +
		"The sea wall at Westby was breached overnight and about 40 homes were flooded, the council said on Sunday.\n\n" +
		"\"Send us your videos of the wall before it failed,\" Inspector Hedda Lurk said, asking residents to help the inquiry.\n\n" +
		"---\n\n" +
		"Caught in the flooding? Stay away from the water and send us your pictures at news@calderway.example\n\n" +
		"Related: How the Westby sea wall was built\n",
		map[string]Role{"The sea wall at Westby": RoleBody, "Send us your videos": RoleBody, "Caught in the flooding": RoleChrome}},
	// An emphasised Markdown caption whose credit names a station with a
	// number in its name: the credit is split off, the caption stays one.
	{"caption-credit-number.md", "# Westby pier reopens after storm repairs\n\n" +
		"The Westby pier reopened on Saturday after eight weeks of repairs to its storm-damaged deck, the council said.\n\n" +
		"![The pier at Westby](https://example.com/img/pier.jpg)\n\n" +
		"*Walkers on the repaired pier at Westby on Saturday morning. Photo: Westby 96 / Hedda Lurk*\n\n" +
		"The repairs cost about 200,000 pounds, the council said.\n",
		map[string]Role{"Walkers on the repaired pier": RoleCaption, "Photo: Westby 96": RoleByline, "The repairs cost": RoleBody}},
	// A live page's closing appeal for readers' stories, asked as a
	// question, under a rule line: furniture, not a heading.
	{"story-appeal.md", "# LIVE: Easton bridge closed after lorry strike\n\n" +
		"**09:10** The Easton bridge will stay closed until engineers have checked it, the council said.\n\n" +
		"**08:20** A lorry hit the bridge shortly before 8am, police said.\n\n" +
		"---\n\nGot a story? Email newsroom@easton-live.example\n\n" +
		"Related: How the Easton bridge was built\n",
		map[string]Role{"The Easton bridge will stay": RoleBody, "Got a story": RoleChrome, "Related: How": RoleChrome}},
}

func TestFurnitureRoles(t *testing.T) { checkRoleCases(t, furnitureCases) }

// TestPaywallNotes: notes of the outlet to its subscribers, paywall
// prompts and labels over related links are furniture by their own shape;
// reports about a company's subscribers and a copyright line that mentions
// subscribers are not.
func TestPaywallNotes(t *testing.T) {
	for _, tt := range []struct {
		line string
		want Role
	}{
		{"> Subscribers can download our annual survey of ferry fares from the Reports page.", RoleChrome},
		{"Premium subscribers can listen to our podcast a day early.", RoleChrome},
		{"Our subscribers get early access to the Westby guide.", RoleChrome},
		// the outlet's or its product's name before "subscribers"
		{"> Courier Plus subscribers can download our ferry timetable database, 2001-2030.", RoleChrome},
		{"Westby Courier digital subscribers get our weekly harbour briefing a day early.", RoleChrome},
		{"The Calderway Review subscribers can read our full guide in the app.", RoleChrome},
		{"Many subscribers can no longer reach our Westby office by phone.", ""},
		// a product of the outlet, named with "&" or a tier word ("Plus",
		// "Pro"), needs no "our"; a company's product tier in a report does
		{"> Hale & Vey Pro subscribers can download the full Westby tariff tables from the Data Room.", RoleChrome},
		{"Easton Courier Plus subscribers can read the full Westby ruling in the Documents section.", RoleChrome},
		{"> Hale & Vey subscribers can download our Westby tariff tables from the Data Room.", RoleChrome},
		{"Westby Water Plus subscribers can claim a refund, the company said.", ""},
		{"Easton Broadband Pro subscribers can download films at twice the speed, according to the regulator.", ""},
		{"Hale & Vey subscribers can download the Westby tariff tables from Friday.", ""},
		// members of the outlet's scheme, like its subscribers
		{"> Members can download our 2027 harbour safety checklist from the Resources page.", RoleChrome},
		{"Premium members get our Westby briefing a day early.", RoleChrome},
		{"Courier Club members can read our full guide in the app.", RoleChrome},
		{"Members can vote on the Westby merger until Friday, the club said.", ""},
		{"Many members can no longer reach our Easton office by phone.", ""},
		{"\"Members can rely on our support,\" Hedda Lurk told the meeting.", ""},
		{"Westby Water subscribers can claim a refund, the company said.", ""},
		{"Already a subscriber? Log in to keep reading.", RoleChrome},
		{"Subscribe to continue reading this article.", RoleChrome},
		{"Related reading: Why the Calderway line keeps flooding · Five years of delays", RoleChrome},
		{"Further reading: What the new fares mean for commuters", RoleChrome},
		{"Further reading", RoleChrome},
		{"Related coverage: Westby harbour dredging to start in May", RoleChrome},
		{"Related coverage", RoleChrome},
		{"Related coverage of the Westby trial was banned by the judge until the verdict.", ""},
		{"Subscribers can claim a refund for the two lost days, the company said on Monday.", ""},
		{"Subscribers lost access for six hours, and our reporter in Westby saw queues at the shop.", ""},
		{"\"Subscribers can trust our network,\" Hedda Lurk told the hearing.", ""},
		{"Further reading of the documents showed the council had been warned in 2019.", ""},
		{"© 2026 Calderway Weekly. All rights reserved. Subscriber-only content.", RoleCopyright},
		// prompts to take the outlet's alerts, pointers to its coverage and
		// notes that it is free to read; a live page's byline
		{"Get breaking news alerts from the Calderway Post app.", RoleChrome},
		{"Turn on notifications to follow the Westby count.", RoleChrome},
		{"Read our full coverage of the Westby floods on the news pages.", RoleChrome},
		{"This blog has now ended. Read our full coverage on the news pages.", RoleChrome},
		{"The Calderway Gazette is free to read.", RoleChrome},
		{"Our journalism is free for everyone because readers like you support it.", RoleChrome},
		{"*The Calderway Gazette is free to read. [Subscribe to the Morning Briefing](https://example.com/b) · [More local news](https://example.com/n)*", RoleChrome},
		{"Live coverage by Hedda Lurk and Colm Vey", RoleByline},
		{"Coverage by state television was cut off at noon, residents said.", ""},
		{"The report is free to read on the agency's website, the ministry said.", ""},
		{"The Westby Flood Review is free to read online, and it found the barrier had failed twice.", ""},
		{"\"The Westby Post is free to read,\" Hedda Lurk said.", ""},
		{"Read our guide to the new fares. The ferry company raised fares by a fifth on Monday, blaming fuel costs and falling passenger numbers.", ""},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := localRole(p); got != tt.want {
			t.Errorf("localRole(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestNavBar: menus and breadcrumbs of short entries are navigation; topic
// lists of three entries without a menu word, names, dateline bars and
// forum trails ending in a thread title are not.
func TestNavBar(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Home | News | Sport | Weather | Watch Live | Regions | Sign in", true},
		{"Home › News › Weather", true},
		{"Home › Travel › Westby (WBY)", true}, // a station code in brackets
		{"World | Business | Science | Podcasts", true},
		{"Food safety | Manufacturing | Retail | Regulation", true},
		{"News · Opinion · Sport", true},
		{"Prices | Markets | Economy", false},
		{"Anna Berg | Jo Park | Sam Lee", false},
		{"Politics | 12 May 2026 | 3 min read", false},
		{"Town Talk › Local news › Water main burst on the high street", false},
		{"Reply · bluefern · 14:41", false},
		{"Home | News", false},
	} {
		if got := navBar(tt.line); got != tt.want {
			t.Errorf("navBar(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestLiveSignOffSplit: the night's last entry of a live page closes with a
// promise of more and a farewell; they are split off as furniture and the
// report before them stays body, with the entry's time stamp.
func TestLiveSignOffSplit(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"live-goodnight.md", "# LIVE: Westby v Easton abandoned after floodlight failure\n\n" +
			"**23:50** Hedda Lurk is stable in hospital, the club says. We'll bring you more tomorrow. Goodnight.\n\n" +
			"**21:15** The floodlights at Westby Park have gone out with Easton leading 2-1.\n",
			map[string]Role{"**23:50** Hedda Lurk is stable": RoleBody, "We'll bring you more": RoleChrome,
				"The floodlights at Westby": RoleBody}},
		// an offer of a recap opens an entry; the recap itself is the report
		{"live-recap.md", "# LIVE: Westby v Easton abandoned after floodlight failure\n\n" +
			"**22:05** A quick recap for anyone just joining us. The floodlights failed in the 70th minute and the referee took the players off, Colm Vey says.\n\n" +
			"**21:15** The floodlights at Westby Park have gone out with Easton leading 2-1.\n",
			map[string]Role{"A quick recap": RoleChrome, "The floodlights failed": RoleBody, "The floodlights at Westby": RoleBody}},
		{"live-end-here.md", "# LIVE: Westby v Easton abandoned after floodlight failure\n\n" +
			"**22:40** Easton have been fined by the league, Colm Vey says. That's where we'll end our live coverage for today. Thanks for following along.\n\n" +
			"**21:15** The floodlights at Westby Park have gone out with Easton leading 2-1.\n",
			map[string]Role{"**22:40** Easton have been fined": RoleBody, "That's where we'll end": RoleChrome,
				"The floodlights at Westby": RoleBody}},
	})
	s := parseString(t, "live-goodnight.md", "# LIVE: Westby v Easton\n\n"+
		"**23:50** Hedda Lurk is stable in hospital, the club says. We'll bring you more tomorrow. Goodnight.\n")
	if p := paraWith(t, s, "Hedda Lurk is stable"); s.Text[p.Start:p.End] != "**23:50** Hedda Lurk is stable in hospital, the club says." {
		t.Errorf("body part %q, want the report alone", s.Text[p.Start:p.End])
	}
}

// TestLiveSignOffPointer: a live page's last entry that signs off and points
// to the outlet's next edition is all furniture; an entry that reports and
// then points there keeps its report as body.
func TestLiveSignOffPointer(t *testing.T) {
	s := parseString(t, "live.md", "# Easton trial LIVE: verdict day\n\n"+
		"**23:05** That is where we will leave it for tonight. Full reaction to the Easton verdict, and the rest of a long day in court, in tomorrow's Westby Courier and online from 6am.\n\n"+
		"**22:50** The jury found Colm Vey guilty on all four counts after nine hours of deliberation. Full report and reaction in tomorrow's paper.\n\n"+
		"**21:30** Hedda Lurk, for the defence, said her client would appeal against the verdict in the Westby court.\n")
	for _, tt := range []struct {
		sub  string
		want Role
	}{
		{"That is where we will leave it", RoleChrome},
		{"Full reaction to the Easton verdict", RoleChrome},
		{"The jury found Colm Vey guilty", RoleBody},
		{"Full report and reaction", RoleChrome},
		{"Hedda Lurk, for the defence", RoleBody},
	} {
		if p := paraWith(t, s, tt.sub); p.Role != tt.want {
			t.Errorf("%q: role %q, want %q", tt.sub, p.Role, tt.want)
		}
	}
}

// TestLiveNote: a live blog's greetings, sign-offs and promises of more
// report nothing; quoted greetings and look-alikes are reporting.
func TestLiveNote(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"16:30 — Good afternoon and welcome to our live coverage from the port.", true},
		{"9:30 a.m. — Good morning from Courtroom 2.", true},
		{"Good morning.", true},
		{"Welcome to our live updates on the election count.", true},
		{"This live blog has now ended.", true},
		{"We're pausing our live coverage for now.", true},
		{"Thanks for following along.", true},
		{"That's all from us for today.", true},
		{"We'll have more on this story on our main news pages through the day.", true},
		{"Example 9 will have more on this story tonight at 6.", true},
		{"HOST: Good evening.", true},
		{"“Good morning,” the mayor said.", false},
		{"Good morning television hosts criticised the plan.", false},
		{"Hi-tech firms moved into the old mill in 2019.", false},
		{"Hello Kitty maker Sanrio said profits rose.", false},
		{"That's all of them! The last man is out.", false},
		{"Thanks to a grant from the county, the library will stay open.", false},
		{"Welcome to the new normal, residents said, as the levee failed again on Tuesday.", false},
		{"Power has been restored to 4,000 homes.", false},
		{"Entries are in the order they were posted; all times are local.", true},
		{"**20:10** — That's all from the hall tonight.", true},
		{"That's all from the minister, who left without taking questions.", false},
		{"We are closing this live page now.", true},
		{"14:05 — We're pausing this live feed for the night.", true},
		{"This blog has now ended.", true},
		{"This page is no longer being updated.", true},
		{"Our reporters are in Westby and a full report will follow later today.", true},
		{"A full report will follow.", true},
		{"Our full report will be on the website tonight.", true},
		{"Investigators will publish initial findings in 30 days, and a full report will follow within a year.", false},
		{"The agency said its full report will be published in the spring.", false},
		{"The council is closing the live music venue on Friday.", false},
		// a promise to come back to the page, and a sign-off written out
		{"We'll be back from 7am if the count resumes.", true},
		{"We will be back tomorrow morning with the latest from the quay.", true},
		{"**22:15** That is where we will leave our coverage for tonight.", true},
		{"\"We'll be back next season,\" the club's captain said.", false},
		{"Fans said they would be back next season.", false},
		// a farewell closing the night's last entry
		{"Goodnight.", true},
		{"Good night from all of us at the Westby desk.", true},
		{"**23:58** Goodnight, everyone.", true},
		{"Good night for Easton, who won 3-0 at Westby Park.", false},
		{"\"Goodnight,\" Hedda Lurk told the crowd as she left the stage.", false},
		// a sign-off that says where the coverage ends
		{"That's where we'll end our live coverage for today.", true},
		{"That is where we will end our coverage tonight.", true},
		{"We're going to end our live updates here.", true},
		{"That's where we'll end the tour, Hedda Lurk told the Westby visitors.", false},
		{"The council will end our live music licence, the Easton venue said.", false},
		// a pointer to the outlet's later coverage (next edition, website)
		{"Full reaction to the Easton verdict, and the rest of a long day in court, in tomorrow's Westby Courier and online from 6am.", true},
		{"**22:40** Full report and reaction in tomorrow's paper.", true},
		{"More reaction to the Westby result on our website through the night.", true},
		{"Our full analysis of the budget will be in tomorrow's Courier.", true},
		{"Full reaction came from Hedda Lurk's office within minutes.", false},
		{"More reaction to the ruling will be published online from Monday, the court said.", false},
		{"Full coverage of the Easton inquiry was banned by the judge until tomorrow's verdict.", false},
		{"\"Full reaction in tomorrow's paper,\" Colm Vey joked to reporters.", false},
		// an offer of a recap to readers who have just arrived
		{"A quick recap for anyone just joining us.", true},
		{"**14:05** A brief summary for those just tuning in.", true},
		{"If you're just joining us, here's what we know so far.", true},
		{"Here's where things stand for anyone joining us late.", true},
		{"A quick recap: the Westby bridge closed at 9am and Colm Vey was arrested.", false},
		{"For anyone just joining us, police have closed the Westby bridge and arrested 2 men.", false},
		{"For those just joining us: the Easton mill is on fire.", false},
		{"Joining us now is Hedda Lurk, the Westby council leader.", false},
		{"Colm Vey said the union would recap its demands when talks resume.", false},
	} {
		if got := liveNote(tt.s); got != tt.want {
			t.Errorf("liveNote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestReaderAppeal: an outlet's appeal for its readers' pictures, messages
// or stories is furniture, whatever list of things it asks for, also with a
// contact address after a colon (which must not make it a photo caption);
// quoted or reported appeals and sentences that only mention such things
// are not.
func TestReaderAppeal(t *testing.T) {
	for _, tt := range []struct {
		line string
		want Role
	}{
		{"Send us your messages and pictures: live@westby-news.example", RoleChrome},
		{"Send us your photos, videos or stories at news@calderway.example", RoleChrome},
		{"Were you at the Easton game? Email us your pictures and memories.", RoleChrome},
		{"Share your messages for Hedda Lurk with us using the form below.", ""},
		{"Share your photos and stories with us at tips@westby.example", RoleChrome},
		{"Caught in the flooding? Stay away from the water and send us your pictures at news@calderway.example", RoleChrome},
		{"\"Send us your pictures of the crash,\" Inspector Colm Vey said.", ""},
		{"Police asked witnesses to send their footage of the Easton crash to detectives.", ""},
		{"Hedda Lurk said fans had sent messages and pictures to the Westby club all week.", ""},
		{"Pictures: Colm Vey / Westby Courier", RoleCaption},
		// a question about what the reader has, then how to send it
		{"Got a story? Email newsroom@westby-news.example", RoleChrome},
		{"Have you got pictures or video of the Easton fire? Contact our newsdesk on 01234 567890.", RoleChrome},
		{"Do you have a news tip? Get in touch with the Westby Courier team.", RoleChrome},
		{"Got a story? Hedda Lurk was given one by her neighbour on Tuesday.", ""},
		{"Have the Westby pictures been seen? Call it a mystery, said Colm Vey.", ""},
		// one question asked for, as well as several; an attributed line
		// relays someone else's helpline
		{"Got a question for our Easton court team? Email courts@westby-news.example", RoleChrome},
		{"Have a question about the Westby fare changes? Send it to fares@westby-courier.example", RoleChrome},
		{"Got a question? Hedda Lurk put one to the Easton mayor at the meeting.", ""},
		{"Have a question about your bill? Call Westby Water on 0800 555 0100, the company said.", ""},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := localRole(p); got != tt.want {
			t.Errorf("localRole(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestLivePageBar: a live page's bar of share links and tabs under the
// headline is furniture, not the subtitle, with or without the "Refresh"
// control; a tab name on a line of its own over a list of the main points
// stays a heading, and a bar of tabs alone or of words that are no
// furniture is no share bar.
func TestLivePageBar(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Share this page · Key moments · Refresh this page", true},
		{"Share this live blog · Key events · Refresh", true},
		{"*Share · Key updates · Summary*", true},
		{"Key events · Summary", false},
		{"Key events · Westby · Easton", false},
		{"Hedda Lurk · Colm Vey · Key events", false},
	} {
		if got := chromeBar(tt.line); got != tt.want {
			t.Errorf("chromeBar(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	checkRoleCases(t, []roleCase{
		{"live-bar.md", "# LIVE: Westby v Easton abandoned after floodlight failure\n\n" +
			"*Live coverage has ended · Last updated 22:40*\n\n" +
			"Share this page · Key moments · Refresh this page\n\n" +
			"**Key events**\n\n" +
			"- Floodlights fail at Westby Park in the 70th minute\n- Referee Colm Vey abandons the match\n\n" +
			"**22:40** The league says the match will be replayed in full at a later date.\n\n" +
			"**21:15** The floodlights at Westby Park have gone out with Easton leading 2-1.\n",
			map[string]Role{"Share this page": RoleChrome, "Key events": RoleHeading, "The league says": RoleBody,
				"The floodlights at Westby": RoleBody}},
	})
}

// TestAppPrompts: an outlet's prompt to follow it on the reader's phone or
// on its app, or to take its alerts, is furniture, also when the prompt
// names the outlet and after the rule that ends a live page (where an
// informal "your" would otherwise make it a reader comment); a report of
// an app, a quoted or attributed instruction, and prose that only mentions
// a phone stay as they are.
func TestAppPrompts(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool // chrome by its own shape
	}{
		{"Follow the Westby Courier on your phone: download our app for breaking news alerts.", true},
		{"Follow Easton Radio on the app for alerts on this story.", true},
		{"Follow Westby Sound on your mobile for the latest updates.", true},
		{"Install our app to get push notifications on this story.", true},
		{"Enable news alerts for Westby Today", true},
		{"Follow the road signs to the Easton car park, the council said.", false},
		{"Download speeds for the Westby ferry app fell by half on Monday.", false},
		{"\"Follow us on the app for alerts,\" Hedda Lurk told listeners.", false},
		{"Colm Vey said residents should get alerts on their phones.", false},
		{"Follow-up checks at the plant found no leak on Tuesday.", false},
	} {
		p := newPara(tt.line, 0, len(tt.line), "")
		if got := localRole(p) == RoleChrome; got != tt.want {
			t.Errorf("%q: chrome %v, want %v (role %q)", tt.line, got, tt.want, localRole(p))
		}
	}
	checkRoleCases(t, []roleCase{
		{"live-app-prompt.md", "# LIVE: Westby council elects a new leader\n\n" +
			"*Live · Updated 18:20*\n\n" +
			"**18:20** Hedda Lurk has been elected leader of Westby council by 31 votes to 24.\n\n" +
			"**17:05** Councillors have begun voting in the chamber at Easton Hall.\n\n" +
			"---\n\n" +
			"Follow the Westby Courier on your phone: download our app for breaking news alerts.\n\n" +
			"Related: Who is Hedda Lurk?\n\n" +
			"Copyright 2024 Westby Courier\n",
			map[string]Role{"Hedda Lurk has been elected": RoleBody, "Councillors have begun": RoleBody,
				"Follow the Westby Courier": RoleChrome, "Related: Who": RoleChrome}},
	})
}
