package mask // import "github.com/otelcol-backlog/otelcol-backlog/internal/mask"

// prefetch asks the processor to bring the cache line at addr into its
// caches without waiting for it (PREFETCHT0). It never faults: addr is a
// hint, not a dereference.
//
//go:noescape
func prefetch(addr uintptr)
