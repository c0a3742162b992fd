package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The second held-out families (issue #14, session 12): software neither
// testdata/logcorpus, testdata/logholdout nor Loghub-2k has, written from
// how each program documents or writes its lines, for a set that no one
// writing miner rules looks at (rules written on the first held-out set are
// measured on this one). They go to testdata/logholdout2 (go run
// ./cmd/loggen -set holdout2); same truth conventions as the corpus
// (khanCorrect, one "<*>" per value the program fills in, keys constant,
// the message key holds the format string, a value no line fills stays
// constant).
//
//	go run ./cmd/loggen -set holdout2 -out testdata/logholdout2

// holdout2Seed is the second held-out set's seed.
const holdout2Seed = 47

func holdout2Families() []family {
	return []family{
		// Squid's native access.log (src/log/FormatSquidNative.cc:
		// "%9ld.%03d %6ld %s %s/%03d %" PRId64 " %s %s %s %s%s/%s %s", the
		// time with milliseconds, the elapsed milliseconds padded to six,
		// the client, the result code/HTTP status, the size, the method,
		// the URL, the user ("-"), the hierarchy code/peer, the MIME type;
		// the "squid" logformat of squid.conf's logformat directive), and
		// cache.log lines ("YYYY/MM/DD HH:MM:SS kidN| ..." from debugs():
		// helperOpenServers, the listening port, read/write failures,
		// storeDirWriteCleanLogs, the forwarding loop and invalid response
		// warnings, as the Squid wiki's KnowledgeBase quotes them) through
		// one collector.
		{name: "Squid", format: `<Content>`, header: bare, events: []event{
			{90, "{sqts} {sqel} {ip} {pick:TCP_MISS|TCP_MISS|TCP_HIT|TCP_MEM_HIT|TCP_REFRESH_UNMODIFIED|TCP_REFRESH_MODIFIED|TCP_CLIENT_REFRESH_MISS}/{status} {int} {method} {squrl} {sqident} {sqhier}/{sqpeer} {mime}"},
			{35, "{sqts} {sqel} {ip} {pick:TCP_TUNNEL}/{pick:200} {int} {pick:CONNECT} {sqconnect} {sqident} {pick:HIER_DIRECT}/{ip} {pick:-}"},
			{12, "{sqts} {sqel} {ip} {pick:TCP_DENIED}/{pick:403|407} {int} {method} {squrl} {sqident} {pick:HIER_NONE}/{pick:-} {pick:text/html}"},
			{6, "{sqts} {sqel} {ip} {pick:NONE_NONE|TAG_NONE}/{pick:400|000|503} {int} {pick:NONE|GET|-} {pick:error:invalid-request|error:transaction-end-before-headers|http://example.com/} {pick:-} {pick:HIER_NONE}/{pick:-} {pick:text/html|-}"},
			{4, "{sqdate} kid{pick:1|1|2}| helperOpenServers: Starting {small}/{pick:20|32} '{pick:squidGuard|basic_ncsa_auth|ext_session_acl}' processes"},
			{3, "{sqdate} kid{pick:1|1|2}| Accepting {pick:HTTP|SSL bumped HTTP} Socket connections at conn{small} local={pick:[::]:3128|0.0.0.0:3128|[::]:3129} remote={pick:[::]|0.0.0.0} FD {small} flags={pick:9|1|41}"},
			{8, "{sqdate} kid{pick:1|1|2}| local={one:<ip>:<pick:3128>} remote={one:<ip>:<port>} FD {int} flags=1: read/write failure: ({errno}) {errtext}"},
			{5, "{sqdate} kid{pick:1|1|2}| WARNING: HTTP: Invalid Response: No object data received for {squrl} AKA {sqconnect}{pick:/|/index.html}"},
			{3, "{sqdate} kid{pick:1|1|2}| WARNING: Forwarding loop detected for:"},
			{3, "{sqdate} kid{pick:1|1|2}| storeDirWriteCleanLogs: Starting..."},
			{3, "{sqdate} kid{pick:1|1|2}| Finished.  Wrote {int} entries."},
			{2, "{sqdate} kid{pick:1|1|2}| Logfile: opening log {pick:daemon:/var/log/squid/access.log|stdio:/var/log/squid/access.log}"},
		}},
		// BIND named through syslog: the query log (lib/ns/query.c
		// log_query: "client @%p %s%s%s (%s): query: %s %s %s %s%s%s%s%s%s
		// (%s)", the client object's address, address#port, the name, the
		// class and type, "+" recursion desired, "E(0)" EDNS version, "T"
		// TCP, "S" signed, "K" cookie, "D" DO, "C" CD, then the server
		// address), the denials ("query (cache) '%s/%s/%s' denied"), zone
		// loading and transfers (lib/dns/zone.c "zone %s/IN: loaded serial
		// %u", "sending notifies (serial %u)", xfrin.c "Transfer
		// completed: %d messages, %d records, %llu bytes, %u.%03u secs
		// (%u bytes/sec) (serial %u)"), the resolver's "lame server
		// resolving '%s' (in '%s'?): %s" and "%s resolving '%s/%s/%s':
		// %s" (BIND 9 Administrator Reference Manual, logging categories).
		{name: "Named", format: syslogFormat, header: syslog("named"), events: []event{
			{100, "client @{bclient} {bsock} ({bname}): query: {bname} {pick:IN} {qtype} {bflags} ({ip})"},
			{15, "client @{bclient} {bsock} ({bname}): query (cache) '{bname}/{qtype}/{pick:IN}' denied"},
			{6, "client @{bclient} {bsock} ({bname}): query '{bname}/{qtype}/{pick:IN}' denied"},
			{8, "zone {bzonein}: loaded serial {bserial}"},
			{8, "zone {bzonein}: sending notifies (serial {bserial})"},
			{5, "zone {bzonein}: Transfer started."},
			{5, "transfer of '{bzonein}' from {bsock53}: connected using {bsock}"},
			{5, "transfer of '{bzonein}' from {bsock53}: Transfer completed: {small} messages, {int} records, {int} bytes, {bsecs} secs ({int} bytes/sec) (serial {bserial})"},
			{6, "client @{bclient} {bsock}: received notify for zone '{bzone}'"},
			{10, "lame server resolving '{bname}' (in '{bzone}'?): {bsock53}"},
			{10, "{pick:FORMERR|SERVFAIL|REFUSED|timed out|network unreachable} resolving '{bname}/{qtype}/{pick:IN}': {bsock53}"},
			{3, "resolver priming query complete"},
			{3, "managed-keys-zone: Key {int} for zone . is now trusted (acceptance timer complete)"},
			{3, "received control channel command '{pick:reload|flush|reconfig|status}'"},
			{2, "automatic empty zone: {pick:10.IN-ADDR.ARPA|168.192.IN-ADDR.ARPA|0.IN-ADDR.ARPA|D.F.IP6.ARPA}"},
		}},
		// the kubelet through klog (k8s.io/klog/v2 header "Lmmdd
		// hh:mm:ss.uuuuuu threadid file:line] msg", the thread id padded to
		// seven) with structured InfoS/ErrorS calls: the quoted constant
		// message, then key=value pairs, strings quoted (strconv.Quote),
		// objects as klog.KObj "namespace/name", slices as [...], structs
		// as JSON (the PLEG event); the messages of pkg/kubelet
		// (kubelet.go "SyncLoop ADD", pod_workers.go "Error syncing pod,
		// skipping", kuberuntime_container.go "Killing container with a
		// grace period", prober "Probe failed", pod_startup_latency_tracker
		// "Observed pod startup duration", eviction_manager) and
		// client-go's reflector warning "%s: failed to list %v: %v".
		{name: "Klog", format: `<Level><Date> <Time> <Thread> <File>\] <Content>`, header: func(g *gen, c string) string {
			lvl, file := "I", g.pick("kubelet.go:2450", "kubelet.go:2446", "kubelet.go:2482")
			switch {
			case strings.HasPrefix(c, `"Error syncing`):
				lvl, file = "E", "pod_workers.go:1298"
			case strings.HasPrefix(c, `"ContainerStatus`) || strings.HasPrefix(c, `"Failed to get status`):
				lvl, file = "E", "remote_runtime.go:432"
			case strings.Contains(c, "failed to list"):
				lvl, file = "W", "reflector.go:547"
			case strings.HasPrefix(c, `"Nameserver`):
				lvl, file = "E", "dns.go:153"
			case strings.HasPrefix(c, `"Probe failed`):
				file = "prober.go:107"
			case strings.HasPrefix(c, `"Killing`):
				file = "kuberuntime_container.go:779"
			case strings.HasPrefix(c, `"Observed`):
				file = "pod_startup_latency_tracker.go:104"
			case strings.HasPrefix(c, `"Eviction`):
				lvl, file = "W", "eviction_manager.go:366"
			case strings.HasPrefix(c, `"RemoveContainer`):
				file = "scope.go:117"
			}
			return fmt.Sprintf("%s12%02d %02d:%02d:%02d.%06d %7d %s] %s", lvl, 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), 1000+g.r.IntN(9000), file, c)
		}, events: []event{
			{12, `"SyncLoop ADD" source="{pick:api|api|file}" pods={kpods}`},
			{8, `"SyncLoop UPDATE" source="{pick:api}" pods={kpods}`},
			{6, `"SyncLoop DELETE" source="{pick:api}" pods={kpods}`},
			{5, `"SyncLoop REMOVE" source="{pick:api}" pods={kpods}`},
			{30, `"SyncLoop (PLEG): event for pod" pod="{kpod}" event={kevent}`},
			{15, `"Observed pod startup duration" pod="{kpod}" podStartSLOduration={kfloat} podStartE2EDuration="{kdur}" podCreationTimestamp="{ktime}" firstStartedPulling="{kpulltime}" lastFinishedPulling="{kpulltime}" observedRunningTime="{ktime}" watchObservedRunningTime="{ktime}"`},
			{12, `"Killing container with a grace period" pod="{kpod}" podUID="{uuid}" containerName="{container}" containerID="{one:containerd://<sha256>}" gracePeriod={pick:30|30|0|60}`},
			{15, `"Error syncing pod, skipping" err="{one:failed to \"StartContainer\" for \"<container>\" with CrashLoopBackOff: \"back-off <pick:10s|20s|40s|1m20s|2m40s|5m0s> restarting failed container=<container> pod=<pod>_<ns>(<uuid>)\"}" pod="{kpod}" podUID="{uuid}"`},
			{15, `"Probe failed" probeType="{pick:Readiness|Liveness|Startup}" pod="{kpod}" podUID="{uuid}" containerName="{container}" probeResult="{pick:failure}" output="{one:Get \"http://<ip>:<pick:8080|8081|9090>/<pick:healthz|readyz|livez>\": dial tcp <ip>:<pick:8080|8081|9090>: connect: connection refused}"`},
			{10, `"RemoveContainer" containerID="{sha256}"`},
			{6, `"ContainerStatus from runtime service failed" err="{one:rpc error: code = NotFound desc = an error occurred when try to find container \"<sha256>\": not found}" containerID="{sha256}"`},
			{5, `"Failed to get status for pod" podUID="{uuid}" pod="{kpod}" err="{one:Get \"https://<ipport>/api/v1/namespaces/<ns>/pods/<pod>\": dial tcp <ipport>: connect: connection refused}"`},
			{4, `"Eviction manager: attempting to reclaim" resourceName="{pick:memory|ephemeral-storage|nodefs.inodes}"`},
			{4, `"Nameserver limits exceeded" err="{one:Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: <knameservers>}"`},
			{6, `{pick:k8s.io/client-go/informers/factory.go:160|pkg/kubelet/config/apiserver.go:66|k8s.io/client-go/informers/factory.go:159}: failed to list {pick:*v1.Service|*v1.Node|*v1.Pod|*v1.ConfigMap|*v1.CSIDriver}: {one:Get "https://<ipport>/api/v1/<pick:services|nodes|pods|configmaps>?limit=500&resourceVersion=0": dial tcp <ipport>: connect: connection refused}`},
		}},
		// Apache Cassandra's system.log: conf/logback.xml's pattern
		// "%-5level [%thread] %date{ISO8601} %F:%L - %msg%n" (the level
		// padded to five, the thread, the date with a comma before the
		// milliseconds, the Java file and line); the messages of
		// CompactionTask ("Compacted (%s) %d sstables to [%s] to level=%d.
		// %s to %s (~%d%% of original) in %,dms. ... Partition merge counts
		// were {%s}. Time spent writing keys = %,dms", 4.1), ColumnFamilyStore
		// "Enqueuing flush of %s: %s", Memtable "Writing %s" and
		// "Completed flushing %s (%s) for commitlog position %s",
		// Gossiper "InetAddress %s is now DOWN" and "Node %s state jump
		// to %s", GCInspector "%s GC in %sms.  %s", FailureDetector "Not
		// marking nodes down due to local pause of %dns > %dns",
		// NoSpamLogger's "Maximum memory usage reached (%s), cannot
		// allocate chunk of %s" (Cassandra 4.x sources).
		{name: "Cassandra", format: `<Level> \[<Thread>\] <Date> <Time> <File> - <Content>`, header: func(g *gen, c string) string {
			lvl, thread, file := "INFO", "main", "StorageService.java:2785"
			switch {
			case strings.HasPrefix(c, "Compacted"):
				thread, file = fmt.Sprintf("CompactionExecutor:%d", 1+g.r.IntN(8)), "CompactionTask.java:253"
			case strings.HasPrefix(c, "Enqueuing"):
				thread, file = g.pick("MemtableFlushWriter:1", "OptionalTasks:1", "NativePoolCleaner"), "ColumnFamilyStore.java:1015"
			case strings.HasPrefix(c, "Writing"), strings.HasPrefix(c, "Completed flushing"):
				thread, file = fmt.Sprintf("PerDiskMemtableFlushWriter_0:%d", 1+g.r.IntN(9)), "Flushing.java:145"
			case strings.HasPrefix(c, "InetAddress"), strings.HasPrefix(c, "Node "):
				thread, file = "GossipStage:1", "Gossiper.java:1370"
			case strings.Contains(c, "GC in"):
				thread, file = "Service Thread", "GCInspector.java:294"
				if strings.Contains(c, "Old Generation") {
					lvl = "WARN"
				}
			case strings.HasPrefix(c, "Not marking"):
				lvl, thread, file = "WARN", "GossipTasks:1", "FailureDetector.java:333"
			case strings.HasPrefix(c, "Maximum memory"):
				thread, file = "ReadStage-"+strconv.Itoa(1+g.r.IntN(16)), "NoSpamLogger.java:105"
			case strings.HasPrefix(c, "Some operations"):
				thread, file = "ScheduledTasks:1", "NoSpamLogger.java:105"
			case strings.HasPrefix(c, "Handshaking"):
				thread, file = "Messaging-EventLoop-3-"+strconv.Itoa(1+g.r.IntN(4)), "OutboundConnectionInitiator.java:391"
			case strings.HasPrefix(c, "Unexpected exception"):
				lvl, thread, file = "ERROR", "Native-Transport-Requests-"+strconv.Itoa(1+g.r.IntN(32)), "ErrorMessage.java:457"
			case strings.HasPrefix(c, "Initializing"):
				file = "ColumnFamilyStore.java:484"
			}
			return fmt.Sprintf("%-5s [%s] 2026-12-%02d %02d:%02d:%02d,%03d %s - %s", lvl, thread, 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), file, c)
		}, events: []event{
			{30, "Compacted ({uuid}) {small} sstables to [{csstables}] to level={pick:0|0|1|2}.  {cmib} to {cmib} (~{cpct}% of original) in {cint}ms.  Read Throughput = {cmibs}, Write Throughput = {cmibs}, Row Throughput = ~{cint}/s.  {cint} total partitions merged to {cint}.  Partition merge counts were {{cmerge}}. Time spent writing keys = {cint}ms"},
			{30, "Enqueuing flush of {ctable}: {one:<cmib> (<small>%) on-heap, <cmib> (<small>%) off-heap}"},
			{25, "Writing {one:Memtable-<ctable>@<cint>(<cmib> serialized bytes, <cint> ops, <small>%/0% of on/off-heap limit)}, flushed range = ({pick:min(-9223372036854775808)}, {pick:max(9223372036854775807)}]"},
			{25, "Completed flushing {csstable}-Data.db ({cmib}) for commitlog position {one:CommitLogPosition(segmentId=<epochms>, position=<int>)}"},
			{8, "InetAddress {cpeer} is now DOWN"},
			{4, "InetAddress {cpeer} is now UP"},
			{8, "Node {cpeer} state jump to {pick:NORMAL|shutdown|LEAVING}"},
			{12, "{pick:G1 Young Generation|G1 Old Generation|ParNew|ConcurrentMarkSweep} GC in {int}ms.  {cgcpools}"},
			{4, "Not marking nodes down due to local pause of {big}ns > {pick:5000000000}ns"},
			{6, "Maximum memory usage reached ({pick:512.000MiB|1.000GiB}), cannot allocate chunk of {pick:1.000MiB|8.000KiB}"},
			{5, "Some operations were slow, details available at debug level (debug.log)"},
			{5, "Handshaking version with {cpeer}"},
			{4, "Unexpected exception during request; channel = {one:[id: 0x<hex8>, L:/<ip>:9042 - R:/<ip>:<port>]}"},
			{3, "Initializing {ckeyspace}.{ctable}"},
		}},
		// RabbitMQ 3.9+ (Erlang logger, the default text format
		// "2026-12-06 11:35:30.123456+00:00 [info] <0.1234.0> msg", the
		// level in brackets, the Erlang process id): rabbit_reader's
		// "accepting AMQP connection %tp (%ts)", "connection %tp (%ts):
		// user '%ts' authenticated and granted access to vhost '%ts'",
		// "closing AMQP connection %tp (%ts, vhost: '%ts', user: '%ts')",
		// "Connection %tp (%ts) has a client-provided name: %ts",
		// rabbit_alarm's resource limit alarms, vm_memory_monitor and
		// rabbit_disk_monitor, rabbit_node_monitor's "node %tp up/down",
		// the management plugin's "HTTP access denied: user '%ts' - %ts"
		// (RabbitMQ logging guide, rabbitmq.com/docs/logging, and the
		// lines users quote in rabbitmq-server issues).
		{name: "RabbitMQ", format: `<Date> <Time> \[<Level>\] <Pid> <Content>`, header: func(g *gen, c string) string {
			lvl := "info"
			switch {
			case strings.HasPrefix(c, "closing") && g.r.IntN(3) == 0, strings.Contains(c, "alarm set"), strings.HasPrefix(c, "HTTP access denied"), strings.Contains(c, "insufficient"):
				lvl = "warning"
			case strings.Contains(c, "down"), strings.HasPrefix(c, "Error"):
				lvl = "error"
			}
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%06d+00:00 [%s] %s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), lvl, g.value("erlpid"), c)
		}, events: []event{
			{50, "accepting AMQP connection {erlpid} ({rconn})"},
			{45, "connection {erlpid} ({rconn}): user '{ruser}' authenticated and granted access to vhost '{vhost}'"},
			{45, "closing AMQP connection {erlpid} ({rconn}, vhost: '{vhost}', user: '{ruser}')"},
			{20, "Connection {erlpid} ({rconn}) has a client-provided name: {rconnname}"},
			{6, "memory resource limit alarm set on node {rnode}."},
			{5, "memory resource limit alarm cleared on node {rnode}"},
			{4, "disk resource limit alarm set on node {rnode}."},
			{4, "Free disk space is insufficient. Free bytes: {big}. Limit: {pick:50000000}"},
			{4, "Memory high watermark set to {int} MiB ({big} bytes) of {int} MiB ({big} bytes) total"},
			{5, "rabbit on node {rnode} down"},
			{5, "node {rnode} up"},
			{5, "HTTP access denied: user '{ruser}' - {pick:invalid credentials|Not management user|Not_Authorized}"},
			{4, "Waiting for Mnesia tables for {pick:30000} ms, {small} retries left"},
			{3, "started {pick:TCP listener|TCP listener|TLS listener} on {pick:[::]|0.0.0.0}:{pick:5672|15672|15692}"},
			{3, "Server startup complete; {small} plugins started."},
		}},
		// Serilog's compact JSON (Serilog.Formatting.Compact, CLEF): "@t"
		// the time, "@mt" the message template (the format string, its
		// holes "{Name}", "{Name:format}" and "{@Name}" for destructured
		// objects), "@l" the level only when it is not Information, "@x"
		// the exception, "@r" the renderings of holes with a format, then
		// the properties by name; ASP.NET Core through
		// Serilog.AspNetCore's request logging ("HTTP {RequestMethod}
		// {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms"),
		// Microsoft.Hosting.Lifetime ("Now listening on: {address}"), EF
		// Core's "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}],
		// CommandType='{commandType}', CommandTimeout='{commandTimeout}']
		// {newLine}{commandText}", an application's own templates
		// (clef-json.org; github.com/serilog/serilog-formatting-compact).
		{name: "Serilog", format: `<Content>`, header: bare, events: []event{
			{70, `{"@t":"{sltime}","@mt":"HTTP {=RequestMethod} {=RequestPath} responded {=StatusCode} in {=Elapsed:0.0000} ms","@r":{slr4},"RequestMethod":"{method}","RequestPath":"{slpath}","StatusCode":{status},"Elapsed":{slelapsed},"SourceContext":"{pick:Serilog.AspNetCore.RequestLoggingMiddleware}","RequestId":"{slreq}","ConnectionId":"{slconn}"}`},
			{20, `{"@t":"{sltime}","@mt":"Executed DbCommand ({=elapsed}ms) [Parameters=[{=parameters}], CommandType='{=commandType}', CommandTimeout='{=commandTimeout}']{=newLine}{=commandText}","elapsed":"{small}","parameters":"{slparams}","commandType":"{pick:Text}","commandTimeout":{pick:30},"newLine":"{pick:\n}","commandText":"{slsql}","EventId":{"Id":{pick:20101},"Name":"{pick:Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted}"},"SourceContext":"{pick:Microsoft.EntityFrameworkCore.Database.Command}","RequestId":"{slreq}"}`},
			{20, `{"@t":"{sltime}","@mt":"Order {=OrderId} placed for customer {=CustomerId} with {=ItemCount} items","OrderId":{int},"CustomerId":"{uuid}","ItemCount":{small},"SourceContext":"{pick:Shop.Orders.OrderService}","RequestId":"{slreq}"}`},
			{8, `{"@t":"{sltime}","@mt":"Processed {=@Order} in {=Elapsed:000} ms","@r":{slr3},"Order":{"Id":{int},"Total":{float},"Lines":{small},"$type":"{pick:Order}"},"Elapsed":{slelapsed},"SourceContext":"{pick:Shop.Orders.OrderProcessor}"}`},
			{8, `{"@t":"{sltime}","@mt":"Payment {=PaymentId} declined: {=Reason}","@l":"{pick:Warning}","PaymentId":"{slpay}","Reason":"{pick:insufficient_funds|card_declined|expired_card|do_not_honor}","SourceContext":"{pick:Shop.Payments.PaymentClient}","RequestId":"{slreq}"}`},
			{6, `{"@t":"{sltime}","@mt":"An unhandled exception has occurred while executing the request.","@l":"{pick:Error}","@x":"{one:System.InvalidOperationException: <pick:Sequence contains no elements|Nullable object must have a value.>\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Shop.Orders.OrderService.GetAsync(Int32 id) in /src/Shop/Orders/OrderService.cs:line <int>}","EventId":{"Id":{pick:1},"Name":"{pick:UnhandledException}"},"SourceContext":"{pick:Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware}","RequestId":"{slreq}","RequestPath":"{slpath}","ConnectionId":"{slconn}"}`},
			{6, `{"@t":"{sltime}","@mt":"Failed executing DbCommand ({=elapsed}ms) [Parameters=[{=parameters}], CommandType='{=commandType}', CommandTimeout='{=commandTimeout}']{=newLine}{=commandText}","@l":"{pick:Error}","@x":"{one:Npgsql.PostgresException (0x80004005): <pick:23505: duplicate key value violates unique constraint \"pk_orders\"|57014: canceling statement due to statement timeout>}","elapsed":"{int}","parameters":"{slparams}","commandType":"{pick:Text}","commandTimeout":{pick:30},"newLine":"{pick:\n}","commandText":"{slsql}","EventId":{"Id":{pick:20102},"Name":"{pick:Microsoft.EntityFrameworkCore.Database.Command.CommandError}"},"SourceContext":"{pick:Microsoft.EntityFrameworkCore.Database.Command}"}`},
			{3, `{"@t":"{sltime}","@mt":"Now listening on: {=address}","address":"{pick:http://[::]:8080|http://localhost:5000|https://[::]:8443}","EventId":{"Id":{pick:14},"Name":"{pick:ListeningOnAddress}"},"SourceContext":"{pick:Microsoft.Hosting.Lifetime}"}`},
			{2, `{"@t":"{sltime}","@mt":"Application started. Press Ctrl+C to shut down.","SourceContext":"{pick:Microsoft.Hosting.Lifetime}"}`},
			{2, `{"@t":"{sltime}","@mt":"Hosting environment: {=EnvName}","EnvName":"{pick:Production|Staging|Development}","SourceContext":"{pick:Microsoft.Hosting.Lifetime}"}`},
		}},
		// uWSGI: the default request log line (core/logging.c, explained
		// by its author on the uwsgi list, 2015-03: "[pid: %d|app: %d|req:
		// %d/%d] %s (%s) {%d vars in %d bytes} [%s] %s %s => generated %d
		// bytes in %d msecs (%s %d) %d headers in %d bytes (%d switches on
		// core %d)", the remote user empty between the parentheses) and the
		// master's messages: "spawned uWSGI worker %d (pid: %d, cores:
		// %d)", "worker %d killed successfully (pid: %d)", "Respawned uWSGI
		// worker %d (new pid: %d)", "*** HARAKIRI ON WORKER %d (pid: %d,
		// try: %d) ***", "SIGPIPE: writing to a closed pipe/socket/fd
		// (probably the client disconnected) on request %s (ip %s) !!!",
		// "uwsgi_response_writev_headers_and_body_do(): %s [%s line %d]
		// during %s %s (%s)", "*** uWSGI listen queue of socket \"%s\"
		// (fd: %d) full !!! (%d/%d) ***" (uwsgi-docs LogFormat).
		{name: "UWSGI", format: `<Content>`, header: bare, events: []event{
			{120, "[pid: {pid}|app: {pick:0|0|0|-1}|req: {int}/{int}] {ip} ({uuser}) {{int} vars in {int} bytes} [{uctime}] {method} {upath} => generated {int} bytes in {int} {pick:msecs} ({proto} {status}) {small} headers in {int} bytes ({pick:1|1|2} switches on core {pick:0|0|1|2})"},
			{8, "spawned uWSGI worker {small} (pid: {pid}, cores: {pick:1|1|2})"},
			{6, "worker {small} killed successfully (pid: {pid})"},
			{6, "Respawned uWSGI worker {small} (new pid: {pid})"},
			{5, "...The work of process {pid} is done. Seeya!"},
			{5, "*** HARAKIRI ON WORKER {small} (pid: {pid}, try: {pick:1|1|2}) ***"},
			{5, "HARAKIRI: --- uWSGI worker {small} (pid: {pid}) WAS managing request {upath} since {uctime} ---"},
			{10, "SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request {upath} (ip {ip}) !!!"},
			{10, "uwsgi_response_writev_headers_and_body_do(): Broken pipe [{pick:core/writer.c} line {pick:306}] during {method} {upath} ({ip})"},
			{10, "OSError: write error"},
			{4, "*** uWSGI listen queue of socket \"{pick:127.0.0.1:8000|:3031|/run/uwsgi/app.sock}\" (fd: {small}) full !!! ({int}/100) ***"},
			{2, "*** Starting uWSGI {pick:2.0.23|2.0.24|2.0.26} (64bit) on [{uctime}] ***"},
			{2, "WSGI app {pick:0} (mountpoint='') ready in {small} seconds on interpreter {hex0x} pid: {pid} (default app)"},
			{2, "spawned uWSGI master process (pid: {pid})"},
			{2, "worker {small} lifetime reached, it was running for {int} second(s)"},
		}},
		// NetworkManager through syslog (src/core/nm-logging.c: the level
		// as "<info>  ", "<warn>  ", the monotonic-ish time in brackets
		// "[%ld.%04ld]", then the domain and the object, "device (%s): ",
		// "dhcp4 (%s): "); devices/nm-device.c "state change: %s -> %s
		// (reason '%s', sys-iface-state: '%s')", "Activation: starting
		// connection '%s' (%s)", "Activation: successful, device
		// activated.", "Activation: failed for connection '%s'", the
		// DHCP client's "state changed new lease, address=%s" and "option
		// %-20s => '%s'", nm-manager.c "NetworkManager state is now %s",
		// nm-policy.c "set '%s' (%s) as default for IPv4 routing and DNS",
		// the audit lines (nm-audit-manager.c: op="%s" uuid="%s" name="%s"
		// pid=%u uid=%u result="%s"), the supplicant's state changes.
		{name: "NetworkManager", format: syslogFormat, header: syslog("NetworkManager"), events: []event{
			{50, "<info>  [{nmts}] device ({iface}): state change: {nmstate} -> {nmstate} (reason '{nmreason}', sys-iface-state: '{pick:managed|managed|external|assume}')"},
			{15, "<info>  [{nmts}] device ({iface}): Activation: starting connection '{nmconn}' ({uuid})"},
			{12, "<info>  [{nmts}] device ({iface}): Activation: successful, device activated."},
			{5, "<warn>  [{nmts}] device ({iface}): Activation: failed for connection '{nmconn}'"},
			{5, "<info>  [{nmts}] device ({iface}): Activation: Stage 1 of 5 (Device Prepare) scheduled..."},
			{5, "<info>  [{nmts}] device ({iface}): Activation: Stage 2 of 5 (Device Configure) successful."},
			{5, "<info>  [{nmts}] device ({iface}): Activation: Stage 3 of 5 (IP Configure Start) started..."},
			{15, "<info>  [{nmts}] dhcp4 ({iface}): state changed new lease, address={ip}"},
			{20, "<info>  [{nmts}] dhcp4 ({iface}): option {nmopt} => '{nmoptval}'"},
			{6, "<warn>  [{nmts}] dhcp4 ({iface}): request timed out"},
			{6, "<info>  [{nmts}] dhcp4 ({iface}): activation: beginning transaction (timeout in {pick:45|90} seconds)"},
			{10, "<info>  [{nmts}] manager: NetworkManager state is now {pick:CONNECTED_GLOBAL|CONNECTED_GLOBAL|CONNECTING|DISCONNECTED|CONNECTED_SITE|ASLEEP}"},
			{6, "<info>  [{nmts}] policy: set '{nmconn}' ({iface}) as default for IPv4 routing and DNS"},
			{8, `<info>  [{nmts}] audit: op="{pick:connection-activate|connection-deactivate|device-disconnect|connection-update}" uuid="{uuid}" name="{nmconn}" pid={pid} uid={pick:0|1000} result="{pick:success|success|fail}"`},
			{8, "<info>  [{nmts}] device ({pick:wlan0|wlp2s0}): supplicant interface state: {nmwpa} -> {nmwpa}"},
			{6, "<info>  [{nmts}] device ({iface}): carrier: link connected"},
		}},
		// OpenSSH's sftp-server through syslog (sftp-server.c, logit at
		// the default INFO level with -l INFO, as the Subsystem line of
		// sshd_config usually sets it): "session opened for local user %s
		// from [%s]", "open \"%s\" flags %s mode 0%o" (the flags from
		// string_from_portable: READ, WRITE, APPEND, CREATE, TRUNCATE,
		// EXCL joined by commas), "close \"%s\" bytes read %llu written
		// %llu", "opendir \"%s\"", "closedir \"%s\"", "remove name \"%s\"",
		// "rename old \"%s\" new \"%s\"", "mkdir name \"%s\" mode 0%o",
		// "rmdir name \"%s\"", "set \"%s\" modtime %s", "set \"%s\" mode
		// %04o", "sent status %s" (status_to_message) and "session closed
		// for local user %s from [%s]".
		{name: "SftpServer", format: syslogFormat, header: syslog("sftp-server"), events: []event{
			{20, "session opened for local user {user} from [{ip}]"},
			{18, "session closed for local user {user} from [{ip}]"},
			{50, `open "{sftpfile}" flags {pick:READ|READ|WRITE,CREATE,TRUNCATE|WRITE,CREATE,EXCL|WRITE,APPEND,CREATE|READ,WRITE} mode {pick:0666|0644|0600}`},
			{50, `close "{sftpfile}" bytes read {int} written {int}`},
			{20, `opendir "{sftpdir}"`},
			{20, `closedir "{sftpdir}"`},
			{6, `remove name "{sftpfile}"`},
			{6, `rename old "{sftpfile}" new "{sftpfile}"`},
			{4, `mkdir name "{sftpdir}" mode 0{pick:777|755|700}`},
			{3, `rmdir name "{sftpdir}"`},
			{8, `set "{sftpfile}" modtime {sftpmtime}`},
			{4, `set "{sftpfile}" mode {pick:0644|0600|0755}`},
			{10, "sent status {pick:No such file|Permission denied|Failure|Operation unsupported}"},
		}},
		// the JVM's unified logging of G1 (-Xlog:gc*, JEP 158/271): the
		// default decorators uptime, level and tags ("[%.3fs][info][gc,
		// phases ]", the tag set padded), then the messages of
		// gc/shared/gcTraceTime and gc/g1 (JDK 17): "GC(%u) Pause Young
		// (%s) (%s) %zuM->%zuM(%zuM) %.3fms", "GC(%u) Using %u workers of
		// %u for evacuation", the region counts "GC(%u) Eden regions:
		// %u->%u(%u)", "GC(%u) Metaspace: %zuK(%zuK)->%zuK(%zuK)
		// NonClass: ... Class: ...", "GC(%u) User=%.2fs Sys=%.2fs
		// Real=%.2fs", the concurrent cycle, "Safepoint \"%s\", Time since
		// last: %ld ns, Reaching safepoint: %ld ns, Cleanup: %ld ns, At
		// safepoint: %ld ns, Total: %ld ns" (the Java SE 17 Tools
		// Reference, "Enable Logging with the JVM Unified Logging
		// Framework").
		{name: "JvmGC", format: `\[<Uptime>\]\[<Level>\]\[<Tags>\] <Content>`, header: func(g *gen, c string) string {
			tags := "gc"
			switch {
			case strings.Contains(c, "Pause Young") && !strings.Contains(c, "ms"), strings.Contains(c, "Pause Remark") && !strings.Contains(c, "ms"):
				tags = "gc,start"
			case strings.Contains(c, "regions:"):
				tags = "gc,heap"
			case strings.Contains(c, "Metaspace:"):
				tags = "gc,metaspace"
			case strings.Contains(c, "User="):
				tags = "gc,cpu"
			case strings.Contains(c, "workers of"):
				tags = "gc,task"
			case strings.Contains(c, ")   "):
				tags = "gc,phases"
			case strings.HasPrefix(c, "Safepoint"):
				tags = "safepoint"
			case strings.Contains(c, ") Concurrent "):
				tags = "gc,marking"
			}
			return fmt.Sprintf("[%d.%03ds][info][%-12s] %s", g.r.IntN(90000), g.r.IntN(1000), tags, c)
		}, events: []event{
			{30, "GC({int}) Pause Young ({pick:Normal|Normal|Concurrent Start|Prepare Mixed|Mixed}) ({pick:G1 Evacuation Pause|G1 Evacuation Pause|G1 Humongous Allocation|G1 Preventive Collection})"},
			{30, "GC({int}) Pause Young ({pick:Normal|Normal|Concurrent Start|Prepare Mixed|Mixed}) ({pick:G1 Evacuation Pause|G1 Evacuation Pause|G1 Humongous Allocation|G1 Preventive Collection}) {int}M->{int}M({int}M) {jms}ms"},
			{25, "GC({int}) Using {small} workers of {small} for evacuation"},
			{25, "GC({int}) {pick:Eden|Survivor|Old|Archive|Humongous} regions: {int}->{int}({int})"},
			{25, "GC({int}) Metaspace: {int}K({int}K)->{int}K({int}K) NonClass: {int}K({int}K)->{int}K({int}K) Class: {int}K({int}K)->{int}K({int}K)"},
			{25, "GC({int}) User={jsecs}s Sys={jsecs}s Real={jsecs}s"},
			{20, "GC({int})   {pick:Pre Evacuate Collection Set|Merge Heap Roots|Evacuate Collection Set|Post Evacuate Collection Set|Other}: {jms}ms"},
			{6, "GC({int}) Pause Remark"},
			{6, "GC({int}) Pause Remark {int}M->{int}M({int}M) {jms}ms"},
			{6, "GC({int}) Pause Cleanup {int}M->{int}M({int}M) {jms}ms"},
			{3, "GC({int}) Concurrent Mark Cycle"},
			{3, "GC({int}) Concurrent Mark Cycle {jms}ms"},
			{2, "GC({int}) Concurrent Scan Root Regions"},
			{2, "GC({int}) Concurrent Scan Root Regions {jms}ms"},
			{3, "GC({int}) Concurrent Mark From Roots"},
			{3, "GC({int}) Concurrent Mark From Roots {jms}ms"},
			{2, "GC({int}) Concurrent Preclean"},
			{2, "GC({int}) Concurrent Preclean {jms}ms"},
			{2, "GC({int}) Concurrent Rebuild Remembered Sets and Scrub Regions"},
			{2, "GC({int}) Concurrent Rebuild Remembered Sets and Scrub Regions {jms}ms"},
			{2, "GC({int}) Concurrent Cleanup for Next Mark"},
			{2, "GC({int}) Concurrent Cleanup for Next Mark {jms}ms"},
			{3, "GC({int}) Pause Full ({pick:System.gc()|G1 Compaction Pause|Heap Dump Initiated GC}) {int}M->{int}M({int}M) {jms}ms"},
			{2, "GC({int}) To-space exhausted"},
			{12, `Safepoint "{pick:G1CollectForAllocation|Cleanup|ICBufferFull|G1PauseRemark|G1PauseCleanup|HandshakeAllThreads}", Time since last: {big} ns, Reaching safepoint: {int} ns, Cleanup: {int} ns, At safepoint: {int} ns, Total: {int} ns`},
		}},
		// Rails through Ruby's Logger (logger/formatter.rb Format "%s,
		// [%s #%d] %5s -- %s: %s\n": the severity's initial, the time with
		// microseconds, the pid, the severity right-aligned to five, the
		// program name, empty for Rails) with config.log_tags =
		// [:request_id] (ActiveSupport::TaggedLogging "[%s] "): Action
		// Pack's LogSubscriber ("Started %s \"%s\" for %s at %s",
		// "Processing by %s#%s as %s", "  Parameters: %s" the params hash
		// inspected, "Completed %d %s in %dms (%s)" with "Views: %.1fms |
		// ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms" only
		// the parts that ran, "Redirected to %s", "Filter chain halted as
		// %s rendered or redirected"), Action View's "  Rendered %s within
		// %s (Duration: %.1fms | GC: %.1fms)", Active Record's "  %s
		// (%.1fms)  %s  %s" (name, duration, SQL, binds), the exceptions
		// DebugExceptions logs at FATAL ("%s (%s):") and Active Job's
		// "Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s" (Rails
		// 7.1 guides, "Debugging Rails Applications", and
		// actionpack/lib/action_controller/log_subscriber.rb).
		{name: "Rails", format: `<Sev>, \[<Time> #<Pid>\] <Level> -- <Prog>: <Content>`, header: func(g *gen, c string) string {
			lvl := "INFO"
			switch {
			case strings.Contains(c, "Error (") || strings.Contains(c, "NotFound ("):
				lvl = "FATAL"
			case strings.Contains(c, "CSRF"):
				lvl = "WARN"
			case strings.Contains(c, "ms)  "):
				lvl = "DEBUG"
			}
			return fmt.Sprintf("%c, [2026-12-%02dT%02d:%02d:%02d.%06d #%d] %5s -- : %s", lvl[0], 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), 100+g.r.IntN(900), lvl, c)
		}, events: []event{
			{40, `[{uuid}] Started {method} "{rpath}" for {ip} at {rtime}`},
			{35, "[{uuid}] Processing by {rctl}#{raction} as {pick:HTML|HTML|JSON|TURBO_STREAM|*/*}"},
			{25, "[{uuid}]   Parameters: {rparams}"},
			{30, "[{uuid}]   {rname} ({rms}ms)  {rsql}  {rbinds}"},
			{8, `[{uuid}]   {pick:TRANSACTION} ({rms}ms)  {pick:BEGIN|COMMIT|ROLLBACK}`},
			{20, "[{uuid}]   Rendered {rview} within {pick:layouts/application|layouts/admin|layouts/mailer} (Duration: {rms}ms | GC: {rms}ms)"},
			{37, "[{uuid}] Completed {rstatus} {rstatustext} in {int}ms ({radditions})"},
			{8, "[{uuid}] Redirected to {one:https://<pick:shop.example.com|admin.example.com>/<pick:orders|login|account|cart>/<int>}"},
			{5, "[{uuid}] Filter chain halted as {pick::authenticate_user!|:require_admin|:set_order} rendered or redirected"},
			{5, `[{uuid}]   {pick:ActionController::RoutingError} ({one:No route matches [<method>] "<rpath>"}):`},
			{5, "[{uuid}]   {pick:ActiveRecord::RecordNotFound} ({one:Couldn't find <rmodel> with 'id'=<int>}):"},
			{4, "[{uuid}] Can't verify CSRF token authenticity."},
			{6, "[{uuid}] [{pick:ActiveJob}] Enqueued {pick:OrderMailerJob|SyncInventoryJob|ActionMailer::MailDeliveryJob} (Job ID: {uuid}) to {one:<pick:Sidekiq|Async>(<pick:default|mailers|low>)} with arguments: {rjobargs}"},
		}},
	}
}

