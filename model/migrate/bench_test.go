package migrate

import (
	"bytes"
	"fmt"
	"testing"

	tcpprofile "github.com/zosnet/znet/model/profile"
)

// generate writes a profile of about lines records, built from units
// that look like a large legacy profile: per unit an OSA port, a static
// VIPA and an XCF link defined with DEVICE and LINK (parameters over
// several records), their HOME entries (the VIPA before the OSA link,
// IPCONFIG SOURCEVIPA on), BSDROUTINGPARMS masks, a BEGINROUTES block,
// START statements, PORT and AUTOLOG blocks, comments and 80-column
// padded records. Every name and address is unique; every OSA port and
// VIPA converts, every XCF link stays.
func generate(lines int) []byte {
	var b bytes.Buffer
	b.Grow(lines * 40)
	b.WriteString("; generated legacy profile\nTCPCONFIG TTLS\nIPCONFIG SOURCEVIPA\n")
	n := 3
	pad := func(s string) string {
		for len(s) < 80 {
			s += " "
		}
		return s
	}
	for i := 0; n < lines; i++ {
		a, c, d := (i>>8)&255, i&255, (i>>16)&255
		fmt.Fprintf(&b, "; ------------------------------------------------------------------\n")
		fmt.Fprintf(&b, "; unit %d: OSA port O%06X, VLAN %d\n", i, i, i%4000+1)
		b.WriteString(pad(fmt.Sprintf("DEVICE O%06X MPCIPA PRIROUTER", i)) + "\n")
		fmt.Fprintf(&b, "  LINK O%06XL IPAQENET O%06X\n       INBPERF DYNAMIC WORKLOADQ ; fast\n       VLANID %d VMAC ROUTEALL\n", i, i, i%4000+1)
		fmt.Fprintf(&b, "DEVICE V%06X VIRTUAL 0\n  LINK V%06XL VIRTUAL 0 V%06X\n", i, i, i)
		fmt.Fprintf(&b, "DEVICE X%06X MPCPTP\n  LINK X%06XL MPCPTP X%06X\n", i, i, i)
		fmt.Fprintf(&b, "HOME\n  10.%d.%d.%d V%06XL\n  11.%d.%d.%d O%06XL\n", d, a, c, i, d, a, c, i)
		fmt.Fprintf(&b, "BSDROUTINGPARMS TRUE\n  O%06XL DEFAULTSIZE 0 255.255.255.0 0\n  X%06XL DEFAULTSIZE 0 255.255.255.0 0\nENDBSDROUTINGPARMS\n", i, i)
		fmt.Fprintf(&b, "BEGINROUTES\n  ROUTE 12.%d.%d.0/24 = O%06XL MTU 1500\nENDROUTES\n", a, c, i)
		fmt.Fprintf(&b, "START O%06X\nSTART X%06X\n", i, i)
		fmt.Fprintf(&b, "PORT\n   %d TCP JOB%05d NOAUTOLOG ; server\n", 1024+i%60000, i%100000)
		fmt.Fprintf(&b, "AUTOLOG 5\n  JOB%05d JOBNAME JOB%05d\nENDAUTOLOG\n\n", i%100000, i%100000)
		n += 28
	}
	return b.Bytes()
}

func TestGenerate(t *testing.T) {
	data := generate(2000)
	p, d := tcpprofile.Load("gen.prof", data, nil)
	if d.HasErrors() {
		t.Fatalf("generated profile has errors: %v", d[0])
	}
	res := Migrate(p, Options{})
	if res.Refused() {
		t.Fatalf("generated profile is refused: %v", res.Diagnostics)
	}
	units := len(p.Devices) / 3
	if units == 0 || len(res.Conversions) != 2*units {
		t.Fatalf("%d conversions for %d units", len(res.Conversions), units)
	}
	checkProperties(t, p, res)
}

// BenchmarkMigrate migrates a loaded profile of 200 000 records (the
// model is built once; the benchmark is the migration: planning, edits,
// writing every file, the OBEYFILE members).
func BenchmarkMigrate(b *testing.B) {
	data := generate(200000)
	p, _ := tcpprofile.Load("gen.prof", data, nil)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		res := Migrate(p, Options{})
		if len(res.Conversions) == 0 {
			b.Fatal("nothing converted")
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}

// BenchmarkLoadAndMigrate is what `znet migrate` does with a profile of
// 200 000 records: parse, build the model, migrate.
func BenchmarkLoadAndMigrate(b *testing.B) {
	data := generate(200000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		p, _ := tcpprofile.Load("gen.prof", data, nil)
		_ = Migrate(p, Options{})
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}
