package tcpprofile

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
)

// configDiags loads src and returns its diagnostics (Load and Check) as
// "severity code@line", sorted, and the diagnostics themselves.
func configDiags(t *testing.T, src string) (*Profile, string, source.Diagnostics) {
	t.Helper()
	p, d := Load("t.prof", []byte(src), nil)
	d = append(d, p.Check()...)
	var cs []string
	for _, x := range d {
		cs = append(cs, fmt.Sprintf("%s %s@%d", x.Severity, x.Code, x.Span.Line))
	}
	slices.Sort(cs)
	return p, strings.Join(cs, " "), d
}

// TestConfigValid: statements from IBM's examples and syntax diagrams
// (every default the diagrams show, the alternatives, the abbreviations
// they allow), IBM's sample profile and the repository's profiles give
// no diagnostic.
func TestConfigValid(t *testing.T) {
	tests := []struct{ name, src string }{
		// IBM, IP Configuration Guide 2.1, dynamic VIPA configuration examples.
		{"IBM dynamic VIPA IPv4", "IPCONFIG SYSPLEXROUTING SOURCEVIPA TCPSTACKSOURCEVIPA 201.2.10.11\nDYNAMICXCF 193.9.200.1 255.255.255.240 1\n"},
		{"IBM dynamic VIPA IPv6", "IPCONFIG6 DYNAMICXCF 2001:0DB8::151:0001 INTFID 6:7:8:9\nSOURCEVIPAINT SVIPA1 SOURCEVIPA TCPSTACKSOURCEVIPA DVIPA1\n"},
		// IBM's sample profile (SEZAINST(SAMPPROF), older and newer forms).
		{"SAMPPROF IPCONFIG", "IPCONFIG DATAGRAMFWD VARSUBNETTING SYSPLEXROUTING\n"},
		{"SAMPPROF DYNAMICXCF", "IPCONFIG DYNAMICXCF 201.1.10.10 255.255.255.0 2\n"},
		{"SAMPPROF TCPCONFIG", "TCPCONFIG TCPSENDBFRSIZE 64K TCPRCVBUFRSIZE 64K\nTCPCONFIG RESTRICTLOWPORTS\n"},
		{"SAMPPROF TCPCONFIG 16K", "TCPCONFIG TCPSENDBFRSIZE 16K TCPRCVBUFRSIZE 16K SENDGARBAGE FALSE\n"},
		{"DYNAMICXCF with bits", "IPCONFIG DYNAMICXCF 10.1.1.1/24 2\n"},
		// The repository's profiles.
		{"golden tcpconfig-ipconfig", "TCPCONFIG TTLS\n          TCPSENDBFRSIZE 256K TCPRCVBUFRSIZE 256K\n          RESTRICTLOWPORTS\nIPCONFIG  IPSECURITY DATAGRAMFWD SOURCEVIPA\n          SYSPLEXROUTING\nIPCONFIG6 IPSECURITY\n"},
		{"golden continuation", "IPCONFig DATAGRAMFWD\n"},
		{"fmt-profile verbatim", "TCPCONFIG TTLS\n          TCPSENDBFRSIZE 256K TCPRCVBUFRSIZE 256K\n          RESTRICTLOWPORTS\n          FINWAIT2TIME 600\n"},
		{"lower case", "ipconf sourcevipa datagramfwd\ntcpconfig ttls tcpsendbfrsize 256k\n"},
		// Every default of IBM's diagrams (TCPCONFIG 3.1, IPCONFIG 2.4,
		// IPCONFIG6 3.2).
		{"TCPCONFIG defaults", `TCPCONFIG CONNECTINITINTERVAL 3000 CONNECTTIMEOUT 75 DELAYACKS
  EPHEMERALPORTS 1024 65535 FINWAIT2TIME 600 FRRTHRESHOLD 3 INTERVAL 120
  KEEPALIVEPROBEINTERVAL 75 KEEPALIVEPROBES 10 MAXIMUMRETRANSMITTIME 120 NAGLE
  QUEUEDRTT 0 UNRESTRICTLOWPORTS RETRANSMITATTEMPTS 15 NOSELECTIVEACK
  SENDGARBAGE FALSE TCPMAXRCVBUFRSIZE 256K TCPMAXSENDBUFRSIZE 256K
  TCPRCVBUFRSIZE 65536 TCPSENDBFRSIZE 65536 TCPTIMESTAMP TIMEWAITINTERVAL 60 NOTTLS
`},
		{"TCPCONFIG alternatives", "TCPCONFIG NODELAYACKS NONAGLE RESTRICTLOWPORTS SELECTIVEACK SENDGARBAGE TRUE NOTCPTIMESTAMP TTLS\nTCPCONFIG AUTODELAYACKS TCPMAXRCVBUFRSIZE 2M\n"},
		{"IPCONFIG defaults", `IPCONFIG ARPTO 1200 CHECKSUMOFFLOAD DATAGRAMFWD NOFWDMULTIPATH
  DEVRETRYDURATION 90 NODYNAMICXCF IGNOREREDIRECT NOIQDIOROUTING NOMULTIPATH
  NOPATHMTUDISCOVERY NOQDIOACCELERATOR REASSEMBLYTIMEOUT 60 NOSEGMENTATIONOFFLOAD
  NOSOURCEVIPA NOSYSPLEXROUTING NOTCPSTACKSOURCEVIPA TTL 64
`},
		{"IPCONFIG alternatives", `IPCONFIG NOCHECKSUMOFFLOAD DATAGRAMFWD FWDMULTIPATH PERPACKET
  DYNAMICXCF 10.1.1.1 255.255.255.0 1 SECCLASS 255 SMCD SOURCEVIPAINTERFACE VIPA1
  FORMAT LONG IPSECURITY IQDIOROUTING QDIOPRIORITY 2 MULTIPATH PERCONNECTION
  PATHMTUDISCOVERY SEGMENTATIONOFFLOAD SOURCEVIPA SYSPLEXROUTING
IPCONFIG NODATAGRAMFWD QDIOACCELERATOR QDIOPRIORITY 1 MULTIPATH PERPACKET FORMAT SHORT
  DYNAMICXCF 10.2.2.2/24 2 NOSMCD
`},
		{"IPCONFIG6 defaults", `IPCONFIG6 CHECKSUMOFFLOAD DATAGRAMFWD NOFWDMULTIPATH NODYNAMICXCF
  HOPLIMIT 255 ICMPERRORLIMIT 3 NOIGNOREROUTERHOPLIMIT OSMSECCLASS 255 NOMULTIPATH
  NOR1COMPLIANCE NOSEGMENTATIONOFFLOAD NOSOURCEVIPA NOTCPSTACKSOURCEVIPA NOTEMPADDRS
`},
		{"IPCONFIG6 alternatives", `IPCONFIG6 NOCHECKSUMOFFLOAD NODATAGRAMFWD IGNOREREDIRECT IGNOREROUTERHOPLIMIT
  IPSECURITY MULTIPATH PERCONNECTION R1COMPLIANCE SEGMENTATIONOFFLOAD SOURCEVIPA
  TCPSTACKSOURCEVIPA DVIPA1 TEMPADDRS PREFLIFETIME 24 VALIDLIFETIME 168
  DYNAMICXCF FD00::1/64 INTFID 1:2:3:4 SECCLASS 7 SMCD SOURCEVIPAINTERFACE V6
`},
		// The minimum abbreviations the diagrams show (the capitalised part).
		{"TCPCONFIG abbreviations", `TCPCONFIG CONNECTI 1000 CONNECTT 60 DELAYA FINW 600 FRRTH 3 INT 120
  KEEPALIVEPROBEI 75 MAXI 120 QUEUED 0 RESTRICTL RETRANSMITA 15 SENDG FALSE
  TCPMAXRCVB 512K TCPMAXSENDB 512K TCPRCVB 64K TCPSENDB 64K TCPTIME TIMEWAITI 60
TCPCONFIG NODELAYA UNRESTRICTL NOTCPTIME
TCPCONFIG AUTODELAYA
`},
		{"FINWAIT2, the older name", "TCPCONFIG FINWAIT2 600\n"},
		{"IPCONFIG abbreviations", `IPCONF CHECKSUMOFFL DATAGR FWDMULT PERP DEVRETRYDUR 90 FORM SHORT IGNORER
  IQDIOR QDIOP 2 MULTIPATH PERC PATHMTUDISC QDIOACCEL REASSEMBL 60 SEGMENTATIONOFFL
  SYSPLEXR TCPSTACKSOURCEV 10.9.9.9
IPCONFIG NOCHECKSUMOFFL NODATAGR NOIQDIOR NOPATHMTUDISC NOQDIOACCEL NOSEGMENTATIONOFFL
  NOSYSPLEXR NOTCPSTACKSOURCEV
IPCONFIG DATAGRAMFWD NOFWDMULT
`},
		{"IPCONFIG6 abbreviations", "IPCONFIG6 HOPL 64 ICMPE 5 IGNOREROUTERH DATAGR FWDMULT PERP MULTIPATH PERP\nIPCONFIG6 NOIGNOREROUTERH\n"},
		{"sub-parameter apart", "IPCONFIG QDIOACCELERATOR SYSPLEXROUTING QDIOPRIORITY 3\n"},
		{"statements after it", "INTERFACE OSAINT1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.1.1.1/24\nTCPCONFIG TTLS\nSTART OSAINT1\nIPCONFIG SOURCEVIPA\nSTOP OSAINT1\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got, d := configDiags(t, tc.src)
			if got != "" {
				t.Errorf("diagnostics: %v", d)
			}
		})
	}
}

