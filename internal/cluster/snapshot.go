package cluster

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/axiomhq/hyperloglog"

	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
)

// snapshotMagic prefixes a snapshot; the byte after it is the version.
const (
	snapshotMagic   = "OBLS"
	snapshotVersion = 1
)

// ErrSnapshot wraps every Restore error.
var ErrSnapshot = errors.New("cluster: invalid snapshot")

type snapKV struct {
	K string `json:"k"`
	N int64  `json:"n"`
}

type snapExemplar struct {
	T       int64    `json:"t"`
	Body    string   `json:"b,omitempty"`
	TraceID [16]byte `json:"tr"`
	SpanID  [8]byte  `json:"sp"`
	Service string   `json:"s,omitempty"`
}

type snapCluster struct {
	FP          string         `json:"fp"`
	Seq         uint64         `json:"seq,omitempty"`
	Claim       string         `json:"claim,omitempty"` // absent in older snapshots: unclaimed
	ClaimOrd    uint64         `json:"claimord,omitempty"`
	Kind        string         `json:"kind,omitempty"`
	Template    string         `json:"tpl,omitempty"`
	ErrorType   string         `json:"err,omitempty"`
	Frames      string         `json:"frames,omitempty"`
	Count       int64          `json:"n"`
	First       int64          `json:"first"`
	Last        int64          `json:"last"`
	Buckets     [][2]int64     `json:"buckets,omitempty"` // (bucket number, count)
	LastBucket  int64          `json:"lb"`
	Windows     int64          `json:"win"`
	Users       []byte         `json:"users,omitempty"`
	Tenants     []byte         `json:"tenants,omitempty"`
	Traces      []byte         `json:"traces,omitempty"`
	Lineage     []uint64       `json:"lin,omitempty"`   // trusted template hashes (absent in older snapshots)
	Joins       uint64         `json:"linj,omitempty"`  // the latest record's template hash, when evidence
	Origin      uint64         `json:"lino,omitempty"`  // the first trusted template's hash (absent in older snapshots: the oldest kept)
	Since       []int64        `json:"lins,omitempty"`  // records before each of Lineage was trusted (absent in older snapshots: 0)
	Ticks       int64          `json:"lint,omitempty"`  // minutes with records, Store.Tick (absent in older snapshots: 0, counted from the restore)
	SinceTicks  []int64        `json:"linst,omitempty"` // ticks before each of Lineage was trusted (absent in older snapshots: 0)
	LastTick    uint64         `json:"lintk,omitempty"` // the tick Ticks last counted, plus one (absent in older snapshots: 0, the first tick after the restore counts)
	OriginAt    int64          `json:"linat,omitempty"` // the store's newest seq when Origin was trusted (absent in older snapshots: 0, unknown)
	LatestAt    int32          `json:"linlt,omitempty"` // the same when it last trusted a template for the first time (absent: 0, unknown)
	Head        bool           `json:"linh,omitempty"`  // it headed its family at the last Lineage (absent in older snapshots: false, the family's oldest heads until the next)
	LinText     string         `json:"lintx,omitempty"` // the template text the lineage links by (lineage.Trust.Text), redacted (absent in older snapshots, or changed by the redaction: known again from the next record)
	TopK        [9][]snapKV    `json:"topk"`            // services, operations, deps, journeys, releases, envs, severity, owners, named (absent in older snapshots)
	LatencyMs   float64        `json:"lat,omitempty"`
	BaselineMs  float64        `json:"latbase,omitempty"` // absent in older snapshots: 0
	JourneySum  float64        `json:"jsum"`
	JourneyMax  float64        `json:"jmax"`
	BizIn       int64          `json:"bizin,omitempty"` // absent in older snapshots: 0
	BizKnown    int64          `json:"bizknown,omitempty"`
	Exemplars   []snapExemplar `json:"ex,omitempty"`
	RNG         uint64         `json:"rng"`
	LastRelease string         `json:"lrel,omitempty"`
	NewIn       string         `json:"newrel,omitempty"`
	Resolved    bool           `json:"res,omitempty"`
	Manual      bool           `json:"man,omitempty"`
	ResolvedAt  int64          `json:"resat,omitempty"`
	RegressedAt int64          `json:"regat,omitempty"`
	Regressions int64          `json:"regs,omitempty"`
	// UnobservedAtLast is cluster.unobservedAtLast; absent in older
	// snapshots: 0 (the store's unobserved time then counts as passed
	// since last, which is what older versions did too).
	UnobservedAtLast int64 `json:"unobs,omitempty"`
}

