package desired

import (
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/syslog"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// ExportProfile turns a profile read from data into a profile document:
// the statements model/profile reads as YAML (statement and parameter
// keys in IBM's full spelling, values as written), every other statement,
// and any statement YAML would not give back word for word, in verbatim
// blocks that keep the text where it was (line ends and trailing blanks
// aside). Comments become YAML comments on the statement they belong to;
// verbatim blocks keep theirs in their text. Loaded back, the document
// gives the same model (ParseProfile).
func ExportProfile(f *profile.File, data []byte) *yaml.Node {
	m, _ := tcpprofile.FromFile(f, nil, tcpprofile.Options{})
	e := &profExporter{f: f, data: data, objs: map[*profile.Statement]any{}}
	for _, d := range m.Devices {
		e.objs[d.Src] = d
	}
	for _, l := range m.Links {
		e.objs[l.Src] = l
	}
	for _, i := range m.Interfaces {
		e.objs[i.Src] = i
	}
	for _, b := range m.IPSec {
		e.objs[b.Src] = b
	}
	e.lineStart = []int{0, 0}
	for i, c := range data {
		if c == '\n' {
			e.lineStart = append(e.lineStart, i+1)
		}
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	var run []*profile.Statement
	verbatimLast := false
	flush := func(next *profile.Statement) {
		if len(run) > 0 {
			seq.Content = append(seq.Content, e.verbatim(run, next))
			run = nil
			verbatimLast = next == nil
		}
	}
	for _, s := range f.Statements {
		if s.Unknown && len(s.Tokens) == 1 && s.Tokens[0].SequenceNumber() {
			continue // a sequence number read as a statement
		}
		it := e.statement(s, "")
		if it == nil {
			run = append(run, s)
			continue
		}
		flush(s)
		seq.Content = append(seq.Content, it)
	}
	flush(nil)
	if !verbatimLast {
		// Comments after the last statement, which was written as YAML
		// (a verbatim block holds them in its text).
		seq.FootComment = yamlComments(f.Comments)
	}
	top := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("profile"), seq}}
	return &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{top}}
}

type profExporter struct {
	f         *profile.File
	data      []byte
	objs      map[*profile.Statement]any
	lineStart []int // byte offset of each line (1-based)
}

// yamlComment turns a profile comment (; text) into a YAML one (# text).
func yamlComment(c string) string { return "#" + strings.TrimPrefix(c, ";") }

func yamlComments(cs []profile.Comment) string {
	var t []string
	for _, c := range cs {
		t = append(t, yamlComment(c.Text))
	}
	return strings.Join(t, "\n")
}

// placed is a YAML node and the lines of the tokens it holds, to put
// inner comments next to the right one.
type placed struct {
	key, val    *yaml.Node
	first, last int
}