// TestConfigFindings: misspelled parameters and statements, values out of
// range, parameters of the other statements, conflicts.
func TestConfigFindings(t *testing.T) {
	tests := []struct {
		name, src, want string
		msg             string // in the first diagnostic's message
		hint            string // in its hint
	}{
		// A misspelled statement at the start of the next record is read
		// as more parameters by the grammar, as by z/OS.
		{"STRAT after TCPCONFIG", "TCPCONFIG TTLS\nSTRAT OSADEV1\n", "warning PR212@2",
			`"STRAT" is not a parameter of TCPCONFIG: did you mean START?`, "STRAT begins a record: if it is meant as the START statement"},
		{"STRAT after IPCONFIG", "IPCONFIG DATAGRAMFWD\n  SYSPLEXROUTING\nSTRAT OSADEV1\n", "warning PR212@3",
			`"STRAT" is not a parameter of IPCONFIG: did you mean START?`, "no START statement takes effect"},
		{"STRAT after IPCONFIG6", "IPCONFIG6 IPSECURITY\nSTRAT OSADEV1\n", "warning PR212@2",
			`"STRAT" is not a parameter of IPCONFIG6: did you mean START?`, "more IPCONFIG6 parameters"},
		{"HOEM after IPCONFIG", "IPCONFIG SOURCEVIPA\nHOEM 10.1.1.1 LINK1\n  10.1.1.2 LINK2\n", "warning PR212@2",
			`did you mean HOME?`, "HOEM begins a record"},
		{"abbreviation of a statement", "TCPCONFIG TTLS\nsta OsaDev1\n", "warning PR212@2", `did you mean START?`, "STA begins a record"},
		{"misspelled statement mid-record", "TCPCONFIG TTLS STRAT OSADEV1\n", "warning PR212@1", `did you mean START?`, "if it is meant as the START statement"},
		{"unknown word at a record's start", "TCPCONFIG TTLS\nXYZZY OSADEV1\n", "warning PR212@2",
			`"XYZZY" is not a parameter of TCPCONFIG in IBM's syntax (z/OS 3.1)`, "XYZZY begins a record: if it is meant as a statement, it is none znet knows"},
		// Misspelled parameters.
		{"TTSL", "TCPCONFIG TTSL\n", "warning PR212@1", `"TTSL" is not a parameter of TCPCONFIG: did you mean TTLS?`, "Statement syntax for configuration statements"},
		{"misspelled value keyword, value skipped", "TCPCONFIG TCPSENDBUFRSIZE 64K RESTRICTLOWPORTS\n", "warning PR212@1", "did you mean TCPSENDBFRSIZE?", ""},
		{"IPCONFIG misspelled", "IPCONFIG SYSPLEXROUTNG\n", "warning PR212@1", "did you mean SYSPLEXROUTING?", ""},
		{"IPCONFIG6 misspelled", "IPCONFIG6 IPSECURTY\n", "warning PR212@1", "did you mean IPSECURITY?", ""},
		{"on the next record", "TCPCONFIG TTLS\n  RESTRICTLOWPRTS\n", "warning PR212@2", "did you mean RESTRICTLOWPORTS?", ""},
		{"abbreviation too short", "TCPCONFIG FIN 600\n", "warning PR212@1", `"FIN" is not a parameter of TCPCONFIG`, ""},
		{"IPCONFIG abbreviation too short", "IPCONFIG DATAG\n", "warning PR212@1", `"DATAG" is not a parameter of IPCONFIG`, ""},
		{"two mistakes", "TCPCONFIG TTSL RESTRICTLOWPORTS NAGEL\n", "warning PR212@1 warning PR212@1", "", ""},
		// Parameters of the other statements.
		{"TTLS on IPCONFIG", "IPCONFIG TTLS\n", "warning PR212@1", "TTLS is a parameter of TCPCONFIG, not of IPCONFIG", "write it on the TCPCONFIG statement"},
		{"ARPTO on IPCONFIG6", "IPCONFIG6 ARPTO 1200 IPSECURITY\n", "warning PR212@1", "ARPTO is a parameter of IPCONFIG, not of IPCONFIG6", ""},
		{"IPSECURITY on TCPCONFIG", "TCPCONFIG IPSECURITY\n", "warning PR212@1", "IPSECURITY is a parameter of IPCONFIG, not of TCPCONFIG", ""},
		// Values.
		{"CONNECTTIMEOUT range", "TCPCONFIG CONNECTTIMEOUT 500\n", "error PR213@1", "CONNECTTIMEOUT 500 is not a number from 5 to 190", ""},
		{"CONNECTINITINTERVAL range", "TCPCONFIG CONNECTINITINTERVAL 50\n", "error PR213@1", "from 100 to 3000", ""},
		{"ARPTO range", "IPCONFIG ARPTO 30\n", "error PR213@1", "ARPTO 30 is not a number from 60 to 86400", ""},
		{"SENDGARBAGE", "TCPCONFIG SENDGARBAGE YES\n", "error PR213@1", "SENDGARBAGE YES is not one of TRUE, FALSE", ""},
		{"FORMAT", "IPCONFIG FORMAT MEDIUM\n", "error PR213@1", "FORMAT MEDIUM is not one of LONG, SHORT", ""},
		{"TTL unverified range", "IPCONFIG TTL 300\n", "warning PR213@1", "TTL 300 is not a number from 1 to 255", ""},
		{"QDIOPRIORITY unverified range", "IPCONFIG QDIOACCELERATOR QDIOPRIORITY 5\n", "warning PR213@1", "QDIOPRIORITY 5", ""},
		{"whole number", "TCPCONFIG INTERVAL TWO\n", "warning PR213@1", "INTERVAL TWO is not a whole number", ""},
		{"size", "TCPCONFIG TCPRCVBUFRSIZE 64X\n", "warning PR213@1", "TCPRCVBUFRSIZE 64X is not a size", ""},
		{"value missing", "TCPCONFIG INTERVAL TTLS\n", "error PR214@1", "INTERVAL needs a value", ""},
		{"value missing at the end", "TCPCONFIG TTLS FINWAIT2TIME\n", "error PR214@1", "FINWAIT2TIME needs a value", ""},
		{"EPHEMERALPORTS needs two", "TCPCONFIG EPHEMERALPORTS 1024 TTLS\n", "error PR214@1", "EPHEMERALPORTS needs 2 values", ""},
		{"DYNAMICXCF mask", "IPCONFIG DYNAMICXCF 10.1.1.1 2\n", "error PR213@1 error PR214@1", "", ""},
		{"DYNAMICXCF cost", "IPCONFIG DYNAMICXCF 10.1.1.1 255.255.255.0 SYSPLEXROUTING\n", "error PR214@1", "DYNAMICXCF 10.1.1.1 needs a cost metric", ""},
		{"DYNAMICXCF address", "IPCONFIG DYNAMICXCF SYSPLEXROUTING\n", "error PR214@1", "DYNAMICXCF needs an IP address", ""},
		{"DYNAMICXCF not an address", "IPCONFIG DYNAMICXCF TEN.1.1.1 255.0.0.0 1\n", "error PR213@1", "DYNAMICXCF TEN.1.1.1 is not an IP address", ""},
		{"TCPSTACKSOURCEVIPA address", "IPCONFIG SOURCEVIPA TCPSTACKSOURCEVIPA DVIPA1\n", "error PR213@1", "TCPSTACKSOURCEVIPA DVIPA1 is not an IP address", ""},
		{"conflict", "TCPCONFIG TTLS NOTTLS\n", "error PR213@1", "NOTTLS conflicts with TTLS", ""},
		{"conflict over records", "IPCONFIG DATAGRAMFWD\n  NODATAGRAMFWD\n", "error PR213@2", "NODATAGRAMFWD conflicts with DATAGRAMFWD", ""},
		// Symbols: z/OS substitutes them; znet cannot check.
		{"symbol", "TCPCONFIG &PARMS.\n", "info PR217@1", "", ""},
		{"symbol value", "TCPCONFIG INTERVAL &IVL.\n", "", "", ""},
		{"symbol and its value", "TCPCONFIG &PARM. 600 RESTRICTLOWPORTS TTSL\n", "info PR217@1 warning PR212@1", "", ""},
		{"placeholder", "TCPCONFIG TTLS ... 600 RESTRICTLOWPORTS\n", "error PR104@1", "", ""}, // the grammar's finding only
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got, d := configDiags(t, tc.src)
			if got != tc.want {
				t.Fatalf("got  %s\nwant %s\n%v", got, tc.want, d)
			}
			if tc.msg != "" && !strings.Contains(d[0].Message, tc.msg) {
				t.Errorf("message %q, want %q in it", d[0].Message, tc.msg)
			}
			if tc.hint != "" && !strings.Contains(d[0].Hint, tc.hint) {
				t.Errorf("hint %q, want %q in it", d[0].Hint, tc.hint)
			}
		})
	}
}

