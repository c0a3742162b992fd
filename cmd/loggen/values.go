package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
)

type gen struct {
	r      *rand.Rand
	acword string    // the candidate program of the line being written (acfound)
	exit   exit      // the main process's end of the line being written (exitcode)
	nodes  int       // the scheduler's node count of the line being written (nodes)
	slms   float64   // the elapsed time of the line being written, rendered and raw (slms4, slelapsed)
	held   string    // the second half of a pair drawn together (rstatus/rstatustext, errno/errtext)
	h3     [2]string // values a third held-out line writes twice (holdout3.go)
	h4     [3]string // values a fourth held-out line writes twice or together (holdout4.go)
	rec4   []string  // values a fourth held-out line writes again inside a message (holdout4.go)
	h5     [3]string // values a fifth held-out line writes twice or together (holdout5.go)
	h6     [4]string // values a sixth held-out line writes twice or together (holdout6.go)
	h7     [4]string // values a seventh held-out line writes twice or together (holdout7.go)
	q8     []string  // the later halves of an eighth held-out line's state changes, in order (holdout8.go)
	h8     [2]string // values an eighth held-out line writes twice (holdout8.go)
	h9     [4]string // values a ninth held-out line writes twice or together (holdout9.go)
	h10    [4]string // values a tenth held-out line writes twice or together (holdout10.go)
	h11    [4]string // values an eleventh held-out line writes twice or together (holdout11.go)
	h12    [4]string // values a twelfth held-out line writes twice or together (holdout12.go)
	h13    [8]string // values a thirteenth held-out line writes twice or together (holdout13.go)
	h14    [6]string // values a fourteenth held-out line writes twice or together (holdout14.go)
	h15    [6]string // values a fifteenth held-out line writes twice or together (holdout15.go)
	h16    [3]string // values a sixteenth held-out line writes twice or together (holdout16.go)
	h17    [4]string // values a seventeenth held-out line writes twice or together (holdout17.go)
}

