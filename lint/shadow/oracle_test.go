package shadow

import (
	"fmt"
	"math/rand"
	"net/netip"
	"strings"
	"testing"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/match"
	"github.com/zosnet/znet/model/policy"
)

// The property tests generate small random policies with few distinct
// values per dimension, write them as native Policy Agent text, and
// compare the analysis with a brute-force oracle: the oracle has its own
// reading of each rule (written here, independently of model/match) and
// checks every connection of a universe that holds one representative of
// every region the rules' values can tell apart.

// ---- AT-TLS ----

type aRule struct {
	name           string
	prio           int // 0: not coded
	local, remote  string
	lport, rport   string
	job, user      string
	dir            string
	days           string // DayOfWeekMask, "" for none
	group, env     string
	localN, remN   func(netip.Addr) bool
	lportN, rportN func(int) bool
}

var (
	aLocals = []string{"", "", "", "10.0.0.0/30", "10.0.0.4/30", "10.0.0.2-10.0.0.5", "10.0.0.1", "2001:db8::/126", "grp:g1", "grp:g2", "All",
		"0.0.0.0/0", "0.0.0.0/0", "::/0", "::/0", "10.0.0.0/29"}
	aRemote = []string{"", "", "", "", "10.0.0.0/31", "2001:db8::/127", "All"}
	aLPorts = []string{"", "", "", "1", "1-3", "2-4", "3 5", "pg", "0", "0-3", "4-65535", "4-65535", "0-3"}
	aRPorts = []string{"", "", "", "1-2", "2", "3-6"}
	aJobs   = []string{"", "", "", "*", "A*", "AB*", "AB", "ABC", "B*", "A"}
	aUsers  = []string{"", "", "", "*", "U*", "U1", "U2"}
	aDirs   = []string{"Inbound", "Outbound", "Both", "Both"}
	aDays   = []string{"", "", "", "", "", "", "0111110", "0100000", "1000001", "1000001", "0111110"}
	aNames  = []string{"R1", "R2", "R3", "RA", "RB", "ra", "Z9", "A1", "B", "C7"}
)

func inPrefix(s string) func(netip.Addr) bool {
	p := netip.MustParsePrefix(s)
	return p.Contains
}

func addrMatcher(spec string) func(netip.Addr) bool {
	switch spec {
	case "", "All":
		return func(netip.Addr) bool { return true }
	case "grp:g1": // 10.0.0.0/31 and 10.0.0.6
		pf, x := netip.MustParsePrefix("10.0.0.0/31"), netip.MustParseAddr("10.0.0.6")
		return func(a netip.Addr) bool { return pf.Contains(a) || a == x }
	case "grp:g2": // 10.0.0.2 and 2001:db8::1
		x, y := netip.MustParseAddr("10.0.0.2"), netip.MustParseAddr("2001:db8::1")
		return func(a netip.Addr) bool { return a == x || a == y }
	}
	if strings.Contains(spec, "/") {
		return inPrefix(spec)
	}
	if lo, hi, ok := strings.Cut(spec, "-"); ok {
		l, h := netip.MustParseAddr(lo), netip.MustParseAddr(hi)
		return func(a netip.Addr) bool { return a.Is4() == l.Is4() && l.Compare(a) <= 0 && a.Compare(h) <= 0 }
	}
	x := netip.MustParseAddr(spec)
	return func(a netip.Addr) bool { return a == x }
}

func portMatcher(spec string) func(int) bool {
	switch spec {
	case "", "0":
		return func(int) bool { return true }
	case "pg": // 1 and 4-5
		return func(p int) bool { return p == 1 || p == 4 || p == 5 }
	}
	var lo, hi int
	if strings.ContainsAny(spec, "- ") {
		fmt.Sscanf(strings.NewReplacer("-", " ").Replace(spec), "%d %d", &lo, &hi)
	} else {
		fmt.Sscanf(spec, "%d", &lo)
		hi = lo
	}
	return func(p int) bool { return lo <= p && p <= hi }
}

func nameMatch(pat, name string) bool {
	if pat == "" || pat == "*" {
		return true
	}
	if strings.HasSuffix(pat, "*") {
		return strings.HasPrefix(name, strings.TrimSuffix(pat, "*"))
	}
	return pat == name
}

type aConn struct {
	local, remote netip.Addr
	lport, rport  int
	job, user     string
	inbound       bool
	weekday       int
}

