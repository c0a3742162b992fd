package logtemplate

import (
	"testing"
)

func FuzzProcess(f *testing.F) {
	for _, s := range []string{"", "a 1", "VM Started 1", "x=1 y=2", "\xff\x00 <*>", "size 1 B, 2 KB"} {
		f.Add(s, "size 3 KB, 4 B")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		m := newMiner(t, func(c *Config) { c.MaxTemplates = 4; c.MaxCache = 4; c.MaxTokens = 16; c.MaxMessageBytes = 256 })
		ra := m.Process(a)
		m.Process(b)
		rb := m.Process(a)
		if ra.Template != rb.Template && len(rb.Template) == 0 && len(ra.Template) != 0 {
			t.Fatalf("template vanished: %q -> %q", ra.Template, rb.Template)
		}
		data, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		r := newMiner(t, func(c *Config) { c.MaxTemplates = 4; c.MaxCache = 4; c.MaxTokens = 16; c.MaxMessageBytes = 256 })
		if err := r.UnmarshalBinary(data); err != nil {
			t.Fatalf("round trip: %v", err)
		}
		if got, want := r.Templates(), m.Templates(); len(got) != len(want) {
			t.Fatalf("restored %d templates, want %d", len(got), len(want))
		}
	})
}

func FuzzUnmarshal(f *testing.F) {
	m := newMiner(f, nil)
	for _, s := range sample(50) {
		m.Process(s)
	}
	good, _ := m.MarshalBinary()
	f.Add(good)
	f.Add([]byte("LTPL\x01\x00"))
	f.Add([]byte("LTPL\x01\x01\x01\x01\x01a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := newMiner(t, func(c *Config) { c.MaxTemplates = 8 })
		if err := r.UnmarshalBinary(data); err != nil {
			return
		}
		// a restored miner works and snapshots again
		r.Process("hello 1")
		if _, err := r.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	})
}
