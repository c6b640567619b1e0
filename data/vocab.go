package data

// Vocabulary of page furniture and news-page shapes, kept as data. These are
// general English words and phrases found on news pages of any outlet; no
// names of people, places or outlets belong here.

// chromeExact are whole lines (lower case, trailing ":" and bullets removed)
// that are page furniture.
var chromeExact = setOf(
	"share", "share it", "share this", "share this article", "share this story", "share this page", "share article", "share on",
	"share this live blog", "share this live page", "share this blog", "refresh", "refresh page", "refresh this page",
	"tweet", "email", "e-mail", "print", "save", "save article", "copy link", "link copied", "copy",
	"back", "top", "back to top", "go to top", "scroll to top", "advertisement", "advertising", "ad", "sponsored",
	"skip to content", "skip to main content", "skip navigation", "menu", "search", "close", "home",
	"subscribe", "subscribe now", "sign in", "log in", "login", "sign up", "register", "newsletter", "newsletters",
	"related", "related articles", "related stories", "related content", "recommended", "most read", "most popular",
	"trending", "trending now", "read more", "see more", "show more", "load more", "more", "next", "previous",
	"next article", "previous article", "comments", "view comments", "show comments", "hide comments",
	"listen", "listen to this article", "listen to article", "watch", "play", "pause", "video", "audio", "gallery",
	"photos", "reply", "like", "quote", "report", "report abuse", "continue reading", "click here", "gift this article",
	"gift article", "follow", "follow us", "open in app", "loading", "loading...", "loading…", "top stories",
	"latest", "latest news", "breaking", "live", "more on this story", "you may also like", "don't miss",
	"topics", "tags", "filed under", "categories", "explore more", "in this article", "print this page",
	"facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram", "pinterest", "bookmark", "add to favorites",
	"instagram", "youtube", "bluesky", "messenger", "flipboard",
	"reuse this content", "reprints", "reprints & permissions", "permissions", "view in app", "font size", "text size", "a+", "a-", "toggle", "expand", "collapse", "view all", "see all", "up next",
	"comment", "add comment", "post comment", "replies", "reply to this", "quote reply", "multi-quote", "report post", "likes",
	"upvote", "downvote", "flag", "permalink", "join the discussion", "log in to comment", "sign in to comment",
	"donate", "donate now", "become a member", "become a subscriber", "unsubscribe", "manage preferences",
	"forward this to a friend", "privacy", "privacy policy", "cookie policy", "cookies", "terms", "terms of use",
	"terms of service", "contact", "contact us", "about us", "advertise", "advertise with us", "careers", "site map",
	"sitemap", "help", "faq", "rss", "accessibility", "corrections", "newsletter sign-up", "newsletter signup", "more stories",
	// end notes of a story still being written
	"more to follow", "more follows", "more soon", "updates to follow", "details to follow", "more details to follow",
	"further details to follow", "developing", "developing story", "developing news", "this is a developing story",
	"this story is developing", "story developing", "breaking news", "this is a breaking news story",
	"this story will be updated", "this article will be updated", "this post will be updated", "check back for updates",
	"refresh for updates", "this story is breaking", "story continues below", "article continues below",
	"story continues below advertisement", "continue reading below", "listen to this story", "listen to story",
	"play audio", "listen now", "audio article",
	// labels over a list of links to other articles
	"related reading", "further reading", "recommended reading", "suggested reading", "related coverage",
)

// barTabs are the tabs of a live page's bar ("Share this page · Key events ·
// Refresh"): furniture beside other furniture words in a bar, but on a line
// of their own they may head a list of the story's main points.
var barTabs = setOf("key events", "key moments", "key points", "key updates", "latest updates", "live updates", "summary")

// editorsNotePrefixes start an editor's note about the article itself.
var editorsNotePrefixes = []string{"correction:", "corrections:", "clarification:", "editor's note:", "editor’s note:",
	"an earlier version of this article", "an earlier version of this story", "this article has been corrected", "this article has been amended",
	"this story has been corrected", "this story has been updated to correct"}

