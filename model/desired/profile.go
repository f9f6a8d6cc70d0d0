package desired

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// A profile document is the network part of a stack's TCP/IP profile as
// YAML: an ordered list of statements (order matters in a profile:
// DEVICE before LINK, HOME after, START last).
//
//	profile:
//	  - INTERFACE: OSAETH1            # the statement and its leading words
//	    DEFINE: IPAQENET              # parameters, IBM's keywords as keys
//	    PORTNAME: OSAPRT1
//	    IPADDR: 10.10.2.21/24
//	    INBPERF: DYNAMIC WORKLOADQ    # several words: one string
//	    PRIROUTER: true               # a parameter without a value
//	  - HOME: [10.1.2.1 LNK1, 10.1.2.2 LNK2]   # words, a list item a record
//	  - BEGINROUTES:                  # a block holds its statements
//	      - ROUTE: DEFAULT 10.10.2.1 OSAETH1 MTU 1492
//	  - START: OSAETH1
//	  - verbatim: |                   # statements znet does not model
//	      VIPADYNAMIC
//	        VIPADEFINE 255.255.255.0 10.1.9.9
//	      ENDVIPADYNAMIC
//
// Each entry is one statement, its key first: the statement key's value
// is the statement's words in native syntax (a string, or a list of
// strings that follow each other), and for DEVICE, LINK, INTERFACE, ROUTE
// and IPSEC the other keys are parameters from model/profile's tables,
// abbreviated as z/OS accepts and in any case. BEGINROUTES and IPSEC
// take their ROUTE / IPSECRULE statements as a list. A verbatim entry is
// profile text read with the profile grammar where it stands.
//
// The document becomes the syntax tree grammar/profile would read from
// the same statements in native text, with positions in the YAML.

// ProfileStatements are the statements a profile document writes as
// YAML: those model/profile reads into typed statements (its build).
// Every other statement goes into a verbatim block.
var ProfileStatements = []string{"DEVICE", "LINK", "INTERFACE", "HOME", "START", "STOP", "PRIMARYINTERFACE",
	"BEGINROUTES", "BSDROUTINGPARMS", "IPSEC", "TCPCONFIG", "IPCONFIG", "IPCONFIG6", "INCLUDE"}

// profileBody are the statements a block holds in a profile document.
var profileBody = map[string][]string{
	"BEGINROUTES": {"ROUTE"},
	"IPSEC":       {"IPSECRULE", "IPSEC6RULE"},
}

// paramStatements take parameters as keys beside the statement key.
var paramStatements = map[string]bool{"DEVICE": true, "LINK": true, "INTERFACE": true, "ROUTE": true, "IPSEC": true}

// Verbatim is the key of an entry that holds native text.
const Verbatim = "verbatim"

// profileConv converts the statement list of one profile document.
type profileConv struct {
	c *converter
	f *profile.File
	// pending are comments read after the last statement of a verbatim
	// block: they lead the next statement.
	pending     []profile.Comment
	pendingText string
}

// ParseProfile reads a profile document (`profile:` and its list of
// statements). It never fails: problems are in the File's Diagnostics.
func ParseProfile(name string, data []byte) *profile.File {
	c := &converter{file: name, raw: lines(data)}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		f := &profile.File{Name: name}
		f.Diagnostics.Add(yamlErrSpan(name, err), source.Error, CodeFile, "not valid YAML: "+yamlErrText(err), "")
		return f
	}
	resolveAliases(&root, 0)
	list := c.unwrap(&root, "profile", "a profile document is `profile:` and the list of its statements")
	return c.profileList(list)
}

// unwrap finds the list of a profile or syslog document: the value of its
// one key (kind). It reports anything else and returns nil.
func (c *converter) unwrap(root *yaml.Node, kind, what string) *yaml.Node {
	if len(root.Content) == 0 {
		c.add(nil, CodeType, what, "")
		return nil
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		c.add(top, CodeType, what, "")
		return nil
	}
	c.dupKeys(top, true)
	var list *yaml.Node
	for i := 0; i+1 < len(top.Content); i += 2 {
		k := top.Content[i]
		if strings.EqualFold(k.Value, kind) {
			list = top.Content[i+1]
			continue
		}
		c.add(k, CodeUnknownKey, fmt.Sprintf("%q is not a key of a %s document", k.Value, kind), hint(k.Value, []string{kind}))
	}
	if list == nil {
		c.add(top, CodeType, what, "")
	}
	return list
}

