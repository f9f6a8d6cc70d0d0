package tcpprofile

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
)

// Name limits. INTERFACE names: "The maximum length is 16 characters"
// (IBM, "INTERFACE - VIRTUAL interfaces statement", verified); LINK names
// the same (syntax reference, unverified); the PORTNAME of an OSA port
// and so the name of an MPCIPA DEVICE is the TRLE PORTNAME, 1-8
// characters (syntax reference, unverified).
const (
	MaxInterfaceName = 16
	MaxPortName      = 8
)

// def is a DEVICE, LINK or INTERFACE definition.
type def struct {
	kind  string // DEVICE, LINK, INTERFACE
	name  Value
	order int
	dev   *Device
	link  *Link
	intf  *Interface
}

func (d *def) describe() string {
	switch {
	case d.dev != nil:
		return fmt.Sprintf("DEVICE %s (%s, line %d)", d.name.Text, d.dev.Kind, d.name.Span.Line)
	case d.link != nil:
		return fmt.Sprintf("LINK %s (%s, line %d)", d.name.Text, d.link.Kind, d.name.Span.Line)
	case d.intf != nil:
		return fmt.Sprintf("INTERFACE %s (%s, line %d)", d.name.Text, d.intf.Kind, d.name.Span.Line)
	}
	return d.name.Text
}

func (d *def) virtual() bool {
	return d.link != nil && d.link.Kind == "VIRTUAL" || d.intf != nil && strings.HasPrefix(d.intf.Kind, "VIRTUAL")
}

type checker struct {
	m     *Profile
	diags source.Diagnostics
	order map[*profile.Statement]int
	defs  map[string]map[string]*def // kind -> upper name -> first definition
	seen  map[string]bool            // symbols reported
	home  []HomeEntry                // the HOME list z/OS ends up with
}

func (c *checker) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	c.diags.Add(sp, sev, code, msg, hint)
}

// Check runs the checks across statements and returns their findings,
// sorted. Load reports the problems of single statements; Check those that
// need the whole profile: references to names, duplicates, the DEVICE/LINK
// rules, the IPSEC block's dependence on IPCONFIG IPSECURITY.
func (m *Profile) Check() source.Diagnostics {
	c := &checker{m: m, order: map[*profile.Statement]int{}, seen: map[string]bool{}, defs: map[string]map[string]*def{
		"DEVICE": {}, "LINK": {}, "INTERFACE": {}}}
	c.home = m.HomeList()
	for i, s := range m.Statements {
		c.order[s] = i
		for _, b := range s.Body {
			c.order[b] = i
		}
	}
	c.definitions()
	c.deprecated()
	c.links()
	c.references()
	c.addresses()
	c.interfaces()
	c.ipsec()
	c.diags.Sort()
	return c.diags
}

