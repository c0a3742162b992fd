package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// The sixteenth held-out families (issue #14, session 23, h136): software
// that neither testdata/logcorpus, the fifteen held-out sets nor
// Loghub-2k has, each written from how the program writes its lines (real
// lines quoted in the programs' issue trackers, cited at each family) or,
// where a family says so, from knowledge of the format without a source
// looked up, for a set written blind: its author read no miner code and
// ran no miner on it. They go to testdata/logholdout16 (go run
// ./cmd/loggen -set holdout16); same truth conventions as the corpus and
// the fifteenth set (khanCorrect, one "<*>" per value the program fills
// in, whether empty, one word or several; keys constant and their values
// variables, the message key's value its format string, so a logfmt or
// JSON value the call site writes as a literal (component=tsdb) is a
// value all the same; a name or state substituted into a fixed sentence
// is a value; a list written in a loop (a Solr update's document ids, a
// Prometheus compaction's source blocks, a command's argv as Python
// prints it) is one value; a line that is all values (a Robocopy file
// line's class, size and name, an error text on a line of its own) is
// its constants and its "<*>"s; a program's whole line where it writes
// no header (Robocopy's job log, Gitaly's JSON) is the content, with its
// leading indentation). An IPMI SEL record's sensor type and its event
// text are the record's kind, constant (the event's meaning, as a
// message id's text is); its sensor's name or number, the direction and
// a threshold's readings are values.
//
//	go run ./cmd/loggen -set holdout16 -out testdata/logholdout16

// holdout16Seed is the sixteenth held-out set's seed.
const holdout16Seed = 79

// solrCore is the core a Solr line names in its content ("[core]",
// "core=" or "core:"), which its header's MDC names again (x:core).
var solrCore = regexp.MustCompile(`(\w+_shard\d+_replica_[nt]\d+)`)

// consoleLine is the source line a Chromium console message ends with.
var consoleLine = regexp.MustCompile(`, source: \S+ \((\d+)\)$`)

// robocopyErrors pairs a Win32 error's number with the text robocopy
// writes on the line after it (FormatMessage's).
var robocopyErrors = [][2]string{
	{"5", "Access is denied."}, {"32", "The process cannot access the file because it is being used by another process."},
	{"53", "The network path was not found."}, {"64", "The specified network name is no longer available."},
	{"112", "There is not enough space on the disk."}, {"2", "The system cannot find the file specified."},
	{"3", "The system cannot find the path specified."}, {"1359", "An internal error occurred."},
}

