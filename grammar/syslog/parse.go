package syslog

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// MaxNameLen is the length of a z/OS job name or user ID.
const MaxNameLen = 8

// Parse reads one syslog.conf. It never stops at the first problem: every
// rule that could be read is in the tree and every problem is in
// File.Diagnostics. The error is for internal failures only (a bug in
// znet), never for bad input.
func Parse(name string, data []byte) (*File, error) {
	recs, bom := source.Records(data)
	l := &lexState{file: name}
	f := &File{Name: name}
	b := &builder{file: f, lx: l}
	if bom {
		l.diags.Add(source.FileStart(name), source.Info, CodeBOM,
			"UTF-8 byte order mark at the start of the file ignored", "")
	}
	offset := 0
	if bom {
		offset = 3
	}
	for _, rec := range recs {
		r := l.lexRecord(rec, offset)
		offset += len(rec.Text) + 1
		if err := b.record(r); err != nil {
			return nil, err
		}
	}
	if err := b.flush(); err != nil {
		return nil, err
	}
	f.Comments = append(f.Comments, b.pending...)
	if l.nbsp > 0 {
		l.diags.Add(l.nbspAt, source.Warning, CodeNBSP,
			fmt.Sprintf("%d non-breaking space(s) (U+00A0) treated as blanks; the first is here", l.nbsp),
			"they come from copying text out of a web page; syslogd does not take them for blanks: replace them with blanks")
	}
	if len(f.Rules) == 0 && len(f.Statements) == 0 {
		l.diags.Add(source.FileStart(name), source.Info, CodeEmpty,
			"the file holds no rules", "")
	}
	f.Diagnostics = append(l.diags, b.diags...)
	f.Diagnostics.Sort()
	return f, nil
}

type builder struct {
	file    *File
	lx      *lexState
	diags   source.Diagnostics
	pending []Comment // comment records waiting for the next rule
	// cont collects the records of a rule whose selector list goes on.
	cont []*record
}

func (b *builder) diag(sp source.Span, sev source.Severity, code, msg, hint string) {
	b.diags.Add(sp, sev, code, msg, hint)
}

func (b *builder) record(r *record) error {
	if r.blank() {
		return nil
	}
	if len(r.toks) == 0 { // a comment record
		if len(b.cont) > 0 {
			// A comment between the records of one rule stays with it.
			b.cont = append(b.cont, r)
			return nil
		}
		b.pending = append(b.pending, *r.comment)
		return nil
	}
	b.cont = append(b.cont, r)
	if r.continues() {
		last := r.toks[len(r.toks)-1]
		b.diag(tokSpan(last), source.Warning, CodeContinued,
			"the selector list goes on on the next record",
			"IBM documents a rule on one record; syslogd may read this record as a rule without a destination (unverified): join the records")
		return nil
	}
	return b.flush()
}

// flush builds the rule from the collected records.
func (b *builder) flush() error {
	if len(b.cont) == 0 {
		return nil
	}
	recs := b.cont
	b.cont = nil
	var toks []lexer.Token
	if len(recs) == 1 {
		toks = recs[0].toks
	}
	var trailing []Comment
	var lines []int
	for _, r := range recs {
		if len(recs) > 1 {
			toks = append(toks, r.toks...)
		}
		if r.comment != nil {
			trailing = append(trailing, *r.comment)
		}
		if len(r.toks) > 0 {
			lines = append(lines, r.num)
		}
	}
	last := recs[len(recs)-1]
	eof := lexer.Position{Filename: b.file.Name, Line: last.num, Column: last.endCol, Offset: last.endOff}
	leading := b.pending
	b.pending = nil
	sh, err := check(toks, eof)
	if err != nil {
		return fmt.Errorf("syslog grammar failed on %s line %d: %w", b.file.Name, recs[0].num, err)
	}
	if !sh.ok {
		b.syntaxError(toks, sh.at, eof)
		// Keep what can be kept: the rule's text, so that the
		// outline and the model know a damaged rule is there.
		r := &Rule{Leading: leading, Trailing: trailing, Incomplete: true, Span: cover(toks), Text: joinTokens(toks)}
		if len(lines) > 1 {
			r.Records = lines
		}
		b.file.Rules = append(b.file.Rules, r)
		return nil
	}
	g := split(toks)
	if st := b.statement(g, toks); st != nil {
		st.Leading, st.Trailing = leading, trailing
		b.file.Statements = append(b.file.Statements, st)
		return nil
	}
	r := b.rule(g)
	r.Leading, r.Trailing = leading, trailing
	r.Span = cover(toks)
	if len(lines) > 1 {
		r.Records = lines
	}
	b.file.Rules = append(b.file.Rules, r)
	return nil
}

