package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/tls"
)

func init() {
	Register(&Rule{
		ID:       "TLS036",
		Name:     "server-scsv-off",
		Category: CatTLS,
		Severity: source.Info,
		Summary:  "A server enables several versions up to TLS 1.2 without honouring TLS_FALLBACK_SCSV, also by default.",
		Rationale: `Clients that retry a failed handshake with a lower version can be pushed
down to the weakest version both sides enable by an attacker who breaks
the first attempts. TLS_FALLBACK_SCSV (RFC 7507) lets the server notice
such a retry and refuse it; AT-TLS honours it only with ServerScsv On (the
default is Off, per a z/OS 3.1 pasearch), and System SSL with
GSK_SERVER_FALLBACK_SCSV. It matters while a server enables more than one
version up to TLS 1.2, which the z/OS defaults do (TLSv1 and TLSv1.1 On);
TLS 1.3 carries its own downgrade protection. Better than the switch is to
enable TLS 1.2 and 1.3 only (TLS003, TLS004).`,
		Sources: []string{
			"RFC 7507: TLS Fallback Signaling Cipher Suite Value (SCSV) for Preventing Protocol Downgrade Attacks",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (ServerScsv, default Off per z/OS CS 3.1 pasearch)",
		},
		CheckTLS: func(c *tlsCtx) {
			if !c.Server() || !c.Is(sServerScsv, "Off") {
				return
			}
			old := c.Enabled.Without(tls.TLS13)
			if len(old.List()) < 2 {
				return
			}
			mk := func(how string) string {
				return fmt.Sprintf("%s is Off %s while %s are enabled: a client's fallback to a lower version is not detected (RFC 7507)",
					c.Name(sServerScsv), how, old)
			}
			var msg string
			if _, coded := c.Value(sServerScsv); coded {
				msg = mk(c.Where(sServerScsv))
			} else {
				msg = c.once("TLS036 "+string(rune(old)), func() string { return mk(c.Default(sServerScsv)) })
			}
			c.ReportSetting(sServerScsv, msg, "switch the old versions off (TLSv1 Off, TLSv1.1 Off), or code ServerScsv On")
		},
		Examples: []Example{
			{
				Title: "default protocols: TLS 1.0, 1.1 and 1.2 without downgrade protection",
				Input: exTLS{Adv: []string{"TLSv1.2 On"}, Ciphers: exGCM}.String(),
				Want:  []string{"1:1"},
			},
			{
				Title: "TLS 1.2 and 1.3 only",
				Input: exTLS{Adv: append(exTLS12Only, "TLSv1.3 On"), Ciphers: append([]string{"TLS_AES_128_GCM_SHA256"}, exGCM...)}.String(),
			},
		},
	})
}
