package lint

import (
	"fmt"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS008",
		Name:     "default-cipher-list",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "No cipher list is coded, so System SSL's weak default list applies.",
		Rationale: `AT-TLS passes no cipher list to System SSL unless TTLSCipherParms codes one,
and a System SSL application without GSK_V3_CIPHER_SPECS[_EXPANDED] (or with
an empty value) gets the same built-in default. On z/OS 2.4 and 2.5 IBM
calls 003500380039002F00320033 the current default: static RSA first, then
DHE with DSS and RSA, every suite AES-CBC with a SHA-1 MAC, no ECDHE and no
TLS 1.3 suite. Every one of them is graded weak (no forward secrecy or DSS,
and CBC-SHA1: RFC 9325 and NIST SP 800-52r2 want ephemeral ECDHE and AEAD),
no EC certificate can be used, and TLS 1.3 can never be negotiated even with
TLSv1.3 On. The finding stands on the TTLSRule (on the file's first record
for an environment file) and lists the default of the release znet checks
for; that 3.1 and 3.2 keep the 2.4/2.5 list is unverified.`,
		Sources: []string{
			"IBM z/OS 2.4 and 2.5 Cryptographic Services System SSL Programming: Required updates to enable TLS V1.3 protocol support (current default 003500380039002F00320033)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSCipherParms statement (no list: System SSL default)",
			"RFC 9325 (BCP 195), section 4.2; NIST SP 800-52 Rev. 2, section 3.3.1",
		},
		CheckTLS: func(c *tlsCtx) {
			l := c.List(lCiphers)
			if !l.Default || len(l.Items) == 0 {
				return
			}
			msg := l.message("TLS008", func() string { return defaultCipherMsg(c, l) })
			c.ReportList(l, msg,
				"code a cipher list: TLS 1.3 suites (1302 1301) and ECDHE with AES-GCM (C02C C02B C030 C02F) in TTLSCipherParms, or GSK_V3_CIPHER_SPECS_EXPANDED in an environment file")
		},
		Examples: []Example{
			{
				Title: "environment with no TTLSCipherParms",
				Input: exTLS{Adv: exTLS12Only}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "cipher list coded",
				Input: exTLS{Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}

// defaultCipherMsg describes System SSL's default cipher list from the
// registry's grades.
func defaultCipherMsg(c *tlsCtx, l *tlsList) string {
	weak, insecure, ecc, tls13 := 0, 0, false, false
	for _, it := range l.Items {
		s := it.Suite()
		if s == nil {
			continue
		}
		switch s.Grade {
		case tls.Weak:
			weak++
		case tls.Insecure:
			insecure++
		}
		ecc = ecc || s.Kx == tls.KxECDHE || s.Kx == tls.KxECDH
		tls13 = tls13 || s.Protocols.Has(tls.TLS13)
	}
	var facts []string
	switch {
	case weak == len(l.Items):
		facts = append(facts, "every suite in it is weak")
	case weak+insecure == len(l.Items):
		facts = append(facts, "every suite in it is weak or insecure")
	case weak+insecure > 0:
		facts = append(facts, fmt.Sprintf("%d of its %d suites are weak or insecure", weak+insecure, len(l.Items)))
	}
	if first := l.Items[0].Suite(); first != nil && !first.FS {
		facts = append(facts, fmt.Sprintf("the first, %s, has no forward secrecy", suiteText(first)))
	}
	if !ecc {
		facts = append(facts, "it has no ECDHE suite")
	}
	if !tls13 {
		facts = append(facts, "no TLS 1.3 suite")
	}
	return fmt.Sprintf("%s (%s): %s", c.ListDefault(l), strings.Join(l.Codes(), " "), strings.Join(facts, "; "))
}
