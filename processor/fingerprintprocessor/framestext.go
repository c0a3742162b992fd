package fingerprintprocessor

import (
	"strings"
	"sync/atomic"

	"github.com/cespare/xxhash/v2"
)

// framesCache interns the fingerprint.frames text (the top frames joined by
// newlines) per fingerprint id, so that a record of a known family, or one
// processed again, does not allocate the text. Direct-mapped on the id's
// hash (a slot keeps the last id that mapped to it), bounded, lock-free and
// safe for concurrent use, like fingerprint.Cache.
type framesCache struct {
	mask  uint64
	slots []atomic.Pointer[framesEntry]
}

type framesEntry struct {
	id, text string
}

const framesCacheSize = 4096 // a power of two

func newFramesCache() *framesCache {
	return &framesCache{mask: framesCacheSize - 1, slots: make([]atomic.Pointer[framesEntry], framesCacheSize)}
}

// text returns frames joined by newlines, interned for id (the id is
// derived from the frames, so one id has one text).
func (c *framesCache) text(id string, frames []string) string {
	slot := &c.slots[xxhash.Sum64String(id)&c.mask]
	if e := slot.Load(); e != nil && e.id == id {
		return e.text
	}
	e := &framesEntry{id: id, text: strings.Join(frames, "\n")}
	slot.Store(e)
	return e.text
}
