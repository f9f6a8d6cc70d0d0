package tcpprofile

import (
	"fmt"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// The parameters of TCPCONFIG, IPCONFIG and IPCONFIG6. These statements
// take any number of parameters, in any order, over as many records as
// needed, so the grammar gives them every word up to the next statement
// keyword: a misspelled statement at the start of the next record is read
// as more parameters. Reading the words with these tables finds it.
//
// Names, minimum abbreviations (the capitalised part of IBM's spelling)
// and shapes (a flag, a keyword with one or two values, the optional
// parameters that may follow one) are from IBM's syntax diagrams, cited
// per table: verified. Value ranges are IBM's where the table says so
// (verified: a value outside is an error); elsewhere znet only checks the
// form IBM's placeholder names (seconds, number, buffer size) and warns.

// TCPCONFIG. IBM, IP Configuration Reference, "TCPCONFIG statement"
// (z/OS 3.1; the same diagram in 2.3 and 2.4): every name, abbreviation
// and shape below. Ranges verified from the same topic's parameter text:
// CONNECTINITINTERVAL 100-3000 ms, CONNECTTIMEOUT 5-190 s; SENDGARBAGE
// TRUE|FALSE is the diagram's. The buffer sizes take K (the diagram's
// default 256K); M is unverified and accepted. The other ranges could not
// be read (unverified): only whole numbers are expected, with a warning.
// MAXIMUMRETRANSMITTIME is left unchecked (IBM's "Netstat CONFIG/-f
// report" shows MaxReTransmitTime with decimals: 120.000). FINWAIT2, the name older IBM text uses, abbreviates
// FINWAIT2TIME.
var tcpconfigParams = []pspec{
	{name: "CONNECTINITINTERVAL", min: 8, kind: pValue, lo: 100, hi: 3000, verified: true},
	{name: "CONNECTTIMEOUT", min: 8, kind: pValue, lo: 5, hi: 190, verified: true},
	{name: "DELAYACKS", min: 6, kind: pFlag, group: "delayacks", verified: true},
	{name: "NODELAYACKS", min: 8, kind: pFlag, group: "delayacks", verified: true},
	{name: "AUTODELAYACKS", min: 10, kind: pFlag, group: "delayacks", verified: true},
	{name: "EPHEMERALPORTS", kind: pValue, n: 2, shape: vWhole, verified: true},
	{name: "FINWAIT2TIME", min: 4, kind: pValue, shape: vWhole, verified: true},
	{name: "FRRTHRESHOLD", min: 5, kind: pValue, shape: vWhole, verified: true},
	{name: "INTERVAL", min: 3, kind: pValue, shape: vWhole, verified: true},
	{name: "KEEPALIVEPROBEINTERVAL", min: 15, kind: pValue, shape: vWhole, verified: true},
	{name: "KEEPALIVEPROBES", kind: pValue, shape: vWhole, verified: true},
	{name: "MAXIMUMRETRANSMITTIME", min: 4, kind: pValue, verified: true},
	{name: "NAGLE", kind: pFlag, group: "nagle", verified: true},
	{name: "NONAGLE", kind: pFlag, group: "nagle", verified: true},
	{name: "QUEUEDRTT", min: 6, kind: pValue, shape: vWhole, verified: true},
	{name: "UNRESTRICTLOWPORTS", min: 11, kind: pFlag, group: "lowports", verified: true},
	{name: "RESTRICTLOWPORTS", min: 9, kind: pFlag, group: "lowports", verified: true},
	{name: "RETRANSMITATTEMPTS", min: 11, kind: pValue, shape: vWhole, verified: true},
	{name: "NOSELECTIVEACK", kind: pFlag, group: "sack", verified: true},
	{name: "SELECTIVEACK", kind: pFlag, group: "sack", verified: true},
	{name: "SENDGARBAGE", min: 5, kind: pValue, enum: []string{"TRUE", "FALSE"}, verified: true},
	{name: "TCPMAXRCVBUFRSIZE", min: 10, kind: pValue, shape: vSize, verified: true},
	{name: "TCPMAXSENDBUFRSIZE", min: 11, kind: pValue, shape: vSize, verified: true},
	{name: "TCPRCVBUFRSIZE", min: 7, kind: pValue, shape: vSize, verified: true},
	{name: "TCPSENDBFRSIZE", min: 8, kind: pValue, shape: vSize, verified: true},
	{name: "TCPTIMESTAMP", min: 7, kind: pFlag, group: "timestamp", verified: true},
	{name: "NOTCPTIMESTAMP", min: 9, kind: pFlag, group: "timestamp", verified: true},
	{name: "TIMEWAITINTERVAL", min: 9, kind: pValue, shape: vWhole, verified: true},
	{name: "NOTTLS", kind: pFlag, group: "ttls", verified: true},
	{name: "TTLS", kind: pFlag, group: "ttls", verified: true},
}

// Parameters shared by IPCONFIG and IPCONFIG6, as both diagrams draw
// them: DATAGRAMFWD [NOFWDMULTIPATH | FWDMULTIPATH PERPACKET] (PERPACKET
// is read as optional), MULTIPATH [PERCONNECTION | PERPACKET], and
// DYNAMICXCF's optional SECCLASS n, SMCD | NOSMCD and SOURCEVIPAINTERFACE
// name. SECCLASS's range 1-255 is unverified (the diagram's default is
// 255), as on INTERFACE.
var (
	cfgDatagramFwd = []pspec{
		{name: "DATAGRAMFWD", min: 6, kind: pFlag, group: "fwd", verified: true, sub: []pspec{
			{name: "NOFWDMULTIPATH", min: 9, kind: pFlag, group: "fwdmultipath", verified: true},
			{name: "FWDMULTIPATH", min: 7, kind: pFlag, group: "fwdmultipath", verified: true, sub: []pspec{
				{name: "PERPACKET", min: 4, kind: pFlag, verified: true},
			}},
		}},
		{name: "NODATAGRAMFWD", min: 8, kind: pFlag, group: "fwd", verified: true},
	}
	cfgMultipath = []pspec{
		{name: "NOMULTIPATH", kind: pFlag, group: "multipath", verified: true},
		{name: "MULTIPATH", kind: pFlag, group: "multipath", verified: true, sub: []pspec{
			{name: "PERCONNECTION", min: 4, kind: pFlag, group: "multipathmode", verified: true},
			{name: "PERPACKET", min: 4, kind: pFlag, group: "multipathmode", verified: true},
		}},
	}
	cfgXCFSub = []pspec{
		number("SECCLASS", 1, 255, false),
		{name: "SMCD", kind: pFlag, group: "xcfsmcd", verified: true},
		{name: "NOSMCD", kind: pFlag, group: "xcfsmcd", verified: true},
		{name: "SOURCEVIPAINTERFACE", min: len("SOURCEVIPAINT"), kind: pValue, verified: true},
	}
)

// IPCONFIG. IBM, IP Configuration Reference, "IPCONFIG statement" (z/OS
// 2.4): every name, abbreviation and shape below but the last two; ARPTO's
// range 60-86400 from the same topic (verified); FORMAT LONG|SHORT is the
// diagram's. DYNAMICXCF takes address, mask (or address/bits) and cost
// metric, also per "Dynamic XCF for IPv4 addresses" (IP Configuration
// Guide 2.2) and IBM's example "IPCONFIG SYSPLEXROUTING SOURCEVIPA
// TCPSTACKSOURCEVIPA 201.2.10.11 DYNAMICXCF 193.9.200.1 255.255.255.240
// 1" (IP Configuration Guide 2.1, dynamic VIPA examples). QDIOPRIORITY
// follows IQDIOROUTING or QDIOACCELERATOR; its range (1-4) is unverified,
// as are TTL's (1-255, the IP header's) and the others'. Parameters of
// older releases that the 2.4 diagram no longer shows are accepted
// without checks: CLAWUSEDOUBLENOP (the 2.1 diagram) and VARSUBNETTING
// (IBM's sample profile EZAEB025, in a public copy of an OS/390-era
// SAMPPROF: "IPCONFIG DATAGRAMFWD VARSUBNETTING SYSPLEXROUTING"); whether
// current releases still take them is unverified.
var ipconfigParams = configCat(
	[]pspec{
		{name: "ARPTO", kind: pValue, lo: 60, hi: 86400, verified: true},
		{name: "CHECKSUMOFFLOAD", min: 12, kind: pFlag, group: "checksum", verified: true},
		{name: "NOCHECKSUMOFFLOAD", min: 14, kind: pFlag, group: "checksum", verified: true},
	},
	cfgDatagramFwd,
	[]pspec{
		{name: "DEVRETRYDURATION", min: 11, kind: pValue, shape: vWhole, verified: true},
		{name: "NODYNAMICXCF", kind: pFlag, group: "xcf", verified: true},
		{name: "DYNAMICXCF", kind: pXCF, group: "xcf", verified: true, sub: cfgXCFSub},
		{name: "FORMAT", min: 4, kind: pValue, enum: []string{"LONG", "SHORT"}, verified: true},
		{name: "IGNOREREDIRECT", min: 7, kind: pFlag, verified: true},
		{name: "IPSECURITY", kind: pFlag, verified: true},
		{name: "NOIQDIOROUTING", min: 8, kind: pFlag, group: "iqdio", verified: true},
		{name: "IQDIOROUTING", min: 6, kind: pFlag, group: "iqdio", verified: true, sub: cfgQDIOPriority},
	},
	cfgMultipath,
	[]pspec{
		{name: "NOPATHMTUDISCOVERY", min: 13, kind: pFlag, group: "pmtu", verified: true},
		{name: "PATHMTUDISCOVERY", min: 11, kind: pFlag, group: "pmtu", verified: true},
		{name: "NOQDIOACCELERATOR", min: 11, kind: pFlag, group: "qdioaccel", verified: true},
		{name: "QDIOACCELERATOR", min: 9, kind: pFlag, group: "qdioaccel", verified: true, sub: cfgQDIOPriority},
		{name: "REASSEMBLYTIMEOUT", min: 9, kind: pValue, shape: vWhole, verified: true},
		{name: "NOSEGMENTATIONOFFLOAD", min: 18, kind: pFlag, group: "segoffload", verified: true},
		{name: "SEGMENTATIONOFFLOAD", min: 16, kind: pFlag, group: "segoffload", verified: true},
		{name: "NOSOURCEVIPA", kind: pFlag, group: "sourcevipa", verified: true},
		{name: "SOURCEVIPA", kind: pFlag, group: "sourcevipa", verified: true},
		{name: "NOSYSPLEXROUTING", min: 10, kind: pFlag, group: "sysplexrouting", verified: true},
		{name: "SYSPLEXROUTING", min: 8, kind: pFlag, group: "sysplexrouting", verified: true},
		{name: "NOTCPSTACKSOURCEVIPA", min: 17, kind: pFlag, group: "tcpstacksvipa", verified: true},
		{name: "TCPSTACKSOURCEVIPA", min: 15, kind: pValue, addr: true, group: "tcpstacksvipa", verified: true},
		number("TTL", 1, 255, false),
		{name: "CLAWUSEDOUBLENOP", min: 8, kind: pFlag},
		{name: "VARSUBNETTING", kind: pFlag},
	},
)

var cfgQDIOPriority = []pspec{{name: "QDIOPRIORITY", min: 5, kind: pValue, lo: 1, hi: 4}}

// IPCONFIG6. IBM, IP Configuration Reference, "IPCONFIG6 statement"
// (z/OS 3.2; the 2.1 dynamic VIPA example "IPCONFIG6 DYNAMICXCF
// 2001:0DB8::151:0001 INTFID 6:7:8:9 SOURCEVIPAINT SVIPA1 SOURCEVIPA
// TCPSTACKSOURCEVIPA DVIPA1" agrees): every name, abbreviation and shape
// below. DYNAMICXCF takes an IPv6 address (or address/prefix length),
// then INTFID and the options it shares with IPCONFIG. TCPSTACKSOURCEVIPA
// names an interface. TEMPADDRS takes PREFLIFETIME and VALIDLIFETIME
// (hours; the diagram writes the default valid lifetime 7*24, so their
// values are left unchecked). The ranges of HOPLIMIT (1-255, the IPv6
// header's), OSMSECCLASS (1-255, as SECCLASS) and ICMPERRORLIMIT are
// unverified.
var ipconfig6Params = configCat(
	[]pspec{
		{name: "CHECKSUMOFFLOAD", min: 12, kind: pFlag, group: "checksum", verified: true},
		{name: "NOCHECKSUMOFFLOAD", min: 14, kind: pFlag, group: "checksum", verified: true},
	},
	cfgDatagramFwd,
	[]pspec{
		{name: "NODYNAMICXCF", kind: pFlag, group: "xcf", verified: true},
		{name: "DYNAMICXCF", kind: pXCF, group: "xcf", verified: true,
			sub: configCat([]pspec{{name: "INTFID", kind: pValue, verified: true}}, cfgXCFSub)},
		{name: "HOPLIMIT", min: 4, kind: pValue, lo: 1, hi: 255},
		{name: "ICMPERRORLIMIT", min: 5, kind: pValue, shape: vWhole, verified: true},
		{name: "IGNOREREDIRECT", min: 7, kind: pFlag, verified: true},
		{name: "NOIGNOREROUTERHOPLIMIT", min: 15, kind: pFlag, group: "routerhoplimit", verified: true},
		{name: "IGNOREROUTERHOPLIMIT", min: 13, kind: pFlag, group: "routerhoplimit", verified: true},
		{name: "IPSECURITY", kind: pFlag, verified: true},
		number("OSMSECCLASS", 1, 255, false),
	},
	cfgMultipath,
	[]pspec{
		{name: "R1COMPLIANCE", kind: pFlag, group: "r1compliance", verified: true},
		{name: "NOR1COMPLIANCE", kind: pFlag, group: "r1compliance", verified: true},
		{name: "NOSEGMENTATIONOFFLOAD", min: 18, kind: pFlag, group: "segoffload", verified: true},
		{name: "SEGMENTATIONOFFLOAD", min: 16, kind: pFlag, group: "segoffload", verified: true},
		{name: "NOSOURCEVIPA", kind: pFlag, group: "sourcevipa", verified: true},
		{name: "SOURCEVIPA", kind: pFlag, group: "sourcevipa", verified: true},
		{name: "NOTCPSTACKSOURCEVIPA", min: 17, kind: pFlag, group: "tcpstacksvipa", verified: true},
		{name: "TCPSTACKSOURCEVIPA", min: 15, kind: pValue, group: "tcpstacksvipa", verified: true},
		{name: "NOTEMPADDRS", kind: pFlag, group: "tempaddrs", verified: true},
		{name: "TEMPADDRS", kind: pFlag, group: "tempaddrs", verified: true, sub: []pspec{
			{name: "PREFLIFETIME", kind: pValue, verified: true},
			{name: "VALIDLIFETIME", kind: pValue, verified: true},
		}},
	},
)

func configCat(parts ...[]pspec) []pspec {
	var out []pspec
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// configTable is the table of one of the three statements and the
// release of IBM's syntax it follows, for messages.
type configTable struct {
	params  []pspec
	release string
	names   []string // the parameters' and sub-parameters' names
}

var configTables = map[string]*configTable{
	"TCPCONFIG": {params: tcpconfigParams, release: "z/OS 3.1"},
	"IPCONFIG":  {params: ipconfigParams, release: "z/OS 2.4"},
	"IPCONFIG6": {params: ipconfig6Params, release: "z/OS 3.2"},
}

// configOrder is the order in which the statements' tables are searched
// for a parameter written on the wrong one.
var configOrder = []string{"TCPCONFIG", "IPCONFIG", "IPCONFIG6"}

// statementNames are the statements that may begin at the outermost level
// of a profile (grammar/profile's list), for did-you-mean.
var statementNames []string

func init() {
	for _, t := range configTables {
		for _, p := range exportTable(t.params) {
			t.names = append(t.names, p.Name)
		}
	}
	for _, k := range profile.Keywords() {
		if profile.BlockOf(k) == "" && !strings.HasPrefix(k, "END") {
			statementNames = append(statementNames, k)
		}
	}
}

// config reads TCPCONFIG, IPCONFIG and IPCONFIG6 with their tables.
func (m *Profile) config(s *profile.Statement) {
	c := &Config{Src: s, Verb: s.Name}
	m.Configs = append(m.Configs, c)
	for _, t := range s.Args() {
		u := strings.ToUpper(t.Text)
		switch {
		case s.Name == "TCPCONFIG" && (u == "TTLS" || u == "NOTTLS"):
		case s.Name != "TCPCONFIG" && (u == "IPSECURITY" || u == "SOURCEVIPA" || u == "NOSOURCEVIPA"):
		default:
			continue
		}
		v := m.value(s, t)
		v.Text = u
		c.Flags = append(c.Flags, v)
	}
	t := configTables[s.Name]
	pp := paramParser{m: m, st: s, what: s.Name, table: t.params, cfg: &configReader{stmt: s.Name, t: t}}
	c.Params = pp.parse(s.Args())
}

// ConfigParams reads a TCPCONFIG, IPCONFIG or IPCONFIG6 statement with its
// table, as Load does (its diagnostics aside), and returns the parameters
// read, in the order written; nil for another statement. The printer
// upper-cases their keywords.
func ConfigParams(s *profile.Statement) Params {
	if configTables[s.Name] == nil {
		return nil
	}
	m := &Profile{symbolsSeen: map[string]bool{}}
	m.config(s)
	return m.Configs[0].Params
}

// configReader reports the words of TCPCONFIG, IPCONFIG and IPCONFIG6
// that are no parameters of theirs.
type configReader struct {
	stmt string
	t    *configTable
}

// zosNote is what IBM says z/OS does after a word its syntax does not
// list: "Statement syntax for configuration statements" (IP Configuration
// Reference 2.3) says that a syntax error in a list of parameters makes
// z/OS ignore the rest of the list, though some statements skip only the
// entry in error. Which of the two TCPCONFIG, IPCONFIG and IPCONFIG6 do,
// and the message z/OS writes, znet could not verify.
const zosNote = "z/OS does not accept it, and after a syntax error in a parameter list it may ignore the rest of the statement " +
	"(IBM, \"Statement syntax for configuration statements\"; whether %s skips only the word in error is unverified)"

// unknown reports the word at s.i, which is no parameter of the
// statement, and skips the words after it that are no parameters either:
// they may be its values, or the arguments of a misspelled statement.
func (c *configReader) unknown(pp *paramParser, s *pstate, v Value) {
	switch {
	case v.Symbolic():
		// z/OS substitutes it: the words after it may be its values.
		pp.m.symbol(v, "a parameter")
		c.skip(pp, s)
		return
	case isPlaceholder(v.Text):
		c.skip(pp, s)
		return
	}
	word := v.Upper()
	first := c.beginsRecord(pp, s)
	for _, name := range configOrder {
		if name == c.stmt {
			continue
		}
		t := configTables[name].params
		other := matchParam(t, word)
		if other == nil {
			other = matchSub(t, word)
		}
		if other == nil {
			continue
		}
		pp.m.diag(v.Span, source.Warning, CodeUnknownParam,
			fmt.Sprintf("%s is a parameter of %s, not of %s", other.name, name, c.stmt),
			fmt.Sprintf("write it on the %s statement; "+zosNote, name, c.stmt))
		c.skip(pp, s)
		return
	}
	cands, stmt := c.suggest(word)
	var msg, hint string
	note := fmt.Sprintf(zosNote, c.stmt)
	switch {
	case len(cands) > 0:
		msg = fmt.Sprintf("%q is not a parameter of %s: did you mean %s?", v.Text, c.stmt, cands[0])
	default:
		msg = fmt.Sprintf("%q is not a parameter of %s in IBM's syntax (%s)", v.Text, c.stmt, c.t.release)
	}
	at := ""
	if first {
		at = word + " begins a record: "
	}
	switch {
	case stmt != "":
		hint = fmt.Sprintf("%sif it is meant as the %s statement, correct it: as written, it and the words after it are more "+
			"%s parameters, and no %s statement takes effect; %s", at, stmt, c.stmt, stmt, note)
	case len(cands) == 0 && first:
		hint = fmt.Sprintf("%sif it is meant as a statement, it is none znet knows: as written, it and the words after it are "+
			"more %s parameters; %s", at, c.stmt, note)
	default:
		hint = note
	}
	pp.m.diag(v.Span, source.Warning, CodeUnknownParam, msg, hint)
	c.skip(pp, s)
}

// beginsRecord reports whether the word at s.i is the first of its
// record.
func (c *configReader) beginsRecord(pp *paramParser, s *pstate) bool {
	prev := pp.st.Tokens[0].Line
	if s.i > 0 {
		prev = s.toks[s.i-1].Line
	}
	return s.toks[s.i].Line != prev
}

// skip passes over the words after an unknown one up to the next
// parameter: they may be its values, or the arguments of a misspelled
// statement. (Where records begin must not matter: the printer may break
// a statement's records differently, and the findings must stay.)
func (c *configReader) skip(pp *paramParser, s *pstate) {
	for {
		nx, ok := s.next()
		if !ok || pp.isParam(nx.Text) {
			return
		}
		s.i++
	}
}

// suggest returns the parameter of the statement or the statement of the
// profile that word is closest to as a misspelling (model.Suggest), and
// the same again when it is a statement. A word of three letters or more
// that begins a statement's name (STA for START) suggests that statement:
// z/OS takes no such abbreviation there.
func (c *configReader) suggest(word string) (cands []string, stmt string) {
	isStmt := func(n string) bool {
		for _, k := range statementNames {
			if k == n {
				return true
			}
		}
		return false
	}
	if len(word) >= 3 {
		for _, k := range statementNames {
			if len(word) < len(k) && strings.HasPrefix(k, word) {
				cands = append(cands, k)
				break
			}
		}
	}
	if len(cands) == 0 {
		cands = model.Suggest(word, append(append([]string{}, c.t.names...), statementNames...))
	}
	if len(cands) == 0 {
		return nil, ""
	}
	if isStmt(cands[0]) {
		return cands[:1], cands[0]
	}
	return cands[:1], ""
}