// statement renders a statement as a list entry, or returns nil when it
// must stay verbatim.
func (e *profExporter) statement(s *profile.Statement, in string) *yaml.Node {
	allowed := ProfileStatements
	if in != "" {
		allowed = profileBody[in]
	}
	if !contains(allowed, s.Name) || s.Incomplete || s.Unknown || s.Placeholder || !plainTokens(s.Tokens) {
		return nil
	}
	key := scalar(s.Name)
	var parts []placed
	args := seqless(s.Args())
	if _, block := profileBody[s.Name]; block {
		if len(s.End) == 0 || len(s.Body) == 0 && len(s.EndComments) > 0 {
			return nil // verbatim keeps what YAML has no place for
		}
		body := &yaml.Node{Kind: yaml.SequenceNode}
		for _, b := range s.Body {
			it := e.statement(b, s.Name)
			if it == nil {
				return nil
			}
			body.Content = append(body.Content, it)
		}
		if len(s.Body) == 0 {
			body = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
		}
		if len(s.EndComments) > 0 && len(body.Content) > 0 {
			// Printed after the last statement of the block, where they were.
			last := body.Content[len(body.Content)-1]
			last.Content[len(last.Content)-1].FootComment = yamlComments(s.EndComments)
		}
		parts = append(parts, placed{key: key, val: body, first: s.Tokens[0].Line, last: s.Tokens[0].Line})
		switch s.Name {
		case "BEGINROUTES":
			if len(args) > 0 {
				return nil
			}
		case "IPSEC":
			b, _ := e.objs[s].(*tcpprofile.IPSec)
			if b == nil {
				return nil
			}
			table, _ := tcpprofile.Parameters("IPSEC", "")
			ps, ok := e.params(table, b.Params, args)
			if !ok {
				return nil
			}
			parts = append(parts, ps...)
		}
	} else {
		var ps []placed
		ok := false
		if paramStatements[s.Name] {
			ps, ok = e.structured(s)
		}
		if !ok {
			ps = []placed{{key: key, val: wordsByRecord(args)}}
			if len(args) > 0 {
				ps[0].first, ps[0].last = args[0].Line, args[len(args)-1].Line
			}
		}
		ps[0].key = key
		parts = ps
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, p := range parts {
		m.Content = append(m.Content, p.key, p.val)
	}
	// On the entry, so that the comment stands above its "- " (on the key
	// it would follow the dash).
	m.HeadComment = yamlComments(s.Leading)
	e.comments(s, parts)
	return m
}

// plainTokens reports whether every word survives being written in YAML
// and split again at blanks.
func plainTokens(ts []profile.Token) bool {
	for _, t := range ts {
		if strings.ContainsAny(t.Text, " \t") || t.Text == "" {
			return false
		}
	}
	return true
}

// seqless drops sequence numbers (columns 73-80), which IBM does not
// allow in a profile and znet reports: import leaves them out.
func seqless(ts []profile.Token) []profile.Token {
	var out []profile.Token
	for _, t := range ts {
		if !t.SequenceNumber() {
			out = append(out, t)
		}
	}
	return out
}

// wordsByRecord writes words as one string per record they were written
// on: a string, or a list of strings.
func wordsByRecord(ts []profile.Token) *yaml.Node {
	if len(ts) == 0 {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
	}
	var recs [][]string
	line := -1
	for _, t := range ts {
		if t.Line != line {
			recs = append(recs, nil)
			line = t.Line
		}
		recs[len(recs)-1] = append(recs[len(recs)-1], t.Text)
	}
	if len(recs) == 1 {
		return scalar(strings.Join(recs[0], " "))
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, r := range recs {
		seq.Content = append(seq.Content, scalar(strings.Join(r, " ")))
	}
	return seq
}

// recordNodes returns, for a value written by wordsByRecord, the node of
// each record with its line.
func recordNodes(v *yaml.Node, ts []profile.Token) []placed {
	if v.Kind != yaml.SequenceNode {
		if len(ts) == 0 {
			return nil
		}
		return []placed{{val: v, first: ts[0].Line, last: ts[len(ts)-1].Line}}
	}
	var out []placed
	i := 0
	for _, t := range ts {
		if len(out) > 0 && out[len(out)-1].first == t.Line {
			continue
		}
		out = append(out, placed{val: v.Content[i], first: t.Line, last: t.Line})
		i++
	}
	return out
}

// structured renders DEVICE, LINK, INTERFACE and ROUTE: the leading words
// as the statement's value, then parameter keys. It fails when the
// model's reading of the statement does not account for every word in
// order (a word znet does not know, a type without a table): the
// statement is then written as its words.
func (e *profExporter) structured(s *profile.Statement) ([]placed, bool) {
	args := seqless(s.Args())
	var lead []profile.Token
	var ps tcpprofile.Params
	var extra []placed
	var table []tcpprofile.ParamSpec
	var ok bool
	switch o := e.objs[s].(type) {
	case *tcpprofile.Device:
		if table, ok = tcpprofile.Parameters("DEVICE", o.Kind); !ok {
			return nil, false
		}
		n := 2
		if o.Address.Text != "" {
			n = 3
		}
		if len(args) < n {
			return nil, false
		}
		lead, ps = args[:n], o.Params
	case *tcpprofile.Link:
		if table, ok = tcpprofile.Parameters("LINK", o.Kind); !ok {
			return nil, false
		}
		n := 3
		if o.Number.Text != "" {
			n = 4
		}
		if len(args) < n {
			return nil, false
		}
		lead, ps = args[:n], o.Params
	case *tcpprofile.Interface:
		if len(args) < 2 || o.Action == "" {
			return nil, false
		}
		lead = args[:1]
		act := args[1]
		switch o.Action {
		case "DEFINE":
			if table, ok = tcpprofile.Parameters("INTERFACE", o.Kind); !ok || len(args) < 3 {
				return nil, false
			}
			extra = append(extra, placed{key: scalar("DEFINE"), val: scalar(args[2].Text), first: act.Line, last: args[2].Line})
			ps = o.Params
			args = args[3:]
		case "DELETE":
			if len(args) != 2 {
				return nil, false
			}
			extra = append(extra, placed{key: scalar("DELETE"), val: boolTrue(), first: act.Line, last: act.Line})
			args = nil
		default:
			rest := args[2:]
			if len(rest) == 0 {
				return nil, false
			}
			v := wordsByRecord(rest)
			if v.Kind == yaml.SequenceNode {
				return nil, false
			}
			extra = append(extra, placed{key: scalar(o.Action), val: v, first: act.Line, last: rest[len(rest)-1].Line})
			args = nil
		}
	default:
		return nil, false
	}
	out := []placed{{val: wordsByRecord(lead), first: lead[0].Line, last: lead[len(lead)-1].Line}}
	if out[0].val.Kind == yaml.SequenceNode {
		out[0].val = scalar(joinTexts(lead))
	}
	out = append(out, extra...)
	if s.Name != "INTERFACE" {
		args = args[len(lead):]
	}
	if len(args) > 0 || len(ps) > 0 {
		more, ok := e.params(table, ps, args)
		if !ok {
			return nil, false
		}
		out = append(out, more...)
	}
	return out, true
}

func joinTexts(ts []profile.Token) string {
	var w []string
	for _, t := range ts {
		w = append(w, t.Text)
	}
	return strings.Join(w, " ")
}

func boolTrue() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"} }

// params renders the parameters the model read, after checking that they
// are exactly the words args, in order, each named once.
func (e *profExporter) params(table []tcpprofile.ParamSpec, ps tcpprofile.Params, args []profile.Token) ([]placed, bool) {
	var words []string
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.Name] {
			return nil, false
		}
		seen[p.Name] = true
		words = append(words, p.Key.Text)
		for _, v := range p.Values {
			words = append(words, v.Text)
		}
	}
	if len(words) != len(args) {
		return nil, false
	}
	for i, w := range words {
		if w != args[i].Text {
			return nil, false
		}
	}
	var out []placed
	i := 0
	for _, p := range ps {
		key := scalar(p.Name)
		first := args[i]
		i++
		vals := args[i : i+len(p.Values)]
		i += len(p.Values)
		last := first
		if len(vals) > 0 {
			last = vals[len(vals)-1]
		}
		var val *yaml.Node
		kind := "value"
		if t := tcpprofile.MatchParameter(table, p.Name); t != nil {
			kind = t.Kind
		}
		switch {
		case len(vals) == 0:
			val = boolTrue()
		case len(vals) == 1:
			val = scalar(vals[0].Text)
		case kind == "list":
			val = &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
			for _, v := range vals {
				val.Content = append(val.Content, scalar(v.Text))
			}
		default:
			val = scalar(joinTexts(vals))
		}
		out = append(out, placed{key: key, val: val, first: first.Line, last: last.Line})
	}
	return out, true
}

