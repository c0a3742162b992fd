package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	t.Skip("h84 finding: spacedZone takes GET, PUT, POST, CRIT after an offset as a zone abbreviation (needs a narrower abbreviation rule)")
	m, err := New(nil, 0)
	require.NoError(t, err)
	assert.Equal(t, "<*> GET <*>", m.String("2026-12-10 22:00:23 +0000 GET /index.html"))
	assert.NotEqual(t, m.String("2026-12-10 22:00:23 +0000 GET /a"), m.String("2026-12-10 22:00:23 +0000 POST /a"))
	assert.Equal(t, "<*> CRIT disk full", m.String("2026-12-10 22:00:23 +0100 CRIT disk full"))
	// the zone itself stays part of the value
	assert.Equal(t, "<*> GET <*>", m.String("2026-12-10 22:00:23 +0100 CET GET /index.html"))
}
