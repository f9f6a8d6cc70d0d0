package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// Pasearch is a pasearch report: the header, then every policy rule in the
// order pasearch lists it (for AT-TLS, the order rules are searched:
// priority, then name), each followed by the details of its actions.
type Pasearch struct {
	Name string `json:"file" yaml:"file"`
	// Title is the first line's text, "TCP/IP pasearch CS 3.1".
	Title *Token `json:"title,omitempty" yaml:"title,omitempty"`
	// Header holds the header's key/values (Image Name, Date, Time,
	// TTLS Instance Id ...), in order.
	Header []*Field `json:"header,omitempty" yaml:"header,omitempty"`
	Rules  []*Rule  `json:"rules,omitempty" yaml:"rules,omitempty"`
	// Blocks are blocks of lines that are neither header, rule nor
	// action, kept as key/values.
	Blocks      [][]*Field         `json:"blocks,omitempty" yaml:"blocks,omitempty"`
	Diagnostics source.Diagnostics `json:"diagnostics,omitempty" yaml:"diagnostics,omitempty"`
}

// Image returns the image (stack) name of the header.
func (p *Pasearch) Image() string {
	if f := Get(p.Header, "Image Name"); f != nil {
		return f.Value.Text
	}
	return ""
}

// Diags returns the report's diagnostics.
func (p *Pasearch) Diags() source.Diagnostics { return p.Diagnostics }

// Rule is a policyRule record.
type Rule struct {
	Name Token `json:"name" yaml:"name"`
	// Fields are all key/values of the record, nested as printed.
	Fields []*Field `json:"fields" yaml:"fields"`
	// The values most uses need, read from Fields. Numbers are -1 when
	// the report does not print them (or prints them unreadable).
	Type     string `json:"type" yaml:"type"` // Rule Type: TTLS, IpFilter ...
	Status   string `json:"status" yaml:"status"`
	Version  int    `json:"version" yaml:"version"`
	Weight   int    `json:"weight" yaml:"weight"`
	Priority int    `json:"priority" yaml:"priority"`
	// ActionRefs are the policyAction entries: the action names per
	// scope ("TTLS Group", "TTLS Environment", "TTLS Connection").
	ActionRefs []ActionRef `json:"actionRefs,omitempty" yaml:"actionRefs,omitempty"`
	Condition  *Condition  `json:"condition,omitempty" yaml:"condition,omitempty"`
	// TimePeriods is the "Time Periods" section.
	TimePeriods *Field `json:"timePeriods,omitempty" yaml:"timePeriods,omitempty"`
	Created     Token  `json:"created" yaml:"created"`
	Updated     Token  `json:"updated" yaml:"updated"`
	// Actions are the action records printed after the rule.
	Actions []*Action   `json:"actions,omitempty" yaml:"actions,omitempty"`
	Span    source.Span `json:"span" yaml:"span"`
	// Incomplete marks a record with a problem reported in the
	// diagnostics (truncated, a placeholder, an unreadable value).
	Incomplete bool `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
}

// ActionRef is a policyAction entry of a rule.
type ActionRef struct {
	Name     Token  `json:"name" yaml:"name"`
	Type     string `json:"type" yaml:"type"` // ActionType
	Sequence int    `json:"sequence" yaml:"sequence"`
}

// Condition is the condition summary of a rule (for AT-TLS, "TTLS
// Condition Summary"). Addresses are kept as printed: "All", an address,
// or a number standing for an IPv4 address (0.0.26.137 is how pasearch
// prints RemoteAddr 6793).
type Condition struct {
	Negative         string      `json:"negative" yaml:"negative"`
	LocalAddr        []AddrRange `json:"localAddr,omitempty" yaml:"localAddr,omitempty"`
	RemoteAddr       []AddrRange `json:"remoteAddr,omitempty" yaml:"remoteAddr,omitempty"`
	LocalPortFrom    int         `json:"localPortFrom" yaml:"localPortFrom"`
	LocalPortTo      int         `json:"localPortTo" yaml:"localPortTo"`
	RemotePortFrom   int         `json:"remotePortFrom" yaml:"remotePortFrom"`
	RemotePortTo     int         `json:"remotePortTo" yaml:"remotePortTo"`
	JobName          string      `json:"jobName" yaml:"jobName"`
	UserID           string      `json:"userId" yaml:"userId"`
	ServiceDirection string      `json:"serviceDirection" yaml:"serviceDirection"`
	// Fields is the section as printed.
	Fields []*Field `json:"fields" yaml:"fields"`
}

// AddrRange is a FromAddr/ToAddr pair.
type AddrRange struct {
	From Token `json:"from" yaml:"from"`
	To   Token `json:"to" yaml:"to"`
}

// Action is an action record ("TTLS Action: name").
type Action struct {
	Name Token `json:"name" yaml:"name"`
	// Kind is the record's key, "TTLS Action".
	Kind    string `json:"kind" yaml:"kind"`
	Scope   string `json:"scope" yaml:"scope"` // Group, Environment, Connection
	Status  string `json:"status" yaml:"status"`
	Version int    `json:"version" yaml:"version"`
	// Fields are all key/values of the record in order, with their
	// sections (TTLSEnvironmentAdvancedParms ...) and lists
	// (v3CipherSuites: code and name per item).
	Fields     []*Field    `json:"fields" yaml:"fields"`
	Created    Token       `json:"created" yaml:"created"`
	Updated    Token       `json:"updated" yaml:"updated"`
	Span       source.Span `json:"span" yaml:"span"`
	Incomplete bool        `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
}

