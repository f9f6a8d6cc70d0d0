package match

import (
	"math/rand"
	"testing"
)

// On a domain of 64 points a Set is a bitmask; every operation must agree
// with the same operation on masks.
func bits64(s Set) uint64 {
	var m uint64
	for _, iv := range s {
		for v := iv.Lo.L; v <= iv.Hi.L; v++ {
			m |= 1 << v
		}
	}
	return m
}

func fromMask(m uint64, rng *rand.Rand) Set {
	var ivs []Interval
	for v := uint64(0); v < 64; v++ {
		if m&(1<<v) != 0 {
			// Split runs at random so NewSet has to merge.
			ivs = append(ivs, Interval{P(v), P(v)})
		}
	}
	rng.Shuffle(len(ivs), func(i, j int) { ivs[i], ivs[j] = ivs[j], ivs[i] })
	return NewSet(ivs...)
}

func checkSets(t *testing.T, a, b uint64, seed int64) {
	rng := rand.New(rand.NewSource(seed))
	x, y := fromMask(a, rng), fromMask(b, rng)
	if bits64(x) != a {
		t.Fatalf("NewSet(%x) = %v", a, x)
	}
	for i := 1; i < len(x); i++ {
		if !x[i-1].Hi.Inc().Less(x[i].Lo) {
			t.Fatalf("%v is not normalised", x)
		}
	}
	if got := bits64(x.Union(y)); got != a|b {
		t.Fatalf("union %x %x = %x", a, b, got)
	}
	if got := bits64(x.Intersect(y)); got != a&b {
		t.Fatalf("intersect %x %x = %x", a, b, got)
	}
	if got := bits64(x.Minus(y)); got != a&^b {
		t.Fatalf("minus %x %x = %x (%v - %v = %v)", a, b, got, x, y, x.Minus(y))
	}
	if x.Overlaps(y) != (a&b != 0) {
		t.Fatalf("overlaps %x %x", a, b)
	}
	if x.Contains(y) != (b&^a == 0) {
		t.Fatalf("contains %x %x", a, b)
	}
	for v := uint64(0); v < 64; v++ {
		if x.Has(P(v)) != (a&(1<<v) != 0) {
			t.Fatalf("has %x %d", a, v)
		}
	}
}

func TestSetOps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		a, b := rng.Uint64()&rng.Uint64(), rng.Uint64()|rng.Uint64()
		if i%3 == 0 {
			b = rng.Uint64() & rng.Uint64() & rng.Uint64()
		}
		checkSets(t, a, b, int64(i))
	}
}

func FuzzSetOps(f *testing.F) {
	f.Add(uint64(0b1011), uint64(0b0110), int64(1))
	f.Add(^uint64(0), uint64(1)<<63, int64(2))
	f.Fuzz(func(t *testing.T, a, b uint64, seed int64) { checkSets(t, a, b, seed) })
}

// Cube.Minus must split a cube into disjoint pieces that, with the
// intersection, make up the cube again.
func TestCubeMinus(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 3000; i++ {
		var a, b Cube
		var am, bm [3]uint64
		for d := 0; d < 3; d++ {
			am[d], bm[d] = rng.Uint64()&rng.Uint64()&0xffff, rng.Uint64()&rng.Uint64()&0xffff
			a = append(a, fromMask(am[d], rng))
			b = append(b, fromMask(bm[d], rng))
		}
		pieces := a.Minus(b)
		for x := uint64(0); x < 16; x++ {
			for y := uint64(0); y < 16; y++ {
				for z := uint64(0); z < 16; z++ {
					p := Point{P(x), P(y), P(z)}
					in := 0
					for _, c := range pieces {
						if c.Has(p) {
							in++
						}
					}
					want := a.Has(p) && !b.Has(p)
					if in > 1 || (in == 1) != want {
						t.Fatalf("point %v: in %d pieces, want %v", p, in, want)
					}
				}
			}
		}
	}
}
