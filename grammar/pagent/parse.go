package pagent

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/source"
)

// MaxNameLen is the longest name Policy Agent accepts for a statement ("a
// string 1 - 32 characters in length", IBM z/OS Communications Server IP
// Configuration Reference, on every named AT-TLS and IPSec statement).
const MaxNameLen = 32

// chunkSize is about how many bytes of whole records one run of the lexer
// and the grammar takes. Big files are read a chunk at a time, on every
// core, before the builder puts the blocks together in order. Small chunks
// keep participle's token slices small (it grows them one token at a
// time) and its repetition count far from participle.MaxIterations: a
// chunk holds at most chunkSize+1 records, plus the pieces of long
// records. Tests make it tiny to check that chunking changes nothing.
var chunkSize = 16 << 10

// maxByteNotes is how many records with bytes that are not text are
// reported one by one (per code); the rest are counted in one more
// diagnostic, so that a binary file gives a screenful, not a flood.
const maxByteNotes = 100

// Parse reads one Policy Agent file. It never stops at the first problem:
// the returned tree holds every statement that could be read, and
// File.Diagnostics every problem found. The error is for internal failures
// only (a bug in znet), never for bad input.
func Parse(name string, data []byte) (*File, error) {
	return parse(name, data, chunkSize, runtime.GOMAXPROCS(0))
}

// ctok is a token as the builder reads it: compact and free of pointers,
// so that the garbage collector, busy with what participle allocates,
// does not scan a million of them while the chunks are read.
type ctok struct {
	off  int // byte offset of the text in src, or its index in alts
	n    int // byte length of the text
	line int
	col  int
	typ  kind
	alt  bool // the text is alts[off] (a comment with bytes replaced)
}

// chunkResult is the grammar's reading of one chunk: its records' tokens
// in order, each record ended by EOL or its comment.
type chunkResult struct {
	toks  []ctok
	alts  []string
	notes lexNotes
	err   error
}

func parseChunk(name, src string, c chunk) (r *chunkResult) {
	r = &chunkResult{}
	// A panic here may be on a goroutine of its own, where the caller
	// could not recover it: it becomes Parse's internal error.
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("pagent: internal error reading %s: %v\n%s", name, p, debug.Stack())
		}
	}()
	pl, err := lexer.Upgrade(newRecordLexer(name, src, c.start, c.end, c.line, &r.notes))
	var g *gFile
	if err == nil {
		g, err = parser.ParseFromLexer(pl)
	}
	if err != nil {
		r.err = fmt.Errorf("pagent grammar rejected %s, which the lexer should make impossible: %w", name, err)
		return r
	}
	r.toks = make([]ctok, 0, len(g.Tokens))
	for i := range g.Tokens {
		t := &g.Tokens[i]
		if t.Type == tCont {
			continue // the builder reads records whole
		}
		ct := ctok{off: t.Pos.Offset, n: len(t.Value), line: t.Pos.Line, col: t.Pos.Column, typ: kindOf(t)}
		if t.Value != src[t.Pos.Offset:t.Pos.Offset+len(t.Value)] {
			ct.off, ct.alt = len(r.alts), true
			r.alts = append(r.alts, t.Value)
		}
		r.toks = append(r.toks, ct)
	}
	return r
}

// kind is what a token is to the builder.
type kind int8

const (
	kWord kind = iota
	kLBrace
	kRBrace
	kComment
	kEOL
)

// kindOf tells what an Item or End token is.
func kindOf(t *lexer.Token) kind {
	switch {
	case t.Type == tEnd && t.Value == "":
		return kEOL
	case t.Type == tEnd:
		return kComment
	case t.Value == "{":
		return kLBrace
	case t.Value == "}":
		return kRBrace
	}
	return kWord
}