type snapshot struct {
	BucketSeconds int64                         `json:"bucket_seconds"`
	Clusters      []snapCluster                 `json:"clusters"`
	Releases      map[string]map[string]relInfo `json:"releases,omitempty"`
	// Links: in older snapshots (no LinkParts) the links as Links returns
	// them (a cause link's count is the larger of the walk's and the
	// events' own count), restored as walk links. With LinkParts the
	// walk's links only, and Causes the links the events name themselves,
	// so that both go on counting after a restore as they would have
	// without it.
	Links     []Link `json:"links,omitempty"`
	LinkParts bool   `json:"link_parts,omitempty"`
	Causes    []Link `json:"causes,omitempty"`
	// Before and Unobserved are the store's event-time now before the last
	// batch and the time nobody watched (SetNowBefore). Absent in older
	// snapshots: 0, so the first now after such a restore is compared with
	// nothing, and a jump right at the restart counts as watched time.
	Before     int64 `json:"before,omitempty"`
	Unobserved int64 `json:"unobserved,omitempty"`
	// Flowed lists the trend buckets (bucket numbers) in which the store
	// was fed (Flowed): a failure beginning right after a restart was
	// seen to begin when data flowed before it. Absent in older
	// snapshots: no marks, as before.
	Flowed []int64 `json:"flowed,omitempty"`
	// Tick is the lineage's current tick (Store.Tick; 0: none) and
	// TickMinute the latest minute it read: a collector restarted within
	// a minute goes on in its tick, so no cluster counts that minute
	// twice. Absent in older snapshots: the restored store's ticks start
	// with its first Tick, and each cluster counts its next as a new one.
	Tick       uint64 `json:"tick,omitempty"`
	TickMinute int64  `json:"tick_minute,omitempty"`
	// Heads: the store had chosen its families' heads (a Lineage ran, h146),
	// so a cluster without linh headed none. Absent in snapshots written
	// before h146: the restore holds each family's founder, the member it
	// folded into then (holdFounders).
	Heads bool `json:"heads,omitempty"`
}

func (c *cluster) topKs() [9]*topK {
	return [9]*topK{&c.services, &c.operations, &c.deps, &c.journeys, &c.releases, &c.envs, &c.severity, &c.owners, &c.named}
}

// namedTopK is the index of c.named in topKs: its keys are hashes, no
// text of a record.
const namedTopK = 8

// Snapshot serializes clusters, trend baselines, release history and trace
// links: magic, version byte, gzip-compressed JSON. Shards are locked one at
// a time, so Add is never blocked for long.
func (s *Store) Snapshot() ([]byte, error) {
	snap, err := s.snapshotValue()
	if err != nil {
		return nil, err
	}
	buf := bytes.NewBuffer(make([]byte, 0, s.snapSize.Load()+s.snapSize.Load()/8))
	buf.WriteString(snapshotMagic)
	buf.WriteByte(snapshotVersion)
	zw, _ := gzipWriters.Get().(*gzip.Writer)
	if zw == nil {
		zw, _ = gzip.NewWriterLevel(buf, gzip.BestSpeed)
	} else {
		zw.Reset(buf)
	}
	defer func() {
		zw.Reset(io.Discard) // the pool keeps no reference to the snapshot
		gzipWriters.Put(zw)
	}()
	if err := encodeSnapshot(zw, &snap); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	s.snapSize.Store(int64(buf.Len()))
	return buf.Bytes(), nil
}

