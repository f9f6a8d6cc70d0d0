package profile

import (
	"sort"
	"strings"
)

// spec describes one statement keyword of the TCP/IP profile: its name,
// the minimum abbreviation, and what the grammar needs to know to find
// where the statement ends.
//
// Sources (IBM z/OS Communications Server: IP Configuration Reference,
// unless noted). Keywords are written in IBM's notation, the capitalised
// part being the shortest accepted abbreviation:
//
//   - "Statement syntax for configuration statements" (2.3): free format,
//     ';' comments, statements split across lines, END statements
//     terminate blocks such as AUTOLOG. Verified.
//   - DELETE statement (2.2): DELEte, DEVice, LINK, PORT, PORTRange.
//     Verified.
//   - INTERFACE - VIRTUAL interfaces statement (2.4): INTERFace, DEFINE,
//     DELEte, VIRTUAL, IPADDR; "The maximum length is 16 characters".
//     Verified.
//   - BSDROUTINGPARMS statement (2.2): BSDRoutingparms TRUE|FALSE.
//     Verified.
//   - IPSEC statement (2.4): IPSEC, IPSECRule, ENDIPSEC, DVIPsec,
//     LOGENable, LOGDISable, LOGImplicit, NOLOGImplicit. Verified.
//   - IPCONFIG statement (2.4): IPCONFig. IPCONFIG6 statement (3.2):
//     IPCONFIG6 (no abbreviation). TCPCONFIG statement (3.1): TCPCONFIG
//     (no abbreviation). Verified.
//   - IP Diagnosis Guide, "Sample output of the TCPIPCS PROFILE
//     subcommand" (2.2): IBM's own reconstructed profile spells AUTOLog,
//     ENDAUTOLog, DEVice, VIRTual. Verified.
//   - VIPADYNAMIC - VIPADELETE and VIPARANGE statements (2.1):
//     VIPADELete, VIPARange. Verified.
//   - IP Configuration Guide, "Static route statements for z/OS TCPCS4"
//     (2.1, 2.2): IBM writes BEGINRoutes, Route, EndRoutes. The minimum
//     abbreviations BEGINR and ENDR are read from that spelling:
//     unverified.
//
// Every other minimum is unverified: znet requires the full keyword in
// the middle of a statement, and accepts an abbreviation of it only where
// a statement must begin (see lenientMatch), with an info diagnostic.
type spec struct {
	Name string // canonical, upper case
	Min  int    // shortest accepted abbreviation; 0 means the full name
	// Verified says whether Min was confirmed in IBM's documentation.
	Verified bool
	// Forced is how many leading arguments are arguments even when they
	// look like statement keywords (names and types right after the
	// keyword), as long as they are on the keyword's record.
	Forced int
	// MaxArgs is the number of arguments the statement takes at most; a
	// further word starts a new (unknown) statement. -1: unlimited.
	MaxArgs int
	// Block is set for statements closed by an END statement.
	Block *blockSpec
	// Home marks the HOME list, read as address/name pairs.
	Home bool
	// Sub is set for statements that only appear inside a block; it
	// names the block.
	Sub string
}

// blockSpec is an END-terminated statement block. The statements a block
// may hold are the specs whose Sub names it.
type blockSpec struct {
	End string // the END keyword
	// Modeled blocks know every statement they may hold, so a statement
	// keyword that is not one of them, at the start of a record, means the
	// END statement is missing. In the other blocks (AUTOLOG, VIPADYNAMIC…)
	// statement names may be parameters (VIPADISTRIBUTE … PORT 20 21), so
	// only the END statement ends them, as on z/OS.
	Modeled bool
}

var (
	blkRoutes    = &blockSpec{End: "ENDROUTES", Modeled: true}
	blkIPSec     = &blockSpec{End: "ENDIPSEC", Modeled: true}
	blkBSD       = &blockSpec{End: "ENDBSDROUTINGPARMS", Modeled: true}
	blkAuto      = &blockSpec{End: "ENDAUTOLOG"}
	blkVIPA      = &blockSpec{End: "ENDVIPADYNAMIC"}
	blkNetAccess = &blockSpec{End: "ENDNETACCESS"}
	blkSrcIP     = &blockSpec{End: "ENDSRCIP"}
	blkDefAddr   = &blockSpec{End: "ENDDEFADDRTABLE"}
)

