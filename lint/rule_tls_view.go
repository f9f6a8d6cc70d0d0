package lint

// The TLS rules (rule_tls0NN_*.go) judge one TLS configuration at a time:
// what a connection mapped to an AT-TLS rule really gets (the rule's
// effective settings, z/OS defaults filled in), or what a System SSL
// application started with an environment file gets. This file turns both
// into one view, tlsConf, with the enabled protocol versions, the code lists
// with the position of every code, and the scalar settings; and it reports
// through the pass in the way each source needs (on the statement that set
// a value, on the TTLSRule for a z/OS default, on the record of an
// environment variable). Every TLS fact comes from model/tls.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/gskenv"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
	"github.com/zosnet/znet/model/tls"
)

// slot indexes the effective settings the TLS rules read.
type slot int

const (
	sSSLv2 slot = iota
	sSSLv3
	sTLSv1
	sTLSv11
	sTLSv12
	sTLSv13
	sV3CipherSuites
	sV3CipherSuites4Char
	sV2CipherSuites
	sSignaturePairs
	sSignaturePairsCert
	sClientECurves
	sServerKexECurves
	sClientKeyShareGroups
	sServerKeyShareGroups
	sTTLSEnabled
	sHandshakeRole
	sClientAuthType
	sRenegotiation
	sRenegotiationIndicator
	sMiddleBoxCompatMode
	sSuiteBProfile
	sFIPS140
	sPeerMinRsaKeySize
	sPeerMinDHKeySize
	sPeerMinECCKeySize
	sServerEDHGroupSize
	sTruncatedHMAC
	sClientExtendedMasterSecret
	sServerExtendedMasterSecret
	sServerScsv
	sHostReferenceIdDNS
	sHostReferenceIdCN
	nSlots
)

// slotNames are the AT-TLS parameter names (the catalog's spelling, which
// is the Name of an effective setting) and the System SSL environment
// variable behind each, "" when an environment file cannot set it.
var slotNames = [nSlots]struct{ attls, env string }{
	sSSLv2:                      {"SSLv2", "GSK_PROTOCOL_SSLV2"},
	sSSLv3:                      {"SSLv3", "GSK_PROTOCOL_SSLV3"},
	sTLSv1:                      {"TLSv1", "GSK_PROTOCOL_TLSV1"},
	sTLSv11:                     {"TLSv1.1", "GSK_PROTOCOL_TLSV1_1"},
	sTLSv12:                     {"TLSv1.2", "GSK_PROTOCOL_TLSV1_2"},
	sTLSv13:                     {"TLSv1.3", "GSK_PROTOCOL_TLSV1_3"},
	sV3CipherSuites:             {"V3CipherSuites", "GSK_V3_CIPHER_SPECS"},
	sV3CipherSuites4Char:        {"V3CipherSuites4Char", "GSK_V3_CIPHER_SPECS_EXPANDED"},
	sV2CipherSuites:             {"V2CipherSuites", "GSK_V2_CIPHER_SPECS"},
	sSignaturePairs:             {"SignaturePairs", "GSK_TLS_SIG_ALG_PAIRS"},
	sSignaturePairsCert:         {"SignaturePairsCert", "GSK_TLS_CERT_SIG_ALG_PAIRS"},
	sClientECurves:              {"ClientECurves", "GSK_CLIENT_ECURVE_LIST"},
	sServerKexECurves:           {"ServerKexECurves", "GSK_SERVER_ALLOWED_KEX_ECURVES"},
	sClientKeyShareGroups:       {"ClientKeyShareGroups", "GSK_CLIENT_TLS_KEY_SHARES"},
	sServerKeyShareGroups:       {"ServerKeyShareGroups", "GSK_SERVER_TLS_KEY_SHARES"},
	sTTLSEnabled:                {"TTLSEnabled", ""},
	sHandshakeRole:              {"HandshakeRole", ""},
	sClientAuthType:             {"ClientAuthType", ""},
	sRenegotiation:              {"Renegotiation", "GSK_RENEGOTIATION"},
	sRenegotiationIndicator:     {"RenegotiationIndicator", "GSK_EXTENDED_RENEGOTIATION_INDICATOR"},
	sMiddleBoxCompatMode:        {"MiddleBoxCompatMode", "GSK_MIDDLEBOX_COMPAT_MODE"},
	sSuiteBProfile:              {"SuiteBProfile", "GSK_SUITE_B_PROFILE"},
	sFIPS140:                    {"FIPS140", ""},
	sPeerMinRsaKeySize:          {"PeerMinRsaKeySize", "GSK_PEER_RSA_MIN_KEY_SIZE"},
	sPeerMinDHKeySize:           {"PeerMinDHKeySize", "GSK_PEER_DH_MIN_KEY_SIZE"},
	sPeerMinECCKeySize:          {"PeerMinECCKeySize", "GSK_PEER_ECC_MIN_KEY_SIZE"},
	sServerEDHGroupSize:         {"ServerEDHGroupSize", "GSK_SERVER_EDH_GROUP_SIZE"},
	sTruncatedHMAC:              {"TruncatedHMAC", ""},
	sClientExtendedMasterSecret: {"ClientExtendedMasterSecret", "GSK_CLIENT_EXTENDED_MASTER_SECRET"},
	sServerExtendedMasterSecret: {"ServerExtendedMasterSecret", "GSK_SERVER_EXTENDED_MASTER_SECRET"},
	sServerScsv:                 {"ServerScsv", "GSK_SERVER_FALLBACK_SCSV"},
	sHostReferenceIdDNS:         {"HostReferenceIdDNS", ""},
	sHostReferenceIdCN:          {"HostReferenceIdCN", ""},
}

// slotOf maps a parameter name (the catalog's spelling) to its slot.
var slotOf = func() map[string]slot {
	m := make(map[string]slot, nSlots)
	for i := slot(0); i < nSlots; i++ {
		m[slotNames[i].attls] = i
	}
	return m
}()

