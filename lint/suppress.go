package lint

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/policy"
)

// Suppression is one znet:ignore comment of a native file, or one
// x-znet-ignore entry of a YAML file.
//
// Native files: a comment on the statement's own record, or on the
// record right before it,
//
//	# znet:ignore HYG004 trace for PMR TS0123456, remove by 2025-06-30
//	Trace   255
//	Trace   255   # znet:ignore HYG004,HYG003 trace for PMR TS0123456
//
// silences the named rules' findings on that statement; on a block
// statement (TTLSGroupAction g1) it covers everything inside the block.
// The reason is required.
//
// YAML: an x-znet-ignore key in the mapping of a statement silences the
// named rules' findings anywhere in that mapping (see YAMLSuppressions).
type Suppression struct {
	IDs    []string
	Reason string
	// Span is the directive itself.
	Span source.Span
	// Scope is what it covers: findings that start inside it.
	Scope source.Span
	// Statement labels what it is attached to, for messages; "" when the
	// directive stands where it applies to nothing.
	Statement string

	used map[string]bool
}

// Directive words: "znet:ignore" in a # comment.
var nativeDirective = regexp.MustCompile(`(?i)^#+[ \t]*znet:ignore\b[ \t]*(.*)$`)

// parseDirective reads the text after "znet:ignore": rule IDs separated by
// commas, then the reason.
func parseDirective(rest string) (ids []string, reason string) {
	first, reason := cutWord(rest)
	for strings.HasSuffix(first, ",") && reason != "" {
		var next string
		next, reason = cutWord(reason)
		first += next
	}
	for _, id := range strings.Split(first, ",") {
		if id = strings.TrimSpace(id); id != "" {
			ids = append(ids, strings.ToUpper(id))
		}
	}
	return ids, reason
}

// cutWord splits s after its first word; both parts come back trimmed.
func cutWord(s string) (string, string) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], strings.TrimSpace(s[i+1:])
	}
	return s, ""
}

// nativeSuppressions finds the znet:ignore comments of the files.
func nativeSuppressions(files []*pagent.File, objOf map[*pagent.Statement]*policy.Object) []Suppression {
	var out []Suppression
	// label names a statement: an object by its label, a parameter as
	// "Keyword in <object>".
	label := func(st *pagent.Statement, parents []*pagent.Statement) string {
		if o := objOf[st]; o != nil {
			return o.Label()
		}
		for i := len(parents) - 1; i >= 0; i-- {
			if o := objOf[parents[i]]; o != nil {
				return st.Keyword.Text + " in " + o.Label()
			}
		}
		return st.Keyword.Text
	}
	add := func(c pagent.Comment, st *pagent.Statement, parents []*pagent.Statement) {
		m := nativeDirective.FindStringSubmatch(c.Text)
		if m == nil {
			return
		}
		ids, reason := parseDirective(m[1])
		s := Suppression{IDs: ids, Reason: reason, Span: c.Span}
		if st != nil {
			s.Scope = extent(st)
			s.Statement = label(st, parents)
		}
		out = append(out, s)
	}
	for _, f := range files {
		f.Walk(func(st *pagent.Statement, parents []*pagent.Statement) bool {
			for _, c := range st.Leading {
				if c.Span.Line == st.Keyword.Span.Line-1 {
					add(c, st, parents)
				} else {
					add(c, nil, nil)
				}
			}
			if st.Trailing != nil {
				add(*st.Trailing, st, parents)
			}
			if st.Block != nil {
				for _, c := range st.Block.Comments {
					add(c, nil, nil)
				}
			}
			return true
		})
		for _, c := range f.Comments {
			add(c, nil, nil)
		}
	}
	return out
}

// XIgnoreKey is the YAML key that holds suppressions.
const XIgnoreKey = "x-znet-ignore"

