package enrich

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func attrs(kv ...string) Lookup {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func newEnricher(t testing.TB, mod func(*Config)) *Enricher {
	t.Helper()
	cfg := DefaultConfig()
	if mod != nil {
		mod(&cfg)
	}
	e, err := New(cfg)
	require.NoError(t, err)
	return e
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Config)
		want []string // substrings of the error; none means valid
	}{
		{"default", func(*Config) {}, nil},
		{"owner without pattern", func(c *Config) { c.Owners = []OwnerRule{{Team: "a"}} }, []string{"owners[0]: one of service"}},
		{"owner bad pattern and team", func(c *Config) {
			c.Owners = []OwnerRule{{Service: "ok", Team: "a"}, {Service: "x", Team: "b"}, {Route: "regex:(", Team: ""}}
		}, []string{"owners[2].route:", "owners[2].team: required"}},
		{"journey", func(c *Config) {
			c.Journeys = []JourneyRule{{Route: "/login", Journey: "sign-in"}, {Journey: "x", Criticality: -1}}
		}, []string{"journeys[1].route: required", "journeys[1].criticality"}},
		{"hash without key", func(c *Config) { c.Affected.HashUser = true }, []string{"affected.hash_key: required"}},
		{"hash length", func(c *Config) { c.Affected.HashLength = 7 }, []string{"affected.hash_length"}},
		{"empty source", func(c *Config) { c.EnvironmentFrom = []string{"env", ""} }, []string{"environment_from[1]: empty"}},
		{"capacity", func(c *Config) { c.TraceJourneyCapacity = -1 }, []string{"trace_journey_capacity"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.mod(&cfg)
			err := cfg.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			_, err = New(cfg)
			assert.Error(t, err, "New must validate")
		})
	}
}

func TestReleaseEnvironment(t *testing.T) {
	e := newEnricher(t, func(c *Config) { c.EnvironmentAliases = map[string]string{"PreProd": "staging"} })
	tests := []struct {
		get          Lookup
		release, env string
	}{
		{attrs("service.version", " v1.2.3 ", "deployment.environment.name", "PROD"), "1.2.3", "production"},
		{attrs("service.version", "vnext", "deployment.environment", "stg"), "vnext", "staging"},
		{attrs("service.version", "V2", "env", " Dev "), "2", "development"},
		{attrs("service.version", "abc123", "env", "eu-west-canary"), "abc123", "eu-west-canary"},
		{attrs("deployment.environment.name", " ", "env", "prd"), "", "production"},
		{attrs("env", "preprod"), "", "staging"},
		{attrs(), "", ""},
	}
	for i, tt := range tests {
		assert.Equal(t, tt.release, e.Release(tt.get), "case %d", i)
		assert.Equal(t, tt.env, e.Environment(tt.get), "case %d", i)
	}
}

const codeowners = `# Owners of services and routes
*                 @acme/platform
checkout          @acme/payments
checkout/api/**   @acme/checkout-api  alice@example.com
search/           @acme/search
search/internal/** # explicitly unowned
`

func TestOwners(t *testing.T) {
	rules, err := ParseCodeOwners(strings.NewReader(codeowners))
	require.NoError(t, err)
	require.Len(t, rules, 5)
	assert.Equal(t, 3, rules[1].Line)
	e := newEnricher(t, func(c *Config) {
		c.Owners = []OwnerRule{
			{Service: "checkout", Template: "*fraud*", Team: "risk"},
			{Route: "/admin/**", Team: "backoffice"},
			{Service: "checkout", Route: "regex:/api/v[0-9]+/refund.*", Team: "refunds"},
			{Service: "checkout*", Team: "never-first"},
		}
	}).WithFileOwners(rules)
	tests := []struct{ service, route, template, want string }{
		{"checkout", "/pay", "fraud check failed for <*>", "risk"},
		{"billing", "/admin/users", "", "backoffice"},
		{"checkout", "/api/v2/refunds", "", "refunds"},
		{"checkout-worker", "", "", "never-first"},
		{"search", "/q", "", "acme/search"},
		{"search", "", "", "acme/search"},
		{"searchx", "", "", "acme/platform"},
		{"search", "/internal/reindex", "", ""},
		{"inventory", "/items", "", "acme/platform"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, e.Owner(tt.service, tt.route, tt.template), "%+v", tt)
	}
	// The file alone: last match wins.
	f := newEnricher(t, nil).WithFileOwners(rules)
	assert.Equal(t, "acme/payments", f.Owner("checkout", "/pay", ""))
	assert.Equal(t, "acme/checkout-api,alice@example.com", f.Owner("checkout", "/api/pay", ""))
	assert.Equal(t, "", newEnricher(t, nil).Owner("checkout", "", ""))
}

func TestCodeOwnersFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "CODEOWNERS")
	require.NoError(t, os.WriteFile(path, []byte(codeowners), 0o600))
	e := newEnricher(t, func(c *Config) { c.CodeOwnersFile = path })
	assert.Equal(t, "acme/payments", e.Owner("checkout", "", ""))

	require.NoError(t, os.WriteFile(path, []byte("ok @a\nbad owner\n"), 0o600))
	cfg := DefaultConfig()
	cfg.CodeOwnersFile = path
	_, err := New(cfg)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 2")
	cfg.CodeOwnersFile = filepath.Join(dir, "missing")
	_, err = New(cfg)
	assert.ErrorContains(t, err, "codeowners_file")
}

