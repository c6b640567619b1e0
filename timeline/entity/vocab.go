package entity

// General English vocabulary for names: honorifics, titles, head words.
// No names of people, places or organisations live here.

// titles are honorifics and role words written before a name ("President",
// "Mr.", "Judge"); matched case-insensitively on the word without a final ".".
var titles = set(
	"president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
	"congressman", "congresswoman", "gov", "governor", "mayor", "judge", "justice", "magistrate",
	"chief", "captain", "capt", "general", "gen", "col", "colonel", "lt", "lieutenant", "sgt",
	"sergeant", "cpl", "corporal", "maj", "major", "adm", "admiral", "cmdr", "commander", "marshal",
	"officer", "detective", "det", "inspector", "sheriff", "deputy", "director", "chairman",
	"chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "cto", "chancellor", "king", "queen",
	"prince", "princess", "pope", "dr", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "lord", "lady",
	"rev", "reverend", "father", "ambassador", "envoy", "commissioner", "attorney", "prosecutor",
	"speaker", "leader", "spokesman", "spokeswoman", "spokesperson", "host", "anchor", "correspondent",
	"editor", "reporter", "pilot", "copilot", "co-pilot", "professor", "prof", "coach", "premier",
	"president-elect", "emir", "sheikh", "sultan", "archbishop", "bishop", "cardinal", "rabbi", "imam",
	"founder", "executive", "manager", "analyst", "economist", "counsel", "solicitor", "barrister",
	"dean", "provost", "superintendent", "commissar", "aide", "adviser", "advisor", "chef",
	"first", "crown", "assistant", "associate", "acting", "interim", "former", "late", "then",
	"undersecretary", "under-secretary", "attorney-general", "defendant", "plaintiff", "witness",
	"juror", "suspect", "victim", "passenger", "councillor", "councilman", "councilwoman",
	"alderman", "treasurer", "comptroller", "auditor", "supervisor", "trustee", "president's",
	"nominee", "candidate", "lawmaker", "legislator", "diplomat", "negotiator", "head",
	"secretary-general", "director-general", "mp", "mep", "md", "phd", "esq", "administrator",
	"lawyer", "attorney", "chairs", "president-elect", "premier", "governor-general",
	"lieutenant-general", "major-general", "brigadier", "spokesperson", "principal",
	"physician", "nurse", "firefighter", "trooper", "constable", "agent", "investigator",
)

// roleTitles are the titles that name a role on their own (they make the
// following name a person); honorific-like modifiers ("first", "former",
// "acting") are in titles but do not.
var modifierTitles = set("first", "crown", "assistant", "associate", "acting", "interim", "former",
	"late", "then", "vice", "prime", "deputy", "executive", "head", "general")

// officeWords name the office of a title ("Secretary of State", "Foreign
// Minister", "Commerce Secretary").
var officeWords = set(
	"state", "defense", "defence", "justice", "foreign", "affairs", "interior", "finance", "health",
	"education", "commerce", "energy", "transportation", "transport", "labor", "labour", "agriculture",
	"treasury", "homeland", "security", "trade", "economy", "economic", "home", "war", "veterans",
	"housing", "culture", "environment", "information", "intelligence", "national", "public",
	"international", "development", "industry", "communications", "digital", "science", "technology",
	"the", "of", "and", "for", "general", "staff", "armed", "forces", "police", "army", "navy",
	"air", "naval", "military", "press", "white", "house", "senate", "majority", "minority",
	"district", "federal", "supreme", "court", "appeals", "circuit", "county", "city", "council",
	"board", "bank", "central", "fund", "reserve", "budget", "management", "emergency", "services",
	"fire", "school", "schools", "safety", "investigations", "operations", "medical", "legal",
	"campaign", "deputy", "assistant", "special", "chief", "senior", "principal", "regional",
)

// institutionHeads end the names of public bodies that take a place's
// name ("Westby Fire Department", "Harlow Council"): the place alone is
// not the body.
var institutionHeads = set(
	"department", "council", "board", "force", "forces", "police", "service", "services", "authority", "court",
	"ministry", "agency", "office", "commission", "committee", "government", "university", "college", "hospital",
	"school", "schools", "party", "union", "army", "navy", "guard", "assembly", "parliament", "senate", "tribunal",
	"infirmary", "clinic", "library", "museum", "station", "airport", "port", "district", "county", "region",
)

