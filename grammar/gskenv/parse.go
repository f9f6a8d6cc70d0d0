package gskenv

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/plex"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// Token types. Negative, as participle expects (EOF is -1).
const (
	tExport lexer.TokenType = -2 - iota
	tName
	tEq
	tValue
)

// symbols is a function, not a package variable, because the parser is
// built during package initialisation, possibly before variables of this
// file are set.
func symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{"EOF": lexer.EOF, "Export": tExport, "Name": tName, "Eq": tEq, "Value": tValue}
}

// definition names the token types for participle (see grammar/plex).
var definition = plex.Definition{Family: "gskenv", Names: symbols}

// The participle grammar of one record that is not a comment:
//
//	assignment := [ "export" ] NAME "=" [ value ]
//
// The value is everything after the first '=' to the end of the record;
// what it holds depends on the variable and is checked afterwards. The
// grammar decides whether a record is an assignment (see check); the
// assignment is then read from its tokens.
type gAssign struct {
	Export *lexer.Token `parser:"@Export?"`
	Name   lexer.Token  `parser:"@Name"`
	Eq     lexer.Token  `parser:"@Eq"`
	Value  *lexer.Token `parser:"@Value?"`
}

var parser = participle.MustBuild[gAssign](participle.Lexer(definition), participle.UseLookahead(1))

// Parse reads one environment file. It never stops at the first problem:
// every variable that could be read is in the tree and every problem is
// in File.Diagnostics. The error is for internal failures only.
func Parse(name string, data []byte) (*File, error) {
	recs, bom := source.Records(data)
	p := &parse{file: &File{Name: name}, seen: map[string]*Var{}}
	if bom {
		p.diag(source.FileStart(name), source.Info, CodeBOM,
			"UTF-8 byte order mark at the start of the file ignored", "")
	}
	var pending []Comment
	for _, rec := range recs {
		toks, comment, eol := p.lex(rec)
		if comment != nil {
			pending = append(pending, *comment)
			continue
		}
		if len(toks) == 0 {
			continue
		}
		ok, at, err := check(toks, eol)
		if err != nil {
			return nil, fmt.Errorf("gskenv grammar failed on %s line %d: %w", name, rec.Num, err)
		}
		if !ok {
			p.syntaxError(toks, at)
			continue
		}
		g := &gAssign{}
		for _, t := range toks {
			switch t.Type {
			case tExport:
				e := t
				g.Export = &e
			case tName:
				g.Name = t
			case tEq:
				g.Eq = t
			case tValue:
				v := t
				g.Value = &v
			}
		}
		v := p.assign(g)
		v.Leading = pending
		pending = nil
		p.file.Vars = append(p.file.Vars, v)
	}
	p.file.Comments = pending
	if p.nbsp > 0 {
		p.diag(p.nbspAt, source.Warning, CodeNBSP,
			fmt.Sprintf("%d non-breaking space(s) (U+00A0); the first is here", p.nbsp),
			"they come from copying text out of a web page and are part of the name or value: replace them with blanks or remove them")
	}
	if len(p.file.Vars) == 0 && !p.file.Diagnostics.HasErrors() {
		p.diag(source.FileStart(name), source.Info, CodeEmpty, "the file sets no variables", "")
	}
	p.file.Diagnostics.Sort()
	return p.file, nil
}

type parse struct {
	file   *File
	seen   map[string]*Var
	nbsp   int
	nbspAt source.Span
}

func (p *parse) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	p.file.Diagnostics.Add(sp, sev, code, msg, hint)
}

func (p *parse) span(line, col, endCol int) source.Span {
	return source.Span{File: p.file.Name, Line: line, Col: col, EndLine: line, EndCol: endCol}
}

