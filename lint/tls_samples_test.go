package lint

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/gskenv"
	"github.com/zosnet/znet/model"
)

// mendXcom makes the Configuration Assistant sample parse: the "..."
// record (suites the author left out) is dropped and the last block,
// never closed in the article, is closed. The sample itself is not
// touched.
func mendXcom(data []byte) []byte {
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) == "..." {
			continue
		}
		out = append(out, l)
	}
	return []byte(strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n}\n")
}

// sampleInput reads a field sample as znet lint would: a Policy Agent
// file, or a System SSL environment file.
func sampleInput(t *testing.T, dir, name string, mend func([]byte) []byte) (Input, []byte) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	if mend != nil {
		data = mend(data)
	}
	if strings.HasSuffix(name, ".env") {
		f, err := gskenv.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		return Input{Env: []*gskenv.File{f}, EnvRelease: model.DefaultRelease, Syntax: f.Diagnostics}, data
	}
	return inputOf(t, name, string(data)), data
}

// TestTLSSamples lints the field samples and compares the text report
// with golden/lint/samples/<sample>.text.
func TestTLSSamples(t *testing.T) {
	dir := golden.Samples(t)
	for _, tc := range []struct {
		name string
		mend func([]byte) []byte
		// want are substrings of findings the samples README asks for,
		// as "RULE message-part".
		want []string
		// not are rules that must not report.
		not []string
	}{
		{name: "attls-colattl-shadowed.conf", want: []string{
			"TLS014 TLS_RSA_WITH_AES_256_CBC_SHA256 (003D, position 2, weak) comes before 1 better-graded suite",
			"TLS014 TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 (C02C, position 3, recommended)",
			"TLS009 TLS_CHACHA20_POLY1305_SHA256 (1303) is a TLS 1.3 suite, but TLSv1.3 is Off in TTLSConnectionAdvancedParms TNCOonAdvParms",
			"TLS007 TLS_RSA_WITH_AES_256_CBC_SHA256 (003D) is weak: no forward secrecy (RSA key exchange), CBC mode",
			"HYG007 TTLSRule COLATTLS has the same Priority 1 as COLATTLJ",
			"SHD001 COLATTLS is never used: every connection it matches is taken first by COLATTLJ",
			"HYG004 Trace 255",
		}},
		{name: "attls-xcom-server-nca.conf", mend: mendXcom, want: []string{
			"TLS010 TLS_DHE_RSA_WITH_AES_256_CBC_SHA256 (006B) can be negotiated only in TLSv1.2, and only TLSv1.3 is enabled",
			"TLS010 TLS_DHE_DSS_WITH_AES_256_CBC_SHA256 (006A)",
			"TLS010 TLS_DHE_RSA_WITH_AES_128_CBC_SHA (0033)",
			"TLS010 TLS_DH_RSA_WITH_AES_128_CBC_SHA (0031)",
			"HYG001 KeyringPw",
			"HYG004 Trace 255",
			"HYG005 HandshakeTimeout 0",
		}, not: []string{"TLS003", "TLS004", "TLS005"}},
		{name: "gsk-env-ldap-weak-first.env", want: []string{
			"TLS006 TLS_ECDHE_ECDSA_WITH_NULL_SHA (C006) is insecure",
			"TLS006 TLS_ECDHE_ECDSA_WITH_RC4_128_SHA (C007) is insecure",
			"TLS006 TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA (C008) is insecure",
			"TLS014 TLS_DHE_RSA_WITH_AES_256_CBC_SHA256 (006B, position 1, weak) comes before 2 better-graded suites",
			"TLS014 TLS_ECDHE_ECDSA_WITH_NULL_SHA (C006, position 2, insecure)",
			"TLS009 TLS_CHACHA20_POLY1305_SHA256 (1303) is a TLS 1.3 suite, but GSK_PROTOCOL_TLSV1_3 is Off by System SSL's default",
		}},
		{name: "gsk-env-default-ciphers.env", want: []string{
			"TLS007 TLS_RSA_WITH_AES_256_CBC_SHA (0035) is weak",
			"TLS007 TLS_DHE_DSS_WITH_AES_256_CBC_SHA (0038) is weak",
			"TLS007 TLS_DHE_RSA_WITH_AES_256_CBC_SHA (0039) is weak",
			"TLS007 TLS_RSA_WITH_AES_128_CBC_SHA (002F) is weak",
			"TLS007 TLS_DHE_DSS_WITH_AES_128_CBC_SHA (0032) is weak",
			"TLS007 TLS_DHE_RSA_WITH_AES_128_CBC_SHA (0033) is weak",
			"TLS016 TLS_RSA_WITH_AES_256_CBC_SHA (0035, position 1, weak) uses RSA key exchange, and the list has no ECDHE suite",
		}},
		{name: "gsk-env-ldap-good.env", not: []string{"TLS006", "TLS007", "TLS008", "TLS014", "TLS015", "TLS016"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, data := sampleInput(t, dir, tc.name, tc.mend)
			res := Run(in, Options{})
			var all []string
			for _, f := range res.Findings {
				all = append(all, f.RuleID+" "+f.Message)
			}
			joined := strings.Join(all, "\n")
			for _, w := range tc.want {
				id, part, _ := strings.Cut(w, " ")
				found := false
				for _, f := range res.Findings {
					found = found || (f.RuleID == id && strings.Contains(f.Message, part))
				}
				if !found {
					t.Errorf("no %s finding with %q in:\n%s", id, part, joined)
				}
			}
			for _, id := range tc.not {
				if len(positions(res.Findings, id)) > 0 {
					t.Errorf("%s reported:\n%s", id, joined)
				}
			}
			var b bytes.Buffer
			if err := WriteText(&b, res, TextOptions{Sources: map[string][]byte{tc.name: data}}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("lint", "samples", tc.name+".text"), b.Bytes())
		})
	}
}
