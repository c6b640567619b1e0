package safetext

// JSON rewrites, in encoded JSON, the characters encoding/json
// leaves raw but a terminal may act on — DEL, C1 controls (U+0080–U+009F)
// and bidi controls (U+202A–U+202E, U+2066–U+2069) — as \uXXXX escapes. They
// can only occur inside strings (JSON syntax is ASCII), so the decoded
// document is unchanged.
func JSON(b []byte) []byte {
	if !needsJSONEscape(b) {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	const hex = "0123456789abcdef"
	esc := func(r rune) {
		out = append(out, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
	}
	for i := 0; i < len(b); {
		if r, n := jsonUnsafeAt(b, i); n > 0 {
			esc(r)
			i += n
			continue
		}
		out = append(out, b[i])
		i++
	}
	return out
}

func needsJSONEscape(b []byte) bool {
	for i := range b {
		if _, n := jsonUnsafeAt(b, i); n > 0 {
			return true
		}
	}
	return false
}

// jsonUnsafeAt returns the rune and its encoded length when b[i:] starts
// with a character JSON escapes, else 0.
func jsonUnsafeAt(b []byte, i int) (rune, int) {
	switch c := b[i]; {
	case c == 0x7f:
		return 0x7f, 1
	case c == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f:
		return rune(b[i+1]), 2
	case c == 0xe2 && i+2 < len(b) && b[i+1] == 0x80 && b[i+2] >= 0xaa && b[i+2] <= 0xae:
		return rune(0x2000 | int(b[i+2]-0x80)), 3
	case c == 0xe2 && i+2 < len(b) && b[i+1] == 0x81 && b[i+2] >= 0xa6 && b[i+2] <= 0xa9:
		return rune(0x2040 | int(b[i+2]-0x80)), 3
	}
	return 0, 0
}
