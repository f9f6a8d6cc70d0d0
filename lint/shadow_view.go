package lint

import (
	"github.com/zosnet/znet/lint/shadow"
	"github.com/zosnet/znet/model/match"
)

// attlsRules are the match spaces of the set's AT-TLS rules in evaluation
// order, built once for every rule that needs them (HYG007, SHD*).
func attlsRules(p *Pass) []*match.Rule {
	return p.Memo("attls-rules", func() any { return match.ATTLSRules(p.Policy) }).([]*match.Rule)
}

// shadowFindings runs the shadowing analysis once per policy set and
// returns the findings of one kind; the SHD rules share it.
func shadowFindings(p *Pass, kind shadow.Kind) []shadow.Finding {
	all := p.Memo("shadow", func() any { return shadow.AnalyzeRules(p.Policy, attlsRules(p), shadow.Options{}) }).([]shadow.Finding)
	var out []shadow.Finding
	for _, f := range all {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// reportShadow turns analysis findings into lint findings on the rule
// they are about.
func reportShadow(p *Pass, kind shadow.Kind) {
	for _, f := range shadowFindings(p, kind) {
		o := p.Policy.Lookup("TTLSRule", f.Rule)
		if o == nil {
			o = p.Policy.Lookup("IpFilterRule", f.Rule)
		}
		p.ReportAt(f.Span, nil, o, f.Message, f.Hint)
	}
}

const shadowSource = "IBM z/OS Communications Server IP Configuration Guide: AT-TLS rules (rules in order of priority, alphabetical within a priority, first match wins) and IP filter rule order (configured order, first match wins)"

// shadowExample is the field-note situation: two rules for port 4000 with
// the default priority; COLATTLJ sorts first and takes every connection
// of COLATTLS.
const shadowExample = `TTLSRule                      COLATTLJ
{
  LocalPortRange              4000
  Direction                   Both
  TTLSGroupActionRef          grp-on
  TTLSEnvironmentActionRef    env-a
}
TTLSRule                      COLATTLS
{
  LocalPortRange              4000
  Userid                      START1
  Direction                   Both
  TTLSGroupActionRef          grp-on
  TTLSEnvironmentActionRef    env-b
}
TTLSGroupAction               grp-on
{
  TTLSEnabled                 On
}
TTLSEnvironmentAction         env-a
{
  HandshakeRole               Server
  TTLSKeyringParms
  {
    Keyring                   START1/RingA
  }
}
TTLSEnvironmentAction         env-b
{
  HandshakeRole               ServerWithClientAuth
  TTLSKeyringParms
  {
    Keyring                   START1/RingB
  }
}
`