// parse reads data in chunks of about size bytes, lexing and matching the
// grammar on up to workers goroutines, then builds the tree from the
// chunks in order, so the result does not depend on size or workers.
func parse(name string, data []byte, size, workers int) (*File, error) {
	// One copy of the input; every token's text is a substring of it.
	src := string(data)
	start := 0
	b := newBuilder(name, src)
	if strings.HasPrefix(src, bom) {
		start = len(bom)
		b.diag(source.FileStart(name), source.Info, CodeBOM,
			"UTF-8 byte order mark at the start of the file ignored", "")
	}
	if what, line, col, msg, hint := notTextFile(src[start:]); what != isText {
		b.diag(b.span(line, col, col+1), source.Error, CodeBadByte, msg, hint)
		b.file.Diagnostics.Sort()
		return b.file, nil
	}
	cs := chunks(src, start, size)
	results := make([]*chunkResult, len(cs))
	if workers > len(cs) {
		workers = len(cs)
	}
	if workers < 2 {
		for i, c := range cs {
			results[i] = parseChunk(name, src, c)
		}
	} else {
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := int(next.Add(1)) - 1; i < len(cs); i = int(next.Add(1)) - 1 {
					results[i] = parseChunk(name, src, cs[i])
				}
			}()
		}
		wg.Wait()
	}
	notes := &lexNotes{}
	for i, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		b.chunk(r)
		notes.merge(&r.notes)
		results[i] = nil
	}
	b.lexDiags(notes)
	b.finish()
	b.file.Diagnostics.Sort()
	return b.file, nil
}

type frame struct {
	stmt   *Statement // nil for the file and for a '{' with no statement
	id     int        // tells frames apart that stood at the same depth
	base   int        // where this block's statements start in builder.list
	marked bool       // markIncomplete has flagged this frame (and those below)
}

type closed struct {
	stmt  *Statement
	close source.Span
}

// askew records a '}' that does not line up with the '{' it closes, the
// usual sign of a brace one too many further up.
type askew struct {
	close, open source.Span
	stmt        *Statement // the statement whose block it closed
	frame       int        // id of the frame its statements went on in
	next        *Statement // the first statement that went there after it
}

type builder struct {
	file    *File
	name    string
	stack   []frame
	list    []*Statement // statements of the open blocks, innermost last
	pending []Comment    // comment records waiting for the next statement
	header  *Statement   // last one-record statement, which a '{' would open
	last    closed       // last block closed at the outermost level
	askew   *askew       // last '}' not lined up with its '{'
	src     string
	alts    []string // of the chunk being built
	frames  int      // frames opened so far
	sawStmt bool
	slab    slab
}

func newBuilder(name, src string) *builder {
	b := &builder{file: &File{Name: name}, name: name, src: src}
	b.stack = []frame{{}}
	return b
}

func (b *builder) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	b.file.Diagnostics.Add(sp, sev, code, msg, hint)
}

func (b *builder) span(line, col, end int) source.Span {
	return source.Span{File: b.name, Line: line, Col: col, EndLine: line, EndCol: end}
}

func (b *builder) text(t *ctok) string {
	if t.alt {
		return b.alts[t.off]
	}
	return b.src[t.off : t.off+t.n]
}

