package lint

import (
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS003",
		Name:     "tls10-enabled",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "TLS 1.0 is enabled, also when only the z/OS default enables it.",
		Rationale: `RFC 8996 deprecates TLS 1.0: it MUST NOT be used, because it relies on SHA-1
and MD5 in its handshake and its CBC suites are exposed to BEAST-style
attacks; RFC 9325 (BCP 195) and NIST SP 800-52r2 agree. AT-TLS still
enables TLSv1 by default on every release up to z/OS 3.1 (the
TTLSEnvironmentAdvancedParms syntax diagram shows TLSv1 On, and a 3.1
pasearch of an environment that codes nothing prints TLSv1 On), and System
SSL enables TLS V1.0 when GSK_PROTOCOL_TLSV1 is not set. So a policy that
never mentions TLSv1 offers it: the finding then stands on the TTLSRule and
says that the z/OS default enabled it. Code TLSv1 Off (and TLSv1.1 Off) in
the environment's advanced parameters; TLS033 covers FIPS 140 mode. IBM's
footnote on this default in the 2.5 and 3.1 diagrams could not be read
(unverified), and System SSL's default on 3.1 and 3.2 is assumed from 2.3.`,
		Sources: []string{
			"RFC 8996: Deprecating TLS 1.0 and TLS 1.1",
			"RFC 9325 (BCP 195), section 3.1.1; NIST SP 800-52 Rev. 2, section 3.1",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (TLSv1 default On, z/OS 2.1-3.1); z/OS CS 3.1 pasearch",
			"IBM z/OS 2.3 Cryptographic Services System SSL Programming: gsk_environment_open() (TLS V1.0 enabled by default)",
		},
		CheckTLS: func(c *tlsCtx) {
			checkProtocolOn(c, tls.TLS10, "TLS 1.0 is deprecated (RFC 8996: MUST NOT)",
				"code TLSv1 Off in TTLSEnvironmentAdvancedParms (GSK_PROTOCOL_TLSV1=OFF in an environment file), with TLSv1.2 On")
		},
		Examples: []Example{
			{
				Title: "nothing coded: TLS 1.0 comes from the z/OS default",
				Input: exTLS{Adv: []string{"TLSv1.2 On"}, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "TLS 1.0 switched on explicitly",
				Input: exTLS{Adv: []string{"TLSv1 On", "TLSv1.1 Off", "TLSv1.2 On"}, Ciphers: exGCM}.String(),
				Want:  []string{"21:5"},
			},
			{
				Title: "TLS 1.0 switched off",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}
