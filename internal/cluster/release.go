package cluster

// ObserveRelease records that service ran release at event time t (unix
// nanoseconds), whether or not any of its events is fingerprinted. The
// exporter calls it for every resource it sees, so the release a service
// ran before a new one is known as the baseline even when it logged no
// failure. Lock-free once the pair is known.
func (s *Store) ObserveRelease(service, release string, t int64) {
	if service == "" || release == "" {
		return
	}
	s.rel.observe(service, release, t)
}
