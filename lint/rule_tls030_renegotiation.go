package lint

import (
	"fmt"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS030",
		Name:     "renegotiation-without-rfc5746",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "Renegotiation All or Abbreviated allows legacy renegotiation while the peer need not present the RFC 5746 indication.",
		Rationale: `TLS renegotiation without the RFC 5746 renegotiation indication lets an
attacker splice its own data in front of a victim's session (the 2009
renegotiation attack). IBM's Configuration Assistant describes the AT-TLS
values: Default allows only RFC 5746 renegotiations; Disabled allows none;
All also allows SSL V3 and TLS handshake renegotiations, and Abbreviated
allows SSL V3 and TLS abbreviated renegotiations, both without the
extension. RenegotiationIndicator (GSK_EXTENDED_RENEGOTIATION_INDICATOR)
says which side must present the indication in the initial handshake; the
default Optional requires nothing. That Server and Client name the side
that requires it of its peer is how znet reads the values (unverified). The
rule reports All and Abbreviated unless the peer is required to present the
indication; TLS 1.3 has no renegotiation and is not affected.`,
		Sources: []string{
			"RFC 5746: Transport Layer Security (TLS) Renegotiation Indication Extension",
			"IBM z/OS 2.4 Configuration Assistant help: Renegotiation (Default: only RFC 5746 renegotiations; All; Abbreviated; Disabled)",
			"IBM z/OS 2.1 Migration: GSK_RENEGOTIATION and GSK_EXTENDED_RENEGOTIATION_INDICATOR (RFC 5746 enforcement during the initial handshake)",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Enabled.Without(tls.TLS13) == 0 || !c.Is(sRenegotiation, "All", "Abbreviated") {
				return
			}
			ind, _ := c.Value(sRenegotiationIndicator)
			switch {
			case strings.EqualFold(ind, "Both"),
				c.Role == roleClient && strings.EqualFold(ind, "Client"),
				(c.Role == roleServer || c.Role == roleServerAuth) && strings.EqualFold(ind, "Server"):
				return
			}
			val, _ := c.Value(sRenegotiation)
			if ind == "" {
				ind = "not set"
			}
			c.ReportSetting(sRenegotiation, fmt.Sprintf("%s %s allows renegotiation without the RFC 5746 indication, and %s is %s, so the peer need not present it",
				c.Name(sRenegotiation), val, c.Name(sRenegotiationIndicator), ind),
				"remove Renegotiation (Default allows only RFC 5746 renegotiation) or code Renegotiation Disabled")
		},
		Examples: []Example{
			{
				Title: "any renegotiation allowed",
				Input: exTLS{Adv: append(exTLS12Only, "Renegotiation All"), Ciphers: exGCM}.String(),
				Want:  []string{"24:5"},
			},
			{
				Title: "RFC 5746 renegotiation only (the default)",
				Input: exTLS{Adv: append(exTLS12Only, "Renegotiation Default"), Ciphers: exGCM}.String(),
			},
			{
				Title: "legacy renegotiation, but clients must present the indication",
				Input: exTLS{Adv: append(exTLS12Only, "Renegotiation Abbreviated", "RenegotiationIndicator Server"), Ciphers: exGCM}.String(),
			},
		},
	})
}
