package policy

import (
	"sort"
	"strconv"
	"strings"
	"sync"

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
	b.WriteString(ind + o.Def.Name + " " + strconv.Quote(o.Name) + "\n")
	// Parameters in catalog order: only the relative order of a repeated
	// parameter (a cipher list) means anything, and a stable sort keeps it.
	params := append([]*Param(nil), o.Params...)
	pos, nest := orders(o.Def)
	sort.SliceStable(params, func(i, j int) bool { return pos[params[i].Def] < pos[params[j].Def] })
	children := append([]*Object(nil), o.Children...)
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
		b.WriteString(ind + "  " + p.Def.Name + " = " + v + "\n")
	}
	for _, c := range children {
		canon(b, c, depth+1)
	}
}

// orders gives the catalog positions of a statement's parameters and of
// the statements it nests, computed once per statement.
func orders(def *model.Stmt) (map[*model.Param]int, map[string]int) {
	if v, ok := orderCache.Load(def); ok {
		o := v.(stmtOrder)
		return o.params, o.nested
	}
	o := stmtOrder{params: map[*model.Param]int{}, nested: map[string]int{}}
	for i := range def.Params {
		o.params[&def.Params[i]] = i
	}
	for i, n := range def.Nested {
		o.nested[strings.ToLower(n)] = i
	}
	orderCache.Store(def, o)
	return o.params, o.nested
}

type stmtOrder struct {
	params map[*model.Param]int
	nested map[string]int
}

var orderCache sync.Map

// Deep renders o canonically (as Canonical does) together with every
// object it refers to, recursively: two objects with the same Deep text
// give the same settings, however they were written. memo (may be nil)
// remembers objects already rendered.
func (o *Object) Deep(memo map[*Object]string) string {
	if memo == nil {
		memo = map[*Object]string{}
	}
	if s, ok := memo[o]; ok {
		return s
	}
	memo[o] = "(cycle)" // a reference loop renders once
	var b strings.Builder
	canon(&b, o, 0)
	var walk func(x *Object)
	walk = func(x *Object) {
		for _, p := range x.Params {
			if p.Target != nil {
				b.WriteString(p.Def.Name + " -> " + p.Target.Deep(memo))
			}
		}
		for _, c := range x.Children {
			walk(c)
		}
	}
	walk(o)
	memo[o] = b.String()
	return memo[o]
}
