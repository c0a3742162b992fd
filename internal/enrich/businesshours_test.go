package enrich

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func bhEnricher(t *testing.T, bh BusinessHoursConfig) *Enricher {
	t.Helper()
	return newEnricher(t, func(c *Config) { c.BusinessHours = bh })
}

func at(t *testing.T, s string) int64 {
	t.Helper()
	ts, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return ts.UnixNano()
}

func TestBusinessHoursOffByDefault(t *testing.T) {
	e := newEnricher(t, nil)
	assert.False(t, e.HasBusinessHours())
	_, known := e.BusinessHours(at(t, "2026-03-02T10:00:00Z"), attrs())
	assert.False(t, known)
}

func TestBusinessHoursAcrossZones(t *testing.T) {
	e := bhEnricher(t, BusinessHoursConfig{
		Tenants: map[string]Schedule{"acme": {TimeZone: "America/New_York"}},
		Regions: map[string]Schedule{
			"ap-northeast-1": {TimeZone: "Asia/Tokyo"},
			"eu-central-1":   {TimeZone: "Europe/Berlin", Start: "08:00", End: "16:30"},
			"me-central-1":   {TimeZone: "Asia/Dubai", Days: []string{"mon", "tue", "wed", "thu", "fri"}},
			"night":          {TimeZone: "UTC", Start: "22:00", End: "06:00", Days: []string{"mon"}},
		},
	})
	// Monday 2026-03-02 14:00 UTC: 09:00 in New York, 23:00 in Tokyo,
	// 15:00 in Berlin.
	mon14 := at(t, "2026-03-02T14:00:00Z")
	tests := []struct {
		name      string
		ts        int64
		get       Lookup
		in, known bool
	}{
		{"tenant New York at 09:00", mon14, attrs("tenant.id", "acme"), true, true},
		{"tenant wins over region", mon14, attrs("tenant.id", "acme", "cloud.region", "ap-northeast-1"), true, true},
		{"Tokyo at 23:00", mon14, attrs("cloud.region", "ap-northeast-1"), false, true},
		{"Berlin at 15:00", mon14, attrs("cloud.region", "eu-central-1"), true, true},
		{"Berlin at 16:30 is after hours", at(t, "2026-03-02T15:30:00Z"), attrs("cloud.region", "eu-central-1"), false, true},
		{"Berlin at 16:29", at(t, "2026-03-02T15:29:59Z"), attrs("cloud.region", "eu-central-1"), true, true},
		{"New York 08:59 is before hours", at(t, "2026-03-02T13:59:00Z"), attrs("tenant.id", "acme"), false, true},
		{"Saturday", at(t, "2026-03-07T14:00:00Z"), attrs("tenant.id", "acme"), false, true},
		// Friday 23:30 UTC is Saturday 08:30 in Tokyo, Saturday 03:30 in Dubai.
		{"Friday evening UTC is Saturday in Tokyo", at(t, "2026-03-06T23:30:00Z"), attrs("cloud.region", "ap-northeast-1"), false, true},
		// Sunday 23:30 UTC is Monday 08:30 Tokyo: before 09:00; 00:30 UTC is 09:30.
		{"Monday morning Tokyo", at(t, "2026-03-09T00:30:00Z"), attrs("cloud.region", "ap-northeast-1"), true, true},
		{"Sunday night UTC is Monday in Tokyo, not yet 09:00", at(t, "2026-03-08T23:30:00Z"), attrs("cloud.region", "ap-northeast-1"), false, true},
		{"night shift Monday 23:00", at(t, "2026-03-02T23:00:00Z"), attrs("cloud.region", "night"), true, true},
		{"night shift belongs to Monday: Tuesday 05:00", at(t, "2026-03-03T05:00:00Z"), attrs("cloud.region", "night"), true, true},
		{"night shift not Tuesday 23:00", at(t, "2026-03-03T23:00:00Z"), attrs("cloud.region", "night"), false, true},
		{"unmapped region", mon14, attrs("cloud.region", "us-east-1"), false, false},
		{"unmapped tenant, no region", mon14, attrs("tenant.id", "other"), false, false},
		{"no time", 0, attrs("tenant.id", "acme"), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, known := e.BusinessHours(tt.ts, tt.get)
			assert.Equal(t, tt.known, known, "known")
			assert.Equal(t, tt.in, in, "in business hours")
		})
	}
}

