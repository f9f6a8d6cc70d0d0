// This file was generated once from the project research table (tls-suites.yaml) and is maintained by hand.
// The tests re-derive grades and ranks from the rules in doc.go, so an edit that breaks them fails.

package tls

// suiteTable lists every SSL V3 / TLS cipher suite System SSL defines, in
// canonical order (Order 1 = first in an ideal list).
//
// Sources:
//   - Set of suites and their 2- and 4-character codes: IBM z/OS System SSL
//     Programming, "Cipher suite definitions" (csdcwh), the table System SSL
//     documents for GSK_V3_CIPHER_SPECS / GSK_V3_CIPHER_SPECS_EXPANDED.
//     No suite added after the TLS 1.3 ones was found (no CCA8/CCA9, no
//     1304/1305): unverified for z/OS 3.1 and 3.2.
//   - Names: AT-TLS accepts the IANA names as cipher constants; z/OS CS 3.1
//     pasearch prints "C02C  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384". No
//     suite is known to have a z/OS-only spelling, so ZOSName is empty
//     everywhere.
//   - Protocols: IBM support note "Do EC ciphers require TLSV1.2" (C023-C032
//     need TLS 1.2; C001-C014 work with TLS 1.0-1.2); SHA-256/384 and GCM
//     suites are TLS 1.2 only by their RFCs; 13xx are TLS 1.3 only. SSL V3
//     membership of the 00xx suites follows the RFCs and is not confirmed
//     on z/OS.
//   - FIPSV2R1: IBM z/OS V2R1 System SSL Programming, "SSL/TLS protocol"
//     (FIPS mode): the 4-character list of suites allowed in FIPS mode.
//   - Grade, Reasons, Rank, Order: the rules in doc.go (project research,
//     RFC 9325, NIST SP 800-52r2, Mozilla Server Side TLS 5.0, SSL Labs).
var suiteTable = [...]Suite{
	{
		Code4: "1302", Code2: "", Name: "TLS_AES_256_GCM_SHA384",
		Protocols: Set(TLS13),
		Kx:        KxTLS13, Auth: AuthCert, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: true, AEAD: true,
		Grade: Recommended, Reasons: nil, Rank: 0, Order: 1,
		Mozilla: MozillaModern, NIST: true, RFC9325: RFC9325Recommended, FIPSV2R1: false,
	},
	{
		Code4: "1301", Code2: "", Name: "TLS_AES_128_GCM_SHA256",
		Protocols: Set(TLS13),
		Kx:        KxTLS13, Auth: AuthCert, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: true, AEAD: true,
		Grade: Recommended, Reasons: nil, Rank: 0, Order: 2,
		Mozilla: MozillaModern, NIST: true, RFC9325: RFC9325Recommended, FIPSV2R1: false,
	},
	{
		Code4: "1303", Code2: "", Name: "TLS_CHACHA20_POLY1305_SHA256",
		Protocols: Set(TLS13),
		Kx:        KxTLS13, Auth: AuthCert, Enc: EncChaCha20Poly1305, MAC: MACAEADSHA256, FS: true, AEAD: true,
		Grade: Recommended, Reasons: []Reason{ReasonNotFIPS}, Rank: 0, Order: 3,
		Mozilla: MozillaModern, NIST: false, RFC9325: RFC9325Recommended, FIPSV2R1: false,
	},
	{
		Code4: "C02C", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: true, AEAD: true,
		Grade: Recommended, Reasons: nil, Rank: 100, Order: 4,
		Mozilla: MozillaIntermediate, NIST: true, RFC9325: RFC9325Recommended, FIPSV2R1: false,
	},
	{
		Code4: "C02B", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: true, AEAD: true,
		Grade: Recommended, Reasons: nil, Rank: 100, Order: 5,
		Mozilla: MozillaIntermediate, NIST: true, RFC9325: RFC9325Recommended, FIPSV2R1: false,
	},
	{
		Code4: "C030", Code2: "", Name: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: true, AEAD: true,
		Grade: Recommended, Reasons: nil, Rank: 100, Order: 6,
		Mozilla: MozillaIntermediate, NIST: true, RFC9325: RFC9325Recommended, FIPSV2R1: false,
	},
	{
		Code4: "C02F", Code2: "", Name: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: true, AEAD: true,
		Grade: Recommended, Reasons: nil, Rank: 100, Order: 7,
		Mozilla: MozillaIntermediate, NIST: true, RFC9325: RFC9325Recommended, FIPSV2R1: false,
	},
	{
		Code4: "C024", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: EncAES256CBC, MAC: MACSHA384, FS: true, AEAD: false,
		Grade: Acceptable, Reasons: []Reason{ReasonCBC}, Rank: 1110, Order: 8,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325Allowed, FIPSV2R1: false,
	},
	{
		Code4: "C023", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: EncAES128CBC, MAC: MACSHA256, FS: true, AEAD: false,
		Grade: Acceptable, Reasons: []Reason{ReasonCBC}, Rank: 1110, Order: 9,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325Allowed, FIPSV2R1: false,
	},
	{
		Code4: "C028", Code2: "", Name: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA384, FS: true, AEAD: false,
		Grade: Acceptable, Reasons: []Reason{ReasonCBC}, Rank: 1110, Order: 10,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325Allowed, FIPSV2R1: false,
	},
	{
		Code4: "C027", Code2: "", Name: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA256, FS: true, AEAD: false,
		Grade: Acceptable, Reasons: []Reason{ReasonCBC}, Rank: 1110, Order: 11,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325Allowed, FIPSV2R1: false,
	},
	{
		Code4: "009F", Code2: "9F", Name: "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxDHE, Auth: AuthRSA, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: true, AEAD: true,
		Grade: Acceptable, Reasons: []Reason{ReasonFFDHE}, Rank: 1200, Order: 12,
		Mozilla: MozillaIntermediate, NIST: true, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "009E", Code2: "9E", Name: "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDHE, Auth: AuthRSA, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: true, AEAD: true,
		Grade: Acceptable, Reasons: []Reason{ReasonFFDHE}, Rank: 1200, Order: 13,
		Mozilla: MozillaIntermediate, NIST: true, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C00A", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: EncAES256CBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonCBC, ReasonSHA1MAC}, Rank: 2120, Order: 14,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325Allowed, FIPSV2R1: true,
	},
	{
		Code4: "C009", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: EncAES128CBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonCBC, ReasonSHA1MAC}, Rank: 2120, Order: 15,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325Allowed, FIPSV2R1: true,
	},
	{
		Code4: "C014", Code2: "", Name: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonCBC, ReasonSHA1MAC}, Rank: 2120, Order: 16,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325Allowed, FIPSV2R1: true,
	},
	{
		Code4: "C013", Code2: "", Name: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonCBC, ReasonSHA1MAC}, Rank: 2120, Order: 17,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325Allowed, FIPSV2R1: true,
	},
	{
		Code4: "00A3", Code2: "A3", Name: "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxDHE, Auth: AuthDSS, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: true, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonDSS}, Rank: 2200, Order: 18,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "00A2", Code2: "A2", Name: "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDHE, Auth: AuthDSS, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: true, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonDSS}, Rank: 2200, Order: 19,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "006B", Code2: "6B", Name: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDHE, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA256, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonCBC}, Rank: 2210, Order: 20,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "0067", Code2: "67", Name: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDHE, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA256, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonCBC}, Rank: 2210, Order: 21,
		Mozilla: MozillaOld, NIST: true, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "006A", Code2: "6A", Name: "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDHE, Auth: AuthDSS, Enc: EncAES256CBC, MAC: MACSHA256, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonDSS, ReasonCBC}, Rank: 2210, Order: 22,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "0040", Code2: "40", Name: "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDHE, Auth: AuthDSS, Enc: EncAES128CBC, MAC: MACSHA256, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonDSS, ReasonCBC}, Rank: 2210, Order: 23,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "0039", Code2: "39", Name: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDHE, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonCBC, ReasonSHA1MAC}, Rank: 2220, Order: 24,
		Mozilla: MozillaNone, NIST: true, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0033", Code2: "33", Name: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDHE, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonCBC, ReasonSHA1MAC}, Rank: 2220, Order: 25,
		Mozilla: MozillaNone, NIST: true, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0038", Code2: "38", Name: "TLS_DHE_DSS_WITH_AES_256_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDHE, Auth: AuthDSS, Enc: EncAES256CBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonDSS, ReasonCBC, ReasonSHA1MAC}, Rank: 2220, Order: 26,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0032", Code2: "32", Name: "TLS_DHE_DSS_WITH_AES_128_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDHE, Auth: AuthDSS, Enc: EncAES128CBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonFFDHE, ReasonDSS, ReasonCBC, ReasonSHA1MAC}, Rank: 2220, Order: 27,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C02E", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH}, Rank: 2300, Order: 28,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C02D", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH}, Rank: 2300, Order: 29,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C032", Code2: "", Name: "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH}, Rank: 2300, Order: 30,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C031", Code2: "", Name: "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH}, Rank: 2300, Order: 31,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C026", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: EncAES256CBC, MAC: MACSHA384, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH, ReasonCBC}, Rank: 2310, Order: 32,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C025", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: EncAES128CBC, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH, ReasonCBC}, Rank: 2310, Order: 33,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C02A", Code2: "", Name: "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA384, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH, ReasonCBC}, Rank: 2310, Order: 34,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C029", Code2: "", Name: "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH, ReasonCBC}, Rank: 2310, Order: 35,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "C005", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: EncAES256CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH, ReasonCBC, ReasonSHA1MAC}, Rank: 2320, Order: 36,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C004", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: EncAES128CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH, ReasonCBC, ReasonSHA1MAC}, Rank: 2320, Order: 37,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C00F", Code2: "", Name: "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH, ReasonCBC, ReasonSHA1MAC}, Rank: 2320, Order: 38,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C00E", Code2: "", Name: "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticECDH, ReasonCBC, ReasonSHA1MAC}, Rank: 2320, Order: 39,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "00A1", Code2: "A1", Name: "TLS_DH_RSA_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxDH, Auth: AuthRSA, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH}, Rank: 2400, Order: 40,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "00A0", Code2: "A0", Name: "TLS_DH_RSA_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDH, Auth: AuthRSA, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH}, Rank: 2400, Order: 41,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "00A5", Code2: "A5", Name: "TLS_DH_DSS_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxDH, Auth: AuthDSS, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonDSS}, Rank: 2400, Order: 42,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "00A4", Code2: "A4", Name: "TLS_DH_DSS_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDH, Auth: AuthDSS, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonDSS}, Rank: 2400, Order: 43,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "0069", Code2: "69", Name: "TLS_DH_RSA_WITH_AES_256_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDH, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonCBC}, Rank: 2410, Order: 44,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "003F", Code2: "3F", Name: "TLS_DH_RSA_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDH, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonCBC}, Rank: 2410, Order: 45,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "0068", Code2: "68", Name: "TLS_DH_DSS_WITH_AES_256_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDH, Auth: AuthDSS, Enc: EncAES256CBC, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonDSS, ReasonCBC}, Rank: 2410, Order: 46,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "003E", Code2: "3E", Name: "TLS_DH_DSS_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxDH, Auth: AuthDSS, Enc: EncAES128CBC, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonDSS, ReasonCBC}, Rank: 2410, Order: 47,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "0037", Code2: "37", Name: "TLS_DH_RSA_WITH_AES_256_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDH, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonCBC, ReasonSHA1MAC}, Rank: 2420, Order: 48,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0031", Code2: "31", Name: "TLS_DH_RSA_WITH_AES_128_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDH, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonCBC, ReasonSHA1MAC}, Rank: 2420, Order: 49,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0036", Code2: "36", Name: "TLS_DH_DSS_WITH_AES_256_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDH, Auth: AuthDSS, Enc: EncAES256CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonDSS, ReasonCBC, ReasonSHA1MAC}, Rank: 2420, Order: 50,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0030", Code2: "30", Name: "TLS_DH_DSS_WITH_AES_128_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDH, Auth: AuthDSS, Enc: EncAES128CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonStaticDH, ReasonDSS, ReasonCBC, ReasonSHA1MAC}, Rank: 2420, Order: 51,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "009D", Code2: "9D", Name: "TLS_RSA_WITH_AES_256_GCM_SHA384",
		Protocols: Set(TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncAES256GCM, MAC: MACAEADSHA384, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS}, Rank: 2500, Order: 52,
		Mozilla: MozillaOld, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "009C", Code2: "9C", Name: "TLS_RSA_WITH_AES_128_GCM_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncAES128GCM, MAC: MACAEADSHA256, FS: false, AEAD: true,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS}, Rank: 2500, Order: 53,
		Mozilla: MozillaOld, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "003D", Code2: "3D", Name: "TLS_RSA_WITH_AES_256_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonCBC}, Rank: 2510, Order: 54,
		Mozilla: MozillaOld, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "003C", Code2: "3C", Name: "TLS_RSA_WITH_AES_128_CBC_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonCBC}, Rank: 2510, Order: 55,
		Mozilla: MozillaOld, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: false,
	},
	{
		Code4: "0035", Code2: "35", Name: "TLS_RSA_WITH_AES_256_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncAES256CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonCBC, ReasonSHA1MAC}, Rank: 2520, Order: 56,
		Mozilla: MozillaOld, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "002F", Code2: "2F", Name: "TLS_RSA_WITH_AES_128_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncAES128CBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Weak, Reasons: []Reason{ReasonNoPFS, ReasonCBC, ReasonSHA1MAC}, Rank: 2520, Order: 57,
		Mozilla: MozillaOld, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C008", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonCBC, ReasonSHA1MAC}, Rank: 3310, Order: 58,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C012", Code2: "", Name: "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonCBC, ReasonSHA1MAC}, Rank: 3310, Order: 59,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0016", Code2: "16", Name: "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDHE, Auth: AuthRSA, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonFFDHE, ReasonCBC, ReasonSHA1MAC}, Rank: 3320, Order: 60,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0013", Code2: "13", Name: "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDHE, Auth: AuthDSS, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonFFDHE, ReasonDSS, ReasonCBC, ReasonSHA1MAC}, Rank: 3320, Order: 61,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C003", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonNoPFS, ReasonStaticECDH, ReasonCBC, ReasonSHA1MAC}, Rank: 3330, Order: 62,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C00D", Code2: "", Name: "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonNoPFS, ReasonStaticECDH, ReasonCBC, ReasonSHA1MAC}, Rank: 3330, Order: 63,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "0010", Code2: "10", Name: "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDH, Auth: AuthRSA, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonNoPFS, ReasonStaticDH, ReasonCBC, ReasonSHA1MAC}, Rank: 3340, Order: 64,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "000D", Code2: "0D", Name: "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxDH, Auth: AuthDSS, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonNoPFS, ReasonStaticDH, ReasonDSS, ReasonCBC, ReasonSHA1MAC}, Rank: 3340, Order: 65,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "000A", Code2: "0A", Name: "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: Enc3DESEDECBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{Reason3DES, ReasonNoPFS, ReasonCBC, ReasonSHA1MAC}, Rank: 3350, Order: 66,
		Mozilla: MozillaOld, NIST: false, RFC9325: RFC9325ShouldNot, FIPSV2R1: true,
	},
	{
		Code4: "C007", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: EncRC4128, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonRC4, ReasonSHA1MAC}, Rank: 3410, Order: 67,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "C011", Code2: "", Name: "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: EncRC4128, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonRC4, ReasonSHA1MAC}, Rank: 3410, Order: 68,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "C002", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_RC4_128_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: EncRC4128, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonRC4, ReasonNoPFS, ReasonStaticECDH, ReasonSHA1MAC}, Rank: 3430, Order: 69,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "C00C", Code2: "", Name: "TLS_ECDH_RSA_WITH_RC4_128_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: EncRC4128, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonRC4, ReasonNoPFS, ReasonStaticECDH, ReasonSHA1MAC}, Rank: 3430, Order: 70,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0005", Code2: "05", Name: "TLS_RSA_WITH_RC4_128_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncRC4128, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonRC4, ReasonNoPFS, ReasonSHA1MAC}, Rank: 3450, Order: 71,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0004", Code2: "04", Name: "TLS_RSA_WITH_RC4_128_MD5",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncRC4128, MAC: MACMD5, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonRC4, ReasonMD5MAC, ReasonNoPFS}, Rank: 3450, Order: 72,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0003", Code2: "03", Name: "TLS_RSA_EXPORT_WITH_RC4_40_MD5",
		Protocols: Set(SSLv3, TLS10),
		Kx:        KxRSAExport, Auth: AuthRSA, Enc: EncRC440, MAC: MACMD5, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonExport, ReasonRC4, ReasonMD5MAC, ReasonNoPFS}, Rank: 3460, Order: 73,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0015", Code2: "15", Name: "TLS_DHE_RSA_WITH_DES_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11),
		Kx:        KxDHE, Auth: AuthRSA, Enc: EncDESCBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonDES, ReasonFFDHE, ReasonCBC, ReasonSHA1MAC}, Rank: 3520, Order: 74,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0012", Code2: "12", Name: "TLS_DHE_DSS_WITH_DES_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11),
		Kx:        KxDHE, Auth: AuthDSS, Enc: EncDESCBC, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonDES, ReasonFFDHE, ReasonDSS, ReasonCBC, ReasonSHA1MAC}, Rank: 3520, Order: 75,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "000F", Code2: "0F", Name: "TLS_DH_RSA_WITH_DES_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11),
		Kx:        KxDH, Auth: AuthRSA, Enc: EncDESCBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonDES, ReasonNoPFS, ReasonStaticDH, ReasonCBC, ReasonSHA1MAC}, Rank: 3540, Order: 76,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "000C", Code2: "0C", Name: "TLS_DH_DSS_WITH_DES_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11),
		Kx:        KxDH, Auth: AuthDSS, Enc: EncDESCBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonDES, ReasonNoPFS, ReasonStaticDH, ReasonDSS, ReasonCBC, ReasonSHA1MAC}, Rank: 3540, Order: 77,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0009", Code2: "09", Name: "TLS_RSA_WITH_DES_CBC_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncDESCBC, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonDES, ReasonNoPFS, ReasonCBC, ReasonSHA1MAC}, Rank: 3550, Order: 78,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0006", Code2: "06", Name: "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5",
		Protocols: Set(SSLv3, TLS10),
		Kx:        KxRSAExport, Auth: AuthRSA, Enc: EncRC2CBC40, MAC: MACMD5, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonExport, ReasonRC2, ReasonMD5MAC, ReasonNoPFS, ReasonCBC}, Rank: 3660, Order: 79,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "C006", Code2: "", Name: "TLS_ECDHE_ECDSA_WITH_NULL_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthECDSA, Enc: EncNull, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonNull}, Rank: 3710, Order: 80,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "C010", Code2: "", Name: "TLS_ECDHE_RSA_WITH_NULL_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDHE, Auth: AuthRSA, Enc: EncNull, MAC: MACSHA1, FS: true, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonNull}, Rank: 3710, Order: 81,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "C001", Code2: "", Name: "TLS_ECDH_ECDSA_WITH_NULL_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthECDSA, Enc: EncNull, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonNull, ReasonNoPFS, ReasonStaticECDH}, Rank: 3730, Order: 82,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "C00B", Code2: "", Name: "TLS_ECDH_RSA_WITH_NULL_SHA",
		Protocols: Set(TLS10, TLS11, TLS12),
		Kx:        KxECDH, Auth: AuthRSA, Enc: EncNull, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonNull, ReasonNoPFS, ReasonStaticECDH}, Rank: 3730, Order: 83,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0002", Code2: "02", Name: "TLS_RSA_WITH_NULL_SHA",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncNull, MAC: MACSHA1, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonNull, ReasonNoPFS}, Rank: 3750, Order: 84,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "003B", Code2: "3B", Name: "TLS_RSA_WITH_NULL_SHA256",
		Protocols: Set(TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncNull, MAC: MACSHA256, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonNull, ReasonNoPFS}, Rank: 3750, Order: 85,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0001", Code2: "01", Name: "TLS_RSA_WITH_NULL_MD5",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxRSA, Auth: AuthRSA, Enc: EncNull, MAC: MACMD5, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonNull, ReasonMD5MAC, ReasonNoPFS}, Rank: 3750, Order: 86,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
	{
		Code4: "0000", Code2: "00", Name: "TLS_NULL_WITH_NULL_NULL",
		Protocols: Set(SSLv3, TLS10, TLS11, TLS12),
		Kx:        KxNull, Auth: AuthNone, Enc: EncNull, MAC: MACNull, FS: false, AEAD: false,
		Grade: Insecure, Reasons: []Reason{ReasonNull, ReasonAnon}, Rank: 3770, Order: 87,
		Mozilla: MozillaNone, NIST: false, RFC9325: RFC9325MustNot, FIPSV2R1: false,
	},
}