// syntaxError reports where the grammar stopped (token at, or the end),
// in syslogd's terms.
func (b *builder) syntaxError(toks []lexer.Token, at int, eof lexer.Position) {
	msg := "this rule does not follow the rule syntax"
	hint := "a rule is selector[;selector...], a blank, the destination, then options such as -F 640"
	var sp source.Span
	if at >= len(toks) {
		sp = source.Span{File: b.file.Name, Line: eof.Line, Col: eof.Column, EndLine: eof.Line, EndCol: eof.Column}
		msg = "the rule ends where a selector part is expected"
		hint = "a selector ends with a priority code, for example *.err"
	} else {
		t := toks[at]
		sp = tokSpan(t)
		switch t.Type {
		case tDot:
			msg = "'.' where a name is expected: a selector part is empty"
			hint = "write every part, using * for 'any'"
		case tSemi:
			msg = "';' where a selector part is expected"
		case tComma:
			msg = "',' where a name is expected"
		case tHost:
			if !strings.HasSuffix(t.Value, ")") {
				return // reported by the lexer (SL123)
			}
			msg = fmt.Sprintf("host specification %s can only start a selector", t.Value)
			hint = "write (hostspec).facility.priority"
		case tWord:
			msg = fmt.Sprintf("unexpected %q after the destination: a rule has one destination", t.Value)
			hint = "options are -F mode, -D mode, -N qualifier and -X; to write to several places, write several rules"
		case tFlag:
			msg = fmt.Sprintf("option %s where a selector part is expected", t.Value)
		case tName:
			msg = fmt.Sprintf("unexpected %q", t.Value)
		}
	}
	b.diag(sp, source.Error, CodeSyntax, msg, hint)
}

// rawRule is a rule the grammar accepted, split into its parts.
type rawRule struct {
	selectors []*rawSel
	dest      *lexer.Token
	options   []rawOpt
}

type rawSel struct {
	toks  []lexer.Token
	host  *lexer.Token
	parts [][]lexer.Token // the names of each '.'-separated part
}

type rawOpt struct {
	flag  lexer.Token
	value *lexer.Token
}

// split reads the tokens of an accepted rule into selectors, destination
// and options.
func split(toks []lexer.Token) *rawRule {
	g := &rawRule{}
	i := 0
	for i < len(toks) && toks[i].Type != tWord && toks[i].Type != tFlag {
		j := i
		for j < len(toks) && toks[j].Type != tSemi && toks[j].Type != tWord && toks[j].Type != tFlag {
			j++
		}
		if j > i {
			s := &rawSel{toks: toks[i:j]}
			k := i
			if toks[k].Type == tHost {
				h := toks[k]
				s.host = &h
				k += 2 // the host and its '.'
			}
			var part []lexer.Token
			for ; k < j; k++ {
				switch toks[k].Type {
				case tName:
					part = append(part, toks[k])
				case tDot:
					s.parts = append(s.parts, part)
					part = nil
				}
			}
			s.parts = append(s.parts, part)
			g.selectors = append(g.selectors, s)
		}
		i = j
		if i < len(toks) && toks[i].Type == tSemi {
			i++
		}
	}
	if i < len(toks) && toks[i].Type == tWord {
		d := toks[i]
		g.dest = &d
		i++
	}
	for i < len(toks) {
		o := rawOpt{flag: toks[i]}
		i++
		if i < len(toks) && toks[i].Type == tWord {
			v := toks[i]
			o.value = &v
			i++
		}
		g.options = append(g.options, o)
	}
	return g
}

func tokSpan(t lexer.Token) source.Span {
	end := t.Pos.Column + utf8.RuneCountInString(t.Value)
	return source.Span{File: t.Pos.Filename, Line: t.Pos.Line, Col: t.Pos.Column, EndLine: t.Pos.Line, EndCol: end}
}

