package migrate

import (
	"fmt"
	"math/bits"
	"net/netip"
	"sort"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// Options change what Migrate does.
type Options struct {
	// Prefix gives the prefix length of the address of a converted link,
	// by link name in any case (what `znet migrate --prefix NAME=/n`
	// says). It wins over the subnet mask of the link's BSDROUTINGPARMS
	// entry. A name that is not converted is an error (MG111).
	Prefix map[string]int
}

// Result is what Migrate made of a profile.
type Result struct {
	// Files are every file of the profile (the main file, then each
	// included file), as read and as migrated.
	Files []File `json:"files"`
	// Conversions are the DEVICE/LINK pairs converted, in profile order.
	Conversions []*Conversion `json:"conversions"`
	// Diagnostics are the findings of the migration (MG1xx): pairs kept
	// or refused and why, what could not be carried.
	Diagnostics source.Diagnostics `json:"diagnostics"`
	// RefusedLinks are the LINK names of the pairs refused, in profile
	// order.
	RefusedLinks []string `json:"refusedLinks,omitempty"`
	// Obey are the members of a dynamic migration with VARY
	// TCPIP,,OBEYFILE, in the order to run them; nil when nothing is
	// converted.
	Obey []Member `json:"obey,omitempty"`
}

// File is one file of the profile before and after the migration.
type File struct {
	Name string `json:"name"`
	Old  []byte `json:"-"`
	New  []byte `json:"-"`
}

// Changed reports whether the migration changed the file.
func (f File) Changed() bool { return string(f.Old) != string(f.New) }

// Conversion is one DEVICE/LINK pair made an INTERFACE.
type Conversion struct {
	Interface  string `json:"interface"` // the LINK name, kept
	Type       string `json:"type"`      // IPAQENET, IPAQIDIO, VIRTUAL
	Device     string `json:"device"`
	DeviceType string `json:"deviceType"`
	LinkType   string `json:"linkType"`
	Address    string `json:"address"`
	// Prefix is the prefix length given to the address; -1 when unknown
	// (and for VIRTUAL, which takes none).
	Prefix     int    `json:"prefix"`
	PrefixFrom string `json:"prefixFrom,omitempty"` // "BSDROUTINGPARMS" or "--prefix"
	SourceVIPA string `json:"sourceVipa,omitempty"`
	// Carried are the parameters copied from the DEVICE and LINK, as
	// written; Dropped those with no INTERFACE equivalent.
	Carried []string `json:"carried,omitempty"`
	Dropped []string `json:"dropped,omitempty"`
	// Statement is the INTERFACE statement written (records joined by
	// line ends).
	Statement string `json:"statement"`
	// Rewrites are the changes made for the pair, with the source
	// statements they came from.
	Rewrites []Rewrite `json:"rewrites"`
	// Started says the profile starts the device (and so the interface).
	Started bool `json:"started"`
}

// Rewrite is one change to the profile.
type Rewrite struct {
	Span   source.Span `json:"span"`
	What   string      `json:"what"`   // DEVICE, LINK, HOME entry, HOME, START, STOP, BSDROUTINGPARMS entry, BSDROUTINGPARMS, PRIMARYINTERFACE
	Before string      `json:"before"` // as written ("" when added)
	After  string      `json:"after"`  // "" when removed
}

// Refused reports whether a pair was refused (a finding that leaves a
// convertible pair as it was), which `znet migrate` turns into exit code 1.
func (r *Result) Refused() bool {
	for _, d := range r.Diagnostics {
		if refusals[d.Code] {
			return true
		}
	}
	return false
}

// BadOptions reports findings about Options themselves (MG111).
func (r *Result) BadOptions() source.Diagnostics {
	var out source.Diagnostics
	for _, d := range r.Diagnostics {
		if d.Code == CodeBadPrefix {
			out = append(out, d)
		}
	}
	return out
}

// Changed returns the files the migration changed.
func (r *Result) Changed() []File {
	var out []File
	for _, f := range r.Files {
		if f.Changed() {
			out = append(out, f)
		}
	}
	return out
}

// targets maps DEVICE type / LINK type to the INTERFACE type IBM
// documents as its conversion (see the package documentation).
var targets = map[[2]string]string{
	{"MPCIPA", "IPAQENET"}: "IPAQENET",
	{"MPCIPA", "IPAQIDIO"}: "IPAQIDIO",
	{"VIRTUAL", "VIRTUAL"}: "VIRTUAL",
}

// whyNot says why a pair of these types has no INTERFACE form.
func whyNot(devKind, linkKind string) string {
	switch {
	case devKind == "MPCPTP" || linkKind == "MPCPTP":
		return "IPv4 MPCPTP (XCF, MPC point-to-point) has no INTERFACE form: INTERFACE DEFINE MPCPTP6 is IPv6 only"
	case devKind == "LCS" || linkKind == "ETHERNET" || linkKind == "802.3" || linkKind == "ETHEROR802.3":
		return "LCS devices have no INTERFACE form; IBM documents INTERFACE only for OSA-Express QDIO, HiperSockets and static VIPA"
	case devKind == "CTC" || linkKind == "CTC":
		return "CTC devices have no INTERFACE form; IBM documents INTERFACE only for OSA-Express QDIO, HiperSockets and static VIPA"
	}
	return fmt.Sprintf("IBM documents no INTERFACE form for DEVICE type %s with LINK type %s", devKind, linkKind)
}

// cand is a DEVICE/LINK pair of a convertible type.
type cand struct {
	dev     *tcpprofile.Device
	link    *tcpprofile.Link
	target  string
	home    []homeRef
	refused bool
	conv    *Conversion
	chpid   string
	srcVIPA string // link name of the source VIPA, as written
}

type homeRef struct {
	h *tcpprofile.Home
	e tcpprofile.HomeEntry
}

type bsdRef struct {
	b *tcpprofile.BSDRoutingParms
	e tcpprofile.BSDEntry
}

type migrator struct {
	p       *tcpprofile.Profile
	opt     Options
	res     *Result
	fileOf  map[*profile.Statement]*profile.File
	order   map[*profile.Statement]int
	edits   map[*profile.File]*fileEdit
	devs    map[string][]*tcpprofile.Device
	links   map[string][]*tcpprofile.Link
	linksOf map[string][]*tcpprofile.Link
	intfs   map[string][]*tcpprofile.Interface
	homeOf  map[string][]homeRef
	bsdOf   map[string][]bsdRef
	cands   []*cand
	byLink  map[string]*cand // accepted candidates by link name
	byDev   map[string]*cand
	nl      string
	// v6 are the IPv6 OSA and HiperSockets interfaces by "PORTNAME p"
	// and "CHPID xx"; direct the direct routes (first hop =) by link.
	v6     map[string][]*tcpprofile.Interface
	direct map[string][]*tcpprofile.Route
	// next is the statement after an edited one in its file.
	next map[*profile.Statement]*profile.Statement
	// homeList is the HOME list of the profile (Profile.HomeList).
	homeList []tcpprofile.HomeEntry
	// primaryLink is the link or interface that was the primary
	// interface before the migration (upper case), when known.
	primaryLink string
}

// Migrate converts the DEVICE/LINK pairs of p that have an INTERFACE
// equivalent and returns every file of the profile with the conversion
// applied, the report of what changed and why, and the OBEYFILE members
// for a running stack. p is not changed. A profile read as an OBEYFILE
// (Options.Obey) is migrated like an initial profile.
func Migrate(p *tcpprofile.Profile, opt Options) *Result {
	prefix := map[string]int{}
	for k, v := range opt.Prefix {
		prefix[strings.ToUpper(k)] = v
	}
	opt.Prefix = prefix
	nEdited := len(p.Devices) + len(p.Links) + len(p.Homes) + len(p.BSD) + len(p.Starts) + len(p.Stops) + len(p.Interfaces)
	m := &migrator{p: p, opt: opt, res: &Result{},
		fileOf:  make(map[*profile.Statement]*profile.File, nEdited),
		order:   make(map[*profile.Statement]int, nEdited),
		next:    make(map[*profile.Statement]*profile.Statement, nEdited),
		edits:   map[*profile.File]*fileEdit{},
		devs:    make(map[string][]*tcpprofile.Device, len(p.Devices)),
		links:   make(map[string][]*tcpprofile.Link, len(p.Links)),
		linksOf: make(map[string][]*tcpprofile.Link, len(p.Links)),
		intfs:   make(map[string][]*tcpprofile.Interface, len(p.Interfaces)),
		homeOf:  make(map[string][]homeRef, len(p.Links)),
		bsdOf:   make(map[string][]bsdRef, len(p.Links)),
		byLink:  make(map[string]*cand, len(p.Links)),
		byDev:   make(map[string]*cand, len(p.Links)),
		nl:      "\n",
		v6:      map[string][]*tcpprofile.Interface{},
		direct:  make(map[string][]*tcpprofile.Route, len(p.Links)),
	}
	m.index()
	m.candidates()
	m.refuse()
	m.scanReferences()
	m.sourceVIPAs()
	for _, c := range m.cands {
		if c.refused {
			m.res.RefusedLinks = append(m.res.RefusedLinks, c.link.Name.Text)
			continue
		}
		m.byLink[upper(c.link.Name)] = c
		m.byDev[upper(c.dev.Name)] = c
	}
	for _, c := range m.cands {
		if !c.refused {
			m.convert(c)
		}
	}
	m.startStop()
	m.primary()
	m.checkPrefixOptions()
	for _, f := range p.Files {
		old := f.Bytes()
		nf := File{Name: f.Name, Old: old, New: old}
		if e, ok := m.edits[f]; ok && e.changed() {
			nf.New = e.bytes()
		}
		m.res.Files = append(m.res.Files, nf)
	}
	m.obey()
	m.res.Diagnostics.Sort()
	return m.res
}

func upper(v tcpprofile.Value) string { return v.Upper() }

// raw is a value as written.
func raw(v tcpprofile.Value) string {
	if v.Raw != "" {
		return v.Raw
	}
	return v.Text
}

func (m *migrator) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	m.res.Diagnostics.Add(sp, sev, code, msg, hint)
}

