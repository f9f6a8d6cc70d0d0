package model

// AT-TLS statements of the Policy Agent (family "attls").
//
// Sources: z/OS Communications Server IP Configuration Reference, the
// AT-TLS statement topics for z/OS 2.1, 2.3, 2.4, 2.5, 3.1 and 3.2 (syntax
// diagrams and parameter lists), the IP Configuration Guide (AT-TLS rules,
// traces), IBM System SSL Programming (environment variables behind the
// AT-TLS keywords), and a z/OS 3.1 pasearch report of an environment that
// coded nothing but its key ring (for the defaults that pasearch prints).
// Every Cite names its topic; "unverified" marks what no IBM text could
// confirm during the research.
//
// Conventions a reader of this table must know:
//   - A Required XxxRef parameter is also satisfied by coding the Xxx
//     statement inline (it is listed in Nested) or, in YAML, by writing the
//     inline statement's parameters flat in the parent. IBM's diagrams show
//     the inline statement and the Ref as alternatives for one slot.
//   - Parameters of TTLSConnectionAdvancedParms carry no defaults: an
//     omitted value is inherited from the environment (and the group).
//   - List values (ciphers, groups, signature pairs) are given as IBM codes
//     them: one run-together string of fixed-width codes.

var attlsOnOff = []string{"On", "Off"}

// Topics cited below.
const (
	attlsCiteRule       = "IP Configuration Reference: TTLSRule statement (z/OS 2.1); IP Configuration Guide: AT-TLS rules (z/OS 2.2)"
	attlsCiteGroup      = "IP Configuration Reference: TTLSGroupAction statement (z/OS 2.1, 3.1)"
	attlsCiteGroupAdv   = "IP Configuration Reference: TTLSGroupAdvancedParms statement; IP Diagnosis Guide: AT-TLS traces (z/OS 2.2); pasearch z/OS 3.1"
	attlsCiteEnv        = "IP Configuration Reference: TTLSEnvironmentAction statement (z/OS 2.3, 2.4, 3.1)"
	attlsCiteConn       = "IP Configuration Reference: TTLSConnectionAction statement (z/OS 2.1, 3.1)"
	attlsCiteKeyring    = "IP Configuration Reference: TTLSKeyringParms statement (z/OS 2.4)"
	attlsCiteCipher     = "IP Configuration Reference: TTLSCipherParms statement (z/OS 3.2)"
	attlsCiteSig        = "IP Configuration Reference: TTLSSignatureParms statement (z/OS 2.1, 2.5)"
	attlsCiteEnvAdv     = "IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (z/OS 2.1, 2.5, 3.1)"
	attlsCiteEnvAdvTail = "IP Configuration Reference: TTLSEnvironmentAdvancedParms statement (z/OS 3.1); default from pasearch z/OS 3.1; diagram position unverified"
	attlsCiteConnAdv    = "IP Configuration Reference: TTLSConnectionAdvancedParms statement (z/OS 2.1); pasearch z/OS 3.1"
	attlsCiteGskAdv     = "IP Configuration Reference: TTLSGskAdvancedParms statement (z/OS 2.4)"
	attlsCiteLdap       = "IP Configuration Reference: TTLSGskLdapParms statement (z/OS 2.1); System SSL: Enabling LDAP CRL support (z/OS 2.3)"
	attlsCiteOcsp       = "IP Configuration Reference: TTLSGskOcspParms statement (z/OS 2.3 topic, current text)"
	attlsCiteHTTPCdp    = "IP Configuration Reference: TTLSGskHttpCdpParms statement; defaults from pasearch z/OS 3.1"
	attlsCiteHostRef    = "unverified: seen in third-party z/OS 3.1 notes citing the IP Configuration Guide topic on validating a host name against the certificate; not found in the IBM reference during research"
)

func attlsDefault(v string) []Default { return []Default{{Value: v}} }

func attlsSwitch(name, def, doc, cite string) Param {
	p := Param{Name: name, Kind: KEnum, Enum: attlsOnOff, Doc: doc, Cite: cite}
	if def != "" {
		p.Defaults = attlsDefault(def)
	}
	return p
}

func attlsRef(name string, kinds []string, doc, cite string) Param {
	return Param{Name: name, Kind: KRef, Ref: kinds, Doc: doc, Cite: cite}
}

func attlsInt(name string, min, max int64, def, doc, cite string) Param {
	p := Param{Name: name, Kind: KInt, Min: min, Max: max, Doc: doc, Cite: cite}
	if def != "" {
		p.Defaults = attlsDefault(def)
	}
	return p
}

func attlsEnum(name string, values []string, def, doc, cite string) Param {
	p := Param{Name: name, Kind: KEnum, Enum: values, Doc: doc, Cite: cite}
	if def != "" {
		p.Defaults = attlsDefault(def)
	}
	return p
}

// attlsPick copies the named parameters of src, in the order given, without
// their defaults (the level they are picked for inherits instead), citing
// cite.
func attlsPick(src []Param, cite string, names ...string) []Param {
	out := make([]Param, 0, len(names))
	for _, n := range names {
		found := false
		for _, p := range src {
			if p.Name == n {
				p.Defaults = nil
				p.Required = false
				if p.Cite != attlsCiteHostRef {
					p.Cite = cite
				}
				out = append(out, p)
				found = true
				break
			}
		}
		if !found {
			panic("model: attlsPick: no parameter " + n)
		}
	}
	return out
}

