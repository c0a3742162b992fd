// Package sharedcomponent lets the logs and traces pipelines of one component
// instance (one component ID, hence one *Config) share a single stateful core,
// started once and shut down with its last user, like contrib's
// internal/sharedcomponent.
package sharedcomponent // import "github.com/otelcol-backlog/otelcol-backlog/internal/sharedcomponent"

import (
	"context"
	"sync"

	"go.opentelemetry.io/collector/component"
)

// Map holds shared components by key (usually the component's *Config).
type Map[K comparable, V component.Component] struct {
	mu         sync.Mutex
	components map[K]*Component[V]
}

// NewMap returns an empty Map.
func NewMap[K comparable, V component.Component]() *Map[K, V] {
	return &Map[K, V]{components: map[K]*Component[V]{}}
}

// LoadOrStore returns the shared component for key, creating it with create
// when absent. Every returned *Component must be started and shut down by its
// user; the underlying component starts on the first Start and shuts down on
// the last Shutdown.
func (m *Map[K, V]) LoadOrStore(key K, create func() (V, error)) (*Component[V], error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if c, ok := m.components[key]; ok {
		c.mu.Lock()
		c.users++
		c.mu.Unlock()
		return c, nil
	}
	v, err := create()
	if err != nil {
		return nil, err
	}
	c := &Component[V]{Value: v, users: 1}
	c.remove = func() {
		m.mu.Lock()
		delete(m.components, key)
		m.mu.Unlock()
	}
	m.components[key] = c
	return c, nil
}

// Component is a reference-counted shared component.
type Component[V component.Component] struct {
	Value V

	mu      sync.Mutex
	users   int
	started bool
	remove  func()
}

// Start starts the underlying component once.
func (c *Component[V]) Start(ctx context.Context, host component.Host) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.started {
		return nil
	}
	if err := c.Value.Start(ctx, host); err != nil {
		return err
	}
	c.started = true
	return nil
}

// Shutdown shuts the underlying component down when its last user leaves.
func (c *Component[V]) Shutdown(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.users--
	if c.users > 0 {
		return nil
	}
	c.remove()
	if !c.started {
		// Shutdown must be safe without Start; let the component decide.
		return c.Value.Shutdown(ctx)
	}
	c.started = false
	return c.Value.Shutdown(ctx)
}
