package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "TLS011",
		Name:     "duplicate-cipher-suite",
		Category: CatTLS,
		Severity: source.Info,
		Summary:  "A cipher suite is listed more than once; System SSL uses the first and ignores the rest.",
		Rationale: `IBM documents that when a cipher is listed more than once, the first instance
is used and the others are ignored. A duplicate therefore never changes what
is negotiated, but it misleads a reader into thinking a suite sits where the
second copy is, typically after lists were merged or a 2-character string
and suite names were combined. Each later copy is reported with the position
of the first.`,
		Sources: []string{
			"IBM z/OS 3.1 Communications Server IP Configuration Reference: TTLSCipherParms statement (a cipher listed more than once: the first instance is used)",
		},
		CheckTLS: func(c *tlsCtx) {
			l := c.List(lCiphers)
			if l.Default {
				return
			}
			first := map[string]int{}
			for _, it := range l.Items {
				s := it.Suite()
				if s == nil {
					continue
				}
				if at, dup := first[it.Code]; dup {
					c.ReportItem(l, it, fmt.Sprintf("%s at position %d is listed already at position %d: System SSL ignores this copy",
						suiteText(s), it.Pos, at), "remove the copy")
					continue
				}
				first[it.Code] = it.Pos
			}
		},
		Examples: []Example{
			{
				Title: "name and 2-character code of the same suite",
				Input: exTLS{Adv: exTLS12Only, Ciphers: []string{"TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "9F"}}.String(),
				Want:  []string{"29:31"},
			},
			{
				Title: "every suite once",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}
