package enrich

import (
	"fmt"
	"testing"
)

// benchEnricher has 50 owner rules and 50 journey rules; the benchmarked
// subject matches only the last ones.
func benchEnricher(tb testing.TB) *Enricher {
	return newEnricher(tb, func(c *Config) {
		for i := 0; i < 50; i++ {
			var o OwnerRule
			switch i % 3 {
			case 0:
				o = OwnerRule{Service: fmt.Sprintf("svc-%d", i), Team: "t"}
			case 1:
				o = OwnerRule{Service: fmt.Sprintf("svc-%d*", i), Route: "/api/**", Team: "t"}
			default:
				o = OwnerRule{Route: fmt.Sprintf("regex:/v%d/.*", i), Team: "t"}
			}
			c.Owners = append(c.Owners, o)
			c.Journeys = append(c.Journeys, JourneyRule{Service: fmt.Sprintf("svc-%d", i), Route: "/api/*/orders/**", Journey: "checkout"})
		}
	})
}

func BenchmarkOwner50Rules(b *testing.B) {
	e := benchEnricher(b)
	b.ReportAllocs()
	for b.Loop() {
		if e.Owner("svc-48", "/v48/orders", "") != "t" {
			b.Fatal("no match")
		}
	}
}

func BenchmarkJourney50Rules(b *testing.B) {
	e := benchEnricher(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := e.Journey("svc-49", "/api/v1/orders/{id}"); !ok {
			b.Fatal("no match")
		}
	}
}

func BenchmarkTraceJourneys(b *testing.B) {
	tj := NewTraceJourneys(1 << 14)
	ids := make([]TraceID, 1<<15) // twice the capacity: half the puts evict
	for i := range ids {
		ids[i][0], ids[i][1], ids[i][15] = byte(i), byte(i>>8), byte(i*31)
	}
	j := Journey{"checkout", 2}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		id := ids[i&(len(ids)-1)]
		if _, ok := tj.Get(id); !ok {
			tj.Put(id, j)
		}
		i++
	}
}

func BenchmarkHashUser(b *testing.B) {
	e := newEnricher(b, func(c *Config) { c.Affected.HashUser, c.Affected.HashKey = true, "k" })
	var buf [64]byte
	b.ReportAllocs()
	for b.Loop() {
		_ = e.AppendHash(buf[:0], "user-1234567")
	}
}

func BenchmarkEnvironment(b *testing.B) {
	e := newEnricher(b, nil)
	get := attrs("deployment.environment.name", "prod")
	b.ReportAllocs()
	for b.Loop() {
		_ = e.Environment(get)
	}
}
