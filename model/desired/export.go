package desired

import (
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// Secret is a secret znet left out of exported YAML: the user fills the
// environment variable Var when building members.
type Secret struct {
	Var    string // environment variable the YAML refers to, ${Var}
	Object string // where it was: "TTLSKeyringParms keyR11"
	Param  string
	At     string // native position it came from
}

// Export turns the objects of a policy into a YAML policy document:
// statements of a kind as a mapping from name to body, inline statements
// inline, parameters in the order they were coded, comments as YAML
// comments. Secrets are replaced by ${VAR} references (listed in the
// second result); their values are never copied.
func Export(p *policy.Policy) (*yaml.Node, []Secret) {
	e := &exporter{}
	doc := &yaml.Node{Kind: yaml.DocumentNode}
	top := &yaml.Node{Kind: yaml.MappingNode}
	doc.Content = []*yaml.Node{top}
	// Kinds in order of first appearance; winners only (a later definition
	// of the same name replaces an earlier one in Policy Agent).
	byKind := map[string]*yaml.Node{}
	for _, o := range p.Objects {
		if o.Name != "" && o.Def.Naming != model.NameNone && p.Lookup(o.Def.Name, o.Name) != o {
			continue
		}
		k := o.Def.Name
		kindVal, ok := byKind[k]
		named := o.Def.Naming != model.NameNone
		if !ok {
			key := scalar(k)
			if named {
				kindVal = &yaml.Node{Kind: yaml.MappingNode}
			}
			byKind[k] = kindVal
			top.Content = append(top.Content, key, kindVal)
			if !named {
				top.Content[len(top.Content)-1] = e.body(o, false)
				byKind[k] = top.Content[len(top.Content)-1]
				comments(key, nil, o.Src)
				continue
			}
		} else if !named {
			// A second unnamed statement of one kind (two TTLSConfig
			// records): the value becomes a list.
			idx := indexOf(top, kindVal)
			if kindVal.Kind != yaml.SequenceNode || kindVal.Tag != "!!seq-of-records" {
				kindVal = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq-of-records", Content: []*yaml.Node{kindVal}}
				top.Content[idx] = kindVal
				byKind[k] = kindVal
			}
			kindVal.Content = append(kindVal.Content, e.body(o, false))
			continue
		}
		nameKey := scalar(o.Name)
		comments(nameKey, nil, o.Src)
		kindVal.Content = append(kindVal.Content, nameKey, e.body(o, false))
	}
	for _, n := range byKind {
		if n.Tag == "!!seq-of-records" {
			n.Tag = ""
		}
	}
	var foot []string
	for _, f := range p.Files {
		for _, c := range f.Comments {
			foot = append(foot, c.Text)
		}
	}
	if len(foot) > 0 {
		doc.FootComment = strings.Join(foot, "\n")
	}
	return doc, e.secrets
}

func indexOf(m *yaml.Node, v *yaml.Node) int {
	for i, c := range m.Content {
		if c == v {
			return i
		}
	}
	return -1
}

type exporter struct {
	secrets []Secret
}

func scalar(v string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
	if _, err := strconv.ParseInt(v, 10, 64); err == nil && (v == "0" || !strings.HasPrefix(v, "0")) && !strings.HasPrefix(v, "+") {
		n.Tag = "!!int"
	}
	return n
}

// comments moves a statement's comments onto YAML nodes.
func comments(key, val *yaml.Node, st *pagent.Statement) {
	if st == nil {
		return
	}
	var lead []string
	for _, c := range st.Leading {
		lead = append(lead, c.Text)
	}
	key.HeadComment = strings.Join(lead, "\n")
	if st.Trailing != nil {
		if val != nil && val.Kind == yaml.ScalarNode {
			val.LineComment = st.Trailing.Text
		} else {
			key.LineComment = st.Trailing.Text
		}
	}
}

// entry is one key of a body in coded order.
type entry struct {
	key  string
	val  *yaml.Node
	src  *pagent.Statement
	line int
	col  int
}

// body renders an object's parameters and inline statements.
func (e *exporter) body(o *policy.Object, withName bool) *yaml.Node {
	if !o.Def.Block {
		words := make([]string, 0, len(o.Params))
		for _, p := range o.Params {
			words = append(words, p.Words()...)
		}
		if o.Def.Naming == model.NameValue && len(words) > 0 {
			words = words[1:]
		}
		v := scalar(strings.Join(words, " "))
		if o.Src != nil && o.Src.Trailing != nil {
			v.LineComment = o.Src.Trailing.Text
		}
		return v
	}
	var es []entry
	for _, p := range o.Params {
		v := e.value(o, p)
		es = append(es, entry{key: p.Def.Name, val: v, src: p.Src, line: p.Src.Keyword.Span.Line, col: p.Src.Keyword.Span.Col})
	}
	for _, c := range o.Children {
		v := e.body(c, true)
		es = append(es, entry{key: c.Def.Name, val: v, src: c.Src, line: c.Src.Keyword.Span.Line, col: c.Src.Keyword.Span.Col})
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].line != es[j].line {
			return es[i].line < es[j].line
		}
		return es[i].col < es[j].col
	})
	var node *yaml.Node
	if interleaved(es) {
		node = &yaml.Node{Kind: yaml.SequenceNode}
		if withName && o.Name != "" {
			node.Content = append(node.Content, pair("name", scalar(o.Name)))
		}
		for _, en := range es {
			k := scalar(en.key)
			comments(k, en.val, en.src)
			node.Content = append(node.Content, &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{k, en.val}})
		}
	} else {
		node = &yaml.Node{Kind: yaml.MappingNode}
		if withName && o.Name != "" {
			node.Content = append(node.Content, scalar("name"), scalar(o.Name))
		}
		for i := 0; i < len(es); {
			j := i
			for j < len(es) && es[j].key == es[i].key {
				j++
			}
			k := scalar(es[i].key)
			comments(k, es[i].val, es[i].src)
			if j-i == 1 {
				node.Content = append(node.Content, k, es[i].val)
			} else {
				seq := &yaml.Node{Kind: yaml.SequenceNode}
				for x := i; x < j; x++ {
					if x > i {
						comments(&yaml.Node{}, es[x].val, es[x].src)
						if lead := leadText(es[x].src); lead != "" {
							es[x].val.HeadComment = lead
						}
					}
					seq.Content = append(seq.Content, es[x].val)
				}
				if allScalars(seq) && j-i > 1 && len(seq.Content) <= 8 && !hasComments(seq) {
					seq.Style = yaml.FlowStyle
				}
				node.Content = append(node.Content, k, seq)
			}
			i = j
		}
	}
	if o.Src != nil && o.Src.Block != nil && len(o.Src.Block.Comments) > 0 {
		var t []string
		for _, c := range o.Src.Block.Comments {
			t = append(t, c.Text)
		}
		// yaml.v3 prints a foot comment of the last key right after its
		// entry, inside the block, which is where the native comment was.
		if len(node.Content) > 0 {
			last := node.Content[len(node.Content)-2]
			if node.Kind == yaml.SequenceNode {
				last = node.Content[len(node.Content)-1]
			}
			last.FootComment = strings.Join(t, "\n")
		} else {
			node.FootComment = strings.Join(t, "\n")
		}
	}
	return node
}

