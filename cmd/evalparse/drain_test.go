package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDrainMask(t *testing.T) {
	for in, want := range map[string]string{
		"Connected to 10.0.0.1:22 after 3 tries": "Connected to <*> after <*> tries",
		"block blk_-42 of size 91178":            "block blk_<*> of size <*>",
		"user u42 left (code=7)":                 "user u42 left (code=<*>)",
		"v2 is not 2v":                           "v2 is not 2v",
	} {
		require.Equal(t, want, drainMask(in), in)
	}
}

func TestDrainGroupsAndGeneralizes(t *testing.T) {
	d := &drain{}
	require.Equal(t, "session opened for user root", d.add("session opened for user root"))
	// Same length, same first two tokens, 4 of 5 tokens equal: joins and
	// generalizes the differing position.
	require.Equal(t, "session opened for user <*>", d.add("session opened for user news"))
	// Later members of the group get the generalized template.
	require.Equal(t, "session opened for user <*>", d.add("session opened for user cyrus"))
	// Another length is another group.
	require.Equal(t, "session closed", d.add("session closed"))
	// Below the similarity threshold (2 of 5 equal): a group of its own.
	require.Equal(t, "session opened by cron daemon", d.add("session opened by cron daemon"))
	require.Equal(t, "session opened for user <*>", d.add("session opened for user bin"))
}

func TestDrainParserIDsFollowTheTemplate(t *testing.T) {
	parse, err := drainParser()
	require.NoError(t, err)
	tpls, ids := parse([]string{"disk full on sda", "disk full on sdb"})
	require.Equal(t, []string{"disk full on sda", "disk full on <*>"}, tpls)
	require.NotEqual(t, ids[0], ids[1], "plain Drain's id is its template's: it drifts as the template generalizes")
}
