package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS021",
		Name:     "weak-curve-listed",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A curve or key-share group under 256 bits (secp224r1, secp192r1) is offered, also when it comes from the z/OS default.",
		Rationale: `secp192r1 (P-192) gives 96-bit security and secp224r1 (P-224) 112-bit, below
the 128 bits that NIST SP 800-52r2, RFC 9325 and Mozilla's guidelines
(x25519, P-256, P-384) expect; neither is a TLS 1.3 group. The z/OS
defaults still carry them: ClientECurves defaults to 0021 0023 0024 0025
0019 (P-224 first, P-192 last) and ServerKexECurves to 0023 0024 0025 0021
0019, so a rule that codes no curves offers them whenever an ECDHE suite is
negotiated; the finding then stands on the TTLSRule. Remember that z/OS
writes groups as DECIMAL IANA numbers: 0023 is secp256r1 (0x0017) and 0029
is x25519, never hex-decode them. The lists that matter depend on the role:
ClientECurves and ClientKeyShareGroups for a client, ServerKexECurves and
ServerKeyShareGroups for a server, each only when an ECDHE suite or TLS 1.3
uses it. A weak group listed first is TLS022's.`,
		Sources: []string{
			"NIST SP 800-52 Rev. 2; RFC 9325 (BCP 195), section 4.2.1; Mozilla Server Side TLS 5.0",
			"IBM MQ: Modifying elliptic curve key length on z/OS (GSK_CLIENT_ECURVE_LIST default 00210023002400250019); z/OS CS 3.1 pasearch",
			"IBM z/OS 2.5 Communications Server IP Configuration Reference: TTLSSignatureParms statement (ServerKexECurves default 00230024002500210019)",
		},
		CheckTLS: func(c *tlsCtx) {
			for _, l := range c.groupLists() {
				if l.Any {
					continue
				}
				kept := l.Kept()
				c.reportMatching(l, func(it tlsItem) (string, string, bool) {
					g := it.Group()
					if g == nil || !g.Grade.Worse(tls.Acceptable) || (len(kept) > 0 && kept[0].Code == it.Code) {
						return "", "", false
					}
					return groupText(g), fmt.Sprintf("%s offers %s, %s (%d-bit security)", l.Name, groupText(g), g.Grade, g.SecurityBits), true
				}, "it offers groups under 256 bits", "remove 0021 and 0019; offer 0029 (TLS 1.3), 0023, 0024")
			}
		},
		Examples: []Example{
			{
				Title: "server curves not coded: the default allows P-224 and P-192",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "client curves with P-192 at the end",
				Input: exTLS{Role: roleClient, Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"ClientECurves 002300240019"}}.String(),
				Want:  []string{"32:39"},
			},
			{
				Title: "P-256 and P-384 only",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"ServerKexECurves 00230024"}}.String(),
			},
		},
	})
}
