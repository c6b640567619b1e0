package entity

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Index merges the aliases of a corpus's names. Build it once from every
// name mention of the corpus (repeat a name once per mention: frequencies
// choose canonical forms); it is read-only afterwards and safe for
// concurrent use. Construction is deterministic: the same multiset of
// names gives the same index whatever their order.
//
// Merging rules (people only; organisations and places merge only when
// they clean to the same string):
//   - full names (two or more words) merge when their surnames match
//     (equal after folding case, accents and transliteration spellings —
//     y/i/j, w/v, doubled letters —, or Jaro-Winkler ≥ 0.92 on the folded
//     surnames) and their first names are compatible (equal after folding,
//     one an initial of the other, or Jaro-Winkler ≥ 0.88): "Taras
//     Kovalsky" = "Taras Kovalskyy"; "Ivan Petrov" ≠ "Taras
//     Kovalsky" (different surnames);
//   - a single word merges into the most frequent person whose surname it
//     matches ("Roe" → "Jane Roe"; spelling variants only when equal after
//     transliteration folding or Jaro-Winkler ≥ 0.96 without one being a
//     prefix of the other); single words with no full form merge among
//     themselves only when equal after folding;
//   - acronyms merge with the multi-word name of the same initials
//     ("UN" → "United Nations") and with their dotted spellings ("U.S." = "US");
//   - the canonical form of a group is its most frequent full form, ties
//     broken lexically, forms in capitals last (the most frequent single
//     word if it has none).
type Index struct {
	alias   map[string]string // cleaned name → canonical
	groups  []group           // people, in canonical order
	byFirst map[string][]int  // block (first two letters of the surname key) → groups, in creation order
	count   map[string]int
	acr     map[string]string // acronym letters → canonical
}

// group is one person.
type group struct {
	canonical string
	first     string // folded first name of the canonical form ("" if none)
	firstKey  string // its transliteration key
	suffix    string // "jr", "iii", … or ""
	last      string // folded surname
	key       string // transliteration key of the surname
	total     int
}

// NewIndex builds an index from name mentions as written (titles may still
// be attached: they are stripped; see Clean).
func NewIndex(names []string) *Index {
	return build(names, nil, nil)
}

// NewIndexMentions builds an index from mentions of Find, using their
// kinds: only Person and Unknown mentions take part in person merging.
func NewIndexMentions(ms []Mention) *Index {
	names := make([]string, 0, len(ms))
	kinds := make(map[string]string)
	places := map[string]int{} // single words: mentions found as a place, minus those found otherwise
	for _, m := range ms {
		c := Clean(m.Canonical)
		if c == "" {
			c = Clean(m.Text)
		}
		names = append(names, c)
		if !strings.Contains(c, " ") {
			if m.Kind == Place {
				places[c]++
			} else {
				places[c]--
			}
		}
		kind := m.Kind
		if m.Weak && kind == Unknown && strings.Contains(c, " ") {
			kind = "weak" // a title-case line: not a person unless seen as one elsewhere
		}
		if kind != Unknown && kind != "" {
			m.Kind = kind
			// Deterministic: Person wins over other kinds for the same string.
			if old, ok := kinds[c]; !ok || m.Kind == Person || old != Person && m.Kind < old {
				kinds[c] = m.Kind
			}
		}
	}
	// a single word seen more often otherwise than as a place ("in
	// Feldane" once, "Feldane said" twice) may still be a person's surname
	loose := map[string]bool{}
	for c, n := range places {
		if n < 0 && kinds[c] == Place {
			loose[c] = true
		}
	}
	return build(names, kinds, loose)
}

