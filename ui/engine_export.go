package ui

// engine_export.go: the UI's only door to timeline/export.

import (
	"storyline/timeline"
	"storyline/timeline/export"
)

// writeExport writes t to path in the format "markdown" or "json",
// atomically, never clobbering an existing file unless overwrite is set
// (then the error wraps export.ErrExists).
func writeExport(path string, t *timeline.Timeline, format string, overwrite bool) error {
	return export.WriteFile(path, t, export.Format(format), overwrite)
}

// defaultExportPath is storyline-<slug>.<ext>.
func defaultExportPath(t *timeline.Timeline, format string) string {
	return "storyline-" + export.FileName(t, export.Format(format))
}
