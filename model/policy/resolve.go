package policy

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// index records the winning object per kind and name and reports
// duplicates. "If Policy Agent finds multiple objects of the same type and
// name, the last one encountered is used" (IBM, IP Configuration Guide,
// "Common AT-TLS configuration file"); the common file is read first.
func (b *builder) index() {
	for _, o := range b.p.Objects {
		if o.Name == "" || o.Def.Naming == model.NameNone {
			continue
		}
		k := kindKey(o.Def.Name)
		m := b.p.byName[k]
		if m == nil {
			m = map[string]*Object{}
			b.p.byName[k] = m
		}
		if prev, ok := m[o.Name]; ok && prev.Src.Keyword.Span.File != o.Src.Keyword.Span.File {
			b.add(prev.Src.Keyword.Span, source.Info, CodeDuplicate,
				fmt.Sprintf("%s is overridden by the definition at %s, which Policy Agent uses for this stack",
					o.Label(), o.Src.Keyword.Span), "")
		} else if ok {
			b.add(prev.Src.Keyword.Span, source.Warning, CodeDuplicate,
				fmt.Sprintf("%s is defined again at %s; Policy Agent uses that later definition and ignores this one",
					o.Label(), o.Src.Keyword.Span),
				"delete one of them; if the second is a deliberate per-stack override of a common object, keep it in the stack file only")
		}
		m[o.Name] = o
	}
}

// walk calls fn for o and every inline object inside it.
func walk(o *Object, fn func(*Object)) {
	fn(o)
	for _, c := range o.Children {
		walk(c, fn)
	}
}

// resolve checks every reference, and reports objects nothing reaches.
// References are independent: a large policy's are resolved on every
// CPU, in runs of objects each with its own diagnostics, joined in order.
func (b *builder) resolve() {
	objs := b.p.Objects
	runs := model.Runs(len(objs), 1024)
	diags := make([]source.Diagnostics, runs)
	model.ForRuns(runs, len(objs), func(run, lo, hi int) {
		for _, top := range objs[lo:hi] {
			walk(top, func(o *Object) {
				for _, p := range o.Params {
					if p.Def.Kind == model.KRef && p.Value != "" {
						p.Target = b.target(p, &diags[run])
					}
				}
			})
		}
	})
	for _, d := range diags {
		b.p.Diags = append(b.p.Diags, d...)
	}
	// Reachability from roots: objects of kinds no parameter can refer to
	// (rules, policies, configuration statements), plus unnamed ones.
	referable := map[string]bool{}
	for _, s := range model.Statements() {
		for _, p := range s.Params {
			for _, r := range p.Ref {
				referable[strings.ToLower(r)] = true
			}
		}
	}
	seen := map[*Object]bool{}
	var mark func(o *Object)
	mark = func(o *Object) {
		if seen[o] {
			return
		}
		seen[o] = true
		for _, p := range o.Params {
			if p.Target != nil && p.Def.Kind == model.KRef {
				mark(p.Target)
			}
		}
		for _, c := range o.Children {
			mark(c)
		}
	}
	for _, o := range b.p.Objects {
		if !referable[kindKey(o.Def.Name)] || o.Name == "" {
			mark(o)
		}
	}
	for _, o := range b.p.Objects {
		if seen[o] || b.p.Lookup(o.Def.Name, o.Name) != o {
			continue
		}
		b.add(o.Src.Keyword.Span, source.Info, CodeUnused,
			fmt.Sprintf("%s is defined but no rule or policy uses it", o.Label()),
			"remove it, or refer to it where it was meant to apply")
	}
}

