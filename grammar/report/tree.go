package report

import (
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/zosnet/znet/grammar/plex"
	"github.com/zosnet/znet/grammar/source"
)

// The participle grammar of a report line:
//
//	line := text* ( key [ value ] )* EOL
//
// The lexer guarantees that text fields come before the first key on a
// line, so every token sequence it produces is a line: the grammar gives
// the lines their shape, and the builders of the three reports give the
// lines their meaning and report what does not fit. Whether a line
// parses depends only on the types of its tokens, and a report repeats a
// handful of shapes of line, so the outcome is kept per shape (see
// checkLine) and the grammar runs once per shape.
type gLine struct {
	Texts []string `parser:"@Text*"`
	Pairs []string `parser:"( @Key @Value? )*"`
	EOL   string   `parser:"@EOL"`
}

var parser = participle.MustBuild[gLine](participle.Lexer(definition), participle.UseLookahead(1))

var (
	shapesMu sync.Mutex
	shapes   = map[string]bool{}
)

// checkLine runs the grammar on the tokens of one line (through the cache
// of shapes). A line the grammar rejects is a bug in the lexer.
func checkLine(toks []lexer.Token) error {
	var kb strings.Builder
	for _, t := range toks {
		kb.WriteByte(byte(-t.Type))
	}
	key := kb.String()
	shapesMu.Lock()
	ok := shapes[key]
	shapesMu.Unlock()
	if ok {
		return nil
	}
	pl, err := lexer.Upgrade(&plex.Slice{Toks: toks})
	if err != nil {
		return err
	}
	if _, err := parser.ParseFromLexer(pl); err != nil {
		return err
	}
	shapesMu.Lock()
	if len(shapes) < 4096 {
		shapes[key] = true
	}
	shapesMu.Unlock()
	return nil
}

// Token is a word or value of a report with where it stands.
type Token struct {
	Text string      `json:"text" yaml:"text"`
	Span source.Span `json:"span" yaml:"span"`
}

// Field is one "Key: value" of a report. A key with nothing after the
// colon is a section: the lines indented under it are its Fields, its
// Items (list entries such as "C02F  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")
// or its Tables.
type Field struct {
	Key   Token `json:"key" yaml:"key"`
	Value Token `json:"value" yaml:"value"`
	// NA says the value is printed as not applicable: "**N/A**" or "n/a".
	NA     bool     `json:"na,omitempty" yaml:"na,omitempty"`
	Fields []*Field `json:"fields,omitempty" yaml:"fields,omitempty"`
	Items  []*Item  `json:"items,omitempty" yaml:"items,omitempty"`
	Tables []*Table `json:"tables,omitempty" yaml:"tables,omitempty"`
}

// Item is a list entry: a code and its name ("0023  secp256r1").
type Item struct {
	Code Token `json:"code" yaml:"code"`
	Name Token `json:"name" yaml:"name"`
}

// Table is a table under a heading row and a row of dashes.
type Table struct {
	Header []Token `json:"header" yaml:"header"`
	Rows   []*Row  `json:"rows,omitempty" yaml:"rows,omitempty"`
}

// Row is a table row; Fields are key/values indented under it.
type Row struct {
	Cells  []Token  `json:"cells" yaml:"cells"`
	Fields []*Field `json:"fields,omitempty" yaml:"fields,omitempty"`
}

// Get returns the first field named key among fs (ignoring case), or nil.
func Get(fs []*Field, key string) *Field {
	for _, f := range fs {
		if strings.EqualFold(f.Key.Text, key) {
			return f
		}
	}
	return nil
}

// Find returns the field at path below fs: Find(fs, "TTLSEnvironmentAdvancedParms", "TLSv1.2").
func Find(fs []*Field, path ...string) *Field {
	var f *Field
	for _, k := range path {
		f = Get(fs, k)
		if f == nil {
			return nil
		}
		fs = f.Fields
	}
	return f
}

// Walk calls fn for every field of fs, depth first, with its parents.
func Walk(fs []*Field, fn func(f *Field, parents []*Field)) {
	var walk func(fs []*Field, parents []*Field)
	walk = func(fs []*Field, parents []*Field) {
		for _, f := range fs {
			fn(f, parents)
			walk(f.Fields, append(parents, f))
			for _, t := range f.Tables {
				for _, r := range t.Rows {
					walk(r.Fields, append(parents, f))
				}
			}
		}
	}
	walk(fs, nil)
}

// Span covers the field's key and value.
func (f *Field) Span() source.Span { return source.Cover(f.Key.Span, f.Value.Span) }

// line is one line of a report after parsing.
type line struct {
	num    int
	indent int // column of the first token
	texts  []Token
	pairs  []pair
	end    source.Span // the end of the line
}

type pair struct {
	key, value Token
}

func (l *line) textOnly() bool { return len(l.pairs) == 0 }

