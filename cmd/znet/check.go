package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/grammar"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/report"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/grammar/syslog"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/desired"
	"github.com/zosnet/znet/model/live"
	"github.com/zosnet/znet/model/match"
	"github.com/zosnet/znet/model/policy"
	tcpprofile "github.com/zosnet/znet/model/profile"
	msyslog "github.com/zosnet/znet/model/syslog"
)

// loaded is everything read from the command line: parsed files and the
// Policy Agent sets assembled from them.
type loaded struct {
	syntax source.Diagnostics // problems reading the files
	model  source.Diagnostics // problems with what they mean
	sets   []*policy.Set
}

// commonFlags are the flags every command that reads configuration shares.
type commonFlags struct {
	kind    string
	release string
}

func (c *commonFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.kind, "kind", "", "kind of every file, instead of recognising it by content ("+strings.Join(grammar.Kinds(), ", ")+")")
	cmd.Flags().StringVar(&c.release, "release", model.DefaultRelease.String(), "z/OS release whose defaults and keywords apply (zos-2.4, zos-2.5, zos-3.1, zos-3.2)")
	_ = cmd.RegisterFlagCompletionFunc("kind", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return grammar.Kinds(), cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("release", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"zos-2.4", "zos-2.5", "zos-3.1", "zos-3.2"}, cobra.ShellCompDirectiveNoFileComp
	})
}

// tree is a syntax tree of any family.
type tree interface{ Diags() source.Diagnostics }

// nativeTree is the syntax tree of a profile part or syslog.conf (nil
// when it could not be read, which the system file's diagnostics say).
func nativeTree(n *desired.Native) tree {
	switch {
	case n.Profile != nil:
		return n.Profile
	case n.Syslog != nil:
		return n.Syslog
	}
	return nil
}

// load reads and models the files named by args.
func load(args []string, c commonFlags) (*loaded, model.Release, error) {
	rel, err := model.ParseRelease(c.release)
	if err != nil {
		return nil, 0, inputErr("%v", err)
	}
	l := &loaded{}
	var pa []*pagent.File
	var logs []*syslog.File
	// natives are the profile parts and syslog.conf files of system files
	// and the profile and syslog documents given, already read.
	var natives []tree
	var native []string
	for _, a := range args {
		if !desired.IsYAML(a) {
			native = append(native, a)
			continue
		}
		data, err := os.ReadFile(a)
		if err != nil {
			return nil, 0, inputErr("%v", err)
		}
		switch kind := desired.DocumentKind(data); kind {
		case "system":
			sys := desired.LoadSystem(a)
			l.syntax = append(l.syntax, sys.Diags...)
			for _, f := range sys.Files() {
				l.syntax = append(l.syntax, f.Diagnostics...)
			}
			if sys.Release != 0 && c.release == model.DefaultRelease.String() {
				rel = sys.Release // the system file says which release
			}
			for _, s := range sys.Sets() {
				l.sets = append(l.sets, s)
				l.model = append(l.model, s.Policy.Diags...)
			}
			// The profile parts and syslog.conf, native or YAML, are
			// read like native inputs, below.
			for _, n := range sys.Natives() {
				natives = append(natives, nativeTree(n))
			}
		case "profile", "syslog":
			n, err := desired.LoadNative(a, kind)
			if err != nil {
				return nil, 0, inputErr("%v", err)
			}
			natives = append(natives, nativeTree(n))
		default:
			fs, ds := desired.LoadDocument(a)
			l.syntax = append(l.syntax, ds...)
			for _, f := range fs {
				l.syntax = append(l.syntax, f.Diagnostics...)
			}
			pa = append(pa, fs...)
		}
	}
	var files []inputFile
	if len(native) > 0 {
		var err error
		if files, err = readInputs("check", native, c.kind); err != nil {
			return nil, 0, err
		}
	}
	var trees []tree
	for _, f := range files {
		p, err := f.family.Parse(f.name, f.data)
		if err != nil {
			return nil, 0, &exitError{code: exitInternal, msg: err.Error()}
		}
		trees = append(trees, p)
	}
	trees = append(trees, natives...)
	for _, p := range trees {
		if p == nil {
			continue
		}
		l.syntax = append(l.syntax, p.Diags()...)
		if pf, ok := p.(*pagent.File); ok {
			pa = append(pa, pf)
		}
		if sf, ok := p.(*syslog.File); ok {
			logs = append(logs, sf)
		}
		if pr, ok := p.(*report.Pasearch); ok {
			// A pasearch report is the live policy: read it as one.
			pf, ds := live.PolicyFile(pr)
			l.model = append(l.model, ds...)
			pa = append(pa, pf)
		}
		if pf, ok := p.(*profile.File); ok {
			m, ds := tcpprofile.FromFile(pf, tcpprofile.FileOpener(), tcpprofile.Options{})
			l.model = append(append(l.model, ds...), m.Check()...)
			if ff := m.FilterPolicy(); ff != nil {
				// The default IP filter rules, for the IP filter analyses
				// (lint's shadowing rules, explain --packet). Their values
				// are checked by the profile model above.
				pol := policy.Build([]*pagent.File{ff}, rel)
				pol.Diags = nil
				l.sets = append(l.sets, &policy.Set{Name: "profile IPSEC rules " + pf.Name, Files: []*pagent.File{ff}, Policy: pol})
			}
		}
		if ck, ok := p.(interface{ Check() source.Diagnostics }); ok {
			l.model = append(l.model, ck.Check()...)
		}
	}
	if len(pa) > 0 {
		sets := policy.Assemble(pa, rel)
		l.sets = append(l.sets, sets...)
		for _, s := range sets {
			l.model = append(l.model, s.Policy.Diags...)
		}
	}
	for _, f := range logs {
		l.model = append(l.model, msyslog.Check(msyslog.New(f), msyslog.Options{Senders: senders(l.sets), Overlaps: true})...)
	}
	// A common file read for several stacks reports its problems once.
	l.syntax = l.syntax.Dedup()
	l.model = l.model.Dedup()
	return l, rel, nil
}

