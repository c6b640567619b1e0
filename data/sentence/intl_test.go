package sentence

import (
	"slices"
	"strings"
	"testing"
)

// TestOtherLanguages runs pragmatic_segmenter Golden Rules of other
// languages that need no language-specific abbreviation lists (inputs and
// expected outputs verbatim). English is what Split is built for; these
// guard the script-level rules (full stops without spaces, quotes).
func TestOtherLanguages(t *testing.T) {
	cases := []struct {
		lang, in string
		want     []string
	}{
		{"de", "„Ich habe heute keine Zeit“, sagte die Frau und flüsterte leise: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.", []string{"„Ich habe heute keine Zeit“, sagte die Frau und flüsterte leise: „Und auch keine Lust.“", "Wir haben 1.000.000 Euro."}},
		{"ja", "これはペンです。それはマーカーです。", []string{"これはペンです。", "それはマーカーです。"}},
		{"ja", "それは何ですか？ペンですか？", []string{"それは何ですか？", "ペンですか？"}},
		{"ja", "良かったね！すごい！", []string{"良かったね！", "すごい！"}},
		{"ja", "自民党税制調査会の幹部は、「引き下げ幅は３．２９％以上を目指すことになる」と指摘していて、今後、公明党と合意したうえで、３０日に決定する与党税制改正大綱に盛り込むことにしています。", []string{"自民党税制調査会の幹部は、「引き下げ幅は３．２９％以上を目指すことになる」と指摘していて、今後、公明党と合意したうえで、３０日に決定する与党税制改正大綱に盛り込むことにしています。"}},
		// expected output drops the newline; spans keep it (compared without spaces below)
		{"ja", "これは父の\n家です。", []string{"これは父の家です。"}},
		{"it", "Salve Sig.ra Mengoni! Come sta oggi?", []string{"Salve Sig.ra Mengoni!", "Come sta oggi?"}},
		{"it", "Una lettera si può iniziare in questo modo «Il/la sottoscritto/a.».", []string{"Una lettera si può iniziare in questo modo «Il/la sottoscritto/a.»."}},
		{"it", "La casa costa 170.500.000,00€!", []string{"La casa costa 170.500.000,00€!"}},
		{"ru", "Объем составляет 5 куб.м.", []string{"Объем составляет 5 куб.м."}},
		{"ru", "Маленькая девочка бежала и кричала: «Не видали маму?».", []string{"Маленькая девочка бежала и кричала: «Не видали маму?»."}},
		{"ru", "Сегодня 27.10.14", []string{"Сегодня 27.10.14"}},
		{"es", "¿Cómo está hoy? Espero que muy bien.", []string{"¿Cómo está hoy?", "Espero que muy bien."}},
		{"es", "¡Hola señorita! Espero que muy bien.", []string{"¡Hola señorita!", "Espero que muy bien."}},
		{"es", "¡La casa cuesta $170.500.000,00! ¡Muy costosa! Se prevé una disminución del 12.5% para el próximo año.", []string{"¡La casa cuesta $170.500.000,00!", "¡Muy costosa!", "Se prevé una disminución del 12.5% para el próximo año."}},
		{"es", "«Ninguna mente extraordinaria está exenta de un toque de demencia.», dijo Aristóteles.", []string{"«Ninguna mente extraordinaria está exenta de un toque de demencia.», dijo Aristóteles."}},
		{"hi", "सच्चाई यह है कि इसे कोई नहीं जानता। हो सकता है यह फ़्रेन्को के खिलाफ़ कोई विद्रोह रहा हो, या फिर बेकाबू हो गया कोई आनंदोत्सव।", []string{"सच्चाई यह है कि इसे कोई नहीं जानता।", "हो सकता है यह फ़्रेन्को के खिलाफ़ कोई विद्रोह रहा हो, या फिर बेकाबू हो गया कोई आनंदोत्सव।"}},
		{"my", "ခင္ဗ်ားနာမည္ဘယ္လိုေခၚလဲ။၇ွင္ေနေကာင္းလား။", []string{"ခင္ဗ်ားနာမည္ဘယ္လိုေခၚလဲ။", "၇ွင္ေနေကာင္းလား။"}},
		{"am", "እንደምን አለህ፧መልካም ቀን ይሁንልህ።እባክሽ ያልሽዉን ድገሚልኝ።", []string{"እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።", "እባክሽ ያልሽዉን ድገሚልኝ።"}},
		{"fa", "خوشبختم، آقای رضا. شما کجایی هستید؟ من از تهران هستم.", []string{"خوشبختم، آقای رضا.", "شما کجایی هستید؟", "من از تهران هستم."}},
		{"ur", "کیا حال ہے؟ ميرا نام ___ ەے۔ میں حالا تاوان دےدوں؟", []string{"کیا حال ہے؟", "ميرا نام ___ ەے۔", "میں حالا تاوان دےدوں؟"}},
		{"nl", "Hij schoot op de JP8-brandstof toen de Surface-to-Air (sam)-missiles op hem af kwamen. 81 procent van de schoten was raak.", []string{"Hij schoot op de JP8-brandstof toen de Surface-to-Air (sam)-missiles op hem af kwamen.", "81 procent van de schoten was raak."}},
	}
	for _, c := range cases {
		got, want := normAll(spanTexts(c.in, Split(c.in))), normAll(c.want)
		if c.lang == "ja" {
			got, want = noSpace(got), noSpace(want)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q\n  got:  %q\n  want: %q", c.lang, c.in, got, c.want)
		}
	}
}

func noSpace(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Join(strings.Fields(s), "")
	}
	return out
}
