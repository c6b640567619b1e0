package data

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Formats a source can have (Source.Format).
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// binaryMagic lists file signatures of formats that are never articles.
var binaryMagic = []struct {
	magic []byte
	name  string
}{
	{[]byte("\x89PNG\r\n\x1a\n"), "PNG image"},
	{[]byte("\xff\xd8\xff"), "JPEG image"},
	{[]byte("GIF87a"), "GIF image"},
	{[]byte("GIF89a"), "GIF image"},
	{[]byte("RIFF"), "RIFF media (WebP/WAV/AVI)"},
	{[]byte("%PDF-"), "PDF document"},
	{[]byte("\x1f\x8b"), "gzip archive"},
	{[]byte("PK\x03\x04"), "zip archive (or office document)"},
	{[]byte("BZh"), "bzip2 archive"},
	{[]byte("\xfd7zXZ\x00"), "xz archive"},
	{[]byte("7z\xbc\xaf\x27\x1c"), "7z archive"},
	{[]byte("\x7fELF"), "executable (ELF)"},
	{[]byte("MZ"), "executable (PE)"},
	{[]byte("\x00\x00\x01\x00"), "icon image"},
	{[]byte("\xd0\xcf\x11\xe0"), "OLE document"},
}

// sniffBinary reports why raw content is not text, or "" when it may be.
// UTF-16 with a byte-order mark is text (it is decoded later).
func sniffBinary(b []byte) string {
	if hasUTF16BOM(b) {
		return ""
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(b, m.magic) {
			if m.name == "executable (PE)" && len(b) > 2 && b[2] >= 0x20 && b[2] < 0x7f {
				continue // plain text starting with "MZ…"
			}
			return "binary file (" + m.name + ")"
		}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Sprintf("binary file (NUL byte at offset %d)", i)
	}
	// Many C0 controls other than tab/newline/CR/FF/ESC mean binary.
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	if len(head) > 0 && ctl*10 > len(head) {
		return "binary file (control bytes)"
	}
	return ""
}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff))
}

// normalize turns raw bytes into the normalised text every offset points
// into: BOM stripped, UTF-16 (with BOM) decoded, CRLF and CR → LF, NBSP →
// space, invalid UTF-8 replaced by U+FFFD. Oddities are returned as notes.
func normalize(b []byte) (string, []string) {
	var notes []string
	if hasUTF16BOM(b) {
		big := b[0] == 0xfe
		b = b[2:]
		if len(b)%2 == 1 {
			notes = append(notes, "UTF-16 text has an odd number of bytes; last byte dropped")
			b = b[:len(b)-1]
		}
		u := make([]uint16, len(b)/2)
		for i := range u {
			if big {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			} else {
				u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
			}
		}
		b = []byte(string(utf16.Decode(u)))
		notes = append(notes, "decoded from UTF-16")
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(b) {
		bad := 0
		var sb strings.Builder
		sb.Grow(len(b) + 16)
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				bad++
				sb.WriteRune(utf8.RuneError)
			} else {
				sb.Write(b[i : i+n])
			}
			i += n
		}
		b = []byte(sb.String())
		notes = append(notes, fmt.Sprintf("invalid UTF-8 repaired (%d bytes replaced by U+FFFD)", bad))
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\r':
			sb.WriteByte('\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		case c == 0xc2 && i+1 < len(b) && b[i+1] == 0xa0: // U+00A0
			sb.WriteByte(' ')
			i++
		case c == 0xe2 && i+2 < len(b) && b[i+1] == 0x80 && b[i+2] == 0xaf: // U+202F narrow NBSP
			sb.WriteByte(' ')
			i += 2
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String(), notes
}

// htmlTags are the tags whose presence near the top marks a page as HTML.
var htmlTags = []string{"<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "</p>", "<article", "<script", "<span", "<br", "<a href", "<h1", "<h2", "<section", "<link "}

// sniffFormat decides whether normalised text is HTML, Markdown or plain
// text from its content; the extension only breaks ties.
func sniffFormat(text, ext string) string {
	head := text
	if len(head) > 16384 {
		head = head[:16384]
	}
	trim := strings.ToLower(strings.TrimSpace(head))
	if strings.HasPrefix(trim, "<!doctype html") || strings.HasPrefix(trim, "<html") ||
		(strings.HasPrefix(trim, "<?xml") && strings.Contains(trim, "<html")) {
		return FormatHTML
	}
	if strings.HasPrefix(trim, "<") {
		n := 0
		for _, t := range htmlTags {
			n += strings.Count(trim, t)
		}
		if n >= 3 || (n >= 1 && (ext == ".html" || ext == ".htm")) {
			return FormatHTML
		}
	}
	if isMarkdown(head) {
		return FormatMarkdown
	}
	if (ext == ".md" || ext == ".markdown") && (strings.Contains(head, "](") || strings.Contains(head, "**")) {
		return FormatMarkdown
	}
	return FormatText
}

// isMarkdown scores Markdown syntax: ATX headings or code fences decide;
// otherwise links and emphasis must be dense enough.
func isMarkdown(s string) bool {
	lines, marks := 0, 0
	for _, ln := range strings.Split(s, "\n") {
		t := strings.TrimSpace(ln)
		if t == "" {
			continue
		}
		lines++
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			return true
		}
		if h := strings.TrimLeft(t, "#"); len(h) < len(t) && len(t)-len(h) <= 6 && strings.HasPrefix(h, " ") && len(strings.TrimSpace(h)) > 0 {
			return true
		}
		marks += countLinks(t) + strings.Count(t, "**")/2 + strings.Count(t, "__")/2
	}
	return marks >= 3 && marks*20 >= lines
}

// countLinks counts Markdown inline links "[text](target)".
func countLinks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		j := strings.Index(s[i:], "](")
		if j < 0 {
			break
		}
		k := strings.IndexByte(s[i+j:], ')')
		if k < 0 || strings.ContainsAny(s[i+1:i+j], "[]\n") {
			continue
		}
		n++
		i += j + k
	}
	return n
}
