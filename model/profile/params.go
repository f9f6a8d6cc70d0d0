package tcpprofile

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
)

// pkind is the shape of a parameter.
type pkind uint8

const (
	pFlag  pkind = iota // the keyword alone
	pValue              // the keyword and one value
	pList               // the keyword and one or more values, up to the next parameter
	pVMAC               // VMAC [macaddr] [ROUTEALL|ROUTELCL]
	pInb                // INBPERF BALANCED|DYNAMIC [WORKLOADQ|NOWORKLOADQ]|MINCPU|MINLATENCY
	// pXCF is DYNAMICXCF's address: an IPv4 address takes a subnet mask
	// (or /bits) and a cost metric after it, an IPv6 address nothing.
	pXCF
)

// vshape is the form of a value whose range IBM's text, as far as znet
// could read it, does not give: znet only warns when a value does not
// have that form.
type vshape uint8

const (
	vAny   vshape = iota
	vWhole        // a whole number (seconds, a count)
	vSize         // a whole number of bytes, or of kilobytes (K) or megabytes (M): 256K
)

// pspec describes one parameter.
type pspec struct {
	name  string
	min   int // shortest abbreviation; 0: the full name only
	kind  pkind
	enum  []string // allowed values of a pValue
	group string   // parameters of one group exclude each other
	lo    int      // numeric range of the value, when hi > 0
	hi    int
	addr  bool // the value is an IP address
	n     int  // how many values a pValue takes; 0: one
	shape vshape
	// sub are parameters that may follow this one (and its values) and
	// belong to it: DATAGRAMFWD FWDMULTIPATH PERPACKET, DYNAMICXCF …
	// SECCLASS n. Written elsewhere in the statement they are accepted
	// too (IBM lets the parameters of these statements come in any
	// order; whether a sub-parameter may stand apart is unverified).
	sub []pspec
	// verified says the values (enumeration, range) were confirmed in
	// IBM's documentation (see the table's comment for the topic): a value
	// outside them is an error; otherwise a warning.
	verified bool
}

func flag(name, group string, verified bool) pspec {
	return pspec{name: name, kind: pFlag, group: group, verified: verified}
}

func value(name string, verified bool) pspec {
	return pspec{name: name, kind: pValue, verified: verified}
}

func number(name string, lo, hi int, verified bool) pspec {
	return pspec{name: name, kind: pValue, lo: lo, hi: hi, verified: verified}
}

func enum(name string, verified bool, vals ...string) pspec {
	return pspec{name: name, kind: pValue, enum: vals, verified: verified}
}

// OSA-Express QDIO options shared by LINK IPAQENET and INTERFACE
// IPAQENET/IPAQENET6. Sources: IBM, "INTERFACE - IPAQENET OSA-Express
// QDIO interfaces statement" (2.4, 3.2; the opening text names VMAC with
// ROUTEALL, PRIROUTER and SECROUTER); "Use the INTERFACE statement to
// configure IPv4 definitions" (2.1, 2.2: INBPERF DYNAMIC, PRIROUTER,
// IPADDR a.b.c.d/24, PORTNAME); IBM Washington Systems Center, "z/OS
// Communications Server use of Network Express Feature" (2026: MTU,
// VLANID, SECCLASS, MONSYSPLEX, IPBCAST, ISOLATE, SOURCEVIPAINTERFACE,
// TEMPIP, SMCR, SMCD, PFID, SMCRIPADDR, INBPERF DYNAMIC WORKLOADQ,
// READSTORAGE GLOBAL, OLM, DYNVLANREG, DEVNUM); TCPIPCS PROFILE sample
// output (2.2: SECCLASS 255, NOMONSYSPLEX). Those names are verified. The
// remaining values (INBPERF BALANCED/MINCPU/MINLATENCY, READSTORAGE
// MAX/AVG/MIN, VMAC ROUTELCL, NONROUTER, the NO… forms of ISOLATE, OLM and
// DYNVLANREG), the ranges (VLANID 1-4094, SECCLASS 1-255) and every
// minimum abbreviation are from the syntax reference and unverified:
// parameters are accepted in full only, and values outside the
// unverified sets are warnings, not errors.
var qdioCommon = []pspec{
	flag("PRIROUTER", "router", true), flag("SECROUTER", "router", true), flag("NONROUTER", "router", false),
	number("VLANID", 1, 4094, false),
	{name: "VMAC", kind: pVMAC, verified: true},
	{name: "INBPERF", kind: pInb, verified: true},
	enum("READSTORAGE", true, "GLOBAL", "MAX", "AVG", "MIN"),
	number("SECCLASS", 1, 255, false),
	flag("MONSYSPLEX", "monsysplex", true), flag("NOMONSYSPLEX", "monsysplex", true),
	flag("ISOLATE", "isolate", true), flag("NOISOLATE", "isolate", false),
	flag("OLM", "olm", true), flag("NOOLM", "olm", false),
	flag("DYNVLANREG", "dynvlanreg", true), flag("NODYNVLANREG", "dynvlanreg", false),
	flag("IPBCAST", "", true),
	number("MTU", 576, 65535, false),
}

