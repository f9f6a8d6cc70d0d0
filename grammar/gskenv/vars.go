package gskenv

import "sort"

// Kinds of values.
const (
	KindString   = "string"
	KindSecret   = "secret"   // a password: never shown
	KindSwitch   = "switch"   // ON/OFF (also 1/0, and GSK_PROTOCOL_x_ON/OFF for protocols)
	KindNumber   = "number"   // a decimal number
	KindMask     = "mask"     // a bit mask: decimal, 0octal or 0xhex (GSK_TRACE)
	KindCipherV2 = "ciphers1" // 1-digit SSL V2 cipher codes
	KindCipher2  = "ciphers2" // 2-character hexadecimal cipher codes
	KindCipher4  = "ciphers4" // 4-character hexadecimal cipher codes
	KindSigPairs = "sigpairs" // 4-character hexadecimal signature-algorithm pairs
	KindGroups   = "groups"   // 4-digit decimal group (curve) numbers
)

// Width returns the code width of a list kind, and whether it is a list.
func Width(kind string) (width int, hex bool, ok bool) {
	switch kind {
	case KindCipherV2:
		return 1, false, true
	case KindCipher2:
		return 2, true, true
	case KindCipher4, KindSigPairs:
		return 4, true, true
	case KindGroups:
		return 4, false, true
	}
	return 0, false, false
}

