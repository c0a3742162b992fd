// Package lineage links fingerprints that are one family of records. The
// processor derives a fingerprint without state (from the masked form), so
// the values of a word slot stay apart ("link Reachable" and "link
// Unreachable" are two ids), while the template miner, which has seen the
// stream, comes to describe both with one template ("link <*>"). A
// fingerprint trusts a template once Need records in a row carried it;
// fingerprints of one scope (service, kind, error type, frames) that
// trusted a common template, directly or through others, are one family,
// folded into its head: the oldest of them that has at least a third of
// the ticks of the heaviest, or the one the caller says held it while it
// has a sixth (HeadShare, HeldShare).
//
// The exporter's clusters each keep a Trust (hashes only, no text), so the
// lineage is derived from state they already persist; no single record
// moves it: a template is trusted only after Need (at least two) records
// agree, and a record that disagrees leaves the trusted ones in place. Nor
// do a few records with new words: a fingerprint that trusted another
// template first, and was first seen before the template was trusted,
// folds only when the template's young values (never another fingerprint
// with a history of its own) carry its traffic, over as many ticks of the
// caller's clock as it had (Roots).
package lineage

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/otelcol-backlog/otelcol-backlog/internal/stacktrace"
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
	// Since holds, for each of Trusted, how many records the fingerprint
	// had before the run that first made it trusted (replaced with
	// Trusted): what it was on its own before the template (Roots).
	Since []int64
	// Records counts the records observed (a restored fingerprint's count
	// is its cluster's).
	Records int64
	// Ticks counts the distinct ticks of the caller's clock (the
	// collector's minutes, cluster.Store.Tick; never an event time a
	// record carries) in which records were observed, and SinceTicks,
	// parallel to Trusted, the ticks the fingerprint had carried records
	// in before the tick of the run that first made each trusted: records
	// are what a sender has most of, ticks are wall-clock time it must
	// spend (Roots). Ticks stops at MaxInt32; int32 fields keep a cluster
	// in its allocation size class.
	SinceTicks []int64
	Ticks      int32
	// candTicks is Ticks before the candidate run's first record's tick.
	candTicks int32
	// Origin is the hash of the first template the fingerprint trusted (0
	// before any): a fingerprint that trusts a later one was an item of its
	// own before its records came to carry it (Roots).
	Origin uint64
	cand   uint64
	n      int16 // need is at most 1000 (the exporter's lineage_records)
	// settled: last is the latest trusted template, a record carrying it
	// changes nothing; lastOK: last may link (Linkable)
	settled, lastOK bool
	// tick is the tick last counted in Ticks plus one (0: none; its low
	// 32 bits: a wrap merely counts one tick less).
	tick uint32
	// last and lastHash spare hashing a template the previous record
	// carried too (most records).
	last     string
	lastHash uint64
	// Joins is the hash of the template the latest record carried when it
	// is evidence (0 otherwise): a fingerprint that never trusted a
	// template may still join a family another one established.
	Joins uint64
}

// Observe records that one more record carried tpl; it reports whether tpl
// was trusted for the first time (a template trusted before that becomes
// the latest again, as batches of differently generalized miners
// alternate, reorders Trusted and reports false). Any record that does
// not carry the candidate (the latest trusted template included) restarts
// it: only records in a row count. A template without a constant word
// (Evidence) is never trusted.
func (t *Trust) Observe(tpl string, need int) bool { return t.ObserveRecord(tpl, "", need) }

// ObserveTick notes that the next record (ObserveRecord) was received in
// tick of the caller's clock (Ticks); a caller with a clock calls it
// before each ObserveRecord. Apart from ObserveRecord so that both stay
// inlined (a tick argument puts ObserveRecord over the inlining budget).
func (t *Trust) ObserveTick(tick uint64) {
	if tk := uint32(tick) + 1; t.tick != tk {
		t.tick = tk
		t.Ticks = min(t.Ticks, math.MaxInt32-1) + 1
	}
}

// LastTick is the tick (ObserveTick's, its low 32 bits) last counted in
// Ticks, and false before any: a caller that persists its clock persists
// it too, so that a restart within a tick does not count it again
// (RestoreTick).
func (t *Trust) LastTick() (uint64, bool) { return uint64(t.tick - 1), t.tick != 0 }

// RestoreTick sets the tick last counted in Ticks (LastTick).
func (t *Trust) RestoreTick(tick uint64) { t.tick = uint32(tick) + 1 }

// ObserveRecord is Observe for a record whose body is known (its tick
// noted by ObserveTick before, when the caller has a clock): a template
// that generalized an exception type the body names never links
// (Linkable).
func (t *Trust) ObserveRecord(tpl, body string, need int) bool {
	t.Records++
	if t.settled && tpl == t.last { // most records: inlined, no hash
		return false
	}
	return t.observe(tpl, body, need)
}

func (t *Trust) observe(tpl, body string, need int) bool {
	if tpl == "" || need < 2 {
		return false
	}
	h := t.lastHash
	if tpl != t.last {
		h = xxhash.Sum64String(tpl)
		t.last, t.lastHash = strings.Clone(tpl), h
		t.lastOK = Linkable(tpl, body)
		t.Joins = 0
		if t.lastOK {
			t.Joins = h
		}
	}
	t.settled = false
	switch {
	case len(t.Trusted) > 0 && h == t.Trusted[len(t.Trusted)-1]:
		t.cand, t.n, t.settled = 0, 0, true
		return false
	case h == t.cand && t.n > 0:
		t.n = min(t.n, math.MaxInt16-1) + 1
	default:
		t.cand, t.n = h, 1
		t.candTicks = t.Ticks - 1 // this record's tick is counted
	}
	if int(t.n) < need {
		return false
	}
	t.n = 0
	if !t.lastOK {
		return false
	}
	// A new slice each time (rare): readers may hold the old one.
	next := make([]uint64, 0, MaxTrusted)
	since := make([]int64, 0, MaxTrusted)
	sinceTicks := make([]int64, 0, MaxTrusted)
	before, beforeTicks := max(t.Records-int64(need), 0), max(int64(t.candTicks), 0)
	fresh := true
	for i, p := range t.Trusted {
		s, st := int64(0), int64(0)
		if i < len(t.Since) {
			s = t.Since[i]
		}
		if i < len(t.SinceTicks) {
			st = t.SinceTicks[i]
		}
		if p != h {
			next, since, sinceTicks = append(next, p), append(since, s), append(sinceTicks, st)
		} else { // trusted before: it becomes the latest
			fresh, before, beforeTicks = false, s, st
		}
	}
	if len(next) >= MaxTrusted {
		k := len(next) - MaxTrusted + 1
		next, since, sinceTicks = next[k:], since[k:], sinceTicks[k:]
	}
	t.Trusted, t.Since, t.SinceTicks = append(next, h), append(since, before), append(sinceTicks, beforeTicks)
	if t.Origin == 0 {
		t.Origin = h
	}
	t.settled = true
	return fresh
}

