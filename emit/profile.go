package emit

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// Diagnostic codes of the profile formatter (FM1xx, shared with the
// Policy Agent formatter; see format.go for FM101-FM103).
//
//	FM104 warning  a formatted record is longer than 80 columns (a word, or a
//	               comment, that cannot be split)
//	FM105 warning  sequence numbers in columns 73-80 removed
//	FM106 error    without its sequence numbers the profile would read
//	               differently (words after a number that would begin a
//	               statement, a HOME list out of step); not formatted
const (
	CodeLongRecord  = "FM104"
	CodeSeqRemoved  = "FM105"
	CodeAfterSeqNum = "FM106"
)

// Profile record widths. Statement text ends by column 72; comments may
// run to column 80, the end of a record.
const (
	profileTextWidth = 72
	profileIndent    = 2
)

// PrintProfile prints a TCP/IP profile (PROFILE.TCPIP or OBEYFILE) syntax
// tree in canonical layout. The style follows IBM's own profiles: the
// rules of "Statement syntax for configuration statements" (IP
// Configuration Reference: free format, ';' comments, statements split
// over records, no sequence numbers, lower case read as upper case), the
// sample profile SEZAINST(SAMPPROF) as "Setting up TCP/IP operating
// characteristics in PROFILE.TCPIP" shows it (IP Configuration Guide:
// keywords in upper case, comment records with ';' in column 1, its
// ruler comments ending in column 72), and the profile IBM reconstructs
// in "Sample output of the TCPIPCS PROFILE subcommand" (IP Diagnosis
// Guide: one statement a record, a long one continued on the next record
// short of column 80, block bodies between their keyword and END
// statement). The layout:
//
//   - Statement keywords in their full upper-case name (DEVice, dev →
//     DEVICE; BEGINRoutes → BEGINROUTES; ENDRoutes → ENDROUTES).
//     Parameter keywords and enumerated values znet reads (PRIROUTER,
//     IPADDR, INBPERF DYNAMIC, PROTOCOL TCP, DIRECTION INBOUND, HOME's
//     PRIMARY, the parameters of TCPCONFIG, IPCONFIG and IPCONFIG6 with
//     SENDGARBAGE FALSE…) in upper case, abbreviations kept. Every
//     other word, names, values, data set names and paths, quoted strings
//     and system symbols (&SYSNAME.), exactly as written.
//   - Words one blank apart. A statement on one record when it fits by
//     column 72; otherwise continued on records indented two blanks more
//     than the statement, broken between parameter groups (a keyword with
//     its values: IPADDR 10.1.1.1/24, PROTOCOL TCP, SRCPORT 20 21), and
//     inside a group only when the group alone does not fit. Columns 73-80
//     stay free of statement text: they are where ISPF writes sequence
//     numbers, which the profile does not allow. A word too long for a
//     record stays whole and is left long (FormatProfile warns, FM104).
//   - A HOME statement of several entries has HOME on a record of its own
//     and one entry (address, link, PRIMARY) per record; a
//     BSDROUTINGPARMS entry (link, MTU, metric, mask, destination) is
//     always a record of its own.
//   - Statements znet keeps verbatim (PORT, AUTOLOG, GLOBALCONFIG,
//     TCPCONFIG, IPCONFIG, VIPADYNAMIC…, every statement not listed in
//     model/profile's package comment as read) keep the records they were
//     written on, since znet does not know where their entries begin;
//     only the indentation and the blanks between words are made
//     canonical (TCPCONFIG, IPCONFIG and IPCONFIG6 also have their
//     parameter keywords upper-cased), and a record longer than column 72
//     is wrapped. A tree
//     without positions (built by code) has its verbatim statements
//     filled like the others.
//   - Block statements (BEGINROUTES, IPSEC, BSDROUTINGPARMS, AUTOLOG,
//     VIPADYNAMIC…): the statements inside indented two blanks, the END
//     statement at the block's indentation. Top-level statements begin in
//     column 1.
//   - Comments stay where they attach. Comment records before a
//     statement stay above it, at its indentation; comments inside a
//     statement stay between the words they were between (on the record
//     they ended, or on a record of their own at the continuation
//     indentation); a comment after the statement's last word stays after
//     it, one blank apart, and when it would pass column 80 the statement
//     is broken once more between parameter groups so that it fits, or
//     else the comment goes on a record of its own right above the
//     statement; comments before an END statement stay before it, a
//     comment on the END record after it (or right before it when it
//     does not fit); comments after the last statement stay at the end.
//     A comment keeps its text (tabs in it expanded to blanks at tab
//     stops of 8); a comment record that would pass column 80 is moved
//     left.
//   - Blank lines: one where the author left one or more blank records
//     between statements or comment records (none inside a statement),
//     none at the start or the end; none are added. A tree without
//     positions has none.
//   - LF line ends, no trailing blanks, no tabs outside quoted strings, no
//     byte order mark; the text ends with one line end.
//
// The tree is read from Statement.Name, Token.Text and the comments;
// positions (Token.Line, Token.Col, Comment.Span) are used only to place
// comments, blank lines and the records of verbatim statements, and to
// leave out a sequence number the grammar read as a statement of its own,
// so a tree built by code prints too. Other sequence numbers print as the
// values the grammar read them as; FormatProfile removes them all. Lines are broken only where z/OS reads the
// words the same way: a word that spells a statement keyword never begins
// a record where it would begin a statement (at the outermost level, in
// the blocks znet models), and the names after DEVICE, LINK, INTERFACE…
// that look like keywords stay on the keyword's record.
func PrintProfile(f *profile.File) []byte {
	if f == nil {
		return nil
	}
	p := &pprinter{}
	p.file(f)
	return p.b
}

