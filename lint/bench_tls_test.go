package lint

import (
	"testing"
	"time"

	"github.com/zosnet/znet/golden/gen"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// BenchmarkLintTLS lints a generated policy of 50 000 AT-TLS rules (the
// generator of BenchmarkRun: each rule with its own environment that
// codes TLSv1.2 On and keeps every other TLS default, ten shared groups)
// with the rules of issue 8 and the hygiene rules. Parsing and building
// the model are not timed (the model is built anew, untimed, before each
// run, so nothing one run computes and caches helps the next); computing
// the effective settings is timed.
//
//   - no-shadowing: every rule but the shadowing analysis (SHD001-003)
//     and HYG007, the pairwise equal-priority check (the target:
//     under a second on top of parsing);
//   - all: every rule;
//   - no-tls: the TLS rules off, for comparison.
//
// It reports the number of findings per run, and the processor time per
// run on all CPUs (cpu-s/op), which other load on the machine changes
// less than wall time.
//
//	go test -run '^$' -bench LintTLS -benchtime 3x ./lint/
func BenchmarkLintTLS(b *testing.B) {
	f, err := pagent.Parse("big.conf", []byte(genPolicy(50000)))
	if err != nil {
		b.Fatal(err)
	}
	files := []*pagent.File{f}
	for _, bc := range []struct {
		name string
		cfg  *Config
	}{
		{"no-shadowing", &Config{Rules: map[string]string{"HYG007": "off", CatShadow: "off"}}},
		{"all", nil},
		{"no-tls", &Config{Rules: map[string]string{"HYG007": "off", CatShadow: "off", CatTLS: "off"}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				in := Input{Syntax: f.Diagnostics, Sets: policy.Assemble(files, model.DefaultRelease)}
				for _, s := range in.Sets {
					in.Model = append(in.Model, s.Policy.Diags...)
				}
				b.StartTimer()
				c0 := gen.CPU()
				res := Run(in, Options{Config: bc.cfg})
				cpu += gen.CPU() - c0
				if len(res.Findings) == 0 {
					b.Fatal("no findings")
				}
				n = len(res.Findings)
			}
			b.ReportMetric(float64(n), "findings")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}
