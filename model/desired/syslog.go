package desired

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/grammar/syslog"
)

// A syslog document is the z/OS syslogd configuration as YAML: an ordered
// list of rules.
//
//	syslog:
//	  - selector: "*.TCPIP.*.err"               # one selector, or a list
//	    destination: /var/log/tcpip/err
//	    options: -F 640 -D 750                  # optional
//	  - "*.DMD.*.* /var/log/dmd"                # a native line
//	  - verbatim: |                             # native text
//	      BeginArchiveParms
//
// selector, destination and options are written as in syslog.conf (IBM's
// "selector" and "destination"); a list of selectors stands for the
// selectors joined by ';'. Each entry is read with the syslog.conf
// grammar, so the tree and its diagnostics are those of the same rule in
// native text, with positions in the YAML.

// syslogKeys are the keys of a rule entry.
var syslogKeys = []string{"selector", "destination", "options"}

// ParseSyslog reads a syslog document (`syslog:` and its list of rules).
// It never fails: problems are in the File's Diagnostics.
func ParseSyslog(name string, data []byte) *syslog.File {
	c := &converter{file: name, raw: lines(data)}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		f := &syslog.File{Name: name}
		f.Diagnostics.Add(yamlErrSpan(name, err), source.Error, CodeFile, "not valid YAML: "+yamlErrText(err), "")
		return f
	}
	resolveAliases(&root, 0)
	list := c.unwrap(&root, "syslog", "a syslog document is `syslog:` and the list of its rules")
	return c.syslogList(list)
}

type syslogConv struct {
	c       *converter
	f       *syslog.File
	pending []syslog.Comment
}

// syslogList converts a list of syslog rules.
func (c *converter) syslogList(list *yaml.Node) *syslog.File {
	s := &syslogConv{c: c, f: &syslog.File{Name: c.file}}
	if list != nil {
		switch {
		case list.Kind == yaml.SequenceNode:
			for _, it := range list.Content {
				s.entry(it)
			}
			s.pending = append(s.pending, s.comments(list.FootComment, lastLineOf(list)+1+len(commentLines(list.FootComment)))...)
		case list.Kind == yaml.ScalarNode && list.ShortTag() == "!!null":
		default:
			c.add(list, CodeType, "syslog is a list of rules, in the order syslogd reads them",
				`write each rule as a list entry: - {selector: "*.TCPIP.*.err", destination: /var/log/tcpip}`)
		}
	}
	s.f.Comments = append(s.f.Comments, s.pending...)
	if len(s.f.Rules) == 0 && len(s.f.Statements) == 0 {
		c.noteEmpty(list, syslog.CodeEmpty, "the file holds no rules")
	}
	s.f.Diagnostics = append(s.f.Diagnostics, c.diags...)
	s.f.Diagnostics.Sort()
	return s.f
}

// comments turns a YAML comment into syslog.conf comments, placed on the
// lines before line.
func (s *syslogConv) comments(yc string, line int) []syslog.Comment {
	pcs := placeComments(s.c.file, yc, line)
	out := make([]syslog.Comment, len(pcs))
	for i, pc := range pcs {
		out[i] = syslog.Comment{Text: "#" + pc.text, Span: pc.span}
	}
	return out
}

// lineBuilder assembles one native line from YAML values, remembering
// where each piece came from.
type lineBuilder struct {
	b    strings.Builder
	col  int // column of the next character (1-based)
	segs []seg
}

type seg struct {
	from, to  int // columns of the native line
	line, col int // where the piece starts in the YAML file
}

func newLine() *lineBuilder { return &lineBuilder{col: 1} }

func (lb *lineBuilder) add(text string, line, col int) {
	from := lb.col
	lb.b.WriteString(text)
	lb.col += utf8.RuneCountInString(text)
	lb.segs = append(lb.segs, seg{from, lb.col, line, col})
}

func (lb *lineBuilder) sep(s string) {
	lb.b.WriteString(s)
	lb.col += utf8.RuneCountInString(s)
}

// at maps a column of the native line to the YAML.
func (lb *lineBuilder) at(col int) (int, int) {
	if len(lb.segs) == 0 {
		return 1, 1
	}
	s := lb.segs[0]
	for _, x := range lb.segs {
		if x.from <= col {
			s = x
		}
	}
	d := min(max(col-s.from, 0), max(s.to-s.from, 0))
	return s.line, s.col + d
}

// mapSpan maps a span of the native line (line 1) to the YAML.
func (lb *lineBuilder) mapSpan(file string) func(source.Span) source.Span {
	return func(sp source.Span) source.Span {
		if sp.Line == 0 {
			return sp
		}
		l, c := lb.at(sp.Col)
		out := source.Span{File: file, Line: l, Col: c, EndLine: l, EndCol: c}
		if sp.EndCol > sp.Col {
			el, ec := lb.at(sp.EndCol - 1)
			out.EndLine, out.EndCol = el, ec+1
		}
		return out
	}
}

// scalar adds a scalar's value to the line.
func (lb *lineBuilder) scalar(c *converter, v *yaml.Node) {
	line, col := c.origin(v)(0)
	lb.add(strings.ReplaceAll(v.Value, "\n", " "), line, col)
}

