package enrich

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	_ "time/tzdata" // IANA zones also where the host has no zoneinfo (scratch images)
)

// Default working hours of a business-hours schedule.
const (
	DefaultWorkStart = "09:00"
	DefaultWorkEnd   = "17:00"
)

// DefaultWorkDays are the working days of a schedule that names none.
var DefaultWorkDays = []string{"mon", "tue", "wed", "thu", "fri"}

// BusinessHoursConfig maps a record's tenant or cloud.region to a working
// schedule. A record gets fingerprint.business_hours (true or false) when
// its tenant (raw value, before hashing) has a schedule, else its
// cloud.region, else when Default names a time zone; otherwise the
// attribute is not written (unknown).
type BusinessHoursConfig struct {
	// Default applies to records of no mapped tenant or region when its
	// TimeZone is set; its hours and days are also what the schedules of
	// Tenants and Regions inherit when they leave them empty.
	Default Schedule `mapstructure:"default"`
	// Tenants maps tenant values to schedules.
	Tenants map[string]Schedule `mapstructure:"tenants"`
	// Regions maps cloud.region values to schedules.
	Regions map[string]Schedule `mapstructure:"regions"`
	// RegionFrom are the attributes holding the region (record first, then
	// resource); default cloud.region.
	RegionFrom []string `mapstructure:"region_from"`
}

// Schedule is a working week in one IANA time zone.
type Schedule struct {
	// TimeZone is an IANA zone name such as "Europe/Berlin".
	TimeZone string `mapstructure:"time_zone"`
	// Start and End are local times "HH:MM" (End may be "24:00"); a Start
	// after End is a shift across midnight, belonging to the day it starts.
	Start string `mapstructure:"start"`
	End   string `mapstructure:"end"`
	// Days are working days: mon, tue, wed, thu, fri, sat, sun.
	Days []string `mapstructure:"days"`
}

func (c *BusinessHoursConfig) enabled() bool {
	return c.Default.TimeZone != "" || len(c.Tenants) > 0 || len(c.Regions) > 0
}

func (c *BusinessHoursConfig) validate(add func(string, error)) {
	c.Default.validate(add, "business_hours.default", false)
	for _, m := range []struct {
		name string
		m    map[string]Schedule
	}{{"tenants", c.Tenants}, {"regions", c.Regions}} {
		for _, k := range sortedKeys(m.m) {
			f := fmt.Sprintf("business_hours.%s.%s", m.name, k)
			if strings.TrimSpace(k) == "" {
				add("business_hours."+m.name, errors.New("empty key"))
			}
			s := m.m[k]
			s.validate(add, f, true)
		}
	}
	for i, n := range c.RegionFrom {
		if n == "" {
			add(fmt.Sprintf("business_hours.region_from[%d]", i), errors.New("empty attribute name"))
		}
	}
}

func sortedKeys(m map[string]Schedule) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (s *Schedule) validate(add func(string, error), field string, zoneRequired bool) {
	if s.TimeZone == "" {
		if zoneRequired {
			add(field+".time_zone", errors.New("required"))
		}
	} else if _, err := time.LoadLocation(s.TimeZone); err != nil || strings.EqualFold(s.TimeZone, "local") {
		add(field+".time_zone", fmt.Errorf("not an IANA time zone: %q", s.TimeZone))
	}
	var start, end int
	var errS, errE error
	if s.Start != "" {
		if start, errS = parseClock(s.Start, false); errS != nil {
			add(field+".start", errS)
		}
	}
	if s.End != "" {
		if end, errE = parseClock(s.End, true); errE != nil {
			add(field+".end", errE)
		}
	}
	if s.Start != "" && s.End != "" && errS == nil && errE == nil && start == end {
		add(field+".end", fmt.Errorf("equals start %q: an empty working day", s.Start))
	}
	for i, d := range s.Days {
		if _, ok := weekdays[strings.ToLower(strings.TrimSpace(d))]; !ok {
			add(fmt.Sprintf("%s.days[%d]", field, i), fmt.Errorf("not a weekday (mon..sun): %q", d))
		}
	}
}

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// parseClock parses "HH:MM" into minutes after midnight; "24:00" only when
// allow24.
func parseClock(s string, allow24 bool) (int, error) {
	var h, m int
	if len(s) != 5 || s[2] != ':' {
		return 0, fmt.Errorf("want HH:MM, got %q", s)
	}
	if _, err := fmt.Sscanf(s, "%02d:%02d", &h, &m); err != nil {
		return 0, fmt.Errorf("want HH:MM, got %q", s)
	}
	if allow24 && h == 24 && m == 0 {
		return 24 * 60, nil
	}
	if h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, fmt.Errorf("want HH:MM from 00:00 to 23:59, got %q", s)
	}
	return h*60 + m, nil
}

