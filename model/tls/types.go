package tls

import (
	"fmt"
	"strings"
)

// Protocol is an SSL/TLS protocol version.
type Protocol uint8

// Protocol versions, oldest first. The zero Protocol is not a version.
const (
	SSLv2 Protocol = iota + 1
	SSLv3
	TLS10
	TLS11
	TLS12
	TLS13
)

// protocolNames are the AT-TLS keyword spellings (TTLSEnvironmentAdvancedParms).
var protocolNames = [...]string{SSLv2: "SSLv2", SSLv3: "SSLv3", TLS10: "TLSv1", TLS11: "TLSv1.1", TLS12: "TLSv1.2", TLS13: "TLSv1.3"}

// gskProtocolNames are the suffixes of the System SSL variables
// GSK_PROTOCOL_SSLV2 … GSK_PROTOCOL_TLSV1_3.
var gskProtocolNames = [...]string{SSLv2: "SSLV2", SSLv3: "SSLV3", TLS10: "TLSV1", TLS11: "TLSV1_1", TLS12: "TLSV1_2", TLS13: "TLSV1_3"}

// AllProtocols lists every version, oldest first.
func AllProtocols() []Protocol { return []Protocol{SSLv2, SSLv3, TLS10, TLS11, TLS12, TLS13} }

// String returns the AT-TLS keyword spelling: SSLv2, SSLv3, TLSv1, TLSv1.1,
// TLSv1.2, TLSv1.3.
func (p Protocol) String() string {
	if p >= SSLv2 && p <= TLS13 {
		return protocolNames[p]
	}
	return fmt.Sprintf("Protocol(%d)", uint8(p))
}

// GSKName returns the name of the System SSL variable that switches p:
// GSK_PROTOCOL_TLSV1_2 for TLS12.
func (p Protocol) GSKName() string {
	if p >= SSLv2 && p <= TLS13 {
		return "GSK_PROTOCOL_" + gskProtocolNames[p]
	}
	return ""
}

// ParseProtocol accepts the AT-TLS keyword (TLSv1.2), the System SSL
// spelling (TLSV1_2, GSK_PROTOCOL_TLSV1_2), and the common forms TLS1.2,
// tls1.2, TLSv1.0 and SSL3, in any case.
func ParseProtocol(s string) (Protocol, bool) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimPrefix(t, "GSK_PROTOCOL_")
	t = strings.NewReplacer("_", ".", "V", "", " ", "").Replace(t)
	switch t {
	case "SSL2", "SSL2.0":
		return SSLv2, true
	case "SSL3", "SSL3.0":
		return SSLv3, true
	case "TLS1", "TLS1.0":
		return TLS10, true
	case "TLS1.1":
		return TLS11, true
	case "TLS1.2":
		return TLS12, true
	case "TLS1.3":
		return TLS13, true
	}
	return 0, false
}

// Protocols is a set of protocol versions.
type Protocols uint8

// Set makes a set of the given versions.
func Set(ps ...Protocol) Protocols {
	var s Protocols
	for _, p := range ps {
		s = s.With(p)
	}
	return s
}

// With returns s with p added.
func (s Protocols) With(p Protocol) Protocols {
	if p < SSLv2 || p > TLS13 {
		return s
	}
	return s | 1<<p
}

// Without returns s with p removed.
func (s Protocols) Without(p Protocol) Protocols {
	if p < SSLv2 || p > TLS13 {
		return s
	}
	return s &^ (1 << p)
}

// Has reports whether p is in s.
func (s Protocols) Has(p Protocol) bool { return p >= SSLv2 && p <= TLS13 && s&(1<<p) != 0 }

// Overlaps reports whether s and t have a version in common.
func (s Protocols) Overlaps(t Protocols) bool { return s&t != 0 }

// List returns the versions in s, oldest first.
func (s Protocols) List() []Protocol {
	var out []Protocol
	for _, p := range AllProtocols() {
		if s.Has(p) {
			out = append(out, p)
		}
	}
	return out
}

// Highest returns the newest version in s, or 0 when s is empty.
func (s Protocols) Highest() Protocol {
	for p := TLS13; p >= SSLv2; p-- {
		if s.Has(p) {
			return p
		}
	}
	return 0
}

// String lists the versions in AT-TLS spelling, separated by blanks
// ("TLSv1.2 TLSv1.3"); "none" for the empty set.
func (s Protocols) String() string {
	l := s.List()
	if len(l) == 0 {
		return "none"
	}
	parts := make([]string, len(l))
	for i, p := range l {
		parts[i] = p.String()
	}
	return strings.Join(parts, " ")
}

