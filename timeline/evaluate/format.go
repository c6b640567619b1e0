package evaluate

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

// FormatReport prints the reports as a plain-text table, one row per
// corpus, followed by a mean row when there is more than one report.
func FormatReport(rs []Report) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "corpus\tevents g/s\tev R\tev P\tevid P\tevid R\torder\tbackgr\tstatus\tdisag P/R\tquotes P/R\tforbidden")
	var sum [11]float64
	for _, r := range rs {
		fmt.Fprintf(w, "%s\t%d/%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s/%s\t%s/%s\t%d\n",
			r.Corpus, r.GoldEvents, r.SystemEvents,
			r.EventRecall, r.EventPrecision, r.EvidenceP, r.EvidenceR, r.Order,
			r.Background, r.Status, r.DisagreementP, r.DisagreementR, r.QuoteP, r.QuoteR, len(r.Forbidden))
		for i, x := range []Ratio{r.EventRecall, r.EventPrecision, r.EvidenceP, r.EvidenceR, r.Order, r.Background, r.Status, r.DisagreementP, r.DisagreementR, r.QuoteP, r.QuoteR} {
			sum[i] += x.Value()
		}
	}
	if len(rs) > 1 {
		n := float64(len(rs))
		p := func(i int) string { return fmt.Sprintf("%.0f%%", 100*sum[i]/n) }
		fmt.Fprintf(w, "mean\t\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s/%s\t%s/%s\t\n",
			p(0), p(1), p(2), p(3), p(4), p(5), p(6), p(7), p(8), p(9), p(10))
	}
	w.Flush()
	return b.String()
}

// FormatMisses prints the notes of one report (missed events and evidence,
// clutter, order inversions, missed disagreements and quotes), one per line.
func FormatMisses(r Report) string {
	var b strings.Builder
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "%s: %s\n", r.Corpus, n)
	}
	return b.String()
}
