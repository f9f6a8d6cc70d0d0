package profile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A tree built with the constructors reads like the same statements
// parsed: canonical names, blocks with their END statement.
func TestNewStatement(t *testing.T) {
	kw := NewToken("INTERFace", 3, 5)
	if kw.EndCol != 14 || kw.Lead != " " {
		t.Errorf("NewToken: %+v", kw)
	}
	s := NewStatement("p.yaml", kw, NewToken("ETH1", 3, 16))
	if s.Name != "INTERFACE" || s.File() != "p.yaml" || s.Text() != "INTERFace ETH1" {
		t.Errorf("NewStatement: name %q file %q text %q", s.Name, s.File(), s.Text())
	}
	if sp := s.TokenSpan(s.Tokens[1]); sp.File != "p.yaml" || sp.Line != 3 || sp.Col != 16 || sp.EndCol != 20 {
		t.Errorf("token span %v", sp)
	}
	if NewStatement("p.yaml", NewToken("NOSUCH", 1, 1)).Name != "" {
		t.Error("an unknown keyword has a name")
	}
	if NewStatement("p.yaml", NewToken("ENDROUTES", 1, 1)).Name != "" {
		t.Error("an END keyword is a statement")
	}
	route := NewStatement("p.yaml", NewToken("ROUTE", 5, 9), NewToken("DEFAULT", 5, 16))
	b := NewBlock("p.yaml", []Token{NewToken("BEGINROUTES", 4, 5)}, []*Statement{route}, NewToken("ENDROUTES", 5, 5))
	if !b.Block || b.Name != "BEGINROUTES" || len(b.Body) != 1 || b.End[0].Text != "ENDROUTES" {
		t.Errorf("NewBlock: %+v", b)
	}
	if route.Name != "ROUTE" {
		t.Errorf("ROUTE named %q", route.Name)
	}
}

func TestStatementFacts(t *testing.T) {
	for _, c := range []struct {
		name, end, block string
		max, min         int
	}{
		{"BEGINROUTES", "ENDROUTES", "", -1, 6},
		{"IPSEC", "ENDIPSEC", "", -1, 5},
		{"BSDROUTINGPARMS", "ENDBSDROUTINGPARMS", "", -1, 4},
		{"ROUTE", "", "BEGINROUTES", -1, 5},
		{"IPSECRULE", "", "IPSEC", -1, 6},
		{"START", "", "", 1, 5},
		{"INCLUDE", "", "", 1, 7},
		{"INTERFACE", "", "", -1, 6},
	} {
		got := []any{EndKeyword(c.name), BlockOf(c.name), MaxArgs(c.name), MinAbbrev(c.name)}
		if diff := cmp.Diff([]any{c.end, c.block, c.max, c.min}, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

// Move shifts a parsed tree, and nothing of another file.
func TestMove(t *testing.T) {
	f, err := Parse("p.yaml", []byte("; lead\nHOME 10.1.1.1 LNK1 ; trail\nBEGINROUTES\n  ROUTE DEFAULT = LNK1 MTU 1500\n; end\nENDROUTES\nENDHOME\n"))
	if err != nil {
		t.Fatal(err)
	}
	f.Diagnostics.Add(f.Statements[0].KeywordSpan(), 0, "X", "other file", "")
	f.Diagnostics[len(f.Diagnostics)-1].Span.File = "other"
	f.Move(10, 6)
	h, r := f.Statements[0], f.Statements[1]
	if k := h.Keyword(); k.Line != 12 || k.Col != 7 || k.EndCol != 11 {
		t.Errorf("HOME at %+v", k)
	}
	if h.Leading[0].Span.Line != 11 || h.Trailing.Span.Line != 12 || h.Trailing.Span.Col != 26 {
		t.Errorf("comments at %v, %v", h.Leading[0].Span, h.Trailing.Span)
	}
	if b := r.Body[0].Keyword(); b.Line != 14 || b.Col != 9 {
		t.Errorf("ROUTE at %+v", b)
	}
	if r.End[0].Line != 16 || r.EndComments[0].Span.Line != 15 {
		t.Errorf("END at %+v, its comment at %v", r.End[0], r.EndComments[0].Span)
	}
	for _, d := range f.Diagnostics {
		switch {
		case d.Span.File == "other" && d.Span.Line != 2:
			t.Errorf("another file's diagnostic moved: %v", d)
		case d.Code == CodeUnknown && (d.Span.Line != 17 || d.Span.Col != 7):
			t.Errorf("PR105 at %v", d.Span)
		}
	}
}
