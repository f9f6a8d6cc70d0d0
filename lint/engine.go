package lint

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"

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
	var objOf map[*pagent.Statement]*policy.Object // for labels: first set wins
	ixs := make([]*setIndex, len(in.Sets))
	for i, s := range in.Sets {
		ix := newSetIndex(s)
		ixs[i] = ix
		switch {
		case i == 0:
			objOf = ix.objOf
		case i == 1:
			objOf = maps.Clone(objOf)
			fallthrough
		default:
			for st, o := range ix.objOf {
				if _, ok := objOf[st]; !ok {
					objOf[st] = o
				}
			}
		}
	}
	// The files' znet:ignore comments and secrets are read while the
	// rules run: they need nothing the rules make.
	var sups []Suppression
	secrets := map[string][]source.Span{}
	read := make(chan struct{})
	go func() {
		defer close(read)
		collectSecrets(files, secrets)
		sups = nativeSuppressions(files, objOf)
	}()
	var raw []*Finding
	for i, s := range in.Sets {
		runRules(res.Rules, s, ixs[i], &raw)
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
		runRules(res.Rules, s, ix, &raw)
	}
	<-read
	for name, spans := range secrets {
		res.Secrets[name] = append(res.Secrets[name], spans...)
	}
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
	sups = append(sups, in.Suppressions...)
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

// runRules runs the rules on one set: each Check once, then each CheckTLS
// on every TLS configuration. Configurations are independent, so a large
// policy's are shared out in contiguous runs among the CPUs, each with its
// own findings; the runs are joined in order, so the findings are the same
// however many CPUs there are.
func runRules(rules []*Rule, s *policy.Set, ix *setIndex, out *[]*Finding) {
	var checks, tlsRules []*Rule
	for _, r := range rules {
		switch {
		case r.Check != nil:
			checks = append(checks, r)
		case r.CheckTLS != nil:
			tlsRules = append(tlsRules, r)
		}
	}
	// The rules that look at the whole set run side by side, each with
	// its own findings, joined in rule order.
	outs := make([][]*Finding, len(checks))
	model.ForRuns(min(len(checks), runtime.GOMAXPROCS(0)), len(checks), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			r := checks[i]
			p := &Pass{Set: s, Policy: s.Policy, rule: r, ix: ix, out: &outs[i]}
			runCheck(&r, s, func() { r.Check(p) })
		}
	})
	for _, o := range outs {
		*out = append(*out, o...)
	}
	if len(tlsRules) == 0 {
		return
	}
	confs := tlsConfs(&Pass{Set: s, Policy: s.Policy, ix: ix, out: out})
	runs := model.Runs(len(confs), tlsChunk)
	outs = make([][]*Finding, runs)
	model.ForRuns(runs, len(confs), func(run, lo, hi int) {
		// One pass and one view per rule, pointed at each configuration
		// in turn (rules keep neither).
		passes := make([]Pass, len(tlsRules))
		ctxs := make([]tlsCtx, len(tlsRules))
		for i, r := range tlsRules {
			passes[i] = Pass{Set: s, Policy: s.Policy, rule: r, ix: ix, out: &outs[run]}
			ctxs[i].p = &passes[i]
		}
		var r *Rule
		runCheck(&r, s, func() {
			for _, c := range confs[lo:hi] {
				for i := range tlsRules {
					r = tlsRules[i]
					ctxs[i].tlsConf = c
					r.CheckTLS(&ctxs[i])
				}
			}
		})
	})
	for _, o := range outs {
		*out = append(*out, o...)
	}
}

// tlsChunk is the number of TLS configurations below which one more CPU
// is not worth starting.
const tlsChunk = 512

