package emit

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/syslog"
)

// syslogItem is a rule or a statement with the records it is printed on.
type syslogItem struct {
	line     int // first record in the source
	end      int // last record in the source
	leading  []syslog.Comment
	sels     []string // selector records; the last one carries the rest
	rest     string   // destination and options, or the statement's values
	stmt     bool
	trailing []string // comment per printed record ("" for none)
}

// PrintSyslog prints a syslogd configuration file in canonical layout:
// every rule on one record (a selector list the author continued over
// records stays on those records), the destinations of a paragraph of
// rules aligned two blanks after its longest selector list, options one
// blank apart, comments in column 1 where they were (syslogd takes # in
// column 1 as a comment), at most one blank line where the author left
// blank lines. Rules and statements keep their order; selectors,
// destinations and options their spelling. Records and blank lines follow
// the positions in the tree (Span lines); a tree read from YAML is laid
// out first (see SyslogLayout).
func PrintSyslog(f *syslog.File) []byte {
	var items []*syslogItem
	for _, r := range f.Rules {
		items = append(items, syslogRule(r))
	}
	for _, s := range f.Statements {
		it := &syslogItem{line: s.Span.Line, end: s.Span.EndLine, leading: s.Leading, stmt: true}
		parts := []string{s.Keyword.Text}
		for _, v := range s.Values {
			parts = append(parts, v.Text)
		}
		it.sels = []string{strings.Join(parts, " ")}
		it.trailing = make([]string, 1)
		var cs []string
		for _, c := range s.Trailing {
			cs = append(cs, TrimBlanks(c.Text))
			it.end = max(it.end, c.Span.Line)
		}
		it.trailing[0] = strings.Join(cs, " ")
		items = append(items, it)
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].line < items[j].line })

	var b []byte
	nl := func() { b = append(b, '\n') }
	// Paragraphs: runs of items with no blank line printed between them.
	blankBefore := make([]bool, len(items))
	prevEnd := 0
	for i, it := range items {
		first := it.line
		if len(it.leading) > 0 {
			first = it.leading[0].Span.Line
		}
		blankBefore[i] = i > 0 && prevEnd > 0 && first-prevEnd > 1
		prevEnd = it.end
	}
	col := make([]int, len(items))
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && !blankBefore[j] && !leadingGap(items[j]) {
			j++
		}
		c := 0
		for _, it := range items[i:j] {
			if !it.stmt {
				c = max(c, utf8.RuneCountInString(it.sels[len(it.sels)-1]))
			}
		}
		for k := i; k < j; k++ {
			col[k] = c + 2
		}
		i = j
	}
	for i, it := range items {
		if blankBefore[i] {
			nl()
		}
		for k, c := range it.leading {
			if k > 0 && c.Span.Line-it.leading[k-1].Span.Line > 1 {
				nl()
			}
			b = append(b, TrimBlanks(c.Text)...)
			nl()
		}
		if n := len(it.leading); n > 0 && it.line-it.leading[n-1].Span.Line > 1 {
			nl()
		}
		for k, s := range it.sels {
			line := s
			if k == len(it.sels)-1 && it.rest != "" {
				pad := col[i] - utf8.RuneCountInString(s)
				if pad < 1 || utf8.RuneCountInString(s)+pad+utf8.RuneCountInString(it.rest) > Width {
					pad = 1
				}
				line += strings.Repeat(" ", pad) + it.rest
			}
			if c := it.trailing[k]; c != "" {
				line += " " + c
			}
			b = append(b, line...)
			nl()
		}
	}
	if len(f.Comments) > 0 {
		for k, c := range f.Comments {
			if (k == 0 && len(items) > 0 && c.Span.Line-items[len(items)-1].end > 1) ||
				(k > 0 && c.Span.Line-f.Comments[k-1].Span.Line > 1) {
				nl()
			}
			b = append(b, TrimBlanks(c.Text)...)
			nl()
		}
	}
	return b
}

// leadingGap reports whether the author left a blank line among or after
// an item's leading comments; it ends an alignment paragraph.
func leadingGap(it *syslogItem) bool {
	for k := 1; k < len(it.leading); k++ {
		if it.leading[k].Span.Line-it.leading[k-1].Span.Line > 1 {
			return true
		}
	}
	n := len(it.leading)
	return n > 0 && it.line-it.leading[n-1].Span.Line > 1
}

