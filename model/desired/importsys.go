package desired

import (
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/pagent"
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
