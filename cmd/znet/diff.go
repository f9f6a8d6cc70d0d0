package main

import (
	"io"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/model/diff"
	"github.com/zosnet/znet/model/policy"
)

func newDiffCmd() *cobra.Command {
	var c commonFlags
	var stack, format string
	var text bool
	cmd := &cobra.Command{
		Use:   "diff A B",
		Short: "Compare two configurations: desired YAML, native members, a pasearch report",
		Long: `diff compares the AT-TLS policy of A with that of B, where each is a system
or policy YAML file, a native member or a directory of downloaded members, or a
pasearch -t report (the live state). It compares what z/OS does, rule by
rule: the rules on one side only, rules whose conditions (what they match)
or priority changed, and every effective setting that changed (defaults of
the release filled in), old -> new with where each comes from, with a
verdict per rule: weaker, stronger or neutral for TLS. Differences in how
statements are named, nested or factored do not show. Secrets are never
printed or compared.

--text adds a unified diff of the members znet would write for each side.

Exit codes: 0 equal, 1 different, 2 input error — so a scheduled job can
alert on drift.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			// The two sides are read and modelled side by side.
			var sides [2]*policy.Set
			var loads [2]*loaded
			var errs [2]error
			var wg sync.WaitGroup
			for i, a := range args {
				wg.Add(1)
				go func(i int, a string) {
					defer wg.Done()
					loads[i], _, errs[i] = load([]string{a}, c)
				}(i, a)
			}
			wg.Wait()
			for i, a := range args {
				if errs[i] != nil {
					return errs[i]
				}
				if loads[i].syntax.HasErrors() {
					printDiags(cmd.ErrOrStderr(), loads[i].syntax)
					return &exitError{code: exitInput, msg: a + ": syntax errors; nothing compared"}
				}
				s, err := pick(a, loads[i].sets, stack)
				if err != nil {
					return err
				}
				sides[i] = s
			}
			res := diff.Compare(args[0], sides[0].Policy, args[1], sides[1].Policy)
			out := cmd.OutOrStdout()
			switch strings.ToLower(format) {
			case "json":
				b, err := encode("json", res)
				if err != nil {
					return err
				}
				if _, err := out.Write(b); err != nil {
					return err
				}
			case "text", "":
				io.WriteString(out, res.Text())
			default:
				return inputErr("unknown format %q (want text or json)", format)
			}
			if text {
				a := emit.PrintPagent(sides[0].Policy.Objects, nil)
				b := emit.PrintPagent(sides[1].Policy.Objects, nil)
				out.Write(emit.MaskPagent("", emit.UnifiedDiff(args[0], args[1], a, b)))
			}
			if !res.Equal() {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
	c.add(cmd)
	cmd.Flags().StringVar(&stack, "stack", "", "the stack to compare when a side holds several")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	cmd.Flags().BoolVar(&text, "text", false, "also show a unified diff of the members each side builds to")
	return cmd
}

// pick chooses the AT-TLS policy of one side.
func pick(arg string, sets []*policy.Set, stack string) (*policy.Set, error) {
	var cands []*policy.Set
	for _, s := range sets {
		if len(s.Policy.All("TTLSRule")) == 0 {
			continue
		}
		if stack != "" && !strings.Contains(s.Name, "stack "+stack+" ") && s.Name != "stack "+stack+" attls" {
			continue
		}
		cands = append(cands, s)
	}
	switch len(cands) {
	case 1:
		return cands[0], nil
	case 0:
		if stack != "" {
			return nil, inputErr("%s: no AT-TLS policy for stack %s", arg, stack)
		}
		return nil, inputErr("%s: no AT-TLS rules to compare", arg)
	}
	var names []string
	for _, s := range cands {
		names = append(names, s.Name)
	}
	return nil, inputErr("%s holds several AT-TLS policies (%s): choose one with --stack", arg, strings.Join(names, "; "))
}
