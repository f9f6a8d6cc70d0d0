package tls

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/zosnet/znet/model"
)

func TestSuiteCounts(t *testing.T) {
	all := Suites()
	if len(all) != 87 {
		t.Fatalf("%d suites, want 87", len(all))
	}
	var two, c0, t13 int
	grades := map[Grade]int{}
	for _, s := range all {
		grades[s.Grade]++
		switch {
		case s.Code2 != "":
			two++
		case strings.HasPrefix(s.Code4, "C0"):
			c0++
		case strings.HasPrefix(s.Code4, "13"):
			t13++
		default:
			t.Errorf("%s: no 2-character code, and neither C0xx nor 13xx", s.Code4)
		}
	}
	if two != 48 || c0 != 36 || t13 != 3 {
		t.Errorf("2-char %d, C0xx %d, 13xx %d; want 48, 36, 3", two, c0, t13)
	}
	want := map[Grade]int{Recommended: 7, Acceptable: 6, Weak: 44, Insecure: 30}
	if !reflect.DeepEqual(grades, want) {
		t.Errorf("grades %v, want %v", grades, want)
	}
}

// TestEverySuiteLookup looks every suite up by code (both cases), 2-character
// code and name (both cases).
func TestEverySuiteLookup(t *testing.T) {
	for _, s := range Suites() {
		for _, c := range []string{s.Code4, strings.ToLower(s.Code4), " " + s.Code4 + " "} {
			if got, ok := SuiteByCode(c); !ok || got != s {
				t.Errorf("SuiteByCode(%q) = %v, %v", c, got, ok)
			}
		}
		for _, n := range []string{s.Name, strings.ToLower(s.Name), s.ATTLSName()} {
			if got, ok := SuiteByName(n); !ok || got != s {
				t.Errorf("SuiteByName(%q) = %v, %v", n, got, ok)
			}
		}
		if s.Code2 != "" {
			if s.Code4 != "00"+s.Code2 {
				t.Errorf("%s: 2-character code %s is not its low byte", s.Code4, s.Code2)
			}
			for _, c := range []string{s.Code2, strings.ToLower(s.Code2)} {
				if got, ok := SuiteByCode2(c); !ok || got != s {
					t.Errorf("SuiteByCode2(%q) = %v, %v", c, got, ok)
				}
			}
		} else if strings.HasPrefix(s.Code4, "00") {
			t.Errorf("%s: 00xx suite without a 2-character code", s.Code4)
		}
		if !s.FourCharOnly() == (s.Code2 == "") {
			t.Errorf("%s: FourCharOnly wrong", s.Code4)
		}
		if got := s.String(); got != s.Code4+"  "+s.Name {
			t.Errorf("String() = %q", got)
		}
	}
	for _, bad := range []string{"", "C0FF", "35", "TLS_FOO", "0x0035"} {
		if s, ok := SuiteByCode(bad); ok {
			t.Errorf("SuiteByCode(%q) = %v", bad, s)
		}
	}
	if _, ok := SuiteByCode2("C0"); ok {
		t.Error("SuiteByCode2(C0) found something")
	}
}

// gradeByRules applies the grade rules of the package doc to a suite's
// reasons.
func gradeByRules(rs []Reason) Grade {
	has := func(r Reason) bool { return hasReason(rs, r) }
	switch {
	case has(ReasonNull), has(ReasonAnon), has(ReasonExport), has(ReasonRC4), has(ReasonRC2),
		has(ReasonDES), has(Reason3DES), has(ReasonMD5MAC):
		return Insecure
	case has(ReasonNoPFS), has(ReasonDSS), has(ReasonCBC) && has(ReasonSHA1MAC), has(ReasonCBC) && has(ReasonFFDHE):
		return Weak
	case has(ReasonCBC), has(ReasonFFDHE):
		return Acceptable
	}
	return Recommended
}

var kxTier = map[Kx]int{KxTLS13: 0, KxECDHE: 1, KxDHE: 2, KxECDH: 3, KxDH: 4, KxRSA: 5, KxRSAExport: 6, KxNull: 7}

