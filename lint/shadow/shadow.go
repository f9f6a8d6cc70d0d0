// Package shadow finds rules z/OS never or only partly reaches: AT-TLS
// rules and IP filter rules that earlier rules shadow, rules whose
// conditions match nothing, and AT-TLS rules whose outcome depends on the
// spelling of their names.
//
// z/OS gives a connection (packet) the first rule that matches it: AT-TLS
// rules by descending Priority and then by name, IP filter rules in the
// order IpFilterPolicy lists them (package model/match has the order and
// the match spaces, with the IBM sources). A rule R is
//
//   - fully shadowed (SHD001) when the rules ahead of it together match
//     every connection R matches: R is never selected. Several rules may
//     share the work (one takes the IPv4 part, one the IPv6 part); the
//     finding names a small set of them that does it. When every one of
//     them gives the same settings as R, R is redundant; otherwise R is a
//     bug: connections it was written for get other settings.
//   - partly shadowed (SHD002) when rules ahead of it take some, not all,
//     of its connections;
//   - unreachable (SHD003) when its own conditions match nothing (a port
//     range 5000-4000, a time condition never in effect, IPv4 local and
//     IPv6 remote addresses);
//   - in an equal-priority overlap (SHD004, AT-TLS) when an earlier rule
//     of the same priority, with different settings, takes some of its
//     connections only because its name sorts first.
//
// Codes and default severities:
//
//	SHD001 warning  fully shadowed; the message says "Redundant" (same
//	                settings as the covering rules) or "Conflict" (its
//	                settings never apply, with the differences)
//	SHD002 info     partly shadowed (a default rule at the bottom of a
//	                policy always is; that is why it is only info)
//	SHD003 warning  unreachable: its conditions match nothing
//	SHD004 warning  equal-priority overlap with different settings,
//	                decided by the spelling of the names
//
// Findings are positioned at the rule's name; messages name the rules
// involved and hold no line numbers (baselines key findings by message).
//
// Findings of the first, second and fourth kind carry a concrete example
// connection (packet), in the syntax of `znet explain --connection`
// (--packet), and the rule it goes to; a partly shadowed rule also gets a
// connection it still receives. When rules limit time, examples carry a
// time= at which the outcome is the one described.
//
// # How covers are computed
//
// Each rule is a union of cubes (products of interval sets, one per
// dimension). For rule R, an interval index over the earlier rules' cubes
// yields the candidates that meet R. Then, cheapest first:
//
//  1. one candidate containing R (cube containment, exact subtraction
//     for multi-cube candidates);
//  2. a search for a witness: points of R chosen to fall outside the
//     candidates (R's example point, its corners, and for each candidate a
//     point of R just outside it in one dimension), each checked against
//     all earlier rules with a point query on the index — one point
//     outside them all proves R is not fully shadowed;
//  3. exact subtraction of the candidates from R, in evaluation order,
//     with a bound on the number of pieces; an empty remainder proves the
//     cover, and the candidates that removed something are pruned to an
//     irredundant set (none can be dropped). When the bound is hit the
//     question is left undecided and R is reported as partly shadowed
//     only: full shadowing is never claimed without proof.
//
// Rules whose space is not known for sure (see match.Rule) count with
// what they may match when they are the one covered (Over) and with what
// they certainly match when they cover (Under).
//
// Time conditions are dimensions of the space (see model/match), so a rule
// in effect on weekdays and one in effect at weekends together cover a
// rule that is always in effect.
//
// Cost: rules mostly leave most dimensions open, so the index groups rules
// by the shape of their conditions and skips whole groups (see index).
// Verdicts need no list of all overlapping pairs, which can grow with the
// square of the policy (a legacy "LocalPortRange 4000, Direction Both"
// rule meets every outbound client rule): a witness point settles "not
// fully shadowed" with a few point queries, and all candidates are
// enumerated only when a cover must be proven. The rules listed as taking
// part of a rule (SHD002) and the equal-priority check (SHD004) look at the
// first 256 overlapping rules the index yields.
package shadow

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/match"
	"github.com/zosnet/znet/model/policy"
)