func newCheckCmd() *cobra.Command {
	var c commonFlags
	var failOn, format string
	cmd := &cobra.Command{
		Use:   "check FILE|DIR...",
		Short: "Check native members against what z/OS accepts",
		Long: `check reads native members, builds the model z/OS would build from them,
and reports what Policy Agent (or the stack) would reject, ignore or
silently default: unknown statements and parameters (with did-you-mean),
parameters in the wrong statement, bad values, missing required
parameters, dangling and mistyped references, duplicate definitions and
which one wins, unused objects, and keywords the chosen release lacks.

Give the files of one stack together (the common AT-TLS file first, then
the stack's) so references between them resolve. When a PAGENT main
configuration file is among the files, the chain main → image → policy is
followed, //'DSN(MEMBER)' names mapped to the member files given.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 a file could not be read or has syntax errors.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			fail, err := source.ParseSeverity(failOn)
			if err != nil {
				return inputErr("--fail-on: %v", err)
			}
			l, _, err := load(args, c)
			if err != nil {
				return err
			}
			all := append(append(source.Diagnostics{}, l.syntax...), l.model...).Dedup()
			if err := writeDiags(cmd.OutOrStdout(), format, all); err != nil {
				return err
			}
			return verdict(l.syntax, all, fail)
		},
	}
	c.add(cmd)
	cmd.Flags().StringVar(&failOn, "fail-on", "error", "lowest severity that makes the exit code 1: error, warning or info")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

// verdict turns diagnostics into the exit code.
func verdict(syntax, all source.Diagnostics, fail source.Severity) error {
	if syntax.HasErrors() {
		return &exitError{code: exitInput, msg: fmt.Sprintf("%d syntax error(s)", syntax.Count(source.Error))}
	}
	for _, d := range all {
		if d.Severity <= fail {
			return &exitError{code: exitFindings}
		}
	}
	return nil
}

func writeDiags(w io.Writer, format string, ds source.Diagnostics) error {
	switch strings.ToLower(format) {
	case "text", "":
		printDiags(w, ds)
		if len(ds) > 0 {
			fmt.Fprintf(w, "%d error(s), %d warning(s), %d info\n", ds.Count(source.Error), ds.Count(source.Warning), ds.Count(source.Info))
		}
		return nil
	case "json":
		if ds == nil {
			ds = source.Diagnostics{}
		}
		out, err := encode("json", ds)
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
	return inputErr("unknown format %q (want text or json)", format)
}

func newExplainCmd() *cobra.Command {
	var c commonFlags
	var rule, conn, packet, format string
	cmd := &cobra.Command{
		Use:   "explain (--rule NAME | --connection '...' | --packet '...') FILE|DIR...",
		Short: "Show what a rule, a connection or a packet gets",
		Long: `explain shows what a connection mapped to an AT-TLS rule really gets: the
rule's conditions and every setting of its group, environment and
connection actions merged (connection over environment over group), with
the z/OS defaults of the chosen release filled in. Each value says where it
comes from: the statement and line that set it, or "default for zos-3.1".
Secrets are shown as ********.

--connection evaluates one AT-TLS connection the way z/OS does (rules by
descending Priority, then by name; the first match wins) and prints the
rule that wins, the rules it beats and why, the rules ahead of it that do
not match and why, and the effective settings the connection gets:

  znet explain --connection 'local=10.1.1.2:4000 remote=10.1.0.2:50000
    job=COLATTLS user=START1 dir=inbound' attls.conf

Keys: local=ADDR:PORT remote=ADDR:PORT job=NAME user=ID
dir=inbound|outbound, and optionally time=2025-01-06T08:30 (local time of
the Policy Agent; add Z or an offset such as +01:00 for rules whose time
conditions are in UTC). IPv6 addresses are written [addr]:port.

--packet does the same for the IP filter table (IpFilterPolicy order, the
first match wins) and prints the filter rule and its action:

  znet explain --packet 'src=10.1.0.2 dst=10.1.1.2 proto=tcp sport=50000
    dport=22 dir=inbound' ipsec.conf

Keys: src=ADDR[:PORT] dst=ADDR[:PORT] proto=tcp|udp|icmp|icmpv6|N
dir=inbound|outbound, and optionally sport= dport= type= code=
connect=inbound|outbound (which side opened the TCP connection)
routing=local|routed secclass=N time=...`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			given := 0
			for _, v := range []string{rule, conn, packet} {
				if v != "" {
					given++
				}
			}
			if given != 1 {
				return inputErr("explain needs one of --rule NAME, --connection '...' or --packet '...'")
			}
			var cn *match.Connection
			var pk *match.Packet
			var err error
			if conn != "" {
				if cn, err = match.ParseConnection(conn); err != nil {
					return inputErr("--connection: %v", err)
				}
			}
			if packet != "" {
				if pk, err = match.ParsePacket(packet); err != nil {
					return inputErr("--packet: %v", err)
				}
			}
			l, _, err := load(args, c)
			if err != nil {
				return err
			}
			if l.syntax.HasErrors() {
				printDiags(cmd.ErrOrStderr(), l.syntax)
				return &exitError{code: exitInput, msg: "syntax errors; nothing explained"}
			}
			if cn != nil || pk != nil {
				var results []*match.Result
				for _, s := range l.sets {
					var res *match.Result
					if cn != nil {
						rules := match.ATTLSRules(s.Policy)
						if len(rules) == 0 {
							continue
						}
						res = match.ExplainConnection(s.Policy, rules, cn)
					} else {
						rules := match.FilterRules(s.Policy)
						if len(rules) == 0 && !match.HasFilterPolicy(s.Policy) {
							continue
						}
						res = match.ExplainPacket(s.Policy, rules, pk)
					}
					res.Set = s.Name
					results = append(results, res)
				}
				if len(results) == 0 {
					what := "TTLSRule"
					if pk != nil {
						what = "IpFilterPolicy"
					}
					return inputErr("no %s in the files given", what)
				}
				var v any = results
				if len(results) == 1 {
					v = results[0]
				}
				out, err := encode(format, v)
				if err != nil {
					return err
				}
				_, err = cmd.OutOrStdout().Write(out)
				return err
			}
			var names []string
			for _, s := range l.sets {
				if e := s.Policy.Explain(rule); e != nil {
					out, err := encode(format, e)
					if err != nil {
						return err
					}
					_, err = cmd.OutOrStdout().Write(out)
					return err
				}
				for _, r := range s.Policy.RuleOrder() {
					names = append(names, r.Name)
				}
			}
			hint := ""
			if s := model.Suggest(rule, names); len(s) > 0 {
				hint = "; did you mean " + s[0] + "?"
			}
			return inputErr("no TTLSRule %q in the files given%s", rule, hint)
		},
	}
	c.add(cmd)
	cmd.Flags().StringVar(&rule, "rule", "", "name of the TTLSRule (case-sensitive)")
	cmd.Flags().StringVar(&conn, "connection", "", "an AT-TLS connection: 'local=ADDR:PORT remote=ADDR:PORT job=NAME user=ID dir=inbound|outbound [time=...]'")
	cmd.Flags().StringVar(&packet, "packet", "", "an IP packet: 'src=ADDR dst=ADDR proto=P dir=inbound|outbound [sport=N dport=N ...]'")
	cmd.Flags().StringVarP(&format, "format", "f", "yaml", "output format: yaml or json")
	return cmd
}

// senders are the programs whose messages a syslog.conf must keep: AT-TLS
// (from the stack's job) always; the Policy Agent when its configuration is
// among the inputs, TRMD when IP filter policy is, DMD when its
// configuration is. Job names are the stack names TcpImage gives (TCPIP
// when there is none) and IBM's usual procedure names.
func senders(sets []*policy.Set) []msyslog.Sender {
	stacks := map[string]bool{}
	var pagent, trmd, dmd bool
	for _, s := range sets {
		for _, o := range s.Policy.Objects {
			switch strings.ToLower(o.Def.Name) {
			case "tcpimage", "pepinstance":
				pagent = true
				stacks[o.Name] = true
			case "ttlsconfig", "ipsecconfig", "commonttlsconfig":
				pagent = true
			case "ipfilterpolicy":
				trmd = true
			case "dmconfig", "dmstackconfig":
				dmd = true
			}
		}
	}
	if len(stacks) == 0 {
		stacks["TCPIP"] = true
	}
	var out []msyslog.Sender
	for _, st := range sortedKeys(stacks) {
		out = append(out, msyslog.ATTLS(st, "", 2))
	}
	if pagent {
		out = append(out, msyslog.PAGENT("PAGENT"))
	}
	if trmd {
		out = append(out, msyslog.TRMD("TRMD"))
	}
	if dmd {
		out = append(out, msyslog.DMD("DMD"))
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
