// Package logtemplate mines log templates online: every message is masked
// (package mask), then clustered with the templates seen so far. A template
// is the masked token sequence with "<*>" for variables.
//
// Most of the work is done by the masking, so the first template seen for
// an event is usually final. Clustering only repairs what masking cannot
// know: templates are grouped by token count and first token, and a message
// joins the template of its group that it matches best when every differing
// position is plausibly a value and more than Similarity of the template's
// constant tokens agree. Plausible values are: two variables, the values of
// one key ("name=a," and "name=b,"; not the texts of a message key,
// logfmt's msg="..."), numbered names ("CPU0", "CPU1"), single
// words in the same brackets ("(eadmin1)"), a word where others have a
// variable, and units after a variable ("877.0 B" and "6.0 KB", absorbed
// into the variable), an empty and a filled value of one key or bracket
// ("logname=" and "logname=alice", "()" and "(host)"), and the columns of
// a comma-separated record that differ only by such values (columnsJoin).
// Two different plain
// words do not merge, so "VM Started" and "VM Paused" stay two templates,
// until EnumerationValues words have been seen at one position of otherwise
// equal templates: then the position is a slot a program fills (user,
// unit, method names). Two CamelCase type names merge at once ("raised
// ValueError('<*>')" and "raised KeyError('<*>')": the class of a caught
// exception). Words at two positions that cross (four templates,
// two words at each, every pair seen) are two slots at once: words that
// name an event do not cross, values filled in independently do (words:
// a corner with a variable where the message has a word is a slot, no
// word of the rectangle). In a
// record of keyed fields a bare word is a slot once seen with
// KeyedEnumerationValues words (not the words of a message that ends in
// ':' before the fields: "claimed lease: owner=..." names its event), and
// a run of flags between keyed fields ("ACK PSH") one slot once its
// length varies. Two qualified names ("Acme.Api.Orders.Get") are values
// of one slot at once. A message that lacks, or adds, one parenthetical
// segment of a template joins it ("<*> bytes sent", "<*> bytes (<*> KB)
// sent"). The differing positions become "<*>" with their common key and
// punctuation kept, and a template that comes to cover another of its
// group absorbs it. The first position, which keys the groups, is
// enumerated the same way across groups (firstSlot): a service's or job's
// name written first ("imap-login: Login: user=<*>, ...") is a slot once
// seen with as many words as any other position needs, the rest agreeing.
// A short template (fewer than MinPositional tokens) never gives up its
// last word, and one of variables only takes no message with words: it
// would say nothing of which event it is. Values are also counted per
// position over the templates of a length that differ by words at one or
// two places (slots): a position with EnumerationValues words is a slot
// even when no two templates differ there alone (a job's name and its
// result vary independently).
//
// Values of several words are learned the same way, across token counts:
// free text after a separator ("error from <*>: connection reset by
// peer", Go's "%s: %w"; or after the last key, a value written unquoted,
// "error=connection reset by peer", its tails each written twice) becomes
// one tail variable once EnumerationValues
// different tails share the prefix (not tails that open with a verb in
// the past tense, "associated", "disconnected due to ...": the verb names
// the event; nor the messages after a kernel device header, "XFS info
// (device <*>):"; nor a sentence after a parenthesis the prefix opened,
// "(id: <*>). Retried ..."), and an enclosure ("(<*>)", "[<*>]:") is one slot whatever
// the number of its words (a bracket written apart from its content,
// "[ KE SA ]", and one with a pair nested inside, too; a quoted one
// first, "'Living Room': ...", keys no group; the template the slot makes
// is checked for an enumeration as a message's is); a list of
// variables in square brackets ("[<*> <*>]", Go's fmt of a slice) is one
// token "[<*>]", and two runs of one padding character ("*****", a
// banner padded to a width) are one value; a sentence in one
// enclosure where another message of that shape has another sentence is
// one slot at once (a reason; two words closed by "!", "." or "?" are a
// sentence, "[Socket Error!]"), and a capitalized verb followed by titles
// ("Started <*>.") is one template after EnumerationValues titles. A
// value with spaces between keyed fields, written unquoted by printf's
// "key=%s" ("command=bash -c curl pid=<*>"), is its key's value: the
// template a one-word value made takes it, else the runs are learned as
// tails are; a template with runs, words in an enclosure or a tail after
// a key is re-checked as its records double (rejoin), so evidence that
// completes when a text is written again, and a slot's template that
// caught up with an older one, are not missed. A
// progress report's result ("checking for gawk... gawk") is a variable
// from first sight, and a new template absorbs the older ones of its
// group that kept a name where it has a variable (a positional record of
// variables only, whatever word they kept, when they carried no more
// records than it; any template, the plain words it would take as a
// message's, once it matched more records itself: absorbWords; a first-position slot, those of other groups with a
// word first, whichever came first, and a word it or firstSlot took so is
// a value of the first position wherever one constant word agrees). A JSON record
// whose first members its template makes variables is grouped with that
// template. Two configured names
// ("http-in", "api_front") are values of one slot; a quoted word, like a
// keyed one (after "=" or Ruby's "=>"), is a variable from first sight.
//
// Memory is bounded: MaxTemplates live templates (evicted one-off first:
// Miner.victim), an exact-match cache of MaxCache masked messages (cleared when
// full), MaxMessageBytes scanned per message and MaxTokens per template.
// Every bound hit is counted in Stats. A Miner is deterministic: the same
// messages in the same order give the same templates.
package logtemplate

import (
	"cmp"
	"container/heap"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/cespare/xxhash/v2"

	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
)

// Config configures a Miner.
type Config struct {
	// MaxTemplates bounds the number of live templates (one-off templates
	// evicted first, least recently used among them: Miner.victim).
	MaxTemplates int `mapstructure:"max_templates"`
	// MaxCache bounds the exact-match cache of masked messages; the cache
	// is cleared when full.
	MaxCache int `mapstructure:"max_cache"`
	// MaxMessageBytes bounds the bytes of a message that are scanned.
	MaxMessageBytes int `mapstructure:"max_message_bytes"`
	// MaxTokens bounds the tokens of a template; longer messages keep their
	// first MaxTokens-1 tokens and end with one "<*>".
	MaxTokens int `mapstructure:"max_tokens"`
	// MaxGroupSize bounds the templates compared with a new message (those
	// of one token count and first token); a full group that needs a new
	// template evicts one (one-off templates first: create).
	MaxGroupSize int `mapstructure:"max_group_size"`
	// Similarity is the fraction of a template's constant tokens that a
	// message must match (equal, or a value of the same key), strictly, to
	// join it; every other differing position must be a plausible value.
	Similarity float64 `mapstructure:"similarity"`
	// Rules are user masking rules applied before the built-ins.
	Rules []mask.Rule `mapstructure:"rules"`
}

// DefaultConfig returns the one configuration meant for every kind of log.
func DefaultConfig() Config {
	return Config{
		MaxTemplates:    10000,
		MaxCache:        65536,
		MaxMessageBytes: 16 << 10,
		MaxTokens:       256,
		MaxGroupSize:    64,
		Similarity:      0.5,
	}
}

// Validate reports the first invalid field.
func (c Config) Validate() error {
	switch {
	case c.MaxTemplates <= 0:
		return fmt.Errorf("max_templates: must be positive, got %d", c.MaxTemplates)
	case c.MaxCache <= 0:
		return fmt.Errorf("max_cache: must be positive, got %d", c.MaxCache)
	case c.MaxMessageBytes <= 0:
		return fmt.Errorf("max_message_bytes: must be positive, got %d", c.MaxMessageBytes)
	case c.MaxTokens < 2:
		return fmt.Errorf("max_tokens: must be at least 2, got %d", c.MaxTokens)
	case c.MaxGroupSize <= 0:
		return fmt.Errorf("max_group_size: must be positive, got %d", c.MaxGroupSize)
	case !(c.Similarity >= 0 && c.Similarity < 1):
		return fmt.Errorf("similarity: must be in [0, 1), got %v", c.Similarity)
	}
	if _, err := mask.New(c.Rules, c.MaxMessageBytes); err != nil {
		return fmt.Errorf("rules: %w", err)
	}
	return nil
}

// Result is the template a message belongs to right now.
type Result struct {
	// Template is interned: the same string value until it generalizes.
	Template string
	// ID is xxhash64 of Template: it changes when the template generalizes
	// (fingerprint ids of logs hash Masked instead).
	ID uint64
	// Masked is the message as masked: a function of the message alone.
	Masked string
	// New reports that the message created a template.
	New bool
	// Form is fingerprint.IDForm(Masked), computed once per masked form
	// and kept in the exact cache with it: a caller that hashes the id
	// form reuses it instead of computing it again.
	Form string
}

// Stats counts the miner's work and the bounds it hit.
type Stats struct {
	Processed   uint64 // messages processed
	Active      int    // live templates
	Created     uint64 // templates created
	Generalized uint64 // templates that gained a wildcard
	Absorbed    uint64 // templates merged into an equal one
	Evicted     uint64 // templates evicted by MaxTemplates or MaxGroupSize
	CacheResets uint64 // exact-match cache cleared by MaxCache
	Truncated   uint64 // messages cut by MaxMessageBytes or MaxTokens
}

type cluster struct {
	tokens   []string // template tokens; "<*>" for variables
	template string
	id       uint64
	key      groupKey
	parent   *cluster // set when absorbed
	rest     uint64   // restKey of tokens, the key of its entry in Miner.rests
	dead     bool
	runs     bool // it has value runs between keyed fields (valueRuns)
	spans    bool // it has an enclosure of several words (wordSpans)
	tail     bool // it ends in free text after a key (keyedTail)
	once     bool // on Miner.once: it carried one record (victim)
	count    uint64
	taken    uint64   // of count, the records of the templates it absorbed: not its own (own)
	lastUsed uint64   // logical clock
	age      *uint64  // its group's age, shared by the group; nil until it evicted by weight (create)
	base     uint64   // the group's age at its last record: its weight is base+count
	gbase    uint64   // the miner's age (Miner.age) at its last record: its weight for the global bound is gbase+count
	hw, hl   uint64   // its weight and lastUsed when last placed in Miner.heavy (lower bounds: both only grow)
	hi       int      // its index in Miner.heavy, -1 when not there
	waiting  *waiting // a tail template's tails weighedTails left out
	prev     *cluster
	next     *cluster
}

// exactEntry is an exact-cache hit: the cluster, the interned masked
// message and its id form (most often the same string: no copy).
type exactEntry struct {
	c            *cluster
	masked, form string
}

type groupKey struct {
	n     int
	first string
}

// Miner is an online template miner, safe for concurrent use.
type Miner struct {
	cfg    Config
	masker *mask.Masker
	pool   sync.Pool // *scratch

	mu     sync.Mutex
	exact  map[string]exactEntry
	forms  map[string]*cluster // fingerprint.IDForm of a masked message -> its cluster
	groups map[groupKey][]*cluster
	rests  map[uint64][]*cluster // restKey -> live templates (firstSlot)
	// firstValues are the words absorbFirstWords took as values of the
	// first position (a worker's name a template with a variable there
	// covered), at most MaxFirstValues
	firstValues firstValueSet
	// the live templates in two lists, most recent first (sentinels):
	// those that carried one record (once, onceN of them) and the others
	// (lru, also in heavy, by weight); victim evicts from them
	lru    cluster
	once   cluster
	onceN  int
	heavy  heavyHeap
	age    uint64 // the global bound's age (victim): the weight of its templates is gbase+count
	active int
	clock  uint64
	toks   []string
	st     Stats
}

type scratch struct{ buf []byte }

// New returns a Miner.
func New(cfg Config) (*Miner, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	mk, err := mask.New(cfg.Rules, cfg.MaxMessageBytes)
	if err != nil {
		return nil, err
	}
	m := &Miner{
		cfg:    cfg,
		masker: mk,
		exact:  make(map[string]exactEntry),
		forms:  make(map[string]*cluster),
		groups: make(map[groupKey][]*cluster),
		rests:  make(map[uint64][]*cluster),

		firstValues: firstValueSet{uses: make(map[string]*firstValue)},
	}
	m.lru.next, m.lru.prev = &m.lru, &m.lru
	m.once.next, m.once.prev = &m.once, &m.once
	m.pool.New = func() any { return &scratch{buf: make([]byte, 0, 512)} }
	return m, nil
}

// Mask returns the masked form of msg as the miner sees it.
func (m *Miner) Mask(msg string) string { return m.masker.String(msg) }

// Prefetch hints that msg is processed next (mask.Masker.Prefetch): it
// changes nothing.
func (m *Miner) Prefetch(msg string) { m.masker.Prefetch(msg) }

// Process assigns msg to a template.
func (m *Miner) Process(msg string) Result {
	sc := m.pool.Get().(*scratch)
	buf, trunc := m.masker.Append(sc.buf[:0], msg)
	sc.buf = buf
	m.mu.Lock()
	m.st.Processed++
	if trunc {
		m.st.Truncated++
	}
	m.clock++
	if e, ok := m.exact[string(buf)]; ok {
		c := resolve(e.c)
		if !c.dead {
			m.touch(c)
			if c.count&(c.count-1) == 0 {
				// at each doubling of its records, as slow does at each
				// new shape: a first slot takes the word templates it
				// now carries as many records as (absorbFirstWords)
				m.absorbFirstWords(c)
				c = resolve(c)
				m.absorbWords(c)
			}
			if c.runs || c.spans || c.tail {
				c = m.rejoin(c)
			}
			r := Result{Template: c.template, ID: c.id, Masked: e.masked, Form: e.form}
			m.mu.Unlock()
			m.pool.Put(sc)
			return r
		}
	}
	r := m.slow(buf)
	m.mu.Unlock()
	m.pool.Put(sc)
	return r
}

// own is the records c matched itself, not those of the templates it
// absorbed: the count guards weigh a template by them (absorbCovered,
// absorbFirstWords), or records it took from one established template
// would lift it over the next (one-off templates a forger made first, or
// a word template taken at an earlier call).
func (c *cluster) own() uint64 { return c.count - c.taken }

func resolve(c *cluster) *cluster {
	for c.parent != nil {
		c = c.parent
	}
	return c
}

func (m *Miner) touch(c *cluster) {
	c.count++
	c.lastUsed = m.clock
	c.gbase = m.age
	if c.age != nil {
		c.base = *c.age
	}
	if c.waiting != nil && c.count >= c.waiting.next {
		m.weighAgain(c)
	}
	head := &m.lru
	if c.once {
		if c.count > 1 {
			c.once = false // its second record: one of the others
			m.onceN--
			heap.Push(&m.heavy, c)
		} else {
			head = &m.once
		}
	}
	if head.next != c {
		c.prev.next, c.next.prev = c.next, c.prev
		pushFront(head, c)
	}
}

// pushFront links c first in the list of sentinel head.
func pushFront(head, c *cluster) {
	c.next, c.prev = head.next, head
	head.next.prev = c
	head.next = c
}

// carried moves c, which now carries more than one record (it absorbed
// others, or a snapshot restored it), from the one-off templates to the
// front of the others.
func (m *Miner) carried(c *cluster) {
	if c.once && c.count > 1 && c.next != nil {
		c.prev.next, c.next.prev = c.next, c.prev
		c.once = false
		m.onceN--
		pushFront(&m.lru, c)
		heap.Push(&m.heavy, c)
	}
}

// victim returns the template the global bound (MaxTemplates) evicts:
// the least recently used of those that carried one record, while they
// are more than a quarter of the bound; else the one of the least weight
// among the others: its records plus the miner's age when it last took
// one (LFU with dynamic aging, as a full group's bound, create), the
// least recently used among equals. So no flood of one-off messages,
// whatever their groups, evicts a template that carried more (its count
// is what the forged-record guards weigh: evicted, it would come back
// counting from one); the quarter kept for one-off templates is the
// window in which a new event's template must recur to stay, so the
// templates of events written before a deploy leave for those written
// after it (one-off templates first with no such window evicted each new
// template at the next one made). The age rises by one at each eviction
// by weight, to at most the weight evicted (a group's age takes that
// weight at once): a template evicted because all others weigh more
// (a new template must get in) lends its weight to none, so templates
// written twice turn over among themselves, and an idle template of n
// records leaves only once about n templates were evicted by weight
// since its last record (h117: 64 forged messages written twice evicted
// 57 of 64 established templates of 50 records, the lightest of the
// eight least recently used whatever their records). Each record makes
// at most one entry of heavy stale (its weight only grows), which victim
// sets right as it meets it: O(log n) per record and eviction, amortized.
func (m *Miner) victim() *cluster {
	for c := m.once.prev; c != &m.once; c = m.once.prev {
		if c.count > 1 { // carried more since (not through absorb)
			m.carried(c)
			continue
		}
		if m.onceN > m.cfg.MaxTemplates/4 || len(m.heavy) == 0 {
			return c
		}
		break
	}
	if len(m.heavy) == 0 {
		return &m.lru // none (evictCluster ignores the sentinel)
	}
	for {
		v := m.heavy[0]
		if w := v.gbase + v.count; w != v.hw || v.lastUsed != v.hl {
			v.hw, v.hl = w, v.lastUsed
			heap.Fix(&m.heavy, 0)
			continue
		}
		m.age = max(m.age, min(v.hw, m.age+1))
		return v
	}
}

// heavyHeap is a container/heap of the templates that carried more than
// one record, the lightest first (hw, then hl: the weight and recency
// each had when last placed, which victim sets right when stale).
type heavyHeap []*cluster

func (h heavyHeap) Len() int { return len(h) }
func (h heavyHeap) Less(i, j int) bool {
	return h[i].hw < h[j].hw || h[i].hw == h[j].hw && h[i].hl < h[j].hl
}
func (h heavyHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].hi, h[j].hi = i, j
}
func (h *heavyHeap) Push(x any) {
	c := x.(*cluster)
	c.hw, c.hl, c.hi = c.gbase+c.count, c.lastUsed, len(*h)
	*h = append(*h, c)
}
func (h *heavyHeap) Pop() any {
	old := *h
	c := old[len(old)-1]
	old[len(old)-1] = nil
	c.hi = -1
	*h = old[:len(old)-1]
	return c
}

// slow handles a masked message not in the exact cache.
func (m *Miner) slow(buf []byte) Result {
	masked := string(buf)
	toks := valueLists(m.split(masked))
	key := groupKey{n: len(toks), first: firstKey(toks)}
	// A message whose id form (fingerprint.IDForm: the slots a program
	// fills by convention) equals that of a template's message belongs to
	// it: the template never splits what the fingerprint id unites.
	form := fingerprint.IDForm(masked)
	best, bestSim := m.formCluster(form), -1
	if best == nil {
		// a run of flags the templates hold as a slot is one token
		if t := m.flagSlot(key, toks); len(t) != len(toks) {
			toks, key = t, groupKey{n: len(t), first: key.first}
		}
	}
	for _, c := range m.groups[key] {
		if best != nil {
			break
		}
		sim, ok := m.similarity(c.tokens, toks)
		if ok && sim > bestSim {
			best, bestSim = c, sim
		}
	}
	isNew := false
	switch {
	case best != nil && len(best.tokens) != len(toks):
		// the same id form, another token count (a field whose value has
		// spaces): the family's template stays, but learns from the
		// record's tokens as a new template would have them (a list
		// member's quoted request as one value, a value with spaces as
		// one): "server: worker7.lan," joins "server: <*>,"
		if t := formTokens(append([]string(nil), toks...), form, masked); len(t) == len(best.tokens) {
			m.generalize(best, t)
			best = resolve(best)
		}
		m.touch(best)
	case best != nil:
		m.generalize(best, toks)
		best = resolve(best)
		m.touch(best)
		m.absorbRuns(best)
		// a template with a variable first takes the older ones with a
		// word there once it carries as many records (absorbFirstWords),
		// whichever came first
		m.absorbFirstWords(best)
		best = resolve(best)
		m.absorbWords(best)
		if best.runs || best.spans || best.tail {
			best = m.rejoin(best)
		}
	default:
		// optional touches what it returns; its tokens do not align
		if best = m.optional(key, toks); best != nil {
			break
		}
		if best = m.enumerated(key, toks); best != nil {
			break
		}
		if best = m.firstSlot(key, toks); best != nil {
			break
		}
		if best = m.slots(key, toks); best != nil {
			break
		}
		if best = m.span(key, toks); best != nil {
			break
		}
		if best = m.flags(key, toks); best != nil {
			break
		}
		if best = m.keyedRuns(key, toks); best != nil {
			break
		}
		if best = m.tail(key, toks); best != nil {
			break
		}
		if best = m.predicate(key, toks); best != nil {
			break
		}
		toks = formTokens(toks, form, masked)
		best = m.create(groupKey{n: len(toks), first: firstKey(toks)}, toks)
		m.absorbCovered(best)
		// a new template with a variable in an enclosure takes the older
		// ones with words there, as it would take their messages (span)
		m.absorbSpans(best)
		m.absorbFirstWords(resolve(best))
		best = resolve(best)
		m.absorbWords(best)
		isNew = true
	}
	if len(m.exact) >= m.cfg.MaxCache {
		clear(m.exact)
		m.st.CacheResets++
	}
	if len(m.forms) >= m.cfg.MaxCache {
		clear(m.forms)
	}
	if c, ok := m.forms[form]; !ok || resolve(c).dead {
		m.forms[form] = best // first come; an evicted template's form is free again
	}
	m.exact[masked] = exactEntry{c: best, masked: masked, form: form}
	return Result{Template: best.template, ID: best.id, New: isNew, Masked: masked, Form: form}
}

