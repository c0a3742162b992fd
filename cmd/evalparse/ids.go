package main

import (
	"fmt"
	"io"

	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
)

// idRow holds the id metrics of one dataset.
type idRow struct {
	name              string
	records           int // records of both passes with a true family
	drift             int // records whose pass-2 id differs from pass 1
	pairs             int // records compared for drift
	families, famIDs  int // true families, distinct (family, id) pairs over both passes
	agree, agreeTotal int // records whose replica id equals the single-instance id
	gaOK, gaN         int // records whose id group (pass 2) equals their true family
	// The same after lineage (the exporter's fold of ids whose records
	// came to trust one template).
	linked idRowLinked
}

type idRowLinked struct {
	drift, famIDs, agree, gaOK, gaN int
}

// replicaIDs deals msgs (two passes) in batches round-robin over n fresh
// parsers and returns the ids of both passes in record order.
func replicaIDs(newParser NewParser, msgs []string, batch, n int) (out, tpls [2][]string, err error) {
	ps := make([]ParseFunc, n)
	for i := range ps {
		p, err := newParser()
		if err != nil {
			return out, tpls, err
		}
		ps[i] = p
	}
	k := 0
	for pass := 0; pass < 2; pass++ {
		for i := 0; i < len(msgs); i += batch {
			t, ids := ps[k%n](msgs[i:min(i+batch, len(msgs))])
			out[pass] = append(out[pass], ids...)
			tpls[pass] = append(tpls[pass], t...)
			k++
		}
	}
	return out, tpls, nil
}

// linker replays what the exporter learns: the records go, as failing log
// events of one service, into a cluster store of the exporter's kind
// (internal/cluster, default lineage, no cluster bound reached), whose
// Lineage is what the exporter folds by. The sets carry no collector
// clock, so each batch of records (-batch, as the processors were fed) is
// taken to arrive in a minute of its own (cluster.Store.Tick): the
// lineage's time is the stream's position in batches.
type linker struct {
	s     *cluster.Store
	n     int64
	batch int64
}

func newLinker(batch int) *linker {
	return &linker{s: cluster.New(cluster.Config{MaxClusters: 1 << 20}), batch: int64(max(batch, 1))}
}

func (l *linker) observe(ids, tpls, bodies []string) {
	for i, id := range ids {
		if l.n%l.batch == 0 {
			l.s.Tick(l.n / l.batch * cluster.TickMinute)
		}
		l.n++
		l.s.Add(&cluster.Event{Fingerprint: id, Kind: cluster.KindLog, Service: "eval", Severity: "ERROR",
			Template: tpls[i], Body: bodies[i], Time: l.n * 1e9})
	}
}

// targets maps every id to the id it is folded into (itself when none).
func (l *linker) targets() func(string) string {
	m := l.s.Lineage()
	return func(id string) string {
		if t, ok := m[id]; ok {
			return t
		}
		return id
	}
}

// linkedIDs maps the ids of both passes through the lineage learned up to
// the end of each pass (what the exporter shows then).
func linkedIDs(ids, tpls [2][]string, msgs []string, batch int) [2][]string {
	var out [2][]string
	l := newLinker(batch)
	for pass := 0; pass < 2; pass++ {
		l.observe(ids[pass], tpls[pass], msgs)
		f := l.targets()
		for _, id := range ids[pass] {
			out[pass] = append(out[pass], f(id))
		}
	}
	return out
}

// idMetrics compares the ids of the two passes of one instance (ids) and of
// the replicas (rep) against the true families (truth; "" rows skipped).
func idMetrics(name string, truth []string, ids, rep [2][]string) idRow {
	r := idRow{name: name}
	r.gaOK, r.gaN = groupingHits(truth, ids[1])
	r.drift, r.pairs, r.families, r.famIDs, r.records, r.agree, r.agreeTotal = idCounts(truth, ids, rep)
	return r
}

func idCounts(truth []string, ids, rep [2][]string) (drift, pairs, families, famIDsN, records, agree, agreeTotal int) {
	var r idRow
	famIDs := map[[2]string]bool{}
	fams := map[string]bool{}
	for i := range ids[0] {
		fam := ""
		if i < len(truth) {
			fam = truth[i]
		}
		for pass := 0; pass < 2; pass++ {
			r.agreeTotal++
			if rep[pass][i] == ids[pass][i] {
				r.agree++
			}
		}
		r.pairs++
		if ids[0][i] != ids[1][i] {
			r.drift++
		}
		if fam == "" {
			continue
		}
		fams[fam] = true
		famIDs[[2]string{fam, ids[0][i]}] = true
		famIDs[[2]string{fam, ids[1][i]}] = true
		r.records += 2
	}
	return r.drift, r.pairs, len(fams), len(famIDs), r.records, r.agree, r.agreeTotal
}