// lex splits one record. Lexical rules (unverified: IBM documents the
// variables, not the file; these are the rules of the Language Environment
// _CEE_ENVFILE format such files are read with): a record whose first
// non-blank character is '#' is a comment; otherwise NAME=value, the value
// running to the end of the record.
func (p *parse) lex(rec source.Record) ([]lexer.Token, *Comment, lexer.Position) {
	text := rec.Text
	// Runes with columns; bad bytes reported.
	type ch struct {
		r        rune
		col, off int
	}
	cs := make([]ch, 0, len(text))
	col := 1
	for i := 0; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
		}
		cs = append(cs, ch{r, col, i})
		i += size
		col++
	}
	eol := lexer.Position{Filename: p.file.Name, Line: rec.Num, Column: col}
	isBad := func(r rune) bool { return r == utf8.RuneError || (r < 0x20 && r != '\t') || r == 0x7f }
	i := 0
	for i < len(cs) && (cs[i].r == ' ' || cs[i].r == '\t') {
		i++
	}
	if i == len(cs) {
		return nil, nil, eol
	}
	if cs[i].r == '#' {
		var b strings.Builder
		for _, c := range cs[i:] {
			if isBad(c.r) {
				p.diag(p.span(rec.Num, c.col, c.col+1), source.Warning, CodeCommentByte,
					source.Describe(c.r, text[c.off])+" inside a comment",
					"tolerated because it is in a comment; it usually means the file was not transferred as text")
				b.WriteByte('?')
				continue
			}
			b.WriteRune(c.r)
		}
		t := strings.TrimRight(b.String(), " \t")
		return nil, &Comment{Text: t, Span: p.span(rec.Num, cs[i].col, cs[i].col+utf8.RuneCountInString(t))}, eol
	}
	for _, c := range cs[i:] {
		switch {
		case isBad(c.r):
			p.diag(p.span(rec.Num, c.col, c.col+1), source.Error, CodeBadByte,
				source.Describe(c.r, text[c.off])+" outside a comment",
				"environment files are text: remove the byte, or check that the file was transferred as text")
		case c.r == '\u00a0':
			if p.nbsp == 0 {
				p.nbspAt = p.span(rec.Num, c.col, c.col+1)
			}
			p.nbsp++
		}
	}
	tok := func(typ lexer.TokenType, from, to int) lexer.Token {
		end := len(text)
		if to < len(cs) {
			end = cs[to].off
		}
		return lexer.Token{Type: typ, Value: string(text[cs[from].off:end]),
			Pos: lexer.Position{Filename: p.file.Name, Line: rec.Num, Column: cs[from].col, Offset: cs[from].off}}
	}
	var toks []lexer.Token
	// "export NAME=value": the shell form.
	if j := i + 6; j < len(cs) && tok(tName, i, j).Value == "export" && (cs[j].r == ' ' || cs[j].r == '\t') {
		toks = append(toks, tok(tExport, i, j))
		i = j
		for i < len(cs) && (cs[i].r == ' ' || cs[i].r == '\t') {
			i++
		}
	}
	// Name up to '=' or a blank; blanks between the name and '='.
	for i < len(cs) {
		j := i
		for j < len(cs) && cs[j].r != '=' && cs[j].r != ' ' && cs[j].r != '\t' {
			j++
		}
		if j > i {
			toks = append(toks, tok(tName, i, j))
		}
		k := j
		for k < len(cs) && (cs[k].r == ' ' || cs[k].r == '\t') {
			k++
		}
		if k < len(cs) && cs[k].r == '=' {
			if k > j && j > i {
				p.diag(p.span(rec.Num, cs[j].col, cs[k].col), source.Warning, CodeBlankEq,
					"blanks between the name and '='",
					"they become part of the variable's name (unverified), so System SSL does not see it: write NAME=value")
			}
			toks = append(toks, tok(tEq, k, k+1))
			if k+1 < len(cs) {
				toks = append(toks, tok(tValue, k+1, len(cs)))
			}
			return toks, nil, eol
		}
		i = k
	}
	return toks, nil, eol
}

