package emit

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/zosnet/znet/golden/gen"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// TestPrintPagentParallel prints a policy large enough for its blocks to
// be printed on several CPUs and compares with printing every statement
// in place, on one CPU and on four (run it with -race as well).
func TestPrintPagentParallel(t *testing.T) {
	f, err := pagent.Parse("gen.conf", gen.Policy(1000))
	if err != nil {
		t.Fatal(err)
	}
	p := policy.Build([]*pagent.File{f}, model.R31)
	old := blocksPerRun
	defer func() { blocksPerRun = old }()
	blocksPerRun = len(p.Objects) // in place
	want := PrintPagent(p.Objects, f.Comments)
	blocksPerRun = 256
	for _, cpus := range []int{1, 4} {
		prev := runtime.GOMAXPROCS(cpus)
		got := PrintPagent(p.Objects, f.Comments)
		runtime.GOMAXPROCS(prev)
		if !bytes.Equal(got, want) {
			t.Errorf("%d CPUs: printing blocks apart differs from printing in place", cpus)
		}
	}
}
