package policy

import (
	"runtime"
	"strings"
	"sync"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// Setting is one effective value with where it comes from.
type Setting struct {
	Name string `json:"name" yaml:"name"`
	// Value is the value z/OS uses; list parameters (cipher suites,
	// signature pairs, certificate labels) use List instead.
	Value string   `json:"value,omitempty" yaml:"value,omitempty"`
	List  []string `json:"list,omitempty" yaml:"list,omitempty,flow"`
	// Level is connection, environment, group, rule or default.
	Level string `json:"level" yaml:"level"`
	// From names the statement that set the value, or "default for
	// zos-3.1" when nothing did.
	From string      `json:"from" yaml:"from"`
	Span source.Span `json:"-" yaml:"-"`
	At   string      `json:"at,omitempty" yaml:"at,omitempty"`
}

// Effective is what a connection mapped to one rule gets.
type Effective struct {
	Rule        string    `json:"rule" yaml:"rule"`
	Priority    int       `json:"priority" yaml:"priority"`
	Order       int       `json:"order" yaml:"order"` // 1 = evaluated first
	Group       string    `json:"group,omitempty" yaml:"group,omitempty"`
	Environment string    `json:"environment,omitempty" yaml:"environment,omitempty"`
	Connection  string    `json:"connection,omitempty" yaml:"connection,omitempty"`
	Conditions  []Setting `json:"conditions" yaml:"conditions"`
	Settings    []Setting `json:"settings" yaml:"settings"`
	// Uncertain is set when a statement on the way was damaged by a
	// syntax error or a reference did not resolve.
	Uncertain bool   `json:"uncertain,omitempty" yaml:"uncertain,omitempty"`
	Release   string `json:"release" yaml:"release"`
}

// Masked is how secrets appear in every output.
const Masked = "********"

// Get returns the named setting, or nil.
func (e *Effective) Get(name string) *Setting {
	for i := range e.Settings {
		if strings.EqualFold(e.Settings[i].Name, name) {
			return &e.Settings[i]
		}
	}
	return nil
}

// holder is an object contributing settings at one level.
type holder struct {
	o     *Object
	level string
}

// gather collects o and the statements it nests or references (its own
// parms statements), in catalog order of the parent.
func gather(o *Object, level string, out *[]holder, seen map[*Object]bool) {
	if o == nil || seen[o] {
		return
	}
	seen[o] = true
	*out = append(*out, holder{o, level})
	for _, c := range o.Children {
		gather(c, level, out, seen)
	}
	for _, p := range o.Params {
		if p.Target != nil && p.Def.Kind == model.KRef && o.Def.MayNest(p.Target.Def.Name) {
			gather(p.Target, level, out, seen)
		}
	}
}

// levels in override order, strongest first: "values on the
// TTLSConnectionAction are used instead of those of the
// TTLSEnvironmentAction referenced by the same rule" and the environment
// over the group (IBM, IP Configuration Reference, TTLSConnectionAction).
var levelOrder = []string{"connection", "environment", "group"}

// Explain computes the effective settings of the rule named name, or nil
// when no such rule exists.
func (p *Policy) Explain(name string) *Effective {
	order := p.RuleOrder()
	for i, r := range order {
		if r.Name == name {
			e := p.effective(r)
			e.Order = i + 1
			return e
		}
	}
	return nil
}

// ExplainAll computes the effective settings of every rule, in evaluation
// order.
// Rules are independent, so large policies are explained on every CPU.
func (p *Policy) ExplainAll() []*Effective {
	order := p.RuleOrder()
	out := make([]*Effective, len(order))
	workers := min(runtime.GOMAXPROCS(0), len(order)/512+1)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				out[i] = p.effective(order[i])
				out[i].Order = i + 1
			}
		}(w*len(order)/workers, (w+1)*len(order)/workers)
	}
	wg.Wait()
	return out
}

func (p *Policy) effective(r *Object) *Effective {
	e := &Effective{Rule: r.Name, Priority: Priority(r), Release: p.Release.String(), Uncertain: r.Incomplete}
	acts := map[string]*Object{}
	for _, x := range []struct{ ref, level string }{
		{"TTLSGroupActionRef", "group"},
		{"TTLSEnvironmentActionRef", "environment"},
		{"TTLSConnectionActionRef", "connection"},
	} {
		ref := r.Last(x.ref)
		if ref == nil {
			continue
		}
		if ref.Target == nil {
			e.Uncertain = true
			continue
		}
		acts[x.level] = ref.Target
		switch x.level {
		case "group":
			e.Group = ref.Target.Name
		case "environment":
			e.Environment = ref.Target.Name
		case "connection":
			e.Connection = ref.Target.Name
		}
	}
	// Conditions and the rule's own settings (Priority).
	for _, prm := range r.Params {
		if strings.HasPrefix(prm.Def.Name, "TTLS") && strings.HasSuffix(prm.Def.Name, "ActionRef") {
			continue
		}
		e.Conditions = append(e.Conditions, p.setting(prm, "rule", r))
	}
	// Rules sharing their actions share one Settings slice: read it, do
	// not change it.
	settings, uncertain := p.actionSettings(acts)
	e.Settings = settings
	e.Uncertain = e.Uncertain || uncertain
	return e
}

