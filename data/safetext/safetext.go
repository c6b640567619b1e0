// Package safetext makes untrusted article text safe to print on a terminal.
//
// Article text comes from the open web. Printed as-is it could clear the
// screen (CSI), write the clipboard (OSC 52), plant hyperlinks (OSC 8),
// change the window title, or reorder what the reader sees (bidi
// overrides). Visible neutralises all of that while keeping the attempt
// visible: a control byte is shown as the literal text `\x1b`, a bidi
// control as `\u202e`, so `ESC [2J` prints as `\x1b[2J`.
//
// Rules (Visible):
//
//   - '\n' and '\t' are kept (layout is the caller's business; Line turns
//     them into spaces).
//   - Other C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls
//     (U+0080–U+009F) are shown as `\xNN`.
//   - An escape sequence — 7-bit (ESC …) or 8-bit (U+009B CSI, U+009D OSC,
//     U+0090 DCS, U+0098 SOS, U+009E PM, U+009F APC) — is shown whole: every
//     control inside it, including newlines, tabs and its BEL/ST terminator,
//     is shown as `\xNN`, so the sequence stays one visible run of text.
//     CSI ends at its final byte (0x40–0x7E); OSC at BEL, ST (ESC \ or
//     U+009C); DCS/SOS/PM/APC at ST. A string sequence with no terminator is
//     not treated as a sequence: only its introducer is escaped, the rest is
//     ordinary text (which is then harmless).
//   - Bidi embedding/override/isolate controls (U+202A–U+202E,
//     U+2066–U+2069) and the line/paragraph separators U+2028/U+2029 are
//     shown as `\uXXXX`. The directional marks LRM/RLM/ALM (U+200E, U+200F,
//     U+061C) are kept: they are legitimate in right-to-left text and cannot
//     reorder text beyond their neighbours.
//   - Invalid UTF-8 becomes U+FFFD, byte by byte.
//
// Text that needs none of this is returned unchanged without allocating.
package safetext

import (
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// Visible returns s made safe for a terminal: controls, escape sequences and
// bidi controls are shown as visible escapes (`\x1b`, `\u202e`), invalid
// UTF-8 as U+FFFD. Newlines and tabs are kept. See the package doc.
func Visible(s string) string {
	i := firstUnsafe(s, false)
	if i < 0 {
		return s
	}
	return render(s, i, false)
}

// Line is Visible for one-line contexts: in addition, a run of newlines and
// tabs (with the spaces inside and after it) becomes a single space, or
// nothing when a space precedes it. Newlines inside an escape sequence stay
// escaped as `\x0a`.
func Line(s string) string {
	i := firstUnsafe(s, true)
	if i < 0 {
		return s
	}
	return render(s, i, true)
}

// firstUnsafe returns the byte index of the first byte that needs changing,
// or -1 when s can be printed as-is.
func firstUnsafe(s string, line bool) int {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b < 0x20 || b == 0x7f {
				if (b == '\n' || b == '\t') && !line {
					i++
					continue
				}
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		if unsafeRune(r) {
			return i
		}
		i += n
	}
	return -1
}

// unsafeRune reports whether a non-ASCII rune must be escaped.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	}
	return false
}

func render(s string, start int, line bool) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:start])
	for i := start; i < len(s); {
		c := s[i]
		if c == 0x1b {
			if end := escEnd(s, i); end > i+1 {
				writeSeq(&b, s[i:end])
				i = end
				continue
			}
			writeHex(&b, c)
			i++
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\t':
				if !line {
					b.WriteByte(c)
				} else {
					// Collapse the run and the spaces after it to one space.
					j := i
					for j < len(s) && (s[j] == '\n' || s[j] == '\t' || s[j] == ' ') {
						j++
					}
					str := b.String()
					if len(str) == 0 || str[len(str)-1] != ' ' {
						b.WriteByte(' ')
					}
					i = j
					continue
				}
			case c < 0x20 || c == 0x7f:
				writeHex(&b, c)
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		if isC1Intro(r) {
			if end := c1End(s, i, n, r); end > i+n {
				writeSeq(&b, s[i:end])
				i = end
				continue
			}
		}
		writeRune(&b, r, s[i:i+n])
		i += n
	}
	return b.String()
}

// writeSeq writes a recognised escape sequence with every control, newline
// and tab inside shown as an escape.
func writeSeq(b *strings.Builder, seq string) {
	for i := 0; i < len(seq); {
		c := seq[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				writeHex(b, c)
			} else {
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(seq[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		writeRune(b, r, seq[i:i+n])
		i += n
	}
}

// writeRune writes a non-ASCII rune, escaped when unsafe. raw is its
// (valid) encoding.
func writeRune(b *strings.Builder, r rune, raw string) {
	switch {
	case r >= 0x80 && r <= 0x9f:
		writeHex(b, byte(r))
	case unsafeRune(r):
		b.WriteString(`\u`)
		for shift := 12; shift >= 0; shift -= 4 {
			b.WriteByte(hexDigits[(r>>uint(shift))&0xf])
		}
	default:
		b.WriteString(raw)
	}
}

func writeHex(b *strings.Builder, c byte) {
	b.WriteString(`\x`)
	b.WriteByte(hexDigits[c>>4])
	b.WriteByte(hexDigits[c&0xf])
}

// escEnd returns the end (exclusive) of the 7-bit escape sequence starting
// with the ESC at s[i], or i+1 when only the ESC itself is to be escaped.
func escEnd(s string, i int) int {
	j := i + 1
	if j >= len(s) {
		return i + 1
	}
	switch s[j] {
	case '[':
		return csiEnd(s, j+1)
	case ']':
		return stringEnd(s, j+1, true, i+1)
	case 'P', 'X', '^', '_':
		return stringEnd(s, j+1, false, i+1)
	}
	// nF / Fp / Fe / Fs: intermediates 0x20–0x2F then a final 0x30–0x7E.
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
		return j + 1
	}
	return i + 1
}

// csiEnd scans CSI parameter (0x30–0x3F) and intermediate (0x20–0x2F)
// bytes from j and returns the index after the final byte (0x40–0x7E). A
// malformed or truncated sequence ends before the offending byte.
func csiEnd(s string, j int) int {
	for j < len(s) {
		c := s[j]
		switch {
		case c >= 0x40 && c <= 0x7e:
			return j + 1
		case c >= 0x20 && c <= 0x3f:
			j++
		default:
			return j
		}
	}
	return j
}

// stringEnd finds the terminator of an OSC (bel allowed) or DCS/SOS/PM/APC
// string starting at j: ESC \, U+009C, or BEL. It returns the index after
// the terminator, or fallback when the string is unterminated.
func stringEnd(s string, j int, bel bool, fallback int) int {
	for j < len(s) {
		switch {
		case s[j] == 0x07 && bel:
			return j + 1
		case s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\':
			return j + 2
		case s[j] == 0xc2 && j+1 < len(s) && s[j+1] == 0x9c:
			return j + 2
		}
		j++
	}
	return fallback
}

func isC1Intro(r rune) bool {
	switch r {
	case 0x9b, 0x9d, 0x90, 0x98, 0x9e, 0x9f:
		return true
	}
	return false
}

// c1End is escEnd for an 8-bit introducer r of n bytes at s[i].
func c1End(s string, i, n int, r rune) int {
	j := i + n
	switch r {
	case 0x9b:
		return csiEnd(s, j)
	case 0x9d:
		return stringEnd(s, j, true, i+n)
	default:
		return stringEnd(s, j, false, i+n)
	}
}