// Grade is how strong a suite, signature pair or group is. Grades are
// ordered: Recommended is the best, Insecure the worst; the zero Grade is
// "unknown".
type Grade uint8

// Grades, best first.
const (
	Recommended Grade = iota + 1
	Acceptable
	Weak
	Insecure
)

var gradeNames = [...]string{Recommended: "recommended", Acceptable: "acceptable", Weak: "weak", Insecure: "insecure"}

func (g Grade) String() string {
	if g >= Recommended && g <= Insecure {
		return gradeNames[g]
	}
	return "unknown"
}

// Worse reports whether g is a strictly worse grade than h.
func (g Grade) Worse(h Grade) bool { return g > h }

// ParseGrade accepts the lower-case names String returns, in any case.
func ParseGrade(s string) (Grade, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	for g := Recommended; g <= Insecure; g++ {
		if gradeNames[g] == t {
			return g, true
		}
	}
	return 0, false
}

// MarshalText writes the grade's name (for JSON and YAML output).
func (g Grade) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// Reason is a short tag saying why something has its grade.
type Reason string

// Reasons for suites.
const (
	ReasonNull       Reason = "null"              // no encryption (NULL cipher)
	ReasonAnon       Reason = "anon"              // no authentication
	ReasonExport     Reason = "export"            // 40/56-bit export strength
	ReasonRC4        Reason = "rc4"               // RC4 (RFC 7465: MUST NOT)
	ReasonRC2        Reason = "rc2"               // RC2
	ReasonDES        Reason = "des"               // single DES (56-bit)
	Reason3DES       Reason = "3des"              // 64-bit block (SWEET32)
	ReasonMD5MAC     Reason = "md5-mac"           // HMAC-MD5 record MAC
	ReasonSHA1MAC    Reason = "sha1-mac"          // HMAC-SHA1 record MAC
	ReasonCBC        Reason = "cbc"               // CBC mode, MAC-then-encrypt
	ReasonNoPFS      Reason = "no-pfs"            // no forward secrecy
	ReasonStaticDH   Reason = "static-dh"         // static (certificate) DH key exchange
	ReasonStaticECDH Reason = "static-ecdh"       // static (certificate) ECDH key exchange
	ReasonFFDHE      Reason = "ffdhe"             // finite-field DHE (RFC 9325: SHOULD NOT)
	ReasonDSS        Reason = "dss"               // DSA authentication
	ReasonNotFIPS    Reason = "not-fips-approved" // ignored under FIPS 140
	ReasonSSLv2      Reason = "sslv2"             // SSL V2 cipher
)

// Reasons for signature pairs.
const (
	ReasonPKCS1v15 Reason = "pkcs1v15"  // RSA PKCS#1 v1.5: not for TLS 1.3 handshake signatures
	ReasonSHA224   Reason = "sha224"    // SHA-224 hash
	ReasonNotTLS13 Reason = "not-tls13" // not defined for TLS 1.3
	ReasonDSA      Reason = "dsa"       // DSA signatures
	ReasonSHA1     Reason = "sha1"      // SHA-1 hash
	ReasonRFC9155  Reason = "rfc9155"   // MD5/SHA-1 signatures: MUST NOT in TLS 1.2 (RFC 9155)
	ReasonMD5      Reason = "md5"       // MD5 hash
)

// Reasons for groups.
const (
	ReasonFIPSUnverified Reason = "fips-status-unverified" // FIPS 140 status on z/OS not verified
	ReasonNotMozilla     Reason = "not-in-mozilla"         // not in Mozilla's recommended groups
	ReasonSlow           Reason = "slow"                   // markedly slower than the alternatives
	ReasonRareClients    Reason = "rare-client-support"    // few clients offer it
	ReasonNotNIST        Reason = "not-nist"               // not a NIST curve
	ReasonTLS12Only      Reason = "tls12-only"             // TLS 1.2 curve negotiation only
	ReasonUnder256       Reason = "lt-256-bit"             // curve under 256 bits
	Reason112Bit         Reason = "112-bit-security"       // 112-bit security level
	ReasonUnder224       Reason = "lt-224-bit"             // curve under 224 bits
	Reason96Bit          Reason = "96-bit-security"        // 96-bit security level
)

// Kx is a suite's key exchange.
type Kx string