func (m *migrator) index() {
	m.homeList = m.p.HomeList()
	// Only the statements the migration edits or orders need their file
	// and position: the maps stay small on a large profile.
	edited := func(s *profile.Statement) bool {
		switch s.Name {
		case "DEVICE", "LINK", "HOME", "BSDROUTINGPARMS", "START", "STOP", "INTERFACE":
			return true
		}
		return false
	}
	for _, f := range m.p.Files {
		for i, s := range f.Statements {
			if edited(s) {
				m.fileOf[s] = f
				if i+1 < len(f.Statements) {
					m.next[s] = f.Statements[i+1]
				}
			}
		}
	}
	for i, s := range m.p.Statements {
		if edited(s) {
			m.order[s] = i
		}
	}
	for _, d := range m.p.Devices {
		m.devs[upper(d.Name)] = append(m.devs[upper(d.Name)], d)
	}
	for _, l := range m.p.Links {
		m.links[upper(l.Name)] = append(m.links[upper(l.Name)], l)
		if l.Device.Text != "" {
			m.linksOf[upper(l.Device)] = append(m.linksOf[upper(l.Device)], l)
		}
	}
	for _, it := range m.p.Interfaces {
		if it.Action != "DEFINE" {
			continue
		}
		m.intfs[upper(it.Name)] = append(m.intfs[upper(it.Name)], it)
		switch it.Kind {
		case "IPAQENET6":
			if pn, ok := it.Params.Value("PORTNAME"); ok {
				m.v6["PORTNAME "+pn.Upper()] = append(m.v6["PORTNAME "+pn.Upper()], it)
			}
		case "IPAQIDIO6":
			if ch, ok := it.Params.Value("CHPID"); ok {
				m.v6["CHPID "+ch.Upper()] = append(m.v6["CHPID "+ch.Upper()], it)
			}
		}
	}
	for _, rs := range m.p.Routes {
		for _, r := range rs.Routes {
			if r.FirstHop.Text == "=" {
				m.direct[r.Name.Upper()] = append(m.direct[r.Name.Upper()], r)
			}
		}
	}
	for _, h := range m.p.Homes {
		for _, e := range h.Entries {
			m.homeOf[upper(e.Link)] = append(m.homeOf[upper(e.Link)], homeRef{h, e})
		}
	}
	for _, b := range m.p.BSD {
		for _, e := range b.Entries {
			m.bsdOf[upper(e.Link)] = append(m.bsdOf[upper(e.Link)], bsdRef{b, e})
		}
	}
	if len(m.p.Files) > 0 {
		m.nl = m.edit(m.p.Files[0]).nl
	}
}

