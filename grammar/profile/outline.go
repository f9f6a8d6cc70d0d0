package profile

// OStatement is the compact, user-facing view of a statement that
// `znet parse` prints: the statement it is, the keyword and arguments as
// written, its comments, and for a block the statements inside it.
type OStatement struct {
	Statement   string        `json:"statement,omitempty" yaml:"statement,omitempty"`
	Keyword     string        `json:"keyword" yaml:"keyword"`
	Args        []string      `json:"args,omitempty" yaml:"args,omitempty,flow"`
	At          string        `json:"at,omitempty" yaml:"at,omitempty"`
	Comments    []string      `json:"comments,omitempty" yaml:"comments,omitempty"`
	Inner       []string      `json:"innerComments,omitempty" yaml:"innerComments,omitempty"`
	Comment     string        `json:"comment,omitempty" yaml:"comment,omitempty"`
	Unknown     bool          `json:"unknown,omitempty" yaml:"unknown,omitempty"`
	Placeholder bool          `json:"placeholder,omitempty" yaml:"placeholder,omitempty"`
	Incomplete  bool          `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
	Block       []*OStatement `json:"block,omitempty" yaml:"block,omitempty"`
	End         string        `json:"end,omitempty" yaml:"end,omitempty"`
	EndComments []string      `json:"endComments,omitempty" yaml:"endComments,omitempty"`
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
	o := &OFile{File: f.Name, Kind: "profile", Comments: texts(f.Comments)}
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
		os := &OStatement{
			Statement: s.Name, Keyword: s.Tokens[0].Text,
			Comments: texts(s.Leading), Inner: texts(s.Inner),
			Unknown: s.Unknown, Placeholder: s.Placeholder, Incomplete: s.Incomplete,
		}
		for _, a := range s.Tokens[1:] {
			os.Args = append(os.Args, a.Text)
		}
		if s.Trailing != nil {
			os.Comment = s.Trailing.Text
		}
		if positions {
			os.At = s.Span().Range()
		}
		os.Block = outline(s.Body, positions)
		if len(s.End) > 0 {
			os.End = s.End[0].Text
		}
		os.EndComments = texts(s.EndComments)
		out[i] = os
	}
	return out
}
