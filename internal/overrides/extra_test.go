package overrides

import "testing"

func TestWithMutes(t *testing.T) {
	base, err := Parse([]byte("rules:\n  - {fingerprint: aaaa, action: pin, reason: vip}\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := base.WithMutes(map[string]string{"aaaa": "tracker:label", "bbbb": "tracker:not_planned"})
	if r, _ := got.Lookup("aaaa"); r.Action != ActionPin {
		t.Errorf("file rule must win, got %q", r.Action)
	}
	if r, ok := got.Lookup("bbbb"); !ok || r.Action != ActionMute || r.Reason != "tracker:not_planned" {
		t.Errorf("tracker mute missing: %+v", r)
	}
	if _, ok := base.Lookup("bbbb"); ok {
		t.Error("WithMutes changed its receiver")
	}
	if Empty.WithMutes(nil) != Empty {
		t.Error("no mutes must return the set itself")
	}
}

func TestWithMerges(t *testing.T) {
	base, err := Parse([]byte("rules:\n  - {fingerprint: aaaa, action: pin, reason: vip}\n  - {fingerprint: cccc, action: merge_into, into: dddd, reason: same}\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := base.WithMerges(map[string]string{"aaaa": "bbbb", "eeee": "ffff", "gggg": "cccc", "dddd": "hhhh"})
	for fp, want := range map[string]string{"aaaa": "", "eeee": "ffff", "gggg": "", "dddd": "", "cccc": "dddd"} {
		if g := got.MergeTarget(fp); g != want {
			t.Errorf("MergeTarget(%s) = %q, want %q", fp, g, want)
		}
	}
	if base.MergeTarget("eeee") != "" {
		t.Error("WithMerges changed its receiver")
	}
}
