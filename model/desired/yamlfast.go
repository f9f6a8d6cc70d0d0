package desired

import (
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// fastYAML reads a document written in a common subset of block-style
// YAML several times faster than yaml.v3. When ok is true, root is the
// tree yaml.Unmarshal gives for the document, comments aside (Kind,
// Style, Tag, Value, Line and Column of every node); when the document
// uses anything outside the subset, or anything invalid, ok is false and
// the caller reads it with yaml.v3, which gives its tree or its error.
//
// The subset:
//   - block mappings and block sequences nested by indentation with
//     spaces, entries `- node` holding compact sequences and mappings
//     (`- - a`, `- k: v`), a sequence as a mapping value at the key's
//     own indentation;
//   - keys that are plain, single- or double-quoted scalars;
//   - scalars on one line: plain, single-quoted (a quote doubled inside
//     stands for one), double-quoted without escapes, and flow
//     sequences of such scalars (`[a, 'b']`);
//   - empty values (null), comments, blank lines, LF or CRLF line ends.
//
// It declines everything else: anchors, aliases and tags, directives and
// document markers, block scalars, scalars over several lines, complex
// keys, flow mappings and nested flow collections, backslash escapes,
// tabs, a BOM, control characters, line ends but LF and CRLF, and plain
// scalars whose tag it cannot be sure of (see plainTag).
//
// The Values of the tree are substrings of one copy of the document.
func fastYAML(data []byte) (root *yaml.Node, ok bool) {
	ascii, ok := plainText(data)
	if !ok {
		return nil, false
	}
	p := &fastParser{src: string(data), ascii: ascii}
	defer func() {
		if r := recover(); r != nil {
			if r != errDecline && fastStrict {
				panic(r)
			}
			root, ok = nil, false
		}
	}()
	return p.document(), true
}

// errDecline is what the reader panics with when it declines a document;
// fastYAML recovers it.
//
// Any other panic is a bug in the reader: for a user the document is
// then read by yaml.v3 as if it were declined, while the package's tests
// set fastStrict so that the bug shows.
var errDecline = &struct{ string }{"fast YAML reader declines"}

var fastStrict = false

// maxDepth is the deepest nesting of collections the reader accepts.
const maxDepth = 1000

// maxKey is the longest key the reader accepts, in bytes: yaml.v3 takes
// nothing over 1024 characters for an implicit key.
const maxKey = 1000

// fastParser reads a document line by line. It stands on one line at a
// time: the next one holding content once the nodes of the previous one
// are read.
type fastParser struct {
	src   string
	ascii bool // every byte of src is ASCII, so columns count bytes

	line   int // the current line's number, 1-based
	start  int // where the current line begins in src
	end    int // where its text ends, before its LF or CR LF
	next   int // where the line after it begins
	indent int // the spaces before its text; -1 past the last line

	// The last column col counted: at offset colOff of line colLine.
	colLine, colOff, colN int

	depth int              // nodes being read, one in another
	stack []*yaml.Node     // children of the open collections
	nodes slab[yaml.Node]  // storage of the nodes
	ptrs  slab[*yaml.Node] // storage of the collections' Content
}

// decline abandons the document.
func (p *fastParser) decline() {
	panic(errDecline)
}

// document reads the whole document: an empty one (only blanks and
// comments) is the zero node, as yaml.v3 gives it.
func (p *fastParser) document() *yaml.Node {
	p.advance()
	if p.indent < 0 {
		return &yaml.Node{}
	}
	top := p.node(p.start + p.indent)
	if p.indent >= 0 {
		// More content after the top node (after a scalar, or less
		// indented than a collection): yaml.v3 fails, or ignores it.
		p.decline()
	}
	return &yaml.Node{Kind: yaml.DocumentNode, Line: top.Line, Column: top.Column, Content: []*yaml.Node{top}}
}

// advance moves to the next line holding content (not blank, not only a
// comment), or past the end of the document (indent -1).
func (p *fastParser) advance() {
	for p.next < len(p.src) {
		p.start = p.next
		p.line++
		if nl := strings.IndexByte(p.src[p.start:], '\n'); nl >= 0 {
			p.end, p.next = p.start+nl, p.start+nl+1
		} else {
			p.end, p.next = len(p.src), len(p.src)
		}
		if p.end > p.start && p.src[p.end-1] == '\r' {
			p.end-- // plainText let no CR through but before LF
		}
		i := p.spaces(p.start)
		if i == p.end || p.src[i] == '#' {
			continue
		}
		if i == p.start && (strings.HasPrefix(p.src[i:p.end], "---") || strings.HasPrefix(p.src[i:p.end], "...")) {
			p.decline() // a document marker
		}
		p.indent = i - p.start
		return
	}
	p.indent = -1
}

// spaces returns the offset of the first byte from i on that is not a
// space, or the line's end.
func (p *fastParser) spaces(i int) int {
	for i < p.end && p.src[i] == ' ' {
		i++
	}
	return i
}

// col is the 1-based column of offset i of the current line, counted in
// characters as yaml.v3 counts it. Nodes are made from left to right, so
// in a document that is not all ASCII it counts on from the last column
// it gave on the line (a long line of many nodes costs no more).
func (p *fastParser) col(i int) int {
	if p.ascii {
		return i - p.start + 1
	}
	if p.colLine != p.line || i < p.colOff {
		p.colLine, p.colOff, p.colN = p.line, p.start, 1
	}
	p.colN += utf8.RuneCountInString(p.src[p.colOff:i])
	p.colOff = i
	return p.colN
}

// newNode makes a node at offset i of the current line.
func (p *fastParser) newNode(kind yaml.Kind, tag, value string, i int) *yaml.Node {
	n := &p.nodes.take(1)[0]
	n.Kind, n.Tag, n.Value, n.Line, n.Column = kind, tag, value, p.line, p.col(i)
	return n
}

// children returns the nodes pushed on the stack since it held base
// nodes, as a collection's Content, and pops them.
func (p *fastParser) children(base int) []*yaml.Node {
	c := p.ptrs.take(len(p.stack) - base)
	copy(c, p.stack[base:])
	p.stack = p.stack[:base]
	return c
}

// isEntry reports whether a block sequence entry ("- " or a lone "-")
// begins at offset i of the current line.
func (p *fastParser) isEntry(i int) bool {
	return p.src[i] == '-' && (i+1 == p.end || p.src[i+1] == ' ')
}

// node reads the node that begins at offset i of the current line, where
// a block collection may begin: at the start of the line's text, or
// after a sequence entry's "- ". It leaves the parser on the line after
// the node, whose indentation the caller checks.
func (p *fastParser) node(i int) *yaml.Node {
	if p.depth++; p.depth > maxDepth {
		p.decline()
	}
	defer func() { p.depth-- }()
	if p.isEntry(i) {
		return p.sequence(i)
	}
	n, key, after := p.inline(i)
	if key {
		return p.mapping(i, n, after)
	}
	p.advance()
	return n
}

// sequence reads a block sequence whose first entry's '-' is at offset i
// of the current line.
func (p *fastParser) sequence(i int) *yaml.Node {
	indent := i - p.start
	seq := p.newNode(yaml.SequenceNode, "!!seq", "", i)
	base := len(p.stack)
	for {
		p.stack = append(p.stack, p.entry(i, indent))
		if p.indent != indent || !p.isEntry(p.start+indent) {
			break
		}
		i = p.start + indent
	}
	p.endOfBlock(indent)
	seq.Content = p.children(base)
	return seq
}

// entry reads the node of the sequence entry whose '-' is at offset i of
// the current line; indent is the sequence's.
func (p *fastParser) entry(i, indent int) *yaml.Node {
	j := p.spaces(i + 1)
	if j < p.end && p.src[j] != '#' {
		return p.node(j)
	}
	// Nothing after the '-' on its line: the node is on the next lines,
	// more indented, or it is null, placed just after the '-'.
	null := p.newNode(yaml.ScalarNode, "!!null", "", i+1)
	p.advance()
	if p.indent > indent {
		return p.node(p.start + p.indent)
	}
	return null
}

// mapping reads a block mapping whose first key, key, begins at offset i
// of the current line and whose ':' ends before offset after.
func (p *fastParser) mapping(i int, key *yaml.Node, after int) *yaml.Node {
	indent := i - p.start
	m := p.newNode(yaml.MappingNode, "!!map", "", i)
	base := len(p.stack)
	for {
		p.stack = append(p.stack, key)
		p.stack = append(p.stack, p.value(after, indent))
		if p.indent != indent {
			break
		}
		var isKey bool
		key, isKey, after = p.inline(p.start + indent)
		if !isKey {
			p.decline() // a line of the mapping that is no key
		}
	}
	p.endOfBlock(indent)
	m.Content = p.children(base)
	return m
}

// endOfBlock checks the line after a block collection of the given
// indentation: a line indented more would continue the last scalar over
// several lines, or be an error.
func (p *fastParser) endOfBlock(indent int) {
	if p.indent > indent {
		p.decline()
	}
}

// value reads the value of a mapping entry whose ':' ends before offset
// after of the current line; indent is the mapping's.
func (p *fastParser) value(after, indent int) *yaml.Node {
	j := p.spaces(after)
	if j < p.end && p.src[j] != '#' {
		n, key, _ := p.inline(j)
		if key {
			p.decline() // `a: b: c`
		}
		p.advance()
		return n
	}
	// Nothing after the ':' on its line: the value is on the next lines,
	// more indented or a sequence at the key's indentation, or it is
	// null, placed just after the ':'.
	null := p.newNode(yaml.ScalarNode, "!!null", "", after)
	p.advance()
	switch {
	case p.indent > indent:
		return p.node(p.start + p.indent)
	case p.indent == indent && p.isEntry(p.start+indent):
		return p.sequence(p.start + indent)
	}
	return null
}

// inline reads the scalar or flow sequence at offset i of the current
// line and checks the rest of the line: when a ':' follows, the scalar
// is a mapping key and after is the offset past the ':'; otherwise only
// spaces or a comment may follow.
func (p *fastParser) inline(i int) (n *yaml.Node, key bool, after int) {
	var end int
	switch p.src[i] {
	case '\'', '"':
		n, end = p.quoted(i)
	case '[':
		n, end = p.flowSequence(i)
	default:
		n, end = p.plain(i)
	}
	j := p.spaces(end)
	switch {
	case j == p.end:
		return n, false, j
	case p.src[j] == '#' && j > end:
		return n, false, j
	case p.src[j] == ':' && (j+1 == p.end || p.src[j+1] == ' '):
		if n.Kind != yaml.ScalarNode || j-i > maxKey {
			p.decline()
		}
		return n, true, j + 1
	}
	p.decline()
	return
}

// plain reads the plain scalar at offset i of the current line, in block
// context: it ends at the line's end, before a ':' followed by a space
// or the line's end, or before a " #" comment, without its trailing
// spaces. It returns the scalar and the offset of its end.
func (p *fastParser) plain(i int) (*yaml.Node, int) {
	if !p.plainStart(i) {
		p.decline()
	}
	j := i
scan:
	for ; j < p.end; j++ {
		switch p.src[j] {
		case ':':
			if j+1 == p.end || p.src[j+1] == ' ' {
				break scan
			}
		case '#':
			if p.src[j-1] == ' ' {
				break scan
			}
		}
	}
	return p.plainNode(i, j)
}

// flowPlain reads a plain scalar inside a flow sequence, starting at
// offset i of the current line: it ends before a ',' or ']', without its
// trailing spaces. What could make it something else in flow context (a
// key, a comment, a nested collection) is declined.
func (p *fastParser) flowPlain(i int) (*yaml.Node, int) {
	if !p.plainStart(i) {
		p.decline()
	}
	j := i
	for ; j < p.end && p.src[j] != ',' && p.src[j] != ']'; j++ {
		switch p.src[j] {
		case '[', '{', '}', '?':
			p.decline()
		case ':':
			if j+1 == p.end || strings.IndexByte(" ,[]{}", p.src[j+1]) >= 0 {
				p.decline() // a key, or what yaml.v3 reads its own way
			}
		case '#':
			if p.src[j-1] == ' ' {
				p.decline() // a comment
			}
		}
	}
	return p.plainNode(i, j)
}

// plainStart reports whether a plain scalar may start at offset i of the
// current line: not at an indicator, but at a '-' that is followed by a
// letter, a digit or a '.' (as in -1).
func (p *fastParser) plainStart(i int) bool {
	c := p.src[i]
	if c == '-' {
		return i+1 < p.end && (isAlnum(p.src[i+1]) || p.src[i+1] == '.')
	}
	return !strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(c))
}