func (r *aRule) matches(c aConn) bool {
	if !r.localN(c.local) || !r.remN(c.remote) || !r.lportN(c.lport) || !r.rportN(c.rport) {
		return false
	}
	if !nameMatch(r.job, c.job) || !nameMatch(r.user, c.user) {
		return false
	}
	if r.dir == "Inbound" && !c.inbound || r.dir == "Outbound" && c.inbound {
		return false
	}
	return r.days == "" || r.days[c.weekday] == '1'
}

func genATTLS(rng *rand.Rand) ([]*aRule, string) {
	n := 2 + rng.Intn(4)
	perm := rng.Perm(len(aNames))
	var rules []*aRule
	var b strings.Builder
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	mk := func(name string) *aRule {
		r := &aRule{name: name, local: pick(aLocals), remote: pick(aRemote), lport: pick(aLPorts), rport: pick(aRPorts),
			job: pick(aJobs), user: pick(aUsers), dir: pick(aDirs), days: pick(aDays), group: "gOn", env: pick([]string{"env1", "env2"})}
		if rng.Intn(5) == 0 {
			r.group, r.env = "gOff", ""
		}
		if rng.Intn(2) == 0 {
			r.prio = []int{1, 2, 5}[rng.Intn(3)]
		}
		// Rarely an empty port range or time window.
		switch rng.Intn(40) {
		case 0:
			r.days = "0000000"
		case 1:
			r.lport = "5-4"
		case 2:
			r.local = "10.0.0.5-10.0.0.2"
		}
		return r
	}
	var all []*aRule
	for i := 0; i < n; i++ {
		all = append(all, mk(aNames[perm[i]]))
	}
	// Often, two rules that split one dimension between them ahead of a
	// rule that does not limit it: a cover only the two together make.
	if rng.Intn(2) == 0 {
		base := mk("")
		s1, s2, r := *base, *base, *base
		s1.name, s2.name, r.name = "S1", "S2", "RZ"
		switch rng.Intn(4) {
		case 0:
			s1.local, s2.local, r.local = "0.0.0.0/0", "::/0", ""
		case 1:
			s1.lport, s2.lport, r.lport = "0-3", "4-65535", ""
		case 2:
			s1.days, s2.days, r.days = "0111110", "1000001", ""
		case 3:
			s1.dir, s2.dir, r.dir = "Inbound", "Outbound", "Both"
		}
		s1.prio, s2.prio, r.prio = 5, 5, 1
		if rng.Intn(3) == 0 {
			s2.env = "env1"
			s1.env = "env2"
		}
		all = append(all, &s1, &s2, &r)
	}
	for _, r := range all {
		r.localN, r.remN = addrMatcher(r.local), addrMatcher(r.remote)
		r.lportN, r.rportN = portMatcher(r.lport), portMatcher(r.rport)
		rules = append(rules, r)
		fmt.Fprintf(&b, "TTLSRule %s\n{\n", r.name)
		writeAddr := func(kw, spec string) {
			switch {
			case spec == "":
			case strings.HasPrefix(spec, "grp:"):
				fmt.Fprintf(&b, "  %sGroupRef %s\n", kw, spec[4:])
			default:
				fmt.Fprintf(&b, "  %s %s\n", kw, spec)
			}
		}
		writeAddr("LocalAddr", r.local)
		writeAddr("RemoteAddr", r.remote)
		switch r.lport {
		case "":
		case "pg":
			b.WriteString("  LocalPortGroupRef pg\n")
		default:
			fmt.Fprintf(&b, "  LocalPortRange %s\n", r.lport)
		}
		if r.rport != "" {
			fmt.Fprintf(&b, "  RemotePortRange %s\n", r.rport)
		}
		if r.job != "" {
			fmt.Fprintf(&b, "  Jobname %s\n", r.job)
		}
		if r.user != "" {
			fmt.Fprintf(&b, "  Userid %s\n", r.user)
		}
		fmt.Fprintf(&b, "  Direction %s\n", r.dir)
		if r.prio > 0 {
			fmt.Fprintf(&b, "  Priority %d\n", r.prio)
		}
		if r.days != "" {
			fmt.Fprintf(&b, "  IpTimeCondition\n  {\n    DayOfWeekMask %s\n  }\n", r.days)
		}
		fmt.Fprintf(&b, "  TTLSGroupActionRef %s\n", r.group)
		if r.env != "" {
			fmt.Fprintf(&b, "  TTLSEnvironmentActionRef %s\n", r.env)
		}
		b.WriteString("}\n")
	}
	b.WriteString(`IpAddrGroup g1
{
  IpAddrSet
  {
    Prefix 10.0.0.0/31
  }
  IpAddr
  {
    Addr 10.0.0.6
  }
}
IpAddr a2
{
  Addr 10.0.0.2
}
IpAddrGroup g2
{
  IpAddrRef a2
  IpAddr
  {
    Addr 2001:db8::1
  }
}
PortRange pr45
{
  Port 4-5
}
PortGroup pg
{
  PortRange
  {
    Port 1
  }
  PortRangeRef pr45
}
TTLSGroupAction gOn
{
  TTLSEnabled On
}
TTLSGroupAction gOff
{
  TTLSEnabled Off
}
TTLSEnvironmentAction env1
{
  HandshakeRole Server
  TTLSKeyringParms
  {
    Keyring SRV/RING
  }
}
TTLSEnvironmentAction env2
{
  HandshakeRole ServerWithClientAuth
  TTLSKeyringParms
  {
    Keyring SRV/RING
  }
}
`)
	return rules, b.String()
}

