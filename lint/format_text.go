package lint

import (
	"fmt"
	"io"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// TextOptions tune the text format.
type TextOptions struct {
	// Color adds ANSI colours; the caller decides (a terminal, and no
	// NO_COLOR in the environment).
	Color bool
	// Sources holds the text of the files by name, to show the record a
	// finding is on with a caret under its span. Files not in it are
	// shown without their record.
	Sources map[string][]byte
}

// ANSI sequences.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiBlue  = "\x1b[34m"
)

var sevColor = map[source.Severity]string{
	source.Error:   "\x1b[1;31m",
	source.Warning: "\x1b[1;33m",
	source.Info:    "\x1b[1;36m",
}

// WriteText writes the findings for people: the diagnostic line every znet
// command prints, the source record with a caret under the span (secrets
// masked), the rules affected, the hint, and a summary.
func WriteText(w io.Writer, res *Result, opt TextOptions) error {
	var b strings.Builder
	paint := func(code, s string) string {
		if !opt.Color || code == "" {
			return s
		}
		return code + s + ansiReset
	}
	lines := map[string][]string{}
	recordOf := func(file string, n int) (string, bool) {
		ls, ok := lines[file]
		if !ok {
			if data, has := opt.Sources[file]; has {
				recs, _ := source.Records(data)
				for _, r := range recs {
					ls = append(ls, string(r.Text))
				}
			}
			lines[file] = ls
		}
		if n < 1 || n > len(ls) {
			return "", false
		}
		return ls[n-1], true
	}
	for _, f := range res.Findings {
		sev := f.Severity.String()
		if f.Uncertain {
			sev += " (uncertain)"
		}
		fmt.Fprintf(&b, "%s: %s %s: %s\n", paint(ansiBold, f.Span.String()), paint(sevColor[f.Severity], sev), f.RuleID, f.Message)
		num := fmt.Sprint(f.Span.Line)
		pad := strings.Repeat(" ", len(num)+1)
		gutter := paint(ansiBlue, pad+" |")
		if rec, ok := recordOf(f.Span.File, f.Span.Line); ok {
			text, carets := underline(rec, f.Span, res.Secrets[f.Span.File])
			fmt.Fprintf(&b, "%s %s\n", paint(ansiBlue, " "+num+" |"), text)
			fmt.Fprintf(&b, "%s %s\n", gutter, paint(sevColor[f.Severity], carets))
		}
		note := func(label, text string) {
			if text != "" {
				fmt.Fprintf(&b, "%s %s: %s\n", paint(ansiBlue, pad+" ="), label, text)
			}
		}
		note("affects", strings.Join(f.Affects, ", "))
		note("uncertain", f.Why)
		note("hint", f.Hint)
	}
	b.WriteString(summary(res))
	_, err := io.WriteString(w, b.String())
	return err
}

// summary is the last line of the text format.
func summary(res *Result) string {
	s := fmt.Sprintf("%d error(s), %d warning(s), %d info", res.Count(source.Error), res.Count(source.Warning), res.Count(source.Info))
	var more []string
	if n := res.silencedBy("inSource"); n > 0 {
		more = append(more, fmt.Sprintf("%d suppressed by znet:ignore", n))
	}
	if n := res.silencedBy("external"); n > 0 {
		more = append(more, fmt.Sprintf("%d in the baseline", n))
	}
	if res.Stale > 0 {
		more = append(more, fmt.Sprintf("%d baseline entr%s no longer found (rewrite it with --write-baseline)", res.Stale, map[bool]string{true: "y", false: "ies"}[res.Stale == 1]))
	}
	if len(more) > 0 {
		s += "; " + strings.Join(more, "; ")
	}
	return s + "\n"
}

// underline returns the record with secret values masked, and the line of
// carets under sp (to the end of the record when sp goes on past it).
// Columns count characters; tabs before the span are kept in the caret
// line so that the carets line up however wide a terminal shows a tab.
func underline(rec string, sp source.Span, secrets []source.Span) (string, string) {
	in := []rune(rec)
	// Mask the secrets on this record, remembering how columns moved.
	type shift struct{ from, delta int }
	var shifts []shift
	var out []rune
	col := 1
	for _, s := range secrets {
		if s.Line != sp.Line || s.Col < col || s.Col > len(in) {
			continue
		}
		end := s.EndCol
		if s.EndLine != s.Line || end > len(in)+1 {
			end = len(in) + 1
		}
		out = append(out, in[col-1:s.Col-1]...)
		out = append(out, []rune("********")...)
		shifts = append(shifts, shift{end, 8 - (end - s.Col)})
		col = end
	}
	out = append(out, in[col-1:]...)
	at := func(c int) int {
		d := 0
		for _, s := range shifts {
			if c >= s.from {
				d += s.delta
			}
		}
		return c + d
	}
	start, end := at(sp.Col), at(sp.EndCol)
	if sp.EndLine > sp.Line || end > len(out)+1 {
		end = len(out) + 1
	}
	if end <= start {
		end = start + 1
	}
	var c strings.Builder
	for i := 1; i < start; i++ {
		if i <= len(out) && out[i-1] == '\t' {
			c.WriteByte('\t')
		} else {
			c.WriteByte(' ')
		}
	}
	c.WriteString(strings.Repeat("^", end-start))
	return string(out), c.String()
}
