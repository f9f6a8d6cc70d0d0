package desired

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/grammar/syslog"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// System is one z/OS system's desired network-security configuration: the
// system file and everything it names.
//
//	system: S0W1
//	release: zos-3.1
//	dataset: SYS1.S0W1.TCPPARMS          # the PDS members are built for
//	pagent:
//	  member: PAGENT                     # main configuration member
//	  stdenv: PAGENTEV                   # optional STDENV member
//	  config: { LogLevel: 31 }           # other main-file statements
//	  common:
//	    attls: { file: common-attls.yaml, member: TTLSCOMM }
//	stacks:
//	  TCPIP:
//	    image: PAGENTI                   # image configuration member
//	    attls: { file: attls-tcpip.yaml, member: TTLSTCP }
//	    ipsec: { file: ipsec-tcpip.yaml, member: IPSTCP }
//	    profile: { file: profile-tcpip.yaml, member: PROFNETA }
//	dmd: { file: dmd.yaml, member: DMDCONF }
//	syslog: { file: syslog.yaml, path: /etc/syslog.conf }
//
// Every file may also be written inline: the value of attls, ipsec, dmd or
// config is then the policy document itself (with an optional member:);
// the value of profile or syslog the document's list, or {member: …,
// profile: [...]} / {path: …, syslog: [...]}. A profile or syslog file
// whose name does not end in .yaml or .yml is native text.
type System struct {
	File    string
	Name    string
	Release model.Release
	Dataset string
	PAGENT  PAGENT
	Stacks  []*Stack
	DMD     *Part
	// Syslog is the z/OS UNIX syslogd configuration (nil when not named).
	Syslog *Native
	Diags  source.Diagnostics
}

// PAGENT is the main configuration file's part of a system.
type PAGENT struct {
	Member string
	Stdenv string
	Config *Part
	Common map[string]*Part // "attls", "ipsec"
}

// Stack is one TCP/IP stack's policy.
type Stack struct {
	Name  string
	Image string           // image configuration member
	Parts map[string]*Part // "attls", "ipsec"
	// Profile is the stack's network part of the TCP/IP profile, the
	// member its main profile includes with INCLUDE (nil when not named).
	Profile *Native
	Span    source.Span
}

// Native is a part in a native syntax other than Policy Agent's: a stack's
// TCP/IP profile part or syslog.conf, given as a native file (checked and
// built as written) or as a YAML document (see ParseProfile, ParseSyslog;
// built by printing its tree).
type Native struct {
	Kind string // profile or syslog (the grammar family)
	// Path is the file, resolved from the system file ("" when the
	// document is written inline in the system file).
	Path   string
	Member string // the PDS member it becomes (profile)
	// Target is the z/OS UNIX path it is meant for (syslog.conf).
	Target string
	// YAML is set when the part is a YAML document (a file or inline).
	YAML bool
	// Data is the text of a native file (nil for a YAML document).
	Data []byte
	// Profile and Syslog are the syntax tree (one of them, by Kind), with
	// positions in the file the statements are written in. Their
	// Diagnostics are those of reading it (YAML and syntax).
	Profile *profile.File
	Syslog  *syslog.File
	Span    source.Span
	// raw are the lines of the YAML the document is written in.
	raw []string
}

// Part is one policy document and the member it becomes.
type Part struct {
	Kind   string // attls, ipsec, config, dmd
	Member string
	// Path is the document's file ("" when written inline).
	Path string
	// Files are the syntax trees read for the part: included documents
	// first, then the part itself.
	Files []*pagent.File
	Span  source.Span
}

// PolicyKinds are the keys of a stack that hold Policy Agent policy.
var PolicyKinds = []string{"attls", "ipsec"}

// LoadSystem reads a system file and every document it names. It never
// fails: problems are in System.Diags.
func LoadSystem(path string) *System {
	s := &System{File: path, Release: model.DefaultRelease, PAGENT: PAGENT{Common: map[string]*Part{}}}
	data, err := os.ReadFile(path)
	if err != nil {
		s.Diags.Add(source.FileStart(path), source.Error, CodeFile, err.Error(), "")
		return s
	}
	c := &converter{file: path, raw: lines(data)}
	l := &loader{c: c, sys: s, dir: filepath.Dir(path)}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		c.diags.Add(yamlErrSpan(path, err), source.Error, CodeFile, "not valid YAML: "+yamlErrText(err), "")
		s.Diags = c.diags
		return s
	}
	resolveAliases(&root, 0)
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		c.add(&root, CodeSystem, "a system file is a mapping with system:, release:, dataset:, pagent:, stacks:", "")
		s.Diags = c.diags
		return s
	}
	l.system(root.Content[0])
	s.Diags = append(s.Diags, c.diags...)
	s.Diags.Sort()
	return s
}

