package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

// fipsExcluded are the reasons for which System SSL in FIPS 140 mode
// ignores a suite: IBM names RC4, DES, export, NULL and MD5; ChaCha20
// (not-fips-approved) is assumed (unverified).
var fipsExcluded = []tls.Reason{tls.ReasonRC4, tls.ReasonDES, tls.ReasonExport, tls.ReasonNull, tls.ReasonMD5MAC, tls.ReasonRC2, tls.ReasonNotFIPS}

func init() {
	Register(&Rule{
		ID:       "TLS033",
		Name:     "fips140-conflict",
		Category: CatTLS,
		Severity: source.Warning,
		Summary:  "FIPS140 mode is on, but the configuration enables SSLv2 or SSLv3 or lists suites FIPS mode ignores.",
		Rationale: `With FIPS140 On (or Level1-Level3) on the TTLSGroupAction, System SSL runs in
FIPS 140 mode: IBM documents that SSL V2 and SSL V3 are not supported
there, and that suites using algorithms FIPS does not approve (RC4, DES,
export ciphers, NULL encryption, MD5) are ignored during the handshake.
ChaCha20 (1303) is not FIPS approved either; that System SSL skips it is
assumed (unverified). Such settings do nothing, and mislead whoever reads
the policy; when every listed suite is ignored the handshake fails
outright. Each conflicting protocol switch and suite is reported; remove
them, or decide whether FIPS mode is really wanted.`,
		Sources: []string{
			"IBM z/OS Cryptographic Services System SSL Programming: System SSL and FIPS 140-2 (SSL V2 and SSL V3 not supported; non-approved algorithms ignored)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSGroupAction statement (FIPS140 Off, On, Level1, Level2, Level3)",
		},
		CheckTLS: func(c *tlsCtx) {
			if !c.FIPS() {
				return
			}
			fips, _ := c.Value(sFIPS140)
			for _, v := range []tls.Protocol{tls.SSLv2, tls.SSLv3} {
				if st := c.Proto(v); st.On {
					c.ReportSetting(protoSlot[v], fmt.Sprintf("%s is On, but FIPS140 %s %s: System SSL does not support %s in FIPS mode", v, fips, c.Where(sFIPS140), v),
						"code "+v.String()+" Off")
				}
			}
			l := c.List(lCiphers)
			left := 0
			for _, it := range l.Kept() {
				s := it.Suite()
				if s == nil {
					continue
				}
				var why []tls.Reason
				for _, r := range fipsExcluded {
					if s.HasReason(r) {
						why = append(why, r)
					}
				}
				if len(why) == 0 {
					left++
					continue
				}
				c.ReportItem(l, it, fmt.Sprintf("%s is not FIPS 140 approved (%s): with FIPS140 %s System SSL ignores it", suiteText(s), reasonText(why), fips),
					"remove it from the cipher list")
			}
			if left == 0 && len(l.Items) > 0 {
				c.ReportList(l, fmt.Sprintf("FIPS140 %s ignores every suite in the cipher list: every handshake fails", fips), "list FIPS-approved suites: ECDHE with AES-GCM, TLS_AES_*_GCM")
			}
		},
		Examples: []Example{
			{
				Title: "FIPS mode with ChaCha20 and RC4 listed",
				Input: exTLS{Group: []string{"FIPS140 On"}, Adv: append(exTLS12Only, "TLSv1.3 On"),
					Ciphers: []string{"TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_RC4_128_SHA"}}.String(),
				Want: []string{"29:31", "32:31"},
			},
			{
				Title: "FIPS mode with approved suites",
				Input: exTLS{Group: []string{"FIPS140 On"}, Adv: exTLS12Only, Ciphers: exGCM}.String(),
			},
		},
	})
}