func (b *builder) tokSpan(t *ctok) source.Span {
	col, n := t.col, t.n
	if t.alt || !ascii(b.src[t.off:t.off+n]) {
		n = utf8.RuneCountInString(b.text(t))
	}
	return b.span(t.line, col, col+n)
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// chunk builds the records of one chunk.
func (b *builder) chunk(r *chunkResult) {
	b.alts = r.alts
	toks := r.toks
	start := 0
	for i := range toks {
		if typ := toks[i].typ; typ == kEOL || typ == kComment {
			b.line(toks[start : i+1])
			start = i + 1
		}
	}
	if start < len(toks) {
		b.line(toks[start:]) // cannot happen: every record is ended
	}
	b.alts = nil
}

// line handles one record's tokens (the last is EOL or a comment).
func (b *builder) line(toks []ctok) {
	var comment *ctok // the record's comment, always its last token
	var lineStmt *Statement
	var shut *Block // the block closed by a '}' that is the last item
	var brace *ctok
	words := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		switch t.typ {
		case kComment:
			comment = t
		case kLBrace:
			if brace == nil {
				brace = t
			}
			b.open(t)
			shut = nil
		case kRBrace:
			if brace == nil {
				brace = t
			}
			shut = b.close(t)
		case kWord:
			j := i + 1
			for j < len(toks) && toks[j].typ == kWord {
				j++
			}
			words++
			lineStmt = b.statement(toks[i:j])
			shut = nil
			i = j - 1
		}
	}
	if brace != nil && words > 0 {
		b.diag(b.tokSpan(brace), source.Warning, CodeBraceSameLine,
			"brace shares its record with other words",
			"IBM documents '{' and '}' on records of their own; put each on its own line")
	}
	if comment == nil {
		return
	}
	c := Comment{Text: b.text(comment), Span: b.tokSpan(comment)}
	switch {
	case lineStmt != nil:
		lineStmt.Trailing = b.slab.comment(c)
	case words == 0 && brace == nil:
		b.pending = append(b.pending, c)
	case shut != nil:
		shut.Comments = append(shut.Comments, c)
	default:
		b.blockComment(c)
	}
}

// blockComment files a comment that sits on a brace record with the
// innermost open block, or the file when none is open.
func (b *builder) blockComment(c Comment) {
	for i := len(b.stack) - 1; i >= 1; i-- {
		if s := b.stack[i].stmt; s != nil {
			s.Block.Comments = append(s.Block.Comments, c)
			return
		}
	}
	b.file.Comments = append(b.file.Comments, c)
}

const semicolonHint = "';' starts a comment in the TCPIP profile, not in Policy Agent files: use '#'"

func isLetter(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }

func isPlaceholder(s string) bool {
	return len(s) >= 2 && strings.Trim(s, ".…") == ""
}

// keywordLike reports whether s can be a statement or parameter keyword:
// letters, digits, '_' and '.', not starting with '.', and at least one
// letter (3DesKeyCheck starts with a digit, TLSv1.2 holds a dot,
// GSK_V3_SESSION_TIMEOUT underscores; 4000 or 10.1.1.1 alone on a record
// is a value that lost its keyword).
func keywordLike(s string) bool {
	letter := false
	for i := 0; i < len(s); i++ {
		switch r := s[i]; {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
			letter = true
		case r >= '0' && r <= '9', r == '_':
		case r == '.' && i > 0:
		default:
			return false
		}
	}
	return letter
}

// statement handles a run of words: a keyword and its values.
func (b *builder) statement(words []ctok) *Statement {
	b.sawStmt = true
	kw := &words[0]
	kwText := b.text(kw)
	if isPlaceholder(kwText) {
		b.diag(b.tokSpan(kw), source.Error, CodePlaceholder,
			fmt.Sprintf("%q is not a statement: it stands for text left out", kwText),
			"remove the placeholder or write the statements it stands for")
		b.markIncomplete()
		b.header = nil
		return nil
	}
	if !keywordLike(kwText) {
		hint := "remove the characters that are not letters, digits, '_' or '.'"
		switch {
		case strings.HasPrefix(kwText, ";"):
			hint = semicolonHint
		case !strings.ContainsFunc(kwText, isLetter):
			hint = "a value must follow its parameter name on the same record"
		}
		b.diag(b.tokSpan(kw), source.Error, CodeNotKeyword,
			fmt.Sprintf("%q cannot start a statement: a keyword is letters, digits, '_' and '.', with at least one letter", kwText),
			hint)
		b.markIncomplete()
		b.header = nil
		return nil
	}
	s := b.slab.stmt()
	s.Keyword = Token{Text: kwText, Span: b.tokSpan(kw)}
	s.Leading = b.pending
	b.pending = nil
	s.Span = s.Keyword.Span
	if len(words) > 1 {
		s.Values = b.slab.tokens(len(words) - 1)
		for i := range s.Values {
			w := &words[i+1]
			text, sp := b.text(w), b.tokSpan(w)
			if isPlaceholder(text) {
				b.diag(sp, source.Error, CodePlaceholder,
					fmt.Sprintf("%q is not a value: it stands for text left out", text),
					"remove the placeholder and write the value")
				s.Incomplete = true
			}
			s.Values[i] = Token{Text: text, Span: sp}
		}
		s.Span = source.Cover(s.Span, s.Values[len(s.Values)-1].Span)
	}
	b.list = append(b.list, s)
	if a := b.askew; a != nil && a.next == nil && a.frame == b.stack[len(b.stack)-1].id {
		a.next = s
	}
	b.header = s
	return s
}