func tokSpan(t lexer.Token) source.Span {
	end := t.Pos.Column + utf8.RuneCountInString(t.Value)
	return source.Span{File: t.Pos.Filename, Line: t.Pos.Line, Col: t.Pos.Column, EndLine: t.Pos.Line, EndCol: end}
}

// syntaxError reports a record the grammar rejected at token at (len for
// the end).
func (p *parse) syntaxError(toks []lexer.Token, at int) {
	sp := tokSpan(toks[0])
	msg := fmt.Sprintf("%q is not a variable assignment", toks[0].Value)
	switch {
	case at < len(toks) && toks[at].Type == tName && at > 0:
		sp = source.Cover(sp, tokSpan(toks[at]))
		msg = "words separated by blanks where NAME=value belongs"
	case at < len(toks) && toks[at].Type == tEq:
		sp = tokSpan(toks[at])
		msg = "'=' with no variable name before it"
	}
	p.diag(sp, source.Error, CodeSyntax, msg, "a record is NAME=value, or a comment starting with #")
}

// Whether the grammar accepts a record depends only on the types of its
// tokens; the outcome of each sequence of types is kept, so the grammar
// runs once per shape of record rather than once per record.
var (
	shapesMu sync.Mutex
	shapes   = map[string][2]int{} // ok (1 or 0), index of the token the grammar stopped at
)

func check(toks []lexer.Token, eol lexer.Position) (ok bool, at int, err error) {
	var kb strings.Builder
	for _, t := range toks {
		kb.WriteByte(byte(-t.Type))
	}
	key := kb.String()
	shapesMu.Lock()
	s, hit := shapes[key]
	shapesMu.Unlock()
	if hit {
		return s[0] == 1, s[1], nil
	}
	pl, err := lexer.Upgrade(&plex.Slice{Toks: toks, EOF: eol})
	if err != nil {
		return false, 0, err
	}
	s = [2]int{1, 0}
	if _, err := parser.ParseFromLexer(pl); err != nil {
		var perr participle.Error
		if !errors.As(err, &perr) {
			return false, 0, err
		}
		s = [2]int{0, len(toks)}
		var ut *participle.UnexpectedTokenError
		if errors.As(err, &ut) {
			for i, t := range toks {
				if t.Pos == ut.Unexpected.Pos && t.Type == ut.Unexpected.Type {
					s[1] = i
					break
				}
			}
		}
	}
	shapesMu.Lock()
	if len(shapes) < 1024 {
		shapes[key] = s
	}
	shapesMu.Unlock()
	return s[0] == 1, s[1], nil
}

func (p *parse) assign(g *gAssign) *Var {
	v := &Var{Name: Token{Text: g.Name.Value, Span: tokSpan(g.Name)}}
	v.Span = v.Name.Span
	if g.Export != nil {
		v.Export = true
		p.diag(tokSpan(*g.Export), source.Info, CodeExport,
			"'export' before the name is shell syntax; znet reads the assignment that follows",
			"an environment file read by Language Environment holds NAME=value only (unverified)")
	}
	name := v.Name.Text
	upper := strings.ToUpper(name)
	kind, known := Vars[name]
	if !known && strings.HasPrefix(upper, "GSK_") {
		if k, ok := Vars[upper]; ok {
			p.diag(v.Name.Span, source.Warning, CodeCase,
				fmt.Sprintf("%s is not in upper case; System SSL reads %s", name, upper),
				"environment variable names are case-sensitive: write it in upper case")
			kind = k
		} else {
			hint := "System SSL ignores variables it does not know"
			if sug := model.Suggest(upper, varNames); len(sug) > 0 {
				hint = fmt.Sprintf("did you mean %s?", sug[0])
			}
			p.diag(v.Name.Span, source.Warning, CodeUnknown,
				fmt.Sprintf("unknown System SSL variable %s", name), hint)
		}
	}
	if kind == "" {
		kind = KindString
	}
	v.Kind = kind
	v.Known = known
	if prev := p.seen[name]; prev != nil {
		p.diag(v.Name.Span, source.Warning, CodeTwice,
			fmt.Sprintf("%s is set again (first at line %d); the later value is the one used", name, prev.Name.Span.Line),
			"keep one assignment")
	}
	p.seen[name] = v
	if g.Value == nil {
		v.Value = Token{Span: source.Span{File: p.file.Name, Line: g.Eq.Pos.Line, Col: g.Eq.Pos.Column + 1, EndLine: g.Eq.Pos.Line, EndCol: g.Eq.Pos.Column + 1}}
	} else {
		raw := g.Value.Value
		trimmed := strings.TrimRight(raw, " \t")
		vt := *g.Value
		vt.Value = trimmed
		v.Value = Token{Text: trimmed, Span: tokSpan(vt)}
		if trimmed != raw {
			sp := tokSpan(*g.Value)
			sp.Col = v.Value.Span.EndCol
			p.diag(sp, source.Warning, CodeTrailing,
				fmt.Sprintf("blanks at the end of the value of %s", name),
				"Language Environment keeps trailing blanks as part of the value (unverified): remove them")
		}
	}
	v.Span = source.Cover(v.Span, v.Value.Span)
	p.value(v)
	return v
}

