package profile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/zosnet/znet/golden"
)

// Every golden profile and included member is written back byte for
// byte.
func TestGoldenRoundTrip(t *testing.T) {
	for _, in := range golden.Inputs(t, "profile", ".prof", ".inc") {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(filepath.Base(in), data)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f.Bytes(), data) {
			t.Errorf("%s: written back differs", filepath.Base(in))
		}
		var b bytes.Buffer
		if n, err := f.WriteTo(&b); err != nil || n != int64(len(data)) {
			t.Errorf("%s: WriteTo wrote %d bytes, %v", filepath.Base(in), n, err)
		}
	}
}
