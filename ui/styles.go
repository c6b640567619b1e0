package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// colorMode says how much styling the terminal gets.
type colorMode int

const (
	// modeColor: full colour (the renderer still downsamples to the
	// terminal's profile).
	modeColor colorMode = iota
	// modeNoColor: NO_COLOR is set — bold, faint, underline and reverse
	// only, so selection and highlights stay visible without colour.
	modeNoColor
	// modePlain: no SGR at all (tests, goldens, escape-safety checks).
	modePlain
)

// Styles is every style the UI uses. It is built by one function,
// newStyles, and never changed afterwards (a new one replaces it when the
// terminal background is reported).
type Styles struct {
	Dark bool
	Mode colorMode

	Header      lipgloss.Style // top line: story title
	HeaderInfo  lipgloss.Style // counts next to the title
	Dim         lipgloss.Style // secondary text
	Label       lipgloss.Style // field labels in the event screen
	Section     lipgloss.Style // section headings
	Selected    lipgloss.Style // the selected row of the focused pane
	SelectedOff lipgloss.Style // the selected row of an unfocused pane
	Cursor      lipgloss.Style // the "›" cursor marker
	Rank        lipgloss.Style
	TimeLabel   lipgloss.Style
	TimeGuess   lipgloss.Style // inferred or approximate times
	Title       lipgloss.Style // event titles in detail views
	Background  lipgloss.Style // background events (not on the story line)

	BadgeDisagree lipgloss.Style
	BadgeQuote    lipgloss.Style
	BadgeSingle   lipgloss.Style
	Planned       lipgloss.Style
	Cancelled     lipgloss.Style
	Missing       lipgloss.Style // an outlet that does not report an event

	Trigger   lipgloss.Style // trigger words inside evidence
	Caption   lipgloss.Style // the "caption" marker
	Chosen    lipgloss.Style // the chosen sentence in the source screen
	Evidence  lipgloss.Style // other evidence sentences of the event in the source
	Furniture lipgloss.Style // page furniture (byline, chrome, …) in the source

	Axis        lipgloss.Style
	AxisMark    lipgloss.Style
	AxisCurrent lipgloss.Style

	PaneFocused lipgloss.Style // border of the focused pane (wide layout)
	PaneBlurred lipgloss.Style
	Dialog      lipgloss.Style // export / problems / help boxes

	StatusBar lipgloss.Style
	StatusOK  lipgloss.Style
	StatusErr lipgloss.Style
	Input     lipgloss.Style
	InputCur  lipgloss.Style // the cursor cell of a text field

	Help help.Styles

	// Outlets is the palette, indexed by the position of the outlet in
	// Timeline.Outlets (cycled when there are more outlets than colours).
	Outlets []lipgloss.Style
}

// Outlet returns the style of the outlet at index i of Timeline.Outlets.
func (s *Styles) Outlet(i int) lipgloss.Style {
	if i < 0 || len(s.Outlets) == 0 {
		return s.Dim
	}
	return s.Outlets[i%len(s.Outlets)]
}

