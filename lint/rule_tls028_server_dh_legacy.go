package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS028",
		Name:     "server-dh-legacy",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A server that can negotiate DHE uses ServerEDHGroupSize Legacy (1024-bit groups), also by default.",
		Rationale: `When a DHE suite is negotiated, the server picks the Diffie-Hellman group.
ServerEDHGroupSize Legacy, the AT-TLS default, keeps the small group of old
System SSL releases; 2048 uses a 2048-bit group and Match follows the
server certificate's key size. That Legacy means 1024 bits is what the
research behind znet found, not confirmed in IBM's text (unverified). A
1024-bit group is Logjam territory, SSL Labs caps such servers at grade B,
and NIST SP 800-52r2 requires 2048 bits. The better fix is to drop DHE:
RFC 9325 discourages finite-field DHE, Mozilla's intermediate profile keeps
only DHE-RSA with AES-GCM and ffdhe2048, and
draft-ietf-tls-deprecate-obsolete-kex removes it. The rule reports servers
whose cipher list can negotiate a DHE suite; in an environment file only a
coded GSK_SERVER_EDH_GROUP_SIZE=LEGACY is judged.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (ServerEDHGroupSize Legacy, 2048, Match; default Legacy)",
			"NIST SP 800-52 Rev. 2; RFC 9325 (BCP 195), section 4.1",
			"Mozilla Server Side TLS 5.0 (intermediate: ffdhe2048); draft-ietf-tls-deprecate-obsolete-kex",
		},
		CheckTLS: func(c *tlsCtx) {
			if !c.Server() || !c.Is(sServerEDHGroupSize, "Legacy") {
				return
			}
			s, ok := c.hasKx(tls.KxDHE)
			if !ok {
				return
			}
			mk := func(how string) string {
				return fmt.Sprintf("%s is Legacy %s and DHE suites such as %s can be negotiated: they use a 1024-bit Diffie-Hellman group",
					c.Name(sServerEDHGroupSize), how, suiteText(s))
			}
			var msg string
			if _, coded := c.Value(sServerEDHGroupSize); coded {
				msg = mk(c.Where(sServerEDHGroupSize))
			} else {
				msg = c.once("TLS028 "+s.Code4, func() string { return mk(c.Default(sServerEDHGroupSize)) })
			}
			c.ReportSetting(sServerEDHGroupSize, msg,
				"remove the DHE suites (preferred), or code ServerEDHGroupSize 2048")
		},
		Examples: []Example{
			{
				Title: "DHE suite with the default group size",
				Input: exTLS{Adv: exTLS12Only, Ciphers: append(exGCM, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384")}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "DHE suite with 2048-bit groups",
				Input: exTLS{Adv: append(exTLS12Only, "ServerEDHGroupSize 2048"), Ciphers: append(exGCM, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384")}.String(),
			},
			{
				Title: "no DHE suite",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}