// target finds what a reference names, reporting dangling and mistyped
// references in diags.
func (b *builder) target(p *Param, diags *source.Diagnostics) *Object {
	name := p.Value
	for _, k := range p.Def.Ref {
		if t := b.p.Lookup(k, name); t != nil {
			return t
		}
	}
	sp := p.Src.Values[0].Span
	var other []string
	for _, m := range b.p.byName {
		if o, ok := m[name]; ok {
			other = append(other, o.Def.Name)
		}
	}
	sort.Strings(other)
	if len(other) > 0 {
		diags.Add(sp, source.Error, CodeWrongType,
			fmt.Sprintf("%s %s names a %s, not a %s", p.Def.Name, name, strings.Join(other, "/"), strings.Join(p.Def.Ref, " or ")), "")
		return nil
	}
	hint := ""
	var cands []string
	for _, k := range p.Def.Ref {
		for n := range b.p.byName[kindKey(k)] {
			cands = append(cands, n)
		}
	}
	if s := model.Suggest(name, cands); len(s) > 0 {
		hint = "did you mean " + s[0] + "? (names are case-sensitive)"
	} else {
		hint = fmt.Sprintf("define %s %s, or give the file that defines it (for one stack: the common file, then the stack file)", p.Def.Ref[0], name)
	}
	diags.Add(sp, source.Error, CodeDangling,
		fmt.Sprintf("%s %s: no %s of that name is defined", p.Def.Name, name, strings.Join(p.Def.Ref, " or ")), hint)
	return nil
}

// ruleConditions are the TTLSRule parameters that select connections; a
// rule needs at least one (IBM, IP Configuration Reference, "TTLSRule
// statement": "at least one of LocalAddr, RemoteAddr, LocalPortRange,
// RemotePortRange, Jobname or Userid", counting their Ref/Set/Group forms).
var ruleConditions = []string{
	"LocalAddr", "LocalAddrRef", "LocalAddrSetRef", "LocalAddrGroupRef",
	"RemoteAddr", "RemoteAddrRef", "RemoteAddrSetRef", "RemoteAddrGroupRef",
	"LocalPortRange", "LocalPortRangeRef", "LocalPortGroupRef",
	"RemotePortRange", "RemotePortRangeRef", "RemotePortGroupRef",
	"Jobname", "Userid",
}

// rules applies the checks that span a rule and its actions.
func (b *builder) rules() {
	b.ipsecConfigOptions()
	for _, r := range b.p.Objects {
		if !strings.EqualFold(r.Def.Name, "TTLSRule") || r.Incomplete || b.p.Lookup(r.Def.Name, r.Name) != r {
			continue
		}
		has := false
		for _, c := range ruleConditions {
			if len(r.Get(c)) > 0 {
				has = true
				break
			}
		}
		if !has {
			b.add(r.Src.Keyword.Span, source.Error, CodeNoCondition,
				fmt.Sprintf("%s has no condition: it needs at least one of LocalAddr, RemoteAddr, LocalPortRange, RemotePortRange, Jobname, Userid", r.Label()),
				"Policy Agent rejects a rule without conditions")
		}
		if g := r.Last("TTLSGroupActionRef"); g != nil && g.Target != nil {
			if en := g.Target.Last("TTLSEnabled"); en != nil && strings.EqualFold(en.Value, "On") && r.Last("TTLSEnvironmentActionRef") == nil {
				b.add(r.Src.Keyword.Span, source.Error, CodeMissing,
					fmt.Sprintf("%s enables AT-TLS (%s has TTLSEnabled On) but has no TTLSEnvironmentActionRef", r.Label(), g.Target.Label()),
					"a rule whose group enables AT-TLS needs an environment action (key ring, handshake role)")
			}
		}
	}
}

// ipsecConfigOptions notes FLUSH/PURGE on IpSecConfig: "FLUSH and PURGE
// are not supported for local IPSec policy" (IBM, IP Configuration Guide,
// "Policy Agent FLUSH and PURGE"); IPSec policy is always replaced as a
// whole when it changes, and stays installed when PAGENT stops.
func (b *builder) ipsecConfigOptions() {
	for _, o := range b.p.Objects {
		if !strings.EqualFold(o.Def.Name, "IpSecConfig") {
			continue
		}
		for _, p := range o.Params {
			if p.Def.Kind != model.KKeywords {
				continue
			}
			for _, w := range p.Src.Values {
				if u := strings.ToUpper(w.Text); u == "FLUSH" || u == "PURGE" || u == "NOFLUSH" || u == "NOPURGE" {
					b.add(w.Span, source.Warning, CodeIgnoredOption,
						fmt.Sprintf("%s on IpSecConfig has no effect: FLUSH and PURGE are not supported for local IPSec policy", u),
						"remove it; IPSec policy is replaced as a whole when it changes and stays installed when PAGENT stops")
				}
			}
		}
	}
}
