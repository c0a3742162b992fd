package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The seventh held-out families (issue #14, session 17, h69): software
// that neither testdata/logcorpus, the six held-out sets nor Loghub-2k
// has, each written from how the program documents or writes its lines
// (the format strings and manuals cited at each family, and real lines
// quoted in the programs' issue trackers), for a set written blind: its
// author read no miner code and ran no miner on it, so it measures the
// miner on logs nobody writing miner rules has seen. They go to
// testdata/logholdout7 (go run ./cmd/loggen -set holdout7); same truth
// conventions as the corpus and the sixth set (khanCorrect, one "<*>" per
// value the program fills in, whether empty, one word or several; keys
// constant and their values variables, JSON's included; the message key
// holds the format string, with the values a program formats into it
// each one "<*>"; a word written literally at the call site stays
// constant; a repr, list or error text filled in as one %s is one value;
// a record whose keys differ is another template; an optional segment a
// program writes as its own branch (dhcpd's "(hostname) ") gives a
// template with it and one without).
//
//	go run ./cmd/loggen -set holdout7 -out testdata/logholdout7

// holdout7Seed is the seventh held-out set's seed.
const holdout7Seed = 64

func holdout7Families() []family {
	sysHeader := func(g *gen, prog, host, c string) string {
		return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s %s[%d]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), host, prog, 700+g.r.IntN(40000), c)
	}
	syslog7 := `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`
	// a Vault audit entry's auth object for a token of the given kind
	vaultAuth := `"auth":{"client_token":"{x7vhmac}","accessor":"{x7vhmac}","display_name":"{x7vdisplay}","policies":[{x7vpols}],"token_policies":[{x7vpols}],"metadata":{"role_name":"{x7vrole}"},"entity_id":"{uuid}","token_type":"{pick:service|batch}","token_ttl":{pick:3600|2764800|86400},"token_issue_time":"{x7vtime}"}`
	vaultReq := func(op, extra string) string {
		return `"request":{"id":"{uuid}","operation":"` + op + `","mount_point":"{x7vmount}","mount_type":"{x7vmtype}","mount_accessor":"{x7vmacc}","mount_running_version":"{x7vmver}","mount_class":"{x7vmclass}","client_token":"{x7vhmac}","client_token_accessor":"{x7vhmac}","namespace":{"id":"{pick:root}"},"path":"{x7vpath}",` + extra + `"remote_address":"{ip}","remote_port":{port}}`
	}
	return []family{
		// MariaDB 10.11's error log ("%Y-%m-%d %H:%M:%S %thread [%level]
		// %message": sql/log.cc print_buffer_to_file(), the thread id 0
		// for the server's own lines, the connection's for its own):
		// aborted connections and access denials (sql/sql_connect.cc,
		// sql/sql_parse.cc "Aborted connection %lld to db: '%s' user: '%s'
		// host: '%s' (%s)"), InnoDB's buffer pool dump and load, the start
		// lines (quoted in appwrite issue #3157: "InnoDB: Initializing
		// buffer pool, total size = %s, chunk size = %s", "%s rollback
		// segments are active.", "mysqld (server %s) starting as process
		// %lu ..."), the page cleaner warning, replication starts and
		// errors, crashed tables, shutdown.
		{name: "MariaDB", format: `<Date> <Time> <Thread> \[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Aborted connection", "Warning"}, {"^Access denied", "Warning"}, {"page_cleaner", "Warning"},
				{"marked as crashed", "ERROR"}, {"^Error reading packet", "ERROR"}, {"^Slave I/O", "ERROR"},
			}, "Note")
			thread := "0"
			if strings.HasPrefix(c, "Aborted connection") {
				thread = g.h7[0]
			} else if strings.HasPrefix(c, "Access denied") || strings.Contains(c, "marked as crashed") {
				thread = strconv.Itoa(8 + g.r.IntN(90000))
			} else if strings.HasPrefix(c, "Slave") || strings.HasPrefix(c, "Error reading") {
				thread = strconv.Itoa(5 + g.r.IntN(4))
			}
			return fmt.Sprintf("2026-12-%02d %2d:%02d:%02d %s [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), thread, f[0], c)
		}, events: []event{
			{420, "Aborted connection {x7mconn} to db: '{x7mdb}' user: '{x7muser}' host: '{x7mhost}' ({x7mabort})"},
			{120, "Access denied for user '{x7muser}'@'{x7mhost}' (using password: {pick:YES|YES|NO})"},
			{25, "InnoDB: Buffer pool(s) load completed at {x7mts}"},
			{25, "InnoDB: Dumping buffer pool(s) to {pick:/var/lib/mysql/ib_buffer_pool|/data/mysql/ib_buffer_pool}"},
			{25, "InnoDB: Buffer pool(s) dump completed at {x7mts}"},
			{40, "InnoDB: page_cleaner: 1000ms intended loop took {int}ms. The settings might not be optimal. (flushed={int} and evicted={pick:0|0|12}, during the time.)"},
			{12, "mysqld: Table '{x7mtablepath}' is marked as crashed and should be repaired"},
			{10, "Slave SQL thread initialized, starting replication in log '{x7mbinlog}' at position {int}, relay log '{x7mrelay}' position: {int}"},
			{8, "Error reading packet from server: {pick:Lost connection to server during query|Could not find first log file name in binary log index file|binlog truncated in the middle of event; consider out of disk space on source} (server_errno={pick:2013|1236})"},
			{6, "Slave I/O thread: Failed reading log event, reconnecting to retry, log '{x7mbinlog}' at position {int}; GTID position '{x7mgtid}'"},
			{4, "{pick:/usr/sbin/mariadbd|/usr/sbin/mysqld} (server {x7mver}) starting as process {pid} ..."},
			{4, "InnoDB: Initializing buffer pool, total size = {pick:128.000MiB|1.000GiB|4.000GiB|16.000GiB}, chunk size = {pick:2.000MiB|128.000MiB}"},
			{4, "InnoDB: Completed initialization of buffer pool"},
			{4, "InnoDB: {pick:128} rollback segments are active."},
			{4, "InnoDB: log sequence number {big}; transaction id {big}"},
			{4, "Server socket created on IP: '{pick:0.0.0.0|::|127.0.0.1}'."},
			{4, "{pick:/usr/sbin/mariadbd|/usr/sbin/mysqld}: ready for connections."},
			{3, "{pick:/usr/sbin/mariadbd|/usr/sbin/mysqld} (initiated by: {pick:unknown|root[root] @ localhost []}): Normal shutdown"},
			{3, "InnoDB: Starting shutdown..."},
			{3, "{pick:/usr/sbin/mariadbd|/usr/sbin/mysqld}: Shutdown complete"},
		}},
		// An Apache Pulsar 3.x broker (conf/log4j2.yaml's console pattern
		// "%d{ISO8601_OFFSET_DATE_TIME_HHMM} [%t] %-5level %logger{36} -
		// %msg"): ServerCnx's connection, subscribe and producer lines
		// ("[{}] Subscribing on topic {} / {}. consumerId: {}", "[{}]
		// Created subscription on topic {} / {}", "[{}][{}] Closing
		// producer on cnx {}. producerId={}"), the subscription closes and
		// inactive topic deletes, the managed ledger's new ledgers,
		// "Created topic {} - dedup is {}", the subscription failures and
		// exceptions (lines quoted in pulsar issues #6416 and #14879 and
		// PR #23939; pulsar-broker ServerCnx.java, PersistentTopic.java,
		// BrokerService.java, managed-ledger ManagedLedgerImpl.java).
		{name: "Pulsar", format: `<Date> \[<Thread>\] <Level> <Logger> - <Content>`, header: func(g *gen, c string) string {
			io := "pulsar-io-" + g.pick("3", "4") + "-" + strconv.Itoa(1+g.r.IntN(8))
			f := pickN(c, [][]string{
				{"Got exception", "WARN ", "org.apache.pulsar.broker.service.ServerCnx", io},
				{"Failed to create subscription", "WARN ", "org.apache.pulsar.broker.service.persistent.PersistentTopic", "configuration-metadata-store-" + strconv.Itoa(10+g.r.IntN(9)) + "-1"},
				{"connection from", "INFO ", "org.apache.pulsar.broker.service.ServerCnx", io},
				{"Closing producer", "INFO ", "org.apache.pulsar.broker.service.ServerCnx", io},
				{"] Subscribing on", "INFO ", "org.apache.pulsar.broker.service.ServerCnx", io},
				{"Created subscription", "INFO ", "org.apache.pulsar.broker.service.ServerCnx", "ForkJoinPool.commonPool-worker-" + strconv.Itoa(1+g.r.IntN(7))},
				{"Created new producer", "INFO ", "org.apache.pulsar.broker.service.ServerCnx", "ForkJoinPool.commonPool-worker-" + strconv.Itoa(1+g.r.IntN(7))},
				{"closed subscription", "INFO ", "org.apache.pulsar.broker.service.persistent.PersistentSubscription", "pulsar-web-" + strconv.Itoa(30+g.r.IntN(9)) + "-" + strconv.Itoa(1+g.r.IntN(16))},
				{"due to inactivity", "INFO ", "org.apache.pulsar.broker.service.persistent.PersistentTopic", "pulsar-inactivity-monitor-" + strconv.Itoa(5+g.r.IntN(3)) + "-1"},
				{"new ledger", "INFO ", "org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl", "bookkeeper-ml-scheduler-OrderedScheduler-" + strconv.Itoa(g.r.IntN(8)) + "-0"},
				{"Created topic", "INFO ", "org.apache.pulsar.broker.service.BrokerService", "bookkeeper-ml-scheduler-OrderedScheduler-" + strconv.Itoa(g.r.IntN(8)) + "-0"},
				{"Removed consumer", "INFO ", "org.apache.pulsar.broker.service.persistent.PersistentDispatcherMultipleConsumers", io},
			}, "INFO ", "org.apache.pulsar.broker.service.ServerCnx", io)
			return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d,%03d+0000 [%s] %s %s - %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[2], f[0], f[1], c)
		}, events: []event{
			{260, "New connection from /{ipport}"},
			{230, "Closed connection from /{ipport}"},
			{150, "[/{ipport}] Subscribing on topic {x7ptopic} / {x7psub}. consumerId: {int}"},
			{120, "[/{ipport}] Created subscription on topic {x7ptopic} / {x7psub}"},
			{110, "[/{ipport}] Created new producer: Producer{topic=PersistentTopic{topic={x7ptopic}}, client=/{ipport}, producerName={x7pprod}, producerId={int}}"},
			{100, "[{x7ptopic}][{x7pprod}] Closing producer on cnx /{ipport}. producerId={int}"},
			{70, "[{x7ptopic}][{x7psub}] Successfully disconnected and closed subscription"},
			{60, "Removed consumer Consumer{subscription=PersistentSubscription{topic={x7ptopic}, name={x7psub}}, consumerId={int}, consumerName={x7pcons}, address=/{ipport}} with pending {int} acks"},
			{40, "[{x7pml}] Created new ledger {big}"},
			{30, "Created topic {x7ptopic} - dedup is {pick:disabled|enabled}"},
			{25, "[{x7ptopic}] Topic deleted successfully due to inactivity"},
			{35, "[/{ipport}] Got exception {x7pexc}"},
			{12, "[{x7ptopic}] Failed to create subscription: {x7psub}"},
		}},
		// Logstash 8's plain log (config/log4j2.properties
		// "[%d{ISO8601}][%-5p][%-25c]%notEmpty{[%X{pipeline.id}]}%notEmpty{[%X{plugin.id}]}
		// %m": the logger padded to 25, the pipeline and plugin ids when
		// the line comes from one, the message then its Ruby hash of
		// fields): the runner's start, the pipeline's "Starting
		// pipeline", "Pipeline started", "Pipeline Java execution
		// initialization time", the elasticsearch output's "Could not
		// index event to Elasticsearch." and its connection losses and
		// restores, the beats input's start, "Pipelines running", the
		// file input's sincedb lines, grok and date failures logged with
		// the event (written from the messages of logstash-core
		// lib/logstash/java_pipeline.rb,
		// logstash-output-elasticsearch lib/logstash/outputs/
		// elasticsearch/http_client/pool.rb).
		{name: "Logstash", format: `\[<Timestamp>\]\[<Level>\]\[<Logger>\]<Ids> <Content>`, header: func(g *gen, c string) string {
			main := "[" + g.pick("main", "main", "beats-ingest", "syslog") + "]"
			plugin := main + "[" + g.hexN(64) + "]"
			f := pickN(c, [][]string{
				{"Could not index event", "WARN ", "logstash.outputs.elasticsearch", plugin},
				{"Attempted to resurrect", "WARN ", "logstash.outputs.elasticsearch", plugin},
				{"Restored connection", "WARN ", "logstash.outputs.elasticsearch", plugin},
				{"^Failed to perform request", "WARN ", "logstash.outputs.elasticsearch", plugin},
				{"^Starting pipeline", "INFO ", "logstash.javapipeline", main},
				{"^Pipeline started", "INFO ", "logstash.javapipeline", main},
				{"Java execution initialization", "INFO ", "logstash.javapipeline", main},
				{"^Pipeline terminated", "INFO ", "logstash.javapipeline", main},
				{"Beats inputs:", "INFO ", "logstash.inputs.beats", main},
				{"^Starting server on port", "INFO ", "org.logstash.beats.Server", main},
				{"sincedb", "INFO ", "logstash.inputs.file", main},
				{"^Pipelines running", "INFO ", "logstash.agent", ""},
				{"^Starting Logstash", "INFO ", "logstash.runner", ""},
				{"API endpoint", "INFO ", "logstash.agent", ""},
				{"^Error parsing", "WARN ", "logstash.filters.json", plugin},
				{"^Failed parsing date", "WARN ", "logstash.filters.date", plugin},
				{"^Timeout executing grok", "WARN ", "logstash.filters.grok", plugin},
			}, "INFO ", "logstash.agent", "")
			return fmt.Sprintf("[2026-12-%02dT%02d:%02d:%02d,%03d][%s][%-25s]%s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], f[2], c)
		}, events: []event{
			{330, `Could not index event to Elasticsearch. {:status=>{x7lstatus}, :action=>["{pick:index|index|create}", {:_id=>{x7lidopt}, :_index=>"{x7lindex}", :routing=>{pick:nil}}, {x7levent}], :response=>{"index"=>{"_index"=>"{x7lindex}", "_id"=>"{x7lid}", "status"=>{x7lstatus2}, "error"=>{"type"=>"{x7lerrtype}", "reason"=>"{x7lerrreason}"}}}}`},
			{90, `Attempted to resurrect connection to dead ES instance, but got an error {:url=>"{x7lesurl}", :exception=>{pick:LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError}, :message=>"{one:Elasticsearch Unreachable: [<x7lesurl>][<x7lexc>] <x7lexcmsg>}"}`},
			{60, `Restored connection to ES instance {:url=>"{x7lesurl}"}`},
			{45, `Failed to perform request {:message=>"{x7lexcmsg}", :exception=>{x7lexc}, :cause=>{x7lcause}}`},
			{120, `Error parsing json {:source=>"{pick:message|message|log}", :raw=>"{x7lraw}", :exception=>{x7ljsonexc}}`},
			{100, `Failed parsing date from field {:field=>"{pick:timestamp|time|@timestamp|log_time}", :value=>"{x7ldate}", :exception=>"{x7ldateerr}", :config_parsers=>"{pick:ISO8601|dd/MMM/yyyy:HH:mm:ss Z|UNIX_MS|yyyy-MM-dd HH:mm:ss,SSS}", :config_locale=>"{pick:default=en}"}`},
			{50, `Timeout executing grok '{x7lgrok}' against field '{pick:message|message|log}' with value '{x7lgrokval}'!`},
			{12, `Starting pipeline {:pipeline_id=>"{x7lpipe}", "pipeline.workers"=>{pick:2|4|8}, "pipeline.batch.size"=>{pick:125|500}, "pipeline.batch.delay"=>{pick:50}, "pipeline.max_inflight"=>{pick:250|1000|4000}, "pipeline.sources"=>["{x7lconf}"], :thread=>"{x7lthread}"}`},
			{12, `Pipeline Java execution initialization time {"seconds"=>{x7lsecs}}`},
			{12, `Pipeline started {"pipeline.id"=>"{x7lpipe}"}`},
			{6, `Pipeline terminated {"pipeline.id"=>"{x7lpipe}"}`},
			{8, `Beats inputs: Starting input listener {:address=>"{pick:0.0.0.0:5044|0.0.0.0:5045}"}`},
			{6, `Starting server on port: {pick:5044|5045}`},
			{10, `No sincedb_path set, generating one based on the "path" setting {:sincedb_path=>"{x7lsincedb}", :path=>["{x7lglob}"]}`},
			{6, `Pipelines running {:count=>{small}, :running_pipelines=>[{x7lpipes}], :non_running_pipelines=>[{pick:}]}`},
			{3, `Starting Logstash {"logstash.version"=>"{pick:8.11.3|8.13.4|8.15.0}", "jruby.version"=>"{x7ljruby}"}`},
			{3, `Successfully started Logstash API endpoint {:port=>{pick:9600}, :ssl_enabled=>{pick:false}}`},
		}},
		// ISC dhcpd 4.4 through syslog (server/dhcp.c's log_info() lines:
		// "DHCPDISCOVER from %s %s%s%svia %s", "DHCPOFFER on %s to %s
		// %s%s%svia %s", "DHCPREQUEST for %s%s from %s %s%s%svia %s",
		// "DHCPACK on %s to %s %s%s%svia %s", "DHCPRELEASE of %s from %s
		// %s%s%svia %s (%sfound)", the "network %s: no free leases" and
		// "wrong network" and "lease %s unavailable" branches, DHCPINFORM,
		// the ping check's abandon, reuse_lease's threshold line, the
		// leases file rewrite, the DDNS maps, and the start lines'
		// "Listening on LPF/%s/%s/%s" (the lines the ISC DHCP server
		// guides quote; server/dhcp.c, server/ddns.c, common/lpf.c)).
		{name: "Dhcpd", format: syslog7, header: func(g *gen, c string) string {
			return sysHeader(g, "dhcpd", g.pick("gw1", "dhcp-a", "dhcp-b"), c)
		}, events: []event{
			{170, "DHCPDISCOVER from {x6mac} ({x7dhname}) via {x7diface}"},
			{60, "DHCPDISCOVER from {x6mac} via {x7diface}"},
			{170, "DHCPOFFER on {x7dip} to {x6mac} ({x7dhname}) via {x7diface}"},
			{50, "DHCPOFFER on {x7dip} to {x6mac} via {x7diface}"},
			{260, "DHCPREQUEST for {x7dip} ({x7dsrv}) from {x6mac} ({x7dhname}) via {x7diface}"},
			{110, "DHCPREQUEST for {x7dip} from {x6mac} via {x7diface}"},
			{280, "DHCPACK on {x7dip} to {x6mac} ({x7dhname}) via {x7diface}"},
			{90, "DHCPACK on {x7dip} to {x6mac} via {x7diface}"},
			{25, "DHCPNAK on {x7dip} to {x6mac} via {x7diface}"},
			{20, "DHCPREQUEST for {x7dip} from {x6mac} via {x7diface}: wrong network."},
			{20, "DHCPREQUEST for {x7dip} ({x7dsrv}) from {x6mac} via {x7diface}: lease {x7dip} unavailable."},
			{35, "DHCPRELEASE of {x7dip} from {x6mac} ({x7dhname}) via {x7diface} ({pick:found|found|not found})"},
			{45, "DHCPINFORM from {x7dip} via {x7diface}"},
			{15, "DHCPDISCOVER from {x6mac} via {x7diface}: network {x7dnet}: no free leases"},
			{8, "Abandoning IP address {x7dip}: pinged before offer"},
			{50, "reuse_lease: lease age {int} (secs) under 25% threshold, reply with unaltered, existing lease for {x7dip}"},
			{20, "Added new forward map from {x7dfqdn} to {x7dip}"},
			{20, "Added reverse map from {x7drev} to {x7dfqdn}"},
			{6, "uid lease {x7dip} for client {x6mac} is duplicate on {x7dnet}"},
			{10, "Wrote {int} leases to leases file."},
			{4, "Wrote {small} new dynamic host decls to leases file."},
			{3, "Listening on LPF/{x7diface}/{x6mac}/{x7dnet}"},
			{3, "Sending on   LPF/{x7diface}/{x6mac}/{x7dnet}"},
			{2, "Server starting service."},
		}},
		// strongSwan 5.9's charon through syslog (charon.syslog: "%.2d[%s]
		// %s", the thread and the log group before each message): the
		// NET packets sent and received, the ENC parsed and generated
		// messages with their payload lists, IKE_SA and CHILD_SA
		// establishment, rekeying and deletion ("IKE_SA %s[%d] established
		// between %H[%Y]...%H[%Y]", "CHILD_SA %s{%d} established with SPIs
		// %.8x_i %.8x_o and TS %#R === %#R", "closing CHILD_SA %s{%d} with
		// SPIs ..."), DPD, retransmits, the peer config lookup, virtual
		// IPs, authentication results (lines quoted in trailofbits/algo
		// PR #976; strongSwan src/libcharon/sa/ike_sa.c,
		// sa/ikev2/tasks/child_create.c, network/sender.c).
		{name: "StrongSwan", format: `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Thread>\[<Group>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"packet:", "NET"}, {"^parsed ", "ENC"}, {"^generating ", "ENC"}, {"CHILD_SA", "CHD"}, {"^selected proposal", "CFG"},
				{"^looking for peer", "CFG"}, {"virtual IP", "IKE"}, {"^sending DPD", "IKE"}, {"^installing new virtual", "KNL"},
			}, "IKE")
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s charon[%d]: %02d[%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("vpn-gw", "moon", "sun"), 1000+g.r.IntN(3000), 1+g.r.IntN(16), f[0], c)
		}, events: []event{
			{260, "received packet: from {x7sep} to {x7sep} ({int} bytes)"},
			{250, "sending packet: from {x7sep} to {x7sep} ({int} bytes)"},
			{170, "parsed {x7sexch} {pick:request|response} {int} [ {x7spayloads}]"},
			{160, "generating {x7sexch} {pick:request|response} {int} [ {x7spayloads}]"},
			{40, "{ip} is initiating an IKE_SA"},
			{40, "looking for peer configs matching {x7sep}[{x7sid}]...{x7sep}[{x7sid}]"},
			{40, "selected peer config '{x7sconn}'"},
			{40, "authentication of '{x7sid}' with {pick:pre-shared key|RSA signature|ECDSA-256 signature|EAP} successful"},
			{35, "IKE_SA {x7sconn}[{int}] established between {ip}[{x7sid}]...{ip}[{x7sid}]"},
			{35, "scheduling {pick:reauthentication|rekeying} in {int}s"},
			{35, "maximum IKE_SA lifetime {int}s"},
			{30, "selected proposal: {x7sprop}"},
			{40, "CHILD_SA {x7sconn}{{int}} established with SPIs {hex8}_i {hex8}_o and TS {x7sts} === {x7sts}"},
			{25, "closing CHILD_SA {x7sconn}{{int}} with SPIs {hex8}_i ({int} bytes) {hex8}_o ({int} bytes) and TS {x7sts} === {x7sts}"},
			{20, "received DELETE for IKE_SA {x7sconn}[{int}]"},
			{20, "deleting IKE_SA {x7sconn}[{int}] between {ip}[{x7sid}]...{ip}[{x7sid}]"},
			{20, "IKE_SA deleted"},
			{25, "sending DPD request"},
			{12, "retransmit {small} of request with message ID {int}"},
			{6, "giving up after {small} retransmits"},
			{12, "peer requested virtual IP {pick:%any|%any6}"},
			{12, "assigning virtual IP {x7svip} to peer '{x7sid}'"},
			{6, "received AUTHENTICATION_FAILED notify error"},
			{5, "no IKE config found for {ip}...{ip}, sending NO_PROPOSAL_CHOSEN"},
		}},
		// A HashiCorp Nomad 1.7 agent's log (hclog's text format:
		// "%s [%-5s] %s: %s" and its key=value pairs, a value quoted when
		// it holds a space or a quote): the task runner's "Task event"
		// lines with type, msg and failed (client/allocrunner/taskrunner
		// task_runner.go), logmon's "opening fifo", the Docker driver's
		// created, started and stopped containers, the GC's marking and
		// collecting, the scheduler worker's dequeued, submitted and
		// acked evaluations, the HTTP server's "request complete", task
		// restarts and consul-template's rendered files (lines quoted in
		// nomad issues #8893 and #3587; nomad client/gc.go,
		// nomad/worker.go, command/agent/http.go).
		{name: "Nomad", format: `<Timestamp> \[<Level>\] <Component>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Task event", "INFO", "client.alloc_runner.task_runner"},
				{"^restarting task", "INFO", "client.alloc_runner.task_runner"},
				{"^task run loop", "INFO", "client.alloc_runner.task_runner"},
				{"^opening fifo", "INFO", "client.alloc_runner.task_runner.task_hook.logmon.nomad"},
				{"container:", "INFO", "client.driver_mgr.docker"},
				{"^plugin process exited", "DEBUG", "client.driver_mgr.docker.docker_logger"},
				{"^marking allocation", "INFO", "client.gc"},
				{"^garbage collecting", "INFO", "client.gc"},
				{"evaluation:", "DEBUG", "worker"},
				{"^request complete", "DEBUG", "http"},
				{"^(runner)", "INFO", "agent"},
				{"^node registration", "INFO", "client"},
				{"^started client", "INFO", "client"},
			}, "INFO", "client")
			// hclog pads "[LEVEL]" to seven columns
			return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ %-7s %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), "["+f[0]+"]", f[1], c)
		}, events: []event{
			{300, "Task event: alloc_id={uuid} task={x7ntask} type={x7ntype} msg={x7nmsg} failed={pick:false|false|false|true}"},
			{260, "request complete: method={pick:GET|GET|GET|PUT|POST} path={x7npath} duration={x6godur}"},
			{110, "dequeued evaluation: worker_id={uuid} eval_id={uuid} type={pick:service|batch|system} namespace={pick:default|default|prod} job_id={x7njob} node_id={x7nnode} triggered_by={x7ntrig}"},
			{90, "submitted plan for evaluation: worker_id={uuid} eval_id={uuid}"},
			{90, `updated evaluation: worker_id={uuid} eval="<Eval \"{uuid}\" JobID: \"{x7njob}\" Namespace: \"{pick:default|prod}\">"`},
			{90, "ack evaluation: worker_id={uuid} eval_id={uuid} type={pick:service|batch|system} namespace={pick:default|default|prod} job_id={x7njob} node_id={x7nnode} triggered_by={x7ntrig}"},
			{60, "opening fifo: alloc_id={uuid} task={x7ntask} path={x7nfifo} @module={pick:logmon} timestamp={x7nts}"},
			{50, "created container: driver={pick:docker} container_id={x7nctr}"},
			{50, "started container: driver={pick:docker} container_id={x7nctr}"},
			{35, "stopped container: container_id={x7nctr} driver={pick:docker}"},
			{30, "plugin process exited: driver={pick:docker} path={pick:/usr/local/bin/nomad|/usr/bin/nomad} pid={pid}"},
			{35, "marking allocation for GC: alloc_id={uuid}"},
			{30, `garbage collecting allocation: alloc_id={uuid} reason="{x7ngc}"`},
			{25, "task run loop exiting: alloc_id={uuid} task={x7ntask}"},
			{20, `restarting task: alloc_id={uuid} task={x7ntask} reason="{x7nrestart}" delay={x6godur}`},
			{25, `(runner) rendered "{pick:(dynamic)|(dynamic)|/local/app.ctmpl}" => "{x7ntpl}"`},
			{3, "node registration complete"},
			{3, "started client: node_id={uuid}"},
		}},
		// OpenZFS 2.2's event daemon through syslog (cmd/zed: zed_exec.c's
		// "Invoking \"%s\" eid=%llu pid=%d" and "Finished \"%s\" eid=%llu
		// pid=%d exit=%d", the all-syslog.sh zedlet's "eid=%s class=%s"
		// with pool, vdev and the I/O fields of the event class it
		// reports, zed.c's start and stop lines, the diagnosis and
		// retire agents) (lines quoted in openzfs issues #8755, #6886 and
		// #15862 and delphix/zfs PR #229; cmd/zed/zed.d/all-syslog.sh).
		{name: "Zed", format: syslog7, header: func(g *gen, c string) string {
			return sysHeader(g, "zed", g.pick("nas", "storage-01", "backup-2"), c)
		}, events: []event{
			{380, `Invoking "{x7zlet}" eid={int} pid={pid}`},
			{380, `Finished "{x7zlet}" eid={int} pid={pid} exit={pick:0|0|0|0|0|1|2}`},
			{260, "eid={int} class={x7zclass} pool='{x7zpool}'"},
			{50, "eid={int} class={pick:statechange} pool='{x7zpool}' vdev={x7zvdev} vdev_state={pick:ONLINE|ONLINE|FAULTED|DEGRADED|REMOVED|UNAVAIL}"},
			{60, "eid={int} class={pick:checksum|io|delay|delay} pool='{x7zpool}' vdev={x7zvdev} size={x7zsize} offset={big} priority={pick:0|1|2|3|4} err={pick:0|5|52} flags={hexshort} bookmark={int}:{int}:{pick:0|0|1}:{int}"},
			{25, "eid={int} class={pick:resilver_start|resilver_finish|scrub_start|scrub_finish|trim_start|trim_finish} pool='{x7zpool}' vdev={x7zvdev}"},
			{12, "Diagnosis Engine: {pick:solving fault|discarding} '{pick:fault.fs.zfs.vdev.checksum|fault.fs.zfs.vdev.io|fault.fs.zfs.device}'"},
			{8, "Retire Agent: zfs_retire_recv: '{pick:list.suspect|list.repaired}'"},
			{6, "Retire Agent: matched vdev {x6u64}"},
			{5, "zfs_deliver_add: adding {x7zdisk} ({x7zdevid}) (is_slice {pick:0|1})"},
			{4, "ZFS Event Daemon {pick:2.2.2-0ubuntu9|2.1.14-1|2.2.4-1} (PID {pid})"},
			{4, "Processing events since eid={int}"},
			{2, "Exiting"},
		}},
		// A Django 5.0 site behind runserver with the "verbose" formatter
		// of Django's logging how-to ("{levelname} {asctime} {module}
		// {process:d} {thread:d} {message}"): django.server's request lines
		// ('"%s" %s %s' in core/servers/basehttp.py), its broken pipes and
		// http.server's "code %d, message %s", django.request's "Not
		// Found: %s", "Bad Request: %s", "Method Not Allowed (%s): %s" and
		// "Internal Server Error: %s" (utils/log.py log_response), CSRF's
		// "Forbidden (%s): %s" (middleware/csrf.py), DisallowedHost's
		// "Invalid HTTP_HOST header: %r. You may need to add %r to
		// ALLOWED_HOSTS." (http/request.py), django.db.backends' "(%.3f)
		// %s; args=%s; alias=%s" (db/backends/utils.py) and the
		// autoreloader (utils/autoreload.py).
		{name: "Django", format: `<Level> <Date> <Time> <Module> <Process> <Thread> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Not Found", "WARNING", "log"}, {"^Bad Request", "WARNING", "log"}, {"^Method Not Allowed", "WARNING", "log"},
				{"^Internal Server Error", "ERROR", "log"}, {"^Forbidden (", "WARNING", "log"},
				{"^Invalid HTTP_HOST", "ERROR", "exception"}, {"^(", "DEBUG", "utils"},
				{"^Watching for", "INFO", "autoreload"}, {"changed, reloading", "INFO", "autoreload"},
				{"^code ", "WARNING", "basehttp"}, {"Broken pipe", "INFO", "basehttp"}, {"over HTTPS", "ERROR", "basehttp"},
				{`" 5`, "ERROR", "basehttp"}, {`" 4`, "WARNING", "basehttp"},
			}, "INFO", "basehttp")
			return fmt.Sprintf("%s 2026-12-%02d %02d:%02d:%02d,%03d %s %d %d %s", f[0], 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[1], 41000+g.r.IntN(30), 139800000000000+g.r.Int64N(90000000000), c)
		}, events: []event{
			{520, `"{one:<method> <x7djpath> HTTP/1.1}" {x7djstatus} {int}`},
			{380, "({x7djsec}) {x7djsql}; args={x7djargs}; alias={pick:default|default|default|replica}"},
			{110, "Not Found: {x7djpath}"},
			{25, "Bad Request: {x7djpath}"},
			{20, "Method Not Allowed ({pick:POST|PUT|DELETE|GET}): {x7djpath}"},
			{30, "Internal Server Error: {x7djpath}"},
			{40, "Forbidden ({x7djcsrf}): {x7djpath}"},
			{25, "Invalid HTTP_HOST header: '{x7djhost}'. You may need to add '{x7djhostbare}' to ALLOWED_HOSTS."},
			{20, "- Broken pipe from ('{ip}', {port})"},
			{12, "code 400, message {pick:Bad request version|Bad request syntax|Bad HTTP/0.9 request type} ('{x7djbad}')"},
			{6, "You're accessing the development server over HTTPS, but it only supports HTTP."},
			{4, "Watching for file changes with StatReloader"},
			{8, "{x7djsrc} changed, reloading."},
		}},
		// ModemManager 1.20 through syslog (mm-log's "<%s>  %s", the
		// object's "[modem%u]" prefix): the modem's state changes ("state
		// changed (%s -> %s)"), 3GPP registration and access technology
		// changes, the simple connect sequence ("simple connect state
		// (%d/%d): %s"), signal quality updates, the bearer's
		// "connection #%u finished: duration %us, tx: %llu bytes, rx:
		// %llu bytes", device probing and the plugin chosen, the
		// base-manager's unsupported devices, failures and the start line
		// (lines quoted in openwrt/packages PR #23590 and issue #11200 and
		// xmm7360-usb-modeswitch issue #7; src/mm-iface-modem.c,
		// mm-iface-modem-simple.c, mm-base-bearer.c, mm-base-manager.c).
		{name: "ModemManager", format: syslog7, header: func(g *gen, c string) string {
			return sysHeader(g, "ModemManager", g.pick("router", "gw-lte", "edge-04"), c)
		}, events: []event{
			{300, "<info>  [modem{x7mmidx}] state changed ({x7mmfrom} -> {x7mmto})"},
			{200, "<info>  [modem{x7mmidx}] 3GPP registration state changed ({x7mmregfrom} -> {x7mmregto})"},
			{140, "<info>  [modem{x7mmidx}] simple connect state ({x7mmstep}/{pick:10}): {x7mmstepname}"},
			{50, "<info>  [modem{x7mmidx}] simple connect started..."},
			{190, "<info>  [modem{x7mmidx}] signal quality updated ({pick:0|15|22|31|45|50|58|64|75|80|100})"},
			{90, "<info>  [modem{x7mmidx}] access technology changed ({x7mmtech} -> {x7mmtech})"},
			{50, "<info>  [modem{x7mmidx}/bearer{small}] connection #{small} finished: duration {int}s, tx: {big} bytes, rx: {big} bytes"},
			{30, "<info>  [modem{x7mmidx}] power state updated: {pick:on|low|off}"},
			{20, "<warn>  [modem{x7mmidx}] couldn't load operator code: {x7mmerr}"},
			{12, "<warn>  [modem{x7mmidx}] couldn't connect bearer: {x7mmerr}"},
			{12, "<info>  [device {x7mmdev}] creating modem with plugin '{pick:generic|quectel|sierra|telit|fibocom}' and '{pick:2|3|4|5}' ports"},
			{12, "<info>  [base-manager] couldn't check support for device '{x7mmdev}': not supported by any plugin"},
			{8, "<info>  [modem{x7mmidx}] modem enabled"},
			{3, "<info>  ModemManager (version {pick:1.20.4|1.20.6|1.22.0}) starting in system bus..."},
		}},
		// Snort 2.9's fast alerts (alert_fast: "%s  [**] [%lu:%lu:%lu]
		// %s [**] [Classification: %s] [Priority: %d] {%s} %s:%d -> %s:%d",
		// time with microseconds, generator, signature and revision, the
		// rule's msg, its classtype's text and priority, the packet's
		// protocol and endpoints, ICMP without ports): Emerging Threats
		// and GPL rules that fire on ordinary networks, the ICMP rules and
		// the stream and http_inspect preprocessors' own alerts (Snort's
		// manual "Output Modules: alert_fast", classification.config,
		// the rules' msg options). A rule's msg, classification and
		// signature are its own (constant per template); the protocol
		// and endpoints come from the packet.
		{name: "Snort", format: `<Date>-<Time>  \[\*\*\] <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("12/%02d-%02d:%02d:%02d.%06d  [**] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), c)
		}, events: []event{
			{170, "[1:2402000:6738] ET DROP Dshield Block Listed Source [**] [Classification: Misc Attack] [Priority: 2] {{pick:TCP|TCP|UDP}} {ip}:{port} -> {x7snhome}:{x7snport}"},
			{150, "[1:2001219:20] ET SCAN Potential SSH Scan [**] [Classification: Attempted Information Leak] [Priority: 2] {{pick:TCP}} {ip}:{port} -> {x7snhome}:{pick:22}"},
			{130, "[1:384:8] PROTOCOL-ICMP PING [**] [Classification: Misc activity] [Priority: 3] {{pick:ICMP}} {ip} -> {x7snhome}"},
			{80, "[1:408:8] PROTOCOL-ICMP Echo Reply [**] [Classification: Misc activity] [Priority: 3] {{pick:ICMP}} {x7snhome} -> {ip}"},
			{110, "[129:12:2] Consecutive TCP small segments exceeding threshold [**] [Classification: Potentially Bad Traffic] [Priority: 2] {{pick:TCP}} {ip}:{port} -> {x7snhome}:{x7snport}"},
			{90, "[120:3:2] (http_inspect) NO CONTENT-LENGTH OR TRANSFER_ENCODING IN HTTP RESPONSE [**] [Classification: Unknown Traffic] [Priority: 3] {{pick:TCP}} {ip}:{pick:80|8080} -> {x7snhome}:{port}"},
			{70, "[1:2013504:6] ET POLICY GNU/Linux APT User-Agent Outbound likely related to package management [**] [Classification: Not Suspicious Traffic] [Priority: 3] {{pick:TCP}} {x7snhome}:{port} -> {ip}:{pick:80}"},
			{60, "[1:2013028:7] ET POLICY curl User-Agent Outbound [**] [Classification: Attempted Information Leak] [Priority: 2] {{pick:TCP}} {x7snhome}:{port} -> {ip}:{pick:80|8080}"},
			{40, "[1:2010935:3] ET SCAN Suspicious inbound to MSSQL port 1433 [**] [Classification: Potentially Bad Traffic] [Priority: 2] {{pick:TCP}} {ip}:{port} -> {x7snhome}:{pick:1433}"},
			{40, "[1:2010937:3] ET SCAN Suspicious inbound to mySQL port 3306 [**] [Classification: Potentially Bad Traffic] [Priority: 2] {{pick:TCP}} {ip}:{port} -> {x7snhome}:{pick:3306}"},
			{35, "[1:2008578:9] ET SCAN Sipvicious Scan [**] [Classification: Attempted Information Leak] [Priority: 2] {{pick:UDP}} {ip}:{port} -> {x7snhome}:{pick:5060}"},
			{30, "[119:31:1] (http_inspect) UNKNOWN METHOD [**] [Classification: Unknown Traffic] [Priority: 3] {{pick:TCP}} {ip}:{port} -> {x7snhome}:{pick:80}"},
			{25, "[1:2100498:7] GPL ATTACK_RESPONSE id check returned root [**] [Classification: Potentially Bad Traffic] [Priority: 2] {{pick:TCP}} {ip}:{pick:80} -> {x7snhome}:{port}"},
			{20, "[1:2027390:3] ET USER_AGENTS Microsoft Device Metadata Retrieval Client User-Agent [**] [Classification: Unknown Traffic] [Priority: 3] {{pick:TCP}} {x7snhome}:{port} -> {ip}:{pick:80}"},
			{15, "[1:2200003:2] SURICATA IPv4 truncated packet [**] [Classification: Generic Protocol Command Decode] [Priority: 3] {{pick:TCP|UDP}} {ip}:{port} -> {x7snhome}:{port}"},
			{10, "[1:2024897:2] ET USER_AGENTS Go HTTP Client User-Agent [**] [Classification: Misc activity] [Priority: 3] {{pick:TCP}} {ip}:{port} -> {x7snhome}:{pick:80|443}"},
		}},
		// HashiCorp Vault 1.15's file audit device (one JSON object a
		// line: time, type, auth, request, then response on a response
		// entry, and error; strings HMAC'd as "hmac-sha256:%x"): reads,
		// writes and lists of KV secrets, AppRole logins (whose request
		// has no token yet), token renewals and lookups, permission
		// denials (entries quoted in vault issues #2741, #1764 and PR
		// #2754 and elastic/integrations PR #4036; vault audit/
		// format.go, sdk/logical). The policies and token policies are
		// each one list value.
		{name: "VaultAudit", format: `<Content>`, header: bare, events: []event{
			{300, `{"time":"{x7vtime}","type":"{pick:request}",` + vaultAuth + `,` + vaultReq("{pick:read|read|read|list}", ``) + `}`},
			{300, `{"time":"{x7vtime}","type":"{pick:response}",` + vaultAuth + `,` + vaultReq("{pick:read|read|read|list}", ``) + `,"response":{"mount_point":"{x7vmount}","mount_type":"{x7vmtype}","mount_accessor":"{x7vmacc}","mount_running_plugin_version":"{x7vmver}","mount_class":"{x7vmclass}","data":{"data":{x7vdata},"metadata":{"created_time":"{x7vhmac}","custom_metadata":null,"deletion_time":"{x7vhmac}","destroyed":"{x7vhmac}","version":"{x7vhmac}"}}}}`},
			{110, `{"time":"{x7vtime}","type":"{pick:request}",` + vaultAuth + `,` + vaultReq("{pick:create|update}", ``) + `}`},
			{110, `{"time":"{x7vtime}","type":"{pick:response}",` + vaultAuth + `,` + vaultReq("{pick:create|update}", ``) + `,"response":{"mount_point":"{x7vmount}","mount_type":"{x7vmtype}","mount_accessor":"{x7vmacc}","mount_running_plugin_version":"{x7vmver}","mount_class":"{x7vmclass}","data":{"created_time":"{x7vhmac}","custom_metadata":null,"deletion_time":"{x7vhmac}","destroyed":"{x7vhmac}","version":"{x7vhmac}"}}}`},
			{80, `{"time":"{x7vtime}","type":"{pick:request}","auth":{"token_type":"{pick:default}"},"request":{"id":"{uuid}","operation":"{pick:update}","mount_point":"{pick:auth/approle/}","mount_type":"{pick:approle}","mount_accessor":"{x7vmacc}","mount_running_version":"{x7vmver}","mount_class":"{pick:auth}","namespace":{"id":"{pick:root}"},"path":"{pick:auth/approle/login}","data":{"role_id":"{x7vhmac}","secret_id":"{x7vhmac}"},"remote_address":"{ip}","remote_port":{port}}}`},
			{80, `{"time":"{x7vtime}","type":"{pick:response}",` + vaultAuth + `,"request":{"id":"{uuid}","operation":"{pick:update}","mount_point":"{pick:auth/approle/}","mount_type":"{pick:approle}","mount_accessor":"{x7vmacc}","mount_running_version":"{x7vmver}","mount_class":"{pick:auth}","namespace":{"id":"{pick:root}"},"path":"{pick:auth/approle/login}","data":{"role_id":"{x7vhmac}","secret_id":"{x7vhmac}"},"remote_address":"{ip}","remote_port":{port}},"response":{"auth":{"client_token":"{x7vhmac}","accessor":"{x7vhmac}","display_name":"{x7vdisplay}","policies":[{x7vpols}],"token_policies":[{x7vpols}],"metadata":{"role_name":"{x7vrole}"},"entity_id":"{uuid}","token_type":"{pick:service}","token_ttl":{pick:3600|86400}},"mount_type":"{pick:approle}","mount_accessor":"{x7vmacc}","mount_running_plugin_version":"{x7vmver}","mount_class":"{pick:auth}"}}`},
			{60, `{"time":"{x7vtime}","type":"{pick:request}",` + vaultAuth + `,"request":{"id":"{uuid}","operation":"{pick:update|read}","mount_point":"{pick:auth/token/}","mount_type":"{pick:token}","mount_accessor":"{x7vmacc}","mount_running_version":"{x7vmver}","mount_class":"{pick:auth}","client_token":"{x7vhmac}","client_token_accessor":"{x7vhmac}","namespace":{"id":"{pick:root}"},"path":"auth/token/{pick:renew-self|lookup-self}","remote_address":"{ip}","remote_port":{port}}}`},
			{50, `{"time":"{x7vtime}","type":"{pick:response}",` + vaultAuth + `,"request":{"id":"{uuid}","operation":"{pick:read}","mount_point":"{pick:database/}","mount_type":"{pick:database}","mount_accessor":"{x7vmacc}","mount_running_version":"{x7vmver}","mount_class":"{pick:secret}","client_token":"{x7vhmac}","client_token_accessor":"{x7vhmac}","namespace":{"id":"{pick:root}"},"path":"{x7vdbpath}","remote_address":"{ip}","remote_port":{port}},"response":{"mount_point":"{pick:database/}","mount_type":"{pick:database}","mount_accessor":"{x7vmacc}","mount_running_plugin_version":"{x7vmver}","mount_class":"{pick:secret}","secret":{"lease_id":"{x7vlease}"},"data":{"password":"{x7vhmac}","username":"{x7vhmac}"}}}`},
			{45, `{"time":"{x7vtime}","type":"{pick:response}",` + vaultAuth + `,` + vaultReq("{pick:read|update|list|delete}", ``) + `,"response":{"mount_point":"{x7vmount}","mount_type":"{x7vmtype}","mount_accessor":"{x7vmacc}","mount_running_plugin_version":"{x7vmver}","mount_class":"{x7vmclass}","data":{"error":"{x7vhmac}"}},"error":"{x7verr}"}`},
			{15, `{"time":"{x7vtime}","type":"{pick:request}","auth":{"token_type":"{pick:default}"},"request":{"id":"{uuid}","operation":"{pick:read|update}","namespace":{"id":"{pick:root}"},"path":"{x7vpath}","remote_address":"{ip}","remote_port":{port}},"error":"{pick:permission denied|invalid token}"}`},
		}},
		// An ASP.NET Core 8 service with the simple console formatter on
		// one line ("%s %s: %s[%d] %s": the TimestampFormat "yyyy-MM-dd
		// HH:mm:ss ", the level's four letters, category and event id,
		// the message): hosting's "Request starting {Protocol} {Method}
		// {Scheme}://{Host}{PathBase}{Path}{QueryString} - {ContentType}
		// {ContentLength}" and "Request finished ... - {StatusCode}
		// {ContentLength} {ContentType} {ElapsedMilliseconds}ms", routing's
		// "Executing endpoint '{EndpointName}'", MVC's "Route matched
		// with {RouteData}. Executing controller action with signature
		// {MethodInfo} on controller {Controller} ({AssemblyName})." and
		// "Executed action {ActionName} in {ElapsedMilliseconds}ms", the
		// object result executor, EF Core's "Executed DbCommand
		// ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}',
		// CommandTimeout='{commandTimeout}']{newLine}{commandText}" (the
		// statement after it on the same line), authentication
		// challenges, Kestrel's unhandled exceptions, data protection's
		// key warning and the lifetime lines (aspnetcore
		// src/Hosting/Hosting/src/Internal/HostingRequestStartingLog.cs,
		// src/Mvc/Mvc.Core/src/MvcCoreLoggerExtensions.cs,
		// efcore CoreStrings/RelationalStrings LogRelationalLoggerExecutedCommand).
		{name: "AspNetCore", format: `<Date> <Time> <Level>: <Category>\[<EventId>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Request starting", "info", "Microsoft.AspNetCore.Hosting.Diagnostics", "1"},
				{"^Request finished", "info", "Microsoft.AspNetCore.Hosting.Diagnostics", "2"},
				{"^Executing endpoint", "info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", "0"},
				{"^Executed endpoint", "info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", "1"},
				{"^Route matched", "info", "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", "102"},
				{"^Executed action", "info", "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", "105"},
				{"writing value of type", "info", "Microsoft.AspNetCore.Mvc.Infrastructure.ObjectResultExecutor", "1"},
				{"^Executed DbCommand", "info", "Microsoft.EntityFrameworkCore.Database.Command", "20101"},
				{"was challenged", "info", "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", "12"},
				{"was forbidden", "info", "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", "13"},
				{"was not authenticated", "info", "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", "7"},
				{"unhandled exception", "fail", "Microsoft.AspNetCore.Server.Kestrel", "13"},
				{"No XML encryptor", "warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", "35"},
				{"https port", "warn", "Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware", "3"},
				{"^Now listening", "info", "Microsoft.Hosting.Lifetime", "14"},
			}, "info", "Microsoft.Hosting.Lifetime", "0")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d %s: %s[%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], f[1], f[2], c)
		}, events: []event{
			{300, "Request starting {pick:HTTP/1.1|HTTP/1.1|HTTP/2} {method} {pick:http|https}://{x7ahost}{x7apath}{x7aqs} - {x7actype} {x7alen}"},
			{300, "Request finished {pick:HTTP/1.1|HTTP/1.1|HTTP/2} {method} {pick:http|https}://{x7ahost}{x7apath}{x7aqs} - {status} {x7alen} {x7actype} {x7aelapsed}ms"},
			{150, "Executing endpoint '{x7aendpoint}'"},
			{150, "Executed endpoint '{x7aendpoint}'"},
			{100, `Route matched with {x7aroute}. Executing controller action with signature {x7asig} on controller {x7actrlclass} ({pick:Shop.Api|Shop.Orders}).`},
			{100, "Executed action {x7aactionname} in {x7aelapsed}ms"},
			{90, "Executing {pick:OkObjectResult|OkObjectResult|ObjectResult|NotFoundObjectResult|CreatedAtActionResult}, writing value of type '{x7atype}'."},
			{160, "Executed DbCommand ({int}ms) [Parameters=[{x7aparams}], CommandType='{pick:Text}', CommandTimeout='{pick:30}'] {x7asql}"},
			{50, "AuthenticationScheme: {pick:Bearer} was challenged."},
			{20, "AuthenticationScheme: {pick:Bearer} was forbidden."},
			{40, "{pick:Bearer} was not authenticated. Failure message: {x7afail}"},
			{15, `Connection id "{x7akconn}", Request id "{x7akreq}": An unhandled exception was thrown by the application.`},
			{4, "No XML encryptor configured. Key {{uuid}} may be persisted to storage in unencrypted form."},
			{6, "Failed to determine the https port for redirect."},
			{4, "Now listening on: {pick:http://[::]:8080|http://0.0.0.0:5000|https://localhost:7001}"},
			{3, "Application started. Press Ctrl+C to shut down."},
			{3, "Hosting environment: {pick:Production|Staging|Development}"},
			{3, "Content root path: {pick:/app|/app/|/srv/shop}"},
			{2, "Application is shutting down..."},
		}},
		// HTCondor 23's schedd log (SchedLog: "%m/%d/%y %H:%M:%S " then the
		// message, dprintf's D_PID "(pid:%d) " off): add_shadow_birthdate,
		// "Started shadow for job %d.%d on %s, (shadow pid = %d)", the
		// shadow's exits ("Shadow pid %d for job %d.%d exited with status
		// %d", "... reports job exit reason %d.", the condor_shadow exit
		// codes of the manual's table), the claim requests and releases,
		// match records, negotiation ("Negotiating for owner: %s",
		// "Finished negotiating for %s in local pool: %d matched, %d
		// rejected"), the transfer queue's stats and removals
		// (HTCondor manual "condor_shadow Exit Codes"; src/condor_schedd.V6
		// schedd.cpp, schedd_negotiate.cpp, transfer_queue.cpp).
		{name: "HTCondor", format: `<Date> <Time> <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("12/%02d/26 %02d:%02d:%02d %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), c)
		}, events: []event{
			{180, "Starting add_shadow_birthdate({x7cjob})"},
			{180, "Started shadow for job {x7cjob} on {x7cslot} {x7csinful} for {x7cowner}, (shadow pid = {pid})"},
			{170, "Shadow pid {pid} for job {x7cjob} exited with status {pick:100|100|100|100|102|107|108|112|115}"},
			{50, "Shadow pid {pid} for job {x7cjob} reports job exit reason {pick:100|102}."},
			{110, "Completed REQUEST_CLAIM to startd {x7cslot} {x7csinful} for {x7cowner}"},
			{110, "Completed RELEASE_CLAIM to startd {x7cslot} {x7csinful} for {x7cowner}"},
			{90, "Match record ({x7cslot} {x7csinful} for {x7cowner}, {x7cjob}) deleted"},
			{70, "Activity on stashed negotiator socket: <{ip}:{port}>"},
			{70, "Using negotiation protocol: NEGOTIATE"},
			{70, "Negotiating for owner: {x7cowner}"},
			{70, "Finished negotiating for {x7cowner} in local pool: {small} matched, {small} rejected"},
			{60, "TransferQueueManager stats: active up={small}/{pick:100|10} down={small}/{pick:100|10}; waiting up={small} down={small}; wait time up={small}s down={small}s"},
			{40, "Number of Active Workers {small}"},
			{25, "abort_job_myself: {x7cjob} action:{pick:Remove|Hold|Vacate} log_hold:{pick:true|false}"},
			{15, "Job {x7cjob} is being removed: {pick:via condor_rm (by user condor)|Job removed by SYSTEM_PERIODIC_REMOVE due to job hold time exceeding 7 days}"},
			{5, "Cleaning job queue..."},
			{5, "Bringing job queue to steady state..."},
		}},
	}
}

// holdout7 slots: values of the seventh held-out families.
func (g *gen) holdout7(kind string) (string, bool) {
	r := g.r
	switch kind {
	// MariaDB
	case "x7mconn": // the connection id, the header's thread too (h7[0])
		g.h7[0] = strconv.Itoa(8 + r.IntN(900000))
		return g.h7[0], true
	case "x7mdb":
		return g.pick("unconnected", "unconnected", "shop", "wordpress", "nextcloud", "zabbix", "orders"), true
	case "x7muser":
		return g.pick("unauthenticated", "shop", "wp_user", "nextcloud", "zabbix", "root", "repl", "backup", "monitor"), true
	case "x7mhost":
		return g.pick(g.value("ip"), "localhost", "127.0.0.1", "app-"+strconv.Itoa(1+r.IntN(6))+".internal", "172.18.0."+strconv.Itoa(2+r.IntN(20))), true
	case "x7mabort":
		return g.pick("Got an error reading communication packets", "Got an error reading communication packets", "Got timeout reading communication packets",
			"This connection closed normally without authentication", "Got an error writing communication packets", "This connection closed normally"), true
	case "x7mts":
		return fmt.Sprintf("2612%02d %2d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x7mtablepath":
		return "./" + g.pick("shop", "wordpress", "zabbix") + "/" + g.pick("wp_options", "sessions", "history_uint", "orders", "cache_items"), true
	case "x7mbinlog":
		return fmt.Sprintf("%s.%06d", g.pick("mysql-bin", "mariadb-bin"), 1+r.IntN(900)), true
	case "x7mrelay":
		return fmt.Sprintf("./%s.%06d", g.pick("relay-bin", "mysqld-relay-bin"), 1+r.IntN(90)), true
	case "x7mgtid":
		return fmt.Sprintf("0-%d-%d", 1+r.IntN(3), r.IntN(9000000)), true
	case "x7mver":
		return g.pick("10.11.6-MariaDB-0+deb12u1", "10.11.8-MariaDB-ubu2204", "11.4.2-MariaDB-log", "10.6.18-MariaDB-0ubuntu0.22.04.1"), true

	// Pulsar
	case "x7ptopic":
		t := fmt.Sprintf("persistent://%s/%s", g.pick("public/default", "acme/orders", "acme/telemetry", "public/functions"),
			g.pick("orders", "payments", "clicks", "sensor-readings", "coordinate", "audit-events"))
		if r.IntN(2) == 0 {
			t += "-partition-" + strconv.Itoa(r.IntN(16))
		}
		return t, true
	case "x7psub":
		return g.pick("orders-processor", "billing", "sub-"+g.alnum(5), "reader-"+g.hexN(10), "flink-pulsar-"+g.value("uuid"), "audit-sink"), true
	case "x7pprod":
		return g.pick("standalone", "pulsar-prod-broker") + "-" + strconv.Itoa(r.IntN(4)) + "-" + strconv.Itoa(r.IntN(9000)), true
	case "x7pcons":
		return g.alnum(5), true
	case "x7pml":
		return g.pick("public/default", "acme/orders", "acme/telemetry") + "/" + g.pick("persistent", "persistent") + "/" + g.pick("orders", "payments", "clicks", "sensor-readings") + g.pick("", "-partition-"+strconv.Itoa(r.IntN(16))), true
	case "x7pexc":
		return g.pick("io.netty.channel.unix.Errors$NativeIoException: recvAddress(..) failed: Connection reset by peer",
			"io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: error:10000416:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_UNKNOWN",
			"java.io.IOException: Connection reset by peer", "io.netty.channel.StacklessClosedChannelException"), true

	// Logstash
	case "x7lindex":
		return g.pick("logs-", "filebeat-8.11.3-", "nginx-", "app-") + fmt.Sprintf("2026.12.%02d", 1+r.IntN(28)), true
	case "x7lstatus": // the bulk item's status, written again in its response (x7lstatus2)
		g.h7[0] = g.pick("400", "400", "400", "404", "409")
		return g.h7[0], true
	case "x7lstatus2":
		return g.h7[0], true
	case "x7lidopt": // the event's document id, nil when the output sets none
		return g.pick("nil", "nil", `"`+g.b64url(20)+`"`), true
	case "x7lid":
		return g.b64url(20), true
	case "x7levent":
		return fmt.Sprintf("{\"@timestamp\"=>2026-12-%02dT%02d:%02d:%02d.%03dZ, \"message\"=>\"%s\", \"host\"=>{\"name\"=>\"%s\"}, \"@version\"=>\"1\"}",
			1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000), g.pick("GET /healthz 200", "user login ok", "connection closed", "disk usage 81%"), g.pick("web-1", "web-2", "api-7")), true
	case "x7lerrtype":
		return g.pick("mapper_parsing_exception", "mapper_parsing_exception", "document_parsing_exception", "illegal_argument_exception", "version_conflict_engine_exception"), true
	case "x7lerrreason":
		return g.pick("failed to parse field [status] of type [long] in document with id '"+g.b64url(20)+"'. Preview of field's value: 'OK'",
			"object mapping for [host] tried to parse field [host] as object, but found a concrete value",
			"Limit of total fields [1000] has been exceeded while adding new fields [3]",
			"["+g.b64url(20)+"]: version conflict, document already exists (current version [1])"), true
	case "x7lesurl":
		return g.pick("http://elasticsearch:9200/", "https://es01:9200/", "https://"+g.value("ip")+":9200/"), true
	case "x7lexc":
		return g.pick("Manticore::SocketException", "Manticore::ConnectTimeout", "Manticore::ClientProtocolException", "Manticore::SocketTimeout"), true
	case "x7lexcmsg":
		return g.pick("Connection refused (Connection refused)", "Connect to es01:9200 [es01/"+g.value("ip")+"] failed: connect timed out", "Read timed out", "elasticsearch:9200 failed to respond"), true
	case "x7lraw":
		return g.pick(`{\"level\":\"info\",\"msg\":\"started\"`, `time=2026-12-03 level=info`, `GET /index.html HTTP/1.1`, `<134>1 2026-12-03T10:00:00Z web-1 app - - started`, ""), true
	case "x7ljsonerr":
		return g.pick("Unexpected end-of-input: expected close marker for Object (start marker at [Source: (byte[])\"{\"level\":\"info\"\"; line: 1, column: 1])",
			"Unrecognized token 'time': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
			"Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"), true
	case "x7ldate":
		return g.pick(fmt.Sprintf("%02d/Dec/2026:%02d:%02d:%02d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), "-", "", fmt.Sprintf("2026-12-%02d %02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60))), true
	case "x7ldateerr":
		return g.pick(`Invalid format: \"-\"`, `Cannot parse \"\": Value 0 for monthOfYear must be in the range [1,12]`, `Invalid format: \"2026-12-03 10:00\" is too short`), true
	case "x7lgrok":
		return g.pick("%{COMBINEDAPACHELOG}", "%{SYSLOGLINE}", "%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} %{GREEDYDATA:msg}", "%{HTTPD_COMMONLOG}"), true
	case "x7lpipe":
		return g.pick("main", "main", "beats-ingest", "syslog", ".monitoring-logstash"), true
	case "x7lconf":
		return g.pick("/usr/share/logstash/pipeline/logstash.conf", "/etc/logstash/conf.d/beats.conf", "/etc/logstash/conf.d/syslog.conf"), true
	case "x7lthread": // a Ruby Thread's inspect
		return "#<Thread:0x" + g.hexN(8) + " " + g.pick("run", "run", "sleep") + ">", true
	case "x7lcause": // an exception's inspect
		return "#<" + g.value("x7lexc") + ": " + g.value("x7lexcmsg") + ">", true
	case "x7ljsonexc":
		return "#<LogStash::Json::ParserError: " + g.value("x7ljsonerr") + ">", true
	case "x7lgrokval": // the field's value, grok's note when it is long
		if r.IntN(2) == 0 {
			return g.value("x7lraw"), true
		}
		return fmt.Sprintf("Value too large to output (%d bytes)! First 255 chars are: %s", 300+r.IntN(9000), g.value("x7lraw")), true
	case "x7lsecs":
		return strconv.FormatFloat(0.1+r.Float64()*3, 'f', 2, 64), true
	case "x7lsincedb":
		return "/usr/share/logstash/data/plugins/inputs/file/.sincedb_" + g.hexN(32), true
	case "x7lglob":
		return g.pick("/var/log/nginx/*.log", "/var/log/app/app.log", "/data/import/*.csv"), true
	case "x7lpipes":
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			s[i] = ":" + g.pick("main", "beats-ingest", "syslog", ".monitoring-logstash")
		}
		return strings.Join(s, ", "), true
	case "x7ljruby":
		return g.pick("jruby 9.4.5.0 (3.1.4) 2023-11-02 1abae2700f OpenJDK 64-Bit Server VM 17.0.9+9 on 17.0.9+9 +indy +jit [x86_64-linux]",
			"jruby 9.4.7.0 (3.1.4) 2024-04-29 597ff08ac1 OpenJDK 64-Bit Server VM 21.0.3+9-LTS on 21.0.3+9-LTS +indy +jit [x86_64-linux]"), true

	// dhcpd
	case "x7dhname":
		return g.pick("android-"+g.hexN(16), "iPhone", "DESKTOP-"+strings.ToUpper(g.alnum(7)), "raspberrypi", "printer-hp", "laptop-"+g.pick(users...), "ESP_"+strings.ToUpper(g.hexN(6))), true
	case "x7diface":
		return g.pick("eth0", "eth1", "eth1", "br0", "vlan20", "ens192"), true
	case "x7dip":
		return fmt.Sprintf("%s.%d", g.pick("192.168.1", "192.168.20", "10.20.0", "10.20.1"), 2+r.IntN(250)), true
	case "x7dsrv":
		return g.pick("192.168.1.1", "10.20.0.1", "10.20.0.2"), true
	case "x7dnet":
		return g.pick("192.168.1.0/24", "192.168.20.0/24", "10.20.0.0/23"), true
	case "x7dfqdn":
		return g.pick("android-"+g.hexN(8), "raspberrypi", "laptop-"+g.pick(users...), "printer-hp") + "." + g.pick("lan.example.com", "office.example.org"), true
	case "x7drev":
		return fmt.Sprintf("%d.%d.168.192.in-addr.arpa", 2+r.IntN(250), g.pickInt(1, 20)), true

	// strongSwan
	case "x7sep":
		return g.value("ip") + "[" + g.pick("500", "4500", "4500") + "]", true
	case "x7sexch":
		return g.pick("INFORMATIONAL", "INFORMATIONAL", "INFORMATIONAL", "IKE_SA_INIT", "IKE_AUTH", "CREATE_CHILD_SA"), true
	case "x7spayloads": // the payloads of a message, each followed by a space, maybe none
		all := []string{"SA", "KE", "No", "N(NATD_S_IP)", "N(NATD_D_IP)", "N(FRAG_SUP)", "IDi", "IDr", "AUTH", "TSi", "TSr", "N(AUTH_LFT)", "N(MOBIKE_SUP)", "D", "CPRP(ADDR)", "EF(1/2)"}
		n := r.IntN(6)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(all[r.IntN(len(all))] + " ")
		}
		return b.String(), true
	case "x7sid":
		return g.pick("moon.strongswan.org", "carol@strongswan.org", "vpn.example.com", "C=CH, O=strongSwan, CN="+g.pick("carol", "dave")+"@strongswan.org", "%any", g.value("ip")), true
	case "x7sconn":
		return g.pick("home", "site-to-site", "rw", "ikev2-pubkey", "office-net", "roadwarrior"), true
	case "x7sprop":
		return g.pick("IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048", "IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384",
			"ESP:AES_GCM_16_128/NO_EXT_SEQ", "ESP:AES_CBC_128/HMAC_SHA1_96/NO_EXT_SEQ"), true
	case "x7sts":
		return g.pick("10.1.0.0/16", "10.3.0.1/32", "0.0.0.0/0", "192.168.100.0/24", "10.10.10."+strconv.Itoa(1+r.IntN(200))+"/32", "::/0"), true
	case "x7svip":
		return "10.10.10." + strconv.Itoa(1+r.IntN(200)), true

	// Nomad
	case "x7ntask":
		return g.pick("web", "api", "worker", "redis", "connect-proxy-api", "envoy", "migrate", "nginx"), true
	case "x7ntype": // a task event's type; its message follows it (x7nmsg)
		types := []string{"Received", "Task Setup", "Started", "Terminated", "Restarting", "Killing", "Killed", "Driver", "Started", "Received"}
		g.h7[1] = types[r.IntN(len(types))]
		if strings.Contains(g.h7[1], " ") {
			return `"` + g.h7[1] + `"`, true
		}
		return g.h7[1], true
	case "x7nmsg": // hclog quotes a value holding a space or a quote
		var m string
		switch g.h7[1] {
		case "Received":
			m = "Task received by client"
		case "Task Setup":
			m = "Building Task Directory"
		case "Started":
			m = "Task started by client"
		case "Terminated":
			m = g.pick("Exit Code: 0", "Exit Code: 1", `Exit Code: 137, Exit Message: "OOM Killed"`, "Exit Code: 2, Signal: 9")
		case "Restarting":
			m = fmt.Sprintf("Task restarting in %s", g.pick("15.8s", "17.26s", "16.38s", "5s"))
		case "Killing":
			m = fmt.Sprintf("Sent interrupt. Waiting %s before force killing", g.pick("5s", "30s", "10s"))
		case "Killed":
			m = "Task successfully killed"
		default:
			m = g.pick("Downloading image", "Image pull progress: Pulled 3/5 (38.4 MiB/112 MiB) layers: 0 waiting/2 pulling", "Container created")
		}
		return `"` + strings.ReplaceAll(m, `"`, `\"`) + `"`, true
	case "x7npath":
		return g.pick("/v1/jobs", "/v1/jobs?index="+strconv.Itoa(r.IntN(900000)), "/v1/allocations?prefix="+g.hexN(8), "/v1/agent/health?type=client",
			"/v1/job/"+g.pick("web", "api", "batch-report")+"/allocations", "/v1/node/"+g.value("uuid")+"/allocations?index="+strconv.Itoa(r.IntN(900000)), "/v1/metrics?format=prometheus", "/v1/status/leader"), true
	case "x7njob":
		return g.pick("web", "api", "worker", "batch-report", "batch-report/periodic-"+strconv.Itoa(1764800000+r.IntN(99999)), "traefik", "redis-cache"), true
	case "x7nnode":
		return g.pick(`""`, `""`, g.value("uuid")), true
	case "x7ntrig":
		return g.pick("job-register", "job-register", "node-update", "alloc-stop", "deployment-watcher", "periodic-job", "node-drain", "alloc-failure"), true
	case "x7nfifo":
		return fmt.Sprintf("/opt/nomad/data/alloc/%s/alloc/logs/.%s.%s.fifo", g.value("uuid"), g.value("x7ntask"), g.pick("stdout", "stderr")), true
	case "x7nts":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "x7nctr":
		return g.hexN(64), true
	case "x7nrestart":
		return g.pick("Restart within policy", "Restart within policy", `Restart unsuccessful: exceeded allowed attempts 2 in interval 30m0s and mode is \"fail\"`), true
	case "x7ngc":
		return g.pick("forced collection", "new allocations and over max ("+strconv.Itoa(50)+")", "number of allocations ("+strconv.Itoa(51+r.IntN(20))+") is over the limit (50)", "disk usage of "+strconv.Itoa(80+r.IntN(19))+" is over gc threshold of 80"), true
	case "x7ntpl":
		return fmt.Sprintf("/opt/nomad/data/alloc/%s/%s/%s", g.value("uuid"), g.value("x7ntask"), g.pick("local/config.yml", "secrets/env.txt", "local/nginx.conf")), true

	// ZED
	case "x7zlet":
		return g.pick("all-syslog.sh", "all-syslog.sh", "all-syslog.sh", "history_event-zfs-list-cacher.sh", "scrub_finish-notify.sh",
			"statechange-notify.sh", "resilver_finish-notify.sh", "data-notify.sh", "pool_import-led.sh"), true
	case "x7zclass":
		return g.pick("history_event", "history_event", "config_sync", "config_cache_write", "pool_import", "vdev_add", "scrub_start", "scrub_finish", "trim_start", "trim_finish"), true
	case "x7zpool":
		return g.pick("tank", "tank", "rpool", "bpool", "backup", "data"), true
	case "x7zvdev":
		return g.pick("ata-WDC_WD40EFRX-68N32N0_WD-WCC7K"+strings.ToUpper(g.alnum(7))+"-part1", "sda1", "sdb", "nvme0n1p3", "wwn-0x5000c500"+g.hexN(8), "scsi-35000c500"+g.hexN(8)+"-part1"), true
	case "x7zsize":
		return strconv.Itoa(512 << r.IntN(9)), true
	case "x7zdisk":
		return g.pick("/dev/disk/by-id/ata-ST4000VN008-2DR166_ZDH"+strings.ToUpper(g.alnum(5))+"-part1", "/dev/sdc1", "/dev/disk/by-vdev/A"+strconv.Itoa(1+r.IntN(12))), true
	case "x7zdevid":
		return g.pick("ata-ST4000VN008-2DR166_ZDH", "ata-WDC_WD40EFRX-68N32N0_WD-WCC7K") + strings.ToUpper(g.alnum(5)) + "-part1", true

	// Django
	case "x7djpath":
		return g.pick("/", "/admin/", "/admin/login/?next=/admin/", "/api/orders/"+strconv.Itoa(r.IntN(90000))+"/", "/static/css/site."+g.hexN(12)+".css",
			"/favicon.ico", "/accounts/login/", "/api/products/?page="+strconv.Itoa(1+r.IntN(40)), "/wp-login.php", "/.env", "/media/uploads/"+g.alnum(8)+".jpg"), true
	case "x7djstatus":
		return g.pick("200", "200", "200", "200", "302", "301", "304", "404", "403", "500", "400"), true
	case "x7djsec":
		return strconv.FormatFloat(r.Float64()*r.Float64()*0.4, 'f', 3, 64), true
	case "x7djsql":
		t := g.pick("shop_order", "shop_product", "auth_user", "django_session", "shop_orderitem")
		g.h7[1] = g.pick(`SELECT "`+t+`"."id", "`+t+`"."created_at" FROM "`+t+`" WHERE "`+t+`"."id" = %s LIMIT 21`,
			`SELECT COUNT(*) AS "__count" FROM "`+t+`"`,
			`UPDATE "django_session" SET "session_data" = %s, "expire_date" = %s WHERE "django_session"."session_key" = %s`,
			`INSERT INTO "`+t+`" ("created_at", "status", "user_id") VALUES (%s, %s, %s) RETURNING "`+t+`"."id"`,
			`SELECT "django_session"."session_key", "django_session"."session_data", "django_session"."expire_date" FROM "django_session" WHERE ("django_session"."expire_date" > %s AND "django_session"."session_key" = %s) LIMIT 21`,
			`BEGIN`, `COMMIT`)
		return g.h7[1], true
	case "x7djargs": // the statement's parameters; a transaction statement has none
		if g.h7[1] == "BEGIN" || g.h7[1] == "COMMIT" {
			return "None", true
		}
		return g.pick("()", "("+strconv.Itoa(r.IntN(90000))+",)", "('"+g.alnum(32)+"',)", "(datetime.datetime(2026, 12, "+strconv.Itoa(1+r.IntN(28))+", 10, 0, tzinfo=datetime.timezone.utc), '"+g.alnum(32)+"')", "None"), true
	case "x7djcsrf":
		return g.pick("CSRF cookie not set.", "CSRF cookie not set.", "CSRF token missing.", "CSRF token from POST incorrect.",
			"Origin checking failed - https://"+g.pick("evil.example.net", "shop.example.com:8443")+" does not match any trusted origins.", "Referer checking failed - no Referer."), true
	case "x7djhost": // the Host header DisallowedHost quotes; the name it suggests follows (x7djhostbare)
		g.h7[2] = g.pick(g.value("ip"), "localhost", "scanner.example.net", "0.0.0.0", "shop-staging.internal")
		if r.IntN(2) == 0 {
			return g.h7[2] + ":" + g.pick("8000", "80", "443"), true
		}
		return g.h7[2], true
	case "x7djhostbare":
		return g.h7[2], true
	case "x7djbad":
		return g.pick(`\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03`, `SSH-2.0-Go`, `\x03\x00\x00/*\xe0\x00\x00\x00\x00\x00Cookie: mstshash=Administr`, `MGLNDD_`+g.value("ip")+`_8000`), true
	case "x7djsrc":
		return "/app/" + g.pick("shop/views.py", "shop/models.py", "orders/serializers.py", "config/settings.py", "shop/templates/base.html"), true

	// ModemManager
	case "x7mmidx":
		return g.pick("0", "0", "0", "1"), true
	case "x7mmfrom": // a modem state; the state it goes to follows it (x7mmto)
		next := map[string][]string{"disabled": {"enabling"}, "enabling": {"enabled", "disabled"}, "enabled": {"searching", "registered", "disabling"},
			"searching": {"registered", "enabled"}, "registered": {"connecting", "searching", "enabled", "disabling"}, "connecting": {"connected", "registered"},
			"connected": {"disconnecting", "registered"}, "disconnecting": {"registered"}, "disabling": {"disabled"}, "locked": {"initializing"}, "initializing": {"disabled", "locked"}}
		from := []string{"disabled", "enabling", "enabled", "searching", "registered", "registered", "connecting", "connected", "disconnecting", "disabling", "locked", "initializing"}
		g.h7[0] = from[r.IntN(len(from))]
		g.h7[1] = g.pick(next[g.h7[0]]...)
		return g.h7[0], true
	case "x7mmto":
		return g.h7[1], true
	case "x7mmregfrom":
		next := map[string][]string{"idle": {"searching", "home"}, "searching": {"home", "roaming", "denied", "idle"}, "home": {"searching", "idle", "unknown"},
			"roaming": {"searching", "home"}, "denied": {"searching", "idle"}, "unknown": {"searching", "home"}}
		from := []string{"idle", "searching", "searching", "home", "roaming", "denied", "unknown"}
		g.h7[0] = from[r.IntN(len(from))]
		g.h7[1] = g.pick(next[g.h7[0]]...)
		return g.h7[0], true
	case "x7mmregto":
		return g.h7[1], true
	case "x7mmstep": // a simple connect step's number; its name follows it (x7mmstepname)
		steps := mmSteps
		i := 1 + r.IntN(len(steps)-2)
		g.h7[0] = steps[i]
		return strconv.Itoa(i + 1), true
	case "x7mmstepname":
		return g.h7[0], true
	case "x7mmtech":
		return g.pick("lte", "lte", "umts", "hspa", "hspa-plus", "gsm", "5gnr", "lte, 5gnr", "unknown"), true
	case "x7mmerr":
		return g.pick("Couldn't check support: No AT port available", "QMI protocol error (14): 'CallFailed'", "Serial command timed out",
			"Operation not allowed", "CME error 30: No network service", "MBIM error: 'ContextNotActivated'"), true
	case "x7mmdev":
		return g.pick("/sys/devices/platform/soc/xhci-hcd.1.auto/usb2/2-1", "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-"+strconv.Itoa(1+r.IntN(4)),
			"/sys/devices/platform/1e1c0000.xhci/usb2/2-1", "/sys/devices/pci0000:00/0000:00:1c.0/0000:02:00.0"), true

	// Snort
	case "x7snhome":
		return "192.168.1." + strconv.Itoa(2+r.IntN(250)), true
	case "x7snport":
		return g.pick("22", "80", "443", "3389", "8080", strconv.Itoa(1024+r.IntN(60000))), true

	// Vault
	case "x7vtime":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%06dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000)), true
	case "x7vhmac":
		return "hmac-sha256:" + g.hexN(64), true
	case "x7vdisplay":
		return g.pick("approle", "token", "kubernetes-payments-orders-api", "oidc-"+g.pick(users...), "root"), true
	case "x7vpols":
		p := []string{`"default"`}
		for i := r.IntN(3); i > 0; i-- {
			p = append(p, `"`+g.pick("app-read", "orders-kv", "pki-issue", "db-creds", "admin")+`"`)
		}
		return strings.Join(p, ","), true
	case "x7vrole":
		return g.pick("orders-api", "ci-runner", "payments", "grafana", ""), true
	case "x7vmount": // a mount; its type, class and path follow it (x7vmtype, x7vmclass, x7vpath)
		g.h7[3] = g.pick("secret/", "secret/", "kv/", "database/", "pki_int/", "transit/", "sys/", "cubbyhole/")
		return g.h7[3], true
	case "x7vmtype":
		return map[string]string{"secret/": "kv", "kv/": "kv", "database/": "database", "pki_int/": "pki", "transit/": "transit", "sys/": "system", "cubbyhole/": "cubbyhole"}[g.h7[3]], true
	case "x7vmclass":
		return "secret", true
	case "x7vmacc":
		return g.pick("kv", "database", "pki", "transit", "system", "auth_approle") + "_" + g.hexN(8), true
	case "x7vmver":
		return g.pick("v0.16.1+builtin", "v1.15.4+builtin.vault", "", "v0.17.0+builtin"), true
	case "x7vpath":
		m := g.h7[3]
		if m == "" {
			m = g.pick("secret/", "kv/")
		}
		switch m {
		case "secret/", "kv/":
			return m + g.pick("data/", "data/", "metadata/") + g.pick("orders/db", "payments/stripe", "ci/deploy-key", "grafana/admin"), true
		case "database/":
			return "database/creds/" + g.pick("orders-ro", "orders-rw", "analytics"), true
		case "pki_int/":
			return "pki_int/issue/" + g.pick("svc-example-com", "internal"), true
		case "transit/":
			return "transit/" + g.pick("encrypt", "decrypt") + "/" + g.pick("orders", "pii"), true
		case "sys/":
			return "sys/" + g.pick("leases/renew", "policies/acl/app-read", "mounts"), true
		}
		return "cubbyhole/" + g.pick("response", "tmp"), true
	case "x7vdbpath": // a database credential's path; its lease names it again (x7vlease)
		g.h7[3] = "database/creds/" + g.pick("orders-ro", "orders-rw", "analytics")
		return g.h7[3], true
	case "x7vlease":
		return g.h7[3] + "/" + g.b62(24), true
	case "x7vdata":
		return g.pick(`{"password":"`+g.value("x7vhmac")+`","username":"`+g.value("x7vhmac")+`"}`, `{"api_key":"`+g.value("x7vhmac")+`"}`, `null`), true
	case "x7verr":
		return g.pick(`1 error occurred:\n\t* permission denied\n\n`, `permission denied`, `1 error occurred:\n\t* unsupported path\n\n`), true

	// ASP.NET Core
	case "x7ahost":
		return g.pick("localhost:5000", "shop-api:8080", "api.example.com", "orders.prod.svc.cluster.local"), true
	case "x7apath":
		return g.pick("/", "/api/orders", "/api/orders/"+strconv.Itoa(r.IntN(90000)), "/api/products", "/health", "/swagger/index.html", "/api/cart/items", "/hubs/notifications/negotiate"), true
	case "x7aqs":
		return g.pick("", "", "", "?page="+strconv.Itoa(1+r.IntN(20)), "?negotiateVersion=1", "?status=open&sort=created"), true
	case "x7actype":
		return g.pick("-", "-", "-", "application/json", "application/json;+charset=utf-8", "text/plain;+charset=utf-8", "application/problem+json;+charset=utf-8"), true
	case "x7alen":
		return g.pick("-", "-", "0", strconv.Itoa(r.IntN(9000))), true
	case "x7aelapsed":
		return strconv.FormatFloat(r.Float64()*r.Float64()*900, 'f', 4, 64), true
	case "x7aendpoint":
		return g.pick("Shop.Api.Controllers.OrdersController.Get (Shop.Api)", "Shop.Api.Controllers.OrdersController.Create (Shop.Api)",
			"Shop.Api.Controllers.ProductsController.List (Shop.Api)", "Health checks", "HTTP: GET /api/cart/items", "/hubs/notifications/negotiate"), true
	case "x7aroute":
		return g.pick(`{action = "Get", controller = "Orders"}`, `{action = "Create", controller = "Orders"}`, `{action = "List", controller = "Products"}`), true
	case "x7asig":
		return g.pick("System.Threading.Tasks.Task`1[Microsoft.AspNetCore.Mvc.ActionResult`1[Shop.Api.Models.OrderDto]] Get(Int32)",
			"System.Threading.Tasks.Task`1[Microsoft.AspNetCore.Mvc.IActionResult] Create(Shop.Api.Models.CreateOrderRequest)",
			"System.Collections.Generic.IEnumerable`1[Shop.Api.Models.ProductDto] List(Int32)"), true
	case "x7actrlclass":
		return g.pick("Shop.Api.Controllers.OrdersController", "Shop.Api.Controllers.ProductsController"), true
	case "x7aactionname":
		return g.pick("Shop.Api.Controllers.OrdersController.Get (Shop.Api)", "Shop.Api.Controllers.OrdersController.Create (Shop.Api)", "Shop.Api.Controllers.ProductsController.List (Shop.Api)"), true
	case "x7atype":
		return g.pick("OrderDto", "ProblemDetails", "ValidationProblemDetails", "List`1", "ProductDto[]"), true
	case "x7aparams":
		return g.pick("", "@__id_0='?' (DbType = Int32)", "@__p_0='?' (DbType = Int32), @__p_1='?' (DbType = Int32)", "@p0='?' (DbType = DateTime), @p1='?' (Size = 4000), @p2='?' (DbType = Int32)"), true
	case "x7asql":
		return g.pick(`SELECT o."Id", o."CreatedAt", o."Status" FROM "Orders" AS o WHERE o."Id" = @__id_0 LIMIT 1`,
			`SELECT p."Id", p."Name", p."Price" FROM "Products" AS p ORDER BY p."Name" LIMIT @__p_1 OFFSET @__p_0`,
			`INSERT INTO "Orders" ("CreatedAt", "Note", "Status") VALUES (@p0, @p1, @p2) RETURNING "Id";`,
			`SELECT COUNT(*)::int FROM "Orders" AS o`), true
	case "x7afail":
		return g.pick("IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '12/"+strconv.Itoa(1+r.IntN(28))+"/2026 10:00:00 AM', Current time (UTC): '12/"+strconv.Itoa(1+r.IntN(28))+"/2026 11:04:12 AM'.",
			"IDX10503: Signature validation failed. Token does not have a kid. Keys tried: 'System.Text.StringBuilder'.",
			"IDX14100: JWT is not well formed, there are no dots (.).", "No SecurityTokenValidator available for token."), true
	case "x7akconn": // Kestrel's connection id; the request id is it and a counter (x7akreq)
		g.h7[0] = strings.ToUpper(g.alnum(13))
		return g.h7[0], true
	case "x7akreq":
		return fmt.Sprintf("%s:%08X", g.h7[0], 1+r.IntN(40)), true

	// HTCondor
	case "x7cjob":
		return strconv.Itoa(1000+r.IntN(90000)) + "." + g.pick("0", "0", "0", strconv.Itoa(r.IntN(200))), true
	case "x7cslot": // a slot and its startd's host; the sinful string names it again (x7csinful)
		g.h7[2] = g.pick("exec", "wn", "node") + strconv.Itoa(1+r.IntN(60)) + ".cluster.example.edu"
		return g.pick("slot1", "slot1_"+strconv.Itoa(1+r.IntN(32)), "slot"+strconv.Itoa(1+r.IntN(8))) + "@" + g.h7[2], true
	case "x7csinful":
		ip := g.value("ip")
		return fmt.Sprintf("<%s:9618?addrs=%s-9618&alias=%s&noUDP&sock=startd_%d_%s>", ip, ip, g.h7[2], 1000+r.IntN(9000), g.hexN(4)), true
	case "x7cowner":
		return g.pick(users...) + "@" + g.pick("cluster.example.edu", "physics.example.edu"), true
	}
	return "", false
}

// mmSteps are the steps of ModemManager's simple connect
// (mm-iface-modem-simple.c's ConnectionStep names as it logs them).
var mmSteps = []string{"unlock check", "wait to get fully initialized", "enable", "wait to get fully enabled", "register", "wait to get packet service state attached", "bearer", "connect", "all done", "last"}
