// Package plex is the glue between znet's lexers and participle, shared by
// every grammar: each family lexes its records itself (positions, blanks,
// bad bytes and continuation are family-specific) and hands participle the
// tokens; participle matches them against the family's grammar.
package plex

import (
	"fmt"
	"io"

	"github.com/alecthomas/participle/v2/lexer"
)

// Definition names a family's token types for participle's grammar tags.
// Names is a function, not a map, because a family builds its parser in a
// package variable, which may be initialised before the family's other
// variables are.
type Definition struct {
	Family string
	Names  func() map[string]lexer.TokenType
}

// Symbols implements lexer.Definition.
func (d Definition) Symbols() map[string]lexer.TokenType { return d.Names() }

// Lex implements lexer.Definition. It is never used: tokens come from the
// family's lexer through Slice.
func (d Definition) Lex(string, io.Reader) (lexer.Lexer, error) {
	return nil, fmt.Errorf("%s: input is lexed by the family's own lexer; use its Parse", d.Family)
}

// Slice hands pre-lexed tokens to participle (with lexer.Upgrade). EOF is
// the position reported at the end of the tokens.
type Slice struct {
	Toks []lexer.Token
	EOF  lexer.Position
	i    int
}

// Next implements lexer.Lexer.
func (s *Slice) Next() (lexer.Token, error) {
	if s.i >= len(s.Toks) {
		return lexer.Token{Type: lexer.EOF, Pos: s.EOF}, nil
	}
	t := s.Toks[s.i]
	s.i++
	return t, nil
}
