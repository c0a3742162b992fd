package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

import (
	"errors"
	"fmt"
	"net"
	"regexp"
	"strings"
	"time"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/config/confighttp"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/confmap"

	"github.com/otelcol-backlog/otelcol-backlog/internal/ai"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/digest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/outcome"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
	"github.com/otelcol-backlog/otelcol-backlog/internal/similar"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/github"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/gitlab"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/jira"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/webhook"
	"github.com/otelcol-backlog/otelcol-backlog/internal/watermark"
)

// Config is the configuration of the backlog exporter.
type Config struct {
	// FlushInterval is how often the backlog is rebuilt, written, persisted
	// and synced to trackers.
	FlushInterval time.Duration `mapstructure:"flush_interval"`
	// Directory receives backlog.json and backlog.md (written atomically);
	// empty disables the files.
	Directory string `mapstructure:"directory"`
	// HTTP serves the web page (/) and the JSON API (/api/backlog) when set.
	HTTP configoptional.Optional[HTTPConfig] `mapstructure:"http"`
	// Storage is the ID of a storage extension (e.g. file_storage) that keeps
	// clusters, baselines, problems and tracker state across restarts.
	Storage *component.ID `mapstructure:"storage"`
	// OverridesFile is a YAML file of per-fingerprint human overrides (pin,
	// boost, mute, merge_into), reloaded when it changes.
	OverridesFile string `mapstructure:"overrides_file"`
	// MinSeverity is the lowest log severity that counts as a failure:
	// trace, debug, info, warn, error or fatal. Log records below it are
	// counted and ignored, unless they carry an error type (an exception).
	// Records with no severity at all are kept.
	MinSeverity string `mapstructure:"min_severity"`
	// DeduplicateRedelivered counts a fingerprinted record delivered again
	// (at-least-once delivery: a retried request, a persistent queue
	// sending again after a crash) once: spans by their ids, log records by
	// trace context, timestamps, fingerprint, service and body
	// (internal/dedup, a fixed 1 MiB table). A copy is a match from another
	// delivery (Consume call); equal records of one delivery are the
	// source's own and all count. On by default.
	DeduplicateRedelivered bool `mapstructure:"deduplicate_redelivered"`
	// RedactPatterns are extra regular expressions masked in every free-text
	// field of the local backlog (files, web page, API) and in the texts the
	// stored clusters keep, on top of the built-in redaction of credentials,
	// emails and card numbers. Tracker sinks have their own redact_patterns.
	RedactPatterns []string `mapstructure:"redact_patterns"`
	// MaxItems bounds the ranked items of a document.
	MaxItems int `mapstructure:"max_items"`
	// ProblemItems ranks problems instead of clusters: each item of
	// backlog.json, backlog.md, the page and the trackers is one problem
	// with its members.
	ProblemItems bool `mapstructure:"problem_items"`
	// Attributes names the attributes written by the fingerprint processor.
	Attributes AttributesConfig `mapstructure:"attributes"`
	// Clusters bounds the cluster store.
	Clusters ClustersConfig `mapstructure:"clusters"`
	// Scoring holds the weights of the score and the gates.
	Scoring score.Config `mapstructure:"scoring"`
	// Absence is no longer an option of the exporter: absence detection
	// moved to the trace_findings connector. It is kept only so that a
	// configuration still setting it fails validation with a pointer there.
	Absence any `mapstructure:"absence"`
	// Trackers are the issue-tracker sinks.
	Trackers TrackersConfig `mapstructure:"trackers"`
	// Digest writes digest.md and digest.json next to backlog.json once
	// per day or week of event time (off by default). h7: review loop.
	Digest digest.Config `mapstructure:"digest"`
	// FixOutcomes feeds ticket closes and reopens back into the score.
	// h7: review loop.
	FixOutcomes outcome.Config `mapstructure:"fix_outcomes"`
	// AI asks an OpenAI-compatible endpoint for suggestions about the top
	// items (off without an endpoint). h7: review loop.
	AI AIConfig `mapstructure:"ai"`
	// Similar suggests merges of items that look like one problem. h7.
	Similar SimilarConfig `mapstructure:"similar"`
	// MaxClockSkew is how far ahead of the wall clock a record's timestamp
	// may be; a record further ahead (or dated zero, before 2000, or
	// overflowing) takes its observed timestamp, else its receive time.
	MaxClockSkew time.Duration `mapstructure:"max_clock_skew"`

	// prevent unkeyed literal initialization
	_ struct{}
}

