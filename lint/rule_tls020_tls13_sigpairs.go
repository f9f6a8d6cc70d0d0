package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS020",
		Name:     "tls13-without-pss-or-ecdsa",
		Category: CatTLS,
		Severity: source.Error,
		Summary:  "TLS 1.3 is enabled, but the coded signature pairs lack RSA-PSS or an ECDSA pair usable in TLS 1.3.",
		Rationale: `TLS 1.3 handshakes are signed with RSA-PSS (0804, 0805, 0806) or ECDSA bound to
its curve (0403 for P-256, 0503 for P-384, 0603 for P-521); RSA PKCS#1 v1.5,
SHA-224, DSA and SHA-1 pairs are not allowed for the handshake (RFC 8446).
When SignaturePairs is not coded, z/OS appends 0806 0805 0804 to its
default as soon as TLS 1.3 is on, but a coded list is used as written. A
list with PKCS#1 v1.5 RSA pairs and no RSA-PSS leaves a server with an RSA
certificate unable to sign a TLS 1.3 handshake (a field report saw return
code 414 until the pairs were fixed; IBM's text for 414 is unverified), and
a list without any TLS 1.3 handshake pair fails every certificate. The
certificate's key type is not visible in the policy, so the rule reports
what is missing for RSA certificates when RSA pairs are listed, and for all
certificates when no TLS 1.3 pair is listed.`,
		Sources: []string{
			"RFC 8446, sections 4.2.3 and 4.4.3",
			"z/OS CS 3.1 defaults with TLSv1.3 On (0806 0805 0804 appended to the default SignaturePairs), as a practitioner's pasearch tool encodes them",
			"field report (tls-strength.md 1(f) C7): return code 414 with TLS 1.3 and RSA PKCS#1 v1.5 pairs only",
		},
		CheckTLS: func(c *tlsCtx) {
			if !c.Enabled.Has(tls.TLS13) {
				return
			}
			l := c.List(lSigPairs)
			if l.Default || l.Absent {
				return
			}
			pss, ecdsa, rsa := false, false, false
			for _, it := range l.Items {
				a := it.SigAlg()
				if a == nil {
					continue
				}
				switch {
				case a.TLS13Handshake() && a.Sig == "ECDSA":
					ecdsa = true
				case a.TLS13Handshake():
					pss = true
				case a.Sig == "RSA-PKCS1v1.5":
					rsa = true
				}
			}
			switch {
			case !pss && !ecdsa:
				c.ReportList(l, fmt.Sprintf("TLS 1.3 is enabled, but %s holds no pair that can sign a TLS 1.3 handshake (RSA-PSS 0804 0805 0806, ECDSA 0403 0503 0603): every TLS 1.3 handshake fails", l.Name),
					"add 0804 0805 0806 for RSA certificates and 0403 0503 0603 for EC certificates")
			case !pss && rsa:
				c.ReportList(l, fmt.Sprintf("TLS 1.3 is enabled and %s lists RSA pairs, but no RSA-PSS pair (0804 0805 0806): a server or client with an RSA certificate cannot sign a TLS 1.3 handshake", l.Name),
					"add 0804 0805 0806")
			}
		},
		Examples: []Example{
			{
				Title: "TLS 1.3 with RSA PKCS#1 v1.5 pairs only",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: append([]string{"TLS_AES_256_GCM_SHA384"}, exGCM...),
					Sig: []string{"SignaturePairs 060105010401"}}.String(),
				Want: []string{"34:5"},
			},
			{
				Title: "TLS 1.3 with RSA-PSS and ECDSA pairs",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: append([]string{"TLS_AES_256_GCM_SHA384"}, exGCM...),
					Sig: []string{"SignaturePairs 0403050308040805"}}.String(),
			},
		},
	})
}
