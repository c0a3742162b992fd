package backlog

import (
	"reflect"
	"strings"
	"testing"
)

// Every string field of an item is redacted, except those the exporter
// derives itself (ids, enumerations); a field added later is redacted or
// named here. The kind is none of those: it is the record's
// fingerprint.kind as any sender wrote it (h121 finding, LOW: kept, it
// reached the web page, its API and backlog.json unredacted and with its
// bidi overrides and ESC).
func TestItemRedactedCoversEveryStringField(t *testing.T) {
	kept := map[string]bool{"Fingerprint": true, "State": true}
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
	// A member's too (its kind is its cluster's record's).
	var m Member
	mv := reflect.ValueOf(&m).Elem()
	for i := 0; i < mv.NumField(); i++ {
		if f := mv.Field(i); f.Kind() == reflect.String {
			f.SetString("secret-" + mv.Type().Field(i).Name)
		}
	}
	redM := Item{Members: []Member{m}}.Redacted(func(s string) string { return strings.ReplaceAll(s, "secret", "[REDACTED]") }).Members[0]
	keptM := map[string]bool{"Fingerprint": true, "Role": true, "State": true}
	rm := reflect.ValueOf(redM)
	for i := 0; i < rm.NumField(); i++ {
		name := rm.Type().Field(i).Name
		if f := rm.Field(i); f.Kind() == reflect.String && !keptM[name] && strings.Contains(f.String(), "secret") {
			t.Errorf("Member.%s is not redacted: %q", name, f.String())
		}
	}
	d := Document{Problems: []Problem{{ID: "p1", Title: "secret", LikelyCause: "secret"}}}
	d.Redact(func(s string) string { return strings.ReplaceAll(s, "secret", "x") })
	if p := d.Problems[0]; p.Title != "x" || p.LikelyCause != "x" {
		t.Errorf("problem not redacted: %+v", p)
	}
}

// Redacted copies only what r changes, never writes the item it was
// given, and gives the same item as a redaction that copied everything:
// keys that become equal are added, a change in a later element of a
// list is found, an item without exemplars gets an empty list.
func TestItemRedactedCopiesOnChange(t *testing.T) {
	r := func(s string) string { return strings.ReplaceAll(s, "secret", "x") }
	it := Item{
		Services:     map[string]int64{"api": 2, "db": 1},
		Operations:   map[string]int64{"GET /a": 1, "GET /secret": 2, "GET /x": 3},
		Exemplars:    []Exemplar{{Body: "ok"}, {Body: "token secret", Service: "api"}},
		Members:      []Member{{Title: "a", Frames: []string{"f1"}}, {Title: "b", Frames: []string{"f", "secret.go"}}},
		Environments: nil,
	}
	red := it.Redacted(r)
	if !reflect.DeepEqual(red.Operations, map[string]int64{"GET /a": 1, "GET /x": 5}) {
		t.Errorf("operations: %v", red.Operations)
	}
	if it.Operations["GET /secret"] != 2 || it.Exemplars[1].Body != "token secret" || it.Members[1].Frames[1] != "secret.go" {
		t.Errorf("the item given was written: %+v", it)
	}
	if red.Exemplars[1].Body != "token x" || red.Exemplars[0].Body != "ok" || len(red.Exemplars) != 2 {
		t.Errorf("exemplars: %+v", red.Exemplars)
	}
	if red.Members[1].Frames[1] != "x.go" || red.Members[0].Title != "a" || red.Members[1].Title != "b" {
		t.Errorf("members: %+v", red.Members)
	}
	if !reflect.DeepEqual(red.Services, it.Services) || red.Environments != nil {
		t.Errorf("unchanged counters: %v %v", red.Services, red.Environments)
	}
	if e := (Item{}).Redacted(r); e.Exemplars == nil || len(e.Exemplars) != 0 || e.Members != nil {
		t.Errorf("empty item: exemplars %#v members %#v", e.Exemplars, e.Members)
	}
}
