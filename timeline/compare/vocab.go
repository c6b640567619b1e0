package compare

import "storyline/timeline/entity"

// General English news vocabulary, kept as data. No names of people,
// places, outlets or story phrases belong here.

// speechVerbs are verbs that introduce or tag quoted speech (all forms
// listed explicitly; matched lower-case).
var speechVerbs = toSet(`said says say saying told tells tell telling added adds adding
wrote writes writing replied replies responded responds answered answers asked asks
declared declares stated states insisted insists noted notes explained explains
warned warns claimed claims argued argues continued continues remarked remarks
proposed proposes suggested suggests urged urges announced announces posted posts
tweeted tweets joked jokes quipped quips recalled recalls acknowledged acknowledges
conceded concedes admitted admits stressed stresses emphasized emphasised emphasizes
emphasises observed observes shouted shouts yelled yells cried cries called calls
described describes praised praises vowed vows pledged pledges promised promises
predicted predicts repeated repeats reiterated reiterates concluded concludes
countered counters retorted retorts interjected whispered whispers mused muses
commented comments testified testifies read reads texted texts screamed screams
pleaded pleads demanded demands boasted boasts complained complains sighed
hinted hints cautioned cautions asserted asserts interrupted according
confirmed confirms denied denies`)

// changeVerbs change a figure from one value to another ("cut the ban
// to two years", "extended the deadline from 14 to 28 days").
var changeVerbs = toSet(`cut cuts reduced reduces reducing lowered lowers raised raises increased
increases extended extends lengthened lengthens shortened shortens halved halves doubled doubles
trimmed trims revised revises changed changes upgraded downgraded commuted commutes`)

// determiners that start a description ("the French leader").
var descDeterminers = toSet(`the his her their its this that`)

// roleNouns head a description of a person ("the president", "the
// French leader", "the senator"). Used to resolve descriptions to named
// people whose titles share words with the description.
var roleNouns = toSet(`president leader minister secretary senator governor mayor
chancellor premier king queen prince pope envoy ambassador official spokesman
spokeswoman spokesperson aide adviser advisor diplomat general commander chief
director judge justice attorney lawyer prosecutor captain pilot officer sheriff
ceo chairman chairwoman chair executive spokesman representative lawmaker
counterpart host guest author manager coach player witness defendant victim
passenger survivor resident founder head boss administrator commissioner`)

// titleWords are words of titles and honorifics that precede a name
// ("Secretary of State Jane Doe", "Agency Director John Smith").
var titleWords = toSet(`president vice secretary state minister prime foreign
defense defence interior finance commerce treasury deputy director chief senator
sen governor gov mayor mr mrs ms miss dr prof professor judge justice
rep representative congressman congresswoman ambassador envoy special adviser
advisor aide general gen admiral adm colonel col captain capt lieutenant lt
sergeant sgt officer detective det sheriff chancellor king queen prince princess
lord lady sir dame pope bishop cardinal father rev reverend chairman chairwoman
chair ceo executive spokesman spokeswoman spokesperson attorney premier
former acting economic security national host
commander pilot first lady of the`)

// nonNameWords are capitalised words that never start or form a person
// name on their own (sentence openers, months, days, common capitalised
// nouns of news prose).
var nonNameWords = toSet(`the a an and or but in on at of for to from by with as
after before when while if then this that these those it its he she they we i you
his her their our my your there here what who why how where which yet still
also instead despite during since until though although however meanwhile
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec
read more share play follow updated published image photo video watch listen
mr mrs ms dr neither nor either both not no new
meanwhile perhaps maybe`)

// subordinators start a clause (the subject of a later verb follows them).
var subordinators = toSet(`after when while as because since before although though
if until whereas where once unless`)

// orgWords mark a capitalised sequence as an organisation, place or thing
// rather than a person.
var orgWords = toSet(`news times post press journal daily herald tribune network
agency office house base court council center centre university college school
institute committee department ministry party union airlines airline airways
airport force army navy corps guard police bank group company corporation inc
ltd llc association foundation hospital church river lake mountain street
avenue road city county state states republic kingdom nations organization
organisation commission parliament senate congress assembly federation club
hotel station bridge museum war agreement treaty conference summit social
district square park island islands valley international national federal
global world one board authority administration bureau service services
system systems network group gang team institute fund trust commission
council tribunal ministry directorate division unit squad brigade`)

