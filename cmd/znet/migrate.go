package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/grammar"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/desired"
	"github.com/zosnet/znet/model/migrate"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

func newMigrateCmd() *cobra.Command {
	var out, obeyDir, format string
	var diff bool
	var prefixes []string
	cmd := &cobra.Command{
		Use:   "migrate FILE...",
		Short: "Convert the DEVICE/LINK/HOME definitions of a TCP/IP profile to INTERFACE statements",
		Long: `migrate reads TCP/IP profile members (PROFILE.TCPIP, with the members they
INCLUDE, found beside them) and converts every DEVICE/LINK pair that has an
INTERFACE equivalent, following IBM's conversion steps: OSA-Express QDIO
(MPCIPA with LINK IPAQENET) to INTERFACE IPAQENET with CHPIDTYPE OSD,
HiperSockets (LINK IPAQIDIO) to INTERFACE IPAQIDIO, static VIPAs (VIRTUAL) to
INTERFACE VIRTUAL. The link name becomes the interface name, so routes keep
working; the address comes from HOME, whose entry goes; the prefix length
from the link's BSDROUTINGPARMS subnet mask or from --prefix NAME=/n (znet
never guesses one: without it, the result warns that netstat will show /0);
every LINK parameter is carried; START and STOP name the interface; with
IPCONFIG SOURCEVIPA the VIPA before the link in the HOME list becomes
SOURCEVIPAINTERFACE; a PRIMARYINTERFACE statement keeps the primary
interface where the HOME order chose it. Everything else is left byte for
byte. MPCPTP, LCS and CTC stay DEVICE/LINK, with a note saying why.

Refused, with an error naming the cause: a second LINK on one device, a
static VIPA that is the source VIPA of a link that stays DEVICE/LINK, a
device or link named where znet cannot rewrite it, a link without exactly
one HOME address, a parameter znet does not know.

Output: the converted profile on stdout, or with -o written to FILE (one
file changes) or to DIR (DIR is replaced by a directory holding every file
of the profile, converted); --diff prints a unified diff instead. The
report of every rewrite, with the statements it came from, goes to stdout
when the profile does not, else to stderr (--format json for a program).
--obey DIR writes the OBEYFILE members that make the change on the running
stack, one action per member where z/OS needs it, in the order to run them
(DIR is replaced): STOP the devices, the replacement HOME list, DELETE
LINK, DELETE DEVICE, the INTERFACE statements (with the complete
BEGINROUTES block when a route uses a converted link), START.

migrate reads native members: a znet YAML document is refused (build it,
migrate the built profile member, and import the result).

Nothing is written unless everything succeeded; --diff still shows what
would change when a pair is refused.
Exit codes: 0 everything convertible was converted, 1 a pair was refused
(nothing written), 2 input or usage error.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opt := migrate.Options{Prefix: map[string]int{}}
			for _, p := range prefixes {
				name, n, err := migrate.ParsePrefix(p)
				if err != nil {
					return inputErr("%v", err)
				}
				opt.Prefix[name] = n
			}
			format = strings.ToLower(format)
			if format != "text" && format != "json" {
				return inputErr("unknown format %q (want text or json)", format)
			}
			stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
			profiles, err := loadProfiles(args, stderr)
			if err != nil {
				return err
			}
			if obeyDir != "" && len(profiles) > 1 {
				return inputErr("--obey writes the members of one profile; %d profiles were given (%s)", len(profiles), strings.Join(mainNames(profiles), ", "))
			}
			results := make([]*migrate.Result, len(profiles))
			for i, p := range profiles {
				results[i] = migrate.Migrate(p, opt)
			}
			bad := prefixErrors(results)

			var changed []migrate.File
			for _, r := range results {
				changed = append(changed, r.Changed()...)
			}
			refused := false
			for _, r := range results {
				refused = refused || r.Refused()
			}
			ok := !refused && len(bad) == 0
			profileToStdout := out == "" && !diff

			// The report.
			reportTo := stdout
			if profileToStdout || diff {
				reportTo = stderr
			}
			if err := writeMigrateReport(reportTo, format, results, bad); err != nil {
				return err
			}
			if len(bad) > 0 {
				return &exitError{code: exitInput, msg: "bad --prefix; nothing written"}
			}
			if diff {
				for _, f := range changed {
					label := strings.TrimPrefix(filepath.ToSlash(f.Name), "/")
					stdout.Write(emit.UnifiedDiff("a/"+label, "b/"+label, f.Old, f.New))
				}
			}
			if !ok {
				return &exitError{code: exitFindings, msg: "a DEVICE/LINK pair was refused (see the findings); nothing written"}
			}
			if profileToStdout {
				switch len(changed) {
				case 0:
					fmt.Fprintln(stderr, "znet: nothing to convert; the profile is unchanged")
				case 1:
					stdout.Write(changed[0].New)
				default:
					return inputErr("%d files change (%s); give -o DIR or --diff", len(changed), strings.Join(fileNames(changed), ", "))
				}
			}
			// Everything is checked before anything is written.
			var tree []emit.File
			dirMode := false
			if out != "" {
				dirMode = strings.HasSuffix(out, "/") || isDir(out) || len(changed) > 1 || len(profiles) > 1
				if dirMode {
					if tree, err = outputTree(results); err != nil {
						return err
					}
				}
			}
			var members []emit.File
			if obeyDir != "" {
				for _, m := range results[0].Obey {
					members = append(members, emit.File{Path: m.Name, Data: m.Data})
				}
			}
			if out != "" {
				if dirMode {
					if err := emit.WriteTree(filepath.Clean(out), tree); err != nil {
						return inputErr("%v", err)
					}
				} else {
					data := results[0].Files[0].New
					if len(changed) == 1 {
						data = changed[0].New
					}
					if err := emit.WriteFile(out, data, 0o644); err != nil {
						return inputErr("%v", err)
					}
				}
			}
			if obeyDir != "" {
				if len(members) == 0 {
					fmt.Fprintln(stderr, "znet: nothing converted, so no OBEYFILE members; "+obeyDir+" left as it was")
				} else if err := emit.WriteTree(filepath.Clean(obeyDir), members); err != nil {
					return inputErr("%v", err)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the converted profile to FILE, or every file of it to DIR (replaced)")
	cmd.Flags().BoolVar(&diff, "diff", false, "print a unified diff of the changes instead of the converted profile")
	cmd.Flags().StringVar(&obeyDir, "obey", "", "write the OBEYFILE members of a dynamic migration to DIR (replaced)")
	cmd.Flags().StringArrayVar(&prefixes, "prefix", nil, "prefix length of a converted link's address, NAME=/n (repeatable); wins over BSDROUTINGPARMS")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "report format: text or json")
	return cmd
}

// loadProfiles reads the profiles named by args (files, or directories
// of downloaded members, of which the TCP/IP profiles are taken) with the
// files they include. A file another profile includes is part of that
// profile, not one of its own.
func loadProfiles(args []string, stderr io.Writer) ([]*tcpprofile.Profile, error) {
	var names []string
	var dirs []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, inputErr("%v", err)
		}
		if !st.IsDir() {
			if desired.IsYAML(a) {
				return nil, yamlInput(a, "migrate", "; to migrate a YAML profile, build it, migrate the built profile member, and znet import the result")
			}
			names = append(names, a)
			dirs = append(dirs, filepath.Dir(a))
			continue
		}
		dirs = append(dirs, a)
		ents, err := os.ReadDir(a)
		if err != nil {
			return nil, inputErr("%v", err)
		}
		// The TCP/IP profiles among the downloaded members; the others
		// (Policy Agent files, syslog.conf…) are not for migrate.
		for _, e := range ents {
			if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") || desired.IsYAML(e.Name()) {
				continue
			}
			p := filepath.Join(a, e.Name())
			data, err := os.ReadFile(p)
			if err != nil {
				return nil, inputErr("%v", err)
			}
			if fam, err := grammar.Detect(p, data); err == nil && fam.Kind == "profile" {
				names = append(names, p)
			}
		}
	}
	if len(names) == 0 {
		return nil, inputErr("no TCP/IP profile among %s", strings.Join(args, ", "))
	}
	included := map[string]bool{}
	var out []*tcpprofile.Profile
	var problems source.Diagnostics
	for _, n := range names {
		if included[absPath(n)] {
			continue
		}
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, inputErr("%v", err)
		}
		p, diags := tcpprofile.LoadWith(n, data, tcpprofile.FileOpener(dirs...), tcpprofile.Options{})
		for _, d := range diags {
			if d.Severity == source.Error && (strings.HasPrefix(d.Code, "PR1") ||
				d.Code == tcpprofile.CodeIncludeRead || d.Code == tcpprofile.CodeIncludeCycle || d.Code == tcpprofile.CodeIncludeDepth) {
				problems = append(problems, d)
			}
		}
		for _, f := range p.Files[1:] {
			included[absPath(f.Name)] = true
		}
		out = append(out, p)
	}
	// Drop profiles that a later one turned out to include.
	kept := out[:0]
	for _, p := range out {
		if !included[absPath(p.Files[0].Name)] {
			kept = append(kept, p)
		}
	}
	if len(problems) > 0 {
		printDiags(stderr, problems.Dedup())
		return nil, inputErr("%d problem(s) reading the profile (syntax errors, includes that cannot be read); nothing migrated", len(problems.Dedup()))
	}
	return kept, nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func mainNames(ps []*tcpprofile.Profile) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Files[0].Name)
	}
	return out
}

func fileNames(fs []migrate.File) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
}

// prefixErrors returns the --prefix findings that hold for the whole
// run: a name no profile converts, a length or a link no profile takes.
func prefixErrors(results []*migrate.Result) source.Diagnostics {
	count := map[string]int{}
	first := map[string]source.Diagnostic{}
	for _, r := range results {
		seen := map[string]bool{}
		for _, d := range r.BadOptions() {
			if !seen[d.Message] {
				seen[d.Message] = true
				count[d.Message]++
				if _, ok := first[d.Message]; !ok {
					first[d.Message] = d
				}
			}
		}
	}
	var out source.Diagnostics
	for msg, n := range count {
		if n == len(results) || !strings.Contains(msg, "names no link") {
			out = append(out, first[msg])
		}
	}
	out.Sort()
	return out
}

// writeMigrateReport writes the report of every profile; --prefix
// findings that hold for one profile only are left out.
func writeMigrateReport(w io.Writer, format string, results []*migrate.Result, bad source.Diagnostics) error {
	keep := map[string]bool{}
	for _, d := range bad {
		keep[d.Message] = true
	}
	for _, r := range results {
		ds := r.Diagnostics[:0:0]
		for _, d := range r.Diagnostics {
			if d.Code != migrate.CodeBadPrefix || keep[d.Message] {
				ds = append(ds, d)
			}
		}
		r.Diagnostics = ds
	}
	if format == "json" {
		reps := make([]migrate.Report, len(results))
		for i, r := range results {
			reps[i] = r.Report()
		}
		b, err := encode("json", map[string]any{"profiles": reps})
		if err != nil {
			return &exitError{code: exitInternal, msg: err.Error()}
		}
		_, err = w.Write(b)
		return err
	}
	var buf bytes.Buffer
	for i, r := range results {
		if i > 0 {
			buf.WriteString("\n")
		}
		if err := r.WriteText(&buf, ""); err != nil {
			return err
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// outputTree is every file of every profile, by base name, for -o DIR.
func outputTree(results []*migrate.Result) ([]emit.File, error) {
	by := map[string]string{}
	var files []emit.File
	for _, r := range results {
		for _, f := range r.Files {
			base := path.Base(filepath.ToSlash(f.Name))
			if prev, ok := by[base]; ok {
				if absPath(prev) == absPath(f.Name) {
					continue
				}
				return nil, inputErr("-o DIR: %s and %s would both be written as %s", prev, f.Name, base)
			}
			by[base] = f.Name
			files = append(files, emit.File{Path: base, Data: f.New})
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}