func token(t lexer.Token) Token { return Token{Text: t.Value, Span: tokSpan(t)} }

func cover(toks []lexer.Token) source.Span {
	var sp source.Span
	for _, t := range toks {
		sp = source.Cover(sp, tokSpan(t))
	}
	return sp
}

// statement recognises a global configuration statement: a record that
// starts with a keyword (a single name with no '.') rather than a
// selector.
func (b *builder) statement(g *rawRule, toks []lexer.Token) *Statement {
	if len(g.selectors) != 1 || len(toks) == 0 || toks[0].Type != tName {
		return nil
	}
	s := g.selectors[0]
	if s.host != nil || len(s.parts) != 1 || len(s.parts[0]) != 1 {
		return nil
	}
	kw := s.parts[0][0]
	if !keywordLike(kw.Value) || KnownFacility(kw.Value) {
		return nil
	}
	for _, t := range toks[1:] {
		if destinationLike(t.Value) {
			return nil // a rule that lacks its '.priority'
		}
	}
	st := &Statement{Keyword: token(kw), Span: cover(toks)}
	for _, t := range toks[1:] {
		st.Values = append(st.Values, token(t))
	}
	b.diag(st.Keyword.Span, source.Info, CodeStatement,
		fmt.Sprintf("%s is not a rule; znet keeps this global configuration statement as written and does not check it", kw.Value),
		"")
	return st
}

// joinTokens renders tokens as written, a blank between the fields.
func joinTokens(toks []lexer.Token) string {
	var sb strings.Builder
	for i, t := range toks {
		if i > 0 && (t.Type == tWord || t.Type == tFlag || toks[i-1].Type == tWord || toks[i-1].Type == tFlag) {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Value)
	}
	return sb.String()
}

func keywordLike(s string) bool {
	if s == "" || !isLetter(rune(s[0])) {
		return false
	}
	for _, r := range s {
		if !isLetter(r) && !(r >= '0' && r <= '9') && r != '_' {
			return false
		}
	}
	return true
}

func (b *builder) rule(g *rawRule) *Rule {
	r := &Rule{}
	for _, gs := range g.selectors {
		s := b.selector(gs)
		if s.Bad {
			r.Incomplete = true
		}
		r.Selectors = append(r.Selectors, s)
	}
	if g.dest == nil {
		sp := r.Selectors[len(r.Selectors)-1].Span
		if len(g.options) > 0 {
			sp = tokSpan(g.options[0].flag)
		}
		b.diag(sp, source.Error, CodeNoDest,
			"this rule has no destination",
			"write where the messages go after a blank: a file (/var/log/x), @host, or user IDs")
		r.Incomplete = true
	} else {
		r.Dest = b.destination(*g.dest)
	}
	b.options(r, g.options)
	return r
}

func (b *builder) selector(gs *rawSel) *Selector {
	s := &Selector{}
	for _, t := range gs.toks {
		s.Span = source.Cover(s.Span, tokSpan(t))
	}
	if gs.host != nil {
		h := token(*gs.host)
		s.Host = &h
	}
	parts := gs.parts
	form := "facility.priority, userid.jobname.facility.priority or (hostspec).facility.priority"
	switch {
	case s.Host != nil && len(parts) == 2, s.Host == nil && len(parts) == 2:
	case s.Host == nil && len(parts) == 4:
		s.User = b.single(parts[0], "user ID")
		s.Job = b.single(parts[1], "job name")
		parts = parts[2:]
	default:
		what := fmt.Sprintf("%d parts", len(parts))
		if len(parts) == 1 {
			what = "1 part"
		}
		hint := "a selector is " + form
		if len(parts) == 3 && s.Host == nil {
			hint = "with a job name write userid.jobname.facility.priority, for example *.TCPIP.*.err"
		}
		b.diag(s.Span, source.Error, CodeSelectorShape,
			fmt.Sprintf("selector %q has %s", selText(gs), what), hint)
		s.Bad = true
		// Read the last two parts as facility and priority, so that
		// the rest of the rule is still checked.
		if len(parts) >= 2 {
			parts = parts[len(parts)-2:]
		} else {
			s.Priority = token(parts[0][0])
			return s
		}
	}
	for _, n := range parts[0] {
		t := token(n)
		s.Facilities = append(s.Facilities, t)
		if !KnownFacility(t.Text) {
			hint := "facilities are " + strings.Join(Facilities, ", ") + ", or * for all"
			if sug := model.Suggest(t.Text, Facilities); len(sug) > 0 {
				hint = fmt.Sprintf("did you mean %s?", sug[0])
			}
			b.diag(t.Span, source.Warning, CodeFacility,
				fmt.Sprintf("unknown facility %q", t.Text), hint)
		}
	}
	if len(parts[1]) > 1 {
		b.diag(tokSpan(parts[1][1]), source.Error, CodeSelectorShape,
			"a selector has one priority code, not a list",
			"write one selector per priority, joined by ';'")
		s.Bad = true
	}
	s.Priority = token(parts[1][0])
	if _, ok := PriorityLevel(s.Priority.Text); !ok {
		hint := "priority codes are emerg, alert, crit, err, warning, notice, info, debug, none and *"
		if sug := model.Suggest(s.Priority.Text, priorityNames()); len(sug) > 0 {
			hint = fmt.Sprintf("did you mean %s?", sug[0])
		}
		b.diag(s.Priority.Span, source.Error, CodePriority,
			fmt.Sprintf("unknown priority code %q", s.Priority.Text), hint)
		s.Bad = true
	}
	return s
}