// Codes of the findings.
const (
	CodeFull        = "SHD001" // fully shadowed: never selected
	CodePartial     = "SHD002" // partly shadowed
	CodeUnreachable = "SHD003" // its conditions match nothing
	CodeTie         = "SHD004" // equal-priority overlap decided by name order
)

// Kind of a finding.
type Kind string

const (
	Full        Kind = "full"
	Partial     Kind = "partial"
	Unreachable Kind = "unreachable"
	Tie         Kind = "equal-priority"
)

// Finding is one result of the analysis: a diagnostic positioned at the
// rule's name, with the facts behind its message.
type Finding struct {
	source.Diagnostic
	Kind Kind `json:"kind" yaml:"kind"`
	// Family is "AT-TLS" or "IP filter".
	Family string `json:"family" yaml:"family"`
	Rule   string `json:"rule" yaml:"rule"`
	// By are the earlier rules that take the rule's connections: a
	// covering set (Full), the rules taking part of it (Partial), or the
	// equal-priority rules (Tie).
	By []string `json:"by,omitempty" yaml:"by,omitempty"`
	// Example is a connection (packet) of the rule that goes to Winner.
	Example string `json:"example,omitempty" yaml:"example,omitempty"`
	Winner  string `json:"winner,omitempty" yaml:"winner,omitempty"`
	// Reaches is, for Partial and Tie, a connection the rule still gets.
	Reaches string `json:"reaches,omitempty" yaml:"reaches,omitempty"`
	// Redundant is set for Full when every covering rule gives the same
	// settings; Differences list how they differ otherwise.
	Redundant   bool     `json:"redundant,omitempty" yaml:"redundant,omitempty"`
	Differences []string `json:"differences,omitempty" yaml:"differences,omitempty"`
}

// Diagnostics returns the findings' diagnostics, sorted.
func Diagnostics(fs []Finding) source.Diagnostics {
	out := make(source.Diagnostics, len(fs))
	for i, f := range fs {
		out[i] = f.Diagnostic
	}
	out.Sort()
	return out
}

// Options tune the analysis; the zero value is the default.
type Options struct {
	// Work bounds the pieces an exact subtraction may produce for one
	// rule before the question is left undecided (default 20000).
	Work int
}

// Analyze runs the analysis over the AT-TLS rules and the IP filter table
// of p. Findings are sorted by position.
func Analyze(p *policy.Policy) []Finding {
	return AnalyzeWith(p, Options{})
}

// AnalyzeWith is Analyze with options.
func AnalyzeWith(p *policy.Policy, opt Options) []Finding {
	return AnalyzeRules(p, match.ATTLSRules(p), opt)
}

// AnalyzeRules is AnalyzeWith for a caller that already has the policy's
// AT-TLS rules (match.ATTLSRules); the analysis only reads them.
func AnalyzeRules(p *policy.Policy, attls []*match.Rule, opt Options) []Finding {
	s := match.NewSettings(p)
	var out []Finding
	out = append(out, Rules(attls, s, opt)...)
	out = append(out, Rules(match.FilterRules(p), s, opt)...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Span, out[j].Span
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return out[i].Code < out[j].Code
	})
	return out
}

type analyzer struct {
	rules []*match.Rule
	ix    *index
	set   *match.Settings
	work  int
	timed bool // some rule has a time condition
	utc   bool // time conditions are in UTC
	out   []Finding
}

// Rules analyses rules of one family given in evaluation order. s gives
// their settings (nil: settings are not compared).
func Rules(rules []*match.Rule, s *match.Settings, opt Options) []Finding {
	if len(rules) == 0 {
		return nil
	}
	a := &analyzer{rules: rules, set: s, work: opt.Work}
	if a.work <= 0 {
		a.work = 20000
	}
	a.ix = newIndex(rules)
	for _, r := range rules {
		if r.Time != nil {
			a.timed = true
		}
	}
	a.utc = match.UTC(rules)
	for i := range rules {
		a.rule(i)
	}
	return a.out
}

// verdict of the cover question.
type verdict int

const (
	notCovered verdict = iota
	covered
	undecided
)

