package evaluate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/timeline"
	cmp "storyline/timeline/compare"
)

func TestZZDis(t *testing.T) {
	name := os.Getenv("ZZC")
	if name == "" {
		t.Skip()
	}
	g, _, tl, _ := run(t, filepath.Join(testdataDir, name, "gold.yaml"))
	for _, gd := range g.Disagreements {
		fmt.Printf("\n=== %s %s %v  note=%s\n", gd.Event, gd.Fact, gd.Sides, gd.Note)
		for _, alt := range strings.Split(gd.Event, "|") {
			ge := g.Event(alt)
			if ge == nil {
				continue
			}
			for _, it := range append(append([]Item{}, ge.Evidence...), ge.Optional...) {
				in := false
				for _, s := range gd.Sources {
					in = in || s == it.Source
				}
				if !in {
					continue
				}
				fmt.Printf("  [%s] %s: %s\n", alt, it.Source, clip(it.Text, 150))
				for si, se := range tl.Events {
					for _, ev := range se.Evidence {
						if itemMatches(it, ev.Source, Norm(ev.Text)) {
							fs := cmp.Facts([]cmp.Evidence{cmp.Evidence(ev)}, nil)
							var parts []string
							for _, f := range fs {
								parts = append(parts, fmt.Sprintf("%s/%s=%s(%s)", f.Kind, f.Slot, f.Value, f.Text))
							}
							fmt.Printf("     -> sys %d %s bg=%v main=%v trig=%q facts=%v\n", si, se.ID, se.Background, ev.Main, ev.Text[ev.TriggerStart:ev.TriggerEnd], parts)
						}
					}
				}
			}
		}
		_ = timeline.Evidence{}
	}
}

func TestZZAll(t *testing.T) {
	name := os.Getenv("ZZC")
	if name == "" {
		t.Skip()
	}
	_, _, tl, _ := run(t, filepath.Join(testdataDir, name, "gold.yaml"))
	for _, e := range tl.Events {
		for _, d := range e.Disagreements {
			fmt.Printf("EV %s bg=%v: %s %s %s\n", e.ID, e.Background, d.Fact, d.Verdict, d.Note)
		}
	}
	for _, d := range tl.Disagreements {
		fmt.Printf("STORY %v: %s %s %s\n", d.Events, d.Fact, d.Verdict, d.Note)
	}
}
