package policy

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zosnet/znet/model"
)

// Canonical renders the model as deterministic text: the objects Policy
// Agent uses (the last definition of each name, ordered by kind and name),
// their parameters with
// normalised values and their inline statements, secrets masked. Two
// configurations written differently — native or YAML, flat or nested,
// keywords in any case — that mean the same have the same Canonical text;
// round-trip tests compare it.
func (p *Policy) Canonical() string {
	var b strings.Builder
	var objs []*Object
	for _, o := range p.Objects {
		if o.Name != "" && o.Def.Naming != model.NameNone && p.Lookup(o.Def.Name, o.Name) != o {
			continue
		}
		objs = append(objs, o)
	}
	// Top-level order carries no meaning beyond "last definition wins",
	// which the filter above has applied; order by kind and name, keeping
	// the coded order of unnamed statements of one kind.
	sort.SliceStable(objs, func(i, j int) bool {
		if objs[i].Def.Name != objs[j].Def.Name {
			return objs[i].Def.Name < objs[j].Def.Name
		}
		return objs[i].Name < objs[j].Name
	})
	for _, o := range objs {
		canon(&b, o, 0)
	}
	return b.String()
}

func canon(b *strings.Builder, o *Object, depth int) {
	ind := strings.Repeat("  ", depth)
	fmt.Fprintf(b, "%s%s %q\n", ind, o.Def.Name, o.Name)
	// Parameters in catalog order: only the relative order of a repeated
	// parameter (a cipher list) means anything, and a stable sort keeps it.
	params := append([]*Param(nil), o.Params...)
	pos := map[*model.Param]int{}
	for i := range o.Def.Params {
		pos[&o.Def.Params[i]] = i
	}
	sort.SliceStable(params, func(i, j int) bool { return pos[params[i].Def] < pos[params[j].Def] })
	children := append([]*Object(nil), o.Children...)
	nest := map[string]int{}
	for i, n := range o.Def.Nested {
		nest[strings.ToLower(n)] = i
	}
	sort.SliceStable(children, func(i, j int) bool {
		return nest[strings.ToLower(children[i].Def.Name)] < nest[strings.ToLower(children[j].Def.Name)]
	})
	for _, p := range params {
		v := strings.Join(p.Words(), " ")
		if p.Def.Kind == model.KEnum || p.Def.Kind == model.KKeywords {
			v = p.Value
		}
		if p.Def.Kind == model.KSecret {
			v = Masked
		}
		fmt.Fprintf(b, "%s  %s = %s\n", ind, p.Def.Name, v)
	}
	for _, c := range children {
		canon(b, c, depth+1)
	}
}
