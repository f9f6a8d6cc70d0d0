package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// Netstat report kinds.
const (
	NetstatHome     = "home"
	NetstatDevlinks = "devlinks"
)

// Netstat is a `netstat home` (HOME/-h) or `netstat devlinks` (DEvlinks/-d)
// report: the stack's interfaces, links and devices with their types,
// ports, addresses and status. IBM, IP System Administrator's Commands,
// "Netstat DEvlinks/-d report" and "Netstat HOme/-h report" (HOME shows
// LnkName/LinkName for DEVICE/LINK definitions and IntfName for
// INTERFACE definitions).
type Netstat struct {
	Name string `json:"file" yaml:"file"`
	// Report is NetstatHome or NetstatDevlinks; "" when it cannot be
	// told.
	Report string `json:"report" yaml:"report"`
	// Title is the heading line's text ("MVS TCP/IP NETSTAT CS V2R4").
	Title  *Token   `json:"title,omitempty" yaml:"title,omitempty"`
	Header []*Field `json:"header,omitempty" yaml:"header,omitempty"`
	// Home holds the entries of a HOME report.
	Home []*HomeEntry `json:"home,omitempty" yaml:"home,omitempty"`
	// Interfaces holds the entries of a DEVLINKS report.
	Interfaces []*Interface `json:"interfaces,omitempty" yaml:"interfaces,omitempty"`
	// Sections are the other headed parts (such as "IPv4 LAN Group
	// Summary"), kept as key/values and tables.
	Sections    []*Section         `json:"sections,omitempty" yaml:"sections,omitempty"`
	Diagnostics source.Diagnostics `json:"diagnostics,omitempty" yaml:"diagnostics,omitempty"`
}

// Diags returns the report's diagnostics.
func (n *Netstat) Diags() source.Diagnostics { return n.Diagnostics }

// Stack returns the stack name of the header ("TCPIP Name"), or "".
func (n *Netstat) Stack() string {
	if f := Get(n.Header, "TCPIP Name"); f != nil {
		return f.Value.Text
	}
	return ""
}

// Entry kinds: what defines the name.
const (
	KindInterface = "interface" // IntfName: an INTERFACE statement
	KindLink      = "link"      // LnkName / LinkName: a LINK statement
	KindDevice    = "device"    // DevName: a DEVICE statement (unverified label)
)

// HomeEntry is one entry of the home list.
type HomeEntry struct {
	Kind    string      `json:"kind" yaml:"kind"`
	Name    Token       `json:"name" yaml:"name"`
	Address Token       `json:"address" yaml:"address"`
	Flags   []string    `json:"flags,omitempty" yaml:"flags,omitempty"`
	Type    string      `json:"type,omitempty" yaml:"type,omitempty"`
	Fields  []*Field    `json:"fields" yaml:"fields"`
	Span    source.Span `json:"span" yaml:"span"`
}

// Primary reports whether the entry is flagged Primary.
func (h *HomeEntry) Primary() bool {
	for _, f := range h.Flags {
		if strings.EqualFold(f, "Primary") {
			return true
		}
	}
	return false
}

