package match

import (
	"sort"
	"strconv"
	"strings"

	"github.com/zosnet/znet/model/policy"
)

// FilterEntry is one place in the IP filter table.
type FilterEntry struct {
	Rule *policy.Object
	// Via lists the IpFilterGroups the rule was reached through,
	// outermost first.
	Via []string
}

// codedItem is a parameter or a nested statement of an object, for
// walking both in the order they were written.
type codedItem struct {
	param *policy.Param
	child *policy.Object
	line  int
	col   int
}

// inCodedOrder lists o's parameters and nested statements in the order
// they stand in the file (the model keeps them in two lists).
func inCodedOrder(o *policy.Object) []codedItem {
	var out []codedItem
	for _, p := range o.Params {
		sp := p.Src.Keyword.Span
		out = append(out, codedItem{param: p, line: sp.Line, col: sp.Col})
	}
	for _, c := range o.Children {
		sp := c.Src.Keyword.Span
		out = append(out, codedItem{child: c, line: sp.Line, col: sp.Col})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].line != out[j].line {
			return out[i].line < out[j].line
		}
		return out[i].col < out[j].col
	})
	return out
}

// FilterOrder returns the IP filter table Policy Agent builds from p: the
// rules of IpFilterPolicy in the order configured, IpFilterGroups expanded
// in place. IBM: "The IP filter table contains all of the IP filter rules
// in the order in which they were configured" (IP Configuration Guide,
// "Filter rules and actions") and "IP filter rules in an IP filter policy
// are searched in the order listed ... a search for a matching filter rule
// stops after the first match is found" ("IP filter rule order").
//
// Defensive filters installed through the Defense Manager daemon are
// searched before these (IBM, "Defense Manager daemon"); they are added
// at run time by ipsec -F commands and are not in any file znet reads.
// When several IpFilterPolicy statements are read (a common IPSec file and
// a stack file), their rules are taken in reading order, common first;
// how Policy Agent combines them is unverified.
func FilterOrder(p *policy.Policy) []FilterEntry {
	var out []FilterEntry
	for _, o := range p.Objects {
		if strings.EqualFold(o.Def.Name, "IpFilterPolicy") {
			expandFilters(o, nil, map[*policy.Object]bool{}, &out)
		}
	}
	return out
}

// HasFilterPolicy reports whether p holds an IpFilterPolicy statement.
func HasFilterPolicy(p *policy.Policy) bool {
	for _, o := range p.Objects {
		if strings.EqualFold(o.Def.Name, "IpFilterPolicy") {
			return true
		}
	}
	return false
}

func expandFilters(o *policy.Object, via []string, seen map[*policy.Object]bool, out *[]FilterEntry) {
	if seen[o] {
		return
	}
	seen[o] = true
	defer delete(seen, o)
	for _, it := range inCodedOrder(o) {
		switch {
		case it.child != nil && strings.EqualFold(it.child.Def.Name, "IpFilterRule"):
			*out = append(*out, FilterEntry{Rule: it.child, Via: via})
		case it.param != nil && strings.EqualFold(it.param.Def.Name, "IpFilterRuleRef") && it.param.Target != nil:
			*out = append(*out, FilterEntry{Rule: it.param.Target, Via: via})
		case it.param != nil && strings.EqualFold(it.param.Def.Name, "IpFilterGroupRef") && it.param.Target != nil:
			g := it.param.Target
			expandFilters(g, append(append([]string(nil), via...), g.Name), seen, out)
		}
	}
}

// FilterRules returns the IP filter table of p with each rule's match
// space, in search order.
func FilterRules(p *policy.Policy) []*Rule {
	entries := FilterOrder(p)
	out := make([]*Rule, len(entries))
	for i, e := range entries {
		r := BuildFilter(p, e.Rule)
		r.Order = i + 1
		if len(e.Via) > 0 {
			r.Via = "IpFilterGroup " + strings.Join(e.Via, " > ")
		}
		out[i] = r
	}
	fixZones(out)
	return out
}

// protocolNumbers are the names IpService Protocol takes (IBM, IP
// Configuration Reference, "IpService statement": Tcp 6, Udp 17, Icmp 1,
// Icmpv6 58, Ospf 89, MIPv6 135, Ip 4, Ipip 94; Ah, Esp and Igmp by their
// IANA numbers).
var protocolNumbers = map[string]uint64{
	"tcp": 6, "udp": 17, "icmp": 1, "icmpv6": 58, "ospf": 89, "mipv6": 135,
	"ip": 4, "ipip": 94, "ah": 51, "esp": 50, "igmp": 2,
}

// ProtocolNumber reads a protocol name or number.
func ProtocolNumber(w string) (uint64, bool) {
	if n, ok := protocolNumbers[strings.ToLower(w)]; ok {
		return n, true
	}
	n, err := strconv.ParseUint(w, 10, 8)
	return n, err == nil
}

// svc is one way an IpService matches packets: a cube over the
// non-address dimensions, and whether the rule's addresses and ports are
// swapped for it (the mirror image of a bidirectional rule).
type svc struct {
	c      Cube
	mirror bool
}

