package pagent

import (
	"runtime"
	"testing"

	"github.com/zosnet/znet/golden/gen"
)

func BenchmarkParsePolicy(b *testing.B) {
	data := gen.Policy(gen.Rules)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	runtime.GC()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		f, err := Parse("bench.conf", data)
		if err != nil {
			b.Fatal(err)
		}
		if len(f.Statements) != 4*gen.Rules || f.Diagnostics.HasErrors() {
			b.Fatalf("%d statements, %d diagnostics", len(f.Statements), len(f.Diagnostics))
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}

// BenchmarkParseSmall parses a policy of the size sites usually have (50
// rules, about 1 600 records), where per-file costs show.
func BenchmarkParseSmall(b *testing.B) {
	data := gen.Policy(50)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("small.conf", data); err != nil {
			b.Fatal(err)
		}
	}
}