// chromePrefixes start lines that are page furniture.
var chromePrefixes = []string{
	"read more ", "read more:", "read next", "see also", "also read", "related:", "more:", "watch:", "listen:",
	"click here", "sign up for", "subscribe to", "follow us", "share on ", "download the", "get the app",
	"recommended:", "related stories:", "related articles:", "more from ", "read the full", "join our",
	"this story has been shared", "follow the topics", "explore more on", "more on this", "keep reading",
	"advertisement ", "continue reading", "view gallery", "watch the video", "watch video",
	"most read:", "most popular:", "most viewed:", "trending:", "top stories:", "popular:", "more stories",
	"you may also like", "you might also like", "topics:", "tags:", "tagged:", "filed under", "categories:",
	"sponsored:", "sponsored content", "paid content", "promoted:", "partner content",
	"support independent", "support local journalism", "support our journalism", "become a member", "donate to support",
	"have a news tip", "got a news tip", "got a tip", "send us a tip", "news tip?",
	"comments are closed", "comments are now closed", "comments have been closed", "commenting is closed",
	"commenting has been closed", "commenting has been disabled", "comments are disabled", "comments for this",
	"log in to comment", "login to comment", "sign in to comment", "you must be logged in", "you must log in",
	"join the discussion", "forward this", "thread starter:", "original poster:", "sign up to get", "sign up to receive",
	"sign up now", "sign up to ", "get our newsletter", "get the newsletter", "sort by ", "sorted by ",
	"this story will be updated", "this article will be updated", "this story is developing", "this is a developing story",
	"this page will be updated", "check back for updates", "check back later for", "refresh this page for",
	// pitches for an event or a programme, and a bulletin's travel line
	"register now", "register today", "book now", "book your place", "book tickets", "buy tickets", "get tickets",
	"hear the full", "listen to the full", "watch the full", "listen again", "travel:", "traffic and travel:",
	// labels before links to other articles ("Related reading: A · B")
	"related reading:", "further reading:", "recommended reading:", "suggested reading:", "related coverage:",
	// pointers to the outlet's other coverage, and prompts to take its
	// alerts or its app
	"read our ", "get breaking news", "get news alerts", "get alerts", "get push alerts", "get push notifications",
	"get notifications", "turn on notifications", "turn on alerts", "enable notifications", "download our app",
}

// appPromptVerbs open an outlet's prompt to follow it on the reader's
// phone or on its app, or to take its alerts, and appPromptCues (runs of
// whole words) name the app, the phone or the alerts ("Follow the Westby
// Courier on your phone: download our app for breaking news alerts.",
// "Follow Easton Radio on the app for alerts on this story."); see
// appPrompt.
var (
	appPromptVerbs = []string{"follow ", "download ", "install ", "get ", "turn on ", "switch on ", "enable "}
	appPromptCues  = []string{"our app", "the app", "our apps", "on your phone", "on your mobile", "on your smartphone",
		"on your device", "news alerts", "push alerts", "push notifications", "for alerts", "breaking alerts"}
)

// supportPitches start an appeal for the reader's money, which runs longer
// than other furniture ("Support local journalism: become a member from 5 pounds a
// month and keep our reporting free for everyone.").
var supportPitches = []string{"support independent", "support local journalism", "support our journalism", "donate to support"}

// pitchStarts and pitchCadences make a short line a pitch for a regular
// product of the outlet ("Get the Daily doping briefing every Monday.").
var (
	pitchStarts   = []string{"get the ", "get our ", "receive the ", "receive our "}
	pitchCadences = []string{" every ", " each morning", " each week", " each day", " weekly", " daily"}
)

// chromeContains inside a short line make it page furniture wherever they
// stand (membership and newsletter pitches, comment-section notices,
// paywall notes).
var chromeContains = []string{
	"is reader-supported", "is reader-funded", "forward this to a friend", "log in to comment", "sign in to comment",
	"have a news tip", "got a news tip", "never miss a story", "in your inbox", "to your inbox", "sign up here",
	"free newsletter", "morning newsletter", "daily newsletter", "weekly newsletter", "evening newsletter",
	"already a subscriber", "subscribe to continue reading", "subscribe to unlock", "behind our paywall",
}

