package profile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/source"
)

// Parse reads one profile data set, OBEYFILE data set or z/OS UNIX file.
// It never stops at the first problem: the tree holds every statement that
// could be read, and File.Diagnostics every problem found. The error is
// for internal failures only (a bug in znet), never for bad input.
func Parse(name string, data []byte) (*File, error) {
	src := string(data)
	lx := lex(name, src)
	classify(lx.toks, lx.info)
	pl, err := lexer.Upgrade(&tokenStream{file: name, lx: lx})
	if err != nil {
		return nil, err
	}
	g, err := parser.ParseFromLexer(pl)
	if err != nil {
		return nil, fmt.Errorf("profile grammar rejected %s, which the classifier should make impossible: %w", name, err)
	}
	f := &File{Name: name, Tail: lx.tail}
	b := &builder{file: f, lx: lx, toks: lx.toks}
	f.Diagnostics = lx.diags
	if lx.bom {
		b.diag(source.FileStart(name), source.Info, CodeBOM,
			"UTF-8 byte order mark at the start of the file ignored", "")
	}
	for range g.Items {
		end := b.cur + 1
		for end < len(lx.info) && lx.info[end].kind == wArg {
			end++
		}
		b.item(b.cur, end)
		b.cur = end
	}
	if b.cur != len(lx.toks) {
		return nil, fmt.Errorf("profile grammar read %d of %d words of %s", b.cur, len(lx.toks), name)
	}
	b.finish()
	b.attachComments()
	if len(f.Statements) == 0 {
		b.diag(source.FileStart(name), source.Info, CodeEmpty,
			"the file holds no statements", "")
	}
	f.Diagnostics.Sort()
	return f, nil
}

type builder struct {
	file  *File
	lx    *lexed
	toks  []Token
	cur   int        // index of the next word
	open  *Statement // block being read, or nil
	openS *blockSpec
}

func (b *builder) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	b.file.Diagnostics.Add(sp, sev, code, msg, hint)
}

func (b *builder) span(i int) source.Span { return b.toks[i].Span(b.file.Name) }

// item turns words[from:to] (one grammar item) into a statement.
func (b *builder) item(from, to int) {
	w := &b.lx.info[from]
	if w.kind == wEnd {
		b.end(from)
		return
	}
	s := &Statement{Tokens: b.toks[from:to:to], file: b.file.Name}
	for i := from + 1; i < to; i++ {
		if b.lx.info[i].flags&fPlaceholder != 0 {
			s.Incomplete = true
			b.diag(b.span(i), source.Error, CodePlaceholder,
				fmt.Sprintf("%q is not a value: it stands for text left out", b.toks[i].Text),
				"write the values it stands for, or remove it")
		}
	}
	switch w.kind {
	case wPlaceholder:
		s.Placeholder, s.Incomplete = true, true
		b.diag(b.span(from), source.Error, CodePlaceholder,
			fmt.Sprintf("%q is not a statement: it stands for text left out", b.toks[from].Text),
			"write the statements it stands for, or remove it")
		b.add(s)
		return
	case wUnknown:
		s.Unknown, s.Incomplete = true, true
		if w.flags&fSeqNum == 0 {
			b.unknown(s, from)
		}
		b.add(s)
		return
	}
	s.Name = w.entry.name
	if w.flags&fLenient != 0 {
		b.diag(b.span(from), source.Info, CodeAbbrev,
			fmt.Sprintf("%q read as %s; znet could not confirm in IBM's documentation that this abbreviation is accepted", b.toks[from].Text, s.Name),
			"write "+s.Name+" in full to be sure")
	}
	sp := w.entry.spec
	if sp.Sub != "" {
		if b.open != nil && b.open.Name == sp.Sub {
			b.open.Body = append(b.open.Body, s)
			return
		}
		b.closeOpen(from)
		b.diag(b.span(from), source.Error, CodeOutsideBlock,
			fmt.Sprintf("%s belongs inside %s %s block", s.Name, article(sp.Sub), sp.Sub),
			fmt.Sprintf("put it between %s and %s", sp.Sub, specByName[sp.Sub].Block.End))
		s.Incomplete = true
		b.file.Statements = append(b.file.Statements, s)
		return
	}
	b.closeOpen(from)
	b.file.Statements = append(b.file.Statements, s)
	if sp.Block != nil {
		s.Block = true
		b.open, b.openS = s, sp.Block
	}
}

// add appends s to the open block, or to the file.
func (b *builder) add(s *Statement) {
	if b.open != nil {
		b.open.Body = append(b.open.Body, s)
		return
	}
	b.file.Statements = append(b.file.Statements, s)
}

