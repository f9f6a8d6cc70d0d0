package pagent

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The participle grammar of a Policy Agent file, record by record.
//
// Policy Agent reads its files one record at a time, and everything it
// understands is a record of one of three shapes: a keyword with values, an
// opening brace, or a closing brace, each optionally followed by a comment.
// The grammar therefore describes a record and accepts any sequence of
// words and braces on it; block structure (which brace closes which
// statement) is built afterwards by build, which recovers from a mistake at
// the next record and so reports every error in a file instead of stopping
// at the first, with messages in Policy Agent's terms.
type gFile struct {
	Lines []*gLine `parser:"@@*"`
}

type gLine struct {
	// Tokens is filled by participle with every token the line matched,
	// positions included; the captures below only drive the match.
	Tokens  []lexer.Token
	Items   []string `parser:"( @LBrace | @RBrace | @Word )*"`
	Comment string   `parser:"@Comment?"`
	EOL     string   `parser:"@EOL"`
}

var parser = participle.MustBuild[gFile](
	participle.Lexer(definition{}),
	participle.UseLookahead(1),
)
