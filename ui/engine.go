package ui

// engine.go is the only place the UI calls into the engine for filtering
// and search, so that a change of those APIs touches one file.

import (
	"storyline/timeline"
)

// filterOutlets returns what the UI shows for a set of outlets: all of them
// (all), none (an empty story: the engine's Filter treats "no names" as
// "keep everything", which is not what "x: none" means to a user), or the
// engine's filtered copy.
func filterOutlets(t *timeline.Timeline, outlets []string, all bool) *timeline.Timeline {
	switch {
	case all:
		return t.Filter(nil)
	case len(outlets) == 0:
		cp := *t
		cp.Events, cp.Quotes, cp.Disagreements = nil, nil, nil
		return &cp
	}
	return t.Filter(outlets)
}

// eventMatches reports whether an event matches a search query.
func eventMatches(e *timeline.Event, query string) bool { return e.Matches(query) }
