// Package gen generates large inputs for znet's benchmarks, so that every
// benchmark of a stage (parse, model, lint, build, diff, fmt) reads the
// same generated policy or TCP/IP profile.
package gen

import (
	"bytes"
	"fmt"
)

// Rules is the size of the policy the benchmarks read: 50 000 AT-TLS
// rules, each with its own group, environment (inline key ring and advanced
// parms) and cipher parms: about 1.6 million records, 44 MB.
const Rules = 50000

// Policy writes an AT-TLS policy of n rules with their actions, in the
// layout IBM documents (keyword and values on one record, braces on records
// of their own, values aligned in one column) with comments sprinkled the
// way people write them: a header, a comment record every ten rules,
// trailing comments on some values, commented-out parameters.
func Policy(n int) []byte {
	var b bytes.Buffer
	b.Grow(n * 900)
	b.WriteString("# AT-TLS policy for stack TCPIP, generated for the parser benchmark.\n")
	b.WriteString("# One rule per application port, each with its own actions.\n\n")
	for i := 0; i < n; i++ {
		if i%10 == 0 {
			fmt.Fprintf(&b, "\n# ---- applications %d to %d ----\n", i, i+9)
		}
		fmt.Fprintf(&b, "TTLSRule                      App%05d-Rule\n{\n", i)
		fmt.Fprintf(&b, "  LocalPortRange              %d\n", 1024+i%60000)
		if i%3 == 0 {
			fmt.Fprintf(&b, "  RemoteAddr                  10.%d.%d.0/24\n", i/256%256, i%256)
		}
		b.WriteString("  Direction                   Inbound\n")
		if i%4 == 0 {
			fmt.Fprintf(&b, "  Priority                    %d            # higher first\n", 100+i%1000)
		} else {
			fmt.Fprintf(&b, "  Priority                    %d\n", 100+i%1000)
		}
		fmt.Fprintf(&b, "  TTLSGroupActionRef          App%05d-Grp\n", i)
		fmt.Fprintf(&b, "  TTLSEnvironmentActionRef    App%05d-Env\n}\n", i)

		fmt.Fprintf(&b, "TTLSGroupAction               App%05d-Grp\n{\n", i)
		b.WriteString("  TTLSEnabled                 On\n}\n")

		fmt.Fprintf(&b, "TTLSEnvironmentAction         App%05d-Env\n{\n", i)
		b.WriteString("  HandshakeRole               Server\n")
		b.WriteString("  TTLSKeyringParms\n  {\n")
		fmt.Fprintf(&b, "    Keyring                   APP%05d/AppRing\n  }\n", i)
		b.WriteString("  TTLSEnvironmentAdvancedParms\n  {\n")
		b.WriteString("    TLSv1.2                   On\n")
		b.WriteString("    TLSv1.3                   On\n")
		if i%5 == 0 {
			b.WriteString("#   SecondaryMap              On\n")
		}
		b.WriteString("  }\n")
		fmt.Fprintf(&b, "  TTLSCipherParmsRef          App%05d-Cip\n}\n", i)

		fmt.Fprintf(&b, "TTLSCipherParms               App%05d-Cip\n{\n", i)
		b.WriteString("  V3CipherSuites              TLS_AES_256_GCM_SHA384\n")
		b.WriteString("  V3CipherSuites              TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384\n}\n")
	}
	return b.Bytes()
}

// BenchmarkParsePolicy parses the generated policy. Run it with
//
//	go test -run '^$' -bench ParsePolicy -benchmem ./grammar/pagent/
//
// and profile with -cpuprofile / -memprofile. It reports MB/s of input.
