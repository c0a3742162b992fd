package backlog

import (
	"reflect"
	"strings"
	"testing"
)

// Every string field of an item is redacted, except those the exporter
// derives itself (ids, enumerations); a field added later is redacted or
// named here.
func TestItemRedactedCoversEveryStringField(t *testing.T) {
	kept := map[string]bool{"Fingerprint": true, "Kind": true, "State": true}
	var it Item
	v := reflect.ValueOf(&it).Elem()
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.Kind() == reflect.String {
			f.SetString("secret-" + v.Type().Field(i).Name)
		}
	}
	red := it.Redacted(func(s string) string { return strings.ReplaceAll(s, "secret", "[REDACTED]") })
	rv := reflect.ValueOf(red)
	for i := 0; i < rv.NumField(); i++ {
		name := rv.Type().Field(i).Name
		if f := rv.Field(i); f.Kind() == reflect.String && !kept[name] && strings.Contains(f.String(), "secret") {
			t.Errorf("Item.%s is not redacted: %q", name, f.String())
		}
	}
	d := Document{Problems: []Problem{{ID: "p1", Title: "secret", LikelyCause: "secret"}}}
	d.Redact(func(s string) string { return strings.ReplaceAll(s, "secret", "x") })
	if p := d.Problems[0]; p.Title != "x" || p.LikelyCause != "x" {
		t.Errorf("problem not redacted: %+v", p)
	}
}
