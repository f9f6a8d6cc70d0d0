// Package diff compares two configurations the way z/OS sees them: rule by
// rule, on the effective settings a connection gets (defaults filled in
// for the release) and on what the rule matches, so that differences in how
// statements are named, nested or factored do not show.
//
// Each side is a policy model: built from YAML, from native members, or
// from a pasearch report (model/live), all alike.
package diff

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/zosnet/znet/model/match"
	"github.com/zosnet/znet/model/policy"
	"github.com/zosnet/znet/model/tls"
)

// Verdicts of a change, judged by znet's TLS grading.
const (
	Weaker   = "weaker"
	Stronger = "stronger"
	Neutral  = "neutral"
)

// Change is one difference.
type Change struct {
	What    string `json:"what"`
	Old     string `json:"old"`
	New     string `json:"new"`
	OldAt   string `json:"oldAt,omitempty"`
	NewAt   string `json:"newAt,omitempty"`
	Verdict string `json:"verdict"`
}

// RuleDiff is what differs for one rule.
type RuleDiff struct {
	Rule string `json:"rule"`
	// Status is "added" (only in B), "removed" (only in A) or "changed".
	Status     string   `json:"status"`
	Conditions []Change `json:"conditions,omitempty"`
	Settings   []Change `json:"settings,omitempty"`
	Verdict    string   `json:"verdict"`
}

// Result is the comparison of A with B.
type Result struct {
	A     string     `json:"a"`
	B     string     `json:"b"`
	Rules []RuleDiff `json:"rules"`
	// Notes say what could not be compared (secrets, uncertain rules).
	Notes []string `json:"notes,omitempty"`
}

// Equal reports whether nothing differs.
func (r *Result) Equal() bool { return len(r.Rules) == 0 }