// Key exchanges.
const (
	KxTLS13     Kx = "TLS13_ECDHE" // TLS 1.3: (EC)DHE through key shares
	KxECDHE     Kx = "ECDHE"
	KxDHE       Kx = "DHE"
	KxECDH      Kx = "ECDH" // static ECDH from the certificate
	KxDH        Kx = "DH"   // static DH from the certificate
	KxRSA       Kx = "RSA"  // RSA key transport
	KxRSAExport Kx = "RSA_EXPORT"
	KxNull      Kx = "NULL"
)

// Auth is how a suite authenticates the server.
type Auth string

// Authentications.
const (
	AuthCert  Auth = "CERT_SIGALG" // TLS 1.3: any certificate, by signature algorithm
	AuthECDSA Auth = "ECDSA"
	AuthRSA   Auth = "RSA"
	AuthDSS   Auth = "DSS"
	AuthNone  Auth = "NONE"
)

// Enc is a suite's bulk cipher.
type Enc string

// Bulk ciphers.
const (
	EncAES256GCM        Enc = "AES_256_GCM"
	EncAES128GCM        Enc = "AES_128_GCM"
	EncChaCha20Poly1305 Enc = "CHACHA20_POLY1305"
	EncAES256CBC        Enc = "AES_256_CBC"
	EncAES128CBC        Enc = "AES_128_CBC"
	Enc3DESEDECBC       Enc = "3DES_EDE_CBC"
	EncRC4128           Enc = "RC4_128"
	EncRC440            Enc = "RC4_40"
	EncDESCBC           Enc = "DES_CBC"
	EncRC2CBC40         Enc = "RC2_CBC_40"
	EncNull             Enc = "NULL"
)

// MAC is a suite's record integrity: an AEAD with its PRF hash, or an HMAC.
type MAC string

// Record MACs.
const (
	MACAEADSHA256 MAC = "AEAD/SHA256"
	MACAEADSHA384 MAC = "AEAD/SHA384"
	MACSHA384     MAC = "HMAC_SHA384"
	MACSHA256     MAC = "HMAC_SHA256"
	MACSHA1       MAC = "HMAC_SHA1"
	MACMD5        MAC = "HMAC_MD5"
	MACNull       MAC = "NULL"
)

// Mozilla is the most restrictive Mozilla Server Side TLS 5.0 profile that
// contains a suite.
type Mozilla string

// Mozilla profiles.
const (
	MozillaModern       Mozilla = "modern"
	MozillaIntermediate Mozilla = "intermediate"
	MozillaOld          Mozilla = "old"
	MozillaNone         Mozilla = "none"
)

// RFC9325 is a suite's standing in RFC 9325 (BCP 195).
type RFC9325 string

// RFC 9325 classes.
const (
	RFC9325Recommended RFC9325 = "recommended"
	RFC9325Allowed     RFC9325 = "allowed"
	RFC9325ShouldNot   RFC9325 = "should-not"
	RFC9325MustNot     RFC9325 = "must-not"
)

// Suite is an SSL V3 / TLS cipher suite System SSL knows.
type Suite struct {
	// Code4 is the 4-character code, upper-case hex (C02C): the IANA value.
	Code4 string
	// Code2 is the 2-character code (35 for 0035); empty when the suite
	// can only be coded with 4 characters (every C0xx and 13xx suite).
	Code2 string
	// Name is the IANA name, which is also the AT-TLS cipher constant.
	Name string
	// ZOSName is the AT-TLS constant when it differs from Name (none known).
	ZOSName string
	// Protocols are the versions the suite can be negotiated in.
	Protocols Protocols
	Kx        Kx
	Auth      Auth
	Enc       Enc
	MAC       MAC
	// FS is true when the key exchange gives forward secrecy.
	FS bool
	// AEAD is true for GCM and ChaCha20-Poly1305 suites.
	AEAD    bool
	Grade   Grade
	Reasons []Reason
	// Rank is the preference tier, lower is better (see the package doc).
	Rank int
	// Order is the position in the canonical ideal order, 1 first.
	Order int
	// Mozilla, NIST and RFC9325 place the suite in public guidance: the
	// most restrictive Mozilla profile containing it, whether NIST SP
	// 800-52r2 lists it, and its RFC 9325 class.
	Mozilla Mozilla
	NIST    bool
	RFC9325 RFC9325
	// FIPSV2R1 is true when the suite is in IBM's z/OS V2R1 FIPS-mode list.
	// Later releases allow more suites in FIPS mode (not enumerated here).
	FIPSV2R1 bool
}

// FourCharOnly reports whether the suite has no 2-character code, so that
// it can only be coded by name or in a 4-character string.
func (s *Suite) FourCharOnly() bool { return s.Code2 == "" }

// HasReason reports whether r is among the suite's reasons.
func (s *Suite) HasReason(r Reason) bool { return hasReason(s.Reasons, r) }

