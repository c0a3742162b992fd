package fingerprintprocessor

import (
	"fmt"
	"strings"
	"testing"
)

// TestLogIDsLikeGetLog: the batch table in front of the id cache returns
// getLog's id for every input, whatever it held before: one masked string
// under other services and error types, equal texts at other addresses,
// other texts in the same slot (more inputs than slots), the empty form.
func TestLogIDsLikeGetLog(t *testing.T) {
	c := newIDCache(1 << 16)
	var tab logIDs
	forms := make([]string, 3*logIDSlots)
	for i := range forms {
		forms[i] = fmt.Sprintf("user <*> did thing %d", i%(logIDSlots+7))
	}
	forms = append(forms, "")
	services := []string{"checkout", "payment", ""}
	errTypes := []string{"", "IOException", "java.net.SocketTimeoutException"}
	n := 0
	for round := 0; round < 3; round++ {
		for i, m := range forms {
			if round == 1 {
				m = strings.Clone(m) // the same text at another address
			}
			svc := services[(i+round)%len(services)]
			et := errTypes[(i/2+round)%len(errTypes)]
			got := tab.get(&c, svc, et, m, "")
			if want := c.getLog(svc, et, m, ""); got != want {
				t.Fatalf("round %d, %q/%q/%q: %q, getLog %q", round, svc, et, m, got, want)
			}
			// the same string again under the other services and types
			for _, s2 := range services {
				for _, e2 := range errTypes {
					got := tab.get(&c, s2, e2, m, "")
					if want := c.getLog(s2, e2, m, ""); got != want {
						t.Fatalf("%q/%q/%q after %q/%q: %q, getLog %q", s2, e2, m, svc, et, got, want)
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("nothing compared")
	}
}