// Parameters of INTERFACE … DEFINE by type. Sources as for qdioCommon;
// IPAQIDIO: "Use the INTERFACE statement to configure IPv4 definitions for
// HiperSockets" (2.2: CHPID FE, IPADDR /24, SOURCEVIPAINTERFACE, IPBCAST);
// VIRTUAL: "INTERFACE - VIRTUAL interfaces statement" (2.4: IPADDR only,
// one IPv4 address; verified); EQENET/EQENET6: the WSC Network Express
// deck (DEVNUM required, PORTNAME, CHPIDTYPE, PRIROUTER/SECROUTER,
// INBPERF, READSTORAGE, DYNVLANREG, OLM not supported); IPv6 types:
// INTFID and ADDADDR/DELADDR/DEPRADDR/ADDTEMPPREFIX/DELTEMPPREFIX from the
// same deck, DUPADDRDET and TEMPPREFIX from the syntax reference
// (unverified). CHPIDTYPE values OSD/OSX/OSM and PORTNUMBER are
// unverified.
var intfParams = map[string][]pspec{}

func init() {
	srcVIPA := pspec{name: "SOURCEVIPAINTERFACE", min: len("SOURCEVIPAINT"), kind: pValue, verified: true}
	smc := []pspec{flag("SMCR", "smcr", true), flag("NOSMCR", "smcr", false), flag("SMCD", "smcd", true),
		flag("NOSMCD", "smcd", true), value("PFID", true), {name: "SMCRIPADDR", kind: pValue, addr: true, verified: true}}
	osa := []pspec{value("PORTNAME", true), enum("CHPIDTYPE", false, "OSD", "OSX", "OSM"), value("CHPID", true),
		number("PORTNUMBER", 0, 1, false), value("DEVNUM", true), flag("TEMPIP", "", true), srcVIPA}
	v4 := []pspec{{name: "IPADDR", kind: pValue, addr: true, verified: true}}
	v6 := []pspec{{name: "IPADDR", kind: pList, addr: true, verified: true}, value("INTFID", true),
		number("DUPADDRDET", 0, 2, false), {name: "TEMPPREFIX", kind: pList, verified: false}}
	cat := func(parts ...[]pspec) []pspec {
		var out []pspec
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	intfParams["IPAQENET"] = cat(qdioCommon, osa, smc, v4)
	intfParams["IPAQENET6"] = cat(qdioCommon, osa, smc, v6)
	idio := []pspec{value("CHPID", true), number("VLANID", 1, 4094, false), {name: "VMAC", kind: pVMAC, verified: true},
		enum("READSTORAGE", true, "GLOBAL", "MAX", "AVG", "MIN"), number("SECCLASS", 1, 255, false),
		flag("MONSYSPLEX", "monsysplex", true), flag("NOMONSYSPLEX", "monsysplex", true),
		flag("IPBCAST", "", true), number("MTU", 576, 65535, false), srcVIPA}
	intfParams["IPAQIDIO"] = cat(idio, v4)
	intfParams["IPAQIDIO6"] = cat(idio, v6)
	intfParams["VIRTUAL"] = v4
	intfParams["VIRTUAL6"] = cat(v6[:2])
	eq := []pspec{value("DEVNUM", true), {name: "VMAC", kind: pVMAC, verified: true}, number("MTU", 576, 65535, false),
		number("VLANID", 1, 4094, false), number("SECCLASS", 1, 255, false),
		flag("MONSYSPLEX", "monsysplex", true), flag("NOMONSYSPLEX", "monsysplex", true),
		flag("IPBCAST", "", true), flag("ISOLATE", "isolate", true), flag("NOISOLATE", "isolate", false),
		flag("TEMPIP", "", true), srcVIPA}
	intfParams["EQENET"] = cat(eq, smc, v4)
	intfParams["EQENET6"] = cat(eq, smc, v6)
}

// intfRequired are the parameters an INTERFACE … DEFINE must have, by
// type (PORTNAME: "Copy the DEVICE name … on the PORTNAME parameter",
// IBM conversion topic; CHPID for HiperSockets, same topic; IPADDR for
// VIRTUAL "This parameter is required"; DEVNUM and IPADDR for EQENET,
// WSC deck). IPAQENET may name its port with DEVNUM instead of PORTNAME
// on z17 (WSC deck).
var intfRequired = map[string][]string{
	"IPAQENET":  {"PORTNAME|DEVNUM"},
	"IPAQENET6": {"PORTNAME|DEVNUM"},
	"IPAQIDIO":  {"CHPID"},
	"IPAQIDIO6": {"CHPID"},
	"VIRTUAL":   {"IPADDR"},
	"VIRTUAL6":  {"IPADDR"},
	"EQENET":    {"DEVNUM", "IPADDR"},
	"EQENET6":   {"DEVNUM"},
}

// Device options by type. DEVICE MPCIPA: "DEVICE and LINK - MPCIPA
// OSA-Express QDIO devices statement" and the z/OS basics example
// "DEVICE OSAEDEV1 MPCIPA PRIROUTER" (verified); AUTORESTART and
// NOAUTORESTART: TCPIPCS PROFILE sample output ("DEVice IUTSAMEH MPCPTP
// NOAUTORESTART", verified for MPCPTP, unverified for the other types).
var deviceParams = map[string][]pspec{
	"MPCIPA": {flag("PRIROUTER", "router", true), flag("SECROUTER", "router", true), flag("NONROUTER", "router", false),
		flag("AUTORESTART", "restart", false), flag("NOAUTORESTART", "restart", false)},
	"MPCPTP":  {flag("AUTORESTART", "restart", false), flag("NOAUTORESTART", "restart", true)},
	"LCS":     {flag("AUTORESTART", "restart", false), flag("NOAUTORESTART", "restart", false)},
	"CTC":     {flag("AUTORESTART", "restart", false), flag("NOAUTORESTART", "restart", false)},
	"VIRTUAL": {},
}

// LINK options by type. IPAQENET: qdioCommon. IPAQIDIO: the HiperSockets
// conversion example (IPBCAST, verified) and the IPAQIDIO interface set.
// MPCPTP: TCPIPCS PROFILE sample output ("LINK TOVTAM MPCPTP IUTSAMEH
// IFSPEED 4500000 CHECKSUM SECCLASS 255 NOMONSYSPLEX", verified). LCS and
// CTC options are from the syntax reference (unverified).
var linkParams = map[string][]pspec{
	"IPAQENET": qdioCommon,
	"IPAQIDIO": {number("VLANID", 1, 4094, false), {name: "VMAC", kind: pVMAC, verified: false},
		enum("READSTORAGE", false, "GLOBAL", "MAX", "AVG", "MIN"), number("SECCLASS", 1, 255, false),
		flag("MONSYSPLEX", "monsysplex", true), flag("NOMONSYSPLEX", "monsysplex", true), flag("IPBCAST", "", true),
		// MTU: accepted as on LINK IPAQENET and INTERFACE IPAQIDIO (unverified for LINK IPAQIDIO).
		number("MTU", 576, 65535, false)},
	"MPCPTP": {value("IFSPEED", true), value("IFHSPEED", false), flag("CHECKSUM", "checksum", true),
		flag("NOCHECKSUM", "checksum", false), number("SECCLASS", 1, 255, false),
		flag("MONSYSPLEX", "monsysplex", true), flag("NOMONSYSPLEX", "monsysplex", true)},
	"LCS": {value("IFSPEED", false), value("IFHSPEED", false), number("SECCLASS", 1, 255, false),
		flag("MONSYSPLEX", "monsysplex", true), flag("NOMONSYSPLEX", "monsysplex", true), flag("IPBCAST", "", false)},
	"CTC": {value("IFSPEED", false), value("IFHSPEED", false), number("SECCLASS", 1, 255, false),
		flag("MONSYSPLEX", "monsysplex", true), flag("NOMONSYSPLEX", "monsysplex", true)},
	"VIRTUAL": {},
}

// linkKinds maps a LINK type to the DEVICE type it needs. "ETHERor802.3"
// and "802.3" are the LCS link types of the syntax reference
// (unverified); the others are verified (TCPIPCS PROFILE sample, DEVICE
// and LINK topics).
var linkKinds = map[string]string{
	"IPAQENET": "MPCIPA", "IPAQIDIO": "MPCIPA", "MPCPTP": "MPCPTP",
	"ETHERNET": "LCS", "802.3": "LCS", "ETHEROR802.3": "LCS",
	"CTC": "CTC", "VIRTUAL": "VIRTUAL",
}

// ROUTE options. IBM, "Static route statements for z/OS TCPCS4" (IP
// Configuration Guide 2.1, 2.2): MTU n, REPL (so REPLACEABLE abbreviates
// to REPL), DEFAULT, DEFAULT6, "=" for a direct route (verified). The
// retransmission and gain options are from the syntax reference; their
// names match the TCPCONFIG statement's (MAXImumretransmittime, verified
// there) and are unverified for ROUTE.
var routeParams = []pspec{
	{name: "MTU", kind: pValue, verified: true},
	{name: "REPLACEABLE", min: 4, kind: pFlag, group: "repl", verified: true},
	{name: "NOREPLACEABLE", min: 6, kind: pFlag, group: "repl"},
	{name: "MAXIMUMRETRANSMITTIME", min: 4, kind: pValue},
	{name: "MINIMUMRETRANSMITTIME", min: 4, kind: pValue},
	{name: "ROUNDTRIPGAIN", min: 10, kind: pValue},
	{name: "VARIANCEGAIN", min: 9, kind: pValue},
	{name: "VARIANCEMULTIPLIER", min: 9, kind: pValue},
	{name: "DELAYACKS", min: 6, kind: pFlag, group: "delay"},
	{name: "NODELAYACKS", min: 8, kind: pFlag, group: "delay"},
}

// IPSEC block options and filter rule parameters. IBM, "IPSEC statement"
// (2.4), syntax diagram, verified: IPSEC [DVIPsec] [DVLOCALFLTR]
// [LOGENable|LOGDISable] [LOGImplicit|NOLOGImplicit]; IPSECRule src dest
// [NOLOG|LOG] [PROTOcol …] [ROUTING LOCAL|ROUTED [FRAGMENTSonly]|EITHER]
// [SECCLASS n] [DIRECtion BIDIrectional|INBound|OUTBound
// [INBConnect|OUTBConnect]]; PROTOcol * | TCP|6 | UDP|17 [SRCPort * | n [m]]
// [DESTport * | n [m]] | ICMP|1 [TYPE * | n [m]] [CODE * | n [m]] |
// OSPF|89 [TYPE * | t] | number. "Specify the parameters in the order
// shown". The IPv6 rule is analogous (ICMPV6, 58: unverified).
var ipsecParams = []pspec{
	{name: "DVIPSEC", min: 6, kind: pFlag, verified: true},
	{name: "DVLOCALFLTR", kind: pFlag, verified: true},
	{name: "LOGENABLE", min: 5, kind: pFlag, group: "log", verified: true},
	{name: "LOGDISABLE", min: 6, kind: pFlag, group: "log", verified: true},
	{name: "LOGIMPLICIT", min: 4, kind: pFlag, group: "implicit", verified: true},
	{name: "NOLOGIMPLICIT", min: 6, kind: pFlag, group: "implicit", verified: true},
}

// allParams is every parameter of the DEVICE, LINK, INTERFACE, ROUTE and
// IPSEC tables, to tell a parameter used on the wrong statement from a
// misspelling. The TCPCONFIG, IPCONFIG and IPCONFIG6 tables are not in
// it: their reader (config.go) tells their parameters apart itself.
var allParams []pspec

func init() {
	seen := map[string]bool{}
	add := func(t []pspec) {
		for _, p := range t {
			if !seen[p.name] {
				seen[p.name] = true
				allParams = append(allParams, p)
			}
		}
	}
	for _, k := range sortedKeys(intfParams) {
		add(intfParams[k])
	}
	for _, k := range sortedKeys(deviceParams) {
		add(deviceParams[k])
	}
	for _, k := range sortedKeys(linkParams) {
		add(linkParams[k])
	}
	add(routeParams)
	add(ipsecParams)
}

func sortedKeys(m map[string][]pspec) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// matchParam finds the parameter w spells in table.
func matchParam(table []pspec, w string) *pspec {
	u := strings.ToUpper(w)
	for i := range table {
		p := &table[i]
		if u == p.name || (p.min > 0 && len(u) >= p.min && len(u) < len(p.name) && strings.HasPrefix(p.name, u)) {
			return p
		}
	}
	return nil
}

// paramParser reads the parameters of one statement.
type paramParser struct {
	m     *Profile
	st    *profile.Statement
	what  string // "INTERFACE DEFINE IPAQENET", for messages
	table []pspec
	// cfg, when set, reads the statement as TCPCONFIG, IPCONFIG and
	// IPCONFIG6 need (see config.go): a word that is no parameter gets a
	// did-you-mean over the statement's parameters and the profile's
	// statements, and the words after it are taken as its values.
	cfg *configReader
}

// pstate is where the reading of a statement's words stands.
type pstate struct {
	toks []profile.Token
	i    int // the word being read
	out  Params
	// vals holds the values of every parameter; each Param's Values is a
	// slice of it (one allocation per statement, not per parameter).
	vals []Value
	// groups holds, per exclusive group, the parameter given (few: a
	// slice beats a map here).
	groups [][2]string
}

// next returns the word after the current one, and whether there is one.
func (s *pstate) next() (profile.Token, bool) {
	if s.i+1 < len(s.toks) {
		return s.toks[s.i+1], true
	}
	return profile.Token{}, false
}

// isParam reports whether w is a parameter of the table or one of its
// sub-parameters: where a parameter's values end.
func (pp *paramParser) isParam(w string) bool {
	return matchParam(pp.table, w) != nil || matchSub(pp.table, w) != nil
}

// matchSub finds the sub-parameter w spells among those of table's
// parameters (and theirs).
func matchSub(table []pspec, w string) *pspec {
	for i := range table {
		if len(table[i].sub) == 0 {
			continue
		}
		if p := matchParam(table[i].sub, w); p != nil {
			return p
		}
		if p := matchSub(table[i].sub, w); p != nil {
			return p
		}
	}
	return nil
}

// parse reads toks as parameters. It reports unknown parameters,
// conflicting ones and values that cannot be right.
func (pp *paramParser) parse(toks []profile.Token) Params {
	toks = withoutSeqNums(toks)
	s := &pstate{toks: toks, out: make(Params, 0, len(toks)/2+1), vals: make([]Value, 0, len(toks))}
	for ; s.i < len(toks); s.i++ {
		t := toks[s.i]
		v := pp.m.value(pp.st, t)
		ps := matchParam(pp.table, v.Text)
		if ps == nil {
			ps = matchSub(pp.table, v.Text)
		}
		if ps == nil {
			if pp.cfg != nil {
				pp.cfg.unknown(pp, s, v)
				continue
			}
			switch other := matchParam(allParams, v.Text); {
			case v.Symbolic():
				pp.m.symbol(v, "a parameter")
			case isPlaceholder(v.Text):
			case other != nil:
				pp.m.diag(v.Span, source.Warning, CodeUnknownParam,
					fmt.Sprintf("%s is not a parameter of %s", other.name, pp.what),
					"it belongs to other statements or interface types; znet keeps the statement as written")
				if nx, ok := s.next(); ok && other.kind == pValue && matchParam(pp.table, nx.Text) == nil {
					s.i++
				}
			default:
				pp.m.diag(v.Span, source.Warning, CodeUnknownParam,
					fmt.Sprintf("%q is not a parameter of %s as znet knows it", t.Text, pp.what),
					"check the spelling in the IP Configuration Reference; znet keeps the statement as written")
			}
			continue
		}
		pp.param(s, ps, v)
	}
	return s.out
}

// param reads parameter ps, written v, at s.i and the values and
// sub-parameters that follow it.
func (pp *paramParser) param(s *pstate, ps *pspec, v Value) {
	p := Param{Name: ps.name, Key: v}
	start := len(s.vals)
	if ps.group != "" {
		seen := false
		for _, g := range s.groups {
			if g[0] == ps.group && g[1] != ps.name {
				pp.m.diag(v.Span, source.Error, CodeBadValue,
					fmt.Sprintf("%s conflicts with %s given before on %s", ps.name, g[1], pp.what),
					"give only one of them")
			}
			seen = seen || g[0] == ps.group
		}
		if !seen {
			s.groups = append(s.groups, [2]string{ps.group, ps.name})
		}
	}
	// value takes the next word as a value when there is one that is no
	// parameter.
	value := func() (Value, bool) {
		nx, ok := s.next()
		if !ok || pp.isParam(nx.Text) {
			return Value{}, false
		}
		s.i++
		val := pp.m.value(pp.st, nx)
		s.vals = append(s.vals, val)
		return val, true
	}
	switch ps.kind {
	case pValue:
		n := max(ps.n, 1)
		for k := 0; k < n; k++ {
			val, ok := value()
			if !ok {
				what := "a value"
				if n > 1 {
					what = fmt.Sprintf("%d values", n)
				}
				pp.m.diag(v.Span, source.Error, CodeMissing, fmt.Sprintf("%s needs %s", ps.name, what), "")
				break
			}
			pp.check(ps, val)
		}
	case pList:
		for {
			val, ok := value()
			if !ok {
				break
			}
			pp.check(ps, val)
		}
		if len(s.vals) == start {
			pp.m.diag(v.Span, source.Error, CodeMissing, fmt.Sprintf("%s needs a value", ps.name), "")
		}
	case pVMAC:
		// VMAC [macaddr] [ROUTEALL|ROUTELCL]
		if nx, ok := s.next(); ok && IsMAC(nx.Text) {
			s.i++
			s.vals = append(s.vals, pp.m.value(pp.st, nx))
		}
		if nx, ok := s.next(); ok && OneOf(nx.Text, VMACModes) {
			s.i++
			s.vals = append(s.vals, pp.m.value(pp.st, nx))
		}
	case pInb:
		nx, ok := s.next()
		if !ok {
			pp.m.diag(v.Span, source.Error, CodeMissing, "INBPERF needs a value (BALANCED, DYNAMIC, MINCPU or MINLATENCY)", "")
			break
		}
		s.i++
		val := pp.m.value(pp.st, nx)
		s.vals = append(s.vals, val)
		switch val.Upper() {
		case "DYNAMIC":
			if nx, ok := s.next(); ok && OneOf(nx.Text, InbperfQueues) {
				s.i++
				s.vals = append(s.vals, pp.m.value(pp.st, nx))
			}
		case "BALANCED", "MINCPU", "MINLATENCY":
		default:
			if !val.Symbolic() {
				pp.m.diag(val.Span, source.Warning, CodeBadValue,
					fmt.Sprintf("INBPERF %s is not one of BALANCED, DYNAMIC, MINCPU, MINLATENCY", val.Text),
					"znet's list of INBPERF values is unverified beyond DYNAMIC")
			}
		}
	case pXCF:
		pp.xcf(ps, v, value)
	}
	if len(s.vals) > start {
		p.Values = s.vals[start:len(s.vals):len(s.vals)]
	}
	s.out = append(s.out, p)
	for len(ps.sub) > 0 {
		nx, ok := s.next()
		if !ok {
			break
		}
		sp := matchParam(ps.sub, nx.Text)
		if sp == nil {
			break
		}
		s.i++
		pp.param(s, sp, pp.m.value(pp.st, nx))
	}
}

// xcf reads DYNAMICXCF's address and what it takes after it: IPv4
// address subnet_mask cost_metric, IPv4 address/bits cost_metric, or
// an IPv6 address (IBM, "IPCONFIG statement" 2.4 and "IPCONFIG6
// statement" 3.2 syntax diagrams; "Dynamic XCF for IPv4 addresses" 2.2).
func (pp *paramParser) xcf(ps *pspec, v Value, value func() (Value, bool)) {
	val, ok := value()
	if !ok {
		pp.m.diag(v.Span, source.Error, CodeMissing, fmt.Sprintf("%s needs an IP address", ps.name), "")
		return
	}
	if val.Symbolic() {
		// Its family, so what follows, is unknown: the words up to the
		// next parameter are taken as its values.
		pp.m.symbol(val, "the address")
		for ok {
			_, ok = value()
		}
		return
	}
	a := parseAddr(val)
	switch {
	case !a.Valid():
		pp.m.diag(val.Span, source.Error, CodeBadValue, fmt.Sprintf("%s %s is not an IP address", ps.name, val.Text), "")
		for ok {
			_, ok = value()
		}
		return
	case a.IP.Is6():
		return
	case a.Prefix < 0:
		mask, ok := value()
		if !ok {
			pp.m.diag(v.Span, source.Error, CodeMissing,
				fmt.Sprintf("%s %s needs a subnet mask (or /bits) and a cost metric", ps.name, val.Text), "")
			return
		}
		if m := parseAddr(mask); !mask.Symbolic() && (!m.Valid() || !m.IP.Is4() || m.Prefix >= 0) {
			pp.m.diag(mask.Span, source.Error, CodeBadValue,
				fmt.Sprintf("%s %s: %s is not a subnet mask", ps.name, val.Text, mask.Text),
				"write the mask (255.255.255.0) or the address with /bits")
		}
	}
	cost, ok := value()
	if !ok {
		pp.m.diag(v.Span, source.Error, CodeMissing, fmt.Sprintf("%s %s needs a cost metric", ps.name, val.Text), "")
		return
	}
	pp.check(&pspec{name: ps.name + " cost metric", shape: vWhole}, cost)
}

// check validates one value of a parameter.
// The words VMAC and INBPERF take besides a MAC address: VMAC
// [macaddr] [ROUTEALL|ROUTELCL]; INBPERF BALANCED|DYNAMIC
// [WORKLOADQ|NOWORKLOADQ]|MINCPU|MINLATENCY (sources: qdioCommon).
var (
	VMACModes     = []string{"ROUTEALL", "ROUTELCL"}
	InbperfValues = []string{"BALANCED", "DYNAMIC", "MINCPU", "MINLATENCY"}
	InbperfQueues = []string{"WORKLOADQ", "NOWORKLOADQ"}
)

// OneOf reports whether w is one of the upper-case keywords kws, in any
// case.
func OneOf(w string, kws []string) bool {
	for _, k := range kws {
		if strings.EqualFold(w, k) {
			return true
		}
	}
	return false
}

func (pp *paramParser) check(ps *pspec, v Value) {
	if v.Symbolic() {
		return
	}
	sev := source.Error
	if !ps.verified {
		sev = source.Warning
	}
	switch {
	case len(ps.enum) > 0:
		u := v.Upper()
		for _, e := range ps.enum {
			if u == e {
				return
			}
		}
		pp.m.diag(v.Span, sev, CodeBadValue,
			fmt.Sprintf("%s %s is not one of %s", ps.name, v.Text, strings.Join(ps.enum, ", ")), "")
	case ps.hi > 0:
		n, err := strconv.Atoi(v.Text)
		if err != nil || n < ps.lo || n > ps.hi {
			pp.m.diag(v.Span, sev, CodeBadValue,
				fmt.Sprintf("%s %s is not a number from %d to %d", ps.name, v.Text, ps.lo, ps.hi), "")
		}
	case ps.addr:
		if a := parseAddr(v); !a.Valid() {
			pp.m.diag(v.Span, source.Error, CodeBadValue,
				fmt.Sprintf("%s %s is not an IP address", ps.name, v.Text), "")
		}
	case ps.shape == vWhole && !isWhole(v.Text):
		pp.m.diag(v.Span, source.Warning, CodeBadValue,
			fmt.Sprintf("%s %s is not a whole number", ps.name, v.Text), "")
	case ps.shape == vSize && !isSize(v.Text):
		pp.m.diag(v.Span, source.Warning, CodeBadValue,
			fmt.Sprintf("%s %s is not a size (a number of bytes, or a number followed by K or M)", ps.name, v.Text), "")
	}
}

// isWhole reports whether s is a whole number: digits only.
func isWhole(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// isSize reports whether s is a number of bytes, with K or M allowed
// after it (IBM writes the TCPCONFIG buffer sizes' defaults 256K and
// 65536).
func isSize(s string) bool {
	if n := len(s); n > 1 && (s[n-1] == 'K' || s[n-1] == 'k' || s[n-1] == 'M' || s[n-1] == 'm') {
		s = s[:n-1]
	}
	return isWhole(s)
}

// IsMAC reports whether s is a MAC address as VMAC takes it: 12
// hexadecimal digits.
func IsMAC(s string) bool {
	if len(s) != 12 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// ParamSpec describes one parameter of a statement as the tables above
// have it, for the other representations of the profile (the YAML of
// model/desired, the JSON Schema). The tables stay the single source.
type ParamSpec struct {
	Name string // IBM's spelling, upper case
	Min  int    // shortest abbreviation z/OS accepts; 0: the full name only
	// Kind is "flag" (the keyword alone), "value" (one value), "list"
	// (one or more values), "vmac" (VMAC [macaddr] [ROUTEALL|ROUTELCL]) or
	// "inbperf" (INBPERF DYNAMIC [WORKLOADQ]): Words says whether a kind
	// takes one or two optional words.
	Kind   string
	Enum   []string // allowed values of a "value"
	Lo, Hi int      // numeric range, when Hi > 0
	Addr   bool     // the value is an IP address
	Group  string   // parameters of one group exclude each other
}

func exportSpec(p pspec) ParamSpec {
	k := map[pkind]string{pFlag: "flag", pValue: "value", pList: "list", pVMAC: "vmac", pInb: "inbperf", pXCF: "list"}[p.kind]
	if p.kind == pValue && p.n > 1 {
		k = "list" // EPHEMERALPORTS low high
	}
	return ParamSpec{Name: p.name, Min: p.min, Kind: k, Enum: p.enum, Lo: p.lo, Hi: p.hi, Addr: p.addr, Group: p.group}
}

// Words reports whether the parameter takes one or two optional words
// (VMAC, INBPERF) rather than a fixed number of values.
func (p ParamSpec) Words() bool { return p.Kind == "vmac" || p.Kind == "inbperf" }

// exportTable exports t, with the sub-parameters of its parameters
// (DATAGRAMFWD's FWDMULTIPATH, DYNAMICXCF's SECCLASS…) after them, each
// name once: a reader of the exported table then knows where values end.
func exportTable(t []pspec) []ParamSpec {
	out := make([]ParamSpec, 0, len(t))
	seen := map[string]bool{}
	var add func(t []pspec)
	add = func(t []pspec) {
		for _, p := range t {
			if !seen[p.name] {
				seen[p.name] = true
				out = append(out, exportSpec(p))
			}
			add(p.sub)
		}
	}
	add(t)
	return out
}

// Parameters returns the parameters znet knows for statement stmt:
// DEVICE, LINK and INTERFACE (… DEFINE) by typ, their type (canonical,
// upper case); ROUTE, IPSEC, TCPCONFIG, IPCONFIG and IPCONFIG6 (typ "";
// the sub-parameters of the last three, DATAGRAMFWD's FWDMULTIPATH and
// the like, are in the list after their parameter). ok is false when znet
// has no table for the statement or type (their words are kept as
// written).
func Parameters(stmt, typ string) (params []ParamSpec, ok bool) {
	var t []pspec
	switch stmt {
	case "DEVICE":
		t, ok = deviceParams[typ]
	case "LINK":
		t, ok = linkParams[typ]
	case "INTERFACE":
		t, ok = intfParams[typ]
	case "ROUTE":
		t, ok = routeParams, true
	case "IPSEC":
		t, ok = ipsecParams, true
	case "TCPCONFIG", "IPCONFIG", "IPCONFIG6":
		t, ok = configTables[stmt].params, true
	}
	return exportTable(t), ok
}

// Types lists the types of DEVICE, LINK or INTERFACE whose parameters znet
// knows, sorted.
func Types(stmt string) []string {
	switch stmt {
	case "DEVICE":
		return sortedKeys(deviceParams)
	case "LINK":
		return sortedKeys(linkParams)
	case "INTERFACE":
		return sortedKeys(intfParams)
	}
	return nil
}

// InterfaceActions lists the words that follow an INTERFACE statement's
// name (DEFINE, DELETE, ADDADDR…) as parameters: DEFINE takes the
// interface type, DELETE nothing, the address actions an address.
func InterfaceActions() []ParamSpec {
	out := make([]ParamSpec, len(interfaceActions))
	for i, a := range interfaceActions {
		k := "value"
		if a.name == "DELETE" {
			k = "flag"
		}
		out[i] = ParamSpec{Name: a.name, Min: a.min, Kind: k}
	}
	return out
}

// AllParameters lists every parameter of the DEVICE, LINK, INTERFACE,
// ROUTE and IPSEC tables once, to tell a parameter written on the wrong
// statement from a misspelling. (TCPCONFIG, IPCONFIG and IPCONFIG6 tell
// each other's parameters apart themselves: see config.go.)
func AllParameters() []ParamSpec { return exportTable(allParams) }

// MatchParameter returns the parameter of table that w spells (in any
// case, abbreviated no shorter than its Min), or nil.
func MatchParameter(table []ParamSpec, w string) *ParamSpec {
	u := strings.ToUpper(w)
	for i := range table {
		p := &table[i]
		if u == p.Name || (p.Min > 0 && len(u) >= p.Min && len(u) < len(p.Name) && strings.HasPrefix(p.Name, u)) {
			return p
		}
	}
	return nil
}
