package match

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"
)

// kind says how a dimension's points read.
type kind int

const (
	kFamily  kind = iota // 0 IPv4, 1 IPv6
	kAddr                // address, IPv4 in the low 32 bits
	kPort                // 0-65535
	kName                // job name or user ID
	kEnum                // index into Dim.Values
	kNumber              // plain number
	kPeriod              // yyyymmddhhmmss as a number
	kMonth               // 0-11
	kDay                 // 0-30 (day 1-31)
	kWeekday             // 0-6, Sunday first
	kMinute              // 0-1439
)

// Dim is one dimension of a family's space.
type Dim struct {
	// Name is what the dimension is called in messages.
	Name string
	// Key is the keyword of the dimension in a --connection or --packet
	// string (empty for dimensions set through another key).
	Key    string
	Max    Pt // the domain is Min..Max
	Min    Pt
	kind   kind
	Values []string // for kEnum
	// Time marks the dimensions of IpTimeCondition.
	Time bool
}

// Full is the whole domain of the dimension.
func (d *Dim) Full() Set { return Range(d.Min, d.Max) }

// Family is the kind of rule a space describes: AT-TLS connections or IP
// filter packets, each with its dimensions.
type Family struct {
	Name string
	Dims []Dim
}

// Full returns the cube holding every point.
func (f *Family) Full() Cube {
	c := make(Cube, len(f.Dims))
	for i := range f.Dims {
		c[i] = f.Dims[i].Full()
	}
	return c
}

// Dim finds a dimension by key or name.
func (f *Family) Dim(key string) int {
	for i, d := range f.Dims {
		if strings.EqualFold(d.Key, key) || strings.EqualFold(d.Name, key) {
			return i
		}
	}
	return -1
}

// The time dimensions both families end with. An IpTimeCondition is the
// AND of a time period, a month mask, a day-of-month mask (days counted
// from the start and from the end of the month), a weekday mask and a time
// of day, the model of DMTF's CIM_PolicyTimePeriodCondition whose property
// names IBM uses. znet treats these components as independent dimensions.
// Every real instant is a point of that product, so a rule covered in the
// product is covered at every instant (full shadowing is never claimed
// wrongly); combinations no calendar has (30 February) make znet miss some
// covers, never invent them. The dimensions are read in the one time zone
// the conditions are written in; when a policy mixes Local and UTC
// conditions, the UTC ones are not compared (see fixZones).
func timeDims() []Dim {
	return []Dim{
		{Name: "time period", Max: P(99991231235959), kind: kPeriod, Time: true},
		{Name: "month", Max: P(11), kind: kMonth, Time: true},
		{Name: "day of month", Max: P(30), kind: kDay, Time: true},
		{Name: "day from end of month", Max: P(30), kind: kDay, Time: true},
		{Name: "weekday", Max: P(6), kind: kWeekday, Time: true},
		{Name: "time of day", Max: P(1439), kind: kMinute, Time: true},
	}
}

// Indexes of the time dimensions relative to the first one.
const (
	tPeriod = iota
	tMonth
	tDayStart
	tDayEnd
	tWeekday
	tMinute
	nTime
)

var addrMax = Pt{H: ^uint64(0), L: ^uint64(0)}

// Dimensions of AT-TLS connections.
const (
	AFamily = iota
	ALocal
	ARemote
	ALocalPort
	ARemotePort
	AJob
	AUser
	ADirection
	ATime // first time dimension
)

// ATTLS is the family of AT-TLS rules: a connection is its two addresses
// (one IP version), ports (1-65535: no TCP connection has port 0, so
// LocalPortRange 1-1023 and 1024-65535 together cover LocalPortRange 0),
// the job name and user ID owning the socket, and its direction (Inbound:
// accepted, passive; Outbound: connected, active).
var ATTLS = &Family{
	Name: "AT-TLS",
	Dims: append([]Dim{
		{Name: "IP version", Max: P(1), kind: kFamily},
		{Name: "local address", Key: "local", Max: addrMax, kind: kAddr},
		{Name: "remote address", Key: "remote", Max: addrMax, kind: kAddr},
		{Name: "local port", Min: P(1), Max: P(65535), kind: kPort},
		{Name: "remote port", Min: P(1), Max: P(65535), kind: kPort},
		{Name: "job name", Key: "job", Min: nameMin, Max: nameMax, kind: kName},
		{Name: "user ID", Key: "user", Min: nameMin, Max: nameMax, kind: kName},
		{Name: "direction", Key: "dir", Max: P(1), kind: kEnum, Values: []string{"inbound", "outbound"}},
	}, timeDims()...),
}

// Dimensions of IP filter packets.
const (
	FFamily = iota
	FSource
	FDest
	FProtocol
	FSourcePort
	FDestPort
	FType
	FCode
	FDirection
	FConnect
	FRouting
	FSecClass
	FTime // first time dimension
)

