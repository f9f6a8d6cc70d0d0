package match

import (
	"fmt"
	"net/netip"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/zosnet/znet/model/policy"
)

// Connection is an AT-TLS connection as `znet explain --connection`
// describes it.
type Connection struct {
	Local, Remote netip.AddrPort
	Job, User     string
	Inbound       bool
	// At is the wall-clock time of the connection in the Policy Agent's
	// local time zone, when given; UTC is the same instant in UTC, known
	// when the time was given with an offset.
	At, UTC *time.Time
	// TimeText is the time as given.
	TimeText string
}

// Packet is an IP packet as `znet explain --packet` describes it.
type Packet struct {
	Src, Dst       netip.Addr
	Proto          uint64
	SPort, DPort   uint16
	Type, Code     uint8
	Inbound        bool
	ConnectInbound bool
	Routed         bool
	SecClass       uint8
	At, UTC        *time.Time
	TimeText       string
}

// fields splits "k=v k=v" into a map, rejecting unknown and repeated keys.
func fields(s string, known ...string) (map[string]string, error) {
	out := map[string]string{}
	for _, f := range strings.Fields(s) {
		k, v, ok := strings.Cut(f, "=")
		k = strings.ToLower(k)
		if !ok || v == "" {
			return nil, fmt.Errorf("%q is not key=value", f)
		}
		found := false
		for _, n := range known {
			if n == k {
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown key %q (known: %s)", k, strings.Join(known, ", "))
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("%s is given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

func need(m map[string]string, keys ...string) error {
	var missing []string
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing %s", strings.Join(missing, ", "))
	}
	return nil
}

func parseDir(v string) (bool, error) {
	switch strings.ToLower(v) {
	case "inbound", "in":
		return true, nil
	case "outbound", "out":
		return false, nil
	}
	return false, fmt.Errorf("dir %q is not inbound or outbound", v)
}

// parseTime reads time=2025-01-06T08:30[:00][Z|±hh:mm]. Without an offset
// the time is the Policy Agent's local time and the UTC instant is unknown.
func parseTime(v string) (at, utc *time.Time, err error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, v); err == nil {
			local := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
			u := t.UTC()
			return &local, &u, nil
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, v); err == nil {
			return &t, nil, nil
		}
	}
	return nil, nil, fmt.Errorf("time %q is not 2006-01-02T15:04 (optionally with :05 and Z or an offset such as +01:00)", v)
}

func upperName(k, v string) (string, error) {
	u := strings.ToUpper(v)
	if _, err := encodeName(u); err != nil {
		return "", fmt.Errorf("%s: %v", k, err)
	}
	return u, nil
}

// ParseConnection reads "local=ADDR:PORT remote=ADDR:PORT job=NAME
// user=ID dir=inbound|outbound [time=...]". IPv6 addresses are written
// [addr]:port. An IPv4-mapped IPv6 address is read as the IPv4 address (an
// IPv6 socket's IPv4 connection; AT-TLS rules may not hold mapped
// addresses).
func ParseConnection(s string) (*Connection, error) {
	m, err := fields(s, "local", "remote", "job", "user", "dir", "time")
	if err != nil {
		return nil, err
	}
	if err := need(m, "local", "remote", "job", "user", "dir"); err != nil {
		return nil, err
	}
	c := &Connection{}
	for _, k := range []string{"local", "remote"} {
		ap, err := netip.ParseAddrPort(m[k])
		if err != nil {
			return nil, fmt.Errorf("%s %q is not address:port (IPv6 as [addr]:port)", k, m[k])
		}
		if ap.Port() == 0 {
			return nil, fmt.Errorf("%s %q: port 0 is no connection's port", k, m[k])
		}
		ap = netip.AddrPortFrom(ap.Addr().Unmap().WithZone(""), ap.Port())
		if k == "local" {
			c.Local = ap
		} else {
			c.Remote = ap
		}
	}
	if c.Local.Addr().Is4() != c.Remote.Addr().Is4() {
		return nil, fmt.Errorf("local and remote addresses are of different IP versions")
	}
	if c.Job, err = upperName("job", m["job"]); err != nil {
		return nil, err
	}
	if c.User, err = upperName("user", m["user"]); err != nil {
		return nil, err
	}
	if c.Inbound, err = parseDir(m["dir"]); err != nil {
		return nil, err
	}
	if v, ok := m["time"]; ok {
		if c.At, c.UTC, err = parseTime(v); err != nil {
			return nil, err
		}
		c.TimeText = v
	}
	return c, nil
}

// String renders the connection the way ParseConnection reads it.
func (c *Connection) String() string {
	dir := "outbound"
	if c.Inbound {
		dir = "inbound"
	}
	s := fmt.Sprintf("local=%s remote=%s job=%s user=%s dir=%s", c.Local, c.Remote, c.Job, c.User, dir)
	if c.TimeText != "" {
		s += " time=" + c.TimeText
	}
	return s
}

// Point returns the connection as a point of the AT-TLS space (time
// dimensions left at zero; time is matched apart).
func (c *Connection) Point() Point {
	p := make(Point, len(ATTLS.Dims))
	l, fam := addrPt(c.Local.Addr())
	r, _ := addrPt(c.Remote.Addr())
	p[AFamily] = P(uint64(fam))
	p[ALocal], p[ARemote] = l, r
	p[ALocalPort], p[ARemotePort] = P(uint64(c.Local.Port())), P(uint64(c.Remote.Port()))
	j, _ := encodeName(c.Job)
	u, _ := encodeName(c.User)
	p[AJob], p[AUser] = P(j), P(u)
	if !c.Inbound {
		p[ADirection] = P(1)
	}
	return p
}

// ParsePacket reads "src=ADDR[:PORT] dst=ADDR[:PORT] proto=tcp|udp|icmp|N
// dir=inbound|outbound [sport=N] [dport=N] [type=N] [code=N]
// [connect=inbound|outbound] [routing=local|routed] [secclass=N]
// [time=...]". connect says which side opened the TCP connection (the
// packet's direction when not given).
func ParsePacket(s string) (*Packet, error) {
	m, err := fields(s, "src", "dst", "proto", "sport", "dport", "type", "code", "dir", "connect", "routing", "secclass", "time")
	if err != nil {
		return nil, err
	}
	if err := need(m, "src", "dst", "proto", "dir"); err != nil {
		return nil, err
	}
	pk := &Packet{}
	addr := func(k string) (netip.Addr, uint16, bool, error) {
		v := m[k]
		if ap, err := netip.ParseAddrPort(v); err == nil {
			return ap.Addr().WithZone(""), ap.Port(), true, nil
		}
		a, err := netip.ParseAddr(v)
		if err != nil {
			return a, 0, false, fmt.Errorf("%s %q is not an address (or address:port)", k, v)
		}
		return a.WithZone(""), 0, false, nil
	}
	var sp, dp uint16
	var hasSP, hasDP bool
	if pk.Src, sp, hasSP, err = addr("src"); err != nil {
		return nil, err
	}
	if pk.Dst, dp, hasDP, err = addr("dst"); err != nil {
		return nil, err
	}
	if pk.Src.Is4() != pk.Dst.Is4() {
		return nil, fmt.Errorf("src and dst are of different IP versions")
	}
	n, ok := ProtocolNumber(m["proto"])
	if !ok {
		return nil, fmt.Errorf("proto %q is not a protocol name or number", m["proto"])
	}
	pk.Proto = n
	num := func(k string, max uint64) (uint64, bool, error) {
		v, ok := m[k]
		if !ok {
			return 0, false, nil
		}
		x, err := strconv.ParseUint(v, 10, 64)
		if err != nil || x > max {
			return 0, false, fmt.Errorf("%s %q is not a number from 0 to %d", k, v, max)
		}
		return x, true, nil
	}
	for _, x := range []struct {
		k    string
		into *uint16
		has  *bool
	}{{"sport", &sp, &hasSP}, {"dport", &dp, &hasDP}} {
		v, ok, err := num(x.k, 65535)
		if err != nil {
			return nil, err
		}
		if ok {
			*x.into, *x.has = uint16(v), true
		}
	}
	if n == 6 || n == 17 {
		if !hasSP || !hasDP {
			return nil, fmt.Errorf("a %s packet needs sport and dport (or src and dst as address:port)", protoName(n))
		}
		pk.SPort, pk.DPort = sp, dp
	} else if hasSP || hasDP {
		return nil, fmt.Errorf("ports are for tcp and udp packets only")
	}
	for _, x := range []struct {
		k    string
		into *uint8
	}{{"type", &pk.Type}, {"code", &pk.Code}} {
		v, ok, err := num(x.k, 255)
		if err != nil {
			return nil, err
		}
		if ok {
			*x.into = uint8(v)
		}
	}
	if pk.Inbound, err = parseDir(m["dir"]); err != nil {
		return nil, err
	}
	pk.ConnectInbound = pk.Inbound
	if v, ok := m["connect"]; ok {
		if pk.ConnectInbound, err = parseDir(v); err != nil {
			return nil, fmt.Errorf("connect: %v", err)
		}
	}
	switch strings.ToLower(m["routing"]) {
	case "", "local":
	case "routed":
		pk.Routed = true
	default:
		return nil, fmt.Errorf("routing %q is not local or routed", m["routing"])
	}
	if v, ok, err := num("secclass", 255); err != nil {
		return nil, err
	} else if ok {
		pk.SecClass = uint8(v)
	}
	if v, ok := m["time"]; ok {
		if pk.At, pk.UTC, err = parseTime(v); err != nil {
			return nil, err
		}
		pk.TimeText = v
	}
	return pk, nil
}

// String renders the packet the way ParsePacket reads it.
func (pk *Packet) String() string {
	b := []string{"src=" + pk.Src.String(), "dst=" + pk.Dst.String(), "proto=" + protoName(pk.Proto)}
	if pk.Proto == 6 || pk.Proto == 17 {
		b = append(b, fmt.Sprintf("sport=%d dport=%d", pk.SPort, pk.DPort))
	}
	if pk.Proto == 1 || pk.Proto == 58 {
		b = append(b, fmt.Sprintf("type=%d code=%d", pk.Type, pk.Code))
	}
	dir := map[bool]string{true: "inbound", false: "outbound"}
	b = append(b, "dir="+dir[pk.Inbound])
	if pk.Proto == 6 && pk.ConnectInbound != pk.Inbound {
		b = append(b, "connect="+dir[pk.ConnectInbound])
	}
	if pk.Routed {
		b = append(b, "routing=routed")
	}
	if pk.SecClass != 0 {
		b = append(b, fmt.Sprintf("secclass=%d", pk.SecClass))
	}
	if pk.TimeText != "" {
		b = append(b, "time="+pk.TimeText)
	}
	return strings.Join(b, " ")
}

// Point returns the packet as a point of the IP filter space.
func (pk *Packet) Point() Point {
	p := make(Point, len(IPFilter.Dims))
	s, fam := addrPt(pk.Src)
	d, _ := addrPt(pk.Dst)
	p[AFamily] = P(uint64(fam))
	p[FSource], p[FDest] = s, d
	p[FProtocol] = P(pk.Proto)
	p[FSourcePort], p[FDestPort] = P(uint64(pk.SPort)), P(uint64(pk.DPort))
	p[FType], p[FCode] = P(uint64(pk.Type)), P(uint64(pk.Code))
	if !pk.Inbound {
		p[FDirection] = P(1)
	}
	if !pk.ConnectInbound {
		p[FConnect] = P(1)
	}
	if pk.Routed {
		p[FRouting] = P(1)
	}
	p[FSecClass] = P(uint64(pk.SecClass))
	return p
}

// Step is one rule in the account of an evaluation.
type Step struct {
	Rule     string `json:"rule" yaml:"rule"`
	Priority int    `json:"priority,omitempty" yaml:"priority,omitempty"`
	Order    int    `json:"order" yaml:"order"`
	Why      string `json:"why" yaml:"why"`
}

// Result is what z/OS does with one connection or packet.
type Result struct {
	Connection string `json:"connection,omitempty" yaml:"connection,omitempty"`
	Packet     string `json:"packet,omitempty" yaml:"packet,omitempty"`
	// Set names the files read together (policy.Set.Name).
	Set string `json:"set,omitempty" yaml:"set,omitempty"`
	// Rule is the rule that wins; "" when none matches.
	Rule     string `json:"rule" yaml:"rule"`
	Priority int    `json:"priority,omitempty" yaml:"priority,omitempty"`
	Order    int    `json:"order,omitempty" yaml:"order,omitempty"`
	Via      string `json:"via,omitempty" yaml:"via,omitempty"`
	Action   string `json:"action,omitempty" yaml:"action,omitempty"`
	Outcome  string `json:"outcome" yaml:"outcome"`
	// Beats are the rules that also match but come later.
	Beats []Step `json:"beats,omitempty" yaml:"beats,omitempty"`
	// Undecided are rules ahead of the winner that may match: their time
	// window was not given, or their conditions are not known for sure.
	Undecided []Step `json:"undecided,omitempty" yaml:"undecided,omitempty"`
	// Skipped are rules ahead of the winner that do not match, first ones
	// first; SkippedMore counts those left out.
	Skipped     []Step   `json:"skipped,omitempty" yaml:"skipped,omitempty"`
	SkippedMore int      `json:"skippedMore,omitempty" yaml:"skippedMore,omitempty"`
	Notes       []string `json:"notes,omitempty" yaml:"notes,omitempty"`
	// Effective are the AT-TLS settings the connection gets; Settings the
	// filter action's.
	Effective *policy.Effective `json:"effective,omitempty" yaml:"effective,omitempty"`
	Settings  []*policy.Setting `json:"settings,omitempty" yaml:"settings,omitempty"`
}

// maxSkipped bounds the rules listed as not matching.
const maxSkipped = 20

type matchState int

const (
	noMatch matchState = iota
	maybeMatch
	yesMatch
)

// hasNonTime reports whether some cube holds p in every dimension but
// time.
func hasNonTime(s Space, p Point, tb int) bool {
	for _, c := range s {
		ok := true
		for d := 0; d < tb && ok; d++ {
			ok = c[d].Has(p[d])
		}
		if ok {
			return true
		}
	}
	return false
}

// state decides whether r matches p at the given time. why explains a
// noMatch or maybeMatch.
func state(r *Rule, p Point, at, utc *time.Time) (matchState, string) {
	tb := r.Family.timeBase()
	st := noMatch
	switch {
	case hasNonTime(r.Under, p, tb):
		st = yesMatch
	case hasNonTime(r.Over, p, tb):
		st = maybeMatch
	default:
		return noMatch, r.whyNot(p)
	}
	why := ""
	if st == maybeMatch {
		why = "may match: " + strings.Join(r.Notes, "; ")
	}
	if r.Time != nil {
		t := at
		if r.Time.UTC {
			t = utc
		}
		switch {
		case t == nil && at == nil:
			return maybeMatch, "matches when its time condition is in effect (" + r.Time.Describe() + "); give time= to decide"
		case t == nil:
			return maybeMatch, "matches when its UTC time condition is in effect (" + r.Time.Describe() + "); give time= with an offset to decide"
		case !r.Time.Matches(*t):
			return noMatch, r.Time.Label + " is not in effect then (" + r.Time.Describe() + ")"
		}
	}
	return st, why
}

// whyNot names the first condition of r that p fails.
func (r *Rule) whyNot(p Point) string {
	f := r.Family
	fam := p[AFamily]
	var cubes Space
	for _, c := range r.Over {
		if c[AFamily].Has(fam) {
			cubes = append(cubes, c)
		}
	}
	if r.Empty != "" {
		return "matches nothing: " + r.Empty
	}
	if len(cubes) == 0 {
		for _, c := range r.Conds {
			if d := c.Dims[0]; len(c.Dims) == 1 && f.Dims[d].kind == kAddr {
				return fmt.Sprintf("%s does not include %s %s", c.Text, f.Dims[d].Name, f.FormatValue(p, d))
			}
		}
		return fmt.Sprintf("it matches no %s addresses", f.FormatValue(p, AFamily))
	}
	if f == IPFilter {
		return filterWhyNot(cubes, p)
	}
	var svcConds []Cond
	for _, c := range r.Conds {
		if f.Dims[c.Dims[0]].Time {
			continue
		}
		if len(c.Dims) > 1 {
			svcConds = append(svcConds, c)
			continue
		}
		d := c.Dims[0]
		if !cubes.Project(d).Has(p[d]) {
			return fmt.Sprintf("%s does not include %s %s", c.Text, f.Dims[d].Name, f.FormatValue(p, d))
		}
	}
	if len(svcConds) > 0 {
		var vals []string
		for _, d := range serviceDims() {
			if d == FConnect && p[FProtocol] != P(6) || (d == FSourcePort || d == FDestPort) && p[FProtocol] != P(6) && p[FProtocol] != P(17) ||
				(d == FType || d == FCode) && p[FProtocol] != P(1) && p[FProtocol] != P(58) {
				continue
			}
			v := f.FormatValue(p, d)
			if d == FProtocol {
				v = protoName(p[d].L)
			}
			vals = append(vals, f.Dims[d].Name+" "+v)
		}
		what := "its service does"
		if len(svcConds) > 1 {
			what = "none of its services does"
		}
		return fmt.Sprintf("%s not match %s", what, strings.Join(vals, ", "))
	}
	return "its conditions do not match this combination"
}

// filterWhyNot says, for the packet's direction, which field of the
// packet no part of the rule takes (a bidirectional rule takes inbound
// packets with source and destination swapped).
func filterWhyNot(cubes Space, p Point) string {
	f := IPFilter
	dir := f.FormatValue(p, FDirection)
	var same Space
	for _, c := range cubes {
		if c[FDirection].Has(p[FDirection]) {
			same = append(same, c)
		}
	}
	if len(same) == 0 {
		return "it matches no " + dir + " packets"
	}
	fam := int(p[AFamily].L)
	for _, d := range []int{FSource, FDest, FProtocol, FSourcePort, FDestPort, FType, FCode, FConnect, FRouting, FSecClass} {
		proj := same.Project(d)
		if proj.Has(p[d]) {
			continue
		}
		v, want := f.FormatValue(p, d), f.FormatSet(d, proj, fam)
		if d == FProtocol {
			v = protoName(p[d].L)
			var ns []string
			for _, iv := range proj {
				for x := iv.Lo.L; x <= iv.Hi.L && len(ns) < 8; x++ {
					ns = append(ns, protoName(x))
				}
			}
			want = strings.Join(ns, ",")
		}
		return fmt.Sprintf("for %s packets it takes %s %s, not %s", dir, f.Dims[d].Name, want, v)
	}
	return "its conditions do not match this combination"
}

// Evaluate runs p through rules in order, as z/OS does: the first rule
// that matches wins. at and utc are the connection's time (nil when not
// given).
func Evaluate(rules []*Rule, p Point, at, utc *time.Time) *Result {
	res := &Result{}
	win := -1
	for i, r := range rules {
		st, why := state(r, p, at, utc)
		step := Step{Rule: r.Name, Priority: r.Priority, Order: r.Order, Why: why}
		if r.Via != "" {
			step.Why = strings.TrimSpace(step.Why + " (in " + r.Via + ")")
		}
		switch {
		case win < 0 && st == yesMatch:
			win = i
			w := r
			res.Rule, res.Priority, res.Order, res.Via = w.Name, w.Priority, w.Order, w.Via
		case win < 0 && st == maybeMatch:
			res.Undecided = append(res.Undecided, step)
		case win < 0:
			if len(res.Skipped) < maxSkipped {
				res.Skipped = append(res.Skipped, step)
			} else {
				res.SkippedMore++
			}
		case st != noMatch:
			step.Why = beatReason(rules[win], r)
			if st == maybeMatch {
				step.Why = "may also match (" + why + "); " + step.Why
			}
			res.Beats = append(res.Beats, step)
		}
	}
	return res
}

// beatReason says why w comes before r.
func beatReason(w, r *Rule) string {
	if w.Family == ATTLS {
		if w.Priority > r.Priority {
			return fmt.Sprintf("also matches, but its priority %d is lower than %s's %d", r.Priority, w.Name, w.Priority)
		}
		return fmt.Sprintf("also matches with the same priority %d; %s comes first because Policy Agent orders rules of one priority by name", r.Priority, w.Name)
	}
	return fmt.Sprintf("also matches, but stands later in the filter table (position %d, after %d)", r.Order, w.Order)
}

// ExplainConnection evaluates an AT-TLS connection against p.
func ExplainConnection(p *policy.Policy, rules []*Rule, c *Connection) *Result {
	if rules == nil {
		rules = ATTLSRules(p)
	}
	res := Evaluate(rules, c.Point(), c.At, c.UTC)
	res.Connection = c.String()
	if res.Rule == "" {
		res.Outcome = "no AT-TLS rule matches: the connection proceeds without AT-TLS"
		if len(res.Undecided) > 0 {
			res.Outcome = "no AT-TLS rule certainly matches: see undecided"
		}
		return res
	}
	res.Effective = p.Explain(res.Rule)
	res.Outcome = "AT-TLS rule " + res.Rule
	if res.Effective != nil {
		if en := res.Effective.Get("TTLSEnabled"); en != nil && strings.EqualFold(en.Value, "Off") {
			res.Outcome += " (TTLSEnabled Off: the connection is not protected)"
		}
	}
	sortSteps(res.Beats)
	return res
}

// ExplainPacket evaluates a packet against p's IP filter table.
func ExplainPacket(p *policy.Policy, rules []*Rule, pk *Packet) *Result {
	if rules == nil {
		rules = FilterRules(p)
	}
	res := Evaluate(rules, pk.Point(), pk.At, pk.UTC)
	res.Packet = pk.String()
	res.Notes = append(res.Notes, "defensive filters installed by the Defense Manager daemon are searched before these rules; znet does not see them")
	if res.Rule == "" {
		res.Outcome = "no filter rule matches: the implicit deny-all rule at the end of the filter table discards the packet"
		if len(rules) == 0 {
			res.Outcome = "the policy has no IP filter rules: Policy Agent treats an empty or missing IpFilterPolicy as an error and the stack's default filter policy stays in effect"
		}
		return res
	}
	w := rules[res.Order-1]
	res.Settings = FilterAction(p, w.Object)
	res.Action = w.Action
	res.Outcome = "IP filter rule " + w.Name
	if w.Action != "" {
		res.Outcome += ": " + w.Action
	}
	return res
}

func sortSteps(s []Step) {
	sort.SliceStable(s, func(i, j int) bool { return s[i].Order < s[j].Order })
}

// WhyNot says why the rule named name does not get point p: it does not
// match (and which condition fails), or a rule ahead of it matches first.
// "" when name wins or no rule has that name.
func WhyNot(rules []*Rule, name string, p Point, at, utc *time.Time) string {
	var target *Rule
	for _, r := range rules {
		if r.Name == name {
			target = r
		}
	}
	if target == nil {
		return ""
	}
	st, why := state(target, p, at, utc)
	if st == noMatch {
		return name + " does not match: " + why
	}
	for _, r := range rules {
		if r == target {
			break
		}
		if s, _ := state(r, p, at, utc); s == yesMatch {
			switch {
			case r.Family != ATTLS:
				return fmt.Sprintf("%s matches too, but %s stands earlier in the filter table (position %d, %s at %d)", name, r.Name, r.Order, name, target.Order)
			case r.Priority > target.Priority:
				return fmt.Sprintf("%s matches too, but %s comes first: its priority %d is higher than %d", name, r.Name, r.Priority, target.Priority)
			}
			return fmt.Sprintf("%s matches too, but %s comes first: same priority %d, and Policy Agent orders rules of one priority by name", name, r.Name, r.Priority)
		}
	}
	if st == maybeMatch {
		return name + " " + why
	}
	return ""
}
