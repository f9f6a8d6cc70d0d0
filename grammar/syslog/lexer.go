package syslog

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/plex"
	"github.com/zosnet/znet/grammar/source"
)

// Token types of the syslog.conf lexer. Negative, as participle expects
// (EOF is -1).
const (
	tName  lexer.TokenType = -2 - iota // a part of a selector: facility, priority, user ID, job name
	tDot                               // '.' between selector parts
	tSemi                              // ';' between selectors
	tComma                             // ',' between names of a list
	tHost                              // (hostspec), the parentheses included
	tWord                              // destination or option value
	tFlag                              // -F -D -N -X (any '-' and one letter)
)

// symbols is a function, not a package variable, because the parser is
// built during package initialisation, possibly before variables of this
// file are set.
func symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{
		"EOF":   lexer.EOF,
		"Name":  tName,
		"Dot":   tDot,
		"Semi":  tSemi,
		"Comma": tComma,
		"Host":  tHost,
		"Word":  tWord,
		"Flag":  tFlag,
	}
}

// definition names the token types for participle (see grammar/plex).
var definition = plex.Definition{Family: "syslog", Names: symbols}

// record is one line after lexing.
type record struct {
	num     int
	toks    []lexer.Token // selector, destination and option tokens
	comment *Comment      // a '#' comment on the line (whole line or trailing)
	endCol  int           // column after the last character of the line
	endOff  int           // byte offset of the end of the line
}

// blank reports whether the record holds nothing but blanks.
func (r *record) blank() bool { return len(r.toks) == 0 && r.comment == nil }

// hasWords reports whether a destination or option was lexed.
func (r *record) hasWords() bool {
	for _, t := range r.toks {
		if t.Type == tWord || t.Type == tFlag {
			return true
		}
	}
	return false
}

// continues reports whether the record holds only selector tokens and
// ends with ';': a selector list that goes on on the next record.
func (r *record) continues() bool {
	if len(r.toks) == 0 || r.toks[len(r.toks)-1].Type != tSemi {
		return false
	}
	for _, t := range r.toks {
		if t.Type == tWord || t.Type == tFlag {
			return false
		}
	}
	return true
}

// lexer state for a whole file.
type lexState struct {
	file   string
	diags  source.Diagnostics
	nbsp   int
	nbspAt source.Span
	buf    []char // reused from record to record
}

func (l *lexState) span(line, col, endCol int) source.Span {
	return source.Span{File: l.file, Line: line, Col: col, EndLine: line, EndCol: endCol}
}

// rune-level view of a record: each rune with its column and byte offset.
type char struct {
	r   rune
	b   byte // first byte, for describing bad bytes
	col int
	off int // byte offset within the record
	bad bool
}

func (l *lexState) chars(rec source.Record) []char {
	text := rec.Text
	out := l.buf[:0]
	col := 1
	for i := 0; i < len(text); {
		c := text[i]
		ru, size := rune(c), 1
		if c >= utf8.RuneSelf {
			ru, size = utf8.DecodeRune(text[i:])
		}
		bad := (ru == utf8.RuneError && size == 1) || (ru < 0x20 && ru != '\t') || ru == 0x7f
		out = append(out, char{r: ru, b: c, col: col, off: i, bad: bad})
		i += size
		col++
	}
	l.buf = out
	return out
}

// isBlank says whether c separates words; non-breaking spaces are counted
// so that one warning can say how many there were.
func (l *lexState) isBlank(c char, line int) bool {
	if c.r == '\u00a0' {
		if l.nbsp == 0 {
			l.nbspAt = l.span(line, c.col, c.col+1)
		}
		l.nbsp++
		return true
	}
	return c.r == ' ' || c.r == '\t'
}

// lexRecord turns one line into tokens.
//
// Lexical rules (IBM, "Configuring the syslog daemon", IP Configuration
// Guide; "Syntax" of the rule statement, IP Configuration Reference): a
// '#' in column 1 begins a comment record; a rule is a condition (the
// selectors, joined by ';' and written without blanks), a tab or blank,
// the destination and its options. A '#' at the start of a later word is
// taken as a trailing comment as well (unverified: IBM documents column 1
// only; a file name holding '#' after a blank is not possible anyway).
func (l *lexState) lexRecord(rec source.Record, base int) *record {
	cs := l.chars(rec)
	r := &record{num: rec.Num, endCol: len(cs) + 1, endOff: base + len(rec.Text), toks: make([]lexer.Token, 0, 12)}
	// Bad bytes become blanks, each reported; inside a comment they are
	// only a warning.
	i := 0
	skip := func() {
		for i < len(cs) && (cs[i].bad || l.isBlank(cs[i], rec.Num)) {
			if cs[i].bad {
				l.badByte(rec.Num, cs[i], false)
			}
			i++
		}
	}
	skip()
	if i == len(cs) {
		return r
	}
	if cs[i].r == '#' {
		if i > 0 {
			l.diags.Add(l.span(rec.Num, cs[i].col, cs[i].col+1), source.Warning, CodeCommentColumn,
				"comment does not start in column 1",
				"IBM documents '#' in column 1 for comment records; move it to column 1")
		}
		r.comment = l.comment(rec, cs[i:])
		return r
	}
	// The selector field: up to the first blank.
	i = l.lexSelectors(rec, cs, i, r, base)
	// Destination, options, and perhaps a trailing comment.
	warned := false
	for {
		skip()
		if i >= len(cs) {
			break
		}
		if cs[i].r == '#' {
			r.comment = l.comment(rec, cs[i:])
			break
		}
		j := i
		for j < len(cs) && !cs[j].bad && !l.isBlankNoCount(cs[j]) {
			j++
		}
		word := runesText(rec.Text, cs, i, j)
		// A selector list written with a blank after ';': IBM's syntax
		// has no blank there, but the intent is plain.
		if n := len(r.toks); n > 0 && !r.hasWords() && (strings.HasPrefix(word, ";") || r.toks[n-1].Type == tSemi && looksLikeSelector(word)) {
			if !warned {
				warned = true
				l.diags.Add(l.span(rec.Num, cs[i].col, cs[j-1].col+1), source.Warning, CodeContinued,
					fmt.Sprintf("blank inside the selector list, before %q: the selectors of a rule are written without blanks", word),
					"remove the blanks around ';'")
			}
			i = l.lexSelectors(rec, cs, i, r, base)
			continue
		}
		typ := tWord
		if len(word) == 2 && word[0] == '-' && isLetter(rune(word[1])) {
			typ = tFlag
		}
		r.toks = append(r.toks, l.tok(typ, word, rec.Num, cs[i].col, base+cs[i].off))
		i = j
	}
	return r
}

