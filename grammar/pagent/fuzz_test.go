package pagent

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zosnet/znet/golden"
)

// FuzzParse feeds Parse arbitrary bytes, starting from the golden inputs
// and the rule cases, and asserts what must hold for every input (see
// checkInvariants, checkChunking and checkRoundTrip):
//
//   - Parse never panics and never returns an internal error;
//   - every diagnostic lies within the input: 1 <= line <= records, col >= 1,
//     end >= start, end within its record;
//   - every keyword, value and comment is exactly the text its span covers,
//     statements come in source order and inside their blocks, and the
//     diagnostics are sorted;
//   - reading the file in tiny chunks, on one goroutine or several, gives
//     the same tree and diagnostics;
//   - the outline keeps every statement, value and comment, and printed as
//     Policy Agent text and parsed again it gives the same outline, with no
//     syntax problem left but those in the words themselves.
//
// Crashers land in testdata/fuzz/FuzzParse; each becomes a golden case
// (golden/parse/pagent/fuzz-*.conf) once fixed.
func FuzzParse(f *testing.F) {
	ins, _ := filepath.Glob(golden.Path("parse", "pagent", "*.conf"))
	for _, in := range ins {
		data, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, c := range ruleCases {
		f.Add([]byte(c.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file := checkInvariants(t, "fuzz.conf", data)
		checkChunking(t, "fuzz.conf", data, file)
		checkRoundTrip(t, file)
		if s := Score("fuzz.conf", data); s < 0 || s > 100 {
			t.Errorf("Score %d is not within 0-100", s)
		}
	})
}
