package lint

import (
	"bytes"
	"strings"
	"testing"

	"github.com/zosnet/znet/grammar/gskenv"
	"github.com/zosnet/znet/model"
)

// noTLS switches the TLS rules off, for the engine's tests: their small
// policies keep the z/OS defaults, which the TLS rules rightly report.
func noTLS() *Config { return &Config{Rules: map[string]string{CatTLS: "off"}} }

// envInput lints one environment file the way znet lint does.
func envInput(t testing.TB, name, text string) Input {
	t.Helper()
	f, err := gskenv.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Input{Env: []*gskenv.File{f}, EnvRelease: model.DefaultRelease, Syntax: f.Diagnostics}
}

// byRule lists "RULE line:col" of the findings, in order.
func byRule(fs []*Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.RuleID+" "+f.Span.String()[strings.Index(f.Span.String(), ":")+1:])
	}
	return out
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// An environment file goes through every rule: the TLS rules read it,
// the others find nothing (and do not fail on the empty policy).
func TestEnvPass(t *testing.T) {
	env := "GSK_KEYRING_PW=Sesame42\n" +
		"GSK_PROTOCOL_TLSV1=OFF\nGSK_PROTOCOL_TLSV1_1=OFF\nGSK_PROTOCOL_TLSV1_2=ON\n" +
		"GSK_V3_CIPHER_SPECS_EXPANDED=0035C02FC007\n"
	res := Run(envInput(t, "ldap.env", env), Options{})
	got := byRule(res.Findings)
	for _, want := range []string{"TLS006 5:38", "TLS007 5:30", "TLS014 5:30", "TLS016 5:30"} {
		if !has(got, want) {
			t.Errorf("no %s in %v", want, got)
		}
	}
	for _, f := range res.Findings {
		if f.Category != CatTLS {
			t.Errorf("non-TLS finding on an environment file: %s", f.Diagnostic())
		}
	}
	if has(got, "TLS003 1:1") || has(got, "TLS005 1:1") {
		t.Errorf("protocols are coded: %v", got)
	}
	// A finding on the file as a whole shows the first record, whose
	// secret must stay masked.
	res = Run(envInput(t, "ldap.env", "GSK_KEYRING_PW=Sesame42\nGSK_PROTOCOL_TLSV1_2=ON\n"), Options{})
	var b bytes.Buffer
	if err := WriteText(&b, res, TextOptions{Sources: map[string][]byte{"ldap.env": []byte("GSK_KEYRING_PW=Sesame42\nGSK_PROTOCOL_TLSV1_2=ON\n")}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "TLS003") || !strings.Contains(b.String(), "TLS008") {
		t.Errorf("defaults not reported:\n%s", b.String())
	}
	if strings.Contains(b.String(), "Sesame42") {
		t.Errorf("secret shown:\n%s", b.String())
	}
}

// Which cipher variable System SSL reads, and the defaults of an
// environment file.
func TestEnvCipherList(t *testing.T) {
	for _, tc := range []struct {
		env  string
		want []string
		not  []string
	}{
		// 4-character specs win over 2-character ones.
		{"GSK_PROTOCOL_TLSV1_2=ON\nGSK_V3_CIPHER_SPECS=05\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\n", nil, []string{"TLS006 2:21"}},
		// ... unless the application is told to use 2-character specs.
		{"GSK_PROTOCOL_TLSV1_2=ON\nGSK_V3_CIPHERS=GSK_V3_CIPHERS_CHAR2\nGSK_V3_CIPHER_SPECS=05\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\n", []string{"TLS006 3:21"}, nil},
		// An empty list means System SSL's default.
		{"GSK_PROTOCOL_TLSV1_2=ON\nGSK_V3_CIPHER_SPECS_EXPANDED=\n", []string{"TLS008 1:1"}, nil},
		// TLS 1.3 only with TLS 1.2 suites: nothing can be negotiated.
		{"GSK_PROTOCOL_TLSV1=OFF\nGSK_PROTOCOL_TLSV1_3=ON\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\n", []string{"TLS013 3:1", "TLS010 3:30"}, nil},
		// Lists the file does not set are left to the application.
		{"GSK_PROTOCOL_TLSV1_2=ON\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\n", nil, []string{"TLS017 1:1", "TLS021 1:1", "TLS025 1:1"}},
		// Coded key minimum and curves are judged.
		{"GSK_PROTOCOL_TLSV1_2=ON\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\nGSK_PEER_RSA_MIN_KEY_SIZE=1024\nGSK_CLIENT_ECURVE_LIST=00210023\n",
			[]string{"TLS025 3:1", "TLS022 4:24"}, nil},
	} {
		got := byRule(Run(envInput(t, "e.env", tc.env), Options{}).Findings)
		for _, w := range tc.want {
			if !has(got, w) {
				t.Errorf("%q: no %s in %v", tc.env, w, got)
			}
		}
		for _, n := range tc.not {
			if has(got, n) {
				t.Errorf("%q: %s reported: %v", tc.env, n, got)
			}
		}
	}
}

// Group codes in an environment file: hex values and unknown codes are
// reported with the decimal code meant.
func TestEnvGroupCodes(t *testing.T) {
	res := Run(envInput(t, "g.env", "GSK_PROTOCOL_TLSV1_2=ON\nGSK_V3_CIPHER_SPECS_EXPANDED=C02F\nGSK_CLIENT_ECURVE_LIST=0017002300190099\n"), Options{})
	got := byRule(res.Findings)
	for _, want := range []string{"TLS037 3:24", "TLS037 3:32", "TLS037 3:36"} {
		if !has(got, want) {
			t.Errorf("no %s in %v", want, got)
		}
	}
	for _, f := range res.Findings {
		if f.RuleID == "TLS037" && f.Span.Col == 24 && f.Hint != "write 0023" {
			t.Errorf("hex secp256r1: %s (%s)", f.Message, f.Hint)
		}
	}
}
