package timex

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// describe renders the stated fields of an expression compactly.
func describe(e Expr) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %q", e.Kind, e.Text)
	if e.Year != 0 {
		fmt.Fprintf(&b, " y=%d", e.Year)
	}
	if e.Month != 0 {
		fmt.Fprintf(&b, " m=%d", e.Month)
	}
	if e.Day != 0 {
		fmt.Fprintf(&b, " d=%d", e.Day)
	}
	if e.Weekday >= 0 {
		fmt.Fprintf(&b, " wd=%d", e.Weekday)
	}
	if e.Mod != "" {
		fmt.Fprintf(&b, " mod=%s", e.Mod)
	}
	if e.Part != "" {
		fmt.Fprintf(&b, " part=%s", e.Part)
	}
	if e.Kind == KindRelative {
		fmt.Fprintf(&b, " %s", e.Anchor)
		o := e.Offset
		for _, f := range []struct {
			n string
			v int
		}{{"y", o.Years}, {"mo", o.Months}, {"d", o.Days}, {"h", o.Hours}, {"mi", o.Minutes}} {
			if f.v != 0 {
				fmt.Fprintf(&b, " %s%+d", f.n, f.v)
			}
		}
	}
	if e.Vague {
		b.WriteString(" vague")
	}
	if e.Clock >= 0 {
		fmt.Fprintf(&b, " %02d:%02d", e.Clock/60, e.Clock%60)
	}
	if e.Zone != "" {
		fmt.Fprintf(&b, " zone=%s", e.Zone)
	}
	if e.Minutes != 0 {
		fmt.Fprintf(&b, " min=%d", e.Minutes)
	}
	if e.Approx != ApproxExact {
		fmt.Fprintf(&b, " %s", e.Approx)
	}
	return b.String()
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Dates.
		{"President Donald Trump shakes hands during a joint press conference at Joint Base Elmendorf-Richardson, Alaska, Friday, Aug. 15, 2025.",
			[]string{`date "Friday, Aug. 15, 2025" y=2025 m=8 d=15 wd=5`}},
		{"The summit took place on Aug. 15 in Anchorage.", []string{`date "Aug. 15" m=8 d=15`}},
		{"It was signed on August 15, 2025, by both sides.", []string{`date "August 15, 2025" y=2025 m=8 d=15`}},
		{"The hearing was set for 15 August 2025.", []string{`date "15 August 2025" y=2025 m=8 d=15`}},
		{"Filed 2025-08-15 with the clerk.", []string{`date "2025-08-15" y=2025 m=8 d=15`}},
		{"The report dated 3/14/2024 was released.", []string{`date "3/14/2024" y=2024 m=3 d=14`}},
		{"On the 4th of July the parade began.", []string{`date "4th of July" m=7 d=4`}},
		{"Sept. 11, 2001, changed aviation security.", []string{`date "Sept. 11, 2001" y=2001 m=9 d=11`}},
		{"Thursday, March 5, the board met.", []string{`date "Thursday, March 5" m=3 d=5 wd=4`}},
		{"The deadline is February 30.", nil},
		{"Fri 15 Aug 2025 and Sat, Aug 16", []string{`date "Fri 15 Aug 2025" y=2025 m=8 d=15 wd=5`, `date "Sat, Aug 16" m=8 d=16 wd=6`}},
		{"Sat on it for a while.", nil},
		// A dateline's date is the filing day, not a time of the sentence.
		{"TOWNVILLE, March 17 (Wire) — Three men charged on Tuesday appeared in court.", []string{`weekday "Tuesday" wd=2`}},
		{"PORT TOWN, April 9 — The board met on Friday.", []string{`weekday "Friday" wd=5`}},
		{"SPOKANE, Wash. (Wire) — A jury on Friday convicted him.", []string{`weekday "Friday" wd=5`}},
		{"NASA said on March 17 — a Tuesday — that it would launch.", []string{`date "March 17" m=3 d=17`, `weekday "Tuesday" wd=2`}},
		{"Shares rose in August 2024 and again in March.", []string{`month "August 2024" y=2024 m=8`, `month "March" m=3`}},
		// Years and months.
		{"The two leaders last met in Helsinki in 2018.", []string{`year "2018" y=2018`}},
		{"since Russia launched its full-scale invasion in 2022", []string{`year "2022" y=2022`}},
		{"the 1945 Yalta conference", []string{`year "1945" y=1945`}},
		{"Flight 1282 landed safely and 2000 troops were sent.", nil},
		{"He was elected in February and resigned last March.", []string{`month "February" m=2`, `month "last March" m=3 mod=last`}},
		{"Prices may rise; they march on.", nil},
		{"The verdict may come in May.", []string{`month "May" m=5`}},
		{"April Ryan asked a question.", nil},
		{"Talks are expected by mid-July.", []string{`month "mid-July" m=7 part=mid`}},
		// Weekdays.
		{"Zelenskyy said he would meet Trump in Washington on Monday.", []string{`weekday "Monday" wd=1`}},
		// a weekday compound describing a noun names no day; on its own it does
		{"The report tells how a routine Friday-night departure went wrong.", nil},
		{"The Westby ferry sailed on Friday night.", []string{`weekday "Friday night" wd=5 part=night`}},
		{"Zelenskyy added that he would aim to discuss the details at Monday's meeting.", []string{`weekday "Monday" wd=1`}},
		{"President Donald Trump departed Friday's high-stakes summit.", []string{`weekday "Friday" wd=5`}},
		{"The jury returned late Friday night.", []string{`weekday "late Friday night" wd=5 part=night`}},
		{"The company said last Tuesday that profits fell.", []string{`weekday "last Tuesday" wd=2 mod=last`}},
		{"Engineers began rolling the change back at 1:20 p.m. that Tuesday.", []string{`clock "1:20 p.m." 13:20`, `weekday "that Tuesday" wd=2 mod=last`}},
		{"Early Saturday, rescuers reached the site.", []string{`weekday "Early Saturday" wd=6 part=early`}},
		// Relative.
		{"Published YESTERDAY", []string{`relative "YESTERDAY" reference d-1`}},
		{"The airline said today it had grounded the fleet.", []string{`relative "today" reference`}},
		{"He will speak tonight.", []string{`relative "tonight" part=night reference`}},
		{"Shares fell last week after the report.", []string{`relative "last week" mod=last reference d-7`}},
		{"The court ruled last month.", []string{`relative "last month" mod=last reference mo-1`}},
		{"Earlier this year the firm cut jobs.", []string{`relative "Earlier this year" mod=earlier reference`}},
		{"The next day, investigators found the door plug.", []string{`relative "The next day" narrative d+1`}},
		{"The province spent the next day and a half in the dark.", nil},
		{"Crews will stay for the next day or two.", nil},
		{"The following morning the judge resumed.", []string{`relative "The following morning" part=morning narrative d+1`}},
		{"Seven months later, Trump could not persuade Putin.", []string{`relative "Seven months later" mod=later narrative mo+7 min=306600`}},
		{"Two days earlier, the pilot had reported a fault.", []string{`relative "Two days earlier" mod=earlier narrative d-2 min=2880`}},
		{"Hours later, the company apologised.", []string{`relative "Hours later" mod=later narrative vague`}},
		{"Fighting continued overnight.", []string{`relative "overnight" mod=later part=night narrative vague`}},
		{"The plane landed 14 hours ago.", []string{`relative "14 hours ago" mod=earlier reference h-14 min=840`}},
		{"Trump later told Fox News he would pause tariffs.", []string{`relative "later" mod=later narrative vague`}},
		{"It happened later than expected.", nil},
		{"Earlier that day the jury had asked a question.", []string{`relative "Earlier that day" mod=earlier narrative vague`}},
		{"The verdict came the day after the closing arguments.", []string{`relative "the day after" narrative d+1`}},
		{"Revenue rose two years ago.", []string{`relative "two years ago" mod=earlier reference y-2 min=1051200`}},
		// "It is N years since X": X was N years ago; "in the two years since" is a stretch
		{"It is seven years since the mine flooded.", []string{`relative "seven years since" mod=earlier reference y-7 min=3679200`}},
		{"It's two years since the fire.", []string{`relative "two years since" mod=earlier reference y-2 min=1051200`}},
		{"In the two years since the fire, rents have doubled.", []string{`duration "two years" min=1051200`}},
		// Clocks.
		{"The press conference began at 1:50 p.m. ET.", []string{`clock "1:50 p.m. ET" 13:50 zone=ET`}},
		{"Updated 05:21", []string{`clock "05:21" 05:21`}},
		{"The jet took off at 10 a.m. and landed at noon.", []string{`clock "10 a.m." 10:00`, `clock "noon" 12:00`}},
		// British style: a dot between hours and minutes, only with am/pm
		{"The result was read out at 6.15am; the recount ended at 6.52pm.", []string{`clock "6.15am" 06:15`, `clock "6.52pm" 18:52`}},
		{"A machine jammed at 12.20 a.m. and turnout was 58.30 per cent.", []string{`clock "12.20 a.m." 00:20`}},
		{"Trading halted at 14:30 GMT.", []string{`clock "14:30 GMT" 14:30 zone=GMT`}},
		{"Crews began work shortly before midnight.", []string{`relative "shortly before" mod=earlier narrative vague`, `clock "midnight" 23:59`}},
		{"The fire started around midnight local time.", []string{`clock "around midnight local time" 00:00 zone=local about`}},
		{"Wheels up at 5:07pm PDT.", []string{`clock "5:07pm PDT" 17:07 zone=PDT`}},
		{"The ratio was 3:1 and the score 2-1.", nil},
		{"Reuters reported the blast at 1750 GMT.", []string{`clock "1750 GMT" 17:50 zone=GMT`}},
		{"We meet at 7 o'clock.", []string{`clock "7 o'clock" 07:00`}},
		// Mission elapsed time is no clock; a clock after a plain hyphen is.
		{"Stage separation was confirmed at T+2:38.", nil},
		{"The count resumed at T-10:00 after the hold.", nil},
		{"Polls are open 7:00-10:30 on Sunday.", []string{`clock "7:00" 07:00`, `clock "10:30" 10:30`, `weekday "Sunday" wd=0`}},
		{"The session ended at 9:30 p.m. Eastern time.", []string{`clock "9:30 p.m. Eastern time" 21:30 zone=Eastern`}},
		// Durations.
		{"The talks lasted about three hours.", []string{`duration "about three hours" min=180 about`}},
		{"a 12-minute joint press conference", []string{`duration "12-minute" min=12`}},
		{"after a two-and-a-half-hour closed-door session", []string{`duration "two-and-a-half-hour" min=150`}},
		{"The nearly three-hour meeting produced no agreement.", []string{`duration "nearly three-hour" min=180 under`}},
		{"The flight was delayed roughly 90 minutes.", []string{`duration "roughly 90 minutes" min=90 about`}},
		{"They boarded a 45-minute flight to the capital.", []string{`duration "45-minute" min=45`}},
		{"The strike went on for two days.", []string{`duration "two days" min=2880`}},
		{"The jury deliberated for less than an hour.", []string{`duration "less than an hour" min=60 under`}},
		{"She has led the company for more than a decade.", []string{`duration "more than a decade" min=5256000 over`}},
		{"The meeting lasted an hour and a half.", []string{`duration "an hour and a half" min=90`}},
		{"It took two hours and 40 minutes.", []string{`duration "two hours and 40 minutes" min=160`}},
		{"The outage lasted half an hour.", []string{`duration "half an hour" min=30`}},
		{"a half-hour delay", []string{`duration "a half-hour" min=30`}},
		{"an hour-long interview", []string{`duration "an hour-long" min=60`}},
		{"The deal took 18 months to negotiate.", []string{`duration "18 months" min=788400`}},
		{"a 30-second clip", []string{`duration "30-second" min=1`}},
		{"Negotiators talked for hours.", []string{`duration "hours" vague`}},
		{"The talks took two to three hours.", []string{`duration "two to three hours" min=150 about`}},
		{"The hearing lasted three hours or so.", []string{`duration "three hours or so" min=180 about`}},
		{"The verdict came after about 14 hours of deliberation over three days.", []string{`duration "about 14 hours" min=840 about`, `duration "three days" min=4320`}},
		{"The talks lasted over three hours; a final report typically takes 12 to 24 months.", []string{`duration "over three hours" min=180 over`, `duration "12 to 24 months" min=788400 about`}},
		// Not durations.
		{"leaving Ukraine's deadliest conflict in 80 years grinding on", []string{`span "in 80 years" min=42048000`}},
		{"the summit marked Putin's first trip to the U.S. in a decade", []string{`span "in a decade" min=5256000`}},
		{"The 80-year-old senator and the 600-mile trip.", nil},
		{"The defendant, 45 years old, stood.", nil},
		{"He takes the pill twice a day.", nil},
		{"The second meeting was on the second floor.", nil},
		{"He won a second term.", nil},
		{"Sales grew over the past two years.", []string{`span "over the past two years" min=1051200`}},
		{"A decision is expected within hours.", []string{`span "within hours" vague`}},
		// Mixed.
		{"On Saturday Trump posted that the talks had lasted about three hours, before flying back to Washington overnight.",
			[]string{`weekday "Saturday" wd=6`, `duration "about three hours" min=180 about`, `relative "overnight" mod=later part=night narrative vague`}},
		{"The Boeing 737 Max 9 took off from Portland at 4:52 p.m. PST on Jan. 5, 2024, and returned 20 minutes later.",
			[]string{`clock "4:52 p.m. PST" 16:52 zone=PST`, `date "Jan. 5, 2024" y=2024 m=1 d=5`, `relative "20 minutes later" mod=later narrative mi+20 min=20`}},
		{"The judge adjourned the trial until Monday morning after a 90-minute hearing.",
			[]string{`weekday "Monday morning" wd=1 part=morning`, `duration "90-minute" min=90`}},
		// Aviation.
		{"Flight 1282 departed Portland at 5:07 p.m. local time and the door plug blew out about 20 minutes after takeoff, at 16,000 feet.",
			[]string{`clock "5:07 p.m. local time" 17:07 zone=local`, `relative "about 20 minutes after" mod=later narrative mi+20 min=20 about`}},
		{"The plane, which was delivered in October 2023, had flown 154 flights. On Jan. 6, the FAA ordered inspections.",
			[]string{`month "October 2023" y=2023 m=10`, `date "Jan. 6" m=1 d=6`}},
		{"A day later, the airline grounded 171 planes; days after the incident, regulators acted.",
			[]string{`relative "A day later" mod=later narrative d+1 min=1440`, `relative "days after" mod=later narrative vague`}},
		// Courts.
		{"He was sentenced to 25 years in prison after a three-day trial; jurors deliberated for about six hours.",
			[]string{`duration "25 years" min=13140000`, `duration "three-day" min=4320`, `duration "about six hours" min=360 about`}},
		{"The judge gave the jury until 5 p.m. Thursday; the trial, which began on March 3, is expected to last two weeks.",
			[]string{`clock "5 p.m." 17:00`, `weekday "Thursday" wd=4`, `date "March 3" m=3 d=3`, `duration "two weeks" min=20160`}},
		{"The verdict came at 12:30 a.m. Saturday, in the early hours.",
			[]string{`clock "12:30 a.m." 00:30`, `weekday "Saturday" wd=6`, `part-of-day "in the early hours" part=night`}},
		// Business.
		{"The company reported results for fiscal 2024 on Tuesday, and shares fell 5% in after-hours trading.",
			[]string{`year "2024" y=2024`, `weekday "Tuesday" wd=2`}},
		{"Updated 3:45pm, Aug 16 2025; published 16.08.2025 and 2025/08/16.",
			[]string{`clock "3:45pm" 15:45`, `date "Aug 16 2025" y=2025 m=8 d=16`, `date "16.08.2025" y=2025 m=8 d=16`, `date "2025/08/16" y=2025 m=8 d=16`}},
		{"The talks lasted 1½ hours; a 2 1/2-hour meeting; 24/7 coverage; 3/4 of voters.",
			[]string{`duration "1½ hours" min=90`, `duration "2 1/2-hour" min=150`}},
		{"Trump was to meet Putin at 11 a.m. local time (1900 GMT) on Friday.",
			[]string{`clock "11 a.m. local time" 11:00 zone=local`, `clock "1900 GMT" 19:00 zone=GMT`, `weekday "Friday" wd=5`}},
		{"The meeting ended around 2:30 p.m., nearly three hours after it began.",
			[]string{`clock "around 2:30 p.m." 14:30 about`, `relative "nearly three hours after" mod=later narrative h+3 min=180 under`}},
		{"Two‑and‑a‑half hours, three-hour-long talks, hours-long talks",
			[]string{`duration "Two‑and‑a‑half hours" min=150`, `duration "three-hour-long" min=180`, `duration "hours-long" vague`}},
		{"", nil},
		{"No time here at all.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range Find(tt.text) {
			got = append(got, describe(e))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Find(%q):\n got  %s\n want %s", tt.text, strings.Join(got, "\n      "), strings.Join(tt.want, "\n      "))
		}
	}
}

