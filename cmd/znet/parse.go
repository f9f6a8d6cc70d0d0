package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/grammar"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

func newParseCmd() *cobra.Command {
	var format, kind string
	var positions, check bool
	cmd := &cobra.Command{
		Use:   "parse FILE|DIR...",
		Short: "Read native members and print their syntax tree",
		Long: `parse reads native configuration files and prints each one's syntax tree
(statements, values, comments) as YAML or JSON. Every syntax problem in
every file is reported, each with file:line:col; when there is any error,
no tree is printed and the exit code is 2.

The kind of each file is recognised by its content; --kind names it when
that fails. Kinds: ` + strings.Join(grammar.Kinds(), ", ") + `.`,
		Args: cobra.MinimumNArgs(1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveDefault
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			files, err := readInputs("parse", args, kind)
			if err != nil {
				return err
			}
			var all source.Diagnostics
			var outlines []any
			for _, f := range files {
				p, err := f.family.Parse(f.name, f.data)
				if err != nil {
					return &exitError{code: exitInternal, msg: err.Error()}
				}
				all = append(all, p.Diags()...)
				o := p.Outline(positions)
				maskOutline(o)
				outlines = append(outlines, o)
			}
			printDiags(cmd.ErrOrStderr(), all)
			if all.HasErrors() {
				return &exitError{code: exitInput, msg: fmt.Sprintf("%d error(s); nothing printed", all.Count(source.Error))}
			}
			if check {
				return nil
			}
			var v any = outlines
			if len(outlines) == 1 {
				v = outlines[0]
			}
			out, err := encode(format, v)
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(out)
			return err
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "yaml", "output format: yaml or json")
	cmd.Flags().BoolVar(&positions, "positions", false, "show line:column ranges of statements")
	cmd.Flags().BoolVar(&check, "check", false, "print only the diagnostics")
	cmd.Flags().StringVar(&kind, "kind", "", "kind of every file, instead of recognising it by content")
	_ = cmd.RegisterFlagCompletionFunc("kind", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return grammar.Kinds(), cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"yaml", "json"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// maskOutline hides the values of secrets (model.Secret) in the outline
// of a Policy Agent file, as every output of znet does; an environment
// file's outline hides its own.
func maskOutline(o any) {
	f, ok := o.(*pagent.OFile)
	if !ok {
		return
	}
	var walk func([]*pagent.OStatement)
	walk = func(list []*pagent.OStatement) {
		for _, st := range list {
			if st.Block == nil && !st.Empty && len(st.Values) > 0 && model.Secret(st.Keyword) {
				st.Values = []string{policy.Masked}
			}
			walk(st.Block)
		}
	}
	walk(f.Statements)
}
