package syslog

import (
	"errors"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
	"github.com/zosnet/znet/grammar/plex"
)

// The participle grammar of one rule statement (IBM, IP Configuration
// Reference, syslogd "Rule configuration statement"):
//
//	rule      := selector { ";" [ selector ] } [ destination { option } ]
//	selector  := [ "(" hostspec ")" "." ] name { ( "." | "," ) name }
//	option    := "-" letter [ value ]
//
// A rule may span records when a record ends with ';' (see Parse); the
// tokens of all its records are parsed together. The grammar is
// deliberately loose about how many parts a selector has and which names
// they hold: build checks that with messages in syslogd's terms, so the
// parser only rejects what has no reading at all, and then only that rule.
// The tree is built from the tokens the grammar accepted.
type gRule struct {
	Selectors []string `parser:"( @Host Dot )? @Name ( ( Dot | Comma ) @Name )* ( Semi ( ( @Host Dot )? @Name ( ( Dot | Comma ) @Name )* )? )*"`
	Dest      string   `parser:"@Word?"`
	Options   []string `parser:"( @Flag @Word? )*"`
}

var parser = participle.MustBuild[gRule](
	participle.Lexer(definition),
	participle.UseLookahead(2),
)

// shape is the outcome of parsing a sequence of token types: whether the
// grammar accepts it, and if not, the index of the token it stopped at
// (len for the end).
type shape struct {
	ok bool
	at int
}

// Whether the grammar accepts a rule depends only on the types of its
// tokens, and real files repeat a few shapes of rule many times; the
// outcome of each shape is kept so that the grammar runs once per shape.
var (
	shapesMu sync.Mutex
	shapes   = map[string]shape{}
)

const maxShapes = 4096

// check runs the grammar on toks (through the cache of shapes). The error
// is for internal failures.
func check(toks []lexer.Token, eof lexer.Position) (shape, error) {
	var kb strings.Builder
	for _, t := range toks {
		kb.WriteByte(byte(-t.Type))
	}
	key := kb.String()
	shapesMu.Lock()
	s, hit := shapes[key]
	shapesMu.Unlock()
	if hit {
		return s, nil
	}
	pl, err := lexer.Upgrade(&plex.Slice{Toks: toks, EOF: eof})
	if err != nil {
		return shape{}, err
	}
	s = shape{ok: true}
	if _, err := parser.ParseFromLexer(pl); err != nil {
		var perr participle.Error
		if !errors.As(err, &perr) {
			return shape{}, err
		}
		s = shape{at: len(toks)}
		var ut *participle.UnexpectedTokenError
		if errors.As(err, &ut) {
			for i, t := range toks {
				if t.Pos.Offset == ut.Unexpected.Pos.Offset && t.Pos.Line == ut.Unexpected.Pos.Line && t.Type == ut.Unexpected.Type {
					s.at = i
					break
				}
			}
		}
	}
	shapesMu.Lock()
	if len(shapes) < maxShapes {
		shapes[key] = s
	}
	shapesMu.Unlock()
	return s, nil
}
