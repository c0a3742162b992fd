package enrich

import "go.opentelemetry.io/collector/pdata/pcommon"

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
