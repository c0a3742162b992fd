package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The fifteenth held-out families (issue #14, session 22, h124): software
// that neither testdata/logcorpus, the fourteen held-out sets nor
// Loghub-2k has, each written from how the program writes its lines (real
// lines quoted in the programs' issue trackers or documentation, cited at
// each family) or, where a family says so, from knowledge of the format
// without a source looked up, for a set written blind: its author read no
// miner code and ran no miner on it. They go to testdata/logholdout15 (go
// run ./cmd/loggen -set holdout15); same truth conventions as the corpus
// and the fourteenth set (khanCorrect, one "<*>" per value the program
// fills in, whether empty, one word or several; keys constant and their
// values variables, the message key's value its format string; a name or
// state substituted into a fixed sentence is a value; a list written in a
// loop (a pppd packet's options, a Storm assignment's executors) is one
// value; a line that is all values (an alert log's timestamp line, a
// Firebird entry's host and date, an AIDE entry's flags and path) is its
// constants and its "<*>"s; a program's whole line where it writes no
// header (the Oracle alert log, MinIO's console, AIDE's report, the
// firebird.log, Concourse's JSON) is the content, with its leading
// indentation).
//
//	go run ./cmd/loggen -set holdout15 -out testdata/logholdout15

// holdout15Seed is the fifteenth held-out set's seed.
const holdout15Seed = 73

// stormSlotStates are the transitions of a Storm supervisor's slot state
// machine (org.apache.storm.daemon.supervisor.Slot) as its STATE lines
// print them: from, to.
var stormSlotStates = [][2]string{
	{"EMPTY", "WAITING_FOR_BLOB_LOCALIZATION"}, {"WAITING_FOR_BLOB_LOCALIZATION", "WAITING_FOR_WORKER_START"},
	{"WAITING_FOR_WORKER_START", "RUNNING"}, {"RUNNING", "KILL"}, {"KILL", "EMPTY"}, {"RUNNING", "KILL_AND_RELAUNCH"},
	{"KILL_AND_RELAUNCH", "WAITING_FOR_WORKER_START"}, {"RUNNING", "KILL_BLOB_UPDATE"}, {"KILL_BLOB_UPDATE", "WAITING_FOR_BLOB_UPDATE"},
	{"WAITING_FOR_BLOB_UPDATE", "WAITING_FOR_WORKER_START"},
}

// stormTask is a Storm executor line's component and task.
var stormTask = regexp.MustCompile(` (\S+):\[(\d+)\]$`)

// gstFlowReturns pairs a GStreamer flow return's name with its number
// (gst_flow_get_name(), "reason %s (%d)").
var gstFlowReturns = [][2]string{{"not-linked", "-1"}, {"flushing", "-2"}, {"not-negotiated", "-4"}, {"error", "-5"}, {"not-supported", "-6"}}

func holdout15Families() []family {
	sysDate := func(g *gen) string {
		return fmt.Sprintf("Dec %2d %02d:%02d:%02d", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
	}
	// a lager record of Concourse: its timestamp, level and source
	lager := func(level, source, msg, data string) string {
		return `{"timestamp":"{x15cts}","level":"` + level + `","source":"` + source + `","message":"` + msg + `","data":{` + data + `}}`
	}
	return []family{
		// Oracle Database's alert log (alert_SID.log, 12c and later: a
		// line with the ISO timestamp before each message, the message's
		// lines after it, no header on them; the timestamp's layout
		// written from knowledge, the pages quote the older ctime one):
		// the log switch pair "Thread %d advanced to log sequence %d
		// (%s)" and "  Current log# %d seq# %d mem# %d: %s", "ORA-01555:
		// snapshot too old", "Starting ORACLE instance (normal)" (quoted
		// on relationaldbdesign.com's alert log lessons, "Informational
		// and task termination messages" and "Types of alert log
		// messages"); the archive, checkpoint, resize, interval
		// partition, background process, ORA-1653, ORA-12012, opiodr and
		// the "Fatal NI connect error" block's lines written from
		// knowledge of the format.
		{name: "OracleAlert", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{330, `{x15ots}`},
			{150, `Thread {small} advanced to log sequence {int} ({pick:LGWR switch|LGWR switch|LGWR switch|archive log|manual switch})`},
			{150, `  Current log# {small} seq# {int} mem# {pick:0|0|1}: {x15oredo}`},
			{70, `Archived Log entry {int} added for {x15oarch} ID {hex0x} LAD:{small}`},
			{50, `Beginning log switch checkpoint up to RBA [{x15orba}], SCN: {big}`},
			{50, `Completed checkpoint up to RBA [{x15orba}], SCN: {big}`},
			{40, `Thread {small} cannot allocate new log, sequence {int}`},
			{40, `Checkpoint not complete`},
			{60, `Errors in file {x15otrc}:`},
			{35, `ORA-12012: error on auto execute of job {x15ojob}`},
			{30, `ORA-01555: snapshot too old: rollback segment number {small} with name "{x15ousn}" too small`},
			{20, `ORA-00060: Deadlock detected. More info in file {x15otrc}.`},
			{30, `ORA-1653: unable to extend table {x15otab} by {pick:128|1024|8192} in                 tablespace {x15otbs}`},
			{45, `Resize operation completed for file# {small}, fname {x15odbf}, old size {int}K, new size {int}K`},
			{45, `TABLE {x15otabsys}: ADDED INTERVAL PARTITION {x15opart} ({int}) VALUES LESS THAN ({x15ohv})`},
			{30, `Starting background process {x15oproc}`},
			{30, `{x15oproc} started with pid={int}, OS id={int}`},
			{25, `ALTER SYSTEM SET {x15oparam}={x15oval} SCOPE={pick:BOTH|SPFILE|MEMORY} SID='*';`},
			{10, `Starting ORACLE instance (normal) (OS id: {int})`},
			{30, `opiodr aborting process unknown ospid ({int}) as a result of ORA-{pick:609|28|3113}`},
			{20, `***********************************************************************`},
			{20, `Fatal NI connect error {pick:12170|12170|12537|12547}.`},
			{15, `	TNS for Linux: Version {x15over} - Production`},
			{15, `  Time: {x15otime}`},
			{15, `  Tns error struct:`},
			{15, `    ns main err code: {pick:12535|12537|12547}`},
			{15, `TNS-{pick:12535|12537|12547}: TNS:{pick:operation timed out|connection closed|lost contact}`},
			{15, `    ns secondary err code: {pick:12560|12560|0}`},
			{15, `    nt main err code: {pick:505|507|517}`},
			{15, `  Client address: (ADDRESS=(PROTOCOL=tcp)(HOST={ip})(PORT={port}))`},
		}},
		// Apache Storm's daemon and worker logs (log4j2 "%d{yyyy-MM-dd
		// HH:mm:ss.SSS} %c{1.} %t [%p] %msg": the logger's packages cut
		// to their initials, a slot's thread SLOT_<port>, an executor's
		// Thread-<n>-<component>-executor[<first>, <last>]): the
		// supervisor's "Created Worker ID %s", "Setting up %s:%s", "GET
		// worker-user for %s", "SET worker-user %s %s", "Creating symlinks
		// for worker-id: %s storm-id: %s for files(%d): %s", "Launching
		// worker with assignment LocalAssignment(...)" (quoted in
		// apache/storm issue #7566), "%s still hasn't started" (issue
		// #5266); the slot state, nimbus, executor, netty client and
		// process exit lines written from knowledge of the format.
		{name: "Storm", format: `<Date> <Time> <Logger> <Thread> \[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Created Worker", "o.a.s.d.s.BasicContainer", "SLOT", "INFO"}, {"^Launching worker", "o.a.s.d.s.BasicContainer", "SLOT", "INFO"},
				{"^Worker Process", "o.a.s.d.s.BasicContainer", "SLOT", "INFO"}, {"^Setting up", "o.a.s.d.s.Container", "SLOT", "INFO"},
				{"worker-user", "o.a.s.d.s.Container", "SLOT", "INFO"}, {"^Creating symlinks", "o.a.s.d.s.Container", "SLOT", "INFO"},
				{"^STATE", "o.a.s.d.s.Slot", "SLOT", "INFO"}, {"still hasn't started", "o.a.s.d.s.Slot", "SLOT", "WARN"},
				{"^Received topology", "o.a.s.d.n.Nimbus", "POOL", "INFO"}, {"uploading", "o.a.s.d.n.Nimbus", "POOL", "INFO"},
				{"^Uploading", "o.a.s.d.n.Nimbus", "POOL", "INFO"}, {"^Delaying", "o.a.s.d.n.Nimbus", "POOL", "INFO"},
				{"^Activating spout", "o.a.s.e.s.SpoutExecutor", "EXEC", "INFO"}, {"^Activating", "o.a.s.d.n.Nimbus", "POOL", "INFO"}, {"^Setting new assignment", "o.a.s.d.n.Nimbus", "timer", "INFO"},
				{"^Cleaning up", "o.a.s.d.n.Nimbus", "timer", "INFO"}, {"bolt", "o.a.s.e.b.BoltExecutor", "EXEC", "INFO"},
				{"spout", "o.a.s.e.s.SpoutExecutor", "EXEC", "INFO"}, {"Netty-Client", "o.a.s.m.n.Client", "client-worker-1", "INFO"},
				{"^Async loop", "o.a.s.u.Utils", "EXEC", "ERROR"}, {"^Halting", "o.a.s.u.Utils", "EXEC", "ERROR"},
			}, "o.a.s.d.s.Supervisor", "main", "INFO")
			th := f[1]
			switch th {
			case "SLOT":
				th = "SLOT_" + g.pick("6700", "6701", "6702", "6703")
			case "POOL":
				th = fmt.Sprintf("pool-%d-thread-%d", 10+g.r.IntN(20), 1+g.r.IntN(64))
			case "EXEC": // the executor of the component and task the line names
				comp, task := g.pick("spout", "split", "count", "__acker", "kafka-spout", "hdfs-bolt"), strconv.Itoa(1+g.r.IntN(40))
				if m := stormTask.FindStringSubmatch(c); m != nil {
					comp, task = m[1], m[2]
				}
				th = fmt.Sprintf("Thread-%d-%s-executor[%s, %s]", 10+g.r.IntN(30), comp, task, task)
			}
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d %s %s [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], th, f[2], c)
		}, events: []event{
			{110, `Created Worker ID {uuid}`},
			{110, `Setting up {x15ssup}:{uuid}`},
			{100, `GET worker-user for {uuid}`},
			{100, `SET worker-user {uuid} {pick:storm|storm|stormuser|root}`},
			{100, `Creating symlinks for worker-id: {uuid} storm-id: {x15stopo} for files({small}): [{pick:resources|resources, dependencies|dependencies}]`},
			{100, `Launching worker with assignment LocalAssignment(topology_id:{x15stopo}, executors:[{x15sexecs}], resources:WorkerResources(mem_on_heap:{int}.0, mem_off_heap:0.0, cpu:{int}.0), owner:{pick:storm|stormuser}) for this supervisor {x15ssup} on port {x15sport} with id {uuid}`},
			{60, `Worker Process {uuid} exited with code: {pick:0|1|13|20|137|143}`},
			{180, `STATE {x15sfrom} msInState: {int} topo:{x15sstopo} worker:{x15sworker} -> {x15sto} msInState: {pick:0|0|1|2} topo:{x15sstopo2} worker:{x15sworker2}`},
			{50, `Worker with ID {uuid} still hasn't started`},
			{40, `Received topology submission for {x15sname} (storm-{pick:2.4.0|2.5.0|2.6.2} JDK-{pick:11.0.21|17.0.9|1.8.0_392}) with conf {x15sconf}`},
			{40, `Uploading file from client to {x15sinbox}`},
			{40, `Finished uploading file from client: {x15sinbox}`},
			{30, `Activating {x15sname}: {x15stopo}`},
			{30, `Delaying event :remove for {pick:30|30|10|0} secs for {x15stopo}`},
			{40, `Setting new assignment for topology id {x15stopo}: Assignment(master_code_dir:{pick:/var/storm/nimbus/stormdist|/opt/storm/data/nimbus}, node_host:{x15shosts}, executor_node_port:{x15snodeport}, executor_start_time_secs:{x15sstart}, worker_resources:{x15swres}, owner:{pick:storm|stormuser})`},
			{30, `Cleaning up {x15stopo}`},
			{150, `Preparing bolt {x15sbolt}:[{x15stasks}]`},
			{150, `Prepared bolt {x15sbolt}:[{x15stasks}]`},
			{70, `Opening spout {x15sspout}:[{x15stasks}]`},
			{70, `Opened spout {x15sspout}:[{x15stasks}]`},
			{60, `Activating spout {x15sspout}:[{x15stasks}]`},
			{130, `Reconnect started for Netty-Client-{x15shost}/{ip}:{x15sport}... [{small}]`},
			{60, `connection established to Netty-Client-{x15shost}/{ip}:{x15sport}`},
			{20, `Async loop died!`},
			{15, `Halting process: Worker died`},
		}},
		// Pound's log through syslog ("pound: message", no pid; a
		// thread's lines led by "(%lx)"): LogLevel 2's request lines
		// ("%s %s - %s (%s/%s -> %s) %.3f sec"), LogLevel 3's
		// Apache-style lines with the virtual host first, the "e503 no
		// back-end", "e414", "e501" and "e500" errors, "BackEnd %s dead
		// (killed)" and "BackEnd %s resurrect", the read, copy and flush
		// errors, SSL_accept's failures and the monitor's restart lines,
		// written from knowledge of the format (no source looked up:
		// the searches found Pound's manual pages, not its messages).
		{name: "Pound", format: `<Month> <Day> <Time> <Host> <Component>: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%s %s pound: %s", sysDate(g), g.pick("lb1", "lb2", "proxy-dmz"), c)
		}, events: []event{
			{700, `{ip} {x15preq} - {x15presp} ({x15pvhost}/{x15psvc} -> {x15pbe}) {x15psec} sec`},
			{300, `{x15pvhost} {ip} - {optuser} [{nginxtime}] "{x15preq}" {status} {x15pbytes} "{referer}" "{agent}"`},
			{110, `({x15ptid}) e503 no back-end "{x15preq}" from {ip} {x15pvhost}`},
			{40, `({x15ptid}) e414 headers: request URI too long`},
			{50, `({x15ptid}) e501 bad request "{x15pbad}" from {ip}`},
			{80, `({x15ptid}) e500 for {ip} response error read from {x15pbe}/{x15preq}: {pick:Connection reset by peer|Connection timed out|Broken pipe} ({x15psec} secs)`},
			{120, `({x15ptid}) backend {x15pbe} connect: {pick:Connection refused|Connection refused|No route to host|Connection timed out}`},
			{80, `BackEnd {x15pbe} dead (killed)`},
			{70, `BackEnd {x15pbe} resurrect`},
			{110, `({x15ptid}) error read from {ip}: {pick:Connection reset by peer|Connection timed out}`},
			{80, `({x15ptid}) error copy server cont: {pick:Connection reset by peer|Broken pipe}`},
			{70, `({x15ptid}) error flush to {ip}: {pick:Broken pipe|Connection reset by peer}`},
			{60, `({x15ptid}) SSL_accept: {x15pssl} from {ip}`},
			{15, `MONITOR: worker exited normally {pick:0|1}, restarting...`},
			{15, `MONITOR: worker exited on signal {pick:6|9|11}, restarting...`},
		}},
		// pppd's log through syslog ("pppd[pid]: message"): "pppd %s
		// started by %s, uid %d", "Using interface %s", "Connect: %s <-->
		// %s", "Overriding mtu %d to %d", "Overriding mru %d to mtu value
		// %d", "LCP: timeout sending Config-Requests", "Terminating on
		// signal %d", "Connection terminated.", "Exit.", "Plugin %s
		// loaded.", "RADIUS plugin initialized." (quoted in ppp-project/ppp
		// issue #556), the debug packet lines "sent [LCP ConfReq id=0x39
		// <asyncmap 0x0> <magic 0xeedf8a51> <pcomp> <accomp>]" and "rcvd
		// [...]", "sent [LCP EchoReq id=0x0 magic=0x3e9f050f]" (issues #14
		// and #347), "LCP terminated by peer" (issue #83); the
		// authentication, address, script, statistics and hangup lines
		// written from knowledge of pppd's messages (ipcp.c, auth.c,
		// main.c). A packet's protocol, code and options are values, its
		// "id=" a constant of the printer.
		{name: "Pppd", format: `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%s %s pppd[%d]: %s", sysDate(g), g.pick("gw-lte", "router", "vpn-gw", "rpi-modem"), 300+g.r.IntN(30000), c)
		}, events: []event{
			{40, `pppd {pick:2.4.9|2.5.0|2.5.1} started by {pick:root|root|dip}, uid {pick:0|0|1000}`},
			{40, `Using interface {x15pif}`},
			{50, `Connect: {x15pif} <--> {x15ptty}`},
			{25, `Overriding mtu 1500 to {pick:1363|1400|1452}`},
			{25, `Overriding mru 1500 to mtu value {pick:1363|1400|1452}`},
			{40, `LCP: timeout sending Config-Requests`},
			{260, `sent [{x15pproto} {pick:ConfReq|ConfReq|ConfAck|ConfNak|ConfRej} id={x15pid} {x15popts}]`},
			{260, `rcvd [{x15pproto} {pick:ConfReq|ConfReq|ConfAck|ConfNak|ConfRej} id={x15pid} {x15popts}]`},
			{110, `sent [LCP {pick:EchoReq|EchoReq|EchoRep} id={x15pid} magic={x15pmagic}]`},
			{110, `rcvd [LCP {pick:EchoRep|EchoRep|EchoReq} id={x15pid} magic={x15pmagic}]`},
			{30, `rcvd [LCP TermReq id={x15pid}]`},
			{30, `LCP terminated by peer`},
			{50, `{pick:PAP|CHAP} authentication succeeded`},
			{15, `{pick:PAP|CHAP} authentication failed`},
			{50, `local  IP address {ip}`},
			{50, `remote IP address {ip}`},
			{40, `primary   DNS address {ip}`},
			{40, `secondary DNS address {ip}`},
			{20, `Could not determine remote IP address: defaulting to 10.64.64.64`},
			{40, `Script {pick:/etc/ppp/ip-up|/etc/ppp/ip-down|/etc/ppp/ipv6-up} finished (pid {pid}), status = 0x{pick:0|0|1}`},
			{40, `Terminating on signal {pick:15|15|2|1}`},
			{40, `Connect time {x15pmin} minutes.`},
			{40, `Sent {big} bytes, received {big} bytes.`},
			{40, `Connection terminated.`},
			{30, `Modem hangup`},
			{25, `No response to {pick:3|4|5} echo-requests`},
			{25, `Serial link appears to be disconnected.`},
			{40, `Exit.`},
			{30, `Plugin {pick:pppol2tp.so|radius.so|radattr.so|rp-pppoe.so} loaded.`},
			{20, `{pick:RADIUS|RADATTR} plugin initialized.`},
		}},
		// Concourse's web and worker logs (lager JSON, one record a line:
		// "timestamp" RFC 3339 with nanoseconds, "level", "source" the
		// component, "message" the session's dotted task name, "data" the
		// task's fields, nested where a field is a structure): the
		// tracker, scanner, radar, collectors, TSA heartbeats, the
		// worker's beacon and baggageclaim and garden tasks, written from
		// knowledge of the format (no source looked up: the searches found
		// nothing of Concourse's). The message is the format string; every
		// data value is a value.
		{name: "Concourse", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: jsonValues("message", []event{
			{150, lager("info", "atc", "atc.tracker.track.start", `"session":"{x15csess}"`)},
			{150, lager("info", "atc", "atc.tracker.track.done", `"session":"{x15csess}"`)},
			{140, lager("{pick:info|debug}", "atc", "atc.pipelines.radar.scan-resource.interval-runner.tick.check.start", `"pipeline":"{x15cpipe}","resource":"{x15cres}","session":"{x15csess}","team":"{x15cteam}"`)},
			{120, lager("{pick:info|debug}", "atc", "atc.pipelines.radar.scan-resource.interval-runner.tick.check.finish", `"pipeline":"{x15cpipe}","resource":"{x15cres}","session":"{x15csess}","team":"{x15cteam}"`)},
			{60, lager("error", "atc", "atc.pipelines.radar.failed-to-run-scan-resource", `"error":"{x15cerr}","pipeline":"{x15cpipe}","session":"{x15csess}","team":"{x15cteam}"`)},
			{90, lager("info", "atc", "atc.build-tracker.track.start", `"build":{int},"job":"{x15cjob}","pipeline":"{x15cpipe}","session":"{x15csess}","team":"{x15cteam}"`)},
			{60, lager("info", "atc", "atc.build-tracker.track.finished", `"build":{int},"job":"{x15cjob}","pipeline":"{x15cpipe}","session":"{x15csess}","status":"{pick:succeeded|succeeded|failed|errored|aborted}","team":"{x15cteam}"`)},
			{30, lager("info", "atc", "atc.container-collector.run.start", `"session":"{x15csess}"`)},
			{25, lager("info", "atc", "atc.volume-collector.run.start", `"session":"{x15csess}"`)},
			{20, lager("info", "atc", "atc.build-collector.run.start", `"session":"{x15csess}"`)},
			{50, lager("info", "atc", "atc.container-collector.run.done", `"destroyed":{small},"session":"{x15csess}"`)},
			{160, lager("info", "tsa", "tsa.connection.channel.forward-worker.heartbeat.start", `"remote":"{ipport}","session":"{x15csess}","worker-address":"{x15cwaddr}","worker-platform":"linux","worker-tags":"{pick:||gpu|arm64}"`)},
			{160, lager("info", "tsa", "tsa.connection.channel.forward-worker.heartbeat.reached-worker", `"baggageclaim-took":"{x15ctook}","garden-took":"{x15ctook}","remote":"{ipport}","session":"{x15csess}"`)},
			{40, lager("error", "tsa", "tsa.connection.channel.forward-worker.heartbeat.failed-to-reach-worker", `"error":"{x15cerr}","remote":"{ipport}","session":"{x15csess}"`)},
			{50, lager("error", "worker", "worker.beacon-runner.beacon.forward-conn.failed-to-dial", `"addr":"{x15ctsa}","error":"{x15cdial}","network":"tcp","session":"{x15csess}"`)},
			{90, lager("info", "baggageclaim", "baggageclaim.api.volume-server.create-volume-async.created-volume", `"handle":"{uuid}","privileged":{pick:false|false|true},"session":"{x15csess}","strategy":{"type":"{pick:import|cow|empty}"}`)},
			{70, lager("info", "guardian", "guardian.create.containerizer-create.finished", `"handle":"{uuid}","session":"{x15csess}"`)},
			{40, lager("info", "guardian", "guardian.destroy.finished", `"handle":"{uuid}","session":"{x15csess}"`)},
			{20, lager("info", "atc", "atc.listening", `"debug":"127.0.0.1:8079","http":"0.0.0.0:{pick:8080|8080|80}","https":""`)},
		})},
		// MinIO's console log (a logged error as a block of lines: "API:
		// %s(%s)", "Time: %s", "DeploymentID: %s", "RequestID: %s",
		// "RemoteHost: %s", "UserAgent: %s", "Error: %s" and the call
		// stack, one frame a line "       %d: %s"; the start-up lines):
		// "API: SYSTEM()", "Time: 07:55:37 UTC 04/06/2020", "DeploymentID:
		// ...", "Error: Bucket not found: .minio.sys/buckets", "       1:
		// github.com/minio/minio@/cmd/data-usage.go:69:cmd.runDataUsageInfo()"
		// (quoted in minio/minio issue #9268), the RemoteHost and
		// UserAgent lines (pull request #7712), "API: SYSTEM.grid" and
		// "Waiting for all other servers to be online to format the drives
		// (elapses %ds)" (bitnami/charts issue #25179); the banner, healing
		// and drive lines written from knowledge of the format.
		{name: "MinIO", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{190, `API: {x15mapi}({x15margs})`},
			{40, `API: SYSTEM.{pick:grid|scanner|healing|iam}`},
			{230, `Time: {x15mtime}`},
			{200, `DeploymentID: {uuid}`},
			{120, `RequestID: {x15mreq}`},
			{120, `RemoteHost: {ip}`},
			{100, `Host: {x15mhost}`},
			{100, `UserAgent: {x15mua}`},
			{230, `Error: {x15merr}`},
			{500, `       {small}: {x15mframe}`},
			{60, `Waiting for all other servers to be online to format the drives (elapses {small}s)`},
			{10, `MinIO Object Storage Server`},
			{10, `Copyright: 2015-2026 MinIO, Inc.`},
			{10, `License: GNU AGPLv3 <https://www.gnu.org/licenses/agpl-3.0.html>`},
			{10, `Version: {x15mver} (go{pick:1.22.5|1.23.4} linux/{pick:amd64|arm64})`},
			{10, `Status:         {small} Online, {pick:0|0|1} Offline.`},
			{10, `WebUI: {x15murls}`},
			{10, `Docs: https://min.io/docs/minio/linux/index.html`},
			{15, `Automatically configured API requests per node based on available memory on the system: {int}`},
			{30, `Healing drive '{x15mdrive}' - 'mc admin heal alias/ --verbose' to check the current status.`},
			{40, `Unable to use the drive {x15mnode}{x15mdrive}: {pick:drive not found|drive is faulty|unformatted drive found|drive path full}`},
		}},
		// ejabberd's log (ejabberd.log: "%Y-%m-%d %H:%M:%S.%f+zz:zz
		// [level] <pid>@module:function/arity:line message"): "(%s)
		// Accepted connection %s -> %s", "(tls|%s) Accepted c2s %s
		// authentication for %s by %s backend from %s" (quoted in
		// processone/ejabberd issue #3780), "Start accepting TCP
		// connections at %s for %s" (issue #2813), "Unexpected info: %p"
		// with its Erlang term (issue #3958); the session, failed
		// authentication, s2s, configuration and start lines written from
		// knowledge of the format.
		{name: "Ejabberd", format: `<Date> <Time> \[<Level>\] <Pid>@<Location> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"Accepted connection", "info", "ejabberd_listener:accept/7:273"}, {"Accepted c2s", "info", "ejabberd_c2s:process_auth_result/3:268"},
				{"Failed c2s", "warning", "ejabberd_c2s:process_auth_result/3:275"}, {"Opened c2s", "info", "ejabberd_c2s:process_info/2:256"},
				{"Closing c2s", "info", "ejabberd_c2s:process_terminated/2:303"}, {"inbound s2s", "info", "ejabberd_s2s_in:handle_auth_success/4:198"},
				{"outbound s2s", "warning", "ejabberd_s2s_out:process_closed/2:157"}, {"Start accepting", "info", "ejabberd_listener:init/3:162"},
				{"Unexpected info", "warning", "ejabberd_c2s:process_info/2:250"}, {"configuration", "info", "ejabberd_config:load/1:82"},
				{"Configuration", "info", "ejabberd_config:load/1:94"}, {"is started", "info", "ejabberd_app:start/2:63"},
				{"Stopping", "info", "ejabberd_app:prep_stop/1:86"}, {"Reopening", "info", "ejabberd_logger:reopen_log/0:112"},
			}, "info", "ejabberd_app:start/2:63")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%06d+00:00 [%s] <0.%d.0>@%s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), f[0], 100+g.r.IntN(900), f[1], c)
		}, events: []event{
			{420, `({x15epid}) Accepted connection {x15eaddr} -> {x15elocal}`},
			{260, `({pick:tls|tls|tcp}|{x15epid}) Accepted c2s {pick:SCRAM-SHA-1|SCRAM-SHA-1|PLAIN|SCRAM-SHA-256} authentication for {x15ejid} by {pick:mnesia|sql|ldap} backend from {x15eip}`},
			{90, `({pick:tls|tcp}|{x15epid}) Failed c2s {pick:PLAIN|SCRAM-SHA-1} authentication for {x15ejid} from {x15eip}: {pick:Invalid username or password|Invalid username or password|Account disabled|Malformed request}`},
			{250, `({pick:tls|tls|tcp}|{x15epid}) Opened c2s session for {x15ejid}/{x15eres}`},
			{230, `({pick:tls|tls|tcp}|{x15epid}) Closing c2s session for {x15ejid}/{x15eres}: {pick:Connection failed: connection closed|Stream reset by peer|Connection failed: connection timed out|Replaced by new connection|Socket closed}`},
			{80, `({pick:tls|tcp}|{x15epid}) Accepted inbound s2s {pick:SASL EXTERNAL|dialback} authentication: {x15edom} -> {x15edom} ({x15eip})`},
			{80, `Failed to establish outbound s2s connection {x15edom} -> {x15edom}: {pick:DNS lookup failed: non-existing domain|Connection failed: connection refused|Connection failed: connection timed out|Stream closed by peer: host-unknown}; bouncing for {pick:60|120|300} seconds`},
			{40, `Start accepting {pick:TCP|TCP|TLS} connections at {x15elisten} for {pick:ejabberd_c2s|ejabberd_s2s_in|ejabberd_http|mod_proxy65_stream|ejabberd_service}`},
			{40, `Unexpected info: {x15eterm}`},
			{15, `Loading configuration from {pick:/opt/ejabberd/conf/ejabberd.yml|/etc/ejabberd/ejabberd.yml}`},
			{15, `Configuration loaded successfully`},
			{12, `ejabberd {pick:23.10|24.02|24.12} is started in the node {pick:ejabberd@localhost|ejabberd@xmpp1|ejabberd@chat} in {x15esecs}s`},
			{8, `Stopping ejabberd {pick:23.10|24.02|24.12}`},
			{10, `Reopening log files`},
		}},
		// Node-RED's log ("%d %b %H:%M:%S - [level] message", a node's
		// lines led by "[type:name]", the start-up settings aligned in
		// columns): "[mqtt-broker:%s] Connected to broker: %s@%s", "Node-RED
		// version: %s", "Node.js  version: %s", "Loading palette nodes",
		// "Settings file  : %s", "Context store  : 'default'
		// [module=memory]", "User directory : %s", "Server now running at
		// %s", "Flows file     : %s", "Starting flows", "Started flows"
		// (quoted in coldfire84/node-red-alexa-home-skill-v3-web issue #89
		// and node-red/node-red pull request #1358), the dashes,
		// "[node-red/rpi-gpio] Info : Ignoring Raspberry Pi specific node",
		// "Projects disabled : set editorTheme.projects.enabled=true to
		// enable" (zuhito/node-red-contrib-mqtt-broker issue #15,
		// node-red/node-red issue #1518); the disconnection, node error
		// and deploy lines written from knowledge of the format.
		{name: "NodeRED", format: `<Day> <Month> <Time> - \[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"Connection failed", "error"}, {"Disconnected", "info"}, {"Error", "error"}, {"----", "warn"}, {"Ignoring", "warn"},
				{"Projects disabled", "warn"}, {"Encrypted credentials", "warn"}, {"Missing node", "warn"}, {"^[function:", "error"}, {"^[http request:", "error"}, {"^[exec:", "error"}}, "info")
			return fmt.Sprintf("%d Dec %02d:%02d:%02d - [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], c)
		}, events: []event{
			{260, `[mqtt-broker:{x15nbroker}] Connected to broker: {x15nclient}@mqtt://{x15nhost}`},
			{150, `[mqtt-broker:{x15nbroker}] Disconnected from broker: {x15nclient}@mqtt://{x15nhost}`},
			{130, `[mqtt-broker:{x15nbroker}] Connection failed to broker: {x15nclient}@mqtt://{x15nhost}`},
			{300, `[{pick:function|function|function|http request|exec|change}:{x15nnode}] {x15nerr}`},
			{60, `Node-RED version: v{x15nver}`},
			{60, `Node.js  version: v{pick:18.20.4|20.18.1|22.11.0|16.20.2}`},
			{60, `Linux {pick:6.6.51+rpt-rpi-v8|6.1.0-28-amd64|5.15.0-126-generic} {pick:arm64|x64|arm} LE`},
			{60, `Loading palette nodes`},
			{60, `Settings file  : {x15ndir}/settings.js`},
			{50, `Context store  : '{pick:default|file}' [module={pick:memory|localfilesystem}]`},
			{60, `User directory : {x15ndir}`},
			{60, `Flows file     : {x15ndir}/{pick:flows.json|flows_raspberrypi.json|flows_nodered.json}`},
			{60, `Server now running at http://127.0.0.1:1880/`},
			{90, `Starting flows`},
			{90, `Started flows`},
			{40, `Stopping flows`},
			{40, `Stopped flows`},
			{50, `Starting modified {pick:nodes|flows}`},
			{50, `Started modified {pick:nodes|flows}`},
			{40, `------------------------------------------------------`},
			{30, `[{pick:node-red/rpi-gpio|node-red/tail|node-red-node-serialport/serialport}] Info : Ignoring Raspberry Pi specific node`},
			{40, `Projects disabled : set editorTheme.projects.enabled=true to enable`},
			{20, `Encrypted credentials not found`},
			{25, `Dashboard version {pick:3.6.5|3.6.0|2.30.0} started at /ui`},
		}},
		// AIDE's report (aide --check or --update through cron, no
		// header): "Start timestamp: %s (AIDE %s)", "AIDE found
		// differences between database and filesystem!!", "New AIDE
		// database written to %s", "Summary:", the counts aligned in
		// columns, the rows of dashes and section titles, "File: %s" and
		// its attributes with the hashes' continuation lines (quoted in
		// aide/aide issues #78, #95 and #128), the database's attributes
		// (issue #184); the layouts as src/report_plain.c writes them
		// (the summary's "\t%li" counts, the headline's "%s:" with a
		// title written at the call site, an entry's "%s: %s" with its
		// change summary and a detail's "%s: " with its file type: one
		// template; an attribute's " %-*s%c %-*.*s| %.*s", its name and
		// old value padded, "End timestamp: %s (run time: %ldm %lds)");
		// the change summaries' letters and the NO differences line
		// written from knowledge of the format.
		{name: "AIDE", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{40, `Start timestamp: {x15adate} (AIDE {pick:0.18.6|0.17.4|0.16.2})`},
			{30, `AIDE found differences between database and filesystem!!`},
			{10, `AIDE found NO differences between database and filesystem. Looks okay!!`},
			{25, `New AIDE database written to {pick:/var/lib/aide/aide.db.new.gz|/var/lib/aide/aide.db.new}`},
			{30, `Summary:`},
			{30, `  Total number of entries:	{int}`},
			{30, `  Added entries:		{int}`},
			{30, `  Removed entries:		{int}`},
			{30, `  Changed entries:		{int}`},
			{150, `---------------------------------------------------`},
			{25, `Added entries:`},
			{20, `Removed entries:`},
			{30, `Changed entries:`},
			{30, `Detailed information about changes:`},
			{25, `The attributes of the (uncompressed) database(s):`},
			{360, `{x15aflags}: {x15apath}`},
			{200, `{pick:File|File|File|Directory|Link}: {x15apath}`},
			{340, ` {x15aattr}: {x15aold}| {x15anew}`},
			{140, `             {x15ahashold}| {x15ahash}`},
			{40, ` {x15adbattr}: {x15ab64}`},
			{15, `             {x15ab64}`},
			{30, `End timestamp: {x15adate} (run time: {small}m {int}s)`},
			{15, `AIDE successfully initialized database.`},
			{15, `Number of entries:	{int}`},
		}},
		// CUPS's error_log ("L [%d/%b/%Y:%H:%M:%S %z] message", L the
		// level's letter, a job's lines led by "[Job %d]", a client's by
		// "[Client %d]"): "[Job %d] Started backend %s (PID %d)", "[Job
		// %d] recoverable: Unable to connect to printer; will retry in 30
		// seconds...", "[Job %d] Canceled by \"%s\"." (quoted in
		// apple/cups issue #4568), "Listening to %s (%s)", "Loaded
		// configuration file \"%s\"", "Using default TempDir of %s...",
		// "Configured for up to %d clients.", "Allowing up to %d client
		// connections per host.", "Using policy \"%s\" as the default.",
		// "Full reload is required.", "Loaded MIME database from ...: %d
		// types, %d filters..." (issue #2460), "Loading printer %s...",
		// "load_ppd: Loading %s...", "cupsdRegisterPrinter(p=%p(%s))",
		// "Loading job cache file \"%s\"...", "[Job %d] Loading from
		// cache..." (OpenPrinting/cups issue #206); the filter, status,
		// queue, IPP and shutdown lines written from knowledge of the
		// format.
		{name: "CUPS", format: `<Level> \[<Timestamp>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"recoverable", "E"}, {"stopped with status", "E"}, {"Unable", "E"}, {"not responding", "E"}, {"stopped due to", "I"},
				{"exited with no errors", "D"}, {"Loading from cache", "D"}, {"banner", "D"}, {"Returning IPP", "D"}, {"Loading printer", "D"},
				{"load_ppd", "D"}, {"cupsdRegister", "D"}, {"Saving", "D"}, {"Expiring", "D"}}, "I")
			return fmt.Sprintf("%s [%02d/Dec/2026:%02d:%02d:%02d +0000] %s", f[0], 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), c)
		}, events: []event{
			{120, `[Job {int}] Started backend {x15ubackend} (PID {pid})`},
			{140, `[Job {int}] Started filter {x15ufilter} (PID {pid})`},
			{110, `[Job {int}] recoverable: Unable to connect to printer; will retry in {pick:30|30|10} seconds...`},
			{60, `[Job {int}] Canceled by "{user}".`},
			{90, `[Job {int}] Queued on "{x15uprinter}" by "{user}".`},
			{80, `[Job {int}] File of type {x15umime} queued by "{user}".`},
			{80, `[Job {int}] Job completed.`},
			{50, `[Job {int}] Job stopped due to filter errors; please consult the error_log file for details.`},
			{30, `[Job {int}] Job stopped due to backend errors; please consult the error_log file for details.`},
			{60, `[Job {int}] PID {pid} ({x15ufilter}) stopped with status {pick:1|2|13|22}.`},
			{120, `[Job {int}] PID {pid} ({x15ufilter}) exited with no errors.`},
			{70, `[Job {int}] Loading from cache...`},
			{60, `[Job {int}] Adding start banner page "{pick:none|standard|classified}".`},
			{40, `[Job {int}] The printer is not responding.`},
			{200, `[Client {int}] Returning IPP {pick:successful-ok|successful-ok|successful-ok|client-error-not-found|client-error-not-possible|server-error-busy} for {pick:Get-Jobs|Print-Job|Create-Job|Get-Printer-Attributes|Get-Printer-Attributes|Cancel-Job|CUPS-Get-Printers} ({x15uuri}) from {x15uhost}.`},
			{40, `Listening to {x15ulisten} ({x15ufam})`},
			{15, `Loaded configuration file "{pick:/etc/cups/cupsd.conf}"`},
			{15, `Using default TempDir of {pick:/var/spool/cups/tmp}...`},
			{15, `Configured for up to {pick:100|100|500} clients.`},
			{15, `Allowing up to {pick:100|100|10} client connections per host.`},
			{15, `Using policy "{pick:default|default|authenticated}" as the default.`},
			{15, `Full reload is required.`},
			{15, `Loaded MIME database from "{pick:/usr/share/cups/mime}" and "{pick:/etc/cups}": {pick:81|84|79} types, {pick:115|118|112} filters...`},
			{50, `Loading printer {x15uprinter}...`},
			{40, `load_ppd: Loading {x15uppd}...`},
			{40, `cupsdRegisterPrinter(p={x15uptr}({x15uprinter}))`},
			{15, `Loading job cache file "{pick:/var/cache/cups/job.cache}"...`},
			{40, `Saving job.cache...`},
			{30, `Expiring subscriptions...`},
			{20, `Scheduler shutting down {pick:normally|due to SIGTERM}.`},
		}},
		// GStreamer's debug log (GST_DEBUG to stderr: the running time,
		// the pid, the thread, the level padded to seven, the category
		// padded to twenty, then "file:line:function:<object> message",
		// the object empty where a line has none): "configured latency of
		// %" GST_TIME_FORMAT, the state changes of gstbin.c and
		// gstelement.c, "creating segment event ...", "pausing after
		// gst_pad_push() = %s", "error: Internal data stream error.",
		// "error: streaming stopped, reason %s (%d)", "posting message:
		// %s", "posted error message: %s", "Task going to paused" (quoted
		// in thaytan/gst-rpicamsrc issues #69 and #76, ionorg/ion-sdk-go
		// issue #63, v4l2loopback/v4l2loopback issue #174 and
		// awslabs/amazon-kinesis-video-streams-producer-sdk-cpp issue #193
		// with "setting stream lock %p on task %p" and "created task %p");
		// the sink's dropped-buffer warnings and rtspsrc's errors written
		// from knowledge of the format. The file, line, function and
		// object are the header's; the message is the content.
		{name: "GStreamer", format: `<Elapsed> <Pid> <Thread> <Level> <Category> <File>:<Line>:<Function>:<Object> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^configured latency", "INFO", "bin", "gstbin.c:2798:gst_bin_do_latency_func", "<pipeline0>"},
				{"^current ", "INFO", "GST_STATES", "gstbin.c:2521:gst_bin_element_set_state", "E"},
				{"changing state asynchronously", "INFO", "GST_STATES", "gstbin.c:2975:gst_bin_change_state_func", "<pipeline0>"},
				{"^completed state change", "INFO", "GST_STATES", "gstelement.c:2419:gst_element_continue_state", "E"},
				{"^notifying about", "INFO", "GST_STATES", "gstelement.c:2324:_priv_gst_element_state_changed", "E"},
				{"successfully", "INFO", "GST_STATES", "gstbin.c:2969:gst_bin_change_state_func", "<pipeline0>"},
				{"^committing state", "INFO", "GST_STATES", "gstelement.c:2394:gst_element_continue_state", "E"},
				{"gst_pad_push", "INFO", "basesrc", "gstbasesrc.c:3038:gst_base_src_loop", "S"},
				{"gst_base_src_get_range", "INFO", "basesrc", "gstbasesrc.c:2743:gst_base_src_loop", "S"},
				{"^error: Internal", "WARN", "basesrc", "gstbasesrc.c:3127:gst_base_src_loop", "S"},
				{"^error: streaming", "WARN", "basesrc", "gstbasesrc.c:3127:gst_base_src_loop", "S"},
				{"^posting message", "INFO", "GST_ERROR_SYSTEM", "gstelement.c:2235:gst_element_message_full_with_details", "S"},
				{"^posted error", "INFO", "GST_ERROR_SYSTEM", "gstelement.c:2262:gst_element_message_full_with_details", "S"},
				{"^Task going", "INFO", "task", "gsttask.c:368:gst_task_func", "P"},
				{"^setting stream lock", "INFO", "task", "gsttask.c:456:gst_task_set_lock", ""},
				{"^created task", "INFO", "GST_PADS", "gstpad.c:5998:gst_pad_start_task", "P"},
				{"format(s)", "INFO", "v4l2", "gstv4l2object.c:1198:gst_v4l2_object_fill_format_list", "<v4l2src0:src>"},
				{"^probed caps", "INFO", "v4l2", "gstv4l2object.c:4238:gst_v4l2_object_probe_caps", "<v4l2src0:src>"},
				{"^no such pad", "INFO", "GST_ELEMENT_PADS", "gstelement.c:917:gst_element_get_static_pad", ""},
				{"^creating segment", "INFO", "GST_EVENT", "gstevent.c:889:gst_event_new_segment", ""},
				{"sticky events", "WARN", "GST_PADS", "gstpad.c:4285:gst_pad_push_event_unchecked", "P"},
				{"warning:", "WARN", "basesink", "gstbasesink.c:3143:gst_base_sink_is_too_late", "<autovideosink0-actual-sink-xvimage>"},
				{"resource", "WARN", "rtspsrc", "gstrtspsrc.c:6161:gst_rtspsrc_loop_udp", "<rtspsrc0>"},
			}, "INFO", "GST_INIT", "gst.c:586:init_pre", "")
			obj := f[3]
			switch obj {
			case "E":
				obj = "<" + g.value("x15gelem") + ">"
			case "S":
				obj = "<" + g.pick("src", "v4l2src0", "rpicamsrc0", "videotestsrc0", "fakesrc0", "udpsrc0") + ">"
			case "P":
				obj = "<" + g.pick("src", "v4l2src0", "fakesrc1", "queue0") + ":src>"
			}
			var th string
			if g.r.IntN(5) == 0 {
				th = fmt.Sprintf("%016X", 0x1FDED000000+g.r.Int64N(0xFFFFFF)) // Windows prints the pointer without 0x
			} else {
				th = fmt.Sprintf("%#x", 0x55d000000000+g.r.Int64N(0xfffffffff))
			}
			return fmt.Sprintf("%d:%02d:%02d.%09d %5d %14s %-7s %20s %s:%s %s", 0, g.r.IntN(10), g.r.IntN(60), g.r.IntN(1000000000), 300+g.r.IntN(30000), th, f[0], f[1], f[2], obj, c)
		}, events: []event{
			{110, `configured latency of {x15gclock}`},
			{140, `current {x15gstate} pending {x15gstate}, desired next {x15gstate}`},
			{110, `child '{x15gelem}' is changing state asynchronously to {x15gstate}`},
			{150, `completed state change to {x15gstate}`},
			{200, `notifying about state-changed {x15gstate} to {x15gstate} ({x15gstate} pending)`},
			{120, `child '{x15gelem}' changed state to {small}({x15gstate}) successfully`},
			{100, `committing state from {x15gstate} to {x15gstate}, pending {x15gstate}, next {x15gstate}`},
			{60, `pausing after gst_pad_push() = {pick:not-linked|not-negotiated|flushing|eos}`},
			{40, `pausing after gst_base_src_get_range() = {pick:error|eos|flushing}`},
			{70, `error: Internal data stream error.`},
			{70, `error: streaming stopped, reason {x15greason} ({x15gcode})`},
			{60, `posting message: {x15gmsg}`},
			{60, `posted error message: {x15gmsg}`},
			{70, `Task going to paused`},
			{70, `setting stream lock {x15gptr} on task {x15gptr}`},
			{70, `created task {x15gptr}`},
			{40, `got {small} format(s):`},
			{40, `probed caps: {x15gcaps}`},
			{50, `no such pad '{pick:sink|src|video_0|audio_0}' in element "{x15gelem}"`},
			{150, `creating segment event {pick:time|bytes} segment start={x15gclock}, offset={x15gclock}, stop={x15gclock}, rate={pick:1.000000|1.000000|2.000000}, applied_rate=1.000000, flags=0x{pick:00|00|01}, time={x15gclock}, base={x15gclock}, position {x15gclock}, duration {x15gclock}`},
			{60, `could not send sticky events`},
			{40, `warning: A lot of buffers are being dropped.`},
			{40, `warning: There may be a timestamping problem, or this computer is too slow.`},
			{30, `error: Could not read from resource.`},
			{20, `error: Could not open resource for reading and writing.`},
		}},
		// Firebird's firebird.log (each entry its host and the date,
		// tab-separated, then its lines indented with a tab, entries
		// parted by blank lines, which a collector drops): "%s\t%s",
		// "\tSweep is started by %s", "\tDatabase \"%s\"", "\tOIT %d, OAT
		// %d, OST %d, Next %d", "\tSweep is finished", "\tINET/inet_error:
		// read errno = %d, client host = %s, address = %s/%d, user = %s"
		// (quoted in FirebirdSQL/firebird issue #7661), "\tShutting down
		// the server with %d active connection(s) to %d database(s), %d
		// active service(s)", "\tError during sweep:", "\tconnection
		// shutdown" (issue #5050), "\tGuardian starting: \"%s\"",
		// "\tModifying procedure %s which is currently in use by active
		// user requests", "\tINET/inet_error: select in packet_receive
		// errno = %d" (issue #3711); the send and connect errors, the
		// consistency check, authentication and detach lines written from
		// knowledge of the format.
		{name: "Firebird", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{600, `{x15fhost}	{x15fdate}`},
			{260, `	INET/inet_error: read errno = {pick:10054|10054|104|10060}, client host = {x15fclient}, address = {ip}/{port}, user = {x15fuser}`},
			{60, `	INET/inet_error: send errno = {pick:10054|104|32}`},
			{40, `	INET/inet_error: connect errno = {pick:10061|111}`},
			{40, `	INET/inet_error: select in packet_receive errno = {pick:10093|10038}`},
			{110, `	Sweep is started by {pick:SYSDBA|SWEEPER|SWEEPER}`},
			{160, `	Database "{x15fdb}"`},
			{160, `	OIT {x15foit}, OAT {x15foat}, OST {x15fost}, Next {x15fnext}`},
			{90, `	Sweep is finished`},
			{40, `	Shutting down the server with {small} active connection(s) to {small} database(s), {pick:0|0|1} active service(s)`},
			{40, `	Error during sweep:`},
			{40, `	connection shutdown`},
			{25, `	Guardian starting: "{pick:C:\Program Files\Firebird\Firebird_2_5\bin\fbserver.exe|C:\Program Files\Firebird\Firebird_3_0\firebird.exe}"`},
			{30, `	Modifying procedure {x15fproc} which is currently in use by active user requests`},
			{60, `	Authentication error`},
			{60, `	No matching plugins on server`},
			{30, `	REMOTE INTERFACE/gds__detach: Unsuccesful detach from database.`},
			{30, `	Uncommitted work may have been lost.`},
			{25, `	internal Firebird consistency check ({pick:decompression overran buffer|cannot find record back version|wrong record length|page in use during flush}{x15fbug}, file: {pick:sqz.cpp|vio.cpp|dpm.epp|cch.cpp} line: {int})`},
		}},
	}
}

