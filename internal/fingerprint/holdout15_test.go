package fingerprint

import "testing"

// A message of dashes alone is a rule drawn between the parts of a report
// (an integrity checker's or a CLI's separator line), not a positional
// record's absent field: before, its form was "<*>", so the rule took the
// id of any message that is one value (a digest, a path), and its template
// generalized with theirs (session 23, h137; examples of our own). Dashes
// among other fields are still an absent value.
func TestIDFormDashRule(t *testing.T) {
	for in, want := range map[string]string{
		"----------------------------------------": "----------------------------------------",
		"-":                       "-",
		"status ---- retries <*>": "status <*> retries <*>",
	} {
		if got := IDForm(in); got != want {
			t.Errorf("IDForm(%q) = %q, want %q", in, got, want)
		}
	}
	if IDForm("------------") == IDForm("<*>") {
		t.Error("a rule of dashes has the form of a value")
	}
}