// runCheck runs rules, naming the one running (*r) when it panics (a bug
// in the rule).
func runCheck(r **Rule, s *policy.Set, check func()) {
	defer func() {
		if x := recover(); x != nil {
			panic(fmt.Sprintf("lint rule %s on %s: %v", (*r).ID, s.Name, x))
		}
	}()
	check()
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
//
// It sorts the findings (stably, so copies keep the order they were made
// in) and merges neighbours, which keeps the cost linear after the sort
// for the hundreds of thousands of findings of a large policy.
func dedupe(in []*Finding) []*Finding {
	sortFindings(in)
	// seen holds the TTLSRules a merged finding lists; it is made only
	// for findings that are merged, since most findings (one rule's
	// default, say) are never merged.
	seen := map[*Finding]map[string]bool{}
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
	out := in[:0]
	group := 0 // out[group:] start where the current finding starts, with its rule and message
	for _, f := range in {
		if group < len(out) && out[group].compare(f) != 0 {
			group = len(out)
		}
		var g *Finding
		for _, h := range out[group:] {
			if h.Span == f.Span {
				g = h
				break
			}
		}
		if g == nil {
			if len(f.Affects) > 1 {
				affects := f.Affects
				f.Affects = nil
				merge(f, affects)
			}
			if !f.Uncertain {
				f.Why = ""
			}
			out = append(out, f)
			continue
		}
		merge(g, f.Affects)
		if !f.Uncertain {
			g.Uncertain, g.Why = false, ""
		}
	}
	return out
}

// isSecret reports whether st codes a secret: a parameter the catalog
// marks as one, wherever it is coded (also where the model rejects it).
func isSecret(st *pagent.Statement) bool {
	return len(st.Values) > 0 && st.Block == nil && model.SecretParam(st.Keyword.Text) != ""
}

// collectSecrets records where secret values stand, per file, so that
// outputs never show them: the values of secret parameters, and of
// keywords that look like one (model.Secret: a misspelled KeyringPw is
// still a password).
func collectSecrets(files []*pagent.File, out map[string][]source.Span) {
	for _, f := range files {
		f.Walk(func(st *pagent.Statement, _ []*pagent.Statement) bool {
			if len(st.Values) > 0 && st.Block == nil && model.Secret(st.Keyword.Text) {
				sp := source.Cover(st.Values[0].Span, st.Values[len(st.Values)-1].Span)
				out[sp.File] = append(out[sp.File], sp)
			}
			return true
		})
	}
}

// sortFindings sorts findings by position, rule and message; equal ones
// keep their order. (A stable merge sort moves hundreds of thousands of
// findings many times over; an unstable sort that breaks ties by the
// original place gives the same order faster.)
func sortFindings(fs []*Finding) {
	if slices.IsSortedFunc(fs, (*Finding).compare) {
		return
	}
	// Each finding's place is packed into one number (placeKey), so most
	// comparisons read neither the findings nor their strings.
	type placed struct {
		key uint64
		f   *Finding
		i   int
	}
	order := func(a, b placed) int {
		if a.key != b.key {
			return cmp.Compare(a.key, b.key)
		}
		if c := a.f.compare(b.f); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	}
	rank := fileRanks(fs)
	ps := make([]placed, len(fs))
	last, lastRank := "", uint64(0)
	for i, f := range fs {
		if i == 0 || f.Span.File != last {
			last, lastRank = f.Span.File, rank[f.Span.File]
		}
		ps[i] = placed{placeKey(lastRank, f.Span.Line, f.Span.Col), f, i}
	}
	// Runs sorted on every CPU, then merged: the order is total (place
	// breaks ties), so it is the same however the work was shared.
	runs := model.Runs(len(ps), 1<<16)
	model.ForRuns(runs, len(ps), func(_, lo, hi int) { slices.SortFunc(ps[lo:hi], order) })
	for width := 1; width < runs; width *= 2 {
		for r := 0; r+width < runs; r += 2 * width {
			lo, mid, hi := r*len(ps)/runs, (r+width)*len(ps)/runs, min(r+2*width, runs)*len(ps)/runs
			merged := make([]placed, 0, hi-lo)
			a, b := ps[lo:mid], ps[mid:hi]
			for len(a) > 0 && len(b) > 0 {
				if order(a[0], b[0]) <= 0 {
					merged, a = append(merged, a[0]), a[1:]
				} else {
					merged, b = append(merged, b[0]), b[1:]
				}
			}
			merged = append(append(merged, a...), b...)
			copy(ps[lo:hi], merged)
		}
	}
	for i := range ps {
		fs[i] = ps[i].f
	}
}

// fileRanks numbers the files of the findings in sorted order.
func fileRanks(fs []*Finding) map[string]uint64 {
	var names []string
	seen := map[string]bool{}
	last := ""
	for i, f := range fs {
		if (i == 0 || f.Span.File != last) && !seen[f.Span.File] {
			seen[f.Span.File] = true
			names = append(names, f.Span.File)
		}
		last = f.Span.File
	}
	slices.Sort(names)
	rank := make(map[string]uint64, len(names))
	for i, n := range names {
		rank[n] = uint64(i)
	}
	return rank
}

// placeKey packs a place (the file's rank, line, column) into 16, 32 and
// 16 bits. A part too large for its bits takes its largest value and so
// do the parts after it; a negative part is 0 and so are the parts after
// it. The keys of two places are then equal or in the places' order, and
// equal keys are compared in full.
func placeKey(rank uint64, line, col int) uint64 {
	const rankMax, lineMax, colMax = 1<<16 - 1, 1<<32 - 1, 1<<16 - 1
	if rank >= rankMax {
		return rankMax<<48 | lineMax<<16 | colMax
	}
	if line < 0 {
		return rank << 48
	}
	l := uint64(line)
	if l >= lineMax {
		return rank<<48 | lineMax<<16 | colMax
	}
	return rank<<48 | l<<16 | min(uint64(max(col, 0)), colMax)
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
