package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// TestTerminalInert: a title carrying a terminal escape sequence (it could
// clear the screen or rewrite what the operator reads) prints as plain
// text on one line.
func TestTerminalInert(t *testing.T) {
	doc := backlog.Document{Stats: map[string]int64{"records_in": 99}, Items: []backlog.Item{
		{Rank: 1, Score: 3.5, State: "new", Count: 7, Title: "[pay] boom \x1b[2J\x1b]0;pwned\x07 next\nline\u009b31m", Owner: "team\x1b[31m",
			Members: []backlog.Member{{Role: "head", Kind: "error", Title: "head \x1b[2J"}, {Role: "symptom", Kind: "log", Title: "sym\nptom"}}},
		{Rank: 2, Title: strings.Repeat("x", 200)},
	}}
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := printTable(&out, data, 1, 90); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, c := range []string{"\x1b", "\x07", "\u009b"} {
		if strings.Contains(s, c) {
			t.Errorf("output holds control character %q: %q", c, s)
		}
	}
	if got := strings.Count(s, "\n"); got != 6 {
		t.Errorf("want stats, header, one item, its two members, one footer line; got %d lines: %q", got, s)
	}
	if !strings.Contains(s, "99 records in") || !strings.Contains(s, "symptom log: sym?ptom") {
		t.Errorf("no stats or members: %q", s)
	}
	if !strings.Contains(s, "(1 more items") {
		t.Errorf("no footer: %q", s)
	}
	if got := safe(strings.Repeat("é", 10), 4); got != "éééé…" {
		t.Errorf("safe cut = %q", got)
	}
}
