package policytest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/policy"
)

// TestGolden runs every *.tests.yaml of golden/explain/connection and pins
// the diagnostics (file names relative to the repository).
func TestGolden(t *testing.T) {
	dir := golden.Path("explain", "connection")
	files, _ := filepath.Glob(filepath.Join(dir, "*.tests.yaml"))
	if len(files) < 3 {
		t.Fatalf("only %d tests files", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".tests.yaml")
		t.Run(name, func(t *testing.T) {
			rel, _ := filepath.Rel(golden.Root(), f)
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s, ds := Load(rel, data)
			// Policy files by absolute path, shown relative.
			for i, p := range s.Policy {
				s.Policy[i] = filepath.Join(golden.Root(), p)
			}
			res := s.Run()
			all := append(ds, res.Diags...)
			all.Sort()
			var b bytes.Buffer
			for _, d := range all {
				d.Span.File = relTo(d.Span.File)
				fmt.Fprintln(&b, d.String())
			}
			fmt.Fprintf(&b, "%d passed, %d failed\n", res.Passed, res.Failed)
			golden.Check(t, filepath.Join("explain", "connection", name+".tests.out"), b.Bytes())
		})
	}
}

func relTo(p string) string {
	if r, err := filepath.Rel(golden.Root(), p); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return p
}

func TestSettingsLists(t *testing.T) {
	e := Expect{Values: []string{"TLS_CHACHA20_POLY1305_SHA256", "003D"}, List: true}
	ok, _ := same(e, &policy.Setting{List: []string{"1303 TLS_CHACHA20_POLY1305_SHA256", "003D TLS_RSA_WITH_AES_256_CBC_SHA256"}})
	if !ok {
		t.Error("names and codes should match list entries")
	}
	ok, _ = same(Expect{Values: []string{"003D, 1303"}}, &policy.Setting{List: []string{"1303 X", "003D Y"}})
	if ok {
		t.Error("order matters")
	}
	_ = source.Error
}