// settingIndex gives the index of each slot's setting among a rule's
// effective settings (policy.SettingIndex).
var settingIndex = sync.OnceValue(func() (ix [nSlots]int) {
	for i := range ix {
		ix[i] = policy.SettingIndex(slotNames[i].attls)
	}
	return ix
})

// protoSlot is the slot of each protocol switch.
var protoSlot = map[tls.Protocol]slot{
	tls.SSLv2: sSSLv2, tls.SSLv3: sSSLv3, tls.TLS10: sTLSv1, tls.TLS11: sTLSv11, tls.TLS12: sTLSv12, tls.TLS13: sTLSv13,
}

// Roles.
const (
	roleClient     = "Client"
	roleServer     = "Server"
	roleServerAuth = "ServerWithClientAuth"
)

// listKind names the code lists of a configuration.
type listKind int

const (
	lCiphers listKind = iota
	lV2
	lSigPairs
	lSigPairsCert
	lClientCurves
	lServerKex
	lClientShares
	lServerShares
	nLists
)

// tlsItem is one code of a list as written, with its place.
type tlsItem struct {
	// Code is the canonical code (tls.Code.Value): 4 hex characters for
	// suites and pairs, 4 decimal digits for groups, 1 for SSL V2.
	Code string
	// Pos is the 1-based position in the list as written, duplicates
	// included.
	Pos int
	// Span is where the code is written; zero for a default list.
	Span source.Span
	prm  *policy.Param
	obj  *policy.Object
}

// Suite returns the cipher suite of a cipher list item.
func (it tlsItem) Suite() *tls.Suite { s, _ := tls.SuiteByCode(it.Code); return s }

// SigAlg returns the signature algorithm pair of a pair list item.
func (it tlsItem) SigAlg() *tls.SigAlg { a, _ := tls.SigAlgByCode(it.Code); return a }

// Group returns the group of a group list item.
func (it tlsItem) Group() *tls.Group { g, _ := tls.GroupByCode(it.Code); return g }

// tlsList is one code list of a configuration.
type tlsList struct {
	Kind listKind
	// Name is the parameter or variable the list is coded with (for a
	// default list, the one that would code it).
	Name  string
	Items []tlsItem
	// Default: nothing is coded and the z/OS default list applies.
	Default bool
	// Absent: nothing is coded and znet does not assess the default (an
	// environment file leaves it to the application).
	Absent bool
	// Any: ClientECurves Any, which offers every curve System SSL knows.
	Any bool
	// AT-TLS: the effective setting, the first coded parameter and its
	// object, and the level it is coded at.
	setting *policy.Setting
	first   *policy.Param
	obj     *policy.Object
	level   string
	// Environment: the variable.
	v *gskenv.Var
	// Caches: the kept items, the negotiable ones per set of versions,
	// messages about a default list. A list may be shared by the
	// configurations of several rules, which the engine checks on several
	// goroutines: keptOnce and mu guard them.
	kept     []tlsItem
	keptOnce sync.Once
	mu       sync.Mutex
	neg      map[tls.Protocols]*negotiable
	msgs     map[string]string
}

// message returns the message stored under key, made by fn the first time
// (what is said about a shared default list is the same for every rule).
func (l *tlsList) message(key string, fn func() string) string {
	l.mu.Lock()
	msg, ok := l.msgs[key]
	l.mu.Unlock()
	if ok {
		return msg
	}
	msg = fn()
	l.mu.Lock()
	if l.msgs == nil {
		l.msgs = map[string]string{}
	}
	l.msgs[key] = msg
	l.mu.Unlock()
	return msg
}

// negotiable are the kept items of a cipher list that one set of
// versions can negotiate, with their suites.
type negotiable struct {
	items  []tlsItem
	suites []*tls.Suite
}

// Codes returns the codes of the list, in order.
func (l *tlsList) Codes() []string {
	out := make([]string, len(l.Items))
	for i, it := range l.Items {
		out[i] = it.Code
	}
	return out
}

// Kept returns the items System SSL uses: the first occurrence of each
// code (tls.Dedup), in order.
func (l *tlsList) Kept() []tlsItem {
	l.keptOnce.Do(func() {
		seen := make(map[string]bool, len(l.Items))
		l.kept = make([]tlsItem, 0, len(l.Items))
		for _, it := range l.Items {
			if !seen[it.Code] {
				seen[it.Code] = true
				l.kept = append(l.kept, it)
			}
		}
	})
	return l.kept
}

// Has reports whether code is in the list.
func (l *tlsList) Has(code string) bool {
	for _, it := range l.Items {
		if it.Code == code {
			return true
		}
	}
	return false
}

// tlsConf is one TLS configuration: the effective settings of one AT-TLS
// rule whose group enables AT-TLS, or one System SSL environment file.
type tlsConf struct {
	e   *policy.Effective
	env *gskenv.File
	rel model.Release
	// Role is the HandshakeRole; "" when not known (an environment file:
	// the application decides).
	Role string
	// Enabled are the protocol versions a handshake can use.
	Enabled tls.Protocols
	set     [nSlots]*policy.Setting
	lists   [nLists]*tlsList
	// bp is a pass of the set, for ParamOf and Memo while lists are built
	// lazily; findings go through the pass of the rule reporting them.
	bp *Pass
	// rule and affects: the TTLSRule and the Affects of its findings;
	// ruleSpan, ruleLabel and ruleDamage are ReportObject's view of the
	// rule, and over caches Pass.overridable per level, computed once
	// because every default finding stands on the rule.
	rule       *policy.Object
	affects    []string
	ruleSpan   source.Span
	ruleLabel  string
	ruleDamage [2]string
	damaged    bool
	over       [4]struct {
		done bool
		overResult
	} // per overLevels
}

// tlsCtx is a configuration seen from the pass of one rule.
type tlsCtx struct {
	*tlsConf
	p *Pass
}