// value checks and interprets the value according to the variable's kind.
func (p *parse) value(v *Var) {
	text, sp := v.Value.Text, v.Value.Span
	if len(text) >= 2 && (text[0] == '"' && text[len(text)-1] == '"' || text[0] == '\'' && text[len(text)-1] == '\'') {
		p.diag(sp, source.Warning, CodeQuotes,
			fmt.Sprintf("the value of %s is in quotes", v.Name.Text),
			"an environment file takes the quotes as part of the value (unverified): remove them")
		text = text[1 : len(text)-1]
		sp.Col++
		sp.EndCol--
	}
	switch v.Kind {
	case KindSecret:
		v.Secret = true
	case KindSwitch:
		p.switchValue(v, text, sp)
	case KindNumber:
		if text == "" {
			return
		}
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			p.diag(sp, source.Error, CodeNumber,
				fmt.Sprintf("%s takes a decimal number, not %q", v.Name.Text, text), "")
			v.Bad = true
			return
		}
		v.Number = &n
	case KindMask:
		if text == "" {
			return
		}
		// IBM, "Capturing trace data through environment variables": "The
		// bit mask can be specified as a decimal (nnn), octal (0nnnn) or
		// hexadecimal (0xhh) value."
		n, err := strconv.ParseInt(text, 0, 64)
		if err != nil || n < 0 {
			p.diag(sp, source.Error, CodeNumber,
				fmt.Sprintf("%s takes a bit mask, not %q", v.Name.Text, text),
				"write it in decimal (255), octal (0377) or hexadecimal (0xff)")
			v.Bad = true
			return
		}
		v.Number = &n
	default:
		if width, hex, ok := Width(v.Kind); ok {
			p.list(v, text, sp, width, hex)
		}
	}
}

func (p *parse) switchValue(v *Var, text string, sp source.Span) {
	u := strings.ToUpper(text)
	name := strings.ToUpper(v.Name.Text)
	var on, ok bool
	switch u {
	case "ON", "1":
		on, ok = true, true
	case "OFF", "0":
		on, ok = false, true
	case "":
		return
	default:
		// GSK_PROTOCOL_TLSV1_2=GSK_PROTOCOL_TLSV1_2_ON, the enumeration
		// spelling seen in IMS Connect samples.
		if strings.HasPrefix(u, "GSK_PROTOCOL_") && (strings.HasSuffix(u, "_ON") || strings.HasSuffix(u, "_OFF")) {
			on = strings.HasSuffix(u, "_ON")
			ok = true
			if base := u[:strings.LastIndexByte(u, '_')]; base != name {
				p.diag(sp, source.Warning, CodeOtherProto,
					fmt.Sprintf("%s is set to %s, which names another protocol", v.Name.Text, text),
					fmt.Sprintf("write %s_ON or %s_OFF, or simply ON or OFF", name, name))
			}
		}
	}
	if !ok {
		p.diag(sp, source.Error, CodeSwitch,
			fmt.Sprintf("%s takes ON or OFF, not %q", v.Name.Text, text), "write ON or OFF (1 and 0 are accepted too)")
		v.Bad = true
		return
	}
	v.Switch = &on
}