// Evidence reports whether tpl says enough about an event to link two
// fingerprints: at least one constant word, a run of letters, digits and
// '_' with a letter that no variable touches. A word set apart from the
// variables by a separator counts as one set apart by a space: the keys
// of a key=value record (`pid=<*> uid=<*>`) and the fields of a
// comma-separated one (`Renew,<*>,<*>`) name the event as `user <*>
// logged in` does; a word glued to a variable (`<*>ms`, `0x<*>`,
// `v<*>`) may be a unit or a piece of the value and does not count. A
// template of variables alone links nothing.
func Evidence(tpl string) bool {
	for tok := range strings.FieldsSeq(tpl) {
		if constantWord(tok) {
			return true
		}
	}
	return false
}

// constantWord reports whether tok holds a word no variable touches
// (Evidence).
func constantWord(tok string) bool {
	glued := false // the previous byte ends a variable
	for i := 0; i < len(tok); {
		if strings.HasPrefix(tok[i:], Wildcard) {
			i += len(Wildcard)
			glued = true
			continue
		}
		r, n := utf8.DecodeRuneInString(tok[i:])
		if !wordRune(r) {
			i += n
			glued = false
			continue
		}
		j, letter := i, false
		for j < len(tok) {
			r, n := utf8.DecodeRuneInString(tok[j:])
			if !wordRune(r) {
				break
			}
			letter = letter || unicode.IsLetter(r)
			j += n
		}
		if letter && !glued && !strings.HasPrefix(tok[j:], Wildcard) {
			return true
		}
		i, glued = j, false
	}
	return false
}

// wordRune is a rune of a word (constantWord).
func wordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// Linkable reports whether tpl may link the fingerprint of a record with
// this body to others: it is evidence, and it does not hide an exception
// type the body names (a miner that wrote "nested exception is <*>" over
// several exception classes has merged failures the stateless id keeps
// apart; folding them would hide a new failure in an old one).
func Linkable(tpl, body string) bool {
	if !Evidence(tpl) {
		return false
	}
	for tok := range strings.FieldsSeq(body) {
		if tok = trimPunct(tok); stacktrace.ExceptionType(tok) && !strings.Contains(tpl, tok) {
			return false
		}
	}
	return true
}

// exceptionTypes appends the exception types body names to buf (Linkable).
func exceptionTypes(body string, buf []string) []string {
	for tok := range strings.FieldsSeq(body) {
		if tok = trimPunct(tok); stacktrace.ExceptionType(tok) {
			buf = append(buf, tok)
		}
	}
	return buf
}

// trimPunct is tok without the punctuation that wraps it.
func trimPunct(tok string) string {
	i, j := 0, len(tok)
	for i < j && punct(tok[i]) {
		i++
	}
	for j > i && punct(tok[j-1]) {
		j--
	}
	return tok[i:j]
}

// punct is the punctuation that wraps a word in a message.
func punct(r byte) bool {
	switch r {
	case ':', ';', ',', '.', '(', ')', '[', ']', '{', '}', '<', '>', '\'', '"', '`', '=':
		return true
	}
	return false
}

// Text is the text of the template the fingerprint links by, as far as its
// latest record tells it: the latest trusted template when the latest
// record carried it, else, for a fingerprint that trusts none, the
// template it joins by (Joins); "" otherwise. Roots reads it to fold a
// value whose template the miner has since generalized (Covers). A
// snapshot keeps it (RestoreText), so a fold by coverage holds across a
// restart.
func (t *Trust) Text() string {
	if len(t.Trusted) > 0 {
		if t.settled {
			return t.last
		}
		return ""
	}
	if t.Joins != 0 && t.Joins == t.lastHash {
		return t.last
	}
	return ""
}

// RestoreText sets the text Text reported when the state was saved: the
// latest trusted template's, or the joining one's for a fingerprint that
// trusts none. A text whose hash is neither (a snapshot from other code,
// or damaged) is ignored, as is one too long for Covers.
func (t *Trust) RestoreText(text string) {
	if text == "" || len(text) > maxCoverLen {
		return
	}
	h := xxhash.Sum64String(text)
	switch {
	case len(t.Trusted) > 0 && h == t.Trusted[len(t.Trusted)-1]:
		t.last, t.lastHash, t.lastOK, t.settled = text, h, true, true
	case len(t.Trusted) == 0 && t.Joins != 0 && h == t.Joins:
		t.last, t.lastHash, t.lastOK = text, h, true
	}
}

// Covers reports whether the template wide stands for the template narrow
// token by token: each token of wide that is the variable alone stands for
// one or more tokens of narrow, each other token equals narrow's or, when
// it holds a variable, matches it with the variable standing for one or
// more characters. The miner writes a slot so once it has seen enough
// values ("Connector mqtt started", then "Connector <*> started"), and a
// value that logged once before then carries the early template for ever.
//
// Coverage is evidence only when wide keeps at least as many of narrow's
// constant tokens as it generalizes (a forger's "user <*> <*>" does not
// stand for every record that begins with "user"), when wide is evidence,
// and when it does not generalize an exception type narrow names
// (Linkable).
//
// The work is bounded: the tokens after wide's last variable token must
// end narrow (checked first), and a pair whose matching takes more than
// maxCoverSteps token comparisons is not covered (a fold lost, never a
// wrong one; templates a miner writes take a few more than narrow's
// tokens).
func Covers(wide, narrow string) bool {
	w, ok := newCoverText(wide)
	if !ok {
		return false
	}
	n, ok := newCoverText(narrow)
	if !ok {
		return false
	}
	budget := maxCoverSteps
	return w.covers(&n, Evidence(wide), &budget)
}

