package evaluate

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"storyline/data"
	"storyline/timeline"
	facts "storyline/timeline/compare"
)

// testdataDir is the evaluation corpora folder, from this package's folder.
const testdataDir = "../../testdata"

// Floors are the minimum scores a corpus must keep. The integrator ratchets
// them up as the engine improves; 0 means "not enforced yet".
type Floors struct {
	EventRecall, EventPrecision, EvidenceP, EvidenceR, Order float64
	DisagreementP, DisagreementR, QuoteP, QuoteR             float64
	// MaxForbidden is the most forbidden-evidence hits allowed (-1: any).
	MaxForbidden int
}

// floors per corpus; corpora not listed use defaultFloors.
var floors = map[string]Floors{
	// Ratcheted from the final run of 2026-11-22 (README table): five points
	// under each score (0.95 for 100 %), so one sentence of noise does not trip them.
	"alaska-summit-2025":     {EventRecall: 0.95, EventPrecision: 0.90, EvidenceP: 0.75, EvidenceR: 0.86, Order: 0.95, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.87, QuoteR: 0.95},
	"assembly-no-confidence": {EventRecall: 0.95, EventPrecision: 0.74, EvidenceP: 0.79, EvidenceR: 0.81, Order: 0.87, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	"aviation-door-plug":     {EventRecall: 0.95, EventPrecision: 0.85, EvidenceP: 0.78, EvidenceR: 0.78, Order: 0.90, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	"court-fraud-trial":      {EventRecall: 0.89, EventPrecision: 0.75, EvidenceP: 0.82, EvidenceR: 0.80, Order: 0.91, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	"dairy-takeover-bid":     {EventRecall: 0.88, EventPrecision: 0.74, EvidenceP: 0.83, EvidenceR: 0.71, Order: 0.90, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	"harbour-bridge-strike":  {EventRecall: 0.89, EventPrecision: 0.85, EvidenceP: 0.76, EvidenceR: 0.70, Order: 0.88, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	"hospital-ransomware":    {EventRecall: 0.88, EventPrecision: 0.69, EvidenceP: 0.79, EvidenceR: 0.76, Order: 0.95, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpora of the second session, tuned on since (outbreak from
	// the third session); floors five points under the latest run.
	"launch-anomaly":  {EventRecall: 0.84, EventPrecision: 0.77, EvidenceP: 0.81, EvidenceR: 0.60, Order: 0.80, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	"outbreak-recall": {EventRecall: 0.67, EventPrecision: 0.57, EvidenceP: 0.67, EvidenceR: 0.51, Order: 0.92, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the third session, first contact at engine 39bea59,
	// tuned on since; floors five points under the latest run.
	"cloud-outage": {EventRecall: 0.90, EventPrecision: 0.74, EvidenceP: 0.72, EvidenceR: 0.57, Order: 0.82, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the third session (first contact at engine
	// 303d01b), tuned on from the fourth; floors five points under the latest
	// run.
	// (event precision 0.64 → 0.57 in the tenth session: a drill bit that
	// "jammed for four hours" is now a breakdown, which the gold leaves out)
	// (event recall 83 → 78 in the fifteenth session: a man "lifted
	// straight into an ambulance" had made a false "order lifted" event,
	// which the scorer aligned with his rescue; it is now a rescue, told
	// with the first man's)
	"mine-rescue": {EventRecall: 0.78, EventPrecision: 0.57, EvidenceP: 0.63, EvidenceR: 0.48, Order: 0.86, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpora of the fourth session, first contact at engine
	// 27ec860, floors five points under. prisoner-exchange (politics) is
	// tuned on from then; rail-derailment stayed unseen through the sixth
	// session (only its summary row read) and is tuned on from the seventh,
	// when doping-appeal took over as the unseen corpus.
	"prisoner-exchange": {EventRecall: 0.62, EventPrecision: 0.63, EvidenceP: 0.66, EvidenceR: 0.57, Order: 0.92, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the seventh session, written blind by a helper that
	// read no engine code; first contact at engine 52ebd9c (summary row and
	// the two forbidden lines the failure message names only): 72/57,
	// 58/43, 86, disagreements 0/0, quotes 100/100, 2 forbidden; tuned on
	// from the eighth session, floors five points under its tuned row.
	"doping-appeal": {EventRecall: 0.67, EventPrecision: 0.67, EvidenceP: 0.61, EvidenceR: 0.49, Order: 0.83, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the eighth session (crime), first contact at
	// 68a666a: 75/61, 58/48, 87, disagreements 0/0; tuned on from the ninth.
	"museum-heist": {EventRecall: 0.85, EventPrecision: 0.55, EvidenceP: 0.65, EvidenceR: 0.62, Order: 0.88, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the tenth session (energy: a grid blackout),
	// written blind by a helper that read no engine code; first contact at
	// engine 2d799de (the commit before the one that adds it): 65/86,
	// 65/53, 71, disagreements 75/43, quotes 100/100, 4 forbidden (only the
	// summary row was read). Tuned on from the eleventh session; floors
	// five points under its tuned row.
	"grid-blackout": {EventRecall: 0.80, EventPrecision: 0.84, EvidenceP: 0.75, EvidenceR: 0.70, Order: 0.80, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the ninth session (politics: a disputed count),
	// written blind by a helper; first contact at engine 695e9fe (the
	// commit before the one that adds it): 93/74, 55/53, 94, disagreements
	// 50/29, quotes 100/100, 5 forbidden. Tuned on from the tenth session;
	// floors five points under its tuned row.
	"election-recount": {EventRecall: 0.84, EventPrecision: 0.65, EvidenceP: 0.62, EvidenceR: 0.66, Order: 0.91, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the eleventh session (labour: a nurses' strike),
	// written blind by a helper that read no engine code; first contact at
	// engine e895dcc (the commit before the one that adds it): 74/50,
	// 55/50, 97, disagreements 25/14, quotes 100/100, 1 forbidden (only the
	// summary row was read). Order 97 → 92 with a general fix while it was
	// unseen ("put out a statement" is no fire put out). Tuned on from the
	// twelfth session; floors five points under its tuned row.
	"nurses-strike": {EventRecall: 0.73, EventPrecision: 0.45, EvidenceP: 0.63, EvidenceR: 0.64, Order: 0.93, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95, MaxForbidden: 1},
	// Second held-out corpus of the eleventh session (finance: a bank
	// failure), written blind by a helper that read no engine code; first
	// contact at engine e17d3e4 (the commit before the one that adds it):
	// 66/68, 75/55, 83, disagreements 67/57, quotes 100/100, 2 forbidden
	// (only the summary row was read); 66/68, 76/55, 83, 67/57 at 03a4f31
	// when it was opened for tuning in the fourteenth session; 90/70, 79/74,
	// 95, 100/100 at 21970e6. Floors five points under its tuned row.
	"bank-failure": {EventRecall: 0.85, EventPrecision: 0.65, EvidenceP: 0.74, EvidenceR: 0.69, Order: 0.90, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95, MaxForbidden: 2},
	// Held-out corpus of the twelfth session (natural disaster: an
	// earthquake and the relief effort), written blind by a helper that read
	// no engine code; first contact at engine 8f50afb (the commit before the
	// one that adds it): 76/71, 64/62, 81, disagreements 50/43, quotes
	// 100/88, 0 forbidden (only the summary row was read); unchanged at
	// b837e5c when it was opened for tuning in the fifteenth session;
	// 79/74, 67/72, 86, 100/100 at its end. Floors five points under that
	// row. (Disagreement recall 100 -> 86 in the twenty-third session: its
	// page headline, read as body until then, is a heading, and the
	// rescue's duration disagreement had been credited through the
	// headline's "seven days of rescue" on an event with none of the
	// rescue's own sentences.)
	"earthquake-relief": {EventRecall: 0.74, EventPrecision: 0.69, EvidenceP: 0.62, EvidenceR: 0.67, Order: 0.81, DisagreementP: 0.95, DisagreementR: 0.81, QuoteP: 0.95, QuoteR: 0.83},
	// Held-out corpus of the fourteenth session (maritime: a ferry runs
	// aground, evacuation, refloating, inquiry), written blind by a helper
	// that read no engine code; first contact at engine 524e281 (the commit
	// before the one that adds it): 76/75, 64/57, 91, disagreements 60/43,
	// quotes 100/100, 0 forbidden (only the summary row was read); unchanged
	// at 9e9dc2d when it was opened for tuning in the sixteenth session;
	// 79/78, 72/69, 93, 100/100 at ee60aeb. Floors five points under that
	// row.
	"ferry-grounding": {EventRecall: 0.74, EventPrecision: 0.73, EvidenceP: 0.67, EvidenceR: 0.64, Order: 0.88, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the fifteenth session (public safety: a crowd crush
	// at a music festival and its aftermath), written blind by a helper that
	// read no engine code, its gold made valid for the reader by a second
	// blind pass; first contact at engine 25a2c16 (the commit before the
	// one that adds it): 77/70, 57/58, 64, disagreements 60/43, quotes
	// 100/100, 1 forbidden (only the summary row was read); unchanged at
	// 4b07189 when it was opened for tuning in the sixteenth session;
	// 83/71, 64/67, 78, 100/100 at e1f68e9. Floors five points under that
	// row.
	"festival-crush": {EventRecall: 0.78, EventPrecision: 0.66, EvidenceP: 0.59, EvidenceR: 0.62, Order: 0.73, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95, MaxForbidden: 1},
	// Held-out corpus of the sixteenth session (aviation: an engine fire
	// after take-off, a return and a runway excursion, the inquiry), written
	// blind by a helper that read no engine code, its gold made valid for
	// the reader by a second blind pass; first contact at engine ee60aeb
	// (the commit before the one that adds it): 77/86, 63/66, 82,
	// disagreements 67/22, quotes 89/89, 3 forbidden (only the summary row
	// was read); unchanged at 41fd13c when it was opened for tuning in the
	// seventeenth session; 80/86, 71/86, 93, 100/100, quotes 100/100 at
	// a259811. Floors five points under that row.
	"engine-fire-landing": {EventRecall: 0.75, EventPrecision: 0.81, EvidenceP: 0.66, EvidenceR: 0.81, Order: 0.88, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the seventeenth session (politics: a minister
	// resigns over a leaked procurement memo), written blind by a helper
	// that read no engine code, its gold made valid for the reader by a
	// second blind pass; first contact at engine a1796d9 (the commit before
	// the one that adds it): 93/70, 66/58, 81, disagreements 50/14, quotes
	// 100/100, 0 forbidden (only the summary row was read); unchanged at
	// 760bcd4 when it was opened for tuning in the eighteenth session;
	// 93/76, 68/66, 86, disagreements 100/86, quotes 100/100 at 368cfdc.
	// Floors five points under that row.
	"minister-memo-resignation": {EventRecall: 0.88, EventPrecision: 0.71, EvidenceP: 0.63, EvidenceR: 0.61, Order: 0.81, DisagreementP: 0.95, DisagreementR: 0.81, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the eighteenth session (industry: a toxic gas leak
	// at a chemical plant), written blind by a helper that read no engine
	// code, its gold made valid for the reader by a second blind pass,
	// which found a reader fault (a forum repost's whole story read as
	// reader comments) fixed in 2a91f6a; first contact at engine ef0ffbc,
	// fault included: 56/59, 54/62, 78, disagreements 0/0, quotes 67/78;
	// at 2a91f6a: 59/60, 51/63, 82, disagreements 0/0, quotes 69/89, 0
	// forbidden (only the summary rows were read); unchanged at 3cf8024
	// when it was opened for tuning in the nineteenth session; 85/74,
	// 73/85, 87, disagreements 100/71, quotes 100/100 (gold completed with
	// three shared quotes it had not listed) at a8a5a57. Floors five
	// points under that row.
	"chemical-plant-leak": {EventRecall: 0.80, EventPrecision: 0.69, EvidenceP: 0.68, EvidenceR: 0.80, Order: 0.82, DisagreementP: 0.95, DisagreementR: 0.66, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the nineteenth session (policing: an armed man
	// holds post-office staff hostage, the stand-off, its end and the
	// court case), written blind by a helper that read no engine code, its
	// gold made valid for the reader by a second blind pass, which found
	// reader faults (a subscriber note and a related-reading line read as
	// body, a Markdown image line read as a heading) fixed in 539c2a3;
	// first contact at engine 5167c34, faults included: 66/68, 69/56, 84,
	// disagreements 100/29, quotes 100/100, 1 forbidden; with the fix, at
	// 5167c34 and at 62e671f alike: 66/70, 69/56, 85, disagreements
	// 100/29, quotes 100/100, 0 forbidden (only the summary rows were
	// read). Floors five points under; unchanged at dc26d38 when opened
	// for tuning in the twentieth session.
	// Tuned on from the twentieth session (69/78, 74/80, 83, disagreements
	// 100/57, quotes 100/100 at 7961f99); floors five points under.
	"hostage-standoff": {EventRecall: 0.64, EventPrecision: 0.73, EvidenceP: 0.69, EvidenceR: 0.75, Order: 0.78, DisagreementP: 0.95, DisagreementR: 0.52, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the twentieth session (aviation: a runway
	// incursion, a rejected takeoff and an evacuation by slides), written
	// blind by a helper that read no engine code; a second blind pass
	// fixed the reader faults it exposed (a bracketed code in a forum
	// breadcrumb, a live page's glued header and housekeeping lines, a
	// figure caption readability dropped, a prose standfirst; 0c3f25d to
	// abed7a4). First contact at engine 7961f99, faults included: 70/76,
	// 74/57, 79, disagreements 33/12, quotes 100/91, 2 forbidden; with the
	// fixes: 73/79, 75/63, 87, 33/12, 100/91, 0 forbidden (only the summary
	// rows were read). Floors five points under; unchanged at 633ca69 when
	// opened for tuning in the twenty-first session.
	// Tuned on from the twenty-first session (80/80, 84/79, 85,
	// disagreements 60/38, quotes 100/91); floors five points under.
	"runway-incursion": {EventRecall: 0.75, EventPrecision: 0.75, EvidenceP: 0.79, EvidenceR: 0.74, Order: 0.80, DisagreementP: 0.55, DisagreementR: 0.33, QuoteP: 0.95, QuoteR: 0.86},
	// Held-out corpus of the twenty-first session (maritime: a tanker and a
	// container ship collide at night, an oil spill, a search, beach
	// closures and an inquiry), written blind by a helper that read no
	// engine code; a second blind pass fixed the reader faults it exposed
	// (a photo credit with a number, a live page's sign-off, a standfirst
	// over a lead picture, a subscriber box, section-label bars, share and
	// reader-appeal lines; 16d8faf to 47f0fcc). First contact, faults
	// included: 54/77, 75/78, 89, disagreements 100/50, quotes 100/100, 3
	// forbidden at engine 633ca69; 57/77, 74/79, 87, 100/50, 100/100, 3 at
	// d884c0e; with the fixes at d884c0e: 57/80, 76/79, 86, 100/50,
	// 100/100, 0 forbidden (only the summary rows were read). Floors five
	// points under; unchanged at 78158ea when opened for tuning in the
	// twenty-second session.
	// Tuned on from the twenty-second session (80/80, 80/81, 91,
	// disagreements 100/50, quotes 100/100); floors five points under.
	"tanker-spill": {EventRecall: 0.75, EventPrecision: 0.75, EvidenceP: 0.75, EvidenceR: 0.76, Order: 0.86, DisagreementP: 0.95, DisagreementR: 0.45, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the twenty-second session (sport: a player
	// collapses on the pitch, the match is abandoned, his treatment and
	// the league's review), written blind by a helper that read no engine
	// code; a second blind pass fixed the reader faults it exposed (an
	// appeal for readers' messages read as a caption, a forum title split
	// at a dash, a members' note, a live page's tab bar and a sections
	// bar read as subtitles, a live page's farewell; d3304c8 to c2b843b).
	// First contact at engine 78158ea, faults included: 58/71, 73/42, 69,
	// disagreements 50/12, quotes 100/90, 0 forbidden; the same with the
	// fixes, at 78158ea and at the session's engine alike (only the
	// summary rows were read). Floors five points under; unchanged at
	// a867454 when opened for tuning in the twenty-third session.
	// Tuned on from the twenty-third session (88/83, 91/94, 97,
	// disagreements 100/100, quotes 100/100); floors five points under.
	"match-collapse": {EventRecall: 0.83, EventPrecision: 0.78, EvidenceP: 0.86, EvidenceR: 0.89, Order: 0.92, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the twenty-second session (business: a founder
	// chief executive ousted by the board and reinstated), written blind
	// by a helper that read no engine code; a second blind pass fixed the
	// reader faults it exposed (a live page's sign-off, a newswire byline
	// read as an author; 49dfb17, e727024). First contact at engine
	// 78158ea, faults included: 83/60, 72/52, 84, disagreements 50/25,
	// quotes 100/100, 0 forbidden; at the session's engine, with and
	// without the fixes: 83/61, 74/52, 84, 67/25, 100/100, 0 (only the
	// summary rows were read). Floors five points under; 83/61, 75/51,
	// 84, 100/25 at 949a101 when opened for tuning in the twenty-fourth
	// session. Tuned on from the twenty-fourth session (92/64, 82/71, 83,
	// disagreements 100/25, quotes 100/100); floors five points under.
	"boardroom-ouster": {EventRecall: 0.87, EventPrecision: 0.59, EvidenceP: 0.77, EvidenceR: 0.66, Order: 0.78, DisagreementP: 0.95, DisagreementR: 0.20, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the twenty-third session (consumer safety: an
	// e-scooter maker's battery fires, a recall, a regulator's warning and
	// a class action), written blind by a helper that read no engine code;
	// a second blind pass fixed the reader faults it exposed (a date bar in
	// Markdown emphasis, a live entry's offer of a recap, a reposted
	// headline over its byline read as body; aea064b, c268785, 4d06ad8).
	// First contact at engine a867454, faults included: 90/65, 74/53, 91,
	// disagreements 25/12, quotes 100/100, 1 forbidden; with the fixes at
	// a867454 and at the session's engine alike: 90/65, 75/53, 91, 25/12,
	// 100/100, 0 (only the summary rows were read; later in the session
	// its timeline screen was looked at once in a narrow-terminal UI
	// check, and nothing was changed from it). Floors five points under;
	// stays unseen.
	"scooter-recall": {EventRecall: 0.85, EventPrecision: 0.60, EvidenceP: 0.70, EvidenceR: 0.48, Order: 0.86, DisagreementP: 0.20, DisagreementR: 0.07, QuoteP: 0.95, QuoteR: 0.95},
	// Held-out corpus of the twenty-fourth session (politics: a clerk
	// arrested as a spy, diplomats expelled tit for tat, a summit put
	// off), written blind by a helper that read no engine code; a second
	// blind pass fixed the reader faults it exposed (a Markdown image's
	// syntax and single-star emphasis shown in evidence; 1cd4bea,
	// a27c2d0 on its branch). First contact at engine 949a101, with and
	// without the fixes: 90/67, 75/51, 67, disagreements 0/0 (none of the
	// eight planted found, none flagged), quotes 100/100, 0 forbidden; at
	// the session's engine 2c289e4: 90/64, 75/49, 67, 0/0, 100/100, 0
	// (only the summary rows were read). Opened for study in the
	// twenty-sixth session, so it joins the tuned set: at 52c09c9 86/69,
	// 76/68, 76, disagreements 60/38, quotes 100/100, 0 forbidden; floors
	// five points under that.
	// Held-out corpus of the twenty-fifth session (public sector: a
	// ransomware attack takes a county council offline; a leak site, a
	// ransom refused, stolen files published, an arrest abroad), written
	// blind by a helper that read no engine code; a second blind pass
	// fixed the reader faults it exposed (an agency byline read as the
	// standfirst, an appeal for readers' stories read as a heading;
	// bf02808, bf1060e on its branch). First contact at engine 0fd0bc6,
	// with and without the fixes: 71/70, 70/51, 82, disagreements 50/11,
	// quotes 100/90, 0 forbidden; the same at the session's engine df5094f
	// (only the summary rows were read). Floors five points under. Opened
	// for study in the twenty-seventh session (staff sent home, systems
	// switched off, a regulator notified, a ransom refused, a help point
	// opened; modals that do not plan a participle, a past speech tag or a
	// past day's act): 71/70, 70/51, 82, 50/11 -> 79/79, 76/71, 86, 100/67;
	// now tuned, floors five points under.
	// Held-out corpus of the twenty-sixth session (construction: a tower
	// crane collapses onto a street and an office roof; a search of the
	// rubble, a regulator's prohibition notice, statements by the developer
	// and the crane-hire firm, a vigil, the site manager arrested and
	// bailed), written blind by a helper that read no engine code; a second
	// blind pass fixed the reader fault it exposed (a caption credit naming
	// a reader as its source read as caption text; 053115a on its branch).
	// First contact at engine a749407, with and without the fix: 83/70,
	// 62/57, 75, disagreements 67/50, quotes 89/89, 0 forbidden (only the
	// summary rows were read). Floors five points under; stays unseen.
	// Held-out corpus of the twenty-seventh session (flood: a dam's spillway
	// fails after two days of rain and the town below is flooded and
	// evacuated; rescues from roofs, a care home moved, a bridge closed and
	// declared unsafe, the army shoring up the dam, a controlled release, a
	// premier's visit and funding, an inquiry), written blind by a helper
	// that read no engine code; a second blind pass found no reader fault.
	// First contact at engine de0e257: 76/68, 71/50, 92, disagreements
	// 20/12, quotes 100/100, 0 forbidden; the same at the session's engine
	// 6f84370 (only the summary rows were read). Opened in the
	// twenty-eighth session (tuned from then on): flood and structure
	// vocabulary, reduced relative times, "last <weekday>" not yesterday,
	// evacuees counted alike, who announced an act, "two dozen"; 91/71,
	// 79/58, 86, disagreements 75/75. Floors five points under.
	"dam-breach-flood": {EventRecall: 0.86, EventPrecision: 0.66, EvidenceP: 0.74, EvidenceR: 0.53, Order: 0.81, DisagreementP: 0.70, DisagreementR: 0.70, QuoteP: 0.95, QuoteR: 0.95},
	// Round 27, held out: transfer-saga (sport: a football club signs a
	// forward on the last days of the transfer window — a bid rejected,
	// the fee agreed, talks in a third city, a medical, the contract, the
	// unveiling, the deal registered before the deadline, a rival's bid
	// withdrawn, the debut), written blind by a helper that read no engine
	// code; a second blind pass fixed four reader faults (a subscriber
	// note, a pointer to later coverage, a one-question appeal, a live
	// page's closing date bar). First contact at engine 4510fef: 63/75,
	// 91/42, 79, disagreements 100/25, quotes 100/80, 0 forbidden; the same
	// after the reader fixes and at the session's engine 9d49573 (only the
	// summary rows were read). Opened in the twenty-ninth session (tuned
	// from then on): signing and transfer vocabulary, a measure compound
	// inside a trigger, each conjunct's own day, a figure of another
	// subject's clause, who was met; 95/73, 95/78, 96, disagreements
	// 100/88. Floors five points under.
	"transfer-saga": {EventRecall: 0.90, EventPrecision: 0.68, EvidenceP: 0.90, EvidenceR: 0.73, Order: 0.91, DisagreementP: 0.95, DisagreementR: 0.83, QuoteP: 0.95, QuoteR: 0.75},
	// Round 28, held out: street-protest-curfew (civil unrest: a march
	// against a police shooting turns into clashes outside the city hall —
	// tear gas and a water cannon, a bus set on fire, arrests and injuries,
	// an overnight curfew, a second march banned, a minister's visit, the
	// officer suspended and investigated, a vigil, the curfew lifted, the
	// officer charged a week later), written blind by a helper that read no
	// engine code; a second blind pass fixed one reader fault (an agency's
	// name on its own line under the byline). First contact at engine
	// 676fc01: 76/79, 79/60, 77, disagreements 50/25, quotes 100/90, 0
	// forbidden; the same after the reader fix and at the session's engine
	// 27b1b89 (only the summary rows were read). Opened in the thirtieth
	// session (tuned from then on): unrest vocabulary, the ends of a clock
	// range, an acting office's town, the cost of the damage, "By the
	// time …", the figures of each night; 86/73, 84/68, 84, disagreements
	// 100/62. Floors five points under.
	"street-protest-curfew": {EventRecall: 0.81, EventPrecision: 0.68, EvidenceP: 0.79, EvidenceR: 0.63, Order: 0.79, DisagreementP: 0.95, DisagreementR: 0.57, QuoteP: 0.95, QuoteR: 0.85},
	// Round 29, written blind (party politics: a prime minister loses a
	// vote of the party's MPs and resigns; nominations, four candidates, one
	// short of the threshold, one withdrawing after a debate, a hustings, a
	// second debate cancelled, a members' ballot, the result, the loser's
	// concession, the new prime minister appointed, a cabinet named; a
	// follow-up a week later). Written by a helper that read no engine code;
	// a second blind pass fixed one reader fault (an app prompt under a live
	// page's closing rule). First contact at engine 813d6e1: 86/62, 73/52,
	// 79, disagreements 67/44, quotes 100/91, 0 forbidden; the same after
	// the reader fix; at the session's engine 4993c8c disagreements 80/44,
	// the rest the same (only the summary rows were read). Floors five
	// points under; stays unseen.
	"leadership-contest":  {EventRecall: 0.81, EventPrecision: 0.57, EvidenceP: 0.68, EvidenceR: 0.47, Order: 0.74, DisagreementP: 0.75, DisagreementR: 0.39, QuoteP: 0.95, QuoteR: 0.86},
	"crane-collapse":      {EventRecall: 0.78, EventPrecision: 0.65, EvidenceP: 0.57, EvidenceR: 0.52, Order: 0.70, DisagreementP: 0.62, DisagreementR: 0.45, QuoteP: 0.84, QuoteR: 0.84},
	"council-cyberattack": {EventRecall: 0.74, EventPrecision: 0.74, EvidenceP: 0.71, EvidenceR: 0.66, Order: 0.81, DisagreementP: 0.95, DisagreementR: 0.62, QuoteP: 0.95, QuoteR: 0.85},
	"diplomat-expulsion":  {EventRecall: 0.81, EventPrecision: 0.64, EvidenceP: 0.71, EvidenceR: 0.63, Order: 0.71, DisagreementP: 0.55, DisagreementR: 0.33, QuoteP: 0.95, QuoteR: 0.95},
	// (rail-derailment events 79/75 -> 75/71 in the eleventh session: a weak
	// "began" now needs a fire or an illness in its sentence, and the
	// scorer's alignment of the decision to vent the tank car with the
	// fire's outbreak, through "16:32 — It has begun.", is gone)
	"rail-derailment":     {EventRecall: 0.70, EventPrecision: 0.66, EvidenceP: 0.78, EvidenceR: 0.60, Order: 0.80, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
	"wildfire-evacuation": {EventRecall: 0.89, EventPrecision: 0.72, EvidenceP: 0.76, EvidenceR: 0.83, Order: 0.89, DisagreementP: 0.95, DisagreementR: 0.95, QuoteP: 0.95, QuoteR: 0.95},
}

var defaultFloors = Floors{}

// goldFiles lists testdata/*/gold.yaml, sorted.
func goldFiles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(testdataDir, "*", "gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	if len(paths) < 4 {
		t.Fatalf("want at least 4 corpora in %s, found %d", testdataDir, len(paths))
	}
	return paths
}

// run loads the corpus of a gold file, builds its timeline and scores it.
func run(t *testing.T, path string) (*Gold, *data.Corpus, *timeline.Timeline, Report) {
	t.Helper()
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	c := data.Load([]string{g.ArticlesDir()}, data.Options{})
	tl := timeline.Build(c)
	return g, c, tl, Score(g, c, tl)
}

// TestEval scores the engine on every corpus, prints the figures (and the
// misses with -v) and enforces the floors.
func TestEval(t *testing.T) {
	var reports []Report
	for _, path := range goldFiles(t) {
		_, _, _, r := run(t, path)
		reports = append(reports, r)
		t.Run(r.Corpus, func(t *testing.T) {
			if testing.Verbose() {
				for _, n := range r.Notes {
					t.Log(n)
				}
			}
			f, ok := floors[r.Corpus]
			if !ok {
				f = defaultFloors
			}
			for _, m := range []struct {
				name  string
				got   Ratio
				floor float64
			}{
				{"event recall", r.EventRecall, f.EventRecall},
				{"event precision", r.EventPrecision, f.EventPrecision},
				{"evidence precision", r.EvidenceP, f.EvidenceP},
				{"evidence recall", r.EvidenceR, f.EvidenceR},
				{"order accuracy", r.Order, f.Order},
				{"disagreement precision", r.DisagreementP, f.DisagreementP},
				{"disagreement recall", r.DisagreementR, f.DisagreementR},
				{"quote precision", r.QuoteP, f.QuoteP},
				{"quote recall", r.QuoteR, f.QuoteR},
			} {
				if m.got.Value() < m.floor {
					t.Errorf("%s %.3f (%d/%d) below floor %.3f", m.name, m.got.Value(), m.got.Num, m.got.Den, m.floor)
				}
			}
			if len(r.MissingSources) > 0 {
				t.Errorf("the reader did not load gold sources %v", r.MissingSources)
			}
			if f.MaxForbidden >= 0 && len(r.Forbidden) > f.MaxForbidden {
				t.Errorf("%d forbidden evidence sentences (max %d): %q", len(r.Forbidden), f.MaxForbidden, r.Forbidden)
			}
		})
	}
	table := FormatReport(reports)
	t.Log("\n" + table)
	fmt.Print(table)
}

// sampleStoryLine are the acceptance events of the sample, in story order.
var sampleStoryLine = []string{"arrival", "limo-ride", "talks", "press-conference", "hannity-interview", "zelenskyy-call"}

// TestSampleStoryLine checks the engine acceptance on the sample story: the
// six events exist as separate events, in exactly that order, with evidence
// from every source that reports them, and no forbidden text as evidence.
func TestSampleStoryLine(t *testing.T) {
	g, c, tl, r := run(t, filepath.Join(testdataDir, data.SampleName(), "gold.yaml"))
	if len(tl.Events) == 0 {
		t.Skip("engine is still the stub (timeline.Build returned no events)")
	}
	if len(r.MissingSources) > 0 {
		t.Fatalf("corpus %s lacks sources %v", c.Name, r.MissingSources)
	}
	res := map[string]EventResult{}
	for _, er := range r.Events {
		res[er.Gold] = er
	}
	prev, prevID := 0, ""
	seen := map[int]string{}
	for _, id := range sampleStoryLine {
		ge := g.Event(id)
		er := res[id]
		if er.System == "" {
			t.Errorf("event %s (%s) not found", id, ge.Title)
			continue
		}
		if other, ok := seen[er.Index]; ok {
			t.Errorf("events %s and %s are one system event %s", other, id, er.System)
		}
		seen[er.Index] = id
		if er.Rank <= prev {
			t.Errorf("event %s (rank %d) does not come after %s (rank %d)", id, er.Rank, prevID, prev)
		}
		prev, prevID = er.Rank, id
		// Every source with a required sentence must give evidence.
		se := &tl.Events[er.Index]
		for _, src := range requiredSources(ge) {
			ok := false
			for _, ev := range se.Evidence {
				n := Norm(ev.Text)
				for _, it := range append(append([]Item{}, ge.Evidence...), ge.Optional...) {
					if itemMatches(it, ev.Source, n) && it.Source == src {
						ok = true
					}
				}
			}
			if !ok {
				t.Errorf("event %s (%s): no evidence from source %s", id, er.System, src)
			}
		}
	}
	if len(r.Forbidden) > 0 {
		t.Errorf("forbidden evidence: %q", r.Forbidden)
	}
}

func requiredSources(e *GoldEvent) []string {
	var out []string
	for _, it := range e.Evidence {
		out = appendUnique(out, it.Source)
	}
	sort.Strings(out)
	return out
}

// TestGoldValid checks every gold file against its articles: each item's
// text occurs exactly once in its source, inside one line (one paragraph),
// every source is an article, every article is used, sizes are realistic.
func TestGoldValid(t *testing.T) {
	for _, path := range goldFiles(t) {
		g, err := Load(path)
		if err != nil {
			t.Error(err)
			continue
		}
		t.Run(g.Name, func(t *testing.T) {
			texts := articleTexts(t, g.ArticlesDir())
			if len(texts) < 4 || len(texts) > 6 {
				t.Errorf("%d articles, want 4-6", len(texts))
			}
			check := func(where string, it Item) {
				lines, ok := texts[it.Source]
				if !ok {
					t.Errorf("%s: unknown source %q", where, it.Source)
					return
				}
				want := it.normText()
				n := 0
				for _, l := range lines {
					n += strings.Count(l, want)
				}
				if n != 1 {
					t.Errorf("%s: %s: %q occurs %d times in single lines, want 1", where, it.Source, it.Text, n)
				}
			}
			counted := 0
			for _, e := range g.Events {
				if e.Counted() {
					counted++
				}
				for _, it := range e.Evidence {
					check("event "+e.ID, it)
				}
				for _, it := range e.Optional {
					check("event "+e.ID+" optional", it)
				}
				if !e.Background && e.Order == nil && !e.Minor {
					t.Logf("event %s has no order", e.ID)
				}
			}
			if counted < 5 {
				t.Errorf("only %d counted events", counted)
			}
			for _, it := range g.Forbidden {
				check("forbidden", it)
			}
			for _, q := range g.Quotes {
				for _, s := range q.Sources {
					if _, ok := texts[s]; !ok {
						t.Errorf("quote %q: unknown source %s", q.Text, s)
					}
				}
			}
			for _, d := range g.Disagreements {
				for _, s := range d.Sources {
					if _, ok := texts[s]; !ok {
						t.Errorf("disagreement %s: unknown source %s", d.Event, s)
					}
				}
				// one of the fact's names is the system's (an amount of
				// money is a "number"): names it never gives match nothing
				known := false
				for _, alt := range strings.Split(d.Fact, "|") {
					known = known || systemFacts[strings.TrimSpace(alt)]
				}
				if !known {
					t.Errorf("disagreement %s: fact %q names none of the system's facts (%s)", d.Event, d.Fact, strings.Join(sortedKeys(systemFacts), ", "))
				}
			}
			used := map[string]bool{}
			for _, s := range g.SourceIDs() {
				used[s] = true
			}
			for id := range texts {
				if !used[id] {
					t.Errorf("article %s is not used by the gold", id)
				}
			}
		})
	}
}

// systemFacts are the facts a disagreement of the system may be about.
var systemFacts = map[string]bool{
	facts.FactDuration: true, facts.FactTime: true, facts.FactDate: true, facts.FactCount: true,
	facts.FactNumber: true, facts.FactParticipants: true, facts.FactPlace: true,
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var (
	tagRE   = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)
	blockRE = regexp.MustCompile(`(?i)</?(p|div|h[1-6]|li|ul|ol|nav|header|footer|figure|figcaption|article|section|aside|br|title|blockquote|time|span class="byline")[^>]*>`)
)

// articleTexts reads the articles of a folder as normalised lines per
// source id (file stem). HTML is reduced to its text, one block per line.
func articleTexts(t *testing.T, dir string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		ext := filepath.Ext(name)
		if e.IsDir() || name == "storyline.yaml" || (ext != ".txt" && ext != ".md" && ext != ".html" && ext != ".htm") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if ext == ".html" || ext == ".htm" {
			b = blockRE.ReplaceAll(b, []byte("\n"))
			b = tagRE.ReplaceAll(b, nil)
			b = []byte(html.UnescapeString(string(b)))
		}
		if ext == ".md" {
			b = bytes.ReplaceAll(b, []byte("**"), nil)
		}
		id := strings.TrimSuffix(name, ext)
		if _, dup := out[id]; dup {
			t.Errorf("two articles with id %s", id)
		}
		var lines []string
		for _, l := range strings.Split(string(b), "\n") {
			lines = append(lines, Norm(l))
		}
		out[id] = lines
	}
	return out
}

// TestSampleCopy checks that the alaska corpus holds the sample's bytes.
func TestSampleCopy(t *testing.T) {
	src := filepath.Join("..", "..", "data", "sample", data.SampleName())
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		want, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(testdataDir, data.SampleName(), "articles", e.Name()))
		if err != nil {
			t.Error(err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the sample", e.Name())
		}
	}
}
