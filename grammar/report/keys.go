package report

import (
	"sort"
	"strings"
)

// keySet maps lower-case keys to their printed spelling.
type keySet map[string]string

func set(words string) keySet {
	m := keySet{}
	for _, w := range strings.Split(words, "|") {
		w = strings.TrimSpace(w)
		if w != "" {
			m[strings.ToLower(w)] = w
			m[w] = w // the printed spelling, found without lowering
		}
	}
	return m
}

// has reports whether k is in the set, ignoring case.
func (m keySet) has(k string) bool {
	if _, ok := m[k]; ok {
		return true
	}
	_, ok := m[strings.ToLower(k)]
	return ok
}

// names lists the printed spellings, sorted.
func (m keySet) names() []string {
	seen := map[string]bool{}
	out := make([]string, 0, len(m)/2)
	for _, k := range m {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// The keys of a pasearch -t report. Layout and key spelling observed in a
// z/OS 3.1 report (syntax-reference.md §H.1 [OBS]) and the IBM pasearch
// topic (IP System Administrator's Commands, "The z/OS UNIX pasearch
// command: Display policies"); the AT-TLS parameter names are the
// statements' parameters (IP Configuration Reference, TTLS* statements).
// The action keys that were not seen in a report (for example
// ServerHandshakeSNIList, the TTLSGskLdapParms and CRL keys) are
// unverified; an unknown action key is therefore only reported when it
// looks like a misspelling of a known one.
var (
	pasHeaderKeys = set(`Image Name|Date|Time|TTLS Instance Id|IPSec Instance Id|QoS Instance Id|IDS Instance Id|Routing Instance Id|Instance Id`)

	pasRuleKeys = set(`Rule Type|Version|Status|Weight|ForLoadDist|Priority|Sequence Actions|No. Policy Action|
		policyAction|ActionType|Action Sequence|Time Periods|Day of Month Mask|First to Last|Last to First|
		Month of Yr Mask|Day of Week Mask|Start Date Time|End Date Time|Fr TimeOfDay|To TimeOfDay|
		Fr TimeOfDay UTC|To TimeOfDay UTC|TimeZone|TTLS Condition Summary|NegativeIndicator|Local Address|
		Remote Address|FromAddr|ToAddr|LocalPortFrom|LocalPortTo|RemotePortFrom|RemotePortTo|JobName|UserId|
		ServiceDirection|Policy created|Policy updated`)

	pasActionKeys = set(`Version|Status|Scope|Policy created|Policy updated|
		TTLSEnabled|CtraceClearText|Trace|FIPS140|GroupUserInstance|Envfile|
		TTLSGroupAdvancedParms|SecondaryMap|SyslogFacility|
		HandshakeRole|SuiteBProfile|EnvironmentUserInstance|ConnectionUserInstance|
		TTLSKeyringParms|Keyring|KeyringPw|KeyringStashFile|KeyringSAFPerm|
		TTLSEnvironmentAdvancedParms|TTLSConnectionAdvancedParms|SSLv2|SSLv3|TLSv1|TLSv1.1|TLSv1.2|TLSv1.3|
		MiddleBoxCompatMode|ApplicationControlled|HandshakeTimeout|ClientAuthType|ResetCipherTimer|TruncatedHMAC|
		CertValidationMode|ServerMaxSSLFragment|ClientMaxSSLFragment|ServerHandshakeSNI|ServerHandshakeSNIMatch|
		ServerHandshakeSNIList|ClientHandshakeSNI|ClientHandshakeSNIList|ClientExtendedMasterSecret|
		ServerExtendedMasterSecret|Renegotiation|RenegotiationIndicator|RenegotiationCertCheck|3DesKeyCheck|
		ClientEDHGroupSize|ServerEDHGroupSize|PeerMinCertVersion|PeerMinDHKeySize|PeerMinDsaKeySize|
		PeerMinECCKeySize|PeerMinRsaKeySize|ServerScsv|CertificateLabel|ServerCertificateLabel|ClientCertificateLabel|
		TTLSSignatureParms|ClientECurves|ClientKeyShareGroups|ServerKeyShareGroups|ServerKexECurves|
		SignaturePairs|SignaturePairsCert|
		TTLSCipherParms|v2CipherSuites|v3CipherSuites|v3CipherSuites4Char|
		TTLSGskAdvancedParms|TTLSGskHttpCdpParms|HttpCdpEnable|HttpCdpProxyServerName|HttpCdpProxyServerPort|
		HttpCdpResponseTimeout|HttpCdpMaxResponseSize|HttpCdpCacheSize|HttpCdpCacheEntryMaxsize|
		TTLSGskOcspParms|OcspAiaEnable|OcspUrl|OcspProxyServerName|OcspProxyServerPort|OcspRetrieveViaGet|
		OcspUrlPriority|OcspRequestSigalg|OcspRequestSigkeylabel|OcspResponseSigPairs|OcspClientCacheSize|
		OcspCliCacheEntryMaxsize|OcspNonceGenEnable|OcspNonceCheckEnable|OcspNonceSize|OcspResponseTimeout|
		OcspMaxResponseSize|OcspServerStapling|OcspServerStaplingConnTimeout|OcspServerStaplingRespTimeout|
		TTLSGskLdapParms|LdapServer|LdapUser|LdapUserPassword|LdapResponseTime|CRLCacheSize|CRLCacheTimeout|
		CRLCacheEntryMaxsize|CRLCacheExtended|CRLCacheTempCRL|CRLCacheTempCRLTimeout|CRLSecurityLevel`)

	// Keys whose items are codes, with the code width and base: cipher
	// suites and signature pairs are hexadecimal, groups decimal
	// (tls-strength.md §1(b), §1(c); pasearch prints "0023  secp256r1").
	pasListKeys = map[string]struct {
		width int
		hex   bool
	}{
		"v2ciphersuites": {1, false}, "v3ciphersuites": {4, true}, "v3ciphersuites4char": {4, true},
		"signaturepairs": {4, true}, "signaturepairscert": {4, true}, "ocsprequestsigalg": {4, true},
		"ocspresponsesigpairs": {4, true},
		"clientecurves":        {4, false}, "clientkeysharegroups": {4, false}, "serverkeysharegroups": {4, false},
		"serverkexecurves": {4, false},
	}

	// Sections that always hold something: empty at the end of a record
	// means the report was cut there.
	pasSectionKeys = set(`Time Periods|TTLS Condition Summary|Local Address|Remote Address|TTLSGroupAdvancedParms|
		TTLSKeyringParms|TTLSEnvironmentAdvancedParms|TTLSConnectionAdvancedParms|TTLSSignatureParms|
		TTLSCipherParms|TTLSGskAdvancedParms|TTLSGskHttpCdpParms|TTLSGskOcspParms|TTLSGskLdapParms`)

	// Keys that are printed more than once in a record by design.
	pasRepeated = set(`policyAction|ActionType|Action Sequence|FromAddr|ToAddr`)
)

// The keys of an ipsec -f display report (IBM, IP System Administrator's
// Commands, "ipsec -f display", the detail format and the field list of
// the short format).
var (
	ipsHeaderKeys = set(`Stack Name|NSS Client Name|Primary|Function|Format|Source|Scope|TotAvail|Logging|Predecap|
		DVIPSec|NatKeepAlive|FIPS140|Defensive Mode`)

	ipsFilterKeys = set(`FilterName|FilterNameExtension|GroupName|LocalStartActionName|VpnActionName|TunnelID|Type|
		DefensiveType|State|Action|Scope|Direction|OnDemand|SecurityClass|Logging|LogLimit|Protocol|ICMPType|
		ICMPTypeGranularity|ICMPCode|ICMPCodeGranularity|OSPFType|TCPQualifier|ProtocolGranularity|SourceAddress|
		SourceAddressPrefix|SourceAddressRange|SourceAddressGranularity|SourcePort|SourcePortRange|
		SourcePortGranularity|DestAddress|DestAddressPrefix|DestAddressRange|DestAddressGranularity|DestPort|
		DestPortRange|DestPortGranularity|OrigRmtConnPort|RmtIDPayload|RmtUdpEncapPort|CreateTime|UpdateTime|
		DiscardAction|MIPv6Type|MIPv6TypeGranularity|TypeRange|CodeRange|RemoteIdentityType|RemoteIdentity|
		FragmentsOnly|FilterMatches|LifetimeExpires|AssociatedStackCount`)
)

// The keys of netstat DEVLINKS and HOME reports (IBM, "Netstat DEvlinks/-d
// report", "Netstat HOme/-h report"; the samples in ../shared/samples).
// The reports print many more keys than these, which are accepted as
// they come; the list serves to spot misspellings of the ones znet uses.
// LnkName/LnkType/LnkStatus and DevName/DevType/DevStatus, printed for
// DEVICE/LINK definitions, are unverified spellings.
var nstKeys = set(`IntfName|IntfType|IntfStatus|LnkName|LnkType|LnkStatus|DevName|DevType|DevStatus|LinkName|
	PortName|Datapath|DatapathStatus|CHPIDType|SMCR|SMCD|PNetID|TRLE|Speed|IpBroadcastCapability|CfgRouter|ActRouter|
	ArpOffload|ArpOffloadInfo|CfgMtu|ActMtu|IpAddr|VLANid|VLANpriority|ReadStorage|InbPerf|ChecksumOffload|
	SegmentationOffload|SecClass|MonSysplex|Isolate|OptLatencyMode|Address|Flags|Type|Home address list|
	Multicast Specific|Multicast Capability|SrcAddr|Interface Statistics|LanGroup|TCPIP Name`)
