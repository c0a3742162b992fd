package spanclass

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

const ms = int64(time.Millisecond)

// shape is one synthetic request: gateway server -> gateway client ->
// things server -> things db client, with durations in ms.
type shape struct {
	db, serverSelf, gap, gwSelf float64
}

func (sh shape) spans(trace int, t0 int64) []Span {
	tid := [16]byte{byte(trace), byte(trace >> 8), byte(trace >> 16), 1}
	id := func(k int) [8]byte { return [8]byte{byte(k), byte(trace), byte(trace >> 8), byte(trace >> 16), 9} }
	d := func(x float64) int64 { return int64(x * float64(ms)) }
	db := d(sh.db)
	srv := db + d(sh.serverSelf)
	cli := srv + d(sh.gap)
	gw := cli + d(sh.gwSelf)
	return []Span{
		{TraceID: tid, SpanID: id(1), Service: "gateway", Name: "GET /api", Kind: SpanKindServer, Start: t0, End: t0 + gw},
		{TraceID: tid, SpanID: id(2), ParentSpanID: id(1), Service: "gateway", Name: "HTTP GET", Kind: SpanKindClient, Start: t0 + 1, End: t0 + 1 + cli},
		{TraceID: tid, SpanID: id(3), ParentSpanID: id(2), Service: "things", Name: "GET", Route: "/things/{id}", Kind: SpanKindServer, Start: t0 + 2, End: t0 + 2 + srv},
		{TraceID: tid, SpanID: id(4), ParentSpanID: id(3), Service: "things", Name: "SELECT things", Dependency: "mysql", DB: true, Kind: SpanKindClient, Start: t0 + 3, End: t0 + 3 + db},
	}
}

// warm feeds n normal requests with a little deterministic jitter.
func warm(t testing.TB, c *Classifier, n int) {
	for i := range n {
		j := float64(i%7) * 0.3
		b := shape{db: 5 + j, serverSelf: 3 + j, gap: 1 + j/3, gwSelf: 2 + j}.spans(1000+i, int64(i)*1000*ms)
		out := make([]Class, len(b))
		c.Classify(b, out)
		for _, cl := range out {
			require.Empty(t, cl.Kind, "warm-up must not classify normal spans")
		}
	}
}

func newC(t testing.TB, cfg Config) *Classifier {
	c, err := New(cfg)
	require.NoError(t, err)
	return c
}

func TestLatencyAttribution(t *testing.T) {
	tests := []struct {
		name string
		req  shape
		// want[i]: "" none, "cause", "prop", "net"
		want        [4]string
		wantService string
		minExcess   float64
	}{
		{"normal", shape{db: 5, serverSelf: 3, gap: 1, gwSelf: 2}, [4]string{"", "", "", ""}, "", 0},
		{"slow db leaf blames only the leaf", shape{db: 400, serverSelf: 3, gap: 1, gwSelf: 2}, [4]string{"prop", "prop", "prop", "cause"}, "things", 390},
		{"slow handler blames the callee server", shape{db: 5, serverSelf: 400, gap: 1, gwSelf: 2}, [4]string{"prop", "prop", "cause", ""}, "things", 390},
		{"slow gap is network at the callee", shape{db: 5, serverSelf: 3, gap: 400, gwSelf: 2}, [4]string{"prop", "net", "", ""}, "things", 390},
		{"slow caller self time", shape{db: 5, serverSelf: 3, gap: 1, gwSelf: 400}, [4]string{"cause", "", "", ""}, "gateway", 390},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newC(t, Config{})
			warm(t, c, 60)
			b := tt.req.spans(1, 100_000*ms)
			out := make([]Class, len(b))
			c.Classify(b, out)
			var causes []Class
			for i, cl := range out {
				var got string
				switch {
				case cl.Kind == "":
				case cl.Kind != attrs.KindLatency:
					got = cl.Kind
				case cl.Network:
					got = "net"
				case cl.Propagated:
					got = "prop"
				default:
					got = "cause"
				}
				assert.Equal(t, tt.want[i], got, "span %d (%s %s)", i, b[i].Service, b[i].Name)
				if got == "cause" || got == "net" {
					causes = append(causes, cl)
				}
			}
			if tt.wantService == "" {
				assert.Empty(t, causes)
				return
			}
			require.Len(t, causes, 1)
			assert.Equal(t, tt.wantService, causes[0].Service)
			assert.GreaterOrEqual(t, causes[0].ExcessMs, tt.minExcess)
			assert.Less(t, causes[0].ExcessMs, tt.minExcess+20)
			assert.Positive(t, causes[0].BaselineMs)
		})
	}
}

