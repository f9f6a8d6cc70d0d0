package lint

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/zosnet/znet/grammar/gskenv"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// Input is what lint reads: the sets of files Policy Agent reads together
// (policy.Assemble), and the diagnostics found while reading them.
type Input struct {
	Sets []*policy.Set
	// Syntax diagnostics (PA1xx) become findings of category "syntax",
	// Model diagnostics (PA2xx) findings of category "model".
	Syntax source.Diagnostics
	Model  source.Diagnostics
	// Suppressions found outside native files: the x-znet-ignore keys the
	// YAML loader reads (see YAMLSuppressions). Those in znet:ignore
	// comments of native files are found by Run itself.
	Suppressions []Suppression
	// Env are System SSL environment files (GSK_ NAME=value records).
	// Every rule runs once per file with Pass.Env set and an empty
	// policy; the TLS rules read the file, with the System SSL defaults
	// of EnvRelease (zero: model.DefaultRelease) for what it leaves out.
	// Their syntax diagnostics belong in Syntax.
	Env        []*gskenv.File
	EnvRelease model.Release
}

// Options tune a run; the zero value runs every rule at its default
// severity with no baseline.
type Options struct {
	Config   *Config
	Baseline *Baseline
}

// Result is the outcome of a run.
type Result struct {
	// Findings are what is reported, sorted by file, position and rule.
	Findings []*Finding
	// Silenced are findings a znet:ignore comment or the baseline took
	// out; SARIF lists them with their justification, the other formats
	// count them.
	Silenced []*Finding
	// Secrets are the value spans of secret parameters per file, so that
	// source lines can be shown with the secrets masked.
	Secrets map[string][]source.Span
	// Stale counts baseline entries that matched no finding any more.
	Stale int
	// Rules are the rules that ran (for SARIF's rule table).
	Rules []*Rule
}

