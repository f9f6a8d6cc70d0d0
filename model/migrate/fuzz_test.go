package migrate

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/source"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// FuzzMigrate migrates arbitrary profiles: Migrate never panics, leaves
// a profile without conversions byte for byte as it was, and from a
// profile without syntax errors writes one without syntax errors in
// which every converted link is an INTERFACE; when no pair is refused,
// the result has every property TestProperties checks.
//
//	go test ./model/migrate -run '^$' -fuzz FuzzMigrate -fuzztime 60s
func FuzzMigrate(f *testing.F) {
	for _, in := range golden.Inputs(f, "migrate", ".prof") {
		data, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("DEVICE P MPCIPA LINK L IPAQENET P HOME 1.2.3.4 L START P"))
	f.Add([]byte("\xEF\xBB\xBFDEVICE V VIRTUAL 0\r\nLINK VL VIRTUAL 0 V\r\nHOME 9.9.9.9 VL PRIMARY"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, diags := tcpprofile.Load("fuzz.prof", data, nil)
		res := Migrate(p, Options{Prefix: map[string]int{"L": 24}})
		if len(res.Files) != len(p.Files) || !bytes.Equal(res.Files[0].Old, data) {
			t.Fatalf("Old is not the input")
		}
		if len(res.Conversions) == 0 {
			for _, f := range res.Files {
				if f.Changed() {
					t.Fatalf("no conversion, yet %s changed:\n%q\n%q", f.Name, f.Old, f.New)
				}
			}
			return
		}
		syntax := func(ds source.Diagnostics) bool {
			for _, d := range ds {
				if d.Severity == source.Error && strings.HasPrefix(d.Code, "PR1") {
					return true
				}
			}
			return false
		}
		if syntax(diags) {
			return
		}
		if !res.Refused() {
			checkProperties(t, p, res)
		}
		np, nd := tcpprofile.Load("fuzz.prof", res.Files[0].New, nil)
		if syntax(nd) {
			t.Fatalf("migrated profile has syntax errors %v:\n%s", nd, res.Files[0].New)
		}
		have := map[string]bool{}
		for _, it := range np.Interfaces {
			have[it.Name.Upper()] = true
		}
		for _, c := range res.Conversions {
			if !have[strings.ToUpper(c.Interface)] {
				t.Fatalf("no INTERFACE %s in\n%s", c.Interface, res.Files[0].New)
			}
		}
	})
}
