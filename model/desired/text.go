package desired

import (
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/source"
)

// Helpers for YAML values that hold native text (the words of a profile
// statement, a syslog rule, a verbatim block): where each line of the
// value starts in the YAML file, and its words with their positions.

// lines splits YAML source into its lines (for literal blocks, whose
// indentation yaml.v3 does not report).
func lines(data []byte) []string {
	return strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
}

// origin says where line i of a scalar's value starts in the YAML file:
// the line, and the column of the value line's first character. It is
// exact for literal blocks (|) and values on one line, and the node's
// own position for the other multi-line forms.
func (c *converter) origin(v *yaml.Node) func(i int) (line, col int) {
	base := v.Column
	if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		base++
	}
	if v.Style&yaml.LiteralStyle != 0 {
		indent := -1
		vl := strings.Split(v.Value, "\n")
		for i, l := range vl {
			if strings.TrimSpace(l) == "" {
				continue
			}
			ri := v.Line + i // 0-based index of YAML line v.Line+1+i
			if ri < len(c.raw) {
				raw := c.raw[ri]
				if strings.HasSuffix(raw, l) {
					indent = utf8.RuneCountInString(raw) - utf8.RuneCountInString(l)
				}
			}
			break
		}
		if indent >= 0 {
			return func(i int) (int, int) { return v.Line + 1 + i, indent + 1 }
		}
	}
	// One line, or a folded or multi-line flow value: at the node.
	return func(int) (int, int) { return v.Line, base }
}

// word is one blank-separated word of a value with its position.
type word struct {
	text      string
	line, col int
}

// valueWords splits a scalar's value into words (blanks and line ends separate
// them) with their positions in the YAML file.
func (c *converter) valueWords(v *yaml.Node) []word {
	at := c.origin(v)
	var out []word
	for i, l := range strings.Split(v.Value, "\n") {
		line, col := at(i)
		start, startCol := -1, 0
		for j, r := range l {
			if source.Blank(r) || r == '\r' {
				if start >= 0 {
					out = append(out, word{l[start:j], line, startCol})
					start = -1
				}
			} else if start < 0 {
				start, startCol = j, col
			}
			col++
		}
		if start >= 0 {
			out = append(out, word{l[start:], line, startCol})
		}
	}
	return out
}

// isTrue reports whether a scalar is the YAML boolean true (or has no
// value: `KEY:`), the forms of a parameter that takes no value.
func isTrue(v *yaml.Node) bool {
	if v.Kind != yaml.ScalarNode {
		return false
	}
	if v.ShortTag() == "!!null" {
		return true
	}
	return v.ShortTag() == "!!bool" && strings.EqualFold(v.Value, "true")
}

func isFalse(v *yaml.Node) bool {
	return v.Kind == yaml.ScalarNode && v.ShortTag() == "!!bool" && strings.EqualFold(v.Value, "false")
}

// placedComment is one line of a YAML comment as a native comment: its
// text after the comment mark, and where it stands (see placeComments).
type placedComment struct {
	text string
	span source.Span
}

// placeComments turns a YAML comment into native comment records on the
// lines before line, each at column 1 behind a one-character comment
// mark (';' in a profile, '#' in syslog.conf).
func placeComments(file, yc string, line int) []placedComment {
	ls := commentLines(yc)
	out := make([]placedComment, len(ls))
	for i, l := range ls {
		at := max(1, line-len(ls)+i)
		out[i] = placedComment{l, source.Span{File: file, Line: at, Col: 1, EndLine: at, EndCol: 2 + utf8.RuneCountInString(l)}}
	}
	return out
}

// noteEmpty notes a document that holds nothing (what, "statements" or
// "rules"), at its list or at the start of the file, unless it has errors
// (which say why).
func (c *converter) noteEmpty(list *yaml.Node, code, what string) {
	if c.diags.HasErrors() {
		return
	}
	at := source.FileStart(c.file)
	if list != nil {
		at = c.span(list)
	}
	c.diags.Add(at, source.Info, code, what, "")
}

// commentLines turns a YAML comment ("# a\n# b") into its lines without
// the '#'.
func commentLines(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		out = append(out, strings.TrimPrefix(l, "#"))
	}
	return out
}
