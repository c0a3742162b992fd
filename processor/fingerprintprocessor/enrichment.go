package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"

import (
	"slices"
	"strings"
	"unicode/utf8"

	"go.opentelemetry.io/collector/pdata/pcommon"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
)

// resourceEnrichment is what a resource contributes to every fingerprinted
// record under it, computed once per resource.
type resourceEnrichment struct {
	service, release, environment, deployment string
	res                                       pcommon.Map
	// tenant and user as the resource alone gives them (resOK), for the
	// records whose own attributes cannot hold one (see enrichRecord)
	tenant, user string
	resOK        bool
	// kindSet: the resource carries the kind of its fingerprinted log
	// records (written with the first one, see fingerprintLog)
	kindSet bool
}

// Which of the resource's facts a record carries itself (ownFacts bits):
// a value from elsewhere (an earlier collector, the application) that the
// processor overwrites with the resource's, as it did when it copied them
// onto every record.
const (
	ownRelease uint8 = 1 << iota
	ownEnvironment
	ownDeployment
	// ownUnknown: not gathered; enrichRecord looks each key up.
	ownUnknown
)

// enrichResource derives release, environment and deployment once per
// resource and writes them on the resource (each when non-empty), and
// only there: they are facts of the resource, derived from its attributes
// alone, so a record carries one only when it had its own (enrichRecord).
// The processor owns these facts, and the exporter and the trace_findings
// connector read them from the resource for every record of it,
// fingerprinted or not (a release that logged no failure is still the
// baseline of the next one), instead of deriving them again.
func (f *fingerprinter) enrichResource(res pcommon.Resource) resourceEnrichment {
	ra := res.Attributes()
	get := enrich.MapLookup(ra)
	re := resourceEnrichment{
		service:     stringAttr(ra, attrs.ServiceName),
		release:     f.enricher.Release(get),
		environment: f.enricher.Environment(get),
		deployment:  f.enricher.Deployment(get),
		res:         ra,
	}
	putIf(ra, attrs.Release, re.release)
	putIf(ra, attrs.Environment, re.environment)
	putIf(ra, attrs.Deployment, re.deployment)
	if f.enrichAffected && f.affectedDisjoint {
		re.tenant, re.user, re.resOK = f.enricher.TenantUser(get)
	}
	return re
}

// affectedDisjoint reports whether no tenant or user source key is one of
// the keys fingerprintLog writes on a record before enrichRecord looks them
// up: then a record that had no attributes has no tenant or user of its own.
func affectedDisjoint(cfg *Config) bool {
	written := map[string]bool{
		cfg.Attributes.Template: true, cfg.Attributes.ID: true, cfg.Attributes.Kind: true,
		attrs.ErrorType: true, attrs.Release: true, attrs.Environment: true, attrs.Deployment: true,
		attrs.Owner: true, attrs.Journey: true, attrs.JourneyCriticality: true, attrs.Tenant: true, attrs.User: true,
	}
	for _, k := range append(slices.Clone(cfg.Enrichment.Affected.TenantFrom), cfg.Enrichment.Affected.UserFrom...) {
		if written[k] {
			return false
		}
	}
	return true
}