func holdout16Families() []family {
	sysDate := func(g *gen) string {
		return fmt.Sprintf("Dec %2d %02d:%02d:%02d", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
	}
	// a Gitaly gRPC record (logrus's JSON formatter: the fields sorted by
	// key): the call's fields, its message and the fields after it
	// the statistics of the git commands a call spawned, before its
	// other fields
	gitalyCommand := `"command.count":{small},"command.cpu_time_ms":{int},"command.inblock":0,"command.majflt":0,"command.maxrss":{big},"command.minflt":{int},"command.oublock":{int},"command.real_time_ms":{int},"command.spawn_token_wait_ms":{small},"command.system_time_ms":{int},"command.user_time_ms":{int},`
	gitalyCall := func(pre, errField, code, level, kind string) string {
		return `{` + pre + `"correlation_id":"{x16gcorr}",` + errField + `"grpc.code":"` + code + `","grpc.meta.auth_version":"v2","grpc.meta.client_name":"{x16gclient}","grpc.meta.deadline_type":"{x16gdeadline}","grpc.method":"{x16gmethod}","grpc.request.deadline":"{x16gts}","grpc.request.fullMethod":"{x16gfull}","grpc.request.glProjectPath":"{x16gproject}","grpc.request.glRepository":"{x16gglrepo}","grpc.request.repoPath":"{x16grepo}","grpc.request.repoStorage":"default","grpc.service":"{x16gservice}","grpc.start_time":"{x16gts}","grpc.time_ms":{x16gms},"level":"` + level + `","msg":"finished ` + kind + ` call with code ` + code + `","peer.address":"{x16gpeer}","pid":{x16gpid},"remote_ip":"{ip}","span.kind":"server","system":"grpc","time":"{x16gts}","user_id":"{x16guser}","username":"{x16gusername}"}`
	}
	return []family{
		// Prometheus server's log (go-kit logfmt, 2.x: "ts=%s caller=%s
		// level=%s", then the component's and the message's pairs):
		// "Head GC completed" with its duration (quoted in
		// prometheus/prometheus issue #5599, then "head GC completed"),
		// "Error on ingesting samples that are too old or are too far into
		// the future" with num_dropped, "append failed" with its parse
		// error, "compact blocks" with count, mint, maxt, ulid, sources
		// and duration (issue #5383), "Appending scrape report failed"
		// err="out of bounds" (issue #8780), "Error on ingesting samples
		// with different value but same timestamp", "Loading
		// configuration file" filename=, "Using pod service account via
		// in-cluster config" with discovery and config
		// (grafana/grafana issue #96011, NetApp/harvest pull request
		// #4134); the start-up, TSDB, WAL, remote-write, notifier, rule
		// and client-go lines written from knowledge of the format.
		{name: "Prometheus", format: `ts=<Time> caller=<Caller> level=<Level> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"different value but same timestamp", "scrape.go:1820", "warn"}, {"too old or are too far", "scrape.go:1754", "warn"},
				{"Appending scrape report", "scrape.go:1787", "warn"}, {"append failed", "scrape.go:1591", "warn"},
				{"Head GC completed", "head.go:1345", "info"}, {"write block", "compact.go:576", "info"}, {"compact blocks", "compact.go:459", "info"},
				{"obsolete block", "db.go:1617", "info"}, {"Creating checkpoint", "checkpoint.go:100", "info"}, {"WAL checkpoint complete", "head.go:1317", "info"},
				{"WAL segment loaded", "head_wal.go:800", "info"}, {"WAL replay completed", "head.go:802", "info"}, {"Replaying on-disk", "head.go:708", "info"},
				{"Failed to send batch", "queue_manager.go:1670", "warn"}, {"in-cluster config", "kubernetes.go:331", "info"},
				{"Failed to watch", "klog.go:116", "error"}, {"Evaluating rule failed", "manager.go:181", "warn"}, {"Error sending alert", "notifier.go:530", "error"},
				{"Loading configuration", "main.go:1372", "info"}, {"Completed loading", "main.go:1409", "info"}, {"Starting Prometheus", "main.go:640", "info"},
				{"build_context", "main.go:645", "info"}, {"host_details", "main.go:646", "info"}, {"fd_limits", "main.go:647", "info"},
				{"vm_limits", "main.go:648", "info"}, {"Start listening", "web.go:571", "info"}, {"TSDB started", "main.go:1223", "info"},
				{"ready to receive", "main.go:1187", "info"},
			}, "main.go:1000", "info")
			return fmt.Sprintf("ts=2026-12-%02dT%02d:%02d:%02d.%03dZ caller=%s level=%s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], c)
		}, events: []event{
			{270, `component="{one:scrape manager}" scrape_pool={x16pjob} target={x16ptarget} msg="Error on ingesting samples with different value but same timestamp" num_dropped={int}`},
			{130, `component="{one:scrape manager}" scrape_pool={x16pjob} target={x16ptarget} msg="Error on ingesting samples that are too old or are too far into the future" num_dropped={int}`},
			{60, `component="{one:scrape manager}" scrape_pool={x16pjob} target={x16ptarget} msg="Appending scrape report failed" err="{one:out of bounds}"`},
			{50, `component="{one:scrape manager}" scrape_pool={x16pjob} target={x16ptarget} msg="append failed" err="{x16pparse}"`},
			{180, `component={one:tsdb} msg="Head GC completed" duration={x16pdur}`},
			{160, `component={one:tsdb} msg="write block" mint={x16pmint} maxt={x16pmaxt} ulid={x16pulid} duration={x16pdur}`},
			{70, `component={one:tsdb} msg="compact blocks" count={pick:2|3|3} mint={x16pmint} maxt={x16pmaxt} ulid={x16pulid} sources="[{x16pulids}]" duration={x16pdur}`},
			{60, `component={one:tsdb} msg="Deleting obsolete block" block={x16pulid}`},
			{60, `component={one:tsdb} msg="Creating checkpoint" from_segment={int} to_segment={int} mint={x16pmint}`},
			{60, `component={one:tsdb} msg="WAL checkpoint complete" first={int} last={int} duration={x16pdur}`},
			{40, `component={one:tsdb} msg="WAL segment loaded" segment={int} maxSegment={int}`},
			{15, `component={one:tsdb} msg="WAL replay completed" checkpoint_replay_duration={x16pdur} wal_replay_duration={x16pdur} wbl_replay_duration={x16pns} chunk_snapshot_load_duration={x16pns} mmap_chunk_replay_duration={x16pdur} total_replay_duration={x16pdur}`},
			{15, `component={one:tsdb} msg="Replaying on-disk memory mappable chunks if any"`},
			{90, `component="{one:remote storage}" remote_name={x16prname} url={x16prwurl} msg="Failed to send batch, retrying" err="{x16prwerr}"`},
			{40, `component="{one:discovery manager scrape}" discovery={one:kubernetes} config={x16pjob} msg="Using pod service account via in-cluster config"`},
			{50, `component={one:k8s_client_runtime} func={one:ErrorDepth} msg="{x16preflector}: Failed to watch {x16pkind}: failed to list {x16pkind2}: {x16pforbid}"`},
			{35, `component="{one:rule manager}" file={x16prfile} group={x16pgroup} name={x16palert} index={small} msg="Evaluating rule failed" rule="{x16prule}" err="{x16pqerr}"`},
			{30, `component={one:notifier} alertmanager={x16pam} count={small} msg="Error sending alert" err="{x16pamerr}"`},
			{20, `msg="Loading configuration file" filename={x16pcfg}`},
			{20, `msg="Completed loading of configuration file" filename={x16pcfg} totalDuration={x16pdur} db_storage={x16pns} remote_storage={x16pns} web_handler={x16pns} query_engine={x16pns} scrape={x16pdur} scrape_sd={x16pdur} notify={x16pns} notify_sd={x16pns} rules={x16pdur} tracing={x16pns}`},
			{8, `msg="Starting Prometheus Server" mode={one:server} version="{x16pversion}"`},
			{8, `build_context="{x16pbuild}"`},
			{8, `host_details="{x16phost}"`},
			{8, `fd_limits="(soft={pick:1048576|65536}, hard={pick:1048576|524288})"`},
			{8, `vm_limits="(soft=unlimited, hard=unlimited)"`},
			{8, `component={one:web} msg="Start listening for connections" address={pick:0.0.0.0:9090|:9090|127.0.0.1:9090}`},
			{8, `fs_type={pick:EXT4_SUPER_MAGIC|XFS_SUPER_MAGIC|65735546} msg="TSDB started"`},
			{8, `msg="Server is ready to receive web requests."`},
		}},
		// PgBouncer's log ("%Y-%m-%d %H:%M:%S.%ms %Z [pid] LEVEL
		// message", a connection's lines led by "C-%p: db/user@addr" or
		// "S-%p: db/user@addr"): "login attempt: db=%s user=%s tls=%s",
		// "closing because: client close request (age=%ds)", "closing
		// because: client disconnect while server was not ready
		// (age=%ds)" (quoted in pgbouncer/pgbouncer issues #1043 and
		// #750, edoburu/docker-pgbouncer issue #65), "(nodb)/(nouser)"
		// and "closing because: failed cancel request", "client
		// unexpected eof" (issue #822), "closing because:
		// client_idle_timeout" and "pooler error: client_idle_timeout"
		// (issue #587), "cancel request for idle client" and "failed
		// connection attempt" (issue #184); the stats, start-up, signal,
		// server connection and accept lines written from knowledge of
		// the format.
		{name: "PgBouncer", format: `<Date> <Time> <Zone> \[<Pid>\] <Level> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"pooler error", "WARNING"}, {"server login failed", "ERROR"}, {"accept() failed", "ERROR"}, {"failed connection attempt", "DEBUG"}}, "LOG")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d UTC [%s] %s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), g.pick("1", "1", "9558", "52610"), f[0], c)
		}, events: []event{
			{330, `C-{x16bptr}: {x16bdb}/{x16buser}@{x16baddr} login attempt: db={x16bdbagain} user={x16buseragain} tls={x16btls}`},
			{330, `C-{x16bptr}: {x16bdbany}/{x16buser}@{x16baddr} closing because: {x16bcreason} (age={int}s)`},
			{140, `S-{x16bptr}: {x16bdb}/{x16buser}@{x16bsrv} closing because: {x16bsreason} (age={int}s)`},
			{150, `S-{x16bptr}: {x16bdb}/{x16buser}@{x16bsrv} new connection to server (from {ip}:{port})`},
			{80, `stats: {int} xacts/s, {int} queries/s, in {big} B/s, out {big} B/s, xact {int} us, query {int} us, wait {int} us`},
			{70, `C-{x16bptr}: {x16bdbany}/{x16buser}@{x16baddr} pooler error: {x16bperr}`},
			{25, `C-{x16bptr}: {x16bdbany}/{x16buser}@{x16baddr} failed connection attempt`},
			{30, `S-{x16bptr}: {x16bdb}/{x16buser}@{x16bsrv} server login failed: FATAL {x16bfatal}`},
			{15, `listening on {pick:0.0.0.0:6432|[::]:6432|unix:/tmp/.s.PGSQL.6432|unix:/var/run/postgresql/.s.PGSQL.6432}`},
			{10, `process up: PgBouncer {pick:1.21.0|1.22.1|1.23.1|1.19.1}, libevent {pick:2.1.12-stable (epoll)|2.1.8-stable (epoll)}, adns: {pick:c-ares 1.19.1|evdns2|udns 0.4}, tls: {pick:OpenSSL 3.0.11 19 Sep 2023|OpenSSL 1.1.1w  11 Sep 2023}`},
			{10, `kernel file descriptor limit: {pick:1048576|1024|65536} (hard: {pick:1048576|4096|65536}); max_client_conn: {pick:100|1000|5000}, max expected fd use: {int}`},
			{12, `got SIGHUP, re-reading config`},
			{8, `got SIGINT, shutting down`},
			{8, `got SIGTERM, fast exit`},
			{8, `server connections dropped, exiting`},
			{15, `accept() failed: {pick:Too many open files|Too many open files|Software caused connection abort}`},
			{20, `C-{x16bptr}: (nodb)/(nouser)@{x16baddr} closing because: cancel request for idle client (age={int}s)`},
		}},
		// Apache Solr's log (log4j2 "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5p (%t)
		// [%notEmpty{c:%X{collection}}%notEmpty{ s:%X{shard}}%notEmpty{
		// r:%X{replica}}%notEmpty{ x:%X{core}}] %c{1.} %m", the MDC of the
		// core the line is about): the request line "[%s]  webapp=/solr
		// path=/select params={%s} hits=%d status=%d QTime=%d" (quoted in
		// jywarren/plots2 pull request #258, with "[   x:default]" and
		// "o.a.s.c.S.Request"); the update, commit, searcher, slow request,
		// client exception, SolrCloud and recovery lines written from
		// knowledge of the format.
		{name: "Solr", format: `<Date> <Time> <Level> \(<Thread>\) \[<MDC>\] <Logger> <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"webapp=/solr path=/update", "o.a.s.u.p.LogUpdateProcessorFactory", "INFO", "qtp"}, {"^slow:", "o.a.s.c.S.SlowRequest", "WARN", "qtp"},
				{"webapp=/solr", "o.a.s.c.S.Request", "INFO", "qtp"}, {"start commit", "o.a.s.u.DirectUpdateHandler2", "INFO", "commitScheduler"},
				{"end_commit_flush", "o.a.s.u.DirectUpdateHandler2", "INFO", "commitScheduler"}, {"^Opening [Searcher", "o.a.s.s.SolrIndexSearcher", "INFO", "commitScheduler"},
				{"Registered new searcher", "o.a.s.c.SolrCore", "INFO", "searcherExecutor"}, {"QuerySenderListener", "o.a.s.c.QuerySenderListener", "INFO", "searcherExecutor"},
				{"Client exception", "o.a.s.h.RequestHandlerBase", "ERROR", "qtp"}, {"Unable to write response", "o.a.s.s.HttpSolrCall", "INFO", "qtp"},
				{"Register replica", "o.a.s.c.ZkController", "INFO", "coreZkRegister"}, {"new leader", "o.a.s.c.ShardLeaderElectionContext", "INFO", "zkCallback"},
				{"live nodes", "o.a.s.c.c.ZkStateReader", "INFO", "zkCallback"}, {"recovery process", "o.a.s.c.RecoveryStrategy", "INFO", "recoveryExecutor"},
				{"PeerSync", "o.a.s.u.PeerSync", "INFO", "recoveryExecutor"}, {"CLOSING SolrCore", "o.a.s.c.SolrCore", "INFO", "qtp"},
				{"setCommitData", "o.a.s.u.SolrIndexWriter", "INFO", "commitScheduler"}, {"Opening new SolrCore", "o.a.s.c.SolrCore", "INFO", "coreLoadExecutor"},
				{"Schema name", "o.a.s.s.IndexSchema", "INFO", "coreLoadExecutor"}, {"MatchVersion", "o.a.s.c.SolrConfig", "INFO", "coreLoadExecutor"},
			}, "o.a.s.c.SolrCore", "INFO", "main")
			var th string
			switch f[2] {
			case "qtp":
				th = fmt.Sprintf("qtp%d-%d", 1112280004+g.r.IntN(3)*7, 10+g.r.IntN(90))
			case "main":
				th = "main"
			default:
				th = fmt.Sprintf("%s-%d-thread-%d", f[2], 5+g.r.IntN(20), 1+g.r.IntN(4))
			}
			mdc := "   "
			if m := solrCore.FindStringSubmatch(c); m != nil {
				coll, rest, _ := strings.Cut(m[1], "_shard")
				shard, rep, _ := strings.Cut(rest, "_replica_")
				n, _ := strconv.Atoi(rep[1:])
				mdc = fmt.Sprintf("c:%s s:shard%s r:core_node%d x:%s", coll, shard, 2*n, m[1])
			}
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d %-5s (%s) [%s] %s %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[1], th, mdc, f[0], c)
		}, events: []event{
			{520, `[{x16score}]  webapp=/solr path={pick:/select|/select|/select|/get|/admin/ping} params={{x16sparams}} hits={int} status={pick:0|0|0|0|400} QTime={int}`},
			{150, `[{x16score}]  webapp=/solr path=/update params={{x16supd}}{add=[{x16sdocs}]} 0 {int}`},
			{40, `[{x16score}]  webapp=/solr path=/update params={{x16supd}}{deleteByQuery={x16sdbq}} 0 {int}`},
			{70, `start commit{_version_={x16sver},optimize=false,openSearcher={pick:true|true|false},waitSearcher=true,expungeDeletes=false,softCommit={pick:false|false|true},prepareCommit=false}`},
			{70, `end_commit_flush`},
			{60, `Opening [Searcher@{x16shex}[{x16score}] {pick:main|realtime}]`},
			{50, `[{x16score}]  Registered new searcher autowarm time: {int} ms`},
			{40, `QuerySenderListener sending requests to Searcher@{x16shex}[{x16score}] main{{x16sreader}}`},
			{40, `QuerySenderListener done.`},
			{40, `slow: [{x16score}]  webapp=/solr path=/select params={{x16sparams}} hits={int} status=0 QTime={big}`},
			{45, `Client exception => {x16sexc}`},
			{25, `Unable to write response, client closed connection or we are shutting down => org.eclipse.jetty.io.EofException{pick:|: Closed|: Reset cancel_stream_error}`},
			{20, `Register replica - core:{x16score} address:{x16snode} collection:{x16scoll} shard:{x16sshard}`},
			{15, `I am the new leader: {x16snode}/{x16score}/ {x16sshard}`},
			{20, `Updated live nodes from ZooKeeper... ({small}) -> ({small})`},
			{15, `Starting recovery process. recoveringAfterStartup={pick:true|false}`},
			{15, `PeerSync: core={x16score} url={x16snode} START replicas=[{x16snode}/{x16scoreagain}/] nUpdates=100`},
			{10, `[{x16score}]  CLOSING SolrCore org.apache.solr.core.SolrCore@{x16shex}`},
			{25, `Calling setCommitData with IW:org.apache.solr.update.SolrIndexWriter@{x16shex} commitCommandVersion:{x16sver}`},
			{10, `[{x16score}]  Opening new SolrCore at [/var/solr/data/{x16scoreagain}], dataDir=[/var/solr/data/{x16scoreagain}/data/]`},
			{10, `[{x16score}] Schema name={pick:default-config|products|managed-schema}`},
			{8, `Using Lucene MatchVersion: {pick:9.8.0|9.10.0|8.11.2}`},
		}},
		// avahi-daemon through syslog ("avahi-daemon[pid]: message"):
		// "Joining mDNS multicast group on interface %s.%s with address
		// %s.", "New relevant interface %s.%s for mDNS.", "Registering new
		// address record for %s on %s.%s.", "Leaving mDNS multicast group
		// ...", "Withdrawing address record for %s on %s." (quoted in
		// avahi/avahi issues #342, #176 and #234), "Interface %s.%s no
		// longer relevant for mDNS." (#234), "Got SIGTERM, quitting."
		// (#252), the start-up lines "Found user 'avahi' (UID %d) and group
		// 'avahi' (GID %d).", "Successfully dropped root privileges.",
		// "avahi-daemon %s starting up.", "chroot.c: chroot() helper
		// started", "No service file found in /etc/avahi/services." (#518),
		// the mDNS stack warnings and "IP_ADD_MEMBERSHIP failed: Invalid
		// argument" (microsoft/WSL issue #3365), "Host name conflict,
		// retrying with %s" (#176); the service, cookie, HINFO, invalid
		// packet and legacy unicast lines written from knowledge of the
		// format. An interface's name and its protocol ("eth0.IPv4") are
		// one value, its address of that protocol.
		{name: "Avahi", format: `<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%s %s avahi-daemon[%d]: %s", sysDate(g), g.pick("homebridge", "apu2", "nas", "desktop-7", "pfSense", "raspberrypi"), g.pick4av(), c)
		}, events: []event{
			{250, `Joining mDNS multicast group on interface {x16aif} with address {x16aaddr}.`},
			{230, `Leaving mDNS multicast group on interface {x16aif} with address {x16aaddr}.`},
			{250, `Registering new address record for {x16aaddrnew} on {x16aon}.`},
			{150, `Withdrawing address record for {x16aaddrnew} on {x16aname}.`},
			{130, `New relevant interface {x16aif} for mDNS.`},
			{110, `Interface {x16aif} no longer relevant for mDNS.`},
			{40, `Got SIGTERM, quitting.`},
			{20, `Got SIGHUP, reloading.`},
			{30, `avahi-daemon {pick:0.8|0.8|0.7} starting up.`},
			{30, `Found user 'avahi' (UID {pick:111|120|70}) and group 'avahi' (GID {pick:115|125|70}).`},
			{30, `Successfully dropped root privileges.`},
			{25, `Successfully called chroot().`},
			{25, `Successfully dropped remaining capabilities.`},
			{25, `chroot.c: chroot() helper started`},
			{20, `No service file found in /etc/avahi/services.`},
			{30, `Loading service file /etc/avahi/services/{x16asvc}.service.`},
			{30, `Network interface enumeration completed.`},
			{30, `Server startup complete. Host name is {x16ahost}.local. Local service cookie is {big}.`},
			{30, `Service "{x16aservice}" (/etc/avahi/services/{x16asvc}.service) successfully established.`},
			{25, `Registering HINFO record with values '{pick:X86_64|AARCH64|ARMV7L}'/'LINUX'.`},
			{25, `Host name conflict, retrying with {x16ahost}-{pick:2|2|3|4}`},
			{15, `*** WARNING: Detected another {pick:IPv4|IPv6} mDNS stack running on this host. This makes mDNS unreliable and is thus not recommended. ***`},
			{20, `IP_ADD_MEMBERSHIP failed: {pick:Invalid argument|No buffer space available}`},
			{40, `Received response from host {ip} with invalid source port {port} on interface '{x16aiface}.{pick:0|0|1}'`},
			{30, `Invalid response packet from host {ip}.`},
			{20, `Record [{x16arecord}] not fitting in legacy unicast packet, dropping.`},
			{15, `Files changed, reloading.`},
		}},
		// ipmitool's "sel elist" (the BMC's System Event Log as a job
		// collecting it writes it: "%4x | %s | %s | %s %s | %s | %s" with
		// the record's id, date and time, sensor type and sensor, event
		// and direction, a threshold event's readings after them): "Power
		// Unit Pwr Unit Status | Power off/down | Asserted", "Fan Processor
		// 1 Fan | Lower Non-critical going low  | Asserted" (quoted in
		// sosreport/sos issue #2015), "Memory #0x88 | Correctable ECC
		// (CPU0_G1) | Asserted" with "12/14/22" dates and "23:09:44 CET"
		// times (ipmitool/ipmitool issue #385), "System Firmware Progress
		// #0x05 | Motherboard initialization | Asserted" (open-power/occ
		// issue #13); the other sensor types, events and threshold
		// readings written from knowledge of ipmitool's tables.
		{name: "IpmiSel", format: `<Id> \| <Date> \| <Time> \| <Content>`, header: func(g *gen, c string) string {
			date := fmt.Sprintf("12/%02d/2026", 1+g.r.IntN(28))
			tm := fmt.Sprintf("%02d:%02d:%02d", g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
			if g.r.IntN(4) == 0 {
				date = fmt.Sprintf("12/%02d/26", 1+g.r.IntN(28))
				tm += g.pick(" CET", " CEST", " UTC")
			}
			return fmt.Sprintf("%4x | %s | %s | %s", 1+g.r.IntN(0x3ff), date, tm, c)
		}, events: []event{
			{260, `Memory {pick:#0x87|#0x88|#0x02|ECC Corr Err|DIMM_A1|Mem ECC Warning} | Correctable ECC ({opt:x16idimm}) | {x16idir}`},
			{40, `Memory {pick:#0x87|#0x88|ECC Uncorr Err|Mem ECC Warning} | Uncorrectable ECC ({opt:x16idimm}) | Asserted`},
			{40, `Memory {pick:#0x87|#0x88|Mem ECC Warning} | Correctable ECC logging limit reached ({opt:x16idimm}) | Asserted`},
			{90, `System Firmware Progress {pick:#0x05|#0x05|POST Progress} | Motherboard initialization | Asserted`},
			{80, `System Firmware Progress {pick:#0x05|#0x05|POST Progress} | Memory initialization | Asserted`},
			{70, `System Firmware Progress {pick:#0x05|#0x05|POST Progress} | System boot initiated | Asserted`},
			{40, `System Firmware Progress {pick:#0x05|#0x05|POST Progress} | PCI resource configuration | Asserted`},
			{110, `Power Unit {pick:Pwr Unit Status|#0x01|PSU Redundancy} | Power off/down | {x16idir}`},
			{100, `Fan {x16ifan} | Lower Critical going low  | {x16idir} | Reading {x16irpm} < Threshold {x16irpmthr} RPM`},
			{60, `Fan {x16ifan} | Lower Non-critical going low  | {x16idir}`},
			{80, `Temperature {pick:CPU1 Temp|CPU2 Temp|Inlet Temp|Exhaust Temp|#0x30} | Upper Critical going high | {x16idir} | Reading {x16itemp} > Threshold {x16itempthr} degrees C`},
			{50, `Temperature {pick:CPU1 Temp|Inlet Temp|#0x30} | Upper Non-critical going high | {x16idir} | Reading {x16itemp} > Threshold {x16itempthr} degrees C`},
			{40, `Voltage {pick:PS1 Voltage|P12V|P3V3|#0x60} | Lower Critical going low  | {x16idir} | Reading {x16ivolt} < Threshold {x16ivoltthr} Volts`},
			{110, `Power Supply {x16ips} | Power Supply AC lost | {x16idir}`},
			{60, `Power Supply {x16ips} | Failure detected | {x16idir}`},
			{50, `Power Supply {x16ips} | Presence detected | {x16idir}`},
			{40, `Power Supply {pick:PS Redundancy|#0x77|PSU Redundancy} | Redundancy Lost | {x16idir}`},
			{40, `Power Supply {pick:PS Redundancy|#0x77|PSU Redundancy} | Fully Redundant | Asserted`},
			{50, `Event Logging Disabled {pick:SEL|#0x07|SEL Status|Log Status} | Log area reset/cleared | Asserted`},
			{40, `System Event {pick:#0x83|#0x8e|Event Log} | Timestamp Clock Sync | Asserted`},
			{30, `Processor {pick:CPU1 Status|CPU2 Status|#0x04} | IERR | {x16idir}`},
			{40, `Processor {pick:CPU1 Status|CPU2 Status|#0x04} | Presence detected | Asserted`},
			{60, `Drive Slot / Bay {x16idrive} | Drive Present | {x16idir}`},
			{40, `Drive Slot / Bay {x16idrive} | Drive Fault | {x16idir}`},
			{40, `Physical Security {pick:Intrusion|#0x73|Chassis Intru} | General Chassis intrusion | {x16idir}`},
			{20, `Watchdog2 {pick:OS Watchdog|#0x81|IPMI Watchdog} | Hard reset | Asserted`},
			{25, `Critical Interrupt {pick:PCIe Err|#0x2a|PCI SERR|BUS PERR} | Bus Uncorrectable error | Asserted`},
			{30, `Button {pick:Button|#0x11|Power Button} | Power Button pressed | Asserted`},
		}},
		// Apache Maven's console output in batch mode (a CI job's log:
		// "[LEVEL] message"): "Downloading from central: %s", "Downloaded
		// from central: %s (%s at %s)" (quoted in
		// proxyee-down-org/proxyee-down issue #1007 and
		// eclipse-californium/californium issue #731), "Scanning for
		// projects...", "--- maven-compiler-plugin:3.1:compile
		// (default-compile) @ example ---", "Changes detected - recompiling
		// the module!", "Compiling 5 source files to %s", "skip non
		// existing resourceDirectory %s", "Using platform encoding (Cp1252
		// actually) to copy filtered resources, i.e. build is platform
		// dependent!" (STAMP-project/test-runner issue #129), the
		// "Building %s %s" line and its dashed module and packaging lines
		// (the same), "Tests run: %d, Failures: %d, Errors: %d, Skipped:
		// %d, Time elapsed: %s s <<< FAILURE! - in %s", "Running %s", "T E
		// S T S", "Surefire report directory: %s", "Using configured
		// provider %s" (apache/maven-surefire pull request #486), the
		// Reactor Summary's module lines with their dots, "BUILD
		// FAILURE", "Total time: %s s", "Finished at: %s", "Failed to
		// execute goal ... on project %s: There are test failures." and
		// "Please refer to %s for the individual test results."
		// (eviltester/TestingApp issue #1, martinpaljak/GlobalPlatformPro
		// issue #122); the jar and success lines written from
		// knowledge of the format.
		{name: "Maven", format: `\[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"platform encoding", "WARNING"}, {"<<< FAILURE", "ERROR"}, {"<<< ERROR", "ERROR"}, {"Failed to execute goal", "ERROR"},
				{"Please refer to", "ERROR"}, {"deprecated", "WARNING"}, {"^Tests run:", "INFO"}, {"COMPILATION ERROR", "ERROR"}, {".java:[", "ERROR"}}, "INFO")
			return fmt.Sprintf("[%s] %s", f[0], c)
		}, events: []event{
			{400, `Downloading from {x16mrepo}: {x16murl}`},
			{400, `Downloaded from {x16mrepo}: {x16murl} ({x16msize} at {x16mrate})`},
			{20, `Scanning for projects...`},
			{30, `{x16mdashga}< {x16mga} >{x16mdashr}`},
			{30, `Building {x16mname} {x16mver}{opt:x16mcount}`},
			{30, `{x16mdashpack}[ {x16mpack} ]{x16mdashr}`},
			{130, `--- {x16mplugin} ({x16mexec}) @ {x16martifact} ---`},
			{40, `Changes detected - recompiling the module!`},
			{50, `Compiling {int} source files to {x16mtarget}/classes`},
			{40, `Using 'UTF-8' encoding to copy filtered resources.`},
			{40, `Copying {small} resources`},
			{30, `skip non existing resourceDirectory {x16mbase}/src/{pick:main|test}/resources`},
			{20, `Using platform encoding ({pick:Cp1252|UTF-8|ANSI_X3.4-1968} actually) to copy filtered resources, i.e. build is platform dependent!`},
			{60, `Running {x16mtest}`},
			{80, `Tests run: {int}, Failures: 0, Errors: 0, Skipped: {pick:0|0|0|1|2}, Time elapsed: {x16msecs} s - in {x16mtest}`},
			{25, `Tests run: {int}, Failures: {small}, Errors: {pick:0|0|1}, Skipped: {pick:0|1}, Time elapsed: {x16msecs} s <<< FAILURE! - in {x16mtest}`},
			{25, `{x16mtest}.{x16mmethod}  Time elapsed: {x16msecs} s  <<< {pick:FAILURE|FAILURE|ERROR}!`},
			{20, `Tests run: {int}, Failures: {int}, Errors: {int}, Skipped: {int}`},
			{15, `T E S T S`},
			{25, `-------------------------------------------------------`},
			{50, `------------------------------------------------------------------------`},
			{20, `Building jar: {x16mtarget}/{x16martifact}-{x16mver}.jar`},
			{40, `{x16mmod} {x16mdots} {pick:SUCCESS|SUCCESS|SUCCESS|FAILURE} [{x16mtime} s]`},
			{10, `{x16mmod} {x16mdots} SKIPPED`},
			{12, `BUILD SUCCESS`},
			{6, `BUILD FAILURE`},
			{15, `Total time:  {x16mtotal}`},
			{15, `Finished at: {x16mfinished}`},
			{10, `Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:{pick:3.2.5|2.22.2|3.0.0-M5}:test (default-test) on project {x16martifact}: There are test failures.`},
			{10, `Please refer to {x16mtarget}/surefire-reports for the individual test results.`},
		}},
		// WildFly's server.log (jboss-logging "%d{yyyy-MM-dd
		// HH:mm:ss,SSS} %-5p [%c] (%t) %s%e", a message led by its
		// subsystem's id): "Undertow HTTP listener default listening on
		// %s", "Started FileSystemDeploymentService for directory %s",
		// "Bound data source [%s]", "Bound mail session [%s]", "Registered
		// web context: %s", "Operation (\"deploy\") failed - address:
		// ([(\"deployment\" => \"%s\")]) - failure description:
		// {\"...Services with missing/unavailable dependencies\" =>
		// [...]}" (quoted with their JBAS ids in
		// wildfly/wildfly-maven-plugin issue #41 and RestComm/sip-servlets
		// pull request #67); the WFLY ids, the deployment, transaction
		// reaper, JCA, Undertow request, Hibernate, Weld, RESTEasy,
		// Infinispan and start/stop lines written from knowledge of the
		// format.
		{name: "WildFly", format: `<Date> <Time> <Level> \[<Logger>\] \(<Thread>\) <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"WFLYUT0021", "INFO", "org.wildfly.extension.undertow", "S"}, {"WFLYUT0022", "INFO", "org.wildfly.extension.undertow", "S"},
				{"WFLYSRV0010", "INFO", "org.jboss.as.server", "S"}, {"WFLYSRV0027", "INFO", "org.jboss.as.server.deployment", "M"},
				{"WFLYSRV0028", "INFO", "org.jboss.as.server.deployment", "M"}, {"WFLYJCA0001", "INFO", "org.jboss.as.connector.subsystems.datasources", "M"},
				{"WFLYJCA0010", "INFO", "org.jboss.as.connector.subsystems.datasources", "M"}, {"WFLYUT0006", "INFO", "org.wildfly.extension.undertow", "M"},
				{"WFLYSRV0025", "INFO", "org.jboss.as", "C"}, {"WFLYSRV0050", "INFO", "org.jboss.as", "M"}, {"WFLYSRV0220", "INFO", "org.jboss.as.server", "Shutdown Hook"},
				{"WFLYDS0013", "INFO", "org.jboss.as.server.deployment.scanner", "M"}, {"WFLYMAIL0001", "INFO", "org.jboss.as.mail.extension", "M"},
				{"WFLYCTL0013", "ERROR", "org.jboss.as.controller.management-operation", "C"}, {"ARJUNA012117", "WARN", "com.arjuna.ats.arjuna", "Transaction Reaper"},
				{"ARJUNA012121", "WARN", "com.arjuna.ats.arjuna", "Transaction Reaper Worker 0"}, {"IJ000453", "ERROR", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", "D"},
				{"UT005023", "ERROR", "io.undertow.request", "D"}, {"HHH000412", "INFO", "org.hibernate.Version", "S"}, {"HHH000204", "INFO", "org.hibernate.jpa.internal.util.LogHelper", "S"},
				{"WFLYJPA0010", "INFO", "org.jboss.as.jpa", "S"}, {"WFLYWELD0003", "INFO", "org.jboss.weld.deployer", "M"}, {"RESTEASY002225", "INFO", "org.jboss.resteasy.resteasy_jaxrs.i18n", "S"},
				{"WFLYCLINF0002", "INFO", "org.jboss.as.clustering.infinispan", "S"}, {"Order ", "INFO", "com.acme.orders.OrderResource", "D"},
				{"Payment ", "WARN", "com.acme.payments.PaymentClient", "D"},
			}, "INFO", "org.jboss.as", "M")
			th := f[2]
			switch th {
			case "S":
				th = fmt.Sprintf("ServerService Thread Pool -- %d", 40+g.r.IntN(50))
			case "M":
				th = fmt.Sprintf("MSC service thread 1-%d", 1+g.r.IntN(8))
			case "C":
				th = "Controller Boot Thread"
			case "D":
				th = fmt.Sprintf("default task-%d", 1+g.r.IntN(128))
			}
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d,%03d %-5s [%s] (%s) %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], th, c)
		}, events: []event{
			{90, `WFLYUT0021: Registered web context: '/{x16wctx}' for server 'default-server'`},
			{50, `WFLYUT0022: Unregistered web context: '/{x16wctx}' from server 'default-server'`},
			{90, `WFLYSRV0010: Deployed "{x16wdep}" (runtime-name : "{x16wdepagain}")`},
			{90, `WFLYSRV0027: Starting deployment of "{x16wdep}" (runtime-name: "{x16wdepagain}")`},
			{50, `WFLYSRV0028: Stopped deployment {x16wdep} (runtime-name: {x16wdepagain}) in {int}ms`},
			{40, `WFLYJCA0001: Bound data source [java:{pick:jboss/datasources|jboss/datasources|}/{x16wds}]`},
			{25, `WFLYJCA0010: Unbound data source [java:jboss/datasources/{x16wds}]`},
			{25, `WFLYUT0006: Undertow {pick:HTTP|HTTPS|AJP} listener {pick:default|https|ajp} listening on {pick:0.0.0.0|127.0.0.1|[::]}:{pick:8080|8443|8009}`},
			{20, `WFLYSRV0025: WildFly Full {x16wver} (WildFly Core {x16wcore}) started in {int}ms - Started {int} of {int} services ({int} services are lazy, passive or on-demand) - Server configuration file in use: {pick:standalone.xml|standalone-full.xml|standalone-ha.xml}`},
			{15, `WFLYSRV0050: WildFly Full {x16wver} (WildFly Core {x16wcore}) stopped in {int}ms`},
			{15, `WFLYSRV0220: Server shutdown has been requested via an OS signal`},
			{20, `WFLYDS0013: Started FileSystemDeploymentService for directory {pick:/opt/jboss/wildfly|/opt/wildfly|/srv/wildfly-31.0.1.Final}/standalone/deployments`},
			{15, `WFLYMAIL0001: Bound mail session [java:jboss/mail/Default]`},
			{40, `WFLYCTL0013: Operation ("deploy") failed - address: ([("deployment" => "{x16wdep}")]) - failure description: {"WFLYCTL0180: Services with missing/unavailable dependencies" => ["{x16wsvc} is missing [{x16wmissing}]"]}`},
			{80, `ARJUNA012117: TransactionReaper::check timeout for TX {x16wtx} in state  RUN`},
			{70, `ARJUNA012121: TransactionReaper::doCancellations worker Thread[Transaction Reaper Worker 0,5,main] successfully canceled TX {x16wtx}`},
			{80, `IJ000453: Unable to get managed connection for java:jboss/datasources/{x16wds}`},
			{130, `UT005023: Exception handling request to /{x16wctx}/{x16wpath}: {x16wexc}`},
			{15, `HHH000412: Hibernate ORM core version {pick:6.4.4.Final|6.2.13.Final|5.3.29.Final}`},
			{25, `HHH000204: Processing PersistenceUnitInfo [name: {x16wpu}]`},
			{30, `WFLYJPA0010: Starting Persistence Unit (phase {pick:1|2} of 2) Service '{x16wdep}#{x16wpu}'`},
			{30, `WFLYWELD0003: Processing weld deployment {x16wdep}`},
			{25, `RESTEASY002225: Deploying jakarta.ws.rs.core.Application: class {x16wapp}`},
			{25, `WFLYCLINF0002: Started {pick:http-remoting-connector|default|client-mappings|timestamps} cache from {pick:ejb|web|hibernate} container`},
			{100, `Order {int} created for customer {x16wcust} ({small} items, total {x16wmoney})`},
			{60, `Payment gateway call for order {int} failed after {int} ms: {pick:Read timed out|Connection refused|HTTP 503 Service Unavailable}`},
		}},
		// Robocopy's job log (robocopy ... /LOG+:file, as a backup job
		// writes it, no header on a line): the banner, the job's
		// "Started", "Source", "Dest", "Files" and "Options" lines, a
		// directory's line with its file count, a file's line with its
		// class ("New File", "Newer", "*EXTRA File", ...), size and name
		// ("Newer 7475 newfile61" and the progress lines "20%" to "100%",
		// quoted in microsoft/azure-pipelines-tasks issue #14597), the
		// summary ("Total Copied Skipped Mismatch FAILED Extras", "Dirs :",
		// "Files :", "Bytes :", "Times :", "Speed : %s Bytes/sec.", "Speed
		// : %s MegaBytes/min.", "Ended :", quoted in
		// MicrosoftDocs/windowsserverdocs issue #5729); the error line
		// "%s ERROR %d (0x%08X) %s %s", its error text and the retry lines
		// written from knowledge of the format. A file's class, size and
		// name are values, an error's operation too.
		{name: "Robocopy", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{480, "\t{x16rclass}\t\t{x16rsize}\t{x16rfile}"},
			{150, "\t                   {int}\t{x16rdir}"},
			{50, "\t  {x16rdclass}  {int}\t{x16rdir}"},
			{100, `{x16rpct}%`},
			{50, `{x16rts} ERROR {x16rerr} (0x{x16rhex}) {pick:Copying File|Copying File|Accessing Source Directory|Creating Destination Directory|Changing File Attributes|Scanning Source Directory} {x16rpath}`},
			{50, `{x16rtext}`},
			{45, `Waiting {pick:30|10|5} seconds... Retrying...`},
			{10, `ERROR: RETRY LIMIT EXCEEDED.`},
			{40, `-------------------------------------------------------------------------------`},
			{40, `------------------------------------------------------------------------------`},
			{20, `   ROBOCOPY     ::     Robust File Copy for Windows`},
			{20, `  Started : {x16rdate}`},
			{20, `   Source : {x16rsrc}`},
			{20, `     Dest : {x16rdst}`},
			{20, `    Files : {pick:*.*|*.*|*.pst|*.docx *.xlsx}`},
			{20, `  Options : {x16ropts}`},
			{20, `               Total    Copied   Skipped  Mismatch    FAILED    Extras`},
			{20, `    Dirs : {x16rn} {x16rn} {x16rn} {x16rn} {x16rn} {x16rn}`},
			{20, `   Files : {x16rn} {x16rn} {x16rn} {x16rn} {x16rn} {x16rn}`},
			{20, `   Bytes : {x16rb} {x16rb} {x16rb} {x16rb} {x16rb} {x16rb}`},
			{20, `   Times : {x16rt}   {x16rt}                       {x16rt}   {x16rt}`},
			{15, `   Speed :            {big} Bytes/sec.`},
			{15, `   Speed :              {x16rmbm} MegaBytes/min.`},
			{20, `   Ended : {x16rdate}`},
		}},
		// Chromium's log (chrome_debug.log, an Electron app's or a
		// browser's stderr: "[pid:tid:MMDD/HHMMSS.us:LEVEL:file(line)]
		// message", the newer builds' "file:line"): "handshake failed;
		// returned -1, SSL error code 1, net_error -202" (quoted in
		// uazo/cromite issue #3018, OSSystems/meta-browser issue #932,
		// klzgrad/naiveproxy issue #600), "AiaRequest::OnFetchCompleted
		// got error -7", "Requested load of chrome://newtab/ for incorrect
		// profile type." (cromite #3018), "Exiting GPU process due to
		// errors during initialization", "Failed to call method: %s:
		// object_path= %s: %s: %s" (shivasiddharth/Stremio-RaspberryPi
		// issue #14), the console's "\"%s\", source: %s (%d)"
		// (deemru/Chromium-Gost issue #128); the GPU, sandbox, D-Bus,
		// cache, GCM, USB and NSS lines written from knowledge of the
		// format.
		{name: "Chromium", format: `\[<Pid>:<Tid>:<Time>:<Level>:<Location>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"handshake failed", "ERROR", "ssl_client_socket_impl.cc(878)", "net/socket/ssl_client_socket_impl.cc:972"},
				{"AiaRequest", "ERROR", "cert_issuer_source_aia.cc(136)", "net/cert/internal/cert_issuer_source_aia.cc:136"},
				{"incorrect profile type", "ERROR", "new_tab_ui.cc(54)", "chrome/browser/ui/webui/ntp/new_tab_ui.cc:54"},
				{"Exiting GPU process", "ERROR", "viz_main_impl.cc(196)", "components/viz/service/main/viz_main_impl.cc:196"},
				{"Failed to call method", "ERROR", "object_proxy.cc(576)", "dbus/object_proxy.cc:576"},
				{"source: ", "INFO", "CONSOLE(1)", "CONSOLE(1)"},
				{"Passthrough is not supported", "ERROR", "gpu_init.cc(537)", "gpu/ipc/service/gpu_init.cc:537"},
				{"InitializeSandbox", "WARNING", "sandbox_linux.cc(418)", "content/common/sandbox_linux/sandbox_linux.cc:418"},
				{"Failed to connect to the bus", "ERROR", "bus.cc(407)", "dbus/bus.cc:407"},
				{"GetVSyncParametersIfAvailable", "ERROR", "gl_surface_presentation_helper.cc(260)", "ui/gl/gl_surface_presentation_helper.cc:260"},
				{"ContextResult", "ERROR", "command_buffer_proxy_impl.cc(127)", "gpu/ipc/client/command_buffer_proxy_impl.cc:127"},
				{"ANGLE Display", "ERROR", "angle_platform_impl.cc(43)", "ui/gl/angle_platform_impl.cc:43"},
				{"Registration response error", "ERROR", "registration_request.cc(291)", "google_apis/gcm/engine/registration_request.cc:291"},
				{"Failed to resolve address", "ERROR", "socket_manager.cc(141)", "services/network/p2p/socket_manager.cc:141"},
				{"NSS error code", "ERROR", "nss_util.cc(357)", "crypto/nss_util.cc:357"},
				{"SetupDiGetDeviceProperty", "ERROR", "device_event_log_impl.cc(198)", "components/device_event_log/device_event_log_impl.cc:198"},
				{"Unable to move the cache", "ERROR", "cache_util.cc(146)", "net/disk_cache/cache_util.cc:146"},
				{"Unable to create cache", "ERROR", "disk_cache.cc(196)", "net/disk_cache/disk_cache.cc:196"},
				{"GetAndBlock", "WARNING", "property.cc(144)", "dbus/property.cc:144"},
				{"udev enumeration", "ERROR", "udev_watcher.cc(52)", "device/udev_linux/udev_watcher.cc:52"},
				{"Gtk:", "ERROR", "browser_main_loop.cc(276)", "content/browser/browser_main_loop.cc:276"},
				{"CertVerifyProcBuiltin", "ERROR", "cert_verify_proc_builtin.cc(702)", "net/cert/cert_verify_proc_builtin.cc:702"},
			}, "ERROR", "chrome_main_delegate.cc(702)", "chrome/app/chrome_main_delegate.cc:702")
			loc := f[1]
			if g.r.IntN(3) == 0 {
				loc = f[2]
			}
			if m := consoleLine.FindStringSubmatch(c); m != nil && f[0] == "INFO" { // the console's line, which the message ends with
				loc = "CONSOLE(" + m[1] + ")"
			}
			pid := 1000 + g.r.IntN(90000)
			return fmt.Sprintf("[%d:%d:12%02d/%02d%02d%02d.%06d:%s:%s] %s", pid, pid+g.pick3int(0, 1+g.r.IntN(200), 5+g.r.IntN(60)), 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), f[0], loc, c)
		}, events: []event{
			{400, `handshake failed; returned -1, SSL error code 1, net_error {x16cnet}`},
			{70, `AiaRequest::OnFetchCompleted got error {pick:-7|-7|-105|-118}`},
			{30, `Requested load of chrome://{pick:newtab|settings|history}/ for incorrect profile type.`},
			{40, `Exiting GPU process due to errors during initialization`},
			{130, `Failed to call method: {x16cmethod}: object_path= {x16cpath}: org.freedesktop.DBus.Error.ServiceUnknown: The name {x16cname} was not provided by any .service files`},
			{190, `"{x16cconsole}", source: {x16curl} ({int})`},
			{60, `Passthrough is not supported, GL is {pick:egl|disabled|swiftshader}, ANGLE is {pick:|swiftshader|vulkan}`},
			{40, `InitializeSandbox() called with multiple threads in process gpu-process.`},
			{70, `Failed to connect to the bus: {x16cbus}`},
			{90, `GetVSyncParametersIfAvailable() failed for {int} times!`},
			{40, `ContextResult::kTransientFailure: Failed to send GpuControl.CreateCommandBuffer.`},
			{40, `Display.cpp:{pick:1021|1052|1086} (initialize): ANGLE Display::initialize error {pick:12289|12289|0}: {pick:Could not create a backing OpenGL context.|Internal Vulkan error (-3): Initialization of an object could not be completed for implementation-specific reasons, in ../../third_party/angle/src/libANGLE/renderer/vulkan/RendererVk.cpp, initialize:1234.|Failed to get system egl display}`},
			{50, `Registration response error message: {pick:DEPRECATED_ENDPOINT|PHONE_REGISTRATION_ERROR|QUOTA_EXCEEDED}`},
			{50, `Failed to resolve address for {pick:stun.l.google.com.|stun1.l.google.com.|turn.example.com.}, errorcode: {pick:-105|-105|-3}`},
			{20, `After loading Root Certs, loaded==false: NSS error code: -8018`},
			{70, `[{x16cclock}] USB: usb_service_win.cc:{pick:105|415} SetupDiGetDeviceProperty({{=A45C254E-DF1C-4EFD-8020-67D146A850E0}, {pick:6|3}}) failed: Element not found. (0x490)`},
			{25, `Unable to move the cache: {pick:Access is denied.|The process cannot access the file because it is being used by another process.} (0x{pick:5|20})`},
			{25, `Unable to create cache`},
			{30, `{x16cdaemon}: GetAndBlock: failed.`},
			{15, `Failed to begin udev enumeration.`},
			{20, `Gtk: gtk_widget_get_scale_factor: assertion 'GTK_IS_WIDGET (widget)' failed`},
			{30, `CertVerifyProcBuiltin for {x16chost} failed:`},
		}},
		// cloud-init's log (/var/log/cloud-init.log: "%(asctime)s -
		// %(filename)s[%(levelname)s]: %(message)s"): "Running command %s
		// with allowed return codes %s (shell=%s, capture=%s)", "Reading
		// from %s (quiet=%s)", "Read %d bytes from %s", "Creating symbolic
		// link from %r => %r", "Attempting to remove %s", "start: %s: %s"
		// (quoted in canonical/cloud-init issue #2664), "Restoring selinux
		// mode for %s (recursive=%s)", "Changing the ownership of %s to
		// %s:%s", "Checking to see if files that we need already exist
		// from a previous run that would allow us to stop early.",
		// "Execution continuing, no previous run detected that would allow
		// us to stop early." (issue #3206), "finish: %s: FAIL: %s", "Failed
		// to run module %s (%s in %s)", "Running module %s (%r) failed",
		// "Unexpected error while running command." (canonical/multipass
		// issue #2312); the banner, writing, url_helper, module, growpart
		// and ssh lines written from knowledge of the format. A handler's
		// event name ("init-network/check-cache") and a module's name are
		// values.
		{name: "CloudInit", format: `<Date> <Time> - <Module>\[<Level>\]: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"Running command", "subp.py", "DEBUG"}, {"Unexpected error while running", "subp.py", "DEBUG"}, {"^start: ", "handlers.py", "DEBUG"}, {"^finish: ", "handlers.py", "DEBUG"},
				{"Failed to run module", "cc_scripts_user.py", "WARNING"}, {") failed", "util.py", "WARNING"}, {"Cloud-init v.", "util.py", "DEBUG"},
				{" open '", "url_helper.py", "DEBUG"}, {"Read from http", "url_helper.py", "DEBUG"}, {"Looking for data source", "__init__.py", "DEBUG"},
				{"Searching for", "__init__.py", "DEBUG"}, {"resized:", "cc_growpart.py", "INFO"}, {"Leaving SSH config", "cc_set_passwords.py", "DEBUG"},
				{"option ", "ssh_util.py", "DEBUG"}, {"took ", "performance.py", "DEBUG"}, {"Skipping modules", "modules.py", "INFO"},
				{"Running module ", "modules.py", "DEBUG"}, {"previous run", "main.py", "DEBUG"}, {"Calling ", "url_helper.py", "WARNING"},
			}, "util.py", "DEBUG")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d,%03d - %s[%s]: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], c)
		}, events: []event{
			{260, `Running command {x16kargv} with allowed return codes {pick:[0]|[0]|[0]|[0, 1]|[0, 2]} (shell={pick:False|False|True}, capture={pick:True|True|False})`},
			{200, `Reading from {x16kfile} (quiet={pick:False|True})`},
			{180, `Read {int} bytes from {x16kfile}`},
			{140, `Writing to {x16kfile} - {pick:wb|wb|ab}: [{pick:644|600|755|640}] {int} bytes`},
			{150, `start: {x16kevent}: {x16kstart}`},
			{150, `finish: {x16kevent}: {pick:SUCCESS|SUCCESS|SUCCESS|FAIL}: {x16kfinish}`},
			{40, `Creating symbolic link from '{x16kfile}' => '{x16kfile}'`},
			{40, `Attempting to remove {x16kfile}`},
			{30, `Restoring selinux mode for {x16kfile} (recursive={pick:False|True})`},
			{20, `Changing the ownership of /var/log/cloud-init.log to {pick:0|104}:{pick:4|0}`},
			{15, `Checking to see if files that we need already exist from a previous run that would allow us to stop early.`},
			{15, `Execution continuing, no previous run detected that would allow us to stop early.`},
			{20, `Cloud-init v. {x16kver} running '{pick:init-local|init|modules:config|modules:final}' at {x16kdate}. Up {x16kup} seconds.`},
			{60, `Running module {x16kmod} (<module 'cloudinit.config.cc_{x16kmodagain}' from '/usr/lib/python3/dist-packages/cloudinit/config/cc_{x16kmodagain}.py'>) with frequency {pick:once-per-instance|always|once}`},
			{15, `Running module {x16kmod} (<module 'cloudinit.config.cc_{x16kmodagain}' from '/usr/lib/python3/dist-packages/cloudinit/config/cc_{x16kmodagain}.py'>) failed`},
			{15, `Failed to run module {x16kmod} ({pick:scripts in /var/lib/cloud/instance/scripts|per-instance scripts|user scripts})`},
			{25, `Skipping modules '{x16kmods}' because no applicable config is provided.`},
			{40, `[{small}/{pick:1|6|11}] open '{x16kmeta}' with {x16kopts} configuration`},
			{50, `Read from {x16kmeta} ({pick:200|200|404|401}, {int}b) after {small} attempts`},
			{20, `Calling '{x16kmeta}' failed [{small}/{int}s]: {x16kurlerr}`},
			{15, `Looking for data source in: {x16kds}, via packages ['', 'cloudinit.sources'] that matches dependencies ['FILESYSTEM'{pick:|, 'NETWORK'}]`},
			{15, `Searching for {pick:local|network} data source in: {x16kdsclasses}`},
			{10, `'/' resized: changed (/dev/{pick:sda, 1|nvme0n1, 1|vda, 1|xvda, 1}) from {big} to {big}`},
			{15, `Leaving SSH config 'PasswordAuthentication' unchanged. ssh_pwauth={pick:None|False|True}`},
			{20, `line {int}: option {pick:PasswordAuthentication|PubkeyAuthentication|KbdInteractiveAuthentication} {pick:added|updated} with {pick:yes|no}`},
			{60, `{pick:Running|Reading|Writing|Resizing} {x16kwhat} took {x16ksecs} seconds`},
			{15, `Unexpected error while running command.`},
		}},
		// libvirtd's log (log_outputs's file or the journal:
		// "%Y-%m-%d %H:%M:%S.%03d+0000: tid: level : function:line :
		// message", the info lines without a function): "error :
		// virNetSocketReadWire:%d : End of file while reading data:
		// Input/output error", "error : virStorageFileGetMetadataRecurse:%d
		// : Cannot access storage file '%s' (as uid:%u, gid:%u): %s",
		// "warning : qemuDomainObjTaint:%d : Domain id=%d name='%s'
		// uuid=%s is tainted: %s" (quoted in Mirantis/virtlet issue #629),
		// "error : qemuMonitorIO:%d : internal error End of file from
		// monitor" (retspen/webvirtmgr issue #337), "info : libvirt
		// version: %s", "warning : virSecurityManagerNew:%d : Configured
		// security driver \"none\" disables default policy to create
		// confined guests", "error : netcfStateCleanup:%d : internal error:
		// Attempt to close netcf state driver with open connections"
		// (zstackio/zstack-utility issue #14), "error :
		// qemuProcessReportLogError:%d : internal error: qemu unexpectedly
		// closed the monitor: %s" (Tinkoff/libvirt-exporter issue #41); the
		// hostname, job lock, agent, kill, netdev, domain lookup and
		// cgroup lines written from knowledge of the format.
		{name: "Libvirt", format: `<Date> <Time>: <Tid>: <Level> : <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"^libvirt version", "info"}, {"^hostname", "info"}, {"qemuDomainObjTaint", "warning"}, {"virSecurityManagerNew", "warning"},
				{"virProcessKillPainfullyDelay", "warning"}, {"qemuDomainObjBeginJobInternal", "warning"}}, "error")
			return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d+0000: %d: %s : %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), g.pick4lv(), f[0], c)
		}, events: []event{
			{420, `virNetSocketReadWire:{pick:1791|1806|1808} : End of file while reading data: Input/output error`},
			{120, `qemuMonitorIO:{pick:578|613|620} : internal error: End of file from qemu monitor{x16lvmname}`},
			{90, `virStorageFileGetMetadataRecurse:{pick:425|3378} : Cannot access storage file '{x16lfile}' (as uid:{pick:64055|107|0}, gid:{pick:106|107|0}): No such file or directory`},
			{110, `qemuDomainObjTaint:{pick:4704|6087|6370} : Domain id={int} name='{x16lvm}' uuid={uuid} is tainted: {pick:custom-argv|high-privileges|host-cpu|custom-monitor|custom-ga-command}`},
			{60, `qemuProcessReportLogError:{pick:1914|2016} : internal error: {pick:qemu unexpectedly closed the monitor|process exited while connecting to monitor}: {x16lqemu}`},
			{20, `libvirt version: {x16lver}`},
			{20, `hostname: {pick:kvm01|hv-03.example.com|pve1|compute-17}`},
			{20, `virSecurityManagerNew:{pick:179|189} : Configured security driver "none" disables default policy to create confined guests`},
			{15, `netcfStateCleanup:{pick:109|111} : internal error: Attempt to close netcf state driver with open connections`},
			{80, `qemuDomainObjBeginJobInternal:{pick:9982|838|956} : Cannot start job ({pick:query|modify|destroy}, none, none) for domain {x16lvm}; current job is ({pick:query|modify|async nested}, none, {pick:none|migration out|save}) owned by ({int} {x16ljobowner}, 0 <null>, {int} {x16ljobowner}) for ({int}s, 0s, {int}s)`},
			{70, `virDomainObjBeginJobInternal:{pick:954|1009} : Timed out during operation: cannot acquire state change lock (held by monitor={x16ljobowner})`},
			{60, `qemuAgentCommandFull:{pick:1293|1327} : Guest agent is not responding: QEMU guest agent is not connected`},
			{40, `virProcessKillPainfullyDelay:{pick:397|472} : Failed to terminate process {pid} with SIGTERM: Device or resource busy`},
			{50, `virNetDevGetLinkInfo:{pick:2573|2636} : Unable to read from '/sys/class/net/{x16ltap}/operstate': No such file or directory`},
			{40, `qemuMonitorIORead:{pick:491|552} : Unable to read from monitor: Connection reset by peer`},
			{40, `virDomainObjListFindByName:{pick:327|344} : Domain not found: no domain with matching name '{x16lvm}'`},
			{40, `qemuDomainDestroyFlags:{pick:2301|2252} : Requested operation is not valid: domain is not running`},
			{40, `virNetSocketReadWire:{pick:1806|1808} : Cannot recv data: Connection reset by peer`},
			{30, `virCgroupGetValueStr:{pick:832|1139} : Unable to read from '{x16lcgroup}': No such device`},
			{30, `virKeepAliveTimerInternal:{pick:137|168} : internal error: connection closed due to keepalive timeout`},
			{25, `virFileReadAll:{pick:1460|1517} : Failed to open file '{x16lfile}': No such file or directory`},
		}},
		// Gitaly's log (gitaly_logging_format json: logrus's JSON
		// formatter, the fields sorted by key, one record a line): the
		// gRPC middleware's "finished unary call with code %s" and
		// "finished streaming call with code %s" records with their
		// grpc.* fields (the middleware's message as quoted, in zap's
		// layout, in e2b-dev/infra pull request #137), the error and
		// canceled calls, the housekeeping, listener, start-up and
		// pack-objects cache records, written from knowledge of the
		// format (no Gitaly record found quoted). A call's method names
		// its service and full method.
		{name: "Gitaly", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: jsonValues("msg", []event{
			{520, gitalyCall(``, ``, "{one:OK}", "info", "unary")},
			{260, gitalyCall(``, ``, "{one:OK}", "info", "streaming")},
			{180, gitalyCall(gitalyCommand, ``, "{one:OK}", "info", "unary")},
			{160, gitalyCall(gitalyCommand, ``, "{one:OK}", "info", "streaming")},
			{120, gitalyCall(``, `"error":"{x16gerr}",`, "{x16gcodeagain}", "{x16glevel}", "unary")},
			{80, gitalyCall(``, `"error":"{x16gerr}",`, "{x16gcodeagain}", "{x16glevel}", "streaming")},
			{130, `{"correlation_id":"{x16gcorr}","level":"info","msg":"maintenance: repo optimization succeeded","relative_path":"{x16grepo}","storage":"default","time":"{x16gts}","time_ms":{x16gms}}`},
			{60, `{"cleaned_stale_data":{pick:true|false},"correlation_id":"{x16gcorr}","level":"info","msg":"optimized repository","packed_objects_incremental":{pick:true|false},"packed_refs":{pick:true|false},"pruned_objects":{pick:false|true},"relative_path":"{x16grepo}","storage":"default","time":"{x16gts}","time_ms":{x16gms},"written_commit_graph_incremental":{pick:true|false}}`},
			{70, `{"bytes":{big},"cache_key":"{x16ghash}","correlation_id":"{x16gcorr}","level":"info","msg":"pack-objects cache {pick:hit|miss}","time":"{x16gts}"}`},
			{40, `{"correlation_id":"{x16gcorr}","error":"{x16gerr}","level":"error","msg":"unable to update current objects pool","relative_path":"{x16grepo}","time":"{x16gts}"}`},
			{20, `{"address":"{pick:0.0.0.0:8075|/var/opt/gitlab/gitaly/gitaly.socket|0.0.0.0:9236}","level":"info","msg":"listening at {pick:tcp|unix|tls} address","time":"{x16gts}"}`},
			{15, `{"level":"info","msg":"Starting Gitaly","time":"{x16gts}","version":"{x16gver}"}`},
			{15, `{"duration_ms":{int},"level":"info","msg":"finished initializing cgroups","time":"{x16gts}"}`},
			{10, `{"level":"warning","msg":"received signal","signal":"{pick:terminated|interrupt|hangup}","time":"{x16gts}"}`},
			{15, `{"level":"info","msg":"starting bootstrap","time":"{x16gts}"}`},
		})},
	}
}