// v2Table lists the SSL V2 ciphers of AT-TLS V2CipherSuites and
// GSK_V2_CIPHER_SPECS: 1-character codes and the AT-TLS cipher constants.
// Source: IBM z/OS 3.1 Communications Server IP Configuration Reference,
// "TTLSCipherParms statement", Table 1 (V2CipherSuites). All are insecure:
// SSL V2 itself is prohibited (RFC 6176).
var v2Table = [...]V2Suite{
	{Code: "1", Name: "TLS_RC4_128_WITH_MD5", Grade: Insecure, Reasons: []Reason{ReasonSSLv2, ReasonRC4, ReasonMD5MAC}},
	{Code: "2", Name: "TLS_RC4_128_EXPORT40_WITH_MD5", Grade: Insecure, Reasons: []Reason{ReasonSSLv2, ReasonExport, ReasonRC4, ReasonMD5MAC}},
	{Code: "3", Name: "TLS_RC2_CBC_128_CBC_WITH_MD5", Grade: Insecure, Reasons: []Reason{ReasonSSLv2, ReasonRC2, ReasonMD5MAC}},
	{Code: "4", Name: "TLS_RC2_CBC_128_CBC_EXPORT40_WITH_MD5", Grade: Insecure, Reasons: []Reason{ReasonSSLv2, ReasonExport, ReasonRC2, ReasonMD5MAC}},
	{Code: "6", Name: "TLS_DES_64_CBC_WITH_MD5", Grade: Insecure, Reasons: []Reason{ReasonSSLv2, ReasonDES, ReasonMD5MAC}},
	{Code: "7", Name: "TLS_DES_192_EDE3_CBC_WITH_MD5", Grade: Insecure, Reasons: []Reason{ReasonSSLv2, Reason3DES, ReasonMD5MAC}},
}

