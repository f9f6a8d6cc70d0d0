package syslog

import (
	"testing"

	"github.com/zosnet/znet/grammar/source"
)

// MapSpans moves every position of a tree.
func TestMapSpans(t *testing.T) {
	f, err := Parse("s.yaml", []byte("# lead\n(10.1.1.1).daemon.info;*.TCPIP.*.err /var/log/x -F 640 # trail\nBeginArchiveParms x\n*.err\n# end\n"))
	if err != nil {
		t.Fatal(err)
	}
	f.MapSpans(func(sp source.Span) source.Span {
		if sp.Line == 0 {
			return sp
		}
		sp.Line += 100
		sp.EndLine += 100
		sp.Col += 4
		sp.EndCol += 4
		return sp
	})
	var spans []source.Span
	for _, r := range f.Rules {
		spans = append(spans, r.Span)
		for _, c := range append(r.Leading, r.Trailing...) {
			spans = append(spans, c.Span)
		}
		for _, s := range r.Selectors {
			spans = append(spans, s.Span, s.Priority.Span)
			for _, x := range []*Token{s.Host, s.User, s.Job} {
				if x != nil {
					spans = append(spans, x.Span)
				}
			}
			for _, fa := range s.Facilities {
				spans = append(spans, fa.Span)
			}
		}
		if r.Dest != nil {
			spans = append(spans, r.Dest.Span)
		}
		for _, o := range r.Options {
			spans = append(spans, o.Flag.Span)
			if o.Value != nil {
				spans = append(spans, o.Value.Span)
			}
		}
	}
	for _, s := range f.Statements {
		spans = append(spans, s.Span, s.Keyword.Span)
		for _, v := range s.Values {
			spans = append(spans, v.Span)
		}
	}
	for _, c := range f.Comments {
		spans = append(spans, c.Span)
	}
	for _, d := range f.Diagnostics {
		spans = append(spans, d.Span)
	}
	if len(spans) < 20 {
		t.Fatalf("only %d positions", len(spans))
	}
	for _, sp := range spans {
		if sp.Line <= 100 || sp.Col <= 4 {
			t.Errorf("position not moved: %v", sp)
		}
	}
	if d := f.Rules[0].Dest.Span; d.Line != 102 || d.Col != 42 {
		t.Errorf("destination at %v", d)
	}
}
