package pagent

import "github.com/zosnet/znet/grammar/source"

// OStatement is the compact, user-facing view of a statement that
// `znet parse` prints: keyword, values, nested statements and comments,
// with positions only when asked for.
type OStatement struct {
	Keyword    string        `json:"keyword" yaml:"keyword"`
	Values     []string      `json:"values,omitempty" yaml:"values,omitempty,flow"`
	At         string        `json:"at,omitempty" yaml:"at,omitempty"`
	Comments   []string      `json:"comments,omitempty" yaml:"comments,omitempty"`
	Comment    string        `json:"comment,omitempty" yaml:"comment,omitempty"`
	Incomplete bool          `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
	Block      []*OStatement `json:"block,omitempty" yaml:"block,omitempty"`
	BlockEnd   []string      `json:"blockComments,omitempty" yaml:"blockComments,omitempty"`
	// Empty is true for a block with nothing in it, so that "{ }" is
	// not confused with a one-record statement.
	Empty bool `json:"emptyBlock,omitempty" yaml:"emptyBlock,omitempty"`
}

// OFile is the outline of a file.
type OFile struct {
	File       string        `json:"file" yaml:"file"`
	Kind       string        `json:"kind" yaml:"kind"`
	Statements []*OStatement `json:"statements" yaml:"statements"`
	Comments   []string      `json:"comments,omitempty" yaml:"comments,omitempty"`
}

func texts(cs []Comment) []string {
	if len(cs) == 0 {
		return nil
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Text
	}
	return out
}

// Outline returns the compact view of f.
func (f *File) Outline(positions bool) any {
	o := &OFile{File: f.Name, Kind: "pagent", Comments: texts(f.Comments)}
	o.Statements = outline(f.Statements, positions)
	if o.Statements == nil {
		o.Statements = []*OStatement{}
	}
	return o
}

func outline(list []*Statement, positions bool) []*OStatement {
	if len(list) == 0 {
		return nil
	}
	out := make([]*OStatement, len(list))
	for i, s := range list {
		os := &OStatement{Keyword: s.Keyword.Text, Comments: texts(s.Leading), Incomplete: s.Incomplete}
		for _, v := range s.Values {
			os.Values = append(os.Values, v.Text)
		}
		if s.Trailing != nil {
			os.Comment = s.Trailing.Text
		}
		if positions {
			os.At = s.Span.Range()
		}
		if s.Block != nil {
			os.Block = outline(s.Block.Statements, positions)
			os.BlockEnd = texts(s.Block.Comments)
			os.Empty = len(s.Block.Statements) == 0
		}
		out[i] = os
	}
	return out
}

// Diags returns the file's diagnostics.
func (f *File) Diags() source.Diagnostics { return f.Diagnostics }
