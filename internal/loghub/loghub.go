// Package loghub reads Loghub-2k style benchmark directories: a formats.json
// with one header format per dataset, the raw lines, and the structured
// ground truth.
package loghub

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Format is one dataset's header format, e.g. "<Date> <Time> <Level>: <Content>".
type Format struct {
	LogFormat string `json:"log_format"`
}

// Dataset is one benchmark dataset: the message (Content) of every raw line
// in order, and the ground truth rows when present.
type Dataset struct {
	Name     string
	Contents []string
	// Truth holds the ground-truth templates in line order ("" when the row
	// has no template); nil when the CSV is absent.
	Truth []string
	// TruthContents is the Content column of the ground truth.
	TruthContents []string
}

var fieldRe = regexp.MustCompile(`(<[^<>]+>)`)
var spacesRe = regexp.MustCompile(` +`)

// FormatRegexp builds the line regexp of a log format the way the Loghub
// reference tools do: fields become lazy named groups, runs of spaces match
// \s+, the literal text in between is kept as a regexp fragment.
func FormatRegexp(format string) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString("^")
	last := 0
	for _, loc := range fieldRe.FindAllStringIndex(format, -1) {
		b.WriteString(spacesRe.ReplaceAllString(format[last:loc[0]], `\s+`))
		name := format[loc[0]+1 : loc[1]-1]
		fmt.Fprintf(&b, "(?P<%s>.*?)", name)
		last = loc[1]
	}
	b.WriteString(spacesRe.ReplaceAllString(format[last:], `\s+`))
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("log format %q: %w", format, err)
	}
	if re.SubexpIndex("Content") < 0 {
		return nil, fmt.Errorf("log format %q: no <Content> field", format)
	}
	return re, nil
}

// ReadFormats reads DIR/formats.json.
func ReadFormats(dir string) (map[string]Format, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "formats.json"))
	if err != nil {
		return nil, err
	}
	var f map[string]Format
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("formats.json: %w", err)
	}
	return f, nil
}

// Names returns the datasets of dir that have a format and a raw log, sorted.
func Names(dir string) ([]string, error) {
	f, err := ReadFormats(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for name := range f {
		if _, err := os.Stat(filepath.Join(dir, name, name+"_2k.log")); err == nil {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names, nil
}

// Load reads one dataset of dir. Lines that do not match the header format
// keep the whole line as their Content.
func Load(dir, name string) (*Dataset, error) {
	formats, err := ReadFormats(dir)
	if err != nil {
		return nil, err
	}
	f, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("dataset %q: not in formats.json", name)
	}
	re, err := FormatRegexp(f.LogFormat)
	if err != nil {
		return nil, fmt.Errorf("dataset %q: %w", name, err)
	}
	d := &Dataset{Name: name}
	fh, err := os.Open(filepath.Join(dir, name, name+"_2k.log"))
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	d.Contents, err = Contents(fh, re)
	if err != nil {
		return nil, fmt.Errorf("dataset %q: %w", name, err)
	}
	gt, err := os.Open(filepath.Join(dir, name, name+"_2k.log_structured_corrected.csv"))
	if err == nil {
		defer gt.Close()
		d.TruthContents, d.Truth, err = ReadTruth(gt)
		if err != nil {
			return nil, fmt.Errorf("dataset %q: ground truth: %w", name, err)
		}
	}
	return d, nil
}

// Contents extracts the Content field of every line of r.
func Contents(r io.Reader, re *regexp.Regexp) ([]string, error) {
	ci := re.SubexpIndex("Content")
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var out []string
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		m := re.FindStringSubmatch(line)
		if m == nil {
			out = append(out, strings.TrimSpace(line))
			continue
		}
		out = append(out, m[ci])
	}
	return out, sc.Err()
}

// ReadTruth reads a structured ground-truth CSV: the Content and
// EventTemplate columns in row order.
func ReadTruth(r io.Reader) (contents, templates []string, err error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, nil, err
	}
	ci, ti := -1, -1
	for i, h := range header {
		switch strings.TrimPrefix(h, "\ufeff") {
		case "Content":
			ci = i
		case "EventTemplate":
			ti = i
		}
	}
	if ci < 0 || ti < 0 {
		return nil, nil, fmt.Errorf("missing Content or EventTemplate column in %v", header)
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return contents, templates, nil
		}
		if err != nil {
			return nil, nil, err
		}
		get := func(i int) string {
			if i < len(rec) {
				return rec[i]
			}
			return ""
		}
		contents = append(contents, get(ci))
		templates = append(templates, get(ti))
	}
}
