package emit

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/desired"
	"github.com/zosnet/znet/model/policy"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// BuildOptions say how members are written.
type BuildOptions struct {
	// Encoding is "" or "UTF-8" for text (one line per record, what a
	// text upload expects) or an EBCDIC code page such as IBM-1047 (80
	// bytes per record, no line ends, for a binary transfer).
	Encoding string
	// JCL adds one IEBUPDTE job per data set that loads all its members.
	JCL     bool
	JobCard []string
	// Manifest adds manifest.json: member, kind, SHA-256, source file.
	Manifest bool
	// Lookup gives the values of ${NAME} references (the environment).
	Lookup func(string) (string, bool)
}

// planned is one member to build.
type planned struct {
	member string
	kind   string // main, image, attls, ipsec, dmd, stdenv
	source string // the YAML it comes from
	text   []byte
	at     source.Span
	objs   []*policy.Object
}

// BuildSystem compiles a system into the files of its PDS members: one
// directory per data set holding one file per member, plus the IEBUPDTE
// job and the manifest when asked. It returns nothing to write unless
// every member built; the diagnostics say why.
//
// The Policy Agent chain is complete and consistent: the main
// configuration member names each stack's image member with TcpImage and
// the common policies with CommonTTLSConfig / CommonIpSecConfig; each
// image member names its stack's policy members with TTLSConfig /
// IpSecConfig, all as //'DATASET(MEMBER)'.
func BuildSystem(s *desired.System, opt BuildOptions) ([]File, []string, source.Diagnostics) {
	var ds source.Diagnostics
	ds = append(ds, s.Diags...)
	for _, f := range s.Files() {
		ds = append(ds, f.Diagnostics...)
	}
	// The profile parts and syslog.conf, native or YAML, must read
	// without errors too.
	for _, n := range s.Natives() {
		switch {
		case n.Profile != nil:
			m, mds := tcpprofile.FromFile(n.Profile, tcpprofile.FileOpener(), tcpprofile.Options{})
			ds = append(append(ds, mds...), m.Check()...)
		case n.Syslog != nil:
			ds = append(ds, n.Syslog.Diagnostics...)
		}
	}
	if ds.HasErrors() {
		return nil, nil, ds.Dedup()
	}
	if opt.Lookup != nil {
		ds = append(ds, s.Substitute(opt.Lookup)...)
	}
	// The model of every set, checked once; members print the objects of
	// their own files from it.
	objs := map[*pagent.Statement]*policy.Object{}
	for _, set := range s.Sets() {
		ds = append(ds, set.Policy.Diags...)
		for _, o := range set.Policy.Objects {
			if _, done := objs[o.Src]; !done { // a common file's objects once
				objs[o.Src] = o
			}
		}
	}
	at := source.FileStart(s.File)
	if s.Dataset == "" {
		ds.Add(at, source.Error, desired.CodeSystem, "the system file names no dataset: the PDS the members are built for", "add dataset: HLQ.TCPPARMS")
	}
	if ds.HasErrors() {
		return nil, nil, ds.Dedup()
	}
	plan, pds := planMembers(s, objs)
	ds = append(ds, pds...)
	if ds.HasErrors() {
		return nil, nil, ds.Dedup()
	}
	var files []File
	var members []Member
	var listing []string
	man := &Manifest{Dataset: s.Dataset, Encoding: opt.Encoding}
	dir := s.Dataset
	for _, m := range plan {
		data, recs, err := MemberBytes(m.member, m.text, opt.Encoding, Secrets(m.objs)...)
		if err != nil {
			ds.Add(m.at, source.Error, "EM101", fmt.Sprintf("member %s: %v", m.member, err), "")
			continue
		}
		files = append(files, File{Path: dir + "/" + m.member, Data: data})
		members = append(members, Member{Name: m.member, Records: recs})
		man.Add(m.member, m.kind, m.source, data)
		listing = append(listing, fmt.Sprintf("%s(%s)  %s  %d records  from %s", s.Dataset, m.member, m.kind, len(recs), m.source))
	}
	if ds.HasErrors() {
		return nil, nil, ds.Dedup()
	}
	if n := s.Syslog; n != nil {
		// syslog.conf is a z/OS UNIX text file, not a member: it goes under
		// uss/ at its path, as text (transfer it as text). A native file
		// is copied as written; a YAML document is printed.
		data, src := n.Data, nativeSource(s, n)
		if n.YAML {
			data = PrintSyslog(SyslogLayout(n.Syslog))
		}
		files = append(files, File{Path: "uss" + n.Target, Data: data})
		man.Add("uss"+n.Target, "syslog", src, data)
		listing = append(listing, fmt.Sprintf("%s  syslog  z/OS UNIX file  from %s", n.Target, src))
	}
	if opt.JCL {
		job := Job{JobCard: opt.JobCard, Dataset: s.Dataset}
		b, err := job.Write(members)
		if err != nil {
			ds.Add(at, source.Error, "EM102", "IEBUPDTE job: "+err.Error(), "")
			return nil, nil, ds.Dedup()
		}
		files = append(files, File{Path: s.Dataset + ".jcl", Data: b})
	}
	if opt.Manifest {
		b, err := man.JSON()
		if err != nil {
			ds.Add(at, source.Error, "EM103", "manifest: "+err.Error(), "")
			return nil, nil, ds.Dedup()
		}
		files = append(files, File{Path: "manifest.json", Data: b})
	}
	return files, listing, ds.Dedup()
}

