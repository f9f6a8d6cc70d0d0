package gskenv

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
		vars     int
		diags    string
	}{
		{"protocol", "GSK_PROTOCOL_TLSV1_2=ON\n", 1, ""},
		{"lower-case switch", "GSK_PROTOCOL_TLSV1_1=off\n", 1, ""},
		{"enum switch", "GSK_PROTOCOL_SSLV2=GSK_PROTOCOL_SSLV2_OFF\n", 1, ""},
		{"enum other protocol", "GSK_PROTOCOL_TLSV1_2=GSK_PROTOCOL_TLSV1_ON\n", 1, "1:22 GS120"},
		{"bad switch", "GSK_PROTOCOL_TLSV1_3=yes\n", 1, "1:22 GS114"},
		{"expanded", "GSK_V3_CIPHER_SPECS_EXPANDED=C02CC02Bc030\n", 1, ""},
		{"expanded short", "GSK_V3_CIPHER_SPECS_EXPANDED=C02CC02\n", 1, "1:34 GS111"},
		{"expanded not hex", "GSK_V3_CIPHER_SPECS_EXPANDED=C02CXY12\n", 1, "1:34 GS112"},
		{"expanded with commas", "GSK_V3_CIPHER_SPECS_EXPANDED=C02C,C02B\n", 1, "1:34 GS113"},
		{"expanded repeated", "GSK_V3_CIPHER_SPECS_EXPANDED=C02CC02Bc02c\n", 1, "1:38 GS121"},
		{"two-char specs", "GSK_V3_CIPHER_SPECS=35382F\n", 1, ""},
		{"two-char odd", "GSK_V3_CIPHER_SPECS=35382\n", 1, "1:25 GS111"},
		{"v2 specs", "GSK_V2_CIPHER_SPECS=1367\n", 1, ""},
		{"sig pairs", "GSK_TLS_SIG_ALG_PAIRS=0601060308040403\n", 1, ""},
		{"cert sig pairs", "GSK_TLS_CERT_SIG_ALG_PAIRS=0401\n", 1, ""},
		{"groups", "GSK_CLIENT_ECURVE_LIST=00230024\nGSK_SERVER_TLS_KEY_SHARES=0029\n", 2, ""},
		{"groups in hex", "GSK_CLIENT_TLS_KEY_SHARES=001D0017\n", 1, "1:27 GS112"},
		{"empty list", "GSK_V3_CIPHER_SPECS_EXPANDED=\n", 1, "1:30 GS119"},
		{"trace", "GSK_TRACE=0xff\nGSK_TRACE_FILE=/tmp/gskssl.%.trc\n", 2, ""},
		{"trace octal", "GSK_TRACE=0377\n", 1, ""},
		{"bad trace", "GSK_TRACE=all\n", 1, "1:11 GS115"},
		{"bad number", "GSK_V3_SESSION_TIMEOUT=1d\n", 1, "1:24 GS115"},
		{"comments", "# LDAP\n#GSK_PROTOCOL_TLSV1_3=on\nGSK_PROTOCOL_TLSV1_2=on\n", 1, ""},
		{"other variables", "LIBPATH=/usr/lib\n_CEE_RUNOPTS=POSIX(ON)\n", 2, ""},
		{"unknown gsk", "GSK_PROTOCOL_TLS1_2=ON\n", 1, "1:1 GS108"},
		{"lower-case name", "gsk_protocol_tlsv1_2=on\n", 1, "1:1 GS109"},
		{"set twice", "GSK_PROTOCOL_TLSV1=ON\nGSK_PROTOCOL_TLSV1=OFF\n", 2, "2:1 GS110"},
		{"blank before eq", "GSK_PROTOCOL_TLSV1 =OFF\n", 1, "1:19 GS107"},
		{"trailing blanks", "GSK_PROTOCOL_TLSV1=OFF  \n", 1, "1:23 GS116"},
		{"quotes", "GSK_KEYRING_FILE=\"LDAPRING\"\n", 1, "1:18 GS117"},
		{"export", "export GSK_PROTOCOL_TLSV1=OFF\n", 1, "1:1 GS118"},
		{"no equals", "GSK_PROTOCOL_TLSV1\n", 0, "1:1 GS106"},
		{"words", "GSK_PROTOCOL_TLSV1 ON\n", 0, "1:1 GS106"},
		{"no name", "=ON\n", 0, "1:1 GS106"},
		{"garbage", "}}} {{{\n", 0, "1:1 GS106"},
		{"bad byte", "GSK_TRACE_FILE=/tmp/x\x01\n", 1, "1:22 GS101"},
		{"bad byte in comment", "# \x01\nGSK_TRACE=1\n", 1, "1:3 GS102"},
		{"nbsp", "GSK_TRACE_FILE=/tmp/\u00a0x\n", 1, "1:21 GS103"},
		{"bom", "\xef\xbb\xbfGSK_TRACE=1\n", 1, "1:1 GS104"},
		{"empty", "# nothing\n", 0, "1:1 GS105"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("t.env", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(f.Diags()); got != tt.diags {
				t.Errorf("diagnostics = %q, want %q\n%v", got, tt.diags, f.Diags())
			}
			if len(f.Vars) != tt.vars {
				t.Errorf("%d variables, want %d", len(f.Vars), tt.vars)
			}
		})
	}
}