// Compare compares the AT-TLS rules of two policies. A rule whose actions
// (with everything they refer to) read the same on both sides gets the
// same settings, so only the others are explained and compared setting by
// setting; the same holds for conditions. That keeps drift checks of large
// policies, where most rules are unchanged, fast.
func Compare(aName string, a *policy.Policy, bName string, b *policy.Policy) *Result {
	res := &Result{A: aName, B: bName}
	oa, ob := a.RuleOrder(), b.RuleOrder()
	pos := func(rules []*policy.Object) map[string]int {
		m := make(map[string]int, len(rules))
		for i, r := range rules {
			m[r.Name] = i + 1
		}
		return m
	}
	pa, pb := pos(oa), pos(ob)
	names := make([]string, 0, len(pa)+len(pb))
	for n := range pa {
		names = append(names, n)
	}
	for n := range pb {
		if _, ok := pa[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	// Rules are compared independently: split them over the CPUs and
	// keep the results in name order.
	workers := runtime.GOMAXPROCS(0)
	if workers > len(names)/256+1 {
		workers = len(names)/256 + 1
	}
	type part struct {
		rules   []RuleDiff
		notes   []string
		secrets bool
	}
	parts := make([]part, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*len(names)/workers, (w+1)*len(names)/workers
		wg.Add(1)
		go func(out *part, names []string) {
			defer wg.Done()
			out.rules, out.notes, out.secrets = compareRules(a, b, names, pa, pb)
		}(&parts[w], names[lo:hi])
	}
	wg.Wait()
	secrets := false
	for _, pt := range parts {
		res.Rules = append(res.Rules, pt.rules...)
		res.Notes = append(res.Notes, pt.notes...)
		secrets = secrets || pt.secrets
	}
	if secrets {
		res.Notes = append(res.Notes, "secrets (KeyringPw …) are never shown or compared")
	}
	return res
}

// compareRules compares the rules named in names (sorted).
func compareRules(a, b *policy.Policy, names []string, pa, pb map[string]int) (out []RuleDiff, notes []string, secrets bool) {
	ma, mb := map[*policy.Object]string{}, map[*policy.Object]string{}
	for _, n := range names {
		ra, rb := a.Lookup("TTLSRule", n), b.Lookup("TTLSRule", n)
		switch {
		case rb == nil:
			out = append(out, RuleDiff{Rule: n, Status: "removed", Verdict: Neutral})
			continue
		case ra == nil:
			out = append(out, RuleDiff{Rule: n, Status: "added", Verdict: Neutral})
			continue
		}
		rd := RuleDiff{Rule: n, Status: "changed"}
		if x, y := policy.Priority(ra), policy.Priority(rb); x != y {
			rd.Conditions = append(rd.Conditions, Change{What: "Priority", Old: fmt.Sprint(x), New: fmt.Sprint(y), Verdict: Neutral})
		}
		if pa[n] != pb[n] {
			rd.Conditions = append(rd.Conditions, Change{What: "evaluation order", Old: fmt.Sprint(pa[n]), New: fmt.Sprint(pb[n]), Verdict: Neutral})
		}
		if conds(ra, ma) != conds(rb, mb) {
			if c := conditions(a, ra, b, rb); c != nil {
				rd.Conditions = append(rd.Conditions, *c)
			}
		}
		if actions(ra, ma) != actions(rb, mb) {
			x, y := a.Explain(n), b.Explain(n)
			for _, c := range settings(x, y) {
				if c.What == "secret" {
					secrets = true
					continue
				}
				rd.Settings = append(rd.Settings, c)
			}
			if x.Uncertain || y.Uncertain {
				notes = append(notes, fmt.Sprintf("rule %s is damaged or refers to something undefined on one side; its comparison is uncertain", n))
			}
		}
		if len(rd.Conditions)+len(rd.Settings) == 0 {
			continue
		}
		rd.Verdict = overall(rd.Settings)
		out = append(out, rd)
	}
	return out, notes, secrets
}

// actions renders what decides a rule's settings: its three actions, with
// everything they refer to.
func actions(r *policy.Object, memo map[*policy.Object]string) string {
	var b strings.Builder
	for _, k := range []string{"TTLSGroupActionRef", "TTLSEnvironmentActionRef", "TTLSConnectionActionRef"} {
		b.WriteString(k + ": ")
		if p := r.Last(k); p != nil && p.Target != nil {
			b.WriteString(p.Target.Deep(memo))
		} else if p != nil {
			b.WriteString("(undefined " + p.Value + ")")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// conds renders what decides a rule's match space: its coded conditions
// with the address and port objects they refer to.
func conds(r *policy.Object, memo map[*policy.Object]string) string {
	var b strings.Builder
	for _, p := range r.Params {
		if strings.HasSuffix(p.Def.Name, "ActionRef") || p.Def.Name == "Priority" {
			continue
		}
		b.WriteString(p.Def.Name + " " + p.Value + "\n")
		if p.Target != nil {
			b.WriteString(p.Target.Deep(memo))
		}
	}
	for _, c := range r.Children {
		b.WriteString(c.Deep(memo))
	}
	return b.String()
}

// conditions compares what two rules match, as sets of connections (a
// rule written with an IpAddrSet and one written with the prefix inline
// match the same).
func conditions(a *policy.Policy, ra *policy.Object, b *policy.Policy, rb *policy.Object) *Change {
	if ra == nil || rb == nil {
		return nil
	}
	ma, mb := match.BuildATTLS(a, ra), match.BuildATTLS(b, rb)
	const work = 1 << 16
	ab, ok1 := ma.Over.Contains(mb.Over, work)
	ba, ok2 := mb.Over.Contains(ma.Over, work)
	if ok1 && ok2 && ab && ba {
		return nil
	}
	return &Change{What: "conditions", Old: condText(ma), New: condText(mb), OldAt: ra.Src.Keyword.Span.String(),
		NewAt: rb.Src.Keyword.Span.String(), Verdict: Neutral}
}

func condText(r *match.Rule) string {
	var parts []string
	for _, c := range r.Conds {
		parts = append(parts, c.Text)
	}
	return strings.Join(parts, "; ")
}

func value(s *policy.Setting) string {
	if s == nil {
		return "(not set)"
	}
	if s.List != nil {
		return strings.Join(s.List, ", ")
	}
	return s.Value
}

// same reports whether two settings give the same value.
func same(a, b *policy.Setting) bool {
	if a.Value != b.Value || len(a.List) != len(b.List) {
		return false
	}
	for i := range a.List {
		if a.List[i] != b.List[i] {
			return false
		}
	}
	return true
}

// settings compares effective settings by name.
func settings(x, y *policy.Effective) []Change {
	// Fast path: both sides list the same settings in the same order (the
	// usual case, since the order comes from the catalog) with the same
	// values.
	xs, ys := x.Settings(), y.Settings()
	if len(xs) == len(ys) {
		equal := true
		for i := range xs {
			if xs[i].Name != ys[i].Name || !same(xs[i], ys[i]) {
				equal = false
				break
			}
		}
		if equal {
			return nil
		}
	}
	var out []Change
	byName := func(ss []*policy.Setting) map[string]*policy.Setting {
		m := make(map[string]*policy.Setting, len(ss))
		for _, s := range ss {
			m[s.Name] = s
		}
		return m
	}
	mx, my := byName(xs), byName(ys)
	order := append(append([]*policy.Setting{}, xs...), ys...)
	seen := map[string]bool{}
	for _, s := range order {
		n := s.Name
		if seen[n] {
			continue
		}
		seen[n] = true
		sa, sb := mx[n], my[n]
		va, vb := value(sa), value(sb)
		if va == vb {
			continue
		}
		if va == policy.Masked || vb == policy.Masked {
			out = append(out, Change{What: "secret"})
			continue
		}
		// pasearch prints some parameters znet knows no default for; a
		// value on one side only, read from a report, is not a change.
		if (sa == nil && strings.HasPrefix(sb.From, "pasearch")) || (sb == nil && strings.HasPrefix(sa.From, "pasearch")) {
			continue
		}
		c := Change{What: n, Old: va, New: vb, Verdict: verdict(n, sa, sb)}
		if sa != nil {
			c.OldAt = where(sa)
		}
		if sb != nil {
			c.NewAt = where(sb)
		}
		out = append(out, c)
	}
	return out
}

func where(s *policy.Setting) string {
	if at := s.At(); at != "" {
		return at
	}
	return s.From
}

func overall(cs []Change) string {
	v := Neutral
	for _, c := range cs {
		if c.Verdict == Weaker {
			return Weaker
		}
		if c.Verdict == Stronger {
			v = Stronger
		}
	}
	return v
}

// legacy protocols: enabling one weakens a connection.
var legacy = map[string]bool{"SSLv2": true, "SSLv3": true, "TLSv1": true, "TLSv1.1": true}

// verdict judges one change.
func verdict(name string, a, b *policy.Setting) string {
	va, vb := value(a), value(b)
	on := func(v string) bool { return strings.EqualFold(v, "On") }
	switch {
	case legacy[name]:
		return sign(on(va) && !on(vb), !on(va) && on(vb))
	case name == "TLSv1.2" || name == "TLSv1.3" || name == "TTLSEnabled":
		return sign(!on(va) && on(vb), on(va) && !on(vb))
	case name == "CtraceClearText":
		return sign(on(va) && !on(vb), !on(va) && on(vb))
	case name == "ClientAuthType":
		pt := func(v string) bool { return strings.EqualFold(v, "PassThru") }
		return sign(pt(va) && !pt(vb), !pt(va) && pt(vb))
	case strings.HasPrefix(name, "PeerMin") && strings.HasSuffix(name, "KeySize"):
		var x, y int
		fmt.Sscan(va, &x)
		fmt.Sscan(vb, &y)
		return sign(y > x, y < x)
	case name == "V3CipherSuites":
		return sign(worse(suites(a), suites(b)), worse(suites(b), suites(a)))
	}
	return Neutral
}

func sign(stronger, weaker bool) string {
	switch {
	case weaker:
		return Weaker
	case stronger:
		return Stronger
	}
	return Neutral
}

// suites reads the graded suites of a cipher-list setting.
func suites(s *policy.Setting) []*tls.Suite {
	if s == nil {
		return nil
	}
	var out []*tls.Suite
	for _, it := range s.List {
		code, _, _ := strings.Cut(it, " ")
		if su, ok := tls.SuiteByCode(code); ok {
			out = append(out, su)
		}
	}
	return out
}

// worse reports whether list a is weaker than b: a worse worst grade, or
// more weak or insecure suites, or a worse first (preferred) suite.
func worse(a, b []*tls.Suite) bool {
	stat := func(l []*tls.Suite) (worst tls.Grade, bad int, first int) {
		first = 1 << 30
		for i, s := range l {
			if s.Grade > worst {
				worst = s.Grade
			}
			if s.Grade >= tls.Weak {
				bad++
			}
			if i == 0 {
				first = s.Rank
			}
		}
		return
	}
	wa, ba, fa := stat(a)
	wb, bb, fb := stat(b)
	if wa != wb {
		return wa > wb
	}
	if ba != bb {
		return ba > bb
	}
	return fa > fb
}

// Text renders the result for people: one line per rule, a line per
// change with old -> new, where each side's value comes from, and the
// verdict when it is not neutral.
func (r *Result) Text() string {
	var w strings.Builder
	if r.Equal() {
		fmt.Fprintf(&w, "%s and %s give every connection the same AT-TLS treatment\n", r.A, r.B)
	}
	for _, rd := range r.Rules {
		switch rd.Status {
		case "added":
			fmt.Fprintf(&w, "+ rule %s: only in %s\n", rd.Rule, r.B)
		case "removed":
			fmt.Fprintf(&w, "- rule %s: only in %s\n", rd.Rule, r.A)
		default:
			fmt.Fprintf(&w, "~ rule %s (%s)\n", rd.Rule, rd.Verdict)
			for _, c := range append(append([]Change{}, rd.Conditions...), rd.Settings...) {
				v := ""
				if c.Verdict != Neutral {
					v = "  [" + c.Verdict + "]"
				}
				fmt.Fprintf(&w, "    %s: %s -> %s%s\n", c.What, c.Old, c.New, v)
				if c.OldAt != "" || c.NewAt != "" {
					fmt.Fprintf(&w, "      (%s | %s)\n", c.OldAt, c.NewAt)
				}
			}
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintln(&w, "note:", n)
	}
	return w.String()
}
