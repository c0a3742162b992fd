package logtemplate

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
)

const loghubDir = "../../../shared/data/loghub2k"

// corpusDir is the generated corpus of log families the rules were not
// designed on (cmd/loggen), committed with the module.
const corpusDir = "../../testdata/logcorpus"

// normWS collapses whitespace like eval_parsing.py's norm_ws.
func normWS(s string) string { return strings.Join(strings.Fields(s), " ") }

// groupingAccuracy and parsingAccuracy port GA and PA of
// ../shared/tools/eval_parsing.py (rows with an empty truth are skipped).
func groupingAccuracy(truth, pred []string) float64 {
	gtSize := map[string]int{}
	members := map[string]map[string]int{}
	n := 0
	for i, g := range truth {
		if g == "" {
			continue
		}
		n++
		g = normWS(g)
		gtSize[g]++
		p := normWS(pred[i])
		if members[p] == nil {
			members[p] = map[string]int{}
		}
		members[p][g]++
	}
	ok := 0
	for _, kc := range members {
		if len(kc) != 1 {
			continue
		}
		for k, c := range kc {
			if gtSize[k] == c {
				ok += c
			}
		}
	}
	return float64(ok) / float64(n)
}

func parsingAccuracy(truth, pred []string) float64 {
	ok, n := 0, 0
	for i, g := range truth {
		if g == "" {
			continue
		}
		n++
		if normWS(g) == normWS(pred[i]) {
			ok++
		}
	}
	return float64(ok) / float64(n)
}

func TestAccuracyMetrics(t *testing.T) {
	truth := []string{"a <*>", "a <*>", "b", "c"}
	assert.Equal(t, 1.0, groupingAccuracy(truth, []string{"x", "x", "y", "z"}))
	assert.Equal(t, 0.0, parsingAccuracy(truth, []string{"x", "x", "y", "z"}))
	assert.Equal(t, 0.5, groupingAccuracy(truth, []string{"x", "x", "y", "y"}))
	assert.Equal(t, 0.75, parsingAccuracy(truth, []string{"a  <*>", "a <*>", "b", "d"}))
}

// TestLoghubAccuracy feeds every dataset twice through a fresh default
// miner and checks conservative lower bounds on the averaged accuracy.
// cmd/evalparse reports the reference numbers.
func TestLoghubAccuracy(t *testing.T) {
	if _, err := os.Stat(loghubDir); err != nil {
		t.Skip("../shared/data/loghub2k not found: ", err)
	}
	names, err := loghub.Names(loghubDir)
	require.NoError(t, err)
	var coldGA, warmGA, warmPA float64
	n := 0
	for _, name := range names {
		d, err := loghub.Load(loghubDir, name)
		require.NoError(t, err)
		if d.Truth == nil {
			continue
		}
		require.Len(t, d.Contents, len(d.Truth))
		m, err := New(DefaultConfig())
		require.NoError(t, err)
		cold := make([]string, len(d.Contents))
		warm := make([]string, len(d.Contents))
		for i, c := range d.Contents {
			cold[i] = m.Process(c).Template
		}
		for i, c := range d.Contents {
			warm[i] = m.Process(c).Template
		}
		ga, pa := groupingAccuracy(d.Truth, warm), parsingAccuracy(d.Truth, warm)
		t.Logf("%-12s cold GA %.3f  warm GA %.3f PA %.3f", name, groupingAccuracy(d.Truth, cold), ga, pa)
		coldGA += groupingAccuracy(d.Truth, cold)
		warmGA += ga
		warmPA += pa
		n++
	}
	if n == 0 {
		t.Skip("no dataset with ground truth")
	}
	coldGA, warmGA, warmPA = coldGA/float64(n), warmGA/float64(n), warmPA/float64(n)
	t.Logf("average      cold GA %.3f  warm GA %.3f PA %.3f", coldGA, warmGA, warmPA)
	assert.GreaterOrEqual(t, coldGA, 0.95)
	assert.GreaterOrEqual(t, warmGA, 0.97)
	assert.GreaterOrEqual(t, warmPA, 0.94)
}

// TestCorpusAccuracy is TestLoghubAccuracy on testdata/logcorpus. Its
// bounds sit just below the measured figures (warm GA 0.685, PA 0.580 on
// the 19 families since templates follow the id form, 0.600 and 0.548
// before; on the first 18, 0.629 and 0.571, which were 0.627 and 0.524
// before the rules of 2026-12-04 and 0.508 and 0.325 before issue #14;
// the Configure family added then scores GA 0.090), so a change that
// loses accuracy on logs other than the development set fails here.
func TestCorpusAccuracy(t *testing.T) {
	names, err := loghub.Names(corpusDir)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(names), 10, "the corpus has at least 10 families")
	var warmGA, warmPA float64
	for _, name := range names {
		d, err := loghub.Load(corpusDir, name)
		require.NoError(t, err)
		require.Len(t, d.Truth, len(d.Contents))
		m, err := New(DefaultConfig())
		require.NoError(t, err)
		warm := make([]string, len(d.Contents))
		for _, c := range d.Contents {
			m.Process(c)
		}
		for i, c := range d.Contents {
			warm[i] = m.Process(c).Template
		}
		ga, pa := groupingAccuracy(d.Truth, warm), parsingAccuracy(d.Truth, warm)
		t.Logf("%-12s warm GA %.3f PA %.3f", name, ga, pa)
		warmGA += ga
		warmPA += pa
	}
	warmGA, warmPA = warmGA/float64(len(names)), warmPA/float64(len(names))
	t.Logf("average      warm GA %.3f PA %.3f", warmGA, warmPA)
	assert.GreaterOrEqual(t, warmGA, 0.68)
	assert.GreaterOrEqual(t, warmPA, 0.57)
}

// TestLoghubOrderStability measures how much templates depend on arrival
// order: every dataset is mined forwards and backwards (two passes each) and
// the warm templates of each line are compared.
func TestLoghubOrderStability(t *testing.T) {
	if _, err := os.Stat(loghubDir); err != nil {
		t.Skip("../shared/data/loghub2k not found: ", err)
	}
	names, err := loghub.Names(loghubDir)
	require.NoError(t, err)
	same, total := 0, 0
	for _, name := range names {
		d, err := loghub.Load(loghubDir, name)
		require.NoError(t, err)
		fwd, bwd := newMiner(t, nil), newMiner(t, nil)
		n := len(d.Contents)
		for pass := 0; pass < 2; pass++ {
			for i := range d.Contents {
				fwd.Process(d.Contents[i])
				bwd.Process(d.Contents[n-1-i])
			}
		}
		s := 0
		for _, c := range d.Contents {
			if fwd.Process(c).Template == bwd.Process(c).Template {
				s++
			}
		}
		t.Logf("%-12s %d of %d lines get the same template in both orders", name, s, n)
		same += s
		total += n
	}
	t.Logf("all          %d of %d (%.2f%%)", same, total, 100*float64(same)/float64(total))
	assert.GreaterOrEqual(t, float64(same)/float64(total), 0.99)
}