// IsSystem reports whether YAML data is a system file (it has a system:
// key at the top) rather than a policy document.
func IsSystem(data []byte) bool {
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return false
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "system" {
			return true
		}
	}
	return false
}

type loader struct {
	c   *converter
	sys *System
	dir string
}

var systemKeys = []string{"system", "release", "dataset", "pagent", "stacks", "dmd", "syslog", "tests"}

func (l *loader) system(m *yaml.Node) {
	l.c.dupKeys(m, false)
	s := l.sys
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		switch k.Value {
		case "system":
			s.Name = l.str(v)
		case "release":
			r, err := model.ParseRelease(l.str(v))
			if err != nil {
				l.c.add(v, CodeSystem, err.Error(), "")
			} else {
				s.Release = r
			}
		case "dataset":
			s.Dataset = strings.ToUpper(l.str(v))
			if !dsnRE.MatchString(s.Dataset) {
				l.c.add(v, CodeSystem, fmt.Sprintf("%q is not a data set name", l.str(v)), "qualifiers of 1-8 characters A-Z 0-9 @ # $ - separated by dots, 44 at most")
			}
		case "pagent":
			l.pagent(v)
		case "stacks":
			l.stacks(v)
		case "dmd":
			s.DMD = l.part("dmd", v)
		case "syslog":
			s.Syslog = l.native("syslog", v, "path")
		case "tests":
			// Policy tests are read by `znet test`.
		default:
			l.c.add(k, CodeUnknownKey, fmt.Sprintf("%q is not a key of a system file", k.Value), hint(k.Value, systemKeys))
		}
	}
	if s.Name == "" {
		l.c.add(m, CodeSystem, "the system file has no system: name", "add system: SYSNAME")
	}
}

var dsnRE = regexp.MustCompile(`^[A-Z@#$][A-Z0-9@#$-]{0,7}(\.[A-Z@#$][A-Z0-9@#$-]{0,7})*$`)

func (l *loader) str(v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode {
		l.c.add(v, CodeType, "expected a value, found a "+kindName(v), "")
		return ""
	}
	return v.Value
}

func (l *loader) pagent(v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		l.c.add(v, CodeType, "pagent: is a mapping (member, stdenv, config, common)", "")
		return
	}
	l.c.dupKeys(v, false)
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, x := v.Content[i], v.Content[i+1]
		switch k.Value {
		case "member":
			l.sys.PAGENT.Member = l.member(x)
		case "stdenv":
			l.sys.PAGENT.Stdenv = l.member(x)
		case "config":
			l.sys.PAGENT.Config = l.part("config", x)
		case "common":
			if x.Kind != yaml.MappingNode {
				l.c.add(x, CodeType, "common: maps attls and ipsec to their common policy", "")
				continue
			}
			for j := 0; j+1 < len(x.Content); j += 2 {
				kind := x.Content[j].Value
				if !isPolicyKind(kind) {
					l.c.add(x.Content[j], CodeUnknownKey, fmt.Sprintf("%q: common policy is attls or ipsec", kind), hint(kind, PolicyKinds))
					continue
				}
				l.sys.PAGENT.Common[kind] = l.part(kind, x.Content[j+1])
			}
		default:
			l.c.add(k, CodeUnknownKey, fmt.Sprintf("%q is not a key of pagent:", k.Value), hint(k.Value, []string{"member", "stdenv", "config", "common"}))
		}
	}
}

func isPolicyKind(k string) bool {
	for _, p := range PolicyKinds {
		if p == k {
			return true
		}
	}
	return false
}

func (l *loader) stacks(v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		l.c.add(v, CodeType, "stacks: maps each TCP/IP stack name to its policy", "")
		return
	}
	l.c.dupKeys(v, false)
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, x := v.Content[i], v.Content[i+1]
		st := &Stack{Name: k.Value, Parts: map[string]*Part{}, Span: l.c.span(k)}
		if len(st.Name) > 8 {
			l.c.add(k, CodeSystem, fmt.Sprintf("stack name %q is longer than 8 characters (it is the TCP/IP procedure name)", st.Name), "")
		}
		if x.Kind != yaml.MappingNode {
			l.c.add(x, CodeType, "a stack is a mapping: image, attls, ipsec", "")
			continue
		}
		l.c.dupKeys(x, false)
		for j := 0; j+1 < len(x.Content); j += 2 {
			kk, xx := x.Content[j], x.Content[j+1]
			switch {
			case kk.Value == "image":
				st.Image = l.member(xx)
			case isPolicyKind(kk.Value):
				st.Parts[kk.Value] = l.part(kk.Value, xx)
			case kk.Value == "profile":
				st.Profile = l.native("profile", xx, "member")
			default:
				l.c.add(kk, CodeUnknownKey, fmt.Sprintf("%q is not a key of a stack", kk.Value), hint(kk.Value, append([]string{"image", "profile"}, PolicyKinds...)))
			}
		}
		l.sys.Stacks = append(l.sys.Stacks, st)
	}
}

