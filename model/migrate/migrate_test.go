package migrate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

func migrateText(t *testing.T, name, text string, opt Options) (*tcpprofile.Profile, *Result) {
	t.Helper()
	p, diags := tcpprofile.Load(name, []byte(text), nil)
	if diags.HasErrors() {
		t.Fatalf("%s does not load: %v", name, diags)
	}
	return p, Migrate(p, opt)
}

// The field notes' profile (shared/samples) migrates to the INTERFACE of
// tcpip-interface-expected.prof, with the warning that without a prefix
// length netstat shows /0; the HOME entry goes, START names the
// interface, the route is untouched.
func TestSampleClean(t *testing.T) {
	dir := golden.Samples(t)
	in := filepath.Join(dir, "tcpip-device-link-clean.prof")
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := tcpprofile.Load(in, data, nil)
	res := Migrate(p, Options{})
	if res.Refused() || len(res.Conversions) != 1 {
		t.Fatalf("want one conversion, got %d; findings %v", len(res.Conversions), res.Diagnostics)
	}
	checkProperties(t, p, res)

	want, err := os.ReadFile(filepath.Join(dir, "tcpip-interface-expected.prof"))
	if err != nil {
		t.Fatal(err)
	}
	wf, _ := profile.Parse("expected", want)
	gf, _ := profile.Parse("migrated", res.Files[0].New)
	var got *profile.Statement
	for _, s := range gf.Statements {
		if s.Name == "INTERFACE" {
			got = s
		}
	}
	if got == nil || len(wf.Statements) != 1 {
		t.Fatalf("no INTERFACE statement in\n%s", res.Files[0].New)
	}
	if got.Text() != wf.Statements[0].Text() {
		t.Errorf("INTERFACE statement\n got %s\nwant %s", got.Text(), wf.Statements[0].Text())
	}
	text := string(res.Files[0].New)
	for _, s := range []string{"START ETH1\n", "ROUTE DEFAULT      10.1.1.1 ETH1 MTU 1492\n", "; OSA port still defined the legacy way\n"} {
		if !strings.Contains(text, s) {
			t.Errorf("migrated profile lacks %q:\n%s", s, text)
		}
	}
	for _, s := range []string{"HOME", "DEVICE", "LINK", "START PORTA"} {
		if strings.Contains(text, s) {
			t.Errorf("migrated profile still has %q:\n%s", s, text)
		}
	}
	found := false
	for _, d := range res.Diagnostics {
		if d.Code == CodeNoPrefix && strings.Contains(d.Message, "10.1.1.2/0") {
			found = true
		}
	}
	if !found {
		t.Errorf("no /0 warning (MG104): %v", res.Diagnostics)
	}
	// With the prefix length given, no warning, and the address has it.
	res = Migrate(p, Options{Prefix: map[string]int{"eth1": 24}})
	if !strings.Contains(string(res.Files[0].New), "IPADDR 10.1.1.2/24\n") {
		t.Errorf("--prefix ETH1=/24 not applied:\n%s", res.Files[0].New)
	}
	for _, d := range res.Diagnostics {
		if d.Code == CodeNoPrefix {
			t.Errorf("MG104 with --prefix: %v", d)
		}
	}
}