// profileList converts a list of profile statements. A nil list gives an
// empty file (the problem was reported).
func (c *converter) profileList(list *yaml.Node) *profile.File {
	p := &profileConv{c: c, f: &profile.File{Name: c.file}}
	var foot []profile.Comment
	if list != nil {
		switch {
		case list.Kind == yaml.SequenceNode:
			for _, it := range list.Content {
				p.entry(it)
			}
			foot = p.comments(list.FootComment, lastLineOf(list)+1+len(commentLines(list.FootComment)))
		case list.Kind == yaml.ScalarNode && list.ShortTag() == "!!null":
		default:
			c.add(list, CodeType, "a profile is a list of statements, in the order z/OS reads them",
				"write each statement as a list entry: - INTERFACE: NAME")
		}
	}
	// Comments after the last statement: those a verbatim block ends
	// with, and those after the list.
	p.f.Comments = append(p.pending, foot...)
	p.f.Tail = p.pendingText + "\n"
	for _, cm := range foot {
		p.f.Tail += cm.Text + "\n"
	}
	if len(p.f.Statements) == 0 {
		c.noteEmpty(list, profile.CodeEmpty, "the profile holds no statements")
	}
	p.f.Diagnostics = append(p.f.Diagnostics, c.diags...)
	p.f.Diagnostics.Sort()
	return p.f
}

// comments turns a YAML comment into profile comments (';' for '#'),
// placed on the lines before line.
func (p *profileConv) comments(yc string, line int) []profile.Comment {
	pcs := placeComments(p.c.file, yc, line)
	out := make([]profile.Comment, len(pcs))
	for i, pc := range pcs {
		out[i] = profile.Comment{Text: ";" + pc.text, Span: pc.span}
	}
	return out
}

func (p *profileConv) entry(it *yaml.Node) {
	c := p.c
	if it.Kind != yaml.MappingNode || len(it.Content) < 2 {
		c.add(it, CodeType, "each entry of a profile is one statement (- INTERFACE: NAME …) or a verbatim block (- verbatim: |)", "")
		return
	}
	c.dupKeys(it, true)
	k, v := it.Content[0], it.Content[1]
	if strings.EqualFold(k.Value, Verbatim) {
		if len(it.Content) > 2 {
			c.add(it.Content[2], CodeUnknownKey, "a verbatim entry holds its text only", "start a new list entry for the next statement")
		}
		p.verbatim(k, v, joinComment(it.HeadComment, k.HeadComment))
		return
	}
	st := p.statement(it, "")
	if st == nil {
		return
	}
	lead := append(p.pending, p.comments(joinComment(it.HeadComment, k.HeadComment), k.Line)...)
	st.Leading = lead
	text := p.pendingText
	for _, cm := range lead[len(p.pending):] {
		text += "\n" + cm.Text
	}
	if len(p.f.Statements) > 0 || text != "" {
		text += "\n"
	}
	st.Tokens[0].Lead = strings.TrimPrefix(text, "\n")
	if len(p.f.Statements) > 0 {
		st.Tokens[0].Lead = text
	}
	p.pending, p.pendingText = nil, ""
	p.f.Statements = append(p.f.Statements, st)
}

// verbatim reads a block of native profile text with the profile grammar,
// positions moved to where the text stands in the YAML.
func (p *profileConv) verbatim(k, v *yaml.Node, head string) {
	c := p.c
	if v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
		c.add(v, CodeType, "verbatim takes profile text, best as a literal block (verbatim: |)", "")
		return
	}
	vf, err := profile.Parse(c.file, []byte(v.Value))
	if err != nil {
		c.add(v, CodeFile, "internal error: "+err.Error(), "")
		return
	}
	line, col := c.origin(v)(0)
	vf.Move(line-1, col-1)
	for _, d := range vf.Diagnostics {
		if d.Code != profile.CodeEmpty {
			p.f.Diagnostics = append(p.f.Diagnostics, d)
		}
	}
	// YAML comments above the entry, and comments left over from a
	// verbatim block before, lead the first statement.
	lead := append(p.pending, p.comments(head, k.Line)...)
	text := p.pendingText
	for _, cm := range lead[len(p.pending):] {
		text += "\n" + cm.Text
	}
	p.pending, p.pendingText = nil, ""
	if len(vf.Statements) == 0 {
		p.pending = append(lead, vf.Comments...)
		p.pendingText = text + "\n" + strings.TrimRight(vf.Tail, "\n")
		return
	}
	first := vf.Statements[0]
	first.Leading = append(lead, first.Leading...)
	l := first.Tokens[0].Lead
	if text != "" || len(p.f.Statements) > 0 {
		l = text + "\n" + l
		if len(p.f.Statements) == 0 {
			l = strings.TrimPrefix(l, "\n")
		}
	}
	first.Tokens[0].Lead = l
	p.f.Statements = append(p.f.Statements, vf.Statements...)
	p.pending = vf.Comments
	p.pendingText = strings.TrimRight(vf.Tail, " \t\n")
}