// FormatProfile is `znet fmt` for a TCP/IP profile or OBEYFILE data set.
// A file with syntax errors is refused (*FormatError, Syntax true). The
// warnings are about what formatting changes: sequence numbers in columns
// 73-80 removed (PR110 for each, FM105 in all), non-breaking spaces made
// blanks (PR103), bytes that are not text in comments made '?' (PR102),
// abbreviations written in full (PR112), a byte order mark dropped
// (PR113), and records that stay longer than 80 columns (FM104).
func FormatProfile(name string, data []byte) ([]byte, source.Diagnostics, error) {
	f, err := profile.Parse(name, data)
	if err != nil {
		return nil, nil, err
	}
	warns, err := Refuse(name, f.Diagnostics, profile.CodeNBSP, profile.CodeSequenceNum, profile.CodeCommentByte, profile.CodeAbbrev, profile.CodeBOM)
	if err != nil {
		return nil, warns, err
	}
	n, first, bad := stripSequenceNumbers(f)
	if len(bad) > 0 {
		return nil, warns, &FormatError{File: name, Syntax: true, Diags: bad}
	}
	p := &pprinter{b: make([]byte, 0, len(data)+len(data)/8)}
	p.file(f)
	if n > 0 {
		// The grammar read the numbers as words; without them, words
		// may pair up differently (HOME lists) or begin statements.
		back, err := profile.Parse(name, p.b)
		if err != nil {
			return nil, warns, err
		}
		if d, ok := readsAlike(f, back); !ok {
			var bad source.Diagnostics
			bad.Add(d.Span, source.Error, CodeAfterSeqNum,
				"without its sequence numbers the profile reads differently: "+d.Message,
				"remove the sequence numbers yourself and check the statements around them")
			return nil, warns, &FormatError{File: name, Syntax: true, Diags: bad}
		}
		warns.Add(first, source.Warning, CodeSeqRemoved,
			fmt.Sprintf("%d sequence number(s) in columns 73-80 removed; the first is here", n),
			"IBM does not allow sequence numbers in a profile; turn numbering off for the data set, with UNNUM in ISPF")
	}
	for _, l := range p.long {
		sp := l.span
		if sp.IsZero() {
			sp = source.Span{File: name, Line: l.line, Col: Width + 1, EndLine: l.line, EndCol: Width + 2}
		}
		warns.Add(sp, source.Warning, CodeLongRecord,
			fmt.Sprintf("after formatting, line %d is longer than 80 columns: a member (RECFM=FB LRECL=80) cannot hold it, and %q cannot be split", l.line, l.what),
			"shorten the value or the comment")
	}
	warns.Sort()
	return p.b, warns, nil
}

// readsAlike compares the tree a profile was printed from with the tree
// of the printed text: the same statements with the same words (up to
// case) in the same blocks, and no syntax error. It describes the first
// difference, at its place in the input.
func readsAlike(a, b *profile.File) (source.Diagnostic, bool) {
	var same func(x, y []*profile.Statement) (source.Diagnostic, bool)
	same = func(x, y []*profile.Statement) (source.Diagnostic, bool) {
		for i, s := range x {
			if i >= len(y) {
				return source.Diagnostic{Span: s.KeywordSpan(), Message: fmt.Sprintf("%s would join the statement before it", s.Tokens[0].Text)}, false
			}
			t := y[i]
			if s.Name != t.Name || len(s.Tokens) != len(t.Tokens) || s.Block != t.Block || len(s.Body) != len(t.Body) {
				return source.Diagnostic{Span: s.KeywordSpan(), Message: fmt.Sprintf("%s would read as %s", s.Text(), t.Text())}, false
			}
			for j := range s.Tokens {
				if !strings.EqualFold(s.Tokens[j].Text, t.Tokens[j].Text) && (j > 0 || s.Name == "") {
					return source.Diagnostic{Span: s.KeywordSpan(), Message: fmt.Sprintf("%s would read as %s", s.Text(), t.Text())}, false
				}
			}
			if d, ok := same(s.Body, t.Body); !ok {
				return d, false
			}
		}
		if len(y) > len(x) {
			return source.Diagnostic{Span: firstSpan(a), Message: fmt.Sprintf("%s would begin a statement", y[len(x)].Tokens[0].Text)}, false
		}
		return source.Diagnostic{}, true
	}
	if d, ok := same(a.Statements, b.Statements); !ok {
		return d, false
	}
	for _, d := range b.Diagnostics {
		if d.Severity == source.Error {
			return source.Diagnostic{Span: firstSpan(a), Message: d.Message}, false
		}
	}
	return source.Diagnostic{}, true
}

func firstSpan(f *profile.File) source.Span {
	if len(f.Statements) > 0 {
		return f.Statements[0].KeywordSpan()
	}
	return source.FileStart(f.Name)
}

// stripSequenceNumbers removes from a parsed tree the sequence numbers
// the grammar reported (PR110): words in columns 73-80, and the statement
// such a word makes on its own after a statement that takes no more
// arguments; comment records ending with one lose it too (eight digits
// in columns 73-80 after a blank). It returns how many it removed, where
// the first was, and an error for words after a sequence number that
// would begin a statement of their own once it is gone.
func stripSequenceNumbers(f *profile.File) (int, source.Span, source.Diagnostics) {
	st := &seqStrip{file: f.Name}
	f.Statements = st.list(f.Statements, &f.Comments)
	for i := range f.Comments {
		st.comment(&f.Comments[i])
	}
	return st.n, st.first, st.bad
}

type seqStrip struct {
	file  string
	n     int
	first source.Span
	bad   source.Diagnostics
}

func (st *seqStrip) note(sp source.Span) {
	if st.n == 0 || sp.Line < st.first.Line || sp.Line == st.first.Line && sp.Col < st.first.Col {
		st.first = sp
	}
	st.n++
}

