package main

import (
	"fmt"
	"io"
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
}

// replicaIDs deals msgs (two passes) in batches round-robin over n fresh
// parsers and returns the ids of both passes in record order.
func replicaIDs(newParser NewParser, msgs []string, batch, n int) ([2][]string, error) {
	var out [2][]string
	ps := make([]ParseFunc, n)
	for i := range ps {
		p, err := newParser()
		if err != nil {
			return out, err
		}
		ps[i] = p
	}
	k := 0
	for pass := 0; pass < 2; pass++ {
		for i := 0; i < len(msgs); i += batch {
			_, ids := ps[k%n](msgs[i:min(i+batch, len(msgs))])
			out[pass] = append(out[pass], ids...)
			k++
		}
	}
	return out, nil
}

// idMetrics compares the ids of the two passes of one instance (ids) and of
// the replicas (rep) against the true families (truth; "" rows skipped).
func idMetrics(name string, truth []string, ids, rep [2][]string) idRow {
	r := idRow{name: name}
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
	r.families, r.famIDs = len(fams), len(famIDs)
	r.gaOK, r.gaN = groupingHits(truth, ids[1])
	return r
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
