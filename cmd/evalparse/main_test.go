package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestWritePass(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.jsonl")
	var tpls []string
	for _, msg := range []string{"a", `b "q" <x>`} {
		tpls = append(tpls, strings.ToUpper(msg)+" <*>")
	}
	if err := writePass(path, tpls); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	want := []string{"A <*>", `B "Q" <X> <*>`}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		var obj map[string]string
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatal(err)
		}
		if len(obj) != 1 || obj["template"] != want[i] {
			t.Errorf("line %d: %s, want template %q only", i, l, want[i])
		}
		if strings.Contains(l, `\u003c`) {
			t.Errorf("line %d: HTML-escaped: %s", i, l)
		}
	}
}

func TestMinerParserFresh(t *testing.T) {
	a, err := minerParser()
	if err != nil {
		t.Fatal(err)
	}
	b, err := minerParser()
	if err != nil {
		t.Fatal(err)
	}
	one := func(p ParseFunc, msg string) string {
		tpls, ids := p([]string{msg})
		if len(tpls) != 1 || len(ids) != 1 || len(ids[0]) != 16 {
			t.Fatalf("got %q %q", tpls, ids)
		}
		return tpls[0]
	}
	one(a, "login by (alice) at 1")
	// b has not seen alice: a fresh instance per dataset (a keyed value,
	// user=bob, would be a variable from first sight)
	if got := one(b, "login by (bob) at 2"); got != "login by (bob) at <*>" {
		t.Errorf("got %q", got)
	}
	if got := one(a, "login by (bob) at 2"); got != "login by (<*>) at <*>" {
		t.Errorf("got %q", got)
	}
}

func TestIDMetrics(t *testing.T) {
	truth := []string{"a <*>", "a <*>", "b", ""}
	ids := [2][]string{{"1", "1", "2", "3"}, {"1", "4", "2", "3"}}
	rep := [2][]string{{"1", "1", "9", "3"}, {"1", "4", "2", "3"}}
	r := idMetrics("x", truth, ids, rep)
	if r.drift != 1 || r.pairs != 4 {
		t.Errorf("drift %d of %d, want 1 of 4", r.drift, r.pairs)
	}
	// family "a <*>" has ids 1 and 4, "b" has 2: 3 ids for 2 families
	if r.families != 2 || r.famIDs != 3 {
		t.Errorf("families %d ids %d, want 2 and 3", r.families, r.famIDs)
	}
	if r.agree != 7 || r.agreeTotal != 8 {
		t.Errorf("agree %d of %d, want 7 of 8", r.agree, r.agreeTotal)
	}
	// pass 2 ids 1 4 2: family "a <*>" is split over ids 1 and 4, "b" alone
	if r.gaOK != 1 || r.gaN != 3 {
		t.Errorf("id GA %d of %d, want 1 of 3", r.gaOK, r.gaN)
	}
	// one id for two families: neither is grouped right
	if ok, n := groupingHits([]string{"a", "b"}, []string{"x", "x"}); ok != 0 || n != 2 {
		t.Errorf("merged families: %d of %d, want 0 of 2", ok, n)
	}
}

func TestReplicaIDsDealsRoundRobin(t *testing.T) {
	// each fresh parser numbers the batches it has seen: the ids reveal
	// which instance got which batch
	n := 0
	newParser := func() (ParseFunc, error) {
		n++
		inst := n
		return func(msgs []string) (tpls, ids []string) {
			for range msgs {
				tpls = append(tpls, "")
				ids = append(ids, string(rune('0'+inst)))
			}
			return tpls, ids
		}, nil
	}
	rep, _, err := replicaIDs(newParser, []string{"a", "b", "c", "d", "e"}, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	// batches: [a b] [c d] [e] | [a b] [c d] [e], dealt 1 2 1 | 2 1 2
	want := [2]string{"11221", "22112"}
	for pass := 0; pass < 2; pass++ {
		if got := strings.Join(rep[pass], ""); got != want[pass] {
			t.Errorf("pass %d: %s, want %s", pass, got, want[pass])
		}
	}
}

// make eval scores what evalparse scores by default, and every committed
// corpus of that default is there (formats.json read by the loader).
func TestDefaultDataIsMakeEvals(t *testing.T) {
	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^eval: DATA \?= (\S+)$`).FindSubmatch(mk)
	if m == nil || string(m[1]) != defaultData {
		t.Fatalf("Makefile eval DATA %q, evalparse default %q", m, defaultData)
	}
	n := 0
	for _, d := range strings.Split(defaultData, ",") {
		if !strings.HasPrefix(d, "testdata/") {
			continue // shared data, outside the repository
		}
		if _, err := os.Stat(filepath.Join("../..", d, "formats.json")); err != nil {
			t.Errorf("default corpus %s: %v", d, err)
		}
		n++
	}
	if n < 3 {
		t.Errorf("only %d committed corpora in %q", n, defaultData)
	}
}
