package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS005",
		Name:     "no-tls12-or-tls13",
		Category: CatTLS,
		Severity: source.Error,
		Summary:  "Neither TLS 1.2 nor TLS 1.3 is enabled, so connections use a deprecated protocol or none.",
		Rationale: `RFC 9325 (BCP 195) requires TLS 1.2 (MUST) and recommends TLS 1.3, and NIST
SP 800-52r2 requires TLS 1.2 and, since 2024, TLS 1.3 support. On z/OS both
are off unless coded: AT-TLS defaults TLSv1.2 and TLSv1.3 to Off on every
release up to 3.1, and System SSL enables only TLS V1.0 when
GSK_PROTOCOL_TLSV1_2 is not set (an LDAP administrator found exactly this:
TLS 1.2 had to be switched on "because it defaults to off"). An environment
that codes no protocol therefore negotiates TLS 1.0 or 1.1 with CBC-SHA1
suites, and one that switches the old versions off without switching TLS 1.2
on has no protocol at all and fails every handshake. The finding stands on
the TLSv1.2 setting, on the TTLSRule when that is the z/OS default.`,
		Sources: []string{
			"RFC 9325 (BCP 195), section 3.1.1; NIST SP 800-52 Rev. 2, section 3.1",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (TLSv1.2 and TLSv1.3 default Off); z/OS CS 3.1 pasearch",
			"IBM z/OS 2.3 Cryptographic Services System SSL Programming: gsk_environment_open() (TLS V1.2 disabled by default)",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Enabled.Has(tls.TLS12) || c.Enabled.Has(tls.TLS13) {
				return
			}
			mk := func() string {
				if c.Enabled == 0 {
					return fmt.Sprintf("no protocol version is enabled (%s): every handshake fails", c.ProtoText(tls.TLS12))
				}
				return fmt.Sprintf("neither TLS 1.2 nor TLS 1.3 is enabled (%s): connections use %s", c.ProtoText(tls.TLS12), c.Enabled)
			}
			var msg string
			if st := c.Proto(tls.TLS12); st.Coded {
				msg = mk()
			} else {
				msg = c.once("TLS005 "+string(rune(c.Enabled)), mk)
			}
			c.ReportSetting(sTLSv12, msg, "code TLSv1.2 On (and TLSv1.3 On with TLS 1.3 suites) in TTLSEnvironmentAdvancedParms; GSK_PROTOCOL_TLSV1_2=ON in an environment file")
		},
		Examples: []Example{
			{
				Title: "no protocol coded: TLS 1.0 and 1.1 only",
				Input: exTLS{Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "old versions switched off, TLS 1.2 forgotten",
				Input: exTLS{Adv: []string{"TLSv1 Off", "TLSv1.1 Off"}, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "TLS 1.2 switched on",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}
