package tls

import "github.com/zosnet/znet/model"

// List is a default list of codes with where the fact comes from.
type List struct {
	// Codes in z/OS order, most preferred first (canonical codes, as
	// Code.Value).
	Codes []string
	// Cite names the IBM documentation topic or the observation the list
	// comes from; it says "unverified" where IBM's documentation could not
	// confirm it for the release.
	Cite string
	// Verified is false when the list is assumed for this release from a
	// neighbouring one.
	Verified bool
}

// Defaults are what System SSL and AT-TLS use on one z/OS release when a
// setting is not coded.
type Defaults struct {
	Release model.Release

	// V3Ciphers is System SSL's default cipher list (non-FIPS), the list in
	// force when neither GSK_V3_CIPHER_SPECS[_EXPANDED] nor AT-TLS
	// V3CipherSuites[4Char] is coded: AT-TLS passes no list to System SSL
	// by default. It has no TLS 1.3 suite, so TLSv1.3 On without a cipher
	// list can never negotiate TLS 1.3.
	V3Ciphers List

	// SystemSSLProtocols are the versions gsk_environment_open() enables
	// (GSK_PROTOCOL_* not set).
	SystemSSLProtocols Protocols
	SystemSSLCite      string
	// ATTLSProtocols are the versions AT-TLS enables when
	// TTLSEnvironmentAdvancedParms / TTLSConnectionAdvancedParms code none.
	ATTLSProtocols Protocols
	ATTLSCite      string

	// SignaturePairs is the default SignaturePairs / GSK_TLS_SIG_ALG_PAIRS;
	// SignaturePairsTLS13 are appended when TLS 1.3 is enabled.
	SignaturePairs      List
	SignaturePairsTLS13 List
	// ClientECurves is the default ClientECurves / GSK_CLIENT_ECURVE_LIST;
	// ClientECurvesTLS13 are appended when TLS 1.3 is enabled.
	ClientECurves      List
	ClientECurvesTLS13 List
	// ServerKexECurves is the default ServerKexECurves /
	// GSK_SERVER_ALLOWED_KEX_ECURVES.
	ServerKexECurves List
	// ClientKeyShareGroups and ServerKeyShareGroups are the TLS 1.3
	// defaults (GSK_CLIENT_TLS_KEY_SHARES, GSK_SERVER_TLS_KEY_SHARES).
	ClientKeyShareGroups List
	ServerKeyShareGroups List
	// OcspRequestSigalg is the default OCSP request signature pair.
	OcspRequestSigalg List
}

