package desired

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// wrappers are keys a document may put its statements under.
var wrappers = []string{"attls", "ipsec", "policy", "config", "dmd"}

// Document is a policy document read from YAML.
type Document struct {
	// File is the syntax tree the document stands for.
	File *pagent.File
	// Includes are the files named under `include:`, with the node
	// naming each (for positions).
	Includes []Include
}

// Include is one entry of an include list.
type Include struct {
	Path string
	Span source.Span
}

// converter turns one YAML document into statements.
type converter struct {
	file  string
	diags source.Diagnostics
	// raw holds the lines of the file, for the positions inside literal
	// blocks (verbatim profile and syslog text).
	raw []string
}

func (c *converter) add(n *yaml.Node, code, msg, hint string) {
	c.diags.Add(c.span(n), source.Error, code, msg, hint)
}

// span is the position of a node. Columns count characters, as in every
// znet position.
func (c *converter) span(n *yaml.Node) source.Span {
	if n == nil {
		return source.FileStart(c.file)
	}
	w := 1
	if n.Kind == yaml.ScalarNode {
		w = max(1, utf8.RuneCountInString(n.Value))
		if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			w += 2
		}
	}
	return source.Span{File: c.file, Line: n.Line, Col: n.Column, EndLine: n.Line, EndCol: n.Column + w}
}

// ParseDocument reads a policy document. It never fails: problems are in
// the returned File's Diagnostics.
func ParseDocument(name string, data []byte) *Document {
	c := &converter{file: name}
	d := &Document{File: &pagent.File{Name: name}}
	root, err := parseYAML(data)
	if err != nil {
		c.diags.Add(yamlErrSpan(name, err), source.Error, CodeFile, "not valid YAML: "+yamlErrText(err), "")
		d.File.Diagnostics = c.diags
		return d
	}
	if len(root.Content) == 0 {
		return d
	}
	resolveAliases(root, 0)
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		c.add(top, CodeType, "a policy document is a mapping of statement kinds (TTLSRule: …)", "")
		d.File.Diagnostics = c.diags
		return d
	}
	c.dupKeys(top, true)
	// Unwrap `attls: {…}` and friends; several wrappers may be present.
	body := []*yaml.Node{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch {
		case strings.EqualFold(k.Value, "include"):
			d.Includes = append(d.Includes, c.includes(v)...)
		case isWrapper(k.Value) && v.Kind == yaml.MappingNode:
			c.dupKeys(v, true)
			body = append(body, v.Content...)
		default:
			body = append(body, k, v)
		}
	}
	for i := 0; i+1 < len(body); i += 2 {
		d.File.Statements = append(d.File.Statements, c.topLevel(body[i], body[i+1])...)
	}
	c.diags.Sort()
	d.File.Diagnostics = c.diags
	return d
}

func isWrapper(k string) bool {
	for _, w := range wrappers {
		if strings.EqualFold(w, k) {
			return true
		}
	}
	return false
}

func (c *converter) includes(v *yaml.Node) []Include {
	var out []Include
	switch v.Kind {
	case yaml.ScalarNode:
		out = append(out, Include{Path: v.Value, Span: c.span(v)})
	case yaml.SequenceNode:
		for _, it := range v.Content {
			if it.Kind != yaml.ScalarNode {
				c.add(it, CodeType, "include lists file names", "")
				continue
			}
			out = append(out, Include{Path: it.Value, Span: c.span(it)})
		}
	default:
		c.add(v, CodeType, "include takes a file name or a list of them", "")
	}
	return out
}

// dupKeys reports keys written twice in one mapping. Keywords compare
// without case (Policy Agent ignores it), names with case.
func (c *converter) dupKeys(m *yaml.Node, keywords bool) {
	dup := func(k, first *yaml.Node) {
		c.add(k, CodeDupKey, fmt.Sprintf("%q is written twice in this mapping (first at line %d); YAML keeps only one", k.Value, first.Line),
			"merge the two, or use a list for values that repeat")
	}
	if keywords && len(m.Content) <= 32 {
		// An object's parameters: a handful, compared in place.
		for i := 2; i+1 < len(m.Content); i += 2 {
			for j := 0; j < i; j += 2 {
				if strings.EqualFold(m.Content[j].Value, m.Content[i].Value) {
					dup(m.Content[i], m.Content[j])
					break
				}
			}
		}
		return
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		key := k.Value
		if keywords {
			key = strings.ToLower(key)
		}
		if first, ok := seen[key]; ok {
			dup(k, first)
			continue
		}
		seen[key] = k
	}
}

// kw makes the keyword token of a statement: IBM's spelling, at the key.
func (c *converter) kw(k *yaml.Node, name string) pagent.Token {
	return pagent.Token{Text: name, Span: c.span(k)}
}

