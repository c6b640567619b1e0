package compare

import (
	"strconv"
	"strings"
)

// number is a number found in a token list.
type number struct {
	Value      float64
	First      int    // index of the first token
	Next       int    // index after the last token
	UnitSuffix string // unit glued by a hyphen: "600-mile" → "mile"
	Words      bool   // written in words ("seven")
}

// parseDigits parses "1,000", "2.5", "16,000" (and a unit suffix joined by a
// hyphen: "600-mile"). ok is false for anything else.
func parseDigits(w string) (float64, string, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, "", false // the number part starts with w's first byte
	}
	suffix := ""
	if i := strings.IndexAny(w, "-‐"); i > 0 {
		suffix = strings.TrimLeft(w[i:], "-‐")
		w = w[:i]
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, "", false
	}
	clean := strings.ReplaceAll(w, ",", "")
	// commas must group thousands
	if strings.Contains(w, ",") {
		parts := strings.Split(strings.SplitN(w, ".", 2)[0], ",")
		for k, p := range parts[1:] {
			_ = k
			if len(p) != 3 {
				return 0, "", false
			}
		}
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil || v < 0 || v > 1e15 {
		return 0, "", false
	}
	return v, normWord(suffix), true
}

// wordNumber parses a number written in words from one token ("seven",
// "twenty-one", "two-and-a-half" is not handled here).
func wordNumber(w string) (float64, bool) {
	w = normWord(w)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return 0, false // every number word starts with a lower-case letter
	}
	if v, ok := numberWord(w); ok && w != "a" && w != "an" {
		return v, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		a, okA := numberWord(w[:i])
		b, okB := numberWord(w[i+1:])
		if okA && okB && a >= 20 && a <= 90 && b >= 1 && b <= 9 {
			return a + b, true
		}
	}
	return 0, false
}

// numberAt parses a number starting at toks[i]: digits ("1,000", "2.5",
// "3 million", "600-mile"), or words ("seven", "twenty-one", "two
// hundred", "a dozen", "three million").
func numberAt(toks []token, i int) (number, bool) {
	if i < 0 || i >= len(toks) || !toks[i].Word {
		return number{}, false
	}
	w := toks[i].Text
	n := number{First: i, Next: i + 1}
	if v, ok := moneyAbbrev(toks, i); ok {
		// "£2.1bn", "$25m": a scale abbreviation glued to an amount
		n.Value = v
		return n, true
	}
	if v, suf, ok := parseDigits(w); ok {
		n.Value, n.UnitSuffix = v, suf
		if suf != "" {
			// "600-mile": a number with a glued unit (or a number word
			// suffix we do not read, like "2-for-1")
			if _, isNum := wordNumber(suf); isNum {
				return number{}, false
			}
			return n, true
		}
	} else {
		lw := toks[i].Norm
		if lw == "half" && i+2 < len(toks) && toks[i+1].Norm == "a" && toks[i+2].Norm == "dozen" {
			n.Value, n.Next, n.Words = 6, i+3, true // "half a dozen"
			return n, true
		}
		if (lw == "a" || lw == "an") && i+1 < len(toks) {
			nx := toks[i+1].Norm
			if s, ok := scaleWords[nx]; ok && !strings.HasSuffix(nx, "s") {
				n.Value, n.Next, n.Words = s, i+2, true
				if s < 1e6 {
					n.Value, n.Next = compoundTail(toks, i+2, 0, s, s)
				}
				return n, true
			}
			if nx == "dozen" {
				n.Value, n.Next, n.Words = 12, i+2, true
				return n, true
			}
			if nx == "single" && i+2 < len(toks) && toks[i+2].Word && !isCap(toks[i+2].Text) && toks[i+2].Text != "-" &&
				toks[i+2].Start() > toks[i+1].End() {
				// "a single shock": one, against "two shocks"
				n.Value, n.Next, n.Words = 1, i+2, true
				return n, true
			}
			return number{}, false
		}
		base := lw
		if j := strings.IndexByte(lw, '-'); j > 0 {
			// "seven-member", "three-judge": number word + unit
			if v, ok := wordNumber(lw[:j]); ok {
				if _, ok2 := wordNumber(lw); !ok2 {
					n.Value, n.UnitSuffix, n.Words = v, lw[j+1:], true
					return n, true
				}
			}
			base = lw
		}
		v, ok := wordNumber(base)
		if !ok {
			return number{}, false
		}
		n.Value, n.Words = v, true
	}
	if n.Words {
		// "two hundred", "one hundred and eighty-seven", "two thousand five hundred"
		n.Value, n.Next = compoundTail(toks, n.Next, 0, n.Value, 0)
		if n.Next < len(toks) && toks[n.Next].Norm == "dozen" {
			n.Value *= 12 // "two dozen pumps"
			n.Next++
		}
		return n, true
	}
	// scale words: "3 million", "two hundred thousand"
	for n.Next < len(toks) && toks[n.Next].Word {
		s, ok := scaleWords[toks[n.Next].Norm]
		if !ok || strings.HasSuffix(toks[n.Next].Norm, "s") {
			break
		}
		n.Value *= s
		n.Next++
	}
	return n, true
}

