package desired_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/desired"
	"github.com/zosnet/znet/model/policy"
)

// nativeInputs lists every Policy Agent input the repository has, plus the
// shared samples when they are beside it.
func nativeInputs(t *testing.T) []string {
	return golden.Glob("golden/check/*.conf", "golden/check/*/*", "golden/parse/*.conf", "examples/*/*.conf", "examples/*/*/*.conf",
		"../shared/samples/*.conf")
}

// TestImportRoundTrip: for every native input without syntax errors,
// import to YAML and load it back: the model and every rule's effective
// settings must be the same.
func TestImportRoundTrip(t *testing.T) {
	n := 0
	for _, path := range nativeInputs(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := pagent.Parse(filepath.Base(path), data)
		if err != nil {
			t.Fatal(err)
		}
		if f.Diagnostics.HasErrors() || strings.Contains(path, "syslog") {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			orig := policy.Build([]*pagent.File{f}, model.R31)
			doc, _ := desired.Export(orig)
			out, err := yaml.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			d := desired.ParseDocument("imported.yaml", out)
			if d.File.Diagnostics.HasErrors() {
				t.Fatalf("exported YAML does not load:\n%s\n%v", out, d.File.Diagnostics)
			}
			back := policy.Build([]*pagent.File{d.File}, model.R31)
			if diff := cmp.Diff(orig.Canonical(), back.Canonical()); diff != "" {
				t.Errorf("model differs after import (-native +yaml):\n%s\nYAML:\n%s", diff, out)
			}
			noPos := cmpopts.IgnoreFields(policy.Setting{}, "Param", "Holder")
			if diff := cmp.Diff(orig.ExplainAll(), back.ExplainAll(), noPos, withSettings); diff != "" {
				t.Errorf("effective settings differ after import (-native +yaml):\n%s", diff)
			}
		})
	}
	if n < 20 {
		t.Errorf("only %d native inputs round-tripped", n)
	}
}

// withSettings compares effective settings in full: the fields and
// every setting (which an Effective gives by a method).
var withSettings = cmp.Options{
	cmpopts.IgnoreUnexported(policy.Effective{}),
	cmp.Transformer("Settings", func(e *policy.Effective) struct {
		E        policy.Effective
		Settings []*policy.Setting
	} {
		return struct {
			E        policy.Effective
			Settings []*policy.Setting
		}{*e, e.Settings()}
	}),
}