// workWeek is a compiled Schedule.
type workWeek struct {
	loc        *time.Location
	start, end int // minutes after local midnight
	days       [7]bool
}

func compileSchedule(s, base Schedule) (*workWeek, error) {
	w := &workWeek{}
	zone := s.TimeZone
	if zone == "" {
		zone = base.TimeZone
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return nil, err
	}
	w.loc = loc
	start, end, days := s.Start, s.End, s.Days
	if start == "" {
		start = cmpOr(base.Start, DefaultWorkStart)
	}
	if end == "" {
		end = cmpOr(base.End, DefaultWorkEnd)
	}
	if len(days) == 0 {
		days = base.Days
	}
	if len(days) == 0 {
		days = DefaultWorkDays
	}
	if w.start, err = parseClock(start, false); err != nil {
		return nil, err
	}
	if w.end, err = parseClock(end, true); err != nil {
		return nil, err
	}
	for _, d := range days {
		w.days[weekdays[strings.ToLower(strings.TrimSpace(d))]] = true
	}
	return w, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// contains reports whether t falls in the working hours, read on the wall
// clock of the schedule's zone (so DST shifts move the window with it).
func (w *workWeek) contains(t time.Time) bool {
	lt := t.In(w.loc)
	m := lt.Hour()*60 + lt.Minute()
	day := lt.Weekday()
	if w.start < w.end {
		return w.days[day] && m >= w.start && m < w.end
	}
	// Across midnight: the evening part belongs to today, the morning part
	// to yesterday's shift.
	if m >= w.start {
		return w.days[day]
	}
	if m < w.end {
		return w.days[(day+6)%7]
	}
	return false
}

// businessHours is the compiled BusinessHoursConfig.
type businessHours struct {
	def        *workWeek
	tenants    map[string]*workWeek
	regions    map[string]*workWeek
	regionFrom []string
}

func newBusinessHours(c BusinessHoursConfig) (*businessHours, error) {
	if !c.enabled() {
		return nil, nil
	}
	b := &businessHours{tenants: map[string]*workWeek{}, regions: map[string]*workWeek{}, regionFrom: c.RegionFrom}
	if len(b.regionFrom) == 0 {
		b.regionFrom = []string{attrCloudRegion}
	}
	var err error
	if c.Default.TimeZone != "" {
		if b.def, err = compileSchedule(c.Default, Schedule{}); err != nil {
			return nil, fmt.Errorf("business_hours.default: %w", err)
		}
	}
	for k, s := range c.Tenants {
		if b.tenants[strings.TrimSpace(k)], err = compileSchedule(s, c.Default); err != nil {
			return nil, fmt.Errorf("business_hours.tenants.%s: %w", k, err)
		}
	}
	for k, s := range c.Regions {
		if b.regions[strings.TrimSpace(k)], err = compileSchedule(s, c.Default); err != nil {
			return nil, fmt.Errorf("business_hours.regions.%s: %w", k, err)
		}
	}
	return b, nil
}

func (b *businessHours) lookup(m map[string]*workWeek, get Lookup, keys []string) *workWeek {
	if len(m) == 0 {
		return nil
	}
	if v, ok := first(get, keys); ok {
		return m[v]
	}
	return nil
}

// HasBusinessHours reports whether business hours are configured.
func (e *Enricher) HasBusinessHours() bool { return e.bh != nil }

// BusinessHours reports whether the unix-nanosecond time ts falls in the
// working hours of the record's tenant (read raw, before hashing, from the
// tenant sources), else of its region (the region sources), else of the
// default schedule. known is false when no schedule applies or ts is 0.
func (e *Enricher) BusinessHours(ts int64, get Lookup) (in, known bool) {
	b := e.bh
	if b == nil || ts <= 0 {
		return false, false
	}
	w := b.lookup(b.tenants, get, e.tenantFrom)
	if w == nil {
		w = b.lookup(b.regions, get, b.regionFrom)
	}
	if w == nil {
		w = b.def
	}
	if w == nil {
		return false, false
	}
	return w.contains(time.Unix(0, ts)), true
}