// comments puts a statement's trailing and inner comments on the YAML
// nodes of the words they follow on their record, or else before the
// node of the words after them.
func (e *profExporter) comments(s *profile.Statement, parts []placed) {
	if len(s.Inner) == 0 && s.Trailing == nil {
		return
	}
	type spot struct {
		line, head  *yaml.Node
		first, last int
	}
	kw := s.Tokens[0].Line
	var spots []spot
	for i, p := range parts {
		target := p.val
		if target.Kind != yaml.ScalarNode {
			target = p.key
		}
		if i == 0 {
			if p.val.Kind == yaml.SequenceNode && profileBody[s.Name] == nil {
				// Words written one string per record.
				spots = append(spots, spot{p.key, p.key, kw, kw})
				for _, r := range recordNodes(p.val, seqless(s.Args())) {
					spots = append(spots, spot{r.val, r.val, r.first, r.last})
				}
				continue
			}
			last := max(kw, p.last)
			if profileBody[s.Name] != nil {
				last = kw
			}
			spots = append(spots, spot{target, p.key, kw, last})
			continue
		}
		spots = append(spots, spot{target, p.key, p.first, p.last})
	}
	put := func(text string, line int) {
		for i := len(spots) - 1; i >= 0; i-- {
			if spots[i].last == line {
				spots[i].line.LineComment = joinComment(spots[i].line.LineComment, text)
				return
			}
		}
		for _, sp := range spots {
			if sp.first > line {
				sp.head.HeadComment = joinComment(sp.head.HeadComment, text)
				return
			}
		}
		sp := spots[len(spots)-1]
		sp.line.LineComment = joinComment(sp.line.LineComment, text)
	}
	for _, c := range s.Inner {
		put(yamlComment(c.Text), c.Span.Line)
	}
	if s.Trailing != nil {
		put(yamlComment(s.Trailing.Text), s.Trailing.Span.Line)
	}
}