// pick4av is an avahi-daemon's pid (one daemon per host, few hosts).
func (g *gen) pick4av() int { return []int{364, 697, 30268, 17376, 112505}[g.r.IntN(5)] }

// pick4lv is a libvirtd thread id.
func (g *gen) pick4lv() int {
	return []int{23708, 23709, 23711, 23714, 1809955, 47045, 47049}[g.r.IntN(7)]
}

// pick3int is one of three ints.
func (g *gen) pick3int(a, b, c int) int { return [...]int{a, b, c}[g.r.IntN(3)] }

// cloudInitEvents are cloud-init's handler events, each with what its
// start and its finish say.
var cloudInitEvents = [][3]string{
	{"init-local", "searching for local datasources", "searching for local datasources"},
	{"init-network", "searching for network datasources", "searching for network datasources"},
	{"init-network/check-cache", "attempting to read from cache [trust]", "no cache found"},
	{"init-network/search-Ec2", "searching for network data from DataSourceEc2", "found network data from DataSourceEc2"},
	{"init-local/search-NoCloud", "searching for local data from DataSourceNoCloud", "found local data from DataSourceNoCloud"},
	{"modules-config/config-ssh", "running config-ssh with frequency once-per-instance", "config-ssh ran successfully"},
	{"modules-final/config-scripts-user", "running config-scripts-user with frequency once-per-instance", "running config-scripts-user with frequency once-per-instance"},
	{"init-network/config-growpart", "running config-growpart with frequency always", "config-growpart ran successfully"},
	{"modules-final/config-final_message", "running config-final_message with frequency always", "config-final_message ran successfully"},
	{"modules-config", "running modules for config", "running modules for config"},
}

