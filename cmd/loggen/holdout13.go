package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The thirteenth held-out families (issue #14, session 20, h99): software
// that neither testdata/logcorpus, the twelve held-out sets nor Loghub-2k
// has, each written from how the program writes its lines (real lines
// quoted in the programs' issue trackers or documentation, cited at each
// family) or, where a family says so, from knowledge of the format without
// a source looked up, for a set written blind: its author read no miner
// code and ran no miner on it. They go to testdata/logholdout13 (go run
// ./cmd/loggen -set holdout13); same truth conventions as the corpus and
// the twelfth set (khanCorrect, one "<*>" per value the program fills in,
// whether empty, one word or several; keys constant and their values
// variables; a name or state substituted into a fixed sentence is a value,
// so is a phrase a program takes from a table by a number (Tor's bootstrap
// tag and summary, a crunch's reason); a list written in a loop (Telegraf's
// loaded plugins, an MSI op's arguments) is one value; a line that is all
// values (an access log line, a transfer record) is its constants and its
// "<*>"s; a program's whole line where it writes no header (Packer's UI,
// the Windows Installer's verbose log, CloudTrail's JSON records) is the
// content, with its leading indentation).
//
//	go run ./cmd/loggen -set holdout13 -out testdata/logholdout13

// holdout13Seed is the thirteenth held-out set's seed.
const holdout13Seed = 70

// torPhases are Tor's bootstrap phases (src/feature/control/btrack.c's
// table as the Bootstrapped lines print them): percent, tag, summary.
var torPhases = [][3]string{
	{"0", "starting", "Starting"}, {"5", "conn", "Connecting to a relay"}, {"10", "conn_done", "Connected to a relay"},
	{"14", "handshake", "Handshaking with a relay"}, {"15", "handshake_done", "Handshake with a relay done"},
	{"20", "onehop_create", "Establishing an encrypted directory connection"}, {"25", "requesting_status", "Asking for networkstatus consensus"},
	{"30", "loading_status", "Loading networkstatus consensus"}, {"40", "loading_keys", "Loading authority key certs"},
	{"45", "requesting_descriptors", "Asking for relay descriptors"}, {"50", "loading_descriptors", "Loading relay descriptors"},
	{"75", "enough_dirinfo", "Loaded enough directory info to build circuits"}, {"80", "ap_conn", "Connecting to a relay to build circuits"},
	{"85", "ap_conn_done", "Connected to a relay to build circuits"}, {"89", "ap_handshake", "Finishing handshake with a relay to build circuits"},
	{"90", "ap_handshake_done", "Handshake finished with a relay to build circuits"}, {"95", "circuit_create", "Establishing a Tor circuit"},
	{"100", "done", "Done"},
}

func holdout13Families() []family {
	day := func(g *gen) string {
		return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
	}
	// the Windows Installer's prefix of its engine lines: client or
	// server side, process and thread ids, the time with milliseconds
	msi := `MSI ({pick:s|s|s|c}) ({x13mpt}) [{x13mtime}]: `
	return []family{
		// Telegraf's log ("%Y-%m-%dT%H:%M:%SZ L! message", the level one
		// letter and "!", a plugin's lines led by its "[inputs.name]" or
		// "[outputs.name]", an alias after "::"): "E! [inputs.smart] Error
		// in plugin: ...", "E! [inputs.snmp] Error in plugin: initializing
		// table : translating: exec: \"snmptranslate\": executable file not
		// found in %PATH%", "W! [inputs.snmp] Couldn't stat target %s: %s",
		// "I! Starting Telegraf %s brought to you by InfluxData the makers
		// of InfluxDB", "I! Available plugins: %d inputs, %d aggregators,
		// %d processors, %d parsers, %d outputs, %d secret-stores", "I!
		// Loaded inputs: %s" with "(%dx)" counts (quoted in
		// influxdata/telegraf issues #8217, #16153, #6666 and PR #10735,
		// jperillo/Synology_dashboard_grafana issue #9); the output write,
		// buffer, collection-interval and shutdown lines written from
		// knowledge of the format.
		{name: "Telegraf", format: `<Timestamp> <Level>! <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"Error in plugin", "E"}, {"Error writing", "E"}, {"When writing", "E"}, {"Couldn't stat", "W"}, {"took longer", "W"},
				{"overflow", "W"}, {"Wrote batch", "D"}, {"Buffer fullness", "D"}, {"Failed to write", "E"}, {"not complete after", "W"}}, "I")
			return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02dZ %s! %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), f[0], c)
		}, events: []event{
			{260, `[{x13tin}] Error in plugin: {x13terr}`},
			{90, `[{x13tsnmp}] Error in plugin: {one:initializing table <pick:|ifTable|ifXTable>: translating: exec: "snmptranslate": executable file not found in $PATH}`},
			{60, `[{x13tsnmp}] Couldn't stat target {pick:/usr/share/snmp/mibs|/var/lib/mibs/ietf|/opt/mibs}: {one:lstat <x13tmibpath>: no such file or directory}`},
			{330, `[{x13tout}] Wrote batch of {int} metrics in {x13tdur}`},
			{330, `[{x13tout}] Buffer fullness: {int} / {pick:10000|10000|50000} metrics`},
			{120, `[{x13tin}] Collection took longer than expected; not complete after interval of {pick:10s|10s|1m0s|5m0s}`},
			{70, `[agent] Error writing to {x13tout}: {pick:could not write any address|failed to send metrics to any configured server(s)|context deadline exceeded}`},
			{90, `[{x13tout}] When writing to [{x13turl}]: {x13twerr}`},
			{60, `[{x13tout}] Metric buffer overflow; {int} metrics have been dropped`},
			{30, `[{x13tout}] Failed to write metric to {pick:telegraf|metrics|telegraf/autogen} (will be dropped: 422 Unprocessable Entity): {x13tdrop}`},
			{15, `Starting Telegraf {x13tver} brought to you by InfluxData the makers of InfluxDB`},
			{15, `Available plugins: {int} inputs, {small} aggregators, {int} processors, {int} parsers, {int} outputs, {small} secret-stores`},
			{15, `Loaded inputs: {x13tlist:in}`},
			{15, `Loaded outputs: {x13tlist:out}`},
			{12, `Loaded aggregators: {pick:|derivative|basicstats minmax}`},
			{12, `Loaded processors: {pick:|converter strings|enum rename|regex}`},
			{12, `Tags enabled: {one:host=<x13thost><pick:| dc=eu-west-1| env=prod region=us-east-2>}`},
			{12, `[agent] Config: Interval:{pick:10s|10s|1m0s}, Quiet:false, Hostname:"{x13thost}", Flush Interval:{pick:10s|10s|1m0s}`},
			{8, `[agent] Hang on, flushing any cached metrics before shutdown`},
			{8, `[agent] Stopping running outputs`},
			{8, `Reloading Telegraf config`},
		}},
		// Tor's log ("%b %d %H:%M:%S.%03d [severity] message", notice,
		// warn, info): "Bootstrapped %d%% (%s): %s" with its tag and
		// summary, "Tor %s running on %s with Libevent %s, OpenSSL %s,
		// Zlib %s, Liblzma %s, Libzstd %s and %s %s as libc.", "Tor can't
		// help you if you use it wrong! ...", "Read configuration file
		// \"%s\".", "Path for GeoIPFile (%s) is relative and will resolve
		// to %s. Is this what you wanted?", "Opening Socks listener on %s",
		// "Opened Socks listener connection (ready) on %s", "Parsing GEOIP
		// IPv4 file %s.", "Starting with guard context \"%s\"", "new bridge
		// descriptor '%s' (fresh): %s at %s", "Our directory information
		// is no longer up-to-date enough to build circuits: %s", "Rejecting
		// SOCKS request for anonymous connection to private address
		// [scrubbed].", "Destination '%s' seems to be an invalid hostname.
		// Failing." (quoted in brave/brave-browser issue #39458,
		// WalletWasabi issue #3975, danielstjules/toragent issue #4,
		// Freydrye/freydrye issue #61); the heartbeat, circuit and
		// clock-jump lines written from knowledge of the format.
		{name: "Tor", format: `<Month> <Day> <Time> \[<Level>\] <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{{"Path for", "warn"}, {"Rejecting", "warn"}, {"seems to be an invalid", "warn"}, {"Giving up", "notice"},
				{"failing more circuits", "notice"}, {"clock just jumped", "warn"}, {"Problem bootstrapping", "warn"}, {"assuming", "warn"}}, "notice")
			return fmt.Sprintf("Dec %02d %02d:%02d:%02d.%03d [%s] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], c)
		}, events: []event{
			{330, `Bootstrapped {x13obpct}% ({x13obtag}): {x13obsum}`},
			{25, `Tor {x13over} running on {pick:Linux|Windows 8 [or later]|Darwin|FreeBSD} with Libevent {pick:2.1.12-stable|2.1.11-stable}, OpenSSL {pick:3.0.13|1.1.1w|3.4.0|3.5.6}, Zlib {pick:1.3.1|1.2.13|1.2.11}, Liblzma {pick:N/A|5.4.1}, Libzstd {pick:N/A|1.5.5} and {pick:Glibc 2.36|Glibc 2.42|Unknown N/A} as libc.`},
			{25, `Tor can't help you if you use it wrong! Learn how to be safe at https://support.torproject.org/faq/staying-anonymous/`},
			{30, `Read configuration file "{x13otorrc}".`},
			{30, `Path for {pick:GeoIPFile|GeoIPv6File|DataDirectory} ({pick:<default>|geoip|geoip6|../data}) is relative and will resolve to {x13orel}. Is this what you wanted?`},
			{30, `Opening {pick:Socks|Control|DNS} listener on {pick:127.0.0.1:9050|127.0.0.1:9150|127.0.0.1:9051|[::1]:9050}`},
			{30, `Opened {pick:Socks|Control|DNS} listener connection (ready) on {pick:127.0.0.1:9050|127.0.0.1:9150|127.0.0.1:9051}`},
			{25, `Parsing GEOIP {pick:IPv4|IPv6} file {pick:/usr/share/tor/geoip|/usr/share/tor/geoip6|/var/lib/tor/geoip}.`},
			{25, `Starting with guard context "{pick:default|bridges|restricted}"`},
			{200, `Heartbeat: Tor's uptime is {x13oup}, with {int} circuits open. I've sent {x13obytes} and received {x13obytes}. I've received {int} connections on IPv4 and {small} on IPv6. I've made {int} connections with IPv4 and {small} with IPv6.`},
			{130, `Heartbeat: Circuit handshake stats since last time: {small}/{small} TAP, {int}/{int} NTor.`},
			{70, `new bridge descriptor '{x13obridge}' (fresh): {one:$<x13ofp>~<x13obridgesame> [<x13ob64>] at <ip>}`},
			{100, `Our directory information is no longer up-to-date enough to build circuits: {x13odirinfo}`},
			{170, `Rejecting SOCKS request for anonymous connection to private address [scrubbed].`},
			{150, `Destination '{pick:[scrubbed]|[scrubbed]|localhost}' seems to be an invalid hostname. Failing.`},
			{130, `Tried for {int} seconds to get a connection to [scrubbed]:{pick:80|443|443|9735|8333}. Giving up. (waiting for circuit)`},
			{90, `Have tried resolving or connecting to address '[scrubbed]' at {small} different places. Giving up.`},
			{60, `Guard {x13obridge} ({x13ofp}) is failing more circuits than usual. Most likely this means the Tor network is overloaded. Success counts are {int}/{int}. Use counts are {int}/{int}. {int} circuits completed, {small} were unusable, {small} collapsed, and {small} timed out. For reference, your timeout cutoff is {int} seconds.`},
			{30, `Your system clock just jumped {int} seconds forward; assuming established circuits no longer work.`},
			{25, `Received reload signal (hup). Reloading config and resetting internal state.`},
			{10, `Interrupt: exiting cleanly.`},
			{15, `Delaying directory fetches: DisableNetwork is set.`},
		}},
		// rsync's daemon log (the "log file" option: "%Y/%m/%d %H:%M:%S
		// [pid] message"; a transfer line in the default "log format"
		// "%o %h [%a] %m (%u) %f %l": operation, host, address, module,
		// user, file, length; the rsyncd.conf(5) page and modlogan's rsync
		// input notes quote that format and the "%t [%p] " prefix); the
		// connect, module access, auth, totals, error and start-up lines
		// written from knowledge of the daemon (clientserver.c, log.c,
		// main.c) without a source looked up for each.
		{name: "Rsyncd", format: `<Date> <Time> \[<Pid>\] <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("2026/12/%02d %02d:%02d:%02d [%d] %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), 900+g.r.IntN(60000), c)
		}, events: []event{
			{300, `connect from {x13rhost} ({ip})`},
			{260, `rsync {pick:on|on|on|to} {x13rmodpath} from {x13ruserat}{x13rhost} ({ip})`},
			{250, `sent {x13rnum} bytes  received {x13rnum} bytes  total size {x13rnum}`},
			{420, `{pick:send|send|send|recv} {x13rhost} [{ip}] {x13rmod} ({x13ruser}) {x13rfile} {int}`},
			{120, `building file list`},
			{90, `auth failed on module {x13rmod} from {x13rhost} ({ip}): {pick:password mismatch|unauthorized user|no matching rule}`},
			{60, `rsync denied on module {x13rmod} from {x13rhost} ({ip})`},
			{60, `Unknown module '{pick:backup|www|data2|mirror|test}' tried from {x13rhost} ({ip})`},
			{80, `rsync error: {pick:error in rsync protocol data stream|some files/attrs were not transferred (see previous errors)|timeout in data send/receive|error in socket IO|received SIGINT, SIGTERM, or SIGHUP} (code {pick:12|23|30|10|20}) at {pick:io.c|main.c|rsync.c|clientserver.c}({int}) [{pick:sender|receiver|Receiver|generator}={x13rver}]`},
			{35, `rsync: [{pick:sender|receiver|generator}] write error: {pick:Broken pipe (32)|Broken pipe (32)|Connection reset by peer (104)}`},
			{25, `rsync: [{pick:sender|receiver|generator}] read error: {pick:Connection reset by peer (104)|Connection timed out (110)}`},
			{25, `rsync: connection unexpectedly closed ({int} bytes received so far) [{pick:sender|receiver|generator}]`},
			{30, `rsync: [{pick:sender|generator}] link_stat {x13rfname} failed: {pick:No such file or directory (2)|No such file or directory (2)|Permission denied (13)}`},
			{20, `rsync: [receiver] mkstemp {x13rfname} failed: {pick:Permission denied (13)|No space left on device (28)}`},
			{40, `name lookup failed for {ip}: {pick:Name or service not known|Temporary failure in name resolution}`},
			{10, `rsyncd version {x13rver} starting, listening on port 873`},
			{15, `params.c:Parameter() - Ignoring badly formed line in config file: {pick:hosts allow 10.0.0.0/8|uid nobody gid|[backup}`},
		}},
		// The Windows Installer's verbose log (msiexec /l*v): engine lines
		// "MSI (s) (10:98) [13:22:19:201]: ..." (side, process:thread,
		// time) with "Doing action: %s", "Note: 1: 2205 2:  3: %s ",
		// "PROPERTY CHANGE: Adding %s property. Its value is '%s'.",
		// "PROPERTY CHANGE: Deleting %s property. Its current value is
		// '%s'.", "Machine policy value '%s' is %d", "Invoking remote
		// custom action. DLL: %s, Entrypoint: %s", "SHELL32::SHGetFolderPath
		// returned: %s", "Product: %s -- ..."; the unprefixed "Action start
		// %s: %s.", "Action ended %s: %s. Return value %d.", "Property(S):
		// %s = %s", "=== Logging started: %s  %s ===" (quoted in
		// wazuh/wazuh issue #14716, lithnet/access-manager issue #223,
		// lithnet/ad-password-protection issue #43, sous-chefs/java issue
		// #331, PowerShell/Win32-OpenSSH issue #1923, ComodoSecurity/
		// openedr issue #2); the Executing op, component and feature
		// state, skipping and product-installed lines written from
		// knowledge of the format. No header: the whole line is content.
		{name: "MsiInstaller", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{330, msi + `Doing action: {x13maction}`},
			{280, `Action start {x13mhms}: {x13maction}.`},
			{280, `Action ended {x13mhms}: {x13maction}. Return value {pick:1|1|1|1|1|0|3}.`},
			{220, msi + `Note: 1: {pick:2205|2205|2205|2228|2262} 2: {pick:||||C:\Windows\Installer\4f2a1.msi} 3: {x13mtable} `},
			{170, msi + `PROPERTY CHANGE: Adding {x13mprop} property. Its value is '{x13mpval}'.`},
			{50, msi + `PROPERTY CHANGE: Modifying {x13mprop} property. Its current value is '{x13mpval}'. Its new value: '{x13mpval}'.`},
			{40, msi + `PROPERTY CHANGE: Deleting {x13mprop} property. Its current value is '{x13mpval}'.`},
			{160, `Property({pick:S|S|C}): {x13mprop} = {x13mpval}`},
			{60, msi + `Machine policy value '{x13mpolicy}' is {pick:0|0|0|1}`},
			{30, msi + `User policy value '{x13mpolicy}' is 0`},
			{60, msi + `Invoking remote custom action. DLL: {x13mdll}, Entrypoint: {x13mentry}`},
			{60, msi + `Skipping action: {x13maction} (condition is false)`},
			{40, msi + `Transforming table {x13mtable}.`},
			{40, msi + `SHELL32::SHGetFolderPath returned: {x13mfolder}`},
			{70, msi + `Executing op: {x13mopname}({x13mopargs})`},
			{50, msi + `Component: {x13mcomp}; Installed: {pick:Absent|Absent|Local}   Request: {pick:Local|Local|Absent|Null}   Action: {pick:Local|Local|Absent|Null}`},
			{30, msi + `Feature: {x13mfeat}; Installed: {pick:Absent|Absent|Local}   Request: {pick:Local|Local|Absent}   Action: {pick:Local|Local|Absent}`},
			{15, msi + `Product: {x13mproduct} -- Installation completed successfully.`},
			{10, msi + `Product: {x13mproduct} -- Installation failed.`},
			{8, msi + `Product: {x13mproduct} -- Error 1920. Service '{x13msvc}' ({x13msvcsame}) failed to start. Verify that you have sufficient privileges to start system services.`},
			{12, msi + `Windows Installer {pick:installed|removed|reconfigured} the product. Product Name: {x13mproduct}. Product Version: {x13mver}. Product Language: 1033. Manufacturer: {x13mmaker}. Installation success or error status: {pick:0|0|0|1603}.`},
			{15, msi + `MainEngineThread is returning {pick:0|0|1603|1618|3010}`},
			{12, msi + `Resetting cached policy values`},
			{10, msi + `Attempting to enable all disabled privileges before calling Install on Server`},
			{8, `=== Logging started: {x13mdate}  {x13mhms} ===`},
			{8, `=== Logging stopped: {x13mdate}  {x13mhms} ===`},
		}},
		// Nextflow's .nextflow.log (logback: "%d{MMM-dd HH:mm:ss.SSS}
		// [%thread] %-5level %logger{36} - %msg", the logger abbreviated
		// to its length as "n.processor.TaskPollingMonitor"): "$> %s",
		// "N E X T F L O W  ~  version %s", "Launching '%s' - revision: %s
		// [%s]", "Git config: %s; branch: %s; remote: %s; url: %s", "Parsing
		// config file: %s", "[%s] Submitted process > %s (%s)", "Task
		// completed > TaskHandler[id: %d; name: %s; status: COMPLETED;
		// exit: %d; error: -; workDir: %s]", "[LSF] submitted process %s >
		// jobId: %d; workDir: %s", "Launch cmd line: /bin/bash -ue
		// .command.run", "<< taskConfig executor: %s", ">> processorType:
		// '%s'", "Creating *combiner* operator for each param(s) at
		// index(es): [%s]", "Workflow process names [dsl%d]: %s", "Work-dir:
		// %s [%s]", "Creating local task monitor for executor '%s' >
		// cpus=%d; memory=%s; capacity=%d; pollInterval=%s;
		// dumpInterval=%s", "[warm up] executor > %s", "Session await",
		// "> Awaiting termination" (its trailing space left off; quoted in nextflow-io/nextflow issues
		// #210, #1136 and #1230, riboviz/riboviz issue #231, cellgeni/
		// cellatac issue #6); the cached process, error and completion
		// lines written from knowledge of the format.
		{name: "Nextflow", format: `<Date> <Time> \[<Thread>\] <Level> <Component> - <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"$> ", "main", "DEBUG", "nextflow.cli.Launcher"}, {"N E X T", "main", "INFO ", "nextflow.cli.CmdRun"}, {"Launching", "main", "INFO ", "nextflow.cli.CmdRun"},
				{"Git config", "main", "DEBUG", "nextflow.scm.AssetManager"}, {"config file", "main", "DEBUG", "nextflow.config.ConfigBuilder"},
				{"Submitted process", "Task submitter", "INFO ", "nextflow.Session"}, {"Cached process", "Actor Thread " + strconv.Itoa(1+g.r.IntN(40)), "INFO ", "nextflow.processor.TaskProcessor"},
				{"Task completed", "Task monitor", "DEBUG", "n.processor.TaskPollingMonitor"}, {"submitted process", "Task submitter", "DEBUG", "nextflow.executor.GridTaskHandler"},
				{"Launch cmd line", "Task submitter", "DEBUG", "n.executor.local.LocalTaskHandler"}, {"taskConfig", "main", "DEBUG", "nextflow.executor.ExecutorFactory"},
				{"processorType", "main", "DEBUG", "nextflow.executor.ExecutorFactory"}, {"*combiner*", "main", "DEBUG", "nextflow.processor.TaskProcessor"},
				{"Workflow process names", "main", "DEBUG", "nextflow.Session"}, {"Work-dir", "main", "DEBUG", "nextflow.Session"}, {"task monitor", "main", "DEBUG", "n.processor.LocalPollingMonitor"},
				{"warm up", "main", "INFO ", "nextflow.executor.Executor"}, {"Session await", "main", "DEBUG", "nextflow.Session"}, {"Awaiting", "main", "DEBUG", "nextflow.script.ScriptRunner"},
				{"Error executing", "Task monitor", "ERROR", "nextflow.processor.TaskProcessor"}, {"Execution complete", "main", "INFO ", "nextflow.Nextflow"},
				{"Goodbye", "main", "DEBUG", "nextflow.util.ThreadPoolManager"},
			}, "main", "DEBUG", "nextflow.Session")
			return fmt.Sprintf("Dec-%02d %02d:%02d:%02d.%03d [%s] %s %s - %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000), f[0], f[1], f[2], c)
		}, events: []event{
			{8, `$> {x13ncli}`},
			{8, `N E X T F L O W  ~  version {x13nver}`},
			{8, "Launching `{x13nproj}` [{x13nrun}] DSL2 - revision: {x13nrev} [{pick:master|main|dev|1.2.0}]"},
			{10, `Git config: {one:<x13ngit>/.git/config}; branch: {pick:master|main|dev}; remote: {pick:origin|origin|upstream}; url: {one:https://github.com/<x13nproj>.git}`},
			{12, `Parsing config file: {x13nconf}`},
			{330, `[{x13nhash}] Submitted process > {x13ntask}`},
			{90, `[{x13nhash}] Cached process > {x13ntask}`},
			{300, `Task completed > TaskHandler[id: {int}; name: {x13ntask}; status: COMPLETED; exit: {pick:0|0|0|0|1|137|140}; error: -; workDir: {x13nwork}]`},
			{150, `[{pick:LSF|SLURM|SGE|PBS}] submitted process {x13ntask} > jobId: {int}; workDir: {x13nwork}`},
			{250, `Launch cmd line: /bin/bash -ue .command.run`},
			{150, `<< taskConfig executor: {pick:null|null|slurm|awsbatch}`},
			{150, `>> processorType: '{pick:local|local|slurm|lsf}'`},
			{60, `Creating *combiner* operator for each param(s) at index(es): [{x13nidx}]`},
			{15, `Workflow process names [dsl{pick:1|2}]: {x13nprocs}`},
			{15, `Work-dir: {x13nworkroot} [{pick:nfs|ext2/ext3|lustre|xfs}]`},
			{15, `Creating local task monitor for executor '{pick:local|slurm}' > cpus={pick:4|8|16|64}; memory={pick:15.5 GB|62.7 GB|251.4 GB}; capacity={pick:4|8|16|64}; pollInterval={pick:100ms|5s}; dumpInterval={pick:5m|5m|1m}`},
			{15, `[warm up] executor > {pick:local|slurm|lsf|awsbatch}`},
			{15, `Session await`},
			{15, `> Awaiting termination`},
			{40, `Error executing process > '{x13ntask}'`},
			{8, `Execution complete -- Goodbye`},
		}},
		// HashiCorp Packer's build output (its UI: "==> build: message"
		// for a step, an indented "    build: message" for a detail, the
		// build's source name "amazon-ebs.name" in HCL templates):
		// "Prevalidating AMI Name...", "Found Image ID: %s", "Creating
		// temporary keypair: %s", "Creating temporary security group for
		// this instance...", "Authorizing access to port 22 the temporary
		// security group...", "Launching a source AWS instance...",
		// "Instance ID: %s", "Waiting for instance (%s) to become
		// ready...", "Adding tags to source instance", "Adding tag:
		// \"%s\": \"%s\"", "Waiting for SSH to become available...",
		// "Error waiting for SSH: %s", "Terminating the source AWS
		// instance...", "Cleaning up any extra volumes...", "No volumes to
		// clean up, skipping", "Deleting temporary security group...",
		// "Deleting temporary keypair...", "Connected to SSH!", "Stopping
		// the source instance...", "Waiting for the instance to stop...",
		// "Creating the AMI: %s", "Build '%s' errored: %s" (quoted in
		// hashicorp/packer issues #4761, #5027 and PR #2187); the
		// provisioner, AMI-ready and finished lines written from knowledge
		// of the format. No header: the whole line is content, the
		// indentation with it.
		{name: "Packer", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: []event{
			{60, `==> {x13pb}: Prevalidating AMI Name: {x13pami}`},
			{60, `    {x13pb}: Found Image ID: {x13pamiid}`},
			{60, `==> {x13pb}: Creating temporary keypair: packer_{uuid}`},
			{55, `==> {x13pb}: Creating temporary security group for this instance: packer_{uuid}`},
			{55, `==> {x13pb}: Authorizing access to port {pick:22|22|5986} from [{pick:0.0.0.0/0|10.0.0.0/8|203.0.113.7/32}] in the temporary security groups...`},
			{60, `==> {x13pb}: Launching a source AWS instance...`},
			{60, `    {x13pb}: Instance ID: {x13pinst}`},
			{60, `==> {x13pb}: Waiting for instance ({x13pinst}) to become ready...`},
			{50, `==> {x13pb}: Adding tags to source instance`},
			{90, `    {x13pb}: Adding tag: "{pick:Name|Owner|Environment|OS_Version|Release}": "{pick:Packer Builder|platform-team|prod|Ubuntu 24.04|Dec 2026}"`},
			{60, `==> {x13pb}: Using SSH communicator to connect: {ip}`},
			{60, `==> {x13pb}: Waiting for SSH to become available...`},
			{55, `==> {x13pb}: Connected to SSH!`},
			{25, `==> {x13pb}: Error waiting for SSH: {pick:ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain|Timeout waiting for SSH.}`},
			{90, `==> {x13pb}: Provisioning with shell script: {x13pscript}`},
			{180, `    {x13pb}: {x13papt}`},
			{50, `==> {x13pb}: Uploading {x13psrc} => {x13pdst}`},
			{50, `==> {x13pb}: Stopping the source instance...`},
			{50, `==> {x13pb}: Waiting for the instance to stop...`},
			{50, `==> {x13pb}: Creating AMI {x13pami} from instance {x13pinst}`},
			{50, `    {x13pb}: AMI: {x13pamiid}`},
			{50, `==> {x13pb}: Waiting for AMI to become ready...`},
			{50, `==> {x13pb}: Terminating the source AWS instance...`},
			{50, `==> {x13pb}: Cleaning up any extra volumes...`},
			{45, `==> {x13pb}: No volumes to clean up, skipping`},
			{50, `==> {x13pb}: Deleting temporary security group...`},
			{50, `==> {x13pb}: Deleting temporary keypair...`},
			{30, `Build '{x13pb}' finished after {x13pdur}.`},
			{12, `Build '{x13pb}' errored after {x13pdur}: {pick:Timeout waiting for SSH.|Error waiting for AMI: Failed with ResourceNotReady error|Script exited with non-zero exit status: 100. Allowed exit codes are: [0]}`},
			{20, `==> Wait completed after {x13pdur}`},
		}},
		// openHAB's events.log and openhab.log (log4j2 "%d{yyyy-MM-dd
		// HH:mm:ss.SSS} [%-5.5p] [%-36.36c] - %m": the level padded, the
		// logger cut to its last 36 characters and padded): "Item '%s'
		// changed from %s to %s" (openhab.event.ItemStateChangedEvent),
		// "Thing '%s' changed from %s to %s" with a status detail and
		// description ("OFFLINE (COMMUNICATION_ERROR): ...") through
		// "ab.event.ThingStatusInfoChangedEvent" (quoted in
		// openhab/openhab-addons issues #17886 and #1659 and on
		// community.openhab.org, "Trigger fails due to wrong type"); the
		// command, prediction, update, group, thing-updated, model and
		// start level lines written from knowledge of the format.
		{name: "OpenHAB", format: `<Date> <Time> \[<Level>\] \[<Logger>\] - <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Item '", "INFO", "openhab.event.ItemStateChangedEvent"}, {"received command", "INFO", "openhab.event.ItemCommandEvent"},
				{"predicted to become", "INFO", "openhab.event.ItemStatePredictedEvent"}, {"^Thing '", "INFO", "openhab.event.ThingStatusInfoChangedEvent"},
				{"has been updated", "INFO", "openhab.event.ThingUpdatedEvent"}, {"through", "INFO", "openhab.event.GroupItemStateChangedEvent"},
				{"Loading model", "INFO", "org.openhab.core.model.core.internal.ModelRepositoryImpl"}, {"Validation issues", "WARN", "org.openhab.core.model.core.internal.ModelRepositoryImpl"},
				{"Startlevel", "INFO", "org.openhab.core.service.AbstractWatchService"}, {"Failed", "WARN", "org.openhab.core.thing.binding.BaseThingHandler"},
				{"Script execution", "ERROR", "org.openhab.core.automation.module.script.internal.handler.AbstractScriptModuleHandler"},
			}, "INFO", "openhab.event.ItemStateChangedEvent")
			if strings.HasPrefix(c, "Item '") && strings.Contains(c, "received command") {
				f = []string{"INFO", "openhab.event.ItemCommandEvent"}
			} else if strings.HasPrefix(c, "Item '") && strings.Contains(c, "predicted to become") {
				f = []string{"INFO", "openhab.event.ItemStatePredictedEvent"}
			} else if strings.HasPrefix(c, "Item '") && strings.Contains(c, " through ") {
				f = []string{"INFO", "openhab.event.GroupItemStateChangedEvent"}
			} else if strings.HasPrefix(c, "Item '") && strings.Contains(c, " updated to ") {
				f = []string{"INFO", "openhab.event.ItemStateUpdatedEvent"}
			} else if strings.HasPrefix(c, "Thing '") && strings.HasSuffix(c, "has been updated.") {
				f = []string{"INFO", "openhab.event.ThingUpdatedEvent"}
			}
			logger := f[1]
			if len(logger) > 36 {
				logger = logger[len(logger)-36:]
			}
			return fmt.Sprintf("%s.%03d [%-5s] [%-36s] - %s", day(g), g.r.IntN(1000), f[0], logger, c)
		}, events: []event{
			{560, `Item '{x13hitem}' changed from {x13hfrom} to {x13hto}`},
			{300, `Item '{x13hitem}' received command {x13hcmd}`},
			{140, `Item '{x13hitem}' predicted to become {x13hcmd}`},
			{120, `Item '{x13hitem}' updated to {x13hto}`},
			{110, `Item '{x13hgroup}' changed from {x13hfrom} to {x13hto} through {x13hitem}`},
			{190, `Thing '{x13hthing}' changed from {x13hstatus} to {x13hstatus2}`},
			{60, `Thing '{x13hthing}' has been updated.`},
			{25, `Loading model '{pick:default.items|lights.items|heating.rules|home.things|rrd4j.persist|main.sitemap}'`},
			{15, `Validation issues found in configuration model '{pick:heating.rules|home.things|lights.items}', using it anyway:`},
			{10, `Startlevel {pick:30|40|50|70|80|100} reached.`},
			{30, `Failed to {pick:poll|refresh|connect to} '{x13hthing}': {pick:java.net.SocketTimeoutException: Connect timed out|java.net.NoRouteToHostException: No route to host|Total timeout 5000 ms elapsed}`},
			{15, `Script execution of rule with UID '{pick:heating-1|lights-3|presence-2|7b2f3d9e21}' failed: {x13hscripterr}`},
		}},
		// Qdrant's log (Rust's tracing fmt: "%Y-%m-%dT%H:%M:%S.%6fZ LEVEL
		// target: message", the level right-aligned in five): actix-web's
		// Logger middleware lines ("%a \"%r\" %s %b \"%{Referer}i\"
		// \"%{User-Agent}i\" %T", the request line one value),
		// "qdrant::settings: Config file not found: %s",
		// "storage::content_manager::consensus::persistent: Loading raft
		// state from %s", "qdrant::actix::helpers: error processing
		// request: %s" (quoted in qdrant/qdrant issues #3926, #6460, #354
		// and PR #4352); the collection, shard, optimizer, listening and
		// actix server lines written from knowledge of the format.
		{name: "Qdrant", format: `<Timestamp> <Level> <Target>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Config file not found", "WARN", "qdrant::settings"}, {"Loading raft state", "INFO", "storage::content_manager::consensus::persistent"},
				{"error processing request", "ERROR", "qdrant::actix::helpers"}, {"Distributed mode", "INFO", "qdrant"}, {"Telemetry reporting", "INFO", "qdrant"},
				{"Inference service", "INFO", "qdrant"}, {"HTTP listening", "INFO", "qdrant::actix"}, {"gRPC listening", "INFO", "qdrant::tonic"}, {"TLS disabled", "INFO", "qdrant::actix"},
				{"starting service", "INFO", "actix_server::builder"}, {"Actix runtime found", "INFO", "actix_server::server"}, {"Loading collection", "INFO", "collection::shards::local_shard"},
				{"Recovered collection", "INFO", "collection::shards::local_shard"}, {"Creating collection", "INFO", "storage::content_manager::toc::create_collection"},
				{"Optimizer", "DEBUG", "collection::update_handler"}, {"Segment", "DEBUG", "collection::collection_manager::optimizers::segment_optimizer"},
				{"Creating snapshot", "INFO", "collection::shards::local_shard::snapshot"}, {"Deleting collection", "INFO", "storage::content_manager::toc"},
			}, "INFO", "actix_web::middleware::logger")
			return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%06dZ %5s %s: %s", 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000000), f[0], f[1], c)
		}, events: []event{
			{1000, `{ip} "{x13qreq}" {pick:200|200|200|200|200|404|400|409|500} {int} "{pick:-|-|-|http://localhost:6333/dashboard}" "{x13qagent}" {x13qsecs}`},
			{120, `error processing request: {x13qerr}`},
			{15, `Config file not found: {pick:config/development|config/local|config/production}`},
			{15, `Loading raft state from {pick:./storage/raft_state.json|/qdrant/storage/raft_state.json}`},
			{15, `Distributed mode disabled`},
			{15, `Telemetry reporting {pick:enabled|disabled}, id: {uuid}`},
			{12, `Inference service is not configured.`},
			{15, `Qdrant HTTP listening on {pick:6333|6333|8080}`},
			{15, `Qdrant gRPC listening on {pick:6334|6334}`},
			{12, `TLS disabled for REST API`},
			{15, `starting service: "{one:actix-web-service-<x13qbind>}", workers: {small}, listening on: {x13qbindsame}`},
			{12, `Actix runtime found; starting in Actix runtime`},
			{80, `Loading collection: {x13qcoll}`},
			{80, `Recovered collection {x13qcoll}: {small}/{small} ({pick:100|100|50|33}%)`},
			{50, `Creating collection {x13qcoll}`},
			{30, `Deleting collection {x13qcoll}`},
			{150, `Optimizer '{pick:indexing|merge|vacuum|config_mismatch}' running on segments [{x13qsegs}]`},
			{120, `Segment {x13qseg} optimization finished in {x13qdur}`},
			{40, `Creating snapshot {one:<x13qcoll>-<x13qsnap>.snapshot}`},
		}},
		// coturn's log ("%lu: " the server's uptime in seconds, then the
		// message; a session by its 18-digit id): "session %018llu: realm
		// <%s> user <%s>: incoming packet %s processed, success", "session
		// %018llu: new, realm=<%s>, username=<%s>, lifetime=%lu",
		// "refreshed, realm=<%s>, username=<%s>, lifetime=%lu", "peer %s
		// lifetime updated: %lu", "usage: realm=<%s>, username=<%s>,
		// rp=%lu, rb=%lu, sp=%lu, sb=%lu", "closed (2nd stage), user <%s>
		// realm <%s> origin <%s>, local %s, remote %s, reason: %s", "TCP
		// socket closed remotely %s", "IPv4. Local relay addr: %s" (quoted
		// in coturn/coturn issues #543, #814, #450 and #397); the error
		// responses, delete, UDP endpoint, credentials and start-up lines
		// written from knowledge of the format.
		{name: "Coturn", format: `<Uptime>: <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%d: %s", g.r.IntN(90000), c)
		}, events: []event{
			{520, `session {x13csess}: realm <{x13crealm}> user <{x13cuser}>: incoming packet {pick:ALLOCATE|REFRESH|CREATE_PERMISSION|CREATE_PERMISSION|CHANNEL_BIND|BINDING|SEND} processed, success`},
			{130, `session {x13csess}: realm <{x13crealm}> user <{x13cuser}>: incoming packet {pick:ALLOCATE|ALLOCATE|REFRESH|BINDING} processed, error {pick:401: Unauthorized|437: Allocation Mismatch|438: Stale nonce|441: Wrong credentials|486: Allocation Quota Reached}`},
			{150, `{pick:IPv4}. Local relay addr: {ipport}`},
			{150, `session {x13csess}: new, realm=<{x13crealm}>, username=<{x13cuser}>, lifetime={pick:600|600|3600}`},
			{110, `session {x13csess}: refreshed, realm=<{x13crealm}>, username=<{x13cuser}>, lifetime={pick:0|600|600}`},
			{200, `session {x13csess}: peer {ip} lifetime updated: {pick:300|300|600}`},
			{130, `session {x13csess}: usage: realm=<{x13crealm}>, username=<{x13cuser}>, rp={int}, rb={big}, sp={int}, sb={big}`},
			{130, `session {x13csess}: closed (2nd stage), user <{x13cuser}> realm <{x13crealm}> origin <{pick:|https://meet.example.org|https://app.example.com}>, local {ipport}, remote {ipport}, reason: {pick:allocation timeout|allocation timeout|TCP connection closed by client (callback)|refresh with lifetime 0|TLS/TCP socket error}`},
			{80, `session {x13csess}: TCP socket closed remotely {ipport}`},
			{90, `session {x13csess}: delete: realm=<{x13crealm}>, username=<{x13cuser}>`},
			{110, `handle_udp_packet: New UDP endpoint: local addr {ipport}, remote addr {ipport}`},
			{60, `check_stun_auth: Cannot find credentials of user <{x13cuser}>`},
			{40, `{pick:IPv4}. tcp or tls connected to: {ipport}`},
			{20, `Total General servers: {small}`},
			{20, `Relay ports initialization done`},
		}},
		// Lynis's lynis.log ("%Y-%m-%d %H:%M:%S message"): "Performing test
		// ID %s (%s)", "Skipped test %s (%s)", "Reason to skip: %s", "Test:
		// %s", "Result: %s", "IsRunning: process '%s' not found",
		// "Suggestion: %s [test:%s] [details:%s] [solution:%s]", "Warning:
		// %s [test:%s] [details:%s] [solution:%s]", "Hardening: assigned
		// partial number of hardening points (%d). Maximum for this item:
		// %d. Current: %d, total: %d", "Checking permissions of %s", "File
		// permissions are OK", "Action: Performing tests from category:
		// %s", the "===---...---===" separator, "Starting Lynis %s",
		// "Atomic test (%s) skipped by configuration (skip-test)" (quoted
		// in CISOfy/lynis issues #248, #218, #327 and PR #169); the
		// file-found and plugin lines written from knowledge of the format.
		// A test's own Test:/Result: sentences are each a template of
		// their call site; its id and description, passed to the same
		// function everywhere, are values.
		{name: "Lynis", format: `<Date> <Time> <Content>`, header: func(g *gen, c string) string {
			return fmt.Sprintf("%s %s", day(g), c)
		}, events: []event{
			{300, `===---------------------------------------------------------------===`},
			{260, `Performing test ID {x13ltest} ({x13ltestdesc})`},
			{120, `Skipped test {x13ltest} ({x13ltestdesc})`},
			{120, `Reason to skip: {pick:Incorrect guest OS (Linux only)|Incorrect guest OS (FreeBSD only)|Required test not performed|Test not in scope|Prerequisites not met (ie missing tool, other type of Linux distribution)}`},
			{110, `IsRunning: process '{pick:arpwatch|cupsd|auditd|apache2|nginx|postfix|fail2ban-server|clamd}' not found`},
			{90, `Suggestion: {x13lsugg} [test:{x13ltest}] [details:{pick:-|-|-|L|/etc/ssh/sshd_config}] [solution:{pick:-}]`},
			{40, `Warning: {x13lwarn} [test:{x13ltest}] [details:{pick:-|L|M}] [solution:{pick:-}]`},
			{110, `Hardening: assigned {pick:partial|maximum} number of hardening points ({small}). Maximum for this item: {small}. Current: {int}, total: {int}`},
			{90, `Checking permissions of {x13lfile}`},
			{80, `File permissions are OK`},
			{50, `Action: Performing tests from category: {pick:Boot and services|Kernel|Users, Groups and Authentication|Printers and Spools|Networking|SSH Support|File systems|Software: firewalls|Logging and files|Cryptography}`},
			{110, `Result: file {x13lfile} exists`},
			{70, `Result: found {x13lfile}`},
			{40, `Test: Searching {x13lfile}`},
			{40, `Test: checking presence sulogin for single user mode`},
			{30, `Result: option not set, no password needed at single user mode boot`},
			{40, `Test: Checking for presence GRUB2`},
			{30, `Result: cups daemon not running, cups daemon tests skipped`},
			{30, `Atomic test ({x13ltest}:{pick:port|permitrootlogin|loglevel|compression|maxsessions}) skipped by configuration (skip-test)`},
			{8, `Starting Lynis {pick:3.0.9|3.1.1|3.1.4} with PID {pid}, build date {pick:2023-07-19|2024-03-04|2025-01-20}`},
			{8, `Program ended successfully`},
		}},
		// Privoxy's logfile ("%Y-%m-%d %H:%M:%S.%03d thread-id Level:
		// message", the levels those of the debug option: Request, Crunch,
		// Connect, Info, Error, Header, Re-Filter, Redirect): Request's
		// "host/path" and the Info start-up lines "Privoxy version %s",
		// "Program name: %s", "Listening on port %d ..." (quoted in
		// ossec/ossec-docs' Privoxy log samples, in the older Windows
		// header "Privoxy(tid)"); the Unix header, the crunch, connection,
		// header and error lines written from knowledge of the program
		// (jcc.c, gateway.c, parsers.c) without a source looked up. A
		// crunch's reason (Blocked, Redirected, CGI Call, ...) is a value.
		{name: "Privoxy", format: `<Date> <Time> <Thread> <Level>: <Content>`, header: func(g *gen, c string) string {
			f := pickN(c, [][]string{
				{"^Blocked: ", "Crunch"}, {"^Redirected: ", "Crunch"}, {"^CGI Call: ", "Crunch"}, {"^Connection failure: ", "Crunch"},
				{"^DNS failure: ", "Crunch"}, {"^scan: ", "Header"}, {"^Crunching ", "Header"}, {"^New host is: ", "Redirect"}, {"^Privoxy version", "Info"},
				{"^Program name", "Info"}, {"^Listening on port", "Info"}, {"^Loading ", "Info"}, {"^Reloading", "Info"}, {"failed:", "Error"}, {"Empty server", "Error"},
				{"Couldn't deliver", "Error"}, {"^filtering ", "Re-Filter"},
			}, "Connect")
			if strings.IndexByte(c, ' ') < 0 && !strings.HasPrefix(c, "Listening") {
				f = []string{"Request"}
			}
			return fmt.Sprintf("%s.%03d %012x %s: %s", day(g), g.r.IntN(1000), 0x7f0000000000+g.r.Int64N(0xffffffffff), f[0], c)
		}, events: []event{
			{420, `{x13vurl}`},
			{180, `{pick:Blocked|Blocked|Blocked|Redirected|CGI Call|Connection failure|DNS failure}: {x13vfull}`},
			{140, `Accepted connection from {ip} on socket {small}`},
			{130, `Connected to {x13vhost}[{ip}]:{pick:80|443|443|8080}.`},
			{120, `Closing client socket {small}. Keep-alive: {pick:0|1}. Socket alive: {pick:0|1}. Data available: {pick:0|0|1}. Configuration file change detected: 0. Requests received: {small}.`},
			{80, `Waiting for the next client request on socket {small}. Keeping it open for {pick:5|5|60} seconds.`},
			{70, `Reusing server socket {small} connected to {x13vhost}. Total requests: {small}.`},
			{60, `Client request {small} arrived in time on socket {small}.`},
			{40, `The client closed socket {small} while the server socket {small} is still open.`},
			{120, `scan: {x13vheader}`},
			{50, `Crunching client header: {x13vheader} (contains: {pick:Cookie|Referer|User-Agent})`},
			{50, `filtering {x13vhost}{x13vpath} ({int} bytes) with '{pick:banners-by-size|js-annoyances|html-annoyances|img-reorder}' produced {small} hits (new size {int}).`},
			{40, `New host is: {x13vhost}. Old: {x13vhost}`},
			{50, `connect to: {x13vhost} failed: {pick:Connection refused|Operation timed out|No route to host}`},
			{30, `Empty server or forwarder response received on socket {small}.`},
			{20, `Couldn't deliver error message to client socket {small}. Keep-alive: 1. Connection aborted`},
			{8, `Privoxy version {pick:3.0.34|3.0.33|4.0.0}`},
			{8, `Program name: {pick:/usr/sbin/privoxy|/usr/local/sbin/privoxy|C:\Program Files\Privoxy\privoxy.exe}`},
			{8, `Listening on port 8118 on IP address {pick:127.0.0.1|0.0.0.0|::1}`},
			{12, `Loading {pick:filter|actions} file: {pick:/etc/privoxy/default.filter|/etc/privoxy/user.filter|/etc/privoxy/default.action|/etc/privoxy/match-all.action|/etc/privoxy/user.action}`},
			{6, `Reloading configuration file '{pick:/etc/privoxy/config|/usr/local/etc/privoxy/config}'`},
		}},
		// AWS CloudTrail records one JSON object a line (as CloudWatch
		// Logs or a collector writes them: eventVersion, userIdentity,
		// eventTime, eventSource, eventName, awsRegion, sourceIPAddress,
		// userAgent, requestParameters, responseElements, requestID,
		// eventID, readOnly, eventType, managementEvent, recipientAccountId,
		// eventCategory; an error adds errorCode and errorMessage; a
		// console sign-in has eventType AwsConsoleSignIn and
		// additionalEventData): the member names after the CloudTrail user
		// guide's record contents and sign-in event reference (docs.aws.
		// amazon.com, "Non-API events captured by CloudTrail") and
		// Filebeat's aws.cloudtrail fields; each operation's
		// requestParameters written from knowledge of the API without a
		// source looked up. Keys constant, every value a variable (the
		// event's name too: a value of its eventName key); a JSON null is
		// written as CloudTrail writes it.
		{name: "CloudTrail", format: `<Content>`, header: func(g *gen, c string) string { return c }, events: ctEvents([]event{
			{120, `{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"{x13aprin}","arn":"{x13aarn}","accountId":"{x13aacct}","userName":"{x13auser}"},"eventTime":"{rfc}","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"{x13abrowser}","requestParameters":null,"responseElements":{"ConsoleLogin":"{pick:Success|Success|Success|Failure}"},"additionalEventData":{"LoginTo":"https://console.aws.amazon.com/console/home","MobileVersion":"No","MFAUsed":"{pick:Yes|No}"},"eventID":"{uuid}","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"{x13aacct}","eventCategory":"Management"}`},
			{250, `{"eventVersion":"1.08","userIdentity":{"type":"AWSService","invokedBy":"{x13asvc}"},"eventTime":"{rfc}","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"{x13aregion}","sourceIPAddress":"{x13asvcsame}","userAgent":"{x13asvcsame}","requestParameters":{"roleArn":"{x13arole}","roleSessionName":"{x13asess}"},"responseElements":{"credentials":{"accessKeyId":"ASIA{x13akey}","sessionToken":"{x13atoken}","expiration":"{x13aexp}"}},"requestID":"{uuid}","eventID":"{uuid}","readOnly":true,"resources":[{"accountId":"{x13aacct}","type":"AWS::IAM::Role","ARN":"{x13arolesame}"}],"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{x13aacct}","eventCategory":"Management"}`},
			{300, `{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROA{x13akey}:{x13asess}","arn":"{x13aassumed}","accountId":"{x13aacct}","accessKeyId":"ASIA{x13akey}"},"eventTime":"{rfc}","eventSource":"s3.amazonaws.com","eventName":"{pick:GetObject|GetObject|PutObject|DeleteObject|HeadObject}","awsRegion":"{x13aregion}","sourceIPAddress":"{ip}","userAgent":"{x13asdk}","requestParameters":{"bucketName":"{x13abucket}","Host":"{x13abucketsame}.s3.{x13aregionsame}.amazonaws.com","key":"{x13aobj}"},"responseElements":null,"additionalEventData":{"SignatureVersion":"SigV4","CipherSuite":"TLS_AES_128_GCM_SHA256","bytesTransferredIn":{int},"bytesTransferredOut":{int},"AuthenticationMethod":"AuthHeader","x-amz-id-2":"{x13aid2}"},"requestID":"{x13areqid}","eventID":"{uuid}","readOnly":{pick:true|true|false},"resources":[{"type":"AWS::S3::Object","ARN":"arn:aws:s3:::{x13abucketsame}/{x13aobjsame}"},{"accountId":"{x13aacct}","type":"AWS::S3::Bucket","ARN":"arn:aws:s3:::{x13abucketsame}"}],"eventType":"AwsApiCall","managementEvent":false,"recipientAccountId":"{x13aacct}","eventCategory":"Data"}`},
			{200, `{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","principalId":"AROA{x13akey}:{x13asess}","arn":"{x13aassumed}","accountId":"{x13aacct}","accessKeyId":"ASIA{x13akey}"},"eventTime":"{rfc}","eventSource":"ec2.amazonaws.com","eventName":"{pick:DescribeInstances|DescribeInstances|DescribeInstanceStatus}","awsRegion":"{x13aregion}","sourceIPAddress":"{ip}","userAgent":"{x13asdk}","requestParameters":{"instancesSet":{},"filterSet":{"items":[{"name":"{pick:instance-state-name|tag:Name|vpc-id}","valueSet":{"items":[{"value":"{pick:running|web-*|vpc-0a1b2c3d}"}]}}]}},"responseElements":null,"requestID":"{uuid}","eventID":"{uuid}","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{x13aacct}","eventCategory":"Management"}`},
			{170, `{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","principalId":"AROA{x13akey}:{x13asess}","arn":"{x13aassumed}","accountId":"{x13aacct}","accessKeyId":"ASIA{x13akey}"},"eventTime":"{rfc}","eventSource":"kms.amazonaws.com","eventName":"{pick:Decrypt|Decrypt|GenerateDataKey}","awsRegion":"{x13aregion}","sourceIPAddress":"{x13akmsip}","userAgent":"{x13akmsagent}","requestParameters":{"encryptionContext":{"aws:s3:arn":"arn:aws:s3:::{x13abucket}/{x13aobj}"},"encryptionAlgorithm":"SYMMETRIC_DEFAULT"},"responseElements":null,"requestID":"{uuid}","eventID":"{uuid}","readOnly":true,"resources":[{"accountId":"{x13aacct}","type":"AWS::KMS::Key","ARN":"arn:aws:kms:{x13aregionsame}:{x13aacct}:key/{uuid}"}],"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{x13aacct}","eventCategory":"Management"}`},
			{130, `{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"{x13aprin}","arn":"{x13aarn}","accountId":"{x13aacct}","accessKeyId":"AKIA{x13akey}","userName":"{x13auser}"},"eventTime":"{rfc}","eventSource":"{pick:iam.amazonaws.com|ec2.amazonaws.com|s3.amazonaws.com}","eventName":"{pick:CreateUser|AttachRolePolicy|RunInstances|PutBucketPolicy|DeleteBucket}","awsRegion":"{x13aregion}","sourceIPAddress":"{ip}","userAgent":"{x13asdk}","errorCode":"{pick:AccessDenied|AccessDenied|Client.UnauthorizedOperation|NoSuchBucket}","errorMessage":"User: {x13aarnsame} is not authorized to perform: {pick:iam:CreateUser|iam:AttachRolePolicy|ec2:RunInstances|s3:PutBucketPolicy} on resource: {pick:*|arn:aws:iam::123456789012:user/tmp|arn:aws:s3:::prod-logs} because no identity-based policy allows the action","requestParameters":null,"responseElements":null,"requestID":"{uuid}","eventID":"{uuid}","readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{x13aacct}","eventCategory":"Management"}`},
			{60, `{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"{x13aprin}","arn":"{x13aarn}","accountId":"{x13aacct}","accessKeyId":"AKIA{x13akey}","userName":"{x13auser}","sessionContext":{"attributes":{"creationDate":"{rfc}","mfaAuthenticated":"{pick:true|false}"}}},"eventTime":"{rfc}","eventSource":"iam.amazonaws.com","eventName":"CreateAccessKey","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"{x13aiamagent}","requestParameters":{"userName":"{x13auser}"},"responseElements":{"accessKey":{"accessKeyId":"AKIA{x13akey}","status":"Active","userName":"{x13auser}","createDate":"{x13actdate}"}},"requestID":"{uuid}","eventID":"{uuid}","readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{x13aacct}","eventCategory":"Management"}`},
			{50, `{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"{x13aprin}","arn":"{x13aarn}","accountId":"{x13aacct}","accessKeyId":"AKIA{x13akey}","userName":"{x13auser}","sessionContext":{"attributes":{"creationDate":"{rfc}","mfaAuthenticated":"{pick:true|false}"}}},"eventTime":"{rfc}","eventSource":"iam.amazonaws.com","eventName":"{pick:DeleteAccessKey|UpdateAccessKey}","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"{x13aiamagent}","requestParameters":{"userName":"{x13auser}","accessKeyId":"AKIA{x13akey}"},"responseElements":null,"requestID":"{uuid}","eventID":"{uuid}","readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{x13aacct}","eventCategory":"Management"}`},
			{80, `{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","principalId":"AROA{x13akey}:{x13asess}","arn":"{x13aassumed}","accountId":"{x13aacct}","accessKeyId":"ASIA{x13akey}"},"eventTime":"{rfc}","eventSource":"ec2.amazonaws.com","eventName":"{pick:RunInstances|StartInstances|StopInstances|TerminateInstances}","awsRegion":"{x13aregion}","sourceIPAddress":"{ip}","userAgent":"{x13asdk}","requestParameters":{"instancesSet":{"items":[{"instanceId":"i-{x13ahex}"}]}},"responseElements":{"requestId":"{uuid}","instancesSet":{"items":[{"instanceId":"i-{x13ahex}","currentState":{"code":{pick:0|16|64|80},"name":"{pick:pending|running|stopping|stopped}"},"previousState":{"code":{pick:0|16|64|80},"name":"{pick:pending|running|stopping|stopped}"}}]}},"requestID":"{uuid}","eventID":"{uuid}","readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{x13aacct}","eventCategory":"Management"}`},
			{50, `{"eventVersion":"1.08","userIdentity":{"accountId":"{x13aacct}","invokedBy":"kms.amazonaws.com"},"eventTime":"{rfc}","eventSource":"kms.amazonaws.com","eventName":"{pick:RotateKey|KMSKeyRotation|DeleteExpiredKeyMaterial}","awsRegion":"{x13aregion}","sourceIPAddress":"kms.amazonaws.com","userAgent":"kms.amazonaws.com","requestParameters":null,"responseElements":null,"eventID":"{uuid}","readOnly":false,"resources":[{"accountId":"{x13aacct}","type":"AWS::KMS::Key","ARN":"arn:aws:kms:{x13aregionsame}:{x13aacct}:key/{uuid}"}],"eventType":"AwsServiceEvent","managementEvent":true,"recipientAccountId":"{x13aacct}","serviceEventDetails":{"keyId":"{uuid}"},"eventCategory":"Management"}`},
		})},
	}
}

