package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "TLS015",
		Name:     "cipher-rank-inversion",
		Category: CatTLS,
		Severity: source.Info,
		Summary:  "Within one grade, a suite with a worse key exchange or cipher comes before a better one of the same protocol version.",
		Rationale: `Suites of the same grade still differ: among weak suites DHE with CBC gives
forward secrecy and static RSA does not; among acceptable suites ECDHE with
CBC beats DHE with AES-GCM, since RFC 9325 discourages finite-field DHE and
z/OS uses 1024-bit DH groups unless told otherwise. znet's TLS registry
ranks suites by grade, then key exchange (TLS 1.3, ECDHE, DHE, static ECDH,
static DH, RSA), then cipher (AEAD, CBC with SHA-2, CBC with SHA-1, 3DES,
RC4, DES, export, NULL); differences that do not change security (AES-256
against AES-128, ECDSA against RSA authentication, AES-GCM against
ChaCha20) are never reported. As with TLS014, System SSL takes its list in
order, so the earlier suite wins for every peer offering both; these
inversions matter less than a grade inversion, hence info.`,
		Sources: []string{
			"RFC 9325 (BCP 195), section 4.1; tls-strength.md section 2.3 (znet's rank formula)",
			"IBM z/OS Communications Server IP Configuration Guide: AT-TLS cipher suites (the server's list order decides)",
		},
		CheckTLS: func(c *tlsCtx) { checkCipherInversions(c, false) },
		Examples: []Example{
			{
				Title: "static RSA before DHE, both weak",
				Input: exTLS{Adv: exTLS12Only, Ciphers: []string{"TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA"}}.String(),
				Want:  []string{"27:31"},
			},
			{
				Title: "AES-128 before AES-256 is not an inversion",
				Input: exTLS{Adv: exTLS12Only, Ciphers: []string{"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"}}.String(),
			},
		},
	})
}