// list splits a run-together list of codes (no separators) into codes of
// the given width, each with its position.
func (p *parse) list(v *Var, text string, sp source.Span, width int, hex bool) {
	if text == "" {
		p.diag(sp, source.Info, CodeEmptyList,
			fmt.Sprintf("%s is empty: System SSL uses its default list", v.Name.Text), "")
		return
	}
	what := "decimal digits"
	if hex {
		what = "hexadecimal characters"
	}
	if i := strings.IndexAny(text, " \t,;:"); i >= 0 {
		col := sp.Col + utf8.RuneCountInString(text[:i])
		p.diag(source.Span{File: sp.File, Line: sp.Line, Col: col, EndLine: sp.Line, EndCol: col + 1}, source.Error, CodeListBlank,
			fmt.Sprintf("%q inside the list of %s: the codes are written one after the other", text[i:i+1], v.Name.Text),
			"remove the separators")
		v.Bad = true
	}
	runes := []rune(text)
	seen := map[string]int{}
	for i := 0; i < len(runes); {
		if runes[i] == ' ' || runes[i] == '\t' || runes[i] == ',' || runes[i] == ';' || runes[i] == ':' {
			i++
			continue
		}
		j := i
		for j < len(runes) && j-i < width && !strings.ContainsRune(" \t,;:", runes[j]) {
			j++
		}
		code := string(runes[i:j])
		csp := source.Span{File: sp.File, Line: sp.Line, Col: sp.Col + i, EndLine: sp.Line, EndCol: sp.Col + j}
		c := Code{Code: strings.ToUpper(code), Text: code, Span: csp}
		if j-i < width {
			p.diag(csp, source.Error, CodeWidth,
				fmt.Sprintf("%s is a list of %d-character codes, but %q at the end has %d", v.Name.Text, width, code, j-i),
				fmt.Sprintf("the value must be a multiple of %d characters long; a code is missing characters or has one too many", width))
			v.Bad = true
			c.Bad = true
		} else if bad := strings.IndexFunc(code, func(r rune) bool { return !digit(r, hex) }); bad >= 0 {
			p.diag(csp, source.Error, CodeDigit,
				fmt.Sprintf("code %q of %s is not %d %s", code, v.Name.Text, width, what), listHint(v.Kind))
			v.Bad = true
			c.Bad = true
		}
		if first, dup := seen[c.Code]; dup && !c.Bad {
			p.diag(csp, source.Info, CodeRepeated,
				fmt.Sprintf("%s lists %s twice (first as code %d)", v.Name.Text, c.Code, first),
				"the first occurrence sets its place in the order; remove the repetition")
		} else if !c.Bad {
			seen[c.Code] = len(v.Codes) + 1
		}
		v.Codes = append(v.Codes, c)
		i = j
	}
}

func digit(r rune, hex bool) bool {
	switch {
	case r >= '0' && r <= '9':
		return true
	case hex && (r >= 'A' && r <= 'F' || r >= 'a' && r <= 'f'):
		return true
	}
	return false
}

func listHint(kind string) string {
	switch kind {
	case KindGroups:
		return "groups are 4-digit DECIMAL numbers: 0023 is secp256r1, 0029 x25519 (not hexadecimal)"
	case KindCipherV2:
		return "SSL V2 ciphers are the digits 1, 2, 3, 4, 6 and 7"
	}
	return "codes are hexadecimal, for example C02F"
}
