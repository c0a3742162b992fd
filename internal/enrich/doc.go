// Package enrich derives the enrichment attributes of a fingerprinted
// record: release, environment, owning team, user journey with its
// criticality, and the affected tenant and user.
//
// Inputs are plain strings and a [Lookup] over the record's attributes
// ([MapLookup] reads a pdata map). Patterns are compiled once by [New]; the
// per-record methods do not allocate in steady state, except that a hashed
// Tenant or User returns a new string ([Enricher.AppendHash] does not).
//
// # Patterns
//
// Rules use globs ("*" matches within one '/'-separated segment, "**"
// across segments, "a/**/b" also matches "a/b") or, with the "regex:"
// prefix, RE2 regular expressions anchored at both ends. See
// [CompilePattern].
//
// # Ownership
//
// Inline owner rules are tried in order and the first match wins. When none
// matches, the rules of the CODEOWNERS-style file apply as in GitHub: the
// last matching line wins, and a matching line without owners means
// "explicitly unowned". So inline rules act as overrides placed before the
// file. File patterns match the service name or "service/route" (leading
// '/' of the route dropped; "service/" when there is no route); a pattern
// ending in '/' matches everything below it, so "checkout/" owns all of
// service checkout; a leading '/' is ignored. Owners are written "@team" or
// "@org/team" (the '@' is dropped) or as an e-mail; several owners are
// joined with ",".
//
// # Release and environment
//
// The first present, non-blank source attribute wins. Releases are trimmed
// and a leading "v" or "V" is dropped when a digit follows ("v1.2.3" and
// "1.2.3" are one release; "vnext" stays). Environments are trimmed,
// lowercased and mapped through aliases: prod, prd, production ->
// production; stg, stage, staging -> staging; dev, development ->
// development; qa, test, testing -> test; plus configured aliases.
//
// # Affected tenant and user
//
// Values are read from the first present source attribute. When hashing is
// enabled the value leaves the processor as the first HashLength lowercase
// hex digits of HMAC-SHA256(key, value), so the same user maps to the same
// token across records and collectors that share the key, without the
// value itself being exported.
//
// Values longer than MaxValueLength bytes are cut at a UTF-8 boundary
// before hashing or export; cuts are counted in [Stats].
package enrich