// gitalyRPCs are Gitaly's services, each with methods a GitLab
// instance calls.
var gitalyRPCs = [][]string{
	{"gitaly.CommitService", "FindCommit", "ListCommits", "LastCommitForPath", "CommitIsAncestor", "TreeEntry", "GetTreeEntries"},
	{"gitaly.RefService", "FindDefaultBranchName", "FindAllBranches", "RefExists", "ListRefs", "FindBranch"},
	{"gitaly.SmartHTTPService", "InfoRefsUploadPack", "PostUploadPackWithSidechannel", "PostReceivePack"},
	{"gitaly.SSHService", "SSHUploadPackWithSidechannel", "SSHReceivePack"},
	{"gitaly.RepositoryService", "RepositoryExists", "RepositorySize", "OptimizeRepository", "GetArchive", "ObjectFormat"},
	{"gitaly.BlobService", "GetBlob", "GetBlobs", "ListBlobs"},
	{"gitaly.DiffService", "CommitDiff", "RawDiff", "DiffStats", "FindChangedPaths"},
	{"gitaly.OperationService", "UserCommitFiles", "UserMergeToRef", "UserCreateBranch"},
}

// gitalyErrors pairs a failed call's gRPC code with its error.
var gitalyErrors = [][2]string{
	{"Canceled", "rpc error: code = Canceled desc = context canceled"},
	{"NotFound", "rpc error: code = NotFound desc = repository not found"},
	{"DeadlineExceeded", "rpc error: code = DeadlineExceeded desc = context deadline exceeded"},
	{"Internal", "rpc error: code = Internal desc = exit status 128"},
	{"InvalidArgument", "rpc error: code = InvalidArgument desc = revision can't start with '-'"},
	{"Unavailable", "rpc error: code = Unavailable desc = transport is closing"},
	{"ResourceExhausted", "rpc error: code = ResourceExhausted desc = maximum time in concurrency queue reached"},
}