// aUniverse holds one connection per region the generated rules can tell
// apart.
func aUniverse() []aConn {
	v4 := []string{"10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.6", "10.0.0.7", "192.168.1.1"}
	v6 := []string{"2001:db8::", "2001:db8::1", "2001:db8::2", "2001:db8::99"}
	r4 := []string{"10.0.0.1", "10.0.0.9"}
	r6 := []string{"2001:db8::1", "2001:db8::9"}
	type pair struct{ l, r netip.Addr }
	var pairs []pair
	for _, l := range v4 {
		for _, r := range r4 {
			pairs = append(pairs, pair{netip.MustParseAddr(l), netip.MustParseAddr(r)})
		}
	}
	for _, l := range v6 {
		for _, r := range r6 {
			pairs = append(pairs, pair{netip.MustParseAddr(l), netip.MustParseAddr(r)})
		}
	}
	var out []aConn
	for _, pr := range pairs {
		for _, lp := range []int{1, 2, 3, 4, 5, 100} {
			for _, rp := range []int{1, 2, 3, 100} {
				for _, j := range []string{"A", "AB", "ABC", "ABD", "AC", "B", "C"} {
					for _, u := range []string{"U1", "U2", "U3", "V"} {
						for _, in := range []bool{true, false} {
							for _, wd := range []int{0, 1, 2} {
								out = append(out, aConn{pr.l, pr.r, lp, rp, j, u, in, wd})
							}
						}
					}
				}
			}
		}
	}
	return out
}

func (c aConn) text() string {
	dir := "outbound"
	if c.inbound {
		dir = "inbound"
	}
	return fmt.Sprintf("local=%s remote=%s job=%s user=%s dir=%s",
		netip.AddrPortFrom(c.local, uint16(c.lport)), netip.AddrPortFrom(c.remote, uint16(c.rport)), c.job, c.user, dir)
}

// fromText reads an example back into the oracle's terms.
func fromText(t *testing.T, s string) aConn {
	t.Helper()
	c, err := match.ParseConnection(s)
	if err != nil {
		t.Fatalf("example %q: %v", s, err)
	}
	wd := 1 // a Monday when no time is given: every generated mask either has Monday or is given a time
	if c.At != nil {
		wd = int(c.At.Weekday())
	}
	return aConn{c.Local.Addr(), c.Remote.Addr(), int(c.Local.Port()), int(c.Remote.Port()), c.Job, c.User, c.Inbound, wd}
}

type truth struct {
	empty, full, partial bool
}

// bitsets returns, per rule, which connections of the universe it
// matches.
func bitsets[R interface{ matches(C) bool }, C any](rules []R, universe []C) [][]uint64 {
	out := make([][]uint64, len(rules))
	for i, r := range rules {
		bs := make([]uint64, (len(universe)+63)/64)
		for k, c := range universe {
			if r.matches(c) {
				bs[k/64] |= 1 << (k % 64)
			}
		}
		out[i] = bs
	}
	return out
}

