package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "TLS027",
		Name:     "peer-min-ecc-key-size",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "The smallest elliptic curve key accepted from the peer is under 256 bits, also by default (192).",
		Rationale: `PeerMinECCKeySize is the smallest EC key System SSL accepts in the peer's
certificate; AT-TLS leaves it at 192 bits (z/OS CS 3.1 pasearch), which
admits P-192 (96-bit security) and P-224 (112-bit) certificates. NIST SP
800-52r2 and Mozilla's guidelines expect curves of at least 256 bits for
128-bit security. Like PeerMinRsaKeySize it matters where a certificate is
received: a client, and a server asking for client certificates. A z/OS
default finding stands on the TTLSRule; in an environment file only a coded
GSK_PEER_ECC_MIN_KEY_SIZE is judged.`,
		Sources: []string{
			"NIST SP 800-52 Rev. 2; NIST SP 800-57 Part 1 (curve sizes and security strength)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (PeerMinECCKeySize, default 192 per z/OS CS 3.1 pasearch)",
		},
		CheckTLS: func(c *tlsCtx) {
			checkPeerMin(c, sPeerMinECCKeySize, 256, "an elliptic curve key", func(c *tlsCtx) bool { return c.ReceivesCert() })
		},
		Examples: []Example{
			{
				Title: "server with client authentication, default 192-bit floor",
				Input: exTLS{Role: roleServerAuth, Adv: exTLS12Only, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "256 bits required",
				Input: exTLS{Role: roleServerAuth, Adv: append(exTLS12Only, "PeerMinECCKeySize 256"), Ciphers: exGCM}.String(),
			},
		},
	})
}
