// Package policytest runs policy tests: connections (AT-TLS) and packets
// (IP filters) with the rule z/OS must give them, and optionally the
// settings or the action they must get. Failures are diagnostics
// positioned in the tests file, reported like lint findings.
//
// # The tests file
//
//	# tests.yaml
//	policy:                       # files read together, in this order
//	  - common.conf               # (the common file first, then the stack's);
//	  - stack.conf                # paths relative to this file
//	release: zos-3.1              # optional; the default release otherwise
//	tests:
//	  - name: COLATTLS gets its own rule            # optional
//	    connection: local=10.1.1.2:4000 remote=10.1.0.2:50000 job=COLATTLS user=START1 dir=inbound
//	    expect:
//	      rule: COLATTLS
//	      settings:                 # effective settings, by IBM name
//	        TLSv1.2: On
//	        HandshakeRole: ServerWithClientAuth
//	        V3CipherSuites: [TLS_AES_256_GCM_SHA384, C02C]   # in order; names or codes
//	  - packet: src=10.1.0.2 dst=10.1.1.2 proto=tcp sport=50000 dport=22 dir=inbound
//	    expect:
//	      rule: SSHIN
//	      action: Permit            # IpFilterAction of the filter rule
//	  - connection: local=10.1.1.2:9999 remote=10.1.0.2:50000 job=X user=Y dir=inbound
//	    expect:
//	      rule: none                # no rule matches
//
// connection and packet take the strings of `znet explain --connection`
// and `--packet` (time= included). Values compare without regard to case;
// list settings (cipher suites, signature pairs, groups, certificate
// labels) compare in order, each expected item matching an entry by its
// whole text, its code or its name. Secrets are never compared.
//
// Codes:
//
//	PT001 error    the connection (packet) goes to another rule
//	PT002 error    a setting differs
//	PT003 error    the filter action differs
//	PT004 error    the test entry is not valid
//	PT005 error    the policy files cannot be read
//	PT006 warning  the policy has errors z/OS would reject it for
package policytest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/match"
	"github.com/zosnet/znet/model/policy"
)

// Codes of the diagnostics.
const (
	CodeWrongRule    = "PT001"
	CodeSetting      = "PT002"
	CodeAction       = "PT003"
	CodeInvalid      = "PT004"
	CodePolicy       = "PT005"
	CodePolicyErrors = "PT006"
)

// Suite is one tests file.
type Suite struct {
	Path string
	// Policy are the policy files, resolved against the tests file's
	// directory, in reading order.
	Policy  []string
	Release model.Release
	Cases   []Case
	span    source.Span // of the policy key, for file problems
}

// Case is one test.
type Case struct {
	Name       string
	Connection string
	Packet     string
	// Rule is the rule expected; "none" for no rule.
	Rule     string
	Action   string
	Settings []Expect
	// Spans of the entry, its connection/packet value, its rule and action
	// values.
	Span, InputSpan, RuleSpan, ActionSpan source.Span
}

// Expect is one expected setting.
type Expect struct {
	Name   string
	Values []string // one value, or the items of a list
	List   bool
	Span   source.Span
}

func span(file string, n *yaml.Node) source.Span {
	end := n.Column + len(n.Value)
	if n.Kind != yaml.ScalarNode {
		end = n.Column + 1
	}
	return source.Span{File: file, Line: n.Line, Col: n.Column, EndLine: n.Line, EndCol: end}
}

