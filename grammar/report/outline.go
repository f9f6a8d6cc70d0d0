package report

// OField is the outline of a field that `znet parse` prints.
type OField struct {
	Key    string    `json:"key" yaml:"key"`
	Value  string    `json:"value,omitempty" yaml:"value,omitempty"`
	At     string    `json:"at,omitempty" yaml:"at,omitempty"`
	Fields []*OField `json:"fields,omitempty" yaml:"fields,omitempty"`
	Items  []string  `json:"items,omitempty" yaml:"items,omitempty"`
	Tables []*OTable `json:"tables,omitempty" yaml:"tables,omitempty"`
}

// OTable is the outline of a table.
type OTable struct {
	Header []string `json:"header" yaml:"header,flow"`
	Rows   []*ORow  `json:"rows,omitempty" yaml:"rows,omitempty"`
}

// ORow is the outline of a table row.
type ORow struct {
	Cells  []string  `json:"cells" yaml:"cells,flow"`
	Fields []*OField `json:"fields,omitempty" yaml:"fields,omitempty"`
}

func oFields(fs []*Field, positions bool) []*OField {
	if len(fs) == 0 {
		return nil
	}
	out := make([]*OField, len(fs))
	for i, f := range fs {
		o := &OField{Key: f.Key.Text, Value: f.Value.Text, Fields: oFields(f.Fields, positions), Tables: oTables(f.Tables, positions)}
		for _, it := range f.Items {
			s := it.Code.Text
			if it.Name.Text != "" {
				s += " " + it.Name.Text
			}
			o.Items = append(o.Items, s)
		}
		if positions {
			o.At = f.Span().Range()
		}
		out[i] = o
	}
	return out
}

func oTables(ts []*Table, positions bool) []*OTable {
	if len(ts) == 0 {
		return nil
	}
	out := make([]*OTable, len(ts))
	for i, t := range ts {
		o := &OTable{Header: texts(t.Header)}
		for _, r := range t.Rows {
			o.Rows = append(o.Rows, &ORow{Cells: texts(r.Cells), Fields: oFields(r.Fields, positions)})
		}
		out[i] = o
	}
	return out
}

func texts(ts []Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Text
	}
	return out
}
