package policy

import (
	"encoding/json"
	"slices"
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
	From string `json:"from" yaml:"from"`
	// Param is the coded parameter behind the value and Holder the
	// statement coding it; nil for a default.
	Param  *Param  `json:"-" yaml:"-"`
	Holder *Object `json:"-" yaml:"-"`
}

// Span is where the setting is coded: its parameter's keyword; zero for a
// default.
func (s *Setting) Span() source.Span {
	if s.Param == nil || s.Param.Src == nil {
		return source.Span{}
	}
	return s.Param.Src.Keyword.Span
}

// At is where the setting is coded (file:line:col), "" for a default.
// It is rendered when asked for, not stored: a large policy has millions
// of settings and few are ever shown.
func (s *Setting) At() string {
	sp := s.Span()
	if sp.IsZero() {
		return ""
	}
	return sp.String()
}

// shown is a Setting as explain, diff and test outputs show it: with its
// position.
type shown struct {
	Name  string   `json:"name" yaml:"name"`
	Value string   `json:"value,omitempty" yaml:"value,omitempty"`
	List  []string `json:"list,omitempty" yaml:"list,omitempty,flow"`
	Level string   `json:"level" yaml:"level"`
	From  string   `json:"from" yaml:"from"`
	At    string   `json:"at,omitempty" yaml:"at,omitempty"`
}

func (s *Setting) shown() shown {
	return shown{Name: s.Name, Value: s.Value, List: s.List, Level: s.Level, From: s.From, At: s.At()}
}

// MarshalJSON writes the setting with its position.
func (s Setting) MarshalJSON() ([]byte, error) { return json.Marshal(s.shown()) }

// MarshalYAML writes the setting with its position.
func (s Setting) MarshalYAML() (any, error) { return s.shown(), nil }

// Effective is what a connection mapped to one rule gets.
type Effective struct {
	Rule        string `json:"rule" yaml:"rule"`
	Priority    int    `json:"priority" yaml:"priority"`
	Order       int    `json:"order" yaml:"order"` // 1 = evaluated first
	Group       string `json:"group,omitempty" yaml:"group,omitempty"`
	Environment string `json:"environment,omitempty" yaml:"environment,omitempty"`
	Connection  string `json:"connection,omitempty" yaml:"connection,omitempty"`
	// Uncertain is set when a statement on the way was damaged by a
	// syntax error or a reference did not resolve.
	Uncertain bool   `json:"uncertain,omitempty" yaml:"uncertain,omitempty"`
	Release   string `json:"release" yaml:"release"`
	// acts are the settings of the rule's actions, shared by every rule
	// with the same actions (see Settings).
	acts *actionSet
	// rule and p give the conditions (see Conditions).
	rule *Object
	p    *Policy
}

// Conditions returns the rule's own settings: its conditions and its
// Priority, in the order coded. They are made when asked for (explain
// shows them; lint reads the rule itself).
func (e *Effective) Conditions() []Setting {
	if e.rule == nil {
		return nil
	}
	out := make([]Setting, 0, len(e.rule.Params))
	for _, prm := range e.rule.Params {
		if strings.HasPrefix(prm.Def.Name, "TTLS") && strings.HasSuffix(prm.Def.Name, "ActionRef") {
			continue
		}
		out = append(out, e.p.setting(prm, "rule", e.rule))
	}
	return out
}

// Settings returns the effective settings in catalog order, z/OS defaults
// included. Rules with the same actions share the slice: read it, do not
// change it. It is made the first time it is asked for: a lint of a large
// policy only looks settings up (Get, SettingAt), and listing every
// setting of every rule would cost a slice of some 150 pointers a rule.
func (e *Effective) Settings() []*Setting {
	if e.acts == nil {
		return nil
	}
	return e.acts.settings()
}

// Get returns the named setting (any case), or nil.
func (e *Effective) Get(name string) *Setting {
	return e.SettingAt(SettingIndex(name))
}

// SettingAt returns the setting at index i of the catalog order (see
// SettingIndex), or nil when neither an action nor a default gives it.
func (e *Effective) SettingAt(i int) *Setting {
	if e.acts == nil || i < 0 {
		return nil
	}
	return e.acts.at(i)
}

// SettingIndex returns the place of a setting name in the catalog order
// of effective settings, for SettingAt (any case; the catalog's spelling
// is found fastest), or -1 when no action can set it.
func SettingIndex(name string) int {
	catalogOnce.Do(computeCatalogViews)
	if i, ok := settingIndex[name]; ok {
		return i
	}
	if i, ok := settingIndex[strings.ToLower(name)]; ok {
		return i
	}
	return -1
}

// effectiveOut is an Effective as it is written, with its settings.
type effectiveOut struct {
	Rule        string     `json:"rule" yaml:"rule"`
	Priority    int        `json:"priority" yaml:"priority"`
	Order       int        `json:"order" yaml:"order"`
	Group       string     `json:"group,omitempty" yaml:"group,omitempty"`
	Environment string     `json:"environment,omitempty" yaml:"environment,omitempty"`
	Connection  string     `json:"connection,omitempty" yaml:"connection,omitempty"`
	Conditions  []Setting  `json:"conditions" yaml:"conditions"`
	Settings    []*Setting `json:"settings" yaml:"settings"`
	Uncertain   bool       `json:"uncertain,omitempty" yaml:"uncertain,omitempty"`
	Release     string     `json:"release" yaml:"release"`
}

