package faultsim3

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// Fault kinds (the label's fault_type), after the fault catalogues of chaos
// tooling (Chaos Mesh PodChaos, NetworkChaos, StressChaos, IOChaos,
// DNSChaos, HTTPChaos, JVMChaos, TimeChaos; LitmusChaos' pod-delete,
// pod-network-*, pod-cpu-hog, pod-memory-hog, pod-io-stress, pod-dns-error,
// pod-http-status-code) and the OpenTelemetry Demo's feature flags
// (productCatalogFailure, cartServiceFailure, paymentServiceFailure,
// recommendationServiceCacheFailure, adServiceHighCpu, kafkaQueueProblems,
// imageSlowLoad).
const (
	PodKill          = "pod_kill"             // PodChaos pod-kill: connections refused until endpoints update or the pod restarts
	NetworkDelay     = "network_delay"        // NetworkChaos delay on the target's pods (both directions)
	NetworkPartition = "network_partition"    // NetworkChaos partition: the target neither receives nor sends
	NetworkLoss      = "network_loss"         // NetworkChaos loss: retransmissions, some resets
	CPUStress        = "cpu_stress"           // StressChaos cpu / adServiceHighCpu: the target's own work slows
	MemoryLeak       = "memory_leak"          // recommendationServiceCacheFailure / StressChaos memory: slows down, then OOM-killed
	IOLatency        = "io_latency"           // IOChaos latency on the target's database volume
	DNSError         = "dns_error"            // DNSChaos error: the target cannot resolve the names it calls
	HTTPAbort        = "http_abort"           // HTTPChaos abort on the target's HTTP port: connections reset, no handler runs
	JVMException     = "jvm_exception"        // JVMChaos exception in one method
	FeatureFlag      = "feature_flag_failure" // productCatalogFailure / paymentServiceFailure / cartServiceFailure: one operation fails (for one key, or a fraction)
	TimeSkew         = "time_skew"            // TimeChaos: the target's clock jumps; its TLS handshakes fail and its timestamps shift
	ConsumerLag      = "consumer_lag"         // kafkaQueueProblems: a consumer slows, its lag grows; nothing synchronous fails
	CacheFailure     = "cache_failure"        // the target's cache goes down (Redis/memcached pod killed)
	BadCanary        = "bad_canary"           // a new version on one replica fails part of its requests
)

// FaultKinds lists every kind, in the order cases cycle through them.
var FaultKinds = []string{
	PodKill, NetworkDelay, NetworkPartition, NetworkLoss, CPUStress, MemoryLeak, IOLatency,
	DNSError, HTTPAbort, JVMException, FeatureFlag, TimeSkew, ConsumerLag, CacheFailure, BadCanary,
}

func faultClass(kind string) string {
	switch kind {
	case NetworkDelay, CPUStress, MemoryLeak, IOLatency, ConsumerLag, NetworkLoss:
		return "latency"
	}
	return "error"
}

type fault struct {
	kind   string
	svc    *svc
	op     *op
	key    string
	at     int64
	until  int64
	rate   float64
	factor float64
	delay  time.Duration
	skew   time.Duration
	exc    string // exception type
	msg    string
	detail string
}

// eligible are the services a kind can target in s.
func eligible(s *system, kind string) []*svc {
	var out []*svc
	for _, v := range s.svcs {
		if len(v.ops) == 0 || v.lang.infra() {
			continue // faults target the application's services
		}
		hasOut := v.db != nil || v.cache != nil
		for _, o := range v.ops {
			for _, st := range o.steps {
				if st.kind == stepCall || st.kind == stepPublish {
					hasOut = true
				}
			}
		}
		consumer := v.ops[0].topic != nil
		ok := false
		switch kind {
		case CPUStress, MemoryLeak, BadCanary:
			ok = true
		case PodKill:
			// nothing modelled stands in front of an entry service to
			// see it refuse connections
			ok = !v.entry
		case NetworkDelay, NetworkLoss:
			ok = !v.entry
		case NetworkPartition:
			ok = !v.entry && !consumer
		case IOLatency:
			ok = v.db != nil
		case DNSError, TimeSkew:
			ok = hasOut
		case HTTPAbort:
			ok = !v.entry && !v.grpc && !consumer
		case JVMException:
			ok = v.lang.jvm()
		case FeatureFlag:
			ok = !v.entry && !consumer && v.lang != langNginx
		case ConsumerLag:
			ok = consumer
		case CacheFailure:
			ok = v.cache != nil
		}
		if ok {
			out = append(out, v)
		}
	}
	return out
}

