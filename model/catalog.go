// Package model is znet's knowledge of z/OS: the catalog of every Policy
// Agent statement and parameter, and the typed model built from syntax
// trees and YAML.
//
// The catalog is the single source of truth. Parser validation, lint, the
// JSON Schema, the emitter's canonical order and the rule documentation are
// all derived from it; nothing else in znet may hard-code a keyword list.
package model

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Release is a z/OS release whose Policy Agent differs from another's.
type Release int

// Releases znet knows. The zero Release means "all releases".
const (
	R24 Release = iota + 1 // z/OS 2.4
	R25                    // z/OS 2.5
	R31                    // z/OS 3.1
	R32                    // z/OS 3.2
)

// DefaultRelease is assumed when a system names none.
const DefaultRelease = R31

var releaseNames = map[Release]string{R24: "zos-2.4", R25: "zos-2.5", R31: "zos-3.1", R32: "zos-3.2"}

func (r Release) String() string {
	if n, ok := releaseNames[r]; ok {
		return n
	}
	if r == 0 {
		return "all releases"
	}
	return fmt.Sprintf("release(%d)", int(r))
}

// ParseRelease accepts zos-3.1, 3.1, V3R1 and v2r4 spellings.
func ParseRelease(s string) (Release, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.TrimPrefix(t, "zos-")
	t = strings.TrimPrefix(t, "z/os ")
	if len(t) == 4 && t[0] == 'v' && t[2] == 'r' {
		t = t[1:2] + "." + t[3:]
	}
	for r, n := range releaseNames {
		if n == "zos-"+t {
			return r, nil
		}
	}
	return 0, fmt.Errorf("unknown z/OS release %q (known: zos-2.4, zos-2.5, zos-3.1, zos-3.2)", s)
}

// Kind is the type of a parameter's value.
type Kind int

const (
	KText       Kind = iota + 1 // one word of free text (label, key ring, URL)
	KWords                      // free text that may hold blanks (CertificateLabel Zowe Server)
	KSecret                     // a password or key: never printed
	KEnum                       // one of Param.Enum, any case
	KInt                        // decimal integer in [Min, Max]
	KRef                        // name of a statement of one of Param.Ref kinds
	KAddr                       // one IPv4 or IPv6 address
	KAddrSpec                   // address, address/prefix, address-address, or All
	KPrefix                     // address/prefix
	KAddrRange                  // address-address
	KPortRange                  // n, n-m or "n m" (0 = all ports)
	KJobName                    // 1-8 character job name, '*' wildcard
	KUserID                     // 1-8 character user ID, '*' wildcard
	KCipher2                    // V3CipherSuites: a run of 2-char hex codes, or one cipher name
	KCipher4                    // V3CipherSuites4Char: a run of 4-char hex codes
	KCipherV2                   // V2CipherSuites: a run of 1-char SSLv2 codes
	KSigPairs                   // signature algorithm pairs: names or 4-hex codes
	KGroups                     // curves / key-share groups: names or 4-digit decimal codes (or Any)
	KPath                       // z/OS UNIX path or //'DSN(MEMBER)'
	KTimePeriod                 // yyyymmddhhmmss:yyyymmddhhmmss
	KTimeRange                  // hh:mm-hh:mm
	KMask                       // string of 0/1 bits of Param.Max length
	KKeywords                   // several words, each from Param.Enum (FLUSH PURGE 1800)
)

// Default is a parameter's value when it is not coded, from release Since
// on (0 = every release).
type Default struct {
	Since Release
	Value string
}