func cipherTier(s *Suite) int {
	switch {
	case s.AEAD:
		return 0
	case s.Enc == EncAES128CBC || s.Enc == EncAES256CBC:
		if s.MAC == MACSHA1 {
			return 2
		}
		return 1
	case s.Enc == Enc3DESEDECBC:
		return 3
	case s.Enc == EncRC4128 || s.Enc == EncRC440:
		return 4
	case s.Enc == EncDESCBC:
		return 5
	case s.Enc == EncRC2CBC40:
		return 6
	}
	return 7 // NULL
}

// TestGradesAndRanksFollowTheRules re-derives every suite's grade, reasons
// and rank, so that a hand edit of data.go that breaks the rules fails.
func TestGradesAndRanksFollowTheRules(t *testing.T) {
	for _, s := range Suites() {
		if g := gradeByRules(s.Reasons); g != s.Grade {
			t.Errorf("%s %s: grade %s, rules give %s", s.Code4, s.Name, s.Grade, g)
		}
		g := int(s.Grade) - 1
		k, c := kxTier[s.Kx], cipherTier(s)
		want := g*1000 + k*100 + c*10
		if s.Grade == Insecure {
			want = g*1000 + c*100 + k*10
		}
		if s.Rank != want {
			t.Errorf("%s %s: rank %d, formula gives %d", s.Code4, s.Name, s.Rank, want)
		}
		// Reasons agree with the structural fields.
		if s.Kx != KxNull && s.HasReason(ReasonNoPFS) == s.FS { // NULL_WITH_NULL_NULL has no key exchange at all
			t.Errorf("%s: no-pfs %v but FS %v", s.Code4, s.HasReason(ReasonNoPFS), s.FS)
		}
		if wantFS := s.Kx == KxTLS13 || s.Kx == KxECDHE || s.Kx == KxDHE; s.FS != wantFS {
			t.Errorf("%s: FS %v for key exchange %s", s.Code4, s.FS, s.Kx)
		}
		if wantAEAD := strings.HasPrefix(string(s.MAC), "AEAD"); s.AEAD != wantAEAD {
			t.Errorf("%s: AEAD %v with MAC %s", s.Code4, s.AEAD, s.MAC)
		}
		if s.AEAD == s.HasReason(ReasonCBC) && s.Enc != EncNull && s.Enc != EncRC4128 && s.Enc != EncRC440 {
			t.Errorf("%s: AEAD %v but cbc reason %v", s.Code4, s.AEAD, s.HasReason(ReasonCBC))
		}
		if s.HasReason(ReasonNull) != (s.Enc == EncNull) {
			t.Errorf("%s: null reason vs Enc %s", s.Code4, s.Enc)
		}
		if s.HasReason(ReasonDSS) != (s.Auth == AuthDSS) {
			t.Errorf("%s: dss reason vs Auth %s", s.Code4, s.Auth)
		}
		if s.HasReason(ReasonStaticECDH) != (s.Kx == KxECDH) || s.HasReason(ReasonStaticDH) != (s.Kx == KxDH) {
			t.Errorf("%s: static-dh/ecdh reasons vs Kx %s", s.Code4, s.Kx)
		}
		if !strings.Contains(s.Name, string(s.Auth)) && s.Auth != AuthCert && s.Auth != AuthNone {
			t.Errorf("%s: auth %s not in the name", s.Name, s.Auth)
		}
	}
}

func TestOrderIsTotalAndFollowsRank(t *testing.T) {
	all := Suites()
	for i, s := range all {
		if s.Order != i+1 {
			t.Fatalf("position %d holds order %d (%s)", i+1, s.Order, s.Code4)
		}
		if i > 0 && all[i-1].Rank > s.Rank {
			t.Errorf("%s (rank %d) ordered before %s (rank %d)", all[i-1].Code4, all[i-1].Rank, s.Code4, s.Rank)
		}
	}
}