// statement converts one statement entry (a mapping, the statement key
// first). in is the block the entry is in ("" at the outermost level).
func (p *profileConv) statement(it *yaml.Node, in string) *profile.Statement {
	c := p.c
	k, v := it.Content[0], it.Content[1]
	name := profile.Canonical(k.Value)
	allowed := ProfileStatements
	if in != "" {
		allowed = profileBody[in]
	}
	if !contains(allowed, name) {
		p.unknownStatement(it, in, name, allowed)
		return nil
	}
	kw := profile.NewToken(k.Value, k.Line, k.Column)
	kw.Lead = ""
	toks := []profile.Token{kw}
	var body []*profile.Statement
	if _, block := profileBody[name]; block {
		body = p.body(name, v)
	} else {
		toks = append(toks, p.words(name, v)...)
	}
	if max := profile.MaxArgs(name); max >= 0 && len(toks)-1 > max {
		c.add(v, CodeType, fmt.Sprintf("%s takes one name, not %d words", name, len(toks)-1),
			"write one "+name+" entry for each name")
		toks = toks[:max+1]
	}
	if len(it.Content) > 2 {
		if paramStatements[name] {
			toks = append(toks, p.params(name, toks, it.Content[2:])...)
		} else {
			key := it.Content[2]
			h := fmt.Sprintf("%s takes its words as its value (%s: %s); it has no parameter keys", name, name, exampleWords(name))
			if body := profileBody[name]; body != nil {
				h = fmt.Sprintf("%s holds its %s statements as a list and takes no parameters", name, strings.Join(body, " and "))
			}
			if s := profile.Canonical(key.Value); contains(ProfileStatements, s) {
				h = "each statement is an entry of its own: start a new entry with - " + key.Value + ":"
			}
			c.add(key, CodeUnknownKey, fmt.Sprintf("%q is not a parameter of %s", key.Value, name), h)
		}
	}
	var st *profile.Statement
	if end := profile.EndKeyword(name); end != "" {
		// The END statement stands after the entry's last word.
		last := k.Line
		for _, t := range toks {
			last = max(last, t.Line)
		}
		for _, b := range body {
			last = max(last, lastLine(b))
		}
		e := profile.NewToken(end, last, k.Column)
		e.Lead = "\n"
		st = profile.NewBlock(c.file, toks, body, e)
	} else {
		st = profile.NewStatement(c.file, toks...)
	}
	p.inner(it, st)
	return st
}