// definitions indexes DEVICE, LINK and INTERFACE names in processing
// order, reporting names defined twice and the DEVICE/LINK and INTERFACE
// definitions IBM does not allow on one OSA port.
func (c *checker) definitions() {
	live := map[string]map[string]*def{"DEVICE": {}, "LINK": {}, "INTERFACE": {}}
	// portIntf records OSA ports (PORTNAME) with an IPv4 INTERFACE, now or
	// before.
	portIntf := map[string]*def{}
	add := func(d *def) {
		u := d.name.Upper()
		if d.name.Symbolic() {
			return
		}
		if prev, ok := live[d.kind][u]; ok {
			c.diag(d.name.Span, source.Warning, CodeDuplicate,
				fmt.Sprintf("%s %s is defined again; the first definition is %s", d.kind, d.name.Text, prev.describe()),
				"delete it first (DELETE, or INTERFACE name DELETE) or give it another name")
		}
		for _, other := range []string{"LINK", "INTERFACE"} {
			if other == d.kind || d.kind == "DEVICE" {
				continue
			}
			if prev, ok := live[other][u]; ok {
				c.diag(d.name.Span, source.Error, CodeDuplicate,
					fmt.Sprintf("%s %s has the name of %s", d.kind, d.name.Text, prev.describe()),
					"links and interfaces share one name space")
			}
		}
		live[d.kind][u] = d
		if _, ok := c.defs[d.kind][u]; !ok {
			c.defs[d.kind][u] = d
		}
	}
	devs, links, intfs := indexBy(c.m.Devices), indexBy(c.m.Links), indexBy(c.m.Interfaces)
	for i, s := range c.m.Statements {
		switch s.Name {
		case "DEVICE":
			for _, d := range devs[s] {
				add(&def{kind: "DEVICE", name: d.Name, order: i, dev: d})
				if d.Kind == "MPCIPA" {
					if id, ok := portIntf[d.Name.Upper()]; ok {
						c.diag(d.Name.Span, source.Error, CodePortMix,
							fmt.Sprintf("DEVICE %s is an OSA port that %s uses for IPv4", d.Name.Text, id.describe()),
							"IBM precludes DEVICE and LINK on an OSA port where an IPv4 INTERFACE is or was defined")
					}
				}
			}
		case "LINK":
			for _, l := range links[s] {
				add(&def{kind: "LINK", name: l.Name, order: i, link: l})
			}
		case "INTERFACE":
			for _, it := range intfs[s] {
				u := it.Name.Upper()
				if it.Action == "DELETE" {
					delete(live["INTERFACE"], u)
					continue
				}
				if it.Action != "DEFINE" {
					continue
				}
				d := &def{kind: "INTERFACE", name: it.Name, order: i, intf: it}
				add(d)
				if it.Kind == "IPAQENET" {
					if pn, ok := it.Params.Value("PORTNAME"); ok && !pn.Symbolic() {
						portIntf[pn.Upper()] = d
						if dev, ok := live["DEVICE"][pn.Upper()]; ok && dev.dev.Kind == "MPCIPA" {
							c.diag(pn.Span, source.Error, CodePortMix,
								fmt.Sprintf("INTERFACE %s uses OSA port %s, which %s still defines for IPv4", it.Name.Text, pn.Text, dev.describe()),
								"IBM precludes an IPv4 INTERFACE and DEVICE/LINK on one OSA port: delete the LINK and the DEVICE first (znet migrate does this)")
						}
					}
				}
			}
		case "DELETE":
			a := s.Args()
			if len(a) >= 2 {
				switch profile.Canonical(a[0].Text) {
				case "DEVICE":
					delete(live["DEVICE"], strings.ToUpper(a[1].Text))
				case "LINK":
					delete(live["LINK"], strings.ToUpper(a[1].Text))
				}
			}
		}
	}
}

// indexBy groups typed statements by their syntax statement.
func indexBy[T any](list []*T) map[*profile.Statement][]*T {
	out := map[*profile.Statement][]*T{}
	for _, x := range list {
		var src *profile.Statement
		switch v := any(x).(type) {
		case *Device:
			src = v.Src
		case *Link:
			src = v.Src
		case *Interface:
			src = v.Src
		}
		out[src] = append(out[src], x)
	}
	return out
}

// deprecated reports DEVICE/LINK definitions of types that have an
// INTERFACE equivalent: MPCIPA with IPAQENET or IPAQIDIO, and VIRTUAL
// (IBM, IP Configuration Guide: "Use the INTERFACE statement to configure
// IPv4 definitions for OSA-Express QDIO / HiperSockets / static VIPA,
// rather than using the DEVICE, LINK, and HOME statements"). A static VIPA
// that is the source VIPA of a DEVICE/LINK interface cannot be converted
// (same topic for VIRTUAL).
func (c *checker) deprecated() {
	srcVIPA := c.sourceVIPAs()
	byDevice := map[string][]*Link{}
	for _, l := range c.m.Links {
		u := l.Device.Upper()
		byDevice[u] = append(byDevice[u], l)
	}
	for _, d := range c.m.Devices {
		if d.Kind != "MPCIPA" && d.Kind != "VIRTUAL" {
			continue
		}
		var names []string
		kind := d.Kind
		for _, l := range byDevice[d.Name.Upper()] {
			names = append(names, l.Name.Text)
			kind = l.Kind
		}
		target := kind
		if kind == "MPCIPA" {
			target = "IPAQENET"
			if strings.HasPrefix(d.Name.Upper(), "IUTIQD") {
				target = "IPAQIDIO"
			}
		}
		what := fmt.Sprintf("DEVICE %s %s", d.Name.Text, d.Type.Text)
		if len(names) > 0 {
			what += " with LINK " + strings.Join(names, ", ")
		}
		hint := "run `znet migrate` to rewrite DEVICE, LINK, HOME, START and STOP as INTERFACE … DEFINE " + target
		if d.Kind == "VIRTUAL" {
			for _, n := range names {
				if by, ok := srcVIPA[strings.ToUpper(n)]; ok {
					hint = fmt.Sprintf("%s is the source VIPA of LINK %s, which is defined with DEVICE/LINK: IBM does not allow converting it until LINK %s is an INTERFACE", n, by, by)
				}
			}
		}
		c.diag(d.Src.KeywordSpan(), source.Warning, CodeDeprecated,
			what+" is a legacy definition: IBM recommends the INTERFACE statement (DEFINE "+target+") for it", hint)
	}
}