func (a *analyzer) rule(i int) {
	r := a.rules[i]
	if r.Empty != "" {
		a.unreachable(r)
		return
	}
	cands, capped := a.candidates(i, maxCands)
	if len(cands) == 0 {
		return
	}
	v, cover, witness := a.cover(i, cands, capped)
	if v == covered {
		a.full(i, cover)
		return
	}
	a.partial(i, cands, capped, witness, v == undecided)
	if r.Family == match.ATTLS {
		a.tie(i, cands, witness)
	}
}

// maxCands bounds the earlier rules collected per rule before the cover
// question needs them all: rules such as a legacy "LocalPortRange 4000,
// Direction Both" meet every outbound client rule, so the pairs that
// overlap grow with the square of the policy while the verdicts do not
// need them.
const maxCands = 256

// candidates returns earlier rules whose Under meets rule i's Over, in
// evaluation order: all of them when limit is 0, else at most limit, and
// whether some were left out.
func (a *analyzer) candidates(i, limit int) ([]int, bool) {
	seen := map[int]bool{}
	var out []int
	capped := false
	for _, c := range a.rules[i].Over {
		a.ix.meeting(c, i, func(j, _ int) bool {
			if !seen[j] {
				if limit > 0 && len(out) == limit {
					capped = true
					return false
				}
				seen[j] = true
				out = append(out, j)
			}
			return true
		})
		if capped {
			break
		}
	}
	sort.Ints(out)
	return out, capped
}

// coveredPoint reports whether an earlier rule than i certainly matches p.
func (a *analyzer) coveredPoint(p match.Point, i int) bool { return a.ix.first(p, i) >= 0 }

// cover decides whether the rules before i cover rule i; cands are the
// ones meeting it (some of them when capped).
func (a *analyzer) cover(i int, cands []int, capped bool) (verdict, []int, match.Point) {
	r := a.rules[i]
	// 1. One rule alone.
	for _, j := range cands {
		if contains(a.rules[j].Under, r.Over, a.work) {
			return covered, []int{j}, nil
		}
	}
	// 2. A witness outside every earlier rule.
	if p := a.witness(i, cands); p != nil {
		return notCovered, nil, a.beautify(i, p)
	}
	if capped {
		cands, _ = a.candidates(i, 0)
		for _, j := range cands {
			if contains(a.rules[j].Under, r.Over, a.work) {
				return covered, []int{j}, nil
			}
		}
	}
	// 3. Exact subtraction.
	rest := r.Over
	var used []int
	for _, j := range cands {
		u := a.rules[j].Under
		if !rest.Overlaps(u) {
			continue
		}
		next, ok := rest.Minus(u, a.work)
		if !ok {
			return undecided, nil, nil
		}
		rest = next
		used = append(used, j)
		if rest.Empty() {
			return covered, a.prune(r.Over, used), nil
		}
	}
	if !rest.Empty() {
		p, _ := r.Family.Example(rest[0], r.Name)
		return notCovered, nil, a.beautify(i, p)
	}
	return covered, a.prune(r.Over, used), nil
}

// contains reports whether u ⊇ o, exactly.
func contains(u, o match.Space, work int) bool {
	// Quick: every cube of o inside one cube of u.
	quick := true
	for _, c := range o {
		in := false
		for _, d := range u {
			if d.Contains(c) {
				in = true
				break
			}
		}
		if !in {
			quick = false
			break
		}
	}
	if quick {
		return true
	}
	if len(u) < 2 {
		return false
	}
	yes, ok := u.Contains(o, work)
	return ok && yes
}

// prune drops rules from a cover of o while what is left still covers o.
func (a *analyzer) prune(o match.Space, cover []int) []int {
	out := append([]int(nil), cover...)
	for k := len(out) - 1; k >= 0 && len(out) > 1; k-- {
		var u match.Space
		for m, j := range out {
			if m != k {
				u = append(u, a.rules[j].Under...)
			}
		}
		if yes, ok := u.Contains(o, a.work); ok && yes {
			out = append(out[:k], out[k+1:]...)
		}
	}
	return out
}