func leadText(st *pagent.Statement) string {
	var lead []string
	for _, c := range st.Leading {
		lead = append(lead, c.Text)
	}
	return strings.Join(lead, "\n")
}

func pair(k string, v *yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar(k), v}}
}

func allScalars(seq *yaml.Node) bool {
	for _, c := range seq.Content {
		if c.Kind != yaml.ScalarNode {
			return false
		}
	}
	return true
}

func hasComments(seq *yaml.Node) bool {
	for _, c := range seq.Content {
		if c.HeadComment != "" || c.LineComment != "" {
			return true
		}
	}
	return false
}

// interleaved reports whether grouping entries by key would change the
// relative order of two different keys' entries (IpFilterRuleRef a,
// IpFilterRule {…}, IpFilterRuleRef b): then the body must be the ordered
// list form.
func interleaved(es []entry) bool {
	done := map[string]bool{}
	for i := 0; i < len(es); i++ {
		if done[es[i].key] {
			return true
		}
		j := i
		for j+1 < len(es) && es[j+1].key == es[i].key {
			j++
		}
		done[es[i].key] = true
		i = j
	}
	return false
}

// value renders a parameter's value; secrets become ${VAR}.
func (e *exporter) value(o *policy.Object, p *policy.Param) *yaml.Node {
	if p.Def.Kind == model.KSecret {
		owner := o
		for owner.Name == "" && owner.Parent != nil {
			owner = owner.Parent
		}
		v := envName(owner.Name + "_" + p.Def.Name)
		e.secrets = append(e.secrets, Secret{Var: v, Object: o.Label(), Param: p.Def.Name, At: p.Src.Keyword.Span.String()})
		return scalar("${" + v + "}")
	}
	if p.Def.Kind == model.KEnum || p.Def.Kind == model.KKeywords {
		return scalar(p.Value) // IBM's spelling, whatever case was coded
	}
	return scalar(strings.Join(p.Words(), " "))
}

// Marshal renders an exported document as YAML with two-space indents.
func Marshal(doc *yaml.Node) ([]byte, error) {
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

// envName makes an environment variable name: upper case, letters,
// digits and '_'.
func envName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	out := b.String()
	if out == "" || (out[0] >= '0' && out[0] <= '9') {
		out = "ZNET_" + out
	}
	return out
}
