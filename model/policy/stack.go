package policy

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// Set is a group of files Policy Agent reads together, with their model.
type Set struct {
	// Name says what the set is: "stack TCPIP", "policy", "main", "dmd".
	Name   string
	Files  []*pagent.File
	Policy *Policy
}

// fileFamily tells what a file holds by the families of its top-level
// statements: "config" (PAGENT main or image file), "dmd", or "policy"
// (AT-TLS, IPSec and the common statements). Unknown statements count for
// nothing; a file with nothing known is "policy".
func fileFamily(f *pagent.File) string {
	counts := map[string]int{}
	for _, st := range f.Statements {
		if s := model.Lookup(st.Keyword.Text); s != nil {
			switch s.Family {
			case "main", "image":
				counts["config"]++
			case "dmd":
				counts["dmd"]++
			default:
				counts["policy"]++
			}
		}
	}
	best, n := "policy", 0
	for _, k := range []string{"policy", "config", "dmd"} {
		if counts[k] > n {
			best, n = k, counts[k]
		}
	}
	return best
}

// MemberFile maps //'HLQ.PDS(MEMBER)' to one of the given file names the way
// members downloaded from a PDS are named (zowe zos-files download
// all-members: lower-case member name, optionally with an extension such
// as .txt), or a z/OS UNIX path to a file of the same base name.
func MemberFile(ref string, names []string) (string, bool) {
	_, member, isDSN := SplitDSN(ref)
	want := strings.ToLower(member)
	if !isDSN {
		want = strings.ToLower(filepath.Base(ref))
	}
	if want == "" {
		return "", false
	}
	for _, n := range names {
		base := strings.ToLower(filepath.Base(n))
		if base == want || strings.TrimSuffix(base, filepath.Ext(base)) == want {
			return n, true
		}
	}
	return "", false
}

// Assemble groups files the way Policy Agent reads them and builds each
// group's model. When PAGENT main configuration files are among them, the
// chain main → image → policy is followed: each TcpImage's image file,
// and in it TTLSConfig/IpSecConfig, with the main file's CommonTTLSConfig
// and CommonIpSecConfig read first. Policy files no chain reaches are
// read together as one set, in the order given.
func Assemble(files []*pagent.File, rel model.Release) []*Set {
	byName := map[string]*pagent.File{}
	var names []string
	for _, f := range files {
		byName[f.Name] = f
		names = append(names, f.Name)
	}
	used := map[*pagent.File]bool{}
	var sets []*Set
	var loose []*pagent.File
	for _, f := range files {
		switch fileFamily(f) {
		case "config":
			cfg := Build([]*pagent.File{f}, rel)
			used[f] = true
			sets = append(sets, &Set{Name: "config " + f.Name, Files: []*pagent.File{f}, Policy: cfg})
			sets = append(sets, chain(cfg, byName, names, used, rel)...)
		case "dmd":
			used[f] = true
			sets = append(sets, &Set{Name: "dmd " + f.Name, Files: []*pagent.File{f}, Policy: Build([]*pagent.File{f}, rel)})
		}
	}
	for _, f := range files {
		if !used[f] {
			loose = append(loose, f)
		}
	}
	if len(loose) > 0 {
		sets = append(sets, &Set{Name: "policy", Files: loose, Policy: Build(loose, rel)})
	}
	Shared(sets)
	return sets
}

// Shared reconciles sets that read one file together with others (a
// common AT-TLS file read for every stack): an object of that file is
// unused only when no set uses it, so the "unused" note is dropped from
// every set unless all sets reading the file report it.
func Shared(sets []*Set) {
	readers := map[string]int{}
	for _, s := range sets {
		for _, f := range s.Files {
			readers[f.Name]++
		}
	}
	count := map[source.Diagnostic]int{}
	for _, s := range sets {
		for _, d := range s.Policy.Diags {
			if d.Code == CodeUnused && readers[d.Span.File] > 1 {
				count[d]++
			}
		}
	}
	for _, s := range sets {
		kept := s.Policy.Diags[:0]
		for _, d := range s.Policy.Diags {
			if d.Code == CodeUnused && readers[d.Span.File] > 1 && count[d] < readers[d.Span.File] {
				continue
			}
			kept = append(kept, d)
		}
		s.Policy.Diags = kept
	}
}

