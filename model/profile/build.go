package tcpprofile

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
)

func (m *Profile) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	m.diags.Add(sp, sev, code, msg, hint)
}

// value turns a token of st into a Value, substituting system symbols
// whose values are known.
func (m *Profile) value(st *profile.Statement, t profile.Token) Value {
	v := Value{Text: t.Text, Span: st.TokenSpan(t)}
	if len(m.Options.Symbols) > 0 && t.Symbol() {
		if s := substitute(t.Text, m.Options.Symbols); s != t.Text {
			v.Text, v.Raw = s, t.Text
		}
	}
	return v
}

// symbol notes a value z/OS will substitute that znet cannot check.
func (m *Profile) symbol(v Value, what string) {
	key := fmt.Sprintf("%s:%d:%d", v.Span.File, v.Span.Line, v.Span.Col)
	if m.symbolsSeen[key] {
		return
	}
	m.symbolsSeen[key] = true
	m.diag(v.Span, source.Info, CodeSymbol,
		fmt.Sprintf("%s holds a system symbol, which z/OS substitutes when it reads the profile; znet cannot check %s", v.Text, what),
		"give znet the symbol's value to check it")
}

// substitute replaces &NAME. and &NAME by their values. A symbol name is
// letters, digits, '#', '$' or '@', not starting with a digit; the period
// ends the name and is dropped. z/OS system symbols have names of up to
// eight characters, or sixteen for long symbol names (unverified;
// &HOMEIPADDRESS1 of the ADCD profiles has fifteen).
func substitute(s string, vals map[string]string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '&' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i + 1
		for j < len(s) && j-i <= 16 && isSymChar(s[j]) {
			j++
		}
		name := strings.ToUpper(s[i+1 : j])
		v, ok := vals[name]
		if !ok || name == "" || (name[0] >= '0' && name[0] <= '9') {
			b.WriteByte('&')
			i++
			continue
		}
		b.WriteString(v)
		if j < len(s) && s[j] == '.' {
			j++
		}
		i = j
	}
	return b.String()
}

func isSymChar(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '#' || c == '$' || c == '@'
}

// parseAddr reads an address with an optional /prefix.
func parseAddr(v Value) Addr {
	a := Addr{Value: v, Prefix: -1}
	text := v.Text
	if i := strings.IndexByte(text, '/'); i >= 0 {
		n, err := strconv.Atoi(text[i+1:])
		if err != nil || n < 0 {
			return a
		}
		a.Prefix = n
		text = text[:i]
	}
	ip, err := netip.ParseAddr(text)
	if err != nil || ip.Zone() != "" {
		return a
	}
	if ip.Is4() && a.Prefix > 32 || a.Prefix > 128 {
		return a
	}
	if ip.Is4() && strings.Count(text, ".") != 3 {
		return a
	}
	a.IP = ip
	return a
}

// kw reports whether w spells keyword name (upper case) abbreviated to no
// fewer than min letters (0: in full).
func kw(w, name string, min int) bool {
	u := strings.ToUpper(w)
	if u == name {
		return true
	}
	return min > 0 && len(u) >= min && len(u) < len(name) && strings.HasPrefix(name, u)
}

// build reads every statement into the typed model.
func (m *Profile) build() {
	for _, s := range m.Statements {
		switch s.Name {
		case "DEVICE":
			m.device(s)
		case "LINK":
			m.link(s)
		case "INTERFACE":
			m.iface(s)
		case "HOME":
			m.home(s)
		case "START", "STOP", "PRIMARYINTERFACE":
			m.nameRef(s)
		case "BEGINROUTES":
			m.routes(s)
		case "BSDROUTINGPARMS":
			m.bsd(s)
		case "IPSEC":
			m.ipsec(s)
		case "TCPCONFIG", "IPCONFIG", "IPCONFIG6":
			m.config(s)
		case "INCLUDE":
		case "GATEWAY":
			m.diag(s.KeywordSpan(), source.Warning, CodeRemoved,
				"the GATEWAY statement is not supported from z/OS 2.3 on",
				"code the static routes in a BEGINROUTES block (IBM: TCPIPCS PROFILE prints them in that form)")
			m.Verbatim = append(m.Verbatim, s)
		default:
			m.Verbatim = append(m.Verbatim, s)
		}
	}
}

// args returns the statement's arguments, or reports that fewer than n
// were given (what names them).
func (m *Profile) args(s *profile.Statement, n int, what string) ([]profile.Token, bool) {
	a := s.Args()
	if len(a) < n {
		m.diag(s.Span(), source.Error, CodeMissing,
			fmt.Sprintf("%s needs %s", s.Name, what), "")
		return a, false
	}
	return a, true
}

