package checkedfilestorage // import "github.com/otelcol-backlog/otelcol-backlog/extension/checkedfilestorage"

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/open-telemetry/opentelemetry-collector-contrib/extension/storage/filestorage"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/extension"
	"go.opentelemetry.io/collector/extension/xextension/storage"
	"go.uber.org/zap"

	"github.com/otelcol-backlog/otelcol-backlog/extension/checkedfilestorage/internal/metadata"
)

// NewFactory returns the factory of the checked file_storage extension. Its
// configuration is contrib's filestorage.Config, unchanged.
func NewFactory() extension.Factory {
	inner := filestorage.NewFactory()
	return extension.NewFactory(metadata.Type, inner.CreateDefaultConfig,
		func(ctx context.Context, set extension.Settings, cfg component.Config) (extension.Extension, error) {
			ext, err := inner.Create(ctx, set, cfg)
			if err != nil {
				return nil, err
			}
			se, ok := ext.(storage.Extension)
			if !ok {
				return nil, errors.New("file_storage: the contrib extension is not a storage extension")
			}
			return &checked{Extension: se, dir: cfg.(*filestorage.Config).Directory, logger: set.Logger, now: time.Now}, nil
		}, metadata.ExtensionStability)
}

// checked checks each client's file before the contrib extension opens it.
type checked struct {
	storage.Extension
	dir    string
	logger *zap.Logger
	now    func() time.Time
}

// GetClient moves a damaged file aside, then opens the client as contrib's
// file_storage does (creating a fresh file in place of a damaged one).
func (c *checked) GetClient(ctx context.Context, kind component.Kind, id component.ID, name string) (storage.Client, error) {
	for _, path := range c.paths(kind, id, name) {
		if err := c.repair(path); err != nil {
			return nil, err
		}
	}
	return c.Extension.GetClient(ctx, kind, id, name)
}

// repair moves the file at path aside when check finds it damaged.
func (c *checked) repair(path string) error {
	err := check(path)
	var d *damage
	if !errors.As(err, &d) {
		if err != nil {
			c.logger.Debug("State file pre-flight check skipped", zap.String("file", path), zap.Error(err))
		}
		return nil // sound, absent, or not ours to judge: the extension reports
	}
	aside := path + ".corrupt-" + c.now().UTC().Format("20060102T150405.000Z")
	if rerr := os.Rename(path, aside); rerr != nil {
		return fmt.Errorf("file_storage: state file %s is damaged (%s) and cannot be moved aside (%w); stop the collector and move or delete that file, then start it again (the component starts with empty state)", path, d.reason, rerr)
	}
	c.logger.Error("State file is damaged: moved it aside; the component starts with empty state. "+
		"Keep the moved file to investigate (bbolt's `bbolt check` command reads it) or delete it; if this repeats, check the disk and how the collector is stopped, and consider fsync: true (see docs/security.md, Damaged state)",
		zap.String("file", path), zap.String("moved_to", aside), zap.String("damage", d.reason))
	return nil
}

// paths are the files contrib's file_storage v0.165.0 uses for a client: the
// sanitized "<kind>_<type>_<name>[_<client>]" in the directory, or its
// SHA-256 when that name is too long for the file system.
func (c *checked) paths(kind component.Kind, id component.ID, name string) []string {
	raw := fmt.Sprintf("%s_%s_%s", kindString(kind), id.Type(), id.Name())
	if name != "" {
		raw += "_" + name
	}
	raw = sanitize(raw)
	sum := sha256.Sum256([]byte(raw))
	return []string{filepath.Join(c.dir, raw), filepath.Join(c.dir, hex.EncodeToString(sum[:]))}
}

// kindString and sanitize follow contrib's filestorage (extension.go,
// v0.165.0, Apache-2.0), which does not export them.
func kindString(k component.Kind) string {
	switch k {
	case component.KindReceiver:
		return "receiver"
	case component.KindProcessor:
		return "processor"
	case component.KindExporter:
		return "exporter"
	case component.KindExtension:
		return "extension"
	case component.KindConnector:
		return "connector"
	default:
		return "other"
	}
}

func sanitize(name string) string {
	var b strings.Builder
	for _, r := range name {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "~%04X", r)
		}
	}
	return b.String()
}
