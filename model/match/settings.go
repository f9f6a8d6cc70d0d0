package match

import (
	"fmt"
	"strings"

	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// Settings gives the effective settings of rules for comparison: what a
// connection (packet) mapped to the rule gets. The settings of an AT-TLS
// rule depend only on the actions it names (and the release), so they are
// computed once per distinct set of actions, and rules naming the same
// actions are known to agree without computing anything.
type Settings struct {
	p     *policy.Policy
	byKey map[string][]*policy.Setting
	diffs map[[2]string][]string
	all   map[string]*policy.Effective // ExplainAll, once many are needed
	calls int
}

// NewSettings prepares settings lookups for the rules of p.
func NewSettings(p *policy.Policy) *Settings {
	return &Settings{p: p, byKey: map[string][]*policy.Setting{}, diffs: map[[2]string][]string{}}
}

// manyExplains is how many single-rule explanations are made before all
// rules are explained at once (each single one sorts the rules).
const manyExplains = 8

// Effective returns the effective AT-TLS settings of a TTLSRule.
func (s *Settings) Effective(name string) *policy.Effective {
	if s.all == nil && s.calls >= manyExplains {
		s.all = map[string]*policy.Effective{}
		for _, e := range s.p.ExplainAll() {
			s.all[e.Rule] = e
		}
	}
	if s.all != nil {
		return s.all[name]
	}
	s.calls++
	return s.p.Explain(name)
}

// Key identifies what decides r's settings: the objects its action
// references resolve to.
func (s *Settings) Key(r *Rule) string {
	var b strings.Builder
	refs := []string{"TTLSGroupActionRef", "TTLSEnvironmentActionRef", "TTLSConnectionActionRef"}
	if r.Family != ATTLS {
		refs = []string{"IpGenericFilterActionRef", "IpManVpnActionRef", "IpDynVpnActionRef", "IpLocalStartActionRef"}
	}
	for _, n := range refs {
		prm := r.Object.Last(n)
		switch {
		case prm == nil:
			b.WriteString("-;")
		case prm.Target == nil:
			b.WriteString("?" + prm.Value + ";")
		default:
			fmt.Fprintf(&b, "%d;", prm.Target.Seq)
		}
	}
	return b.String()
}

// Of returns the settings of r: for an AT-TLS rule the effective
// settings of its actions (defaults filled in), for an IP filter rule its
// action.
func (s *Settings) Of(r *Rule) []*policy.Setting {
	k := s.Key(r)
	if v, ok := s.byKey[k]; ok {
		return v
	}
	var v []*policy.Setting
	if r.Family == ATTLS {
		if e := s.Effective(r.Name); e != nil {
			v = e.Settings()
		}
	} else {
		v = FilterAction(s.p, r.Object)
	}
	s.byKey[k] = v
	return v
}

// Diff lists how the settings of rule b differ from those of rule a (see
// the function Diff); nil when they agree.
func (s *Settings) Diff(a, b *Rule) []string {
	ka, kb := s.Key(a), s.Key(b)
	if ka == kb {
		return nil
	}
	d, ok := s.diffs[[2]string{ka, kb}]
	if !ok {
		d = Diff(s.Of(a), s.Of(b), "\x00a", "\x00b")
		s.diffs[[2]string{ka, kb}] = d
	}
	if d == nil {
		return nil
	}
	out := make([]string, len(d))
	r := strings.NewReplacer("\x00a", a.Name, "\x00b", b.Name)
	for i, x := range d {
		out[i] = r.Replace(x)
	}
	return out
}

// FilterAction returns what an IP filter rule does with the packets it
// matches: the IpGenericFilterAction's parameters (defaults filled in) and
// the VPN and start actions the rule names.
func FilterAction(p *policy.Policy, o *policy.Object) []*policy.Setting {
	var out []*policy.Setting
	ref := o.Last("IpGenericFilterActionRef")
	if ref != nil && ref.Target != nil {
		act := ref.Target
		for _, def := range act.Def.Params {
			if prm := act.Last(def.Name); prm != nil {
				out = append(out, &policy.Setting{Name: def.Name, Value: prm.Value, Level: "action", From: act.Label(),
					Param: prm, Holder: act})
				continue
			}
			if v, ok := def.DefaultFor(p.Release); ok {
				out = append(out, &policy.Setting{Name: def.Name, Value: v, Level: "default", From: "default for " + p.Release.String()})
			}
		}
	} else if ref != nil {
		out = append(out, &policy.Setting{Name: "IpGenericFilterActionRef", Value: ref.Value + " (not defined)", Level: "rule", From: o.Label()})
	}
	for _, n := range []string{"IpManVpnActionRef", "IpDynVpnActionRef", "IpLocalStartActionRef"} {
		if prm := o.Last(n); prm != nil {
			out = append(out, &policy.Setting{Name: n, Value: prm.Value, Level: "rule", From: o.Label(),
				Param: prm, Holder: o})
		}
	}
	return out
}

// settingText renders a setting's value for comparison and messages.
func settingText(s *policy.Setting) string {
	if s.List != nil {
		return strings.Join(s.List, " ")
	}
	return s.Value
}

// Diff lists how the settings b differ from a, as "name: A in x, B in y"
// lines (x and y name the rules), in a's order, then names only b has.
// Values are compared ignoring case (enum spellings).
func Diff(a, b []*policy.Setting, x, y string) []string {
	bv := map[string]*policy.Setting{}
	for _, s := range b {
		bv[strings.ToLower(s.Name)] = s
	}
	seen := map[string]bool{}
	var out []string
	show := func(s *policy.Setting, ok bool) string {
		if !ok {
			return "not set"
		}
		if isSecret(s.Name) {
			return policy.Masked
		}
		return settingText(s)
	}
	for _, s := range a {
		k := strings.ToLower(s.Name)
		seen[k] = true
		t, ok := bv[k]
		if ok && strings.EqualFold(settingText(s), settingText(t)) {
			continue
		}
		out = append(out, fmt.Sprintf("%s: %s in %s, %s in %s", s.Name, show(s, true), x, show(t, ok), y))
	}
	for _, t := range b {
		if !seen[strings.ToLower(t.Name)] {
			out = append(out, fmt.Sprintf("%s: not set in %s, %s in %s", t.Name, x, show(t, true), y))
		}
	}
	return out
}

func isSecret(name string) bool {
	for _, s := range model.Statements() {
		if p := s.Param(name); p != nil && p.Kind == model.KSecret {
			return true
		}
	}
	return false
}