// maxCoverTokens and maxCoverLen bound the templates Covers compares (a
// longer one is never covered), maxCoverSteps the token comparisons of
// one pair (the templates of the held-out sets take at most 45) and
// maxCoverBudget a flush's lookups and comparisons (covering): the work
// per fold stays bounded whatever the templates.
const (
	maxCoverTokens = 64
	maxCoverLen    = 2048
	maxCoverSteps  = 2 * maxCoverTokens
	maxCoverBudget = 1 << 20
)

// coverText is a template split into its tokens once for all the
// comparisons of a flush (covering).
type coverText struct {
	text string
	toks []string
	kept int // tokens other than the variable alone
	// exc: the exception types the text names (narrow's side, Linkable),
	// looked for once (excOK)
	exc   []string
	excOK bool
}

// newCoverText splits text; false when it is longer than Covers compares.
func newCoverText(text string) (coverText, bool) {
	if len(text) > maxCoverLen {
		return coverText{}, false
	}
	c := coverText{text: text}
	for tok := range strings.FieldsSeq(text) {
		if len(c.toks) == maxCoverTokens {
			return coverText{}, false
		}
		if c.toks == nil {
			c.toks = make([]string, 0, min(strings.Count(text, " ")+1, maxCoverTokens))
		}
		c.toks = append(c.toks, tok)
		if tok != Wildcard {
			c.kept++
		}
	}
	return c, true
}

// covers is Covers(w.text, n.text), evidence being Evidence(w.text); each
// token comparison spends one of budget (false once it is spent), at most
// maxCoverSteps.
func (w *coverText) covers(n *coverText, evidence bool, budget *int) bool {
	wt, nt := w.toks, n.toks
	if !evidence || w.text == n.text || 2*w.kept < n.kept || len(wt) > len(nt) {
		return false // a token of wide stands for one of narrow's at least
	}
	// the tokens after the last variable token end narrow whatever the
	// variables take
	tail := 0
	for tail < len(wt) && wt[len(wt)-1-tail] != Wildcard {
		tail++
	}
	if tail < len(wt) {
		for k := 1; k <= tail; k++ {
			if *budget--; !tokenCovers(wt[len(wt)-k], nt[len(nt)-k]) {
				return false
			}
		}
	}
	// glob matching over tokens, the variable one or more of them (the
	// last variable is extended one token at a time)
	i, j, si, sj, steps := 0, 0, -1, 0, 0
	for j < len(nt) {
		if steps++; steps > maxCoverSteps || *budget <= 0 {
			return false
		}
		*budget--
		switch {
		case i < len(wt) && wt[i] == Wildcard:
			i, j = i+1, j+1
			si, sj = i, j
		case i < len(wt) && tokenCovers(wt[i], nt[j]):
			i, j = i+1, j+1
		case si >= 0:
			sj++
			i, j = si, sj
		default:
			return false
		}
	}
	if i != len(wt) {
		return false
	}
	if !n.excOK { // Linkable's exception types, once per narrow text
		n.exc, n.excOK = exceptionTypes(n.text, n.exc[:0]), true
	}
	for _, e := range n.exc {
		if !strings.Contains(w.text, e) {
			return false
		}
	}
	return true
}

// tokenCovers reports whether the template token w stands for n: equal,
// or each variable of w one or more characters of n.
func tokenCovers(w, n string) bool {
	if w == n {
		return true
	}
	k := strings.Index(w, Wildcard)
	if k < 0 || !strings.HasPrefix(n, w[:k]) {
		return false
	}
	n, w = n[k:], w[k+len(Wildcard):]
	for {
		if len(n) == 0 {
			return false
		}
		n = n[1:] // the variable's first character
		k = strings.Index(w, Wildcard)
		if k < 0 {
			return strings.HasSuffix(n, w)
		}
		at := strings.Index(n, w[:k])
		if at < 0 {
			return false
		}
		n, w = n[at+k:], w[k+len(Wildcard):]
	}
}

// Member is one fingerprint as the linker sees it.
type Member struct {
	Fingerprint string
	// Scope is what a link must share besides the template (the service,
	// the kind of record, ...): families of two services stay two.
	Scope     string
	Templates []uint64 // Trust.Trusted
	// Joins (Trust.Joins), for a member that trusts no template: it folds
	// into the family that trusts this one, if any, and never heads one.
	Joins uint64
	// Records is how many records the fingerprint has had, Origin
	// (Trust.Origin) the first template it trusted and Since (Trust.Since,
	// parallel to Templates; nil: all 0) the records it had before each:
	// Roots weighs a member that trusted another template first by what it
	// was on its own against the members that came with the template.
	Records int64
	Origin  uint64
	Since   []int64
	// OriginAt and LatestAt (0: unknown) are when it trusted Origin, and
	// when it last trusted a template for the first time (at least when
	// the latest of Templates was first trusted, never earlier), in the
	// order of First: the caller's newest member's then
	// (cluster.Store: its creation sequence). Roots: a member first seen,
	// or first trusting, after a template was trusted is one of its young
	// values.
	OriginAt, LatestAt int64
	// Ticks (Trust.Ticks) and SinceTicks (Trust.SinceTicks, parallel to
	// Templates; nil: all 0) are the same in ticks of the caller's clock:
	// the time a member's records spanned, which a sender cannot compress.
	Ticks      int64
	SinceTicks []int64
	// Text (Trust.Text) is the text of the latest of Templates, or of
	// Joins for a member that trusts none ("": unknown): a member that
	// joins by a template no member trusts joins the one the miner has
	// since generalized it to (Covers), if a member of its scope trusts it.
	Text string
	// First orders the members: the oldest of a family is its target.
	// The caller's order, not an event time a record chose
	// (cluster.Store.Lineage passes its creation order).
	First int64
	// Held: the member headed its family at the caller's previous call
	// (the caller keeps it, across restarts too): it keeps heading it
	// while it keeps a share of the family's weight (HeldShare).
	Held bool
	// HeldMark is a held member's mark (HeadMarks at the caller's
	// previous call; 0: none): the weight of the heaviest member its
	// family had while it headed it. A member leaving the family
	// (evicted) lowers no share it is weighed against (h155).
	HeldMark int64
	// Dormant: the member had headed a family and was folded into
	// another's held head at the caller's previous call (families joined
	// for a while): it counts as Held, with its HeldMark, only in a family
	// none of whose members is Held, so when the families part its own
	// keeps its head (h155).
	Dormant bool
}