func TestProtocolFacts(t *testing.T) {
	for _, s := range Suites() {
		c := s.Code4
		switch {
		case strings.HasPrefix(c, "13"):
			if s.Protocols != Set(TLS13) {
				t.Errorf("%s: %s, want TLS 1.3 only", c, s.Protocols)
			}
		case c >= "C023" && c <= "C032":
			// IBM support note: C023-C032 need TLS 1.2.
			if s.Protocols != Set(TLS12) {
				t.Errorf("%s: %s, want TLS 1.2 only", c, s.Protocols)
			}
		case c >= "C001" && c <= "C014":
			// IBM support note: C001-C014 work with TLS 1.0 to 1.2.
			if s.Protocols != Set(TLS10, TLS11, TLS12) {
				t.Errorf("%s: %s, want TLS 1.0-1.2", c, s.Protocols)
			}
		case s.AEAD || s.MAC == MACSHA256 || s.MAC == MACSHA384:
			if s.Protocols != Set(TLS12) {
				t.Errorf("%s: %s, want TLS 1.2 only (SHA-2 / GCM)", c, s.Protocols)
			}
		}
		if s.Protocols.Has(TLS13) != (s.Kx == KxTLS13) {
			t.Errorf("%s: TLS 1.3 membership vs Kx", c)
		}
		if s.Protocols.Has(SSLv2) {
			t.Errorf("%s: an SSL V3/TLS suite claims SSL V2", c)
		}
	}
}