// listCues mark a sentence as listing the people who took part.
var listCues = toSet(`included includes including include joined accompanied
flanked brought delegation delegations side attended attending alongside
participants attendees present speakers handing handed questions chaired presided
visited`)

// tourVerbs tell a tour or a visit: who went "with" the visitor took part.
var tourVerbs = toSet(`toured touring tours visited visiting inspected inspecting appeared appears appearing podium`)

// gatheringWords name a meeting of people: who it was "with" took part
// ("a meeting with Vey, Osk and Lurk").
var gatheringWords = toSet(`meeting meetings met meet meets talks summit session briefing dinner lunch breakfast
conference negotiations discussions`)

// representatives are the people who stand for someone at a meeting
// ("lawyers for Doe"): the one they stand for took part through them.
var representatives = toSet(`lawyers lawyer attorneys counsel representatives representative
delegates envoys`)

// tookPart are words of taking part in a meeting or hearing ("spoke to
// the inquiry", "argued the point", "presented the case").
var tookPart = toSet(`addressed attended spoke speaking testified argued arguing arguments
submissions appeared presented case questions`)

// hedges map hedge phrases (lower-case, as word sequences) to an Approx.
// Longest phrases are tried first.
var hedgePhrases = []struct {
	Words  []string
	Approx string
}{
	{[]string{"no", "fewer", "than"}, ApproxAtLeast},
	{[]string{"no", "less", "than"}, ApproxAtLeast},
	{[]string{"no", "more", "than"}, ApproxAtMost},
	{[]string{"a", "little", "over"}, ApproxOver},
	{[]string{"a", "little", "under"}, ApproxUnder},
	{[]string{"a", "little", "more", "than"}, ApproxOver},
	{[]string{"a", "little", "less", "than"}, ApproxUnder},
	{[]string{"just", "under"}, ApproxUnder},
	{[]string{"just", "over"}, ApproxOver},
	{[]string{"just", "shy", "of"}, ApproxUnder},
	{[]string{"more", "than"}, ApproxAtLeast},
	{[]string{"less", "than"}, ApproxAtMost},
	{[]string{"fewer", "than"}, ApproxAtMost},
	{[]string{"at", "least"}, ApproxAtLeast},
	{[]string{"at", "most"}, ApproxAtMost},
	{[]string{"up", "to"}, ApproxAtMost},
	{[]string{"upwards", "of"}, ApproxAtLeast},
	{[]string{"in", "excess", "of"}, ApproxAtLeast},
	{[]string{"close", "to"}, ApproxAbout},
	{[]string{"some"}, ApproxAbout},
	{[]string{"about"}, ApproxAbout},
	{[]string{"around"}, ApproxAbout},
	{[]string{"roughly"}, ApproxAbout},
	{[]string{"approximately"}, ApproxAbout},
	{[]string{"approx"}, ApproxAbout},
	{[]string{"circa"}, ApproxAbout},
	{[]string{"an", "estimated"}, ApproxAbout},
	{[]string{"estimated"}, ApproxAbout},
	{[]string{"nearly"}, ApproxUnder},
	{[]string{"almost"}, ApproxUnder},
	{[]string{"under"}, ApproxUnder},
	{[]string{"over"}, ApproxAtLeast},
	{[]string{"exceeding"}, ApproxAtLeast},
}

// numberWords are English number words.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "dozen": 12, "a": 1, "an": 1,
}

// numberShapes has a bit set for the shape (vocabShape) of every word of
// numberWords. Built once, never changed.
var numberShapes = shapeTable(numberWords)

// numberWord returns the value of a number word (numberWords[w]),
// sparing the map look-up for most other words.
func numberWord(w string) (float64, bool) {
	if !hasShape(numberShapes, w) {
		return 0, false
	}
	v, ok := numberWords[w]
	return v, ok
}

// scaleWords multiply a number ("3 million", "two hundred").
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1e6,
}

// countNounStop are words after a number that are not a unit noun.
var countNounStop = toSet(`the a an and or of to in on at for by with from as
is was were are be been has had have that which who than percent per cent
p.m a.m pm am o'clock gmt utc et bst cet est edt pst pdt`)