func (e *Effective) out() effectiveOut {
	return effectiveOut{Rule: e.Rule, Priority: e.Priority, Order: e.Order, Group: e.Group, Environment: e.Environment,
		Connection: e.Connection, Conditions: e.Conditions(), Settings: e.Settings(), Uncertain: e.Uncertain, Release: e.Release}
}

// MarshalJSON writes the rule's effective settings in full.
func (e Effective) MarshalJSON() ([]byte, error) { return json.Marshal(e.out()) }

// MarshalYAML writes the rule's effective settings in full.
func (e Effective) MarshalYAML() (any, error) { return e.out(), nil }

// Masked is how secrets appear in every output.
const Masked = "********"

// actionSet is what a rule's three actions set: the settings they code,
// over the policy's default settings.
type actionSet struct {
	coded []Setting // in catalog order
	index []int     // the catalog index of each coded setting
	// defaults are the policy's default settings by catalog index (nil
	// where a setting has no default).
	defaults  []*Setting
	uncertain bool
	once      sync.Once
	all       []*Setting
}

// at returns the setting at catalog index i.
func (a *actionSet) at(i int) *Setting {
	if j, ok := slices.BinarySearch(a.index, i); ok {
		return &a.coded[j]
	}
	if i < len(a.defaults) {
		return a.defaults[i]
	}
	return nil
}

// settings merges the coded settings into the defaults, once.
func (a *actionSet) settings() []*Setting {
	a.once.Do(func() {
		a.all = make([]*Setting, 0, len(a.defaults))
		j := 0
		for i, d := range a.defaults {
			if j < len(a.index) && a.index[j] == i {
				a.all = append(a.all, &a.coded[j])
				j++
			} else if d != nil {
				a.all = append(a.all, d)
			}
		}
	})
	return a.all
}

// holder is an object contributing settings at one level.
type holder struct {
	o     *Object
	level string
}

// gather adds to out o and the statements it nests or references (its
// own parms statements), in catalog order of the parent, and returns out
// and seen (the objects visited) grown.
func gather(o *Object, level string, out []holder, seen []*Object) ([]holder, []*Object) {
	if o == nil || slices.Contains(seen, o) {
		return out, seen
	}
	seen = append(seen, o)
	out = append(out, holder{o, level})
	for _, c := range o.Children {
		out, seen = gather(c, level, out, seen)
	}
	for _, p := range o.Params {
		if p.Target != nil && p.Def.Kind == model.KRef && o.Def.MayNest(p.Target.Def.Name) {
			out, seen = gather(p.Target, level, out, seen)
		}
	}
	return out, seen
}

// Explain computes the effective settings of the rule named name, or nil
// when no such rule exists.
func (p *Policy) Explain(name string) *Effective {
	order, prios := p.ruleOrder()
	for i, r := range order {
		if r.Name == name {
			return p.effective(r, prios[i], i+1)
		}
	}
	return nil
}

// ExplainAll computes the effective settings of every rule, in evaluation
// order.
// Rules are independent, so large policies are explained on every CPU.
func (p *Policy) ExplainAll() []*Effective {
	order, prios := p.ruleOrder()
	out := make([]*Effective, len(order))
	model.ForRuns(model.Runs(len(order), 512), len(order), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = p.effective(order[i], prios[i], i+1)
		}
	})
	return out
}

// effective computes the effective settings of rule r, whose Priority and
// place in evaluation order (1 = first) are known.
func (p *Policy) effective(r *Object, prio, order int) *Effective {
	e := &Effective{Rule: r.Name, Priority: prio, Order: order, Release: p.Release.String(), Uncertain: r.Incomplete, rule: r, p: p}
	var acts actions
	for i, ref := range actionRefNames {
		prm := r.Last(ref)
		if prm == nil {
			continue
		}
		if prm.Target == nil {
			e.Uncertain = true
			continue
		}
		acts[i] = prm.Target
		switch i {
		case actGroup:
			e.Group = prm.Target.Name
		case actEnvironment:
			e.Environment = prm.Target.Name
		case actConnection:
			e.Connection = prm.Target.Name
		}
	}
	// Rules sharing their actions share one actionSet.
	e.acts = p.actionSettings(acts)
	e.Uncertain = e.Uncertain || e.acts.uncertain
	return e
}

// actions are a rule's group, environment and connection actions (nil
// where it names none).
type actions [3]*Object

const (
	actGroup = iota
	actEnvironment
	actConnection
)

// actionRefNames are the references of a TTLSRule to its actions, by
// actions index.
var actionRefNames = [3]string{"TTLSGroupActionRef", "TTLSEnvironmentActionRef", "TTLSConnectionActionRef"}

