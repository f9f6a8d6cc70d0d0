package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "HYG003",
		Name:     "ctrace-cleartext",
		Category: CatHygiene,
		Severity: source.Warning,
		Summary:  "CtraceClearText On writes the decrypted data of secured connections into component trace records.",
		Rationale: `With AT-TLS the TCP, physical file system and socket API layers of the stack
handle application data before it is encrypted and after it is decrypted.
By default AT-TLS keeps that clear data out of the CTRACE records those
layers write, to protect the users of the application; CtraceClearText On
lets it in, which IBM offers for diagnosing a problem. Left on, every
component trace and packet trace taken for any reason holds passwords,
session tokens and business data of the connections the rule covers, and
trace data sets are read and shipped far more widely than the data itself.
The effective value counts: On inherited from the group or the environment
is reported on the statement that set it, once for all the rules that
share it.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Guide: Diagnosing AT-TLS problems (CtraceClearText keeps unencrypted data out of CTRACE records by default; On to include it for diagnosis)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSGroupAction, TTLSEnvironmentAction and TTLSConnectionAction statements (CtraceClearText, default Off)",
		},
		Check: func(p *Pass) {
			for _, e := range p.Effective() {
				s := e.Get("CtraceClearText")
				if s == nil || s.Level == "default" || s.Value != "On" {
					continue
				}
				p.ReportSetting(e, s,
					"CtraceClearText On puts the decrypted data of secured connections into component trace records",
					"code CtraceClearText Off (the default) once the problem is diagnosed; while diagnosing, limit it to a TTLSConnectionAction of a rule that matches only the test connection")
			}
		},
		Examples: []Example{
			{
				Title: "inherited from the group by two rules: one finding",
				Input: `TTLSRule                      TN3270
{
  LocalPortRange              992
  Direction                   Inbound
  TTLSGroupActionRef          grp-diag
  TTLSEnvironmentActionRef    env-server
}
TTLSRule                      FTPS
{
  LocalPortRange              990
  Direction                   Inbound
  TTLSGroupActionRef          grp-diag
  TTLSEnvironmentActionRef    env-server
}
TTLSGroupAction               grp-diag
{
  TTLSEnabled                 On
  CtraceClearText             On
}
TTLSEnvironmentAction         env-server
{
  HandshakeRole               Server
  TTLSKeyringParms
  {
    Keyring                   TCPIP/ServerRing
  }
}
`,
				Want: []string{"18:3"},
			},
			{
				Title: "the environment overrides the group's On",
				Input: `TTLSRule                      TN3270
{
  LocalPortRange              992
  Direction                   Inbound
  TTLSGroupActionRef          grp-diag
  TTLSEnvironmentActionRef    env-server
}
TTLSGroupAction               grp-diag
{
  TTLSEnabled                 On
  CtraceClearText             On
}
TTLSEnvironmentAction         env-server
{
  HandshakeRole               Server
  CtraceClearText             Off
  TTLSKeyringParms
  {
    Keyring                   TCPIP/ServerRing
  }
}
`,
			},
		},
	})
}
