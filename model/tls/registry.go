package tls

import (
	"fmt"
	"sort"
	"strings"
)

// Indexes over the tables, built once at start-up. Keys are upper case
// (codes, suite and pair names) or folded (group names, see foldGroup).
var (
	suiteByCode4 = map[string]*Suite{}
	suiteByCode2 = map[string]*Suite{}
	suiteByName  = map[string]*Suite{}
	// suiteByNum and suiteByLow serve the parsers: the IANA value, and the
	// low byte of the suites that have a 2-character code.
	suiteByNum   codeTable[Suite]
	suiteByLow   [256]*Suite
	suitesSorted []*Suite
	// suiteNameList holds every IANA suite name, for did-you-mean.
	suiteNameList []string

	v2ByCode = map[string]*V2Suite{}
	v2ByName = map[string]*V2Suite{}

	sigByCode = map[string]*SigAlg{}
	sigByName = map[string]*SigAlg{}
	sigByNum  codeTable[SigAlg]

	groupByCode = map[string]*Group{}
	groupByIANA codeTable[Group]
	groupByName = map[string]*Group{}
)

func init() {
	for i := range suiteTable {
		s := &suiteTable[i]
		mustAdd(suiteByCode4, s.Code4, s)
		suiteByNum.put(mustHex(s.Code4), s)
		if s.Code2 != "" {
			mustAdd(suiteByCode2, s.Code2, s)
			suiteByLow[mustHex(s.Code2)] = s
		}
		mustAdd(suiteByName, s.Name, s)
		if s.ZOSName != "" {
			mustAdd(suiteByName, s.ZOSName, s)
		}
		suitesSorted = append(suitesSorted, s)
		suiteNameList = append(suiteNameList, s.Name)
	}
	sort.SliceStable(suitesSorted, func(i, j int) bool { return suitesSorted[i].Order < suitesSorted[j].Order })
	for i := range v2Table {
		v := &v2Table[i]
		mustAdd(v2ByCode, v.Code, v)
		mustAdd(v2ByName, v.Name, v)
	}
	for i := range sigAlgTable {
		a := &sigAlgTable[i]
		mustAdd(sigByCode, a.Code, a)
		sigByNum.put(mustHex(a.Code), a)
		mustAdd(sigByName, a.Name, a)
		if a.ZOSName != "" {
			mustAdd(sigByName, a.ZOSName, a)
		}
	}
	for i := range groupTable {
		g := &groupTable[i]
		mustAdd(groupByCode, g.Code, g)
		groupByIANA.put(g.IANA, g)
		mustAdd(groupByName, foldGroup(g.Name), g)
		if g.ZOSName != "" && foldGroup(g.ZOSName) != foldGroup(g.Name) {
			mustAdd(groupByName, foldGroup(g.ZOSName), g)
		}
		for _, a := range g.Aliases {
			mustAdd(groupByName, foldGroup(a), g)
		}
	}
}

// mustAdd indexes v under the upper-cased key; a key indexed twice is a bug
// in the tables, caught at start-up.
func mustAdd[T any](m map[string]*T, key string, v *T) {
	k := strings.ToUpper(key)
	if _, dup := m[k]; dup {
		panic("tls: registered twice: " + key)
	}
	m[k] = v
}

// codeTable maps a 16-bit code to an entry with two array lookups; the
// parsers use it instead of a map, which costs a hash per code.
type codeTable[T any] [256]*[256]*T

func (t *codeTable[T]) get(n uint16) *T {
	if page := t[n>>8]; page != nil {
		return page[n&0xff]
	}
	return nil
}

// put adds v under n; a code added twice is a bug in the tables.
func (t *codeTable[T]) put(n uint16, v *T) {
	if t[n>>8] == nil {
		t[n>>8] = new([256]*T)
	}
	if t[n>>8][n&0xff] != nil {
		panic(fmt.Sprintf("tls: code %04X registered twice", n))
	}
	t[n>>8][n&0xff] = v
}

// mustHex reads a code of the tables as a hex number.
func mustHex(code string) uint16 {
	n, bad := hexVal(code)
	if bad >= 0 || len(code) == 0 {
		panic("tls: code is not hex: " + code)
	}
	return n
}