// TestKnownSuites pins the facts the samples and the field notes rely on.
func TestKnownSuites(t *testing.T) {
	cases := []struct {
		code  string
		name  string
		grade Grade
		r     Reason
		prot  Protocols
	}{
		{"0035", "TLS_RSA_WITH_AES_256_CBC_SHA", Weak, ReasonNoPFS, Set(SSLv3, TLS10, TLS11, TLS12)},
		{"0038", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", Weak, ReasonDSS, Set(SSLv3, TLS10, TLS11, TLS12)},
		{"0039", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", Weak, ReasonSHA1MAC, Set(SSLv3, TLS10, TLS11, TLS12)},
		{"002F", "TLS_RSA_WITH_AES_128_CBC_SHA", Weak, ReasonNoPFS, Set(SSLv3, TLS10, TLS11, TLS12)},
		{"0032", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", Weak, ReasonDSS, Set(SSLv3, TLS10, TLS11, TLS12)},
		{"0033", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", Weak, ReasonFFDHE, Set(SSLv3, TLS10, TLS11, TLS12)},
		{"C006", "TLS_ECDHE_ECDSA_WITH_NULL_SHA", Insecure, ReasonNull, Set(TLS10, TLS11, TLS12)},
		{"C007", "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", Insecure, ReasonRC4, Set(TLS10, TLS11, TLS12)},
		{"C008", "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", Insecure, Reason3DES, Set(TLS10, TLS11, TLS12)},
		{"1301", "TLS_AES_128_GCM_SHA256", Recommended, "", Set(TLS13)},
		{"1302", "TLS_AES_256_GCM_SHA384", Recommended, "", Set(TLS13)},
		{"1303", "TLS_CHACHA20_POLY1305_SHA256", Recommended, ReasonNotFIPS, Set(TLS13)},
		{"C02C", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", Recommended, "", Set(TLS12)},
		{"C02F", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", Recommended, "", Set(TLS12)},
		{"C024", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", Acceptable, ReasonCBC, Set(TLS12)},
		{"006B", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", Weak, ReasonFFDHE, Set(TLS12)},
		{"C025", "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256", Weak, ReasonStaticECDH, Set(TLS12)},
		{"000A", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", Insecure, Reason3DES, Set(SSLv3, TLS10, TLS11, TLS12)},
		{"0000", "TLS_NULL_WITH_NULL_NULL", Insecure, ReasonAnon, Set(SSLv3, TLS10, TLS11, TLS12)},
		{"0003", "TLS_RSA_EXPORT_WITH_RC4_40_MD5", Insecure, ReasonExport, Set(SSLv3, TLS10)},
		{"0009", "TLS_RSA_WITH_DES_CBC_SHA", Insecure, ReasonDES, Set(SSLv3, TLS10, TLS11)},
	}
	for _, c := range cases {
		s, ok := SuiteByCode(c.code)
		if !ok {
			t.Errorf("%s missing", c.code)
			continue
		}
		if s.Name != c.name || s.Grade != c.grade || s.Protocols != c.prot {
			t.Errorf("%s = %s %s %s; want %s %s %s", c.code, s.Name, s.Grade, s.Protocols, c.name, c.grade, c.prot)
		}
		if c.r != "" && !s.HasReason(c.r) {
			t.Errorf("%s: no reason %s in %v", c.code, c.r, s.Reasons)
		}
	}
	// System SSL's 2.4/2.5 default list, spelled out in gsk-env-default-ciphers.env: all weak.
	for _, c := range DefaultCiphers(model.R25) {
		if s, _ := SuiteByCode(c); s.Grade != Weak {
			t.Errorf("default %s is %s, want weak", c, s.Grade)
		}
	}
}

func TestV2Suites(t *testing.T) {
	want := map[string]string{
		"1": "TLS_RC4_128_WITH_MD5", "2": "TLS_RC4_128_EXPORT40_WITH_MD5", "3": "TLS_RC2_CBC_128_CBC_WITH_MD5",
		"4": "TLS_RC2_CBC_128_CBC_EXPORT40_WITH_MD5", "6": "TLS_DES_64_CBC_WITH_MD5", "7": "TLS_DES_192_EDE3_CBC_WITH_MD5",
	}
	if len(V2Suites()) != len(want) {
		t.Fatalf("%d SSL V2 ciphers, want %d", len(V2Suites()), len(want))
	}
	for code, name := range want {
		v, ok := V2ByCode(code)
		if !ok || v.Name != name || v.Grade != Insecure || !hasReason(v.Reasons, ReasonSSLv2) {
			t.Errorf("V2ByCode(%s) = %+v", code, v)
		}
		if w, ok := V2ByName(strings.ToLower(name)); !ok || w != v {
			t.Errorf("V2ByName(%s) = %v", name, w)
		}
	}
	if _, ok := V2ByCode("5"); ok {
		t.Error("V2ByCode(5) found something")
	}
}

func TestSigAlgs(t *testing.T) {
	cases := []struct {
		code, zos, iana string
		grade           Grade
		tls13           TLS13Use
	}{
		{"0601", "TLS_SIGALG_SHA512_WITH_RSA", "rsa_pkcs1_sha512", Acceptable, TLS13CertOnly},
		{"0603", "TLS_SIGALG_SHA512_WITH_ECDSA", "ecdsa_secp521r1_sha512", Recommended, TLS13Handshake},
		{"0501", "TLS_SIGALG_SHA384_WITH_RSA", "rsa_pkcs1_sha384", Acceptable, TLS13CertOnly},
		{"0401", "TLS_SIGALG_SHA256_WITH_RSA", "rsa_pkcs1_sha256", Acceptable, TLS13CertOnly},
		{"0301", "TLS_SIGALG_SHA224_WITH_RSA", "sha224_rsa", Weak, TLS13No},
		{"0806", "TLS_SIGALG_SHA512_WITH_RSASSA_PSS", "rsa_pss_rsae_sha512", Recommended, TLS13Handshake},
		{"0805", "TLS_SIGALG_SHA384_WITH_RSASSA_PSS", "rsa_pss_rsae_sha384", Recommended, TLS13Handshake},
		{"0804", "TLS_SIGALG_SHA256_WITH_RSASSA_PSS", "rsa_pss_rsae_sha256", Recommended, TLS13Handshake},
		{"0503", "TLS_SIGALG_SHA384_WITH_ECDSA", "ecdsa_secp384r1_sha384", Recommended, TLS13Handshake},
		{"0403", "TLS_SIGALG_SHA256_WITH_ECDSA", "ecdsa_secp256r1_sha256", Recommended, TLS13Handshake},
		{"0402", "TLS_SIGALG_SHA256_WITH_DSA", "sha256_dsa", Weak, TLS13No},
		{"0201", "TLS_SIGALG_SHA1_WITH_RSA", "rsa_pkcs1_sha1", Insecure, TLS13CertOnly},
		{"0202", "TLS_SIGALG_SHA1_WITH_DSA", "sha1_dsa", Insecure, TLS13No},
		{"0203", "TLS_SIGALG_SHA1_WITH_ECDSA", "ecdsa_sha1", Insecure, TLS13CertOnly},
	}
	for _, c := range cases {
		a, ok := SigAlgByCode(c.code)
		if !ok {
			t.Errorf("%s missing", c.code)
			continue
		}
		if a.ZOSName != c.zos || a.Name != c.iana || a.Grade != c.grade || a.TLS13 != c.tls13 || !a.Verified {
			t.Errorf("%s = %+v", c.code, a)
		}
		if a.TLS13Handshake() != (c.tls13 == TLS13Handshake) {
			t.Errorf("%s: TLS13Handshake wrong", c.code)
		}
		for _, n := range []string{c.zos, c.iana, strings.ToLower(c.zos), strings.ToUpper(c.iana)} {
			if b, ok := SigAlgByName(n); !ok || b != a {
				t.Errorf("SigAlgByName(%q) = %v", n, b)
			}
		}
		if got := a.String(); got != c.code+"  "+c.zos {
			t.Errorf("String() = %q", got)
		}
	}
	if len(SigAlgs()) != 22 {
		t.Errorf("%d signature pairs, want 22", len(SigAlgs()))
	}
	prev := 0
	for _, a := range SigAlgs() {
		if a.Rank < prev {
			t.Errorf("%s out of rank order", a.Code)
		}
		prev = a.Rank
		if a.Rank/10 != int(a.Grade) && !(a.Grade == Insecure && a.Rank == 50) {
			t.Errorf("%s: rank %d does not match grade %s", a.Code, a.Rank, a.Grade)
		}
		if b, ok := SigAlgByCode(strings.ToLower(a.Code)); !ok || b != a {
			t.Errorf("lower-case lookup of %s failed", a.Code)
		}
	}
	for _, code := range []string{"0807", "0808", "0809", "080A", "080B", "0101"} {
		if a, ok := SigAlgByCode(code); !ok || a.Verified {
			t.Errorf("%s should be present and unverified: %v", code, a)
		}
	}
}

func TestGroups(t *testing.T) {
	cases := []struct {
		code  string
		iana  uint16
		name  string
		zos   string
		grade Grade
		ks    bool
	}{
		{"0023", 23, "secp256r1", "secp256r1", Recommended, true},
		{"0024", 24, "secp384r1", "secp384r1", Recommended, true},
		{"0025", 25, "secp521r1", "secp521r1", Acceptable, true},
		{"0029", 29, "x25519", "X25519", Recommended, true},
		{"0030", 30, "x448", "X448", Acceptable, true},
		{"0021", 21, "secp224r1", "secp224r1", Weak, false},
		{"0019", 19, "secp192r1", "secp192r1", Insecure, false},
	}
	for _, c := range cases {
		g, ok := GroupByCode(c.code)
		if !ok {
			t.Errorf("%s missing", c.code)
			continue
		}
		if g.IANA != c.iana || g.Name != c.name || g.ZOSName != c.zos || g.Grade != c.grade ||
			g.TLS13KeyShare != c.ks || !g.Verified {
			t.Errorf("%s = %+v", c.code, g)
		}
		if h, ok := GroupByIANA(c.iana); !ok || h != g {
			t.Errorf("GroupByIANA(%d) = %v", c.iana, h)
		}
		if got := g.String(); got != c.code+"  "+c.zos {
			t.Errorf("String() = %q", got)
		}
	}
	aliases := map[string]string{
		"secp256r1": "0023", "prime256v1": "0023", "P-256": "0023", "p256": "0023", "NISTP256": "0023",
		"x25519": "0029", "X25519": "0029", "curve25519": "0029", "X448": "0030",
		"secp384r1": "0024", "P-384": "0024", "secp521r1": "0025", "P-521": "0025",
		"secp224r1": "0021", "P-224": "0021", "secp192r1": "0019", "prime192v1": "0019",
		"brainpoolP256r1": "0026", "BRAINPOOLP512R1TLS13": "0033",
	}
	for name, code := range aliases {
		if g, ok := GroupByName(name); !ok || g.Code != code {
			t.Errorf("GroupByName(%q) = %v, want %s", name, g, code)
		}
	}
	// z/OS group codes are decimal: the hex spelling is not a code.
	for _, hex := range []string{"0017", "001D", "001E", "0018"} {
		if g, ok := GroupByCode(hex); ok {
			t.Errorf("GroupByCode(%s) = %v: hex must not be accepted", hex, g)
		}
	}
	for _, g := range Groups() {
		if g.Code != pad4(int(g.IANA)) {
			t.Errorf("%s: code is not the decimal IANA number %d", g.Code, g.IANA)
		}
		if g.TLS13KeyShare && g.SecurityBits < 128 {
			t.Errorf("%s: key share under 128-bit security", g.Code)
		}
	}
	if len(Groups()) != 13 {
		t.Errorf("%d groups, want 13", len(Groups()))
	}
}

func pad4(n int) string {
	s := "000" + itoa(n)
	return s[len(s)-4:]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func TestProtocol(t *testing.T) {
	names := map[Protocol]string{SSLv2: "SSLv2", SSLv3: "SSLv3", TLS10: "TLSv1", TLS11: "TLSv1.1", TLS12: "TLSv1.2", TLS13: "TLSv1.3"}
	for p, n := range names {
		if p.String() != n {
			t.Errorf("%d.String() = %s, want %s", p, p.String(), n)
		}
		if q, ok := ParseProtocol(n); !ok || q != p {
			t.Errorf("ParseProtocol(%s) = %v", n, q)
		}
		if q, ok := ParseProtocol(p.GSKName()); !ok || q != p {
			t.Errorf("ParseProtocol(%s) = %v", p.GSKName(), q)
		}
	}
	for in, want := range map[string]Protocol{"tls1.2": TLS12, "TLS1.0": TLS10, "TLSv1.0": TLS10, "tlsv1_3": TLS13,
		"SSL3": SSLv3, " TLSV1_1 ": TLS11, "GSK_PROTOCOL_SSLV2": SSLv2} {
		if p, ok := ParseProtocol(in); !ok || p != want {
			t.Errorf("ParseProtocol(%q) = %v, %v", in, p, ok)
		}
	}
	for _, bad := range []string{"", "TLS", "TLSv1.4", "DTLS1.2"} {
		if p, ok := ParseProtocol(bad); ok {
			t.Errorf("ParseProtocol(%q) = %v", bad, p)
		}
	}
	if TLS12.GSKName() != "GSK_PROTOCOL_TLSV1_2" || Protocol(0).String() != "Protocol(0)" {
		t.Error("GSKName / String of the zero value")
	}
	s := Set(TLS13, TLS12)
	if s.String() != "TLSv1.2 TLSv1.3" || s.Highest() != TLS13 || !s.Has(TLS12) || s.Has(TLS11) {
		t.Errorf("set %s", s)
	}
	if s.Without(TLS13) != Set(TLS12) || s.With(TLS11).List()[0] != TLS11 || Protocols(0).String() != "none" {
		t.Error("With/Without/List")
	}
	if Protocols(0).Highest() != 0 || Set(Protocol(0), Protocol(9)) != 0 {
		t.Error("out-of-range protocols must be ignored")
	}
}

func TestGrade(t *testing.T) {
	if !Insecure.Worse(Weak) || !Weak.Worse(Acceptable) || !Acceptable.Worse(Recommended) || Recommended.Worse(Recommended) {
		t.Error("grade order")
	}
	for g := Recommended; g <= Insecure; g++ {
		if h, ok := ParseGrade(strings.ToUpper(g.String())); !ok || h != g {
			t.Errorf("ParseGrade(%s)", g)
		}
		if b, _ := g.MarshalText(); string(b) != g.String() {
			t.Errorf("MarshalText(%s)", g)
		}
	}
	if Grade(0).String() != "unknown" {
		t.Error("zero grade")
	}
	if _, ok := ParseGrade("strong"); ok {
		t.Error("ParseGrade(strong)")
	}
}

func suite(t *testing.T, code string) *Suite {
	t.Helper()
	s, ok := SuiteByCode(code)
	if !ok {
		t.Fatalf("no suite %s", code)
	}
	return s
}

func TestNegotiableStrongerInverted(t *testing.T) {
	tls12 := Set(TLS12)
	both := Set(TLS12, TLS13)
	if Negotiable(suite(t, "1301"), tls12) || !Negotiable(suite(t, "1301"), both) || Negotiable(nil, both) {
		t.Error("Negotiable of a TLS 1.3 suite")
	}
	if Negotiable(suite(t, "C02C"), Set(TLS10, TLS11)) || !Negotiable(suite(t, "C013"), Set(TLS10)) {
		t.Error("Negotiable of TLS 1.2-only and TLS 1.0 suites")
	}
	cases := []struct {
		earlier, later string
		enabled        Protocols
		want           bool
	}{
		{"0035", "C02F", tls12, true},              // static RSA CBC before ECDHE GCM
		{"C02F", "0035", tls12, false},             // the right way round
		{"C02C", "C02B", tls12, false},             // AES-256 vs AES-128: equal rank, cosmetic
		{"C02B", "C02C", tls12, false},             // …either way
		{"C030", "C02C", tls12, false},             // RSA vs ECDSA auth: cosmetic
		{"1303", "1302", both, false},              // ChaCha20 vs AES-GCM: cosmetic
		{"C024", "1302", both, false},              // different versions never compete
		{"006B", "C024", tls12, true},              // DHE CBC before ECDHE CBC
		{"C013", "C02F", Set(TLS10, TLS11), false}, // C02F not negotiable there
		{"C008", "C013", Set(TLS10), true},         // 3DES before AES-CBC in TLS 1.0
	}
	for _, c := range cases {
		if got := Inverted(suite(t, c.earlier), suite(t, c.later), c.enabled); got != c.want {
			t.Errorf("Inverted(%s, %s, %s) = %v, want %v", c.earlier, c.later, c.enabled, got, c.want)
		}
	}
	if Inverted(nil, suite(t, "C02C"), both) || !Stronger(suite(t, "C02C"), suite(t, "0035")) ||
		Stronger(suite(t, "C02C"), suite(t, "C02B")) || Stronger(suite(t, "C02B"), suite(t, "C02C")) {
		t.Error("Stronger / Inverted edge cases")
	}
}

func TestDedup(t *testing.T) {
	codes, _ := ParseCipher4("C02CC02F0035C02Cc02f")
	kept, dropped := Dedup(codes)
	if len(kept) != 3 || len(dropped) != 2 || dropped[0].Off != 12 || dropped[1].Raw != "c02f" {
		t.Errorf("kept %v dropped %v", kept, dropped)
	}
}

func TestIdealListsResolve(t *testing.T) {
	id := Ideal()
	for _, l := range [][]string{id.TLS13Suites, id.TLS12Suites, id.TLS12Legacy} {
		for _, c := range l {
			if s := suite(t, c); s.Grade > Acceptable {
				t.Errorf("ideal suite %s is %s", c, s.Grade)
			}
		}
	}
	for _, c := range id.SignaturePairs {
		if a, ok := SigAlgByCode(c); !ok || a.Grade > Acceptable || !a.Verified {
			t.Errorf("ideal pair %s: %v", c, a)
		}
	}
	for _, l := range [][]string{id.KexCurves, id.ServerKeyShares, id.ClientKeyShares} {
		for _, c := range l {
			if g, ok := GroupByCode(c); !ok || g.Grade > Acceptable || !g.Verified {
				t.Errorf("ideal group %s: %v", c, g)
			}
		}
	}
	id.TLS13Suites[0] = "XXXX"
	if Ideal().TLS13Suites[0] != "1302" {
		t.Error("Ideal returns shared slices")
	}
}

func TestDefaults(t *testing.T) {
	for _, r := range []model.Release{model.R24, model.R25, model.R31, model.R32} {
		d := DefaultsFor(r)
		if d.Release != r {
			t.Errorf("%s: Release %s", r, d.Release)
		}
		if got := strings.Join(d.V3Ciphers.Codes, ""); got != "003500380039002F00320033" {
			t.Errorf("%s: default ciphers %s", r, got)
		}
		if d.ATTLSProtocols != Set(TLS10, TLS11) || d.SystemSSLProtocols != Set(TLS10) {
			t.Errorf("%s: protocols AT-TLS %s, System SSL %s", r, d.ATTLSProtocols, d.SystemSSLProtocols)
		}
		if got := strings.Join(DefaultClientECurves(r, false), ""); got != "00210023002400250019" {
			t.Errorf("%s: ClientECurves %s", r, got)
		}
		if got := strings.Join(DefaultClientECurves(r, true), ""); got != "002100230024002500190029" {
			t.Errorf("%s: ClientECurves with TLS 1.3 %s", r, got)
		}
		if got := strings.Join(DefaultServerKexECurves(r), ""); got != "00230024002500210019" {
			t.Errorf("%s: ServerKexECurves %s", r, got)
		}
		if got := strings.Join(DefaultClientKeyShareGroups(r), ""); got != "0023" {
			t.Errorf("%s: ClientKeyShareGroups %s", r, got)
		}
		if n := len(DefaultSignaturePairs(r, true)) - len(DefaultSignaturePairs(r, false)); n != 3 {
			t.Errorf("%s: TLS 1.3 adds %d pairs", r, n)
		}
		for _, l := range []List{d.V3Ciphers, d.SignaturePairs, d.SignaturePairsTLS13, d.ClientECurves,
			d.ClientECurvesTLS13, d.ServerKexECurves, d.ClientKeyShareGroups, d.ServerKeyShareGroups, d.OcspRequestSigalg} {
			if l.Cite == "" {
				t.Errorf("%s: list %v without a source", r, l.Codes)
			}
			if !l.Verified && !strings.Contains(l.Cite, "unverified") {
				t.Errorf("%s: unverified list %v whose source does not say so: %s", r, l.Codes, l.Cite)
			}
		}
		for _, c := range d.V3Ciphers.Codes {
			if _, ok := SuiteByCode(c); !ok {
				t.Errorf("%s: default suite %s unknown", r, c)
			}
		}
		for _, c := range append(DefaultSignaturePairs(r, true), d.OcspRequestSigalg.Codes...) {
			if a, ok := SigAlgByCode(c); !ok || !a.Verified {
				t.Errorf("%s: default pair %s unknown or unverified", r, c)
			}
		}
		for _, c := range append(DefaultClientECurves(r, true), DefaultServerKeyShareGroups(r)...) {
			if g, ok := GroupByCode(c); !ok || !g.Verified {
				t.Errorf("%s: default group %s unknown or unverified", r, c)
			}
		}
		if DefaultProtocols(r, true) != d.ATTLSProtocols || DefaultProtocols(r, false) != d.SystemSSLProtocols {
			t.Errorf("%s: DefaultProtocols", r)
		}
	}
	if got := strings.Join(DefaultServerKeyShareGroups(model.R31), ""); got != "00230024002500290030" {
		t.Errorf("3.1 ServerKeyShareGroups %s", got)
	}
	if got := strings.Join(DefaultServerKeyShareGroups(model.R25), ""); got != "0021002300240025001900290030" {
		t.Errorf("2.5 ServerKeyShareGroups %s", got)
	}
	if DefaultsFor(0).Release != model.DefaultRelease || DefaultsFor(model.Release(99)).Release != model.R32 {
		t.Error("zero or unknown release")
	}
	// The result is a copy.
	d := DefaultsFor(model.R31)
	d.V3Ciphers.Codes[0] = "XXXX"
	if DefaultCiphers(model.R31)[0] != "0035" {
		t.Error("DefaultsFor returns shared slices")
	}
	v := DefaultCiphersV2R1()
	if strings.Join(v.NonFIPS, "") != "0005000400350036003700380039002F0030003100320033000A001600130010000D000900150012000F000C00030006000200010000" ||
		strings.Join(v.FIPS, "") != "00350036003700380039002F0030003100320033000A001600130010000D" {
		t.Error("V2R1 default lists")
	}
	for _, c := range v.FIPS {
		if !suite(t, c).FIPSV2R1 {
			t.Errorf("%s in the V2R1 FIPS default list but not marked FIPSV2R1", c)
		}
	}
	// IBM z/OS V2R1 System SSL Programming, "SSL/TLS protocol": the suites
	// allowed in FIPS mode, 4-character form.
	fips := "000A 000D 0010 0013 0016 002F 0030 0031 0032 0033 0035 0036 0037 0038 0039 " +
		"C003 C004 C005 C008 C009 C00A C00D C00E C00F C012 C013 C014"
	var got []string
	for _, s := range Suites() {
		if s.FIPSV2R1 {
			got = append(got, s.Code4)
		}
	}
	sort.Strings(got)
	if strings.Join(got, " ") != fips {
		t.Errorf("FIPSV2R1 suites:\n got %s\nwant %s", strings.Join(got, " "), fips)
	}
}
