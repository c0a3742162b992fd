package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The eleventh held-out families (issue #14, session 19, h86): software
// that neither testdata/logcorpus, the ten held-out sets nor Loghub-2k
// has, each written from how the program writes its lines (real lines
// quoted in the programs' issue trackers, cited at each family) or, where
// a family says so, from knowledge of the format without a source looked
// up, for a set written blind: its author read no miner code and ran no
// miner on it. They go to testdata/logholdout11 (go run ./cmd/loggen -set
// holdout11); same truth conventions as the corpus and the tenth set
// (khanCorrect, one "<*>" per value the program fills in, whether empty,
// one word or several; keys constant and their values variables; the
// message key (structlog's "event") holds the format string, with the
// values a program formats into it each one "<*>"; a word written
// literally at the call site stays constant; a name substituted from a
// table (a statistic's name, a hook, a setting's key, a unit) is a value;
// an optional segment a program writes as its own branch gives a template
// with it and one without; a list the program writes in a loop (a rule's
// tags, a Kafka assignment's ids) is one value; the span names of a Rust
// tracing context are constant, their fields' values variables).
//
//	go run ./cmd/loggen -set holdout11 -out testdata/logholdout11

// holdout11Seed is the eleventh held-out set's seed.
const holdout11Seed = 68

func holdout11Families() []family {
	return []family{
		// Neo4j's debug.log ("%d{yyyy-MM-dd HH:mm:ss.SSSZ} %-5p [%c{1.}]
		// [database] message"): the start-up lines "======== Neo4j %s
		// ========", "Starting...", "Bolt enabled on %s.", "Started.",
		// "Remote interface available at %s" (quoted in neo4j/neo4j
		// issue #12010 and PR #8788) and DiagnosticsManager's one
		// "setting=value" line per setting (issue #7608, hetio/hetionet
		// issue #10); the checkpoint, log pruning and rotation, index
		// population, VM pause, availability guard and Bolt connection
		// lines written from knowledge of the format.
		{name: "Neo4j", format: `<Date> <Time> <Level> \[<Component>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"Checkpoint triggered", "INFO", "o.n.k.i.t.l.c.CheckPointerImpl"}, {"Pruned log versions", "INFO", "o.n.k.i.t.l.p.LogPruningImpl"},
				{"Rotated to transaction log", "INFO", "o.n.k.i.t.l.f.TransactionLogFile"}, {"Index population", "INFO", "o.n.k.i.a.i.IndexingService"},
				{"Index creation finished", "INFO", "o.n.k.i.a.i.IndexingService"}, {"Detected VM stop-the-world", "WARN", "o.n.k.i.c.VmPauseMonitorComponent"},
				{"Requirement", "INFO", "o.n.k.a.DatabaseAvailabilityGuard"}, {"is ready", "INFO", "o.n.k.a.DatabaseAvailabilityGuard"},
				{"Fatal error occurred", "ERROR", "o.n.b.t.p.HouseKeeper"}, {"transaction was terminated", "WARN", "o.n.k.i.a.t.KernelTransactions"},
				{"=", "INFO", "o.n.k.i.DiagnosticsManager"},
			}, "INFO", "o.n.s.CommunityBootstrapper")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d+0000 %-5s [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], c)
		}, events: []event{
			{260, `[{x11ndb}] Checkpoint triggered by "{x11nwhy}" @ txId: {x11ntx} checkpoint started...`},
			{250, `[{x11ndb}] Checkpoint triggered by "{x11nwhy}" @ txId: {x11ntx} checkpoint completed in {x11nms}ms. Checkpoint flushed {int} pages ({x11npct}% of total available pages), in {int} IOs. Checkpoint performed with IO limit: {x11nlimit}, paused in total {small} times( {int} millis).`},
			{150, `[{x11ndb}] Pruned log versions {x11nlogv}, last checkpoint was made in version {int}`},
			{110, `[{x11ndb}] Rotated to transaction log [{x11nlog}] version={int}, last transaction in previous log={x11ntx}, rotation took {small} millis, started after {int} millis.`},
			{90, `[{x11ndb}] Index population started: [{x11nindex}]`},
			{80, `[{x11ndb}] Index creation finished for index [{x11nindex}].`},
			{120, `Detected VM stop-the-world pause: {pauseTime={int}, gcTime={int}, gcCount={small}}`},
			{60, `[{x11ndb}] Requirement ` + "`" + `{pick:Database unavailable|Database stopped|Transaction log recovery}` + "`" + ` makes database {x11ndb} unavailable.`},
			{60, `[{x11ndb}] {x11ndb} is ready.`},
			{90, `Fatal error occurred when handling a client connection: [id: {hex0x}, L:/{ip}:7687 {pick:-|!} R:/{ip}:{port}] {x11nbolterr}`},
			{70, `[{x11ndb}] User {x11nuser} transaction was terminated. Reason: {pick:The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. Explicitly terminated by the user.|The transaction has not completed within the specified timeout (db.transaction.timeout). You may want to retry with a longer timeout.}`},
			{300, `{x11nkey}={x11nval}`},
			{25, `======== Neo4j {x11nver} ========`},
			{25, `Starting...`},
			{25, `Bolt enabled on {x11naddr}.`},
			{25, `Started.`},
			{25, `Remote interface available at http://{x11naddr}/`},
		}},
		// Kafka Connect's worker log (connect-log4j.properties: "[%d] %p
		// %X{connector.context}%m (%c:%L)%n"): WorkerSinkTask's
		// "WorkerSinkTask{id=%s} Committing offsets asynchronously using
		// sequence number %d: %s" (quoted in confluentinc/kafka-connect-
		// hdfs issue #225; its Java format "{} Committing offsets: {}" in
		// apache/kafka PR #3662); the source task commit, herder
		// rebalance and assignment, connector and task creation, consumer
		// offset reset, error reporter, task failure and REST access lines
		// written from knowledge of the format.
		{name: "KafkaConnect", format: `\[<Date> <Time>\] <Level> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"Committing offsets asynchronously", "INFO"}, {"uncaught and unrecoverable", "ERROR"}, {"Error encountered in task", "ERROR"},
				{"Rebalance started", "INFO"}, {"failed to commit offsets", "ERROR"}, {"Commit of offsets timed out", "WARN"},
			}, "INFO")
			return fmt.Sprintf("[2026-12-%02d %02d:%02d:%02d,%03d] %s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], c)
		}, events: []event{
			{330, `[{x11kconn}|task-{x11ktask}] WorkerSinkTask{id={x11kconnsame}-{x11ktasksame}} Committing offsets asynchronously using sequence number {int}: {x11koffsets} (org.apache.kafka.connect.runtime.WorkerSinkTask:353)`},
			{200, `[{x11kconn}|task-{x11ktask}] WorkerSourceTask{id={x11kconnsame}-{x11ktasksame}} Committing offsets for {int} acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask:233)`},
			{130, `[{x11kconn}|task-{x11ktask}] WorkerSourceTask{id={x11kconnsame}-{x11ktasksame}} Either no records were produced by the task since the last offset commit, or every record has been filtered out by a transformation or dropped due to transformation or conversion errors. (org.apache.kafka.connect.runtime.WorkerSourceTask:484)`},
			{40, `[{x11kconn}|task-{x11ktask}] WorkerSinkTask{id={x11kconnsame}-{x11ktasksame}} Commit of offsets timed out (org.apache.kafka.connect.runtime.WorkerSinkTask:211)`},
			{40, `[{x11kconn}|worker] Creating connector {x11kconnsame} of type {x11kclass} (org.apache.kafka.connect.runtime.Worker:274)`},
			{40, `[{x11kconn}|worker] Instantiated connector {x11kconnsame} with version {x11kver} of type class {x11kclass} (org.apache.kafka.connect.runtime.Worker:284)`},
			{50, `[{x11kconn}|task-{x11ktask}] Creating task {x11kconnsame}-{x11ktasksame} (org.apache.kafka.connect.runtime.Worker:509)`},
			{40, `[{x11kconn}|task-{x11ktask}] WorkerSinkTask{id={x11kconnsame}-{x11ktasksame}} Sink task finished initialization and start (org.apache.kafka.connect.runtime.WorkerSinkTask:311)`},
			{60, `[Worker clientId={x11kclient}, groupId={x11kgroup}] Rebalance started (org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:225)`},
			{60, `[Worker clientId={x11kclient}, groupId={x11kgroup}] Joined group at generation {int} with protocol version {pick:1|2} and got assignment: Assignment{error={pick:0|0|1}, leader='{x11kclient}-{uuid}', leaderUrl='http://{ip}:8083/', offset={int}, connectorIds=[{x11kids}], taskIds=[{x11ktids}], revokedConnectorIds=[{opt:x11kids}], revokedTaskIds=[{opt:x11ktids}], delay={pick:0|0|300000}} with rebalance delay: {pick:0|0|300000} (org.apache.kafka.connect.runtime.distributed.DistributedHerder:2050)`},
			{50, `[Worker clientId={x11kclient}, groupId={x11kgroup}] Starting connectors and tasks using config offset {int} (org.apache.kafka.connect.runtime.distributed.DistributedHerder:1641)`},
			{50, `[Worker clientId={x11kclient}, groupId={x11kgroup}] Finished starting connectors and tasks (org.apache.kafka.connect.runtime.distributed.DistributedHerder:1670)`},
			{90, `[{x11kconn}|task-{x11ktask}] [Consumer clientId=connector-consumer-{x11kconnsame}-{x11ktasksame}, groupId=connect-{x11kconnsame}] Setting offset for partition {x11ktopic}-{small} to the committed offset FetchPosition{offset={int}, offsetEpoch=Optional[{small}], currentLeader=LeaderAndEpoch{leader=Optional[{x11kbroker}:9092 (id: {small} rack: null)], epoch={small}}} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:968)`},
			{60, `[{x11kconn}|task-{x11ktask}] Error encountered in task {x11kconnsame}-{x11ktasksame}. Executing stage '{pick:VALUE_CONVERTER|KEY_CONVERTER|TRANSFORMATION|TASK_PUT}' with class '{x11kstagecls}', where consumed record is {topic='{x11ktopic}', partition={small}, offset={int}, timestamp={x11kms}, timestampType=CreateTime}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)`},
			{30, `[{x11kconn}|task-{x11ktask}] WorkerSinkTask{id={x11kconnsame}-{x11ktasksame}} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: {x11kerr} (org.apache.kafka.connect.runtime.WorkerSinkTask:612)`},
			{330, `{ip} - - [{x11kdate}] "{method} {x11kurl} HTTP/1.1" {x11kstatus} {int} "-" "{x11kagent}" {small} (org.apache.kafka.connect.runtime.rest.RestServer:62)`},
		}},
		// Apache Traffic Server's diags log (traffic.out and diags.log
		// before 9.0: "[%b %e %H:%M:%S.%f] <thread> {<thread id>} LEVEL:
		// message", DEBUG lines with "<file:line (function)> (tag)"):
		// "<P_UDPNet.h:222 (advanceNow)> (udpnet-service) Advancing by (%d
		// slots): behind by %d ms" (quoted in apache/trafficserver PR
		// #2868); "No SNI for TLS request: connecting to %s for
		// host='%s', returning a 403" (PR #8787); the start-up NOTEs, the
		// http state machine's DEBUG lines, the SSL, origin connection,
		// cache and configuration lines written from knowledge of the
		// format.
		{name: "TrafficServer", format: `\[<Month> <Day> <Time>\] <Thread> \{<Tid>\} <Level>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^<", "DEBUG"}, {"SSL connection failed", "WARNING"}, {"No SNI for TLS", "ERROR"}, {"unable to open", "ERROR"},
				{"could not connect", "WARNING"}, {"exited with status", "WARNING"}, {"disk", "WARNING"}, {"stale", "WARNING"}, {"failed", "ERROR"},
			}, "NOTE")
			thread := "Server"
			if strings.Contains(c, "traffic_server") || strings.Contains(c, "manager") {
				thread = "Manager"
			}
			return fmt.Sprintf("[Dec %2d %02d:%02d:%02d.%03d] %s {0x%x} %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), thread, 0x7f3a00000000+g.r.Int64N(0xffffff)*0x1000, f[0], c)
		}, events: []event{
			{140, `<P_UDPNet.h:222 (advanceNow)> (udpnet-service) Advancing by ({small} slots): behind by {x11tbehind} ms`},
			{260, `<HttpSM.cc:{pick:7291|7291|7303} (set_next_state)> (http) [{x11tsm}] State Transition: {x11tstate} -> {x11tstate}`},
			{220, `<HttpSM.cc:4811 (do_cache_lookup_and_read)> (http_seq) [{x11tsm}] Issue cache lookup for URL {x11turl}`},
			{150, `<HttpSM.cc:5092 (do_http_server_open)> (http) [{x11tsm}] open connection to {x11thost}: {ip}`},
			{120, `<HttpTransact.cc:2187 (HandleCacheOpenReadHitFreshness)> (http_trans) [{x11tsm}] Fresh copy`},
			{70, `<HttpTransact.cc:2166 (HandleCacheOpenReadHitFreshness)> (http_trans) [{x11tsm}] Stale in cache`},
			{120, `<HttpSM.cc:2790 (main_handler)> (http) [{x11tsm}] {pick:VC_EVENT_READ_READY|VC_EVENT_WRITE_COMPLETE|VC_EVENT_EOS|VC_EVENT_INACTIVITY_TIMEOUT}/{pick:TS_EVENT_NONE|TS_EVENT_VCONN_EOS}`},
			{110, `SSL connection failed for '{ip}': {x11tssl}`},
			{60, `No SNI for TLS request: connecting to {ip}:{pick:443|8443} for host='{x11thost}', returning a 403`},
			{70, `CONNECT: could not connect to {ip} for '{x11turl}' (setting last failure time) connect_result={pick:111|110|113}`},
			{40, `unable to open '{x11tpath}': {pick:No such file or directory|Permission denied}`},
			{40, `cache disk operation failed {pick:READ|WRITE} -1 {small}`},
			{30, `{x11tpath} finished loading`},
			{20, `loading SSL certificate configuration from {x11tpath}`},
			{20, `logging initialized[{small}], logging_mode = {small}`},
			{20, `cache enabled`},
			{15, `traffic server running`},
			{15, `Traffic Server is fully initialized.`},
			{15, `{pick:traffic_server|traffic_server} exited with status {pick:9|134|139}, restarting`},
		}},
		// Haraka's log (default format "[LEVEL] [uuid] [plugin] message",
		// the uuid "-" outside a connection and ".n" after it inside a
		// transaction): the connection summary "connect ip=%s port=%d
		// local_ip=%s local_port=%d" and "disconnect ip=... rdns=... helo=...
		// relay=... early=... esmtp=... tls=... pipe=... errors=... txns=...
		// rcpts=... msgs=... bytes=... lr=\"...\" time=..." (quoted in
		// haraka/Haraka issues #1897, #2824, #2386 and #873), "sender %s
		// code=%s msg=\"%s\"", "recipient %s code=%s msg=\"%s\" sender=%s",
		// "message mid=... size=... rcpts=... delay=... code=... msg=...",
		// "queue code=%s msg=\"%s\"", "client [%s] half closed connection"
		// (#2386), the hook lines "running %s hooks", "running %s hook in
		// %s plugin", " hook=%s plugin=%s function=%s params=%s retval=%s
		// msg=\"%s\"", the access plugin's "checking %s against %s" and
		// "empty file: %s" (#2506, #2713), "Loading plugin: %s",
		// "Listening on %s" (#1384, #2386), "[outbound] Failed to get pool
		// entry: ..." (#1897); the outbound delivery lines written from
		// knowledge of the format.
		{name: "Haraka", format: `\[<Level>\] \[<Uuid>\] \[<Plugin>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^connect ", "NOTICE", "core", "c"}, {"^disconnect ", "NOTICE", "core", "c"}, {"^sender ", "NOTICE", "core", "t"},
				{"^recipient ", "NOTICE", "core", "t"}, {"^message ", "NOTICE", "core", "t"}, {"^queue ", "NOTICE", "core", "t"},
				{"half closed", "INFO", "core", "c"}, {"^running ", "DEBUG", "core", "c"}, {"^hook=", "DEBUG", "core", "t"},
				{"^checking", "DEBUG", "access", "c"}, {"^empty file", "DEBUG", "access", "-"}, {"^Loading plugin", "INFO", "core", "-"},
				{"^Listening on", "NOTICE", "core", "-"}, {"Failed to get pool", "ERROR", "core", "-"}, {"^[outbound] delivered", "INFO", "core", "o"},
				{"^[outbound] temp_fail", "WARN", "core", "o"}, {"^[outbound] bounce", "ERROR", "core", "o"}, {"dnsbl", "INFO", "dnsbl", "c"},
			}, "INFO", "core", "c")
			id := fmt.Sprintf("%08X-%04X-%04X-%04X-%012X", g.r.Uint32(), g.r.IntN(65536), 0x4000|g.r.IntN(4096), 0x8000|g.r.IntN(16384), g.r.Uint64()&0xffffffffffff)
			switch f[2] {
			case "-":
				id = "-"
			case "t", "o":
				id += "." + strconv.Itoa(1+g.r.IntN(3))
			}
			return fmt.Sprintf("[%s] [%s] [%s] %s", f[0], id, f[1], c)
		}, events: []event{
			{220, `connect ip={ip} port={port} local_ip={x11hlocal} local_port={pick:25|25|587|2525}`},
			{210, `disconnect ip={ip} rdns={x11hrdns} helo={x11hhelo} relay={x11hyn} early={x11hyn} esmtp={x11hyn} tls={x11hyn} pipe={x11hyn} errors={small} txns={small} rcpts={x11hcount} msgs={x11hcount} bytes={int} lr="{x11hlr}" time={x11hsecs}`},
			{150, `sender <{x11hmail}> code={pick:CONT|CONT|OK} msg="{x11hmsg}"`},
			{150, `recipient <{x11hmail}> code={pick:OK|OK|DENY|DENYSOFT} msg="{x11hmsg}" sender={x11hmail}`},
			{120, `message mid="{x11hmid}" size={int} rcpts={x11hcount} delay={x11hsecs} code={pick:CONT|OK|DENY} msg="{x11hmsg}"`},
			{100, `queue code={pick:CONT|OK} msg="{x11hqmsg}"`},
			{80, `client [{ip}] half closed connection`},
			{280, `running {x11hhook} hooks`},
			{260, `running {x11hhook} hook in {x11hplugin} plugin`},
			{240, `hook={x11hhook} plugin={x11hplugin} function={x11hfn} params={x11hparams} retval={pick:CONT|CONT|CONT|OK|DENY|DENYSOFT} msg="{x11hmsg}"`},
			{80, `checking {x11hchk} against connect.rdns_access.{pick:whitelist|whitelist_regex|blacklist|blacklist_regex}`},
			{40, `empty file: connect.rdns_access.{pick:whitelist_regex|blacklist_regex}`},
			{15, `Loading plugin: {x11hplugin}`},
			{8, `Listening on {pick:[::0]:25|0.0.0.0:587|[::0]:2525|0.0.0.0:465}`},
			{20, `[outbound] Failed to get pool entry: Outbound connection timed out to {ip}:25`},
			{30, `[outbound] delivered file={x11hqfile} domain={x11hdomain} host={x11hmx} ip={ip} port=25 mode=SMTP tls={x11hyn} auth={x11hyn} response="{x11hresp}" delay={x11hsecs} fails={small} rcpts={x11hcount}`},
			{20, `[outbound] temp_fail: Upstream error: {x11hresp}`},
			{12, `[outbound] bounce: {pick:Too many failures|550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table}`},
		}},
		// linkerd2-proxy's log (tracing-subscriber's format with uptime:
		// "[%12.6fs] LEVEL ThreadId(%02d) span{field=value}:...: target:
		// message field=value"): the start-up lines "Using single-threaded
		// proxy runtime", "Admin interface on %s", "Inbound interface on
		// %s", "Outbound interface on %s", "Tap DISABLED", "Tap interface
		// on %s", "Local identity is %s", "Identity verified via %s (%s)",
		// "Destinations resolved via %s", linkerd_reconnect's "Failed to
		// connect error=%s" with and without error.sources, linkerd_app_
		// core::control's "Failed to resolve control-plane component
		// error=%s" (quoted in linkerd/linkerd2 issues #11156, #8343 and
		// #9812), the failfast and request failure lines (#12720, #7363)
		// and the policy's "Request denied server=%s tls=%s client=%s"
		// (#9812).
		{name: "LinkerdProxy", format: `\[<Uptime>\] <Level> <Thread> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"Failed to connect", "WARN"}, {"Failed to resolve", "WARN"}, {"entering failfast after", "WARN"}, {"Unavailable;", "INFO"},
				{"HTTP Logical service", "WARN"},
			}, "INFO")
			up := g.r.Float64() * 90000
			if strings.Contains(c, "linkerd2_proxy") {
				up = g.r.Float64() * 0.01
			}
			return fmt.Sprintf("[%12.6fs] %5s ThreadId(%02d) %s", up, f[0], 1+g.r.IntN(2), c)
		}, events: []event{
			{12, `linkerd2_proxy::rt: Using single-threaded proxy runtime`},
			{12, `linkerd2_proxy: Admin interface on {x11lany}:4191`},
			{12, `linkerd2_proxy: Inbound interface on {x11lany}:4143`},
			{12, `linkerd2_proxy: Outbound interface on 127.0.0.1:4140`},
			{8, `linkerd2_proxy: Tap DISABLED`},
			{6, `linkerd2_proxy: Tap interface on {x11lany}:4190`},
			{12, `linkerd2_proxy: Local identity is {x11lid}`},
			{12, `linkerd2_proxy: Identity verified via {x11lidaddr} ({x11lidid})`},
			{12, `linkerd2_proxy: Destinations resolved via {x11ldstaddr} ({x11ldstid})`},
			{120, `policy:watch{port={x11lport}}:controller{addr={x11lctl}:8090}:endpoint{addr={ipport}}: linkerd_reconnect: Failed to connect error={x11lconnerr}`},
			{80, `watch{port={x11lport}}:controller{addr={x11lctl}:8090}:endpoint{addr={x11lep}}: linkerd_reconnect: Failed to connect error=endpoint {x11lepsame}: {x11lconnerr} error.sources=[{x11lconnerrsame}]`},
			{90, `identity:controller{addr={x11lidaddr}}:endpoint{addr={ip}:8080}: linkerd_reconnect: Failed to connect error={x11lconnerr}`},
			{70, `identity:controller{addr={x11lidaddr}}: linkerd_app_core::control: Failed to resolve control-plane component error={x11lresolve}`},
			{160, `outbound:proxy{addr={ip}:{x11lport}}:service{ns={x11lns} name={x11lsvc} port={x11lport}}: linkerd_proxy_balance_queue::worker: Unavailable; entering failfast timeout={pick:3.0|3.0|10.0}`},
			{160, `outbound:proxy{addr={ip}:{x11lport}}:rescue{client.addr={ipport}}: linkerd_app_core::errors::respond: HTTP/1.1 request failed error={x11lreqerr} error.sources=[{x11lreqerrsame}]`},
			{200, `inbound:server{port={x11lport}}:rescue{client.addr={ipport}}: linkerd_app_core::errors::respond: Request failed error={x11lreqerr}`},
			{110, `outbound:server{orig_dst={ip}:{x11lport}}: linkerd_stack::failfast: TCP Server entering failfast after {pick:3s|3s|1s}`},
			{150, `outbound: linkerd_app_core::serve: Connection closed error={x11lclosed}`},
			{110, `inbound:server{port={x11lport}}: linkerd_app_core::serve: Connection closed error={x11lclosed} client.addr={ipport}`},
			{90, `daemon:admin{listen.addr={x11lany}:4191}: linkerd_app_inbound::policy::authorize::http: Request denied server={pick:default:cluster-unauthenticated|default:all-authenticated|web-server} tls={x11ltls} client={ipport}`},
			{70, `daemon:admin{listen.addr={x11lany}:4191}:rescue{client.addr={ipport}}: linkerd_app_core::errors::respond: Request failed error=unauthorized connection on server {pick:default:cluster-unauthenticated|default:all-authenticated|web-server}`},
		}},
		// ESPHome's device log over the API or serial ("[%H:%M:%S][L]
		// [tag:line]: message", indented continuation of a component's
		// config dump): sensor's "'%s': Sending state %.5f %s with %d
		// decimals of accuracy" and "'%s': Received new state %f" (quoted
		// in esphome/issues issues #7209, #5830 and #5698), dht's "Got
		// Temperature=%.1f°C Humidity=%.1f%%", "Running through
		// setup()...", "Setting up WiFi...", "Starting scan..." (#1067),
		// the config dump's "  Update Interval: %.1fs", "  Address: %s:%u"
		// and "  Hostname: %s" (#3633), uart_debug's ">>> %s" and "<<< %s"
		// (dannerph/esphome_vitoconnect issue #14), "Component %s took a
		// long time for an operation" (#4717); the binary sensor, switch,
		// Wi-Fi, API connection and OTA lines written from knowledge of
		// the format.
		{name: "ESPHome", format: `\[<Time>\]\[<Level>\]\[<Component>:<Line>\]: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"decimals of accuracy", "D", "sensor", "094"}, {"Received new state", "V", "sensor", "043"}, {"^Got Temperature", "D", "dht", "048"},
				{"Running through setup", "I", "app", "029"}, {"Setting up WiFi", "C", "wifi", "037"}, {"Starting scan", "D", "wifi", "304"},
				{"Update Interval", "C", "pulse_counter", "153"}, {"Address:", "C", "api", "139"}, {"Hostname:", "C", "mdns", "085"},
				{"^>>>", "D", "uart_debug", "114"}, {"^<<<", "D", "uart_debug", "114"}, {"took a long time", "W", "component", "237"},
				{"should block for at most", "W", "component", "239"}, {"Sending state ON", "D", "binary_sensor", "036"}, {"Sending state OFF", "D", "binary_sensor", "036"},
				{"Turning", "D", "switch", "016"}, {"WiFi Connected", "I", "wifi", "649"}, {"Disconnected ssid", "W", "wifi_esp32", "681"},
				{"Connected successfully", "I", "api.connection", "1046"}, {"Connection closed", "W", "api.connection", "117"}, {"Boot seems successful", "I", "ota", "096"},
				{"Reading", "D", "modbus_controller", "210"}, {"Adding data to datapoint", "D", "vitoconnect", "156"},
			}, "D", "sensor", "094")
			return fmt.Sprintf("[%02d:%02d:%02d][%s][%s:%s]: %s", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], f[1], f[2], c)
		}, events: []event{
			{600, `'{x11ename}': Sending state {x11eval} {x11eunit} with {pick:0|1|1|2|3} decimals of accuracy`},
			{180, `'{x11ename}': Received new state {x11eraw}`},
			{100, `Got Temperature={x11etemp}°C Humidity={x11etemp}%`},
			{90, `'{x11ebin}': Sending state {pick:ON|OFF}`},
			{60, `'{x11eswitch}': Turning {pick:ON|OFF}.`},
			{130, `>>> {x11ehex}`},
			{130, `<<< {x11ehex}`},
			{80, `Adding data to datapoint with address {x11eaddr} and received length {pick:1|2|4}`},
			{90, `Component {x11ecomp} took a long time for an operation ({x11elong} ms).`},
			{90, `Components should block for at most 30 ms.`},
			{40, `Disconnected ssid='{x11essid}' bssid=[redacted] channel={small} reason='{pick:Beacon Timeout|Association Leave|Handshake Failed|Auth Expired|No AP found}'`},
			{30, `WiFi Connected!`},
			{60, `{x11eclient} ({ip}): Connected successfully`},
			{40, `{x11eclient} ({ip}): Connection closed`},
			{15, `Running through setup()...`},
			{15, `Setting up WiFi...`},
			{20, `Starting scan...`},
			{30, `Update Interval: {pick:10.0|60.0|1.0|30.0}s`},
			{30, `Address: {ip}:{pick:6053|3232|80}`},
			{20, `Hostname: {x11ehost}`},
			{15, `Boot seems successful, resetting boot loop counter.`},
		}},
		// Icecast's error.log ("[%Y-%m-%d  %H:%M:%S] LEVL module/function
		// message", levels EROR WARN INFO DBUG): stats' "update \"%s\" %s
		// (%s)", "update global %s (%s)" and "new node on %s \"%s\" (%s)",
		// source's "no more listeners on %s", "Nothing received on %s for
		// %d seconds", "%d listeners still to process in terminating %s",
		// "Source %s initialised", "freeing source \"%s\"", connection's
		// "Source logging in at mountpoint \"%s\"", format-mp3's "Created
		// format details for %s", "Applying mount information for \"%s\"",
		// "Admin command on non-existent source %s", "processing file %s",
		// "start with %s", client's "%p now has %d clients" (quoted in
		// karlheyes/icecast-kh issues #112, #283, #137, #275, #416, #387
		// and #378); "listener count on %s now %lu", the listener and
		// authentication lines written from knowledge of the format.
		{name: "Icecast", format: `\[<Date> <Time>\] <Level> <Function> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^update global", "DBUG", "stats/stats_global_calc"}, {"^update ", "DBUG", "stats/modify_node_event"}, {"^new node", "DBUG", "stats/process_source_stat"},
				{"no more listeners", "INFO", "source/source_client_read"}, {"Nothing received", "WARN", "source/source_read"}, {"still to process", "WARN", "source/source_client_read"},
				{"logging in at", "INFO", "connection/_handle_source_request"}, {"Created format", "INFO", "format-mp3/format_mp3_get_plugin"}, {"Applying mount", "INFO", "source/source_apply_mount"},
				{"initialised", "INFO", "source/source_init"}, {"freeing source", "INFO", "source/_free_source"}, {"non-existent source", "WARN", "admin/admin_mount_request"},
				{"processing file", "INFO", "admin/admin_handle_general_request"}, {"^start with", "DBUG", "connection/_handle_get_request"}, {"now has", "DBUG", "client/worker"},
				{"listener count", "INFO", "source/source_main_loop"}, {"connection thread started", "INFO", "connection/connection_thread"}, {"Client ", "INFO", "auth/add_authenticated_listener"},
				{"attempted to login", "WARN", "connection/_handle_source_request"}, {"max listeners", "WARN", "source/source_add_listener"},
			}, "INFO", "main/main")
			return fmt.Sprintf("[2026-12-%02d  %02d:%02d:%02d] %s %s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], f[1], c)
		}, events: []event{
			{520, `update "{x11imount}" {x11istat} ({x11ival})`},
			{200, `update global {x11igstat} ({int})`},
			{150, `new node on {x11imount} "{x11inode}" ({x11inodeval})`},
			{80, `no more listeners on {x11imount}`},
			{80, `Nothing received on {x11imount} for {pick:3|3|10} seconds`},
			{50, `{small} listeners still to process in terminating {x11imount}`},
			{60, `Source logging in at mountpoint "{x11imount}"`},
			{40, `Created format details for {x11imount}`},
			{50, `Applying mount information for "{x11imount}"`},
			{40, `Source {x11imount} initialised`},
			{40, `freeing source "{x11imount}"`},
			{40, `Admin command on non-existent source {x11imount}`},
			{60, `processing file {pick:stats|listclients|metadata|status-json.xsl|listmounts}`},
			{120, `start with {x11ipath}`},
			{80, `{x11iptr} now has {small} clients`},
			{140, `listener count on {x11imount} now {int}`},
			{50, `Client {int} ({ip}) has {pick:connected|been added} to {x11imount}`},
			{30, `Source ({x11imount}) attempted to login with invalid or missing password`},
			{20, `max listeners ({pick:100|500|2000}) already reached on {x11imount}`},
			{10, `connection thread started`},
		}},
		// ModSecurity v3 through its nginx connector, in nginx's error log
		// ("%Y/%m/%d %H:%M:%S [level] pid#tid: *cid message, client: ...,
		// server: ..., request: \"...\", host: \"...\""): libmodsecurity's
		// "ModSecurity: Access denied with code %d (phase %d). Matched
		// \"Operator `%s' with parameter `%s' against variable `%s'
		// (Value: `%s' ) [file \"%s\"] [line \"%d\"] [id \"%s\"] [rev
		// \"%s\"] [msg \"%s\"] [data \"%s\"] [severity \"%d\"] [ver \"%s\"]
		// [maturity \"%d\"] [accuracy \"%d\"] [hostname \"%s\"] [uri \"%s\"]
		// [unique_id \"%s\"] [ref \"%s\"]" (quoted in owasp-modsecurity/
		// ModSecurity-nginx issue #212); the Warning form, a rule's tags
		// ([tag \"%s\"] once each, one value here), the connector's
		// start-up notice and the rules error written from knowledge of the
		// format.
		{name: "ModSecurity", format: `<Date> <Time> \[<Level>\] <Pid>#<Tid>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"Access denied", "error"}, {"Warning.", "warn"}, {"rules loaded", "notice"}, {"Rules error", "emerg"}, {"binary compatible", "emerg"}, {"Audit log", "error"}}, "error")
			pid := 7 + g.r.IntN(40)
			return fmt.Sprintf("2026/12/%02d %02d:%02d:%02d [%s] %d#%d: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], pid, pid, c)
		}, events: []event{
			{700, `*{x11mcid} [client {ip}] ModSecurity: Warning. Matched "Operator ` + "`" + `{x11mop}' with parameter ` + "`" + `{x11mparam}' against variable ` + "`" + `{x11mvar}' (Value: ` + "`" + `{x11mval}' ) [file "{x11mfile}"] [line "{int}"] [id "{x11mid}"] [rev "{x11mrev}"] [msg "{x11mmsg}"] [data "{x11mdata}"] [severity "{x11msev}"] [ver "{x11mver}"] [maturity "{pick:0|0|9}"] [accuracy "{pick:0|0|9}"] {x11mtags} [hostname "{ip}"] [uri "{x11muri}"] [unique_id "{x11muid}"] [ref "{x11mref}"], client: {ip}, server: {x11mserver}, request: "{x11mreq}", host: "{x11mhost}"`},
			{450, `*{x11mcid} [client {ip}] ModSecurity: Access denied with code {pick:403|403|403|406|413} (phase {pick:1|2|2|2}). Matched "Operator ` + "`" + `{x11mop}' with parameter ` + "`" + `{x11mparam}' against variable ` + "`" + `{x11mvar}' (Value: ` + "`" + `{x11mval}' ) [file "{x11mfile}"] [line "{int}"] [id "{x11mid}"] [rev "{x11mrev}"] [msg "{x11mmsg}"] [data "{x11mdata}"] [severity "{x11msev}"] [ver "{x11mver}"] [maturity "{pick:0|0|9}"] [accuracy "{pick:0|0|9}"] {x11mtags} [hostname "{ip}"] [uri "{x11muri}"] [unique_id "{x11muid}"] [ref "{x11mref}"], client: {ip}, server: {x11mserver}, request: "{x11mreq}", host: "{x11mhost}"`},
			{60, `*{x11mcid} [client {ip}] ModSecurity: Access denied with redirection to {pick:https://example.com/blocked.html|/denied} using status {pick:302|302|301} (phase {pick:1|2}). Matched "Operator ` + "`" + `{x11mop}' with parameter ` + "`" + `{x11mparam}' against variable ` + "`" + `{x11mvar}' (Value: ` + "`" + `{x11mval}' ) [file "{x11mfile}"] [line "{int}"] [id "{x11mid}"] [rev "{x11mrev}"] [msg "{x11mmsg}"] [data "{x11mdata}"] [severity "{x11msev}"] [ver "{x11mver}"] [maturity "{pick:0|0|9}"] [accuracy "{pick:0|0|9}"] {x11mtags} [hostname "{ip}"] [uri "{x11muri}"] [unique_id "{x11muid}"] [ref "{x11mref}"], client: {ip}, server: {x11mserver}, request: "{x11mreq}", host: "{x11mhost}"`},
			{40, `ModSecurity-nginx v{pick:1.0.3|1.0.2} (rules loaded inline/local/remote: {small}/{x11mrules}/{pick:0|0|1})`},
			{20, `"modsecurity_rules_file" directive Rules error. File: {pick:/etc/nginx/modsec/main.conf|/etc/nginx/modsec/crs-setup.conf|/etc/modsecurity.d/owasp-crs/rules/REQUEST-901-INITIALIZATION.conf}. Line: {int}. Column: {small}. {x11mrerr} in {pick:/etc/nginx/nginx.conf|/etc/nginx/conf.d/default.conf}:{int}`},
			{15, `"modsecurity_rules_remote" directive Rules error. {pick:Failed to download: Couldn't resolve host name|Failed to download: SSL peer certificate or SSH remote key was not OK|Failed to download: HTTP response code said error} in {pick:/etc/nginx/nginx.conf|/etc/nginx/conf.d/default.conf}:{int}`},
			{10, `module "{pick:/etc/nginx/modules/ngx_http_modsecurity_module.so|/usr/lib/nginx/modules/ngx_http_modsecurity_module.so}" is not binary compatible in /etc/nginx/nginx.conf:{small}`},
			{30, `*{x11mcid} [client {ip}] ModSecurity: Audit log: {pick:Failed to lock global mutex: Permission denied|Failed to write to audit log: No space left on device|Failed to open audit log file: /var/log/modsec_audit.log}, client: {ip}, server: {x11mserver}, request: "{x11mreq}", host: "{x11mhost}"`},
		}},
		// Samba's smbd and winbindd logs with "debug prefix timestamp =
		// yes" ("[%Y/%m/%d %H:%M:%S.%06d, %2d] message" on one line, no
		// source location): the connect and close lines, the start-up
		// lines, the authentication audit, check_ntlm_password's failure,
		// the CUPS, the access denial and SMB2 error lines, all written
		// from knowledge of the format (no source looked up).
		{name: "Samba", format: `\[<Date> <Time>, <Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"connect to service", "1"}, {"closed connection", "1"}, {"^Auth:", "2"}, {"FAILED with error", "2"}, {"Unable to connect to CUPS", "0"},
				{"smbd_smb2_request_error_ex", "3"}, {"Denied connection", "0"}, {"canonicalize_connect_path", "0"}, {"Server exit", "1"},
			}, "0")
			return fmt.Sprintf("[2026/12/%02d %02d:%02d:%02d.%06d, %2s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), f[0], c)
		}, events: []event{
			{330, `{x11bhost} (ipv4:{ipport}) connect to service {x11bshare} initially as user {x11buser} (uid={x11buid}, gid={x11buid}) (pid {pid})`},
			{300, `{x11bhost} (ipv4:{ipport}) closed connection to service {x11bshare}`},
			{300, `Auth: [{pick:SMB2|SMB2|LDAP|SamLogon},{pick:(null)|NETLOGON|simple bind}] user [{x11bdom}]\[{x11buser}] at [{x11bdate}] with [{pick:NTLMv2|NTLMv2|Kerberos|Plaintext}] status [{x11bstatus}] workstation [{x11bws}] remote host [ipv4:{ipport}] mapped to [{x11bdom}]\[{x11busersame}]. local host [ipv4:{ip}:445]`},
			{150, `check_ntlm_password: Authentication for user [{x11buser}] -> [{x11busersame}] FAILED with error {pick:NT_STATUS_WRONG_PASSWORD|NT_STATUS_NO_SUCH_USER|NT_STATUS_ACCOUNT_LOCKED_OUT}, authoritative={pick:1|1|0}`},
			{150, `smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[{small}] status[{x11bstatus}] || at ../../source3/smbd/{x11bsrc}`},
			{120, `Unable to connect to CUPS server localhost:631 - {pick:Connection refused|No such file or directory}`},
			{80, `Denied connection from {ip} ({ip})`},
			{60, `make_connection_snum: canonicalize_connect_path failed for service {x11bshare}, path {x11bpath}`},
			{60, `Server exit ({pick:NT_STATUS_CONNECTION_RESET|NT_STATUS_END_OF_FILE|failed to receive smb request|NT_STATUS_CONNECTION_DISCONNECTED})`},
			{20, `smbd version {pick:4.19.5-Ubuntu|4.17.12-Debian|4.20.1} started.`},
			{20, `Copyright Andrew Tridgell and the Samba Team 1992-{pick:2023|2024}`},
			{20, `STATUS=daemon '{pick:smbd|nmbd|winbindd}' finished starting up and ready to serve connections`},
			{15, `load_usershare_shares: directory {pick:/var/lib/samba/usershares|/var/lib/samba/usershares} is not owned by root or does not have the sticky bit 't' set or is writable by anyone.`},
		}},
		// Bacula's director log (bacula.log: "%d-%b %H:%M daemon JobId
		// %d: message" from the Messages resource): the job start,
		// storage and client connection, volume, despooling, pruning,
		// error and warning lines, all written from knowledge of the
		// format (no source looked up).
		{name: "Bacula", format: `<Date> <Time> <Daemon> <Content>`, header: func(g *gen, c string) string {
			d := g.pick("bacula-dir", "bacula-dir", "bacula-dir", "bacula-sd", "backup01-fd")
			if strings.Contains(c, "Volume") || strings.Contains(c, "Device") || strings.Contains(c, "Despooling") {
				d = "bacula-sd"
			}
			return fmt.Sprintf("%02d-Dec %02d:%02d %s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), d, c)
		}, events: []event{
			{120, `JobId {x11jid}: Start Backup JobId {x11jidsame}, Job={x11jjob}`},
			{60, `JobId {x11jid}: Start Restore Job {x11jjob}`},
			{150, `JobId {x11jid}: Connected to Storage "{x11jstore}" at {x11jhost}:9103 with TLS`},
			{150, `JobId {x11jid}: Connected to Client "{x11jclient}" at {x11jhost}:9102 with TLS`},
			{110, `JobId {x11jid}: Using Device "{x11jdev}" to write.`},
			{60, `JobId {x11jid}: Using Device "{x11jdev}" to read.`},
			{100, `JobId {x11jid}: Sending Accurate information to the FD.`},
			{110, `JobId {x11jid}: Volume "{x11jvol}" previously written, moving to end of data.`},
			{110, `JobId {x11jid}: Ready to append to end of Volume "{x11jvol}" size={big}`},
			{90, `JobId {x11jid}: Elapsed time={x11jelapsed}, Transfer rate={x11jrate} Bytes/second`},
			{80, `JobId {x11jid}: Sending spooled attrs to the Director. Despooling {big} bytes ...`},
			{80, `JobId {x11jid}: Begin pruning Jobs older than {pick:6 months |30 days |1 year }.`},
			{70, `JobId {x11jid}: No Jobs found to prune.`},
			{60, `JobId {x11jid}: Pruned {small} Jobs for client {x11jclient} from catalog.`},
			{60, `JobId {x11jid}: Begin pruning Files.`},
			{50, `JobId {x11jid}: Recycled volume "{x11jvol}"`},
			{50, `JobId {x11jid}: Max configured use duration={int} sec. exceeded. Marking Volume "{x11jvol}" as Used.`},
			{70, `JobId {x11jid}: Fatal error: bsockcore.c:{pick:208|208|286} Unable to connect to Client: {x11jclient} on {x11jhost}:9102. ERR={pick:Connection refused|No route to host|Connection timed out}`},
			{50, `JobId {x11jid}: Error: Bacula cannot write on disk Volume "{x11jvol}" because: The sizes do not match! Volume={big} Catalog={big}`},
			{40, `JobId {x11jid}: Warning: mount.c:{pick:216|247} Open of File device "{x11jdev}" ({pick:/srv/bacula/archive|/backup/bacula}) Volume "{x11jvol}" failed: ERR={pick:file_dev.c:190 Could not open(/srv/bacula/archive/Vol-0012,OPEN_READ_WRITE,0640): ERR=No such file or directory|Permission denied}`},
			{40, `JobId {x11jid}: Job {x11jjob} is waiting. Cannot find any appendable volumes.`},
		}},
		// A Python service's structlog JSONRenderer output (one json.dumps
		// object a line with Python's default ", " and ": " separators:
		// the bound and call keys in order, "event" the message, then
		// level, logger and timestamp added by the processors), written
		// from knowledge of the format (no source looked up): the event
		// strings are a service's own, the keys vary by call.
		{name: "Structlog", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{300, `{"request_id": "{uuid}", "method": "{method}", "path": "{x11spath}", "status_code": {x11sstatus}, "duration_ms": {x11sms}, "event": "request finished", "level": "info", "logger": "app.middleware", "timestamp": "{x11sts}"}`},
			{200, `{"request_id": "{uuid}", "method": "{method}", "path": "{x11spath}", "client_ip": "{ip}", "event": "request started", "level": "debug", "logger": "app.middleware", "timestamp": "{x11sts}"}`},
			{110, `{"request_id": "{uuid}", "user_id": {int}, "email": "{x11semail}", "event": "user logged in", "level": "info", "logger": "app.auth", "timestamp": "{x11sts}"}`},
			{80, `{"request_id": "{uuid}", "email": "{x11semail}", "reason": "{pick:bad_password|unknown_user|locked|mfa_required}", "event": "login failed", "level": "warning", "logger": "app.auth", "timestamp": "{x11sts}"}`},
			{120, `{"task_id": "{uuid}", "task": "{x11stask}", "queue": "{pick:default|high|emails}", "event": "task received", "level": "info", "logger": "app.worker", "timestamp": "{x11sts}"}`},
			{110, `{"task_id": "{uuid}", "task": "{x11stask}", "runtime": {x11ssecs}, "event": "task succeeded", "level": "info", "logger": "app.worker", "timestamp": "{x11sts}"}`},
			{70, `{"task_id": "{uuid}", "task": "{x11stask}", "attempt": {small}, "event": "Retrying in {pick:5|10|30|60} seconds", "level": "warning", "logger": "app.worker", "timestamp": "{x11sts}"}`},
			{60, `{"task_id": "{uuid}", "task": "{x11stask}", "event": "task failed", "level": "error", "logger": "app.worker", "timestamp": "{x11sts}", "exception": "{x11sexc}"}`},
			{90, `{"order_id": {int}, "customer_id": {int}, "total": {x11smoney}, "currency": "{pick:EUR|USD|GBP}", "items": {small}, "event": "order created", "level": "info", "logger": "app.orders", "timestamp": "{x11sts}"}`},
			{70, `{"order_id": {int}, "provider": "{pick:stripe|adyen|paypal}", "error": "{x11serr}", "event": "payment declined", "level": "warning", "logger": "app.payments", "timestamp": "{x11sts}"}`},
			{80, `{"key": "{x11skey}", "hit": {pick:true|false}, "ttl": {pick:null|60|300|3600}, "event": "cache lookup", "level": "debug", "logger": "app.cache", "timestamp": "{x11sts}"}`},
			{60, `{"statement": "{x11ssql}", "duration_ms": {x11sms}, "rows": {int}, "event": "slow query", "level": "warning", "logger": "app.db", "timestamp": "{x11sts}"}`},
			{50, `{"url": "{x11surl}", "status_code": {x11sstatus}, "attempt": {small}, "event": "upstream call failed", "level": "error", "logger": "app.http", "timestamp": "{x11sts}"}`},
			{40, `{"pool_size": {small}, "checked_out": {small}, "overflow": {small}, "event": "database pool exhausted, waiting", "level": "warning", "logger": "app.db", "timestamp": "{x11sts}"}`},
			{20, `{"version": "{pick:2.14.0|2.14.1|2.15.0}", "env": "{pick:production|staging}", "workers": {small}, "event": "application startup complete", "level": "info", "logger": "app.main", "timestamp": "{x11sts}"}`},
			{20, `{"signal": "{pick:SIGTERM|SIGINT}", "event": "shutting down", "level": "info", "logger": "app.main", "timestamp": "{x11sts}"}`},
			{30, `{"feature": "{pick:new_checkout|dark_mode|beta_search}", "user_id": {int}, "enabled": {pick:true|false}, "event": "feature flag evaluated", "level": "debug", "logger": "app.flags", "timestamp": "{x11sts}"}`},
		}},
		// The GitHub Actions runner's diagnostic log (_diag/Runner_*.log,
		// HostTraceListener's "[{0:u} {1} {2}] " header: UTC time, INFO,
		// VERB, WARN, "ERR " or CRIT, the tracing source): JobDispatcher's
		// "Job request %s for plan %s job %s received.", "Pull
		// OrchestrationId %s from JWT claims", "Start renew job request %s
		// for job %s.", "Send job request message to worker for job %s.",
		// "Worker finished for job %s. Code: %d", "finish job request for
		// job %s with result: %s", "Stop renew job request for job %s.",
		// "Waiting WorkerDispather for job %s run to finish.", "Job
		// request %s processed succeed.", "Job cancellation request %s
		// received, cancellation timeout %s minutes.", "Worker Dispatch
		// failed with an exception for job request %s.", "Set
		// runner/worker IPC timeout to %s seconds." (actions/runner
		// src/Runner.Listener/JobDispatcher.cs) and MessageListener's
		// "Message '%s' received from session '%s'.", "No message
		// retrieved from session '%s'.", its 30-minute form, "Sleeping for
		// %s seconds before retrying.", "Catch exception during get next
		// message.", the session lines (src/Runner.Listener/
		// MessageListener.cs); the Terminal's "WRITE LINE: " echo of the
		// console's "%s: Running job: %s" and "%s: Job %s completed with
		// result: %s" (the console lines in JobDispatcher.cs, the echo
		// written from knowledge of the format).
		{name: "ActionsRunner", format: `\[<Date> <Time> <Level> <Source>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"No message retrieved from session", "VERB", "MessageListener"}, {"^Message '", "INFO", "MessageListener"}, {"^Sleeping for", "INFO", "MessageListener"},
				{"^Catch exception", "ERR ", "MessageListener"}, {"Runner OAuth token", "WARN", "MessageListener"}, {"^Get messages", "INFO", "MessageListener"}, {"session", "INFO", "MessageListener"}, {"Runner Server", "INFO", "MessageListener"},
				{"VssConnection", "INFO", "MessageListener"}, {"Credentials", "INFO", "MessageListener"}, {"^WRITE LINE", "INFO", "Terminal"},
				{"Worker Dispatch failed", "ERR ", "JobDispatcher"},
			}, "INFO", "JobDispatcher")
			return fmt.Sprintf("[2026-12-%02d %02d:%02d:%02dZ %s %s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], f[1], c)
		}, events: []event{
			{420, `No message retrieved from session '{x11asess}'.`},
			{40, `No message retrieved from session '{x11asess}' within last 30 minutes.`},
			{150, `Message '{int}' received from session '{x11asess}'.`},
			{60, `Sleeping for {x11abackoff} seconds before retrying.`},
			{50, `Catch exception during get next message.`},
			{40, `Get messages has been cancelled using local token source. Continue to get messages with new status.`},
			{20, `Attempt to create session.`},
			{20, `Connecting to the Runner Server...`},
			{20, `VssConnection created`},
			{20, `Session created.`},
			{15, `Loading Credentials`},
			{10, `Runner OAuth token has been revoked. Skip deleting session.`},
			{110, `Job request {x11areq} for plan {uuid} job {uuid} received.`},
			{90, `Pull OrchestrationId {x11aorch} from JWT claims`},
			{100, `Start renew job request {x11areq} for job {uuid}.`},
			{100, `Send job request message to worker for job {uuid}.`},
			{100, `Worker finished for job {uuid}. Code: {pick:100|100|100|101|102|103}`},
			{100, `finish job request for job {uuid} with result: {pick:Succeeded|Succeeded|Succeeded|Failed|Canceled}`},
			{110, `Stop renew job request for job {uuid}.`},
			{80, `Waiting WorkerDispather for job {uuid} run to finish.`},
			{80, `Job request {uuid} processed succeed.`},
			{30, `Job cancellation request {uuid} received, cancellation timeout {pick:5|5|0.75} minutes.`},
			{20, `Worker Dispatch failed with an exception for job request {uuid}.`},
			{10, `Unable to renew job request for job {uuid} for the first time, stop dispatching job to worker.`},
			{15, `Set runner/worker IPC timeout to {pick:30|30|60} seconds.`},
			{100, `WRITE LINE: {x11adate}: Running job: {x11ajob}`},
			{100, `WRITE LINE: {x11adate}: Job {x11ajob} completed with result: {pick:Succeeded|Succeeded|Succeeded|Failed|Canceled}`},
		}},
		// Knot DNS's knotd log to a file or stderr ("%Y-%m-%dT%H:%M:%S%z
		// level: [zone.] message", the zone in brackets before a zone's
		// events): zone loading, DNSSEC signing and keys, AXFR/IXFR,
		// refresh, NOTIFY, DDNS, control and start-up lines, all written
		// from knowledge of the format (no source looked up; Knot's
		// configuration reference, looked up, names the log section only).
		{name: "KnotDNS", format: `<Timestamp> <Level>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"failed", "warning"}, {"error", "error"}, {"expired", "error"}, {"denied", "warning"}, {"up-to-date", "info"}}, "info")
			return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d+0000 %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], c)
		}, events: []event{
			{90, `[{x11zone}] zone file parsed, serial {x11zserial}`},
			{90, `[{x11zone}] loaded, serial {x11zfrom} -> {x11zserial}, {int} bytes`},
			{60, `[{x11zone}] DNSSEC, signing zone`},
			{120, `[{x11zone}] DNSSEC, key, tag {x11ztag}, algorithm {x11zalg}, {pick:KSK, |}{pick:public, ready, active|public, active|public|active+}`},
			{60, `[{x11zone}] DNSSEC, signing started`},
			{60, `[{x11zone}] DNSSEC, successfully signed`},
			{60, `[{x11zone}] DNSSEC, next signing at {x11zdate}`},
			{130, `[{x11zone}] AXFR, outgoing, remote {ip}@{port}, started, serial {x11zserial}`},
			{130, `[{x11zone}] AXFR, outgoing, remote {ip}@{port}, finished, {x11zsecs} seconds, {small} messages, {int} bytes`},
			{80, `[{x11zone}] IXFR, incoming, remote {ip}@53, receiving AXFR-style IXFR`},
			{100, `[{x11zone}] refresh, remote {ip}@53, remote serial {x11zserial}, zone is up-to-date`},
			{80, `[{x11zone}] refresh, remote {ip}@53, zone updated, {x11zsecs} seconds, serial {x11zfrom} -> {x11zserial}`},
			{70, `[{x11zone}] refresh, remote {ip}@53, failed ({pick:connection reset|operation timed out|connection refused})`},
			{150, `[{x11zone}] notify, outgoing, remote {ip}@53, serial {x11zserial}`},
			{90, `[{x11zone}] notify, incoming, remote {ip}@{port}, serial {x11zserial}`},
			{70, `[{x11zone}] ACL, denied, action {pick:transfer|notify|update}, remote {ip}@{port}`},
			{80, `[{x11zone}] DDNS, processing {small} updates`},
			{80, `[{x11zone}] DDNS, finished, serial {x11zserial}, {int} msec`},
			{40, `[{x11zone}] zone event '{pick:refresh|load|DNSSEC re-sign|journal flush}' failed ({pick:connection refused|not enough space provided|operation timed out})`},
			{30, `control, received command '{pick:zone-reload|reload|status|zone-refresh|zone-sign}'`},
			{15, `configuration reloaded`},
			{10, `starting server`},
			{10, `server started in the foreground, PID {pid}`},
			{10, `loading {small} zones`},
			{15, `binding to interface {ip}@53`},
			{10, `signal {pick:SIGHUP|SIGTERM} received`},
		}},
	}
}

// neo4jSettings are settings DiagnosticsManager lists, each with values
// of its kind.
var neo4jSettings = [][]string{
	{"dbms.memory.heap.initial_size", "512M", "1G", "4g"}, {"dbms.memory.heap.max_size", "1G", "8g", "16G"},
	{"dbms.connector.bolt.listen_address", "0.0.0.0:7687", ":7687"}, {"dbms.connector.http.listen_address", "0.0.0.0:7474", ":7474"},
	{"dbms.security.auth_enabled", "true", "false"}, {"dbms.tx_log.rotation.retention_policy", "100M size", "1 days", "false"},
	{"dbms.directories.import", "import", "/var/lib/neo4j/import"}, {"dbms.logs.query.threshold", "0", "2s"},
	{"db.checkpoint.interval.time", "15m", "5m"}, {"server.memory.pagecache.size", "512.00MiB", "2g"},
	{"dbms.default_database", "neo4j", "graph"}, {"dbms.read_only", "true", "false"},
}

// ATS's http state machine actions
var atsStates = []string{"SM_ACTION_API_READ_REQUEST_HDR", "SM_ACTION_REMAP_REQUEST", "SM_ACTION_CACHE_LOOKUP", "SM_ACTION_API_CACHE_LOOKUP_COMPLETE",
	"SM_ACTION_DNS_LOOKUP", "SM_ACTION_ORIGIN_SERVER_OPEN", "SM_ACTION_API_SEND_RESPONSE_HDR", "SM_ACTION_SERVE_FROM_CACHE", "SM_ACTION_SERVER_READ", "SM_ACTION_API_OS_DNS"}

func (g *gen) holdout11(kind string) (string, bool) {
	r := g.r
	switch kind {
	// Neo4j
	case "x11ndb":
		return g.pick("neo4j/"+g.hexN(8), "system/"+g.hexN(8), "neo4j", "movies/"+g.hexN(8)), true
	case "x11nwhy":
		return g.pick("Scheduled checkpoint for every 15 minutes threshold", "Scheduled checkpoint for every 100000 transactions threshold",
			"Database shutdown", "Store copy", "Call to db.checkpoint() procedure", "Scheduled checkpoint for time threshold"), true
	case "x11ntx":
		return strconv.Itoa(2 + r.IntN(9000000)), true
	case "x11nms":
		return strconv.Itoa(r.IntN(90000)), true
	case "x11npct":
		return strconv.FormatFloat(r.Float64()*100, 'f', 1, 64), true
	case "x11nlimit":
		return g.pick("unlimited", "600", "1200"), true
	case "x11nlogv":
		s := r.IntN(400)
		return fmt.Sprintf("%d-%d", s, s+1+r.IntN(5)), true
	case "x11nlog":
		return fmt.Sprintf("/data/transactions/%s/neostore.transaction.db.%d", g.pick("neo4j", "system", "movies"), r.IntN(500)), true
	case "x11nindex":
		return fmt.Sprintf("Index( id=%d, name='%s', type='%s', schema=(:%s {%s}), indexProvider='%s' )", 1+r.IntN(40), g.pick("index_343aff4e", "constraint_1c5e52b2", "person_name", "movie_title"),
			g.pick("RANGE", "TEXT", "POINT", "LOOKUP"), g.pick("Person", "Movie", "Account"), g.pick("name", "title", "id"), g.pick("range-1.0", "text-2.0", "token-lookup-1.0")), true
	case "x11nbolterr":
		return g.pick("javax.net.ssl.SSLHandshakeException: Client requested protocol TLSv1 is not enabled or supported in server context",
			"io.netty.handler.codec.DecoderException: javax.net.ssl.SSLException: Received fatal alert: certificate_unknown",
			"java.io.IOException: Connection reset by peer", "Unsupported protocol version: 0x00000000"), true
	case "x11nuser":
		return g.pick("neo4j", "alice", "app_user", "reader"), true
	case "x11nkey": // a setting; its value (x11nval) follows
		s := neo4jSettings[r.IntN(len(neo4jSettings))]
		g.h11[0] = s[1+r.IntN(len(s)-1)]
		return s[0], true
	case "x11nval":
		return g.h11[0], true
	case "x11nver":
		return g.pick("5.15.0", "5.20.0", "4.4.30"), true
	case "x11naddr":
		return g.pick("localhost", "0.0.0.0", "neo4j-core-0.neo4j.default.svc.cluster.local", "10.1.10.201") + g.pick(":7687", ":7474", ":7473"), true

	// Kafka Connect
	case "x11kconn":
		g.h11[1] = g.pick("s3-sink-orders", "jdbc-source-users", "debezium-postgres-inventory", "es-sink-events", "hdfs-sink", "mongo-sink-audit")
		return g.h11[1], true
	case "x11kconnsame":
		return g.h11[1], true
	case "x11ktask":
		g.h11[2] = strconv.Itoa(r.IntN(6))
		return g.h11[2], true
	case "x11ktasksame":
		return g.h11[2], true
	case "x11koffsets":
		n := 1 + r.IntN(3)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = fmt.Sprintf("%s-%d=OffsetAndMetadata{offset=%d, leaderEpoch=%s, metadata=''}", g.pick("orders", "users", "events", "audit.log"), r.IntN(12), r.IntN(9000000), g.pick("null", strconv.Itoa(r.IntN(9))))
		}
		return "{" + strings.Join(parts, ", ") + "}", true
	case "x11kclass":
		return g.pick("io.confluent.connect.s3.S3SinkConnector", "io.confluent.connect.jdbc.JdbcSourceConnector", "io.debezium.connector.postgresql.PostgresConnector",
			"io.confluent.connect.elasticsearch.ElasticsearchSinkConnector", "com.mongodb.kafka.connect.MongoSinkConnector"), true
	case "x11kver":
		return g.pick("10.5.7", "2.5.4.Final", "14.0.12", "1.11.1", "3.7.0"), true
	case "x11kclient":
		return g.pick("connect-1", "connect-10.0.3.12:8083", "connect-worker-2"), true
	case "x11kgroup":
		return g.pick("connect-cluster", "connect-cluster", "kafka-connect-prod"), true
	case "x11kids":
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			s[i] = g.pick("s3-sink-orders", "jdbc-source-users", "es-sink-events", "hdfs-sink")
		}
		return strings.Join(s, ", "), true
	case "x11ktids":
		n := 1 + r.IntN(4)
		s := make([]string, n)
		for i := range s {
			s[i] = g.pick("s3-sink-orders", "jdbc-source-users", "es-sink-events", "hdfs-sink") + "-" + strconv.Itoa(r.IntN(4))
		}
		return strings.Join(s, ", "), true
	case "x11ktopic":
		return g.pick("orders", "users", "events", "dbserver1.inventory.customers", "audit.log"), true
	case "x11kbroker":
		return g.pick("kafka-0.kafka-headless.kafka.svc.cluster.local", "broker-1.internal", "10.0.4.21"), true
	case "x11kstagecls":
		return g.pick("io.confluent.connect.avro.AvroConverter", "org.apache.kafka.connect.json.JsonConverter", "org.apache.kafka.connect.transforms.TimestampConverter$Value", "io.confluent.connect.s3.S3SinkTask"), true
	case "x11kms":
		return strconv.FormatInt(1733000000000+r.Int64N(900000000), 10), true
	case "x11kerr":
		return g.pick("org.apache.kafka.connect.errors.DataException: Converting byte[] to Kafka Connect data failed due to serialization error: ",
			"org.apache.kafka.connect.errors.ConnectException: java.sql.SQLException: Connection is closed",
			"org.apache.kafka.connect.errors.RetriableException: Failed to write to S3: Timeout waiting for connection from pool",
			"java.lang.NullPointerException"), true
	case "x11kdate":
		return fmt.Sprintf("%02d/Dec/2026:%02d:%02d:%02d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x11kurl":
		c := g.pick("s3-sink-orders", "jdbc-source-users", "es-sink-events")
		return g.pick("/connectors", "/connectors/"+c+"/status", "/connectors/"+c+"/config", "/connectors/"+c+"/tasks/"+strconv.Itoa(r.IntN(4))+"/status",
			"/connectors?expand=status&expand=info", "/connectors/"+c+"/restart?includeTasks=true&onlyFailed=true", "/", "/connector-plugins"), true
	case "x11kstatus":
		return g.pick("200", "200", "200", "201", "204", "404", "409", "500"), true
	case "x11kagent":
		return g.pick("curl/8.5.0", "ReactorNetty/1.1.13", "Apache-HttpClient/4.5.14 (Java/17.0.9)", "python-requests/2.31.0", "-"), true

	// Traffic Server
	case "x11tbehind":
		return strconv.Itoa(-40000 - r.IntN(1000)), true
	case "x11tsm":
		return strconv.Itoa(r.IntN(900000)), true
	case "x11tstate":
		return atsStates[r.IntN(len(atsStates))], true
	case "x11turl":
		return g.pick("http", "https") + "://" + g.value("x11thost") + g.pick("/", "/index.html", "/static/app."+g.hexN(8)+".js", "/api/v1/items?id="+strconv.Itoa(r.IntN(9999)), "/images/logo.png"), true
	case "x11thost":
		return g.pick("origin.example.com", "cdn-origin.internal", "www.example.org", "api.example.net", "static.example.com"), true
	case "x11tssl":
		return g.pick("error:14094412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate", "error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
			"error:140943FC:SSL routines:ssl3_read_bytes:sslv3 alert bad record mac", "SSL_ERROR_SYSCALL, errno=104"), true
	case "x11tpath":
		return g.pick("/etc/trafficserver/ssl_multicert.config", "/etc/trafficserver/remap.config", "/etc/trafficserver/parent.config", "/opt/ats/etc/trafficserver/storage.config", "/etc/trafficserver/ip_allow.yaml"), true

	// Haraka
	case "x11hlocal":
		return g.pick("::ffff:10.0.0.5", "10.0.0.5", "127.0.0.1", "::"), true
	case "x11hrdns":
		return g.pick("mail-wm1-f54.google.com", "ip-10-0-1-17.eu-west-1.compute.internal", "", "NXDOMAIN", "localhost", "out.mta.example.net"), true
	case "x11hhelo":
		return g.pick("mail-wm1-f54.google.com", "localhost", "", "[192.168.1.250]", "DESKTOP-UPCFNQM", "mta7.example.net"), true
	case "x11hyn":
		return g.pick("Y", "N", "N"), true
	case "x11hcount":
		return fmt.Sprintf("%d/%d/%d", r.IntN(3), r.IntN(2), r.IntN(2)), true
	case "x11hlr":
		return g.pick("", "", "250 Message Queued", "503 RCPT required first", "452 plugin timeout", "550 I cannot deliver mail for <nobody@example.org>", "421 timeout"), true
	case "x11hsecs":
		return strconv.FormatFloat(r.Float64()*40, 'f', 3, 64), true
	case "x11hmail":
		return g.pick(users...) + "@" + g.pick("example.com", "mail.example.org", "lists.example.net"), true
	case "x11hmsg":
		return g.pick("", "", "", "Sender OK", "recipient not in host list", "relaying denied", "DNSBL: zen.spamhaus.org"), true
	case "x11hmid":
		return "<" + g.hexN(16) + "@" + g.pick("mail.gmail.com", "example.com", "DESKTOP-UPCFNQM") + ">", true
	case "x11hqmsg":
		return g.pick("", " ("+g.value("uuid")+".1)", "Message Queued ("+g.value("uuid")+".1)"), true
	case "x11hhook":
		return g.pick("connect_init", "lookup_rdns", "connect", "helo", "ehlo", "mail", "rcpt", "data", "data_post", "queue", "disconnect", "capabilities"), true
	case "x11hplugin":
		return g.pick("access", "helo.checks", "dnsbl", "rcpt_to.in_host_list", "tls", "auth/flat_file", "queue/smtp_forward", "spf", "headers", "mail_from.is_resolvable"), true
	case "x11hfn":
		return g.pick("rdns_access", "any", "init", "match_re", "bare_ip", "dynamic", "big_company", "valid_hostname", "hook_rcpt", "hook_queue"), true
	case "x11hparams":
		return g.pick("", "", g.value("ip"), "<"+g.value("x11hmail")+">", "DESKTOP-UPCFNQM", "mta7.example.net"), true
	case "x11hchk":
		return g.pick(g.value("ip"), "unknown", g.value("x11hrdns")), true
	case "x11hqfile":
		return fmt.Sprintf("%d_%d_0_%d_%s_%d_%s", 1733000000000+r.IntN(900000000), 1733000000000+r.IntN(900000000), r.IntN(9999), g.alnum(6), r.IntN(3), g.pick("mx1", "haraka")), true
	case "x11hdomain":
		return g.pick("gmail.com", "example.net", "outlook.com", "example.org"), true
	case "x11hmx":
		return g.pick("gmail-smtp-in.l.google.com", "mx.example.net", "example-org.mail.protection.outlook.com"), true
	case "x11hresp":
		return g.pick("Message Queued ("+g.hexN(10)+")", "2.0.0 OK 1733566447 a640c23a62f3a-aa6"+g.hexN(6)+"si.123 - gsmtp", "451 4.7.1 Greylisted, please try again later", "421 4.7.0 Try again later, closing connection."), true

	// linkerd2-proxy
	case "x11lany":
		return g.pick("0.0.0.0", "[::]"), true
	case "x11lid":
		return g.pick("web", "default", "emoji", "voting", "linkerd-destination") + "." + g.pick("emojivoto", "default", "linkerd", "prod") + ".serviceaccount.identity.linkerd.cluster.local", true
	case "x11lidaddr":
		return "linkerd-identity-headless.linkerd.svc.cluster.local:8080", true
	case "x11ldstaddr":
		return g.pick("linkerd-dst-headless.linkerd.svc.cluster.local:8086", "localhost:8086"), true
	case "x11lidid":
		return "linkerd-identity.linkerd.serviceaccount.identity.linkerd.cluster.local", true
	case "x11ldstid":
		return "linkerd-destination.linkerd.serviceaccount.identity.linkerd.cluster.local", true
	case "x11lport":
		return g.pick("80", "8080", "9995", "9997", "4191", "4317", "443", "5432"), true
	case "x11lctl":
		return g.pick("localhost", "linkerd-policy.linkerd.svc.cluster.local"), true
	case "x11lep":
		g.h11[2] = g.value("ipport")
		return g.h11[2], true
	case "x11lepsame":
		return g.h11[2], true
	case "x11lconnerrsame":
		return g.h11[0], true
	case "x11lreqerrsame":
		return g.h11[0], true
	case "x11lconnerr":
		g.h11[0] = g.pick("Connection refused (os error 111)", "connect timed out after 1s", "Connection refused (os error 111)", "No route to host (os error 113)")
		return g.h11[0], true
	case "x11lresolve":
		return g.pick("no record found for name: linkerd-identity-headless.linkerd.svc.cluster.local. type: SRV class: IN",
			"failed to resolve: request timed out", "no record found for name: linkerd-dst-headless.linkerd.svc.cluster.local. type: SRV class: IN"), true
	case "x11lns":
		return g.pick("default", "prod", "emojivoto", "payments", "monitoring"), true
	case "x11lsvc":
		return g.pick("web-svc", "emoji-svc", "voting-svc", "api", "svc-"+g.hexN(40), "otel-collector"), true
	case "x11lreqerr":
		g.h11[0] = g.pick("logical service "+g.value("ip")+":80: service in fail-fast", "error trying to connect: Connection refused (os error 111)",
			"logical service "+g.value("ip")+":80: route default.http: backend Service.prod.api:80: Service.prod.api:80: service in fail-fast",
			"the request could not be dispatched in a timely fashion", "connection closed before message completed", "response timed out")
		return g.h11[0], true
	case "x11lclosed":
		return g.pick("TCP Server service in fail-fast", "connection closed before message completed", "client "+g.value("ipport")+": server: "+g.value("ipport")+": server "+g.value("ipport")+": service unavailable",
			"direct connections must be mutually authenticated", "Connection reset by peer (os error 104)", "TLS detection timed out"), true
	case "x11ltls":
		return g.pick("None(NoClientHello)", "None(NoClientHello)", "Some(Established { client_id: Some(ClientId(Name(\"prometheus.linkerd-viz.serviceaccount.identity.linkerd.cluster.local\"))), negotiated_protocol: None })", "None(Loopback)"), true

	// ESPHome
	case "x11ename": // a sensor's name; its unit (x11eunit) follows
		s := g.pick("Living Room Temperature|°C", "Attic Temperature|°F", "Relative Humidity|%", "Pressure|hPa", "WiFi Signal|dBm", "PM1 Total Watts|W",
			"PM1 Volts|V", "PM1 Total kWh|kWh", "Vorlauftemperatur HK2|°C", "pv_phase_1_line_to_neutral_volts|V", "Uptime|s", "Spannung A0|V", "Soil Moisture|%")
		name, unit, _ := strings.Cut(s, "|")
		g.h11[3] = unit
		return name, true
	case "x11eunit":
		return g.h11[3], true
	case "x11eval":
		return strconv.FormatFloat(-80+r.Float64()*1200, 'f', 5, 64), true
	case "x11eraw":
		return strconv.FormatFloat(r.Float64()*1000, 'f', 6, 64), true
	case "x11etemp":
		return strconv.FormatFloat(10+r.Float64()*60, 'f', 1, 64), true
	case "x11ebin":
		return g.pick("ESP32Heizung Status", "Front Door", "Motion Hallway", "Button 1", "Leak Sensor"), true
	case "x11eswitch":
		return g.pick("Relay 1", "Garden Pump", "Restart", "Status LED"), true
	case "x11ehex":
		n := 1 + r.IntN(5)
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf("%02X", r.IntN(256))
		}
		return strings.Join(s, ":"), true
	case "x11eaddr":
		return fmt.Sprintf("%04X", r.IntN(0xffff)), true
	case "x11ecomp":
		return g.pick("api", "wifi", "logger", "sensor", "mqtt", "display", "modbus_controller", "dallas.sensor", "ili9341"), true
	case "x11elong":
		return strconv.Itoa(31 + r.IntN(400)), true
	case "x11essid":
		return g.pick("HomeNet", "IoT-2G", "FRITZ!Box 7590 XY", "garage-ap"), true
	case "x11eclient":
		return g.pick("Home Assistant 2024.4.3", "Home Assistant 2024.12.1", "aioesphomeapi", "ESPHome Logs 2024.11.3"), true
	case "x11ehost":
		return g.pick("esp32heizung", "livingroom-sensor", "garage-door", "power-meter-1"), true

	// Icecast
	case "x11imount":
		return g.pick("/live", "/movil", "/radio", "/radio.mp3", "/stream", "/ehr.mp3", "/ehr.aac", "/rockradio", "/stream.ogg"), true
	case "x11istat": // a source statistic; its value (x11ival) follows
		s := g.pick("outgoing_kbitrate", "incoming_bitrate", "total_bytes_read", "total_bytes_sent", "total_mbytes_sent", "queue_size", "connected", "listeners", "listener_peak", "title")
		return s, true
	case "x11ival":
		return g.pick(strconv.Itoa(r.IntN(300)), strconv.Itoa(r.IntN(90000000)), "0"), true
	case "x11igstat":
		return g.pick("listener_connections", "client_connections", "connections", "source_relay_connections", "source_total_connections", "sources", "stats", "stream_kbytes_read", "stream_kbytes_sent", "clients", "banned_IPs", "outgoing_kbitrate"), true
	case "x11inode":
		return g.pick("listenurl", "listener_peak", "public", "source_ip", "bitrate", "audio_info", "queue_size", "incoming_bitrate", "connected", "server_name", "genre"), true
	case "x11inodeval":
		return g.pick("0", "1", "64", "128", "http://stream.example.org:8000"+g.value("x11imount"), g.value("ip"), "channels=2;samplerate=44100;bitrate=64", "Rock", "Radio Example"), true
	case "x11ipath":
		return g.pick("/admin/metadata", "/admin/listclients", "/128.mp3/;", "/statusbar.html", "/status-json.xsl", "/live", "/radio.mp3", "/favicon.ico"), true
	case "x11iptr":
		return fmt.Sprintf("0x%x", 0x558eb8f00000+r.Int64N(0xfffff)), true

	// ModSecurity
	case "x11mcid":
		return strconv.Itoa(1 + r.IntN(900000)), true
	case "x11mop": // an operator; its parameter (x11mparam) follows
		op := g.pick("Rx", "Rx", "Rx", "Ge", "DetectSQLi", "DetectXSS", "PmFromFile", "Within", "Eq", "ValidateByteRange")
		g.h11[0] = map[string]string{"Rx": g.pick(`(?i)(?:\b(?:union\b.*\bselect|select\b.*\bfrom)\b)`, `(?:^|[^\\\\])\\\\[cdeghijklmpqwxyz123456789]`, `^[\\d.:]+$`),
			"Ge": "5", "DetectSQLi": "", "DetectXSS": "", "PmFromFile": g.pick("unix-shell.data", "scanners-user-agents.data", "lfi-os-files.data"),
			"Within": "|application/x-www-form-urlencoded| |multipart/form-data| |text/xml| |application/xml| |application/json|", "Eq": "0", "ValidateByteRange": "1-255"}[op]
		return op, true
	case "x11mparam":
		return g.h11[0], true
	case "x11mvar":
		return g.pick("ARGS:id", "ARGS:q", "TX:ANOMALY_SCORE", "TX:BLOCKING_INBOUND_ANOMALY_SCORE", "REQUEST_HEADERS:Host", "REQUEST_HEADERS:User-Agent", "REQUEST_FILENAME", "REQBODY_ERROR", "ARGS_NAMES:testparam", "TX:content_type"), true
	case "x11mval":
		return g.pick("1' or '1'='1", "5", "10", g.value("ip"), "Nikto/2.5.0", "/etc/passwd", "<script>alert(1)</script>", "0", "|multipart/related|", "../../../../etc/shadow"), true
	case "x11mfile":
		return "/usr/share/modsecurity-crs/rules/" + g.pick("REQUEST-942-APPLICATION-ATTACK-SQLI.conf", "REQUEST-949-BLOCKING-EVALUATION.conf", "REQUEST-920-PROTOCOL-ENFORCEMENT.conf",
			"REQUEST-941-APPLICATION-ATTACK-XSS.conf", "REQUEST-930-APPLICATION-ATTACK-LFI.conf", "REQUEST-913-SCANNER-DETECTION.conf", "REQUEST-932-APPLICATION-ATTACK-RCE.conf"), true
	case "x11mid":
		return g.pick("942100", "949110", "920350", "941100", "930120", "913100", "932160", "920420", "200002"), true
	case "x11mrev":
		return g.pick("", "", "", "2", "4"), true
	case "x11mmsg":
		return g.pick("SQL Injection Attack Detected via libinjection", "Inbound Anomaly Score Exceeded (Total Score: "+strconv.Itoa(5+r.IntN(30))+")",
			"Host header is a numeric IP address", "XSS Attack Detected via libinjection", "OS File Access Attempt", "Found User-Agent associated with security scanner",
			"Request content type is not allowed by policy", "Failed to parse request body.", "Remote Command Execution: Unix Shell Code Found"), true
	case "x11mdata":
		return g.pick("", "", "Matched Data: s&sos found within ARGS:id: 1' or '1'='1", "Matched Data: <script found within ARGS:q: <script>alert(1)</script>", "Matched Data: etc/passwd found within ARGS:file: /etc/passwd", g.value("ip")), true
	case "x11msev":
		return g.pick("2", "2", "0", "4", "5"), true
	case "x11mver":
		return g.pick("OWASP_CRS/3.3.5", "OWASP_CRS/4.0.0", "OWASP_CRS/3.3.5", ""), true
	case "x11mtags": // a rule's tags, one [tag "..."] each, in the rule's order
		all := []string{"application-multi", "language-multi", "platform-multi", "attack-sqli", "attack-xss", "paranoia-level/1", "OWASP_CRS", "capec/1000/152/248/66", "PCI/6.5.2", "attack-protocol", "anomaly-evaluation", "attack-lfi", "attack-reputation-scanner"}
		n := r.IntN(7)
		s := make([]string, n)
		for i := range s {
			s[i] = `[tag "` + all[r.IntN(len(all))] + `"]`
		}
		return strings.Join(s, " "), true
	case "x11muri":
		return g.pick("/", "/index.php", "/wp-login.php", "/api/v1/search", "/cgi-bin/test.cgi", "/product", "/.env"), true
	case "x11muid":
		return fmt.Sprintf("%d.%06d", 1733000000000+r.Int64N(900000000), r.IntN(1000000)), true
	case "x11mref":
		return g.pick("o0,4v16,4", "v8,5", "o12,5v21,21t:urlDecodeUni,t:htmlEntityDecode", "", "o0,11v4,11t:lowercase"), true
	case "x11mserver":
		return g.pick("localhost", "_", "www.example.com", "api.example.org"), true
	case "x11mreq":
		return g.pick("GET /?id=1%27%20or%20%271%27=%271 HTTP/1.1", "GET / HTTP/1.1", "POST /wp-login.php HTTP/1.1", "GET /index.php?file=../../../../etc/passwd HTTP/1.1",
			"GET /api/v1/search?q=%3Cscript%3Ealert(1)%3C/script%3E HTTP/2.0", "POST /api/v1/upload HTTP/1.1"), true
	case "x11mhost":
		return g.pick(g.value("ip"), "www.example.com", "api.example.org", "localhost"), true
	case "x11mrules":
		return strconv.Itoa(800 + r.IntN(200)), true
	case "x11mrerr":
		return g.pick(`Invalid input:  SecRuleEngine Onn`, `Failed to open file: /etc/nginx/modsec/crs-setup.conf. Looking at: '/etc/nginx/modsec/crs-setup.conf'`,
			`Expecting an action, got: ,ctl:ruleRemoveById=942100"`, `Rule id: 900990 is duplicated`), true

	// Samba
	case "x11bhost":
		return g.pick("desktop-7hq2", "laptop-alice", "nas-client", "ws042", "printsrv", g.value("ip")), true
	case "x11bshare":
		return g.pick("IPC$", "IPC$", "homes", "public", "scans", "backup", "alice", "print$", "projects"), true
	case "x11buser":
		g.h11[1] = g.pick(users...)
		return g.h11[1], true
	case "x11busersame":
		return g.h11[1], true
	case "x11buid":
		return strconv.Itoa(g.pickInt(0, 65534, 1000+r.IntN(40), 3000000+r.IntN(9999))), true
	case "x11bdom":
		return g.pick("EXAMPLE", "WORKGROUP", "NAS", ""), true
	case "x11bdate":
		return fmt.Sprintf("%s, %02d Dec 2026 %02d:%02d:%02d.%06d UTC", g.pick("Mon", "Tue", "Wed", "Thu", "Fri"), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x11bstatus":
		return g.pick("NT_STATUS_OK", "NT_STATUS_OK", "NT_STATUS_OK", "NT_STATUS_WRONG_PASSWORD", "NT_STATUS_NO_SUCH_USER", "NT_STATUS_ACCESS_DENIED", "NT_STATUS_OBJECT_NAME_NOT_FOUND", "NT_STATUS_NOT_FOUND"), true
	case "x11bws":
		return g.pick("DESKTOP-7HQ2", "", "WS042", "LAPTOP-ALICE", "\\\\NAS-CLIENT"), true
	case "x11bsrc":
		return g.pick("smb2_create.c:351", "smb2_server.c:3918", "smb2_tcon.c:151", "smb2_ioctl.c:346", "smb2_getinfo.c:167"), true
	case "x11bpath":
		return g.pick("/srv/samba/projects", "/home/alice", "/mnt/usb/backup", "/srv/scans"), true

	// Bacula
	case "x11jid":
		g.h11[1] = strconv.Itoa(1 + r.IntN(40000))
		return g.h11[1], true
	case "x11jidsame":
		return g.h11[1], true
	case "x11jjob":
		return fmt.Sprintf("%s.2026-12-%02d_%02d.%02d.%02d_%02d", g.pick("BackupClient1", "BackupCatalog", "RestoreFiles", "web01-Full", "db-nightly"), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(60)), true
	case "x11jstore":
		return g.pick("File1", "File2", "Autochanger1", "LTO8-1"), true
	case "x11jhost":
		return g.pick("bacula-sd", "backup01.example.com", "web01.example.com", "10.0.8.12", "db01.internal"), true
	case "x11jclient":
		return g.pick("bacula-fd", "web01-fd", "db01-fd", "fileserver-fd", "backup01-fd"), true
	case "x11jdev":
		return g.pick("FileChgr1-Dev1", "FileChgr1-Dev2", "FileStorage", "LTO8-Drive0"), true
	case "x11jvol":
		return g.pick("Vol-"+fmt.Sprintf("%04d", r.IntN(900)), "Full-"+fmt.Sprintf("%04d", r.IntN(900)), "Inc-"+fmt.Sprintf("%04d", r.IntN(900)), "A0001"+strconv.Itoa(r.IntN(9))+"L8"), true
	case "x11jelapsed":
		if r.IntN(3) == 0 {
			return fmt.Sprintf("%02d:%02d:%02d", r.IntN(12), r.IntN(60), r.IntN(60)), true
		}
		return fmt.Sprintf("%d min %d secs", r.IntN(59), r.IntN(60)), true
	case "x11jrate":
		return g.pick(strconv.FormatFloat(r.Float64()*999, 'f', 1, 64)+" K", strconv.FormatFloat(r.Float64()*200, 'f', 1, 64)+" M", strconv.Itoa(r.IntN(999))), true

	// structlog
	case "x11sts":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%06dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x11spath":
		return g.pick("/api/v1/orders", "/api/v1/orders/"+strconv.Itoa(r.IntN(99999)), "/healthz", "/api/v1/users/me", "/api/v1/cart/items", "/admin/login/", "/static/app.js"), true
	case "x11sstatus":
		return g.pick("200", "200", "200", "201", "204", "302", "400", "401", "404", "500", "503"), true
	case "x11sms":
		return strconv.FormatFloat(r.Float64()*3000, 'f', 2, 64), true
	case "x11semail":
		return g.pick(users...) + "@example.com", true
	case "x11stask":
		return g.pick("app.tasks.send_email", "app.tasks.generate_invoice", "app.tasks.sync_inventory", "app.tasks.cleanup_sessions", "app.tasks.export_report"), true
	case "x11ssecs":
		return strconv.FormatFloat(r.Float64()*30, 'f', 4, 64), true
	case "x11sexc":
		return strings.ReplaceAll(jsonEsc("Traceback (most recent call last):\n  File \"/srv/app/tasks.py\", line "+strconv.Itoa(10+r.IntN(300))+", in run\n    "+
			g.pick("resp = client.post(url, json=payload, timeout=5)\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.mailer.example', port=443): Read timed out. (read timeout=5)",
				"invoice = Invoice.objects.get(pk=invoice_id)\napp.models.Invoice.DoesNotExist: Invoice matching query does not exist.",
				"conn.execute(stmt)\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly")), "\n", `\n`), true
	case "x11smoney":
		return fmt.Sprintf("%d.%02d", r.IntN(900), r.IntN(100)), true
	case "x11serr":
		return g.pick("card_declined", "insufficient_funds", "Your card has expired.", "do_not_honor", ""), true
	case "x11skey":
		return g.pick("user:", "session:", "product:", "cart:", "rate:") + strconv.Itoa(r.IntN(99999)), true
	case "x11ssql":
		return jsonEsc(g.value("sql")), true
	case "x11surl":
		return g.pick("https://api.mailer.example/v3/send", "http://inventory.internal:8080/stock/"+strconv.Itoa(r.IntN(9999)), "https://hooks.slack.example/services/T000/B000", "http://payments:9000/charge"), true

	// Actions runner
	case "x11asess":
		return g.pick("8f0c6e2a-1b7d-4c55-9a3e-2d1f0b6c7e91", "3c2b9d44-7e10-4f6b-8a21-c5d9e3f01a72", g.value("uuid")), true
	case "x11abackoff":
		return strconv.FormatFloat(15+r.Float64()*45, 'f', 7, 64), true
	case "x11areq":
		return strconv.Itoa(1 + r.IntN(90000)), true
	case "x11aorch":
		return fmt.Sprintf("%s.%s.%s.%d", g.value("uuid"), g.pick("build", "test", "deploy", "lint"), g.pick("__default", "ubuntu-latest_18", "linux"), 1+r.IntN(3)), true
	case "x11adate":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x11ajob":
		return g.pick("build", "test (ubuntu-latest, 3.12)", "lint", "deploy / deploy-prod", "Build and push image", "e2e (chromium)"), true

	// Knot DNS
	case "x11zone":
		return g.pick("example.com.", "example.org.", "example.net.", "internal.example.com.", "10.in-addr.arpa.", "0.8.b.d.0.1.0.0.2.ip6.arpa.", "shop.example."), true
	case "x11zserial":
		return fmt.Sprintf("202612%02d%02d", 1+r.IntN(28), r.IntN(100)), true
	case "x11zfrom":
		if r.IntN(4) == 0 {
			return "none", true
		}
		return g.value("x11zserial"), true
	case "x11ztag":
		return strconv.Itoa(r.IntN(65536)), true
	case "x11zalg":
		return g.pick("ECDSAP256SHA256", "ECDSAP256SHA256", "ED25519", "RSASHA256", "ECDSAP384SHA384"), true
	case "x11zdate":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d+0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x11zsecs":
		return strconv.FormatFloat(r.Float64()*5, 'f', 2, 64), true
	}
	return "", false
}
