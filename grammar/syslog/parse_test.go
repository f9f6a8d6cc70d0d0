package syslog

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/source"
)

// codes renders diagnostics as "line:col CODE" for table tests.
func codes(ds source.Diagnostics) string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%d:%d %s", d.Span.Line, d.Span.Col, d.Code))
	}
	return strings.Join(out, " ")
}

func TestParseTable(t *testing.T) {
	tests := []struct {
		name, in string
		rules    int
		diags    string
	}{
		{"simple", "*.err /var/log/errors\n", 1, ""},
		{"job qualifier", "*.TCPIP.*.err   /var/log/TCPIPerr.%Y.%m.%d\n", 1, ""},
		{"tab separated", "auth.*\t/var/log/auth\n", 1, ""},
		{"crlf and bom", "\xef\xbb\xbfauth.* /a\r\n", 1, "1:1 SL104"},
		{"comment records", "# one\n# two\n*.err /e\n", 1, ""},
		{"indented comment", "  # one\n*.err /e\n", 1, "1:3 SL118"},
		{"trailing comment", "*.err /e # all errors\n", 1, ""},
		{"several selectors", "*.*;mail.none /var/log/all\n", 1, ""},
		{"facility list", "mail,news.info /m\n", 1, ""},
		{"host", "(10.1.1.1).daemon.info /r\n", 1, ""},
		{"remote destination", "*.err @loghost\n", 1, ""},
		{"options", "mail.* /var/log/mail -F 640 -D 770\n", 1, ""},
		{"archive options", "mail.* /var/log/mail -N MAIL -X\n", 1, ""},
		{"continued across records", "*.TCPIP.*.none;\n*.CPAGENT.*.none /var/log/all\n", 1, "1:15 SL114"},
		{"blank inside list", "kern.* ; *.err /z\n", 1, "1:8 SL114"},
		{"blank after semicolon", "kern.*; *.err /z\n", 1, "1:9 SL114"},
		{"empty", "\n\n", 0, "1:1 SL105"},
		{"empty part", "*..err /x\n", 1, "1:3 SL106"},
		{"two destinations", "auth.* /a /b\n", 1, "1:11 SL106"},
		{"three parts", "*.TCPIP.err /t\n", 1, "1:1 SL107 1:3 SL108"},
		{"one part", "mail /var/log/mail\n", 1, "1:1 SL107"},
		{"unknown facility", "dameon.err /d\n", 1, "1:1 SL108"},
		{"unknown priority", "mail.inf /m\n", 1, "1:6 SL109"},
		{"priority list", "mail.err,info /m\n", 1, "1:10 SL107"},
		{"no destination", "mail.err\n", 1, "1:1 SL110"},
		{"no destination, option", "mail.err -F 640\n", 1, "1:10 SL110"},
		{"continued at end", "*.TCPIP.*.none;\n", 1, "1:1 SL110 1:15 SL114"},
		{"bad mode", "mail.* /m -F 999\n", 1, "1:14 SL111"},
		{"missing mode", "mail.* /m -D\n", 1, "1:11 SL111"},
		{"unknown option", "mail.* /m -Q 1\n", 1, "1:11 SL111"},
		{"X with value", "mail.* /m -X 1\n", 1, "1:14 SL111"},
		{"F with N", "mail.* /m -F 640 -N Q\n", 1, "1:18 SL112"},
		{"option on remote", "mail.* @h -F 640\n", 1, "1:11 SL113"},
		{"relative path", "mail.* var/log/mail\n", 1, "1:8 SL115"},
		{"odd conversion", "mail.* /var/log/m.%H\n", 1, "1:19 SL116"},
		{"double slash", "mail.* /var/log//mail\n", 1, "1:16 SL117"},
		{"global statement", "BeginArchiveParms PREFIX\n", 0, "1:1 SL119"},
		{"long job", "*.TCPIPSTACK1.*.err /t\n", 1, "1:3 SL120"},
		{"lower-case job", "*.Pagent.*.* /p\n", 1, "1:3 SL121"},
		{"inner star", "*.TC*IP.*.err /t\n", 1, "1:3 SL122"},
		{"unclosed host", "(10.1.1.1.daemon.err /t\n", 1, "1:1 SL123"},
		{"bad byte", "*.err /e\x01\n", 1, "1:9 SL101"},
		{"bad byte in comment", "# a\x01b\n*.err /e\n", 1, "1:4 SL102"},
		{"nbsp", "*.err\u00a0/e\n", 1, "1:6 SL103"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("t.conf", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(f.Diags()); got != tt.diags {
				t.Errorf("diagnostics = %q, want %q\n%v", got, tt.diags, f.Diags())
			}
			if len(f.Rules) != tt.rules {
				t.Errorf("%d rules, want %d", len(f.Rules), tt.rules)
			}
		})
	}
}

