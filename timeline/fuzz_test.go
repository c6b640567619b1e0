package timeline

import (
	"encoding/json"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzBuild: Build never panics and its evidence always quotes the source.
func FuzzBuild(f *testing.F) {
	f.Add("The leaders met for about three hours.\nThey held a news conference afterwards.", "Later, he told CNN in an interview he would call her on Monday.")
	f.Add("“We’ll meet again,” he said — after the summit’s end; the pre-summit remarks were scrapped.", "Flight 1 took off at 5:07 p.m. Friday, Jan. 5, 2024, and landed in 2019.")
	f.Add("\"", "-")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		pub := time.Date(2024, 1, 7, 0, 0, 0, 0, time.UTC)
		c := corpusOf("fuzz", article{id: "a", outlet: "A", text: a, published: pub}, article{id: "b", outlet: "B", text: b})
		tl := Build(c)
		if _, err := json.Marshal(tl); err != nil {
			t.Fatal(err)
		}
		texts := map[string]string{"a": a, "b": b}
		for _, ev := range tl.Events {
			for _, x := range ev.Evidence {
				src := texts[x.Source]
				if x.Start < 0 || x.End > len(src) || src[x.Start:x.End] != x.Text {
					t.Fatalf("evidence %q does not quote source %s", x.Text, x.Source)
				}
			}
		}
		tl.Filter([]string{"A"})
		for i := range tl.Events {
			tl.Events[i].Matches("a b")
		}
	})
}