func oracle[R interface{ matches(C) bool }, C any](rules []R, universe []C) ([]truth, [][]uint64) {
	bs := bitsets(rules, universe)
	out := make([]truth, len(rules))
	ahead := make([]uint64, (len(universe)+63)/64)
	for i := range rules {
		seen, any, all := false, false, true
		for w, m := range bs[i] {
			if m == 0 {
				continue
			}
			seen = true
			cov := m & ahead[w]
			any = any || cov != 0
			all = all && cov == m
		}
		out[i] = truth{empty: !seen, full: seen && all, partial: seen && any && !all}
		for w := range ahead {
			ahead[w] |= bs[i][w]
		}
	}
	return out, bs
}

func firstMatch[R interface{ matches(C) bool }, C any](rules []R, c C) int {
	for i, r := range rules {
		if r.matches(c) {
			return i
		}
	}
	return -1
}

func TestPropertyATTLS(t *testing.T) {
	n := 150
	if testing.Short() {
		n = 40
	}
	universe := aUniverse()
	rng := rand.New(rand.NewSource(9))
	seen := map[string]int{}
	defer func() { checkSeen(t, seen, n) }()
	for k := 0; k < n; k++ {
		descs, text := genATTLS(rng)
		f, err := pagent.Parse("rand.conf", []byte(text))
		if err != nil || f.Diagnostics.HasErrors() {
			t.Fatalf("generated policy does not parse: %v %v\n%s", err, f.Diagnostics, text)
		}
		p := policy.Build([]*pagent.File{f}, model.R31)
		rules := match.ATTLSRules(p)
		byName := map[string]*aRule{}
		for _, d := range descs {
			byName[d.name] = d
		}
		ordered := make([]*aRule, len(rules))
		for i, r := range rules {
			ordered[i] = byName[r.Name]
		}
		want, bs := oracle(ordered, universe)
		checkExplainATTLS(t, p, ordered, universe, rng, text)
		got := map[string]map[Kind]Finding{}
		for _, fd := range Analyze(p) {
			if got[fd.Rule] == nil {
				got[fd.Rule] = map[Kind]Finding{}
			}
			got[fd.Rule][fd.Kind] = fd
		}
		fail := func(format string, a ...any) {
			t.Helper()
			t.Fatalf("policy %d: "+format+"\n%s", append(append([]any{k}, a...), text)...)
		}
		for i, r := range ordered {
			g := got[r.name]
			_, gEmpty := g[Unreachable]
			fFull, gFull := g[Full]
			fPart, gPart := g[Partial]
			if gEmpty != want[i].empty || gFull != want[i].full || gPart != want[i].partial {
				fail("rule %s: analysis empty=%v full=%v partial=%v, oracle %+v (findings %v)", r.name, gEmpty, gFull, gPart, want[i], g)
			}
			count(seen, g)
			if gFull {
				c := fromText(t, fFull.Example)
				if !r.matches(c) {
					fail("rule %s: example %s is not one of its connections", r.name, fFull.Example)
				}
				if w := firstMatch(ordered, c); w < 0 || ordered[w].name != fFull.Winner || w >= i {
					fail("rule %s: example %s goes to rule %d, not %s", r.name, fFull.Example, w, fFull.Winner)
				}
				checkCover(t, ordered, bs, i, fFull.By, fail)
			}
			if gPart {
				c := fromText(t, fPart.Example)
				if w := firstMatch(ordered, c); !r.matches(c) || w < 0 || ordered[w].name != fPart.Winner {
					fail("rule %s: partial example %s does not go to %s", r.name, fPart.Example, fPart.Winner)
				}
				if fPart.Reaches != "" {
					c := fromText(t, fPart.Reaches)
					if w := firstMatch(ordered, c); w != i && (r.days == "" || w >= 0) {
						fail("rule %s: %s does not reach it (goes to %d)", r.name, fPart.Reaches, w)
					}
				}
			}
			if ft, ok := g[Tie]; ok {
				c := fromText(t, ft.Example)
				w := firstMatch(ordered, c)
				if !r.matches(c) || w < 0 || ordered[w].name != ft.Winner || effPrio(ordered[w]) != effPrio(r) {
					fail("rule %s: tie example %s does not go to equal-priority %s", r.name, ft.Example, ft.Winner)
				}
			}
		}
	}
}

// count tallies the kinds of findings, multi-rule covers apart.
func count(seen map[string]int, g map[Kind]Finding) {
	for k, f := range g {
		seen[string(k)]++
		if k == Full && len(f.By) > 1 {
			seen["multi-rule cover"]++
		}
	}
}

