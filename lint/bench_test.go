package lint

import (
	"fmt"
	"strings"
	"testing"
)

// genPolicy writes n rules, each with its own environment, sharing ten
// groups, a tenth of them with findings and suppressions.
func genPolicy(n int) string {
	var b strings.Builder
	for g := 0; g < 10; g++ {
		fmt.Fprintf(&b, "TTLSGroupAction grp%d\n{\n  TTLSEnabled On\n  Trace %d\n}\n", g, []int{2, 255}[g%2])
	}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "TTLSRule rule%05d\n{\n  LocalPortRange %d\n  Direction Inbound\n  Priority %d\n  TTLSGroupActionRef grp%d\n  TTLSEnvironmentActionRef env%05d\n}\n",
			i, 1024+i, i%255+1, i%10, i)
		ring := "TCPIP/Ring"
		if i%10 == 0 {
			ring = "/etc/tls/k.kdb   # znet:ignore HYG002 generated"
		}
		fmt.Fprintf(&b, "TTLSEnvironmentAction env%05d\n{\n  HandshakeRole Server\n  TTLSKeyringParms\n  {\n    Keyring %s\n  }\n  TTLSEnvironmentAdvancedParms\n  {\n    TLSv1.2 On\n    HandshakeTimeout %d\n  }\n}\n",
			i, ring, []int{10, 0}[i%7/6])
	}
	return b.String()
}

func BenchmarkRun(b *testing.B) {
	in := inputOf(b, "big.conf", genPolicy(2000))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res := Run(in, Options{})
		if len(res.Findings) == 0 {
			b.Fatal("no findings")
		}
	}
}
