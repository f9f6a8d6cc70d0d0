package pagent

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/source"
)

// MaxNameLen is the longest name Policy Agent accepts for a statement ("a
// string 1 - 32 characters in length", IBM z/OS Communications Server IP
// Configuration Reference, on every named AT-TLS and IPSec statement).
const MaxNameLen = 32

// Parse reads one Policy Agent file. It never stops at the first problem:
// the returned tree holds every statement that could be read, and
// File.Diagnostics every problem found. The error is for internal failures
// only (a bug in znet), never for bad input.
func Parse(name string, data []byte) (*File, error) {
	lx := lex(name, data)
	pl, err := lexer.Upgrade(&sliceLexer{toks: lx.toks})
	if err != nil {
		return nil, err
	}
	g, err := parser.ParseFromLexer(pl)
	if err != nil {
		return nil, fmt.Errorf("pagent grammar rejected %s, which the lexer should make impossible: %w", name, err)
	}
	b := &builder{file: &File{Name: name}}
	b.file.Diagnostics = lx.diags
	if lx.bom {
		b.diag(source.Span{File: name, Line: 1, Col: 1, EndLine: 1, EndCol: 1}, source.Info, CodeBOM,
			"UTF-8 byte order mark at the start of the file ignored", "")
	}
	b.stack = []frame{{list: &b.file.Statements}}
	for _, ln := range g.Lines {
		b.line(ln.Tokens)
	}
	b.finish()
	b.file.Diagnostics.Sort()
	return b.file, nil
}

type frame struct {
	stmt *Statement    // nil for the file and for a '{' with no statement
	list *[]*Statement // where statements of this block go
}

type closed struct {
	stmt  *Statement
	close source.Span
}

// askew records a '}' that does not line up with the '{' it closes, the
// usual sign of a brace one too many further up.
type askew struct {
	close, open source.Span
}

type builder struct {
	file    *File
	stack   []frame
	pending []Comment  // comment records waiting for the next statement
	header  *Statement // last one-record statement, which a '{' would open
	last    closed     // last block closed at the outermost level
	askew   *askew     // last '}' not lined up with its '{'
	sawStmt bool
}

func (b *builder) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	b.file.Diagnostics.Add(sp, sev, code, msg, hint)
}

func tokSpan(t lexer.Token) source.Span {
	end := t.Pos.Column + utf8.RuneCountInString(t.Value)
	return source.Span{File: t.Pos.Filename, Line: t.Pos.Line, Col: t.Pos.Column, EndLine: t.Pos.Line, EndCol: end}
}

// line handles one record's tokens (the last is EOL).
func (b *builder) line(toks []lexer.Token) {
	var comment *Comment
	var lineStmt *Statement
	braces, words := 0, 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.Type {
		case tComment:
			comment = &Comment{Text: strings.TrimRight(t.Value, " \t\u00a0"), Span: tokSpan(t)}
		case tLBrace:
			braces++
			b.open(t)
		case tRBrace:
			braces++
			b.close(t)
		case tWord:
			j := i
			for j < len(toks) && toks[j].Type == tWord {
				j++
			}
			words++
			lineStmt = b.statement(toks[i:j])
			i = j - 1
		}
	}
	if braces > 0 && words > 0 {
		sp := tokSpan(toks[0])
		b.diag(sp, source.Warning, CodeBraceSameLine,
			"brace shares its record with other words",
			"IBM documents '{' and '}' on records of their own; put each on its own line")
	}
	if comment == nil {
		return
	}
	switch {
	case lineStmt != nil && lineStmt.Trailing == nil:
		lineStmt.Trailing = comment
	case words == 0 && braces == 0:
		b.pending = append(b.pending, *comment)
	default:
		b.blockComment(*comment)
	}
}

// blockComment files a comment that sits on a brace record with the
// innermost open block, or the file when none is open.
func (b *builder) blockComment(c Comment) {
	if top := b.stack[len(b.stack)-1]; top.stmt != nil && top.stmt.Block != nil {
		top.stmt.Block.Comments = append(top.stmt.Block.Comments, c)
		return
	}
	b.file.Comments = append(b.file.Comments, c)
}

func isPlaceholder(s string) bool {
	return len(s) >= 2 && strings.Trim(s, ".…") == ""
}

// keywordLike reports whether s can be a statement or parameter keyword:
// letters, digits, '_' and '.', not starting with '.' (3DesKeyCheck starts
// with a digit, TLSv1.2 holds a dot, GSK_V3_SESSION_TIMEOUT underscores).
func keywordLike(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_':
		case r == '.' && i > 0:
		default:
			return false
		}
	}
	return s != ""
}

