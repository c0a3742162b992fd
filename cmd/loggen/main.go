// Command loggen writes a labelled log-parsing corpus in the Loghub-2k
// layout (formats.json, <Family>/<Family>_2k.log and
// <Family>/<Family>_2k.log_structured_corrected.csv) from templates written
// after what the programs themselves print: sshd, sudo and cron through
// syslog, nginx and envoy access and error logs, Kubernetes events,
// PostgreSQL and MySQL server logs, logfmt and JSON (zap) bodies of Go
// services, Java, Python, Go and .NET exception lines, HAProxy, systemd and
// kernel messages, Redis and Kafka, GNU autoconf configure output. It exists so that `make eval` can score
// the miner on logs its rules were not designed on; the development set is
// Loghub-2k.
//
// Ground truth follows the corrected-truth conventions of Khan et al.
// (ICSE'22): every value a program fills in at run time (ids, numbers,
// addresses, paths, host, user, database, container and unit names, states
// and methods substituted into a fixed sentence, free-text reasons) is one
// "<*>", whether it is empty or holds several words or a list; the keys of
// key=value and JSON pairs are constant, their values variables, except
// the message key (msg, message), which holds the format string. Output is
// deterministic (fixed seed).
//
//	go run ./cmd/loggen -out testdata/logcorpus
//
// With -set holdout it writes the held-out families instead (holdout.go),
// software neither the corpus nor Loghub-2k has, to testdata/logholdout;
// with -set holdout2 the second held-out families (holdout2.go), which
// neither of those nor the first held-out set has, to testdata/logholdout2;
// with -set holdout3 the third held-out families (holdout3.go), which none
// of those nor the second held-out set has, to testdata/logholdout3; with
// -set holdout4 the fourth held-out families (holdout4.go), which none of
// those nor the third held-out set has, to testdata/logholdout4; with -set
// holdout5 the fifth held-out families (holdout5.go), which none of those
// nor the fourth held-out set has, to testdata/logholdout5; with -set
// holdout6 the sixth held-out families (holdout6.go), which none of those
// nor the fifth held-out set has, to testdata/logholdout6; with -set
// holdout7 the seventh held-out families (holdout7.go), which none of
// those nor the sixth held-out set has, to testdata/logholdout7; with -set
// holdout8 the eighth (holdout8.go) to testdata/logholdout8, with -set
// holdout9 the ninth (holdout9.go) to testdata/logholdout9, with -set
// holdout10 the tenth (holdout10.go) to testdata/logholdout10, with -set
// holdout11 the eleventh (holdout11.go) to testdata/logholdout11, with
// -set holdout12 the twelfth (holdout12.go) to testdata/logholdout12,
// with -set holdout13 the thirteenth (holdout13.go) to
// testdata/logholdout13, with -set holdout14 the fourteenth
// (holdout14.go) to testdata/logholdout14, with -set holdout15 the
// fifteenth (holdout15.go) to testdata/logholdout15, with -set holdout16
// the sixteenth (holdout16.go) to testdata/logholdout16 and with -set
// holdout17 the seventeenth (holdout17.go) to testdata/logholdout17, each
// with software none of the sets before it has.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
)

// Lines is the number of lines per family (the Loghub-2k size).
const Lines = 2000

// genSet is a generated set: -set name writes families() to dir with
// seed.
type genSet struct {
	name, dir string
	families  func() []family
	seed      uint64
}