func (m *migrator) edit(f *profile.File) *fileEdit {
	e, ok := m.edits[f]
	if !ok {
		e = newFileEdit(f)
		m.edits[f] = e
	}
	return e
}

func (m *migrator) editOf(s *profile.Statement) *fileEdit { return m.edit(m.fileOf[s]) }

// candidates finds the DEVICE/LINK pairs, reporting those of types that
// have no INTERFACE form.
func (m *migrator) candidates() {
	for _, d := range m.p.Devices {
		ls := m.linksOf[upper(d.Name)]
		if len(ls) == 0 {
			if d.Kind == "MPCIPA" || d.Kind == "VIRTUAL" {
				m.diag(d.Src.KeywordSpan(), source.Info, CodeNotConvertible,
					fmt.Sprintf("DEVICE %s %s has no LINK, so there is no interface to convert; kept as written", d.Name.Text, d.Type.Text),
					"without a LINK the device carries no address: remove it, or define its INTERFACE by hand")
			}
			continue
		}
		for _, l := range ls {
			if ds := m.devs[upper(d.Name)]; len(ds) > 1 && d != ds[0] {
				continue // a DEVICE defined twice is refused once (MG114)
			}
			t, ok := targets[[2]string{d.Kind, l.Kind}]
			if !ok {
				m.diag(l.Src.KeywordSpan(), source.Info, CodeNotConvertible,
					fmt.Sprintf("LINK %s %s on DEVICE %s %s is kept as DEVICE/LINK: %s", l.Name.Text, l.Type.Text, d.Name.Text, d.Type.Text, whyNot(d.Kind, l.Kind)), "")
				continue
			}
			m.cands = append(m.cands, &cand{dev: d, link: l, target: t})
		}
	}
}

// refuseWith marks c refused with a finding.
func (m *migrator) refuseWith(c *cand, sp source.Span, code, msg, hint string) {
	c.refused = true
	m.diag(sp, source.Error, code, fmt.Sprintf("LINK %s (DEVICE %s) is not converted: %s", c.link.Name.Text, c.dev.Name.Text, msg), hint)
}

// refuse applies the rules that leave a pair as it is.
func (m *migrator) refuse() {
	for _, c := range m.cands {
		d, l := c.dev, c.link
		if ls := m.linksOf[upper(d.Name)]; len(ls) > 1 {
			var names []string
			for _, x := range ls {
				if x != l {
					names = append(names, fmt.Sprintf("%s (line %d)", x.Name.Text, x.Name.Span.Line))
				}
			}
			hint := "IBM allows one LINK per MPCIPA device (\"Only one LINK statement can be specified for each MPCIPA device\"); a second one is an error in the profile, not a second VLAN: remove it, or define each VLAN as an INTERFACE with its own VLANID by hand"
			if d.Kind == "VIRTUAL" {
				hint = "IBM's conversion makes one INTERFACE of one DEVICE and one LINK: give each static VIPA a DEVICE of its own first"
			}
			m.refuseWith(c, l.Src.KeywordSpan(), CodeSecondLink,
				fmt.Sprintf("DEVICE %s also has LINK %s", d.Name.Text, strings.Join(names, ", ")), hint)
		}
		if ds := m.devs[upper(d.Name)]; len(ds) > 1 {
			m.refuseWith(c, ds[1].Name.Span, CodeDuplicate,
				fmt.Sprintf("DEVICE %s is defined twice (lines %d and %d)", d.Name.Text, ds[0].Name.Span.Line, ds[1].Name.Span.Line),
				"znet cannot tell which definition z/OS uses: keep one")
		}
		if ls := m.links[upper(l.Name)]; len(ls) > 1 {
			m.refuseWith(c, ls[1].Name.Span, CodeDuplicate,
				fmt.Sprintf("LINK %s is defined twice (lines %d and %d)", l.Name.Text, ls[0].Name.Span.Line, ls[1].Name.Span.Line),
				"znet cannot tell which definition z/OS uses: keep one")
		}
		if is := m.intfs[upper(l.Name)]; len(is) > 0 {
			m.refuseWith(c, is[0].Name.Span, CodeDuplicate,
				fmt.Sprintf("an INTERFACE named %s is already defined (%s)", l.Name.Text, is[0].Name.Span),
				"links and interfaces share one name space: rename one of them first")
		}
		if d.Src.Incomplete || l.Src.Incomplete {
			m.refuseWith(c, l.Src.KeywordSpan(), CodeDamaged, "its DEVICE or LINK statement is damaged by a syntax error",
				"mend the statement first")
		}
		m.unknownParams(c)
		m.fragileNext(c)
		if c.target == "IPAQENET" && strings.HasPrefix(d.Name.Upper(), "IUTIQD") {
			m.refuseWith(c, l.Type.Span, CodeCHPID,
				fmt.Sprintf("LINK %s is IPAQENET, but its DEVICE %s is named as a HiperSockets device (IUTIQDxx)", l.Name.Text, d.Name.Text),
				"a HiperSockets link is IPAQIDIO and an OSA-Express port is not named IUTIQDxx: correct the profile first")
		}
		if c.target == "IPAQIDIO" {
			n := d.Name.Upper()
			x := strings.TrimPrefix(n, "IUTIQD")
			if _, err := strconv.ParseUint(x, 16, 8); err != nil || len(x) != 2 || !strings.HasPrefix(n, "IUTIQD") {
				m.refuseWith(c, d.Name.Span, CodeCHPID,
					fmt.Sprintf("the HiperSockets DEVICE name %s is not IUTIQDxx, so znet does not know the CHPID the INTERFACE needs", d.Name.Text),
					"the DEVICE name of a HiperSockets link is IUTIQD followed by the CHPID in hexadecimal (IBM, EZZ0691I)")
			} else {
				c.chpid = d.Name.Text[len(d.Name.Text)-2:]
			}
		}
		c.home = m.homeOf[upper(l.Name)]
		switch {
		case len(c.home) == 0:
			m.refuseWith(c, l.Src.KeywordSpan(), CodeNoHome,
				"no HOME entry gives it an address, and znet does not invent one",
				fmt.Sprintf("add its address to HOME (HOME a.b.c.d %s), or define the INTERFACE by hand", l.Name.Text))
		case len(c.home) > 1:
			var as []string
			for _, h := range c.home {
				as = append(as, fmt.Sprintf("%s (line %d)", h.e.Address.Text, h.e.Address.Span.Line))
			}
			m.refuseWith(c, c.home[1].e.Address.Span, CodeManyHomes,
				"HOME gives it more than one address: "+strings.Join(as, ", "),
				"an IPv4 INTERFACE takes one IPADDR: keep one HOME entry for the link")
		default:
			a := c.home[0].e.Address
			if a.Prefix >= 0 || (!a.Valid() && !a.Symbolic()) {
				m.refuseWith(c, a.Span, CodeDamaged,
					fmt.Sprintf("its HOME address %s is not an IPv4 address as HOME takes it", a.Text), "HOME takes the address alone")
			}
			if c.home[0].h.Src.Incomplete {
				m.refuseWith(c, a.Span, CodeDamaged, "its HOME statement is damaged by a syntax error", "mend the statement first")
			}
		}
	}
}

