package enrich

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
)

// Lookup returns the value of a record attribute.
type Lookup func(key string) (string, bool)

// Enricher applies compiled enrichment rules. It is safe for concurrent
// use.
type Enricher struct {
	releaseFrom, envFrom, deployFrom []string
	envAliases                       map[string]string

	owners     []ownerRule
	fileOwners []FileRule
	journeys   []journeyRule
	traces     *TraceJourneys

	tenantFrom, userFrom []string
	hashTenant, hashUser bool
	hashLen, maxValueLen int
	hmacPool             sync.Pool
	truncated            atomic.Uint64
	bh                   *businessHours
}

// ownerRule holds its patterns with the subject each applies to, cheapest
// first, so that most non-matching rules are rejected by a string compare.
type ownerRule struct {
	checks [3]check
	team   string
}

type check struct {
	p       Pattern
	subject uint8 // subjectService, subjectRoute, subjectTemplate
}

const (
	subjectService = iota
	subjectRoute
	subjectTemplate
)

func newChecks(service, route, template string) [3]check {
	c := [3]check{
		{mustCompileOptional(service), subjectService},
		{mustCompileOptional(route), subjectRoute},
		{mustCompileOptional(template), subjectTemplate},
	}
	sort.SliceStable(c[:], func(i, j int) bool { return c[i].p.cost() < c[j].p.cost() })
	return c
}

func (r *ownerRule) match(subjects *[3]string) bool { return matchChecks(&r.checks, subjects) }

func matchChecks(checks *[3]check, subjects *[3]string) bool {
	for i := range checks {
		c := &checks[i]
		if !c.p.Match(subjects[c.subject]) {
			return false
		}
	}
	return true
}

type journeyRule struct {
	checks  [3]check
	journey Journey
}

// builtinEnvAliases are the built-in environment aliases.
var builtinEnvAliases = map[string]string{
	"prod": "production", "prd": "production", "production": "production", "live": "production",
	"stg": "staging", "stage": "staging", "staging": "staging",
	"dev": "development", "development": "development",
	"qa": "test", "test": "test", "testing": "test",
}

// New validates cfg, compiles its patterns and reads its CODEOWNERS file.
func New(cfg Config) (*Enricher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	e := &Enricher{
		releaseFrom: cfg.ReleaseFrom,
		deployFrom:  cfg.DeploymentFrom,
		envFrom:     cfg.EnvironmentFrom,
		envAliases:  make(map[string]string, len(builtinEnvAliases)+len(cfg.EnvironmentAliases)),
		traces:      NewTraceJourneys(cfg.TraceJourneyCapacity),
		tenantFrom:  cfg.Affected.TenantFrom,
		userFrom:    cfg.Affected.UserFrom,
		hashTenant:  cfg.Affected.HashTenant,
		hashUser:    cfg.Affected.HashUser,
		hashLen:     cfg.Affected.HashLength,
		maxValueLen: cfg.Affected.MaxValueLength,
	}
	for k, v := range builtinEnvAliases {
		e.envAliases[k] = v
	}
	for k, v := range cfg.EnvironmentAliases {
		e.envAliases[strings.ToLower(strings.TrimSpace(k))] = strings.ToLower(strings.TrimSpace(v))
	}
	if e.hashLen == 0 {
		e.hashLen = DefaultHashLength
	}
	if e.maxValueLen == 0 {
		e.maxValueLen = DefaultMaxValueLength
	}
	bh, err := newBusinessHours(cfg.BusinessHours)
	if err != nil {
		return nil, err
	}
	e.bh = bh
	key := []byte(string(cfg.Affected.HashKey))
	e.hmacPool.New = func() any { return &hmacState{h: hmac.New(sha256.New, key)} }
	for _, r := range cfg.Owners {
		e.owners = append(e.owners, ownerRule{checks: newChecks(r.Service, r.Route, r.Template), team: r.Team})
	}
	for _, r := range cfg.Journeys {
		c := r.Criticality
		if c == 0 {
			c = DefaultCriticality
		}
		e.journeys = append(e.journeys, journeyRule{
			checks:  newChecks(r.Service, r.Route, ""),
			journey: Journey{Name: r.Journey, Criticality: c},
		})
	}
	if cfg.CodeOwnersFile != "" {
		f, err := os.Open(cfg.CodeOwnersFile)
		if err != nil {
			return nil, fmt.Errorf("codeowners_file: %w", err)
		}
		defer f.Close()
		rules, err := ParseCodeOwners(f)
		if err != nil {
			return nil, fmt.Errorf("codeowners_file: %s: %w", cfg.CodeOwnersFile, err)
		}
		e.fileOwners = rules
	}
	return e, nil
}