// service reads an IpService. Conventions (unverified against IBM's text,
// which could not be read in full): ports count only for Tcp and Udp, ICMP
// type and code only for Icmp and Icmpv6 (type also Ospf and MIPv6); a rule
// is written as the outbound packet; Bidirectional adds its mirror image
// for inbound packets, source and destination (addresses and ports)
// swapped; InboundConnect/OutboundConnect limit TCP packets to connections
// opened from that side; Routing Local (the default) matches traffic of
// this host, Routed traffic forwarded through it, Either both;
// SecurityClass 0 matches every interface.
func (b *builder) service(o *policy.Object) (over, under []svc) {
	f := b.r.Family
	base := f.Full()
	certain := true
	uncertain := func(format string, a ...any) {
		b.note(format, a...)
		certain = false
	}
	proto := f.Dims[FProtocol].Full()
	specific := uint64(256)
	if p := o.Last("Protocol"); p != nil {
		ws := p.Words()
		if !strings.EqualFold(ws[0], "All") {
			n, ok := ProtocolNumber(ws[0])
			if !ok {
				uncertain("Protocol %q is not a protocol name or number", ws[0])
			} else {
				proto, specific = Single(P(n)), n
			}
		}
		if len(ws) > 1 {
			uncertain("Protocol %q has more than one word; znet reads only the first", strings.Join(ws, " "))
		}
	}
	base[FProtocol] = proto
	ports := func(name string, d int) {
		p := o.Last(name)
		if p == nil {
			return
		}
		u := b.portWords(name, p.Words())
		if u.over.Empty() {
			b.why = text(p) + " holds no port"
		}
		if specific != 6 && specific != 17 {
			if !u.over.Equal(allPorts) {
				uncertain("%s is coded for a protocol without ports", name)
			}
			return
		}
		if !u.under.Equal(u.over) {
			certain = false
		}
		base[d] = u.over
	}
	ports("SourcePortRange", FSourcePort)
	ports("DestinationPortRange", FDestPort)
	icmp := func(name string, d int, ok bool) {
		p := o.Last(name)
		if p == nil {
			return
		}
		ws := p.Words()
		if strings.EqualFold(ws[0], "All") {
			return
		}
		if !ok {
			uncertain("%s is coded for protocol %s, which has no ICMP %s", name, protoName(specific), strings.ToLower(name))
			return
		}
		lo, err1 := strconv.ParseUint(ws[0], 10, 8)
		hi := lo
		var err2 error
		if len(ws) > 1 {
			hi, err2 = strconv.ParseUint(ws[1], 10, 8)
		}
		if err1 != nil || err2 != nil {
			uncertain("%s %q is not a number, a range n m, or All", name, strings.Join(ws, " "))
			return
		}
		base[d] = Range(P(lo), P(hi))
		if hi < lo {
			b.why = text(p) + " holds no value"
		}
	}
	icmp("Type", FType, specific == 1 || specific == 58 || specific == 89 || specific == 135)
	icmp("Code", FCode, specific == 1 || specific == 58)
	if p := o.Last("Routing"); p == nil || strings.EqualFold(p.Value, "Local") {
		base[FRouting] = Single(P(0))
	} else if strings.EqualFold(p.Value, "Routed") {
		base[FRouting] = Single(P(1))
	}
	if p := o.Last("SecurityClass"); p != nil {
		if n, err := strconv.ParseUint(p.Value, 10, 8); err == nil && n != 0 {
			base[FSecClass] = Single(P(n))
		}
	}
	dirs := []svc{{mirror: false}, {mirror: true}}
	dirs[0].c, dirs[1].c = cubeWith(base, FDirection, Single(P(1))), cubeWith(base, FDirection, Single(P(0)))
	connect := -1
	if p := o.Last("Direction"); p != nil {
		for i, w := range p.Words() {
			switch {
			case i == 0 && strings.EqualFold(w, "Inbound"):
				dirs = []svc{{c: cubeWith(base, FDirection, Single(P(0)))}}
			case i == 0 && strings.EqualFold(w, "Outbound"):
				dirs = []svc{{c: cubeWith(base, FDirection, Single(P(1)))}}
			case i == 0 && strings.EqualFold(w, "Bidirectional"):
			case strings.EqualFold(w, "InboundConnect"):
				connect = 0
			case strings.EqualFold(w, "OutboundConnect"):
				connect = 1
			default:
				uncertain("Direction word %q is not known", w)
			}
		}
	}
	for _, d := range dirs {
		cs := []Cube{d.c}
		if connect >= 0 && d.c[FProtocol].Has(P(6)) {
			tcp := cubeWith(d.c, FProtocol, Single(P(6)))
			tcp[FConnect] = Single(P(uint64(connect)))
			cs = []Cube{tcp}
			if rest := d.c[FProtocol].Minus(Single(P(6))); !rest.Empty() {
				cs = append(cs, cubeWith(d.c, FProtocol, rest))
			}
		}
		for _, c := range cs {
			over = append(over, svc{c: c, mirror: d.mirror})
			if certain {
				under = append(under, svc{c: c, mirror: d.mirror})
			}
		}
	}
	return over, under
}