func (p *Policy) setting(prm *Param, level string, o *Object) Setting {
	s := Setting{Name: prm.Def.Name, Value: prm.Value, Level: level, From: o.Label(),
		Span: prm.Src.Keyword.Span, At: prm.Src.Keyword.Span.String()}
	if prm.Def.Kind == model.KSecret {
		s.Value = Masked
	}
	if prm.Target != nil {
		s.Value = prm.Value + " -> " + summary(prm.Target)
	}
	return s
}

// summary renders an address or port object in one line for explain.
func summary(o *Object) string {
	var parts []string
	for _, p := range o.Params {
		if p.Target != nil {
			parts = append(parts, p.Def.Name+" "+p.Value+" ("+summary(p.Target)+")")
			continue
		}
		parts = append(parts, p.Def.Name+" "+p.Value)
	}
	for _, c := range o.Children {
		parts = append(parts, c.Def.Name+" {"+summary(c)+"}")
	}
	return strings.Join(parts, "; ")
}

// actionKinds are the three AT-TLS actions a rule refers to.
var actionKinds = []string{"TTLSGroupAction", "TTLSEnvironmentAction", "TTLSConnectionAction"}

// closure lists kind and every statement it may nest, recursively, in
// catalog order.
func closure(kind string, seen map[string]bool) []*model.Stmt {
	s := model.Lookup(kind)
	if s == nil || seen[strings.ToLower(s.Name)] {
		return nil
	}
	seen[strings.ToLower(s.Name)] = true
	out := []*model.Stmt{s}
	for _, n := range s.Nested {
		out = append(out, closure(n, seen)...)
	}
	return out
}

// settingNames lists, in catalog order, the parameters that the three
// action statements and everything they may nest can set: the effective
// settings of a rule. References and nested statements are structure, not
// settings, and are left out. The catalog does not change after start-up,
// so this and the defaults are computed once.
func settingNames(map[string]*Object) []string {
	catalogOnce.Do(computeCatalogViews)
	return settingOrder
}

// defaultParam finds the catalog entry of a setting that has a default,
// looking first at the environment action and what it nests (where IBM
// documents the defaults), then the group's, then the connection's, which
// inherit.
func defaultParam(name string) *model.Param {
	catalogOnce.Do(computeCatalogViews)
	return defaultOf[strings.ToLower(name)]
}

var (
	catalogOnce  sync.Once
	settingOrder []string
	defaultOf    map[string]*model.Param
)

func computeCatalogViews() {
	seen := map[string]bool{}
	kinds := map[string]bool{}
	for _, k := range actionKinds {
		for _, s := range closure(k, kinds) {
			for _, prm := range s.Params {
				if prm.Kind == model.KRef || seen[strings.ToLower(prm.Name)] || spelling(s, &prm) != nil {
					continue
				}
				seen[strings.ToLower(prm.Name)] = true
				settingOrder = append(settingOrder, prm.Name)
			}
		}
	}
	defaultOf = map[string]*model.Param{}
	kinds = map[string]bool{}
	for _, k := range []string{"TTLSEnvironmentAction", "TTLSGroupAction", "TTLSConnectionAction"} {
		for _, s := range closure(k, kinds) {
			for i := range s.Params {
				prm := &s.Params[i]
				if _, done := defaultOf[strings.ToLower(prm.Name)]; !done && len(prm.Defaults) > 0 {
					defaultOf[strings.ToLower(prm.Name)] = prm
				}
			}
		}
	}
}

// spelling returns the parameter that prm is another spelling of, or nil.
// V3CipherSuites4Char (4-character codes) and V3CipherSuites (2-character
// codes or names) are two ways to write one cipher list: AT-TLS hands
// both to System SSL as the list the connection offers, in coded order
// (IBM, IP Configuration Reference, TTLSCipherParms; mixing both in one
// statement is unverified), so effective settings show them as one
// setting, V3CipherSuites.
func spelling(s *model.Stmt, prm *model.Param) *model.Param {
	if prm.Kind != model.KCipher4 {
		return nil
	}
	for i := range s.Params {
		if s.Params[i].Kind == model.KCipher2 {
			return &s.Params[i]
		}
	}
	return nil
}