// formCluster returns the live cluster of a message with id form form, or
// nil.
func (m *Miner) formCluster(form string) *cluster {
	c, ok := m.forms[form]
	if !ok {
		return nil
	}
	c = resolve(c)
	if c.dead {
		return nil
	}
	return c
}

// formTokens returns the tokens of a new template: toks with the slots
// that the id form (fingerprint.IDForm) marks turned into variables, and
// those of fingerprint.WordSlots, so
// that a template is general from its first message on where the record
// says which parts are values ("level=info" -> "level=<*>", "alice :
// TTY=..." -> "<*> : TTY=..."). Tokens are rewritten in place; when the
// id form has another token count (a value with spaces) toks is returned
// as it is.
func formTokens(toks []string, form, masked string) []string {
	for i, t := range toks {
		if strings.Contains(t, `":"`) {
			toks[i] = jsonWordMembers(t)
		}
	}
	n := len(toks)
	toks = listMembers(toks)
	toks = keyedLists(toks)
	if len(toks) != n {
		// a list made one token: the word slots and the id form are
		// those of the tokens as they are now, or they align only by
		// chance ("request: \"GET <*>\"," one token, and another
		// value of two tokens collapsed elsewhere)
		masked = strings.Join(toks, " ")
		form = fingerprint.IDForm(masked)
	}
	// (a masked pair of names, "<*>/<*>", is one value to the record's
	// structure, as in the id form: a positional record counts it so)
	in := masked
	if strings.Contains(in, pairWild) {
		in = pairsAsOne(in)
	}
	ws := fingerprint.WordSlots(in)
	if n := strings.Count(ws, " ") + 1; ws != in && n < len(toks) {
		// a slot of several words (the cause of a wrapped error): the
		// template has one "<*>" where the record has the words
		if c := collapsedRuns(toks, strings.Split(ws, " ")); c != nil {
			// and the keyed slots of the id form, which has the slot
			// collapsed too (logfmt's level=debug before a quoted
			// message that ends in a cause)
			if form != "" && strings.Count(form, " ") == len(c)-1 {
				c = formSlots(c, form, true, strings.Contains(form, " ; "))
			}
			return c
		}
	}
	if ws != in && strings.Count(ws, " ") == len(toks)-1 {
		// the word slots of the record's structure (the subject of "for
		// <name> from <*>", the fields of a positional record, ...): the
		// record says they are values, from its first sight on
		for i := range toks {
			w := ws
			if k := strings.IndexByte(ws, ' '); k >= 0 {
				w, ws = ws[:k], ws[k+1:]
			}
			if w != toks[i] && strings.Contains(w, mask.Wildcard) && !(i == 1 && clfIdent(toks)) {
				if pairToken(toks[i]) && w == mask.Wildcard+toks[i][len(pairWild):] {
					continue // the masked pair that pairsAsOne made one
				}
				if w == mask.Wildcard && namePair(toks[i]) {
					// a pair of names is a value of each ("<*>/<*>")
					toks[i] = pairWild
					continue
				}
				if n := optionDashes(toks[i]); n > 0 && strings.HasPrefix(w, mask.Wildcard) {
					w = toks[i][:n] + w // "-<*>": the option's dash stays
				}
				toks[i] = w
			}
		}
	}
	if len(form) == 0 {
		return toks
	}
	// with another token count (a value with spaces: sudo's COMMAND=),
	// the tokens align up to the first one that differs otherwise
	same := strings.Count(form, " ") == len(toks)-1
	fields := strings.Contains(form, " ; ")
	toks = formSlots(toks, form, same, fields)
	if !same {
		// then the value with spaces is one "<*>" when the rest is the
		// form's: "COMMAND=<*>" for "COMMAND=<*> restart cron"
		if c := collapsed(toks, strings.Split(form, " ")); c != nil {
			return c
		}
	}
	return toks
}

// pairWild is a pair of names the masking found values in ("static/web1",
// "prod/web-5d9c-x7k2p": mask.Masker writes each name as a value).
const pairWild = mask.Wildcard + "/" + mask.Wildcard

// pairToken reports a token that is a masked pair, perhaps followed by
// punctuation ("<*>/<*>", "<*>/<*>,").
func pairToken(t string) bool {
	return strings.HasPrefix(t, pairWild) && strings.Trim(t[len(pairWild):], ".,;:)]") == ""
}

// pairsAsOne returns masked with every token that is a masked pair written
// as one variable, its punctuation kept.
func pairsAsOne(masked string) string {
	toks := strings.Split(masked, " ")
	for i, t := range toks {
		if pairToken(t) {
			toks[i] = mask.Wildcard + t[len(pairWild):]
		}
	}
	return strings.Join(toks, " ")
}

// namePair reports two names joined by one slash, each a name (a letter,
// then letters, digits, '_' or '-') or a variable: a member after the group
// that holds it (a proxy's backend and its server, "api_back/api-a"; a
// Kubernetes namespace and object). Each name is a value of its own, as the
// masking writes a pair it found values in.
func namePair(t string) bool {
	k := strings.IndexByte(t, '/')
	if k <= 0 || k >= len(t)-1 || strings.IndexByte(t[k+1:], '/') >= 0 {
		return false
	}
	return pairName(t[:k]) && pairName(t[k+1:])
}

// pairDiffers reports two pairs of names that differ in both names.
func pairDiffers(t, u string) bool {
	k, l := strings.IndexByte(t, '/'), strings.IndexByte(u, '/')
	return t[:k] != u[:l] && t[k+1:] != u[l+1:]
}

func pairName(s string) bool {
	if s == mask.Wildcard {
		return true
	}
	if !('a' <= s[0] && s[0] <= 'z' || 'A' <= s[0] && s[0] <= 'Z') {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// clfIdent reports a record of the Common Log Format (NCSA: "host ident
// authuser [date] \"request\" ...", the masked host first) whose ident
// field, its second, is a dash. The ident of RFC 1413 is "-" unless the
// server asks the client's identd, which none does by default (Apache's
// IdentityCheck is off; nginx has no such lookup and writes the dash as
// literal text of its "combined" format: "$remote_addr - $remote_user"),
// so a new template keeps the dash where it keeps the other constants
// (the id form has a variable there: the field is one); a record with a
// name there generalizes it (joinable takes a value at a dash). The user
// field after it is a value from first sight, dash or name.
func clfIdent(toks []string) bool {
	return len(toks) > 4 && toks[0] == mask.Wildcard && dashOnly(toks[1]) && strings.HasPrefix(toks[3], "[") && strings.HasPrefix(toks[4], `"`)
}

// listMembers returns toks with the quoted value of a member ", key:
// \"...\"" of a comma-separated list, several tokens with a variable among
// them, as one "\"<*>\"" (nginx's error log: "client: <*>, server: <*>,
// request: \"GET <*>\", host: ..."; the id form's list members): the
// request line there is the request that failed, not the event.
func listMembers(toks []string) []string {
	for i := 1; i+2 < len(toks); i++ {
		k := toks[i]
		if !strings.HasSuffix(toks[i-1], ",") || len(k) < 2 || k[len(k)-1] != ':' || !keyWord(k[:len(k)-1]) || len(toks[i+1]) < 2 || toks[i+1][0] != '"' || strings.Count(toks[i+1], `"`) != 1 {
			continue
		}
		j := i + 2
		for j < len(toks) && !strings.Contains(toks[j], `"`) {
			j++
		}
		if j == len(toks) {
			return toks
		}
		end := toks[j]
		q := strings.IndexByte(end, '"')
		if rest := end[q+1:]; q != len(end)-1 && rest != "," || strings.Count(end, `"`) != 1 || !holdsValue(toks[i+1:j+1]) {
			i = j
			continue
		}
		out := append(append(append(make([]string, 0, len(toks)-(j-i-1)), toks[:i+1]...), `"`+mask.Wildcard+end[q:]), toks[j+1:]...)
		return listMembers(out)
	}
	return toks
}

// keyedLists returns toks with the bracketed list that is the value of a
// key ("key=[...]", one token or several) as one "[<*>]", the key and the
// brackets kept: the key names the list, whose members and their number
// vary with each record (EF Core's "[Parameters=[@p0='<*>', @p1='<*>'],
// CommandType=..."), as the id form takes it whole. A list of constant
// words stays ("modes=[read write]"), and so does an empty one.
func keyedLists(toks []string) []string {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		k := strings.Index(t, "=[")
		if k <= 0 || !keyWord(strings.TrimLeft(t[:k], "[({")) {
			continue
		}
		// the closing bracket: depth counted over the tokens
		depth, j, end := 0, i, -1
		for ; j < len(toks) && end < 0; j++ {
			u := toks[j]
			from := 0
			if j == i {
				from = k + 1
			}
			for m := from; m < len(u); m++ {
				switch u[m] {
				case '[':
					depth++
				case ']':
					depth--
					if depth == 0 {
						end = m
					}
				}
				if end >= 0 {
					break
				}
			}
		}
		if end < 0 {
			return toks
		}
		j-- // the token that closes the list
		inner := strings.Join(toks[i:j+1], " ")
		inner = inner[k+2 : len(inner)-(len(toks[j])-end)]
		if !hasWild(inner) || inner == mask.Wildcard {
			// an empty list stays until a record fills it (Loghub's
			// OpenStack: "pci_stats=[]" in every record)
			continue
		}
		v := t[:k+2] + mask.Wildcard + toks[j][end:]
		toks = append(append(toks[:i], v), toks[j+1:]...)
	}
	return toks
}

// keyWord reports a key of letters, digits, '_', '-' and '.'.
func keyWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// formSlots rewrites the tokens that formTokens takes from the id form,
// up to the first token that differs otherwise when the token counts
// differ (same false).
func formSlots(toks []string, form string, same, fields bool) []string {
	for i := 0; i < len(toks) && form != ""; i++ {
		f := form
		if k := strings.IndexByte(form, ' '); k >= 0 {
			f, form = form[:k], form[k+1:]
		} else {
			form = ""
		}
		// only the values of keys: the record names them ("key=value",
		// JSON's "key":value); other slots of the id form are left to the
		// miner, which keeps a constant until it has seen it vary
		t := toks[i]
		if t[0] == '(' && strings.HasPrefix(f, mask.Wildcard+"(") {
			// the id form's empty name before a bracketed key ("by
			// (uid=<*>)" as "by news(uid=<*>)"): the record has none
			f = f[len(mask.Wildcard):]
		}
		switch {
		case f == t:
		case emptySlot(t, f):
			// an empty bracket or quote: the empty value of a slot
			toks[i] = f
		case strings.Count(t, "=") == 1 && keyedWilds(t, f):
			toks[i] = f
		case strings.Count(t, "=")+strings.Count(t, `":`) == 1 && keyedValue(t, f):
			toks[i] = slotToken(t, f, true)
		case quotedValue(t, f):
			toks[i] = slotToken(t, f, false)
		case same && f == mask.Wildcard && i == len(toks)-1 && !hasWild(t) && progressQuestion(toks[:i]):
			// the result of a progress report ("checking for gawk...
			// gawk"): the id form says so, and only there does a last
			// word become "<*>" where the masking kept it
			toks[i] = mask.Wildcard
		case i == 0 && f == mask.Wildcard && fields && len(toks) > 1 && toks[1] == ":":
			// the subject of a record of " ; "-separated fields (sudo's
			// "alice : TTY=... ; USER=root ; COMMAND=..."): the user
			toks[i] = mask.Wildcard
		case f != t && strings.ContainsRune(t, '{') && fingerprint.StructFields(t) == f:
			// the fields of a struct printed whole ("&Meta{Name:web,
			// Attempt:<*>,}"): the record names the values, as in
			// key=value
			toks[i] = f
		case listValue(toks, i, f):
			// the value of a member ", key: value" of a list (nginx's
			// "client: <*>, server: worker7.lan, request: ..."): the key
			// names it, as in key=value
			toks[i] = f
		case !same:
			return toks
		}
	}
	return toks
}

// listValue reports that toks[i] is the one-token value of a member ",
// key: value" of a comma-separated list that its id form f makes one
// variable ("<*>", "<*>,"), and the masking kept.
func listValue(toks []string, i int, f string) bool {
	if i < 2 || !strings.HasSuffix(toks[i-2], ",") || hasWild(toks[i]) || strings.ContainsAny(toks[i], `"'([{`) {
		return false
	}
	k := toks[i-1]
	if len(k) < 2 || k[len(k)-1] != ':' || !keyWord(k[:len(k)-1]) {
		return false
	}
	t := toks[i]
	rest := t[len(strings.TrimRight(t, ",")):]
	return f == mask.Wildcard+rest
}

// emptySlot reports that token t is an empty enclosure, perhaps followed by
// punctuation ("[]", "\"\",", "()"), that its id form f fills with one
// "<*>": a program printed an empty value into a slot it brackets or quotes
// (Spring's "path []", Java's "For input string: \"\""), so the slot is a
// variable from first sight. A word in the enclosure is left to the miner
// (Loghub-2k: "[error]", "(pam_unix)" are constants), and so is a glued
// pair ("foo()": a call).
func emptySlot(t, f string) bool {
	if len(t) < 2 || len(f) != len(t)+len(mask.Wildcard) || f[:1] != t[:1] || f[1:1+len(mask.Wildcard)] != mask.Wildcard || f[1+len(mask.Wildcard):] != t[1:] {
		return false
	}
	o, c := t[0], t[1]
	if strings.Trim(t[2:], ",.;:") != "" {
		return false
	}
	return o == '(' && c == ')' || o == '[' && c == ']' || o == '{' && c == '}' || (o == '\'' || o == '"') && c == o
}

// collapsed returns ws when it is toks with one run of tokens replaced by
// one token holding "<*>" (the same prefix and suffix), else nil.
func collapsed(toks, ws []string) []string {
	if len(ws) >= len(toks) {
		return nil // the id form has as many tokens or more: nothing collapsed
	}
	p := 0
	for p < len(ws) && toks[p] == ws[p] {
		p++
	}
	if p == len(ws) {
		p-- // the last token stands for the rest: "COMMAND=<*>"
	}
	s := 0
	for s < len(ws)-p-1 && toks[len(toks)-1-s] == ws[len(ws)-1-s] {
		s++
	}
	if p+s != len(ws)-1 || !strings.Contains(ws[p], mask.Wildcard) {
		return nil
	}
	if a, b := jsonItems(ws[p]), jsonItems(strings.Join(toks[p:len(toks)-s], " ")); a != nil && b != nil {
		// JSON: the members as the record writes them, a string's quotes
		// kept where the id form has a bare "<*>" ("\"host\":\"<*>\"",
		// not "\"host\":<*>"), an object the form takes whole one <*>
		if g, ok := jsonMerge(a, b, true); ok && !strings.ContainsAny(g, " \t") {
			ws[p] = g
		}
	}
	return ws
}

// collapsedRuns is collapsed for word slots that collapsed several runs
// of tokens ("interface {} is nil, not []interface {}" -> "is <*>, not
// <*>"; kube-scheduler's two lists of reasons): each token of ws that
// holds "<*>" and is not the token of toks stands for a run of one or
// more tokens of toks, up to the token that ws has next, and that run
// starts and ends as that token does around its "<*>". Else nil.
func collapsedRuns(toks, ws []string) []string {
	if c := collapsed(toks, ws); c != nil || len(ws) >= len(toks) {
		return c
	}
	i := 0
	for k, w := range ws {
		if i < len(toks) && toks[i] == w {
			i++
			continue
		}
		star := strings.Index(w, mask.Wildcard)
		if star < 0 || i >= len(toks) {
			return nil
		}
		e := len(toks) // the last token of ws takes the rest
		if k+1 < len(ws) {
			e = i + 1
			for e < len(toks) && toks[e] != ws[k+1] {
				e++
			}
			if e == len(toks) {
				return nil
			}
		}
		if !strings.HasPrefix(toks[i], w[:star]) || !strings.HasSuffix(toks[e-1], w[star+len(mask.Wildcard):]) {
			return nil
		}
		i = e
	}
	if i != len(toks) {
		return nil
	}
	return ws
}

// progressQuestion reports tokens that end in the question of a progress
// report: a token ending in an ellipsis, perhaps followed by one word in
// parentheses ("checking for <*>...", "... (cached)"); the id form takes
// the word after it as the result (fingerprint.IDForm).
func progressQuestion(p []string) bool {
	if n := len(p); n >= 2 && enclosedWord(p[n-1]) && p[n-1][0] == '(' {
		p = p[:n-1]
	}
	n := len(p)
	return n > 0 && strings.HasSuffix(p[n-1], "..") && strings.TrimRight(p[n-1], ".") != ""
}

// jsonWordMembers returns t with the string value of every JSON member
// "key":"word" that is a plain word replaced by "<*>" (keys stay, and so do
// the values of the message keys msg, message, event): zap writes a record
// without spaces between members, so one token holds several.
func jsonWordMembers(t string) string {
	var b []byte
	last := 0
	for i := 0; i+2 < len(t); i++ {
		if t[i] != '"' || t[i+1] != ':' || t[i+2] != '"' {
			continue
		}
		k := strings.LastIndexByte(t[:i], '"')
		if k < 1 || t[k-1] != '{' && t[k-1] != ',' {
			continue
		}
		v := i + 3
		e := strings.IndexByte(t[v:], '"')
		if e < 0 {
			break
		}
		if mask.MessageKey(t[k+1 : i]) {
			continue
		}
		if !plainWord(t[v : v+e]) {
			continue
		}
		b = append(b, t[last:v]...)
		b = append(b, mask.Wildcard...)
		last = v + e
		i = last
	}
	if b == nil {
		return t
	}
	return string(append(b, t[last:]...))
}

// keyedValue reports that t and its id form f differ only after a key
// ("level=info," and "level=<*>,", "\"user\":\"bob\"" and
// "\"user\":<*>").
func keyedValue(t, f string) bool {
	p := 0
	for p < len(t) && p < len(f) && t[p] == f[p] {
		p++
	}
	return p > 1 && (t[p-1] == '=' || t[p-1] == ':' && t[p-2] == '"')
}

// quotedValue reports that t and its id form f differ in one quoted word:
// programs quote what they insert into a message ("'%s'", "%q": "KeyError:
// 'order'", "because \"this.repo\" is null", "(Parameter 'index')"), so the
// word is a value from first sight.
func quotedValue(t, f string) bool {
	p := 0
	for p < len(t) && p < len(f) && t[p] == f[p] {
		p++
	}
	if p == 0 && len(t) > 2 && (t[0] == '\'' || t[0] == '"') && strings.HasPrefix(f, mask.Wildcard) {
		// the id form took the quotes with the word (a list member's
		// value, "zone: \"edge\"" -> "zone: <*>")
		e := strings.IndexByte(t[1:], t[0]) + 1
		return e > 1 && t[e+1:] == f[len(mask.Wildcard):] && plainWord(t[1:e])
	}
	return p > 0 && (t[p-1] == '\'' || t[p-1] == '"') && strings.HasPrefix(f[p:], mask.Wildcard+t[p-1:p])
}

// nameWithID reports a value of name bytes ('-', '_', '.', ':' joining
// words) that ends in an id the masking replaced ("service:redis-<*>",
// "web-<*>"): the masking found the value variable, the key names it
// whole, so it is one value from first sight.
func nameWithID(v string) bool {
	w, ok := strings.CutSuffix(v, mask.Wildcard)
	if !ok || w == "" || strings.Contains(w, mask.Wildcard) {
		return false
	}
	if c := w[len(w)-1]; c != '-' && c != '_' {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

// slotToken returns token t with the part where its id form f differs
// turned into one variable; quotes around that part stay ("\"info\","
// and "<*>," give "\"<*>\","). The value of a key that is a name ending
// in an id the masking replaced is one variable (keyed, nameWithID).
func slotToken(t, f string, keyed bool) string {
	p := 0
	for p < len(t) && p < len(f) && t[p] == f[p] {
		p++
	}
	q := 0
	for q < len(t)-p && q < len(f)-p-len(mask.Wildcard) && t[len(t)-1-q] == f[len(f)-1-q] {
		q++
	}
	mid := t[p : len(t)-q]
	if keyed && p > 0 && t[p-1] == '=' && len(mid) > 1 && mid[0] == '>' {
		// Ruby's hash rocket (":tls=>false", ":queue=>:main"): '>' is
		// the separator's, and the value, a word or a symbol, one
		// variable, as the masking writes "=>9600" ("=<*>")
		if w := strings.TrimPrefix(mid[1:], ":"); plainWord(w) {
			return t[:p] + mask.Wildcard + t[len(t)-q:]
		}
		if w := mid[1:]; len(w) > 2 && w[0] == '"' && w[len(w)-1] == '"' && plainWord(w[1:len(w)-1]) {
			return t[:p] + `>"` + mask.Wildcard + `"` + t[len(t)-q:] // a string keeps its quotes
		}
	}
	if len(mid) >= 2 && (mid[0] == '"' || mid[0] == '\'') && mid[len(mid)-1] == mid[0] {
		p, q, mid = p+1, q+1, mid[1:len(mid)-1]
	}
	if joinedValue(mid) {
		// each part a variable, the joins kept ("tenant:<*>" ->
		// "<*>:<*>"), as the masking writes joined values
		parts := strings.Split(mid, ":")
		for k := range parts {
			parts[k] = mask.Wildcard
		}
		return t[:p] + strings.Join(parts, ":") + t[len(t)-q:]
	}
	if !plainWord(mid) && !(keyed && nameWithID(mid)) {
		return t // a value the masking left in parts: the miner's to learn
	}
	return t[:p] + mask.Wildcard + t[len(t)-q:]
}

// keyedWilds reports a keyed value t of variables joined by '-' only
// ("(channelId=<*>-<*>)") where its id form f has one variable
// ("(channelId=<*>)"): the values the masking found joined under one key
// are the one value the key names (Kafka's channel id, a local and a
// remote address and an index).
func keyedWilds(t, f string) bool {
	k := strings.IndexByte(t, '=')
	if k <= 0 || len(f) <= k+len(mask.Wildcard) || t[:k+1] != f[:k+1] || !strings.HasPrefix(f[k+1:], mask.Wildcard) {
		return false
	}
	end := f[k+1+len(mask.Wildcard):]
	if !strings.HasSuffix(t, end) || len(t)-len(end) <= k+1 {
		return false
	}
	v := t[k+1 : len(t)-len(end)]
	parts := strings.Split(v, "-")
	for _, p := range parts {
		if p != mask.Wildcard {
			return false
		}
	}
	return len(parts) > 1
}

// joinedValue reports a value of words and variables joined by ':' (a
// cache key "tenant:<*>", a "host:<*>" pair), with one word and one
// variable at least: the key names it, so every part is a value the
// program joined (slotToken keeps the joins).
func joinedValue(s string) bool {
	words, wild := 0, 0
	for _, part := range strings.Split(s, ":") {
		switch {
		case part == mask.Wildcard:
			wild++
		case plainWord(part):
			words++
		default:
			return false
		}
	}
	return words > 0 && wild > 0
}

// plainWord reports a word of letters (with '_' or '-' inside): a value the
// masking keeps ("info", "GET", "cache_miss").
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (c == '_' || c == '-') && i > 0) {
			return false
		}
	}
	return true
}