// sourceVIPAs finds static VIPAs (VIRTUAL links) that are the source VIPA
// of DEVICE/LINK interfaces: with IPCONFIG SOURCEVIPA, the VIPA listed in
// the HOME list before a link is that link's source VIPA (IBM,
// HiperSockets conversion example). It maps the VIPA's link name to the
// link it serves.
func (c *checker) sourceVIPAs() map[string]string {
	on := false
	for _, cf := range c.m.Configs {
		if cf.Verb == "IPCONFIG" && cf.Has("SOURCEVIPA") {
			on = true
		}
	}
	out := map[string]string{}
	if !on {
		return out
	}
	kinds := map[string]string{}
	for _, l := range c.m.Links {
		kinds[l.Name.Upper()] = l.Kind
	}
	vipa := ""
	for _, e := range c.home {
		switch k := kinds[e.Link.Upper()]; {
		case k == "VIRTUAL":
			vipa = e.Link.Upper()
		case k != "" && vipa != "":
			if _, ok := out[vipa]; !ok {
				out[vipa] = e.Link.Text
			}
		}
	}
	return out
}

// links checks each LINK against its DEVICE: the device exists and is of
// the right type, and an MPCIPA device has one LINK only (IBM, "DEVICE
// and LINK - MPCIPA OSA-Express QDIO devices statement": "Only one LINK
// statement can be specified for each MPCIPA device", verified).
func (c *checker) links() {
	first := map[string]*Link{}
	for _, l := range c.m.Links {
		order := c.order[l.Src]
		d := c.ref(l.Device, order, l.Src, "LINK "+l.Name.Text, "DEVICE")
		if d == nil || d.dev == nil {
			continue
		}
		if want, ok := linkKinds[l.Kind]; ok && want != d.dev.Kind {
			c.diag(l.Type.Span, source.Error, CodeLinkDevice,
				fmt.Sprintf("LINK %s is of type %s, which needs a %s device, but %s is %s", l.Name.Text, l.Type.Text, want, d.name.Text, d.dev.Kind), "")
			continue
		}
		if l.Kind == "IPAQIDIO" && !strings.HasPrefix(d.name.Upper(), "IUTIQD") {
			c.diag(l.Device.Span, source.Warning, CodeLinkDevice,
				fmt.Sprintf("LINK %s IPAQIDIO names DEVICE %s; HiperSockets devices are named IUTIQDxx, xx being the CHPID", l.Name.Text, d.name.Text), "")
		}
		if l.Kind == "IPAQENET" && strings.HasPrefix(d.name.Upper(), "IUTIQD") {
			c.diag(l.Type.Span, source.Warning, CodeLinkDevice,
				fmt.Sprintf("LINK %s IPAQENET names the HiperSockets device %s; HiperSockets links are IPAQIDIO", l.Name.Text, d.name.Text), "")
		}
		if d.dev.Kind == "MPCIPA" {
			u := d.name.Upper()
			if prev, ok := first[u]; ok {
				c.diag(l.Src.KeywordSpan(), source.Error, CodeSecondLink,
					fmt.Sprintf("LINK %s is a second LINK on MPCIPA DEVICE %s, which already has LINK %s (line %d)", l.Name.Text, d.name.Text, prev.Name.Text, prev.Name.Span.Line),
					"IBM allows one LINK per MPCIPA device; for several VLANs on one OSA port use INTERFACE statements")
			} else {
				first[u] = l
			}
		}
	}
}

