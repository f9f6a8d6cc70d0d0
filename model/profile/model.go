package tcpprofile

import (
	"net/netip"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
)

// Value is one word of a statement as z/OS reads it: system symbols
// substituted when their values were given (Options.Symbols), with the
// position of the word as written.
type Value struct {
	Text string      `json:"text" yaml:"text"`
	Raw  string      `json:"raw,omitempty" yaml:"raw,omitempty"` // as written, when it differs from Text
	Span source.Span `json:"span" yaml:"span"`
}

// Symbolic reports whether the value still holds a system symbol znet
// could not substitute.
func (v Value) Symbolic() bool { return profile.HasSymbol(v.Text) }

// Is compares the value with an upper-case keyword, ignoring case.
func (v Value) Is(kw string) bool { return strings.EqualFold(v.Text, kw) }

// Upper is the value in upper case: z/OS translates the profile to upper
// case before reading it, except in the few parameters that allow mixed
// case.
func (v Value) Upper() string { return strings.ToUpper(v.Text) }

// Addr is an IP address with an optional prefix length, as IPADDR and
// HOME write it.
type Addr struct {
	Value
	IP     netip.Addr `json:"-" yaml:"-"`           // zero when the text is not an address
	Prefix int        `json:"prefix" yaml:"prefix"` // -1 when no /n was written
}

// Valid reports whether the text is an address.
func (a Addr) Valid() bool { return a.IP.IsValid() }

// Param is one parameter of a statement with its values.
type Param struct {
	Name   string  `json:"name" yaml:"name"` // canonical
	Key    Value   `json:"key" yaml:"key"`   // as written
	Values []Value `json:"values,omitempty" yaml:"values,omitempty"`
}

// Params are the parameters of a statement in the order written.
type Params []Param

// Get returns the last parameter called name (z/OS keeps the last of a
// repeated parameter; unverified), or nil.
func (ps Params) Get(name string) *Param {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].Name == name {
			return &ps[i]
		}
	}
	return nil
}

// Has reports whether the parameter was given.
func (ps Params) Has(name string) bool { return ps.Get(name) != nil }

// Value returns the first value of parameter name, and whether there is
// one.
func (ps Params) Value(name string) (Value, bool) {
	if p := ps.Get(name); p != nil && len(p.Values) > 0 {
		return p.Values[0], true
	}
	return Value{}, false
}

// Device is a DEVICE statement.
type Device struct {
	Src    *profile.Statement `json:"-" yaml:"-"`
	Name   Value
	Type   Value // MPCIPA, MPCPTP, LCS, CTC, VIRTUAL (as written; Kind is canonical)
	Kind   string
	Params Params
	// Address is the device number or address LCS and CTC devices take,
	// or the 0 of a VIRTUAL device.
	Address Value
}

// Link is a LINK statement.
type Link struct {
	Src    *profile.Statement `json:"-" yaml:"-"`
	Name   Value
	Type   Value  // IPAQENET, IPAQIDIO, MPCPTP, ETHERNET, 802.3, ETHERor802.3, CTC, VIRTUAL
	Kind   string // canonical type
	Device Value
	// Number is the adapter number of an LCS link, the read/write
	// indicator of a CTC link, the 0 of a VIRTUAL link.
	Number Value
	Params Params
}

// Interface is an INTERFACE statement.
type Interface struct {
	Src    *profile.Statement `json:"-" yaml:"-"`
	Name   Value
	Action string // DEFINE, DELETE, ADDADDR, DELADDR, DEPRADDR, ADDTEMPPREFIX, DELTEMPPREFIX
	Type   Value  // for DEFINE: IPAQENET, IPAQENET6, IPAQIDIO, IPAQIDIO6, VIRTUAL, VIRTUAL6, EQENET, EQENET6…
	Kind   string // canonical type ("" unless DEFINE)
	Params Params
	// Addresses are the IPADDR values (for ADDADDR and the like, the
	// address the action names).
	Addresses []Addr
}

