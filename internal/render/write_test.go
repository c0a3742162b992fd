package render

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
	"github.com/otelcol-backlog/otelcol-backlog/internal/rank"
	"github.com/otelcol-backlog/otelcol-backlog/internal/rank/ranktest"
)

func TestSparkline(t *testing.T) {
	assert.Equal(t, "▁▂▅█", Sparkline([]int64{0, 1, 4, 8}))
	assert.Equal(t, "▁▁", Sparkline([]int64{0, 0}))
	assert.Equal(t, "", Sparkline(nil))
}

func TestWriteFiles(t *testing.T) {
	b := rank.NewBuilder(ranktest.Scenario(0))
	b.ByProblem = true
	set := ranktest.Rules(t)
	b.Overrides = func() *overrides.Set { return set }
	doc := b.Build(time.Unix(0, 0))
	dir := t.TempDir()
	require.NoError(t, WriteFiles(dir, &doc))
	require.NoError(t, WriteFiles(dir, &doc)) // overwrite

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"backlog.json", "backlog.md"}, names, "no temp files left")

	js, err := os.ReadFile(filepath.Join(dir, JSONFile))
	require.NoError(t, err)
	var back backlog.Document
	require.NoError(t, json.Unmarshal(js, &back))
	assert.Equal(t, len(doc.Items), len(back.Items))

	md, err := os.ReadFile(filepath.Join(dir, MarkdownFile))
	require.NoError(t, err)
	for _, want := range []string{
		"| 1 | ", "](#payments)", "- Members (3):", "head `payments`", "symptom `checkout` \\[checkout-service\\] java.lang.IllegalStateException: Payment &lt;\\*&gt; failed", "impact", "× frequency", "Exemplars", "## Watchlist", "Signal to noise since start", "█",
	} {
		assert.Contains(t, string(md), want)
	}
}

func TestWriteFileAtomicFailsCleanly(t *testing.T) {
	err := WriteFileAtomic(filepath.Join(t.TempDir(), "missing", "x.json"), []byte("x"))
	assert.Error(t, err)
}
