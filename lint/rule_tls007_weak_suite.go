package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS007",
		Name:     "weak-cipher-suite",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "The cipher list holds a weak suite: no forward secrecy, DSS, or CBC with SHA-1 or with finite-field DHE.",
		Rationale: `A weak suite is not broken today but falls short of current guidance. Static
RSA, DH and ECDH key exchange give no forward secrecy: whoever obtains the
server's private key later can decrypt every recorded session, so RFC 9325
(BCP 195) says implementations MUST prefer forward secrecy and SHOULD NOT
use static RSA, and NIST SP 800-52r2 lists only ephemeral (EC)DHE suites.
DSS certificates are obsolete (not in NIST's list, gone from TLS 1.3). CBC
suites with an HMAC-SHA1 MAC are MAC-then-encrypt constructions that SSL
Labs grades "weak" and Mozilla keeps only in its "old" profile; CBC with
finite-field DHE combines that with a key exchange RFC 9325 discourages and
newer guidance drops altogether (draft-ietf-tls-deprecate-obsolete-kex;
Mozilla intermediate keeps DHE only with AES-GCM and ffdhe2048). The grade
and the reasons come from znet's TLS registry (model/tls). Each weak suite
is reported where it is written; a list that is not coded at all is
reported by TLS008.`,
		Sources: []string{
			"RFC 9325 (BCP 195), sections 4.1 and 4.2; NIST SP 800-52 Rev. 2, section 3.3.1",
			"Mozilla Server Side TLS 5.0 (intermediate and old profiles)",
			"draft-ietf-tls-deprecate-obsolete-kex (RSA and FFDHE key exchange in TLS 1.2)",
		},
		CheckTLS: func(c *tlsCtx) {
			l := c.List(lCiphers)
			if l.Default {
				return // TLS008
			}
			for _, it := range l.Kept() {
				s := it.Suite()
				if s == nil || s.Grade != tls.Weak {
					continue
				}
				c.ReportItem(l, it, fmt.Sprintf("%s is weak: %s", suiteText(s), suiteWhy(s)),
					"list ECDHE suites with AES-GCM first (C02C C02B C030 C02F) and drop this one unless a partner needs it")
			}
		},
		Examples: []Example{
			{
				Title: "static RSA with CBC behind ECDHE",
				Input: exTLS{Adv: exTLS12Only, Ciphers: []string{
					"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA"}}.String(),
				Want: []string{"28:31", "29:31"},
			},
			{
				Title: "recommended and acceptable suites only",
				Input: exTLS{Adv: exTLS12Only, Cipher4: "C02CC030C024C028"}.String(),
			},
		},
	})
}