// ctValue is a CloudTrail member whose value is a JSON string.
var ctValue = regexp.MustCompile(`"([^"]+)":"([^"]*)"`)

// ctEvents makes every string value of CloudTrail specs a variable: a
// literal one a slot of its own text, one written from parts (an ARN, a
// host) one value whole; errorMessage, the service's message, keeps its
// format string; eventVersion, the record's first member, draws the
// record's account, caller, region and session (x13aver).
func ctEvents(evs []event) []event {
	out := make([]event, len(evs))
	for i, e := range evs {
		spec := strings.Replace(strings.Replace(e.spec, `"eventVersion":"1.08"`, `"eventVersion":"{x13aver}"`, 1), `"eventVersion":"1.09"`, `"eventVersion":"{x13aver}"`, 1)
		spec = ctValue.ReplaceAllStringFunc(spec, func(m string) string {
			sm := ctValue.FindStringSubmatch(m)
			k, v := sm[1], sm[2]
			switch {
			case k == "errorMessage":
				return m
			case strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}") && strings.Count(v, "{") == 1:
				return m
			case strings.Contains(v, "{"):
				return `"` + k + `":"{one:` + strings.NewReplacer("{", "<", "}", ">").Replace(v) + `}"`
			}
			return `"` + k + `":"{pick:` + v + `}"`
		})
		out[i] = event{e.weight, spec}
	}
	return out
}