// list strips the statements of one list; the comments of a statement
// that goes away move to the next statement, or, after the last, in
// front of the comments that follow the list (the END statement's, or
// the file's).
func (st *seqStrip) list(list []*profile.Statement, after *[]profile.Comment) []*profile.Statement {
	out := list[:0:0]
	var pending []profile.Comment
	for _, s := range list {
		if s.Unknown && len(s.Tokens) > 0 && s.Tokens[0].SequenceNumber() {
			if len(s.Tokens) > 1 {
				st.bad.Add(s.TokenSpan(s.Tokens[1]), source.Error, CodeAfterSeqNum,
					fmt.Sprintf("%q follows a sequence number in columns 73-80; without the number it would begin a statement of its own", s.Tokens[1].Text),
					"remove the sequence numbers and check what follows them")
				out = append(out, s)
				continue
			}
			st.note(s.KeywordSpan())
			pending = append(pending, s.Leading...)
			pending = append(pending, s.Inner...)
			if s.Trailing != nil {
				pending = append(pending, *s.Trailing)
			}
			continue
		}
		if len(pending) > 0 {
			s.Leading = append(pending, s.Leading...)
			pending = nil
		}
		st.statement(s)
		out = append(out, s)
	}
	if len(pending) > 0 {
		*after = append(pending, *after...)
		for i := range pending {
			st.comment(&(*after)[i])
		}
	}
	return out
}

func (st *seqStrip) statement(s *profile.Statement) {
	keep := -1
	for i, t := range s.Tokens {
		if i > 0 && t.SequenceNumber() {
			keep = i
			break
		}
	}
	if keep > 0 {
		toks := append([]profile.Token{}, s.Tokens[:keep]...)
		for _, t := range s.Tokens[keep:] {
			if t.SequenceNumber() {
				st.note(s.TokenSpan(t))
				continue
			}
			toks = append(toks, t)
		}
		s.Tokens = toks
	}
	for i := range s.Leading {
		st.comment(&s.Leading[i])
	}
	for i := range s.Inner {
		st.comment(&s.Inner[i])
	}
	if s.Trailing != nil {
		st.comment(s.Trailing)
	}
	if len(s.Body) > 0 || s.Block {
		s.Body = st.list(s.Body, &s.EndComments)
	}
	for i := range s.EndComments {
		st.comment(&s.EndComments[i])
	}
}

