package profile

import (
	"bytes"
	"io"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Token is one word of the input: a keyword, an argument, or a
// placeholder. Lead holds the bytes between the previous token and this
// one exactly as they were read (blanks, line ends, comments, a byte order
// mark), so that the file can be written back byte for byte.
type Token struct {
	Text string `json:"text" yaml:"text"`
	Lead string `json:"-" yaml:"-"`
	// Line and Col are 1-based; EndCol is exclusive. A token never spans
	// records.
	Line   int `json:"line" yaml:"line"`
	Col    int `json:"col" yaml:"col"`
	EndCol int `json:"endCol" yaml:"endCol"`
	// Off is the byte offset of the token in the file.
	Off int `json:"-" yaml:"-"`
}

// Span returns the token's position in file.
func (t Token) Span(file string) source.Span {
	return source.Span{File: file, Line: t.Line, Col: t.Col, EndLine: t.Line, EndCol: t.EndCol}
}

// Symbol reports whether the token holds a z/OS system symbol (&SYSNAME.,
// &HOMEIPADDRESS1), which z/OS substitutes when it reads the profile.
func (t Token) Symbol() bool { return HasSymbol(t.Text) }

// SequenceNumber reports whether the token looks like a sequence number:
// eight digits in columns 73-80, which IBM does not allow in a profile
// (the grammar reports it, PR110).
func (t Token) SequenceNumber() bool {
	if t.Col < 73 || t.EndCol > 81 || len(t.Text) != 8 {
		return false
	}
	return strings.Trim(t.Text, "0123456789") == ""
}

// HasSymbol reports whether s holds a system symbol: '&' followed by a
// letter, '#', '$' or '@'.
func HasSymbol(s string) bool {
	for i := strings.IndexByte(s, '&'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '#' || c == '$' || c == '@' {
			return true
		}
		j := strings.IndexByte(s[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// Comment is a ';' comment, text including the ';', trailing blanks
// removed.
type Comment struct {
	Text string      `json:"text" yaml:"text"`
	Span source.Span `json:"span" yaml:"span"`
}

// Statement is one profile statement: its keyword and arguments, which
// may run over many records, and for a block statement (BEGINROUTES,
// IPSEC, AUTOLOG…) the statements inside it and its END statement.
//
//	DEVICE PORTA MPCIPA          <- Name "DEVICE", Tokens [DEVICE PORTA MPCIPA]
//	BEGINROUTES                  <- Name "BEGINROUTES", Block true,
//	  ROUTE DEFAULT 10.1.1.1 ... <-   Body [ROUTE…],
//	ENDROUTES                    <-   End [ENDROUTES]
type Statement struct {
	// Name is the canonical statement name the keyword abbreviates
	// (DEVice -> DEVICE); "" for an unknown statement or a placeholder.
	Name string
	// Tokens are the keyword followed by the arguments, as written.
	Tokens []Token
	// Block is true for a statement closed by an END statement.
	Block bool
	// Body holds the statements inside a block.
	Body []*Statement
	// End is the END statement's keyword; nil when it is missing.
	End []Token
	// EndComments are the comments before the END statement, after the
	// block's last statement, and on the END statement's record.
	EndComments []Comment
	// Leading are the comment records right before the statement.
	Leading []Comment
	// Inner are comments between the statement's first and last token.
	Inner []Comment
	// Trailing is a comment on the record of the statement's last token.
	Trailing *Comment
	// Unknown marks a word where a statement must begin that is not a
	// statement znet knows (reported as PR105).
	Unknown bool
	// Placeholder marks a '...' record that stands for text left out.
	Placeholder bool
	// Incomplete marks a statement damaged by a syntax error (a
	// placeholder among its arguments, a missing END…). Later stages
	// treat what they find in it as uncertain.
	Incomplete bool

	file string
}

// Keyword returns the statement's first token.
func (s *Statement) Keyword() Token { return s.Tokens[0] }

// Args returns the arguments (every token after the keyword).
func (s *Statement) Args() []Token { return s.Tokens[1:] }

// Is reports whether the statement is name (canonical, upper case).
func (s *Statement) Is(name string) bool { return s.Name == name }

// File returns the name of the file the statement was read from.
func (s *Statement) File() string { return s.file }

// Span covers the keyword through the last argument, or through the END
// statement of a block.
func (s *Statement) Span() source.Span {
	first := s.Tokens[0]
	last := s.Tokens[len(s.Tokens)-1]
	if len(s.End) > 0 {
		last = s.End[0]
	} else if n := len(s.Body); n > 0 {
		if sp := s.Body[n-1].Span(); sp.EndLine > last.Line || (sp.EndLine == last.Line && sp.EndCol > last.EndCol) {
			return source.Span{File: s.file, Line: first.Line, Col: first.Col, EndLine: sp.EndLine, EndCol: sp.EndCol}
		}
	}
	return source.Span{File: s.file, Line: first.Line, Col: first.Col, EndLine: last.Line, EndCol: last.EndCol}
}

// KeywordSpan is the position of the statement's keyword.
func (s *Statement) KeywordSpan() source.Span { return s.Tokens[0].Span(s.file) }

// TokenSpan is the position of one of the statement's tokens.
func (s *Statement) TokenSpan(t Token) source.Span { return t.Span(s.file) }

// Text returns the statement's tokens joined by single blanks (without
// the body of a block).
func (s *Statement) Text() string {
	var b strings.Builder
	for i, t := range s.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// File is the syntax tree of one profile data set or z/OS UNIX file.
type File struct {
	Name       string
	Statements []*Statement
	// Comments are comment records after the last statement.
	Comments    []Comment
	Diagnostics source.Diagnostics
	// Tail holds the bytes after the last token, as read.
	Tail string
}

// Walk calls fn for every statement, depth first, with the block holding
// it (nil at the outermost level).
func (f *File) Walk(fn func(s, block *Statement)) {
	for _, s := range f.Statements {
		fn(s, nil)
		for _, b := range s.Body {
			fn(b, s)
		}
	}
}

// Bytes writes the tree back as text. For a tree as Parse returned it,
// the result is the input, byte for byte; changes made to tokens (their
// Text or Lead) or to the statement lists show in the output and nothing
// else does.
func (f *File) Bytes() []byte {
	var b bytes.Buffer
	_, _ = f.WriteTo(&b)
	return b.Bytes()
}

// WriteTo writes the text of the tree to w (see Bytes).
func (f *File) WriteTo(w io.Writer) (int64, error) {
	ew := &errWriter{w: w}
	for _, s := range f.Statements {
		writeStatement(ew, s)
	}
	ew.str(f.Tail)
	return ew.n, ew.err
}

func writeStatement(w *errWriter, s *Statement) {
	for _, t := range s.Tokens {
		w.str(t.Lead)
		w.str(t.Text)
	}
	for _, b := range s.Body {
		writeStatement(w, b)
	}
	for _, t := range s.End {
		w.str(t.Lead)
		w.str(t.Text)
	}
}

type errWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (e *errWriter) str(s string) {
	if e.err != nil || s == "" {
		return
	}
	n, err := io.WriteString(e.w, s)
	e.n += int64(n)
	e.err = err
}

// Diags returns the file's diagnostics.
func (f *File) Diags() source.Diagnostics { return f.Diagnostics }
