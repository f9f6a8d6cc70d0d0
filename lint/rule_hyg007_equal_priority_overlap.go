package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/match"
	"github.com/zosnet/znet/model/policy"
)

func init() {
	Register(&Rule{
		ID:       "HYG007",
		Name:     "equal-priority-overlap",
		Category: CatHygiene,
		Severity: source.Warning,
		Summary:  "Two AT-TLS rules with the same Priority match some of the same connections, so their names decide which one applies.",
		Rationale: `Policy Agent gives a connection the first AT-TLS rule that matches it, in
order of descending Priority and, within one priority, in alphabetical
order of the rule names (IBM, AT-TLS policy configuration); Priority
defaults to 1, so rules that code none all tie. When two rules of one
priority overlap, the one whose name sorts first takes every connection
both match, and renaming a rule silently changes which settings a
connection gets. A field report shows the trap: two rules for port 4000,
one limited to user ID START1, both at the default priority; the general
rule's name sorted first, so the specific rule was never used. The check
is pairwise: for every two rules of the same priority whose coded
conditions (addresses, ports, job name, user ID, direction, time) certainly
overlap, the later one is reported with an example connection. Whether the
later rule is then never selected at all, by one rule or several, is
SHD001's finding (the shadowing analysis), which also looks at rules of
other priorities.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Guide: AT-TLS policy configuration (rules of equal priority are ordered alphabetically by name)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSRule statement (Priority, default 1)",
			"field sample attls-colattl-shadowed.conf: COLATTLJ and COLATTLS on port 4000 at the default priority",
		},
		Check: checkEqualPriority,
		Examples: []Example{
			{
				Title: "a specific rule and a general rule at the default priority",
				Input: `TTLSRule                      SRV-ANY
{
  LocalPortRange              4000
  Direction                   Inbound
  TTLSGroupActionRef          grp-on
  TTLSEnvironmentActionRef    env-server
}
TTLSRule                      SRV-START1
{
  LocalPortRange              4000
  Userid                      START1
  Direction                   Inbound
  TTLSGroupActionRef          grp-on
  TTLSEnvironmentActionRef    env-client-auth
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
    Keyring                   START1/SrvRing
  }
}
TTLSEnvironmentAction         env-client-auth
{
  HandshakeRole               ServerWithClientAuth
  TTLSKeyringParms
  {
    Keyring                   START1/SrvRing
  }
}
`,
				Want: []string{"8:1"},
			},
			{
				Title: "the specific rule given a higher priority",
				Input: `TTLSRule                      SRV-ANY
{
  LocalPortRange              4000
  Direction                   Inbound
  TTLSGroupActionRef          grp-on
  TTLSEnvironmentActionRef    env-server
}
TTLSRule                      SRV-START1
{
  LocalPortRange              4000
  Userid                      START1
  Direction                   Inbound
  Priority                    10
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
    Keyring                   START1/SrvRing
  }
}
`,
			},
		},
	})
}

// prioRule is a rule with the bounds of its local ports, for a cheap
// test before comparing spaces.
type prioRule struct {
	r      *match.Rule
	lo, hi uint64
}

func checkEqualPriority(p *Pass) {
	if p.Env() != nil || len(p.Policy.All("TTLSRule")) < 2 {
		return
	}
	rules := attlsRules(p)
	byPrio := map[int][]prioRule{}
	var eff map[string]*policy.Effective
	for _, r := range rules {
		if len(r.Under) == 0 || r.Empty != "" {
			continue
		}
		pr := prioRule{r: r, lo: ^uint64(0)}
		for _, c := range r.Under {
			s := c[match.ALocalPort]
			if s.Empty() {
				continue
			}
			pr.lo = min(pr.lo, s.Lo().L)
			pr.hi = max(pr.hi, s.Hi().L)
		}
		var ties []*match.Rule
		for _, q := range byPrio[r.Priority] {
			if q.hi < pr.lo || pr.hi < q.lo || !q.r.Under.Overlaps(r.Under) {
				continue
			}
			ties = append(ties, q.r)
		}
		byPrio[r.Priority] = append(byPrio[r.Priority], pr)
		if len(ties) == 0 {
			continue
		}
		if eff == nil {
			eff = map[string]*policy.Effective{}
			for _, e := range p.Effective() {
				eff[e.Rule] = e
			}
		}
		reportTie(p, r, ties, eff)
	}
}

func reportTie(p *Pass, r *match.Rule, ties []*match.Rule, eff map[string]*policy.Effective) {
	w := ties[0]
	ex := ""
	for _, a := range w.Under {
		for _, b := range r.Under {
			if ex == "" && a.Overlaps(b) {
				_, ex = r.Family.Example(a.Intersect(b), r.Name)
			}
		}
	}
	names := make([]string, len(ties))
	for i, t := range ties {
		names[i] = t.Name
	}
	msg := fmt.Sprintf("%s has the same Priority %d as %s and they match some of the same connections, e.g. %s: Policy Agent gives those to %s only because its name sorts first",
		r.Label(), r.Priority, joinMax(names, 5), ex, w.Name)
	if a, b := eff[w.Name], eff[r.Name]; a != nil && b != nil {
		if d := match.Diff(a.Settings(), b.Settings(), w.Name, r.Name); len(d) > 0 {
			msg += "; their settings differ (" + d[0] + ")"
		} else {
			msg += "; their settings are the same"
		}
	}
	msg += " (pairwise check of coded conditions)"
	p.ReportObject(r.Object, msg, fmt.Sprintf("give %s and %s distinct Priority values, the more specific rule the higher one, so that rule names do not decide",
		r.Name, joinMax(names, 3)))
}
