package checkedfilestorage // import "github.com/otelcol-backlog/otelcol-backlog/extension/checkedfilestorage"

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// The bbolt file format (go.etcd.io/bbolt v1.5, internal/common): pages 0
// and 1 are meta pages; each starts with a 16-byte page header followed by
// the meta: magic, version, page size, flags (4 bytes each), root bucket
// (root page id, sequence: 8 each), freelist page id, high-water page id,
// transaction id and an FNV-64a checksum of the 56 bytes before it.
const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16
	metaSize         = 64
	metaChecksumAt   = 56
	pgidNoFreelist   = ^uint64(0)
	minPageSize      = 1024
	maxPageSize      = 1024 << 14 // bbolt probes up to 16 MiB
	checkOpenTimeout = time.Second
)

type meta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64
	txid     uint64
}

// readMeta reads and validates the meta of the page at off; ok is false when
// it is not a valid meta page.
func readMeta(f *os.File, off int64) (m meta, ok bool) {
	var b [pageHeaderSize + metaSize]byte
	if _, err := f.ReadAt(b[:], off); err != nil {
		return m, false
	}
	mb := b[pageHeaderSize:]
	le := binary.LittleEndian
	if le.Uint32(mb[0:]) != boltMagic || le.Uint32(mb[4:]) != boltVersion {
		return m, false
	}
	h := fnv.New64a()
	_, _ = h.Write(mb[:metaChecksumAt])
	if h.Sum64() != le.Uint64(mb[metaChecksumAt:]) {
		return m, false
	}
	m = meta{pageSize: le.Uint32(mb[8:]), root: le.Uint64(mb[16:]), freelist: le.Uint64(mb[32:]), pgid: le.Uint64(mb[40:]), txid: le.Uint64(mb[48:])}
	return m, true
}

// damage describes why a state file cannot be opened safely.
type damage struct{ reason string }

func (d *damage) Error() string { return d.reason }

// check inspects the bbolt file at path before bbolt opens it. It returns a
// *damage when the file is damaged: no valid meta page (not a bbolt file,
// or overwritten), shorter than its meta page says (truncated: bbolt would
// map pages past the end of the file and die of SIGBUS, which no recover
// catches), or failing bbolt's own consistency check (Tx.Check). A missing or
// empty file is fine (bbolt creates it). Errors that say nothing about the
// file's content (permissions, another process holding its lock) are
// returned as they are, for the storage extension to report.
func check(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() || info.Size() == 0 {
		return nil
	}
	size := info.Size()

	// The meta pages, located as bbolt locates them: page 0 gives the page
	// size; when it is damaged, page 1 is searched at every page size.
	var metas []meta
	if m, ok := readMeta(f, 0); ok {
		metas = append(metas, m)
		if m1, ok := readMeta(f, int64(m.pageSize)); ok && m1.pageSize == m.pageSize {
			metas = append(metas, m1)
		}
	} else {
		for ps := int64(minPageSize); ps <= maxPageSize && ps < size; ps <<= 1 {
			if m1, ok := readMeta(f, ps); ok && int64(m1.pageSize) == ps {
				metas = append(metas, m1)
				break
			}
		}
	}
	if len(metas) == 0 {
		return &damage{fmt.Sprintf("no valid bbolt meta page (%d bytes; overwritten or not a bbolt file)", size)}
	}
	m := metas[0]
	for _, o := range metas[1:] {
		if o.txid > m.txid {
			m = o
		}
	}
	ps := uint64(m.pageSize)
	switch {
	case ps < minPageSize || ps > maxPageSize || ps&(ps-1) != 0:
		return &damage{fmt.Sprintf("invalid page size %d", ps)}
	case m.pgid < 2:
		return &damage{fmt.Sprintf("invalid page count %d", m.pgid)}
	case m.pgid > uint64(size)/ps:
		return &damage{fmt.Sprintf("truncated: its meta page counts %d pages of %d bytes, the file has %d bytes", m.pgid, ps, size)}
	case m.root >= m.pgid || (m.freelist >= m.pgid && m.freelist != pgidNoFreelist):
		return &damage{fmt.Sprintf("meta page points past the end (root %d, freelist %d, pages %d)", m.root, m.freelist, m.pgid)}
	}
	_ = f.Close()
	return consistent(path)
}

// consistent opens the file read-only and runs bbolt's consistency check.
// Every page the check reads lies within the file (check verified the size
// first); a fault would still become a panic here, not a crash.
func consistent(path string) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = &damage{fmt.Sprintf("bbolt panicked reading it: %v", r)}
		}
	}()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: checkOpenTimeout})
	if err != nil {
		if errors.Is(err, berrors.ErrInvalid) || errors.Is(err, berrors.ErrVersionMismatch) || errors.Is(err, berrors.ErrChecksum) || errors.Is(err, io.ErrUnexpectedEOF) {
			return &damage{"bbolt cannot open it: " + err.Error()}
		}
		return err // a lock held by another process, permissions: not damage
	}
	defer db.Close()
	var problems []error
	if err := db.View(func(tx *bbolt.Tx) error {
		for e := range tx.Check() {
			if len(problems) < 3 {
				problems = append(problems, e)
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if len(problems) > 0 {
		return &damage{"bbolt consistency check failed: " + errors.Join(problems...).Error()}
	}
	return nil
}