// JoinsOf is t.Joins for a fingerprint of records records: only one too
// young to have trusted a template (at most need records) joins a family.
func JoinsOf(t *Trust, records, need int) uint64 {
	if records > need {
		return 0
	}
	return t.Joins
}

// Targets returns, for every member folded into another, the fingerprint
// it folds into (Roots).
func Targets(ms []Member) map[string]string { return TargetsOf(ms, Roots(ms)) }

// Cursor is where a flush's fold by coverage starts (RootsFrom): the young
// member (by Member.First, then Fingerprint) whose search the previous
// flush's budget cut, or the oldest (the zero Cursor); and what the
// whole searches of earlier flushes found (held), so that a fold found
// stands while the budget does not reach its member again.
type Cursor struct {
	first int64
	fp    string
	set   bool
	held  map[string]heldCover // by Member.Fingerprint
}

// heldCover is the template a whole search found covering a member's
// text (0: none), and the hash of that text: it stands at a flush whose
// budget does not reach the member while the text is the same and a
// member of its scope still trusts the template (h110: under a flood a
// fold found came and went from flush to flush, and the trackers closed
// and reopened its ticket in turn).
type heldCover struct {
	text  uint64
	cover uint64
}

// Roots is RootsFrom from the zero Cursor.
func Roots(ms []Member) []int {
	root, _ := RootsFrom(ms, Cursor{})
	return root
}