// statement handles a run of words: a keyword and its values.
func (b *builder) statement(words []lexer.Token) *Statement {
	b.sawStmt = true
	kw := words[0]
	if isPlaceholder(kw.Value) {
		b.diag(tokSpan(kw), source.Error, CodePlaceholder,
			fmt.Sprintf("%q is not a statement: it stands for text left out", kw.Value),
			"remove the placeholder or write the statements it stands for")
		b.markIncomplete()
		b.header = nil
		return nil
	}
	if !keywordLike(kw.Value) {
		b.diag(tokSpan(kw), source.Error, CodeNotKeyword,
			fmt.Sprintf("%q cannot start a statement: statement and parameter names are letters, digits, '_' and '.'", kw.Value),
			"a value must follow its parameter name on the same record")
		b.markIncomplete()
		b.header = nil
		return nil
	}
	s := &Statement{Keyword: Token{Text: kw.Value, Span: tokSpan(kw)}, Leading: b.pending}
	b.pending = nil
	s.Span = s.Keyword.Span
	if len(words) > 1 {
		s.Values = make([]Token, 0, len(words)-1)
	}
	for _, w := range words[1:] {
		sp := tokSpan(w)
		if isPlaceholder(w.Value) {
			b.diag(sp, source.Error, CodePlaceholder,
				fmt.Sprintf("%q is not a value: it stands for text left out", w.Value),
				"remove the placeholder and write the value")
			s.Incomplete = true
		}
		if sp.Col >= 73 && sp.EndCol <= 81 && len(w.Value) == 8 && strings.Trim(w.Value, "0123456789") == "" {
			b.diag(sp, source.Warning, CodeSequenceNum,
				fmt.Sprintf("%q in columns 73-80 looks like a sequence number; Policy Agent reads it as a value", w.Value),
				"turn line numbering off for the data set (ISPF: UNNUM) and remove the numbers")
		}
		s.Values = append(s.Values, Token{Text: w.Value, Span: sp})
		s.Span = source.Cover(s.Span, sp)
	}
	top := b.stack[len(b.stack)-1]
	*top.list = append(*top.list, s)
	b.header = s
	return s
}

// markIncomplete flags the statements whose blocks enclose the current point.
func (b *builder) markIncomplete() {
	for _, f := range b.stack {
		if f.stmt != nil {
			f.stmt.Incomplete = true
		}
	}
}

func describe(s *Statement) string {
	if n := s.Name(); n != "" {
		return s.Keyword.Text + " " + n
	}
	return s.Keyword.Text
}

func (b *builder) open(t lexer.Token) {
	sp := tokSpan(t)
	h := b.header
	b.header = nil
	if h == nil || h.Block != nil {
		b.diag(sp, source.Error, CodeOrphanOpen,
			"'{' opens a block, but no statement comes before it",
			"a block belongs to the statement on the record before it, such as 'TTLSRule name'")
		b.markIncomplete()
		// Keep reading the block's contents into the enclosing list, so
		// its statements are still checked and its '}' is still matched.
		top := b.stack[len(b.stack)-1]
		b.stack = append(b.stack, frame{list: top.list})
		return
	}
	h.Block = &Block{Open: sp}
	h.Span = source.Cover(h.Span, sp)
	if len(h.Values) > 1 {
		extra := source.Cover(h.Values[1].Span, h.Values[len(h.Values)-1].Span)
		b.diag(extra, source.Error, CodeExtraName,
			fmt.Sprintf("%s has more than one name: %q", h.Keyword.Text, h.Value()),
			"a block statement takes at most one name; names hold no blanks")
		h.Incomplete = true
	}
	if n := h.Name(); utf8.RuneCountInString(n) > MaxNameLen {
		b.diag(h.Values[0].Span, source.Error, CodeNameTooLong,
			fmt.Sprintf("name %q is %d characters long; Policy Agent allows at most %d", n, utf8.RuneCountInString(n), MaxNameLen),
			"shorten the name (and every reference to it)")
		h.Incomplete = true
	}
	b.stack = append(b.stack, frame{stmt: h, list: &h.Block.Statements})
}

func (b *builder) close(t lexer.Token) {
	sp := tokSpan(t)
	b.header = nil
	if len(b.stack) == 1 {
		msg := "'}' closes nothing: no block is open"
		hint := "remove it"
		if b.last.stmt != nil {
			o := b.last.stmt.Block.Open
			msg = fmt.Sprintf("'}' closes nothing: the block opened at line %d (%s) was already closed at line %d",
				o.Line, describe(b.last.stmt), b.last.close.Line)
			hint = fmt.Sprintf("remove this '}', or the one at line %d if the block was meant to go on", b.last.close.Line)
		}
		if a := b.askew; a != nil {
			hint = fmt.Sprintf("the '}' at line %d (column %d) does not line up with the '{' it closes at line %d (column %d): it is probably one too many",
				a.close.Line, a.close.Col, a.open.Line, a.open.Col)
			b.askew = nil
		}
		b.diag(sp, source.Error, CodeStrayClose, msg, hint)
		if b.last.stmt != nil {
			b.last.stmt.Incomplete = true
		}
		return
	}
	top := b.stack[len(b.stack)-1]
	b.stack = b.stack[:len(b.stack)-1]
	if top.stmt == nil {
		return
	}
	blk := top.stmt.Block
	blk.Close = sp
	if sp.Col != blk.Open.Col && sp.Col != top.stmt.Keyword.Span.Col {
		b.askew = &askew{close: sp, open: blk.Open}
	}
	blk.Comments = append(blk.Comments, b.pending...)
	b.pending = nil
	top.stmt.Span = source.Cover(top.stmt.Span, sp)
	if len(b.stack) == 1 {
		b.last = closed{stmt: top.stmt, close: sp}
	}
}

func (b *builder) finish() {
	for i := len(b.stack) - 1; i >= 1; i-- {
		f := b.stack[i]
		if f.stmt == nil {
			continue
		}
		f.stmt.Incomplete = true
		b.diag(f.stmt.Block.Open, source.Error, CodeUnclosed,
			fmt.Sprintf("block opened at line %d (%s) is never closed", f.stmt.Block.Open.Line, describe(f.stmt)),
			"add '}' after its last parameter")
	}
	for _, c := range b.pending {
		b.blockComment(c)
	}
	if !b.sawStmt {
		b.diag(source.Span{File: b.file.Name, Line: 1, Col: 1, EndLine: 1, EndCol: 1}, source.Info, CodeEmpty,
			"the file holds no statements", "")
	}
}