// snapshotValue is the store's content as it is persisted, clusters
// sorted by fingerprint.
func (s *Store) snapshotValue() (snapshot, error) {
	snap := snapshot{BucketSeconds: s.cfg.BucketSeconds, Releases: s.rel.snapshot(), LinkParts: true}
	snap.Links, snap.Causes = s.linkParts()
	s.clockMu.Lock()
	snap.Before, snap.Unobserved = s.before.Load(), s.unobserved.Load()
	if s.tickSet {
		snap.Tick, snap.TickMinute = s.tick.Load(), s.tickMinute
	}
	for _, v := range s.flow {
		if v > 0 {
			snap.Flowed = append(snap.Flowed, v-1)
		}
	}
	s.clockMu.Unlock()
	slices.Sort(snap.Flowed)
	if n := s.size(); n > 0 {
		snap.Clusters = make([]snapCluster, 0, n)
	}
	var heads map[string]bool
	if h := s.heads.Load(); h != nil {
		heads, snap.Heads = *h, true
	}
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		for _, c := range sh.m {
			sc, err := c.snap(&s.cfg)
			if err != nil {
				sh.mu.Unlock()
				return snapshot{}, err
			}
			sc.Head = heads[c.fp] && len(sc.Lineage) > 0
			snap.Clusters = append(snap.Clusters, sc)
		}
		sh.mu.Unlock()
	}
	sort.Slice(snap.Clusters, func(i, j int) bool { return snap.Clusters[i].FP < snap.Clusters[j].FP })
	return snap, nil
}

// gzipWriters keeps the snapshot's compressors (about 1 MB each) between
// flushes.
var gzipWriters sync.Pool

// encodeSnapshot writes snap as json.Encoder would (the same bytes, a
// newline at the end) without the whole text in memory: the clusters are
// encoded one at a time into w, each through a reused buffer.
func encodeSnapshot(w io.Writer, snap *snapshot) error {
	head := *snap
	head.Clusters = nil
	var hb bytes.Buffer
	if err := json.NewEncoder(&hb).Encode(&head); err != nil {
		return err
	}
	// "clusters" follows "bucket_seconds" (a number): its first
	// occurrence is the field's.
	const null = `"clusters":null`
	i := bytes.Index(hb.Bytes(), []byte(null))
	if i < 0 {
		return errors.New("cluster: snapshot encoding has no clusters field")
	}
	if snap.Clusters == nil {
		_, err := w.Write(hb.Bytes())
		return err
	}
	if _, err := w.Write(hb.Bytes()[:i+len(null)-len("null")]); err != nil {
		return err
	}
	var eb bytes.Buffer
	enc := json.NewEncoder(&eb)
	sep := byte('[')
	for k := range snap.Clusters {
		eb.Reset()
		eb.WriteByte(sep)
		sep = ','
		if err := enc.Encode(&snap.Clusters[k]); err != nil {
			return err
		}
		if _, err := w.Write(eb.Bytes()[:eb.Len()-1]); err != nil { // Encode's newline
			return err
		}
	}
	if len(snap.Clusters) == 0 {
		if _, err := w.Write([]byte{'['}); err != nil {
			return err
		}
	}
	if _, err := w.Write([]byte{']'}); err != nil {
		return err
	}
	_, err := w.Write(hb.Bytes()[i+len(null):])
	return err
}

