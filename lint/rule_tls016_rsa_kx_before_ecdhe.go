package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS016",
		Name:     "rsa-kx-before-ecdhe",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A server asking for client certificates lists an RSA key exchange suite before every ECDHE suite, so ECDSA client certificates cannot be used.",
		Rationale: `In TLS 1.2 the server's CertificateRequest names the certificate types the
client may send, and System SSL derives them from the suite it picked. A
practitioner setting up certificate logon to the z/OS LDAP server found that
with 0035 ahead of C02F in GSK_V3_CIPHER_SPECS_EXPANDED the server chose
0035 and asked only for RSA and DSS certificates, so the client's elliptic
curve certificate was never sent; putting C02F first fixed it ("this
problem took me a week to find"). Because System SSL takes its own list in
order, any RSA key exchange suite ahead of all ECDHE suites has this effect
for every client that offers it, which is nearly all; and the suite has no
forward secrecy either (RFC 9325). The rule looks at servers with
HandshakeRole ServerWithClientAuth and at environment files (the
application decides whether it asks for certificates); a list with no ECDHE
suite at all, such as System SSL's default, is reported too. TLS 1.3
handshakes choose client certificates by signature algorithm and are not
affected.`,
		Sources: []string{
			"field note: LDAP on z/OS with client certificates (tls-strength.md 1(e) item 3, [OBS]): 0035 before C02F kept ECDSA client certificates out",
			"RFC 5246, section 7.4.4 (CertificateRequest certificate types); RFC 8422, section 5.5",
			"IBM z/OS Communications Server IP Configuration Guide: AT-TLS cipher suites (the server's list order decides)",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Role != roleServerAuth && c.Role != "" {
				return
			}
			l := c.List(lCiphers)
			items, suites := negotiableKept(l, c.Enabled.Without(tls.TLS13))
			for i, s := range suites {
				if s.Kx == tls.KxECDHE || s.Kx == tls.KxECDH {
					return // an ECC suite comes first
				}
				if s.Kx != tls.KxRSA {
					continue
				}
				ecc := false
				for _, t := range suites[i+1:] {
					ecc = ecc || t.Kx == tls.KxECDHE
				}
				where := " and comes before every ECDHE suite"
				if !ecc {
					where = ", and the list has no ECDHE suite"
				}
				mk := func() string {
					msg := fmt.Sprintf("%s uses RSA key exchange%s: System SSL picks it for every TLS 1.2 client that offers it, and its certificate request then admits only RSA and DSS certificates, so a client cannot send an ECDSA certificate",
						suiteAt(s, items[i].Pos), where)
					if l.Default {
						msg = c.ListDefault(l) + "; " + msg
					}
					if c.Role == "" {
						msg += " (when the application asks for client certificates)"
					}
					return msg
				}
				msg := ""
				if l.Default {
					msg = c.once("TLS016 "+c.Role+string(rune(c.Enabled)), mk)
				} else {
					msg = mk()
				}
				c.ReportItem(l, items[i], msg, "list ECDHE suites (C02C C02B C030 C02F) before any TLS_RSA_ suite")
				return
			}
		},
		Examples: []Example{
			{
				Title: "client authentication with static RSA first",
				Input: exTLS{Role: roleServerAuth, Adv: exTLS12Only, Ciphers: []string{"TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}}.String(),
				Want:  []string{"27:31"},
			},
			{
				Title: "client authentication with ECDHE first",
				Input: exTLS{Role: roleServerAuth, Adv: exTLS12Only, Ciphers: []string{"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA"}}.String(),
			},
			{
				Title: "no client authentication: TLS014 covers the order",
				Input: exTLS{Adv: exTLS12Only, Ciphers: []string{"TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}}.String(),
			},
		},
	})
}