// attlsEnvAdvParams are the parameters of TTLSEnvironmentAdvancedParms in
// the order of the z/OS 2.5/3.1 syntax diagram (the tail after
// PeerMinECCKeySize in pasearch order).
var attlsEnvAdvParams = []Param{
	attlsSwitch("SSLv2", "Off", "Enables the SSL version 2 protocol (insecure, RFC 6176).", attlsCiteEnvAdv),
	attlsSwitch("SSLv3", "Off", "Enables the SSL version 3 protocol (insecure, RFC 7568).",
		attlsCiteEnvAdv+"; default Off since APAR PI28678 (z/OS Migration)"),
	attlsSwitch("TLSv1", "On", "Enables TLS 1.0; On unless coded Off, even on z/OS 3.1.",
		attlsCiteEnvAdv+"; default On confirmed by pasearch z/OS 3.1; the diagram footnote on this default is unverified"),
	attlsSwitch("TLSv1.1", "On", "Enables TLS 1.1; On unless coded Off, even on z/OS 3.1.",
		attlsCiteEnvAdv+"; default On confirmed by pasearch z/OS 3.1; the diagram footnote on this default is unverified"),
	attlsSwitch("TLSv1.2", "Off", "Enables TLS 1.2; Off unless coded On, even on z/OS 3.1.",
		attlsCiteEnvAdv+"; default Off confirmed by pasearch z/OS 3.1"),
	{Name: "TLSv1.3", Kind: KEnum, Enum: attlsOnOff, Defaults: attlsDefault("Off"), Since: R24,
		Doc:  "Enables TLS 1.3; it also needs TLS 1.3 cipher suites (13xx) in the cipher list.",
		Cite: attlsCiteEnvAdv + "; z/OS 2.4 introduced TLS 1.3 (base or APAR unverified)"},
	{Name: "MiddleBoxCompatMode", Kind: KEnum, Enum: attlsOnOff, Defaults: attlsDefault("Off"), Since: R24,
		Doc:  "Makes a TLS 1.3 handshake look like TLS 1.2 to middleboxes (RFC 8446 D.4); no effect without TLS 1.3.",
		Cite: attlsCiteEnvAdv},
	attlsSwitch("ApplicationControlled", "Off", "Lets the application start and stop TLS itself through the SIOCTTLSCTL ioctl (FTP, TN3270, CSSMTP).", attlsCiteEnvAdv),
	attlsInt("HandshakeTimeout", 0, 600, "10", "Seconds AT-TLS waits for a handshake to complete before it resets the connection.",
		attlsCiteEnvAdv+"; range 0-600 unverified"),
	attlsInt("ResetCipherTimer", 0, 1440, "0", "Minutes after which the session key is renegotiated; 0 never renegotiates.",
		attlsCiteEnvAdv+"; range 0-1440 unverified"),
	attlsEnum("Renegotiation", []string{"Default", "Disabled", "All", "Abbreviated"}, "Default",
		"Which session renegotiations System SSL accepts (GSK_RENEGOTIATION).", attlsCiteEnvAdv),
	attlsEnum("RenegotiationIndicator", []string{"Optional", "Client", "Server", "Both"}, "Optional",
		"Which side must present the RFC 5746 renegotiation indication during the initial handshake.", attlsCiteEnvAdv),
	attlsSwitch("RenegotiationCertCheck", "Off", "Requires the peer's certificate to stay the same when a session is renegotiated.", attlsCiteEnvAdv),
	{Name: "CertificateLabel", Kind: KWords, Words: -1,
		Doc:  "Label of the key ring certificate to present instead of the ring's default certificate; may contain blanks.",
		Cite: attlsCiteEnvAdv + "; IP Configuration Guide: Certificate selection"},
	{Name: "ServerCertificateLabel", Kind: KWords, Words: -1, Repeatable: true,
		Doc:  "Label of one of several server certificates (for example RSA and ECDSA) System SSL may choose from; code once per label.",
		Cite: attlsCiteEnvAdv + "; maximum of 8 labels unverified"},
	attlsEnum("ClientAuthType", []string{"PassThru", "Full", "Required", "SAFCheck"}, "Required",
		"How a ServerWithClientAuth server validates client certificates; SAFCheck also maps the certificate to a SAF user ID.",
		attlsCiteEnvAdv+"; default Required from pasearch z/OS 3.1"),
	attlsSwitch("SecondaryMap", "Off", "Lets a secondary connection (an FTP data connection) use the policy of the primary connection it belongs to.",
		attlsCiteEnvAdv+"; default Off unverified for this statement"),
	attlsEnum("TruncatedHMAC", []string{"Required", "Optional", "Off"}, "Off",
		"Negotiates the truncated HMAC extension (RFC 6066), which RFC 9325 forbids.", attlsCiteEnvAdv),
	attlsEnum("CertValidationMode", []string{"Any", "RFC2459", "RFC3280", "RFC5280"}, "Any",
		"Which RFC's rules System SSL applies when it validates a certificate chain.", attlsCiteEnvAdv),
	attlsEnum("ClientMaxSSLFragment", []string{"Required", "Optional", "Off"}, "Off",
		"Whether the client requests a maximum fragment length (RFC 6066); Required and Optional need ClientMaxSSLFragmentLength.", attlsCiteEnvAdv),
	attlsEnum("ClientMaxSSLFragmentLength", []string{"512", "1024", "2048", "4096"}, "",
		"Fragment length in bytes the client requests when ClientMaxSSLFragment is Required or Optional.", attlsCiteEnvAdv),
	attlsEnum("ServerMaxSSLFragment", []string{"Required", "Optional", "Off"}, "Off",
		"Whether the server honours or demands a client's maximum fragment length request.", attlsCiteEnvAdv),
	attlsEnum("ClientHandshakeSNI", []string{"Required", "Optional", "Off"}, "Off",
		"Whether the client sends the server name indication (RFC 6066) named by ClientHandshakeSNIList.", attlsCiteEnvAdv),
	attlsEnum("ClientHandshakeSNIMatch", []string{"Required", "Optional"}, "",
		"Whether the client requires the server to acknowledge the server name it sent.", attlsCiteEnvAdv+"; value set from the 2.5/3.1 diagram"),
	{Name: "ClientHandshakeSNIList", Kind: KWords, Words: -1, Repeatable: true,
		Doc:  "Server host name(s) the client sends in the server name indication.",
		Cite: attlsCiteEnvAdv + "; value format (one name or a list) unverified"},
	attlsEnum("ServerHandshakeSNI", []string{"Required", "Optional", "Off"}, "Off",
		"Whether the server uses the client's server name indication to pick its certificate from ServerHandshakeSNIList.", attlsCiteEnvAdv),
	attlsEnum("ServerHandshakeSNIMatch", []string{"Required", "Optional"}, "",
		"Whether the server fails the handshake when the requested name matches no ServerHandshakeSNIList entry.", attlsCiteEnvAdv+"; value set from the 2.5/3.1 diagram"),
	{Name: "ServerHandshakeSNIList", Kind: KWords, Words: -1, Repeatable: true,
		Doc:  "Pairs of certificate label and host name the server chooses from by server name indication.",
		Cite: attlsCiteEnvAdv + "; value format (label,hostname pairs) unverified"},
	attlsSwitch("3DesKeyCheck", "Off", "Rejects Triple DES keys whose three parts are not distinct.", attlsCiteEnvAdv),
	attlsEnum("ClientEDHGroupSize", []string{"2048", "Legacy"}, "Legacy",
		"Smallest Diffie-Hellman group the client accepts for DHE suites; Legacy allows 1024-bit groups.", attlsCiteEnvAdv),
	attlsEnum("ServerEDHGroupSize", []string{"2048", "Legacy", "Match"}, "Legacy",
		"Diffie-Hellman group size the server uses for DHE suites; Legacy is 1024 bits, Match follows the certificate key size.",
		attlsCiteEnvAdv+"; Legacy = 1024 bits unverified"),
	attlsEnum("PeerMinCertVersion", []string{"3", "Any"}, "Any",
		"Lowest X.509 version accepted for the peer's certificate.", attlsCiteEnvAdv),
	attlsInt("PeerMinDHKeySize", 0, 2048, "1024", "Smallest Diffie-Hellman key in bits accepted from the peer.",
		attlsCiteEnvAdv+"; range 0-2048 unverified"),
	attlsInt("PeerMinDsaKeySize", 0, 2048, "1024", "Smallest DSA key in bits accepted in the peer's certificate.",
		attlsCiteEnvAdv+"; range 0-2048 unverified"),
	attlsInt("PeerMinECCKeySize", 0, 521, "192", "Smallest elliptic curve key in bits accepted in the peer's certificate.",
		attlsCiteEnvAdv+"; range 0-521 unverified"),
	attlsInt("PeerMinRsaKeySize", 0, 16384, "1024", "Smallest RSA key in bits accepted in the peer's certificate.",
		attlsCiteEnvAdvTail+"; range 0-16384 unverified"),
	attlsSwitch("ServerScsv", "Off", "Makes the server honour TLS_FALLBACK_SCSV (RFC 7507) to stop protocol downgrades.", attlsCiteEnvAdvTail),
	attlsEnum("ClientExtendedMasterSecret", []string{"On", "Off", "Required"}, "On",
		"Whether the client negotiates the extended master secret (RFC 7627); Required fails peers without it.",
		attlsCiteEnvAdvTail+"; value Required unverified"),
	attlsEnum("ServerExtendedMasterSecret", []string{"On", "Off", "Required"}, "On",
		"Whether the server negotiates the extended master secret (RFC 7627); Required fails peers without it.",
		attlsCiteEnvAdvTail+"; value Required unverified"),
	{Name: "HostReferenceIdDNS", Kind: KText, Since: R31,
		Doc:  "DNS name the client expects in the server certificate (RFC 6125); the handshake fails on a mismatch.",
		Cite: attlsCiteHostRef},
	{Name: "HostReferenceIdCN", Kind: KWords, Words: -1, Since: R31,
		Doc:  "Common name the client expects in the server certificate when it has no DNS subject alternative name.",
		Cite: attlsCiteHostRef},
	{Name: "HostRefWildcardValidation", Kind: KEnum, Enum: attlsOnOff, Since: R31,
		Doc:  "Whether a wildcard in the server certificate may match the expected host name.",
		Cite: attlsCiteHostRef},
}