func (g *gen) holdout16(kind string) (string, bool) {
	r := g.r
	switch kind {
	// Prometheus
	case "x16pjob":
		return g.pick("kubernetes-pods", "kubernetes-service-endpoints", "node", "node-exporter", "blackbox", "prometheus", "serviceMonitor/monitoring/kube-state-metrics/0"), true
	case "x16ptarget":
		t := fmt.Sprintf("http://%s:%s/metrics", g.value("ip"), g.pick("9100", "8080", "9113", "9187", "12346"))
		if r.IntN(5) == 0 {
			t = `"` + t + `?format=prometheus"`
		}
		return t, true
	case "x16pparse":
		return jsonEsc(g.pick(`expected label value, got "INVALID"`, `"INVALID" is not a valid start token`, `invalid metric type "histogram_info"`, `expected equal, got "INVALID"`)), true
	case "x16pdur":
		switch r.IntN(3) {
		case 0:
			return strconv.FormatFloat(r.Float64()*30, 'f', 6+r.IntN(3), 64) + "s", true
		case 1:
			return strconv.FormatFloat(r.Float64()*999, 'f', 6, 64) + "ms", true
		}
		return fmt.Sprintf("%dm%ss", 1+r.IntN(4), strconv.FormatFloat(r.Float64()*59, 'f', 6, 64)), true
	case "x16pns":
		return g.pick(strconv.Itoa(r.IntN(999))+"ns", strconv.FormatFloat(r.Float64()*900, 'f', 3, 64)+"µs", strconv.FormatFloat(r.Float64()*9, 'f', 6, 64)+"ms"), true
	case "x16pmint":
		return strconv.FormatInt(1764806400000+int64(r.IntN(2000))*3600000, 10), true
	case "x16pmaxt":
		return strconv.FormatInt(1764813600000+int64(r.IntN(2000))*3600000, 10), true
	case "x16pulid":
		return g.ulid(), true
	case "x16pulids":
		n := 2 + r.IntN(2)
		s := make([]string, n)
		for i := range s {
			s[i] = g.ulid()
		}
		return strings.Join(s, " "), true
	case "x16prname":
		return g.hexN(6), true
	case "x16prwurl":
		return g.pick("http://thanos-receive.monitoring.svc:19291/api/v1/receive", "https://prometheus-prod-10-prod-us-central-0.grafana.net/api/prom/push", "http://mimir-distributor:8080/api/v1/push", "http://victoriametrics:8428/api/v1/write"), true
	case "x16prwerr":
		return jsonEsc(g.pick("server returned HTTP status 429 Too Many Requests: rate limit exceeded", "context deadline exceeded",
			`Post "http://mimir-distributor:8080/api/v1/push": dial tcp 10.96.12.4:8080: connect: connection refused`,
			"server returned HTTP status 500 Internal Server Error: ingester unavailable", "server returned HTTP status 400 Bad Request: out of order sample")), true
	case "x16preflector":
		return "pkg/mod/k8s.io/client-go@" + g.pick("v0.29.3", "v0.30.2", "v0.31.1") + "/tools/cache/reflector.go:" + g.pick("229", "232", "243"), true
	case "x16pkind": // a watched kind, which the list error names again (x16pkind2)
		g.h16[0] = g.pick("*v1.Pod", "*v1.Endpoints", "*v1.Service", "*v1.Node", "*v1.EndpointSlice", "*v1.Ingress")
		return g.h16[0], true
	case "x16pkind2":
		return g.h16[0], true
	case "x16pforbid":
		res := strings.ToLower(strings.TrimPrefix(g.h16[0], "*v1.")) + "s"
		if res == "endpointss" {
			res = "endpoints"
		}
		return jsonEsc(fmt.Sprintf(`%s is forbidden: User "system:serviceaccount:%s:prometheus-k8s" cannot list resource "%s" in API group "%s" at the cluster scope`, res, g.pick("monitoring", "prometheus"), res,
			g.pick("", "discovery.k8s.io", "networking.k8s.io"))), true
	case "x16prfile":
		return g.pick("/etc/prometheus/rules/node.rules.yml", "/etc/prometheus/rules/prometheus-k8s-rulefiles-0/monitoring-kube-prometheus-rules.yaml", "/etc/prometheus/alerts.yml"), true
	case "x16pgroup":
		return g.pick("node-exporter", "kubernetes-apps", "general.rules", "etcd", "app-slo"), true
	case "x16palert":
		return g.pick("KubePodCrashLooping", "NodeFilesystemSpaceFillingUp", "HighErrorRate", "TargetDown"), true
	case "x16prule": // logfmt escapes the rule's newlines and quotes
		return strings.ReplaceAll(jsonEsc(g.pick("alert: HighErrorRate\nexpr: sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) / sum by (job) (rate(http_requests_total[5m])) > 0.05\nfor: 10m\nlabels:\n  severity: page\n",
			"record: instance:node_cpu:rate5m\nexpr: 1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[5m]))\n",
			"alert: TargetDown\nexpr: 100 * (count by (job) (up == 0) / count by (job) (up)) > 10\nfor: 10m\n")), "\n", `\n`), true
	case "x16pqerr":
		return jsonEsc(g.pick("query timed out in expression evaluation", "found duplicate series for the match group {instance=\"10.0.3.4:9100\"} on the right hand-side of the operation", "query processing would load too many samples into memory in query execution")), true
	case "x16pam": // the Alertmanager, which the send error names again (x16pamerr)
		g.h16[1] = g.pick("http://alertmanager-main-0.alertmanager-operated:9093", "http://alertmanager:9093", "http://10.0.5.21:9093")
		return g.h16[1] + "/api/v2/alerts", true
	case "x16pamerr":
		host := strings.TrimPrefix(g.h16[1], "http://")
		return jsonEsc(fmt.Sprintf(`Post "%s/api/v2/alerts": %s`, g.h16[1], g.pick("dial tcp "+g.pick("10.0.5.21:9093", "10.244.1.17:9093")+": connect: connection refused",
			"context deadline exceeded", "dial tcp: lookup "+strings.Split(host, ":")[0]+" on 10.96.0.10:53: no such host"))), true
	case "x16pcfg":
		return g.pick("/etc/prometheus/prometheus.yml", "/etc/config/prometheus.yml", "/etc/prometheus/config_out/prometheus.env.yaml"), true
	case "x16pversion":
		return fmt.Sprintf("(version=%s, branch=HEAD, revision=%s)", g.pick("2.53.1", "2.54.1", "2.51.2"), g.hexN(40)), true
	case "x16pbuild":
		return fmt.Sprintf("(go=%s, platform=linux/%s, user=root@%s, date=202407%02d-%02d:%02d:%02d, tags=netgo,builtinassets,stringlabels)", g.pick("go1.22.5", "go1.22.6"), g.pick("amd64", "arm64"), g.hexN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x16phost":
		return fmt.Sprintf("(Linux %s #1 SMP PREEMPT_DYNAMIC Debian 6.1.%d-1 (2024-11-22) x86_64 %s (none))", g.pick("6.1.0-28-amd64", "5.15.0-126-generic", "6.8.0-49-generic"), 100+r.IntN(30), g.pick("prometheus-k8s-0", "prometheus-0", "mon01")), true

	// PgBouncer
	case "x16bptr":
		return fmt.Sprintf("0x%x", 0x55a947000000+r.Int64N(0xffffff)), true
	case "x16bdb":
		g.h16[0] = g.pick("orders", "app_prod", "analytics", "airflow", "books", "keycloak", "pgbouncer")
		return g.h16[0], true
	case "x16bdbany": // a database, "(nodb)" before the client has named one
		if r.IntN(8) == 0 {
			g.h16[0] = "(nodb)"
		} else {
			g.h16[0] = g.pick("orders", "app_prod", "analytics", "airflow", "books", "keycloak")
		}
		return g.h16[0], true
	case "x16bdbagain":
		return g.h16[0], true
	case "x16buser":
		if g.h16[0] == "(nodb)" {
			g.h16[2] = "(nouser)"
		} else {
			g.h16[2] = g.pick("app", "app", "airflow", "readonly", "etl_user", "keycloak", "postgres")
		}
		return g.h16[2], true
	case "x16buseragain":
		return g.h16[2], true
	case "x16baddr":
		if r.IntN(6) == 0 {
			return fmt.Sprintf("[::1]:%d", 40000+r.IntN(25000)), true
		}
		return fmt.Sprintf("%s:%d", g.value("ip"), 30000+r.IntN(35000)), true
	case "x16bsrv":
		return g.pick("127.0.0.1:5432", "127.0.0.1:5000", "10.0.4.12:5432", "[::1]:5432", "db-primary.internal:5432"), true
	case "x16btls":
		return g.pick("no", "no", "TLSv1.2/ECDHE-RSA-AES256-GCM-SHA384/ECDH=X25519", "TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=X25519"), true
	case "x16bcreason":
		return g.pick("client close request", "client close request", "client close request", "client unexpected eof", "client_idle_timeout",
			"query_wait_timeout", "password authentication failed", "failed cancel request", "client_login_timeout (server down)", "no such database"), true
	case "x16bsreason":
		return g.pick("server idle timeout", "server lifetime over", "client disconnect while server was not ready", "client disconnect before everything was sent to the server",
			"unclean server", "server conn crashed?", "database configuration changed"), true
	case "x16bperr":
		return g.pick("client_idle_timeout", "query_wait_timeout", "password authentication failed", "no such database: "+g.pick("ordrs", "test", "postgres"),
			"no more connections allowed (max_client_conn)", "pgbouncer cannot connect to server", "SSL required"), true
	case "x16bfatal":
		return g.pick(`password authentication failed for user "`+g.h16[2]+`"`, `database "`+g.h16[0]+`" does not exist`, "sorry, too many clients already",
			"remaining connection slots are reserved for non-replication superuser connections", "the database system is starting up"), true

	// Solr
	case "x16score": // a core (collection, shard, replica), which the line names again (x16scoreagain) with its collection and shard (x16scoll, x16sshard)
		g.h16[0] = g.pick("products", "products", "orders", "logs_2026", "catalog", "users")
		g.h16[1] = strconv.Itoa(1 + r.IntN(3))
		g.h16[2] = fmt.Sprintf("%s_shard%s_replica_%s%d", g.h16[0], g.h16[1], g.pick("n", "n", "t"), 1+r.IntN(6))
		return g.h16[2], true
	case "x16scoreagain":
		return g.h16[2], true
	case "x16scoll":
		return g.h16[0], true
	case "x16sshard":
		return "shard" + g.h16[1], true
	case "x16snode":
		return fmt.Sprintf("http://%s:8983/solr", g.pick("10.0.1.11", "10.0.1.12", "10.0.1.13", "solr-0.solr-headless.search.svc.cluster.local", "solr-1.solr-headless.search.svc.cluster.local")), true
	case "x16sparams":
		q := g.pick("*:*", "title:laptop", "id:"+strconv.Itoa(r.IntN(99999)), "Chicago", "name:\"red+shoes\"", "category:books+AND+price:[10+TO+50]")
		p := []string{"q=" + q}
		for _, extra := range []string{"wt=json", "wt=javabin&version=2", "rows=" + g.pick("10", "30", "100"), "start=" + strconv.Itoa(r.IntN(5)*10), "fl=*+score", "defType=edismax&qf=title_text+body_text", "fq=type:Node", "sort=price+asc", "facet=true&facet.field=brand", "distrib=false"} {
			if r.IntN(3) == 0 {
				p = append(p, extra)
			}
		}
		if r.IntN(6) == 0 { // a shard request of a distributed query
			p = append(p, "isShard=true&shard.url="+g.value("x16snode")[7:]+"/"+g.h16[2]+"/&NOW="+strconv.FormatInt(1764806400000+r.Int64N(9999999), 10))
		}
		return strings.Join(p, "&"), true
	case "x16supd":
		return g.pick("wt=javabin&version=2", "update.distrib=FROMLEADER&distrib.from="+g.value("x16snode")+"/"+g.h16[2]+"/&wt=javabin&version=2", "commitWithin=1000&overwrite=true&wt=json", ""), true
	case "x16sdocs":
		n := 1 + r.IntN(10)
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf("%s (%d)", g.pick("SKU-"+strconv.Itoa(10000+r.IntN(90000)), g.value("uuid"), "doc"+strconv.Itoa(r.IntN(9999))), 1787000000000000000+r.Int64N(999999999999999))
		}
		if n == 10 && r.IntN(2) == 0 {
			s = append(s, "... ("+strconv.Itoa(10+r.IntN(990))+" adds)")
		}
		return strings.Join(s, ", "), true
	case "x16sdbq":
		return g.pick("*:* (-1787", "timestamp:[* TO NOW-30DAYS] (-1787", "type:session (-1787") + strconv.FormatInt(r.Int64N(999999999999999), 10) + ")", true
	case "x16sver":
		return strconv.FormatInt(1787000000000000000+r.Int64N(999999999999999), 10), true
	case "x16shex":
		return fmt.Sprintf("%x", 0x10000000+r.Int64N(0xefffffff)), true
	case "x16sreader":
		n := 1 + r.IntN(4)
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf("Uninverting(_%s(9.8.0):C%d:[diagnostics={os=Linux, timestamp=%d, source=%s, lucene.version=9.8.0}]:[attributes={Lucene90StoredFieldsFormat.mode=BEST_SPEED}] :id=%s)", g.base36(2), 1+r.IntN(999999), 1764806400000+r.Int64N(9999999), g.pick("flush", "merge"), g.base36(25))
		}
		return "ExitableDirectoryReader(UninvertingDirectoryReader(" + strings.Join(s, " ") + "))", true
	case "x16sexc":
		return g.pick("org.apache.solr.common.SolrException: undefined field "+g.pick("name_s", "text", "price_f", "tags"),
			"org.apache.solr.search.SyntaxError: Cannot parse 'title:(laptop': Encountered \"<EOF>\" at line 1, column 13.",
			"org.apache.solr.common.SolrException: Can not sort on multivalued field: tags of type: strings",
			"org.apache.solr.common.SolrException: Document is missing mandatory uniqueKey field: id",
			"org.apache.solr.common.SolrException: ERROR: [doc="+strconv.Itoa(r.IntN(99999))+"] Error adding field 'price_f'='n/a' msg=For input string: \"n/a\""), true

	// avahi-daemon
	case "x16aif": // an interface and protocol, whose address a line names (x16aaddr)
		g.h16[0] = g.pick("eth0", "eth0", "enp3s0", "wlan0", "br0", "lxdbr0", "docker0", "veth3f2a1c9", "igb1.40", "virbr0")
		g.h16[1] = g.pick("IPv4", "IPv6")
		return g.h16[0] + "." + g.h16[1], true
	case "x16aaddr":
		if g.h16[1] == "IPv4" {
			return g.value("ip"), true
		}
		return g.pick(fmt.Sprintf("fe80::%x:%x:%x:%x", r.IntN(65536), r.IntN(65536), r.IntN(65536), r.IntN(65536)), fmt.Sprintf("2003:d2:1f16:ab00:%x:%x:%x:%x", r.IntN(65536), r.IntN(65536), r.IntN(65536), r.IntN(65536))), true
	case "x16aaddrnew": // an address, the interface and protocol it is on after it (x16aon, x16aname)
		g.value("x16aif")
		return g.value("x16aaddr"), true
	case "x16aon": // the interface a record is registered on: "eth0.IPv4", or "eth0.*" for an IPv6 address
		if g.h16[1] == "IPv6" {
			return g.h16[0] + ".*", true
		}
		return g.h16[0] + ".IPv4", true
	case "x16aname":
		return g.h16[0], true
	case "x16aiface":
		return g.pick("eth0", "enp3s0", "wlan0", "br0"), true
	case "x16asvc":
		return g.pick("ssh", "sftp-ssh", "smb", "afpd", "printer", "homebridge"), true
	case "x16aservice":
		return g.pick("%h", "%h SSH", "Samba on %h", "Homebridge 1A2B", "Brother HL-L2350DW"), true
	case "x16ahost":
		return g.pick("homebridge", "apu2", "nas", "raspberrypi", "octopi", "desktop-7"), true
	case "x16arecord":
		return fmt.Sprintf("%s\\032[%s]._workstation._tcp.local\tIN\tSRV 0 0 9 %s.local ; ttl=120", g.pick("nas", "homebridge", "apu2"),
			strings.Join([]string{g.hexN(2), g.hexN(2), g.hexN(2), g.hexN(2), g.hexN(2), g.hexN(2)}, ":"), g.pick("nas", "homebridge", "apu2")), true

	// IPMI SEL
	case "x16idimm":
		return g.pick("CPU0_G1", "CPU0_E1", "DIMM_A1", "DIMM_B2", "CPU1_DIMM_C1", "P1-DIMMA1"), true
	case "x16idir":
		return g.pick("Asserted", "Asserted", "Asserted", "Deasserted"), true
	case "x16ifan":
		return g.pick("Processor 1 Fan", "FAN1", "FAN2", "Fan 3A", "#0x32", "SYS_FAN4"), true
	case "x16irpm": // a reading below the threshold after it (x16irpmthr)
		g.h16[0] = strconv.Itoa(100 * r.IntN(10))
		return g.h16[0], true
	case "x16irpmthr":
		n, _ := strconv.Atoi(g.h16[0])
		return strconv.Itoa(n + 100*(1+r.IntN(10))), true
	case "x16itemp": // a reading above the threshold after it (x16itempthr)
		g.h16[0] = strconv.Itoa(70 + r.IntN(40))
		return g.h16[0], true
	case "x16itempthr":
		n, _ := strconv.Atoi(g.h16[0])
		return strconv.Itoa(n - 1 - r.IntN(20)), true
	case "x16ivolt": // a reading below the threshold after it (x16ivoltthr)
		v := r.Float64() * 12
		g.h16[0] = strconv.FormatFloat(v, 'f', 2, 64)
		return g.h16[0], true
	case "x16ivoltthr":
		v, _ := strconv.ParseFloat(g.h16[0], 64)
		return strconv.FormatFloat(v+0.01+r.Float64(), 'f', 2, 64), true
	case "x16ips":
		return g.pick("PS1 Status", "PS2 Status", "#0x51", "#0x52", "PSU1"), true
	case "x16idrive":
		return g.pick("Drive 0", "Drive 1", "HDD0", "#0xd0", "Drive 7"), true

	// Maven
	case "x16mrepo": // a repository, whose URL the line names (x16murl)
		g.h16[0] = g.pick("central", "central", "central", "nexus", "jitpack.io", "spring-milestones")
		return g.h16[0], true
	case "x16murl":
		base := map[string]string{"central": "https://repo.maven.apache.org/maven2/", "nexus": "https://nexus.example.com/repository/maven-public/",
			"jitpack.io": "https://jitpack.io/", "spring-milestones": "https://repo.spring.io/milestone/"}[g.h16[0]]
		a := g.pick("org/apache/maven/plugins/maven-surefire-plugin/3.2.5/maven-surefire-plugin-3.2.5", "org/codehaus/plexus/plexus-utils/3.5.1/plexus-utils-3.5.1",
			"org/springframework/spring-core/6.1.6/spring-core-6.1.6", "com/fasterxml/jackson/core/jackson-databind/2.17.0/jackson-databind-2.17.0",
			"org/apache/maven/maven-core/2.0.6/maven-core-2.0.6", "junit/junit/4.13.2/junit-4.13.2", "org/slf4j/slf4j-api/2.0.13/slf4j-api-2.0.13")
		return base + a + g.pick(".pom", ".jar", ".pom"), true
	case "x16msize":
		return g.pick(strconv.FormatFloat(r.Float64()*60, 'f', 1, 64)+" kB", strconv.Itoa(100+r.IntN(900))+" B", strconv.FormatFloat(r.Float64()*3, 'f', 1, 64)+" MB"), true
	case "x16mrate":
		return g.pick(strconv.FormatFloat(r.Float64()*9, 'f', 1, 64)+" kB/s", strconv.Itoa(10+r.IntN(900))+" kB/s", strconv.FormatFloat(r.Float64()*20, 'f', 1, 64)+" MB/s"), true
	case "x16mdashga": // "--< groupId:artifactId >--" centred in 72 columns: the left dashes, the coordinates (x16mga), the right dashes (x16mdashr)
		g.h16[0] = g.pick("com.acme", "org.example", "io.shop") + ":" + g.pick("orders", "orders-api", "billing-core", "web", "parent")
		return g.centre(g.h16[0]), true
	case "x16mga":
		return g.h16[0], true
	case "x16mdashpack":
		g.h16[0] = g.pick("jar", "jar", "war", "pom")
		return g.centre(g.h16[0]), true
	case "x16mpack":
		return g.h16[0], true
	case "x16mdashr":
		return g.h16[1], true
	case "x16mname", "x16martifact":
		return g.pick("orders", "orders-api", "billing-core", "web", "parent", "common"), true
	case "x16mver":
		return g.pick("1.0-SNAPSHOT", "1.0-SNAPSHOT", "2.3.1", "0.0.1-SNAPSHOT", "1-4-0"), true
	case "x16mcount":
		n := 2 + r.IntN(8)
		return fmt.Sprintf("%*s", 30+r.IntN(20), fmt.Sprintf("[%d/%d]", 1+r.IntN(n), n)), true
	case "x16mplugin":
		return g.pick("maven-resources-plugin:3.3.1:resources", "maven-compiler-plugin:3.13.0:compile", "maven-resources-plugin:3.3.1:testResources",
			"maven-compiler-plugin:3.13.0:testCompile", "maven-surefire-plugin:3.2.5:test", "maven-jar-plugin:3.4.1:jar", "maven-install-plugin:3.1.2:install",
			"jacoco-maven-plugin:0.8.12:prepare-agent", "spring-boot-maven-plugin:3.2.5:repackage", "maven-clean-plugin:3.2.0:clean"), true
	case "x16mexec":
		return g.pick("default-resources", "default-compile", "default-testResources", "default-testCompile", "default-test", "default-jar", "default-install", "repackage", "default-clean", "default"), true
	case "x16mbase":
		return g.pick("/builds/acme/orders", "/home/runner/work/app/app", "/var/lib/jenkins/workspace/billing", `C:\Users\ander\Documents\app`), true
	case "x16mtarget":
		return g.value("x16mbase") + g.pick("", "/orders-api", "/common") + "/target", true
	case "x16mtest":
		return g.pick("com.acme.orders.OrderServiceTest", "com.acme.orders.api.OrderControllerIT", "org.example.billing.InvoiceTest", "com.acme.common.MoneyTest", "org.sample.module.My1Test"), true
	case "x16mmethod":
		return g.pick("createsOrder", "rejectsEmptyCart", "fails", "roundsHalfEven", "shouldReturn404"), true
	case "x16msecs":
		return strconv.FormatFloat(r.Float64()*g.pick3(1, 10, 60), 'f', 3, 64), true
	case "x16mmod": // a module and its version, padded with dots (x16mdots) to the status column
		m := g.pick("orders", "orders-api", "billing-core", "testapp", "seleniumtestpages", "common") + " " + g.pick("1.0-SNAPSHOT", "1-4-0", "2.3.1")
		g.h16[2] = m
		return m, true
	case "x16mdots":
		return strings.Repeat(".", max(3, 58-len(g.h16[2]))), true
	case "x16mtime":
		return fmt.Sprintf("%7.3f", r.Float64()*g.pick3(1, 20, 120)), true
	case "x16mtotal":
		if r.IntN(4) == 0 {
			return fmt.Sprintf("%02d:%02d min", 1+r.IntN(9), r.IntN(60)), true
		}
		return strconv.FormatFloat(r.Float64()*59, 'f', 3, 64) + " s", true
	case "x16mfinished":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d%s", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), g.pick("Z", "+01:00", "+05:30")), true

	// WildFly
	case "x16wctx":
		return g.pick("orders", "shop", "api", "auth", "hello", "console-app"), true
	case "x16wdep": // a deployment, which the line names again (x16wdepagain)
		g.h16[0] = g.pick("orders.war", "shop-ear.ear", "api-1.4.2.war", "auth.war", "helloworld.war", "ROOT.war")
		return g.h16[0], true
	case "x16wdepagain":
		return g.h16[0], true
	case "x16wds":
		return g.pick("ExampleDS", "OrdersDS", "ShopDS", "PostgresDS", "MySqlDS"), true
	case "x16wver":
		return g.pick("31.0.1.Final", "30.0.1.Final", "26.1.3.Final"), true
	case "x16wcore":
		return g.pick("23.0.3.Final", "22.0.2.Final", "19.0.1.Final"), true
	case "x16wsvc":
		return `jboss.deployment.unit.\"` + g.h16[0] + `\".` + g.pick("WeldStartService", "component.OrderBean.START", "undertow-deployment"), true
	case "x16wmissing":
		return g.pick("jboss.naming.context.java.jboss.datasources.OrdersDS", "jboss.naming.context.java.module.orders.orders.env.jdbc.shop", "jboss.jca.service-activator", "jboss.undertow.deployment.default-server.default-host./click2call.UndertowSipDeploymentService"), true
	case "x16wtx":
		return fmt.Sprintf("0:ffff%s:%s%s:%s:%x", g.hexN(8), g.pick("-", ""), g.hexN(7), g.hexN(8), r.IntN(0x3ff)), true
	case "x16wpath":
		return g.pick("api/orders/"+strconv.Itoa(r.IntN(99999)), "api/cart", "rest/users/"+g.value("user"), "index.xhtml", "api/payments/"+g.value("uuid")), true
	case "x16wexc":
		return g.pick(`java.lang.NullPointerException: Cannot invoke "com.acme.orders.Customer.getId()" because "order.customer" is null`,
			"jakarta.ejb.EJBTransactionRolledbackException: Transaction rolled back", "java.lang.IllegalStateException: UT000010: Session is invalid",
			"jakarta.persistence.PersistenceException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
			"java.io.IOException: UT010029: Stream is closed", "jakarta.servlet.ServletException: jakarta.ws.rs.NotFoundException: RESTEASY003210: Could not find resource for full path"), true
	case "x16wpu":
		return g.pick("primary", "OrdersPU", "shopPU", "default"), true
	case "x16wapp":
		return g.pick("com.acme.orders.rest.JaxRsActivator", "org.example.shop.RestApplication", "com.acme.auth.ApiConfig"), true
	case "x16wcust":
		return g.pick("C-"+strconv.Itoa(10000+r.IntN(90000)), g.value("user")+"@example.com"), true
	case "x16wmoney":
		return fmt.Sprintf("%d.%02d %s", r.IntN(900), r.IntN(100), g.pick("EUR", "USD", "GBP")), true

	// Robocopy
	case "x16rclass":
		return g.pick("    New File  ", "    New File  ", "    Newer     ", "    Newer     ", "    Older     ", "  *EXTRA File ", "    Modified  ", "    same      ", "    Changed   "), true
	case "x16rsize":
		if r.IntN(3) == 0 {
			return fmt.Sprintf("%14s", strconv.FormatFloat(0.1+r.Float64()*900, 'f', 1, 64)+" "+g.pick("m", "k", "g")), true
		}
		return fmt.Sprintf("%14d", r.IntN(999999)), true
	case "x16rfile":
		return g.pick("report.docx", "Q4 budget.xlsx", "newfile"+strconv.Itoa(r.IntN(99)), "outlook.pst", "IMG_"+strconv.Itoa(1000+r.IntN(9000))+".JPG", "thumbs.db", "~$minutes.docx", "backup.bak"), true
	case "x16rdir":
		return g.pick(`D:\Data\`, `D:\Data\Projects\`, `D:\Data\Projects\2026\`, `\\nas01\backup\Data\Finance\`, `C:\Users\jdoe\Documents\`, `E:\Shares\HR\Payroll\`), true
	case "x16rdclass":
		return g.pick("New Dir", "New Dir", "*EXTRA Dir"), true
	case "x16rpct":
		return g.pick(" 20", " 40", " 60", " 80", "100", "100", "0.0", "50.0"), true
	case "x16rts":
		return fmt.Sprintf("2026/12/%02d %02d:%02d:%02d", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x16rerr": // a Win32 error, then its number in hex (x16rhex)
		e := robocopyErrors[r.IntN(len(robocopyErrors))]
		g.h16[0] = e[0]
		return e[0], true
	case "x16rhex":
		n, _ := strconv.Atoi(g.h16[0])
		return fmt.Sprintf("%08X", n), true
	case "x16rtext":
		return robocopyErrors[r.IntN(len(robocopyErrors))][1], true
	case "x16rpath":
		return g.value("x16rdir") + g.pick("", g.value("x16rfile")), true
	case "x16rdate":
		d := 1 + r.IntN(28)
		return fmt.Sprintf("%s, December %d, 2026 %d:%02d:%02d %s", [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}[(d-1)%7], d, 1+r.IntN(12), r.IntN(60), r.IntN(60), g.pick("AM", "PM")), true
	case "x16rsrc":
		return g.pick(`D:\Data\`, `C:\Users\jdoe\Documents\`, `E:\Shares\`, `\\fileserver\projects\`), true
	case "x16rdst":
		return g.pick(`\\nas01\backup\Data\`, `F:\Backup\Documents\`, `\\backup-srv\e$\Shares\`, `D:\Mirror\projects\`), true
	case "x16ropts":
		return g.pick("*.* /S /E /DCOPY:DA /COPY:DAT /R:3 /W:10 ", "*.* /V /S /E /DCOPY:DA /COPY:DAT /R:100 /W:10 ", "*.* /TEE /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /NP /R:5 /W:5 ",
			"*.* /FFT /S /E /DCOPY:DA /COPY:DAT /XO /R:1000000 /W:30 "), true
	case "x16rn":
		return fmt.Sprintf("%9d", g.pickInt(0, 0, r.IntN(50), r.IntN(5000))), true
	case "x16rb":
		if r.IntN(3) == 0 {
			return fmt.Sprintf("%9d", 0), true
		}
		return fmt.Sprintf("%9s", strconv.FormatFloat(r.Float64()*900, 'f', g.pickInt(1, 2, 3), 64)+" "+g.pick("m", "k", "g")), true
	case "x16rt":
		return fmt.Sprintf("%d:%02d:%02d", r.IntN(3), r.IntN(60), r.IntN(60)), true
	case "x16rmbm":
		return strconv.FormatFloat(r.Float64()*900, 'f', 3, 64), true

	// Chromium
	case "x16cnet":
		return g.pick("-202", "-202", "-100", "-101", "-107", "-113", "-200"), true
	case "x16cmethod":
		return g.pick("org.freedesktop.DBus.Properties.Get", "org.freedesktop.UPower.GetDisplayDevice", "org.freedesktop.UPower.EnumerateDevices", "org.freedesktop.portal.Settings.Read"), true
	case "x16cpath":
		return g.pick("/org/freedesktop/UPower", "/org/freedesktop/portal/desktop", "/org/freedesktop/UPower/devices/DisplayDevice"), true
	case "x16cname":
		return g.pick("org.freedesktop.UPower", "org.freedesktop.portal.Desktop", "org.kde.kwalletd5"), true
	case "x16cconsole":
		return jsonEsc(g.pick("Uncaught TypeError: Cannot read properties of null (reading 'addEventListener')", "Unsatisfied version 3.493.5-front from epguLkClient of shared singleton module @epgu/ui/services/load (required =3.491.2-esia-front)",
			"[Violation] 'setTimeout' handler took 57ms", "Refused to load the script 'https://cdn.example.net/a.js' because it violates the following Content Security Policy directive: \"script-src 'self'\".",
			"Uncaught (in promise) Error: Could not establish connection. Receiving end does not exist.", "Electron Security Warning (Insecure Content-Security-Policy)")), true
	case "x16curl":
		return g.pick("https://gu-st.ru/lk-st/6241.80d64b4a2f409127.js", "chrome-extension://ghbmnnjooekpmoecnnnilnnbdlolhkhi/page_embed_script.js", "file:///opt/app/resources/app.asar/dist/main.js",
			"https://www.example.com/static/js/main."+g.hexN(8)+".js", "devtools://devtools/bundled/panels/console/console.js"), true
	case "x16cbus":
		return g.pick("Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory", "Could not parse server address: Unknown address type (examples of valid types are \"tcp\" and on UNIX \"unix\")",
			"Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead"), true
	case "x16cclock":
		return fmt.Sprintf("%02d:%02d:%02d.%03d", r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "x16cdaemon":
		return g.pick("DaemonVersion", "Powered", "Discoverable", "Address"), true
	case "x16chost":
		return g.pick("www.example.com", "login.microsoftonline.com", "update.googleapis.com", "intranet.corp.local", "10.0.0.1"), true

	// cloud-init
	case "x16kargv": // an argv as Python prints a list
		return g.pick("['systemd-detect-virt', '--quiet', '--container']", "['ip', 'addr', 'show']", "['ip', '-o', 'route', 'list']", "['ip', '--oneline', '-6', 'route', 'list', 'table', 'all']",
			"['growpart', '--dry-run', '/dev/sda', '1']", "['resize2fs', '/dev/sda1']", "['/var/lib/cloud/instance/scripts/runcmd']", "['ssh-keygen', '-t', 'ed25519', '-N', '', '-f', '/etc/ssh/ssh_host_ed25519_key']",
			"['hostnamectl', 'set-hostname', '"+g.pick("web-01", "ip-10-0-3-17", "worker7")+"']", "['lsblk', '--pairs', '--output', 'NAME,TYPE,FSTYPE,LABEL']", "['udevadm', 'settle']"), true
	case "x16kfile":
		return g.pick("/proc/uptime", "/proc/uptime", "/var/lib/cloud/data/status.json", "/run/cloud-init/status.json", "/proc/1/environ", "/etc/hostname", "/etc/hosts",
			"/var/lib/cloud/instance/obj.pkl", "/var/lib/cloud/instance/boot-finished", "/var/log/cloud-init.log", "/etc/cloud/cloud.cfg", "/run/cloud-init/instance-data.json",
			"/var/lib/cloud/instances/i-0"+g.hexN(16)+"/sem/config_ssh", "/sys/class/net/eth0/address", "/etc/ssh/sshd_config"), true
	case "x16kevent": // a handler's event, whose start and finish a line describes (x16kstart, x16kfinish)
		e := cloudInitEvents[r.IntN(len(cloudInitEvents))]
		g.h16[0], g.h16[1] = e[1], e[2]
		return e[0], true
	case "x16kstart":
		return g.h16[0], true
	case "x16kfinish":
		return g.h16[1], true
	case "x16kver":
		return g.pick("23.4.4-0ubuntu0~22.04.1", "24.1.3-0ubuntu3.3", "22.1-14.el8", "20.4.1"), true
	case "x16kdate":
		d := 1 + r.IntN(28)
		return fmt.Sprintf("%s, %02d Dec 2026 %02d:%02d:%02d +0000", [...]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[(d-1)%7], d, r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x16kup":
		return strconv.FormatFloat(2+r.Float64()*60, 'f', 2, 64), true
	case "x16kmod": // a module, whose file the line names again (x16kmodagain)
		g.h16[0] = g.pick("ssh", "set_hostname", "growpart", "resizefs", "scripts_user", "users_groups", "write_files", "runcmd", "package_update_upgrade_install", "final_message")
		return strings.ReplaceAll(g.h16[0], "_", "-"), true
	case "x16kmodagain":
		return g.h16[0], true
	case "x16kmods":
		n := 1 + r.IntN(4)
		s := make([]string, n)
		for i := range s {
			s[i] = g.pick("apt_configure", "ntp", "puppet", "chef", "snap", "ubuntu_advantage", "lxd", "rh_subscription", "spacewalk")
		}
		return strings.Join(s, "', '"), true
	case "x16kmeta":
		return "http://169.254.169.254/" + g.pick("latest/api/token", "2021-03-23/meta-data/instance-id", "2021-03-23/user-data", "2021-03-23/dynamic/instance-identity", "openstack/2018-08-27/meta_data.json", "metadata/instance?api-version=2021-08-01"), true
	case "x16kopts":
		return fmt.Sprintf("{'url': '%s', 'allow_redirects': True, 'method': '%s', 'timeout': %s, 'headers': {'User-Agent': 'Cloud-Init/%s'%s}}", "http://169.254.169.254/latest/api/token", g.pick("GET", "PUT"), g.pick("5.0", "50.0", "1.0"), g.value("x16kver"),
			g.pick("", ", 'X-aws-ec2-metadata-token-ttl-seconds': 'REDACTED'", ", 'Metadata': 'true'")), true
	case "x16kurlerr":
		return g.pick("HTTPConnectionPool(host='169.254.169.254', port=80): Max retries exceeded with url: /latest/api/token (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f"+g.hexN(9)+">, 'Connection to 169.254.169.254 timed out. (connect timeout=5.0)'))",
			"404 Client Error: Not Found for url: http://169.254.169.254/2021-03-23/user-data", "('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))"), true
	case "x16kds":
		return g.pick("['Ec2', 'None']", "['NoCloud', 'ConfigDrive', 'OpenStack', 'None']", "['Azure']", "['GCE', 'None']"), true
	case "x16kdsclasses":
		return g.pick("['DataSourceEc2', 'DataSourceNone']", "['DataSourceNoCloud', 'DataSourceConfigDrive']", "['DataSourceAzure']", "['DataSourceGCELocal', 'DataSourceNone']"), true
	case "x16kwhat":
		return g.pick("['ip', 'addr']", "config-ssh", "/var/lib/cloud/instance/obj.pkl", "/etc/ssh/sshd_config", "growpart", "init-network/search-Ec2", "('/dev/sda1',)"), true
	case "x16ksecs":
		return strconv.FormatFloat(r.Float64()*g.pick3(0.01, 1, 30), 'f', 3, 64), true

	// libvirtd
	case "x16lvm":
		return g.pick("web01", "db-primary", "instance-0000a3f1", "virtlet-270fc3d0-6a80-cirros-vm", "win2022-build", "k8s-worker-3"), true
	case "x16lvmname":
		return g.pick("", "", " (vm='"+g.value("x16lvm")+"')"), true
	case "x16lfile":
		return g.pick("/var/lib/libvirt/images/"+g.value("x16lvm")+".qcow2", "/var/lib/virtlet/config/config-"+g.value("uuid")+".iso", "/var/lib/nova/instances/"+g.value("uuid")+"/disk",
			"/proc/"+g.value("pid")+"/stat", "/sys/fs/cgroup/machine.slice/machine-qemu\\x2d"+strconv.Itoa(1+r.IntN(90))+"\\x2d"+g.value("x16lvm")+".scope/cpu.stat"), true
	case "x16lqemu":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%06dZ qemu-system-x86_64: %s", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000000), g.pick(
			`-device ide-hd,bus=ide.0,unit=0,drive=drive-ide0-0-0,id=ide0-0-0,bootindex=1: Failed to get "write" lock`,
			"-blockdev {\"driver\":\"file\",\"filename\":\"/var/lib/libvirt/images/"+g.value("x16lvm")+".qcow2\"}: Could not open '/var/lib/libvirt/images/"+g.value("x16lvm")+".qcow2': Permission denied",
			"cannot set up guest memory 'pc.ram': Cannot allocate memory", "-netdev tap,fd=34,id=hostnet0: could not open /dev/net/tun: Operation not permitted")), true
	case "x16lver":
		return g.pick("8.0.0, package: 1ubuntu7.10 (Ubuntu)", "9.0.0, package: 9.0.0-4+deb12u1 (Debian)", "1.2.2", "10.0.0, package: 10.0.0-6.el9 (AlmaLinux Packaging Team <packager@almalinux.org>, 2024-05-21-12:00:00, )"), true
	case "x16ljobowner":
		return g.pick("remoteDispatchDomainGetBlockInfo", "remoteDispatchDomainBlockStats", "remoteDispatchDomainGetInfo", "qemuProcessReconnect", "remoteDispatchConnectGetAllDomainStats"), true
	case "x16ltap":
		return g.pick("vnet", "tap", "macvtap") + strconv.Itoa(r.IntN(40)), true
	case "x16lcgroup":
		return "/sys/fs/cgroup/" + g.pick("cpu,cpuacct", "blkio", "memory") + "/machine.slice/machine-qemu\\x2d" + strconv.Itoa(1+r.IntN(90)) + "\\x2d" + g.value("x16lvm") + ".scope/" + g.pick("cpuacct.usage", "blkio.throttle.io_service_bytes", "memory.stat"), true

	// Gitaly
	case "x16gcorr":
		return strings.ToUpper(g.base36(26)), true
	case "x16gclient":
		return g.pick("gitlab-web", "gitlab-web", "gitlab-sidekiq", "gitlab-workhorse", "gitlab-shell", "gitlab-elasticsearch-indexer"), true
	case "x16gdeadline":
		return g.pick("regular", "regular", "default", "none"), true
	case "x16gmethod": // a method, whose service and full method the line names (x16gservice, x16gfull)
		s := gitalyRPCs[r.IntN(len(gitalyRPCs))]
		g.h16[0], g.h16[1] = s[0], s[1+r.IntN(len(s)-1)]
		return g.h16[1], true
	case "x16gfull":
		return "/" + g.h16[0] + "/" + g.h16[1], true
	case "x16gservice":
		return g.h16[0], true
	case "x16gts":
		return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "x16gproject":
		return g.pick("gitlab-org/gitlab", "acme/orders", "platform/infra", "data/etl-jobs", "acme/web-frontend", ""), true
	case "x16gglrepo":
		return g.pick("project-", "wiki-", "project-") + strconv.Itoa(1+r.IntN(9999)), true
	case "x16grepo":
		h := g.hexN(64)
		return "@hashed/" + h[:2] + "/" + h[2:4] + "/" + h + ".git", true
	case "x16gms":
		return strconv.FormatFloat(r.Float64()*g.pick3(5, 100, 5000), 'f', 3, 64), true
	case "x16gpeer":
		return g.pick("@", "@", g.value("ipport")), true
	case "x16gpid":
		return strconv.Itoa(g.pickInt(1234, 2741, 17203)), true
	case "x16guser":
		return strconv.Itoa(1 + r.IntN(5000)), true
	case "x16gusername":
		return g.value("user"), true
	case "x16gerr": // a failed call's error, whose code the line names (x16gcodeagain)
		e := gitalyErrors[r.IntN(len(gitalyErrors))]
		g.h16[2] = e[0]
		return jsonEsc(e[1]), true
	case "x16gcodeagain":
		return g.h16[2], true
	case "x16glevel":
		return g.pick("info", "warning", "error"), true
	case "x16ghash":
		return g.hexN(64), true
	case "x16gver":
		return "Gitaly, version " + g.pick("16.11.1", "17.2.4", "17.5.1"), true
	}
	return "", false
}

// ulid is a ULID as Prometheus names a block: 26 characters of Crockford's
// base32, the first ten the time.
func (g *gen) ulid() string {
	const a = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	b := []byte("01J")
	for len(b) < 26 {
		b = append(b, a[g.r.IntN(32)])
	}
	return string(b)
}

// centre returns the dashes Maven writes before "< mid >" or "[ mid ]" to
// centre it in 72 columns, and keeps those after it for x16mdashr.
func (g *gen) centre(mid string) string {
	n := 72 - len(mid) - 4
	g.h16[1] = strings.Repeat("-", n-n/2)
	return strings.Repeat("-", n/2)
}