// actionSettings merges the settings of a rule's three actions. Rules that
// share their actions share the result, computed once per policy.
func (p *Policy) actionSettings(acts map[string]*Object) ([]Setting, bool) {
	key := [3]*Object{acts["group"], acts["environment"], acts["connection"]}
	p.memoMu.Lock()
	if m, ok := p.memo[key]; ok {
		p.memoMu.Unlock()
		return m.settings, m.uncertain
	}
	p.memoMu.Unlock()
	uncertain := false
	// Holders per level; a parms statement kind coded at a stronger level
	// replaces the same kind at weaker levels as a whole (a connection's
	// TTLSCipherParms is the cipher list, not an addition to the
	// environment's).
	var hs []holder
	seen := map[*Object]bool{}
	kindsAt := map[*model.Stmt]string{} // kind -> strongest level holding it
	for _, lv := range levelOrder {
		var part []holder
		gather(acts[lv], lv, &part, seen)
		for _, h := range part {
			k := h.o.Def
			if strong, ok := kindsAt[k]; ok && strong != lv {
				continue
			}
			kindsAt[k] = lv
			if h.o.Incomplete {
				uncertain = true
			}
			for _, prm := range h.o.Params {
				if prm.Def.Kind == model.KRef && prm.Target == nil {
					uncertain = true // a dangling reference: what it names is unknown
				}
			}
			hs = append(hs, h)
		}
	}
	// Index each holder's parameters by setting name once.
	index := make([]map[string][]*Param, len(hs))
	for i, h := range hs {
		m := map[string][]*Param{}
		for _, prm := range h.o.Params {
			name := prm.Def.Name
			if other := spelling(h.o.Def, prm.Def); other != nil {
				name = other.Name
			}
			m[name] = append(m[name], prm)
		}
		index[i] = m
	}
	out := make([]Setting, 0, len(settingNames(nil)))
	defaults := p.defaultSettings()
	for n, name := range settingNames(acts) {
		found := false
		for i, h := range hs {
			ps := index[i][name]
			if len(ps) == 0 {
				continue
			}
			s := p.setting(ps[len(ps)-1], h.level, h.o)
			s.Name = name // one setting, whichever spelling was coded
			if ps[0].Def.Repeatable {
				s.Value = ""
				s.List = nil
				for _, q := range ps {
					s.List = append(s.List, p.expand(q.Def, q.Value)...)
				}
			}
			out = append(out, s)
			found = true
			break
		}
		if found {
			continue
		}
		if d := defaults[n]; d != nil {
			out = append(out, *d)
		}
	}
	p.memoMu.Lock()
	if p.memo == nil {
		p.memo = map[[3]*Object]memoEntry{}
	}
	p.memo[key] = memoEntry{out, uncertain}
	p.memoMu.Unlock()
	return out, uncertain
}

type memoEntry struct {
	settings  []Setting
	uncertain bool
}

// expand is expandList remembered per policy: the same cipher list or
// default is read once, however many rules use it. Callers must not change
// the returned slice.
func (p *Policy) expand(def *model.Param, v string) []string {
	key := expandKey{def, v}
	p.memoMu.Lock()
	l, ok := p.lists[key]
	p.memoMu.Unlock()
	if ok {
		return l
	}
	l = expandList(def, v)
	p.memoMu.Lock()
	if p.lists == nil {
		p.lists = map[expandKey][]string{}
	}
	p.lists[key] = l
	p.memoMu.Unlock()
	return l
}

type expandKey struct {
	def *model.Param
	v   string
}

// defaultSettings returns, for each name of settingNames, the setting its
// release default gives (nil when it has none), computed once per policy.
func (p *Policy) defaultSettings() []*Setting {
	p.memoMu.Lock()
	defer p.memoMu.Unlock()
	if p.defaults != nil {
		return p.defaults
	}
	names := settingNames(nil)
	p.defaults = make([]*Setting, len(names))
	for i, name := range names {
		def := defaultParam(name)
		if def == nil {
			continue
		}
		v, ok := def.DefaultFor(p.Release)
		if !ok {
			continue
		}
		s := &Setting{Name: def.Name, Value: v, Level: "default", From: "default for " + p.Release.String()}
		if def.Repeatable {
			s.Value, s.List = "", expandList(def, v)
		}
		p.defaults[i] = s
	}
	return p.defaults
}
