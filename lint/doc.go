package lint

import (
	"fmt"
	"strings"
)

// Markdown renders RULES.md: every registered rule with its rationale,
// sources and examples. A test fails when lint/RULES.md differs from it.
func Markdown() []byte {
	var b strings.Builder
	b.WriteString(`# znet lint rules

<!-- Generated from the rule files in lint/ by the test TestRulesDoc.
     Do not edit: change the rule, then run go test ./lint -update. -->

` + "`znet lint FILE|DIR...`" + ` checks native members against the rules below. Each rule has a
stable ID, a category and a default severity; ` + "`.znet.yaml`" + ` may switch rules off or
change their severity, except the rules marked *cannot be suppressed*.

Besides these rules, ` + "`znet lint`" + ` reports the model's diagnostics (the PA2xx codes of
` + "`znet check`" + `, category ` + "`model`" + `) and the syntax diagnostics (PA1xx, category
` + "`syntax`" + `; any syntax error makes the exit code 2).

## Suppressing a finding

In a native file, a comment on the statement's own record or on the record right before it:

    # znet:ignore HYG004 trace for PMR TS0123456, remove by 2025-06-30
    Trace                       255

names one or more rule IDs (or PA2xx codes), separated by commas, then the reason, which is
required. It silences those rules' findings on that statement; on a block statement it covers
the whole block. In YAML, an ` + "`x-znet-ignore`" + ` key in a statement's mapping does the same:

    TTLSGroupAction:
      grp-debug:
        x-znet-ignore: HYG004 trace for PMR TS0123456
        Trace: 255

A suppression without a reason, naming an unknown rule, or matching nothing is itself reported
(LNT001-LNT004). To adopt znet on an existing configuration without fixing everything first,
write a baseline (` + "`znet lint --write-baseline FILE`" + `) and use it (` + "`--baseline FILE`" + `, or
` + "`baseline:`" + ` in ` + "`.znet.yaml`" + `): findings in it are not reported, new ones are.

## Configuration

` + "`znet lint`" + ` reads ` + "`.znet.yaml`" + ` from the current directory or the nearest directory above
it that has one (` + "`--config FILE`" + ` names another):

    fail-on: warning              # lowest severity that makes the exit code 1 (default error)
    baseline: znet-baseline.json  # relative to this file; --baseline overrides it
    rules:
      HYG004: off                 # a rule ID or a model code (PA215): off, on, error, warning, info
      model: info                 # a whole category: secrets, hygiene, tls, model, suppression

A rule's own entry wins over its category's; an unknown key or rule ID is an error (exit 2).
` + "`--fail-on`" + ` on the command line wins over ` + "`fail-on`" + `.

Output formats (` + "`--format`" + `): ` + "`text`" + ` (the record with a caret under the problem, coloured
on a terminal unless NO_COLOR is set), ` + "`json`" + `, ` + "`sarif`" + ` (SARIF 2.1.0; suppressed findings are
included with their justification) and ` + "`github`" + ` (workflow annotations). Secret values never
appear in any of them. Exit codes: 0 nothing at or above the fail level, 1 findings at or above
it, 2 input or usage error (syntax errors included), 3 internal error.

## Rules

| ID | name | category | severity | summary |
|---|---|---|---|---|
`)
	for _, r := range Rules() {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s | %s |\n", r.ID, strings.ToLower(r.ID), r.Name, r.Category, sevLabel(r), r.Summary)
	}
	for _, r := range Rules() {
		b.WriteString("\n")
		b.WriteString(ruleMarkdown(r, 2))
	}
	return []byte(b.String())
}

func sevLabel(r *Rule) string {
	s := r.Severity.String()
	if r.Unsuppressible {
		s += " (cannot be suppressed)"
	}
	return s
}

// ruleMarkdown renders one rule; level is the heading level of its title.
func ruleMarkdown(r *Rule, level int) string {
	var b strings.Builder
	h := strings.Repeat("#", level)
	fmt.Fprintf(&b, "%s %s\n\n", h, r.ID)
	fmt.Fprintf(&b, "**%s** · category `%s` · severity `%s`", r.Name, r.Category, r.Severity)
	if r.Unsuppressible {
		b.WriteString(" · cannot be suppressed")
	}
	fmt.Fprintf(&b, "\n\n%s\n\n%s\n\n", r.Summary, oneLine(r.Rationale))
	b.WriteString("Sources:\n\n")
	for _, s := range r.Sources {
		fmt.Fprintf(&b, "- %s\n", s)
	}
	for _, ex := range r.Examples {
		verdict := "passes"
		if len(ex.Want) > 0 {
			verdict = "reported at " + strings.Join(ex.Want, ", ")
		}
		fmt.Fprintf(&b, "\n%s# Example: %s (%s)\n\n", h, ex.Title, verdict)
		for _, l := range strings.Split(strings.TrimRight(ex.Input, "\n"), "\n") {
			if l == "" {
				b.WriteString("\n")
				continue
			}
			b.WriteString("    " + l + "\n")
		}
	}
	return b.String()
}

// Text renders one rule for `znet rules ID`: the same content as RULES.md,
// in plain text.
func Text(r *Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n", r.ID, r.Name)
	fmt.Fprintf(&b, "category %s, severity %s", r.Category, r.Severity)
	if r.Unsuppressible {
		b.WriteString(", cannot be suppressed")
	}
	fmt.Fprintf(&b, "\n\n%s\n\n%s\n\nSources:\n", r.Summary, wrap(oneLine(r.Rationale), 78))
	for _, s := range r.Sources {
		fmt.Fprintf(&b, "  - %s\n", s)
	}
	for _, ex := range r.Examples {
		verdict := "passes"
		if len(ex.Want) > 0 {
			verdict = "reported at " + strings.Join(ex.Want, ", ")
		}
		fmt.Fprintf(&b, "\nExample: %s (%s)\n\n", ex.Title, verdict)
		for i, l := range strings.Split(strings.TrimRight(ex.Input, "\n"), "\n") {
			fmt.Fprintf(&b, "  %3d  %s\n", i+1, l)
		}
	}
	return b.String()
}

// wrap breaks text into lines of at most width characters.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		if n > 0 && n+1+len(w) > width {
			b.WriteString("\n")
			n = 0
		} else if n > 0 {
			b.WriteString(" ")
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
