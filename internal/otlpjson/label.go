package otlpjson // import "github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Case kinds.
const (
	KindFault  = "fault"
	KindNormal = "normal"
)

// Case is the label of one data window (label.json, or one line of
// cases.jsonl). Fault fields are empty for normal windows.
type Case struct {
	ID               string    `json:"case_id"`
	Kind             string    `json:"kind"`
	Day              string    `json:"day"`
	RootCauseService string    `json:"root_cause_service,omitempty"`
	RootCausePod     string    `json:"root_cause_pod,omitempty"`
	FaultType        string    `json:"fault_type,omitempty"`
	FaultClass       string    `json:"fault_class,omitempty"`
	InjectTime       time.Time `json:"inject_time_utc,omitzero"`
	DataStart        time.Time `json:"data_start_utc,omitzero"`
	DataEnd          time.Time `json:"data_end_utc,omitzero"`
	WindowEnd        time.Time `json:"window_end_utc,omitzero"`
	Stats            struct {
		LogRecords int `json:"log_records"`
		Spans      int `json:"spans"`
	} `json:"stats"`
}

// Validate checks the fields every consumer relies on.
func (c *Case) Validate() error {
	switch {
	case c.ID == "":
		return errors.New("case_id: empty")
	case c.Kind != KindFault && c.Kind != KindNormal:
		return fmt.Errorf("kind: %q is neither %q nor %q", c.Kind, KindFault, KindNormal)
	case c.Kind == KindFault && c.RootCauseService == "":
		return fmt.Errorf("root_cause_service: empty for fault case %q", c.ID)
	case c.Kind == KindFault && c.FaultType == "":
		return fmt.Errorf("fault_type: empty for fault case %q", c.ID)
	}
	return nil
}

// ReadLabel reads and validates a label.json file.
func ReadLabel(path string) (Case, error) {
	var c Case
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("otlpjson: %s: %w", path, err)
	}
	if err := c.Validate(); err != nil {
		return c, fmt.Errorf("otlpjson: %s: %w", path, err)
	}
	return c, nil
}

// ReadCases reads and validates a cases.jsonl index.
func ReadCases(r io.Reader) ([]Case, error) {
	var out []Case
	err := eachLine(r, func(line []byte, n int) error {
		var c Case
		if err := json.Unmarshal(line, &c); err != nil {
			return fmt.Errorf("otlpjson: cases line %d: %w", n, err)
		}
		if err := c.Validate(); err != nil {
			return fmt.Errorf("otlpjson: cases line %d: %w", n, err)
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// ReadCasesFile reads a cases.jsonl file.
func ReadCasesFile(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCases(f)
}

// Paths of a case directory's files.
func TracesPath(dataDir, caseID string) string {
	return filepath.Join(dataDir, caseID, "traces.jsonl.gz")
}

// LogsPath is the logs file of a case.
func LogsPath(dataDir, caseID string) string {
	return filepath.Join(dataDir, caseID, "logs.jsonl.gz")
}

// LabelPath is the label.json of a case.
func LabelPath(dataDir, caseID string) string {
	return filepath.Join(dataDir, caseID, "label.json")
}
