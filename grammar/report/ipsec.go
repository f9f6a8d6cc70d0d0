package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// IPSecDisplay is an `ipsec -f display` report (detail format): a header
// and the filter rules in the order the stack searches them. IBM, IP
// System Administrator's Commands, "ipsec -f display"; IP Configuration
// Guide, "Verifying active filters" (examples of the output).
type IPSecDisplay struct {
	Name string `json:"file" yaml:"file"`
	// Title is the text of the first line ("CS V2R1 ipsec").
	Title       *Token             `json:"title,omitempty" yaml:"title,omitempty"`
	Header      []*Field           `json:"header,omitempty" yaml:"header,omitempty"`
	Filters     []*Filter          `json:"filters,omitempty" yaml:"filters,omitempty"`
	Diagnostics source.Diagnostics `json:"diagnostics,omitempty" yaml:"diagnostics,omitempty"`
}

// Diags returns the report's diagnostics.
func (d *IPSecDisplay) Diags() source.Diagnostics { return d.Diagnostics }

// Filter is one filter record, from FilterName to the next.
type Filter struct {
	Name Token `json:"name" yaml:"name"`
	// Fields are all key/values of the record in order, FilterName
	// included; "n/a" values have NA set.
	Fields []*Field `json:"fields" yaml:"fields"`
	// The values most uses need, read from Fields ("" when not printed).
	Type      string `json:"type" yaml:"type"`
	Action    string `json:"action" yaml:"action"`
	Direction string `json:"direction" yaml:"direction"`
	Logging   string `json:"logging" yaml:"logging"`
	// Protocol is the protocol as printed ("ICMP(1)", "All");
	// ProtocolNumber is the number in parentheses, -1 for none.
	Protocol       string   `json:"protocol" yaml:"protocol"`
	ProtocolNumber int      `json:"protocolNumber" yaml:"protocolNumber"`
	ICMPType       string   `json:"icmpType" yaml:"icmpType"`
	Source         Endpoint `json:"source" yaml:"source"`
	Dest           Endpoint `json:"dest" yaml:"dest"`
	DiscardAction  string   `json:"discardAction" yaml:"discardAction"`
	// FilterMatches is the match count, -1 when not printed.
	FilterMatches int64       `json:"filterMatches" yaml:"filterMatches"`
	Span          source.Span `json:"span" yaml:"span"`
	Incomplete    bool        `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
}

// Endpoint is the address and port conditions of one side of a filter.
type Endpoint struct {
	// Address is the address; Prefix its prefix length (-1 when "n/a"
	// or not printed); Range an address range.
	Address string `json:"address" yaml:"address"`
	Prefix  int    `json:"prefix" yaml:"prefix"`
	Range   string `json:"range,omitempty" yaml:"range,omitempty"`
	Port    string `json:"port,omitempty" yaml:"port,omitempty"`
	// PortRange is printed as two numbers.
	PortRange string `json:"portRange,omitempty" yaml:"portRange,omitempty"`
}

// Get returns the record's field key (ignoring case), or nil.
func (f *Filter) Get(key string) *Field { return Get(f.Fields, key) }

// ParseIPSecDisplay reads an `ipsec -f display` report. It never stops at
// the first problem; the error is for internal failures only.
func ParseIPSecDisplay(name string, data []byte) (*IPSecDisplay, error) {
	b := &ipsBuilder{rep: &IPSecDisplay{Name: name}}
	diags, err := readBlocks(name, data, b.block)
	if err != nil {
		return nil, err
	}
	b.endFilter()
	b.rep.Diagnostics = append(diags, b.diags...)
	if len(b.rep.Filters) == 0 {
		b.rep.Diagnostics.Add(source.FileStart(name), source.Info, CodeEmpty,
			"the report holds no filter records", "")
	}
	b.rep.Diagnostics.Sort()
	return b.rep, nil
}

type ipsBuilder struct {
	rep    *IPSecDisplay
	diags  source.Diagnostics
	filter *Filter
	seen   map[string]bool
	last   *line
}

func (b *ipsBuilder) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	b.diags.Add(sp, sev, code, msg, hint)
}

// block handles lines one by one: every key of the detail format is on a
// line of its own at the left margin (the header has several a line).
func (b *ipsBuilder) block(lines []*line) {
	for _, ln := range lines {
		b.last = ln
		if len(ln.texts) > 0 {
			switch {
			case b.filter == nil && len(b.rep.Filters) == 0 && b.rep.Title == nil && len(b.rep.Header) == 0:
				t := Token{Text: joinTexts(ln.texts), Span: source.Cover(ln.texts[0].Span, ln.texts[len(ln.texts)-1].Span)}
				b.rep.Title = &t
			case ln.placeholder():
				b.diag(ln.span(), source.Warning, CodePlaceholder, "\"...\" stands for output left out", "paste the complete report")
				if b.filter != nil {
					b.filter.Incomplete = true
				}
			default:
				b.diag(ln.span(), source.Error, CodeStray,
					fmt.Sprintf("%q is not a \"Key: value\" line of a filter record", clip(joinTexts(ln.texts))),
					"the report is damaged here: check that it was copied completely and unchanged")
				if b.filter != nil {
					b.filter.Incomplete = true
				}
			}
		}
		for _, p := range ln.pairs {
			b.pair(p)
		}
	}
}

func (b *ipsBuilder) pair(p pair) {
	f := newField(p)
	key := p.key.Text
	if strings.EqualFold(key, "FilterName") {
		b.endFilter()
		b.filter = &Filter{Name: p.value, ProtocolNumber: -1, FilterMatches: -1, Span: f.Span(),
			Source: Endpoint{Prefix: -1}, Dest: Endpoint{Prefix: -1}}
		b.seen = map[string]bool{}
		if p.value.Text == "" {
			b.diag(p.key.Span, source.Error, CodeBadValue, "FilterName without a name", "")
			b.filter.Incomplete = true
		}
	}
	if b.filter == nil {
		b.rep.Header = append(b.rep.Header, f)
		switch {
		case ipsHeaderKeys.has(key):
		case ipsFilterKeys.has(key):
			b.diag(p.key.Span, source.Error, CodeOrphan,
				fmt.Sprintf("%s comes before any FilterName", key),
				"every filter record starts with FilterName: the start of the report is missing")
		default:
			b.unknown(f, ipsHeaderKeys)
		}
		return
	}
	fl := b.filter
	fl.Fields = append(fl.Fields, f)
	fl.Span = source.Cover(fl.Span, f.Span())
	lk := strings.ToLower(key)
	if b.seen[lk] {
		b.diag(p.key.Span, source.Warning, CodeDuplicate,
			fmt.Sprintf("%s is printed twice in filter %s", key, fl.Name.Text), "the report was probably edited")
	}
	b.seen[lk] = true
	if !ipsFilterKeys.has(key) {
		b.unknown(f, ipsFilterKeys)
		return
	}
	v := p.value.Text
	switch lk {
	case "type":
		fl.Type = v
	case "action":
		fl.Action = v
	case "direction":
		fl.Direction = v
	case "logging":
		fl.Logging = v
	case "protocol":
		fl.Protocol = v
		if i := strings.IndexByte(v, '('); i >= 0 && strings.HasSuffix(v, ")") {
			if n, err := strconv.Atoi(v[i+1 : len(v)-1]); err == nil {
				fl.ProtocolNumber = n
			} else {
				b.bad(f, "a protocol name and its number, such as ICMP(1)")
			}
		}
	case "icmptype":
		fl.ICMPType = v
	case "sourceaddress":
		fl.Source.Address = v
	case "destaddress":
		fl.Dest.Address = v
	case "sourceaddressprefix":
		fl.Source.Prefix = b.prefix(f)
	case "destaddressprefix":
		fl.Dest.Prefix = b.prefix(f)
	case "sourceaddressrange":
		fl.Source.Range = v
	case "destaddressrange":
		fl.Dest.Range = v
	case "sourceport":
		fl.Source.Port = v
		b.port(f)
	case "destport":
		fl.Dest.Port = v
		b.port(f)
	case "sourceportrange":
		fl.Source.PortRange = v
	case "destportrange":
		fl.Dest.PortRange = v
	case "discardaction":
		fl.DiscardAction = v
	case "filtermatches":
		if n, err := strconv.ParseInt(v, 10, 64); err == nil && n >= 0 {
			fl.FilterMatches = n
		} else {
			b.bad(f, "a count")
		}
	case "filternameextension", "securityclass", "associatedstackcount":
		if !f.NA {
			if _, err := strconv.Atoi(v); err != nil {
				b.bad(f, "a number")
			}
		}
	}
}

func (b *ipsBuilder) prefix(f *Field) int {
	if f.NA {
		return -1
	}
	n, err := strconv.Atoi(f.Value.Text)
	if err != nil || n < 0 || n > 128 {
		b.bad(f, "a prefix length from 0 to 128, or n/a")
		return -1
	}
	return n
}

func (b *ipsBuilder) port(f *Field) {
	if f.NA {
		return
	}
	if n, err := strconv.Atoi(f.Value.Text); err != nil || n < 0 || n > 65535 {
		b.bad(f, "a port number, or n/a")
	}
}

func (b *ipsBuilder) bad(f *Field, want string) {
	b.diag(f.Value.Span, source.Error, CodeBadValue,
		fmt.Sprintf("%s %q is not %s", f.Key.Text, f.Value.Text, want), "")
	if b.filter != nil {
		b.filter.Incomplete = true
	}
}

func (b *ipsBuilder) unknown(f *Field, known keySet) {
	hint := "kept as printed"
	if sug := model.Suggest(f.Key.Text, known.names()); len(sug) > 0 {
		hint = fmt.Sprintf("did you mean %s?", sug[0])
	}
	b.diag(f.Key.Span, source.Warning, CodeUnknownKey, fmt.Sprintf("ipsec -f display prints no key %q", f.Key.Text), hint)
}

// endFilter checks that the record just read holds the fields every
// filter record has: without them the report was cut inside the record.
func (b *ipsBuilder) endFilter() {
	fl := b.filter
	if fl == nil {
		return
	}
	b.filter = nil
	b.rep.Filters = append(b.rep.Filters, fl)
	var missing []string
	for _, k := range []string{"Type", "Action", "Direction"} {
		if fl.Get(k) == nil {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		sp := fl.Span
		sp.Line, sp.Col = sp.EndLine, sp.EndCol
		b.diag(sp, source.Error, CodeTruncated,
			fmt.Sprintf("filter record %s ends without %s", fl.Name.Text, strings.Join(missing, ", ")),
			"every filter record prints its type, action and direction: the report was cut or edited here")
		fl.Incomplete = true
	}
}

// Outline is the compact view `znet parse` prints.
func (d *IPSecDisplay) Outline(positions bool) any {
	type oFilter struct {
		Name       string    `json:"name" yaml:"name"`
		At         string    `json:"at,omitempty" yaml:"at,omitempty"`
		Incomplete bool      `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
		Fields     []*OField `json:"fields" yaml:"fields"`
	}
	type oFile struct {
		File    string     `json:"file" yaml:"file"`
		Kind    string     `json:"kind" yaml:"kind"`
		Title   string     `json:"title,omitempty" yaml:"title,omitempty"`
		Header  []*OField  `json:"header,omitempty" yaml:"header,omitempty"`
		Filters []*oFilter `json:"filters" yaml:"filters"`
	}
	o := &oFile{File: d.Name, Kind: "ipsec-display", Header: oFields(d.Header, positions), Filters: []*oFilter{}}
	if d.Title != nil {
		o.Title = d.Title.Text
	}
	for _, f := range d.Filters {
		of := &oFilter{Name: f.Name.Text, Incomplete: f.Incomplete, Fields: oFields(f.Fields, positions)}
		if positions {
			of.At = f.Span.Range()
		}
		o.Filters = append(o.Filters, of)
	}
	return o
}
