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

// allParams is every parameter of every table, to tell a parameter used
// on the wrong statement from a misspelling.
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
}

// parse reads toks as parameters. It reports unknown parameters,
// conflicting ones and values that cannot be right.
func (pp *paramParser) parse(toks []profile.Token) Params {
	toks = withoutSeqNums(toks)
	out := make(Params, 0, len(toks)/2+1)
	// vals holds the values of every parameter; each Param's Values is a
	// slice of it (one allocation per statement, not per parameter).
	vals := make([]Value, 0, len(toks))
	// groups holds, per exclusive group, the parameter given (few: a
	// slice beats a map here).
	var groups [][2]string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		v := pp.m.value(pp.st, t)
		ps := matchParam(pp.table, v.Text)
		if ps == nil {
			switch other := matchParam(allParams, v.Text); {
			case v.Symbolic():
				pp.m.symbol(v, "a parameter")
			case isPlaceholder(v.Text):
			case other != nil:
				pp.m.diag(v.Span, source.Warning, CodeUnknownParam,
					fmt.Sprintf("%s is not a parameter of %s", other.name, pp.what),
					"it belongs to other statements or interface types; znet keeps the statement as written")
				if other.kind == pValue && i+1 < len(toks) && matchParam(pp.table, toks[i+1].Text) == nil {
					i++
				}
			default:
				pp.m.diag(v.Span, source.Warning, CodeUnknownParam,
					fmt.Sprintf("%q is not a parameter of %s as znet knows it", t.Text, pp.what),
					"check the spelling in the IP Configuration Reference; znet keeps the statement as written")
			}
			continue
		}
		p := Param{Name: ps.name, Key: v}
		start := len(vals)
		if ps.group != "" {
			seen := false
			for _, g := range groups {
				if g[0] == ps.group && g[1] != ps.name {
					pp.m.diag(v.Span, source.Error, CodeBadValue,
						fmt.Sprintf("%s conflicts with %s given before on %s", ps.name, g[1], pp.what),
						"give only one of them")
				}
				seen = seen || g[0] == ps.group
			}
			if !seen {
				groups = append(groups, [2]string{ps.group, ps.name})
			}
		}
		switch ps.kind {
		case pValue:
			if i+1 >= len(toks) || matchParam(pp.table, toks[i+1].Text) != nil {
				pp.m.diag(v.Span, source.Error, CodeMissing,
					fmt.Sprintf("%s needs a value", ps.name), "")
				break
			}
			i++
			val := pp.m.value(pp.st, toks[i])
			vals = append(vals, val)
			pp.check(ps, val)
		case pList:
			for i+1 < len(toks) && matchParam(pp.table, toks[i+1].Text) == nil {
				i++
				val := pp.m.value(pp.st, toks[i])
				vals = append(vals, val)
				pp.check(ps, val)
			}
			if len(vals) == start {
				pp.m.diag(v.Span, source.Error, CodeMissing, fmt.Sprintf("%s needs a value", ps.name), "")
			}
		case pVMAC:
			// VMAC [macaddr] [ROUTEALL|ROUTELCL]
			if i+1 < len(toks) && IsMAC(toks[i+1].Text) {
				i++
				vals = append(vals, pp.m.value(pp.st, toks[i]))
			}
			if i+1 < len(toks) && OneOf(toks[i+1].Text, VMACModes) {
				i++
				vals = append(vals, pp.m.value(pp.st, toks[i]))
			}
		case pInb:
			if i+1 >= len(toks) {
				pp.m.diag(v.Span, source.Error, CodeMissing, "INBPERF needs a value (BALANCED, DYNAMIC, MINCPU or MINLATENCY)", "")
				break
			}
			i++
			val := pp.m.value(pp.st, toks[i])
			vals = append(vals, val)
			switch val.Upper() {
			case "DYNAMIC":
				if i+1 < len(toks) && OneOf(toks[i+1].Text, InbperfQueues) {
					i++
					vals = append(vals, pp.m.value(pp.st, toks[i]))
				}
			case "BALANCED", "MINCPU", "MINLATENCY":
			default:
				if !val.Symbolic() {
					pp.m.diag(val.Span, source.Warning, CodeBadValue,
						fmt.Sprintf("INBPERF %s is not one of BALANCED, DYNAMIC, MINCPU, MINLATENCY", val.Text),
						"znet's list of INBPERF values is unverified beyond DYNAMIC")
				}
			}
		}
		if len(vals) > start {
			p.Values = vals[start:len(vals):len(vals)]
		}
		out = append(out, p)
	}
	return out
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
	}
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
	k := map[pkind]string{pFlag: "flag", pValue: "value", pList: "list", pVMAC: "vmac", pInb: "inbperf"}[p.kind]
	return ParamSpec{Name: p.name, Min: p.min, Kind: k, Enum: p.enum, Lo: p.lo, Hi: p.hi, Addr: p.addr, Group: p.group}
}

// Words reports whether the parameter takes one or two optional words
// (VMAC, INBPERF) rather than a fixed number of values.
func (p ParamSpec) Words() bool { return p.Kind == "vmac" || p.Kind == "inbperf" }

func exportTable(t []pspec) []ParamSpec {
	out := make([]ParamSpec, len(t))
	for i, p := range t {
		out[i] = exportSpec(p)
	}
	return out
}

// Parameters returns the parameters znet knows for statement stmt:
// DEVICE, LINK and INTERFACE (… DEFINE) by typ, their type (canonical,
// upper case); ROUTE and IPSEC (typ ""). ok is false when znet has no
// table for the statement or type (their words are kept as written).
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

// AllParameters lists every parameter of every table once, to tell a
// parameter written on the wrong statement from a misspelling.
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
