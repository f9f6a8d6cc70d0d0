package match

// Point is one connection or packet: one value per dimension of a family.
type Point []Pt

// Cube is a product of sets, one per dimension of a family: every
// combination of values from the sets is in the cube. Conditions of a rule
// are ANDed, values within a condition ORed ("Multiple values can be
// specified for the IP address and port conditions", IBM, AT-TLS rules), so
// a rule whose conditions each hold one set is one cube.
type Cube []Set

// Space is a union of cubes. A rule is a space: IPv4 and IPv6 give one
// cube each (a connection has both addresses in one family), as do the
// services of an IP filter rule and the two directions of a bidirectional
// one.
type Space []Cube

// Empty reports whether the cube holds no point.
func (c Cube) Empty() bool {
	for _, s := range c {
		if s.Empty() {
			return true
		}
	}
	return len(c) == 0
}

// Has reports whether p is in the cube.
func (c Cube) Has(p Point) bool {
	for d, s := range c {
		if !s.Has(p[d]) {
			return false
		}
	}
	return true
}

// Overlaps reports whether c ∩ o is not empty.
func (c Cube) Overlaps(o Cube) bool {
	for d := range c {
		if !c[d].Overlaps(o[d]) {
			return false
		}
	}
	return true
}

// Intersect returns c ∩ o (possibly empty).
func (c Cube) Intersect(o Cube) Cube {
	out := make(Cube, len(c))
	for d := range c {
		out[d] = c[d].Intersect(o[d])
	}
	return out
}

// Contains reports whether o ⊆ c (an empty o is in every cube).
func (c Cube) Contains(o Cube) bool {
	if o.Empty() {
		return true
	}
	for d := range c {
		if !c[d].Contains(o[d]) {
			return false
		}
	}
	return true
}

// Minus returns c \ o as disjoint cubes: for each dimension in turn, the
// part of c outside o in that dimension and inside o in the earlier ones.
// At most one cube per dimension.
func (c Cube) Minus(o Cube) []Cube {
	if !c.Overlaps(o) {
		return []Cube{c}
	}
	var out []Cube
	cur := append(Cube(nil), c...)
	for d := range c {
		diff := cur[d].Minus(o[d])
		if !diff.Empty() {
			piece := append(Cube(nil), cur...)
			piece[d] = diff
			out = append(out, piece)
		}
		cur[d] = cur[d].Intersect(o[d])
	}
	return out
}

// Empty reports whether the space holds no point.
func (s Space) Empty() bool {
	for _, c := range s {
		if !c.Empty() {
			return false
		}
	}
	return true
}

// Has reports whether p is in the space.
func (s Space) Has(p Point) bool {
	for _, c := range s {
		if c.Has(p) {
			return true
		}
	}
	return false
}

// Overlaps reports whether s ∩ o is not empty.
func (s Space) Overlaps(o Space) bool {
	for _, a := range s {
		for _, b := range o {
			if a.Overlaps(b) {
				return true
			}
		}
	}
	return false
}

// Intersect returns s ∩ o.
func (s Space) Intersect(o Space) Space {
	var out Space
	for _, a := range s {
		for _, b := range o {
			if a.Overlaps(b) {
				out = append(out, a.Intersect(b))
			}
		}
	}
	return out
}

// Minus returns s \ o. Work bounds the number of cubes the result may
// reach along the way; ok is false when that bound was hit (the result is
// then unusable). A bound of 0 means no bound.
func (s Space) Minus(o Space, work int) (out Space, ok bool) {
	out = s
	for _, b := range o {
		var next Space
		for _, a := range out {
			next = append(next, a.Minus(b)...)
			if work > 0 && len(next) > work {
				return nil, false
			}
		}
		out = next
		if len(out) == 0 {
			break
		}
	}
	return out, true
}

// Contains reports whether o ⊆ s, exactly (by subtraction); ok is false
// when the work bound was hit.
func (s Space) Contains(o Space, work int) (yes, ok bool) {
	rest, ok := o.Minus(s, work)
	if !ok {
		return false, false
	}
	return rest.Empty(), true
}

// Hull returns, per dimension, the smallest interval holding every cube's
// set in that dimension (empty cubes are skipped); nil for an empty space.
func (s Space) Hull() []Interval {
	var h []Interval
	for _, c := range s {
		if c.Empty() {
			continue
		}
		if h == nil {
			h = make([]Interval, len(c))
			for d, set := range c {
				h[d] = Interval{set.Lo(), set.Hi()}
			}
			continue
		}
		for d, set := range c {
			if set.Lo().Less(h[d].Lo) {
				h[d].Lo = set.Lo()
			}
			if h[d].Hi.Less(set.Hi()) {
				h[d].Hi = set.Hi()
			}
		}
	}
	return h
}

// Project returns the union of the cubes' sets in dimension d.
func (s Space) Project(d int) Set {
	var out Set
	for _, c := range s {
		if !c.Empty() {
			out = out.Union(c[d])
		}
	}
	return out
}

// nonEmpty drops empty cubes.
func (s Space) nonEmpty() Space {
	var out Space
	for _, c := range s {
		if !c.Empty() {
			out = append(out, c)
		}
	}
	return out
}