// plainNode makes the node of the plain scalar src[i:j], trailing spaces
// dropped, and returns it with the offset of its end.
func (p *fastParser) plainNode(i, j int) (*yaml.Node, int) {
	for p.src[j-1] == ' ' {
		j--
	}
	tag, ok := plainTag(p.src[i:j])
	if !ok {
		p.decline()
	}
	return p.newNode(yaml.ScalarNode, tag, p.src[i:j], i), j
}

// quoted reads the single- or double-quoted scalar whose opening quote
// is at offset i of the current line, which must also hold its closing
// quote. A double-quoted scalar with an escape is declined. It returns
// the scalar and the offset after the closing quote.
func (p *fastParser) quoted(i int) (*yaml.Node, int) {
	q := p.src[i]
	text := p.src[i+1 : p.end]
	style := yaml.DoubleQuotedStyle
	var value string
	var n int // the length of the text up to the closing quote
	if q == '"' {
		n = strings.IndexByte(text, '"')
		if n < 0 || strings.IndexByte(text[:n], '\\') >= 0 {
			p.decline()
		}
		value = text[:n]
	} else {
		style = yaml.SingleQuotedStyle
		n = singleQuoteEnd(text)
		if n < 0 {
			p.decline()
		}
		value = text[:n]
		if strings.Contains(value, "''") {
			value = strings.ReplaceAll(value, "''", "'")
		}
	}
	node := p.newNode(yaml.ScalarNode, "!!str", value, i)
	node.Style = style
	return node, i + 1 + n + 1
}

