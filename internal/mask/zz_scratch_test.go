package mask

import (
	"bytes"
	"testing"
)

func TestZZScratch(t *testing.T) {
	msgs := []string{
		"user=bob smith password=hunter2 pid=3",
		"user=bob password=hunter2 pid=3",
		"login ok PASSWORD hunter2 done",
		"password =hunter2 x", "password = hunter2 x", "PASSWORD=hunter2 x", "Password: hunter2",
		"mypassword=hunter2 x", "userpassword hunter2", "xpassword=hunter2",
		"Authorization: Bearer abcdefghABCDEFGH done", "auth Bearer abcdefghABCDEFGH done", "BEARER abcdefghABCDEFGH x",
		"token abcdefghABCDEFGHijklmnop done", "TOKEN abcdefghABCDEFGHijklmnop done", "Token abcdefghABCDEFGHijklmnop",
		"Bearer\tabcdefghABCDEFGH done", "Bearer  abcdefghABCDEFGH", "Bearer 1abcdefGHIJ5678 x",
		"passwörd=hunter2 x", "pässword hunter2", "naïve password=hunter2 x",
		"password_length=hunter2", "password_length=12", "secret_size=hunter2", "token_count=abcdEFGH1234abcd", "passwordName=hunter2", "api_key_name=AKzzhunter2",
		"secretName=s3cr3t-prod-value", "password_len=hunter2", "tokenType=hunter2",
		"db_password_hash_length=x", "PASSWORD_LENGTH=hunter2",
		"password_type_value=hunter2", "passwordType2=hunter2", "password_lengthy=hunter2",
		"client_secret_count=hunter2", "passwordLength hunter2",
		"Basic dXNlcjpwYXNzd29yZA== x", "basic abcdefghABCDEFGH x",
		"the user alice said password is hunter2",
	}
	defer func() { plainRuns = true }()
	m := uncached()
	for _, msg := range msgs {
		var outs [2][]byte
		var f [2]bool
		for k, on := range []bool{false, true} {
			plainRuns = on
			dst := make([]byte, 0, len(msg)+8)
			outs[k], f[k] = scan(dst, msg, true)
		}
		plainRuns = true
		diff := ""
		if !bytes.Equal(outs[0], outs[1]) || f[0] != f[1] {
			diff = " DIFF"
		}
		t.Logf("%q -> mask %q  redact %q found %v%s", msg, m.String(msg), ReplaceSecrets(msg, "[R]"), f, diff)
	}
}
