//go:build race

package enrich

// raceEnabled: sync.Pool drops items at random under the race detector.
const raceEnabled = true