func TestCodes(t *testing.T) {
	f, err := Parse("t.env", []byte("# weak first\nGSK_V3_CIPHER_SPECS_EXPANDED=006Bc024C02F\nGSK_CLIENT_ECURVE_LIST=00230029\nGSK_PROTOCOL_TLSV1_2=on\nGSK_KEYRING_PW=secret\n"))
	if err != nil {
		t.Fatal(err)
	}
	cs := f.List("GSK_V3_CIPHER_SPECS_EXPANDED")
	var got []string
	for _, c := range cs {
		got = append(got, fmt.Sprintf("%s@%d:%d-%d", c.Code, c.Span.Line, c.Span.Col, c.Span.EndCol))
	}
	if g := strings.Join(got, " "); g != "006B@2:30-34 C024@2:34-38 C02F@2:38-42" {
		t.Errorf("codes = %s", g)
	}
	if cs[1].Text != "c024" {
		t.Errorf("text = %q", cs[1].Text)
	}
	if g := f.List("GSK_CLIENT_ECURVE_LIST"); len(g) != 2 || g[1].Code != "0029" {
		t.Errorf("groups = %v", g)
	}
	if on, set := f.Protocol("TLSv1_2"); !on || !set {
		t.Errorf("TLSV1_2 = %v %v", on, set)
	}
	if _, set := f.Protocol("TLSV1_3"); set {
		t.Error("TLSV1_3 set")
	}
	if v := f.Lookup("GSK_KEYRING_PW"); v == nil || v.Shown() != "********" {
		t.Errorf("secret shown as %q", v.Shown())
	}
	if v := f.Lookup("GSK_V3_CIPHER_SPECS_EXPANDED"); len(v.Leading) != 1 || v.Leading[0].Text != "# weak first" {
		t.Errorf("leading = %v", v.Leading)
	}
}

func TestCiphers(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"GSK_V3_CIPHER_SPECS=352F\n", "0035 002F"},
		{"GSK_V3_CIPHER_SPECS=352F\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\n", "C02F"},
		{"GSK_V3_CIPHERS=GSK_V3_CIPHERS_CHAR2\nGSK_V3_CIPHER_SPECS=35\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\n", "0035"},
		{"GSK_PROTOCOL_TLSV1_2=ON\n", ""},
	} {
		f, _ := Parse("t.env", []byte(tt.in))
		var got []string
		for _, c := range f.Ciphers() {
			got = append(got, c.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Ciphers(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

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

// TestSamples parses the field samples: they must parse without errors,
// every cipher list into 4-character codes.
func TestSamples(t *testing.T) {
	dir := golden.Samples(t)
	paths, _ := filepath.Glob(filepath.Join(dir, "gsk-env-*.env"))
	if len(paths) == 0 {
		t.Fatal("no gsk-env samples")
	}
	want := map[string]string{
		"gsk-env-default-ciphers.env": "0035 0038 0039 002F 0032 0033",
		"gsk-env-ldap-good.env":       "C02C C02B C030 C02F C024 C023 1303 1301 1302",
		"gsk-env-ldap-weak-first.env": "006B C006 C007 C008 C024 C023 C025 1303 1301 1302 0039",
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
			var got []string
			for _, c := range f.List("GSK_V3_CIPHER_SPECS_EXPANDED") {
				got = append(got, c.Code)
			}
			if w, ok := want[name]; ok && strings.Join(got, " ") != w {
				t.Errorf("ciphers = %v, want %s", got, w)
			}
			golden.Check(t, "gskenv/samples/"+name+".golden", render(t, f))
		})
	}
}

func TestGolden(t *testing.T) {
	for _, p := range golden.Inputs(t, "gskenv", ".env") {
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
			golden.Check(t, "gskenv/"+name+".golden", render(t, f))
		})
	}
}

func TestScore(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"GSK_PROTOCOL_TLSV1_2=on\n", true},
		{"# c\nLIBPATH=/usr/lib\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\n", true},
		{"TTLSGskAdvancedParms\n{\n  GSK_V3_SESSION_TIMEOUT 86400\n}\n", false},
		{"TCPCONFIG TTLS\nHOME 10.1.1.2 ETH1\n", false},
		{"*.err /var/log/errors\n", false},
	} {
		if got := Score("x", []byte(tt.in)) >= 50; got != tt.want {
			t.Errorf("Score(%q) = %d", tt.in, Score("x", []byte(tt.in)))
		}
	}
}