func TestParseCodeOwnersErrors(t *testing.T) {
	for in, want := range map[string]string{
		"a***b @x\n":                        "line 1: pattern",
		"\n\nsvc team\n":                    "line 3: owner \"team\"",
		"svc @\n":                           `line 1: owner "@"`,
		"svc @a@b\n":                        `line 1: owner "@a@b"`,
		"svc a@b@c.d\n":                     `line 1: owner "a@b@c.d"`,
		"regex:( @x\n":                      "line 1",
		strings.Repeat("x", 5000) + " @a\n": "line 1",
	} {
		_, err := ParseCodeOwners(strings.NewReader(in))
		assert.ErrorContains(t, err, want, in)
	}
}

func TestJourneys(t *testing.T) {
	e := newEnricher(t, func(c *Config) {
		c.Journeys = []JourneyRule{
			{Route: "/login", Journey: "sign-in", Criticality: 3},
			{Service: "checkout", Route: "/api/**", Journey: "checkout", Criticality: 5},
			{Route: "regex:(GET|POST) /search.*", Journey: "search"},
		}
	})
	tests := []struct {
		service, route string
		want           Journey
		ok             bool
	}{
		{"auth", "/login", Journey{"sign-in", 3}, true},
		{"checkout", "/api/cart/items", Journey{"checkout", 5}, true},
		{"frontend", "/api/cart/items", Journey{}, false},
		{"search", "GET /search/{q}", Journey{"search", 1}, true},
		{"search", "", Journey{}, false},
	}
	for _, tt := range tests {
		j, ok := e.Journey(tt.service, tt.route)
		assert.Equal(t, tt.ok, ok, "%+v", tt)
		assert.Equal(t, tt.want, j, "%+v", tt)
	}
}

func TestAffected(t *testing.T) {
	plain := newEnricher(t, nil)
	get := attrs("tenant.id", " acme ", "user.id", "u-42")
	assert.Equal(t, "acme", plain.Tenant(get))
	assert.Equal(t, "u-42", plain.User(get))
	assert.Equal(t, "u-7", plain.User(attrs("enduser.id", "u-7", "user.id", "u-42")))
	assert.Equal(t, "", plain.User(attrs("tenant.id", "x")))

	hashed := newEnricher(t, func(c *Config) {
		c.Affected.HashUser = true
		c.Affected.HashKey = "s3cret"
		c.Affected.HashLength = 20
	})
	mac := hmac.New(sha256.New, []byte("s3cret"))
	mac.Write([]byte("u-42"))
	want := hex.EncodeToString(mac.Sum(nil))[:20]
	assert.Equal(t, want, hashed.User(get))
	assert.Equal(t, "acme", hashed.Tenant(get), "tenant is not hashed unless configured")
	other := newEnricher(t, func(c *Config) { c.Affected.HashUser, c.Affected.HashKey = true, "other" })
	assert.NotEqual(t, hashed.User(get)[:16], other.User(get), "the key changes the token")
	assert.Len(t, other.User(get), DefaultHashLength)

	// Values are capped at a UTF-8 boundary and counted.
	capped := newEnricher(t, func(c *Config) { c.Affected.MaxValueLength = 4 })
	assert.Equal(t, "abc", capped.Tenant(attrs("tenant.id", "abcé€")))
	assert.Equal(t, uint64(1), capped.Stats().TruncatedValues)
}

func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool allocates at random under the race detector")
	}
	e := benchEnricher(t)
	get := attrs("service.version", "v1.2.3", "deployment.environment.name", "prod", "user.id", "u-1")
	rules, err := ParseCodeOwners(strings.NewReader(codeowners))
	require.NoError(t, err)
	f := newEnricher(t, nil).WithFileOwners(rules)
	var buf [64]byte
	allocs := testing.AllocsPerRun(200, func() {
		if f.Owner("checkout", "/api/pay", "") == "" {
			t.Fatal("no owner")
		}
		_ = e.Release(get)
		_ = e.Environment(get)
		_ = e.Owner("svc-49", "/api/v1/orders/{id}", "order <*> failed")
		_, _ = e.Journey("svc-49", "/api/v1/orders/{id}")
		_ = e.AppendHash(buf[:0], "u-1")
	})
	assert.Zero(t, allocs)
}

func TestDeployment(t *testing.T) {
	e, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	get := func(m map[string]string) Lookup {
		return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
	}
	if got := e.Deployment(get(map[string]string{"deployment.id": " deploy-42 "})); got != "deploy-42" {
		t.Errorf("Deployment = %q, want deploy-42", got)
	}
	if got := e.Deployment(get(map[string]string{"service.version": "1.2"})); got != "" {
		t.Errorf("Deployment without deployment.id = %q, want empty", got)
	}
}