// fragileNext refuses a pair when a statement after one the migration
// removes or replaces begins with a word znet reads as a statement only
// where a statement must begin (an abbreviation shorter than the one IBM
// documents, PR112, or an unknown word): after the statement that then
// precedes it, which takes any number of parameters, it would become a
// parameter.
func (m *migrator) fragileNext(c *cand) {
	check := func(s *profile.Statement, what string) {
		n := m.next[s]
		if n == nil || n.Placeholder {
			return
		}
		w := n.Keyword().Text
		if !n.Unknown && profile.Canonical(w) != "" {
			return
		}
		m.refuseWith(c, n.KeywordSpan(), CodeDamaged,
			fmt.Sprintf("%q after its %s (line %d) is a statement only where a statement must begin; once the %s changes, it would be read as a parameter", w, what, s.Keyword().Line, what),
			"spell the statement keyword in full, then migrate again")
	}
	check(c.dev.Src, "DEVICE")
	check(c.link.Src, "LINK")
	for _, h := range m.homeOf[upper(c.link.Name)] {
		check(h.h.Src, "HOME statement")
	}
	for _, b := range m.bsdOf[upper(c.link.Name)] {
		check(b.b.Src, "BSDROUTINGPARMS block")
	}
}

// unknownParams refuses a pair whose DEVICE or LINK has words the model
// did not read as parameters: znet cannot tell whether INTERFACE takes
// them.
func (m *migrator) unknownParams(c *cand) {
	check := func(s *profile.Statement, from int, ps tcpprofile.Params, what string) {
		used := map[[2]int]bool{}
		for _, p := range ps {
			used[[2]int{p.Key.Span.Line, p.Key.Span.Col}] = true
			for _, v := range p.Values {
				used[[2]int{v.Span.Line, v.Span.Col}] = true
			}
		}
		for i := from; i < len(s.Tokens); i++ {
			t := s.Tokens[i]
			if t.SequenceNumber() || used[[2]int{t.Line, t.Col}] {
				continue
			}
			m.refuseWith(c, s.TokenSpan(t), CodeUnknownParam,
				fmt.Sprintf("%s word %q is not a parameter znet knows, so it cannot tell whether INTERFACE takes it", what, t.Text),
				"correct or remove it, then migrate again")
			return
		}
	}
	d, l := c.dev, c.link
	// A value the LINK took that is a parameter of INTERFACE would be read
	// as that parameter once it follows INTERFACE (VLANID IPADDR).
	for _, p := range l.Params {
		for _, v := range p.Values {
			if interfaceWord(v.Text) {
				m.refuseWith(c, v.Span, CodeUnknownParam,
					fmt.Sprintf("LINK parameter %s has the value %q, which INTERFACE would read as its own parameter", p.Name, v.Text),
					"correct the value, then migrate again")
				return
			}
		}
	}
	from := 3
	if d.Kind == "VIRTUAL" {
		from = 4
	}
	check(d.Src, from, d.Params, "DEVICE")
	from = 4
	if l.Kind == "VIRTUAL" {
		from = 5
	}
	check(l.Src, from, l.Params, "LINK")
}

// interfaceWords are the parameters INTERFACE takes and LINK does not
// (model/profile's tables for INTERFACE IPAQENET and IPAQIDIO less those
// of LINK IPAQENET and IPAQIDIO; SOURCEVIPAINTERFACE may be abbreviated
// to SOURCEVIPAINT).
var interfaceWords = map[string]bool{
	"IPADDR": true, "PORTNAME": true, "CHPIDTYPE": true, "CHPID": true, "PORTNUMBER": true, "DEVNUM": true,
	"TEMPIP": true, "SMCR": true, "NOSMCR": true, "SMCD": true, "NOSMCD": true, "PFID": true,
	"SMCRIPADDR": true, "MTU": true, "INTFID": true, "DUPADDRDET": true, "TEMPPREFIX": true,
}

func interfaceWord(w string) bool {
	u := strings.ToUpper(w)
	return interfaceWords[u] || len(u) >= len("SOURCEVIPAINT") && strings.HasPrefix("SOURCEVIPAINTERFACE", u)
}

