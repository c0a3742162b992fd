package redact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	r, err := New([]string{`cust-[0-9]{6}`})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, secret string
	}{
		{"email", "login failed for jane.doe+x@example.co.uk today", "jane.doe+x@example.co.uk"},
		{"bearer", "Authorization: Bearer abcdef0123456789xyz", "abcdef0123456789xyz"},
		{"github", "token ghp_abcdefghijklmnopqrstuvwxyz0123456789 leaked", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"},
		{"gitlab", "glpat-abcdefghij0123456789 in url", "glpat-abcdefghij0123456789"},
		{"slack", "hook xoxb-1234567890-abcdefghij", "xoxb-1234567890-abcdefghij"},
		{"aws", "key=AKIAABCDEFGHIJKLMNOP", "AKIAABCDEFGHIJKLMNOP"},
		{"stripe", "sk_live_abcdefghijklmnop1234", "sk_live_abcdefghijklmnop1234"},
		{"jwt", "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "eyJzdWIiOiIxMjM0In0"},
		{"url password", "dial https://admin:hunter2@db.internal:5432/x", "hunter2"},
		{"password assignment", "password=s3cr3t! retry", "s3cr3t!"},
		{"card", "charge 4111 1111 1111 1111 declined", "4111 1111 1111 1111"},
		{"card dashes", "card=5500-0000-0000-0004.", "5500-0000-0000-0004"},
		{"custom", "customer cust-123456 failed", "cust-123456"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.String(tt.in)
			if strings.Contains(got, tt.secret) {
				t.Fatalf("secret survived: %q", got)
			}
			if !strings.Contains(got, Mask) {
				t.Fatalf("no mask in %q", got)
			}
		})
	}
}

func TestKeepsHarmlessText(t *testing.T) {
	r := Default()
	for _, in := range []string{
		"order 1234567812345678 not found", // fails Luhn
		"trace 4bf92f3577b34da6a3ce929d0e0e4736",
		"GET https://example.com/api/v1/items?id=42",
		"timeout after 30s calling payments",
		"",
	} {
		if got := r.String(in); got != in {
			t.Errorf("String(%q) = %q, want unchanged", in, got)
		}
	}
}

func TestKeepsURLUser(t *testing.T) {
	got := Default().String("https://bob:pw123456@host/x")
	if got != "https://bob:"+Mask+"@host/x" {
		t.Fatalf("got %q", got)
	}
}

func TestBadPattern(t *testing.T) {
	if _, err := New([]string{"("}); err == nil {
		t.Fatal("want error")
	}
}

func FuzzString(f *testing.F) {
	f.Add("user a@b.io card 4111111111111111 token ghp_abcdefghijklmnopqrstuvwxyz0123")
	r := Default()
	f.Fuzz(func(t *testing.T, s string) {
		out := r.String(s)
		if r.String(out) != out {
			t.Fatalf("not idempotent: %q -> %q", s, out)
		}
	})
}

func BenchmarkString(b *testing.B) {
	r := Default()
	in := "payment 8812 declined for jane@example.com: upstream https://bank:pw@api.bank/x timed out after 3000ms card 4111 1111 1111 1111"
	b.ReportAllocs()
	for b.Loop() {
		_ = r.String(in)
	}
}

// TestStringSecrets: every credential kind of the shared scanner
// (internal/mask) is redacted, the reproductions included.
func TestStringSecrets(t *testing.T) {
	r := Default()
	for _, tt := range []struct{ in, secret string }{
		{"AKIAIOSFODNN7EXAMPLE in use", "AKIAIOSFODNN7EXAMPLE"},
		{"key AKIAABCDEFGHIJKLMNOP", "AKIAABCDEFGHIJKLMNOP"},
		{"sts ASIAY34FZKBOKMUTVV7A", "ASIAY34FZKBOKMUTVV7A"},
		{"password=correcthorsebatterystaple", "correcthorsebatterystaple"},
		{"password: correcthorsebatterystaple", "correcthorsebatterystaple"},
		{"Authorization: Bearer abcdefghijklmnopqrstuvwxyzABCDEF", "abcdefghijklmnopqrstuvwxyzABCDEF"},
		{"Authorization: Basic dXNlcjpjb3JyZWN0aG9yc2U=", "dXNlcjpjb3JyZWN0aG9yc2U="},
		{"pat github_pat_11ABCDEFG0123456789_abcdefghijklmnop", "github_pat_11ABCDEFG0123456789_abcdefghijklmnop"},
		{`{"client_secret": "two words"}`, "two words"},
		{"X-Api-Key: 9f86d081884c7d659a2feaa0", "9f86d081884c7d659a2feaa0"},
		{"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5\n-----END EC PRIVATE KEY-----", "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5"},
	} {
		got := r.String(tt.in)
		if strings.Contains(got, tt.secret) || !strings.Contains(got, Mask) {
			t.Errorf("String(%q) = %q", tt.in, got)
		}
	}
}

// TestPlantedCorpus: no secret of testdata/secrets survives redaction.
func TestPlantedCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "secrets")
	read := func(name string) []string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
				out = append(out, strings.ReplaceAll(l, `\n`, "\n"))
			}
		}
		return out
	}
	lines, secrets := read("planted.txt"), read("secrets.txt")
	if len(lines) == 0 || len(secrets) == 0 {
		t.Fatal("empty corpus")
	}
	r := Default()
	for _, l := range lines {
		got := r.String(l)
		for _, s := range secrets {
			if strings.Contains(got, s) {
				t.Errorf("%q survived in %q", s, got)
			}
		}
	}
}

