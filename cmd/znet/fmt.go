package main

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/emit/native"
	"github.com/zosnet/znet/grammar"
	"github.com/zosnet/znet/grammar/source"
)

func newFmtCmd() *cobra.Command {
	var kind string
	var check, diff bool
	cmd := &cobra.Command{
		Use:   "fmt FILE|DIR...",
		Short: "Rewrite native members in canonical layout",
		Long: `fmt rewrites native configuration files in place in znet's canonical
layout: keywords and enumerated values in IBM's spelling, parameters and
nested statements in IBM's documented order, braces and parameters on
records of their own, values aligned in one column per statement, comments
kept with the statement they were written at, records of at most 80
columns where the syntax allows. Top-level statements keep their order.
Running fmt twice changes nothing.

A file is left as it is, and the exit code is 2, when it has syntax errors
or when formatting would drop something znet does not know (an unknown or
misplaced statement or parameter, surplus values); each is listed. When any
file cannot be formatted, no file is written.

--check lists the files that are not formatted and exits 1 when there is
any; --diff shows the changes as a unified diff. Neither writes. Secret
values (KeyringPw, SharedKey…) are shown as ******** in diffs; the files
themselves keep them.

Formatting is implemented for Policy Agent files (policy, main and image
files, DMD), TCP/IP profiles and OBEYFILE data sets, syslogd configuration
and System SSL environment files.

A TCP/IP profile is written with statement keywords in full and upper case
(DEVice becomes DEVICE), the parameter keywords znet reads in upper case,
names and values as written; one statement a record where it fits by
column 72, continued on records indented two blanks, broken between
parameter groups; the statements of a block indented two blanks; the
statements znet keeps verbatim (PORT, AUTOLOG, GLOBALCONFIG…) on the
records they were written on. Sequence numbers in columns 73-80 are
removed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			files, err := readInputs("fmt", args, kind)
			if err != nil {
				return err
			}
			stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
			type result struct {
				name      string
				old, text []byte
				kind      string
				long      bool // the formatter reported its long records (FM104)
			}
			var results []result
			var problems []string
			for _, f := range files {
				out, warns, err := native.Format(f.family.Kind, f.name, f.data)
				printDiags(stderr, warns)
				if err != nil {
					var fe *emit.FormatError
					var ue *emit.UnsupportedError
					switch {
					case errors.As(err, &fe):
						printDiags(stderr, fe.Diags)
						problems = append(problems, fe.Error())
					case errors.As(err, &ue):
						problems = append(problems, ue.Error())
					default:
						return &exitError{code: exitInternal, msg: err.Error()}
					}
					continue
				}
				long := false
				for _, w := range warns {
					long = long || w.Code == emit.CodeLongRecord
				}
				results = append(results, result{name: f.name, old: f.data, text: out, kind: f.family.Kind, long: long})
			}
			if len(problems) > 0 {
				return inputErr("%s\nnothing written", strings.Join(problems, "\n"))
			}
			changed := 0
			for _, r := range results {
				if !r.long {
					longLines(stderr, r.name, r.text)
				}
				if bytes.Equal(r.old, r.text) {
					continue
				}
				changed++
				if check && !diff {
					fmt.Fprintln(stdout, r.name)
				}
				if diff {
					old, text := native.Mask(r.kind, r.name, r.old), native.Mask(r.kind, r.name, r.text)
					label := strings.TrimPrefix(filepath.ToSlash(r.name), "/")
					stdout.Write(emit.UnifiedDiff("a/"+label, "b/"+label, old, text))
				}
			}
			if check || diff {
				if check && changed > 0 {
					return &exitError{code: exitFindings, msg: fmt.Sprintf("%d file(s) not formatted", changed)}
				}
				return nil
			}
			for _, r := range results {
				if bytes.Equal(r.old, r.text) {
					continue
				}
				if err := emit.WriteFile(r.name, r.text, 0o644); err != nil {
					return inputErr("%v", err)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&check, "check", false, "write nothing; list files that are not formatted and exit 1 when there is any")
	cmd.Flags().BoolVar(&diff, "diff", false, "write nothing; show the changes as a unified diff (secrets masked)")
	cmd.Flags().StringVar(&kind, "kind", "", "kind of every file, instead of recognising it by content ("+strings.Join(grammar.Kinds(), ", ")+")")
	_ = cmd.RegisterFlagCompletionFunc("kind", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return grammar.Kinds(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// longLines warns about records that stay longer than a member's 80
// columns after formatting (a word that cannot be split).
func longLines(w interface{ Write([]byte) (int, error) }, name string, text []byte) {
	_, err := emit.Records(name, text)
	var res emit.RecordErrors
	if !errors.As(err, &res) {
		return
	}
	var ds source.Diagnostics
	for _, e := range res {
		ds.Add(source.Span{File: name, Line: e.Line, Col: e.Col, EndLine: e.Line, EndCol: e.Col + 1}, source.Warning, emit.CodeLongRecord,
			"after formatting, this record is longer than 80 columns: a member (RECFM=FB LRECL=80) cannot hold it, and the value cannot be split there",
			"shorten the value; the line is that of the formatted text")
	}
	printDiags(w, ds)
}