func TestWarmupAndBadDurations(t *testing.T) {
	c := newC(t, Config{MinSamples: 30})
	warm(t, c, 10) // below MinSamples: nothing is judged
	b := shape{db: 900, serverSelf: 3, gap: 1, gwSelf: 2}.spans(1, 0)
	b[0].End = b[0].Start     // zero duration
	b[1].End = b[1].Start - 5 // negative
	out := make([]Class, len(b))
	c.Classify(b, out)
	for _, cl := range out {
		assert.Empty(t, cl.Kind)
	}
	st := c.Stats()
	assert.Equal(t, uint64(2), st.NonPositiveDuration)
	assert.Positive(t, st.WarmingUp)

	warm(t, c, 40)
	c.Classify(b, out)
	assert.Empty(t, out[0].Kind, "no judgement on a zero duration")
	assert.Empty(t, out[1].Kind, "no judgement on a negative duration")
	assert.Equal(t, attrs.KindLatency, out[3].Kind)
	assert.False(t, out[3].Propagated)
}

func TestBaselineNotPollutedByFault(t *testing.T) {
	c := newC(t, Config{})
	warm(t, c, 60)
	slow := 0
	// A sustained fault: most spans stay outliers for a long while because
	// they enter the baseline with OutlierWeight.
	for i := range 200 {
		b := shape{db: 300, serverSelf: 3, gap: 1, gwSelf: 2}.spans(5000+i, int64(i)*ms)
		out := make([]Class, len(b))
		c.Classify(b, out)
		if out[3].Kind == attrs.KindLatency && !out[3].Propagated {
			slow++
		}
	}
	assert.Greater(t, slow, 150)
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name     string
		span     Span
		wantKind string
		wantType string
		wantMsg  string
		wantOp   string
		wantDep  string
	}{
		{"status error", Span{Name: "GET /users/42", StatusError: true, StatusMessage: "boom", ErrorType: "500"}, attrs.KindError, "500", "boom", "GET /users/<*>", ""},
		{"exception event", Span{Name: "op", Exception: Exception{Type: "java.io.IOException", Message: "reset"}}, attrs.KindError, "java.io.IOException", "reset", "op", ""},
		{"exception wins over status", Span{Name: "op", StatusError: true, StatusMessage: "s", Exception: Exception{Type: "E", Message: "m"}}, attrs.KindError, "E", "m", "op", ""},
		{"route wins over name", Span{Name: "GET /x/1", Route: "/x/{id}", StatusError: true}, attrs.KindError, "", "", "/x/{id}", ""},
		{"client dependency", Span{Name: "SELECT", Kind: SpanKindClient, Dependency: "postgres", StatusError: true}, attrs.KindError, "", "", "SELECT", "postgres"},
		{"server has no dependency", Span{Name: "op", Kind: SpanKindServer, Dependency: "self:80", StatusError: true}, attrs.KindError, "", "", "op", ""},
		{"ok span", Span{Name: "op"}, "", "", "", "", ""},
		// Status unset: the semantic conventions' failure signals.
		{"error.type alone", Span{Name: "op", ErrorType: "timeout"}, attrs.KindError, "timeout", "", "op", ""},
		{"http server 503", Span{Name: "GET /a", Kind: SpanKindServer, HTTPStatus: 503}, attrs.KindError, "503", "", "GET /a", ""},
		{"http server 404 is the client's", Span{Name: "GET /a", Kind: SpanKindServer, HTTPStatus: 404}, "", "", "", "", ""},
		{"http client 404", Span{Name: "GET", Kind: SpanKindClient, Dependency: "api", HTTPStatus: 404}, attrs.KindError, "404", "", "GET", "api"},
		{"http client 200", Span{Name: "GET", Kind: SpanKindClient, HTTPStatus: 200}, "", "", "", "", ""},
		{"grpc client unavailable", Span{Name: "pkg.Cart/Get", Kind: SpanKindClient, Dependency: "pkg.Cart", RPCStatus: "14"}, attrs.KindError, "UNAVAILABLE", "", "pkg.Cart/Get", "pkg.Cart"},
		{"grpc server not found is the client's", Span{Name: "pkg.Cart/Get", Kind: SpanKindServer, RPCStatus: "NOT_FOUND"}, "", "", "", "", ""},
		{"grpc server internal", Span{Name: "pkg.Cart/Get", Kind: SpanKindServer, RPCStatus: "13"}, attrs.KindError, "INTERNAL", "", "pkg.Cart/Get", ""},
		{"grpc ok", Span{Name: "pkg.Cart/Get", Kind: SpanKindClient, RPCStatus: "0"}, "", "", "", "", ""},
		{"status ok overrides", Span{Name: "op", StatusOK: true, ErrorType: "x", HTTPStatus: 500}, "", "", "", "", ""},
		{"status error takes the http code as type", Span{Name: "op", Kind: SpanKindServer, StatusError: true, HTTPStatus: 502}, attrs.KindError, "502", "", "op", ""},
		{"resend count", Span{Name: "GET", Kind: SpanKindClient, Dependency: "api", ResendCount: 2}, attrs.KindRetry, "", "", "GET", "api"},
	}
	c := newC(t, Config{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := tt.span
			sp.SpanID, sp.Start, sp.End = [8]byte{1}, 0, ms
			out := make([]Class, 1)
			c.Classify([]Span{sp}, out)
			assert.Equal(t, tt.wantKind, out[0].Kind)
			assert.Equal(t, tt.wantType, out[0].ErrorType)
			assert.Equal(t, tt.wantMsg, out[0].Message)
			if tt.wantKind != "" {
				assert.Equal(t, tt.wantOp, out[0].Operation)
				assert.Equal(t, tt.wantDep, out[0].Dependency)
			}
		})
	}
}