// MaxOptional bounds the tokens of an optional parenthetical segment.
const MaxOptional = 4

// optional finds a template that toks matches but for one optional
// parenthetical segment of at most MaxOptional tokens, present in one and
// absent in the other: "<*> bytes sent" and "<*> bytes (<*> KB) sent",
// "pulled <*> in <*>" and "pulled <*> in <*> (<*> waiting)". Programs append
// such details when they have them. Only parentheses count: brackets often
// mark a distinct event ("[preauth]"). The segment holds a value: a
// parenthetical of constant words is a qualifier a program prints as its
// own statement ("(cached)", autoconf's result read from its cache), which
// names another event.
func (m *Miner) optional(key groupKey, toks []string) *cluster {
	n := len(toks)
	// a longer template: its segment is absent from toks
	for k := 1; k <= MaxOptional; k++ {
		for _, c := range m.groups[groupKey{n: n + k, first: key.first}] {
			for i := 1; i+k <= len(c.tokens); i++ {
				if parenSpan(c.tokens[i:i+k]) && holdsValue(c.tokens[i:i+k]) && fitsWithout(c.tokens, i, k, toks) {
					m.touch(c)
					return c
				}
			}
		}
	}
	// a shorter template: toks has a segment it lacks
	for i := 1; i < n; i++ {
		for k := 1; k <= MaxOptional && i+k <= n; k++ {
			if !parenSpan(toks[i:i+k]) || !holdsValue(toks[i:i+k]) {
				continue
			}
			for _, c := range m.groups[groupKey{n: n - k, first: key.first}] {
				if coversWithout(c.tokens, toks, i, k) {
					m.touch(c)
					return c
				}
			}
		}
	}
	return nil
}

// holdsValue reports tokens of which one holds a variable.
func holdsValue(t []string) bool {
	for _, tok := range t {
		if hasWild(tok) {
			return true
		}
	}
	return false
}

// parenSpan reports tokens that form one parenthetical: "(" opens the first,
// ")" (perhaps with trailing punctuation) closes the last, no other
// parenthesis in between.
func parenSpan(t []string) bool {
	if len(t) == 0 || !strings.HasPrefix(t[0], "(") {
		return false
	}
	last := strings.TrimRight(t[len(t)-1], ",;.:")
	if !strings.HasSuffix(last, ")") {
		return false
	}
	depth := 0
	for i, tok := range t {
		for j := 0; j < len(tok); j++ {
			switch tok[j] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 && (i != len(t)-1 || j != strings.LastIndexByte(tok, ')')) {
					return false
				}
			}
		}
	}
	return depth == 0
}

// fitsWithout reports whether long without long[i:i+k] has the tokens of
// short, each equal or covered by a variable of long.
func fitsWithout(long []string, i, k int, short []string) bool {
	if len(long)-k != len(short) {
		return false
	}
	for j, s := range short {
		l := long[j]
		if j >= i {
			l = long[j+k]
		}
		if l != s && !subsumes([]string{l}, []string{s}) {
			return false
		}
	}
	return true
}

// coversWithout reports whether template tpl covers toks without its
// segment toks[i:i+k].
func coversWithout(tpl, toks []string, i, k int) bool {
	for j, t := range tpl {
		u := toks[j]
		if j >= i {
			u = toks[j+k]
		}
		if t != u && !subsumes([]string{t}, []string{u}) {
			return false
		}
	}
	return true
}

// EnumerationValues is the number of distinct plain words seen at one
// position of otherwise equal templates from which that position is a
// variable: "session closed for user cyrus", "... user news", ... An event
// type written as a word ("VM Started", "VM Paused", "VM Resumed", "VM
// Stopped") has a handful of values; a slot a program fills (user, unit,
// method, queue names) has more.
const EnumerationValues = 5

// enumerated looks, when toks fits no template of its group, for the
// templates that toks differs from at exactly one position, the same one,
// where both hold a word (plain or a named id), and that agree with toks on
// at least two constant words. With EnumerationValues-1 of them the
// position is a variable: the oldest of them generalizes there (absorbing
// the others) and is returned. Else, when toks completes a rectangle of
// words at two positions (crossed), both are variables. Else nil.
func (m *Miner) enumerated(key groupKey, toks []string) *cluster {
	g := m.groups[key]
	need := enumerationNeed(toks)
	if len(g) < 3 && (need == EnumerationValues || len(g) == 0) {
		return nil
	}
	var counts map[int]int
	var first map[int]*cluster
	var singles, doubles []corner
	for _, c := range g {
		if !mayAgreeTwice(c.tokens, toks) {
			continue // no context (same < 2 below), cheaply
		}
		pos, pos2, same := -1, -1, 0
		for i, t := range c.tokens {
			u := toks[i]
			// the context: equal words, in positional records (access
			// logs) equal bracketed or quoted fields ("[<*>]", "\"<*>\""),
			// and fields of one key ("R=<*>", "R=local_user")
			if t == u && t != mask.Wildcard && (!hasWild(t) || strings.ContainsAny(t, "[](){}\"'")) || hasLetter(keyOf(t)) && keyOf(t) == keyOf(u) {
				same++
			}
			if t == u || t == mask.Wildcard || strings.HasPrefix(t, glue) {
				continue
			}
			// a value the template would take anyway ("(device <*>):"
			// and "(device sda1):", "sdc1" and "sdc2"): not the slot, no
			// obstacle
			if covers(t, u) || joinable(c.tokens, i, u) {
				continue
			}
			// (a message key's text, logfmt's msg=started or structlog's
			// event="user.logged_in", is the event's own word, as
			// joinable has it: no slot of its events, h140)
			if pos2 >= 0 || u == mask.Wildcard || !wordLike(t) || !wordLike(u) || otherKeys(c.tokens, i, u) || messageTexts(t, u) {
				pos = -2
				break
			}
			if pos < 0 {
				pos = i
			} else {
				pos2 = i
			}
		}
		// the slot needs a context: two constant words that agree
		if pos < 0 || same < 2 {
			continue
		}
		if pos2 >= 0 {
			doubles = append(doubles, corner{c, pos, pos2})
			continue
		}
		singles = append(singles, corner{c, pos, -1})
		if len(g)+1 < need {
			continue
		}
		if counts == nil {
			counts, first = map[int]int{}, map[int]*cluster{}
		}
		counts[pos]++
		if first[pos] == nil {
			first[pos] = c
		}
		th := EnumerationValues
		if need < th && keyOf(c.tokens[pos]) == "" && keyOf(toks[pos]) == "" && !messageHead(toks, pos) {
			th = need // a bare word; keys stay constant
		}
		if counts[pos]+1 >= th {
			c := first[pos]
			m.generalizeBy(c, toks, true)
			c = resolve(c)
			m.touch(c)
			return c
		}
	}
	return m.crossed(toks, singles, doubles)
}

// enumerationNeed is the number of words at one position from which it
// is a slot: EnumerationValues, KeyedEnumerationValues in a record of
// keyed fields (enumerated, firstSlot, slots).
func enumerationNeed(toks []string) int {
	if keyedRecord(toks) {
		return KeyedEnumerationValues
	}
	return EnumerationValues
}