// TestConfigParams: the parameters read, over several records, with
// their values and sub-parameters; the flags the other checks use are
// unchanged.
func TestConfigParams(t *testing.T) {
	src := `TCPCONFIG TTLS
  TCPSENDBFRSIZE
  256K INT 60 EPHEMERALPORTS 2000
  3000 restrictl
IPCONFIG DATAGRAMFWD FWDMULTIPATH PERPACKET SOURCEVIPA
  DYNAMICXCF 10.1.1.1 255.255.255.0 1 SECCLASS 9
IPCONFIG6 DYNAMICXCF FD00::9 INTFID 1:2:3:4 IPSECURITY TEMPADDRS PREFLIFETIME 12
`
	p, got, d := configDiags(t, src)
	if got != "" {
		t.Fatalf("diagnostics: %v", d)
	}
	render := func(c *Config) string {
		var s []string
		for _, x := range c.Params {
			w := x.Name
			for _, v := range x.Values {
				w += "=" + v.Text
			}
			s = append(s, w)
		}
		var f []string
		for _, v := range c.Flags {
			f = append(f, v.Text)
		}
		return strings.Join(s, ",") + " [" + strings.Join(f, ",") + "]"
	}
	want := []string{
		"TTLS,TCPSENDBFRSIZE=256K,INTERVAL=60,EPHEMERALPORTS=2000=3000,RESTRICTLOWPORTS [TTLS]",
		"DATAGRAMFWD,FWDMULTIPATH,PERPACKET,SOURCEVIPA,DYNAMICXCF=10.1.1.1=255.255.255.0=1,SECCLASS=9 [SOURCEVIPA]",
		"DYNAMICXCF=FD00::9,INTFID=1:2:3:4,IPSECURITY,TEMPADDRS,PREFLIFETIME=12 [IPSECURITY]",
	}
	if len(p.Configs) != len(want) {
		t.Fatalf("%d configs", len(p.Configs))
	}
	for i, c := range p.Configs {
		if got := render(c); got != want[i] {
			t.Errorf("%s:\n got %s\nwant %s", c.Verb, got, want[i])
		}
	}
	if v := p.Configs[0].Params.Get("TCPSENDBFRSIZE").Values[0]; v.Span.Line != 3 {
		t.Errorf("value on the next record: line %d", v.Span.Line)
	}
}

