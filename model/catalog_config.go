package model

// Policy Agent main and image configuration files (families "main" and
// "image") and the Defense Manager daemon configuration file ("dmd").
//
// One-record statements. TcpImage, PEPInstance, LogLevel, CodePage,
// CommonTTLSConfig, CommonIpSecConfig, TTLSConfig, IpSecConfig, IdsConfig and
// RoutingConfig are written on one record with no braces (Block false).
// Their value words are described as Params, in the order they are written:
// the parser hands the words to the Params in catalog order, each Param
// taking up to Words words (0 means one, -1 means the rest). Two rules make
// that work for IBM's optional parts:
//
//   - The FLUSH|NOFLUSH PURGE|NOPURGE [interval] tail is one KKeywords Param
//     named "Options" (Enum FLUSH, NOFLUSH, PURGE, NOPURGE; Max > 0 means a
//     number up to Max is also accepted, here the refresh interval).
//   - A Param of Kind KPath that is not Required is optional in the middle
//     of a record: when the next word does not begin with '/' it is absent
//     and the word goes to the next Param (TcpImage TCPIP FLUSH PURGE 3600
//     has no image file).
//
// The Param names of one-record statements (ImageName, ImageConfigFile,
// PolicyFile, Options, Level, CodePageName) are znet's, not IBM keywords:
// IBM's diagrams show these values positionally. They are the YAML keys.
// Naming on a one-record statement only tells the YAML layer how to key it:
// NameValue (TcpImage, PEPInstance) means "keyed by the first Param", one
// object per stack; NameNone means a singleton.
//
// Single-stack setups and TcpImage statements without an image file put the
// image statements (TTLSConfig, IpSecConfig...) in the main file; they stay
// Family "image" here and a main file may hold them.

const cfgRef = "IBM z/OS Communications Server: IP Configuration Reference, "

var cfgFlushPurge = []string{"FLUSH", "NOFLUSH", "PURGE", "NOPURGE"}

// cfgPolicyFile is the path Param of TTLSConfig and its kin.
func cfgPolicyFile(what string) Param {
	return Param{Name: "PolicyFile", Kind: KPath, Required: true,
		Doc:  "The " + what + " policy file: a z/OS UNIX path or //'DSN(MEMBER)'.",
		Cite: cfgRef + "Policy Agent configuration statements; IBM Q&A 6135933 (image file names the policy file); MVS members need sequence numbers off"}
}