func (g *gen) holdout15(kind string) (string, bool) {
	r := g.r
	switch kind {
	case "x15ots":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%06d+00:00", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x15oredo":
		return g.pick("/u01/app/oracle/oradata/ORCL/redo0"+strconv.Itoa(1+r.IntN(3))+".log", "+DATA/ORCL/ONLINELOG/group_"+strconv.Itoa(1+r.IntN(4))+"."+strconv.Itoa(256+r.IntN(20))+".1098765432",
			"+RECO/ORCL/ONLINELOG/group_"+strconv.Itoa(1+r.IntN(4))+".301.1098765433"), true
	case "x15oarch":
		return fmt.Sprintf("B-1098765432.T-%d.S-%d", 1+r.IntN(2), 1000+r.IntN(9000)), true
	case "x15otrc":
		return fmt.Sprintf("/u01/app/oracle/diag/rdbms/orcl/ORCL/trace/ORCL_%s_%d.trc", g.pick("j000", "j001", "ora", "ora", "m000", "cjq0", "mmon"), 1000+r.IntN(60000)), true
	case "x15ojob":
		return g.pick(`"SYS"."ORA$AT_OS_OPT_SY_`+strconv.Itoa(1000+r.IntN(9000))+`"`, `"APP"."PURGE_SESSIONS_JOB"`, strconv.Itoa(1+r.IntN(500)), `"SYS"."ORA$AT_SA_SPC_SY_`+strconv.Itoa(1000+r.IntN(9000))+`"`), true
	case "x15ousn":
		return fmt.Sprintf("_SYSSMU%d_%d$", 1+r.IntN(20), 1000000000+r.IntN(999999999)), true
	case "x15otab":
		return g.pick("SCOTT.EMP", "APP.ORDERS_HIST", "APP.AUDIT_TRAIL", "SYS.AUD$", "DWH.FACT_SALES"), true
	case "x15otbs":
		return g.pick("USERS", "APP_DATA", "SYSAUX", "DWH_TS"), true
	case "x15odbf":
		return g.pick("/u01/app/oracle/oradata/ORCL/sysaux01.dbf", "/u01/app/oracle/oradata/ORCL/users01.dbf", "+DATA/ORCL/DATAFILE/app_data.271.1098765440",
			"/u02/oradata/ORCL/undotbs01.dbf"), true
	case "x15otabsys":
		return g.pick("SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY", "SYS.WRI$_OPTSTAT_HISTGRM_HISTORY", "AUDSYS.AUD$UNIFIED", "APP.EVENTS_LOG"), true
	case "x15opart":
		return "SYS_P" + strconv.Itoa(1000+r.IntN(90000)), true
	case "x15ohv":
		return fmt.Sprintf("TO_DATE(' 2026-12-%02d 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')", 1+r.IntN(28)), true
	case "x15orba":
		return fmt.Sprintf("0x%x.%x.%x", 0x400+r.IntN(0x800), r.IntN(0x20000), 0x10), true
	case "x15oproc":
		return g.pick("SMCO", "W000", "W001", "CJQ0", "QM02", "MMNL", "J000"), true
	case "x15oparam":
		return g.pick("db_cache_size", "processes", "log_archive_dest_state_2", "job_queue_processes", "undo_retention"), true
	case "x15oval":
		return g.pick("'500M'", "1500", "'ENABLE'", "20", "3600"), true
	case "x15over":
		return g.pick("19.0.0.0.0", "21.0.0.0.0", "12.2.0.1.0"), true
	case "x15otime":
		return fmt.Sprintf("%02d-DEC-2026 %02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true

	case "x15ssup":
		return g.value("uuid") + "-" + g.value("ip"), true
	case "x15stopo": // a topology's id: its name, a counter, its submission time
		return fmt.Sprintf("%s-%d-%d", g.pick("wordcount", "clickstream", "fraud-detect", "PradarLogTopology", "enrich"), 1+r.IntN(30), 1764800000+r.IntN(900000)), true
	case "x15sname":
		return g.pick("wordcount", "clickstream", "fraud-detect", "PradarLogTopology", "enrich"), true
	case "x15sexecs":
		n := 1 + r.IntN(4)
		s := make([]string, n)
		for i := range s {
			t := 1 + r.IntN(40)
			s[i] = fmt.Sprintf("ExecutorInfo(task_start:%d, task_end:%d)", t, t)
		}
		return strings.Join(s, ", "), true
	case "x15sport":
		return g.pick("6700", "6701", "6702", "6703"), true
	case "x15sfrom": // a slot's transition (stormSlotStates): from, then to; one topology and worker in both halves
		t := stormSlotStates[r.IntN(len(stormSlotStates))]
		g.h15[0] = t[1]
		g.h15[1] = g.value("x15stopo")
		g.h15[2] = g.value("uuid")
		g.h15[4], g.h15[5] = g.h15[1], g.h15[2]
		if t[0] == "EMPTY" {
			g.h15[1], g.h15[2] = "null", "null"
		}
		if t[1] == "EMPTY" {
			g.h15[4], g.h15[5] = "null", "null"
		}
		return t[0], true
	case "x15sto":
		return g.h15[0], true
	case "x15sstopo":
		return g.h15[1], true
	case "x15sworker":
		return g.h15[2], true
	case "x15sstopo2":
		return g.h15[4], true
	case "x15sworker2":
		return g.h15[5], true
	case "x15sconf":
		return fmt.Sprintf("{topology.max.task.parallelism=null, storm.id=%s, topology.workers=%d, topology.acker.executors=%s, topology.debug=%s}", g.value("x15stopo"), 1+r.IntN(8), g.pick("null", "1", "2"), g.pick("false", "true")), true
	case "x15sinbox":
		return "/var/storm/nimbus/inbox/stormjar-" + g.value("uuid") + ".jar", true
	case "x15shost":
		return g.pick("storm-sup-1", "storm-sup-2", "worker3.dc1", "ip-10-0-4-21.ec2.internal"), true
	case "x15shosts":
		return "{" + g.value("x15ssup") + "=" + g.value("x15shost") + "}", true
	case "x15snodeport":
		n := 1 + r.IntN(3)
		s := make([]string, n)
		sup := g.value("x15ssup")
		for i := range s {
			t := 1 + r.IntN(40)
			s[i] = fmt.Sprintf("[%d, %d]=NodeInfo(node:%s, port:[%s])", t, t, sup, g.value("x15sport"))
		}
		return "{" + strings.Join(s, ", ") + "}", true
	case "x15sstart":
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			t := 1 + r.IntN(40)
			s[i] = fmt.Sprintf("[%d, %d]=%d", t, t, 1764800000+r.IntN(900000))
		}
		return "{" + strings.Join(s, ", ") + "}", true
	case "x15swres":
		return fmt.Sprintf("{NodeInfo(node:%s, port:[%s])=WorkerResources(mem_on_heap:%d.0, mem_off_heap:0.0, cpu:%d.0)}", g.value("x15ssup"), g.value("x15sport"), 128*(1+r.IntN(16)), 10*(1+r.IntN(20))), true
	case "x15sbolt":
		return g.pick("split", "count", "__acker", "hdfs-bolt", "__system", "enrich-bolt"), true
	case "x15sspout":
		return g.pick("spout", "kafka-spout", "word-spout", "__system"), true
	case "x15stasks":
		return strconv.Itoa(1 + r.IntN(40)), true

	case "x15preq":
		return g.value("method") + " " + g.value("path") + " " + g.pick("HTTP/1.1", "HTTP/1.1", "HTTP/1.0"), true
	case "x15presp":
		return g.pick("HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 304 Not Modified", "HTTP/1.1 302 Found", "HTTP/1.1 404 Not Found", "HTTP/1.1 500 Internal Server Error", "HTTP/1.0 200 OK"), true
	case "x15pvhost":
		return g.pick("www.example.com", "shop.example.com", "api.example.com", "-", "intranet.example.org:443"), true
	case "x15psvc":
		return g.pick("-", "static", "app", "api-v2", "legacy"), true
	case "x15pbe":
		return fmt.Sprintf("192.168.%d.%d:%s", 10+r.IntN(3), 10+r.IntN(20), g.pick("8080", "8080", "80", "8443", "3000")), true
	case "x15psec":
		return strconv.FormatFloat(r.Float64()*g.pick3(0.05, 1, 30), 'f', 3, 64), true
	case "x15pbytes":
		return g.pick("-", strconv.Itoa(r.IntN(90000))), true
	case "x15ptid":
		return fmt.Sprintf("7f%x", 0x1000000000+r.Int64N(0xfffffffff)), true
	case "x15pbad":
		return g.pick("\\x16\\x03\\x01\\x02", "CONNECT www.google.com:443 HTTP/1.1", "GET /index.php?s=/Index/\\think\\app/invokefunction HTTP/1.1", "PRI * HTTP/2.0", "SSTP_DUPLEX_POST /sra_{BA195980-CD49-458b-9E23-C84EE0ADCD75}/ HTTP/1.1"), true
	case "x15pssl":
		return g.pick("error:1408F10B:SSL routines:ssl3_get_record:wrong version number", "error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown",
			"error:1417A0C1:SSL routines:tls_post_process_client_hello:no shared cipher", "error:14094412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate", "SSL_ERROR_SYSCALL"), true

	case "x15pif":
		return "ppp" + strconv.Itoa(r.IntN(3)), true
	case "x15ptty":
		return g.pick("/dev/ttyUSB0", "/dev/ttyUSB2", "/dev/ttyACM0", "/dev/ttyS1", "/dev/ttyAMA0"), true
	case "x15pid":
		return fmt.Sprintf("0x%x", r.IntN(256)), true
	case "x15pmagic":
		return fmt.Sprintf("0x%x", r.Uint32()), true
	case "x15pproto": // a control protocol, whose options the packet carries (x15popts)
		g.h15[0] = g.pick("LCP", "LCP", "LCP", "IPCP", "IPCP", "CCP", "IPV6CP")
		return g.h15[0], true
	case "x15popts": // a Configure packet's options, printed in a loop
		var all []string
		switch g.h15[0] {
		case "IPCP":
			all = []string{"<compress VJ 0f 01>", "<addr " + g.value("ip") + ">", "<ms-dns1 " + g.value("ip") + ">", "<ms-dns2 " + g.value("ip") + ">"}
		case "CCP":
			all = []string{"<deflate 15>", "<deflate(old#) 15>", "<bsd v1 15>", "<mppe +H -M +S -L -D -C>"}
		case "IPV6CP":
			all = []string{fmt.Sprintf("<addr fe80::%x:%x:%x:%x>", r.IntN(65536), r.IntN(65536), r.IntN(65536), r.IntN(65536))}
		default:
			all = []string{"<asyncmap 0x0>", "<magic " + g.value("x15pmagic") + ">", "<pcomp>", "<accomp>", "<mru " + g.pick("1500", "1600", "1492") + ">", "<auth chap MD5>", "<auth pap>", "<auth eap>"}
		}
		n := 1 + r.IntN(len(all))
		perm := r.Perm(len(all))[:n]
		slices.Sort(perm)
		s := make([]string, n)
		for i, j := range perm {
			s[i] = all[j]
		}
		return strings.Join(s, " "), true
	case "x15pmin":
		return strconv.FormatFloat(r.Float64()*g.pick3(2, 60, 1440), 'f', 1, 64), true

	case "x15cts":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%09dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000000)), true
	case "x15csess":
		n := 1 + r.IntN(5)
		s := make([]string, n)
		for i := range s {
			s[i] = strconv.Itoa(1 + r.IntN(40))
		}
		return strings.Join(s, "."), true
	case "x15cpipe":
		return g.pick("app", "infra", "release", "nightly-tests", "docs-site"), true
	case "x15cres":
		return g.pick("repo", "version", "image", "nightly-timer", "pr", "chart"), true
	case "x15cteam":
		return g.pick("main", "main", "platform", "data"), true
	case "x15cjob":
		return g.pick("unit", "integration", "build-image", "deploy-staging", "lint"), true
	case "x15cerr":
		return jsonEsc(g.pick(`Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
			"checking failed", "no workers satisfying: resource type 'registry-image'", "dial tcp "+g.value("ipport")+": i/o timeout",
			"worker "+g.pick("worker-0", "worker-1")+" not found", "EOF")), true
	case "x15cwaddr":
		return g.pick("127.0.0.1:", "10.0.5.12:") + strconv.Itoa(30000+r.IntN(30000)), true
	case "x15ctook":
		return strconv.FormatFloat(r.Float64()*g.pick3(10, 100, 2000), 'f', 6, 64) + "ms", true
	case "x15ctsa": // the TSA's address, which the line's dial error names (x15cdial)
		g.h15[0] = g.pick("concourse-web:2222", "10.0.5.2:2222", "ci.example.com:2222")
		return g.h15[0], true
	case "x15cdial":
		return "dial tcp " + g.h15[0] + ": connect: " + g.pick("connection refused", "connection refused", "no route to host", "connection timed out"), true

	case "x15mapi":
		return g.pick("SYSTEM", "SYSTEM", "PutObject", "GetObject", "ListObjectsV2", "DeleteObject", "HeadObject", "CompleteMultipartUpload"), true
	case "x15margs":
		if r.IntN(3) == 0 {
			return "", true
		}
		return "bucket=" + g.pick("photos", "backups", "loki-chunks", "mlflow", "velero") + g.pick("", ", object="+g.pick("2026/12/img_"+strconv.Itoa(r.IntN(9999))+".jpg", "fake/chunk/"+g.hexN(16), "index.json")), true
	case "x15mtime":
		return fmt.Sprintf("%02d:%02d:%02d UTC 12/%02d/2026", r.IntN(24), r.IntN(60), r.IntN(60), 1+r.IntN(28)), true
	case "x15mreq":
		return strings.ToUpper(g.hexN(16)), true
	case "x15mhost":
		return g.pick("minio-0.minio.svc.cluster.local:9000", "s3.example.com", "localhost:9000", "10.0.3.17:9000"), true
	case "x15mua":
		return g.pick("MinIO (linux; amd64) minio-go/v7.0.70", "aws-sdk-go/1.55.5 (go1.22.5; linux; amd64)", "Boto3/1.35.0 md/Botocore#1.35.0 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.12.3", "rclone/v1.68.1"), true
	case "x15merr":
		return g.pick("Bucket not found: .minio.sys/buckets", "The specified key does not exist. (cmd.ObjectNotFound)", "Storage resources are insufficient for the write operation (cmd.InsufficientWriteQuorum)",
			"grid: http://minio-0.minio.svc.cluster.local:9000 connecting to ws://minio-3.minio.svc.cluster.local:9000/minio/grid/v1: dial tcp: lookup minio-3.minio.svc.cluster.local on 10.96.0.10:53: no such host (*net.DNSError) Sleeping 1.44s (3) (*fmt.wrapError)",
			"drive not found (*errors.errorString)", "context canceled (*errors.errorString)", "read failed. insufficient number of drives online (cmd.InsufficientReadQuorum)"), true
	case "x15mframe":
		return g.pick("internal/logger/logonce.go:118:logger.(*logOnceType).logOnceIf()", "internal/logger/logonce.go:149:logger.LogOnceIf()", "internal/grid/connection.go:59:grid.gridLogOnceIf()",
			"internal/grid/connection.go:682:grid.(*Connection).connect.func1()", "cmd/data-usage.go:69:cmd.runDataUsageInfo()", "cmd/erasure-object.go:1421:cmd.erasureObjects.putObject()",
			"cmd/object-handlers.go:2123:cmd.objectAPIHandlers.PutObjectHandler()", "net/http/server.go:2171:http.HandlerFunc.ServeHTTP()", "cmd/storage-rest-client.go:151:cmd.(*storageRESTClient).call()"), true
	case "x15mver":
		return g.pick("RELEASE.2026-11-20T22-03-10Z", "RELEASE.2025-04-22T22-12-26Z", "RELEASE.2024-12-18T13-15-44Z"), true
	case "x15murls":
		return fmt.Sprintf("http://%s:%s http://127.0.0.1:%[2]s", g.value("ip"), g.pick("9001", "33445")), true
	case "x15mdrive":
		return g.pick("/data1", "/data2", "/mnt/disk3/minio", "/export/sdb"), true
	case "x15mnode":
		return g.pick("", "http://minio-1.minio.svc.cluster.local:9000", "http://10.0.3.18:9000"), true

	case "x15epid":
		return fmt.Sprintf("<0.%d.%d>", 1000+r.IntN(40000), r.IntN(2000)), true
	case "x15eaddr":
		if r.IntN(2) == 0 {
			return fmt.Sprintf("[::ffff:%s]:%d", g.value("ip"), 1024+r.IntN(64000)), true
		}
		return g.value("ip") + ":" + g.pick("5222", "5223", "5269", "5280", "5443", strconv.Itoa(1024+r.IntN(64000))), true
	case "x15elocal": // the listener's own address
		if r.IntN(2) == 0 {
			return "[::ffff:172.20.0.12]:" + g.pick("5222", "5222", "5223", "5269", "5280", "5443"), true
		}
		return "192.168.178.20:" + g.pick("5222", "5222", "5269", "5280", "5443"), true
	case "x15eip":
		return g.pick("::ffff:"+g.value("ip"), g.value("ip"), g.value("ip6")), true
	case "x15ejid":
		return g.pick(g.value("user"), "V"+strconv.Itoa(100000000+r.IntN(800000000))+"kEfsO", "support", "bot-"+strconv.Itoa(r.IntN(99))) + "@" + g.pick("chat.example.com", "xmpp.example.org", "jb.example.net"), true
	case "x15eres":
		return g.pick("Conversations.x2Lq", "gajim.8F3D2A1C", "Psi+", "mobile-"+g.hexN(8), "Dino.a1b2"), true
	case "x15edom":
		return g.pick("chat.example.com", "xmpp.example.org", "jabber.org", "conference.example.com", "404.city", "disroot.org"), true
	case "x15elisten":
		return g.pick("[::]:5222", "[::]:5269", "0.0.0.0:5280", "[::]:5443", "192.168.56.1:7777"), true
	case "x15eterm":
		return g.pick(`{http,{#Ref<0.893184502.2912157699.`+strconv.Itoa(r.IntN(999999))+`>,{{"HTTP/1.1",200,"OK"},[{"content-length","2"}],<<"{}">>}}}`,
			`{timeout,#Ref<0.1234.5678.`+strconv.Itoa(r.IntN(99999))+`>,ping}`, `{'DOWN',#Ref<0.0.3.`+strconv.Itoa(r.IntN(9999))+`>,process,<0.`+strconv.Itoa(r.IntN(9999))+`.0>,normal}`,
			`{tcp_closed,#Port<0.`+strconv.Itoa(r.IntN(99999))+`>}`), true
	case "x15esecs":
		return strconv.FormatFloat(0.5+r.Float64()*8, 'f', 3, 64), true

	case "x15nbroker":
		return g.pick("local-broker", "b8145b77.fff0f8", "mosquitto", "hivemq-cloud", "local-ampio"), true
	case "x15nclient":
		return g.pick("", "nodered_"+g.hexN(8), "node-red", "ampio-node-red"), true
	case "x15nhost":
		return g.pick("localhost:1883", "mosquitto:1883", "192.168.1.10:1883", "broker.hivemq.com:1883", "mqtt.example.com:8883"), true
	case "x15nnode":
		return g.pick("Parse payload", "set temp", "c3cdc7d4.79c218", "Weather API", "", "Humidifier Living Room", "run backup"), true
	case "x15nerr":
		return g.pick("TypeError: Cannot read properties of undefined (reading 'temperature')", "SyntaxError: Unexpected token u in JSON at position 0",
			"RequestError: connect ECONNREFUSED "+g.value("ip")+":80", "Error: getaddrinfo ENOTFOUND api.openweathermap.org", "Command failed: /usr/bin/rsync -a /data /backup",
			"RequestError: timeout of 60000ms exceeded", "ReferenceError: msgs is not defined (line "+strconv.Itoa(1+r.IntN(40))+", col "+strconv.Itoa(1+r.IntN(30))+")"), true
	case "x15nver":
		return g.pick("4.0.9", "3.1.14", "4.0.5", "2.2.3"), true
	case "x15ndir":
		return g.pick("/home/pi/.node-red", "/data", "/root/.node-red", "/home/nodered/.node-red"), true

	case "x15adate":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x15apath":
		return g.pick("/etc/resolv.conf", "/etc/ld.so.cache", "/root/.ssh/known_hosts", "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease", "/usr/bin/sudo",
			"/etc/passwd", "/etc/shadow", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "/boot/vmlinuz-6.1.0-28-amd64", "/etc/cron.daily/logrotate", "/usr/local/bin/backup.sh"), true
	case "x15aflags": // the entry's type and its attribute summary: added, removed or changed
		t := g.pick("f", "f", "f", "d", "l")
		switch r.IntN(3) {
		case 0:
			return t + strings.Repeat("+", 17), true
		case 1:
			return t + strings.Repeat("-", 17), true
		}
		return t + g.pick(" >b... mc..C..", "   ...    .C..", " = ...  c..C..", "   p.. .c.....", " >b...  c..C.. "), true
	case "x15aattr": // an attribute's name, padded (" %-*s%c %-*.*s| %.*s"); its old and new values (x15aold, x15anew) are of its kind
		a := g.pick("Size", "Perm", "Uid", "Mtime", "Ctime", "Inode", "SHA256", "SHA512", "ACL", "SELinux")
		g.h15[0] = a
		return fmt.Sprintf("%-10s", a), true
	case "x15adbattr":
		return fmt.Sprintf("%-10s", g.pick("MD5", "SHA1", "SHA256", "SHA512", "RMD160", "TIGER", "CRC32", "WHIRLPOOL", "GOST", "STRIBOG256")), true
	case "x15aold", "x15anew": // the old value padded to the column, the new one as it is
		var v string
		switch g.h15[0] {
		case "Size", "Inode":
			v = strconv.Itoa(r.IntN(9999999))
		case "Perm":
			v = g.pick("-rw-r--r--", "-rw-------", "-rwxr-xr-x", "drwxr-xr-x", "-rwsr-xr-x")
		case "Uid":
			v = g.pick("0", "106", "1000", "33")
		case "Mtime", "Ctime":
			v = fmt.Sprintf("2026-12-%02d %02d:%02d:%02d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60))
		case "ACL":
			v = g.pick("A: user::rw-", "A: user::rwx", "A: group::r--", "A: other::---")
		case "SELinux":
			v = g.pick("system_u:object_r:etc_t:s0", "unconfined_u:object_r:ld_so_cach", "system_u:object_r:net_conf_t:s0")
		default:
			v = g.base64N(32)
		}
		if kind == "x15aold" {
			return fmt.Sprintf("%-33s", v), true
		}
		return v, true
	case "x15ahashold":
		return g.base64N(32) + " ", true
	case "x15ahash":
		return g.base64N(32), true
	case "x15ab64":
		return g.base64N(24) + "=", true

	case "x15ubackend":
		return g.pick("/usr/lib/cups/backend/ipp", "/usr/lib/cups/backend/socket", "/usr/lib64/cups/backend/lpd", "/usr/lib/cups/backend/usb", "/usr/lib/cups/backend/dnssd"), true
	case "x15ufilter":
		return g.pick("pdftopdf", "gstoraster", "rastertopclx", "pstops", "foomatic-rip", "rastertoepson", "gziptoany"), true
	case "x15uprinter":
		return g.pick("Xerox-Phaser-6510", "HP_LaserJet_M402", "office-color", "Brother_HL-L2350DW", "label-zebra"), true
	case "x15umime":
		return g.pick("application/pdf", "application/postscript", "image/urf", "text/plain", "application/vnd.cups-raster"), true
	case "x15uuri":
		return g.pick("ipp://localhost/printers/", "ipp://localhost/jobs/", "ipp://print.example.com:631/printers/") + g.value("x15uprinter"), true
	case "x15uhost":
		return g.pick("localhost", "localhost", g.value("ip"), "ws-0142.example.com"), true
	case "x15ulisten": // an address, then its family (x15ufam)
		a := [][2]string{{"127.0.0.1:631", "IPv4"}, {"::1:631", "IPv6"}, {"0.0.0.0:631", "IPv4"}, {"/run/cups/cups.sock", "Domain"}, {"/var/run/cups/cups.sock", "Domain"}}[r.IntN(5)]
		g.h15[0] = a[1]
		return a[0], true
	case "x15ufam":
		return g.h15[0], true
	case "x15uppd":
		return "/var/cache/cups/" + g.value("x15uprinter") + ".data", true
	case "x15uptr":
		return fmt.Sprintf("0x%x", 0x55d251000000+r.Int64N(0xffffff)), true

	case "x15gclock":
		if r.IntN(6) == 0 {
			return "99:99:99.999999999", true
		}
		return fmt.Sprintf("%d:%02d:%02d.%09d", 0, r.IntN(10), r.IntN(60), r.IntN(1000000000)), true
	case "x15gstate":
		return g.pick("NULL", "READY", "PAUSED", "PLAYING", "VOID_PENDING"), true
	case "x15gelem":
		return g.pick("pipeline0", "filesink0", "rpicamsrc0", "v4l2src0", "videoconvert0", "x264enc0", "queue0", "autovideosink0", "rtph264pay0", "udpsink0"), true
	case "x15greason": // a flow return's name, then its number (x15gcode)
		f := gstFlowReturns[r.IntN(len(gstFlowReturns))]
		g.h15[3] = f[1]
		return f[0], true
	case "x15gcode":
		return g.h15[3], true
	case "x15gmsg":
		return g.pick("Internal data stream error.", "Internal data stream error.", "Could not read from resource.", "Resource not found.", "Could not open resource for reading and writing."), true
	case "x15gptr":
		return fmt.Sprintf("%#x", 0x7fd998000000+r.Int64N(0xffffff)), true
	case "x15gcaps":
		return g.pick("video/x-raw, format=(string)UYVY, width=(int)640, height=(int)480, framerate=(fraction)30/1", "video/x-raw, format=(string)YUY2, width=(int)1280, height=(int)720, framerate=(fraction)10/1",
			"image/jpeg, width=(int)1920, height=(int)1080, framerate=(fraction)30/1", "EMPTY"), true

	case "x15fhost":
		return g.pick("SERVER2", "DBSRV01", "fb-prod", "L3S-4", "WIN-7QK2M4RT"), true
	case "x15fdate": // ctime's layout, the weekday the date's (2026-12-01 a Tuesday)
		d := 1 + r.IntN(28)
		return fmt.Sprintf("%s Dec %2d %02d:%02d:%02d 2026", [...]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[d%7], d, r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x15fclient":
		return g.pick("DESKTOP-4F2K9QL", "WS-ACC-03", "xxx", "pos-terminal-12", "localhost"), true
	case "x15fuser":
		return g.pick("jdoe", "Administrator", "SYSTEM", "pos", ""), true
	case "x15fdb":
		return g.pick(`X:\DATA_BASE\GDBASE.FDB`, `D:\DATABASES\ERP.FDB`, "/u1/firebird/db/erp.fdb", "/var/lib/firebird/data/shop.fdb"), true
	case "x15foit": // a sweep's transaction counters: OIT <= OAT <= OST <= Next
		g.h15[4] = strconv.Itoa(200000 + r.IntN(30000000))
		return g.h15[4], true
	case "x15foat", "x15fost", "x15fnext":
		n, _ := strconv.Atoi(g.h15[4])
		if kind == "x15foat" || kind == "x15fnext" {
			n += r.IntN(5000000)
		}
		if kind == "x15fnext" {
			n += 1 + r.IntN(50000)
		}
		g.h15[4] = strconv.Itoa(n)
		return g.h15[4], true
	case "x15fproc":
		return g.pick("RDB$FIX_METADATA", "SP_UPDATE_STOCK", "SP_CALC_TOTALS", "P_AUDIT_INSERT"), true
	case "x15fbug":
		return " (" + g.pick("179", "291", "183", "186") + ")", true
	}
	return "", false
}

// base64N is n characters of base64 text.
func (g *gen) base64N(n int) string {
	const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b := make([]byte, n)
	for i := range b {
		b[i] = a[g.r.IntN(len(a))]
	}
	return string(b)
}