// YAMLSuppressions finds the x-znet-ignore keys of a YAML document. The
// key may stand in any mapping; it covers that mapping, from the key that
// names it (the statement's name) to its last line. Its value is one
// entry or a list of them, each either a string "ID[,ID...] reason" or a
// mapping {rule: ID or [IDs], reason: text}:
//
//	TTLSGroupAction:
//	  grp-debug:
//	    x-znet-ignore: HYG004 trace for PMR TS0123456
//	    TTLSEnabled: On
//	    Trace: 255
//	  grp-other:
//	    x-znet-ignore:
//	      - rule: [HYG003, HYG004]
//	        reason: test system only
//
// The YAML loader passes what this returns in Input.Suppressions.
func YAMLSuppressions(file string, root *yaml.Node) []Suppression {
	var out []Suppression
	var walk func(n, key *yaml.Node)
	walk = func(n, key *yaml.Node) {
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, nil)
			}
		case yaml.MappingNode:
			scope := source.Span{File: file, Line: n.Line, Col: n.Column}
			label := ""
			if key != nil {
				scope.Line, scope.Col = key.Line, key.Column
				label = key.Value
			}
			scope.EndLine, scope.EndCol = yamlEnd(n)
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if k.Value == XIgnoreKey {
					for _, s := range yamlEntries(file, v) {
						s.Scope, s.Statement = scope, label
						out = append(out, s)
					}
					continue
				}
				walk(v, k)
			}
		}
	}
	walk(root, nil)
	return out
}

// yamlEntries reads the value of an x-znet-ignore key.
func yamlEntries(file string, v *yaml.Node) []Suppression {
	at := func(n *yaml.Node) source.Span {
		l := len([]rune(n.Value))
		if l == 0 {
			l = 1
		}
		return source.Span{File: file, Line: n.Line, Col: n.Column, EndLine: n.Line, EndCol: n.Column + l}
	}
	switch v.Kind {
	case yaml.ScalarNode:
		ids, reason := parseDirective(v.Value)
		return []Suppression{{IDs: ids, Reason: reason, Span: at(v)}}
	case yaml.SequenceNode:
		var out []Suppression
		for _, c := range v.Content {
			out = append(out, yamlEntries(file, c)...)
		}
		return out
	case yaml.MappingNode:
		s := Suppression{Span: at(v)}
		for i := 0; i+1 < len(v.Content); i += 2 {
			k, val := v.Content[i], v.Content[i+1]
			switch k.Value {
			case "rule", "rules":
				if val.Kind == yaml.SequenceNode {
					for _, c := range val.Content {
						s.IDs = append(s.IDs, strings.ToUpper(strings.TrimSpace(c.Value)))
					}
				} else {
					ids, _ := parseDirective(val.Value)
					s.IDs = append(s.IDs, ids...)
				}
			case "reason":
				s.Reason = strings.TrimSpace(val.Value)
			}
		}
		return []Suppression{s}
	}
	return []Suppression{{Span: at(v)}}
}

// yamlEnd returns the last line of a node and a column past its end.
func yamlEnd(n *yaml.Node) (int, int) {
	line, col := n.Line, n.Column+len([]rune(n.Value))
	for _, c := range n.Content {
		if l, cl := yamlEnd(c); l > line || (l == line && cl > col) {
			line, col = l, cl
		}
	}
	return line, col
}

// applySuppressions silences the findings the suppressions name and
// returns the findings about the suppressions themselves (LNT rules).
// active says whether a rule or code runs at all: a suppression of one
// that .znet.yaml switched off is not reported as matching nothing.
func applySuppressions(fs []*Finding, sups []Suppression, active func(id string) bool) []*Finding {
	var meta []*Finding
	report := func(id string, s *Suppression, msg, hint string) {
		meta = append(meta, &Finding{RuleID: id, Span: s.Span, Message: msg, Hint: hint, Statement: s.Statement})
	}
	valid := make([]*Suppression, 0, len(sups))
	for i := range sups {
		s := &sups[i]
		s.used = map[string]bool{}
		if len(s.IDs) == 0 || s.Reason == "" {
			what := "a reason"
			if len(s.IDs) == 0 {
				what = "a rule ID and a reason"
			}
			report("LNT001", s, "znet:ignore without "+what+" is not applied",
				"write the rule ID and why the finding is accepted: # znet:ignore HYG004 trace for PMR TS0123456")
			continue
		}
		ok := true
		for _, id := range s.IDs {
			switch {
			case Lookup(id) != nil && !suppressible(id):
				r := Lookup(id)
				hint := "fix the finding instead (znet rules " + id + " says how)"
				if r.Category == CatSuppression {
					hint = "fix the suppression it reports, or set " + id + " in .znet.yaml"
				}
				report("LNT004", s, fmt.Sprintf("%s (%s) cannot be suppressed; this znet:ignore has no effect", id, r.Name), hint)
				s.used[id] = true
			case !suppressible(id):
				report("LNT003", s, fmt.Sprintf("znet:ignore names %s, which is not a lint rule or a model code", id),
					"see `znet rules` for the rule IDs"+didYouMean(id))
				ok = false
			}
		}
		if !ok {
			continue
		}
		if s.Scope.IsZero() {
			report("LNT002", s, "znet:ignore applies to no statement here: it must stand on the statement's record or the record right before it", "move the comment next to the statement it is meant for")
			continue
		}
		valid = append(valid, s)
	}
	ix := newScopeIndex(valid)
	for _, f := range fs {
		if !f.silenceable() {
			continue
		}
		ix.covering(f, func(s *Suppression) {
			s.used[f.RuleID] = true
			if f.suppressed == nil {
				f.suppressed = &silencer{kind: "inSource", reason: s.Reason}
			}
		})
	}
	for _, s := range valid {
		for _, id := range s.IDs {
			if !s.used[id] && active(id) {
				report("LNT002", s, fmt.Sprintf("znet:ignore %s matches no finding on %s", id, s.Statement),
					"remove the suppression, or move it to the statement that has the finding")
			}
		}
	}
	return meta
}

