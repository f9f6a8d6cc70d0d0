package migrate

import (
	"testing"

	"github.com/zosnet/znet/golden/gen"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

func TestGenerate(t *testing.T) {
	data := gen.LegacyProfile(2000)
	p, d := tcpprofile.Load("gen.prof", data, nil)
	if d.HasErrors() {
		t.Fatalf("generated profile has errors: %v", d[0])
	}
	res := Migrate(p, Options{})
	if res.Refused() {
		t.Fatalf("generated profile is refused: %v", res.Diagnostics)
	}
	units := len(p.Devices) / 3
	if units == 0 || len(res.Conversions) != 2*units {
		t.Fatalf("%d conversions for %d units", len(res.Conversions), units)
	}
	checkProperties(t, p, res)
}

// BenchmarkMigrate migrates a loaded profile of 200 000 records (the
// model is built once; the benchmark is the migration: planning, edits,
// writing every file, the OBEYFILE members).
func BenchmarkMigrate(b *testing.B) {
	data := gen.LegacyProfile(200000)
	p, _ := tcpprofile.Load("gen.prof", data, nil)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		res := Migrate(p, Options{})
		if len(res.Conversions) == 0 {
			b.Fatal("nothing converted")
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}

// BenchmarkLoadAndMigrate is what `znet migrate` does with a profile of
// 200 000 records: parse, build the model, migrate.
func BenchmarkLoadAndMigrate(b *testing.B) {
	data := gen.LegacyProfile(200000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		p, _ := tcpprofile.Load("gen.prof", data, nil)
		_ = Migrate(p, Options{})
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}