// scanReferences refuses pairs whose device or link is named where znet
// cannot rewrite the name: any statement but those the migration handles.
// The link name is kept as the interface name, so ROUTE, PKTTRACE,
// PRIMARYINTERFACE and SOURCEVIPAINTERFACE may keep naming it (IBM's tip
// in the conversion topics), except that a ROUTE cannot name a VIRTUAL
// interface (IBM, "INTERFACE - VIRTUAL interfaces statement", usage
// notes).
func (m *migrator) scanReferences() {
	type role struct {
		c    *cand
		link bool
	}
	names := map[string][]role{}
	for _, c := range m.cands {
		if c.refused {
			continue
		}
		names[upper(c.dev.Name)] = append(names[upper(c.dev.Name)], role{c, false})
		names[upper(c.link.Name)] = append(names[upper(c.link.Name)], role{c, true})
	}
	if len(names) == 0 {
		return
	}
	reported := map[*cand]bool{}
	report := func(r role, s *profile.Statement, t profile.Token, why, hint string) {
		if reported[r.c] {
			return
		}
		reported[r.c] = true
		what := "DEVICE " + r.c.dev.Name.Text
		if r.link {
			what = "LINK " + r.c.link.Name.Text
		}
		if why == "" {
			why = fmt.Sprintf("%s is named by %s at line %d, which znet cannot rewrite", what, stmtName(s), t.Line)
		}
		if hint == "" {
			hint = "change or remove that reference by hand, then migrate again"
			if s.Name == "DELETE" {
				hint = "an interface is deleted with INTERFACE name DELETE, not with DELETE LINK or DELETE DEVICE: change it by hand, then migrate again"
			}
		}
		m.refuseWith(r.c, s.TokenSpan(t), CodeReference, why, hint)
	}
	match := func(w string) []role {
		if rs, ok := names[strings.ToUpper(w)]; ok {
			return rs
		}
		if strings.ContainsAny(w, "=,()'") {
			var out []role
			for _, part := range strings.FieldsFunc(w, func(r rune) bool { return strings.ContainsRune("=,()'", r) }) {
				out = append(out, names[strings.ToUpper(part)]...)
			}
			return out
		}
		return nil
	}
	var walk func(s *profile.Statement)
	walk = func(s *profile.Statement) {
		switch s.Name {
		case "INCLUDE", "DEVICE", "LINK", "HOME", "START", "STOP", "PRIMARYINTERFACE", "BSDROUTINGPARMS", "INTERFACE":
			return
		case "ROUTE":
			if len(s.Tokens) > 1 {
				for _, t := range s.Tokens[1:] {
					for _, r := range match(t.Text) {
						if r.link && r.c.target == "VIRTUAL" {
							report(r, s, t, fmt.Sprintf("ROUTE at line %d names the static VIPA %s; a VIRTUAL interface name cannot be coded in BEGINROUTES", t.Line, r.c.link.Name.Text),
								"route over the interface that reaches the network, or keep the VIPA as DEVICE/LINK")
						}
					}
				}
			}
			return
		}
		for _, t := range s.Args() {
			for _, r := range match(t.Text) {
				if r.link && s.Name == "PKTTRACE" {
					continue
				}
				report(r, s, t, "", "")
			}
		}
		for _, b := range s.Body {
			walk(b)
		}
	}
	for _, f := range m.p.Files {
		for _, s := range f.Statements {
			walk(s)
		}
	}
}

func stmtName(s *profile.Statement) string {
	if s.Name != "" {
		return s.Name
	}
	return strings.ToUpper(s.Keyword().Text)
}

// sourceIP reports whether IPCONFIG SOURCEVIPA is in effect (the last of
// SOURCEVIPA and NOSOURCEVIPA given wins; unverified, as for any repeated
// parameter).
func (m *migrator) sourceIP() bool {
	on := false
	for _, c := range m.p.Configs {
		if c.Verb != "IPCONFIG" {
			continue
		}
		for _, f := range c.Flags {
			switch f.Text {
			case "SOURCEVIPA":
				on = true
			case "NOSOURCEVIPA":
				on = false
			}
		}
	}
	return on
}

// sourceVIPAs works out, with IPCONFIG SOURCEVIPA, the source VIPA of
// each link from the order of the HOME list (the static VIPA listed
// before a link is its source VIPA: IBM's HiperSockets conversion
// example), gives it to the converted links as SOURCEVIPAINTERFACE, and
// refuses to convert a static VIPA that a link staying DEVICE/LINK uses
// (IBM, VIRTUAL conversion topic: a static VIPA used as the source VIPA
// of an interface defined with DEVICE and LINK cannot be converted).
func (m *migrator) sourceVIPAs() {
	if !m.sourceIP() {
		return
	}
	linkOf := func(name string) *tcpprofile.Link {
		if ls := m.links[name]; len(ls) > 0 {
			return ls[0]
		}
		return nil
	}
	candOf := map[*tcpprofile.Link]*cand{}
	for _, c := range m.cands {
		candOf[c.link] = c
	}
	served := map[string][]tcpprofile.HomeEntry{} // VIPA link -> the entries it serves
	vipa := ""
	var vipaText string
	for _, e := range m.homeList {
		l := linkOf(upper(e.Link))
		if l == nil {
			continue
		}
		if l.Kind == "VIRTUAL" {
			vipa, vipaText = upper(e.Link), l.Name.Text
			continue
		}
		if vipa == "" {
			continue
		}
		served[vipa] = append(served[vipa], e)
		if c, ok := candOf[l]; ok {
			c.srcVIPA = vipaText
		}
	}
	isConverted := func(link string) bool {
		c, ok := candOf[linkOf(link)]
		return ok && !c.refused
	}
	for _, c := range m.cands {
		if c.refused || c.target != "VIRTUAL" {
			continue
		}
		var stay []string
		for _, e := range served[upper(c.link.Name)] {
			if !isConverted(upper(e.Link)) {
				stay = append(stay, fmt.Sprintf("%s (line %d)", e.Link.Text, e.Link.Span.Line))
			}
		}
		if len(stay) > 0 {
			verb := "stays"
			if len(stay) > 1 {
				verb = "stay"
			}
			m.refuseWith(c, c.link.Src.KeywordSpan(), CodeSourceVIPA,
				fmt.Sprintf("with IPCONFIG SOURCEVIPA it is the source VIPA of %s, which %s DEVICE/LINK (the VIPA comes before it in the HOME list)", strings.Join(stay, ", "), verb),
				"IBM does not allow converting a static VIPA that is the source VIPA of a DEVICE/LINK interface: convert those links first, or keep the VIPA as it is")
		}
	}
}