// dashes reports whether the line is the rule under a table heading.
func (l *line) dashes() bool {
	if len(l.texts) == 0 || len(l.pairs) > 0 {
		return false
	}
	for _, t := range l.texts {
		if strings.Trim(t.Text, "- ") != "" {
			return false
		}
	}
	return true
}

// placeholder reports whether the line is "..." standing for output left
// out.
func (l *line) placeholder() bool {
	return len(l.texts) == 1 && len(l.pairs) == 0 && isPlaceholder(l.texts[0].Text)
}

func isPlaceholder(s string) bool { return len(s) >= 2 && strings.Trim(s, ".…") == "" }

func (l *line) span() source.Span {
	var sp source.Span
	for _, t := range l.texts {
		sp = source.Cover(sp, t.Span)
	}
	for _, p := range l.pairs {
		sp = source.Cover(sp, p.key.Span)
		sp = source.Cover(sp, p.value.Span)
	}
	return sp
}

func (l *line) text() string {
	var parts []string
	for _, t := range l.texts {
		parts = append(parts, t.Text)
	}
	for _, p := range l.pairs {
		parts = append(parts, p.key.Text+": "+p.value.Text)
	}
	return strings.Join(parts, "  ")
}

func newField(p pair) *Field {
	f := &Field{Key: p.key, Value: p.value}
	f.NA = strings.EqualFold(strings.Trim(p.value.Text, "*"), "n/a")
	return f
}

// nest builds fields from lines by their indentation: a line indented
// deeper than the one before belongs to the last key of that line. Text
// lines under a section become its items; a text line followed by a row of
// dashes starts a table. Lines that fit nowhere are returned as stray.
func nest(lines []*line) (fields []*Field, tables []*Table, stray []*line) {
	type frame struct {
		indent int
		field  *Field
	}
	var stack []frame
	add := func(f *Field) {
		if n := len(stack); n > 0 {
			p := stack[n-1].field
			p.Fields = append(p.Fields, f)
			return
		}
		fields = append(fields, f)
	}
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		// A stray line must not close the sections above it: remember
		// the stack to put it back.
		saved := len(stack)
		for len(stack) > 0 && stack[len(stack)-1].indent >= ln.indent {
			stack = stack[:len(stack)-1]
		}
		var parent *Field
		if n := len(stack); n > 0 {
			parent = stack[n-1].field
		}
		if ln.textOnly() {
			// A table: heading, dashes, rows at the heading's indent,
			// key/values indented under a row.
			if i+1 < len(lines) && lines[i+1].dashes() && !ln.dashes() {
				t := &Table{Header: ln.texts}
				i += 2
				var row *Row
				for i < len(lines) {
					r := lines[i]
					if r.textOnly() && r.indent == ln.indent && !r.dashes() && !r.placeholder() {
						row = &Row{Cells: r.texts}
						t.Rows = append(t.Rows, row)
						i++
						continue
					}
					if row != nil && r.indent > ln.indent && !r.textOnly() {
						fs, _, st := nest([]*line{r})
						row.Fields = append(row.Fields, fs...)
						stray = append(stray, st...)
						i++
						continue
					}
					break
				}
				i--
				if parent != nil {
					parent.Tables = append(parent.Tables, t)
				} else {
					tables = append(tables, t)
				}
				continue
			}
			if parent != nil && parent.Value.Text == "" && len(parent.Fields) == 0 && !ln.placeholder() && !ln.dashes() {
				it := &Item{Code: ln.texts[0]}
				if len(ln.texts) > 1 {
					rest := ln.texts[1:]
					it.Name = Token{Text: joinTexts(rest), Span: source.Cover(rest[0].Span, rest[len(rest)-1].Span)}
				}
				parent.Items = append(parent.Items, it)
				continue
			}
			stray = append(stray, ln)
			stack = stack[:saved]
			continue
		}
		if len(ln.texts) > 0 {
			stray = append(stray, &line{num: ln.num, indent: ln.indent, texts: ln.texts, end: ln.end})
		}
		first := newField(ln.pairs[0])
		add(first)
		rest := make([]*Field, 0, len(ln.pairs)-1)
		for _, p := range ln.pairs[1:] {
			rest = append(rest, newField(p))
		}
		deeper := i+1 < len(lines) && lines[i+1].indent > ln.indent
		if len(rest) > 0 && first.Value.Text == "" && deeper {
			first.Fields = append(first.Fields, rest...)
		} else {
			for _, f := range rest {
				add(f)
			}
		}
		indent := ln.indent
		if len(ln.texts) > 0 {
			indent = ln.pairs[0].key.Span.Col
		}
		stack = append(stack, frame{indent: indent, field: first})
	}
	return fields, tables, stray
}

func joinTexts(ts []Token) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Text
	}
	return strings.Join(parts, "  ")
}
