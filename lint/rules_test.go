package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// inputOf parses and models files (name, text, name, text …) the way
// znet lint does, for tests.
func inputOf(t testing.TB, pairs ...string) Input {
	t.Helper()
	var in Input
	var files []*pagent.File
	for i := 0; i+1 < len(pairs); i += 2 {
		f, err := pagent.Parse(pairs[i], []byte(pairs[i+1]))
		if err != nil {
			t.Fatal(err)
		}
		in.Syntax = append(in.Syntax, f.Diagnostics...)
		files = append(files, f)
	}
	in.Sets = policy.Assemble(files, model.DefaultRelease)
	for _, s := range in.Sets {
		in.Model = append(in.Model, s.Policy.Diags...)
	}
	return in
}

func positions(fs []*Finding, id string) []string {
	var out []string
	for _, f := range fs {
		if f.RuleID == id {
			out = append(out, fmt.Sprintf("%d:%d", f.Span.Line, f.Span.Col))
		}
	}
	return out
}

// TestExamples runs every rule's examples through the whole engine: the
// examples in RULES.md are the rules' tests.
func TestExamples(t *testing.T) {
	for _, r := range Rules() {
		fails, passes := 0, 0
		for i, ex := range r.Examples {
			name := fmt.Sprintf("%s/%d", r.ID, i+1)
			t.Run(name, func(t *testing.T) {
				in := inputOf(t, strings.ToLower(r.ID)+".conf", ex.Input)
				if in.Syntax.HasErrors() {
					t.Fatalf("example %q has syntax errors: %v", ex.Title, in.Syntax)
				}
				for _, d := range in.Model {
					if d.Severity == source.Error && !ex.Invalid {
						t.Errorf("example %q is not valid policy: %s", ex.Title, d)
					}
				}
				res := Run(in, Options{})
				got := positions(res.Findings, r.ID)
				if !reflect.DeepEqual(got, ex.Want) && !(len(got) == 0 && len(ex.Want) == 0) {
					var all []string
					for _, f := range res.Findings {
						all = append(all, f.Diagnostic().String())
					}
					t.Errorf("example %q: %s at %v, want %v\nall findings:\n%s", ex.Title, r.ID, got, ex.Want, strings.Join(all, "\n"))
				}
			})
			if len(ex.Want) > 0 {
				fails++
			} else {
				passes++
			}
		}
		if fails == 0 || passes == 0 {
			t.Errorf("%s needs at least one example that finds something and one that finds nothing (has %d and %d)", r.ID, fails, passes)
		}
	}
}

func sp(file string, l, c, el, ec int) source.Span {
	return source.Span{File: file, Line: l, Col: c, EndLine: el, EndCol: ec}
}
