package report

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/plex"
	"github.com/zosnet/znet/grammar/source"
)

// Token types of the report lexer. Negative, as participle expects (EOF
// is -1).
const (
	tText  lexer.TokenType = -2 - iota // a field that is neither key nor value
	tKey                               // "Key" of "Key: value", without the colon
	tValue                             // the value after a key, up to the next key
	tEOL                               // end of a line
)

// symbols is a function, not a package variable, because the parser is
// built during package initialisation, possibly before variables of this
// file are set.
func symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{"EOF": lexer.EOF, "Text": tText, "Key": tKey, "Value": tValue, "EOL": tEOL}
}

// definition names the token types for participle (see grammar/plex).
var definition = plex.Definition{Family: "report", Names: symbols}

// lexState lexes the lines of one report.
type lexState struct {
	file  string
	diags source.Diagnostics
	// buffers reused from line to line
	cs     []rch
	fields []field
	toks   []lexer.Token
}

// field is a run of characters between runs of two or more blanks:
// cs[i:j].
type field struct{ i, j int }

type rch struct {
	r        rune
	col, off int
}

// lexLine splits one line of a report into tokens, the last one EOL.
//
// The layout of the reports (IBM, z/OS Communications Server IP System
// Administrator's Commands: "The z/OS UNIX pasearch command", "ipsec -f
// display", "Netstat DEvlinks/-d report", "Netstat HOme/-h report"; and
// the examples in ../../shared/reference/syntax-reference.md §H) is
// "Key: value" pairs, indented to show nesting, one or two pairs a line,
// the pairs of a line separated by two or more blanks; list entries and
// table rows are fields separated by two or more blanks. So a line is cut
// into fields at runs of two or more blanks (or a tab), and a field that
// starts with a key phrase followed by ':' and a blank (or the end of the
// field) starts a pair. A single blank inside a field never separates:
// "Policy created: Mon Dec 23 04:52:19 2024" is one pair, and the ':' of a
// time or an IPv6 address is not followed by a blank.
func (l *lexState) lexLine(rec source.Record, base int) []lexer.Token {
	text := rec.Text
	cs := l.cs[:0]
	defer func() { l.cs = cs[:0] }()
	col := 1
	for i := 0; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
		}
		if (r == utf8.RuneError && size == 1) || (r < 0x20 && r != '\t') || r == 0x7f {
			l.diags.Add(source.Span{File: l.file, Line: rec.Num, Col: col, EndLine: rec.Num, EndCol: col + 1},
				source.Error, CodeBadByte, source.Describe(r, c),
				"a report is text: check that it was transferred as text")
			r = ' '
		}
		cs = append(cs, rch{r, col, i})
		i += size
		col++
	}
	// The tokens are only read until the next line is lexed: the buffer
	// is reused.
	toks := l.toks[:0]
	defer func() { l.toks = toks[:0] }()
	mk := func(typ lexer.TokenType, val string, from int) lexer.Token {
		return lexer.Token{Type: typ, Value: val, Pos: lexer.Position{Filename: l.file, Line: rec.Num, Column: cs[from].col, Offset: base + cs[from].off}}
	}
	sub := func(i, j int) string {
		end := len(text)
		if j < len(cs) {
			end = cs[j].off
		}
		return string(text[cs[i].off:end])
	}
	blank := func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' }
	fields := l.fields[:0]
	defer func() { l.fields = fields[:0] }()
	for i := 0; i < len(cs); {
		for i < len(cs) && blank(cs[i].r) {
			i++
		}
		if i >= len(cs) {
			break
		}
		j := i
		for j < len(cs) {
			if cs[j].r == '\t' {
				break
			}
			if blank(cs[j].r) && (j+1 >= len(cs) || blank(cs[j+1].r)) {
				break
			}
			j++
		}
		fields = append(fields, field{i, j})
		i = j
	}
	inPair := false
	valStart, valEnd := -1, -1
	flushValue := func() {
		if valStart >= 0 {
			toks = append(toks, mk(tValue, sub(valStart, valEnd), valStart))
			valStart = -1
		}
	}
	for _, f := range fields {
		if k := keyEnd(cs, f.i, f.j); k > 0 {
			flushValue()
			toks = append(toks, mk(tKey, sub(f.i, k), f.i))
			inPair = true
			// The rest of the field after ": " starts the value.
			v := k + 1
			for v < f.j && blank(cs[v].r) {
				v++
			}
			if v < f.j {
				valStart, valEnd = v, f.j
			}
			continue
		}
		if inPair {
			if valStart < 0 {
				valStart = f.i
			}
			valEnd = f.j
			continue
		}
		toks = append(toks, mk(tText, sub(f.i, f.j), f.i))
	}
	flushValue()
	eolCol := len(cs) + 1
	toks = append(toks, lexer.Token{Type: tEOL, Pos: lexer.Position{Filename: l.file, Line: rec.Num, Column: eolCol, Offset: base + len(text)}})
	return toks
}

// keyEnd returns the index of the ':' that ends the key phrase at the start
// of field cs[i:j], or -1 when the field does not start with a key. A key
// phrase starts with a letter or digit, holds a letter, and is made of
// letters, digits, blanks and . / - _ ( ) ' # &; its ':' is followed by a
// blank or ends the field.
func keyEnd(cs []rch, i, j int) int {
	if i >= j || !alnum(cs[i].r) {
		return -1
	}
	letter := false
	for k := i; k < j && k-i <= 48; k++ {
		r := cs[k].r
		switch {
		case r == ':':
			if !letter || (k+1 < j && cs[k+1].r != ' ' && cs[k+1].r != '\u00a0') {
				return -1
			}
			return k
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
			letter = true
		case r >= '0' && r <= '9', r == ' ', strings.ContainsRune("./-_()'#&", r):
		default:
			return -1
		}
	}
	return -1
}

func alnum(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
}
