package policy_test

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zosnet/znet/golden/gen"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// TestBuildParallel builds a policy large enough for its statements to be
// built on several CPUs, with mistakes in it, and compares with a build on
// one CPU: objects, reading order, diagnostics (run it with -race too).
// References are resolved on several CPUs too: a dangling one stands at
// the start and a mistyped one at the end.
func TestBuildParallel(t *testing.T) {
	text := "TTLSRule early\n{\n  LocalPortRange 1\n  TTLSGroupActionRef nosuch\n}\n" +
		string(gen.Policy(6000)) + "TTLSRule bad\n{\n  Priority 0\n  Direction Sideways\n}\nTTLSFoo x\n{\n}\n" +
		"TTLSRule late\n{\n  LocalPortRange 2\n  TTLSGroupActionRef App00001-Env\n}\n"
	f, err := pagent.Parse("gen.conf", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	build := func(cpus int) *policy.Policy {
		prev := runtime.GOMAXPROCS(cpus)
		defer runtime.GOMAXPROCS(prev)
		return policy.Build([]*pagent.File{f}, model.R31)
	}
	one, four := build(1), build(4)
	codes := map[string]bool{}
	for _, d := range one.Diags {
		codes[d.Code] = true
	}
	if !codes[policy.CodeDangling] || !codes[policy.CodeWrongType] || len(one.Diags) < 4 {
		t.Fatalf("the mistakes were not found: %v", one.Diags)
	}
	if d := cmp.Diff(one.Diags, four.Diags); d != "" {
		t.Errorf("diagnostics differ between 1 and 4 CPUs:\n%s", d)
	}
	if d := cmp.Diff(one.Canonical(), four.Canonical()); d != "" {
		t.Errorf("models differ between 1 and 4 CPUs:\n%s", d)
	}
	seqs := func(p *policy.Policy) []int {
		var out []int
		var walk func(o *policy.Object)
		walk = func(o *policy.Object) {
			out = append(out, o.Seq)
			for _, c := range o.Children {
				walk(c)
			}
		}
		for _, o := range p.Objects {
			walk(o)
		}
		return out
	}
	if d := cmp.Diff(seqs(one), seqs(four)); d != "" {
		t.Errorf("reading order differs between 1 and 4 CPUs:\n%s", d)
	}
}
