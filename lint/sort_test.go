package lint

import (
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"testing"

	"github.com/zosnet/znet/grammar/source"
)

// TestSortFindingsRuns sorts findings in runs on several CPUs and merges
// them: the order must be the one sorting them all at once gives, ties in
// the order they came. Files, lines and columns include values too large
// for the bits of the packed sort key.
func TestSortFindingsRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 1, 5, 1 << 16, 3<<16 + 7, 5 << 16} {
		files := []string{"f", "a.conf", "", "z/y.yaml"}
		lines := []int{0, 1, 2, 49, 1<<32 - 1, 1 << 32, 1<<32 + 5}
		cols := []int{0, 1, 2, 65534, 65535, 65536, 70000}
		fs := make([]*Finding, n)
		for i := range fs {
			fs[i] = &Finding{RuleID: fmt.Sprintf("TLS%03d", rng.Intn(3)), Message: fmt.Sprint(rng.Intn(2)),
				Span: source.Span{File: files[rng.Intn(len(files))], Line: lines[rng.Intn(len(lines))], Col: cols[rng.Intn(len(cols))]}}
		}
		want := slices.Clone(fs)
		slices.SortStableFunc(want, (*Finding).compare)
		for _, cpus := range []int{1, 3, 4} {
			got := slices.Clone(fs)
			prev := runtime.GOMAXPROCS(cpus)
			sortFindings(got)
			runtime.GOMAXPROCS(prev)
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%d findings on %d CPUs: place %d differs: %+v %+v", n, cpus, i, got[i], want[i])
				}
			}
		}
	}
}

// TestPlaceKeyOrder: the packed key of a place never orders two places
// against their order, for every combination of values at and around the
// limits of each part.
func TestPlaceKeyOrder(t *testing.T) {
	ranks := []uint64{0, 1, 1<<16 - 2, 1<<16 - 1, 1 << 16, 1 << 20}
	lines := []int{-1, 0, 1, 1<<32 - 2, 1<<32 - 1, 1 << 32, 1 << 40}
	cols := []int{-1, 0, 1, 1<<16 - 2, 1<<16 - 1, 1 << 16, 1 << 20}
	type place struct {
		r    uint64
		l, c int
	}
	var all []place
	for _, r := range ranks {
		for _, l := range lines {
			for _, c := range cols {
				all = append(all, place{r, l, c})
			}
		}
	}
	less := func(a, b place) bool {
		if a.r != b.r {
			return a.r < b.r
		}
		if a.l != b.l {
			return a.l < b.l
		}
		return a.c < b.c
	}
	for _, a := range all {
		for _, b := range all {
			if less(a, b) && placeKey(a.r, a.l, a.c) > placeKey(b.r, b.l, b.c) {
				t.Fatalf("%+v sorts before %+v, but its key is larger", a, b)
			}
		}
	}
}