// appealOpens ask the reader to send the newsroom something, and
// appealThings are what an outlet asks for ("Were you there? Send us your
// pictures at …", "Send us your messages and photos: …", "Share your
// stories with us"); see readerAppeal. An opener ending in "with us" after
// the things ("share your …") is listed in appealCloses.
var (
	appealOpens  = []string{"send us your ", "email us your ", "e-mail us your ", "message us your ", "share your "}
	appealCloses = map[string]string{"share your ": "with us"}
	appealThings = setOf("pictures", "picture", "photos", "photo", "photographs", "videos", "video", "footage", "clips",
		"stories", "story", "messages", "comments", "thoughts", "views", "questions", "question", "experiences", "memories", "tributes", "tips", "tip")
	appealJoiners = setOf("and", "or", "&")
)

// appealAsks open an outlet's question to the reader about what they have
// to send ("Got a story?", "Do you have pictures of the fire?"), after
// which an article or "news" may come (appealDeterminers), and the things
// asked for may be qualified ("of the fire", appealQualifiers); a contact
// instruction (appealContacts: "Email …", "Get in touch …") follows the
// question. See appealQuestion.
var (
	appealAsks        = []string{"got ", "have ", "have you got ", "do you have "}
	appealDeterminers = setOf("a", "an", "any", "some", "news")
	appealQualifiers  = setOf("of", "from", "about", "to", "for", "on")
	appealContacts    = []string{"email ", "e-mail ", "contact ", "call ", "ring ", "phone ", "text ", "message ", "whatsapp ", "get in touch", "tell us", "send ", "drop us", "write to ", "let us know"}
)

// appealQuestionTail is how many words may qualify the things asked for
// ("of the fire") before the question mark.
const appealQuestionTail = 8

// freeClaims, freeSubjects and freeReasons make up an outlet's note that
// its journalism is free to the reader ("The Calderway Gazette is free to
// read.", "Our journalism is free for everyone because …"); see freeToRead.
var (
	freeClaims = []string{" is free to read", " remains free to read", " stays free to read", " will always be free to read",
		" is free for everyone", " is free for all", " is free to everyone", " remains free for everyone", " stays free for everyone"}
	freeSubjects = setOf("our journalism", "our reporting", "our work", "this site", "this website", "our site", "our website",
		"this article", "this story", "this newsletter", "everything we publish", "all our journalism")
	freeReasons = []string{"because ", "thanks to ", "and always will be", "and will stay", "and will remain", "for everyone",
		"for all", "to everyone", "to all", "and ", "but "}
)

// subscriberKinds and subscriberStarts open the outlet's note to its
// subscribers or members ("Subscribers can download our full survey from
// the app.", "Members can read our guide …"): what subscribers or members
// may do (subscriberStarts), after an optional kind of subscriber
// (subscriberKinds); see subscriberNote.
var (
	subscriberKinds  = []string{"our ", "premium ", "paying ", "digital ", "print ", "all "}
	subscriberStarts = []string{"subscribers can ", "subscribers may ", "subscribers get ", "subscribers receive ",
		"subscribers have access ", "subscribers also get ", "subscribers also have access ",
		"members can ", "members may ", "members get ", "members receive ", "members have access ",
		"members also get ", "members also have access "}
)

// productTiers end the name of an outlet's subscription product ("Westby
// Courier Plus", "Hale & Vey Pro"): subscribers to such a product are the
// outlet's own (see subscriberNote).
var productTiers = setOf("plus", "pro", "premium", "insider", "unlimited", "gold")

// nameJoiners may stand inside a name in capitals ("Hale & Vey").
var nameJoiners = setOf("&", "+")

// attributionWords mark a line as reported speech or a report about someone
// else ("…, the company said", "according to the regulator").
var attributionWords = setOf("said", "says", "told", "tells", "according", "announced", "confirmed", "stated")

// quantifiers may open a sentence about some subscribers ("Many
// subscribers can …"); they name no outlet or product.
var quantifiers = setOf("many", "some", "most", "few", "several", "other", "existing", "new", "former", "current",
	"both", "each", "every", "such", "millions", "thousands", "hundreds")

// endMarkerPrefixes open furniture lines that close an article (share bars,
// related links, topic lists, newsletter pitches, comment notices).
var endMarkerPrefixes = []string{
	"share", "related", "more from", "more on", "more stories", "read more", "read next", "most read", "most popular",
	"most viewed", "topics", "tags", "filed under", "categories", "subscribe", "sign up", "newsletter", "comments",
	"commenting", "donate", "become a member", "support", "follow", "back to top", "you may also like",
	"you might also like", "recommended", "trending", "top stories", "latest", "explore more", "in this article",
	"reprints", "reuse this content", "print", "email", "have a news tip", "got a news tip", "log in", "login", "sign in",
	"further reading", "suggested reading",
}