// markIncomplete flags the statements whose blocks enclose the current
// point. Frames below a marked frame are marked already.
func (b *builder) markIncomplete() {
	for i := len(b.stack) - 1; i >= 1 && !b.stack[i].marked; i-- {
		b.stack[i].marked = true
		if s := b.stack[i].stmt; s != nil {
			s.Incomplete = true
		}
	}
}

// stmtDesc names a statement in messages: its keyword and its name, or
// for a one-record statement its first value, cut to 40 characters.
func stmtDesc(s *Statement) string {
	if len(s.Values) == 0 {
		return s.Keyword.Text
	}
	v := s.Values[0].Text
	n := 0
	for i := range v {
		if n == 40 {
			v = v[:i] + "…"
			break
		}
		n++
	}
	return s.Keyword.Text + " " + v
}

func (b *builder) open(t *ctok) {
	sp := b.tokSpan(t)
	h := b.header
	b.header = nil
	if h == nil || h.Block != nil {
		b.diag(sp, source.Error, CodeOrphanOpen,
			"'{' opens a block, but no statement comes before it",
			"a block belongs to the statement on the record before it, such as 'TTLSRule name'")
		b.markIncomplete()
		// Keep reading the block's contents into the enclosing block, so
		// its statements are still checked and its '}' is still matched.
		b.frames++
		b.stack = append(b.stack, frame{id: b.frames, base: -1})
		return
	}
	h.Block = b.slab.block()
	h.Block.Open = sp
	h.Span = source.Cover(h.Span, sp)
	if len(h.Values) > 1 {
		extra := source.Cover(h.Values[1].Span, h.Values[len(h.Values)-1].Span)
		hint := "a block statement takes at most one name; names hold no blanks"
		switch {
		case slices.ContainsFunc(h.Values[1:], func(v Token) bool { return strings.HasPrefix(v.Text, ";") }):
			hint = semicolonHint
		case h.Keyword.Span.Line == sp.Line:
			hint = "statements written on one record run together: put each statement, and each brace, on a record of its own"
		}
		b.diag(extra, source.Error, CodeExtraName,
			fmt.Sprintf("%s has more than one name: %q", h.Keyword.Text, h.Value()), hint)
		h.Incomplete = true
	}
	if n := h.Name(); utf8.RuneCountInString(n) > MaxNameLen {
		b.diag(h.Values[0].Span, source.Error, CodeNameTooLong,
			fmt.Sprintf("name %q is %d characters long; Policy Agent allows at most %d", n, utf8.RuneCountInString(n), MaxNameLen),
			"shorten the name (and every reference to it)")
		h.Incomplete = true
	}
	b.frames++
	b.stack = append(b.stack, frame{stmt: h, id: b.frames, base: len(b.list)})
}

