package shadow

import (
	"sort"
	"strconv"
	"strings"

	"github.com/zosnet/znet/model/match"
)

// index finds the rules whose certain space (Under) meets a cube or holds
// a point, without looking at every rule.
//
// Rules mostly leave most dimensions open (any job, any remote port), so
// an index per dimension would hand every query all the rules that are
// open in that dimension. Instead the cubes of all rules are grouped by
// their shape ("tuple space"): which dimensions they leave open, and their
// exact values in the dimensions with few values (IP version, direction,
// routing…). A query first skips every group whose bounding box misses it
// — the outbound client rules when the query is inbound — then, inside a
// group, uses an interval index on one of the dimensions every member
// limits, the one where the query meets the fewest members. Each interval
// index keeps the members sorted by start with a tree of maximum ends, so
// the members overlapping an interval are found in O(log n + k) and
// counted with two binary searches.
type index struct {
	rules  []*match.Rule
	groups []*group
}

type entry struct {
	rule, cube int32
}

type group struct {
	hull    []match.Interval
	members []entry
	dims    []*dimIndex // interval indexes of limited large dimensions
}

type dimIndex struct {
	d      int
	byLo   []ientry
	maxHi  []match.Pt // segment tree over byLo
	starts []match.Pt // sorted
	ends   []match.Pt // sorted
}

type ientry struct {
	lo, hi match.Pt
	e      entry
}

// smallDim reports whether a dimension has so few values that its exact
// set is part of a group's shape.
func smallDim(d *match.Dim) bool { return d.Max.H == 0 && d.Max.L-d.Min.L < 16 && !d.Time }

func newIndex(rules []*match.Rule) *index {
	ix := &index{rules: rules}
	if len(rules) == 0 {
		return ix
	}
	f := rules[0].Family
	full := f.Full()
	byShape := map[string]*group{}
	var order []string
	var sb strings.Builder
	for i, r := range rules {
		for ci, c := range r.Under {
			if c.Empty() {
				continue
			}
			sb.Reset()
			for d, s := range c {
				switch {
				case s.Equal(full[d]):
					sb.WriteByte('*')
				case smallDim(&f.Dims[d]):
					for _, iv := range s {
						sb.WriteString(strconv.FormatUint(iv.Lo.L, 10))
						sb.WriteByte('-')
						sb.WriteString(strconv.FormatUint(iv.Hi.L, 10))
						sb.WriteByte(',')
					}
				default:
					sb.WriteByte('c')
				}
				sb.WriteByte('|')
			}
			k := sb.String()
			g := byShape[k]
			if g == nil {
				g = &group{}
				byShape[k] = g
				order = append(order, k)
			}
			g.members = append(g.members, entry{int32(i), int32(ci)})
			if g.hull == nil {
				g.hull = make([]match.Interval, len(c))
				for d, s := range c {
					g.hull[d] = match.Interval{Lo: s.Lo(), Hi: s.Hi()}
				}
			} else {
				for d, s := range c {
					if s.Lo().Less(g.hull[d].Lo) {
						g.hull[d].Lo = s.Lo()
					}
					if g.hull[d].Hi.Less(s.Hi()) {
						g.hull[d].Hi = s.Hi()
					}
				}
			}
		}
	}
	for _, k := range order {
		g := byShape[k]
		parts := strings.Split(k, "|")
		for d := range f.Dims {
			if parts[d] == "c" && !f.Dims[d].Time {
				g.dims = append(g.dims, newDimIndex(rules, g.members, d))
			}
		}
		ix.groups = append(ix.groups, g)
	}
	return ix
}

