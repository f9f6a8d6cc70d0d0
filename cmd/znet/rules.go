package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/lint"
	"github.com/zosnet/znet/model"
)

func newRulesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "rules [ID]",
		Short: "List the lint rules, or show one rule's documentation",
		Long: `rules lists every lint rule with its ID, default severity, category and
summary. With an ID (rules HYG004) it prints that rule's documentation: why
it matters, the IBM or standards sources, and its examples (which are also
its tests). lint/RULES.md holds the same text for every rule.`,
		Args: cobra.MaximumNArgs(1),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var ids []string
			for _, r := range lint.Rules() {
				ids = append(ids, r.ID+"\t"+r.Summary)
			}
			return ids, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			if len(args) == 1 {
				r := lint.Lookup(args[0])
				if r == nil {
					var ids []string
					for _, r := range lint.Rules() {
						ids = append(ids, r.ID)
					}
					hint := ""
					if s := model.Suggest(strings.ToUpper(args[0]), ids); len(s) > 0 {
						hint = "; did you mean " + s[0] + "?"
					}
					return inputErr("no lint rule %q%s (znet rules lists them)", args[0], hint)
				}
				_, err := fmt.Fprint(out, lint.Text(r))
				return err
			}
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSEVERITY\tCATEGORY\tNAME\tSUMMARY")
			for _, r := range lint.Rules() {
				sev := r.Severity.String()
				if r.Unsuppressible {
					sev += "*"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, sev, r.Category, r.Name, r.Summary)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			_, err := fmt.Fprintln(out, "\n* cannot be suppressed. `znet rules ID` shows a rule's documentation.")
			return err
		},
	}
}
