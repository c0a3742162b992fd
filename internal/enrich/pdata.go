package enrich

import (
	"go.opentelemetry.io/collector/pdata/pcommon"

	keys "github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// MapLookup reads the attributes of m: strings as they are, other types by
// their string form. The processor and the exporter's fallback (records
// that did not pass the processor) read resources through it, so both
// derive release, environment and deployment with the same rules.
func MapLookup(m pcommon.Map) Lookup {
	return func(key string) (string, bool) {
		v, ok := m.Get(key)
		if !ok {
			return "", false
		}
		if v.Type() == pcommon.ValueTypeStr {
			return v.Str(), true
		}
		return v.AsString(), true
	}
}

// Resource is what the components downstream of the processor take from a
// record's resource: its service.name and the release, environment and
// deployment the processor wrote on it (fingerprint.release,
// fingerprint.environment, fingerprint.deployment). For a resource the
// processor did not enrich (another source), Derive gets them by the
// processor's default rules, through the same Enricher functions: release
// from service.version (normalized), environment from
// deployment.environment.name, deployment.environment or env (lowercased,
// built-in aliases), deployment from deployment.id.
type Resource struct {
	Service, Release, Environment, Deployment string
	// Processed: the fingerprint processor wrote its release, environment
	// or deployment on the resource; nothing else is derived then.
	Processed bool
	// Fingerprinted: (log resources) the processor fingerprinted records of
	// the resource: it carries their kind (fingerprint.kind: log, written
	// there once instead of on every record). Set by the reader, which
	// knows its configured kind key (enrich reads the default keys only).
	Fingerprinted bool
	// derived: the fallback was derived (lazily: most resources never
	// need it).
	derived bool
	attrs   pcommon.Map
}

// ReadResource reads r's service and the processor's enrichment.
func ReadResource(r pcommon.Resource) Resource {
	ra := r.Attributes()
	res := Resource{
		Service:     strAttr(ra, keys.ServiceName),
		Release:     strAttr(ra, keys.Release),
		Environment: strAttr(ra, keys.Environment),
		Deployment:  strAttr(ra, keys.Deployment),
		attrs:       ra,
	}
	res.Processed = res.Release != "" || res.Environment != "" || res.Deployment != ""
	return res
}

// Derive fills in, once, the fallback of a resource the processor did not
// enrich, by e's rules.
func (r *Resource) Derive(e *Enricher) {
	if r.Processed || r.derived {
		return
	}
	r.derived = true
	get := MapLookup(r.attrs)
	r.Release = e.Release(get)
	r.Environment = e.Environment(get)
	r.Deployment = e.Deployment(get)
}

func strAttr(m pcommon.Map, key string) string {
	if v, ok := m.Get(key); ok && v.Type() == pcommon.ValueTypeStr {
		return v.Str()
	}
	return ""
}
