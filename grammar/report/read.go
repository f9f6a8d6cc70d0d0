package report

import (
	"fmt"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/source"
)

func tokSpan(t lexer.Token) source.Span {
	end := t.Pos.Column + utf8.RuneCountInString(t.Value)
	return source.Span{File: t.Pos.Filename, Line: t.Pos.Line, Col: t.Pos.Column, EndLine: t.Pos.Line, EndCol: end}
}

func token(t lexer.Token) Token { return Token{Text: t.Value, Span: tokSpan(t)} }

// readBlocks reads a report block by block (blocks are separated by blank
// lines) and hands each block's lines to fn. Every line is lexed and
// checked against the line grammar; memory holds only what fn keeps. The returned
// diagnostics are the lexer's (bytes that are not text); the error is for
// internal failures only.
func readBlocks(name string, data []byte, fn func(block []*line)) (source.Diagnostics, error) {
	recs, bom := source.Records(data)
	l := &lexState{file: name}
	if bom {
		l.diags.Add(source.FileStart(name), source.Info, CodeBOM,
			"UTF-8 byte order mark at the start of the file ignored", "")
	}
	offset := 0
	if bom {
		offset = 3
	}
	var lines []*line
	flush := func() {
		if len(lines) > 0 {
			fn(lines)
			lines = nil
		}
	}
	for _, rec := range recs {
		if onlyBlank(rec.Text) {
			flush()
			offset += len(rec.Text) + 1
			continue
		}
		toks := l.lexLine(rec, offset)
		offset += len(rec.Text) + 1
		if err := checkLine(toks); err != nil {
			return nil, fmt.Errorf("report grammar rejected line %d of %s, which the lexer should make impossible: %w", rec.Num, name, err)
		}
		if ln := makeLine(name, toks); ln != nil {
			lines = append(lines, ln)
		}
	}
	flush()
	return l.diags, nil
}

// makeLine turns the tokens of a line into a line; nil for a line with no
// text left (bytes that are not text, already reported).
func makeLine(name string, toks []lexer.Token) *line {
	eol := toks[len(toks)-1]
	ln := &line{num: eol.Pos.Line, end: tokSpan(eol)}
	for k := 0; k < len(toks)-1; k++ {
		t := toks[k]
		switch t.Type {
		case tText:
			ln.texts = append(ln.texts, token(t))
		case tKey:
			pr := pair{key: token(t)}
			if k+1 < len(toks) && toks[k+1].Type == tValue {
				pr.value = token(toks[k+1])
				k++
			} else {
				// An empty value sits right after the colon.
				c := pr.key.Span.EndCol + 1
				pr.value = Token{Span: source.Span{File: name, Line: ln.num, Col: c, EndLine: ln.num, EndCol: c}}
			}
			ln.pairs = append(ln.pairs, pr)
		}
	}
	switch {
	case len(ln.texts) > 0:
		ln.indent = ln.texts[0].Span.Col
	case len(ln.pairs) > 0:
		ln.indent = ln.pairs[0].key.Span.Col
	default:
		return nil
	}
	return ln
}

// onlyBlank reports whether a line holds only blanks, tabs and
// non-breaking spaces.
func onlyBlank(b []byte) bool {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
		b = b[size:]
	}
	return true
}