// Roots returns, for every member, the index in ms of the member it folds
// into (its own index when it folds into none): members of one scope that
// trusted a common template, directly or through others, are one family,
// folded into its head (held: the head it held, else the member seen
// first, then the smallest fingerprint, unless another takes it); a
// member that trusts none joins the family (if any) that trusts the
// template of its latest record (Member.Joins). The families and their
// roots do not depend on the order of ms.
//
// A template links to its head (the oldest member that trusts it) every
// member whose first trusted template it is (Member.Origin), that joins
// by it, or that was first seen, or trusted a template of its own, only
// after a member of its scope trusted it (Member.OriginAt,
// Member.LatestAt): the miner wrote their records so from the start, or
// could have, they are the template's young values. A member that trusted another template first
// (an established one) was an item of its own until the miner
// generalized; it is linked only when the template's young values (the
// head aside) carried, since they trusted it, at least as many records as
// its family had before it, without the largest of them (Member.Records,
// Member.Since; Explained). Its family is what the young links alone make
// of it: a fingerprint that came with a problem's own template (a new word
// where the miner already wrote <*>) is that problem's, and weighed by its
// own few records it would bring the problem with it. A miner makes a word
// position a slot from a handful of distinct words whatever their counts,
// so three forged records make "payment declined ..." and "payment
// crashed ..." one template; they do not carry the crash's traffic. The
// largest young value does not count: one other fingerprint is a pair, not
// the many values of a slot. No established value counts, nor any member
// of its family: each is a problem with its own history, whose traffic
// would lend one problem to another (whichever member heads the template:
// a forger's cluster older than both problems may be it), and the head is
// the other side of the fold.
//
// Records are what a sender has most of: the same member is linked only
// when, besides, one young value carried records in at least as many
// ticks since it trusted the template as the member's family's
// longest-lived member had before it (Member.Ticks, Member.SinceTicks).
// Ticks are the caller's clock (the collector's minutes), so a burst of
// any size in one tick is one tick; one value's, not the values'
// together, since any number of values fit in one tick. Members without
// ticks (a caller without a clock) are weighed by records alone.
//
// The fold by coverage (covering) has a budget per call, spent from the
// young member at from onwards (wrapping to the oldest); next is where
// the following call starts: a caller that passes it on examines every
// young member within a bounded number of calls, however many members a
// forger makes early (h106). The roots depend on ms (in any order) and
// from only.
func RootsFrom(ms []Member, from Cursor) (root []int, next Cursor) {
	type key struct {
		scope string
		tpl   uint64
	}
	type use struct {
		k, i  int32
		own   int64 // the member's records before it trusted the template
		ownT  int32 // and its ticks (Member.SinceTicks; int32 keeps a use 24 bytes)
		young bool  // the member trusted or joins by this template from the start
		join  bool  // Member.Joins: a value of the slot, never its head
		// covered: the member trusts a template no other member trusts,
		// which this one covers (covering): weighed as an established
		// value, never the head
		covered bool
		latest  bool // the member's latest trusted template
	}
	f := unionfind.New(len(ms))
	older := func(a, b int) bool {
		return ms[a].First < ms[b].First || (ms[a].First == ms[b].First && ms[a].Fingerprint < ms[b].Fingerprint)
	}
	total := 0
	for i := range ms {
		total += max(len(ms[i].Templates), 1)
	}
	keys := make(map[key]int32, total/4)
	uses := make([]use, 0, total)
	var size []int32      // uses per key
	var trustedAt []int64 // by key: the earliest Member.OriginAt or LatestAt for it (0: unknown)
	var trusters []int32  // by key: the members that trust it (not only join by it)
	add := func(i int, h uint64, own, ownT int64, join, latest bool) {
		k := key{ms[i].Scope, h}
		n, ok := keys[k]
		if !ok {
			n = int32(len(keys))
			keys[k] = n
			size = append(size, 0)
			trusters = append(trusters, 0)
			trustedAt = append(trustedAt, 0)
		}
		size[n]++
		if !join {
			trusters[n]++
		}
		young := join || ms[i].Origin == 0 || ms[i].Origin == h
		uses = append(uses, use{n, int32(i), max(own, 0), int32(min(max(ownT, 0), math.MaxInt32)), young, join, false, latest})
	}
	for i := range ms {
		for j, h := range ms[i].Templates {
			own, ownT := int64(0), int64(0)
			if j < len(ms[i].Since) {
				own = ms[i].Since[j]
			}
			if j < len(ms[i].SinceTicks) {
				ownT = ms[i].SinceTicks[j]
			}
			add(i, h, own, ownT, false, j == len(ms[i].Templates)-1)
		}
		if len(ms[i].Templates) == 0 && ms[i].Joins != 0 { // the young join the families others established
			add(i, ms[i].Joins, 0, 0, true, false)
		}
	}
	// A member first seen after a member of its scope trusted a template
	// (Member.OriginAt, Member.LatestAt), or that had trusted none of its
	// own by then (young then: at most Need records in a row), is one of
	// that template's young values, whatever its own records carried
	// first: the miner, or one of several miners behind the caller, had
	// written the slot before its history began (processor replicas
	// generalize at different times; one miner would have written it so
	// from the start). Only
	// for a template its records carried: a variable within a token
	// covers more than one event (`{"a":<*>,"z":<*>}` covers a JSON
	// record with more keys), so a member linked by coverage alone stays
	// weighed.
	dated := func(i int, h uint64, a int64) {
		if n, ok := keys[key{ms[i].Scope, h}]; ok && a > 0 && (trustedAt[n] == 0 || a < trustedAt[n]) {
			trustedAt[n] = a
		}
	}
	for i := range ms {
		if m := &ms[i]; len(m.Templates) > 0 {
			dated(i, m.Templates[len(m.Templates)-1], m.LatestAt)
			dated(i, m.Origin, m.OriginAt)
		}
	}
	// Not for a history longer than the template's traffic since: a
	// member first seen after the trust is young only when another member
	// carried the template in at least as many ticks since it trusted it
	// as this one had before (Member.SinceTicks), the ticks standard the
	// established are weighed by below. A replica that wrote the slot
	// early keeps writing it; two forged records under the template, sent
	// before two problems began (a miner that has since forgotten the
	// slot), carry it in one tick and make no problem of twenty minutes
	// young (h130's finding: TestLineageForgedEarlyTrustMakesEstablishedProblemsYoung).
	type carrier struct {
		ticks [2]int64 // the two most ticks since trust among the key's trusters
		by    int32    // the member with ticks[0]
	}
	carried := make([]carrier, len(keys))
	for i := range ms {
		m := &ms[i]
		for j, h := range m.Templates {
			n, ok := keys[key{m.Scope, h}]
			if !ok {
				continue
			}
			since := m.Ticks
			if j < len(m.SinceTicks) {
				since -= m.SinceTicks[j]
			}
			c := &carried[n]
			switch {
			case since > c.ticks[0]:
				c.ticks[1], c.ticks[0], c.by = c.ticks[0], since, int32(i)
			case since > c.ticks[1]:
				c.ticks[1] = since
			}
		}
	}
	for j := range uses {
		if u := &uses[j]; !u.young {
			if a := trustedAt[u.k]; a > 0 && max(ms[u.i].First, ms[u.i].OriginAt) > a {
				c := carried[u.k]
				other := c.ticks[0]
				if c.by == u.i {
					other = c.ticks[1]
				}
				u.young = int64(u.ownT) <= other
			}
		}
	}
	// A member whose template no other member trusts, and that the miner
	// has since generalized, links by the trusted template that covers it
	// (covering): a young one joins by it, and one that trusted its own
	// is weighed as an established value of it, as if it had trusted it
	// after all its records (never the head: it does not carry it).
	var lone, at []int32 // members, and for a young one its use (-1: a trusting one)
	for j, u := range uses {
		switch {
		case ms[u.i].Text == "":
		case u.join && trusters[u.k] == 0:
			lone, at = append(lone, u.i), append(at, int32(j))
		case u.latest && trusters[u.k] == 1:
			lone, at = append(lone, u.i), append(at, -1)
		}
	}
	if len(lone) > 0 {
		var cover []uint64
		cover, next = covering(ms, lone, from)
		for j, h := range cover {
			if h == 0 {
				continue
			}
			i := lone[j]
			n := keys[key{ms[i].Scope, h}] // a member trusts it: the key is there
			if at[j] >= 0 {
				u := &uses[at[j]]
				size[u.k]--
				size[n]++
				u.k = n
				continue
			}
			if slices.Contains(ms[i].Templates, h) {
				continue // linked by it already
			}
			size[n]++
			uses = append(uses, use{n, i, ms[i].Records, int32(min(max(ms[i].Ticks, 0), math.MaxInt32)), false, false, true, false})
		}
	}
	{ // the uses by key (a counting sort)
		next, at := make([]int32, len(size)), int32(0)
		for k, n := range size {
			next[k] = at
			at += n
		}
		byKey := make([]use, len(uses))
		for _, u := range uses {
			byKey[next[u.k]] = u
			next[u.k]++
		}
		uses = byKey
	}
	keepOlder := func(ra, rb int) int {
		if older(ra, rb) {
			return ra
		}
		return rb
	}
	// groups is each key's uses (lo, hi) and head (index in uses, -1: none)
	type group struct{ lo, hi, head int }
	var groups []group
	for lo := 0; lo < len(uses); {
		hi := lo + 1
		for hi < len(uses) && uses[hi].k == uses[lo].k {
			hi++
		}
		g := group{lo, hi, -1}
		lo = hi
		if hi-g.lo < 2 {
			continue
		}
		for j := g.lo; j < hi; j++ {
			if !uses[j].join && !uses[j].covered && (g.head < 0 || older(int(uses[j].i), int(uses[g.head].i))) {
				g.head = j
			}
		}
		if g.head < 0 { // no family trusts it
			continue
		}
		groups = append(groups, g)
		// the members the miner wrote so from the start: the template's
		// values (its families as they came)
		h := int(uses[g.head].i)
		for j := g.lo; j < hi; j++ {
			u := uses[j]
			switch {
			case j == g.head:
			case u.join:
				f.Union(int(u.i), h, func(ra, rb int) int { return rb }) // the family's root stays
			case u.young:
				f.Union(int(u.i), h, keepOlder)
			}
		}
	}
	// A member that trusted another template first brings the family it
	// came with (its young values): what that family was on its own before
	// the template is weighed, not the member alone.
	fam := make([]int32, len(ms))
	records := make([]int64, len(ms)) // by family root
	for i := range ms {
		fam[i] = int32(f.Find(i))
		records[fam[i]] += ms[i].Records
	}
	sinceOf := make([]int64, len(ms)) // by family root, within one group
	// the same in ticks (Member.Ticks), built for the first member the
	// records explain (few are weighed at all): nil while not needed, and
	// for a caller without a clock
	var tk *familyTicks
	ticked := tickedOf(ms)
	for _, g := range groups {
		us, hf := uses[g.lo:g.hi], fam[uses[g.head].i]
		// the evidence: the template's young values (their first trusted
		// template is this one, or they join by it), the head aside; an
		// established value (a problem with its own history, or a member
		// of one's family) never explains another
		var since, top, tTop int64
		for j, u := range us {
			if g.lo+j == g.head {
				continue
			}
			p := max(ms[u.i].Records-u.own, 0)
			sinceOf[fam[u.i]] += p
			if !u.young {
				continue
			}
			since += p
			top = max(top, p)
			tTop = max(tTop, ms[u.i].Ticks-int64(u.ownT))
		}
		marked := false
		h := int(uses[g.head].i)
		for j, u := range us {
			a := fam[u.i]
			if g.lo+j == g.head || u.young || a == hf {
				continue
			}
			if !Explained(records[a]-sinceOf[a], since-top) {
				continue
			}
			if ticked {
				if tk == nil {
					tk = newFamilyTicks(ms, fam)
				}
				if !marked {
					marked = true
					for k, v := range us {
						if g.lo+k != g.head {
							tk.mark(v.i, ms[v.i].Ticks-int64(v.ownT))
						}
					}
				}
				if !Explained(tk.before(a), tTop) {
					continue
				}
			}
			f.Union(int(u.i), h, keepOlder)
		}
		for _, u := range us {
			sinceOf[fam[u.i]] = 0
		}
		if marked {
			tk.clear()
		}
	}
	root = make([]int, len(ms))
	for i := range ms {
		root[i] = f.Find(i)
	}
	held(ms, root, ticked)
	return root, next
}

