package desired

import (
	"bytes"
	"regexp"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/model"
)

// parseYAML reads a YAML document into its node tree. It first tries
// fastYAML, a reader of the common subset of block-style YAML that
// znet's own documents use (what Marshal writes, and most hand-written
// files); it gives exactly the tree yaml.v3 gives, comments aside (the
// loader reads no comments), or declines the document, never an error
// of its own. Tests compare both readers on every YAML file of the
// repository and on generated and fuzzed documents.
//
// A declined document is read by yaml.v3: small documents, and
// documents using what a split could break, in one piece. A large policy
// document (tens of megabytes for tens of thousands of rules, where
// yaml.v3 reads about 15 MB a second) is read on every CPU: its
// top-level statement kinds are mappings of object name to body, so the
// objects of a kind can be cut into runs at the records where an
// object's name stands, each run read on its own as an indented mapping
// (by fastYAML when it can, else by yaml.v3), and the runs joined. The
// tree is the one a whole read gives, comments aside; a test compares
// both on every YAML file of the repository and on generated and fuzzed
// documents.
//
// A document is only cut when nothing in it can span a cut: no anchors,
// aliases or tags (& * !), no directives or document markers, no tab
// indentation, no line ends but LF and CRLF, every quote and bracket closed on its record, each kind
// written as `Kind:` on a record of its own with its objects in one
// column below it. Anything else, and any error in a piece, reads the
// document whole, so errors are always yaml.v3's own, at their place.
func parseYAML(data []byte) (*yaml.Node, error) {
	if root, ok := fastYAML(data); ok {
		return root, nil
	}
	if len(data) >= splitMin {
		if root, ok := parseSplit(data); ok {
			return root, nil
		}
	}
	var root yaml.Node
	err := yaml.Unmarshal(data, &root)
	return &root, err
}

// splitMin is the size below which a document is always read whole, and
// splitPiece the least bytes of one piece (variables for the tests, which
// cut small documents).
var (
	splitMin   = 1 << 20
	splitPiece = 256 << 10
)

// kindHeader is a top-level key on a record of its own: `TTLSRule:`,
// with an optional comment.
var kindHeader = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*:[ ]*(#.*)?$`)

// piece is a run of records read on its own: a whole top-level section,
// a section's header, or a run of a section's objects.
type piece struct {
	start, end int // byte offsets
	line       int // the first record's line number, 1-based
	section    int
	part       int // whole, header or objects
	root       *yaml.Node
	err        error
}

const (
	partWhole = iota
	partHeader
	partObjects
)

// parseSplit cuts and reads the document; ok is false when it reads the
// document whole instead.
func parseSplit(data []byte) (*yaml.Node, bool) {
	pieces, ok := cut(data)
	if !ok {
		return nil, false
	}
	model.ForRuns(model.Runs(len(pieces), 1), len(pieces), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			p := &pieces[i]
			// Each piece by the fast reader if it can: one piece it
			// declines does not send the others to yaml.v3.
			if root, ok := fastYAML(data[p.start:p.end]); ok {
				p.root = root
				continue
			}
			var n yaml.Node
			p.err = yaml.Unmarshal(data[p.start:p.end], &n)
			p.root = &n
		}
	})
	top := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	var value *yaml.Node // the mapping of the section whose objects are being joined
	for i := range pieces {
		p := &pieces[i]
		// Each piece must read as a block mapping, a whole section or a
		// header as one key: what reads otherwise on its own may read
		// differently, or not at all, in the document.
		if p.err != nil || len(p.root.Content) != 1 || p.root.Content[0].Kind != yaml.MappingNode || p.root.Content[0].Style&yaml.FlowStyle != 0 {
			return nil, false
		}
		if p.part != partObjects && len(p.root.Content[0].Content) != 2 {
			return nil, false
		}
		shift(p.root, p.line-1)
		m := p.root.Content[0]
		switch p.part {
		case partWhole:
			top.Content = append(top.Content, m.Content...)
		case partHeader:
			value = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			top.Content = append(top.Content, m.Content[0], value)
		case partObjects:
			if value.Line == 0 {
				value.Line, value.Column = m.Line, m.Column
			}
			value.Content = append(value.Content, m.Content...)
		}
	}
	if len(top.Content) == 0 {
		return nil, false
	}
	top.Line, top.Column = top.Content[0].Line, top.Content[0].Column
	return &yaml.Node{Kind: yaml.DocumentNode, Line: top.Line, Column: top.Column, Content: []*yaml.Node{top}}, true
}

// shift adds n to the line of every node of the tree.
func shift(n *yaml.Node, by int) {
	if by == 0 {
		return
	}
	n.Line += by
	for _, c := range n.Content {
		shift(c, by)
	}
}

// record is one line of the document.
type record struct {
	start, end int // the line without its line end
	indent     int
	content    bool // not blank, not a comment
}

