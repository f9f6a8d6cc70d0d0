package emit

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// Width is the record length of the members znet writes (LRECL=80).
const Width = 80

// indentStep is the indentation of each block level.
const indentStep = 2

// PrintPagent prints Policy Agent objects as canonical text: objs are the
// top-level objects in the order to print them (policy.Policy.Objects of
// one file), trailing the comments that follow the last statement (nil
// when there are none). The package documentation describes the layout.
// Records longer than Width remain only where a single word cannot be
// split; Records reports them.
func PrintPagent(objs []*policy.Object, trailing []pagent.Comment) []byte {
	p := &printer{width: Width}
	p.b = make([]byte, 0, 64*len(objs)+64)
	p.top(objs, trailing)
	return p.b
}

type printer struct {
	b     []byte
	width int
}

// blocks prints the block statements of a large policy on every CPU, each
// block on its own (a block's text depends on nothing around it); nil for
// a small one, whose blocks top prints in place.
func (p *printer) blocks(objs []*policy.Object) [][]byte {
	per := blocksPerRun
	if len(objs) < 2*per {
		return nil
	}
	out := make([][]byte, len(objs))
	model.ForRuns(model.Runs(len(objs), per), len(objs), func(_, lo, hi int) {
		q := &printer{width: p.width, b: make([]byte, 0, 256*(hi-lo))}
		for i := lo; i < hi; i++ {
			if isBlock(objs[i]) {
				start := len(q.b)
				q.object(objs[i], 0, groupColumn(objs[i], 0), 0)
				out[i] = q.b[start:len(q.b):len(q.b)]
			}
		}
	})
	return out
}

// blocksPerRun is the least number of statements a CPU prints (a
// variable for the test that compares with printing in place).
var blocksPerRun = 1024

// top prints the top-level objects and the file's last comments.
func (p *printer) top(objs []*policy.Object, trailing []pagent.Comment) {
	blocks := p.blocks(objs)
	if blocks != nil {
		// Room for them all at once: growing by doubling copied the text
		// of a large policy several times over.
		n := 0
		for _, b := range blocks {
			n += len(b) + 1
		}
		p.b = slices.Grow(p.b, n)
	}
	lastEnd := 0
	for i := 0; i < len(objs); {
		if i > 0 {
			p.nl()
		}
		if isBlock(objs[i]) {
			o := objs[i]
			if blocks != nil {
				p.b = append(p.b, blocks[i]...)
			} else {
				p.object(o, 0, groupColumn(o, 0), 0)
			}
			lastEnd = srcEnd(o)
			i++
			continue
		}
		// A run of one-record statements shares one column, without
		// blank lines between its statements.
		j := i
		col := 0
		for j < len(objs) && !isBlock(objs[j]) {
			col = max(col, groupColumn(objs[j], 0))
			j++
		}
		for _, o := range objs[i:j] {
			p.object(o, 0, col, 0)
			lastEnd = srcEnd(o)
		}
		i = j
	}
	for k, c := range trailing {
		switch {
		case k == 0 && len(objs) > 0:
			if lastEnd > 0 && c.Span.Line-lastEnd > 1 {
				p.nl()
			}
		case k > 0:
			if gap(trailing[k-1].Span.Line, c.Span.Line, 0) {
				p.nl()
			}
		}
		p.comment(0, c.Text)
	}
}

func srcEnd(o *policy.Object) int {
	if o.Src == nil {
		return 0
	}
	return o.Src.Span.EndLine
}

// isBlock reports whether o is printed with braces.
func isBlock(o *policy.Object) bool { return o.Def.Block }

// object prints o at indent with its value column col; open is the line
// of the '{' of the block o stands in (0 at top level), which is not a
// blank line when comments before o are spread around it.
func (p *printer) object(o *policy.Object, indent, col, open int) {
	var trail *pagent.Comment
	if o.Src != nil {
		p.leading(o.Src, indent, open)
		trail = o.Src.Trailing
	}
	kw := o.Def.Name
	if !isBlock(o) {
		vals := make([]string, 0, len(o.Params))
		for _, pr := range o.Params {
			if t := paramText(pr); t != "" {
				vals = append(vals, t)
			}
		}
		p.line(indent, kw, strings.Join(vals, " "), trail, col)
		return
	}
	p.line(indent, kw, o.Name, trail, col)
	p.spaces(indent)
	p.b = append(p.b, '{')
	p.nl()
	inner := indent + indentStep
	blockOpen := 0
	if o.Src != nil && o.Src.Block != nil {
		blockOpen = o.Src.Block.Open.Line
	}
	for _, it := range items(o) {
		if it.param != nil {
			p.param(it.param, inner, col, blockOpen)
		} else {
			p.object(it.child, inner, col, blockOpen)
		}
	}
	if o.Src != nil && o.Src.Block != nil {
		cs := o.Src.Block.Comments
		for k, c := range cs {
			if k > 0 && gap(cs[k-1].Span.Line, c.Span.Line, 0) && !stmtBetween(o.Src.Block, cs[k-1].Span.Line, c.Span.Line) {
				p.nl()
			}
			p.comment(inner, c.Text)
		}
	}
	p.spaces(indent)
	p.b = append(p.b, '}')
	p.nl()
}