func TestRetries(t *testing.T) {
	call := func(id byte, start int64, fail bool) Span {
		return Span{TraceID: [16]byte{7}, SpanID: [8]byte{id}, ParentSpanID: [8]byte{99}, Service: "cart", Name: "HTTP POST",
			Kind: SpanKindClient, Dependency: "payments", Start: start, End: start + ms, StatusError: fail, StatusMessage: "503"}
	}
	tests := []struct {
		name      string
		cfg       Config
		spans     []Span
		wantKinds []string
		wantCount int
	}{
		{"error then success", Config{}, []Span{call(1, 0, true), call(2, 2*ms, true), call(3, 4*ms, false)},
			[]string{attrs.KindRetry, attrs.KindRetry, attrs.KindRetry}, 2},
		{"out of order input", Config{}, []Span{call(3, 4*ms, false), call(1, 0, true)},
			[]string{attrs.KindRetry, attrs.KindRetry}, 1},
		{"never succeeds", Config{}, []Span{call(1, 0, true), call(2, 2*ms, true)},
			[]string{attrs.KindError, attrs.KindError}, 1},
		{"success then error is no retry", Config{}, []Span{call(1, 0, false), call(2, 2*ms, true)},
			[]string{"", attrs.KindError}, 1},
		{"repeats are not retries by default", Config{}, []Span{call(1, 0, false), call(2, 2*ms, false), call(3, 4*ms, false)},
			[]string{"", "", ""}, 0},
		{"repeats as retries when enabled", Config{MinRepeatedCalls: 3}, []Span{call(1, 0, false), call(2, 2*ms, false), call(3, 4*ms, false)},
			[]string{"", attrs.KindRetry, attrs.KindRetry}, 2},
		{"overlapping repeats are fan-out", Config{MinRepeatedCalls: 2}, []Span{call(1, 0, false), call(2, 0, false)},
			[]string{"", ""}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newC(t, tt.cfg)
			out := make([]Class, len(tt.spans))
			c.Classify(tt.spans, out)
			var kinds []string
			maxCount := 0
			for _, cl := range out {
				kinds = append(kinds, cl.Kind)
				maxCount = max(maxCount, cl.RetryCount)
			}
			assert.Equal(t, tt.wantKinds, kinds)
			if tt.wantKinds[0] != "" || tt.wantCount > 0 {
				assert.Equal(t, tt.wantCount, maxCount)
			}
		})
	}
	// Different dependencies under one parent are not grouped.
	c := newC(t, Config{})
	a, b := call(1, 0, true), call(2, 2*ms, false)
	b.Dependency = "inventory"
	out := make([]Class, 2)
	c.Classify([]Span{a, b}, out)
	assert.Equal(t, []string{attrs.KindError, ""}, []string{out[0].Kind, out[1].Kind})
}

