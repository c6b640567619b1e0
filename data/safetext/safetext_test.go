package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

func TestVisible(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain ascii", "Talks lasted about three hours.", "Talks lasted about three hours."},
		{"unicode kept", "Zelenskyy — «Киев» 東京 “quoted” café 👍🏽", "Zelenskyy — «Киев» 東京 “quoted” café 👍🏽"},
		{"newline and tab kept", "a\nb\tc", "a\nb\tc"},
		{"backslash kept", `C:\path \x1b`, `C:\path \x1b`},
		{"NUL", "a\x00b", `a\x00b`},
		{"BEL", "a\x07b", `a\x07b`},
		{"CR", "a\rb", `a\x0db`},
		{"backspace", "abc\b\b\bxyz", `abc\x08\x08\x08xyz`},
		{"DEL", "a\x7fb", `a\x7fb`},
		{"CSI clear screen", "x\x1b[2Jy", `x\x1b[2Jy`},
		{"CSI SGR params", "\x1b[1;31mred\x1b[0m", `\x1b[1;31mred\x1b[0m`},
		{"CSI private mode", "\x1b[?1049h", `\x1b[?1049h`},
		{"CSI truncated at end", "x\x1b[12", `x\x1b[12`},
		{"CSI bare at end", "x\x1b[", `x\x1b[`},
		{"CSI broken by newline", "\x1b[1\nB", "\\x1b[1\nB"},
		{"OSC 52 clipboard BEL", "a\x1b]52;c;ZWNobyBwd25lZA==\x07b", `a\x1b]52;c;ZWNobyBwd25lZA==\x07b`},
		{"OSC title ST", "\x1b]0;pwned\x1b\\after", `\x1b]0;pwned\x1b\after`},
		{"OSC 8 link", "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\", `\x1b]8;;http://evil.example\x1b\click\x1b]8;;\x1b\`},
		{"OSC with newline inside", "\x1b]0;a\nb\x07c", `\x1b]0;a\x0ab\x07c`},
		{"OSC unterminated", "\x1b]0;title\nnext", "\\x1b]0;title\nnext"},
		{"DCS", "\x1bPq#0;2;0;0;0\x1b\\z", `\x1bPq#0;2;0;0;0\x1b\z`},
		{"APC", "\x1b_Gf=100;AAAA\x1b\\", `\x1b_Gf=100;AAAA\x1b\`},
		{"PM and SOS", "\x1b^pm\x1b\\\x1bXsos\x1b\\", `\x1b^pm\x1b\\x1bXsos\x1b\`},
		{"ESC c reset", "\x1bcok", `\x1bcok`},
		{"ESC charset", "\x1b(Bok", `\x1b(Bok`},
		{"ESC alone at end", "end\x1b", `end\x1b`},
		{"ESC then control", "\x1b\x07", `\x1b\x07`},
		{"8-bit CSI rune", "a\u009b2Jb", `a\x9b2Jb`},
		{"8-bit OSC rune with ST", "\u009d52;c;QQ==\u009cz", `\x9d52;c;QQ==\x9cz`},
		{"8-bit OSC rune BEL", "\u009d0;t\x07z", `\x9d0;t\x07z`},
		{"C1 NEL", "a\u0085b", `a\x85b`},
		{"raw 0x9b byte is invalid UTF-8", "a\x9b2Jb", "a\uFFFD2Jb"},
		{"invalid UTF-8", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"surrogate encoding", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"RLO", "abc\u202Edcba", `abc\u202edcba`},
		{"bidi all", "\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069", `\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069`},
		{"line separators", "a\u2028b\u2029c", `a\u2028b\u2029c`},
		{"marks kept", "a\u200Eb\u200Fc\u061Cd", "a\u200Eb\u200Fc\u061Cd"},
		{"U+FFFD kept", "\uFFFD", "\uFFFD"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Visible(tc.in)
			if got != tc.want {
				t.Errorf("Visible(%q) = %q, want %q", tc.in, got, tc.want)
			}
			checkSafe(t, tc.in, got, false)
		})
	}
}

func TestLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "one line", "one line"},
		{"newline", "a\nb", "a b"},
		{"tab", "a\tb", "a b"},
		{"run collapses", "a \n\n\t b", "a b"},
		{"leading", "\nab", " ab"},
		{"escape and newline", "a\n\x1b[2J\nb", `a \x1b[2J b`},
		{"newline inside sequence stays escaped", "\x1b]0;a\nb\x07", `\x1b]0;a\x0ab\x07`},
		{"bidi", "a\u202Eb", `a\u202eb`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Line(tc.in)
			if got != tc.want {
				t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.want)
			}
			checkSafe(t, tc.in, got, true)
		})
	}
}

func TestFastPathNoAlloc(t *testing.T) {
	for _, s := range []string{"", "plain text", "multi\nline\ttext", "Zelenskyy — “Киев” 👍"} {
		if n := testing.AllocsPerRun(100, func() { _ = Visible(s) }); n != 0 {
			t.Errorf("Visible(%q) allocates %v times", s, n)
		}
		if strings.ContainsAny(s, "\n\t") {
			continue
		}
		if n := testing.AllocsPerRun(100, func() { _ = Line(s) }); n != 0 {
			t.Errorf("Line(%q) allocates %v times", s, n)
		}
	}
	// The fast path returns the very same string.
	s := "unchanged text"
	if got := Visible(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Fatal("Visible copied text that needed no change")
	}
}

// checkSafe asserts the output invariants: valid UTF-8; no ESC, no other C0
// control but (for Visible) newline and tab; no DEL, C1 or bidi control.
func checkSafe(t *testing.T, in, out string, line bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("output of %q is not valid UTF-8: %q", in, out)
	}
	for i, r := range out {
		bad := false
		switch {
		case r == '\n' || r == '\t':
			bad = line
		case r < 0x20 || r == 0x7f:
			bad = true
		case r >= 0x80 && r <= 0x9f:
			bad = true
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029:
			bad = true
		}
		if bad {
			t.Fatalf("output of %q has %U at %d: %q", in, r, i, out)
		}
	}
}

func FuzzVisible(f *testing.F) {
	for _, s := range []string{
		"", "plain", "a\nb\tc", "\x1b[2J", "\x1b]52;c;QQ==\x07", "\x1b]8;;http://x\x1b\\y\x1b]8;;\x1b\\",
		"\x1bPq\x1b\\", "\u009b31m", "\u009d0;t\u009c", "\x9b", "\xff\xfe", "\u202Eabc", "\x1b", "\x1b[",
		"\x1b]unterminated\n", "a\u2028b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := Visible(s)
		checkSafe(t, s, v, false)
		l := Line(s)
		checkSafe(t, s, l, true)
		if Visible(v) != v {
			t.Fatalf("Visible is not idempotent on %q: %q -> %q", s, v, Visible(v))
		}
		if Line(l) != l {
			t.Fatalf("Line is not idempotent on %q: %q -> %q", s, l, Line(l))
		}
		// Text that needed nothing is returned unchanged.
		if firstUnsafe(s, false) < 0 && v != s {
			t.Fatalf("safe text changed: %q -> %q", s, v)
		}
	})
}