// IPv6 reports whether the interface type is an IPv6 one.
func (i *Interface) IPv6() bool { return strings.HasSuffix(i.Kind, "6") }

// HomeEntry is one address of a HOME list.
type HomeEntry struct {
	Src     *profile.Statement `json:"-" yaml:"-"`
	Address Addr
	Link    Value
	Primary bool
}

// Home is a HOME statement.
type Home struct {
	Src     *profile.Statement `json:"-" yaml:"-"`
	Entries []HomeEntry
}

// NameRef is a statement that names one device, link or interface:
// START, STOP, PRIMARYINTERFACE.
type NameRef struct {
	Src  *profile.Statement `json:"-" yaml:"-"`
	Verb string             // START, STOP, PRIMARYINTERFACE
	Name Value
}

// Route is a ROUTE statement of a BEGINROUTES block.
type Route struct {
	Src      *profile.Statement `json:"-" yaml:"-"`
	Dest     Value              // DEFAULT, DEFAULT6, an address, address/len
	Mask     Value              // the subnet mask, when written after an IPv4 destination
	FirstHop Value              // "=" or an address
	Name     Value              // link or interface
	Params   Params
}

// Routes is a BEGINROUTES block.
type Routes struct {
	Src    *profile.Statement `json:"-" yaml:"-"`
	Routes []*Route
}

// BSDEntry is one link of a BSDROUTINGPARMS block.
type BSDEntry struct {
	Link, MTU, Metric, Mask, Dest Value
}

// BSDRoutingParms is a BSDROUTINGPARMS block.
type BSDRoutingParms struct {
	Src     *profile.Statement `json:"-" yaml:"-"`
	Flag    Value              // TRUE or FALSE
	Entries []BSDEntry
}

// AddrSpec is the source or destination of a default filter rule: an
// address, address/prefix, a range a - b, or * for any.
type AddrSpec struct {
	Any   bool
	From  Addr
	To    Addr // for a range
	Range bool
}

// FilterRule is an IPSECRULE or IPSEC6RULE statement of the IPSEC block.
type FilterRule struct {
	Src      *profile.Statement `json:"-" yaml:"-"`
	IPv6     bool
	Source   AddrSpec
	Dest     AddrSpec
	Log      bool
	Protocol Value // "*" when omitted
	// SrcPort, DestPort (TCP, UDP), Type and Code (ICMP, ICMPv6, OSPF)
	// are "*" or one or two numbers (a range); nil when not given.
	SrcPort, DestPort, Type, Code []Value
	Params                        Params
	Routing                       string // LOCAL, ROUTED, EITHER
	Direction                     string // BIDIRECTIONAL, INBOUND, OUTBOUND
	SecClass                      int
}

// IPSec is the IPSEC block.
type IPSec struct {
	Src    *profile.Statement `json:"-" yaml:"-"`
	Params Params
	Rules  []*FilterRule
}

// Config is a TCPCONFIG, IPCONFIG or IPCONFIG6 statement.
type Config struct {
	Src  *profile.Statement `json:"-" yaml:"-"`
	Verb string             // TCPCONFIG, IPCONFIG, IPCONFIG6
	// Flags are the parameters the other checks use, as given in full:
	// TTLS, NOTTLS (TCPCONFIG), IPSECURITY (IPCONFIG, IPCONFIG6),
	// SOURCEVIPA, NOSOURCEVIPA.
	Flags []Value
	// Params are the parameters read with the statement's table
	// (config.go), sub-parameters (DATAGRAMFWD's FWDMULTIPATH) after
	// their parameter; words that are no parameters are left out.
	Params Params
}

// Has reports whether a modelled flag was given.
func (c *Config) Has(flag string) bool {
	for _, f := range c.Flags {
		if f.Text == flag {
			return true
		}
	}
	return false
}

// Include is an INCLUDE statement and what became of it.
type Include struct {
	Src  *profile.Statement `json:"-" yaml:"-"`
	Ref  Value
	Path string // the file read, "" when it could not be
}
