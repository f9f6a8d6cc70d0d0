// Package golden is the test helper for golden files. The directory holds
// the inputs and expected outputs (golden/<area>/...); this package compares
// and, only when tests run with -update, rewrites them.
//
//	go test ./... -update     # then read `git diff golden/` before committing
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"
)

var update = flag.Bool("update", false, "rewrite golden files instead of comparing")

// Updating reports whether -update was given.
func Updating() bool { return *update }

// Root returns the repository root (the directory holding go.mod).
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// Path returns the absolute path of a file under golden/.
func Path(rel ...string) string {
	return filepath.Join(append([]string{Root(), "golden"}, rel...)...)
}

// Check compares got with the golden file at golden/<rel>; with -update it
// writes got there instead.
func Check(t testing.TB, rel string, got []byte) {
	t.Helper()
	path := Path(rel)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file %s: %v (run the test with -update to create it, then read it)", rel, err)
	}
	if !bytes.Equal(got, want) {
		dmp := diffmatchpatch.New()
		a, b, lines := dmp.DiffLinesToChars(string(want), string(got))
		diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
		var sb strings.Builder
		for _, d := range diffs {
			prefix := "  "
			switch d.Type {
			case diffmatchpatch.DiffDelete:
				prefix = "- "
			case diffmatchpatch.DiffInsert:
				prefix = "+ "
			default:
				continue
			}
			for _, l := range strings.SplitAfter(strings.TrimSuffix(d.Text, "\n"), "\n") {
				sb.WriteString(prefix + strings.TrimSuffix(l, "\n") + "\n")
			}
		}
		t.Errorf("%s differs from golden file (- want, + got):\n%s", rel, sb.String())
	}
}

// Samples returns the path of ../shared/samples beside the repository, or
// skips the test when it is not there (a clone on its own).
func Samples(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(Root(), "..", "shared", "samples")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skip("../shared/samples is not beside the repository")
	}
	return dir
}

// Glob lists the files that match patterns, each relative to the
// repository's root ("golden/profile/*.prof"; "../shared/samples/*.prof"
// for the shared samples, which match nothing in a clone on its own), in
// the order of the patterns.
func Glob(patterns ...string) []string {
	var out []string
	for _, pat := range patterns {
		m, _ := filepath.Glob(filepath.Join(Root(), filepath.FromSlash(pat)))
		out = append(out, m...)
	}
	return out
}

// Inputs lists files in golden/<rel> whose names end in one of exts,
// sorted. It fails the test when there are none.
func Inputs(t testing.TB, rel string, exts ...string) []string {
	t.Helper()
	ents, err := os.ReadDir(Path(rel))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		for _, x := range exts {
			if !e.IsDir() && strings.HasSuffix(e.Name(), x) {
				out = append(out, filepath.Join(Path(rel), e.Name()))
				break
			}
		}
	}
	if len(out) == 0 {
		t.Fatalf("no %v inputs in golden/%s", exts, rel)
	}
	return out
}