// build makes the index; loose holds single words whose kind (a place) is
// weaker than their other uses, so they may still be a person's surname.
func build(names []string, kinds map[string]string, loose map[string]bool) *Index {
	raw := make(map[string]int, len(names)/2+1)
	for _, n := range names {
		raw[n]++
	}
	ix := &Index{alias: make(map[string]string, len(raw)), byFirst: map[string][]int{}, count: make(map[string]int, len(raw)), acr: map[string]string{}}
	for n, k := range raw {
		if c := stripTitles(Clean(n)); c != "" {
			ix.count[c] += k
		}
	}
	// Most frequent first, forms written in capitals last ("JANE ROE" is
	// never preferred to "Jane Roe"), ties lexical. The order is total
	// (names are distinct), so it does not depend on the sort algorithm.
	type ranked struct {
		name    string
		count   int
		shouted bool
	}
	rs := make([]ranked, 0, len(ix.count))
	for n, c := range ix.count {
		rs = append(rs, ranked{name: n, count: c, shouted: shouted(n)})
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if a.shouted != b.shouted {
			if b.shouted {
				return -1
			}
			return 1
		}
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return strings.Compare(a.name, b.name)
	})
	distinct := make([]string, len(rs))
	for k, r := range rs {
		distinct[k] = r.name
	}
	isPerson := func(n string) bool {
		if k, ok := kinds[n]; ok && k != Person && !loose[n] {
			return false
		}
		return personLike(n)
	}
	// Organisation acronyms: "UN" = "United Nations", "U.S." = "US" =
	// "United States" (the most frequent full form whose initials match).
	acr := map[string]string{} // letters → most frequent multi-word form
	for _, n := range distinct {
		if a := initials(n); a != "" && !personLike(n) {
			if _, ok := acr[a]; !ok {
				acr[a] = n
			}
		}
	}
	// Organisations of several words by their first word: "Calder" alone
	// is "Calder Events" when that is the only organisation it opens (not
	// a town's institution: "Westby" is not "Westby Fire Department").
	orgsByFirst := map[string][]string{}
	for _, n := range distinct {
		if toks := nameTokens(n); len(toks) >= 2 && kinds[n] == Org && !institutionHeads[fold(toks[len(toks)-1])] {
			f := fold(toks[0])
			orgsByFirst[f] = append(orgsByFirst[f], n)
		}
	}
	acrSeen := map[string]string{} // letters → most frequent acronym form (no full form)
	// Full names, most frequent first: each joins the first compatible group.
	var singles []string
	for _, n := range distinct {
		toks := nameTokens(n)
		if len(toks) == 1 && isAcronym(toks[0]) {
			letters := acronymLetters(toks[0])
			if full, ok := acr[letters]; ok {
				ix.alias[n] = full
			} else if first, ok := acrSeen[letters]; ok {
				ix.alias[n] = first
			} else {
				acrSeen[letters] = n
				ix.alias[n] = n
			}
			ix.acr[letters] = ix.alias[n]
			continue
		}
		if !isPerson(n) {
			ix.alias[n] = n
			if orgs := orgsByFirst[fold(n)]; len(toks) == 1 && len(orgs) == 1 && kinds[n] != Place {
				ix.alias[n] = orgs[0]
			}
			continue
		}
		if len(toks) < 2 {
			singles = append(singles, n)
			continue
		}
		first, last, suf := fold(toks[0]), fold(toks[len(toks)-1]), suffixOf(n)
		g := ix.find(first, last, suf)
		if g < 0 {
			g = len(ix.groups)
			ix.groups = append(ix.groups, group{canonical: n, first: first, firstKey: translitKey(first), last: last, key: translitKey(last), suffix: suf})
			k := firstByte(ix.groups[g].key)
			ix.byFirst[k] = append(ix.byFirst[k], g)
		}
		ix.groups[g].total += ix.count[n]
		ix.alias[n] = ix.groups[g].canonical
	}
	for letters, full := range acr {
		if _, ok := ix.acr[letters]; !ok {
			ix.acr[letters] = ix.alias[full]
		}
	}
	// Single words: the most frequent matching person; else among themselves.
	for _, n := range singles {
		last := fold(n)
		if g := ix.findSurname(last); g >= 0 && (!loose[n] || ix.groups[g].first != "") {
			ix.alias[n] = ix.groups[g].canonical
			ix.groups[g].total += ix.count[n]
			continue
		}
		if orgs := orgsByFirst[last]; len(orgs) == 1 && kinds[n] != Place {
			ix.alias[n] = orgs[0]
			continue
		}
		g := len(ix.groups)
		ix.groups = append(ix.groups, group{canonical: n, last: last, key: translitKey(last), total: ix.count[n]})
		k := firstByte(ix.groups[g].key)
		ix.byFirst[k] = append(ix.byFirst[k], g)
		ix.alias[n] = n
	}
	return ix
}

