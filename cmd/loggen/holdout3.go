package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The third held-out families (issue #14, session 13, h50): software
// neither testdata/logcorpus, testdata/logholdout, testdata/logholdout2
// nor Loghub-2k has, written from how each program documents or writes its
// lines, for a set that no one writing miner rules reads (the rules written
// while studying the second held-out set are measured on this one). They
// go to testdata/logholdout3 (go run ./cmd/loggen -set holdout3); same
// truth conventions as the corpus (khanCorrect, one "<*>" per value the
// program fills in, keys constant, the message key holds the format
// string, a value no line fills stays constant; a level or a word written
// literally at the call site stays constant, a nested format string's
// words stay constant).
//
//	go run ./cmd/loggen -set holdout3 -out testdata/logholdout3

// holdout3Seed is the third held-out set's seed.
const holdout3Seed = 50

func holdout3Families() []family {
	return []family{
		// Dovecot 2.3 through syslog (no pid: Dovecot opens syslog
		// without LOG_PID): the login processes' line built from
		// login_log_format_elements ("user=<%u> method=%m rip=%r lip=%l
		// mpid=%e %c session=<%{session}>", elements that expand empty
		// are dropped with their ", ", %c the connection's security:
		// "TLS", "secured", or "TLS handshaking: <error>"), the
		// disconnect reasons of login-common/client-common.c ("(auth
		// failed, %u attempts in %u secs)", "(no auth attempts in %u
		// secs)"), the mail processes' prefix "imap(%u)<%{pid}><%{session}>:"
		// with imap_logout_format's default "in=%i out=%o deleted=...
		// body_bytes=..." and pop3_logout_format's "top=%t/%p, retr=%r/%b,
		// del=%d/%m, size=%s", LMTP's "msgid=%s: saved mail to %s" and
		// the auth process's "passwd-file(%u,%r): unknown user" and
		// "pam(...): pam_authenticate() failed: %s" (Dovecot
		// documentation: doc.dovecot.org, "Logging" and
		// login_log_format_elements; settings reference).
		{name: "Dovecot", format: `<Month> <Day> <Time> <Host> <Component>: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s dovecot: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("mail-01", "mx2", "imap"), c)
		}, events: []event{
			{60, "{pick:imap-login|imap-login|pop3-login|submission-login}: Login: user=<{dvuser}>, method={pick:PLAIN|PLAIN|LOGIN|XOAUTH2}, rip={ip}, lip={pick:10.0.0.25|192.168.7.2}, mpid={pid}, {pick:TLS|TLS|secured}, session=<{dvsess}>"},
			{12, "{pick:imap-login|pop3-login}: Login: user=<{dvuser}>, method={pick:PLAIN|LOGIN}, rip={ip}, lip={pick:10.0.0.25|192.168.7.2}, mpid={pid}, session=<{dvsess}>"},
			{14, "{pick:imap-login|pop3-login|submission-login}: Disconnected (auth failed, {small} attempts in {small} secs): user=<{dvuser}>, method={pick:PLAIN|LOGIN}, rip={ip}, lip={pick:10.0.0.25|192.168.7.2}, {pick:TLS|TLS|secured}, session=<{dvsess}>"},
			{10, "{pick:imap-login|pop3-login}: Disconnected (no auth attempts in {small} secs): user=<>, rip={ip}, lip={pick:10.0.0.25|192.168.7.2}, {dvtlserr}, session=<{dvsess}>"},
			{6, "{pick:imap-login|pop3-login}: Disconnected (disconnected before auth was ready, waited {small} secs): user=<>, rip={ip}, lip={pick:10.0.0.25|192.168.7.2}, session=<{dvsess}>"},
			{50, "imap({dvuser})<{pid}><{dvsess}>: Disconnected: {dvreason} in={int} out={big} deleted={dvn} expunged={dvn} trashed={dvn} hdr_count={dvn} hdr_bytes={int} body_count={dvn} body_bytes={int}"},
			{12, "pop3({dvuser})<{pid}><{dvsess}>: Disconnected: {pick:Logged out|Logged out|Connection closed} top={dvn}/{dvn}, retr={dvn}/{int}, del={dvn}/{dvn}, size={big}"},
			{25, "lmtp({dvuser})<{pid}><{dvlmtpsess}>: msgid=<{dvmsgid}>: saved mail to {pick:INBOX|INBOX|INBOX|Junk|Archive|Lists/dev}"},
			{8, "lmtp({pid}): Connect from {pick:127.0.0.1|local}"},
			{8, "lmtp({pid}): Disconnect from {pick:127.0.0.1|local}: {pick:Client has quit the connection|Connection closed} (state={pick:READY|READY|MAIL FROM})"},
			{10, "auth: passwd-file({dvuser},{ip}): unknown user"},
			{8, "auth: passwd-file({dvuser},{ip},<{dvsess}>): Password mismatch"},
			{6, "auth-worker({pid}): pam({dvuser},{ip},<{dvsess}>): pam_authenticate() failed: {pick:Authentication failure (password mismatch?)|User not known to the underlying authentication module}"},
			{5, "imap({dvuser})<{pid}><{dvsess}>: Error: Mailbox {dvbox}: UID={dvuid}: read({dvmdir}) failed: Cached message size larger than expected ({int} > {int}, box={dvbox2}, UID={dvuid2}) (read reason={pick:mail stream|prefetch|fetch BODY[]})"},
			{3, "master: Warning: service({pick:imap-login|imap|auth}): process_limit ({pick:100|1024}) reached, client connections are being dropped"},
		}},
		// Exim's main log (the Exim Specification, chapter "Log files":
		// "<=" arrival with H=host [ip]:port, P=protocol, X=cipher,
		// CV= certificate verification, S=size, id=Message-ID, U= for
		// local submissions; "=>" delivery with R=router T=transport H=
		// and C="confirmation"; "->" an additional address of the same
		// delivery; "**" a bounce and "==" a deferral with the remote
		// server's reply; "Completed"; rejections "H=... F=<...>
		// rejected RCPT <...>: ..."; the queue runner and SMTP
		// connection lines; message ids in the 4.97 form, base 62
		// 6-11-4).
		{name: "Exim", format: `<Date> <Time> <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), c)
		}, events: []event{
			{40, "{exid} <= {email} H={exhost} [{ip}]:{port} P={pick:esmtps|esmtps|esmtpsa|esmtp} X={extls} CV={pick:no} S={int} id={exmsgid}"},
			{12, "{exid} <= {email} U={user} P={pick:local} S={int} id={exmsgid}"},
			{8, "{exid} <= <> R={exid} U={pick:Debian-exim} P={pick:local} S={int}"},
			{40, "{exid} => {email} R={pick:dnslookup|dnslookup|smarthost} T={pick:remote_smtp} H={exmx} [{ip}] X={extls} CV={pick:yes} C=\"{exconfirm}\""},
			{15, "{exid} => {user} <{email}> R={pick:local_user} T={pick:mail_spool|maildir_home|dovecot_lmtp}"},
			{6, "{exid} -> {email} R={pick:dnslookup} T={pick:remote_smtp} H={exmx} [{ip}] X={extls} CV={pick:yes} C=\"{exconfirm}\""},
			{45, "{exid} Completed"},
			{8, "{exid} ** {email} R={pick:dnslookup} T={pick:remote_smtp} H={exmx} [{ip}]: SMTP error from remote mail server after {exafter}: {pick:550 5.1.1 User unknown|552 5.2.2 Mailbox full|554 5.7.1 Message rejected as spam}"},
			{8, "{exid} == {email} R={pick:dnslookup} T={pick:remote_smtp} defer ({pick:-44|-53|-46}) H={exmx} [{ip}]: SMTP error from remote mail server after {exafter}: {pick:451 4.7.1 Try again later|421 4.7.0 Too many connections}"},
			{8, "H={exhelo} [{ip}]:{port} F=<{email}> rejected RCPT <{email}>: {exreject}"},
			{10, "SMTP connection from {exhelo} [{ip}]:{port} (TCP/IP connection count = {small})"},
			{6, "SMTP connection from {exhelo} [{ip}]:{port} lost D={small}s"},
			{5, "no host name found for IP address {ip}"},
			{4, "TLS error on connection from {exhelo} [{ip}]:{port} (SSL_accept): {pick:error:0A000416:SSL routines::sslv3 alert certificate unknown|error:0A00006C:SSL routines::bad key share|timed out}"},
			{3, "Start queue run: pid={pid}"},
			{3, "End queue run: pid={pid}"},
			{2, "exim {pick:4.97|4.98} daemon started: pid={pid}, -q30m, listening for SMTP on port 25 (IPv6 and IPv4) port 587 (IPv6 and IPv4)"},
		}},
		// An OpenVPN 2.6 server's log file (--log, --status; the
		// multi-client prefix "%s/%s" of multi_instance_string(), the
		// common name and the real address, "ip:port" alone before the
		// certificate is verified): ssl.c's "TLS: Initial packet from %s,
		// sid=%s %s", ssl_verify.c's "VERIFY OK: depth=%d, %s" and
		// "VERIFY ERROR: depth=%d, error=%s: %s, serial=%s", the peer info
		// lines "peer info: IV_...=...", "Control Channel: %s, cipher %s
		// %s, peer certificate: %s", multi.c's "MULTI_sva: pool returned
		// IPv4=%s, IPv6=%s", "MULTI: Learn: %s -> %s", "MULTI: primary
		// virtual IP for %s: %s", push.c's "SENT CONTROL [%s]: '%s'
		// (status=%d)" with the PUSH_REPLY options, the signal lines
		// "SIGUSR1[soft,ping-restart] received, client-instance restarting"
		// (OpenVPN 2.6 reference manual and source, src/openvpn).
		{name: "OpenVPN", format: `<Date> <Time> <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), c)
		}, events: []event{
			{15, "{ovaddr} TLS: Initial packet from [AF_INET]{ovaddr2}, sid={hex8} {hex8}"},
			{10, "{ipport} VERIFY OK: depth={pick:1}, CN={pick:Easy-RSA CA|ACME Corp VPN CA}"},
			{10, "{ipport} VERIFY OK: depth={pick:0}, CN={ovcn}"},
			{6, "{ipport} VERIFY ERROR: depth={pick:0}, error={pick:certificate has expired|certificate revoked|unable to get local issuer certificate}: CN={ovcn}, serial={big}"},
			{5, "{ipport} peer info: IV_VER={pick:2.6.8|2.5.9|3.git::d3f8b18b|2.6.12}"},
			{5, "{ipport} peer info: IV_PLAT={pick:linux|win|mac|android|ios}"},
			{4, "{ipport} peer info: IV_PROTO={pick:990|2014|746}"},
			{3, "{ipport} peer info: IV_NCP={pick:2}"},
			{4, "{ipport} peer info: IV_CIPHERS={pick:AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305|AES-256-GCM:AES-128-GCM}"},
			{3, "{ipport} peer info: IV_LZ4={pick:1}"},
			{2, "{ipport} peer info: IV_LZ4v2={pick:1}"},
			{2, "{ipport} peer info: IV_TCPNL={pick:1}"},
			{3, "{ipport} peer info: IV_GUI_VER={pick:OpenVPN_GUI_11|net.openvpn.connect.android_3.4.1-9426|Tunnelblick_4.0.1}"},
			{8, "{ipport} Control Channel: {pick:TLSv1.3|TLSv1.2}, cipher {pick:TLSv1.3 TLS_AES_256_GCM_SHA384|TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384}, peer certificate: {pick:2048|4096} bit RSA, signature: RSA-SHA256"},
			{8, "{ovaddr} [{ovcn}] Peer Connection Initiated with [AF_INET]{ovaddr2}"},
			{8, "{ovcn}/{ovaddr} MULTI_sva: pool returned IPv4={ovvip}, IPv6={pick:(Not enabled)|fd00:8::1000}"},
			{12, "{ovcn}/{ovaddr} MULTI: Learn: {ovvip} -> {ovcn2}/{ovaddr2}"},
			{8, "{ovcn}/{ovaddr} MULTI: primary virtual IP for {ovcn2}/{ovaddr2}: {ovvip}"},
			{8, "{ovcn}/{ovaddr} SENT CONTROL [{ovcn2}]: '{ovpush}' (status={pick:1})"},
			{6, "{ovcn}/{ovaddr} Data Channel: cipher '{pick:AES-256-GCM|CHACHA20-POLY1305|AES-128-GCM}', peer-id: {small}"},
			{6, "{ovcn}/{ovaddr} [{ovcn2}] Inactivity timeout (--ping-restart), restarting"},
			{6, "{ovcn}/{ovaddr} SIGUSR1[soft,ping-restart] received, client-instance restarting"},
			{4, "{ovcn}/{ovaddr} SIGTERM[soft,remote-exit] received, client-instance exiting"},
			{5, "{ipport} TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)"},
			{5, "{ipport} TLS Error: TLS handshake failed"},
			{3, "{ovcn}/{ovaddr} WARNING: '{ovoptname}' is used inconsistently, local='{ovopt}', remote='{ovopt}'"},
			{3, "MANAGEMENT: Client connected from [AF_INET]127.0.0.1:7505"},
			{3, "MANAGEMENT: CMD 'status {pick:2|3}'"},
		}},
		// fail2ban's own log (/var/log/fail2ban.log; the default
		// logtarget format "%(asctime)s %(name)-24s[%(process)d]:
		// %(levelname)-7s %(message)s"): the filter's "[%s] Found %s -
		// %s", the actions' "[%s] Ban %s", "[%s] Unban %s", "[%s] %s
		// already banned", "[%s] Restore Ban %s", the jail's "Jail %r
		// started", "Creating new jail %r", "Jail %r uses %s {}", the
		// filter's "Added logfile: %r (pos = %s, hash = %s)", "maxRetry:
		// %s", "findtime: %s", "banTime: %s", and the ERROR of a failed
		// action with its ActionInfo dict (fail2ban source,
		// fail2ban/server/{filter,actions,jail,server}.py).
		{name: "Fail2ban", format: `<Date> <Time> <Component> \[<Pid>\]: <Level> <Content>`, header: func(g *gen, c string) string {
			comp, lvl := "fail2ban.filter", "INFO"
			switch {
			case strings.Contains(c, "] Ban ") || strings.Contains(c, "] Unban ") || strings.Contains(c, "Restore Ban"):
				comp, lvl = "fail2ban.actions", "NOTICE"
			case strings.Contains(c, "already banned"):
				comp, lvl = "fail2ban.actions", "NOTICE"
			case strings.HasPrefix(c, "Failed to execute"):
				comp, lvl = "fail2ban.actions", "ERROR"
			case strings.HasPrefix(c, "Jail ") || strings.HasPrefix(c, "Creating new jail"):
				comp = "fail2ban.jail"
			case strings.HasPrefix(c, "Initiated"):
				comp = "fail2ban.filtersystemd"
			case strings.HasPrefix(c, "Starting Fail2ban") || strings.HasPrefix(c, "Shutdown"):
				comp = "fail2ban.server"
			case strings.HasPrefix(c, "Observer"):
				comp = "fail2ban.observer"
			case strings.HasPrefix(c, "Unable to"):
				lvl = "WARNING"
			}
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d,%03d %-24s[%d]: %-7s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), comp, 600+g.r.IntN(30), lvl, c)
		}, events: []event{
			{80, "[{f2jail}] Found {ip} - {f2time}"},
			{25, "[{f2jail}] Ban {ip}"},
			{20, "[{f2jail}] Unban {ip}"},
			{8, "[{f2jail}] {ip} already banned"},
			{5, "[{f2jail}] Restore Ban {ip}"},
			{3, "Creating new jail '{f2jail}'"},
			{3, "Jail '{f2jail}' uses {pick:pyinotify|systemd|polling} {}"},
			{3, "Jail '{f2jail}' started"},
			{3, "Jail '{f2jail}' stopped"},
			{2, "Initiated '{pick:systemd}' backend"},
			{3, "[{f2jail}] Added logfile: '{f2log}' (pos = {int}, hash = {f2hash})"},
			{2, "[{f2jail}] maxRetry: {pick:3|5|10}"},
			{2, "[{f2jail}] findtime: {pick:600|3600|86400}"},
			{2, "[{f2jail}] banTime: {pick:600|3600|604800|-1}"},
			{2, "[{f2jail}] encoding: {pick:UTF-8}"},
			{1, "Starting Fail2ban v{pick:1.0.2|1.1.0}"},
			{1, "Shutdown in progress..."},
			{1, "Observer start..."},
			{3, "Failed to execute ban jail '{f2jail}' action '{pick:iptables-multiport|nftables-multiport|ufw}' info '{f2actioninfo}': {f2err}"},
			{2, "Unable to read the filter '{pick:nginx-badbots|postfix-sasl}'"},
		}},
		// Apache Tomcat 10's catalina log through java.util.logging's
		// OneLineFormatter ("dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread]
		// class.method message"): the messages of the LocalStrings
		// bundles (HostConfig "Deploying web application archive [{0}]",
		// "Deployment of web application archive [{0}] has finished in
		// [{1}] ms", StandardService "Starting service [{0}]",
		// StandardEngine "Starting Servlet engine: [{0}]",
		// AbstractProtocol "Starting ProtocolHandler [\"{0}\"]", Catalina
		// "Server startup in [{0}] milliseconds", VersionLoggerListener
		// "Server version name:   {0}" and "Command line argument: {0}",
		// WebappClassLoaderBase's thread leak warning, StandardWrapperValve
		// "Servlet.service() for servlet [{0}] in context with path [{1}]
		// threw exception [{2}] with root cause", Http11InputBuffer
		// "Invalid character found in method name [{0}]. HTTP method names
		// must be tokens", SessionIdGeneratorBase's SecureRandom warning).
		{name: "Tomcat", format: `<Date> <Time> <Level> \[<Thread>\] <Source> <Content>`, header: func(g *gen, c string) string {
			lvl, thread, src := "INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log"
			switch {
			case strings.HasPrefix(c, "Deploying web application archive") || strings.HasPrefix(c, "Deployment of web application archive"):
				thread, src = "Catalina-utility-"+g.pick("1", "2"), "org.apache.catalina.startup.HostConfig.deployWAR"
			case strings.HasPrefix(c, "Deploying web application directory") || strings.HasPrefix(c, "Deployment of web application directory"):
				thread, src = "Catalina-utility-"+g.pick("1", "2"), "org.apache.catalina.startup.HostConfig.deployDirectory"
			case strings.HasPrefix(c, "Starting service"):
				src = "org.apache.catalina.core.StandardService.startInternal"
			case strings.HasPrefix(c, "Starting Servlet engine"):
				src = "org.apache.catalina.core.StandardEngine.startInternal"
			case strings.Contains(c, "ProtocolHandler"):
				src = "org.apache.coyote.AbstractProtocol." + map[string]string{"Starting": "start", "Pausing": "pause", "Stopping": "stop", "Destroying": "destroy", "Initializing": "init"}[c[:strings.IndexByte(c, ' ')]]
			case strings.HasPrefix(c, "Server startup"):
				src = "org.apache.catalina.startup.Catalina.start"
			case strings.HasPrefix(c, "At least one JAR"):
				thread, src = "Catalina-utility-1", "org.apache.jasper.servlet.TldScanner.scanJars"
			case strings.HasPrefix(c, "The web application"):
				lvl, thread, src = "WARNING", "Catalina-utility-"+g.pick("1", "2"), "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads"
			case strings.HasPrefix(c, "Creation of SecureRandom"):
				lvl, thread, src = "WARNING", "Catalina-utility-1", "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom"
			case strings.HasPrefix(c, "Servlet.service()"):
				lvl, thread, src = "SEVERE", "http-nio-8080-exec-"+strconv.Itoa(1+g.r.IntN(10)), "org.apache.catalina.core.StandardWrapperValve.invoke"
			case strings.HasPrefix(c, "Error parsing HTTP request header") || strings.HasPrefix(c, "Invalid character"):
				thread, src = "http-nio-8080-exec-"+strconv.Itoa(1+g.r.IntN(10)), "org.apache.coyote.http11.Http11Processor.service"
			case strings.HasPrefix(c, "Exception sending context"):
				lvl, thread, src = "SEVERE", "Catalina-utility-1", "org.apache.catalina.core.StandardContext.listenerStart"
			}
			return fmt.Sprintf("%02d-Dec-2026 %02d:%02d:%02d.%03d %s [%s] %s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), lvl, thread, src, c)
		}, events: []event{
			{10, "Server version name:   {pick:Apache Tomcat/10.1.16|Apache Tomcat/10.1.28|Apache Tomcat/9.0.83}"},
			{8, "Server built:          {pick:Nov 9 2023 17:41:58 UTC|Aug 2 2024 14:32:09 UTC}"},
			{8, "OS Name:               {pick:Linux}"},
			{8, "JVM Version:           {pick:17.0.9+9-Ubuntu-122.04|21.0.2+13-LTS|11.0.21+9}"},
			{40, "Command line argument: {tcarg}"},
			{15, "Deploying web application archive [{tcwar}]"},
			{15, "Deployment of web application archive [{tcwar}] has finished in [{int}] ms"},
			{10, "Deploying web application directory [{tcdir}]"},
			{10, "Deployment of web application directory [{tcdir}] has finished in [{int}] ms"},
			{5, "Starting service [{pick:Catalina}]"},
			{5, "Starting Servlet engine: [{pick:Apache Tomcat/10.1.16|Apache Tomcat/10.1.28}]"},
			{10, "{pick:Starting|Pausing|Stopping|Destroying|Initializing} ProtocolHandler [\"{pick:http-nio-8080|https-jsse-nio-8443|ajp-nio-127.0.0.1-8009}\"]"},
			{5, "Server startup in [{int}] milliseconds"},
			{5, "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time."},
			{8, "The web application [{tcapp}] appears to have started a thread named [{tcthread}] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:"},
			{3, "Creation of SecureRandom instance for session ID generation using [{pick:SHA1PRNG}] took [{big}] milliseconds."},
			{14, "Servlet.service() for servlet [{pick:dispatcherServlet|jsp|default|jersey}] in context with path [{tcpath}] threw exception [{tcexc}] with root cause"},
			{10, "Invalid character found in method name [{tchex}]. HTTP method names must be tokens"},
			{3, "Exception sending context initialized event to listener instance of class [{pick:org.springframework.web.context.ContextLoaderListener|com.acme.app.StartupListener}]"},
		}},
		// Apache Airflow 2 task logs (airflow_local_settings.py's
		// LOG_FORMAT "[%(asctime)s] {%(filename)s:%(lineno)d}
		// %(levelname)s - %(message)s", asctime as "%Y-%m-%d, %H:%M:%S
		// UTC"): taskinstance.py's "Dependencies all met for dep_context=%s
		// ti=%s", "Starting attempt %s of %s", "Executing %s on %s",
		// "Marking task as %s. dag_id=%s, task_id=%s, execution_date=%s,
		// start_date=%s, end_date=%s", standard_task_runner.py's "Started
		// process %d to run task" and "Running: %s", task_command.py's
		// "Running %s on host %s", the context's "Exporting env vars: ...",
		// python.py's "Done. Returned value was: %s", local_task_job's
		// "Task exited with return code %s", subprocess.py's "Running
		// command: %s" and "Command exited with return code %s", base
		// hook's "Using connection ID '%s' for task execution.".
		{name: "Airflow", format: `\[<Date> <Time> <Tz>\] \{<File>\} <Level> - <Content>`, header: func(g *gen, c string) string {
			lvl, file := "INFO", "taskinstance.py:"+g.pick("1159", "1380", "1398")
			switch {
			case strings.HasPrefix(c, "Started process") || strings.HasPrefix(c, "Running: [") || strings.HasPrefix(c, "Job "):
				file = "standard_task_runner.py:" + g.pick("57", "84", "85")
			case strings.HasPrefix(c, "Running <TaskInstance"):
				file = "task_command.py:416"
			case strings.HasPrefix(c, "Done. Returned"):
				file = "python.py:194"
			case strings.HasPrefix(c, "Task exited"):
				file = "local_task_job_runner.py:234"
			case strings.Contains(c, "downstream tasks scheduled"):
				file = "taskinstance.py:2776"
			case strings.HasPrefix(c, "Running command") || strings.HasPrefix(c, "Command exited") || strings.HasPrefix(c, "Output:") || strings.HasPrefix(c, "Tmp dir"):
				file = "subprocess.py:" + g.pick("63", "75", "86", "97")
			case strings.HasPrefix(c, "Using connection"):
				file = "base.py:83"
			case strings.HasPrefix(c, "Task failed with exception"):
				lvl, file = "ERROR", "taskinstance.py:1937"
			case strings.HasPrefix(c, "Filling up the DagBag"):
				file = "dagbag.py:538"
			}
			return fmt.Sprintf("[2026-12-%02d, %02d:%02d:%02d UTC] {%s} %s - %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), file, lvl, c)
		}, events: []event{
			{20, "Dependencies all met for dep_context={pick:non-requeueable deps|requeueable deps} ti={afti}"},
			{12, "Starting attempt {afattempt} of {afmax}"},
			{12, "Executing {aftaskrepr} on {afdate}"},
			{12, "Started process {pid} to run task"},
			{12, "Running: {afargv}"},
			{12, "Job {int}: Subtask {aftask}"},
			{12, "Running {aftirunning} on host {afhost}"},
			{10, "Exporting env vars: AIRFLOW_CTX_DAG_OWNER='{pick:airflow|data-eng}' AIRFLOW_CTX_DAG_ID='{afdag}' AIRFLOW_CTX_TASK_ID='{aftask}' AIRFLOW_CTX_EXECUTION_DATE='{afiso}' AIRFLOW_CTX_TRY_NUMBER='{small}' AIRFLOW_CTX_DAG_RUN_ID='{afrun}'"},
			{10, "Done. Returned value was: {afret}"},
			{15, "Marking task as {pick:SUCCESS|SUCCESS|SUCCESS|UP_FOR_RETRY|FAILED}. dag_id={afdag}, task_id={aftask}, execution_date={afcompact}, start_date={afcompact}, end_date={afcompact}"},
			{12, "Task exited with return code {pick:0|0|0|1|-9}"},
			{10, "{small} downstream tasks scheduled from follow-on schedule check"},
			{6, "Running command: {afcmd}"},
			{5, "Output:"},
			{5, "Command exited with return code {pick:0|0|1|2}"},
			{4, "Tmp dir root location: {pick:/tmp}"},
			{6, "Using connection ID '{pick:postgres_default|aws_default|snowflake_prod|http_partner}' for task execution."},
			{4, "Task failed with exception"},
			{3, "Filling up the DagBag from {afdagfile}"},
		}},
		// Caddy 2's JSON logs (zap's JSON encoder: level, ts as float
		// seconds, logger, msg, then the fields): the access log of
		// http.log.access ("handled request" with the request object, its
		// headers as a map of lists, tls, bytes_read, user_id, duration,
		// size, status, resp_headers), http.log.error ("msg" the error's
		// text, "err_id", "err_trace"), tls.obtain / tls.renew
		// ("certificate obtained successfully", identifier, issuer), the
		// ACME client's "challenge failed" with the problem document
		// (RFC 8555: type, detail; title and instance written empty),
		// tls.cache.maintenance with the cache pointer, admin "stopped
		// previous server" (Caddy documentation: "Log format", the
		// logging section of the JSON config, caddyserver.com/docs).
		{name: "Caddy", format: `<Content>`, header: bare, events: []event{
			{70, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:http.log.access.log0}","msg":"handled request","request":{"remote_ip":"{ip}","remote_port":"{port}","client_ip":"{ip}","proto":"{pick:HTTP/2.0|HTTP/1.1|HTTP/3.0}","method":"{method}","host":"{cdhost}","uri":"{path}","headers":{"Accept":["{pick:*/*|text/html,application/xhtml+xml|application/json}"],"User-Agent":["{agent}"]},"tls":{"resumed":{pick:false|true},"version":{pick:772|771},"cipher_suite":{pick:4865|4866|49199},"proto":"{pick:h2|http/1.1|h3}","server_name":"{cdhost}"}},"bytes_read":{cdbytes},"user_id":"{cduser}","duration":{cddur},"size":{int},"status":{status},"resp_headers":{"Server":["{pick:Caddy}"],"Content-Type":["{pick:text/html; charset=utf-8|application/json|image/png}"]}}`},
			{20, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:http.log.access.log0}","msg":"handled request","request":{"remote_ip":"{ip}","remote_port":"{port}","client_ip":"{ip}","proto":"{pick:HTTP/1.1}","method":"{method}","host":"{cdhost}","uri":"{path}","headers":{"User-Agent":["{agent}"],"Accept-Encoding":["{pick:gzip|gzip, deflate, br}"],"Connection":["{pick:close|keep-alive}"]}},"bytes_read":{cdbytes},"user_id":"{cduser}","duration":{cddur},"size":{pick:0},"status":{pick:308|301},"resp_headers":{"Server":["{pick:Caddy}"],"Location":["{one:https://<cdhost><path>}"],"Connection":["{pick:close}"]}}`},
			{12, `{"level":"{pick:error}","ts":{cdts},"logger":"{pick:http.log.error.log0}","msg":"dial tcp {one:<pick:127.0.0.1|10.0.2.15>:<pick:8080|3000|9000>}: connect: connection refused","request":{"remote_ip":"{ip}","remote_port":"{port}","client_ip":"{ip}","proto":"{pick:HTTP/2.0|HTTP/1.1}","method":"{method}","host":"{cdhost}","uri":"{path}","headers":{"User-Agent":["{agent}"]}},"duration":{cddur},"status":{pick:502},"err_id":"{cderrid}","err_trace":"{one:reverseproxy.statusError (reverseproxy.go:<pick:1269|1299>)}"}`},
			{6, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:tls.obtain}","msg":"certificate obtained successfully","identifier":"{cdhost}","issuer":"{pick:acme-v02.api.letsencrypt.org-directory|acme.zerossl.com-v2-DV90}"}`},
			{6, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:tls.renew}","msg":"certificate renewed successfully","identifier":"{cdhost}"}`},
			{4, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:tls.obtain}","msg":"acquiring lock","identifier":"{cdhost}"}`},
			{4, `{"level":"{pick:error}","ts":{cdts},"logger":"{pick:tls.issuance.acme.acme_client}","msg":"challenge failed","identifier":"{cdhost}","challenge_type":"{pick:http-01|tls-alpn-01}","problem":{"type":"{one:urn:ietf:params:acme:error:<pick:unauthorized|connection|dns>}","title":"","detail":"{one:<ip>: Invalid response from http://<cdhost>/.well-known/acme-challenge/<cderrid>: 404}","instance":"","subproblems":[]}}`},
			{3, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:tls.cache.maintenance}","msg":"started background certificate maintenance","cache":"{cdptr}"}`},
			{3, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:tls.cache.maintenance}","msg":"stopped background certificate maintenance","cache":"{cdptr}"}`},
			{3, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:http}","msg":"enabling HTTP/3 listener","addr":"{pick::443}"}`},
			{3, `{"level":"{pick:info}","ts":{cdts},"logger":"{pick:admin}","msg":"admin endpoint started","address":"{pick:localhost:2019}","enforce_origin":{pick:false},"origins":["{pick://localhost:2019}","{pick://[::1]:2019}","{pick://127.0.0.1:2019}"]}`},
			{2, `{"level":"{pick:info}","ts":{cdts},"msg":"serving initial configuration"}`},
			{2, `{"level":"{pick:warn}","ts":{cdts},"logger":"{pick:http.auto_redirects}","msg":"server is listening only on the HTTP port, so no automatic HTTPS will be applied to this server","server_name":"{pick:srv0|srv1}","http_port":{pick:80}}`},
		}},
		// Asterisk's full log (logger.conf's default dateformat "%b %e
		// %T", "[date] LEVEL[lwp][callid] file: message", the call id
		// "[C-%08x]" only inside a call): pbx.c's "Executing [%s@%s:%d]
		// %s(\"%s\", \"%s\") in new stack", app_dial.c's "Called %s", "%s
		// is ringing", "%s answered %s", bridge_channel.c's "Channel %s
		// joined '%s' %s-bridge <%s>", pbx.c's "Spawn extension (%s, %s,
		// %d) exited non-zero on '%s'", file.c's "<%s> Playing '%s.%s'
		// (language '%s')", res_pjsip's "Endpoint %s is now %s" and
		// "Contact %s/%s is now %s.  RTT: %.3f msec", pjsip_distributor's
		// "Request '%s' from '%s' failed for '%s' (callid: %s) - %s", the
		// console's "Remote UNIX connection" (Asterisk wiki, "Logging"
		// and the sources).
		{name: "Asterisk", format: `\[<Month> <Day> <Time>\] <Level>\[<Pid>\]<Callid> <File>: <Content>`, header: func(g *gen, c string) string {
			lvl, call, file := "VERBOSE", fmt.Sprintf("[C-%08x]", g.r.IntN(0x400)), "pbx.c"
			switch {
			case strings.HasPrefix(c, "Called ") || strings.Contains(c, " is ringing") || strings.Contains(c, " answered ") || strings.HasPrefix(c, "Everyone is busy"):
				file = "app_dial.c"
			case strings.HasPrefix(c, "Channel "):
				file = "bridge_channel.c"
			case strings.HasPrefix(c, "<"):
				file = "file.c"
			case strings.HasPrefix(c, "Endpoint ") || strings.HasPrefix(c, "Contact "):
				call, file = "", "res_pjsip/pjsip_configuration.c"
				if strings.HasPrefix(c, "Contact ") {
					file = "res_pjsip/pjsip_options.c"
				}
			case strings.HasPrefix(c, "Request "):
				lvl, call, file = "NOTICE", "", "res_pjsip/pjsip_distributor.c"
			case strings.HasPrefix(c, "Remote UNIX"):
				call, file = "", "asterisk.c"
			case strings.HasPrefix(c, "Auto fallthrough"):
				lvl = "NOTICE"
			case strings.HasPrefix(c, "Unable to"):
				lvl, file = "WARNING", "chan_pjsip.c"
			}
			return fmt.Sprintf("[Dec %2d %02d:%02d:%02d] %s[%d]%s %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), lvl, 2000+g.r.IntN(3000), call, file, c)
		}, events: []event{
			{80, `Executing [{asexten}@{asctx}:{small}] {asapp}("{aschan}", "{asargs}") in new stack`},
			{12, "Called {one:PJSIP/<asep>}"},
			{12, "{aschan} is ringing"},
			{10, "{aschan} answered {aschan}"},
			{10, "Channel {aschan} joined '{pick:simple_bridge|native_rtp|softmix}' basic-bridge <{uuid}>"},
			{10, "Channel {aschan} left '{pick:simple_bridge|native_rtp|softmix}' basic-bridge <{uuid}>"},
			{8, "Spawn extension ({asctx}, {asexten}, {small}) exited non-zero on '{aschan}'"},
			{8, "<{aschan}> Playing '{pick:vm-intro|vm-goodbye|custom/welcome|silence/1|hello-world}.{pick:gsm|ulaw|slin}' (language '{pick:en|en|de}')"},
			{4, "Auto fallthrough, channel '{aschan}' status is '{pick:BUSY|CHANUNAVAIL|NOANSWER|CONGESTION}'"},
			{4, "Everyone is busy/congested at this time ({small}:{small}/{small}/{small})"},
			{8, "Endpoint {asep} is now {pick:Reachable|Unreachable}"},
			{8, "Contact {asaor}/sip:{asaor2}@{ipport} is now {pick:Reachable|Unreachable}.  RTT: {asrtt} msec"},
			{8, "Request '{pick:REGISTER|INVITE|OPTIONS}' from '{asfrom}' failed for '{ipport}' (callid: {ascallid}) - {pick:No matching endpoint found|Failed to authenticate}"},
			{4, "Request '{pick:REGISTER|INVITE}' from '{asfrom}' failed for '{ipport}' (callid: {ascallid}) - {pick:No matching endpoint found|Failed to authenticate} after {small} tries in {asrtt} ms"},
			{3, "Remote UNIX connection"},
			{3, "Remote UNIX connection disconnected"},
			{2, "Unable to create PJSIP channel with endpoint '{asep}' as it does not exist"},
		}},
		// vsftpd's own log format (vsftpd.conf xferlog_std_format=NO,
		// log_ftp_protocol=YES; logging.c vsf_log_do_log_vsftpd_format:
		// the ctime date, "[pid %u]", the user "[%s]" once logged in, "OK
		// "/"FAIL " and the entry kind, "Client \"%s\"", then per kind the
		// file, "%llu bytes, %.2fKbyte/sec"; the protocol lines "FTP
		// command: Client \"%s\", \"%s\"" with the password hidden as
		// "PASS <password>" and "FTP response: Client \"%s\", \"%d %s\"",
		// "CONNECT: Client \"%s\"" before login; vsftpd.conf(5)).
		{name: "Vsftpd", format: `<Dow> <Month> <Day> <Time> <Year> \[pid <Pid>\] <Content>`, header: func(g *gen, c string) string {
			d := 1 + g.r.IntN(28)
			dow := time.Date(2026, time.December, d, 0, 0, 0, 0, time.UTC).Format("Mon")
			return fmt.Sprintf("%s Dec %2d %02d:%02d:%02d 2026 [pid %d] %s", dow, d, g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), 1000+g.r.IntN(60000), c)
		}, events: []event{
			{20, `CONNECT: Client "{vsclient}"`},
			{10, `[{vsuser}] {pick:OK|OK|OK|FAIL} LOGIN: Client "{vsclient}"`},
			{6, `[{pick:ftp}] {pick:OK|OK|FAIL} LOGIN: Client "{vsclient}", anon password "{vsanon}"`},
			{20, `[{vsuser}] {pick:OK|OK|OK|FAIL} UPLOAD: Client "{vsclient}", "{vsfile}", {big} bytes, {vsrate}Kbyte/sec`},
			{25, `[{vsuser}] {pick:OK|OK|OK|FAIL} DOWNLOAD: Client "{vsclient}", "{vsfile}", {big} bytes, {vsrate}Kbyte/sec`},
			{5, `[{vsuser}] {pick:OK|FAIL} MKDIR: Client "{vsclient}", "{vsdir}"`},
			{5, `[{vsuser}] {pick:OK|FAIL} DELETE: Client "{vsclient}", "{vsfile}"`},
			{3, `[{vsuser}] {pick:OK|FAIL} RENAME: Client "{vsclient}", "{one:<vsfile> <vsfile>}"`},
			{40, `[{vsuser}] FTP command: Client "{vsclient}", "{vscmd}"`},
			{40, `[{vsuser}] FTP response: Client "{vsclient}", "{vsresp}"`},
			{8, `FTP command: Client "{vsclient}", "{pick:USER alice|USER ftp|USER anonymous|AUTH TLS|FEAT|PASS <password>}"`},
			{8, `FTP response: Client "{vsclient}", "{pick:220 (vsFTPd 3.0.5)|331 Please specify the password.|530 Login incorrect.|230 Login successful.}"`},
		}},
		// dnsmasq through syslog (dnsmasq[pid] and dnsmasq-dhcp[pid]):
		// cache.c's log_query() with log-queries ("query[%s] %s from %s",
		// "forwarded %s to %s", "reply %s is %s", "cached %s is %s",
		// "config %s is %s", "/etc/hosts %s is %s", the NXDOMAIN, NODATA
		// and <CNAME> answers), rfc2131.c's "%s(%s) %s %s %s" DHCP lines
		// (DHCPDISCOVER, DHCPOFFER, DHCPREQUEST, DHCPACK with the
		// client's name when it gives one, DHCPNAK "wrong address") and,
		// with log-dhcp, the transaction-numbered "%u vendor class: %s",
		// "%u client provides name: %s", "%u tags: %s", "%u sent size:
		// %2d option: %3d %s  %s" (dnsmasq(8), log-queries, log-dhcp).
		{name: "Dnsmasq", format: syslogFormat, header: func(g *gen, c string) string {
			comp := "dnsmasq"
			if strings.HasPrefix(c, "DHCP") || c[0] >= '0' && c[0] <= '9' {
				comp = "dnsmasq-dhcp"
			}
			return fmt.Sprintf("Dec %2d %02d:%02d:%02d %s %s[%d]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.pick("gw", "router", "pihole"), comp, 700+g.r.IntN(20), c)
		}, events: []event{
			{60, "query[{dnqtype}] {dnname} from {dnlan}"},
			{40, "forwarded {dnname} to {pick:1.1.1.1|9.9.9.9|8.8.8.8|2606:4700:4700::1111}"},
			{45, "reply {dnname} is {dnanswer}"},
			{25, "cached {dnname} is {dnanswer}"},
			{8, "config {pick:router.lan|nas.lan|printer.lan} is {dnlan}"},
			{6, "/etc/hosts {pick:localhost|gw.lan|nas.lan} is {dnlan}"},
			{6, "DHCPDISCOVER({pick:br0|eth1|wlan0}) {dnmac}"},
			{6, "DHCPOFFER({pick:br0|eth1|wlan0}) {dnlan} {dnmac}"},
			{8, "DHCPREQUEST({pick:br0|eth1|wlan0}) {dnlan} {dnmac}"},
			{6, "DHCPACK({pick:br0|eth1|wlan0}) {dnlan} {dnmac} {dnclient}"},
			{4, "DHCPACK({pick:br0|eth1|wlan0}) {dnlan} {dnmac}"},
			{2, "DHCPNAK({pick:br0|eth1|wlan0}) {dnlan} {dnmac} wrong address"},
			{4, "{dnxid} vendor class: {pick:android-dhcp-14|MSFT 5.0|udhcp 1.36.1|dhcpcd-10.0.6:Linux-6.6.0:aarch64}"},
			{4, "{dnxid} client provides name: {dnclient}"},
			{4, "{dnxid} tags: {dntags}"},
			{8, "{dnxid} sent size: {dnosize} option: {dnonum} {dnoname}  {dnoval}"},
			{2, "started, version {pick:2.89|2.90} cachesize {pick:150|1000|10000}"},
			{2, "compile time options: {dnopts}"},
			{2, "using nameserver {pick:1.1.1.1|9.9.9.9|8.8.8.8}#53"},
			{2, "read /etc/hosts - {small} names"},
		}},
		// Grafana 10's server log (its logfmt logger: logger=NAME, the
		// context's keys, t=RFC3339 time, level, msg the constant
		// message, then the call's pairs, empty values written "key=",
		// values with spaces quoted): the request log of
		// pkg/middleware/loggermw ("Request Completed" method path status
		// remote_addr time_ms duration size referer handler
		// status_source), the cleanup service, the update checkers,
		// ngalert's scheduler and state manager, the HTTP server's
		// "HTTP Server Listen", authn's "Failed to authenticate request",
		// sqlstore's retry on "database is locked" (Grafana
		// documentation: "Configure logging", [log] format).
		{name: "Grafana", format: `<Content>`, header: bare, events: []event{
			{60, `logger={pick:context} userId={pick:1|1|2|3|0} orgId={pick:1|1|2} uname={gfuser} t={gft} level={pick:info} msg="Request Completed" method={method} path={gfpath} status={status} remote_addr={ip} time_ms={int} duration={gfdur} size={int} referer={gfreferer} handler={gfhandler} status_source={pick:server|server|downstream}`},
			{15, `logger={pick:context} userId={pick:1|2|3} orgId={pick:1|2} uname={gfuser} t={gft} level={pick:error} msg="Request Completed" method={method} path={gfpath} status={pick:500|502} remote_addr={ip} time_ms={int} duration={gfdur} size={int} referer={gfreferer} handler={gfhandler} status_source={pick:server|downstream} error="{gferr}"`},
			{12, `logger={pick:cleanup} t={gft} level={pick:info} msg="Completed cleanup jobs" duration={gfdur}`},
			{8, `logger={pick:plugins.update.checker|grafana.update.checker} t={gft} level={pick:info} msg="Update check succeeded" duration={gfdur}`},
			{15, `logger={pick:ngalert.state.manager} rule_uid={gfuid} org_id={pick:1|2} t={gft} level={pick:info} msg="State manager processing evaluation results" resultCount={small}`},
			{8, `logger={pick:ngalert.sender.router} rule_uid={gfuid} org_id={pick:1|2} t={gft} level={pick:info} msg="Sending alerts to local notifier" count={small}`},
			{6, `logger={pick:ngalert.scheduler} rule_uid={gfuid} org_id={pick:1|2} version={small} fingerprint={hex16} attempt={pick:0|1|2} now={gft} t={gft} level={pick:error} msg="Failed to evaluate rule" error="{gferr}" duration={gfdur}`},
			{6, `logger={pick:authn.service} t={gft} level={pick:warn} msg="Failed to authenticate request" client={pick:auth.client.session|auth.client.api-key|auth.client.basic} error="{pick:user token not found|[api-key.invalid] API key is invalid|[password-auth.failed] failed to authenticate identity: [identity.not-found] no user found}"`},
			{4, `logger={pick:sqlstore.transactions} t={gft} level={pick:info} msg="Database locked, sleeping then retrying" error="{pick:database is locked}" retry={pick:0|1|2|3} code="{pick:database is locked}"`},
			{3, `logger={pick:http.server} t={gft} level={pick:info} msg="HTTP Server Listen" address={pick:[::]:3000|0.0.0.0:3000} protocol={pick:http|https} subUrl= socket=`},
			{3, `logger={pick:infra.usagestats} t={gft} level={pick:info} msg="Usage stats are ready to report"`},
			{4, `logger={pick:live} t={gft} level={pick:info} msg="Initialized channel handler" channel={one:grafana/dashboard/uid/<gfuid>} address={one:grafana/dashboard/uid/<gfuid>}`},
		}},
		// Jenkins' controller log (jenkins.log, the SupportLogFormatter:
		// "yyyy-MM-dd HH:mm:ss.SSSZ [id=%d]\t%s\t%s#%s: %s", the thread id,
		// the level, the abbreviated logger class and method): Run's
		// "%s main build action completed: %s", WorkflowRun's "%s
		// completed: %s", InitReactorRunner's milestones (the message is
		// the milestone's name), Lifecycle's "Jenkins is fully up and
		// running", AsyncPeriodicWork's "Started %s" and "Finished %s. %,d
		// ms", DownloadService's "Obtained the updated data file for %s",
		// TcpSlaveAgentListener's "Accepted %s connection #%d from %s",
		// ChannelPinger's "Ping failed. Terminating the channel %s.",
		// DefaultJnlpSlaveReceiver's "Computer.threadPoolForRemoting
		// [#%d] for %s terminated: %s", InstallUncaughtExceptionHandler's
		// "Caught unhandled exception with ID %s" (jenkins.io, "Viewing
		// logs"; the Jenkins core sources).
		{name: "Jenkins", format: `<Date> <Time> \[id=<Tid>\] <Level> <Source>: <Content>`, header: func(g *gen, c string) string {
			lvl, src := "INFO", "h.model.Run#execute"
			switch {
			case jenkinsMilestones[c]:
				src = "jenkins.InitReactorRunner$1#onAttained"
			case strings.Contains(c, " completed: ") && !strings.Contains(c, "main build action") && !strings.Contains(c, "branch indexing"):
				src = "o.j.p.w.job.WorkflowRun#finish"
			case strings.Contains(c, "branch indexing"):
				src = "j.branch.MultiBranchProject$BranchIndexing#run"
			case strings.HasPrefix(c, "Jenkins is fully"):
				src = "hudson.lifecycle.Lifecycle#onReady"
			case strings.HasPrefix(c, "Started ") || strings.HasPrefix(c, "Finished "):
				src = "hudson.model.AsyncPeriodicWork#lambda$doRun$1"
			case strings.HasPrefix(c, "Obtained"):
				src = "h.m.DownloadService$Downloadable#load"
			case strings.HasPrefix(c, "Accepted") || strings.HasPrefix(c, "Connection #"):
				src = "h.TcpSlaveAgentListener$ConnectionHandler#run"
			case strings.HasPrefix(c, "Ping failed"):
				lvl, src = "WARNING", "hudson.slaves.ChannelPinger$1#onDead"
			case strings.HasPrefix(c, "Computer.threadPoolForRemoting"):
				lvl, src = "WARNING", "j.s.DefaultJnlpSlaveReceiver#channelClosed"
			case strings.HasPrefix(c, "Caught unhandled"):
				lvl, src = "WARNING", "h.i.i.InstallUncaughtExceptionHandler#handleException"
			}
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d+0000 [id=%d]\t%s\t%s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), 20+g.r.IntN(900), lvl, src, c)
		}, events: []event{
			{40, "{jkjob} #{int} main build action completed: {jkresult}"},
			{30, "{jkjob} #{int} completed: {jkresult}"},
			{6, "{one:<pick:acme|platform>/<pick:orders-api|web-frontend|infra>} #{int} branch indexing action completed: {jkresult}"},
			{10, "{jkmilestone}"},
			{2, "Jenkins is fully up and running"},
			{12, "Started {jkwork}"},
			{12, "Finished {jkwork}. {jkms} ms"},
			{6, "Obtained the updated data file for {pick:hudson.tasks.Maven.MavenInstaller|hudson.tools.JDKInstaller|hudson.plugins.gradle.GradleInstaller}"},
			{8, "Accepted {pick:JNLP4-connect|JNLP4-connect|Ping} connection #{int} from /{ipport}"},
			{4, "Connection #{int} failed: {pick:java.io.EOFException|java.nio.channels.ClosedChannelException}"},
			{4, "Ping failed. Terminating the channel {jkagent}."},
			{4, "Computer.threadPoolForRemoting [#{small}] for {jkagent} terminated: {one:java.nio.channels.ClosedChannelException}"},
			{3, "Caught unhandled exception with ID {uuid}"},
		}},
	}
}

