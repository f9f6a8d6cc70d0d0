package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "TLS023",
		Name:     "group-order",
		Category: CatTLS,
		Severity: source.Info,
		Summary:  "In a coded curve or key-share list, a weaker group comes before a stronger one.",
		Rationale: `ClientECurves, ServerKexECurves and the key-share lists are read in order: a
client proposes its groups (and sends key shares) in that order and a
server takes its own first acceptable group. znet's TLS registry ranks
x25519, secp256r1 and secp384r1 first, then secp521r1, x448 and the
Brainpool curves (slower or rarely supported), then secp224r1 and finally
secp192r1, following Mozilla's guidelines and RFC 9325. Groups of the same
rank are never reported. The first group being weak is TLS022's finding;
this one reports every other inversion in coded lists (defaults are fixed
by z/OS). Group codes are decimal: 0029 is x25519, not 0x0029.`,
		Sources: []string{
			"Mozilla Server Side TLS 5.0 (x25519, prime256v1, secp384r1); RFC 9325 (BCP 195), section 4.2.1",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSSignatureParms statement (curve lists in order of preference)",
		},
		CheckTLS: func(c *tlsCtx) {
			for _, l := range c.groupLists() {
				c.rankInversions(l, func(it tlsItem) (int, string, bool) {
					g := it.Group()
					if g == nil {
						return 0, "", false
					}
					return g.Rank, groupText(g), true
				}, "group", "order the groups strongest first: 0029 (TLS 1.3), 0023, 0024, then 0025")
			}
		},
		Examples: []Example{
			{
				Title: "secp521r1 before secp256r1",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"ServerKexECurves 00250023"}}.String(),
				Want:  []string{"32:31"},
			},
			{
				Title: "secp256r1 before secp384r1: same rank",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM, Sig: []string{"ServerKexECurves 002300240025"}}.String(),
			},
		},
	})
}