// HeadShare and HeldShare weigh a family's members for its head by their
// weight (ticks, or records for a caller without a clock) against the
// family's heaviest member that trusts a template: a member with at least
// 1/HeadShare of it may head the family (the oldest such heads), and the
// member that held the head keeps it while it has at least 1/HeldShare of
// it and no older member may head. A member seen before the family began
// (or a forger's record sent then) is its oldest, but heads it only once
// it logged in a third as many minutes as its heaviest member, which a
// sender cannot compress into a burst; between the two shares the held
// head stays, so two values near the line do not trade the family's item
// at every minute. A third, not a half: replicated miners join members
// to a family at different times, and the oldest is the head they agree
// on (h146, docs/evaluation.md: a half cost the thirteenth set's linked
// replicas 0.45 points).
const (
	HeadShare = 3
	HeldShare = 6
)

// held re-roots each family of more than one member (root: each member's
// root, the oldest member that trusts a template) by weight (HeadShare):
// at the oldest member that trusts a template and has at least
// 1/HeadShare of the weight of the family's heaviest such member, unless
// the member that held its head (Member.Held; of several, families the
// miner joined since, the oldest that qualifies) still has 1/HeldShare of
// it and is older than that one. Age alone no longer heads a family
// (h144: a value seen once before the family began, or a forger's record,
// is the oldest), and which member trusted a template first, a race
// between replicated miners, never decides; the held head only counts
// within the band between the shares, so replicas that saw the family
// form differently agree on its head as soon as the weights leave the
// band. Weights are Member.Ticks when ticked, else Member.Records. A
// held head weighs itself and its older challengers against the larger
// of the heaviest and its mark (Member.HeldMark, HeadMarks), so a member
// leaving the family moves no head; a sleeping one (Member.Dormant)
// counts as held only in a family with no held member (h155). The
// families themselves do not change.
func held(ms []Member, root []int, ticked bool) {
	older := func(a, b int) bool {
		return ms[a].First < ms[b].First || (ms[a].First == ms[b].First && ms[a].Fingerprint < ms[b].Fingerprint)
	}
	weight := func(i int) int64 { return weightOf(&ms[i], ticked) }
	size := make([]int32, len(ms))
	for _, r := range root {
		size[r]++
	}
	heaviest := make([]int64, len(ms)) // by family root
	for i, r := range root {
		if size[r] > 1 && len(ms[i].Templates) > 0 {
			heaviest[r] = max(heaviest[r], weight(i))
		}
	}
	// by family root, plus one (0: none): the oldest that may head, and
	// the oldest held head that may keep it (against its mark too)
	may, keeps := make([]int32, len(ms)), make([]int32, len(ms))
	active := make([]bool, len(ms)) // by family root: a member is Held
	for i, r := range root {
		active[r] = active[r] || ms[i].Held
	}
	for i, r := range root {
		if size[r] < 2 || len(ms[i].Templates) == 0 {
			continue
		}
		w := weight(i)
		if HeadShare*w >= heaviest[r] {
			if h := int(may[r] - 1); h < 0 || older(i, h) {
				may[r] = int32(i) + 1
			}
		}
		if (ms[i].Held || ms[i].Dormant && !active[r]) && HeldShare*w >= max(heaviest[r], ms[i].HeldMark) {
			if h := int(keeps[r] - 1); h < 0 || older(i, h) {
				keeps[r] = int32(i) + 1
			}
		}
	}
	// a kept head yields to an older member only with a third of its
	// mark too (the heaviest its family had while it headed it), so a
	// member leaving the family moves no head (h155)
	challenge := make([]int32, len(ms)) // by family root, plus one
	for i, r := range root {
		k := int(keeps[r] - 1)
		if k < 0 || len(ms[i].Templates) == 0 || !older(i, k) {
			continue
		}
		if HeadShare*weight(i) >= max(heaviest[r], ms[k].HeldMark) {
			if h := int(challenge[r] - 1); h < 0 || older(i, h) {
				challenge[r] = int32(i) + 1
			}
		}
	}
	moved := false
	for r := range may {
		if may[r] == 0 {
			continue // no family, or no member that trusts
		}
		if keeps[r] != 0 {
			may[r] = keeps[r]
			if challenge[r] != 0 {
				may[r] = challenge[r]
			}
		}
		moved = moved || int(may[r]-1) != r
	}
	if !moved {
		return
	}
	for i, r := range root {
		if may[r] != 0 {
			root[i] = int(may[r] - 1)
		}
	}
}