// The OBEYFILE members follow the field notes' order: stop the device,
// the replacement HOME list, DELETE LINK and DELETE DEVICE each in a
// member of its own (obey-delete-link-device.txt), the INTERFACE
// statement, START of the interface.
func TestSampleObeyOrder(t *testing.T) {
	dir := golden.Samples(t)
	data, err := os.ReadFile(filepath.Join(dir, "tcpip-device-link-clean.prof"))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := tcpprofile.Load("tcpip-device-link-clean.prof", data, nil)
	res := Migrate(p, Options{})
	note, err := os.ReadFile(filepath.Join(dir, "obey-delete-link-device.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var deletes []string
	for _, l := range strings.Split(string(note), "\n") {
		if strings.HasPrefix(l, "DELETE ") {
			deletes = append(deletes, strings.TrimSpace(l))
		}
	}
	if len(deletes) != 2 {
		t.Fatalf("sample holds %v", deletes)
	}
	want := [][]string{{"STOP PORTA"}, {"HOME"}, {deletes[0]}, {deletes[1]}, {"INTERFACE ETH1"}, {"START ETH1"}}
	if len(res.Obey) != len(want) {
		t.Fatalf("%d members, want %d: %+v", len(res.Obey), len(want), res.Obey)
	}
	names := make([]string, len(res.Obey))
	for i, m := range res.Obey {
		names[i] = m.Name
		if len(m.Name) > 8 {
			t.Errorf("member name %s is longer than 8", m.Name)
		}
		if i > 0 && names[i-1] >= m.Name {
			t.Errorf("member %s does not sort after %s", m.Name, names[i-1])
		}
		if m.Statements[0] != want[i][0] {
			t.Errorf("member %d (%s) begins with %q, want %q", i+1, m.Name, m.Statements[0], want[i][0])
		}
		// Each member is an OBEYFILE znet reads without syntax errors.
		_, diags := tcpprofile.LoadWith(m.Name, m.Data, nil, tcpprofile.Options{Obey: true})
		for _, d := range diags {
			if d.Severity == source.Error && strings.HasPrefix(d.Code, "PR1") {
				t.Errorf("%s: %v", m.Name, d)
			}
		}
		for _, l := range strings.Split(string(m.Data), "\n") {
			if len(l) > 72 {
				t.Errorf("%s: record longer than 72 columns: %q", m.Name, l)
			}
		}
	}
	// DELETE LINK and DELETE DEVICE are never in one member.
	for _, m := range res.Obey {
		text := string(m.Data)
		if strings.Contains(text, "\nDELETE LINK") && strings.Contains(text, "\nDELETE DEVICE") {
			t.Errorf("%s holds both DELETE LINK and DELETE DEVICE", m.Name)
		}
		if strings.Contains(text, "\nSTOP ") && strings.Contains(text, "\nDELETE") {
			t.Errorf("%s holds STOP and DELETE, which would race", m.Name)
		}
	}
}

// Edits keep the bytes around them: CRLF record ends, a byte order mark,
// a file without a final line end, a deleted statement at the start.
func TestLayouts(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"crlf",
			"DEVICE P MPCIPA\r\nLINK L IPAQENET P\r\nHOME\r\n  10.0.0.1 L\r\nSTART P\r\n",
			"INTERFACE L\r\n    DEFINE IPAQENET\r\n    CHPIDTYPE OSD\r\n    IPADDR 10.0.0.1/24\r\n    PORTNAME P\r\nSTART L\r\n"},
		{"bom-no-final-newline",
			"\xEF\xBB\xBFDEVICE P MPCIPA\nLINK L IPAQENET P\nHOME 10.0.0.1 L\nSTART P",
			"\xEF\xBB\xBFINTERFACE L\n    DEFINE IPAQENET\n    CHPIDTYPE OSD\n    IPADDR 10.0.0.1/24\n    PORTNAME P\nSTART L"},
		{"home-kept-entries",
			"HOME 10.9.9.9 X 10.0.0.1 L 10.8.8.8 Y\nDEVICE X MPCPTP\nLINK X MPCPTP X\nDEVICE Y MPCPTP\nLINK Y MPCPTP Y\nDEVICE P MPCIPA\nLINK L IPAQENET P\n",
			"HOME 10.9.9.9 X 10.8.8.8 Y\nDEVICE X MPCPTP\nLINK X MPCPTP X\nDEVICE Y MPCPTP\nLINK Y MPCPTP Y\nINTERFACE L\n    DEFINE IPAQENET\n    CHPIDTYPE OSD\n    IPADDR 10.0.0.1/24\n    PORTNAME P\n"},
		{"last-entry-of-record",
			"DEVICE X MPCPTP\nLINK X MPCPTP X\nDEVICE P MPCIPA\nLINK L IPAQENET P\nHOME 10.9.9.9 X\n  10.0.0.1 L ; moved\nSTART P ; port\n",
			"DEVICE X MPCPTP\nLINK X MPCPTP X\nINTERFACE L\n    DEFINE IPAQENET\n    CHPIDTYPE OSD\n    IPADDR 10.0.0.1/24\n    PORTNAME P\nHOME 10.9.9.9 X\nSTART L ; port\n"},
		{"primary-flag",
			"DEVICE X MPCPTP\nLINK X MPCPTP X\nDEVICE P MPCIPA\nLINK L IPAQENET P\nHOME 10.9.9.9 X 10.0.0.1 L PRIMARY\n",
			"DEVICE X MPCPTP\nLINK X MPCPTP X\nINTERFACE L\n    DEFINE IPAQENET\n    CHPIDTYPE OSD\n    IPADDR 10.0.0.1/24\n    PORTNAME P\nHOME 10.9.9.9 X\nPRIMARYINTERFACE L\n"},
		{"comment-records-kept",
			"DEVICE P MPCIPA ; port P\n; the link\nLINK L IPAQENET P\n  ; its VLAN\n  VLANID 7 ; seven\nHOME 10.0.0.1 L\n",
			"; the link\n  ; its VLAN\nINTERFACE L   ; port P\n    DEFINE IPAQENET\n    CHPIDTYPE OSD\n    IPADDR 10.0.0.1/24\n    PORTNAME P\n    VLANID 7   ; seven\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, res := migrateText(t, c.name, c.in, Options{Prefix: map[string]int{"L": 24}})
			if got := string(res.Files[0].New); got != c.want {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
			checkProperties(t, p, res)
		})
	}
}