// earlyAffectedKeys are the record keys a log record's tenant and user
// are resolved from (their sources, then tenant.id and enduser.id, which
// putAffected compares with), read in scanLogAttrs's one pass over the
// record before the processor writes on it, or nil when that would not
// read what enrichRecord's lookups after the writes read: a key the
// processor writes (affectedDisjoint, or fingerprint.frames) among them,
// or more keys than an affectedScan holds.
func earlyAffectedKeys(cfg *Config) []string {
	if len(cfg.Enrichment.Affected.TenantFrom)+len(cfg.Enrichment.Affected.UserFrom) == 0 || !affectedDisjoint(cfg) {
		return nil
	}
	for _, k := range [...]string{cfg.Attributes.Template, cfg.Attributes.ID, cfg.Attributes.Kind} {
		if k == attrs.Tenant || k == attrs.User {
			// the processor writes the tenant's or the user's key
			// before enrichRecord, which then overwrites it: the plan,
			// read before the writes, would not (h141's finding)
			return nil
		}
	}
	written := map[string]bool{
		cfg.Attributes.Template: true, cfg.Attributes.ID: true, cfg.Attributes.Kind: true,
		attrs.ErrorType: true, attrs.Frames: true, attrs.Release: true, attrs.Environment: true, attrs.Deployment: true,
		attrs.Owner: true, attrs.Journey: true, attrs.JourneyCriticality: true, attrs.Tenant: true, attrs.User: true,
	}
	var keys []string
	for _, k := range slices.Concat(cfg.Enrichment.Affected.TenantFrom, cfg.Enrichment.Affected.UserFrom, []string{attrs.TenantID, attrs.EnduserID}) {
		if written[k] {
			return nil
		}
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	if len(keys) > maxAffectedKeys {
		return nil
	}
	return keys
}

const maxAffectedKeys = 8

// affectedScan is what a log record's own attributes give its tenant and
// user, gathered by scanLogAttrs: the first value of each of
// earlyAffectedKeys (as pcommon.Map.Get finds it), and whether the record
// carries fingerprint.tenant and fingerprint.user.
type affectedScan struct {
	seen               uint8 // bit i: the record has keys[i], its value in v[i]
	hasTenant, hasUser bool
	v                  [maxAffectedKeys]pcommon.Value
}

// read notes the attribute k=v if k is one of keys (earlyAffectedKeys)
// met for the first time, or fingerprint.tenant or fingerprint.user.
func (sc *affectedScan) read(keys []string, k string, v pcommon.Value) {
	switch k {
	case attrs.Tenant:
		sc.hasTenant = true
		return
	case attrs.User:
		sc.hasUser = true
		return
	}
	for i, key := range keys {
		if k == key {
			if sc.seen&(1<<i) == 0 {
				sc.seen |= 1 << i
				sc.v[i] = v
			}
			return
		}
	}
}

// affectedPlan is what enrichRecord writes of a log record's tenant and
// user, decided before the record's slots are reserved (planAffected).
type affectedPlan struct {
	tenant, user string // "": not written
}

// planAffected resolves a log record's tenant and user as enrichRecord's
// lookups after the processor's writes would (bothLookup: the record's
// value of a source key, else the resource's; putAffected: nothing when
// the value is the record's own unhashed fallback), from the record's
// attributes as scanLogAttrs read them: none of the keys it reads is one
// the processor writes first (earlyAffectedKeys). It returns how many
// attributes the plan adds to the record, so that only those slots are
// reserved: a record that carries its own tenant.id and enduser.id, as
// an instrumented service's records do, gets neither written again.
func (f *fingerprinter) planAffected(sc *affectedScan, res pcommon.Map) (p affectedPlan, adds int) {
	ix := &f.affIdx
	aff := &f.cfg.Enrichment.Affected
	plan := func(value string, has bool, fb int, hashed bool) string {
		if value == "" {
			return ""
		}
		// the fallback's value on the record, as putAffected reads it
		if !has && !hashed && sc.seen&(1<<fb) != 0 {
			if v := sc.v[fb]; v.Type() == pcommon.ValueTypeStr && v.Str() == value {
				return ""
			}
		}
		if !has {
			adds++
		}
		return value
	}
	p.tenant = plan(f.enricher.TenantOf(sc.first(f.affKeys, ix.tenant, res)), sc.hasTenant, ix.tenantFB, aff.HashTenant)
	p.user = plan(f.enricher.UserOf(sc.first(f.affKeys, ix.user, res)), sc.hasUser, ix.userFB, aff.HashUser)
	return p, adds
}

// affectedIndexes locate the tenant and user sources (in their configured
// order) and the fallback keys tenant.id and enduser.id among
// earlyAffectedKeys, which holds each of them once.
type affectedIndexes struct {
	tenant, user     []uint8
	tenantFB, userFB int
}

func newAffectedIndexes(cfg *Config, keys []string) affectedIndexes {
	var ix affectedIndexes
	if keys == nil {
		return ix
	}
	for _, k := range cfg.Enrichment.Affected.TenantFrom {
		ix.tenant = append(ix.tenant, uint8(slices.Index(keys, k)))
	}
	for _, k := range cfg.Enrichment.Affected.UserFrom {
		ix.user = append(ix.user, uint8(slices.Index(keys, k)))
	}
	ix.tenantFB, ix.userFB = slices.Index(keys, attrs.TenantID), slices.Index(keys, attrs.EnduserID)
	return ix
}

// first is what enrich's lookup of the sources of indexes idx (into keys)
// finds through bothLookup: of each source in order, the record's value
// if the record has the key, else the resource's; the first non-blank
// one, trimmed.
func (sc *affectedScan) first(keys []string, idx []uint8, res pcommon.Map) (string, bool) {
	for _, i := range idx {
		var v pcommon.Value
		if sc.seen&(1<<i) != 0 {
			v = sc.v[i]
		} else if rv, ok := res.Get(keys[i]); ok {
			v = rv
		} else {
			continue
		}
		s := v.Str()
		if v.Type() != pcommon.ValueTypeStr {
			s = v.AsString()
		}
		if s = trimSpace(s); s != "" {
			return s, true
		}
	}
	return "", false
}

// trimSpace is strings.TrimSpace, without its call for the usual value
// that begins and ends with a printable ASCII byte (no white space, ASCII
// or Unicode, can be there to trim).
func trimSpace(s string) string {
	if n := len(s); n > 0 && ' ' < s[0] && s[0] < utf8.RuneSelf && ' ' < s[n-1] && s[n-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

// bothLookup reads the record's attributes first, then the resource's.
func bothLookup(rec, res pcommon.Map) enrich.Lookup {
	return func(key string) (string, bool) {
		for _, m := range [2]pcommon.Map{rec, res} {
			if v, ok := m.Get(key); ok {
				if v.Type() == pcommon.ValueTypeStr {
					return v.Str(), true
				}
				return v.AsString(), true
			}
		}
		return "", false
	}
}

// enrichSlots is at most how many attributes enrichRecord adds to a record
// of the resource: reserving them with the processor's own attributes
// grows the record's attribute slice once instead of twice (the second
// growth was a fifth of the log path's time in a profile of
// cmd/pipebench).
func (f *fingerprinter) enrichSlots(re *resourceEnrichment) int {
	n := 0
	if f.hasOwners {
		n++ // owner (a slot reserved without owner rules was never used: 32 bytes more per record to allocate and scan)
	}
	if f.hasJourneys {
		n += 2 // journey, criticality
	}
	if f.enrichAffected {
		n += 2 // tenant, user
	}
	return n
}

// logSlots is enrichSlots for one log record: a bare record under a
// resource that gives its tenant and user (resOK) gets only those of the
// two that are set, so no slot is reserved for the others (64 bytes less
// per record to allocate and for the collector to scan when the resource
// names neither, as in BenchmarkConsumeLogs).
func (f *fingerprinter) logSlots(re *resourceEnrichment, bare bool) int {
	n := f.enrichSlots(re)
	if f.enrichAffected && bare && re.resOK {
		for _, v := range [...]string{re.tenant, re.user} {
			if v == "" {
				n--
			}
		}
	}
	return n
}

// enrichRecord writes the enrichment attributes of one fingerprinted record.
// journey is the journey already known for the record (zero if none); ts
// is the record's time (unix ns, 0 if unknown). bare: the record had no
// attributes before the processor wrote its own, so (with
// affectedDisjoint) its tenant and user are the resource's. own: which of
// release, environment and deployment the record carried before (ownFacts
// bits, or ownUnknown): those the resource gives are overwritten with the
// resource's value; the others are not written on the record (readers
// take the resource's).
//
// plan, when not nil, is the record's tenant and user decided before the
// processor wrote on it (planAffected): they are written as planned
// instead of looked up.
func (f *fingerprinter) enrichRecord(a pcommon.Map, re *resourceEnrichment, route, template string, journey enrich.Journey, hasJourney, bare bool, own uint8, ts int64, plan *affectedPlan) {
	if own != 0 {
		for _, e := range [...]struct {
			bit        uint8
			key, value string
		}{{ownRelease, attrs.Release, re.release}, {ownEnvironment, attrs.Environment, re.environment}, {ownDeployment, attrs.Deployment, re.deployment}} {
			if e.value == "" || own&(e.bit|ownUnknown) == 0 {
				continue
			}
			if v, ok := a.Get(e.key); ok {
				v.SetStr(e.value)
			}
		}
	}
	if f.hasOwners {
		putIf(a, attrs.Owner, f.enricher.Owner(re.service, route, template))
	}
	if hasJourney {
		a.PutStr(attrs.Journey, journey.Name)
		a.PutDouble(attrs.JourneyCriticality, journey.Criticality)
	}
	if f.enrichAffected {
		switch {
		case bare && re.resOK:
			putIf(a, attrs.Tenant, re.tenant)
			putIf(a, attrs.User, re.user)
		case plan != nil:
			// over the record's own fingerprint.tenant or user, else added
			putIf(a, attrs.Tenant, plan.tenant)
			putIf(a, attrs.User, plan.user)
		default:
			get := bothLookup(a, re.res)
			aff := &f.cfg.Enrichment.Affected
			putAffected(a, attrs.Tenant, attrs.TenantID, f.enricher.Tenant(get), aff.HashTenant)
			putAffected(a, attrs.User, attrs.EnduserID, f.enricher.User(get), aff.HashUser)
		}
	}
	if f.enricher.HasBusinessHours() {
		if in, known := f.enricher.BusinessHours(ts, bothLookup(a, re.res)); known {
			a.PutBool(attrs.BusinessHours, in)
		}
	}
}

// putAffected writes the record's tenant or user (key) unless it would be
// a second copy of one fact: an unhashed value equal to the record's own
// string attribute fallback (tenant.id, enduser.id), which every reader
// takes when the processor wrote none (attrs.Enrichment.Resolve, the
// exporter's and the trace_findings connector's). A value the record
// carried under key itself (an earlier collector's, or its sender's) is
// overwritten, so a reader never takes it over the record's own user.
func putAffected(a pcommon.Map, key, fallback, value string, hashed bool) {
	if value == "" {
		return
	}
	if v, ok := a.Get(key); ok {
		v.SetStr(value)
		return
	}
	if !hashed {
		if v, ok := a.Get(fallback); ok && v.Type() == pcommon.ValueTypeStr && v.Str() == value {
			return
		}
	}
	a.PutStr(key, value)
}

func putIf(a pcommon.Map, key, value string) {
	if value != "" {
		a.PutStr(key, value)
	}
}