// weightOf is a member's weight for its family's head (held): its ticks
// when the caller has a clock, else its records.
func weightOf(m *Member, ticked bool) int64 {
	if ticked {
		return max(m.Ticks, 0)
	}
	return max(m.Records, 0)
}

// tickedOf reports whether the caller weighs members by ticks (any
// member has some).
func tickedOf(ms []Member) bool {
	for i := range ms {
		if ms[i].Ticks > 0 {
			return true
		}
	}
	return false
}

// HeadMarks returns, for each family's head (root: Roots' result, indexed
// at the head; 0 elsewhere), its mark for the caller's next call
// (Member.HeldMark): the weight of the family's heaviest member that
// trusts a template, or the head's own mark when it kept the head (held,
// with a sixth of the larger of the two) and that is larger. The mark of
// a held head is the heaviest its family had while it headed it: a
// member that leaves the family, evicted or split off, lowers neither the
// third an older member needs to take the head nor the sixth the head
// needs to keep it (h155, cluster's TestLineageEvictedHeaviestMovesNoHead).
func HeadMarks(ms []Member, root []int) []int64 {
	ticked := tickedOf(ms)
	mark := make([]int64, len(ms))
	for i, r := range root {
		if len(ms[i].Templates) > 0 {
			mark[r] = max(mark[r], weightOf(&ms[i], ticked))
		}
	}
	for r := range mark {
		if root[r] == r && (ms[r].Held || ms[r].Dormant) && HeldShare*weightOf(&ms[r], ticked) >= max(mark[r], ms[r].HeldMark) {
			mark[r] = max(mark[r], ms[r].HeldMark)
		}
	}
	return mark
}

// covering returns, for each of the young members that join by a
// template no member of their scope trusts (young: indices in ms), the
// hash of the template a member of its scope trusts that covers its own
// (Covers; 0: none), the most specific (the most constant tokens, then the
// smallest hash) of those it tries. The latest trusted templates of their
// scopes are indexed by their constant tokens (the first maxIndexWords;
// a template whose every token holds a variable by none), and each member
// looks them up by its own words, the word with the fewest templates
// first (a covering template's constant tokens are all among them), and
// compares itself with at most maxCoverTries: the work is bounded per
// member, never a scan of all, and a flood of templates costs a member
// its fold only when they share every word it has. The lookups and
// comparisons of a flush share a budget (maxCoverBudget: one a word
// looked up, a comparison of the words' order, a template tried, a token
// compared), spent on the members in their order (Member.First, as the
// families') from the one at from, wrapping to the oldest: a flood of
// forged young members costs the others their fold at that flush, never
// a wrong one (a member whose search the budget cut folds nothing), and
// the flush a bounded time. next is the member the budget cut (the zero
// Cursor when every member was searched): the next flush starts there, so
// a member is searched within about (young members before it from the
// cursor)/(members a budget searches, 400 at least) flushes, whatever a
// forger made before it; members created later come after it. Called at
// a flush that has such members only.
func covering(ms []Member, young []int32, from Cursor) (cover []uint64, next Cursor) {
	type entry struct {
		hash     uint64
		consts   int
		ok       bool // within Covers' bounds
		evidence bool // Evidence(text)
		text     coverText
	}
	type bucket struct{ scope, tok string }
	type key struct {
		scope string
		tpl   uint64
	}
	scopes := map[string]bool{} // only theirs are indexed
	for _, i := range young {
		scopes[ms[i].Scope] = true
	}
	index := map[bucket][]*entry{}
	seen := map[key]bool{}
	for i := range ms {
		m := &ms[i]
		if len(m.Templates) == 0 || m.Text == "" || !scopes[m.Scope] {
			continue
		}
		h := m.Templates[len(m.Templates)-1]
		if seen[key{m.Scope, h}] {
			continue
		}
		seen[key{m.Scope, h}] = true
		var words [maxIndexWords]string
		n, consts := 0, 0
		for tok := range strings.FieldsSeq(m.Text) {
			if !strings.Contains(tok, Wildcard) {
				consts++
				if n < len(words) && !slices.Contains(words[:n], tok) {
					words[n] = tok
					n++
				}
			}
		}
		ct, ok := newCoverText(m.Text)
		e := &entry{hash: h, consts: consts, ok: ok, evidence: ok && Evidence(m.Text), text: ct}
		for _, w := range words[:n] {
			index[bucket{m.Scope, w}] = append(index[bucket{m.Scope, w}], e)
		}
		if n == 0 { // every token holds a variable
			index[bucket{m.Scope, ""}] = append(index[bucket{m.Scope, ""}], e)
		}
	}
	for _, es := range index { // independent of the order of ms
		slices.SortFunc(es, func(a, b *entry) int {
			if c := cmp.Compare(b.consts, a.consts); c != 0 {
				return c
			}
			return cmp.Compare(a.hash, b.hash)
		})
	}
	cover = make([]uint64, len(young))
	type found struct {
		tok string
		es  []*entry
	}
	var words []found
	order := make([]int32, len(young)) // the oldest first
	for o := range order {
		order[o] = int32(o)
	}
	slices.SortFunc(order, func(a, b int32) int {
		x, y := &ms[young[a]], &ms[young[b]]
		if c := cmp.Compare(x.First, y.First); c != 0 {
			return c
		}
		return strings.Compare(x.Fingerprint, y.Fingerprint)
	})
	if from.set { // the members from the cursor on, then the older ones
		at, _ := slices.BinarySearchFunc(order, from, func(o int32, c Cursor) int {
			x := &ms[young[o]]
			if r := cmp.Compare(x.First, c.first); r != 0 {
				return r
			}
			return strings.Compare(x.Fingerprint, c.fp)
		})
		order = slices.Concat(order[at:], order[:at])
	}
	budget := maxCoverBudget
	held := make(map[string]heldCover, len(young))
	for k, o := range order {
		m := &ms[young[o]]
		mt, ok := newCoverText(m.Text)
		if !ok {
			continue // longer than Covers compares: covered by none
		}
		var best *entry
		tries := 0
		try := func(es []*entry) {
			for _, e := range es {
				if tries >= maxCoverTries {
					return
				}
				if best != nil && e.hash == best.hash {
					continue // met under another word
				}
				tries++
				budget-- // a comparison spends one at least
				if best != nil && (e.consts < best.consts || e.consts == best.consts && e.hash > best.hash) {
					return // sorted: no later one is better
				}
				if e.ok && e.text.covers(&mt, e.evidence, &budget) {
					best = e
					return
				}
			}
		}
		words = words[:0]
		for _, tok := range mt.toks { // each lookup spends one of the budget
			if strings.Contains(tok, Wildcard) {
				continue
			}
			budget--
			if es := index[bucket{m.Scope, tok}]; len(es) > 0 {
				words = append(words, found{tok, es})
			}
		}
		budget -= len(words) * bits.Len(uint(len(words))) // the sort's comparisons
		slices.SortFunc(words, func(a, b found) int {
			if c := cmp.Compare(len(a.es), len(b.es)); c != 0 {
				return c
			}
			return strings.Compare(a.tok, b.tok)
		})
		words = slices.CompactFunc(words, func(a, b found) bool { return a.tok == b.tok })
		for _, w := range words {
			try(w.es)
		}
		try(index[bucket{m.Scope, ""}])
		if budget <= 0 {
			// a search the budget cut short folds nothing (the best
			// template found so far need not be the one the whole
			// search finds, h106): the next flush starts with it. It
			// and the members the budget did not reach keep what an
			// earlier flush's whole search found, while their text is
			// the same and the template is still trusted in their scope
			for _, o := range order[k:] {
				m := &ms[young[o]]
				if h, ok := from.held[m.Fingerprint]; ok && h.text == xxhash.Sum64String(m.Text) && (h.cover == 0 || seen[key{m.Scope, h.cover}]) {
					cover[o] = h.cover
					held[m.Fingerprint] = h
				}
			}
			return cover, Cursor{m.First, m.Fingerprint, true, held}
		}
		h := heldCover{text: xxhash.Sum64String(m.Text)}
		if best != nil {
			cover[o] = best.hash
			h.cover = best.hash
		}
		held[m.Fingerprint] = h
	}
	return cover, Cursor{held: held}
}

