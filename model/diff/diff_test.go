package diff_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/report"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/desired"
	"github.com/zosnet/znet/model/diff"
	"github.com/zosnet/znet/model/live"
	"github.com/zosnet/znet/model/policy"
)

// side reads one side of a comparison: YAML, a native member, or a
// pasearch report, named relative to dir.
func side(t *testing.T, dir, path string) *policy.Policy {
	t.Helper()
	rel, _ := filepath.Rel(dir, path)
	if desired.IsYAML(path) {
		files, ds := desired.LoadDocument(path)
		for _, f := range files {
			f.Name = rel
			ds = append(ds, f.Diagnostics...)
		}
		if ds.HasErrors() {
			t.Fatal(ds)
		}
		return policy.Build(files, model.R31)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fam, err := grammar.Detect(rel, data)
	if err != nil {
		t.Fatal(err)
	}
	p, err := fam.Parse(rel, data)
	if err != nil || p.Diags().HasErrors() {
		t.Fatalf("%s: %v %v", rel, err, p.Diags())
	}
	switch x := p.(type) {
	case *pagent.File:
		return policy.Build([]*pagent.File{x}, model.R31)
	case *report.Pasearch:
		f, _ := live.PolicyFile(x)
		return policy.Build([]*pagent.File{f}, model.R31)
	}
	t.Fatalf("%s: %s cannot be compared", rel, fam.Kind)
	return nil
}

// TestDiffGolden compares a.* with b.* in every golden/diff case.
func TestDiffGolden(t *testing.T) {
	all, _ := filepath.Glob(golden.Path("diff", "*"))
	var dirs []string
	for _, d := range all {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dirs = append(dirs, d)
		}
	}
	if len(dirs) < 10 {
		t.Fatalf("only %d diff cases", len(dirs))
	}
	for _, d := range dirs {
		name := filepath.Base(d)
		t.Run(name, func(t *testing.T) {
			a, _ := filepath.Glob(filepath.Join(d, "a.*"))
			b, _ := filepath.Glob(filepath.Join(d, "b.*"))
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("want one a.* and one b.* in %s", d)
			}
			res := diff.Compare(filepath.Base(a[0]), side(t, d, a[0]), filepath.Base(b[0]), side(t, d, b[0]))
			golden.Check(t, filepath.Join("diff", name+".out"), []byte(res.Text()))
			same := strings.Contains(name, "same") || strings.Contains(name, "yaml-vs-pasearch")
			if same != res.Equal() {
				t.Errorf("Equal() = %v for %s", res.Equal(), name)
			}
		})
	}
}