// shouted reports a multi-word name written in capitals ("JANE ROE").
func shouted(n string) bool {
	return strings.Contains(n, " ") && isAcronym(strings.ReplaceAll(strings.ReplaceAll(n, " ", ""), "-", ""))
}

// find returns the first group (in creation order, which is frequency
// order) compatible with a full name, or -1.
func (ix *Index) find(first, last, suffix string) int {
	key, fkey := translitKey(last), translitKey(first)
	for _, g := range ix.byFirst[firstByte(key)] {
		gr := &ix.groups[g]
		if gr.first == "" || gr.suffix != suffix {
			continue // "John Roe Jr." is not "John Roe"
		}
		if surnameMatch(last, key, gr.last, gr.key) && firstCompatible(first, fkey, gr.first, gr.firstKey) {
			return g
		}
	}
	return -1
}

// findSurname returns the group with the largest total whose surname
// matches, ties broken by canonical name; -1 if none.
func (ix *Index) findSurname(last string) int {
	key := translitKey(last)
	best := -1
	for _, g := range ix.byFirst[firstByte(key)] {
		gr := &ix.groups[g]
		if !singleMatch(last, key, gr) {
			continue
		}
		if best < 0 || gr.total > ix.groups[best].total || gr.total == ix.groups[best].total && gr.canonical < ix.groups[best].canonical {
			best = g
		}
	}
	return best
}

// Canonical returns the canonical form of a name: its group's most frequent
// full form. Names the index has not seen are matched with the same rules
// (a surname to the most frequent matching person); otherwise the cleaned
// name is returned.
func (ix *Index) Canonical(name string) string {
	c := stripTitles(Clean(name))
	if ix == nil || c == "" {
		return c
	}
	if v, ok := ix.alias[c]; ok {
		return v
	}
	toks := nameTokens(c)
	if len(toks) == 1 && isAcronym(toks[0]) {
		if v, ok := ix.acr[acronymLetters(toks[0])]; ok {
			return v
		}
		return c
	}
	if !personLike(c) {
		return c
	}
	if len(toks) >= 2 {
		if g := ix.find(fold(toks[0]), fold(toks[len(toks)-1]), suffixOf(c)); g >= 0 {
			return ix.groups[g].canonical
		}
		return c
	}
	if g := ix.findSurname(fold(c)); g >= 0 {
		return ix.groups[g].canonical
	}
	return c
}

