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
// the order they came.
func TestSortFindingsRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 1, 5, 1 << 16, 3<<16 + 7, 5 << 16} {
		fs := make([]*Finding, n)
		for i := range fs {
			fs[i] = &Finding{RuleID: fmt.Sprintf("TLS%03d", rng.Intn(3)), Message: fmt.Sprint(rng.Intn(2)),
				Span: source.Span{File: "f", Line: rng.Intn(50), Col: rng.Intn(3)}}
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
					t.Fatalf("%d findings on %d CPUs: place %d differs", n, cpus, i)
				}
			}
		}
	}
}
