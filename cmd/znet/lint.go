package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/gskenv"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/lint"
	"github.com/zosnet/znet/model/desired"
)

var lintFormats = []string{"text", "json", "sarif", "github"}

func newLintCmd() *cobra.Command {
	var c commonFlags
	var format, failOn, configPath, baselinePath, writeBaseline string
	cmd := &cobra.Command{
		Use:   "lint FILE|DIR...",
		Short: "Find secrets in clear, diagnostic settings left on and weak TLS",
		Long: `lint reads native members (files, or directories of downloaded members),
builds the model z/OS would build from them, and runs the lint rules on it:
secrets in clear, key database files, traces that log data, handshakes
without a time limit, and weak TLS: protocols, cipher suites and their
order, signature pairs, curves, key sizes and handshake options, in AT-TLS
policy and in System SSL environment files (GSK_ NAME=value). ` + "`znet rules`" + ` lists
the rules; lint/RULES.md documents them.

Rules work on the effective settings of every TTLSRule: a value inherited
from a group or an environment counts, and is reported once, on the
statement that set it, with the rules it affects. The model's diagnostics
(the PA2xx codes of ` + "`znet check`" + `) are reported too, as category "model",
and syntax errors as category "syntax": findings after a syntax error in the
same statement are marked uncertain or left out, never guessed.

Configuration comes from .znet.yaml, searched from the current directory
upward (or --config): rules switched off or given another severity, the
fail level, a baseline. Suppress one finding with a comment on the
statement's record or the record before it:

    # znet:ignore HYG004 trace for PMR TS0123456

The reason is required. --write-baseline FILE records every current finding
so that a site can adopt znet without fixing everything first; --baseline
FILE then reports only new ones. Baselines key findings by rule, file,
statement and message, so they survive lines moving.

Formats: text (the record with a caret under the problem; colour on a
terminal unless NO_COLOR is set), json, sarif (SARIF 2.1.0, for code
scanning), github (workflow annotations).

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it,
2 input or usage error (a syntax error, a missing file, a bad .znet.yaml),
3 internal error.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := lintConfig(configPath)
			if err != nil {
				return err
			}
			fail := cfg.FailLevel()
			if cmd.Flags().Changed("fail-on") {
				if fail, err = source.ParseSeverity(failOn); err != nil {
					return inputErr("--fail-on: %v", err)
				}
			}
			if !slices.Contains(lintFormats, strings.ToLower(format)) {
				return inputErr("unknown format %q (want %s)", format, strings.Join(lintFormats, ", "))
			}
			var base *lint.Baseline
			if baselinePath == "" {
				baselinePath = cfg.Baseline
			}
			if baselinePath != "" {
				if base, err = lint.ReadBaseline(baselinePath); err != nil {
					return inputErr("baseline: %v (write one with --write-baseline)", err)
				}
			}
			l, rel, err := load(args, c)
			if err != nil {
				return err
			}
			envs, err := lintEnvFiles(args, c)
			if err != nil {
				return err
			}
			sups, err := lintYAMLSuppressions(l)
			if err != nil {
				return err
			}
			res := lint.Run(lint.Input{Sets: l.sets, Syntax: l.syntax, Model: l.model, Suppressions: sups, Env: envs, EnvRelease: rel},
				lint.Options{Config: cfg, Baseline: base})
			out := cmd.OutOrStdout()
			if writeBaseline != "" {
				if l.syntax.HasErrors() {
					printDiags(cmd.ErrOrStderr(), l.syntax)
					return &exitError{code: exitInput, msg: "syntax errors; no baseline written"}
				}
				b := res.Baseline()
				if err := lintWriteFile(writeBaseline, b.Marshal()); err != nil {
					return inputErr("--write-baseline: %v", err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "znet: wrote %d finding(s) to baseline %s\n", len(b.Findings), writeBaseline)
				return nil
			}
			if err := writeLint(out, strings.ToLower(format), res); err != nil {
				return err
			}
			if l.syntax.HasErrors() {
				return &exitError{code: exitInput, msg: fmt.Sprintf("%d syntax error(s)", l.syntax.Count(source.Error))}
			}
			if res.Fails(fail) {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
	c.add(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+strings.Join(lintFormats, ", "))
	cmd.Flags().StringVar(&failOn, "fail-on", "error", "lowest severity that makes the exit code 1: error, warning or info (default: .znet.yaml's fail-on, else error)")
	cmd.Flags().StringVar(&configPath, "config", "", "configuration file (default: .znet.yaml in the current directory or above)")
	cmd.Flags().StringVar(&baselinePath, "baseline", "", "report only findings not in this baseline file")
	cmd.Flags().StringVar(&writeBaseline, "write-baseline", "", "write every current finding to this baseline file instead of reporting")
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return lintFormats, cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("fail-on", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"error", "warning", "info"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// lintConfig reads --config, or .znet.yaml from the current directory
// upward, or returns the defaults when there is none.
func lintConfig(path string) (*lint.Config, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, inputErr("%v", err)
		}
		if path, err = lint.FindConfig(wd); err != nil {
			return nil, inputErr("%v", err)
		}
		if path == "" {
			return &lint.Config{}, nil
		}
	}
	cfg, err := lint.LoadConfig(path)
	if err != nil {
		return nil, inputErr("%v", err)
	}
	return cfg, nil
}

// lintYAMLSuppressions reads the x-znet-ignore keys of the YAML files the
// sets were built from (the YAML loader keeps no comments or extension
// keys in the trees it makes, so they are read from the files here).
func lintYAMLSuppressions(l *loaded) ([]lint.Suppression, error) {
	var out []lint.Suppression
	seen := map[string]bool{}
	for _, s := range l.sets {
		for _, f := range s.Files {
			if seen[f.Name] || !desired.IsYAML(f.Name) {
				continue
			}
			seen[f.Name] = true
			data, err := os.ReadFile(f.Name)
			if err != nil {
				return nil, inputErr("%v", err)
			}
			if !bytes.Contains(data, []byte(lint.XIgnoreKey)) {
				continue // nothing to find: spare the second YAML read of a large document
			}
			var root yaml.Node
			if yaml.Unmarshal(data, &root) != nil {
				continue // the loader has reported it
			}
			out = append(out, lint.YAMLSuppressions(f.Name, &root)...)
		}
	}
	return out, nil
}

// lintEnvFiles returns the System SSL environment files among the native
// inputs, for the TLS rules (load has already reported their syntax).
func lintEnvFiles(args []string, c commonFlags) ([]*gskenv.File, error) {
	var native []string
	for _, a := range args {
		if !desired.IsYAML(a) {
			native = append(native, a)
		}
	}
	if len(native) == 0 {
		return nil, nil
	}
	files, err := readInputs("lint", native, c.kind)
	if err != nil {
		return nil, err
	}
	var out []*gskenv.File
	for _, f := range files {
		if f.family.Kind != "gskenv" {
			continue
		}
		p, err := f.family.Parse(f.name, f.data)
		if err != nil {
			return nil, &exitError{code: exitInternal, msg: err.Error()}
		}
		if ef, ok := p.(*gskenv.File); ok {
			out = append(out, ef)
		}
	}
	return out, nil
}

// writeLint renders the result in the chosen format.
func writeLint(w io.Writer, format string, res *lint.Result) error {
	switch format {
	case "json":
		return lint.WriteJSON(w, res)
	case "sarif":
		return lint.WriteSARIF(w, res, lint.SARIFOptions{Version: znetVersion()})
	case "github":
		return lint.WriteGitHub(w, res)
	}
	return lint.WriteText(w, res, lint.TextOptions{Color: lintColor(w), Sources: lintSources(res)})
}

// lintSources reads the files findings stand in, to show their records.
func lintSources(res *lint.Result) map[string][]byte {
	out := map[string][]byte{}
	for _, f := range res.Findings {
		name := f.Span.File
		if _, done := out[name]; done || name == "" {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			data = nil // shown without its records
		}
		out[name] = data
	}
	return out
}

// lintColor reports whether w is a terminal and NO_COLOR is not set
// (https://no-color.org: any non-empty value).
func lintColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// lintWriteFile writes data to a temporary file beside path and renames
// it, so that path is either untouched or complete.
func lintWriteFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Chmod(name, 0o644); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}