// Sources of the defaults. Every release znet knows (2.4 to 3.2) has TLS 1.3.
const (
	citeCiphers24 = "IBM z/OS 2.4 and 2.5 Cryptographic Services System SSL Programming, " +
		"\"Required updates to enable TLS V1.3 protocol support\" (calls 003500380039002F00320033 the current default); " +
		"an LDAP user reported the same list"
	citeSSLProtocols = "IBM z/OS 2.3 System SSL Programming, \"gsk_environment_open()\" (TLS V1.0 enabled; " +
		"SSL V2, SSL V3, TLS V1.1, TLS V1.2 disabled by default) and the V2R2 migration action " +
		"\"Modify code or System SSL application configurations to enable SSLV2 or SSLV3\"; TLS V1.3 off by default " +
		"(2.4/2.5 TLS V1.3 enablement); unverified for 3.1 and 3.2"
	citeATTLSProtocols = "IBM z/OS 2.5 and 3.1 Communications Server IP Configuration Reference, " +
		"\"TTLSEnvironmentAdvancedParms statement\" syntax diagram (SSLv2 Off, SSLv3 Off, TLSv1 On, TLSv1.1 On, " +
		"TLSv1.2 Off, TLSv1.3 Off); z/OS CS 3.1 pasearch shows the same; TLSv1/TLSv1.1 carry a footnote " +
		"that could not be read"
	citeATTLSProtocolsAssumed = citeATTLSProtocols + "; assumed for this release, unverified"
	citeSigPairs              = "z/OS CS 3.1 pasearch of an environment coding no SignaturePairs " +
		"(colinpaicemq/EasyAT-TLS files/pasearch.report)"
	citeSigPairsTLS13 = "z/OS CS 3.1 defaults with TLSv1.3 On as a practitioner's pasearch-delta tool encodes them " +
		"(colinpaicemq/EasyAT-TLS files/parsepas.py): 0806 0805 0804 appended at the end; not found in IBM's " +
		"documentation"
	citeClientECurves = "IBM MQ 9.2 \"Modifying elliptic curve key length on z/OS\" (GSK_CLIENT_ECURVE_LIST " +
		"default 00210023002400250019; not tied to a z/OS release) and z/OS CS 3.1 pasearch"
	citeClientECurvesTLS13 = "IBM MQ 9.2 \"Modifying elliptic curve key length on z/OS\": 0029 (x25519) is " +
		"appended to the default when TLS V1.3 is enabled; colinpaicemq/EasyAT-TLS files/parsepas.py shows the " +
		"same for z/OS CS 3.1"
	citeServerKex = "IBM z/OS 2.5 Communications Server IP Configuration Reference, \"TTLSSignatureParms " +
		"statement\" syntax diagram (ServerKexECurves 00230024002500210019) and z/OS CS 3.1 pasearch"
	citeClientKeyShares = "z/OS CS 3.1 pasearch (ClientKeyShareGroups 0023); IBM's 2.5 syntax diagram names " +
		"it only default_key_share"
	citeServerKeyShares25 = "IBM z/OS 2.5 Communications Server IP Configuration Reference, \"TTLSSignatureParms " +
		"statement\" syntax diagram (ServerKeyShareGroups 0021002300240025001900290030); z/OS CS 3.1 pasearch " +
		"shows 0023 0024 0025 0029 0030 instead, so the value differs between the 2.5 documentation and 3.1 output"
	citeServerKeyShares31 = "z/OS CS 3.1 pasearch (ServerKeyShareGroups 0023 0024 0025 0029 0030); IBM's 2.5 " +
		"syntax diagram shows 0021002300240025001900290030"
	citeOcsp = "z/OS CS 3.1 pasearch (OcspRequestSigalg 0401)"
)

var defaultsTable = map[model.Release]*Defaults{}

// list makes a default list for release r whose source cite covers the
// releases named in verifiedOn; on any other release the list is assumed
// and its cite says "unverified".
func list(r model.Release, codes []string, cite string, verifiedOn ...model.Release) List {
	for _, v := range verifiedOn {
		if v == r {
			return List{Codes: codes, Cite: cite, Verified: true}
		}
	}
	return List{Codes: codes, Cite: cite + "; unverified for " + r.String()}
}

func init() {
	sigPairs := []string{"0601", "0603", "0501", "0503", "0401", "0403", "0402", "0301", "0303", "0302", "0201", "0203", "0202"}
	all := []model.Release{model.R24, model.R25, model.R31, model.R32}
	for _, r := range all {
		d := &Defaults{
			Release:              r,
			V3Ciphers:            list(r, []string{"0035", "0038", "0039", "002F", "0032", "0033"}, citeCiphers24, model.R24, model.R25),
			SystemSSLProtocols:   Set(TLS10),
			SystemSSLCite:        citeSSLProtocols,
			ATTLSProtocols:       Set(TLS10, TLS11),
			ATTLSCite:            citeATTLSProtocols,
			SignaturePairs:       list(r, sigPairs, citeSigPairs, model.R31),
			SignaturePairsTLS13:  list(r, []string{"0806", "0805", "0804"}, citeSigPairsTLS13, model.R31),
			ClientECurves:        list(r, []string{"0021", "0023", "0024", "0025", "0019"}, citeClientECurves, all...),
			ClientECurvesTLS13:   list(r, []string{"0029"}, citeClientECurvesTLS13, all...),
			ServerKexECurves:     list(r, []string{"0023", "0024", "0025", "0021", "0019"}, citeServerKex, model.R25, model.R31),
			ClientKeyShareGroups: list(r, []string{"0023"}, citeClientKeyShares, model.R31),
			OcspRequestSigalg:    list(r, []string{"0401"}, citeOcsp, model.R31),
		}
		if r == model.R24 || r == model.R32 {
			d.ATTLSCite = citeATTLSProtocolsAssumed
		}
		if r >= model.R31 {
			d.ServerKeyShareGroups = list(r, []string{"0023", "0024", "0025", "0029", "0030"}, citeServerKeyShares31, model.R31)
		} else {
			d.ServerKeyShareGroups = list(r, []string{"0021", "0023", "0024", "0025", "0019", "0029", "0030"}, citeServerKeyShares25, model.R25)
		}
		defaultsTable[r] = d
	}
}

