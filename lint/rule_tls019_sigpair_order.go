package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "TLS019",
		Name:     "signature-pair-order",
		Category: CatTLS,
		Severity: source.Info,
		Summary:  "A weaker signature algorithm pair comes before a stronger one in a coded list.",
		Rationale: `SignaturePairs and GSK_TLS_SIG_ALG_PAIRS are preference lists: a z/OS client
sends them in this order in its signature_algorithms extension, a server
asking for client certificates sends them in its CertificateRequest, and
System SSL chooses from the pairs both sides share in the order of its own
list (that local order wins is unverified for TLS 1.3). A SHA-1, SHA-224 or
RSA PKCS#1 v1.5 pair ahead of ECDSA or RSA-PSS pairs invites the peer to
sign with the weaker one. znet's TLS registry ranks the pairs: ECDSA with
SHA-256 or better and RSA-PSS first, then RSA PKCS#1 v1.5 with SHA-2, then
SHA-224 and DSA, then SHA-1 and MD5 (RFC 9155; RFC 8446 allows PKCS#1 v1.5
only for certificates). Only coded lists are checked.`,
		Sources: []string{
			"RFC 8446, section 4.2.3; RFC 9155",
			"IBM z/OS 2.5 Cryptographic Services System SSL Programming: Signature and hash algorithms (ordered preference list)",
		},
		CheckTLS: func(c *tlsCtx) {
			for _, l := range c.sigLists() {
				c.rankInversions(l, func(it tlsItem) (int, string, bool) {
					a := it.SigAlg()
					if a == nil {
						return 0, "", false
					}
					return a.Rank, sigText(a), true
				}, "pair", "order the pairs ECDSA and RSA-PSS first, then RSA with SHA-2, and drop SHA-1 and SHA-224")
			}
		},
		Examples: []Example{
			{
				Title: "RSA PKCS#1 v1.5 pairs ahead of ECDSA and RSA-PSS",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"SignaturePairs 0601050104030804"}}.String(),
				Want:  []string{"32:31", "32:35"},
			},
			{
				Title: "strongest first",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"SignaturePairs 0403080406010501"}}.String(),
			},
		},
	})
}
