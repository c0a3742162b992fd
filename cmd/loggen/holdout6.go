package main

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// The sixth held-out families (issue #14, session 17, h65): software that
// neither testdata/logcorpus, the five held-out sets nor Loghub-2k has,
// each written from how the program documents or writes its lines (the
// format strings and manuals cited at each family, and real lines quoted
// in the programs' issue trackers), for a set written blind: its author
// read no miner code and ran no miner on it, so it measures the miner on
// logs nobody writing miner rules has seen. They go to
// testdata/logholdout6 (go run ./cmd/loggen -set holdout6); same truth
// conventions as the corpus and the fifth set (khanCorrect, one "<*>" per
// value the program fills in, whether empty, one word or several; keys
// constant and their values variables, JSON's level, time and caller
// included as the corpus's zap lines have them; the message key holds
// the format string, with the values a program formats into it each one
// "<*>"; a value no line fills stays constant; a word written literally
// at the call site stays constant; a repr, list or error text filled in
// as one %s is one value; a record whose keys differ (auditd's EXECVE
// with another argc) is another template).
//
//	go run ./cmd/loggen -set holdout6 -out testdata/logholdout6

// holdout6Seed is the sixth held-out set's seed.
const holdout6Seed = 63

// pickN gives the header fields of the first rule whose text the content
// holds (a prefix when it starts with "^"): rule[0] is the text, the rest
// the fields; def when none does.
func pickN(c string, rules [][]string, def ...string) []string {
	for _, r := range rules {
		if t, ok := strings.CutPrefix(r[0], "^"); ok && strings.HasPrefix(c, t) || !ok && strings.Contains(c, r[0]) {
			return r[1:]
		}
	}
	return def
}