// WithFileOwners replaces the CODEOWNERS rules, e.g. parsed by the caller
// with [ParseCodeOwners]. It must be called before concurrent use.
func (e *Enricher) WithFileOwners(rules []FileRule) *Enricher {
	e.fileOwners = rules
	return e
}

// mustCompileOptional compiles a validated pattern; "" matches anything.
func mustCompileOptional(s string) Pattern {
	if s == "" {
		return Pattern{}
	}
	return MustCompilePattern(s)
}

func first(get Lookup, keys []string) (string, bool) {
	for _, k := range keys {
		if v, ok := get(k); ok {
			if v = strings.TrimSpace(v); v != "" {
				return v, true
			}
		}
	}
	return "", false
}

// Deployment returns the deployment id (trimmed), or "".
func (e *Enricher) Deployment(get Lookup) string {
	v, _ := first(get, e.deployFrom)
	return e.capValue(strings.TrimSpace(v))
}

// Release returns the normalized release, or "".
func (e *Enricher) Release(get Lookup) string {
	v, _ := first(get, e.releaseFrom)
	return e.capValue(NormalizeRelease(v))
}

// NormalizeRelease trims s and drops a leading "v" or "V" followed by a
// digit.
func NormalizeRelease(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 1 && (s[0] == 'v' || s[0] == 'V') && s[1] >= '0' && s[1] <= '9' {
		return s[1:]
	}
	return s
}

// Environment returns the normalized environment, or "".
func (e *Enricher) Environment(get Lookup) string {
	v, _ := first(get, e.envFrom)
	return e.capValue(e.NormalizeEnvironment(v))
}

// NormalizeEnvironment trims and lowercases s and maps aliases.
func (e *Enricher) NormalizeEnvironment(s string) string {
	s = strings.ToLower(strings.TrimSpace(s)) // no allocation when already lowercase
	if a, ok := e.envAliases[s]; ok {
		return a
	}
	return s
}

// HasOwners reports whether an owner rule or a CODEOWNERS rule is
// configured: without one, Owner always returns "".
func (e *Enricher) HasOwners() bool { return len(e.owners)+len(e.fileOwners) > 0 }

// Owner returns the owning team of a record: the first matching inline
// rule, else the last matching CODEOWNERS line, else "". route is the
// http.route or span name and may be empty.
func (e *Enricher) Owner(service, route, template string) string {
	subjects := [3]string{service, route, template}
	for i := range e.owners {
		if r := &e.owners[i]; r.match(&subjects) {
			return r.team
		}
	}
	if len(e.fileOwners) == 0 {
		return ""
	}
	// "service/route" ("service/" without a route) is built in a pooled
	// buffer and viewed as a string that does not outlive this call.
	bp := subjectPool.Get().(*[]byte)
	b := append((*bp)[:0], service...)
	b = append(b, '/')
	b = append(b, strings.TrimPrefix(route, "/")...)
	*bp = b
	full := unsafe.String(unsafe.SliceData(b), len(b))
	owner := ""
	for i := len(e.fileOwners) - 1; i >= 0; i-- {
		r := &e.fileOwners[i]
		if r.Pattern.Match(service) || r.Pattern.Match(full) {
			owner = r.Owner
			break
		}
	}
	subjectPool.Put(bp)
	return owner
}

var subjectPool = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

