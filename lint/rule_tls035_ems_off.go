package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS035",
		Name:     "extended-master-secret-off",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "The extended master secret (RFC 7627) is switched off for TLS 1.2 and earlier.",
		Rationale: `Without the extended master secret, the TLS 1.2 master secret does not depend
on the whole handshake, which allows the triple-handshake attack: a
man-in-the-middle can make two sessions share keys and then impersonate a
client to a server that authenticates it with a certificate. RFC 7627 fixes
it, RFC 9325 (BCP 195) asks TLS 1.2 implementations to use it, and TLS 1.3
has it built in. AT-TLS negotiates it by default
(ClientExtendedMasterSecret and ServerExtendedMasterSecret On, per a z/OS
3.1 pasearch); Off switches it off for the role that matters here (the
client's setting for a client, the server's for a server). Required, which
refuses peers without it, is better still where every partner supports it.`,
		Sources: []string{
			"RFC 7627: TLS Session Hash and Extended Master Secret Extension",
			"RFC 9325 (BCP 195) (extended master secret in TLS 1.2)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (ClientExtendedMasterSecret, ServerExtendedMasterSecret; default On per z/OS CS 3.1 pasearch)",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Enabled.Without(tls.TLS13) == 0 {
				return
			}
			for _, s := range []slot{sClientExtendedMasterSecret, sServerExtendedMasterSecret} {
				if (s == sClientExtendedMasterSecret && !c.Client()) || (s == sServerExtendedMasterSecret && !c.Server()) || !c.Is(s, "Off") {
					continue
				}
				c.ReportSetting(s, fmt.Sprintf("%s Off %s: TLS 1.2 sessions do without the extended master secret (RFC 7627)", c.Name(s), c.Where(s)),
					"remove it (the default is On) or code Required")
			}
		},
		Examples: []Example{
			{
				Title: "server without the extended master secret",
				Input: exTLS{Adv: append(exTLS12Only, "ServerExtendedMasterSecret Off"), Ciphers: exGCM}.String(),
				Want:  []string{"24:5"},
			},
			{
				Title: "the client's switch does not matter to a server",
				Input: exTLS{Adv: append(exTLS12Only, "ClientExtendedMasterSecret Off"), Ciphers: exGCM}.String(),
			},
		},
	})
}