func init() {
	register(
		&Stmt{
			Name: "TTLSRule", Family: "attls", Naming: NameRequired, Block: true, TopLevel: true,
			Nested: []string{"IpTimeCondition"},
			Doc:    "Selects connections by address, port, job, user and direction and names the AT-TLS actions that apply to them; needs Direction and at least one other condition.",
			Cite:   attlsCiteRule,
			Params: []Param{
				{Name: "LocalAddr", Kind: KAddrSpec, Defaults: attlsDefault("All"),
					Doc: "Local address condition: one address, a prefix, a range, or All.", Cite: attlsCiteRule},
				attlsRef("LocalAddrRef", []string{"IpAddr"}, "Names a global IpAddr statement as the local address condition.", attlsCiteRule),
				attlsRef("LocalAddrSetRef", []string{"IpAddrSet"}, "Names a global IpAddrSet statement as the local address condition.", attlsCiteRule),
				attlsRef("LocalAddrGroupRef", []string{"IpAddrGroup"}, "Names a global IpAddrGroup statement as the local address condition.", attlsCiteRule),
				{Name: "RemoteAddr", Kind: KAddrSpec, Defaults: attlsDefault("All"),
					Doc: "Remote address condition: one address, a prefix, a range, or All.", Cite: attlsCiteRule},
				attlsRef("RemoteAddrRef", []string{"IpAddr"}, "Names a global IpAddr statement as the remote address condition.", attlsCiteRule),
				attlsRef("RemoteAddrSetRef", []string{"IpAddrSet"}, "Names a global IpAddrSet statement as the remote address condition.", attlsCiteRule),
				attlsRef("RemoteAddrGroupRef", []string{"IpAddrGroup"}, "Names a global IpAddrGroup statement as the remote address condition.", attlsCiteRule),
				{Name: "LocalPortRange", Kind: KPortRange, Words: 2, Defaults: attlsDefault("0"),
					Doc:  "Local port condition: one port, a range, or 0 for every port.",
					Cite: attlsCiteRule + "; the two-token form n m is unverified"},
				attlsRef("LocalPortRangeRef", []string{"PortRange"}, "Names a global PortRange statement as the local port condition.", attlsCiteRule),
				attlsRef("LocalPortGroupRef", []string{"PortGroup"}, "Names a global PortGroup statement as the local port condition.", attlsCiteRule),
				{Name: "RemotePortRange", Kind: KPortRange, Words: 2, Defaults: attlsDefault("0"),
					Doc:  "Remote port condition: one port, a range, or 0 for every port.",
					Cite: attlsCiteRule + "; the two-token form n m is unverified"},
				attlsRef("RemotePortRangeRef", []string{"PortRange"}, "Names a global PortRange statement as the remote port condition.", attlsCiteRule),
				attlsRef("RemotePortGroupRef", []string{"PortGroup"}, "Names a global PortGroup statement as the remote port condition.", attlsCiteRule),
				{Name: "Jobname", Kind: KJobName,
					Doc: "Job name of the application owning the socket; a trailing * matches a prefix.", Cite: attlsCiteRule + "; wildcard positions other than trailing unverified"},
				{Name: "Userid", Kind: KUserID,
					Doc: "User ID of the process owning the socket; a trailing * matches a prefix.", Cite: attlsCiteRule + "; wildcard positions other than trailing unverified"},
				{Name: "Direction", Kind: KEnum, Enum: []string{"Inbound", "Outbound", "Both"}, Required: true,
					Doc: "Inbound matches accepted (passive) sockets, Outbound connected (active) sockets, Both either.", Cite: attlsCiteRule},
				{Name: "Priority", Kind: KInt, Min: 1, Max: 2000000000, Defaults: attlsDefault("1"),
					Doc:  "Rule precedence: higher first, equal priorities in alphabetical order of rule name.",
					Cite: attlsCiteRule + "; default 1 from pasearch z/OS 3.1"},
				attlsRef("IpTimeConditionRef", []string{"IpTimeCondition"}, "Names a global IpTimeCondition that limits when the rule is in effect.", attlsCiteRule),
				{Name: "TTLSGroupActionRef", Kind: KRef, Ref: []string{"TTLSGroupAction"}, Required: true,
					Doc: "Names the group action that says whether matched connections use AT-TLS.", Cite: attlsCiteRule},
				attlsRef("TTLSEnvironmentActionRef", []string{"TTLSEnvironmentAction"}, "Names the environment action; needed when the group action has TTLSEnabled On.", attlsCiteRule),
				attlsRef("TTLSConnectionActionRef", []string{"TTLSConnectionAction"}, "Names a connection action that overrides environment settings for these connections.", attlsCiteRule),
			},
		},

		&Stmt{
			Name: "TTLSGroupAction", Family: "attls", Naming: NameRequired, Block: true, TopLevel: true,
			Nested: []string{"TTLSGroupAdvancedParms"},
			Doc:    "Says whether matched connections are protected by AT-TLS and sets the process-wide settings of the group that serves them.",
			Cite:   attlsCiteGroup,
			Params: []Param{
				{Name: "TTLSEnabled", Kind: KEnum, Enum: attlsOnOff, Required: true,
					Doc: "On protects matched connections with AT-TLS; Off explicitly leaves them in the clear.", Cite: attlsCiteGroup},
				attlsSwitch("CtraceClearText", "Off", "Shows application data of secured connections unencrypted in component and data traces.", attlsCiteGroup),
				attlsInt("Trace", 0, 255, "2", "AT-TLS trace bit mask: 1 errors to the TCP/IP job log, 2 errors to syslogd, 4 information, 8 events, 16 flow, 32 data.",
					attlsCiteGroup+"; IP Diagnosis Guide: AT-TLS traces; meanings of 1, 64 and 128 unverified"),
				attlsRef("TTLSGroupAdvancedParmsRef", []string{"TTLSGroupAdvancedParms"}, "Names a global TTLSGroupAdvancedParms statement.", attlsCiteGroup),
				attlsEnum("FIPS140", []string{"Off", "On", "Level1", "Level2", "Level3"}, "Off",
					"Runs System SSL in FIPS 140 mode; On equals Level1, Level2 and Level3 require stronger keys and ICSF.",
					attlsCiteGroup+"; Level1-Level3 in the 3.1 diagram, their first release unverified"),
				attlsInt("GroupUserInstance", 0, 2147483647, "", "Any value different from another group's forces a separate group instance.",
					attlsCiteGroup+"; range unverified"),
			},
		},

		&Stmt{
			Name: "TTLSGroupAdvancedParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:  "Advanced settings of an AT-TLS group: its environment variables, secondary mapping and syslog facility.",
			Cite: attlsCiteGroupAdv,
			Params: []Param{
				{Name: "Envfile", Kind: KPath,
					Doc: "File of environment variables the group's Language Environment process starts with.", Cite: attlsCiteGroupAdv},
				attlsSwitch("SecondaryMap", "Off", "Lets a secondary connection (an FTP data connection) use the policy of the primary connection it belongs to.", attlsCiteGroupAdv),
				attlsEnum("SyslogFacility", []string{"Daemon", "Auth"}, "Daemon",
					"Syslog facility of the group's AT-TLS messages; Auth lets syslogd route them apart from other TCP/IP messages.", attlsCiteGroupAdv),
			},
		},

		&Stmt{
			Name: "TTLSEnvironmentAction", Family: "attls", Naming: NameRequired, Block: true, TopLevel: true,
			Nested: []string{"TTLSKeyringParms", "TTLSCipherParms", "TTLSSignatureParms", "TTLSEnvironmentAdvancedParms", "TTLSGskAdvancedParms"},
			Doc:    "Defines an AT-TLS (System SSL) environment: key ring, handshake role, ciphers and advanced settings; required when the group has TTLSEnabled On.",
			Cite:   attlsCiteEnv,
			Params: []Param{
				{Name: "TTLSKeyringParmsRef", Kind: KRef, Ref: []string{"TTLSKeyringParms"}, Required: true,
					Doc:  "Names the key ring parameters; an inline TTLSKeyringParms (or a flat Keyring) satisfies the requirement instead.",
					Cite: attlsCiteEnv},
				{Name: "HandshakeRole", Kind: KEnum, Enum: []string{"Client", "Server", "ServerWithClientAuth"}, Required: true,
					Doc: "Role in the TLS handshake (GSK_SESSION_TYPE); ServerWithClientAuth also asks for a client certificate.", Cite: attlsCiteEnv},
				attlsEnum("SuiteBProfile", []string{"Off", "128", "128Min", "192", "192Min", "All"}, "Off",
					"Restricts TLS 1.2 sessions to the RFC 5430 Suite B suites; any cipher list is then ignored.", attlsCiteEnv),
				attlsRef("TTLSCipherParmsRef", []string{"TTLSCipherParms"}, "Names a global TTLSCipherParms statement.", attlsCiteEnv),
				attlsRef("TTLSSignatureParmsRef", []string{"TTLSSignatureParms"}, "Names a global TTLSSignatureParms statement.", attlsCiteEnv),
				attlsSwitch("CtraceClearText", "", "Overrides the group's CtraceClearText for this environment.", attlsCiteEnv),
				attlsInt("Trace", 0, 255, "", "Overrides the group's Trace bit mask for this environment.", attlsCiteEnv),
				attlsRef("TTLSEnvironmentAdvancedParmsRef", []string{"TTLSEnvironmentAdvancedParms"}, "Names a global TTLSEnvironmentAdvancedParms statement.", attlsCiteEnv),
				attlsRef("TTLSGskAdvancedParmsRef", []string{"TTLSGskAdvancedParms"}, "Names a global TTLSGskAdvancedParms statement.", attlsCiteEnv),
				attlsInt("EnvironmentUserInstance", 0, 2147483647, "0", "Any value different from another environment's forces a separate System SSL environment.",
					attlsCiteEnv+"; default 0 from pasearch z/OS 3.1; range unverified"),
			},
		},

		&Stmt{
			Name: "TTLSConnectionAction", Family: "attls", Naming: NameRequired, Block: true, TopLevel: true,
			Nested: []string{"TTLSCipherParms", "TTLSSignatureParms", "TTLSConnectionAdvancedParms"},
			Doc:    "Overrides environment and group settings for the connections of one rule.",
			Cite:   attlsCiteConn,
			Params: []Param{
				attlsEnum("HandshakeRole", []string{"Client", "Server", "ServerWithClientAuth"}, "",
					"Overrides the environment's handshake role for these connections.", attlsCiteConn),
				attlsRef("TTLSCipherParmsRef", []string{"TTLSCipherParms"}, "Names a global TTLSCipherParms statement that replaces the environment's cipher list.", attlsCiteConn),
				attlsRef("TTLSSignatureParmsRef", []string{"TTLSSignatureParms"}, "Names a global TTLSSignatureParms statement.", attlsCiteConn),
				attlsSwitch("CtraceClearText", "", "Overrides CtraceClearText for these connections.", attlsCiteConn),
				attlsInt("Trace", 0, 255, "", "Overrides the Trace bit mask for these connections.", attlsCiteConn),
				attlsRef("TTLSConnectionAdvancedParmsRef", []string{"TTLSConnectionAdvancedParms"}, "Names a global TTLSConnectionAdvancedParms statement.", attlsCiteConn),
				attlsInt("ConnectionUserInstance", 0, 2147483647, "", "Any value different from another connection action's forces separate System SSL connection settings.",
					attlsCiteConn+"; range unverified"),
			},
		},

		&Stmt{
			Name: "TTLSKeyringParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:  "Names the SAF key ring, key database or PKCS #11 token an environment takes its certificates from.",
			Cite: attlsCiteKeyring,
			Params: []Param{
				{Name: "Keyring", Kind: KText, Min: 1, Max: 1023, Required: true,
					Doc:  "SAF key ring (ring or userid/ring), key database path, or *TOKEN*/name; a key database is assumed when a password or stash file is coded.",
					Cite: attlsCiteKeyring},
				{Name: "KeyringPw", Kind: KSecret, Min: 1, Max: 128,
					Doc: "Password of a key database, stored in clear in the policy; prefer KeyringStashFile.", Cite: attlsCiteKeyring},
				{Name: "KeyringStashFile", Kind: KPath,
					Doc: "Stash file holding the key database password; ignored when KeyringPw is also coded.", Cite: attlsCiteKeyring + "; maximum length unverified"},
			},
		},

		&Stmt{
			Name: "TTLSCipherParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:  "Cipher suites an environment or connection offers, in order of preference; repeated lines concatenate.",
			Cite: attlsCiteCipher,
			Params: []Param{
				{Name: "V2CipherSuites", Kind: KCipherV2, Repeatable: true,
					Doc: "SSL version 2 ciphers as a string of 1-character codes or one cipher name (all insecure).", Cite: attlsCiteCipher},
				{Name: "V3CipherSuites", Kind: KCipher2, Repeatable: true,
					Defaults: attlsDefault("3538392F3233"),
					Doc:      "SSLv3/TLS suites as a run of 2-character codes or one suite name per line; without any list System SSL's default (no ECDHE, no TLS 1.3) applies.",
					Cite:     attlsCiteCipher + "; default is System SSL's non-FIPS list (z/OS 2.4/2.5: Required updates to enable TLS V1.3), same list on 3.1 unverified"},
				{Name: "V3CipherSuites4Char", Kind: KCipher4, Repeatable: true,
					Doc:  "SSLv3/TLS suites as a run of 4-character codes; needed for ECC (C0xx) and TLS 1.3 (13xx) suites unless names are used on V3CipherSuites.",
					Cite: attlsCiteCipher + "; IBM Q&A: names are invalid here"},
			},
		},

		&Stmt{
			Name: "TTLSSignatureParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:  "Elliptic curves, TLS 1.3 key share groups and signature algorithm pairs of an environment or connection.",
			Cite: attlsCiteSig,
			Params: []Param{
				{Name: "ClientECurves", Kind: KGroups, Repeatable: true, Enum: []string{"Any"},
					Defaults: attlsDefault("00210023002400250019"),
					Doc:      "Curves the client offers, in preference order, or Any to also allow Brainpool; with TLS 1.3 on, 0029 is added to the default.",
					Cite:     attlsCiteSig + "; default from pasearch z/OS 3.1 and IBM MQ: Modifying elliptic curve key length on z/OS"},
				{Name: "ClientKeyShareGroups", Kind: KGroups, Repeatable: true, Since: R24,
					Defaults: attlsDefault("0023"),
					Doc:      "Groups for which a TLS 1.3 client sends key shares; each should also be in ClientECurves.",
					Cite:     attlsCiteSig + "; default from pasearch z/OS 3.1"},
				{Name: "ServerKexECurves", Kind: KGroups, Repeatable: true,
					Defaults: attlsDefault("00230024002500210019"),
					Doc:      "Curves a server allows for ECDHE key exchange in TLS 1.2 and earlier, in preference order.",
					Cite:     attlsCiteSig + "; default from the 2.5 diagram and pasearch z/OS 3.1; first release before 2.4 unverified"},
				{Name: "ServerKeyShareGroups", Kind: KGroups, Repeatable: true, Since: R24,
					Defaults: attlsDefault("00230024002500290030"),
					Doc:      "Groups a TLS 1.3 server accepts key shares for, in preference order.",
					Cite:     attlsCiteSig + "; default from pasearch z/OS 3.1; the 2.5 diagram shows 0021002300240025001900290030 (discrepancy unresolved)"},
				{Name: "SignaturePairs", Kind: KSigPairs, Repeatable: true,
					Defaults: attlsDefault("0601060305010503040104030402030103030302020102030202"),
					Doc:      "Signature algorithm pairs for handshake and certificate signatures, in preference order; with TLS 1.3 on, 0806 0805 0804 are added to the default.",
					Cite:     attlsCiteSig + "; default from pasearch z/OS 3.1"},
				{Name: "SignaturePairsCert", Kind: KSigPairs, Repeatable: true,
					Doc:  "Signature algorithm pairs accepted for certificate signatures only; when omitted SignaturePairs applies.",
					Cite: attlsCiteSig + "; first release unverified (GSK_TLS_CERT_SIG_ALG_PAIRS)"},
			},
		},

		&Stmt{
			Name: "TTLSEnvironmentAdvancedParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:    "Protocol versions, timeouts, certificate and handshake options of an AT-TLS environment.",
			Cite:   attlsCiteEnvAdv,
			Params: attlsEnvAdvParams,
		},

		&Stmt{
			Name: "TTLSConnectionAdvancedParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:  "Protocol and handshake options that override the environment's for the connections of a connection action; omitted values are inherited.",
			Cite: attlsCiteConnAdv,
			Params: attlsPick(attlsEnvAdvParams, attlsCiteConnAdv+"; membership after z/OS 2.1 unverified",
				"SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3", "MiddleBoxCompatMode",
				"ApplicationControlled", "HandshakeTimeout", "ResetCipherTimer",
				"CertificateLabel", "ServerCertificateLabel", "SecondaryMap", "TruncatedHMAC",
				"ClientMaxSSLFragment", "ClientMaxSSLFragmentLength", "ServerMaxSSLFragment",
				"ClientHandshakeSNI", "ClientHandshakeSNIMatch", "ClientHandshakeSNIList",
				"ServerHandshakeSNI", "ServerHandshakeSNIMatch", "ServerHandshakeSNIList",
				"HostReferenceIdDNS", "HostReferenceIdCN", "HostRefWildcardValidation"),
		},

		&Stmt{
			Name: "TTLSGskAdvancedParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Nested: []string{"TTLSGskLdapParms", "TTLSGskOcspParms", "TTLSGskHttpCdpParms"},
			Doc:    "System SSL settings of an environment: session ID and ticket caching and certificate revocation checking.",
			Cite:   attlsCiteGskAdv,
			Params: []Param{
				attlsRef("TTLSGskLdapParmsRef", []string{"TTLSGskLdapParms"}, "Names a global TTLSGskLdapParms statement.", attlsCiteGskAdv),
				attlsRef("TTLSGskOcspParmsRef", []string{"TTLSGskOcspParms"}, "Names a global TTLSGskOcspParms statement.", attlsCiteGskAdv),
				attlsRef("TTLSGskHttpCdpParmsRef", []string{"TTLSGskHttpCdpParms"}, "Names a global TTLSGskHttpCdpParms statement.", attlsCiteGskAdv),
				attlsSwitch("GSK_SYSPLEX_SIDCACHE", "Off", "Shares the server's TLS 1.2-and-earlier session cache across the sysplex (needs GSKSRVR).",
					attlsCiteGskAdv+"; default Off unverified"),
				attlsInt("GSK_V2_SESSION_TIMEOUT", 0, 100, "100", "Seconds an SSL version 2 session stays resumable.",
					attlsCiteGskAdv+"; range and default from System SSL, unverified"),
				attlsInt("GSK_V2_SIDCACHE_SIZE", 0, 32000, "256", "Entries in the SSL version 2 session cache.",
					attlsCiteGskAdv+"; range and default from System SSL, unverified"),
				attlsInt("GSK_V3_SESSION_TIMEOUT", 0, 86400, "86400", "Seconds an SSLv3/TLS session stays resumable.",
					attlsCiteGskAdv+"; default also in pasearch z/OS 3.1; range unverified"),
				attlsInt("GSK_V3_SIDCACHE_SIZE", 0, 64000, "512", "Entries in the SSLv3/TLS session cache.",
					attlsCiteGskAdv+"; default also in pasearch z/OS 3.1; range unverified"),
				{Name: "GSK_SESSION_TICKET_CLIENT_ENABLE", Kind: KEnum, Enum: attlsOnOff, Defaults: attlsDefault("On"), Since: R24,
					Doc: "Whether a TLS 1.3 client accepts and reuses session tickets.", Cite: attlsCiteGskAdv},
				{Name: "GSK_SESSION_TICKET_CLIENT_MAXSIZE", Kind: KInt, Min: 0, Max: 2147483647, Defaults: attlsDefault("8192"), Since: R24,
					Doc: "Largest session ticket in bytes a TLS 1.3 client keeps.", Cite: attlsCiteGskAdv + "; range unverified"},
				{Name: "GSK_SESSION_TICKET_CLIENT_MAXCACHED", Kind: KInt, Min: 0, Max: 2147483647, Since: R25,
					Doc:  "Most session tickets a TLS 1.3 client keeps per server.",
					Cite: "unverified: named in third-party AT-TLS checkers; not found in the IBM reference during research"},
				{Name: "GSK_SESSION_TICKET_SERVER_ENABLE", Kind: KEnum, Enum: attlsOnOff, Defaults: attlsDefault("On"), Since: R24,
					Doc: "Whether a TLS 1.3 server issues session tickets.", Cite: attlsCiteGskAdv},
				{Name: "GSK_SESSION_TICKET_SERVER_ALGORITHM", Kind: KEnum, Enum: []string{"AESCBC128", "AESCBC256"}, Defaults: attlsDefault("AESCBC128"), Since: R24,
					Doc: "Cipher that protects the session tickets a TLS 1.3 server issues.", Cite: attlsCiteGskAdv},
				{Name: "GSK_SESSION_TICKET_SERVER_COUNT", Kind: KInt, Min: 1, Max: 2147483647, Defaults: attlsDefault("2"), Since: R24,
					Doc: "Session tickets a TLS 1.3 server sends after a full handshake.", Cite: attlsCiteGskAdv + "; range unverified"},
				{Name: "GSK_SESSION_TICKET_SERVER_KEY_REFRESH", Kind: KInt, Min: 0, Max: 2147483647, Defaults: attlsDefault("300"), Since: R24,
					Doc: "Seconds between changes of the key that protects session tickets.", Cite: attlsCiteGskAdv + "; range unverified"},
				{Name: "GSK_SESSION_TICKET_SERVER_TIMEOUT", Kind: KInt, Min: 0, Max: 604800, Defaults: attlsDefault("300"), Since: R24,
					Doc: "Seconds a TLS 1.3 session ticket stays valid.", Cite: attlsCiteGskAdv + "; range (RFC 8446 limit of 7 days) unverified"},
				{Name: "GSK_SYSPLEX_SESSION_TICKET_CACHE", Kind: KEnum, Enum: attlsOnOff, Since: R25,
					Doc:  "Shares TLS 1.3 session ticket information across the sysplex (needs GSKSRVR).",
					Cite: "unverified keyword: System SSL: Sysplex session ticket cache support (z/OS 2.5, APAR); AT-TLS keyword name from third-party checkers"},
				attlsSwitch("AIACDPPriority", "", "Whether revocation locations in the certificate's AIA and CDP extensions are tried before the configured OCSP, HTTP and LDAP sources.",
					attlsCiteGskAdv+"; default unverified"),
				attlsInt("MaxSrcRevExtLocValues", 0, 2147483647, "", "Most revocation locations taken from one certificate extension.",
					attlsCiteGskAdv+"; range and default unverified"),
				attlsInt("MaxValidRevExtLocValues", 0, 2147483647, "", "Most revocation locations tried while validating one chain.",
					attlsCiteGskAdv+"; range and default unverified"),
				attlsEnum("RevocationSecurityLevel", []string{"Low", "Medium", "High"}, "Medium",
					"How strictly a missing revocation answer fails certificate validation; High fails when no source answers.",
					attlsCiteGskAdv+"; default Medium unverified"),
			},
		},

		&Stmt{
			Name: "TTLSGskLdapParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:  "LDAP servers from which System SSL fetches certificate revocation lists.",
			Cite: attlsCiteLdap,
			Params: []Param{
				{Name: "GSK_LDAP_SERVER", Kind: KText, Repeatable: true, Required: true,
					Doc: "LDAP server host name, optionally followed by :port; code once per server.", Cite: attlsCiteLdap},
				{Name: "GSK_LDAP_USER", Kind: KWords, Words: -1,
					Doc: "Distinguished name to bind to the LDAP server with; needs GSK_LDAP_USER_PW.", Cite: attlsCiteLdap},
				{Name: "GSK_LDAP_USER_PW", Kind: KSecret,
					Doc: "Password for GSK_LDAP_USER, stored in clear in the policy.", Cite: attlsCiteLdap},
				attlsInt("GSK_LDAP_SERVER_PORT", 1, 65535, "389", "Port of LDAP servers coded without one.", attlsCiteLdap),
				attlsInt("GSK_CRL_CACHE_TIMEOUT", 0, 720, "24", "Hours a fetched CRL stays in the cache.",
					attlsCiteLdap+"; range unverified"),
				attlsEnum("GSK_CRL_SECURITY_LEVEL", []string{"Low", "Medium", "High"}, "",
					"Older form of RevocationSecurityLevel for LDAP CRL checking.",
					attlsCiteLdap+"; still accepted after 2.1 unverified"),
				attlsInt("LDAPResponseTimeout", 0, 43200, "15", "Seconds to wait for an LDAP server's answer.",
					"unverified keyword (z/OS 2.2+); default from System SSL GSK_LDAP_RESPONSE_TIMEOUT"),
				attlsInt("CRLCacheSize", 0, 32000, "", "Most CRLs kept in the LDAP CRL cache; unlimited when omitted.",
					"unverified keyword (z/OS 2.2+), System SSL GSK_CRL_CACHE_SIZE"),
				attlsInt("CRLCacheEntryMaxsize", 0, 2147483647, "0", "Largest CRL in bytes that is cached; 0 means no limit.",
					"unverified keyword (z/OS 2.2+); range and default from System SSL GSK_CRL_CACHE_ENTRY_MAXSIZE (z/OS 2.3)"),
				attlsSwitch("CRLCacheExtended", "", "Enables extended LDAP CRL caching (cache management by the CRL's next-update time).",
					"unverified keyword (z/OS 2.2+), System SSL GSK_CRL_CACHE_EXTENDED"),
				attlsSwitch("CRLCacheTempCRL", "", "Caches a temporary empty CRL when the LDAP server has none for an issuer.",
					"unverified keyword (z/OS 2.2+), System SSL GSK_CRL_CACHE_TEMP_CRL"),
				attlsInt("CRLCacheTempCRLTimeout", 0, 720, "", "Hours a temporary CRL stays in the cache.",
					"unverified keyword (z/OS 2.2+), System SSL GSK_CRL_CACHE_TEMP_CRL_TIMEOUT"),
			},
		},

		&Stmt{
			Name: "TTLSGskOcspParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:  "OCSP responder settings System SSL uses to check certificate revocation, and OCSP stapling for servers.",
			Cite: attlsCiteOcsp,
			Params: []Param{
				{Name: "OcspUrl", Kind: KText, Min: 1, Max: 2083,
					Doc: "HTTP URL of an OCSP responder used for every certificate.", Cite: attlsCiteOcsp},
				attlsSwitch("OcspAiaEnable", "Off", "Uses the OCSP responders named in a certificate's AIA extension.", attlsCiteOcsp),
				{Name: "OcspProxyServerName", Kind: KText,
					Doc: "HTTP proxy through which OCSP responders are reached.", Cite: attlsCiteOcsp},
				attlsInt("OcspProxyServerPort", 1, 65535, "80", "Port of the OCSP proxy server.", attlsCiteOcsp),
				attlsSwitch("OcspRetrieveViaGet", "Off", "Sends OCSP requests with HTTP GET instead of POST.", attlsCiteOcsp),
				attlsSwitch("OcspUrlPriority", "On", "Tries OcspUrl before the AIA responders when both are enabled.", attlsCiteOcsp),
				{Name: "OcspRequestSigkeylabel", Kind: KWords, Words: -1,
					Doc: "Label of the key ring certificate whose key signs OCSP requests; unsigned when omitted.", Cite: attlsCiteOcsp},
				{Name: "OcspRequestSigalg", Kind: KSigPairs, Defaults: attlsDefault("0401"),
					Doc: "Signature algorithm pair used to sign OCSP requests.", Cite: attlsCiteOcsp},
				{Name: "OcspResponseSigAlgPairs", Kind: KSigPairs, Repeatable: true,
					Doc: "Signature algorithm pairs accepted on OCSP responses, in preference order.", Cite: attlsCiteOcsp + "; repeatable unverified"},
				attlsEnum("OcspServerStapling", []string{"Off", "Any", "EndEntity"}, "Off",
					"Whether a server staples OCSP responses: for the end-entity certificate only, or for any certificate of its chain.",
					attlsCiteOcsp+"; exact meaning of Any unverified"),
				attlsInt("OcspClientCacheSize", 0, 32000, "256", "Entries in the OCSP response cache; 0 disables it.", attlsCiteOcsp+"; range unverified"),
				attlsInt("OcspCliCacheEntryMaxsize", 0, 2147483647, "0", "Largest OCSP response in bytes that is cached; 0 means no limit.", attlsCiteOcsp+"; range unverified"),
				attlsSwitch("OcspNonceGenEnable", "Off", "Adds a nonce to OCSP requests.", attlsCiteOcsp),
				attlsSwitch("OcspNonceCheckEnable", "Off", "Requires the OCSP response to return the request's nonce.", attlsCiteOcsp),
				attlsInt("OcspNonceSize", 8, 256, "8", "Nonce size in bytes.", attlsCiteOcsp+"; range unverified"),
				attlsInt("OcspResponseTimeout", 0, 43200, "15", "Seconds to wait for an OCSP responder.", attlsCiteOcsp+"; range unverified"),
				attlsInt("OcspMaxResponseSize", 0, 2147483647, "20480", "Largest OCSP response in bytes that is accepted.", attlsCiteOcsp+"; range unverified"),
			},
		},

		&Stmt{
			Name: "TTLSGskHttpCdpParms", Family: "attls", Naming: NameInline, Block: true, TopLevel: true,
			Doc:  "Settings for fetching certificate revocation lists over HTTP from a certificate's CRL distribution points.",
			Cite: attlsCiteHTTPCdp,
			Params: []Param{
				attlsSwitch("HttpCdpEnable", "Off", "Fetches CRLs from the HTTP URLs in a certificate's CRL distribution points extension.", attlsCiteHTTPCdp),
				{Name: "HttpCdpProxyServerName", Kind: KText,
					Doc: "HTTP proxy through which CRLs are fetched.", Cite: attlsCiteHTTPCdp},
				attlsInt("HttpCdpProxyServerPort", 1, 65535, "80", "Port of the HTTP CRL proxy server.", attlsCiteHTTPCdp),
				attlsInt("HttpCdpResponseTimeout", 0, 43200, "15", "Seconds to wait for an HTTP CRL server.", attlsCiteHTTPCdp+"; range unverified"),
				attlsInt("HttpCdpMaxResponseSize", 0, 2147483647, "204800", "Largest CRL in bytes that is accepted over HTTP.", attlsCiteHTTPCdp+"; range unverified"),
				attlsInt("HttpCdpCacheSize", 0, 32000, "32", "Entries in the HTTP CRL cache; 0 disables it.", attlsCiteHTTPCdp+"; range unverified"),
				attlsInt("HttpCdpCacheEntryMaxsize", 0, 2147483647, "0", "Largest CRL in bytes that is cached; 0 means no limit.", attlsCiteHTTPCdp+"; range unverified"),
			},
		},
	)
}