// Load reads a tests file. Problems with its content are returned as
// diagnostics (PT004); the suite holds the valid tests.
func Load(path string, data []byte) (*Suite, source.Diagnostics) {
	s := &Suite{Path: path, Release: model.DefaultRelease}
	var ds source.Diagnostics
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		ds.Add(source.FileStart(path), source.Error, CodeInvalid,
			fmt.Sprintf("not YAML: %v", err), "")
		return s, ds
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		ds.Add(source.FileStart(path), source.Error, CodeInvalid,
			"a tests file is a mapping with policy and tests", "")
		return s, ds
	}
	bad := func(n *yaml.Node, format string, a ...any) {
		ds.Add(span(path, n), source.Error, CodeInvalid, fmt.Sprintf(format, a...), "")
	}
	unknown := func(k *yaml.Node, known ...string) {
		hint := ""
		if sug := model.Suggest(k.Value, known); len(sug) > 0 {
			hint = "did you mean " + sug[0] + "?"
		}
		ds.Add(span(path, k), source.Error, CodeInvalid, fmt.Sprintf("unknown key %q (known: %s)", k.Value, strings.Join(known, ", ")), hint)
	}
	root := doc.Content[0]
	dir := filepath.Dir(path)
	var tests *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "policy":
			s.span = span(path, k)
			items := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				items = v.Content
			}
			for _, it := range items {
				if it.Kind != yaml.ScalarNode || it.Value == "" {
					bad(it, "policy lists file names")
					continue
				}
				p := it.Value
				if !filepath.IsAbs(p) {
					p = filepath.Join(dir, p)
				}
				s.Policy = append(s.Policy, p)
			}
		case "release":
			r, err := model.ParseRelease(v.Value)
			if err != nil {
				bad(v, "%v", err)
				continue
			}
			s.Release = r
		case "tests":
			tests = v
		default:
			unknown(k, "policy", "release", "tests")
		}
	}
	if len(s.Policy) == 0 {
		ds.Add(span(path, root), source.Error, CodeInvalid, "the tests file names no policy files", "add policy: [file, ...]")
	}
	if tests == nil || tests.Kind != yaml.SequenceNode {
		ds.Add(span(path, root), source.Error, CodeInvalid, "the tests file has no list of tests", "add tests: [{connection: ..., expect: {rule: ...}}]")
		return s, ds
	}
	for _, t := range tests.Content {
		if t.Kind != yaml.MappingNode {
			bad(t, "a test is a mapping with connection or packet, and expect")
			continue
		}
		c := Case{Span: span(path, t)}
		ok := true
		var expect *yaml.Node
		for i := 0; i+1 < len(t.Content); i += 2 {
			k, v := t.Content[i], t.Content[i+1]
			switch k.Value {
			case "name":
				c.Name = v.Value
			case "connection":
				c.Connection, c.InputSpan = v.Value, span(path, v)
				if _, err := match.ParseConnection(v.Value); err != nil {
					bad(v, "connection: %v", err)
					ok = false
				}
			case "packet":
				c.Packet, c.InputSpan = v.Value, span(path, v)
				if _, err := match.ParsePacket(v.Value); err != nil {
					bad(v, "packet: %v", err)
					ok = false
				}
			case "expect":
				expect = v
			default:
				unknown(k, "name", "connection", "packet", "expect")
				ok = false
			}
		}
		if (c.Connection == "") == (c.Packet == "") {
			bad(t, "a test has either a connection or a packet")
			ok = false
		}
		if expect == nil || expect.Kind != yaml.MappingNode {
			bad(t, "a test needs expect: {rule: ...}")
			continue
		}
		for i := 0; i+1 < len(expect.Content); i += 2 {
			k, v := expect.Content[i], expect.Content[i+1]
			switch k.Value {
			case "rule":
				c.Rule, c.RuleSpan = v.Value, span(path, v)
			case "action":
				c.Action, c.ActionSpan = v.Value, span(path, v)
			case "settings":
				if v.Kind != yaml.MappingNode {
					bad(v, "settings is a mapping of setting names to values")
					ok = false
					continue
				}
				for j := 0; j+1 < len(v.Content); j += 2 {
					sk, sv := v.Content[j], v.Content[j+1]
					e := Expect{Name: sk.Value, Span: span(path, sv)}
					switch sv.Kind {
					case yaml.SequenceNode:
						e.List = true
						for _, it := range sv.Content {
							e.Values = append(e.Values, it.Value)
						}
					case yaml.ScalarNode:
						e.Values = []string{sv.Value}
					default:
						bad(sv, "the value of %s is a value or a list", sk.Value)
						ok = false
						continue
					}
					c.Settings = append(c.Settings, e)
				}
			default:
				unknown(k, "rule", "action", "settings")
				ok = false
			}
		}
		if c.Rule == "" {
			bad(expect, "expect needs the rule (or none)")
			ok = false
		}
		if ok {
			s.Cases = append(s.Cases, c)
		}
	}
	return s, ds
}

// Result is the outcome of running a suite.
type Result struct {
	Diags          source.Diagnostics
	Passed, Failed int
}

// Run evaluates the tests. Diagnostics of the policy files' syntax are
// included (a policy with syntax errors is not tested).
func (s *Suite) Run() *Result {
	res := &Result{}
	var files []*pagent.File
	for _, p := range s.Policy {
		data, err := os.ReadFile(p)
		if err != nil {
			res.Diags.Add(s.span, source.Error, CodePolicy, fmt.Sprintf("policy file: %v", err), "")
			continue
		}
		f, err := pagent.Parse(p, data)
		if err != nil {
			res.Diags.Add(s.span, source.Error, CodePolicy, fmt.Sprintf("policy file %s: %v", p, err), "")
			continue
		}
		res.Diags = append(res.Diags, f.Diagnostics...)
		files = append(files, f)
	}
	if res.Diags.HasErrors() || len(files) == 0 {
		res.Failed = len(s.Cases)
		return res
	}
	pol := policy.Build(files, s.Release)
	if n := pol.Diags.Count(source.Error); n > 0 {
		res.Diags.Add(s.span, source.Warning, CodePolicyErrors,
			fmt.Sprintf("the policy has %d error(s) (see znet check); z/OS rejects or ignores what they touch, so results may differ", n), "")
	}
	attls, filters := match.ATTLSRules(pol), match.FilterRules(pol)
	for _, c := range s.Cases {
		before := len(res.Diags)
		s.run(pol, attls, filters, c, res)
		if len(res.Diags) > before {
			res.Failed++
		} else {
			res.Passed++
		}
	}
	return res
}