// navSections are the entries of a site's navigation menu ("Home | News |
// Sport | Weather"): a bar of only three short entries is a menu when one of
// them is such a word.
var navSections = setOf(
	"home", "news", "live", "sport", "sports", "weather", "opinion", "politics", "business", "world", "local",
	"culture", "health", "science", "technology", "tech", "entertainment", "lifestyle", "travel", "video", "videos",
	"podcast", "podcasts", "newsletters", "events", "obituaries", "e-edition", "regions", "watch live", "sign in",
	"log in", "subscribe", "menu", "search", "latest", "arts", "climate", "uk", "us", "more",
)

// liveGreetings open a live blog's or a broadcast's greeting or farewell
// sentence ("Good morning.", "Good afternoon and welcome to …", "Hello from
// the courthouse.", "Goodnight."); only a short sentence of the greeting,
// "welcome …", "from …", "everyone" or "again" counts (greetingTails).
var (
	liveGreetings = []string{"good morning", "good afternoon", "good evening", "hello", "hi", "welcome back",
		"good night", "goodnight"}
	greetingTails = []string{"", "and welcome", "welcome", "from ", "everyone", "all", "again", "and thanks for", "and thank you for"}
)

// liveNoteStarts open, and liveNotePhrases appear in, the sentences of a
// live blog, a broadcast or a developing story that talk to the reader about
// the coverage itself — sign-ons, sign-offs, promises of more — and report
// nothing ("Welcome to our live coverage of …", "This live blog has now
// ended.", "Thanks for following along.", "We'll have more on this story
// later.").
var (
	liveNoteStarts = []string{
		"welcome to our", "welcome to the live", "welcome to live", "welcome to today's live", "thanks for reading",
		"thank you for reading", "thanks for following", "thank you for following", "thanks for joining us",
		"thank you for joining us", "thanks for staying with us", "thank you for staying with us", "stay with us",
		"keep refreshing", "that's all from us", "that's it from us", "that is all from us", "that's all for today",
		"that's it for today", "that's all for tonight", "that's it for tonight", "that's all for now",
		"that's it for now", "that's where we'll leave", "that's where we will leave", "we'll leave our live",
		"that is where we will leave", "that is where we'll leave",
		// where the coverage ends ("That's where we'll end our live coverage for today.")
		"that's where we'll end our", "that's where we will end our", "that is where we will end our",
		"that is where we'll end our", "that's where we'll end this", "that's where we will end this",
		// a promise to come back to the page ("We'll be back from 6am.")
		"we'll be back", "we will be back",
	}
	// shortSignOffs open a sign-off only in a short sentence without a
	// comma ("That's all from the hall tonight.").
	shortSignOffs   = []string{"that's all from the", "that's it from the", "that is all from the"}
	liveNotePhrases = []string{
		"welcome to our live", "welcome to our coverage", "welcome to our rolling", "welcome to our continuing",
		"welcome to our updates", "welcome back to our", "welcome back to the live", "this live blog has",
		"this live blog is now", "this live blog is closed", "this live blog will", "this blog is now closed",
		"closing this live blog", "closing the live blog", "ending this live blog", "pausing this live blog",
		"pause this live blog", "pausing our live", "pause our live", "ending our live", "closing our live",
		"end our live coverage", "end our live blog", "end our live updates", "end our live page",
		"wrapping up our live", "wrap up our live", "our live coverage has", "our live coverage is",
		"our live coverage will", "this live coverage has", "live coverage has now ended", "live coverage has ended",
		"live updates have ended", "live updates have now ended", "will have more on this story",
		"we'll have more on this", "we will have more on this", "we'll have full coverage", "we will have full coverage",
		"we'll bring you more", "we will bring you more", "we'll be back with", "we will be back with",
		"we'll keep you updated", "we will keep you updated", "we'll keep this page updated",
		"we will keep this page updated", "we'll update this", "we will update this",
		// housekeeping: how the entries are ordered and timed
		"all times are local", "all times local", "all times are in", "times are local", "in the order they were posted",
		"in the order they were published", "newest entries first", "latest entries first", "most recent entries first",
		"entries appear in", "posts appear in", "updates appear in", "in reverse chronological order",
		// a live page closing, or pointing to the report that will follow it
		"closing this live ", "pausing this live ", "ending this live ", "this live page", "this blog has now ended",
		"this blog has ended", "this blog is no longer", "this page is no longer being updated",
		"our full report", "our fuller report",
	}
)