// words splits a scalar into value tokens with their columns.
func (c *converter) words(v *yaml.Node, def *model.Param) []pagent.Token {
	text := v.Value
	if def != nil && len(def.Enum) == 2 && def.Enum[0] == "On" && def.Enum[1] == "Off" && v.Tag == "!!bool" {
		// YAML reads On/Off as strings, but true/false as booleans; take
		// those to mean On and Off.
		if text == "true" {
			text = "On"
		} else if text == "false" {
			text = "Off"
		}
	}
	base := c.span(v)
	if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		base.Col++
	}
	if def != nil && (def.Kind == model.KWords || def.Kind == model.KSecret) {
		t := strings.TrimSpace(text)
		sp := base
		sp.EndCol = sp.Col + utf8.RuneCountInString(t)
		if t == "" {
			return nil
		}
		return []pagent.Token{{Text: t, Span: sp}}
	}
	var out []pagent.Token
	col := base.Col
	start := -1
	startCol := 0
	flush := func(end int, endCol int) {
		if start >= 0 {
			out = append(out, pagent.Token{Text: text[start:end], Span: source.Span{File: c.file, Line: base.Line, Col: startCol, EndLine: base.Line, EndCol: endCol}})
			start = -1
		}
	}
	for i, r := range text {
		if source.Blank(r) || r == '\n' {
			flush(i, col)
		} else if start < 0 {
			start, startCol = i, col
		}
		col++
	}
	flush(len(text), col)
	return out
}

// topLevel converts one `Kind: …` entry of the document.
func (c *converter) topLevel(k, v *yaml.Node) []*pagent.Statement {
	def := model.Lookup(k.Value)
	if def == nil {
		var names []string
		for _, s := range model.Statements() {
			names = append(names, s.Name)
		}
		c.add(k, CodeUnknownKind, fmt.Sprintf("%q is not a Policy Agent statement", k.Value), hint(k.Value, append(names, "include")))
		return nil
	}
	if !def.Block {
		return c.oneRecordEntries(def, k, v)
	}
	switch def.Naming {
	case model.NameNone:
		// A list here is the ordered form of the body (see entries).
		return []*pagent.Statement{c.block(def, k, nil, v)}
	default:
		if v.Kind != yaml.MappingNode {
			c.add(v, CodeType, fmt.Sprintf("%s is a mapping from object name to its parameters", def.Name),
				fmt.Sprintf("write %s:\\n  name1:\\n    parameter: value", def.Name))
			return nil
		}
		c.dupKeys(v, false)
		// Objects convert independently: a large policy's are shared out
		// among the CPUs, each run with a converter of its own, and joined
		// in order.
		n := len(v.Content) / 2
		runs := model.Runs(n, 2048)
		out := make([]*pagent.Statement, n)
		diags := make([]source.Diagnostics, runs)
		model.ForRuns(runs, n, func(run, lo, hi int) {
			cc := c
			if runs > 1 {
				cc = &converter{file: c.file, raw: c.raw}
			}
			for i := lo; i < hi; i++ {
				out[i] = cc.block(def, k, v.Content[2*i], v.Content[2*i+1])
			}
			if runs > 1 {
				diags[run] = cc.diags
			}
		})
		for _, d := range diags {
			c.diags = append(c.diags, d...)
		}
		return out
	}
}

// oneRecordEntries converts a one-record statement (TTLSConfig,
// TcpImage…): native text, a mapping of its parts, or (for one per stack)
// a mapping from stack name to either.
func (c *converter) oneRecordEntries(def *model.Stmt, k, v *yaml.Node) []*pagent.Statement {
	if def.Naming == model.NameValue && v.Kind == yaml.MappingNode {
		c.dupKeys(v, false)
		var out []*pagent.Statement
		for i := 0; i+1 < len(v.Content); i += 2 {
			name := v.Content[i]
			st := c.oneRecord(def, k, v.Content[i+1], def.Params[1:])
			if st != nil {
				st.Values = append([]pagent.Token{{Text: name.Value, Span: c.span(name)}}, st.Values...)
				out = append(out, st)
			}
		}
		return out
	}
	if v.Kind == yaml.SequenceNode {
		var out []*pagent.Statement
		for _, it := range v.Content {
			if st := c.oneRecord(def, k, it, def.Params); st != nil {
				out = append(out, st)
			}
		}
		return out
	}
	if st := c.oneRecord(def, k, v, def.Params); st != nil {
		return []*pagent.Statement{st}
	}
	return nil
}

