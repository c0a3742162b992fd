package logtemplate

import (
	"fmt"
	"testing"
)

// Review of h147's rules for the sixteenth set (session 24, h151).

// A message code the masking keeps at the message's start (h147's
// messageCode: "WFLYSRV0010:") keys its group as a word does. In the
// group of first tokens with digits, the values', one forged record with
// another code and the same rest ("WFLYSRV0011: Deployed ...") folded an
// established template of 500 records into "<*>: Deployed ..." (h151);
// nor do eight forged codes fold it (firstSlot's guards, as for words).
func TestMessageCodeTemplateNotFoldedByForgedCode(t *testing.T) {
	m, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var est Result
	for i := range 500 {
		est = m.Process(fmt.Sprintf(`WFLYSRV0010: Deployed "app-%d.war" (runtime-name : "app-%d.war")`, i, i))
	}
	if est.Template != `WFLYSRV0010: Deployed "<*>" (runtime-name : "<*>")` {
		t.Fatalf("established template %q", est.Template)
	}
	for k := 1; k <= 8; k++ {
		m.Process(fmt.Sprintf(`WFLYSRV%04d: Deployed "x.war" (runtime-name : "x.war")`, 10+k))
		r := m.Process(`WFLYSRV0010: Deployed "app-1.war" (runtime-name : "app-1.war")`)
		if r.Template != est.Template {
			t.Fatalf("after %d forged records with other codes the established template is %q, was %q", k, r.Template, est.Template)
		}
	}
}