// memberRE is a PDS member name: 1-8 characters A-Z 0-9 @ # $, not
// starting with a digit.
var memberRE = regexp.MustCompile(`^[A-Z@#$][A-Z0-9@#$]{0,7}$`)

func (l *loader) member(v *yaml.Node) string {
	m := strings.ToUpper(l.str(v))
	if m != "" && !memberRE.MatchString(m) {
		l.c.add(v, CodeSystem, fmt.Sprintf("%q is not a member name: 1-8 characters A-Z 0-9 @ # $, not starting with a digit", l.str(v)), "")
	}
	return m
}

// part reads a reference to a policy document: a file name, {file,
// member}, or the document inline (with an optional member:).
func (l *loader) part(kind string, v *yaml.Node) *Part {
	p := &Part{Kind: kind, Span: l.c.span(v)}
	switch v.Kind {
	case yaml.ScalarNode:
		p.Path = l.path(v.Value)
		p.Files = l.document(p.Path, v, nil)
	case yaml.MappingNode:
		var inline []*yaml.Node
		for i := 0; i+1 < len(v.Content); i += 2 {
			k, x := v.Content[i], v.Content[i+1]
			switch k.Value {
			case "file":
				p.Path = l.path(l.str(x))
			case "member":
				p.Member = l.member(x)
			default:
				inline = append(inline, k, x)
			}
		}
		switch {
		case p.Path != "" && len(inline) > 0:
			l.c.add(inline[0], CodeSystem, fmt.Sprintf("%s names a file and also holds statements; use one or the other", kind), "")
		case p.Path != "":
			p.Files = l.document(p.Path, v, nil)
		default:
			doc := &yaml.Node{Kind: yaml.MappingNode, Content: inline, Line: v.Line, Column: v.Column}
			d := l.c.documentFrom(doc)
			p.Files = append(l.includes(d, l.sys.File, nil), d.File)
		}
	default:
		l.c.add(v, CodeType, fmt.Sprintf("%s: takes a file name, {file:, member:}, or the statements themselves", kind), "")
	}
	return p
}

func (l *loader) path(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(l.dir, p)
}

// document reads a policy document file and its includes (included first).
// chain holds the files on the way, to find include cycles.
func (l *loader) document(path string, at *yaml.Node, chain []string) []*pagent.File {
	for i, c := range chain {
		if c == path {
			cyc := append(append([]string(nil), chain[i:]...), path)
			l.c.add(at, CodeCycle, "include cycle: "+strings.Join(cyc, " -> "), "remove one of the includes")
			return nil
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		l.c.add(at, CodeFile, fmt.Sprintf("cannot read %s: %v", path, unwrapPathErr(err)), "")
		return nil
	}
	d := ParseDocument(path, data)
	return append(l.includes(d, path, append(chain, path)), d.File)
}

func (l *loader) includes(d *Document, from string, chain []string) []*pagent.File {
	var out []*pagent.File
	for _, inc := range d.Includes {
		p := inc.Path
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(from), p)
		}
		n := &yaml.Node{Line: inc.Span.Line, Column: inc.Span.Col, Kind: yaml.ScalarNode, Value: inc.Path}
		sub := &converter{file: inc.Span.File}
		saved := l.c
		l.c = sub
		out = append(out, l.document(p, n, chain)...)
		l.c = saved
		l.c.diags = append(l.c.diags, sub.diags...)
	}
	return out
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// documentFrom converts an inline document node (part of a larger file).
func (c *converter) documentFrom(m *yaml.Node) *Document {
	d := &Document{File: &pagent.File{Name: c.file}}
	c.dupKeys(m, true)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if strings.EqualFold(k.Value, "include") {
			d.Includes = append(d.Includes, c.includes(v)...)
			continue
		}
		d.File.Statements = append(d.File.Statements, c.topLevel(k, v)...)
	}
	return d
}

