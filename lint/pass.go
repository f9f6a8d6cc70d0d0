package lint

import (
	"fmt"
	"slices"
	"sync"

	"github.com/zosnet/znet/grammar/gskenv"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// Pass is what a rule's Check sees: one set of files Policy Agent reads
// together, its model, and the ways to report.
//
// Messages must not hold line numbers (a baseline keys findings by their
// message, and must survive moved lines) nor secret values.
type Pass struct {
	Set    *policy.Set
	Policy *policy.Policy

	rule *Rule
	ix   *setIndex
	out  *[]*Finding
}

// setIndex is computed once per set and shared by every rule's pass.
type setIndex struct {
	objects []*policy.Object
	objOf   map[*pagent.Statement]*policy.Object
	// owners gives the object of each parameter (see owner).
	owners     map[*policy.Param]*policy.Object
	ownersOnce sync.Once
	// env is the System SSL environment file of an environment pass
	// (nil for a set of Policy Agent files).
	env *gskenv.File
	// memo holds what rules compute once per set and share (the TLS
	// view of every rule, parsed code lists, messages). The TLS rules run
	// on several goroutines, so memo and over are guarded by mu.
	mu   sync.Mutex
	memo map[string]*memoEntry
	// over caches overridable per rule and level.
	over map[[2]string]overResult
}

type memoEntry struct {
	once sync.Once
	v    any
}

type overResult struct {
	ok  bool
	why string
}

// owned is a parameter with the object that codes it.
type owned struct {
	p *policy.Param
	o *policy.Object
}

func newSetIndex(s *policy.Set) *setIndex {
	ix := &setIndex{}
	var walk func(o *policy.Object)
	walk = func(o *policy.Object) {
		ix.objects = append(ix.objects, o)
		for _, c := range o.Children {
			walk(c)
		}
	}
	for _, o := range s.Policy.Objects {
		walk(o)
	}
	ix.objOf = make(map[*pagent.Statement]*policy.Object, len(ix.objects))
	for _, o := range ix.objects {
		if o.Src != nil {
			ix.objOf[o.Src] = o
		}
	}
	return ix
}

// paramOf returns the parameter that statement st (coded in parent) is in
// the model, with the object holding it: a parameter of the object its
// enclosing statement is.
func (ix *setIndex) paramOf(st, parent *pagent.Statement) (owned, bool) {
	if o := ix.objOf[parent]; o != nil {
		for _, p := range o.Params {
			if p.Src == st {
				return owned{p, o}, true
			}
		}
	}
	return owned{}, false
}

// owner returns the object holding prm, for the rare caller that does not
// know it; the index is made the first time it is needed.
func (ix *setIndex) owner(prm *policy.Param) *policy.Object {
	ix.ownersOnce.Do(func() {
		ix.owners = map[*policy.Param]*policy.Object{}
		for _, o := range ix.objects {
			for _, p := range o.Params {
				ix.owners[p] = o
			}
		}
	})
	return ix.owners[prm]
}

// Env returns the System SSL environment file the pass is for, or nil
// for a pass over Policy Agent files. An environment pass has an empty
// Set and Policy (no objects, no rules), so rules that only read policy
// find nothing in it; rules that understand environment files read this.
func (p *Pass) Env() *gskenv.File { return p.ix.env }

// Memo returns the value computed by fn for key, computing it once per
// set: rules use it to share work (the TLS settings of every rule).
// It is safe for concurrent use; fn runs once, and may itself use Memo
// with other keys.
func (p *Pass) Memo(key string, fn func() any) any {
	ix := p.ix
	ix.mu.Lock()
	e := ix.memo[key]
	if e == nil {
		if ix.memo == nil {
			ix.memo = map[string]*memoEntry{}
		}
		e = &memoEntry{}
		ix.memo[key] = e
	}
	ix.mu.Unlock()
	e.once.Do(func() { e.v = fn() })
	return e.v
}

// ReportEnv reports a problem in the environment file of the pass at sp
// (a variable, a value, one code of a list); statement names the
// variable for baselines.
func (p *Pass) ReportEnv(sp source.Span, statement, msg, hint string) *Finding {
	f := &Finding{Span: sp, Message: msg, Hint: hint, Statement: statement}
	p.Report(f)
	return f
}

// Objects returns every object of the set, inline ones included, in the
// order Policy Agent reads them (a duplicate definition that loses is
// still there: what it codes is still in the file).
func (p *Pass) Objects() []*policy.Object { return p.ix.objects }

// Effective returns the effective settings of every TTLSRule of the set,
// in evaluation order (computed once per set).
func (p *Pass) Effective() []*policy.Effective {
	return p.Memo("effective", func() any { return p.Policy.ExplainAll() }).([]*policy.Effective)
}

// Statements calls fn for every statement of the set's files that keep
// accepts (keep sees the statement alone, so that a rule interested in a
// few statements does not pay for finding the owner of every other) with o, the
// object the statement is or, for a parameter, the object it stands in
// (nil when there is none), and prm, the parameter it is (nil for an
// object, and for a parameter the model did not take, such as one coded
// in a statement it does not belong to).
// Rules that must see what the model leaves out use it; a file read for
// several stacks is visited once per set, and the engine merges the
// duplicate findings.
func (p *Pass) Statements(keep func(*pagent.Statement) bool, fn func(st *pagent.Statement, o *policy.Object, prm *policy.Param)) {
	for _, f := range p.Set.Files {
		f.Walk(func(st *pagent.Statement, parents []*pagent.Statement) bool {
			if !keep(st) {
				return true
			}
			if len(parents) > 0 {
				if w, ok := p.ix.paramOf(st, parents[len(parents)-1]); ok {
					fn(st, w.o, w.p)
					return true
				}
			}
			if o := p.ix.objOf[st]; o != nil {
				fn(st, o, nil)
				return true
			}
			var owner *policy.Object
			for i := len(parents) - 1; i >= 0 && owner == nil; i-- {
				owner = p.ix.objOf[parents[i]]
			}
			fn(st, owner, nil)
			return true
		})
	}
}

// ParamOf returns the coded parameter behind an effective setting and the
// object coding it; nil for a default.
func (p *Pass) ParamOf(s *policy.Setting) (*policy.Param, *policy.Object) {
	if s == nil {
		return nil, nil
	}
	return s.Param, s.Holder
}

// Report adds a finding as it is; the engine fills in the rule, category
// and severity when they are empty.
func (p *Pass) Report(f *Finding) {
	if f.RuleID == "" {
		f.RuleID = p.rule.ID
		f.Category = p.rule.Category
		f.Severity = p.rule.Severity
	}
	*p.out = append(*p.out, f)
}

// ReportParam reports a problem with one coded parameter, positioned on
// the whole statement (keyword through last value). A parameter whose own
// values are damaged by a syntax error is not reported at all (its value
// is not known); one inside a damaged statement is reported as uncertain.
// It returns the finding, or nil when nothing was reported.
func (p *Pass) ReportParam(prm *policy.Param, o *policy.Object, msg, hint string) *Finding {
	if prm.Src.Incomplete {
		return nil
	}
	if o == nil {
		o = p.ix.owner(prm)
	}
	f := &Finding{Span: prm.Src.Span, Message: msg, Hint: hint}
	if o != nil {
		f.Statement = o.Label()
		f.Uncertain, f.Why = damaged(o)
	}
	p.Report(f)
	return f
}

// ReportAt reports a problem at a span of its own inside statement o: one
// word of a value, one code of a run of cipher codes. Like ReportParam, it
// reports nothing when prm (the parameter holding the span, may be nil)
// has damaged values, and an uncertain finding when o is damaged.
func (p *Pass) ReportAt(sp source.Span, prm *policy.Param, o *policy.Object, msg, hint string) *Finding {
	if prm != nil && prm.Src.Incomplete {
		return nil
	}
	f := &Finding{Span: sp, Message: msg, Hint: hint}
	if o != nil {
		f.Statement = o.Label()
		f.Uncertain, f.Why = damaged(o)
	}
	p.Report(f)
	return f
}

// ReportObject reports a problem with a statement as a whole, positioned
// on its keyword and name.
func (p *Pass) ReportObject(o *policy.Object, msg, hint string) *Finding {
	sp := o.Src.Keyword.Span
	if len(o.Src.Values) > 0 && o.Src.Block != nil {
		sp = source.Cover(sp, o.Src.Values[0].Span)
	}
	f := &Finding{Span: sp, Message: msg, Hint: hint, Statement: o.Label()}
	f.Uncertain, f.Why = damaged(o)
	p.Report(f)
	return f
}

// ReportSetting reports a problem with an effective setting of rule e.
// The finding stands on the statement that set the value, wherever it is
// inherited from (group, environment or connection); when the value is a
// z/OS default it stands on the TTLSRule. Findings of several rules that
// share the statement are merged into one that lists them in Affects.
// The finding is uncertain when the statement is damaged by a syntax
// error, or when a stronger level that could override the value is.
func (p *Pass) ReportSetting(e *policy.Effective, s *policy.Setting, msg, hint string) *Finding {
	var f *Finding
	if prm, o := p.ParamOf(s); prm != nil {
		f = p.ReportParam(prm, o, msg, hint)
		if f == nil {
			return nil
		}
	} else if r := p.Policy.Lookup("TTLSRule", e.Rule); r != nil {
		f = p.ReportObject(r, msg, hint)
	} else {
		return nil
	}
	f.Affects = []string{"TTLSRule " + e.Rule}
	if !f.Uncertain {
		f.Uncertain, f.Why = p.overridable(e.Rule, s.Level)
	}
	return f
}

// actionRefs are the references of a TTLSRule to its actions, strongest
// level first (connection over environment over group).
var actionRefs = []struct{ level, ref string }{
	{"connection", "TTLSConnectionActionRef"},
	{"environment", "TTLSEnvironmentActionRef"},
	{"group", "TTLSGroupActionRef"},
}

// overridable reports whether the value a rule gets at level might be
// overridden by a stronger level that is damaged by a syntax error or not
// defined; then what z/OS uses is not certain. Damage at weaker levels
// cannot change the value and does not count. Any damage in a stronger
// action counts, since znet cannot tell what the damage took away.
func (p *Pass) overridable(rule, level string) (bool, string) {
	key := [2]string{rule, level}
	ix := p.ix
	ix.mu.Lock()
	r, ok := ix.over[key]
	ix.mu.Unlock()
	if ok {
		return r.ok, r.why
	}
	r.ok, r.why = p.overridableNow(rule, level)
	ix.mu.Lock()
	if ix.over == nil {
		ix.over = map[[2]string]overResult{}
	}
	ix.over[key] = r
	ix.mu.Unlock()
	return r.ok, r.why
}

func (p *Pass) overridableNow(rule, level string) (bool, string) {
	return overridableRule(p.Policy.Lookup("TTLSRule", rule), level)
}

// overridableRule is overridable for the TTLSRule r (nil: not overridable).
func overridableRule(r *policy.Object, level string) (bool, string) {
	if r == nil {
		return false, ""
	}
	if r.Incomplete {
		return true, r.Label() + " is damaged by a syntax error"
	}
	for _, a := range actionRefs {
		if a.level == level {
			break
		}
		ref := r.Last(a.ref)
		if ref == nil {
			continue
		}
		if ref.Target == nil {
			return true, fmt.Sprintf("%s names %s %s, which is not defined; it could override this value", r.Label(), a.ref, ref.Value)
		}
		var buf [16]*policy.Object
		if d, _ := deepDamage(ref.Target, buf[:0]); d != nil {
			return true, fmt.Sprintf("%s is damaged by a syntax error; it could override this value", d.Label())
		}
	}
	return false, ""
}

// deepDamage returns the first damaged object among o, what it nests and
// the parameter statements it refers to. seen holds the objects visited
// (a handful: a slice, not a map); it is returned with the new ones.
func deepDamage(o *policy.Object, seen []*policy.Object) (*policy.Object, []*policy.Object) {
	if o == nil || slices.Contains(seen, o) {
		return nil, seen
	}
	seen = append(seen, o)
	if o.Incomplete {
		return o, seen
	}
	var d *policy.Object
	for _, c := range o.Children {
		if d, seen = deepDamage(c, seen); d != nil {
			return d, seen
		}
	}
	for _, prm := range o.Params {
		if prm.Target != nil && prm.Def.Kind == model.KRef && o.Def.MayNest(prm.Target.Def.Name) {
			if d, seen = deepDamage(prm.Target, seen); d != nil {
				return d, seen
			}
		}
	}
	return nil, seen
}

// damaged reports whether o or a statement enclosing it was damaged by a
// syntax error, and says which.
func damaged(o *policy.Object) (bool, string) {
	for x := o; x != nil; x = x.Parent {
		if x.Incomplete {
			return true, x.Label() + " is damaged by a syntax error"
		}
	}
	return false, ""
}