// sets are the generated sets.
var sets = []genSet{
	{"corpus", "testdata/logcorpus", families, 14},
	{"holdout", "testdata/logholdout", holdoutFamilies, holdoutSeed},
	{"holdout2", "testdata/logholdout2", holdout2Families, holdout2Seed},
	{"holdout3", "testdata/logholdout3", holdout3Families, holdout3Seed},
	{"holdout4", "testdata/logholdout4", holdout4Families, holdout4Seed},
	{"holdout5", "testdata/logholdout5", holdout5Families, holdout5Seed},
	{"holdout6", "testdata/logholdout6", holdout6Families, holdout6Seed},
	{"holdout7", "testdata/logholdout7", holdout7Families, holdout7Seed},
	{"holdout8", "testdata/logholdout8", holdout8Families, holdout8Seed},
	{"holdout9", "testdata/logholdout9", holdout9Families, holdout9Seed},
	{"holdout10", "testdata/logholdout10", holdout10Families, holdout10Seed},
	{"holdout11", "testdata/logholdout11", holdout11Families, holdout11Seed},
	{"holdout12", "testdata/logholdout12", holdout12Families, holdout12Seed},
	{"holdout13", "testdata/logholdout13", holdout13Families, holdout13Seed},
	{"holdout14", "testdata/logholdout14", holdout14Families, holdout14Seed},
	{"holdout15", "testdata/logholdout15", holdout15Families, holdout15Seed},
	{"holdout16", "testdata/logholdout16", holdout16Families, holdout16Seed},
	{"holdout17", "testdata/logholdout17", holdout17Families, holdout17Seed},
}

func main() {
	var names, dirs, seeds []string
	for _, st := range sets {
		names = append(names, fmt.Sprintf("%s (%s)", st.name, st.dir))
		dirs = append(dirs, st.dir)
		seeds = append(seeds, fmt.Sprint(st.name, ": ", st.seed))
	}
	set := flag.String("set", "corpus", "which families: "+strings.Join(names, ", "))
	out := flag.String("out", "", "output directory (default: the set's: "+strings.Join(dirs, ", ")+")")
	seed := flag.Uint64("seed", 0, "random seed (default: the set's: "+strings.Join(seeds, ", ")+")")
	flag.Parse()
	i := slices.IndexFunc(sets, func(st genSet) bool { return st.name == *set })
	if i < 0 {
		log.Fatalf("-set %q: one of %s", *set, strings.Join(names, ", "))
	}
	fams, dir, s := sets[i].families(), sets[i].dir, sets[i].seed
	if *out != "" {
		dir = *out
	}
	if *seed != 0 {
		s = *seed
	}
	if err := write(dir, s, fams); err != nil {
		log.Fatal(err)
	}
}

func write(out string, seed uint64, fams []family) error {
	formats := map[string]loghub.Format{}
	for _, f := range fams {
		r := rand.New(rand.NewPCG(seed, uint64(len(f.name))))
		g := &gen{r: r}
		lines, truth, contents := f.generate(g)
		re, err := loghub.FormatRegexp(f.format)
		if err != nil {
			return err
		}
		// the loader must give back exactly the content that was labelled
		got, err := loghub.Contents(strings.NewReader(strings.Join(lines, "\n")+"\n"), re)
		if err != nil {
			return err
		}
		for i := range got {
			if got[i] != contents[i] {
				return fmt.Errorf("%s line %d: format %q extracts %q, labelled %q", f.name, i+1, f.format, got[i], contents[i])
			}
		}
		dir := filepath.Join(out, f.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, f.name+"_2k.log"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		if err := writeTruth(filepath.Join(dir, f.name+"_2k.log_structured_corrected.csv"), contents, truth); err != nil {
			return err
		}
		formats[f.name] = loghub.Format{LogFormat: f.format}
	}
	raw, err := json.MarshalIndent(formats, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "formats.json"), append(raw, '\n'), 0o644)
}