func (c *cluster) snap(cfg *Config) (snapCluster, error) {
	sc := snapCluster{
		FP: c.fp, Kind: c.kind, Template: c.template, ErrorType: c.errorType, Frames: c.frames,
		Seq: c.seq, Claim: c.claim, ClaimOrd: c.claimOrd, Count: c.count, First: c.first, Last: c.last, UnobservedAtLast: c.unobservedAtLast, LastBucket: c.lastBucket, Windows: c.windows,
		LatencyMs: c.latencyMs, BaselineMs: c.baselineMs, JourneySum: c.journeySum, JourneyMax: c.journeyMax, RNG: c.rng,
		BizIn: c.bizIn, BizKnown: c.bizKnown,
		LastRelease: c.lastRelease, NewIn: c.newInRelease, Resolved: c.resolved, Manual: c.manual,
		ResolvedAt: c.resolvedAt, RegressedAt: c.regressedAt, Regressions: c.regressions,
	}
	sc.Lineage, sc.Joins, sc.Origin, sc.Since = c.lin.Trusted, c.lin.Joins, c.lin.Origin, c.lin.Since
	sc.OriginAt, sc.LatestAt = c.originAt(), c.linLatest
	sc.Ticks, sc.SinceTicks = int64(c.lin.Ticks), c.lin.SinceTicks
	if t := c.lin.Text(); t != "" {
		// redacted as every text the store keeps: a template a record
		// carried may hold a credential; redacted, its hash no longer
		// names the trusted one, and the restore ignores it
		sc.LinText = redacted(cfg, t)
	}
	if t, ok := c.lin.LastTick(); ok {
		sc.LastTick = t + 1
	}
	for _, b := range c.ring {
		if b.idx >= 0 && b.n > 0 {
			sc.Buckets = append(sc.Buckets, [2]int64{b.idx, b.n})
		}
	}
	var err error
	if sc.Users, err = c.users.MarshalBinary(); err != nil {
		return sc, err
	}
	if sc.Tenants, err = c.tenants.MarshalBinary(); err != nil {
		return sc, err
	}
	if sc.Traces, err = c.traces.MarshalBinary(); err != nil {
		return sc, err
	}
	for i, t := range c.topKs() {
		for _, e := range *t {
			sc.TopK[i] = append(sc.TopK[i], snapKV{e.key, e.n})
		}
	}
	for _, e := range c.exemplars {
		sc.Exemplars = append(sc.Exemplars, snapExemplar{T: e.Time, Body: e.Body, TraceID: e.TraceID, SpanID: e.SpanID, Service: e.Service})
	}
	return sc, nil
}

// Restore replaces the store's content with a snapshot. Corrupted, truncated
// or inconsistent data returns an error wrapping ErrSnapshot and leaves the
// store unchanged. Clusters beyond MaxClusters are dropped (counted as
// evicted); a snapshot taken with another bucket width keeps no trend.
func (s *Store) Restore(data []byte) error {
	if len(data) < len(snapshotMagic)+1 || string(data[:len(snapshotMagic)]) != snapshotMagic {
		return fmt.Errorf("%w: bad magic", ErrSnapshot)
	}
	if v := data[len(snapshotMagic)]; v != snapshotVersion {
		return fmt.Errorf("%w: unsupported version %d", ErrSnapshot, v)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data[len(snapshotMagic)+1:]))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrSnapshot, err)
	}
	limit := s.cfg.MaxSnapshotBytes
	raw, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrSnapshot, err)
	}
	if int64(len(raw)) > limit {
		return fmt.Errorf("%w: larger than max_snapshot_bytes %d", ErrSnapshot, limit)
	}
	return s.restoreJSON(raw)
}