// coverageLeads open, and coverageWhere appear in, a live page's pointer to
// the outlet's later coverage of the story ("Full reaction in tomorrow's
// Courier and online from 6am."); see coveragePointer.
var (
	coverageLeads = []string{"full reaction", "more reaction", "all the reaction", "reaction and analysis",
		"analysis and reaction", "full coverage", "more coverage", "full analysis", "more analysis", "full report",
		"full match report", "full story", "best of the reaction"}
	coverageWhere = []string{"in tomorrow's ", "in tomorrow morning's ", "online from ", "online tomorrow",
		"on our website", "on our site", "on our app", "in our app", "in our print", "in our next edition",
		"in our later editions", "in our weekend edition", "in print tomorrow", "in the paper tomorrow"}
)

// recapReaders name the readers a live page's recap is for ("for anyone
// just joining us"), and recapWords the recap itself ("a quick recap",
// "here's what we know"): a short sentence with one of each, no number and
// no colon or semicolon inside is a note to the reader ("A quick recap for
// those just joining us.", "If you're just tuning in, here's what we know
// so far."), not a report (see liveNote).
var (
	recapReaders = []string{"just joining us", "just tuning in", "joining us late", "joining us now", "new to this live", "new to our live"}
	recapWords   = []string{"recap", "catch up", "catch-up", "a summary", "quick summary", "brief summary", "round-up", "roundup",
		"key points", "main points", "the story so far", "what we know", "where things stand", "here's the latest",
		"here is the latest"}
)

// listIntros introduce a list of short lines (topics, tags, related links)
// that is page furniture.
var listIntros = setOf(
	"follow the topics in this article", "topics", "tags", "related topics", "more on this story", "related",
	"read more", "more from", "in this article", "explore more on these topics", "filed under", "categories",
	"related articles", "related stories", "more on these topics", "you may also like", "most read", "most popular",
	"recommended", "trending", "latest", "top stories", "see also", "also read",
	"related reading", "further reading", "recommended reading", "suggested reading", "related coverage",
)

// commentIntros head a reader-comment section (in the second half of a
// page, or wherever reader talk follows).
var commentIntros = setOf(
	"comments", "reader comments", "leave a comment", "leave a reply", "join the conversation", "add a comment",
	"add your comment", "discussion", "what do you think?", "post a comment", "responses", "replies",
	"show comments", "view comments", "most recent comments", "top comments",
	"join the discussion", "reader reactions", "readers' comments", "readers comments", "your comments",
	"comment section", "comments section", "newest comments", "oldest comments", "all comments",
	"view all comments", "see all comments", "show all comments", "load comments", "featured comments",
)

// strongCommentIntros head a reader-comment section wherever they stand
// after the article has begun: words that never title a news section.
var strongCommentIntros = setOf(
	"comments", "reader comments", "leave a comment", "leave a reply", "join the conversation", "add a comment",
	"add your comment", "post a comment", "show comments", "view comments", "most recent comments", "top comments",
	"join the discussion", "readers' comments", "readers comments", "comments section", "newest comments",
	"oldest comments", "view all comments", "see all comments", "show all comments", "load comments", "featured comments",
)

// replyMarkers open forum post headers ("Reply #3", "Post #12", "#4").
var replyMarkers = setOf("reply", "post", "comment", "response", "answer", "message", "")

// posterLabels stand before a user name in a forum or comment header
// ("Posted by bluefern", "Thread starter: k8_dawson").
var posterLabels = setOf("posted by", "started by", "submitted by", "reply from", "reply by", "comment by", "comment from",
	"thread starter", "original poster", "asked by", "answered by", "shared by", "op", "author", "user", "member")

// posterVerbs end a forum poster line ("jetwash77 said:", "FlyerMom wrote:").
var posterVerbs = setOf("said", "wrote", "writes", "says", "posted", "replied", "commented", "asked")