// param prints one coded parameter, split over several records when it
// is a run of codes too long for one.
func (p *printer) param(pr *policy.Param, indent, col, open int) {
	var trail *pagent.Comment
	if pr.Src != nil {
		p.leading(pr.Src, indent, open)
		trail = pr.Src.Trailing
	}
	kw := pr.Def.Name
	val := paramText(pr)
	start := valueStart(indent, kw, col)
	if start+utf8.RuneCountInString(val) > p.width {
		pieces := splitCodes(pr.Def, val, p.width-start)
		if pieces == nil {
			// Not even one code fits in the aligned column: one blank
			// after the keyword leaves the most room.
			pieces = splitCodes(pr.Def, val, p.width-indent-utf8.RuneCountInString(kw)-1)
		}
		if len(pieces) > 1 {
			for k, piece := range pieces {
				var t *pagent.Comment
				if k == len(pieces)-1 {
					t = trail
				}
				p.line(indent, kw, piece, t, col)
			}
			return
		}
	}
	p.line(indent, kw, val, trail, col)
}

// valueStart is the column (0-based) where the value of a line with this
// keyword begins when it is aligned at col.
func valueStart(indent int, kw string, col int) int {
	head := indent + utf8.RuneCountInString(kw)
	if col-head < 1 {
		return head + 1
	}
	return col
}

// line prints "keyword value # comment" at indent, the value aligned at
// col when it fits in the width, one blank after the keyword when it does
// not; a comment that would pass the width goes on a record of its own
// above.
func (p *printer) line(indent int, kw, val string, trail *pagent.Comment, col int) {
	head := indent + utf8.RuneCountInString(kw)
	n, pad := head, 0
	if val != "" {
		vl := utf8.RuneCountInString(val)
		pad = col - head
		if pad < 1 || head+pad+vl > p.width {
			pad = 1
		}
		n += pad + vl
	}
	c := ""
	if trail != nil {
		c = TrimBlanks(trail.Text)
		if n+1+utf8.RuneCountInString(c) > p.width {
			p.comment(indent, c)
			c = ""
		}
	}
	p.spaces(indent)
	p.b = append(p.b, kw...)
	if val != "" {
		p.spaces(pad)
		p.b = append(p.b, val...)
	}
	if c != "" {
		p.b = append(p.b, ' ')
		p.b = append(p.b, c...)
	}
	p.nl()
}

// leading prints the comment records above st, keeping one blank line
// where the author left blank lines between them or before st.
func (p *printer) leading(st *pagent.Statement, indent, open int) {
	cs := st.Leading
	for k, c := range cs {
		if k > 0 && gap(cs[k-1].Span.Line, c.Span.Line, open) {
			p.nl()
		}
		p.comment(indent, c.Text)
	}
	if n := len(cs); n > 0 && gap(cs[n-1].Span.Line, st.Keyword.Span.Line, open) {
		p.nl()
	}
}

// gap reports whether there was a blank record between lines a and b; the
// record of a brace at line brace does not count as blank.
func gap(a, b, brace int) bool {
	if a <= 0 || b <= 0 {
		return false
	}
	n := b - a - 1
	if brace > a && brace < b {
		n--
	}
	return n > 0
}

// stmtBetween reports whether a statement of blk stands between lines a
// and b.
func stmtBetween(blk *pagent.Block, a, b int) bool {
	for _, st := range blk.Statements {
		if st.Span.EndLine > a && st.Span.Line < b {
			return true
		}
	}
	return false
}

func (p *printer) comment(indent int, text string) {
	p.spaces(indent)
	p.b = append(p.b, TrimBlanks(text)...)
	p.nl()
}

func (p *printer) spaces(n int) {
	for i := 0; i < n; i++ {
		p.b = append(p.b, ' ')
	}
}

func (p *printer) nl() { p.b = append(p.b, '\n') }

// TrimBlanks removes the blanks at the end of s: trailing blanks are
// padding in a member, never part of a value or a comment.
func TrimBlanks(s string) string { return strings.TrimRight(s, " \t\u00a0") }