// chain follows the statements of a main configuration file to the image
// and policy files among the inputs, and builds one set per stack and
// policy type.
func chain(cfg *Policy, byName map[string]*pagent.File, names []string, used map[*pagent.File]bool, rel model.Release) []*Set {
	var sets []*Set
	common := map[string]*pagent.File{}
	for _, o := range cfg.Objects {
		for _, k := range []string{"CommonTTLSConfig", "CommonIpSecConfig"} {
			if strings.EqualFold(o.Def.Name, k) && len(o.Params) > 0 {
				if f := follow(cfg, o, o.Params[0], byName, names, "policy"); f != nil {
					common[PolicyKind(k)] = f
					used[f] = true
				}
			}
		}
	}
	for _, o := range cfg.Objects {
		if !strings.EqualFold(o.Def.Name, "TcpImage") && !strings.EqualFold(o.Def.Name, "PEPInstance") {
			continue
		}
		if len(o.Params) < 2 || !looksLikeFile(o.Params[1].Value) {
			continue
		}
		stack := o.Params[0].Value
		img := follow(cfg, o, o.Params[1], byName, names, "config")
		if img == nil {
			continue
		}
		used[img] = true
		ip := Build([]*pagent.File{img}, rel)
		sets = append(sets, &Set{Name: "image " + stack, Files: []*pagent.File{img}, Policy: ip})
		for _, io := range ip.Objects {
			kind := PolicyKind(io.Def.Name)
			if kind == "" || len(io.Params) == 0 {
				continue
			}
			pf := follow(ip, io, io.Params[0], byName, names, "policy")
			if pf == nil {
				continue
			}
			used[pf] = true
			fs := []*pagent.File{pf}
			if c := common[kind]; c != nil {
				fs = []*pagent.File{c, pf}
			}
			sets = append(sets, &Set{Name: "stack " + stack + " " + io.Def.Name, Files: fs, Policy: Build(fs, rel)})
		}
	}
	return sets
}

// configs maps the statements that name policy files to the policy kind
// they name (the keys of a system file's stacks).
var configs = map[string]string{
	"ttlsconfig": "attls", "commonttlsconfig": "attls",
	"ipsecconfig": "ipsec", "commonipsecconfig": "ipsec",
}

// PolicyKind is the kind of policy a configuration statement names:
// "attls" for TTLSConfig and CommonTTLSConfig, "ipsec" for IpSecConfig and
// CommonIpSecConfig, "" for any other statement.
func PolicyKind(stmt string) string { return configs[strings.ToLower(stmt)] }

// ConfigStatement is the statement that names a policy file of kind:
// TTLSConfig / IpSecConfig in an image file, or with common set
// CommonTTLSConfig / CommonIpSecConfig in the main file.
func ConfigStatement(kind string, common bool) string {
	s := map[string]string{"attls": "TTLSConfig", "ipsec": "IpSecConfig"}[kind]
	if common && s != "" {
		s = "Common" + s
	}
	return s
}

func looksLikeFile(v string) bool { return strings.HasPrefix(v, "/") }

// follow resolves a file reference of statement o to an input file, checks
// that the file holds what the statement expects, and reports a reference
// that points at the wrong kind of file (IBM: a TcpImage statement must
// name an image configuration file; naming the AT-TLS policy itself gives
// "no policies" without an error message).
func follow(p *Policy, o *Object, prm *Param, byName map[string]*pagent.File, names []string, want string) *pagent.File {
	n, ok := MemberFile(prm.Value, names)
	if !ok {
		p.Diags.Add(prm.Src.Values[0].Span, source.Info, CodeWrongFile,
			fmt.Sprintf("%s names %s, which is not among the files given; it is not checked", o.Def.Name, prm.Value),
			"give the member too (for a downloaded PDS, the directory holding it)")
		return nil
	}
	f := byName[n]
	if got := fileFamily(f); got != want {
		what := map[string]string{"policy": "policy statements", "config": "PAGENT configuration statements", "dmd": "DMD configuration"}
		p.Diags.Add(prm.Src.Values[0].Span, source.Error, CodeWrongFile,
			fmt.Sprintf("%s names %s (%s), which holds %s, not %s", o.Def.Name, prm.Value, n, what[got], what[want]),
			map[string]string{
				"config": "TcpImage names the image configuration file, and the image file's TTLSConfig names the policy",
				"policy": "TTLSConfig and IpSecConfig name policy files",
			}[want])
		p.Diags.Sort()
		return nil
	}
	return f
}
