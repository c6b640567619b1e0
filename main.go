// Command storyline rebuilds what happened, in what order, from many news
// articles about one story — every event traceable to the sentences and
// outlets that report it.
//
//	storyline [flags] [paths...]                 open the explorer (Markdown when stdout is not a terminal)
//	storyline inspect [flags] [paths...]         JSON: how each file was read
//	storyline export [--format markdown|json] [--outlet NAME]... [-o FILE] [paths...]
//
// With no paths, the embedded sample story is used.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"storyline/data"
	"storyline/data/safetext"
	"storyline/timeline"
	"storyline/timeline/export"
	"storyline/ui"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // nothing useful was produced: bad flags, no articles, write error, --strict with skips
	exitSkipped = 3 // output produced, but some files were skipped (listed on stderr)
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, term.IsTerminal(os.Stdout.Fd())))
}

// outletList is a repeatable --outlet flag.
type outletList []string

func (o *outletList) String() string     { return strings.Join(*o, ",") }
func (o *outletList) Set(s string) error { *o = append(*o, s); return nil }

// config is what the flags of every subcommand say.
type config struct {
	outlets   outletList
	strict    bool
	format    string
	formatSet bool // --format given explicitly (else the -o extension decides)
	out       string
	force     bool
	limits    data.Limits
	paths     []string
}

func newFlags(name string, cfg *config, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&cfg.outlets, "outlet", "keep only this outlet's evidence (repeatable)")
	fs.BoolVar(&cfg.strict, "strict", false, "treat any skipped file as an error")
	fs.IntVar(&cfg.limits.MaxFiles, "max-files", data.DefaultMaxFiles, "read at most this many files")
	fs.Int64Var(&cfg.limits.MaxFileBytes, "max-file-size", data.DefaultMaxFileBytes, "skip files larger than this many bytes")
	fs.IntVar(&cfg.limits.MaxSentenceLen, "max-sentence-len", data.DefaultMaxSentenceLen, "cut sentences longer than this many bytes")
	if name == "export" {
		fs.StringVar(&cfg.format, "format", "markdown", "markdown or json")
		fs.StringVar(&cfg.out, "o", "", "write to this file instead of standard output")
		fs.BoolVar(&cfg.force, "force", false, "overwrite the -o file if it exists")
	}
	return fs
}

// parse reads flags and paths in any order ("storyline export dir -o x.md").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return paths, nil
		}
		if args[0] == "--" {
			return append(paths, args[1:]...), nil
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, tty bool) int {
	cmd := ""
	if len(args) > 0 && (args[0] == "inspect" || args[0] == "export" || args[0] == "help") {
		cmd, args = args[0], args[1:]
	}
	if cmd == "help" {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	var cfg config
	fs := newFlags(cmd, &cfg, stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	paths, err := parse(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFailed
	}
	cfg.paths = paths
	fs.Visit(func(f *flag.Flag) { cfg.formatSet = cfg.formatSet || f.Name == "format" })
	opts := data.Options{Limits: cfg.limits, Stdin: stdin}

	if cmd == "" && tty {
		if err := ui.Run(ui.Options{Paths: cfg.paths, Outlets: cfg.outlets, Load: opts}); err != nil {
			fmt.Fprintf(stderr, "storyline: %v\n", err)
			return exitFailed
		}
		return exitOK
	}

	c := data.Load(cfg.paths, opts)
	for _, m := range c.Messages() {
		fmt.Fprintf(stderr, "storyline: %s\n", safetext.Line(m)) // paths and reasons may carry escapes
	}
	if cfg.strict && len(c.Problems) > 0 {
		fmt.Fprintf(stderr, "storyline: %d file(s) skipped; --strict makes that an error\n", len(c.Problems))
		return exitFailed
	}
	if len(c.Sources) == 0 {
		fmt.Fprintln(stderr, "storyline: no articles to read")
		return exitFailed
	}

	switch cmd {
	case "inspect":
		err = data.WriteInspect(stdout, c)
	default: // export, or the explorer without a terminal
		err = writeTimeline(cfg, c, stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "storyline: %s\n", safetext.Line(err.Error()))
		return exitFailed
	}
	if len(c.Problems) > 0 {
		return exitSkipped
	}
	return exitOK
}

func writeTimeline(cfg config, c *data.Corpus, stdout io.Writer) error {
	format := export.FormatMarkdown
	if f, ok := export.FormatForPath(cfg.out); ok && !cfg.formatSet {
		format = f
	}
	if cfg.formatSet {
		f, err := export.ParseFormat(cfg.format)
		if err != nil {
			return err
		}
		format = f
	}
	t := timeline.Build(c)
	if len(cfg.outlets) > 0 {
		t = t.Filter(cfg.outlets)
	}
	if cfg.out != "" && cfg.out != "-" {
		return export.WriteFile(cfg.out, t, format, cfg.force)
	}
	return export.Write(stdout, t, format)
}

const usage = `storyline — rebuild what happened, in what order, from many news articles.

Usage:
  storyline [flags] [paths...]          open the explorer (prints Markdown when stdout is not a terminal)
  storyline inspect [flags] [paths...]  print JSON showing how each file was read
  storyline export [flags] [paths...]   print or write the timeline

Paths are files, folders (read recursively: .txt .md .markdown .html .htm) or - for standard input.
With no paths, the embedded sample story is used.

Flags:
  --outlet NAME           keep only this outlet's evidence (repeatable)
  --strict                treat any skipped file as an error
  --max-files N           read at most N files (default 10000)
  --max-file-size BYTES   skip larger files without reading them (default 20 MiB)
  --max-sentence-len N    cut longer sentences (default 4000 bytes)
Export flags:
  --format markdown|json  (default: from the -o extension, else markdown)
  -o FILE                 write to FILE (atomically; refuses to overwrite without --force)
  --force                 overwrite FILE

Exit status: 0 ok, 1 failed, 3 output written but some files were skipped.
`
