package match

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// Preferred values for examples, used when a set holds them: they make
// example connections look like the ones in IBM's and the field samples'
// policies (a server at 10.1.1.2, a client at 10.1.0.2 on an ephemeral
// port).
var (
	prefLocal4  = netip.MustParseAddr("10.1.1.2")
	prefRemote4 = netip.MustParseAddr("10.1.0.2")
	prefLocal6  = netip.MustParseAddr("2001:db8::2")
	prefRemote6 = netip.MustParseAddr("2001:db8:1::2")
)

// pick returns pref when s holds it, else a plain value of s: the first
// interval's start, one above it when the interval is longer (the start
// of a prefix is its network address, port 0 is no port).
func pick(s Set, pref *Pt) Pt {
	if pref != nil && s.Has(*pref) {
		return *pref
	}
	iv := s[0]
	if iv.Lo.Less(iv.Hi) && iv.Lo.Inc().Less(iv.Hi) {
		return iv.Lo.Inc()
	}
	return iv.Lo
}

func ptr(p Pt) *Pt { return &p }

// Example returns a point of a non-empty cube chosen to read well, and
// the connection (AT-TLS) or packet (IP filter) it stands for in the
// syntax of `znet explain --connection/--packet`. hint names the job for
// a cube that does not limit job names (the rule's name, when it is a
// valid job name). When the cube limits time, the text holds a time
// inside the window if one is found within ten years of its start.
func (f *Family) Example(c Cube, hint string) (Point, string) {
	p := make(Point, len(f.Dims))
	p[AFamily] = c[AFamily].Lo()
	fam := int(p[AFamily].L)
	addrPref := func(a netip.Addr) *Pt {
		v, af := addrPt(a)
		if af != fam {
			return nil
		}
		return &v
	}
	if f == ATTLS {
		l, r := prefLocal4, prefRemote4
		if fam == 1 {
			l, r = prefLocal6, prefRemote6
		}
		p[ALocal] = pick(c[ALocal], addrPref(l))
		p[ARemote] = pick(c[ARemote], addrPref(r))
		p[ALocalPort] = pick(c[ALocalPort], ptr(P(4000)))
		p[ARemotePort] = pick(c[ARemotePort], ptr(P(50000)))
		var jp *Pt
		if v, err := encodeName(strings.ToUpper(hint)); err == nil {
			jp = ptr(P(v))
		} else if v, err := encodeName("APPLJOB"); err == nil {
			jp = ptr(P(v))
		}
		p[AJob] = pick(c[AJob], jp)
		up, _ := encodeName("USER1")
		p[AUser] = pick(c[AUser], ptr(P(up)))
		p[ADirection] = c[ADirection].Lo()
	} else {
		p[FDirection] = c[FDirection].Lo()
		l, r := prefLocal4, prefRemote4
		if fam == 1 {
			l, r = prefLocal6, prefRemote6
		}
		src, dst := r, l
		if p[FDirection] == P(1) {
			src, dst = l, r
		}
		p[FSource] = pick(c[FSource], addrPref(src))
		p[FDest] = pick(c[FDest], addrPref(dst))
		p[FProtocol] = pick(c[FProtocol], ptr(P(6)))
		proto := p[FProtocol].L
		if proto == 6 || proto == 17 {
			sp, dp := P(50000), P(4000)
			if p[FDirection] == P(1) {
				sp, dp = dp, sp
			}
			p[FSourcePort] = pick(c[FSourcePort], &sp)
			p[FDestPort] = pick(c[FDestPort], &dp)
		} else {
			p[FSourcePort] = pick(c[FSourcePort], ptr(P(0)))
			p[FDestPort] = pick(c[FDestPort], ptr(P(0)))
		}
		if proto == 1 || proto == 58 {
			p[FType], p[FCode] = c[FType].Lo(), c[FCode].Lo()
		} else {
			p[FType], p[FCode] = pick(c[FType], ptr(P(0))), pick(c[FCode], ptr(P(0)))
		}
		p[FConnect] = pick(c[FConnect], &p[FDirection])
		p[FRouting] = c[FRouting].Lo()
		p[FSecClass] = pick(c[FSecClass], ptr(P(0)))
	}
	tb := f.timeBase()
	for i := 0; i < nTime; i++ {
		p[tb+i] = c[tb+i].Lo()
	}
	when := ""
	if !f.timeFull(c) {
		if t, ok := f.instant(c); ok {
			last := time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
			v, _ := strconv.ParseUint(t.Format("20060102150405"), 10, 64)
			p[tb+tPeriod] = P(v)
			p[tb+tMonth] = P(uint64(t.Month() - 1))
			p[tb+tWeekday] = P(uint64(t.Weekday()))
			p[tb+tMinute] = P(uint64(t.Hour()*60 + t.Minute()))
			p[tb+tDayStart] = P(uint64(t.Day() - 1))
			p[tb+tDayEnd] = P(uint64(last - t.Day()))
			when = t.Format("2006-01-02T15:04")
		}
	}
	return p, f.PointText(p, when)
}