// mayAgreeTwice reports that enumerated's context of tpl and toks (equal
// constant words, fields of one key) may hold two positions: a bound from
// above with string compares and a key's byte search, so that a template
// sharing nothing with the message costs no more (a stream of distinct
// messages meets a full group with each).
func mayAgreeTwice(tpl, toks []string) bool {
	n := 0
	for i, t := range tpl {
		if t == toks[i] && t != mask.Wildcard || keyOf(t) != "" {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// KeyedEnumerationValues is EnumerationValues in a record of keyed fields
// (keyedRecord): such a record names its event by the keys it writes, and
// a bare word among them is a field the program writes without a key (the
// action of a firewall rule's log prefix, a direction, a verdict), a
// value once it has been seen with two.
const KeyedEnumerationValues = 2

// messageHead reports that toks[pos] is a word of the message a record of
// keyed fields opens with: a phrase that ends in ':' before its first keyed
// field ("claimed lease: owner=<*> ...", hclog's and many loggers' "msg:
// k=v"). Those words name the event, as anywhere in a message: the
// keyed record's low enumeration count is for bare words among its fields.
func messageHead(toks []string, pos int) bool {
	for i := pos; i < len(toks); i++ {
		if hasLetter(keyOf(toks[i])) {
			return false
		}
		if strings.HasSuffix(toks[i], ":") {
			return i+1 < len(toks) && hasLetter(keyOf(toks[i+1]))
		}
	}
	return false
}

// keyedRecord reports a record of keyed fields: at least six tokens are
// key=value fields, and they are two thirds of its tokens or more.
func keyedRecord(toks []string) bool {
	keyed := 0
	for _, t := range toks {
		if hasLetter(keyOf(t)) {
			keyed++
		}
	}
	return keyed >= 6 && 3*keyed >= 2*len(toks)
}

// corner is a template that differs from a message at word positions a
// and, when b >= 0, b.
type corner struct {
	c    *cluster
	a, b int
}

// crossed finds a rectangle of words at two positions: toks with (x0, y0),
// templates with (x1, y0), (x0, y1) and (x1, y1), the rest equal. Words
// that name an event do not cross ("VM Started", "VM Paused" vary at one
// place); two values a program fills in independently do ("Link is Up
// 100 Mbps Full Duplex, Flow Control: Rx", "... Half Duplex, Flow Control:
// None": the kernel's e1000e driver prints speed, duplex and flow control
// with one format), so when the fourth corner comes, both positions are
// variables: the template of (x1, y0) generalizes at both and absorbs the
// others. Returns it, or nil. The corners that share the message's word
// at a position must hold that word, not a variable that covers it: a
// template with a variable there ("<*>[<*>]:" where the message has a
// resource's name with its index, "web[<*>]:") is a slot already, each
// event written with many of its values, and its crossing says nothing
// of the words at the other position (a deployment tool's "<*>[<*>]:
// Creation complete" and "logs: Modifications complete" are two events).
func (m *Miner) crossed(toks []string, singles, doubles []corner) *cluster {
	for _, d := range doubles {
		var ca, cb *cluster // differing only at a with d's word there, only at b likewise
		for _, s := range singles {
			switch {
			case ca == nil && s.a == d.a && s.c.tokens[d.a] == d.c.tokens[d.a]:
				ca = s.c
			case cb == nil && s.a == d.b && s.c.tokens[d.b] == d.c.tokens[d.b]:
				cb = s.c
			}
		}
		if ca == nil || cb == nil || crossWord(ca.tokens[d.b]) != crossWord(toks[d.b]) || crossWord(cb.tokens[d.a]) != crossWord(toks[d.a]) {
			continue
		}
		m.generalizeBy(ca, toks, true)
		c := resolve(ca)
		m.generalizeBy(c, cb.tokens, true)
		c = resolve(c)
		// its records were those of its corner's two words, no evidence
		// of the slots (the crossing is, and it takes as an enumeration):
		// the guards weigh its records since, as a word one message made
		// a variable (generalizeBy; h130: a forged fourth corner lent an
		// established corner's records, and one more forged word folded
		// the two other corners)
		c.taken = c.count
		m.touch(c)
		return c
	}
	return nil
}

// crossWord is the word of a token crossed considers: the token up to a
// double quote, where the members of a JSON record that follow the last
// word of its message begin (values of other fields, not the word's).
func crossWord(t string) string {
	if i := strings.IndexByte(t, '"'); i >= 0 {
		return t[:i]
	}
	return t
}

// MaxTail bounds the tokens of a free-text tail that the tail rule merges.
const MaxTail = 24

// tail handles free text after a separator. Programs end a message with a
// description they were handed: the error a call returned ("TLS handshake
// error from <*>: connection reset by peer", Go's "%s: %w"), a reason, a
// unit's description, with any number of words. When toks fits no
// template, tail looks for a template that is toks's tokens up to a token
// ending in ':' or ',' followed by one variable, which takes the rest of
// the message; else, when EnumerationValues-1 templates share that prefix
// and differ after it, the prefix followed by "<*>" becomes their template
// (they forward to it): those weighedTails keeps at once, the others once
// its own records outweigh theirs (weighAgain). The prefix needs two
// constant words before the separator, the context that says which event
// it is, in toks and in each template it takes (a variable there without
// the separator is a value of another structure: a prefix made of it
// would end in no separator and take every message of the group).
// Returns nil when neither holds.
func (m *Miner) tail(key groupKey, toks []string) *cluster {
	for i := len(toks) - 2; i >= 1; i-- {
		if !tailPrefix(toks[:i+1]) || parenSentence(toks[:i+1], toks[i+1:]) {
			continue
		}
		// a template whose last variable takes the rest: once the slot is
		// known, whatever the program put there. The template's prefix
		// holds the context too: a template of variables only (a
		// positional record's, an access log line) covers any prefix, but
		// says nothing of which event it is
		for _, c := range m.groups[groupKey{n: i + 2, first: key.first}] {
			if c.tokens[i+1] == mask.Wildcard && tailPrefix(c.tokens[:i+1]) && tailPrefixFits(c.tokens[:i+1], toks[:i+1]) {
				m.touch(c)
				return c
			}
		}
	}
	return m.learnTail(key, toks, nil)
}

// learnTail is the second half of tail: the free-text tails of toks's
// prefix become one variable once EnumerationValues tails share it. With
// self (a template after a key that a message joined, rejoin), toks are
// its tokens and it is one of the tails, written more than once: the
// tails a program writes after a key may all have come before the last
// of them was written again.
func (m *Miner) learnTail(key groupKey, toks []string, self *cluster) *cluster {
	extra := 1 // the message's tail
	if self != nil {
		extra = 0
	}
	for i := len(toks) - 2; i >= 1; i-- {
		if !tailPrefix(toks[:i+1]) || !freeText(toks[i+1:]) || eventVerb(toks[i+1:]) || parenSentence(toks[:i+1], toks[i+1:]) {
			continue
		}
		keyed := toks[i][len(toks[i])-1] != ':' && toks[i][len(toks[i])-1] != ','
		if self != nil && !keyed {
			continue
		}
		var same []*cluster
		for n := i + 2; n <= i+1+MaxTail; n++ {
			for _, c := range m.groups[groupKey{n: n, first: key.first}] {
				if tailPrefixFits(c.tokens[:i+1], toks[:i+1]) && tailPrefix(c.tokens[:i+1]) && freeText(c.tokens[i+1:]) && !eventVerb(c.tokens[i+1:]) && !parenSentence(c.tokens[:i+1], c.tokens[i+1:]) {
					same = append(same, c)
				}
			}
		}
		if len(same)+extra < EnumerationValues {
			continue
		}
		// the template takes at once only the tails that other tails
		// match in records (weighedTails, the forged-record guard, after
		// a separator, "tenant: <*>", as after a key); the others wait
		// until its own records outweigh theirs (weighAgain): a few
		// forged records fold no tail many records carried
		oldest := same[0]
		same, left := weighedTails(same)
		if keyed && (repeatedTails(same)+1 < EnumerationValues || len(same)+extra < EnumerationValues) {
			// after a key, tails count once the program wrote them
			// again: a value written with Display is most often one
			// word, so a few records of one-off tails make no template
			continue
		}
		// the prefix as the oldest of them has it (it covers toks there)
		prefix := append(append([]string(nil), oldest.tokens[:i+1]...), mask.Wildcard)
		if k := keyOf(prefix[i]); keyedRun(prefix[i]) {
			prefix[i] = k + "=" + mask.Wildcard // the key's value varies with its tail
		}
		c := m.create(groupKey{n: len(prefix), first: key.first}, prefix)
		if self != nil {
			c.count = 0 // self counted its message
		}
		var top topTwo
		for _, o := range same {
			top.add(o.count)
			m.absorb(c, o)
		}
		if len(left) > 0 {
			// the heaviest tail kept counts as the next (topTwo.lent)
			c.waiting = &waiting{tails: left, taken: top.lent()}
			m.weighAgain(c)
		}
		return c
	}
	return nil
}

// waiting holds the tails a tail template's weighing left out
// (weighedTails), to be weighed again as the template's own records grow:
// a cause written first has a head start in records over the others when
// the template is made ("Invalid argument" before "Broken pipe"), and its
// messages find its own template first, so without a second weighing it
// stays apart for ever.
type waiting struct {
	tails []*cluster
	taken uint64 // records of the tails taken since, and those the heaviest it was made of lent (topTwo.lent): not the template's own
	next  uint64 // the template's count at which to weigh again
	slot  bool   // the templates slots left: they differ at slots, not after a prefix
}

// weighAgain makes each tail c.waiting holds forward to c once c's own
// records (those of the tails it was made of, the heaviest counted as the
// next heaviest, and its messages since, not the records of the tails it
// takes here) are at least as many as the tail carried: the standard of
// weighedTails, EnumerationValues-2 tails at least a third as often, is
// as many records in all, and a tail taken lends c nothing, so a few
// forged records never take one tail's weight over to the next
// (topTwo.lent: nor does an established tail it was made of).
func (m *Miner) weighAgain(c *cluster) {
	w := c.waiting
	own, need := c.count-w.taken, uint64(0)
	w.tails = slices.DeleteFunc(w.tails, func(o *cluster) bool {
		if o.parent != nil || o.dead || len(c.tokens) < 2 || len(o.tokens) < len(c.tokens) {
			return true
		}
		if o.count > own {
			if need == 0 || o.count < need {
				need = o.count
			}
			return false
		}
		if w.slot {
			if len(o.tokens) != len(c.tokens) || !subsumes(c.tokens, o.tokens) {
				return true
			}
		} else if i := len(c.tokens) - 2; !tailPrefixFits(c.tokens[:i+1], o.tokens[:i+1]) {
			return true
		}
		w.taken += o.count
		m.absorb(c, o)
		return true
	})
	if len(w.tails) == 0 {
		c.waiting = nil
		return
	}
	w.next = w.taken + need // own reaches the lightest tail left
}

// predicate handles a sentence that is a verb and its object: "Started
// <description>.", "Starting <description>...", "Stopped <description>."
// (systemd writes a unit's description, a title of any number of words,
// after the verb). When toks fits no template, predicate looks for the template of
// its first word followed by one variable that ends in the same run of
// dots; else, when EnumerationValues-1 templates of the same first word and
// closing dots hold other words after it, the first word and "<*>" (with
// the dots) become their template (they forward to it). The words after
// the verb are prose: plain words or whole variables only ("Session <*> of
// User <*>."), so a structured message ("Received block blk_<*> of size
// <*> from <*>") is never taken. Returns nil when neither holds.
func (m *Miner) predicate(key groupKey, toks []string) *cluster {
	dots, ok := predicateTail(toks)
	if !ok {
		return nil
	}
	v := mask.Wildcard + dots
	for _, c := range m.groups[groupKey{n: 2, first: key.first}] {
		if c.tokens[0] == toks[0] && c.tokens[1] == v {
			m.touch(c)
			return c
		}
	}
	var same []*cluster
	for n := 3; n <= 1+MaxTail; n++ {
		for _, c := range m.groups[groupKey{n: n, first: key.first}] {
			if d, ok := predicateTail(c.tokens); ok && d == dots && c.tokens[0] == toks[0] {
				same = append(same, c)
			}
		}
	}
	if len(same)+1 < EnumerationValues {
		return nil
	}
	c := m.create(groupKey{n: 2, first: key.first}, []string{toks[0], v})
	for _, o := range same {
		m.absorb(c, o)
	}
	return c
}

// predicateTail reports a sentence of a capitalized verb and a title: two
// or more words of prose closed by dots ("." or "..."), the first
// capitalized (a name's title, as unit descriptions are written: "Apache
// HTTP Server"; a sentence that goes on in lower case, "block <*> of size
// <*>.", is the event's own text). It returns the dots.
func predicateTail(toks []string) (string, bool) {
	if len(toks) < 3 || len(toks) > 1+MaxTail || !plainWord(toks[0]) || !upper(toks[0][0]) || !upper(toks[1][0]) {
		return "", false
	}
	last := toks[len(toks)-1]
	w := strings.TrimRight(last, ".")
	dots := last[len(w):]
	if dots != "." && dots != "..." {
		return "", false
	}
	words := 0
	for i, t := range toks[1:] {
		if i == len(toks)-2 {
			t = w
		}
		switch {
		case t == mask.Wildcard:
		case plainWord(t):
			words++
		default:
			return "", false
		}
	}
	return dots, words >= 2
}

func upper(c byte) bool { return 'A' <= c && c <= 'Z' }

// span handles a value in brackets, parentheses or quotes that has
// several words: a command ("CMD (cd / && run-parts /etc/cron.hourly)"), a
// state ("goroutine <*> [chan receive]:"), a reason ("(SSL handshake
// failed)"). A template that holds a variable in the same enclosure at that
// position, and fits the rest of toks, takes it: the enclosure is one slot
// whatever its length. Else, when EnumerationValues-1 templates are toks
// but for another content of that enclosure, the enclosure becomes one
// variable of their template (they forward to it). Returns nil when
// neither holds.
func (m *Miner) span(key groupKey, toks []string) *cluster {
	from := 1
	if quotedFirst(toks) {
		from = 0 // a quoted value first keys no group (firstKey)
	}
	for i := from; i < len(toks); i++ {
		end, v := spanOf(toks, i)
		if end < 0 || end-i < 2 || !freeText(toks[i:end]) {
			continue // one token: the ordinary matching's; a record of keyed fields is its own
		}
		n := len(toks) - (end - i) + 1
		for _, c := range m.groups[groupKey{n: n, first: key.first}] {
			if c.tokens[i] == v && prefixFits(c.tokens[:i], toks[:i]) && prefixFits(c.tokens[i+1:], toks[end:]) {
				m.touch(c)
				return c
			}
		}
	}
	for i := from; i < len(toks); i++ {
		end, v := spanOf(toks, i)
		if end < 0 || !freeText(toks[i:end]) {
			continue
		}
		rest := len(toks) - end
		var same []*cluster
		for n := i + 1 + rest; n <= i+MaxTail+rest; n++ {
			for _, c := range m.groups[groupKey{n: n, first: key.first}] {
				cend, cv := spanOf(c.tokens, i)
				if cend < 0 || cv != v || len(c.tokens)-cend != rest ||
					!prefixFits(c.tokens[:i], toks[:i]) || !prefixFits(c.tokens[cend:], toks[end:]) || !freeText(c.tokens[i:cend]) {
					continue
				}
				same = append(same, c)
			}
		}
		if len(same)+1 < EnumerationValues && !(len(same) > 0 && sentences(toks[i:end], same, i)) {
			continue
		}
		if len(same)+1 < EnumerationValues {
			// a few sentences fold only those that carried no more
			// records than the template made of them (absorbCovered's
			// guard), so one forged "[Some text here]" or "[Some text!]"
			// folds no reason many records carried (h110: long sentences
			// too); the others join once it caught up (rejoinSpans)
			same = lightest(same)
			if len(same) == 0 {
				continue
			}
		}
		// the words around the enclosure as the oldest of them has them: it
		// covers toks there and may know variables the masking of toks
		// left as words ("'<*>'" from first sight)
		o := same[0]
		oend, _ := spanOf(o.tokens, i)
		tpl := append(append(append([]string(nil), o.tokens[:i]...), v), o.tokens[oend:]...)
		// the template the enclosure's slot makes is made as a message's
		// is: a word where the slot's older templates of its shape have
		// others (a column of types after a bracket of flags) is checked
		// for an enumeration as a new message's is (enumerated); before,
		// each word's records made a template of their own that never
		// met the others as a message again
		if e := m.enumerated(groupKey{n: len(tpl), first: key.first}, tpl); e != nil {
			e = resolve(e)
			for _, o := range same {
				if o.parent == nil && o != e {
					m.absorb(e, o)
				}
			}
			m.absorbSpans(e)
			return resolve(e)
		}
		c := m.create(groupKey{n: len(tpl), first: key.first}, tpl)
		for _, o := range same {
			m.absorb(c, o)
		}
		// and the older ones that hold words there and that it covers
		// around the enclosure (made before a variable there was known)
		m.absorbSpans(c)
		return c
	}
	return nil
}

// MaxFlags bounds the words of a run of flags (flagRun).
const MaxFlags = 8

// flagRun returns the end (exclusive) of a run of flags that starts at
// toks[i], else -1: one or more bare words of capitals (at most MaxFlags)
// right after a key=value field, up to the next key=value field or the end
// of the record. A program that prints a set of flags among its fields
// writes the names of the flags that are set, one word each, and no key
// (netfilter's TCP flags "SYN", "ACK PSH FIN" between "RES=0x00" and
// "URGP=0"; tcpdump's and the kernel's flag lists): how many words there
// are varies with the record. A template's variables there ("<*>", "ACK
// <*>") are part of the run.
func flagRun(toks []string, i int) int {
	if i == 0 || i >= len(toks) || !hasLetter(keyOf(toks[i-1])) {
		return -1
	}
	j := i
	for j < len(toks) && j-i < MaxFlags && (flagWord(toks[j]) || toks[j] == mask.Wildcard) {
		j++
	}
	if j == i || j < len(toks) && !hasLetter(keyOf(toks[j])) {
		return -1
	}
	return j
}

// flagWord reports a word of two or more capitals and nothing else.
func flagWord(t string) bool {
	if len(t) < 2 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !upper(t[i]) {
			return false
		}
	}
	return true
}

// flags handles a run of flags between keyed fields (flagRun) that no
// template has learned as a slot yet (flagSlot): when a template has a run
// of another number of words there and the same fields around it, the run
// is one variable. A new template with "<*>" there absorbs every template
// that has a run there and that it covers around it (absorbRuns). Runs of
// the same length only (a record with "DF" where another has "CE") are
// left to the enumeration rule: a word that one code path always prints is
// a constant of its event, and a set shows itself by its size changing.
// Returns nil when it does not hold.
func (m *Miner) flags(key groupKey, toks []string) *cluster {
	for i := 1; i < len(toks); i++ {
		end := flagRun(toks, i)
		if end < 0 {
			continue
		}
		rest := len(toks) - end
		var same []*cluster
		other := false
		for k := 1; k <= MaxFlags; k++ {
			for _, c := range m.groups[groupKey{n: i + k + rest, first: key.first}] {
				cend := flagRun(c.tokens, i)
				if cend != i+k || fitBoth(c.tokens[:i], toks[:i]) == nil || fitBoth(c.tokens[cend:], toks[end:]) == nil {
					continue
				}
				same = append(same, c)
				other = other || cend != end
			}
		}
		if !other {
			continue
		}
		pre, suf := toks[:i], toks[end:]
		for _, c := range same {
			cend := flagRun(c.tokens, i)
			if p := fitBoth(c.tokens[:i], pre); p != nil {
				pre = p
			}
			if s := fitBoth(c.tokens[cend:], suf); s != nil {
				suf = s
			}
		}
		tpl := append(append(append([]string(nil), pre...), mask.Wildcard), suf...)
		c := m.create(groupKey{n: len(tpl), first: key.first}, tpl)
		m.absorbRuns(c)
		return c
	}
	return nil
}

// flagSlot returns toks with its run of flags as one "<*>" when a template
// has learned the run there as a slot: "<*>" at its start, between fields
// of the same keys, the same number of tokens around it and the same first
// token. The record then joins the templates of that shape as any other
// record does (the other positions are matched as usual: an action that
// varies, "[FW DROP]" and "[FW PASS]"). Else toks.
func (m *Miner) flagSlot(key groupKey, toks []string) []string {
	for i := 1; i < len(toks); i++ {
		end := flagRun(toks, i)
		if end < 0 || end == len(toks) {
			continue
		}
		rest := len(toks) - end
		for _, c := range m.groups[groupKey{n: i + 1 + rest, first: key.first}] {
			if c.tokens[i] == mask.Wildcard && keyOf(c.tokens[i-1]) == keyOf(toks[i-1]) && keyOf(c.tokens[i+1]) == keyOf(toks[end]) {
				return append(append(append([]string(nil), toks[:i]...), mask.Wildcard), toks[end:]...)
			}
		}
	}
	return toks
}

// absorbRuns makes the templates of other token counts that c covers but
// for a run of flags where c has its slot forward to c.
func (m *Miner) absorbRuns(c *cluster) {
	for i := 1; i+1 < len(c.tokens); i++ {
		if c.tokens[i] != mask.Wildcard || flagRun(c.tokens, i) != i+1 {
			continue
		}
		for k := 2; k <= MaxFlags; k++ {
			g := m.groups[groupKey{n: len(c.tokens) - 1 + k, first: c.key.first}]
			for _, o := range append([]*cluster(nil), g...) {
				if flagRun(o.tokens, i) == i+k && subsumes(c.tokens[:i], o.tokens[:i]) && subsumes(c.tokens[i+1:], o.tokens[i+k:]) {
					m.absorb(c, o)
				}
			}
		}
		for _, o := range append([]*cluster(nil), m.groups[c.key]...) {
			if o != c && flagRun(o.tokens, i) == i+1 && subsumes(c.tokens, o.tokens) {
				m.absorb(c, o)
			}
		}
	}
}

// fitBoth returns the tokens that take both a and b (of one length) where,
// at each position, they are equal or one covers the other (the more
// general one), else nil.
func fitBoth(a, b []string) []string {
	if len(a) != len(b) {
		return nil
	}
	var out []string
	for j := range a {
		t := a[j]
		switch {
		case a[j] == b[j] || subsumes(a[j:j+1], b[j:j+1]):
		case subsumes(b[j:j+1], a[j:j+1]):
			t = b[j]
		default:
			return nil
		}
		out = append(out, t)
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// sentences reports that the enclosure toks (at position i of the
// message) and the enclosures of the templates same all hold prose of
// MinSentence words or more: a message that differs from another only by a
// sentence in the same brackets carries a reason or a detail the program
// formatted in ("aborted (%s)": "(Got timeout reading communication
// packets)", "(SSL handshake failed)"); an event type is a word ("VM Started"
// and "VM Paused"), not a sentence.
func sentences(toks []string, same []*cluster, i int) bool {
	if !prose(toks) {
		return false
	}
	for _, c := range same {
		end, _ := spanOf(c.tokens, i)
		if !prose(c.tokens[i:end]) {
			return false
		}
	}
	return true
}

// MinSentence is the number of words of an enclosed sentence (sentences).
const MinSentence = 3

// prose reports MinSentence or more tokens that are words of letters
// (punctuation around them aside), none a variable; or two such words
// that close with a sentence's own mark, '!', '.' or '?', inside the
// enclosure ("[Socket Error!]", "(Not found.)"): the program wrote a
// sentence there, however short. A word that names an event type is
// written bare.
func prose(toks []string) bool {
	if len(toks) < MinSentence && (len(toks) < 2 || !closesSentence(toks[len(toks)-1])) {
		return false
	}
	for _, t := range toks {
		if hasWild(t) || !plainWord(strings.Trim(t, "()[]\"'.,;:!?")) {
			return false
		}
	}
	return true
}

// lightest returns the templates of cs, fewest records first, that a
// template of one record more than those before them would take: each
// carried no more records than the message and the lighter ones.
func lightest(cs []*cluster) []*cluster {
	cs = slices.Clone(cs)
	slices.SortStableFunc(cs, func(a, b *cluster) int { return cmp.Compare(a.count, b.count) })
	total := uint64(1)
	for k, c := range cs {
		if c.count > total {
			return cs[:k]
		}
		total += c.count
	}
	return cs
}

// closesSentence reports the last token of an enclosure whose text ends
// in '!', '.' or '?' before the closer ("Error!]", "found.)"); a run of
// dots is an ellipsis, no full stop.
func closesSentence(t string) bool {
	t = strings.TrimRight(t, ")]\"',;:")
	if t == "" || strings.HasSuffix(t, "..") {
		return false
	}
	switch t[len(t)-1] {
	case '!', '.', '?':
		return len(t) > 1 && plainWord(strings.TrimRight(strings.Trim(t, "([\"'"), "!.?"))
	}
	return false
}

// spanOf returns the end (exclusive) of the enclosure that opens at
// toks[i] ("(", "[" or a quote, closed by its own closer, past pairs of
// its kind nested inside, with at most trailing punctuation) and the
// variable token that stands for it ("(<*>)", "[<*>]:"), or -1. A bracket written apart from
// its content ("[ KE N(COOKIE) SA ]", a list printed with spaces inside
// its brackets) is the same enclosure.
func spanOf(toks []string, i int) (int, string) {
	t := toks[i]
	if len(t) < 2 && (t != "[" && t != "(" && t != "{" || i+1 >= len(toks)) {
		return -1, ""
	}
	open := t[0]
	closer := closerOf(open, false)
	if closer == 0 {
		return -1, ""
	}
	depth := 1
	for j := i; j < len(toks) && j-i < MaxTail; j++ {
		s := toks[j]
		if j == i {
			s = s[1:]
		}
		k := -1
		if open == closer {
			k = strings.IndexByte(s, closer)
		} else {
			// a pair nested inside ("(reason (detail))") closes first
			for q := 0; q < len(s) && k < 0; q++ {
				switch s[q] {
				case open:
					depth++
				case closer:
					if depth--; depth == 0 {
						k = q
					}
				}
			}
		}
		if k < 0 {
			continue
		}
		rest := s[k+1:]
		if strings.Trim(rest, ",;:.") != "" {
			return -1, ""
		}
		return j + 1, string(open) + mask.Wildcard + string(closer) + rest
	}
	return -1, ""
}

// tailPrefix reports a prefix that ends in a separator (':' or ',' closing
// its last token, or a key and its value: keyedRun) and holds two
// constant words. A word alone in brackets
// is no context: a tag of the record's header (a level "<info>", "[WARN]",
// a thread "[main]"), printed on every line of the program, or a value
// the program encloses ("device (eth0):", the subject the message is
// about; IDForm takes it as a value). Nor is the header the kernel writes
// before a device's message, "BTRFS info (device <*>):" (dev_printk and
// the file systems' printk: the subsystem, the level, the device in an
// enclosure with its value): a severity word is the logger's, and an
// enclosure with a value that closes the prefix names the subject, so
// neither counts; the event is the text after it.
func tailPrefix(p []string) bool {
	last := p[len(p)-1]
	if last == "" || last[len(last)-1] != ':' && last[len(last)-1] != ',' && !keyedRun(last) {
		return false
	}
	end := len(p) // the words before the subject's enclosure, if any
	if l := strings.TrimRight(last, ":,"); strings.HasSuffix(l, ")") && hasWild(l) {
		// a key word and its value, "(device <*>):" (a sentence in the
		// enclosure, "(origin <*> not trusted):", is a reason)
		if j := len(p) - 2; j >= 0 && strings.HasPrefix(p[j], "(") && plainWord(p[j][1:]) && strings.IndexByte(last, '(') < 0 {
			end = j
		}
	}
	words := 0
	for i, t := range p[:end] {
		if end < len(p) && score.LevelWord(t) != score.SeverityUnknown {
			continue // the level of a subject's header
		}
		if !hasWild(t) && hasLetter(t) && !headerTag(t) {
			words++
		}
		if i < len(p)-1 && strings.HasSuffix(t, ":") {
			words = 0 // a label or a subject before: the clause starts after it
		}
	}
	return words >= 2
}

// parenSentence reports a tail that closes a parenthesis its prefix
// opened and ends the sentence there ("(id: <*> on queue: <*>). Retried
// ..."): the value after the prefix's separator ends at the closer, and
// the sentence after it is the event's, no cause of the last key. A
// tail that goes on after the closer without a period is the record's
// value still (a database's "(from <*>, user: <*>) SELECT ...": the
// query a session ran).
func parenSentence(prefix, tail []string) bool {
	n := 0
	for _, t := range prefix {
		n += strings.Count(t, "(") - strings.Count(t, ")")
	}
	if n <= 0 {
		return false
	}
	for _, t := range tail {
		if n += strings.Count(t, "(") - strings.Count(t, ")"); n <= 0 {
			return strings.HasSuffix(t, ").")
		}
	}
	return false
}

// keyedRun reports a key and its value, "error=<*>", "error=connection":
// a value written unquoted with Display (Rust's tracing fields,
// "error=connection reset by peer") runs on to the end of the line, so the
// words after the last key of a message are its value's, a tail like the
// one after a separator.
func keyedRun(t string) bool {
	k := keyOf(t)
	return hasLetter(k) && len(t) > len(k)+1
}

// valueRuns returns toks with every value run between keyed fields
// written as its key's variable ("command=<*> -c curl pid=<*>" ->
// "command=<*> pid=<*>"), and the number of runs so written. A program
// that prints its fields with printf's "key=%s" writes a value with
// spaces as it is, unquoted (Falco's "command=%proc.cmdline", OpenSMTPD's
// "reason=connection closed", Rust tracing's Display of an error before
// the next field): the value runs to the next " key=". A logfmt writer
// quotes such a value, so a quoted value, which the masking and the span
// rule read whole, is none; nor is a field its separator closes ("lip=<*>,
// TLS, session=<*>": the words after it are an item of their own), nor a
// message key's text (the event's sentence), nor a run of flags (flagRun: netfilter's "ID=0 DF
// PROTO=TCP", names of set bits a code path prints between its fields;
// variables alone are a value, "command=<*> <*>"), nor free text after
// the last field (the tail rule's). A list in square brackets after the
// key, written with spaces inside, is a run too, "[<*>]", up to the next
// key or the end: its brackets delimit it.
func valueRuns(toks []string) ([]string, int) {
	var out []string // toks up to i, once a run was written (no allocation without one)
	runs := 0
	run := func(i int, r string) {
		if out == nil {
			out = append(make([]string, 0, len(toks)), toks[:i+1]...)
		}
		out[len(out)-1] = r
		runs++
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if out != nil {
			out = append(out, t)
		}
		k := keyOf(t)
		if i > 0 && keyedRun(t) && t[len(k)+1] == '[' {
			// a list written with spaces inside ("sources=[connection
			// reset by peer]", Rust's Debug of a Vec of texts): the
			// brackets delimit the value, to the next key or the end
			if strings.IndexByte(t, ']') >= 0 {
				continue // closed in its token: one token already
			}
			vals := append([]string{t[len(k)+1:]}, toks[i+1:]...)
			if end, v := spanOf(vals, 0); end > 1 && (i+end == len(toks) || hasLetter(keyOf(toks[i+end]))) {
				run(i, k+"="+v)
				i += end - 1
			}
			continue
		}
		if i == 0 || !keyedRun(t) || mask.MessageKey(k) || strings.ContainsAny(t[len(k)+1:len(k)+2], "\"'({") || strings.ContainsAny(t[len(t)-1:], ",;") {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= MaxTail && toks[j] != "{" && toks[j] != "}" && !hasLetter(keyOf(toks[j])) {
			j++
		}
		if j == i+1 || j == len(toks) || j-i > MaxTail || !hasLetter(keyOf(toks[j])) ||
			flagRun(toks, i+1) == j && slices.ContainsFunc(toks[i+1:j], flagWord) {
			continue
		}
		last := toks[j-1] // the separator after the value stays
		run(i, k+"="+mask.Wildcard+last[len(strings.TrimRight(last, ",;")):])
		i = j - 1
	}
	if out == nil {
		return toks, 0
	}
	return out, runs
}

// sameKeys reports that tpl has the key of every keyed token of toks (of
// one length) at its position: a variable alone there, a positional
// record's, says nothing of the fields.
func sameKeys(tpl, toks []string) bool {
	for i, t := range toks {
		if k := keyOf(t); hasLetter(k) && keyOf(tpl[i]) != k {
			return false
		}
	}
	return true
}

// fitKeyed is fitBoth where two values of one key ("parent=vim",
// "parent=<*>", "parent=sudo") fit as the key's variable.
func fitKeyed(a, b []string) []string {
	if len(a) != len(b) {
		return nil
	}
	out := make([]string, len(a))
	for j := range a {
		switch k := keyOf(a[j]); {
		case a[j] == b[j] || subsumes(a[j:j+1], b[j:j+1]):
			out[j] = a[j]
		case subsumes(b[j:j+1], a[j:j+1]):
			out[j] = b[j]
		case hasLetter(k) && k == keyOf(b[j]):
			out[j] = k + "=" + mask.Wildcard
		default:
			return nil
		}
	}
	return out
}

// keyedRuns handles values with spaces between keyed fields (valueRuns).
// When toks fits no template, keyedRuns looks for a template that is toks
// with each run written as its key's variable ("reason=<*> messages=<*>",
// made by a one-word value): it takes the record. Else, when
// EnumerationValues-1 templates with other runs become the same tokens,
// their template with the keys' variables is made and they forward to
// it, under the tail rule's guards after a key (repeatedTails,
// weighedTails: forged runs fold no established templates). Evidence
// across records tells a value from the words of an event: the run varies
// while the keys around it stay. Returns nil when neither holds.
func (m *Miner) keyedRuns(key groupKey, toks []string) *cluster {
	vt, runs := valueRuns(toks)
	if runs == 0 {
		return nil
	}
	for _, c := range m.groups[groupKey{n: len(vt), first: key.first}] {
		if prefixFits(c.tokens, vt) && sameKeys(c.tokens, vt) {
			m.touch(c)
			m.absorbValueRuns(c, runs)
			return c
		}
	}
	return m.learnRuns(key.first, vt, runs, nil)
}

// rejoin re-checks c, a template with value runs, words in an enclosure
// or a tail after a key that a message joined, each time its records
// double (rejoinRuns, rejoinSpans): a template made later with the slot
// may have caught up with it; at its second record, the runs and tails it
// completes are learned (learnRuns, learnTail). Returns the template that took the message.
func (m *Miner) rejoin(c *cluster) *cluster {
	if c.count&(c.count-1) != 0 {
		return c
	}
	if c.runs {
		c = m.rejoinRuns(c)
	}
	if c.spans {
		c = m.rejoinSpans(c)
	}
	if c.tail {
		c = m.rejoinTail(c)
	}
	return c
}

// rejoinTail forwards c, a template with a tail after a key, to the
// template of its prefix and one variable (tail) when that matched as
// many records itself (own) as c carried or more; else, at c's second
// record, learns the tail it may complete (learnTail). Returns the
// template that took the message.
func (m *Miner) rejoinTail(c *cluster) *cluster {
	toks := c.tokens
	for i := len(toks) - 2; i >= 1; i-- {
		if !hasLetter(keyOf(toks[i])) {
			continue
		}
		for _, o := range m.groups[groupKey{n: i + 2, first: c.key.first}] {
			if o != c && o.tokens[i+1] == mask.Wildcard && o.own() >= c.count && tailPrefix(o.tokens[:i+1]) && tailPrefixFits(o.tokens[:i+1], toks[:i+1]) {
				m.absorb(o, c)
				return o
			}
		}
		break
	}
	if c.count == 2 && m.learnTail(c.key, c.tokens, c) != nil {
		return resolve(c) // the learned template, unless c was weighed out
	}
	return c
}

// keyedTail reports free text with a word after the last key of toks
// (keyedRun and tailPrefix, as tail takes it; not the tail's variable).
func keyedTail(toks []string) bool {
	for i := len(toks) - 2; i >= 1; i-- {
		if hasLetter(keyOf(toks[i])) {
			return keyedRun(toks[i]) && freeText(toks[i+1:]) && slices.ContainsFunc(toks[i+1:], letterOutsideWild) && tailPrefix(toks[:i+1])
		}
	}
	return false
}

// rejoinRuns is called when a message joined c, a template with value
// runs (valueRuns): when the template with the runs as the keys'
// variables exists and matched as many records itself as c carried or
// more (own: not those of the templates it took, h110), c forwards
// to it (absorbValueRuns' guard); else, when c was written a second time,
// the runs may now be learned (learnRuns). Returns the template that took
// the message.
func (m *Miner) rejoinRuns(c *cluster) *cluster {
	vt, runs := valueRuns(c.tokens)
	for _, o := range m.groups[groupKey{n: len(vt), first: c.key.first}] {
		if o.own() >= c.count && prefixFits(o.tokens, vt) && sameKeys(o.tokens, vt) {
			m.absorb(o, c)
			return o
		}
	}
	if c.count == 2 && m.learnRuns(c.key.first, vt, runs, c) != nil {
		return resolve(c) // the learned template, unless c was weighed out
	}
	return c
}

// absorbValueRuns makes the templates with value runs (valueRuns) that c
// covers once their runs are its keys' variables forward to c, those that
// carried no more records than it matched itself (absorbCovered's guard,
// own: a few forged records of one-word values fold no run many records
// carried, nor one those it took here lift it over). They were made
// before c, whose one-word value said the key's value varies.
func (m *Miner) absorbValueRuns(c *cluster, runs int) {
	own := c.own() // not the runs it takes here (h110)
	for n := len(c.tokens) + 1; n <= len(c.tokens)+MaxTail*runs; n++ {
		for _, o := range slices.Clone(m.groups[groupKey{n: n, first: c.key.first}]) {
			if o.count > own {
				continue
			}
			if ov, r := valueRuns(o.tokens); r > 0 && len(ov) == len(c.tokens) && subsumes(c.tokens, ov) && sameKeys(c.tokens, ov) {
				m.absorb(c, o)
			}
		}
	}
}

// learnRuns makes the template vt (tokens with their value runs written as
// the keys' variables, valueRuns) when the templates of its first token
// that have runs there and become vt show EnumerationValues runs: with
// self nil, those templates and the message's run, each template written
// more than once; with self (a template that was just written a second
// time), the templates, self among them, all written more than once but
// one. The templates weighedTails keeps forward to it, and then those of
// the others that carried no more records than it, the heaviest kept
// counted as the next heaviest (absorbCovered's guard; topTwo.lent): a
// run many records carried is folded only by runs written comparably
// often. Returns the template, or nil.
func (m *Miner) learnRuns(first string, vt []string, runs int, self *cluster) *cluster {
	var same []*cluster
	for n := len(vt) + 1; n <= len(vt)+MaxTail*runs; n++ {
		for _, c := range m.groups[groupKey{n: n, first: first}] {
			if cv, cr := valueRuns(c.tokens); cr > 0 && fitKeyed(cv, vt) != nil {
				same = append(same, c)
			}
		}
	}
	extra := 1 // the message's run, written once
	if self != nil {
		extra = 0
	}
	if len(same)+extra < EnumerationValues {
		return nil
	}
	kept, _ := weighedTails(same)
	if repeatedTails(kept)+1 < EnumerationValues || len(kept)+extra < EnumerationValues {
		return nil
	}
	// the tokens as a new template has them (formTokens: a keyed word is a
	// variable from first sight), which a value with spaces hid
	masked := strings.Join(vt, " ")
	tpl := formTokens(slices.Clone(vt), fingerprint.IDForm(masked), masked)
	if len(tpl) != len(vt) {
		tpl = vt
	}
	for _, c := range kept {
		cv, _ := valueRuns(c.tokens)
		if f := fitKeyed(cv, tpl); f != nil {
			tpl = f
		}
	}
	c := m.create(groupKey{n: len(tpl), first: first}, tpl)
	if self != nil {
		c.count = 0 // self counted its message
	}
	covered := func(o *cluster) bool {
		cv, _ := valueRuns(o.tokens)
		return subsumes(tpl, cv)
	}
	var top topTwo
	for _, o := range kept {
		if covered(o) {
			top.add(o.count)
			m.absorb(c, o)
		}
	}
	// the records of the runs kept, fixed before the others: a run
	// taken here lends c nothing for the next (h110), and the heaviest
	// kept counts as the next heaviest (topTwo.lent)
	weight := c.count - top.lent()
	for _, o := range same {
		if o.parent == nil && o.count <= weight && covered(o) {
			m.absorb(c, o)
		}
	}
	return c
}

// topTwo holds the two largest record counts added (the runs or tails a
// template was made of).
type topTwo struct{ first, second uint64 }

func (t *topTwo) add(n uint64) {
	if n > t.first {
		t.first, t.second = n, t.first
	} else if n > t.second {
		t.second = n
	}
}

// lent is what the heaviest of the runs or tails a template was made of
// lends it beyond the next heaviest: its records count up to the next
// one's only. weighedTails keeps a run that three others match at a
// third of its records, so an established run may be among them (the
// known open case), and its records took through the template the runs
// left out (h117: three forged runs or tails written four times and a
// fifth, 13 records, kept one of 12 and took one of 24); so counted, a
// single established run lends at most as many records as another run
// kept, which a forger wrote (13 forged records take one of 17 at most).
func (t topTwo) lent() uint64 { return t.first - t.second }

// repeatedTails counts the templates of cs that carried more than one
// record.
func repeatedTails(cs []*cluster) int {
	n := 0
	for _, c := range cs {
		if c.count > 1 {
			n++
		}
	}
	return n
}

// weighedTails keeps the templates of cs, oldest first, that a tail
// template made of them may take at once: each whose records
// EnumerationValues-2 other tails of cs (with it and the new message's,
// EnumerationValues tails) match within a factor of three, each written
// at least a third as often; the others are left (weighAgain weighs them
// again). The causes a program writes after a key or a separator come at
// rates of one order; a tail many records carried is folded only by other
// tails written comparably often, so a few forged records, one-off tails
// or each forged tail written twice, never fold established tails: the
// records needed grow
// with those the folded tail carried (as absorbCovered's and
// absorbFirstWords' guards, where an absorbing template takes only
// templates that carried no more records than its own).
func weighedTails(cs []*cluster) (kept, left []*cluster) {
	counts := make([]uint64, len(cs))
	for i, c := range cs {
		counts[i] = c.count
	}
	slices.Sort(counts)
	for _, c := range cs {
		// the tails written at least a third as often as c, c among them
		if lo, _ := slices.BinarySearch(counts, (c.count+2)/3); len(counts)-lo-1 < EnumerationValues-2 {
			left = append(left, c)
		} else {
			kept = append(kept, c)
		}
	}
	return kept, left
}

// tailPrefixFits is prefixFits for a tail's prefix, whose last token, a
// key and its value (keyedRun), fits any value of the same key: the
// first word of a value that runs on is as variable as the rest.
func tailPrefixFits(tpl, p []string) bool {
	n := len(tpl) - 1
	if keyedRun(tpl[n]) && keyedRun(p[n]) && keyOf(tpl[n]) == keyOf(p[n]) {
		return prefixFits(tpl[:n], p[:n])
	}
	return prefixFits(tpl, p)
}

// headerTag reports one word alone in angle brackets, square brackets or
// parentheses, perhaps with a separator after it: "<info>", "[WARN]",
// "[main]:", "(eth0):".
func headerTag(t string) bool {
	t = strings.TrimRight(t, ":,")
	if len(t) < 3 {
		return false
	}
	open, end := t[0], t[len(t)-1]
	if !(open == '<' && end == '>' || open == '[' && end == ']' || open == '(' && end == ')') {
		return false
	}
	for i := 1; i < len(t)-1; i++ {
		if c := t[i]; !isDigitByte(c) && !(c|0x20 >= 'a' && c|0x20 <= 'z') && c != '_' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// eventVerb reports a tail that is a verb in the past tense with no
// object, a plain lower-case word ending in "ed" alone or before an
// enclosure or a preposition ("associated", "associated (aid 3)",
// "disconnected due to inactivity"): a program reports what happened to
// the subject before the separator, and the verb names the event (a state
// change). A wrapped error or a reason opens with a noun or a negation
// ("connection reset by peer", "no route to host") or a verb with its
// object ("exceeded the maximum retries"): such tails make one free-text
// slot. "speed", "need" (-eed) are no past tense.
func eventVerb(toks []string) bool {
	t := toks[0]
	if len(t) < 5 || !strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "eed") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	if len(toks) == 1 {
		return true
	}
	switch n := toks[1]; {
	case n[0] == '(' || n[0] == '[':
		return true
	default:
		return eventPrepositions[n]
	}
}

// eventPrepositions open what follows an intransitive verb: its cause,
// agent, time or place ("deauthenticated due to", "closed by peer").
var eventPrepositions = map[string]bool{
	"due": true, "by": true, "after": true, "from": true, "on": true, "at": true,
	"in": true, "with": true, "without": true, "while": true, "because": true,
	"since": true, "for": true,
}

// freeText reports tokens of prose, not of a structure: no key=value
// pair and no brace that opens or closes a record (an Intent's "{ act=<*>
// cmp=<*> }" is a record of its own, with its own kinds). An operator or
// a literal inside the text ("WHERE id = <*>", "'{}'") is prose.
func freeText(toks []string) bool {
	for _, t := range toks {
		if t == "{" || t == "}" || hasLetter(keyOf(t)) {
			return false
		}
	}
	return true
}

// prefixFits reports whether every token of the template prefix tpl equals
// or covers the token of p.
func prefixFits(tpl, p []string) bool {
	for j, t := range tpl {
		if t != p[j] && t != mask.Wildcard && !covers(t, p[j]) && !(strings.HasPrefix(t, glue) && isUnit(p[j])) && !samePadding(t, p[j]) {
			return false
		}
	}
	return true
}

// MinPadding is the length of a run of one punctuation character that
// pads a line (samePadding).
const MinPadding = 4

// samePadding reports two runs of one punctuation character of different
// lengths ("*****" and "********"), or such a run and the padding slot
// of its character: a banner padded to a width ("TASK [name] ****…", a
// title ruled out to a column) has as many as the text before it leaves,
// so the run varies with that text, as a value does.
func samePadding(t, u string) bool {
	c := padChar(t)
	return t != u && c != 0 && c == padChar(u)
}

// padMark begins a template token that two padding runs of different
// lengths made (padMark, then the run's character): a slot that takes
// runs of its character only, never a word, and is written as a variable
// (setTemplate). A bare variable there took any word: "status ****" and
// "status ********" made "status <*>", which folded "status OK" and
// "status FAILED" (h84's review).
const padMark = "\x01"

// padChar is the character of a padding run or of a padding slot, else 0.
func padChar(t string) byte {
	if padding(t) {
		return t[0]
	}
	if len(t) == len(padMark)+1 && strings.HasPrefix(t, padMark) {
		return t[len(padMark)]
	}
	return 0
}

// padding reports a run of MinPadding or more of one of the characters
// programs rule or pad lines with.
func padding(t string) bool {
	if len(t) < MinPadding || !strings.ContainsRune("*-=#~_.+", rune(t[0])) {
		return false
	}
	return strings.Count(t, t[:1]) == len(t)
}

// absorb makes o forward to c, which takes over its count. An o that
// making c evicted (a full group, MaxTemplates) only forwards.
func (m *Miner) absorb(c, o *cluster) {
	o.parent = c
	if o.dead {
		return
	}
	c.count += o.count
	c.taken += o.count
	m.carried(c)
	m.unlink(o)
	m.ungroup(o)
	m.st.Absorbed++
}

// ungroup removes c from its group (absorbed or evicted).
func (m *Miner) ungroup(c *cluster) {
	m.unrest(c)
	removeFrom(m.groups, c.key, c)
}

// wordLike reports a token with a letter outside its variables: a plain
// word or a named id ("api-<*>", "news(uid=<*>)"), or an absent field
// (dashOnly).
func wordLike(t string) bool {
	return dashOnly(t) || letterOutsideWild(t)
}

// letterOutsideWild reports a letter of t outside its "<*>"s, without
// allocating (similarity calls it for every token it compares).
func letterOutsideWild(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '<' && strings.HasPrefix(t[i:], mask.Wildcard) {
			i += len(mask.Wildcard) - 1
			continue
		}
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// dashOnly reports a token of dashes only ("-", "----"): positional records
// (the Common Log Format, HAProxy, Envoy access logs) write a field that
// has no value as dashes, so at the position of a variable or of a word
// that varies, dashes are one more value of the field.
func dashOnly(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '-' {
			return false
		}
	}
	return true
}

// camelPrefix returns the length of the CamelCase name that starts t, a
// capital, lower-case letters and another capital after one ("ValueError",
// "IOException" has none: "OException" follows no lower-case letter),
// letters only; else 0.
func camelPrefix(t string) int {
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return 0
	}
	inner, lower := false, false
	k := 1
	for ; k < len(t); k++ {
		c := t[k]
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			inner = inner || lower
		default:
			if !inner || !lower {
				return 0
			}
			return k
		}
	}
	if !inner || !lower {
		return 0
	}
	return k
}

// qualifiedName reports a name of three or more identifiers joined with
// '.' ("Shop.Api.Controllers.OrdersController.Get"), each starting with a
// letter or '_'.
func qualifiedName(t string) bool {
	parts, start := 1, true
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '.':
			if start {
				return false
			}
			parts++
			start = true
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_':
			start = false
		case '0' <= c && c <= '9' && !start:
		default:
			return false
		}
	}
	return parts >= 3 && !start
}

// configName reports a lower-case name of words joined with '-' or '_'
// ("http-in", "api_back"): the name of a configured object.
func configName(t string) bool {
	joined := false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' && i > 0:
		case (c == '-' || c == '_') && i > 0 && i < len(t)-1:
			joined = true
		default:
			return false
		}
	}
	return joined
}