// The working day is read on the zone's wall clock, so it moves with DST:
// 09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC in summer, and on
// the days of the switch the UTC offset changes in the middle of the night.
func TestBusinessHoursDST(t *testing.T) {
	e := bhEnricher(t, BusinessHoursConfig{Default: Schedule{TimeZone: "Europe/Berlin"}})
	get := attrs()
	tests := []struct {
		ts string
		in bool
	}{
		{"2026-03-27T07:30:00Z", false}, // Friday before the switch: 08:30 CET
		{"2026-03-27T08:00:00Z", true},  // 09:00 CET
		{"2026-03-30T07:00:00Z", true},  // Monday after the switch (29 March): 09:00 CEST
		{"2026-03-30T06:59:00Z", false}, // 08:59 CEST
		{"2026-03-30T15:00:00Z", false}, // 17:00 CEST
		{"2026-03-30T14:59:00Z", true},  // 16:59 CEST
		{"2026-10-23T07:00:00Z", true},  // Friday before fall back: 09:00 CEST
		{"2026-10-26T07:00:00Z", false}, // Monday after (25 October): 08:00 CET
		{"2026-10-26T08:00:00Z", true},  // 09:00 CET
		{"2026-10-26T16:00:00Z", false}, // 17:00 CET
	}
	for _, tt := range tests {
		in, known := e.BusinessHours(at(t, tt.ts), get)
		assert.True(t, known, tt.ts)
		assert.Equal(t, tt.in, in, tt.ts)
	}
	// Southern hemisphere: Sydney leaves DST on 5 April 2026 (AEDT +11 ->
	// AEST +10); 09:00 local is 22:00 UTC before and 23:00 UTC after.
	syd := bhEnricher(t, BusinessHoursConfig{Default: Schedule{TimeZone: "Australia/Sydney"}})
	in, _ := syd.BusinessHours(at(t, "2026-04-02T22:00:00Z"), get) // Friday 3 April 09:00 AEDT
	assert.True(t, in)
	in, _ = syd.BusinessHours(at(t, "2026-04-05T22:00:00Z"), get) // Monday 6 April 08:00 AEST
	assert.False(t, in)
	in, _ = syd.BusinessHours(at(t, "2026-04-05T23:00:00Z"), get) // 09:00 AEST
	assert.True(t, in)
}

func TestBusinessHoursInheritDefault(t *testing.T) {
	e := bhEnricher(t, BusinessHoursConfig{
		Default: Schedule{Start: "07:00", End: "19:00", Days: []string{"Mon", "tuesday", "wed", "thu", "fri", "sat"}},
		Regions: map[string]Schedule{"r": {TimeZone: "UTC"}},
	})
	in, known := e.BusinessHours(at(t, "2026-03-07T07:30:00Z"), attrs("cloud.region", "r")) // Saturday
	assert.True(t, known)
	assert.True(t, in)
	// The default has no zone: it is no schedule of its own.
	_, known = e.BusinessHours(at(t, "2026-03-07T07:30:00Z"), attrs("cloud.region", "x"))
	assert.False(t, known)
}

func TestBusinessHoursRawTenantWhenHashed(t *testing.T) {
	e := newEnricher(t, func(c *Config) {
		c.Affected.HashTenant, c.Affected.HashKey = true, "k"
		c.BusinessHours.Tenants = map[string]Schedule{"acme": {TimeZone: "UTC"}}
	})
	_, known := e.BusinessHours(at(t, "2026-03-02T10:00:00Z"), attrs("tenant.id", "acme"))
	assert.True(t, known)
}

func TestBusinessHoursValidate(t *testing.T) {
	tests := []struct {
		name string
		bh   BusinessHoursConfig
		want []string
	}{
		{"zone", BusinessHoursConfig{Default: Schedule{TimeZone: "Mars/Olympus"}}, []string{"business_hours.default.time_zone: not an IANA time zone"}},
		{"local", BusinessHoursConfig{Default: Schedule{TimeZone: "Local"}}, []string{"business_hours.default.time_zone"}},
		{"zone required", BusinessHoursConfig{Regions: map[string]Schedule{"eu": {}}}, []string{"business_hours.regions.eu.time_zone: required"}},
		{"clock", BusinessHoursConfig{Tenants: map[string]Schedule{"a": {TimeZone: "UTC", Start: "9:00", End: "25:00"}}},
			[]string{"business_hours.tenants.a.start: want HH:MM", "business_hours.tenants.a.end"}},
		{"empty day", BusinessHoursConfig{Default: Schedule{TimeZone: "UTC", Start: "09:00", End: "09:00"}}, []string{"business_hours.default.end: equals start"}},
		{"weekday", BusinessHoursConfig{Default: Schedule{TimeZone: "UTC", Days: []string{"mon", "funday"}}}, []string{"business_hours.default.days[1]"}},
		{"region_from", BusinessHoursConfig{Default: Schedule{TimeZone: "UTC"}, RegionFrom: []string{""}}, []string{"business_hours.region_from[0]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.BusinessHours = tt.bh
			err := cfg.Validate()
			require.Error(t, err)
			for _, w := range tt.want {
				assert.ErrorContains(t, err, w)
			}
		})
	}
	cfg := DefaultConfig()
	cfg.Affected.TenantFrom = nil
	cfg.BusinessHours.Tenants = map[string]Schedule{"a": {TimeZone: "UTC"}}
	assert.ErrorContains(t, cfg.Validate(), "business_hours.tenants: needs affected.tenant_from")
	cfg = DefaultConfig()
	cfg.BusinessHours = BusinessHoursConfig{Default: Schedule{TimeZone: "UTC", Start: "22:00", End: "24:00"}}
	assert.NoError(t, cfg.Validate())
}