// initials returns the upper-case initials of a multi-word name's
// capitalised words ("National Weather Service" → "NWS"), or "".
func initials(n string) string {
	f := strings.Fields(n)
	if len(f) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		l := strings.ToLower(w)
		if l == "of" || l == "for" || l == "and" || l == "the" || l == "&" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// acronymLetters returns the letters of an acronym ("U.S." → "US").
func acronymLetters(t string) string {
	var b strings.Builder
	for _, r := range t {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// Same reports whether two names refer to the same entity.
func (ix *Index) Same(a, b string) bool { return ix.Canonical(a) == ix.Canonical(b) }

// Names returns the canonical names of the index, sorted.
func (ix *Index) Names() []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range ix.alias {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// Count returns how many mentions the index holds for a canonical name
// (all its aliases together).
func (ix *Index) Count(canonical string) int {
	n := 0
	for a, v := range ix.alias {
		if v == canonical {
			n += ix.count[a]
		}
	}
	return n
}

// Surname returns the last word of a personal name without suffixes
// ("John Q. Roe Jr." → "Roe"); for one word, the word.
func Surname(name string) string {
	toks := nameTokens(stripTitles(Clean(name)))
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1]
}

// suffixOf returns the generational suffix of a name ("jr", "iii"), or "".
func suffixOf(n string) string {
	f := strings.Fields(n)
	if len(f) < 2 {
		return ""
	}
	l := strings.TrimSuffix(strings.ToLower(strings.TrimSuffix(f[len(f)-1], ",")), ".")
	if nameSuffixes[l] {
		return l
	}
	return ""
}

// nameTokens splits a name into words, dropping initials-free suffixes
// ("Jr.", "III").
func nameTokens(n string) []string {
	f := strings.Fields(n)
	for len(f) > 1 && nameSuffixes[strings.TrimSuffix(strings.ToLower(strings.TrimSuffix(f[len(f)-1], ",")), ".")] {
		f = f[:len(f)-1]
	}
	for k := range f {
		f[k] = strings.TrimSuffix(f[k], ",")
	}
	return f
}

// stripTitles removes leading honorifics and titles from a cleaned name
// ("President Jane Roe" → "Jane Roe", "Mr. Doe" → "Doe").
func stripTitles(n string) string {
	f := strings.Fields(n)
	k := 0
	for k < len(f)-1 {
		l := strings.TrimSuffix(strings.ToLower(f[k]), ".")
		if titles[l] || (k > 0 && officeWords[l]) {
			k++
			continue
		}
		break
	}
	if k == 0 {
		return n
	}
	return strings.Join(f[k:], " ")
}

// personLike reports whether a cleaned name may be a person: no
// organisation or place head word, not an acronym, not a place shape.
func personLike(n string) bool {
	f := strings.Fields(n)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	first := strings.TrimSuffix(strings.ToLower(f[0]), ".")
	last := strings.TrimSuffix(strings.ToLower(f[len(f)-1]), ".")
	if orgHeads[last] || eventHeads[last] || placeHeads[last] && len(f) > 1 || placePrefixes[first] && len(f) > 1 {
		return false
	}
	if len(f) == 1 && isAcronym(f[0]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsLetter(r)
}

// surnameMatch compares folded surnames and their transliteration keys.
func surnameMatch(a, ka, b, kb string) bool {
	if a == b || ka == kb && ka != "" {
		return true
	}
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] || len(a)-len(b) > 3 || len(b)-len(a) > 3 {
		return false
	}
	return jaroWinkler(a, b) >= 0.92
}

// singleMatch decides whether a single word names the person of a group:
// its surname in another spelling. A lone word has no first name to
// confirm the match, so only transliteration-equal spellings or very close
// ones that are not a mere suffix away ("Beast"/"Beat", "Records"/"Record")
// merge, and single words merge with each other only when equal after
// folding.
func singleMatch(last, key string, gr *group) bool {
	if last == gr.last || key == gr.key && key != "" {
		return true
	}
	if gr.first == "" || len(last) < 6 || len(gr.last) < 6 || strings.HasPrefix(last, gr.last) || strings.HasPrefix(gr.last, last) {
		return false
	}
	return surnameMatch(last, key, gr.last, gr.key) && jaroWinkler(last, gr.last) >= 0.96
}

// firstCompatible compares folded first names (with their transliteration
// keys): equal, an initial, or close.
func firstCompatible(a, ka, b, kb string) bool {
	if a == "" || b == "" || a == b || ka == kb {
		return true
	}
	ia, ib := strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if len(ia) == 1 && strings.HasPrefix(ib, ia) || len(ib) == 1 && strings.HasPrefix(ia, ib) {
		return true
	}
	return len(ia) >= 3 && len(ib) >= 3 && jaroWinkler(ia, ib) >= 0.88
}

// firstByte returns the blocking key of a surname key: its first two
// bytes. Transliteration variants keep their beginning ("kovalski"),
// so only names in one block are compared.
func firstByte(s string) string {
	if len(s) > 2 {
		return s[:2]
	}
	return s
}

// fold lower-cases and removes common Latin diacritics.
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s) // nothing to straighten or strip
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r == '’' {
			r = '\''
		}
		if m, ok := diacritics[r]; ok {
			b.WriteString(m)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var diacritics = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ā': "a", 'ą': "a", 'ă': "a",
	'ç': "c", 'č': "c", 'ć': "c", 'ď': "d", 'đ': "d", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'ē': "e", 'ę': "e", 'ě': "e", 'ğ': "g", 'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ī': "i",
	'ı': "i", 'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n", 'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o",
	'õ': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s",
	'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t", 'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ū': "u",
	'ů': "u", 'ű': "u", 'ý': "y", 'ÿ': "y", 'ž': "z", 'ź': "z", 'ż': "z", 'æ': "ae", 'œ': "oe",
}

var translitReplacer = strings.NewReplacer("ph", "f", "ck", "k", "kh", "h", "'", "", "-", "", ".", "")

// translitKey folds spelling variants of transliterated names: y/j → i,
// w → v, ph → f, ck → k, kh → h, dropped apostrophes and hyphens, doubled
// letters collapsed ("kovalskyy", "kovalskiy", "kovalsky" → "kovalski").
func translitKey(s string) string {
	if len(s) <= 64 && isASCII(s) {
		return translitASCII(s)
	}
	return translitGeneral(s)
}

// translitGeneral is translitKey for any string.
func translitGeneral(s string) string {
	s = fold(s)
	s = translitReplacer.Replace(s)
	var b strings.Builder
	var prev rune
	for _, r := range s {
		switch r {
		case 'y', 'j':
			r = 'i'
		case 'w':
			r = 'v'
		}
		if r == prev {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// translitASCII is translitKey of an ASCII string of up to 64 bytes, in
// one pass and one allocation: lower case, the replacements of
// translitReplacer (left to right, no key is a prefix of another), then
// y/j → i, w → v and doubled letters collapsed.
func translitASCII(s string) string {
	var buf [64]byte
	n := 0
	prev := 0 // as in translitKey, a leading NUL is dropped too
	emit := func(c byte) {
		switch c {
		case 'y', 'j':
			c = 'i'
		case 'w':
			c = 'v'
		}
		if int(c) == prev {
			return
		}
		buf[n] = c
		n++
		prev = int(c)
	}
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	for i := 0; i < len(s); i++ {
		c := lower(s[i])
		var next byte
		if i+1 < len(s) {
			next = lower(s[i+1])
		}
		switch {
		case c == 'p' && next == 'h':
			emit('f')
			i++
		case c == 'c' && next == 'k':
			emit('k')
			i++
		case c == 'k' && next == 'h':
			emit('h')
			i++
		case c == '\'' || c == '-' || c == '.':
		default:
			emit(c)
		}
	}
	return string(buf[:n])
}

// jaroWinkler returns the Jaro-Winkler similarity of two strings (by
// rune; ASCII strings of up to 64 bytes take an allocation-free path).
func jaroWinkler(a, b string) float64 {
	if len(a) <= 64 && len(b) <= 64 && isASCII(a) && isASCII(b) {
		return jwBytes(a, b)
	}
	ra, rb := []rune(a), []rune(b)
	return jw(len(ra), len(rb), func(i, j int) bool { return ra[i] == rb[j] })
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func jwBytes(a, b string) float64 {
	la, lb := len(a), len(b)
	if la == 0 && lb == 0 {
		return 1
	}
	if la == 0 || lb == 0 {
		return 0
	}
	var ma, mb [64]bool
	window := max(max(la, lb)/2-1, 0)
	matches := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-window), min(lb-1, i+window)
		for j := lo; j <= hi; j++ {
			if !mb[j] && a[i] == b[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	trans, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if a[i] != b[j] {
			trans++
		}
		j++
	}
	prefix := 0
	for prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix] {
		prefix++
	}
	return jwScore(matches, trans, la, lb, prefix)
}

func jw(la, lb int, eq func(i, j int) bool) float64 {
	if la == 0 && lb == 0 {
		return 1
	}
	if la == 0 || lb == 0 {
		return 0
	}
	window := max(max(la, lb)/2-1, 0)
	ma := make([]bool, la)
	mb := make([]bool, lb)
	matches := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-window), min(lb-1, i+window)
		for j := lo; j <= hi; j++ {
			if !mb[j] && eq(i, j) {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	trans, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if !eq(i, j) {
			trans++
		}
		j++
	}
	prefix := 0
	for prefix < 4 && prefix < la && prefix < lb && eq(prefix, prefix) {
		prefix++
	}
	return jwScore(matches, trans, la, lb, prefix)
}

func jwScore(matches, trans, la, lb, prefix int) float64 {
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(trans)/2)/m) / 3
	return jaro + float64(prefix)*0.1*(1-jaro)
}