func init() {
	tcpImage := func(name, doc string) *Stmt {
		return &Stmt{
			Name:     name,
			Family:   "main",
			Naming:   NameValue,
			Block:    false,
			TopLevel: true,
			Params: []Param{
				{Name: "ImageName", Kind: KText, Min: 1, Max: 8, Required: true,
					Doc:  "The TCP/IP stack (procedure or job name) the policies are installed to.",
					Cite: cfgRef + "TcpImage and PEPInstance statement (z/OS 3.1); in a single-stack (INET) setup Policy Agent may name the stack INET"},
				{Name: "ImageConfigFile", Kind: KPath,
					Doc:  "The image configuration file holding this stack's TTLSConfig, IpSecConfig... statements; without it the main file's statements apply to the stack.",
					Cite: cfgRef + "TcpImage and PEPInstance statement; IBM Q&A 6135933: it must name an image file, not a policy file (pointing at a policy file gives no policies and no EZZ8434I)"},
				{Name: "Options", Kind: KKeywords, Words: 3, Enum: cfgFlushPurge, Min: 1, Max: 2147483647,
					Defaults: []Default{{Value: "FLUSH NOPURGE 1800"}},
					Doc:      "FLUSH or NOFLUSH, PURGE or NOPURGE, and the refresh interval in seconds at which the configuration files are read again.",
					Cite:     cfgRef + "TcpImage and PEPInstance statement; IBM Q&A dwa1425700: interval default 1800, maximum 2147483647 (MVS data sets are reread every interval); per-type statements override FLUSH/PURGE (IP Configuration Guide pbn_flush_purge); unverified: defaults FLUSH and NOPURGE"},
			},
			Doc:  doc,
			Cite: cfgRef + "TcpImage and PEPInstance statement (synonyms; z/OS 3.1); at most 8 per main file, 7 when ServicesConnection names another image (IP Configuration Guide, Step 6); errors give EZZ8779I",
		}
	}

	register(
		tcpImage("TcpImage", "Names a TCP/IP stack Policy Agent serves, its image configuration file and refresh options."),
		tcpImage("PEPInstance", "Synonym of TcpImage: names a stack (policy enforcement point), its image file and refresh options."),
		&Stmt{
			Name:     "LogLevel",
			Family:   "main",
			Naming:   NameNone,
			TopLevel: true,
			Params: []Param{
				{Name: "Level", Kind: KInt, Min: 0, Max: 511, Required: true,
					Defaults: []Default{{Value: "31"}},
					Doc:      "Sum of message classes to log: 1 SYSERR, 2 OBJERR, 4 PROTERR, 8 WARNING, 16 EVENT, 32 ACTION, 64 INFO, 128 ACNTING, 256 TRACE.",
					Cite:     cfgRef + "LogLevel statement; IBM sample pagent.conf (z/OS Debugger docs): default 31; EZZ8779I asks for at least 127 to see policy errors; unverified: whether 0 is accepted"},
			},
			Doc:  "How much Policy Agent writes to its log.",
			Cite: cfgRef + "LogLevel statement",
		},
		&Stmt{
			Name:     "CodePage",
			Family:   "main",
			Naming:   NameNone,
			TopLevel: true,
			Params: []Param{
				{Name: "CodePageName", Kind: KText, Required: true,
					Defaults: []Default{{Value: "IBM-1047"}},
					Doc:      "The EBCDIC code page all configuration and policy files are read in.",
					Cite:     cfgRef + "CodePage statement; General syntax rules for Policy Agent (z/OS 3.1): files are IBM-1047 unless CodePage says otherwise"},
			},
			Doc:  "The code page of every Policy Agent configuration and policy file.",
			Cite: cfgRef + "CodePage statement",
		},
		&Stmt{
			Name:     "CommonTTLSConfig",
			Family:   "main",
			Naming:   NameNone,
			TopLevel: true,
			Params:   []Param{cfgPolicyFile("common AT-TLS")},
			Doc:      "AT-TLS policy shared by all stacks; it is read before each stack's TTLSConfig file, and a later object of the same type and name wins.",
			Cite:     cfgRef + "CommonTTLSConfig statement; IP Configuration Guide attls_common_cfg_file (logically prepended, last one encountered is used)",
		},
		&Stmt{
			Name:     "CommonIpSecConfig",
			Family:   "main",
			Naming:   NameNone,
			TopLevel: true,
			Params:   []Param{cfgPolicyFile("common IPSec")},
			Doc:      "IPSec policy shared by all stacks, read before each stack's IpSecConfig file.",
			Cite:     cfgRef + "CommonIpSecConfig statement; KeyExchangePolicy statement: in both files only the stack file's counts (z/OS 2.1); unverified: FLUSH/PURGE not accepted here either",
		},
		&Stmt{
			Name:     "ClientConnection",
			Family:   "main",
			Naming:   NameNone,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "Port", Kind: KInt, Min: 1, Max: 65535,
					Defaults: []Default{{Value: "16310"}},
					Doc:      "The port the policy server listens on for policy clients.",
					Cite:     cfgRef + "ClientConnection statement; IP Configuration Guide, Configure Policy Agent as a policy server (z/OS 2.1): default 16310, must differ from the ServicesConnection port; unverified: SSL parameters (not catalogued)"},
			},
			Doc:  "Makes this Policy Agent a policy server and sets the port policy clients connect to.",
			Cite: cfgRef + "ClientConnection statement (main configuration file only)",
		},
		&Stmt{
			Name:     "ServicesConnection",
			Family:   "main",
			Naming:   NameNone,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "Port", Kind: KInt, Min: 1, Max: 65535,
					Doc:  "The port Policy Agent listens on for services requesters such as the Configuration Assistant import.",
					Cite: cfgRef + "ServicesConnection statement; IP Configuration Guide Step 6 (z/OS 2.2); unverified: default"},
				{Name: "ImageName", Kind: KText, Min: 1, Max: 8,
					Doc:  "The TCP/IP image whose address the services connection listens on.",
					Cite: cfgRef + "ServicesConnection statement (it provides the port and image name); unverified: keyword spelling; SSL parameters not catalogued"},
			},
			Doc:  "Lets services requesters (policy import) connect to Policy Agent.",
			Cite: cfgRef + "ServicesConnection statement (main configuration file)",
		},
		&Stmt{
			Name:     "DynamicConfigPolicyLoad",
			Family:   "main",
			Naming:   NameValue,
			Block:    true,
			TopLevel: true,
			Nested:   []string{"PolicyType"},
			Doc:      "On a policy server: which configuration files a policy client of this name gets, per policy type.",
			Cite:     cfgRef + "DynamicConfigPolicyLoad statement (z/OS 2.1): main file only, several allowed, names matched case-sensitively against the client name (default remotesysname_tcpimage)",
		},
		&Stmt{
			Name:     "PolicyType",
			Family:   "main",
			Naming:   NameValue,
			Block:    true,
			TopLevel: false,
			Params: []Param{
				{Name: "PolicyLoad", Kind: KPath, Repeatable: true,
					Doc:  "A configuration file with this type's image-specific policy for the client.",
					Cite: cfgRef + "DynamicConfigPolicyLoad statement (example PolicyType TTLS { PolicyLoad path }); unverified: repeatable"},
				{Name: "CommonPolicyLoad", Kind: KPath,
					Doc:  "A configuration file with this type's common policy for the client.",
					Cite: cfgRef + "IP Configuration Guide, policy server (parameters name common and image-specific files); unverified: keyword spelling"},
			},
			Doc:  "One policy type (TTLS, IPSec, QoS, IDS, Routing) inside DynamicConfigPolicyLoad or PolicyServer.",
			Cite: cfgRef + "DynamicConfigPolicyLoad and PolicyServer statements; unverified: the FLUSH/PURGE options IBM allows per PolicyType on PolicyServer (not catalogued)",
		},
		&Stmt{
			Name:     "TTLSConfig",
			Family:   "image",
			Naming:   NameNone,
			TopLevel: true,
			Params: []Param{
				cfgPolicyFile("stack's AT-TLS"),
				{Name: "Options", Kind: KKeywords, Words: 2, Enum: cfgFlushPurge,
					Doc:  "FLUSH or NOFLUSH, PURGE or NOPURGE for AT-TLS policy; when absent the TcpImage values apply.",
					Cite: cfgRef + "TTLSConfig statement; IP Configuration Guide pbn_flush_purge: local AT-TLS FLUSH/PURGE come from TTLSConfig or TcpImage"},
			},
			Doc:  "The stack's AT-TLS policy file (required for AT-TLS on the stack).",
			Cite: cfgRef + "TTLSConfig statement",
		},
		&Stmt{
			Name:     "IpSecConfig",
			Family:   "image",
			Naming:   NameNone,
			TopLevel: true,
			Params: []Param{
				cfgPolicyFile("stack's IPSec"),
				{Name: "Options", Kind: KKeywords, Words: 2, Enum: cfgFlushPurge,
					Doc:  "Accepted by the parser only to be reported: FLUSH/NOFLUSH and PURGE/NOPURGE are not supported for local IPSec policy.",
					Cite: cfgRef + "IpSecConfig statement; IP Configuration Guide pbn_flush_purge: local IPSec policy does not support FLUSH/PURGE (all IPSec policy is replaced at start, left in the stack at stop); unverified: whether PAGENT rejects or ignores the words"},
			},
			Doc:  "The stack's IPSec policy file; FLUSH and PURGE do not apply to it.",
			Cite: cfgRef + "IpSecConfig statement",
		},
		&Stmt{
			Name:     "IdsConfig",
			Family:   "image",
			Naming:   NameNone,
			TopLevel: true,
			Params: []Param{
				cfgPolicyFile("stack's IDS"),
				{Name: "Options", Kind: KKeywords, Words: 2, Enum: cfgFlushPurge,
					Doc:  "FLUSH or NOFLUSH, PURGE or NOPURGE for IDS policy; when absent the TcpImage values apply.",
					Cite: cfgRef + "IdsConfig statement; IP Configuration Guide pbn_flush_purge"},
			},
			Doc:  "The stack's intrusion detection policy file.",
			Cite: cfgRef + "IdsConfig statement",
		},
		&Stmt{
			Name:     "RoutingConfig",
			Family:   "image",
			Naming:   NameNone,
			TopLevel: true,
			Params:   []Param{cfgPolicyFile("stack's routing")},
			Doc:      "The stack's policy-based routing file; it always behaves as FLUSH and NOPURGE.",
			Cite:     cfgRef + "RoutingConfig statement; IP Configuration Guide pbn_flush_purge: routing FLUSH/PURGE not configurable",
		},
		&Stmt{
			Name:     "PolicyServer",
			Family:   "image",
			Naming:   NameNone,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "ClientName", Kind: KText, Min: 1, Max: 32,
					Doc:  "The name this client gives the server, matched against DynamicConfigPolicyLoad; default remotesysname_tcpimage.",
					Cite: cfgRef + "PolicyServer statement; Policy client retrieval problems (IP Diagnosis Guide, z/OS 3.1)"},
				{Name: "Userid", Kind: KUserID,
					Doc:  "The user ID the client authenticates as; it needs SERVAUTH EZB.PAGENT.sysname.image.ptype on the server.",
					Cite: cfgRef + "DynamicConfigPolicyLoad statement names the Userid parameter of PolicyServer (z/OS 2.1)"},
				{Name: "Password", Kind: KSecret,
					Doc:  "The password of Userid; never shown.",
					Cite: cfgRef + "PolicyServer statement; unverified: keyword"},
				{Name: "Connection", Kind: KWords, Words: 2,
					Doc:  "The policy server's address and port.",
					Cite: cfgRef + "PolicyServer statement; unverified: keyword and form"},
			},
			Nested: []string{"PolicyType"},
			Doc:    "Makes Policy Agent a policy client for this stack and says which policy types it fetches from the server.",
			Cite:   cfgRef + "PolicyServer statement (image file); remote FLUSH/PURGE may be set per policy type (pbn_flush_purge); unverified: full parameter list",
		},
		&Stmt{
			Name:     "ReadFromDirectory",
			Family:   "image",
			Naming:   NameNone,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "LDAP_Server", Kind: KText,
					Doc: "The LDAP server holding QoS or IDS policy.", Cite: cfgRef + "ReadFromDirectory statement; unverified: every parameter of this statement"},
				{Name: "LDAP_Port", Kind: KInt, Min: 1, Max: 65535,
					Doc: "The LDAP server's port.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_DistinguishedName", Kind: KWords, Words: -1,
					Doc: "The DN Policy Agent binds as.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_Password", Kind: KSecret,
					Doc: "The bind password; never shown.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_ProtocolVersion", Kind: KInt, Min: 2, Max: 3,
					Doc: "The LDAP protocol version.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_SchemaVersion", Kind: KInt, Min: 1, Max: 5,
					Doc: "The policy schema version in the directory.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_SessionPersistent", Kind: KEnum, Enum: []string{"Yes", "No"},
					Doc: "Whether the LDAP session stays open between reads.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "SearchPolicyBaseDN", Kind: KWords, Words: -1,
					Doc: "Where in the directory policy objects are searched.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_SSL", Kind: KEnum, Enum: []string{"Yes", "No"},
					Doc: "Whether the LDAP connection uses SSL.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_SSLKeyringFile", Kind: KText,
					Doc: "The key database or key ring for the SSL connection.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_SSLKeyringPassword", Kind: KSecret,
					Doc: "The key database password; never shown.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_SSLKeyringStashFile", Kind: KPath,
					Doc: "The stash file holding the key database password.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
				{Name: "LDAP_SSLName", Kind: KWords, Words: -1,
					Doc: "The label of the client certificate.", Cite: cfgRef + "ReadFromDirectory statement; unverified"},
			},
			Doc:  "Reads QoS or IDS policy from an LDAP server instead of files.",
			Cite: cfgRef + "ReadFromDirectory statement; unverified: parameter list (QoS and IDS are outside znet's model)",
		},
		&Stmt{
			Name:     "DmConfig",
			Family:   "dmd",
			Naming:   NameNone,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "SyslogLevel", Kind: KInt, Min: 0, Max: 255,
					Doc:  "Which classes of DMD messages go to syslogd, as a sum of bit values.",
					Cite: cfgRef + "Defense Manager daemon configuration file, DmConfig statement; unverified: bit meanings, range and default"},
				{Name: "DefensiveFilterDirectory", Kind: KPath,
					Defaults: []Default{{Value: "/var/dm/filters"}},
					Doc:      "The z/OS UNIX directory where DMD keeps defensive filters persistently (1 MB per stack plus 1 MB for global filters).",
					Cite:     cfgRef + "DmConfig statement; IP Configuration Guide, Steps for configuring the DMD (z/OS 2.4): default /var/dm/filters"},
			},
			Doc:  "Global settings of the Defense Manager daemon.",
			Cite: cfgRef + "DmConfig statement; MODIFY dmd,REFRESH rereads the whole file, some parameters cannot change dynamically (IP System Administrator's Commands); unverified: further parameters",
		},
		&Stmt{
			Name:     "DmStackConfig",
			Family:   "dmd",
			Naming:   NameValue,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "Mode", Kind: KEnum, Enum: []string{"Active", "Simulate", "Inactive"},
					Defaults: []Default{{Value: "Active"}},
					Doc:      "Active honours each defensive filter's block or simulate mode, Simulate treats every filter as simulate, Inactive removes them all.",
					Cite:     cfgRef + "DmStackConfig statement (z/OS 2.1 diagram: default Active); IP Configuration Guide dmd_filter_modes"},
				{Name: "MaxLifetime", Kind: KInt, Min: 1, Max: 4294967295,
					Defaults: []Default{{Value: "1440"}},
					Doc:      "The longest lifetime, in minutes, a defensive filter may have on this stack.",
					Cite:     cfgRef + "DmStackConfig statement (z/OS 2.1 diagram: default 1440); unverified: unit minutes and range"},
				{Name: "DefaultLogLimit", Kind: KInt, Min: 0, Max: 4294967295,
					Defaults: []Default{{Value: "0"}},
					Doc:      "The filter-match log limit (messages per 5 minutes) for filters added without one; 0 means no limit.",
					Cite:     cfgRef + "DmStackConfig statement (z/OS 2.1 diagram: default 0); IP Configuration Guide dmd_filter_match_logging; unverified: 0 meaning no limit, range"},
				{Name: "Exclude", Kind: KAddrSpec, Repeatable: true,
					Doc:  "An address or address/prefix that defensive filters on this stack may never block.",
					Cite: cfgRef + "DmStackConfig statement (z/OS 2.1 diagram: Exclude ipaddress or ipaddress/prefixLength, repeatable)"},
			},
			Doc:  "Defensive filtering for one stack, named by its TCP/IP stack name.",
			Cite: cfgRef + "DmStackConfig statement (z/OS 2.1); removing the statement leaves existing filters until they expire (dmd_disable_filters_for_stack)",
		},
	)
}
