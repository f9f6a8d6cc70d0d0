package tcpprofile

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/pagent"
)

// FilterPolicy returns the default IP filter rules of the profile — the
// IPSECRULE and IPSEC6RULE statements of its first IPSEC block — as the
// Policy Agent IP filter policy they amount to: one IpFilterRule per
// statement, permitting what it matches, listed in file order in an
// IpFilterPolicy. The stack searches these rules in order and denies what
// none permits (IBM, IP Configuration Reference, IPSEC statement; a second
// IPSEC block is ignored). Positions point at the profile, so the IP
// filter analyses (rule shadowing, znet explain --packet) report on the
// profile's lines. It is nil when the profile has no IPSEC rules.
//
// Which side of a packet IPSECRULE's source and destination name is read
// as for IpFilterRule (unverified for the profile's default rules).
func (m *Profile) FilterPolicy() *pagent.File {
	if len(m.IPSec) == 0 || len(m.IPSec[0].Rules) == 0 {
		return nil
	}
	f := &pagent.File{Name: m.IPSec[0].Src.KeywordSpan().File}
	at := m.IPSec[0].Src.KeywordSpan()
	pol := pagent.NewBlock("IpFilterPolicy", "", at)
	actions := map[bool]string{true: "ipsec-permit-log", false: "ipsec-permit"}
	used := map[bool]bool{}
	for _, r := range m.IPSec[0].Rules {
		sp := r.Src.KeywordSpan()
		var name string
		if r.IPv6 {
			name = fmt.Sprintf("IPSEC6RULE-line%d", sp.Line)
		} else {
			name = fmt.Sprintf("IPSECRULE-line%d", sp.Line)
		}
		rule := pagent.NewBlock("IpFilterRule", name, sp)
		rule.Append(pagent.New("IpSourceAddr", sp, addr(r.Source, r.IPv6)))
		rule.Append(pagent.New("IpDestAddr", sp, addr(r.Dest, r.IPv6)))
		svc := pagent.NewBlock("IpService", "", sp)
		if p := r.Protocol.Text; p != "" && p != "*" {
			svc.Append(pagent.New("Protocol", r.Protocol.Span, p))
		}
		ports := func(kw string, vs []Value) {
			if len(vs) == 0 || vs[0].Text == "*" {
				return
			}
			var words []string
			for _, v := range vs {
				words = append(words, v.Text)
			}
			svc.Append(pagent.New(kw, vs[0].Span, words...))
		}
		ports("SourcePortRange", r.SrcPort)
		ports("DestinationPortRange", r.DestPort)
		ports("Type", r.Type)
		ports("Code", r.Code)
		if r.Direction != "" {
			svc.Append(pagent.New("Direction", sp, strings.ToLower(r.Direction)))
		}
		if r.Routing != "" {
			svc.Append(pagent.New("Routing", sp, strings.ToLower(r.Routing)))
		}
		if r.SecClass > 0 {
			svc.Append(pagent.New("SecurityClass", sp, strconv.Itoa(r.SecClass)))
		}
		rule.Append(svc)
		rule.Append(pagent.New("IpGenericFilterActionRef", sp, actions[r.Log]))
		used[r.Log] = true
		f.Statements = append(f.Statements, rule)
		pol.Append(pagent.New("IpFilterRuleRef", sp, name))
	}
	for _, log := range []bool{false, true} {
		if !used[log] {
			continue
		}
		a := pagent.NewBlock("IpGenericFilterAction", actions[log], at)
		a.Append(pagent.New("IpFilterAction", at, "Permit"))
		a.Append(pagent.New("IpFilterLogging", at, map[bool]string{true: "Yes", false: "No"}[log]))
		f.Statements = append(f.Statements, a)
	}
	f.Statements = append(f.Statements, pol)
	return f
}

// addr writes an IPSECRULE address as IpFilterRule takes it: * is every
// address of the rule's IP version.
func addr(a AddrSpec, v6 bool) string {
	switch {
	case a.Any && v6:
		return "All6"
	case a.Any:
		return "All4"
	case a.Range:
		return a.From.Text + "-" + a.To.Text
	}
	return a.From.Text
}