func (s *syslogConv) entry(it *yaml.Node) {
	c := s.c
	switch {
	case it.Kind == yaml.ScalarNode && it.ShortTag() != "!!null":
		lb := newLine()
		lb.scalar(c, it)
		s.line(lb, s.comments(it.HeadComment, it.Line), it.LineComment, it.Line)
		return
	case it.Kind != yaml.MappingNode || len(it.Content) < 2:
		c.add(it, CodeType, `each entry of syslog is a rule ({selector: …, destination: …}), a native line ("*.err /var/log/errors") or a verbatim block`, "")
		return
	}
	c.dupKeys(it, true)
	k := it.Content[0]
	head := s.comments(joinComment(it.HeadComment, k.HeadComment), k.Line)
	if strings.EqualFold(k.Value, Verbatim) {
		if len(it.Content) > 2 {
			c.add(it.Content[2], CodeUnknownKey, "a verbatim entry holds its text only", "start a new list entry for the next rule")
		}
		s.verbatim(it.Content[1], head)
		return
	}
	var sel, dest, opts *yaml.Node
	var trailing strings.Builder
	unknown := false
	for i := 0; i+1 < len(it.Content); i += 2 {
		kk, v := it.Content[i], it.Content[i+1]
		switch strings.ToLower(kk.Value) {
		case "selector":
			sel = v
		case "destination":
			dest = v
		case "options":
			opts = v
		default:
			c.add(kk, CodeUnknownKey, fmt.Sprintf("%q is not a key of a syslog rule (selector, destination, options)", kk.Value), hint(kk.Value, append(append([]string{}, syslogKeys...), Verbatim)))
			unknown = true
			continue
		}
		for _, n := range append([]*yaml.Node{kk, v}, v.Content...) {
			if n.LineComment != "" {
				trailing.WriteString(n.LineComment + "\n")
			}
		}
	}
	if unknown {
		return // the rule is not read: its keys are reported
	}
	if sel == nil {
		c.add(it, CodeType, "a syslog rule needs a selector", `write selector: "*.TCPIP.*.err"`)
		return
	}
	lb := newLine()
	if !s.join(lb, sel, ";", "selector") {
		return
	}
	if dest != nil {
		if dest.Kind != yaml.ScalarNode {
			c.add(dest, CodeType, "destination is one file, @host or user list: a value, not a "+kindName(dest), "")
			return
		}
		lb.sep(" ")
		lb.scalar(c, dest)
	}
	if opts != nil {
		lb.sep(" ")
		if !s.join(lb, opts, " ", "options") {
			return
		}
	}
	s.line(lb, head, trailing.String(), k.Line)
}

// join adds a value or a list of values, joined by sep.
func (s *syslogConv) join(lb *lineBuilder, v *yaml.Node, sep, what string) bool {
	switch v.Kind {
	case yaml.ScalarNode:
		lb.scalar(s.c, v)
		return true
	case yaml.SequenceNode:
		for i, x := range v.Content {
			if x.Kind != yaml.ScalarNode {
				s.c.add(x, CodeType, what+" lists values, not a "+kindName(x), "")
				return false
			}
			if i > 0 {
				lb.sep(sep)
			}
			lb.scalar(s.c, x)
		}
		return len(v.Content) > 0
	}
	s.c.add(v, CodeType, what+" is a value or a list of values, not a "+kindName(v), "")
	return false
}

// line parses one assembled line and files what it holds.
func (s *syslogConv) line(lb *lineBuilder, head []syslog.Comment, trailing string, line int) {
	lf, err := syslog.Parse(s.c.file, []byte(lb.b.String()))
	if err != nil {
		s.c.diags.Add(source.Span{File: s.c.file, Line: line, Col: 1, EndLine: line, EndCol: 1}, source.Error, CodeFile, "internal error: "+err.Error(), "")
		return
	}
	lf.MapSpans(lb.mapSpan(s.c.file))
	var tr []syslog.Comment
	for _, t := range commentLines(trailing) {
		tr = append(tr, syslog.Comment{Text: "#" + t, Span: source.Span{File: s.c.file, Line: line, Col: 1, EndLine: line, EndCol: 1}})
	}
	s.take(lf, append(s.pending, head...), tr)
	s.pending = append(s.pending, lf.Comments...)
}

// take files the rules and statements of a parsed piece, giving the first
// the comments before it.
func (s *syslogConv) take(pf *syslog.File, lead, trailing []syslog.Comment) {
	for _, d := range pf.Diagnostics {
		if d.Code != syslog.CodeEmpty {
			s.f.Diagnostics = append(s.f.Diagnostics, d)
		}
	}
	s.pending = nil
	first := true
	for _, r := range pf.Rules {
		if first {
			r.Leading = append(lead, r.Leading...)
			r.Trailing = append(r.Trailing, trailing...)
			first = false
		}
		s.f.Rules = append(s.f.Rules, r)
	}
	for _, st := range pf.Statements {
		if first {
			st.Leading = append(lead, st.Leading...)
			st.Trailing = append(st.Trailing, trailing...)
			first = false
		}
		s.f.Statements = append(s.f.Statements, st)
	}
	if first {
		s.pending = lead
	}
}

// verbatim reads a block of native syslog.conf text where it stands.
func (s *syslogConv) verbatim(v *yaml.Node, head []syslog.Comment) {
	c := s.c
	if v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
		c.add(v, CodeType, "verbatim takes syslog.conf text, best as a literal block (verbatim: |)", "")
		return
	}
	vf, err := syslog.Parse(c.file, []byte(v.Value))
	if err != nil {
		c.add(v, CodeFile, "internal error: "+err.Error(), "")
		return
	}
	at := c.origin(v)
	vf.MapSpans(func(sp source.Span) source.Span {
		if sp.Line == 0 {
			return sp
		}
		l, col := at(sp.Line - 1)
		el, _ := at(sp.EndLine - 1)
		sp.File = c.file
		sp.Col += col - 1
		sp.EndCol += col - 1
		sp.Line, sp.EndLine = l, el
		return sp
	})
	s.take(vf, append(s.pending, head...), nil)
	s.pending = append(s.pending, vf.Comments...)
}
