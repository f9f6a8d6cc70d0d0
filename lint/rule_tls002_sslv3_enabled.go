package lint

import (
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS002",
		Name:     "sslv3-enabled",
		Category: CatTLS,
		Severity: source.Error,
		Summary:  "SSL version 3 is enabled.",
		Rationale: `SSL 3.0 cannot be made safe: its CBC padding is open to the POODLE attack and
its only stream cipher is RC4, so RFC 7568 deprecates it (MUST NOT), NIST SP
800-52r2 prohibits it and RFC 9325 (BCP 195) repeats the ban. IBM turned
SSLv3 Off by default in AT-TLS with APAR PI28678 and in System SSL with
z/OS V2R2; a finding here means SSLv3 On is coded in
TTLSEnvironmentAdvancedParms or TTLSConnectionAdvancedParms, or
GSK_PROTOCOL_SSLV3=ON in an environment file. A partner that still needs SSL
3.0 needs an upgrade, not an exception. In FIPS 140 mode System SSL ignores
SSLv3 (TLS033 reports that).`,
		Sources: []string{
			"RFC 7568: Deprecating Secure Sockets Layer Version 3.0",
			"RFC 9325 (BCP 195), section 3.1.1; NIST SP 800-52 Rev. 2, section 3.1",
			"IBM z/OS Migration: AT-TLS SSLv3 default changed to Off (APAR PI28678); System SSL V2R2 migration action for SSL V2 and SSL V3",
		},
		CheckTLS: func(c *tlsCtx) {
			checkProtocolOn(c, tls.SSLv3, "SSL 3.0 is broken (POODLE) and deprecated by RFC 7568",
				"code SSLv3 Off, or remove SSLv3 On: Off is the default")
		},
		Examples: []Example{
			{
				Title: "SSL 3.0 switched on",
				Input: exTLS{Adv: append([]string{"SSLv3 On"}, exTLS12Only...), Ciphers: exGCM}.String(),
				Want:  []string{"21:5"},
			},
			{
				Title: "SSL 3.0 switched off explicitly",
				Input: exTLS{Adv: append([]string{"SSLv3 Off"}, exTLS12Only...), Ciphers: exGCM}.String(),
			},
		},
	})
}
