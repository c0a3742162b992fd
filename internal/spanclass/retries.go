package spanclass

// Retries: groups of sibling calls to one operation, a failure followed by
// a success, or a sequential run of identical calls.

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// retryGroups finds sibling client calls to the same dependency and
// operation under one parent: a failure followed by a success makes every
// call of the group a retry; a group that never succeeds stays errors with
// its RetryCount set. With MinRepeatedCalls > 0, long sequential runs of
// identical calls are retries even without failures.
func (c *Classifier) retryGroups(batch []Span, out []Class, s *scratch) {
	anyErr := false
	s.cand = s.cand[:0]
	for i := range batch {
		sp := &batch[i]
		if !isOutbound(sp.Kind) || sp.ParentSpanID == ([8]byte{}) {
			continue
		}
		s.cand = append(s.cand, int32(i))
		if s.flags[i]&fError != 0 {
			anyErr = true
		}
	}
	if len(s.cand) < 2 || (!anyErr && c.cfg.MinRepeatedCalls == 0) {
		return
	}
	if c.cfg.MinRepeatedCalls == 0 && retrySiblingsOnly {
		// Only a group with a failure can change a class: the sort below
		// orders only the calls that share their trace and parent with a
		// failed call (a tenth of the calls when a tenth fail), not every
		// outbound call of the batch.
		if s.cand = failedSiblings(batch, s); len(s.cand) < 2 {
			return
		}
	}
	slices.SortFunc(s.cand, func(a, b int32) int {
		x, y := &batch[a], &batch[b]
		if r := compareBytes(x.TraceID[:], y.TraceID[:]); r != 0 {
			return r
		}
		if r := compareBytes(x.ParentSpanID[:], y.ParentSpanID[:]); r != 0 {
			return r
		}
		if r := strings.Compare(x.Service, y.Service); r != 0 {
			return r
		}
		if r := strings.Compare(s.deps[a], s.deps[b]); r != 0 {
			return r
		}
		if r := strings.Compare(s.ops[a], s.ops[b]); r != 0 {
			return r
		}
		if r := cmp.Compare(x.Start, y.Start); r != 0 {
			return r
		}
		return cmp.Compare(int64(a), int64(b)) // ties keep batch order, whatever else is sorted
	})
	same := func(a, b int32) bool {
		x, y := &batch[a], &batch[b]
		return x.TraceID == y.TraceID && x.ParentSpanID == y.ParentSpanID && x.Service == y.Service &&
			s.deps[a] == s.deps[b] && s.ops[a] == s.ops[b]
	}
	for lo := 0; lo < len(s.cand); {
		hi := lo + 1
		for hi < len(s.cand) && same(s.cand[lo], s.cand[hi]) {
			hi++
		}
		g := s.cand[lo:hi]
		lo = hi
		if len(g) < 2 {
			continue
		}
		firstErr := -1
		for k, i := range g {
			if s.flags[i]&fError != 0 {
				firstErr = k
				break
			}
		}
		last := g[len(g)-1]
		retries := len(g) - 1
		switch {
		case firstErr >= 0 && firstErr < len(g)-1 && s.flags[last]&fError == 0:
			typ, msg := errorOf(&batch[g[firstErr]])
			for _, i := range g {
				out[i] = Class{Kind: attrs.KindRetry, Service: batch[i].Service, Operation: s.ops[i], Dependency: s.deps[i],
					ErrorType: typ, Message: msg, RetryCount: retries, Slow: out[i].Slow, SlowExcessMs: out[i].SlowExcessMs}
			}
		case firstErr >= 0:
			for _, i := range g {
				if out[i].Kind == attrs.KindError {
					out[i].RetryCount = retries
				}
			}
		case c.cfg.MinRepeatedCalls > 0 && len(g) >= c.cfg.MinRepeatedCalls && sequential(batch, g):
			for _, i := range g[1:] {
				if out[i].Kind == "" || out[i].Kind == attrs.KindLatency {
					out[i] = Class{Kind: attrs.KindRetry, Service: batch[i].Service, Operation: s.ops[i], Dependency: s.deps[i], RetryCount: retries,
						Slow: out[i].Slow, SlowExcessMs: out[i].SlowExcessMs}
				}
			}
		}
	}
}

// retrySiblingsOnly lets retryGroups sort only the siblings of failed
// calls (a test turns it off to compare with sorting every call).
var retrySiblingsOnly = true

// failedSiblings keeps, in order, the candidates (s.cand) whose trace and
// parent span are those of a failed candidate.
func failedSiblings(batch []Span, s *scratch) []int32 {
	s.failed = s.failed[:0]
	for _, i := range s.cand {
		if s.flags[i]&fError != 0 {
			s.failed = append(s.failed, spanKey{batch[i].TraceID, batch[i].ParentSpanID})
		}
	}
	kept := s.cand[:0]
	if len(s.failed) <= failedLinear {
		// A batch's few failed calls are compared with each candidate
		// directly (a 24-byte comparison each): sorting them and a binary
		// search of bytes.Compare calls per candidate were a twentieth of
		// the span stage.
		for _, i := range s.cand {
			k := spanKey{batch[i].TraceID, batch[i].ParentSpanID}
			for _, f := range s.failed {
				if f == k {
					kept = append(kept, i)
					break
				}
			}
		}
		return kept
	}
	slices.SortFunc(s.failed, compareSpanKeys)
	s.failed = slices.Compact(s.failed)
	for _, i := range s.cand {
		k := spanKey{batch[i].TraceID, batch[i].ParentSpanID}
		if _, ok := slices.BinarySearchFunc(s.failed, k, compareSpanKeys); ok {
			kept = append(kept, i)
		}
	}
	return kept
}

// failedLinear is the most failed calls failedSiblings compares with every
// candidate one by one; beyond, it sorts them and searches (a batch where
// most calls fail stays O(n log n)). A variable: a test sets it to 0 to
// compare the two ways.
var failedLinear = 16

func compareSpanKeys(x, y spanKey) int {
	if r := compareBytes(x.trace[:], y.trace[:]); r != 0 {
		return r
	}
	return compareBytes(x.span[:], y.span[:])
}

func sequential(batch []Span, g []int32) bool {
	for k := 1; k < len(g); k++ {
		if batch[g[k]].Start < batch[g[k-1]].End {
			return false
		}
	}
	return true
}

// compareBytes orders ids bytewise (bytes.Compare: no string conversion,
// which allocated for every comparison of the sort).
func compareBytes(a, b []byte) int { return bytes.Compare(a, b) }