func selText(gs *rawSel) string {
	var sb strings.Builder
	for _, t := range gs.toks {
		sb.WriteString(t.Value)
	}
	return sb.String()
}

// single reads a user ID or job name part, which holds one name.
func (b *builder) single(p []lexer.Token, what string) *Token {
	t := token(p[0])
	if len(p) > 1 {
		b.diag(tokSpan(p[1]), source.Error, CodeSelectorShape,
			fmt.Sprintf("a selector has one %s, not a list", what),
			"write one selector per "+what+", joined by ';'")
	}
	name := t.Text
	if name == "*" {
		return &t
	}
	stem := strings.TrimSuffix(name, "*")
	if n := utf8.RuneCountInString(stem); n > MaxNameLen {
		b.diag(t.Span, source.Warning, CodeNameTooLong,
			fmt.Sprintf("%s %q is %d characters long; z/OS %ss have at most %d, so it never matches", what, name, n, what, MaxNameLen),
			"shorten it, or end it with * to match every name that starts so")
	}
	if strings.Contains(stem, "*") {
		b.diag(t.Span, source.Warning, CodeInnerStar,
			fmt.Sprintf("'*' inside %s %q", what, name),
			"IBM documents * as the whole field or at the end of a name; znet matches it anywhere (unverified)")
	}
	if strings.ToUpper(name) != name {
		b.diag(t.Span, source.Info, CodeLowerCase,
			fmt.Sprintf("%s %q has lower-case letters; z/OS %ss are upper case", what, name, what),
			"znet matches it ignoring case (unverified how syslogd compares): write it in upper case to be sure")
	}
	return &t
}

// destination classifies the destination word (IBM, IP Configuration
// Reference, "Supported destinations for syslogd": /file with %Y %m %d
// for dated file names; the others are recognised by their first
// character, unverified beyond files).
func (b *builder) destination(t lexer.Token) *Destination {
	d := &Destination{Token: token(t)}
	text := t.Value
	switch {
	case strings.HasPrefix(text, "/"):
		d.Kind = DestFile
		b.fileName(d)
	case strings.HasPrefix(text, "@"):
		d.Kind = DestRemote
	default:
		d.Kind = DestUsers
		if strings.Contains(text, "/") {
			d.Kind = DestFile
			b.diag(d.Span, source.Warning, CodeRelativePath,
				fmt.Sprintf("destination %q looks like a file but does not start with '/'", text),
				"syslogd takes a destination that does not start with '/' or '@' as user IDs (unverified): write the full path")
		}
	}
	return d
}