// compoundTail reads the rest of a number in words from toks[j]: scale
// words and, after a scale, the smaller number that follows it, with or
// without "and" ("one hundred and eighty-seven", "two thousand five
// hundred"). total is what is complete, cur the group being read, last the
// scale just read (0 when none). It returns the value and the next token.
func compoundTail(toks []token, j int, total, cur, last float64) (float64, int) {
	top, small := last, false // the largest scale read; a small number was just added
	for j < len(toks) && toks[j].Word {
		nx := toks[j].Norm
		if s, ok := scaleWords[nx]; ok && !strings.HasSuffix(nx, "s") && s >= 100 {
			if small && s <= top {
				break // "one hundred and two | hundred"
			}
			top = max(top, s)
			if s == 100 {
				cur *= 100
			} else {
				total, cur = total+cur*s, 0
			}
			last = s
			j++
			continue
		}
		if last == 0 {
			break
		}
		k := j
		if nx == "and" {
			k++
		}
		if k >= len(toks) || !toks[k].Word {
			break
		}
		v, ok := wordNumber(toks[k].Norm)
		if !ok || v >= last || v >= 100 && last <= 100 {
			break
		}
		cur += v
		big := last >= 1000
		last, small = 0, true
		j = k + 1
		// "two thousand five hundred": hundreds may follow a thousand
		if big && j < len(toks) && toks[j].Norm == "hundred" && v < 10 {
			cur += v * 99
			last = 100
			j++
		}
	}
	return total + cur, j
}

// findNumbers returns the numbers of a text with their byte spans.
func findNumbers(text string) []numberSpan {
	toks := tokenize(text)
	var out []numberSpan
	for i := 0; i < len(toks); i++ {
		n, ok := numberAt(toks, i)
		if !ok {
			continue
		}
		out = append(out, numberSpan{Value: n.Value, Start: toks[n.First].Start(), End: toks[n.Next-1].End()})
		i = n.Next - 1
	}
	return out
}

// numberSpan is a number found by findNumbers: its value and byte span.
type numberSpan struct {
	Value      float64
	Start, End int
}

func formatNum(v float64) string {
	if v == float64(int64(v)) && v < 1e15 && v > -1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// moneyScales are scale abbreviations glued to an amount of money
// ("£2.1bn", "$25m", "€300k").
var moneyScales = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}

// moneyAbbrev parses an amount with a glued scale abbreviation right after
// a currency symbol ("£2.1bn", "$25m"). Without the symbol "5m" may be
// metres, so it is not read.
func moneyAbbrev(toks []token, i int) (float64, bool) {
	if currencyBefore(toks, i) == "" {
		return 0, false
	}
	w := toks[i].Norm
	k := len(w)
	for k > 0 && w[k-1] >= 'a' && w[k-1] <= 'z' {
		k--
	}
	if k == 0 || k == len(w) {
		return 0, false
	}
	sc, ok := moneyScales[w[k:]]
	if !ok {
		return 0, false
	}
	v, suf, ok := parseDigits(w[:k])
	if !ok || suf != "" {
		return 0, false
	}
	return v * sc, true
}
