package sharedcomponent

import (
	"context"
	"testing"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
)

type counting struct {
	starts, shutdowns int
}

func (c *counting) Start(context.Context, component.Host) error { c.starts++; return nil }
func (c *counting) Shutdown(context.Context) error              { c.shutdowns++; return nil }

func TestSharedLifecycle(t *testing.T) {
	m := NewMap[string, *counting]()
	created := 0
	create := func() (*counting, error) { created++; return &counting{}, nil }
	a, err := m.LoadOrStore("k", create)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := m.LoadOrStore("k", create)
	if a != b || created != 1 {
		t.Fatalf("want one shared component, created %d", created)
	}
	host := componenttest.NewNopHost()
	ctx := context.Background()
	for _, c := range []*Component[*counting]{a, b} {
		if err := c.Start(ctx, host); err != nil {
			t.Fatal(err)
		}
	}
	if a.Value.starts != 1 {
		t.Fatalf("starts = %d, want 1", a.Value.starts)
	}
	_ = a.Shutdown(ctx)
	if a.Value.shutdowns != 0 {
		t.Fatal("shut down while a user remains")
	}
	_ = b.Shutdown(ctx)
	if a.Value.shutdowns != 1 {
		t.Fatalf("shutdowns = %d, want 1", a.Value.shutdowns)
	}
	c, _ := m.LoadOrStore("k", create)
	if c == a || created != 2 {
		t.Fatal("a removed component must be created anew")
	}
}
