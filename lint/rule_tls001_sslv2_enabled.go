package lint

import (
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS001",
		Name:     "sslv2-enabled",
		Category: CatTLS,
		Severity: source.Error,
		Summary:  "SSL version 2 is enabled.",
		Rationale: `SSL 2.0 has been broken for decades: its handshake is not protected against
tampering, so an attacker can downgrade it, it shares keys between
encryption and authentication, and every cipher it offers is RC4, RC2, DES
or 3DES with MD5. RFC 6176 forbids it outright, NIST SP 800-52r2 prohibits it
and RFC 9325 (BCP 195) repeats the ban. AT-TLS and System SSL have kept SSLv2
Off by default since z/OS V2R2 (System SSL) and APAR PI28678 (AT-TLS), so a
finding here means someone switched it on: in TTLSEnvironmentAdvancedParms
or TTLSConnectionAdvancedParms (SSLv2 On) or in an environment file
(GSK_PROTOCOL_SSLV2=ON). In FIPS 140 mode System SSL ignores SSLv2; TLS033
reports that case.`,
		Sources: []string{
			"RFC 6176: Prohibiting Secure Sockets Layer (SSL) Version 2.0",
			"RFC 9325 (BCP 195), section 3.1.1; NIST SP 800-52 Rev. 2, section 3.1",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (SSLv2, default Off)",
			"IBM z/OS Cryptographic Services System SSL Programming: gsk_environment_open() (SSL V2 disabled by default)",
		},
		CheckTLS: func(c *tlsCtx) {
			checkProtocolOn(c, tls.SSLv2, "SSL 2.0 is broken and forbidden (RFC 6176)",
				"code SSLv2 Off, or remove SSLv2 On: Off is the default")
		},
		Examples: []Example{
			{
				Title: "SSL 2.0 switched on for an old client",
				Input: exTLS{Adv: append([]string{"SSLv2 On"}, exTLS12Only...), Ciphers: exGCM}.String(),
				Want:  []string{"21:5"},
			},
			{
				Title: "SSL 2.0 left at its default (Off)",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}
