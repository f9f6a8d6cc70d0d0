package pagent

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/source"
)

// render writes the tree and diagnostics of f one item a line, with the
// exact span of every token, so that table tests state positions in full:
//
//	TTLSRule@1:1-9 name@1:10-14 =1:1-3:2
//	{@2:1-2
//	  Keyring@3:3-10 x@3:11-12 =3:3-12
//	}@3:1-2
//	! PA105 error 2:1-2
func render(f *File) string {
	var b strings.Builder
	var stmts func(list []*Statement, depth int)
	stmts = func(list []*Statement, depth int) {
		ind := strings.Repeat("  ", depth)
		for _, s := range list {
			for _, c := range s.Leading {
				fmt.Fprintf(&b, "%slead %s@%s\n", ind, c.Text, c.Span.Range())
			}
			fmt.Fprintf(&b, "%s%s@%s", ind, s.Keyword.Text, s.Keyword.Span.Range())
			for _, v := range s.Values {
				fmt.Fprintf(&b, " %s@%s", v.Text, v.Span.Range())
			}
			fmt.Fprintf(&b, " =%s", s.Span.Range())
			if s.Incomplete {
				b.WriteString(" !incomplete")
			}
			b.WriteString("\n")
			if s.Trailing != nil {
				fmt.Fprintf(&b, "%s  trail %s@%s\n", ind, s.Trailing.Text, s.Trailing.Span.Range())
			}
			if s.Block != nil {
				fmt.Fprintf(&b, "%s{@%s\n", ind, (s.Block.Open).Range())
				stmts(s.Block.Statements, depth+1)
				for _, c := range s.Block.Comments {
					fmt.Fprintf(&b, "%s  bc %s@%s\n", ind, c.Text, c.Span.Range())
				}
				if s.Block.Close.IsZero() {
					fmt.Fprintf(&b, "%s} never\n", ind)
				} else {
					fmt.Fprintf(&b, "%s}@%s\n", ind, (s.Block.Close).Range())
				}
			}
		}
	}
	stmts(f.Statements, 0)
	for _, c := range f.Comments {
		fmt.Fprintf(&b, "fc %s@%s\n", c.Text, c.Span.Range())
	}
	for _, d := range f.Diagnostics {
		fmt.Fprintf(&b, "! %s %s %s\n", d.Code, d.Severity, d.Span.Range())
	}
	return b.String()
}

// records splits data the way source.Records does, as rune slices.
func records(data []byte) [][]rune {
	recs, _ := source.Records(data)
	out := make([][]rune, len(recs))
	for i, r := range recs {
		// Decode byte by byte so an invalid byte counts as one rune,
		// as columns do.
		rs := make([]rune, 0, len(r.Text))
		for j := 0; j < len(r.Text); {
			c, size := utf8.DecodeRune(r.Text[j:])
			rs = append(rs, c)
			j += size
		}
		out[i] = rs
	}
	return out
}

