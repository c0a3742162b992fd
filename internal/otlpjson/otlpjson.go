// Package otlpjson reads OTLP JSON-lines files (the format written by the
// collector's file exporter: one LogsData or TracesData object per line,
// optionally gzip-compressed) into pdata, and the case labels of the shared
// Nezha TrainTicket data set. It is meant for replays, tests and evaluation
// tools, not for the per-record path.
package otlpjson // import "github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"

	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

// DefaultMaxLineBytes bounds one JSON line (256 MiB): a longer line is an
// error rather than an unbounded allocation.
const DefaultMaxLineBytes = 256 << 20

// ErrLineTooLong is returned when a line exceeds the reader's bound.
var ErrLineTooLong = errors.New("otlpjson: line exceeds max line bytes")

// LineReader yields the non-empty lines of a possibly gzip-compressed stream.
// Lines may be arbitrarily long up to MaxLineBytes; the returned slice is only
// valid until the next call.
type LineReader struct {
	r            *bufio.Reader
	closer       io.Closer
	buf          []byte
	line         int
	MaxLineBytes int
}

// NewLineReader wraps r, transparently decompressing gzip (detected by its
// magic bytes).
func NewLineReader(r io.Reader) (*LineReader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	lr := &LineReader{r: br, MaxLineBytes: DefaultMaxLineBytes}
	magic, err := br.Peek(2)
	if err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("otlpjson: gzip: %w", err)
		}
		lr.r = bufio.NewReaderSize(zr, 1<<16)
		lr.closer = zr
	}
	return lr, nil
}

// Next returns the next non-empty line (without the newline) and its
// 1-based line number, or io.EOF.
func (lr *LineReader) Next() ([]byte, int, error) {
	for {
		lr.buf = lr.buf[:0]
		for {
			frag, err := lr.r.ReadSlice('\n')
			lr.buf = append(lr.buf, frag...)
			if len(lr.buf) > lr.MaxLineBytes {
				return nil, lr.line + 1, ErrLineTooLong
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, lr.line + 1, err
			}
			if err != nil && len(lr.buf) == 0 {
				return nil, lr.line, io.EOF
			}
			break
		}
		lr.line++
		line := bytes.TrimSpace(lr.buf)
		if len(line) > 0 {
			return line, lr.line, nil
		}
	}
}

// Close releases the decompressor, if any (not the underlying reader).
func (lr *LineReader) Close() error {
	if lr.closer != nil {
		return lr.closer.Close()
	}
	return nil
}

// ReadTraces calls fn for every TracesData line of r.
func ReadTraces(r io.Reader, fn func(ptrace.Traces) error) error {
	var u ptrace.JSONUnmarshaler
	return eachLine(r, func(line []byte, n int) error {
		td, err := u.UnmarshalTraces(line)
		if err != nil {
			return fmt.Errorf("otlpjson: traces line %d: %w", n, err)
		}
		return fn(td)
	})
}

// ReadLogs calls fn for every LogsData line of r.
func ReadLogs(r io.Reader, fn func(plog.Logs) error) error {
	var u plog.JSONUnmarshaler
	return eachLine(r, func(line []byte, n int) error {
		ld, err := u.UnmarshalLogs(line)
		if err != nil {
			return fmt.Errorf("otlpjson: logs line %d: %w", n, err)
		}
		return fn(ld)
	})
}

// ReadTracesFile reads all traces of a .jsonl or .jsonl.gz file.
func ReadTracesFile(path string, fn func(ptrace.Traces) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return ReadTraces(f, fn)
}

// ReadLogsFile reads all logs of a .jsonl or .jsonl.gz file.
func ReadLogsFile(path string, fn func(plog.Logs) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return ReadLogs(f, fn)
}

func eachLine(r io.Reader, fn func([]byte, int) error) error {
	lr, err := NewLineReader(r)
	if err != nil {
		return err
	}
	defer lr.Close()
	for {
		line, n, err := lr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("otlpjson: line %d: %w", n, err)
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
}
