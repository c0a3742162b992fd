package otlpjson

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

const nezhaDir = "../../../shared/data/nezha-trainticket"

func makeTraces(t *testing.T, spans int, nameLen int) []byte {
	t.Helper()
	td := ptrace.NewTraces()
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr("service.name", "svc")
	ss := rs.ScopeSpans().AppendEmpty()
	for i := range spans {
		s := ss.Spans().AppendEmpty()
		s.SetName(strings.Repeat("n", nameLen))
		s.SetSpanID([8]byte{byte(i + 1)})
		s.SetTraceID([16]byte{1})
	}
	var m ptrace.JSONMarshaler
	b, err := m.MarshalTraces(td)
	require.NoError(t, err)
	return b
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	_, err := w.Write(b)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func TestReadTraces(t *testing.T) {
	small := makeTraces(t, 2, 4)
	big := makeTraces(t, 3, 200_000) // one line far beyond bufio's buffer
	plain := bytes.Join([][]byte{small, {}, big, small}, []byte("\n"))
	tests := []struct {
		name      string
		input     []byte
		wantLines int
		wantSpans int
	}{
		{"plain", plain, 3, 7},
		{"gzip", gz(t, plain), 3, 7},
		{"no trailing newline", small, 1, 2},
		{"crlf", append(append([]byte{}, small...), "\r\n"...), 1, 2},
		{"empty", nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, spans := 0, 0
			err := ReadTraces(bytes.NewReader(tt.input), func(td ptrace.Traces) error {
				lines++
				spans += td.SpanCount()
				return nil
			})
			require.NoError(t, err)
			assert.Equal(t, tt.wantLines, lines)
			assert.Equal(t, tt.wantSpans, spans)
		})
	}
}

func TestReadErrors(t *testing.T) {
	err := ReadTraces(strings.NewReader("{\"resourceSpans\":[]}\nnot json\n"), func(ptrace.Traces) error { return nil })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 2")

	stop := errors.New("stop")
	err = ReadLogs(strings.NewReader("{}\n{}\n"), func(plog.Logs) error { return stop })
	assert.ErrorIs(t, err, stop)

	lr, err := NewLineReader(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	require.NoError(t, err)
	lr.MaxLineBytes = 10
	_, _, err = lr.Next()
	assert.ErrorIs(t, err, ErrLineTooLong)
}

func TestReadLogs(t *testing.T) {
	ld := plog.NewLogs()
	lr := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
	lr.Body().SetStr("hello 42")
	var m plog.JSONMarshaler
	b, err := m.MarshalLogs(ld)
	require.NoError(t, err)
	var bodies []string
	require.NoError(t, ReadLogs(bytes.NewReader(gz(t, append(b, '\n'))), func(l plog.Logs) error {
		bodies = append(bodies, l.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Body().Str())
		return nil
	}))
	assert.Equal(t, []string{"hello 42"}, bodies)
}

func TestReadCases(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		wantErr string
		want    int
	}{
		{"normal and fault", `{"case_id":"a","kind":"normal"}
{"case_id":"b","kind":"fault","root_cause_service":"s","fault_type":"network_delay","inject_time_utc":"2023-01-30T12:06:12Z"}`, "", 2},
		{"missing id", `{"kind":"normal"}`, "case_id", 0},
		{"bad kind", `{"case_id":"a","kind":"x"}`, "kind", 0},
		{"fault without service", `{"case_id":"a","kind":"fault","fault_type":"return"}`, "root_cause_service", 0},
		{"fault without type", `{"case_id":"a","kind":"fault","root_cause_service":"s"}`, "fault_type", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := ReadCases(strings.NewReader(tt.input))
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Len(t, cs, tt.want)
		})
	}
	cs, err := ReadCases(strings.NewReader(tests[0].input))
	require.NoError(t, err)
	assert.Equal(t, "network_delay", cs[1].FaultType)
	assert.Equal(t, 12, cs[1].InjectTime.Hour())
	assert.True(t, cs[0].InjectTime.IsZero())
}

func TestNezhaData(t *testing.T) {
	idx := filepath.Join(nezhaDir, "cases.jsonl")
	if _, err := os.Stat(idx); err != nil {
		t.Skip("shared Nezha data absent (../shared/data/nezha-trainticket); skipping")
	}
	cases, err := ReadCasesFile(idx)
	require.NoError(t, err)
	require.NotEmpty(t, cases)
	normals := 0
	for _, c := range cases {
		if c.Kind == KindNormal {
			normals++
		}
		lab, err := ReadLabel(LabelPath(nezhaDir, c.ID))
		require.NoError(t, err, c.ID)
		assert.Equal(t, c.ID, lab.ID)
		assert.Equal(t, c.RootCauseService, lab.RootCauseService)
	}
	assert.Positive(t, normals)

	c := cases[0]
	spans := 0
	require.NoError(t, ReadTracesFile(TracesPath(nezhaDir, c.ID), func(td ptrace.Traces) error {
		spans += td.SpanCount()
		return nil
	}))
	assert.Equal(t, c.Stats.Spans, spans, "span count must match the index")
	records := 0
	require.NoError(t, ReadLogsFile(LogsPath(nezhaDir, c.ID), func(ld plog.Logs) error {
		records += ld.LogRecordCount()
		return nil
	}))
	assert.Equal(t, c.Stats.LogRecords, records, "log record count must match the index")
}
