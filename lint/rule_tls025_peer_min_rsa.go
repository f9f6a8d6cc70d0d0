package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "TLS025",
		Name:     "peer-min-rsa-key-size",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "The smallest RSA key accepted from the peer is under 2048 bits, also by default (1024).",
		Rationale: `PeerMinRsaKeySize is the smallest RSA key System SSL accepts in the peer's
certificate; AT-TLS leaves it at 1024 bits unless it is coded (a z/OS 3.1
pasearch shows PeerMinRsaKeySize 1024 for an environment that codes
nothing). RSA-1024 offers about 80-bit security: NIST SP 800-52r2 and
SP 800-131A require at least 2048 bits, and RFC 9325 calls for 2048 as well.
It matters where a peer certificate is received: a client, and a server
with HandshakeRole ServerWithClientAuth; a plain server receives none and is
not reported. A z/OS default finding stands on the TTLSRule; in an
environment file only a coded GSK_PEER_RSA_MIN_KEY_SIZE is judged, since
System SSL's own default there was not verified.`,
		Sources: []string{
			"NIST SP 800-52 Rev. 2; NIST SP 800-131A Rev. 2 (RSA at least 2048 bits)",
			"RFC 9325 (BCP 195), section 4.5",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (PeerMinRsaKeySize, default 1024 per z/OS CS 3.1 pasearch)",
		},
		CheckTLS: func(c *tlsCtx) {
			checkPeerMin(c, sPeerMinRsaKeySize, 2048, "an RSA key", func(c *tlsCtx) bool { return c.ReceivesCert() })
		},
		Examples: []Example{
			{
				Title: "client accepting the default 1024-bit RSA keys",
				Input: exTLS{Role: roleClient, Adv: exTLS12Only, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "client requiring 2048 bits",
				Input: exTLS{Role: roleClient, Adv: append(exTLS12Only, "PeerMinRsaKeySize 2048"), Ciphers: exGCM}.String(),
			},
		},
	})
}