// holdout3 returns the values of the third held-out families' slots.
func (g *gen) holdout3(kind string) (string, bool) {
	r := g.r
	switch kind {
	// Dovecot
	case "dvuser":
		return g.pick(users[:8]...) + g.pick("", "@example.com", "@example.com", "@mail.example.org"), true
	case "dvsess": // the session id: 12 characters of base64
		return g.b64(12), true
	case "dvlmtpsess":
		return g.b64(22), true
	case "dvmsgid":
		return g.pick(fmt.Sprintf("%x.%d@mail.example.net", r.Uint32(), r.IntN(99999)), g.alnum(10)+"@"+g.pick("mail.gmail.com", "example.com", "notify.github.com"),
			fmt.Sprintf("%08X-%04X@outlook.com", r.Uint32(), r.IntN(65536))), true
	case "dvbox": // the mailbox and the message uid, written twice (dvbox2, dvuid2)
		g.h3[0] = g.pick("INBOX", "INBOX", "Sent", "Drafts", "Archive/2025")
		return g.h3[0], true
	case "dvbox2":
		return g.h3[0], true
	case "dvuid":
		g.h3[1] = strconv.Itoa(1 + r.IntN(40000))
		return g.h3[1], true
	case "dvuid2":
		return g.h3[1], true
	case "dvn":
		return g.pick("0", "0", "0", strconv.Itoa(r.IntN(40))), true
	case "dvreason": // the disconnect reason: its text, the IDLE detail optional
		return g.pick("Logged out", "Logged out", "Logged out", "Disconnected for inactivity",
			fmt.Sprintf("Connection closed (IDLE running for %d.%03d + waiting input for %d.%03d secs, %d B in + %d B out, state=wait-input)", r.IntN(900), r.IntN(1000), r.IntN(1900), r.IntN(1000), r.IntN(90), 10+r.IntN(900)),
			"Connection closed"), true
	case "dvtlserr": // %c before authentication: the TLS state, with the handshake's error
		return g.pick("TLS", "TLS handshaking: SSL_accept() failed: error:0A000418:SSL routines::tlsv1 alert unknown ca",
			"TLS handshaking: SSL_accept() failed: error:0A00006C:SSL routines::bad key share", "TLS handshaking: Disconnected"), true
	case "dvmdir":
		return "/var/vmail/" + g.pick("example.com", "mail.example.org") + "/" + g.pick(users[:8]...) + "/Maildir/cur/" + strconv.Itoa(1764800000+r.IntN(99999)) + ".M" + strconv.Itoa(r.IntN(999999)) + "P" + strconv.Itoa(r.IntN(99999)) + ".mail-01,S=" + strconv.Itoa(r.IntN(99999)) + ":2,S", true
	// Exim
	case "exid":
		return g.b62(6) + "-" + g.b62(11) + "-" + g.b62(4), true
	case "email":
		return g.pick(users...) + g.pick("", ".", "+") + g.pick("", "", "news", "billing") + "@" + g.pick("example.com", "example.org", "mail.example.net", "partner.co.uk", "gmail.com"), true
	case "exhost":
		return g.pick("mail-wr1-f54.google.com", "mx.partner.co.uk", "smtp.example.org", "o1.email.sendgrid.net", "a27-112.smtp-out.amazonses.com"), true
	case "exhelo": // the client's name: verified, or the HELO name in parentheses
		return g.pick("mail.example.org", "(WIN-"+strings.ToUpper(g.alnum(8))+")", "(localhost)", "(["+g.value("ip")+"])", "smtp.partner.co.uk (smtp.partner.co.uk)"), true
	case "exmx":
		return g.pick("gmail-smtp-in.l.google.com", "mx1.partner.co.uk", "example-org.mail.protection.outlook.com", "mx.example.net"), true
	case "extls":
		return g.pick("TLS1.3:TLS_AES_256_GCM_SHA384:256", "TLS1.3:TLS_AES_128_GCM_SHA256:128", "TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256"), true
	case "exmsgid":
		return g.alnum(16) + "@" + g.pick("example.com", "mail.gmail.com", "partner.co.uk"), true
	case "exconfirm":
		return g.pick(fmt.Sprintf("250 2.0.0 OK  %d %s.%d - gsmtp", 1764800000+r.IntN(99999), g.alnum(14), r.IntN(999)),
			"250 2.0.0 Ok: queued as "+strings.ToUpper(g.alnum(10)),
			fmt.Sprintf("250 2.6.0 <%s@example.com> [InternalId=%d] Queued mail for delivery", g.alnum(12), r.Int64N(1e13))), true
	case "exreject": // the ACL's message
		return g.pick("relay not permitted", "Unrouteable address", "rejected because "+g.value("ip")+" is in a black list at zen.spamhaus.org", "Sender verify failed"), true
	case "exafter": // the command the reply answered, with its argument
		return g.pick("RCPT TO:<"+g.value("email")+">", "RCPT TO:<"+g.value("email")+">", "MAIL FROM:<"+g.value("email")+"> SIZE="+strconv.Itoa(r.IntN(99999)), "end of data"), true
	// OpenVPN
	case "ovcn": // the client's common name and real address, written again on the line (ovcn2, ovaddr2)
		g.h3[0] = g.pick("client1", "laptop-alice", "phone-bob", "carol-wfh", "site-gw-berlin", "dave")
		return g.h3[0], true
	case "ovcn2":
		return g.h3[0], true
	case "ovaddr":
		g.h3[1] = g.value("ipport")
		return g.h3[1], true
	case "ovaddr2":
		return g.h3[1], true
	case "ovoptname": // the option compared, then its local and remote values (ovopt)
		g.h3[0] = g.pick("link-mtu", "tun-mtu", "cipher")
		return g.h3[0], true
	case "ovvip":
		return fmt.Sprintf("10.8.0.%d", 2+r.IntN(250)), true
	case "ovpush":
		opts := []string{"PUSH_REPLY", "route-gateway 10.8.0.1", "topology subnet", "ping 10", "ping-restart 120"}
		if r.IntN(2) == 0 {
			opts = append(opts, "redirect-gateway def1", "dhcp-option DNS "+g.pick("10.8.0.1", "1.1.1.1"))
		}
		for range r.IntN(3) {
			opts = append(opts, fmt.Sprintf("route 10.%d.0.0 255.255.0.0", r.IntN(255)))
		}
		opts = append(opts, fmt.Sprintf("ifconfig 10.8.0.%d 255.255.255.0", 2+r.IntN(250)), fmt.Sprintf("peer-id %d", r.IntN(20)), "cipher "+g.pick("AES-256-GCM", "CHACHA20-POLY1305"))
		return strings.Join(opts, ","), true
	case "ovopt":
		v := map[string][]string{"link-mtu": {"1557", "1541", "1549"}, "tun-mtu": {"1500", "1400"}, "cipher": {"AES-256-CBC", "BF-CBC", "AES-256-GCM"}}[g.h3[0]]
		return g.h3[0] + " " + g.pick(v...), true
	// fail2ban
	case "f2jail":
		return g.pick("sshd", "sshd", "sshd", "recidive", "nginx-http-auth", "postfix-sasl", "dovecot"), true
	case "f2time":
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "f2log":
		return g.pick("/var/log/auth.log", "/var/log/nginx/error.log", "/var/log/mail.log", "/var/log/fail2ban.log"), true
	case "f2hash": // the md5 of the file's first line
		return fmt.Sprintf("%016x%016x", r.Uint64(), r.Uint64()), true
	case "f2err": // the action's exception, as str() gives it
		return g.pick("Error banning "+g.value("ip"), "Error starting action Jail('"+g.value("f2jail")+"')/"+g.pick("iptables-multiport", "nftables-multiport"),
			"Error banning(['"+g.value("ip")+"'])"), true
	case "f2actioninfo": // the ActionInfo mapping as Python's repr writes it
		return fmt.Sprintf("ActionInfo({'ip': '%s', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x7f%010x>, 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x7f%010x>})",
			g.value("ip"), r.Int64N(1<<40), r.Int64N(1<<40)), true
	// Tomcat
	case "tcarg":
		return g.pick("-Djava.util.logging.config.file=/opt/tomcat/conf/logging.properties",
			"-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager", "-Djdk.tls.ephemeralDHKeySize=2048",
			"-Xms"+g.pick("512m", "1g", "2g"), "-Xmx"+g.pick("1g", "2g", "4g"), "-Dcatalina.base=/opt/tomcat", "-Dcatalina.home=/opt/tomcat",
			"-Djava.io.tmpdir=/opt/tomcat/temp", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dorg.apache.catalina.security.SecurityListener.UMASK=0027",
			"-Dspring.profiles.active="+g.pick("prod", "staging")), true
	case "tcwar":
		return "/opt/tomcat/webapps/" + g.pick("ROOT", "orders", "billing-api", "admin", "reports") + ".war", true
	case "tcdir":
		return "/opt/tomcat/webapps/" + g.pick("manager", "host-manager", "docs", "examples", "ROOT"), true
	case "tcapp":
		return g.pick("ROOT", "orders", "billing-api", "reports"), true
	case "tcpath":
		return g.pick("", "/orders", "/billing-api", "/reports"), true
	case "tcthread":
		return g.pick("Abandoned connection cleanup thread", "pool-"+strconv.Itoa(1+r.IntN(9))+"-thread-1", "HikariPool-1 housekeeper", "Timer-0", "mysql-cj-abandoned-connection-cleanup"), true
	case "tcexc":
		return g.pick("Request processing failed: java.lang.NullPointerException: Cannot invoke \"com.acme.orders.Order.getId()\" because \"order\" is null",
			"Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection",
			"java.lang.IllegalStateException: Cannot create a session after the response has been committed",
			"Handler dispatch failed: java.lang.OutOfMemoryError: Java heap space"), true
	case "tchex": // the first bytes of a TLS ClientHello on the plain port, as Tomcat escapes them
		var b strings.Builder
		b.WriteString("0x160x030x01")
		for range 8 + r.IntN(10) {
			if r.IntN(3) == 0 {
				b.WriteByte("abcdefghijklmnopqrstuvwxyz"[r.IntN(26)])
			} else {
				fmt.Fprintf(&b, "0x%02x", r.IntN(256))
			}
		}
		b.WriteString("...")
		return b.String(), true
	// Airflow
	case "afattempt": // the try number, at most the retries plus one (afmax)
		m := g.pickInt(1, 2, 4)
		g.h3[0] = strconv.Itoa(m)
		return strconv.Itoa(1 + r.IntN(m)), true
	case "afmax":
		return g.h3[0], true
	case "afti", "aftirunning": // a TaskInstance's repr, one value
		st := g.pick("queued", "running")
		if kind == "aftirunning" {
			st = "running"
		}
		return "<TaskInstance: " + g.value("afdag") + "." + g.value("aftask") + " " + g.value("afrun") + " [" + st + "]>", true
	case "aftaskrepr": // a task's repr, one value
		return "<Task(" + g.pick("PythonOperator", "BashOperator", "_PythonDecoratedOperator", "SQLExecuteQueryOperator") + "): " + g.value("aftask") + ">", true
	case "afdag":
		return g.pick("etl_daily", "ml_feature_refresh", "billing_export", "dbt_nightly", "s3_to_snowflake"), true
	case "aftask":
		return g.pick("extract", "transform", "load", "dbt_run", "notify_slack", "wait_for_file", "export.partition_"+strconv.Itoa(r.IntN(8))), true
	case "afrun":
		return g.pick("scheduled__", "scheduled__", "manual__") + g.value("afiso"), true
	case "afiso":
		return fmt.Sprintf("2026-12-%02dT%02d:00:00+00:00", 1+r.IntN(28), g.pickInt(0, 0, 6, 12)), true
	case "afdate":
		return fmt.Sprintf("2026-12-%02d %02d:00:00+00:00", 1+r.IntN(28), g.pickInt(0, 0, 6, 12)), true
	case "afcompact":
		return fmt.Sprintf("202612%02dT%02d%02d%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "afhost":
		return g.pick("airflow-worker-0.airflow-worker.airflow.svc.cluster.local", "airflow-worker-1.airflow-worker.airflow.svc.cluster.local", "ip-10-0-4-21.ec2.internal"), true
	case "afargv": // the task command as a Python list
		args := []string{"airflow", "tasks", "run", g.value("afdag"), g.value("aftask"), g.value("afrun"), "--job-id", strconv.Itoa(r.IntN(99999)), "--raw", "--subdir", "DAGS_FOLDER/" + g.pick("etl.py", "ml/refresh.py", "billing.py")}
		if r.IntN(3) == 0 {
			args = append(args, "--map-index", strconv.Itoa(r.IntN(8)))
		}
		args = append(args, "--cfg-path", "/tmp/tmp"+g.alnum(8))
		return "['" + strings.Join(args, "', '") + "']", true
	case "afcmd":
		return "['/usr/bin/bash', '-c', '" + g.pick("python /opt/jobs/load.py --date 2026-12-0"+strconv.Itoa(1+r.IntN(9)), "dbt run --select tag:nightly", "aws s3 sync s3://raw-bucket/export/ /data/export/", "echo done") + "']", true
	case "afret":
		return g.pick("None", "None", "None", fmt.Sprintf("{'rows': %d}", r.IntN(999999)), strconv.Itoa(r.IntN(99999)), "'s3://raw-bucket/export/part-"+strconv.Itoa(r.IntN(999))+".parquet'", "True", "[]"), true
	case "afdagfile":
		return "/opt/airflow/dags/" + g.pick("etl.py", "ml/refresh.py", "billing.py"), true
	// Caddy
	case "cdts":
		return fmt.Sprintf("%d.%07d", 1764800000+r.IntN(99999), r.IntN(10000000)), true
	case "cdhost":
		return g.pick("example.com", "www.example.com", "api.example.org", "grafana.internal.example.net"), true
	case "cdbytes":
		return g.pick("0", "0", "0", strconv.Itoa(r.IntN(9000))), true
	case "cduser": // the authenticated user: empty unless basic auth ran
		return g.pick("", "", "", "", g.pick(users[:6]...)), true
	case "cddur":
		return strconv.FormatFloat(r.Float64()*g.pickF(0.01, 0.01, 0.5, 5), 'g', -1, 64), true
	case "cderrid":
		return g.alnum(9), true
	case "cdptr":
		return fmt.Sprintf("0xc%09x", r.Int64N(1<<36)), true
	// Asterisk
	case "asep":
		return g.pick("alice", "bob", "100", "101", "102", "reception", "trunk-provider"), true
	case "asaor": // an AOR and the user of its contact's URI (asaor2)
		g.h3[0] = g.value("asep")
		return g.h3[0], true
	case "asaor2":
		return g.h3[0], true
	case "aschan":
		return "PJSIP/" + g.value("asep") + fmt.Sprintf("-%08x", r.IntN(0x2000)), true
	case "asexten":
		return g.pick("s", "100", "101", "200", "+4930123456", "h", "_X."), true
	case "asctx":
		return g.pick("from-internal", "from-trunk", "macro-dial", "ivr-main", "voicemail"), true
	case "asapp":
		return g.pick("Dial", "Dial", "Answer", "Playback", "Set", "NoOp", "Hangup", "VoiceMail", "Goto", "GotoIf", "MixMonitor", "Wait"), true
	case "asargs": // the application's arguments as the dialplan wrote them, often empty
		return g.pick("", "", "PJSIP/"+g.value("asep")+",30,tT", "CDR(userfield)="+g.alnum(6), "vm-intro", "${EXTEN:1}="+strconv.Itoa(r.IntN(999)), "1",
			"$[\"${DIALSTATUS}\" = \"BUSY\"]?busy:unavail", "Inbound call from +49"+strconv.Itoa(100000000+r.IntN(899999999)), strconv.Itoa(r.IntN(1000))+"@default,u"), true
	case "asrtt":
		return fmt.Sprintf("%d.%03d", r.IntN(300), r.IntN(1000)), true
	case "asfrom":
		return g.pick(fmt.Sprintf("\"%d\" <sip:%d@%s>", 100+r.IntN(900), 100+r.IntN(900), g.value("ip")), fmt.Sprintf("<sip:%s@%s>", g.pick("admin", "1000", "sipvicious"), g.value("ip"))), true
	case "ascallid":
		return g.pick(g.value("uuid"), g.alnum(22)+"..", fmt.Sprintf("%x-%x@%s", r.Uint32(), r.Uint32(), g.value("ip"))), true
	// vsftpd
	case "vsuser":
		return g.pick("ftp", "ftp", "alice", "bob", "backup", "deploy"), true
	case "vsclient": // the client address as vsftpd prints it (IPv4-mapped with listen_ipv6)
		return g.pick("", "", "::ffff:") + g.value("ip"), true
	case "vsanon":
		return g.pick("mozilla@example.com", "?", "-wget@", "anonymous", ""), true
	case "vsfile":
		return g.pick("/pub/", "/home/alice/", "/srv/ftp/incoming/", "/backups/") + g.pick("report-"+strconv.Itoa(r.IntN(999))+".csv", "db-2026120"+strconv.Itoa(1+r.IntN(9))+".sql.gz", "README", "firmware_v"+strconv.Itoa(r.IntN(9))+".bin", "index.html"), true
	case "vsdir":
		return g.pick("/pub/", "/home/alice/", "/srv/ftp/incoming/") + g.pick("2026-12", "tmp", "new folder", "upload_"+strconv.Itoa(r.IntN(99))), true
	case "vsrate":
		return fmt.Sprintf("%.2f", r.Float64()*g.pickF(10, 500, 12000)), true
	case "vscmd":
		return g.pick("PWD", "TYPE I", "PASV", "EPSV", "LIST", "LIST -la", "CWD "+g.pick("/pub", "incoming", ".."), "RETR "+g.value("vsfile"), "STOR "+g.pick("report.csv", "backup.tar.gz"),
			"SIZE "+g.value("vsfile"), "MDTM "+g.value("vsfile"), "QUIT", "NOOP", "MKD "+g.pick("2026-12", "tmp")), true
	case "vsresp":
		return g.pick("200 Switching to Binary mode.", fmt.Sprintf("227 Entering Passive Mode (%d,%d,%d,%d,%d,%d).", 10+r.IntN(200), r.IntN(256), r.IntN(256), r.IntN(256), 39+r.IntN(80), r.IntN(256)),
			"150 Here comes the directory listing.", "226 Directory send OK.", "226 Transfer complete.", "250 Directory successfully changed.",
			"257 \"/pub\" is the current directory", "550 Failed to open file.", "221 Goodbye.", fmt.Sprintf("213 %d", r.IntN(9999999)), "200 NOOP ok.",
			fmt.Sprintf("229 Entering Extended Passive Mode (|||%d|)", 40000+r.IntN(10000))), true
	// dnsmasq
	case "dnqtype":
		return g.pick("A", "A", "AAAA", "AAAA", "HTTPS", "PTR", "SRV", "TXT", "MX", "type=65"), true
	case "dnname":
		return g.pick("www.example.com", "api.github.com", "connectivity-check.ubuntu.com", "time.apple.com", "_dmarc.example.org",
			"1.7.168.192.in-addr.arpa", "nas.lan", "clients4.google.com", "_ldap._tcp.dc._msdcs.corp.example", "wpad.lan"), true
	case "dnlan":
		return fmt.Sprintf("192.168.%d.%d", g.pickInt(1, 1, 178), 2+r.IntN(250)), true
	case "dnanswer":
		return g.pick(g.value("ip"), g.value("ip"), g.value("ip6"), "<CNAME>", "NXDOMAIN", "NODATA", "NODATA-IPv6", "<HTTPS>", "<SRV>", "nas.lan"), true
	case "dnmac":
		return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", r.IntN(256)&0xfe, r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256)), true
	case "dnclient":
		return g.pick("Pixel-8", "iPhone", "LAPTOP-"+strings.ToUpper(g.alnum(7)), "raspberrypi", "esp32-"+g.alnum(6), "printer"), true
	case "dnxid":
		return strconv.FormatUint(uint64(r.Uint32()), 10), true
	case "dntags":
		tags := []string{g.pick("br0", "eth1", "wlan0")}
		for range r.IntN(3) {
			tags = append(tags, g.pick("known", "lan", "iot", "guest"))
		}
		return strings.Join(tags, ", "), true
	case "dnosize": // "%2d option: %3d %s  %s": size, number, name, value of one option, drawn together
		o := strings.Fields(g.pick("1 53 message-type 5", "4 54 server-identifier 192.168.1.1", "4 51 lease-time 12h", "4 58 T1 6h",
			"4 59 T2 10h30m", "4 1 netmask 255.255.255.0", "4 28 broadcast 192.168.1.255", "4 3 router 192.168.1.1", "4 6 dns-server 192.168.1.1", "3 15 domain-name lan"))
		size, _ := strconv.Atoi(o[0])
		num, _ := strconv.Atoi(o[1])
		g.h3 = [2]string{fmt.Sprintf("%3d", num), o[2] + " " + o[3]}
		return fmt.Sprintf("%2d", size), true
	case "dnonum":
		return g.h3[0], true
	case "dnoname":
		name, _, _ := strings.Cut(g.h3[1], " ")
		return name, true
	case "dnoval":
		_, v, _ := strings.Cut(g.h3[1], " ")
		return v, true
	case "dnopts":
		all := []string{"IPv6", "GNU-getopt", "DBus", "no-UBus", "i18n", "IDN2", "DHCP", "DHCPv6", "no-Lua", "TFTP", "conntrack", "ipset", "nftset", "auth", "cryptohash", "DNSSEC", "loop-detect", "inotify", "dumpfile"}
		return strings.Join(all[:10+r.IntN(len(all)-9)], " "), true
	// Grafana
	case "gft":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%09d+00:00", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1e9)), true
	case "gfuser": // the signed-in login, empty for anonymous requests
		return g.pick("admin", "admin", "alice", "bob@example.com", "", "sa-1-prometheus"), true
	case "gfpath":
		return g.pick("/api/live/ws", "/api/ds/query", "/api/dashboards/uid/"+g.alnum(9), "/api/search", "/public/build/app."+g.alnum(8)+".js", "/api/annotations", "/login", "/api/health"), true
	case "gfhandler":
		return g.pick("/api/live/ws", "/api/ds/query", "/api/dashboards/uid/:uid", "/api/search", "/public/*", "/api/annotations", "/login", "/api/health"), true
	case "gfdur":
		return g.value("dur"), true
	case "gfreferer": // empty unless the browser sent one
		return g.pick("", "", "", "https://grafana.example.net/d/"+g.alnum(9)+"/node-exporter?orgId=1"), true
	case "gfuid":
		return g.alnum(14), true
	case "gferr":
		return g.pick("context canceled", "[plugin.downstreamError] client: failed to query data: Post \"http://prometheus:9090/api/v1/query_range\": dial tcp 10.0.3.4:9090: connect: connection refused",
			"failed to build query 'A': parse error at char 12: unexpected identifier \"rate\"", "database is locked"), true
	// Jenkins
	case "jkjob":
		return g.pick("orders-api", "web-frontend/main", "nightly-backup", "infra/terraform-plan", "release/PR-"+strconv.Itoa(r.IntN(900))), true
	case "jkmilestone": // InitMilestone's names, the whole message
		ms := make([]string, 0, len(jenkinsMilestones))
		for m := range jenkinsMilestones {
			ms = append(ms, m)
		}
		sort.Strings(ms)
		return g.pick(ms...), true
	case "jkresult":
		return g.pick("SUCCESS", "SUCCESS", "SUCCESS", "FAILURE", "UNSTABLE", "ABORTED", "NOT_BUILT"), true
	case "jkwork":
		return g.pick("Download metadata", "Fingerprint cleanup", "Workspace clean-up", "Periodic background build discarder", "telemetry collection", "Out of order build detection", "Connection Activity monitoring to agents"), true
	case "jkms": // "%,d": thousands separated
		n := r.IntN(120000)
		s := strconv.Itoa(n)
		for i := len(s) - 3; i > 0; i -= 3 {
			s = s[:i] + "," + s[i:]
		}
		return s, true
	case "jkagent":
		return g.pick("agent-1", "agent-2", "linux-docker-"+strconv.Itoa(r.IntN(9)), "windows-build", "JNLP4-connect connection from 10.0.5."+strconv.Itoa(r.IntN(250))+"/10.0.5."+strconv.Itoa(r.IntN(250))+":"+strconv.Itoa(40000+r.IntN(20000))), true
	}
	return "", false
}

// jenkinsMilestones are the names of Jenkins' InitMilestone values, which
// InitReactorRunner logs as its whole message.
var jenkinsMilestones = map[string]bool{"Started initialization": true, "Listed all plugins": true, "Prepared all plugins": true,
	"Started all plugins": true, "Augmented all extensions": true, "System config loaded": true, "System config adapted": true,
	"Loaded all jobs": true, "Configuration for all jobs updated": true, "Completed initialization": true}

// b64 is n characters of base64 (Dovecot's session ids).
func (g *gen) b64(n int) string {
	const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b := make([]byte, n)
	for i := range b {
		b[i] = a[g.r.IntN(len(a))]
	}
	return string(b)
}

// b62 is n characters of base 62 (Exim's message ids).
func (g *gen) b62(n int) string {
	const a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	b := make([]byte, n)
	for i := range b {
		b[i] = a[g.r.IntN(len(a))]
	}
	return string(b)
}
