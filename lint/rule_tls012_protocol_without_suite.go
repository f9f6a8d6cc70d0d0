package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS012",
		Name:     "protocol-without-suite",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "TLS 1.2 or TLS 1.3 is enabled, but no listed suite can be negotiated in it.",
		Rationale: `Switching a protocol on is not enough: the cipher list must hold suites
defined for it. TLS 1.3 needs one of 1301, 1302 or 1303, which are not in
System SSL's default list, so TLSv1.3 On without a cipher list (or with a
list of TLS 1.2 suites) can never negotiate TLS 1.3; IBM's TLS 1.3 enablement
instructions say to add them. A list of TLS 1.3 suites only, with TLSv1.2
also on, turns away every TLS 1.2 peer. The configuration then silently
runs an older protocol than the one it enables, or fails for some partners
(System SSL reports that no cipher specification is usable). This rule
reports the enabled version that no suite serves; when no enabled version
has a suite at all, TLS013 reports the whole list instead.`,
		Sources: []string{
			"IBM z/OS 2.4 Cryptographic Services System SSL Programming: Required updates to enable TLS V1.3 protocol support (TLS 1.3 suites are not in the default list)",
			"RFC 8446, section 4.1.2; RFC 9325 (BCP 195), section 3.1.1",
		},
		CheckTLS: func(c *tlsCtx) {
			l := c.List(lCiphers)
			served := tls.Protocols(0)
			for _, it := range l.Kept() {
				if s := it.Suite(); s != nil {
					served |= s.Protocols & c.Enabled
				}
			}
			if served == 0 {
				return // TLS013
			}
			for _, v := range []tls.Protocol{tls.TLS12, tls.TLS13} {
				if !c.Enabled.Has(v) || served.Has(v) {
					continue
				}
				what := "the cipher list"
				if l.Default {
					what = "System SSL's default cipher list (nothing is coded)"
				}
				c.ReportSetting(protoSlot[v], fmt.Sprintf("%s, but no suite in %s can be negotiated in %s: %s is never used",
					c.ProtoText(v), what, v, v),
					map[tls.Protocol]string{
						tls.TLS12: "add ECDHE suites with AES-GCM (C02C C02B C030 C02F) to the cipher list, or switch TLSv1.2 Off on purpose",
						tls.TLS13: "add TLS 1.3 suites (1302 1301) to the cipher list",
					}[v])
			}
		},
		Examples: []Example{
			{
				Title: "TLS 1.3 switched on, no TLS 1.3 suite listed",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: exGCM}.String(),
				Want:  []string{"24:5"},
			},
			{
				Title: "TLS 1.3 switched on without any cipher list",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On")}.String(),
				Want:  []string{"24:5"},
			},
			{
				Title: "suites for both versions",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: append([]string{"TLS_AES_128_GCM_SHA256"}, exGCM...)}.String(),
			},
		},
	})
}
