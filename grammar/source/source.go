// Package source holds what every znet grammar shares: positions, spans,
// diagnostics, and the splitting of raw member text into records.
//
// Columns are 1-based and count characters (runes), not bytes, so that a
// position matches what an editor shows. An end column is exclusive: the
// span of the word "TTLSRule" at the start of a line is columns 1 to 9.
package source

import (
	"fmt"
	"sort"
	"strings"
)

// Span is a region of one file: Line:Col up to, not including, EndLine:EndCol.
type Span struct {
	File    string `json:"file,omitempty" yaml:"file,omitempty"`
	Line    int    `json:"line" yaml:"line"`
	Col     int    `json:"col" yaml:"col"`
	EndLine int    `json:"endLine" yaml:"endLine"`
	EndCol  int    `json:"endCol" yaml:"endCol"`
}

// IsZero reports whether the span was never set.
func (s Span) IsZero() bool { return s.Line == 0 }

// String renders file:line:col, the form compilers and editors understand.
func (s Span) String() string {
	if s.File == "" {
		return fmt.Sprintf("%d:%d", s.Line, s.Col)
	}
	return fmt.Sprintf("%s:%d:%d", s.File, s.Line, s.Col)
}

// Range renders the span compactly for outlines: line:col-endCol on one
// line, line:col-endLine:endCol across lines, "" for a zero span.
func (s Span) Range() string {
	if s.IsZero() {
		return ""
	}
	if s.EndLine == s.Line {
		return fmt.Sprintf("%d:%d-%d", s.Line, s.Col, s.EndCol)
	}
	return fmt.Sprintf("%d:%d-%d:%d", s.Line, s.Col, s.EndLine, s.EndCol)
}

// Cover returns the smallest span holding both a and b (same file assumed).
func Cover(a, b Span) Span {
	if a.IsZero() {
		return b
	}
	if b.IsZero() {
		return a
	}
	out := a
	if b.Line < out.Line || (b.Line == out.Line && b.Col < out.Col) {
		out.Line, out.Col = b.Line, b.Col
	}
	if b.EndLine > out.EndLine || (b.EndLine == out.EndLine && b.EndCol > out.EndCol) {
		out.EndLine, out.EndCol = b.EndLine, b.EndCol
	}
	return out
}

// Severity of a diagnostic.
type Severity int

const (
	Error Severity = iota
	Warning
	Info
)

var severityNames = [...]string{"error", "warning", "info"}

func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText makes severities readable in YAML and JSON output.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText accepts the names String produces.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if strings.EqualFold(n, string(b)) {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("unknown severity %q (want error, warning or info)", b)
}

// ParseSeverity is UnmarshalText for callers holding a string.
func ParseSeverity(s string) (Severity, error) {
	var v Severity
	err := v.UnmarshalText([]byte(s))
	return v, err
}

// Diagnostic is one message about the input, tied to where it applies.
type Diagnostic struct {
	Span     Span     `json:"span" yaml:"span"`
	Severity Severity `json:"severity" yaml:"severity"`
	// Code is a stable identifier (PA101, PR203 …) that users can grep,
	// suppress and look up; it never changes meaning once released.
	Code    string `json:"code" yaml:"code"`
	Message string `json:"message" yaml:"message"`
	// Hint says what would be right, when znet knows.
	Hint string `json:"hint,omitempty" yaml:"hint,omitempty"`
}

// String renders "file:line:col: severity CODE: message (hint)".
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.Span.String())
	b.WriteString(": ")
	b.WriteString(d.Severity.String())
	if d.Code != "" {
		b.WriteString(" ")
		b.WriteString(d.Code)
	}
	b.WriteString(": ")
	b.WriteString(d.Message)
	if d.Hint != "" {
		b.WriteString(" (")
		b.WriteString(d.Hint)
		b.WriteString(")")
	}
	return b.String()
}

// Diagnostics is a list with helpers.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns how many diagnostics have severity s.
func (ds Diagnostics) Count(s Severity) int {
	n := 0
	for _, d := range ds {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// less is the order of Sort: file, position, code, message.
func less(a, b *Diagnostic) bool {
	x, y := a.Span, b.Span
	if x.File != y.File {
		return x.File < y.File
	}
	if x.Line != y.Line {
		return x.Line < y.Line
	}
	if x.Col != y.Col {
		return x.Col < y.Col
	}
	if a.Code != b.Code {
		return a.Code < b.Code
	}
	return a.Message < b.Message
}

// Sort orders diagnostics by file, position, then code and message, so
// output is deterministic whatever order the checks ran in. Parsers emit
// them almost in order, so a list already in order is left as it is
// without a (slow, for very long lists) stable sort.
func (ds Diagnostics) Sort() {
	if sort.SliceIsSorted(ds, func(i, j int) bool { return less(&ds[i], &ds[j]) }) {
		return
	}
	sort.SliceStable(ds, func(i, j int) bool { return less(&ds[i], &ds[j]) })
}

// Add appends a diagnostic built from its parts.
func (ds *Diagnostics) Add(sp Span, sev Severity, code, msg, hint string) {
	*ds = append(*ds, Diagnostic{Span: sp, Severity: sev, Code: code, Message: msg, Hint: hint})
}

// Dedup sorts ds and removes exact repeats (the same problem reported
// twice, as when a common file is read for several stacks).
func (ds Diagnostics) Dedup() Diagnostics {
	ds.Sort()
	out := ds[:0]
	for i, d := range ds {
		if i > 0 && d == ds[i-1] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// FileStart is the position of a file's first character: where problems
// with the file as a whole (empty, unreadable, no statements) stand.
func FileStart(file string) Span {
	return Span{File: file, Line: 1, Col: 1, EndLine: 1, EndCol: 1}
}
