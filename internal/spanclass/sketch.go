package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

// The sketch of a baseline: the arithmetic of the DataDog DDSketch built
// from a logarithmic mapping and two collapsing-lowest dense stores
// (github.com/DataDog/sketches-go, Apache-2.0, v1.4.8), restricted to what
// a baseline does with it: add positive durations with a weight, reweight,
// count, and read quantiles. It gives the library's results bit for bit
// (TestSketchLikeDDSketch) with two differences in cost: the quantiles of
// one refresh (p50 and p99, and p90 for self time) are found in one walk
// over the bins instead of one walk each from the first bin, and an add
// makes no interface call. Snapshots keep the library's encoding.

import (
	"errors"
	"math"

	"github.com/DataDog/sketches-go/ddsketch"
	enc "github.com/DataDog/sketches-go/ddsketch/encoding"
	"github.com/DataDog/sketches-go/ddsketch/mapping"
	"github.com/DataDog/sketches-go/ddsketch/store"
)

type sketch struct {
	m         *mapping.LogarithmicMapping
	pos       denseStore
	zeroCount float64
}

func newSketch(m *mapping.LogarithmicMapping, maxBins int) *sketch {
	return &sketch{m: m, pos: newDenseStore(maxBins)}
}

// add is DDSketch.AddWithCount for a value that is not negative (a
// baseline adds durations > 0): values the mapping cannot index are not
// added, as the library returns an error for them.
func (s *sketch) add(value, count float64) {
	if count < 0 {
		return
	}
	switch {
	case value > s.m.MinIndexableValue():
		if value > s.m.MaxIndexableValue() {
			return
		}
		s.pos.addWithCount(s.m.Index(value), count)
	case value < -s.m.MinIndexableValue() || math.IsNaN(value):
		return // never added by a baseline; the library would use its negative store
	default:
		s.zeroCount += count
	}
}

// count is DDSketch.GetCount (the negative store is always empty).
func (s *sketch) count() float64 { return s.zeroCount + s.pos.count + 0 }

func (s *sketch) isEmpty() bool { return s.zeroCount == 0 && s.pos.count == 0 }

func (s *sketch) clear() {
	s.pos.clear()
	s.zeroCount = 0
}

// reweight is DDSketch.Reweight for w > 0.
func (s *sketch) reweight(w float64) {
	if w == 1 {
		return
	}
	s.zeroCount *= w
	s.pos.reweight(w)
}

// quantiles sets vals[i] to DDSketch.GetValueAtQuantile(qs[i]); qs must be
// ascending and in [0, 1]. The ranks that fall in the positive store are
// found in one walk.
func (s *sketch) quantiles(qs []float64, vals []float64) {
	count := s.count()
	if count == 0 {
		for i := range vals {
			vals[i] = math.NaN()
		}
		return
	}
	var ranks [3]float64
	first, n := -1, 0 // the quantiles in the positive store: qs[first:first+n]
	for i, q := range qs {
		rank := float64(q * (count - 1)) // as the library: no fused multiply-add
		const negativeValueCount = 0.0
		switch {
		case rank < negativeValueCount:
			// An empty negative store's KeyAtRank is its maxIndex.
			vals[i] = -s.m.Value(math.MinInt32)
		case rank < s.zeroCount+negativeValueCount:
			vals[i] = 0
		default:
			if first < 0 {
				first = i
			}
			// Not negative (rank >= zeroCount): KeyAtRank's clamp
			// of negative ranks to 0 never applies.
			ranks[n] = rank - s.zeroCount - negativeValueCount
			n++
		}
	}
	if n == 0 {
		return
	}
	var keys [3]int
	s.pos.keysAtRanks(ranks[:n], keys[:n])
	for j := range n {
		vals[first+j] = s.m.Value(keys[j])
	}
}