// Count returns how many reported findings have severity s.
func (r *Result) Count(s source.Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// Fails reports whether any reported finding is at or above level (error
// is the highest).
func (r *Result) Fails(level source.Severity) bool {
	for _, f := range r.Findings {
		if f.Severity <= level {
			return true
		}
	}
	return false
}

// Counts of silenced findings by kind.
func (r *Result) silencedBy(kind string) int {
	n := 0
	for _, f := range r.Silenced {
		if f.suppressed.kind == kind {
			n++
		}
	}
	return n
}

// modelCode matches the codes of the model's diagnostics: two capitals
// and three digits, the first 2-9 (PA2xx; by the codes' convention x1xx
// are syntax diagnostics, which cannot be suppressed).
var modelCode = regexp.MustCompile(`^[A-Z]{2}[2-9][0-9]{2}$`)

// Run lints the input.
func Run(in Input, opt Options) *Result {
	cfg := opt.Config
	if cfg == nil {
		cfg = &Config{}
	}
	res := &Result{Secrets: map[string][]source.Span{}}
	for _, r := range Rules() {
		if cfg.enabled(r) {
			res.Rules = append(res.Rules, r)
		}
	}
	// 1. The rules' own findings.
	files := filesOf(in.Sets)
	objOf := map[*pagent.Statement]*policy.Object{} // for labels: first set wins
	var raw []*Finding
	for _, s := range in.Sets {
		ix := newSetIndex(s)
		for _, o := range ix.objects {
			if _, ok := objOf[o.Src]; !ok && o.Src != nil {
				objOf[o.Src] = o
			}
		}
		for _, r := range res.Rules {
			if r.Check != nil {
				runCheck(r, &Pass{Set: s, Policy: s.Policy, rule: r, ix: ix, out: &raw})
			}
		}
	}
	for _, f := range in.Env {
		s := &policy.Set{Name: "gskenv " + f.Name, Policy: policy.Build(nil, in.EnvRelease)}
		ix := newSetIndex(s)
		ix.env = f
		for _, v := range f.Vars {
			if v.Secret && v.Value.Text != "" {
				res.Secrets[f.Name] = append(res.Secrets[f.Name], v.Value.Span)
			}
		}
		for _, r := range res.Rules {
			if r.Check != nil {
				runCheck(r, &Pass{Set: s, Policy: s.Policy, rule: r, ix: ix, out: &raw})
			}
		}
	}
	collectSecrets(files, res.Secrets)
	// 2. The grammar's and the model's diagnostics.
	for _, d := range in.Syntax {
		raw = append(raw, diagFinding(d, CatSyntax, files, objOf))
	}
	for _, d := range in.Model {
		raw = append(raw, diagFinding(d, CatModel, files, objOf))
	}
	all := dedupe(raw)

	// 3. Configuration: disabled rules and codes, changed severities.
	kept := all[:0]
	for _, f := range all {
		if f.Category == CatSyntax {
			kept = append(kept, f)
			continue
		}
		if !cfg.enabledID(f.RuleID, f.Category) {
			continue
		}
		f.Severity = cfg.severity(f.RuleID, f.Category, f.Severity)
		kept = append(kept, f)
	}
	all = kept

	// 4. Suppressions in source, then the baseline.
	sups := append(nativeSuppressions(files, objOf), in.Suppressions...)
	// Only findings of a rule some suppression names can be silenced;
	// leaving the others out keeps matching linear in the findings.
	named := map[string]bool{}
	for _, s := range sups {
		for _, id := range s.IDs {
			named[id] = true
		}
	}
	cand := make([]*Finding, 0, len(all))
	for _, f := range all {
		if named[f.RuleID] {
			cand = append(cand, f)
		}
	}
	meta := applySuppressions(cand, sups, func(id string) bool {
		cat := CatModel
		if r := Lookup(id); r != nil {
			cat = r.Category
		}
		return cfg.enabledID(id, cat)
	})
	for _, f := range meta {
		r := Lookup(f.RuleID)
		if !cfg.enabled(r) {
			continue
		}
		f.Category, f.Severity = r.Category, cfg.severity(r.ID, r.Category, r.Severity)
		all = append(all, f)
	}
	if opt.Baseline != nil {
		res.Stale = opt.Baseline.apply(all)
	}
	for _, f := range all {
		if f.suppressed != nil {
			res.Silenced = append(res.Silenced, f)
		} else {
			res.Findings = append(res.Findings, f)
		}
	}
	sortFindings(res.Findings)
	sortFindings(res.Silenced)
	for k := range res.Secrets {
		sortSpans(res.Secrets[k])
	}
	return res
}

// runCheck runs one rule, naming it when it panics (a bug in the rule).
func runCheck(r *Rule, p *Pass) {
	defer func() {
		if x := recover(); x != nil {
			panic(fmt.Sprintf("lint rule %s on %s: %v", r.ID, p.Set.Name, x))
		}
	}()
	r.Check(p)
}

// suppressible says whether a znet:ignore comment or a baseline may name
// id: a lint rule that can be suppressed, or a model code. Findings about
// suppressions (category suppression) are made after the comments are
// matched, so no comment can silence them; .znet.yaml can configure them.
func suppressible(id string) bool {
	if r := Lookup(id); r != nil {
		return !r.Unsuppressible && r.Category != CatSuppression
	}
	return modelCode.MatchString(id)
}

// silenceable says whether a finding may be silenced by a znet:ignore
// comment or a baseline: not a syntax diagnostic, not a finding about a
// suppression, not an unsuppressible rule's finding.
func (f *Finding) silenceable() bool {
	switch f.Category {
	case CatSyntax, CatSuppression:
		return false
	}
	if r := Lookup(f.RuleID); r != nil {
		return !r.Unsuppressible
	}
	return true
}

// filesOf lists the distinct syntax trees of the sets (a common file is
// read for several stacks).
func filesOf(sets []*policy.Set) []*pagent.File {
	var files []*pagent.File
	seen := map[string]bool{}
	for _, s := range sets {
		for _, f := range s.Files {
			if !seen[f.Name] {
				seen[f.Name] = true
				files = append(files, f)
			}
		}
	}
	return files
}

// diagFinding turns a diagnostic of the grammar or the model into a
// finding, labelled with the innermost statement it falls in.
func diagFinding(d source.Diagnostic, cat string, files []*pagent.File, objOf map[*pagent.Statement]*policy.Object) *Finding {
	f := &Finding{RuleID: d.Code, Category: cat, Severity: d.Severity, Span: d.Span, Message: d.Message, Hint: d.Hint}
	if o := objectAt(d.Span, files, objOf); o != nil {
		f.Statement = o.Label()
	}
	return f
}

// objectAt finds the innermost object whose statement holds the start of
// sp.
func objectAt(sp source.Span, files []*pagent.File, objOf map[*pagent.Statement]*policy.Object) *policy.Object {
	for _, file := range files {
		if file.Name != sp.File {
			continue
		}
		var found *policy.Object
		var walk func(list []*pagent.Statement)
		walk = func(list []*pagent.Statement) {
			for _, st := range list {
				if !contains(extent(st), sp) {
					continue
				}
				if o := objOf[st]; o != nil {
					found = o
				}
				if st.Block != nil {
					walk(st.Block.Statements)
				}
			}
		}
		walk(file.Statements)
		return found
	}
	return nil
}

// extent is the region a statement covers: its own span, and for a block
// never closed, everything coded in it.
func extent(st *pagent.Statement) source.Span {
	sp := st.Span
	if st.Block != nil {
		for _, c := range st.Block.Statements {
			sp = source.Cover(sp, extent(c))
		}
	}
	return sp
}

// contains reports whether the start of b lies within a.
func contains(a, b source.Span) bool {
	if a.File != "" && b.File != "" && a.File != b.File {
		return false
	}
	if b.Line < a.Line || (b.Line == a.Line && b.Col < a.Col) {
		return false
	}
	if b.Line > a.EndLine || (b.Line == a.EndLine && b.Col >= a.EndCol) {
		return false
	}
	return true
}

// dedupe merges findings of one rule with the same span and message (a
// statement shared by several rules' actions, a common file read for
// several stacks): the TTLSRules they affect are merged, in the order
// first seen (evaluation order within a set), and the finding is
// uncertain only when every copy is.
func dedupe(in []*Finding) []*Finding {
	type key struct {
		id  string
		sp  source.Span
		msg string
	}
	idx := make(map[key]*Finding, len(in))
	// seen holds the TTLSRules a merged finding lists; it is made only
	// for findings that are merged or list several rules, since most
	// findings (one rule's default, say) are never merged.
	seen := map[*Finding]map[string]bool{}
	out := make([]*Finding, 0, len(in))
	merge := func(g *Finding, affects []string) {
		s := seen[g]
		if s == nil {
			s = make(map[string]bool, len(g.Affects)+len(affects))
			for _, a := range g.Affects {
				s[a] = true
			}
			g.Affects = append([]string(nil), g.Affects...)
			seen[g] = s
		}
		for _, a := range affects {
			if !s[a] {
				s[a] = true
				g.Affects = append(g.Affects, a)
			}
		}
	}
	for _, f := range in {
		k := key{f.RuleID, f.Span, f.Message}
		g, ok := idx[k]
		if !ok {
			idx[k] = f
			if len(f.Affects) > 1 {
				affects := f.Affects
				f.Affects = nil
				merge(f, affects)
			}
			out = append(out, f)
			if !f.Uncertain {
				f.Why = ""
			}
			continue
		}
		merge(g, f.Affects)
		if !f.Uncertain {
			g.Uncertain, g.Why = false, ""
		}
	}
	return out
}

// secretNames maps the lower-case names of the parameters the catalog
// marks as secrets to their spelling.
var secretNames = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, st := range model.Statements() {
		for _, p := range st.Params {
			if p.Kind == model.KSecret {
				out[strings.ToLower(p.Name)] = p.Name
			}
		}
	}
	return out
})