// checkInvariants asserts what must hold for any input whatever: Parse
// succeeds; every diagnostic lies within the input; every token's text is
// exactly what its span covers; statements come in source order, inside
// their parents; and the diagnostics are sorted. It returns f.
func checkInvariants(t testing.TB, name string, data []byte) *File {
	t.Helper()
	f, err := Parse(name, data)
	if err != nil {
		t.Fatalf("Parse returned an internal error: %v", err)
	}
	if f == nil {
		t.Fatal("Parse returned no file and no error")
	}
	recs := records(data)
	nrec := len(recs)
	inside := func(what string, sp source.Span) {
		if sp.File != name {
			t.Errorf("%s: span file %q, want %q", what, sp.File, name)
		}
		if sp.Line < 1 || sp.Line > max(nrec, 1) || sp.EndLine != sp.Line || sp.Col < 1 || sp.EndCol < sp.Col {
			t.Errorf("%s: span %s (%d records) is not within the input", what, (sp).Range(), nrec)
			return
		}
		width := 0
		if sp.Line <= nrec {
			width = len(recs[sp.Line-1])
		}
		if sp.EndCol > width+1 {
			t.Errorf("%s: span %s runs past the end of its record (%d columns)", what, (sp).Range(), width)
		}
	}
	for _, d := range f.Diagnostics {
		inside(d.Code, d.Span)
	}
	for i := 1; i < len(f.Diagnostics); i++ {
		a, b := f.Diagnostics[i-1].Span, f.Diagnostics[i].Span
		if a.Line > b.Line || a.Line == b.Line && a.Col > b.Col {
			t.Errorf("diagnostics not sorted: %s before %s", (a).Range(), (b).Range())
		}
	}
	covers := func(what, text string, sp source.Span, comment bool) {
		inside(what, sp)
		if sp.Line < 1 || sp.Line > nrec || sp.EndCol > len(recs[sp.Line-1])+1 || sp.EndCol < sp.Col {
			return
		}
		src := recs[sp.Line-1][sp.Col-1 : sp.EndCol-1]
		got := []rune(text)
		if len(got) != len(src) {
			t.Errorf("%s %q at %s: span covers %q", what, text, (sp).Range(), string(src))
			return
		}
		for i := range got {
			if got[i] != src[i] && !(comment && got[i] == '?') {
				t.Errorf("%s %q at %s: span covers %q", what, text, (sp).Range(), string(src))
				return
			}
		}
	}
	var last source.Span
	var walk func(list []*Statement, parent *Statement)
	walk = func(list []*Statement, parent *Statement) {
		for _, s := range list {
			for _, c := range s.Leading {
				covers("leading comment", c.Text, c.Span, true)
			}
			covers("keyword", s.Keyword.Text, s.Keyword.Span, false)
			if s.Keyword.Text == "" || !keywordLike(s.Keyword.Text) {
				t.Errorf("keyword %q at %s cannot be a keyword", s.Keyword.Text, s.Keyword.Span.Range())
			}
			k := s.Keyword.Span
			if !last.IsZero() && (k.Line < last.Line || k.Line == last.Line && k.Col < last.EndCol) {
				t.Errorf("statement at %s comes before the one at %s", (k).Range(), (last).Range())
			}
			last = k
			for _, v := range s.Values {
				covers("value", v.Text, v.Span, false)
				if v.Text == "" || strings.ContainsAny(v.Text, " \t{}\u00a0") || v.Text[0] == '#' {
					t.Errorf("value %q at %s is not a word", v.Text, v.Span.Range())
				}
			}
			if s.Trailing != nil {
				covers("trailing comment", s.Trailing.Text, s.Trailing.Span, true)
				if s.Trailing.Span.Line != s.Keyword.Span.Line && (len(s.Values) == 0 || s.Trailing.Span.Line != s.Values[len(s.Values)-1].Span.Line) {
					t.Errorf("trailing comment at %s is not on the statement's record", s.Trailing.Span.Range())
				}
			}
			if s.Span.Line != k.Line || s.Span.Col != k.Col {
				t.Errorf("statement span %s does not start at its keyword %s", s.Span.Range(), (k).Range())
			}
			if parent != nil && !parent.Block.Close.IsZero() {
				c := parent.Block.Close
				if s.Span.EndLine > c.Line || s.Span.EndLine == c.Line && s.Span.EndCol > c.Col {
					t.Errorf("statement at %s ends after its block's '}' at %s", s.Span.Range(), (c).Range())
				}
			}
			if s.Block != nil {
				covers("'{'", "{", s.Block.Open, false)
				if !s.Block.Close.IsZero() {
					covers("'}'", "}", s.Block.Close, false)
					if s.Span.EndLine != s.Block.Close.Line || s.Span.EndCol != s.Block.Close.EndCol {
						t.Errorf("statement span %s does not end at its '}' %s", s.Span.Range(), (s.Block.Close).Range())
					}
				}
				walk(s.Block.Statements, s)
				for _, c := range s.Block.Comments {
					covers("block comment", c.Text, c.Span, true)
				}
			}
		}
	}
	walk(f.Statements, nil)
	for _, c := range f.Comments {
		covers("file comment", c.Text, c.Span, true)
	}
	return f
}

