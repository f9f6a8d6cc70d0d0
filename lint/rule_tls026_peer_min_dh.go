package lint

import (
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS026",
		Name:     "peer-min-dh-key-size",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A client that can negotiate DHE accepts Diffie-Hellman groups under 2048 bits, also by default (1024).",
		Rationale: `With a DHE suite the server chooses the Diffie-Hellman group and the client
can only refuse it: PeerMinDHKeySize is that floor, 1024 bits unless coded
(z/OS CS 3.1 pasearch). 1024-bit groups are within reach of a
well-resourced attacker (the Logjam research showed precomputation against
common 1024-bit primes), NIST SP 800-52r2 requires 2048 bits and RFC 9325
discourages finite-field DHE altogether; newer guidance
(draft-ietf-tls-deprecate-obsolete-kex) drops it. The rule reports clients
whose cipher list can negotiate a DHE or static DH suite; in an environment
file only a coded GSK_PEER_DH_MIN_KEY_SIZE is judged.`,
		Sources: []string{
			"NIST SP 800-52 Rev. 2 (DH groups of at least 2048 bits)",
			"RFC 9325 (BCP 195), section 4.1; draft-ietf-tls-deprecate-obsolete-kex",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (PeerMinDHKeySize, default 1024 per z/OS CS 3.1 pasearch)",
		},
		CheckTLS: func(c *tlsCtx) {
			checkPeerMin(c, sPeerMinDHKeySize, 2048, "Diffie-Hellman groups", func(c *tlsCtx) bool {
				_, dh := c.hasKx(tls.KxDHE, tls.KxDH)
				return c.Client() && dh
			})
		},
		Examples: []Example{
			{
				Title: "client with a DHE suite and the default 1024-bit floor",
				Input: exTLS{Role: roleClient, Adv: exTLS12Only, Ciphers: append(exGCM, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384")}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "client without DHE suites",
				Input: exTLS{Role: roleClient, Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
			{
				Title: "client with DHE and a 2048-bit floor",
				Input: exTLS{Role: roleClient, Adv: append(exTLS12Only, "PeerMinDHKeySize 2048"), Ciphers: append(exGCM, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384")}.String(),
			},
		},
	})
}