// signOffThanks are the words that make a line a broadcast or interview
// sign-off ("Marcus, thank you."); signOffWords may stand beside them.
var (
	signOffThanks = setOf("thank", "thanks", "goodbye", "bye", "cheers")
	signOffWords  = setOf("you", "so", "much", "very", "for", "joining", "us", "being", "with", "here", "me", "and",
		"good", "night", "morning", "evening", "afternoon", "again", "all", "everyone", "today", "your", "time",
		"talking", "speaking", "coming", "in", "on", "the", "show", "program", "programme", "a", "lot")
)

// secondPerson marks informal, reader-addressed lines (reader comments).
var secondPerson = setOf("you", "your", "you're", "youre", "you've", "you'll", "u", "ur", "ya", "yours", "yourself", "lol", "lmao", "smh", "imo", "imho")

// creditMarkers inside a line make it a photo caption or credit.
var creditMarkers = []string{
	"image courtesy", "photo courtesy", "picture courtesy", "video courtesy", "courtesy:", "courtesy of ",
	"photo:", "photograph:", "photographs:", "picture:", "pictures:", "image:", "images:", "credit:", "credits:",
	"photo credit", "image credit", "photo illustration", "file photo", "photo/", "photos/", "(photo by", "photo by ",
	"photographer:", "pictured:", "illustration:", "screengrab", "screenshot:",
}

// fileImageMarkers mark a caption of a file, stock or archive picture,
// which shows an earlier or a generic scene, not the story's events.
var fileImageMarkers = []string{"file image", "file photo", "file picture", "file pic", "stock image", "stock photo",
	"stock picture", "archive image", "archive photo", "archive picture", "library image", "library photo",
	"library picture", "(file)", "illustrative image", "illustrative photo", "generic image"}

// creditLabels open the photo credit at the end of a caption ("… on
// Tuesday. Photo: Jane Roe/Example Wire"); creditJoiners may stand between
// the names of a credit.
var (
	creditLabels = []string{"image:", "images:", "photo:", "photos:", "photograph:", "photographs:", "picture:", "pictures:",
		"credit:", "credits:", "photo credit:", "image credit:", "photo by ", "photograph by ", "picture by ", "image by ",
		"video:", "illustration:", "graphic:", "source:", "pic:", "foto:"}
	creditJoiners = setOf("for", "of", "via", "and", "the", "by", "de", "van", "von", "da", "del", "le", "la")
	// creditSources are the plain words that say where a credited picture
	// came from ("Picture: Example Gazette reader", "Photo: Roe family
	// handout", "Image: supplied by Jane Roe"); they stand beside a name.
	creditSources = setOf("reader", "readers", "viewer", "viewers", "listener", "listeners", "handout", "handouts",
		"supplied", "submitted", "contributed", "courtesy", "family", "pool", "staff", "archive", "archives", "collection")
)

// captionPositions are the "X, left, …" phrases of photo captions.
var captionPositions = []string{
	", left,", ", right,", ", center,", ", centre,", ", second left,", ", second right,", ", second from left,",
	", second from right,", ", foreground,", ", background,", ", top,", ", bottom,", "(left)", "(right)",
	"(center)", "(centre)", "from left,", "from left:", "left to right",
}

// bylinePrefixes open a byline.
var bylinePrefixes = []string{"by ", "written by ", "reporting by ", "reported by ", "words by ", "story by ", "text by ", "analysis by ", "opinion by ", "authors:", "author:", "by:",
	"live coverage by ", "coverage by ", "live updates by ", "live blog by ", "live reporting by "}

// bioVerbs follow an author's name in a note about the author at the end
// of an article ("Jane Roe covers transport for the Ledger.").
var bioVerbs = setOf("covers", "covered", "writes", "wrote", "reports", "reported", "is", "was", "has", "edits", "edited",
	"joined", "leads", "contributes", "contributed", "specialises", "specializes", "previously", "formerly")

// jobWords are newsroom job titles that follow a name in a byline
// ("Jane Roe, Senior Writer", "Jane Roe Environment correspondent").
var jobWords = setOf("correspondent", "editor", "reporter", "writer", "columnist", "contributor", "analyst", "producer",
	"journalist", "chief", "bureau", "staff", "critic", "commentator", "photographer", "researcher", "stringer", "intern")

