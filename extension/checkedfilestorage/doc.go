//go:generate mdatagen metadata.yaml

// Package checkedfilestorage is the file_storage extension of the
// otelcol-backlog distribution: the contrib file_storage extension, same
// configuration and files, plus a pre-flight check of each state file before
// bbolt opens it. bbolt maps the file into memory and trusts its meta page: a
// truncated file kills the process with SIGBUS (no recover catches it) and
// an overwritten one fails with "invalid database"; contrib's recreate option
// handles neither. The check finds both (and what bbolt's own consistency
// check finds), moves the file aside as <file>.corrupt-<UTC time>, logs an
// ERROR naming both files, and lets the extension create a fresh one.
package checkedfilestorage // import "github.com/otelcol-backlog/otelcol-backlog/extension/checkedfilestorage"
