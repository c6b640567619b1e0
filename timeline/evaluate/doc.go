// Package evaluate scores a timeline against a hand-made gold annotation,
// and (in its test) runs the engine over every corpus in testdata/.
//
// # Corpora
//
// Each corpus is a folder testdata/<name>/ holding articles/ (the article
// files, with outlets given by a storyline.yaml manifest and/or front
// matter) and gold.yaml.
//
// # Gold schema (gold.yaml)
//
//	story: one line describing the story
//	articles: articles            # folder of articles, relative to gold.yaml (default "articles")
//	sources:                      # optional aliases: short name -> source id (the file stem)
//	  ap: 000_2fc0bac676e47fb3
//	events:
//	  - id: arrival               # unique gold id
//	    title: Red-carpet arrival # for people
//	    kind: arrival             # expected lexicon kind (informative, not scored)
//	    order: 1                  # story order (number; equal = same time or unordered;
//	                              # omitted = not scored for order)
//	    background: false         # true: from another time, must be marked background
//	    minor: false              # true: incidental; not counted in event recall, but a
//	                              # system event matching it is not clutter
//	    status: happened          # happened (default) | planned | cancelled | hypothetical;
//	                              # alternatives as "planned|hypothetical"
//	    evidence:                 # every sentence that reports it: all required
//	      - {source: ap, text: "rolling out the red carpet"}
//	    optional:                 # passing references: neither required nor penalised
//	      - {source: ft, text: "..."}
//	disagreements:
//	  - event: talks              # gold event id; alternatives as "verdict|deliberations"
//	    fact: duration            # system Disagreement.Fact; alternatives as "count|number";
//	                              # one of: duration time date count number participants place
//	                              # (an amount of money is a number)
//	    sources: [ft, nw, rt]     # the sources that state the fact
//	    sides: [[ft, rt], [nw]]   # optional: what they say, grouped; see below
//	    strict: true              # optional: every source must be on a side even with sides
//	    verdict: conflicting      # optional: required system verdict
//	quotes:
//	  - speaker: Doe              # surname, matched as a substring of the system speaker; "*" = anyone
//	    aliases: [Okafur]         # other accepted spellings
//	    text: "no deal until"     # substring of one version of the quote
//	    sources: [ap, ft]         # every source that carries it
//	    optional: false           # true: neither required nor penalised (scare quotes)
//	forbidden:                    # texts that must never be evidence (comments, chrome)
//	  - {source: nw, text: "You have no clue"}
//
// An item's text is a distinctive substring of exactly one sentence of the
// source. Texts are compared after Norm: curly quotes and apostrophes made
// straight, dashes made "-", white space collapsed, lower case.
//
// # Matching and metrics
//
// A system evidence sentence matches a gold item when it has the same source
// id and the normalised gold text is a substring of its normalised text.
// System events are aligned one-to-one to gold events greedily by the number
// of required gold items they share, then all shared items (required and
// optional), then fewer unmatched sentences, then gold and system order
// (deterministic). Then:
//
//   - event recall: gold events that are neither background nor minor and
//     are aligned, over all such gold events;
//   - event precision: system events not marked background that are aligned
//     to any gold event, over all system events not marked background (the
//     rest is clutter);
//   - evidence precision: over aligned pairs, system sentences matching a
//     required item of the gold event, over system sentences that match a
//     required item or nothing (sentences matching only optional items are
//     neutral); evidence recall: required items found over required items
//     of aligned gold events;
//   - order accuracy: over pairs of aligned gold story events (not
//     background, with different orders), the fraction whose system ranks
//     agree;
//   - background and status accuracy: over aligned gold events;
//   - disagreement recall: gold disagreements for which the aligned system
//     event (any of the alternatives) has a disagreement of the same fact
//     type whose sides (evidence sources and outlets' sources) cover the
//     gold disagreement — every gold source when there are no gold sides or
//     it is strict, else at least one source of every gold side — and never
//     put sources of two gold sides on one system side; precision: over
//     system disagreements of aligned events that are not judged
//     "compatible" (or that match), the fraction matched;
//   - quote recall: non-optional gold quotes for which a system cluster has a
//     matching speaker, a version containing the text, and outlets/evidence
//     covering the gold sources; precision: over system clusters carried by
//     two or more sources (except those matching only optional gold quotes),
//     the fraction with a matching speaker and text. Gold files therefore
//     list every quote carried by two or more sources.
//
// A ratio with a zero denominator is vacuous: value 1, printed "-".
// FormatReport prints one row per corpus: "events g/s" is gold events
// counted for recall / all system events; then event recall and precision,
// evidence precision and recall, order, background and status accuracy,
// disagreement and quote precision/recall, and forbidden-evidence hits.
//
// # Annotation conventions
//
// Every sentence of every article is read. "evidence" lists the sentences
// whose main report is the event (including photo captions); "optional"
// lists passing references ("before leaving the city"), the same event in
// planned modality before it happened ("said he would call"), quoted speech
// given at the event, and sentences whose attachment is debatable. One
// sentence may be evidence of several events ("The event opened with
// military flyovers, a red-carpet ceremony, and an unusual, shared ride").
// Orders only assert what the articles establish: events whose relative
// time is not reported share an order number, and undated planned or
// cancelled events and those known only as "while the leaders met" have no
// order. Headlines, bylines, datelines and chrome are never evidence;
// comments and chrome that look like reports are listed as forbidden.
//
// # Tests
//
// TestEval scores every testdata/*/gold.yaml (articles read with data.Load,
// timeline with timeline.Build), prints FormatReport, lists the notes with
// -v, and enforces the per-corpus floors at the top of eval_test.go.
// TestSampleStoryLine checks the engine acceptance on the sample (skipped
// while Build returns no events). TestGoldValid checks gold files against
// the article files; TestGoldSentences checks that every gold item lies in
// one evidence sentence of the loaded corpus and, with -v, lists the
// sentences no gold item mentions; TestSampleCopy keeps
// the sample corpus copy in testdata/ identical to the embedded sample.
// Forbidden texts found anywhere as evidence (events, disagreement sides,
// quote versions) are listed in Report.Forbidden.
package evaluate