func TestParseTree(t *testing.T) {
	f, err := Parse("t.conf", []byte("# AT-TLS\n*.TCPIP.*.info;*.TCPIP.daemon.none   /var/log/TCPIP.%Y.%m.%d -F 640 # daily\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Rules) != 1 {
		t.Fatalf("rules = %d", len(f.Rules))
	}
	r := f.Rules[0]
	if len(r.Selectors) != 2 {
		t.Fatalf("selectors = %d", len(r.Selectors))
	}
	s := r.Selectors[1]
	if s.User.Text != "*" || s.Job.Text != "TCPIP" || s.Facilities[0].Text != "daemon" || s.Priority.Text != "none" {
		t.Errorf("selector = %+v", s)
	}
	if s.Priority.Span.Line != 2 || s.Priority.Span.Col != 31 || s.Priority.Span.EndCol != 35 {
		t.Errorf("priority span = %v", s.Priority.Span)
	}
	if r.Dest.Text != "/var/log/TCPIP.%Y.%m.%d" || r.Dest.Kind != DestFile || strings.Join(r.Dest.Dated, "") != "%Y%m%d" {
		t.Errorf("destination = %+v", r.Dest)
	}
	if v, ok := r.Opt("-F"); !ok || v != "640" {
		t.Errorf("-F = %q %v", v, ok)
	}
	if len(r.Leading) != 1 || r.Leading[0].Text != "# AT-TLS" || len(r.Trailing) != 1 || r.Trailing[0].Text != "# daily" {
		t.Errorf("comments = %v / %v", r.Leading, r.Trailing)
	}
	if got := s.Text(); got != "*.TCPIP.daemon.none" {
		t.Errorf("Text() = %q", got)
	}
}

// render is what the golden files hold: the outline with positions, then
// the diagnostics.
func render(t testing.TB, f *File) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(f.Outline(true)); err != nil {
		t.Fatal(err)
	}
	b.WriteString("---\n# diagnostics\n")
	for _, d := range f.Diags() {
		b.WriteString("# " + d.String() + "\n")
	}
	return b.Bytes()
}

// TestSamples parses the field samples: both must parse without errors
// (../shared/samples/README.md), and their trees are golden files.
func TestSamples(t *testing.T) {
	dir := golden.Samples(t)
	paths, _ := filepath.Glob(filepath.Join(dir, "syslog-*.conf"))
	if len(paths) == 0 {
		t.Fatal("no syslog samples")
	}
	for _, p := range paths {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			if f.Diags().HasErrors() {
				t.Errorf("errors in a sample that must parse:\n%v", f.Diags())
			}
			golden.Check(t, "syslog/samples/"+name+".golden", render(t, f))
		})
	}
}

// TestGolden parses the inputs in golden/syslog, broken ones included.
func TestGolden(t *testing.T) {
	for _, p := range golden.Inputs(t, "syslog", ".conf") {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "syslog/"+name+".golden", render(t, f))
		})
	}
}

func TestScore(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"*.TCPIP.*.err /var/log/x\n*.err /e\n", true},
		{"# c\nauth.* /var/log/auth\n", true},
		{"TTLSRule r\n{\n  LocalPortRange 443\n}\n", false},
		{"DEVICE OSA1 MPCIPA\nLINK ETH1 IPAQENET OSA1\nHOME 10.1.1.2 ETH1\nSTART OSA1\n", false},
		{"GSK_PROTOCOL_TLSV1_2=ON\n", false},
		{"\u00a0\u00a0\n\u00a0\n", false},            // only non-breaking spaces: nothing, no panic
		{"\u00a0\n*.TCPIP.*.err /var/log/x\n", true}, // a record of them among rules
	} {
		if got := Score("x", []byte(tt.in)) >= 50; got != tt.want {
			t.Errorf("Score(%q) = %d", tt.in, Score("x", []byte(tt.in)))
		}
	}
}