// pop closes the innermost frame; its statements become its block's.
func (b *builder) pop() frame {
	top := b.stack[len(b.stack)-1]
	b.stack = b.stack[:len(b.stack)-1]
	if top.stmt != nil {
		top.stmt.Block.Statements = b.slab.list(b.list[top.base:])
		clear(b.list[top.base:])
		b.list = b.list[:top.base]
	}
	return top
}

// close handles a '}'; it returns the block it closed, if any.
func (b *builder) close(t *ctok) *Block {
	sp := b.tokSpan(t)
	b.header = nil
	if len(b.stack) == 1 {
		msg := "'}' closes nothing: no block is open"
		hint := "remove it"
		if b.last.stmt != nil {
			o := b.last.stmt.Block.Open
			msg = fmt.Sprintf("'}' closes nothing: the block opened at line %d (%s) was already closed at line %d",
				o.Line, stmtDesc(b.last.stmt), b.last.close.Line)
			hint = fmt.Sprintf("remove this '}', or the one at line %d if the block was meant to go on", b.last.close.Line)
		}
		// A '}' that did not line up with its '{', after which statements
		// went on outside the block it closed, is the likely culprit.
		if a := b.askew; a != nil && a.next != nil {
			hint = fmt.Sprintf("the '}' at line %d (column %d) does not line up with the '{' it closes at line %d (column %d): it is probably one too many, and %s (line %d) was meant to be inside %s",
				a.close.Line, a.close.Col, a.open.Line, a.open.Col, stmtDesc(a.next), a.next.Keyword.Span.Line, stmtDesc(a.stmt))
			a.stmt.Incomplete = true
			b.askew = nil
		}
		b.diag(sp, source.Error, CodeStrayClose, msg, hint)
		if b.last.stmt != nil {
			b.last.stmt.Incomplete = true
		}
		return nil
	}
	top := b.pop()
	if top.stmt == nil {
		return nil
	}
	blk := top.stmt.Block
	blk.Close = sp
	if sp.Col != blk.Open.Col && sp.Col != top.stmt.Keyword.Span.Col {
		b.askew = &askew{close: sp, open: blk.Open, stmt: top.stmt, frame: b.stack[len(b.stack)-1].id}
	}
	blk.Comments = append(blk.Comments, b.pending...)
	b.pending = nil
	top.stmt.Span = source.Cover(top.stmt.Span, sp)
	if len(b.stack) == 1 {
		b.last = closed{stmt: top.stmt, close: sp}
	}
	return blk
}

// lexDiags turns what the lexer noted into diagnostics.
func (b *builder) lexDiags(n *lexNotes) {
	b.byteDiags(n.bad, source.Error, CodeBadByte, "outside a comment",
		"Policy Agent files are text: remove the byte, or check that the member was transferred as text")
	b.byteDiags(n.badCmt, source.Warning, CodeCommentByte, "inside a comment",
		"tolerated because it is in a comment; it usually means the member was not transferred as text")
	if n.nbsp > 0 {
		b.diag(b.span(n.nbspLine, n.nbspCol, n.nbspCol+1), source.Warning, CodeNBSP,
			fmt.Sprintf("%d non-breaking space(s) (U+00A0) treated as blanks; the first is here", n.nbsp),
			"they come from copying text out of a web page; on z/OS they are not blanks and become part of names and values: replace them with blanks")
	}
	if n.seq > 0 {
		b.diag(b.span(n.seqLine, n.seqCol, n.seqCol+8), source.Warning, CodeSequenceNum,
			fmt.Sprintf("%d record(s) end with a sequence number in columns 73-80, which Policy Agent reads as data; the first is here (znet ignores them)", n.seq),
			"turn line numbering off for the data set and remove the numbers; in the ISPF editor, UNNUM does both")
	}
}