func (s *Store) restoreJSON(raw []byte) error {
	var snap snapshot
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&snap); err != nil {
		return fmt.Errorf("%w: %v", ErrSnapshot, err)
	}
	keepTrend := snap.BucketSeconds == s.cfg.BucketSeconds
	built := make([]*cluster, 0, len(snap.Clusters))
	seen := make(map[string]bool, len(snap.Clusters))
	heads := make(map[string]bool)
	for i := range snap.Clusters {
		c, err := s.unsnap(&snap.Clusters[i], keepTrend)
		if err != nil {
			return fmt.Errorf("%w: cluster %d: %v", ErrSnapshot, i, err)
		}
		if seen[c.fp] {
			return fmt.Errorf("%w: duplicate fingerprint %q", ErrSnapshot, c.fp)
		}
		seen[c.fp] = true
		built = append(built, c)
		if snap.Clusters[i].Head && len(c.lin.Trusted) > 0 {
			heads[c.fp] = true
		}
	}
	for _, c := range built { // every seq restored: dates past them are unknown
		c.boundDates(int64(s.seq.Load()))
	}
	nrel := 0
	for svc, rs := range snap.Releases {
		if rs == nil {
			return fmt.Errorf("%w: releases of %q: null", ErrSnapshot, svc)
		}
		nrel += len(rs)
	}
	for _, ls := range [][]Link{snap.Links, snap.Causes} {
		for _, l := range ls {
			if l.A == "" || l.B == "" || l.Count <= 0 || (l.Kind != LinkCause && l.Kind != LinkTrace) {
				return fmt.Errorf("%w: bad link %+v", ErrSnapshot, l)
			}
		}
	}
	for _, l := range snap.Causes {
		if l.Kind != LinkCause {
			return fmt.Errorf("%w: bad cause link %+v", ErrSnapshot, l)
		}
	}
	if snap.Before < 0 || snap.Unobserved < 0 {
		return fmt.Errorf("%w: negative clock", ErrSnapshot)
	}
	for _, b := range snap.Flowed {
		if b < 0 {
			return fmt.Errorf("%w: negative flowed bucket %d", ErrSnapshot, b)
		}
	}

	// Valid: swap in.
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		sh.m = make(map[string]*cluster)
		sh.hasTime, sh.maxTime = false, 0
		sh.mu.Unlock()
	}
	// A store smaller than the snapshot (max_clusters lowered across a
	// restart) keeps each shard's most valuable clusters, as eviction
	// would have (value at the shard's newest event, ties by fingerprint),
	// not the first in the snapshot's order; and, as eviction, every
	// protected one (Protect before Restore: pinned by a person), even
	// past the limit.
	var protected map[string]bool
	if p := s.protected.Load(); p != nil {
		protected = *p
	}
	byShard := make([][]*cluster, len(s.shards))
	for _, c := range built {
		i := c.hash % uint64(len(s.shards))
		byShard[i] = append(byShard[i], c)
	}
	for i, cs := range byShard {
		sh := &s.shards[i]
		sh.mu.Lock()
		if len(cs) > sh.limit {
			var newest int64
			nprot := 0
			for _, c := range cs {
				newest = max(newest, c.last)
				if protected[c.fp] {
					nprot++
				}
			}
			kept := max(sh.limit, nprot) // protected ones first
			slices.SortStableFunc(cs, func(a, b *cluster) int {
				if pa, pb := protected[a.fp], protected[b.fp]; pa != pb {
					if pa {
						return -1
					}
					return 1
				}
				if c := cmp.Compare(b.value(newest), a.value(newest)); c != 0 {
					return c
				}
				return strings.Compare(a.fp, b.fp)
			})
			if kept < len(cs) {
				sh.evicted += int64(len(cs) - kept)
				cs = cs[:kept]
			}
		}
		for _, c := range cs {
			sh.m[c.fp] = c
			if !sh.hasTime || c.last > sh.maxTime {
				sh.maxTime, sh.hasTime = c.last, true
			}
		}
		sh.mu.Unlock()
	}
	s.rel.restore(keptReleases(&s.cfg, snap.Releases))
	for i := range s.traces {
		t := &s.traces[i]
		t.mu.Lock()
		t.links = make(map[linkKey]int64)
		t.causes = make(map[linkKey]int64)
		t.mu.Unlock()
	}
	for i, ls := range [][]Link{snap.Links, snap.Causes} {
		for _, l := range ls {
			k := linkKey{a: l.A, b: l.B, cause: l.Kind == LinkCause}
			t := &s.traces[hashString(l.A)%uint64(len(s.traces))]
			t.mu.Lock()
			m := t.links
			if i == 1 {
				m = t.causes
			}
			if len(m) < t.maxLinks {
				m[k] += l.Count
			} else {
				t.linksDropped++
			}
			t.mu.Unlock()
		}
	}
	s.clockMu.Lock()
	s.before.Store(snap.Before)
	s.unobserved.Store(snap.Unobserved)
	if snap.Tick > 0 {
		s.tick.Store(snap.Tick)
		s.tickMinute, s.tickSet = snap.TickMinute, true
	}
	clear(s.flow)
	if keepTrend && len(s.flow) > 0 {
		for _, b := range snap.Flowed {
			if slot := &s.flow[b%int64(len(s.flow))]; *slot < b+1 {
				*slot = b + 1
			}
		}
	}
	s.clockMu.Unlock()
	// Families are derived from what is persisted (the trust, seq): found
	// again now, eviction values a family's root as its family before the
	// first flush. The services of the system (ObserveService) are the
	// restored clusters' own services (in their creation order, as they
	// were first seen), so that families naming two callees are two here
	// too: were they one, the younger family's held head, folded into the
	// older's, would lose its mark (recordHeads) and its family would
	// choose afresh at the first flush (h153,
	// TestLineageRestartBeforeServicesKeepsHeldHeads).
	bySeq := slices.Clone(built)
	slices.SortFunc(bySeq, func(a, b *cluster) int { return cmp.Compare(a.seq, b.seq) })
	for _, c := range bySeq {
		for _, e := range c.services {
			s.ObserveService(e.key)
		}
	}
	s.heads.Store(&heads) // the heads the snapshot held (none: older)
	s.foundersHeld.Store(!snap.Heads && len(heads) == 0)
	s.Lineage()
	return nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