// encode is DDSketch.Encode(b, true) of the same content: the library's
// encoding of a store holding the same bins.
func (s *sketch) encode(b *[]byte) {
	ls := store.NewCollapsingLowestDenseStore(s.pos.maxNumBins)
	for idx := s.pos.minIndex; idx <= s.pos.maxIndex; idx++ {
		if c := s.pos.bins[idx-s.pos.offset]; c > 0 {
			ls.AddWithCount(idx, c)
		}
	}
	dd := ddsketch.NewDDSketch(s.m, ls, store.NewCollapsingLowestDenseStore(16))
	if s.zeroCount != 0 {
		_ = dd.AddWithCount(0, s.zeroCount)
	}
	dd.Encode(b, true)
}

// decodeSketch decodes DDSketch.Encode's bytes (without mapping) as the
// library decodes them into collapsing-lowest dense stores: the same adds
// in the same order, so the same bins, offsets and collapses.
func decodeSketch(data []byte, m *mapping.LogarithmicMapping, maxBins int) (*sketch, error) {
	s := newSketch(m, maxBins)
	negStore := newDenseStore(16)
	neg := &decodeSink{s: &negStore}
	dd, err := ddsketch.DecodeDDSketch(data, (&sinkProvider{first: &decodeSink{s: &s.pos}, then: neg}).next, m)
	if err != nil {
		return nil, err
	}
	if neg.s.count != 0 {
		return nil, errors.New("negative durations")
	}
	s.zeroCount = dd.GetZeroCount()
	return s, nil
}

// sinkProvider hands DecodeDDSketch the positive store's sink, then the
// negative store's (the order in which it asks for them).
type sinkProvider struct{ first, then *decodeSink }

func (p *sinkProvider) next() store.Store {
	if p.first != nil {
		f := p.first
		p.first = nil
		return f
	}
	return p.then
}

// decodeSink is the store.Store the library decodes into: its adds go to
// a denseStore; DecodeDDSketch calls nothing else.
type decodeSink struct {
	store.Store // nil: any other method panics
	s           *denseStore
}

func (d *decodeSink) Add(index int)                         { d.s.addWithCount(index, 1) }
func (d *decodeSink) AddWithCount(index int, count float64) { d.s.addWithCount(index, count) }
func (d *decodeSink) DecodeAndMergeWith(b *[]byte, mode enc.SubFlag) error {
	return store.DecodeAndMergeWith(d, b, mode)
}

// denseStore is the library's CollapsingLowestDenseStore (its DenseStore
// and the collapsing of the lowest bins), with the same growth, centering
// and collapsing, so that the same adds give the same bins.
type denseStore struct {
	bins        []float64
	count       float64
	offset      int
	minIndex    int
	maxIndex    int
	maxNumBins  int
	isCollapsed bool
}

func newDenseStore(maxNumBins int) denseStore {
	return denseStore{minIndex: math.MaxInt32, maxIndex: math.MinInt32, maxNumBins: maxNumBins}
}

func (s *denseStore) addWithCount(index int, count float64) {
	if count == 0 {
		return
	}
	arrayIndex := s.normalize(index)
	s.bins[arrayIndex] += count
	s.count += count
}

func (s *denseStore) normalize(index int) int {
	if index < s.minIndex {
		if s.isCollapsed {
			return 0
		}
		s.extendRange(index, index)
		if s.isCollapsed {
			return 0
		}
	} else if index > s.maxIndex {
		s.extendRange(index, index)
	}
	return index - s.offset
}

const (
	arrayLengthOverhead        = 64
	arrayLengthGrowthIncrement = 0.1
)

func (s *denseStore) getNewLength(newMinIndex, newMaxIndex int) int {
	desiredLength := newMaxIndex - newMinIndex + 1
	return min(int((float64(desiredLength+arrayLengthOverhead-1)/arrayLengthGrowthIncrement+1)*arrayLengthGrowthIncrement), s.maxNumBins)
}