func holdout6Families() []family {
	sysHeader := func(g *gen, prog, host, c string) string {
		return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s %s[%d]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), host, prog, 900+g.r.IntN(40000), c)
	}
	syslog6 := `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`
	// zap's JSON fields of an etcd line before its message
	etcd := func(level, caller string) string {
		return `{"level":"{pick:` + level + `}","ts":"{x6ets}","caller":"{pick:` + caller + `}",`
	}
	// hclog's JSON fields of a consul line around its message
	consul := func(level, msg, module string) string {
		return `{"@level":"{pick:` + level + `}","@message":"` + msg + `","@module":"{pick:` + module + `}","@timestamp":"{x6cts}"`
	}
	return []family{
		// etcd 3.5 with its default zap JSON logger (one object a line:
		// level, ts, caller, msg, then the fields of the call): the slow
		// request warnings ("apply request took too long" with took,
		// expected-duration, prefix, request and response, its "error"
		// when the read failed), traceutil's "trace[%d] range" with the
		// detail and its steps, the gRPC interceptor's "request stats",
		// "waiting for ReadIndex response took too long, retrying",
		// "slow fdatasync", the heartbeat warning, compaction, the peer
		// prober and stream lines, raft's own formatted messages, TLS
		// rejects (lines quoted in etcd issues #17855, #12094, #16436,
		// k3s #9204 and #2938, agola #107; etcd server/etcdserver/util.go,
		// pkg/traceutil/trace.go, server/etcdserver/api/v3rpc/interceptor.go).
		{name: "Etcd", format: `<Content>`, header: bare, events: []event{
			{140, etcd("warn", "etcdserver/util.go:170") + `"msg":"apply request took too long","took":"{x6godur}","expected-duration":"{pick:100ms|100ms|200ms}","prefix":"{x6etcdprefix}","request":"{x6etcdreq}","response":"{x6etcdresp}"}`},
			{12, etcd("warn", "etcdserver/util.go:170") + `"msg":"apply request took too long","took":"{x6godur}","expected-duration":"{pick:100ms|200ms}","prefix":"{x6etcdreadonly}","request":"{x6etcdreq}","response":"","error":"{pick:context deadline exceeded|context canceled|etcdserver: leader changed}"}`},
			{90, etcd("info", "traceutil/trace.go:171") + `"msg":"trace[{x6traceid}] range","detail":"{x6etcddetail}","duration":"{x6godur}","start":"{x6ets}","end":"{x6ets}","steps":[{x6steps}],"step_count":{x6stepcount}}`},
			{25, etcd("info", "traceutil/trace.go:171") + `"msg":"trace[{x6traceid}] transaction","detail":"{x6etcdtxn}","duration":"{x6godur}","start":"{x6ets}","end":"{x6ets}","steps":[{x6steps}],"step_count":{x6stepcount}}`},
			{10, etcd("info", "traceutil/trace.go:171") + `"msg":"trace[{x6traceid}] linearizableReadLoop","detail":"","duration":"{x6godur}","start":"{x6ets}","end":"{x6ets}","steps":[{x6steps}],"step_count":{x6stepcount}}`},
			{45, etcd("warn", "v3rpc/interceptor.go:197") + `"msg":"request stats","start time":"{x6ets}","time spent":"{x6godur}","remote":"{ipport}","response type":"{x6etcdrpc}","request count":{pick:0|1},"request size":{int},"response count":{int},"response size":{int},"request content":"{x6etcdreq}"}`},
			{30, etcd("warn", "etcdserver/v3_server.go:897") + `"msg":"waiting for ReadIndex response took too long, retrying","sent-request-id":{x6u64},"retry-timeout":"{pick:500ms}"}`},
			{25, etcd("warn", "wal/wal.go:805") + `"msg":"slow fdatasync","took":"{x6godur}","expected-duration":"{pick:1s}"}`},
			{20, etcd("warn", "etcdserver/raft.go:369") + `"msg":"leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk","to":"{x6member}","heartbeat-interval":"{pick:100ms}","expected-duration":"{pick:200ms}","exceeded-duration":"{x6godur}"}`},
			{15, etcd("info", "mvcc/index.go:214") + `"msg":"compact tree index","revision":{big}}`},
			{15, etcd("info", "mvcc/kvstore_compaction.go:68") + `"msg":"finished scheduled compaction","compact-revision":{big},"took":"{x6godur}","hash":{x6u32}}`},
			{10, etcd("warn", "rafthttp/probing_status.go:68") + `"msg":"prober detected unhealthy status","round-tripper-name":"{pick:ROUND_TRIPPER_RAFT_MESSAGE|ROUND_TRIPPER_SNAPSHOT}","remote-peer-id":"{x6member}","rtt":"{x6godur}","error":"{one:dial tcp <ip>:2380: <pick:i/o timeout|connect: connection refused>}"}`},
			{8, etcd("warn", "rafthttp/stream.go:421") + `"msg":"lost TCP streaming connection with remote peer","stream-reader-type":"{pick:stream MsgApp v2|stream Message}","local-member-id":"{x6member}","remote-peer-id":"{x6member}","error":"{pick:EOF|read tcp: connection reset by peer|unexpected EOF}"}`},
			{10, etcd("warn", "embed/config_logging.go:169") + `"msg":"rejected connection","remote-addr":"{ipport}","server-name":"{pick:|etcd-0.etcd|localhost}","error":"{pick:tls: first record does not look like a TLS handshake|remote error: tls: bad certificate|EOF}"}`},
			{4, etcd("info", "raft/raft.go:1013") + `"logger":"raft","msg":"{x6member} is starting a new election at term {int}"}`},
			{4, etcd("info", "raft/raft.go:713") + `"logger":"raft","msg":"{x6member} became candidate at term {int}"}`},
			{4, etcd("info", "raft/raft.go:765") + `"logger":"raft","msg":"{x6member} became leader at term {int}"}`},
			{4, etcd("info", "raft/node.go:325") + `"logger":"raft","msg":"raft.node: {x6member} elected leader {x6member} at term {int}"}`},
			{3, etcd("info", "etcdserver/server.go:2408") + `"msg":"saved snapshot","snapshot-index":{big}}`},
			{3, etcd("info", "etcdserver/server.go:2438") + `"msg":"compacted Raft logs","compact-index":{big}}`},
		}},
		// Apache ActiveMQ Classic 5.18's data/activemq.log (log4j2
		// "%d | %-5p | %m | %c | %t"): the transport's failures ("Transport
		// Connection to: %s failed: %s"), the JAAS refusals, producer flow
		// control's "Usage(...) percentUsage=...: Persistent store is Full
		// ... Stopping producer (%s) to prevent flooding %s", queues removed
		// when inactive, the network bridge lines, KahaDB checkpoints and
		// the start and stop lines of the broker and its connectors (lines
		// quoted in activemq PRs #933 and #943 and the ActiveMQ manual's
		// "Producer Flow Control"; activemq-broker TransportConnection.java,
		// BrokerService.java, network/DemandForwardingBridgeSupport.java).
		{name: "ActiveMQ", format: `<Date> <Time> \| <Level> \| <Content> \| <Logger> \| <Thread>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Transport Connection to", "WARN", "org.apache.activemq.broker.TransportConnection.Transport", "ActiveMQ Transport: tcp://" + g.h6[0]},
				{"SecurityException", "WARN", "org.apache.activemq.broker.TransportConnection", "ActiveMQ Transport: tcp://" + g.h6[0]},
				{"^Usage(", "INFO", "org.apache.activemq.broker.region.Queue", "ActiveMQ Transport: tcp://" + g.h6[0]},
				{"Inactive for longer", "INFO", "org.apache.activemq.broker.region.Queue", "ActiveMQ Broker[localhost] Scheduler"},
				{"Network connection between", "INFO", "org.apache.activemq.network.DemandForwardingBridgeSupport", "triggerStartAsyncNetworkBridgeCreation: remoteBroker=tcp://" + g.h6[1] + ", localBroker= vm://localhost#" + strconv.Itoa(g.r.IntN(40))},
				{"bridge to", "INFO", "org.apache.activemq.network.DemandForwardingBridgeSupport", "ActiveMQ BrokerService[localhost] Task-" + strconv.Itoa(1+g.r.IntN(400))},
				{"^Checkpoint", "DEBUG", "org.apache.activemq.store.kahadb.MessageDatabase", "ActiveMQ Journal Checkpoint Worker"},
				{"^Connector ", "INFO", "org.apache.activemq.broker.TransportConnector", "main"},
				{"^Listening for", "INFO", "org.apache.activemq.transport.TransportServerThreadSupport", "main"},
				{"KahaDB", "INFO", "org.apache.activemq.store.kahadb.MessageDatabase", "main"},
				{"is locked by another", "INFO", "org.apache.activemq.store.SharedFileLocker", "main"},
				{"JMX consoles", "INFO", "org.apache.activemq.broker.jmx.ManagementContext", "JMX connector"},
				{"^Apache ActiveMQ", "INFO", "org.apache.activemq.broker.BrokerService", "main"},
				{"^Scheduler using", "INFO", "org.apache.activemq.broker.scheduler.SchedulerBroker", "main"},
			}, "INFO", "org.apache.activemq.broker.BrokerService", "main")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d,%03d | %-5s | %s | %s | %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], c, f[1], f[2])
		}, events: []event{
			{150, "Transport Connection to: tcp://{x6amqpeer} failed: {x6amqioerr}"},
			{50, "Stopping tcp://{x6amqpeer} because Failed with SecurityException: User name [{x6amquser}] or password is invalid."},
			{25, "Stopping tcp://{x6amqpeer} because Failed with SecurityException: User {x6amquser} is not authorized to {pick:write to|read from|create} : {x6amqdest}"},
			{40, "Usage({x6amqusage}) percentUsage={pick:100|99}%, usage={big}, limit={big}, percentUsageMinDelta=1%;Parent:Usage({pick:default:store}) percentUsage={pick:100|99}%, usage={big}, limit={big}, percentUsageMinDelta=1%: Persistent store is Full, {pick:100}% of {big}. Stopping producer ({x6amqid}) to prevent flooding {x6amqdest}. See http://activemq.apache.org/producer-flow-control.html for more info (blocking for: {int}s)"},
			{60, "{x6amqdest} Inactive for longer than {pick:30000|60000|300000} ms - removing ..."},
			{30, "Network connection between vm://localhost#{int} and tcp://{x6amqpeer} ({x6amqbroker}) has been established."},
			{25, "localhost bridge to {x6amqbroker} stopped"},
			{60, "Checkpoint started."},
			{60, "Checkpoint done."},
			{8, "Connector {pick:openwire|amqp|stomp|mqtt|ws} started"},
			{8, "Listening for connections at: {pick:tcp://0.0.0.0:61616?maximumConnections=1000&wireFormat.maxFrameSize=104857600|amqp://0.0.0.0:5672?maximumConnections=1000|stomp://0.0.0.0:61613|mqtt://0.0.0.0:1883|ws://0.0.0.0:61614}"},
			{3, "Using Persistence Adapter: KahaDBPersistenceAdapter[{pick:/opt/activemq/data/kahadb|/var/lib/activemq/data/kahadb}]"},
			{3, "KahaDB is version {pick:7}"},
			{2, "Database {pick:/opt/activemq/data/kahadb/lock} is locked by another server. This broker is now in slave mode waiting a lock to be acquired"},
			{2, "JMX consoles can connect to service:jmx:rmi:///jndi/rmi://localhost:{pick:1099}/jmxrmi"},
			{3, "Apache ActiveMQ {pick:5.18.3|5.18.6} ({pick:localhost}, {x6amqid}) is starting"},
			{3, "Apache ActiveMQ {pick:5.18.3|5.18.6} ({pick:localhost}, {x6amqid}) started"},
			{2, "Apache ActiveMQ {pick:5.18.3|5.18.6} ({pick:localhost}, {x6amqid}) is shutting down"},
			{2, "Apache ActiveMQ {pick:5.18.3|5.18.6} ({pick:localhost}, {x6amqid}) uptime {x6amqup}"},
			{1, "Scheduler using directory: {pick:/opt/activemq/data/localhost/scheduler}"},
		}},
		// Apache Flink 1.18's JobManager log (log4j2 "%d{yyyy-MM-dd
		// HH:mm:ss,SSS} %-5p %-60c %x - %m"): the ExecutionGraph's state
		// changes of each subtask ("%s (%d/%d) (%s) switched from %s to
		// %s." and "... on %s @ %s (dataPort=%d)."), deployments, the job's
		// own state changes, CheckpointCoordinator's triggers, completions,
		// expiries and declines, the resource manager's TaskManager
		// registrations, heartbeat timeouts and disconnects, the failover
		// strategy's restarts (lines quoted in bitnami/charts #22225,
		// apache/flink PR #11987 and j3-signalroom/apache_flink-kickstarter
		// #517; flink-runtime executiongraph/Execution.java,
		// checkpoint/CheckpointCoordinator.java).
		{name: "Flink", format: `<Date> <Time> <Level> <Logger> \[\] - <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"FAILED on", "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph"},
				{"checkpoint", "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator"},
				{"Checkpoint ", "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator"},
				{"^Received resource requirements", "INFO", "org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager"},
				{"^Registering TaskManager", "INFO", "org.apache.flink.runtime.resourcemanager.StandaloneResourceManager"},
				{"heartbeat of TaskManager", "INFO", "org.apache.flink.runtime.resourcemanager.StandaloneResourceManager"},
				{"^Closing TaskExecutor", "INFO", "org.apache.flink.runtime.resourcemanager.StandaloneResourceManager"},
				{"^Disconnect TaskExecutor", "INFO", "org.apache.flink.runtime.jobmaster.JobMaster"},
				{"to recover the failed task", "INFO", "org.apache.flink.runtime.executiongraph.failover.RestartPipelinedRegionFailoverStrategy"},
				{"^Starting the resource manager", "INFO", "org.apache.flink.runtime.resourcemanager.StandaloneResourceManager"},
				{"^Rest endpoint listening", "INFO", "org.apache.flink.runtime.dispatcher.DispatcherRestEndpoint"},
				{"^Submitting job", "INFO", "org.apache.flink.runtime.dispatcher.StandaloneDispatcher"},
			}, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d,%03d %-5s %-60s [] - %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], c)
		}, events: []event{
			{200, "{x6fltask} ({x6flsub}/{x6flpar}) ({x6flattempt}) switched from {x6flfrom} to {x6flto}."},
			{15, "{x6fltask} ({x6flsub}/{x6flpar}) ({x6flattempt}) switched from RUNNING to FAILED on {x6fltm} @ {x6flhost} (dataPort={port})."},
			{60, "Deploying {x6fltask} ({x6flsub}/{x6flpar}) (attempt #{pick:0|0|0|1|2}) with attempt id {x6flattempt} and vertex id {hex16}{hex16}_{pick:0|1|2} to {x6fltm} @ {x6flhost} (dataPort={port}) with allocation id {hex16}{hex16}"},
			{25, "Job {x6fljob} ({hex16}{hex16}) switched from state {pick:CREATED|RUNNING|RUNNING|RESTARTING|FAILING|CANCELLING} to {pick:RUNNING|RUNNING|RESTARTING|FAILED|CANCELED|FINISHED}."},
			{8, "Submitting job '{x6fljob}' ({hex16}{hex16})."},
			{55, "Triggering checkpoint {int} (type={x6flcptype}) @ {x6epochms} for job {hex16}{hex16}."},
			{55, "Completed checkpoint {int} for job {hex16}{hex16} ({big} bytes, checkpointDuration={int} ms, finalizationTime={small} ms)."},
			{12, "Checkpoint {int} of job {hex16}{hex16} expired before completing."},
			{8, "Decline checkpoint {int} by task {x6flattempt} of job {hex16}{hex16} at {x6fltm} @ {x6flhost} (dataPort={port})."},
			{15, "Received resource requirements from job {hex16}{hex16}: [{x6flreq}]"},
			{15, "Registering TaskManager with ResourceID {x6fltm} (pekko.tcp://flink@{x6flhost}:6122/user/rpc/taskmanager_0) at ResourceManager"},
			{10, "The heartbeat of TaskManager with id {x6fltm} timed out."},
			{8, "Closing TaskExecutor connection {x6fltm} because: {x6flreason}"},
			{8, "Disconnect TaskExecutor {x6fltm} because: {x6flreason}"},
			{8, "Calculating tasks to restart to recover the failed task {hex16}{hex16}_{small}."},
			{8, "{int} tasks will be restarted to recover the failed task {hex16}{hex16}_{small}."},
			{2, "Starting the resource manager."},
			{2, "Rest endpoint listening at {x6flhost}:{pick:8081}"},
		}},
		// lighttpd 1.4's error log (server.errorlog: "%Y-%m-%d %H:%M:%S:
		// (%s.%d) %s", the time, the source file and line of the call,
		// the message; log_error()): the FastCGI and proxy backends'
		// gw_backend.c lines ("establishing connection failed: socket:
		// %s" with log_serror's ": %s" of strerror, "backend is
		// overloaded; ... reconnects: %d load: %d", "all handlers for
		// %s?%.*s on %s are down.", "gw-server re-enabled: %s %s %hu %s",
		// "child signalled: %d" for a signal other than TERM, INT and the
		// kill signal, "child exited: %d %s"), "unexpected end-of-file
		// (perhaps the fastcgi process died): pid: %d socket: %s" and
		// "response not received, request sent: %d on socket: %s for
		// %s?%s, closing connection", mod_openssl's SSL lines,
		// server.c's start and stop and the connection limit notes
		// (lines quoted in Z-Push-contrib #111, opnsense/core #6351,
		// callblocker #8, openrsd #30; lighttpd1.4 src/gw_backend.c,
		// src/server.c, src/connections.c, src/mod_openssl.c).
		{name: "Lighttpd", format: `<Date> <Time>: \(<Source>\) <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^establishing connection", "gw_backend.c.274"},
				{"^backend is overloaded", "gw_backend.c.940"},
				{"^all handlers", "gw_backend.c.960"},
				{"^gw-server re-enabled", "gw_backend.c.351"},
				{"^child signalled", "gw_backend.c.369"},
				{"^child exited", "gw_backend.c.373"},
				{"^unexpected end-of-file", "gw_backend.c.2187"},
				{"^response not received", "gw_backend.c.2036"},
				{"^SSL:", "mod_openssl.c.3273"},
				{"sockets disabled", "server.c.1244"},
				{"sockets enabled", "server.c.1233"},
				{"^NOTE: a request", "connections.c.1221"},
				{"^server started", "server.c.1988"},
				{"^server stopped", "server.c.2085"},
				{"unknown config-key", "configfile.c.1413"},
				{"^opening errorlog", "log.c.94"},
			}, "server.c.1988")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d: (%s) %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], c)
		}, events: []event{
			{130, "establishing connection failed: socket: {x6lsock}: {pick:Connection refused|Connection refused|Resource temporarily unavailable|No such file or directory}"},
			{50, "backend is overloaded; we'll disable it for {pick:1|2} seconds and send the request to another backend instead: reconnects: {pick:0|0|1|2} load: {int}"},
			{60, "all handlers for {x6luri}?{x6lquery} on {pick:.php|/|.fcgi} are down."},
			{45, "gw-server re-enabled: {x6lsock} {pick:|127.0.0.1} {pick:0|9000} {x6lsockpath}"},
			{35, "child signalled: {pick:6|9|11}"},
			{30, "child exited: {pick:0|1|255} {x6lsock}"},
			{70, "unexpected end-of-file (perhaps the fastcgi process died): pid: {x6lpid0} socket: {x6lsock}"},
			{55, "response not received, request sent: {int} on socket: {x6lsock} for {x6luri}?{x6lquery}, closing connection"},
			{35, "SSL: {pick:-1} {pick:5|5|1} {pick:104|32|0} {pick:Connection reset by peer|Broken pipe|Success}"},
			{20, "NOTE: a request from {x6lclient} for {x6luri} timed out after writing {int} bytes. We waited {pick:360} seconds. If this is a problem, increase server.max-write-idle"},
			{15, "[note] sockets disabled, connection limit reached"},
			{12, "[note] sockets enabled again"},
			{6, "server started (lighttpd/{pick:1.4.73|1.4.69})"},
			{6, "server stopped by UID = {pick:0} PID = {x6lpid1}"},
			{4, "WARNING: unknown config-key: {pick:dir-listing.activate|server.dir-listing|ssl.use-compression} (ignored)"},
			{2, "opening errorlog '{pick:/var/log/lighttpd/error.log}' failed: {pick:Permission denied|No such file or directory}"},
		}},
		// sendmail 8.17 through syslog (sm-mta, each line after its queue
		// id "%s: "): the envelope line "from=%s, size=%ld, class=%d,
		// nrcpts=%d, msgid=%s, [bodytype=%s, ]proto=%s, daemon=%s,
		// relay=%s", the delivery lines "to=%s, [ctladdr=%s, ]delay=%s,
		// xdelay=%s, mailer=%s, pri=%ld, relay=%s, dsn=%s, stat=%s" (Sent,
		// Deferred with its reason, User unknown), the ruleset rejects, the
		// STARTTLS line, lost input channels, the MAIL/EXPN/VRFY/ETRN
		// note, DSNs and the daemon's start (sendmail's op.me "Log
		// Messages" and the "Sendmail Installation and Operation Guide";
		// sendmail/deliver.c logdelivery(), srvrsmtp.c, savemail.c).
		{name: "Sendmail", format: syslog6, header: func(g *gen, c string) string {
			return sysHeader(g, "sm-mta", g.pick("mail", "mx1", "relay2"), c)
		}, events: []event{
			{140, "{x6smqid}: from=<{x6smaddr}>, size={int}, class={pick:0}, nrcpts={pick:1|1|1|2|3}, msgid=<{x6smmsgid}>, proto={pick:ESMTP|ESMTPS|ESMTPSA|SMTP}, daemon={pick:MTA|MTA-v4}, relay={x6smrelay}"},
			{40, "{x6smqid}: from=<{x6smaddr}>, size={int}, class={pick:0}, nrcpts={pick:1|1|2}, msgid=<{x6smmsgid}>, bodytype={pick:8BITMIME|7BIT}, proto={pick:ESMTP|ESMTPS}, daemon={pick:MTA|MTA-v4}, relay={x6smrelay}"},
			{150, "{x6smqid}: to=<{x6smaddr}>, delay={x6smdelay}, xdelay={x6smdelay}, mailer={pick:esmtp|esmtp|relay}, pri={big}, relay={x6smrelaynet}, dsn={pick:2.0.0}, stat={pick:Sent} ({x6smsent})"},
			{35, "{x6smqid}: to=<{x6smaddr}>, ctladdr=<{x6smaddr}> ({uid}/{uid}), delay={x6smdelay}, xdelay={x6smdelay}, mailer={pick:local}, pri={big}, dsn={pick:2.0.0}, stat={pick:Sent}"},
			{40, "{x6smqid}: to=<{x6smaddr}>, delay={x6smdelay}, xdelay={x6smdelay}, mailer={pick:esmtp}, pri={big}, relay={x6smrelaynet}, dsn={pick:4.0.0|4.4.1|4.2.0}, stat={pick:Deferred}: {x6smdefer}"},
			{20, "{x6smqid}: to=<{x6smaddr}>, delay={x6smdelay}, mailer={pick:local|esmtp}, pri={big}, dsn={pick:5.1.1}, stat={pick:User unknown}"},
			{30, "{x6smqid}: {x6smrelay} did not issue MAIL/EXPN/VRFY/ETRN during connection to {pick:MTA|MTA-v4}"},
			{25, "{x6smqid}: ruleset=check_rcpt, arg1=<{x6smaddr}>, relay={x6smrelay}, reject=550 5.7.1 <{x6smaddr}>... Relaying denied"},
			{12, "{x6smqid}: ruleset=check_relay, arg1={x6smhost}, arg2={ip}, relay={x6smrelay}, reject=554 5.7.1 Rejected {ip} found in {pick:zen.spamhaus.org|bl.spamcop.net}"},
			{20, "{x6smqid}: lost input channel from {x6smrelay} to {pick:MTA|MTA-v4} after {pick:data|rcpt|mail|quit}"},
			{25, "STARTTLS=server, relay={x6smrelaynet}, version={pick:TLSv1.3|TLSv1.2|TLSv1.2}, verify={pick:NO|NOT|OK|FAIL}, cipher={pick:TLS_AES_256_GCM_SHA384|ECDHE-RSA-AES256-GCM-SHA384|TLS_AES_128_GCM_SHA256}, bits={pick:256/256|128/128}"},
			{10, "{x6smqid}: {x6smqid}: DSN: {pick:User unknown|Cannot send message for 5 days|Service unavailable|Return receipt}"},
			{8, "{x6smqid}: timeout waiting for input from {x6smhost} during {pick:client greeting|client MAIL|client RCPT|client DATA status}"},
			{3, "starting daemon ({pick:8.17.1|8.15.2}): SMTP+queueing@{pick:00:25:00|01:00:00}"},
			{2, "alias database {pick:/etc/mail/aliases} rebuilt by {pick:root|smmsp}"},
			{2, "{pick:/etc/mail/aliases}: {small} aliases, longest {int} bytes, {int} bytes total"},
		}},
		// The Windows Server DHCP server's audit log (DhcpSrvLog-Mon.log:
		// comma-separated "ID,Date,Time,Description,IP Address,Host Name,
		// MAC Address,User Name, TransactionID, QResult,Probationtime,
		// CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),
		// UserClass(Hex),UserClass(ASCII),RelayAgentInformation,
		// DnsRegError", the event code first; "Assign", "Renew",
		// "Release", "DNS Update Request", "DNS Update Successful", "NACK",
		// the cleanup lines whose description counts leases, the start,
		// stop and authorization lines) (Microsoft's "Analyze DHCP
		// server log files" and "DHCP Audit Logging" pages, the Windows
		// 2000 Resource Kit's event ID table, NXLog's "Windows DHCP
		// server" sample).
		{name: "WinDhcp", format: `<Id>,<Date>,<Time>,<Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Assign,", "10"}, {"^Renew,", "11"}, {"^Release,", "12"}, {"^NACK,", "15"},
				{"^Expired,", "18"}, {"^Deleted,", "16"}, {"^Database Cleanup Begin", "24"}, {"leases expired", "25"},
				{"^DNS Update Request", "30"}, {"^DNS Update Failed", "31"}, {"^DNS Update Successful", "32"},
				{"^Started", "00"}, {"^Stopped", "01"}, {"^Authorized", "55"}, {"^Scope Full", "14"},
			}, "11")
			return fmt.Sprintf("%s,12/%02d/26,%02d:%02d:%02d,%s", f[0], 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), c)
		}, events: []event{
			{150, "Assign,{x6dhip},{x6dhhost},{x6mac12},,{x6dhtx},0,,,,{x6vchex},{x6vcascii},,,,0"},
			{400, "Renew,{x6dhip},{x6dhhost},{x6mac12},,{x6dhtx},0,,,,{x6vchex},{x6vcascii},,,,0"},
			{80, "Release,{x6dhip},{x6dhhost},{x6mac12},,{x6dhtx},0,,,,,,,,,0"},
			{250, "DNS Update Request,{x6dhip},{x6dhhost},,,0,6,,,,,,,,,0"},
			{230, "DNS Update Successful,{x6dhip},{x6dhhost},,,0,6,,,,,,,,,0"},
			{30, "DNS Update Failed,{x6dhip},{x6dhhost},,,0,6,,,,,,,,,{pick:9005|9002|-1}"},
			{30, "NACK,{x6dhip},,{x6mac12},,{x6dhtx},0,,,,,,,,,0"},
			{20, "Expired,{x6dhip},{x6dhhost},,,0,6,,,,,,,,,0"},
			{10, "Deleted,{x6dhip},{x6dhhost},,,0,6,,,,,,,,,0"},
			{8, "Database Cleanup Begin,,,,,0,6,,,,,,,,,0"},
			{8, "{small} leases expired and {small} leases deleted,,,,,0,6,,,,,,,,,0"},
			{5, "Scope Full,{pick:10.20.0.0|192.168.10.0|172.16.4.0},,,,0,6,,,,,,,,,0"},
			{2, "Started,,,,,0,6,,,,,,,,,0"},
			{2, "Stopped,,,,,0,6,,,,,,,,,0"},
			{2, "Authorized(servicing),,{pick:corp.example.com|ad.example.org},,,0,6,,,,,,,,,0"},
		}},
		// Argo CD 2.10's application controller (logrus's text formatter:
		// time, level, msg, then the fields sorted by key, a value quoted
		// when it holds a character other than letters, digits and
		// -._/@^+, an empty one written bare): "Reconciliation completed"
		// with its timings, "Refreshing app status (%s), level (%d)",
		// "Comparing app state (cluster: %s, namespace: %s)", the
		// getRepoObjs stats, auto-sync skips, health and sync status
		// changes with reason and type, sync operations and their
		// resource results (lines quoted in argo-cd issues #17165, #5592,
		// #8099, #1533 and #15058; argo-cd controller/appcontroller.go,
		// controller/state.go, controller/sync.go).
		{name: "ArgoCD", format: `time="<Time>" level=<Level> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"failed", "warning"}, {"type=Warning", "warning"}, {"Failed to", "error"}}, "info")
			return fmt.Sprintf(`time="2026-12-%02dT%02d:%02d:%02dZ" level=%s %s`, 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], c)
		}, events: []event{
			{130, `msg="Reconciliation completed" application={x6argoapp} dedup_ms={small} dest-name={pick:||in-cluster} dest-namespace={x6argons} dest-server={x6argosrv} diff_ms={int} fields.level={pick:0|1|2|3} git_ms={int} health_ms={small} live_ms={int} patch_ms={small} setop_ms={pick:0} settings_ms={pick:0} sync_ms={small} time_ms={int}`},
			{130, `msg="Refreshing app status ({x6argoreason}), level ({pick:0|1|2|3})" application={x6argoapp}`},
			{120, `msg="Comparing app state (cluster: {x6argosrvbare}, namespace: {x6argons})" application={x6argoapp}`},
			{110, `msg="getRepoObjs stats" application={x6argoapp} build_options_ms={pick:0} helm_ms={small} plugins_ms={pick:0} repo_ms={pick:0} time_ms={int} unmarshal_ms={int} version_ms={pick:0}`},
			{80, `msg="Skipping auto-sync: application status is {pick:Synced}" application={x6argoapp}`},
			{80, `msg="No status changes. Skipping patch" application={x6argoapp}`},
			{45, `msg="Update successful" application={x6argoapp}`},
			{30, `msg="Updated health status: {x6argohealth} -> {x6argohealth}" application={x6argoapp} dest-namespace={x6argons} dest-server={x6argosrv} reason=ResourceUpdated type=Normal`},
			{25, `msg="Updated sync status: {pick:Synced|OutOfSync} -> {pick:OutOfSync|Synced}" application={x6argoapp} dest-namespace={x6argons} dest-server={x6argosrv} reason=ResourceUpdated type=Normal`},
			{25, `msg="Initiated automated sync to '{x6argorev}'" application={x6argoapp} dest-namespace={x6argons} dest-server={x6argosrv} reason=OperationStarted type=Normal`},
			{20, `msg="Sync operation to {x6argorev} succeeded" application={x6argoapp} dest-namespace={x6argons} dest-server={x6argosrv} reason=OperationCompleted type=Normal`},
			{8, `msg="Sync operation to {x6argorev} failed: {x6argoerr}" application={x6argoapp} dest-namespace={x6argons} dest-server={x6argosrv} reason=OperationCompleted type=Warning`},
			{20, `msg="Adding resource result, status: '{pick:Synced|Synced|SyncFailed|Pruned}', phase: '{pick:Running|Running|Failed}', message: '{x6argoresmsg}'" application={x6argoapp} kind={x6argokind} name={x6argoname} namespace={x6argons} phase={pick:Sync|PreSync|PostSync} syncId={x6argosync}`},
			{6, `msg="Failed to load live state: {x6argoerr}" application={x6argoapp}`},
		}},
		// GlusterFS 10's glusterd and client logs ("[%s] %c [MSGID: %d]
		// [%s:%d:%s] %s: %s": time with microseconds and zone, the level
		// letter, the message id, file, line and function of the call, the
		// translator, the message; gf_msg() in libglusterfs/src/logging.c,
		// the structured "[{key=value}, ...]" of gf_smsg()): glusterd's
		// request lines ("Received status volume req for volume %s", "Dict
		// get failed [{Key=%s}]", "Received cli list req"), brick
		// disconnects, mgmt_v3 locks, the client translators' connects and
		// disconnects, AFR's self-heal and split-brain lines, remote
		// operation failures, the start lines (lines quoted in glusterfs
		// issues #2513 and #660 and puppet-gluster PR #143; glusterfs
		// xlators/mgmt/glusterd/src/glusterd-handler.c,
		// xlators/protocol/client/src/client-handshake.c).
		{name: "GlusterFS", format: `\[<Date> <Time>\] <Level> \[MSGID: <Msgid>\] \[<Source>\] <Xlator>: <Content>`, header: func(g *gen, c string) string {
			vol, n := g.h6[0], g.h6[1]
			client, repl := "0-"+vol+"-client-"+n, "0-"+g.pick("gv0", "gv0", "data", "vmstore")+"-replicate-"+strconv.Itoa(g.r.IntN(2))
			f := pickN(c, [][]string{
				{"^Received status volume", "I", "106499", "glusterd-handler.c:4459:__glusterd_handle_status_volume", "0-management"},
				{"^Received get vol", "I", "106488", "glusterd-handler.c:1606:__glusterd_handle_cli_get_volume", "0-management"},
				{"^Received cli list", "I", "106487", "glusterd-handler.c:1516:__glusterd_handle_cli_list_friends", "0-management"},
				{"^Dict get failed", "I", "106061", "glusterd-utils.c:10841:glusterd_volume_status_copy_to_op_ctx_dict", "0-management"},
				{"has disconnected from glusterd", "I", "106005", "glusterd-handler.c:6157:__glusterd_brick_rpc_notify", "0-management"},
				{"^Lock for vol", "W", "106118", "glusterd-locks.c:817:glusterd_mgmt_v3_unlock", "0-management"},
				{"^Locking failed", "E", "106116", "glusterd-mgmt.c:539:gd_mgmt_v3_lock_cbk_fn", "0-management"},
				{"^Received ACC", "I", "106493", "glusterd-rpc-ops.c:468:__glusterd_friend_add_cbk", "0-glusterd"},
				{"^Connected to", "I", "114046", "client-handshake.c:1109:client_setvolume_cbk", client},
				{"disconnected from", "I", "114018", "client.c:2242:client_rpc_notify", client},
				{"^remote operation failed", "W", "114031", "client-rpc-fops_v2.c:2625:client4_0_lookup_cbk", client},
				{"selfheal on", "I", "108026", "afr-self-heal-common.c:2050:afr_log_selfheal", repl},
				{"split-brain", "E", "108008", "afr-read-txn.c:296:afr_read_txn_refresh_done", repl},
				{"^Started running", "I", "100030", "glusterfsd.c:2680:main", "0-/usr/sbin/glusterd"},
				{"^Maximum allowed", "I", "106478", "glusterd.c:1479:init", "0-management"},
				{"^Using ", "I", "106479", "glusterd.c:1535:init", "0-management"},
			}, "I", "106499", "glusterd-handler.c:4459:__glusterd_handle_status_volume", "0-management")
			return fmt.Sprintf("[2026-12-%02d %02d:%02d:%02d.%06d +0000] %s [MSGID: %s] [%s] %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), f[0], f[1], f[2], f[3], c)
		}, events: []event{
			{160, "Received status volume req for volume {x6glvol}"},
			{60, "Received get vol req"},
			{50, "Received cli list req"},
			{70, "Dict get failed [{Key={x6glkey}}]"},
			{40, "Brick {x6glbrick} has disconnected from glusterd."},
			{25, "Lock for vol {x6glvol} not held"},
			{10, "Locking failed on {x6glhost}. Please check log file for details."},
			{10, "Received ACC from uuid: {uuid}, host: {x6glhost}, port: {pick:0}"},
			{45, "Connected to {x6glclient}, attached to remote volume '{x6glbrickdir}'."},
			{35, "disconnected from {x6glclient}. Client process will keep trying to connect to glusterd until brick's port is available"},
			{40, "remote operation failed. [{path={x6glpath}}, {gfid={uuid}}, {errno={x6glerrno}}, {error={x6glerror}}]"},
			{35, "Completed {pick:data|data|metadata|entry} selfheal on {uuid}. sources=[{pick:0|1|0 1}]  sinks={pick:1|2|0} "},
			{15, "Failing {pick:READ|STAT|FSTAT|READDIRP} on gfid {uuid}: split-brain observed. [Input/output error]"},
			{2, "Started running /usr/sbin/glusterd version {pick:10.4|11.1} (args: /usr/sbin/glusterd -p /var/run/glusterd.pid --log-level INFO)"},
			{2, "Maximum allowed open file descriptors set to {pick:65536}"},
			{2, "Using {pick:/var/lib/glusterd} as working directory"},
			{2, "Using {pick:/var/run/gluster} as pid file working directory"},
		}},
		// A Spring Boot 3.1 service's console log (logback's default
		// "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p ${PID} --- [%15.15t]
		// %-40.40logger{39} : %m"): SpringApplication's start lines,
		// Tomcat's ports, the WebApplicationContext, HikariCP's pool
		// lines and its starvation warning, the DispatcherServlet's
		// initialization, the exception resolver's "Resolved [%s]", the
		// servlet container's "Servlet.service() for servlet [%s] in
		// context with path [%s] threw exception [%s] with root cause",
		// Hibernate's SQL errors and its persistence unit, the bean post
		// processor note, the actuator endpoints and graceful shutdown
		// (the Spring Boot reference, "Logging" and "Graceful Shutdown";
		// lines quoted in metasfresh #1578; spring-boot
		// StartupInfoLogger.java, TomcatWebServer.java).
		{name: "SpringBoot", format: `<Date> <Level> <Pid> --- \[<Thread>\] <Logger> : <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Starting ", "INFO", "main", "c.a.orders.OrderServiceApplication"},
				{"^Started ", "INFO", "main", "c.a.orders.OrderServiceApplication"},
				{"profile", "INFO", "main", "c.a.orders.OrderServiceApplication"},
				{"^Tomcat initialized", "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer"},
				{"^Tomcat started", "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer"},
				{"^Root WebApplicationContext", "INFO", "main", "w.s.c.ServletWebServerApplicationContext"},
				{"Thread starvation", "WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool"},
				{" - Added connection", "INFO", "main", "com.zaxxer.hikari.pool.HikariPool"},
				{" - Start", "INFO", "main", "com.zaxxer.hikari.HikariDataSource"},
				{"^Initializing Spring", "INFO", "http-nio-8080-exec-1", "o.a.c.c.C.[Tomcat].[localhost].[/]"},
				{"^Initializing Servlet", "INFO", "http-nio-8080-exec-1", "o.s.web.servlet.DispatcherServlet"},
				{"^Completed initialization", "INFO", "http-nio-8080-exec-1", "o.s.web.servlet.DispatcherServlet"},
				{"^Resolved [", "WARN", "", ".w.s.m.s.DefaultHandlerExceptionResolver"},
				{"^Servlet.service()", "ERROR", "", "o.a.c.c.C.[.[.[/].[dispatcherServlet]"},
				{"^SQL Error", "WARN", "", "o.h.engine.jdbc.spi.SqlExceptionHelper"},
				{"^ERROR: ", "ERROR", "", "o.h.engine.jdbc.spi.SqlExceptionHelper"},
				{"^HHH000204", "INFO", "main", "o.hibernate.jpa.internal.util.LogHelper"},
				{"^Bean '", "INFO", "main", "trationDelegate$BeanPostProcessorChecker"},
				{"^Exposing ", "INFO", "main", "o.s.b.a.e.web.EndpointLinksResolver"},
				{"^Commencing graceful", "INFO", "SpringApplicationShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown"},
				{"^Graceful shutdown", "INFO", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown"},
			}, "INFO", "", "c.a.orders.web.OrderController")
			th := f[1]
			if th == "" {
				th = "http-nio-8080-exec-" + strconv.Itoa(1+g.r.IntN(200))
			}
			if len(th) > 15 {
				th = th[len(th)-15:]
			}
			return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ %5s %d --- [%15s] %-40s : %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], g.pickInt(1, 1, 7, 23481), th, f[2], c)
		}, events: []event{
			{5, "Starting {pick:OrderServiceApplication} v{pick:1.4.2|1.5.0} using Java {pick:17.0.9|21.0.2} with PID {pick:1|7|23481} ({pick:/app/app.jar|/opt/orders/orders-service.jar} started by {pick:root|spring|app} in {pick:/|/app|/opt/orders})"},
			{5, "The following 1 profile is active: \"{pick:prod|k8s|staging}\""},
			{5, "Tomcat initialized with port(s): {pick:8080} (http)"},
			{5, "Root WebApplicationContext: initialization completed in {int} ms"},
			{5, "{x6pool} - Starting..."},
			{5, "{x6pool} - Added connection {x6springconn}"},
			{5, "{x6pool} - Start completed."},
			{4, "HHH000204: Processing PersistenceUnitInfo [name: {pick:default}]"},
			{6, "Bean '{pick:org.springframework.retry.annotation.RetryConfiguration|meterRegistryPostProcessor|org.springframework.ws.config.annotation.DelegatingWsConfiguration}' of type [{x6springbeantype}] is not eligible for getting processed by all BeanPostProcessors (for example: not eligible for auto-proxying)"},
			{4, "Exposing {pick:1|3|4} endpoint(s) beneath base path '/actuator'"},
			{5, "Tomcat started on port(s): {pick:8080} (http) with context path '{pick:|/api}'"},
			{5, "Started {pick:OrderServiceApplication} in {x6springsec} seconds (process running for {x6springsec})"},
			{6, "Initializing Spring DispatcherServlet '{pick:dispatcherServlet}'"},
			{6, "Initializing Servlet '{pick:dispatcherServlet}'"},
			{6, "Completed initialization in {small} ms"},
			{160, "Resolved [{x6springresolved}]"},
			{60, "Servlet.service() for servlet [{pick:dispatcherServlet}] in context with path [{pick:|/api}] threw exception [Request processing failed: {x6springexc}] with root cause"},
			{45, "SQL Error: {pick:0|0|1062|1213}, SQLState: {pick:23505|23505|40P01|23503|57014}"},
			{45, "ERROR: {x6springpg}"},
			{25, "{x6pool} - Thread starvation or clock leap detected (housekeeper delta={x6springdelta})."},
			{250, "Order {int} placed for customer {x6springcust} ({small} items, total {x6springamt})"},
			{120, "Payment {uuid} {pick:authorized|captured|declined} for order {int}"},
			{3, "Commencing graceful shutdown. Waiting for active requests to complete"},
			{3, "Graceful shutdown complete"},
		}},
		// hostapd 2.10 through syslog (hostapd_logger's "%s: STA " MACSTR
		// " %s: %s" with the module name, IEEE 802.11, WPA, IEEE 802.1X
		// or RADIUS, and wpa_msg's control-interface events "%s:
		// AP-STA-CONNECTED " MACSTR and the like): association,
		// authentication and their ends, the four-way and group key
		// handshakes, EAPOL-4WAY-HS-COMPLETED, the inactivity and missing
		// ACK disconnects, RADIUS accounting, 802.1X EAP types, PSK
		// mismatches, interface state changes (lines quoted in
		// kaloz/mwlwifi #170 and #174, morrownr/8812au-20210820 #27,
		// openwrt #13787 and #9298, jekader/hostapd-rtl #5; hostapd
		// src/ap/sta_info.c, src/ap/ieee802_11.c, src/ap/wpa_auth.c).
		{name: "Hostapd", format: syslog6, header: func(g *gen, c string) string {
			return sysHeader(g, "hostapd", g.pick("ap-kitchen", "OpenWrt", "gw"), c)
		}, events: []event{
			{200, "{x6hif}: STA {x6mac} IEEE 802.11: associated (aid {small})"},
			{150, "{x6hif}: AP-STA-CONNECTED {x6mac}"},
			{150, "{x6hif}: STA {x6mac} WPA: pairwise key handshake completed ({pick:RSN|RSN|WPA})"},
			{120, "{x6hif}: AP-STA-DISCONNECTED {x6mac}"},
			{120, "{x6hif}: STA {x6mac} IEEE 802.11: authenticated"},
			{90, "{x6hif}: STA {x6mac} IEEE 802.11: disassociated"},
			{80, "{x6hif}: STA {x6mac} WPA: group key handshake completed ({pick:RSN|RSN|WPA})"},
			{60, "{x6hif}: EAPOL-4WAY-HS-COMPLETED {x6mac}"},
			{45, "{x6hif}: STA {x6mac} IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)"},
			{30, "{x6hif}: STA {x6mac} RADIUS: starting accounting session {x6hsess}"},
			{25, "{x6hif}: STA {x6mac} IEEE 802.1X: authenticated - EAP type: {x6heapnum} ({x6heapname})"},
			{20, "{x6hif}: AP-STA-POSSIBLE-PSK-MISMATCH {x6mac}"},
			{15, "{x6hif}: STA {x6mac} WPA: EAPOL-Key timeout"},
			{15, "{x6hif}: STA {x6mac} IEEE 802.11: disconnected due to excessive missing ACKs"},
			{6, "{x6hif}: CTRL-EVENT-EAP-PROPOSED-METHOD vendor={pick:0} method={pick:1|25}"},
			{5, "{x6hif}: interface state {pick:UNINITIALIZED|COUNTRY_UPDATE|HT_SCAN|DFS}->{pick:ENABLED|COUNTRY_UPDATE|HT_SCAN}"},
			{4, "{x6hif}: AP-ENABLED"},
			{2, "{x6hif}: AP-DISABLED"},
		}},
		// The Linux audit daemon's /var/log/audit/audit.log (log_format
		// RAW: "type=%s msg=audit(%lu.%03u:%u): " then the record's
		// fields as key=value, a string field quoted or hex-encoded, the
		// user-space records' own fields inside msg='...'): a syscall's
		// SYSCALL, EXECVE (argc and one aN per argument: its keys change
		// with argc), CWD, PATH and PROCTITLE records, PAM's USER_AUTH,
		// USER_ACCT, CRED_ACQ, USER_START, USER_END and CRED_DISP, sudo's
		// USER_CMD, systemd's SERVICE_START and SERVICE_STOP, LOGIN,
		// CRYPTO_KEY_USER, ANOM_ABEND, SELinux's AVC, CONFIG_CHANGE and
		// DAEMON_START (Red Hat's Security Guide, "Understanding Audit
		// Log Files" and its record types table; linux-audit's
		// audit-documentation "Audit Event Fields").
		{name: "Auditd", format: `type=<Type> msg=audit\(<Stamp>\): <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^arch=", "SYSCALL"}, {"^argc=", "EXECVE"}, {"^item=", "PATH"}, {"^cwd=", "CWD"}, {"^proctitle=", "PROCTITLE"},
				{"op=PAM:authentication", "USER_AUTH"}, {"op=PAM:accounting", "USER_ACCT"},
				{"op=PAM:setcred", g.pick("CRED_ACQ", "CRED_DISP", "CRED_REFR")}, {"op=PAM:session_open", "USER_START"},
				{"op=PAM:session_close", "USER_END"}, {" cmd=", "USER_CMD"}, {"unit=", g.pick("SERVICE_START", "SERVICE_STOP")},
				{"old-auid=", "LOGIN"}, {"kind=", "CRYPTO_KEY_USER"}, {" sig=", "ANOM_ABEND"}, {"^avc:", "AVC"},
				{"op=add_rule", "CONFIG_CHANGE"}, {"op=start ver=", "DAEMON_START"},
			}, "SYSCALL")
			return fmt.Sprintf("type=%s msg=audit(%d.%03d:%d): %s", f[0], 1764979200+g.r.IntN(86400*7), g.r.IntN(1000), 100+g.r.IntN(900000), c)
		}, events: []event{
			{200, "arch={pick:c000003e|c000003e|c00000b7} syscall={pick:59|59|2|257|42|49|87} success={pick:yes|yes|no} exit={pick:0|0|3|-13|-2} a0={x6ahex} a1={x6ahex} a2={x6ahex} a3={x6ahex} items={pick:0|1|2} ppid={pid} pid={pid} auid={x6auid} uid={x6auid0} gid={x6auid0} euid={x6auid0} suid={x6auid0} fsuid={x6auid0} egid={x6auid0} sgid={x6auid0} fsgid={x6auid0} tty={pick:(none)|pts0|pts1} ses={x6ases} comm=\"{x6acomm}\" exe=\"{x6aexe}\" subj={x6asubj} key={x6akey}"},
			{30, "argc={pick:1} a0=\"{x6acomm}\""},
			{40, "argc={pick:2} a0=\"{x6acomm}\" a1={x6aarg}"},
			{35, "argc={pick:3} a0=\"{x6acomm}\" a1={x6aarg} a2={x6aarg}"},
			{20, "argc={pick:4} a0=\"{x6acomm}\" a1={x6aarg} a2={x6aarg} a3={x6aarg}"},
			{150, "item={pick:0|0|1} name=\"{x6apath}\" inode={big} dev={pick:fd:00|08:01|103:02} mode={pick:0100755|0100644|040755} ouid={x6auid0} ogid={x6auid0} rdev=00:00 obj={x6asubj} nametype={pick:NORMAL|NORMAL|PARENT|CREATE|DELETE} cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0"},
			{100, "cwd=\"{x6adir}\""},
			{180, "proctitle={x6atitle}"},
			{200, "pid={pid} uid={pick:0} auid={x6auid} ses={x6ases} subj={x6asubj} msg='op={pick:PAM:authentication|PAM:accounting|PAM:setcred|PAM:session_open|PAM:session_close} grantors={x6agrant} acct=\"{x6auser}\" exe=\"{pick:/usr/sbin/sshd|/usr/sbin/sshd|/usr/bin/sudo|/usr/sbin/crond|/usr/bin/su}\" hostname={x6ahost} addr={x6aaddr} terminal={pick:ssh|/dev/pts/0|cron|pts/1} res={pick:success|success|success|failed}'"},
			{40, "pid={pid} uid={x6auid0} auid={x6auid} ses={x6ases} subj={x6asubj} msg='cwd=\"{x6adir}\" cmd={x6atitle} exe=\"/usr/bin/sudo\" terminal={pick:pts/0|pts/1|pts/2} res={pick:success|success|failed}'"},
			{40, "pid={pick:1} uid={pick:0} auid={pick:4294967295} ses={pick:4294967295} subj={pick:system_u:system_r:init_t:s0} msg='unit={x6aunit} comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res={pick:success|success|success|failed}'"},
			{30, "pid={pid} uid={pick:0} subj={x6asubj} old-auid={pick:4294967295} auid={x6auid} tty={pick:(none)} old-ses={pick:4294967295} ses={x6ases} res={pick:1}"},
			{30, "pid={pid} uid={pick:0} auid={x6auid} ses={x6ases} subj={x6asubj} msg='op={pick:destroy|destroy|create} kind={pick:server|session} fp={x6afp} direction={pick:?|from-server|both} spid={pid} suid={pick:0|74} rport={port} laddr={ip} lport={pick:22} exe=\"/usr/sbin/sshd\" hostname=? addr={x6aaddr} terminal=? res={pick:success}'"},
			{15, "auid={x6auid} uid={x6auid0} gid={x6auid0} ses={x6ases} subj={x6asubj} pid={pid} comm=\"{x6acomm}\" exe=\"{x6aexe}\" sig={pick:6|11|11} res={pick:1}"},
			{15, "avc:  denied  { {pick:read|write|open|getattr|name_connect} } for  pid={pid} comm=\"{x6acomm}\" name=\"{pick:passwd|index.html|mysql.sock|tmp}\" dev=\"{pick:dm-0|sda1|tmpfs}\" ino={big} scontext={x6asubj} tcontext={pick:system_u:object_r:passwd_file_t:s0|unconfined_u:object_r:user_home_t:s0|system_u:object_r:mysqld_var_run_t:s0} tclass={pick:file|dir|sock_file} permissive={pick:0|0|1}"},
			{8, "auid={x6auid} ses={x6ases} subj={x6asubj} op=add_rule key={x6akey} list={pick:4} res={pick:1}"},
			{3, "op=start ver={pick:3.1.2|3.0.7} format=raw kernel={pick:5.14.0-427.el9.x86_64|6.8.0-49-generic} auid={pick:4294967295} pid={pid} uid={pick:0} ses={pick:4294967295} subj={pick:system_u:system_r:auditd_t:s0} res={pick:success}"},
		}},
		// Consul 1.17's agent with log_json (hclog's JSON: "@level",
		// "@message", "@module" and "@timestamp", then the key/value pairs
		// of the call): the anti-entropy sync lines ("Synced check",
		// "Synced service", "Node info in sync"), check status changes and
		// failures, serf's member events, memberlist's push/pull syncs,
		// the router's server rebalance, raft's snapshot and compaction
		// lines, RPC failures, coordinate update errors (lines quoted in
		// consul PR #7130 and issues #9607 and #10357; consul agent/local/
		// state.go, agent/checks/check.go, agent/consul/client.go).
		{name: "Consul", format: `<Content>`, header: bare, events: []event{
			{150, consul("info", "Synced check", "agent") + `,"check":"{x6cchk}"}`},
			{110, consul("info", "Synced service", "agent") + `,"service":"{x6csvc}"}`},
			{120, consul("debug", "Node info in sync", "agent") + `}`},
			{90, consul("debug", "Check status updated", "agent") + `,"check":"{x6cchk}","status":"{pick:passing|warning|critical}"}`},
			{50, consul("warn", "Check is now critical", "agent") + `,"check":"{x6cchk}"}`},
			{45, consul("warn", "Check socket connection failed", "agent") + `,"check":"{x6cchk}","error":"{one:dial tcp <ipport>: <pick:connect: connection refused|i/o timeout>}"}`},
			{30, consul("warn", "Timed out running check", "agent") + `,"check":"{x6cchk}","timeout":"{pick:10s|5s|1s}"}`},
			{40, consul("info", "serf: EventMemberJoin: {x6cnode} {ip}", "agent.client.serf.lan|agent.server.serf.lan") + `}`},
			{25, consul("info", "serf: EventMemberFailed: {x6cnode} {ip}", "agent.client.serf.lan|agent.server.serf.lan") + `}`},
			{20, consul("info", "serf: EventMemberLeave: {x6cnode} {ip}", "agent.client.serf.lan|agent.server.serf.lan") + `}`},
			{15, consul("info", "memberlist: Suspect {x6cnode} has failed, no acks received", "agent.client.memberlist.lan|agent.server.memberlist.lan") + `}`},
			{50, consul("debug", "memberlist: Initiating push/pull sync with: {x6cnode} {ipport}", "agent.client.memberlist.lan|agent.server.memberlist.wan") + `}`},
			{30, consul("debug", "Rebalanced servers, new active server", "agent.router.manager") + `,"number_of_servers":{pick:3|5},"active_server":"{x6cserver}"}`},
			{10, consul("info", "starting snapshot up to", "agent.server.raft") + `,"index":{big}}`},
			{10, consul("info", "compacting logs", "agent.server.raft") + `,"from":{big},"to":{big}}`},
			{15, consul("error", "RPC failed to server", "agent.client") + `,"method":"{pick:Catalog.Register|Coordinate.Update|Health.ServiceNodes|KVS.Get}","server":"{ipport}","error":"{pick:rpc error making call: EOF|rpc error making call: No cluster leader|rpc error getting client: failed to get conn: dial tcp <nil>->10.0.1.5:8300: i/o timeout}"}`},
			{12, consul("warn", "Coordinate update error", "agent") + `,"error":"{pick:No cluster leader|rpc error making call: EOF}"}`},
			{2, consul("info", "Consul agent running!", "agent") + `}`},
			{2, consul("info", "Caught", "agent") + `,"signal":"{pick:interrupt|terminated}"}`},
		}},
		// Home Assistant 2024's home-assistant.log (Python logging with
		// its format "%(asctime)s.%(msecs)03d %(levelname)s
		// (%(threadName)s) [%(name)s] %(message)s"): the setup lines
		// ("Setting up %s", "Setup of domain %s took %.1f seconds", "Setup
		// of %s is taking over 10 seconds.", a platform's "Setup of %s
		// platform %s is taking over 10 seconds."), the loader's "Loaded %s
		// from %s" and custom integration warning, the entity and
		// coordinator lines ("Update of %s is taking over 10 seconds",
		// "Error fetching %s data: %s", "Fetching %s data recovered"),
		// config entries that fail or retry, MQTT disconnects, the HTTP
		// ban's invalid logins, the start line (lines quoted in
		// home-assistant/core issues #110237, #109576, #20557, #107371,
		// hacs/integration #734 and #637; core homeassistant/setup.py,
		// helpers/update_coordinator.py, components/http/ban.py).
		{name: "HomeAssistant", format: `<Date> <Time> <Level> \(<Thread>\) \[<Logger>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Setting up ", "INFO", "MainThread", "homeassistant.setup"},
				{"^Setup of domain", "INFO", "MainThread", "homeassistant.setup"},
				{" platform ", "WARNING", "MainThread", "homeassistant.components." + g.h6[0]},
				{"is taking over 10 seconds.", "WARNING", "MainThread", "homeassistant.setup"},
				{"^Setup failed", "ERROR", "MainThread", "homeassistant.setup"},
				{"^Loaded ", "INFO", "SyncWorker_" + strconv.Itoa(g.r.IntN(12)), "homeassistant.loader"},
				{"custom integration", "WARNING", "SyncWorker_" + strconv.Itoa(g.r.IntN(12)), "homeassistant.loader"},
				{"^Update of ", "WARNING", "MainThread", "homeassistant.helpers.entity"},
				{"^Error fetching ", "ERROR", "MainThread", "homeassistant.components." + g.h6[1]},
				{"data recovered", "INFO", "MainThread", "homeassistant.components." + g.h6[1]},
				{"^Error setting up entry", "ERROR", "MainThread", "homeassistant.config_entries"},
				{"not ready yet", "WARNING", "MainThread", "homeassistant.config_entries"},
				{"^Disconnected from MQTT", "WARNING", "Thread-" + strconv.Itoa(2+g.r.IntN(6)) + " (_thread_main)", "homeassistant.components.mqtt.client"},
				{"^Login attempt", "WARNING", "MainThread", "homeassistant.components.http.ban"},
				{"^Error doing job", "ERROR", "MainThread", "homeassistant"},
				{"^Home Assistant initialized", "INFO", "MainThread", "homeassistant.bootstrap"},
				{"^Timed out adding entities", "WARNING", "MainThread", "homeassistant.components." + g.h6[0]},
			}, "INFO", "MainThread", "homeassistant.setup")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d %s (%s) [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], f[2], c)
		}, events: []event{
			{90, "Setting up {x6hadomain}"},
			{150, "Setup of domain {x6hadomain} took {x6hasecs} seconds"},
			{60, "Loaded {x6hadomain} from homeassistant.components.{x6hadomainagain}"},
			{50, "Setup of {x6hadomain} is taking over 10 seconds."},
			{45, "Setup of {x6haplatform} platform {x6haint} is taking over 10 seconds."},
			{15, "Timed out adding entities for domain {x6haplatform} with platform {x6haint} after {pick:500|500|300}s"},
			{60, "Update of {x6haentity} is taking over 10 seconds"},
			{90, "Error fetching {x6hacoord} data: {x6hafetcherr}"},
			{60, "Fetching {x6hacoord} data recovered"},
			{25, "Error setting up entry {x6hatitle} for {x6haint}"},
			{30, "Config entry '{x6hatitle}' for {x6haint} integration not ready yet: {x6hanotready}; Retrying in background"},
			{12, "Setup failed for {pick:hacs|custom_components.foo|alexa_media|localtuya}: Integration not found."},
			{15, "We found a custom integration {pick:hacs|alexa_media|localtuya|frigate|browser_mod} which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant"},
			{35, "Disconnected from MQTT server {pick:core-mosquitto|localhost|192.168.1.20}:{pick:1883} ({pick:7|1|16})"},
			{20, "Login attempt or request with invalid authentication from {x6hahost} ({ip}). Requested URL: '{pick:/auth/token|/api/websocket|/api/}'. ({agent})"},
			{12, "Error doing job: Task exception was never retrieved"},
			{3, "Home Assistant initialized in {x6hasecs}s"},
		}},
		// Lustre 2.15 through the kernel's syslog (its console messages:
		// "LustreError: "/"Lustre: "/"LNetError: "/"LNet: ", for a
		// CDEBUG "%d:%d:(%s:%d:%s()) " with the pid, the file, line and
		// function, else a console code "%d-%d: " or the target's name):
		// "operation %s to node %s failed: rc = %d", the import's
		// "Connection to %s (at %s) was lost; in progress operations using
		// this service will wait for recovery to complete" and "Connection
		// restored to %s (at %s)", ptlrpc's request timeouts with the
		// request's fields, evictions, the lock callback timer, o2iblnd's
		// timeouts, recovery, hung service threads (the Lustre Operations
		// Manual, "Lustre Troubleshooting" and "Lustre Error Messages";
		// the HP StorageWorks SFS manual quoting the recovery lines;
		// lustre-release lustre/ptlrpc/client.c, lustre/ldlm/ldlm_lib.c,
		// lnet/klnds/o2iblnd/o2iblnd_cb.c).
		{name: "Lustre", format: `<Month> <Day> <Time> <Host> kernel: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s kernel: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("oss01", "oss02", "mds01", "cn0412", "cn0177", "login2"), c)
		}, events: []event{
			{150, "LustreError: 11-0: {x6lost}: operation {pick:ost_connect|ost_statfs|obd_ping|ost_write|ldlm_enqueue} to node {x6lnid} failed: rc = {pick:-16|-107|-110|-19}"},
			{120, "Lustre: {x6lost}: Connection to {x6ltgt} (at {x6lnid}) was lost; in progress operations using this service will wait for recovery to complete"},
			{120, "Lustre: {x6lost}: Connection restored to {x6ltgt} (at {x6lnid})"},
			{100, "Lustre: {pid}:0:(client.c:{pick:2146|2146|2270}:ptlrpc_expire_one_request()) @@@ Request sent has timed out for {pick:slow reply|slow reply|sent delay}: [sent {x6lepoch}/real {x6lepoch}]  req@{x6lptr} x{x6lxid}/t0(0) o{pick:400|8|101|4|38}->{x6lost}@{x6lnid}:{pick:28/4|12/10|17/18} lens {pick:224/224|520/440|440/432} e {pick:0|1} to {pick:1} dl {x6lepoch} ref {pick:1|2} fl {pick:Rpc:XN/0/ffffffff|Rpc:X/0/ffffffff|Rpc:XNQr/0/ffffffff} rc {pick:0/-1|-11/-1}"},
			{60, "LustreError: 167-0: {x6lmdc}: This client was evicted by {x6ltgt}; in progress operations using this service will fail."},
			{55, "Lustre: {x6lsrv}: haven't heard from client {uuid} (at {x6lnid}) in {int} seconds. I think it's dead, and I am evicting it. exp {x6lptr}, cur {x6lepoch} expire {x6lepoch} last {x6lepoch}"},
			{35, "LustreError: {pid}:0:(ldlm_lockd.c:{pick:256|261}:expired_lock_main()) ### lock callback timer expired after {int}s: evicting client at {x6lnid}  ns: {x6lns} lock: {x6lptr}/0x{x6lhex} lrc: {pick:3/0,0|4/0,0} mode: {pick:PR/PR|PW/PW|CR/CR} res: [{x6lfid}].0x0 bits {pick:0x13/0x0|0x1b/0x0} rrc: {small} type: {pick:IBT|EXT} gid {pick:0} flags: 0x{x6lhex} nid: {x6lnid} remote: 0x{x6lhex} expref: {int} pid: {pid} timeout: {pick:0} lvb_type: {pick:0}"},
			{40, "LNetError: {pid}:0:(o2iblnd_cb.c:{pick:3335}:kiblnd_check_txs_locked()) Timed out tx: {pick:tx_queue|active_txs|tx_queue_nocred}, {small} seconds"},
			{40, "LNetError: {pid}:0:(o2iblnd_cb.c:{pick:3410}:kiblnd_check_conns()) Timed out RDMA with {x6lnid} ({int}): c: {small}, oc: {small}, rc: {small}"},
			{25, "Lustre: {x6lsrv}: Client {uuid} (at {x6lnid}) reconnecting"},
			{15, "Lustre: {x6lsrv}: Recovery over after {pick:0:33|1:12|2:30|0:07}, of {small} clients {small} recovered and {pick:0|1} {pick:were|was} evicted."},
			{20, "LNet: Service thread pid {pid} was inactive for {x6lsecs}s. The thread might be hung, or it might only be slow and will resume later. Dumping the stack trace for debugging purposes:"},
			{15, "LNet: Service thread pid {pid} completed after {x6lsecs}s. This indicates the system was overloaded (too many service threads, or there were not enough hardware resources)."},
			{10, "LustreError: {pid}:0:(events.c:{pick:451}:server_bulk_callback()) event type {pick:5|3}, status {pick:-5|-103|-110}, desc {x6lptr}"},
			{3, "Lustre: Lustre: Build Version: {pick:2.15.4|2.15.5}"},
			{3, "LNet: Added LNI {x6lnid} [{pick:8/256/0/180|8/256/0/180|8/512/0/180}]"},
		}},
	}
}

// the values of the sixth held-out families
func (g *gen) holdout6(kind string) (string, bool) {
	r := g.r
	switch kind {
	case "x6godur": // a Go time.Duration's String()
		return g.pick(strconv.FormatFloat(r.Float64()*900, 'f', 6, 64)+"ms", strconv.FormatFloat(100+r.Float64()*900, 'f', 3, 64)+"ms",
			strconv.FormatFloat(r.Float64()*9, 'f', 9, 64)+"s", strconv.Itoa(1+r.IntN(999))+"µs"), true
	case "x6u64":
		return strconv.FormatUint(r.Uint64()>>1, 10), true
	case "x6u32":
		return strconv.FormatUint(uint64(r.Uint32()), 10), true
	case "x6mac":
		return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", g.pickInt(0xa8, 0x74, 0xd0, 0x18, 0x5c, 0x98)|r.IntN(2)*2, r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256)), true

	// etcd
	case "x6ets":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%06dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x6etcdkey":
		return g.pick("/registry/leases/kube-node-lease/"+g.value("node"), "/registry/pods/"+g.value("ns")+"/", "/registry/health",
			"/registry/services/specs/", "/registry/configmaps/kube-system/", "/cs/leader", "/registry/events/"+g.value("ns")+"/"+g.value("pod")+"."+g.hexN(16)), true
	case "x6etcdprefix": // a read's prefix, empty for a write; the request follows it (x6etcdreq)
		g.h6[2] = g.pick("range", "range", "txn", "lease")
		if g.h6[2] == "range" {
			return "read-only range ", true
		}
		return "", true
	case "x6etcdreadonly":
		g.h6[2] = "range"
		return "read-only range ", true
	case "x6etcdrpc": // the gRPC method; the request content follows it (x6etcdreq)
		g.h6[2] = g.pick("range", "range", "txn", "lease")
		return map[string]string{"range": "/etcdserverpb.KV/Range", "txn": "/etcdserverpb.KV/Txn", "lease": "/etcdserverpb.Lease/LeaseGrant"}[g.h6[2]], true
	case "x6etcdreq": // the request's protobuf text, quoted inside the JSON string, of the kind drawn before it (h6)
		k, _ := g.holdout6("x6etcdkey")
		end := k[:len(k)-1] + string(k[len(k)-1]+1)
		switch {
		case g.h6[2] == "range" && r.IntN(3) > 0:
			return `key:\"` + k + `\" range_end:\"` + end + `\" ` + g.pick("", "count_only:true ", "limit:500 ", "serializable:true keys_only:true "), true
		case g.h6[2] == "range":
			return `key:\"` + k + `\" `, true
		case g.h6[2] == "txn":
			return fmt.Sprintf(`header:<ID:%d username:\"etcd\" auth_revision:1 > txn:<compare:<target:MOD key:\"%s\" mod_revision:%d > success:<request_put:<key:\"%s\" value_size:%d >> failure:<>>`, r.Uint64()>>1, k, r.IntN(90000000), k, 40+r.IntN(4000)), true
		}
		return fmt.Sprintf(`header:<ID:%d > lease_grant:<ttl:%d-second id:%s>`, r.Uint64()>>1, g.pickInt(5, 15, 60), g.hexN(16)), true
	case "x6etcdresp": // a read's count and size, a write's size (h6)
		if g.h6[2] == "range" {
			return "range_response_count:" + strconv.Itoa(r.IntN(500)) + " size:" + strconv.Itoa(r.IntN(900000)), true
		}
		return g.pick("size:"+strconv.Itoa(r.IntN(60)), ""), true
	case "x6etcddetail":
		k, _ := g.holdout6("x6etcdkey")
		return fmt.Sprintf("{range_begin:%s; range_end:%s; response_count:%d; response_revision:%d; }", k, g.pick(k[:len(k)-1]+"0", ""), r.IntN(500), r.IntN(90000000)), true
	case "x6etcdtxn":
		return fmt.Sprintf("{read_only:false; response_revision:%d; number_of_response:%d; }", r.IntN(90000000), r.IntN(2)), true
	case "x6traceid": // a trace's id, written again in each of its steps (x6steps)
		g.h6[0] = strconv.Itoa(100000000 + r.IntN(1900000000))
		return g.h6[0], true
	case "x6steps":
		n := 1 + r.IntN(3)
		id := g.h6[0]
		g.h6[1] = strconv.Itoa(n)
		s := make([]string, n)
		for i := range s {
			d, _ := g.holdout6("x6godur")
			s[i] = fmt.Sprintf(`"trace[%s] '%s'  (duration: %s)"`, id, g.pick("agreement among raft nodes before linearized reading", "range keys from in-memory index tree",
				"range keys from bolt db", "filter and sort the key-value pairs", "process raft request", "compare", "marshal mvccpb.KeyValue"), d)
		}
		return strings.Join(s, ","), true
	case "x6stepcount": // the number of steps just written
		return g.h6[1], true
	case "x6member":
		return g.pick("8e9e05c52164694d", "63f111c239cc91f8", "fd422379fda50e48", "a0e1bd3b4e2e5c5a"), true

	// ActiveMQ
	case "x6amqpeer": // the client's address, written again in the transport thread's name (h6)
		a := g.value("ip") + ":" + g.value("port")
		g.h6[0], g.h6[1] = "/"+a+"@"+g.pick("61616", "61616", "5672", "61613"), a
		return a, true
	case "x6amqioerr":
		return g.pick("java.io.EOFException", "java.io.EOFException", "java.net.SocketException: Connection reset", "org.apache.activemq.transport.InactivityIOException: Channel was inactive (no connection attempt made) for too (>30000) long: tcp://"+g.h6[1],
			"java.io.IOException: Frame size of 1 GB larger than max allowed 100 MB", "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown"), true
	case "x6amquser":
		return g.pick("admin", "system", "orders-svc", "guest", "", "monitor"), true
	case "x6amqdest":
		return g.pick("queue://orders.incoming", "queue://billing.events", "topic://ActiveMQ.Advisory.Connection", "queue://DLQ", "topic://prices.eurusd", "queue://ActiveMQ.DLQ"), true
	case "x6amqusage": // a destination's store usage, named after it
		d, _ := g.holdout6("x6amqdest")
		return "default:store:" + d + ":store", true
	case "x6amqid":
		return fmt.Sprintf("ID:%s-%d-%d-%d:%d", g.pick("broker-0", "mq01.example.com", "activemq-7f9c6b9b5-2xkzl"), 30000+r.IntN(30000), 1764979200000+r.Int64N(604800000), r.IntN(9), r.IntN(9)), true
	case "x6amqbroker":
		return g.pick("broker-a", "broker-b", "mq02", "dc2-hub"), true
	case "x6amqup":
		return g.pick(fmt.Sprintf("%d.%03d seconds", r.IntN(60), r.IntN(1000)), fmt.Sprintf("%d minutes", 1+r.IntN(59)), fmt.Sprintf("%d days %d hours", 1+r.IntN(90), r.IntN(24))), true

	// Flink
	case "x6fltask":
		return g.pick("Source: Kafka Source -> Map", "Source: orders[1] -> Calc[2]", "Window(TumblingEventTimeWindows(60000), EventTimeTrigger, AggregateFunction) -> Sink: Print",
			"KeyedProcess -> Sink: Unnamed", "IcebergFilesCommitter -> Sink: IcebergSink db.events", "Join (Join at main(EnumTriangles.java:132))", "GroupReduce (GroupReduce at main(EnumTriangles.java:127))"), true
	case "x6flpar": // the task's parallelism, drawn with its subtask (x6flsub)
		return g.h6[1], true
	case "x6flsub":
		p := g.pickInt(1, 2, 4, 4, 8)
		g.h6[1] = strconv.Itoa(p)
		return strconv.Itoa(1 + r.IntN(p)), true
	case "x6flattempt":
		return fmt.Sprintf("%s%s_%s%s_%d_%d", g.hexN(16), g.hexN(16), g.hexN(16), g.hexN(16), r.IntN(8), g.pickInt(0, 0, 0, 1)), true
	case "x6flfrom":
		g.h6[2] = g.pick("CREATED", "SCHEDULED", "DEPLOYING", "INITIALIZING", "RUNNING", "RUNNING", "CANCELING")
		return g.h6[2], true
	case "x6flto": // the state after the one it switched from
		next := map[string][]string{"CREATED": {"SCHEDULED"}, "SCHEDULED": {"DEPLOYING", "CANCELED"}, "DEPLOYING": {"INITIALIZING"}, "INITIALIZING": {"RUNNING"},
			"RUNNING": {"FINISHED", "CANCELING", "FINISHED"}, "CANCELING": {"CANCELED"}}[g.h6[2]]
		return g.pick(next...), true
	case "x6fltm":
		return g.pick(fmt.Sprintf("%s:%d-%s", g.value("ip"), 30000+r.IntN(30000), g.hexN(6)), "flink-taskmanager-"+g.hexN(9)+"-"+g.alnum(5), fmt.Sprintf("container_e07_1575407974804_%04d_01_%06d", r.IntN(9999), 1+r.IntN(40))), true
	case "x6flhost":
		return g.pick("flink-taskmanager-0.flink-taskmanager.flink.svc", "10.244.1.17", "worker-3.example.com", "localhost"), true
	case "x6fljob":
		return g.pick("orders-enrichment", "Flink Streaming Job", "clickstream-sessionizer", "Iceberg upsert job", "fraud-scoring"), true
	case "x6flcptype":
		return g.pick("CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}", "CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}",
			"SavepointType{name='Savepoint', postCheckpointAction=NONE, formatType=CANONICAL}"), true
	case "x6epochms":
		return strconv.FormatInt(1764979200000+r.Int64N(604800000), 10), true
	case "x6flreq":
		n := 1 + r.IntN(2)
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf("ResourceRequirement{resourceProfile=%s, numberOfRequiredSlots=%d}", g.pick("ResourceProfile{UNKNOWN}", "ResourceProfile{cpuCores=1, taskHeapMemory=512.000mb (536870912 bytes), taskOffHeapMemory=0 bytes, managedMemory=128.000mb (134217728 bytes), networkMemory=64.000mb (67108864 bytes)}"), 1+r.IntN(8))
		}
		return strings.Join(s, ", "), true
	case "x6flreason":
		return g.pick("The heartbeat of TaskManager with id "+g.value("x6fltm")+" timed out.", "TaskExecutor exited.", "Connection to taskmanager was lost.",
			"org.apache.flink.util.FlinkExpectedException: The TaskExecutor is shutting down."), true

	// lighttpd
	case "x6lsock":
		return g.pick("unix:/tmp/php-fastcgi.socket-"+strconv.Itoa(r.IntN(4)), "unix:/var/run/php/php8.2-fpm.sock", "unix:/run/php-fpm/www.sock", "tcp:127.0.0.1:9000", "tcp:127.0.0.1:8080"), true
	case "x6lsockpath":
		return g.pick("/tmp/php-fastcgi.socket", "/var/run/php/php8.2-fpm.sock", ""), true
	case "x6luri":
		return g.pick("/index.php", "/index.php", "/Microsoft-Server-ActiveSync", "/admin/api.php", "/cgi-bin/luci", "/nextcloud/remote.php", "/wp-cron.php"), true
	case "x6lquery":
		return g.pick("", "", "User=chris&DeviceId="+strings.ToUpper(g.hexN(16))+"&DeviceType=iPhone&Cmd=Ping", "status&version", "doing_wp_cron="+strconv.Itoa(1764979200+r.IntN(604800))), true
	case "x6lclient":
		return g.pick(g.value("ip"), g.value("ip6")), true
	case "x6lpid0": // the backend's pid, 0 when it has none
		return g.pick("0", "0", strconv.Itoa(300+r.IntN(60000))), true
	case "x6lpid1": // who stopped the server: init, or a shell's kill
		return g.pick("1", "1", strconv.Itoa(300+r.IntN(60000))), true

	// sendmail
	case "x6smqid": // YMDhms, a sequence and the pid, the first eight in sendmail's base 60
		const b60 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"
		return fmt.Sprintf("%c%c%c%c%c%c%c%c%06d", b60[26], b60[11], b60[1+r.IntN(28)], b60[r.IntN(24)], b60[r.IntN(60)], b60[r.IntN(60)], b60[r.IntN(60)], b60[r.IntN(60)], 300+r.IntN(99000)), true
	case "x6smaddr":
		return g.pick(users[:12]...) + "@" + g.pick("example.com", "example.org", "mail.example.net", "lists.example.edu", "gmail.com"), true
	case "x6smmsgid":
		return g.pick(fmt.Sprintf("%d.%s@%s", 1764979200+r.IntN(604800), g.hexN(8), g.pick("mail.example.com", "web-01")),
			fmt.Sprintf("CA+%s@mail.gmail.com", g.b64(40)), fmt.Sprintf("%s.%s@%s", strings.ToUpper(g.hexN(12)), g.hexN(4), g.pick("example.org", "app.example.net"))), true
	case "x6smhost":
		return g.pick("mail-ed1-f54.google.com", "mx.example.org", "unknown", "smtp.relay.example.net", "host-"+strconv.Itoa(r.IntN(255))+".dsl.example.net"), true
	case "x6smrelay":
		if r.IntN(8) == 0 {
			return "root@localhost", true // a local submission
		}
		return g.holdout6("x6smrelaynet")
	case "x6smrelaynet": // a peer over the network
		h, _ := g.holdout6("x6smhost")
		return g.pick(h+" ["+g.value("ip")+"]", "localhost [127.0.0.1]", "["+g.value("ip")+"]", h+" ["+g.value("ip")+"] (may be forged)"), true
	case "x6smdelay":
		return fmt.Sprintf("%s%02d:%02d:%02d", g.pick("", "", "", "1+", "3+"), r.IntN(3), r.IntN(60), r.IntN(60)), true
	case "x6smsent":
		return g.pick("Ok: queued as "+strings.ToUpper(g.hexN(10)), "<"+g.hexN(8)+"@example.org> [InternalId="+strconv.Itoa(r.IntN(99999999))+"] Queued mail for delivery",
			"2.0.0 OK  "+strconv.Itoa(1764979200+r.IntN(604800))+" "+g.alnum(12)+" - gsmtp", g.hexN(10)+" Message accepted for delivery"), true
	case "x6smdefer":
		return g.pick("Connection refused by "+g.value("x6smhost"), "Connection timed out with "+g.value("x6smhost"), "451 4.7.1 Greylisted, please try again later",
			"Name server: "+g.pick("example.org", "mx.example.net")+".: host name lookup failure", "421 4.7.0 Try again later, closing connection."), true

	// Windows DHCP
	case "x6dhip":
		return fmt.Sprintf("%s.%d.%d", g.pick("10.20", "192.168", "172.16"), r.IntN(16), 2+r.IntN(250)), true
	case "x6dhhost":
		return g.pick("DESKTOP-"+strings.ToUpper(g.alnum(7)), "LAPTOP-"+strings.ToUpper(g.alnum(8))+".corp.example.com", "iPhone", "android-"+g.hexN(16), "PRN-"+strconv.Itoa(100+r.IntN(900))+".corp.example.com", ""), true
	case "x6mac12":
		return strings.ToUpper(fmt.Sprintf("%012x", r.Uint64()&0xffffffffffff)), true
	case "x6dhtx":
		return strconv.FormatUint(uint64(r.Uint32()), 10), true
	case "x6vchex": // the vendor class as hex, then as text (x6vcascii)
		g.h6[3] = g.pick("MSFT 5.0", "MSFT 5.0", "android-dhcp-13", "udhcp 1.36.1", "")
		if g.h6[3] == "" {
			return "", true
		}
		return "0x" + strings.ToUpper(hex.EncodeToString([]byte(g.h6[3]))), true
	case "x6vcascii":
		return g.h6[3], true

	// Argo CD
	case "x6argoapp":
		return g.pick("argocd/", "argocd/", "") + g.pick("guestbook", "orders-prod", "monitoring-api", "inference-pipeline", "cert-manager", "ingress-nginx", "APP-app-APPENV"), true
	case "x6argons":
		return g.pick("prod", "default", "monitoring", "automation", "cert-manager", "argocd"), true
	case "x6argosrvbare":
		return g.pick("https://kubernetes.default.svc", "https://kubernetes.default.svc", "https://10.0.12.4:6443", "https://A1B2C3D4E5.gr7.us-west-2.eks.amazonaws.com"), true
	case "x6argosrv": // quoted by logrus: it holds ':'
		s, _ := g.holdout6("x6argosrvbare")
		return `"` + s + `"`, true
	case "x6argoreason":
		return g.pick("controller refresh requested", "controller refresh requested", "spec.source differs", "comparison expired, requesting refresh. reconciledAt: "+g.value("rfc")+", expiry: 3m0s",
			"orphaned resource updated", "spec.destination differs"), true
	case "x6argohealth":
		return g.pick("Healthy", "Progressing", "Degraded", "Missing", "Unknown"), true
	case "x6argorev":
		return g.hexN(40), true
	case "x6argoerr":
		return g.pick("one or more objects failed to apply, reason: Deployment.apps \"api\" is invalid: spec.template.spec.containers[0].image: Required value",
			"rpc error: code = Unknown desc = Manifest generation error (cached): `kustomize build .` failed exit status 1", "context deadline exceeded",
			"failed to get cluster info for \"https://10.0.12.4:6443\": error synchronizing cache state : the server has asked for the client to provide credentials"), true
	case "x6argoresmsg":
		return g.pick("deployment.apps/api configured", "service/api unchanged", "configmap/app-config created", "ingress.networking.k8s.io/web configured", "pruned", ""), true
	case "x6argokind":
		return g.pick("Deployment", "Service", "ConfigMap", "Ingress", "Secret"), true
	case "x6argoname":
		return g.pick("api", "web", "app-config", "orders", "redis"), true
	case "x6argosync":
		return fmt.Sprintf("%05d-%s", 1+r.IntN(99), g.b62(5)), true

	// GlusterFS
	case "x6glvol":
		return g.pick("gv0", "gv0", "gluster_shared_storage", "data", "vmstore"), true
	case "x6glkey":
		return g.pick("count", "count", "brick-index", "cmd-str", "volname", "hostname"), true
	case "x6glhost":
		return g.pick("gfs01", "gfs02", "gfs03.storage.lan", "10.0.40.12"), true
	case "x6glbrickdir":
		return g.pick("/data/brick1/gv0", "/bricks/brick1/data", "/var/lib/glusterd/ss_brick", "/gluster/vmstore/brick"), true
	case "x6glbrick":
		h, _ := g.holdout6("x6glhost")
		d, _ := g.holdout6("x6glbrickdir")
		return h + ":" + d, true
	case "x6glclient": // a client translator, its volume and index also the line's translator (h6)
		g.h6[0], g.h6[1] = g.pick("gv0", "gv0", "data", "vmstore"), strconv.Itoa(r.IntN(3))
		return g.h6[0] + "-client-" + g.h6[1], true
	case "x6glpath":
		return g.pick("/", "<gfid:"+g.uuid()+">", "/images/"+g.pick("vm-101-disk-0.qcow2", "vm-204-disk-1.raw"), "/backups/"+g.value("word")+"/"+strconv.Itoa(r.IntN(999))+".tar"), true
	case "x6glerrno": // an errno and its text (x6glerror)
		e := [][2]string{{"2", "No such file or directory"}, {"2", "No such file or directory"}, {"13", "Permission denied"}, {"107", "Transport endpoint is not connected"}, {"116", "Stale file handle"}}[r.IntN(5)]
		g.h6[2] = e[1]
		return e[0], true
	case "x6glerror":
		return g.h6[2], true

	// Spring Boot
	case "x6pool": // HikariCP's pool name, "HikariPool-" and its number unless configured
		return g.pick("HikariPool-1", "HikariPool-1", "HikariPool-1", "orders-db"), true
	case "x6springconn":
		return g.pick("org.postgresql.jdbc.PgConnection@", "com.mysql.cj.jdbc.ConnectionImpl@", "conn0: url=jdbc:h2:mem:testdb user=SA@") + g.hexN(8), true
	case "x6springbeantype":
		return g.pick("org.springframework.retry.annotation.RetryConfiguration$$SpringCGLIB$$0", "org.springframework.boot.actuate.autoconfigure.metrics.MeterRegistryPostProcessor",
			"org.springframework.ws.config.annotation.DelegatingWsConfiguration$$SpringCGLIB$$0"), true
	case "x6springsec":
		return strconv.FormatFloat(2+r.Float64()*40, 'f', 3, 64), true
	case "x6springresolved":
		return g.pick("org.springframework.web.HttpRequestMethodNotSupportedException: Request method '"+g.pick("POST", "PUT", "DELETE", "GET")+"' is not supported",
			"org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.acme.orders.api.OrderDto> com.acme.orders.web.OrderController.create(com.acme.orders.api.CreateOrder): [Field error in object 'createOrder' on field 'quantity': rejected value ["+strconv.Itoa(-r.IntN(5))+"]; codes [Min.createOrder.quantity,Min.quantity,Min.int,Min]; default message [must be greater than or equal to 1]] ",
			"org.springframework.web.servlet.resource.NoResourceFoundException: No static resource "+g.pick("favicon.ico", "actuator/env", ".env", "wp-login.php")+".",
			"org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
			"org.springframework.web.bind.MissingServletRequestParameterException: Required request parameter 'customerId' for method parameter type String is not present",
			"org.springframework.web.method.annotation.MethodArgumentTypeMismatchException: Method parameter 'id': Failed to convert value of type 'java.lang.String' to required type 'java.lang.Long'; For input string: \""+g.pick("abc", "undefined", "null", "1e3")+"\""), true
	case "x6springexc":
		return g.pick("java.lang.NullPointerException: Cannot invoke \"com.acme.orders.domain.Customer.getId()\" because \"customer\" is null",
			"org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"orders_external_id_key\"]",
			"org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction",
			"java.lang.IllegalStateException: Order "+strconv.Itoa(r.IntN(99999))+" is already "+g.pick("shipped", "cancelled")), true
	case "x6springpg":
		return g.pick("duplicate key value violates unique constraint \""+g.value("constraint")+"\"", "deadlock detected", "canceling statement due to statement timeout",
			"insert or update on table \"line_items\" violates foreign key constraint \"line_items_order_id_fkey\""), true
	case "x6springdelta":
		return g.pick(fmt.Sprintf("%dm%ds%dms", 1+r.IntN(3), r.IntN(60), r.IntN(1000)), fmt.Sprintf("%ds%dms", 30+r.IntN(30), r.IntN(1000)), fmt.Sprintf("%dh%dm%ds", r.IntN(3), r.IntN(60), r.IntN(60))), true
	case "x6springcust":
		return g.pick("C-"+strconv.Itoa(10000+r.IntN(90000)), g.pick(users[:10]...)+"@example.com"), true
	case "x6springamt":
		return fmt.Sprintf("%d.%02d %s", r.IntN(900), r.IntN(100), g.pick("EUR", "USD", "GBP")), true

	// hostapd
	case "x6hif":
		return g.pick("wlan0", "wlan0", "wlan1", "phy0-ap0", "phy1-ap0", "wlan1-1"), true
	case "x6hsess":
		return strings.ToUpper(g.hexN(16)), true
	case "x6heapnum": // an EAP method's number, then its name (x6heapname)
		e := [][2]string{{"25", "PEAP"}, {"25", "PEAP"}, {"13", "TLS"}, {"21", "TTLS"}}[r.IntN(4)]
		g.h6[0] = e[1]
		return e[0], true
	case "x6heapname":
		return g.h6[0], true

	// auditd
	case "x6ahex":
		return fmt.Sprintf("%x", g.pick64(r.Uint64()>>16, uint64(r.IntN(4096)), 0x7ffd00000000+uint64(r.IntN(0xfffffff)))), true
	case "x6auid":
		return g.pick("1000", "1000", "1001", "0", "4294967295"), true
	case "x6auid0":
		return g.pick("0", "0", "1000", "1001", "48"), true
	case "x6ases":
		return g.pick(strconv.Itoa(1+r.IntN(900)), "4294967295"), true
	case "x6acomm": // a program's name, its path after it (x6aexe)
		p := [][2]string{{"ls", "/usr/bin/ls"}, {"bash", "/usr/bin/bash"}, {"sshd", "/usr/sbin/sshd"}, {"curl", "/usr/bin/curl"}, {"python3", "/usr/bin/python3.11"},
			{"systemctl", "/usr/bin/systemctl"}, {"cat", "/usr/bin/cat"}, {"crond", "/usr/sbin/crond"}}[r.IntN(8)]
		g.h6[1] = p[1]
		return p[0], true
	case "x6aexe":
		return g.h6[1], true
	case "x6asubj":
		return g.pick("unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023", "system_u:system_r:sshd_t:s0-s0:c0.c1023", "system_u:system_r:crond_t:s0-s0:c0.c1023", "unconfined"), true
	case "x6akey":
		return g.pick(`"exec"`, `"identity"`, `"sshd_config"`, `(null)`, `(null)`, `"privileged"`), true
	case "x6aarg": // an argument: quoted text, or hex when it holds a space or quote
		a := g.pick("-l", "-la", "/tmp", "status", "nginx", "--version", "/etc/passwd", "-c", "import os; print(os.getuid())", "https://example.com/install.sh")
		if strings.ContainsAny(a, " \"") {
			return strings.ToUpper(hex.EncodeToString([]byte(a))), true
		}
		return `"` + a + `"`, true
	case "x6apath":
		return g.pick("/usr/bin/ls", "/lib64/ld-linux-x86-64.so.2", "/etc/passwd", "/etc/ssh/sshd_config", "/tmp/", "/home/alice/.bash_history", "/usr/bin/sudo", "/var/log/secure"), true
	case "x6adir":
		return g.pick("/", "/root", "/home/alice", "/tmp", "/var/www/html", "/home/deploy/app"), true
	case "x6atitle": // a command line, hex-encoded (its arguments are NUL-separated)
		return strings.ToUpper(hex.EncodeToString([]byte(g.pick("ls\x00-l", "/bin/bash", "sshd: alice [priv]", "systemctl\x00restart\x00nginx", "python3\x00-c\x00import os", "cat\x00/etc/shadow", "curl\x00-fsSL\x00https://example.com/install.sh")))), true
	case "x6agrant":
		return g.pick("pam_unix", "pam_unix,pam_faillock", "pam_selinux,pam_loginuid,pam_selinux,pam_namespace,pam_keyinit,pam_keyinit,pam_limits,pam_systemd,pam_unix,pam_umask,pam_lastlog", "pam_env,pam_unix", "?"), true
	case "x6auser":
		return g.pick("root", "alice", "bob", "deploy", "(unknown)", "oracle"), true
	case "x6ahost":
		return g.pick("?", g.value("ip"), "web-01", "localhost"), true
	case "x6aaddr":
		return g.pick("?", g.value("ip"), g.value("ip"), "127.0.0.1"), true
	case "x6aunit":
		return g.pick("nginx", "sshd", "systemd-tmpfiles-clean", "dnf-makecache", "user@1000", "sysstat-collect", "NetworkManager-dispatcher"), true
	case "x6afp":
		return "SHA256:" + strings.ToLower(g.hexN(2)) + ":" + strings.Join([]string{g.hexN(2), g.hexN(2), g.hexN(2), g.hexN(2), g.hexN(2), g.hexN(2), g.hexN(2)}, ":"), true

	// Consul
	case "x6cts":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%06dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x6cchk":
		return g.pick("serfHealth", "service:web-"+strconv.Itoa(1+r.IntN(3)), "service:api", "service:redis:1", "_nomad-check-"+g.hexN(40), "mem-util", "disk-usage"), true
	case "x6csvc":
		return g.pick("web", "api", "redis", "_nomad-task-"+g.uuid()+"-group-web-web-http", "postgres-primary", "vault:10.0.1.7:8200"), true
	case "x6cnode":
		return g.pick("consul-srv1", "consul-srv2", "consul-srv3", "ip-10-0-1-12", "worker-7", "nomad-client-"+strconv.Itoa(1+r.IntN(20))), true
	case "x6cserver":
		return fmt.Sprintf("%s.%s (Addr: tcp/%s:8300) (DC: %s)", g.pick("consul-srv1", "consul-srv2", "consul-srv3"), g.pick("dc1", "eu-west"), g.value("ip"), g.pick("dc1", "eu-west")), true

	// Home Assistant
	case "x6hadomain": // a domain, written again in the loader's module (x6hadomainagain)
		g.h6[2] = g.pick("mqtt", "zone", "timer", "input_boolean", "automation", "script", "hacs", "cloud", "zeroconf", "recorder", "person", "sun", "backup", "esphome", "zha")
		return g.h6[2], true
	case "x6hadomainagain":
		return g.h6[2], true
	case "x6hasecs":
		return strconv.FormatFloat(r.Float64()*g.pickF(1, 10, 120), 'f', 1, 64), true
	case "x6haplatform": // an entity platform, also the logger's component (h6)
		g.h6[0] = g.pick("sensor", "sensor", "binary_sensor", "media_player", "climate", "light", "switch", "weather")
		return g.h6[0], true
	case "x6haint":
		return g.pick("template", "mqtt", "ping", "filter", "kodi", "nest", "caldav", "hue", "tplink", "sonos", "shelly"), true
	case "x6haentity":
		return g.pick("sensor.", "media_player.", "climate.", "switch.") + g.pick("living_room", "mi_temp_bedroom", "garage_door", "kodi", "thermostat_hall", "washer_power"), true
	case "x6hacoord": // a coordinator's name, its integration the logger (h6)
		c := [][2]string{{"shelly", "shellyplus1pm-a8032ab12c34"}, {"hue", "hue"}, {"met", "met"}, {"tplink", "Kasa Smart Plug"}, {"tibber", "Tibber"}, {"unifi", "unifi"}}[r.IntN(6)]
		g.h6[1] = c[0]
		return c[1], true
	case "x6hafetcherr":
		return g.pick("Timeout fetching data", "Error communicating with API: [Errno 113] Host is unreachable", "Cannot connect to host 192.168.1.48:80 ssl:default [Connect call failed ('192.168.1.48', 80)]",
			"Server disconnected", "429, message='Too Many Requests', url=URL('https://api.met.no/weatherapi/locationforecast/2.0/complete?lat=52.37&lon=4.89')", ""), true
	case "x6hatitle":
		return g.pick("Home", "Philips Hue", "Living room TV", "192.168.1.48", "Kasa Smart Plug", "Mosquitto broker"), true
	case "x6hanotready":
		return g.pick("Cannot connect to host 192.168.1.48:80", "Timeout", "[Errno 111] Connection refused", "Device did not respond", "Unable to connect to the bridge"), true
	case "x6hahost":
		return g.pick("192.168.1.35", "homeassistant.local", "203.0.113.7", "unknown"), true

	// Lustre
	case "x6lost": // an OSC or MDC import, its target written again (x6ltgt)
		fs := g.pick("lustre", "scratch", "home")
		if r.IntN(4) == 0 {
			g.h6[0] = fmt.Sprintf("%s-MDT%04x", fs, r.IntN(2))
			return fmt.Sprintf("%s-mdc-ffff%s", g.h6[0], g.hexN(12)), true
		}
		g.h6[0] = fmt.Sprintf("%s-OST%04x", fs, r.IntN(24))
		return fmt.Sprintf("%s-osc-ffff%s", g.h6[0], g.hexN(12)), true
	case "x6lmdc":
		g.h6[0] = fmt.Sprintf("%s-MDT%04x", g.pick("lustre", "scratch", "home"), r.IntN(2))
		return fmt.Sprintf("%s-mdc-ffff%s", g.h6[0], g.hexN(12)), true
	case "x6ltgt":
		return g.h6[0], true
	case "x6lsrv":
		if r.IntN(3) == 0 {
			return fmt.Sprintf("%s-MDT%04x", g.pick("lustre", "scratch", "home"), r.IntN(2)), true
		}
		return fmt.Sprintf("%s-OST%04x", g.pick("lustre", "scratch", "home"), r.IntN(24)), true
	case "x6lnid":
		return fmt.Sprintf("%s@%s", g.value("ip"), g.pick("o2ib", "o2ib", "tcp", "o2ib1")), true
	case "x6lepoch":
		return strconv.Itoa(1764979200 + r.IntN(604800)), true
	case "x6lptr":
		return "ffff" + g.hexN(12), true
	case "x6lxid":
		return strconv.FormatInt(1700000000000000+r.Int64N(99999999999999), 10), true
	case "x6lhex":
		return g.hexN(16), true
	case "x6lns":
		if r.IntN(2) == 0 {
			return fmt.Sprintf("mdt-%s-MDT%04x_UUID", g.pick("lustre", "scratch"), r.IntN(2)), true
		}
		return fmt.Sprintf("filter-%s-OST%04x_UUID", g.pick("lustre", "scratch"), r.IntN(24)), true
	case "x6lfid":
		return fmt.Sprintf("0x%x:0x%x:0x0", 0x200000000+r.IntN(0xfffff), r.IntN(0xffff)), true
	case "x6lsecs":
		return fmt.Sprintf("%d.%02d", 40+r.IntN(900), r.IntN(100)), true
	}
	return "", false
}

func (g *gen) pick64(v ...uint64) uint64 { return v[g.r.IntN(len(v))] }