func newDimIndex(rules []*match.Rule, members []entry, d int) *dimIndex {
	di := &dimIndex{d: d}
	for _, e := range members {
		s := rules[e.rule].Under[e.cube][d]
		di.byLo = append(di.byLo, ientry{s.Lo(), s.Hi(), e})
	}
	sort.Slice(di.byLo, func(i, j int) bool { return di.byLo[i].lo.Less(di.byLo[j].lo) })
	n := len(di.byLo)
	di.starts = make([]match.Pt, n)
	di.ends = make([]match.Pt, n)
	for i, e := range di.byLo {
		di.starts[i], di.ends[i] = e.lo, e.hi
	}
	sort.Slice(di.ends, func(i, j int) bool { return di.ends[i].Less(di.ends[j]) })
	size := 1
	for size < n {
		size <<= 1
	}
	di.maxHi = make([]match.Pt, 2*size)
	for i, e := range di.byLo {
		di.maxHi[size+i] = e.hi
	}
	for i := size - 1; i >= 1; i-- {
		a, b := di.maxHi[2*i], di.maxHi[2*i+1]
		if a.Less(b) {
			a = b
		}
		di.maxHi[i] = a
	}
	return di
}

// count returns how many members overlap lo..hi in the dimension.
func (di *dimIndex) count(lo, hi match.Pt) int {
	startsAtOrBefore := sort.Search(len(di.starts), func(i int) bool { return hi.Less(di.starts[i]) })
	endsBefore := sort.Search(len(di.ends), func(i int) bool { return !di.ends[i].Less(lo) })
	return startsAtOrBefore - endsBefore
}

// each calls fn for every member overlapping lo..hi in the dimension; fn
// returning false stops the walk.
func (di *dimIndex) each(lo, hi match.Pt, fn func(e entry) bool) {
	k := sort.Search(len(di.byLo), func(i int) bool { return hi.Less(di.byLo[i].lo) })
	if k == 0 {
		return
	}
	size := len(di.maxHi) / 2
	stop := false
	var walk func(node, nlo, nhi int)
	walk = func(node, nlo, nhi int) {
		if stop || nlo >= k || di.maxHi[node].Less(lo) {
			return
		}
		if node >= size {
			stop = !fn(di.byLo[node-size].e)
			return
		}
		mid := (nlo + nhi) / 2
		walk(2*node, nlo, mid)
		walk(2*node+1, mid, nhi)
	}
	walk(1, 0, size)
}

// visit calls fn for the members of g that may meet the box lo..hi (per
// dimension), using the group's most selective interval index.
func (g *group) visit(lo, hi []match.Pt, fn func(e entry) bool) {
	for d, h := range g.hull {
		if hi[d].Less(h.Lo) || h.Hi.Less(lo[d]) {
			return
		}
	}
	var best *dimIndex
	n := len(g.members) + 1
	for _, di := range g.dims {
		if k := di.count(lo[di.d], hi[di.d]); k < n {
			best, n = di, k
		}
	}
	if best == nil {
		for _, e := range g.members {
			if !fn(e) {
				return
			}
		}
		return
	}
	best.each(lo[best.d], hi[best.d], fn)
}

// meeting calls fn for each (rule, cube) before limit whose Under cube
// overlaps c, until fn returns false.
func (ix *index) meeting(c match.Cube, limit int, fn func(rule, cube int) bool) {
	lo := make([]match.Pt, len(c))
	hi := make([]match.Pt, len(c))
	for d, s := range c {
		lo[d], hi[d] = s.Lo(), s.Hi()
	}
	more := true
	for _, g := range ix.groups {
		g.visit(lo, hi, func(e entry) bool {
			if int(e.rule) < limit && ix.rules[e.rule].Under[e.cube].Overlaps(c) {
				more = fn(int(e.rule), int(e.cube))
			}
			return more
		})
		if !more {
			return
		}
	}
}

// first returns the first rule before limit whose Under holds p, or -1.
func (ix *index) first(p match.Point, limit int) int {
	best := limit
	for _, g := range ix.groups {
		g.visit(p, p, func(e entry) bool {
			if int(e.rule) < best && ix.rules[e.rule].Under[e.cube].Has(p) {
				best = int(e.rule)
			}
			return true
		})
	}
	if best == limit {
		return -1
	}
	return best
}