// openhabItems are items by kind: what their states and commands are.
var openhabItems = [][2]string{
	{"Switch", "Kitchen_Light"}, {"Switch", "Garden_Pump"}, {"Switch", "Hallway_Motion_Presence"}, {"Dimmer", "LivingRoom_Dimmer"},
	{"NumberT", "Bathroom_Temperature"}, {"NumberW", "Deye_inverterTotalAcOutputPower"}, {"NumberH", "Office_Humidity"},
	{"Contact", "FrontDoor_Contact"}, {"Contact", "Window_Bedroom"}, {"Rollershutter", "Shutter_South"}, {"String", "kodi_mediatype"},
	{"DateTime", "Astro_Sunset_Start"}, {"NumberS", "Status_alle_Heizungen"},
}

func (g *gen) openhabState(kind string) string {
	r := g.r
	switch kind {
	case "Switch":
		return g.pick("ON", "OFF")
	case "Dimmer", "Rollershutter":
		return strconv.Itoa(10 * r.IntN(11))
	case "NumberT":
		return strconv.FormatFloat(15+r.Float64()*10, 'f', 1, 64) + " °C"
	case "NumberW":
		return strconv.Itoa(r.IntN(4000)) + " W"
	case "NumberH":
		return strconv.Itoa(30+r.IntN(60)) + " %"
	case "NumberS": // a status number, restored from persistence as a float
		return g.pick(strconv.Itoa(r.IntN(3)), strconv.Itoa(r.IntN(3)), strconv.Itoa(r.IntN(3))+".0")
	case "Contact":
		return g.pick("OPEN", "CLOSED")
	case "String":
		return g.pick("song", "movie", "episode", "", "unknown")
	}
	return fmt.Sprintf("2026-12-%02dT%02d:%02d:00.000+0100", 1+r.IntN(28), 15+r.IntN(3), r.IntN(60))
}