// maskPrefix turns a dotted subnet mask into a prefix length.
func maskPrefix(mask string) (int, bool) {
	a, err := netip.ParseAddr(mask)
	if err != nil || !a.Is4() {
		return 0, false
	}
	b := a.As4()
	v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	n := bits.LeadingZeros32(^v)
	if v == 0 || v<<n != 0 {
		return 0, false
	}
	return n, true
}

// convert makes the INTERFACE statement of c and records the edits.
func (m *migrator) convert(c *cand) {
	d, l := c.dev, c.link
	h := c.home[0]
	name := l.Name.Text
	cv := &Conversion{Interface: name, Type: c.target, Device: d.Name.Text, DeviceType: d.Kind, LinkType: l.Kind,
		Address: raw(h.e.Address.Value), Prefix: -1}
	c.conv = cv
	key := upper(l.Name)

	// Prefix length: --prefix, else the subnet mask of the link's
	// BSDROUTINGPARMS entry (the last one, as z/OS keeps the last of a
	// repeated definition; unverified).
	var bsdMask tcpprofile.Value
	bsdPrefix := -1
	if refs := m.bsdOf[key]; len(refs) > 0 {
		bsdMask = refs[len(refs)-1].e.Mask
		if n, ok := maskPrefix(bsdMask.Text); ok {
			bsdPrefix = n
		}
	}
	if c.target != "VIRTUAL" {
		if n, ok := m.opt.Prefix[key]; ok {
			cv.Prefix, cv.PrefixFrom = n, "--prefix"
			if bsdPrefix >= 0 && bsdPrefix != n {
				m.diag(bsdMask.Span, source.Warning, CodePrefixDiffers,
					fmt.Sprintf("--prefix %s=/%d differs from the subnet mask %s (/%d) of its BSDROUTINGPARMS entry; /%d is used", name, n, bsdMask.Text, bsdPrefix, n),
					"check which subnet the interface is really on")
			}
		} else if bsdPrefix >= 0 {
			cv.Prefix, cv.PrefixFrom = bsdPrefix, "BSDROUTINGPARMS"
		} else {
			hint := fmt.Sprintf("give the prefix length with --prefix %s=/n", name)
			if s := m.routePrefix(l, h.e.Address); s >= 0 {
				hint += fmt.Sprintf("; the direct route to %s suggests --prefix %s=/%d, but znet does not assume it", h.e.Address.Text, name, s)
			}
			if bsdMask.Text != "" {
				hint += fmt.Sprintf("; its BSDROUTINGPARMS subnet mask %s is not a mask znet can turn into a prefix", bsdMask.Text)
			}
			m.diag(h.e.Address.Span, source.Warning, CodeNoPrefix,
				fmt.Sprintf("INTERFACE %s gets IPADDR %s without a prefix length: z/OS then knows no subnet for it and netstat shows %s/0", name, cv.Address, cv.Address),
				hint)
		}
	}
	addr := cv.Address
	if cv.Prefix >= 0 {
		addr += "/" + strconv.Itoa(cv.Prefix)
	}

	// The records of the INTERFACE statement, and for each token of the
	// DEVICE and LINK the record it went to, so that a comment on its
	// record follows it.
	recs := []string{"INTERFACE " + name, "DEFINE " + c.target}
	type place struct{ line, col, rec int }
	var recOf []place
	at := func(v tcpprofile.Value, rec int) { recOf = append(recOf, place{v.Span.Line, v.Span.Col, rec}) }
	recAt := func(t profile.Token) int {
		for _, p := range recOf {
			if p.line == t.Line && p.col == t.Col {
				return p.rec
			}
		}
		return 0
	}
	switch c.target {
	case "IPAQENET":
		recs = append(recs, "CHPIDTYPE OSD", "IPADDR "+addr, "PORTNAME "+raw(d.Name))
		at(d.Name, len(recs)-1)
	case "IPAQIDIO":
		recs = append(recs, "IPADDR "+addr, "CHPID "+c.chpid)
		at(d.Name, len(recs)-1)
	case "VIRTUAL":
		recs = append(recs, "IPADDR "+addr)
	}
	linkRouter := false
	for _, p := range l.Params {
		if p.Name == "PRIROUTER" || p.Name == "SECROUTER" || p.Name == "NONROUTER" {
			linkRouter = true
		}
	}
	param := func(p tcpprofile.Param) {
		recs = append(recs, paramText(p))
		at(p.Key, len(recs)-1)
		for _, v := range p.Values {
			at(v, len(recs)-1)
		}
	}
	for _, p := range d.Params {
		w := paramText(p)
		switch p.Name {
		case "PRIROUTER", "SECROUTER", "NONROUTER":
			if linkRouter {
				cv.Dropped = append(cv.Dropped, w)
				m.diag(p.Key.Span, source.Warning, CodeDropped,
					fmt.Sprintf("DEVICE %s %s is dropped: LINK %s gives its own router option, which the INTERFACE keeps", d.Name.Text, w, name), "")
				continue
			}
			param(p)
			cv.Carried = append(cv.Carried, w)
		default:
			cv.Dropped = append(cv.Dropped, w)
			m.diag(p.Key.Span, source.Warning, CodeDropped,
				fmt.Sprintf("DEVICE %s %s has no INTERFACE equivalent and is dropped", d.Name.Text, w),
				"IBM's conversion steps copy the router option of the DEVICE only; znet found no AUTORESTART for INTERFACE (unverified)")
		}
	}
	for _, p := range l.Params {
		param(p)
		cv.Carried = append(cv.Carried, paramText(p))
	}
	if c.srcVIPA != "" && c.target != "VIRTUAL" {
		cv.SourceVIPA = c.srcVIPA
		recs = append(recs, "SOURCEVIPAINTERFACE "+c.srcVIPA)
	}
	cv.Statement = strings.Join(recs, "\n    ")
	// Comments on the records of the DEVICE and LINK go with the values
	// that were on them.
	notes := make([][]string, len(recs))
	for _, st := range []*profile.Statement{d.Src, l.Src} {
		e := m.editOf(st)
		first, _ := e.span(st)
		for k, t := range st.Tokens {
			if cm := e.trailing(first + k); cm != "" {
				r := recAt(t)
				notes[r] = append(notes[r], cm)
			}
		}
	}
	written := make([]string, len(recs))
	for i, r := range recs {
		written[i] = r
		if len(notes[i]) > 0 {
			written[i] += "   " + strings.Join(notes[i], " ")
		}
	}

	// Edits: the DEVICE goes, the INTERFACE takes the place of the LINK.
	m.editOf(d.Src).deleteStmt(d.Src)
	cv.Rewrites = append(cv.Rewrites, Rewrite{Span: d.Src.Span(), What: "DEVICE", Before: d.Src.Text()})
	le := m.editOf(l.Src)
	le.deleteStmt(l.Src)
	_, last := le.span(l.Src)
	le.repl[last] = append(le.repl[last], strings.Join(written, le.nl+"    "))
	cv.Rewrites = append(cv.Rewrites, Rewrite{Span: l.Src.Span(), What: "LINK", Before: l.Src.Text(), After: strings.Join(recs, " ")})

	// The HOME entry goes; an empty HOME statement with it.
	he := m.editOf(h.h.Src)
	ai := he.at(h.e.Address.Span.Line, h.e.Address.Span.Col)
	li := he.at(h.e.Link.Span.Line, h.e.Link.Span.Col)
	if ai >= 0 && li >= ai {
		end := li
		if h.e.Primary && li+1 < len(he.toks) && strings.EqualFold(he.toks[li+1].Text, "PRIMARY") {
			end = li + 1
		}
		for i := ai; i <= end; i++ {
			he.del[i] = true
		}
	}
	entry := raw(h.e.Address.Value) + " " + raw(h.e.Link)
	if h.e.Primary {
		entry += " PRIMARY"
	}
	cv.Rewrites = append(cv.Rewrites, Rewrite{Span: source.Cover(h.e.Address.Span, h.e.Link.Span), What: "HOME entry", Before: entry})
	if he.allArgsDeleted(h.h.Src, 1) {
		he.deleteStmt(h.h.Src)
		cv.Rewrites = append(cv.Rewrites, Rewrite{Span: h.h.Src.KeywordSpan(), What: "HOME", Before: "HOME",
			After: ""})
	}

	// The BSDROUTINGPARMS entries of the link go ("applies only to IPv4
	// interfaces defined with the LINK statement"); a block left empty
	// goes with them.
	for _, r := range m.bsdOf[key] {
		be := m.editOf(r.b.Src)
		i := be.at(r.e.Link.Span.Line, r.e.Link.Span.Col)
		j := be.at(r.e.Dest.Span.Line, r.e.Dest.Span.Col)
		if i < 0 || j < i {
			continue
		}
		for k := i; k <= j; k++ {
			be.del[k] = true
		}
		text := strings.Join([]string{raw(r.e.Link), raw(r.e.MTU), raw(r.e.Metric), raw(r.e.Mask), raw(r.e.Dest)}, " ")
		cv.Rewrites = append(cv.Rewrites, Rewrite{Span: source.Cover(r.e.Link.Span, r.e.Dest.Span), What: "BSDROUTINGPARMS entry", Before: text})
		if !r.e.MTU.Is("DEFAULTSIZE") || r.e.Metric.Text != "0" || r.e.Dest.Text != "0" {
			m.diag(r.e.Link.Span, source.Info, CodeBSDRemoved,
				fmt.Sprintf("the BSDROUTINGPARMS entry of %s goes with the LINK; its maxmtu %s, metric %s and destination %s are not carried", name, r.e.MTU.Text, r.e.Metric.Text, r.e.Dest.Text),
				"BSDROUTINGPARMS applies to LINKs only; IBM's HiperSockets conversion example carries only the subnet mask (as /n). Add MTU n to the INTERFACE if the link relied on the maxmtu")
		}
		if be.allArgsDeleted(r.b.Src, 2) {
			be.deleteStmt(r.b.Src)
			cv.Rewrites = append(cv.Rewrites, Rewrite{Span: r.b.Src.KeywordSpan(), What: "BSDROUTINGPARMS", Before: "BSDROUTINGPARMS " + raw(r.b.Flag) + " ... ENDBSDROUTINGPARMS"})
		}
	}

	// IPv4 and IPv6 on one port or CHPID.
	key6 := "PORTNAME " + upper(d.Name)
	if c.target == "IPAQIDIO" {
		key6 = "CHPID " + strings.ToUpper(c.chpid)
	}
	if c.target != "VIRTUAL" {
		for _, it := range m.v6[key6] {
			if c.target == "IPAQENET" {
				pn, _ := it.Params.Value("PORTNAME")
				m.diag(pn.Span, source.Warning, CodeDatapath,
					fmt.Sprintf("OSA port %s also carries IPv6 INTERFACE %s: once IPv4 is an INTERFACE too, each needs a DATAPATH device of its own in the TRLE", d.Name.Text, it.Name.Text),
					"check that the TRLE of the port lists a free DATAPATH device (IBM, SNA Network Implementation Guide: a separate DATAPATH device for each INTERFACE)")
				continue
			}
			ch, _ := it.Params.Value("CHPID")
			m.diag(ch.Span, source.Warning, CodeDatapath,
				fmt.Sprintf("HiperSockets CHPID %s also carries IPv6 INTERFACE %s: with IPv4 as an INTERFACE the stack has two connections to the CHPID and needs two DATAPATH devices", c.chpid, it.Name.Text),
				"IBM, IP Configuration Guide, HiperSockets concepts and connectivity")
		}
	}
	m.res.Conversions = append(m.res.Conversions, cv)
}

