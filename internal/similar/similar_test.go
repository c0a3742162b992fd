package similar

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/ai"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

func unit(id, template, problem string, ctx ...string) Unit {
	u := Unit{ID: id, Title: "[svc] " + template, Template: template, Problem: problem, Context: map[string][]string{}}
	for i := 0; i+1 < len(ctx); i += 2 {
		u.Context[ctx[i]] = append(u.Context[ctx[i]], ctx[i+1])
	}
	return u
}

func TestLexical(t *testing.T) {
	a := Tokens("Payment authorization failed for order <*>: gateway returned <*>")
	b := Tokens("Payment authorization failed for order <*>: gateway timeout after <*> ms")
	assert.Equal(t, map[string]bool{"payment": true, "authorization": true, "failed": true, "for": true, "order": true, "gateway": true, "returned": true}, a)
	assert.InDelta(t, 6.0/10, Jaccard(a, b), 1e-9)
	assert.Zero(t, Jaccard(Tokens("<*> 42"), Tokens("<*>")))
}

func TestSuggestLexical(t *testing.T) {
	units := []Unit{
		unit("a", "Payment authorization failed for order <*>: gateway returned <*>", "p1", "service", "checkout"),
		unit("b", "Payment authorization failed for order <*>: gateway returned error <*>", "p2", "service", "checkout"),
		// Same words, no shared context: not suggested.
		unit("c", "Payment authorization failed for order <*>: gateway returned <*>", "p3", "service", "billing"),
		// Same problem as a: already one problem.
		unit("d", "Payment authorization failed for order <*>: gateway returned <*>", "p1", "service", "checkout"),
		unit("e", "Slow query on products table <*>", "p5", "service", "checkout"),
	}
	cfg := Default()
	got := Suggest(units, nil, cfg, ai.Cosine)
	require.Len(t, got, 2)
	assert.Equal(t, "a", got[0].A)
	assert.Equal(t, "b", got[0].B)
	assert.Equal(t, MethodLexical, got[0].Method)
	assert.Equal(t, 0.875, got[0].Similarity)
	assert.Equal(t, []string{"service checkout"}, got[0].Shared)
	assert.Equal(t, [2]string{"b", "d"}, [2]string{got[1].A, got[1].B})
	assert.False(t, got[0].Merged, "no merge without auto_merge")
	assert.Empty(t, Merges(got))

	cfg.AutoMerge = 0.8
	got = Suggest(units, nil, cfg, ai.Cosine)
	assert.Equal(t, map[string]string{"b": "a"}, Merges(got), "one merge per unit, no chain")

	cfg.Enabled = false
	assert.Nil(t, Suggest(units, nil, cfg, ai.Cosine))
}

func TestSuggestEmbeddings(t *testing.T) {
	units := []Unit{
		unit("a", "Payment declined by gateway", "p1", "dependency", "gateway"),
		unit("b", "Card issuer refused the charge", "p2", "dependency", "gateway"),
		unit("c", "Card issuer refused", "p3", "dependency", "gateway"),
	}
	emb := map[string][]float64{"a": {1, 0.1}, "b": {0.98, 0.12}}
	got := Suggest(units, emb, Default(), ai.Cosine)
	require.Len(t, got, 2)
	assert.Equal(t, MethodEmbedding, got[0].Method, "semantically close, lexically apart")
	assert.Equal(t, [2]string{"a", "b"}, [2]string{got[0].A, got[0].B})
	assert.Equal(t, MethodLexical, got[1].Method, "c has no embedding: lexical")
}

type fakeEmbedder struct{ calls int }

func (f *fakeEmbedder) Embed(_ context.Context, texts []string) ([][]float64, error) {
	f.calls++
	out := make([][]float64, len(texts))
	for i, t := range texts {
		out[i] = []float64{float64(len(t)), 1}
	}
	return out, nil
}

func TestEmbeddingsCache(t *testing.T) {
	f := &fakeEmbedder{}
	c := NewEmbeddings(f, 10)
	units := []Unit{unit("a", "x y", ""), unit("b", "x y z", "")}
	c.Offer(units)
	c.Process(context.Background())
	assert.Len(t, c.Vectors(units), 2)
	c.Offer(units)
	c.Process(context.Background())
	assert.Equal(t, 1, f.calls, "cached")
	units[0].Template = "changed"
	assert.Len(t, c.Vectors(units), 1, "a changed text is no longer current")
}

// The embeddings client refuses what is not one finite vector per input.
func TestEmbedderGuardrails(t *testing.T) {
	var answer string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/embeddings" {
			http.NotFound(w, r)
			return
		}
		var req struct {
			Model string   `json:"model"`
			Input []string `json:"input"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		if answer != "" {
			_, _ = w.Write([]byte(answer))
			return
		}
		data := []map[string]any{}
		for i := range req.Input {
			data = append(data, map[string]any{"index": i, "embedding": []float64{1, float64(i)}})
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"data": data})
	}))
	defer srv.Close()
	e, err := ai.NewEmbedder(ai.Config{Model: "emb", RateLimit: 6000, RequestTimeout: time.Second}, srv.URL+"/v1", srv.Client())
	require.NoError(t, err)
	vs, err := e.Embed(context.Background(), []string{"a", "b"})
	require.NoError(t, err)
	assert.Equal(t, [][]float64{{1, 0}, {1, 1}}, vs)
	for _, bad := range []string{
		`nonsense`,
		`{"data":[{"index":0,"embedding":[1,2]}]}`,
		`{"data":[{"index":0,"embedding":[1,2]},{"index":0,"embedding":[1,2]}]}`,
		`{"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1]}]}`,
		`{"data":[{"index":0,"embedding":[1,2]},{"index":5,"embedding":[1,2]}]}`,
		`{"data":[{"index":0,"embedding":[]},{"index":1,"embedding":[]}]}`,
	} {
		answer = bad
		_, err := e.Embed(context.Background(), []string{"a", "b"})
		assert.ErrorIs(t, err, ai.ErrInvalid, bad)
	}
}

func TestUnitsFromDocument(t *testing.T) {
	doc := backlog.Document{Items: []backlog.Item{{Fingerprint: "a", Title: "t", Template: "x", Service: "svc",
		Services: map[string]int64{"svc": 2}, Dependencies: map[string]int64{"db": 1}, Releases: map[string]int64{"1.2": 2}, Problem: backlog.ProblemRef{ID: "p"}}}}
	u := Units(&doc)
	require.Len(t, u, 1)
	assert.Equal(t, map[string][]string{"service": {"svc"}, "dependency": {"db"}, "release": {"1.2"}}, u[0].Context)
}

func TestValidate(t *testing.T) {
	cfg := Default()
	require.NoError(t, cfg.Validate())
	cfg.LexicalThreshold, cfg.AutoMerge, cfg.MaxSuggestions = 0, 1.5, -1
	err := cfg.Validate()
	assert.ErrorContains(t, err, "lexical_threshold")
	assert.ErrorContains(t, err, "auto_merge")
	assert.ErrorContains(t, err, "max_suggestions")
}