func (l *lexState) isBlankNoCount(c char) bool {
	return c.r == ' ' || c.r == '\t' || c.r == '\u00a0'
}

func (l *lexState) badByte(line int, c char, inComment bool) {
	if inComment {
		l.diags.Add(l.span(line, c.col, c.col+1), source.Warning, CodeCommentByte,
			source.Describe(c.r, c.b)+" inside a comment",
			"tolerated because it is in a comment; it usually means the file was not transferred as text")
		return
	}
	l.diags.Add(l.span(line, c.col, c.col+1), source.Error, CodeBadByte,
		source.Describe(c.r, c.b)+" outside a comment",
		"syslog.conf is text: remove the byte, or check that the file was transferred as text")
}

func (l *lexState) comment(rec source.Record, cs []char) *Comment {
	var b strings.Builder
	for _, c := range cs {
		if c.bad {
			l.badByte(rec.Num, c, true)
			b.WriteByte('?')
			continue
		}
		b.WriteRune(c.r)
	}
	text := strings.TrimRight(b.String(), " \t\u00a0")
	end := cs[0].col + utf8.RuneCountInString(text)
	return &Comment{Text: text, Span: l.span(rec.Num, cs[0].col, end)}
}

func (l *lexState) tok(typ lexer.TokenType, val string, line, col, off int) lexer.Token {
	return lexer.Token{Type: typ, Value: val, Pos: lexer.Position{Filename: l.file, Offset: off, Line: line, Column: col}}
}

// lexSelectors lexes the selector field starting at cs[i] and returns the
// index after it.
func (l *lexState) lexSelectors(rec source.Record, cs []char, i int, r *record, base int) int {
	for i < len(cs) {
		c := cs[i]
		if c.bad || l.isBlankNoCount(c) {
			break
		}
		switch c.r {
		case '.':
			r.toks = append(r.toks, l.tok(tDot, ".", rec.Num, c.col, base+c.off))
			i++
		case ';':
			r.toks = append(r.toks, l.tok(tSemi, ";", rec.Num, c.col, base+c.off))
			i++
		case ',':
			r.toks = append(r.toks, l.tok(tComma, ",", rec.Num, c.col, base+c.off))
			i++
		case '(':
			j := i + 1
			for j < len(cs) && cs[j].r != ')' && !cs[j].bad && !l.isBlankNoCount(cs[j]) {
				j++
			}
			closed := j < len(cs) && cs[j].r == ')'
			if closed {
				j++
			} else {
				l.diags.Add(l.span(rec.Num, c.col, c.col+1), source.Error, CodeHostParen,
					"'(' of a host specification is never closed",
					"write the sender as (address).facility.priority, for example (192.168.0.1).daemon.err")
			}
			r.toks = append(r.toks, l.tok(tHost, runesText(rec.Text, cs, i, j), rec.Num, c.col, base+c.off))
			i = j
		default:
			j := i
			for j < len(cs) && !cs[j].bad && !l.isBlankNoCount(cs[j]) && !strings.ContainsRune(".;,(", cs[j].r) {
				j++
			}
			if j == i { // a stray ')'
				j++
			}
			r.toks = append(r.toks, l.tok(tName, runesText(rec.Text, cs, i, j), rec.Num, c.col, base+c.off))
			i = j
		}
	}
	return i
}

// runesText returns the source text of cs[i:j].
func runesText(text []byte, cs []char, i, j int) string {
	start := cs[i].off
	end := len(text)
	if j < len(cs) {
		end = cs[j].off
	}
	return string(text[start:end])
}

func isLetter(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }

// looksLikeSelector says whether a word after ';' and a blank is rather the
// next selector than a destination: it holds a '.', and does not start like
// a path, a remote host or an option.
func looksLikeSelector(w string) bool {
	if w == "" || strings.ContainsRune("/@-", rune(w[0])) {
		return false
	}
	return strings.Contains(w, ".") && !strings.Contains(w, "/")
}
