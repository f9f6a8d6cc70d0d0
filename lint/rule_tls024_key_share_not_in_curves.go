package lint

import (
	"fmt"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS024",
		Name:     "key-share-not-in-curves",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A TLS 1.3 client sends a key share for a group it does not offer in its curve list.",
		Rationale: `A TLS 1.3 client offers its groups in supported_groups (on z/OS, ClientECurves,
with x25519 appended to the default when TLS 1.3 is on) and sends key
shares for some of them (ClientKeyShareGroups). RFC 8446 requires every key
share to be for a group in supported_groups; a share for a group that is not
offered is wasted work at best, and a server may reject the ClientHello.
IBM's description of ClientKeyShareGroups says the same: each group should
also be in ClientECurves. This happens when ClientECurves is coded without
0029 while ClientKeyShareGroups names x25519, or when the two lists are
edited separately. Remember that group codes are decimal (0029 is x25519).
ClientECurves Any is not checked.`,
		Sources: []string{
			"RFC 8446, section 4.2.8 (key shares must be for groups in supported_groups)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSSignatureParms statement (ClientKeyShareGroups, ClientECurves)",
		},
		CheckTLS: func(c *tlsCtx) {
			if !c.Client() || !c.Enabled.Has(tls.TLS13) {
				return
			}
			curves, shares := c.List(lClientCurves), c.List(lClientShares)
			if curves.Any || curves.Absent || shares.Absent {
				return
			}
			for _, it := range shares.Kept() {
				g := it.Group()
				if g == nil || curves.Has(it.Code) {
					continue
				}
				offered := strings.Join(curves.Codes(), " ")
				c.ReportItem(shares, it, fmt.Sprintf("key share %s is not among the groups %s offers (%s)", groupText(g), curves.Name, offered),
					"add the group to ClientECurves, or remove the key share")
			}
		},
		Examples: []Example{
			{
				Title: "x25519 key share, curves without x25519",
				Input: exTLS{Role: roleClient, Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: append([]string{"TLS_AES_128_GCM_SHA256"}, exGCM...),
					Sig: []string{"ClientECurves 00230024", "ClientKeyShareGroups 0029"}}.String(),
				Want: []string{"35:31"},
			},
			{
				Title: "key share among the curves",
				Input: exTLS{Role: roleClient, Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: append([]string{"TLS_AES_128_GCM_SHA256"}, exGCM...),
					Sig: []string{"ClientECurves 002900230024", "ClientKeyShareGroups 0029"}}.String(),
			},
		},
	})
}
