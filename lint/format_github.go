package lint

import (
	"fmt"
	"io"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// WriteGitHub writes one GitHub Actions workflow command per finding
// (::error, ::warning, ::notice), which GitHub shows as annotations on the
// lines of the pull request, and the summary as a plain line.
func WriteGitHub(w io.Writer, res *Result) error {
	var b strings.Builder
	for _, f := range res.Findings {
		cmd := map[source.Severity]string{source.Error: "error", source.Warning: "warning", source.Info: "notice"}[f.Severity]
		props := []string{
			"file=" + ghProp(f.Span.File),
			fmt.Sprintf("line=%d", f.Span.Line),
			fmt.Sprintf("col=%d", f.Span.Col),
		}
		// GitHub honours endColumn only for a single-line span.
		if f.Span.EndLine > f.Span.Line {
			props = append(props, fmt.Sprintf("endLine=%d", f.Span.EndLine))
		} else {
			props = append(props, fmt.Sprintf("endColumn=%d", f.Span.EndCol))
		}
		title := f.RuleID
		if r := Lookup(f.RuleID); r != nil {
			title += " " + r.Name
		}
		if f.Uncertain {
			title += " (uncertain)"
		}
		props = append(props, "title="+ghProp(title))
		msg := f.Message
		if len(f.Affects) > 0 {
			msg += "\naffects: " + strings.Join(f.Affects, ", ")
		}
		if f.Why != "" {
			msg += "\nuncertain: " + f.Why
		}
		if f.Hint != "" {
			msg += "\nhint: " + f.Hint
		}
		fmt.Fprintf(&b, "::%s %s::%s\n", cmd, strings.Join(props, ","), ghData(msg))
	}
	b.WriteString(summary(res))
	_, err := io.WriteString(w, b.String())
	return err
}

// ghData escapes the message of a workflow command.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProp escapes a property value of a workflow command.
func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