func TestThresholds(t *testing.T) {
	c := newC(t, Config{Thresholds: []Threshold{{Service: "things", Route: "/things/*", Max: 100 * time.Millisecond}}})
	b := shape{db: 5, serverSelf: 150, gap: 1, gwSelf: 2}.spans(1, 0)
	out := make([]Class, len(b))
	c.Classify(b, out) // no warm-up needed
	assert.Equal(t, attrs.KindLatency, out[2].Kind)
	assert.InDelta(t, 55, out[2].ExcessMs, 1)
	assert.InDelta(t, 100, out[2].BaselineMs, 0.001)
	assert.Empty(t, out[0].Kind, "unwarmed ancestors are not judged")
}

func TestEvictionBound(t *testing.T) {
	c := newC(t, Config{MaxBaselines: 32})
	out := make([]Class, 1)
	for i := range 500 {
		sp := Span{SpanID: [8]byte{1}, Service: fmt.Sprintf("svc-%d", i), Name: "op", Start: 0, End: ms}
		c.Classify([]Span{sp}, out)
	}
	st := c.Stats()
	assert.LessOrEqual(t, st.Baselines, 32)
	assert.GreaterOrEqual(t, st.BaselineEvictions, uint64(500-32))
}

func TestMalformed(t *testing.T) {
	c := newC(t, Config{MaxKeyLen: 64})
	huge := strings.Repeat("é", 10_000)
	spans := []Span{
		{}, // everything missing
		{SpanID: [8]byte{1}, ParentSpanID: [8]byte{2}, Start: 0, End: ms}, // cycle 1 -> 2 -> 1
		{SpanID: [8]byte{2}, ParentSpanID: [8]byte{1}, Start: 0, End: ms},
		{SpanID: [8]byte{2}, Start: 5, End: 1}, // duplicate id, End < Start
		{SpanID: [8]byte{3}, ParentSpanID: [8]byte{3}, Service: huge, Name: huge, Route: huge, Dependency: huge, Kind: SpanKindClient, Start: 0, End: ms, StatusError: true, StatusMessage: huge},
		{SpanID: [8]byte{4}, Kind: 99, Start: -10, End: 1 << 62},
	}
	out := make([]Class, len(spans)-1) // one short
	require.NotPanics(t, func() { c.Classify(spans, out) })
	st := c.Stats()
	assert.Equal(t, uint64(1), st.MissingSpanID)
	assert.Equal(t, uint64(1), st.DuplicateSpanID)
	assert.Equal(t, uint64(2), st.ParentCycles)
	assert.Equal(t, uint64(2), st.NonPositiveDuration)
	assert.Equal(t, uint64(1), st.ShortOutput)
	assert.Positive(t, st.Truncated)
	assert.Equal(t, attrs.KindError, out[4].Kind)
	assert.LessOrEqual(t, len(out[4].Operation), 64)
	assert.True(t, strings.HasPrefix(huge, out[4].Operation), "truncated on a rune boundary")
	require.NotPanics(t, func() { c.Classify(nil, nil) })
}

func TestDeepChainNotBlamedAll(t *testing.T) {
	// 50 nested internal spans above one slow leaf: only the leaf is a cause.
	const depth = 300
	mk := func(trace int, leafMs float64) []Span {
		var out []Span
		for d := range depth {
			sp := Span{TraceID: [16]byte{byte(trace), byte(trace >> 8)}, SpanID: [8]byte{byte(d + 1), byte((d + 1) >> 8)}, Service: "deep", Name: fmt.Sprintf("level%c%c", 'a'+d%26, 'a'+d/26), Kind: SpanKindInternal}
			if d > 0 {
				sp.ParentSpanID = [8]byte{byte(d), byte(d >> 8)}
			}
			total := float64(depth-d) + leafMs
			sp.Start, sp.End = int64(d)*ms/10, int64(d)*ms/10+int64(total*float64(ms))
			out = append(out, sp)
		}
		return out
	}
	c := newC(t, Config{})
	out := make([]Class, depth)
	for i := range 40 {
		c.Classify(mk(i, 2+float64(i%3)), out)
	}
	c.Classify(mk(9999, 500), out)
	causes := 0
	for i, cl := range out {
		if cl.Kind == attrs.KindLatency && !cl.Propagated {
			causes++
			assert.Equal(t, depth-1, i, "the leaf is the cause")
		}
	}
	assert.Equal(t, 1, causes)
}