func (c *converter) oneRecord(def *model.Stmt, k, v *yaml.Node, params []model.Param) *pagent.Statement {
	st := &pagent.Statement{Keyword: c.kw(k, def.Name), Span: c.span(k)}
	switch v.Kind {
	case yaml.ScalarNode:
		st.Values = c.words(v, nil)
	case yaml.MappingNode:
		c.dupKeys(v, true)
		// Parts in catalog order, whatever order the YAML has.
		for _, p := range params {
			for i := 0; i+1 < len(v.Content); i += 2 {
				if strings.EqualFold(v.Content[i].Value, p.Name) {
					st.Values = append(st.Values, c.words(v.Content[i+1], &p)...)
				}
			}
		}
		for i := 0; i+1 < len(v.Content); i += 2 {
			key := v.Content[i]
			known := false
			var names []string
			for _, p := range params {
				known = known || strings.EqualFold(p.Name, key.Value)
				names = append(names, p.Name)
			}
			if !known {
				c.add(key, CodeUnknownKey, fmt.Sprintf("%q is not a part of %s (parts: %s)", key.Value, def.Name, strings.Join(names, ", ")),
					hint(key.Value, names))
			}
		}
	default:
		c.add(v, CodeType, fmt.Sprintf("%s takes its value as text, such as the native record's values", def.Name), "")
		return nil
	}
	return st
}

// block converts the body of a block statement into a statement.
func (c *converter) block(def *model.Stmt, k, name, body *yaml.Node) *pagent.Statement {
	st := &pagent.Statement{Keyword: c.kw(k, def.Name), Span: c.span(k)}
	if name != nil {
		// A named object is where its name is written.
		st.Values = []pagent.Token{{Text: name.Value, Span: c.span(name)}}
		st.Span = c.span(name)
		st.Keyword.Span = st.Span
	}
	open := c.span(body)
	st.Block = &pagent.Block{Open: open, Close: open}
	entries := c.entries(body)
	flatAt := map[*model.Stmt]*pagent.Statement{} // synthetic inline statements for flat keys
	var fl *model.Flat
	for _, e := range entries {
		key, val := e[0], e[1]
		if strings.HasPrefix(key.Value, "x-") {
			continue // extension keys (x-znet-ignore) are read by the tools that use them
		}
		if name == nil && strings.EqualFold(key.Value, "name") && val.Kind == yaml.ScalarNode {
			st.Values = []pagent.Token{{Text: val.Value, Span: c.span(val)}}
			continue
		}
		if p := def.Param(key.Value); p != nil {
			st.Block.Statements = append(st.Block.Statements, c.params(p, key, val)...)
			continue
		}
		if sub := model.Lookup(key.Value); sub != nil && sub.Block {
			st.Block.Statements = append(st.Block.Statements, c.inline(sub, key, val)...)
			continue
		}
		if fl == nil {
			f := model.Flatten(def)
			fl = &f
		}
		lk := strings.ToLower(key.Value)
		if owner := fl.Owners[lk]; owner != nil {
			p := owner.Param(key.Value)
			holder := model.Holder(st, def, owner, c.span(key), flatAt)
			holder.Block.Statements = append(holder.Block.Statements, c.params(p, key, val)...)
			continue
		}
		if owners, ok := fl.Ambiguous[lk]; ok {
			c.add(key, CodeAmbiguous, fmt.Sprintf("%s belongs to %s: written flat in %s it is ambiguous", key.Value, strings.Join(owners, " and "), def.Name),
				"write it inside the statement it belongs to, such as "+owners[0]+": {"+key.Value+": …}")
			continue
		}
		var cands []string
		for _, p := range def.Params {
			cands = append(cands, p.Name)
		}
		cands = append(cands, def.Nested...)
		for _, o := range fl.Owners {
			for _, p := range o.Params {
				cands = append(cands, p.Name)
			}
		}
		c.add(key, CodeUnknownKey, fmt.Sprintf("%q is not a parameter of %s or of a statement it may hold", key.Value, def.Name), hint(key.Value, cands))
	}
	for owner, holder := range flatAt {
		if len(holder.Block.Statements) == 0 || holder.Block.Statements[0].Block != nil {
			continue // an intermediate statement, not the owner of flat keys
		}
		for _, s := range st.Block.Statements {
			// (flat keys beside a Ref are reported by the model, PA221)
			if s != holder && strings.EqualFold(s.Keyword.Text, owner.Name) {
				c.diags.Add(s.Keyword.Span, source.Error, CodeFlatClash,
					fmt.Sprintf("%s is written both as a block here and as flat keys (line %d)", owner.Name, holder.Keyword.Span.Line),
					"write its parameters in one place")
			}
		}
	}
	return st
}

