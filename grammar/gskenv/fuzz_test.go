package gskenv

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zosnet/znet/golden"
)

// FuzzParse checks that any input parses without a panic or an error,
// deterministically, with every diagnostic inside the file and every list
// code inside its value.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"GSK_V3_CIPHER_SPECS_EXPANDED=C02CC02Bc030\n",
		"GSK_PROTOCOL_TLSV1_2=on\n#GSK_PROTOCOL_TLSV1_3=on\n",
		"export GSK_TRACE=0xff\nGSK_KEYRING_PW=\"x\"  \n",
		"GSK_CLIENT_ECURVE_LIST=0023,002\n= \nGSK X=1\n",
	} {
		f.Add([]byte(s))
	}
	if paths, err := filepath.Glob(filepath.Join(golden.Root(), "golden", "gskenv", "*.env")); err == nil {
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("f.env", data)
		if err != nil {
			t.Fatalf("Parse failed: %v", err)
		}
		b, _ := Parse("f.env", data)
		if !reflect.DeepEqual(a, b) {
			t.Fatal("two parses differ")
		}
		lines := bytes.Count(data, []byte{'\n'}) + 1
		for _, d := range a.Diags() {
			if d.Span.Line < 1 || d.Span.Line > lines || d.Span.Col < 1 {
				t.Fatalf("diagnostic outside the file: %v", d)
			}
		}
		for _, v := range a.Vars {
			for _, c := range v.Codes {
				if c.Span.Line != v.Value.Span.Line || c.Span.Col < v.Value.Span.Col || c.Span.EndCol > v.Value.Span.EndCol {
					t.Fatalf("code %v outside its value %v", c, v.Value)
				}
			}
		}
		_ = a.Outline(true)
	})
}
