package shadow

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// parseFiles reads and parses files, naming them relative to dir.
func parseFiles(t testing.TB, dir string, paths []string) []*pagent.File {
	t.Helper()
	var out []*pagent.File
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		f, err := pagent.Parse(filepath.ToSlash(rel), data)
		if err != nil {
			t.Fatal(err)
		}
		if f.Diagnostics.HasErrors() {
			t.Fatalf("%s has syntax errors: %v", rel, f.Diagnostics)
		}
		out = append(out, f)
	}
	return out
}

// report renders the findings the way znet prints diagnostics.
func report(fs []Finding) []byte {
	var b bytes.Buffer
	for _, d := range Diagnostics(fs) {
		fmt.Fprintln(&b, d.String())
	}
	if len(fs) == 0 {
		b.WriteString("(no findings)\n")
	}
	return b.Bytes()
}

// TestGolden runs the analysis over every policy in golden/shadow: a .conf
// file is one policy; a directory is the files of one stack read in name
// order (the common file first).
func TestGolden(t *testing.T) {
	dir := golden.Path("shadow")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		name := e.Name()
		var paths []string
		switch {
		case e.IsDir():
			sub, _ := os.ReadDir(filepath.Join(dir, name))
			for _, s := range sub {
				if strings.HasSuffix(s.Name(), ".conf") {
					paths = append(paths, filepath.Join(dir, name, s.Name()))
				}
			}
			sort.Strings(paths)
		case strings.HasSuffix(name, ".conf"):
			paths = []string{filepath.Join(dir, name)}
		default:
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			p := policy.Build(parseFiles(t, dir, paths), model.R31)
			golden.Check(t, filepath.Join("shadow", strings.TrimSuffix(name, ".conf")+".out"), report(Analyze(p)))
		})
	}
	if n < 30 {
		t.Errorf("only %d golden policies; issue 9 asks for at least 30", n)
	}
}

// TestSample pins what znet says about the field sample: COLATTLS is fully
// shadowed by COLATTLJ because both have priority 1 and COLATTLJ sorts
// first, with the connection the sysprog saw.
func TestSample(t *testing.T) {
	dir := golden.Samples(t)
	p := policy.Build(parseFiles(t, dir, []string{filepath.Join(dir, "attls-colattl-shadowed.conf")}), model.R31)
	fs := Analyze(p)
	golden.Check(t, filepath.Join("shadow", "samples", "attls-colattl-shadowed.out"), report(fs))
	var full *Finding
	for i := range fs {
		if fs[i].Code == CodeFull && fs[i].Rule == "COLATTLS" {
			full = &fs[i]
		}
	}
	if full == nil {
		t.Fatalf("COLATTLS is not reported fully shadowed: %v", fs)
	}
	if len(full.By) != 1 || full.By[0] != "COLATTLJ" || full.Winner != "COLATTLJ" || !full.Redundant {
		t.Errorf("finding: %+v", full)
	}
	want := "local=10.1.1.2:4000 remote=10.1.0.2:50000 job=COLATTLS user=START1 dir=inbound"
	if full.Example != want {
		t.Errorf("example %q, want %q", full.Example, want)
	}
	if !strings.Contains(full.Message, "same priority 1") || !strings.Contains(full.Message, "name order") {
		t.Errorf("message does not give the reason: %s", full.Message)
	}
}
