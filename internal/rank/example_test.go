package rank_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
	"github.com/otelcol-backlog/otelcol-backlog/internal/rank"
	"github.com/otelcol-backlog/otelcol-backlog/internal/render"
)

// Example shows what the exporter shell does: add events on consume, and on
// each flush reload overrides, build the document, write it and snapshot.
func Example() {
	dir, _ := os.MkdirTemp("", "backlog")
	defer os.RemoveAll(dir)

	store := cluster.New(cluster.Config{}) // cfg.Validate() first in the shell
	rules := overrides.NewFile(filepath.Join(dir, "overrides.yaml"))
	b := rank.NewBuilder(store)
	b.Overrides = rules.Set

	t0 := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC).UnixNano()
	// Before each batch, the event-time now (the watermark): data was
	// flowing before the failure began, so its onset was seen.
	store.SetNowBefore(t0 - int64(time.Minute))
	for i := 0; i < 5; i++ { // consume path
		store.Add(&cluster.Event{
			Fingerprint: "3f2a9c0d1b2e4f56", Kind: "error", Service: "checkout-service",
			ErrorType: "java.lang.IllegalStateException", Template: "Payment <*> failed",
			User: fmt.Sprint("user", i), Time: t0 + int64(i)*int64(time.Minute),
		})
	}

	flushAt := time.Date(2026, 11, 25, 12, 5, 0, 0, time.UTC) // injected clock
	if _, err := rules.Reload(flushAt); err != nil {
		fmt.Println("overrides:", err) // keep the previous rules
	}
	doc := b.Build(flushAt)
	if err := render.WriteFiles(dir, &doc); err != nil {
		fmt.Println(err)
	}
	snap, _ := store.Snapshot() // persist through the storage extension

	it := doc.Items[0]
	fmt.Println(it.Rank, it.Title)
	fmt.Println(it.State, it.Count, it.Affected.Users, it.Problem.IsHead)
	fmt.Println(len(snap) > 0)
	// Output:
	// 1 [checkout-service] java.lang.IllegalStateException: Payment <*> failed
	// new 5 5 true
	// true
}
