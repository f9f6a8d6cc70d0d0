package emit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// Diagnostic codes of the formatter (FM1xx).
//
//	FM101 error  formatting would drop a statement or parameter the model does not hold
//	FM102 error  formatting would drop values the statement does not take
//	FM103 error  formatting would change a statement's shape (braces added or removed)
//	FM104 warning a formatted record is longer than 80 columns (a word that cannot be split; znet fmt)
//	FM105 warning sequence numbers in columns 73-80 removed (TCP/IP profile)
//	FM106 error  without its sequence numbers the profile would read differently; not formatted
const (
	CodeDropStatement = "FM101"
	CodeDropValues    = "FM102"
	CodeShape         = "FM103"
)

// FormatError says why a file was left as it is. Diags are the problems,
// each with its position; nothing was formatted.
type FormatError struct {
	File string
	// Syntax is true when the file has syntax errors; otherwise the
	// problems are things formatting would drop.
	Syntax bool
	Diags  source.Diagnostics
}

func (e *FormatError) Error() string {
	if e.Syntax {
		return fmt.Sprintf("%s: %d syntax error(s); not formatted", e.File, len(e.Diags))
	}
	return fmt.Sprintf("%s: formatting would drop %d thing(s) znet does not know (listed above); not formatted", e.File, len(e.Diags))
}

// UnsupportedError is returned for a kind of file no formatter prints
// yet (see package emit/native, which dispatches by kind).
type UnsupportedError struct {
	File, Kind string
	// Known are the kinds that can be formatted.
	Known []string
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("%s: formatting is not yet supported for kind %s (formatted kinds: %s)", e.File, e.Kind, strings.Join(e.Known, ", "))
}

// Refuse splits a file's syntax diagnostics for a formatter: any error
// refuses the file (the *FormatError lists them); of the rest, the
// diagnostics whose code is among changes are kept, to be shown with the
// result, since they are about text formatting changes (sequence numbers
// removed, non-breaking spaces made blanks…).
func Refuse(name string, ds source.Diagnostics, changes ...string) (source.Diagnostics, error) {
	var errs, warns source.Diagnostics
	for _, d := range ds {
		switch {
		case d.Severity == source.Error:
			errs = append(errs, d)
		case slices.Contains(changes, d.Code):
			warns = append(warns, d)
		}
	}
	if len(errs) > 0 {
		return warns, &FormatError{File: name, Syntax: true, Diags: errs}
	}
	return warns, nil
}

// FormatPagent formats a Policy Agent file (policy, main or image file,
// DMD configuration). It returns a *FormatError when the file has syntax
// errors or when the canonical text would lose something the model does
// not hold; the syntax warnings it returns are those about text
// formatting changes (sequence numbers, non-breaking spaces).
func FormatPagent(name string, data []byte) ([]byte, source.Diagnostics, error) {
	f, err := pagent.Parse(name, data)
	if err != nil {
		return nil, nil, err
	}
	warns, err := Refuse(name, f.Diagnostics, pagent.CodeSequenceNum, pagent.CodeNBSP)
	if err != nil {
		return nil, warns, err
	}
	p := policy.Build([]*pagent.File{f}, model.DefaultRelease)
	if lost := Losses(f, p); len(lost) > 0 {
		return nil, warns, &FormatError{File: name, Diags: lost}
	}
	return PrintPagent(p.Objects, f.Comments), warns, nil
}

// Losses lists what printing p would leave out of f: statements and
// parameters the model did not take (unknown, misplaced, badly nested),
// values a statement does not take, names a statement cannot have, and
// statements whose braces the printer would add or remove. Each is
// reported with the model's own diagnostic for it when there is one.
func Losses(f *pagent.File, p *policy.Policy) source.Diagnostics {
	why := map[[2]int]source.Diagnostic{}
	for _, d := range p.Diags {
		k := [2]int{d.Span.Line, d.Span.Col}
		if _, ok := why[k]; !ok && d.Severity == source.Error {
			why[k] = d
		}
	}
	held := map[*pagent.Statement]bool{}
	var out source.Diagnostics
	var visit func(o *policy.Object)
	visit = func(o *policy.Object) {
		if o.Src == nil {
			return
		}
		held[o.Src] = true
		st := o.Src
		switch {
		case o.Def.Block && st.Block == nil:
			out.Add(st.Span, source.Error, CodeShape,
				fmt.Sprintf("%s is a block statement written without braces; formatting would add them", o.Def.Name),
				"add '{' and '}' around its parameters yourself, then format")
		case !o.Def.Block && st.Block != nil:
			out.Add(st.Span, source.Error, CodeShape,
				fmt.Sprintf("%s is a one-record statement written with a block; formatting would drop the block", o.Def.Name),
				"remove the braces and what is between them yourself, then format")
		case o.Def.Block && len(st.Values) > 0 && o.Name == "":
			out.Add(st.Values[0].Span, source.Error, CodeDropValues,
				fmt.Sprintf("formatting would drop %q: %s takes no name", st.Value(), o.Def.Name), "")
		case !o.Def.Block:
			n := 0
			for _, pr := range o.Params {
				if pr.Src != nil {
					n += len(pr.Src.Values)
				}
			}
			if n < len(st.Values) {
				rest := st.Values[n:]
				out.Add(source.Cover(rest[0].Span, rest[len(rest)-1].Span), source.Error, CodeDropValues,
					fmt.Sprintf("formatting would drop %q: %s does not take that many values", tokensText(rest), o.Def.Name), "")
			}
		}
		for _, pr := range o.Params {
			if pr.Src != nil {
				held[pr.Src] = true
			}
		}
		for _, c := range o.Children {
			visit(c)
		}
	}
	for _, o := range p.Objects {
		visit(o)
	}
	var walk func(list []*pagent.Statement, in string)
	walk = func(list []*pagent.Statement, in string) {
		for _, st := range list {
			if !held[st] {
				what := "statement " + st.Keyword.Text
				if in != "" {
					what = st.Keyword.Text + " in " + in
				}
				msg := "formatting would drop " + what
				hint := ""
				if d, ok := why[[2]int{st.Keyword.Span.Line, st.Keyword.Span.Col}]; ok {
					msg += ": " + d.Message
					hint = d.Hint
				}
				out.Add(st.Span, source.Error, CodeDropStatement, msg, hint)
				continue
			}
			if st.Block != nil {
				walk(st.Block.Statements, stmtLabel(st))
			}
		}
	}
	walk(f.Statements, "")
	out.Sort()
	return out
}

func stmtLabel(st *pagent.Statement) string {
	if n := st.Name(); n != "" {
		return st.Keyword.Text + " " + n
	}
	return st.Keyword.Text
}

func tokensText(ts []pagent.Token) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}