func (f *Family) timeFull(c Cube) bool {
	tb := f.timeBase()
	for i := 0; i < nTime; i++ {
		if !c[tb+i].Equal(f.Dims[tb+i].Full()) {
			return false
		}
	}
	return true
}

// instant finds a real time inside the cube's time sets, day by day from
// the start of its period (2025-01-01 when it has none).
func (f *Family) instant(c Cube) (time.Time, bool) {
	tb := f.timeBase()
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	per := c[tb+tPeriod]
	if !per.Equal(f.Dims[tb+tPeriod].Full()) {
		s := fmt.Sprintf("%014d", per.Lo().L)
		if t, err := time.Parse("20060102150405", s); err == nil {
			start = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	for i := 0; i < 3700; i++ {
		d := start.AddDate(0, 0, i)
		last := time.Date(d.Year(), d.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if !c[tb+tMonth].Has(P(uint64(d.Month()-1))) || !c[tb+tWeekday].Has(P(uint64(d.Weekday()))) ||
			!c[tb+tDayStart].Has(P(uint64(d.Day()-1))) || !c[tb+tDayEnd].Has(P(uint64(last-d.Day()))) {
			continue
		}
		for _, iv := range c[tb+tMinute] {
			for m := iv.Lo.L; m <= iv.Hi.L; m++ {
				t := d.Add(time.Duration(m) * time.Minute)
				v, _ := strconv.ParseUint(t.Format("20060102150405"), 10, 64)
				if per.Has(P(v)) {
					return t, true
				}
				if m-iv.Lo.L > 1440 {
					break
				}
			}
		}
	}
	return time.Time{}, false
}

// PointText renders a point as a --connection or --packet string; when is
// the time= value ("" for none).
func (f *Family) PointText(p Point, when string) string {
	fam := int(p[AFamily].L)
	if f == ATTLS {
		c := &Connection{
			Local:    netip.AddrPortFrom(ptAddr(p[ALocal], fam), uint16(p[ALocalPort].L)),
			Remote:   netip.AddrPortFrom(ptAddr(p[ARemote], fam), uint16(p[ARemotePort].L)),
			Job:      decodeName(p[AJob].L),
			User:     decodeName(p[AUser].L),
			Inbound:  p[ADirection] == P(0),
			TimeText: when,
		}
		return c.String()
	}
	pk := &Packet{
		Src: ptAddr(p[FSource], fam), Dst: ptAddr(p[FDest], fam),
		Proto: p[FProtocol].L, SPort: uint16(p[FSourcePort].L), DPort: uint16(p[FDestPort].L),
		Type: uint8(p[FType].L), Code: uint8(p[FCode].L),
		Inbound: p[FDirection] == P(0), ConnectInbound: p[FConnect] == P(0),
		Routed: p[FRouting] == P(1), SecClass: uint8(p[FSecClass].L), TimeText: when,
	}
	return pk.String()
}

// RealTime looks for a real instant to give point p: day by day from the
// date of p's time period value (2025-01-01 when that is not a date), at
// p's time of day, it sets p's time values from the instant and returns
// the first point accept takes, with its time= text.
func (f *Family) RealTime(p Point, accept func(Point) bool) (Point, string, bool) {
	starts := []time.Time{time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	if t, err := time.Parse("20060102150405", fmt.Sprintf("%014d", p[f.timeBase()+tPeriod].L)); err == nil && t.Year() > 1900 {
		starts = append(starts, time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
	}
	for _, start := range starts {
		if q, when, ok := f.realTimeFrom(p, start, accept); ok {
			return q, when, true
		}
	}
	return nil, "", false
}

func (f *Family) realTimeFrom(p Point, start time.Time, accept func(Point) bool) (Point, string, bool) {
	tb := f.timeBase()
	m := p[tb+tMinute].L
	for i := 0; i < 3700; i++ {
		d := start.AddDate(0, 0, i).Add(time.Duration(m) * time.Minute)
		last := time.Date(d.Year(), d.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
		q := append(Point(nil), p...)
		v, _ := strconv.ParseUint(d.Format("20060102150405"), 10, 64)
		q[tb+tPeriod] = P(v)
		q[tb+tMonth] = P(uint64(d.Month() - 1))
		q[tb+tWeekday] = P(uint64(d.Weekday()))
		q[tb+tDayStart] = P(uint64(d.Day() - 1))
		q[tb+tDayEnd] = P(uint64(last - d.Day()))
		if accept(q) {
			return q, d.Format("2006-01-02T15:04"), true
		}
	}
	return nil, "", false
}
