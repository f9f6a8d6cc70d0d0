package emit_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/golden/gen"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/desired"
	"github.com/zosnet/znet/model/policy"
)

// BenchmarkBuildSystem: znet build of a system whose one stack has the
// generated 50 000-rule AT-TLS policy as YAML, from reading the YAML to
// the bytes of every member (writing the files is not timed). It also
// reports the processor time per build on all CPUs (cpu-s/op).
func BenchmarkBuildSystem(b *testing.B) {
	f, err := pagent.Parse("bench.conf", gen.Policy(gen.Rules))
	if err != nil {
		b.Fatal(err)
	}
	doc, _ := desired.Export(policy.Build([]*pagent.File{f}, model.R31))
	y, err := desired.Marshal(doc)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	sys := "system: BENCH\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: PAGENTI\n    attls: {file: attls.yaml, member: TTLSTCP}\n"
	if err := os.WriteFile(filepath.Join(dir, "attls.yaml"), y, 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "system.yaml"), []byte(sys), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(y)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := gen.CPU()
	for i := 0; i < b.N; i++ {
		s := desired.LoadSystem(filepath.Join(dir, "system.yaml"))
		files, _, ds := emit.BuildSystem(s, emit.BuildOptions{Lookup: func(string) (string, bool) { return "", false }})
		if ds.HasErrors() || len(files) != 3 {
			b.Fatalf("%d files: %v", len(files), ds[:min(3, len(ds))])
		}
	}
	b.ReportMetric((gen.CPU()-c0).Seconds()/float64(b.N), "cpu-s/op")
}
