package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS017",
		Name:     "insecure-signature-pair",
		Category: CatTLS,
		Severity: source.Error,
		Summary:  "A signature algorithm pair with MD5 or SHA-1 is offered, also when it comes from the z/OS default list.",
		Rationale: `Signature algorithm pairs say which hash and signature algorithms may sign
the handshake and the certificates. MD5 and SHA-1 have practical collision
attacks, and RFC 9155 forbids both in TLS 1.2 signatures (MUST NOT); TLS 1.3
allows SHA-1 only in certificates, never for the handshake. The z/OS
default SignaturePairs (what a 3.1 pasearch shows when none is coded) still
ends with 0201, 0203 and 0202 (SHA-1 with RSA, ECDSA and DSA), so an AT-TLS
environment that codes no SignaturePairs offers them: the finding then
stands on the TTLSRule. Pairs in SignaturePairs, SignaturePairsCert and
GSK_TLS_SIG_ALG_PAIRS / GSK_TLS_CERT_SIG_ALG_PAIRS are checked; an
environment file that sets none is left alone, since the application may
set its own. Remove the pairs, keeping certificates signed with SHA-256 or
better (System SSL rejects a chain whose signature algorithm is not in the
list, return code 467).`,
		Sources: []string{
			"RFC 9155: Deprecating MD5 and SHA-1 Signature Hashes in TLS 1.2 and DTLS 1.2",
			"RFC 8446, section 4.2.3 (signature schemes in TLS 1.3)",
			"z/OS CS 3.1 pasearch of an environment coding no SignaturePairs (default 0601 0603 0501 0503 0401 0403 0402 0301 0303 0302 0201 0203 0202)",
			"IBM z/OS Cryptographic Services System SSL Programming: return code 467 (signature algorithm not in the signature algorithm pairs list)",
		},
		CheckTLS: func(c *tlsCtx) {
			for _, l := range c.sigLists() {
				c.reportMatching(l, func(it tlsItem) (string, string, bool) {
					a := it.SigAlg()
					if a == nil || a.Grade != tls.Insecure {
						return "", "", false
					}
					return sigText(a), fmt.Sprintf("signature pair %s is insecure: %s", sigText(a), reasonText(a.Reasons)), true
				}, "it offers MD5 or SHA-1 pairs, which RFC 9155 forbids in TLS 1.2",
					"code SignaturePairs without MD5 and SHA-1 pairs, such as 0403 0503 0603 0804 0805 0806 0401 0501 0601")
			}
		},
		Examples: []Example{
			{
				Title: "no SignaturePairs coded: the default offers SHA-1",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "SHA-1 with RSA kept at the end",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"SignaturePairs 040305030804040102010201"}}.String(),
				Want:  []string{"32:47"},
			},
			{
				Title: "SHA-2 pairs only",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"SignaturePairs 0403050306030804080508060401"}}.String(),
			},
		},
	})
}
