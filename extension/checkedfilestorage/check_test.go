package checkedfilestorage

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/open-telemetry/opentelemetry-collector-contrib/extension/storage/filestorage"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/extension/extensiontest"
	"go.opentelemetry.io/collector/extension/xextension/storage"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"
)

var owner = component.MustNewID("backlog")

// newExt starts the extension on dir with a log observer.
func newExt(t *testing.T, dir string) (storage.Extension, *observer.ObservedLogs) {
	t.Helper()
	f := NewFactory()
	cfg := f.CreateDefaultConfig().(*filestorage.Config)
	cfg.Directory = dir
	require.NoError(t, cfg.Validate())
	core, logs := observer.New(zap.DebugLevel)
	set := extensiontest.NewNopSettings(f.Type())
	set.Logger = zap.New(core)
	ext, err := f.Create(context.Background(), set, cfg)
	require.NoError(t, err)
	require.NoError(t, ext.Start(context.Background(), componenttest.NewNopHost()))
	t.Cleanup(func() { require.NoError(t, ext.Shutdown(context.Background())) })
	return ext.(storage.Extension), logs
}

// writeState writes about 200 KB of state through a client and closes it;
// it returns the client's file.
func writeState(t *testing.T, dir string) string {
	t.Helper()
	ext, _ := newExt(t, dir)
	ctx := context.Background()
	c, err := ext.GetClient(ctx, component.KindExporter, owner, "backlog_state")
	require.NoError(t, err)
	for i := 0; i < 50; i++ {
		require.NoError(t, c.Set(ctx, "key"+string(rune('a'+i%26))+string(rune('a'+i/26)), bytes.Repeat([]byte{byte(i)}, 4000)))
	}
	require.NoError(t, c.Close(ctx))
	path := filepath.Join(dir, "exporter_backlog__backlog_state")
	info, err := os.Stat(path)
	require.NoError(t, err)
	require.Greater(t, info.Size(), int64(16384), "the file must be larger than the truncation")
	return path
}

func TestSoundFilePasses(t *testing.T) {
	dir := t.TempDir()
	path := writeState(t, dir)
	require.NoError(t, check(path))
	require.NoError(t, check(filepath.Join(dir, "absent")))
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(empty, nil, 0o600))
	require.NoError(t, check(empty))

	ext, logs := newExt(t, dir)
	c, err := ext.GetClient(context.Background(), component.KindExporter, owner, "backlog_state")
	require.NoError(t, err)
	v, err := c.Get(context.Background(), "keyaa")
	require.NoError(t, err)
	assert.Len(t, v, 4000, "the state is kept")
	require.NoError(t, c.Close(context.Background()))
	assert.Zero(t, logs.FilterMessageSnippet("damaged").Len())
}

// TestDamagedFileMovedAside: a truncated file (bbolt would die of SIGBUS
// mapping it) and an overwritten one (bbolt: "invalid database") are moved
// aside with an ERROR naming both files; the client opens on a fresh file.
func TestDamagedFileMovedAside(t *testing.T) {
	for _, tc := range []struct {
		name, damage string
		harm         func(t *testing.T, path string)
	}{
		{"truncated", "truncated", func(t *testing.T, path string) { require.NoError(t, os.Truncate(path, 16384)) }},
		{"garbage", "no valid bbolt meta page", func(t *testing.T, path string) {
			require.NoError(t, os.WriteFile(path, bytes.Repeat([]byte("this is not a database\n"), 3000), 0o600))
		}},
		{"first meta page overwritten and truncated", "truncated", func(t *testing.T, path string) {
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			require.NoError(t, err)
			_, err = f.WriteAt(bytes.Repeat([]byte{0xff}, 4096), 0)
			require.NoError(t, err)
			require.NoError(t, f.Close())
			require.NoError(t, os.Truncate(path, 16384))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := writeState(t, dir)
			tc.harm(t, path)
			err := check(path)
			var d *damage
			require.ErrorAs(t, err, &d)
			assert.Contains(t, d.reason, tc.damage)

			ext, logs := newExt(t, dir)
			c, err := ext.GetClient(context.Background(), component.KindExporter, owner, "backlog_state")
			require.NoError(t, err, "the client opens on a fresh file")
			v, err := c.Get(context.Background(), "keyaa")
			require.NoError(t, err)
			assert.Nil(t, v, "fresh state")
			require.NoError(t, c.Set(context.Background(), "k", []byte("v")))
			require.NoError(t, c.Close(context.Background()))

			errs := logs.FilterLevelExact(zap.ErrorLevel).All()
			require.Len(t, errs, 1)
			fields := errs[0].ContextMap()
			assert.Equal(t, path, fields["file"])
			moved, _ := fields["moved_to"].(string)
			assert.Contains(t, moved, path+".corrupt-")
			assert.Contains(t, errs[0].Message, "docs/security.md")
			_, err = os.Stat(moved)
			require.NoError(t, err, "the damaged file is kept for investigation")
			require.NoError(t, check(path), "the new file is sound")
		})
	}
}
