package ai

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
)

// MaxDimensions bounds the length of an embedding vector.
const MaxDimensions = 16384

// Embedder calls an OpenAI-compatible /embeddings endpoint with the same
// guardrails as Client: the caller sends redacted text only, requests are
// rate limited and time-bounded, and answers are validated strictly
// (one finite vector of one common dimension per input, each index once).
type Embedder struct {
	api
}

// NewEmbedder returns an embedder posting to endpoint + "/embeddings".
func NewEmbedder(cfg Config, endpoint string, hc *http.Client) (*Embedder, error) {
	a, err := newAPI(cfg, endpoint, hc)
	if err != nil {
		return nil, err
	}
	return &Embedder{api: a}, nil
}

// Embed returns one vector per text, in order.
func (e *Embedder) Embed(ctx context.Context, texts []string) ([][]float64, error) {
	if len(texts) == 0 {
		return nil, nil
	}
	capped := make([]string, len(texts))
	for i, t := range texts {
		capped[i] = truncRunes(t, MaxEvidenceRunes)
	}
	if err := e.limiter.Wait(ctx); err != nil {
		return nil, err
	}
	body, err := json.Marshal(map[string]any{"model": e.cfg.Model, "input": capped})
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, e.cfg.RequestTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.endpoint+"/embeddings", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if e.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+string(e.cfg.APIKey))
	}
	resp, err := e.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20+1))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("ai: endpoint returned %s", resp.Status)
	}
	var er struct {
		Data []struct {
			Index     int       `json:"index"`
			Embedding []float64 `json:"embedding"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &er); err != nil {
		return nil, fmt.Errorf("%w: not an embeddings response", ErrInvalid)
	}
	if len(er.Data) != len(texts) {
		return nil, fmt.Errorf("%w: %d embeddings for %d inputs", ErrInvalid, len(er.Data), len(texts))
	}
	out := make([][]float64, len(texts))
	dim := -1
	for _, d := range er.Data {
		if d.Index < 0 || d.Index >= len(texts) || out[d.Index] != nil {
			return nil, fmt.Errorf("%w: bad or repeated index %d", ErrInvalid, d.Index)
		}
		if len(d.Embedding) == 0 || len(d.Embedding) > MaxDimensions || (dim >= 0 && len(d.Embedding) != dim) {
			return nil, fmt.Errorf("%w: embedding of %d dimensions", ErrInvalid, len(d.Embedding))
		}
		dim = len(d.Embedding)
		for _, x := range d.Embedding {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, fmt.Errorf("%w: non-finite value", ErrInvalid)
			}
		}
		out[d.Index] = d.Embedding
	}
	return out, nil
}

// Cosine is the cosine similarity of a and b (0 when either is zero or
// their lengths differ).
func Cosine(a, b []float64) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	var dot, na, nb float64
	for i := range a {
		dot += a[i] * b[i]
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