func joinComment(a, b string) string {
	if a == "" {
		return b
	}
	return a + "\n" + b
}

// verbatim renders a run of statements as a verbatim block: their text as
// read, from the line of the first one's leading comments to the end of
// the last one's record (or of the file).
func (e *profExporter) verbatim(run []*profile.Statement, next *profile.Statement) *yaml.Node {
	first, last := run[0], run[len(run)-1]
	start := first.Tokens[0].Off
	if len(first.Leading) > 0 {
		start = e.lineStart[first.Leading[0].Span.Line]
	}
	if ls := e.lineOf(start); strings.TrimLeft(string(e.data[ls:start]), " \t\ufeff") == "" {
		start = ls
	}
	end := lastOff(last)
	nl := strings.IndexByte(string(e.data[end:]), '\n')
	lineEnd := len(e.data)
	if nl >= 0 {
		lineEnd = end + nl
	}
	switch {
	case next == nil && len(e.f.Comments) > 0:
		end = len(e.data)
	case next == nil || next.Tokens[0].Off > lineEnd && (len(next.Leading) == 0 || e.lineStart[next.Leading[0].Span.Line] >= lineEnd):
		end = lineEnd
	}
	raw := []byte(string(e.data[start:end]))
	for _, s := range run {
		blankSeqNums(s, raw, start)
	}
	text := strings.TrimPrefix(string(raw), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	ls := strings.Split(text, "\n")
	for i := range ls {
		ls[i] = strings.TrimRight(ls[i], " \t\r")
	}
	text = strings.Trim(strings.Join(ls, "\n"), "\n") + "\n"
	v := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: text, Style: yaml.LiteralStyle}
	return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar(Verbatim), v}}
}

func (e *profExporter) lineOf(off int) int {
	i := sort.SearchInts(e.lineStart, off+1) - 1
	return e.lineStart[max(i, 1)]
}

// blankSeqNums blanks out the sequence numbers of a statement in raw,
// the text from offset start.
func blankSeqNums(s *profile.Statement, raw []byte, start int) {
	for _, ts := range [][]profile.Token{s.Tokens, s.End} {
		for _, t := range ts {
			if t.SequenceNumber() && t.Off >= start && t.Off+len(t.Text)-start <= len(raw) {
				copy(raw[t.Off-start:], strings.Repeat(" ", len(t.Text)))
			}
		}
	}
	for _, b := range s.Body {
		blankSeqNums(b, raw, start)
	}
}