// scopeIndex finds the suppressions whose scope covers a finding without
// trying each one: a large policy can carry thousands of znet:ignore
// comments and have hundreds of thousands of findings. Scopes are kept
// per rule ID and file, sorted by where they start, with the furthest end
// among each prefix, so that a search walks back only over scopes that
// can still reach the finding.
type scopeIndex map[scopeKey]*scopeList

type scopeKey struct{ id, file string }

type scopeList struct {
	sups  []*Suppression
	reach []source.Span // reach[i]: the furthest-ending scope among sups[:i+1]
}

func newScopeIndex(sups []*Suppression) scopeIndex {
	ix := scopeIndex{}
	for _, s := range sups {
		for _, id := range s.IDs {
			k := scopeKey{id, s.Scope.File}
			l := ix[k]
			if l == nil {
				l = &scopeList{}
				ix[k] = l
			}
			if !slices.Contains(l.sups, s) {
				l.sups = append(l.sups, s)
			}
		}
	}
	for _, l := range ix {
		sort.SliceStable(l.sups, func(i, j int) bool {
			return before(l.sups[i].Scope.Line, l.sups[i].Scope.Col, l.sups[j].Scope.Line, l.sups[j].Scope.Col)
		})
		l.reach = make([]source.Span, len(l.sups))
		for i, s := range l.sups {
			l.reach[i] = s.Scope
			if i > 0 && before(s.Scope.EndLine, s.Scope.EndCol, l.reach[i-1].EndLine, l.reach[i-1].EndCol) {
				l.reach[i] = l.reach[i-1]
			}
		}
	}
	return ix
}

// covering calls fn for every suppression of f's rule whose scope holds
// the start of f (see contains: a scope or finding without a file name
// matches any file).
func (ix scopeIndex) covering(f *Finding, fn func(*Suppression)) {
	if f.Span.File == "" {
		for k, l := range ix {
			if k.id == f.RuleID {
				l.covering(f, fn)
			}
		}
		return
	}
	if l := ix[scopeKey{f.RuleID, f.Span.File}]; l != nil {
		l.covering(f, fn)
	}
	if l := ix[scopeKey{f.RuleID, ""}]; l != nil {
		l.covering(f, fn)
	}
}

func (l *scopeList) covering(f *Finding, fn func(*Suppression)) {
	line, col := f.Span.Line, f.Span.Col
	// The scopes that start at or before the finding.
	n := sort.Search(len(l.sups), func(i int) bool { return before(line, col, l.sups[i].Scope.Line, l.sups[i].Scope.Col) })
	for i := n - 1; i >= 0; i-- {
		if r := l.reach[i]; before(r.EndLine, r.EndCol, line, col) || (r.EndLine == line && r.EndCol == col) {
			return // nothing up to here ends after the finding's start
		}
		if contains(l.sups[i].Scope, f.Span) {
			fn(l.sups[i])
		}
	}
}

// before reports whether line:col a comes before line:col b.
func before(al, ac, bl, bc int) bool { return al < bl || (al == bl && ac < bc) }