func TestFindOffsets(t *testing.T) {
	text := "Putin arrived on Friday, Aug. 15, 2025 — about three hours before the 1:50 p.m. ET briefing."
	for _, e := range Find(text) {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("%q: text[%d:%d] = %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"three", 3, true}, {"twenty-five", 25, true}, {"1,000", 1000, true}, {"2.5", 2.5, true},
		{"a dozen", 12, true}, {"half a", 0.5, true}, {"one hundred and twenty", 120, true},
		{"two and a half", 2.5, true}, {"two-and-a-half", 2.5, true}, {"1.2 million", 1.2e6, true},
		{"three thousand", 3000, true}, {"a couple", 2, true}, {"seven", 7, true}, {"Twelve", 12, true},
		{"several", 0, false}, {"a few", 0, false}, {"dozens", 0, false}, {"three cats", 0, false},
		{"", 0, false}, {"cat", 0, false}, {"two dozen", 24, true}, {"ninety-nine", 99, true},
	}
	for _, tt := range tests {
		got, ok := Number(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Number(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func checkSpans(t *testing.T, text string, es []Expr) {
	t.Helper()
	boundary := map[int]bool{len(text): true}
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	prev := 0
	for _, e := range es {
		if e.Start < prev || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("bad span %d:%d (prev end %d) in %q", e.Start, e.End, prev, text)
		}
		if !boundary[e.Start] || !boundary[e.End] {
			t.Fatalf("span %d:%d not on rune boundaries in %q", e.Start, e.End, text)
		}
		if e.Text != text[e.Start:e.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
		prev = e.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Friday, Aug. 15, 2025", "about three hours", "1:50 p.m. ET", "two-and-a-half-hour",
		"Seven months later", "in 80 years", "2025-08-15", "14 hours ago", "Monday's meeting",
		"an hour and a half", "5:21am", "the 4th of July", "über 3 Stunden", "a.m.", "—",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		es := Find(s)
		checkSpans(t, s, es)
		Number(s)
		// The fast paths agree with the general ones.
		toks := tokenize(s)
		if len(toks) > maxTokens(s) {
			t.Fatalf("%q: %d tokens, maxTokens %d", s, len(toks), maxTokens(s))
		}
		for _, tk := range toks {
			if tk.k == 'w' && tk.l != lower(s[tk.s:tk.e]) {
				t.Fatalf("%q: token %q lower %q", s, s[tk.s:tk.e], tk.l)
			}
			if tk.k == 'w' && starters[tk.l] != 0 && !maybeStarter(tk.l) {
				t.Fatalf("%q: starter %q filtered out", s, tk.l)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := "President Donald Trump departed Friday's high-stakes summit at 1:50 p.m. ET on Friday, Aug. 15, 2025, after a two-and-a-half-hour closed-door session; seven months later, about three hours of talks in 80 years."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

func BenchmarkFindPlain(b *testing.B) {
	text := "The president had offered Putin both carrot and stick: threats of punishing economic sanctions on Russia alongside a warm welcome at the base in Anchorage, officials said."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

// TestFastPaths checks the slab lower-casing, the token bound and the
// starter filter on inputs chosen to hit their edges.
func TestFastPaths(t *testing.T) {
	for _, s := range []string{"", "Ünal İnan’s ÉTÉ on Friday", "ȺȾ Ⱥlpha 3pm", "plain words", "\u212a (Kelvin sign) 5:21",
		"\xff\xfeAB 2025-08-15", "2,000.5 1.2.3 15th ...", "\u00a0Aug.\u2009 15"} {
		toks := tokenize(s)
		if len(toks) > maxTokens(s) {
			t.Errorf("%q: %d tokens, maxTokens %d", s, len(toks), maxTokens(s))
		}
		for _, tk := range toks {
			if tk.k == 'w' && tk.l != lower(s[tk.s:tk.e]) {
				t.Errorf("%q: token %q lower %q, want %q", s, s[tk.s:tk.e], tk.l, lower(s[tk.s:tk.e]))
			}
		}
	}
	for w := range starters {
		if !maybeStarter(w) {
			t.Errorf("starter %q filtered out", w)
		}
	}
}
