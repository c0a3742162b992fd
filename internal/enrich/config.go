package enrich

import (
	"errors"
	"fmt"
	"math"

	"go.opentelemetry.io/collector/config/configopaque"

	attrkeys "github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// Attribute names read by default.
const (
	attrServiceVersion     = attrkeys.ServiceVersion
	attrDeploymentID       = attrkeys.DeploymentID
	attrDeploymentEnvName  = attrkeys.DeploymentEnvironment
	attrDeploymentEnvLegcy = "deployment.environment" // deprecated in semconv, still emitted
	attrEnv                = "env"
	attrTenantID           = attrkeys.TenantID
	attrEnduserID          = attrkeys.EnduserID
	attrUserID             = "user.id"
	attrCloudRegion        = attrkeys.CloudRegion
)

// Defaults.
const (
	DefaultTraceJourneyCapacity = 65536
	DefaultHashLength           = 16
	DefaultMaxValueLength       = 256
	DefaultCriticality          = 1.0
)

// Config configures an [Enricher]. Use [DefaultConfig] for defaults: a nil
// source list in Config means "none", not "default".
type Config struct {
	// ReleaseFrom are the attributes holding the release, in order.
	ReleaseFrom []string `mapstructure:"release_from"`
	// DeploymentFrom are the attributes holding the deployment id, in order.
	DeploymentFrom []string `mapstructure:"deployment_from"`
	// EnvironmentFrom are the attributes holding the environment, in order.
	EnvironmentFrom []string `mapstructure:"environment_from"`
	// EnvironmentAliases map extra lowercase names to environments; they
	// take precedence over the built-in aliases.
	EnvironmentAliases map[string]string `mapstructure:"environment_aliases"`

	// Owners are inline ownership rules; the first match wins.
	Owners []OwnerRule `mapstructure:"owners"`
	// CodeOwnersFile is a CODEOWNERS-style file consulted when no inline
	// rule matches; the last matching line wins.
	CodeOwnersFile string `mapstructure:"codeowners_file"`

	// Journeys map routes or span names to journeys; the first match wins.
	Journeys []JourneyRule `mapstructure:"journeys"`
	// TraceJourneyCapacity bounds the trace id -> journey memory.
	TraceJourneyCapacity int `mapstructure:"trace_journey_capacity"`

	// Affected configures tenant and user extraction.
	Affected AffectedConfig `mapstructure:"affected"`

	// BusinessHours maps tenants and regions to working hours for
	// fingerprint.business_hours; off when empty.
	BusinessHours BusinessHoursConfig `mapstructure:"business_hours"`
}

// OwnerRule assigns Team to records whose service, route and template match
// the given patterns; empty patterns match anything, at least one must be
// set.
type OwnerRule struct {
	Service  string `mapstructure:"service"`
	Route    string `mapstructure:"route"`
	Template string `mapstructure:"template"`
	Team     string `mapstructure:"team"`
}

// JourneyRule maps a route or span name (and optionally a service) to a
// journey.
type JourneyRule struct {
	Service string `mapstructure:"service"`
	Route   string `mapstructure:"route"`
	Journey string `mapstructure:"journey"`
	// Criticality weighs the journey in scoring; 0 means
	// DefaultCriticality.
	Criticality float64 `mapstructure:"criticality"`
}

// AffectedConfig configures tenant and user extraction.
type AffectedConfig struct {
	TenantFrom []string `mapstructure:"tenant_from"`
	UserFrom   []string `mapstructure:"user_from"`
	// HashTenant and HashUser export HMAC-SHA256 tokens instead of values.
	HashTenant bool `mapstructure:"hash_tenant"`
	HashUser   bool `mapstructure:"hash_user"`
	// HashKey is the HMAC key (salt); required when hashing.
	HashKey configopaque.String `mapstructure:"hash_key"`
	// HashLength is the number of hex digits kept, 8 to 64, even.
	HashLength int `mapstructure:"hash_length"`
	// MaxValueLength caps values in bytes before hashing or export.
	MaxValueLength int `mapstructure:"max_value_length"`
}

// DefaultConfig returns the default configuration.
func DefaultConfig() Config {
	return Config{
		ReleaseFrom:          []string{attrServiceVersion},
		DeploymentFrom:       []string{attrDeploymentID},
		EnvironmentFrom:      []string{attrDeploymentEnvName, attrDeploymentEnvLegcy, attrEnv},
		TraceJourneyCapacity: DefaultTraceJourneyCapacity,
		Affected: AffectedConfig{
			TenantFrom:     []string{attrTenantID},
			UserFrom:       []string{attrEnduserID, attrUserID},
			HashLength:     DefaultHashLength,
			MaxValueLength: DefaultMaxValueLength,
		},
	}
}

// Validate checks the configuration; errors name the offending field, e.g.
// "owners[2].service: ...".
func (c *Config) Validate() error {
	var errs []error
	add := func(field string, err error) { errs = append(errs, fmt.Errorf("%s: %w", field, err)) }
	checkNames := func(field string, names []string) {
		for i, n := range names {
			if n == "" {
				add(fmt.Sprintf("%s[%d]", field, i), errors.New("empty attribute name"))
			}
		}
	}
	checkNames("release_from", c.ReleaseFrom)
	checkNames("deployment_from", c.DeploymentFrom)
	checkNames("environment_from", c.EnvironmentFrom)
	checkNames("affected.tenant_from", c.Affected.TenantFrom)
	checkNames("affected.user_from", c.Affected.UserFrom)
	for k, v := range c.EnvironmentAliases {
		if k == "" || v == "" {
			add("environment_aliases", fmt.Errorf("empty alias or environment in %q: %q", k, v))
		}
	}
	for i, r := range c.Owners {
		f := fmt.Sprintf("owners[%d]", i)
		if r.Service == "" && r.Route == "" && r.Template == "" {
			add(f, errors.New("one of service, route or template is required"))
		}
		checkPattern(add, f+".service", r.Service)
		checkPattern(add, f+".route", r.Route)
		checkPattern(add, f+".template", r.Template)
		if r.Team == "" {
			add(f+".team", errors.New("required"))
		}
	}
	for i, r := range c.Journeys {
		f := fmt.Sprintf("journeys[%d]", i)
		if r.Route == "" {
			add(f+".route", errors.New("required"))
		}
		checkPattern(add, f+".service", r.Service)
		checkPattern(add, f+".route", r.Route)
		if r.Journey == "" {
			add(f+".journey", errors.New("required"))
		}
		if r.Criticality < 0 || math.IsNaN(r.Criticality) || math.IsInf(r.Criticality, 0) {
			add(f+".criticality", fmt.Errorf("must be a finite number >= 0, got %v", r.Criticality))
		}
	}
	if c.TraceJourneyCapacity < 0 {
		add("trace_journey_capacity", fmt.Errorf("must be >= 0, got %d", c.TraceJourneyCapacity))
	}
	a := c.Affected
	if (a.HashTenant || a.HashUser) && a.HashKey == "" {
		add("affected.hash_key", errors.New("required when hash_tenant or hash_user is set"))
	}
	if a.HashLength != 0 && (a.HashLength < 8 || a.HashLength > 64 || a.HashLength%2 != 0) {
		add("affected.hash_length", fmt.Errorf("must be an even number from 8 to 64, got %d", a.HashLength))
	}
	if a.MaxValueLength < 0 {
		add("affected.max_value_length", fmt.Errorf("must be >= 0, got %d", a.MaxValueLength))
	}
	c.BusinessHours.validate(add)
	if len(c.BusinessHours.Tenants) > 0 && len(a.TenantFrom) == 0 {
		add("business_hours.tenants", errors.New("needs affected.tenant_from to read the tenant"))
	}
	return errors.Join(errs...)
}

func checkPattern(add func(string, error), field, p string) {
	if p == "" {
		return
	}
	if _, err := CompilePattern(p); err != nil {
		add(field, err)
	}
}
