package loghub

import (
	"os"
	"strings"
	"testing"
)

const dataDir = "../../../shared/data/loghub2k"

func TestFormatRegexp(t *testing.T) {
	tests := []struct {
		format, line, content string
	}{
		{"<Date> <Time> <Level> <Component>: <Content>", "17/06/09 20:10:40 INFO executor.X: Got assigned task 0", "Got assigned task 0"},
		{`\[<Time>\] \[<Level>\] <Content>`, "[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok x", "workerEnv.init() ok x"},
		{"<Date> <Time>  <Pid>  <Tid> <Level> <Component>: <Content>", "03-17 16:13:38.811  1702  2395 D WindowManager: a: b", "a: b"},
	}
	for _, tt := range tests {
		re, err := FormatRegexp(tt.format)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Contents(strings.NewReader(tt.line+"\n"), re)
		if err != nil || len(got) != 1 || got[0] != tt.content {
			t.Errorf("%q: got %q, %v; want %q", tt.format, got, err, tt.content)
		}
	}
	if _, err := FormatRegexp("<Date> <Time>"); err == nil {
		t.Error("format without Content: want error")
	}
}

// TestContentsMatchTruth checks that the extracted messages equal the ground
// truth's Content column for every shared dataset.
func TestContentsMatchTruth(t *testing.T) {
	if _, err := os.Stat(dataDir); err != nil {
		t.Skip("../shared/data/loghub2k not found: ", err)
	}
	names, err := Names(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		d, err := Load(dataDir, name)
		if err != nil {
			t.Fatal(err)
		}
		if d.Truth == nil {
			continue
		}
		if len(d.Contents) != len(d.TruthContents) {
			t.Errorf("%s: %d lines, %d ground truth rows", name, len(d.Contents), len(d.TruthContents))
			continue
		}
		bad := 0
		for i := range d.Contents {
			if strings.TrimSpace(d.Contents[i]) != strings.TrimSpace(d.TruthContents[i]) {
				if bad < 3 {
					t.Logf("%s line %d: %q != %q", name, i+1, d.Contents[i], d.TruthContents[i])
				}
				bad++
			}
		}
		if bad > len(d.Contents)/100 {
			t.Errorf("%s: %d of %d contents differ from the ground truth", name, bad, len(d.Contents))
		}
	}
}
