package model

import (
	"sort"
	"strings"
	"sync"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
)

// Flat says which parameter names may be written directly in statement s
// in YAML, and which statement each one belongs to: s's own parameters,
// and those of the statements s may nest, recursively ("Keyring" inside a
// TTLSEnvironmentAction stands for TTLSKeyringParms { Keyring … }).
//
// A name that two different nested statements both have is ambiguous
// there (Identity in LocalSecurityEndpoint and RemoteSecurityEndpoint
// inside a KeyExchangeRule): it is left out of Owners and listed in
// Ambiguous with its owners, and must be written inside its statement.
type Flat struct {
	Owners    map[string]*Stmt    // lower-case name -> owning statement
	Ambiguous map[string][]string // lower-case name -> owners' names
}

// Flatten returns Flat for s, computed once per statement (the catalog
// does not change): callers must not change the maps.
func Flatten(s *Stmt) Flat {
	if f, ok := flats.Load(s); ok {
		return f.(Flat)
	}
	f := flatten(s)
	flats.Store(s, f)
	return f
}

var flats sync.Map // *Stmt -> Flat

func flatten(s *Stmt) Flat {
	f := Flat{Owners: map[string]*Stmt{}, Ambiguous: map[string][]string{}}
	seen := map[string]bool{}
	var visit func(st *Stmt)
	visit = func(st *Stmt) {
		if seen[strings.ToLower(st.Name)] {
			return
		}
		seen[strings.ToLower(st.Name)] = true
		for _, p := range st.Params {
			k := strings.ToLower(p.Name)
			if owners, amb := f.Ambiguous[k]; amb {
				f.Ambiguous[k] = append(owners, st.Name)
				continue
			}
			if o, ok := f.Owners[k]; ok && o != st {
				f.Ambiguous[k] = []string{o.Name, st.Name}
				delete(f.Owners, k)
				continue
			}
			f.Owners[k] = st
		}
		for _, n := range st.Nested {
			if c := Lookup(n); c != nil {
				visit(c)
			}
		}
	}
	visit(s)
	for k, v := range f.Ambiguous {
		sort.Strings(v)
		f.Ambiguous[k] = v
	}
	return f
}

// NestPath is the chain of statements from parent (exclusive) down to
// owner (inclusive) through Nested: where a parameter of owner goes when
// it is written flat in parent (an OCSP parameter written in an
// environment action sits in TTLSGskAdvancedParms { TTLSGskOcspParms { …
// } }). It is nil when owner cannot be nested in parent.
func NestPath(parent, owner *Stmt) []*Stmt {
	var walk func(s *Stmt, seen map[*Stmt]bool) []*Stmt
	walk = func(s *Stmt, seen map[*Stmt]bool) []*Stmt {
		for _, n := range s.Nested {
			c := Lookup(n)
			if c == nil || seen[c] {
				continue
			}
			if c == owner {
				return []*Stmt{c}
			}
			seen[c] = true
			if p := walk(c, seen); p != nil {
				return append([]*Stmt{c}, p...)
			}
		}
		return nil
	}
	return walk(parent, map[*Stmt]bool{})
}

// Holder returns the statement inside root (a statement of kind parent)
// that a parameter of owner written flat in parent belongs in, creating
// it, and the statements between, at at on first use; made remembers what
// was created for root.
func Holder(root *pagent.Statement, parent, owner *Stmt, at source.Span, made map[*Stmt]*pagent.Statement) *pagent.Statement {
	into := root
	for _, s := range NestPath(parent, owner) {
		x := made[s]
		if x == nil {
			x = pagent.NewBlock(s.Name, "", at)
			into.Append(x)
			made[s] = x
		}
		into = x
	}
	return into
}
