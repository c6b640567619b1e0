package e2e

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The screenshot's terminal size.
const shotW, shotH = 120, 36

// TestScreenshot captures the app on the sample story for the README:
// STORYLINE_SCREENSHOT_DIR=docs go test ./e2e -run Screenshot writes
// screenshot.txt (plain tmux capture) and screenshot.png (the same with its
// colours, via rsvg-convert; screenshot.svg when that is missing) there.
// Skipped unless the variable is set.
func TestScreenshot(t *testing.T) {
	out := os.Getenv("STORYLINE_SCREENSHOT_DIR")
	if out == "" {
		t.Skip("set STORYLINE_SCREENSHOT_DIR to write the README screenshot")
	}
	if !filepath.IsAbs(out) {
		out = filepath.Join("..", out)
	}
	requireTmux(t)
	dir := t.TempDir()
	bin := buildApp(t, dir)
	// the timeline keeps the focus (its cursor row highlighted) and the
	// event pane beside it follows the cursor
	x := startApp(t, bin, dir, shotW, shotH)
	x.waitText("events ·", "outlets")
	x.moveTo(pressConference)
	x.waitText("Evidence (")
	plain := x.screen()
	colour, err := x.tmux("capture-pane", "-p", "-e", "-N", "-t", "e2e") // -N keeps trailing (coloured) spaces
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "screenshot.txt"), []byte(plain), 0o644); err != nil {
		t.Fatal(err)
	}
	svg := filepath.Join(dir, "screenshot.svg")
	if err := os.WriteFile(svg, []byte(ansiToSVG(colour, shotW, shotH)), 0o644); err != nil {
		t.Fatal(err)
	}
	// PNG when rsvg-convert is installed, else the SVG itself
	if conv, err := exec.LookPath("rsvg-convert"); err == nil {
		if b, err := exec.Command(conv, svg, "-o", filepath.Join(out, "screenshot.png")).CombinedOutput(); err != nil {
			t.Fatalf("rsvg-convert: %v %s", err, b)
		}
		return
	}
	b, err := os.ReadFile(svg)
	if err == nil {
		err = os.WriteFile(filepath.Join(out, "screenshot.svg"), b, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// cellStyle is the SGR state of a run of cells.
type cellStyle struct {
	fg, bg                         string
	bold, faint, italic, underline bool
	reverse, strike                bool
}

var basic = []string{"#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
	"#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"}

// color256 is the hex colour of an xterm 256-colour index.
func color256(n int) string {
	switch {
	case n < 16:
		return basic[n]
	case n < 232:
		n -= 16
		lv := []int{0, 95, 135, 175, 215, 255}
		return fmt.Sprintf("#%02x%02x%02x", lv[n/36], lv[n/6%6], lv[n%6])
	default:
		g := 8 + (n-232)*10
		return fmt.Sprintf("#%02x%02x%02x", g, g, g)
	}
}

// apply updates st with the parameters of one SGR sequence.
func (st *cellStyle) apply(params string) {
	ps := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' })
	if len(ps) == 0 {
		*st = cellStyle{}
		return
	}
	num := func(i int) int {
		if i >= len(ps) {
			return 0
		}
		n, _ := strconv.Atoi(ps[i])
		return n
	}
	for i := 0; i < len(ps); i++ {
		switch n := num(i); {
		case n == 0:
			*st = cellStyle{}
		case n == 1:
			st.bold = true
		case n == 2:
			st.faint = true
		case n == 3:
			st.italic = true
		case n == 4:
			st.underline = true
		case n == 7:
			st.reverse = true
		case n == 9:
			st.strike = true
		case n == 22:
			st.bold, st.faint = false, false
		case n == 23:
			st.italic = false
		case n == 24:
			st.underline = false
		case n == 27:
			st.reverse = false
		case n == 29:
			st.strike = false
		case n >= 30 && n <= 37:
			st.fg = basic[n-30]
		case n >= 90 && n <= 97:
			st.fg = basic[n-90+8]
		case n >= 40 && n <= 47:
			st.bg = basic[n-40]
		case n >= 100 && n <= 107:
			st.bg = basic[n-100+8]
		case n == 39:
			st.fg = ""
		case n == 49:
			st.bg = ""
		case n == 38 || n == 48:
			var c string
			if num(i+1) == 5 {
				c, i = color256(num(i+2)), i+2
			} else if num(i+1) == 2 {
				c, i = fmt.Sprintf("#%02x%02x%02x", num(i+2), num(i+3), num(i+4)), i+4
			}
			if n == 38 {
				st.fg = c
			} else {
				st.bg = c
			}
		}
	}
}

// ansiToSVG draws a captured screen (text with SGR sequences) as an SVG
// image of a dark terminal.
func ansiToSVG(screen string, cols, rows int) string {
	const cw, ch, pad = 8.4, 18.0, 12.0
	const defFG, defBG = "#d4d4d4", "#1e1e1e"
	var b strings.Builder
	w, h := float64(cols)*cw+2*pad, float64(rows)*ch+2*pad
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" rx="8" fill="%s"/>`+"\n", defBG)
	b.WriteString(`<g font-family="Menlo, Consolas, 'DejaVu Sans Mono', monospace" font-size="14" xml:space="preserve">` + "\n")
	for y, line := range strings.Split(strings.TrimRight(screen, "\n"), "\n") {
		if y >= rows {
			break
		}
		var st cellStyle
		x := 0
		for i := 0; i < len(line); {
			if line[i] == 0x1b && i+1 < len(line) && line[i+1] == '[' {
				j := i + 2
				for j < len(line) && (line[j] < 0x40 || line[j] > 0x7e) {
					j++
				}
				if j < len(line) && line[j] == 'm' {
					st.apply(line[i+2 : j])
				}
				i = j + 1
				continue
			}
			if line[i] == 0x1b { // another sequence: skip ESC and its final byte
				i += 2
				continue
			}
			j := i
			for j < len(line) && line[j] != 0x1b {
				j++
			}
			text := line[i:j]
			i = j
			n := ansi.StringWidth(text)
			fg, bg := st.fg, st.bg
			if st.reverse {
				fg, bg = bg, fg
				if fg == "" {
					fg = defBG
				}
				if bg == "" {
					bg = defFG
				}
			}
			if fg == "" {
				fg = defFG
			}
			px, py := pad+float64(x)*cw, pad+float64(y)*ch
			if bg != "" {
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`+"\n", px, py, float64(n)*cw, ch, bg)
			}
			if strings.TrimSpace(text) != "" {
				attrs := fmt.Sprintf(`fill="%s"`, fg)
				if st.bold {
					attrs += ` font-weight="bold"`
				}
				if st.faint {
					attrs += ` fill-opacity="0.6"`
				}
				if st.italic {
					attrs += ` font-style="italic"`
				}
				if st.underline || st.strike {
					deco := "underline"
					if st.strike {
						deco = "line-through"
					}
					attrs += ` text-decoration="` + deco + `"`
				}
				fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" textLength="%.1f" lengthAdjust="spacingAndGlyphs" %s>%s</text>`+"\n",
					px, py+ch*0.75, float64(n)*cw, attrs, html.EscapeString(text))
			}
			x += n
		}
	}
	b.WriteString("</g>\n</svg>\n")
	return b.String()
}

// TestANSIToSVG checks the converter on a small styled capture.
func TestANSIToSVG(t *testing.T) {
	svg := ansiToSVG("a\x1b[1;38;2;255;0;0mB\x1b[0m<c>\n\x1b[7mrev\x1b[27m", 10, 2)
	for _, want := range []string{`fill="#ff0000" font-weight="bold">B<`, `&lt;c&gt;`, `fill="#d4d4d4"/>`, `>rev<`} {
		if !strings.Contains(svg, want) {
			t.Errorf("svg lacks %q:\n%s", want, svg)
		}
	}
}