// paramText is a parameter with its values, as written.
func paramText(p tcpprofile.Param) string {
	parts := []string{raw(p.Key)}
	for _, v := range p.Values {
		parts = append(parts, raw(v))
	}
	return strings.Join(parts, " ")
}

// routePrefix returns the prefix length of a direct route (first hop =)
// over link l whose network holds a, or -1. It only feeds a hint.
func (m *migrator) routePrefix(l *tcpprofile.Link, a tcpprofile.Addr) int {
	if !a.Valid() {
		return -1
	}
	for _, r := range m.direct[upper(l.Name)] {
		n := -1
		dest := r.Dest.Text
		if i := strings.IndexByte(dest, '/'); i >= 0 {
			n, _ = strconv.Atoi(dest[i+1:])
			dest = dest[:i]
		} else if r.Mask.Text != "" {
			if p, ok := maskPrefix(r.Mask.Text); ok {
				n = p
			}
		}
		ip, err := netip.ParseAddr(dest)
		if err != nil || n < 1 || n > 32 {
			continue
		}
		if pf, err := ip.Prefix(n); err == nil && pf.Contains(a.IP) {
			return n
		}
	}
	return -1
}

// startStop makes START and STOP of a converted device name its
// interface (IBM, syntax reference E.4: START/STOP take the DEVICE name
// for DEVICE/LINK and the INTERFACE name for INTERFACE; the field notes:
// "Change the START from the port to the interface name").
func (m *migrator) startStop() {
	for _, list := range [][]*tcpprofile.NameRef{m.p.Starts, m.p.Stops} {
		for _, r := range list {
			c, ok := m.byDev[upper(r.Name)]
			if !ok {
				continue
			}
			e := m.editOf(r.Src)
			i := e.at(r.Name.Span.Line, r.Name.Span.Col)
			if i < 0 {
				continue
			}
			e.text[i] = c.conv.Interface
			if r.Verb == "START" {
				c.conv.Started = true
			}
			c.conv.Rewrites = append(c.conv.Rewrites, Rewrite{Span: r.Src.Span(), What: r.Verb,
				Before: r.Src.Text(), After: r.Verb + " " + c.conv.Interface})
		}
	}
}

