package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The seventeenth held-out families (issue #14, session 24, h148):
// software that neither testdata/logcorpus, the sixteen held-out sets nor
// Loghub-2k has, each written from how the program writes its lines (real
// lines quoted in the programs' issue trackers and help pages, cited at
// each family) or, where a family says so, from knowledge of the format
// without a source looked up, for a set written blind: its author read no
// miner code and ran no miner on it. They go to testdata/logholdout17 (go
// run ./cmd/loggen -set holdout17); same truth conventions as the corpus
// and the sixteenth set (khanCorrect, one "<*>" per value the program
// fills in, whether empty, one word or several; keys constant and their
// values variables, the message key's value its format string, so a
// logfmt, JSON or "key: value" value the call site writes as a literal
// (at=info, "level":"info", tag: MQTT) is a value all the same; a name or
// state substituted into a fixed sentence is a value (a Gradle task's
// outcome, a dyno's states, a path checker's name); a list written in a
// loop (RocksDB's LSM shape and a compaction's inputs, an addons path, a
// JSON array) is one value; a program's whole line where it writes no
// header (Temporal's and a Rust service's JSON, Gradle's console) is the
// content). A message id and its text are the message's kind, constant
// (WebLogic's BEA-000365 in its own header field, Heroku's "Error R14
// (Memory quota exceeded)"), except where the program writes the id as a
// logfmt value (the router's code=H12 desc="Request timeout").
//
//	go run ./cmd/loggen -set holdout17 -out testdata/logholdout17

// holdout17Seed is the seventeenth held-out set's seed.
const holdout17Seed = 83

// herokuRouterErrors are the router's error codes with their desc and
// the status it answers (Heroku's error-codes page): a crashed app or no
// dyno has no dyno, connect and service to report.
var herokuRouterErrors = []struct {
	code, desc, status string
	noDyno             bool
}{
	{"H12", "Request timeout", "503", false}, {"H12", "Request timeout", "503", false}, {"H10", "App crashed", "503", true},
	{"H13", "Connection closed without response", "503", false}, {"H14", "No web processes running", "503", true},
	{"H15", "Idle connection", "503", false}, {"H18", "Server Request Interrupted", "503", false},
	{"H27", "Client Request Interrupted", "499", false}, {"H11", "Backlog too deep", "503", false}, {"H80", "Maintenance mode", "503", true},
}

func holdout17Families() []family {
	isoTime := func(g *gen, frac int) string {
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%0*d", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), frac, g.r.IntN(pow10(frac)))
	}
	sysDate := func(g *gen) string {
		return fmt.Sprintf("Dec %2d %02d:%02d:%02d", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
	}
	// a Temporal server record (zap's JSON encoder: level, ts, msg, the
	// fields in the order the call adds them, logging-call-at last)
	temporal := func(level, msg, fields, at string) string {
		return `{"level":"` + level + `","ts":"{x17tts}","msg":"` + msg + `",` + fields + `"logging-call-at":"` + at + `"}`
	}
	// a task the history service failed to process (the queue task's
	// fields as the task executor adds them)
	taskFields := `"shard-id":{x17tshard},"address":"{x17taddr}","component":"{x17tqueue}","wf-namespace-id":"{uuid}","wf-id":"{x17twfid}","wf-run-id":"{uuid}","queue-task-id":{x17ttaskid},"queue-task-visibility-timestamp":"{x17tts}","queue-task-type":"{x17ttasktype}",`
	// a tracing-subscriber JSON record: the event's fields with its
	// message, the target, the current span and the span list
	reqSpan := `{"method":"{x17rmethod}","uri":"{x17ruri}","version":"{x17rver}","name":"request"}`
	reqSpanAgain := `{"method":"{x17rmethodagain}","uri":"{x17ruriagain}","version":"{x17rveragain}","name":"request"}`
	rustEvent := func(level, fields, target string, inSpan bool) string {
		s := `{"timestamp":"{x17rts}","level":"` + level + `","fields":{` + fields + `},"target":"` + target + `"`
		if inSpan {
			s += `,"span":` + reqSpan + `,"spans":[` + reqSpanAgain + `]`
		}
		return s + `}`
	}
	return []family{
		// Temporal server's log (zap JSON, one record a line): "Current
		// reachable members" with service, component, addresses and
		// logging-call-at "rpServiceResolver.go:266", "Received a ring
		// changed event" at "rpServiceResolver.go:219" (quoted in
		// temporalio/temporal-render-simple issue #7); the shard,
		// task-processing, persistence, matching, membership and start-up
		// records written from knowledge of the format.
		{name: "Temporal", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: jsonValues("msg", []event{
			{260, temporal("warn", "Fail to process task", taskFields+`"wf-history-event-id":{int},"error":"{x17terr}","lifecycle":"ProcessingFailed",`, "lazy_logger.go:68")},
			{160, temporal("info", "Critical error processing task, retrying.", taskFields+`"error":"{x17terr}",`, "{one:task_executable.go:<pick:381|420>}")},
			{180, temporal("info", "history client encountered error", `"service":"{x17tsvc}","error":"{x17terr}","service-error-type":"{x17terrtype}",`, "{one:metric_client.go:<pick:90|104>}")},
			{120, temporal("info", "matching client encountered error", `"service":"{x17tsvc}","error":"{x17terr}","service-error-type":"{x17terrtype}",`, "{one:metric_client.go:<pick:219|258>}")},
			{130, temporal("info", "Range updated for shardID", `"shard-id":{x17tshard},"address":"{x17taddr}","shard-range-id":{int},"previous-shard-range-id":{int},"number":{big},"next-number":{big},`, "{one:context_impl.go:<pick:1201|1355>}")},
			{80, temporal("info", "Acquired shard", `"shard-id":{x17tshard},"address":"{x17taddr}",`, "{one:context_impl.go:<pick:1936|2011>}")},
			{60, temporal("info", "Close shard", `"shard-id":{x17tshard},"address":"{x17taddr}",`, "{one:context_impl.go:<pick:1190|1267>}")},
			{70, temporal("info", "Current reachable members", `"service":"{x17tsvc}","component":"service-resolver","service":"{x17tsvc}","addresses":[{x17taddrs}],`, "{one:rpServiceResolver.go:<pick:266|283>}")},
			{110, temporal("info", "Received a ring changed event", `"service":"{x17tsvc}","component":"service-resolver","service":"{x17tsvc}",`, "{one:rpServiceResolver.go:<pick:219|236>}")},
			{90, temporal("error", "Persistent store operation failure", `"shard-id":{x17tshard},"address":"{x17taddr}","store-operation":"{x17tstoreop}","error":"{x17tstoreerr}",`, "{one:handler.go:<pick:1802|1957>}")},
			{70, temporal("warn", "Unable to call matching.PollWorkflowTaskQueue.", `"service":"frontend","wf-task-queue-name":"{x17tqueuename}","timeout":"{x17tdur}","error":"context deadline exceeded",`, "{one:workflow_handler.go:<pick:850|923>}")},
			{60, temporal("info", "Task Processor: task event ID >= MS NextEventID, skip.", `"shard-id":{x17tshard},"address":"{x17taddr}","wf-namespace-id":"{uuid}","wf-id":"{x17twfid}","wf-run-id":"{uuid}","queue-task-id":{x17ttaskid},"wf-next-event-id":{int},`, "{one:nDCTaskUtil.go:<pick:103|120>}")},
			{40, temporal("info", "Membership heartbeat upserted successfully", `"address":"{ip}","port":{pick:6934|6935|6939},"hostId":"{uuid}",`, "{one:monitor.go:<pick:256|301>}")},
			{30, temporal("info", "bootstrap hosts fetched", `"bootstrap-hostports":"{x17taddrlist}",`, "{one:monitor.go:<pick:298|343>}")},
			{25, temporal("info", "Service resources started", `"service":"{x17tsvc}","address":"{x17taddr}",`, "{one:resourceImpl.go:<pick:393|421>}")},
			{25, temporal("info", "RuntimeMetricsReporter started", `"service":"{x17tsvc}",`, "{one:runtime.go:<pick:138|143>}")},
			{20, temporal("info", "Started", `"service":"{x17tsvc}","component":"{pick:fx|shard-controller|worker-manager|namespace-replication-queue}",`, "{one:service.go:<pick:160|197>}")},
			{25, temporal("warn", "Workflow task timed out.", `"shard-id":{x17tshard},"address":"{x17taddr}","wf-namespace-id":"{uuid}","wf-id":"{x17twfid}","wf-run-id":"{uuid}","timeout-type":"{pick:StartToClose|ScheduleToStart}",`, "{one:timer_queue_active_task_executor.go:<pick:402|455>}")},
			{20, temporal("info", "none", `"component":"shard-controller","address":"{x17taddr}","lifecycle":"{pick:Started|Stopping|Stopped}",`, "{one:controller_impl.go:<pick:143|171>}")},
		})},
		// Heroku's log stream (Logplex drains, `heroku logs`: "%s
		// %s[%s]: %s", the time, the source and dyno, the message): the
		// router's logfmt lines "at=error code=H12 desc=\"Request
		// timeout\" method=GET path=\"/\" host=myapp.herokuapp.com
		// fwd=17.17.17.17 dyno=web.1 connect=6ms service=30001ms
		// status=503 bytes=0" (quoted on riptutorial's and
		// tastones.com's Heroku error-code pages, with app[web.2] lines,
		// and the older "Error H12 (Request timeout) -> GET ..." on
		// jsiegel.com); the router's info lines with request_id and
		// protocol, the dyno manager's state, process, memory and R14
		// lines, the Postgres and Redis metrics and the platform API
		// lines written from knowledge of the format.
		{name: "Heroku", format: `<Time> <Source>\[<Dyno>\]: <Content>`, header: func(g *gen, c string) string {
			src, dyno := "heroku", "web."+strconv.Itoa(1+g.r.IntN(4))
			switch {
			case strings.HasPrefix(c, "at="):
				dyno = "router"
			case strings.HasPrefix(c, "source=DATABASE"):
				dyno = "heroku-postgres"
			case strings.HasPrefix(c, "source=REDIS"):
				dyno = "heroku-redis"
			case strings.Contains(c, " by user "):
				src, dyno = "app", "api"
			case strings.HasPrefix(c, "*") || strings.HasPrefix(c, "=") || strings.HasPrefix(c, "- ") || strings.HasPrefix(c, "Use Ctrl-C") || strings.HasPrefix(c, "Puma "):
				src = "app"
			case strings.Contains(c, "`rake ") || strings.Contains(c, "`bin/"):
				dyno = "scheduler." + strconv.Itoa(1000+g.r.IntN(9000))
			}
			return fmt.Sprintf("%s+00:00 %s[%s]: %s", isoTime(g, 6), src, dyno, c)
		}, events: []event{
			{620, `at=info method={method} path="{x17hpath}" host={x17hhost} request_id={uuid} fwd="{x17hfwd}" dyno={x17hdyno} connect={x17hms}ms service={x17hms}ms status={status} bytes={int} protocol={pick:https|https|https|http}`},
			{200, `at=error code={x17hcode} desc="{x17hdesc}" method={method} path="{x17hpath}" host={x17hhost} request_id={uuid} fwd="{x17hfwd}" dyno={x17hedyno} connect={x17heconnect} service={x17heservice} status={x17hestatus} bytes={x17hebytes} protocol={pick:https|https|http}`},
			{80, `State changed from {x17hstate} to {x17hstate2}`},
			{60, `Starting process with command ` + "`{x17hcmd}`"},
			{50, `Process exited with status {pick:0|143|143|1|137}`},
			{50, `Stopping all processes with SIGTERM`},
			{15, `Stopping process with SIGKILL`},
			{90, `Process running mem={x17hmem}M({x17hmempct}%)`},
			{70, `Error R14 (Memory quota exceeded)`},
			{15, `Error R15 (Memory quota vastly exceeded)`},
			{15, `Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch`},
			{25, `Cycling`},
			{10, `Idling`},
			{15, `Restarting`},
			{100, `source=DATABASE addon={x17haddon} sample#current_transaction={big} sample#db_size={big}bytes sample#tables={int} sample#active-connections={small} sample#waiting-connections={pick:0|0|1} sample#index-cache-hit-rate={x17hrate} sample#table-cache-hit-rate={x17hrate} sample#load-avg-1m={x17hload} sample#load-avg-5m={x17hload} sample#load-avg-15m={x17hload} sample#read-iops={x17hload} sample#write-iops={x17hload} sample#tmp-disk-used={big} sample#tmp-disk-available={big} sample#memory-total={big}kB sample#memory-free={big}kB sample#memory-cached={big}kB sample#memory-postgres={big}kB sample#wal-percentage-used={x17hrate}`},
			{60, `source=REDIS addon={x17hraddon} sample#active-connections={small} sample#load-avg-1m={x17hload} sample#load-avg-5m={x17hload} sample#load-avg-15m={x17hload} sample#read-iops={x17hload} sample#write-iops={x17hload} sample#memory-total={big}kB sample#memory-free={big}kB sample#memory-cached={big}kB sample#memory-redis={big}bytes sample#hit-rate={x17hrate} sample#evicted-keys={pick:0|0|0|12}`},
			{20, `Release v{int} created by user {x17hemail}`},
			{20, `Deploy {x17hsha} by user {x17hemail}`},
			{15, `Scaled to web@{small}:{x17hsize} worker@{small}:{x17hsize} by user {x17hemail}`},
			{10, `Set {pick:DATABASE_URL|REDIS_URL|SENTRY_DSN|WEB_CONCURRENCY} config vars by user {x17hemail}`},
			{15, `* Listening on http://0.0.0.0:{port}`},
			{10, `Use Ctrl-C to stop`},
			{10, `- Gracefully stopping, waiting for requests to finish`},
			{10, `=== puma shutdown: {x17hputime} ===`},
			{8, `- Goodbye!`},
		}},
		// RocksDB's info LOG (env's logger: "%Y/%m/%d-%H:%M:%S.%06d %s"
		// and the thread id, the call site's "[file:line]", the column
		// family and job): "[/flush_job.cc:937] [cf01] [JOB 29] Level-0
		// flush table #62: 43708244 bytes OK", "Flush lasted %d
		// microseconds, and %d cpu microseconds.", "(Original Log Time
		// %s) ... Level-0 commit table #62 started", "... memtable #1
		// done", "EVENT_LOG_v1 {\"time_micros\": ..., \"job\": 29,
		// \"event\": \"flush_finished\", \"output_compression\": \"LZ4\",
		// \"lsm_state\": [3, 0, 0, 0, 0, 0, 17], \"immutable_memtables\":
		// 0}", "Level summary: base level 4 level multiplier 10.00 max
		// bytes base 268435456 files[3 0 0 0 0 0 17] max score 0.75",
		// "New memtable created with log file: #5. Immutable memtables:
		// 0." (quoted in facebook/rocksdb issue #10377), "[WARN] More
		// existing levels in DB than needed.
		// max_bytes_for_level_multiplier may not be guaranteed.", "Try to
		// delete WAL files size %d, prev total WAL file size %d, number
		// of live WAL files %d.", "Syncing log #%d" (issue #3058),
		// "Generated table #92: 7 keys, 1207 bytes" and the
		// compaction_started event (quoted in apple/foundationdb pull
		// request #5393); the compaction summary, stall, delete,
		// recovery and stats lines written from knowledge of the format.
		// A column family, a job and a file number are values.
		{name: "RocksDB", format: `<Date>-<Time> <Thread> <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("2026/12/%02d-%02d:%02d:%02d.%06d %s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), g.pick("7f361cba5700", "7f361c3a4700", "7f3617cfd700", "139706431497984", "139706018649856"), c)
		}, events: []event{
			{180, `[db/flush_job.cc:{pick:937|1012|1066}] [{x17kcf}] [JOB {x17kjob}] Level-0 flush table #{x17kfile}: {big} bytes OK`},
			{120, `[db/flush_job.cc:{pick:986|1060}] [{x17kcf}] [JOB {x17kjob}] Flush lasted {big} microseconds, and {big} cpu microseconds.`},
			{110, `(Original Log Time {x17ktime}) [db/memtable_list.cc:{pick:471|522}] [{x17kcf}] Level-0 commit table #{x17kfile} started`},
			{110, `(Original Log Time {x17ktime}) [db/memtable_list.cc:{pick:675|722}] [{x17kcf}] Level-0 commit table #{x17kfile}: memtable #{small} done`},
			{100, `(Original Log Time {x17ktime}) EVENT_LOG_v1 {"time_micros": {x17kmicros}, "job": {x17kjob}, "event": "{one:flush_finished}", "output_compression": "{x17kcomp}", "lsm_state": [{x17klsm}], "immutable_memtables": {pick:0|0|1}}`},
			{90, `EVENT_LOG_v1 {"time_micros": {x17kmicros}, "job": {x17kjob}, "event": "{one:flush_started}", "num_memtables": {small}, "num_entries": {big}, "num_deletes": {int}, "total_data_size": {big}, "memory_usage": {big}, "flush_reason": "{pick:Write Buffer Full|Write Buffer Full|Manual Flush|Get Live Files|Shutdown}"}`},
			{80, `EVENT_LOG_v1 {"time_micros": {x17kmicros}, "cf_name": "{x17kcf}", "job": {x17kjob}, "event": "{one:table_file_creation}", "file_number": {x17kfile}, "file_size": {big}, "file_checksum": "{x17kempty}", "file_checksum_func_name": "{pick:Unknown}", "smallest_seqno": {big}, "largest_seqno": {big}}`},
			{70, `EVENT_LOG_v1 {"time_micros": {x17kmicros}, "job": {x17kjob}, "event": "{one:table_file_deletion}", "file_number": {x17kfile}}`},
			{60, `EVENT_LOG_v1 {"time_micros": {x17kmicros}, "job": {x17kjob}, "event": "{one:compaction_started}", "compaction_reason": "{pick:LevelL0FilesNum|LevelMaxLevelSize|ManualCompaction|FilesMarkedForCompaction}", "files_L{small}": [{x17kfiles}], "files_L{small}": [{x17kfiles}], "score": {x17kscore}, "input_data_size": {big}}`},
			{100, `(Original Log Time {x17ktime}) [db/db_impl/db_impl_compaction_flush.cc:{pick:264|303}] [{x17kcf}] Level summary: base level {small} level multiplier 10.00 max bytes base {pick:268435456|536870912} files[{x17klsmsp}] max score {x17kscore}`},
			{90, `[db/db_impl/db_impl_write.cc:{pick:1817|2101}] [{x17kcf}] New memtable created with log file: #{x17kfile}. Immutable memtables: {pick:0|0|1}.`},
			{60, `[JOB {x17kjob}] Try to delete WAL files size {big}, prev total WAL file size {big}, number of live WAL files {small}.`},
			{50, `[JOB {x17kjob}] Syncing log #{x17kfile}`},
			{60, `[db/compaction/compaction_job.cc:{pick:1950|2076}] [{x17kcf}] [JOB {x17kjob}] Compacting {x17kinputs} files to L{small}, score {x17kscore}`},
			{40, `[db/compaction/compaction_job.cc:{pick:1954|2080}] [{x17kcf}] Compaction start summary: Base version {int} Base level {small}, inputs: [{x17kranges}]`},
			{80, `[db/compaction/compaction_job.cc:{pick:1733|1853}] [{x17kcf}] [JOB {x17kjob}] Generated table #{x17kfile}: {big} keys, {big} bytes{opt:x17ktemp}`},
			{50, `[db/compaction/compaction_job.cc:{pick:1528|1611}] [{x17kcf}] [JOB {x17kjob}] Compacted {x17kinputs} files to L{small} => {big} bytes`},
			{40, `(Original Log Time {x17ktime}) [db/compaction/compaction_job.cc:{pick:867|952}] [{x17kcf}] compacted to: files[{x17klsmsp}] max score {x17kscore}, MB/sec: {x17kmbs} rd, {x17kmbs} wr, level {small}, files in({small}, {small}) out({small} +0 blob) MB in({x17kmbs}, {x17kmbs} +0.0 blob) out({x17kmbs} +0.0 blob), read-write-amplify({x17kscore}) write-amplify({x17kscore}) OK, records in: {big}, records dropped: {int} output_compression: {x17kcomp}`},
			{40, `[db/db_impl/db_impl_files.cc:{pick:367|412}] [JOB {x17kjob}] Delete {x17kdir}/{x17kfile6}.{pick:sst|sst|log} type={pick:2|0} #{x17kfile} -- OK`},
			{25, `[WARN] [db/column_family.cc:{pick:1002|1064}] [{x17kcf}] Stalling writes because we have {int} level-0 files rate {big}`},
			{15, `[WARN] [db/column_family.cc:{pick:959|1021}] [{x17kcf}] Stopping writes because we have {int} level-0 files`},
			{20, `[WARN] More existing levels in DB than needed. max_bytes_for_level_multiplier may not be guaranteed.`},
			{10, `[db/version_set.cc:{pick:5579|6112}] Recovered from manifest file:{x17kdir}/MANIFEST-{x17kfile6} succeeded,manifest_file_number is {int}, next_file_number is {int}, last_sequence is {big}, log_number is {int},prev_log_number is 0,max_column_family is {small},min_log_number_to_keep is {int}`},
			{15, `[db/db_impl/db_impl.cc:{pick:1093|1101}] ------- DUMPING STATS -------`},
			{15, `[db/db_impl/db_impl_compaction_flush.cc:{pick:1955|2041}] [{x17kcf}] Manual compaction starting`},
		}},
		// EMQX's log (5.x text formatter: the time, "[level]", then the
		// record's "key: value" pairs, its msg among them): the trace
		// lines "[MQTT] clientid@host msg: mqtt_packet_received, packet:
		// PUBLISH(Q1, R0, D0, Topic=..., PacketId=7, Payload=)",
		// "[PUBLISH] ... msg: publish_to, topic: ..., payload: ..." and
		// "msg: mqtt_packet_sent, packet: PUBACK(Q0, R0, D0, PacketId=7,
		// ReasonCode=16)" (quoted in emqx/emqx issue #11812), 4.x's
		// "file: emqx_connection.erl, line: 520, mfa:
		// {emqx_connection,terminate,2}, msg: terminate, pid:
		// <0.18856.2>, reason: {shutdown,tcp_closed}" (issue #6237) and
		// "Unexpected sock_closed" (issues #3370, #3859), the shutdown
		// reasons takenover, discarded, tcp_closed (emqx/emqx-docs pull
		// requests #1990 and #3111); the 5.x warning, authorization,
		// listener, cluster and license records written from knowledge
		// of the format.
		{name: "EMQX", format: `<Time> \[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"mqtt_packet_", "MQTT"}, {"msg: publish_to", "PUBLISH"}, {"msg: terminate", "info"}, {"not_authorized", "warning"},
				{"unexpected_sock_close", "error"}, {"msg: client_", "info"}, {"authentication_failure", "warning"}, {"listener_started", "info"},
				{"alarm_is_activated", "warning"}, {"alarm_is_deactivated", "warning"}, {"mnesia", "info"}, {"bridge", "error"}, {"license", "warning"}}, "warning")
			return fmt.Sprintf("%s+00:00 [%s] %s", isoTime(g, 6), f[0], c)
		}, events: []event{
			{300, `{x17eclient}@{ipport} msg: mqtt_packet_received, packet: {x17epacket}`},
			{200, `{x17eclient}@{ipport} msg: mqtt_packet_sent, packet: {x17eack}`},
			{150, `{x17eclient}@{ipport} msg: publish_to, topic: {x17etopic}, payload: {x17epayload}`},
			{180, `clientid: {x17eclient}, msg: terminate, peername: {ipport}, reason: {x17ereason}`},
			{90, `clientid: {x17eclient}, msg: unexpected_sock_close, peername: {ipport}, reason: {x17esockerr}, username: {x17euser}`},
			{120, `tag: {pick:AUTHZ}, clientid: {x17eclient}, msg: cannot_publish_to_topic_due_to_not_authorized, peername: {ipport}, reason: {pick:authorization_permission_denied}, topic: {x17etopic}, username: {x17euser}`},
			{50, `tag: {pick:AUTHZ}, clientid: {x17eclient}, msg: cannot_subscribe_topic_filter, peername: {ipport}, reason: {pick:not_authorized}, topic_filter: {x17efilter}, username: {x17euser}`},
			{80, `tag: {pick:AUTHN}, clientid: {x17eclient}, msg: authentication_failure, peername: {ipport}, reason: {pick:bad_username_or_password|not_authorized|bad_username_or_password}, username: {x17euser}`},
			{60, `clientid: {x17eclient}, msg: client_disconnected, peername: {ipport}, reason: {x17ereason}, username: {x17euser}`},
			{50, `clientid: {x17eclient}, msg: client_connected, peername: {ipport}, proto_ver: {pick:4|5|3}, keepalive: {pick:60|30|120|300}, clean_start: {pick:true|false}, username: {x17euser}`},
			{60, `clientid: {x17eclient}, msg: dropped_msg_due_to_mqueue_is_full, peername: {ipport}, payload: {x17epayload}, topic: {x17etopic}`},
			{50, `msg: alarm_is_activated, message: <<"{x17ealarmmsg}">>, name: {x17ealarm}`},
			{40, `msg: alarm_is_deactivated, name: {x17ealarm}`},
			{40, `msg: bridge_connection_failed, connector: {x17ebridge}, reason: {x17ebridgeerr}`},
			{25, `msg: listener_started, bind: {x17ebind}, listener: {x17elistener}`},
			{20, `msg: mnesia_node_down, node: '{one:emqx@<x17enode>}'`},
			{20, `msg: license_expiry_warning, days_left: {int}, max_connections: {pick:100|10000|100000}`},
		}},
		// stunnel's log file (log.c: "%Y.%m.%d %H:%M:%S LOG%d[%s]: %s",
		// the level and the connection's number): "Connection closed: %ld
		// byte(s) sent to SSL, %ld byte(s) sent to socket" and
		// "transfer: s_poll_wait: TIMEOUTclose exceeded: closing" (quoted
		// through syslog in vatesfr/xen-orchestra issue #4738),
		// "SSL_accept: ...: error:0A00009C:SSL routines::http request",
		// "version too low", "unsupported protocol" and "transfer:
		// SSL_read: Operation timed out (60)" (miyurudassanayake/
		// sni-injector issue #12), "Certificate accepted at depth=%d:
		// %s", "Verification started at depth=%d: %s", "CERT:
		// Pre-verification succeeded", "CERT: No subject checks
		// configured", "TLS state (connect): %s" with the log file's
		// "2023.12.11 08:44:51 LOG6[0]:" header (quickfix/quickfix issue
		// #543), the start-up banner "stunnel 5.71 on ... platform",
		// "Compiled/running with OpenSSL ...", "Reading configuration
		// from file ..." (openwrt/packages pull request #22217); the
		// accept, connect, session and reset lines written from
		// knowledge of the format.
		{name: "Stunnel", format: `<Date> <Time> LOG<Level>\[<Conn>\]: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"accepted connection", "5"}, {"s_connect: connected", "5"}, {"connected remote server", "5"}, {"Connection closed", "5"},
				{"Connection reset", "3"}, {"^transfer:", "3"}, {"^SSL_accept", "3"}, {"^SSL_connect", "3"}, {"s_connect: connect ", "3"}, {"No host resolved", "3"},
				{"Certificate accepted", "5"}, {"CERT: Pre-", "7"}, {"TLS state", "7"}, {"Verification started", "7"}, {"^stunnel ", "5"}, {"Compiled/running", "5"},
				{"Configuration successful", "5"}, {"Binding service", "3"}, {"Deallocating", "7"}, {"s_connect: connecting", "6"}}, "6")
			conn := strconv.Itoa(g.r.IntN(400))
			if strings.HasPrefix(c, "stunnel ") || strings.HasPrefix(c, "Compiled") || strings.HasPrefix(c, "Reading") || strings.HasPrefix(c, "Configuration") || strings.HasPrefix(c, "Binding") {
				conn = "ui"
			}
			return fmt.Sprintf("2026.12.%02d %02d:%02d:%02d LOG%s[%s]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], conn, c)
		}, events: []event{
			{300, `Service [{x17sservice}] accepted connection from {ipport}`},
			{280, `Connection closed: {int} byte(s) sent to {pick:TLS|TLS|SSL}, {int} byte(s) sent to socket`},
			{180, `s_connect: connecting {x17sbackend}`},
			{170, `s_connect: connected {x17sbackend}`},
			{160, `Service [{x17sservice}] connected remote server from {ip}:{port}`},
			{110, `transfer: s_poll_wait: TIMEOUTclose exceeded: closing`},
			{80, `SSL_accept: {x17ssslerr}`},
			{40, `transfer: {pick:SSL_read|SSL_write|s_poll_wait}: {pick:Operation timed out (60)|Connection reset by peer (104)|Broken pipe (32)}`},
			{60, `Connection reset: {int} byte(s) sent to TLS, {int} byte(s) sent to socket`},
			{50, `s_connect: connect {x17sbackend}: {pick:Connection refused (111)|Connection refused (111)|No route to host (113)|Connection timed out (110)}`},
			{40, `Certificate accepted at depth={pick:0|1|1}: {x17sdn}`},
			{30, `Verification started at depth={pick:0|1}: {x17sdn}`},
			{25, `CERT: Pre-verification succeeded`},
			{20, `CERT: No subject checks configured`},
			{50, `TLS state ({pick:connect|accept}): {x17sstate}`},
			{60, `TLS accepted: {pick:new session negotiated|previous session reused}`},
			{50, `{pick:TLSv1.3|TLSv1.3|TLSv1.2} ciphersuite: {pick:TLS_AES_256_GCM_SHA384|TLS_CHACHA20_POLY1305_SHA256|ECDHE-RSA-AES256-GCM-SHA384} ({pick:256|256|128}-bit encryption)`},
			{40, `Peer temporary key: {pick:X25519, 253|ECDH, P-256, 256} bits`},
			{20, `Deallocating application specific data for session connect address`},
			{10, `stunnel {pick:5.71|5.72|5.69} on x86_64-pc-linux-gnu platform`},
			{10, `Compiled/running with OpenSSL {pick:3.0.11 19 Sep 2023|3.0.13 30 Jan 2024|1.1.1w  11 Sep 2023}`},
			{10, `Reading configuration from file {pick:/etc/stunnel/stunnel.conf|/etc/stunnel/redis.conf|/usr/local/etc/stunnel/stunnel.conf}`},
			{10, `Configuration successful`},
			{8, `Binding service [{x17sservice}] to {pick::::443|0.0.0.0:6380|127.0.0.1:8443}: Address already in use (98)`},
		}},
		// multipathd through the journal ("multipathd[pid]: "): "sda: tur
		// state = up", "sdb: state down, checker not called", "%s: sdb -
		// path offline" with the map's WWID (quoted in
		// opensvc/multipath-tools issue #54); the checker, path
		// failure, reinstatement, remaining-paths, path group,
		// queueing, uevent and start-up lines written from knowledge of
		// the format. A map's name (an alias or a WWID), a path's device
		// and its major:minor, a checker's name and a path's state are
		// values.
		{name: "Multipathd", format: `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%s %s multipathd[%s]: %s", sysDate(g), g.pick("db01", "luzifer", "kvm-07", "oracle-rac2", "esx-proxy"), g.pick("2919", "1043", "887", "1211"), c)
		}, events: []event{
			{330, `{x17mpath}: {x17mchecker} state = {x17mstate}`},
			{160, `{x17mpath}: state down, checker not called`},
			{150, `{x17mmap}: {x17mpath} - path offline`},
			{120, `{x17mmap}: {x17mpath} - {x17mchecker} checker reports path is {x17mstate}`},
			{100, `checker failed path {x17mdevt} in map {x17mmap}`},
			{110, `{x17mmap}: remaining active paths: {pick:0|1|1|2|3}`},
			{90, `{x17mpath}: mark as failed`},
			{70, `{x17mpath}: reinstated`},
			{50, `{x17mmap}: switch to path group #{pick:1|2}`},
			{40, `{x17mmap}: Entering recovery mode: max_retries={pick:12|18|30}`},
			{30, `{x17mmap}: Recovered to normal mode`},
			{20, `{x17mmap}: Disable queueing`},
			{40, `{x17mmap}: load table [0 {big} multipath {x17mtable}]`},
			{50, `{x17mpath}: add path (uevent)`},
			{50, `{x17mpath}: remove path (uevent)`},
			{30, `{x17mmap}: adding new path {x17mpath}`},
			{25, `{x17mmap}: devmap removed`},
			{25, `dm-{small}: add map (uevent)`},
			{20, `{x17mmap}: event checker started`},
			{12, `--------start up--------`},
			{12, `read /etc/multipath.conf`},
			{12, `path checkers start up`},
			{10, `reconfigure (operator)`},
			{10, `exit (signal)`},
		}},
		// Gradle's console in a CI job (--console=plain, no header): the
		// task headers "> Task :app:compileJava" with their outcomes,
		// "BUILD SUCCESSFUL in %s", "%d actionable tasks: %d executed, %d
		// up-to-date", the failure block ("FAILURE: Build failed with an
		// exception.", "* What went wrong:", "Execution failed for task
		// '%s'.", "* Try:" and its hints), a test's "%s > %s PASSED"
		// lines and the compiler's notes written from knowledge of the
		// format (the tracker search found only stack traces). A task's
		// path and outcome are values, a test's class, method and result
		// too.
		{name: "Gradle", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{520, `> Task {x17gtask}{x17gout}`},
			{260, `{x17gclass} > {x17gtest} {x17gresult}`},
			{40, `BUILD SUCCESSFUL in {x17gdur}`},
			{12, `BUILD FAILED in {x17gdur}`},
			{45, `{x17gn} actionable tasks: {x17gexec} executed, {x17gup} up-to-date`},
			{20, `{x17gn} actionable tasks: {x17gexec} executed, {x17gcache} from cache, {x17gup} up-to-date`},
			{40, `> Configure project {x17gproject}`},
			{12, `FAILURE: Build failed with an exception.`},
			{12, `* What went wrong:`},
			{12, `Execution failed for task '{x17gtaskpath}'.`},
			{12, `> There were failing tests. See the report at: {x17greport}`},
			{12, `* Try:`},
			{12, `> Run with --stacktrace option to get the stack trace.`},
			{12, `> Run with --info or --debug option to get more log output.`},
			{12, `> Run with --scan to get full insights.`},
			{12, `> Get more help at https://help.gradle.org.`},
			{20, `{int} tests completed, {small} failed{opt:x17gskipped}`},
			{60, `    {x17gexc} at {x17gclass}.{pick:java|kt}:{int}`},
			{30, `Deprecated Gradle features were used in this build, making it incompatible with Gradle {pick:9.0|8.0}.`},
			{25, `Starting a Gradle Daemon (subsequent builds will be faster)`},
			{30, `Note: {x17gsrc} uses unchecked or unsafe operations.`},
			{30, `Note: Recompile with -Xlint:unchecked for details.`},
			{40, `w: {x17gkfile}:{int}:{small} '{x17gsym}' is deprecated. Deprecated in Java`},
			{20, `{x17gjfile}:{int}: error: cannot find symbol`},
			{10, `Publishing build scan...`},
			{10, `https://gradle.com/s/{x17gscan}`},
		}},
		// WebLogic Server's standard out (the server's log records as the
		// console handler writes them: "<%s> <%s> <%s> <%s> <%s>", the
		// date, severity, subsystem, message id and text): "Security
		// pre-initializing using security realm: myrealm" (BEA-090946),
		// "Security post-initializing ..." (BEA-090947), "Security
		// initialized using administrative security realm: myrealm"
		// (BEA-090082), "Storing boot identity in the file: %s."
		// (BEA-090083), "JMX Connector Server started at %s."
		// (BEA-149512) with "<May 9, 2020 7:37:56,288 AM GMT>" dates
		// (quoted in oracle/docker-images issue #1605), "Server state
		// changed to ADMIN." and RESUMING (BEA-000365), "Channel
		// \"T3Channel\" is now listening on %s for protocols t3, http."
		// (BEA-002613), "Started the WebLogic Server Administration
		// Server \"master\" for domain \"sample-domain1\" running in
		// production mode." (BEA-000329), "The server has successfully
		// established a connection with the Domain level Diagnostic
		// Service." (BEA-170027) (oracle/weblogic-kubernetes-operator
		// issue #1113); the stuck thread, JDBC, deployment, JTA,
		// cluster and application lines written from knowledge of the
		// format. The id's text and a server state are the message's
		// kind and a value.
		{name: "WebLogic", format: `<<Timestamp>> <<Level>> <<Subsystem>> <<MsgId>> <<Content>>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"Server state changed", "Notice", "WebLogicServer", "BEA-000365"}, {"is now listening on", "Notice", "Server", "BEA-002613"},
				{"Administration Server", "Notice", "WebLogicServer", "BEA-000329"}, {"RUNNING mode", "Notice", "WebLogicServer", "BEA-000360"},
				{"pre-initializing", "Notice", "Security", "BEA-090946"}, {"post-initializing", "Notice", "Security", "BEA-090947"},
				{"administrative security realm", "Notice", "Security", "BEA-090082"}, {"boot identity", "Notice", "Security", "BEA-090083"},
				{"JMX Connector Server", "Notice", "JMX", "BEA-149512"}, {"Domain level Diagnostic", "Notice", "Log Management", "BEA-170027"},
				{"has been busy for", "Error", "WebLogicServer", "BEA-000337"}, {"STUCK Thread", "Info", "WebLogicServer", "BEA-000339"},
				{"Forcibly releasing", "Warning", "Common", "BEA-000620"}, {"ran out of connections", "Warning", "JDBC", "BEA-001129"},
				{"Data source", "Info", "JDBC", "BEA-001516"}, {"unstuck", "Info", "WebLogicServer", "BEA-000339"}, {"Servlet failed", "Error", "HTTP", "BEA-101020"},
				{"Failed to deploy", "Error", "Deployer", "BEA-149205"}, {"Transaction BEA", "Warning", "JTA", "BEA-110423"},
				{"joined cluster", "Info", "Cluster", "BEA-000197"}, {"Lost ", "Info", "Cluster", "BEA-000111"}, {"invalid user", "Warning", "Security", "BEA-090078"},
				{"Connection rejected", "Warning", "Socket", "BEA-000449"},
			}, "Info", "Server", "BEA-000000")
			d := 1 + g.r.IntN(28)
			ts := fmt.Sprintf("Dec %d, 2026 %d:%02d:%02d,%03d %s %s", d, 1+g.r.IntN(12), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), g.pick("AM", "PM"), g.pick("GMT", "UTC", "CET"))
			return fmt.Sprintf("<%s> <%s> <%s> <%s> <%s>", ts, f[0], f[1], f[2], c)
		}, events: []event{
			{200, `[STUCK] ExecuteThread: '{int}' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for "{int}" seconds working on the request "{x17wreq}", which is more than the configured time (StuckThreadMaxTime) of "600" seconds in "server-failure-trigger". Stack trace:`},
			{120, `Thread "[STUCK] ExecuteThread: '{int}' for queue: 'weblogic.kernel.Default (self-tuning)'" has become "unstuck".`},
			{150, `Server state changed to {x17wstate}.`},
			{140, `Channel "{x17wchannel}" is now listening on {ip}:{x17wport} for protocols {x17wprotos}.`},
			{120, `A connection pool {x17wpool} ran out of connections: {x17wpoolerr}`},
			{80, `Data source {x17wpool} has been {pick:suspended|resumed|shut down} by {pick:the health monitor|an administrator}.`},
			{100, `Forcibly releasing inactive/harvested connection "{x17wconn}" back into the data source connection pool "{x17wpool}", currently reserved by: java.lang.Exception`},
			{90, `[ServletContext@{int}[app:{x17wapp} module:{x17wmod} path:/{x17wmodagain} spec-version:{pick:4.0|3.1|5.0}]] Servlet failed with an Exception`},
			{50, `Failed to deploy the application with deployment name "{x17wapp}" and status "{pick:FAILED|PREPARED}"`},
			{60, `Transaction BEA1-{x17wtx} rolled back due to timeout after {int} seconds`},
			{50, `Server {x17wserver} has {pick:joined|left} cluster {x17wcluster}.`},
			{40, `Lost {int} unicast message(s).`},
			{40, `An invalid user name or password was presented by the client at {ip}.`},
			{40, `Connection rejected, filter blocked Socket[addr=/{ip},port={port},localport={x17wport}], weblogic.security.net.FilterException: [Security:090220]rule {small}`},
			{15, `Security pre-initializing using security realm: {pick:myrealm|myrealm|ldaprealm}`},
			{15, `Security post-initializing using security realm: {pick:myrealm|myrealm|ldaprealm}`},
			{15, `Security initialized using administrative security realm: {pick:myrealm|myrealm|ldaprealm}`},
			{12, `Storing boot identity in the file: /u01/oracle/user_projects/domains/{x17wdomain}/servers/{x17wserver}/security/boot.properties.`},
			{30, `JMX Connector Server started at service:jmx:iiop://{ip}:{x17wport}/jndi/weblogic.management.mbeanservers.{pick:runtime|domainruntime|edit}.`},
			{12, `The server has successfully established a connection with the Domain level Diagnostic Service.`},
			{10, `Started the WebLogic Server Administration Server "{x17wserver}" for domain "{x17wdomain}" running in {pick:production|development} mode.`},
			{10, `The server started in RUNNING mode.`},
		}},
		// Visual Studio Code's logs (window, main and extension-host
		// logs: "%Y-%m-%d %H:%M:%S.%L [level] message", the older
		// "[%s] [exthost] [level]" header): "ExtensionService#_
		// doActivateExtension vscode.json-language-features, startup:
		// false, activationEvent: 'onLanguage:json'", "extension host
		// terminating: renderer closed the socket", "Extension host with
		// pid 44401 exiting with code 0", "Skipping acquiring lock for
		// %s." (quoted in microsoft/vscode issue #136937),
		// "ExtensionService#loadCommonJSModule %s" (lostintangent/spaces
		// issue #91, microsoft/vscode issue #133890), "Started local
		// extension host with pid 2072.", "ComputeTargetPlatform:
		// win32-x64", "[%s]: Command `%s` already registered by %s (%s)",
		// "[perf] Render performance baseline is 33ms", "Extension host
		// (LocalProcess pid: 2072) is unresponsive.", "UNRESPONSIVE
		// extension host: starting to profile NOW" (continuedev/continue
		// issue #6040); the file watcher, API proposal, install, settings
		// sync and profile lines written from knowledge of the format.
		{name: "VSCode", format: `<Date> <Time> \[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"already registered", "error"}, {"API proposal", "error"}, {"unresponsive", "info"}, {"ENOSPC", "error"},
				{"Error:", "error"}, {"Failed ", "error"}, {"rejected promise", "error"}, {"deprecated", "warning"}}, "info")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], c)
		}, events: []event{
			{380, `ExtensionService#_doActivateExtension {x17vext}, startup: {pick:false|false|true}, activationEvent: '{x17vevent}'{opt:x17vroot}`},
			{200, `ExtensionService#loadCommonJSModule {x17vmodule}`},
			{60, `Started local extension host with pid {pid}.`},
			{50, `Extension host with pid {pid} exiting with code {pick:0|0|0|1|null}`},
			{40, `extension host terminating: renderer closed the socket`},
			{40, `Skipping acquiring lock for {x17vstorage}.`},
			{30, `ComputeTargetPlatform: {pick:win32-x64|linux-x64|darwin-arm64}`},
			{60, `[{x17vextname}]: Command ` + "`{x17vcmd}`" + ` already registered by {x17vdisplay} ({x17vextagain})`},
			{30, `[perf] Render performance baseline is {int}ms`},
			{60, `Extension host (LocalProcess pid: {pid}) is {pick:unresponsive|responsive}.`},
			{25, `UNRESPONSIVE extension host: starting to profile NOW`},
			{70, `Extension '{x17vext}' wants API proposal '{x17vproposal}' but that proposal DOES NOT EXIST. Likely, the proposal has been finalized (check 'vscode.d.ts') or was abandoned.`},
			{40, `[File Watcher (parcel)] Inotify limit reached (ENOSPC) (path: {x17vpath})`},
			{40, `[File Watcher ({pick:node.js|parcel})] Watcher shutdown because watched path got deleted`},
			{50, `Installing extension: {x17vext} {"isMachineScoped":{pick:false|true},"installPreReleaseVersion":{pick:false|true},"pinned":false,"isApplicationScoped":false,"profileLocation":{"$mid":1,"external":"{one:vscode-userdata:<x17vprofile>}","path":"{x17vprofile}","scheme":"{pick:vscode-userdata}"},"productVersion":{"version":"{x17vver}","date":"{x17vdate}"}}`},
			{50, `Extension installed successfully: {x17vext} vscode-userdata:{x17vprofile}`},
			{30, `Getting Manifest... {x17vext}`},
			{30, `Settings Sync: Account status changed from {pick:uninitialized|unavailable} to {pick:available|unavailable}`},
			{20, `Started initializing default profile extensions in extensions installation folder. file:///{x17vextdir}`},
			{20, `Completed initializing default profile extensions in extensions installation folder. file:///{x17vextdir}`},
			{20, `Eager extensions activated`},
			{40, `Error: {x17verr}`},
		}},
		// istiod's log (istio's zap console encoder: the time, the
		// level, the scope and the message, tab-separated): "Push
		// debounce stable[%d] %d for config %s: %s since last change, %s
		// since last push, full=%v" with "and %d more configs" (quoted in
		// istio/istio issue #39652 and pull request #33576), "Push
		// debounce stable[8] 1: ..." and "XDS: Pushing:%s Services:%d
		// ConnectedEndpoints:%d", "CDS: PUSH for node:%s resources:%d"
		// and "Push Status: {}" (issue #29974), the CDS, EDS, LDS and RDS
		// pushes with size and cached (issue #36465), "Full push, new
		// service %s" (issue #20319), "Repeated failure to push %d %s"
		// (issue #10360); the connection, ACK error, leader election,
		// validation and certificate lines written from knowledge of the
		// format.
		{name: "Istiod", format: "<Time>\t<Level>\t<Scope>\t<Content>", header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"ACK ERROR", "warn", "ads"}, {"Repeated failure", "warn", "ads"}, {"leader lease", "info", "klog"}, {"successfully acquired", "info", "klog"},
				{"fail-closed", "info", "validationController"}, {"certificate", "info", "pkica"}, {"^Incremental push", "info", "model"}, {"watch of", "warn", "klog"},
				{"gateway", "info", "ads"}}, "info", "ads")
			return fmt.Sprintf("%sZ\t%s\t%s\t%s", isoTime(g, 6), f[0], f[1], c)
		}, events: []event{
			{250, `Push debounce stable[{x17iseq}] {x17ievents} for config {x17iconfig}: {x17idur} since last change, {x17idur} since last push, full={pick:true|true|false}`},
			{250, `{x17ixds}: PUSH for node:{x17inode} resources:{int} size:{x17isize}{x17icached}`},
			{120, `XDS: Pushing:{x17iver} Services:{int} ConnectedEndpoints:{small}  Version:{x17iver}`},
			{90, `ADS: new connection for node:{x17iconn}`},
			{90, `ADS: "{ipport}" {x17iconn} terminated`},
			{50, `Full push, new service {x17ihost}`},
			{40, `Incremental push, service {x17ihost} at shard Kubernetes/Kubernetes has no endpoints`},
			{35, `Push Status: {}`},
			{40, `Repeated failure to push {int} {x17iconn}`},
			{40, `ADS:LDS: ACK ERROR {x17iconn} Internal:Error adding/updating listener(s) {x17ilistener}: {x17ilerr}`},
			{20, `attempting to acquire leader lease istio-system/{x17ilease}...`},
			{15, `successfully acquired lease istio-system/{x17ilease}`},
			{15, `Not ready to switch validation to fail-closed: dummy invalid config not rejected`},
			{15, `generating a new root certificate, root cert TTL: {pick:87600h0m0s|8760h0m0s}`},
			{20, `pkg/kube/kclient/informer.go:{pick:312|327}: watch of {x17ikind} ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding`},
		}},
		// a Rust service's JSON log (tracing-subscriber's JSON formatter:
		// timestamp, level, the event's fields with its message, the
		// target, the current span and the span list): records like
		// {"timestamp":"2021-10-07T11:33:27.353973Z","level":"INFO",
		// "fields":{"message":"hello world"},"target":...,"span":{"name":
		// "test"},"spans":[{"name":"test"}]} (quoted in tokio-rs/tracing
		// issues #1627 and #2531, koenbollen/jl pull request #26), the
		// span events' "new"/"close" with time.busy and time.idle (issue
		// #1032, the compact form in #2531); tower-http's TraceLayer
		// ("started processing request", "finished processing request"
		// with latency and status, "response failed" with
		// classification), sqlx's slow statement, hyper's and the
		// service's own records written from knowledge of those crates.
		{name: "TracingJSON", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: jsonValues("message", []event{
			{330, rustEvent("DEBUG", `"message":"started processing request"`, "tower_http::trace::on_request", true)},
			{330, rustEvent("DEBUG", `"message":"finished processing request","latency":"{x17rlatency}","status":{status}`, "tower_http::trace::on_response", true)},
			{70, rustEvent("ERROR", `"message":"response failed","classification":"{x17rclass}","latency":"{x17rlatency}"`, "tower_http::trace::on_failure", true)},
			{120, rustEvent("INFO", `"message":"order created","order_id":"{uuid}","customer_id":{int},"items":{small},"total_cents":{big}`, "orders_api::handlers::orders", true)},
			{90, rustEvent("WARN", `"message":"slow statement: execution time exceeded alert threshold","db.statement":"{x17rsql}","rows_affected":{int},"rows_returned":{int},"elapsed":"{x17rlatency}","elapsed_secs":{x17rsecs},"slow_threshold":"1s"`, "sqlx::query", true)},
			{80, rustEvent("DEBUG", `"summary":"{x17rsqlsum}","db.statement":"{x17rsqlfull}","rows_affected":{int},"rows_returned":{int},"elapsed":"{x17rlatency}","elapsed_secs":{x17rsecs}`, "sqlx::query", true)},
			{90, rustEvent("INFO", `"message":"close","time.busy":"{x17rlatency}","time.idle":"{x17rlatency}"`, "{one:orders_api::handlers::<x17rhandler>}", true)},
			{60, rustEvent("INFO", `"message":"new"`, "{one:orders_api::handlers::<x17rhandler>}", true)},
			{60, rustEvent("ERROR", `"message":"failed to publish event","error":"{x17rerr}","topic":"{x17rtopic}","attempt":{small}`, "orders_api::events", false)},
			{40, rustEvent("WARN", `"message":"rate limit exceeded","client_ip":"{ip}","limit":{pick:100|600},"window_secs":60`, "orders_api::middleware::ratelimit", true)},
			{40, rustEvent("ERROR", `"message":"error shutting down connection: {x17rhyper}"`, "hyper::server::server::new_svc", false)},
			{25, rustEvent("INFO", `"message":"listening on {pick:0.0.0.0:3000|0.0.0.0:8080|[::]:8080}"`, "orders_api", false)},
			{15, rustEvent("INFO", `"message":"connected to database","max_connections":{pick:10|20|50},"host":"{x17rdbhost}"`, "orders_api::db", false)},
			{15, rustEvent("INFO", `"message":"signal received, starting graceful shutdown"`, "orders_api", false)},
			{25, rustEvent("DEBUG", `"message":"refreshing JWKS","url":"{x17rjwks}","keys":{small}`, "orders_api::auth", false)},
			{20, rustEvent("WARN", `"message":"token rejected","reason":"{pick:ExpiredSignature|InvalidSignature|InvalidAudience}","sub":"{uuid}"`, "orders_api::auth", true)},
		})},
		// Odoo's server log (odoo/netsvc.py: "%(asctime)s %(pid)s
		// %(levelname)s %(dbname)s %(name)s: %(message)s", "?" before a
		// database is chosen): werkzeug's request lines "127.0.0.1 - -
		// [03/Sep/2016 17:51:06] \"POST /web/dataset/call_kw/%s HTTP/1.1\"
		// 200 - 3 0.001 0.004" with the query count and times, "- - -"
		// without a database (quoted in odoo/odoo issues #13448, #47863
		// and #200929, Websoft9/docker-library issue #889,
		// JayVora-SerpentCS/Jasperreports_odoo issue #121),
		// "odoo.modules.loading: loading %s" (odoo/odoo issue #29824),
		// "Caches invalidated, signaling through the database: ['default']"
		// (#889), "Invalidating all model caches after database
		// signaling." and "HTTP Configuring static files" (#47863), "%d
		// modules loaded in %.2fs, %d queries" (pull request #47283); the
		// cron, login, mail, start-up, worker and SQL lines written from
		// knowledge of the format.
		{name: "Odoo", format: `<Date> <Time> <Pid> <Level> <Db> <Logger>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"\" 200 - - - -", "INFO", "werkzeug"}, {"HTTP/1.", "INFO", "werkzeug"}, {"^loading ", "INFO", "odoo.modules.loading"}, {"modules loaded in", "INFO", "odoo.modules.loading"},
				{"Modules loaded", "INFO", "odoo.modules.loading"}, {"Caches invalidated", "INFO", "odoo.modules.registry"}, {"Invalidating", "INFO", "odoo.modules.registry"},
				{"Registry loaded", "INFO", "odoo.modules.registry"}, {"static files", "INFO", "odoo.http"}, {"^Job ", "INFO", "odoo.addons.base.models.ir_cron"},
				{"Login ", "INFO", "odoo.addons.base.models.res_users"}, {"Sent batch", "INFO", "odoo.addons.base.models.ir_mail_server"},
				{"Mail delivery failed", "WARNING", "odoo.addons.mail.models.mail_mail"}, {"bad query", "ERROR", "odoo.sql_db"}, {"_read_file", "INFO", "odoo.addons.base.models.ir_attachment"},
				{"Worker", "INFO", "odoo.service.server"}, {"HTTP service", "INFO", "odoo.service.server"}, {"shutdown", "INFO", "odoo.service.server"},
				{"Bus.loop", "INFO", "odoo.addons.bus.models.bus"}, {"access error", "WARNING", "odoo.http"},
			}, "INFO", "odoo")
			db := g.pick("odoo", "odoo", "prod_17", "hotel")
			switch {
			case strings.Contains(c, "\" 200 - - - -") || strings.Contains(c, "static files") || strings.HasPrefix(c, "Odoo version") || strings.HasPrefix(c, "Using configuration") ||
				strings.HasPrefix(c, "addons paths") || strings.HasPrefix(c, "database:") || strings.HasPrefix(c, "HTTP service") || strings.HasPrefix(c, "Worker"):
				db = "?"
			}
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d,%03d %s %s %s %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), g.pick("1", "1", "4320", "30878", "1836"), f[0], db, f[1], c)
		}, events: []event{
			{560, `{ip} - - [{x17odate}] "{x17oreq} HTTP/1.{pick:1|1|0}" {x17ostatus} - {int} {x17osecs} {x17osecs}`},
			{90, `{ip} - - [{x17odate}] "GET {x17ostatic} HTTP/1.1" 200 - - - -`},
			{200, `loading {x17omodule}/{x17ofile}`},
			{50, `loading {int} modules...`},
			{50, `{int} modules loaded in {x17osecs}s, {int} queries (+{int} extra)`},
			{30, `Modules loaded.`},
			{60, `Caches invalidated, signaling through the database: [{x17ocaches}]`},
			{40, `Invalidating all model caches after database signaling.`},
			{25, `Registry loaded in {x17osecs}s`},
			{30, `HTTP Configuring static files`},
			{80, `Job '{x17ocron}' ({small}) starting`},
			{80, `Job '{x17ocron}' ({small}) fully done (#loop {small}; done {int}; remaining {pick:0|0|0|12}; duration {x17osecs}s)`},
			{50, `Login successful for db:{x17odb} login:{x17ologin} from {ip}`},
			{40, `Login failed for db:{x17odb} login:{x17ologin} from {ip}`},
			{40, `Sent batch {int} emails via mail server ID #{small}`},
			{25, `Mail delivery failed via SMTP server '{x17osmtp}'.`},
			{20, `bad query: {x17osql}`},
			{25, `_read_file reading /var/lib/odoo/filestore/{x17odb}/{x17ofilestore}`},
			{15, `Worker WorkerHTTP ({pid}) alive`},
			{10, `Worker ({pid}) max memory reached ({big} KB), exiting`},
			{10, `HTTP service (werkzeug) running on {pick:0.0.0.0:8069|odoo-web-0:8069|localhost:8069}`},
			{8, `Initiating shutdown`},
			{15, `Bus.loop listen imbus on db postgres`},
			{8, `Odoo version {pick:17.0-20241104|16.0-20240101|18.0-20250310}`},
			{8, `Using configuration file at {pick:/etc/odoo/odoo.conf|/etc/odoo.conf}`},
			{8, `addons paths: [{x17oaddons}]`},
			{8, `database: {x17odbuser}@{pick:db|localhost|default}:{pick:5432|5432|default}`},
			{20, `access error: {x17oaccess}`},
		}},
	}
}