func syslogRule(r *syslog.Rule) *syslogItem {
	it := &syslogItem{line: r.Span.Line, end: r.Span.EndLine, leading: r.Leading}
	// Selectors grouped by the record they were written on.
	var lines []int
	groups := map[int][]string{}
	for _, s := range r.Selectors {
		l := s.Span.Line
		if _, ok := groups[l]; !ok {
			lines = append(lines, l)
		}
		groups[l] = append(groups[l], s.Text())
	}
	for k, l := range lines {
		s := strings.Join(groups[l], ";")
		if k < len(lines)-1 {
			s += ";"
		}
		it.sels = append(it.sels, s)
	}
	if len(it.sels) == 0 {
		it.sels = []string{""}
		lines = []int{r.Span.Line}
	}
	var rest []string
	if r.Dest != nil {
		rest = append(rest, r.Dest.Text)
	}
	for _, o := range r.Options {
		s := o.Flag.Text
		if o.Value != nil {
			s += " " + o.Value.Text
		}
		rest = append(rest, s)
	}
	it.rest = strings.Join(rest, " ")
	it.trailing = make([]string, len(it.sels))
	for _, c := range r.Trailing {
		k := len(lines) - 1
		for i, l := range lines {
			if l == c.Span.Line {
				k = i
			}
		}
		t := TrimBlanks(c.Text)
		if it.trailing[k] != "" {
			t = it.trailing[k] + " " + t
		}
		it.trailing[k] = t
		it.end = max(it.end, c.Span.Line)
	}
	return it
}

// SyslogLayout returns a copy of a syslog tree with the positions of the
// native file it stands for, for PrintSyslog: each rule and statement on
// one record after its comment records, a blank record where the source
// had blank lines between entries. A tree read from YAML (model/desired)
// has the positions of the YAML, where one rule may span several lines
// (selector:, destination:, options:). The tree given is not changed.
func SyslogLayout(f *syslog.File) *syslog.File {
	type item struct {
		line, first, end int
		rule             *syslog.Rule
		stmt             *syslog.Statement
	}
	span := func(lead, trail []syslog.Comment, line, end int) (int, int) {
		first := line
		if len(lead) > 0 {
			first = lead[0].Span.Line
		}
		for _, c := range trail {
			end = max(end, c.Span.Line)
		}
		return first, end
	}
	var items []item
	for _, r := range f.Rules {
		first, end := span(r.Leading, r.Trailing, r.Span.Line, r.Span.EndLine)
		items = append(items, item{line: r.Span.Line, first: first, end: end, rule: r})
	}
	for _, s := range f.Statements {
		first, end := span(s.Leading, s.Trailing, s.Span.Line, s.Span.EndLine)
		items = append(items, item{line: s.Span.Line, first: first, end: end, stmt: s})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].line < items[j].line })
	out := &syslog.File{Name: f.Name, Diagnostics: f.Diagnostics}
	cur, prevEnd := 0, 0
	// comments places comment records, keeping one blank record where the
	// source had blank lines among them.
	comments := func(cs []syslog.Comment) []syslog.Comment {
		outc := make([]syslog.Comment, len(cs))
		for k, c := range cs {
			if k > 0 && c.Span.Line-cs[k-1].Span.Line > 1 {
				cur++
			}
			cur++
			outc[k] = relineComment(c, cur)
		}
		return outc
	}
	for _, it := range items {
		if prevEnd > 0 && it.first-prevEnd > 1 {
			cur++
		}
		var lead []syslog.Comment
		if it.rule != nil {
			lead = it.rule.Leading
		} else {
			lead = it.stmt.Leading
		}
		newLead := comments(lead)
		if n := len(lead); n > 0 && it.line-lead[n-1].Span.Line > 1 {
			cur++
		}
		cur++
		if r := it.rule; r != nil {
			c := *r
			c.Leading = newLead
			c.Span.Line, c.Span.EndLine = cur, cur
			c.Records = nil
			c.Selectors = make([]*syslog.Selector, len(r.Selectors))
			for i, s := range r.Selectors {
				sc := *s
				sc.Span.Line, sc.Span.EndLine = cur, cur
				c.Selectors[i] = &sc
			}
			c.Trailing = relineComments(r.Trailing, cur)
			out.Rules = append(out.Rules, &c)
		} else {
			c := *it.stmt
			c.Leading = newLead
			c.Span.Line, c.Span.EndLine = cur, cur
			c.Trailing = relineComments(it.stmt.Trailing, cur)
			out.Statements = append(out.Statements, &c)
		}
		prevEnd = it.end
	}
	if len(f.Comments) > 0 {
		if prevEnd > 0 && f.Comments[0].Span.Line-prevEnd > 1 {
			cur++
		}
		out.Comments = comments(f.Comments)
	}
	return out
}

func relineComment(c syslog.Comment, line int) syslog.Comment {
	c.Span.Line, c.Span.EndLine = line, line
	return c
}

func relineComments(cs []syslog.Comment, line int) []syslog.Comment {
	out := make([]syslog.Comment, len(cs))
	for i, c := range cs {
		out[i] = relineComment(c, line)
	}
	return out
}
