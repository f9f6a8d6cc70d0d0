package gskenv

import "github.com/zosnet/znet/grammar/source"

// sortDiags sorts ds with source.Diagnostics.Sort unless they are in
// order already (file, line, column, code, message): the parser emits
// them almost in order, and a stable sort of a very long list is slow.
func sortDiags(ds source.Diagnostics) {
	for i := 1; i < len(ds); i++ {
		a, b := ds[i-1], ds[i]
		if a.Span.File != b.Span.File || a.Span.Line > b.Span.Line ||
			a.Span.Line == b.Span.Line && (a.Span.Col > b.Span.Col ||
				a.Span.Col == b.Span.Col && (a.Code > b.Code || a.Code == b.Code && a.Message > b.Message)) {
			ds.Sort()
			return
		}
	}
}
