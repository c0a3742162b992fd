package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

// Every committed set is exactly what the generator writes: a change to a
// family must regenerate its set (go run ./cmd/loggen -set NAME).
func TestCommittedSetsAreCurrent(t *testing.T) {
	for _, st := range sets {
		t.Run(st.name, func(t *testing.T) {
			t.Parallel() // each generates a whole set: slow under -race
			checkCommitted(t, "../../"+st.dir, st.seed, st.families(), "go run ./cmd/loggen -set "+st.name)
		})
	}
}

func checkCommitted(t *testing.T, committed string, seed uint64, fams []family, cmd string) {
	t.Helper()
	dir := t.TempDir()
	if err := write(dir, seed, fams); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		got, _ := os.ReadFile(path)
		want, err := os.ReadFile(filepath.Join(committed, rel))
		if err != nil {
			t.Errorf("%s: not committed: %v", rel, err)
			return nil
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the generator's output: run %s", rel, cmd)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 13 { // formats.json and two files for each of >= 6 families
		t.Errorf("only %d files", n)
	}
}

func TestKhanCorrect(t *testing.T) {
	tests := []struct{ in, want string }{
		{"session opened for user <*>(uid=<*>) by (uid=0)", "session opened for user <*>(uid=<*>) by (uid=<*>)"},
		{"Received disconnect from <*> port <*>:11: <*>", "Received disconnect from <*> port <*>:<*>: <*>"},
		{"file /var/log/x.log rotated by root", "file <*> rotated by <*>"},
		{"<*>.<*> and <*><*> and blk_<*>", "<*> and <*> and <*>"},
	}
	for _, tt := range tests {
		if got := khanCorrect(tt.in); got != tt.want {
			t.Errorf("khanCorrect(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	g := &gen{r: nil}
	c, tpl := g.expand(`{"msg":"x","interface {}":1}`)
	if c != tpl || c != `{"msg":"x","interface {}":1}` {
		t.Errorf("JSON braces taken for slots: %q %q", c, tpl)
	}
	// a message template's holes are constant text; a one: value may
	// hold quotes
	g = &gen{r: rand.New(rand.NewPCG(1, 2))}
	c, tpl = g.expand(`{"@mt":"HTTP {=RequestMethod} in {=Elapsed:0.0000} ms","err":"{one:open \"<pick:a|b>\"}"}`)
	if tpl != `{"@mt":"HTTP {RequestMethod} in {Elapsed:0.0000} ms","err":"<*>"}` ||
		c != `{"@mt":"HTTP {RequestMethod} in {Elapsed:0.0000} ms","err":"open \"a\""}` && c != `{"@mt":"HTTP {RequestMethod} in {Elapsed:0.0000} ms","err":"open \"b\""}` {
		t.Errorf("template holes or a quoted one: value: %q %q", c, tpl)
	}
}

// Every slot of every family expands: no line carries a slot reference
// ("{pick:...}") that a real program never writes.
func TestNoUnexpandedSlots(t *testing.T) {
	for _, f := range append(append(append(append(append(append(append(append(append(append(append(append(append(append(append(append(append(families(), holdoutFamilies()...), holdout2Families()...), holdout3Families()...), holdout4Families()...), holdout5Families()...), holdout6Families()...), holdout7Families()...), holdout8Families()...), holdout9Families()...), holdout10Families()...), holdout11Families()...), holdout12Families()...), holdout13Families()...), holdout14Families()...), holdout15Families()...), holdout16Families()...), holdout17Families()...) {
		for _, e := range f.events {
			g := &gen{r: rand.New(rand.NewPCG(1, 2))}
			c, _ := g.expand(e.spec)
			if strings.Contains(c, "{pick:") || strings.Contains(c, "{opt:") {
				t.Errorf("%s: unexpanded slot in %q", f.name, c)
			}
		}
	}
}

// systemd reports a process's end as its SIGCHLD code with the exit status
// and its name, or the signal and its name: a line pairs them as systemd
// does ("code=exited, status=203/EXEC", "code=killed, status=9/KILL"),
// never a status with another's name ("code=exited, status=2/KILL").
func TestSystemdExitIsConsistent(t *testing.T) {
	valid := map[string]bool{}
	for _, x := range []string{
		"exited 1/FAILURE", "exited 2/INVALIDARGUMENT", "exited 3/NOTIMPLEMENTED", "exited 4/NOPERMISSION",
		"exited 5/NOTINSTALLED", "exited 6/NOTCONFIGURED", "exited 7/NOTRUNNING", "exited 200/CHDIR",
		"exited 203/EXEC", "exited 217/USER", "killed 1/HUP", "killed 2/INT", "killed 9/KILL",
		"killed 15/TERM", "dumped 6/ABRT", "dumped 7/BUS", "dumped 11/SEGV",
	} {
		valid[x] = true
	}
	re := regexp.MustCompile(`code=(\w+), status=(\S+)$`)
	n := 0
	for _, f := range families() {
		for _, e := range f.events {
			if !strings.Contains(e.spec, "Main process exited") {
				continue
			}
			g := &gen{r: rand.New(rand.NewPCG(1, 2))}
			for i := 0; i < 200; i++ {
				c, _ := g.expand(e.spec)
				m := re.FindStringSubmatch(c)
				if m == nil || !valid[m[1]+" "+m[2]] {
					t.Fatalf("%s: %q is not how systemd reports a process's end", f.name, c)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no family writes systemd's Main process exited")
	}
}

// kube-scheduler's FailedScheduling message counts the same nodes in both
// halves, writes each reason once (sorted) and its preemption plugin gives
// every node one reason.
func TestFailedSchedulingIsConsistent(t *testing.T) {
	re := regexp.MustCompile(`^0/(\d+) nodes are available: (.*)\. preemption: 0/(\d+) nodes are available: (.*)\.$`)
	n := 0
	for _, f := range families() {
		for _, e := range f.events {
			if !strings.Contains(e.spec, "nodes are available") {
				continue
			}
			g := &gen{r: rand.New(rand.NewPCG(1, 2))}
			for i := 0; i < 200; i++ {
				c, _ := g.expand(e.spec)
				m := re.FindStringSubmatch(c)
				if m == nil || m[1] != m[3] {
					t.Fatalf("%s: %q: not one node count", f.name, c)
				}
				nodes, _ := strconv.Atoi(m[1])
				for k, list := range []string{m[2], m[4]} {
					reasons := strings.Split(list, ", ")
					sum := 0
					for j, rs := range reasons {
						cnt, _, _ := strings.Cut(rs, " ")
						v, err := strconv.Atoi(cnt)
						if err != nil || v < 1 || v > nodes || j > 0 && reasons[j-1] >= rs {
							t.Fatalf("%s: %q: reason %q", f.name, c, rs)
						}
						sum += v
					}
					if k == 1 && sum != nodes {
						t.Fatalf("%s: %q: preemption reasons for %d of %d nodes", f.name, c, sum, nodes)
					}
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no family writes FailedScheduling")
	}
}

// A "one:" slot is one value written from parts: the parts draw what
// their own slots draw, in order, and the truth has one "<*>".
func TestOneSlot(t *testing.T) {
	a := &gen{r: rand.New(rand.NewPCG(1, 2))}
	b := &gen{r: rand.New(rand.NewPCG(1, 2))}
	got, tpl := a.expand("x {one:dial tcp <ipport>: refused} y {int}")
	want := "x dial tcp " + b.value("ipport") + ": refused y " + b.value("int")
	if got != want || tpl != "x <*> y <*>" {
		t.Errorf("expand = %q, %q; want %q, %q", got, tpl, want, "x <*> y <*>")
	}
	if got, _ := a.expand("{one:DENIED}"); got != "DENIED" {
		t.Errorf("a literal one: slot = %q", got)
	}
}

// Values a program writes together stay together: Rails' status and its
// reason phrase, an errno and its text, Serilog's rendering of
// {Elapsed:0.0000} and the property it renders.
func TestHoldout2PairsAreConsistent(t *testing.T) {
	t.Parallel() // each generates a whole set: slow under -race
	phrase := map[string]string{}
	for _, p := range railsStatus {
		phrase[p[0]] = p[1]
	}
	errnos := map[string]string{"32": "Broken pipe", "104": "Connection reset by peer", "110": "Connection timed out"}
	rails := regexp.MustCompile(`Completed (\d+) (.+?) in `)
	errno := regexp.MustCompile(`read/write failure: \((\d+)\) (.+)$`)
	elapsed := regexp.MustCompile(`"@r":\["([0-9.]+)"\].*"Elapsed":([0-9.e+-]+)`)
	seen := map[string]int{}
	for _, f := range holdout2Families() {
		lines, _, contents := f.generate(&gen{r: rand.New(rand.NewPCG(holdout2Seed, uint64(len(f.name))))})
		_ = lines
		for _, c := range contents {
			if m := rails.FindStringSubmatch(c); m != nil {
				seen["rails"]++
				if phrase[m[1]] != m[2] {
					t.Errorf("%s: %q: status %s with phrase %q", f.name, c, m[1], m[2])
				}
			}
			if m := errno.FindStringSubmatch(c); m != nil {
				seen["errno"]++
				if errnos[m[1]] != m[2] {
					t.Errorf("%s: %q: errno %s with %q", f.name, c, m[1], m[2])
				}
			}
			if m := elapsed.FindStringSubmatch(c); m != nil {
				seen["elapsed"]++
				v, err := strconv.ParseFloat(m[2], 64)
				want := strconv.FormatFloat(v, 'f', 4, 64)
				if strings.Contains(c, "{Elapsed:000}") {
					want = fmt.Sprintf("%03.0f", v)
				}
				if err != nil || m[1] != want {
					t.Errorf("%s: %q: rendered %s, property %s", f.name, c, m[1], m[2])
				}
			}
		}
	}
	for _, k := range []string{"rails", "errno", "elapsed"} {
		if seen[k] == 0 {
			t.Errorf("no %s line checked", k)
		}
	}
}

// Each held-out set holds software the others and Loghub-2k do not: no
// family name twice across the sets, none a Loghub-2k system.
func TestHeldOutFamiliesAreNew(t *testing.T) {
	seen := map[string]string{}
	for _, l := range []string{"Android", "Apache", "BGL", "Hadoop", "HDFS", "HealthApp", "HPC", "Linux", "Mac",
		"OpenSSH", "OpenStack", "Proxifier", "Spark", "Thunderbird", "Windows", "Zookeeper"} {
		seen[strings.ToLower(l)] = "Loghub-2k"
	}
	sets := map[string][]family{"corpus": families(), "holdout": holdoutFamilies(), "holdout2": holdout2Families(), "holdout3": holdout3Families(), "holdout4": holdout4Families(), "holdout5": holdout5Families(), "holdout6": holdout6Families(), "holdout7": holdout7Families(), "holdout8": holdout8Families(), "holdout9": holdout9Families(), "holdout10": holdout10Families(), "holdout11": holdout11Families(), "holdout12": holdout12Families(), "holdout13": holdout13Families(), "holdout14": holdout14Families(), "holdout15": holdout15Families(), "holdout16": holdout16Families(), "holdout17": holdout17Families()}
	for _, name := range []string{"corpus", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17"} {
		for _, f := range sets[name] {
			k := strings.ToLower(f.name)
			if s, ok := seen[k]; ok {
				t.Errorf("%s: family %s is already in %s", name, f.name, s)
			}
			seen[k] = name
		}
	}
	if n := len(holdout3Families()); n < 10 {
		t.Errorf("holdout3 has %d families, want at least 10", n)
	}
	if n := len(holdout4Families()); n < 12 {
		t.Errorf("holdout4 has %d families, want at least 12", n)
	}
	if n := len(holdout5Families()); n < 12 {
		t.Errorf("holdout5 has %d families, want at least 12", n)
	}
	if n := len(holdout6Families()); n < 12 {
		t.Errorf("holdout6 has %d families, want at least 12", n)
	}
	if n := len(holdout7Families()); n < 12 {
		t.Errorf("holdout7 has %d families, want at least 12", n)
	}
	if n := len(holdout8Families()); n < 12 {
		t.Errorf("holdout8 has %d families, want at least 12", n)
	}
	if n := len(holdout9Families()); n < 12 {
		t.Errorf("holdout9 has %d families, want at least 12", n)
	}
	if n := len(holdout10Families()); n < 12 {
		t.Errorf("holdout10 has %d families, want at least 12", n)
	}
	if n := len(holdout11Families()); n < 12 {
		t.Errorf("holdout11 has %d families, want at least 12", n)
	}
	if n := len(holdout12Families()); n < 12 {
		t.Errorf("holdout12 has %d families, want at least 12", n)
	}
	if n := len(holdout13Families()); n < 12 {
		t.Errorf("holdout13 has %d families, want at least 12", n)
	}
	if n := len(holdout14Families()); n < 12 {
		t.Errorf("holdout14 has %d families, want at least 12", n)
	}
	if n := len(holdout15Families()); n < 12 {
		t.Errorf("holdout15 has %d families, want at least 12", n)
	}
	if n := len(holdout16Families()); n < 12 {
		t.Errorf("holdout16 has %d families, want at least 12", n)
	}
	if n := len(holdout17Families()); n < 12 {
		t.Errorf("holdout17 has %d families, want at least 12", n)
	}
}

// Values a third held-out line writes twice are the same value: OpenVPN's
// client (common name and address) in its prefix and its message, Dovecot's
// mailbox and uid, an option's name and its local and remote values; a try
// number is at most the tries; vsftpd's weekday is the date's.
func TestHoldout3PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	learn := regexp.MustCompile(`^(\S+) MULTI: (?:Learn: \S+ -> (\S+)|primary virtual IP for (\S+):)`)
	peer := regexp.MustCompile(`^(\S+) (?:TLS: Initial packet from|\[\S+\] Peer Connection Initiated with) \[AF_INET\](\S+?),?(?: |$)`)
	opt := regexp.MustCompile(`WARNING: '(\S+)' is used inconsistently, local='(\S+) \S+', remote='(\S+) \S+'`)
	box := regexp.MustCompile(`Mailbox (\S+): UID=(\d+):.*box=(\S+), UID=(\d+)\)`)
	attempt := regexp.MustCompile(`^Starting attempt (\d+) of (\d+)$`)
	dow := regexp.MustCompile(`^(\w{3}) Dec +(\d+) `)
	seen := map[string]int{}
	for _, f := range holdout3Families() {
		lines, _, contents := f.generate(&gen{r: rand.New(rand.NewPCG(holdout3Seed, uint64(len(f.name))))})
		for i, c := range contents {
			if m := learn.FindStringSubmatch(c); m != nil {
				seen["learn"]++
				if m[1] != m[2]+m[3] {
					t.Errorf("%s: %q: prefix %s, client %s%s", f.name, c, m[1], m[2], m[3])
				}
			}
			if m := peer.FindStringSubmatch(c); m != nil {
				seen["peer"]++
				if m[1] != m[2] {
					t.Errorf("%s: %q: prefix %s, address %s", f.name, c, m[1], m[2])
				}
			}
			if m := opt.FindStringSubmatch(c); m != nil {
				seen["opt"]++
				if m[1] != m[2] || m[1] != m[3] {
					t.Errorf("%s: %q: option %s compared as %s and %s", f.name, c, m[1], m[2], m[3])
				}
			}
			if m := box.FindStringSubmatch(c); m != nil {
				seen["box"]++
				if m[1] != m[3] || m[2] != m[4] {
					t.Errorf("%s: %q: two mailboxes or uids", f.name, c)
				}
			}
			if m := attempt.FindStringSubmatch(c); m != nil {
				seen["attempt"]++
				a, _ := strconv.Atoi(m[1])
				n, _ := strconv.Atoi(m[2])
				if a < 1 || a > n {
					t.Errorf("%s: %q: try %d of %d", f.name, c, a, n)
				}
			}
			if f.name == "Vsftpd" {
				m := dow.FindStringSubmatch(lines[i])
				seen["dow"]++
				d, _ := strconv.Atoi(m[2])
				if m == nil || time.Date(2026, time.December, d, 0, 0, 0, 0, time.UTC).Format("Mon") != m[1] {
					t.Errorf("%s: %q: weekday not the date's", f.name, lines[i])
				}
			}
		}
	}
	for _, k := range []string{"learn", "peer", "opt", "box", "attempt", "dow"} {
		if seen[k] == 0 {
			t.Errorf("no %s line checked", k)
		}
	}
}

// Values a fourth held-out line writes twice, or writes together, agree:
// Traefik's version in its message and its field, the node Elasticsearch's
// join task adds, a DHCP message's name and type number, a signal's number
// and name, a SMART attribute's number and name, the job class of
// Sidekiq's context and ActiveJob's line, an exception's message and the
// message Laravel and Nextcloud write again inside the exception, the job
// id in Sidekiq's context and its failed job, the domain Traefik's ACME
// error names and its domains and rule fields.
func TestHoldout4PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	dhcp := map[string]string{"DHCPDISCOVER": "1", "DHCPOFFER": "2", "DHCPREQUEST": "3", "DHCPDECLINE": "4", "DHCPACK": "5", "DHCPNAK": "6", "DHCPRELEASE": "7", "DHCPINFORM": "8"}
	sigs := map[string]string{"9": "SIGKILL", "11": "SIGSEGV", "15": "SIGTERM", "7": "SIGBUS", "6": "SIGABRT"}
	attrs := map[string]string{"194": "Temperature_Celsius", "190": "Airflow_Temperature_Cel", "9": "Power_On_Hours", "195": "Hardware_ECC_Recovered",
		"187": "Reported_Uncorrect", "199": "UDMA_CRC_Error_Count", "1": "Raw_Read_Error_Rate", "7": "Seek_Error_Rate", "3": "Spin_Up_Time", "5": "Reallocated_Sector_Ct"}
	version := regexp.MustCompile(`^Traefik version (\S+) built on \S+ version=(\S+)$`)
	join := regexp.MustCompile(`^node-join\[(\S+) joining\], .* delta: added \{(\S+)\}$`)
	kea := regexp.MustCompile(` (DHCP[A-Z]+) \(type (\d+)\) `)
	sig := regexp.MustCompile(`exited on signal (\d+) \((SIG[A-Z]+)`)
	attr := regexp.MustCompile(`SMART (Usage|Prefailure) Attribute: (\d+) (\S+) changed`)
	job := regexp.MustCompile(`^class=(\S+) jid=\S+ INFO: Perform(?:ing|ed) (\S+) `)
	laravel := regexp.MustCompile(`^(.*) \{(?:"userId":\d+,)?"exception":"\[object\] \(.*?\(code: \w+\): (.*) at [^ ]+:\d+\)"\}$`)
	nextcloud := regexp.MustCompile(`"message":"(.*?)",.*"Message":"(.*?)"`)
	jid := regexp.MustCompile(`^class=\S+ jid=(\S+) WARN: \{"context".*"jid":"(\w+)"`)
	acme := regexp.MustCompile(`the domains \[(\S+)\]: .* domains=\["(\S+?)"[],].* rule=Host\(` + "`" + `(\S+)` + "`" + `\)$`)
	seen := map[string]int{}
	for _, f := range holdout4Families() {
		_, _, contents := f.generate(&gen{r: rand.New(rand.NewPCG(holdout4Seed, uint64(len(f.name))))})
		for _, c := range contents {
			check := func(key string, ok bool) {
				seen[key]++
				if !ok {
					t.Errorf("%s: %q: %s disagree", f.name, c, key)
				}
			}
			if m := version.FindStringSubmatch(c); m != nil {
				check("version", m[1] == m[2])
			}
			if m := join.FindStringSubmatch(c); m != nil {
				check("join", m[1] == m[2])
			}
			if m := kea.FindStringSubmatch(c); m != nil && f.name == "Kea" {
				check("dhcp", dhcp[m[1]] == m[2])
			}
			if m := sig.FindStringSubmatch(c); m != nil {
				check("signal", sigs[m[1]] == m[2])
			}
			if m := attr.FindStringSubmatch(c); m != nil {
				prefail := map[string]bool{"1": true, "3": true, "5": true, "7": true}
				check("attribute", attrs[m[2]] == m[3] && prefail[m[2]] == (m[1] == "Prefailure"))
			}
			if m := job.FindStringSubmatch(c); m != nil {
				check("job", m[1] == m[2])
			}
			if m := laravel.FindStringSubmatch(c); m != nil && f.name == "Laravel" {
				check("laravel", strings.NewReplacer(`\\`, `\`, `\"`, `"`).Replace(m[2]) == m[1])
			}
			if m := nextcloud.FindStringSubmatch(c); m != nil && f.name == "Nextcloud" {
				check("nextcloud", m[1] == m[2])
			}
			if m := jid.FindStringSubmatch(c); m != nil {
				check("jid", m[1] == m[2])
			}
			if m := acme.FindStringSubmatch(c); m != nil {
				check("acme", m[1] == m[2] && m[2] == m[3])
			}
		}
	}
	for _, k := range []string{"version", "join", "dhcp", "signal", "attribute", "job", "laravel", "nextcloud", "jid", "acme"} {
		if seen[k] == 0 {
			t.Errorf("no %s line checked", k)
		}
	}
}

// Every line of the fifth held-out set and those after it is an instance
// of its truth: the template, its "<*>" any text and its runs of spaces any
// whitespace, matches the whole content (a template with a constant where
// the line has another value, or a value the template lacks, fails). Each
// event gives one template.
func TestHeldOutTruthMatchesLines(t *testing.T) {
	fifth := slices.IndexFunc(sets, func(st genSet) bool { return st.name == "holdout5" })
	for _, st := range sets[fifth:] { // the sets before it: their own tests
		t.Run(st.name, func(t *testing.T) {
			t.Parallel() // generates a whole set: slow under -race
			checkTruthMatchesLines(t, st.families(), st.seed)
		})
	}
}

// checkPairs runs each line of fams (the set's seed) through pairs, which
// checks its pairs of values with check; every key must be checked on some
// line (a pattern that matches nothing tests nothing).
func checkPairs(t *testing.T, fams []family, seed uint64, keys []string, pairs func(f family, line, content string, check func(key string, ok bool))) {
	t.Helper()
	seen := map[string]int{}
	for _, f := range fams {
		lines, _, contents := f.generate(&gen{r: rand.New(rand.NewPCG(seed, uint64(len(f.name))))})
		for i, c := range contents {
			pairs(f, lines[i], c, func(key string, ok bool) {
				seen[key]++
				if !ok {
					t.Errorf("%s: %q: %s disagree", f.name, lines[i], key)
				}
			})
		}
	}
	for _, k := range keys {
		if seen[k] == 0 {
			t.Errorf("no %s line checked", k)
		}
	}
}

func checkTruthMatchesLines(t *testing.T, fams []family, seed uint64) {
	t.Helper()
	for _, f := range fams {
		_, truth, contents := f.generate(&gen{r: rand.New(rand.NewPCG(seed, uint64(len(f.name))))})
		for i, c := range contents {
			var b strings.Builder
			for j, lit := range strings.Split(truth[i], "<*>") {
				if j > 0 {
					b.WriteString(`.*?`)
				}
				for k, w := range strings.Fields(lit) {
					if k > 0 || strings.IndexFunc(lit, unicode.IsSpace) == 0 {
						b.WriteString(`\s+`)
					}
					b.WriteString(regexp.QuoteMeta(w))
				}
				if strings.TrimSpace(lit) != "" && strings.LastIndexFunc(lit, unicode.IsSpace) == len(lit)-1 {
					b.WriteString(`\s+`)
				} else if strings.TrimSpace(lit) == "" && lit != "" {
					b.WriteString(`\s+`)
				}
			}
			// khanCorrect trims a template: a content's leading
			// indentation (Terraform's plan lines, a help text's) is
			// whitespace the template no longer has
			if !regexp.MustCompile(`^\s*` + b.String() + `$`).MatchString(c) {
				t.Errorf("%s line %d: %q is not an instance of %q", f.name, i+1, c, truth[i])
			}
		}
		for k, e := range f.events {
			g := &gen{r: rand.New(rand.NewPCG(1, uint64(k)))}
			_, want := padColumns(g.expand(e.spec))
			for n := 0; n < 50; n++ {
				if _, tpl := padColumns(g.expand(e.spec)); khanCorrect(tpl) != khanCorrect(want) {
					t.Errorf("%s: %q gives %q and %q", f.name, e.spec, khanCorrect(want), khanCorrect(tpl))
					break
				}
			}
		}
	}
}

// Values a fifth held-out line writes twice, or writes together, agree: a
// PBS job's id in the object field and in its message, the database SQL
// Server's autogrow names and the file it names after it, the file
// freshclam could not download and its URL, OpenDKIM's selector and
// domain and the key record it looked up, an Elixir stack frame's
// application and file; and gitlab-runner pads its message to one column.
func TestHoldout5PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	pbs := regexp.MustCompile(`;Job;(\S+);on_job_exit valid pjob: (\S+) `)
	autogrow := regexp.MustCompile(`^Autogrow of file '(\w+?)_(?:log|Data)' in database '(\w+)'`)
	download := regexp.MustCompile(`^WARNING: Can't download (\S+) from https://database\.clamav\.net/(\S+)$`)
	dkim := regexp.MustCompile(`key retrieval failed \(s=(\S+), d=(\S+)\): '(\S+)' record not found`)
	frame := regexp.MustCompile(`^\((\w+) \S+\) lib/(\w+)`)
	runner := regexp.MustCompile(`^((?:WARNING: |ERROR: )?[A-Z][^=]*?)( +)[a-z_A-Z-]+=`)
	apps := map[string]string{"db_connection": "db_connection.ex", "ecto_sql": "ecto", "shop": "shop_web", "phoenix": "phoenix", "ecto": "ecto"}
	checkPairs(t, holdout5Families(), holdout5Seed, []string{"pbs", "autogrow", "download", "dkim", "frame", "runner"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := pbs.FindStringSubmatch(line); m != nil {
			check("pbs", m[1] == m[2])
		}
		if m := autogrow.FindStringSubmatch(c); m != nil {
			check("autogrow", m[1] == m[2])
		}
		if m := download.FindStringSubmatch(c); m != nil {
			check("download", m[1] == m[2])
		}
		if m := dkim.FindStringSubmatch(c); m != nil {
			check("dkim", m[3] == m[1]+"._domainkey."+m[2])
		}
		if m := frame.FindStringSubmatch(c); m != nil && f.name == "Phoenix" {
			check("frame", strings.HasPrefix(m[2], strings.Split(apps[m[1]], ".")[0]))
		}
		if m := runner.FindStringSubmatch(c); m != nil && f.name == "GitlabRunner" {
			check("runner", len(m[1])+len(m[2]) == padColumn || len(m[1]) >= padColumn-1 && m[2] == " ")
		}
	})
}

// Values a sixth held-out line writes twice, or writes together, agree:
// an etcd trace's id in its message and its steps, and their count; a
// Flink subtask within its parallelism and a state change that Flink
// makes; the Windows DHCP vendor class as hex and as text; an errno and
// its text, and the client translator of a GlusterFS line in its header
// and its message; an EAP method's number and name; the program auditd
// names and its path; a Lustre import and the target it names; the
// ActiveMQ client in the message and its transport thread; the domain
// Home Assistant loads and its module, an entity platform in the message
// and its logger.
func TestHoldout6PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	trace := regexp.MustCompile(`"msg":"trace\[(\d+)\] .*"steps":\[(.*)\],"step_count":(\d+)\}$`)
	step := regexp.MustCompile(`trace\[(\d+)\]`)
	subtask := regexp.MustCompile(`\((\d+)/(\d+)\) \(\w+\) switched from (\w+) to (\w+)\.$`)
	flinkNext := map[string]string{"CREATED SCHEDULED": "", "SCHEDULED DEPLOYING": "", "SCHEDULED CANCELED": "", "DEPLOYING INITIALIZING": "",
		"INITIALIZING RUNNING": "", "RUNNING FINISHED": "", "RUNNING CANCELING": "", "CANCELING CANCELED": "", "RUNNING FAILED": ""}
	vendor := regexp.MustCompile(`,0x([0-9A-F]+),([^,]*),,,,0$`)
	glErr := regexp.MustCompile(`\{errno=(\d+)\}, \{error=(.*)\}\]$`)
	glClient := regexp.MustCompile(`\] 0-(\S+): (?:Connected to (\S+),|disconnected from (\S+)\.)`)
	eap := regexp.MustCompile(`EAP type: (\d+) \((\w+)\)$`)
	comm := regexp.MustCompile(`comm="([^"]+)" exe="([^"]+)"`)
	lustre := regexp.MustCompile(`: (\S+)-(?:osc|mdc)-ffff[0-9a-f]+: (?:Connection to|Connection restored to|This client was evicted by) (\S+?)[; ]`)
	loaded := regexp.MustCompile(`^Loaded (\S+) from homeassistant\.components\.(\S+)$`)
	platform := regexp.MustCompile(`\[homeassistant\.components\.(\w+)\] (?:Setup of|Timed out adding entities for domain) (\w+)`)
	amq := regexp.MustCompile(`tcp://(\S+?)[ )].* \| ActiveMQ Transport: tcp:///(\S+)@\d+$`)
	errnos := map[string]string{"2": "No such file or directory", "13": "Permission denied", "107": "Transport endpoint is not connected", "116": "Stale file handle"}
	eaps := map[string]string{"25": "PEAP", "13": "TLS", "21": "TTLS"}
	checkPairs(t, holdout6Families(), holdout6Seed, []string{"trace", "subtask", "vendor", "errno", "client", "eap", "comm", "lustre", "amq", "loaded", "platform"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := trace.FindStringSubmatch(c); m != nil {
			steps := step.FindAllStringSubmatch(m[2], -1)
			ok := strconv.Itoa(len(steps)) == m[3]
			for _, s := range steps {
				ok = ok && s[1] == m[1]
			}
			check("trace", ok)
		}
		if m := subtask.FindStringSubmatch(c); m != nil {
			sub, _ := strconv.Atoi(m[1])
			par, _ := strconv.Atoi(m[2])
			_, next := flinkNext[m[3]+" "+m[4]]
			check("subtask", sub >= 1 && sub <= par && next)
		}
		if m := vendor.FindStringSubmatch(c); m != nil && f.name == "WinDhcp" {
			b, err := hex.DecodeString(m[1])
			check("vendor", err == nil && string(b) == m[2])
		}
		if m := glErr.FindStringSubmatch(c); m != nil {
			check("errno", errnos[m[1]] == m[2])
		}
		if m := glClient.FindStringSubmatch(line); m != nil && f.name == "GlusterFS" {
			check("client", m[1] == m[2]+m[3])
		}
		if m := eap.FindStringSubmatch(c); m != nil {
			check("eap", eaps[m[1]] == m[2])
		}
		if m := comm.FindStringSubmatch(c); m != nil && f.name == "Auditd" {
			check("comm", strings.HasSuffix(m[2], "/"+m[1]) || strings.HasPrefix(filepath.Base(m[2]), m[1]))
		}
		if m := lustre.FindStringSubmatch(c); m != nil {
			check("lustre", m[1] == m[2])
		}
		if m := amq.FindStringSubmatch(line); m != nil {
			check("amq", m[1] == m[2])
		}
		if m := loaded.FindStringSubmatch(c); m != nil {
			check("loaded", m[1] == m[2])
		}
		if m := platform.FindStringSubmatch(line); m != nil {
			check("platform", m[1] == m[2])
		}
	})
}

// Values a seventh held-out line writes twice, or writes together, agree:
// MariaDB's aborted connection id and the thread of its line; a
// ModemManager simple connect step's number and name, and a state change
// that changes the state; the host DisallowedHost quotes and the one it
// suggests; an HTCondor slot's host and its sinful string's alias;
// Logstash's bulk status in the action and the response; a Nomad task
// event's type and message; Kestrel's connection id in its request id;
// Vault's mount point and the path under it; Django's transaction
// statements without parameters.
func TestHoldout7PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	aborted := regexp.MustCompile(`^\S+ +\S+ (\d+) \[Warning\] Aborted connection (\d+) `)
	step := regexp.MustCompile(`simple connect state \((\d+)/10\): (.+)$`)
	state := regexp.MustCompile(`\] (?:3GPP registration )?state changed \((\S+) -> (\S+)\)$`)
	host := regexp.MustCompile(`^Invalid HTTP_HOST header: '([^']*)'\. You may need to add '([^']*)'`)
	slot := regexp.MustCompile(`slot\S*@(\S+) <[^>]*&alias=([^&]+)&`)
	status := regexp.MustCompile(`\{:status=>(\d+), .*"status"=>(\d+), `)
	task := regexp.MustCompile(` type=("[^"]+"|\S+) msg="((?:[^"\\]|\\.)*)" failed=`)
	kestrel := regexp.MustCompile(`Connection id "(\w+)", Request id "(\w+):[0-9A-F]{8}"`)
	vault := regexp.MustCompile(`"request":\{"id":"[^"]+","operation":"\w+","mount_point":"([^"]+)","mount_type":"(\w+)".*?"path":"([^"]+)"`)
	sql := regexp.MustCompile(`\) (BEGIN|COMMIT); args=(.*?); alias=`)
	msgs := map[string]string{"Received": "Task received by client", `"Task Setup"`: "Building Task Directory", "Started": "Task started by client", "Killed": "Task successfully killed"}
	checkPairs(t, holdout7Families(), holdout7Seed, []string{"aborted", "step", "state", "host", "slot", "status", "task", "kestrel", "vault", "sql"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := aborted.FindStringSubmatch(line); m != nil {
			check("aborted", m[1] == m[2])
		}
		if m := step.FindStringSubmatch(c); m != nil {
			n, _ := strconv.Atoi(m[1])
			check("step", n >= 1 && n <= len(mmSteps) && mmSteps[n-1] == m[2])
		}
		if m := state.FindStringSubmatch(c); m != nil {
			check("state", m[1] != m[2])
		}
		if m := host.FindStringSubmatch(c); m != nil {
			check("host", m[1] == m[2] || strings.HasPrefix(m[1], m[2]+":"))
		}
		if m := slot.FindStringSubmatch(c); m != nil {
			check("slot", m[1] == m[2])
		}
		if m := status.FindStringSubmatch(c); m != nil {
			check("status", m[1] == m[2])
		}
		if m := task.FindStringSubmatch(c); m != nil {
			if want, ok := msgs[m[1]]; ok {
				check("task", m[2] == want)
			} else {
				check("task", m[1] != "Restarting" || strings.HasPrefix(m[2], "Task restarting in "))
			}
		}
		if m := kestrel.FindStringSubmatch(c); m != nil {
			check("kestrel", m[1] == m[2])
		}
		if m := vault.FindStringSubmatch(c); m != nil && f.name == "VaultAudit" {
			check("vault", strings.HasPrefix(m[3], m[1]))
		}
		if m := sql.FindStringSubmatch(c); m != nil {
			check("sql", m[2] == "None")
		}
	})
}

// Values an eighth held-out line writes twice, or writes together, agree:
// a DRBD state change changes the state; a Gunicorn worker's own lines
// carry its pid and "Listening at" the master's; CrowdSec's decision bans
// the ip it names; restify's audit message repeats the response's status;
// bunyan's msg of a logged error is the error's message; Wazuh's signal
// number and name; an Ansible banner pads its title to 80 columns.
func TestHoldout8PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	state := regexp.MustCompile(`(\w+)\( (\S+) -> (\S+) \)`)
	gpid := regexp.MustCompile(`^\[[^]]+\] \[(\d+)\] \[\w+\] (?:Booting worker with pid: (\d+)|Worker exiting \(pid: (\d+)\)|Listening at: \S+ \((\d+)\))$`)
	ban := regexp.MustCompile(`by ip (\S+) \(.*\) : \S+ ban on Ip (\S+)"$`)
	audit := regexp.MustCompile(`"statusCode":(\d+),.*"msg":"handled: (\d+)"`)
	errmsg := regexp.MustCompile(`"err":\{"message":"([^"]*)",.*"msg":"([^"]*)"`)
	sig := regexp.MustCompile(`SIGNAL \[\((\d+)\)-\((\w+)\)\]`)
	banner := regexp.MustCompile(`^(?:TASK|PLAY|RUNNING HANDLER) \[.*\] \*+$`)
	sigs := map[string]string{"15": "Terminated", "2": "Interrupt", "1": "Hangup"}
	checkPairs(t, holdout8Families(), holdout8Seed, []string{"state", "pid", "ban", "audit", "err", "signal", "banner"}, func(f family, line, c string, check func(key string, ok bool)) {
		if f.name == "DRBD" {
			for _, m := range state.FindAllStringSubmatch(c, -1) {
				check("state", m[2] != m[3])
			}
		}
		if m := gpid.FindStringSubmatch(line); m != nil {
			check("pid", m[1] == m[2]+m[3]+m[4])
		}
		if m := ban.FindStringSubmatch(c); m != nil {
			check("ban", m[1] == m[2])
		}
		if m := audit.FindStringSubmatch(c); m != nil {
			check("audit", m[1] == m[2])
		}
		if m := errmsg.FindStringSubmatch(c); m != nil {
			check("err", m[1] == m[2])
		}
		if m := sig.FindStringSubmatch(c); m != nil {
			check("signal", sigs[m[1]] == m[2])
		}
		if f.name == "Ansible" && banner.MatchString(c) {
			check("banner", len(c) == 80)
		}
	})
}

// Values a ninth held-out line writes twice, or writes together, agree:
// a Vector component's name and id, a sink's request in its span and
// its error; a Symfony message's values and its
// context's; a bluetoothd errno and its text; a BGP notification's code,
// subcode and description, an OSPF neighbour's change and its event; a
// memcached connection's move between two states; a Puppet property in
// its resource's path and its message; a Grid Engine job in its failure's
// reason, an execd's host in its queue instance.
func TestHoldout9PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	span := regexp.MustCompile(`component_id=(\S+) component_type=\S+ component_name=([^\s}]+)\}`)
	request := regexp.MustCompile(`:request\{request_id=(\d+)\}: .* request_id=(\d+) `)
	route := regexp.MustCompile(`^Matched route "([^"]+)"\. \{"route":"([^"]+)","route_parameters":\{"_route":"([^"]+)"`)
	exc := regexp.MustCompile(`^Uncaught PHP Exception (\S+): "(.*)" at (\S+) line (\d+) \{"exception":"\[object\] \((\S+)\(code: \d+\): (.*) at (\S+):(\d+)\)"\} \[\]$`)
	listener := regexp.MustCompile(`^Notified event "(\S+)" to listener "(\S+)"\. \{"event":"(\S+)","listener":"(\S+)"\}`)
	stmt := regexp.MustCompile(`^Executing statement: (.*) \(parameters: array\{"1":(\d+)\}, types: array\{"1":(\d)\}\) \{"sql":"(.*)","params":\{"1":(\d+)\},"types":\{"1":(\d)\}\}`)
	msgr := regexp.MustCompile(`(?:^Received message |^Message |^)(\S+) (?:\{|handled by |was handled).*"class":"(\S+?)"`)
	errno := regexp.MustCompile(`: ([A-Za-z/ ]+) \((\d+)\)$`)
	notify := regexp.MustCompile(`%NOTIFICATION: .* (\d)/(\d) \((.*)\) \d+ bytes$`)
	ospf := regexp.MustCompile(`^AdjChg: .*: (\S+) -> (\S+) \((\S+)\)$`)
	move := regexp.MustCompile(`^\d+: going from (\w+) to (\w+)$`)
	prop := regexp.MustCompile(`^\(\S+/(\w+)\) (\w+) changed `)
	died := regexp.MustCompile(`^job (\S+) failed on host .* because: job (\S+) died through signal`)
	queue := regexp.MustCompile(`^execd@(\S+) reports running job .* in queue "[^@]+@([^"]+)"`)
	strerr := map[string]string{}
	for _, e := range errnos9 {
		strerr[e[0]] = e[1]
	}
	notes := map[string]string{}
	for _, n := range bgpNotify {
		notes[n[0]+"/"+n[1]] = n[2]
	}
	events := map[string]string{}
	for _, c := range ospfChanges {
		events[c[0]+" "+c[1]] = c[2]
	}
	checkPairs(t, holdout9Families(), holdout9Seed, []string{"span", "request", "route", "exception", "listener", "statement", "messenger", "errno", "notify", "ospf", "move", "property", "job", "queue"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := span.FindStringSubmatch(c); m != nil {
			check("span", m[1] == m[2])
		}
		if m := request.FindStringSubmatch(c); m != nil {
			check("request", m[1] == m[2])
		}
		if f.name == "Symfony" {
			if m := route.FindStringSubmatch(c); m != nil {
				check("route", m[1] == m[2] && m[2] == m[3])
			}
			if m := exc.FindStringSubmatch(c); m != nil {
				check("exception", jsonEsc(m[1]) == m[5] && jsonEsc(m[2]) == m[6] && jsonEsc(m[3]) == m[7] && m[4] == m[8])
			}
			if m := listener.FindStringSubmatch(c); m != nil {
				check("listener", m[1] == m[3] && jsonEsc(m[2]) == m[4])
			}
			if m := stmt.FindStringSubmatch(c); m != nil {
				check("statement", m[1] == m[4] && m[2] == m[5] && m[3] == m[6])
			}
			if m := msgr.FindStringSubmatch(c); m != nil && strings.Contains(c, "Message\\\\") {
				check("messenger", jsonEsc(m[1]) == m[2])
			}
		}
		if m := errno.FindStringSubmatch(c); m != nil && f.name == "Bluetoothd" && m[2] != "1" {
			check("errno", strerr[m[2]] == m[1])
		}
		if m := notify.FindStringSubmatch(c); m != nil {
			check("notify", notes[m[1]+"/"+m[2]] == m[3])
		}
		if m := ospf.FindStringSubmatch(c); m != nil {
			check("ospf", m[1] != m[2] && events[m[1]+" "+m[2]] == m[3])
		}
		if m := move.FindStringSubmatch(c); m != nil && f.name == "Memcached" {
			check("move", m[1] != m[2] && slices.Contains(memcachedNext[m[1]], m[2]))
		}
		if m := prop.FindStringSubmatch(c); m != nil {
			check("property", m[1] == m[2])
		}
		if m := died.FindStringSubmatch(c); m != nil {
			check("job", m[1] == m[2])
		}
		if m := queue.FindStringSubmatch(c); m != nil {
			check("queue", m[1] == m[2])
		}
	})
}

// Values a tenth held-out line writes together agree: Fluentd's error
// class and its message, the worker in its prefix and its field,
// OpenSMTPD's delivery result and its stat, FreeSWITCH's state and call
// state changes (each to a state that follows), the channel a hangup
// names twice and a codec with its rate, samples and bits, an errno and
// its text in Kamailio's lines, a SIP reply's code and its phrase, and an
// error's message at the head of Winston's stack.
func TestHoldout10PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	fluentErr := regexp.MustCompile(`error_class=(\S+) error="(.*)"$`)
	worker := regexp.MustCompile(`^#(\d+) .* worker=(\d+)$`)
	delivery := regexp.MustCompile(` mta delivery .* result="([^"]+)" stat="(.*)"$`)
	cs := regexp.MustCompile(`\) (?:State|Callstate) Change (\S+) -> (\S+)$`)
	hangup := regexp.MustCompile(` (\S+) Hangup (\S+) \[`)
	codec := regexp.MustCompile(`Set Codec \S+ (\w+)/(\d+) \d+ ms (\d+) samples (\d+) bits`)
	errno := regexp.MustCompile(`(?:error reading: (.+) \((\d+)\) \(|errno=(\d+) \((.+)\)$|connection\((\d+)\): (.+)$)`)
	sip := regexp.MustCompile(`ds_ping_reply_callback\(\): \S+: (\d+) \((.+)\)$`)
	stack := regexp.MustCompile(`"message":"(.*)","stack":"(?:Type)?Error: (.*?)\\n`)
	classes, results, strerr := map[string]string{}, map[string]string{}, map[string]string{}
	for _, e := range fluentdErrors {
		classes[e[0]+" "+e[1]] = "ok"
	}
	for _, e := range smtpdResults {
		results[e[0]+" "+e[1]] = "ok"
	}
	for _, e := range errnos10 {
		strerr[e[0]] = e[1]
	}
	next := map[string]bool{}
	for _, c := range append(append([][2]string{}, channelStates...), callStates...) {
		next[c[0]+" "+c[1]] = true
	}
	codecs := map[string]bool{"PCMU 8000 160 64000": true, "PCMA 8000 160 64000": true, "opus 48000 960 0": true, "G722 8000 320 64000": true, "G729 8000 160 8000": true}
	phrases := map[string]string{"408": "Request Timeout", "503": "Service Unavailable", "404": "Not Found", "480": "Temporarily Unavailable"}
	checkPairs(t, holdout10Families(), holdout10Seed, []string{"fluent", "worker", "delivery", "state", "hangup", "codec", "errno", "sip", "stack"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := fluentErr.FindStringSubmatch(c); m != nil && f.name == "Fluentd" {
			check("fluent", classes[m[1]+" "+m[2]] == "ok")
		}
		if m := worker.FindStringSubmatch(c); m != nil && f.name == "Fluentd" {
			check("worker", m[1] == m[2])
		}
		if m := delivery.FindStringSubmatch(c); m != nil {
			check("delivery", results[m[1]+" "+m[2]] == "ok")
		}
		if m := cs.FindStringSubmatch(c); m != nil {
			check("state", next[m[1]+" "+m[2]])
		}
		if m := hangup.FindStringSubmatch(c); m != nil {
			check("hangup", m[1] == m[2])
		}
		if m := codec.FindStringSubmatch(c); m != nil {
			check("codec", codecs[m[1]+" "+m[2]+" "+m[3]+" "+m[4]])
		}
		if m := errno.FindStringSubmatch(c); m != nil && f.name == "Kamailio" {
			switch {
			case m[2] != "":
				check("errno", strerr[m[2]] == m[1])
			case m[3] != "":
				check("errno", strerr[m[3]] == m[4])
			default:
				check("errno", strerr[m[5]] == m[6])
			}
		}
		if m := sip.FindStringSubmatch(c); m != nil {
			check("sip", phrases[m[1]] == m[2])
		}
		if m := stack.FindStringSubmatch(c); m != nil {
			check("stack", m[1] == m[2])
		}
	})
}

// Values an eleventh held-out line writes twice are the same value: Kafka
// Connect's connector and task in its context and its task's id, Bacula's
// job id, linkerd's endpoint and error in the span, the message and its
// sources, Samba's user and the user it maps to; a sensor's unit is its
// own; an operator's parameter is one of that operator's.
func TestHoldout11PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	task := regexp.MustCompile(`^\[([\w-]+)\|task-(\d+)\] (?:Worker\w+Task\{id=|Creating task |Error encountered in task |\[Consumer clientId=connector-consumer-)([\w-]+)-(\d+)[}., ]`)
	job := regexp.MustCompile(`^JobId (\d+): Start Backup JobId (\d+),`)
	ep := regexp.MustCompile(`endpoint\{addr=(\S+)\}: linkerd_reconnect: Failed to connect error=endpoint (\S+): (.*) error\.sources=\[(.*)\]$`)
	req := regexp.MustCompile(`request failed error=(.*) error\.sources=\[(.*)\]$`)
	auth := regexp.MustCompile(`(?:user \[\w*\]\\\[([\w-]+)\] at .* mapped to \[\w*\]\\\[([\w-]+)\]|Authentication for user \[([\w-]+)\] -> \[([\w-]+)\])`)
	unit := regexp.MustCompile(`^'([^']+)': Sending state \S+ (\S*) with`)
	units := map[string]string{"Living Room Temperature": "°C", "Attic Temperature": "°F", "Relative Humidity": "%", "Pressure": "hPa", "WiFi Signal": "dBm", "PM1 Total Watts": "W",
		"PM1 Volts": "V", "PM1 Total kWh": "kWh", "Vorlauftemperatur HK2": "°C", "pv_phase_1_line_to_neutral_volts": "V", "Uptime": "s", "Spannung A0": "V", "Soil Moisture": "%"}
	op := regexp.MustCompile("Operator `(\\w+)' with parameter `([^']*)' against")
	fixed := map[string]string{"Ge": "5", "DetectSQLi": "", "DetectXSS": "", "Eq": "0", "ValidateByteRange": "1-255"}
	checkPairs(t, holdout11Families(), holdout11Seed, []string{"task", "job", "endpoint", "sources", "user", "unit", "operator"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := task.FindStringSubmatch(c); m != nil {
			check("task", m[1] == m[3] && m[2] == m[4])
		}
		if m := job.FindStringSubmatch(c); m != nil {
			check("job", m[1] == m[2])
		}
		if m := ep.FindStringSubmatch(c); m != nil {
			check("endpoint", m[1] == m[2])
			check("sources", m[3] == m[4])
		} else if m := req.FindStringSubmatch(c); m != nil {
			check("sources", m[1] == m[2])
		}
		if m := auth.FindStringSubmatch(c); m != nil {
			check("user", m[1]+m[3] == m[2]+m[4])
		}
		if m := unit.FindStringSubmatch(c); m != nil {
			check("unit", units[m[1]] == m[2])
		}
		if m := op.FindStringSubmatch(c); m != nil {
			want, ok := fixed[m[1]]
			check("operator", !ok || want == m[2])
		}
	})
}

// Values a twelfth held-out line writes twice agree: the Oracle
// listener's service, SID or command in its connect data and again in its
// event fields, a Vaultwarden response's route with its own method and URI,
// osquery's unixTime with its calendarTime.
func TestHoldout12PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	svc := regexp.MustCompile(`^\((?:CONNECT_DATA=\((?:SERVICE_NAME|SID)=([^)]*)\)\(CID=.*|CONNECT_DATA=\(CID=.*\(SERVICE_NAME=([^)]*)\)\)) \* \(ADDRESS=.*\) \* establish \* ([^*]*) \* \d+$`)
	cmd := regexp.MustCompile(`\(COMMAND=(\w+)\).* \* (\w+) \* 0$`)
	resp := regexp.MustCompile(`^\((\w+)\) (\w+) (\S+) => `)
	routes := map[string]string{}
	for _, r := range vwRoutes {
		routes[r[0]] = r[1] + " " + r[2]
	}
	cal := regexp.MustCompile(`"calendarTime":"([^"]+)","unixTime":(\d+),`)
	checkPairs(t, holdout12Families(), holdout12Seed, []string{"service", "command", "route", "time"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := svc.FindStringSubmatch(c); m != nil {
			check("service", m[1]+m[2] == strings.TrimSpace(m[3]))
		}
		if m := cmd.FindStringSubmatch(c); m != nil {
			check("command", m[1] == m[2])
		}
		if m := resp.FindStringSubmatch(c); m != nil && f.name == "Vaultwarden" {
			check("route", routes[m[1]] == m[2]+" "+m[3])
		}
		if m := cal.FindStringSubmatch(c); m != nil {
			tm, err := time.Parse("Mon Jan _2 15:04:05 2006 MST", m[1])
			check("time", err == nil && strconv.FormatInt(tm.Unix(), 10) == m[2])
		}
	})
}

// Values a thirteenth held-out line writes twice or together agree: Tor's
// bootstrap percent, tag and summary are one phase's; an openHAB item or
// thing changes from one state to another; a CloudTrail record's account,
// bucket and calling service are one throughout; the Windows Installer's
// service names itself twice.
func TestHoldout13PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	boot := regexp.MustCompile(`^Bootstrapped (\d+)% \((\w+)\): (.*)$`)
	phases := map[string][2]string{}
	for _, p := range torPhases {
		phases[p[1]] = [2]string{p[0], p[2]}
	}
	change := regexp.MustCompile(`^(?:Item|Thing) '[^']+' changed from (.*) to (.*?)(?: through \w+)?$`)
	acct := regexp.MustCompile(`"accountId":"(\d+)"`)
	recipient := regexp.MustCompile(`"recipientAccountId":"(\d+)"`)
	bucket := regexp.MustCompile(`"bucketName":"([^"]+)","Host":"([^".]+)\.s3\.`)
	invoked := regexp.MustCompile(`"invokedBy":"([^"]+)".*"sourceIPAddress":"([^"]+)","userAgent":"([^"]+)"`)
	svc := regexp.MustCompile(`Service '(\w+)' \((\w+)\) failed to start`)
	checkPairs(t, holdout13Families(), holdout13Seed, []string{"bootstrap", "change", "account", "bucket", "service"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := boot.FindStringSubmatch(c); m != nil {
			p, ok := phases[m[2]]
			pct, _ := strconv.Atoi(m[1])
			check("bootstrap", ok && p[1] == m[3] && (p[0] == m[1] || m[2] == "loading_descriptors" && pct >= 50 && pct < 75))
		}
		if m := change.FindStringSubmatch(c); m != nil && f.name == "OpenHAB" {
			from, _, _ := strings.Cut(m[1], " (")
			to, _, _ := strings.Cut(m[2], " (")
			check("change", m[1] != m[2] && (strings.HasPrefix(c, "Item") || from != to))
		}
		if r := recipient.FindStringSubmatch(c); r != nil {
			for _, m := range acct.FindAllStringSubmatch(c, -1) {
				check("account", m[1] == r[1])
			}
			if m := bucket.FindStringSubmatch(c); m != nil {
				check("bucket", m[1] == m[2])
			}
			if m := invoked.FindStringSubmatch(c); m != nil && strings.Contains(c, `"type":"AWSService"`) {
				check("service", m[1] == m[2] && m[2] == m[3])
			}
		}
		if m := svc.FindStringSubmatch(c); m != nil {
			check("service", m[1] == m[2])
		}
	})
}

// Values a fourteenth held-out line writes twice or together agree: Open
// MPI's signal name and number are one signal's; a ScyllaDB line's
// sstables are of the table it names; an IIS record's 404 has Win32
// status 2 (file not found).
func TestHoldout14PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	nums := map[string]string{}
	for _, s := range mpiSignals {
		nums[s[0]] = s[1]
	}
	sig := regexp.MustCompile(`(?:Signal: (.+) \((\d+)\)$|exited on signal (\d+) \((.+)\)\.$)`)
	table := regexp.MustCompile(`^(?:\[Compact (\w+)\.(\w+) |Writing large partition (\w+)/(\w+): )`)
	sst := regexp.MustCompile(`/var/lib/scylla/data/(\w+)/(\w+)-[0-9a-f]{32}/`)
	iis := regexp.MustCompile(` 404 (\d+) (\d+) \d+(?: \d+ \d+)?$`)
	checkPairs(t, holdout14Families(), holdout14Seed, []string{"signal", "table", "status"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := sig.FindStringSubmatch(c); m != nil && f.name == "OpenMPI" {
			check("signal", m[1] != "" && nums[m[1]] == m[2] || m[3] != "" && nums[m[4]] == m[3])
		}
		if m := table.FindStringSubmatch(c); m != nil && f.name == "ScyllaDB" {
			ks, tb := m[1]+m[3], m[2]+m[4]
			for _, s := range sst.FindAllStringSubmatch(c, -1) {
				check("table", s[1] == ks && s[2] == tb)
			}
		}
		if m := iis.FindStringSubmatch(c); m != nil && f.name == "IIS" {
			check("status", m[1] == "0" && m[2] == "2")
		}
	})
}

// Values a fifteenth held-out line writes twice or together agree: a
// GStreamer flow return's name and number are one return's; a Firebird
// sweep's counters are ordered (OIT <= OAT <= OST <= Next); a Storm slot's
// transition is one of its state machine's, one topology and worker in
// both halves unless a half is empty; a Concourse worker's dial error
// names the address it dialled; CUPS names a listening address's family.
func TestHoldout15PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	flows := map[string]string{}
	for _, f := range gstFlowReturns {
		flows[f[0]] = f[1]
	}
	trans := map[string]bool{}
	for _, s := range stormSlotStates {
		trans[s[0]+" "+s[1]] = true
	}
	reason := regexp.MustCompile(`^error: streaming stopped, reason (\S+) \((-?\d+)\)$`)
	oit := regexp.MustCompile(`^\tOIT (\d+), OAT (\d+), OST (\d+), Next (\d+)$`)
	state := regexp.MustCompile(`^STATE (\w+) msInState: \d+ topo:(\S+) worker:(\S+) -> (\w+) msInState: \d+ topo:(\S+) worker:(\S+)$`)
	dial := regexp.MustCompile(`"addr":"([^"]+)","error":"dial tcp ([^"]+): connect: `)
	listen := regexp.MustCompile(`^Listening to (\S+) \((\w+)\)$`)
	checkPairs(t, holdout15Families(), holdout15Seed, []string{"flow", "sweep", "slot", "dial", "listen"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := reason.FindStringSubmatch(c); m != nil && f.name == "GStreamer" {
			check("flow", flows[m[1]] == m[2])
		}
		if m := oit.FindStringSubmatch(c); m != nil && f.name == "Firebird" {
			n := make([]int, 4)
			for i := range n {
				n[i], _ = strconv.Atoi(m[i+1])
			}
			check("sweep", n[0] <= n[1] && n[1] <= n[2] && n[2] <= n[3])
		}
		if m := state.FindStringSubmatch(c); m != nil && f.name == "Storm" {
			same := m[2] == m[5] && m[3] == m[6] || m[1] == "EMPTY" && m[2] == "null" || m[4] == "EMPTY" && m[5] == "null"
			check("slot", trans[m[1]+" "+m[4]] && same)
		}
		if m := dial.FindStringSubmatch(c); m != nil && f.name == "Concourse" {
			check("dial", m[1] == m[2])
		}
		if m := listen.FindStringSubmatch(c); m != nil && f.name == "CUPS" {
			check("listen", (m[2] == "Domain") == strings.HasPrefix(m[1], "/"))
		}
	})
}

// Values a sixteenth held-out line writes twice or together agree:
// PgBouncer's login attempt names the database and user of its prefix;
// a Solr line's MDC names the core its content names, and a replica's
// registration the core's collection and shard; avahi's address is of
// the interface's protocol; an IPMI threshold event's reading is on the
// side of the threshold its event says; Robocopy writes an error's number
// again in hex; Prometheus's notifier error names the Alertmanager it
// posted to; a Gitaly call's method, service and full method are one
// RPC's and a failed call's code is its error's, in its field and its
// message; WildFly and cloud-init name a deployment and a module twice
// alike; Maven centres its coordinates and packaging in 72 columns.
func TestHoldout16PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	login := regexp.MustCompile(`^C-\S+: (\S+)/(\S+)@\S+ login attempt: db=(\S+) user=(\S+) `)
	mdc := regexp.MustCompile(`\[c:(\w+) s:(shard\d+) r:core_node\d+ x:(\w+)\] `)
	core := regexp.MustCompile(`(\w+_shard\d+_replica_[nt]\d+)`)
	register := regexp.MustCompile(`^Register replica - core:((\w+)_(shard\d+)_replica_\w+) address:\S+ collection:(\w+) shard:(\w+)$`)
	avahi := regexp.MustCompile(`interface \S+\.(IPv4|IPv6) with address (\S+)\.$`)
	record := regexp.MustCompile(`record for (\S+) on \S+\.(IPv4|\*)\.$`)
	reading := regexp.MustCompile(`\| Reading ([0-9.]+) ([<>]) Threshold ([0-9.]+) `)
	robo := regexp.MustCompile(` ERROR (\d+) \(0x([0-9A-F]{8})\) `)
	notify := regexp.MustCompile(`alertmanager=(\S+) count=\d+ msg="Error sending alert" err="Post \\"(\S+)\\":`)
	rpc := regexp.MustCompile(`"grpc.method":"(\w+)","grpc.request.deadline":"[^"]*","grpc.request.fullMethod":"/([\w.]+)/(\w+)".*"grpc.service":"([\w.]+)"`)
	code := regexp.MustCompile(`^\{(?:"command[^{}]*)?"correlation_id":"\w+",(?:"error":"rpc error: code = (\w+) [^"]*",)?"grpc.code":"(\w+)".*"msg":"finished \w+ call with code (\w+)"`)
	deploy := regexp.MustCompile(`"(\S+)" \(runtime-name ?: "(\S+)"\)$|deployment (\S+) \(runtime-name: (\S+)\)`)
	module := regexp.MustCompile(`^Running module (\S+) \(<module 'cloudinit.config.cc_(\w+)' from '\S+/cc_(\w+).py'>\)`)
	centred := regexp.MustCompile(`^-+(?:< \S+ >|\[ \w+ \])-+$`)
	checkPairs(t, holdout16Families(), holdout16Seed, []string{"login", "mdc", "replica", "address", "reading", "errno", "alertmanager", "rpc", "code", "deployment", "module", "centre"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := login.FindStringSubmatch(c); m != nil && f.name == "PgBouncer" {
			check("login", m[1] == m[3] && m[2] == m[4])
		}
		if f.name == "Solr" {
			if m := core.FindStringSubmatch(c); m != nil {
				h := mdc.FindStringSubmatch(line)
				check("mdc", h != nil && h[3] == m[1] && strings.HasPrefix(m[1], h[1]+"_"+h[2]+"_"))
			}
			if m := register.FindStringSubmatch(c); m != nil {
				check("replica", m[2] == m[4] && m[3] == m[5])
			}
		}
		if f.name == "Avahi" {
			if m := avahi.FindStringSubmatch(c); m != nil {
				check("address", (m[1] == "IPv6") == strings.Contains(m[2], ":"))
			}
			if m := record.FindStringSubmatch(c); m != nil {
				check("address", (m[2] == "*") == strings.Contains(m[1], ":"))
			}
		}
		if m := reading.FindStringSubmatch(c); m != nil && f.name == "IpmiSel" {
			v, _ := strconv.ParseFloat(m[1], 64)
			th, _ := strconv.ParseFloat(m[3], 64)
			check("reading", m[2] == "<" && v < th || m[2] == ">" && v > th)
		}
		if m := robo.FindStringSubmatch(c); m != nil && f.name == "Robocopy" {
			n, _ := strconv.ParseInt(m[2], 16, 64)
			check("errno", strconv.FormatInt(n, 10) == m[1])
		}
		if m := notify.FindStringSubmatch(c); m != nil && f.name == "Prometheus" {
			check("alertmanager", m[1] == m[2])
		}
		if f.name == "Gitaly" {
			if m := rpc.FindStringSubmatch(c); m != nil {
				ok := m[1] == m[3] && m[2] == m[4]
				for _, s := range gitalyRPCs {
					if s[0] == m[2] {
						ok = ok && slices.Contains(s[1:], m[1])
					}
				}
				check("rpc", ok)
			}
			if m := code.FindStringSubmatch(c); m != nil {
				check("code", m[2] == m[3] && (m[1] == "" && m[2] == "OK" || m[1] == m[2]))
			}
		}
		if m := deploy.FindStringSubmatch(c); m != nil && f.name == "WildFly" {
			check("deployment", m[1] == m[2] && m[3] == m[4])
		}
		if m := module.FindStringSubmatch(c); m != nil && f.name == "CloudInit" {
			check("module", strings.ReplaceAll(m[2], "_", "-") == m[1] && m[2] == m[3])
		}
		if f.name == "Maven" && (strings.HasPrefix(c, "--") && strings.ContainsAny(c, "<[")) {
			check("centre", centred.MatchString(c) && len(c) == 72)
		}
	})
}

// Values a seventeenth held-out line writes twice or together agree:
// istiod's debounce counts at least as many events as configs; a Heroku
// router error's desc and status are its code's; Gradle's actionable
// tasks are the executed, cached and up-to-date ones; a Rust service's
// current span is the last of its span list; a WebLogic pool's
// exhaustion names the pool; a CI checkout's directory is its
// repository's and a servlet's context path its module's.
func TestHoldout17PairsAreConsistent(t *testing.T) {
	t.Parallel() // generates a whole set: slow under -race
	codes := map[string]string{}
	for _, e := range herokuRouterErrors {
		codes[e.code] = e.desc + " " + e.status
	}
	debounce := regexp.MustCompile(`^Push debounce stable\[\d+\] (\d+) for config \S+?(?: and (\d+) more configs)?: `)
	code := regexp.MustCompile(`^at=error code=(\w+) desc="([^"]+)" .* status=(\d+) `)
	tasks := regexp.MustCompile(`^(\d+) actionable tasks: (\d+) executed, (?:(\d+) from cache, )?(\d+) up-to-date$`)
	span := regexp.MustCompile(`"span":(\{[^{}]*\}),"spans":\[(\{[^{}]*\})\]\}$`)
	pool := regexp.MustCompile(`^A connection pool (\S+) ran out of connections: Reached maximum capacity of pool "(\S+)"$`)
	repo := regexp.MustCompile(`/home/runner/work/([\w-]+)/([\w-]+)/`)
	servlet := regexp.MustCompile(`module:(\S+) path:/(\S+) `)
	checkPairs(t, holdout17Families(), holdout17Seed, []string{"debounce", "code", "tasks", "span", "pool", "repo", "servlet"}, func(f family, line, c string, check func(key string, ok bool)) {
		if m := debounce.FindStringSubmatch(c); m != nil && f.name == "Istiod" {
			events, _ := strconv.Atoi(m[1])
			more, _ := strconv.Atoi(m[2])
			check("debounce", events >= 1+more)
		}
		if m := code.FindStringSubmatch(c); m != nil && f.name == "Heroku" {
			check("code", codes[m[1]] == m[2]+" "+m[3])
		}
		if m := tasks.FindStringSubmatch(c); m != nil && f.name == "Gradle" {
			n := make([]int, 4)
			for i := range n {
				n[i], _ = strconv.Atoi(m[i+1])
			}
			check("tasks", n[0] == n[1]+n[2]+n[3] && n[1] > 0 && n[3] > 0)
		}
		if m := span.FindStringSubmatch(c); m != nil && f.name == "TracingJSON" {
			check("span", m[1] == m[2])
		}
		if m := pool.FindStringSubmatch(c); m != nil && f.name == "WebLogic" {
			check("pool", m[1] == m[2])
		}
		if m := repo.FindStringSubmatch(c); m != nil && f.name == "Gradle" {
			check("repo", m[1] == m[2])
		}
		if m := servlet.FindStringSubmatch(c); m != nil && f.name == "WebLogic" {
			check("servlet", m[1] == m[2])
		}
	})
}