// lastOff is the offset after a statement's last word.
func lastOff(s *profile.Statement) int {
	t := s.Tokens[len(s.Tokens)-1]
	end := t.Off + len(t.Text)
	for _, b := range s.Body {
		end = max(end, lastOff(b))
	}
	for _, x := range s.End {
		end = max(end, x.Off+len(x.Text))
	}
	return end
}

// ExportSyslog turns a syslog.conf into a syslog document: each rule as
// {selector, destination, options}, global statements as their native
// line, rules the grammar could not read as verbatim text; comments as
// YAML comments. Loaded back (ParseSyslog), it gives the same rules.
func ExportSyslog(f *syslog.File, data []byte) *yaml.Node {
	type item struct {
		line int
		node *yaml.Node
		raw  bool // verbatim: lines first..last of data
		from int
		to   int
	}
	src := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	var items []item
	leadFrom := func(lead []syslog.Comment, line int) int {
		if len(lead) > 0 {
			return lead[0].Span.Line
		}
		return line
	}
	endOf := func(sp int, trailing []syslog.Comment) int {
		for _, c := range trailing {
			sp = max(sp, c.Span.Line)
		}
		return sp
	}
	for _, r := range f.Rules {
		if r.Text != "" || r.Incomplete || r.Dest == nil || len(r.Selectors) == 0 {
			items = append(items, item{line: r.Span.Line, raw: true, from: leadFrom(r.Leading, r.Span.Line), to: endOf(r.Span.EndLine, r.Trailing)})
			continue
		}
		m := &yaml.Node{Kind: yaml.MappingNode}
		key := scalar("selector")
		var sel *yaml.Node
		if len(r.Selectors) == 1 {
			sel = scalar(r.Selectors[0].Text())
		} else {
			sel = &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
			for _, s := range r.Selectors {
				sel.Content = append(sel.Content, scalar(s.Text()))
			}
		}
		m.Content = append(m.Content, key, sel, scalar("destination"), scalar(r.Dest.Text))
		last := m.Content[3]
		if len(r.Options) > 0 {
			var o []string
			for _, op := range r.Options {
				w := op.Flag.Text
				if op.Value != nil {
					w += " " + op.Value.Text
				}
				o = append(o, w)
			}
			last = scalar(strings.Join(o, " "))
			m.Content = append(m.Content, scalar("options"), last)
		}
		m.HeadComment = syslogComments(r.Leading)
		last.LineComment = syslogComments(r.Trailing)
		items = append(items, item{line: r.Span.Line, node: m})
	}
	for _, s := range f.Statements {
		w := []string{s.Keyword.Text}
		for _, v := range s.Values {
			w = append(w, v.Text)
		}
		n := scalar(strings.Join(w, " "))
		n.Tag = "!!str"
		n.HeadComment = syslogComments(s.Leading)
		n.LineComment = syslogComments(s.Trailing)
		items = append(items, item{line: s.Span.Line, node: n})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].line < items[j].line })
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for i := 0; i < len(items); i++ {
		it := items[i]
		if !it.raw {
			seq.Content = append(seq.Content, it.node)
			continue
		}
		// A run of rules the grammar could not read, as written.
		to := it.to
		for i+1 < len(items) && items[i+1].raw {
			i++
			to = items[i].to
		}
		var ls []string
		for l := it.from; l <= to && l-1 < len(src); l++ {
			ls = append(ls, strings.TrimRight(src[l-1], " \t\r"))
		}
		v := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.Join(ls, "\n") + "\n", Style: yaml.LiteralStyle}
		seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar(Verbatim), v}})
	}
	seq.FootComment = syslogComments(f.Comments)
	top := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("syslog"), seq}}
	return &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{top}}
}

func syslogComments(cs []syslog.Comment) string {
	var t []string
	for _, c := range cs {
		t = append(t, c.Text)
	}
	return strings.Join(t, "\n")
}
