package desired

import (
	"fmt"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/syslog"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// Imported is the YAML made from native members.
type Imported struct {
	// System is the system file, when a PAGENT main configuration was
	// among the members (nil otherwise).
	System *yaml.Node
	// Docs maps a document file name (relative to the system file) to
	// the document.
	Docs    map[string]*yaml.Node
	Order   []string // Docs' names in input order
	Secrets []Secret
	// Notes are things the user should know (members not found, policy no
	// chain reaches).
	Notes []string
}

// DocName is the YAML file name for a native member: its base name, lower
// case, with .yaml.
func DocName(native string) string {
	b := strings.ToLower(filepath.Base(native))
	return strings.TrimSuffix(b, filepath.Ext(b)) + ".yaml"
}

// MemberName is the PDS member a downloaded file stands for, or "" when
// its name cannot be one.
func MemberName(native string) string {
	b := strings.ToUpper(filepath.Base(native))
	b = strings.TrimSuffix(b, filepath.Ext(b))
	if memberRE.MatchString(b) {
		return b
	}
	return ""
}

// Import turns parsed native files into policy documents, and, when a
// PAGENT main configuration is among them, a system file that ties them
// together as Policy Agent does (TcpImage → image → TTLSConfig/IpSecConfig,
// CommonTTLSConfig/CommonIpSecConfig).
func Import(files []*pagent.File, system string, rel model.Release) *Imported {
	im := &Imported{Docs: map[string]*yaml.Node{}}
	names := make([]string, len(files))
	byName := map[string]*pagent.File{}
	for i, f := range files {
		names[i] = f.Name
		byName[f.Name] = f
	}
	models := map[*pagent.File]*policy.Policy{}
	for _, f := range files {
		p := policy.Build([]*pagent.File{f}, rel)
		models[f] = p
		doc, sec := Export(p)
		name := DocName(f.Name)
		im.Docs[name] = doc
		im.Order = append(im.Order, name)
		im.Secrets = append(im.Secrets, sec...)
	}
	var main *policy.Policy
	var mainFile *pagent.File
	for _, f := range files {
		p := models[f]
		for _, o := range p.Objects {
			if strings.EqualFold(o.Def.Name, "TcpImage") || strings.EqualFold(o.Def.Name, "PEPInstance") {
				main, mainFile = p, f
			}
		}
		if main != nil {
			break
		}
	}
	if main == nil {
		return im
	}
	sys := &yaml.Node{Kind: yaml.MappingNode}
	add := func(m *yaml.Node, k string, v *yaml.Node) { m.Content = append(m.Content, scalar(k), v) }
	if system == "" {
		system = "SYSNAME"
	}
	add(sys, "system", scalar(system))
	add(sys, "release", scalar(rel.String()))
	dsnAt := len(sys.Content)
	add(sys, "dataset", scalar(""))
	pag := &yaml.Node{Kind: yaml.MappingNode}
	add(sys, "pagent", pag)
	if m := MemberName(mainFile.Name); m != "" {
		add(pag, "member", scalar(m))
	}
	delete(im.Docs, DocName(mainFile.Name))
	im.Order = remove(im.Order, DocName(mainFile.Name))
	dataset := ""
	ref := func(o *policy.Object, prm *policy.Param) (*pagent.File, string) {
		dsn, member, isDSN := policy.SplitDSN(prm.Value)
		if isDSN && dataset == "" {
			dataset = dsn
		}
		n, ok := policy.MemberFile(prm.Value, names)
		if !ok {
			im.Notes = append(im.Notes, o.Def.Name+" names "+prm.Value+", which is not among the members given")
			return nil, member
		}
		return byName[n], member
	}
	config := &yaml.Node{Kind: yaml.MappingNode}
	common := &yaml.Node{Kind: yaml.MappingNode}
	stacks := &yaml.Node{Kind: yaml.MappingNode}
	for _, o := range main.Objects {
		switch strings.ToLower(o.Def.Name) {
		case "commonttlsconfig", "commonipsecconfig":
			kind := policy.PolicyKind(o.Def.Name)
			if f, member := ref(o, o.Params[0]); f != nil {
				add(common, kind, partRef(DocName(f.Name), member))
			}
		case "tcpimage", "pepinstance":
			st := &yaml.Node{Kind: yaml.MappingNode}
			add(stacks, o.Name, st)
			var img *pagent.File
			for _, prm := range o.Params {
				if prm.Def.Kind == model.KPath {
					var member string
					img, member = ref(o, prm)
					add(st, "image", scalar(member))
				}
			}
			if img == nil {
				continue
			}
			delete(im.Docs, DocName(img.Name))
			im.Order = remove(im.Order, DocName(img.Name))
			for _, io := range models[img].Objects {
				kind := policy.PolicyKind(io.Def.Name)
				if (kind != "attls" && kind != "ipsec") || len(io.Params) == 0 {
					continue
				}
				if f, member := ref(io, io.Params[0]); f != nil {
					add(st, kind, partRef(DocName(f.Name), member))
				}
			}
		default:
			// LogLevel, CodePage and the other main-file statements.
			one := &policy.Policy{Objects: []*policy.Object{o}}
			d, _ := Export(one)
			config.Content = append(config.Content, d.Content[0].Content...)
		}
	}
	if len(config.Content) > 0 {
		add(pag, "config", config)
	}
	if len(common.Content) > 0 {
		add(pag, "common", common)
	}
	add(sys, "stacks", stacks)
	sys.Content[dsnAt+1] = scalar(dataset)
	if dataset == "" {
		sys.Content[dsnAt+1].LineComment = "# fill in: the PDS the members are built for"
	}
	im.System = &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{sys},
		HeadComment: "# yaml-language-server: $schema=znet.schema.json"}
	return im
}

