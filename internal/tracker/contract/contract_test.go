package contract

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

func req(method, path, query, body string) fake.Request {
	h := http.Header{}
	if body != "" {
		h.Set("Content-Type", "application/json")
	}
	return fake.Request{Method: method, Path: path, RawQuery: query, Header: h, Body: []byte(body)}
}

// The validators accept good requests and reject bad ones, so the sinks'
// contract checks can fail.
func TestGitHub(t *testing.T) {
	v := GitHub(t)
	for _, tc := range []struct {
		name string
		r    fake.Request
		ok   bool
	}{
		{"create", req("POST", "/repos/o/r/issues", "", `{"title":"t","body":"b","labels":["fp:1"]}`), true},
		{"list by label", req("GET", "/repos/o/r/issues", "labels=fp%3A1&state=all&per_page=100", ""), true},
		{"reopen", req("PATCH", "/repos/o/r/issues/3", "", `{"state":"open","state_reason":"reopened"}`), true},
		{"comment", req("POST", "/repos/o/r/issues/3/comments", "", `{"body":"x"}`), true},
		{"close as duplicate", req("PATCH", "/repos/o/r/issues/3", "", `{"state":"closed","state_reason":"duplicate"}`), true},
		{"add labels", req("POST", "/repos/o/r/issues/3/labels", "", `{"labels":["backlog-merged-into-p1"]}`), true},
		{"reopen with labels", req("PATCH", "/repos/o/r/issues/3", "", `{"state":"open","state_reason":"reopened","labels":["fp:p1"]}`), true},
		{"bad state reason", req("PATCH", "/repos/o/r/issues/3", "", `{"state":"closed","state_reason":"merged"}`), false},
		{"create without title", req("POST", "/repos/o/r/issues", "", `{"body":"b"}`), false},
		{"bad state", req("PATCH", "/repos/o/r/issues/3", "", `{"state":"reopened"}`), false},
		{"bad list state", req("GET", "/repos/o/r/issues", "state=any", ""), false},
		{"unknown path", req("POST", "/repos/o/r/tickets", "", `{}`), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := v.Validate(tc.r)
			if tc.ok {
				assert.NoError(t, err)
			} else {
				assert.Error(t, err)
			}
		})
	}
}

func TestJiraV3(t *testing.T) {
	v := JiraV3(t)
	assert.NoError(t, v.Validate(req("POST", "/rest/api/3/search/jql", "", `{"jql":"labels = \"fp-1\"","fields":["status"],"maxResults":10,"reconcileIssues":[10001]}`)))
	assert.NoError(t, v.Validate(req("POST", "/rest/api/3/issue/OPS-1/transitions", "", `{"transition":{"id":"11"}}`)))
	assert.NoError(t, v.Validate(req("PUT", "/rest/api/3/issue/OPS-1", "", `{"update":{"labels":[{"add":"backlog-merged-into-p1"}]}}`)))
	assert.Error(t, v.Validate(req("POST", "/rest/api/3/search/jql", "", `{"jql":"x","reconcileIssues":["OPS-1"]}`)))
	assert.Error(t, v.Validate(req("POST", "/rest/api/3/search/jql", "", `{"jql":"x","bogus":1}`)))
}

// fatalRecorder records Fatalf instead of stopping the test.
type fatalRecorder struct {
	testing.TB
	fatal string
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatalf(format string, args ...any) { r.fatal = fmt.Sprintf(format, args...) }

// TestNilValidatorFails: a validator that is absent cannot pass requests
// as checked.
func TestNilValidatorFails(t *testing.T) {
	rec := &fatalRecorder{TB: t}
	var v *Validator
	v.ValidateAll(rec, []fake.Request{req("POST", "/repos/o/r/issues", "", `{}`)})
	assert.Contains(t, rec.fatal, "nil validator")
}
