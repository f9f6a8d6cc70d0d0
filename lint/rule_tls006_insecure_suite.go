package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS006",
		Name:     "insecure-cipher-suite",
		Category: CatTLS,
		Severity: source.Error,
		Summary:  "The cipher list holds an insecure suite: NULL, anonymous, export, RC4, RC2, DES, 3DES or MD5.",
		Rationale: `Some suites System SSL still knows give no protection worth the name: NULL
suites do not encrypt, anonymous suites do not authenticate the server,
export suites use 40- or 56-bit keys, RC4 is forbidden by RFC 7465, single
DES and RC2 are brute-forceable, 3DES has a 64-bit block that SWEET32
exploits, and an MD5 MAC is broken. RFC 9325 (BCP 195) forbids NULL, RC4 and
anything under 112 bits (MUST NOT) and discourages 3DES; NIST SP 800-52r2
lists none of them; Mozilla's guidelines keep only 3DES, and only in the
"old" profile. Each such suite is reported where it is written, by name and
code (grades come from znet's TLS registry, model/tls), in AT-TLS
V3CipherSuites, V3CipherSuites4Char and V2CipherSuites and in
GSK_V3_CIPHER_SPECS[_EXPANDED] and GSK_V2_CIPHER_SPECS: a suite listed is a
suite a peer can pick, so remove it even when a stronger one comes first.`,
		Sources: []string{
			"RFC 9325 (BCP 195), section 4.1; RFC 7465: Prohibiting RC4 Cipher Suites",
			"NIST SP 800-52 Rev. 2, section 3.3.1; Mozilla Server Side TLS 5.0",
			"IBM z/OS Cryptographic Services System SSL Programming: Cipher suite definitions",
		},
		CheckTLS: func(c *tlsCtx) {
			l := c.List(lCiphers)
			for _, it := range l.Kept() {
				s := it.Suite()
				if s == nil || s.Grade != tls.Insecure {
					continue
				}
				msg := fmt.Sprintf("%s is insecure: %s", suiteText(s), suiteWhy(s))
				if l.Default {
					msg = c.ListDefault(l) + ", and it holds the insecure suite " + msg
				}
				c.ReportItem(l, it, msg, "remove it from the cipher list; list ECDHE suites with AES-GCM (and TLS 1.3 suites) instead")
			}
			v2 := c.List(lV2)
			for _, it := range v2.Kept() {
				v, ok := tls.V2ByCode(it.Code)
				if !ok {
					continue
				}
				c.ReportItem(v2, it, fmt.Sprintf("SSL V2 cipher %s (%s) is insecure: %s", v.Name, v.Code, reasonText(v.Reasons)),
					"remove V2CipherSuites: SSL V2 is forbidden (RFC 6176) and all its ciphers are insecure")
			}
		},
		Examples: []Example{
			{
				Title: "RC4 and 3DES kept for an old partner",
				Input: exTLS{Adv: exTLS12Only, Ciphers: []string{
					"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"}}.String(),
				Want: []string{"28:31", "29:31"},
			},
			{
				Title: "NULL suite in a 4-character string",
				Input: exTLS{Adv: exTLS12Only, Cipher4: "C030C02FC010"}.String(),
				Want:  []string{"27:39"},
			},
			{
				Title: "ECDHE with AES-GCM only",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}
