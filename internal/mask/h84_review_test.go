package mask

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
)

// h84 finding (7514863, spacedZone): after a numeric offset, any word of
// three or four capitals ending in 'T' is taken as the zone's
// abbreviation, so the word a record writes next is part of the date:
// the HTTP methods GET, PUT and POST (all end in 'T') fold into one
// event, and the level CRIT is masked while INFO stays ("a level after a
// time stays", fingerprint.md). A date with its offset then the method is
// how Ruby's Time#to_s and a Go layout "2006-01-02 15:04:05 -0700" print
// (examples of our own).
func TestSpacedZoneSwallowsMethodAndLevel(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	assert.Equal(t, "<*> GET <*>", m.String("2026-12-10 22:00:23 +0000 GET /index.html"))
	assert.NotEqual(t, m.String("2026-12-10 22:00:23 +0000 GET /a"), m.String("2026-12-10 22:00:23 +0000 POST /a"))
	assert.Equal(t, "<*> CRIT disk full", m.String("2026-12-10 22:00:23 +0100 CRIT disk full"))
	// the zone itself stays part of the value
	assert.Equal(t, "<*> GET <*>", m.String("2026-12-10 22:00:23 +0100 CET GET /index.html"))
}

// What TestSpacedZoneSwallowsMethodAndLevel's fix keeps: Go's
// time.Time.String() is one value with its zone's name, the database's
// abbreviation or, for a zone without one, its numeric name ("+0545",
// "+04" for "+0400"), as Go itself prints them.
func TestGoTimeStringKeepsItsZone(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	at := time.Date(2026, 12, 10, 22, 0, 23, 500_000_000, time.UTC)
	for _, name := range []string{"UTC", "Europe/Berlin", "America/Los_Angeles", "Australia/Sydney", "Asia/Kathmandu", "Asia/Dubai", "Pacific/Guam", "Europe/Moscow"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Skipf("no time zone database: %v", err)
		}
		s := at.In(loc).String()
		assert.Equal(t, "due <*> GET <*>", m.String("due "+s+" GET /index.html"), "%s: %q", name, s)
	}
}

// No word a record writes after its time, an HTTP method or a level
// word, is a zone's name.
func TestZoneNamesAreNoFieldWords(t *testing.T) {
	for z := range zoneNames {
		assert.Zero(t, httpMethod([]byte(z+" ")), z)
		assert.Equal(t, score.SeverityUnknown, score.LevelWord(z), z)
	}
}