// histogram writes reasons the way kube-scheduler's FitError.Error() does
// (pkg/scheduler/framework/types.go): each distinct reason once with the
// number of nodes it rejected ("%v %v"), sorted as strings, joined with
// ", ". k of the reasons share the n nodes, each at least one of them
// (k <= n).
func histogram(r *rand.Rand, n int, reasons []string, k int) string {
	k = min(k, n, len(reasons))
	perm := r.Perm(len(reasons))[:k]
	counts := make([]int, k)
	for i := range counts {
		counts[i] = 1
	}
	for left := n - k; left > 0; left-- {
		counts[r.IntN(k)]++
	}
	out := make([]string, k)
	for i, j := range perm {
		out[i] = strconv.Itoa(counts[i]) + " " + reasons[j]
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// exit is how a service's main process ended as systemd reports it
// (src/core/service.c, "Main process exited, code=%s, status=%i/%s"): the
// si_code of its SIGCHLD, and the exit status with the name
// exit_status_to_string() gives it, or the signal with signal_to_string()'s.
type exit struct {
	code, status, name string
}

// exits pairs each status with its name: a process that exited has an
// exit status (libc's and systemd's own: 203/EXEC, 217/USER), one killed
// by a signal the signal, "dumped" when the signal dumps core.
var exits = []exit{
	{"exited", "1", "FAILURE"}, {"exited", "2", "INVALIDARGUMENT"}, {"exited", "3", "NOTIMPLEMENTED"},
	{"exited", "4", "NOPERMISSION"}, {"exited", "5", "NOTINSTALLED"}, {"exited", "6", "NOTCONFIGURED"},
	{"exited", "7", "NOTRUNNING"}, {"exited", "200", "CHDIR"}, {"exited", "203", "EXEC"}, {"exited", "217", "USER"},
	{"killed", "9", "KILL"}, {"killed", "15", "TERM"}, {"killed", "1", "HUP"}, {"killed", "2", "INT"},
	{"dumped", "6", "ABRT"}, {"dumped", "11", "SEGV"}, {"dumped", "7", "BUS"},
}

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }

var (
	users = []string{"alice", "bob", "carol", "dave", "erin", "test", "guest", "oracle", "postgres",
		"git", "ubuntu", "deploy", "news", "cyrus", "www-data", "jenkins", "ftp", "mysql", "nagios", "backup"}
	hosts = []string{"web-01.example.com", "db-2.internal", "cache.prod.example.net", "api.example.org",
		"ip-10-0-3-17.ec2.internal", "worker7.lan", "mail.example.com"}
	containers = []string{"nginx", "app", "redis", "istio-proxy", "sidecar", "migrate", "worker", "envoy"}
	units      = []string{"nginx", "sshd", "docker", "kubelet", "postgresql", "cron", "rsyslog", "containerd", "backup"}
	dbs        = []string{"orders", "users", "billing", "inventory", "analytics", "postgres"}
	tables     = []string{"orders", "users", "payments", "sessions", "line_items", "accounts"}
	apps       = []string{"psql", "pgbench", "orders-api", "metabase", "django"}
	words      = []string{"alpha", "beta", "gamma", "delta", "omega", "kilo", "lima", "sierra"}
	methods    = []string{"GET", "GET", "GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"}
	statuses   = []string{"200", "200", "200", "201", "204", "301", "304", "400", "401", "403", "404", "500", "502", "503"}
	agents     = []string{"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
		"curl/8.5.0", "kube-probe/1.30", "Go-http-client/1.1", "python-requests/2.31.0",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"}
	namespaces = []string{"default", "prod", "kube-system", "monitoring", "payments"}
	levels     = []string{"debug", "info", "info", "warn", "error"}
)

// value returns a random value of slot kind.
func (g *gen) value(kind string) string {
	r := g.r
	if k, ok := strings.CutPrefix(kind, "pick:"); ok {
		return g.pick(strings.Split(k, "|")...)
	}
	if k, ok := strings.CutPrefix(kind, "one:"); ok {
		// one value the program fills in whole, written from parts:
		// literal text and <kind> references ("one:dial tcp <ipport>:
		// connect: connection refused", an error's text); one "<*>" in
		// the truth
		var b strings.Builder
		for {
			i := strings.IndexByte(k, '<')
			j := strings.IndexByte(k[max(i, 0):], '>')
			if i < 0 || j < 0 {
				b.WriteString(k)
				return b.String()
			}
			b.WriteString(k[:i])
			b.WriteString(g.value(k[i+1 : i+j]))
			k = k[i+j+1:]
		}
	}
	if k, ok := strings.CutPrefix(kind, "opt:"); ok { // sometimes empty
		if r.IntN(3) == 0 {
			return ""
		}
		return g.value(k)
	}
	// the kinds each set's families add, asked in this order
	for _, f := range [...]func(*gen, string) (string, bool){
		(*gen).more, (*gen).holdout, (*gen).holdout2, (*gen).holdout3, (*gen).holdout4,
		(*gen).holdout5, (*gen).holdout6, (*gen).holdout7, (*gen).holdout8, (*gen).holdout9,
		(*gen).holdout10, (*gen).holdout11, (*gen).holdout12, (*gen).holdout13, (*gen).holdout14,
		(*gen).holdout15, (*gen).holdout16, (*gen).holdout17,
	} {
		if v, ok := f(g, kind); ok {
			return v
		}
	}
	switch kind {
	case "gotype":
		// the asserted Go type as the runtime prints it (never the
		// dynamic type of the same line: that assertion cannot fail);
		// written here because its braces cannot stand in a {pick:...}
		return g.pick("int", "map[string]interface {}", "[]interface {}")
	case "ip":
		return fmt.Sprintf("%d.%d.%d.%d", 10+r.IntN(200), r.IntN(256), r.IntN(256), 1+r.IntN(254))
	case "ip6":
		return fmt.Sprintf("2001:db8:%x::%x", r.IntN(65536), 1+r.IntN(65535))
	case "port":
		return strconv.Itoa(1024 + r.IntN(64000))
	case "int":
		return strconv.Itoa(r.IntN(5000))
	case "small":
		return strconv.Itoa(1 + r.IntN(9))
	case "big":
		return strconv.Itoa(r.IntN(90000000))
	case "pid":
		return strconv.Itoa(300 + r.IntN(60000))
	case "uid":
		return strconv.Itoa(1000 + r.IntN(500))
	case "float":
		return strconv.FormatFloat(r.Float64()*1000, 'f', 3, 64)
	case "ms":
		return strconv.FormatFloat(r.Float64()*900, 'f', 3, 64)
	case "pct":
		return strconv.FormatFloat(r.Float64()*100, 'f', 1, 64)
	case "dur":
		return g.pick(strconv.Itoa(1+r.IntN(900))+"ms", strconv.FormatFloat(r.Float64()*9, 'f', 3, 64)+"s", strconv.Itoa(1+r.IntN(59))+"µs")
	case "hex8":
		return fmt.Sprintf("%08x", r.Uint32())
	case "hex0x":
		return fmt.Sprintf("0x%08x", r.Uint32())
	case "hexshort":
		return fmt.Sprintf("0x%x", r.IntN(4096))
	case "uuid":
		return fmt.Sprintf("%08x-%04x-%04x-%04x-%012x", r.Uint32(), r.IntN(65536), 0x4000|r.IntN(4096), 0x8000|r.IntN(16384), r.Uint64()&0xffffffffffff)
	case "reqid":
		return fmt.Sprintf("%016x", r.Uint64())
	case "user":
		return g.pick(users...)
	case "optuser": // remote user of an access log: "-" when anonymous
		if r.IntN(4) != 0 {
			return "-"
		}
		return g.pick(users...)
	case "host":
		return g.pick(hosts...)
	case "container":
		return g.pick(containers...)
	case "unit":
		return g.pick(units...)
	case "db":
		return g.pick(dbs...)
	case "table":
		return g.pick(tables...)
	case "app":
		return g.pick(apps...)
	case "word":
		return g.pick(words...)
	case "ns":
		return g.pick(namespaces...)
	case "level":
		return g.pick(levels...)
	case "method":
		return g.pick(methods...)
	case "status":
		return g.pick(statuses...)
	case "agent":
		return g.pick(agents...)
	case "path":
		return g.pick("/api/v1/orders/", "/api/v1/users/", "/static/js/app.", "/healthz", "/api/v2/cart/items/", "/login") +
			g.pick("", strconv.Itoa(r.IntN(100000)), fmt.Sprintf("%x.js", r.Uint32()), "?page="+strconv.Itoa(r.IntN(50)))
	case "file":
		return g.pick("/var/www/html/", "/usr/share/nginx/html/", "/srv/static/") + g.pick("favicon.ico", "robots.txt", "wp-login.php", "img/logo.png", ".env", "apple-touch-icon.png")
	case "fspath":
		return g.pick("/var/lib/app/", "/etc/app/", "/tmp/", "/data/") + g.pick("config.yaml", "cache/"+strconv.Itoa(r.IntN(999))+".bin", "state.json", "upload-"+strconv.Itoa(r.IntN(99999)))
	case "pod":
		return g.pick("web", "api", "orders", "worker", "cart") + "-" + fmt.Sprintf("%x", 0x5000000+r.IntN(0xffffff)) + "-" + g.alnum(5)
	case "deploy":
		return g.pick("web", "api", "orders", "worker", "cart") + "-" + fmt.Sprintf("%x", 0x5000000+r.IntN(0xffffff))
	case "node":
		return g.pick("node-", "ip-10-0-1-", "gke-pool-a-") + strconv.Itoa(1+r.IntN(40))
	case "image":
		return g.pick("docker.io/library/nginx", "ghcr.io/acme/orders", "registry.k8s.io/pause", "quay.io/prometheus/node-exporter") + ":" + g.pick("1.27", "v2.4."+strconv.Itoa(r.IntN(9)), "latest", "3.9")
	case "quoted": // free text inside quotes
		return g.pick("connection reset by peer", "i/o timeout", "no such host", "context deadline exceeded", "EOF", "broken pipe")
	case "reason": // free text, several words
		return g.pick("connection reset by peer", "i/o timeout", "no route to host", "context deadline exceeded", "EOF",
			"TLS handshake timeout", "certificate has expired or is not yet valid")
	case "sql":
		// log_min_duration_statement logs every statement slower than the
		// threshold: an application's whole repertoire, not a handful
		return g.pick("SELECT * FROM orders WHERE id = "+strconv.Itoa(r.IntN(9999)),
			"UPDATE users SET last_login = now() WHERE id = "+strconv.Itoa(r.IntN(9999)),
			"INSERT INTO events (kind, payload) VALUES ('click', '{}')",
			"DELETE FROM sessions WHERE expires < now()",
			"SELECT count(*) FROM line_items WHERE order_id = "+strconv.Itoa(r.IntN(9999)),
			"UPDATE orders SET status = 'shipped' WHERE id = "+strconv.Itoa(r.IntN(9999)),
			"BEGIN", "COMMIT",
			"SELECT u.id, u.email FROM users u JOIN accounts a ON a.user_id = u.id WHERE a.plan = 'pro'",
			"VACUUM ANALYZE payments")
	case "sqlerr":
		return g.pick("Table", "Column") // not used as a slot in truth
	case "key":
		return g.pick("email", "id", "username", "order_id")
	case "keyval":
		return g.pick(fmt.Sprintf("%d", r.IntN(99999)), g.pick(users...)+"@example.com")
	case "class":
		return g.pick("com.acme.orders.OrderService", "com.acme.cart.CartController", "org.example.billing.InvoiceJob", "com.acme.auth.TokenFilter")
	case "javamethod":
		return g.pick("process", "handle", "run", "doFilter", "apply")
	case "thread":
		return g.pick("main", "http-nio-8080-exec-"+strconv.Itoa(1+r.IntN(20)), "pool-"+strconv.Itoa(1+r.IntN(4))+"-thread-"+strconv.Itoa(1+r.IntN(16)), "kafka-producer-network-thread")
	case "pykey":
		return g.pick("user_id", "order", "items", "config", "token", "region")
	case "pyval":
		return g.pick("abc", "", "12a", "None", "n/a", "3.5")
	case "gofile":
		return g.pick("main.go", "server.go", "handler.go", "store.go") + ":" + strconv.Itoa(20+r.IntN(400))
	case "goroutine":
		return strconv.Itoa(1 + r.IntN(5000))
	case "goidx":
		return strconv.Itoa(3 + r.IntN(20))
	case "golen":
		return strconv.Itoa(r.IntN(3))
	case "svc":
		return g.pick("orders", "payments", "catalog", "auth", "cart", "search")
	case "frontend":
		return g.pick("http-in", "https-in", "api_front")
	case "backend":
		return g.pick("web_servers", "api_back", "static")
	case "server":
		return g.pick("web1", "web2", "web3", "api-a", "api-b")
	case "timers":
		return fmt.Sprintf("%d/%d/%d/%d/%d", r.IntN(20), r.IntN(5), r.IntN(3), r.IntN(400), r.IntN(500))
	case "conns":
		return fmt.Sprintf("%d/%d/%d/%d/%d", r.IntN(900), r.IntN(900), r.IntN(200), r.IntN(50), r.IntN(3))
	case "queues":
		return fmt.Sprintf("%d/%d", r.IntN(3), r.IntN(3))
	case "nocookie": // a captured cookie field without "capture cookie"
		return "-"
	case "termstate":
		return g.pick("----", "----", "----", "CD--", "sH--", "SC--", "cD--")
	case "flags":
		return g.pick("-", "-", "-", "UF", "UH", "URX", "UF,URX", "NR", "UT")
	case "upstreamtime":
		return g.pick("-", strconv.Itoa(r.IntN(900)), strconv.Itoa(r.IntN(900)))
	case "proto":
		return g.pick("HTTP/1.1", "HTTP/2", "HTTP/1.1")
	case "iface":
		return g.pick("eth0", "eth1", "ens3", "enp0s31f6", "wlan0")
	case "dev":
		return g.pick("sda1", "sdb2", "nvme0n1p2", "dm-0", "vda1")
	case "comm":
		return g.pick("java", "postgres", "node", "python3", "chrome", "mysqld")
	case "kb":
		return strconv.Itoa(r.IntN(9000000)) + "kB"
	case "signal":
		return g.pick("SEGV", "ABRT", "KILL", "TERM")
	case "exitname":
		return g.pick("FAILURE", "INVALIDARGUMENT", "NOTINSTALLED", "NOPERMISSION")
	case "result":
		return g.pick("exit-code", "signal", "timeout", "core-dump", "oom-kill")
	case "loglvl":
		return g.pick("info", "warn", "error")
	case "regval":
		return fmt.Sprintf("0x%08x", r.Uint32())
	case "dots": // a padding run of dots, as diagnostics print it
		return strings.Repeat(".", 3+r.IntN(10))
	case "okfail":
		return g.pick("passed", "passed", "failed")
	case "group":
		return g.pick("orders-consumer", "billing", "audit-sink", "search-indexer")
	case "topic":
		return g.pick("orders", "payments", "audit", "clicks") + "-" + strconv.Itoa(r.IntN(12))
	case "member":
		return g.pick("consumer-orders-consumer-", "consumer-billing-", "rdkafka-") + g.uuidish()
	case "broker":
		return strconv.Itoa(r.IntN(6))
	case "sentinel":
		return g.pick("mymaster", "cache-primary", "sessions")
	case "list": // a comma-separated list of one to five names
		n := 1 + r.IntN(5)
		s := make([]string, n)
		for i := range s {
			s[i] = g.pick("nginx", "app", "redis", "worker", "db", "cache", "proxy")
		}
		return strings.Join(s, ", ")
	case "nodes": // the scheduler's count of nodes, the same in both halves of its message (samenodes)
		g.nodes = 1 + r.IntN(9)
		return strconv.Itoa(g.nodes)
	case "samenodes":
		return strconv.Itoa(g.nodes)
	case "pairs": // the filter reasons of FailedScheduling: each once, with its node count, sorted
		all := []string{"Insufficient cpu", "Insufficient memory", "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }",
			"node(s) didn't match Pod's node affinity/selector", "node(s) had volume node affinity conflict"}
		return histogram(r, g.nodes, all[:], 1+r.IntN(3))
	case "preemptpairs": // the preemption plugin's reasons, one per node
		return histogram(r, g.nodes, []string{"No preemption victims found for incoming pod", "Preemption is not helpful for scheduling"}, 1+r.IntN(2))
	}
	panic("unknown slot " + kind)
}

func (g *gen) alnum(n int) string {
	const a = "bcdfghjklmnpqrstvwxz2456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = a[g.r.IntN(len(a))]
	}
	return string(b)
}

func (g *gen) uuidish() string {
	return fmt.Sprintf("%08x-%04x-%04x", g.r.Uint32(), g.r.IntN(65536), g.r.IntN(65536))
}

// more slots: composite values written as one variable
func (g *gen) more(kind string) (string, bool) {
	r := g.r
	switch kind {
	// GNU autoconf configure scripts (AC_CHECK_PROG, AC_CHECK_HEADERS,
	// AC_CACHE_CHECK, AC_CHECK_SIZEOF, AC_CHECK_LIB, AC_CONFIG_FILES)
	case "acword": // a candidate of an AC_CHECK_PROGS / AC_CHECK_TOOLS loop
		g.acword = g.pick("gawk", "mawk", "gcc", "cc", "g++", "pkg-config", "ar", "strip", "ranlib", "bison", "flex")
		return g.acword, true
	case "acfound": // what the loop found: the program itself, else "no"
		if g.r.IntN(4) == 0 {
			return "no", true
		}
		return g.acword, true
	case "acheader":
		return g.pick("stdio.h", "stdlib.h", "string.h", "inttypes.h", "stdint.h", "strings.h", "sys/stat.h", "sys/types.h", "unistd.h", "pthread.h", "zlib.h", "openssl/ssl.h"), true
	case "acwhether":
		return g.pick("the C compiler works", "we are cross compiling", "build environment is sane", "make supports nested variables",
			"gcc accepts -g", "byte ordering is bigendian", "make sets $(MAKE)", "the compiler supports GNU C"), true
	case "ctype":
		return g.pick("int", "long", "long long", "void *", "size_t", "off_t", "time_t"), true
	case "acfunc":
		return g.pick("pthread_create", "dlopen", "clock_gettime", "inflate", "SSL_new", "sqrt"), true
	case "aclib":
		return g.pick("pthread", "dl", "rt", "z", "ssl", "m"), true
	case "acfile":
		return g.pick("Makefile", "src/Makefile", "lib/Makefile", "doc/Makefile", "tests/Makefile", "config.h", "libfoo.pc"), true
	case "ipport":
		return g.value("ip") + ":" + g.value("port"), true
	case "nginxtime":
		return fmt.Sprintf("%02d/Dec/2026:%02d:%02d:%02d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "referer":
		return g.pick("-", "-", "https://www.example.com/", "https://shop.example.com/cart"), true
	case "req":
		return g.value("method") + " " + g.value("path") + " HTTP/1.1", true
	case "xff":
		return g.pick("-", g.value("ip")), true
	case "uhost":
		return g.pick("-", g.value("ipport")), true
	case "authority":
		return g.pick("api.example.com", "shop.example.com", "orders.prod.svc.cluster.local:8080"), true
	case "tid":
		return strconv.Itoa(1 + r.IntN(64)), true
	case "hex16":
		return fmt.Sprintf("%016x", r.Uint64()), true
	case "constraint":
		return g.pick(tables...) + g.pick("_pkey", "_email_key", "_order_id_fkey"), true
	case "cmd":
		return g.pick("/usr/bin/systemctl restart nginx", "/bin/ls /root", "/usr/local/bin/backup.sh --full",
			"/usr/bin/apt-get update", "/usr/bin/journalctl -u kubelet -n 200", "/bin/bash"), true
	case "croncmd":
		return g.pick("command -v debian-sa1 > /dev/null && debian-sa1 1 1", "cd / && run-parts --report /etc/cron.hourly",
			"/usr/local/bin/backup.sh", "[ -x /usr/lib/php/sessionclean ] && /usr/lib/php/sessionclean", "/opt/app/bin/rotate"), true
	case "tty":
		return g.pick("pts/"+strconv.Itoa(r.IntN(9)), "ssh", "unknown"), true
	case "unitdesc":
		return g.pick("Daily apt upgrade and clean activities", "Cleanup of Temporary Directories", "OpenBSD Secure Shell server",
			"Session "+strconv.Itoa(r.IntN(900))+" of User "+g.pick(users...), "A high performance web server and a reverse proxy server",
			"Rotate log files", "Docker Application Container Engine"), true
	case "sym":
		return g.pick("ext4_find_entry", "__schedule", "nvme_irq", "tcp_v4_rcv", "kmem_cache_alloc") + fmt.Sprintf("+0x%x/0x%x", r.IntN(512), 512+r.IntN(512)), true
	case "lib":
		return g.pick("libc.so.6", "libpthread-2.31.so", "node", "libjvm.so"), true
	case "hexrange":
		return fmt.Sprintf("%x+%x", 0x7f0000000000+r.Int64N(0xffffffffff), r.IntN(0x200000)), true
	case "audit":
		return fmt.Sprintf("%d.%03d:%d", 1764800000+r.IntN(99999), r.IntN(1000), r.IntN(9999)), true
	case "kreason":
		return g.pick("Adding new member "+g.value("member")+" with group instance id None; client reason: not provided",
			"Leader "+g.value("member")+" re-joining group during Stable; client reason: rebalance failed due to MemberIdRequiredException",
			"removing member "+g.value("member")+" on LeaveGroup; client reason: the consumer is being closed"), true
	case "isr":
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			s[i] = strconv.Itoa(r.IntN(6))
		}
		return strings.Join(s, ","), true
	case "javacall":
		return g.pick("String.length()", "java.util.List.size()", "com.acme.orders.Order.getId()", "java.util.Map.get(Object)"), true
	case "javavar":
		return g.pick("<local1>", "order", "this.repository", "customer.address"), true
	case "ctxpath":
		return g.pick("/api", "/shop"), true
	case "rfc":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "epoch":
		return fmt.Sprintf("%d.%06d", 1764800000+r.IntN(99999), r.IntN(1000000)), true
	case "bogomips":
		return fmt.Sprintf("%d.%02d", 3000+r.IntN(3000), r.IntN(100)), true
	case "mbps":
		return g.pick("10", "100", "1000", "10000"), true
	case "volume":
		return g.pick("config", "secrets", "kube-api-access-"+g.alnum(5), "data"), true
	case "logfmtreason": // logfmt quotes a value only when it needs quotes
		v := g.value("reason")
		if strings.Contains(v, " ") {
			v = `"` + v + `"`
		}
		return v, true
	case "caller":
		return g.pick("server", "api", "http", "store", "db", "cache", "auth", "worker") + "/" + g.value("gofile"), true
	case "exitcode": // systemd: how the process ended, then its status and name (exits)
		g.exit = exits[g.r.IntN(len(exits))]
		return g.exit.code, true
	case "exitstatus":
		return g.exit.status, true
	case "exitname":
		return g.exit.name, true
	case "ngdate":
		return fmt.Sprintf("2026/12/%02d %02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "envoydate":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "hadate":
		return fmt.Sprintf("%02d/Dec/2026:%02d:%02d:%02d.%03d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "alnumid":
		return strings.ToUpper(g.alnum(9)), true
	case "dbparams":
		return "@p0='" + strconv.Itoa(r.IntN(9999)) + "', @p1='" + g.pick(users...) + "'", true
	case "logid":
		return g.pick("1", "2", "3"), true
	}
	return "", false
}