func protoName(n uint64) string {
	for k, v := range protocolNumbers {
		if v == n && k != "ip" {
			return k
		}
	}
	if n == 256 {
		return "All"
	}
	return strconv.FormatUint(n, 10)
}

func cubeWith(c Cube, d int, s Set) Cube {
	out := append(Cube(nil), c...)
	out[d] = s
	return out
}

// BuildFilter computes the match space of one IpFilterRule.
func BuildFilter(p *policy.Policy, o *policy.Object) *Rule {
	b := newBuilder(IPFilter, p, o)
	r := b.r
	b.addrCond(FSource, "the source address", []string{"IpSourceAddr", "IpSourceAddrSet"}, "IpSourceAddrRef", "IpSourceAddrSetRef", "IpSourceAddrGroupRef")
	b.addrCond(FDest, "the destination address", []string{"IpDestAddr", "IpDestAddrSet"}, "IpDestAddrRef", "IpDestAddrSetRef", "IpDestAddrGroupRef")
	// Services, in coded order: inline IpService, IpServiceRef,
	// IpServiceGroupRef (its members).
	var svcs []*policy.Object
	certainSvcs := true
	for _, it := range inCodedOrder(o) {
		switch {
		case it.child != nil && strings.EqualFold(it.child.Def.Name, "IpService"):
			svcs = append(svcs, it.child)
			b.cond("IpService ("+objSummary(it.child)+")", it.child.Src.Keyword.Span, serviceDims()...)
		case it.param != nil && strings.EqualFold(it.param.Def.Name, "IpServiceRef"):
			b.cond(text(it.param)+refSummary(it.param), it.param.Src.Keyword.Span, serviceDims()...)
			if it.param.Target == nil {
				b.note("IpServiceRef %s names nothing that is defined; the service is unknown", it.param.Value)
				certainSvcs = false
				continue
			}
			svcs = append(svcs, it.param.Target)
		case it.param != nil && strings.EqualFold(it.param.Def.Name, "IpServiceGroupRef"):
			b.cond(text(it.param), it.param.Src.Keyword.Span, serviceDims()...)
			g := it.param.Target
			if g == nil {
				b.note("IpServiceGroupRef %s names nothing that is defined; the services are unknown", it.param.Value)
				certainSvcs = false
				continue
			}
			for _, git := range inCodedOrder(g) {
				switch {
				case git.child != nil:
					svcs = append(svcs, git.child)
				case git.param != nil && git.param.Target != nil:
					svcs = append(svcs, git.param.Target)
				case git.param != nil:
					b.note("%s %s in %s names nothing that is defined", git.param.Def.Name, git.param.Value, g.Label())
					certainSvcs = false
				}
			}
		}
	}
	var over, under []svc
	if len(svcs) == 0 {
		if certainSvcs {
			// No service: every packet, both directions (unverified).
			o, u := b.service(&policy.Object{Def: o.Def})
			over, under = o, u
		} else {
			over = []svc{{c: IPFilter.Full()}}
		}
	}
	for _, s := range svcs {
		o, u := b.service(s)
		over = append(over, o...)
		under = append(under, u...)
	}
	if !certainSvcs {
		// An unknown service may match anything.
		over = append(over, svc{c: IPFilter.Full()})
	}
	b.timeCond()
	if a := o.Last("IpGenericFilterActionRef"); a != nil && a.Target != nil {
		if act := a.Target.Last("IpFilterAction"); act != nil {
			r.Action = act.Value
		}
	}
	src, dst := b.addr[FSource], b.addr[FDest]
	expand := func(ss []svc, s, d [2]Set) []Cube {
		var out []Cube
		for _, sv := range ss {
			for fam := 0; fam < 2; fam++ {
				c := append(Cube(nil), sv.c...)
				c[AFamily] = Single(P(uint64(fam)))
				x, y := s[fam], d[fam]
				if sv.mirror {
					x, y = y, x
					c[FSourcePort], c[FDestPort] = c[FDestPort], c[FSourcePort]
				}
				c[FSource] = c[FSource].Intersect(x)
				c[FDest] = c[FDest].Intersect(y)
				if !c.Empty() {
					out = append(out, c)
				}
			}
		}
		return out
	}
	exOver := expand(over, src.over, dst.over)
	exUnder := expand(under, src.under, dst.under)
	b.addr[FSource], b.addr[FDest] = exactAddr(allAddr), exactAddr(allAddr)
	b.finish(FSource, FDest, exOver, exUnder, true)
	if r.Empty != "" {
		b.addr[FSource], b.addr[FDest] = src, dst
		r.Empty = b.emptyReason(FSource, FDest)
		if b.why != "" && r.Empty == "its conditions exclude each other" {
			r.Empty = b.why
		}
	}
	return r
}

func serviceDims() []int {
	return []int{FProtocol, FSourcePort, FDestPort, FType, FCode, FDirection, FConnect, FRouting, FSecClass}
}
