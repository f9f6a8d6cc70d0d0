package emit

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

// FuzzFormat: whatever the input, formatting does not panic; when it
// formats, the text parses without errors, formats to itself, and holds
// the same model.
func FuzzFormat(f *testing.F) {
	for _, pat := range []string{golden.Path("emit", "*.conf"), golden.Path("check", "*.conf"), filepath.Join(golden.Root(), "examples", "native", "*")} {
		m, _ := filepath.Glob(pat)
		for _, fn := range m {
			if b, err := os.ReadFile(fn); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("TTLSRule a # c\n{ # d\n  priority 1 # e\n} # f\n# g\n"))
	f.Add([]byte("TTLSCipherParms c\n{\n  V3CipherSuites4Char " + strings.Repeat("C02F", 40) + "\n}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, _, err := FormatPagent("fuzz.conf", data)
		if err != nil {
			return
		}
		before, ok := modelOf(t, "fuzz.conf", data)
		if !ok {
			t.Fatalf("input with syntax errors was formatted")
		}
		after, ok := modelOf(t, "fuzz.conf", out)
		if !ok {
			t.Fatalf("formatted text has syntax errors:\n%s", out)
		}
		if before != after {
			t.Fatalf("model changed\n--- before\n%s--- after\n%s", before, after)
		}
		again, _, err := FormatPagent("fuzz.conf", out)
		if err != nil {
			t.Fatalf("formatted text does not format: %v\n%s", err, out)
		}
		if string(again) != string(out) {
			t.Fatalf("not idempotent\n--- first\n%s--- second\n%s", out, again)
		}
	})
}

// bigPolicy generates a policy of n rules with the actions they use.
func bigPolicy(n int) []byte {
	var sb strings.Builder
	sb.Grow(n * 260)
	sb.WriteString("# generated policy\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, "TTLSRule rule-%06d\n{\n  localportrange %d\n  Direction inbound\n  Priority %d # rule %d\n  Jobname JOB%05d\n  TTLSGroupActionRef grp-%d\n  TTLSEnvironmentActionRef env-%d\n}\n",
			i, 1024+i%60000, 1+i%1000, i, i%100000, i%10, i%100)
	}
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&sb, "TTLSGroupAction grp-%d\n{\n  TTLSEnabled On\n}\n", i)
	}
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&sb, "TTLSEnvironmentAction env-%d\n{\n  HandshakeRole Server\n  TTLSKeyringParms\n  {\n    Keyring TCPIP/Ring%d\n  }\n  TTLSCipherParmsRef ciphers\n}\n", i, i)
	}
	sb.WriteString("TTLSCipherParms ciphers\n{\n  V3CipherSuites4Char 13021301C02CC030C02BC02F\n}\n")
	return []byte(sb.String())
}

// BenchmarkFormat is `znet fmt` on a generated policy of 50 000 rules:
// parse, model, loss check and printing.
func BenchmarkFormat(b *testing.B) {
	data := bigPolicy(50000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := FormatPagent("big.conf", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrint is the printer alone on the model of the same policy.
func BenchmarkPrint(b *testing.B) {
	data := bigPolicy(50000)
	out, _, err := FormatPagent("big.conf", data)
	if err != nil {
		b.Fatal(err)
	}
	f, p := parseModel(b, out)
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		PrintPagent(p.Objects, f.Comments)
	}
}