// IPFilter is the family of IP filter rules: a packet is its source and
// destination address, protocol, ports (TCP and UDP; 0 for others), ICMP
// type and code (ICMP and ICMPv6; 0 for others), direction, which side
// opened its TCP connection, whether it is for this host or routed through
// it, and the security class of its interface.
var IPFilter = &Family{
	Name: "IP filter",
	Dims: append([]Dim{
		{Name: "IP version", Max: P(1), kind: kFamily},
		{Name: "source address", Key: "src", Max: addrMax, kind: kAddr},
		{Name: "destination address", Key: "dst", Max: addrMax, kind: kAddr},
		{Name: "protocol", Key: "proto", Max: P(255), kind: kNumber},
		{Name: "source port", Key: "sport", Max: P(65535), kind: kPort},
		{Name: "destination port", Key: "dport", Max: P(65535), kind: kPort},
		{Name: "ICMP type", Key: "type", Max: P(255), kind: kNumber},
		{Name: "ICMP code", Key: "code", Max: P(255), kind: kNumber},
		{Name: "direction", Key: "dir", Max: P(1), kind: kEnum, Values: []string{"inbound", "outbound"}},
		{Name: "connection opened", Key: "connect", Max: P(1), kind: kEnum, Values: []string{"inbound", "outbound"}},
		{Name: "routing", Key: "routing", Max: P(1), kind: kEnum, Values: []string{"local", "routed"}},
		{Name: "security class", Key: "secclass", Max: P(255), kind: kNumber},
	}, timeDims()...),
}

// timeBase is the index of the first time dimension of f.
func (f *Family) timeBase() int {
	if f == ATTLS {
		return ATime
	}
	return FTime
}

// v4Max is the largest IPv4 address in the address domain.
var v4Max = P(1<<32 - 1)

// addrPt returns the point of an address and its family (0 IPv4, 1 IPv6).
func addrPt(a netip.Addr) (Pt, int) {
	if a.Is4() {
		b := a.As4()
		return P(uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3])), 0
	}
	b := a.As16()
	var h, l uint64
	for i := 0; i < 8; i++ {
		h = h<<8 | uint64(b[i])
		l = l<<8 | uint64(b[8+i])
	}
	return Pt{H: h, L: l}, 1
}

// ptAddr turns a point back into an address of family fam.
func ptAddr(p Pt, fam int) netip.Addr {
	if fam == 0 {
		v := p.L
		return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
	}
	var b [16]byte
	for i := 0; i < 8; i++ {
		b[i] = byte(p.H >> (56 - 8*i))
		b[8+i] = byte(p.L >> (56 - 8*i))
	}
	return netip.AddrFrom16(b)
}

// FormatValue renders the value of dimension d in point p (the point's
// family dimension tells how to read addresses).
func (f *Family) FormatValue(p Point, d int) string {
	return f.formatPt(d, p[d], int(p[AFamily].L))
}

func (f *Family) formatPt(d int, v Pt, fam int) string {
	dim := &f.Dims[d]
	switch dim.kind {
	case kFamily:
		return []string{"IPv4", "IPv6"}[v.L&1]
	case kAddr:
		return ptAddr(v, fam).String()
	case kName:
		return decodeName(v.L)
	case kEnum:
		if int(v.L) < len(dim.Values) {
			return dim.Values[v.L]
		}
	case kMonth:
		return monthNames[v.L%12]
	case kDay:
		return strconv.FormatUint(v.L+1, 10)
	case kWeekday:
		return weekdayNames[v.L%7]
	case kMinute:
		return fmt.Sprintf("%02d:%02d", v.L/60, v.L%60)
	case kPeriod:
		s := fmt.Sprintf("%014d", v.L)
		return s[0:4] + "-" + s[4:6] + "-" + s[6:8] + " " + s[8:10] + ":" + s[10:12] + ":" + s[12:14]
	}
	return strconv.FormatUint(v.L, 10)
}

var (
	monthNames   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// FormatSet renders a set of dimension d for family fam.
func (f *Family) FormatSet(d int, s Set, fam int) string {
	dim := &f.Dims[d]
	if s.Empty() {
		return "nothing"
	}
	if dim.kind == kName {
		return formatNameSet(s)
	}
	if dim.kind == kAddr {
		max := v4Max
		if fam == 1 {
			max = addrMax
		}
		if s.Equal(Range(P(0), max)) {
			return "all " + []string{"IPv4", "IPv6"}[fam] + " addresses"
		}
	} else if s.Equal(dim.Full()) {
		return "any"
	}
	var parts []string
	for _, iv := range s {
		if iv.Lo == iv.Hi {
			parts = append(parts, f.formatPt(d, iv.Lo, fam))
			continue
		}
		if dim.kind == kAddr {
			if p, ok := asPrefix(iv, fam); ok {
				parts = append(parts, p.String())
				continue
			}
		}
		parts = append(parts, f.formatPt(d, iv.Lo, fam)+"-"+f.formatPt(d, iv.Hi, fam))
	}
	return strings.Join(parts, ",")
}

// asPrefix returns the prefix an address interval is, if it is one.
func asPrefix(iv Interval, fam int) (netip.Prefix, bool) {
	bitsN := 32
	if fam == 1 {
		bitsN = 128
	}
	size := iv.Hi.Sub(iv.Lo).Inc() // 0 when the whole 128-bit space
	var n int
	switch {
	case size == (Pt{}):
		n = 128
	case size.H == 0 && size.L&(size.L-1) == 0:
		n = trailingZeros(size.L)
	case size.L == 0 && size.H&(size.H-1) == 0:
		n = 64 + trailingZeros(size.H)
	default:
		return netip.Prefix{}, false
	}
	if n > bitsN {
		return netip.Prefix{}, false
	}
	// Lo must be aligned.
	if n < 64 && iv.Lo.L&(1<<uint(n)-1) != 0 || n >= 64 && (iv.Lo.L != 0 || n < 128 && iv.Lo.H&(1<<uint(n-64)-1) != 0) {
		return netip.Prefix{}, false
	}
	return netip.PrefixFrom(ptAddr(iv.Lo, fam), bitsN-n), true
}

func trailingZeros(v uint64) int {
	n := 0
	for v&1 == 0 && n < 64 {
		v >>= 1
		n++
	}
	return n
}
