package lint

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParallelSameFindings lints a policy large enough for the TLS rules
// to run on several goroutines and checks that the findings are those of
// a run on one CPU, in the same order (run it with -race as well).
func TestParallelSameFindings(t *testing.T) {
	in := inputOf(t, "big.conf", genPolicy(3*tlsChunk))
	prev := runtime.GOMAXPROCS(1)
	one := Run(in, Options{})
	runtime.GOMAXPROCS(4)
	in = inputOf(t, "big.conf", genPolicy(3*tlsChunk))
	four := Run(in, Options{})
	runtime.GOMAXPROCS(prev)
	type view struct {
		ID, At, Msg string
		Affects     []string
		Uncertain   bool
	}
	views := func(r *Result) []view {
		var out []view
		for _, f := range r.Findings {
			out = append(out, view{f.RuleID, f.Span.String(), f.Message, f.Affects, f.Uncertain})
		}
		return out
	}
	if len(one.Findings) < 3*tlsChunk {
		t.Fatalf("only %d findings", len(one.Findings))
	}
	if d := cmp.Diff(views(one), views(four)); d != "" {
		t.Errorf("findings differ between 1 and 4 CPUs (-1 +4):\n%s", d)
	}
}
