package lint

import (
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS004",
		Name:     "tls11-enabled",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "TLS 1.1 is enabled, also when only the z/OS default enables it.",
		Rationale: `RFC 8996 deprecates TLS 1.1 together with TLS 1.0 (MUST NOT): it still signs
its handshake with MD5 and SHA-1 and has no AEAD cipher suites, and RFC 9325
(BCP 195) and NIST SP 800-52r2 require TLS 1.2 or later instead. AT-TLS
enables TLSv1.1 by default up to z/OS 3.1 (syntax diagram and a 3.1 pasearch
both show TLSv1.1 On for an environment that codes nothing), so a policy
that only says TLSv1.2 On still offers TLS 1.1; the finding then stands on
the TTLSRule and says the z/OS default enabled it. System SSL itself keeps
TLS V1.1 off unless GSK_PROTOCOL_TLSV1_1=ON. The footnote IBM attaches to
this default in the 2.5 and 3.1 diagrams could not be read (unverified).`,
		Sources: []string{
			"RFC 8996: Deprecating TLS 1.0 and TLS 1.1",
			"RFC 9325 (BCP 195), section 3.1.1; NIST SP 800-52 Rev. 2, section 3.1",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (TLSv1.1 default On, z/OS 2.1-3.1); z/OS CS 3.1 pasearch",
		},
		CheckTLS: func(c *tlsCtx) {
			checkProtocolOn(c, tls.TLS11, "TLS 1.1 is deprecated (RFC 8996: MUST NOT)",
				"code TLSv1.1 Off in TTLSEnvironmentAdvancedParms (GSK_PROTOCOL_TLSV1_1=OFF in an environment file), with TLSv1.2 On")
		},
		Examples: []Example{
			{
				Title: "only TLS 1.0 switched off: TLS 1.1 stays on by default",
				Input: exTLS{Adv: []string{"TLSv1 Off", "TLSv1.2 On"}, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "TLS 1.1 switched off",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}
