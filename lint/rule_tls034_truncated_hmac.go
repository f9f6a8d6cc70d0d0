package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS034",
		Name:     "truncated-hmac",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "TruncatedHMAC is Required or Optional, negotiating 80-bit record MACs that RFC 9325 forbids.",
		Rationale: `The truncated_hmac extension (RFC 6066) shortens the record MAC of CBC suites to
80 bits. It was meant for constrained devices, weakens integrity, and was
the subject of published attacks on implementations; RFC 9325 (BCP 195)
says implementations MUST NOT use it. AT-TLS leaves it Off by default, so
a finding means TruncatedHMAC Required or Optional is coded in the
environment or connection advanced parameters. It does nothing for AEAD
suites or TLS 1.3, which is one more reason to list only those.`,
		Sources: []string{
			"RFC 9325 (BCP 195), section 4.6 (truncated HMAC: MUST NOT); RFC 6066, section 7",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (TruncatedHMAC, default Off)",
		},
		CheckTLS: func(c *tlsCtx) {
			if c.Enabled.Without(tls.TLS13) == 0 || !c.Is(sTruncatedHMAC, "Required", "Optional") {
				return
			}
			v, _ := c.Value(sTruncatedHMAC)
			c.ReportSetting(sTruncatedHMAC, fmt.Sprintf("TruncatedHMAC %s negotiates truncated (80-bit) record MACs, which RFC 9325 forbids", v),
				"remove TruncatedHMAC (the default is Off)")
		},
		Examples: []Example{
			{
				Title: "truncated MACs offered",
				Input: exTLS{Adv: append(exTLS12Only, "TruncatedHMAC Optional"), Ciphers: exGCM}.String(),
				Want:  []string{"24:5"},
			},
			{
				Title: "truncated MACs off",
				Input: exTLS{Adv: append(exTLS12Only, "TruncatedHMAC Off"), Ciphers: exGCM}.String(),
			},
		},
	})
}
