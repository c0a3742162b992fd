package main

import (
	"fmt"
	"strings"
)

// syslog writes an RFC 3164 header as rsyslog stores it.
func syslog(component string) func(g *gen, content string) string {
	return func(g *gen, content string) string {
		return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s %s[%d]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60),
			g.pick("web-01", "db-2", "bastion", "k8s-node-3"), component, 300+g.r.IntN(60000), content)
	}
}

func bare(_ *gen, content string) string { return content }

const syslogFormat = `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`

// families are written after the messages of each program (its source or
// documentation); weights give a realistic long tail.
func families() []family {
	return []family{
		{name: "Sshd", format: syslogFormat, header: syslog("sshd"), events: []event{
			{30, "Accepted {pick:password|publickey|keyboard-interactive/pam} for {user} from {ip} port {port} ssh2"},
			{40, "Failed password for invalid user {user} from {ip} port {port} ssh2"},
			{25, "Failed password for {user} from {ip} port {port} ssh2"},
			{40, "Invalid user {user} from {ip} port {port}"},
			{30, "Connection closed by {ip} port {port} [preauth]"},
			{20, "Received disconnect from {ip} port {port}:11: {pick:Bye Bye|disconnected by user|Normal Shutdown, Thank you for playing} [preauth]"},
			{20, "Disconnected from user {user} {ip} port {port}"},
			{20, "pam_unix(sshd:session): session opened for user {user}(uid={uid}) by {opt:user}(uid={pick:0|0|1000})"},
			{15, "pam_unix(sshd:session): session closed for user {user}"},
			{15, "pam_unix(sshd:auth): authentication failure; logname= uid={pick:0|0|33} euid={pick:0|0|33} tty={tty} ruser= rhost={opt:ip}  user={user}"},
			{10, "pam_unix(sshd:auth): check pass; user unknown"},
			{8, "error: maximum authentication attempts exceeded for {user} from {ip} port {port} ssh2 [preauth]"},
			{8, "Unable to negotiate with {ip} port {port}: no matching key exchange method found. Their offer: {pick:diffie-hellman-group1-sha1|diffie-hellman-group14-sha1,diffie-hellman-group1-sha1|ecdh-sha2-nistp256} [preauth]"},
			{5, "Server listening on {pick:0.0.0.0|::} port {pick:22|2222}."},
			{5, "fatal: Timeout before authentication for {ip} port {port}"},
		}},
		{name: "SudoCron", format: `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`, header: func(g *gen, c string) string {
			comp := "sudo"
			if strings.HasPrefix(c, "(") || strings.Contains(c, "cron:") {
				comp = "CRON"
			}
			return syslog(comp)(g, c)
		}, events: []event{
			{30, "{user} : TTY={tty} ; PWD={fspath} ; USER={pick:root|postgres|www-data} ; COMMAND={cmd}"},
			{8, "{user} : {small} incorrect password attempts ; TTY={tty} ; PWD={fspath} ; USER={pick:root|postgres} ; COMMAND={cmd}"},
			{8, "{user} : user NOT in sudoers ; TTY={tty} ; PWD={fspath} ; USER={pick:root|postgres} ; COMMAND={cmd}"},
			{25, "pam_unix(sudo:session): session opened for user {pick:root|postgres|www-data}(uid={pick:0|114|33}) by {opt:user}(uid={uid})"},
			{25, "pam_unix(sudo:session): session closed for user {pick:root|postgres|www-data}"},
			{40, "({user}) CMD ({croncmd})"},
			{30, "pam_unix(cron:session): session opened for user {user}(uid={uid}) by (uid={pick:0|0|0})"},
			{30, "pam_unix(cron:session): session closed for user {user}"},
			{5, "(CRON) info (No MTA installed, discarding output)"},
			{5, "pam_unix(sudo:auth): authentication failure; logname={opt:user} uid={uid} euid={pick:0|0} tty={tty} ruser={user} rhost=  user={user}"},
		}},
		{name: "Nginx", format: `<Content>`, header: bare, events: []event{
			// the "combined" log_format: "$request" is one variable, the
			// request line (ngx_http_log_module), like request: below
			{120, `{ip} - {optuser} [{nginxtime}] "{one:<method> <path> <proto>}" {status} {int} "{referer}" "{agent}"`},
			{15, `{ngdate} [error] {pid}#{pid}: *{big} open() "{file}" failed (2: No such file or directory), client: {ip}, server: {host}, request: "{req}", host: "{host}"`},
			{10, `{ngdate} [error] {pid}#{pid}: *{big} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip}, server: {host}, request: "{req}", upstream: "{one:http://<ipport><path>}", host: "{host}"`},
			{10, `{ngdate} [error] {pid}#{pid}: *{big} connect() failed (111: Connection refused) while connecting to upstream, client: {ip}, server: {host}, request: "{req}", upstream: "{one:http://<ipport><path>}", host: "{host}"`},
			{6, `{ngdate} [warn] {pid}#{pid}: *{big} a client request body is buffered to a temporary file /var/cache/nginx/client_temp/{big}, client: {ip}, server: {host}, request: "{req}", host: "{host}"`},
			{5, `{ngdate} [error] {pid}#{pid}: *{big} client intended to send too large body: {big} bytes, client: {ip}, server: {host}, request: "{req}", host: "{host}"`},
			{6, `{ngdate} [error] {pid}#{pid}: *{big} limiting requests, excess: {float} by zone "{pick:one|api|login}", client: {ip}, server: {host}, request: "{req}", host: "{host}"`},
			{3, `{ngdate} [notice] {pid}#{pid}: signal process started`},
		}},
		{name: "Envoy", format: `<Content>`, header: bare, events: []event{
			{120, `[{rfc}] "{method} {path} {proto}" {status} {flags} {int} {int} {int} {upstreamtime} "{xff}" "{agent}" "{uuid}" "{authority}" "{uhost}"`},
			{10, `[{envoydate}][{tid}][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:{int}] StreamAggregatedResources gRPC config stream to xds-grpc closed: {small}, {reason}`},
			{8, `[{envoydate}][{tid}][info][upstream] [source/common/upstream/cds_api_helper.cc:{int}] cds: add {small} cluster(s), remove {small} cluster(s)`},
			{5, `[{envoydate}][{tid}][info][main] [source/server/drain_manager_impl.cc:{int}] shutting down parent after drain`},
			{6, `[{envoydate}][{tid}][warning][misc] [source/common/protobuf/message_validator_impl.cc:{int}] Deprecated field: type envoy.config.{pick:route|cluster}.v3.{pick:RouteAction|Cluster}.{pick:max_grpc_timeout|hidden_envoy_deprecated_tls_context} Using deprecated option`},
		}},
		{name: "Kubernetes", format: `<LastSeen> <Type> <Reason> <Object> <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%dm%ds   %s   %s   pod/%s   %s", g.r.IntN(60), g.r.IntN(60), g.pick("Normal", "Warning"), g.pick("Pulled", "Created", "BackOff", "Unhealthy", "FailedScheduling"), g.value("pod"), c)
		}, events: []event{
			{25, "Successfully assigned {ns}/{pod} to {node}"},
			{25, `Pulling image "{image}"`},
			{15, `Successfully pulled image "{image}" in {dur} ({dur} including waiting)`},
			{15, `Successfully pulled image "{image}" in {dur} ({dur} including waiting). Image size: {big} bytes.`},
			{20, `Container image "{image}" already present on machine`},
			{30, "Created container {container}"},
			{30, "Started container {container}"},
			{15, "Stopping container {container}"},
			{20, "Back-off restarting failed container {container} in pod {pod}_{ns}({uuid})"},
			{10, "Liveness probe failed: HTTP probe failed with statuscode: {pick:500|503|404}"},
			// Go's *url.Error: "%s %q: %s" (Op, URL, Err): the URL is one value
			{10, `Readiness probe failed: Get "{one:http://<ipport>/healthz}": dial tcp {ipport}: connect: connection refused`},
			// kube-scheduler's FitError: "0/%v nodes are available" with the
			// filter reasons, then the preemption plugin's message over the
			// same nodes (its own reasons, one per node)
			{10, "0/{nodes} nodes are available: {pairs}. preemption: 0/{samenodes} nodes are available: {preemptpairs}."},
			{10, "Scaled up replica set {deploy} to {small}"},
			{8, "Scaled down replica set {deploy} to {small} from {small}"},
			{8, `MountVolume.SetUp failed for volume "{volume}" : configmap "{word}" not found`},
			{6, `Error: ImagePullBackOff`},
			{6, `Failed to pull image "{image}": rpc error: code = NotFound desc = failed to pull and unpack image "{image}": {reason}`},
		}},
		{name: "PostgreSQL", format: `<Date> <Time> <TZ> \[<Pid>\] <Level>: <Content>`, header: func(g *gen, c string) string {
			lvl := "LOG"
			switch {
			case strings.HasPrefix(c, "password") || strings.HasPrefix(c, "terminating"):
				lvl = "FATAL"
			case strings.HasPrefix(c, "duplicate") || strings.HasPrefix(c, "relation") || strings.HasPrefix(c, "deadlock") || strings.HasPrefix(c, "canceling"):
				lvl = "ERROR"
			case strings.HasPrefix(c, "Key"):
				lvl = "DETAIL"
			}
			return fmt.Sprintf("2026-12-04 %02d:%02d:%02d.%03d UTC [%d] %s:  %s", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), 300+g.r.IntN(60000), lvl, c)
		}, events: []event{
			{30, "connection received: host={ip} port={port}"},
			{30, "connection authorized: user={user} database={db} application_name={opt:app}"},
			{12, `password authentication failed for user "{user}"`},
			{12, `duplicate key value violates unique constraint "{constraint}"`},
			{12, "Key ({key})=({keyval}) already exists."},
			{10, `relation "{table}" does not exist at character {int}`},
			{30, "duration: {ms} ms  statement: {sql}"},
			{8, "checkpoint starting: {pick:time|wal|immediate force wait}"},
			{8, "checkpoint complete: wrote {int} buffers ({pct}%); {small} WAL file(s) added, {small} removed, {small} recycled; write={float} s, sync={float} s, total={float} s; sync files={int}, longest={float} s, average={float} s; distance={int} kB, estimate={int} kB"},
			{10, "could not receive data from client: Connection reset by peer"},
			{4, "deadlock detected"},
			{6, "terminating connection due to idle-in-transaction timeout"},
			{6, "canceling statement due to statement timeout"},
			{6, "disconnection: session time: {pick:0|1|2}:{pick:00|01|13}:{pick:01|22|59}.{int} user={user} database={db} host={ip} port={port}"},
		}},
		{name: "MySQL", format: `<Time> <Thread> \[<Level>\] \[<Code>\] \[<Subsystem>\] <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("2026-12-04T%02d:%02d:%02d.%06dZ %d [%s] [MY-0%05d] [%s] %s", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), g.r.IntN(300), g.pick("Warning", "Note", "ERROR"), 10000+g.r.IntN(3000), g.pick("Server", "InnoDB"), c)
		}, events: []event{
			{30, "IP address '{ip}' could not be resolved: Name or service not known"},
			{30, "Aborted connection {int} to db: '{db}' user: '{user}' host: '{host}' ({pick:Got an error reading communication packets|Got timeout reading communication packets|Got an error writing communication packets})"},
			{30, "Access denied for user '{user}'@'{host}' (using password: {pick:YES|NO})"},
			{6, "Plugin mysqlx reported: 'Setup of socket: '/var/run/mysqld/mysqlx.sock' failed, another process with PID {pid} is using UNIX socket file'"},
			{12, "page_cleaner: 1000ms intended loop took {int}ms. The settings might not be optimal. (flushed={int}, during the time.)"},
			// ER_CRASHED_ON_USAGE: "Table '%-.192s' is marked as crashed ..."
			{8, "Table '{one:./<db>/<table>}' is marked as crashed and should be repaired"},
			{6, "Operating system error number {pick:2|13|28} in a file operation."},
			{6, "Unsafe statement written to the binary log using statement format since BINLOG_FORMAT = STATEMENT."},
			{5, "/usr/sbin/mysqld: ready for connections. Version: '8.0.{small}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."},
		}},
		{name: "Logfmt", format: `<Content>`, header: bare, events: []event{
			{60, `time="{rfc}" level={level} msg="request completed" duration={dur} method={method} path={path} remote={ipport} status={status}`},
			{30, `time="{rfc}" level={level} msg="retrying request" attempt={small} backoff={dur} error={logfmtreason}`},
			{15, `time="{rfc}" level={level} msg="cache miss" key={word}:{int}`},
			{10, `time="{rfc}" level={level} msg="pool stats" idle={small} in_use={int} max_open={int} wait_count={int}`},
			{10, `time="{rfc}" level={level} msg="queue stats" depth={int} lag={dur}`},
			{10, `time="{rfc}" level={level} msg="http: TLS handshake error from {ipport}: {reason}"`},
			{10, `time="{rfc}" level={level} msg="slow query" db={db} elapsed={dur} rows={int} table={table}`},
			{8, `time="{rfc}" level={level} msg="setting changed" setTotalSteps={int}`},
			{8, `time="{rfc}" level={level} msg="setting changed" setLastMinute={int}`},
			{8, `time="{rfc}" level={level} msg="setting changed" maxIdleConns={int}`},
			{6, `time="{rfc}" level={level} msg="user login" user={user} mfa={pick:true|false} ip={ip}`},
			{5, `time="{rfc}" level={level} msg="shutting down" signal={pick:terminated|interrupt}`},
		}},
		{name: "ZapJSON", format: `<Content>`, header: bare, events: []event{
			{60, `{"level":"{level}","ts":{epoch},"caller":"{caller}","msg":"request served","method":"{method}","path":"{path}","status":{status},"latency":{float}}`},
			{15, `{"level":"{level}","ts":{epoch},"caller":"{caller}","msg":"failed to connect to database","error":"{one:dial tcp <ipport>: connect: connection refused}","attempt":{small}}`},
			{12, `{"level":"{level}","ts":{epoch},"caller":"{caller}","msg":"cache warmed","entries":{int},"duration":"{dur}"}`},
			{10, `{"level":"{level}","ts":{epoch},"caller":"{caller}","msg":"user logged in","user":"{user}","mfa":{pick:true|false},"session":"{uuid}"}`},
			{10, `{"level":"{level}","ts":{epoch},"caller":"{caller}","msg":"token rejected","user":"{opt:user}","reason":"{pick:expired|bad signature|revoked}"}`},
			// zap.Error writes err.Error() and the caller encoder "file:line",
			// each one string value (the other lines' {caller})
			{8, `{"level":"{level}","ts":{epoch},"caller":"{one:main.go:<int>}","msg":"shutting down","signal":"{pick:terminated|interrupt}"}`},
			{8, `{"level":"{level}","ts":{epoch},"caller":"{caller}","msg":"job finished","job":"{word}","items":[{isr}],"took":"{dur}"}`},
			{8, `{"level":"{level}","ts":{epoch},"caller":"{caller}","msg":"job failed","job":"{word}","error":"{reason}"}`},
		}},
		{name: "Java", format: `<Date> <Time> <Level> \[<Thread>\] <Logger> - <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("2026-12-04 %02d:%02d:%02d,%03d %s [%s] %s - %s", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), g.pick("ERROR", "WARN"), g.value("thread"), g.value("class"), c)
		}, events: []event{
			{20, `java.lang.NullPointerException: Cannot invoke "{javacall}" because "{javavar}" is null`},
			{15, `java.net.SocketTimeoutException: Read timed out`},
			{12, `java.net.ConnectException: Connection refused`},
			{12, `org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [{constraint}]`},
			{12, `java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after {int}ms.`},
			{6, `Exception in thread "{thread}" java.lang.OutOfMemoryError: Java heap space`},
			{12, `java.lang.ArrayIndexOutOfBoundsException: Index {int} out of bounds for length {int}`},
			{10, `java.io.FileNotFoundException: {fspath} (No such file or directory)`},
			{10, `Caused by: java.net.UnknownHostException: {host}`},
			{10, `Servlet.service() for servlet [dispatcherServlet] in context with path [{opt:ctxpath}] threw exception`},
			{8, `java.lang.IllegalStateException: Connection pool shut down`},
			{8, `java.lang.NumberFormatException: For input string: "{pyval}"`},
			{8, `org.apache.kafka.common.errors.TimeoutException: Topic {topic} not present in metadata after {int} ms.`},
		}},
		{name: "Python", format: `<Date> <Time> <Level> <Logger>: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("2026-12-04 %02d:%02d:%02d,%03d ERROR %s: %s", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), g.pick("app.worker", "django.request", "celery.app.trace", "root"), c)
		}, events: []event{
			{20, `KeyError: '{pykey}'`},
			{15, `ValueError: invalid literal for int() with base 10: '{pyval}'`},
			{12, `ConnectionRefusedError: [Errno 111] Connection refused`},
			{12, `FileNotFoundError: [Errno 2] No such file or directory: '{fspath}'`},
			{10, `TypeError: unsupported operand type(s) for +: '{pick:int|NoneType|float}' and '{pick:str|NoneType|int}'`},
			{12, `AttributeError: '{pick:NoneType|dict|str}' object has no attribute '{pykey}'`},
			{10, `requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='{host}', port={pick:443|8443}): Read timed out. (read timeout={small})`},
			{8, `psycopg2.OperationalError: could not connect to server: Connection refused`},
			{8, `django.db.utils.IntegrityError: duplicate key value violates unique constraint "{constraint}"`},
			{8, `TimeoutError: [Errno 110] Connection timed out`},
			{10, `Task {pick:app.tasks.send_email|app.tasks.sync_orders|billing.tasks.charge}[{uuid}] raised unexpected: {pick:KeyError|ValueError|TimeoutError}('{pykey}')`},
			{6, `Internal Server Error: {path}`},
		}},
		{name: "GoRuntime", format: `<Content>`, header: bare, events: []event{
			{15, `panic: runtime error: invalid memory address or nil pointer dereference`},
			{15, `[signal SIGSEGV: segmentation violation code={hexshort} addr={hexshort} pc={hex0x}]`},
			{12, `panic: runtime error: index out of range [{goidx}] with length {golen}`},
			{25, `goroutine {goroutine} [{pick:running|chan receive|select|IO wait|semacquire}]:`},
			{6, `fatal error: concurrent map writes`},
			{6, `panic: send on closed channel`},
			{20, `http: TLS handshake error from {ipport}: {reason}`},
			{12, `http: proxy error: dial tcp {ipport}: connect: connection refused`},
			{10, `http: Accept error: accept tcp [::]:{port}: accept4: too many open files; retrying in {dur}`},
			{8, `panic: interface conversion: interface {} is {pick:nil|string|float64}, not {gotype}`},
		}},
		{name: "DotNet", format: `<Level>: <Category>\[<EventId>\] <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%s: %s[%d] %s", g.pick("fail", "crit", "warn"), g.pick("Microsoft.AspNetCore.Server.Kestrel", "Acme.Orders.OrderService", "Microsoft.EntityFrameworkCore.Database.Command"), g.r.IntN(30), c)
		}, events: []event{
			{20, `System.NullReferenceException: Object reference not set to an instance of an object.`},
			{12, `System.InvalidOperationException: Sequence contains no elements`},
			{15, `System.Net.Http.HttpRequestException: Connection refused ({ipport})`},
			{10, `Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server.`},
			{12, `System.Collections.Generic.KeyNotFoundException: The given key '{pykey}' was not present in the dictionary.`},
			{10, `System.TimeoutException: The operation has timed out.`},
			// Kestrel: "Connection id \"{ConnectionId}\", Request id
			// \"{TraceIdentifier}\": ..." (the request id is one value);
			// EF Core: "... CommandType='{commandType}', ..."
			{12, `Connection id "{pick:0HN8}{alnumid}", Request id "{one:<pick:0HN8><alnumid>:<hex8>}": An unhandled exception was thrown by the application.`},
			{10, `Failed executing DbCommand ({int}ms) [Parameters=[{opt:dbparams}], CommandType='{one:Text}', CommandTimeout='{pick:30|60}']`},
			{8, `System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter '{pick:index|startIndex|count}')`},
		}},
		{name: "HAProxy", format: syslogFormat, header: syslog("haproxy"), events: []event{
			// the default "option httplog" format: "%ci:%cp [%tr] %ft
			// %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc
			// %ac/%fc/%bc/%sc/%rc %sq/%bq %hr %hs %{+Q}r"; %CC and %CS
			// are the captured request and response cookies, fields the
			// proxy writes as "-" when no "capture cookie" is configured
			// (HAProxy configuration manual, 8.2.3 "HTTP log format")
			{120, `{ipport} [{hadate}] {frontend} {backend}/{server} {timers} {status} {int} {nocookie} {nocookie} {termstate} {conns} {queues} "{req}"`},
			{8, `Server {backend}/{server} is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: {int}ms. {small} active and {small} backup servers left. {small} sessions active, {small} requeued, {small} remaining in queue.`},
			{8, `Server {backend}/{server} is UP, reason: Layer7 check passed, code: {pick:200|204}, check duration: {int}ms. {small} active and {small} backup servers online. {small} sessions requeued, {small} total in queue.`},
			{4, `backend {backend} has no server available!`},
			{4, `Proxy {frontend} started.`},
			{6, `{ipport} [{hadate}] {frontend}/{pick:1|2}: SSL handshake failure`},
		}},
		{name: "Systemd", format: syslogFormat, header: syslog("systemd"), events: []event{
			{30, `Started {unitdesc}.`},
			{25, `Starting {unitdesc}...`},
			{15, `Stopped {unitdesc}.`},
			{25, `{unit}.service: Main process exited, code={exitcode}, status={exitstatus}/{exitname}`},
			{20, `{unit}.service: Failed with result '{result}'.`},
			{12, `{unit}.service: Scheduled restart job, restart counter is at {small}.`},
			{15, `{unit}.service: Consumed {float}s CPU time.`},
			{20, `{unit}.service: Deactivated successfully.`},
			{8, `Reached target {pick:Multi-User System|Network is Online|Timers|Sockets}.`},
			{6, `Reloading.`},
			{5, `{unit}.service: Start request repeated too quickly.`},
		}},
		{name: "Kernel", format: `<Month> <Day> <Time> <Host> kernel: \[<Uptime>\] <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s kernel: [%6d.%06d] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("web-01", "db-2", "k8s-node-3"), g.r.IntN(999999), g.r.IntN(1000000), c)
		}, events: []event{
			{15, `Out of memory: Killed process {pid} ({comm}) total-vm:{kb}, anon-rss:{kb}, file-rss:{kb}, shmem-rss:{kb}, UID:{uid} pgtables:{kb} oom_score_adj:{int}`},
			{12, `e1000e: {iface} NIC Link is Up {mbps} Mbps {pick:Full|Half} Duplex, Flow Control: {pick:Rx/Tx|None|Rx}`},
			{8, `e1000e: {iface} NIC Link is Down`},
			{10, `EXT4-fs error (device {dev}): ext4_find_entry:{int}: inode #{int}: comm {comm}: reading directory lblock 0`},
			{10, `EXT4-fs ({dev}): mounted filesystem with ordered data mode. Quota mode: {pick:none|journalled}.`},
			{12, `{comm}[{pid}]: segfault at {hex8} ip {hex16} sp {hex16} error {small} in {lib}[{hexrange}]`},
			// apparmor's audit_pre(): " apparmor=\"%s\"", the audit type
			{12, `audit: type=1400 audit({audit}): apparmor="{one:DENIED}" operation="{pick:open|exec|mknod}" profile="{pick:snap.lxd.daemon|/usr/sbin/cupsd|docker-default}" name="{fspath}" pid={pid} comm="{comm}" requested_mask="{pick:r|w|rw}" denied_mask="{pick:r|w|rw}" fsuid={uid} ouid={uid}`},
			{6, `RIP: 0010:{sym}`},
			{6, `RSP: 0018:{hex16} EFLAGS: {hex8}`},
			{6, `RAX: {hex16} RBX: {hex16} RCX: {hex16}`},
			{6, `RDX: {hex16} RSI: {hex16} RDI: {hex16}`},
			{6, `RBP: {hex16} R08: {hex16} R09: {hex16}`},
			{6, `R10: {hex16} R11: {hex16} R12: {hex16}`},
			{6, `R13: {hex16} R14: {hex16} R15: {hex16}`},
			// check_hlt() prints the question, then "disabled" or "OK." from
			// another printk (arch/x86/kernel/cpu/bugs.c before 2.6.36)
			{4, `Checking 'hlt' instruction... {pick:OK.|OK.|OK.|disabled}`},
			{5, `Calibrating delay loop (skipped), value calculated using timer frequency.. {bogomips} BogoMIPS (lpj={big})`},
			{6, `mce: [Hardware Error]: CPU {small}: Machine Check: 0 Bank {small}: {hex16}`},
			{6, `TCP: request_sock_TCP: Possible SYN flooding on port {port}. Sending cookies.  Check SNMP counters.`},
			{5, `nf_conntrack: nf_conntrack: table full, dropping packet`},
		}},
		{name: "Redis", format: `<Pid>:<Role> <Day> <Month> <Year> <Time> <Level> <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%d:%s %02d Dec 2026 %02d:%02d:%02d.%03d %s %s", 1+g.r.IntN(300), g.pick("M", "S", "C"), 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), g.pick("*", "#", "-"), c)
		}, events: []event{
			{20, `Background saving started by pid {pid}`},
			{20, `DB saved on disk`},
			{20, `{int} changes in {int} seconds. Saving...`},
			{18, `Background saving terminated with success`},
			{12, `Fork CoW for RDB: current {small} MB, peak {small} MB, average {small} MB`},
			{8, `Connection with replica {ipport} lost.`},
			{8, `Replica {ipport} asks for synchronization`},
			{8, `Full resync requested by replica {ipport}`},
			{8, `Starting BGSAVE for SYNC with target: {pick:disk|replicas sockets}`},
			{6, `Error accepting a client connection: {reason}`},
			{6, `MASTER <-> REPLICA sync: Finished with success`},
			{5, `+sdown master {sentinel} {ip} 6379`},
			{5, `WARNING overcommit_memory is set to 0! Background save may fail under low memory condition.`},
		}},
		{name: "Configure", format: `<Content>`, header: bare, events: []event{
			// GNU autoconf: "checking <what>... <result>" glues the result
			// to the question with dots; AC_CACHE_CHECK prints "(cached)"
			// before a result it did not compute again. The question is
			// variable only where the generated script loops or calls a
			// shell function with the name as an argument: AC_CHECK_PROGS
			// ("for ac_prog in gawk mawk ...; ... checking for $ac_word"),
			// AC_CHECK_HEADERS, AC_CHECK_SIZEOF, AC_CHECK_LIB; a macro with
			// one fixed question (AC_PROG_INSTALL, AC_PROG_MKDIR_P,
			// AC_PROG_SED, AC_PROG_GREP, LT_PATH_LD, AC_C_BIGENDIAN, the
			// "checking whether ..." probes) prints that literal text, one
			// statement per macro, so each is an event of its own
			{40, "checking for {acword}... {acfound}"},
			{8, "checking for a BSD-compatible install... {pick:/usr/bin/install|/bin/install} -c"},
			{6, "checking for a thread-safe mkdir -p... {pick:/usr/bin/mkdir|/bin/mkdir} -p"},
			{5, "checking for a sed that does not truncate output... {pick:/usr/bin/sed|/bin/sed}"},
			{5, "checking for grep that handles long lines and -e... {pick:/usr/bin/grep|/bin/grep}"},
			{5, "checking for ld used by {pick:gcc|cc}... {pick:/usr/bin/ld|/usr/bin/x86_64-linux-gnu-ld}"},
			{50, "checking for {acheader}... {pick:yes|yes|yes|no}"},
			{25, "checking for {acheader}... (cached) {pick:yes|yes|no}"},
			{5, "checking whether the C compiler works... {pick:yes|yes|no}"},
			{5, "checking whether we are cross compiling... {pick:no|no|yes}"},
			{5, "checking whether build environment is sane... {pick:yes|yes|no}"},
			{5, "checking whether make supports nested variables... {pick:yes|no}"},
			{5, "checking whether gcc accepts -g... {pick:yes|no}"},
			{5, "checking whether byte ordering is bigendian... {pick:no|yes}"},
			{5, "checking whether make sets $(MAKE)... {pick:yes|no}"},
			{5, "checking whether the compiler supports GNU C... {pick:yes|no}"},
			{20, "checking size of {ctype}... {pick:1|2|4|8}"},
			{15, "checking for {acfunc} in -l{aclib}... {pick:yes|no}"},
			{10, "checking dependency style of {pick:gcc|g++}... {pick:gcc3|none}"},
			{15, "config.status: creating {acfile}"},
			{10, "config.status: executing {pick:depfiles|libtool|default-1} commands"},
			{8, "configure: WARNING: {acheader}: present but cannot be compiled"},
			{6, "configure: creating ./config.status"},
			{4, "configure: error: {pick:C compiler cannot create executables|no acceptable C compiler found in $PATH|Package requirements (glib-2.0 >= 2.56) were not met}"},
		}},
		{name: "Kafka", format: `\[<Date> <Time>\] <Level> <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("[2026-12-04 %02d:%02d:%02d,%03d] %s %s", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), g.pick("INFO", "WARN"), c)
		}, events: []event{
			{20, `[GroupCoordinator {broker}]: Preparing to rebalance group {group} in state PreparingRebalance with old generation {int} (__consumer_offsets-{int}) (reason: {kreason}) (kafka.coordinator.group.GroupCoordinator)`},
			{20, `[GroupCoordinator {broker}]: Stabilized group {group} generation {int} (__consumer_offsets-{int}) with {small} members (kafka.coordinator.group.GroupCoordinator)`},
			{25, `[LocalLog partition={topic}, dir=/var/lib/kafka/data] Rolled new log segment at offset {big} in {int} ms. (kafka.log.LocalLog)`},
			{10, `[Controller id={broker}] Processing automatic preferred replica leader election (kafka.controller.KafkaController)`},
			{12, `[Partition {topic} broker={broker}] Shrinking ISR from {isr} to {isr}. Leader: (highWatermark: {big}, endOffset: {big}). Out of sync replicas: (brokerId: {broker}, endOffset: {big}). (kafka.cluster.Partition)`},
			{12, `[Partition {topic} broker={broker}] ISR updated to {isr} and version updated to {int} (kafka.cluster.Partition)`},
			{10, `[ReplicaFetcher replicaId={broker}, leaderId={broker}, fetcherId=0] Error sending fetch request (sessionId={big}, epoch={int}) to node {broker}: (org.apache.kafka.clients.FetchSessionHandler)`},
			// SocketServer's log context "listenerType=%s", Selector's
			// "Failed authentication with {} (channelId={}) ({})": values
			{8, `[SocketServer listenerType={one:ZK_BROKER}, nodeId={broker}] Failed authentication with /{ip} (channelId={one:<ip>:9092-<ip>:<port>-<int>}) ({pick:SSL handshake failed|Unexpected Kafka request of type METADATA during SASL handshake.}) (org.apache.kafka.common.network.Selector)`},
			{8, `[KafkaServer id={broker}] started (kafka.server.KafkaServer)`},
		}},
	}
}
