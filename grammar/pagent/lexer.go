package pagent

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/source"
)

// Token types of the Policy Agent lexer. Negative, as participle expects
// (EOF is -1).
const (
	tWord lexer.TokenType = -2 - iota
	tLBrace
	tRBrace
	tComment
	tEOL
)

// symbols is a function, not a package variable, because the parser is
// built during package initialisation, possibly before variables of this
// file are set.
func symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{
		"EOF":     lexer.EOF,
		"Word":    tWord,
		"LBrace":  tLBrace,
		"RBrace":  tRBrace,
		"Comment": tComment,
		"EOL":     tEOL,
	}
}

// definition lets participle name the token types in grammar tags. Input is
// lexed by lex before the parser runs, so Lex is never used for parsing.
type definition struct{}

func (definition) Symbols() map[string]lexer.TokenType { return symbols() }
func (definition) Lex(string, io.Reader) (lexer.Lexer, error) {
	return nil, fmt.Errorf("pagent: use Parse")
}

// sliceLexer hands pre-lexed tokens to participle.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

func (s *sliceLexer) Next() (lexer.Token, error) {
	if s.i >= len(s.toks) {
		return lexer.Token{Type: lexer.EOF}, nil
	}
	t := s.toks[s.i]
	s.i++
	return t, nil
}

// lexResult is what lexing a whole file produces.
type lexResult struct {
	toks   []lexer.Token
	bom    bool
	diags  source.Diagnostics
	nbsp   int // number of non-breaking spaces treated as blanks
	nbspAt source.Span
}

// lex turns file bytes into tokens. Every record yields its words, braces
// and comment followed by one EOL token, so the parser always sees whole
// lines. Problems with bytes are diagnostics, never failures.
//
// Lexical rules (IBM, "Policy Agent configuration files", see
// ../../shared/reference/syntax-reference.md §A.4): blanks and tabs
// separate words; '#' at the start of a word begins a comment that runs to
// the end of the record; '{' and '}' are tokens of their own. A '#' inside
// a word is kept as part of it, because MVS member names (TTLS#1) and
// passwords may hold '#'.
func lex(file string, data []byte) *lexResult {
	var recs []source.Record
	r := &lexResult{
		toks: make([]lexer.Token, 0, len(recs)*4),
	}
	recs, r.bom = source.Records(data)
	offset := 0
	if r.bom {
		offset = 3
	}
	for _, rec := range recs {
		r.lexRecord(file, rec, offset)
		offset += len(rec.Text) + 1
	}
	if r.nbsp > 0 {
		r.diags.Add(r.nbspAt, source.Warning, CodeNBSP,
			fmt.Sprintf("%d non-breaking space(s) (U+00A0) treated as blanks; the first is here", r.nbsp),
			"they come from copying text out of a web page; on z/OS they are not blanks and become part of names and values: replace them with blanks")
	}
	return r
}

// emit appends a token. Tokens never span records and their Value is the
// source text (bad bytes in comments become one '?' each), so the end
// column is always Column plus the rune count of Value.
func (r *lexResult) emit(file string, typ lexer.TokenType, val string, line, col, off int) {
	r.toks = append(r.toks, lexer.Token{
		Type:  typ,
		Value: val,
		Pos:   lexer.Position{Filename: file, Offset: off, Line: line, Column: col},
	})
}

func (r *lexResult) lexRecord(file string, rec source.Record, base int) {
	text := rec.Text
	col := 1
	i := 0
	wordStart, wordCol := -1, 0
	flush := func(endByte int) {
		if wordStart >= 0 {
			r.emit(file, tWord, string(text[wordStart:endByte]), rec.Num, wordCol, base+wordStart)
			wordStart = -1
		}
	}
	for i < len(text) {
		c := text[i]
		size := 1
		ru := rune(c)
		if c >= utf8.RuneSelf {
			ru, size = utf8.DecodeRune(text[i:])
		}
		switch {
		case ru == '#' && wordStart < 0:
			r.lexComment(file, rec, base, i, col)
			r.emit(file, tEOL, "", rec.Num, col+utf8.RuneCount(text[i:]), base+len(text))
			return
		case ru == '{' || ru == '}':
			flush(i)
			typ := tLBrace
			if ru == '}' {
				typ = tRBrace
			}
			r.emit(file, typ, string(ru), rec.Num, col, base+i)
		case source.Blank(ru):
			flush(i)
			if ru == '\u00a0' {
				if r.nbsp == 0 {
					r.nbspAt = source.Span{File: file, Line: rec.Num, Col: col, EndLine: rec.Num, EndCol: col + 1}
				}
				r.nbsp++
			}
		case ru == utf8.RuneError && size == 1, ru < 0x20, ru == 0x7f:
			flush(i)
			r.diags.Add(source.Span{File: file, Line: rec.Num, Col: col, EndLine: rec.Num, EndCol: col + 1},
				source.Error, CodeBadByte, source.Describe(ru, c)+" outside a comment",
				"Policy Agent files are text: remove the byte, or check that the member was transferred as text")
		default:
			if wordStart < 0 {
				wordStart, wordCol = i, col
			}
		}
		i += size
		col++
	}
	flush(len(text))
	r.emit(file, tEOL, "", rec.Num, col, base+len(text))
}

// lexComment emits the comment starting at byte i and reports bytes that
// are not text inside it: tolerated (Policy Agent skips comments), but worth
// a warning because they usually mean a damaged transfer.
func (r *lexResult) lexComment(file string, rec source.Record, base, i, col int) {
	text := rec.Text[i:]
	c := col
	var val []byte
	clean := true
	for j := 0; j < len(text); {
		ru, size := utf8.DecodeRune(text[j:])
		if (ru == utf8.RuneError && size == 1) || (ru < 0x20 && ru != '\t') || ru == 0x7f {
			r.diags.Add(source.Span{File: file, Line: rec.Num, Col: c, EndLine: rec.Num, EndCol: c + 1},
				source.Warning, CodeCommentByte, source.Describe(ru, text[j])+" inside a comment",
				"tolerated because it is in a comment; it usually means the member was not transferred as text")
			if clean {
				val = append(val[:0], text[:j]...)
				clean = false
			}
			val = append(val, '?')
		} else if !clean {
			val = append(val, text[j:j+size]...)
		}
		j += size
		c++
	}
	s := string(text)
	if !clean {
		s = string(val)
	}
	r.emit(file, tComment, s, rec.Num, col, base+i)
}