// foldGroup normalises a group name for lookup: upper case, without
// blanks, hyphens and underscores, so that P-256, p256 and NIST P-256's
// short forms meet.
func foldGroup(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if r == '-' || r == '_' || r == ' ' || r == '\t' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SuiteByCode finds a suite by its 4-character code, in any case ("c02c").
func SuiteByCode(code4 string) (*Suite, bool) {
	s, ok := suiteByCode4[strings.ToUpper(strings.TrimSpace(code4))]
	return s, ok
}

// SuiteByCode2 finds a suite by its 2-character code, in any case ("2f").
func SuiteByCode2(code2 string) (*Suite, bool) {
	s, ok := suiteByCode2[strings.ToUpper(strings.TrimSpace(code2))]
	return s, ok
}

// SuiteByName finds a suite by its IANA name or AT-TLS constant, in any
// case.
func SuiteByName(name string) (*Suite, bool) {
	s, ok := suiteByName[strings.ToUpper(strings.TrimSpace(name))]
	return s, ok
}

// Suites returns every suite in canonical order (best first, the Order
// field). The slice is the caller's; the suites are shared and must not be
// modified.
func Suites() []*Suite { return append([]*Suite(nil), suitesSorted...) }

// V2ByCode finds an SSL V2 cipher by its 1-character code.
func V2ByCode(code string) (*V2Suite, bool) {
	v, ok := v2ByCode[strings.ToUpper(strings.TrimSpace(code))]
	return v, ok
}

// V2ByName finds an SSL V2 cipher by its AT-TLS constant, in any case.
func V2ByName(name string) (*V2Suite, bool) {
	v, ok := v2ByName[strings.ToUpper(strings.TrimSpace(name))]
	return v, ok
}

// V2Suites returns the SSL V2 ciphers in code order.
func V2Suites() []*V2Suite {
	out := make([]*V2Suite, len(v2Table))
	for i := range v2Table {
		out[i] = &v2Table[i]
	}
	return out
}

// SigAlgByCode finds a signature algorithm pair by its 4-character hex code,
// in any case.
func SigAlgByCode(code string) (*SigAlg, bool) {
	a, ok := sigByCode[strings.ToUpper(strings.TrimSpace(code))]
	return a, ok
}

// SigAlgByName finds a signature algorithm pair by its IANA name
// (rsa_pss_rsae_sha256) or the name pasearch prints
// (TLS_SIGALG_SHA256_WITH_RSASSA_PSS), in any case.
func SigAlgByName(name string) (*SigAlg, bool) {
	a, ok := sigByName[strings.ToUpper(strings.TrimSpace(name))]
	return a, ok
}

// SigAlgs returns every signature algorithm pair, best first.
func SigAlgs() []*SigAlg {
	out := make([]*SigAlg, len(sigAlgTable))
	for i := range sigAlgTable {
		out[i] = &sigAlgTable[i]
	}
	return out
}

// GroupByCode finds a group by its z/OS code: 4 DECIMAL digits ("0023").
// It does not accept hex ("0017"); ParseGroups explains that mistake.
func GroupByCode(code string) (*Group, bool) {
	g, ok := groupByCode[strings.TrimSpace(code)]
	return g, ok
}

// GroupByIANA finds a group by its IANA NamedGroup number.
func GroupByIANA(n uint16) (*Group, bool) {
	g := groupByIANA.get(n)
	return g, g != nil
}

// GroupByName finds a group by its IANA name (secp256r1, x25519), the
// spelling pasearch prints (X25519) or a common alias (prime256v1, P-256,
// nistp256, curve25519), ignoring case, blanks, hyphens and underscores.
func GroupByName(name string) (*Group, bool) {
	g, ok := groupByName[foldGroup(name)]
	return g, ok
}

// Groups returns every group, best first.
func Groups() []*Group {
	out := make([]*Group, len(groupTable))
	for i := range groupTable {
		out[i] = &groupTable[i]
	}
	return out
}

// Negotiable reports whether s can be negotiated with one of the enabled
// protocol versions. A nil suite is never negotiable.
func Negotiable(s *Suite, enabled Protocols) bool {
	return s != nil && s.Protocols.Overlaps(enabled)
}

// Stronger reports whether a is preferable to b: a's rank is strictly
// lower. Suites of equal rank are equally good (their differences are
// cosmetic), so neither is stronger than the other.
func Stronger(a, b *Suite) bool { return a.Rank < b.Rank }

// Inverted reports whether listing earlier before later is an ordering
// defect under the enabled protocol versions: later is Stronger than
// earlier and both can be negotiated in one enabled version, so a peer
// supporting both gets the worse suite. Suites of different versions (a
// TLS 1.2 suite and a TLS 1.3 suite) never compete: the version is
// settled first.
func Inverted(earlier, later *Suite, enabled Protocols) bool {
	if earlier == nil || later == nil {
		return false
	}
	common := earlier.Protocols & later.Protocols & enabled
	return common != 0 && Stronger(later, earlier)
}

// Dedup splits codes into those System SSL uses and the later duplicates
// it ignores: IBM documents that when a cipher is listed more than once the
// first instance is used and the others are ignored (TTLSCipherParms,
// z/OS 3.1). Codes compare by Value.
func Dedup(codes []Code) (kept, dropped []Code) {
	seen := make(map[string]bool, len(codes))
	for _, c := range codes {
		if seen[c.Value] {
			dropped = append(dropped, c)
			continue
		}
		seen[c.Value] = true
		kept = append(kept, c)
	}
	return kept, dropped
}

// IdealLists are the preference lists znet proposes, derived from the
// ranks (best first).
type IdealLists struct {
	// TLS13Suites: drop 1303 under FIPS140.
	TLS13Suites []string
	// TLS12Suites: ECDHE with AES-GCM only.
	TLS12Suites []string
	// TLS12Legacy: ECDHE with CBC and SHA-2, to append only for peers that
	// lack AES-GCM.
	TLS12Legacy []string
	// SignaturePairs: ECDSA, RSA-PSS, then RSA PKCS#1 v1.5 with SHA-2.
	SignaturePairs []string
	// KexCurves for ClientECurves / ServerKexECurves.
	KexCurves []string
	// ServerKeyShares and ClientKeyShares for TLS 1.3.
	ServerKeyShares []string
	ClientKeyShares []string
}

// Ideal returns znet's proposed lists; the slices are the caller's.
func Ideal() IdealLists {
	return IdealLists{
		TLS13Suites:     []string{"1302", "1301", "1303"},
		TLS12Suites:     []string{"C02C", "C02B", "C030", "C02F"},
		TLS12Legacy:     []string{"C024", "C023", "C028", "C027"},
		SignaturePairs:  []string{"0403", "0503", "0603", "0804", "0805", "0806", "0401", "0501", "0601"},
		KexCurves:       []string{"0023", "0024", "0025"},
		ServerKeyShares: []string{"0029", "0023", "0024", "0025"},
		ClientKeyShares: []string{"0023", "0029"},
	}
}