// levelOrder are the levels in override order, strongest first, with the
// action of each: "values on the TTLSConnectionAction are used instead of
// those of the TTLSEnvironmentAction referenced by the same rule" and the
// environment over the group (IBM, IP Configuration Reference,
// TTLSConnectionAction).
var levelOrder = []struct {
	name string
	act  int
}{{"connection", actConnection}, {"environment", actEnvironment}, {"group", actGroup}}

func (p *Policy) setting(prm *Param, level string, o *Object) Setting {
	s := Setting{Name: prm.Def.Name, Value: prm.Value, Level: level, From: o.Label(), Param: prm, Holder: o}
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
	// slotOf gives, for each catalog parameter an action or what it nests
	// can code, its index in settingOrder (both spellings of the cipher
	// list share one).
	slotOf map[*model.Param]int
	// settingIndex gives the index in settingOrder of each name, in the
	// catalog's spelling and in lower case.
	settingIndex map[string]int
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
	index := make(map[string]int, 2*len(settingOrder))
	for i, n := range settingOrder {
		index[strings.ToLower(n)] = i
		index[n] = i
	}
	settingIndex = index
	slotOf = map[*model.Param]int{}
	kinds = map[string]bool{}
	for _, k := range actionKinds {
		for _, s := range closure(k, kinds) {
			for i := range s.Params {
				prm := &s.Params[i]
				name := prm.Name
				if other := spelling(s, prm); other != nil {
					name = other.Name
				}
				if n, ok := index[strings.ToLower(name)]; ok && prm.Kind != model.KRef {
					slotOf[prm] = n
				}
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
// share their actions share the result, computed once per policy. It
// holds only the settings the actions code; the others are the policy's
// shared default settings.
func (p *Policy) actionSettings(acts actions) *actionSet {
	key := acts
	p.memoMu.Lock()
	if a, ok := p.memo[key]; ok {
		p.memoMu.Unlock()
		return a
	}
	p.memoMu.Unlock()
	catalogOnce.Do(computeCatalogViews)
	uncertain := false
	// Holders per level; a parms statement kind coded at a stronger level
	// replaces the same kind at weaker levels as a whole (a connection's
	// TTLSCipherParms is the cipher list, not an addition to the
	// environment's). A rule has a handful of holders: slices, not maps,
	// on the stack while they are small.
	var hsBuf, partBuf [16]holder
	var seenBuf [16]*Object
	hs, part, seen := hsBuf[:0], partBuf[:0], seenBuf[:0]
	type kindAt struct {
		k  *model.Stmt
		lv string
	}
	var kindsBuf [16]kindAt
	kindsAt := kindsBuf[:0] // kind -> strongest level holding it
	for _, l := range levelOrder {
		lv := l.name
		part = part[:0]
		part, seen = gather(acts[l.act], lv, part, seen)
	holders:
		for _, h := range part {
			k := h.o.Def
			for _, ka := range kindsAt {
				if ka.k == k {
					if ka.lv != lv {
						continue holders
					}
					break
				}
			}
			kindsAt = append(kindsAt, kindAt{k, lv})
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
	// The first holder (strongest level first) that codes a setting gives
	// it; within that holder the last coding wins, and a list parameter
	// takes every coding in order.
	var buf [256]int32
	win := buf[:0] // holder index + 1, per setting
	if len(settingOrder) <= len(buf) {
		win = buf[:len(settingOrder)]
	} else {
		win = make([]int32, len(settingOrder))
	}
	for i, h := range hs {
		for _, prm := range h.o.Params {
			if n, ok := slotOf[prm.Def]; ok && win[n] == 0 {
				win[n] = int32(i + 1)
			}
		}
	}
	a := &actionSet{defaults: p.defaultSettings(), uncertain: uncertain}
	ncoded := 0
	for _, w := range win {
		if w != 0 {
			ncoded++
		}
	}
	// The coded settings of the rule in one block: fewer, larger
	// allocations for a policy of many rules.
	a.coded, a.index = make([]Setting, 0, ncoded), make([]int, 0, ncoded)
	for n, name := range settingOrder {
		if win[n] == 0 {
			continue
		}
		h := hs[win[n]-1]
		var last *Param
		var list []string
		for _, prm := range h.o.Params {
			if m, ok := slotOf[prm.Def]; !ok || m != n {
				continue
			}
			if last == nil && prm.Def.Repeatable {
				list = []string{}
			}
			last = prm
			if list != nil {
				list = append(list, p.expand(prm.Def, prm.Value)...)
			}
		}
		s := p.setting(last, h.level, h.o)
		s.Name = name // one setting, whichever spelling was coded
		if list != nil {
			s.Value, s.List = "", list
		}
		a.coded, a.index = append(a.coded, s), append(a.index, n)
	}
	p.memoMu.Lock()
	if p.memo == nil {
		p.memo = map[[3]*Object]*actionSet{}
	}
	if old, ok := p.memo[key]; ok {
		a = old // made meanwhile on another goroutine: keep one
	} else {
		p.memo[key] = a
	}
	p.memoMu.Unlock()
	return a
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