// beautify makes a witness of rule i read better: dimension by dimension
// it takes the value the rule's example point has there (10.1.1.2, port
// 4000, the rule's name as job…) whenever the point stays in the rule and
// outside every earlier rule.
func (a *analyzer) beautify(i int, p match.Point) match.Point {
	r := a.rules[i]
	for _, c := range r.Over {
		if !c.Has(p) {
			continue
		}
		e, _ := r.Family.Example(c, r.Name)
		alts := map[int][]match.Pt{}
		if r.Family == match.IPFilter {
			alts[match.FProtocol] = []match.Pt{match.P(17), match.P(1), match.P(58), match.P(50)}
		}
		for d := range p {
			for _, v := range append([]match.Pt{e[d]}, alts[d]...) {
				if p[d] == v || !c[d].Has(v) {
					continue
				}
				q := append(match.Point(nil), p...)
				q[d] = v
				if !a.coveredPoint(q, i) {
					p = q
					break
				}
			}
		}
		break
	}
	return p
}

// maxProbe bounds the candidates the witness search derives points from.
const maxProbe = 64

// witness looks for a point of rule i that no earlier rule matches.
func (a *analyzer) witness(i int, cands []int) match.Point {
	r := a.rules[i]
	f := r.Family
	try := func(p match.Point) bool { return !a.coveredPoint(p, i) }
	for _, c := range r.Over {
		p, _ := f.Example(c, r.Name)
		if try(p) {
			return p
		}
		lo := make(match.Point, len(c))
		hi := make(match.Point, len(c))
		for d, s := range c {
			lo[d], hi[d] = s.Lo(), s.Hi()
		}
		if try(lo) {
			return lo
		}
		if try(hi) {
			return hi
		}
	}
	for k, j := range cands {
		if k >= maxProbe {
			break
		}
		for _, c := range r.Over {
			for _, u := range a.rules[j].Under {
				if !c.Overlaps(u) {
					continue
				}
				base, _ := f.Example(c.Intersect(u), r.Name)
				for d := range c {
					out := c[d].Minus(u[d])
					if out.Empty() {
						continue
					}
					for _, v := range []match.Pt{out.Lo(), out.Hi()} {
						p := append(match.Point(nil), base...)
						p[d] = v
						if try(p) {
							return p
						}
					}
				}
			}
		}
	}
	return nil
}

// example returns a readable point of rule i inside the cubes of space s
// (the first one meeting it) and its text.
func (a *analyzer) example(i int, s match.Space) (match.Point, string) {
	r := a.rules[i]
	for _, c := range r.Over {
		for _, u := range s {
			if c.Overlaps(u) {
				p, _ := r.Family.Example(c.Intersect(u), r.Name)
				return p, a.text(i, p)
			}
		}
	}
	p, _ := r.Family.Example(r.Over[0], r.Name)
	return p, a.text(i, p)
}

func (a *analyzer) winner(p match.Point, i int) *match.Rule {
	if j := a.ix.first(p, i); j >= 0 {
		return a.rules[j]
	}
	return nil
}

// text renders point p of rule i (which goes to the same rule as p, or to
// no earlier rule). When some rule limits time, it carries a real time at
// which the outcome is the same, so that `znet explain` gives it.
func (a *analyzer) text(i int, p match.Point) string {
	r := a.rules[i]
	f := r.Family
	if !a.timed {
		return f.PointText(p, "")
	}
	want := a.ix.first(p, i)
	q, when, ok := f.RealTime(p, func(q match.Point) bool {
		return r.Over.Has(q) && a.ix.first(q, i) == want
	})
	if !ok {
		return f.PointText(p, "")
	}
	if a.utc {
		when += "Z"
	}
	return f.PointText(q, when)
}

func (a *analyzer) ruleList(js []int) []*match.Rule {
	out := make([]*match.Rule, len(js))
	for k, j := range js {
		out[k] = a.rules[j]
	}
	return out
}

func (a *analyzer) names(js []int) []string {
	out := make([]string, len(js))
	for k, j := range js {
		out[k] = a.rules[j].Name
	}
	return out
}

// maxBy bounds the rules a Partial finding lists in By (the first ones
// found, in evaluation order).
const maxBy = 50

// listNames renders names for a message, at most five.
func listNames(ns []string) string { return listNamesN(ns, len(ns)) }

// listNamesN renders the first names of total for a message, at most five.
func listNamesN(ns []string, total int) string {
	if total > 5 {
		return strings.Join(ns[:5], ", ") + fmt.Sprintf(" and %d more", total-5)
	}
	if len(ns) > 1 {
		return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
	}
	return strings.Join(ns, "")
}