func (s *Store) unsnap(sc *snapCluster, keepTrend bool) (*cluster, error) {
	switch {
	case sc.FP == "":
		return nil, errors.New("empty fingerprint")
	case sc.Count < 0 || sc.Windows < 0 || sc.Regressions < 0 || sc.BizIn < 0 || sc.BizKnown < sc.BizIn:
		return nil, errors.New("negative count")
	case sc.First > sc.Last:
		return nil, errors.New("first seen after last seen")
	case !finite(sc.LatencyMs) || !finite(sc.BaselineMs) || !finite(sc.JourneySum) || !finite(sc.JourneyMax) || sc.LatencyMs < 0 || sc.BaselineMs < 0:
		return nil, errors.New("bad float")
	case sc.Claim != "" && (!validProblemID(sc.Claim) || sc.ClaimOrd == 0):
		// a claim becomes a problem id (a ticket key, a label, a path):
		// id characters only, numbered like Store.Claim numbers
		return nil, errors.New("bad claim")
	}
	h := hashString(sc.FP)
	ev := Event{Fingerprint: sc.FP, Kind: sc.Kind, Template: sc.Template, ErrorType: sc.ErrorType, Frames: sc.Frames, Time: sc.First}
	c := newCluster(&ev, h, &s.cfg)
	c.count, c.last, c.lastBucket, c.windows = sc.Count, sc.Last, sc.LastBucket, sc.Windows
	c.unobservedAtLast = sc.UnobservedAtLast
	c.seq = sc.Seq
	for {
		cur := s.seq.Load()
		if sc.Seq <= cur || s.seq.CompareAndSwap(cur, sc.Seq) {
			break
		}
	}
	if sc.Claim != "" {
		c.claim, c.claimOrd = sc.Claim, sc.ClaimOrd
		for {
			cur := s.claims.Load()
			if sc.ClaimOrd <= cur || s.claims.CompareAndSwap(cur, sc.ClaimOrd) {
				break
			}
		}
	}
	c.latencyMs, c.baselineMs, c.journeySum, c.journeyMax = sc.LatencyMs, sc.BaselineMs, sc.JourneySum, sc.JourneyMax
	c.bizIn, c.bizKnown = sc.BizIn, sc.BizKnown
	if sc.RNG != 0 {
		c.rng = sc.RNG
	}
	// a snapshot written before h127 holds these as received: kept as
	// the store keeps them now, they also count on with the keys new
	// records bring (those with a secret are counted under it redacted)
	c.lastRelease, c.newInRelease = keyText(&s.cfg, sc.LastRelease), keyText(&s.cfg, sc.NewIn)
	c.resolved, c.manual, c.resolvedAt = sc.Resolved, sc.Manual, sc.ResolvedAt
	c.regressedAt, c.regressions = sc.RegressedAt, sc.Regressions
	if n := len(sc.Lineage); n > 0 {
		c.lin.Trusted = slices.Clone(sc.Lineage[max(0, n-lineage.MaxTrusted):])
		c.lin.Origin = sc.Origin
		if c.lin.Origin == 0 {
			c.lin.Origin = sc.Lineage[0]
		}
		c.restoreDates(sc.OriginAt, sc.LatestAt)
		if len(sc.Since) == n {
			c.lin.Since = slices.Clone(sc.Since[max(0, n-lineage.MaxTrusted):])
		} else {
			c.lin.Since = make([]int64, len(c.lin.Trusted))
		}
		if len(sc.SinceTicks) == n {
			c.lin.SinceTicks = slices.Clone(sc.SinceTicks[max(0, n-lineage.MaxTrusted):])
		} else {
			c.lin.SinceTicks = make([]int64, len(c.lin.Trusted))
		}
	}
	c.lin.Records = c.count
	c.lin.Ticks = int32(min(max(sc.Ticks, 0), math.MaxInt32))
	if sc.Ticks <= 0 && len(sc.SinceTicks) == 0 && len(c.lin.Since) > 0 {
		// written before minutes were counted: each template's records
		// before it (one a minute at most) stand for its minutes before
		// it, and the minutes since count from the restore on, so a
		// template trusted before it weighs the minutes to come
		// (lineage.Roots)
		for i, n := range c.lin.Since {
			c.lin.SinceTicks[i] = min(max(n, 0), math.MaxInt32)
		}
		c.lin.Ticks = int32(slices.Max(c.lin.SinceTicks))
	}
	if sc.Ticks > 0 && sc.LastTick > 0 {
		c.lin.RestoreTick(sc.LastTick - 1)
	}
	c.lin.Joins = sc.Joins
	c.lin.RestoreText(sc.LinText)
	if keepTrend {
		for _, b := range sc.Buckets {
			if b[0] < 0 || b[1] < 0 {
				return nil, errors.New("bad bucket")
			}
			slot := &c.ring[int(uint64(b[0])%uint64(len(c.ring)))]
			if b[0] > slot.idx {
				slot.idx, slot.n = b[0], b[1]
			}
		}
	}
	for _, p := range []struct {
		dst  **hyperloglog.Sketch
		data []byte
	}{{&c.users, sc.Users}, {&c.tenants, sc.Tenants}, {&c.traces, sc.Traces}} {
		if len(p.data) == 0 {
			continue
		}
		sk := new(hyperloglog.Sketch)
		if err := sk.UnmarshalBinary(p.data); err != nil {
			return nil, err
		}
		*p.dst = sk
	}
	for i, t := range c.topKs() {
		for _, e := range sc.TopK[i] {
			if e.N < 0 {
				return nil, errors.New("negative top-k count")
			}
			k := e.K
			if i != namedTopK {
				k = keyText(&s.cfg, k) // (above) two keys redacted alike are one
			}
			if j := slices.IndexFunc(*t, func(x kv) bool { return x.key == k }); j >= 0 {
				// both counts are not negative: a sum past int64 saturates
				// rather than wrap to a negative count (h131)
				(*t)[j].n = min((*t)[j].n, math.MaxInt64-e.N) + e.N
			} else if len(*t) < s.cfg.TopK {
				*t = append(*t, kv{key: k, n: e.N})
			}
		}
	}
	for _, e := range sc.Exemplars {
		if len(c.exemplars) < cap(c.exemplars) {
			c.exemplars = append(c.exemplars, exemplar{Time: e.T, Body: redactedBody(&s.cfg, e.Body), TraceID: e.TraceID, SpanID: e.SpanID, Service: redacted(&s.cfg, e.Service)})
		}
	}
	return c, nil
}