// Get returns the field at path in the action:
// a.Get("TTLSEnvironmentAdvancedParms", "TLSv1.2").
func (a *Action) Get(path ...string) *Field { return Find(a.Fields, path...) }

// Action returns the rule's action of a scope (Group, Environment or
// Connection), or nil.
func (r *Rule) Action(scope string) *Action {
	for _, a := range r.Actions {
		if strings.EqualFold(a.Scope, scope) {
			return a
		}
	}
	return nil
}

// ActionName returns the name of the rule's action of a type ("TTLS
// Environment"; the "TTLS " may be left out), or "".
func (r *Rule) ActionName(typ string) string {
	for _, a := range r.ActionRefs {
		if strings.EqualFold(a.Type, typ) || strings.EqualFold(strings.TrimPrefix(a.Type, "TTLS "), typ) {
			return a.Name.Text
		}
	}
	return ""
}

// ParsePasearch reads a pasearch report. It never stops at the first
// problem; the error is for internal failures only.
func ParsePasearch(name string, data []byte) (*Pasearch, error) {
	b := &pasBuilder{rep: &Pasearch{Name: name}}
	diags, err := readBlocks(name, data, b.block)
	if err != nil {
		return nil, err
	}
	b.endRule()
	b.rep.Diagnostics = append(diags, b.diags...)
	if len(b.rep.Rules) == 0 {
		b.rep.Diagnostics.Add(source.FileStart(name), source.Info, CodeEmpty,
			"the report holds no policy rules", "")
	}
	b.rep.Diagnostics.Sort()
	return b.rep, nil
}

type pasBuilder struct {
	rep   *Pasearch
	diags source.Diagnostics
	rule  *Rule
	// sawHeader is set once the header block has been read.
	sawHeader bool
	// details is set once a rule had its action records: from then on a
	// rule without them means a cut report.
	details bool
}

func (b *pasBuilder) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	b.diags.Add(sp, sev, code, msg, hint)
}

// block splits a block at the lines that start records (so that a report
// pasted without its blank lines still reads) and handles each part.
func (b *pasBuilder) block(lines []*line) {
	start := 0
	for i := 1; i <= len(lines); i++ {
		if i == len(lines) || b.startsRecord(lines[i]) {
			b.record(lines[start:i])
			start = i
		}
	}
}

func (b *pasBuilder) startsRecord(ln *line) bool {
	if len(ln.texts) > 0 || len(ln.pairs) == 0 {
		return false
	}
	k := ln.pairs[0].key.Text
	return strings.EqualFold(k, "policyRule") || isActionKey(k) && ln.pairs[0].value.Text != ""
}

func isActionKey(k string) bool {
	const suffix = " action"
	return len(k) > len(suffix) && strings.EqualFold(k[len(k)-len(suffix):], suffix) && !strings.EqualFold(k, "No. Policy Action")
}