// holdout2 returns the values of the second held-out families' slots.
func (g *gen) holdout2(kind string) (string, bool) {
	r := g.r
	switch kind {
	// Squid
	case "sqts":
		return fmt.Sprintf("%d.%03d", 1764800000+r.IntN(99999), r.IntN(1000)), true
	case "sqel": // elapsed milliseconds, "%6ld"
		return fmt.Sprintf("%6d", g.pickInt(r.IntN(300), r.IntN(3000), r.IntN(120000))), true
	case "squrl":
		return g.pick("http://", "http://", "https://") + g.pick("www.example.com", "cdn.example.net", "api.partner.org", "updates.vendor.example", "10.0.4.7:8080") +
			g.pick("/", "/index.html", "/static/app."+g.alnum(8)+".js", "/api/v1/items?page="+strconv.Itoa(r.IntN(40)), "/images/logo.png", "/favicon.ico"), true
	case "sqconnect":
		return g.pick("www.example.com", "login.example.org", "api.partner.org", "telemetry.vendor.example", "mail.example.net") + ":443", true
	case "sqident": // the user of the request: "-" unless authenticated
		if r.IntN(5) != 0 {
			return "-", true
		}
		return g.pick(users...), true
	case "sqhier":
		return g.pick("HIER_DIRECT", "HIER_DIRECT", "HIER_NONE", "FIRSTUP_PARENT", "PARENT_HIT"), true
	case "sqpeer":
		return g.pick(g.value("ip"), g.value("ip"), "-", "proxy-upstream.example.net"), true
	case "mime":
		return g.pick("text/html", "text/html", "application/json", "image/png", "application/javascript", "text/css", "-", "application/octet-stream"), true
	case "sqdate":
		return fmt.Sprintf("2026/12/%02d %02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	// BIND
	case "bclient": // the address of the client object
		return fmt.Sprintf("0x7f%010x", r.Int64N(0xffffffffff)), true
	case "bname":
		return g.pick("www.example.com", "example.com", "mail.example.org", "api.partner.org", "_ldap._tcp.dc.example.lan",
			strconv.Itoa(r.IntN(255))+"."+strconv.Itoa(r.IntN(255))+".168.192.in-addr.arpa", "updates.vendor.example", "ns1.example.net"), true
	case "bflags": // recursion, EDNS version, TCP, signed, cookie, DO, CD
		return g.pick("+", "+E(0)", "+E(0)K", "+E(0)K", "-E(0)DC", "+ET(0)K", "-", "+EDC"), true
	case "bsock": // isc_sockaddr_format: "address#port"
		return g.value("ip") + "#" + g.value("port"), true
	case "bsock53":
		return g.value("ip") + "#53", true
	case "bzonein": // a zone as zone.c names it: "name/class"
		return g.value("bzone") + "/IN", true
	case "bzone":
		return g.pick("example.com", "example.org", "168.192.in-addr.arpa", "internal.example.lan", "partner.org"), true
	case "bserial":
		return fmt.Sprintf("202612%02d%02d", 1+r.IntN(28), r.IntN(100)), true
	case "bsecs":
		return fmt.Sprintf("%d.%03d", r.IntN(3), r.IntN(1000)), true
	// klog
	case "kpod":
		return g.value("ns") + "/" + g.value("pod"), true
	case "kpods": // klog.KObjSlice: the quoted objects in brackets
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			s[i] = `"` + g.value("kpod") + `"`
		}
		return "[" + strings.Join(s, ",") + "]", true
	case "kevent": // the PLEG event, a struct klog writes as JSON
		return `{"ID":"` + g.value("uuid") + `","Type":"` + g.pick("ContainerStarted", "ContainerDied", "ContainerRemoved") + `","Data":"` + g.value("sha256") + `"}`, true
	case "kfloat":
		return strconv.FormatFloat(r.Float64()*30, 'f', 6+r.IntN(4), 64), true
	case "kdur":
		return strconv.FormatFloat(r.Float64()*30, 'f', 6+r.IntN(4), 64) + "s", true
	case "ktime":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%09d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000000), r.IntN(90000), r.IntN(1000000000)), true
	case "kpulltime": // the zero time when no image was pulled
		if r.IntN(2) == 0 {
			return "0001-01-01 00:00:00 +0000 UTC", true
		}
		return g.value("ktime"), true
	case "knameservers":
		return g.value("ip") + " " + g.value("ip") + " " + g.value("ip"), true
	// Cassandra
	case "ckeyspace":
		return g.pick("shop", "metrics", "system_auth", "sessions"), true
	case "ctable":
		return g.pick("orders", "events_by_day", "users", "roles", "sessions", "compaction_history", "size_estimates"), true
	case "csstable":
		return "/var/lib/cassandra/data/" + g.value("ckeyspace") + "/" + g.value("ctable") + "-" + fmt.Sprintf("%016x%016x", r.Uint64(), r.Uint64()) + "/nb-" + strconv.Itoa(1+r.IntN(900)) + "-big", true
	case "csstables": // the new sstables, each followed by a comma
		var b strings.Builder
		for i := 0; i < 1+r.IntN(2); i++ {
			b.WriteString(g.value("csstable") + ",")
		}
		return b.String(), true
	case "cmibs": // prettyPrintMemoryPerSecond
		return g.value("cmib") + "/s", true
	case "cpct": // "%d%%"
		return strconv.Itoa(1 + r.IntN(100)), true
	case "cpeer": // InetAddressAndPort.toString
		return "/" + g.value("ip") + ":7000", true
	case "cmib":
		return strconv.FormatFloat(r.Float64()*900, 'f', 3, 64) + g.pick("KiB", "MiB", "MiB", "GiB"), true
	case "cint": // Java's "%,d"
		n := r.IntN(3000000)
		s := strconv.Itoa(n)
		for i := len(s) - 3; i > 0; i -= 3 {
			s = s[:i] + "," + s[i:]
		}
		return s, true
	case "cmerge": // "%d:%d, " for each number of sstables merged
		var b strings.Builder
		for i := 1; i <= 1+r.IntN(4); i++ {
			fmt.Fprintf(&b, "%d:%d, ", i, 1+r.IntN(5000))
		}
		return b.String(), true
	case "cgcpools": // GCInspector: each pool's "name: before -> after; "
		var parts []string
		for _, p := range []string{"G1 Eden Space", "G1 Old Gen", "G1 Survivor Space"} {
			if r.IntN(4) == 0 {
				continue
			}
			parts = append(parts, fmt.Sprintf("%s: %d -> %d", p, r.IntN(900000000), r.IntN(900000000)))
		}
		return strings.Join(parts, "; ") + ";", true
	// RabbitMQ
	case "erlpid":
		return fmt.Sprintf("<0.%d.%d>", 100+r.IntN(30000), r.IntN(3)), true
	case "ruser":
		return g.pick("guest", "orders-svc", "billing", "monitoring", "admin"), true
	case "vhost":
		return g.pick("/", "/", "prod", "staging", "events"), true
	case "rconnname":
		return g.pick("orders-api", "billing-worker", "celery@worker-"+strconv.Itoa(r.IntN(9)), "Shovel events-to-archive", "pika-"+g.alnum(6)), true
	case "rnode": // a node name, an atom that ~tp prints quoted
		return "'rabbit@" + g.pick("rabbitmq-0", "rabbitmq-1", "rabbitmq-2", "mq-node-a") + "'", true
	case "rconn": // the connection's name: "peer:port -> local:port"
		return g.value("ip") + ":" + g.value("port") + " -> " + g.value("ip") + ":5672", true
	// Serilog
	case "sltime":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%07dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(10000000)), true
	case "slelapsed": // the elapsed double as System.Text.Json writes it, the one @r rendered (slms4, slms3)
		return strconv.FormatFloat(g.slms, 'f', -1, 64), true
	case "slr4": // @r: the rendering of {Elapsed:0.0000}, of the value slelapsed writes
		g.slms = r.Float64() * 900
		return `["` + strconv.FormatFloat(g.slms, 'f', 4, 64) + `"]`, true
	case "slr3": // {Elapsed:000}
		g.slms = r.Float64() * 900
		return `["` + fmt.Sprintf("%03.0f", g.slms) + `"]`, true
	case "slreq":
		return "0H" + strings.ToUpper(g.alnum(11)) + ":" + fmt.Sprintf("%08X", 1+r.IntN(64)), true
	case "slconn":
		return "0H" + strings.ToUpper(g.alnum(11)), true
	case "slpath":
		return g.pick("/api/orders", "/api/orders/"+strconv.Itoa(r.IntN(9999)), "/health", "/api/cart/items", "/", "/api/customers/"+strconv.Itoa(r.IntN(9999))+"/addresses"), true
	case "slparams":
		return g.pick("", "@__p_0='"+strconv.Itoa(r.IntN(9999))+"'", "@__id_0='"+strconv.Itoa(r.IntN(9999))+"', @__p_1='20'", "@p0='"+g.value("uuid")+"', @p1='"+strconv.Itoa(r.IntN(99))+"' (Nullable = true)"), true
	case "slsql": // EF Core's SQL, its newlines escaped by the JSON writer
		return g.pick(`SELECT o.id, o.customer_id, o.total\nFROM orders AS o\nWHERE o.id = @__p_0\nLIMIT 1`,
			`SELECT count(*)::int\nFROM orders AS o`,
			`INSERT INTO orders (id, customer_id, total)\nVALUES (@p0, @p1, @p2);`,
			`UPDATE orders SET status = @p0\nWHERE id = @p1;`), true
	case "slpay":
		return "pi_" + g.alnum(24), true
	// uWSGI
	case "uuser": // REMOTE_USER, empty unless the front server set it
		if r.IntN(6) != 0 {
			return "", true
		}
		return g.pick(users...), true
	case "uctime": // ctime(3) without the newline
		d := 1 + r.IntN(28)
		return fmt.Sprintf("%s Dec %2d %02d:%02d:%02d 2026", []string{"Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon"}[d%7], d, r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "upath":
		return g.pick("/", "/api/v1/orders/"+strconv.Itoa(r.IntN(9999)), "/admin/login/?next=/admin/", "/static/css/site.css", "/healthz", "/api/v1/search?q="+g.value("word")+"&page="+strconv.Itoa(r.IntN(9))), true
	// NetworkManager
	case "nmts":
		return fmt.Sprintf("%d.%04d", 1764800000+r.IntN(99999), r.IntN(10000)), true
	case "nmstate":
		return g.pick("unmanaged", "unavailable", "disconnected", "prepare", "config", "need-auth", "ip-config", "ip-check", "secondaries", "activated", "deactivating", "failed"), true
	case "nmreason":
		return g.pick("none", "none", "user-requested", "carrier-changed", "connection-assumed", "supplicant-disconnect", "ip-config-unavailable", "dependency-failed", "managed", "sleeping"), true
	case "nmconn":
		return g.pick("Wired connection 1", "Wired connection 2", "eduroam", "HomeNet-5G", "vpn-office", "docker0", "br-"+g.alnum(12)), true
	case "nmopt": // "%-20s"
		return fmt.Sprintf("%-20s", g.pick("domain_name_servers", "expiry", "ip_address", "routers", "subnet_mask", "dhcp_lease_time", "domain_name", "broadcast_address", "requested_ntp_servers")), true
	case "nmoptval":
		return g.pick(g.value("ip"), g.value("ip")+" "+g.value("ip"), strconv.Itoa(1764800000+r.IntN(99999)), "255.255.255.0", "86400", "example.lan", "1"), true
	case "nmwpa":
		return g.pick("disconnected", "scanning", "authenticating", "associating", "associated", "4way_handshake", "group_handshake", "completed", "inactive"), true
	// sftp-server
	case "sftpdir":
		return g.pick("/home/"+g.pick(users...), "/srv/sftp/upload", "/var/www/html", "/home/"+g.pick(users...)+"/backups", "/data/exports/"+fmt.Sprintf("2026-12-%02d", 1+r.IntN(28)), "."), true
	case "sftpfile":
		return g.value("sftpdir") + "/" + g.pick("report.csv", "invoice-"+strconv.Itoa(r.IntN(99999))+".pdf", ".bashrc", "dump.sql.gz", "index.php", "photo "+strconv.Itoa(r.IntN(999))+".jpg", "data.json.part"), true
	case "sftpmtime":
		return fmt.Sprintf("202612%02d-%02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	// JVM GC
	case "jms":
		return strconv.FormatFloat(r.Float64()*g.pickF(2, 40, 400), 'f', 3, 64), true
	case "jsecs":
		return strconv.FormatFloat(r.Float64()*0.2, 'f', 2, 64), true
	// Rails
	case "rpath":
		return g.pick("/", "/orders", "/orders/"+strconv.Itoa(r.IntN(9999)), "/orders/"+strconv.Itoa(r.IntN(9999))+"/edit", "/users/sign_in", "/cart/items", "/api/v1/products?page="+strconv.Itoa(r.IntN(20)), "/assets/application-"+fmt.Sprintf("%x", r.Uint64())+".css"), true
	case "rtime":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d +0000", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "rctl":
		return g.pick("OrdersController", "Users::SessionsController", "CartItemsController", "Api::V1::ProductsController", "Admin::DashboardController"), true
	case "raction":
		return g.pick("index", "show", "create", "update", "destroy", "new", "edit"), true
	case "radditions": // the parts of the request that ran, joined with " | "
		var parts []string
		if r.IntN(3) != 0 {
			parts = append(parts, "Views: "+g.value("rms")+"ms")
		}
		parts = append(parts, "ActiveRecord: "+g.value("rms")+"ms ("+strconv.Itoa(r.IntN(40))+" queries, "+strconv.Itoa(r.IntN(10))+" cached)", "GC: "+g.value("rms")+"ms")
		return strings.Join(parts, " | "), true
	case "rparams": // the params hash inspected (Ruby 3.3), braces and all
		var parts []string
		for _, kv := range []string{`"id"=>"` + strconv.Itoa(r.IntN(9999)) + `"`, `"authenticity_token"=>"[FILTERED]"`, `"page"=>"` + strconv.Itoa(r.IntN(30)) + `"`,
			`"order"=>{"quantity"=>"` + strconv.Itoa(1+r.IntN(9)) + `", "product_id"=>"` + strconv.Itoa(r.IntN(999)) + `"}`, `"user"=>{"email"=>"` + g.value("email") + `", "password"=>"[FILTERED]"}`, `"commit"=>"Save"`} {
			if r.IntN(2) == 0 {
				parts = append(parts, kv)
			}
		}
		if len(parts) == 0 {
			parts = append(parts, `"id"=>"`+strconv.Itoa(r.IntN(9999))+`"`)
		}
		return "{" + strings.Join(parts, ", ") + "}", true
	case "rname": // Active Record's payload name: the model and the operation
		return g.value("rmodel") + " " + g.pick("Load", "Load", "Load", "Exists?", "Count", "Update", "Create"), true
	case "errno": // errno and its strerror(3) text (errtext), drawn together
		e := g.pick("32:Broken pipe", "104:Connection reset by peer", "110:Connection timed out")
		n, t, _ := strings.Cut(e, ":")
		g.held = t
		return n, true
	case "errtext":
		return g.held, true
	case "rmodel":
		return g.pick("Order", "User", "Product", "CartItem", "LineItem", "Address"), true
	case "rms":
		return strconv.FormatFloat(r.Float64()*g.pickF(2, 30, 300), 'f', 1, 64), true
	case "rsql":
		t := g.pick("orders", "users", "products", "cart_items", "line_items")
		return g.pick(`SELECT "`+t+`".* FROM "`+t+`" WHERE "`+t+`"."id" = $1 LIMIT $2`,
			`SELECT "`+t+`".* FROM "`+t+`" WHERE "`+t+`"."user_id" = $1 ORDER BY "`+t+`"."created_at" DESC`,
			`SELECT COUNT(*) FROM "`+t+`" WHERE "`+t+`"."order_id" = $1`,
			`SELECT 1 AS one FROM "`+t+`" WHERE "`+t+`"."email" = $1 LIMIT $2`), true
	case "rbinds":
		return g.pick(`[["id", `+strconv.Itoa(r.IntN(9999))+`], ["LIMIT", 1]]`, `[["user_id", `+strconv.Itoa(r.IntN(9999))+`]]`, `[["order_id", `+strconv.Itoa(r.IntN(9999))+`]]`, `[["email", "`+g.value("email")+`"], ["LIMIT", 1]]`), true
	case "rview":
		return g.pick("orders/index.html.erb", "orders/show.html.erb", "users/sessions/new.html.erb", "cart_items/_item.html.erb", "admin/dashboard/index.html.erb"), true
	case "rstatus": // the status and its reason phrase (rstatustext) are drawn together
		i := r.IntN(len(railsStatus))
		g.held = railsStatus[i][1]
		return railsStatus[i][0], true
	case "rstatustext":
		return g.held, true
	case "rjobargs":
		return g.pick(strconv.Itoa(r.IntN(9999)), `"OrderMailer", "confirmation", "deliver_now", {:args=>[#<GlobalID:0x000074`+fmt.Sprintf("%08x", r.Uint32())+` @uri=#<URI::GID gid://shop/Order/`+strconv.Itoa(r.IntN(9999))+`>>]}`, `#<GlobalID:0x000074`+fmt.Sprintf("%08x", r.Uint32())+` @uri=#<URI::GID gid://shop/Product/`+strconv.Itoa(r.IntN(999))+`>>`), true
	}
	return "", false
}

// railsStatus pairs a status with Rack's reason phrase.
var railsStatus = [][2]string{{"200", "OK"}, {"200", "OK"}, {"200", "OK"}, {"201", "Created"}, {"204", "No Content"},
	{"302", "Found"}, {"304", "Not Modified"}, {"401", "Unauthorized"}, {"404", "Not Found"}, {"422", "Unprocessable Content"}, {"500", "Internal Server Error"}}

func (g *gen) pickInt(v ...int) int { return v[g.r.IntN(len(v))] }

func (g *gen) pickF(v ...float64) float64 { return v[g.r.IntN(len(v))] }