// AttributesConfig names the processor's attributes the exporter reads.
type AttributesConfig struct {
	Fingerprint string `mapstructure:"fingerprint"`
	Template    string `mapstructure:"template"`
	Kind        string `mapstructure:"kind"`
}

// ClustersConfig bounds the cluster store.
type ClustersConfig struct {
	MaxClusters      int           `mapstructure:"max_clusters"`
	TrendBucket      time.Duration `mapstructure:"trend_bucket"`
	TrendBuckets     int           `mapstructure:"trend_buckets"`
	Exemplars        int           `mapstructure:"exemplars"`
	ExemplarBodyMax  int           `mapstructure:"exemplar_body_max"`
	TraceWindow      int           `mapstructure:"trace_window"`
	QuietPeriod      time.Duration `mapstructure:"quiet_period"`
	NewReleaseWindow time.Duration `mapstructure:"new_release_window"`
	// LineageRecords is how many records in a row must carry one template
	// before a log cluster trusts it; log clusters of one service that
	// trusted a common template are shown as one (internal/lineage). 0
	// turns the folding off.
	LineageRecords int `mapstructure:"lineage_records"`
}

// TrackersConfig lists the issue-tracker sinks; several of each kind may be
// configured, each with its own routing filter.
type TrackersConfig struct {
	// ShutdownGrace is how long Shutdown lets the trackers send the last
	// document (bounded by the shutdown context) before cancelling them.
	ShutdownGrace time.Duration `mapstructure:"shutdown_grace"`

	GitHub  []GitHubConfig  `mapstructure:"github"`
	GitLab  []GitLabConfig  `mapstructure:"gitlab"`
	Jira    []JiraConfig    `mapstructure:"jira"`
	Webhook []WebhookConfig `mapstructure:"webhook"`
}

// AIConfig is the AI suggestion client: an OpenAI-compatible API base
// (endpoint, e.g. "http://127.0.0.1:8080/v1") with confighttp's options.
type AIConfig struct {
	confighttp.ClientConfig `mapstructure:",squash"`
	ai.Config               `mapstructure:",squash"`
	// Influence is what AI suggestions may change (nothing by default).
	Influence AIInfluence `mapstructure:"influence"`
}

// AIInfluence opts in to using AI suggestions. Scores and gates never
// change; with Owner, an item without a deterministic owner takes the
// AI-suggested owner (which routes it to trackers filtered by owner) when
// the claim's confidence reaches MinConfidence and the item's score is at
// most MaxScore: a more critical problem is never routed, hence never
// ticketed, on AI output alone.
type AIInfluence struct {
	Owner         bool    `mapstructure:"owner"`
	MinConfidence float64 `mapstructure:"min_confidence"`
	MaxScore      float64 `mapstructure:"max_score"`
}

// DefaultAIMinConfidence is ai.influence.min_confidence's default.
const DefaultAIMinConfidence = 0.7

func (c AIInfluence) minConfidence() float64 {
	if c.MinConfidence > 0 {
		return c.MinConfidence
	}
	return DefaultAIMinConfidence
}

func (c AIInfluence) validate(endpoint string) []error {
	var errs []error
	if c.MinConfidence < 0 || c.MinConfidence > 1 {
		errs = append(errs, fmt.Errorf("ai.influence.min_confidence: must be in [0, 1], got %v", c.MinConfidence))
	}
	if c.MaxScore < 0 {
		errs = append(errs, fmt.Errorf("ai.influence.max_score: must be >= 0, got %v", c.MaxScore))
	}
	if c.Owner {
		if endpoint == "" {
			errs = append(errs, errors.New("ai.influence.owner: needs ai.endpoint"))
		}
		if c.MaxScore <= 0 {
			errs = append(errs, errors.New("ai.influence.max_score: required (> 0) with ai.influence.owner: problems scoring above it never take an AI-suggested owner"))
		}
	}
	return errs
}

func (c *AIConfig) maxItems() int {
	if c.MaxItems > 0 {
		return c.MaxItems
	}
	return ai.DefaultMaxItems
}