func (g *gen) holdout13(kind string) (string, bool) {
	r := g.r
	if k, ok := strings.CutPrefix(kind, "x13tlist:"); ok { // Telegraf's loaded plugins, sorted, counted when several
		all := []string{"cpu", "disk", "diskio", "kernel", "mem", "net", "ping", "processes", "snmp", "swap", "system", "docker", "smart", "modbus", "mqtt_consumer"}
		if k == "out" {
			all = []string{"influxdb", "influxdb_v2", "prometheus_client", "file", "kafka"}
		}
		n := 1 + r.IntN(min(6, len(all)))
		var s []string
		for _, i := range r.Perm(len(all))[:n] {
			name := all[i]
			if r.IntN(4) == 0 {
				name += fmt.Sprintf(" (%dx)", 2+r.IntN(800))
			}
			s = append(s, name)
		}
		sort.Strings(s)
		return strings.Join(s, " "), true
	}
	switch kind {
	// Telegraf
	case "x13tin":
		return "inputs." + g.pick("snmp", "ping", "docker", "smart", "modbus", "http_response", "mysql", "influxdb", "cpu", "exec") + g.pick("", "", "", "::core-switches", "::plc1"), true
	case "x13tsnmp":
		return "inputs.snmp" + g.pick("", "", "::synology", "::core"), true
	case "x13tout":
		return "outputs." + g.pick("influxdb", "influxdb", "influxdb_v2", "prometheus_client", "kafka", "file"), true
	case "x13terr":
		return g.pick(`[url=http://`+g.pick("wrong.local", "influx.lan", "10.0.4.2")+`:8086/debug/vars]: Get "http://influx.lan:8086/debug/vars": dial tcp: lookup influx.lan: no such host`,
			`Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info": dial unix /var/run/docker.sock: connect: permission denied`,
			"failed to run command /usr/sbin/smartctl: exit status 2 - ", "agent "+g.value("ip")+": performing get on field sysUpTime: request timeout (after 3 retries)",
			"slave "+strconv.Itoa(1+r.IntN(20))+": modbus: exception '2' (illegal data address), function '131'",
			"Error 1045 (28000): Access denied for user 'telegraf'@'"+g.value("ip")+"' (using password: YES)", "exec: exit status 1 for command '/usr/local/bin/check_raid.sh': ",
			"could not get hostname: lookup "+g.pick("nas", "sw-core-1")+" on 127.0.0.53:53: server misbehaving"), true
	case "x13tmibpath":
		return g.pick("/usr/share/snmp/mibs/usr/share/snmp/mibs", "/var/lib/mibs/ietf/IANA-ADDRESS-FAMILY-NUMBERS-MIB", "/opt/mibs/SYNOLOGY-DISK-MIB"), true
	case "x13tdur":
		return g.pick(strconv.Itoa(1+r.IntN(900))+"."+strconv.Itoa(r.IntN(999999))+"ms", strconv.Itoa(1+r.IntN(900))+"."+strconv.Itoa(r.IntN(999))+"µs", "1."+strconv.Itoa(r.IntN(999999))+"s"), true
	case "x13turl":
		return g.pick("http://127.0.0.1:8086", "http://influxdb:8086", "https://metrics.example.com:8086", "http://10.0.4.2:8086"), true
	case "x13twerr":
		return g.pick(`failed doing req: Post "http://influxdb:8086/write?db=telegraf": dial tcp `+g.value("ipport")+`: connect: connection refused`,
			`received error partial write: field type conflict: input field "value" on measurement "`+g.pick("cpu", "disk", "mem")+`" is type float, already exists as type integer dropped=`+strconv.Itoa(1+r.IntN(20))+`; discarding points`,
			"401 Unauthorized: unable to parse authentication credentials", `Post "http://127.0.0.1:8086/write?db=telegraf": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`), true
	case "x13tdrop":
		return g.pick("partial write: points beyond retention policy dropped=", "unprocessable entity: field type conflict dropped=") + strconv.Itoa(1+r.IntN(50)), true
	case "x13tver":
		return g.pick("1.32.0", "1.30.3", "1.33.1", "1.28.5"), true
	case "x13thost":
		return g.pick("subchromat", "nas", "grafana-01", "edge-gw-3", "web-01.example.com"), true

	// Tor
	case "x13obpct": // a bootstrap phase: its percent, then its tag and summary (x13obtag, x13obsum)
		i := r.IntN(len(torPhases))
		g.h13[0], g.h13[1] = torPhases[i][1], torPhases[i][2]
		if torPhases[i][1] == "loading_descriptors" {
			return strconv.Itoa(50 + r.IntN(25)), true
		}
		return torPhases[i][0], true
	case "x13obtag":
		return g.h13[0], true
	case "x13obsum":
		return g.h13[1], true
	case "x13over":
		return g.pick("0.4.8.10", "0.4.8.13", "0.4.7.10", "0.4.9.8 (git-e170cdcfebd45f6d)"), true
	case "x13otorrc":
		return g.pick("/etc/tor/torrc", "/var/tmp/dist/tor/etc/tor/torrc", `C:\Users\alice\AppData\Local\Tor\torrc`, "/usr/local/etc/tor/torrc"), true
	case "x13orel":
		return g.pick("/home/alice/tor/geoip", "/opt/tor/../data", `C:\Users\alice\AppData\Local\Tor\<default>`), true
	case "x13oup":
		return g.pick(strconv.Itoa(1+r.IntN(40))+" days "+fmt.Sprintf("%d:%02d hours", r.IntN(24), r.IntN(60)), fmt.Sprintf("%d:%02d hours", r.IntN(24), r.IntN(60)), strconv.Itoa(1+r.IntN(59))+" minutes"), true
	case "x13obytes":
		return g.pick(strconv.FormatFloat(r.Float64()*900, 'f', 2, 64)+" MB", strconv.FormatFloat(r.Float64()*90, 'f', 2, 64)+" GB", strconv.Itoa(r.IntN(999))+" kB"), true
	case "x13obridge":
		g.h13[2] = g.pick("flakey1", "crusty5", "Unnamed", "riseup", "hetzner7relay", "torproxy01")
		return g.h13[2], true
	case "x13obridgesame":
		return g.h13[2], true
	case "x13ofp":
		return strings.ToUpper(g.hexN(40)), true
	case "x13ob64":
		return g.base36(43), true
	case "x13odirinfo":
		return g.pick(fmt.Sprintf("We're missing descriptors for 1/3 of our primary entry guards (total microdescriptors: %d/%d). That's ok. We will try to fetch missing descriptors soon.", 7000+r.IntN(300), 7169),
			"We have no usable consensus.", fmt.Sprintf("We have only %d/%d usable microdescriptors.", r.IntN(3000), 7000+r.IntN(300))), true

	// rsync
	case "x13rhost":
		return g.pick("backup01.example.com", "UNKNOWN", "ws-alice.lan", "mirror.example.net", "ip-10-0-3-17.ec2.internal"), true
	case "x13rmod":
		return g.pick("backup", "www", "pub", "mirror", "home", "ftp"), true
	case "x13rmodpath":
		return g.value("x13rmod") + "/" + g.pick("", "", "debian/pool/main/", "daily/2026-12-06/", "alice/"), true
	case "x13ruser":
		return g.pick("", "", "", "backup", "alice", "mirror"), true
	case "x13ruserat":
		if u := g.value("x13ruser"); u != "" {
			return u + "@", true
		}
		return "", true
	case "x13rfile":
		return g.pick("debian/pool/main/n/nginx/nginx_1.26.0-1_amd64.deb", "daily/etc.tar.gz", "alice/Documents/report final.pdf", "index.html", "db/dump-2026-12-06.sql.gz", "photos/IMG_0042.JPG"), true
	case "x13rabs":
		return g.pick("/srv/backup/daily/etc.tar.gz", "/var/www/html/.well-known", "/home/alice/.cache", "/srv/mirror/debian/dists/bookworm/Release"), true
	case "x13rnum":
		n := r.Int64N(90000000000)
		s := strconv.FormatInt(n, 10)
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		return b.String(), true
	case "x13rfname": // rsync's full_fname(): the quoted path and, in a module, the module
		return fmt.Sprintf("%q (in %s)", g.value("x13rabs"), g.value("x13rmod")), true
	case "x13rver":
		return g.pick("3.2.7", "3.2.7", "3.3.0", "3.1.3"), true

	// Windows Installer
	case "x13mpt":
		return fmt.Sprintf("%02X:%02X", r.IntN(256), r.IntN(256)), true
	case "x13mtime":
		return fmt.Sprintf("%02d:%02d:%02d:%03d", r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)), true
	case "x13mhms":
		return fmt.Sprintf("%d:%02d:%02d", r.IntN(24), r.IntN(60), r.IntN(60)), true
	case "x13mdate":
		return fmt.Sprintf("12/%d/2026", 1+r.IntN(28)), true
	case "x13maction":
		return g.pick("INSTALL", "CostInitialize", "FileCost", "CostFinalize", "InstallValidate", "InstallInitialize", "ProcessComponents", "InstallFiles",
			"CreateShortcuts", "WriteRegistryValues", "InstallServices", "StartServices", "RegisterProduct", "PublishProduct", "InstallFinalize",
			"FindRelatedProducts", "AppSearch", "LaunchConditions", "ValidateProductID", "RemoveExistingProducts", "WixRollbackInternetShortcuts",
			"AI_DETECT_MODERNWIN", "SetWIXUI_EXITDIALOGOPTIONALCHECKBOXTEXT", "CA_ConfigureService"), true
	case "x13mtable":
		return g.pick("ActionText", "MsiShortcutProperty", "MsiAssembly", "Class", "Extension", "TypeLib", "Patch", "PatchPackage", "CustomAction", "Error", "MsiLockPermissionsEx", "Registry"), true
	case "x13mprop":
		return g.pick("ACTION", "INSTALLLEVEL", "ProductName", "ProductCode", "INSTALLDIR", "ALLUSERS", "CostingComplete", "OutOfDiskSpace", "PrimaryVolumeSpaceAvailable",
			"SourceDir", "AdminUser", "MsiRunningElevated", "Privileged", "DATABASE", "WIX_UPGRADE_DETECTED", "ARPINSTALLLOCATION", "ROOTDRIVE", "VersionNT", "SECONDSEQUENCE", "ADDLOCAL"), true
	case "x13mpval":
		return g.pick("1", "0", "INSTALL", `C:\Program Files\Acme Agent\`, "{"+strings.ToUpper(g.value("uuid"))+"}", `C:\Windows\Installer\40b80c8.msi`, "ProductFeature", "603", "", `C:\`, "Acme Agent 4.2", "[INSTALLDIR]README.html"), true
	case "x13mpolicy":
		return g.pick("MsiDisableEmbeddedUI", "DisableRollback", "DisableAutomaticApplicationShutdown", "DisableUserInstalls", "AlwaysInstallElevated", "EnableAdminTSRemote", "DisablePatch"), true
	case "x13mdll":
		return `C:\Windows\Installer\MSI` + strings.ToUpper(g.hexN(4)) + ".tmp", true
	case "x13mentry":
		return g.pick("DetectModernWindows", "EnableDebugLog", "DpiContentScale", "WixQueryOsInfo", "CAQuietExec64", "SchedServiceConfig", "CheckPrereqs"), true
	case "x13mfolder":
		return g.pick(`C:\Users\alice\AppData\Roaming`, `C:\Users\alice\Favorites`, `C:\ProgramData\Microsoft\Windows\Start Menu\Programs`, `C:\Windows\Fonts\`, `C:\Program Files (x86)\`), true
	case "x13mopname":
		return g.pick("FileCopy", "RegAddValue", "ComponentRegister", "ProgressTotal", "SetTargetFolder", "ServiceInstall", "ActionStart", "CacheSizeFlush"), true
	case "x13mopargs":
		return g.pick(fmt.Sprintf("SourceName=agent.exe|agent.exe,SourceCabKey=fil%s,DestName=agent.exe,Attributes=512,FileSize=%d,PerTick=65536,,VerifyMedia=1,,,,,CheckCRC=0,Version=4.2.%d.0,Language=0,InstallMode=58982400,,,,,,,", strings.ToUpper(g.hexN(8)), r.IntN(9000000), r.IntN(900)),
			"Name=InstallPath,Value=C:\\Program Files\\Acme Agent\\,", fmt.Sprintf("Total=%d,Type=1,ByteEquivalent=24000", r.IntN(900)),
			fmt.Sprintf("ComponentId={%s},KeyPath=C:\\Program Files\\Acme Agent\\agent.exe,State=3,,Disk=1,SharedDllRefCount=0,BinaryType=0", strings.ToUpper(g.value("uuid"))),
			"Name=AcmeAgent,DisplayName=Acme Agent,ImagePath=\"C:\\Program Files\\Acme Agent\\agent.exe\",ServiceType=16,StartType=2,ErrorControl=1,,,,,,,,"), true
	case "x13mcomp":
		return g.pick("cmpAgentExe", "cmp4F2A1C3B", "RegistryEntries", "ApplicationShortcut", "ProductComponent", "__Config65"), true
	case "x13mfeat":
		return g.pick("ProductFeature", "Complete", "DocumentationFeature", "MainFeature", "OpenSSH"), true
	case "x13mproduct":
		return g.pick("Acme Agent 4.2", "Java SE Development Kit 8 Update 112 (64-bit)", "Lithnet Password Protection for Active Directory", "OpenSSH", "ownCloud", "Wazuh Agent"), true
	case "x13mver":
		return g.pick("4.2.118.0", "8.0.1120.15", "1.1.42", "9.5.0.0", "4.9.2"), true
	case "x13mmaker":
		return g.pick("Acme Corp", "Oracle Corporation", "Lithnet", "Microsoft Corporation", "Wazuh, Inc"), true
	case "x13msvc":
		g.h13[3] = g.pick("AcmeAgent", "WazuhSvc", "sshd", "ownCloudSync")
		return g.h13[3], true
	case "x13msvcsame":
		return g.h13[3], true

	// Nextflow
	case "x13nproj":
		return g.pick("nf-core/rnaseq", "nextflow-io/hello", "nf-core/sarek", "riboviz/riboviz", "cellgeni/cellatac", "main.nf"), true
	case "x13ncli": // the command line the launcher was given
		return "nextflow run " + g.value("x13nproj") + " " + g.pick("-profile docker", "-resume", "-profile singularity,cluster -resume", "-c custom.config", "-process.executor sge -process.queue all.q"), true
	case "x13nver":
		return g.pick("24.04.4 build 5917", "23.10.1 build 5891", "24.10.2 build 5932", "0.21.1"), true
	case "x13nrun":
		return g.pick("serene_noyce", "hungry_curie", "elated_hopper", "nostalgic_turing", "silly_lovelace"), true
	case "x13nrev":
		return g.hexN(10), true
	case "x13ngit":
		return g.pick("/home/alice/.nextflow/assets/nf-core/rnaseq", "/.nextflow/assets/nextflow-io/hello", "/data/pipelines/.nextflow/assets/nf-core/sarek"), true
	case "x13nconf":
		return g.pick("/home/alice/.nextflow/assets/nf-core/rnaseq/nextflow.config", "/softwares/nextflow/nextflow.config", "/data/project/custom.config", "/home/alice/.nextflow/config"), true
	case "x13nhash":
		return g.hexN(2) + "/" + g.hexN(6), true
	case "x13ntask": // a task's name: its process and, in brackets, its tag or index
		p := g.pick("FASTQC", "MULTIQC", "TRIMGALORE", "STAR_ALIGN", "seq2profile", "buildIndicesrRNA", "sample_demux", "NFCORE_RNASEQ:RNASEQ:SALMON_QUANT", "prepare_cr_single")
		if p == "MULTIQC" {
			return p, true
		}
		return p + " (" + g.pick("sample"+strconv.Itoa(1+r.IntN(48)), strconv.Itoa(1+r.IntN(200)), "ATTAC", "CAACA", "A-Dm_2014_rRNA", "cr-prep 400", "sample-crsingle batch-ah", "WT_REP1") + ")", true
	case "x13nwork":
		return g.pick("/data/work/", "/mnt/scratch/alice/work/", "s3://acme-nf/work/") + g.hexN(2) + "/" + g.hexN(30), true
	case "x13nworkroot":
		return g.pick("/data/work", "/mnt/scratch/alice/work", "/avere/home/mzhong/sandbox/nf-variant-pipeline/work"), true
	case "x13nidx":
		n := 1 + r.IntN(3)
		s := make([]string, n)
		for i := range s {
			s[i] = strconv.Itoa(r.IntN(5))
		}
		return strings.Join(s, ", "), true
	case "x13nprocs":
		return g.pick("FASTQC, MULTIQC, TRIMGALORE", "prepare_cr_single, make_big_matrix, cusanovich_clustering, sample_demux", "sayHello", "STAR_ALIGN, SALMON_QUANT, FASTQC, MULTIQC, DESEQ2_QC"), true

	// Packer
	case "x13pb":
		return g.pick("amazon-ebs.ubuntu", "amazon-ebs.ubuntu", "amazon-ebs.amazon-linux", "amazon-ebs", "amazon-ebs.windows-2022"), true
	case "x13pami":
		return g.pick("packer-ubuntu-24.04-", "base-al2023-", "polaris-web-", "sample-app-") + strconv.Itoa(1765000000+r.IntN(3000000)), true
	case "x13pscript":
		return g.pick("/tmp/packer-shell"+strconv.Itoa(100000000+r.IntN(900000000)), "scripts/install.sh", "scripts/harden.sh", "./setup-app.sh"), true
	case "x13papt": // a provisioner's own output, relayed line by line
		return g.pick("Reading package lists...", "Building dependency tree...", fmt.Sprintf("Get:%d http://archive.ubuntu.com/ubuntu noble/main amd64 nginx amd64 1.24.0-2ubuntu7 [%d kB]", 1+r.IntN(40), r.IntN(900)),
			fmt.Sprintf("Setting up %s ...", g.pick("nginx (1.24.0-2ubuntu7)", "nodejs (20.11.1-1)", "awscli (2.15.30)")), "+ sudo systemctl enable app", fmt.Sprintf("Fetched %d kB in %ds (%d kB/s)", r.IntN(90000), 1+r.IntN(20), r.IntN(9000))), true
	case "x13pinst":
		return "i-" + g.hexN(17), true
	case "x13pamiid":
		return "ami-" + g.hexN(17), true
	case "x13psrc":
		return g.pick("app/", "files/nginx.conf", "../dist/app.tar.gz"), true
	case "x13pdst":
		return g.pick("/tmp/app", "/etc/nginx/nginx.conf", "/home/ubuntu/app.tar.gz"), true
	case "x13pdur":
		return g.pick(fmt.Sprintf("%d minutes %d seconds", 1+r.IntN(20), r.IntN(60)), fmt.Sprintf("%d minutes %d seconds", 1+r.IntN(20), r.IntN(60)), fmt.Sprintf("%d seconds", 1+r.IntN(59)), "1 second"), true

	// openHAB
	case "x13hitem":
		it := openhabItems[r.IntN(len(openhabItems))]
		g.h13[0] = it[0]
		return it[1], true
	case "x13hgroup": // a group, of its members' kind, and the member that changed it (x13hitem after it)
		grp := [][2]string{{"Switch", "gLights"}, {"Contact", "gWindows"}, {"NumberT", "gTemperatures"}, {"Switch", "gPresence"}}[r.IntN(4)]
		g.h13[0] = grp[0]
		return grp[1], true
	case "x13hfrom": // a state, then another (x13hto): a change
		if g.h13[0] == "" {
			g.h13[0] = "Switch"
		}
		v := g.openhabState(g.h13[0])
		if r.IntN(8) == 0 {
			v = "NULL"
		}
		g.h13[1] = v
		return v, true
	case "x13hto":
		if g.h13[0] == "" {
			g.h13[0] = "Switch"
		}
		for {
			if v := g.openhabState(g.h13[0]); v != g.h13[1] {
				g.h13[1] = ""
				return v, true
			}
		}
	case "x13hcmd":
		switch g.h13[0] {
		case "Switch":
			return g.pick("ON", "OFF"), true
		case "Dimmer":
			return g.pick("ON", "OFF", "INCREASE", "DECREASE", strconv.Itoa(10*r.IntN(11))), true
		case "Rollershutter":
			return g.pick("UP", "DOWN", "STOP", strconv.Itoa(10*r.IntN(11))), true
		case "NumberT", "NumberS":
			return g.pick("21.5", "REFRESH", strconv.Itoa(r.IntN(3))), true
		}
		return "REFRESH", true
	case "x13hthing":
		return g.pick("solarman:logger:DeyeM80G4", "kodi:kodi:35c092e5-b61a-f18a-4876-55b901ae85c1", "mqtt:topic:broker:shelly1", "zwave:device:controller:node12",
			"hue:0210:bridge:7", "fsinternetradio:radio:RadioWiGa", "astro:sun:local"), true
	case "x13hstatus", "x13hstatus2": // a thing's status with its detail and description, then another
		var v string
		for {
			v = g.pick("ONLINE", "ONLINE", "OFFLINE (COMMUNICATION_ERROR): Error fetching data from logger", "OFFLINE (COMMUNICATION_ERROR): java.net.NoRouteToHostException: No route to host",
				"OFFLINE", "UNKNOWN", "INITIALIZING", "OFFLINE (BRIDGE_OFFLINE)", "UNINITIALIZED (HANDLER_CONFIGURATION_PENDING)", "REMOVING")
			if kind == "x13hstatus" || status(v) != status(g.h13[2]) {
				break
			}
		}
		g.h13[2] = v
		return v, true
	case "x13hscripterr":
		return g.pick("cannot invoke method public abstract java.lang.String org.openhab.core.types.State.toString() on null",
			fmt.Sprintf("Could not cast NULL to org.openhab.core.library.types.DecimalType; line %d, column %d", 10+r.IntN(200), 1+r.IntN(60))), true

	// Qdrant
	case "x13qreq":
		c := g.value("x13qcoll")
		return g.pick("POST /collections/"+c+"/points/search HTTP/1.1", "PUT /collections/"+c+"/points?wait=true HTTP/1.1", "POST /collections/"+c+"/points/search?timeout=60 HTTP/1.1",
			"GET /collections HTTP/1.1", "GET /collections/"+c+" HTTP/1.1", "POST /collections/"+c+"/points/query HTTP/1.1", "DELETE /collections/"+c+" HTTP/1.1", "GET /healthz HTTP/1.1"), true
	case "x13qcoll":
		return g.pick("test_collection", "stress_collection", "docs", "products-emb-v2", "memories", "rag_chunks"), true
	case "x13qagent":
		return g.pick("python-httpx/0.27.0", "k6/0.35.0 (https://k6.io/)", "qdrant-js/1.9.0", "curl/8.5.0", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"), true
	case "x13qsecs":
		return fmt.Sprintf("0.%06d", r.IntN(90000)), true
	case "x13qerr":
		return g.pick(fmt.Sprintf("1 of 1 read operations failed: Service internal error: Inconsistent storage: Vector storage 'sparse-vector' is inconsistent, total_vector_count: %d, point_offset: %d", r.IntN(9000), r.IntN(9000)),
			"Wrong input: Vector dimension error: expected dim: 1536, got 768", "Not found: Collection `"+g.value("x13qcoll")+"` doesn't exist!", "Timeout error: Operation 'Search' timed out after 60 seconds",
			"Bad request: Index required but not found for \"user_id\" of one of the following types: [keyword]. Help: Create an index for this key or use a different filter."), true
	case "x13qbind":
		g.h13[0] = g.pick("0.0.0.0:6333", "0.0.0.0:6333", "[::]:6333", "127.0.0.1:6333")
		return g.h13[0], true
	case "x13qbindsame":
		return g.h13[0], true
	case "x13qsegs":
		n := 1 + r.IntN(4)
		s := make([]string, n)
		for i := range s {
			s[i] = strconv.Itoa(r.IntN(9000000000))
		}
		return strings.Join(s, ", "), true
	case "x13qseg":
		return strconv.Itoa(r.IntN(9000000000)), true
	case "x13qdur":
		return g.pick(strconv.FormatFloat(r.Float64()*900, 'f', 3, 64)+"ms", strconv.FormatFloat(r.Float64()*90, 'f', 3, 64)+"s"), true
	case "x13qsnap":
		return fmt.Sprintf("%d-%d-2026-12-%02d-%02d-%02d-%02d", 100000000000000+r.Int64N(900000000000000), r.IntN(9), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), true

	// coturn
	case "x13csess":
		return fmt.Sprintf("%03d%015d", r.IntN(12), 1+r.IntN(60)), true
	case "x13crealm":
		return g.pick("", "myrealm.org", "turn.example.com", "ndn.ndac.net", "meet.example.org"), true
	case "x13cuser":
		return g.pick("", "", "myusername", "ndn", fmt.Sprintf("%d:%s", 1765000000+r.IntN(900000), g.pick("alice", "905330202827", "guest")), "webrtc"), true

	// Lynis
	case "x13ltest": // a test's id, then its description (x13ltestdesc)
		t := lynisTests[r.IntN(len(lynisTests))]
		g.h13[4] = t[1]
		return t[0], true
	case "x13ltestdesc":
		return g.h13[4], true
	case "x13lsugg":
		return g.pick("Consider running ARP monitoring software (arpwatch)", "Set password for single user mode to minimize physical access attack surface",
			"Install a PAM module for password strength testing like pam_cracklib or pam_passwdqc", "Consider hardening SSH configuration", "Enable process accounting",
			"Install debsums utility for the verification of packages with known good database.", "Harden compilers like restricting access to root user only"), true
	case "x13lwarn":
		return g.pick("No password set for single mode", "Found some information disclosure in SMTP banner (OS or software name)", "iptables module(s) loaded, but no rules active",
			"Couldn't find 2 responsive nameservers"), true
	case "x13lfile":
		return g.pick("/etc/inittab", "/etc/sysconfig/init", "/boot/grub/grub.cfg", "/etc/ssh/sshd_config", "/etc/login.defs", "/etc/pam.d/common-password", "<LYNISDIR>/include/tests_printers_spools", "/etc/cron.allow"), true

	// Privoxy
	case "x13vhost":
		return g.pick("www.example.com", "ads.doubleclick.net", "pagead2.googlesyndication.com", "cdn.jsdelivr.net", "suggestqueries.google.com", "config.privoxy.org", "www.javascript-page.com"), true
	case "x13vpath":
		return g.pick("/", "/favicon.ico", "/complete/search?output=firefox&client=firefox&q=huge+pine", "/npm/jquery@3.7.1/dist/jquery.min.js", "/pagead/js/adsbygoogle.js", "/jdate.gif", "/send-stylesheet"), true
	case "x13vurl": // what Request: logs: host and path
		return g.value("x13vhost") + g.value("x13vpath"), true
	case "x13vfull":
		return g.pick("http://", "https://") + g.value("x13vurl"), true
	case "x13vheader":
		return g.pick("Host: "+g.value("x13vhost"), "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Accept-Encoding: gzip, deflate, br",
			"Referer: https://"+g.value("x13vhost")+"/", "Cookie: _ga=GA1.2."+strconv.Itoa(r.IntN(999999999)), "Connection: keep-alive", "Proxy-Connection: keep-alive"), true

	// CloudTrail
	case "x13aver": // the record's first member: draws its account, caller, region and session
		g.h13[0] = g.pick("123456789012", "210987654321", "444455556666")
		g.h13[1] = g.pick("alice", "ci-deployer", "bob", "terraform", "Mary_Major")
		g.h13[2] = g.pick("us-east-1", "us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2")
		g.h13[3] = g.pick("i-0a1b2c3d4e5f67890", "botocore-session-"+strconv.Itoa(1765000000+r.IntN(900000)), "alice@example.com", "GitHubActions", "aws-go-sdk-"+strconv.Itoa(1765000000000+r.IntN(900000)))
		g.h13[4] = strings.ToUpper(g.base36(16))
		return g.pick("1.08", "1.08", "1.09", "1.10"), true
	case "x13aacct":
		return g.h13[0], true
	case "x13auser":
		return g.h13[1], true
	case "x13aarn", "x13aarnsame":
		return "arn:aws:iam::" + g.h13[0] + ":user/" + g.h13[1], true
	case "x13aprin":
		return "AIDA" + strings.ToUpper(g.base36(17)), true
	case "x13aregion", "x13aregionsame":
		return g.h13[2], true
	case "x13asess":
		return g.h13[3], true
	case "x13akey":
		return g.h13[4], true
	case "x13arole":
		g.h13[7] = "arn:aws:iam::" + g.h13[0] + ":role/" + g.pick("app-ec2-role", "lambda-exec", "ecsTaskExecutionRole", "OrganizationAccountAccessRole")
		return g.h13[7], true
	case "x13arolesame":
		return g.h13[7], true
	case "x13asvc": // the service that called, then the same as the call's source and agent
		g.h13[5] = g.pick("ec2.amazonaws.com", "lambda.amazonaws.com", "ecs-tasks.amazonaws.com")
		return g.h13[5], true
	case "x13asvcsame":
		return g.h13[5], true
	case "x13aassumed":
		return "arn:aws:sts::" + g.h13[0] + ":assumed-role/" + g.pick("app-ec2-role", "lambda-exec", "ecsTaskExecutionRole", "github-oidc-deploy") + "/" + g.h13[3], true
	case "x13abrowser":
		return g.pick("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"), true
	case "x13asdk":
		return g.pick("aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0-1016-aws exe/x86_64.ubuntu.22 prompt/off command/s3.cp", "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.12.2 cfg/retry-mode#legacy Botocore/1.34.69",
			"aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.2 md/GOOS#linux md/GOARCH#amd64 api/ec2#1.156.0", "APN/1.0 HashiCorp/1.0 Terraform/1.8.2 (+https://www.terraform.io) terraform-provider-aws/5.46.0", "[S3Console/0.4]"), true
	case "x13akmsip": // a caller's address, or the service that called on its behalf (its agent too: x13akmsagent)
		g.h13[5] = g.pick("", "s3.amazonaws.com", "secretsmanager.amazonaws.com")
		if g.h13[5] == "" {
			return g.value("ip"), true
		}
		return g.h13[5], true
	case "x13akmsagent":
		if g.h13[5] == "" {
			return g.value("x13asdk"), true
		}
		return g.h13[5], true
	case "x13aiamagent":
		return g.pick("AWS Internal", "console.amazonaws.com", g.value("x13asdk")), true
	case "x13atoken":
		return "IQoJb3JpZ2luX2Vj" + g.base36(60), true
	case "x13aexp", "x13actdate":
		return fmt.Sprintf("Dec %d, 2026, %d:%02d:%02d AM", 1+r.IntN(28), 1+r.IntN(12), r.IntN(60), r.IntN(60)), true
	case "x13abucket":
		g.h13[5] = g.pick("prod-logs", "acme-artifacts", "cf-templates-1x2y3z-us-east-1", "data-lake-raw", "terraform-state-acme")
		return g.h13[5], true
	case "x13abucketsame":
		return g.h13[5], true
	case "x13aobj":
		g.h13[6] = g.pick("AWSLogs/123456789012/CloudTrail/us-east-1/2026/12/07/file.json.gz", "builds/web/"+strconv.Itoa(r.IntN(9000))+"/app.zip", "env/prod/terraform.tfstate", "raw/events/dt=2026-12-07/part-0000.parquet", "index.html")
		return g.h13[6], true
	case "x13aobjsame":
		return g.h13[6], true
	case "x13aid2":
		return g.base36(76), true
	case "x13areqid":
		return strings.ToUpper(g.hexN(16)), true
	case "x13ahex":
		return g.hexN(17), true
	}
	return "", false
}

// status is a thing's status without its detail.
func status(v string) string {
	s, _, _ := strings.Cut(v, " ")
	return s
}

// lynisTests are Lynis tests with the descriptions they log.
var lynisTests = [][2]string{
	{"BOOT-5122", "Check for GRUB boot password"}, {"NETW-3032", "Checking for ARP monitoring software"}, {"PRNT-2302", "Check for printcap consistency"},
	{"PRNT-2304", "Check cupsd status"}, {"PRNT-2306", "Check CUPSd configuration file"}, {"AUTH-9308", "Check single user login configuration"},
	{"PKGS-7390", "Check Ubuntu database consistency"}, {"PKGS-7392", "Check for Debian/Ubuntu security updates"}, {"SSH-7408", "Check SSH specific defined options"},
	{"KRNL-5622", "Determine Linux default run level"}, {"FILE-6310", "Checking /tmp, /home and /var directory"}, {"CRYP-7902", "Check expire date of SSL certificates"},
	{"ACCT-9622", "Check for available Linux accounting information"}, {"FIRE-4512", "Check iptables for empty ruleset"}, {"NAME-4028", "Check domain name"},
}