func (s *Suite) run(pol *policy.Policy, attls, filters []*match.Rule, c Case, res *Result) {
	if c.Connection != "" {
		cn, _ := match.ParseConnection(c.Connection)
		s.check(attls, cn.Point(), cn.At, cn.UTC, c, match.ExplainConnection(pol, attls, cn), "connection", res)
		return
	}
	pk, _ := match.ParsePacket(c.Packet)
	s.check(filters, pk.Point(), pk.At, pk.UTC, c, match.ExplainPacket(pol, filters, pk), "packet", res)
}

func (s *Suite) check(rules []*match.Rule, pt match.Point, at, utc *time.Time, c Case, r *match.Result, what string, res *Result) {
	input := c.Connection + c.Packet
	got := r.Rule
	if got == "" {
		got = "no rule"
	}
	undecided := ""
	if len(r.Undecided) > 0 {
		var ns []string
		for _, u := range r.Undecided {
			ns = append(ns, u.Rule+" "+u.Why)
		}
		undecided = " (undecided ahead of it: " + strings.Join(ns, "; ") + ")"
	}
	if strings.EqualFold(c.Rule, "none") {
		if r.Rule != "" {
			res.Diags.Add(c.RuleSpan, source.Error, CodeWrongRule,
				fmt.Sprintf("%s %s goes to %s, expected no rule", what, input, r.Rule), "")
			return
		}
	} else if r.Rule != c.Rule {
		var names []string
		found := false
		for _, x := range rules {
			names = append(names, x.Name)
			found = found || x.Name == c.Rule
		}
		if !found {
			hint := ""
			if sug := model.Suggest(c.Rule, names); len(sug) > 0 {
				hint = "did you mean " + sug[0] + "? Names are case-sensitive"
			}
			res.Diags.Add(c.RuleSpan, source.Error, CodeInvalid, fmt.Sprintf("the policy has no rule %q", c.Rule), hint)
			return
		}
		msg := fmt.Sprintf("%s %s goes to %s, expected %s", what, input, got, c.Rule)
		if why := match.WhyNot(rules, c.Rule, pt, at, utc); why != "" {
			msg += ": " + why
		}
		res.Diags.Add(c.RuleSpan, source.Error, CodeWrongRule, msg+undecided, "")
		return
	}
	if c.Action != "" && !strings.EqualFold(c.Action, r.Action) {
		a := r.Action
		if a == "" {
			a = "no action"
		}
		res.Diags.Add(c.ActionSpan, source.Error, CodeAction,
			fmt.Sprintf("%s %s gets %s from %s, expected %s", what, input, a, got, c.Action), "")
	}
	if len(c.Settings) == 0 {
		return
	}
	var have []*policy.Setting
	switch {
	case r.Effective != nil:
		have = r.Effective.Settings()
	case r.Settings != nil:
		have = r.Settings
	}
	for _, e := range c.Settings {
		if secret(e.Name) {
			res.Diags.Add(e.Span, source.Error, CodeInvalid, fmt.Sprintf("%s is a secret; znet never compares or shows secrets", e.Name), "")
			continue
		}
		var st *policy.Setting
		var names []string
		for _, h := range have {
			names = append(names, h.Name)
			if strings.EqualFold(h.Name, e.Name) {
				st = h
			}
		}
		if st == nil {
			hint := ""
			if sug := model.Suggest(e.Name, names); len(sug) > 0 {
				hint = "did you mean " + sug[0] + "?"
			}
			res.Diags.Add(e.Span, source.Error, CodeSetting,
				fmt.Sprintf("%s %s gets no setting %s from %s", what, input, e.Name, got), hint)
			continue
		}
		if ok, gotText := same(e, st); !ok {
			from := st.From
			if at := st.At(); at != "" {
				from += " at " + at
			}
			res.Diags.Add(e.Span, source.Error, CodeSetting,
				fmt.Sprintf("%s %s gets %s %s from %s (set by %s), expected %s", what, input, st.Name, gotText, got, from, strings.Join(e.Values, " ")), "")
		}
	}
}

// same compares an expected setting with the effective one.
func same(e Expect, st *policy.Setting) (bool, string) {
	if st.List == nil {
		if e.List && len(e.Values) != 1 {
			return false, st.Value
		}
		return strings.EqualFold(strings.Join(e.Values, " "), st.Value), st.Value
	}
	gotText := "[" + strings.Join(st.List, ", ") + "]"
	want := e.Values
	if !e.List {
		want = strings.FieldsFunc(e.Values[0], func(r rune) bool { return r == ',' || r == ' ' })
	}
	if len(want) != len(st.List) {
		return false, gotText
	}
	for i, w := range want {
		if !itemMatches(w, st.List[i]) {
			return false, gotText
		}
	}
	return true, gotText
}

// itemMatches reports whether an expected list item names the entry
// "C02C TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384": the whole text, the
// code or the name.
func itemMatches(want, entry string) bool {
	if strings.EqualFold(want, entry) {
		return true
	}
	for _, f := range strings.Fields(entry) {
		if strings.EqualFold(want, f) {
			return true
		}
	}
	return false
}

func secret(name string) bool {
	for _, s := range model.Statements() {
		if p := s.Param(name); p != nil && p.Kind == model.KSecret {
			return true
		}
	}
	return false
}