// keptReleases is m with its services and releases as the store keeps
// them (keyText): a snapshot written before h127 holds them as received.
// Two that become one keep the earlier first time, and the baseline
// when either was one.
func keptReleases(cfg *Config, m map[string]map[string]relInfo) map[string]map[string]relInfo {
	out := make(map[string]map[string]relInfo, len(m))
	for svc, rs := range m {
		k := keyText(cfg, svc)
		o := out[k]
		if o == nil {
			o = make(map[string]relInfo, len(rs))
			out[k] = o
		}
		for r, info := range rs {
			rk := keyText(cfg, r)
			if prev, ok := o[rk]; ok {
				info.First = min(info.First, prev.First)
				info.Baseline = info.Baseline || prev.Baseline
			}
			o[rk] = info
		}
	}
	return out
}

// Sanitize repairs times no sane clock produces (before lo, after hi, unix
// ns) in restored state, for example written by a version that trusted a
// record dated in the year 2200: such times are clamped into [lo, hi], trend
// buckets outside it are dropped, and, because the resolutions of that state
// were judged against a broken clock, every cluster resolved automatically
// is opened again for the next Views to judge (those resolved by a person or
// a tracker stay resolved). It returns how many clusters had such times.
func (s *Store) Sanitize(lo, hi int64) int {
	clamp := func(t *int64) bool {
		switch {
		case *t < lo:
			*t = lo
		case *t > hi:
			*t = hi
		default:
			return false
		}
		return true
	}
	bad := 0
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		for _, c := range sh.m {
			n := 0
			for _, t := range []*int64{&c.first, &c.last} {
				if clamp(t) {
					n++
				}
			}
			if c.resolvedAt != 0 && clamp(&c.resolvedAt) {
				n++
			}
			if c.regressedAt != 0 && clamp(&c.regressedAt) {
				n++
			}
			for j := range c.exemplars {
				if clamp(&c.exemplars[j].Time) {
					n++
				}
			}
			blo, bhi := floorDiv(lo, s.width), floorDiv(hi, s.width)
			for j := range c.ring {
				if b := &c.ring[j]; b.idx >= 0 && (b.idx < blo || b.idx > bhi) {
					b.idx, b.n = -1, 0
					n++
				}
			}
			if c.lastBucket > bhi {
				c.lastBucket = bhi
			}
			if n > 0 {
				bad++
			}
		}
		sh.mu.Unlock()
	}
	if bad == 0 {
		return 0
	}
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		sh.hasTime, sh.maxTime = false, 0
		for _, c := range sh.m {
			if c.resolved && !c.manual {
				c.resolved, c.resolvedAt = false, 0
			}
			if !sh.hasTime || c.last > sh.maxTime {
				sh.maxTime, sh.hasTime = c.last, true
			}
		}
		sh.mu.Unlock()
	}
	s.rel.mu.Lock()
	old := *s.rel.m.Load()
	m := make(map[string]map[string]relInfo, len(old))
	for svc, rs := range old {
		m[svc] = make(map[string]relInfo, len(rs))
		for r, info := range rs {
			clamp(&info.First)
			m[svc][r] = info
		}
	}
	s.rel.m.Store(&m)
	s.rel.mu.Unlock()
	return bad
}