// singleQuoteEnd returns the index of the quote that closes a
// single-quoted text (where a doubled quote stands for one), or -1.
func singleQuoteEnd(text string) int {
	for k := 0; ; {
		j := strings.IndexByte(text[k:], '\'')
		if j < 0 {
			return -1
		}
		k += j
		if k+1 < len(text) && text[k+1] == '\'' {
			k += 2
			continue
		}
		return k
	}
}

// flowSequence reads the flow sequence of scalars whose '[' is at offset
// i of the current line, which must also hold its ']'. It returns the
// sequence and the offset after the ']'.
func (p *fastParser) flowSequence(i int) (*yaml.Node, int) {
	seq := p.newNode(yaml.SequenceNode, "!!seq", "", i)
	seq.Style = yaml.FlowStyle
	j := p.spaces(i + 1)
	if j < p.end && p.src[j] == ']' {
		return seq, j + 1 // empty: Content stays nil, as in yaml.v3
	}
	base := len(p.stack)
	for {
		if j == p.end {
			p.decline() // the sequence goes on on the next line
		}
		var n *yaml.Node
		if c := p.src[j]; c == '\'' || c == '"' {
			n, j = p.quoted(j)
		} else {
			n, j = p.flowPlain(j)
		}
		p.stack = append(p.stack, n)
		j = p.spaces(j)
		switch {
		case j < p.end && p.src[j] == ']':
			seq.Content = p.children(base)
			return seq, j + 1
		case j < p.end && p.src[j] == ',':
			j = p.spaces(j + 1)
			if j < p.end && p.src[j] == ']' {
				p.decline() // a trailing comma
			}
		default:
			p.decline()
		}
	}
}