// checkSeen fails when the random policies did not exercise every kind of
// verdict: a generator that drifted would make the property test weak.
func checkSeen(t *testing.T, seen map[string]int, n int) {
	t.Helper()
	t.Logf("%d policies: %v", n, seen)
	for _, k := range []string{string(Full), string(Partial), string(Unreachable), "multi-rule cover"} {
		if seen[k] < n/40 {
			t.Errorf("only %d %s findings in %d random policies; the generator no longer exercises them", seen[k], k, n)
		}
	}
}

func effPrio(r *aRule) int {
	if r.prio == 0 {
		return 1
	}
	return r.prio
}

// checkCover verifies that the rules named cover rule i on the universe and
// that none of them can be dropped.
func checkCover[R any](t *testing.T, rules []R, bs [][]uint64, i int, by []string, fail func(string, ...any)) {
	t.Helper()
	idx := map[string]int{}
	for k, r := range rules {
		idx[nameOf(r)] = k
	}
	covers := func(skip int) bool {
		for w, m := range bs[i] {
			var u uint64
			for k, b := range by {
				if k != skip {
					u |= bs[idx[b]][w]
				}
			}
			if m&^u != 0 {
				return false
			}
		}
		return true
	}
	if !covers(-1) {
		fail("cover %v of rule %d does not cover it", by, i)
	}
	if len(by) > 1 {
		for k := range by {
			if covers(k) {
				fail("cover %v of rule %d is not minimal: %s can go", by, i, by[k])
			}
		}
	}
}

func nameOf(r any) string {
	switch x := r.(type) {
	case *aRule:
		return x.name
	case *fRule:
		return x.name
	}
	return ""
}

// ---- IP filters ----

type fRule struct {
	name       string
	src, dst   string
	proto      string // "", "Tcp", "Udp", "Icmp"
	sport      string
	dport      string
	dir        string // Inbound, Outbound, Bidirectional
	routing    string // "", Local, Routed, Either
	action     string
	srcN, dstN func(netip.Addr) bool
	spN, dpN   func(int) bool
}

type fPacket struct {
	src, dst   netip.Addr
	proto      int
	sport      int
	dport      int
	inbound    bool
	routed     bool
	protoKnown bool
}

var protoNum = map[string]int{"Tcp": 6, "Udp": 17, "Icmp": 1}

func (r *fRule) matchOne(src, dst netip.Addr, sp, dp int, p fPacket) bool {
	if !r.srcN(src) || !r.dstN(dst) {
		return false
	}
	if r.proto != "" && protoNum[r.proto] != p.proto {
		return false
	}
	if (r.proto == "Tcp" || r.proto == "Udp") && (!r.spN(sp) || !r.dpN(dp)) {
		return false
	}
	switch r.routing {
	case "", "Local":
		return !p.routed
	case "Routed":
		return p.routed
	}
	return true
}

func (r *fRule) matches(p fPacket) bool {
	switch r.dir {
	case "Inbound":
		return p.inbound && r.matchOne(p.src, p.dst, p.sport, p.dport, p)
	case "Outbound":
		return !p.inbound && r.matchOne(p.src, p.dst, p.sport, p.dport, p)
	}
	// Bidirectional: as written for outbound packets, mirrored for inbound.
	if p.inbound {
		return r.matchOne(p.dst, p.src, p.dport, p.sport, p)
	}
	return r.matchOne(p.src, p.dst, p.sport, p.dport, p)
}

var (
	fAddrs  = []string{"", "", "10.0.0.0/30", "10.0.0.2-10.0.0.5", "10.0.0.1", "2001:db8::/127", "All", "0.0.0.0/0", "::/0"}
	fProtos = []string{"", "Tcp", "Tcp", "Udp", "Icmp"}
	fPorts  = []string{"", "", "", "1", "1-3", "2 4", "3-65535", "1", "1-3", "2 4", "5-4"}
	fDirs   = []string{"Inbound", "Outbound", "Bidirectional"}
	fRoutes = []string{"", "Local", "Routed", "Either"}
)

