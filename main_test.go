package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs the command in-process without a terminal.
func runCmd(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb, false)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const article = `---
outlet: Example Daily
published: 2024-03-05T10:00:00Z
---
Council approves new bridge

The city council voted 7-2 on Tuesday to approve the new river bridge after a four-hour debate.
The mayor said construction would begin next spring.
`

func TestInspectJSON(t *testing.T) {
	out, errs, code := runCmd(t, "inspect")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var doc struct {
		Sources []struct {
			ID, Outlet, OutletFrom string
			Paragraphs             []struct {
				Role      string
				Sentences []struct {
					Text       string
					Start, End int
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("inspect output is not JSON: %v", err)
	}
	if len(doc.Sources) != 5 {
		t.Fatalf("sample has 5 sources, inspect printed %d", len(doc.Sources))
	}
	for _, s := range doc.Sources {
		if s.Outlet == "" || s.ID == "" {
			t.Errorf("source %+v lacks id or outlet", s.ID)
		}
	}
}

func TestExportFormatsAndDeterminism(t *testing.T) {
	for _, format := range []string{"markdown", "json"} {
		a, _, code := runCmd(t, "export", "--format", format)
		b, _, _ := runCmd(t, "export", "--format", format)
		if code != exitOK {
			t.Fatalf("%s: exit %d", format, code)
		}
		if a != b {
			t.Errorf("%s export differs between two runs", format)
		}
		if format == "json" && !json.Valid([]byte(a)) {
			t.Errorf("json export is not valid JSON")
		}
		if format == "markdown" && !strings.HasPrefix(a, "# ") {
			t.Errorf("markdown export does not start with a title: %.40q", a)
		}
	}
}

func TestNoTerminalPrintsMarkdown(t *testing.T) {
	out, _, code := runCmd(t)
	if code != exitOK || !strings.Contains(out, "## ") {
		t.Fatalf("exit %d; want Markdown with event sections, got %.80q", code, out)
	}
}

func TestOutletFilterAndFlagsAfterPaths(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", article)
	writeFile(t, dir, "b.txt", strings.Replace(article, "Example Daily", "Other Herald", 1))
	out, errs, code := runCmd(t, "export", dir, "--format", "json", "--outlet", "Other Herald")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Events []struct {
			Evidence []struct{ Outlet string }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range doc.Events {
		for _, ev := range e.Evidence {
			n++
			if ev.Outlet != "Other Herald" {
				t.Errorf("evidence from %q survived --outlet Other Herald", ev.Outlet)
			}
		}
	}
	if n == 0 {
		t.Errorf("no evidence left for the kept outlet")
	}
}

func TestExitStatusForSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", article)
	writeFile(t, dir, "empty.txt", "")
	out, errs, code := runCmd(t, "export", dir)
	if code != exitSkipped || out == "" {
		t.Errorf("a skipped file with output: exit %d (want %d), output %d bytes", code, exitSkipped, len(out))
	}
	if !strings.Contains(errs, "empty.txt") {
		t.Errorf("stderr does not name the skipped file: %q", errs)
	}
	out, _, code = runCmd(t, "export", "--strict", dir)
	if code != exitFailed || out != "" {
		t.Errorf("--strict with a skipped file: exit %d (want %d), output %d bytes", code, exitFailed, len(out))
	}
	_, errs, code = runCmd(t, "export", filepath.Join(dir, "missing.txt"))
	if code != exitFailed || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing path: exit %d, stderr %q", code, errs)
	}
	_, _, code = runCmd(t, "export", "--format", "pdf")
	if code != exitFailed {
		t.Errorf("unknown format: exit %d, want %d", code, exitFailed)
	}
	_, _, code = runCmd(t, "--no-such-flag")
	if code != exitFailed {
		t.Errorf("unknown flag: exit %d, want %d", code, exitFailed)
	}
}

func TestExportFileNoClobber(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.json")
	if _, errs, code := runCmd(t, "export", "-o", target); code != exitOK {
		t.Fatalf("first export: exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(target)
	if err != nil || !json.Valid(b) {
		t.Fatalf("-o out.json should write JSON (from the extension): err %v", err)
	}
	if _, errs, code := runCmd(t, "export", "-o", target); code != exitFailed || !strings.Contains(errs, "exists") {
		t.Errorf("second export without --force: exit %d, stderr %q", code, errs)
	}
	if _, _, code := runCmd(t, "export", "--force", "--format", "markdown", "-o", target); code != exitOK {
		t.Errorf("--force: exit %d", code)
	}
	if b, _ := os.ReadFile(target); !bytes.HasPrefix(b, []byte("# ")) {
		t.Errorf("--force --format markdown did not overwrite with Markdown")
	}
}

// hostile holds what an article from the open web may carry to take over a
// terminal: screen clears, OSC 52 clipboard writes, OSC 8 links, title
// changes, C1 controls and bidi overrides.
const hostile = "The council met on Tuesday \x1b[2J\x1b[H after a two-hour debate.\n" +
	"The mayor said \x1b]52;c;cm0gLXJmIH4=\x07 the vote was final.\n" +
	"Officials announced \x1b]8;;http://evil.example\x1b\\the plan\x1b]8;;\x1b\\ on Wednesday.\n" +
	"The mayor resigned \x1b]0;pwned\x07 on Friday \u009b31m in a statement \u202egnp.exe.\n"

// terminalSafe reports the first byte sequence that could drive a terminal.
func terminalSafe(s string) string {
	for _, r := range s {
		switch {
		case r == 0x1b:
			return "ESC"
		case r >= 0x80 && r <= 0x9f:
			return fmt.Sprintf("C1 %U", r)
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("bidi %U", r)
		case r < 0x20 && r != '\n' && r != '\t':
			return fmt.Sprintf("control %U", r)
		}
	}
	return ""
}

func TestMaliciousArticlePlainOutputs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "evil.txt", "Council drama\n\n"+hostile)
	writeFile(t, dir, "evil\x1b[31m.txt", "") // a hostile, empty file name: reported on stderr
	for _, args := range [][]string{
		{dir},
		{"export", "--format", "markdown", dir},
		{"export", "--format", "json", dir},
		{"inspect", dir},
	} {
		out, errs, _ := runCmd(t, args...)
		if out == "" {
			t.Fatalf("%v printed nothing", args)
		}
		if bad := terminalSafe(out); bad != "" {
			t.Errorf("%v: stdout carries %s from the article", args, bad)
		}
		if bad := terminalSafe(errs); bad != "" {
			t.Errorf("%v: stderr carries %s from a file name", args, bad)
		}
	}
}