// isSecret reports whether st codes a secret: a parameter the catalog
// marks as one, wherever it is coded (also where the model rejects it).
func isSecret(st *pagent.Statement) bool {
	_, ok := secretNames()[strings.ToLower(st.Keyword.Text)]
	return ok && len(st.Values) > 0 && st.Block == nil
}

// collectSecrets records where secret values stand, per file.
func collectSecrets(files []*pagent.File, out map[string][]source.Span) {
	for _, f := range files {
		f.Walk(func(st *pagent.Statement, _ []*pagent.Statement) bool {
			if isSecret(st) {
				sp := source.Cover(st.Values[0].Span, st.Values[len(st.Values)-1].Span)
				out[sp.File] = append(out[sp.File], sp)
			}
			return true
		})
	}
}

func sortFindings(fs []*Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].less(fs[j]) })
}

func sortSpans(ss []source.Span) {
	sort.Slice(ss, func(i, j int) bool {
		if ss[i].Line != ss[j].Line {
			return ss[i].Line < ss[j].Line
		}
		return ss[i].Col < ss[j].Col
	})
}

// didYouMean suggests a rule ID close to id.
func didYouMean(id string) string {
	if s := model.Suggest(strings.ToUpper(id), ruleIDs()); len(s) > 0 {
		return "; did you mean " + s[0] + "?"
	}
	return ""
}
