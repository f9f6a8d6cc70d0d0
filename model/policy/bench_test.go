package policy_test

import (
	"testing"

	"github.com/zosnet/znet/golden/gen"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

func parsed(b *testing.B, n int) *pagent.File {
	b.Helper()
	f, err := pagent.Parse("bench.conf", gen.Policy(n))
	if err != nil || f.Diagnostics.HasErrors() {
		b.Fatal(err, f.Diagnostics)
	}
	return f
}

// BenchmarkBuild: the model and every check of issue 3 for the generated
// 50 000-rule policy, on top of parsing (which is not timed here).
func BenchmarkBuild(b *testing.B) {
	f := parsed(b, gen.Rules)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := policy.Build([]*pagent.File{f}, model.R31)
		if len(p.Objects) != 4*gen.Rules {
			b.Fatalf("%d objects", len(p.Objects))
		}
	}
}

// BenchmarkExplainAll: effective settings of all 50 000 rules.
func BenchmarkExplainAll(b *testing.B) {
	p := policy.Build([]*pagent.File{parsed(b, gen.Rules)}, model.R31)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if es := p.ExplainAll(); len(es) != gen.Rules {
			b.Fatalf("%d rules", len(es))
		}
	}
}