func writeTruth(path string, contents, truth []string) error {
	ids := map[string]string{}
	var tpls []string
	for _, t := range truth {
		if _, ok := ids[t]; !ok {
			ids[t] = ""
			tpls = append(tpls, t)
		}
	}
	sort.Strings(tpls)
	for i, t := range tpls {
		ids[t] = "E" + strconv.Itoa(i+1)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"LineId", "Content", "EventId", "EventTemplate"})
	for i := range contents {
		_ = cw.Write([]string{strconv.Itoa(i + 1), contents[i], ids[truth[i]], truth[i]})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// family is one log source: a header format and weighted events.
type family struct {
	name   string
	format string
	// header returns the text around the content of one line.
	header func(g *gen, content string) string
	events []event
}

// event is one template. spec holds literal text and {slot} references;
// every slot is a variable ("<*>" in the truth).
type event struct {
	weight int
	spec   string
}

func (f family) generate(g *gen) (lines, truth, contents []string) {
	total := 0
	for _, e := range f.events {
		total += e.weight
	}
	for len(lines) < Lines {
		k := g.r.IntN(total)
		var e event
		for _, e = range f.events {
			if k < e.weight {
				break
			}
			k -= e.weight
		}
		content, tpl := padColumns(g.expand(e.spec))
		contents = append(contents, content)
		truth = append(truth, khanCorrect(tpl))
		lines = append(lines, f.header(g, content))
	}
	return lines, truth, contents
}

// expand fills the slots of spec; it returns the content and its template.
func (g *gen) expand(spec string) (content, tpl string) {
	var c, t strings.Builder
	for {
		i := strings.IndexByte(spec, '{')
		if i < 0 {
			c.WriteString(spec)
			t.WriteString(spec)
			break
		}
		j := strings.IndexByte(spec[i:], '}')
		if j < 0 {
			panic("unclosed slot in " + spec)
		}
		if name := spec[i+1 : i+j]; strings.HasPrefix(name, "=") {
			// "{=Name}": braces the program writes around a constant
			// (a message template's hole), not a slot
			c.WriteString(spec[:i] + "{" + name[1:] + "}")
			t.WriteString(spec[:i] + "{" + name[1:] + "}")
			spec = spec[i+j+1:]
			continue
		} else if name == "" || strings.ContainsAny(name, `"{`) && !strings.HasPrefix(name, "one:") {
			// JSON or Go braces, not a slot (a "one:" value may hold
			// quotes: an error's text with its quoted names)
			c.WriteString(spec[:i+1])
			t.WriteString(spec[:i+1])
			spec = spec[i+1:]
			continue
		}
		c.WriteString(spec[:i])
		t.WriteString(spec[:i])
		c.WriteString(g.value(spec[i+1 : i+j]))
		t.WriteString("<*>")
		spec = spec[i+j+1:]
	}
	return c.String(), t.String()
}

// The corrections of Khan et al. (ICSE'22) that turned the Loghub oracle
// into the corrected ground truth, as ../shared/tools/eval_parsing.py
// re-implements them: the generated truth follows the same conventions.
var (
	wsRe        = regexp.MustCompile(`\s+`)
	pathSplitRe = regexp.MustCompile(`([\s,!;:=|"'\[\](){}])`)
	tokSplitRe  = regexp.MustCompile(`([\s,!;:=|"'\[\](){}.\-+@#$%&])`)
	pathTokRe   = regexp.MustCompile(`^(/[^/]+)+$`)
	digitsRe    = regexp.MustCompile(`^\d+$`)
	wvRe        = regexp.MustCompile(`^[^\s/]*<\*>[^\s/]*$`)
)

// splitKeep splits s at the matches of re, keeping them as pieces.
func splitKeep(re *regexp.Regexp, s string) []string {
	var out []string
	last := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		out = append(out, s[last:m[0]], s[m[0]:m[1]])
		last = m[1]
	}
	return append(out, s[last:])
}

func khanCorrect(t string) string {
	t = wsRe.ReplaceAllString(strings.TrimSpace(t), " ")
	parts := splitKeep(pathSplitRe, t)
	for i, p := range parts {
		if pathTokRe.MatchString(p) {
			parts[i] = "<*>"
		}
	}
	t = strings.Join(parts, "")
	toks := splitKeep(tokSplitRe, t)
	for i, tok := range toks {
		switch strings.ToLower(tok) {
		case "true", "false", "null", "root", "admin":
			tok = "<*>"
		}
		if digitsRe.MatchString(tok) || wvRe.MatchString(tok) && tok != "<*>/<*>" {
			tok = "<*>"
		}
		toks[i] = tok
	}
	t = strings.Join(toks, "")
	for _, pair := range []string{"<*>.<*>", "<*><*>"} {
		for strings.Contains(t, pair) {
			t = strings.ReplaceAll(t, pair, "<*>")
		}
	}
	return t
}
