package attrs // import "github.com/otelcol-backlog/otelcol-backlog/internal/attrs"

import "cmp"

// Enrichment is what the fingerprint processor's enrichment left on a
// record for the components downstream (the trace_findings connector and
// the backlog exporter): owner, journey, and the affected user and tenant.
// Both read it in their single pass over a record's attributes, through
// Take, so the keys and the fallback live in one place.
type Enrichment struct {
	Owner, Journey string
	// User and Tenant: the processor's (hashed) values, else the
	// semantic-convention ones (see Resolve).
	User, Tenant string

	enduser, tenantID string
}

// Take reads one string attribute and reports whether k is one of
// Enrichment's keys.
func (e *Enrichment) Take(k, v string) bool {
	switch k {
	case Owner:
		e.Owner = v
	case Journey:
		e.Journey = v
	case User:
		e.User = v
	case EnduserID:
		e.enduser = v
	case Tenant:
		e.Tenant = v
	case TenantID:
		e.tenantID = v
	default:
		return false
	}
	return true
}

// Resolve falls back to enduser.id and tenant.id where the processor
// wrote no user or tenant of its own (records it did not enrich).
func (e *Enrichment) Resolve() {
	e.User = cmp.Or(e.User, e.enduser)
	e.Tenant = cmp.Or(e.Tenant, e.tenantID)
}