func genFilter(rng *rand.Rand) ([]*fRule, string) {
	n := 2 + rng.Intn(5)
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	var rules []*fRule
	var b strings.Builder
	b.WriteString("IpFilterPolicy\n{\n")
	mk := func(name string) *fRule {
		r := &fRule{name: name, src: pick(fAddrs), dst: pick(fAddrs), proto: pick(fProtos),
			sport: pick(fPorts), dport: pick(fPorts), dir: pick(fDirs), routing: pick(fRoutes), action: pick([]string{"permit", "deny"})}
		if strings.Contains(r.src, ":") != strings.Contains(r.dst, ":") && r.src != "" && r.dst != "" && r.src != "All" && r.dst != "All" && rng.Intn(10) > 0 {
			r.dst = ""
		}
		if r.proto != "Tcp" && r.proto != "Udp" {
			r.sport, r.dport = "", ""
		}
		return r
	}
	var all []*fRule
	for i := 0; i < n; i++ {
		all = append(all, mk(fmt.Sprintf("f%d", i+1)))
	}
	if rng.Intn(2) == 0 {
		base := mk("")
		s1, s2, r := *base, *base, *base
		s1.name, s2.name, r.name = "s1", "s2", "rz"
		switch rng.Intn(3) {
		case 0:
			s1.src, s2.src, r.src = "0.0.0.0/0", "::/0", ""
			s1.dst, s2.dst, r.dst = "", "", ""
		case 1:
			s1.dir, s2.dir, r.dir = "Inbound", "Outbound", "Bidirectional"
		case 2:
			s1.routing, s2.routing, r.routing = "Local", "Routed", "Either"
		}
		all = append(all, &s1, &s2, &r)
	}
	for _, r := range all {
		r.srcN, r.dstN = addrMatcher(r.src), addrMatcher(r.dst)
		r.spN, r.dpN = portMatcher(r.sport), portMatcher(r.dport)
		rules = append(rules, r)
		fmt.Fprintf(&b, "  IpFilterRuleRef %s\n", r.name)
	}
	b.WriteString("}\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "IpFilterRule %s\n{\n", r.name)
		if r.src != "" {
			fmt.Fprintf(&b, "  IpSourceAddr %s\n", r.src)
		}
		if r.dst != "" {
			fmt.Fprintf(&b, "  IpDestAddr %s\n", r.dst)
		}
		b.WriteString("  IpService\n  {\n")
		if r.proto != "" {
			fmt.Fprintf(&b, "    Protocol %s\n", r.proto)
		}
		if r.sport != "" {
			fmt.Fprintf(&b, "    SourcePortRange %s\n", r.sport)
		}
		if r.dport != "" {
			fmt.Fprintf(&b, "    DestinationPortRange %s\n", r.dport)
		}
		fmt.Fprintf(&b, "    Direction %s\n", r.dir)
		if r.routing != "" {
			fmt.Fprintf(&b, "    Routing %s\n", r.routing)
		}
		b.WriteString("  }\n")
		fmt.Fprintf(&b, "  IpGenericFilterActionRef %s\n}\n", r.action)
	}
	b.WriteString("IpGenericFilterAction permit\n{\n  IpFilterAction Permit\n}\nIpGenericFilterAction deny\n{\n  IpFilterAction Deny\n}\n")
	return rules, b.String()
}

func fUniverse() []fPacket {
	v4 := []string{"10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.6", "192.168.1.1"}
	v6 := []string{"2001:db8::", "2001:db8::1", "2001:db8::9"}
	var pairs [][2]netip.Addr
	for _, fam := range [][]string{v4, v6} {
		for _, s := range fam {
			for _, d := range fam {
				pairs = append(pairs, [2]netip.Addr{netip.MustParseAddr(s), netip.MustParseAddr(d)})
			}
		}
	}
	var out []fPacket
	for _, pr := range pairs {
		for _, proto := range []int{6, 17, 1, 50} {
			ports := []int{0}
			if proto == 6 || proto == 17 {
				ports = []int{1, 2, 3, 4, 100}
			}
			for _, sp := range ports {
				for _, dp := range ports {
					for _, in := range []bool{true, false} {
						for _, routed := range []bool{false, true} {
							out = append(out, fPacket{pr[0], pr[1], proto, sp, dp, in, routed, true})
						}
					}
				}
			}
		}
	}
	return out
}

func packetFromText(t *testing.T, s string) fPacket {
	t.Helper()
	pk, err := match.ParsePacket(s)
	if err != nil {
		t.Fatalf("example %q: %v", s, err)
	}
	return fPacket{pk.Src, pk.Dst, int(pk.Proto), int(pk.SPort), int(pk.DPort), pk.Inbound, pk.Routed, true}
}

func TestPropertyFilter(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 60
	}
	universe := fUniverse()
	rng := rand.New(rand.NewSource(11))
	seen := map[string]int{}
	defer func() { checkSeen(t, seen, n) }()
	for k := 0; k < n; k++ {
		rules, text := genFilter(rng)
		f, err := pagent.Parse("rand.conf", []byte(text))
		if err != nil || f.Diagnostics.HasErrors() {
			t.Fatalf("generated policy does not parse: %v %v\n%s", err, f.Diagnostics, text)
		}
		p := policy.Build([]*pagent.File{f}, model.R31)
		want, bs := oracle(rules, universe)
		checkExplainFilter(t, p, rules, universe, rng, text)
		got := map[string]map[Kind]Finding{}
		for _, fd := range Analyze(p) {
			if got[fd.Rule] == nil {
				got[fd.Rule] = map[Kind]Finding{}
			}
			got[fd.Rule][fd.Kind] = fd
		}
		fail := func(format string, a ...any) {
			t.Helper()
			t.Fatalf("policy %d: "+format+"\n%s", append(append([]any{k}, a...), text)...)
		}
		for i, r := range rules {
			g := got[r.name]
			_, gEmpty := g[Unreachable]
			fFull, gFull := g[Full]
			fPart, gPart := g[Partial]
			if gEmpty != want[i].empty || gFull != want[i].full || gPart != want[i].partial {
				fail("rule %s: analysis empty=%v full=%v partial=%v, oracle %+v (findings %v)", r.name, gEmpty, gFull, gPart, want[i], g)
			}
			count(seen, g)
			if gFull {
				c := packetFromText(t, fFull.Example)
				if w := firstMatch(rules, c); !r.matches(c) || w < 0 || rules[w].name != fFull.Winner {
					fail("rule %s: example %s does not go to %s", r.name, fFull.Example, fFull.Winner)
				}
				checkCover(t, rules, bs, i, fFull.By, fail)
			}
			if gPart {
				c := packetFromText(t, fPart.Example)
				if w := firstMatch(rules, c); !r.matches(c) || w < 0 || rules[w].name != fPart.Winner {
					fail("rule %s: partial example %s does not go to %s", r.name, fPart.Example, fPart.Winner)
				}
				if fPart.Reaches != "" {
					if w := firstMatch(rules, packetFromText(t, fPart.Reaches)); w != i {
						fail("rule %s: %s does not reach it (goes to %d)", r.name, fPart.Reaches, w)
					}
				}
			}
		}
	}
}