// plainTag returns the tag yaml.v3 resolves a plain scalar to, or false
// when the reader is not sure of it. yaml.v3 resolves plain scalars its
// own way, partly YAML 1.1 (On and yes are strings, but 012 is octal and
// 2001-12-14 a timestamp): only the forms checked against it are
// resolved here.
func plainTag(s string) (string, bool) {
	switch s {
	case "~", "null", "Null", "NULL":
		return "!!null", true
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool", true
	case "<<":
		return "", false // a merge key
	}
	if c := s[0]; c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9' {
		return numericTag(s)
	}
	return "!!str", true
}

// numericTag returns the tag of a plain scalar that starts like a number
// (with a sign, a digit or a '.'), or false. Decimal integers of up to
// 18 digits (which fit in an int64) are !!int. Strings that no number or timestamp can match
// are !!str: a date-like start (four digits and '-') without the second
// '-' of a date, or a character, a sign or a second '.' that no integer
// or float holds where it stands. Everything else (floats, octal,
// hexadecimal and binary integers, '_' separators, timestamps,
// infinities) is declined.
func numericTag(s string) (string, bool) {
	if isDecimal(s) {
		return "!!int", true
	}
	if len(s) > 4 && allDigits(s[:4]) && s[4] == '-' {
		// yaml.v3 tries a timestamp (2001-12-14...) first.
		if !strings.Contains(s[5:], "-") {
			return "!!str", true
		}
		return "", false
	}
	n := strings.ReplaceAll(s, "_", "") // as yaml.v3 reads numbers
	unsigned := strings.TrimLeft(n, "+-")
	switch {
	case len(unsigned) >= 2 && unsigned[0] == '0' && strings.ContainsRune("xXoObB", rune(unsigned[1])):
		return "", false // a base prefix: 0x1F, 0o17, 0b101
	case len(unsigned) >= 2 && unsigned[0] == '.' && isLetter(unsigned[1]):
		return "", false // .inf, .nan
	case strings.Trim(n, "0123456789+-.eE") != "":
		return "!!str", true // a character no decimal number holds
	case misplacedSign(n):
		return "!!str", true
	case strings.Count(n, ".") >= 2:
		return "!!str", true // as in an IP address
	}
	return "", false
}