// Interface is one entry of a DEVLINKS report.
type Interface struct {
	Kind      string    `json:"kind" yaml:"kind"`
	Name      Token     `json:"name" yaml:"name"`
	Type      string    `json:"type" yaml:"type"`     // IntfType / LnkType / DevType
	Status    string    `json:"status" yaml:"status"` // IntfStatus / LnkStatus / DevStatus
	PortName  string    `json:"portName,omitempty" yaml:"portName,omitempty"`
	CHPIDType string    `json:"chpidType,omitempty" yaml:"chpidType,omitempty"`
	TRLE      string    `json:"trle,omitempty" yaml:"trle,omitempty"`
	VLAN      string    `json:"vlan,omitempty" yaml:"vlan,omitempty"`
	MTU       string    `json:"mtu,omitempty" yaml:"mtu,omitempty"` // ActMtu
	Addresses []Address `json:"addresses,omitempty" yaml:"addresses,omitempty"`
	// Fields are all key/values of the entry, the entry's first line
	// included, nested as printed; Tables the tables in it.
	Fields     []*Field    `json:"fields" yaml:"fields"`
	Span       source.Span `json:"span" yaml:"span"`
	Incomplete bool        `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
}

// Address is an IpAddr value: the address and its prefix length (-1 when
// none is printed; netstat prints /0 for an INTERFACE defined without
// one).
type Address struct {
	Token
	Addr   string `json:"addr" yaml:"addr"`
	Prefix int    `json:"prefix" yaml:"prefix"`
}

// Section is a headed part of a report other than the entries.
type Section struct {
	Title  Token    `json:"title" yaml:"title"`
	Fields []*Field `json:"fields,omitempty" yaml:"fields,omitempty"`
	Tables []*Table `json:"tables,omitempty" yaml:"tables,omitempty"`
}

// ParseNetstat reads a netstat HOME or DEVLINKS report. It never stops at
// the first problem; the error is for internal failures only. Netstat
// reports are often pasted with notes around them, so text that fits
// nowhere is a warning, not an error.
func ParseNetstat(name string, data []byte) (*Netstat, error) {
	b := &nstBuilder{rep: &Netstat{Name: name}}
	diags, err := readBlocks(name, data, b.block)
	if err != nil {
		return nil, err
	}
	b.rep.Diagnostics = append(diags, b.diags...)
	n := b.rep
	switch {
	case len(n.Interfaces) > 0 && len(n.Home) == 0:
		n.Report = NetstatDevlinks
	case len(n.Home) > 0 && len(n.Interfaces) == 0, b.homeList:
		n.Report = NetstatHome
	}
	if len(n.Home) == 0 && len(n.Interfaces) == 0 {
		n.Diagnostics.Add(source.FileStart(name), source.Info, CodeEmpty,
			"the report holds no interfaces or home entries", "")
	} else if n.Report == "" {
		n.Diagnostics.Add(source.FileStart(name), source.Warning, CodeKind,
			"the report mixes HOME and DEVLINKS entries", "give znet one report a file")
	}
	n.Diagnostics.Sort()
	return n, nil
}

type nstBuilder struct {
	rep      *Netstat
	diags    source.Diagnostics
	homeList bool
	started  bool // an entry or section has been read
}

func (b *nstBuilder) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	b.diags.Add(sp, sev, code, msg, hint)
}

// entryKind says whether a line starts an entry, and of what kind.
func entryKind(ln *line) (kind string, home bool) {
	if len(ln.texts) > 0 || len(ln.pairs) == 0 || ln.indent > 3 {
		return "", false
	}
	switch strings.ToLower(ln.pairs[0].key.Text) {
	case "intfname":
		return KindInterface, false
	case "lnkname":
		return KindLink, false
	case "linkname":
		return KindLink, true
	case "devname":
		return KindDevice, false
	}
	return "", false
}

func hasKey(ln *line, key string) bool {
	for _, p := range ln.pairs {
		if strings.EqualFold(p.key.Text, key) {
			return true
		}
	}
	return false
}

// block splits a block into the header, entries and sections.
func (b *nstBuilder) block(lines []*line) {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			b.group(lines[start:end])
		}
	}
	for i, ln := range lines {
		kind, _ := entryKind(ln)
		switch {
		case kind != "":
			flush(i)
			start = i
		case !b.started && start < 0:
			b.header(ln)
		case ln.indent <= 2 && heading(lines, i):
			// A heading line followed by key/values: a section.
			flush(i)
			start = i
		case start < 0:
			b.stray(ln)
		}
	}
	flush(len(lines))
}

// heading reports whether lines[i] is the heading of a section: a line of
// text followed by key/values that do not start an entry.
func heading(lines []*line, i int) bool {
	ln := lines[i]
	if !ln.textOnly() || ln.placeholder() || i+1 >= len(lines) {
		return false
	}
	next := lines[i+1]
	kind, _ := entryKind(next)
	return !next.textOnly() && kind == ""
}

// header reads the lines before the first entry: the title, the stack
// name, "Home address list:".
func (b *nstBuilder) header(ln *line) {
	if len(ln.texts) > 0 {
		if b.rep.Title == nil && len(ln.pairs) > 0 {
			t := Token{Text: joinTexts(ln.texts), Span: source.Cover(ln.texts[0].Span, ln.texts[len(ln.texts)-1].Span)}
			b.rep.Title = &t
		} else {
			b.stray(&line{num: ln.num, indent: ln.indent, texts: ln.texts, end: ln.end})
		}
	}
	for _, p := range ln.pairs {
		f := newField(p)
		b.rep.Header = append(b.rep.Header, f)
		if strings.EqualFold(p.key.Text, "Home address list") {
			b.homeList = true
		}
		b.spell(f)
	}
}

func (b *nstBuilder) stray(ln *line) {
	if ln.placeholder() {
		b.diag(ln.span(), source.Warning, CodePlaceholder,
			"\"...\" stands for output left out", "znet reads what is there")
		return
	}
	b.diag(ln.span(), source.Warning, CodeStray,
		fmt.Sprintf("%q is not part of a netstat report; ignored", clip(ln.text())), "")
}

// spell reports a key that looks like a misspelling of one znet uses.
func (b *nstBuilder) spell(f *Field) {
	if nstKeys.has(f.Key.Text) {
		return
	}
	if sug := model.Suggest(f.Key.Text, nstKeys.names()); len(sug) > 0 {
		b.diag(f.Key.Span, source.Warning, CodeUnknownKey,
			fmt.Sprintf("netstat prints no key %q", f.Key.Text), fmt.Sprintf("did you mean %s?", sug[0]))
	}
}

func (b *nstBuilder) group(lines []*line) {
	b.started = true
	first := lines[0]
	fs, tables, stray := nest(lines[1:])
	for _, s := range stray {
		b.stray(s)
	}
	Walk(fs, func(f *Field, _ []*Field) { b.spell(f) })
	sp := source.Cover(first.span(), lines[len(lines)-1].span())
	kind, home := entryKind(first)
	if kind == "" {
		b.rep.Sections = append(b.rep.Sections, &Section{
			Title:  Token{Text: joinTexts(first.texts), Span: first.span()},
			Fields: fs, Tables: tables,
		})
		return
	}
	var head []*Field
	for _, p := range first.pairs {
		f := newField(p)
		b.spell(f)
		head = append(head, f)
	}
	all := append(head, fs...)
	for _, t := range tables {
		all = append(all, &Field{Key: Token{Text: "table", Span: sp}, Tables: []*Table{t}})
	}
	get := func(keys ...string) *Field {
		var found *Field
		Walk(all, func(f *Field, _ []*Field) {
			for _, k := range keys {
				if found == nil && strings.EqualFold(f.Key.Text, k) {
					found = f
				}
			}
		})
		return found
	}
	val := func(keys ...string) string {
		if f := get(keys...); f != nil {
			return f.Value.Text
		}
		return ""
	}
	name := head[0].Value
	if name.Text == "" {
		b.diag(head[0].Key.Span, source.Error, CodeBadValue, fmt.Sprintf("%s without a name", head[0].Key.Text), "")
	}
	// A HOME entry: the report said "Home address list", or the entry
	// is LinkName (HOME's spelling), or it has an Address and no type.
	if home || b.homeList || get("Address") != nil && get("IntfType", "LnkType", "DevType") == nil {
		h := &HomeEntry{Kind: kind, Name: name, Fields: all, Span: sp, Type: val("Type")}
		if a := get("Address"); a != nil {
			h.Address = a.Value
		} else {
			b.diag(first.end, source.Error, CodeTruncated,
				fmt.Sprintf("home entry %s has no Address", name.Text), "the report was cut or edited here")
		}
		if f := get("Flags"); f != nil {
			h.Flags = strings.Fields(f.Value.Text)
		}
		b.rep.Home = append(b.rep.Home, h)
		return
	}
	in := &Interface{Kind: kind, Name: name, Fields: all, Span: sp,
		Type:     val("IntfType", "LnkType", "DevType"),
		Status:   val("IntfStatus", "LnkStatus", "DevStatus"),
		PortName: val("PortName"), CHPIDType: val("CHPIDType"), TRLE: val("TRLE"),
		VLAN: val("VLANid"), MTU: val("ActMtu"),
	}
	Walk(all, func(f *Field, _ []*Field) {
		if !strings.EqualFold(f.Key.Text, "IpAddr") || f.Value.Text == "" {
			return
		}
		a := Address{Token: f.Value, Addr: f.Value.Text, Prefix: -1}
		if i := strings.LastIndexByte(a.Addr, '/'); i >= 0 {
			n, err := strconv.Atoi(a.Addr[i+1:])
			if err != nil || n < 0 || n > 128 {
				b.diag(f.Value.Span, source.Error, CodeBadValue,
					fmt.Sprintf("IpAddr %q: the prefix length after '/' is not a number from 0 to 128", f.Value.Text), "")
				in.Incomplete = true
			} else {
				a.Addr, a.Prefix = a.Addr[:i], n
			}
		}
		in.Addresses = append(in.Addresses, a)
	})
	if in.Type == "" {
		b.diag(head[0].Key.Span, source.Warning, CodeTruncated,
			fmt.Sprintf("%s %s has no type", kind, name.Text), "netstat prints the type on the entry's first line")
	}
	b.rep.Interfaces = append(b.rep.Interfaces, in)
}

// Outline is the compact view `znet parse` prints.
func (n *Netstat) Outline(positions bool) any {
	type oHome struct {
		Kind    string   `json:"kind" yaml:"kind"`
		Name    string   `json:"name" yaml:"name"`
		Address string   `json:"address" yaml:"address"`
		Flags   []string `json:"flags,omitempty" yaml:"flags,omitempty,flow"`
		Type    string   `json:"type,omitempty" yaml:"type,omitempty"`
		At      string   `json:"at,omitempty" yaml:"at,omitempty"`
	}
	type oIntf struct {
		Kind      string    `json:"kind" yaml:"kind"`
		Name      string    `json:"name" yaml:"name"`
		Type      string    `json:"type" yaml:"type"`
		Status    string    `json:"status" yaml:"status"`
		PortName  string    `json:"portName,omitempty" yaml:"portName,omitempty"`
		Addresses []string  `json:"addresses,omitempty" yaml:"addresses,omitempty,flow"`
		At        string    `json:"at,omitempty" yaml:"at,omitempty"`
		Fields    []*OField `json:"fields" yaml:"fields"`
	}
	type oSection struct {
		Title  string    `json:"title" yaml:"title"`
		At     string    `json:"at,omitempty" yaml:"at,omitempty"`
		Fields []*OField `json:"fields,omitempty" yaml:"fields,omitempty"`
		Tables []*OTable `json:"tables,omitempty" yaml:"tables,omitempty"`
	}
	type oFile struct {
		File       string      `json:"file" yaml:"file"`
		Kind       string      `json:"kind" yaml:"kind"`
		Report     string      `json:"report,omitempty" yaml:"report,omitempty"`
		Title      string      `json:"title,omitempty" yaml:"title,omitempty"`
		Header     []*OField   `json:"header,omitempty" yaml:"header,omitempty"`
		Home       []*oHome    `json:"home,omitempty" yaml:"home,omitempty"`
		Interfaces []*oIntf    `json:"interfaces,omitempty" yaml:"interfaces,omitempty"`
		Sections   []*oSection `json:"sections,omitempty" yaml:"sections,omitempty"`
	}
	o := &oFile{File: n.Name, Kind: "netstat", Report: n.Report, Header: oFields(n.Header, positions)}
	if n.Title != nil {
		o.Title = n.Title.Text
	}
	for _, h := range n.Home {
		oh := &oHome{Kind: h.Kind, Name: h.Name.Text, Address: h.Address.Text, Flags: h.Flags, Type: h.Type}
		if positions {
			oh.At = h.Span.Range()
		}
		o.Home = append(o.Home, oh)
	}
	for _, in := range n.Interfaces {
		oi := &oIntf{Kind: in.Kind, Name: in.Name.Text, Type: in.Type, Status: in.Status, PortName: in.PortName,
			Fields: oFields(in.Fields, positions)}
		for _, a := range in.Addresses {
			oi.Addresses = append(oi.Addresses, a.Text)
		}
		if positions {
			oi.At = in.Span.Range()
		}
		o.Interfaces = append(o.Interfaces, oi)
	}
	for _, s := range n.Sections {
		os := &oSection{Title: s.Title.Text, Fields: oFields(s.Fields, positions), Tables: oTables(s.Tables, positions)}
		if positions {
			os.At = s.Title.Span.Range()
		}
		o.Sections = append(o.Sections, os)
	}
	return o
}