// newFault draws the parameters of a fault of kind on target, active from
// at to the window's end.
func newFault(rng *rand.Rand, s *system, kind string, v *svc, at, end int64) *fault {
	f := &fault{kind: kind, svc: v, at: at, until: end}
	o := v.ops[rng.IntN(len(v.ops))]
	switch kind {
	case PodKill:
		f.detail = fmt.Sprintf("pod-kill of every %s pod (%d)", v.name, v.replicas)
	case NetworkDelay:
		f.delay = time.Duration(150+rng.IntN(700)) * time.Millisecond
		f.detail = fmt.Sprintf("network delay %v on %s's pods", f.delay, v.name)
	case NetworkPartition:
		f.detail = fmt.Sprintf("network partition of %s's pods", v.name)
	case NetworkLoss:
		f.rate = 0.15 + 0.3*rng.Float64()
		f.detail = fmt.Sprintf("packet loss %.0f%% on %s's pods", 100*f.rate, v.name)
	case CPUStress:
		f.factor = 4 + 8*rng.Float64()
		f.detail = fmt.Sprintf("CPU stress on %s (work x%.1f)", v.name, f.factor)
	case MemoryLeak:
		f.factor = 0.05 + 0.1*rng.Float64() // extra work per second since the leak began
		f.detail = fmt.Sprintf("memory leak in %s, OOM-killed when its heap is full", v.name)
	case IOLatency:
		f.delay = time.Duration(80+rng.IntN(500)) * time.Millisecond
		f.detail = fmt.Sprintf("IO latency %v on %s's database %s", f.delay, v.name, v.db.host)
	case DNSError:
		f.rate = 0.6 + 0.4*rng.Float64()
		f.detail = fmt.Sprintf("DNS errors for %s's lookups (%.0f%%)", v.name, 100*f.rate)
	case HTTPAbort:
		f.rate = 0.3 + 0.6*rng.Float64()
		f.detail = fmt.Sprintf("HTTP abort on %s (%.0f%%)", v.name, 100*f.rate)
	case JVMException:
		f.op = o
		f.rate = 0.3 + 0.7*rng.Float64()
		f.exc = jvmExceptions[rng.IntN(len(jvmExceptions))]
		f.msg = "Chaos injected failure in " + o.name
		f.detail = fmt.Sprintf("JVM exception %s in %s (%.0f%%)", f.exc, o.spanName(), 100*f.rate)
	case FeatureFlag:
		var keyed []*op
		for _, x := range v.ops {
			if x.keyed {
				keyed = append(keyed, x)
			}
		}
		if len(keyed) > 0 {
			f.op = keyed[rng.IntN(len(keyed))]
			f.key = s.keys[rng.IntN(len(s.keys))]
			f.rate = 1
		} else {
			f.op = o
			f.rate = 0.25 + 0.5*rng.Float64()
		}
		f.msg = fmt.Sprintf("%s Fail Feature Flag Enabled", titleWord(v.name))
		f.detail = fmt.Sprintf("feature flag makes %s fail for %.0f%% of its requests", f.op.spanName(), 100*f.rate)
		if f.key != "" {
			f.detail = fmt.Sprintf("feature flag makes %s fail for key %s", f.op.spanName(), f.key)
		}
	case TimeSkew:
		f.skew = time.Duration(rng.IntN(2)*2-1) * time.Duration(2+rng.IntN(20)) * time.Minute
		f.rate = 0.4 + 0.5*rng.Float64()
		f.detail = fmt.Sprintf("clock of %s off by %v", v.name, f.skew)
	case ConsumerLag:
		f.delay = time.Duration(5+rng.IntN(10)) * time.Second
		f.detail = fmt.Sprintf("consumer %s takes %v per message, its lag grows", v.name, f.delay)
	case CacheFailure:
		f.detail = fmt.Sprintf("cache %s of %s down", v.cache.host, v.name)
	case BadCanary:
		f.rate = 0.4 + 0.6*rng.Float64()
		f.exc, f.msg = canaryErrors[v.lang.family()][0], canaryErrors[v.lang.family()][1]
		f.detail = fmt.Sprintf("canary of %s fails %.0f%% of its requests", v.name, 100*f.rate)
	}
	return f
}

var jvmExceptions = []string{"java.lang.IllegalStateException", "java.lang.NullPointerException", "java.util.concurrent.RejectedExecutionException", "java.lang.ArithmeticException"}

func (f *fault) active(t int64) bool { return f != nil && t >= f.at && t < f.until }

func titleWord(s string) string {
	out := []byte{}
	up := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' {
			up = true
			continue
		}
		if up && c >= 'a' && c <= 'z' {
			c -= 32
		}
		up = false
		out = append(out, c)
	}
	return string(out)
}
