// Package desired is the desired state as YAML: the policy documents
// (AT-TLS, IPSec, PAGENT configuration, DMD), the profile documents (a
// stack's TCP/IP profile part) and syslog documents (syslog.conf), and the
// system file that ties a z/OS system's members together.
//
// A policy document uses IBM's names and structure:
//
//	TTLSRule:                      # statement kind
//	  TN3270-Secure:               # object name -> body
//	    LocalPortRange: 992
//	    Direction: Inbound
//	    TTLSGroupActionRef: grp-on
//	TTLSEnvironmentAction:
//	  env-tn3270:
//	    HandshakeRole: Server
//	    Keyring: TCPIP/TN3270Ring  # flat: belongs to TTLSKeyringParms
//	    TTLSEnvironmentAdvancedParms:
//	      TLSv1.2: On              # inline statement
//	    V3CipherSuites: [TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256]
//
// Statements without a name (IpFilterPolicy, DmConfig) take the body
// directly; one-record statements (LogLevel, TTLSConfig, TcpImage) take
// their native value text ("//'SYS1.TCPPARMS(TTLS)' FLUSH PURGE") or a
// mapping of their parts. A named inline statement gives its name with the
// key `name`. Where the order of different keys matters (filter rules and
// references in an IpFilterPolicy), a body may be a sequence of one-key
// mappings, which keeps every entry in place.
//
// A profile document is the ordered list of a profile's statements, each
// an entry keyed by the statement in IBM's spelling, its value the
// statement's words, its other keys parameters from model/profile's
// tables; statements znet does not model are `verbatim:` profile text (see
// ParseProfile). A syslog document is the ordered list of rules:
// {selector, destination, options}, a native line, or `verbatim:` text
// (see ParseSyslog). ExportProfile and ExportSyslog make them from native
// text, for `znet import`.
//
// A document is turned into the same syntax tree the native grammar
// produces, with positions in the YAML, so the model, its checks and
// every later stage treat YAML and native members alike.
//
// Diagnostic codes (YM1xx):
//
//	YM101 error  unknown statement kind (did-you-mean); in a profile
//	             document also a statement znet keeps verbatim, or one in
//	             the wrong block
//	YM102 error  unknown key in a body (did-you-mean); in a profile
//	             document a parameter the statement does not take
//	YM103 error  wrong YAML type (a mapping where a value belongs, …)
//	YM104 error  key written twice in one mapping
//	YM105 error  flat key whose statement is also written as a block or a reference
//	YM106 error  flat key that belongs to several nested statements
//	YM107 error  file cannot be read, or is not YAML
//	YM108 error  include cycle
//	YM109 error  system file problem (missing or invalid field)
package desired

// Diagnostic codes.
const (
	CodeUnknownKind = "YM101"
	CodeUnknownKey  = "YM102"
	CodeType        = "YM103"
	CodeDupKey      = "YM104"
	CodeFlatClash   = "YM105"
	CodeAmbiguous   = "YM106"
	CodeFile        = "YM107"
	CodeCycle       = "YM108"
	CodeSystem      = "YM109"
)
