package data

// How a load works (for users and for the README):
//
// Paths. Load takes files, directories (read recursively; files ending in
// .txt .text .md .markdown .html .htm .xhtml; hidden files and storyline.yaml
// are skipped) and "-" for standard input. A file named directly is read
// whatever its extension. No paths: the embedded sample corpus.
//
// Formats are sniffed from the content: HTML (doctype or tags at the top),
// Markdown (ATX headings, code fences, or dense links and emphasis), else
// plain text. Text is normalised: UTF-8 BOM stripped, UTF-16 with a BOM
// decoded, CRLF and CR to LF, no-break spaces to spaces, invalid UTF-8
// replaced by U+FFFD (noted in Source.Problems). HTML is reduced to its main
// article text with go-readability, one paragraph per block element, with
// script, style and iframes dropped.
//
// Skipped with a one-line reason in Corpus.Problems (the rest still loads):
// missing paths, directories with no articles, empty or whitespace-only
// files, binary files (NUL bytes, image/PDF/archive signatures), unreadable
// files, symbolic-link loops, files over Limits.MaxFileBytes (checked with
// Stat before reading; reading is bounded too), files past Limits.MaxFiles,
// malformed storyline.yaml manifests (ignored), manifest entries that match
// no file.
//
// Limits (Options.Limits; zero takes the default):
//
//	MaxFiles        10,000 files per load; the rest are reported, not read
//	MaxFileBytes    20 MiB per file (and for stdin); larger files are not read
//	MaxSentenceLen  4,000 bytes; longer sentences are cut at a word boundary
//	MaxParagraphs   20,000 per source; the rest is kept as one unread paragraph
//	MaxSentences    100,000 per source; later text is not split into sentences
//
// Front matter: a YAML block between "---" lines at the very top of a text
// or Markdown file, with any of outlet, title, published, retrieved, url,
// authors (a list or one string). Source.Text starts after it, so offsets
// do not count it. Malformed front matter is noted in Source.Problems and
// the article still loads.
//
// Manifest: storyline.yaml in a folder maps file names (relative to the
// folder) to outlet, title, url, authors, published and retrieved. Front
// matter wins over it.
//
// Outlet, in order: front matter, manifest, a copyright footer ("©
// 2024 Example News Ltd" → "Example News"), a byline naming an
// organisation ("By The Example District", or "Example Press Agency" on
// its own line under "By Jane Roe"), the HTML site name, the file name.
// Photo and wire credits are never used. A reporter's organisation or job
// ("Chief reporter") on its own line under a "By …" byline is part of the
// byline, never a heading.
//
// Published: front matter, manifest, HTML metadata, then datelines
// ("Published …", "Updated 05:21", "14 hours ago", "Published YESTERDAY",
// dates) resolved against the reference time (retrieved, else the file's
// modification time, else Options.Now), else the reference time itself;
// PublishedInferred marks relative and fallback values.
//
// Roles: only body and caption paragraphs give evidence. Reader comments
// and forum replies are recognised by position and shape, never by topic:
// everything after a comment-section heading ("Comments", "12 comments",
// "Comments (12)", "Join the discussion", "3 thoughts on …") when reader
// talk rather than article prose follows it, or after a poster line, is a
// comment. A poster line is "Reply #2", "jetwash77 said:", or a short line
// of two to four fields (split at "·", "|", "•" or " - ") with a user name
// and a time or date ("jetwash77 · 10:02 PM", "Reply · bluefern · 14:41",
// "Posted by dune_runner - 2 hours ago"); one with a poster word ("Reply",
// "Comment", "Posted by") opens the comments even when the replies read
// like prose, and so does a comment heading with a poster line under it. A
// rule line ("---", "* * *") after the article followed by a
// poster line ends the article. In a forum thread that reposts an article,
// the poster's note between the opening poster line and the rule that
// starts the repost is a comment. A photo credit closing a caption ("…
// Tuesday. Image: Jane Roe © Example Agency", "… Photo: Channel 4 / Jane
// Roe", "… Picture: Example Gazette reader") is split off as a byline-role
// paragraph, so it is not evidence. End
// notes ("More to follow.", "This story will be updated") and audio players
// ("Listen to this article · 5 min", "Listen · 4:32") are furniture, and so
// are notes to subscribers or members ("Subscribers can download our survey
// …", "Courier Plus subscribers can …", "Members can read our guide …"; a
// product named with a subscription tier needs no "our": "Hale & Vey Pro
// subscribers can download the full tables from the Data Room.") and
// labels over related links ("Related reading: …", "Related coverage: …").
// A Markdown image line ("![alt](pic.jpg)") is a caption, never a heading.
// Date bars may carry the outlet's name and section labels before the date,
// and a read time ("Politics | 12 May 2026 | 3 min read", "The Example
// Courier | Sport | Analysis | 12 May 2026 | 07:00"), or a live page's
// status note ("*Live coverage has ended · Last updated 22:10*"), and are
// datelines, also when Markdown emphasis wraps them ("*Live · Updated 17:45
// BST*"); a
// bar of section labels and a read time without a date ("Analysis · Courts
// · 6 min read") is furniture.
// Past the article's last prose paragraph, closing furniture (copyright,
// share bars, related links, topic lists, newsletter and membership pitches)
// ends the article: below it, informal lines are comments and link titles
// are furniture; only sentences in the article's register stay body.
// Furniture bars ("Share · Comment (48)", "Like · Quote · Report", "Share:
// Facebook | X", a live page's "Share this page · Key events · Refresh"),
// site menus and breadcrumbs of short entries ("Home | News |
// Sport | Weather", "Home › News › Local"; never a title) and broadcast
// sign-offs ("HOST: Jane, thank you.") are never body. Nor are a live blog's
// notes to the reader — greetings, sign-offs, promises of more, offers of a
// recap to readers just arriving ("16:30 — Good afternoon and welcome to our
// live coverage.", "This live blog has now ended.", "We'll have more on this
// story later.", "We'll be back from 6am.", "Goodnight.", "A quick recap for
// anyone just joining us.", while the recap itself is body), also behind a bold time stamp with no dash ("**9.30pm** …"): a
// note opening or closing a body paragraph is split off as a chrome
// paragraph of its own.
// A live page's housekeeping is furniture too ("We are closing this live
// page now.", "A full report will follow later today.", "Get breaking news
// alerts from our app.", a prompt naming the outlet: "Follow the Westby
// Courier on your phone: download our app for breaking news alerts.", also
// below the rule that ends the page; "Read our full coverage …", a pointer to the next
// edition: "Full reaction to the verdict in tomorrow's Courier and online
// from 6am."), and so is an outlet's
// note that it is free to read, and its appeal for readers' pictures,
// messages or stories ("Seen the flooding? Send us your pictures at …",
// "Send us your messages and photos: …", "Got a story? Email …", "Got a
// question for our court team? Email …"; not one relayed with attribution), not a
// reader comment or a caption; "Live
// coverage by Jane Roe" is a byline. A
// short paragraph whose every sentence is furniture is furniture. A run of
// short lines holding a byline or a dateline (a headline over "By …" and a
// date) is a header, never one hard-wrapped paragraph. Past the page's own
// header, a headline directly over its "By …" byline (an article reposted in
// a forum thread) is a heading, never body. A standfirst that
// reads like prose is a subtitle when a byline or dateline stands under it,
// before the story's first paragraph (a lead picture's caption may come
// between them). A breadcrumb entry may end in a code
// in brackets ("Westby (WBY)"). In HTML, the caption of a lead picture that
// the main-text extraction dropped is put back before the story's first
// paragraph.