// maxCoverTries bounds the templates a joining member is compared with,
// and maxIndexWords the words a trusted template is indexed by (covering).
const (
	maxCoverTries = 16
	maxIndexWords = 8
)

// familyTicks finds, within one group of Roots, how many ticks a family
// had carried records in before the group's template: its longest-lived
// member's, reduced for a member that carries the template by its ticks
// since (the longest, not the sum: members of one family often log in the
// same ticks, and a family's time is not its members' added up).
type familyTicks struct {
	ms      []Member
	members []int32 // member indices by family root, the most ticks first
	start   []int32 // by family root: its members in members[start[a]:start[a+1]]
	since   []int64 // by member, within one group: its ticks since the template, plus one (0: no use)
	memo    []int64 // by family root, within one group: before(a) plus one (0: not yet)
	touched []int32 // the families memo holds
	marked  []int32 // the members since holds
}

// newFamilyTicks indexes the members of ms by their family (fam: each
// member's family root).
func newFamilyTicks(ms []Member, fam []int32) *familyTicks {
	t := &familyTicks{ms: ms, members: make([]int32, len(ms)), start: make([]int32, len(ms)+1),
		since: make([]int64, len(ms)), memo: make([]int64, len(ms))}
	for i := range ms { // a counting sort by family
		t.start[fam[i]+1]++
	}
	for a := range ms {
		t.start[a+1] += t.start[a]
	}
	next := slices.Clone(t.start[:len(ms)])
	for i := range ms {
		t.members[next[fam[i]]] = int32(i)
		next[fam[i]]++
	}
	for a := range ms {
		if seg := t.members[t.start[a]:t.start[a+1]]; len(seg) > 1 {
			slices.SortFunc(seg, func(x, y int32) int { return cmp.Compare(ms[y].Ticks, ms[x].Ticks) })
		}
	}
	return t
}

// mark notes that member i carries the group's template, with sinceTicks
// ticks since it trusted it.
func (t *familyTicks) mark(i int32, sinceTicks int64) {
	t.since[i] = max(sinceTicks, 0) + 1
	t.marked = append(t.marked, i)
}

// before is family a's ticks before the group's template: its members'
// most, each reduced by its ticks since when it carries the template. The
// members come the most ticks first, so the first that does not carry
// the template ends the walk (no later one has more).
func (t *familyTicks) before(a int32) int64 {
	if m := t.memo[a]; m > 0 {
		return m - 1
	}
	var best int64
	for _, i := range t.members[t.start[a]:t.start[a+1]] {
		n := t.ms[i].Ticks
		if s := t.since[i]; s > 0 {
			best = max(best, n-(s-1))
			continue
		}
		best = max(best, n)
		break
	}
	t.memo[a] = best + 1
	t.touched = append(t.touched, a)
	return best
}

// clear forgets the group's marks and memos.
func (t *familyTicks) clear() {
	for _, i := range t.marked {
		t.since[i] = 0
	}
	t.marked = t.marked[:0]
	for _, a := range t.touched {
		t.memo[a] = 0
	}
	t.touched = t.touched[:0]
}

// Explained reports whether a member whose family had records records
// before it trusted a template is one value of that template's slot, whose
// young values (the head and the largest aside) carried others records
// since they trusted it; Roots asks it of ticks too.
func Explained(records, others int64) bool { return others >= records }

// TargetsOf is Targets from Roots(ms): every member folded into another,
// with the fingerprint it folds into (nil for none).
func TargetsOf(ms []Member, root []int) map[string]string {
	var out map[string]string
	for i, r := range root {
		if r != i {
			if out == nil {
				out = map[string]string{}
			}
			out[ms[i].Fingerprint] = ms[r].Fingerprint
		}
	}
	return out
}
