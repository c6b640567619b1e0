package export

import (
	"strings"
	"unicode/utf8"

	"storyline/data/safetext"
)

// mdText makes untrusted text (article sentences, titles, outlet names,
// paths) safe to place inline in Markdown: on one line, inside a paragraph,
// a list item, a table cell, a heading or a blockquote. It can create no
// structure there — no heading, list, blockquote, code span or fence, HTML
// tag or entity, link, image, autolink, footnote, table cell boundary,
// emphasis, strikethrough or math — and no terminal escape:
//
//   - the text goes through safetext.Line first (controls and bidi shown as
//     `\x1b` / `\u202e`, invalid UTF-8 as U+FFFD, newlines and tabs
//     flattened to one space), then is trimmed;
//   - \ ` * _ [ ] < > | # $ @ are backslash-escaped everywhere, and ~
//     unless its run is followed by a space (then it can open no
//     strikethrough) and is not a run of three or more at the start;
//   - & is escaped before a letter, digit or '#' (entity references);
//   - : is escaped before "//" and '.' after "www" (bare autolinks of the
//     GFM extension; @ above is for e-mail autolinks);
//   - a leading - + = or a leading number followed by '.' or ')' is escaped
//     (list items, thematic breaks, setext underlines).
//
// Parentheses and '!' are left alone: with '[' and ']' escaped they cannot
// form a link or image, and escaping them would make the Markdown hard to
// read as plain text.
func mdText(s string) string {
	s = strings.TrimSpace(safetext.Line(s))
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	// Line-leading markers (the text may begin a line or a block).
	switch s[0] {
	case '-', '+', '=':
		b.WriteByte('\\')
	}
	digits := 0
	for digits < len(s) && digits < 10 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	leadNum := digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			b.WriteByte(c)
			continue
		}
		switch c {
		case '~':
			// A tilde run followed by a space can open no strikethrough
			// (and nothing else here has an unescaped opener); only at
			// the start can three or more make a fence. "~3 h" is
			// escaped, "~ Fri" is not.
			j := i
			for j < len(s) && s[j] == '~' {
				j++
			}
			if !(j < len(s) && s[j] == ' ' && !(i == 0 && j-i >= 3)) {
				b.WriteString(strings.Repeat(`\~`, j-i))
			} else {
				b.WriteString(s[i:j])
			}
			i = j - 1
			continue
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '$', '@':
			b.WriteByte('\\')
		case '&':
			if i+1 < len(s) && (isAlnum(s[i+1]) || s[i+1] == '#') {
				b.WriteByte('\\')
			}
		case ':':
			if strings.HasPrefix(s[i+1:], "//") {
				b.WriteByte('\\')
			}
		case '.':
			if (leadNum && i == digits) || (i >= 3 && strings.EqualFold(s[i-3:i], "www")) {
				b.WriteByte('\\')
			}
		case ')':
			if leadNum && i == digits {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// validUTF8 replaces each invalid byte of s with U+FFFD (as encoding/json
// does), returning s itself when it is valid.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