// GitHubConfig is a GitHub Issues sink.
type GitHubConfig struct {
	confighttp.ClientConfig `mapstructure:",squash"`
	github.Config           `mapstructure:",squash"`
}

// GitLabConfig is a GitLab Issues sink.
type GitLabConfig struct {
	confighttp.ClientConfig `mapstructure:",squash"`
	gitlab.Config           `mapstructure:",squash"`
}

// JiraConfig is a Jira Cloud (v3) or Server/Data Center (v2) sink.
type JiraConfig struct {
	confighttp.ClientConfig `mapstructure:",squash"`
	jira.Config             `mapstructure:",squash"`
}

// WebhookConfig is a generic signed JSON webhook sink.
type WebhookConfig struct {
	confighttp.ClientConfig `mapstructure:",squash"`
	webhook.Config          `mapstructure:",squash"`
}

// HTTPConfig is the web page's server.
type HTTPConfig struct {
	confighttp.ServerConfig `mapstructure:",squash"`
	// AllowedHosts are host names (no port) the server answers to, besides
	// localhost, 127.0.0.1 and ::1 when the endpoint is a loopback
	// address; a request with another Host header gets 421. Empty on a
	// non-loopback endpoint: any Host.
	AllowedHosts []string `mapstructure:"allowed_hosts"`
}

// defaultServer is the web page's server: localhost only by default.
func defaultServer() HTTPConfig {
	s := confighttp.NewDefaultServerConfig()
	s.NetAddr.Endpoint = "localhost:8787"
	return HTTPConfig{ServerConfig: s}
}

// Validate checks allowed_hosts: host names or IP addresses, without
// scheme, port, path or wildcard.
func (c *HTTPConfig) Validate() error {
	var errs []error
	for i, h := range c.AllowedHosts {
		bare := strings.Trim(h, "[]")
		switch {
		case h == "":
			errs = append(errs, fmt.Errorf("allowed_hosts[%d]: must not be empty", i))
		case net.ParseIP(bare) != nil:
		case strings.ContainsAny(h, ":/ *@?#[]") || !hostNameRE.MatchString(h):
			errs = append(errs, fmt.Errorf("allowed_hosts[%d]: %q is not a host name or IP address (no scheme, port, path or wildcard)", i, h))
		}
	}
	return errors.Join(errs...)
}

var hostNameRE = regexp.MustCompile(`^(?i)[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?$`)

func httpClient(endpoint string) confighttp.ClientConfig {
	c := confighttp.NewDefaultClientConfig()
	c.Endpoint = endpoint
	c.Timeout = 30 * time.Second
	return c
}

// Unmarshal starts every list element from its defaults.
func (c *GitHubConfig) Unmarshal(conf *confmap.Conf) error {
	type plain GitHubConfig
	p := plain{ClientConfig: httpClient("https://api.github.com"), Config: github.DefaultConfig()}
	if err := conf.Unmarshal(&p); err != nil {
		return err
	}
	*c = GitHubConfig(p)
	return nil
}

// Unmarshal starts every list element from its defaults.
func (c *GitLabConfig) Unmarshal(conf *confmap.Conf) error {
	type plain GitLabConfig
	p := plain{ClientConfig: httpClient("https://gitlab.com"), Config: gitlab.DefaultConfig()}
	if err := conf.Unmarshal(&p); err != nil {
		return err
	}
	*c = GitLabConfig(p)
	return nil
}

// Unmarshal starts every list element from its defaults.
func (c *JiraConfig) Unmarshal(conf *confmap.Conf) error {
	type plain JiraConfig
	p := plain{ClientConfig: httpClient(""), Config: jira.DefaultConfig()}
	if err := conf.Unmarshal(&p); err != nil {
		return err
	}
	*c = JiraConfig(p)
	return nil
}

// Unmarshal starts every list element from its defaults.
func (c *WebhookConfig) Unmarshal(conf *confmap.Conf) error {
	type plain WebhookConfig
	p := plain{ClientConfig: httpClient(""), Config: webhook.DefaultConfig()}
	if err := conf.Unmarshal(&p); err != nil {
		return err
	}
	*c = WebhookConfig(p)
	return nil
}

