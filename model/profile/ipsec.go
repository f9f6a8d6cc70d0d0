package tcpprofile

import (
	"fmt"
	"strconv"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
)

// ipsec reads the IPSEC block (see ipsecParams for the source).
func (m *Profile) ipsec(s *profile.Statement) {
	b := &IPSec{Src: s}
	m.IPSec = append(m.IPSec, b)
	pp := paramParser{m: m, st: s, what: "IPSEC", table: ipsecParams}
	b.Params = pp.parse(s.Args())
	if m.Options.Obey {
		if p := b.Params.Get("DVIPSEC"); p != nil {
			m.diag(p.Key.Span, source.Warning, CodeBadValue,
				"DVIPSEC can be enabled only in the initial profile, not by VARY TCPIP,,OBEYFILE", "")
		}
	}
	for _, r := range s.Body {
		if r.Name != "IPSECRULE" && r.Name != "IPSEC6RULE" {
			continue
		}
		if fr := m.filterRule(r); fr != nil {
			b.Rules = append(b.Rules, fr)
		}
	}
}

// ruleReader walks the arguments of a filter rule.
type ruleReader struct {
	m    *Profile
	st   *profile.Statement
	toks []profile.Token
	i    int
}

func (r *ruleReader) more() bool { return r.i < len(r.toks) }

func (r *ruleReader) peek() string {
	if r.i < len(r.toks) {
		return r.toks[r.i].Text
	}
	return ""
}

func (r *ruleReader) next() Value {
	v := r.m.value(r.st, r.toks[r.i])
	r.i++
	return v
}

// is consumes the next word when it spells keyword name (min letters).
func (r *ruleReader) is(name string, min int) bool {
	if r.more() && kw(r.peek(), name, min) {
		r.i++
		return true
	}
	return false
}

// addrSpec reads * | a | a/len | a - a.
func (r *ruleReader) addrSpec(what string, v6 bool) (AddrSpec, bool) {
	if !r.more() {
		r.m.diag(r.st.Span(), source.Error, CodeMissing,
			fmt.Sprintf("%s needs a %s address (or *)", r.st.Name, what), "")
		return AddrSpec{}, false
	}
	v := r.next()
	if v.Text == "*" {
		return AddrSpec{Any: true}, true
	}
	spec := AddrSpec{From: parseAddr(v)}
	if r.more() && r.peek() == "-" && r.i+1 < len(r.toks) {
		r.i++
		spec.Range = true
		spec.To = parseAddr(r.next())
	}
	for _, a := range []Addr{spec.From, spec.To} {
		if a.Text == "" || a.Symbolic() {
			continue
		}
		if !a.Valid() || a.IP.Is4() == v6 {
			fam := "IPv4"
			if v6 {
				fam = "IPv6"
			}
			r.m.diag(a.Span, source.Error, CodeBadValue,
				fmt.Sprintf("%s %s address %s is not an %s address, address/prefix, range or *", r.st.Name, what, a.Text, fam), "")
		}
	}
	return spec, true
}

// portRange reads * | n [m] after SRCPORT, DESTPORT, TYPE or CODE.
func (r *ruleReader) portRange(key Value, max int) []Value {
	if !r.more() {
		r.m.diag(key.Span, source.Error, CodeMissing, fmt.Sprintf("%s needs * or a number", key.Upper()), "")
		return nil
	}
	if r.peek() == "*" {
		return []Value{r.next()}
	}
	var out []Value
	for n := 0; n < 2 && r.more(); n++ {
		x, err := strconv.Atoi(r.peek())
		if err != nil {
			if n == 0 {
				v := r.next()
				r.m.diag(v.Span, source.Error, CodeBadValue,
					fmt.Sprintf("%s %s: * or a number expected", key.Upper(), v.Text), "")
			}
			return out
		}
		v := r.next()
		out = append(out, v)
		if x < 0 || x > max {
			r.m.diag(v.Span, source.Error, CodeBadValue,
				fmt.Sprintf("%s %s is out of range 0-%d", key.Upper(), v.Text, max), "")
		}
	}
	return out
}