// groupColumn is the value column of the statement o printed at indent
// together with everything in its block: two blanks after the longest
// keyword that carries a value.
func groupColumn(o *policy.Object, indent int) int {
	col := 0
	var walk func(o *policy.Object, indent int)
	walk = func(o *policy.Object, indent int) {
		if o.Name != "" || (!isBlock(o) && len(o.Params) > 0) {
			col = max(col, indent+utf8.RuneCountInString(o.Def.Name))
		}
		if !isBlock(o) {
			return
		}
		for _, pr := range o.Params {
			if paramText(pr) != "" {
				col = max(col, indent+indentStep+utf8.RuneCountInString(pr.Def.Name))
			}
		}
		for _, c := range o.Children {
			walk(c, indent+indentStep)
		}
	}
	walk(o, indent)
	if col == 0 {
		return 0
	}
	return col + 2
}

// paramText is the value of a parameter as printed: enumerated values in
// IBM's spelling, free text with the blanks between its words as written,
// everything else as written.
func paramText(pr *policy.Param) string {
	switch pr.Def.Kind {
	case model.KWords, model.KSecret:
		if pr.Src != nil && len(pr.Src.Values) > 0 {
			return spacedWords(pr.Src.Values)
		}
	}
	return pr.Value
}

// spacedWords joins tokens with the number of blanks that stood between
// them on their record (one when that is not known).
func spacedWords(ws []pagent.Token) string {
	if len(ws) == 1 {
		return ws[0].Text
	}
	var sb strings.Builder
	for i, w := range ws {
		if i > 0 {
			n := 1
			prev := ws[i-1].Span
			if prev.Line > 0 && prev.EndLine == w.Span.Line && w.Span.Col-prev.EndCol > 1 {
				n = w.Span.Col - prev.EndCol
			}
			for k := 0; k < n; k++ {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(w.Text)
	}
	return sb.String()
}

// codeWidth is the width of one code in a run-together code string of a
// parameter kind, 0 for kinds that are not code runs.
func codeWidth(k model.Kind) int {
	switch k {
	case model.KCipherV2:
		return 1
	case model.KCipher2:
		return 2
	case model.KCipher4, model.KSigPairs, model.KGroups:
		return 4
	}
	return 0
}

// splitCodes splits the value of a repeatable code-list parameter into
// pieces of whole codes of at most room characters each. It returns nil
// when the value is not such a list (a cipher name, a keyword) or room
// holds no code.
func splitCodes(def *model.Param, val string, room int) []string {
	w := codeWidth(def.Kind)
	if w == 0 || !def.Repeatable || len(val)%w != 0 || !isHex(val) {
		return nil
	}
	per := room / w * w
	if per < w {
		return nil
	}
	var out []string
	for len(val) > per {
		out = append(out, val[:per])
		val = val[per:]
	}
	return append(out, val)
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return s != ""
}

// item is one thing printed in a block: a parameter or a nested statement.
type item struct {
	slot  int
	seq   int
	param *policy.Param
	child *policy.Object
}

// items returns the parameters and nested statements of o in canonical
// order: by catalog slot, coded order within a slot.
func items(o *policy.Object) []item {
	out := make([]item, 0, len(o.Params)+len(o.Children))
	var list []*pagent.Statement
	if o.Src != nil && o.Src.Block != nil {
		list = o.Src.Block.Statements
	}
	// Parameters and nested statements are each in coded order, so one
	// pass over the block's statements finds their places.
	coded := true
	find := func(st *pagent.Statement, from *int) int {
		for k := *from; k < len(list); k++ {
			if list[k] == st {
				*from = k + 1
				return k
			}
		}
		coded = false
		return 0
	}
	from := 0
	for _, pr := range o.Params {
		out = append(out, item{slot: paramSlot(o.Def, pr.Def), seq: find(pr.Src, &from), param: pr})
	}
	from = 0
	for _, c := range o.Children {
		out = append(out, item{slot: childSlot(o.Def, c.Def), seq: find(c.Src, &from), child: c})
	}
	if !coded {
		// Objects made by code rather than read from a file: the order of
		// the lists is the coded order.
		for i := range out {
			out[i].seq = i
		}
	}
	slices.SortStableFunc(out, func(a, b item) int {
		if a.slot != b.slot {
			return a.slot - b.slot
		}
		return a.seq - b.seq
	})
	return out
}

func paramSlot(s *model.Stmt, d *model.Param) int {
	for i := range s.Params {
		if &s.Params[i] == d {
			return i
		}
	}
	for i := range s.Params {
		if strings.EqualFold(s.Params[i].Name, d.Name) {
			return i
		}
	}
	return len(s.Params) + len(s.Nested)
}

func childSlot(s *model.Stmt, c *model.Stmt) int {
	for i := range s.Params {
		if strings.EqualFold(s.Params[i].Name, c.Name+"Ref") {
			return i
		}
	}
	for i, n := range s.Nested {
		if strings.EqualFold(n, c.Name) {
			return len(s.Params) + i
		}
	}
	return len(s.Params) + len(s.Nested)
}