func (b *builder) byteDiags(notes []recNote, sev source.Severity, code, where, hint string) {
	for i, n := range notes {
		if i == maxByteNotes {
			b.diag(b.span(n.line, n.col, n.col+1), sev, code,
				fmt.Sprintf("%d more record(s), from here on, hold bytes that are not text %s", len(notes)-i, where),
				hint)
			return
		}
		msg := n.desc + ", " + where
		if n.count > 1 {
			msg += fmt.Sprintf(", and %d more on this record", n.count-1)
		}
		b.diag(b.span(n.line, n.col, n.col+1), sev, code, msg, hint)
	}
}

func (b *builder) finish() {
	for len(b.stack) > 1 {
		f := b.pop()
		s := f.stmt
		if s == nil {
			continue
		}
		s.Incomplete = true
		list := s.Block.Statements
		if n := len(list); n > 0 {
			s.Span = source.Cover(s.Span, list[n-1].Span)
		}
		hint := "add '}' after its last parameter"
		// With the block's contents indented, the first statement that
		// is not shows where the '}' is missing.
		col := s.Keyword.Span.Col
		if len(list) > 0 && list[0].Keyword.Span.Col > col {
			for _, c := range list[1:] {
				if c.Keyword.Span.Col <= col {
					hint = fmt.Sprintf("add '}' before line %d (%s), which starts in column %d as %s does",
						c.Keyword.Span.Line, stmtDesc(c), c.Keyword.Span.Col, stmtDesc(s))
					break
				}
			}
		}
		b.diag(s.Block.Open, source.Error, CodeUnclosed,
			fmt.Sprintf("block opened at line %d (%s) is never closed", s.Block.Open.Line, stmtDesc(s)), hint)
	}
	b.file.Statements = b.slab.list(b.list)
	b.list = nil
	for _, c := range b.pending {
		b.blockComment(c)
	}
	b.pending = nil
	if !b.sawStmt {
		b.diag(b.span(1, 1, 1), source.Info, CodeEmpty, "the file holds no statements", "")
	}
}

// slab hands out statements, blocks, tokens and statement lists from
// larger arrays: a big policy has a million of each, and allocating them
// one by one costs more than parsing. Slices handed out have their
// capacity cut to their length, so appending to one never overwrites
// another.
type slab struct {
	stmts    []Statement
	blocks   []Block
	toks     []Token
	ptrs     []*Statement
	comments []Comment
}

const slabLen = 256

func (s *slab) stmt() *Statement {
	if len(s.stmts) == cap(s.stmts) {
		s.stmts = make([]Statement, 0, slabLen)
	}
	s.stmts = s.stmts[:len(s.stmts)+1]
	return &s.stmts[len(s.stmts)-1]
}

func (s *slab) block() *Block {
	if len(s.blocks) == cap(s.blocks) {
		s.blocks = make([]Block, 0, slabLen)
	}
	s.blocks = s.blocks[:len(s.blocks)+1]
	return &s.blocks[len(s.blocks)-1]
}

func (s *slab) comment(c Comment) *Comment {
	if len(s.comments) == cap(s.comments) {
		s.comments = make([]Comment, 0, slabLen)
	}
	s.comments = append(s.comments, c)
	return &s.comments[len(s.comments)-1]
}

func (s *slab) tokens(n int) []Token {
	if n > slabLen/4 {
		return make([]Token, n)
	}
	if cap(s.toks)-len(s.toks) < n {
		s.toks = make([]Token, 0, slabLen)
	}
	k := len(s.toks)
	s.toks = s.toks[:k+n]
	return s.toks[k : k+n : k+n]
}

// list returns a copy of l, nil when l is empty.
func (s *slab) list(l []*Statement) []*Statement {
	n := len(l)
	switch {
	case n == 0:
		return nil
	case n > slabLen/4:
		return append([]*Statement(nil), l...)
	}
	if cap(s.ptrs)-len(s.ptrs) < n {
		s.ptrs = make([]*Statement, 0, slabLen)
	}
	k := len(s.ptrs)
	s.ptrs = append(s.ptrs, l...)
	return s.ptrs[k : k+n : k+n]
}