// removedDevices are DEVICE types z/OS no longer supports (syntax
// reference, section E.2: ATM, CDLC, CLAW, HYPERchannel, SNALINK, X.25
// retired in 2.1/2.2; unverified spellings).
var removedDevices = map[string]bool{
	"ATM": true, "CDLC": true, "CLAW": true, "HCH": true, "SNAIUCV": true, "SNALINK": true,
	"SNALINK6": true, "X25NPSI": true,
}

func (m *Profile) device(s *profile.Statement) {
	a, ok := m.args(s, 2, "a device name and a device type")
	if !ok {
		return
	}
	d := &Device{Src: s, Name: m.value(s, a[0]), Type: m.value(s, a[1])}
	d.Kind = d.Type.Upper()
	if kw(d.Type.Text, "VIRTUAL", 4) { // IBM's TCPIPCS PROFILE output spells it VIRTual
		d.Kind = "VIRTUAL"
	}
	m.Devices = append(m.Devices, d)
	table, known := deviceParams[d.Kind]
	if !known {
		if removedDevices[d.Kind] {
			m.diag(d.Type.Span, source.Warning, CodeRemoved,
				fmt.Sprintf("DEVICE type %s is no longer supported by z/OS", d.Type.Text), "")
		} else if !d.Type.Symbolic() {
			m.diag(d.Type.Span, source.Warning, CodeNotModeled,
				fmt.Sprintf("DEVICE type %s is not one znet models (MPCIPA, MPCPTP, LCS, CTC, VIRTUAL); kept as written", d.Type.Text), "")
		}
		return
	}
	rest := a[2:]
	switch d.Kind {
	case "LCS", "CTC", "VIRTUAL":
		if len(rest) == 0 {
			m.diag(s.Span(), source.Error, CodeMissing,
				fmt.Sprintf("DEVICE %s %s needs a device number", d.Name.Text, d.Kind), "")
			return
		}
		d.Address = m.value(s, rest[0])
		rest = rest[1:]
	}
	pp := paramParser{m: m, st: s, what: "DEVICE " + d.Kind, table: table}
	d.Params = pp.parse(rest)
}

func (m *Profile) link(s *profile.Statement) {
	a, ok := m.args(s, 3, "a link name, a link type and a device name")
	if !ok {
		return
	}
	l := &Link{Src: s, Name: m.value(s, a[0]), Type: m.value(s, a[1])}
	l.Kind = l.Type.Upper()
	if kw(l.Type.Text, "VIRTUAL", 4) {
		l.Kind = "VIRTUAL"
	}
	m.Links = append(m.Links, l)
	if _, known := linkKinds[l.Kind]; !known {
		if !l.Type.Symbolic() {
			m.diag(l.Type.Span, source.Warning, CodeNotModeled,
				fmt.Sprintf("LINK type %s is not one znet models; kept as written", l.Type.Text), "")
		}
		return
	}
	rest := a[2:]
	switch l.Kind {
	case "VIRTUAL", "ETHERNET", "802.3", "ETHEROR802.3", "CTC":
		if len(rest) < 2 {
			m.diag(s.Span(), source.Error, CodeMissing,
				fmt.Sprintf("LINK %s %s needs a number and a device name", l.Name.Text, l.Type.Text), "")
			return
		}
		l.Number = m.value(s, rest[0])
		rest = rest[1:]
	}
	l.Device = m.value(s, rest[0])
	pp := paramParser{m: m, st: s, what: "LINK " + l.Type.Upper(), table: linkParams[l.Kind]}
	l.Params = pp.parse(rest[1:])
}

// interfaceActions are the INTERFACE actions: DEFINE and DELEte (IBM,
// "INTERFACE - VIRTUAL interfaces statement", verified); the IPv6 address
// actions (WSC Network Express deck, verified names; abbreviations
// unverified).
var interfaceActions = []struct {
	name string
	min  int
}{{"DEFINE", 0}, {"DELETE", 4}, {"ADDADDR", 0}, {"DELADDR", 0}, {"DEPRADDR", 0}, {"ADDTEMPPREFIX", 0}, {"DELTEMPPREFIX", 0}}

