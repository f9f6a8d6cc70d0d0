package profile

import (
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/source"
)

// Trees built from another representation than profile text (a YAML
// document, see model/desired) use these constructors, so that the model
// and every later stage read them as if Parse had read them, and their
// positions point where the statements were written.

// NewToken makes a token of text at line and col of its file. Lead is one
// blank, as between the arguments of a statement; the builder of a tree
// gives the keyword of each statement the line end before it.
func NewToken(text string, line, col int) Token {
	return Token{Text: text, Lead: " ", Line: line, Col: col, EndCol: col + utf8.RuneCountInString(text)}
}

// NewStatement makes a statement of file from its keyword and arguments
// (toks, keyword first). Name is the canonical statement name the keyword
// spells, as Parse sets it ("" when the keyword spells none).
func NewStatement(file string, toks ...Token) *Statement {
	s := &Statement{Tokens: toks, file: file}
	if len(toks) > 0 {
		if e := lookup(toks[0].Text); e.class == kwTop || e.class == kwSub {
			s.Name = e.name
		}
	}
	return s
}

// NewBlock makes a block statement (BEGINROUTES, IPSEC,
// BSDROUTINGPARMS…) of file from its keyword and arguments, the
// statements inside it, and its END statement's keyword token.
func NewBlock(file string, toks []Token, body []*Statement, end Token) *Statement {
	s := NewStatement(file, toks...)
	s.Block = true
	s.Body = body
	s.End = []Token{end}
	return s
}

// EndKeyword returns the END statement that closes block statement name
// (ENDROUTES for BEGINROUTES), or "" when name is no block statement.
func EndKeyword(name string) string {
	if s := specByName[name]; s != nil && s.Block != nil {
		return s.Block.End
	}
	return ""
}

// BlockOf returns the block statement a statement lives in (BEGINROUTES
// for ROUTE), or "" for a statement of the outermost level.
func BlockOf(name string) string {
	if s := specByName[name]; s != nil {
		return s.Sub
	}
	return ""
}

// MaxArgs returns how many arguments statement name takes at most: 1 for
// START, STOP, PRIMARYINTERFACE and INCLUDE, -1 (no limit) for the others.
func MaxArgs(name string) int {
	if s := specByName[name]; s != nil {
		return s.MaxArgs
	}
	return -1
}

// MinAbbrev returns the shortest abbreviation of statement name z/OS
// accepts (znet's table: see spec), or the length of the name when it
// must be written in full.
func MinAbbrev(name string) int {
	if s := specByName[name]; s != nil && s.Min > 0 {
		return s.Min
	}
	return len(name)
}

// Move shifts every position of f (tokens, comments, diagnostics of f's
// file) by lines and cols: a tree parsed from text that sits inside a
// larger file (a literal block of YAML) then points into that file.
// Byte offsets are left as they are.
func (f *File) Move(lines, cols int) {
	tok := func(ts []Token) {
		for i := range ts {
			ts[i].Line += lines
			ts[i].Col += cols
			ts[i].EndCol += cols
		}
	}
	sp := func(s *source.Span) {
		if s.File != f.Name || s.Line == 0 {
			return
		}
		s.Line += lines
		s.EndLine += lines
		s.Col += cols
		s.EndCol += cols
	}
	com := func(cs []Comment) {
		for i := range cs {
			sp(&cs[i].Span)
		}
	}
	var stmt func(s *Statement)
	stmt = func(s *Statement) {
		tok(s.Tokens)
		tok(s.End)
		com(s.Leading)
		com(s.Inner)
		com(s.EndComments)
		if s.Trailing != nil {
			sp(&s.Trailing.Span)
		}
		for _, b := range s.Body {
			stmt(b)
		}
	}
	for _, s := range f.Statements {
		stmt(s)
	}
	com(f.Comments)
	for i := range f.Diagnostics {
		sp(&f.Diagnostics[i].Span)
	}
}
