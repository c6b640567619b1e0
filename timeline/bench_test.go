package timeline

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"storyline/data"
)

var synthFirst = []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Irene", "Jonas", "Karim", "Lena"}
var synthLast = []string{"Marsh", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ulrich", "Varga", "Weber", "Young"}
var synthCity = []string{"Brookfield", "Carden", "Westby", "Eastwick", "Fairhaven", "Glenrock", "Harlow", "Ivybridge"}
var synthOutlets = []string{"Daily Ledger", "Morning Post", "Evening Courier", "City Herald", "Wire Service"}

var synthTemplates = []string{
	"{A} arrived in {C} on {D} for talks with {B}, greeted by a military honour guard.",
	"The two leaders met for about {H} hours at a hotel in {C}.",
	"{A} and {B} held a joint news conference after the talks and declined to take questions.",
	"Later, {A} told {O} News in an interview that the meeting had been useful.",
	"{B} said he would call {A} next week to discuss the results.",
	"Flight {N} made an emergency landing in {C} after a cabin panel blew out.",
	"Passengers were evacuated by slides and {N2} people were treated for minor injuries.",
	"Investigators opened a federal investigation into the incident on {D}.",
	"Police arrested {A} at a home in {C} in connection with the fraud.",
	"Prosecutors charged {A} with nine counts of wire fraud.",
	"The trial opened before a jury in {C}, and {B} testified for the prosecution.",
	"After four days of deliberations the jury found {A} guilty on all counts.",
	"{A} was sentenced to {H} years in prison and said she would appeal.",
	"Protesters marched through {C} before the ruling, according to {O} News.",
	"In 2019, {A} resigned from the board after a previous investigation.",
	"Critics said the summit could lead to a second meeting in {C}.",
	"The session lasted {H} hours, longer than planned.",
	"Officials said the meeting ended without an agreement.",
}

// synthetic builds n articles about n/10 separate stories from templates.
func synthetic(n int) *data.Corpus {
	var arts []article
	base := time.Date(2024, 3, 4, 12, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		story := i / 10
		a := synthFirst[story%len(synthFirst)] + " " + synthLast[(story/len(synthFirst))%len(synthLast)]
		b := synthFirst[(story+5)%len(synthFirst)] + " " + synthLast[(story/len(synthFirst)+3)%len(synthLast)]
		c := synthCity[story%len(synthCity)]
		day := base.AddDate(0, 0, story)
		var sb strings.Builder
		for k := 0; k < 12; k++ {
			tpl := synthTemplates[(i*7+k*5)%len(synthTemplates)]
			r := strings.NewReplacer("{A}", a, "{B}", b, "{C}", c, "{D}", day.Format("Monday, Jan. 2, 2006"),
				"{H}", fmt.Sprint(2+(i+k)%4), "{O}", synthLast[(i+k)%len(synthLast)], "{N}", fmt.Sprint(1000+story),
				"{N2}", fmt.Sprint(3+k))
			sb.WriteString(r.Replace(tpl))
			if k%3 == 2 {
				sb.WriteString("\n")
			} else {
				sb.WriteString(" ")
			}
		}
		arts = append(arts, article{id: fmt.Sprintf("s%05d", i), outlet: synthOutlets[i%len(synthOutlets)], published: day.Add(6 * time.Hour), text: sb.String()})
	}
	return corpusOf(fmt.Sprintf("synthetic-%d", n), arts...)
}

func BenchmarkBuildSample(b *testing.B) {
	c := data.Sample()
	b.ReportAllocs()
	for b.Loop() {
		Build(c)
	}
}

func BenchmarkBuildSynthetic100(b *testing.B) {
	c := synthetic(100)
	b.ReportAllocs()
	for b.Loop() {
		Build(c)
	}
}

func BenchmarkBuildSynthetic1000(b *testing.B) {
	c := synthetic(1000)
	b.ReportAllocs()
	for b.Loop() {
		Build(c)
	}
}

// TestSyntheticGrowth checks that 10× the articles costs well under 100×
// the work (no all-pairs comparison). Work is counted in heap allocations,
// which grow with the work done but, unlike wall time, not with the load of
// the machine; wall time is logged for information.
func TestSyntheticGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("large synthetic corpora")
	}
	small, large := synthetic(100), synthetic(1000)
	cost := func(c *data.Corpus) (uint64, time.Duration) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		Build(c)
		d := time.Since(start)
		runtime.ReadMemStats(&after)
		return after.Mallocs - before.Mallocs, d
	}
	as, ts := cost(small)
	al, tl := cost(large)
	ratio := float64(al) / float64(as)
	t.Logf("100 articles: %d allocs, %v; 1000 articles: %d allocs, %v; alloc ratio %.1f", as, ts, al, tl, ratio)
	if ratio > 30 {
		t.Errorf("allocation growth %.1f for 10× articles: worse than n·log n", ratio)
	}
	tlx := Build(large)
	if len(tlx.Events) < 50 {
		t.Errorf("synthetic 1000 gave only %d events", len(tlx.Events))
	}
}