// String renders the suite the way pasearch prints it: "C02C  TLS_…".
func (s *Suite) String() string { return s.Code4 + "  " + s.Name }

// ATTLSName is the name to code on V3CipherSuites.
func (s *Suite) ATTLSName() string {
	if s.ZOSName != "" {
		return s.ZOSName
	}
	return s.Name
}

// V2Suite is an SSL V2 cipher (V2CipherSuites, GSK_V2_CIPHER_SPECS).
type V2Suite struct {
	// Code is the 1-character code.
	Code string
	// Name is the AT-TLS cipher constant (TLS_RC4_128_WITH_MD5).
	Name    string
	Grade   Grade
	Reasons []Reason
}

// TLS13Use says how a signature algorithm pair may be used under TLS 1.3.
type TLS13Use uint8

// TLS 1.3 uses of a signature pair.
const (
	// TLS13No: not defined for TLS 1.3.
	TLS13No TLS13Use = iota
	// TLS13CertOnly: may appear in certificate signatures, not in
	// CertificateVerify (RSA PKCS#1 v1.5, SHA-1).
	TLS13CertOnly
	// TLS13Handshake: usable for TLS 1.3 handshake signatures.
	TLS13Handshake
)

func (u TLS13Use) String() string {
	switch u {
	case TLS13CertOnly:
		return "certificates only"
	case TLS13Handshake:
		return "handshake"
	}
	return "no"
}

// SigAlg is a signature algorithm pair (hash and signature algorithm).
type SigAlg struct {
	// Code is 4 upper-case hex characters: the IANA SignatureScheme.
	Code string
	// Name is the IANA SignatureScheme name (ecdsa_secp256r1_sha256).
	Name string
	// ZOSName is the name pasearch prints (TLS_SIGALG_SHA256_WITH_ECDSA);
	// empty when none is known.
	ZOSName string
	// Hash and Sig name the algorithms (SHA256, ECDSA, RSA-PKCS1v1.5,
	// RSASSA-PSS, DSA, EdDSA).
	Hash, Sig string
	// TLS12 is true when the pair is defined for TLS 1.2.
	TLS12 bool
	TLS13 TLS13Use
	// Verified is true when z/OS output shows System SSL knows the code.
	Verified bool
	Grade    Grade
	Reasons  []Reason
	// Rank: 10 best … 50 worst, lower is better.
	Rank int
}

// TLS13Handshake reports whether the pair can sign a TLS 1.3 handshake.
func (a *SigAlg) TLS13Handshake() bool { return a.TLS13 == TLS13Handshake }

// HasReason reports whether r is among the pair's reasons.
func (a *SigAlg) HasReason(r Reason) bool { return hasReason(a.Reasons, r) }

// String renders the pair the way pasearch prints it: "0403  TLS_SIGALG_…".
func (a *SigAlg) String() string {
	if a.ZOSName != "" {
		return a.Code + "  " + a.ZOSName
	}
	return a.Code + "  " + a.Name
}

// Group is an elliptic curve or TLS 1.3 key-share group.
type Group struct {
	// Code is the z/OS code: the IANA number in DECIMAL, 4 digits ("0023").
	Code string
	// IANA is the NamedGroup number (23 for secp256r1, 0x0017 on the wire).
	IANA uint16
	// Name is the IANA name (secp256r1, x25519).
	Name string
	// ZOSName is the spelling pasearch prints (secp256r1, X25519); empty
	// when none is known.
	ZOSName string
	// Aliases are other common names (prime256v1, P-256).
	Aliases []string
	// Bits is the size of the curve; SecurityBits its security level.
	Bits, SecurityBits int
	// TLS12 is true when the group serves TLS 1.2 ECDHE (and the curve
	// lists ClientECurves / ServerKexECurves); TLS13KeyShare when it can be
	// a TLS 1.3 key share.
	TLS12, TLS13KeyShare bool
	// Verified is true when z/OS output shows System SSL knows the code.
	Verified bool
	Grade    Grade
	Reasons  []Reason
	// Rank: 10 best … 40 worst, lower is better.
	Rank int
}

// HasReason reports whether r is among the group's reasons.
func (g *Group) HasReason(r Reason) bool { return hasReason(g.Reasons, r) }

// String renders the group the way pasearch prints it: "0023  secp256r1".
func (g *Group) String() string {
	if g.ZOSName != "" {
		return g.Code + "  " + g.ZOSName
	}
	return g.Code + "  " + g.Name
}

func hasReason(rs []Reason, r Reason) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
