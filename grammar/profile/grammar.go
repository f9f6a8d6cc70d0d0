package profile

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
	"github.com/zosnet/znet/grammar/plex"
)

// Token types the participle grammar sees. Negative, as participle
// expects (EOF is -1).
const (
	tKeyword lexer.TokenType = -2 - iota
	tSub
	tEnd
	tUnknown
	tPlaceholder
	tArgs
)

// symbols is a function, not a package variable: the parser below is
// built during package initialisation, possibly before variables of this
// package are set (pagent hit this order problem).
func symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{
		"EOF":         lexer.EOF,
		"Keyword":     tKeyword,
		"Sub":         tSub,
		"End":         tEnd,
		"Unknown":     tUnknown,
		"Placeholder": tPlaceholder,
		"Args":        tArgs,
	}
}

// definition names the token types for participle (see grammar/plex).
var definition = plex.Definition{Family: "profile", Names: symbols}

// The participle grammar of a TCP/IP profile.
//
// A profile is a sequence of statements with no terminator: each begins
// with a statement keyword (or, where a statement must begin, with a word
// that is not one, or with a '...' placeholder) and takes every argument
// up to the next statement. Deciding which words begin statements needs
// the keyword table and the shape of a few statements, which classify
// applies; the token stream participle reads is therefore one token per
// statement keyword (Keyword, Sub for statements that live in blocks, End
// for END statements, Unknown, Placeholder) and one Args token per run of
// arguments, so that a statement costs the grammar one step however many
// arguments it has. Blocks (BEGINROUTES … ENDROUTES) are assembled from
// the statements by the builder, which recovers from a missing or stray
// END statement and so reports every problem in a file, not only the
// first.
type gFile struct {
	Items []gItem `parser:"@@*"`
}

// gItem is one statement. Its fields only record what matched: the
// builder takes the statement's tokens from the lexer, in the order the
// items follow.
type gItem struct {
	Head bool `parser:"@(Keyword | Sub | End | Unknown | Placeholder) Args?"`
}

var parser = participle.MustBuild[gFile](
	participle.Lexer(definition),
	participle.UseLookahead(1),
)

// tokenStream hands the classified words to participle: statement
// keywords one by one, arguments as one token per run.
type tokenStream struct {
	file string
	lx   *lexed
	i    int
}

func (s *tokenStream) Next() (lexer.Token, error) {
	toks, info := s.lx.toks, s.lx.info
	if s.i >= len(toks) {
		return lexer.Token{Type: lexer.EOF}, nil
	}
	t := &toks[s.i]
	var typ lexer.TokenType
	switch info[s.i].kind {
	case wHead:
		typ = tKeyword
	case wSub:
		typ = tSub
	case wEnd:
		typ = tEnd
	case wUnknown:
		typ = tUnknown
	case wPlaceholder:
		typ = tPlaceholder
	default:
		typ = tArgs
		for s.i+1 < len(toks) && info[s.i+1].kind == wArg {
			s.i++
		}
	}
	s.i++
	return lexer.Token{Type: typ, Value: t.Text,
		Pos: lexer.Position{Filename: s.file, Offset: t.Off, Line: t.Line, Column: t.Col}}, nil
}