func (b *builder) unknown(s *Statement, at int) {
	w := s.Tokens[0].Text
	hint := "znet does not guess what was meant: check the spelling against the IP Configuration Reference"
	if base, ok := endOfStatement(w); ok {
		hint = fmt.Sprintf("%s has no END statement: it ends where the next statement begins; remove %s", base, w)
	} else if at > 0 {
		if prev := b.lx.info[b.prevHead(at)]; prev.kind == wHead && prev.entry.spec != nil {
			switch {
			case prev.entry.spec.Home:
				hint = fmt.Sprintf("HOME takes address and link name pairs, and %q is not an address, so HOME ends before it", w)
			case prev.entry.spec.MaxArgs == 1:
				hint = fmt.Sprintf("%s takes one argument, so %q begins a new statement", prev.entry.name, w)
			}
		}
	}
	b.diag(b.span(at), source.Error, CodeUnknown,
		fmt.Sprintf("%q is not a TCP/IP profile statement", w), hint)
}

// prevHead returns the index of the word that began the statement before
// word at.
func (b *builder) prevHead(at int) int {
	for i := at - 1; i > 0; i-- {
		if b.lx.info[i].kind != wArg {
			return i
		}
	}
	return 0
}

// end handles an END statement at word i.
func (b *builder) end(i int) {
	w := &b.lx.info[i]
	if b.open != nil && b.open.Name == w.entry.block {
		b.open.End = b.toks[i : i+1 : i+1]
		b.open, b.openS = nil, nil
		return
	}
	b.closeOpen(i)
	s := &Statement{Name: w.entry.name, Tokens: b.toks[i : i+1 : i+1], file: b.file.Name, Incomplete: true}
	b.diag(b.span(i), source.Error, CodeStrayEnd,
		fmt.Sprintf("%s ends %s %s block, but none is open", b.toks[i].Text, article(w.entry.block), w.entry.block),
		fmt.Sprintf("remove it, or add the %s statement it belongs to", w.entry.block))
	b.file.Statements = append(b.file.Statements, s)
}

// closeOpen ends an open block whose END statement is missing, because
// the statement at word i cannot be inside it.
func (b *builder) closeOpen(i int) {
	if b.open == nil {
		return
	}
	o := b.open
	o.Incomplete = true
	b.diag(o.KeywordSpan(), source.Error, CodeUnclosed,
		fmt.Sprintf("%s block has no %s: it runs into %s at line %d", o.Name, b.openS.End, b.toks[i].Text, b.toks[i].Line),
		fmt.Sprintf("add %s after the block's last statement; without it, z/OS reads every following word as part of the block", b.openS.End))
	b.open, b.openS = nil, nil
}

func (b *builder) finish() {
	if b.open == nil {
		return
	}
	o := b.open
	o.Incomplete = true
	b.diag(o.KeywordSpan(), source.Error, CodeUnclosed,
		fmt.Sprintf("%s block is never closed: %s is missing", o.Name, b.openS.End),
		fmt.Sprintf("add %s after the block's last statement; without it, z/OS reads the rest of the file as part of the block", b.openS.End))
	b.open = nil
}

// anchor is a run of tokens comments can attach to.
type anchor struct {
	s        *Statement
	end      bool // the END statement of block s
	first    int  // offset of the first token
	last     int  // offset of the last token
	lastLine int
}

// attachComments files every comment with the statement it belongs to:
// inside a statement, on the record of its last token, or before it.
func (b *builder) attachComments() {
	cs := b.lx.comments
	if len(cs) == 0 {
		return
	}
	var as []anchor
	var add func(s *Statement)
	add = func(s *Statement) {
		l := s.Tokens[len(s.Tokens)-1]
		as = append(as, anchor{s: s, first: s.Tokens[0].Off, last: l.Off, lastLine: l.Line})
		for _, c := range s.Body {
			add(c)
		}
		if len(s.End) > 0 {
			as = append(as, anchor{s: s, end: true, first: s.End[0].Off, last: s.End[0].Off, lastLine: s.End[0].Line})
		}
	}
	for _, s := range b.file.Statements {
		add(s)
	}
	sort.SliceStable(as, func(i, j int) bool { return as[i].first < as[j].first })
	a := 0
	for k, c := range cs {
		off := b.lx.commOff[k]
		for a < len(as) && as[a].first < off {
			a++
		}
		// as[a] is the first anchor after the comment; as[a-1] the one
		// before it.
		if a > 0 {
			p := as[a-1]
			switch {
			case off < p.last:
				p.s.Inner = append(p.s.Inner, c)
				continue
			case c.Span.Line == p.lastLine && !p.end && p.s.Trailing == nil:
				cc := c
				p.s.Trailing = &cc
				continue
			case c.Span.Line == p.lastLine && p.end:
				p.s.EndComments = append(p.s.EndComments, c)
				continue
			}
		}
		if a < len(as) {
			n := as[a]
			if n.end {
				n.s.EndComments = append(n.s.EndComments, c)
			} else {
				n.s.Leading = append(n.s.Leading, c)
			}
			continue
		}
		b.file.Comments = append(b.file.Comments, c)
	}
}

// article is "an" before a keyword read with a vowel sound, else "a".
func article(kw string) string {
	if kw != "" && strings.ContainsRune("AEIOU", rune(kw[0])) {
		return "an"
	}
	return "a"
}