// TestKeepsTemplatePlaceholder: a template's wildcard where a credential
// was (the masker put it there) is no secret and stays, so a redacted
// template keeps its text (h103's finding on the lineage text); a value
// that holds more than the wildcard is still a credential.
func TestKeepsTemplatePlaceholder(t *testing.T) {
	r := Default()
	for in, want := range map[string]string{
		"login password=<*> user=<*>":                    "login password=<*> user=<*>",
		`{"token": "<*>"} Authorization: Bearer <*>`:     `{"token": "<*>"} Authorization: Bearer <*>`,
		"dial https://admin:<*>@db/x":                    "dial https://admin:<*>@db/x",
		"password=<*>hunter2 token=<*>-<*>":              "password=" + Mask + " token=" + Mask,
		"password=<*> then password=correcthorsebattery": "password=<*> then password=" + Mask,
	} {
		if got := r.String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestKeptKeepsControlsThatHideNothing: a store keeps a text as String
// redacts it, its controls included (what it keeps is what it restores
// and links by), unless dropping them shows a secret String did not see
// ("AKIA" U+202C "Z7QW…", h121): then as Shown, without them.
func TestKeptKeepsControlsThatHideNothing(t *testing.T) {
	r := Default()
	for in, want := range map[string]string{
		"upload as AKIAZ7QW3RT5YU8IO1PL failed":             "upload as " + Mask + " failed",
		"user \u202ebob\u202c logged in":                    "user \u202ebob\u202c logged in",
		"key AKIAZ7QW3RT5YU8IO1PL\u202cXYZ rejected":        "key " + Mask + "\u202cXYZ rejected",
		"upload as AKIA\u202cZ7QW3RT5YU8IO1PL failed":       "upload as " + Mask + " failed",
		"\x1b[31mupload as AKIA\x1bZ7QW3RT5YU8IO1PL failed": "[31mupload as " + Mask + " failed",
	} {
		if got := r.Kept(in); got != want {
			t.Errorf("Kept(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSearchFilterChangesNothing: a rule's filter (can) passes every text
// its expression matches in, so redacting with it changes nothing but
// the time: the 13-digit card (the fewest digits the rule takes), an
// e-mail address, the planted corpus.
func TestSearchFilterChangesNothing(t *testing.T) {
	in := []string{
		"card 4222222222222 declined", "card 4222-2222-22222 declined", "4111 1111 1111 1111",
		"mail a@b.io", "x@y", "@home.example.com", "no digits here", "123456789012 12 digits",
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "secrets", "planted.txt"))
	if err != nil {
		t.Fatal(err)
	}
	in = append(in, strings.Split(string(data), "\n")...)
	for _, ru := range builtin {
		if ru.can == nil {
			continue
		}
		all := ru
		all.can = nil
		for _, s := range in {
			if got, want := ru.apply(s), all.apply(s); got != want {
				t.Errorf("%s: %q: %q with the filter, %q without", ru.name, s, got, want)
			}
		}
	}
}

// BenchmarkKeptKey: a short text without anything to redact, as the
// cluster store's counter keys are (a service, an operation, a release).
func BenchmarkKeptKey(b *testing.B) {
	r := Default()
	in := []string{"checkout-service", "GET /api/v1/users/{id}", "v1.2.3-rc1", "team-payments", "production"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = r.Kept(in[i%len(in)])
		i++
	}
}

// A Luhn-valid number is a card only at a length the issuer its first
// digits name uses: one number in ten passes the Luhn check, so build
// timestamps and epochs would be cards one time in ten (h131's finding:
// two builds' releases redacted alike).
func TestCardNeedsAnIssuersLength(t *testing.T) {
	r := Default()
	for _, kept := range []struct{ text, digits string }{
		{"v2.3.0-20261130090800", "20261130090800"}, // a build's timestamp: no issuer's 14 digits start with 20
		{"v2.3.0-20261207090600", "20261207090600"}, // the next build's
		{"at 1765094400006 ms", "1765094400006"},    // an epoch in milliseconds: 13 digits from 1
		{"seq 7000000000000000003", "7000000000000000003"},
	} {
		if !luhnDigits(kept.digits) {
			t.Fatalf("%s does not pass the Luhn check: the case tests nothing", kept.digits)
		}
		if got := r.String(kept.text); got != kept.text {
			t.Errorf("no card in %q, got %q", kept.text, got)
		}
	}
	for _, c := range []string{
		"4111 1111 1111 1111", // Visa 16
		"4222222222222",       // Visa 13
		"5555555555554444",    // Mastercard 51-55
		"2223003122003222",    // Mastercard 2-series
		"378282246310005",     // American Express 15
		"30569309025904",      // Diners Club 14
		"3530111333300000",    // JCB 16
		"6011111111111117",    // Discover 16
		"6200000000000005",    // UnionPay 16
		"6759649826438453",    // Maestro 16
	} {
		if got := r.String("card " + c + " declined"); strings.Contains(got, c) {
			t.Errorf("card %q kept: %q", c, got)
		}
	}
}