// ref resolves a name used by statement st (processing position order)
// among the kinds of definition it may name, reporting what is wrong.
func (c *checker) ref(v Value, order int, st *profile.Statement, user string, kinds ...string) *def {
	if v.Text == "" {
		return nil
	}
	if v.Symbolic() {
		c.symbol(v, "which statement it names")
		return nil
	}
	u := v.Upper()
	for _, k := range kinds {
		if d, ok := c.defs[k][u]; ok {
			if d.order > order {
				c.diag(v.Span, source.Warning, CodeOrder,
					fmt.Sprintf("%s names %s, which is defined later", user, d.describe()),
					"z/OS reads the profile in order: define it before it is used")
			}
			return d
		}
	}
	sev := source.Error
	hint := ""
	switch {
	case c.m.Options.Obey:
		sev, hint = source.Warning, "it may be defined in the running configuration, which an OBEYFILE changes"
	case c.m.unresolved:
		sev, hint = source.Warning, "it may be defined in an included file znet could not read"
	}
	// Named, but as something else.
	for _, k := range []string{"DEVICE", "LINK", "INTERFACE"} {
		d, ok := c.defs[k][u]
		if !ok {
			continue
		}
		msg := fmt.Sprintf("%s names %s, but takes a %s name", user, d.describe(), strings.Join(kinds, " or "))
		h := ""
		switch {
		case k == "LINK" && d.link != nil && contains(kinds, "DEVICE"):
			h = fmt.Sprintf("for a DEVICE/LINK pair, name the DEVICE (%s)", d.link.Device.Text)
		case k == "DEVICE" && contains(kinds, "LINK"):
			for _, l := range c.m.Links {
				if strings.EqualFold(l.Device.Text, v.Text) {
					h = fmt.Sprintf("name the LINK of that device (%s)", l.Name.Text)
				}
			}
		}
		code := CodeUndefined
		if k == "INTERFACE" && !contains(kinds, "INTERFACE") {
			code = CodeHomeInterface
			h = "an INTERFACE carries its own address (IPADDR) and subnet: it needs no HOME entry or BSDROUTINGPARMS entry"
		}
		c.diag(v.Span, source.Error, code, msg, h)
		return nil
	}
	what := strings.Join(kinds, " or ")
	if s := suggest(v.Text, c.names(kinds)); s != "" {
		hint = strings.TrimPrefix(hint+"; did you mean "+s+"?", "; ")
	}
	c.diag(v.Span, sev, CodeUndefined,
		fmt.Sprintf("%s names %s, but no %s of that name is defined", user, v.Text, what), hint)
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (c *checker) names(kinds []string) []string {
	var out []string
	for _, k := range kinds {
		for _, d := range c.defs[k] {
			out = append(out, d.name.Text)
		}
	}
	sort.Strings(out)
	return out
}

func (c *checker) symbol(v Value, what string) {
	key := fmt.Sprintf("%s:%d:%d", v.Span.File, v.Span.Line, v.Span.Col)
	if c.seen[key] || c.m.symbolsSeen[key] {
		return
	}
	c.seen[key] = true
	c.diag(v.Span, source.Info, CodeSymbol,
		fmt.Sprintf("%s holds a system symbol, which z/OS substitutes when it reads the profile; znet cannot check %s", v.Text, what),
		"give znet the symbol's value to check it")
}

// references checks the names HOME, START, STOP, PRIMARYINTERFACE,
// BEGINROUTES, BSDROUTINGPARMS and SOURCEVIPAINTERFACE use.
func (c *checker) references() {
	for _, h := range c.m.Homes {
		for _, e := range h.Entries {
			c.ref(e.Link, c.order[h.Src], h.Src, "HOME entry "+e.Address.Text, "LINK")
		}
	}
	for _, list := range [][]*NameRef{c.m.Starts, c.m.Stops} {
		for _, r := range list {
			c.ref(r.Name, c.order[r.Src], r.Src, r.Verb, "DEVICE", "INTERFACE")
		}
	}
	for _, r := range c.m.Primary {
		d := c.ref(r.Name, c.order[r.Src], r.Src, r.Verb, "LINK", "INTERFACE")
		if d != nil && d.intf != nil && d.intf.IPv6() {
			c.diag(r.Name.Span, source.Error, CodeBadValue,
				fmt.Sprintf("PRIMARYINTERFACE names the IPv6 %s; it applies to IPv4 only", d.describe()), "")
		}
	}
	for _, rs := range c.m.Routes {
		for _, r := range rs.Routes {
			d := c.ref(r.Name, c.order[r.Src], r.Src, "ROUTE "+r.Dest.Text, "LINK", "INTERFACE")
			if d != nil && d.virtual() {
				sev := source.Error
				if d.link != nil {
					sev = source.Warning
				}
				c.diag(r.Name.Span, sev, CodeVirtualRoute,
					fmt.Sprintf("ROUTE %s names the static VIPA %s; a VIRTUAL interface cannot be coded in BEGINROUTES", r.Dest.Text, d.describe()),
					"route over the interface that reaches the network; IBM states this for INTERFACE VIRTUAL (for LINK VIRTUAL unverified)")
			}
		}
	}
	for _, b := range c.m.BSD {
		for _, e := range b.Entries {
			c.ref(e.Link, c.order[b.Src], b.Src, "BSDROUTINGPARMS entry", "LINK")
		}
	}
	for _, it := range c.m.Interfaces {
		if v, ok := it.Params.Value("SOURCEVIPAINTERFACE"); ok {
			d := c.ref(v, c.order[it.Src], it.Src, "SOURCEVIPAINTERFACE of INTERFACE "+it.Name.Text, "LINK", "INTERFACE")
			if d != nil && !d.virtual() {
				c.diag(v.Span, source.Error, CodeBadValue,
					fmt.Sprintf("SOURCEVIPAINTERFACE names %s, which is not a static VIPA (VIRTUAL)", d.describe()), "")
			}
		}
	}
}

// HomeList returns the HOME list z/OS ends up with: in an initial
// profile, every HOME statement adds its entries; in an OBEYFILE
// (Options.Obey), a HOME statement replaces the list, so the last one
// counts. The OBEYFILE behaviour is from the syntax reference
// (unverified).
func (m *Profile) HomeList() []HomeEntry {
	if len(m.Homes) == 0 {
		return nil
	}
	// In the initial profile HOME statements accumulate. In an OBEYFILE
	// "the first HOME statement of each configuration data set … replaces
	// the existing HOME list" and later ones add to it (IBM, IP
	// Configuration Reference, HOME statement): within the file the list is
	// the same concatenation; what it replaces is the running stack's.
	var out []HomeEntry
	for _, h := range m.Homes {
		out = append(out, h.Entries...)
	}
	return out
}

// addresses reports a home address used twice.
func (c *checker) addresses() {
	type holder struct {
		what string
		at   source.Span
	}
	seen := map[string]holder{}
	note := func(a Addr, what string) {
		if !a.Valid() {
			return
		}
		k := a.IP.String()
		if h, ok := seen[k]; ok {
			c.diag(a.Span, source.Error, CodeDupAddress,
				fmt.Sprintf("%s is already the home address of %s (%s)", k, h.what, h.at),
				"each home address belongs to one link or interface")
			return
		}
		seen[k] = holder{what, a.Span}
	}
	if c.m.Options.Obey && len(c.m.Homes) > 0 {
		first := c.m.Homes[0]
		c.diag(first.Src.KeywordSpan(), source.Info, CodeDuplicate,
			"in an OBEYFILE, this HOME statement replaces the stack's whole HOME list; later HOME statements of the file add to it",
			"list every home address the stack keeps (IBM, IP Configuration Reference, HOME statement)")
	}
	for _, e := range c.home {
		note(e.Address, "LINK "+e.Link.Text)
	}
	for _, it := range c.m.Interfaces {
		if it.Action != "DEFINE" && it.Action != "ADDADDR" {
			continue
		}
		for _, a := range it.Addresses {
			note(a, "INTERFACE "+it.Name.Text)
		}
	}
}

// interfaces checks names and addresses of DEVICE, LINK and INTERFACE.
func (c *checker) interfaces() {
	long := func(v Value, what string, max int) {
		if n := utf8.RuneCountInString(v.Text); n > max && !v.Symbolic() {
			c.diag(v.Span, source.Error, CodeNameTooLong,
				fmt.Sprintf("%s %s is %d characters long; the most z/OS allows is %d", what, v.Text, n, max), "")
		}
	}
	for _, l := range c.m.Links {
		long(l.Name, "LINK name", MaxInterfaceName)
	}
	for _, d := range c.m.Devices {
		if d.Kind == "MPCIPA" {
			long(d.Name, "MPCIPA DEVICE name (the TRLE PORTNAME)", MaxPortName)
		}
	}
	for _, it := range c.m.Interfaces {
		long(it.Name, "INTERFACE name", MaxInterfaceName)
		if v, ok := it.Params.Value("PORTNAME"); ok {
			long(v, "PORTNAME", MaxPortName)
		}
		if it.Action != "DEFINE" {
			for _, a := range it.Addresses {
				if !a.Symbolic() && (!a.Valid() || !a.IP.Is6()) {
					c.diag(a.Span, source.Error, CodeBadValue,
						fmt.Sprintf("%s %s is not an IPv6 address or prefix", it.Action, a.Text),
						"the address actions of INTERFACE are for IPv6 interfaces")
				}
			}
			continue
		}
		for _, a := range it.Addresses {
			if a.Symbolic() {
				c.symbol(a.Value, "the address or its prefix length")
				continue
			}
			if !a.Valid() {
				c.diag(a.Span, source.Error, CodeBadValue,
					fmt.Sprintf("IPADDR %s is not an IP address", a.Text), "")
				continue
			}
			if it.IPv6() != a.IP.Is6() {
				c.diag(a.Span, source.Error, CodeBadValue,
					fmt.Sprintf("IPADDR %s does not suit INTERFACE type %s", a.Text, it.Kind), "")
				continue
			}
			switch it.Kind {
			case "IPAQENET", "IPAQIDIO":
				if a.Prefix < 0 {
					c.diag(a.Span, source.Warning, CodeNoPrefix,
						fmt.Sprintf("IPADDR %s of INTERFACE %s has no prefix length: z/OS then knows no subnet for it (netstat shows %s/0)", a.Text, it.Name.Text, a.Text),
						fmt.Sprintf("write IPADDR %s/n; with DEVICE/LINK the mask came from BSDROUTINGPARMS, or from a direct route (ROUTE net mask = link)", a.Text))
				}
			case "EQENET":
				if a.Prefix < 0 {
					c.diag(a.Span, source.Error, CodeNoPrefix,
						fmt.Sprintf("IPADDR %s of INTERFACE %s EQENET has no prefix length, which EQENET requires", a.Text, it.Name.Text),
						fmt.Sprintf("write IPADDR %s/n", a.Text))
				}
			case "VIRTUAL":
				if a.Prefix >= 0 {
					c.diag(a.Span, source.Error, CodeBadValue,
						fmt.Sprintf("IPADDR %s of VIRTUAL INTERFACE %s has a prefix length; a VIRTUAL interface takes one IPv4 address in dotted decimal form", a.Text, it.Name.Text), "")
				}
			}
		}
	}
}

// ipsec checks the IPSEC block against IPCONFIG: "The IPSEC statement is
// ignored if IPSECURITY is not specified on the IPCONFIG statement"; IPv6
// rules need IPCONFIG6 IPSECURITY; "Only one IPSEC statement block should
// appear in the profile. Any subsequent statement blocks are ignored"
// (IBM, "IPSEC statement", 2.4, verified).
func (c *checker) ipsec() {
	v4, v6 := false, false
	for _, cf := range c.m.Configs {
		if cf.Has("IPSECURITY") {
			if cf.Verb == "IPCONFIG" {
				v4 = true
			} else if cf.Verb == "IPCONFIG6" {
				v6 = true
			}
		}
	}
	for i, b := range c.m.IPSec {
		if i > 0 {
			c.diag(b.Src.KeywordSpan(), source.Warning, CodeSecondIPSec,
				fmt.Sprintf("a second IPSEC block is ignored; the first is at %s", c.m.IPSec[0].Src.KeywordSpan()),
				"put every IPSECRULE and IPSEC6RULE in the first IPSEC block")
			continue
		}
		if !v4 && !c.m.Options.Obey {
			c.diag(b.Src.KeywordSpan(), source.Warning, CodeIPSecOff,
				fmt.Sprintf("IPSEC block with %d filter rule(s), but IPCONFIG IPSECURITY is not coded, so z/OS ignores the block", len(b.Rules)),
				"add IPSECURITY to IPCONFIG (initial profile only) to enable IP filtering, or remove the block")
			continue
		}
		if v6 || c.m.Options.Obey {
			continue
		}
		for _, r := range b.Rules {
			if r.IPv6 {
				c.diag(r.Src.KeywordSpan(), source.Warning, CodeIPSecOff,
					"IPSEC6RULE without IPCONFIG6 IPSECURITY: IPv6 filtering is not enabled, so the rule is not used",
					"add IPSECURITY to IPCONFIG6")
			}
		}
	}
}

// suggest returns the candidate closest to w, when it is a plausible
// misspelling (at most a third of the letters, at most 2 edits).
func suggest(w string, cands []string) string {
	best, bd := "", 3
	limit := len(w) / 3
	if limit > 2 {
		limit = 2
	}
	if limit < 1 {
		limit = 1
	}
	for _, c := range cands {
		if d := editDistance(strings.ToUpper(w), strings.ToUpper(c)); d <= limit && d < bd {
			best, bd = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
