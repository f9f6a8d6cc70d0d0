package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS032",
		Name:     "suite-b-conflict",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "SuiteBProfile is on, but TLS 1.2 is off or the cipher list has no Suite B suite.",
		Rationale: `Suite B (RFC 6460) allows only TLS 1.2 with ECDHE-ECDSA and AES-GCM:
TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 (C02B) for the 128-bit profiles,
TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 (C02C) for 192, with P-256 or P-384
and an ECDSA certificate. SuiteBProfile (GSK_SUITE_B_PROFILE) other than Off
restricts TLS 1.2 sessions to that; IBM's z/OS 3.1 documentation limits it
to TLS 1.2. With TLSv1.2 off nothing can satisfy the profile, and a coded
cipher list without C02B and C02C contradicts it (whether System SSL then
fails or substitutes the Suite B suites is unverified). The certificate's key
type is not visible in the policy and is not checked. Suite B itself has
been withdrawn in favour of the CNSA suite (RFC 9151), so a new
configuration should rather list the suites it wants.`,
		Sources: []string{
			"RFC 6460: Suite B Profile for TLS; RFC 9151: CNSA Suite profile for TLS and DTLS 1.2 and 1.3",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAction statement (SuiteBProfile); System SSL: GSK_SUITE_B_PROFILE (z/OS V2R1)",
		},
		CheckTLS: func(c *tlsCtx) {
			v, _ := c.Value(sSuiteBProfile)
			if v == "" || c.Is(sSuiteBProfile, "Off") {
				return
			}
			name := c.Name(sSuiteBProfile)
			if !c.Enabled.Has(tls.TLS12) {
				c.ReportSetting(sSuiteBProfile, fmt.Sprintf("%s %s needs TLS 1.2, but %s", name, v, c.ProtoText(tls.TLS12)),
					"code TLSv1.2 On, or SuiteBProfile Off")
			}
			l := c.List(lCiphers)
			if !l.Default && !l.Has("C02B") && !l.Has("C02C") {
				c.ReportSetting(sSuiteBProfile, fmt.Sprintf("%s %s allows only C02B and C02C, and the cipher list has neither", name, v),
					"add TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 or TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, or code SuiteBProfile Off")
			}
		},
		Examples: []Example{
			{
				Title: "Suite B 192 with an RSA cipher list",
				Input: exTLS{Env: []string{"SuiteBProfile 192"}, Adv: exTLS12Only, Ciphers: []string{"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"}}.String(),
				Want:  []string{"15:3"},
			},
			{
				Title: "Suite B 192 with C02C",
				Input: exTLS{Env: []string{"SuiteBProfile 192"}, Adv: exTLS12Only, Ciphers: []string{"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"}}.String(),
			},
		},
	})
}