// Vars are the System SSL environment variables znet knows, with the kind
// of their value. Names and kinds from IBM, z/OS Cryptographic Services
// System SSL Programming, "Environment variables" (z/OS 3.2 table, seen
// in part: GSK_3DES_KEYCHECK and GSK_AIA_CDP_PRIORITY ON/OFF/1/0),
// "Capturing trace data through environment variables" (GSK_TRACE: a bit
// mask in decimal, 0octal or 0xhex; GSK_TRACE_FILE), and the z/OS 2.1
// migration table (GSK_CERT_VALIDATE_KEYRING_ROOT, GSK_CLIENT_ECURVE_LIST,
// GSK_EXTENDED_RENEGOTIATION_INDICATOR, GSK_PROTOCOL_TLSV1_2,
// GSK_RENEGOTIATION, GSK_RENEGOTIATION_PEER_CERT_CHECK,
// GSK_SUITE_B_PROFILE); the list widths from ../../shared/reference/
// tls-strength.md (IBM, "Cipher suite definitions"; groups written as
// 4-digit decimal numbers, as pasearch shows them). The remaining names
// are recalled from the same table and are unverified: an unknown GSK_
// name is only a warning.
var Vars = map[string]string{
	"GSK_3DES_KEYCHECK":                     KindSwitch,
	"GSK_AIA_CDP_PRIORITY":                  KindSwitch,
	"GSK_CERT_VALIDATE_KEYRING_ROOT":        KindSwitch,
	"GSK_CERT_VALIDATION_MODE":              KindString,
	"GSK_CLIENT_AUTH_NOCERT_ALERT":          KindSwitch,
	"GSK_CLIENT_ECURVE_LIST":                KindGroups,
	"GSK_CLIENT_EDH_GROUP_SIZE":             KindString,
	"GSK_CLIENT_EXTENDED_MASTER_SECRET":     KindString,
	"GSK_CLIENT_TLS_KEY_SHARES":             KindGroups,
	"GSK_CRL_CACHE_EXTENDED":                KindSwitch,
	"GSK_CRL_CACHE_EXTENDED_CA_ENTRY_SIZE":  KindNumber,
	"GSK_CRL_CACHE_EXTENDED_SIZE":           KindNumber,
	"GSK_CRL_CACHE_SIZE":                    KindNumber,
	"GSK_CRL_CACHE_TEMP_CRL":                KindSwitch,
	"GSK_CRL_CACHE_TEMP_CRL_TIMEOUT":        KindNumber,
	"GSK_CRL_CACHE_TIMEOUT":                 KindNumber,
	"GSK_CRL_SECURITY_LEVEL":                KindString,
	"GSK_EXTENDED_RENEGOTIATION_INDICATOR":  KindString,
	"GSK_HTTP_CDP_CACHE_ENTRY_MAXSIZE":      KindNumber,
	"GSK_HTTP_CDP_CACHE_SIZE":               KindNumber,
	"GSK_HTTP_CDP_ENABLE":                   KindSwitch,
	"GSK_HTTP_CDP_MAX_RESPONSE_SIZE":        KindNumber,
	"GSK_HTTP_CDP_PROXY_SERVER_NAME":        KindString,
	"GSK_HTTP_CDP_PROXY_SERVER_PORT":        KindNumber,
	"GSK_HTTP_CDP_RESPONSE_TIMEOUT":         KindNumber,
	"GSK_HW_CRYPTO":                         KindMask,
	"GSK_KEYRING_FILE":                      KindString,
	"GSK_KEYRING_LABEL":                     KindString,
	"GSK_KEYRING_PW":                        KindSecret,
	"GSK_KEYRING_STASH_FILE":                KindString,
	"GSK_LDAP_PASSWORD":                     KindSecret,
	"GSK_LDAP_PORT":                         KindNumber,
	"GSK_LDAP_RESPONSE_TIMEOUT":             KindNumber,
	"GSK_LDAP_SERVER":                       KindString,
	"GSK_LDAP_USER":                         KindString,
	"GSK_LDAP_USER_PW":                      KindSecret,
	"GSK_MAX_SOURCE_REV_EXT_LOC_VALUES":     KindNumber,
	"GSK_MAX_VALIDATION_REV_EXT_LOC_VALUES": KindNumber,
	"GSK_MIDDLEBOX_COMPAT_MODE":             KindSwitch,
	"GSK_OCSP_CLIENT_CACHE_ENTRY_MAXSIZE":   KindNumber,
	"GSK_OCSP_CLIENT_CACHE_SIZE":            KindNumber,
	"GSK_OCSP_ENABLE":                       KindSwitch,
	"GSK_OCSP_MAX_RESPONSE_SIZE":            KindNumber,
	"GSK_OCSP_NONCE_CHECK_ENABLE":           KindSwitch,
	"GSK_OCSP_NONCE_GENERATION_ENABLE":      KindSwitch,
	"GSK_OCSP_NONCE_SIZE":                   KindNumber,
	"GSK_OCSP_PROXY_SERVER_NAME":            KindString,
	"GSK_OCSP_PROXY_SERVER_PORT":            KindNumber,
	"GSK_OCSP_REQUEST_SIGALG":               KindSigPairs,
	"GSK_OCSP_REQUEST_SIGKEYLABEL":          KindString,
	"GSK_OCSP_RESPONSE_SIGALG_PAIRS":        KindSigPairs,
	"GSK_OCSP_RESPONSE_TIMEOUT":             KindNumber,
	"GSK_OCSP_RETRIEVE_VIA_GET":             KindSwitch,
	"GSK_OCSP_URL":                          KindString,
	"GSK_OCSP_URL_PRIORITY":                 KindSwitch,
	"GSK_PEER_CERT_MIN_VERSION":             KindString,
	"GSK_PEER_DH_MIN_KEY_SIZE":              KindNumber,
	"GSK_PEER_DSA_MIN_KEY_SIZE":             KindNumber,
	"GSK_PEER_ECC_MIN_KEY_SIZE":             KindNumber,
	"GSK_PEER_RSA_MIN_KEY_SIZE":             KindNumber,
	"GSK_PROTOCOL_SSLV2":                    KindSwitch,
	"GSK_PROTOCOL_SSLV3":                    KindSwitch,
	"GSK_PROTOCOL_TLSV1":                    KindSwitch,
	"GSK_PROTOCOL_TLSV1_1":                  KindSwitch,
	"GSK_PROTOCOL_TLSV1_2":                  KindSwitch,
	"GSK_PROTOCOL_TLSV1_3":                  KindSwitch,
	"GSK_RENEGOTIATION":                     KindString,
	"GSK_RENEGOTIATION_PEER_CERT_CHECK":     KindSwitch,
	"GSK_REVOCATION_SECURITY_LEVEL":         KindString,
	"GSK_SERVER_ALLOWED_KEX_ECURVES":        KindGroups,
	"GSK_SERVER_EDH_GROUP_SIZE":             KindString,
	"GSK_SERVER_EXTENDED_MASTER_SECRET":     KindString,
	"GSK_SERVER_FALLBACK_SCSV":              KindSwitch,
	"GSK_SERVER_TLS_KEY_SHARES":             KindGroups,
	"GSK_SESSION_TICKET_CLIENT_ENABLE":      KindSwitch,
	"GSK_SESSION_TICKET_CLIENT_MAXSIZE":     KindNumber,
	"GSK_SESSION_TICKET_SERVER_ALGORITHM":   KindString,
	"GSK_SESSION_TICKET_SERVER_COUNT":       KindNumber,
	"GSK_SESSION_TICKET_SERVER_ENABLE":      KindSwitch,
	"GSK_SESSION_TICKET_SERVER_KEY_REFRESH": KindNumber,
	"GSK_SESSION_TICKET_SERVER_TIMEOUT":     KindNumber,
	"GSK_SSL_HW_DETECT_MESSAGE":             KindString,
	"GSK_SUITE_B_PROFILE":                   KindString,
	"GSK_SYSPLEX_SIDCACHE":                  KindSwitch,
	"GSK_TLS_CERT_SIG_ALG_PAIRS":            KindSigPairs,
	"GSK_TLS_SIG_ALG_PAIRS":                 KindSigPairs,
	"GSK_TRACE":                             KindMask,
	"GSK_TRACE_FILE":                        KindString,
	"GSK_V2_CIPHER_SPECS":                   KindCipherV2,
	"GSK_V2_SESSION_TIMEOUT":                KindNumber,
	"GSK_V2_SIDCACHE_SIZE":                  KindNumber,
	"GSK_V3_CIPHERS":                        KindString,
	"GSK_V3_CIPHER_SPECS":                   KindCipher2,
	"GSK_V3_CIPHER_SPECS_EXPANDED":          KindCipher4,
	"GSK_V3_SESSION_TIMEOUT":                KindNumber,
	"GSK_V3_SIDCACHE_SIZE":                  KindNumber,
}

var varNames = func() []string {
	out := make([]string, 0, len(Vars))
	for n := range Vars {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}()