// Journey returns the journey of the first rule matching route (an
// http.route or span name) and service.
func (e *Enricher) Journey(service, route string) (Journey, bool) {
	if route == "" {
		return Journey{}, false
	}
	subjects := [3]string{service, route, ""}
	for i := range e.journeys {
		r := &e.journeys[i]
		if matchChecks(&r.checks, &subjects) {
			return r.journey, true
		}
	}
	return Journey{}, false
}

// TraceJourneys returns the trace id -> journey memory.
func (e *Enricher) TraceJourneys() *TraceJourneys { return e.traces }

// Tenant returns the affected tenant (hashed when configured), or "".
func (e *Enricher) Tenant(get Lookup) string {
	return e.affected(get, e.tenantFrom, e.hashTenant)
}

// User returns the affected user (hashed when configured), or "".
func (e *Enricher) User(get Lookup) string {
	return e.affected(get, e.userFrom, e.hashUser)
}

// TenantUser returns Tenant(get) and User(get) for a caller that reuses
// them for many records (the processor, for every record of a resource
// whose own attributes cannot hold a tenant or user). ok is false when a
// value would be truncated: the caller then asks per record, so
// TruncatedValues still counts every record.
func (e *Enricher) TenantUser(get Lookup) (tenant, user string, ok bool) {
	for _, keys := range [2][]string{e.tenantFrom, e.userFrom} {
		if v, found := first(get, keys); found && e.maxValueLen > 0 && len(v) > e.maxValueLen {
			return "", "", false
		}
	}
	return e.Tenant(get), e.User(get), true
}

func (e *Enricher) affected(get Lookup, keys []string, hashed bool) string {
	v, ok := first(get, keys)
	return e.affectedValue(v, ok, hashed)
}

// TenantOf is Tenant for a caller that found the first source's value
// itself: v, found are what the first of the tenant sources with a
// non-blank value gives (trimmed), as Tenant's lookups would find it.
func (e *Enricher) TenantOf(v string, found bool) string {
	return e.affectedValue(v, found, e.hashTenant)
}

// UserOf is User for a caller that found the first source's value itself
// (see TenantOf).
func (e *Enricher) UserOf(v string, found bool) string {
	return e.affectedValue(v, found, e.hashUser)
}

// affectedValue is what Tenant or User return for the first source's
// value v (found: a source had a non-blank value).
func (e *Enricher) affectedValue(v string, ok, hashed bool) string {
	if !ok {
		return ""
	}
	v = e.capValue(v)
	if !hashed {
		return v
	}
	var buf [64]byte
	return string(e.AppendHash(buf[:0], v))
}

type hmacState struct {
	h   hash.Hash
	in  []byte
	sum [sha256.Size]byte
}

// AppendHash appends the HashLength hex digits of HMAC-SHA256(key, v) to
// dst. It does not allocate in steady state.
func (e *Enricher) AppendHash(dst []byte, v string) []byte {
	st := e.hmacPool.Get().(*hmacState)
	st.h.Reset()
	st.in = append(st.in[:0], v...)
	st.h.Write(st.in)
	sum := st.h.Sum(st.sum[:0])
	n := e.hashLen / 2
	var hx [64]byte
	hex.Encode(hx[:2*n], sum[:n])
	dst = append(dst, hx[:2*n]...)
	e.hmacPool.Put(st)
	return dst
}

// capValue cuts v to maxValueLen bytes at a UTF-8 boundary, counting cuts.
func (e *Enricher) capValue(v string) string {
	if len(v) <= e.maxValueLen || e.maxValueLen <= 0 {
		return v
	}
	e.truncated.Add(1)
	return textutil.Truncate(v, e.maxValueLen)
}

// Stats are the counters of an [Enricher].
type Stats struct {
	// TruncatedValues counts values cut to MaxValueLength.
	TruncatedValues uint64
	// TraceJourneyEvictions counts traces evicted from the journey memory.
	TraceJourneyEvictions uint64
}

// Stats returns the counters.
func (e *Enricher) Stats() Stats {
	return Stats{TruncatedValues: e.truncated.Load(), TraceJourneyEvictions: e.traces.Evictions()}
}
