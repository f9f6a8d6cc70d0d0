package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS037",
		Name:     "group-code-not-decimal",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A group code looks written in hex, or 0019 stands where secp521r1 (IANA 0x0019) was probably meant.",
		Rationale: `z/OS writes curves and key-share groups as the IANA NamedGroup number in
DECIMAL, padded to four digits: 0023 is secp256r1 (0x0017 on the wire), 0024
secp384r1, 0025 secp521r1, 0029 x25519. pasearch prints them so, and IBM's
MQ documentation gives GSK_CLIENT_ECURVE_LIST defaults in that form. Copying
a code from a TLS reference in hex goes wrong silently: 0017 is no z/OS
group at all, and 0019, which is secp521r1's hex value, is secp192r1 in
decimal, a 96-bit curve. For AT-TLS policy the model already rejects codes
that are not groups (PA209); this rule adds the 0019 case, which is valid
and therefore easy to miss. In environment files, where nothing else
checks the codes, it also reports hex codes and codes System SSL does not
know, with the decimal code meant.`,
		Sources: []string{
			"z/OS CS 3.1 pasearch (0023 secp256r1, 0029 X25519, 0030 X448); IBM MQ: Modifying elliptic curve key length on z/OS (GSK_CLIENT_ECURVE_LIST 00210023002400250019)",
			"IANA TLS Supported Groups registry (RFC 8422, RFC 8446 section 4.2.7)",
		},
		CheckTLS: func(c *tlsCtx) {
			for _, k := range []listKind{lClientCurves, lServerKex, lClientShares, lServerShares} {
				l := c.List(k)
				for _, it := range l.Kept() {
					if it.Code == "0019" && !it.Span.IsZero() {
						c.ReportItem(l, it, "0019 is secp192r1 (decimal 19), a 96-bit curve; if secp521r1 (IANA 0x0019) was meant, its z/OS code is 0025",
							"write 0025 for secp521r1; z/OS group codes are decimal")
					}
				}
			}
			if c.env == nil {
				return
			}
			for _, k := range []listKind{lClientCurves, lServerKex, lClientShares, lServerShares} {
				v := c.envVar(listSlots[k][0])
				if v == nil {
					continue
				}
				for _, cd := range v.Codes {
					if cd.Bad {
						continue
					}
					if _, ok := tls.GroupByCode(cd.Code); ok {
						continue
					}
					_, probs := tls.ParseGroups(cd.Code)
					msg := fmt.Sprintf("%s is not a group System SSL knows (z/OS group codes are the IANA number in decimal)", cd.Code)
					hint := "write the decimal code: 0023 secp256r1, 0024 secp384r1, 0025 secp521r1, 0029 x25519"
					for _, pr := range probs {
						if pr.Kind == tls.ProblemHexGroup {
							msg, hint = pr.Msg, "write "+pr.Want
						}
					}
					c.p.ReportEnv(cd.Span, v.Name.Text, msg, hint)
				}
			}
		},
		Examples: []Example{
			{
				Title: "0019 in a list of strong curves",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"ServerKexECurves 002300240019"}}.String(),
				Want:  []string{"32:39"},
			},
			{
				Title: "secp521r1 written in decimal",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"ServerKexECurves 002300240025"}}.String(),
			},
		},
	})
}
