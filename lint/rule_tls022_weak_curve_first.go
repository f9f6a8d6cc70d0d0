package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS022",
		Name:     "weak-curve-preferred",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A curve list starts with a group under 256 bits, so it is preferred over every stronger one.",
		Rationale: `Curve lists are preference lists. A z/OS client proposes its ClientECurves in
order, and a server picking from them may well take the first it supports;
a z/OS server picks from ServerKexECurves in its own order. With secp224r1
(0021) first, as in the z/OS default ClientECurves (0021 0023 0024 0025
0019), many handshakes settle for 112-bit security although P-256 or x25519
were available on both sides. RFC 9325 and NIST SP 800-52r2 expect 128-bit
curves; Mozilla recommends x25519, P-256 and P-384, in that order. The
finding stands on the first code of a coded list, or on the TTLSRule when
the z/OS default applies (z/OS group codes are decimal: 0021 is IANA 21).`,
		Sources: []string{
			"RFC 9325 (BCP 195), section 4.2.1; NIST SP 800-52 Rev. 2; Mozilla Server Side TLS 5.0",
			"IBM MQ: Modifying elliptic curve key length on z/OS (GSK_CLIENT_ECURVE_LIST default 00210023002400250019); z/OS CS 3.1 pasearch",
		},
		CheckTLS: func(c *tlsCtx) {
			for _, l := range c.groupLists() {
				kept := l.Kept()
				if l.Any || l.Absent || len(kept) == 0 {
					continue
				}
				g := kept[0].Group()
				if g == nil || !g.Grade.Worse(tls.Acceptable) {
					continue
				}
				mk := func() string {
					msg := fmt.Sprintf("%s starts with %s, %s (%d-bit security): it is preferred over every stronger group", l.Name, groupText(g), g.Grade, g.SecurityBits)
					if l.Default {
						msg = c.ListDefault(l) + ", and it " + msg[len(l.Name)+1:]
					}
					return msg
				}
				var msg string
				if l.Default {
					msg = c.once("TLS022 "+l.Name, mk)
				} else {
					msg = mk()
				}
				c.ReportItem(l, kept[0], msg, "code the list strongest first: 0023 0024 0025 (and 0029 first for TLS 1.3 key shares)")
			}
		},
		Examples: []Example{
			{
				Title: "client curves not coded: the default starts with P-224",
				Input: exTLS{Role: roleClient, Adv: exTLS12Only, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "server curves coded with P-224 first",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"ServerKexECurves 002100230024"}}.String(),
				Want:  []string{"32:31"},
			},
			{
				Title: "server curves strongest first",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"ServerKexECurves 00230024"}}.String(),
			},
		},
	})
}
