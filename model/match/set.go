package match

import (
	"math/bits"
	"sort"
)

// Pt is one value of a dimension: an unsigned 128-bit integer (H is the
// high word). Every dimension maps its values to a contiguous range of
// points: IPv6 addresses use all 128 bits, IPv4 addresses the low 32,
// ports, protocols, months and minutes small numbers, job names a base-40
// encoding (see names.go).
type Pt struct{ H, L uint64 }

// P makes a point from a small number.
func P(v uint64) Pt { return Pt{L: v} }

// Cmp compares two points: -1, 0 or +1.
func (a Pt) Cmp(b Pt) int {
	switch {
	case a.H < b.H:
		return -1
	case a.H > b.H:
		return 1
	case a.L < b.L:
		return -1
	case a.L > b.L:
		return 1
	}
	return 0
}

// Less reports a < b.
func (a Pt) Less(b Pt) bool { return a.Cmp(b) < 0 }

// Inc returns a+1 (wrapping at 2^128).
func (a Pt) Inc() Pt {
	l, c := bits.Add64(a.L, 1, 0)
	return Pt{H: a.H + c, L: l}
}

// Dec returns a-1 (wrapping at 0).
func (a Pt) Dec() Pt {
	l, b := bits.Sub64(a.L, 1, 0)
	return Pt{H: a.H - b, L: l}
}

// Add returns a+v.
func (a Pt) Add(v uint64) Pt {
	l, c := bits.Add64(a.L, v, 0)
	return Pt{H: a.H + c, L: l}
}

// Sub returns a-b (callers ensure b <= a).
func (a Pt) Sub(b Pt) Pt {
	l, c := bits.Sub64(a.L, b.L, 0)
	return Pt{H: a.H - b.H - c, L: l}
}

// half returns (a+b)/2 without overflow.
func half(a, b Pt) Pt {
	d := b.Sub(a)
	d = Pt{H: d.H >> 1, L: d.L>>1 | d.H<<63}
	l, c := bits.Add64(a.L, d.L, 0)
	return Pt{H: a.H + d.H + c, L: l}
}

var maxPt = Pt{H: ^uint64(0), L: ^uint64(0)}

// Interval is the closed range of points Lo..Hi.
type Interval struct{ Lo, Hi Pt }

// Set is a set of points: sorted, disjoint, non-adjacent intervals. The
// zero Set is empty. Sets are values: operations return new sets and
// never change their operands.
type Set []Interval

// Range returns the set lo..hi (empty when lo > hi).
func Range(lo, hi Pt) Set {
	if hi.Less(lo) {
		return nil
	}
	return Set{{lo, hi}}
}

// Single returns the set holding only v.
func Single(v Pt) Set { return Set{{v, v}} }

// NewSet normalises any intervals into a Set; intervals with Lo > Hi are
// dropped.
func NewSet(ivs ...Interval) Set {
	var in []Interval
	for _, iv := range ivs {
		if !iv.Hi.Less(iv.Lo) {
			in = append(in, iv)
		}
	}
	if len(in) == 0 {
		return nil
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Lo.Less(in[j].Lo) })
	out := Set{in[0]}
	for _, iv := range in[1:] {
		last := &out[len(out)-1]
		if last.Hi == maxPt || !last.Hi.Inc().Less(iv.Lo) { // overlapping or adjacent
			if last.Hi.Less(iv.Hi) {
				last.Hi = iv.Hi
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

// Empty reports whether s holds no point.
func (s Set) Empty() bool { return len(s) == 0 }

// Lo and Hi are the smallest and largest points of a non-empty set.
func (s Set) Lo() Pt { return s[0].Lo }
func (s Set) Hi() Pt { return s[len(s)-1].Hi }

// Has reports whether v is in s.
func (s Set) Has(v Pt) bool {
	i := sort.Search(len(s), func(i int) bool { return !s[i].Hi.Less(v) })
	return i < len(s) && !v.Less(s[i].Lo)
}

// Equal reports whether s and t hold the same points.
func (s Set) Equal(t Set) bool {
	if len(s) != len(t) {
		return false
	}
	for i := range s {
		if s[i] != t[i] {
			return false
		}
	}
	return true
}

// Union returns s ∪ t.
func (s Set) Union(t Set) Set {
	if len(t) == 0 {
		return s
	}
	if len(s) == 0 {
		return t
	}
	all := make([]Interval, 0, len(s)+len(t))
	all = append(append(all, s...), t...)
	return NewSet(all...)
}

// Intersect returns s ∩ t.
func (s Set) Intersect(t Set) Set {
	var out Set
	i, j := 0, 0
	for i < len(s) && j < len(t) {
		lo, hi := s[i].Lo, s[i].Hi
		if lo.Less(t[j].Lo) {
			lo = t[j].Lo
		}
		if t[j].Hi.Less(hi) {
			hi = t[j].Hi
		}
		if !hi.Less(lo) {
			out = append(out, Interval{lo, hi})
		}
		if s[i].Hi.Less(t[j].Hi) {
			i++
		} else {
			j++
		}
	}
	return out
}

// Overlaps reports whether s ∩ t is not empty.
func (s Set) Overlaps(t Set) bool {
	i, j := 0, 0
	for i < len(s) && j < len(t) {
		if !s[i].Hi.Less(t[j].Lo) && !t[j].Hi.Less(s[i].Lo) {
			return true
		}
		if s[i].Hi.Less(t[j].Hi) {
			i++
		} else {
			j++
		}
	}
	return false
}

// Minus returns s \ t.
func (s Set) Minus(t Set) Set {
	if len(t) == 0 || len(s) == 0 {
		return s
	}
	var out Set
	j := 0
	for _, iv := range s {
		lo := iv.Lo
		done := false
		for j < len(t) && t[j].Hi.Less(lo) {
			j++
		}
		for k := j; k < len(t) && !iv.Hi.Less(t[k].Lo); k++ {
			if lo.Less(t[k].Lo) {
				out = append(out, Interval{lo, t[k].Lo.Dec()})
			}
			if !t[k].Hi.Less(iv.Hi) {
				done = true
				break
			}
			lo = t[k].Hi.Inc()
		}
		if !done {
			out = append(out, Interval{lo, iv.Hi})
		}
	}
	return out
}

// Contains reports whether t ⊆ s.
func (s Set) Contains(t Set) bool {
	j := 0
	for _, iv := range t {
		for j < len(s) && s[j].Hi.Less(iv.Lo) {
			j++
		}
		if j == len(s) || iv.Lo.Less(s[j].Lo) || s[j].Hi.Less(iv.Hi) {
			return false
		}
	}
	return true
}
