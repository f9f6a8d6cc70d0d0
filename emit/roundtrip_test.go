package emit

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// describe renders what the model holds of a file, in a form that does
// not depend on layout: kinds, names, inline or not, parameters with
// their values (lists of codes split over several records joined again),
// nested statements, and the comments attached to each object.
func describe(f *pagent.File, p *policy.Policy) string {
	var sb strings.Builder
	var obj func(o *policy.Object, depth int)
	obj = func(o *policy.Object, depth int) {
		ind := strings.Repeat("  ", depth)
		fmt.Fprintf(&sb, "%s%s %q inline=%v\n", ind, o.Def.Name, o.Name, o.Inline)
		its := items(o)
		var comments []string
		addC := func(st *pagent.Statement) {
			if st == nil {
				return
			}
			for _, c := range st.Leading {
				comments = append(comments, TrimBlanks(c.Text))
			}
			if st.Trailing != nil {
				comments = append(comments, TrimBlanks(st.Trailing.Text))
			}
		}
		addC(o.Src)
		if o.Src != nil && o.Src.Block != nil {
			for _, c := range o.Src.Block.Comments {
				comments = append(comments, TrimBlanks(c.Text))
			}
		}
		if !o.Def.Block {
			for _, pr := range o.Params {
				fmt.Fprintf(&sb, "%s  . %s=%q\n", ind, pr.Def.Name, pr.Value)
			}
		}
		for k := 0; k < len(its); k++ {
			it := its[k]
			if it.child != nil {
				obj(it.child, depth+1)
				continue
			}
			pr := it.param
			addC(pr.Src)
			v := pr.Value
			if codeWidth(pr.Def.Kind) > 0 && pr.Def.Repeatable && isHex(v) {
				for k+1 < len(its) && its[k+1].param != nil && its[k+1].param.Def == pr.Def && isHex(its[k+1].param.Value) {
					k++
					addC(its[k].param.Src)
					v += its[k].param.Value
				}
			}
			fmt.Fprintf(&sb, "%s  . %s=%q\n", ind, pr.Def.Name, v)
		}
		sort.Strings(comments)
		for _, c := range comments {
			fmt.Fprintf(&sb, "%s  # %q\n", ind, c)
		}
	}
	for _, o := range p.Objects {
		obj(o, 0)
	}
	for _, c := range f.Comments {
		fmt.Fprintf(&sb, "file # %q\n", TrimBlanks(c.Text))
	}
	return sb.String()
}

func modelOf(t testing.TB, name string, data []byte) (string, bool) {
	f, err := pagent.Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	if f.Diagnostics.HasErrors() {
		return "", false
	}
	return describe(f, policy.Build([]*pagent.File{f}, model.DefaultRelease)), true
}

// roundTrip checks parse → model → emit → parse → model on one input.
// It reports whether the input was formatted at all.
func roundTrip(t *testing.T, name string, data []byte) bool {
	t.Helper()
	before, ok := modelOf(t, name, data)
	if !ok {
		return false
	}
	out, _, err := FormatPagent(name, data)
	if err != nil {
		if _, refused := err.(*FormatError); refused {
			return false
		}
		t.Fatalf("%s: %v", name, err)
	}
	after, ok := modelOf(t, name, out)
	if !ok {
		t.Fatalf("%s: formatted text has syntax errors:\n%s", name, out)
	}
	if before != after {
		t.Errorf("%s: model changed by formatting\n--- before\n%s--- after\n%s--- text\n%s", name, before, after, out)
	}
	again, _, err := FormatPagent(name, out)
	if err != nil || string(again) != string(out) {
		t.Errorf("%s: formatting is not idempotent (%v)", name, err)
	}
	return true
}

func TestRoundTrip(t *testing.T) {
	files := golden.Glob("golden/check/*.conf", "golden/parse/*.conf", "golden/emit/*.conf",
		"examples/native/*", "examples/*/native/*", "../shared/samples/*.conf")
	formatted := 0
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			continue
		}
		fam, err := grammar.Detect(fn, data)
		if err != nil || fam.Kind != "pagent" {
			continue
		}
		t.Run(filepath.Base(fn), func(t *testing.T) {
			if roundTrip(t, fn, data) {
				formatted++
			}
		})
	}
	t.Logf("%d of %d inputs formatted and round-tripped", formatted, len(files))
	if formatted < 10 {
		t.Errorf("only %d inputs could be formatted; the round trip proves little", formatted)
	}
}

func parseModel(t testing.TB, data []byte) (*pagent.File, *policy.Policy) {
	t.Helper()
	f, err := pagent.Parse("t.conf", data)
	if err != nil || f.Diagnostics.HasErrors() {
		t.Fatalf("parse: %v %v", err, f.Diagnostics)
	}
	return f, policy.Build([]*pagent.File{f}, model.DefaultRelease)
}