// newStyles builds the styles for a dark or light background.
func newStyles(dark bool, mode colorMode) *Styles {
	ld := lipgloss.LightDark(dark)
	c := func(light, darkc string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(darkc)) }
	st := lipgloss.NewStyle
	s := &Styles{Dark: dark, Mode: mode}

	if mode == modePlain {
		p := st()
		s.Header, s.HeaderInfo, s.Dim, s.Label, s.Section = p, p, p, p, p
		s.Selected, s.SelectedOff, s.Cursor, s.Rank, s.TimeLabel, s.TimeGuess = p, p, p, p, p, p
		s.Title, s.Background, s.BadgeDisagree, s.BadgeQuote, s.BadgeSingle = p, p, p, p, p
		s.Planned, s.Cancelled, s.Missing, s.Trigger, s.Caption, s.Chosen = p, p, p, p, p, p
		s.Evidence, s.Furniture, s.Axis, s.AxisMark, s.AxisCurrent = p, p, p, p, p
		s.PaneFocused = st().Border(lipgloss.NormalBorder())
		s.PaneBlurred = st().Border(lipgloss.NormalBorder())
		s.Dialog = st().Border(lipgloss.NormalBorder()).Padding(0, 1)
		s.StatusBar, s.StatusOK, s.StatusErr, s.Input, s.InputCur = p, p, p, p, p
		s.Help = help.Styles{Ellipsis: p, ShortKey: p, ShortDesc: p, ShortSeparator: p, FullKey: p, FullDesc: p, FullSeparator: p}
		s.Outlets = []lipgloss.Style{p}
		return s
	}

	s.Header = st().Bold(true)
	s.HeaderInfo = st().Faint(true)
	s.Dim = st().Faint(true)
	s.Label = st().Bold(true)
	s.Section = st().Bold(true).Underline(true)
	s.Cursor = st().Bold(true)
	s.Rank = st().Faint(true)
	s.Title = st().Bold(true)
	s.Background = st().Faint(true).Italic(true)
	s.Missing = st().Faint(true)
	s.Trigger = st().Bold(true).Underline(true)
	s.Caption = st().Italic(true).Faint(true)
	s.Furniture = st().Faint(true)
	s.Axis = st().Faint(true)
	s.AxisMark = st()
	s.AxisCurrent = st().Bold(true)
	s.StatusOK = st().Bold(true)
	s.StatusErr = st().Bold(true)
	s.Input = st()
	s.InputCur = st().Reverse(true)
	s.Help = help.DefaultStyles(dark)

	if mode == modeNoColor {
		s.Selected = st().Reverse(true)
		s.SelectedOff = st() // the "›" marker shows it; underline would break styled rows
		s.TimeLabel = st()
		s.TimeGuess = st().Italic(true)
		s.BadgeDisagree = st().Bold(true)
		s.BadgeQuote = st()
		s.BadgeSingle = st().Faint(true)
		s.Planned = st().Italic(true)
		s.Cancelled = st().Strikethrough(true)
		s.Chosen = st().Reverse(true)
		s.Evidence = st().Underline(true)
		s.PaneFocused = st().Border(lipgloss.ThickBorder())
		s.PaneBlurred = st().Border(lipgloss.NormalBorder())
		s.Dialog = st().Border(lipgloss.RoundedBorder()).Padding(0, 1)
		s.StatusBar = st().Reverse(true)
		s.Help = help.Styles{
			Ellipsis: st().Faint(true), ShortKey: st().Bold(true), ShortDesc: st(), ShortSeparator: st().Faint(true),
			FullKey: st().Bold(true), FullDesc: st(), FullSeparator: st().Faint(true),
		}
		s.Outlets = []lipgloss.Style{st().Bold(true)}
		return s
	}

	accent := c("#5A4FCF", "#A59CFF")
	s.Header = s.Header.Foreground(accent)
	s.Section = s.Section.Foreground(accent)
	s.Selected = st().Background(c("#DCD8FF", "#3B356B")).Foreground(c("#1A1A1A", "#FFFFFF"))
	s.SelectedOff = st().Background(c("#ECECEC", "#2A2A2A"))
	s.Cursor = s.Cursor.Foreground(accent)
	s.TimeLabel = st().Foreground(c("#1F6F8B", "#7FD1E8"))
	s.TimeGuess = st().Foreground(c("#1F6F8B", "#7FD1E8")).Italic(true)
	s.BadgeDisagree = st().Foreground(c("#B3261E", "#FF8A80")).Bold(true)
	s.BadgeQuote = st().Foreground(c("#7A5C00", "#FFD166"))
	s.BadgeSingle = st().Foreground(c("#8A6D00", "#E0B84F"))
	s.Planned = st().Foreground(c("#2E7D32", "#9BE39F")).Italic(true)
	s.Cancelled = st().Foreground(c("#B3261E", "#FF8A80")).Strikethrough(true)
	s.Trigger = s.Trigger.Foreground(c("#B3261E", "#FFB86C"))
	s.Chosen = st().Background(c("#FFF2A8", "#5C4B00")).Foreground(c("#000000", "#FFFFFF"))
	s.Evidence = st().Underline(true)
	s.AxisMark = st().Foreground(c("#555555", "#BBBBBB"))
	s.AxisCurrent = st().Foreground(accent).Bold(true)
	s.PaneFocused = st().Border(lipgloss.RoundedBorder()).BorderForeground(accent)
	s.PaneBlurred = st().Border(lipgloss.RoundedBorder()).BorderForeground(c("#C8C8C8", "#444444"))
	s.Dialog = st().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.StatusBar = st().Background(c("#E8E6F7", "#26233F")).Foreground(c("#333333", "#DDDDDD"))
	s.StatusOK = s.StatusOK.Foreground(c("#2E7D32", "#9BE39F"))
	s.StatusErr = s.StatusErr.Foreground(c("#B3261E", "#FF8A80"))

	// Outlet palette: distinct hues, each with a light- and a dark-background
	// variant; index = position in Timeline.Outlets.
	pal := [][2]string{
		{"#1565C0", "#64B5F6"}, // blue
		{"#C62828", "#EF9A9A"}, // red
		{"#2E7D32", "#A5D6A7"}, // green
		{"#EF6C00", "#FFCC80"}, // orange
		{"#6A1B9A", "#CE93D8"}, // purple
		{"#00838F", "#80DEEA"}, // teal
		{"#AD1457", "#F48FB1"}, // pink
		{"#5D4037", "#D7B49E"}, // brown
		{"#9E9D24", "#E6EE9C"}, // lime
		{"#283593", "#9FA8DA"}, // indigo
	}
	for _, p := range pal {
		s.Outlets = append(s.Outlets, st().Foreground(c(p[0], p[1])).Bold(true))
	}
	return s
}
