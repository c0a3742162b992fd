// Package otlpsend posts OTLP/HTTP protobuf requests for the replay tools
// (cmd/replay, cmd/evalfaults' binary mode): one idea, retrying until the
// collector accepts the request.
package otlpsend

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Attempts and Wait bound Post's retries (a collector still starting, or
// refusing under load).
const (
	Attempts = 21
	Wait     = 500 * time.Millisecond
)

// Post sends body (an OTLP export request in protobuf) to url and retries,
// Attempts times at most with Wait between them, until the answer is 2xx.
// The answer's body is drained so the connection is reused.
func Post(ctx context.Context, client *http.Client, url string, body []byte) error {
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/x-protobuf")
		resp, err := client.Do(req)
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode/100 == 2 {
				return nil
			}
			err = fmt.Errorf("%s: %s", url, resp.Status)
		}
		if attempt == Attempts {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(Wait):
		}
	}
}
