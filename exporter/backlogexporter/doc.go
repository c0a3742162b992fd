//go:generate mdatagen metadata.yaml

// Package backlogexporter aggregates fingerprinted log records and spans into
// clusters, scores them by customer impact, links them into problem records,
// and keeps a ranked engineering backlog: backlog.json and backlog.md in a
// directory, a web page with a JSON API, and tickets in GitHub, GitLab, Jira
// or a webhook, one per cluster, updated in place.
package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"
