package sentence

import "strings"

// This file holds the general English vocabulary the segmenter consults. It
// is data, not logic: abbreviations, words that commonly open a sentence,
// words that a time abbreviation is commonly followed by, and function words
// that cannot end a line of running text. The sets are built once at package
// initialisation and only read afterwards.

// abbrevKind says how a known abbreviation behaves before the next word.
type abbrevKind uint8

const (
	abbrevNone abbrevKind = iota
	// abbrevNever never ends a sentence unless the text ends: titles and
	// other prepositive abbreviations (Mr., Gen., Mt.) and connectives
	// (e.g., i.e., vs.).
	abbrevNever
	// abbrevGeneric ends a sentence only when the next word is a typical
	// sentence opener (Inc., Co., U.S., Jan., etc., No.).
	abbrevGeneric
	// abbrevNumber precedes a number ("No. 5", "p. 55", "Vol. 2"): it ends
	// a sentence like an ordinary word unless a number follows ("Smith
	// said no. Jones agreed.").
	abbrevNumber
	// abbrevTime is a.m./p.m.: it ends a sentence before a capitalised word
	// unless that word continues the time (a weekday, a time zone) or the
	// sentence opened with the time phrase ("At 5 a.m. Mr. Smith left.").
	abbrevTime
	// abbrevState is a US state or district abbreviation in AP style
	// (Wash., Calif., N.Y., D.C.): like abbrevGeneric, but never before an
	// opening bracket, so that a dateline "TOWN, Wash. (AP) — …" stays
	// one sentence.
	abbrevState
)

// Abbreviations matched case-insensitively (keys are lower case, without the
// final period; internal periods kept: "u.s", "e.g").
var abbrevAnyCase = buildKinds(map[abbrevKind]string{
	abbrevNever: `mr mrs ms messrs mmes mme mlle dr prof profs rev hon
		e.g i.e vs cf viz approx esp incl`,
	abbrevGeneric: `inc ltd corp co cos bros llc plc jr sr esq etc al
		eds
		dept depts univ assn assoc est govt intl natl
		ave blvd rd st hwy
		ft yd lb lbs oz gal qt km kg mg hr hrs min mins max sq
		yr yrs mos wk wks pt pts avg pct misc tel ext orig dist div
		bn mn tn mln bln
		ph.d m.d b.a m.a b.sc m.sc u.s u.s.a u.k u.n e.u
		jan feb apr jun jul aug sep sept oct nov dec
		tue tues thu thur thurs fri`,
	abbrevState: `ala ariz ark calif colo conn fla kan kans ky md mich minn
		mont neb nev okla tenn tex va vt wis wyo
		n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va d.c`,
	abbrevNumber: `no nos n° nº vol vols ch chap sec secs fig figs art arts
		para paras ex exh`,
	abbrevTime: `a.m p.m`,
})

// Abbreviations matched only with the capitalisation given (checked before
// abbrevAnyCase): titles and state names that are also ordinary words, and
// lower-case forms whose capitalised form is something else ("v." but the
// initial "V.", "ca." but "CA.", "p." but "P.").
var abbrevExactCase = buildKinds(map[abbrevKind]string{
	abbrevNever: `Gen Sen Sens Rep Reps Gov Lt Col Capt Cmdr Cdr Sgt Maj Adm
		Brig Cpl Pvt Spc Amb Atty Insp Det Supt Pres Msgr Fr Mt Ft Gens
		v ca`,
	abbrevGeneric: `Mar Mon Wed Sat Sun Ed`,
	abbrevState:   `Del Ind La Ida Me Ore Ga Ill Mass Miss Mo Pa Wash`,
	// lower case only: "P." is an initial
	abbrevNumber: `p pp`,
})

// sentenceStarters are capitalised words that commonly open a sentence and
// rarely follow a mid-sentence abbreviation such as "U.S." or "Co.": "…in
// the U.S. How about you?" ends a sentence, "…the U.S. Government…" does not.
var sentenceStarters = buildSet(`
	A An The This That These Those It Its He She They We I You His Her Their
	Our My Your Him Them Us There Here
	But And Or So Yet Nor If When While After Before Since Because Although
	Though As Once Unless Until Whether Where Why How What Who Whom Whose Which
	In On At For With Without By From To Of During Under Over Among About
	Despite Instead However Meanwhile Still Also Then Now Later Earlier
	Thus Therefore Otherwise Perhaps Maybe Indeed Moreover Furthermore
	Nevertheless Nonetheless Overall Finally Today Yesterday Tomorrow Tonight
	Did Do Does Is Are Was Were Can Could Should Would Has Have Had Must Might
	Shall May
	No Not Yes Many Most Some All Both Each Every Other Such Only Even Just
	Neither Either Another Any Few Several Much More Less Last Next First
	Let Please According Asked Like Unlike Given Although Whatever Whoever
	None Nothing Everyone Everything Someone Something Nobody Somebody Anyone
	One Two Three Four Five Six Seven Eight Nine Ten
	Being Millions Thousands Hundreds Dozens Billions
`)

// timeFollowers continue a clock time after a.m./p.m. ("10 a.m. Friday",
// "1:50 p.m. ET") instead of opening a new sentence.
var timeFollowers = buildSet(`
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday
	Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
	January February March April May June July August September October
	November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
	ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST GMT UTC BST CET
	CEST EET EEST IST JST AEST AEDT Z Eastern Central Mountain Pacific
`)

// speechVerbs mark a speech tag after a quoted question or exclamation:
// “Why not?” Smith said. stays one sentence.
var speechVerbs = buildSet(`
	said says asked asks told tells added adds replied replies wrote writes
	shouted yelled responded continued explained noted insisted declared
	recalled remarked answered exclaimed cried demanded wondered joked quipped
	tweeted posted countered conceded acknowledged warned
`)

// timeOpeners are prepositions that open a sentence with a time phrase:
// "At 5 a.m. Mr. Smith went to the bank." keeps "a.m." inside the sentence.
var timeOpeners = buildSet(`
	at by before after around about until till from since on shortly just
	starting beginning early late near toward towards
`)

// functionWords cannot end a line of running text: a line that ends with one
// continues on the next line even when that line starts with a capital.
var functionWords = buildSet(`
	a an the of to in on at by for with from into onto upon and or but nor
	that which who whom whose than as if because while when where said says
	told is was were are be been being has have had will would can could
	should may might must his her its their our my your this these those
	not no about after before over under between among against during without
	via per including such very more most
`)

func buildKinds(m map[abbrevKind]string) map[string]abbrevKind {
	out := make(map[string]abbrevKind)
	for k, words := range m {
		for _, w := range strings.Fields(words) {
			out[strings.TrimSuffix(w, ".")] = k
		}
	}
	return out
}

func buildSet(words string) map[string]bool {
	out := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}