// nativeSource is the file a profile part or syslog.conf comes from: its
// own, or the system file when it is written inline.
func nativeSource(s *desired.System, n *desired.Native) string {
	if n.Path == "" {
		return s.File
	}
	return n.Path
}

// dsn writes //'DATASET(MEMBER)'.
func dsn(dataset, member string) string { return "//'" + dataset + "(" + member + ")'" }

// planMembers decides every member and renders its text.
func planMembers(s *desired.System, objs map[*pagent.Statement]*policy.Object) ([]planned, source.Diagnostics) {
	var ds source.Diagnostics
	var plan []planned
	taken := map[string]string{}
	need := func(p *desired.Part, what string) string {
		if p.Member == "" {
			ds.Add(p.Span, source.Error, desired.CodeSystem, what+" names no member", "write {file: …, member: NAME}")
		}
		return p.Member
	}
	addPart := func(p *desired.Part, what string) {
		m := need(p, what)
		if m == "" {
			return
		}
		var mine []*policy.Object
		for _, f := range p.Files {
			for _, st := range f.Statements {
				if o := objs[st]; o != nil {
					mine = append(mine, o)
				}
			}
		}
		src := p.Path
		if src == "" {
			src = s.File
		}
		plan = append(plan, planned{member: m, kind: p.Kind, source: src, at: p.Span, objs: mine,
			text: PrintPagent(mine, nil)})
	}
	// Policy members.
	for _, k := range desired.PolicyKinds {
		if p := s.PAGENT.Common[k]; p != nil {
			addPart(p, "pagent.common."+k)
		}
	}
	stacks := append([]*desired.Stack(nil), s.Stacks...)
	sort.SliceStable(stacks, func(i, j int) bool { return stacks[i].Name < stacks[j].Name })
	for _, st := range stacks {
		for _, k := range desired.PolicyKinds {
			if p := st.Parts[k]; p != nil {
				addPart(p, "stacks."+st.Name+"."+k)
			}
		}
	}
	if s.DMD != nil {
		addPart(s.DMD, "dmd")
	}
	// Each stack's profile part, for INCLUDE in its profile: a native
	// file as written, a YAML document printed.
	for _, st := range stacks {
		if n := st.Profile; n != nil {
			if n.Member == "" {
				ds.Add(n.Span, source.Error, desired.CodeSystem, "stacks."+st.Name+".profile names no member", "write {file: …, member: NAME}")
				continue
			}
			text := n.Data
			if n.YAML {
				text = PrintProfile(n.Layout())
			}
			plan = append(plan, planned{member: n.Member, kind: "profile", source: nativeSource(s, n), at: n.Span, text: text})
		}
	}
	// Image members: one per stack, pointing at the stack's policy.
	for _, st := range stacks {
		if st.Image == "" {
			ds.Add(st.Span, source.Error, desired.CodeSystem, "stack "+st.Name+" names no image member", "add image: NAME")
			continue
		}
		var b strings.Builder
		b.WriteString("# Image configuration for stack " + st.Name + " (written by znet)\n")
		for _, k := range desired.PolicyKinds {
			if p := st.Parts[k]; p != nil && p.Member != "" {
				kw := policy.ConfigStatement(k, false)
				b.WriteString(kw + " " + dsn(s.Dataset, p.Member) + "\n")
			}
		}
		plan = append(plan, generated(st.Image, "image", s, st.Span, b.String(), &ds))
	}
	// The main configuration member.
	main := s.PAGENT.Member
	if main == "" {
		main = "PAGENT"
	}
	header := "# PAGENT main configuration for " + s.Name + " (written by znet)\n"
	var b strings.Builder
	var cfgObjs []*policy.Object
	if c := s.PAGENT.Config; c != nil {
		pol := policy.Build(c.Files, s.Release)
		for _, o := range pol.Objects {
			switch strings.ToLower(o.Def.Name) {
			case "tcpimage", "pepinstance", "commonttlsconfig", "commonipsecconfig", "ttlsconfig", "ipsecconfig":
				ds.Add(o.Src.Keyword.Span, source.Error, desired.CodeSystem,
					o.Def.Name+" in pagent.config: znet writes it from stacks: and common:", "remove it")
			default:
				cfgObjs = append(cfgObjs, o)
			}
		}
	}
	for _, k := range desired.PolicyKinds {
		if p := s.PAGENT.Common[k]; p != nil && p.Member != "" {
			kw := policy.ConfigStatement(k, true)
			b.WriteString(kw + " " + dsn(s.Dataset, p.Member) + "\n")
		}
	}
	for _, st := range stacks {
		if st.Image != "" {
			b.WriteString("TcpImage " + st.Name + " " + dsn(s.Dataset, st.Image) + "\n")
		}
	}
	mainPlan := generated(main, "main", s, source.FileStart(s.File), b.String(), &ds)
	text := []byte(header)
	if len(cfgObjs) > 0 {
		text = append(append(text, PrintPagent(cfgObjs, nil)...), '\n')
	}
	mainPlan.text = append(text, mainPlan.text...)
	plan = append(plan, mainPlan)
	if s.PAGENT.Stdenv != "" {
		plan = append(plan, planned{member: s.PAGENT.Stdenv, kind: "stdenv", source: s.File,
			text: []byte("PAGENT_CONFIG_FILE=" + dsn(s.Dataset, main) + "\n")})
	}
	for _, p := range plan {
		if prev, ok := taken[p.member]; ok {
			ds.Add(p.at, source.Error, desired.CodeSystem,
				fmt.Sprintf("member %s would be written twice (%s and %s)", p.member, prev, p.kind), "give each a member name of its own")
		}
		taken[p.member] = p.kind
	}
	return plan, ds
}

// generated parses and prints a member znet writes itself, so that it goes
// through the same grammar, model and printer as everything else.
func generated(member, kind string, s *desired.System, at source.Span, text string, ds *source.Diagnostics) planned {
	f, err := pagent.Parse(member, []byte(text))
	if err != nil || f.Diagnostics.HasErrors() {
		ds.Add(at, source.Error, "EM104", fmt.Sprintf("internal: generated %s member %s does not parse", kind, member), "")
		return planned{member: member, kind: kind}
	}
	pol := policy.Build([]*pagent.File{f}, s.Release)
	for _, d := range pol.Diags {
		if d.Severity == source.Error {
			ds.Add(at, source.Error, d.Code, fmt.Sprintf("generated %s member %s: %s", kind, member, d.Message), d.Hint)
		}
	}
	return planned{member: member, kind: kind, source: s.File, at: at, objs: pol.Objects, text: PrintPagent(pol.Objects, f.Comments)}
}
