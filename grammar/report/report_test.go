package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/source"
)

type parsed interface {
	Diags() source.Diagnostics
	Outline(bool) any
}

// parseAny picks the parser by the file name's prefix, as the golden
// inputs are named.
func parseAny(t testing.TB, name string, data []byte) parsed {
	t.Helper()
	var p parsed
	var err error
	switch {
	case strings.HasPrefix(name, "pasearch"):
		p, err = ParsePasearch(name, data)
	case strings.HasPrefix(name, "ipsec"):
		p, err = ParseIPSecDisplay(name, data)
	case strings.HasPrefix(name, "netstat"):
		p, err = ParseNetstat(name, data)
	default:
		t.Fatalf("no parser for %s", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func render(t testing.TB, p parsed) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(p.Outline(true)); err != nil {
		t.Fatal(err)
	}
	b.WriteString("---\n# diagnostics\n")
	for _, d := range p.Diags() {
		b.WriteString("# " + d.String() + "\n")
	}
	return b.Bytes()
}

func read(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestPasearchFixture: the pasearch -t report in golden/report, built from
// IBM's description of the format and a real z/OS 3.1 report's layout,
// parses completely: six rules at four priorities, client and server
// roles, every action of every rule with all its values.
func TestPasearchFixture(t *testing.T) {
	p, err := ParsePasearch("pasearch-t.txt", read(t, golden.Path("report", "pasearch-t.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Diags()) != 0 {
		t.Fatalf("diagnostics on a complete report:\n%v", p.Diags())
	}
	if p.Image() != "TCPIPB" || p.Title == nil || p.Title.Text != "TCP/IP pasearch CS 3.1" {
		t.Errorf("header: image %q title %v", p.Image(), p.Title)
	}
	var names []string
	prios := map[int]bool{}
	roles := map[string]bool{}
	for _, r := range p.Rules {
		names = append(names, fmt.Sprintf("%s/%d", r.Name.Text, r.Priority))
		prios[r.Priority] = true
		if r.Incomplete || r.Type != "TTLS" || r.Status != "Active" || r.Condition == nil || r.Updated.Text == "" {
			t.Errorf("rule %s read badly: %+v", r.Name.Text, r)
		}
		if len(r.Actions) != len(r.ActionRefs) {
			t.Errorf("rule %s: %d actions for %d references", r.Name.Text, len(r.Actions), len(r.ActionRefs))
		}
		if env := r.Action("Environment"); env != nil {
			roles[env.Get("HandshakeRole").Value.Text] = true
		}
	}
	if got := strings.Join(names, " "); got != "MQ-Client-Qmgr2/500 FTP-Server-AUTH/300 TN3270-Secure/300 LDAP-Server/100 Backup-Client/1 ZZ-Client-Default/1" {
		t.Errorf("rules = %s", got)
	}
	if len(prios) < 3 || !roles["Client"] || !roles["Server"] || !roles["ServerWithClientAuth"] {
		t.Errorf("priorities %v, roles %v", prios, roles)
	}
	last := p.Rules[5]
	if c := last.Condition; c.RemoteAddr[0].From.Text != "0.0.26.137" || c.ServiceDirection != "Both" || c.JobName != "" || c.Negative != "Off" {
		t.Errorf("condition = %+v", c)
	}
	if f := last.Action("Connection").Get("TTLSConnectionAdvancedParms", "CertificateLabel"); f == nil || !f.NA || f.Value.Text != "**N/A**" {
		t.Errorf("**N/A** read as %+v", f)
	}
	if got := p.Rules[0].ActionName("Environment"); got != "env-mq-client" {
		t.Errorf("ActionName = %q", got)
	}
	bk := p.Rules[4].Condition
	if bk.RemoteAddr[0].From.Text != "192.168.10.0" || bk.RemoteAddr[0].To.Text != "192.168.10.255" || bk.RemotePortFrom != 7001 || bk.RemotePortTo != 7010 {
		t.Errorf("backup condition = %+v", bk)
	}
	env := p.Rules[2].Action("Environment")
	cs := env.Get("TTLSCipherParms", "v3CipherSuites")
	if cs == nil || len(cs.Items) != 6 || cs.Items[0].Code.Text != "1302" || cs.Items[0].Name.Text != "TLS_AES_256_GCM_SHA384" {
		t.Fatalf("v3CipherSuites = %+v", cs)
	}
	if sp := cs.Items[0].Code.Span; sp.Col != 7 || sp.EndCol != 11 {
		t.Errorf("code span = %v", sp)
	}
	if f := env.Get("TTLSEnvironmentAdvancedParms", "TLSv1.3"); f == nil || f.Value.Text != "On" {
		t.Errorf("TLSv1.3 = %+v", f)
	}
	if f := env.Get("TTLSGskAdvancedParms", "TTLSGskOcspParms", "OcspRequestSigalg"); f == nil || len(f.Items) != 1 {
		t.Errorf("OcspRequestSigalg = %+v", f)
	}
	if f := p.Rules[2].Action("Connection").Get("TTLSSignatureParms", "ClientECurves"); f == nil || f.Value.Text != "Any" {
		t.Errorf("ClientECurves Any = %+v", f)
	}
	golden.Check(t, "report/pasearch-t.txt.golden", render(t, p))
}

// TestSamples reads the field samples as live views, without errors.
func TestSamples(t *testing.T) {
	dir := golden.Samples(t)
	data := read(t, filepath.Join(dir, "ipsec-f-display.txt"))
	d, err := ParseIPSecDisplay("ipsec-f-display.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if d.Diags().HasErrors() || len(d.Filters) != 1 {
		t.Fatalf("ipsec: %d filters\n%v", len(d.Filters), d.Diags())
	}
	f := d.Filters[0]
	if f.Name.Text != "icmpinspecific2" || f.Type != "Generic" || f.Action != "Permit" || f.Direction != "Inbound" ||
		f.Logging != "All" || f.Protocol != "ICMP(1)" || f.ProtocolNumber != 1 || f.ICMPType != "8" ||
		f.Source.Address != "10.1.0.2" || f.Source.Prefix != -1 || f.Dest.Address != "0.0.0.0" || f.Dest.Prefix != 0 ||
		f.DiscardAction != "Silent" || f.FilterMatches != 1 {
		t.Errorf("filter = %+v", f)
	}
	golden.Check(t, "report/samples/ipsec-f-display.txt.golden", render(t, d))

	h, err := ParseNetstat("netstat-home.txt", read(t, filepath.Join(dir, "netstat-home.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if h.Diags().HasErrors() || h.Report != NetstatHome || len(h.Home) != 3 || h.Stack() != "TCPIP" {
		t.Fatalf("home: %s %d entries\n%v", h.Report, len(h.Home), h.Diags())
	}
	var got []string
	for _, e := range h.Home {
		got = append(got, fmt.Sprintf("%s %s %s %v", e.Kind, e.Name.Text, e.Address.Text, e.Primary()))
	}
	if g := strings.Join(got, "; "); g != "link LOOPBACK 127.0.0.1 false; interface ETH1 10.1.1.2 true; interface LOOPBACK6 ::1 false" {
		t.Errorf("home = %s", g)
	}
	golden.Check(t, "report/samples/netstat-home.txt.golden", render(t, h))

	dl, err := ParseNetstat("netstat-devlinks.txt", read(t, filepath.Join(dir, "netstat-devlinks.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if dl.Diags().HasErrors() || dl.Report != NetstatDevlinks || len(dl.Interfaces) != 1 {
		t.Fatalf("devlinks: %s %d\n%v", dl.Report, len(dl.Interfaces), dl.Diags())
	}
	in := dl.Interfaces[0]
	if in.Kind != KindInterface || in.Name.Text != "ETH1" || in.Type != "IPAQENET" || in.Status != "Ready" ||
		in.PortName != "PORTA" || in.CHPIDType != "OSD" || in.MTU != "8992" || len(in.Addresses) != 1 ||
		in.Addresses[0].Addr != "10.1.1.2" || in.Addresses[0].Prefix != 0 {
		t.Errorf("interface = %+v", in)
	}
	golden.Check(t, "report/samples/netstat-devlinks.txt.golden", render(t, dl))
}

// reportInput says whether a file of golden/report is one of this
// package's inputs: <kind>-<name>.txt, one dot (other packages keep
// derived files such as pasearch-t.effective.txt there).
var reportInput = regexp.MustCompile(`^(pasearch|ipsec|netstat)-[^.]+\.txt$`)

// TestGolden parses every input in golden/report, the broken ones
// included: each problem is a positioned diagnostic.
func TestGolden(t *testing.T) {
	for _, p := range golden.Inputs(t, "report", ".txt") {
		name := filepath.Base(p)
		if !reportInput.MatchString(name) {
			continue
		}
		t.Run(name, func(t *testing.T) {
			r := parseAny(t, name, read(t, p))
			if strings.Contains(name, "broken") || strings.Contains(name, "damaged") || strings.Contains(name, "truncated") {
				if !r.Diags().HasErrors() {
					t.Errorf("no error in a broken input")
				}
			} else if r.Diags().HasErrors() {
				t.Errorf("errors in a good input:\n%v", r.Diags())
			}
			golden.Check(t, "report/"+name+".golden", render(t, r))
		})
	}
}

func TestLexLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"  Version:              3                 Status:            Active", "K(Version) V(3) K(Status) V(Active)"},
		{"  Policy created: Mon Dec 23 04:52:19 2024", "K(Policy created) V(Mon Dec 23 04:52:19 2024)"},
		{"  Date:                 12/23/2024        Time:  04:52:29", "K(Date) V(12/23/2024) K(Time) V(04:52:29)"},
		{"      C02F  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "T(C02F) T(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)"},
		{"TCP/IP pasearch CS 3.1                    Image Name: TCPIP", "T(TCP/IP pasearch CS 3.1) K(Image Name) V(TCPIP)"},
		{"  Address:  ::1 ", "K(Address) V(::1)"},
		{"   Day of Week Mask:    1111111  (Sunday - Saturday)", "K(Day of Week Mask) V(1111111  (Sunday - Saturday))"},
		{"   JobName:                               UserId:", "K(JobName) K(UserId)"},
		{"     3DesKeyCheck:              Off", "K(3DesKeyCheck) V(Off)"},
		{"    ReadStorage: GLOBAL (4096K) ", "K(ReadStorage) V(GLOBAL (4096K))"},
		{"  • IntfName: ETH1 the interface name", "T(• IntfName: ETH1 the interface name)"},
		{"FilterName:\ticmp", "K(FilterName) V(icmp)"},
		{"10.1.1.2:  x", "T(10.1.1.2:) T(x)"},
	} {
		l := &lexState{file: "t"}
		var got []string
		for _, tok := range l.lexLine(source.Record{Num: 1, Text: []byte(tt.in)}, 0) {
			switch tok.Type {
			case tKey:
				got = append(got, "K("+tok.Value+")")
			case tValue:
				got = append(got, "V("+tok.Value+")")
			case tText:
				got = append(got, "T("+tok.Value+")")
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("lexLine(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	dir := golden.Path("report")
	pas := read(t, filepath.Join(dir, "pasearch-t.txt"))
	ips := read(t, filepath.Join(dir, "ipsec-display.txt"))
	nst := read(t, filepath.Join(dir, "netstat-devlinks-mixed.txt"))
	others := map[string][]byte{
		"pagent":  []byte("TTLSRule r\n{\n  LocalPortRange 443\n  Direction Inbound\n}\n"),
		"profile": []byte("DEVICE OSA1 MPCIPA\nLINK ETH1 IPAQENET OSA1\nHOME 10.1.1.2 ETH1\n"),
		"syslog":  []byte("*.err /var/log/errors\n"),
		"gskenv":  []byte("GSK_PROTOCOL_TLSV1_2=ON\n"),
	}
	for name, f := range map[string]func(string, []byte) int{"pasearch": ScorePasearch, "ipsec": ScoreIPSecDisplay, "netstat": ScoreNetstat} {
		for kind, data := range map[string][]byte{"pasearch": pas, "ipsec": ips, "netstat": nst} {
			s := f("x", data)
			if (kind == name) != (s >= 50) {
				t.Errorf("%s score of a %s report = %d", name, kind, s)
			}
		}
		for kind, data := range others {
			if s := f("x", data); s >= 30 {
				t.Errorf("%s score of a %s file = %d", name, kind, s)
			}
		}
	}
}
