package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS009",
		Name:     "tls13-suite-while-tls13-off",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A TLS 1.3 suite is listed while TLSv1.3 is off, so it can never be negotiated.",
		Rationale: `The three TLS 1.3 suites (1301, 1302, 1303) can be negotiated only in TLS 1.3,
and TLS 1.3 is off unless TLSv1.3 On is coded (AT-TLS default Off on every
release; GSK_PROTOCOL_TLSV1_3 off in System SSL). A list that names them
while the protocol is off usually means that the author expected TLS 1.3 and
does not get it, often because a connection's advanced parameters switch
TLSv1.3 Off over an environment that has it on, or because a copied list was
kept when the protocol was turned off. The entries do no harm to the
handshake, but the configuration does not do what it says: switch TLSv1.3
On (with RSA-PSS or ECDSA signature pairs, see TLS020), or remove the
suites. The effective value counts: the message says where TLSv1.3 was set
or that the z/OS default left it off.`,
		Sources: []string{
			"RFC 8446, section 4.1.2 and Appendix B.4 (TLS 1.3 cipher suites)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (TLSv1.3, default Off)",
			"IBM z/OS 2.4 Cryptographic Services System SSL Programming: Required updates to enable TLS V1.3 protocol support",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Enabled.Has(tls.TLS13) {
				return
			}
			l := c.List(lCiphers)
			for _, it := range l.Kept() {
				s := it.Suite()
				if s == nil || s.Protocols != tls.Set(tls.TLS13) {
					continue
				}
				c.ReportItem(l, it, fmt.Sprintf("%s is a TLS 1.3 suite, but %s: it can never be negotiated", suiteText(s), c.ProtoText(tls.TLS13)),
					"code TLSv1.3 On where the connection gets its protocols, or remove the TLS 1.3 suites")
			}
		},
		Examples: []Example{
			{
				Title: "TLS 1.3 suite first, TLS 1.3 never switched on",
				Input: exTLS{Adv: exTLS12Only, Ciphers: append([]string{"TLS_AES_256_GCM_SHA384"}, exGCM...)}.String(),
				Want:  []string{"27:31"},
			},
			{
				Title: "TLS 1.3 switched on",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: append([]string{"TLS_AES_256_GCM_SHA384"}, exGCM...)}.String(),
			},
		},
	})
}
