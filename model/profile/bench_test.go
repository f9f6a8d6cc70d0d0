package tcpprofile

import (
	"testing"

	"github.com/zosnet/znet/golden/gen"
)

func TestGenerate(t *testing.T) {
	data := gen.Profile(2000)
	p, d := Load("gen.prof", data, nil)
	if d.HasErrors() {
		t.Fatalf("generated profile has errors: %v", d[0])
	}
	d = p.Check()
	if d.HasErrors() {
		t.Fatalf("generated profile fails checks: %v", d[0])
	}
	if len(p.Interfaces) == 0 || len(p.Routes) == 0 {
		t.Fatal("generator produced nothing")
	}
}

// BenchmarkParseAndCheck200k reads and checks a generated profile of
// 200 000 records.
func BenchmarkParseAndCheck200k(b *testing.B) {
	data := gen.Profile(200000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, _ := Load("gen.prof", data, nil)
		_ = p.Check()
	}
}