// orgHeads are last words that make a name an organisation.
var orgHeads = set(
	"inc", "corp", "corporation", "co", "company", "companies", "ltd", "llc", "plc", "ag", "gmbh", "sa",
	"group", "bank", "ministry", "department", "agency", "administration", "office", "court", "council",
	"commission", "committee", "party", "union", "association", "institute", "institution", "university",
	"college", "academy", "foundation", "news", "times", "post", "journal", "press", "herald",
	"tribune", "gazette", "chronicle", "telegraph", "daily", "weekly", "magazine", "review", "network",
	"television", "tv", "radio", "broadcasting", "channel", "media", "studios", "airlines", "airways",
	"airline", "air", "service", "services", "board", "authority", "bureau", "police", "army", "navy",
	"guard", "church", "assembly", "parliament", "congress", "senate", "house", "federation",
	"organization", "organisation", "fund", "trust", "holdings", "partners", "industries", "systems",
	"technologies", "motors", "club", "team", "cabinet", "government", "tribunal", "forces", "force",
	"command", "ministries", "directorate", "secretariat", "alliance", "coalition", "movement",
	"front", "league", "society", "center", "centre", "hospital", "infirmary", "clinic", "laboratory", "labs",
	"exchange", "reserve", "treasury", "press", "wire", "newswire", "solutions", "health",
	"healthcare", "power", "energy", "electric", "utilities", "utility", "forensics", "logistics",
	"pharmaceuticals", "therapeutics", "aerospace", "software", "analytics", "consulting",
	"insurance", "financial", "realty", "properties", "construction", "engineering", "telecom",
	"communications", "capital", "ventures", "investments", "mining", "foods", "brands", "stores",
	"markets", "airport authority", "transit", "railway", "railways", "railroad", "lines", "ferries", "shipping", "cruises", "maritime",
	"agencies", "pictures", "records", "entertainment", "events", "productions", "promotions", "limited", "nations", "circuit", "chiefs",
	"centers", "centres", "institutes", "airport's",
	// a chamber of commerce, a rail or metro operator, a water utility
	"chamber", "rail", "metro", "water",
	// makers of materials: "Westby Chemicals", "Calder Steel"
	"chemicals", "plastics", "steel", "materials", "petroleum", "refining", "manufacturing", "textiles", "fertilisers", "fertilizers",
)

// placeHeads are last words that make a name a place.
var placeHeads = set(
	"airport", "airfield", "airbase", "base", "county", "province", "region", "oblast", "district",
	"state", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "square",
	"park", "river", "island", "islands", "mountains", "mountain", "valley", "bay", "sea", "ocean",
	"gulf", "strait", "peninsula", "harbor", "harbour", "beach", "coast", "desert", "canyon",
	"village", "town", "city", "station", "bridge", "stadium", "arena", "palace", "plaza", "lake",
	"hills", "heights", "falls", "creek", "canal", "port", "terminal", "territory", "territories",
	"republic", "kingdom", "prefecture", "municipality", "borough", "township", "parish", "highway",
	"freeway", "motorway", "range", "forest", "reservoir", "dam", "mine", "field", "fields", "sound", "estuary", "firth", "fjord",
	"springs", "flats", "hollow", "ridge", "grove", "meadow", "meadows", "pass", "gap", "bluff",
	"bluffs", "glen", "gardens", "woods", "crossing", "junction", "landing", "ford", "acres",
	"estates", "terrace", "courthouse", "campus", "county's", "neighborhood", "neighbourhood",
	"drive", "way", "place", "trail", "parkway", "highlands", "lowlands", "basin", "delta",
	"gallery", "galleries", "museum", "library", "theatre", "theater", "cathedral", "castle", "zoo",
	// a school in the news is a building (a polling station, a shelter)
	"school",
)

// placePrefixes are first words that make a name a place ("Mount X",
// "Fort X", "North X", "New X").
var placePrefixes = set(
	"mount", "mt", "lake", "loch", "fort", "ft", "camp", "cape", "port", "base", "joint", "point", "north",
	"south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
	"lower", "great", "greater", "new", "san", "santa", "los", "las", "saint", "st", "isle", "gulf",
	"bay", "el", "la", "le", "united",
)

// joiners may stand inside a multi-word name between capitalised words.
var joiners = set("de", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al", "el",
	"dos", "das", "du", "le", "la", "ter", "ten", "&")