// Param describes one parameter of a statement.
type Param struct {
	// Name in IBM's documented spelling (TLSv1.2, HandshakeRole, 3DesKeyCheck).
	Name string
	Kind Kind
	// Enum lists allowed values in IBM's spelling, for KEnum/KKeywords.
	Enum []string
	// Min and Max bound KInt (and lengths of KText/KName where given).
	Min, Max int64
	// Words is how many value words the parameter takes at most (0 means
	// one); -1 means any number (KWords).
	Words int
	// Defaults in ascending release order; empty means "not considered"
	// when omitted (the condition or setting simply does not apply).
	Defaults []Default
	// Repeatable parameters may be coded several times; list parameters
	// (V3CipherSuites, SignaturePairs…) concatenate in coded order.
	Repeatable bool
	// Required parameters must be coded in the statement.
	Required bool
	// Ref lists the statement kinds a KRef parameter may name.
	Ref []string
	// Since is the first release with the parameter (0 = all known).
	Since Release
	// Doc is one sentence for users (schema descriptions, explain).
	Doc string
	// Cite names the IBM documentation topic the facts come from; it
	// says "unverified" where IBM's documentation could not confirm them.
	Cite string
}

// Naming says whether a statement carries a name.
type Naming int

const (
	NameRequired Naming = iota + 1 // always named (TTLSRule)
	NameInline                     // named at top level, name optional when coded inline
	NameNone                       // never named (DmConfig, IpFilterPolicy)
	NameValue                      // the "name" is a value such as a stack name (DmStackConfig TCPIP)
)

// Stmt describes one statement.
type Stmt struct {
	// Name in IBM's spelling (TTLSEnvironmentAction).
	Name string
	// Family: attls, common (IpAddr, PortRange… shared by AT-TLS and
	// IPSec), ipsec, main (PAGENT main config), image, dmd.
	Family string
	Naming Naming
	// Block is true for statements written with braces; false for
	// one-record statements (TcpImage, TTLSConfig, LogLevel).
	Block bool
	// TopLevel is true when the statement may stand at the outermost
	// level of a file of its family.
	TopLevel bool
	// Params in canonical (emit) order.
	Params []Param
	// Nested lists the statements that may be coded inline in the block.
	Nested []string
	// Since is the first release with the statement (0 = all known).
	Since Release
	Doc   string
	Cite  string
}

// Param finds a parameter of s by name, ignoring case.
func (s *Stmt) Param(name string) *Param {
	for i := range s.Params {
		if strings.EqualFold(s.Params[i].Name, name) {
			return &s.Params[i]
		}
	}
	return nil
}

// MayNest reports whether kind may be coded inline in s.
func (s *Stmt) MayNest(kind string) bool {
	for _, n := range s.Nested {
		if strings.EqualFold(n, kind) {
			return true
		}
	}
	return false
}

// DefaultFor returns p's default value on release r, and whether it has one.
func (p *Param) DefaultFor(r Release) (string, bool) {
	v, ok := "", false
	for _, d := range p.Defaults {
		if d.Since == 0 || d.Since <= r {
			v, ok = d.Value, true
		}
	}
	return v, ok
}

var catalog = map[string]*Stmt{}

// register adds statements to the catalog; the catalog_*.go files call it
// from init. A name registered twice is a bug caught at start-up.
func register(stmts ...*Stmt) {
	for _, s := range stmts {
		k := strings.ToLower(s.Name)
		if _, dup := catalog[k]; dup {
			panic("model: statement registered twice: " + s.Name)
		}
		catalog[k] = s
	}
}

// Lookup finds a statement by name, ignoring case. Names in IBM's
// spelling, which most callers have, are found without lower-casing them
// (it is asked for every statement of every file).
func Lookup(name string) *Stmt {
	if s, ok := bySpelling()[name]; ok {
		return s
	}
	return catalog[strings.ToLower(name)]
}

var bySpelling = sync.OnceValue(func() map[string]*Stmt {
	m := make(map[string]*Stmt, len(catalog))
	for _, s := range catalog {
		m[s.Name] = s
	}
	return m
})

// Statements lists the catalog, by family then name.
func Statements() []*Stmt {
	out := make([]*Stmt, 0, len(catalog))
	for _, s := range catalog {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Family != out[j].Family {
			return out[i].Family < out[j].Family
		}
		return out[i].Name < out[j].Name
	})
	return out
}