// creditPhrases inside a short line make it a reporting credit (byline).
var creditPhrases = []string{"contributed to this report", "contributed reporting", "contributed to this article",
	"additional reporting by", "reporting by", "editing by", "edited by", "writing by", "compiled by", "fact-checked by"}

// orgWords end (or fill) the names of news organisations, as opposed to
// person names, in bylines.
var orgWords = setOf(
	"news", "times", "post", "journal", "daily", "press", "media", "network", "agency", "staff", "desk", "bureau",
	"district", "tribune", "herald", "gazette", "telegraph", "chronicle", "magazine", "radio", "tv", "television",
	"broadcasting", "corporation", "review", "report", "reporters", "editorial", "team", "group", "wire", "service",
	"services", "online", "digital", "weekly", "observer", "standard", "mail", "express", "star", "sun", "mirror",
	"register", "record", "dispatch", "courier", "monitor", "insider", "today", "world", "wire", "reports", "newsroom",
	"editors", "board", "institute", "foundation", "university", "center", "centre", "company", "limited", "inc",
	"ledger", "sentinel", "examiner", "inquirer", "enquirer", "bulletin", "beacon", "globe", "argus", "clarion", "courant",
	"advertiser", "guardian", "independent", "gazette", "channel", "broadcaster", "weekly", "newswire", "newspaper",
	"newspapers", "association", "syndicate",
)

// genericBylines are byline names that name no outlet.
var genericBylines = setOf("staff", "staff reporter", "staff writer", "our correspondent", "editorial team", "editorial board",
	"news desk", "web desk", "the editors", "editors", "reporters", "team", "newsroom", "the newsroom", "agencies", "wire services", "news service", "news agencies")

// companySuffixes are removed from outlet names read off copyright lines.
var companySuffixes = setOf("limited", "ltd", "ltd.", "inc", "inc.", "llc", "l.l.c.", "plc", "corp", "corp.", "co", "co.", "gmbh", "ag", "s.a.", "sa", "pty", "llp", "company")

// datelineWords open timestamp lines.
var datelineWords = []string{"published", "updated", "last updated", "first published", "posted", "modified", "last modified", "created", "date", "on"}

// englishStop are frequent English function words, used to tell English
// lines from others.
var englishStop = setOf(
	"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "is", "are",
	"was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she",
	"they", "we", "i", "you", "his", "her", "their", "our", "not", "no", "will", "would", "said", "says", "who",
	"which", "what", "when", "after", "before", "than", "then", "there", "about", "into", "over", "up", "out", "so",
	"if", "do", "did", "can", "could", "should", "may", "more", "also", "him", "them", "my", "me", "all", "any",
)

// monthNames maps English month names and abbreviations to months.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayNames are English weekday names and abbreviations.
var weekdayNames = setOf("monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
	"friday", "fri", "saturday", "sat", "sunday", "sun")

// timeUnits maps relative-time units to their length in hours (months and
// years are handled as calendar steps).
var timeUnits = map[string]string{
	"second": "s", "seconds": "s", "sec": "s", "secs": "s", "s": "s",
	"minute": "m", "minutes": "m", "min": "m", "mins": "m", "m": "m",
	"hour": "h", "hours": "h", "hr": "h", "hrs": "h", "h": "h",
	"day": "d", "days": "d", "d": "d",
	"week": "w", "weeks": "w", "wk": "w", "wks": "w", "w": "w",
	"month": "M", "months": "M", "mo": "M", "mos": "M",
	"year": "y", "years": "y", "yr": "y", "yrs": "y", "y": "y",
}

// numberWords are small numbers written out.
var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// zoneOffsets are time-zone abbreviations that may follow a time in a
// dateline, with their offsets from UTC in minutes. "ET", "CT", "MT", "PT"
// take daylight time from April to October.
var zoneOffsets = map[string]int{
	"gmt": 0, "utc": 0, "z": 0, "bst": 60, "ist": 330, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
	"msk": 180, "jst": 540, "kst": 540, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "hkt": 480, "sgt": 480,
	"est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"akst": -540, "akdt": -480, "hst": -600, "et": -300, "ct": -360, "mt": -420, "pt": -480,
}

// zoneNames are the keys of zoneOffsets.
var zoneNames = func() map[string]bool {
	m := map[string]bool{}
	for k := range zoneOffsets {
		m[k] = true
	}
	return m
}()

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
