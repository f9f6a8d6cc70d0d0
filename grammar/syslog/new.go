package syslog

import "github.com/zosnet/znet/grammar/source"

// MapSpans replaces every position in f (selector parts, destinations,
// options, comments, statements, rules and diagnostics) by what fn makes
// of it. A tree parsed from text that was assembled from another
// representation (the YAML of model/desired: a rule's selector,
// destination and options written as separate values, or a literal block)
// then points where each part was written.
func (f *File) MapSpans(fn func(source.Span) source.Span) {
	tok := func(t *Token) {
		if t != nil {
			t.Span = fn(t.Span)
		}
	}
	toks := func(ts []Token) {
		for i := range ts {
			tok(&ts[i])
		}
	}
	for _, r := range f.Rules {
		for _, s := range r.Selectors {
			tok(s.Host)
			tok(s.User)
			tok(s.Job)
			toks(s.Facilities)
			tok(&s.Priority)
			s.Span = fn(s.Span)
		}
		if r.Dest != nil {
			tok(&r.Dest.Token)
		}
		for _, o := range r.Options {
			tok(&o.Flag)
			tok(o.Value)
		}
		toks(r.Leading)
		toks(r.Trailing)
		r.Span = fn(r.Span)
		for i, l := range r.Records {
			r.Records[i] = fn(source.Span{File: r.Span.File, Line: l, Col: 1, EndLine: l, EndCol: 1}).Line
		}
	}
	for _, s := range f.Statements {
		tok(&s.Keyword)
		toks(s.Values)
		toks(s.Leading)
		toks(s.Trailing)
		s.Span = fn(s.Span)
	}
	toks(f.Comments)
	for i := range f.Diagnostics {
		f.Diagnostics[i].Span = fn(f.Diagnostics[i].Span)
	}
}