// Files returns every syntax tree the system reads, with its diagnostics.
func (s *System) Files() []*pagent.File {
	var out []*pagent.File
	for _, p := range s.parts() {
		out = append(out, p.Files...)
	}
	return out
}

// parts lists every part in a stable order.
func (s *System) parts() []*Part {
	var out []*Part
	if s.PAGENT.Config != nil {
		out = append(out, s.PAGENT.Config)
	}
	for _, k := range PolicyKinds {
		if p := s.PAGENT.Common[k]; p != nil {
			out = append(out, p)
		}
	}
	for _, st := range s.Stacks {
		for _, k := range PolicyKinds {
			if p := st.Parts[k]; p != nil {
				out = append(out, p)
			}
		}
	}
	if s.DMD != nil {
		out = append(out, s.DMD)
	}
	return out
}

// Sets builds the model of each stack's policy the way Policy Agent reads
// it: for each stack and policy type, the common document first, then the
// stack's; plus the main configuration and DMD documents.
func (s *System) Sets() []*policy.Set {
	var sets []*policy.Set
	one := func(name string, files []*pagent.File) {
		if len(files) > 0 {
			sets = append(sets, &policy.Set{Name: name, Files: files, Policy: policy.Build(files, s.Release)})
		}
	}
	if s.PAGENT.Config != nil {
		one("config", s.PAGENT.Config.Files)
	}
	stacks := append([]*Stack(nil), s.Stacks...)
	sort.SliceStable(stacks, func(i, j int) bool { return stacks[i].Name < stacks[j].Name })
	for _, st := range stacks {
		for _, k := range PolicyKinds {
			p := st.Parts[k]
			if p == nil {
				continue
			}
			var files []*pagent.File
			if c := s.PAGENT.Common[k]; c != nil {
				files = append(files, c.Files...)
			}
			files = append(files, p.Files...)
			one("stack "+st.Name+" "+k, files)
		}
	}
	if s.DMD != nil {
		one("dmd", s.DMD.Files)
	}
	policy.Shared(sets)
	return sets
}

// LoadDocument reads a standalone policy document and its includes
// (included documents first).
func LoadDocument(path string) ([]*pagent.File, source.Diagnostics) {
	c := &converter{file: path}
	l := &loader{c: c, sys: &System{File: path}, dir: filepath.Dir(path)}
	at := &yaml.Node{Kind: yaml.ScalarNode, Line: 1, Column: 1, Value: path}
	files := l.document(path, at, nil)
	return files, c.diags
}

// IsYAML reports whether a file name is a YAML file.
func IsYAML(name string) bool {
	e := strings.ToLower(filepath.Ext(name))
	return e == ".yaml" || e == ".yml"
}

// Substitute replaces every value written as ${NAME} in the system's
// documents by the value lookup gives for NAME (the environment, when
// members are built), so that secrets never sit in git. A name lookup does
// not know is an error at the value's position; its value is never shown.
func (s *System) Substitute(lookup func(string) (string, bool)) source.Diagnostics {
	return Substitute(s.Files(), lookup)
}

// Substitute does the same for any documents.
func Substitute(files []*pagent.File, lookup func(string) (string, bool)) source.Diagnostics {
	var ds source.Diagnostics
	var walk func(list []*pagent.Statement)
	walk = func(list []*pagent.Statement) {
		for _, st := range list {
			for i, v := range st.Values {
				if !strings.HasPrefix(v.Text, "${") || !strings.HasSuffix(v.Text, "}") {
					continue
				}
				name := v.Text[2 : len(v.Text)-1]
				val, ok := lookup(name)
				if !ok || val == "" {
					ds.Add(v.Span, source.Error, CodeSystem,
						fmt.Sprintf("%s refers to ${%s}, which is not set", st.Keyword.Text, name),
						"set the environment variable "+name+" when building (the value never goes into git)")
					continue
				}
				st.Values[i].Text = val
			}
			if st.Block != nil {
				walk(st.Block.Statements)
			}
		}
	}
	for _, f := range files {
		walk(f.Statements)
	}
	return ds
}