func exampleWords(name string) string {
	switch name {
	case "HOME":
		return "[10.1.1.1 LNK1, 10.1.1.2 LNK2]"
	case "TCPCONFIG":
		return "TTLS RESTRICTLOWPORTS"
	case "IPCONFIG", "IPCONFIG6":
		return "IPSECURITY"
	case "BSDROUTINGPARMS":
		return "[TRUE, LNK1 1500 0 255.255.255.0 0]"
	case "IPSECRULE", "IPSEC6RULE":
		return `"* * NOLOG PROTOCOL *"`
	case "INCLUDE":
		return "USER.TCPPARMS(PROFDEVS)"
	case "DEVICE":
		return "OSADEV1 MPCIPA"
	case "LINK":
		return "OSALNK1 IPAQENET OSADEV1"
	case "ROUTE":
		return "DEFAULT 10.1.1.254 ETH1 MTU 1492"
	}
	return "NAME"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// unknownStatement reports the first key of an entry that is not a
// statement the document may hold there.
func (p *profileConv) unknownStatement(it *yaml.Node, in, name string, allowed []string) {
	k := it.Content[0]
	c := p.c
	switch {
	case in != "":
		c.add(k, CodeUnknownKey, fmt.Sprintf("%q: a %s block holds %s statements", k.Value, in, strings.Join(allowed, " and ")), hint(k.Value, allowed))
		return
	case profile.BlockOf(name) != "":
		c.add(k, CodeUnknownKind, fmt.Sprintf("%s belongs in a %s block", name, profile.BlockOf(name)),
			fmt.Sprintf("write it in the list of a %s entry", profile.BlockOf(name)))
		return
	case name != "":
		c.add(k, CodeUnknownKind, fmt.Sprintf("%s is a statement znet keeps as written, not one a profile document writes as YAML", name),
			"put it in a verbatim block where it belongs: - verbatim: |")
		return
	}
	for i := 2; i+1 < len(it.Content); i += 2 {
		if s := profile.Canonical(it.Content[i].Value); contains(ProfileStatements, s) {
			c.add(k, CodeUnknownKind, fmt.Sprintf("%q comes before the statement: an entry begins with its statement (%s)", k.Value, s),
				"move "+it.Content[i].Value+": to the top of the entry")
			return
		}
	}
	c.add(k, CodeUnknownKind, fmt.Sprintf("%q is not a statement of a profile document", k.Value), hint(k.Value, append(append([]string{}, ProfileStatements...), Verbatim)))
}

// words converts the value of a statement key into argument tokens: a
// string of native words, or a list of such strings.
func (p *profileConv) words(name string, v *yaml.Node) []profile.Token {
	var out []profile.Token
	one := func(n *yaml.Node) {
		if n.Kind != yaml.ScalarNode {
			p.c.add(n, CodeType, fmt.Sprintf("%s takes its words in native syntax: a string, or a list of strings, not a %s", name, kindName(n)),
				fmt.Sprintf("write %s: %s", name, exampleWords(name)))
			return
		}
		if n.ShortTag() == "!!null" {
			return
		}
		for _, w := range p.c.valueWords(n) {
			out = append(out, profile.NewToken(w.text, w.line, w.col))
		}
	}
	if v.Kind == yaml.SequenceNode {
		for _, it := range v.Content {
			one(it)
		}
		return out
	}
	one(v)
	return out
}

// body converts the list of statements of a block (BEGINROUTES, IPSEC).
func (p *profileConv) body(name string, v *yaml.Node) []*profile.Statement {
	c := p.c
	if v.Kind == yaml.ScalarNode && v.ShortTag() == "!!null" {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		c.add(v, CodeType, fmt.Sprintf("%s holds a list of %s statements", name, strings.Join(profileBody[name], " and ")),
			fmt.Sprintf("write %s:\\n  - %s: …", name, profileBody[name][0]))
		return nil
	}
	var out []*profile.Statement
	for _, it := range v.Content {
		if it.Kind != yaml.MappingNode || len(it.Content) < 2 {
			c.add(it, CodeType, fmt.Sprintf("each entry of %s is one statement (- %s: …)", name, profileBody[name][0]), "")
			continue
		}
		c.dupKeys(it, true)
		st := p.statement(it, name)
		if st == nil {
			continue
		}
		st.Leading = p.comments(joinComment(it.HeadComment, it.Content[0].HeadComment), it.Content[0].Line)
		lead := "\n"
		for _, cm := range st.Leading {
			lead += "  " + cm.Text + "\n"
		}
		st.Tokens[0].Lead = lead + "  "
		out = append(out, st)
	}
	return out
}

// params converts the parameter keys of a statement (DEVICE, LINK,
// INTERFACE, ROUTE, IPSEC) into tokens: the keyword, then its values.
func (p *profileConv) params(name string, lead []profile.Token, kv []*yaml.Node) []profile.Token {
	c := p.c
	table, what := p.table(name, lead, kv)
	var out []profile.Token
	for i := 0; i+1 < len(kv); i += 2 {
		key, val := kv[i], kv[i+1]
		ps := tcpprofile.MatchParameter(table, key.Value)
		if ps == nil {
			p.unknownParam(key, what, table)
			continue
		}
		kt := profile.NewToken(key.Value, key.Line, key.Column)
		switch {
		case isTrue(val):
			out = append(out, kt)
		case isFalse(val):
			c.add(val, CodeType, fmt.Sprintf("%s: false: a parameter without a value is written %s: true, or left out", key.Value, key.Value), "")
		case val.Kind == yaml.MappingNode:
			c.add(val, CodeType, fmt.Sprintf("%s takes a value, or a list of values, not a mapping", ps.Name), "")
		case ps.Kind == "flag":
			c.add(val, CodeType, fmt.Sprintf("%s takes no value", ps.Name), fmt.Sprintf("write %s: true", key.Value))
		default:
			out = append(out, kt)
			out = append(out, p.words(ps.Name, val)...)
		}
	}
	return out
}

// table finds the parameters of a statement: by its type for DEVICE and
// LINK (the second word), by the DEFINE parameter's value for INTERFACE
// (whose actions, DEFINE, DELETE, ADDADDR…, are parameters too). Without
// a type znet knows, every parameter znet knows is accepted.
func (p *profileConv) table(name string, lead []profile.Token, kv []*yaml.Node) ([]tcpprofile.ParamSpec, string) {
	typ := ""
	switch name {
	case "DEVICE", "LINK":
		if len(lead) > 2 {
			typ = strings.ToUpper(lead[2].Text)
		}
	case "INTERFACE":
		acts := tcpprofile.InterfaceActions()
		if len(lead) > 3 && tcpprofile.MatchParameter(acts[:1], lead[2].Text) != nil {
			typ = strings.ToUpper(lead[3].Text)
		}
		for i := 0; i+1 < len(kv); i += 2 {
			if a := tcpprofile.MatchParameter(acts, kv[i].Value); a != nil && a.Name == "DEFINE" && kv[i+1].Kind == yaml.ScalarNode {
				typ = strings.ToUpper(strings.TrimSpace(kv[i+1].Value))
			}
		}
	}
	table, ok := tcpprofile.Parameters(name, typ)
	what := strings.TrimSpace(name + " " + typ)
	if name == "INTERFACE" {
		table = append(tcpprofile.InterfaceActions(), table...)
		what = "INTERFACE DEFINE " + typ
		if typ == "" {
			what = "INTERFACE"
		}
	}
	if !ok {
		table = append(table, tcpprofile.AllParameters()...)
	}
	return table, what
}

func (p *profileConv) unknownParam(key *yaml.Node, what string, table []tcpprofile.ParamSpec) {
	var names []string
	for _, t := range table {
		names = append(names, t.Name)
	}
	h := hint(key.Value, names)
	switch {
	case contains(ProfileStatements, profile.Canonical(key.Value)):
		p.c.add(key, CodeUnknownKey, fmt.Sprintf("%q is a statement, not a parameter of %s", key.Value, what),
			"each statement is an entry of its own: start a new entry with - "+key.Value+":")
		return
	case tcpprofile.MatchParameter(tcpprofile.AllParameters(), key.Value) != nil:
		if h == "" {
			h = "it belongs to other statements or types; to keep it anyway, write the statement's words as one string"
		}
	}
	p.c.add(key, CodeUnknownKey, fmt.Sprintf("%q is not a parameter of %s", key.Value, what), h)
}

// inner files the YAML comments inside an entry (on its keys and values,
// and on the strings of a list of words) with the statement: a comment on
// the line of its last token trails it, the others are inner comments.
// (The YAML parser does not say in which column a comment starts.)
func (p *profileConv) inner(it *yaml.Node, st *profile.Statement) {
	last := st.Tokens[len(st.Tokens)-1].Line
	add := func(n *yaml.Node, text string, line int) {
		for _, l := range commentLines(text) {
			cm := profile.Comment{Text: ";" + l, Span: source.Span{File: p.c.file, Line: line, Col: n.Column, EndLine: line, EndCol: n.Column + 1 + len(l)}}
			if line == last && st.Trailing == nil {
				st.Trailing = &cm
				continue
			}
			st.Inner = append(st.Inner, cm)
		}
	}
	nodes := it.Content
	if v := it.Content[1]; v.Kind == yaml.SequenceNode && profileBody[st.Name] == nil {
		nodes = append(append([]*yaml.Node{}, nodes...), v.Content...)
	}
	for i, n := range nodes {
		if i > 1 && i < len(it.Content) && i%2 == 0 {
			ls := commentLines(n.HeadComment)
			for j := range ls {
				add(n, "#"+ls[j], n.Line-len(ls)+j)
			}
		}
		if i >= len(it.Content) && n.HeadComment != "" {
			ls := commentLines(n.HeadComment)
			for j := range ls {
				add(n, "#"+ls[j], n.Line-len(ls)+j)
			}
		}
		add(n, n.LineComment, n.Line)
	}
	sort.SliceStable(st.Inner, func(i, j int) bool { return st.Inner[i].Span.Line < st.Inner[j].Span.Line })
}

// lastLine is the line of a statement's last word.
func lastLine(s *profile.Statement) int {
	l := 0
	for _, t := range s.Tokens {
		l = max(l, t.Line)
	}
	for _, t := range s.End {
		l = max(l, t.Line)
	}
	for _, b := range s.Body {
		l = max(l, lastLine(b))
	}
	return l
}

// Layout returns the tree a member is printed from: for a native file its
// own tree; for a YAML document a copy with the lines of the native text
// it stands for, which the printer (emit.PrintProfile) places blank lines
// and verbatim records by. YAML lines that hold no word and no comment
// (the line of `- verbatim: |`) are left out; blank lines stay.
func (n *Native) Layout() *profile.File {
	if !n.YAML || n.Profile == nil {
		return n.Profile
	}
	f := n.Profile
	used := map[int]bool{}
	var mark func(s *profile.Statement)
	com := func(cs []profile.Comment) {
		for _, c := range cs {
			used[c.Span.Line] = true
		}
	}
	mark = func(s *profile.Statement) {
		for _, t := range s.Tokens {
			used[t.Line] = true
		}
		for _, t := range s.End {
			used[t.Line] = true
		}
		com(s.Leading)
		com(s.Inner)
		com(s.EndComments)
		if s.Trailing != nil {
			used[s.Trailing.Span.Line] = true
		}
		for _, b := range s.Body {
			mark(b)
		}
	}
	for _, s := range f.Statements {
		mark(s)
	}
	com(f.Comments)
	last := 0
	for l := range used {
		last = max(last, l)
	}
	newLine := make([]int, last+1)
	k := 0
	for l := 1; l <= last; l++ {
		if used[l] || (l-1 < len(n.raw) && strings.TrimSpace(n.raw[l-1]) == "") {
			k++
		}
		newLine[l] = k
	}
	at := func(l int) int {
		if l > 0 && l <= last {
			return newLine[l]
		}
		return l
	}
	toks := func(ts []profile.Token) []profile.Token {
		out := make([]profile.Token, len(ts))
		for i, t := range ts {
			t.Line = at(t.Line)
			out[i] = t
		}
		return out
	}
	comments := func(cs []profile.Comment) []profile.Comment {
		out := make([]profile.Comment, len(cs))
		for i, c := range cs {
			c.Span.Line, c.Span.EndLine = at(c.Span.Line), at(c.Span.EndLine)
			out[i] = c
		}
		return out
	}
	var cp func(s *profile.Statement) *profile.Statement
	cp = func(s *profile.Statement) *profile.Statement {
		c := *s
		c.Tokens, c.End = toks(s.Tokens), toks(s.End)
		c.Leading, c.Inner, c.EndComments = comments(s.Leading), comments(s.Inner), comments(s.EndComments)
		if s.Trailing != nil {
			t := comments([]profile.Comment{*s.Trailing})[0]
			c.Trailing = &t
		}
		c.Body = make([]*profile.Statement, len(s.Body))
		for i, b := range s.Body {
			c.Body[i] = cp(b)
		}
		return &c
	}
	out := &profile.File{Name: f.Name, Comments: comments(f.Comments), Diagnostics: f.Diagnostics, Tail: f.Tail}
	for _, s := range f.Statements {
		out.Statements = append(out.Statements, cp(s))
	}
	return out
}

// lastLineOf is the last line a node's values are on.
func lastLineOf(n *yaml.Node) int {
	l := n.Line
	for _, c := range n.Content {
		l = max(l, lastLineOf(c))
	}
	if n.Kind == yaml.ScalarNode {
		l += strings.Count(strings.TrimRight(n.Value, "\n"), "\n")
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			l++
		}
	}
	return l
}
