package mask

import "testing"

// h120's review of session 21's masking rules (cc3f580: a value in angle
// brackets; ab153a2: a URL without its scheme). No defect found; these
// hold the property the review fuzzed: the one-pass scan reports every
// message in which maskSecrets replaces a credential, so such a message
// takes the two-pass path and is never remembered (the memo keeps the
// raw message: TestMemoHoldsNoCredential). FuzzOnePass compares outputs
// only, which agree also where the one pass swallows a credential in a
// value it masks whole without seeing it.

// h120Lines put credentials inside the values the two rules mask whole.
var h120Lines = []string{
	"auth for user <alice> with key <AKIAIOSFODNN7EXAMPLE> accepted",
	"auth for user <alice> with <password=hunter2secret> accepted",
	"user <Bearer abcDEF123456789xyz> ok",
	"user <https://u:pw12345678@host/x> ok",
	"realm <<ghp_16C7e42F292c6912E7710c838347Ae178B4a>> ok",
	"user <xoxb-1234567890-abcdefghij> ok",
	"user <eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig> ok",
	"fetch: shop.example.org/api/find?token=Zx9yQw3eRt5uIo7p&x=1",
	"fetch: shop.example.org/api/find?password=hunter2pw&x=1 done",
	"fetch: shop.example.org/c/b?sv=2021&sig=abcDEF123%3D&key=K3yV4lue",
	"fetch: s3.amazonaws.com/b/k?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F2020&X-Amz-Signature=abcdef0123456789abcdef",
	"fetch shop.example.org/x?next=https://u:pw12345678@host/y",
}

func onePassFound(s string) bool {
	if cmdSecretIn(s) {
		return true // Append asks it before the scan (h154: an option's credential spans tokens)
	}
	var found bool
	if delimitedRecord(s) {
		_, found = scanFields(nil, s, true)
	} else {
		_, found = scan(nil, s, true)
	}
	return found
}

func TestOnePassFindsBracketedAndSchemelessSecrets(t *testing.T) {
	for _, s := range h120Lines {
		if maskSecrets(s, false) == s {
			t.Errorf("%q: no credential for maskSecrets", s)
		}
		if !onePassFound(s) {
			t.Errorf("%q: the one pass found no credential", s)
		}
	}
}

func FuzzOnePassFindsWhatMaskSecretsReplaces(f *testing.F) {
	for _, s := range append(h120Lines, onePassSamples...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > DefaultMaxBytes {
			return
		}
		if maskSecrets(s, false) != s && !onePassFound(s) {
			t.Fatalf("%q: maskSecrets replaces a credential the one pass did not find", s)
		}
	})
}