func (a *analyzer) diff(w, r *match.Rule) []string {
	if a.set == nil {
		return nil
	}
	return a.set.Diff(w, r)
}

// order explains why the rules js come before rule r.
func (a *analyzer) order(r *match.Rule, js []int) string {
	if r.Family != match.ATTLS {
		if len(js) == 1 {
			return "it stands earlier in the filter table"
		}
		return "they stand earlier in the filter table"
	}
	var same, higher []string
	more := 0
	if len(js) > 5 {
		more, js = len(js)-5, js[:5]
	}
	for _, j := range js {
		w := a.rules[j]
		if w.Priority == r.Priority {
			same = append(same, w.Name)
		} else {
			higher = append(higher, fmt.Sprintf("%s has priority %d", w.Name, w.Priority))
		}
	}
	var parts []string
	if len(higher) > 0 {
		parts = append(parts, strings.Join(higher, ", ")+fmt.Sprintf(", above %s's %d", r.Name, r.Priority))
	}
	if len(same) > 0 {
		verb := "sorts"
		if len(same) > 1 {
			verb = "sort"
		}
		parts = append(parts, fmt.Sprintf("%s %s before %s in Policy Agent's name order at the same priority %d", listNames(same), verb, r.Name, r.Priority))
	}
	if more > 0 {
		parts = append(parts, fmt.Sprintf("%d more ahead of it", more))
	}
	return strings.Join(parts, "; ")
}

func (a *analyzer) add(r *match.Rule, sev source.Severity, code string, kind Kind, msg, hint string) *Finding {
	a.out = append(a.out, Finding{
		Diagnostic: source.Diagnostic{Span: r.NameSpan(), Severity: sev, Code: code, Message: msg, Hint: hint},
		Kind:       kind, Family: r.Family.Name, Rule: r.Name,
	})
	return &a.out[len(a.out)-1]
}

func (a *analyzer) unreachable(r *match.Rule) {
	a.add(r, source.Warning, CodeUnreachable, Unreachable,
		fmt.Sprintf("%s can never match: %s", r.Label(), r.Empty),
		"correct the condition, or delete the rule")
}

func what(f *match.Family) string {
	if f == match.ATTLS {
		return "connection"
	}
	return "packet"
}

func (a *analyzer) full(i int, cover []int) {
	r := a.rules[i]
	noun := what(r.Family)
	var ws match.Space
	for _, j := range cover {
		ws = append(ws, a.rules[j].Under...)
	}
	p, ex := a.example(i, ws)
	w := a.winner(p, i)
	// Differences from the rule the example goes to, then from the other
	// covering rules when that one agrees with r.
	var diffs []string
	var from *match.Rule
	for _, x := range append([]*match.Rule{w}, a.ruleList(cover)...) {
		if d := a.diff(x, r); len(d) > 0 {
			diffs, from = d, x
			break
		}
	}
	names := a.names(cover)
	by := listNames(names)
	msg := fmt.Sprintf("%s is never used: every %s it matches is taken first by %s (%s); e.g. %s goes to %s",
		r.Label(), noun, by, a.order(r, cover), ex, w.Name)
	hint := ""
	if len(diffs) == 0 {
		msg += ". Redundant: " + pluralIs(names, "gives", "give") + " the same settings"
		hint = "delete " + r.Name + ", or change its conditions if it was meant for other " + noun + "s"
	} else {
		shown := diffs
		if len(shown) > 3 {
			shown = append(append([]string(nil), shown[:3]...), fmt.Sprintf("%d more", len(diffs)-3))
		}
		msg += fmt.Sprintf(". Conflict: %s's settings never apply (%s)", r.Name, strings.Join(shown, "; "))
		if len(cover) > 1 && from != w {
			msg += fmt.Sprintf(" for the connections %s takes", from.Name)
		}
		if r.Family == match.ATTLS {
			hint = fmt.Sprintf("give %s a higher Priority than %s if its settings are the ones meant, or delete it", r.Name, by)
		} else {
			hint = fmt.Sprintf("move %s before %s in IpFilterPolicy if its action is the one meant, or delete it", r.Name, by)
		}
	}
	if !r.Certain() {
		msg += " (even counting everything it may match: " + r.Notes[0] + ")"
	}
	f := a.add(r, source.Warning, CodeFull, Full, msg, hint)
	f.By, f.Example, f.Winner, f.Redundant, f.Differences = names, ex, w.Name, len(diffs) == 0, diffs
}

