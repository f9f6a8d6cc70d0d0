package tls

import (
	"strings"
	"testing"
)

type parseFunc func(string) ([]Code, []Problem)

// prob is the expected part of a Problem.
type prob struct {
	off  int
	text string
	kind ProblemKind
	want string
	msg  string
}

type parseCase struct {
	name  string
	parse parseFunc
	in    string
	codes string // expected Values, blank separated
	probs []prob
}

func (c parseCase) run(t *testing.T) {
	t.Helper()
	codes, probs := c.parse(c.in)
	var got []string
	for _, cd := range codes {
		got = append(got, cd.Value)
	}
	if strings.Join(got, " ") != c.codes {
		t.Errorf("%s(%q) codes = %q, want %q", c.name, c.in, strings.Join(got, " "), c.codes)
	}
	if len(probs) != len(c.probs) {
		t.Errorf("%s(%q): %d problems, want %d:", c.name, c.in, len(probs), len(c.probs))
		for _, p := range probs {
			t.Logf("  %s %d %q: %s", p.Kind, p.Off, p.Text, p.Msg)
		}
		return
	}
	for i, p := range probs {
		w := c.probs[i]
		if p.Off != w.off || p.Text != w.text || p.Kind != w.kind || p.Want != w.want || p.Msg != w.msg {
			t.Errorf("%s(%q) problem %d:\n got {%d %q %s %q\n      %q}\nwant {%d %q %s %q\n      %q}",
				c.name, c.in, i, p.Off, p.Text, p.Kind, p.Want, p.Msg, w.off, w.text, w.kind, w.want, w.msg)
		}
	}
}