// checkExplainATTLS evaluates random connections of the universe the way
// `znet explain --connection` does and compares the winner with the
// oracle's first matching rule.
func checkExplainATTLS(t *testing.T, p *policy.Policy, rules []*aRule, universe []aConn, rng *rand.Rand, text string) {
	t.Helper()
	mrules := match.ATTLSRules(p)
	for k := 0; k < 100; k++ {
		c := universe[rng.Intn(len(universe))]
		// 2025-01-05 is a Sunday.
		s := fmt.Sprintf("%s time=2025-01-%02dT12:00", c.text(), 5+c.weekday)
		cn, err := match.ParseConnection(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		res := match.ExplainConnection(p, mrules, cn)
		want := ""
		if w := firstMatch(rules, c); w >= 0 {
			want = rules[w].name
		}
		if res.Rule != want {
			t.Fatalf("explain %s: %q, oracle %q\n%s", s, res.Rule, want, text)
		}
	}
}

func checkExplainFilter(t *testing.T, p *policy.Policy, rules []*fRule, universe []fPacket, rng *rand.Rand, text string) {
	t.Helper()
	mrules := match.FilterRules(p)
	for k := 0; k < 100; k++ {
		c := universe[rng.Intn(len(universe))]
		dir := map[bool]string{true: "inbound", false: "outbound"}[c.inbound]
		s := fmt.Sprintf("src=%s dst=%s proto=%d dir=%s", c.src, c.dst, c.proto, dir)
		if c.proto == 6 || c.proto == 17 {
			s += fmt.Sprintf(" sport=%d dport=%d", c.sport, c.dport)
		}
		if c.routed {
			s += " routing=routed"
		}
		pk, err := match.ParsePacket(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		res := match.ExplainPacket(p, mrules, pk)
		want := ""
		if w := firstMatch(rules, c); w >= 0 {
			want = rules[w].name
		}
		if res.Rule != want {
			t.Fatalf("explain %s: %q, oracle %q\n%s", s, res.Rule, want, text)
		}
	}
}
