package digest

import (
	"errors"
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // IANA zones also where the host has none
)

// Periods.
const (
	PeriodDaily  = "daily"
	PeriodWeekly = "weekly"
)

// Config configures the digest. The zero Period disables it.
type Config struct {
	// Period is "daily" or "weekly"; "" disables the digest.
	Period string `mapstructure:"period"`
	// TimeZone is the IANA zone whose midnight (and WeekStart) bounds the
	// periods; default UTC.
	TimeZone string `mapstructure:"time_zone"`
	// WeekStart is the first day of a weekly period (mon..sun); default mon.
	WeekStart string `mapstructure:"week_start"`
	// Top is the number of ranked units listed; default 10.
	Top int `mapstructure:"top"`
	// TeamTop is the number of units listed per team; default 5.
	TeamTop int `mapstructure:"team_top"`
	// TraceURLTemplate links exemplar traces; "{{.TraceID}}" is replaced by
	// the trace id (only http and https URLs are linked).
	TraceURLTemplate string `mapstructure:"trace_url_template"`
	// PostToWebhooks posts every completed digest to the webhook sinks
	// (event "digest", Idempotency-Key per period).
	PostToWebhooks bool `mapstructure:"post_to_webhooks"`
	// PostToTrackers posts every completed digest as one issue per period
	// to the GitHub, GitLab and Jira trackers (marker label
	// digest-<period>-<yyyymmdd>, recovered like every ticket).
	PostToTrackers bool `mapstructure:"post_to_trackers"`
}

// Defaults.
const (
	DefaultTop     = 10
	DefaultTeamTop = 5
)

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// Enabled reports whether a digest is configured.
func (c *Config) Enabled() bool { return c.Period != "" }

// Validate names the offending field (relative to the digest section).
func (c *Config) Validate() error {
	var errs []error
	switch c.Period {
	case "", PeriodDaily, PeriodWeekly:
	default:
		errs = append(errs, fmt.Errorf("period: want daily or weekly, got %q", c.Period))
	}
	if c.TimeZone != "" {
		if _, err := time.LoadLocation(c.TimeZone); err != nil || strings.EqualFold(c.TimeZone, "local") {
			errs = append(errs, fmt.Errorf("time_zone: not an IANA time zone: %q", c.TimeZone))
		}
	}
	if c.WeekStart != "" {
		if _, ok := weekdays[strings.ToLower(c.WeekStart)]; !ok {
			errs = append(errs, fmt.Errorf("week_start: want mon..sun, got %q", c.WeekStart))
		}
	}
	if c.Top < 0 {
		errs = append(errs, fmt.Errorf("top: must be >= 0, got %d", c.Top))
	}
	if c.TeamTop < 0 {
		errs = append(errs, fmt.Errorf("team_top: must be >= 0, got %d", c.TeamTop))
	}
	if c.TraceURLTemplate != "" && !strings.Contains(c.TraceURLTemplate, "{{.TraceID}}") {
		errs = append(errs, errors.New("trace_url_template: must contain {{.TraceID}}"))
	}
	return errors.Join(errs...)
}

// periodStart is the start of the period containing t.
func (s *Scheduler) periodStart(t time.Time) time.Time {
	lt := t.In(s.loc)
	day := time.Date(lt.Year(), lt.Month(), lt.Day(), 0, 0, 0, 0, s.loc)
	if s.cfg.Period == PeriodWeekly {
		back := (int(lt.Weekday()) - int(s.weekStart) + 7) % 7
		day = time.Date(lt.Year(), lt.Month(), lt.Day()-back, 0, 0, 0, 0, s.loc)
	}
	return day
}

// periodEnd is the end of the period starting at start (calendar days, so
// a day of a DST switch lasts 23 or 25 hours).
func (s *Scheduler) periodEnd(start time.Time) time.Time {
	if s.cfg.Period == PeriodWeekly {
		return start.AddDate(0, 0, 7)
	}
	return start.AddDate(0, 0, 1)
}
