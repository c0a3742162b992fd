package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The held-out families (issue #14): software neither testdata/logcorpus
// nor Loghub-2k has, written from how each program documents or is known
// to write its lines, before any miner rule looked at them. They go to
// testdata/logholdout (go run ./cmd/loggen -set holdout); same truth
// conventions as the corpus (khanCorrect, one "<*>" per value the program
// fills in, keys constant, the message key holds the format string).
//
//	go run ./cmd/loggen -set holdout -out testdata/logholdout

// holdoutSeed is the held-out set's seed (the corpus has 14).
const holdoutSeed = 45

func holdoutFamilies() []family {
	return []family{
		// Postfix through syslog (postfix/smtpd, cleanup, qmgr, smtp,
		// pickup): the lines of smtpd.c ("connect from %s", "disconnect
		// from %s" with the per-command counters "ehlo=1 mail=1 ...
		// commands=N" since 3.0, only the commands issued),
		// cleanup_message.c ("%s: message-id=%s"), qmgr_active.c ("%s:
		// from=<%s>, size=%ld, nrcpt=%d (queue active)", the null sender
		// "<>" of bounces), the delivery agents' log_adhoc.c ("%s: to=<%s>,
		// relay=%s, delay=%s, delays=%s, dsn=%s, status=%s (%s)"),
		// smtpd_check.c's "NOQUEUE: reject: RCPT from %s: %d %s <%s>: %s;
		// from=<%s> to=<%s> proto=%s helo=<%s>" (Postfix documentation,
		// postfix.org/DEBUG_README.html and the postfix-users archive).
		{name: "Postfix", format: syslogFormat, header: func(g *gen, c string) string {
			comp := "postfix/smtpd"
			switch {
			case strings.Contains(c, ": message-id="):
				comp = "postfix/cleanup"
			case strings.Contains(c, ": from=<") || strings.HasSuffix(c, ": removed"):
				comp = "postfix/qmgr"
			case strings.Contains(c, ": to=<"):
				comp = "postfix/smtp"
			case strings.Contains(c, ": uid="):
				comp = "postfix/pickup"
			}
			return syslog(comp)(g, c)
		}, events: []event{
			{30, "connect from {mailhost}[{ip}]"},
			{30, "disconnect from {mailhost}[{ip}] {smtpcmds}"},
			{35, "{qid}: client={mailhost}[{ip}]"},
			{35, "{qid}: message-id=<{msgid}>"},
			{35, "{qid}: from=<{opt:email}>, size={int}, nrcpt={small} (queue active)"},
			{35, "{qid}: to=<{email}>, relay={relay}, delay={pdelay}, delays={delays}, dsn={pick:2.0.0}, status={pick:sent} ({one:250 2.0.0 Ok: queued as <qid>})"},
			{8, "{qid}: to=<{email}>, relay={relay}, delay={pdelay}, delays={delays}, dsn={pick:4.4.1|4.4.2}, status={pick:deferred} ({one:connect to <mailhost>[<ip>]:25: Connection timed out})"},
			{6, "{qid}: to=<{email}>, relay={relay}, delay={pdelay}, delays={delays}, dsn={pick:5.1.1}, status={pick:bounced} ({bounce})"},
			{35, "{qid}: removed"},
			{10, "{qid}: uid={uid} from=<{user}>"},
			{12, "NOQUEUE: reject: RCPT from {mailhost}[{ip}]: 554 5.7.1 <{email}>: Relay access denied; from=<{opt:email}> to=<{email}> proto={pick:ESMTP|SMTP} helo=<{helo}>"},
			{8, "warning: hostname {host} does not resolve to address {ip}: Name or service not known"},
			{12, "lost connection after {pick:AUTH|CONNECT|EHLO|DATA|RCPT|STARTTLS} from {mailhost}[{ip}]"},
			{5, "timeout after {pick:END-OF-MESSAGE|DATA|RCPT} from {mailhost}[{ip}]"},
			{8, "warning: {mailhost}[{ip}]: SASL LOGIN authentication failed: {pick:authentication failure|UGFzc3dvcmQ6}"},
		}},
		// netfilter's LOG target through the kernel ring buffer
		// (net/ipv4/netfilter/nf_log_ipv4.c dump_ipv4_packet and
		// nf_log_syslog.c): the configured --log-prefix (here ufw's
		// "[UFW BLOCK] "), "IN=%s OUT=%s " with empty names, "MAC=" only
		// on packets that came in through an interface, then the IP header
		// "SRC=%pI4 DST=%pI4 LEN=%u TOS=0x%02X PREC=0x%02X TTL=%u ID=%u ",
		// "DF " when the flag is set, the protocol with its own keys (TCP
		// "SPT=%u DPT=%u WINDOW=%u RES=0x%02x " and its set flags "SYN ACK
		// ... ", "URGP=%u"; UDP "SPT DPT LEN"; ICMP "TYPE CODE ID SEQ");
		// IPv6 nf_log_ipv6.c "TC=%u HOPLIMIT=%u FLOWLBL=%u" (iptables
		// libxt_LOG.man; the example lines of the iptables tutorials).
		{name: "Netfilter", format: `<Month> <Day> <Time> <Host> kernel: \[<Uptime>\] <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s kernel: [%6d.%06d] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("fw-01", "edge-2", "bastion"), g.r.IntN(999999), g.r.IntN(1000000), c)
		}, events: []event{
			{60, "[UFW {pick:BLOCK|BLOCK|BLOCK|AUDIT|ALLOW}] IN={iface} OUT= MAC={mac} SRC={ip} DST={ip} LEN={int} TOS={tos} PREC={prec} TTL={ttl} ID={int} DF PROTO={pick:TCP} SPT={port} DPT={dport} WINDOW={int} RES={pick:0x00} {tcpflags} URGP=0"},
			{30, "[UFW {pick:BLOCK|BLOCK|AUDIT}] IN={iface} OUT= MAC={mac} SRC={ip} DST={ip} LEN={int} TOS={tos} PREC={prec} TTL={ttl} ID={int} PROTO={pick:UDP} SPT={port} DPT={udpport} LEN={int}"},
			{15, "[UFW {pick:BLOCK|AUDIT}] IN={iface} OUT= MAC={mac} SRC={ip} DST={ip} LEN={int} TOS={tos} PREC={prec} TTL={ttl} ID={int} PROTO={pick:ICMP} TYPE={pick:8|0|13} CODE=0 ID={int} SEQ={int}"},
			{15, "[UFW BLOCK] IN= OUT={iface} SRC={ip} DST={ip} LEN={int} TOS={tos} PREC={prec} TTL={ttl} ID={int} DF PROTO={pick:TCP} SPT={port} DPT={dport} WINDOW={int} RES={pick:0x00} {tcpflags} URGP=0"},
			{10, "[UFW BLOCK] IN={iface} OUT= MAC={mac} SRC={ip6} DST={pick:ff02:0000:0000:0000:0000:0000:0000:0001|ff02:0000:0000:0000:0000:0000:0000:00fb} LEN={int} TC=0 HOPLIMIT={pick:1|255} FLOWLBL={int} PROTO={pick:UDP|ICMPv6} SPT={port} DPT={udpport} LEN={int}"},
			{6, "[UFW LIMIT BLOCK] IN={iface} OUT= MAC={mac} SRC={ip} DST={ip} LEN={int} TOS={tos} PREC={prec} TTL={ttl} ID={int} DF PROTO={pick:TCP} SPT={port} DPT=22 WINDOW={int} RES={pick:0x00} SYN URGP=0"},
		}},
		// HashiCorp hclog, the logger of Consul, Vault and Nomad
		// (github.com/hashicorp/go-hclog intlogger.go): an ISO-8601 time,
		// the level in brackets padded to five ("[INFO]  ", "[ERROR] "),
		// the logger's dotted name and ": ", the message, then key=value
		// pairs, a value quoted (strconv.Quote) when it holds a space or
		// is empty; Consul's agent/local/state.go "Synced service",
		// "Synced check", agent/checks "Check is now critical", raft's
		// "heartbeat timeout reached, starting election" with an empty
		// last-leader-addr before the first leader, serf's
		// "EventMemberJoin: %s %s".
		{name: "Hclog", format: `<Time> \[<Level>\] <Content>`, header: func(g *gen, c string) string {
			lvl := "[INFO]  "
			switch {
			case strings.Contains(c, "failed") || strings.Contains(c, "error"):
				lvl = "[ERROR] "
			case strings.Contains(c, "critical") || strings.Contains(c, "timeout reached") || strings.Contains(c, "Suspect"):
				lvl = "[WARN]  "
			case strings.Contains(c, "in sync"):
				lvl = "[DEBUG] "
			}
			return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ %s%s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), lvl, c)
		}, events: []event{
			{40, "agent: Synced service: service={svcid}"},
			{25, "agent: Synced check: check={checkid}"},
			{20, "agent: Node info in sync"},
			{15, "agent: Service in sync: service={svcid}"},
			{15, "agent: Check is now critical: check={checkid}"},
			{10, `agent: Check socket connection failed: check={checkid} error="{one:dial tcp <ipport>: connect: connection refused}"`},
			{12, "agent.server.serf.lan: serf: EventMemberJoin: {hnode} {ip}"},
			{8, "agent.server.serf.lan: serf: EventMemberFailed: {hnode} {ip}"},
			{8, "agent.server: member joined, marking health alive: member={hnode} partition={pick:default|default|team-a}"},
			{6, "agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr={opt:ipport} last-leader-id={opt:hnode}"},
			{6, `agent.server.raft: entering candidate state: node="{one:Node at <ipport> [Candidate]}" term={small}`},
			{6, "agent.server.raft: election won: term={small} tally={small}"},
			{10, `agent.anti_entropy: failed to sync remote state: error="{hcerr}"`},
			{12, `agent.http: Request error: method={method} url={consulurl} from={ipport} error="{pick:ACL not found|Permission denied|No cluster leader}"`},
			{5, "agent: Deregistered service: service={svcid}"},
			{8, "agent.server.memberlist.lan: memberlist: Suspect {hnode} has failed, no acks received"},
			{6, "expiration: revoked lease: lease_id={lease}"},
			{5, "core.cluster-listener.tcp: starting listener: listener_address={ipport}"},
		}},
		// CoreDNS: the log plugin's default (Common Log Format) line
		// "{remote}:{port} - {>id} \"{type} {class} {name} {proto} {size}
		// {>do} {>bufsize}\" {rcode} {>rflags} {rsize} {duration}"
		// (coredns.io/plugins/log) under the "[INFO] " prefix of
		// plugin/pkg/log; the errors plugin's "%d %s %s: %s" (rcode,
		// qname, qtype, error), reload's "Running configuration SHA512 =
		// %x", ready's "Still waiting on: %q", the kubernetes plugin's
		// client-go reflector errors. The query class is IN on every line
		// (a DNS server on the internet sees no other), written as text.
		{name: "CoreDNS", format: `\[<Level>\] <Content>`, header: func(g *gen, c string) string {
			lvl := "INFO"
			switch {
			case strings.HasPrefix(c, "plugin/errors"):
				lvl = "ERROR"
			case strings.HasPrefix(c, "plugin/kubernetes") || strings.HasPrefix(c, "plugin/ready"):
				lvl = "WARNING"
			}
			return "[" + lvl + "] " + c
		}, events: []event{
			{150, `{ipport} - {int} "{qtype} IN {qname} {pick:udp|udp|tcp} {int} {pick:false|true} {pick:512|1232|4096}" {rcode} {rflags} {int} {dnsdur}`},
			{15, `plugin/errors: {small} {qname} {qtype}: {one:read udp <ipport>-><ipport>: i/o timeout}`},
			{6, `plugin/errors: {small} {qname} {qtype}: {one:dial tcp <ipport>: connect: connection refused}`},
			{5, `Reloading`},
			{5, `plugin/reload: Running configuration SHA512 = {sha512}`},
			{5, `Reloading complete`},
			{4, `plugin/health: Going into lameduck mode for {pick:5s|10s}`},
			{6, `plugin/ready: Still waiting on: "{pick:kubernetes|kubernetes,etcd}"`},
			{8, `plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.{pick:27.4|29.3}/tools/cache/reflector.go:{int}: failed to list *v1.{pick:Namespace|Service|EndpointSlice}: {k8slisterr}`},
		}},
		// containerd through logrus' TextFormatter (time="..." level=...
		// msg="..." then the fields sorted, a value quoted when it holds
		// a space or a quote, inner quotes escaped): the CRI plugin's
		// messages (pkg/cri/server: "StartContainer for %q returns
		// successfully", "CreateContainer within sandbox %q for %+v
		// returns container id %q" with the metadata's %+v
		// "&ContainerMetadata{Name:...,Attempt:0,}", "RunPodSandbox for
		// %+v returns sandbox id %q", "StopPodSandbox for %q", "TearDown
		// network for sandbox %q successfully", "PullImage %q returns image
		// reference %q", "ContainerStatus for %q failed"), the shim's
		// "shim disconnected" and "cleaning up after shim disconnected"
		// with id= and namespace=, the plugin loader's "loading plugin %q..."
		// type=.
		{name: "Containerd", format: `<Content>`, header: bare, events: []event{
			{30, `time="{rfc9}" level={pick:info} msg="StartContainer for \"{cid}\" returns successfully"`},
			{20, `time="{rfc9}" level={pick:info} msg="CreateContainer within sandbox \"{cid}\" for container &ContainerMetadata{Name:{container},Attempt:{small},}"`},
			{20, `time="{rfc9}" level={pick:info} msg="CreateContainer within sandbox \"{cid}\" for &ContainerMetadata{Name:{container},Attempt:{small},} returns container id \"{cid}\""`},
			{15, `time="{rfc9}" level={pick:info} msg="RunPodSandbox for &PodSandboxMetadata{Name:{pod},Uid:{uuid},Namespace:{ns},Attempt:{small},} returns sandbox id \"{cid}\""`},
			{15, `time="{rfc9}" level={pick:info} msg="StopPodSandbox for \"{cid}\""`},
			{15, `time="{rfc9}" level={pick:info} msg="TearDown network for sandbox \"{cid}\" successfully"`},
			{15, `time="{rfc9}" level={pick:info} msg="shim disconnected" id={cid} namespace={pick:k8s.io|k8s.io|moby}`},
			{12, `time="{rfc9}" level={pick:warning} msg="cleaning up after shim disconnected" id={cid} namespace={pick:k8s.io|k8s.io|moby}`},
			{10, `time="{rfc9}" level={pick:info} msg="cleaning up dead shim" namespace={pick:k8s.io|moby}`},
			{10, `time="{rfc9}" level={pick:error} msg="ContainerStatus for \"{cid}\" failed" error="{ctrnotfound}"`},
			{8, `time="{rfc9}" level={pick:info} msg="PullImage \"{image}\" returns image reference \"{one:sha256:<sha256>}\""`},
			{6, `time="{rfc9}" level={pick:info} msg="loading plugin \"{plugin}\"..." type={plugintype}`},
			{6, `time="{rfc9}" level={pick:info} msg="skip loading plugin \"{plugin}\"..." error="{one:no scratch file generator: skip plugin}" type={plugintype}`},
		}},
		// MongoDB 4.4+ structured JSON logs (mongodb.com/docs/manual/
		// reference/log-messages): {"t":{"$date":...},"s":severity,
		// "c":component,"id":message id,"ctx":thread,"msg":constant text,
		// "attr":{...}}, the first fields padded with spaces to align
		// (mongod's JSON formatter); messages 22943 "Connection accepted",
		// 22944 "Connection ended", 51800 "client metadata", 51803 "Slow
		// query" (the command document whole, one value), 5286306/5286307
		// authentication, 22430 "WiredTiger message" (WiredTiger's own
		// JSON message nested in attr).
		{name: "MongoDB", format: `<Content>`, header: bare, events: []event{
			{40, mongo("I", "NETWORK", 22943, `listener`, "Connection accepted", `"remote":"{ipport}","uuid":"{uuid}","connectionId":{int},"connectionCount":{small}`)},
			{40, mongo("I", "NETWORK", 22944, `conn{int}`, "Connection ended", `"remote":"{ipport}","uuid":"{uuid}","connectionId":{int},"connectionCount":{small}`)},
			{30, mongo("I", "NETWORK", 51800, `conn{int}`, "client metadata", `"remote":"{ipport}","client":"conn{int}","doc":{"driver":{"name":"{pick:nodejs|PyMongo|mongo-go-driver}","version":"{semver}"},"os":{"type":"{pick:Linux|Linux|Darwin}","architecture":"{pick:x86_64|arm64}"},"platform":"{mplatform}"}`)},
			{25, mongo("I", "COMMAND", 51803, `conn{int}`, "Slow query", `"type":"{pick:command}","ns":"{db}.{table}","command":{mcommand},"planSummary":"{plansummary}","keysExamined":{int},"docsExamined":{int},"nreturned":{int},"reslen":{int},"protocol":"{pick:op_msg}","durationMillis":{int}`)},
			{15, mongo("I", "ACCESS", 5286306, `conn{int}`, "Authentication succeeded", `"mechanism":"{pick:SCRAM-SHA-256|SCRAM-SHA-1}","speculative":{pick:true|false},"principalName":"{user}","authenticationDatabase":"{pick:admin|admin|orders}","remote":"{ipport}","extraInfo":{}`)},
			{10, mongo("I", "ACCESS", 5286307, `conn{int}`, "Authentication failed", `"mechanism":"{pick:SCRAM-SHA-256|SCRAM-SHA-1}","speculative":{pick:true|false},"principalName":"{user}","authenticationDatabase":"{pick:admin|admin|orders}","remote":"{ipport}","extraInfo":{},"error":"{mautherr}"`)},
			{10, mongo("I", "WTCHKPT", 22430, `Checkpointer`, "WiredTiger message", `"message":{"ts_sec":{epochs},"ts_usec":{int},"thread":"{int}:0x{hexthread}","session_name":"{pick:WT_SESSION.checkpoint}","category":"{pick:WT_VERB_CHECKPOINT_PROGRESS}","category_id":{small},"verbose_level":"{pick:DEBUG_1}","verbose_level_id":1,"msg":"saving checkpoint snapshot min: {int}, snapshot max: {int} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: {int}"}`)},
			{10, mongo("I", "NETWORK", 6788700, `conn{int}`, "Received first command on ingress connection since session start or auth handshake", `"elapsedMillis":{small}`)},
			{6, mongo("W", "NETWORK", 4615610, `conn{int}`, "Failed to check socket connectivity", `"error":{"code":6,"codeName":"{pick:HostUnreachable}","errmsg":"{one:Connection reset by peer}"}`)},
		}},
		// pino (Node.js) as Fastify writes it (getpino.io, fastify.dev
		// Logging): one JSON object a line, "level" a number (30 info, 40
		// warn, 50 error), "time" epoch milliseconds, "pid", "hostname",
		// the request id, the serialized req/res, "responseTime", and "msg"
		// last; an error logged as err:{type,message,stack} with msg its
		// message (libuv's "connect ECONNREFUSED %s:%d"), Fastify's
		// "Server listening at %s" and "Route %s:%s not found".
		{name: "Pino", format: `<Content>`, header: bare, events: []event{
			{50, `{"level":30,"time":{epochms},"pid":{pid},"hostname":"{podhost}","reqId":"{one:req-<reqn>}","req":{"method":"{method}","url":"{path}","hostname":"{pick:localhost:3000|api.example.com}","remoteAddress":"{ip}","remotePort":{port}},"msg":"incoming request"}`},
			{50, `{"level":30,"time":{epochms},"pid":{pid},"hostname":"{podhost}","reqId":"{one:req-<reqn>}","res":{"statusCode":{status}},"responseTime":{float},"msg":"request completed"}`},
			{12, `{"level":50,"time":{epochms},"pid":{pid},"hostname":"{podhost}","reqId":"{one:req-<reqn>}","err":{"type":"{pick:Error}","message":"{one:connect ECONNREFUSED <ipport>}","stack":"{one:Error: connect ECONNREFUSED <ipport>\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:<int>:16)}","errno":-111,"code":"{pick:ECONNREFUSED}","syscall":"{pick:connect}","address":"{ip}","port":{port}},"msg":"connect ECONNREFUSED {ipport}"}`},
			{10, `{"level":30,"time":{epochms},"pid":{pid},"hostname":"{podhost}","reqId":"{one:req-<reqn>}","msg":"Route {method}:{path} not found"}`},
			{4, `{"level":30,"time":{epochms},"pid":{pid},"hostname":"{podhost}","msg":"Server listening at {pick:http://0.0.0.0:3000|http://[::1]:3000|http://127.0.0.1:8080}"}`},
			{8, `{"level":40,"time":{epochms},"pid":{pid},"hostname":"{podhost}","reqId":"{one:req-<reqn>}","msg":"Request timed out after {int}ms"}`},
			{8, `{"level":50,"time":{epochms},"pid":{pid},"hostname":"{podhost}","reqId":"{one:req-<reqn>}","err":{"type":"{pick:FastifyError}","message":"{one:Body cannot be empty when content-type is set to 'application/json'}","stack":"{one:FastifyError: Body cannot be empty when content-type is set to 'application/json'\n    at Parser.defaultJsonParser (/app/node_modules/fastify/lib/contentTypeParser.js:<int>:19)}","code":"{pick:FST_ERR_CTP_EMPTY_JSON_BODY}","name":"{pick:FastifyError}","statusCode":400},"msg":"Body cannot be empty when content-type is set to 'application/json'"}`},
			{6, `{"level":30,"time":{epochms},"pid":{pid},"hostname":"{podhost}","msg":"cache refreshed","entries":{int},"tookMs":{int}}`},
		}},
		// Celery workers (celery/app/trace.py LOG_RECEIVED "Task
		// %(name)s[%(id)s] received", LOG_SUCCESS "Task %(name)s[%(id)s]
		// succeeded in %(runtime)ss: %(return_value)s", LOG_RETRY "Task
		// %(name)s[%(id)s] retry: %(exc)s"; worker/consumer "Connected to
		// %s", mingle, "celery@%s ready.", beat's "Scheduler: Sending due
		// task %s (%s)", the gossip "missed heartbeat from %s") under the
		// default worker format "[%(asctime)s: %(levelname)s/%(processName)s]
		// %(message)s".
		{name: "Celery", format: `\[<Date> <Time>: <Level>/<Process>\] <Content>`, header: func(g *gen, c string) string {
			lvl, proc := "INFO", "MainProcess"
			switch {
			case strings.Contains(c, "succeeded in") || strings.Contains(c, "retry:"):
				proc = fmt.Sprintf("ForkPoolWorker-%d", 1+g.r.IntN(8))
			case strings.HasPrefix(c, "missed") || strings.HasPrefix(c, "Substantial"):
				lvl = "WARNING"
			case strings.HasPrefix(c, "consumer:") || strings.HasPrefix(c, "Process"):
				lvl = "ERROR"
			}
			return fmt.Sprintf("[2026-12-%02d %02d:%02d:%02d,%03d: %s/%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), lvl, proc, c)
		}, events: []event{
			{60, "Task {celtask}[{uuid}] received"},
			{50, "Task {celtask}[{uuid}] succeeded in {celsecs}s: {celresult}"},
			{10, "Task {celtask}[{uuid}] retry: Retry in {small}s: {pyexc}"},
			{4, "Connected to {pick:redis://redis:6379/0|amqp://guest:**@rabbitmq:5672//}"},
			{4, "mingle: searching for neighbors"},
			{3, "mingle: all alone"},
			{3, "mingle: sync with {small} nodes"},
			{4, "celery@{podhost} ready."},
			{15, "Scheduler: Sending due task {beat} ({celtask})"},
			{6, "missed heartbeat from celery@{podhost}"},
			{4, "Substantial drift from celery@{podhost} may mean clocks are out of sync.  Current drift is {small} seconds.  [orig: {celdt} recv: {celdt}]"},
			{5, "consumer: Cannot connect to {one:redis://redis:6379/0}: Error 111 connecting to redis:6379. Connection refused.."},
			{4, "Process 'ForkPoolWorker-{small}' pid:{pid} exited with 'signal 9 (SIGKILL)'"},
		}},
	}
}

// mongo writes a MongoDB structured log line's spec: the severity,
// component and id fields padded as mongod aligns them (to 10, 16 and 14
// characters, at least one space), the context (a thread: "listener",
// "conn123"), the constant message and the attributes.
func mongo(s, c string, id int, ctx, msg, attr string) string {
	pad := func(f string, w int) string {
		return f + strings.Repeat(" ", max(1, w-len(f)))
	}
	// the severity, component and context are values (slots), fixed per
	// message; the padding follows their written length
	slot := func(key, v string, w int) string {
		f := `"` + key + `":"` + v + `",`
		return `"` + key + `":"{pick:` + v + `}",` + strings.Repeat(" ", max(1, w-len(f)))
	}
	if !strings.Contains(ctx, "{") {
		ctx = "{pick:" + ctx + "}"
	}
	return `{"t":{"$date":"{mdate}"},` + slot("s", s, 10) + slot("c", c, 16) +
		pad(`"id":`+strconv.Itoa(id)+`,`, 14) + `"ctx":"` + ctx + `","msg":"` + msg + `","attr":{` + attr + `}}`
}

// holdout returns the values of the held-out families' slots.
func (g *gen) holdout(kind string) (string, bool) {
	r := g.r
	switch kind {
	case "mailhost": // the client's reverse name, "unknown" when it has none
		return g.pick("unknown", "unknown", "mail.example.com", "mx1.example.net", "smtp.partner.org", "static-203-0-113-9.isp.example"), true
	case "qid": // a Postfix queue id: hex, 10 or 11 digits
		return fmt.Sprintf("%X", 0x1000000000+r.Int64N(0xeffffffff)), true
	case "msgid":
		return fmt.Sprintf("%d.%x@%s", 1764800000+r.IntN(99999), r.Uint32(), g.pick("example.com", "mail.example.net", "app-3.internal")), true
	case "email":
		return g.pick(users...) + "@" + g.pick("example.com", "example.net", "partner.org", "lists.example.org"), true
	case "relay":
		return g.pick("mx.partner.org[203.0.113.25]:25", "aspmx.l.example.com[198.51.100.26]:25", "local", "none", "127.0.0.1[127.0.0.1]:10024"), true
	case "pdelay":
		return strconv.FormatFloat(r.Float64()*5, 'f', 2, 64), true
	case "delays": // before qmgr / in qmgr / connection setup / transmission
		f := func() string {
			if r.IntN(3) == 0 {
				return "0"
			}
			return strconv.FormatFloat(r.Float64(), 'f', 2, 64)
		}
		return f() + "/" + f() + "/" + f() + "/" + f(), true
	case "bounce":
		return "host " + g.value("mailhost") + "[" + g.value("ip") + "] said: 550 5.1.1 <" + g.value("email") + ">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", true
	case "smtpcmds": // smtpd's per-command counters, the commands the client issued
		var parts []string
		n := 0
		for _, c := range []string{g.pick("ehlo", "ehlo", "helo"), "starttls", "auth", "mail", "rcpt", "data", "rset", "quit"} {
			if c == "starttls" || c == "auth" || c == "rset" {
				if r.IntN(3) != 0 {
					continue
				}
			} else if c != "ehlo" && c != "helo" && r.IntN(5) == 0 {
				continue
			}
			k := 1
			if c == "rcpt" {
				k = 1 + r.IntN(3)
			}
			v := strconv.Itoa(k)
			if r.IntN(6) == 0 { // normal completions / total
				v = strconv.Itoa(k-1) + "/" + strconv.Itoa(k)
			}
			parts = append(parts, c+"="+v)
			n += k
		}
		return strings.Join(parts, " ") + " commands=" + strconv.Itoa(n), true
	case "helo":
		return g.pick("localhost", "[192.168.1.2]", "mail.example.com", "WIN-3HJK2", "User"), true
	case "mac": // destination MAC, source MAC, ethertype
		return fmt.Sprintf("52:54:00:%02x:%02x:%02x:%02x:%02x:%02x:%02x:%02x:%02x:08:00", r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256)), true
	case "tos":
		return g.pick("0x00", "0x00", "0x00", "0x08", "0x10", "0x28"), true
	case "prec":
		return g.pick("0x00", "0x00", "0x00", "0x20"), true
	case "ttl":
		return g.pick("64", "64", "128", "52", "48", "243", "117"), true
	case "dport":
		return g.pick("22", "23", "80", "443", "445", "3389", "5432", "6379", "8080", strconv.Itoa(1024+r.IntN(60000))), true
	case "udpport":
		return g.pick("53", "123", "137", "161", "1900", "5353", strconv.Itoa(1024+r.IntN(60000))), true
	case "tcpflags": // the TCP flags set, in the kernel's order
		return g.pick("SYN", "SYN", "SYN", "ACK SYN", "ACK PSH", "ACK FIN", "ACK RST", "RST", "ACK PSH FIN"), true
	case "svcid":
		return g.pick("web", "api", "redis", "postgres", "payments") + g.pick("", "-1", "-2", "-"+g.alnum(6)), true
	case "checkid":
		return g.pick("service:", "service:", "") + g.value("svcid") + g.pick("", ":1", ":2"), true
	case "hnode":
		return g.pick("consul-server-", "node-", "ip-10-0-2-") + strconv.Itoa(r.IntN(30)), true
	case "hcerr":
		return g.pick("No cluster leader", "rpc error making call: EOF", "rpc error making call: ACL not found", "failed to get conn: dial tcp "+g.value("ipport")+": i/o timeout"), true
	case "consulurl":
		return g.pick("/v1/kv/config/", "/v1/catalog/service/", "/v1/health/service/", "/v1/agent/check/update/") + g.value("svcid") + g.pick("", "?index="+strconv.Itoa(r.IntN(99999)), "?stale="), true
	case "lease":
		return g.pick("auth/token/create/", "database/creds/readonly/", "auth/kubernetes/login/") + g.alnum(24), true
	case "qtype":
		return g.pick("A", "A", "AAAA", "AAAA", "SRV", "PTR", "TXT", "HTTPS"), true
	case "qname":
		return g.pick("example.com.", "api.example.com.", g.value("svcid")+".default.svc.cluster.local.", "orders.prod.svc.cluster.local.",
			strconv.Itoa(r.IntN(255))+".0.96.10.in-addr.arpa.", "_grpc._tcp.backend.internal."), true
	case "rcode":
		return g.pick("NOERROR", "NOERROR", "NOERROR", "NXDOMAIN", "NXDOMAIN", "SERVFAIL", "REFUSED"), true
	case "rflags":
		return g.pick("qr,aa,rd", "qr,rd,ra", "qr,aa,rd,ra", "qr,rd", "qr,aa,rd,ra,ad"), true
	case "dnsdur":
		return strconv.FormatFloat(r.Float64()*0.05, 'f', 9, 64) + "s", true
	case "sha512":
		b := make([]byte, 0, 128)
		for len(b) < 128 {
			b = fmt.Appendf(b, "%016x", r.Uint64())
		}
		return string(b), true
	case "rfc9":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%09dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000000)), true
	case "cid", "sha256":
		return fmt.Sprintf("%016x%016x%016x%016x", r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64()), true
	case "plugin":
		return g.pick("io.containerd.snapshotter.v1.overlayfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.grpc.v1.cri",
			"io.containerd.runtime.v2.task", "io.containerd.snapshotter.v1.zfs", "io.containerd.tracing.processor.v1.otlp"), true
	case "plugintype":
		return g.pick("io.containerd.snapshotter.v1", "io.containerd.grpc.v1", "io.containerd.runtime.v2", "io.containerd.tracing.processor.v1"), true
	case "mdate":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03d+00:00", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "semver":
		return fmt.Sprintf("%d.%d.%d", 1+r.IntN(6), r.IntN(20), r.IntN(10)), true
	case "mplatform":
		return g.pick("Node.js v20.11.0, LE (unified)", "CPython 3.11.6.final.0", "go1.22.1", "Node.js v18.19.1, LE (unified)"), true
	case "mcommand": // the command document of a slow operation, as run
		return g.pick(
			`{"find":"`+g.value("table")+`","filter":{"status":"`+g.value("word")+`"},"limit":`+strconv.Itoa(1+r.IntN(100))+`,"$db":"`+g.value("db")+`"}`,
			`{"aggregate":"`+g.value("table")+`","pipeline":[{"$match":{"userId":`+strconv.Itoa(r.IntN(9999))+`}},{"$group":{"_id":"$status","n":{"$sum":1}}}],"cursor":{},"$db":"`+g.value("db")+`"}`,
			`{"update":"`+g.value("table")+`","ordered":true,"$db":"`+g.value("db")+`"}`,
			`{"getMore":`+strconv.FormatUint(r.Uint64()>>2, 10)+`,"collection":"`+g.value("table")+`","$db":"`+g.value("db")+`"}`), true
	case "plansummary":
		return g.pick("COLLSCAN", "COLLSCAN", "IXSCAN { status: 1 }", "IXSCAN { userId: 1, createdAt: -1 }", "IDHACK"), true
	case "mautherr": // the error's text, as MongoDB quotes it inside JSON
		return g.pick("AuthenticationFailed: SCRAM authentication failed, storedKey mismatch",
			`UserNotFound: Could not find user \"`+g.value("user")+`\" for db \"admin\"`), true
	case "k8slisterr": // client-go's *url.Error: "%s %q: %s"
		return `Get "https://` + g.value("ipport") + `/api/v1/` + g.pick("namespaces", "services", "endpointslices") + `?limit=500&resourceVersion=0": dial tcp ` + g.value("ipport") + `: i/o timeout`, true
	case "ctrnotfound": // a gRPC status error, the id quoted with escaped quotes (logrus)
		return `rpc error: code = NotFound desc = an error occurred when try to find container \"` + g.value("cid") + `\": not found`, true
	case "epochs":
		return strconv.Itoa(1764800000 + r.IntN(99999)), true
	case "hexthread":
		return fmt.Sprintf("%x", 0x7f0000000000+r.Int64N(0xffffffffff)), true
	case "epochms":
		return strconv.FormatInt(1764800000000+r.Int64N(99999999), 10), true
	case "podhost":
		return g.pick("api", "worker", "web", "jobs") + "-" + fmt.Sprintf("%x", 0x5000000+r.IntN(0xffffff)) + "-" + g.alnum(5), true
	case "reqn":
		return strconv.FormatInt(int64(1+r.IntN(5000)), 36), true
	case "celtask":
		return g.pick("app.tasks.send_email", "app.tasks.sync_orders", "billing.tasks.charge", "reports.tasks.build_report", "app.tasks.cleanup"), true
	case "celsecs":
		return strconv.FormatFloat(r.Float64()*3, 'f', 6+r.IntN(9), 64), true
	case "celresult": // the task's return value, repr()
		return g.pick("None", "None", strconv.Itoa(r.IntN(500)), "True", "{'sent': "+strconv.Itoa(r.IntN(50))+", 'failed': 0}", "['"+g.value("word")+"', '"+g.value("word")+"']", "'ok'"), true
	case "pyexc":
		return g.pick("ConnectionError('Error 111 connecting to redis:6379. Connection refused.')", "TimeoutError()",
			"SMTPServerDisconnected('Connection unexpectedly closed')", "OperationalError('server closed the connection unexpectedly')"), true
	case "beat":
		return g.pick("nightly-report", "sync-orders-every-5m", "cleanup-sessions", "celery.backend_cleanup"), true
	case "celdt":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	}
	return "", false
}
