package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "HYG005",
		Name:     "handshake-timeout-zero",
		Category: CatHygiene,
		Severity: source.Warning,
		Summary:  "HandshakeTimeout 0 takes away the time limit on TLS handshakes.",
		Rationale: `HandshakeTimeout is the number of seconds AT-TLS waits for a TLS handshake to
complete before it gives up on the connection; when it is not coded the
limit is 10 seconds. With 0 there is no limit, so a peer that opens a
connection and never finishes the handshake, by accident or on purpose,
holds the connection and the AT-TLS resources behind it for as long as it
likes, and enough such peers exhaust them for everyone. Policies generated
by the Configuration Assistant sometimes carry 0; a handshake that needs
more than 10 seconds wants a larger value, not none. The effective value
counts, wherever it is set (environment or connection advanced parameters).
That 0 means "no limit" is inferred from IBM's description of the value as
seconds to wait (unverified), as is the range 0-600.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Reference: TTLSEnvironmentAdvancedParms and TTLSConnectionAdvancedParms statements (HandshakeTimeout, default 10 seconds)",
		},
		Check: func(p *Pass) {
			for _, e := range p.Effective() {
				s := e.Get("HandshakeTimeout")
				if s == nil || s.Level == "default" || s.Value != "0" {
					continue
				}
				p.ReportSetting(e, s,
					"HandshakeTimeout 0 sets no time limit on TLS handshakes",
					"remove HandshakeTimeout for the default of 10 seconds, or code the seconds a slow partner really needs")
			}
		},
		Examples: []Example{
			{
				Title: "no limit in the environment's advanced parameters",
				Input: `TTLSRule                      XCOM-Server
{
  LocalPortRange              8044
  Direction                   Inbound
  TTLSGroupActionRef          grp-on
  TTLSEnvironmentActionRef    env-server
}
TTLSGroupAction               grp-on
{
  TTLSEnabled                 On
}
TTLSEnvironmentAction         env-server
{
  HandshakeRole               Server
  TTLSKeyringParms
  {
    Keyring                   XCOM/XcomRing
  }
  TTLSEnvironmentAdvancedParms
  {
    TLSv1.2                   On
    HandshakeTimeout          0
  }
}
`,
				Want: []string{"22:5"},
			},
			{
				Title: "a longer limit for a slow partner",
				Input: `TTLSRule                      XCOM-Server
{
  LocalPortRange              8044
  Direction                   Inbound
  TTLSGroupActionRef          grp-on
  TTLSEnvironmentActionRef    env-server
}
TTLSGroupAction               grp-on
{
  TTLSEnabled                 On
}
TTLSEnvironmentAction         env-server
{
  HandshakeRole               Server
  TTLSKeyringParms
  {
    Keyring                   XCOM/XcomRing
  }
  TTLSEnvironmentAdvancedParms
  {
    TLSv1.2                   On
    HandshakeTimeout          30
  }
}
`,
			},
		},
	})
}
