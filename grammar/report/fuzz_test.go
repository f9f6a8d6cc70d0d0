package report

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zosnet/znet/golden"
)

func seeds(f *testing.F, prefix string) {
	if paths, err := filepath.Glob(filepath.Join(golden.Root(), "golden", "report", prefix+"*.txt")); err == nil {
		for _, p := range paths {
			if !reportInput.MatchString(filepath.Base(p)) {
				continue
			}
			if data, err := os.ReadFile(p); err == nil {
				if len(data) > 800 {
					data = data[:800]
				}
				f.Add(data)
			}
		}
	}
	f.Add([]byte("Key:  v\n  Sub: x  Other: y\n   0023  secp256r1\n\n...\nA  B\n-  -\n1  2\n  K: v\n"))
}

func check(t *testing.T, data []byte, a, b parsed) {
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two parses differ")
	}
	lines := bytes.Count(data, []byte{'\n'}) + 1
	for _, d := range a.Diags() {
		if d.Span.Line < 1 || d.Span.Line > lines || d.Span.Col < 1 {
			t.Fatalf("diagnostic outside the file: %v", d)
		}
	}
	_ = a.Outline(true)
}

// FuzzPasearch checks that any input reads as a pasearch report without a
// panic or an error, deterministically, with positioned diagnostics.
func FuzzPasearch(f *testing.F) {
	seeds(f, "pasearch")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParsePasearch("f", data)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := ParsePasearch("f", data)
		check(t, data, a, b)
	})
}

// FuzzIPSecDisplay is FuzzPasearch for ipsec -f display reports.
func FuzzIPSecDisplay(f *testing.F) {
	seeds(f, "ipsec")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseIPSecDisplay("f", data)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := ParseIPSecDisplay("f", data)
		check(t, data, a, b)
	})
}

// FuzzNetstat is FuzzPasearch for netstat HOME and DEVLINKS reports.
func FuzzNetstat(f *testing.F) {
	seeds(f, "netstat")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseNetstat("f", data)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := ParseNetstat("f", data)
		check(t, data, a, b)
	})
}