// resolveAliases replaces every alias (*name) by the node its anchor
// (&name) marks, so a block written once can be used in several places.
// depth guards against alias loops, which YAML allows to be written.
func resolveAliases(n *yaml.Node, depth int) {
	if depth > 64 {
		return
	}
	for i, c := range n.Content {
		if c.Kind == yaml.AliasNode && c.Alias != nil {
			n.Content[i] = c.Alias
			c = c.Alias
		}
		resolveAliases(c, depth+1)
	}
}

// entries returns the key/value pairs of a body: a mapping, or a sequence
// of one-key mappings (the form that keeps the order of different keys).
// A merge key (<<: *common) brings in the entries of the mapping it names,
// as YAML defines; keys written beside it win.
func (c *converter) entries(body *yaml.Node) [][2]*yaml.Node {
	var out [][2]*yaml.Node
	switch body.Kind {
	case yaml.MappingNode:
		c.dupKeys(body, true)
		own := map[string]bool{}
		for i := 0; i+1 < len(body.Content); i += 2 {
			own[strings.ToLower(body.Content[i].Value)] = true
		}
		for i := 0; i+1 < len(body.Content); i += 2 {
			k, v := body.Content[i], body.Content[i+1]
			if k.Value == "<<" && k.Tag == "!!merge" {
				srcs := []*yaml.Node{v}
				if v.Kind == yaml.SequenceNode {
					srcs = v.Content
				}
				for _, m := range srcs {
					if m.Kind != yaml.MappingNode {
						c.add(m, CodeType, "a merge key (<<) takes a mapping or a list of them", "")
						continue
					}
					for j := 0; j+1 < len(m.Content); j += 2 {
						if !own[strings.ToLower(m.Content[j].Value)] {
							out = append(out, [2]*yaml.Node{m.Content[j], m.Content[j+1]})
						}
					}
				}
				continue
			}
			out = append(out, [2]*yaml.Node{k, v})
		}
	case yaml.SequenceNode:
		for _, it := range body.Content {
			if it.Kind != yaml.MappingNode || len(it.Content) != 2 {
				c.add(it, CodeType, "in a body written as a list, each entry is one `key: value`", "")
				continue
			}
			out = append(out, [2]*yaml.Node{it.Content[0], it.Content[1]})
		}
	case yaml.ScalarNode:
		if body.Tag == "!!null" {
			return nil
		}
		fallthrough
	default:
		c.add(body, CodeType, "a statement's body is a mapping of its parameters", "")
	}
	return out
}

// params converts `Param: value` (or a list of values for a parameter
// that repeats) into parameter records.
func (c *converter) params(p *model.Param, key, val *yaml.Node) []*pagent.Statement {
	one := func(v *yaml.Node) *pagent.Statement {
		if v.Kind != yaml.ScalarNode {
			c.add(v, CodeType, fmt.Sprintf("%s takes a value, not a %s", p.Name, kindName(v)), "")
			return nil
		}
		st := &pagent.Statement{Keyword: c.kw(key, p.Name), Values: c.words(v, p), Span: c.span(key)}
		st.Span = source.Cover(st.Span, c.span(v))
		return st
	}
	var out []*pagent.Statement
	if val.Kind == yaml.SequenceNode {
		for _, it := range val.Content {
			if s := one(it); s != nil {
				out = append(out, s)
			}
		}
		return out
	}
	if s := one(val); s != nil {
		out = append(out, s)
	}
	return out
}

// inline converts an inline statement (a mapping) or several (a list).
func (c *converter) inline(sub *model.Stmt, key, val *yaml.Node) []*pagent.Statement {
	switch val.Kind {
	case yaml.MappingNode:
		return []*pagent.Statement{c.block(sub, key, nil, val)}
	case yaml.SequenceNode:
		var out []*pagent.Statement
		for _, it := range val.Content {
			out = append(out, c.block(sub, key, nil, it))
		}
		return out
	}
	c.add(val, CodeType, fmt.Sprintf("%s is a statement: write its parameters under it, or refer to a named one with %sRef", sub.Name, sub.Name), "")
	return nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	}
	return "value"
}

func hint(word string, cands []string) string {
	s := model.Suggest(word, cands)
	if len(s) == 0 {
		return ""
	}
	if len(s) > 3 {
		s = s[:3]
	}
	return "did you mean " + strings.Join(s, " or ") + "?"
}

// yamlErrSpan extracts "line N" from a yaml.v3 error.
func yamlErrSpan(file string, err error) source.Span {
	line := 1
	fmt.Sscanf(afterLine(err.Error()), "%d", &line)
	return source.Span{File: file, Line: line, Col: 1, EndLine: line, EndCol: 1}
}

func afterLine(s string) string {
	if i := strings.Index(s, "line "); i >= 0 {
		return s[i+5:]
	}
	return ""
}

func yamlErrText(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "yaml: ")
	return s
}