// lengthUnits are measures whose numbers are compared as FactNumber with
// the unit as slot ("feet", "miles").
var measureUnits = toSet(`feet foot ft meters metres meter metre m km kilometers
kilometres kilometer kilometre miles mile mph knots knot kg kilograms pounds lbs
tons tonnes degrees percent dollars euros pounds yen yuan rubles roubles magnitude kt kts
gigabytes gigabyte gb terabytes terabyte tb megabytes megabyte`)

// unitSpellings map a measure's abbreviations and spellings to one slot
// ("2,400 ft" and "2,500 feet" measure the same thing).
var unitSpellings = map[string]string{
	"ft": "foot", "km": "kilometre", "kilometer": "kilometre", "meter": "metre", "mi": "mile",
	"kt": "knot", "kts": "knot", "kg": "kilogram", "lb": "pound", "lbs": "pound", "ton": "tonne",
	"gb": "gigabyte", "tb": "terabyte",
}

// readingScales name a scale whose reading follows them ("magnitude 5.9"); a
// reading is a measure, not a count.
var readingScales = toSet(`magnitude`)

// irregularPlural maps irregular plurals to singular.
var irregularPlural = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child",
	"feet": "foot", "teeth": "tooth", "mice": "mouse", "crew": "crew",
}

// ordinalSuffixes mark an ordinal ("3rd", "21st").
var ordinalSuffixes = []string{"st", "nd", "rd", "th"}

// nounModifierStop are lower-case words between a number and its noun
// that are adjectives we skip over ("29 French drones", "seven more
// regions").
// complementNouns count a fixed complement: a number that, unlike most
// counts, does not change over the life of a story, so that two outlets
// giving it differently conflict even in accounts of different events.
var complementNouns = toSet(`crew crewmember occupant`)

var skipAdjectives = toSet(`more other additional further new senior extra
separate different major minor small large big total previous prior
consecutive straight earlier later`)

// shiftNouns name a change in a figure, not the figure itself ("a
// 57-seat swing", "a rise of 40 jobs"): such a count is compared only with
// other changes.
var shiftNouns = toSet(`swing swings shift rise rises increase increases
gain gains loss losses jump jumps decline declines reduction reductions`)

// Vocabulary classes of a normalised word, as bits: tokenize looks a
// word up once (token.Bits) instead of in each set.
const (
	vSpeech uint16 = 1 << iota
	vTitle
	vRole
	vNonName
	vOrg
	vPrep
	vDescDet
	vSubord
	vFollow // a word that makes the entity finder read the name before it as an organisation, possessive or not
)

// vocabBits maps a word of the sets above to its classes. It is built
// once from the sets and never changed.
var vocabBits = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, c := range []struct {
		set map[string]bool
		bit uint16
	}{
		{speechVerbs, vSpeech}, {titleWords, vTitle}, {roleNouns, vRole},
		{nonNameWords, vNonName}, {orgWords, vOrg}, {prepositions, vPrep},
		{descDeterminers, vDescDet}, {subordinators, vSubord}, {orgFollowers(), vFollow},
	} {
		for w := range c.set {
			m[w] |= c.bit
		}
	}
	return m
}()

// orgFollowers are entity.OrgFollowers, also with a possessive ending
// ("network's"), as the words of tokens (token.Norm) write them.
func orgFollowers() map[string]bool {
	m := map[string]bool{}
	for _, w := range entity.OrgFollowers() {
		m[w], m[w+"'s"], m[w+"'"] = true, true, true
	}
	return m
}

// vocabShapes has a bit set for the shape (vocabShape) of every word of
// vocabBits: a word whose shape bit is clear is in none of the classes,
// which spares most map lookups. Built once, never changed.
var vocabShapes = shapeTable(vocabBits)

// shapeTable returns a bit set of the shapes (vocabShape) of the words of
// m.
func shapeTable[V any](m map[string]V) *[1 << 13]byte {
	var t [1 << 13]byte
	for w := range m {
		h := vocabShape(w)
		t[h>>3] |= 1 << (h & 7)
	}
	return &t
}

