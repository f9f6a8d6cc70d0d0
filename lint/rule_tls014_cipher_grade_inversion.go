package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS014",
		Name:     "cipher-grade-inversion",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "A worse-graded suite comes before a better-graded one that can be negotiated in the same protocol version.",
		Rationale: `System SSL as a server walks its own cipher list in order and takes the first
suite the client also offers; the client's preference is ignored, and there
is no switch to honour it (IBM, AT-TLS cipher suites). The protocol version
is settled first, so only suites of that version compete. A weak suite
listed before a recommended one of the same version is therefore what
every client that supports both gets: a static-RSA CBC suite ahead of ECDHE
with AES-GCM gives those clients no forward secrecy although the server
could do better. As a client, z/OS sends the list in this order and many
servers honour it. Each suite that precedes a better-graded one is reported
at its own position, naming every better suite after it with its position
(grades from znet's TLS registry: recommended, acceptable, weak, insecure).
Mozilla's guidelines and RFC 9325 (MUST prefer forward secrecy) give the
order: TLS 1.3, ECDHE with AEAD, ECDHE with CBC, then nothing weaker.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Guide: AT-TLS cipher suites (the server's list order decides)",
			"RFC 9325 (BCP 195), section 4.1 (prefer forward secrecy and AEAD)",
			"Mozilla Server Side TLS 5.0 (cipher order)",
		},
		CheckTLS: func(c *tlsCtx) { checkCipherInversions(c, true) },
		Examples: []Example{
			{
				Title: "static RSA before ECDHE",
				Input: exTLS{Adv: exTLS12Only, Ciphers: []string{"TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"}}.String(),
				Want:  []string{"27:31"},
			},
			{
				Title: "a TLS 1.2 suite before TLS 1.3 suites is no inversion (the version is settled first)",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: []string{"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_AES_256_GCM_SHA384"}}.String(),
			},
			{
				Title: "best first",
				Input: exTLS{Adv: exTLS12Only, Ciphers: []string{"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384"}}.String(),
			},
		},
	})
}

// checkCipherInversions reports suites listed before stronger suites of
// the same protocol version: of a better grade (grades true, TLS014) or of
// the same grade and a better rank (false, TLS015).
func checkCipherInversions(c *tlsCtx, grades bool) {
	l := c.List(lCiphers)
	if l.Default {
		return
	}
	items, suites := negotiableKept(l, c.Enabled)
	for i, si := range suites {
		var better []string
		for j := i + 1; j < len(suites); j++ {
			sj := suites[j]
			if !tls.Inverted(si, sj, c.Enabled) {
				continue
			}
			if (sj.Grade != si.Grade) == grades {
				better = append(better, suiteAt(sj, items[j].Pos))
			}
		}
		if len(better) == 0 {
			continue
		}
		what := "better-graded"
		hint := "move the stronger suites ahead of it (TLS 1.3, then ECDHE with AES-GCM, then ECDHE with CBC)"
		if !grades {
			what = "stronger"
			hint = "order the suites of one grade by key exchange and cipher: ECDHE before DHE before static key exchange, AEAD before CBC"
		}
		c.ReportItem(l, items[i], fmt.Sprintf("%s comes before %s that can be negotiated in the same protocol version: %s; System SSL takes the list in order",
			suiteAt(si, items[i].Pos), plural(len(better), what+" suite"), joinMax(better, 6)), hint)
	}
}

// plural renders "1 suite", "3 suites".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
