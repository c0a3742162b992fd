//go:build !amd64

package mask // import "github.com/otelcol-backlog/otelcol-backlog/internal/mask"

// prefetch is a no-op where no prefetch instruction is wired
// (prefetch_amd64.s).
func prefetch(addr uintptr) {}