// hasShape reports whether the shape of w is in the bit set t.
func hasShape(t *[1 << 13]byte, w string) bool {
	return inShapes(t, vocabShape(w))
}

// inShapes reports whether the shape h is in the bit set t.
func inShapes(t *[1 << 13]byte, h uint32) bool {
	return t[h>>3]&(1<<(h&7)) != 0
}

// vocabShape hashes the first two bytes and the length of w into 16 bits.
func vocabShape(w string) uint32 {
	var b0, b1 byte
	if len(w) > 0 {
		b0 = w[0]
	}
	if len(w) > 1 {
		b1 = w[1]
	}
	return shapeOf(b0, b1, len(w))
}

// shapeOf is the vocabShape of a word of n bytes starting with b0, b1.
func shapeOf(b0, b1 byte, n int) uint32 {
	return ((uint32(b0)*31+uint32(b1))*16 + uint32(n&15)) & 0xffff
}

// bitsOf returns the vocabulary classes of a normalised word.
func bitsOf(w string) uint16 {
	if !hasShape(vocabShapes, w) {
		return 0
	}
	return vocabTable.get(w)
}

// vocabTable holds vocabBits for bitsOf, which looks up every word of
// every text: an open-addressing table with a cheap hash is faster there
// than the map. Built once, never changed.
var vocabTable = newWordTable(vocabBits)

// wordTable maps words to their vocabulary classes (linear probing; a
// quarter full at most).
type wordTable struct {
	keys []string // "" = free
	bits []uint16
	mask uint32
}

func newWordTable(m map[string]uint16) *wordTable {
	n := 1
	for n < 4*len(m) {
		n <<= 1
	}
	t := &wordTable{keys: make([]string, n), bits: make([]uint16, n), mask: uint32(n - 1)}
	for w, b := range m {
		h := hashWord(w) & t.mask
		for t.keys[h] != "" {
			h = (h + 1) & t.mask
		}
		t.keys[h], t.bits[h] = w, b
	}
	return t
}

// get returns the classes of w (0 for a word of none).
func (t *wordTable) get(w string) uint16 {
	for h := hashWord(w) & t.mask; ; h = (h + 1) & t.mask {
		switch t.keys[h] {
		case w:
			return t.bits[h]
		case "":
			return 0
		}
	}
}

// hashWord is the 32-bit FNV-1a hash of w.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// is reports whether the token's normalised word is in one of the
// vocabulary classes c.
func (t token) is(c uint16) bool {
	return t.Bits&c != 0
}

// formIs reports whether w, t.Norm or a form of it made by removing bytes
// (dots, a possessive ending), is in one of the vocabulary classes c.
func formIs(t token, w string, c uint16) bool {
	if len(w) == len(t.Norm) {
		return t.Bits&c != 0
	}
	return bitsOf(w)&c != 0
}

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range splitFields(s) {
		m[w] = true
	}
	return m
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// prepositions mark the next noun phrase as an object, not a subject.
var prepositions = toSet(`with to from by for of on at about against beside besides
between among into onto toward towards without under over than like via upon
alongside behind near unlike including`)