// forEachTLS calls fn for every TLS configuration of the pass: each AT-TLS
// rule whose group has TTLSEnabled On, in evaluation order, or the
// environment file of an environment pass.
func forEachTLS(p *Pass, fn func(c *tlsCtx)) {
	for _, c := range tlsConfs(p) {
		fn(&tlsCtx{tlsConf: c, p: p})
	}
}

func tlsConfs(p *Pass) []*tlsConf {
	return p.Memo("tls.confs", func() any {
		if env := p.Env(); env != nil {
			c := &tlsConf{env: env, rel: p.Policy.Release, bp: p}
			c.protocols()
			return []*tlsConf{c}
		}
		// Rules are independent: their configurations are made on every
		// CPU, in runs joined in order.
		effs := p.Effective()
		runs := model.Runs(len(effs), tlsChunk)
		outs := make([][]*tlsConf, runs)
		model.ForRuns(runs, len(effs), func(run, lo, hi int) {
			for _, e := range effs[lo:hi] {
				c := &tlsConf{e: e, rel: p.Policy.Release, bp: p}
				for sl, i := range settingIndex() {
					c.set[sl] = e.SettingAt(i)
				}
				if en := c.set[sTTLSEnabled]; en == nil || !strings.EqualFold(en.Value, "On") {
					continue // no TLS on these connections
				}
				if r := c.set[sHandshakeRole]; r != nil {
					c.Role = r.Value
				}
				c.rule = p.Policy.Lookup("TTLSRule", e.Rule)
				c.affects = []string{"TTLSRule " + e.Rule}
				if r := c.rule; r != nil {
					c.ruleSpan = r.Src.Keyword.Span
					if len(r.Src.Values) > 0 && r.Src.Block != nil {
						c.ruleSpan = source.Cover(c.ruleSpan, r.Src.Values[0].Span)
					}
					c.ruleLabel = r.Label()
					c.damaged, c.ruleDamage[0] = damaged(r)
				}
				c.protocols()
				outs[run] = append(outs[run], c)
			}
		})
		var out []*tlsConf
		for _, o := range outs {
			out = append(out, o...)
		}
		return out
	}).([]*tlsConf)
}

// ATTLS reports whether the configuration is an AT-TLS rule's.
func (c *tlsConf) ATTLS() bool { return c.e != nil }

// Value returns the value of a scalar setting and whether it is coded
// (false for a z/OS default, and for an environment variable not set).
// Environment switches read as On and Off.
func (c *tlsConf) Value(s slot) (string, bool) {
	if c.env != nil {
		v := c.envVar(s)
		if v == nil {
			return "", false
		}
		if v.Switch != nil {
			if *v.Switch {
				return "On", true
			}
			return "Off", true
		}
		return v.Value.Text, v.Value.Text != ""
	}
	if st := c.set[s]; st != nil {
		return st.Value, st.Level != "default"
	}
	return "", false
}

// Is reports whether the value of s is one of vals, ignoring case.
func (c *tlsConf) Is(s slot, vals ...string) bool {
	v, _ := c.Value(s)
	for _, w := range vals {
		if strings.EqualFold(v, w) {
			return true
		}
	}
	return false
}

