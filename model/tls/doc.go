// Package tls is znet's single registry of TLS facts for z/OS System SSL and
// AT-TLS: the cipher suites System SSL knows (with their 2- and 4-character
// codes), the SSL V2 ciphers, the signature algorithm pairs, the elliptic
// curves and key-share groups, the defaults of each z/OS release, and parsers
// for the run-together code strings that AT-TLS policy and System SSL
// environment variables use.
//
// The model, the lint rules (TLS strength, ordering, dead suites) and the
// GSK environment parser all read their TLS knowledge from here; nothing
// else in znet may hard-code a cipher, signature pair or group code.
//
// # Code notation
//
// Cipher suites and signature algorithm pairs are written in HEX: a suite's
// 4-character code is its IANA two-byte value (C02C is 0xC0,0x2C) and its
// 2-character code, which exists only when the high byte is 00, is the low
// byte (0035 is 35). Groups are written in DECIMAL: the IANA NamedGroup
// number zero-padded to four digits (0023 is IANA 23, secp256r1, which is
// 0x0017 on the wire). Never hex-decode a z/OS group code. SSL V2 ciphers
// are one character each. Every parser accepts lower-case hex and returns
// the codes in upper case.
//
// # Parsing code strings
//
// ParseCipher2, ParseCipher4, ParseSigPairs, ParseGroups and ParseV2 read
// the run-together code strings of AT-TLS policy and System SSL environment
// variables; ParseV3CipherSuites and ParseV2CipherSuites also accept the
// single cipher name AT-TLS allows there. Each returns the codes System SSL
// would read, in the order written (duplicates included: see Dedup), and
// the Problems in order of position. A Problem carries the byte offset and
// the offending text, so that the caller can point at it inside the value,
// a Kind to choose a severity, the message, and the replacement when there
// is an obvious one. Leading and trailing blanks are ignored; blanks or
// commas between codes are reported once and the codes read anyway.
//
// # Grades
//
// Every suite, pair and group has a Grade. For suites the grade follows
// mechanically from its Reasons:
//
//   - Insecure: any of null, anon, export, rc4, rc2, des, 3des, md5-mac (or
//     SSL V2). Prohibited by RFC 9325 / NIST, or practically broken.
//   - Weak: otherwise any of no-pfs (static RSA, DH or ECDH key exchange),
//     dss, CBC with a SHA-1 MAC, or CBC with finite-field DHE.
//   - Acceptable: otherwise cbc (ECDHE with CBC and SHA-256/384) or ffdhe
//     (DHE-RSA with AES-GCM). Under ServerEDHGroupSize Legacy (1024-bit DH)
//     the DHE suites deserve Weak; that depends on configuration and is the
//     lint rule's call.
//   - Recommended: ECDHE with AEAD (C02B C02C C02F C030) and the TLS 1.3
//     suites (1303 carries not-fips-approved: drop it under FIPS140).
//
// # Rank and order
//
// Rank is a coarse preference tier; LOWER IS BETTER:
//
//	rank = G*1000 + K*100 + C*10   for recommended, acceptable and weak
//	rank = G*1000 + C*100 + K*10   for insecure (the broken cipher dominates)
//	G: recommended 0, acceptable 1, weak 2, insecure 3
//	K: TLS 1.3 0, ECDHE 1, DHE 2, static ECDH 3, static DH 4, RSA 5, RSA export 6, none 7
//	C: AEAD 0, AES-CBC+SHA-2 1, AES-CBC+SHA-1 2, 3DES 3, RC4 4, DES 5, RC2/export 6, NULL 7
//
// An ordering defect is a suite listed before another suite of strictly
// smaller rank that can be negotiated in the same protocol version (System
// SSL as a server walks its own list in order, and the protocol version is
// settled first, so only suites of one version compete). Suites of EQUAL
// rank differ only cosmetically (AES-256 vs AES-128, ECDSA vs RSA
// authentication, AES-GCM vs ChaCha20) and are never an inversion: see
// Stronger and Inverted. Order is a total order that breaks those ties for
// generating an ideal list; it must not be used to report defects.
//
// Signature pairs and groups carry their own Rank (10 best … 50 worst) with
// the same convention.
//
// # Sources
//
// The tables come from the project's research (tls-strength.md and
// tls-suites.yaml), which cites IBM's documentation, real z/OS CS 3.1
// pasearch output, RFC 9325, RFC 8446, RFC 9155, NIST SP 800-52r2 and
// Mozilla's Server Side TLS guidelines. Each table says where its facts come
// from, and says "unverified" where IBM's documentation could not confirm
// them. data.go was generated once from the research table by a throwaway
// program and is maintained by hand; the tests re-derive every grade and
// rank from the rules above, so a hand edit that breaks them fails.
package tls