func (b *builder) fileName(d *Destination) {
	text := d.Text
	col := d.Span.Col
	runes := []rune(text)
	for i := 0; i < len(runes); i++ {
		switch runes[i] {
		case '%':
			if i+1 < len(runes) {
				c := runes[i+1]
				switch c {
				case 'Y', 'm', 'd':
					d.Dated = append(d.Dated, "%"+string(c))
					i++
					continue
				}
				b.diag(source.Span{File: d.Span.File, Line: d.Span.Line, Col: col + i, EndLine: d.Span.Line, EndCol: col + i + 2},
					source.Warning, CodeConversion,
					fmt.Sprintf("%%%c in a file name: syslogd documents only %%Y, %%m and %%d", c),
					"the text is probably used as written (unverified)")
				i++
				continue
			}
			b.diag(source.Span{File: d.Span.File, Line: d.Span.Line, Col: col + i, EndLine: d.Span.Line, EndCol: col + i + 1},
				source.Warning, CodeConversion, "'%' at the end of a file name", "remove it, or write %Y, %m or %d")
		case '/':
			if i+1 < len(runes) && runes[i+1] == '/' {
				b.diag(source.Span{File: d.Span.File, Line: d.Span.Line, Col: col + i, EndLine: d.Span.Line, EndCol: col + i + 2},
					source.Info, CodeDoubleSlash, "'//' in a file name: an empty directory name",
					"harmless on z/OS UNIX, which reads it as '/', but probably a typing slip")
			}
		}
	}
}

// options checks -F, -D, -N, -X (IBM, IP Configuration Reference, syslogd
// rule "Parameters" and "Supported destinations": -F and -D take octal
// permission bits; -N a qualifier for the archive data set; "You cannot
// specify the -F parameter with the -N or -X parameter", the same for -D).
func (b *builder) options(r *Rule, gos []rawOpt) {
	seen := map[string]source.Span{}
	for _, g := range gos {
		o := &Option{Flag: token(g.flag)}
		if g.value != nil {
			v := token(*g.value)
			o.Value = &v
		}
		r.Options = append(r.Options, o)
		flag := o.Flag.Text
		if prev, dup := seen[flag]; dup {
			b.diag(o.Flag.Span, source.Error, CodeOption,
				fmt.Sprintf("option %s given twice (first at column %d)", flag, prev.Col), "keep one")
			r.Incomplete = true
		}
		seen[flag] = o.Flag.Span
		switch flag {
		case "-F", "-D":
			if o.Value == nil {
				b.diag(o.Flag.Span, source.Error, CodeOption,
					fmt.Sprintf("option %s needs permission bits", flag),
					fmt.Sprintf("write them in octal, for example %s 640", flag))
				r.Incomplete = true
			} else if !octalMode(o.Value.Text) {
				b.diag(o.Value.Span, source.Error, CodeOption,
					fmt.Sprintf("%q is not octal permission bits for %s", o.Value.Text, flag),
					"write three or four octal digits, for example 640 or 0770")
				r.Incomplete = true
			}
		case "-N":
			if o.Value == nil {
				b.diag(o.Flag.Span, source.Error, CodeOption,
					"option -N needs the qualifier to append to the archive data set prefix", "for example -N TCPIP")
				r.Incomplete = true
			}
		case "-X":
			if o.Value != nil {
				b.diag(o.Value.Span, source.Error, CodeOption,
					fmt.Sprintf("option -X takes no value, but %q follows it", o.Value.Text),
					"remove the value; a rule has one destination")
				r.Incomplete = true
			}
		default:
			b.diag(o.Flag.Span, source.Error, CodeOption,
				fmt.Sprintf("unknown option %s", flag), "rule options are -F mode, -D mode, -N qualifier and -X")
			r.Incomplete = true
		}
	}
	_, hasF := seen["-F"]
	_, hasD := seen["-D"]
	_, hasN := seen["-N"]
	_, hasX := seen["-X"]
	if (hasF || hasD) && (hasN || hasX) {
		sp := seen["-N"]
		if !hasN {
			sp = seen["-X"]
		}
		b.diag(sp, source.Error, CodeOptionMix,
			"-F and -D cannot be combined with -N or -X",
			"archived files are created by syslogd with the permissions of the start options: drop -F/-D, or drop -N/-X")
		r.Incomplete = true
	}
	if len(gos) > 0 && r.Dest != nil && r.Dest.Kind != DestFile {
		b.diag(tokSpan(gos[0].flag), source.Warning, CodeOptionNotFile,
			fmt.Sprintf("options apply to file destinations, and %s is not one", r.Dest.Text),
			"remove the options")
	}
}

func octalMode(s string) bool {
	if len(s) < 3 || len(s) > 4 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '7' {
			return false
		}
	}
	return true
}