// DefaultsFor returns the defaults of release r; the zero Release means
// model.DefaultRelease. An unknown release gets the defaults of the newest
// release znet knows. The result is a copy the caller may change.
func DefaultsFor(r model.Release) Defaults {
	if r == 0 {
		r = model.DefaultRelease
	}
	d, ok := defaultsTable[r]
	if !ok {
		d = defaultsTable[model.R32]
	}
	c := *d
	for _, l := range []*List{&c.V3Ciphers, &c.SignaturePairs, &c.SignaturePairsTLS13, &c.ClientECurves,
		&c.ClientECurvesTLS13, &c.ServerKexECurves, &c.ClientKeyShareGroups, &c.ServerKeyShareGroups,
		&c.OcspRequestSigalg} {
		l.Codes = append([]string(nil), l.Codes...)
	}
	return c
}

// DefaultCiphers returns System SSL's default cipher list on release r
// (4-character codes, most preferred first): what an AT-TLS rule or a
// System SSL application gets when it codes no cipher list.
func DefaultCiphers(r model.Release) []string { return DefaultsFor(r).V3Ciphers.Codes }

// DefaultSignaturePairs returns the default signature algorithm pairs on
// release r, with the TLS 1.3 additions when tls13 is enabled.
func DefaultSignaturePairs(r model.Release, tls13 bool) []string {
	d := DefaultsFor(r)
	if tls13 {
		return append(d.SignaturePairs.Codes, d.SignaturePairsTLS13.Codes...)
	}
	return d.SignaturePairs.Codes
}

// DefaultClientECurves returns the default ClientECurves on release r, with
// x25519 appended when tls13 is enabled.
func DefaultClientECurves(r model.Release, tls13 bool) []string {
	d := DefaultsFor(r)
	if tls13 {
		return append(d.ClientECurves.Codes, d.ClientECurvesTLS13.Codes...)
	}
	return d.ClientECurves.Codes
}

// DefaultServerKexECurves returns the default ServerKexECurves on release r.
func DefaultServerKexECurves(r model.Release) []string { return DefaultsFor(r).ServerKexECurves.Codes }

// DefaultClientKeyShareGroups returns the default ClientKeyShareGroups on
// release r.
func DefaultClientKeyShareGroups(r model.Release) []string {
	return DefaultsFor(r).ClientKeyShareGroups.Codes
}

// DefaultServerKeyShareGroups returns the default ServerKeyShareGroups on
// release r.
func DefaultServerKeyShareGroups(r model.Release) []string {
	return DefaultsFor(r).ServerKeyShareGroups.Codes
}

// DefaultProtocols returns the versions enabled when none is coded: by
// AT-TLS (attls true) or by a System SSL application (attls false).
func DefaultProtocols(r model.Release, attls bool) Protocols {
	d := DefaultsFor(r)
	if attls {
		return d.ATTLSProtocols
	}
	return d.SystemSSLProtocols
}

// V2R1Ciphers are System SSL's z/OS V2R1 default lists, kept because old
// environment files copy them: the non-FIPS list starts with RC4 and ends
// with export and NULL suites. Source: IBM z/OS V2R1 System SSL
// Programming, "SSL/TLS protocol".
type V2R1Ciphers struct{ NonFIPS, FIPS []string }

// DefaultCiphersV2R1 returns System SSL's V2R1 default lists (4-character
// codes).
func DefaultCiphersV2R1() V2R1Ciphers {
	return V2R1Ciphers{
		NonFIPS: []string{"0005", "0004", "0035", "0036", "0037", "0038", "0039", "002F", "0030", "0031", "0032",
			"0033", "000A", "0016", "0013", "0010", "000D", "0009", "0015", "0012", "000F", "000C", "0003", "0006",
			"0002", "0001", "0000"},
		FIPS: []string{"0035", "0036", "0037", "0038", "0039", "002F", "0030", "0031", "0032", "0033", "000A",
			"0016", "0013", "0010", "000D"},
	}
}
