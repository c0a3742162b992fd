package logtemplate

import (
	"testing"

	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
)

// TestResultForm: every Result carries the id form of its masked message,
// the first time (computed) and on exact-cache hits (kept); callers reuse
// it for the fingerprint id instead of computing it again.
func TestResultForm(t *testing.T) {
	msgs, err := loghub.Mixed("../../testdata/logcorpus")
	if err != nil {
		t.Fatal(err)
	}
	m := newMiner(t, func(c *Config) { c.MaxCache = 64 }) // the cache is cleared on the way
	for _, pass := range []string{"first", "second"} {
		for _, msg := range msgs {
			r := m.Process(msg)
			if want := fingerprint.IDForm(r.Masked); r.Form != want {
				t.Fatalf("%s pass, %q: form %q, want %q", pass, msg, r.Form, want)
			}
		}
	}
}
