// Package contract checks, in tests, that requests recorded by the fake
// trackers are ones the real services accept, against the official API
// descriptions in ../shared/specs (loaded once per test binary).
package contract

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// SpecDir locates ../shared/specs from the module root (BACKLOG_SPECS
// overrides it).
func SpecDir() string {
	if d := os.Getenv("BACKLOG_SPECS"); d != "" {
		return d
	}
	_, file, _, _ := runtime.Caller(0)
	// internal/tracker/contract/contract.go -> module root -> ../shared/specs
	root := filepath.Join(filepath.Dir(file), "..", "..", "..")
	return filepath.Join(root, "..", "shared", "specs")
}

// Validator validates requests against one OpenAPI description.
type Validator struct {
	server string
	router routers.Router
}

type loaded struct {
	once sync.Once
	v    *Validator
	err  error
}

var (
	github, jira loaded
	adf          struct {
		once sync.Once
		s    *jsonschema.Schema
		err  error
	}
)

// Paths the sinks use; the rest of each description is dropped before
// routing (the Jira description has conflicting templated paths elsewhere).
var usedPaths = map[string]bool{
	"/repos/{owner}/{repo}/issues":                         true,
	"/repos/{owner}/{repo}/issues/{issue_number}":          true,
	"/repos/{owner}/{repo}/issues/{issue_number}/comments": true,
	"/repos/{owner}/{repo}/issues/{issue_number}/labels":   true,
	"/rest/api/3/issue":                                    true,
	"/rest/api/3/issue/{issueIdOrKey}":                     true,
	"/rest/api/3/issue/{issueIdOrKey}/comment":             true,
	"/rest/api/3/issue/{issueIdOrKey}/transitions":         true,
	"/rest/api/3/search":                                   true,
	"/rest/api/3/search/jql":                               true,
}

// API description files in SpecDir.
const (
	GitHubSpec = "github-issues.openapi.json"
	JiraV3Spec = "jira-platform-v3.openapi.json"
)

// Present reports whether the API description file is in SpecDir, for
// tests that validate their requests only when it is (their own subject is
// another); a test whose subject is the contract calls GitHub or JiraV3,
// which skip it loudly instead.
func Present(file string) bool {
	_, err := os.Stat(filepath.Join(SpecDir(), file))
	return err == nil
}

func load(t testing.TB, l *loaded, file string) *Validator {
	t.Helper()
	path := filepath.Join(SpecDir(), file)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("SKIP contract: API description %s absent (%v): requests NOT validated against the API; set BACKLOG_SPECS or provide ../shared/specs", path, err)
	}
	l.once.Do(func() {
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromFile(path)
		if err != nil {
			l.err = err
			return
		}
		paths := openapi3.NewPaths()
		for p, item := range doc.Paths.Map() {
			if usedPaths[p] {
				paths.Set(p, item)
			}
		}
		doc.Paths = paths
		// The published descriptions carry examples that do not match their
		// own schemas; they say nothing about requests, so skip them.
		r, err := legacy.NewRouter(doc, openapi3.DisableExamplesValidation(), openapi3.DisableSchemaDefaultsValidation())
		if err != nil {
			l.err = err
			return
		}
		l.v = &Validator{server: doc.Servers[0].URL, router: r}
	})
	if l.err != nil {
		t.Fatalf("contract: load %s: %v", file, l.err)
	}
	return l.v
}

// GitHub returns the GitHub issues validator, or skips the test.
func GitHub(t testing.TB) *Validator { return load(t, &github, GitHubSpec) }

// JiraV3 returns the Jira Cloud platform v3 validator, or skips the test.
func JiraV3(t testing.TB) *Validator { return load(t, &jira, JiraV3Spec) }

// Validate checks one recorded request.
func (v *Validator) Validate(r fake.Request) error {
	u := v.server + r.Path
	if r.RawQuery != "" {
		u += "?" + r.RawQuery
	}
	req, err := http.NewRequest(r.Method, u, bytes.NewReader(r.Body))
	if err != nil {
		return err
	}
	req.Header = r.Header.Clone()
	route, params, err := v.router.FindRoute(req)
	if err != nil {
		return fmt.Errorf("%s %s: no such operation: %w", r.Method, r.Path, err)
	}
	in := &openapi3filter.RequestValidationInput{
		Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, MultiError: true},
	}
	req.Body = io.NopCloser(bytes.NewReader(r.Body))
	if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
		return fmt.Errorf("%s %s: %w", r.Method, r.Path, err)
	}
	return nil
}

// ValidateAll checks every request and fails t for each invalid one. It
// returns how many were checked. A nil validator fails t: it would check
// nothing.
func (v *Validator) ValidateAll(t testing.TB, reqs []fake.Request) int {
	t.Helper()
	if v == nil {
		t.Fatalf("contract: nil validator: no request would be checked")
		return 0
	}
	for _, r := range reqs {
		if err := v.Validate(r); err != nil {
			t.Errorf("contract: %v\nbody: %s", err, truncate(r.Body))
		}
	}
	return len(reqs)
}

func truncate(b []byte) string {
	if len(b) > 600 {
		return string(b[:600]) + "..."
	}
	return string(b)
}

// ADF returns a validator of Atlassian Document Format documents (draft-04
// schema), or skips the test.
func ADF(t testing.TB) func(doc any) error {
	t.Helper()
	path := filepath.Join(SpecDir(), "jira-adf-v1.schema.json")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("contract: ADF schema %s absent; skipping", path)
	}
	adf.once.Do(func() {
		f, err := os.Open(path)
		if err != nil {
			adf.err = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			adf.err = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft4)
		if err := c.AddResource("adf.json", doc); err != nil {
			adf.err = err
			return
		}
		adf.s, adf.err = c.Compile("adf.json")
	})
	if adf.err != nil {
		t.Fatalf("contract: ADF schema: %v", adf.err)
	}
	return func(doc any) error {
		// Round-trip through JSON so numbers and maps match the validator's model.
		b, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(string(b)))
		if err != nil {
			return err
		}
		return adf.s.Validate(v)
	}
}
