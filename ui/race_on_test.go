//go:build race

package ui

// raceEnabled: timing budgets do not apply under the race detector.
const raceEnabled = true
