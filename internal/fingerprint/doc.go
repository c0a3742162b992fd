// Package fingerprint derives the versioned, deterministic fingerprint id
// that groups logs and spans into one problem family.
//
// # Canonical encoding (version 2)
//
// The id is the 64-bit xxHash (XXH64, seed 0, as implemented by
// github.com/cespare/xxhash/v2) of the canonical bytes of a [Key], written
// as 16 lowercase hexadecimal digits, most significant first (the same as
// fmt.Sprintf("%016x", h)).
//
// The canonical bytes are:
//
//	"v2"
//	SEP esc(Kind)
//	SEP esc(Service)
//	SEP esc(ErrorType)
//	SEP esc(Template)
//	SEP esc(Operation)
//	SEP esc(Dependency)
//	SEP esc(Frames[0]) SEP esc(Frames[1]) ... (one SEP per frame)
//
// where SEP is the byte 0x00 and esc(s) is s with every 0x01 byte written as
// 0x01 0x31 and every 0x00 byte written as 0x01 0x30. After escaping, 0x00
// only ever occurs as SEP, so the encoding is injective: two keys share
// canonical bytes only if all their fields are equal. The six scalar fields
// are always present (empty fields contribute only their SEP); every byte
// after the seventh SEP belongs to a frame, so "no frames" and "one empty
// frame" differ. Strings are hashed as their raw bytes: no Unicode
// normalization, no case folding, no trimming. Callers normalize before
// building the key (see [NormalizeErrorType] and package stacktrace). In
// version 2 the Template field of a log key holds [IDForm] of the masked
// message, a function of the record alone (version 1 held IDTemplate of the
// mined template, which changed when the template generalized); the
// Template field of a span key holds [IDTemplate] of its masked message.
//
// Logs leave Operation and Dependency empty. Any change to this encoding,
// to the field order or to the hash must bump [Version]; golden tests pin
// example ids so that a silent change fails the build.
package fingerprint