func TestParseCipher4(t *testing.T) {
	cases := []parseCase{
		{in: "1301C02F", codes: "1301 C02F"},
		{in: "003500380039002F00320033", codes: "0035 0038 0039 002F 0032 0033"},
		// gsk-env-ldap-weak-first.env: lower-case hex is accepted and normalised.
		{in: "006BC006C007C008c024c023c0251303130113020039",
			codes: "006B C006 C007 C008 C024 C023 C025 1303 1301 1302 0039"},
		{in: "  C02C\r\n", codes: "C02C"},
		{in: "C02CC02BC030C", codes: "C02C C02B C030", probs: []prob{{12, "C", ProblemLength, "",
			`"C02CC02BC030C" is 13 characters, not a multiple of 4: "C" at the end is an incomplete code`}}},
		{in: "C02CC0FF", codes: "C02C", probs: []prob{{4, "C0FF", ProblemUnknown, "",
			"C0FF is not a cipher suite System SSL knows"}}},
		{in: "c02cc0ff", codes: "C02C", probs: []prob{{4, "c0ff", ProblemUnknown, "",
			"C0FF is not a cipher suite System SSL knows"}}},
		// A character dropped in the middle: one unknown, one length problem that points at it.
		{in: "C02CC2BC030C02F", codes: "C02C", probs: []prob{
			{4, "C2BC", ProblemUnknown, "", "C2BC is not a cipher suite System SSL knows"},
			{12, "02F", ProblemLength, "", `"C02CC2BC030C02F" is 15 characters, not a multiple of 4: "02F" at the end is an incomplete code; the first code not recognised starts at character 5, so a character is probably missing or extra before it`},
		}},
		{in: "C0G2C02F", codes: "C02F", probs: []prob{{0, "C0G2", ProblemNotCode, "",
			`"C0G2" is not a cipher suite code: "G" is not a hexadecimal digit`}}},
		// The IBM Q&A case: a cipher name on V3CipherSuites4Char.
		{in: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", probs: []prob{{0, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
			ProblemName, "C030", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 is a cipher suite name where 4-character codes are expected: write its code, C030 (AT-TLS takes names only on V3CipherSuites; a name here is not read as that suite)"}}},
		{in: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA385", probs: []prob{{0, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA385",
			ProblemUnknown, "", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA385 looks like a cipher suite name, and System SSL knows none of that name: did you mean TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (code C030)?"}}},
		{in: "SSL_RSA_WITH_3DES_EDE_CBC_SHA", probs: []prob{{0, "SSL_RSA_WITH_3DES_EDE_CBC_SHA",
			ProblemUnknown, "000A", "SSL_RSA_WITH_3DES_EDE_CBC_SHA looks like a cipher suite name, and System SSL knows none of that name: z/OS spells it TLS_RSA_WITH_3DES_EDE_CBC_SHA (code 000A)"}}},
		{in: "ECDHE-RSA-AES128-GCM-SHA256", probs: []prob{{0, "ECDHE-RSA-AES128-GCM-SHA256",
			ProblemUnknown, "", "ECDHE-RSA-AES128-GCM-SHA256 looks like a cipher suite name, and System SSL knows none of that name"}}},
		// 2-character codes where 4-character codes belong.
		{in: "35383932", probs: []prob{{0, "35383932", ProblemWidth, "0035003800390032",
			`"35383932" is a string of 2-character codes (35 38 39 32) where 4-character codes are expected: write 0035003800390032`}}},
		{in: "C02C C02B,C030", codes: "C02C C02B C030", probs: []prob{{4, " ", ProblemSeparator, "",
			"a blank between codes: System SSL expects 4-character cipher codes run together, with no blanks or commas"}}},
		{in: "C02C, C02B, C030", codes: "C02C C02B C030", probs: []prob{{4, ", ", ProblemSeparator, "",
			`"," between codes: System SSL expects 4-character cipher codes run together, with no blanks or commas`}}},
		{in: " \t", probs: []prob{{2, "", ProblemEmpty, "", "no codes given: expected 4-character cipher codes"}}},
		{in: "", probs: []prob{{0, "", ProblemEmpty, "", "no codes given: expected 4-character cipher codes"}}},
	}
	for _, c := range cases {
		c.name, c.parse = "ParseCipher4", ParseCipher4
		c.run(t)
	}
}

func TestParseCipher2(t *testing.T) {
	cases := []parseCase{
		{in: "35382F", codes: "0035 0038 002F"},
		{in: "0a09", codes: "000A 0009"},
		// The V2R1 default list.
		{in: "050435363738392F303132330A1613100D0915120F0C0306020100",
			codes: "0005 0004 0035 0036 0037 0038 0039 002F 0030 0031 0032 0033 000A 0016 0013 0010 000D 0009 0015 0012 000F 000C 0003 0006 0002 0001 0000"},
		{in: "353", codes: "0035", probs: []prob{{2, "3", ProblemLength, "",
			`"353" is 3 characters, not a multiple of 2: "3" at the end is an incomplete code`}}},
		{in: "359A", codes: "0035", probs: []prob{{2, "9A", ProblemUnknown, "", "9A is not a cipher suite System SSL knows"}}},
		{in: "3Z", probs: []prob{{0, "3Z", ProblemNotCode, "", `"3Z" is not a cipher suite code: "Z" is not a hexadecimal digit`}}},
		// A whole 4-character string: a 2-character reader sees TLS_NULL_WITH_NULL_NULL between every suite.
		{in: "003500380039002F00320033", codes: "0000 0035 0000 0038 0000 0039 0000 002F 0000 0032 0000 0033",
			probs: []prob{{0, "003500380039002F00320033", ProblemWidth, "003500380039002F00320033",
				`"003500380039002F00320033" is a string of 4-character codes (0035 0038 0039 002F …) where 2-character codes are expected; read two characters at a time it is 00 35 00 38 …, a different list: code it on V3CipherSuites4Char or GSK_V3_CIPHER_SPECS_EXPANDED`}}},
		{in: "C02CC030", codes: "0030", probs: []prob{{0, "C02CC030", ProblemWidth, "C02CC030",
			`"C02CC030" is a string of 4-character codes (C02C C030) where 2-character codes are expected; read two characters at a time it is C0(unknown) 2C(unknown) C0(unknown) 30, a different list: code it on V3CipherSuites4Char or GSK_V3_CIPHER_SPECS_EXPANDED`}}},
		// One 4-character-only suite inside a 2-character string.
		{in: "3538C02C2F", codes: "0035 0038 002F", probs: []prob{{4, "C02C", ProblemWidth, "C02C",
			"C02C is TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, which has no 2-character code; in a 2-character string it reads as C0 and 2C: code it by name on its own V3CipherSuites line, or on V3CipherSuites4Char (GSK_V3_CIPHER_SPECS_EXPANDED)"}}},
		{in: "35381301", codes: "0035 0038 0013 0001", probs: []prob{{4, "1301", ProblemWidth, "1301",
			"1301 is TLS_AES_128_GCM_SHA256, which has no 2-character code; in a 2-character string it reads as 13 and 01: code it by name on its own V3CipherSuites line, or on V3CipherSuites4Char (GSK_V3_CIPHER_SPECS_EXPANDED)"}}},
		{in: "1302", codes: "0013 0002", probs: []prob{{0, "1302", ProblemWidth, "1302",
			`"1302" is a string of 4-character codes (1302) where 2-character codes are expected; read two characters at a time it is 13 02, a different list: code it on V3CipherSuites4Char or GSK_V3_CIPHER_SPECS_EXPANDED`}}},
		{in: "TLS_RSA_WITH_AES_256_CBC_SHA", probs: []prob{{0, "TLS_RSA_WITH_AES_256_CBC_SHA", ProblemName, "35",
			"TLS_RSA_WITH_AES_256_CBC_SHA is a cipher suite name where 2-character codes are expected: its code is 35 (AT-TLS takes a name only alone on a V3CipherSuites line)"}}},
		{in: "TLS_AES_128_GCM_SHA256", probs: []prob{{0, "TLS_AES_128_GCM_SHA256", ProblemName, "1301",
			"TLS_AES_128_GCM_SHA256 is a cipher suite name where 2-character codes are expected, and it has no 2-character code: code 1301 in a 4-character string (V3CipherSuites4Char, GSK_V3_CIPHER_SPECS_EXPANDED)"}}},
		{in: "ssl_rsa_with_aes_128_cbc_sha", probs: []prob{{0, "ssl_rsa_with_aes_128_cbc_sha", ProblemUnknown, "2F",
			"ssl_rsa_with_aes_128_cbc_sha looks like a cipher suite name, and System SSL knows none of that name: z/OS spells it TLS_RSA_WITH_AES_128_CBC_SHA (code 2F)"}}},
	}
	for _, c := range cases {
		c.name, c.parse = "ParseCipher2", ParseCipher2
		c.run(t)
	}
}

func TestParseV3CipherSuites(t *testing.T) {
	cases := []parseCase{
		{in: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", codes: "C02C"},
		{in: " tls_chacha20_poly1305_sha256 ", codes: "1303"},
		{in: "0A09", codes: "000A 0009"},
		{in: "TLS_AES_128_GCM_SHA256 TLS_AES_256_GCM_SHA384", probs: []prob{
			{0, "TLS_AES_128_GCM_SHA256", ProblemName, "1301", "TLS_AES_128_GCM_SHA256 is a cipher suite name where 2-character codes are expected, and it has no 2-character code: code 1301 in a 4-character string (V3CipherSuites4Char, GSK_V3_CIPHER_SPECS_EXPANDED)"},
			{22, " ", ProblemSeparator, "", "a blank between codes: System SSL expects 2-character cipher codes run together, with no blanks or commas"},
			{23, "TLS_AES_256_GCM_SHA384", ProblemName, "1302", "TLS_AES_256_GCM_SHA384 is a cipher suite name where 2-character codes are expected, and it has no 2-character code: code 1302 in a 4-character string (V3CipherSuites4Char, GSK_V3_CIPHER_SPECS_EXPANDED)"},
		}},
	}
	for _, c := range cases {
		c.name, c.parse = "ParseV3CipherSuites", ParseV3CipherSuites
		c.run(t)
	}
	codes, _ := ParseV3CipherSuites("  TLS_RSA_WITH_AES_256_CBC_SHA")
	if codes[0].Off != 2 || codes[0].Raw != "TLS_RSA_WITH_AES_256_CBC_SHA" {
		t.Errorf("name code %+v", codes[0])
	}
}

func TestParseSigPairs(t *testing.T) {
	cases := []parseCase{
		// gsk-env-ldap-weak-first.env and -good.env.
		{in: "0601060305010401030108060805080405030403", codes: "0601 0603 0501 0401 0301 0806 0805 0804 0503 0403"},
		{in: "0601050104010301080608050804", codes: "0601 0501 0401 0301 0806 0805 0804"},
		{in: "080a0403", codes: "080A 0403", probs: []prob{{0, "080a", ProblemUnverified, "",
			"080A (rsa_pss_pss_sha384) is a standard signature algorithm pair, but whether System SSL supports it is unverified"}}},
		{in: "05020807", codes: "0807", probs: []prob{
			{0, "0502", ProblemUnknown, "", "0502 (SHA-384 with DSA) is not a signature algorithm pair System SSL knows"},
			{4, "0807", ProblemUnverified, "", "0807 (ed25519) is a standard signature algorithm pair, but whether System SSL supports it is unverified"},
		}},
		{in: "0999", probs: []prob{{0, "0999", ProblemUnknown, "", "0999 is not a signature algorithm pair System SSL knows"}}},
		{in: "04030", codes: "0403", probs: []prob{{4, "0", ProblemLength, "",
			`"04030" is 5 characters, not a multiple of 4: "0" at the end is an incomplete code`}}},
		{in: "ecdsa_secp256r1_sha256", probs: []prob{{0, "ecdsa_secp256r1_sha256", ProblemName, "0403",
			"ecdsa_secp256r1_sha256 is a signature algorithm name where 4-character codes are expected: its code is 0403"}}},
		{in: "TLS_SIGALG_SHA256_WITH_RSASSA_PSS", probs: []prob{{0, "TLS_SIGALG_SHA256_WITH_RSASSA_PSS", ProblemName, "0804",
			"TLS_SIGALG_SHA256_WITH_RSASSA_PSS is a signature algorithm name where 4-character codes are expected: its code is 0804"}}},
		{in: "TLS_SIGALG_SHA3_WITH_RSA", probs: []prob{{0, "TLS_SIGALG_SHA3_WITH_RSA", ProblemUnknown, "",
			"TLS_SIGALG_SHA3_WITH_RSA looks like a signature algorithm pair name, and System SSL knows none of that name"}}},
		{in: "04X3", probs: []prob{{0, "04X3", ProblemNotCode, "",
			`"04X3" is not a signature algorithm pair code: "X" is not a hexadecimal digit`}}},
	}
	for _, c := range cases {
		c.name, c.parse = "ParseSigPairs", ParseSigPairs
		c.run(t)
	}
}

func TestParseGroups(t *testing.T) {
	cases := []parseCase{
		{in: "00230029001900210024", codes: "0023 0029 0019 0021 0024"},
		{in: "0021002300240025001900290030", codes: "0021 0023 0024 0025 0019 0029 0030"},
		{in: "0017", probs: []prob{{0, "0017", ProblemHexGroup, "0023",
			"0017 is secp256r1 written in hex; z/OS group codes are decimal: 0023"}}},
		{in: "001d0018", probs: []prob{
			{0, "001d", ProblemHexGroup, "0029", "001d is x25519 written in hex; z/OS group codes are decimal: 0029"},
			{4, "0018", ProblemHexGroup, "0024", "0018 is secp384r1 written in hex; z/OS group codes are decimal: 0024"},
		}},
		// With other codes in hex, 0019 may be hex for secp521r1. 0021 in hex is a
		// Brainpool group z/OS is not known to use, so it is left alone.
		{in: "0017001900210030", codes: "0019 0021 0030", probs: []prob{
			{0, "0017", ProblemHexGroup, "0023", "0017 is secp256r1 written in hex; z/OS group codes are decimal: 0023"},
			{4, "0019", ProblemAmbiguous, "0025", "0019 reads as secp192r1 (decimal); other codes here are written in hex, and if this one is too it means secp521r1: write 0025"},
		}},
		{in: "0022", probs: []prob{{0, "0022", ProblemUnknown, "",
			"0022 is not a group System SSL knows (z/OS group codes are the IANA number in decimal)"}}},
		{in: "002A", probs: []prob{{0, "002A", ProblemNotCode, "", `"002A" is not a group code: "A" is not a decimal digit`}}},
		{in: "0026", codes: "0026", probs: []prob{{0, "0026", ProblemUnverified, "",
			"0026 (brainpoolP256r1) is a standard group, but whether System SSL supports it is unverified"}}},
		{in: "002300", codes: "0023", probs: []prob{{4, "00", ProblemLength, "",
			`"002300" is 6 characters, not a multiple of 4: "00" at the end is an incomplete code`}}},
		{in: "secp256r1", probs: []prob{{0, "secp256r1", ProblemName, "0023",
			"secp256r1 is a group name where 4-digit codes are expected: its z/OS code is 0023"}}},
		{in: "X25519", probs: []prob{{0, "X25519", ProblemName, "0029",
			"X25519 is a group name where 4-digit codes are expected: its z/OS code is 0029"}}},
		{in: "P-384", probs: []prob{{0, "P-384", ProblemName, "0024",
			"P-384 is a group name where 4-digit codes are expected: its z/OS code is 0024"}}},
		{in: "any", probs: []prob{{0, "any", ProblemName, "",
			"Any is not a group code: on ClientECurves it stands alone, instead of any codes"}}},
		{in: "sect163k1_x", probs: []prob{{0, "sect163k1_x", ProblemUnknown, "",
			"sect163k1_x looks like a group name, and System SSL knows none of that name"}}},
		{in: "0023;0024", codes: "0023 0024", probs: []prob{{4, ";", ProblemSeparator, "",
			`";" between codes: System SSL expects 4-digit decimal group codes run together, with no blanks or commas`}}},
	}
	for _, c := range cases {
		c.name, c.parse = "ParseGroups", ParseGroups
		c.run(t)
	}
}

func TestParseV2(t *testing.T) {
	cases := []parseCase{
		{in: "17", codes: "1 7"},
		{in: "123467", codes: "1 2 3 4 6 7"},
		{in: "158", codes: "1", probs: []prob{
			{1, "5", ProblemUnknown, "", "5 is not an SSL V2 cipher System SSL knows (the codes are 1 2 3 4 6 7)"},
			{2, "8", ProblemUnknown, "", "8 is not an SSL V2 cipher System SSL knows (the codes are 1 2 3 4 6 7)"},
		}},
		{in: "1x", codes: "1", probs: []prob{{1, "x", ProblemUnknown, "",
			"x is not an SSL V2 cipher System SSL knows (the codes are 1 2 3 4 6 7)"}}},
		{in: "12341234123", codes: "1 2 3 4 1 2 3 4 1 2 3", probs: []prob{{10, "3", ProblemTooMany, "",
			"11 SSL V2 ciphers given: System SSL takes at most 10"}}},
		{in: "TLS_DES_64_CBC_WITH_MD5", probs: []prob{{0, "TLS_DES_64_CBC_WITH_MD5", ProblemName, "6",
			"TLS_DES_64_CBC_WITH_MD5 is an SSL V2 cipher name where 1-character codes are expected: its code is 6"}}},
	}
	for _, c := range cases {
		c.name, c.parse = "ParseV2", ParseV2
		c.run(t)
	}
	for _, c := range []parseCase{
		{in: "TLS_RC4_128_WITH_MD5", codes: "1"},
		{in: "tls_des_192_ede3_cbc_with_md5", codes: "7"},
		{in: "71", codes: "7 1"},
	} {
		c.name, c.parse = "ParseV2CipherSuites", ParseV2CipherSuites
		c.run(t)
	}
}

// TestSampleEnvFiles parses the code strings of the shared GSK samples.
func TestSampleEnvFiles(t *testing.T) {
	// gsk-env-default-ciphers.env: System SSL's default, all weak, static RSA first.
	codes, probs := ParseCipher4("003500380039002F00320033")
	if len(probs) != 0 || len(codes) != 6 {
		t.Fatalf("default ciphers: %v %v", codes, probs)
	}
	if s, _ := SuiteByCode(codes[0].Value); s.Kx != KxRSA || s.FS {
		t.Errorf("first default suite %s should be static RSA", s)
	}
	// gsk-env-ldap-weak-first.env: insecure suites and inversions.
	codes, probs = ParseCipher4("006BC006C007C008c024c023c0251303130113020039")
	if len(probs) != 0 {
		t.Fatalf("weak-first: %v", probs)
	}
	var insecure []string
	for _, c := range codes {
		if s, _ := SuiteByCode(c.Value); s.Grade == Insecure {
			insecure = append(insecure, s.Code4)
		}
	}
	if strings.Join(insecure, " ") != "C006 C007 C008" {
		t.Errorf("insecure %v", insecure)
	}
	tls12 := Set(TLS12)
	first, _ := SuiteByCode(codes[0].Value) // 006B
	c024, _ := SuiteByCode("C024")
	if !Inverted(first, c024, tls12) {
		t.Error("006B before C024 should be an inversion")
	}
	// gsk-env-ldap-good.env: no weak suites, TLS 1.3 after TLS 1.2 is no inversion.
	codes, probs = ParseCipher4("C02CC02BC030C02FC024C023130313011302")
	if len(probs) != 0 {
		t.Fatalf("good: %v", probs)
	}
	all := Set(TLS12, TLS13)
	for i, a := range codes {
		sa, _ := SuiteByCode(a.Value)
		if sa.Grade > Acceptable {
			t.Errorf("good list has %s %s", sa, sa.Grade)
		}
		for _, b := range codes[i+1:] {
			sb, _ := SuiteByCode(b.Value)
			if Inverted(sa, sb, all) {
				t.Errorf("good list: %s before %s reported as inverted", sa.Code4, sb.Code4)
			}
		}
	}
}

func TestProblemKinds(t *testing.T) {
	for k := ProblemEmpty; k <= ProblemTooMany; k++ {
		if strings.HasPrefix(k.String(), "ProblemKind(") {
			t.Errorf("%d has no name", k)
		}
		if k.Severe() == (k == ProblemAmbiguous || k == ProblemUnverified) {
			t.Errorf("%s: Severe() = %v", k, k.Severe())
		}
	}
	if ProblemKind(0).String() != "ProblemKind(0)" {
		t.Error("zero kind")
	}
	p := Problem{Off: 3, Msg: "x"}
	if p.String() != "3: x" {
		t.Error(p.String())
	}
	if (Code{Value: "C02C"}).String() != "C02C" {
		t.Error("Code.String")
	}
}

// checkResult asserts what every parse result must satisfy, whatever the
// input: positions point at the text, and every code resolves.
func checkResult(t *testing.T, s string, codes []Code, probs []Problem, resolves func(string) bool) {
	t.Helper()
	for _, c := range codes {
		if c.Off < 0 || c.Off+len(c.Raw) > len(s) || s[c.Off:c.Off+len(c.Raw)] != c.Raw {
			t.Fatalf("%q: code %+v does not point at its text", s, c)
		}
		if !resolves(c.Value) {
			t.Fatalf("%q: code %+v does not resolve", s, c)
		}
	}
	for _, p := range probs {
		if p.Off < 0 || p.Off+len(p.Text) > len(s) || s[p.Off:p.Off+len(p.Text)] != p.Text {
			t.Fatalf("%q: problem %+v does not point at its text", s, p)
		}
		if p.Msg == "" || p.Kind < ProblemEmpty || p.Kind > ProblemTooMany {
			t.Fatalf("%q: problem %+v without message or kind", s, p)
		}
	}
	if len(codes) == 0 && len(probs) == 0 {
		t.Fatalf("%q: neither codes nor problems", s)
	}
}

func suiteResolves(v string) bool { _, ok := SuiteByCode(v); return ok }
func sigResolves(v string) bool   { _, ok := SigAlgByCode(v); return ok }
func groupResolves(v string) bool { _, ok := GroupByCode(v); return ok }
func v2Resolves(v string) bool    { _, ok := V2ByCode(v); return ok }

var fuzzSeeds = []string{
	"", " ", "C02C", "c02cc0ff", "003500380039002F00320033", "C02CC02BC030C", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
	"35382F", "3538C02C2F", "35381301", "0017001D00190021", "Any", "secp256r1", "12341234123", "C02C, C02B",
	"SSL_RSA_WITH_3DES_EDE_CBC_SHA", "\xff\xfe", "é1301", "0601060305010401030108060805080405030403",
}

func fuzzParser(f *testing.F, parse parseFunc, resolves func(string) bool) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		codes, probs := parse(s)
		checkResult(t, s, codes, probs, resolves)
	})
}