// A --prefix for nothing converted, out of range, or for a VIPA is an
// error (MG111); for a refused link it is not (the refusal says enough).
func TestPrefixOptions(t *testing.T) {
	in := "DEVICE V VIRTUAL 0\nLINK VL VIRTUAL 0 V\nDEVICE P MPCIPA\nLINK L IPAQENET P\nLINK L2 IPAQENET P\nHOME 10.0.0.9 VL 10.0.0.1 L 10.0.0.2 L2\n"
	_, res := migrateText(t, "prefix", in, Options{Prefix: map[string]int{"NOPE": 24, "VL": 32, "L": 24, "L2": 33}})
	var msgs []string
	for _, d := range res.BadOptions() {
		msgs = append(msgs, d.Message)
	}
	got := strings.Join(msgs, "\n")
	for _, want := range []string{"--prefix NOPE names no link", "--prefix VL names a static VIPA", "--prefix L2=/33"} {
		if !strings.Contains(got, want) {
			t.Errorf("MG111 findings lack %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "--prefix L names") {
		t.Errorf("MG111 for a refused link:\n%s", got)
	}
	for _, bad := range []string{"ETH1", "=24", "ETH1=/40", "ETH1=/x"} {
		if _, _, err := ParsePrefix(bad); err == nil {
			t.Errorf("ParsePrefix(%q) accepted", bad)
		}
	}
	if n, v, err := ParsePrefix("eth1=/24"); err != nil || n != "ETH1" || v != 24 {
		t.Errorf("ParsePrefix(eth1=/24) = %q %d %v", n, v, err)
	}
}

func TestMaskPrefix(t *testing.T) {
	for mask, want := range map[string]int{"255.255.255.0": 24, "255.255.255.192": 26, "255.255.248.0": 21, "255.255.255.255": 32, "128.0.0.0": 1} {
		if n, ok := maskPrefix(mask); !ok || n != want {
			t.Errorf("maskPrefix(%s) = %d %v, want %d", mask, n, ok, want)
		}
	}
	for _, bad := range []string{"0", "0.0.0.0", "255.0.255.0", "255.255.255.1", "DEFAULTSIZE", "::1"} {
		if _, ok := maskPrefix(bad); ok {
			t.Errorf("maskPrefix(%s) accepted", bad)
		}
	}
}