// TestConfigTables: every accepted spelling of a parameter (its name
// and every abbreviation down to its minimum) reads as that parameter
// and no other, and spells no statement (the grammar would begin a new
// statement there); sub-parameters likewise within their parameter.
func TestConfigTables(t *testing.T) {
	var walk func(stmt string, table []pspec)
	walk = func(stmt string, table []pspec) {
		seen := map[string]bool{}
		for _, p := range table {
			if seen[p.name] {
				t.Errorf("%s: %s twice", stmt, p.name)
			}
			seen[p.name] = true
			if p.min < 0 || p.min >= len(p.name) && p.min != 0 {
				t.Errorf("%s %s: minimum %d", stmt, p.name, p.min)
			}
			lo := p.min
			if lo == 0 {
				lo = len(p.name)
			}
			for n := lo; n <= len(p.name); n++ {
				w := p.name[:n]
				if got := matchParam(table, w); got == nil || got.name != p.name {
					t.Errorf("%s: %s reads as %v, not %s", stmt, w, got, p.name)
				}
				if k := profile.Canonical(w); k != "" {
					t.Errorf("%s: %s spells the statement %s", stmt, w, k)
				}
			}
			if len(p.sub) > 0 {
				walk(stmt+" "+p.name, p.sub)
			}
		}
	}
	for _, stmt := range configOrder {
		walk(stmt, configTables[stmt].params)
		ps, ok := Parameters(stmt, "")
		if !ok || len(ps) < 20 {
			t.Errorf("Parameters(%s): %d, %v", stmt, len(ps), ok)
		}
		names := map[string]bool{}
		for _, p := range ps {
			if names[p.Name] {
				t.Errorf("Parameters(%s): %s twice", stmt, p.Name)
			}
			names[p.Name] = true
		}
		if stmt != "TCPCONFIG" && (!names["PERPACKET"] || !names["SECCLASS"]) {
			t.Errorf("Parameters(%s) lacks sub-parameters: %v", stmt, names)
		}
		if stmt == "IPCONFIG" && MatchParameter(ps, "QDIOP") == nil {
			t.Errorf("Parameters(IPCONFIG) lacks QDIOPRIORITY")
		}
	}
	if ps, _ := Parameters("TCPCONFIG", ""); MatchParameter(ps, "ephemeralports").Kind != "list" {
		t.Error("EPHEMERALPORTS takes two values: exported as a list")
	}
}
