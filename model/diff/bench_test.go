package diff_test

import (
	"bytes"
	"testing"

	"github.com/zosnet/znet/golden/gen"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/diff"
	"github.com/zosnet/znet/model/policy"
)

// BenchmarkCompare: znet diff of two generated 50 000-rule policies that
// differ in one setting (models built outside the timer, as they would be
// for any command).
func BenchmarkCompare(b *testing.B) {
	data := gen.Policy(gen.Rules)
	changed := bytes.Replace(data, []byte("TLSv1.2                   On"), []byte("TLSv1.2                   Off"), 1)
	fa, _ := pagent.Parse("a.conf", data)
	fb, _ := pagent.Parse("b.conf", changed)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// The two sides are built side by side, as znet diff does.
		var pa, pb *policy.Policy
		done := make(chan bool)
		go func() { pa = policy.Build([]*pagent.File{fa}, model.R31); done <- true }()
		pb = policy.Build([]*pagent.File{fb}, model.R31)
		<-done
		res := diff.Compare("a", pa, "b", pb)
		if len(res.Rules) != 1 {
			b.Fatalf("%d rules differ", len(res.Rules))
		}
	}
}
