// Package live turns what z/OS reports about the running configuration
// (pasearch) into znet's model, so that the live state can be explained,
// linted and compared with the desired state by the same code that handles
// policy files.
package live

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/report"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// CodeUnknownKey: a pasearch key that is no parameter znet knows.
const CodeUnknownKey = "LV101"

// metaKeys describe a pasearch record, not a setting.
var metaKeys = map[string]bool{
	"version": true, "status": true, "scope": true, "policy created": true, "policy updated": true,
	"ttls action": true, "action sequence": true, "actiontype": true,
}

// PolicyFile turns the AT-TLS part of a pasearch -t report into the syntax
// tree of the policy it shows: one TTLSRule per policy rule (priority,
// conditions, action references) and one action per action name, with
// the values pasearch prints — for an environment action that is every
// parameter with its effective value, defaults included. Positions point
// into the report, so every later message names the report's line.
//
// The tree goes through policy.Build like any policy file; znet explain,
// lint and diff then work on the live state unchanged.
func PolicyFile(p *report.Pasearch) (*pagent.File, source.Diagnostics) {
	f := &pagent.File{Name: p.Name}
	var ds source.Diagnostics
	done := map[string]bool{}
	for _, r := range p.Rules {
		if !strings.EqualFold(r.Type, "TTLS") {
			continue
		}
		f.Statements = append(f.Statements, rule(r))
		for _, a := range r.Actions {
			kind := map[string]string{"group": "TTLSGroupAction", "environment": "TTLSEnvironmentAction",
				"connection": "TTLSConnectionAction"}[strings.ToLower(a.Scope)]
			if kind == "" || done[kind+"\x00"+a.Name.Text] {
				continue
			}
			done[kind+"\x00"+a.Name.Text] = true
			st, d := action(kind, a)
			f.Statements = append(f.Statements, st)
			ds = append(ds, d...)
		}
	}
	return f, ds
}

// rule renders a pasearch policy rule as a TTLSRule.
func rule(r *report.Rule) *pagent.Statement {
	st := pagent.NewBlock("TTLSRule", r.Name.Text, r.Name.Span)
	st.Span, st.Incomplete = r.Span, r.Incomplete
	add := st.Append
	at := r.Name.Span
	if r.Priority > 0 {
		add(pagent.New("Priority", at, strconv.Itoa(r.Priority)))
	}
	if c := r.Condition; c != nil {
		addr := func(kw string, rs []report.AddrRange) {
			if len(rs) == 0 || strings.EqualFold(rs[0].From.Text, "All") {
				return
			}
			a := rs[0]
			v := a.From.Text
			if a.To.Text != "" && a.To.Text != a.From.Text {
				v += "-" + a.To.Text
			}
			add(pagent.New(kw, a.From.Span, v))
		}
		addr("LocalAddr", c.LocalAddr)
		addr("RemoteAddr", c.RemoteAddr)
		ports := func(kw string, from, to int) {
			if from <= 0 && (to <= 0 || to == 65535) {
				return
			}
			v := strconv.Itoa(from)
			if to != from {
				v += "-" + strconv.Itoa(to)
			}
			add(pagent.New(kw, at, v))
		}
		ports("LocalPortRange", c.LocalPortFrom, c.LocalPortTo)
		ports("RemotePortRange", c.RemotePortFrom, c.RemotePortTo)
		if c.JobName != "" {
			add(pagent.New("Jobname", at, c.JobName))
		}
		if c.UserID != "" {
			add(pagent.New("Userid", at, c.UserID))
		}
		if c.ServiceDirection != "" {
			add(pagent.New("Direction", at, c.ServiceDirection))
		}
	}
	for _, x := range []struct{ typ, kw string }{
		{"Group", "TTLSGroupActionRef"}, {"Environment", "TTLSEnvironmentActionRef"}, {"Connection", "TTLSConnectionActionRef"},
	} {
		if n := r.ActionName(x.typ); n != "" {
			add(pagent.New(x.kw, at, n))
		}
	}
	return st
}

// action renders a pasearch action record as the action statement, each
// printed parameter placed in the statement of the catalog that owns it
// (pasearch prints nested statements as sections).
func action(kind string, a *report.Action) (*pagent.Statement, source.Diagnostics) {
	var ds source.Diagnostics
	def := model.Lookup(kind)
	flat := model.Flatten(def)
	st := pagent.NewBlock(kind, a.Name.Text, a.Name.Span)
	st.Span, st.Incomplete = a.Span, a.Incomplete
	made := map[*model.Stmt]*pagent.Statement{}
	var walk func(fs []*report.Field)
	walk = func(fs []*report.Field) {
		for _, f := range fs {
			key := strings.ToLower(f.Key.Text)
			owner := flat.Owners[key]
			if owner == nil {
				if len(f.Fields) > 0 {
					walk(f.Fields) // a section: TTLSEnvironmentAdvancedParms:
					continue
				}
				if !metaKeys[key] && model.Lookup(f.Key.Text) == nil {
					ds.Add(f.Key.Span, source.Info, CodeUnknownKey,
						fmt.Sprintf("pasearch shows %q, which is no AT-TLS parameter znet knows; it is not compared", f.Key.Text), "")
				}
				continue
			}
			if f.NA || (f.Value.Text == "" && len(f.Items) == 0) {
				continue
			}
			p := owner.Param(f.Key.Text)
			name, value := p.Name, f.Value.Text
			if len(f.Items) > 0 {
				// A list printed one code a line: the run of codes
				// Policy Agent takes (4-character cipher codes go on
				// V3CipherSuites4Char).
				var codes []string
				for _, it := range f.Items {
					codes = append(codes, strings.ToUpper(it.Code.Text))
				}
				value = strings.Join(codes, "")
				if p.Kind == model.KCipher2 {
					if q := owner.Param("V3CipherSuites4Char"); q != nil {
						name = q.Name
					}
				}
			}
			h := model.Holder(st, def, owner, f.Key.Span, made)
			words := []string{value}
			if p.Kind != model.KWords && p.Kind != model.KSecret {
				words = strings.Fields(value)
			}
			h.Append(pagent.New(name, f.Key.Span, words...))
		}
	}
	walk(a.Fields)
	return st, ds
}