func TestSnapshotRoundTrip(t *testing.T) {
	c := newC(t, Config{})
	warm(t, c, 60)
	snap, err := c.MarshalBinary()
	require.NoError(t, err)

	fresh := newC(t, Config{})
	require.NoError(t, fresh.UnmarshalBinary(snap))
	assert.Equal(t, c.Stats().Baselines, fresh.Stats().Baselines)
	b := shape{db: 400, serverSelf: 3, gap: 1, gwSelf: 2}.spans(1, 0)
	out := make([]Class, len(b))
	fresh.Classify(b, out)
	assert.Equal(t, attrs.KindLatency, out[3].Kind, "restored baseline judges without a new warm-up")

	cold := newC(t, Config{})
	cold.Classify(b, out)
	assert.Empty(t, out[3].Kind)

	for _, bad := range [][]byte{nil, []byte("nope"), snap[:len(snap)-3], append(append([]byte{}, snapshotMagic...), 0xff)} {
		assert.Error(t, newC(t, Config{}).UnmarshalBinary(bad))
	}
}

func TestConcurrentClassify(t *testing.T) {
	c := newC(t, Config{})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 200 {
				b := shape{db: 5, serverSelf: 3, gap: 1, gwSelf: 2}.spans(g*1000+i, 0)
				out := make([]Class, len(b))
				c.Classify(b, out)
			}
		})
	}
	wg.Wait()
	assert.Equal(t, uint64(4*200*4), c.Stats().Spans)
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr string
	}{
		{"zero is valid", Config{}, ""},
		{"defaults are valid", NewDefaultConfig(), ""},
		{"negative baselines", Config{MaxBaselines: -1}, "max_baselines"},
		{"accuracy", Config{RelativeAccuracy: 1}, "relative_accuracy"},
		{"p99 factor", Config{P99Factor: 0.5}, "p99_factor"},
		{"outlier weight", Config{OutlierWeight: 2}, "outlier_weight"},
		{"explained", Config{ExplainedFraction: -0.1}, "explained_fraction"},
		{"bins", Config{MaxBins: 4}, "max_bins"},
		{"decay", Config{MinSamples: 100, DecayCount: 150}, "decay_count"},
		{"threshold", Config{Thresholds: []Threshold{{Route: "/x"}}}, "thresholds[0].max"},
		{"min excess", Config{MinExcess: -time.Second}, "min_excess"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.wantErr == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
			_, err = New(tt.cfg)
			assert.Error(t, err)
		})
	}
}

func TestDefaultMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"GET /api/v1/users", "GET /api/v1/users"},
		{"GET /users/42", "GET /users/<*>"},
		{"/orders/3fa85f64-5717-4562-b3fc-2c963f66afa6/items", "/orders/<*>/items"},
		{"cache deadbeef01", "cache <*>"},
		{"SELECT ts.route_stations", "SELECT ts.route_stations"},
		{"report 2023-01-30", "report <*>"},
		{"face", "face"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, DefaultMask(tt.in), tt.in)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = DefaultMask("GET /api/v1/users") }))
}

func TestMatch(t *testing.T) {
	tests := []struct {
		p, s string
		want bool
	}{
		{"/a/*", "/a/b/c", true},
		{"/a/*/c", "/a/b/c", true},
		{"/a/*/c", "/a/b/d", false},
		{"*", "", true},
		{"", "x", false},
		{"a*b*c", "aXbYc", true},
		{"a*b*c", "aXbY", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, match(tt.p, tt.s), "%q ~ %q", tt.p, tt.s)
	}
}

func TestInjectedMask(t *testing.T) {
	c := newC(t, Config{Mask: func(s string) string { return strings.ToUpper(s) }})
	out := make([]Class, 1)
	c.Classify([]Span{{SpanID: [8]byte{1}, Name: "get x", StatusError: true, End: 1}}, out)
	assert.Equal(t, "GET X", out[0].Operation)
}