// specs are the statements of the TCP/IP profile znet knows. Statements
// that are not modelled are still recognised here, so that the statement
// before them ends where they begin; their contents are kept verbatim.
//
// The list of statement names follows the table of contents of the IP
// Configuration Reference (2.1, 2.2; "TCP/IP profile (PROFILE.TCPIP) and
// configuration statements"), verified for the names shown there:
// ARPAGE, ATMARPSV, ATMLIS, ATMPVC, AUTOLOG, BEGINROUTES, BSDROUTINGPARMS,
// DEFADDRTABLE, DELETE, DEVICE and LINK. The remaining names are from the
// syntax reference (shared/reference, section E) and unverified.
var specs = []*spec{
	{Name: "ARPAGE", MaxArgs: -1},
	{Name: "ATMARPSV", MaxArgs: -1},
	{Name: "ATMLIS", MaxArgs: -1},
	{Name: "ATMPVC", MaxArgs: -1},
	{Name: "AUTOLOG", Min: 5, Verified: true, MaxArgs: -1, Block: blkAuto},
	{Name: "BEGINROUTES", Min: 6, MaxArgs: -1, Block: blkRoutes},
	{Name: "BSDROUTINGPARMS", Min: 4, Verified: true, MaxArgs: -1, Block: blkBSD},
	{Name: "DATTRACE", MaxArgs: -1},
	{Name: "DEFADDRTABLE", MaxArgs: -1, Block: blkDefAddr},
	{Name: "DELETE", Min: 4, Verified: true, Forced: 2, MaxArgs: -1},
	{Name: "DEVICE", Min: 3, Verified: true, Forced: 2, MaxArgs: -1},
	{Name: "GATEWAY", MaxArgs: -1},
	{Name: "GLOBALCONFIG", MaxArgs: -1},
	{Name: "HOME", MaxArgs: -1, Home: true},
	{Name: "INCLUDE", Forced: 1, MaxArgs: 1},
	{Name: "INTERFACE", Min: 6, Verified: true, Forced: 2, MaxArgs: -1},
	{Name: "IPCONFIG", Min: 6, Verified: true, MaxArgs: -1},
	{Name: "IPCONFIG6", Verified: true, MaxArgs: -1},
	{Name: "IPSEC", Verified: true, MaxArgs: -1, Block: blkIPSec},
	{Name: "ITRACE", MaxArgs: -1},
	{Name: "LINK", Verified: true, Forced: 3, MaxArgs: -1},
	{Name: "NETACCESS", MaxArgs: -1, Block: blkNetAccess},
	{Name: "NETMONITOR", MaxArgs: -1},
	{Name: "PKTTRACE", MaxArgs: -1},
	{Name: "PORT", Verified: true, MaxArgs: -1},
	{Name: "PORTRANGE", Min: 5, Verified: true, MaxArgs: -1},
	{Name: "PRIMARYINTERFACE", Forced: 1, MaxArgs: 1},
	{Name: "SACONFIG", MaxArgs: -1},
	{Name: "SMFCONFIG", MaxArgs: -1},
	{Name: "SMFPARMS", MaxArgs: -1},
	{Name: "SOMAXCONN", MaxArgs: -1},
	{Name: "SRCIP", MaxArgs: -1, Block: blkSrcIP},
	{Name: "START", Forced: 1, MaxArgs: 1},
	{Name: "STOP", Forced: 1, MaxArgs: 1},
	{Name: "TCPCONFIG", Verified: true, MaxArgs: -1},
	{Name: "TRANSLATE", MaxArgs: -1},
	{Name: "UDPCONFIG", MaxArgs: -1},
	{Name: "VIPADYNAMIC", MaxArgs: -1, Block: blkVIPA},

	// Statements that live inside blocks.
	{Name: "ROUTE", Verified: true, Forced: 3, MaxArgs: -1, Sub: "BEGINROUTES"},
	{Name: "IPSECRULE", Min: 6, Verified: true, Forced: 1, MaxArgs: -1, Sub: "IPSEC"},
	{Name: "IPSEC6RULE", Min: 7, Forced: 1, MaxArgs: -1, Sub: "IPSEC"},
	{Name: "VIPABACKUP", MaxArgs: -1, Sub: "VIPADYNAMIC"},
	{Name: "VIPADEFINE", MaxArgs: -1, Sub: "VIPADYNAMIC"},
	{Name: "VIPADELETE", Min: 7, Verified: true, MaxArgs: -1, Sub: "VIPADYNAMIC"},
	{Name: "VIPADISTRIBUTE", MaxArgs: -1, Sub: "VIPADYNAMIC"},
	{Name: "VIPARANGE", Min: 5, Verified: true, MaxArgs: -1, Sub: "VIPADYNAMIC"},
	{Name: "VIPAROUTE", MaxArgs: -1, Sub: "VIPADYNAMIC"},
	{Name: "VIPASMPARMS", MaxArgs: -1, Sub: "VIPADYNAMIC"},
}