func createDefaultConfig() component.Config {
	cd := cluster.DefaultConfig()
	return &Config{
		FlushInterval: 10 * time.Second,
		Directory:     "backlog",
		HTTP:          configoptional.Default(defaultServer()),
		MinSeverity:   "warn",
		MaxItems:      1000,
		ProblemItems:  true,
		MaxClockSkew:  watermark.DefaultMaxClockSkew,

		DeduplicateRedelivered: true,
		Attributes: AttributesConfig{
			Fingerprint: attrs.FingerprintID,
			Template:    attrs.LogRecordTemplate,
			Kind:        attrs.FingerprintKind,
		},
		Clusters: ClustersConfig{
			MaxClusters:      cd.MaxClusters,
			TrendBucket:      time.Duration(cd.BucketSeconds) * time.Second,
			TrendBuckets:     cd.Buckets,
			Exemplars:        cd.Exemplars,
			ExemplarBodyMax:  cd.ExemplarBodyMax,
			TraceWindow:      cd.TraceWindow,
			QuietPeriod:      cd.QuietPeriod,
			NewReleaseWindow: cd.NewReleaseWindow,
			LineageRecords:   cd.Lineage,
		},
		Scoring:     score.Default(),
		Trackers:    TrackersConfig{ShutdownGrace: 5 * time.Second},
		FixOutcomes: outcome.Default(), // h7
		AI:          AIConfig{ClientConfig: httpClient("")},
		Similar:     SimilarConfig{Config: similar.Default(), Embeddings: AIConfig{ClientConfig: httpClient("")}},
	}
}

// clusterConfig maps the clusters section onto the store's config.
func (cfg *Config) clusterConfig() cluster.Config {
	c := cluster.DefaultConfig()
	c.MaxClusters = cfg.Clusters.MaxClusters
	c.BucketSeconds = int64(cfg.Clusters.TrendBucket / time.Second)
	c.Buckets = cfg.Clusters.TrendBuckets
	c.Exemplars = cfg.Clusters.Exemplars
	c.ExemplarBodyMax = cfg.Clusters.ExemplarBodyMax
	c.TraceWindow = cfg.Clusters.TraceWindow
	c.QuietPeriod = cfg.Clusters.QuietPeriod
	c.NewReleaseWindow = cfg.Clusters.NewReleaseWindow
	c.Lineage = cfg.Clusters.LineageRecords
	if c.Lineage == 0 {
		c.Lineage = -1 // off
	}
	return c
}

// errAbsenceMoved is the error of a configuration that still sets absence.
var errAbsenceMoved = errors.New("absence: absence detection moved to the trace_findings connector " +
	"(connector/tracefindingsconnector/README.md): remove absence from the backlog exporter, " +
	"add a trace_findings connector (its absence section takes the same options) as an exporter of the logs and traces pipelines " +
	"and as the receiver of a logs pipeline that exports to backlog")