// comment removes a sequence number ending a comment record: eight
// digits in columns 73-80 after a blank.
func (st *seqStrip) comment(c *profile.Comment) {
	t := c.Text
	k := len(t)
	if k <= 9 || c.Span.EndCol != Width+1 || !allDigits(t[k-8:]) || t[k-9] != ' ' && t[k-9] != '\t' {
		return
	}
	st.note(source.Span{File: c.Span.File, Line: c.Span.Line, Col: Width - 7, EndLine: c.Span.Line, EndCol: Width + 1})
	c.Text = TrimBlanks(t[:k-8])
	c.Span.EndCol = c.Span.Col + utf8.RuneCountInString(c.Text)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// ---------------------------------------------------------------------
// The printer.

type pprinter struct {
	b    []byte
	line int // output lines written
	last int // the last source line printed; 0 when unknown
	any  bool
	long []plong
	// moved are the statements whose trailing comment went above them,
	// and lifted the comments inside a statement that could not stay
	// there; both are printed as its last leading comments (for tests).
	moved  map[*profile.Statement]bool
	lifted map[*profile.Statement][]profile.Comment

	// Buffers one statement's layout uses, kept for the next one (a
	// statement's records are written before the next is laid out).
	sh     pshape
	items  []pitem
	chunks []pchunk
	recs   []prec
}

// plong is a record longer than 80 columns.
type plong struct {
	line int         // output line
	what string      // the word or comment crossing column 80
	span source.Span // where it is in the input (zero when unknown)
}

// pitem is a word or comment on a record: its text, its width in
// columns, and where it was (a token of statement s, or a comment).
type pitem struct {
	text  string
	width int
	s     *profile.Statement
	tok   *profile.Token
	com   *profile.Comment
}

func (it *pitem) span() source.Span {
	switch {
	case it.tok != nil && it.tok.Line > 0:
		return it.s.TokenSpan(*it.tok)
	case it.com != nil && it.com.Span.Line > 0:
		return it.com.Span
	}
	return source.Span{}
}

// prec is one output record: words items (the statement's tokens from
// through to-1, or a comment) and a comment after them.
type prec struct {
	indent   int
	width    int
	items    []pitem
	from, to int
	tail     pitem
	hasTail  bool
}

func (r *prec) fresh() bool { return len(r.items) == 0 }

// addTail puts a comment after the record's words.
func (r *prec) addTail(it pitem) {
	r.tail, r.hasTail = it, true
	r.width += 1 + it.width
}

func (p *pprinter) write(r *prec) {
	p.line++
	for j := 0; j < r.indent; j++ {
		p.b = append(p.b, ' ')
	}
	w := r.indent
	var cross *pitem
	put := func(i int, it *pitem) {
		if i > 0 {
			p.b = append(p.b, ' ')
			w++
		}
		p.b = append(p.b, it.text...)
		w += it.width
		if w > Width && cross == nil {
			cross = it
		}
	}
	for i := range r.items {
		put(i, &r.items[i])
	}
	if r.hasTail {
		put(len(r.items), &r.tail)
	}
	p.b = append(p.b, '\n')
	p.any = true
	if cross != nil {
		p.long = append(p.long, plong{line: p.line, what: cross.text, span: cross.span()})
	}
}

// gap writes a blank line when the author left blank records between
// what was printed last and source line line.
func (p *pprinter) gap(line int) {
	if p.any && line > 0 && p.last > 0 && line > p.last+1 {
		p.b = append(p.b, '\n')
		p.line++
	}
}

// seen notes that source line line was printed. Lines only grow, so
// that a tree whose positions go back (an END statement placed at its
// block's keyword by a builder) gets no blank line it did not ask for.
func (p *pprinter) seen(line int) { p.last = max(p.last, line) }

// commentRecord writes a comment on a record of its own.
func (p *pprinter) commentRecord(indent int, c *profile.Comment) {
	r := commentRec(indent, c)
	p.write(&r)
}

// commentRec is a record holding comment c at indent, moved left when
// it would pass column 80.
func commentRec(indent int, c *profile.Comment) prec {
	it := commentItem(c)
	if indent+it.width > Width {
		indent = max(0, Width-it.width)
	}
	return prec{indent: indent, width: indent + it.width, items: []pitem{it}}
}

func commentItem(c *profile.Comment) pitem {
	t := commentText(c.Text)
	return pitem{text: t, width: utf8.RuneCountInString(t), com: c}
}

// commentText is the text of a comment as printed: trailing blanks
// removed, tabs expanded to blanks at tab stops of 8 (counted from the
// ';'), line ends made blanks, a ';' added in front of text built by code
// without one.
func commentText(s string) string {
	s = TrimBlanks(s)
	if strings.ContainsAny(s, "\t\r\n") {
		var b strings.Builder
		col := 0
		for _, r := range s {
			switch r {
			case '\t':
				b.WriteByte(' ')
				col++
				for col%8 != 0 {
					b.WriteByte(' ')
					col++
				}
				continue
			case '\r', '\n':
				r = ' '
			}
			b.WriteRune(r)
			col++
		}
		s = TrimBlanks(b.String())
	}
	if !strings.HasPrefix(s, ";") {
		if s == "" {
			return ";"
		}
		s = "; " + s
	}
	return s
}

func (p *pprinter) file(f *profile.File) {
	for _, s := range f.Statements {
		p.statement(s, 0, ctxTop)
	}
	for i := range f.Comments {
		c := &f.Comments[i]
		p.gap(c.Span.Line)
		p.commentRecord(0, c)
		p.seen(c.Span.Line)
	}
}

// pctx says how z/OS reads words where a statement is being read.
type pctx uint8

const (
	ctxTop     pctx = iota // the outermost level: a statement keyword begins a statement
	ctxModeled             // a block znet models: a statement keyword at the start of a record ends it
	ctxBlock               // another block: only its END and own statements end it
)

// modeledBlocks are the blocks the grammar models (blockSpec.Modeled in
// grammar/profile/keywords.go; TestProfileGrammarAgrees checks the list).
var modeledBlocks = map[string]bool{"BEGINROUTES": true, "IPSEC": true, "BSDROUTINGPARMS": true}

// forcedArgs are the arguments after a statement keyword that are read as
// arguments even when they spell keywords, provided they are on the
// keyword's record (spec.Forced in grammar/profile/keywords.go;
// TestProfileGrammarAgrees checks it).
var forcedArgs = map[string]int{
	"DELETE": 2, "DEVICE": 2, "INCLUDE": 1, "INTERFACE": 2, "LINK": 3, "PRIMARYINTERFACE": 1,
	"START": 1, "STOP": 1, "ROUTE": 3, "IPSECRULE": 1, "IPSEC6RULE": 1,
}

// argCtx is where the arguments of s are read: inside its own block for
// a block statement.
func argCtx(s *profile.Statement, ctx pctx) pctx {
	if !s.Block {
		return ctx
	}
	if modeledBlocks[s.Name] {
		return ctxModeled
	}
	return ctxBlock
}

func (p *pprinter) statement(s *profile.Statement, indent int, ctx pctx) {
	if len(s.Tokens) == 0 {
		return
	}
	if s.Unknown && len(s.Tokens) == 1 && s.Tokens[0].SequenceNumber() {
		// A sequence number the grammar read as a statement of its own
		// (FormatProfile removes them first): it goes, its comments stay.
		for _, cs := range [][]profile.Comment{s.Leading, s.Inner} {
			for i := range cs {
				p.gap(cs[i].Span.Line)
				p.commentRecord(indent, &cs[i])
				p.seen(cs[i].Span.Line)
			}
		}
		if s.Trailing != nil {
			p.commentRecord(indent, s.Trailing)
			p.seen(s.Trailing.Span.Line)
		}
		return
	}
	actx := argCtx(s, ctx)
	p.sh.fill(s, actx)
	recs, above, moved := p.layout(s, &p.sh, indent)

	for i := range s.Leading {
		c := &s.Leading[i]
		p.gap(c.Span.Line)
		p.commentRecord(indent, c)
		p.seen(c.Span.Line)
	}
	first := s.Tokens[0].Line
	p.gap(first)
	for i := range above {
		p.commentRecord(indent, &above[i])
	}
	if len(above) > 0 {
		if p.lifted == nil {
			p.lifted = map[*profile.Statement][]profile.Comment{}
		}
		p.lifted[s] = above
	}
	if moved {
		if p.moved == nil {
			p.moved = map[*profile.Statement]bool{}
		}
		p.moved[s] = true
	}
	for i := range recs {
		p.write(&recs[i])
	}
	end := 0
	for _, t := range s.Tokens {
		end = max(end, t.Line)
	}
	for _, c := range s.Inner {
		end = max(end, c.Span.Line)
	}
	if s.Trailing != nil {
		end = max(end, s.Trailing.Span.Line)
	}
	p.seen(end)
	if !s.Block && len(s.Body) == 0 && len(s.End) == 0 && len(s.EndComments) == 0 {
		return
	}
	for _, b := range s.Body {
		p.statement(b, indent+profileIndent, actx)
	}
	endLine := 0
	if len(s.End) > 0 {
		endLine = s.End[0].Line
	}
	// Comments before the END statement, then the END statement with the
	// comment of its record; when that does not fit after it, the
	// comment goes before it, where it is still one of the block's END
	// comments.
	var onEnd *profile.Comment
	for i := range s.EndComments {
		c := &s.EndComments[i]
		if endLine > 0 && c.Span.Line == endLine && onEnd == nil {
			onEnd = c
			continue
		}
		p.gap(c.Span.Line)
		p.commentRecord(indent+profileIndent, c)
		p.seen(c.Span.Line)
	}
	if len(s.End) == 0 {
		if onEnd != nil {
			p.commentRecord(indent+profileIndent, onEnd)
		}
		return
	}
	et := &s.End[0]
	word := profile.Canonical(et.Text)
	if word == "" {
		word = et.Text
	}
	w := utf8.RuneCountInString(word)
	r := prec{indent: indent, width: indent + w, items: []pitem{{text: word, width: w, s: s, tok: et}}}
	p.gap(endLine)
	if onEnd != nil {
		if it := commentItem(onEnd); r.width+1+it.width <= Width {
			r.addTail(it)
		} else {
			p.commentRecord(indent+profileIndent, onEnd)
		}
	}
	p.write(&r)
	p.seen(endLine)
}

// pchunk is a run of words no record may begin inside.
type pchunk struct{ from, to, width int }

// layout breaks a statement into records. It returns the records, the
// comments that go on records of their own above the statement (a
// trailing comment too long for any record of the statement, inner
// comments that cannot stay where they were), and whether the trailing
// comment is among them. The records are the printer's buffers: write
// them before the next layout.
func (p *pprinter) layout(s *profile.Statement, sh *pshape, indent int) ([]prec, []profile.Comment, bool) {
	n := len(sh.words)
	items := p.items[:0]
	for i, w := range sh.words {
		items = append(items, pitem{text: w, width: utf8.RuneCountInString(w), s: s, tok: &s.Tokens[i]})
	}
	p.items = items
	// Chunks: a word that may not begin a record stays with the one
	// before it.
	chunkStart := func(i int) bool { return i == 0 || i >= n || !sh.glue[i] }
	// Comments inside the statement, by the word they precede.
	var eor map[int]*profile.Comment
	var own map[int][]*profile.Comment
	var above []profile.Comment
	for ci := range s.Inner {
		c := &s.Inner[ci]
		k, atEnd := innerPlace(s.Tokens, c)
		for k < n && !chunkStart(k) {
			k++
		}
		if k >= n {
			above = append(above, *c)
			continue
		}
		if eor == nil {
			eor, own = map[int]*profile.Comment{}, map[int][]*profile.Comment{}
		}
		if _, taken := eor[k]; atEnd && !taken && len(own[k]) == 0 {
			eor[k] = c
		} else {
			own[k] = append(own[k], c)
		}
	}
	required := func(i int) bool {
		if sh.brk[i] || sh.entry[i] {
			return true
		}
		if eor == nil {
			return false
		}
		_, e := eor[i]
		return e || len(own[i]) > 0
	}
	chunks := p.chunks[:0]
	for i := 0; i < n; {
		j := i + 1
		w := items[i].width
		for ; !chunkStart(j); j++ {
			w += 1 + items[j].width
		}
		chunks = append(chunks, pchunk{i, j, w})
		i = j
	}
	p.chunks = chunks
	contIndent := indent + profileIndent
	recs := p.recs[:0]
	cur := prec{indent: indent, width: indent}
	fits := func(w int) bool {
		if cur.fresh() {
			return cur.indent+w <= profileTextWidth
		}
		return cur.width+1+w <= profileTextWidth
	}
	flush := func(next int) {
		recs = append(recs, cur)
		cur = prec{indent: contIndent, width: contIndent, from: next, to: next}
	}
	put := func(c pchunk) {
		if !cur.fresh() {
			cur.width++
		}
		cur.width += c.width
		cur.to = c.to
		cur.items = items[cur.from:cur.to]
	}
	put(chunks[0])
	for ci := 1; ci < len(chunks); {
		// The group starting at chunk ci goes on a record of its own when
		// it does not fit on the current one; the rest of the keyword's
		// group fills the keyword's record first.
		cj := ci + 1
		for cj < len(chunks) && !sh.group[chunks[cj].from] && !required(chunks[cj].from) {
			cj++
		}
		gw := chunks[ci].width
		for k := ci + 1; k < cj; k++ {
			gw += 1 + chunks[k].width
		}
		start := chunks[ci].from
		if required(start) || sh.group[start] && !fits(gw) {
			flush(start)
		}
		whole := fits(gw)
		for k := ci; k < cj; k++ {
			if !whole && !cur.fresh() && !fits(chunks[k].width) {
				flush(chunks[k].from)
			}
			put(chunks[k])
		}
		ci = cj
	}
	recs = append(recs, cur)

	// Comments inside: at the end of the record before the break, or on
	// records of their own before the record starting at their word.
	out := recs
	if eor != nil {
		out = make([]prec, 0, len(recs)+len(s.Inner))
		for ri := range recs {
			r := recs[ri]
			if ri > 0 {
				for _, c := range own[r.from] {
					out = append(out, commentRec(contIndent, c))
				}
			}
			if ri+1 < len(recs) {
				if c, ok := eor[recs[ri+1].from]; ok {
					if it := commentItem(c); r.width+1+it.width <= Width {
						r.addTail(it)
						out = append(out, r)
					} else {
						out = append(out, r, commentRec(contIndent, c))
					}
					continue
				}
			}
			out = append(out, r)
		}
	}
	p.recs = recs
	moved := false
	if s.Trailing != nil {
		it := commentItem(s.Trailing)
		last := &out[len(out)-1]
		switch {
		case last.width+1+it.width <= Width:
			last.addTail(it)
		default:
			if nr, ok := rebalance(last, items, sh, contIndent, it); ok {
				out = append(out, nr)
				if eor == nil {
					p.recs = out
				}
			} else {
				above = append(above, *s.Trailing)
				moved = true
			}
		}
	}
	return out, above, moved
}

// rebalance moves the last parameter group of the statement's last
// record to a record of its own so that the trailing comment fits after
// it. It returns the new record (last is cut short), or false when the
// record holds one group only or the comment does not fit that way
// either; a group is not split for a comment.
func rebalance(last *prec, items []pitem, sh *pshape, contIndent int, com pitem) (prec, bool) {
	for at := last.to - 1; at > last.from; at-- {
		if sh.glue[at] || !sh.group[at] && !sh.entry[at] && !sh.brk[at] {
			continue
		}
		nr := prec{indent: contIndent, width: contIndent, from: at, to: last.to, items: items[at:last.to]}
		for k := at; k < last.to; k++ {
			if k > at {
				nr.width++
			}
			nr.width += items[k].width
		}
		if nr.width > profileTextWidth || nr.width+1+com.width > Width {
			return prec{}, false
		}
		last.items = items[last.from:at]
		last.to = at
		last.width = last.indent
		for i, it := range last.items {
			if i > 0 {
				last.width++
			}
			last.width += it.width
		}
		nr.addTail(com)
		return nr, true
	}
	return prec{}, false
}

// innerPlace says where a comment inside a statement was: before token k
// (1 ≤ k < len(toks)), and whether it ended the record of token k-1
// rather than having a record of its own. A comment without a position
// goes before the first argument, on a record of its own.
func innerPlace(toks []profile.Token, c *profile.Comment) (int, bool) {
	if c.Span.Line <= 0 {
		return 1, false
	}
	k := 0
	for k < len(toks) && (toks[k].Line < c.Span.Line || toks[k].Line == c.Span.Line && toks[k].Col < c.Span.Col) {
		k++
	}
	k = max(k, 1)
	if k >= len(toks) {
		return len(toks), false
	}
	return k, toks[k-1].Line == c.Span.Line
}

// ---------------------------------------------------------------------
// The shape of a statement: the words as printed and where the records
// may, should and must break.

type pshape struct {
	words []string
	group []bool // a parameter group begins at word i: break here first
	entry []bool // word i begins an entry that has a record of its own
	glue  []bool // word i may not begin a record
	brk   []bool // the author began a record at word i (verbatim statements)
	flags []bool // the four above, one allocation
}

// profileShape is the shape of statement s whose arguments are read in
// ctx.
func profileShape(s *profile.Statement, ctx pctx) *pshape {
	sh := &pshape{}
	sh.fill(s, ctx)
	return sh
}

// fill makes sh the shape of s, reusing its buffers.
func (sh *pshape) fill(s *profile.Statement, ctx pctx) {
	n := len(s.Tokens)
	if cap(sh.flags) < 4*(n+1) {
		sh.flags = make([]bool, 4*(n+1))
	} else {
		sh.flags = sh.flags[:4*(n+1)]
		clear(sh.flags)
	}
	f := sh.flags
	sh.group, sh.entry, sh.glue, sh.brk = f[:n+1], f[n+1:2*(n+1)], f[2*(n+1):3*(n+1)], f[3*(n+1):]
	sh.words = sh.words[:0]
	for _, t := range s.Tokens {
		sh.words = append(sh.words, t.Text)
	}
	if s.Name != "" {
		sh.words[0] = s.Name
	}
	switch {
	case s.Unknown || s.Placeholder || s.Name == "":
		// One record, as the grammar reads an unknown statement.
		for i := 1; i < n; i++ {
			sh.glue[i] = true
		}
		return
	case readShape(s.Name, sh):
	default:
		verbatimShape(s, sh)
	}
	// Words that spell statement keywords: after the keyword, on its
	// record, where the grammar takes them as names; elsewhere not at the
	// start of a record where a keyword there begins a statement.
	last := 0
	for i := 1; i <= forcedArgs[s.Name] && i < n; i++ {
		if profile.Canonical(sh.words[i]) != "" {
			last = i
		}
	}
	for i := 1; i <= last; i++ {
		sh.glue[i] = true
	}
	if ctx != ctxBlock {
		for i := 1; i < n; i++ {
			if profile.Canonical(sh.words[i]) != "" {
				sh.glue[i] = true
			}
		}
	}
}

// verbatimShape keeps the records of a statement znet does not read, and
// upper-cases the few of its words znet does.
func verbatimShape(s *profile.Statement, sh *pshape) {
	toks := s.Tokens
	for i := 1; i < len(toks); i++ {
		sh.group[i] = true
		sh.brk[i] = toks[i].Line != toks[i-1].Line
	}
	up := func(i int) { sh.words[i] = strings.ToUpper(sh.words[i]) }
	switch s.Name {
	case "TCPCONFIG", "IPCONFIG", "IPCONFIG6":
		// The parameter keywords model/profile reads with the statement's
		// table, and the values of those with a set of values
		// (SENDGARBAGE FALSE), found in order among the words.
		specs, _ := tcpprofile.Parameters(s.Name, "")
		enum := map[string]bool{}
		for _, p := range specs {
			if len(p.Enum) > 0 {
				enum[p.Name] = true
			}
		}
		i := 1
		find := func(v tcpprofile.Value) {
			text := v.Text
			if v.Raw != "" {
				text = v.Raw
			}
			for j := i; j < len(toks); j++ {
				if toks[j].Text == text {
					up(j)
					i = j + 1
					return
				}
			}
		}
		for _, p := range tcpprofile.ConfigParams(s) {
			find(p.Key)
			if enum[p.Name] {
				for _, v := range p.Values {
					find(v)
				}
			}
		}
	case "DELETE":
		// DELETE DEVICE|LINK|PORT|PORTRANGE name.
		if len(toks) > 1 {
			switch profile.Canonical(sh.words[1]) {
			case "DEVICE", "LINK", "PORT", "PORTRANGE":
				up(1)
			}
		}
	}
}

// preader reads the arguments of a statement znet models, the way
// model/profile reads them, marking keywords and parameter groups.
type preader struct {
	sh *pshape
	i  int
}

func (r *preader) more() bool { return r.i < len(r.sh.words) }

func (r *preader) peek() string {
	if r.more() {
		return r.sh.words[r.i]
	}
	return ""
}

// take consumes a word, upper-cased when it is a keyword.
func (r *preader) take(kw bool) string {
	w := r.sh.words[r.i]
	if kw {
		w = strings.ToUpper(w)
		r.sh.words[r.i] = w
	}
	r.i++
	return w
}

// group begins a parameter group at the next word.
func (r *preader) group() {
	if r.more() {
		r.sh.group[r.i] = true
	}
}

// is consumes the next word when it spells keyword name (abbreviated to
// at least min letters; 0: in full only).
func (r *preader) is(name string, min int) bool {
	if r.more() && kwSpells(r.peek(), name, min) {
		r.take(true)
		return true
	}
	return false
}

// words makes every remaining word a group of its own, as written.
func (r *preader) words() {
	for r.more() {
		r.group()
		r.take(false)
	}
}

// kwSpells reports whether w spells keyword name abbreviated to no fewer
// than min letters (model/profile's kw).
func kwSpells(w, name string, min int) bool {
	if strings.EqualFold(w, name) {
		return true
	}
	return min > 0 && len(w) >= min && len(w) < len(name) && strings.EqualFold(w, name[:len(w)])
}

// readShape reads the statements model/profile reads. It returns false
// for the others.
func readShape(name string, sh *pshape) bool {
	r := &preader{sh: sh, i: 1}
	switch name {
	case "DEVICE":
		readTyped(r, "DEVICE", deviceWords)
	case "LINK":
		readTyped(r, "LINK", linkWords)
	case "INTERFACE":
		readInterface(r)
	case "HOME":
		readHome(r)
	case "START", "STOP", "PRIMARYINTERFACE", "INCLUDE":
		if r.more() {
			r.take(false)
		}
		r.words()
	case "BEGINROUTES":
		r.words()
	case "ROUTE":
		readRoute(r)
	case "BSDROUTINGPARMS":
		readBSD(r)
	case "IPSEC":
		ipsec, _ := tcpprofile.Parameters("IPSEC", "")
		readParams(r, ipsec)
	case "IPSECRULE", "IPSEC6RULE":
		readFilterRule(r, name == "IPSEC6RULE")
	default:
		return false
	}
	return true
}

// Parameter tables are model/profile's (tcpprofile.Parameters), the one
// source of what a statement's parameters are, how far each may be
// abbreviated and how many values it takes.

// readParams reads parameters the way model/profile's paramParser does:
// a word that is no parameter of the table is a group of its own, as
// written.
func readParams(r *preader, table []tcpprofile.ParamSpec) {
	isParam := func() bool { return r.more() && tcpprofile.MatchParameter(table, r.peek()) != nil }
	for r.more() {
		r.group()
		ps := tcpprofile.MatchParameter(table, r.peek())
		if ps == nil {
			r.take(false)
			continue
		}
		r.take(true)
		switch ps.Kind {
		case "value":
			if r.more() && !isParam() {
				r.take(tcpprofile.OneOf(r.peek(), ps.Enum))
			}
		case "list":
			for r.more() && !isParam() {
				r.take(false)
			}
		case "vmac":
			if r.more() && tcpprofile.IsMAC(r.peek()) {
				r.take(false)
			}
			if r.more() && tcpprofile.OneOf(r.peek(), tcpprofile.VMACModes) {
				r.take(true)
			}
		case "inbperf":
			if r.more() {
				v := r.take(tcpprofile.OneOf(r.peek(), tcpprofile.InbperfValues))
				if strings.EqualFold(v, "DYNAMIC") && r.more() && tcpprofile.OneOf(r.peek(), tcpprofile.InbperfQueues) {
					r.take(true)
				}
			}
		}
	}
}

// typeKind is the canonical type a DEVICE or LINK type word names
// (VIRTual abbreviates VIRTUAL, as IBM's TCPIPCS PROFILE output writes
// it).
func typeKind(w string) string {
	if kwSpells(w, "VIRTUAL", 4) {
		return "VIRTUAL"
	}
	return strings.ToUpper(w)
}

// readTyped reads DEVICE name type [address] options and LINK name type
// [number] device options: the name, the type, the words of fixed place
// the type takes (fixed), then the type's parameters.
func readTyped(r *preader, stmt string, fixed func(kind string) int) {
	if !r.more() {
		return
	}
	r.take(false)
	if !r.more() {
		return
	}
	kind := typeKind(r.peek())
	table, known := tcpprofile.Parameters(stmt, kind)
	r.take(known)
	if !known {
		r.words()
		return
	}
	for n := fixed(kind); n > 0 && r.more(); n-- {
		r.take(false)
	}
	readParams(r, table)
}

// deviceWords: LCS and CTC devices take a device number, VIRTUAL its 0.
func deviceWords(kind string) int {
	switch kind {
	case "LCS", "CTC", "VIRTUAL":
		return 1
	}
	return 0
}

// linkWords: the device name, after the adapter number or read/write
// indicator some link types take first.
func linkWords(kind string) int {
	switch kind {
	case "VIRTUAL", "ETHERNET", "802.3", "ETHEROR802.3", "CTC":
		return 2
	}
	return 1
}

// readInterface: INTERFACE name DEFINE type parameters, INTERFACE name
// DELETE, INTERFACE name ADDADDR… addresses.
func readInterface(r *preader) {
	if !r.more() {
		return
	}
	r.take(false)
	if !r.more() {
		return
	}
	action := ""
	if a := tcpprofile.MatchParameter(tcpprofile.InterfaceActions(), r.peek()); a != nil {
		action = a.Name
	}
	r.take(action != "")
	switch action {
	case "DEFINE":
		if !r.more() {
			return
		}
		table, known := tcpprofile.Parameters("INTERFACE", strings.ToUpper(r.peek()))
		r.take(known)
		if !known {
			r.words()
			return
		}
		readParams(r, table)
	default:
		r.words()
	}
}

// readHome: HOME address link [PRIMARY]…; several entries have a record
// each.
func readHome(r *preader) {
	var starts []int
	for r.more() {
		starts = append(starts, r.i)
		r.group()
		r.take(false)
		if !r.more() {
			break
		}
		r.take(false)
		if r.more() && strings.EqualFold(r.peek(), "PRIMARY") {
			r.take(true)
		}
	}
	if len(starts) > 1 {
		for _, i := range starts {
			r.sh.entry[i] = true
		}
	}
}

// readBSD: BSDROUTINGPARMS TRUE|FALSE, then entries of link_name maxmtu
// metric subnet_mask dest_addr, a record each.
func readBSD(r *preader) {
	if !r.more() {
		return
	}
	r.take(tcpprofile.OneOf(r.peek(), []string{"TRUE", "FALSE"}))
	for n := 0; r.more(); n++ {
		if n%5 == 0 {
			r.sh.entry[r.i] = true
			r.group()
		}
		r.take(false)
	}
}

// readRoute: ROUTE destination [mask] first_hop name parameters.
func readRoute(r *preader) {
	if !r.more() {
		return
	}
	d := r.take(tcpprofile.OneOf(r.peek(), []string{"DEFAULT", "DEFAULT6"}))
	u := strings.ToUpper(d)
	if u != "DEFAULT" && u != "DEFAULT6" && !strings.Contains(d, "/") && !profile.HasSymbol(d) && isIPv4(d) && r.more() {
		if nx := r.peek(); strings.EqualFold(nx, "HOST") || strings.Count(nx, ".") == 3 {
			r.take(strings.EqualFold(nx, "HOST"))
		}
	}
	for k := 0; k < 2 && r.more(); k++ {
		r.take(false)
	}
	routes, _ := tcpprofile.Parameters("ROUTE", "")
	readParams(r, routes)
}

func isIPv4(s string) bool {
	ip, err := netip.ParseAddr(s)
	return err == nil && ip.Is4() && strings.Count(s, ".") == 3
}

// readFilterRule reads IPSECRULE and IPSEC6RULE in the order IBM's
// syntax diagram gives (model/profile's filterRule): source, destination,
// LOG|NOLOG, PROTOCOL p [SRCPORT…] [DESTPORT…] [TYPE…] [CODE…], ROUTING,
// SECCLASS, DIRECTION.
func readFilterRule(r *preader, v6 bool) {
	addr := func() bool {
		if !r.more() {
			return false
		}
		if r.take(false) == "*" {
			return true
		}
		if r.peek() == "-" && r.i+1 < len(r.sh.words) {
			r.take(false)
			r.take(false)
		}
		return true
	}
	if !addr() || !addr() {
		return
	}
	r.group()
	if !r.is("LOG", 0) {
		r.is("NOLOG", 0)
	}
	portRange := func() {
		if !r.more() {
			return
		}
		if r.peek() == "*" {
			r.take(false)
			return
		}
		for n := 0; n < 2 && r.more(); n++ {
			if _, err := strconv.Atoi(r.peek()); err != nil {
				if n == 0 {
					r.take(false)
				}
				return
			}
			r.take(false)
		}
	}
	r.group()
	if r.more() && kwSpells(r.peek(), "PROTOCOL", 5) {
		r.take(true)
		if !r.more() {
			return
		}
		p := strings.ToUpper(r.take(tcpprofile.OneOf(r.peek(), []string{"TCP", "UDP", "ICMP", "ICMPV6", "OSPF"})))
		sub := func(name string, min int) {
			r.group()
			if r.more() && kwSpells(r.peek(), name, min) {
				r.take(true)
				portRange()
			}
		}
		switch {
		case p == "TCP" || p == "6" || p == "UDP" || p == "17":
			sub("SRCPORT", 4)
			sub("DESTPORT", 4)
		case p == "ICMP" || p == "1" || (v6 && (p == "ICMPV6" || p == "58")):
			sub("TYPE", 0)
			sub("CODE", 0)
		case p == "OSPF" || p == "89":
			sub("TYPE", 0)
		}
	}
	r.group()
	if r.more() && kwSpells(r.peek(), "ROUTING", 0) {
		r.take(true)
		if !r.more() {
			return
		}
		v := r.peek()
		r.take(tcpprofile.OneOf(v, []string{"LOCAL", "ROUTED", "EITHER"}))
		if strings.EqualFold(v, "ROUTED") {
			r.is("FRAGMENTSONLY", 9)
		}
	}
	r.group()
	if r.more() && kwSpells(r.peek(), "SECCLASS", 0) {
		r.take(true)
		if !r.more() {
			return
		}
		r.take(false)
	}
	r.group()
	if r.more() && kwSpells(r.peek(), "DIRECTION", 5) {
		r.take(true)
		if !r.is("BIDIRECTIONAL", 4) && !r.is("INBOUND", 3) {
			r.is("OUTBOUND", 4)
		}
		if !r.is("INBCONNECT", 4) {
			r.is("OUTBCONNECT", 5)
		}
	}
	r.words()
}