// checkChunking asserts that reading data in tiny chunks, on one goroutine
// or several, gives exactly what Parse gives.
func checkChunking(t testing.TB, name string, data []byte, want *File) {
	t.Helper()
	for _, c := range []struct{ size, workers int }{{1, 1}, {1, 2}, {7, 3}, {64, 2}} {
		got, err := parse(name, data, c.size, c.workers)
		if err != nil {
			t.Fatalf("chunks of %d bytes on %d goroutines: %v", c.size, c.workers, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("chunks of %d bytes on %d goroutines change the result:\n%s\nwant:\n%s", c.size, c.workers, render(got), render(want))
		}
	}
}

// printOutline writes an outline back as Policy Agent text in IBM's
// layout: one statement a record, braces on records of their own, leading
// comments before, a trailing comment after the values. A value or a
// comment that would end in columns 73-80 with eight digits is moved on,
// so that they are not read back as a sequence number.
func printOutline(o *OFile) []byte {
	var b strings.Builder
	// comment writes a comment after prefix, one blank further when it
	// would end in columns 73-80 with eight digits.
	comment := func(prefix, c string) {
		if n := utf8.RuneCountInString(prefix + c); n == 80 && len(c) > 9 && isDigits(c[len(c)-8:]) && isBlank(c[len(c)-9]) {
			prefix += " "
		}
		b.WriteString(prefix + c + "\n")
	}
	var stmts func(list []*OStatement, depth int)
	stmts = func(list []*OStatement, depth int) {
		ind := strings.Repeat("  ", depth)
		for _, s := range list {
			for _, c := range s.Comments {
				comment(ind, c)
			}
			line := ind + s.Keyword
			for _, v := range s.Values {
				sep := " "
				if col := utf8.RuneCountInString(line) + 2; col == 73 && len(v) == 8 && isDigits(v) {
					sep = "  "
				}
				line += sep + v
			}
			if s.Comment != "" {
				comment(line+" ", s.Comment)
			} else {
				b.WriteString(line + "\n")
			}
			if s.Block != nil || s.Empty || s.BlockEnd != nil {
				b.WriteString(ind + "{\n")
				stmts(s.Block, depth+1)
				for _, c := range s.BlockEnd {
					comment(ind+"  ", c)
				}
				b.WriteString(ind + "}\n")
			}
		}
	}
	stmts(o.Statements, 0)
	for _, c := range o.Comments {
		comment("", c)
	}
	return []byte(b.String())
}

// withoutIncomplete clears the Incomplete marks of an outline: they record
// damage the printed text no longer has.
func withoutIncomplete(list []*OStatement) {
	for _, s := range list {
		s.Incomplete = false
		withoutIncomplete(s.Block)
	}
}

// checkRoundTrip asserts that the outline of f, printed as text and read
// again, gives the same outline, and that the printed text has no syntax
// problem left but those that are in the words themselves: placeholders
// (PA107), long names (PA108) and extra names (PA111).
func checkRoundTrip(t testing.TB, f *File) {
	t.Helper()
	o := f.Outline(false).(*OFile)
	if a, b := countTree(f), countOutline(o); a != b {
		t.Fatalf("the outline loses something: tree %+v, outline %+v", a, b)
	}
	text := printOutline(o)
	g, err := Parse(f.Name, text)
	if err != nil {
		t.Fatalf("reparse: %v", err)
	}
	o2 := g.Outline(false).(*OFile)
	withoutIncomplete(o.Statements)
	withoutIncomplete(o2.Statements)
	if !reflect.DeepEqual(o, o2) {
		t.Fatalf("outline printed and read again differs\nprinted:\n%s\nfirst:\n%s\nagain:\n%s", text, render(f), render(g))
	}
	count := func(ds source.Diagnostics, code string) int {
		n := 0
		for _, d := range ds {
			if d.Code == code {
				n++
			}
		}
		return n
	}
	for _, d := range g.Diagnostics {
		switch d.Code {
		case CodePlaceholder, CodeNameTooLong, CodeExtraName:
		case CodeEmpty:
			if len(f.Statements) != 0 {
				t.Errorf("printed text of a file with statements has none: %s", d)
			}
		default:
			t.Errorf("printed text has a problem the words do not explain: %s\nprinted:\n%s", d, text)
		}
	}
	for _, code := range []string{CodeNameTooLong, CodeExtraName} {
		if a, b := count(f.Diagnostics, code), count(g.Diagnostics, code); a != b {
			t.Errorf("%s: %d in the input, %d in the printed text", code, a, b)
		}
	}
	if a, b := count(f.Diagnostics, CodePlaceholder), count(g.Diagnostics, CodePlaceholder); b > a {
		t.Errorf("%s: %d in the input, %d in the printed text", CodePlaceholder, a, b)
	}
}

// counts is what a tree holds, to check that its outline holds as much.
type counts struct{ stmts, blocks, values, comments int }

func countTree(f *File) counts {
	c := counts{comments: len(f.Comments)}
	f.Walk(func(s *Statement, _ []*Statement) bool {
		c.stmts++
		c.values += len(s.Values)
		c.comments += len(s.Leading)
		if s.Trailing != nil {
			c.comments++
		}
		if s.Block != nil {
			c.blocks++
			c.comments += len(s.Block.Comments)
		}
		return true
	})
	return c
}

func countOutline(o *OFile) counts {
	c := counts{comments: len(o.Comments)}
	var walk func(list []*OStatement)
	walk = func(list []*OStatement) {
		for _, s := range list {
			c.stmts++
			c.values += len(s.Values)
			c.comments += len(s.Comments) + len(s.BlockEnd)
			if s.Comment != "" {
				c.comments++
			}
			if s.Block != nil || s.Empty {
				c.blocks++
			}
			walk(s.Block)
		}
	}
	walk(o.Statements)
	return c
}