// pow10 is 10 to the n.
func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}

// temporalErrors pairs an error a Temporal client or task got with its
// service error type.
var temporalErrors = [][2]string{
	{"context deadline exceeded", "*serviceerror.DeadlineExceeded"},
	{"Workflow execution already completed.", "*serviceerror.NotFound"},
	{"sql: no rows in result set", "*serviceerror.NotFound"},
	{"Shard status unknown", "*serviceerror.Unavailable"},
	{"Namespace is not active in this cluster", "*serviceerror.NamespaceNotActive"},
	{"Workflow is busy.", "*serviceerror.ResourceExhausted"},
	{"shard closed", "*serviceerror.Unavailable"},
}

func (g *gen) holdout17(kind string) (string, bool) {
	r := g.r
	switch kind {
	// Temporal
	case "x17tts":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "x17tshard":
		return strconv.Itoa(1 + r.IntN(512)), true
	case "x17taddr":
		return g.pick("10.0.2.14", "10.0.2.15", "10.0.3.7", "172.17.0.4") + ":7234", true
	case "x17taddrs":
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			s[i] = `"` + g.pick("10.0.2.14", "10.0.2.15", "10.0.3.7", "0.0.0.0") + ":" + g.pick("7233", "7234", "7235", "7239") + `"`
		}
		return strings.Join(s, ","), true
	case "x17taddrlist":
		return g.pick("10.0.2.14:6934", "10.0.2.14:6934,10.0.2.15:6935", "10.0.2.14:6934,10.0.2.15:6935,10.0.3.7:6939"), true
	case "x17tqueue":
		return g.pick("transfer-queue-processor", "timer-queue-processor", "visibility-queue-processor", "outbound-queue-processor"), true
	case "x17twfid":
		return g.pick("order-", "payment-", "temporal-sys-tq-scanner-", "refund-", "subscription-") + strconv.Itoa(10000+r.IntN(90000)), true
	case "x17ttaskid":
		return strconv.FormatInt(1048576+r.Int64N(90000000), 10), true
	case "x17ttasktype":
		return g.pick("TransferActivityTask", "TransferWorkflowTask", "TimerTaskTypeActivityTimeout", "TransferCloseExecution", "TimerTaskTypeUserTimer", "VisibilityUpsertExecution"), true
	case "x17terr": // an error, whose type the line may name (x17terrtype)
		e := temporalErrors[r.IntN(len(temporalErrors))]
		g.h17[0] = e[1]
		return e[0], true
	case "x17terrtype":
		return g.h17[0], true
	case "x17tsvc":
		return g.pick("history", "history", "matching", "frontend", "worker"), true
	case "x17tstoreop":
		return g.pick("UpdateWorkflowExecution", "GetWorkflowExecution", "CreateWorkflowExecution", "AppendHistoryNodes", "RangeCompleteHistoryTasks"), true
	case "x17tstoreerr":
		return g.pick("context deadline exceeded", "operation UpdateWorkflowExecution encountered Conditional update failed", "pq: could not serialize access due to concurrent update",
			"gocql: no response received from cassandra within timeout period", "ConditionFailedError{Msg: Failed to update workflow execution. Error: rangeID mismatch}"), true
	case "x17tqueuename":
		return g.pick("orders-tq", "payments", "default", "temporal-sys-per-ns-tq", "email-sender"), true
	case "x17tdur":
		return g.pick("1m9.99s", "1m10s", "59.98s", "1m4.23s"), true

	// Heroku
	case "x17hpath":
		return g.value("path"), true
	case "x17hhost":
		return g.pick("myapp.herokuapp.com", "api.example.com", "shop-prod-3f2a.herokuapp.com", "www.example.org"), true
	case "x17hfwd":
		if r.IntN(4) == 0 {
			return g.value("ip") + "," + g.value("ip"), true
		}
		return g.value("ip"), true
	case "x17hdyno":
		return "web." + strconv.Itoa(1+r.IntN(4)), true
	case "x17hms":
		return strconv.Itoa(g.pickInt(0, 1, 1, 2, r.IntN(40), r.IntN(3000))), true
	case "x17hcode": // a router error, whose desc, dyno, timings and status the line writes (x17hdesc, x17he*)
		e := herokuRouterErrors[r.IntN(len(herokuRouterErrors))]
		g.h17[0], g.h17[1], g.h17[2] = e.code, e.desc, e.status
		g.h17[3] = ""
		if !e.noDyno {
			g.h17[3] = "web." + strconv.Itoa(1+r.IntN(4))
		}
		return e.code, true
	case "x17hdesc":
		return g.h17[1], true
	case "x17hedyno":
		return g.h17[3], true
	case "x17heconnect":
		if g.h17[3] == "" {
			return "", true
		}
		return strconv.Itoa(r.IntN(9)) + "ms", true
	case "x17heservice":
		switch {
		case g.h17[3] == "":
			return "", true
		case g.h17[0] == "H12":
			return strconv.Itoa(30000+r.IntN(5)) + "ms", true
		}
		return strconv.Itoa(r.IntN(29000)) + "ms", true
	case "x17hestatus":
		return g.h17[2], true
	case "x17hebytes":
		if g.h17[3] == "" {
			return "", true
		}
		return g.pick("0", "0", strconv.Itoa(r.IntN(900))), true
	case "x17hstate": // a dyno's state change (x17hstate2 the state it went to)
		t := [][2]string{{"starting", "up"}, {"starting", "up"}, {"up", "down"}, {"starting", "crashed"}, {"crashed", "starting"}, {"down", "starting"}, {"up", "starting"}, {"starting", "down"}}[r.IntN(8)]
		g.h17[0] = t[1]
		return t[0], true
	case "x17hstate2":
		return g.h17[0], true
	case "x17hcmd":
		return g.pick("bundle exec puma -C config/puma.rb", "bundle exec sidekiq -C config/sidekiq.yml", "npm start", "gunicorn app.wsgi --log-file -",
			"bin/rails db:migrate", "rake cleanup:sessions", "bin/sync_inventory --full"), true
	case "x17hmem":
		return strconv.Itoa(400 + r.IntN(700)), true
	case "x17hmempct":
		return strconv.FormatFloat(80+r.Float64()*140, 'f', 1, 64), true
	case "x17haddon":
		return "postgresql-" + g.pick("vertical", "cubic", "aerodynamic", "shallow", "rigid") + "-" + strconv.Itoa(10000+r.IntN(90000)), true
	case "x17hraddon":
		return "redis-" + g.pick("angular", "cylindrical", "symmetrical", "clean") + "-" + strconv.Itoa(10000+r.IntN(90000)), true
	case "x17hrate":
		return strconv.FormatFloat(r.Float64(), 'f', g.pickInt(5, 6, 7), 64), true
	case "x17hload":
		return strconv.FormatFloat(r.Float64()*g.pick3(0.2, 2, 40), 'f', g.pickInt(3, 4, 5), 64), true
	case "x17hemail":
		return g.value("user") + "@example.com", true
	case "x17hsha":
		return g.hexN(8), true
	case "x17hsize":
		return g.pick("Standard-1X", "Standard-2X", "Performance-M", "Basic"), true
	case "x17hputime":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true

	// RocksDB
	case "x17kcf":
		return g.pick("default", "default", "default", "cf01", "lock", "write", "meta"), true
	case "x17kjob":
		return strconv.Itoa(2 + r.IntN(3000)), true
	case "x17kfile":
		return strconv.Itoa(5 + r.IntN(9000)), true
	case "x17kfile6":
		return fmt.Sprintf("%06d", 5+r.IntN(9000)), true
	case "x17ktime":
		return fmt.Sprintf("2026/12/%02d-%02d:%02d:%02d.%06d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x17kmicros":
		return strconv.FormatInt(1764806400000000+r.Int64N(99999999999), 10), true
	case "x17kcomp":
		return g.pick("LZ4", "Snappy", "ZSTD", "NoCompression"), true
	case "x17klsm": // the files on each of seven levels, as a JSON array
		return strings.Join(g.levels(), ", "), true
	case "x17klsmsp":
		return strings.Join(g.levels(), " "), true
	case "x17kfiles":
		n := 1 + r.IntN(4)
		s := make([]string, n)
		for i := range s {
			s[i] = strconv.Itoa(5 + r.IntN(9000))
		}
		return strings.Join(s, ", "), true
	case "x17kscore":
		return strconv.FormatFloat(r.Float64()*3, 'f', 2, 64), true
	case "x17kinputs": // a compaction's inputs, "files@level" joined by " + "
		s := []string{fmt.Sprintf("%d@%d", 1+r.IntN(8), r.IntN(2))}
		if r.IntN(3) != 0 {
			s = append(s, fmt.Sprintf("%d@%d", 1+r.IntN(8), 1+r.IntN(5)))
		}
		return strings.Join(s, " + "), true
	case "x17kranges":
		n := 1 + r.IntN(2)
		s := make([]string, n)
		for i := range s {
			m := 1 + r.IntN(3)
			f := make([]string, m)
			for j := range f {
				f[j] = fmt.Sprintf("%d(%dB)", 5+r.IntN(9000), r.IntN(90000000))
			}
			s[i] = strings.Join(f, " ")
		}
		return strings.Join(s, "], ["), true
	case "x17ktemp":
		return ", temperature: kUnknown", true
	case "x17kmbs":
		return strconv.FormatFloat(r.Float64()*400, 'f', 1, 64), true
	case "x17kdir":
		return g.pick("/var/lib/tikv/data/db", "/data/rocksdb", "/var/lib/ceph/osd/ceph-3/db", "/home/app/.cache/kv"), true
	case "x17kempty":
		return "", true

	// EMQX
	case "x17eclient":
		return g.pick("dev-", "sensor_", "mqttx_", "gw-", "") + g.hexN(g.pickInt(6, 8, 12)), true
	case "x17epacket":
		return fmt.Sprintf("PUBLISH(Q%d, R%d, D0, Topic=%s, PacketId=%d, Payload=%s)", r.IntN(3), r.IntN(2), g.value("x17etopic"), 1+r.IntN(65535), g.value("x17epayload")), true
	case "x17eack":
		switch r.IntN(4) {
		case 0:
			return "PINGRESP(Q0, R0, D0)", true
		case 1:
			return fmt.Sprintf("SUBACK(Q0, R0, D0, PacketId=%d, ReasonCodes=[%d])", 1+r.IntN(65535), r.IntN(3)), true
		}
		return fmt.Sprintf("PUBACK(Q0, R0, D0, PacketId=%d, ReasonCode=%d)", 1+r.IntN(65535), g.pickInt(0, 16, 16, 135)), true
	case "x17etopic":
		return g.pick("sensors/", "devices/", "/ota/notify/", "tele/", "cmd/") + g.hexN(6) + g.pick("/temperature", "/state", "", "/telemetry"), true
	case "x17epayload":
		return g.pick(`{"t":21.5,"h":40}`, `{"status":"online"}`, "", `{"jobId":"`+g.hexN(24)+`","percentage":100}`, "ON", "1"), true
	case "x17ereason":
		return g.pick("{shutdown,tcp_closed}", "{shutdown,takenover}", "{shutdown,discarded}", "{shutdown,keepalive_timeout}", "normal", "{shutdown,ssl_closed}", "{shutdown,kicked}"), true
	case "x17esockerr":
		return g.pick("einval", "enotconn", "etimedout", "econnreset", "closed"), true
	case "x17euser":
		return g.pick("undefined", "device", "iot-gw", "admin_ro", "sensor"), true
	case "x17efilter":
		return g.pick("#", "$SYS/#", "devices/+/state", "cmd/#"), true
	case "x17ealarm":
		return g.pick("high_system_memory_usage", "high_process_memory_usage", "high_cpu_usage", "too_many_processes", "conn_congestion/"+g.hexN(8)+"/undefined"), true
	case "x17ealarmmsg":
		return g.pick("System memory usage is higher than 70%", "CPU usage is higher than 80%", "Process memory usage is higher than 5%", "connection congested: #{buffer => 4096,conn_state => connected}"), true
	case "x17ebridge":
		return g.pick("mqtt:cloud-uplink", "http:webhook_orders", "kafka_producer:telemetry", "pgsql:archive"), true
	case "x17ebridgeerr":
		return g.pick("econnrefused", "{tls_alert,{unknown_ca,\"TLS client: In state certify received SERVER ALERT: Fatal - Unknown CA\\n\"}}", "timeout", "nxdomain", "{closed,\"The connection was lost.\"}"), true
	case "x17ebind":
		return g.pick("0.0.0.0:1883", "0.0.0.0:8883", "0.0.0.0:8083", "0.0.0.0:8084", "0.0.0.0:18083"), true
	case "x17elistener":
		return g.pick("tcp:default", "ssl:default", "ws:default", "wss:default"), true
	case "x17enode":
		return g.pick("10.0.1.11", "10.0.1.12", "emqx-1.emqx-headless.iot.svc.cluster.local", "emqx-2.emqx-headless.iot.svc.cluster.local"), true

	// stunnel
	case "x17sservice":
		return g.pick("https", "https", "redis", "imaps", "smtps", "postgres-tls", "ldaps"), true
	case "x17sbackend":
		return g.pick("127.0.0.1:8080", "127.0.0.1:6379", "10.0.4.5:443", "[::1]:143", "192.168.1.20:5432"), true
	case "x17ssslerr":
		return g.pick("ssl3_get_record@/usr/src/crypto/openssl/ssl/record/ssl3_record.c:350: error:0A00009C:SSL routines::http request",
			"tls_early_post_process_client_hello@ssl/statem/statem_srvr.c:1657: error:0A00018C:SSL routines::version too low",
			"tls_early_post_process_client_hello@ssl/statem/statem_srvr.c:1657: error:0A000102:SSL routines::unsupported protocol",
			"Peer suddenly disconnected", "ssl3_read_bytes@ssl/record/rec_layer_s3.c:1605: error:0A000418:SSL routines::tlsv1 alert unknown ca"), true
	case "x17sdn":
		return g.pick("DC=root, DC=dmz, CN=ACME Client SubCA1", "C=US, O=Let's Encrypt, CN=R11", "CN=ISRG Root X1, O=Internet Security Research Group, C=US",
			"C=DE, ST=Bayern, L=Munich, O=Acme GmbH, OU=IT, CN=gw01.acme.local", "CN=redis.internal"), true
	case "x17sstate":
		return g.pick("SSLv3/TLS read server certificate", "SSLv3/TLS read server key exchange", "SSLv3/TLS read server done", "SSLv3/TLS write client key exchange",
			"SSLv3/TLS write change cipher spec", "SSLv3/TLS read finished", "before SSL initialization", "SSLv3/TLS read client hello", "TLSv1.3 early data"), true

	// multipathd
	case "x17mpath":
		return "sd" + string(rune('a'+r.IntN(12))), true
	case "x17mchecker":
		return g.pick("tur", "tur", "tur", "directio", "rdac", "readsector0"), true
	case "x17mstate":
		return g.pick("up", "up", "up", "down", "ghost", "shaky", "pending"), true
	case "x17mmap":
		return g.pick("mpatha", "mpathb", "san0", "DATA01", "36001405130d0940e1914873a58afb4ad", "3600507640081011a000000000000001e", "oradata_02"), true
	case "x17mdevt":
		return fmt.Sprintf("%d:%d", g.pickInt(8, 8, 65, 259), 16*r.IntN(16)), true
	case "x17mtable":
		n := 1 + r.IntN(3)
		pg := make([]string, n)
		for i := range pg {
			pg[i] = fmt.Sprintf("%s 0 1 1 %d:%d 1", g.pick("service-time", "round-robin", "queue-length"), 8, 16*r.IntN(16))
		}
		return fmt.Sprintf("%s %s %d 1 %s", g.pick("1 queue_if_no_path", "0", "1 retain_attached_hw_handler"), g.pick("1 alua", "0"), n, strings.Join(pg, " ")), true

	// Gradle
	case "x17gtask":
		return g.pick(":app", ":core", ":api", ":lib:common", "") + ":" + g.pick("compileJava", "compileKotlin", "processResources", "classes", "jar", "test", "compileTestJava",
			"checkstyleMain", "spotlessCheck", "bootJar", "assemble", "build", "check", "kaptGenerateStubsKotlin", "mergeDebugResources"), true
	case "x17gout":
		return g.pick("", "", "", " UP-TO-DATE", " UP-TO-DATE", " NO-SOURCE", " FROM-CACHE", " SKIPPED", " FAILED"), true
	case "x17gclass":
		return g.pick("OrderServiceTest", "com.acme.orders.OrderServiceTest", "CartControllerIT", "InvoiceJobTest", "PriceCalculatorTest", "AuthFilterTest"), true
	case "x17gtest":
		return g.pick("createsOrder()", "rejectsEmptyCart()", "appliesDiscount()", "returns404ForUnknownId()", "shouldSerializeDates()", "testRefund[1]", "testRefund[2]"), true
	case "x17gresult":
		return g.pick("PASSED", "PASSED", "PASSED", "PASSED", "FAILED", "SKIPPED"), true
	case "x17gdur":
		return g.pick(strconv.Itoa(1+r.IntN(59))+"s", fmt.Sprintf("%dm %ds", 1+r.IntN(12), r.IntN(60)), strconv.Itoa(100+r.IntN(900))+"ms"), true
	case "x17gn": // a build's actionable tasks, split into executed, from cache and up-to-date (x17gexec, x17gcache, x17gup)
		n := 3 + r.IntN(60)
		e := 1 + r.IntN(n-2)
		g.h17[0], g.h17[1] = strconv.Itoa(e), strconv.Itoa(n-e)
		return strconv.Itoa(n), true
	case "x17gexec":
		return g.h17[0], true
	case "x17gcache":
		rest, _ := strconv.Atoi(g.h17[1])
		c := 1 + r.IntN(rest-1)
		g.h17[1] = strconv.Itoa(rest - c)
		return strconv.Itoa(c), true
	case "x17gup":
		return g.h17[1], true
	case "x17gproject":
		return g.pick(":app", ":core", ":api", ":lib:common"), true
	case "x17gtaskpath":
		return g.pick(":app:test", ":core:compileJava", ":api:spotlessCheck", ":app:compileKotlin", ":lib:common:checkstyleMain"), true
	case "x17gkfile", "x17greport", "x17gjfile": // a file of the checkout, which Actions puts in a directory named twice after the repository
		repo := g.pick("orders", "shop-backend", "billing-service")
		dir := "/home/runner/work/" + repo + "/" + repo + "/" + g.value("x17gmod")
		switch kind {
		case "x17gkfile":
			return "file://" + dir + "/src/main/kotlin/" + g.value("x17gkt"), true
		case "x17greport":
			return "file://" + dir + "/build/reports/tests/test/index.html", true
		}
		return dir + "/src/main/java/" + g.value("x17gjava"), true
	case "x17gmod":
		return g.pick("app", "core", "api"), true
	case "x17gskipped":
		return ", " + strconv.Itoa(1+r.IntN(5)) + " skipped", true
	case "x17gexc":
		return g.pick("java.lang.AssertionError", "org.opentest4j.AssertionFailedError", "java.lang.NullPointerException", "org.mockito.exceptions.verification.WantedButNotInvoked"), true
	case "x17gsrc":
		return g.pick("Some input files", "/home/runner/work/orders/orders/app/src/main/java/com/acme/orders/LegacyMapper.java"), true
	case "x17gkt":
		return g.pick("com/acme/orders/Main.kt", "com/acme/cart/CartService.kt", "com/acme/Config.kt"), true
	case "x17gsym":
		return g.pick("getter for isAccessible: Boolean", "toUpperCase(): String", "constructor Locale(String!)", "capitalize(): String"), true
	case "x17gjava":
		return g.pick("com/acme/orders/OrderService.java", "com/acme/cart/CartController.java", "com/acme/billing/InvoiceJob.java"), true
	case "x17gscan":
		return g.base36(13), true

	// WebLogic
	case "x17wreq":
		return g.pick(`Workmanager: default, Version: 0, Scheduled=true, Started=true, Started time: `+strconv.Itoa(600000+r.IntN(90000))+` ms`,
			`weblogic.servlet.internal.ServletRequestImpl@`+g.hexN(7)+`[GET /`+g.pick("orders", "shop", "console")+`/`+g.pick("api/orders", "index.jsp", "login")+` HTTP/1.1]`), true
	case "x17wstate":
		return g.pick("STARTING", "STANDBY", "ADMIN", "RESUMING", "RUNNING", "RUNNING", "SUSPENDING", "FORCE_SUSPENDING", "SHUTTING_DOWN", "FORCE_SHUTTING_DOWN"), true
	case "x17wchannel":
		return g.pick("Default", "Default", "DefaultSecure", "T3Channel", "Default[1]", "Default[2]"), true
	case "x17wport":
		return g.pick("7001", "7002", "8001", "30012", "9002"), true
	case "x17wprotos":
		return g.pick("iiop, t3, ldap, snmp, http", "iiop, t3, http", "t3, http", "iiops, t3s, ldaps, https"), true
	case "x17wpool": // a pool, which its exhaustion error names again (x17wpoolerr)
		g.h17[0] = g.pick("OrdersDS", "jdbc/AppDS", "SOADataSource", "EDNDataSource", "mds-owsm", "LocalSvcTblDataSource")
		return g.h17[0], true
	case "x17wpoolerr":
		if r.IntN(2) == 0 {
			return "Failed to allocate resource", true
		}
		return `Reached maximum capacity of pool "` + g.h17[0] + `"`, true
	case "x17wconn":
		return "weblogic.jdbc.wrapper.PoolConnection_oracle_jdbc_driver_T4CConnection@" + g.hexN(g.pickInt(3, 4, 5)), true
	case "x17wapp":
		return g.pick("orders", "shop-ear", "soa-infra", "console", "em", "hr-portal#2.1"), true
	case "x17wmod": // a web module, served at its context path (x17wmodagain)
		g.h17[1] = g.pick("orders", "shop-web", "soa-infra-web", "console", "portal")
		return g.h17[1], true
	case "x17wmodagain":
		return g.h17[1], true
	case "x17wtx":
		return fmt.Sprintf("%s%s", g.hexN(12), strings.ToUpper(g.hexN(12))), true
	case "x17wserver":
		return g.pick("AdminServer", "ManagedServer1", "ManagedServer2", "soa_server1", "master", "managed-server3"), true
	case "x17wcluster":
		return g.pick("Cluster1", "soa_cluster", "cluster-1", "osb_cluster"), true
	case "x17wdomain":
		return g.pick("base_domain", "sample-domain1", "soa_domain", "prod_domain"), true

	// VSCode
	case "x17vext": // an extension, which a command's line names again (x17vextagain)
		g.h17[0] = g.pick("vscode.git", "vscode.json-language-features", "vscode.typescript-language-features", "vscode.emmet", "vscode.configuration-editing",
			"ms-python.python", "ms-python.vscode-pylance", "github.copilot-chat", "esbenp.prettier-vscode", "dbaeumer.vscode-eslint", "ms-vscode-remote.remote-ssh", "redhat.vscode-yaml")
		return g.h17[0], true
	case "x17vextagain":
		return g.h17[0], true
	case "x17vevent":
		return g.pick("*", "onStartupFinished", "onLanguage:json", "onLanguage:typescript", "onLanguage:python", "workspaceContains:package.json", "onCommand:git.clone",
			"onView:explorer", "onAuthenticationRequest:github", "onUri"), true
	case "x17vroot":
		return ", root cause: " + g.pick("vscode.github", "ms-python.python", "github.copilot-chat"), true
	case "x17vmodule":
		return g.pick("file:///usr/share/code/resources/app/extensions/", "file:///Applications/Visual Studio Code.app/Contents/Resources/app/extensions/",
			"file:///c:/Users/jdoe/AppData/Local/Programs/Microsoft VS Code/resources/app/extensions/") + g.pick("git", "emmet", "json-language-features") + "/dist/" + g.pick("main", "extension", "node/jsonClientMain"), true
	case "x17vstorage":
		return g.pick("/home/jdoe/.config/Code/User/workspaceStorage/", "/Users/jdoe/Library/Application Support/Code/User/workspaceStorage/") + g.hexN(32), true
	case "x17vextname": // an extension whose command another registered first (x17vdisplay names that one, x17vextagain its id)
		g.h17[0] = g.pick("Continue.continue", "ms-toolsai.jupyter", "GitHub.copilot", "eamodio.gitlens")
		return g.h17[0], true
	case "x17vcmd":
		return g.pick("continue.focusContinueInput", "jupyter.runcell", "github.copilot.generate", "gitlens.showQuickCommitFileDetails"), true
	case "x17vdisplay":
		return map[string]string{"Continue.continue": "Continue - Codestral, Claude, and more", "ms-toolsai.jupyter": "Jupyter", "GitHub.copilot": "GitHub Copilot",
			"eamodio.gitlens": "GitLens — Git supercharged"}[g.h17[0]], true
	case "x17vproposal":
		return g.pick("terminalShellType", "chatParticipantAdditions", "languageModelSystem", "findTextInFiles2", "contribSourceControlInputBoxMenu"), true
	case "x17vpath":
		return g.pick("/home/jdoe/src/monorepo", "/home/jdoe/src/monorepo/node_modules", "/workspaces/app"), true
	case "x17vprofile":
		return g.pick("/home/jdoe/.vscode/extensions/extensions.json", "/Users/jdoe/.vscode/extensions/extensions.json", "/c:/Users/jdoe/.vscode/extensions/extensions.json"), true
	case "x17vver":
		return g.pick("1.95.3", "1.96.2", "1.100.3"), true
	case "x17vdate":
		return fmt.Sprintf("2026-11-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "x17vextdir":
		return g.pick("home/jdoe/.vscode/extensions", "Users/jdoe/.vscode/extensions", "c%3A/Users/jdoe/.vscode/extensions"), true
	case "x17verr":
		return g.pick("ENOENT: no such file or directory, open '/home/jdoe/.vscode/extensions/ms-python.python-2024.22.0/package.json'",
			"Canceled", "connect ECONNREFUSED 127.0.0.1:"+g.value("port"), "Unable to write to User Settings because the file has unsaved changes.",
			"spawn git ENOENT", "Request timed out"), true

	// istiod
	case "x17iseq":
		return strconv.Itoa(1 + r.IntN(9000)), true
	case "x17ievents": // a debounce's events, at least its configs (x17iconfig)
		n := 1 + r.IntN(4)
		if r.IntN(5) == 0 {
			n += r.IntN(90)
		}
		g.h17[0] = strconv.Itoa(n)
		return g.h17[0], true
	case "x17iconfig":
		n, _ := strconv.Atoi(g.h17[0])
		c := g.pick("ServiceEntry/"+g.value("ns")+"/"+g.pick("orders", "payments", "delay-queue-handler-"+strconv.Itoa(r.IntN(500)))+"-http."+g.value("ns")+".svc.cluster.local",
			"VirtualService/"+g.value("ns")+"/"+g.pick("card-manager-router", "orders-vs", "web"), "DestinationRule/"+g.value("ns")+"/"+g.pick("orders-dr", "cache"),
			"Secret/istio-system/"+g.pick("ingress-cert", "cacerts"), "EnvoyFilter/istio-system/stats-filter-1.22")
		if n > 1 && r.IntN(2) == 0 {
			c += " and " + strconv.Itoa(1+r.IntN(n-1)) + " more configs"
		}
		return c, true
	case "x17idur":
		return g.pick(strconv.FormatFloat(100+r.Float64()*30, 'f', 6, 64)+"ms", strconv.FormatFloat(r.Float64()*9, 'f', 9, 64)+"s"), true
	case "x17ixds": // an xDS type, whose push line adds its own counters (x17icached)
		g.h17[1] = g.pick("CDS", "CDS", "EDS", "EDS", "LDS", "RDS", "NDS")
		return g.h17[1], true
	case "x17icached":
		n := 1 + r.IntN(150)
		switch g.h17[1] {
		case "CDS", "RDS":
			return fmt.Sprintf(" cached:%d/%d", r.IntN(n+1), n), true
		case "EDS":
			return fmt.Sprintf(" empty:%d cached:%d/%d", r.IntN(3), r.IntN(n+1), n), true
		}
		return "", true
	case "x17inode":
		return g.value("pod") + "." + g.value("ns"), true
	case "x17isize":
		return strconv.FormatFloat(0.1+r.Float64()*200, 'f', 1, 64) + g.pick("kB", "kB", "B", "MB"), true
	case "x17iver":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02dZ/%d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), 1+r.IntN(5000)), true
	case "x17iconn":
		return fmt.Sprintf("sidecar~%s~%s.%s~%s.svc.cluster.local-%d", g.value("ip"), g.value("pod"), g.value("ns"), g.value("ns"), 1+r.IntN(20000)), true
	case "x17ihost":
		return g.pick("orders", "payments", "app-33", "cart") + "." + g.value("ns") + ".svc.cluster.local", true
	case "x17ilistener":
		return g.pick("0.0.0.0_8080", "virtualInbound", "10.96.0.1_443", "0.0.0.0_15090"), true
	case "x17ilerr":
		return g.pick("Didn't find a registered implementation for 'envoy.filters.http.wasm' with type URL: 'envoy.extensions.filters.http.wasm.v3.Wasm'",
			"error adding listener '0.0.0.0:8080': multiple filter chains with the same matching rules are defined",
			"Proto constraint validation failed (HttpConnectionManagerValidationError.RouteConfig: value is required)"), true
	case "x17ilease":
		return g.pick("istio-namespace-controller-election", "istio-leader", "istio-gateway-deployment-default", "istio-validation-controller-election"), true
	case "x17ikind":
		return g.pick("*v1.Pod", "*v1.Service", "*v1.EndpointSlice", "*v1alpha3.VirtualService", "*v1.Namespace"), true

	// TracingJSON
	case "x17rts":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%06dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x17rmethod": // the request span's fields, written again in the span list (x17r*again)
		g.h17[0], g.h17[1], g.h17[2] = g.value("method"), g.pick("/api/v1/orders", "/api/v1/orders/"+g.value("uuid"), "/healthz", "/api/v1/carts/"+strconv.Itoa(r.IntN(99999))+"/items", "/metrics", "/api/v1/orders?status=open&page="+strconv.Itoa(r.IntN(20))), g.pick("HTTP/1.1", "HTTP/1.1", "HTTP/2.0")
		return g.h17[0], true
	case "x17ruri":
		return g.h17[1], true
	case "x17rver":
		return g.h17[2], true
	case "x17rmethodagain":
		return g.h17[0], true
	case "x17ruriagain":
		return g.h17[1], true
	case "x17rveragain":
		return g.h17[2], true
	case "x17rlatency":
		return g.pick(strconv.Itoa(r.IntN(900))+" ms", strconv.FormatFloat(r.Float64()*90, 'f', 2, 64)+"ms", strconv.FormatFloat(r.Float64()*900, 'f', 1, 64)+"µs"), true
	case "x17rclass":
		return g.pick("Status code: 500 Internal Server Error", "Status code: 503 Service Unavailable", "Status code: 502 Bad Gateway", "Error: request timed out"), true
	case "x17rsql":
		return g.pick(`SELECT id, customer_id, status FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2`, `UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2`,
			`INSERT INTO outbox (id, topic, payload) VALUES ($1, $2, $3)`), true
	case "x17rsqlsum":
		return g.pick("SELECT id, customer_id, status …", "UPDATE inventory SET reserved …", "INSERT INTO outbox (id, …", "BEGIN", "COMMIT", "SELECT 1"), true
	case "x17rsqlfull":
		return g.pick("", "", `\n\nSELECT\n  id,\n  customer_id,\n  status\nFROM\n  orders\nWHERE\n  customer_id = $1\n`, `\n\nUPDATE\n  inventory\nSET\n  reserved = reserved + $1\nWHERE\n  sku = $2\n`), true
	case "x17rsecs":
		return strconv.FormatFloat(r.Float64()*g.pick3(0.01, 0.5, 4), 'f', 6, 64), true
	case "x17rhandler":
		return g.pick("orders", "carts", "health"), true
	case "x17rerr":
		return jsonEsc(g.pick("Broker: Not enough in-sync replicas", "Message production error: MessageTimedOut (Local: Message timed out)", "connection refused (os error 111)", "deadline has elapsed")), true
	case "x17rtopic":
		return g.pick("orders.created", "orders.cancelled", "inventory.reserved"), true
	case "x17rhyper":
		return g.pick("connection error: Connection reset by peer (os error 104)", "error reading a body from connection: connection reset", "Transport endpoint is not connected (os error 107)"), true
	case "x17rdbhost":
		return g.pick("postgres.orders.svc:5432", "10.0.7.3:5432", "orders-db.cluster-ro-c1x2.eu-west-1.rds.amazonaws.com:5432"), true
	case "x17rjwks":
		return g.pick("https://auth.example.com/.well-known/jwks.json", "https://login.example.org/realms/prod/protocol/openid-connect/certs"), true

	// Odoo
	case "x17odate":
		return fmt.Sprintf("%02d/Dec/2026 %02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x17oreq":
		m := g.pick("res.partner", "sale.order", "ir.module.module", "res.users", "account.move", "stock.picking")
		return g.pick("POST /web/dataset/call_kw/"+m+"/"+g.pick("web_search_read", "web_read", "search_read", "get_views", "onchange", "read"), "POST /web/action/load",
			"POST /web/dataset/call_button/"+m+"/"+g.pick("action_confirm", "button_immediate_install"), "GET /web/image?model=res.users&field=avatar_128&id="+strconv.Itoa(1+r.IntN(40)),
			"POST /mail/init_messaging", "GET /websocket?version=18.0-3", "POST /web/session/get_session_info", "GET /odoo/action-"+strconv.Itoa(100+r.IntN(400)), "POST /calendar/notify"), true
	case "x17ostatus":
		return g.pick("200", "200", "200", "200", "101", "303", "404", "500"), true
	case "x17osecs":
		return strconv.FormatFloat(r.Float64()*g.pick3(0.05, 0.5, 3), 'f', 3, 64), true
	case "x17ostatic":
		return g.pick("/web/static/lib/odoo_ui_icons/fonts/odoo_ui_icons.woff2", "/web/static/src/xml/debug.xml?debug=1", "/web/assets/1/"+g.hexN(7)+"/web.assets_web.min.js", "/favicon.ico", "/web/static/img/favicon.ico"), true
	case "x17omodule":
		return g.pick("base", "base", "web", "mail", "sale", "account", "stock", "hr"), true
	case "x17ofile":
		return g.pick("views/ir_default_views.xml", "data/ir_cron_data.xml", "report/ir_model_report.xml", "security/ir.model.access.csv", "views/res_partner_views.xml", "data/mail_templates.xml", "wizard/base_module_update_views.xml"), true
	case "x17ocaches":
		return g.pick("'default'", "'default'", "'assets'", "'templates'", "'default', 'templates'"), true
	case "x17ocron":
		return g.pick("Mail: Email Queue Manager", "Base: Auto-vacuum internal data", "Notification: Send scheduled message notifications", "Calendar: Event Reminder", "Account: Post draft entries with auto_post enabled and accounting date up to today", "Snailmail: process letters queue"), true
	case "x17odb":
		return g.pick("odoo", "prod_17", "hotel", "postgresql"), true
	case "x17ologin":
		return g.pick("admin", "jdoe@example.com", "portal_user", "api@example.com", "demo"), true
	case "x17osmtp":
		return g.pick("smtp.gmail.com", "smtp.office365.com", "mail.example.com", "localhost"), true
	case "x17osql":
		return g.pick(`UPDATE "ir_cron" SET "lastcall" = now() WHERE id = `+strconv.Itoa(1+r.IntN(40))+` ERROR: could not serialize access due to concurrent update`,
			`SELECT "res_partner"."id" FROM "res_partner" WHERE ("res_partner"."active" = true) ORDER BY "res_partner"."display_name" ERROR: canceling statement due to statement timeout`,
			`INSERT INTO "bus_bus" ("channel", "message") VALUES ('["prod_17","res.partner",3]', '{}') ERROR: deadlock detected`), true
	case "x17ofilestore":
		h := g.hexN(40)
		return h[:2] + "/" + h, true
	case "x17oaddons":
		return g.pick("'/usr/lib/python3/dist-packages/odoo/addons', '/var/lib/odoo/addons/17.0', '/mnt/extra-addons'", "'/opt/odoo/odoo/addons', '/opt/odoo/addons', '/opt/odoo/custom'", "'/usr/lib/python3/dist-packages/odoo/addons'"), true
	case "x17odbuser":
		return g.pick("odoo", "default", "openerp"), true
	case "x17oaccess":
		return g.pick("You are not allowed to access 'Sales Order' (sale.order) records.", "Due to security restrictions, you are not allowed to modify 'Journal Entry' (account.move) records.", "Record does not exist or has been deleted."), true
	}
	return "", false
}

// levels writes the file counts of an LSM tree's seven levels.
func (g *gen) levels() []string {
	s := make([]string, 7)
	for i := range s {
		s[i] = strconv.Itoa(g.pickInt(0, 0, 0, g.r.IntN(5), g.r.IntN(40)))
	}
	return s
}
