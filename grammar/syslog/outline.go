package syslog

// OSelector is the outline of a selector: its parts by name.
type OSelector struct {
	Host     string `json:"host,omitempty" yaml:"host,omitempty"`
	User     string `json:"user,omitempty" yaml:"user,omitempty"`
	Job      string `json:"job,omitempty" yaml:"job,omitempty"`
	Facility string `json:"facility" yaml:"facility"`
	Priority string `json:"priority" yaml:"priority"`
}

// ORule is the outline of a rule that `znet parse` prints.
type ORule struct {
	Selectors   []OSelector `json:"selectors" yaml:"selectors,flow"`
	Text        string      `json:"text,omitempty" yaml:"text,omitempty"`
	Destination string      `json:"destination,omitempty" yaml:"destination,omitempty"`
	Kind        string      `json:"kind,omitempty" yaml:"kind,omitempty"`
	Options     []string    `json:"options,omitempty" yaml:"options,omitempty,flow"`
	At          string      `json:"at,omitempty" yaml:"at,omitempty"`
	Comments    []string    `json:"comments,omitempty" yaml:"comments,omitempty"`
	Comment     []string    `json:"comment,omitempty" yaml:"comment,omitempty"`
	Incomplete  bool        `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
}

// OStatement is the outline of a global statement.
type OStatement struct {
	Keyword  string   `json:"keyword" yaml:"keyword"`
	Values   []string `json:"values,omitempty" yaml:"values,omitempty,flow"`
	At       string   `json:"at,omitempty" yaml:"at,omitempty"`
	Comments []string `json:"comments,omitempty" yaml:"comments,omitempty"`
}

// OFile is the outline of a file.
type OFile struct {
	File       string        `json:"file" yaml:"file"`
	Kind       string        `json:"kind" yaml:"kind"`
	Rules      []*ORule      `json:"rules" yaml:"rules"`
	Statements []*OStatement `json:"statements,omitempty" yaml:"statements,omitempty"`
	Comments   []string      `json:"comments,omitempty" yaml:"comments,omitempty"`
}

// Outline is the compact view `znet parse` prints.
func (f *File) Outline(positions bool) any {
	o := &OFile{File: f.Name, Kind: "syslog", Rules: []*ORule{}, Comments: texts(f.Comments)}
	for _, r := range f.Rules {
		or := &ORule{Comments: texts(r.Leading), Comment: texts(r.Trailing), Incomplete: r.Incomplete, Selectors: []OSelector{}, Text: r.Text}
		for _, s := range r.Selectors {
			os := OSelector{Priority: s.Priority.Text}
			if s.Host != nil {
				os.Host = s.Host.Text
			}
			if s.User != nil {
				os.User = s.User.Text
			}
			if s.Job != nil {
				os.Job = s.Job.Text
			}
			for i, fa := range s.Facilities {
				if i > 0 {
					os.Facility += ","
				}
				os.Facility += fa.Text
			}
			or.Selectors = append(or.Selectors, os)
		}
		if r.Dest != nil {
			or.Destination, or.Kind = r.Dest.Text, r.Dest.Kind
		}
		for _, op := range r.Options {
			s := op.Flag.Text
			if op.Value != nil {
				s += " " + op.Value.Text
			}
			or.Options = append(or.Options, s)
		}
		if positions {
			or.At = r.Span.Range()
		}
		o.Rules = append(o.Rules, or)
	}
	for _, s := range f.Statements {
		os := &OStatement{Keyword: s.Keyword.Text, Comments: texts(s.Leading)}
		for _, v := range s.Values {
			os.Values = append(os.Values, v.Text)
		}
		if positions {
			os.At = s.Span.Range()
		}
		o.Statements = append(o.Statements, os)
	}
	return o
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