// filterRule reads an IPSECRULE or IPSEC6RULE statement, parameters in
// the order IBM's syntax diagram gives them.
func (m *Profile) filterRule(s *profile.Statement) *FilterRule {
	fr := &FilterRule{Src: s, IPv6: s.Name == "IPSEC6RULE", Routing: "LOCAL", Direction: "BIDIRECTIONAL",
		Protocol: Value{Text: "*"}}
	r := &ruleReader{m: m, st: s, toks: s.Args()}
	var ok bool
	if fr.Source, ok = r.addrSpec("source", fr.IPv6); !ok {
		return fr
	}
	if fr.Dest, ok = r.addrSpec("destination", fr.IPv6); !ok {
		return fr
	}
	if r.is("LOG", 0) {
		fr.Log = true
	} else {
		r.is("NOLOG", 0)
	}
	if r.more() && kw(r.peek(), "PROTOCOL", 5) {
		key := r.next()
		fr.Params = append(fr.Params, Param{Name: "PROTOCOL", Key: key})
		if !r.more() {
			m.diag(key.Span, source.Error, CodeMissing, "PROTOCOL needs * , a protocol name or a number", "")
			return fr
		}
		fr.Protocol = r.next()
		switch p := fr.Protocol.Upper(); {
		case p == "*":
		case p == "TCP" || p == "6" || p == "UDP" || p == "17":
			if r.more() && kw(r.peek(), "SRCPORT", 4) {
				fr.SrcPort = r.portRange(r.next(), 65535)
			}
			if r.more() && kw(r.peek(), "DESTPORT", 4) {
				fr.DestPort = r.portRange(r.next(), 65535)
			}
		case p == "ICMP" || p == "1" || (fr.IPv6 && (p == "ICMPV6" || p == "58")):
			if r.more() && kw(r.peek(), "TYPE", 0) {
				fr.Type = r.portRange(r.next(), 255)
			}
			if r.more() && kw(r.peek(), "CODE", 0) {
				fr.Code = r.portRange(r.next(), 255)
			}
		case p == "OSPF" || p == "89":
			if r.more() && kw(r.peek(), "TYPE", 0) {
				fr.Type = r.portRange(r.next(), 255)
			}
		default:
			if n, err := strconv.Atoi(p); (err != nil || n < 0 || n > 255) && !fr.Protocol.Symbolic() {
				m.diag(fr.Protocol.Span, source.Error, CodeBadValue,
					fmt.Sprintf("PROTOCOL %s is not *, TCP, UDP, ICMP, OSPF or a protocol number 0-255", fr.Protocol.Text), "")
			}
		}
	}
	if r.more() && kw(r.peek(), "ROUTING", 0) {
		key := r.next()
		if !r.more() {
			m.diag(key.Span, source.Error, CodeMissing, "ROUTING needs LOCAL, ROUTED or EITHER", "")
			return fr
		}
		v := r.next()
		switch {
		case v.Is("LOCAL"), v.Is("EITHER"):
			fr.Routing = v.Upper()
		case v.Is("ROUTED"):
			fr.Routing = "ROUTED"
			r.is("FRAGMENTSONLY", 9)
		default:
			m.diag(v.Span, source.Error, CodeBadValue,
				fmt.Sprintf("ROUTING %s: LOCAL, ROUTED or EITHER expected", v.Text), "")
		}
	}
	if r.more() && kw(r.peek(), "SECCLASS", 0) {
		key := r.next()
		if !r.more() {
			m.diag(key.Span, source.Error, CodeMissing, "SECCLASS needs a number 0-255", "")
			return fr
		}
		v := r.next()
		n, err := strconv.Atoi(v.Text)
		if (err != nil || n < 0 || n > 255) && !v.Symbolic() {
			m.diag(v.Span, source.Error, CodeBadValue,
				fmt.Sprintf("SECCLASS %s is not a number 0-255", v.Text), "")
		}
		fr.SecClass = n
	}
	if r.more() && kw(r.peek(), "DIRECTION", 5) {
		key := r.next()
		switch {
		case r.is("BIDIRECTIONAL", 4):
			fr.Direction = "BIDIRECTIONAL"
		case r.is("INBOUND", 3):
			fr.Direction = "INBOUND"
		case r.is("OUTBOUND", 4):
			fr.Direction = "OUTBOUND"
		default:
			m.diag(key.Span, source.Error, CodeMissing, "DIRECTION needs BIDIRECTIONAL, INBOUND or OUTBOUND", "")
		}
		if !r.is("INBCONNECT", 4) {
			r.is("OUTBCONNECT", 5)
		}
	}
	if r.more() {
		v := r.next()
		hint := "IBM: specify the parameters in the order shown: source, destination, LOG, PROTOCOL, ROUTING, SECCLASS, DIRECTION"
		known := false
		for _, k := range []struct {
			name string
			min  int
		}{{"LOG", 0}, {"NOLOG", 0}, {"PROTOCOL", 5}, {"ROUTING", 0}, {"SECCLASS", 0}, {"DIRECTION", 5}} {
			known = known || kw(v.Text, k.name, k.min)
		}
		switch {
		case isPlaceholder(v.Text):
		case known:
			m.diag(v.Span, source.Warning, CodeBadValue,
				fmt.Sprintf("%s is out of order in %s; what follows it is not read", v.Upper(), s.Name), hint)
		default:
			m.diag(v.Span, source.Warning, CodeUnknownParam,
				fmt.Sprintf("%q is not a parameter of %s as znet reads it; what follows it is not read", v.Text, s.Name), hint)
		}
	}
	return fr
}