func pluralIs(ns []string, one, many string) string {
	if len(ns) == 1 {
		return "it " + one
	}
	return "they " + many
}

func (a *analyzer) partial(i int, cands []int, capped bool, witness match.Point, undecided bool) {
	r := a.rules[i]
	noun := what(r.Family)
	var us match.Space
	for _, j := range cands {
		us = append(us, a.rules[j].Under...)
	}
	p, ex := a.example(i, us)
	w := a.winner(p, i)
	if w == nil {
		return
	}
	names := a.names(cands)
	if len(names) > maxBy {
		names = names[:maxBy]
	}
	who := listNamesN(names, len(cands))
	if capped {
		who = strings.Join(names[:5], ", ") + fmt.Sprintf(" and at least %d more", len(cands)-5)
	}
	msg := fmt.Sprintf("%s is partly shadowed: %s %s ahead of it and %s some of its %ss (%s); e.g. %s goes to %s",
		r.Label(), who, areIs(names), takeTakes(names), noun, a.order(r, cands), ex, w.Name)
	if d := a.diff(w, r); len(d) > 0 {
		msg += fmt.Sprintf(", whose settings differ (%s)", d[0])
	} else if a.set != nil {
		msg += " with the same settings"
	}
	reach := ""
	if witness != nil {
		reach = a.text(i, witness)
		msg += "; " + r.Name + " still gets e.g. " + reach
	}
	if undecided {
		msg += "; whether it is fully shadowed was not decided (too many overlapping rules to compare exactly)"
	}
	if !r.Certain() || !a.rules[cands[0]].Certain() {
		msg += " (not certain: " + firstNote(r, a.rules[cands[0]]) + ")"
	}
	f := a.add(r, source.Info, CodePartial, Partial, msg, "")
	f.By, f.Example, f.Winner, f.Reaches = names, ex, w.Name, reach
}

func firstNote(rs ...*match.Rule) string {
	for _, r := range rs {
		if !r.Certain() {
			return r.Name + ": " + r.Notes[0]
		}
	}
	return ""
}

func areIs(ns []string) string {
	if len(ns) == 1 {
		return "is"
	}
	return "are"
}

func takeTakes(ns []string) string {
	if len(ns) == 1 {
		return "takes"
	}
	return "take"
}

// tie reports earlier rules of the same priority, with other settings,
// that take some of rule i's connections only because of name order.
func (a *analyzer) tie(i int, cands []int, witness match.Point) {
	r := a.rules[i]
	var ties []int
	tied := map[*match.Rule]bool{}
	for _, j := range cands {
		w := a.rules[j]
		if w.Priority != r.Priority {
			continue
		}
		if d := a.diff(w, r); len(d) > 0 {
			ties = append(ties, j)
			tied[w] = true
		}
	}
	if len(ties) == 0 {
		return
	}
	// An example the tie decides: a connection of both whose winner has
	// r's priority (not a rule above both).
	var ex string
	var w *match.Rule
	for _, j := range ties {
		for _, c := range r.Over {
			for _, u := range a.rules[j].Under {
				if w != nil || !c.Overlaps(u) {
					continue
				}
				p, _ := r.Family.Example(c.Intersect(u), r.Name)
				if x := a.winner(p, i); x != nil && tied[x] {
					w, ex = x, a.text(i, p)
				}
			}
		}
	}
	if w == nil {
		return
	}
	names := a.names(ties)
	msg := fmt.Sprintf("%s overlaps %s at the same priority %d: connections both match, e.g. %s, go to %s only because its name sorts first, and the settings differ (%s)",
		r.Label(), listNames(names), r.Priority, ex, w.Name, a.diff(w, r)[0])
	f := a.add(r, source.Warning, CodeTie, Tie, msg,
		"give the rule meant to win a higher Priority, so the outcome does not depend on the spelling of the names")
	f.By, f.Example, f.Winner = names, ex, w.Name
	if witness != nil {
		f.Reaches = a.text(i, witness)
	}
}
