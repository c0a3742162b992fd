// Package statestoretest provides an in-memory storage extension and a host
// that serves it, for tests of components that persist state through the
// Collector's storage extension.
package statestoretest // import "github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"

import (
	"context"
	"errors"
	"sync"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/extension/xextension/storage"
)

// Extension is an in-memory storage extension. Data outlives clients (and
// component restarts) for as long as the Extension value lives.
type Extension struct {
	mu   sync.Mutex
	data map[string]map[string][]byte // client name -> key -> value
	// FailSet makes every Set and Batch fail (an unwritable disk).
	FailSet bool

	opened, closed int
}

// Opened is the number of clients handed out.
func (e *Extension) Opened() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.opened
}

// Closed is the number of clients closed.
func (e *Extension) Closed() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.closed
}

// New returns an empty extension.
func New() *Extension { return &Extension{data: map[string]map[string][]byte{}} }

// Start implements component.Component.
func (e *Extension) Start(context.Context, component.Host) error { return nil }

// Shutdown implements component.Component.
func (e *Extension) Shutdown(context.Context) error { return nil }

// GetClient implements storage.Extension.
func (e *Extension) GetClient(_ context.Context, kind component.Kind, id component.ID, name string) (storage.Client, error) {
	full := kind.String() + "/" + id.String() + "/" + name
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.data[full] == nil {
		e.data[full] = map[string][]byte{}
	}
	e.opened++
	return &client{ext: e, name: full}, nil
}

// Keys returns the keys stored by every client, as "client-name key".
func (e *Extension) Keys() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for c, m := range e.data {
		for k := range m {
			out = append(out, c+" "+k)
		}
	}
	return out
}

type client struct {
	ext  *Extension
	name string
}

func (c *client) Get(_ context.Context, key string) ([]byte, error) {
	c.ext.mu.Lock()
	defer c.ext.mu.Unlock()
	v, ok := c.ext.data[c.name][key]
	if !ok {
		return nil, nil
	}
	return append([]byte(nil), v...), nil
}

func (c *client) Set(_ context.Context, key string, value []byte) error {
	c.ext.mu.Lock()
	defer c.ext.mu.Unlock()
	if c.ext.FailSet {
		return errors.New("statestoretest: set failed")
	}
	c.ext.data[c.name][key] = append([]byte(nil), value...)
	return nil
}

func (c *client) Delete(_ context.Context, key string) error {
	c.ext.mu.Lock()
	defer c.ext.mu.Unlock()
	delete(c.ext.data[c.name], key)
	return nil
}

func (c *client) Batch(ctx context.Context, ops ...*storage.Operation) error {
	for _, op := range ops {
		var err error
		switch op.Type {
		case storage.Get:
			op.Value, err = c.Get(ctx, op.Key)
		case storage.Set:
			err = c.Set(ctx, op.Key, op.Value)
		case storage.Delete:
			err = c.Delete(ctx, op.Key)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (c *client) Close(context.Context) error {
	c.ext.mu.Lock()
	defer c.ext.mu.Unlock()
	c.ext.closed++
	return nil
}

// Host serves extensions by ID.
type Host struct {
	Extensions map[component.ID]component.Component
}

// NewHost returns a host with ext registered as id.
func NewHost(id component.ID, ext *Extension) *Host {
	return &Host{Extensions: map[component.ID]component.Component{id: ext}}
}

// GetExtensions implements component.Host.
func (h *Host) GetExtensions() map[component.ID]component.Component { return h.Extensions }