// keyToken reports a token that is a key written "key:" before its value.
func keyToken(t string) bool {
	return len(t) > 1 && t[len(t)-1] == ':' && strings.IndexByte(t, ':') == len(t)-1 && !hasWild(t)
}

// numberedKeys counts the numbered "key:" tokens of a template.
func numberedKeys(tpl []string) int {
	n := 0
	for _, t := range tpl {
		if keyToken(t) && hasDigit(t) {
			n++
		}
	}
	return n
}

// keyOf returns the key of a key=value token ("r24" of "r24=<*>"), or "".
func keyOf(t string) string {
	if i := strings.IndexByte(t, '='); i > 0 {
		return t[:i]
	}
	return ""
}

// identifierLike reports a word written like an identifier rather than a
// word of prose: with '_', '.', '-', '/' or ':' inside, or mixed case after
// its first letter ("root_domain", "eth-mgmt", "fooBar").
func identifierLike(t string) bool {
	upper, lower := false, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '_' || c == '.' || c == '-' || c == '/' || c == ':':
			if i > 0 && i < len(t)-1 {
				return true
			}
		case 'A' <= c && c <= 'Z':
			upper = upper || i > 0
		case 'a' <= c && c <= 'z':
			lower = true
		}
	}
	return upper && lower
}

// punctEnd is the punctuation that may follow a value in a token.
const punctEnd = ",;:)]}"

// trimPunctEnd is strings.TrimRight(s, punctEnd) without building the
// cutset's table at each call (joinable runs for every template of a
// group a message is compared with).
func trimPunctEnd(s string) string {
	i := len(s)
	for i > 0 {
		switch s[i-1] {
		case ',', ';', ':', ')', ']', '}':
			i--
			continue
		}
		break
	}
	return s[:i]
}

// numberedName reports a name that ends in its number after letters
// ("sda1", "eth0", "nvme0n1"): devices, interfaces and cores are
// named so, and where other messages hold a variable, the number says
// which one it is.
func numberedName(t string) bool {
	k := len(t)
	for k > 0 && isDigitByte(t[k-1]) {
		k--
	}
	return k > 0 && k < len(t) && hasLetter(t[:k])
}