// primary keeps the primary interface. Without a PRIMARYINTERFACE
// statement it is the HOME entry marked PRIMARY, else the first HOME
// entry, and with no HOME entry at all the first IPv4 INTERFACE of the
// profile (IBM, PRIMARYINTERFACE statement: "If the PRIMARYINTERFACE
// statement is not specified, then the first address in the HOME list is
// designated as the default local host. If no HOME statements are
// defined in the profile, PRIMARYINTERFACE defaults to the first IPv4
// INTERFACE statement listed in the profile"). When the primary link is
// converted and that default would then pick another interface, a
// PRIMARYINTERFACE statement naming it is added, after both the HOME
// statement and the INTERFACE.
func (m *migrator) primary() {
	if n := len(m.p.Primary); n > 0 {
		m.primaryLink = upper(m.p.Primary[n-1].Name)
		return
	}
	list := m.homeList
	if len(list) == 0 {
		return
	}
	e := list[0]
	for _, x := range list {
		if x.Primary {
			e = x
			break
		}
	}
	m.primaryLink = upper(e.Link)
	c, ok := m.byLink[m.primaryLink]
	if !ok {
		return
	}
	need := false
	for _, x := range list {
		if _, moved := m.byLink[upper(x.Link)]; !moved {
			need = true // another HOME entry would become the primary one
			break
		}
	}
	if !need {
		// No HOME entry is left: the first IPv4 INTERFACE is the primary.
		first, at := c, m.order[c.link.Src]
		for _, it := range m.p.Interfaces {
			if it.Action == "DEFINE" && it.Kind != "" && !it.IPv6() && m.order[it.Src] < at {
				first, at = nil, m.order[it.Src]
			}
		}
		for _, o := range m.byLink {
			if m.order[o.link.Src] < at {
				first, at = o, m.order[o.link.Src]
			}
		}
		need = first != c
	}
	if !need {
		return
	}
	var home *profile.Statement
	for _, h := range c.home {
		home = h.h.Src
	}
	after := c.link.Src
	if home != nil && m.fileOf[home] == m.fileOf[after] && m.order[home] > m.order[after] {
		after = home
	}
	text := "PRIMARYINTERFACE " + c.conv.Interface
	m.editOf(after).insertAfter(after, text)
	why := "the first HOME entry"
	if e.Primary {
		why = "the HOME entry marked PRIMARY"
	}
	c.conv.Rewrites = append(c.conv.Rewrites, Rewrite{Span: after.Span(), What: "PRIMARYINTERFACE",
		After: text + " (added: " + why + " was the primary interface, and without it another would be)"})
}

// checkPrefixOptions reports --prefix values that name nothing converted.
func (m *migrator) checkPrefixOptions() {
	keys := make([]string, 0, len(m.opt.Prefix))
	for k := range m.opt.Prefix {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		n := m.opt.Prefix[k]
		name := ""
		if len(m.p.Files) > 0 {
			name = m.p.Files[0].Name
		}
		sp := source.FileStart(name)
		var c *cand
		for _, x := range m.cands {
			if upper(x.link.Name) == strings.ToUpper(k) {
				c = x
			}
		}
		ok := c != nil
		switch {
		case n < 0 || n > 32:
			m.diag(sp, source.Error, CodeBadPrefix, fmt.Sprintf("--prefix %s=/%d: an IPv4 prefix length is 0 to 32", k, n), "")
		case !ok:
			m.diag(sp, source.Error, CodeBadPrefix, fmt.Sprintf("--prefix %s names no link that is converted", k),
				"give the LINK name of a pair that converts (it becomes the interface name)")
		case c.target == "VIRTUAL":
			m.diag(sp, source.Error, CodeBadPrefix, fmt.Sprintf("--prefix %s names a static VIPA; INTERFACE VIRTUAL takes one address without a prefix length", k), "")
		}
	}
}

// ParsePrefix reads a --prefix value, NAME=/n or NAME=n.
func ParsePrefix(s string) (string, int, error) {
	i := strings.LastIndexByte(s, '=')
	if i <= 0 {
		return "", 0, fmt.Errorf("--prefix %q: want NAME=/n (the link name and a prefix length)", s)
	}
	name, v := s[:i], strings.TrimPrefix(s[i+1:], "/")
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > 32 {
		return "", 0, fmt.Errorf("--prefix %q: the prefix length must be a number from 0 to 32", s)
	}
	return strings.ToUpper(name), n, nil
}