// ends are the END statements, with the block each one closes. ENDAUTOLog
// and ENDIPSEC are verified (see spec); ENDRoutes follows IBM's "EndRoutes"
// spelling (unverified); the others must be written in full.
var ends = map[string]struct {
	block string
	min   int
}{
	"ENDAUTOLOG":         {"AUTOLOG", 8},
	"ENDROUTES":          {"BEGINROUTES", 4},
	"ENDBSDROUTINGPARMS": {"BSDROUTINGPARMS", 0},
	"ENDIPSEC":           {"IPSEC", 0},
	"ENDVIPADYNAMIC":     {"VIPADYNAMIC", 0},
	"ENDNETACCESS":       {"NETACCESS", 0},
	"ENDSRCIP":           {"SRCIP", 0},
	"ENDDEFADDRTABLE":    {"DEFADDRTABLE", 0},
}

// kwClass says what a matched keyword is.
type kwClass uint8

const (
	kwNone kwClass = iota
	kwTop          // a statement that may appear at the outermost level
	kwSub          // a statement that belongs inside a block
	kwEnd          // an END statement
)

type kwEntry struct {
	class kwClass
	spec  *spec  // for kwTop, kwSub
	name  string // canonical name (also for kwEnd)
	block string // for kwEnd: the block it closes
}

// abbrev maps every accepted spelling (upper case) to its keyword; prefixes
// maps every prefix of at least three letters of a keyword whose minimum is
// unverified to that keyword, when only one keyword has that prefix.
var (
	abbrev     map[string]*kwEntry
	prefixes   map[string]*kwEntry
	specByName map[string]*spec
)

func init() {
	abbrev = map[string]*kwEntry{}
	prefixes = map[string]*kwEntry{}
	specByName = map[string]*spec{}
	// How many keywords share each prefix of three letters or more.
	shared := map[string]int{}
	countPrefixes := func(name string) {
		for n := 3; n < len(name); n++ {
			shared[name[:n]]++
		}
	}
	for _, s := range specs {
		specByName[s.Name] = s
		countPrefixes(s.Name)
		cl := kwTop
		if s.Sub != "" {
			cl = kwSub
		}
		e := &kwEntry{class: cl, spec: s, name: s.Name}
		m := s.Min
		if m == 0 {
			m = len(s.Name)
		}
		for n := m; n <= len(s.Name); n++ {
			abbrev[s.Name[:n]] = e
		}
	}
	for name, en := range ends {
		countPrefixes(name)
		e := &kwEntry{class: kwEnd, name: name, block: en.block}
		m := en.min
		if m == 0 {
			m = len(name)
		}
		for n := m; n <= len(name); n++ {
			abbrev[name[:n]] = e
		}
	}
	// Lenient prefixes: only for unverified minimums, only when no other
	// keyword shares the prefix and it is not a spelling of its own.
	for _, s := range specs {
		if s.Verified {
			continue
		}
		e := abbrev[s.Name]
		for n := 3; n < len(s.Name); n++ {
			p := s.Name[:n]
			if _, taken := abbrev[p]; taken || shared[p] != 1 {
				continue
			}
			prefixes[p] = e
		}
	}
}

// upperASCII writes the upper-case form of w into buf and reports whether
// w is short ASCII text a keyword could be.
func upperASCII(buf []byte, w string) ([]byte, bool) {
	if len(w) > len(buf) || len(w) == 0 {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			return nil, false
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// none is the entry of a word that is no keyword.
var none = &kwEntry{}

// lookup matches w against every accepted spelling of the keywords.
func lookup(w string) *kwEntry {
	var buf [24]byte
	u, ok := upperASCII(buf[:], w)
	if !ok {
		return none
	}
	if e := abbrev[string(u)]; e != nil {
		return e
	}
	return none
}

// lenientMatch matches w, where a statement must begin, against the
// prefixes of keywords whose minimum abbreviation IBM's documentation
// could not confirm.
func lenientMatch(w string) *kwEntry {
	var buf [24]byte
	u, ok := upperASCII(buf[:], w)
	if !ok {
		return none
	}
	if e := prefixes[string(u)]; e != nil {
		return e
	}
	return none
}

// endOfStatement reports whether w is an END form of a statement that has
// none (ENDHOME, ENDDEVICE…), and names that statement. IBM rejects such
// words; znet reports them as unknown statements instead of guessing.
func endOfStatement(w string) (string, bool) {
	if len(w) < 5 || !strings.EqualFold(w[:3], "END") {
		return "", false
	}
	e := lookup(w[3:])
	if e.class == kwTop || e.class == kwSub {
		return e.name, true
	}
	return "", false
}

// Keywords lists the canonical names of the statements znet recognises,
// sorted, for did-you-mean suggestions and documentation.
func Keywords() []string {
	out := make([]string, 0, len(specs)+len(ends))
	for _, s := range specs {
		out = append(out, s.Name)
	}
	for n := range ends {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Canonical returns the canonical statement name w abbreviates, or "".
func Canonical(w string) string { return lookup(w).name }
