package safetext

import (
	"encoding/json"
	"testing"
)

func TestJSON(t *testing.T) {
	for _, in := range []string{"plain", "del\x7f", "c1 \u009b31m", "bidi \u202e\u2066x\u2069", "mixed é \u0085 ok"} {
		enc, _ := json.Marshal(in)
		out := JSON(enc)
		for _, r := range string(out) {
			if r == 0x7f || (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Errorf("JSON(%q) keeps %U raw: %s", in, r, out)
			}
		}
		var back string
		if err := json.Unmarshal(out, &back); err != nil || back != in {
			t.Errorf("JSON(%q) does not decode to the same string: %q, %v", in, back, err)
		}
	}
}

func TestJSONExact(t *testing.T) {
	in := "a\u0085b\u009bc\x7fd\u202ae\u202ef\u2066g\u2069h\u2028i é 😀"
	b, _ := json.Marshal(in)
	out := JSON(b)
	want := `"a\u0085b\u009bc\u007fd\u202ae\u202ef\u2066g\u2069h\u2028i é 😀"`
	if string(out) != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
	var back string
	if err := json.Unmarshal(out, &back); err != nil || back != in {
		t.Errorf("round trip: %q, %v", back, err)
	}
	clean := []byte(`{"a":"plain é"}`)
	if got := JSON(clean); &got[0] != &clean[0] {
		t.Error("clean JSON was copied")
	}
}