// stopwords are capitalised function and common words that begin
// sentences, headlines and quotes but are not names.
var stopwords = set(
	"the", "a", "an", "in", "on", "at", "but", "and", "or", "nor", "yet", "so", "as", "after", "before",
	"when", "while", "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those",
	"there", "here", "his", "her", "their", "our", "its", "my", "your", "what", "why", "how", "who",
	"whom", "whose", "where", "which", "if", "although", "though", "despite", "instead", "however",
	"meanwhile", "still", "now", "then", "later", "earlier", "inside", "outside", "during", "since",
	"until", "for", "from", "with", "without", "by", "over", "under", "among", "between", "both",
	"each", "every", "all", "some", "many", "most", "several", "no", "not", "one", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "first", "last", "next", "another",
	"other", "such", "only", "even", "also", "just", "because", "about", "according", "to", "of",
	"into", "onto", "upon", "across", "against", "ahead", "amid", "around", "behind", "beyond",
	"through", "throughout", "toward", "towards", "unlike", "like", "via", "per", "is", "was", "are",
	"were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
	"should", "may", "might", "must", "shall", "yes", "well", "oh", "ok", "okay", "thank", "thanks",
	"please", "let", "let's", "we're", "we've", "i'm", "i've", "i'll", "it's", "that's", "there's",
	"he's", "she's", "they're", "don't", "didn't", "doesn't", "isn't", "wasn't", "can't", "won't",
	"sure", "whether", "once", "twice", "again", "any", "more", "less", "much", "very", "too",
	"read", "share", "image", "photo", "video", "watch", "listen", "updated", "published", "posted",
	"advertisement", "sign", "subscribe", "follow", "click", "see", "also", "related", "more",
	"top", "latest", "breaking", "live", "opinion", "analysis", "editorial", "exclusive", "play",
	"today", "yesterday", "tomorrow", "tonight", "everyone", "everybody",
	"nobody", "someone", "somebody", "anyone", "nothing", "something", "everything", "anything",
	"good", "hello", "hi", "welcome", "people", "standing", "held", "asked", "speaking", "following", "says", "said", "neither",
	"either", "whoever", "whatever", "wherever", "whenever", "perhaps", "maybe", "indeed", "hence",
	"thus", "therefore", "otherwise", "besides", "moreover", "furthermore", "nevertheless",
	"nonetheless", "regardless", "unless", "except", "naturally", "obviously", "clearly", "finally",
	"overall", "already", "soon", "recently", "currently", "previously", "initially", "eventually",
	"ultimately", "officials", "critics", "experts", "analysts", "sources", "witnesses", "police",
)

// eventHeads are last words of capitalised names of events, documents and
// periods ("Cold War", "Peace Agreement"): never people.
var eventHeads = set(
	"war", "wars", "agreement", "agreements", "accord", "accords", "treaty", "talks", "deal", "peace",
	"summit", "meeting", "conference", "crisis", "act", "bill", "law", "plan", "initiative", "program",
	"programme", "project", "operation", "award", "awards", "prize", "day", "games", "cup",
	"championship", "festival", "election", "elections", "revolution", "declaration", "doctrine",
	"amendment", "constitution", "charter", "report", "strategy", "policy", "era", "age", "period",
	"ceasefire", "truce", "invasion", "offensive", "attack", "attacks", "massacre", "disaster",
	"pandemic", "epidemic", "relationship", "gamble", "responsibility", "breakthrough", "loss",
	"win", "victory", "defeat", "speech", "address", "statement", "interview", "flight", "trial",
	"case", "hearing", "verdict", "ruling", "order", "decree", "budget", "index", "rate", "rates",
	"gains", "losses", "progress", "security", "leaders", "forces", "troops", "economy", "market",
	"markets", "stocks", "shares", "prices", "sanctions", "tariffs", "update", "news", "live",
	"fire", "fires", "blaze", "storm", "hurricane", "typhoon", "cyclone", "flood", "floods",
	"earthquake", "quake", "fair", "show", "expo", "marathon", "parade", "concert", "tournament",
	"season", "series", "olympics", "timeline", "comments", "reply",
)

// speechVerbs follow a speaker's name ("X said").
var speechVerbs = set("said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
	"stated", "posted", "tweeted", "explained", "noted", "argued", "insisted", "claimed", "warned",
	"replied", "responded", "declared", "announced", "remarked", "recalled", "acknowledged",
	"admitted", "testified", "continued", "suggested", "urged", "stressed", "emphasized",
	"emphasised", "conceded", "countered", "predicted", "promised", "vowed", "pledged")

// placePreps precede place names ("in Riverton", "at X").
var placePreps = set("in", "at", "near", "outside", "inside", "across", "throughout")

// nameSuffixes follow a surname ("Jr.", "III").
var nameSuffixes = set("jr", "sr", "ii", "iii", "iv", "v")

// months and weekdays are never names on their own.
var monthNames = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec")

var weekdayNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

// monthsAlsoNames are month names that are also given names or words;
// they break a name only next to a number.
var monthsAlsoNames = set("april", "may", "june", "august", "march")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// orgFollowers are lower-case nouns that make the name before them an
// organisation or product ("X network", "X newspaper").
var orgFollowers = set("network", "platform", "app", "site", "website", "newspaper", "outlet",
	"broadcaster", "channel", "company", "firm", "carrier", "airline", "brand", "manufacturer",
	"maker", "bank", "agency", "ministry", "newspaper's", "magazine", "daily", "station", "startup",
	"conglomerate", "subsidiary", "retailer", "lender", "insurer", "automaker", "chipmaker")
