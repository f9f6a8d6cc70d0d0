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
// statement) is built afterwards by the builder, which recovers from a
// mistake at the next record and so reports every error in a file instead
// of stopping at the first, with messages in Policy Agent's terms.
//
// A record of more than maxPieceItems words and braces reaches the grammar
// in pieces, each but the last ended by Cont.
//
// The grammar captures nothing: participle hands the tokens it matched,
// positions included, to the builder in gFile.Tokens, and the builder cuts
// them into records at each End. A capture, or a struct per record, would
// cost allocations per record in participle, and participle is most of
// the time a parse of a million records takes as it is.
type gFile struct {
	// Tokens is filled by participle with every token it matched (Parse
	// runs the grammar on chunks of whole records).
	Tokens []lexer.Token
	// Records are the records of the file: items (words and braces) in
	// any order, then the end of the record (its comment, which runs to
	// the end of the record, or nothing); Cont ends a piece of a long
	// record.
	Records struct{} `parser:"( Item* ( End | Cont ) )*"`
}

var parser = participle.MustBuild[gFile](
	participle.Lexer(definition{}),
	participle.UseLookahead(1),
)
