package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "TLS013",
		Name:     "no-negotiable-suite",
		Category: CatTLS,
		Severity: source.Error,
		Summary:  "No suite in the cipher list can be negotiated with the enabled protocol versions: every handshake fails.",
		Rationale: `When the enabled versions and the cipher list have nothing in common, System
SSL has no cipher specification to offer and every handshake fails (a
TLS 1.3-only environment that lists only TLS 1.2 suites; TLSv1.3 alone with
no cipher list, since the default list has no TLS 1.3 suite; a list of
SHA-256 or GCM suites with only TLS 1.0 and 1.1 on). Field reports show
this as return code 402 on z/OS. The protocol switches and the cipher list
usually sit in different statements, often inherited from different levels,
so the mismatch is easy to miss; the finding stands on the cipher list (on
the TTLSRule when the list is the default) and names the enabled versions.`,
		Sources: []string{
			"RFC 8446, section 4.1.2; RFC 5246, Appendix A.5",
			"IBM z/OS 2.4 Cryptographic Services System SSL Programming: Required updates to enable TLS V1.3 protocol support",
			"field report (tls-strength.md 1(f) C2/C8): System SSL return code 402, no SSL cipher specifications",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Enabled == 0 {
				return // TLS005
			}
			l := c.List(lCiphers)
			if len(l.Items) == 0 {
				return
			}
			if items, _ := negotiableKept(l, c.Enabled); len(items) > 0 {
				return
			}
			what := "the cipher list"
			if l.Default {
				what = "System SSL's default cipher list (nothing is coded)"
			}
			c.ReportList(l, fmt.Sprintf("no suite in %s can be negotiated with the enabled versions (%s): every handshake fails", what, c.Enabled),
				"list suites for an enabled version (TLS 1.3: 1302 1301; TLS 1.2: C02C C02B C030 C02F), or enable the version the suites are for")
		},
		Examples: []Example{
			{
				Title: "TLS 1.3 only, TLS 1.2 suites only",
				Input: exTLS{Adv: []string{"TLSv1 Off", "TLSv1.1 Off", "TLSv1.2 Off", "TLSv1.3 On"}, Ciphers: exGCM}.String(),
				Want:  []string{"28:5"},
			},
			{
				Title: "TLS 1.3 only with TLS 1.3 suites",
				Input: exTLS{Adv: []string{"TLSv1 Off", "TLSv1.1 Off", "TLSv1.2 Off", "TLSv1.3 On"}, Ciphers: []string{"TLS_AES_256_GCM_SHA384"}}.String(),
			},
		},
	})
}