// misplacedSign reports whether s holds a '+' or '-' that is neither its
// first character nor follows an exponent's 'e'.
func misplacedSign(s string) bool {
	for i := 1; i < len(s); i++ {
		if (s[i] == '+' || s[i] == '-') && s[i-1] != 'e' && s[i-1] != 'E' {
			return true
		}
	}
	return false
}

// isDecimal reports whether s is a decimal integer of at most 18 digits,
// with an optional sign and no leading zero.
func isDecimal(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return s == "0" || len(s) >= 1 && len(s) <= 18 && s[0] != '0' && allDigits(s)
}

// allDigits reports whether every byte of s is a decimal digit.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || isLetter(c)
}

// plainText checks the characters of the document: printable, valid
// UTF-8, lines ended by LF or CR LF, no tab, no BOM. ascii reports
// whether every byte is ASCII. Non-ASCII characters are taken from the
// Basic Multilingual Plane only, but for line and paragraph separators
// and U+FEFF, which yaml.v3 treats apart.
func plainText(data []byte) (ascii, ok bool) {
	ascii = true
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c >= 0x20 && c < 0x7f || c == '\n':
			i++
		case c == '\r' && i+1 < len(data) && data[i+1] == '\n':
			i += 2
		case c < utf8.RuneSelf:
			return false, false // a control character, a tab or a lone CR
		default:
			r, size := utf8.DecodeRune(data[i:])
			if size < 2 || !(r >= 0xa0 && r <= 0xd7ff || r >= 0xe000 && r <= 0xfffd) || r == 0x2028 || r == 0x2029 || r == 0xfeff {
				return false, false
			}
			ascii = false
			i += size
		}
	}
	return ascii, true
}

// slab hands out values from chunks, so that a document's many nodes
// cost a few allocations. Chunks grow from 16 values to 4096, so a small
// document does not cost a big chunk.
type slab[T any] struct {
	free []T
	size int
}

// take returns k zero values.
func (s *slab[T]) take(k int) []T {
	if len(s.free) < k {
		s.size = min(max(2*s.size, 16), 4096)
		s.free = make([]T, max(k, s.size))
	}
	out := s.free[:k:k]
	s.free = s.free[k:]
	return out
}
