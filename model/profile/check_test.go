package tcpprofile

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/source"
)

// found loads src (with the files of inc for INCLUDE) and returns the
// codes of every diagnostic of Load and Check with their lines, sorted.
func found(t *testing.T, src string, opt Options, inc map[string][]byte) (*Profile, string) {
	t.Helper()
	var open Opener
	if inc != nil {
		open = MapOpener(inc)
	}
	p, d := LoadWith("t.prof", []byte(src), open, opt)
	d = append(d, p.Check()...)
	return p, codeList(d)
}

func codeList(d source.Diagnostics) string {
	var cs []string
	for _, x := range d {
		cs = append(cs, fmt.Sprintf("%s@%d", x.Code, x.Span.Line))
	}
	sort.Strings(cs)
	return strings.Join(cs, " ")
}

func TestChecks(t *testing.T) {
	tests := []struct {
		name, src, want string
		opt             Options
	}{
		{"clean interface", "INTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1/24\nSTART E1\n", "", Options{}},
		{"PR201 mpcipa", "DEVICE P1 MPCIPA\nLINK L1 IPAQENET P1\nSTART P1\n", "PR201@1", Options{}},
		{"PR201 virtual", "DEVICE V1 VIRTUAL 0\nLINK VL1 VIRTUAL 0 V1\n", "PR201@1", Options{}},
		{"no PR201 for mpcptp", "DEVICE M1 MPCPTP\nLINK ML1 MPCPTP M1\n", "", Options{}},
		{"PR202 home", "HOME 10.0.0.1 NOLINK\n", "PR202@1", Options{}},
		{"PR202 start", "START NODEV\n", "PR202@1", Options{}},
		{"PR202 stop names a link", "DEVICE P1 MPCIPA\nLINK L1 IPAQENET P1\nSTOP L1\n", "PR201@1 PR202@3", Options{}},
		{"PR202 route", "BEGINROUTES\nROUTE DEFAULT 10.0.0.1 NOLINK MTU 1500\nENDROUTES\n", "PR202@2", Options{}},
		{"PR202 primaryinterface", "PRIMARYINTERFACE NOPE\n", "PR202@1", Options{}},
		{"PR202 link device", "LINK L1 IPAQENET NODEV\n", "PR202@1", Options{}},
		{"PR202 is a warning in an obeyfile", "START NODEV\n", "PR202@1", Options{Obey: true}},
		{"PR203", "DEVICE P1 MPCIPA\nLINK L1 IPAQENET P1\nLINK L2 IPAQENET P1\n", "PR201@1 PR203@3", Options{}},
		{"PR204 home and interface", "DEVICE P1 MPCIPA\nLINK L1 IPAQENET P1\nHOME 10.0.0.1 L1\nINTERFACE E1 DEFINE IPAQENET PORTNAME P2 IPADDR 10.0.0.1/24\n",
			"PR201@1 PR204@4", Options{}},
		{"PR204 two interfaces", "INTERFACE E1 DEFINE VIRTUAL IPADDR 10.0.0.9\nINTERFACE E2 DEFINE VIRTUAL IPADDR 10.0.0.9\n", "PR204@2", Options{}},
		{"PR205", "INTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1\n", "PR205@1", Options{}},
		{"PR205 ipaqidio", "INTERFACE H1 DEFINE IPAQIDIO CHPID F4 IPADDR 10.0.0.1\n", "PR205@1", Options{}},
		{"no PR205 for virtual", "INTERFACE V1 DEFINE VIRTUAL IPADDR 10.0.0.1\n", "", Options{}},
		{"PR206", "INTERFACE ABCDEFGHIJKLMNOPQ DEFINE IPAQENET PORTNAME ABCDEFGHI IPADDR 10.0.0.1/8\n", "PR206@1 PR206@1", Options{}},
		{"PR207", "IPSEC\nIPSECRULE * *\nENDIPSEC\n", "PR207@1", Options{}},
		{"no PR207", "IPCONFIG IPSECURITY\nIPSEC\nIPSECRULE * *\nENDIPSEC\n", "", Options{}},
		{"PR207 ipv6", "IPCONFIG IPSECURITY\nIPSEC\nIPSEC6RULE * *\nENDIPSEC\n", "PR207@3", Options{}},
		{"PR208", "INTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1/24\nHOME 10.0.0.2 E1\n", "PR208@2", Options{}},
		{"PR209", "INTERFACE V1 DEFINE VIRTUAL IPADDR 10.0.0.1\nBEGINROUTES\nROUTE 10.0.0.0/8 = V1 MTU 1500\nENDROUTES\n", "PR209@3", Options{}},
		{"PR210", "START E1\nINTERFACE E1 DEFINE VIRTUAL IPADDR 10.0.0.1\n", "PR210@1", Options{}},
		{"PR211", "DEVICE C1 CTC 0A00\nLINK L1 IPAQENET C1\n", "PR211@2", Options{}},
		{"PR212", "INTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1/24 FROBNICATE\n", "PR212@1", Options{}},
		{"PR213 range", "INTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1/24 VLANID 0\n", "PR213@1", Options{}},
		{"PR213 conflict", "DEVICE P1 MPCIPA PRIROUTER SECROUTER\n", "PR201@1 PR213@1", Options{}},
		{"PR214", "INTERFACE E1 DEFINE IPAQIDIO IPADDR 10.0.0.1/24\n", "PR214@1", Options{}},
		{"PR214 route mtu", "BEGINROUTES\nROUTE DEFAULT = X\nENDROUTES\nINTERFACE X DEFINE IPAQENET PORTNAME P IPADDR 1.1.1.1/8\n", "PR210@2 PR214@2", Options{}},
		{"PR218", "INTERFACE E1 DEFINE VIRTUAL IPADDR 10.0.0.1\nINTERFACE E1 DEFINE VIRTUAL IPADDR 10.0.0.2\n", "PR218@2", Options{}},
		{"no PR218 after delete", "INTERFACE E1 DEFINE VIRTUAL IPADDR 10.0.0.1\nINTERFACE E1 DELETE\nINTERFACE E1 DEFINE VIRTUAL IPADDR 10.0.0.2\n", "", Options{}},
		{"PR219", "GATEWAY 9.0.0.0 = L 1500 0\n", "PR219@1", Options{}},
		{"PR220", "IPCONFIG IPSECURITY\nIPSEC\nENDIPSEC\nIPSEC\nENDIPSEC\n", "PR220@4", Options{}},
		{"PR221", "DEVICE P1 MPCIPA\nINTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1/24\n", "PR201@1 PR221@2", Options{}},
		{"no PR221 after delete", "DELETE DEVICE P1\nINTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1/24\n", "", Options{Obey: true}},
		{"PR221 device after interface", "INTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1/24\nDEVICE P1 MPCIPA\n", "PR201@2 PR221@2", Options{}},
		{"PR222", "INTERFACE X DEFINE MPCPTP6\n", "PR222@1", Options{}},
		{"PR224", "INTERFACE E1 DELETE NOW\n", "PR224@1", Options{}},
		{"symbols skip checks", "START &SYSNAME.\nHOME &ADDR &LNK\n", "PR217@1 PR217@2 PR217@2", Options{}},
		{"symbols resolved", "START &SYSNAME.\n", "PR202@1", Options{Symbols: map[string]string{"SYSNAME": "SYS1"}}},
		{"source vipa", "INTERFACE V DEFINE VIRTUAL IPADDR 1.1.1.1\nINTERFACE E DEFINE IPAQENET PORTNAME P IPADDR 1.2.2.2/16 SOURCEVIPAINTERFACE V\n", "", Options{}},
		{"source vipa undefined", "INTERFACE E DEFINE IPAQENET PORTNAME P IPADDR 1.2.2.2/16 SOURCEVIPAINTERFACE V\n", "PR202@1", Options{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, got := found(t, tc.src, tc.opt, nil); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestSeverities(t *testing.T) {
	sev := func(src string, opt Options) source.Severity {
		p, _ := LoadWith("t.prof", []byte(src), nil, opt)
		d := p.Check()
		if len(d) != 1 {
			t.Fatalf("%v", d)
		}
		return d[0].Severity
	}
	if s := sev("START NODEV\n", Options{}); s != source.Error {
		t.Errorf("undefined in a profile: %v", s)
	}
	if s := sev("START NODEV\n", Options{Obey: true}); s != source.Warning {
		t.Errorf("undefined in an OBEYFILE: %v", s)
	}
}

func TestStatementsTyped(t *testing.T) {
	src := `DEVICE P1 MPCIPA PRIROUTER
LINK L1 IPAQENET P1 VLANID 10 VMAC 020000000001 ROUTEALL INBPERF DYNAMIC WORKLOADQ
HOME 10.0.0.1 L1 PRIMARY 10.0.0.2 L1
INTERFACE E6 DEFINE IPAQENET6 PORTNAME P6 IPADDR 2001:DB8::1 2001:DB8::2 INTFID 1:2:3:4
INTERFACE E6 ADDADDR 2001:DB8::3
BEGINROUTES
 ROUTE 10.1.0.0 255.255.0.0 = L1 MTU 1500 REPL
ENDROUTES
BSDROUTINGPARMS TRUE
 L1 1500 0 255.255.255.0 0
ENDBSDROUTINGPARMS
TCPCONFIG TTLS
IPCONFIG IPSECURITY
IPSEC LOGENABLE
 IPSECRULE 10.0.0.0/8 10.1.1.1 - 10.1.1.9 LOG PROTOCOL TCP SRCPORT 1024 65535 DESTPORT 22 ROUTING ROUTED FRAGMENTSONLY SECCLASS 3 DIRECTION INBOUND INBCONNECT
ENDIPSEC
START P1
STOP P1
PRIMARYINTERFACE L1
PORT 21 TCP FTPD1
`
	p, d := Load("t.prof", []byte(src), nil)
	if len(d) != 0 {
		t.Fatalf("load: %v", d)
	}
	if dv := p.Devices[0]; dv.Kind != "MPCIPA" || !dv.Params.Has("PRIROUTER") {
		t.Errorf("device %+v", dv)
	}
	l := p.Links[0]
	if vm := l.Params.Get("VMAC"); l.Device.Text != "P1" || vm == nil || len(vm.Values) != 2 {
		t.Errorf("link %+v", l)
	}
	if inb := l.Params.Get("INBPERF"); inb == nil || len(inb.Values) != 2 {
		t.Errorf("inbperf %+v", inb)
	}
	if es := p.HomeList(); len(es) != 2 || !es[0].Primary || es[1].Address.Text != "10.0.0.2" {
		t.Errorf("home %+v", es)
	}
	if it := p.Interfaces[0]; it.Kind != "IPAQENET6" || len(it.Addresses) != 2 || !it.IPv6() {
		t.Errorf("interface %+v", it)
	}
	if it := p.Interfaces[1]; it.Action != "ADDADDR" || len(it.Addresses) != 1 {
		t.Errorf("addaddr %+v", it)
	}
	if r := p.Routes[0].Routes[0]; r.Mask.Text != "255.255.0.0" || r.FirstHop.Text != "=" || r.Name.Text != "L1" || !r.Params.Has("REPLACEABLE") {
		t.Errorf("route %+v", r)
	}
	if b := p.BSD[0]; !b.Flag.Is("true") || len(b.Entries) != 1 || b.Entries[0].Mask.Text != "255.255.255.0" {
		t.Errorf("bsd %+v", b)
	}
	r := p.IPSec[0].Rules[0]
	if r.Source.Any || !r.Dest.Range || !r.Log || r.Protocol.Text != "TCP" || r.Routing != "ROUTED" || r.SecClass != 3 || r.Direction != "INBOUND" ||
		len(r.SrcPort) != 2 || len(r.DestPort) != 1 || r.DestPort[0].Text != "22" {
		t.Errorf("rule %+v", r)
	}
	if !p.IPSec[0].Params.Has("LOGENABLE") {
		t.Error("IPSEC LOGENABLE")
	}
	if len(p.Starts) != 1 || len(p.Stops) != 1 || len(p.Primary) != 1 || len(p.Verbatim) != 1 || p.Verbatim[0].Name != "PORT" {
		t.Errorf("refs %d %d %d, verbatim %d", len(p.Starts), len(p.Stops), len(p.Primary), len(p.Verbatim))
	}
	if !p.Configs[0].Has("TTLS") || !p.Configs[1].Has("IPSECURITY") {
		t.Errorf("configs %+v", p.Configs)
	}
	if d := p.Check(); codeList(d) != "PR201@1" {
		t.Errorf("check: %v", d)
	}
}

func TestHomeObey(t *testing.T) {
	src := "HOME 10.0.0.1 A 10.0.0.2 B\nHOME 10.0.0.3 C\n"
	p, _ := Load("t.prof", []byte(src), nil)
	if n := len(p.HomeList()); n != 3 {
		t.Errorf("initial profile: %d entries", n)
	}
	// In an OBEYFILE the first HOME replaces the stack's list and later
	// ones add to it (IBM, HOME statement): the file's list is all three.
	p, _ = LoadWith("t.prof", []byte(src), nil, Options{Obey: true})
	if es := p.HomeList(); len(es) != 3 || es[2].Link.Text != "C" {
		t.Errorf("obeyfile: %+v", es)
	}
}

func TestIncludes(t *testing.T) {
	files := map[string][]byte{
		"DEVS":   []byte("INTERFACE E1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.0.0.1/24\nINCLUDE USER.PARMS(ROUTES)\n"),
		"ROUTES": []byte("BEGINROUTES\nROUTE DEFAULT 10.0.0.254 E1 MTU 1500\nENDROUTES\n"),
		"LOOPA":  []byte("INCLUDE USER.PARMS(LOOPB)\n"),
		"LOOPB":  []byte("INCLUDE USER.PARMS(LOOPA)\n"),
	}
	p, got := found(t, "INCLUDE USER.PARMS(DEVS)\nSTART E1\n", Options{}, files)
	if got != "" || len(p.Files) != 3 || len(p.Includes) != 2 || p.Includes[0].Path != "DEVS" {
		t.Errorf("nested: %s, %d files", got, len(p.Files))
	}
	if _, got := found(t, "INCLUDE USER.PARMS(NONE)\nSTART E1\n", Options{}, files); got != "PR202@2 PR215@1" {
		t.Errorf("missing: %s", got)
	}
	p, got = found(t, "INCLUDE USER.PARMS(LOOPA)\n", Options{}, files)
	if got != "PR216@1" {
		t.Errorf("cycle: %s", got)
	}
	if _, d := LoadWith("t.prof", []byte("INCLUDE USER.PARMS(LOOPA)\n"), MapOpener(files), Options{}); !strings.Contains(d[0].Message, "LOOPA -> LOOPB -> LOOPA") {
		t.Errorf("cycle message: %v", d)
	}
	if _, got := found(t, "INCLUDE X(DEVS)\n", Options{MaxDepth: 1}, files); got != "PR223@1" {
		t.Errorf("depth: %s", got)
	}
	if _, got := found(t, "INCLUDE USER.PARMS(DEVS)\n", Options{}, nil); got != "PR215@1" {
		t.Errorf("no opener: %s", got)
	}
}

func TestFileOpener(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("main.prof", "INCLUDE USER.TCPPARMS(Devs)\nINCLUDE /etc/tcpip/routes.prof\nINCLUDE USER.SEQ.PORTS\n")
	write("DEVS.txt", "INTERFACE E1 DEFINE VIRTUAL IPADDR 10.0.0.1\n")
	write("devs.golden", "garbage\n")
	write("routes.prof", "BEGINROUTES\nENDROUTES\n")
	write("PORTS", "PORT 21 TCP FTPD1\n")
	data, _ := os.ReadFile(filepath.Join(dir, "main.prof"))
	p, d := Load(filepath.Join(dir, "main.prof"), data, FileOpener())
	if len(d) != 0 || len(p.Files) != 4 {
		t.Fatalf("%v; %d files", d, len(p.Files))
	}
	var got []string
	for _, f := range p.Files[1:] {
		got = append(got, filepath.Base(f.Name))
	}
	if strings.Join(got, " ") != "DEVS.txt routes.prof PORTS" {
		t.Errorf("files %v", got)
	}
}

// The samples README: the clean DEVICE/LINK fragment is the legacy
// definition (migrate); the INTERFACE forms have no prefix length (netstat
// shows /0); the fragment with '...' has an error for each.
func TestSamplesCheck(t *testing.T) {
	dir := golden.Samples(t)
	tests := map[string]string{
		"tcpip-device-link-clean.prof":   "PR201@2",
		"tcpip-interface-expected.prof":  "PR205@4",
		"tcpip-interface-multiline.prof": "PR205@4",
		"tcpip-device-link.prof":         "PR104@3 PR104@4 PR104@6 PR104@9 PR201@1",
	}
	for name, want := range tests {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		p, d := Load(name, data, nil)
		d = append(d, p.Check()...)
		if got := codeList(d); got != want {
			t.Errorf("%s: got %s, want %s\n%v", name, got, want, d)
		}
	}
}

func TestSubstitute(t *testing.T) {
	vals := map[string]string{"SYSNAME": "SYS1", "A": "x", "HOMEIPADDRESS1": "10.0.0.1"}
	for in, want := range map[string]string{
		"&SYSNAME.": "SYS1", "&SYSNAME": "SYS1", "USER.&SYSNAME..PARMS": "USER.SYS1.PARMS",
		"&A&A.": "xx", "&UNKNOWN.": "&UNKNOWN.", "&&": "&&", "&HOMEIPADDRESS1": "10.0.0.1", "a&1": "a&1",
	} {
		if got := substitute(in, vals); got != want {
			t.Errorf("substitute(%q) = %q, want %q", in, got, want)
		}
	}
}
