package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS010",
		Name:     "suite-not-negotiable",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A suite for TLS 1.2 or earlier is listed, but none of the versions it needs is enabled.",
		Rationale: `The protocol version is settled before the cipher suite, and only suites
defined for that version are eligible: TLS 1.3 accepts only its own suites
(1301-1303), and the SHA-256/384 and GCM suites (003B-006B, 009C-00A5,
C023-C032) exist only in TLS 1.2 (IBM: the ECDHE SHA-2 suites require TLS
1.2). A TLS 1.3-only environment that keeps DHE or ECDHE suites in its list,
as policies from the Configuration Assistant often do, carries entries that
can never be used; so does a TLS 1.2 suite while only TLS 1.0 and 1.1 are
on. They are dead weight that hides what the environment really offers, and
they come back to life, in their old order, the day someone enables the
older version. The versions of each suite come from znet's TLS registry.
TLS 1.3 suites with TLSv1.3 off are TLS009's.`,
		Sources: []string{
			"RFC 8446, section 4.1.2; RFC 5246, Appendix A.5",
			"IBM Support: Do EC ciphers require TLS V1.2 (C023-C032 need TLS 1.2)",
			"IBM z/OS Cryptographic Services System SSL Programming: Cipher suite definitions",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Enabled == 0 {
				return // TLS005
			}
			l := c.List(lCiphers)
			for _, it := range l.Kept() {
				s := it.Suite()
				if s == nil || s.Protocols == tls.Set(tls.TLS13) || tls.Negotiable(s, c.Enabled) {
					continue
				}
				c.ReportItem(l, it, fmt.Sprintf("%s can be negotiated only in %s, and only %s enabled: it is never used",
					suiteText(s), s.Protocols, isAre(c.Enabled)),
					"remove it, or enable a version it works in")
			}
		},
		Examples: []Example{
			{
				Title: "TLS 1.3 only, with DHE suites left over",
				Input: exTLS{Adv: []string{"TLSv1 Off", "TLSv1.1 Off", "TLSv1.2 Off", "TLSv1.3 On"},
					Ciphers: []string{"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256"}}.String(),
				Want: []string{"30:31"},
			},
			{
				Title: "TLS 1.3 only, TLS 1.3 suites only",
				Input: exTLS{Adv: []string{"TLSv1 Off", "TLSv1.1 Off", "TLSv1.2 Off", "TLSv1.3 On"},
					Ciphers: []string{"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"}}.String(),
			},
		},
	})
}

// isAre renders a set of versions with its verb: "TLSv1.3 is",
// "TLSv1.2 TLSv1.3 are".
func isAre(s tls.Protocols) string {
	if len(s.List()) == 1 {
		return s.String() + " is"
	}
	return s.String() + " are"
}