func partRef(file, member string) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	m.Content = append(m.Content, scalar("file"), scalar(file))
	if member != "" {
		m.Content = append(m.Content, scalar("member"), scalar(member))
	}
	return m
}

func remove(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// AddProfile adds the profile document made from a native profile part
// (ExportProfile) and, when there is a system file, names it as the
// profile of stack: the one given, or else the system's only stack. It
// returns the document's file name; Notes say when it could not be named.
func (im *Imported) AddProfile(f *profile.File, data []byte, stack string) string {
	name := im.docName(f.Name, "profile-")
	im.Docs[name] = ExportProfile(f, data)
	im.Order = append(im.Order, name)
	if im.System == nil {
		if stack != "" {
			im.Notes = append(im.Notes, "no PAGENT main configuration among the members, so no system file names "+name+" as the profile of stack "+stack)
		}
		return name
	}
	stacks := mapValue(im.System.Content[0], "stacks")
	var names []string
	var st *yaml.Node
	for i := 0; stacks != nil && i+1 < len(stacks.Content); i += 2 {
		names = append(names, stacks.Content[i].Value)
		if stack != "" && strings.EqualFold(stacks.Content[i].Value, stack) {
			st = stacks.Content[i+1]
		}
	}
	switch {
	case stack == "" && len(names) == 1:
		st = stacks.Content[1]
		stack = names[0]
	case stack == "":
		im.Notes = append(im.Notes, fmt.Sprintf("%s is not named in system.yaml: the system has %d stacks (%s); say which one with --stack", name, len(names), strings.Join(names, ", ")))
		return name
	case st == nil:
		im.Notes = append(im.Notes, fmt.Sprintf("%s is not named in system.yaml: %s is not one of its stacks (%s)", name, stack, strings.Join(names, ", ")))
		return name
	}
	if prev := mapValue(st, "profile"); prev != nil {
		im.Notes = append(im.Notes, fmt.Sprintf("%s is not named in system.yaml: stack %s already has a profile (%s)", name, stack, mapValue(prev, "file").Value))
		return name
	}
	st.Content = append(st.Content, scalar("profile"), partRef(name, MemberName(f.Name)))
	return name
}

// AddSyslog adds the syslog document made from a syslog.conf
// (ExportSyslog) and, when there is a system file, names it there as
// /etc/syslog.conf. It returns the document's file name.
func (im *Imported) AddSyslog(f *syslog.File, data []byte) string {
	name := im.docName(f.Name, "syslog-")
	im.Docs[name] = ExportSyslog(f, data)
	im.Order = append(im.Order, name)
	if im.System == nil {
		return name
	}
	sys := im.System.Content[0]
	if prev := mapValue(sys, "syslog"); prev != nil {
		im.Notes = append(im.Notes, fmt.Sprintf("%s is not named in system.yaml: it names %s as syslog.conf already", name, mapValue(prev, "file").Value))
		return name
	}
	ref := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	ref.Content = append(ref.Content, scalar("file"), scalar(name), scalar("path"), scalar("/etc/syslog.conf"))
	sys.Content = append(sys.Content, scalar("syslog"), ref)
	return name
}

// docName is the document name for a native file, prefixed when another
// document has the name already.
func (im *Imported) docName(native, prefix string) string {
	name := DocName(native)
	if _, taken := im.Docs[name]; taken || name == "system.yaml" {
		name = prefix + name
	}
	return name
}

// mapValue returns the value of key in mapping m, or nil.
func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