// Validate checks the configuration; every error names its field.
func (cfg *Config) Validate() error {
	var errs []error
	if cfg.FlushInterval < 100*time.Millisecond {
		errs = append(errs, fmt.Errorf("flush_interval: must be at least 100ms, got %s", cfg.FlushInterval))
	}
	if _, ok := severityFloor(cfg.MinSeverity); !ok {
		errs = append(errs, fmt.Errorf("min_severity: must be one of trace, debug, info, warn, error, fatal, got %q", cfg.MinSeverity))
	}
	if _, err := redact.New(cfg.RedactPatterns); err != nil {
		errs = append(errs, fmt.Errorf("redact_patterns: %w", err))
	}
	if cfg.MaxClockSkew < time.Second {
		errs = append(errs, fmt.Errorf("max_clock_skew: must be at least 1s, got %s", cfg.MaxClockSkew))
	}
	if cfg.MaxItems <= 0 {
		errs = append(errs, fmt.Errorf("max_items: must be positive, got %d", cfg.MaxItems))
	}
	// h7: review loop (digest).
	if err := cfg.Digest.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("digest.%w", err))
	}
	if err := cfg.FixOutcomes.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("fix_outcomes.%w", err))
	}
	if cfg.AI.Endpoint != "" {
		if cfg.AI.Model == "" {
			errs = append(errs, errors.New("ai.model: required when ai.endpoint is set"))
		}
		if err := cfg.AI.Config.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("ai.%w", err))
		}
	}
	errs = append(errs, cfg.AI.Influence.validate(cfg.AI.Endpoint)...)
	if err := cfg.Similar.Config.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("similar.%w", err))
	}
	if emb := cfg.Similar.Embeddings; emb.Endpoint != "" {
		if emb.Model == "" {
			errs = append(errs, errors.New("similar.embeddings.model: required when similar.embeddings.endpoint is set"))
		}
		if err := emb.Config.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("similar.embeddings.%w", err))
		}
	}
	if cfg.Digest.PostToTrackers && (!cfg.Digest.Enabled() || len(cfg.Trackers.GitHub)+len(cfg.Trackers.GitLab)+len(cfg.Trackers.Jira) == 0) {
		errs = append(errs, errors.New("digest.post_to_trackers: needs digest.period and a github, gitlab or jira tracker"))
	}
	if cfg.Digest.Enabled() && cfg.Directory == "" {
		errs = append(errs, errors.New("digest.period: needs directory (the digest is written next to backlog.json)"))
	}
	if cfg.Attributes.Fingerprint == "" {
		errs = append(errs, errors.New("attributes.fingerprint: must not be empty"))
	}
	if cfg.Attributes.Template == "" {
		errs = append(errs, errors.New("attributes.template: must not be empty"))
	}
	if cfg.Attributes.Kind == "" {
		errs = append(errs, errors.New("attributes.kind: must not be empty"))
	}
	if cfg.Clusters.TrendBucket < time.Second {
		errs = append(errs, fmt.Errorf("clusters.trend_bucket: must be at least 1s, got %s", cfg.Clusters.TrendBucket))
	}
	if cfg.Clusters.MaxClusters <= 0 {
		errs = append(errs, fmt.Errorf("clusters.max_clusters: must be positive, got %d", cfg.Clusters.MaxClusters))
	}
	if cfg.Clusters.TrendBuckets <= 0 {
		errs = append(errs, fmt.Errorf("clusters.trend_buckets: must be positive, got %d", cfg.Clusters.TrendBuckets))
	}
	if cfg.Clusters.Exemplars < 0 {
		errs = append(errs, fmt.Errorf("clusters.exemplars: must not be negative, got %d", cfg.Clusters.Exemplars))
	}
	if r := cfg.Clusters.LineageRecords; r < 0 || r == 1 || r > 1000 {
		errs = append(errs, fmt.Errorf("clusters.lineage_records: must be 0 (off) or 2-1000 (one record never links clusters), got %d", r))
	}
	if err := cfg.clusterConfig().Validate(); err != nil {
		errs = append(errs, fmt.Errorf("clusters: %w", err))
	}
	if err := cfg.Scoring.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("scoring: %w", err))
	}
	if cfg.Absence != nil {
		errs = append(errs, errAbsenceMoved)
	}
	if cfg.Trackers.ShutdownGrace < 0 {
		errs = append(errs, fmt.Errorf("trackers.shutdown_grace: must not be negative, got %s", cfg.Trackers.ShutdownGrace))
	}
	for i := range cfg.Trackers.GitHub {
		errs = appendSinkErr(errs, "github", i, cfg.Trackers.GitHub[i].Endpoint, cfg.Trackers.GitHub[i].Config.Validate())
	}
	for i := range cfg.Trackers.GitLab {
		errs = appendSinkErr(errs, "gitlab", i, cfg.Trackers.GitLab[i].Endpoint, cfg.Trackers.GitLab[i].Config.Validate())
	}
	for i := range cfg.Trackers.Jira {
		errs = appendSinkErr(errs, "jira", i, cfg.Trackers.Jira[i].Endpoint, cfg.Trackers.Jira[i].Config.Validate())
	}
	for i := range cfg.Trackers.Webhook {
		errs = appendSinkErr(errs, "webhook", i, cfg.Trackers.Webhook[i].Endpoint, cfg.Trackers.Webhook[i].Config.Validate())
	}
	return errors.Join(errs...)
}

func appendSinkErr(errs []error, kind string, i int, endpoint string, err error) []error {
	if endpoint == "" {
		errs = append(errs, fmt.Errorf("trackers.%s[%d].endpoint: must not be empty", kind, i))
	}
	if err != nil {
		errs = append(errs, fmt.Errorf("trackers.%s[%d]: %w", kind, i, err))
	}
	return errs
}
