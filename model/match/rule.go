package match

import (
	"fmt"
	"math/bits"
	"net/netip"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/policy"
)

// Rule is an AT-TLS rule or an IP filter rule with its match space.
//
// Over holds every connection (packet) the rule may match and Under every
// one it certainly matches. They are equal unless something about the rule
// is not known for sure: a dangling reference, a wildcard form IBM does
// not document, a condition coded twice. Analyses that must not claim too
// much use Over for the rule being covered and Under for the rules
// covering it.
type Rule struct {
	Family *Family
	Name   string
	Object *policy.Object
	// Order is the rule's place in evaluation order, 1 first.
	Order int
	// Priority of an AT-TLS rule (1 when not coded); 0 for IP filters.
	Priority int
	Over     Space
	Under    Space
	// Conds are the rule's coded conditions, as text, by dimension.
	Conds []Cond
	// Time is the rule's IpTimeCondition (nil when it has none or the
	// condition puts no limit on time).
	Time *TimeCond
	// Notes say why Over and Under differ.
	Notes []string
	// Empty says why the rule can match nothing ("" when it can).
	Empty string
	// Via names the IpFilterGroup chain a filter rule was reached through.
	Via string
	// Action is an IP filter rule's IpFilterAction (Permit, Deny, IpSec).
	Action string
}

// Cond is one coded condition of a rule.
type Cond struct {
	Dims []int  // dimensions it restricts
	Text string // as coded: "LocalPortRange 4000"
	Span source.Span
}

// Certain reports whether the rule's space is known exactly.
func (r *Rule) Certain() bool { return len(r.Notes) == 0 }

// NameSpan is where the rule's name is written (the keyword when it has
// none).
func (r *Rule) NameSpan() source.Span {
	st := r.Object.Src
	if len(st.Values) > 0 {
		return st.Values[0].Span
	}
	return st.Keyword.Span
}

// Label names the rule for messages.
func (r *Rule) Label() string { return r.Object.Def.Name + " " + r.Name }

// uset is a set known only between bounds.
type uset struct{ over, under Set }

func exact(s Set) uset { return uset{s, s} }

// uaddr is an address set per IP version (0 IPv4, 1 IPv6), known between
// bounds.
type uaddr struct{ over, under [2]Set }

func exactAddr(a [2]Set) uaddr { return uaddr{a, a} }

var allAddr = [2]Set{Range(P(0), v4Max), Range(P(0), addrMax)}

// builder collects one rule's conditions.
type builder struct {
	r    *Rule
	p    *policy.Policy
	over Cube // non-address dimensions; addresses kept apart
	und  Cube
	addr map[int]uaddr
	time [][]Set // over boxes
	timU [][]Set // under boxes (nil: none)
	why  string  // a service condition that holds nothing
}

func newBuilder(f *Family, p *policy.Policy, o *policy.Object) *builder {
	b := &builder{r: &Rule{Family: f, Name: o.Name, Object: o}, p: p, over: f.Full(), und: f.Full(), addr: map[int]uaddr{}}
	tb := f.timeBase()
	full := make([]Set, nTime)
	for i := range full {
		full[i] = f.Dims[tb+i].Full()
	}
	b.time = [][]Set{full}
	b.timU = [][]Set{full}
	return b
}

func (b *builder) note(format string, a ...any) {
	b.r.Notes = append(b.r.Notes, fmt.Sprintf(format, a...))
}

func (b *builder) cond(text string, sp source.Span, dims ...int) {
	b.r.Conds = append(b.r.Conds, Cond{Dims: dims, Text: text, Span: sp})
}

// set restricts dimension d.
func (b *builder) set(d int, u uset) {
	b.over[d] = b.over[d].Intersect(u.over)
	b.und[d] = b.und[d].Intersect(u.under)
}