func FuzzParseCipher4(f *testing.F)        { fuzzParser(f, ParseCipher4, suiteResolves) }
func FuzzParseCipher2(f *testing.F)        { fuzzParser(f, ParseCipher2, suiteResolves) }
func FuzzParseV3CipherSuites(f *testing.F) { fuzzParser(f, ParseV3CipherSuites, suiteResolves) }
func FuzzParseSigPairs(f *testing.F)       { fuzzParser(f, ParseSigPairs, sigResolves) }
func FuzzParseGroups(f *testing.F)         { fuzzParser(f, ParseGroups, groupResolves) }
func FuzzParseV2(f *testing.F)             { fuzzParser(f, ParseV2, v2Resolves) }
func FuzzParseV2CipherSuites(f *testing.F) { fuzzParser(f, ParseV2CipherSuites, v2Resolves) }

// benchInput builds a string of n codes cycling through list.
func benchInput(n int, list []string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(list[i%len(list)])
	}
	return b.String()
}

func BenchmarkParseCipher4(b *testing.B) {
	var all []string
	for _, s := range Suites() {
		all = append(all, s.Code4, strings.ToLower(s.Code4))
	}
	in := benchInput(10000, all)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		codes, probs := ParseCipher4(in)
		if len(codes) != 10000 || len(probs) != 0 {
			b.Fatalf("%d codes, %d problems", len(codes), len(probs))
		}
	}
}

func BenchmarkParseCipher2(b *testing.B) {
	var all []string
	for _, s := range Suites() {
		if s.Code2 != "" {
			all = append(all, s.Code2)
		}
	}
	in := benchInput(10000, all)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if codes, _ := ParseCipher2(in); len(codes) != 10000 {
			b.Fatalf("%d codes", len(codes))
		}
	}
}

func BenchmarkParseGroups(b *testing.B) {
	in := benchInput(10000, []string{"0023", "0024", "0025", "0029", "0030", "0021", "0019"})
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if codes, _ := ParseGroups(in); len(codes) != 10000 {
			b.Fatalf("%d codes", len(codes))
		}
	}
}

// BenchmarkParseCipher4Bad is the worst case: every code unknown.
func BenchmarkParseCipher4Bad(b *testing.B) {
	in := benchInput(10000, []string{"C0FF", "ABCD", "0101"})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, probs := ParseCipher4(in); len(probs) != 10000 {
			b.Fatalf("%d problems", len(probs))
		}
	}
}