func (m *Profile) iface(s *profile.Statement) {
	a, ok := m.args(s, 2, "an interface name and DEFINE, DELETE or an address action")
	if !ok {
		if len(a) == 1 {
			m.Interfaces = append(m.Interfaces, &Interface{Src: s, Name: m.value(s, a[0])})
		}
		return
	}
	i := &Interface{Src: s, Name: m.value(s, a[0])}
	m.Interfaces = append(m.Interfaces, i)
	act := m.value(s, a[1])
	for _, x := range interfaceActions {
		if kw(act.Text, x.name, x.min) {
			i.Action = x.name
		}
	}
	switch i.Action {
	case "":
		m.diag(act.Span, source.Error, CodeBadValue,
			fmt.Sprintf("%q: INTERFACE %s must be followed by DEFINE, DELETE or an IPv6 address action", act.Text, i.Name.Text),
			"INTERFACE name DEFINE type parameters…")
		return
	case "DELETE":
		if len(a) > 2 {
			m.diag(m.value(s, a[2]).Span, source.Error, CodeExtraArg,
				fmt.Sprintf("INTERFACE %s DELETE takes no parameters", i.Name.Text), "")
		}
		return
	case "DEFINE":
	default:
		if len(a) < 3 {
			m.diag(act.Span, source.Error, CodeMissing, fmt.Sprintf("%s needs an IPv6 address or prefix", i.Action), "")
			return
		}
		for _, t := range a[2:] {
			i.Addresses = append(i.Addresses, parseAddr(m.value(s, t)))
		}
		return
	}
	if len(a) < 3 {
		m.diag(act.Span, source.Error, CodeMissing,
			fmt.Sprintf("INTERFACE %s DEFINE needs an interface type", i.Name.Text), "")
		return
	}
	i.Type = m.value(s, a[2])
	i.Kind = i.Type.Upper()
	table, known := intfParams[i.Kind]
	if !known {
		if !i.Type.Symbolic() {
			m.diag(i.Type.Span, source.Info, CodeNotModeled,
				fmt.Sprintf("INTERFACE type %s is not one znet models (IPAQENET, IPAQENET6, IPAQIDIO, IPAQIDIO6, VIRTUAL, VIRTUAL6, EQENET, EQENET6); kept as written", i.Type.Text), "")
		}
		return
	}
	pp := paramParser{m: m, st: s, what: "INTERFACE DEFINE " + i.Kind, table: table}
	i.Params = pp.parse(a[3:])
	if p := i.Params.Get("IPADDR"); p != nil {
		for _, v := range p.Values {
			i.Addresses = append(i.Addresses, parseAddr(v))
		}
	}
	for _, req := range intfRequired[i.Kind] {
		found := false
		for _, alt := range strings.Split(req, "|") {
			found = found || i.Params.Has(alt)
		}
		if !found {
			m.diag(s.KeywordSpan(), source.Error, CodeMissing,
				fmt.Sprintf("INTERFACE %s DEFINE %s needs %s", i.Name.Text, i.Kind, strings.ReplaceAll(req, "|", " or ")), "")
		}
	}
}

// home reads a HOME list: address and link name pairs, PRIMARY optional
// after a pair (IBM z/OS basics: "HOME 201.2.11.9 VIPALNK1 …", verified;
// PRIMARY from the syntax reference, unverified). HOME applies to IPv4
// links only (syntax reference, IBM conversion topics).
func (m *Profile) home(s *profile.Statement) {
	h := &Home{Src: s}
	m.Homes = append(m.Homes, h)
	a := withoutSeqNums(s.Args())
	for i := 0; i < len(a); i++ {
		t := a[i]
		if isPlaceholder(t.Text) {
			continue
		}
		v := m.value(s, t)
		if i+1 >= len(a) {
			m.diag(v.Span, source.Error, CodeMissing,
				fmt.Sprintf("HOME entry %s has no link name", v.Text), "HOME takes pairs: address link_name")
			break
		}
		e := HomeEntry{Src: s, Address: parseAddr(v), Link: m.value(s, a[i+1])}
		i++
		if i+1 < len(a) && strings.EqualFold(a[i+1].Text, "PRIMARY") {
			e.Primary = true
			i++
		}
		switch {
		case v.Symbolic():
			m.symbol(v, "the address")
		case !e.Address.Valid() || !e.Address.IP.Is4():
			m.diag(v.Span, source.Error, CodeBadValue,
				fmt.Sprintf("HOME entry %s is not an IPv4 address", v.Text), "HOME holds IPv4 addresses; IPv6 addresses go on INTERFACE statements")
		case e.Address.Prefix >= 0:
			m.diag(v.Span, source.Error, CodeBadValue,
				fmt.Sprintf("HOME entry %s has a prefix length; HOME takes the address alone", v.Text),
				"the subnet of a LINK comes from BSDROUTINGPARMS")
		}
		h.Entries = append(h.Entries, e)
	}
}

// withoutSeqNums drops sequence numbers, which the grammar reports.
func withoutSeqNums(toks []profile.Token) []profile.Token {
	for i, t := range toks {
		if t.SequenceNumber() {
			out := append([]profile.Token{}, toks[:i]...)
			for _, u := range toks[i+1:] {
				if !u.SequenceNumber() {
					out = append(out, u)
				}
			}
			return out
		}
	}
	return toks
}

func isPlaceholder(s string) bool { return len(s) >= 2 && strings.Trim(s, ".…") == "" || s == "…" }

