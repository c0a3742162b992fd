package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWritePass(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.jsonl")
	parse := func(msg string) string { return strings.ToUpper(msg) + " <*>" }
	if err := writePass(path, []string{"a", `b "q" <x>`}, parse); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	want := []string{"A <*>", `B "Q" <X> <*>`}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		var obj map[string]string
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatal(err)
		}
		if len(obj) != 1 || obj["template"] != want[i] {
			t.Errorf("line %d: %s, want template %q only", i, l, want[i])
		}
		if strings.Contains(l, `\u003c`) {
			t.Errorf("line %d: HTML-escaped: %s", i, l)
		}
	}
}

func TestMinerParserFresh(t *testing.T) {
	a, err := minerParser()
	if err != nil {
		t.Fatal(err)
	}
	b, err := minerParser()
	if err != nil {
		t.Fatal(err)
	}
	a("user=alice id=1")
	// b has not seen alice: a fresh instance per dataset
	if got := b("user=bob id=2"); got != "user=bob id=<*>" {
		t.Errorf("got %q", got)
	}
	if got := a("user=bob id=2"); got != "user=<*> id=<*>" {
		t.Errorf("got %q", got)
	}
}