// valueLists returns toks with each list of variables in square brackets
// written apart ("[<*> <*> <*>]") as one token "[<*>]" (in place): Go's
// fmt prints a slice so ("[115 382 907]"), and how many values it holds is
// data, not the event. Only variables: a bracket that holds a word is
// another thing (a state, a payload list, span).
func valueLists(toks []string) []string {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == "["+mask.Wildcard {
			j := i + 1
			for j < len(toks) && toks[j] == mask.Wildcard {
				j++
			}
			if j < len(toks) && strings.HasPrefix(toks[j], mask.Wildcard+"]") && strings.Trim(toks[j][len(mask.Wildcard)+1:], ",;:.") == "" {
				out = append(out, "["+toks[j])
				i = j
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// split splits a masked message into tokens, bounded by MaxTokens.
func (m *Miner) split(masked string) []string {
	toks := m.toks[:0]
	for len(masked) > 0 {
		i := strings.IndexByte(masked, ' ')
		if i < 0 {
			toks = append(toks, masked)
			break
		}
		toks = append(toks, masked[:i])
		masked = masked[i+1:]
	}
	if len(toks) > m.cfg.MaxTokens {
		toks = append(toks[:m.cfg.MaxTokens-1], mask.Wildcard)
		m.st.Truncated++
	}
	m.toks = toks
	return toks
}

// firstKey is the group key of a message: its first token, or its key when
// it is key=value, unless it holds a variable or digits (numbered names such
// as "eth0" or "IRQ9" vary) or is one word in brackets.
func firstKey(toks []string) string {
	if len(toks) == 0 || hasWild(toks[0]) || hasDigit(toks[0]) && !mask.MessageCode(toks[0]) || enclosedWord(toks[0]) || quotedFirst(toks) {
		// a message code ("WFLYSRV0010:") keys its group as a word does:
		// the event's name, which the masking keeps; in the group of
		// values one record with another code and the same rest folded
		// an established template (h151)
		return ""
	}
	if strings.Contains(toks[0], `":"`) && hasWild(jsonWordMembers(toks[0])) {
		// a JSON record's first members ("level":"info") are values its
		// template holds as variables (formTokens): the message's group
		// is the one its template is made in
		return ""
	}
	if i := strings.IndexByte(toks[0], '='); i > 0 {
		return toks[0][:i+1] // the key, not the value
	}
	return toks[0]
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// quotedFirst reports a message that opens with a quoted value of several
// words ("'Living Room': state <*>", a name printed as '%s'): a value, as
// one quoted word is, so not the group's key, and span takes it at the
// first position.
func quotedFirst(toks []string) bool {
	if len(toks) < 3 || toks[0] == "" || toks[0][0] != '\'' && toks[0][0] != '"' {
		return false
	}
	end, _ := spanOf(toks, 0)
	return end >= 2 && end < len(toks)
}

// enclosedWord reports a token that is one word in brackets or quotes,
// "(news)" or "[alice]": a value (cron's "(user) CMD (...)"), not a key.
func enclosedWord(t string) bool {
	return len(t) >= 3 && enclosed(t, t[:1]+"x"+t[len(t)-1:])
}

// sameShape reports numbered names that differ only in their numbers:
// "CPU0" and "CPU1", "[eth0]" and "[eth1]".
func sameShape(a, b string) bool {
	i, j, digits := 0, 0, false
	for i < len(a) && j < len(b) {
		da, db := isDigitByte(a[i]), isDigitByte(b[j])
		switch {
		case da && db:
			digits = true
			for i < len(a) && isDigitByte(a[i]) {
				i++
			}
			for j < len(b) && isDigitByte(b[j]) {
				j++
			}
		case a[i] == b[j]:
			i++
			j++
		default:
			return false
		}
	}
	return digits && i == len(a) && j == len(b)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func hasWild(t string) bool {
	// strings.Contains, after one IndexByte for the star that most words
	// lack (this runs for every token of every template a message meets)
	i := strings.IndexByte(t, '*')
	if i < 0 {
		return false
	}
	if i > 0 && i+1 < len(t) && t[i-1] == '<' && t[i+1] == '>' {
		return true
	}
	return strings.Contains(t[i+1:], mask.Wildcard)
}

// similarity scores how well toks fits the template tpl: the number of
// constant tokens equal, and whether every other position may vary.
func (m *Miner) similarity(tpl, toks []string) (int, bool) {
	consts, same, keyed, words, kept, lettered := 0, 0, 0, 0, 0, 0
	for i, t := range tpl {
		u := toks[i]
		if wordLike(t) {
			lettered++
		}
		if t == u {
			if !hasWild(t) {
				consts++
				same++
			}
			if wordLike(t) {
				kept++
			}
			continue
		}
		if t == mask.Wildcard || strings.HasPrefix(t, glue) {
			if t == mask.Wildcard && letterOutsideWild(u) {
				// a word, or a token that names its value
				// ("median[<*>%]=<*>", "user:<*>")
				words++
			}
			continue
		}
		// a variable slot with its punctuation takes any value there:
		// "comm <*>:" takes "comm node:"
		if covers(t, u) {
			continue
		}
		if !joinable(tpl, i, u) {
			return 0, false
		}
		if !hasWild(t) {
			consts++
			keyed++ // same key or unit, different value
		}
		if hasLetter(keyOf(t)) && keyOf(t) == keyOf(u) || columnsJoin(t, u) {
			kept++ // the same key, or the same event's columns
		}
	}
	if consts > 0 && (same+keyed == 0 || float64(same+keyed)/float64(consts) <= m.cfg.Similarity) {
		return same, false
	}
	if kept == 0 && (lettered > 0 || words > 0) && len(tpl) < MinPositional {
		// a short template of variables only says nothing of which event
		// it is: a template does not give up its last word to a message
		// ("DHCPREQUEST(eth1) <*> <*>" and "<*> tags: wlan0"), nor does a
		// message with words of its own join one of variables only
		return same, false
	}
	return same, true
}

// messageTexts reports two values of a record's message key (logfmt's
// msg=, a bare key) that are texts, not a record nested there: the event's
// own sentences, which no rule takes as values of one slot. A quoted key
// ("message"=>, Ruby's inspect of a hash) is a member of a document the
// record carries, its text a value.
func messageTexts(t, u string) bool {
	k := keyOf(t)
	return k != "" && k == keyOf(u) && mask.MessageKey(k) && !strings.ContainsAny(t[len(k)+1:], "=>") && !strings.ContainsAny(u[len(k)+1:], "=>")
}

// MinPositional is the number of fields from which a template of
// variables only is a positional record (an access log's line: client,
// time, request, status, size, ...) that takes a message of as many
// fields whatever their words; a shorter one takes only variables.
const MinPositional = 6

// joinable reports whether template token tpl[i] may generalize to accept
// u: both already hold a variable, both are values of the same key
// ("name=a," and "name=b,"), or both are units after a variable ("KB", "B").
func joinable(tpl []string, i int, u string) bool {
	t := tpl[i]
	if hasWild(t) && hasWild(u) && (!hasLetter(t) || !hasLetter(u)) || columnsJoin(t, u) {
		return true
	}
	if samePadding(t, u) {
		return true
	}
	// an absent field where others have a value: "-" and "<*>", "-" and
	// "alice" (the user field of the Common Log Format)
	if dashOnly(u) && (t == mask.Wildcard || wordLike(t)) || dashOnly(t) && (u == mask.Wildcard || wordLike(u)) {
		return true
	}
	// a message key's text (logfmt's msg="Compacting file", "message":
	// ...) is the event's own sentence, not a value of the key: its words
	// differ between events (a record nested there, auditd's
	// msg='op=...', has values of its own)
	if messageTexts(t, u) {
		return false
	}
	// numbered names are instances ("CPU0", "sda1", "eth0: link up"), but
	// in a dump of numbered keys ("R10: <*> R11: <*>") a key names a field:
	// other keys are another record ("R13: <*> R14: <*>")
	if unitAfterVariable(tpl, i, u) || sameShape(t, u) && keyOf(t) == keyOf(u) && !(keyToken(t) && numberedKeys(tpl) >= 2) {
		return true
	}
	// two configured names at one position ("http-in" and "api_front", a
	// proxy's frontends; "web_servers" and "api_back"): names joined with
	// '-' or '_' are written by configuration, not by the program's
	// sentence
	t2, u2 := trimPunctEnd(t), trimPunctEnd(u) // the token without the punctuation after it
	samePunct := t[len(t2):] == u[len(u2):]
	if samePunct && configName(t2) && configName(u2) {
		return true
	}
	// two qualified names at one position ("Shop.Orders.Api.List" and
	// "Shop.Carts.Api.Get", a .NET action; "com.acme.Billing.charge"): a
	// name of three or more identifiers joined with '.' is a program's
	// name for code or a host, inserted into the sentence, not one of its
	// words
	if samePunct && qualifiedName(t2) && qualifiedName(u2) {
		return true
	}
	// two type names at one position, the rest of the token equal
	// ("ValueError('<*>')" and "KeyError('<*>')": the class of the
	// exception a handler caught, as Python's repr and Java's toString
	// write it): CamelCase names code, a sentence's word has no inner
	// capital
	if nu := camelPrefix(u); nu > 0 {
		nt := camelPrefix(t)
		if nt == 0 && strings.HasPrefix(t, mask.Wildcard) {
			nt = len(mask.Wildcard) // the slot is known already
		}
		if nt > 0 && (t[nt:] == u[nu:] || covers(t[nt:], u[nu:])) {
			return true
		}
	}
	// an identifier where other messages have a variable: "root_domain" vs
	// "<*>"; a plain word ("fadd", "icbi") is no value of an id slot
	if u == mask.Wildcard && hasLetter(t) && !hasWild(t) && identifierLike(t) {
		return true
	}
	// any word after a noun that introduces a name ("group billing" where
	// others have "group <*>"): the masking leaves a name that reads as a
	// verb form ("billing", "shipped") and masks the others; the variable
	// there says the slot is a name
	if u == mask.Wildcard && i > 0 && mask.NameNoun(tpl[i-1]) && plainWord(t) {
		return true
	}
	// a numbered name where others have a variable, either way round and
	// before the same punctuation: "sda1," and "<*>,"
	if samePunct && (u2 == mask.Wildcard && numberedName(t2) || t2 == mask.Wildcard && numberedName(u2)) {
		return true
	}
	if a, b := jsonItems(t), jsonItems(u); a != nil && b != nil {
		// members of a JSON record: each value decides (jsonMerge), not
		// the first member's key, which every member of the token follows
		_, ok := jsonMerge(a, b, false)
		return ok
	}
	p := keyPrefix(t, u)
	if p > 0 && p < len(t) && p < len(u) && hasLetter(t[:p]) {
		return true
	}
	// an empty value of the same key: "logname=" and "logname=alice"
	if p > 0 && (p == len(t)) != (p == len(u)) && hasLetter(t[:p]) && (t[p-1] == '=' || t[p-1] == ':') {
		return true
	}
	// an empty name before the same bracket: "(uid=<*>)" and "news(uid=<*>)"
	if q := keySuffix(t, u, 0); q > 0 && (q == len(t)) != (q == len(u)) && (t[len(t)-q] == '(' || t[len(t)-q] == '[') {
		return true
	}
	return enclosed(t, u)
}

// enclosed reports single values in the same brackets or quotes:
// "(eadmin1)" and "(badmin1),", "[LNKD]" and "[LNKE]".
func enclosed(t, u string) bool {
	if len(t) < 2 || len(u) < 2 || len(t) == 2 && len(u) == 2 || t[0] != u[0] {
		return false
	}
	closer := closerOf(t[0], true)
	if closer == 0 {
		return false
	}
	// "()" is an empty value: "(host.example)" and "()"
	ct, cu := strings.IndexByte(t[1:], closer), strings.IndexByte(u[1:], closer)
	return ct >= 0 && cu >= 0 && ct+cu > 0 && t[1+ct:] == u[1+cu:]
}

// glue marks a template token that attaches to the previous one without a
// space: the rest of a unit absorbed by the variable before it.
const glue = "\x00"

func unitAfterVariable(tpl []string, i int, u string) bool {
	return i > 0 && strings.HasSuffix(tpl[i-1], mask.Wildcard) && isUnit(tpl[i]) && isUnit(u)
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// isUnit reports unit words of sizes, durations and rates, possibly
// followed by punctuation: "B", "KB,", "ms)".
func isUnit(t string) bool {
	n := 0
	for n < len(t) && ('a' <= t[n] && t[n] <= 'z' || 'A' <= t[n] && t[n] <= 'Z' || t[n] == '/') {
		n++
	}
	if n == 0 || n > 7 || !units[t[:n]] {
		return false
	}
	for i := n; i < len(t); i++ {
		switch t[i] {
		case ',', ';', ')', ']', '}', '.':
		default:
			return false
		}
	}
	return true
}

var units = map[string]bool{}

func init() {
	for _, u := range strings.Fields("B KB MB GB TB PB K M G T KiB MiB GiB TiB b kb mb gb bytes " +
		"ns us ms s sec secs min mins h hr hrs d days kB/s MB/s GB/s B/s " +
		// a duration's unit spelled out, as "days" is ("after 52 seconds",
		// "uptime is 35 minutes")
		"second seconds minute minutes hour hours day") {
		units[u] = true
	}
}

// unitRest returns the punctuation after a unit word.
func unitRest(t string) string {
	n := 0
	for n < len(t) && ('a' <= t[n] && t[n] <= 'z' || 'A' <= t[n] && t[n] <= 'Z' || t[n] == '/') {
		n++
	}
	return t[n:]
}

func isKeyDelim(c byte) bool {
	switch c {
	case '=', ':', '(', '[', '{', '"', '\'', ',', '|', '@':
		return true
	}
	return false
}

// keyPrefix returns the length of the longest common prefix of a and b that
// ends with a key delimiter.
func keyPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && !isKeyDelim(a[n-1]) && !typeTag(a[:n]) {
		n--
	}
	if n == 0 {
		// a command-line option: its dashes are the syntax, its name and
		// glued argument the value ("-ldl" and "-lz" give "-<*>")
		if k := optionDashes(a); k > 0 && k == optionDashes(b) {
			n = k
		}
	}
	return n
}

// typeTag reports a prefix that ends with a type in parentheses after a
// key's '=' or ':' ("format=(string)", GStreamer's typed caps fields
// "width=(int)640", a cast written before its value): the value follows.
// It reads back over the type's word only, not to the last '(' (keyPrefix
// asks it at each byte of a shared prefix: a token of "a)a)a)..." cost
// quadratic time, h140, BenchmarkKeyPrefixTypeTagHostile).
func typeTag(p string) bool {
	if len(p) < 4 || p[len(p)-1] != ')' {
		return false
	}
	k := len(p) - 2
	for k >= 0 && (p[k] >= 'a' && p[k] <= 'z' || p[k] >= 'A' && p[k] <= 'Z' || p[k] >= '0' && p[k] <= '9' || p[k] == '_') {
		k--
	}
	return k >= 1 && k+2 < len(p) && p[k] == '(' && (p[k-1] == '=' || p[k-1] == ':')
}

// optionDashes returns the number of dashes (one or two) that start a
// command-line option ("-ldl", "--with-zlib", a template's "-<*>"), else 0.
func optionDashes(t string) int {
	n := 0
	for n < len(t) && n < 2 && t[n] == '-' {
		n++
	}
	if n == 0 || n == len(t) || !('a' <= t[n]|0x20 && t[n]|0x20 <= 'z') && !strings.HasPrefix(t[n:], mask.Wildcard) {
		return 0
	}
	return n
}

// keySuffix is keyPrefix from the end, not overlapping p bytes of prefix.
// A suffix that closes a bracket the prefix does not open ends after it:
// the variable takes the whole enclosure ("<*>[\"<*>\"]:" and "web[<*>]:"
// give "<*>:", not "<*>]:", a closer without its opener that no other
// record writes).
func keySuffix(a, b string, p int) int {
	n := 0
	for n < len(a)-p && n < len(b)-p && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	// the brackets' counts are taken once and moved byte by byte as the
	// suffix shrinks: counted again at each step, a token of n openers
	// before n closers cost n² (h134)
	var st *openCounts
	for {
		for n > 0 && !isKeyDelim(a[len(a)-n]) && a[len(a)-n] != ')' && a[len(a)-n] != ']' && a[len(a)-n] != '}' {
			if st != nil {
				st.move(a[len(a)-n])
			}
			n--
		}
		if n == 0 {
			return n
		}
		if st == nil {
			st = countOpen(a[:p], a[p:len(a)-n], b[p:len(b)-n], a[len(a)-n:])
		}
		if !st.unopened() {
			return n
		}
		st.move(a[len(a)-n])
		n--
	}
}

// openCounts counts the openers and closers of each bracket in
// unopened's prefix, suffix and values x and y.
type openCounts [3]struct{ po, so, sc, xo, xc, yo, yc int }

const openers, closers = "([{", ")]}"

func countOpen(prefix, x, y, suffix string) *openCounts {
	var st openCounts
	for i := range st {
		o, c := openers[i:i+1], closers[i:i+1]
		st[i].po = strings.Count(prefix, o)
		st[i].so, st[i].sc = strings.Count(suffix, o), strings.Count(suffix, c)
		st[i].xo, st[i].xc = strings.Count(x, o), strings.Count(x, c)
		st[i].yo, st[i].yc = strings.Count(y, o), strings.Count(y, c)
	}
	return &st
}

// move takes the suffix's first byte, ch, into both values (the suffix is
// common to both tokens).
func (st *openCounts) move(ch byte) {
	if i := strings.IndexByte(openers, ch); i >= 0 {
		st[i].so--
		st[i].xo++
		st[i].yo++
	} else if i := strings.IndexByte(closers, ch); i >= 0 {
		st[i].sc--
		st[i].xc++
		st[i].yc++
	}
}

// unopened reports a closing bracket in suffix that neither suffix nor
// prefix opens while a value it replaces (x or y) opens it and leaves it
// open: a token inside a bracket that opened tokens before ("NOERROR]"),
// or after a value that closes its own ("\"Set(x=1)\")"), keeps its
// closer.
func (st *openCounts) unopened() bool {
	for _, c := range st {
		if c.po+c.so < c.sc && (c.xo > c.xc || c.yo > c.yc) {
			return true
		}
	}
	return false
}

// generalizeToken returns the token accepting both t and u: their common
// delimited prefix and suffix around one wildcard.
func generalizeToken(tpl []string, i int, u string) string {
	t := tpl[i]
	if strings.HasPrefix(t, glue) {
		return t
	}
	if samePadding(t, u) {
		return padMark + string(padChar(t))
	}
	if unitAfterVariable(tpl, i, u) {
		if r := unitRest(t); r == unitRest(u) {
			return glue + r
		}
		return glue
	}
	if g, ok := generalizeColumns(t, u); ok {
		return g
	}
	if g, ok := generalizeParts(t, u); ok {
		return g
	}
	if g, ok := generalizeJSON(t, u); ok {
		return g
	}
	if namePair(t) && namePair(u) && (hasWild(t) || hasWild(u) || pairDiffers(t, u)) {
		// a pair of names, name by name ("api_back/api-a" and
		// "<*>/<*>" or "static/web" give "<*>/<*>"); when one name
		// differs between two pairs the masking kept, the token is one
		// value as before ("src/Makefile" and "lib/Makefile": a relative
		// path is not told from a pair by its syntax)
		k, l := strings.IndexByte(t, '/'), strings.IndexByte(u, '/')
		a, b := t[:k], t[k+1:]
		if a != u[:l] {
			a = mask.Wildcard
		}
		if b != u[l+1:] {
			b = mask.Wildcard
		}
		return a + "/" + b
	}
	p := keyPrefix(t, u)
	q := keySuffix(t, u, p)
	if q == 0 {
		q = dotsSuffix(t, u, p)
	}
	g := t[:p] + mask.Wildcard + t[len(t)-q:]
	return g
}

// dotsSuffix returns the length of the run of dots that ends both a and b
// after a value, not overlapping p bytes of prefix: an ellipsis or the
// period of a sentence is punctuation glued to the value ("stdio.h..." and
// "gawk..." give "<*>...", "OK." and "done." give "<*>."), not part of it.
func dotsSuffix(a, b string, p int) int {
	n := 0
	for n < len(a)-p && n < len(b)-p && a[len(a)-1-n] == '.' && b[len(b)-1-n] == '.' {
		n++
	}
	if n == len(a)-p || n == len(b)-p {
		return 0 // nothing but dots: no value before them
	}
	return n
}

// columnsJoin reports two tokens that are the same columns of a delimited
// record (mask.MinDelimitedFields or more comma-separated fields, as the
// masking writes a CSV record: one value per column) and that differ only
// where a column is a value: one of the two holds a variable or is empty
// (the program had nothing to write there), or a word where the other has
// a variable (a host's name or "-"). A column of words in both that
// differs (the record's event, "Renew" and "Assign") keeps them apart, and
// they must agree on a column of words (the one that says which event).
func columnsJoin(t, u string) bool {
	if strings.Count(t, ",")+1 < mask.MinDelimitedFields || strings.Count(t, ",") != strings.Count(u, ",") || !strings.Contains(t, ",,") && !strings.Contains(u, ",,") {
		return false
	}
	words := 0
	for len(t) > 0 || len(u) > 0 {
		a, b := t, u
		if k := strings.IndexByte(t, ','); k >= 0 {
			a, t = t[:k], t[k+1:]
		} else {
			t = ""
		}
		if k := strings.IndexByte(u, ','); k >= 0 {
			b, u = u[:k], u[k+1:]
		} else {
			u = ""
		}
		switch {
		case a == b:
			if hasLetter(a) && !hasWild(a) {
				words++
			}
		case a == "" || b == "" || hasWild(a) || hasWild(b):
		default:
			return false
		}
	}
	return words > 0
}

// generalizeColumns generalizes the columns of a delimited record
// (columnsJoin) column by column: each column that differs is "<*>".
func generalizeColumns(t, u string) (string, bool) {
	if !columnsJoin(t, u) {
		return "", false
	}
	tc, uc := strings.Split(t, ","), strings.Split(u, ",")
	for i := range tc {
		if tc[i] != uc[i] {
			tc[i] = mask.Wildcard
		}
	}
	return strings.Join(tc, ","), true
}

// generalizeParts generalizes tokens with the same punctuation skeleton
// part by part: "'alice'@'<*>'" and "'bob'@'db.lan'" give "'<*>'@'<*>'",
// not one "'<*>'" over both quoted parts. ok is false when the skeletons
// differ or only one part differs (keyPrefix and keySuffix do that).
func generalizeParts(t, u string) (string, bool) {
	var b []byte
	i, j, differ := 0, 0, 0
	for {
		pi, pj := i, j
		for i < len(t) && !partDelim(t[i]) {
			i++
		}
		for j < len(u) && !partDelim(u[j]) {
			j++
		}
		if t[pi:i] == u[pj:j] {
			b = append(b, t[pi:i]...)
		} else {
			differ++
			b = append(b, mask.Wildcard...)
		}
		if i == len(t) || j == len(u) {
			if i != len(t) || j != len(u) || differ < 2 {
				return "", false
			}
			return string(b), true
		}
		if t[i] != u[j] {
			return "", false
		}
		b = append(b, t[i])
		i++
		j++
	}
}

// partDelim reports the punctuation that separates the parts of a token.
func partDelim(c byte) bool {
	switch c {
	case '=', ':', '(', ')', '[', ']', '{', '}', '"', '\'', ',', '|', '@', ';':
		return true
	}
	return false
}

// create makes a template of toks in group key. A full group
// (MaxGroupSize) evicts first the least recently used of its templates
// that carried one record; only when it holds none, the one of the least
// weight: its records plus the group's age when it last took one, the
// age being the weight of the last template so evicted (LFU with dynamic
// aging, Arlitt et al., 2000). So no flood of one-off messages evicts a
// template that carried more (its count is what the forged-record
// guards weigh: evicted, it would come back counting from one), a
// template idle for long leaves before those in use, and a group of more
// genuine events than it holds keeps those that recur rather than the
// last made. The scan is the one LRU made (MaxGroupSize templates, on a
// new template only).
func (m *Miner) create(key groupKey, toks []string) *cluster {
	if g := m.groups[key]; len(g) >= m.cfg.MaxGroupSize {
		var v *cluster
		for _, c := range g {
			switch {
			case v == nil:
				v = c
			case c.count == 1:
				if v.count > 1 || c.lastUsed < v.lastUsed {
					v = c
				}
			case v.count == 1:
			case c.base+c.count < v.base+v.count || c.base+c.count == v.base+v.count && c.lastUsed < v.lastUsed:
				v = c
			}
		}
		if v.count > 1 {
			if v.age == nil { // the group's first eviction by weight
				age := new(uint64)
				for _, c := range g {
					c.age = age
				}
			}
			*v.age = max(*v.age, v.base+v.count)
		}
		m.evictCluster(v)
	}
	if m.active >= m.cfg.MaxTemplates {
		m.evictCluster(m.victim())
	}
	c := &cluster{tokens: make([]string, len(toks)), hi: -1, gbase: m.age}
	for i, t := range toks {
		c.tokens[i] = strings.Clone(t)
	}
	key.first = strings.Clone(key.first)
	c.key = key
	if g := m.groups[key]; len(g) > 0 && g[0].age != nil {
		c.age = g[0].age
		c.base = *c.age
	}
	c.setTemplate()
	m.groups[key] = append(m.groups[key], c)
	m.enrest(c)
	m.active++
	m.st.Created++
	c.count = 1
	c.lastUsed = m.clock
	c.once = true
	m.onceN++
	pushFront(&m.once, c)
	return c
}

func (c *cluster) setTemplate() {
	_, r := valueRuns(c.tokens)
	c.runs = r > 0
	c.spans = wordSpans(c.tokens, nil)
	c.tail = keyedTail(c.tokens)
	var b strings.Builder
	for i := 0; i < len(c.tokens); i++ {
		t := c.tokens[i]
		if strings.HasPrefix(t, glue) {
			b.WriteString(t[len(glue):]) // a unit absorbed by the variable before it
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if strings.HasPrefix(t, padMark) {
			b.WriteString(mask.Wildcard) // a padding slot
			continue
		}
		if j := quotedVariables(c.tokens, i); j > i {
			// the words of a quoted string all became variables: one value,
			// as the masking writes a quoted string that holds a variable
			b.WriteString(`"` + mask.Wildcard + c.tokens[j][len(mask.Wildcard):])
			i = j
			continue
		}
		b.WriteString(t)
	}
	c.template = b.String()
	c.id = xxhash.Sum64String(c.template)
}

// quotedVariables returns the index of the token that closes a double-
// quoted string opened by toks[i] when every word of the string is a
// variable ("\"<*>", "<*>", ..., "<*>\"" with trailing punctuation), else
// i. The masking writes a quoted string that holds a variable as one value
// but keeps an HTTP method before it ("GET <*>"); once the method too is a
// variable, the request line is one value again, as servers log it
// (nginx's "$request", Apache's and HAProxy's "%r").
func quotedVariables(toks []string, i int) int {
	if toks[i] != `"`+mask.Wildcard {
		return i
	}
	for j := i + 1; j < len(toks); j++ {
		t := toks[j]
		if t == mask.Wildcard {
			continue
		}
		if rest, ok := strings.CutPrefix(t, mask.Wildcard+`"`); ok && !strings.Contains(rest, `"`) {
			return j
		}
		return i
	}
	return i
}

// generalize turns the positions where toks differs from c into wildcards
// and absorbs the templates of the group that c now covers.
func (m *Miner) generalize(c *cluster, toks []string) { m.generalizeBy(c, toks, false) }

// generalizeBy is generalize; enumeration tells that toks brings a word
// of an enumeration the caller counted (enumerated, crossed, firstSlot's
// words), whose positions take the word templates there unguarded.
func (m *Miner) generalizeBy(c *cluster, toks []string, enumeration bool) {
	changed, word := false, false
	var words []int // the positions it generalized with a word of toks
	for i, t := range c.tokens {
		if t != mask.Wildcard && t != toks[i] {
			g := generalizeToken(c.tokens, i, toks[i])
			if g != t {
				c.tokens[i] = g
				changed = true
				if enumeration && plainWord(toks[i]) {
					words = append(words, i)
				} else if plainWord(t) || qualifiedName(t) || configName(t) {
					word = true
				}
			}
		}
	}
	if !changed {
		return
	}
	if word {
		// a plain word, a qualified name or a configured object's name
		// c kept in every record it matched became a variable by one
		// message (an absent field "-", a variable, a joinable name),
		// not by an enumeration: those records were the word's or the
		// name's, no evidence of the slot, so the guards weigh c's
		// records since (as after a restore; h120: one forged "-" lent
		// an established word's records to the slot, which took the
		// other words there at once; one forged "A.B.C" so those of
		// "Shop.Orders.Api", h122; one "web3_front" those of
		// "api2_back", h127). Not a numbered name ("eth0"): an
		// interface's or a core's slot is evidence that its numbered
		// values are one event, and weighing only its records since
		// kept FRR's "IF swp1" apart (held-out 9, linked id GA 0.492
		// -> 0.419, h127)
		c.taken = c.count
	}
	c.setTemplate()
	m.unrest(c)
	m.enrest(c)
	m.st.Generalized++
	// the templates it now covers; but one that kept a plain word where c
	// had a variable before this message (the masking's, which
	// absorbCovered did not take), or where one message generalized c
	// (an absent field "-", a variable, a joinable name: no enumeration's
	// word), only when it carried fewer records than c matched itself
	// (absorbWords' guard): two forged records of numbered names and
	// numbers generalized c over established events that keep their
	// word there (TestGeneralizeForgedRecordsLeaveWords), and one forged
	// "-", number or type name where c kept a word took every other word
	// there (h120, TestGeneralizeDashForgedRecordFoldsEstablishedWords,
	// TestCodeNameForgedRecordFoldsEstablishedWord)
	own := c.own()
	m.absorbInto(c, func(o *cluster) bool {
		return o.count < own || !wordsUnder(c.tokens, o.tokens, words)
	})
	m.absorbSpans(c)
}

// wordsUnder reports a position, other than those in words, where
// template c holds a bare variable and o a plain word.
func wordsUnder(c, o []string, words []int) bool {
	for i, t := range c {
		if t == mask.Wildcard && o[i] != t && plainWord(o[i]) && !slices.Contains(words, i) {
			return true
		}
	}
	return false
}

// absorbInto makes every other template of c's group that c's template
// subsumes (and that also accepts, when not nil) forward to c: c survives,
// the other forwards to it (exact-cache entries still find it).
func (m *Miner) absorbInto(c *cluster, also func(o *cluster) bool) {
	g := m.groups[c.key]
	for i := 0; i < len(g); i++ {
		o := g[i]
		if o == c || !subsumes(c.tokens, o.tokens) || (also != nil && !also(o)) {
			continue
		}
		o.parent = c
		c.count += o.count
		c.taken += o.count
		m.carried(c)
		m.unlink(o)
		m.unrest(o)
		g = append(g[:i], g[i+1:]...)
		i--
		m.st.Absorbed++
	}
	m.groups[c.key] = g
}

// absorbCovered makes the templates of c's group that the new template c
// covers forward to it: a message whose masking found a value where an
// older template of the family kept a word ("checking for <*>... <*>"
// after "checking for g++... <*>": the masking knows "stdio.h" is a name,
// not "g++") brings the family's general template, and the older one must
// not keep its messages apart. Only names are taken so: a plain word
// ("panic") may be the event, and a token without letters or digits
// ("****") a marker, where the masking found a value in another message.
// A short template of variables only takes no template with words, as it
// takes no such message (similarity): "<*> <*> <*>" says nothing of which
// event it is, "p[<*>%]=<*> median[<*>%]=<*>" names its fields.
func (m *Miner) absorbCovered(c *cluster) {
	if !hasWild(c.template) {
		return
	}
	takesWords := len(c.tokens) >= MinPositional || slices.ContainsFunc(c.tokens, wordLike)
	// a positional record (MinPositional fields or more, variables only)
	// takes a message of as many fields whatever its words (similarity),
	// so it takes the older templates of its group whatever their words,
	// but only those that carried no more records than it: its variables
	// are the masking's guess from its own records, which show no field
	// varying, and one record's guess must not undo a template whose words
	// several records repeated (a forged record of numbers where an event
	// keeps its word)
	// (its own records: not what it takes here, or one-off templates a
	// forger made first would lift it over the established ones after them)
	positional := len(c.tokens) >= MinPositional && !slices.ContainsFunc(c.tokens, letterOutsideWild)
	own := c.own()
	m.absorbInto(c, func(o *cluster) bool {
		return positional && o.count <= own ||
			namesAt(c.tokens, o.tokens) && (takesWords || !slices.ContainsFunc(o.tokens, letterOutsideWild))
	})
}

// absorbWords makes the templates of c's group that c subsumes with a
// variable where they kept a plain word, and whose tokens c would take as
// a message's (similarity: a word where the template has a variable),
// forward to c: a word template made before the slot was known ("Item
// <*> set to OFF" before a number made "Item <*> set to <*>") kept every
// later record of its word apart, while a word first seen after the slot
// joins it; the order of the records decided. Only those that carried
// fewer records than c matched itself (own, absorbCovered's guard, strict:
// one record each is no evidence either way, and a few forged records of
// a number where an event keeps its word fold no template many records
// repeated); called when c is made, when it takes a new shape and at each
// doubling of its records, so the slot's template takes a heavier word
// template once it has outgrown it.
func (m *Miner) absorbWords(c *cluster) {
	if c.parent != nil || c.dead || !hasWild(c.template) {
		return
	}
	own := c.own()
	m.absorbInto(c, func(o *cluster) bool {
		if o.count >= own {
			return false
		}
		_, ok := m.similarity(c.tokens, o.tokens)
		return ok
	})
}

// wordSpans reports an enclosure of several words of free text in toks
// (spanOf), calling f, when not nil, with its position, end and variable
// until f returns true.
func wordSpans(toks []string, f func(i, end int, v string) bool) bool {
	found := false
	for i := 1; i < len(toks); i++ {
		end, v := spanOf(toks, i)
		if end-i < 2 || !freeText(toks[i:end]) {
			continue
		}
		found = true
		if f == nil || f(i, end, v) {
			return true
		}
	}
	return found
}

// rejoinSpans is called when a message joined c, a template with words in
// an enclosure (wordSpans): when a template with a variable in that
// enclosure that covers c around it matched as many records itself (own)
// as c carried or more,
// c forwards to it and it takes the message. absorbSpans takes only
// lighter templates when the slot is made; the slot's template, growing
// with every other content, takes the heavier ones here once it has
// caught up (one forged record never does). Returns the template that
// took the message.
func (m *Miner) rejoinSpans(c *cluster) *cluster {
	var to *cluster
	wordSpans(c.tokens, func(i, end int, v string) bool {
		n := len(c.tokens) - (end - i) + 1
		for _, o := range m.groups[groupKey{n: n, first: c.key.first}] {
			if o.tokens[i] == v && o.own() >= c.count && prefixFits(o.tokens[:i], c.tokens[:i]) && prefixFits(o.tokens[i+1:], c.tokens[end:]) {
				to = o
				return true
			}
		}
		return false
	})
	if to == nil {
		return c
	}
	m.absorb(to, c)
	return to
}

// absorbSpans makes the templates that c now covers with a variable in an
// enclosure ("[<*>]:") forward to c when they hold several words there
// ("[chan receive]:"): they were made before the slot was known. Of
// those with words there, only those that carried no more records than c
// matched itself (absorbCovered's guard; rejoinSpans takes the others
// once c caught up): one forged record whose enclosure the masking makes
// a variable ("[4711]") folds no enclosed text many records carried.
// Variables alone there ("(<*> <*>)") are no text to keep.
func (m *Miner) absorbSpans(c *cluster) {
	// c's own records: neither a template taken here (the variables
	// alone there, whatever their records; h110) nor those c was made of
	// (span's texts, five of them whatever their records; h117) lift it
	weight := c.own()
	for i, t := range c.tokens {
		if i == 0 || !enclosedVariable(t) {
			continue
		}
		rest := len(c.tokens) - i - 1
		for n := len(c.tokens) + 1; n < len(c.tokens)+MaxTail; n++ {
			g := m.groups[groupKey{n: n, first: c.key.first}]
			for k := 0; k < len(g); k++ {
				o := g[k]
				end, v := spanOf(o.tokens, i)
				if end < 0 || v != t || len(o.tokens)-end != rest || !freeText(o.tokens[i:end]) ||
					o.count > weight && slices.ContainsFunc(o.tokens[i:end], letterOutsideWild) ||
					!prefixFits(c.tokens[:i], o.tokens[:i]) || !prefixFits(c.tokens[i+1:], o.tokens[end:]) {
					continue
				}
				m.absorb(c, o)
				g = m.groups[groupKey{n: n, first: c.key.first}]
				k--
			}
		}
	}
}

// namesAt reports whether, at every position where template c holds a
// variable and o does not, the part of o's token that the variable takes is
// a name: letters or digits with punctuation inside ("g++", "stdio.h",
// "x86_64"), not a plain word and not punctuation alone.
func namesAt(c, o []string) bool {
	return namesAtOr(c, o, nil)
}

// namesAtOr is namesAt, where positions i that slot reports take any word.
func namesAtOr(c, o []string, slot func(i int) bool) bool {
	for i, ct := range c {
		ot := o[i]
		w := strings.Index(ct, mask.Wildcard)
		if ct == ot || w < 0 || hasWild(ot) || slot != nil && slot(i) && wordLike(ot) {
			continue
		}
		v := ot[w : len(ot)-(len(ct)-w-len(mask.Wildcard))]
		if plainWord(v) || !hasLetter(v) && !hasDigit(v) {
			return false
		}
	}
	return true
}

// closerOf returns the byte that closes an enclosure opened by open:
// parentheses, brackets, quotes, and braces when braces is set (a single
// value in braces; a span of words in braces is a record, not one slot);
// 0 for any other byte.
func closerOf(open byte, braces bool) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	case '"', '\'':
		return open
	case '{':
		if braces {
			return '}'
		}
	}
	return 0
}

// enclosedVariable reports a token that is one variable in an enclosure,
// perhaps with punctuation after it: "(<*>)", "[<*>]:", "\"<*>\",".
func enclosedVariable(t string) bool {
	if len(t) < len(mask.Wildcard)+2 || t[1:1+len(mask.Wildcard)] != mask.Wildcard {
		return false
	}
	closer := closerOf(t[0], false)
	if closer == 0 {
		return false
	}
	r := t[1+len(mask.Wildcard):]
	return r[0] == closer && strings.Trim(r[1:], ",;:.") == ""
}

// subsumes reports whether every message of template o also fits template
// c: each token of c equals o's or is a variable that covers o's.
func subsumes(c, o []string) bool {
	for i, ct := range c {
		ot := o[i]
		if ct == ot || ct == mask.Wildcard || strings.HasPrefix(ct, padMark) && samePadding(ct, ot) {
			continue
		}
		if strings.HasPrefix(ct, glue) {
			if strings.HasPrefix(ot, glue) || isUnit(ot) {
				continue
			}
			return false
		}
		w := strings.Index(ct, mask.Wildcard)
		if w < 0 {
			return false
		}
		pre, suf := ct[:w], ct[w+len(mask.Wildcard):]
		if len(ot) < len(pre)+len(suf) || !strings.HasPrefix(ot, pre) || !strings.HasSuffix(ot, suf) {
			return false
		}
	}
	return true
}

// covers reports whether the template token t, which holds one variable,
// takes the token u: u has t's text before and after the variable.
func covers(t, u string) bool {
	w := strings.Index(t, mask.Wildcard)
	if w < 0 || strings.Contains(t[w+len(mask.Wildcard):], mask.Wildcard) {
		return false
	}
	pre, suf := t[:w], t[w+len(mask.Wildcard):]
	return len(u) > len(pre)+len(suf) && strings.HasPrefix(u, pre) && strings.HasSuffix(u, suf)
}

func (m *Miner) unlink(c *cluster) {
	c.prev.next, c.next.prev = c.next, c.prev
	c.prev, c.next = nil, nil
	if c.hi >= 0 {
		heap.Remove(&m.heavy, c.hi)
	}
	if c.once {
		c.once = false
		m.onceN--
	}
	m.active--
}

func (m *Miner) evictCluster(c *cluster) {
	if c == &m.lru || c == &m.once {
		return
	}
	m.unlink(c)
	c.dead = true
	m.ungroup(c)
	m.st.Evicted++
}

// Stats returns a snapshot of the counters.
func (m *Miner) Stats() Stats {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.st
	s.Active = m.active
	return s
}

// Templates returns the live templates, most recently used first.
func (m *Miner) Templates() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, c := range slices.Backward(m.live()) {
		out = append(out, c.template)
	}
	return out
}

// live returns the live templates, least recently used first.
func (m *Miner) live() []*cluster {
	cs := make([]*cluster, 0, m.active)
	for _, head := range []*cluster{&m.lru, &m.once} {
		for c := head.prev; c != head; c = c.prev {
			cs = append(cs, c)
		}
	}
	slices.SortStableFunc(cs, func(a, b *cluster) int { return cmp.Compare(a.lastUsed, b.lastUsed) })
	return cs
}

var errCorrupt = errors.New("logtemplate: corrupt snapshot")

// JSON in a token. A record written as JSON is split at its spaces like
// any other, so a token holds part of a document: members, perhaps the end
// of a string that an earlier token opened and the start of one that a
// later token closes. Two records of one event have the same members; the
// values differ, and a value may be an object or an array whose members
// differ (MongoDB's "command", pino's "err"). A template keeps the members
// and makes each differing value one variable: a string "<*>", anything
// else <*>. Cutting at the first and last differing byte instead would
// swallow the members between two differing values.

// jsonItem is a lexical item of a JSON fragment: one of "{}[]:,", a whole
// string with its quotes, a scalar (number, literal, variable), or a
// string cut by the token's start (ending in its quote) or end (starting
// with its quote).
type jsonItem struct {
	text string
	kind byte // '{' '}' '[' ']' ':' ',' ; 'k' name; 's' string; 'v' scalar; 'o' open string; 'c' closing string
}

// jsonItems lexes t, or returns nil when t is not a JSON fragment with
// members ("key": in it).
func jsonItems(t string) []jsonItem {
	if q := strings.IndexByte(t, '"'); q < 0 || !strings.Contains(t[q:], `":`) {
		return nil
	}
	var out []jsonItem
	i := 0
	// a token that starts inside a string: text up to a quote that a
	// structural byte or the token's end follows ("query\",\"attr\":{...")
	if t[0] != '"' && !strings.ContainsRune("{}[]:,", rune(t[0])) {
		if q := strings.IndexByte(t, '"'); q > 0 && (q == len(t)-1 || strings.IndexByte(",:}]", t[q+1]) >= 0) && !strings.ContainsAny(t[:q], "{}[]:,") {
			out = append(out, jsonItem{t[:q+1], 'c'})
			i = q + 1
		}
	}
	for i < len(t) {
		c := t[i]
		switch {
		case strings.IndexByte("{}[]:,", c) >= 0:
			out = append(out, jsonItem{t[i : i+1], c})
			i++
		case c == '"':
			j := i + 1
			for j < len(t) && t[j] != '"' {
				if t[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(t) {
				out = append(out, jsonItem{t[i:], 'o'})
				return out
			}
			k := byte('s')
			if j+1 < len(t) && t[j+1] == ':' {
				k = 'k' // a member's name
			}
			out = append(out, jsonItem{t[i : j+1], k})
			i = j + 1
		default:
			j := i
			for j < len(t) && strings.IndexByte("{}[]:,\"", t[j]) < 0 {
				j++
			}
			out = append(out, jsonItem{t[i:j], 'v'})
			i = j
		}
	}
	return out
}

// valueStart reports an item that starts a value.
func valueStart(k byte) bool { return k == '{' || k == '[' || k == 's' || k == 'v' || k == 'o' }

// skipValue returns the index after the value that starts at a[i]: an
// object or array to its closer (or the fragment's end), else one item.
func skipValue(a []jsonItem, i int) int {
	if a[i].kind != '{' && a[i].kind != '[' {
		return i + 1
	}
	depth := 0
	for ; i < len(a); i++ {
		switch a[i].kind {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return i
}

// jsonMerge merges the JSON fragments a and b item by item (see above).
// quoted: a variable in one against a string in the other is a string
// "<*>" (the record's quoting kept where its id form has a bare "<*>");
// else the variable stays bare. ok is false when the fragments differ
// outside a value.
func jsonMerge(a, b []jsonItem, quoted bool) (string, bool) {
	var sb strings.Builder
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] == b[j] && a[i].kind != '{' && a[i].kind != '[' {
			sb.WriteString(a[i].text)
			i++
			j++
			continue
		}
		if !valueStart(a[i].kind) || !valueStart(b[j].kind) {
			return "", false
		}
		v, ni, nj, ok := mergeValue(a, i, b, j, quoted)
		if !ok {
			return "", false
		}
		sb.WriteString(v)
		i, j = ni, nj
	}
	if i != len(a) || j != len(b) {
		return "", false
	}
	return sb.String(), true
}

// mergeValue merges the values at a[i] and b[j] and returns the indexes
// after them. ok is false when an object or array that the fragment does
// not close holds other members (the rest of the record differs).
func mergeValue(a []jsonItem, i int, b []jsonItem, j int, quoted bool) (string, int, int, bool) {
	ka, kb := a[i].kind, b[j].kind
	ni, nj := skipValue(a, i), skipValue(b, j)
	if ka == kb && (ka == '{' || ka == '[') {
		if closed(a, ni) && closed(b, nj) {
			if v, ok := jsonMerge(a[i+1:ni-1], b[j+1:nj-1], quoted); ok {
				return string(ka) + v + a[ni-1].text, ni, nj, true
			}
		}
		if !closed(a, ni) || !closed(b, nj) {
			if ni == len(a) && nj == len(b) {
				v, ok := jsonMerge(a[i+1:], b[j+1:], quoted)
				return string(ka) + v, ni, nj, ok
			}
			return "", 0, 0, false
		}
		return mask.Wildcard, ni, nj, true // other members: the value as a whole
	}
	switch {
	case quoted && a[i].text == mask.Wildcard && (kb == '{' || kb == '[') && closed(b, nj):
		// an object the id form takes whole: its members as the record
		// writes them, every value a variable (the names are the
		// structure, constant as a key is)
		return jsonSkeleton(b[j:nj]), ni, nj, true
	case ka == 'o' && kb == 'o':
		if twoWords(a[i].text[1:], b[j].text[1:]) {
			// the first words of a sentence the token cuts ("msg":"started
			// … and "msg":"stopped …): words, not a value
			return "", 0, 0, false
		}
		return `"` + mask.Wildcard, ni, nj, true // the start of a string the token cuts
	case ka == 'c' && kb == 'c' && twoWords(strings.TrimSuffix(a[i].text, `"`), strings.TrimSuffix(b[j].text, `"`)):
		return "", 0, 0, false // the last words of a sentence an earlier token opened
	case ka == 's' && kb == 's':
		if i >= 2 && a[i-1].kind == ':' && a[i-2].kind == 'k' && mask.MessageKey(strings.Trim(a[i-2].text, `"`)) &&
			twoWords(strings.Trim(a[i].text, `"`), strings.Trim(b[j].text, `"`)) {
			return "", 0, 0, false // a one-word message ("msg":"started"): the event's words stay
		}
		return `"` + mask.Wildcard + `"`, ni, nj, true
	case quoted && (ka == 's' && b[j].text == mask.Wildcard || kb == 's' && a[i].text == mask.Wildcard):
		return `"` + mask.Wildcard + `"`, ni, nj, true
	}
	return mask.Wildcard, ni, nj, true
}

// twoWords reports two different plain words (plainWord) of a message's
// text: two event words stay apart, as everywhere in a message.
func twoWords(a, b string) bool { return a != b && plainWord(a) && plainWord(b) }

// jsonSkeleton returns the items with every string "<*>" and every
// scalar <*>: the members of a value, its values variables.
func jsonSkeleton(a []jsonItem) string {
	var sb strings.Builder
	for _, it := range a {
		switch it.kind {
		case 's':
			sb.WriteString(`"` + mask.Wildcard + `"`)
		case 'v':
			sb.WriteString(mask.Wildcard)
		default:
			sb.WriteString(it.text)
		}
	}
	return sb.String()
}

// closed reports that the value that ends before a[end] ends with its
// closer (not with the fragment).
func closed(a []jsonItem, end int) bool {
	return end > 0 && (a[end-1].kind == '}' || a[end-1].kind == ']')
}

// generalizeJSON returns the token that takes the JSON fragments t and u
// member by member, when both are such fragments of the same members.
func generalizeJSON(t, u string) (string, bool) {
	a, b := jsonItems(t), jsonItems(u)
	if a == nil || b == nil {
		return "", false
	}
	g, ok := jsonMerge(a, b, false)
	if !ok || strings.ContainsAny(g, " \t") {
		return "", false
	}
	return g, true
}

// restKey is the key under which firstSlot finds the templates that may
// differ from toks in their first token only: the token count and the
// first constant word after the first token (its anchor; a template
// without one is not indexed, 0).
func restKey(toks []string) uint64 {
	if len(toks) < 2 {
		return 0
	}
	for _, t := range toks[1:] {
		if hasLetter(t) && !hasWild(t) {
			var d xxhash.Digest
			d.Reset()
			d.Write([]byte{byte(len(toks)), byte(len(toks) >> 8)})
			d.WriteString(t)
			return d.Sum64() | 1
		}
	}
	return 0
}

// enrest indexes c by restKey; unrest removes it. A key holds at most
// MaxGroupSize templates, like a group, so that no stream of messages
// that share a length and an anchor makes firstSlot and slots compare
// each new message with thousands: the oldest leaves the index (it stays
// a template).
func (m *Miner) enrest(c *cluster) {
	if c.rest = restKey(c.tokens); c.rest == 0 {
		return
	}
	g := m.rests[c.rest]
	if len(g) >= m.cfg.MaxGroupSize {
		g = append(g[:0], g[len(g)-m.cfg.MaxGroupSize+1:]...)
	}
	m.rests[c.rest] = append(g, c)
}

func (m *Miner) unrest(c *cluster) { removeFrom(m.rests, c.rest, c) }

// removeFrom removes c from the list of key k in an index of lists, and
// the key when its list is left empty.
func removeFrom[K comparable](index map[K][]*cluster, k K, c *cluster) {
	g := index[k]
	for i, x := range g {
		if x == c {
			g = append(g[:i], g[i+1:]...)
			break
		}
	}
	if len(g) == 0 {
		delete(index, k)
	} else {
		index[k] = g
	}
}

// MinFirstSlotContext is the number of constant words after the first
// token that a first-position slot needs (firstSlot).
const MinFirstSlotContext = 3

// firstSlot is the enumeration (enumerated) at the first position, which
// the groups, keyed by the first token, cannot see: a program that writes
// its service's, job's or component's name first ("imap-login: Login:
// user=<*>, ...", "pop3-login: Login: ...", "orders-api #<*> completed:
// <*>") fills the first position as it fills any other. When toks, whose
// first token is a word, fits no template of its group, the templates of
// its length whose first token is another word and whose other tokens
// agree with toks' (equal, a variable on either side, or values of one
// key), at least MinFirstSlotContext constant words equal, are counted;
// with EnumerationValues-1 of them (KeyedEnumerationValues-1 in a record
// of keyed fields) the first position is a variable: a new template with
// "<*>" there (its key and punctuation kept, as generalize writes it)
// generalizes over them, absorbs them and is returned. A template that
// already holds a variable there and agrees elsewhere takes toks at once.
func (m *Miner) firstSlot(key groupKey, toks []string) *cluster {
	if len(toks) < 2 || key.first == "" || !wordLike(toks[0]) || messageTexts(toks[0], toks[0]) {
		return nil
	}
	rk := restKey(toks)
	if rk == 0 {
		return nil
	}
	need := enumerationNeed(toks)
	if messageHead(toks, 0) {
		need = EnumerationValues
	}
	var words []*cluster
	for _, c := range m.rests[rk] {
		if c.dead || c.parent != nil || len(c.tokens) != len(toks) || !restAgrees(c.tokens, toks) {
			continue
		}
		t := c.tokens[0]
		if t == toks[0] {
			continue
		}
		if t == mask.Wildcard || covers(t, toks[0]) {
			m.firstValues.add(toks[0], 1) // a known value, as below
			m.generalize(c, toks)
			c = resolve(c)
			m.touch(c)
			m.absorbFirstWords(c)
			return c
		}
		if wordLike(t) && !hasWild(t) {
			words = append(words, c)
		}
	}
	if len(words)+1 < need {
		return nil
	}
	first := append([]string(nil), toks...)
	for _, c := range words {
		first[0] = generalizeToken(first, 0, c.tokens[0])
	}
	if !hasWild(first[0]) {
		return nil
	}
	c := m.create(groupKey{n: len(first), first: firstKey(first)}, first)
	m.firstValues.add(toks[0], 1)
	// a word weighs its template's records up to those of the slot's other
	// values, as absorbFirstWords' guard asks n of values to fold n
	// records: forged records with an event's word first, and the few
	// other words that make the slot, do not make it weigh as the event
	// (h134)
	total := uint64(1)
	for _, o := range words {
		total += o.count
	}
	for _, o := range words {
		// a name taken here, where the rest gave the context, is a known
		// value of the first position (firstAgrees), as one
		// absorbFirstWords takes: a deployment tool's resource names
		// first on its short lines ("<name>: Creating...") join once a
		// long line of theirs made the slot
		m.firstValues.add(o.tokens[0], min(o.count, total-o.count))
		if o.parent != nil || o.dead {
			continue // absorbed on the way (generalize absorbs what c covers)
		}
		m.generalizeBy(c, o.tokens, true)
		c = resolve(c)
		if o.parent == nil && !o.dead && o != c {
			m.absorb(c, o)
		}
	}
	m.absorbCovered(c)
	return resolve(c)
}

// absorbFirstWords makes the templates that differ from c, which holds a
// variable at the first position, only by a word there (the rest agreeing
// as firstSlot asks) forward to c: they were made before the slot was
// known, and c takes each of their messages when it fits no other
// template ("RebuildFinished event detected on <*>" kept its own template
// before a masked first value made "<*> event detected on <*>"). Only
// those that carried no more records than c's own (not those of the word
// templates it took at an earlier call): a first value the masking
// found in one record ("4711 password for user ...") says nothing of the
// words there, and one or two forged records must not fold events whose
// word many records repeated ("Accepted password ...", "Failed password
// ...", as absorbCovered's positional guard).
func (m *Miner) absorbFirstWords(c *cluster) {
	if c.rest == 0 || !hasWild(c.tokens[0]) {
		return
	}
	var older []*cluster
	for _, o := range m.rests[c.rest] {
		if o == c || o.dead || o.parent != nil || len(o.tokens) != len(c.tokens) {
			continue
		}
		if t := o.tokens[0]; (o.count <= c.own() || m.firstValues.weighs(t, o.count)) && wordLike(t) && !hasWild(t) && covers(c.tokens[0], t) && m.firstAgrees(c.tokens, o.tokens) {
			older = append(older, o)
		}
	}
	for _, o := range older {
		if o.parent != nil || o.dead {
			continue
		}
		m.firstValues.add(o.tokens[0], o.count)
		m.generalize(c, o.tokens)
		c = resolve(c)
		if o.parent == nil && !o.dead && o != c {
			m.absorb(c, o)
		}
	}
}

// MaxFirstValues bounds the words the miner knows as values of the first
// position (Miner.firstValues).
const MaxFirstValues = 1024

// firstValueSet holds at most MaxFirstValues words and forgets none of
// those the program's records taught under a flood of forged words: a
// word weighs the records of the templates it was taken from (as the
// guards weigh templates by their records), and when full a new word
// takes the place of the lightest, the latest admitted of them (LFU by
// records, ties to the newest), so one-off words turn over among
// themselves, words taken twice with a record each do not forget a word
// whose template carried more (h118), and the words known first stay.
type firstValueSet struct {
	uses map[string]*firstValue
	heap firstHeap // the lightest, then the latest admitted, first
	seq  uint64
}

// firstValue is a known first value: its records and admission order.
type firstValue struct {
	records, seq uint64
	i            int // index in heap
	w            string
}

// add takes w as a value of the first position, from a template that
// carried records records.
func (s *firstValueSet) add(w string, records uint64) {
	if v := s.uses[w]; v != nil {
		v.records += records
		heap.Fix(&s.heap, v.i)
		return
	}
	if len(s.heap) >= MaxFirstValues {
		delete(s.uses, heap.Pop(&s.heap).(*firstValue).w)
	}
	s.seq++
	v := &firstValue{records: records, seq: s.seq, w: w}
	s.uses[w] = v
	heap.Push(&s.heap, v)
}

// weighs reports that w is a known first value taken from templates that
// carried at least records records: a name the program writes first
// (a builder's "amazon-ebs.ubuntu: ...") that the slots of other events
// took, each under absorbFirstWords' guard, weighs as much as the word
// template of one more event, whose slot it need not outweigh there.
func (s *firstValueSet) weighs(w string, records uint64) bool {
	v := s.uses[w]
	return v != nil && v.records >= records
}

// firstHeap is a container/heap of known first values: fewer records,
// then admitted later, first.
type firstHeap []*firstValue

func (h firstHeap) Len() int { return len(h) }
func (h firstHeap) Less(i, j int) bool {
	a, b := h[i], h[j]
	return a.records < b.records || a.records == b.records && a.seq > b.seq
}
func (h firstHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].i, h[j].i = i, j
}
func (h *firstHeap) Push(x any) {
	v := x.(*firstValue)
	v.i = len(*h)
	*h = append(*h, v)
}
func (h *firstHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return v
}

// firstAgrees reports that the template o, with a word first, agrees with
// c after the first token as absorbFirstWords asks: with
// MinFirstSlotContext constant words (restAgrees), or with one when its
// first word is known as a value there already: a name taken from the
// first position of one event, where the rest gave the context, is a
// value of the first position of the others too ("infra Disconnected"
// beside "<*> Disconnected", once "infra Waiting for work..." was taken
// by "<*> Waiting for work..."). The words of events do not move from
// event to event; the names of the program's workers do.
func (m *Miner) firstAgrees(c, o []string) bool {
	if restAgrees(c, o) {
		return true
	}
	_, known := m.firstValues.uses[o[0]]
	return known && restAgreesMin(c, o, 1)
}

// restAgrees reports that the tokens of a template and a message after the
// first agree (firstSlot): each pair equal, a variable on either side, one
// covering the other ("node-<*>", "node-7") or two values of one key, with
// at least MinFirstSlotContext constant words or keys equal.
func restAgrees(tpl, toks []string) bool {
	return restAgreesMin(tpl, toks, MinFirstSlotContext)
}

// restAgreesMin is restAgrees with need constant words or keys equal.
func restAgreesMin(tpl, toks []string, need int) bool {
	same := 0
	for i := 1; i < len(tpl); i++ {
		t, u := tpl[i], toks[i]
		switch {
		case hasLetter(keyOf(t)) && keyOf(t) == keyOf(u):
			same++ // the key is the format's
		case t == u:
			if wordLike(t) {
				same++
			}
		case t == mask.Wildcard || u == mask.Wildcard || covers(t, u) || covers(u, t):
		default:
			return false
		}
	}
	return same >= need
}

// MaxSlotPositions bounds the positions at which slots compares a message
// with a template.
const MaxSlotPositions = 2

// slots counts values per position over the templates of toks' length
// that differ from it only by words (at most MaxSlotPositions of them, the
// rest equal or matched by a variable, MinFirstSlotContext constant words
// agreeing): a
// position where EnumerationValues different words have been seen
// (KeyedEnumerationValues among keyed fields) is a slot a program fills,
// even when no two of those templates differ there alone ("<*>/<*> #<*>
// completed: FAILURE", "web-frontend/main #<*> completed: SUCCESS", ...:
// the job's name and its result vary independently, and the first is
// sometimes masked). Words that name an event are few at their position
// and do not qualify it. The templates whose differences all fall on
// slots generalize there, with toks, into one that absorbs them. Returns
// it, or nil.
func (m *Miner) slots(key groupKey, toks []string) *cluster {
	need := enumerationNeed(toks)
	type cand struct {
		c   *cluster
		pos [MaxSlotPositions]int
		n   int
	}
	var cands []cand
	consider := func(c *cluster) {
		if c.dead || c.parent != nil || len(c.tokens) != len(toks) {
			return
		}
		var d cand
		d.c = c
		same := 0
		for i, t := range c.tokens {
			u := toks[i]
			if t == u {
				if wordLike(t) {
					same++
				}
				continue
			}
			if globMatch(t, u) || globMatch(u, t) {
				continue
			}
			if d.n == MaxSlotPositions || !wordLike(t) || !wordLike(u) || otherKeys(c.tokens, i, u) || messageTexts(t, u) {
				return
			}
			d.pos[d.n] = i
			d.n++
		}
		if d.n > 0 && same >= MinFirstSlotContext {
			cands = append(cands, d)
		}
	}
	for _, c := range m.groups[key] {
		consider(c)
	}
	if rk := restKey(toks); rk != 0 {
		for _, c := range m.rests[rk] {
			if c.key != key { // the group's are counted
				consider(c)
			}
		}
	}
	if len(cands)+1 < need {
		return nil
	}
	// distinct words per position
	values := map[int]map[string]bool{}
	for _, d := range cands {
		for _, p := range d.pos[:d.n] {
			if values[p] == nil {
				values[p] = map[string]bool{toks[p]: true}
			}
			values[p][d.c.tokens[p]] = true
		}
	}
	var family []*cluster
	for _, d := range cands {
		ok := true
		for _, p := range d.pos[:d.n] {
			if len(values[p]) < need || messageHead(toks, p) && len(values[p]) < EnumerationValues {
				ok = false
			}
		}
		if ok {
			family = append(family, d.c)
		}
	}
	if len(family) == 0 {
		return nil
	}
	gen := append([]string(nil), toks...)
	for _, c := range family {
		for i, t := range c.tokens {
			if gen[i] != t && !globMatch(gen[i], t) {
				gen[i] = generalizeToken(gen, i, t)
			}
		}
	}
	// the template takes at once only the templates that carried one
	// record, as the message, or that need-2 other templates counted here
	// match in records (the standard of weighedTails): the count of words
	// says the position varies, not that a template many records carried
	// is one of its values, so three one-off forged records (five words
	// with two established ones) fold no established template; those
	// left join once its own records outweigh theirs (weighAgain)
	counts := make([]uint64, len(cands))
	for i, d := range cands {
		counts[i] = d.c.count
	}
	slices.Sort(counts)
	heavy := func(o *cluster) bool {
		lo, _ := slices.BinarySearch(counts, (o.count+2)/3)
		return o.count > 1 && len(counts)-lo-1 < need-2
	}
	var left []*cluster
	family = slices.DeleteFunc(family, func(o *cluster) bool {
		if heavy(o) {
			left = append(left, o)
			return true
		}
		return false
	})
	c := m.create(groupKey{n: len(gen), first: firstKey(gen)}, gen)
	made, ones := c, uint64(0) // ones: the records of one-record templates taken
	for _, o := range family {
		if o.parent == nil && !o.dead && o != c {
			if o.count == 1 {
				ones++
			}
			m.absorb(c, o)
		}
	}
	m.absorbCovered(c)
	// the older templates that differ only by a word at a slot just
	// counted (or by a name): any word there is a value, as it is for the
	// messages the new template takes ("queue = long" made before
	// "queue" was known to be a slot); by words, weighed as the family
	// (h110): those left wait with the family's
	m.absorbInto(c, func(o *cluster) bool {
		if !namesAtOr(c.tokens, o.tokens, func(i int) bool { return len(values[i]) >= need }) {
			return false
		}
		if heavy(o) && !namesAt(c.tokens, o.tokens) {
			if !slices.Contains(left, o) {
				left = append(left, o)
			}
			return false
		}
		if o.count == 1 {
			ones++
		}
		return true
	})
	c = resolve(c)
	if left = slices.DeleteFunc(left, func(o *cluster) bool { return o.parent != nil || o.dead }); len(left) > 0 && c.waiting == nil {
		// those left wait on its own records: the message's and those of
		// the one-record templates it took, not those of the templates of
		// more it took by the factor of three (h117: 13 forged records
		// took a reason of 12 so, and through its records one of 24)
		taken := c.taken
		if c == made {
			taken -= ones
		}
		c.waiting = &waiting{tails: left, slot: true, taken: taken}
		m.weighAgain(c)
	}
	return c
}

// globMatch reports that pattern, whose "<*>"s each stand for one or more
// bytes, matches s ("<*>/<*>" matches "web-frontend/main").
func globMatch(pattern, s string) bool {
	if !hasWild(pattern) {
		return false
	}
	parts := strings.Split(pattern, mask.Wildcard)
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	for i, part := range parts[1:] {
		last := i == len(parts)-2
		if last {
			return len(s) > len(part) && strings.HasSuffix(s, part)
		}
		// the variable takes at least one byte, then the part
		j := strings.Index(s[min(1, len(s)):], part)
		if j < 0 || len(s) == 0 {
			return false
		}
		s = s[1+j+len(part):]
	}
	return true
}

// otherKeys reports two key=value tokens with different keys at position i
// of tpl and of a message, u there ("peer info: IV_PLAT=win", "peer info:
// IV_VER=<*>"): a key is the format's text, so two keys are two events,
// never two values of one slot. In a run of keyed tokens the keys may be
// the values of a list ("ehlo=1 mail=1 rcpt=0/1 quit=1", the commands of
// a session with their counts): there they are not told apart.
func otherKeys(tpl []string, i int, u string) bool {
	kt, ku := keyOf(tpl[i]), keyOf(u)
	if !hasLetter(kt) || !hasLetter(ku) || kt == ku {
		return false
	}
	return !(i > 0 && keyOf(tpl[i-1]) != "" || i+1 < len(tpl) && keyOf(tpl[i+1]) != "")
}