func (s *denseStore) extendRange(newMinIndex, newMaxIndex int) {
	newMinIndex = min(newMinIndex, s.minIndex)
	newMaxIndex = max(newMaxIndex, s.maxIndex)
	switch {
	case s.count == 0:
		initialLength := s.getNewLength(newMinIndex, newMaxIndex)
		s.bins = append(s.bins, make([]float64, initialLength)...)
		s.offset = newMinIndex
		s.minIndex = newMinIndex
		s.maxIndex = newMaxIndex
		s.adjust(newMinIndex, newMaxIndex)
	case newMinIndex >= s.offset && newMaxIndex < s.offset+len(s.bins):
		s.minIndex = newMinIndex
		s.maxIndex = newMaxIndex
	default:
		newLength := s.getNewLength(newMinIndex, newMaxIndex)
		if newLength > len(s.bins) {
			s.bins = append(s.bins, make([]float64, newLength-len(s.bins))...)
		}
		s.adjust(newMinIndex, newMaxIndex)
	}
}

func (s *denseStore) adjust(newMinIndex, newMaxIndex int) {
	if newMaxIndex-newMinIndex+1 <= len(s.bins) {
		s.centerCounts(newMinIndex, newMaxIndex)
		return
	}
	// The range is too wide: the lowest bins collapse.
	newMinIndex = newMaxIndex - len(s.bins) + 1
	if newMinIndex >= s.maxIndex {
		// Only one bin is left non-empty.
		s.bins = make([]float64, len(s.bins))
		s.offset = newMinIndex
		s.minIndex = newMinIndex
		s.bins[0] = s.count
	} else {
		shift := s.offset - newMinIndex
		if shift < 0 {
			n := float64(0)
			for i := s.minIndex; i < newMinIndex; i++ {
				n += s.bins[i-s.offset]
			}
			s.resetBins(s.minIndex, newMinIndex-1)
			s.bins[newMinIndex-s.offset] += n
			s.minIndex = newMinIndex
			s.shiftCounts(shift)
		} else {
			s.shiftCounts(shift)
			s.minIndex = newMinIndex
		}
	}
	s.maxIndex = newMaxIndex
	s.isCollapsed = true
}

func (s *denseStore) centerCounts(newMinIndex, newMaxIndex int) {
	midIndex := newMinIndex + (newMaxIndex-newMinIndex+1)/2
	s.shiftCounts(s.offset + len(s.bins)/2 - midIndex)
	s.minIndex = newMinIndex
	s.maxIndex = newMaxIndex
}

func (s *denseStore) shiftCounts(shift int) {
	minArrIndex := s.minIndex - s.offset
	maxArrIndex := s.maxIndex - s.offset
	copy(s.bins[minArrIndex+shift:], s.bins[minArrIndex:maxArrIndex+1])
	if shift > 0 {
		s.resetBins(s.minIndex, s.minIndex+shift-1)
	} else {
		s.resetBins(s.maxIndex+shift+1, s.maxIndex)
	}
	s.offset -= shift
}

func (s *denseStore) resetBins(fromIndex, toIndex int) {
	for i := fromIndex - s.offset; i <= toIndex-s.offset; i++ {
		s.bins[i] = 0
	}
}

func (s *denseStore) clear() {
	s.bins = s.bins[:0]
	s.count = 0
	s.minIndex = math.MaxInt32
	s.maxIndex = math.MinInt32
	s.isCollapsed = false
}

func (s *denseStore) reweight(w float64) {
	s.count *= w
	for idx := s.minIndex; idx <= s.maxIndex; idx++ {
		s.bins[idx-s.offset] *= w
	}
}

// keysAtRanks sets keys[j] to KeyAtRank(ranks[j]) for ascending ranks
// that are not negative, in one walk: the library walks from the first bin for each rank, summing
// the same counts in the same order, so each key is the one it finds.
func (s *denseStore) keysAtRanks(ranks []float64, keys []int) {
	j := 0
	var n float64
	for i, b := range s.bins {
		n += b
		for j < len(ranks) && n > ranks[j] {
			keys[j] = i + s.offset
			j++
		}
		if j == len(ranks) {
			return
		}
	}
	for ; j < len(ranks); j++ {
		keys[j] = s.maxIndex
	}
}