// params returns the coded parameters with any of names, in coded order.
func params(o *policy.Object, names ...string) []*policy.Param {
	var out []*policy.Param
	for _, p := range o.Params {
		for _, n := range names {
			if strings.EqualFold(p.Def.Name, n) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

func text(p *policy.Param) string {
	return p.Def.Name + " " + strings.Join(p.Words(), " ")
}

// combine merges the values of a condition coded more than once: IBM does
// not say which one counts, so the rule may match any (Over is the union)
// and certainly matches only what all of them match (Under is the
// intersection).
func (b *builder) combine(what string, ps []*policy.Param) bool {
	if len(ps) <= 1 {
		return false
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.Def.Name)
	}
	b.note("%s is coded %d times (%s); which value Policy Agent uses is not documented", what, len(ps), strings.Join(names, ", "))
	return true
}

// addrCond reads an address condition (direct, IpAddr, IpAddrSet or
// IpAddrGroup reference) into dimension d.
func (b *builder) addrCond(d int, what string, direct []string, ref, setRef, groupRef string) {
	ps := params(b.r.Object, append(append([]string(nil), direct...), ref, setRef, groupRef)...)
	if len(ps) == 0 {
		b.addr[d] = exactAddr(allAddr)
		return
	}
	b.combine(what, ps)
	var u uaddr
	for i, p := range ps {
		v := b.addrParam(p, ref, setRef, groupRef)
		if i == 0 {
			u = v
		} else {
			for f := 0; f < 2; f++ {
				u.over[f] = u.over[f].Union(v.over[f])
				u.under[f] = u.under[f].Intersect(v.under[f])
			}
		}
		b.cond(text(p)+refSummary(p), p.Src.Keyword.Span, d)
	}
	b.addr[d] = u
}

func refSummary(p *policy.Param) string {
	if p.Target == nil {
		return ""
	}
	return " (" + objSummary(p.Target) + ")"
}

// objSummary renders an address or port object in one line.
func objSummary(o *policy.Object) string {
	var parts []string
	for _, p := range o.Params {
		if p.Target != nil {
			parts = append(parts, objSummary(p.Target))
			continue
		}
		parts = append(parts, strings.Join(p.Words(), " "))
	}
	for _, c := range o.Children {
		parts = append(parts, objSummary(c))
	}
	return strings.Join(parts, ", ")
}

func (b *builder) addrParam(p *policy.Param, ref, setRef, groupRef string) uaddr {
	switch {
	case strings.EqualFold(p.Def.Name, ref), strings.EqualFold(p.Def.Name, setRef), strings.EqualFold(p.Def.Name, groupRef):
		if p.Target == nil {
			b.note("%s %s names nothing that is defined; the condition is unknown", p.Def.Name, p.Value)
			return uaddr{over: allAddr}
		}
		return b.addrObject(p.Target)
	}
	a, err := ParseAddrSpec(p.Words())
	if err != nil {
		b.note("%s: %v", p.Def.Name, err)
		return uaddr{over: allAddr}
	}
	return exactAddr(a)
}

// addrObject reads an IpAddr, IpAddrSet or IpAddrGroup.
func (b *builder) addrObject(o *policy.Object) uaddr {
	var u uaddr
	add := func(v uaddr) {
		for f := 0; f < 2; f++ {
			u.over[f] = u.over[f].Union(v.over[f])
			u.under[f] = u.under[f].Union(v.under[f])
		}
	}
	switch strings.ToLower(o.Def.Name) {
	case "ipaddr":
		p := o.Last("Addr")
		if p == nil {
			b.note("%s has no Addr; the condition is unknown", o.Label())
			return uaddr{over: allAddr}
		}
		a, err := ParseAddrSpec(p.Words())
		if err != nil {
			b.note("%s: %v", o.Label(), err)
			return uaddr{over: allAddr}
		}
		return exactAddr(a)
	case "ipaddrset":
		ps := params(o, "Prefix", "Range")
		if len(ps) == 0 {
			b.note("%s has neither Prefix nor Range; the condition is unknown", o.Label())
			return uaddr{over: allAddr}
		}
		for _, p := range ps {
			a, err := ParseAddrSpec(p.Words())
			if err != nil {
				b.note("%s: %v", o.Label(), err)
				add(uaddr{over: allAddr})
				continue
			}
			add(exactAddr(a))
		}
		return u
	case "ipaddrgroup":
		// "members ORed": a group matches when any member does.
		for _, p := range o.Params {
			if p.Target == nil {
				b.note("%s %s in %s names nothing that is defined; the group is not fully known", p.Def.Name, p.Value, o.Label())
				add(uaddr{over: allAddr})
				continue
			}
			add(b.addrObject(p.Target))
		}
		for _, c := range o.Children {
			add(b.addrObject(c))
		}
		return u
	}
	b.note("%s is not an address statement", o.Label())
	return uaddr{over: allAddr}
}

// ParseAddrSpec reads an address as rules write it: an address, a
// prefix address/length, a range first-last (or "first last"), All, All4
// or All6. A bare number is an IPv4 address to z/OS (6793 is 0.0.26.137).
// It returns the addresses per IP version. A range whose first address is
// above the last is empty.
func ParseAddrSpec(words []string) ([2]Set, error) {
	var out [2]Set
	if len(words) == 2 {
		return parseRange(words[0], words[1])
	}
	if len(words) != 1 {
		return out, fmt.Errorf("%q is not an address", strings.Join(words, " "))
	}
	w := words[0]
	switch strings.ToLower(w) {
	case "all", "any":
		return allAddr, nil
	case "all4", "any4":
		out[0] = allAddr[0]
		return out, nil
	case "all6", "any6":
		out[1] = allAddr[1]
		return out, nil
	}
	if strings.Contains(w, "/") {
		pf, err := netip.ParsePrefix(w)
		if err != nil {
			return out, fmt.Errorf("%q is not an address prefix", w)
		}
		pf = pf.Masked()
		lo, fam := addrPt(pf.Addr())
		total := 32
		if fam == 1 {
			total = 128
		}
		host := total - pf.Bits()
		hi := lo
		if host > 0 {
			var span Pt
			if host >= 64 {
				span = Pt{H: 1<<uint(host-64) - 1, L: ^uint64(0)}
				if host == 128 {
					span = addrMax
				}
			} else {
				span = Pt{L: 1<<uint(host) - 1}
			}
			l, c := bits.Add64(lo.L, span.L, 0)
			hi = Pt{H: lo.H + span.H + c, L: l}
		}
		out[fam] = Range(lo, hi)
		return out, nil
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		return parseRange(a, b)
	}
	a, err := parseAddr(w)
	if err != nil {
		return out, err
	}
	v, fam := addrPt(a)
	out[fam] = Single(v)
	return out, nil
}

func parseAddr(w string) (netip.Addr, error) {
	if n, err := strconv.ParseUint(w, 10, 32); err == nil {
		return netip.AddrFrom4([4]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}), nil
	}
	a, err := netip.ParseAddr(w)
	if err != nil {
		return a, fmt.Errorf("%q is not an IP address", w)
	}
	return a.WithZone(""), nil
}

func parseRange(x, y string) ([2]Set, error) {
	var out [2]Set
	a, err := parseAddr(x)
	if err != nil {
		return out, err
	}
	c, err := parseAddr(y)
	if err != nil {
		return out, err
	}
	lo, f1 := addrPt(a)
	hi, f2 := addrPt(c)
	if f1 != f2 {
		return out, fmt.Errorf("range %s-%s mixes IPv4 and IPv6", x, y)
	}
	out[f1] = Range(lo, hi) // empty when lo > hi
	return out, nil
}

// portCond reads a port condition (direct range, PortRange or PortGroup
// reference) into dimension d.
func (b *builder) portCond(d int, what string, direct, ref, groupRef string) {
	ps := params(b.r.Object, direct, ref, groupRef)
	if len(ps) == 0 {
		return
	}
	b.combine(what, ps)
	var u uset
	for i, p := range ps {
		var v uset
		if strings.EqualFold(p.Def.Name, direct) {
			v = b.portWords(p.Def.Name, p.Words())
		} else if p.Target == nil {
			b.note("%s %s names nothing that is defined; the condition is unknown", p.Def.Name, p.Value)
			v = uset{over: b.r.Family.Dims[d].Full()}
		} else {
			v = b.portObject(p.Target, d)
		}
		if i == 0 {
			u = v
		} else {
			u = uset{u.over.Union(v.over), u.under.Intersect(v.under)}
		}
		b.cond(text(p)+refSummary(p), p.Src.Keyword.Span, d)
	}
	b.set(d, u)
}

var allPorts = Range(P(0), P(65535))

func (b *builder) portWords(name string, words []string) uset {
	lo, hi, err := policy.ParsePorts(words)
	if err != nil {
		b.note("%s %s: %v", name, strings.Join(words, " "), err)
		return uset{over: allPorts}
	}
	return exact(Range(P(uint64(lo)), P(uint64(hi))))
}

func (b *builder) portObject(o *policy.Object, d int) uset {
	switch strings.ToLower(o.Def.Name) {
	case "portrange":
		p := o.Last("Port")
		if p == nil {
			b.note("%s has no Port; the condition is unknown", o.Label())
			return uset{over: allPorts}
		}
		return b.portWords(o.Label(), p.Words())
	case "portgroup":
		var u uset
		for _, p := range o.Params {
			var v uset
			if p.Target == nil {
				b.note("%s %s in %s names nothing that is defined; the group is not fully known", p.Def.Name, p.Value, o.Label())
				v = uset{over: allPorts}
			} else {
				v = b.portObject(p.Target, d)
			}
			u = uset{u.over.Union(v.over), u.under.Union(v.under)}
		}
		for _, c := range o.Children {
			v := b.portObject(c, d)
			u = uset{u.over.Union(v.over), u.under.Union(v.under)}
		}
		return u
	}
	b.note("%s is not a port statement", o.Label())
	return uset{over: allPorts}
}

// nameCond reads Jobname or Userid into dimension d.
func (b *builder) nameCond(d int, name string) {
	ps := params(b.r.Object, name)
	if len(ps) == 0 {
		return
	}
	b.combine(name, ps)
	var u uset
	for i, p := range ps {
		np, err := ParseNamePattern(p.Value)
		if err != nil {
			b.note("%s: %v", name, err)
			np = NamePattern{Over: b.r.Family.Dims[d].Full()}
		} else if np.Note != "" {
			b.note("%s: %s", name, np.Note)
		}
		v := uset{np.Over, np.Under}
		if i == 0 {
			u = v
		} else {
			u = uset{u.over.Union(v.over), u.under.Intersect(v.under)}
		}
		b.cond(text(p), p.Src.Keyword.Span, d)
	}
	b.set(d, u)
}

// timeCond reads the rule's IpTimeCondition (inline or referenced).
func (b *builder) timeCond() {
	o := b.r.Object
	var tcs []*policy.Object
	var spans []source.Span
	var texts []string
	for _, c := range o.Children {
		if strings.EqualFold(c.Def.Name, "IpTimeCondition") {
			tcs = append(tcs, c)
			spans = append(spans, c.Src.Keyword.Span)
			texts = append(texts, "IpTimeCondition")
		}
	}
	for _, p := range params(o, "IpTimeConditionRef") {
		if p.Target == nil {
			b.note("IpTimeConditionRef %s names nothing that is defined; when the rule is in effect is unknown", p.Value)
			b.timU = nil
			b.cond(text(p), p.Src.Keyword.Span, b.timeDimsList()...)
			continue
		}
		tcs = append(tcs, p.Target)
		spans = append(spans, p.Src.Keyword.Span)
		texts = append(texts, text(p))
	}
	if len(tcs) == 0 {
		return
	}
	if len(tcs) > 1 {
		b.note("%s has more than one time condition; which one Policy Agent uses is not documented", b.r.Label())
		b.timU = nil
		for i := range tcs {
			b.cond(texts[i], spans[i], b.timeDimsList()...)
		}
		return
	}
	tc, err := ParseTimeCond(tcs[0])
	if err != nil {
		b.note("%s: %v", tcs[0].Label(), err)
		b.timU = nil
		b.cond(texts[0], spans[0], b.timeDimsList()...)
		return
	}
	if tc.Always() {
		return
	}
	b.r.Time = tc
	b.time = tc.Boxes()
	b.timU = b.time
	b.cond(texts[0]+" ("+tc.Describe()+")", spans[0], b.timeDimsList()...)
}

func (b *builder) timeDimsList() []int {
	tb := b.r.Family.timeBase()
	var out []int
	for i := 0; i < nTime; i++ {
		out = append(out, tb+i)
	}
	return out
}

// ATTLSRules returns the winning TTLSRules of p (the last definition of
// each name, the common file read first) in Policy Agent's evaluation
// order, with their match spaces. IBM: "Policy Agent orders rules in
// alphabetical order within priority", higher priority first, and "when a
// match is found, policy lookup stops" (IP Configuration Guide, "AT-TLS
// rules"); the order itself is policy.RuleOrder.
func ATTLSRules(p *policy.Policy) []*Rule {
	order := p.RuleOrder()
	out := make([]*Rule, len(order))
	for i, o := range order {
		out[i] = BuildATTLS(p, o)
		out[i].Order = i + 1
	}
	fixZones(out)
	return out
}

// UTC reports whether the time conditions of rules are written in UTC
// (all of those that limit time; false when none does).
func UTC(rules []*Rule) bool {
	for _, r := range rules {
		if r.Time != nil {
			return r.Time.UTC
		}
	}
	return false
}

// fixZones handles rules whose time conditions are written in different
// time zones. The time dimensions are read in one zone; the offset of the
// Policy Agent's TZ from UTC is not known, so when Local and UTC conditions
// are mixed, the UTC ones are taken as "may be in effect at any time"
// (Over) and "certainly in effect at no known time" (Under).
func fixZones(rules []*Rule) {
	local, utc := false, false
	for _, r := range rules {
		if r.Time != nil {
			local = local || !r.Time.UTC
			utc = utc || r.Time.UTC
		}
	}
	if !local || !utc {
		return
	}
	for _, r := range rules {
		if r.Time == nil || !r.Time.UTC {
			continue
		}
		r.Notes = append(r.Notes, r.Time.Label+" is in UTC while other rules' time conditions are in local time; with the Policy Agent's offset from UTC unknown, znet does not compare them")
		tb := r.Family.timeBase()
		var over Space
		for _, c := range r.Over {
			c = append(Cube(nil), c...)
			for i := 0; i < nTime; i++ {
				c[tb+i] = r.Family.Dims[tb+i].Full()
			}
			dup := false
			for _, o := range over {
				if o.Contains(c) {
					dup = true
				}
			}
			if !dup {
				over = append(over, c)
			}
		}
		r.Over, r.Under = over, nil
	}
}

// BuildATTLS computes the match space of one TTLSRule.
func BuildATTLS(p *policy.Policy, o *policy.Object) *Rule {
	b := newBuilder(ATTLS, p, o)
	r := b.r
	r.Priority = policy.Priority(o)
	b.addrCond(ALocal, "the local address", []string{"LocalAddr"}, "LocalAddrRef", "LocalAddrSetRef", "LocalAddrGroupRef")
	b.addrCond(ARemote, "the remote address", []string{"RemoteAddr"}, "RemoteAddrRef", "RemoteAddrSetRef", "RemoteAddrGroupRef")
	b.portCond(ALocalPort, "the local port", "LocalPortRange", "LocalPortRangeRef", "LocalPortGroupRef")
	b.portCond(ARemotePort, "the remote port", "RemotePortRange", "RemotePortRangeRef", "RemotePortGroupRef")
	b.nameCond(AJob, "Jobname")
	b.nameCond(AUser, "Userid")
	switch d := o.Last("Direction"); {
	case d == nil:
		b.note("%s has no Direction, which Policy Agent requires", r.Label())
		b.und[ADirection] = nil
	case strings.EqualFold(d.Value, "Inbound"):
		b.set(ADirection, exact(Single(P(0))))
		b.cond(text(d), d.Src.Keyword.Span, ADirection)
	case strings.EqualFold(d.Value, "Outbound"):
		b.set(ADirection, exact(Single(P(1))))
		b.cond(text(d), d.Src.Keyword.Span, ADirection)
	case strings.EqualFold(d.Value, "Both"):
		b.cond(text(d), d.Src.Keyword.Span, ADirection)
	default:
		b.note("Direction %q is not Inbound, Outbound or Both", d.Value)
		b.und[ADirection] = nil
	}
	b.timeCond()
	b.finish(ALocal, ARemote, nil, nil, false)
	return r
}

// finish builds Over and Under from the collected conditions: one cube per
// IP version in which both address dimensions hold something, times the
// time boxes, times the extra cubes (filter services) when hasEx.
func (b *builder) finish(a1, a2 int, exOver, exUnder []Cube, hasEx bool) {
	r, f := b.r, b.r.Family
	if r.Object.Incomplete {
		b.note("%s is damaged by a syntax error", r.Label())
	}
	tb := f.timeBase()
	build := func(base Cube, addr func(d, fam int) Set, boxes [][]Set, ex []Cube) Space {
		var out Space
		if !hasEx {
			ex = []Cube{f.Full()}
		}
		for fam := 0; fam < 2; fam++ {
			x, y := addr(a1, fam), addr(a2, fam)
			if x.Empty() || y.Empty() {
				continue
			}
			for _, e := range ex {
				for _, box := range boxes {
					c := append(Cube(nil), base...)
					for d := range c {
						c[d] = c[d].Intersect(e[d])
					}
					c[AFamily] = c[AFamily].Intersect(Single(P(uint64(fam))))
					c[a1] = c[a1].Intersect(x)
					c[a2] = c[a2].Intersect(y)
					for i := 0; i < nTime; i++ {
						c[tb+i] = c[tb+i].Intersect(box[i])
					}
					if !c.Empty() {
						out = append(out, c)
					}
				}
			}
		}
		return out
	}
	r.Over = build(b.over, func(d, fam int) Set { return b.addr[d].over[fam] }, b.time, exOver)
	if len(r.Notes) == 0 {
		r.Under = r.Over
	} else if b.timU != nil && !r.Object.Incomplete {
		r.Under = build(b.und, func(d, fam int) Set { return b.addr[d].under[fam] }, b.timU, exUnder)
	}
	if r.Object.Incomplete {
		r.Over = Space{f.Full()}
		r.Under = nil
	}
	if r.Over.Empty() {
		r.Empty = b.emptyReason(a1, a2)
	}
}

// emptyReason explains why a rule matches nothing.
func (b *builder) emptyReason(a1, a2 int) string {
	r, f := b.r, b.r.Family
	condText := func(d int) string {
		var ts []string
		for _, c := range r.Conds {
			for _, x := range c.Dims {
				if x == d {
					ts = append(ts, c.Text)
					break
				}
			}
		}
		if len(ts) == 0 {
			return f.Dims[d].Name
		}
		return strings.Join(ts, " and ")
	}
	for _, d := range []int{a1, a2} {
		if b.addr[d].over[0].Empty() && b.addr[d].over[1].Empty() {
			return condText(d) + " holds no address"
		}
	}
	for d := range b.over {
		if d == a1 || d == a2 || d == AFamily || f.Dims[d].Time {
			continue
		}
		if b.over[d].Empty() {
			return condText(d) + " holds no " + f.Dims[d].Name
		}
	}
	if r.Time != nil {
		empty := true
		for _, box := range b.time {
			ok := true
			for _, s := range box {
				if s.Empty() {
					ok = false
				}
			}
			if ok {
				empty = false
			}
		}
		if empty {
			return r.Time.Label + " is never in effect (" + r.Time.Describe() + ")"
		}
	}
	x, y := b.addr[a1].over, b.addr[a2].over
	if (x[0].Empty() || y[0].Empty()) && (x[1].Empty() || y[1].Empty()) {
		return fmt.Sprintf("%s and %s hold addresses of different IP versions, and a connection's two addresses are of one version", condText(a1), condText(a2))
	}
	return "its conditions exclude each other"
}
