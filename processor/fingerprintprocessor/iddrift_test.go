package fingerprintprocessor

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// fingerprintAll runs msgs one per batch through a fresh processor and
// returns the template and id written on each record.
func fingerprintAll(t *testing.T, msgs []string) (tpls, ids []string) {
	t.Helper()
	sink := new(consumertest.LogsSink)
	p, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), createDefaultConfig(), sink)
	require.NoError(t, err)
	require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
	defer func() { require.NoError(t, p.Shutdown(context.Background())) }()
	for _, m := range msgs {
		require.NoError(t, p.ConsumeLogs(context.Background(), buildLogs(t, []logIn{{service: "auth", body: m}})))
	}
	for _, ld := range sink.AllLogs() {
		a := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Attributes()
		tpl, _ := a.Get(attrs.LogRecordTemplate)
		id, _ := a.Get(attrs.FingerprintID)
		tpls = append(tpls, tpl.Str())
		ids = append(ids, id.Str())
	}
	return tpls, ids
}

// Issue #14: once a family has been seen, its id does not change when its
// template generalizes, and instances that see it in other orders agree.
func TestLogIDsDoNotDrift(t *testing.T) {
	msgs := []string{
		"job 17 finished (done) on queue billing",
		"job 18 finished (done) on queue billing",
		"job 19 finished (failed) on queue billing",
		"job 20 finished (done) on queue billing",
	}
	tpls, ids := fingerprintAll(t, msgs)
	// the template generalized at the third record (a keyed value,
	// state=done, would be a variable from first sight)...
	assert.Equal(t, "job <*> finished (done) on queue billing", tpls[0])
	assert.Equal(t, "job <*> finished (<*>) on queue billing", tpls[3])
	// ...the id did not
	for i := range ids {
		assert.Equal(t, ids[0], ids[i], "record %d", i)
	}

	// another instance, other order: same ids
	rev := []string{msgs[2], msgs[0], msgs[3], msgs[1]}
	_, ids2 := fingerprintAll(t, rev)
	for i := range ids2 {
		assert.Equal(t, ids[0], ids2[i], "reversed record %d", i)
	}

	// a sometimes-empty value and an empty bracket keep one id
	_, ids3 := fingerprintAll(t, []string{
		"login failed; logname= uid=0 rhost= user=maria",
		"login failed; logname=oscar uid=0 rhost=10.0.0.7 user=oscar",
		"peer connected from 10.0.0.4 () at 12:00:01",
		"peer connected from 10.0.0.9 (mirror.example) at 12:00:07",
	})
	assert.Equal(t, ids3[0], ids3[1])
	assert.Equal(t, ids3[2], ids3[3])
	assert.NotEqual(t, ids3[0], ids3[2])
}
