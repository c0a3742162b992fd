// Package statestore opens a client of a Collector storage extension (for
// example file_storage) for a component's own state.
package statestore // import "github.com/otelcol-backlog/otelcol-backlog/internal/statestore"

import (
	"context"
	"fmt"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/extension/xextension/storage"
)

// Open returns a storage client named name from the storage extension
// storageID. The name must not be "logs" or "traces": exporterhelper's
// persistent queue uses those.
func Open(ctx context.Context, host component.Host, storageID component.ID, kind component.Kind, owner component.ID, name string) (storage.Client, error) {
	ext, ok := host.GetExtensions()[storageID]
	if !ok {
		return nil, fmt.Errorf("storage: extension %q not found (add it under extensions and service::extensions)", storageID)
	}
	se, ok := ext.(storage.Extension)
	if !ok {
		return nil, fmt.Errorf("storage: extension %q is not a storage extension", storageID)
	}
	client, err := se.GetClient(ctx, kind, owner, name)
	if err != nil {
		return nil, fmt.Errorf("storage: client from %q: %w", storageID, err)
	}
	return client, nil
}
