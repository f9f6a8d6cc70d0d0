package lint

import (
	"fmt"
	"strconv"

	"github.com/zosnet/znet/grammar/source"
)

// traceData is the Trace option that traces the data of connections.
const traceData = 32

func init() {
	Register(&Rule{
		ID:       "HYG004",
		Name:     "trace-data",
		Category: CatHygiene,
		Severity: source.Warning,
		Summary:  "An AT-TLS Trace value includes the data option (32), as Trace 255 does.",
		Rationale: `AT-TLS reads Trace as a bit map of options, each a power of two, added up:
the default 2 writes error messages to syslogd, and IBM suggests 6 or 7
while a new policy is deployed, for connection information that confirms
each connection maps to the policy meant for it. The options event (8),
flow (16) and data (32) are meant for diagnosing problems. Data traces what
flows on the connections into the syslogd files, which are kept longer and
read by more people than the data itself; and IBM warns that with a value
above 7 many trace records can be discarded instead of reaching syslogd, so
a production setting of 255 also loses the error messages it was meant to
keep. The effective value counts: a Trace set in a group, an environment
or a connection action is reported on the statement that set it, once for
all the rules that share it. What exactly the data option writes, and the
meaning of the options 1, 64 and 128, is unverified.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Guide: Diagnosing AT-TLS problems (Trace is a bit map; default 2; 6 or 7 while deploying; event (8), flow (16) and data (32) for problem diagnosis; values above 7 can cause trace records to be discarded)",
			"IBM z/OS Communications Server IP Diagnosis Guide: AT-TLS traces (Trace on TTLSGroupAction, TTLSEnvironmentAction or TTLSConnectionAction)",
			"IBM z/OS Communications Server IP Messages: EZD1283I (written when trace option EVENT (8) is on)",
		},
		Check: func(p *Pass) {
			for _, e := range p.Effective() {
				s := e.Get("Trace")
				if s == nil || s.Level == "default" {
					continue
				}
				n, err := strconv.Atoi(s.Value)
				if err != nil || n&traceData == 0 {
					continue
				}
				msg := fmt.Sprintf("Trace %d includes the data option (32)", n)
				if n == 255 {
					msg = "Trace 255 turns on every AT-TLS trace option, data (32) included"
				}
				p.ReportSetting(e, s, msg,
					"code Trace 2 (errors, the default) for production; 6 or 7 adds connection information while a new policy is deployed")
			}
		},
		Examples: []Example{
			{
				Title: "Trace 255 in the group, Trace 2 in the connection action of one rule",
				Input: `TTLSRule                      TN3270
{
  LocalPortRange              992
  Direction                   Inbound
  TTLSGroupActionRef          grp-all
  TTLSEnvironmentActionRef    env-server
}
TTLSRule                      FTPS
{
  LocalPortRange              990
  Direction                   Inbound
  TTLSGroupActionRef          grp-all
  TTLSEnvironmentActionRef    env-server
  TTLSConnectionActionRef     conn-quiet
}
TTLSGroupAction               grp-all
{
  TTLSEnabled                 On
  Trace                       255
}
TTLSEnvironmentAction         env-server
{
  HandshakeRole               Server
  TTLSKeyringParms
  {
    Keyring                   TCPIP/ServerRing
  }
}
TTLSConnectionAction          conn-quiet
{
  Trace                       2
}
`,
				Want: []string{"19:3"},
			},
			{
				Title: "data option alone, in the environment",
				Input: `TTLSRule                      TN3270
{
  LocalPortRange              992
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
  Trace                       34
  TTLSKeyringParms
  {
    Keyring                   TCPIP/ServerRing
  }
}
`,
				Want: []string{"15:3"},
			},
			{
				Title: "errors and connection information",
				Input: `TTLSRule                      TN3270
{
  LocalPortRange              992
  Direction                   Inbound
  TTLSGroupActionRef          grp-on
  TTLSEnvironmentActionRef    env-server
}
TTLSGroupAction               grp-on
{
  TTLSEnabled                 On
  Trace                       6
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
			},
		},
	})
}
