package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS018",
		Name:     "weak-signature-pair",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A signature algorithm pair with SHA-224 or DSA is offered, also when it comes from the z/OS default list.",
		Rationale: `SHA-224 gives only 112-bit collision resistance, below the 128 bits NIST SP
800-52r2 and Mozilla's guidelines expect, and DSA is obsolete: NIST no
longer approves it for new signatures (FIPS 186-5), TLS 1.3 dropped it, and
few certificate authorities issue DSA certificates. None of these pairs can
be used in TLS 1.3. The z/OS default SignaturePairs includes 0402, 0301,
0303 and 0302, so an AT-TLS environment without SignaturePairs offers them;
the finding then stands on the TTLSRule. Coded pairs in SignaturePairs,
SignaturePairsCert and the GSK_TLS_[CERT_]SIG_ALG_PAIRS variables are
reported where they are written (grades from znet's TLS registry).`,
		Sources: []string{
			"NIST SP 800-52 Rev. 2; NIST FIPS 186-5 (DSA no longer approved for signing)",
			"RFC 8446, section 4.2.3 (no DSA or SHA-224 in TLS 1.3)",
			"z/OS CS 3.1 pasearch of an environment coding no SignaturePairs",
		},
		CheckTLS: func(c *tlsCtx) {
			for _, l := range c.sigLists() {
				c.reportMatching(l, func(it tlsItem) (string, string, bool) {
					a := it.SigAlg()
					if a == nil || a.Grade != tls.Weak {
						return "", "", false
					}
					return sigText(a), fmt.Sprintf("signature pair %s is weak: %s", sigText(a), reasonText(a.Reasons, tls.ReasonPKCS1v15)), true
				}, "it offers SHA-224 or DSA pairs",
					"code SignaturePairs with SHA-256 or stronger ECDSA, RSA-PSS and RSA pairs only")
			}
		},
		Examples: []Example{
			{
				Title: "SHA-224 pairs coded",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"SignaturePairs 040304010303"}}.String(),
				Want:  []string{"32:39"},
			},
			{
				Title: "no SignaturePairs coded: the default offers DSA and SHA-224",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "SHA-2 pairs only",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"SignaturePairs 040305030401"}}.String(),
			},
		},
	})
}