// Int returns a numeric setting; ok is false when it is not set or not a
// number.
func (c *tlsConf) Int(s slot) (n int, coded, ok bool) {
	v, coded := c.Value(s)
	if c.env != nil && c.envVar(s) != nil && c.envVar(s).Number != nil {
		return int(*c.envVar(s).Number), true, true
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	return n, coded, err == nil
}

// envVar returns the environment variable of s in effect, or nil.
func (c *tlsConf) envVar(s slot) *gskenv.Var {
	if c.env == nil || slotNames[s].env == "" {
		return nil
	}
	return c.env.Lookup(slotNames[s].env)
}

// Name is how the setting of s is called in messages: the AT-TLS
// parameter or the environment variable.
func (c *tlsConf) Name(s slot) string {
	if c.env != nil {
		return slotNames[s].env
	}
	return slotNames[s].attls
}

// Server reports whether the configuration is (or may be) a server's.
func (c *tlsConf) Server() bool { return c.Role != roleClient }

// Client reports whether the configuration is (or may be) a client's.
func (c *tlsConf) Client() bool { return c.Role == roleClient || c.Role == "" }

// ReceivesCert reports whether the configuration receives the peer's
// certificate: a client, a server asking for client certificates, or an
// application whose role is not known.
func (c *tlsConf) ReceivesCert() bool { return c.Role != roleServer }

// protoState is what a configuration says about one protocol version.
type protoState struct {
	On bool
	// Coded is false when the value is the default.
	Coded bool
	// FIPS: FIPS 140 mode ignores the version (SSLv2, SSLv3).
	FIPS bool
}

// Proto returns the state of protocol version v.
func (c *tlsConf) Proto(v tls.Protocol) protoState {
	s := protoSlot[v]
	val, coded := c.Value(s)
	var st protoState
	if coded || (c.env == nil && c.set[s] != nil) {
		st.On, st.Coded = strings.EqualFold(val, "On"), coded
	} else {
		st.On = tls.DefaultProtocols(c.rel, c.env == nil).Has(v)
	}
	if (v == tls.SSLv2 || v == tls.SSLv3) && c.FIPS() {
		st.FIPS = true
	}
	return st
}

// FIPS reports whether the configuration runs System SSL in FIPS 140
// mode (AT-TLS FIPS140 On or Level1-3).
func (c *tlsConf) FIPS() bool {
	v, _ := c.Value(sFIPS140)
	return v != "" && !strings.EqualFold(v, "Off")
}

func (c *tlsConf) protocols() {
	for _, v := range tls.AllProtocols() {
		if st := c.Proto(v); st.On && !st.FIPS {
			c.Enabled = c.Enabled.With(v)
		}
	}
}

// Default returns how a value is explained when nothing set it: "by the
// z/OS default because nothing was coded" for AT-TLS, "by System SSL's
// default because GSK_X is not set" for an environment file.
func (c *tlsConf) Default(s slot) string {
	if c.env != nil {
		return "by System SSL's default because " + slotNames[s].env + " is not set"
	}
	return "by the z/OS default because nothing was coded"
}

// Where says where a coded value comes from, for messages: "in
// TTLSConnectionAdvancedParms TNCOonAdvParms", or the z/OS default.
func (c *tlsConf) Where(s slot) string {
	if c.env != nil {
		if c.envVar(s) != nil {
			return "in " + slotNames[s].env
		}
		return c.Default(s)
	}
	st := c.set[s]
	if st == nil || st.Level == "default" {
		return c.Default(s)
	}
	return "in " + st.From
}

// ProtoText says whether v is on and why, for messages: "TLSv1.3 is
// Off in TTLSConnectionAdvancedParms X", "TLSv1 is On by the z/OS
// default because nothing was coded".
func (c *tlsConf) ProtoText(v tls.Protocol) string {
	st := c.Proto(v)
	onOff := "Off"
	if st.On {
		onOff = "On"
	}
	return fmt.Sprintf("%s is %s %s", c.Name(protoSlot[v]), onOff, c.Where(protoSlot[v]))
}

// List returns the code list of kind k (computed once).
func (c *tlsConf) List(k listKind) *tlsList {
	if c.lists[k] == nil {
		if c.env != nil {
			c.lists[k] = c.envList(k)
		} else {
			c.lists[k] = c.attlsList(k)
		}
	}
	return c.lists[k]
}

// listSlots are the settings that code each list, in the order System SSL
// reads them.
var listSlots = [nLists][]slot{
	lCiphers:      {sV3CipherSuites, sV3CipherSuites4Char},
	lV2:           {sV2CipherSuites},
	lSigPairs:     {sSignaturePairs},
	lSigPairsCert: {sSignaturePairsCert},
	lClientCurves: {sClientECurves},
	lServerKex:    {sServerKexECurves},
	lClientShares: {sClientKeyShareGroups},
	lServerShares: {sServerKeyShareGroups},
}

// defaultCodes returns the z/OS default of list k on the release, from
// model/tls; nil when there is none (the list is then empty).
func (c *tlsConf) defaultCodes(k listKind) []string {
	tls13 := c.Enabled.Has(tls.TLS13)
	switch k {
	case lCiphers:
		return tls.DefaultCiphers(c.rel)
	case lSigPairs:
		return tls.DefaultSignaturePairs(c.rel, tls13)
	case lClientCurves:
		return tls.DefaultClientECurves(c.rel, tls13)
	case lServerKex:
		return tls.DefaultServerKexECurves(c.rel)
	case lClientShares:
		return tls.DefaultClientKeyShareGroups(c.rel)
	case lServerShares:
		return tls.DefaultServerKeyShareGroups(c.rel)
	}
	return nil
}

// defaultList returns the default list of kind k, shared by every
// configuration of the set with the same release and TLS 1.3 switch.
func (c *tlsConf) defaultList(k listKind, name string) *tlsList {
	tls13 := 0
	if c.Enabled.Has(tls.TLS13) {
		tls13 = 1
	}
	key := defaultKeys[k][tls13]
	return c.bp.Memo(key, func() any {
		codes := c.defaultCodes(k)
		items := make([]tlsItem, len(codes))
		for i, code := range codes {
			items[i] = tlsItem{Code: code, Pos: i + 1}
		}
		return &tlsList{Kind: k, Name: name, Items: items, Default: codes != nil, Absent: codes == nil}
	}).(*tlsList)
}

// defaultKeys are the memo keys of the default lists (a set has one
// release).
var defaultKeys = func() (out [nLists][2]string) {
	for k := range out {
		out[k] = [2]string{fmt.Sprintf("tls.default %d", k), fmt.Sprintf("tls.default %d tls13", k)}
	}
	return out
}()

// parseWord reads one word of a list parameter the way the model does
// (policy: parseCodes), with the name forms AT-TLS accepts.
func parseWord(k listKind, s slot, w string) ([]tls.Code, bool) {
	switch k {
	case lCiphers:
		if s == sV3CipherSuites4Char {
			codes, _ := tls.ParseCipher4(w)
			return codes, false
		}
		codes, _ := tls.ParseV3CipherSuites(w)
		return codes, false
	case lV2:
		codes, _ := tls.ParseV2CipherSuites(w)
		return codes, false
	case lSigPairs, lSigPairsCert:
		if a, ok := tls.SigAlgByName(w); ok {
			return []tls.Code{{Value: a.Code, Raw: w}}, false
		}
		codes, _ := tls.ParseSigPairs(w)
		return codes, false
	default:
		if strings.EqualFold(w, "Any") {
			return nil, true
		}
		if g, ok := tls.GroupByName(w); ok {
			return []tls.Code{{Value: g.Code, Raw: w}}, false
		}
		codes, _ := tls.ParseGroups(w)
		return codes, false
	}
}

// attlsList builds list k from the effective settings: the codes of every
// coded parameter of the statement that holds them, in coded order (IBM:
// repeated parameters are concatenated), or the z/OS default.
func (c *tlsConf) attlsList(k listKind) *tlsList {
	slots := listSlots[k]
	name := slotNames[slots[0]].attls
	var coded []*policy.Setting
	for _, s := range slots {
		if st := c.set[s]; st != nil && st.Level != "default" {
			coded = append(coded, st)
		}
	}
	if len(coded) == 0 {
		return c.defaultList(k, name)
	}
	var objs []*policy.Object
	for _, st := range coded {
		if _, o := c.bp.ParamOf(st); o != nil && !containsObj(objs, o) {
			objs = append(objs, o)
		}
	}
	if len(objs) == 0 {
		// No statement behind the setting (a model built without source
		// positions): read the values of the setting.
		l := &tlsList{Kind: k, Name: coded[0].Name, setting: coded[0], level: coded[0].Level}
		for _, st := range coded {
			for _, v := range st.List {
				code, _, _ := strings.Cut(v, " ")
				l.Items = append(l.Items, tlsItem{Code: code, Pos: len(l.Items) + 1})
			}
		}
		return l
	}
	key := fmt.Sprintf("tls.list %d", k)
	for _, o := range objs {
		key += fmt.Sprintf(" %p", o)
	}
	return c.bp.Memo(key, func() any {
		l := &tlsList{Kind: k, setting: coded[0], level: coded[0].Level}
		for _, o := range objs {
			for _, prm := range o.Params {
				s, ok := slotOf[prm.Def.Name]
				if !ok || !inSlots(s, slots) || prm.Src == nil {
					continue
				}
				if l.first == nil {
					l.first, l.obj, l.Name = prm, o, prm.Def.Name
				}
				for _, w := range prm.Src.Values {
					codes, any := parseWord(k, s, w.Text)
					if any {
						l.Any = true
						continue
					}
					for _, cd := range codes {
						sp := w.Span
						if cd.Off >= 0 && cd.Off <= len(w.Text) && cd.Raw != w.Text {
							sp.Col += utf8.RuneCountInString(w.Text[:cd.Off])
							sp.EndLine = sp.Line
							sp.EndCol = sp.Col + utf8.RuneCountInString(cd.Raw)
						}
						l.Items = append(l.Items, tlsItem{Code: cd.Value, Pos: len(l.Items) + 1, Span: sp, prm: prm, obj: o})
					}
				}
			}
		}
		if l.Name == "" {
			l.Name = name
		}
		return l
	}).(*tlsList)
}

func containsObj(objs []*policy.Object, o *policy.Object) bool {
	for _, x := range objs {
		if x == o {
			return true
		}
	}
	return false
}

func inSlots(s slot, slots []slot) bool {
	for _, x := range slots {
		if x == s {
			return true
		}
	}
	return false
}

// envList builds list k from the environment file. Cipher suites come
// from GSK_V3_CIPHER_SPECS_EXPANDED when it is set (the applications that
// read these files select 4-character specs; GSK_V3_CIPHERS=
// GSK_V3_CIPHERS_CHAR2 turns that off), else from GSK_V3_CIPHER_SPECS,
// else System SSL's default list applies. Other lists not set are left to
// the application and not assessed.
func (c *tlsConf) envList(k listKind) *tlsList {
	var v *gskenv.Var
	two := false
	switch k {
	case lCiphers:
		x, y := c.envVar(sV3CipherSuites4Char), c.envVar(sV3CipherSuites)
		sel := c.env.Lookup("GSK_V3_CIPHERS")
		char2 := sel != nil && strings.EqualFold(strings.TrimSpace(sel.Value.Text), "GSK_V3_CIPHERS_CHAR2")
		switch {
		case x != nil && len(x.Codes) > 0 && !char2:
			v = x
		case y != nil && len(y.Codes) > 0:
			v, two = y, true
		}
		if v == nil {
			return c.defaultList(k, slotNames[sV3CipherSuites4Char].env)
		}
	default:
		v = c.envVar(listSlots[k][0])
		if v == nil || len(v.Codes) == 0 {
			return &tlsList{Kind: k, Name: slotNames[listSlots[k][0]].env, Absent: true}
		}
	}
	l := &tlsList{Kind: k, Name: v.Name.Text, v: v}
	for _, cd := range v.Codes {
		if cd.Bad {
			continue
		}
		code := cd.Code
		switch {
		case k == lCiphers && two:
			s, ok := tls.SuiteByCode2(code)
			if !ok {
				continue
			}
			code = s.Code4
		case k == lCiphers:
			if _, ok := tls.SuiteByCode(code); !ok {
				continue
			}
		case k == lSigPairs || k == lSigPairsCert:
			if _, ok := tls.SigAlgByCode(code); !ok {
				continue
			}
		case k == lV2:
			if _, ok := tls.V2ByCode(code); !ok {
				continue
			}
		default:
			if _, ok := tls.GroupByCode(code); !ok {
				continue
			}
		}
		l.Items = append(l.Items, tlsItem{Code: code, Pos: len(l.Items) + 1, Span: cd.Span})
	}
	return l
}

// --- reporting -------------------------------------------------------------

// fileStart is where a finding about an environment file as a whole stands.
func (c *tlsCtx) fileStart() source.Span {
	return source.FileStart(c.env.Name)
}

// attlsAffects completes a finding of an AT-TLS rule's configuration.
func (c *tlsCtx) attlsAffects(f *Finding, level string) *Finding {
	if f == nil {
		return nil
	}
	f.Affects = c.affects
	if !f.Uncertain {
		i := slices.Index(overLevels, level)
		if i < 0 {
			f.Uncertain, f.Why = overridableRule(c.rule, level)
			return f
		}
		if !c.over[i].done {
			c.over[i].ok, c.over[i].why = overridableRule(c.rule, level)
			c.over[i].done = true
		}
		f.Uncertain, f.Why = c.over[i].ok, c.over[i].why
	}
	return f
}

// ReportSetting reports on the setting of slot s: the statement that set
// it, the TTLSRule for a z/OS default, the variable's record (or the
// file's start when it is not set) in an environment file.
func (c *tlsCtx) ReportSetting(s slot, msg, hint string) *Finding {
	if c.env != nil {
		if v := c.envVar(s); v != nil {
			return c.p.ReportEnv(v.Span, v.Name.Text, msg, hint)
		}
		return c.p.ReportEnv(c.fileStart(), "", msg, hint)
	}
	if st := c.set[s]; st != nil && st.Level != "default" {
		if prm, o := c.p.ParamOf(st); prm != nil {
			return c.attlsAffects(c.p.ReportParam(prm, o, msg, hint), st.Level)
		}
		// No statement behind the setting (a model read from pasearch):
		// the rule, as for a default, but overridable as its level is.
		return c.reportRule(st.Level, msg, hint)
	}
	return c.ReportRule(msg, hint)
}

// ReportRule reports on the configuration as a whole: the TTLSRule, or
// the environment file's start.
func (c *tlsCtx) ReportRule(msg, hint string) *Finding {
	if c.env != nil {
		return c.p.ReportEnv(c.fileStart(), "", msg, hint)
	}
	return c.reportRule("default", msg, hint)
}

// reportRule reports on the TTLSRule about a value that comes from level.
func (c *tlsCtx) reportRule(level, msg, hint string) *Finding {
	if c.rule == nil {
		return nil
	}
	// Pass.ReportObject, with the rule's span and label computed once.
	f := &Finding{Span: c.ruleSpan, Message: msg, Hint: hint, Statement: c.ruleLabel, Uncertain: c.damaged, Why: c.ruleDamage[0]}
	c.p.Report(f)
	return c.attlsAffects(f, level)
}

// overLevels are the levels whose overridable result a configuration
// keeps (tlsConf.over).
var overLevels = []string{"connection", "environment", "group", "default"}

// ReportList reports on a list as a whole: where it is coded (its first
// parameter or the variable), or, for a default list, the TTLSRule or the
// file's start.
func (c *tlsCtx) ReportList(l *tlsList, msg, hint string) *Finding {
	if c.env != nil {
		if l.v != nil {
			return c.p.ReportEnv(l.v.Span, l.v.Name.Text, msg, hint)
		}
		return c.p.ReportEnv(c.fileStart(), "", msg, hint)
	}
	if l.first != nil {
		return c.attlsAffects(c.p.ReportParam(l.first, l.obj, msg, hint), l.level)
	}
	if l.setting != nil && !l.Default {
		return c.p.ReportSetting(c.e, l.setting, msg, hint)
	}
	return c.ReportRule(msg, hint)
}

// ReportItem reports on one code of a list: the code itself where it is
// written, or the list as a whole when it has no position.
func (c *tlsCtx) ReportItem(l *tlsList, it tlsItem, msg, hint string) *Finding {
	if it.Span.IsZero() {
		return c.ReportList(l, msg, hint)
	}
	if c.env != nil {
		return c.p.ReportEnv(it.Span, l.Name, msg, hint)
	}
	return c.attlsAffects(c.p.ReportAt(it.Span, it.prm, it.obj, msg, hint), l.level)
}

// ListDefault says why a default list applies, for messages: "no
// SignaturePairs is coded, so the z/OS default for zos-3.1 applies".
func (c *tlsConf) ListDefault(l *tlsList) string {
	if c.env != nil {
		return fmt.Sprintf("%s is not set, so System SSL's default list for %s applies", l.Name, c.rel)
	}
	return fmt.Sprintf("no %s is coded, so the z/OS default list for %s applies", l.Name, c.rel)
}

// once returns the message stored under key, made by fn the first time:
// what is said about a z/OS default is the same for every rule that keeps
// it, and a large policy has many such rules.
func (c *tlsCtx) once(key string, fn func() string) string {
	return c.p.Memo(key, func() any { return fn() }).(string)
}

// --- words -------------------------------------------------------------------

// suiteText names a suite: "TLS_RSA_WITH_AES_256_CBC_SHA256 (003D)".
func suiteText(s *tls.Suite) string { return s.ATTLSName() + " (" + s.Code4 + ")" }

// sigText names a signature pair: "0201 rsa_pkcs1_sha1".
func sigText(a *tls.SigAlg) string { return a.Code + " " + a.Name }

// groupText names a group: "0021 secp224r1".
func groupText(g *tls.Group) string { return g.Code + " " + g.Name }

// reasonWords explain the reason tags of model/tls.
var reasonWords = map[tls.Reason]string{
	tls.ReasonNull:       "no encryption (NULL)",
	tls.ReasonAnon:       "no authentication (anonymous)",
	tls.ReasonExport:     "export-strength keys",
	tls.ReasonRC4:        "RC4 (RFC 7465)",
	tls.ReasonRC2:        "RC2",
	tls.ReasonDES:        "single DES",
	tls.Reason3DES:       "3DES, a 64-bit block cipher (SWEET32)",
	tls.ReasonMD5MAC:     "an MD5 MAC",
	tls.ReasonSHA1MAC:    "a SHA-1 MAC",
	tls.ReasonCBC:        "CBC mode",
	tls.ReasonNoPFS:      "no forward secrecy",
	tls.ReasonStaticDH:   "static DH key exchange",
	tls.ReasonStaticECDH: "static ECDH key exchange",
	tls.ReasonFFDHE:      "finite-field DHE",
	tls.ReasonDSS:        "DSS authentication",
	tls.ReasonNotFIPS:    "not FIPS 140 approved",
	tls.ReasonSSLv2:      "SSL V2 only",
	tls.ReasonPKCS1v15:   "RSA PKCS#1 v1.5",
	tls.ReasonSHA224:     "SHA-224",
	tls.ReasonNotTLS13:   "not usable in TLS 1.3",
	tls.ReasonDSA:        "DSA",
	tls.ReasonSHA1:       "SHA-1",
	tls.ReasonRFC9155:    "forbidden in TLS 1.2 by RFC 9155",
	tls.ReasonMD5:        "MD5",
	tls.ReasonUnder256:   "under 256 bits",
	tls.Reason112Bit:     "112-bit security",
	tls.ReasonUnder224:   "under 224 bits",
	tls.Reason96Bit:      "96-bit security",
}

// reasonText joins the reasons that explain a grade, in the registry's
// order; skip leaves tags out (not-fips-approved is not a weakness).
func reasonText(rs []tls.Reason, skip ...tls.Reason) string {
	var parts []string
	for _, r := range rs {
		drop := false
		for _, s := range skip {
			drop = drop || r == s
		}
		if w, ok := reasonWords[r]; ok && !drop {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, ", ")
}

// joinMax lists at most n items, then "and k more".
func joinMax(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + fmt.Sprintf(" and %d more", len(items)-n)
}

// --- examples ----------------------------------------------------------------

// exTLS holds the parts of an example policy the TLS rules' examples vary.
type exTLS struct {
	// Role is the HandshakeRole (Server when empty).
	Role string
	// Group, Env, Adv and Sig are extra records (keyword and value) of the
	// group action, the environment action, its inline
	// TTLSEnvironmentAdvancedParms and its inline TTLSSignatureParms; an
	// empty Adv or Sig leaves the statement out.
	Group, Env, Adv, Sig []string
	// Ciphers are V3CipherSuites values, one record each; Cipher4 is a
	// V3CipherSuites4Char value. Both empty leave TTLSCipherParms out.
	Ciphers []string
	Cipher4 string
	// Rule is extra records of the TTLSRule.
	Rule []string
}

// rec formats one record: keyword padded so that values line up in
// column 31, as IBM's samples do.
func rec(indent int, kw, val string) string {
	pad := 30 - indent - len(kw)
	if pad < 1 {
		pad = 1
	}
	return strings.Repeat(" ", indent) + kw + strings.Repeat(" ", pad) + val + "\n"
}

// recs formats "Keyword value" pairs.
func recs(b *strings.Builder, indent int, lines []string) {
	for _, l := range lines {
		kw, val, _ := strings.Cut(l, " ")
		b.WriteString(rec(indent, kw, strings.TrimSpace(val)))
	}
}

// String writes the example as a Policy Agent policy: one rule, a group
// that enables AT-TLS and an environment with a SAF key ring.
func (x exTLS) String() string {
	var b strings.Builder
	role, dir, port := x.Role, "Inbound", "LocalPortRange 4000"
	if role == "" {
		role = roleServer
	}
	if role == roleClient {
		dir, port = "Outbound", "RemotePortRange 636"
	}
	b.WriteString(rec(0, "TTLSRule", "App-Rule"))
	b.WriteString("{\n")
	recs(&b, 2, []string{port, "Direction " + dir})
	recs(&b, 2, x.Rule)
	recs(&b, 2, []string{"TTLSGroupActionRef grp-on", "TTLSEnvironmentActionRef env-app"})
	b.WriteString("}\n")
	b.WriteString(rec(0, "TTLSGroupAction", "grp-on"))
	b.WriteString("{\n")
	recs(&b, 2, append([]string{"TTLSEnabled On"}, x.Group...))
	b.WriteString("}\n")
	b.WriteString(rec(0, "TTLSEnvironmentAction", "env-app"))
	b.WriteString("{\n")
	recs(&b, 2, []string{"HandshakeRole " + role})
	recs(&b, 2, x.Env)
	b.WriteString("  TTLSKeyringParms\n  {\n")
	recs(&b, 4, []string{"Keyring APPUSER/AppRing"})
	b.WriteString("  }\n")
	if len(x.Adv) > 0 {
		b.WriteString("  TTLSEnvironmentAdvancedParms\n  {\n")
		recs(&b, 4, x.Adv)
		b.WriteString("  }\n")
	}
	if len(x.Ciphers) > 0 || x.Cipher4 != "" {
		b.WriteString("  TTLSCipherParms\n  {\n")
		for _, c := range x.Ciphers {
			b.WriteString(rec(4, "V3CipherSuites", c))
		}
		if x.Cipher4 != "" {
			b.WriteString(rec(4, "V3CipherSuites4Char", x.Cipher4))
		}
		b.WriteString("  }\n")
	}
	if len(x.Sig) > 0 {
		b.WriteString("  TTLSSignatureParms\n  {\n")
		recs(&b, 4, x.Sig)
		b.WriteString("  }\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// Modern TLS settings the examples start from: TLS 1.2 only, ECDHE with
// AES-GCM.
var (
	exTLS12Only = []string{"TLSv1 Off", "TLSv1.1 Off", "TLSv1.2 On"}
	exGCM       = []string{"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"}
)

// protoKeys are the memo keys of the messages about default protocols.
var protoKeys = func() map[tls.Protocol]string {
	m := map[tls.Protocol]string{}
	for _, v := range tls.AllProtocols() {
		m[v] = "tls.msg default " + v.String()
	}
	return m
}()

// checkProtocolOn reports every configuration that enables protocol v,
// also when only the default enables it; why completes the message.
func checkProtocolOn(c *tlsCtx, v tls.Protocol, why, hint string) {
	st := c.Proto(v)
	if !st.On || st.FIPS {
		return
	}
	s := protoSlot[v]
	if !st.Coded {
		c.ReportSetting(s, c.once(protoKeys[v], func() string {
			return fmt.Sprintf("%s is enabled %s: %s", c.Name(s), c.Default(s), why)
		}), hint)
		return
	}
	c.ReportSetting(s, fmt.Sprintf("%s is enabled %s: %s", c.Name(s), c.Where(s), why), hint)
}

// suiteWhy explains a suite's grade from its reasons, naming the key
// exchange behind "no forward secrecy".
func suiteWhy(s *tls.Suite) string {
	why := reasonText(s.Reasons, tls.ReasonNotFIPS, tls.ReasonStaticDH, tls.ReasonStaticECDH)
	if s.HasReason(tls.ReasonNoPFS) {
		kx := map[tls.Kx]string{tls.KxRSA: "RSA", tls.KxRSAExport: "RSA export", tls.KxDH: "static DH", tls.KxECDH: "static ECDH"}[s.Kx]
		if kx != "" {
			why = strings.Replace(why, "no forward secrecy", "no forward secrecy ("+kx+" key exchange)", 1)
		}
	}
	return why
}

// suiteAt names a suite with its position and grade: "TLS_X (C02C,
// position 3, recommended)".
func suiteAt(s *tls.Suite, pos int) string {
	return fmt.Sprintf("%s (%s, position %d, %s)", s.ATTLSName(), s.Code4, pos, s.Grade)
}

// negotiableKept returns the items of a cipher list System SSL uses that
// can be negotiated with the enabled versions, with their suites.
func negotiableKept(l *tlsList, enabled tls.Protocols) ([]tlsItem, []*tls.Suite) {
	l.mu.Lock()
	n := l.neg[enabled]
	l.mu.Unlock()
	if n != nil {
		return n.items, n.suites
	}
	n = &negotiable{}
	for _, it := range l.Kept() {
		if s := it.Suite(); tls.Negotiable(s, enabled) {
			n.items = append(n.items, it)
			n.suites = append(n.suites, s)
		}
	}
	l.mu.Lock()
	if l.neg == nil {
		l.neg = map[tls.Protocols]*negotiable{}
	}
	l.neg[enabled] = n
	l.mu.Unlock()
	return n.items, n.suites
}

// reportMatching reports the items of l that match: each where it is
// written, or, for a default list, once, naming them all after what
// ("it offers SHA-1 pairs"). match returns the item's name and the
// message for a coded item.
func (c *tlsCtx) reportMatching(l *tlsList, match func(it tlsItem) (name, msg string, ok bool), what, hint string) {
	if l.Absent {
		return
	}
	if l.Default {
		msg := l.message(what, func() string {
			var names []string
			for _, it := range l.Kept() {
				if name, _, ok := match(it); ok {
					names = append(names, name)
				}
			}
			if len(names) == 0 {
				return ""
			}
			return fmt.Sprintf("%s, and %s: %s", c.ListDefault(l), what, strings.Join(names, ", "))
		})
		if msg != "" {
			c.ReportList(l, msg, hint)
		}
		return
	}
	var names []string
	for _, it := range l.Kept() {
		name, msg, ok := match(it)
		if !ok {
			continue
		}
		if l.Default {
			names = append(names, name)
			continue
		}
		c.ReportItem(l, it, msg, hint)
	}
	if len(names) > 0 {
		c.ReportList(l, fmt.Sprintf("%s, and %s: %s", c.ListDefault(l), what, strings.Join(names, ", ")), hint)
	}
}

// sigLists are the signature pair lists of a configuration.
func (c *tlsConf) sigLists() []*tlsList { return []*tlsList{c.List(lSigPairs), c.List(lSigPairsCert)} }

// ecc reports whether an (EC)DHE or ECDH suite of TLS 1.2 or earlier can
// be negotiated: the curve lists then matter.
func (c *tlsConf) ecc() bool {
	_, suites := negotiableKept(c.List(lCiphers), c.Enabled.Without(tls.TLS13))
	for _, s := range suites {
		if s.Kx == tls.KxECDHE || s.Kx == tls.KxECDH {
			return true
		}
	}
	return false
}

// groupLists returns the group lists that matter for the configuration:
// the client's curves and key shares for a client, the server's for a
// server, each only when a suite or protocol version uses it.
func (c *tlsConf) groupLists() []*tlsList {
	var out []*tlsList
	tls13, ecc := c.Enabled.Has(tls.TLS13), c.ecc()
	if c.Client() && (ecc || tls13) {
		out = append(out, c.List(lClientCurves))
	}
	if c.Client() && tls13 {
		out = append(out, c.List(lClientShares))
	}
	if c.Server() && ecc {
		out = append(out, c.List(lServerKex))
	}
	if c.Server() && tls13 {
		out = append(out, c.List(lServerShares))
	}
	return out
}

// rankInversions reports, for coded list l, each item followed by items
// of a better rank: rank returns an item's rank (lower is better) and its
// name, ok false for items to ignore.
func (c *tlsCtx) rankInversions(l *tlsList, rank func(it tlsItem) (int, string, bool), noun, hint string) {
	if l.Default || l.Absent {
		return
	}
	items := l.Kept()
	for i, a := range items {
		ra, na, ok := rank(a)
		if !ok {
			continue
		}
		var better []string
		for _, b := range items[i+1:] {
			if rb, nb, ok := rank(b); ok && rb < ra {
				better = append(better, fmt.Sprintf("%s (position %d)", nb, b.Pos))
			}
		}
		if len(better) > 0 {
			c.ReportItem(l, a, fmt.Sprintf("%s (position %d) comes before %s: %s", na, a.Pos, plural(len(better), "stronger "+noun), joinMax(better, 6)), hint)
		}
	}
}

// hasKx reports whether a suite with one of the key exchanges can be
// negotiated with the enabled versions.
func (c *tlsConf) hasKx(kxs ...tls.Kx) (*tls.Suite, bool) {
	_, suites := negotiableKept(c.List(lCiphers), c.Enabled)
	for _, s := range suites {
		for _, k := range kxs {
			if s.Kx == k {
				return s, true
			}
		}
	}
	return nil, false
}

// checkPeerMin reports a peer key minimum below want bits, for the
// configurations applies accepts. A z/OS default counts; an environment
// variable only when it is set.
func checkPeerMin(c *tlsCtx, s slot, want int, what string, applies func(c *tlsCtx) bool) {
	n, coded, ok := c.Int(s)
	if !ok || n >= want || !applies(c) {
		return
	}
	hint := c.once(slotNames[s].attls+" hint", func() string { return fmt.Sprintf("code %s %d or more", c.Name(s), want) })
	if !coded {
		c.ReportSetting(s, c.once(slotNames[s].attls+" default "+strconv.Itoa(n), func() string {
			return fmt.Sprintf("%s is %d %s: the peer may use %s under %d bits", c.Name(s), n, c.Default(s), what, want)
		}), hint)
		return
	}
	c.ReportSetting(s, fmt.Sprintf("%s is %d %s: the peer may use %s under %d bits", c.Name(s), n, c.Where(s), what, want), hint)
}