// sigAlgTable lists signature algorithm pairs (AT-TLS SignaturePairs,
// SignaturePairsCert, OcspRequestSigalg; GSK_TLS_SIG_ALG_PAIRS,
// GSK_TLS_CERT_SIG_ALG_PAIRS), best first.
//
// Codes are the IANA SignatureScheme values in hex (TLS 1.2: hash byte,
// signature byte). Verified means z/OS CS 3.1 pasearch printed the code
// with the z/OS name shown (colinpaicemq/EasyAT-TLS files/pasearch.report),
// or it appears there in a default list; System SSL documents the valid
// codes in "Cipher suite definitions", Table 6 (4-character signature
// algorithm pair definitions; referenced by System SSL return code 467),
// which could not be read here. Entries with Verified false (0807, 0808,
// 0809-080B, 0101) are standard schemes whose support by System SSL is
// unverified; the parsers accept them with an Unverified problem.
var sigAlgTable = [...]SigAlg{
	{Code: "0403", Name: "ecdsa_secp256r1_sha256", ZOSName: "TLS_SIGALG_SHA256_WITH_ECDSA", Hash: "SHA256", Sig: "ECDSA", TLS12: true, TLS13: TLS13Handshake, Verified: true, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0503", Name: "ecdsa_secp384r1_sha384", ZOSName: "TLS_SIGALG_SHA384_WITH_ECDSA", Hash: "SHA384", Sig: "ECDSA", TLS12: true, TLS13: TLS13Handshake, Verified: true, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0603", Name: "ecdsa_secp521r1_sha512", ZOSName: "TLS_SIGALG_SHA512_WITH_ECDSA", Hash: "SHA512", Sig: "ECDSA", TLS12: true, TLS13: TLS13Handshake, Verified: true, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0804", Name: "rsa_pss_rsae_sha256", ZOSName: "TLS_SIGALG_SHA256_WITH_RSASSA_PSS", Hash: "SHA256", Sig: "RSASSA-PSS", TLS12: true, TLS13: TLS13Handshake, Verified: true, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0805", Name: "rsa_pss_rsae_sha384", ZOSName: "TLS_SIGALG_SHA384_WITH_RSASSA_PSS", Hash: "SHA384", Sig: "RSASSA-PSS", TLS12: true, TLS13: TLS13Handshake, Verified: true, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0806", Name: "rsa_pss_rsae_sha512", ZOSName: "TLS_SIGALG_SHA512_WITH_RSASSA_PSS", Hash: "SHA512", Sig: "RSASSA-PSS", TLS12: true, TLS13: TLS13Handshake, Verified: true, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0809", Name: "rsa_pss_pss_sha256", ZOSName: "", Hash: "SHA256", Sig: "RSASSA-PSS-key", TLS12: true, TLS13: TLS13Handshake, Verified: false, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "080A", Name: "rsa_pss_pss_sha384", ZOSName: "", Hash: "SHA384", Sig: "RSASSA-PSS-key", TLS12: true, TLS13: TLS13Handshake, Verified: false, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "080B", Name: "rsa_pss_pss_sha512", ZOSName: "", Hash: "SHA512", Sig: "RSASSA-PSS-key", TLS12: true, TLS13: TLS13Handshake, Verified: false, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0807", Name: "ed25519", ZOSName: "", Hash: "INTRINSIC", Sig: "EdDSA", TLS12: true, TLS13: TLS13Handshake, Verified: false, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0808", Name: "ed448", ZOSName: "", Hash: "INTRINSIC", Sig: "EdDSA", TLS12: true, TLS13: TLS13Handshake, Verified: false, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0401", Name: "rsa_pkcs1_sha256", ZOSName: "TLS_SIGALG_SHA256_WITH_RSA", Hash: "SHA256", Sig: "RSA-PKCS1v1.5", TLS12: true, TLS13: TLS13CertOnly, Verified: true, Grade: Acceptable, Reasons: []Reason{ReasonPKCS1v15}, Rank: 20},
	{Code: "0501", Name: "rsa_pkcs1_sha384", ZOSName: "TLS_SIGALG_SHA384_WITH_RSA", Hash: "SHA384", Sig: "RSA-PKCS1v1.5", TLS12: true, TLS13: TLS13CertOnly, Verified: true, Grade: Acceptable, Reasons: []Reason{ReasonPKCS1v15}, Rank: 20},
	{Code: "0601", Name: "rsa_pkcs1_sha512", ZOSName: "TLS_SIGALG_SHA512_WITH_RSA", Hash: "SHA512", Sig: "RSA-PKCS1v1.5", TLS12: true, TLS13: TLS13CertOnly, Verified: true, Grade: Acceptable, Reasons: []Reason{ReasonPKCS1v15}, Rank: 20},
	{Code: "0303", Name: "sha224_ecdsa", ZOSName: "TLS_SIGALG_SHA224_WITH_ECDSA", Hash: "SHA224", Sig: "ECDSA", TLS12: true, TLS13: TLS13No, Verified: true, Grade: Weak, Reasons: []Reason{ReasonSHA224, ReasonNotTLS13}, Rank: 30},
	{Code: "0301", Name: "sha224_rsa", ZOSName: "TLS_SIGALG_SHA224_WITH_RSA", Hash: "SHA224", Sig: "RSA-PKCS1v1.5", TLS12: true, TLS13: TLS13No, Verified: true, Grade: Weak, Reasons: []Reason{ReasonSHA224, ReasonPKCS1v15, ReasonNotTLS13}, Rank: 30},
	{Code: "0402", Name: "sha256_dsa", ZOSName: "TLS_SIGALG_SHA256_WITH_DSA", Hash: "SHA256", Sig: "DSA", TLS12: true, TLS13: TLS13No, Verified: true, Grade: Weak, Reasons: []Reason{ReasonDSA, ReasonNotTLS13}, Rank: 30},
	{Code: "0302", Name: "sha224_dsa", ZOSName: "TLS_SIGALG_SHA224_WITH_DSA", Hash: "SHA224", Sig: "DSA", TLS12: true, TLS13: TLS13No, Verified: true, Grade: Weak, Reasons: []Reason{ReasonDSA, ReasonSHA224, ReasonNotTLS13}, Rank: 30},
	{Code: "0203", Name: "ecdsa_sha1", ZOSName: "TLS_SIGALG_SHA1_WITH_ECDSA", Hash: "SHA1", Sig: "ECDSA", TLS12: true, TLS13: TLS13CertOnly, Verified: true, Grade: Insecure, Reasons: []Reason{ReasonSHA1, ReasonRFC9155}, Rank: 40},
	{Code: "0201", Name: "rsa_pkcs1_sha1", ZOSName: "TLS_SIGALG_SHA1_WITH_RSA", Hash: "SHA1", Sig: "RSA-PKCS1v1.5", TLS12: true, TLS13: TLS13CertOnly, Verified: true, Grade: Insecure, Reasons: []Reason{ReasonSHA1, ReasonRFC9155}, Rank: 40},
	{Code: "0202", Name: "sha1_dsa", ZOSName: "TLS_SIGALG_SHA1_WITH_DSA", Hash: "SHA1", Sig: "DSA", TLS12: true, TLS13: TLS13No, Verified: true, Grade: Insecure, Reasons: []Reason{ReasonSHA1, ReasonDSA, ReasonRFC9155}, Rank: 40},
	{Code: "0101", Name: "md5_rsa", ZOSName: "TLS_SIGALG_MD5_WITH_RSA", Hash: "MD5", Sig: "RSA-PKCS1v1.5", TLS12: true, TLS13: TLS13No, Verified: false, Grade: Insecure, Reasons: []Reason{ReasonMD5, ReasonRFC9155}, Rank: 50}, // z/OS name assumed from the naming pattern; unverified
}

// groupTable lists elliptic curves / key-share groups (AT-TLS ClientECurves,
// ServerKexECurves, ClientKeyShareGroups, ServerKeyShareGroups;
// GSK_CLIENT_ECURVE_LIST, GSK_SERVER_ALLOWED_KEX_ECURVES,
// GSK_CLIENT_TLS_KEY_SHARES, GSK_SERVER_TLS_KEY_SHARES), best first.
//
// z/OS writes a group as its IANA NamedGroup number in DECIMAL, zero padded
// to four digits: 0023 is IANA 23 (0x0017) secp256r1. Sources: z/OS CS 3.1
// pasearch ("0023  secp256r1", "0029  X25519", "0030  X448"); IBM MQ 9.2
// "Modifying elliptic curve key length on z/OS" (GSK_CLIENT_ECURVE_LIST
// takes 4-character values; default 00210023002400250019). ZOSName is the
// spelling pasearch prints. Brainpool codes (0026-0028, 0031-0033) are the
// IANA numbers; their z/OS support is unverified (AT-TLS reaches Brainpool
// curves only through ClientECurves Any: IBM z/OS 2.1 "TTLSSignatureParms
// statement").
var groupTable = [...]Group{
	{Code: "0029", IANA: 29, Name: "x25519", ZOSName: "X25519", Aliases: []string{"curve25519"}, Bits: 255, SecurityBits: 128, TLS12: false, TLS13KeyShare: true, Verified: true, Grade: Recommended, Reasons: []Reason{ReasonFIPSUnverified}, Rank: 10},
	{Code: "0023", IANA: 23, Name: "secp256r1", ZOSName: "secp256r1", Aliases: []string{"prime256v1", "P-256", "nistp256"}, Bits: 256, SecurityBits: 128, TLS12: true, TLS13KeyShare: true, Verified: true, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0024", IANA: 24, Name: "secp384r1", ZOSName: "secp384r1", Aliases: []string{"P-384", "nistp384"}, Bits: 384, SecurityBits: 192, TLS12: true, TLS13KeyShare: true, Verified: true, Grade: Recommended, Reasons: nil, Rank: 10},
	{Code: "0025", IANA: 25, Name: "secp521r1", ZOSName: "secp521r1", Aliases: []string{"P-521", "nistp521"}, Bits: 521, SecurityBits: 256, TLS12: true, TLS13KeyShare: true, Verified: true, Grade: Acceptable, Reasons: []Reason{ReasonNotMozilla, ReasonSlow}, Rank: 20},
	{Code: "0030", IANA: 30, Name: "x448", ZOSName: "X448", Aliases: []string{"curve448"}, Bits: 448, SecurityBits: 224, TLS12: false, TLS13KeyShare: true, Verified: true, Grade: Acceptable, Reasons: []Reason{ReasonFIPSUnverified, ReasonRareClients}, Rank: 20},
	{Code: "0026", IANA: 26, Name: "brainpoolP256r1", ZOSName: "", Aliases: nil, Bits: 256, SecurityBits: 128, TLS12: true, TLS13KeyShare: false, Verified: false, Grade: Acceptable, Reasons: []Reason{ReasonNotNIST, ReasonTLS12Only}, Rank: 20},
	{Code: "0027", IANA: 27, Name: "brainpoolP384r1", ZOSName: "", Aliases: nil, Bits: 384, SecurityBits: 192, TLS12: true, TLS13KeyShare: false, Verified: false, Grade: Acceptable, Reasons: []Reason{ReasonNotNIST, ReasonTLS12Only}, Rank: 20},
	{Code: "0028", IANA: 28, Name: "brainpoolP512r1", ZOSName: "", Aliases: nil, Bits: 512, SecurityBits: 256, TLS12: true, TLS13KeyShare: false, Verified: false, Grade: Acceptable, Reasons: []Reason{ReasonNotNIST, ReasonTLS12Only}, Rank: 20},
	{Code: "0031", IANA: 31, Name: "brainpoolP256r1tls13", ZOSName: "", Aliases: nil, Bits: 256, SecurityBits: 128, TLS12: false, TLS13KeyShare: true, Verified: false, Grade: Acceptable, Reasons: []Reason{ReasonNotNIST}, Rank: 20},
	{Code: "0032", IANA: 32, Name: "brainpoolP384r1tls13", ZOSName: "", Aliases: nil, Bits: 384, SecurityBits: 192, TLS12: false, TLS13KeyShare: true, Verified: false, Grade: Acceptable, Reasons: []Reason{ReasonNotNIST}, Rank: 20},
	{Code: "0033", IANA: 33, Name: "brainpoolP512r1tls13", ZOSName: "", Aliases: nil, Bits: 512, SecurityBits: 256, TLS12: false, TLS13KeyShare: true, Verified: false, Grade: Acceptable, Reasons: []Reason{ReasonNotNIST}, Rank: 20},
	{Code: "0021", IANA: 21, Name: "secp224r1", ZOSName: "secp224r1", Aliases: []string{"P-224", "nistp224"}, Bits: 224, SecurityBits: 112, TLS12: true, TLS13KeyShare: false, Verified: true, Grade: Weak, Reasons: []Reason{ReasonUnder256, Reason112Bit, ReasonNotTLS13}, Rank: 30},
	{Code: "0019", IANA: 19, Name: "secp192r1", ZOSName: "secp192r1", Aliases: []string{"prime192v1", "P-192", "nistp192"}, Bits: 192, SecurityBits: 96, TLS12: true, TLS13KeyShare: false, Verified: true, Grade: Insecure, Reasons: []Reason{ReasonUnder224, Reason96Bit, ReasonNotTLS13}, Rank: 40},
}
