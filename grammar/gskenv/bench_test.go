package gskenv

import (
	"bytes"
	"fmt"
	"testing"
)

const benchLines = 1000000

// genEnv writes an environment file of n records: cipher, signature-pair
// and group lists, protocol switches, numbers, other variables and
// comments, in the proportions of real LDAP and FTP environment files.
func genEnv(n int) []byte {
	var b bytes.Buffer
	b.Grow(n * 40)
	for i := 0; i < n; i++ {
		switch i % 10 {
		case 0:
			fmt.Fprintf(&b, "# block %d\n", i/10)
		case 1:
			b.WriteString("GSK_V3_CIPHER_SPECS_EXPANDED=C02CC02BC030C02F13031301\n")
		case 2:
			b.WriteString("GSK_TLS_SIG_ALG_PAIRS=0601060308050804\n")
		case 3:
			b.WriteString("GSK_CLIENT_ECURVE_LIST=0023002400250029\n")
		case 4:
			b.WriteString("GSK_PROTOCOL_TLSV1_2=on\n")
		case 5:
			b.WriteString("GSK_PROTOCOL_TLSV1=OFF\n")
		case 6:
			fmt.Fprintf(&b, "GSK_V3_SESSION_TIMEOUT=%d\n", 3600+i%1000)
		case 7:
			b.WriteString("GSK_V3_CIPHER_SPECS=35382F\n")
		case 8:
			fmt.Fprintf(&b, "APP_VAR_%d=value%d\n", i%100, i)
		default:
			b.WriteString("GSK_KEYRING_FILE=LDAPSRV/LDAPRING\n")
		}
	}
	return b.Bytes()
}

func BenchmarkParse(b *testing.B) {
	data := genEnv(benchLines)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		f, err := Parse("bench.env", data)
		if err != nil {
			b.Fatal(err)
		}
		if len(f.Vars) < benchLines*8/10 {
			b.Fatalf("only %d variables", len(f.Vars))
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}
