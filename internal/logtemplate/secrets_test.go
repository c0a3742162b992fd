package logtemplate

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSecretsNotInTemplates: the reproductions mine to templates
// with "<*>" where the secret was, and the miner's snapshot holds none.
func TestSecretsNotInTemplates(t *testing.T) {
	m := newMiner(t, nil)
	secrets := []string{"AKIAIOSFODNN7EXAMPLE", "AKIAABCDEFGHIJKLMNOP", "correcthorsebatterystaple", "abcdefghijklmnopqrstuvwxyzABCDEF"}
	want := map[string]string{
		"upload with AKIAIOSFODNN7EXAMPLE failed":                            "upload with <*> failed",
		"upload with AKIAABCDEFGHIJKLMNOP failed":                            "upload with <*> failed",
		"login rejected password=correcthorsebatterystaple":                  "login rejected password=<*>",
		"login rejected password: correcthorsebatterystaple":                 "login rejected password: <*>",
		"call failed Authorization: Bearer abcdefghijklmnopqrstuvwxyzABCDEF": "call failed Authorization: Bearer <*>",
	}
	for i := 0; i < 3; i++ {
		for msg, tpl := range want {
			assert.Equal(t, tpl, m.Process(msg).Template, msg)
		}
	}
	data, err := m.MarshalBinary()
	require.NoError(t, err)
	for _, s := range secrets {
		assert.False(t, bytes.Contains(data, []byte(s)), "snapshot holds %q", s)
	}
}

// TestRestoreDropsUnmaskedTemplates: a template learned with a secret in it
// (a snapshot of an older version) is not restored; the others are.
func TestRestoreDropsUnmaskedTemplates(t *testing.T) {
	snap := append([]byte(snapshotMagic), snapshotVersion)
	tpls := [][]string{{"login", "password=hunter2", "rejected"}, {"disk", "<*>", "full"}, {"key", "AKIAIOSFODNN7EXAMPLE", "used"}}
	snap = binary.AppendUvarint(snap, uint64(len(tpls)))
	for _, toks := range tpls {
		snap = binary.AppendUvarint(snap, 3) // count
		snap = binary.AppendUvarint(snap, uint64(len(toks)))
		for _, tok := range toks {
			snap = binary.AppendUvarint(snap, uint64(len(tok)))
			snap = append(snap, tok...)
		}
	}
	m := newMiner(t, nil)
	require.NoError(t, m.UnmarshalBinary(snap))
	assert.Equal(t, 1, m.Stats().Active)
	assert.Equal(t, "[disk <*> full]", fmt.Sprint(m.Templates()))
}