// timeAdjunctWords complete a time or date ("on Tuesday", "local time",
// "that morning").
var timeAdjunctWords = toSet(`on in of the this that last local time morning
afternoon evening night monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// firstPhaseWords and lastPhaseWords tell the first or a partial step of
// a happening and its last or complete one (timePhase).
var (
	firstPhaseWords = toSet(`first most some partially partly initially`)
	lastPhaseWords  = toSet(`last final finally fully completely`)
)

// occurrenceOrdinals and occurrenceNouns name one of several repeats of a
// happening ("the second night of the curfew", "on the third day").
var (
	occurrenceOrdinals = toSet(`first second third fourth fifth sixth seventh`)
	occurrenceNouns    = toSet(`night day morning evening week weekend round`)
)

// timeNouns after "first" or "last" make it a word of time ("last week",
// "the first time").
var timeNouns = toSet(`time times week weekend month year night day morning
afternoon evening hour hours minute minutes season monday tuesday wednesday
thursday friday saturday sunday decade century`)

// plannedLengthWords before "of" or "for" and a duration make it the
// length of a plan ("the planned burn of seven minutes").
var plannedLengthWords = toSet(`planned scheduled expected intended targeted
allotted allocated budgeted`)

// frontedTimeWords may stand before a time that opens a sentence ("At
// 10:15 p.m.,", "Shortly after 2 a.m.,", "Just before 11,").
var frontedTimeWords = toSet(`at around about shortly just soon after before by until from`)

// relativePronouns open a relative clause.
var relativePronouns = toSet(`who which whose whom`)

// voteNouns count the votes of a tally ("by 214 votes to 187", "by a vote
// of 52 to 40"), singular.
var voteNouns = toSet(`vote ballot`)

// clauseWords may follow the last number of a tally ("… votes to 187, but
// …", "to 187 on Monday").
var clauseWords = toSet(`and but with on in after as when while`)

// quantifierWords may open a sentence before a count ("All 11 miners",
// "Only 40 seats"); capitalised there, they are no name of an identifier
// ("Flight 1282").
var quantifierWords = toSet(`all only another each every both just`)

// asDegreeWords after "as" make a degree phrase, not a clause ("as early
// as June", "as late as 9 p.m.").
var asDegreeWords = toSet(`early late recently much many few little`)

// plannedWords mark a happening as planned or hoped for ("will", "is
// expected to", "is due to", "hopes", "targeting").
var plannedWords = toSet(`will would could might may shall expected expects
expect due scheduled planned plans plan planning targeting targets aims aiming
hopes hoped hope hoping intends intend intended`)

// frequencyWords are numbers of occasions in one word ("twice").
var frequencyWords = map[string]float64{"twice": 2, "thrice": 3}

// occasionAdjectives between "on N" and a noun make the count a number of
// occasions ("on three previous flights", "on two separate occasions").
var occasionAdjectives = toSet(`previous earlier prior separate different other`)

// multiplierWords after "twice" or "N times" make a multiplier ("twice as
// many", "three times the size", "twice that", "three times higher").
var multiplierWords = toSet(`as the that more less fewer over larger higher
bigger greater faster longer smaller lower`)

// hospitalVerbs take people to a hospital ("were taken to hospital",
// "airlifted to a hospital in Westby").
var hospitalVerbs = toSet(`taken rushed admitted airlifted flown brought sent sending sends transferred transported treated`)

// spendWords spend a stretch of time on an act ("spent the next hour").
var spendWords = toSet(`spent spend spends spending took take takes`)

// futureWords put an act still to come before a span ("will resume in two
// hours").
var futureWords = toSet(`will would shall 'll due expected scheduled set plans planned aims hopes could may might`)

// featureHeads name a stretch of water or land in a place name ("Lake
// Calder", "the Westby Sound", "the Orran Hills").
var featureHeads = toSet(`sound lake loch bay sea ocean channel strait straits gulf estuary firth fjord river reservoir
mountains hills range desert forest moor moors plain plains valley islands peninsula coast`)

// startVerbs tell that something began ("after it was issued", "after
// they started"): the span before them is how long it lasted.
var startVerbs = toSet(`issued imposed declared introduced ordered began begun started opened closed announced enforced`)

// harmCareStems are word stems of triggers of harm or of care: an event
// they name owns the hospital count told beside it ("injured … and sent 27
// people to hospital").
var harmCareStems = []string{"hospital", "injur", "hurt", "treat", "casualt", "wound", "kill", "dead", "died"}

// shelterTriggers name a place people are taken in ("rest centre").
var shelterTriggers = map[string]bool{"shelter": true, "shelters": true, "rest centre": true, "rest centres": true, "relief centre": true,
	"relief center": true, "evacuation centre": true, "evacuation center": true, "reception centre": true}

// idNouns name things by a number written after them ("runway 27", "gate
// 12", "platform 9", "junction 14"): the number is a name, not a count.
var idNouns = toSet(`runway taxiway gate platform pier berth terminal junction exit route highway motorway flight bay stand ward room
	lane track carriage coach`)

// placeIDNouns name a part of a site by a letter, name or number after
// them ("at taxiway Charlie", "from gate 12"): a place outlets can state
// differently.
var placeIDNouns = toSet(`runway taxiway gate platform pier berth terminal junction exit stand bay`)