// withLinked adds the lineage's figures to r: ids/tpls of one instance,
// rids/rtpls of the replicas (one exporter sees them all); msgs are the
// records' bodies (each pass).
func (r *idRow) withLinked(truth, msgs []string, ids, tpls, rids, rtpls [2][]string, batch int) {
	li := linkedIDs(ids, tpls, msgs, batch)
	lr := linkedIDs(rids, rtpls, msgs, batch)
	r.linked.gaOK, r.linked.gaN = groupingHits(truth, li[1])
	r.linked.drift, _, _, r.linked.famIDs, _, r.linked.agree, _ = idCounts(truth, li, lr)
}

// groupingHits counts the records whose group of equal ids is exactly their
// true family (grouping accuracy, GA, of the ids; rows with an empty truth
// are skipped), so that merging unrelated families into one id shows.
func groupingHits(truth, ids []string) (ok, n int) {
	famSize := map[string]int{}
	members := map[string]map[string]int{}
	for i, id := range ids {
		if i >= len(truth) || truth[i] == "" {
			continue
		}
		n++
		famSize[truth[i]]++
		if members[id] == nil {
			members[id] = map[string]int{}
		}
		members[id][truth[i]]++
	}
	for _, fams := range members {
		if len(fams) != 1 {
			continue
		}
		for f, c := range fams {
			if famSize[f] == c {
				ok += c
			}
		}
	}
	return ok, n
}

func printIDRows(w io.Writer, rows []idRow, replicas, batch int) {
	fmt.Fprintf(w, "## fingerprint ids (drift: pass 2 id != pass 1 id; ids/family: distinct ids per true family over both passes; replicas: same id as one instance when dealt round-robin in batches of %d over %d instances; id GA: grouping accuracy of the pass-2 ids)\n", batch, replicas)
	fmt.Fprintf(w, "%-12s %10s %10s %12s %10s %8s\n", "Dataset", "drift", "families", "ids/family", "replicas", "id GA")
	var t idRow
	gaSum := 0.0
	for _, r := range rows {
		fmt.Fprintf(w, "%-12s %9.2f%% %10d %12.3f %9.2f%% %8.3f\n", r.name, pct(r.drift, r.pairs), r.families, ratio(r.famIDs, r.families), pct(r.agree, r.agreeTotal), ratio(r.gaOK, r.gaN))
		gaSum += ratio(r.gaOK, r.gaN)
		t.drift += r.drift
		t.pairs += r.pairs
		t.families += r.families
		t.famIDs += r.famIDs
		t.agree += r.agree
		t.agreeTotal += r.agreeTotal
	}
	avg := 0.0
	if len(rows) > 0 {
		avg = gaSum / float64(len(rows))
	}
	fmt.Fprintf(w, "%-12s %9.2f%% %10d %12.3f %9.2f%% %8.3f\n", "All", pct(t.drift, t.pairs), t.families, ratio(t.famIDs, t.families), pct(t.agree, t.agreeTotal), avg)
	fmt.Fprintln(w, "(All: drift and replicas over all records, ids/family over all families, id GA averaged over datasets like the tables above)")
	fmt.Fprintf(w, "## linked ids (the exporter's lineage: ids whose records trust one template for %d records in a row folded into the family's head; each pass mapped by what was learned by its end; a minute per batch of %d; replicas: one exporter fed by all %d instances)\n", lineage.DefaultNeed, batch, replicas)
	fmt.Fprintf(w, "%-12s %10s %10s %12s %10s %8s\n", "Dataset", "drift", "families", "ids/family", "replicas", "id GA")
	var l idRowLinked
	gaSum = 0
	for _, r := range rows {
		fmt.Fprintf(w, "%-12s %9.2f%% %10d %12.3f %9.2f%% %8.3f\n", r.name, pct(r.linked.drift, r.pairs), r.families, ratio(r.linked.famIDs, r.families), pct(r.linked.agree, r.agreeTotal), ratio(r.linked.gaOK, r.linked.gaN))
		gaSum += ratio(r.linked.gaOK, r.linked.gaN)
		l.drift += r.linked.drift
		l.famIDs += r.linked.famIDs
		l.agree += r.linked.agree
	}
	if len(rows) > 0 {
		avg = gaSum / float64(len(rows))
	}
	fmt.Fprintf(w, "%-12s %9.2f%% %10d %12.3f %9.2f%% %8.3f\n", "All", pct(l.drift, t.pairs), t.families, ratio(l.famIDs, t.families), pct(l.agree, t.agreeTotal), avg)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
