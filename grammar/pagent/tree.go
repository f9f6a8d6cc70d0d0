// Package pagent is the grammar of the Policy Agent brace syntax: AT-TLS and
// IPSec policy files, the PAGENT main and image configuration files, and the
// Defense Manager daemon (DMD) configuration, which share one syntax.
//
// The syntax tree keeps every word with its position and every comment,
// attached to the statement it belongs to. It knows nothing of what the
// keywords mean; that is the model's job.
package pagent

import (
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Token is one word of the input with where it stands.
type Token struct {
	Text string      `json:"text" yaml:"text"`
	Span source.Span `json:"span" yaml:"span"`
}

// Comment is a '#' comment, text including the '#'.
type Comment struct {
	Text string      `json:"text" yaml:"text"`
	Span source.Span `json:"span" yaml:"span"`
}

// Statement is a keyword with its values, and for a block statement the
// block that follows it.
//
//	TTLSRule COLATTLJ        <- Keyword "TTLSRule", Values ["COLATTLJ"], Block {...}
//	LocalPortRange 4000      <- Keyword "LocalPortRange", Values ["4000"]
type Statement struct {
	Keyword Token   `json:"keyword" yaml:"keyword"`
	Values  []Token `json:"values,omitempty" yaml:"values,omitempty"`
	// Block is nil for a one-record statement.
	Block *Block `json:"block,omitempty" yaml:"block,omitempty"`
	// Leading are the comment records right before the statement.
	Leading []Comment `json:"leading,omitempty" yaml:"leading,omitempty"`
	// Trailing is a comment on the statement's own record.
	Trailing *Comment `json:"trailing,omitempty" yaml:"trailing,omitempty"`
	// Span covers the keyword through the last value, or through the
	// closing brace of the block; for a block never closed, through its
	// '{' and its last statement.
	Span source.Span `json:"span" yaml:"span"`
	// Incomplete marks a statement damaged by a syntax error (a block
	// never closed, a placeholder among its values…). Later stages treat
	// what they find in it as uncertain.
	Incomplete bool `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
}

// Block is the part of a statement between braces.
type Block struct {
	Open       source.Span  `json:"open" yaml:"open"`
	Close      source.Span  `json:"close" yaml:"close"` // zero when never closed
	Statements []*Statement `json:"statements,omitempty" yaml:"statements,omitempty"`
	// Comments are the comment records after the last statement, before
	// the closing brace, plus comments on the brace records themselves
	// (after '{' or after the '}' that closes this block), in the order
	// they were found.
	Comments []Comment `json:"comments,omitempty" yaml:"comments,omitempty"`
}

// File is the syntax tree of one file.
type File struct {
	Name       string       `json:"file" yaml:"file"`
	Statements []*Statement `json:"statements,omitempty" yaml:"statements,omitempty"`
	// Comments are comment records after the last statement (or in a
	// file without statements), and comments on records outside any
	// block that hold no statement (a stray '}', a '{' with no statement).
	Comments    []Comment          `json:"comments,omitempty" yaml:"comments,omitempty"`
	Diagnostics source.Diagnostics `json:"diagnostics,omitempty" yaml:"diagnostics,omitempty"`
}

// Name returns the statement's name: the first value of a block statement
// ("" when it has none).
func (s *Statement) Name() string {
	if s.Block == nil || len(s.Values) == 0 {
		return ""
	}
	return s.Values[0].Text
}

// Value returns the values joined by one blank, the way a multi-word value
// such as "CertificateLabel Zowe Server" reads.
func (s *Statement) Value() string {
	switch len(s.Values) {
	case 0:
		return ""
	case 1:
		return s.Values[0].Text
	}
	parts := make([]string, len(s.Values))
	for i, v := range s.Values {
		parts[i] = v.Text
	}
	return strings.Join(parts, " ")
}

// Is reports whether the keyword is kw, ignoring case as Policy Agent does.
func (s *Statement) Is(kw string) bool { return strings.EqualFold(s.Keyword.Text, kw) }

// Walk calls fn for every statement in the file, depth first, with the
// chain of enclosing statements (outermost first). fn returning false skips
// the statement's children. parents is valid during the call only: Walk
// reuses it (a large file has hundreds of thousands of blocks), so fn
// copies what it keeps.
func (f *File) Walk(fn func(s *Statement, parents []*Statement) bool) {
	var stack []*Statement
	var walk func(list []*Statement)
	walk = func(list []*Statement) {
		for _, s := range list {
			if fn(s, stack) && s.Block != nil && len(s.Block.Statements) > 0 {
				stack = append(stack, s)
				walk(s.Block.Statements)
				stack = stack[:len(stack)-1]
			}
		}
	}
	walk(f.Statements)
}

// New makes a one-record statement whose every token stands at at: the
// form trees made from other sources (YAML, reports, profile rules) take,
// so that messages point at where the source said it.
func New(kw string, at source.Span, values ...string) *Statement {
	st := &Statement{Keyword: Token{Text: kw, Span: at}, Span: at}
	for _, v := range values {
		st.Values = append(st.Values, Token{Text: v, Span: at})
	}
	return st
}

// NewBlock makes a block statement (named when name is not empty) at at.
func NewBlock(kw, name string, at source.Span) *Statement {
	st := &Statement{Keyword: Token{Text: kw, Span: at}, Span: at, Block: &Block{Open: at, Close: at}}
	if name != "" {
		st.Values = []Token{{Text: name, Span: at}}
	}
	return st
}

// Append adds statements to s's block.
func (s *Statement) Append(children ...*Statement) {
	s.Block.Statements = append(s.Block.Statements, children...)
}
