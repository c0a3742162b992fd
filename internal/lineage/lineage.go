// Package lineage links fingerprints that are one family of records. The
// processor derives a fingerprint without state (from the masked form), so
// the values of a word slot stay apart ("link Reachable" and "link
// Unreachable" are two ids), while the template miner, which has seen the
// stream, comes to describe both with one template ("link <*>"). A
// fingerprint trusts a template once Need records in a row carried it;
// fingerprints of one scope (service, kind, error type, frames) that
// trusted a common template, directly or through others, are one family,
// folded into the oldest of them.
//
// The exporter's clusters each keep a Trust (hashes only, no text), so the
// lineage is derived from state they already persist; no single record
// moves it: a template is trusted only after Need (at least two) records
// agree, and a record that disagrees leaves the trusted ones in place.
package lineage

import (
	"strings"
	"unicode"

	"github.com/cespare/xxhash/v2"

	"github.com/otelcol-backlog/otelcol-backlog/internal/unionfind"
)

// Wildcard is the miner's variable token.
const Wildcard = "<*>"

// DefaultNeed is how many records in a row must carry a template before a
// fingerprint trusts it. One record never suffices.
const DefaultNeed = 2

// MaxTrusted is how many trusted templates a fingerprint remembers (the
// oldest leaves): a template the miner has since generalized keeps linking
// what it linked.
const MaxTrusted = 4

// Trust follows the templates one fingerprint's records carry.
type Trust struct {
	// Trusted are the hashes of the templates Need records in a row have
	// carried, the latest last, at most MaxTrusted. Observe replaces the
	// slice, never writes into it, so a reader may keep it.
	Trusted []uint64
	cand    uint64
	n       int32
	// last and lastHash spare hashing a template the previous record
	// carried too (most records).
	last     string
	lastHash uint64
	settled  bool // last is the latest trusted template: a record carrying it changes nothing
}

// Observe records that one more record carried tpl; it reports whether tpl
// was trusted for the first time (a template trusted before that becomes
// the latest again, as batches of differently generalized miners
// alternate, reorders Trusted and reports false). Any record that does not carry the candidate
// (the latest trusted template included) restarts it: only records in a
// row count. A
// template without a constant word (Evidence) is never trusted.
func (t *Trust) Observe(tpl string, need int) bool {
	if t.settled && tpl == t.last { // most records: inlined, no hash
		return false
	}
	return t.observe(tpl, need)
}

func (t *Trust) observe(tpl string, need int) bool {
	if tpl == "" || need < 2 {
		return false
	}
	h := t.lastHash
	if tpl != t.last {
		h = xxhash.Sum64String(tpl)
		t.last, t.lastHash = strings.Clone(tpl), h
	}
	t.settled = false
	switch {
	case len(t.Trusted) > 0 && h == t.Trusted[len(t.Trusted)-1]:
		t.cand, t.n, t.settled = 0, 0, true
		return false
	case h == t.cand && t.n > 0:
		t.n++
	default:
		t.cand, t.n = h, 1
	}
	if int(t.n) < need {
		return false
	}
	t.n = 0
	if !Evidence(tpl) {
		return false
	}
	// A new slice each time (rare): readers may hold the old one.
	next := make([]uint64, 0, MaxTrusted)
	fresh := true
	for _, p := range t.Trusted {
		if p != h {
			next = append(next, p)
		} else { // trusted before: it becomes the latest
			fresh = false
		}
	}
	if len(next) >= MaxTrusted {
		next = next[len(next)-MaxTrusted+1:]
	}
	t.Trusted = append(next, h)
	t.settled = true
	return fresh
}

// Evidence reports whether tpl says enough about an event to link two
// fingerprints: at least one constant word (a token with a letter and no
// variable). A template of variables alone links nothing.
func Evidence(tpl string) bool {
	for _, tok := range strings.Fields(tpl) {
		if !strings.Contains(tok, Wildcard) && strings.ContainsFunc(tok, unicode.IsLetter) {
			return true
		}
	}
	return false
}

// Member is one fingerprint as the linker sees it.
type Member struct {
	Fingerprint string
	// Scope is what a link must share besides the template (the service,
	// the kind of record, ...): families of two services stay two.
	Scope     string
	Templates []uint64 // Trust.Trusted
	// First orders the members: the oldest of a family is its target.
	// The caller's order, not an event time a record chose
	// (cluster.Store.Lineage passes its creation order).
	First int64
}

// Targets returns, for every member folded into another, the fingerprint
// it folds into: members of one scope that trusted a common template,
// directly or through others, are one family, folded into the member seen
// first (then the smallest fingerprint). The answer does not depend on the
// order of ms.
func Targets(ms []Member) map[string]string {
	type key struct {
		scope string
		tpl   uint64
	}
	f := unionfind.New(len(ms))
	older := func(a, b int) int {
		if ms[a].First < ms[b].First || (ms[a].First == ms[b].First && ms[a].Fingerprint < ms[b].Fingerprint) {
			return a
		}
		return b
	}
	seen := map[key]int{}
	for i := range ms {
		for _, h := range ms[i].Templates {
			k := key{ms[i].Scope, h}
			j, ok := seen[k]
			if !ok {
				seen[k] = i
				continue
			}
			f.Union(i, j, older)
		}
	}
	var out map[string]string
	for i := range ms {
		if r := f.Find(i); r != i {
			if out == nil {
				out = map[string]string{}
			}
			out[ms[i].Fingerprint] = ms[r].Fingerprint
		}
	}
	return out
}