func (m *Profile) nameRef(s *profile.Statement) {
	a, ok := m.args(s, 1, "a name")
	if !ok {
		return
	}
	r := &NameRef{Src: s, Verb: s.Name, Name: m.value(s, a[0])}
	switch s.Name {
	case "START":
		m.Starts = append(m.Starts, r)
	case "STOP":
		m.Stops = append(m.Stops, r)
	default:
		m.Primary = append(m.Primary, r)
	}
}

func (m *Profile) routes(s *profile.Statement) {
	rs := &Routes{Src: s}
	m.Routes = append(m.Routes, rs)
	if len(s.Args()) > 0 {
		m.diag(s.TokenSpan(s.Args()[0]), source.Error, CodeExtraArg,
			"BEGINROUTES takes no parameters: ROUTE statements follow it", "")
	}
	for _, b := range s.Body {
		if b.Name != "ROUTE" {
			continue
		}
		if r := m.route(b); r != nil {
			rs.Routes = append(rs.Routes, r)
		}
	}
}

// route reads ROUTE destination [mask] first_hop name MTU … (see
// routeParams for the sources).
func (m *Profile) route(s *profile.Statement) *Route {
	a, ok := m.args(s, 3, "a destination, a first hop and a link or interface name")
	if !ok {
		return nil
	}
	r := &Route{Src: s, Dest: m.value(s, a[0])}
	i := 1
	d := r.Dest.Upper()
	if d != "DEFAULT" && d != "DEFAULT6" && !strings.Contains(d, "/") && !r.Dest.Symbolic() {
		if ad := parseAddr(r.Dest); ad.Valid() && ad.IP.Is4() {
			// An IPv4 destination without /n takes a subnet mask, or HOST.
			if nx := m.value(s, a[1]); strings.EqualFold(nx.Text, "HOST") || strings.Count(nx.Text, ".") == 3 {
				r.Mask = nx
				i = 2
			}
		}
	}
	if d != "DEFAULT" && d != "DEFAULT6" && !r.Dest.Symbolic() {
		if ad := parseAddr(r.Dest); !ad.Valid() {
			m.diag(r.Dest.Span, source.Error, CodeBadValue,
				fmt.Sprintf("ROUTE destination %s is not DEFAULT, DEFAULT6 or an address", r.Dest.Text), "")
		}
	}
	if len(a) < i+2 {
		m.diag(s.Span(), source.Error, CodeMissing, "ROUTE needs a first hop (or =) and a link or interface name", "")
		return r
	}
	r.FirstHop = m.value(s, a[i])
	r.Name = m.value(s, a[i+1])
	if r.FirstHop.Text != "=" && !r.FirstHop.Symbolic() && !parseAddr(r.FirstHop).Valid() {
		m.diag(r.FirstHop.Span, source.Error, CodeBadValue,
			fmt.Sprintf("ROUTE first hop %s is neither = nor an address", r.FirstHop.Text), "")
	}
	pp := paramParser{m: m, st: s, what: "ROUTE", table: routeParams}
	r.Params = pp.parse(a[i+2:])
	if !r.Params.Has("MTU") {
		m.diag(s.KeywordSpan(), source.Error, CodeMissing,
			"ROUTE needs MTU (a size or DEFAULTSIZE)", "IBM's ROUTE examples all give MTU (required per the syntax reference, unverified)")
	}
	return r
}

// bsd reads BSDROUTINGPARMS TRUE|FALSE followed by entries of link_name
// maxmtu metric subnet_mask dest_addr (IBM, "BSDROUTINGPARMS statement"
// 2.2, and its examples: verified).
func (m *Profile) bsd(s *profile.Statement) {
	b := &BSDRoutingParms{Src: s}
	m.BSD = append(m.BSD, b)
	a := s.Args()
	if len(a) == 0 {
		m.diag(s.KeywordSpan(), source.Error, CodeMissing, "BSDROUTINGPARMS needs TRUE or FALSE", "")
		return
	}
	b.Flag = m.value(s, a[0])
	if !b.Flag.Is("TRUE") && !b.Flag.Is("FALSE") && !b.Flag.Symbolic() {
		m.diag(b.Flag.Span, source.Error, CodeBadValue,
			fmt.Sprintf("BSDROUTINGPARMS %s: TRUE or FALSE expected", b.Flag.Text), "")
	}
	rest := a[1:]
	for len(rest) >= 5 {
		e := BSDEntry{Link: m.value(s, rest[0]), MTU: m.value(s, rest[1]), Metric: m.value(s, rest[2]),
			Mask: m.value(s, rest[3]), Dest: m.value(s, rest[4])}
		b.Entries = append(b.Entries, e)
		rest = rest[5:]
	}
	if len(rest) > 0 {
		m.diag(m.value(s, rest[0]).Span, source.Error, CodeMissing,
			fmt.Sprintf("BSDROUTINGPARMS entry for %s is incomplete", rest[0].Text),
			"each entry is: link_name maxmtu metric subnet_mask dest_addr")
	}
}