func (b *pasBuilder) record(lines []*line) {
	first := lines[0]
	switch {
	case len(first.pairs) > 0 && len(first.texts) == 0 && strings.EqualFold(first.pairs[0].key.Text, "policyRule"):
		b.endRule()
		b.ruleRecord(lines)
	case len(first.pairs) > 0 && len(first.texts) == 0 && isActionKey(first.pairs[0].key.Text):
		b.actionRecord(lines)
	case !b.sawHeader && len(b.rep.Rules) == 0:
		b.sawHeader = true
		b.header(lines)
	default:
		fs, tables, stray := nest(lines)
		b.stray(stray, "in a block pasearch does not print")
		sp := first.span()
		b.diag(sp, source.Warning, CodeBlock,
			fmt.Sprintf("block starting %q is neither a policy rule nor an action; kept as key/values", clip(first.text())),
			"")
		for _, t := range tables {
			fs = append(fs, &Field{Key: Token{Text: "table", Span: sp}, Tables: []*Table{t}})
		}
		b.rep.Blocks = append(b.rep.Blocks, fs)
	}
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// header reads the header block: "TCP/IP pasearch CS 3.1  Image Name:
// TCPIP", the date and the instance ids.
func (b *pasBuilder) header(lines []*line) {
	for i, ln := range lines {
		if i == 0 && len(ln.texts) > 0 && b.rep.Title == nil {
			t := Token{Text: joinTexts(ln.texts), Span: source.Cover(ln.texts[0].Span, ln.texts[len(ln.texts)-1].Span)}
			b.rep.Title = &t
		} else if len(ln.texts) > 0 {
			b.stray([]*line{ln}, "in the report header")
		}
		for _, p := range ln.pairs {
			f := newField(p)
			b.rep.Header = append(b.rep.Header, f)
			if !pasHeaderKeys.has(p.key.Text) && !strings.HasSuffix(strings.ToLower(p.key.Text), "instance id") {
				b.unknownKey(f, pasHeaderKeys, true)
			}
		}
	}
}

// stray reports lines that fit nowhere.
func (b *pasBuilder) stray(lines []*line, where string) {
	for _, ln := range lines {
		if ln.placeholder() {
			b.diag(ln.span(), source.Warning, CodePlaceholder,
				"\"...\" stands for output left out", "paste the complete report")
			if b.rule != nil {
				b.rule.Incomplete = true
			}
			continue
		}
		b.diag(ln.span(), source.Error, CodeStray,
			fmt.Sprintf("%q is not a \"Key: value\" line %s", clip(ln.text()), where),
			"the report is damaged here: check that it was copied completely and unchanged")
		if b.rule != nil {
			b.rule.Incomplete = true
		}
	}
}

func (b *pasBuilder) unknownKey(f *Field, known keySet, always bool) {
	sug := model.Suggest(f.Key.Text, known.names())
	switch {
	case len(sug) > 0:
		b.diag(f.Key.Span, source.Warning, CodeUnknownKey,
			fmt.Sprintf("pasearch prints no key %q", f.Key.Text), fmt.Sprintf("did you mean %s?", sug[0]))
	case always:
		b.diag(f.Key.Span, source.Warning, CodeUnknownKey,
			fmt.Sprintf("pasearch prints no key %q here", f.Key.Text), "kept as printed")
	}
}

func (b *pasBuilder) ruleRecord(lines []*line) {
	fs, tables, stray := nest(lines)
	root := fs[0]
	r := &Rule{Name: root.Value, Fields: root.Fields, Version: -1, Weight: -1, Priority: -1, Span: lines[0].span()}
	r.Span = source.Cover(r.Span, lines[len(lines)-1].span())
	b.rule = r
	b.rep.Rules = append(b.rep.Rules, r)
	if root.Value.Text == "" {
		b.diag(root.Key.Span, source.Error, CodeBadValue, "policyRule without a name", "")
		r.Incomplete = true
	}
	b.stray(stray, "in a policy rule")
	for _, f := range fs[1:] {
		b.diag(f.Key.Span, source.Warning, CodeBlock,
			fmt.Sprintf("%q is not indented under the policy rule", f.Key.Text), "kept with the rule")
		r.Fields = append(r.Fields, f)
	}
	if len(tables) > 0 {
		b.diag(r.Span, source.Warning, CodeBlock, "a table inside a policy rule", "")
	}
	ttls := false
	if f := Get(r.Fields, "Rule Type"); f != nil {
		r.Type = f.Value.Text
		ttls = strings.EqualFold(r.Type, "TTLS")
	}
	if f := Get(r.Fields, "Status"); f != nil {
		r.Status = f.Value.Text
	}
	r.Version = b.number(r, r.Fields, "Version")
	r.Weight = b.number(r, r.Fields, "Weight")
	r.Priority = b.number(r, r.Fields, "Priority")
	count := b.number(r, r.Fields, "No. Policy Action")
	for _, f := range r.Fields {
		if !strings.EqualFold(f.Key.Text, "policyAction") {
			continue
		}
		ref := ActionRef{Name: f.Value, Sequence: -1}
		if t := Get(f.Fields, "ActionType"); t != nil {
			ref.Type = t.Value.Text
		}
		ref.Sequence = b.number(r, f.Fields, "Action Sequence")
		r.ActionRefs = append(r.ActionRefs, ref)
	}
	r.TimePeriods = Get(r.Fields, "Time Periods")
	for _, f := range r.Fields {
		if strings.HasSuffix(strings.ToLower(f.Key.Text), "condition summary") {
			r.Condition = b.condition(r, f)
			break
		}
	}
	if f := Get(r.Fields, "Policy created"); f != nil {
		r.Created = f.Value
	}
	if f := Get(r.Fields, "Policy updated"); f != nil {
		r.Updated = f.Value
	}
	b.checkFields(r.Fields, ttls, pasRuleKeys, true, &r.Incomplete)
	last := lines[len(lines)-1]
	end := last.end
	switch {
	case r.Updated.Span.IsZero():
		b.diag(end, source.Error, CodeTruncated,
			fmt.Sprintf("policy rule %s ends before its \"Policy updated\" line", r.Name.Text),
			"the report was cut here: pasearch ends every rule with Policy created and Policy updated")
		r.Incomplete = true
	case count >= 0 && count != len(r.ActionRefs):
		b.diag(root.Key.Span, source.Error, CodeTruncated,
			fmt.Sprintf("policy rule %s says No. Policy Action: %d but lists %d policyAction entries", r.Name.Text, count, len(r.ActionRefs)),
			"the report was cut or edited inside this rule")
		r.Incomplete = true
	}
	if ttls && r.Condition == nil {
		b.diag(root.Key.Span, source.Error, CodeTruncated,
			fmt.Sprintf("policy rule %s has no TTLS Condition Summary", r.Name.Text),
			"pasearch -t prints the condition of every rule; the report was cut or edited")
		r.Incomplete = true
	}
}

// number reads an integer value of key among fs; -1 when absent, and an
// error when unreadable.
func (b *pasBuilder) number(r *Rule, fs []*Field, key string) int {
	f := Get(fs, key)
	if f == nil {
		return -1
	}
	n, err := strconv.Atoi(f.Value.Text)
	if err != nil {
		b.diag(f.Value.Span, source.Error, CodeBadValue,
			fmt.Sprintf("%s %q is not a number", f.Key.Text, f.Value.Text), "")
		if r != nil {
			r.Incomplete = true
		}
		return -1
	}
	return n
}

func (b *pasBuilder) condition(r *Rule, f *Field) *Condition {
	c := &Condition{Fields: f.Fields}
	if n := Get(f.Fields, "NegativeIndicator"); n != nil {
		c.Negative = n.Value.Text
	}
	ranges := func(sec string) []AddrRange {
		s := Get(f.Fields, sec)
		if s == nil {
			return nil
		}
		var out []AddrRange
		for _, x := range s.Fields {
			switch {
			case strings.EqualFold(x.Key.Text, "FromAddr"):
				out = append(out, AddrRange{From: x.Value})
			case strings.EqualFold(x.Key.Text, "ToAddr") && len(out) > 0 && out[len(out)-1].To.Span.IsZero():
				out[len(out)-1].To = x.Value
			case strings.EqualFold(x.Key.Text, "ToAddr"):
				out = append(out, AddrRange{To: x.Value})
			}
		}
		return out
	}
	c.LocalAddr = ranges("Local Address")
	c.RemoteAddr = ranges("Remote Address")
	c.LocalPortFrom = b.number(r, f.Fields, "LocalPortFrom")
	c.LocalPortTo = b.number(r, f.Fields, "LocalPortTo")
	c.RemotePortFrom = b.number(r, f.Fields, "RemotePortFrom")
	c.RemotePortTo = b.number(r, f.Fields, "RemotePortTo")
	if x := Get(f.Fields, "JobName"); x != nil {
		c.JobName = x.Value.Text
	}
	if x := Get(f.Fields, "UserId"); x != nil {
		c.UserID = x.Value.Text
	}
	if x := Get(f.Fields, "ServiceDirection"); x != nil {
		c.ServiceDirection = x.Value.Text
	}
	return c
}

func (b *pasBuilder) actionRecord(lines []*line) {
	fs, _, stray := nest(lines)
	root := fs[0]
	a := &Action{Name: root.Value, Kind: root.Key.Text, Fields: root.Fields, Version: -1,
		Span: source.Cover(lines[0].span(), lines[len(lines)-1].span())}
	if b.rule == nil {
		b.diag(root.Key.Span, source.Error, CodeOrphan,
			fmt.Sprintf("%s %s comes before any policy rule", a.Kind, a.Name.Text),
			"pasearch prints each rule's actions after the rule: the report's start is missing")
	} else {
		b.rule.Actions = append(b.rule.Actions, a)
	}
	b.stray(stray, "in an action")
	for _, f := range fs[1:] {
		b.diag(f.Key.Span, source.Warning, CodeBlock,
			fmt.Sprintf("%q is not indented under the action", f.Key.Text), "kept with the action")
		a.Fields = append(a.Fields, f)
	}
	if f := Get(a.Fields, "Scope"); f != nil {
		a.Scope = f.Value.Text
	}
	if f := Get(a.Fields, "Status"); f != nil {
		a.Status = f.Value.Text
	}
	var inc bool
	a.Version = b.number(nil, a.Fields, "Version")
	if f := Get(a.Fields, "Policy created"); f != nil {
		a.Created = f.Value
	}
	if f := Get(a.Fields, "Policy updated"); f != nil {
		a.Updated = f.Value
	}
	ttls := strings.HasPrefix(strings.ToUpper(a.Kind), "TTLS")
	b.checkFields(a.Fields, ttls, pasActionKeys, false, &inc)
	if a.Updated.Span.IsZero() {
		b.diag(lines[len(lines)-1].end, source.Error, CodeTruncated,
			fmt.Sprintf("%s %s ends before its \"Policy updated\" line", a.Kind, a.Name.Text),
			"the report was cut here: pasearch ends every action with Policy created and Policy updated")
		inc = true
	}
	a.Incomplete = inc
	if inc && b.rule != nil {
		b.rule.Incomplete = true
	}
}

// checkFields checks the keys and values of a record: unknown keys (for
// AT-TLS records, whose keys znet knows), keys printed twice, code lists,
// and sections left empty by a cut.
func (b *pasBuilder) checkFields(fs []*Field, ttls bool, known keySet, always bool, inc *bool) {
	var check func(fs []*Field)
	check = func(fs []*Field) {
		seen := map[string]bool{}
		for _, f := range fs {
			k := strings.ToLower(f.Key.Text)
			if seen[k] && !pasRepeated.has(k) {
				b.diag(f.Key.Span, source.Warning, CodeDuplicate,
					fmt.Sprintf("%s is printed twice in this section", f.Key.Text), "the report was probably edited")
			}
			seen[k] = true
			if ttls && !known.has(k) && !strings.HasPrefix(k, "gsk_") {
				// Rule keys are few and certain; action keys are
				// many and partly unverified.
				b.unknownKey(f, known, always)
			}
			if spec, ok := pasListKeys[k]; ok {
				b.codes(f, spec.width, spec.hex, inc)
			}
			if f.Value.Text == "" && len(f.Fields) == 0 && len(f.Items) == 0 && len(f.Tables) == 0 &&
				(pasSectionKeys.has(k) || pasListKeys[k].width > 0) {
				b.diag(f.Key.Span, source.Error, CodeTruncated,
					fmt.Sprintf("%s is empty", f.Key.Text),
					"pasearch prints what a section holds; the report was cut or edited here")
				*inc = true
			}
			check(f.Fields)
		}
	}
	check(fs)
}

// codes checks the items of a code list.
func (b *pasBuilder) codes(f *Field, width int, hex bool, inc *bool) {
	for _, it := range f.Items {
		c := it.Code.Text
		ok := len(c) == width
		for _, r := range c {
			if !(r >= '0' && r <= '9' || hex && (r >= 'A' && r <= 'F' || r >= 'a' && r <= 'f')) {
				ok = false
			}
		}
		if !ok {
			what := "decimal digits"
			if hex {
				what = "hexadecimal characters"
			}
			b.diag(it.Code.Span, source.Error, CodeBadValue,
				fmt.Sprintf("%q in %s is not a code of %d %s", c, f.Key.Text, width, what),
				"each entry of the list is a code, two blanks and its name")
			*inc = true
		}
	}
}

// Outline is the compact view `znet parse` prints.
func (p *Pasearch) Outline(positions bool) any {
	type oRef struct {
		Name string `json:"name" yaml:"name"`
		Type string `json:"type" yaml:"type"`
	}
	type oAction struct {
		Name   string    `json:"name" yaml:"name"`
		Scope  string    `json:"scope,omitempty" yaml:"scope,omitempty"`
		At     string    `json:"at,omitempty" yaml:"at,omitempty"`
		Fields []*OField `json:"fields" yaml:"fields"`
	}
	type oRule struct {
		Name       string     `json:"name" yaml:"name"`
		Type       string     `json:"type,omitempty" yaml:"type,omitempty"`
		Priority   int        `json:"priority" yaml:"priority"`
		At         string     `json:"at,omitempty" yaml:"at,omitempty"`
		Incomplete bool       `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
		Actions    []oRef     `json:"actions,omitempty" yaml:"actions,omitempty,flow"`
		Fields     []*OField  `json:"fields" yaml:"fields"`
		Details    []*oAction `json:"details,omitempty" yaml:"details,omitempty"`
	}
	type oFile struct {
		File   string      `json:"file" yaml:"file"`
		Kind   string      `json:"kind" yaml:"kind"`
		Title  string      `json:"title,omitempty" yaml:"title,omitempty"`
		Header []*OField   `json:"header,omitempty" yaml:"header,omitempty"`
		Rules  []*oRule    `json:"rules" yaml:"rules"`
		Blocks [][]*OField `json:"blocks,omitempty" yaml:"blocks,omitempty"`
	}
	o := &oFile{File: p.Name, Kind: "pasearch", Header: oFields(p.Header, positions), Rules: []*oRule{}}
	if p.Title != nil {
		o.Title = p.Title.Text
	}
	for _, r := range p.Rules {
		or := &oRule{Name: r.Name.Text, Type: r.Type, Priority: r.Priority, Incomplete: r.Incomplete, Fields: oFields(r.Fields, positions)}
		if positions {
			or.At = r.Span.Range()
		}
		for _, a := range r.ActionRefs {
			or.Actions = append(or.Actions, oRef{Name: a.Name.Text, Type: a.Type})
		}
		for _, a := range r.Actions {
			oa := &oAction{Name: a.Name.Text, Scope: a.Scope, Fields: oFields(a.Fields, positions)}
			if positions {
				oa.At = a.Span.Range()
			}
			or.Details = append(or.Details, oa)
		}
		o.Rules = append(o.Rules, or)
	}
	for _, bl := range p.Blocks {
		o.Blocks = append(o.Blocks, oFields(bl, positions))
	}
	return o
}

// endRule checks the actions of the rule just read: when the report
// prints actions, every policyAction of a rule has its record.
func (b *pasBuilder) endRule() {
	r := b.rule
	if r == nil {
		return
	}
	b.rule = nil
	if len(r.Actions) == 0 && !b.details {
		return // a report without action details
	}
	b.details = true
	for _, ref := range r.ActionRefs {
		found := false
		for _, a := range r.Actions {
			if a.Name.Text == ref.Name.Text {
				found = true
			}
		}
		if !found {
			b.diag(ref.Name.Span, source.Error, CodeTruncated,
				fmt.Sprintf("action %s of policy rule %s is not in the report", ref.Name.Text, r.Name.Text),
				"pasearch prints every action after its rule: the report was cut or edited")
			r.Incomplete = true
		}
	}
}
