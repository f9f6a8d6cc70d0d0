package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "TLS029",
		Name:     "client-auth-passthru",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "HandshakeRole ServerWithClientAuth with ClientAuthType PassThru asks for a client certificate but does not validate it.",
		Rationale: `With HandshakeRole ServerWithClientAuth the server asks the client for a
certificate, and ClientAuthType says what it does with it. IBM's table of
handshake roles: PassThru makes the certificate optional and performs no
validation; Full validates it against the key ring when one is sent;
Required (the default) demands one and validates it; SAFCheck also requires
it to map to a user ID. With PassThru any self-signed or expired
certificate, or none, gets through AT-TLS, so the application that queries
the certificate must validate it itself; most do not, and readers of the
policy assume that "with client authentication" means what it says. Code
Required or SAFCheck, or Full when certificates are optional.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Guide: AT-TLS handshake roles (ClientAuthType PassThru: certificate optional, no validation; default Required)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (ClientAuthType)",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Role != roleServerAuth || !c.Is(sClientAuthType, "PassThru") {
				return
			}
			c.ReportSetting(sClientAuthType, fmt.Sprintf("ClientAuthType PassThru %s: AT-TLS asks for a client certificate but does not validate it", c.Where(sClientAuthType)),
				"code ClientAuthType Required (or SAFCheck to map the certificate to a user ID; Full when certificates are optional)")
		},
		Examples: []Example{
			{
				Title: "client authentication that validates nothing",
				Input: exTLS{Role: roleServerAuth, Adv: append(exTLS12Only, "ClientAuthType PassThru"), Ciphers: exGCM}.String(),
				Want:  []string{"24:5"},
			},
			{
				Title: "certificates required and mapped to user IDs",
				Input: exTLS{Role: roleServerAuth, Adv: append(exTLS12Only, "ClientAuthType SAFCheck"), Ciphers: exGCM}.String(),
			},
		},
	})
}