// cut finds the pieces, or says the document cannot be cut.
func cut(data []byte) ([]piece, bool) {
	// Records end at LF (or CRLF). yaml.v3 also ends lines at a lone CR
	// and at NEL, LS and PS: a document with those is read whole.
	for i := bytes.IndexByte(data, '\r'); i >= 0; i = nextCR(data, i) {
		if i+1 >= len(data) || data[i+1] != '\n' {
			return nil, false
		}
	}
	for _, br := range []string{"\u0085", "\u2028", "\u2029"} {
		if bytes.Contains(data, []byte(br)) {
			return nil, false
		}
	}
	recs := make([]record, 0, bytes.Count(data, []byte("\n"))+1)
	for off := 0; off < len(data); {
		end := bytes.IndexByte(data[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end, next = len(data)-off, len(data)
		}
		line := bytes.TrimSuffix(data[off:off+end], []byte("\r"))
		r := record{start: off, end: off + len(line)}
		body := bytes.TrimLeft(line, " ")
		r.indent = len(line) - len(body)
		switch {
		case len(body) == 0:
		case body[0] == '#':
		case body[0] == '\t':
			return nil, false
		default:
			if r.indent == 0 && (body[0] == '%' || bytes.HasPrefix(body, []byte("---")) || bytes.HasPrefix(body, []byte("..."))) {
				return nil, false
			}
			if bytes.ContainsAny(body, "&*!\t") || !closed(body) {
				return nil, false
			}
			r.content = true
		}
		recs = append(recs, r)
		off = next
	}
	// Sections: from one top-level key to the next.
	var pieces []piece
	section := 0
	for i := 0; i < len(recs); {
		if !recs[i].content {
			i++
			continue
		}
		if c := data[recs[i].start]; recs[i].indent != 0 || !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '"' || c == '\'') {
			// Not a block mapping at the left margin with plain or quoted
			// keys (a sequence, complex keys, an empty key…).
			return nil, false
		}
		j := i + 1
		for j < len(recs) && (!recs[j].content || recs[j].indent > 0) {
			j++
		}
		section++
		pieces = append(pieces, sectionPieces(data, recs, i, j, section)...)
		i = j
	}
	if len(pieces) < 2 {
		return nil, false
	}
	return pieces, true
}

// nextCR returns the index of the next CR after i, or -1.
func nextCR(data []byte, i int) int {
	j := bytes.IndexByte(data[i+1:], '\r')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// sectionPieces cuts the section of records i..j-1: into its header and
// runs of its objects when it is a kind with many objects in one column,
// or leaves it whole.
func sectionPieces(data []byte, recs []record, i, j, section int) []piece {
	whole := []piece{{start: recs[i].start, end: end(recs, j), line: i + 1, section: section, part: partWhole}}
	if end(recs, j)-recs[i].start < 2*splitPiece || !kindHeader.Match(data[recs[i].start:recs[i].end]) {
		return whole
	}
	col := -1
	var starts []int // records where an object begins
	for k := i + 1; k < j; k++ {
		r := recs[k]
		if !r.content {
			continue
		}
		if col < 0 {
			col = r.indent
			if data[r.start+r.indent] == '-' || data[r.start+r.indent] == '?' {
				return whole // a sequence, or a complex key
			}
		}
		switch {
		case r.indent < col:
			return whole
		case r.indent == col:
			starts = append(starts, k)
		}
	}
	if len(starts) < 2 {
		return whole
	}
	out := []piece{{start: recs[i].start, end: recs[i].end, line: i + 1, section: section, part: partHeader}}
	from := starts[0]
	for n, k := range starts[1:] {
		last := n+2 == len(starts)
		if recs[k].start-recs[from].start >= splitPiece && end(recs, j)-recs[k].start >= splitPiece/2 {
			out = append(out, piece{start: recs[from].start, end: recs[k].start, line: from + 1, section: section, part: partObjects})
			from = k
		}
		if last {
			out = append(out, piece{start: recs[from].start, end: end(recs, j), line: from + 1, section: section, part: partObjects})
		}
	}
	return out
}

// end is the offset where record j begins (the end of the data after the
// last record).
func end(recs []record, j int) int {
	if j < len(recs) {
		return recs[j].start
	}
	return recs[len(recs)-1].end
}

// closed reports whether every quote and bracket opened on the record is
// closed on it. It is deliberately simple: a '#' comment is counted as
// text, so a quote in a comment makes the document be read whole, never
// cut wrongly.
func closed(b []byte) bool {
	depth := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			k := i + 1
			for k < len(b) && b[k] != '"' {
				if b[k] == '\\' {
					k++
				}
				k++
			}
			if k >= len(b) {
				return false
			}
			i = k
		case '\'':
			k := i + 1
			for k < len(b) {
				if b[k] == '\'' {
					if k+1 < len(b) && b[k+1] == '\'' {
						k += 2
						continue
					}
					break
				}
				k++
			}
			if k >= len(b) {
				return false
			}
			i = k
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		}
	}
	return depth == 0
}
