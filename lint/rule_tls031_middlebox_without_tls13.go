package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS031",
		Name:     "middlebox-without-tls13",
		Category: CatTLS,
		Severity: source.Info,
		Summary:  "MiddleBoxCompatMode On has no effect because TLS 1.3 is off.",
		Rationale: `Middlebox compatibility mode (RFC 8446, Appendix D.4) makes a TLS 1.3
handshake look like a resumed TLS 1.2 session to network devices that
would otherwise drop it. It changes nothing unless TLS 1.3 is negotiated,
and TLS 1.3 is off unless TLSv1.3 On is coded. A policy that switches the
mode on while TLS 1.3 stays off (often TLSv1.3 Off in a connection's
advanced parameters over an environment that had it on) suggests the author
believed TLS 1.3 was in use; check which one was meant. The environment
file equivalent is GSK_MIDDLEBOX_COMPAT_MODE with GSK_PROTOCOL_TLSV1_3.`,
		Sources: []string{
			"RFC 8446, Appendix D.4 (middlebox compatibility mode)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (MiddleBoxCompatMode, default Off; TLSv1.3, default Off)",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Enabled.Has(tls.TLS13) || !c.Is(sMiddleBoxCompatMode, "On") {
				return
			}
			c.ReportSetting(sMiddleBoxCompatMode, fmt.Sprintf("%s On has no effect: %s", c.Name(sMiddleBoxCompatMode), c.ProtoText(tls.TLS13)),
				"switch TLSv1.3 On if TLS 1.3 was meant, or remove MiddleBoxCompatMode")
		},
		Examples: []Example{
			{
				Title: "compatibility mode for a protocol that is off",
				Input: exTLS{Adv: append(exTLS12Only, "MiddleBoxCompatMode On"), Ciphers: exGCM}.String(),
				Want:  []string{"24:5"},
			},
			{
				Title: "compatibility mode with TLS 1.3",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On", "MiddleBoxCompatMode On"), Ciphers: append([]string{"TLS_AES_128_GCM_SHA256"}, exGCM...)}.String(),
			},
		},
	})
}