// native reads a stack's profile part or syslog.conf: the file's name or
// {file:, member:} / {file:, path:}, where a .yaml or .yml file is a
// profile or syslog document and any other file is native; or the
// document written inline, as its list or with member: / path: beside it
// ({member: PROFNETA, profile: [...]}).
func (l *loader) native(kind string, v *yaml.Node, target string) *Native {
	n := &Native{Kind: kind, Span: l.c.span(v)}
	if kind == "syslog" {
		n.Target = "/etc/syslog.conf"
	}
	var inline *yaml.Node
	switch v.Kind {
	case yaml.ScalarNode:
		n.Path = l.path(v.Value)
	case yaml.SequenceNode:
		inline = v
	case yaml.MappingNode:
		l.c.dupKeys(v, false)
		for i := 0; i+1 < len(v.Content); i += 2 {
			k, x := v.Content[i], v.Content[i+1]
			switch {
			case k.Value == "file":
				n.Path = l.path(l.str(x))
			case k.Value == kind:
				inline = x
			case k.Value == "member" && target == "member":
				n.Member = l.member(x)
			case k.Value == "path" && target == "path":
				n.Target = l.str(x)
				if !strings.HasPrefix(n.Target, "/") {
					l.c.add(x, CodeSystem, fmt.Sprintf("%q is not an absolute z/OS UNIX path", n.Target), "")
				}
			default:
				l.c.add(k, CodeUnknownKey, fmt.Sprintf("%q is not a key of %s: (file:, %s:, or the %s document inline under %s:)", k.Value, kind, target, kind, kind),
					hint(k.Value, []string{"file", target, kind}))
			}
		}
	default:
		l.c.add(v, CodeType, fmt.Sprintf("%s: takes a file name, {file:, %s:}, or the %s document itself", kind, target, kind), "")
		return nil
	}
	switch {
	case inline != nil && n.Path != "":
		l.c.add(v, CodeSystem, fmt.Sprintf("%s names a file and also holds the document; use one or the other", kind), "")
		return nil
	case inline != nil:
		n.YAML = true
		n.raw = l.c.raw
		sub := &converter{file: l.c.file, raw: l.c.raw}
		if kind == "profile" {
			n.Profile = sub.profileList(inline)
		} else {
			n.Syslog = sub.syslogList(inline)
		}
		return n
	case n.Path == "":
		l.c.add(v, CodeSystem, kind+": names no file", "write {file: NAME}")
		return nil
	}
	data, err := os.ReadFile(n.Path)
	if err != nil {
		l.c.add(v, CodeFile, fmt.Sprintf("cannot read %s: %v", n.Path, unwrapPathErr(err)), "")
		return nil
	}
	if err := n.parse(data); err != nil {
		l.c.add(v, CodeFile, "internal error: "+err.Error(), "")
		return nil
	}
	return n
}

// parse reads a part's file: a document when its name is a YAML name,
// native text otherwise.
func (n *Native) parse(data []byte) error {
	if IsYAML(n.Path) {
		n.YAML = true
		n.raw = lines(data)
		if n.Kind == "profile" {
			n.Profile = ParseProfile(n.Path, data)
		} else {
			n.Syslog = ParseSyslog(n.Path, data)
		}
		return nil
	}
	n.Data = data
	var err error
	if n.Kind == "profile" {
		n.Profile, err = profile.Parse(n.Path, data)
	} else {
		n.Syslog, err = syslog.Parse(n.Path, data)
	}
	return err
}

// Diags are the diagnostics of reading the part (YAML and syntax).
func (n *Native) Diags() source.Diagnostics {
	if n.Profile != nil {
		return n.Profile.Diagnostics
	}
	if n.Syslog != nil {
		return n.Syslog.Diagnostics
	}
	return nil
}

// LoadNative reads a profile or syslog document on its own (kind
// "profile" or "syslog", see DocumentKind).
func LoadNative(path, kind string) (*Native, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	n := &Native{Kind: kind, Path: path, Span: source.FileStart(path)}
	if kind == "syslog" {
		n.Target = "/etc/syslog.conf"
	}
	return n, n.parse(data)
}

// DocumentKind tells what a YAML file holds: "system" (a system file),
// "profile" or "syslog" (a document with that key at the top), or
// "policy" (a policy document, also when it cannot be read).
func DocumentKind(data []byte) string {
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return "policy"
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		switch k := m.Content[i].Value; {
		case k == "system":
			return "system"
		case strings.EqualFold(k, "profile"), strings.EqualFold(k, "syslog"):
			return strings.ToLower(k)
		}
	}
	return "policy"
}

// Natives lists the native parts: each stack's profile, then syslog.conf.
func (s *System) Natives() []*Native {
	var out []*Native
	for _, st := range s.Stacks {
		if st.Profile != nil {
			out = append(out, st.Profile)
		}
	}
	if s.Syslog != nil {
		out = append(out, s.Syslog)
	}
	return out
}
