// Package lint finds what z/OS accepts but a site should not run: secrets
// in clear, diagnostic switches left on, weak TLS. It reads the model
// (package model/policy) and never re-parses text.
//
// # Rules
//
// Every rule lives in a file of its own, lint/rule_<id>_<short>.go, and
// registers itself from init:
//
//	func init() {
//		Register(&Rule{
//			ID:        "TLS003",
//			Name:      "tls10-enabled",
//			Category:  CatTLS,
//			Severity:  source.Warning,
//			Summary:   "TLS 1.0 is enabled",
//			Rationale: "One paragraph: why it matters, what to do instead.",
//			Sources:   []string{"IBM IP Configuration Reference: TTLSEnvironmentAdvancedParms statement"},
//			Check:     checkTLS10,
//			Examples: []Example{
//				{Title: "TLS 1.0 left at its default", Input: "...", Want: []string{"12:5"}},
//				{Title: "TLS 1.0 switched off", Input: "..."},
//			},
//		})
//	}
//
// A rule's Check receives a Pass for one set of files Policy Agent reads
// together (policy.Set) and reports through it; the engine positions,
// deduplicates, suppresses, baselines and sorts. The examples are run
// through the whole engine by the package tests and printed in RULES.md,
// so they are the rule's tests and its documentation at once.
//
// # Rule IDs
//
//	HYG###  configuration hygiene (secrets, key databases, traces, timeouts)
//	TLS###  TLS strength (protocols, cipher suites, signature pairs, groups)
//	LNT###  the engine itself: suppressions that are wrong or match nothing
//
// Diagnostics of the model (PA2xx, the ones `znet check` reports) are
// findings of category "model" under their own codes, and syntax
// diagnostics (PA1xx) findings of category "syntax"; they are documented
// with check and parse, not here.
package lint

import (
	"cmp"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Categories of findings.
const (
	CatSecrets     = "secrets"     // passwords and keys in clear
	CatHygiene     = "hygiene"     // key storage, traces, timeouts
	CatShadow      = "shadowing"   // rules other rules take the connections of
	CatTLS         = "tls"         // TLS strength (reserved for the TLS rules)
	CatSuppression = "suppression" // znet:ignore comments and x-znet-ignore keys
	CatModel       = "model"       // diagnostics of the model (PA2xx)
	CatSyntax      = "syntax"      // diagnostics of the grammar (PA1xx)
)

// Rule is one lint rule: its identity, its documentation and its check.
type Rule struct {
	// ID is stable forever once released: HYG001, TLS003, LNT002.
	ID string
	// Name is a short kebab-case name (secret-in-clear) for titles.
	Name     string
	Category string
	// Severity is the default; .znet.yaml may change it.
	Severity source.Severity
	// Summary is one line: what the rule finds.
	Summary string
	// Rationale is one paragraph: why it matters and what to do instead.
	Rationale string
	// Sources name the IBM documentation topics or standards the facts of
	// the rationale come from; "unverified" marks what none confirmed.
	Sources []string
	// Unsuppressible rules ignore znet:ignore comments and baselines and
	// cannot be disabled or lowered in .znet.yaml.
	Unsuppressible bool
	// Check inspects one set of files. It is nil for the LNT rules, whose
	// findings the engine makes itself, and for the rules that use
	// CheckTLS.
	Check func(p *Pass)
	// CheckTLS inspects one TLS configuration: the effective settings of
	// one AT-TLS rule that enables TLS, or one System SSL environment
	// file. The engine calls it for every configuration of a set, on every
	// CPU for a large policy, so it must not keep state outside the
	// configuration except through Pass.Memo.
	CheckTLS func(c *tlsCtx)
	// Examples are the rule's tests and part of its documentation: at
	// least one that finds something and one that finds nothing.
	Examples []Example
}

// Example is a native input with the places the rule must report in it.
type Example struct {
	Title string
	// Input is the text of one Policy Agent policy file.
	Input string
	// Want lists "line:col" of every finding of this rule in Input, in
	// order; empty for an example that must pass.
	Want []string
	// Invalid marks an input the model rejects on purpose (the tests
	// otherwise require examples free of model errors).
	Invalid bool
}

var (
	registry = map[string]*Rule{}
	idRe     = regexp.MustCompile(`^[A-Z]{3}[0-9]{3}$`)
	nameRe   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// Register adds a rule to the registry. It panics on a malformed or
// duplicate rule, so a broken rule file fails every test and every run at
// start-up rather than being silently skipped.
func Register(r *Rule) {
	switch {
	case !idRe.MatchString(r.ID):
		panic(fmt.Sprintf("lint: rule ID %q is not three capitals and three digits", r.ID))
	case registry[r.ID] != nil:
		panic("lint: rule registered twice: " + r.ID)
	case !nameRe.MatchString(r.Name):
		panic(fmt.Sprintf("lint: %s: name %q is not kebab-case", r.ID, r.Name))
	case r.Category == "" || r.Summary == "" || r.Rationale == "" || len(r.Sources) == 0:
		panic("lint: " + r.ID + ": category, summary, rationale and sources are required")
	case r.Severity < source.Error || r.Severity > source.Info:
		panic("lint: " + r.ID + ": bad severity")
	}
	registry[r.ID] = r
}

// Rules returns every registered rule, sorted by ID.
func Rules() []*Rule {
	out := make([]*Rule, 0, len(registry))
	for _, r := range registry {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Lookup returns the rule with the given ID (any case), or nil.
func Lookup(id string) *Rule {
	if r, ok := registry[id]; ok {
		return r // the usual case, asked for every finding
	}
	return registry[strings.ToUpper(id)]
}

// ruleIDs lists the registered IDs, for did-you-mean.
func ruleIDs() []string {
	out := make([]string, 0, len(registry))
	for id := range registry {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// Finding is one problem lint reports.
type Finding struct {
	RuleID   string          `json:"rule"`
	Category string          `json:"category"`
	Severity source.Severity `json:"severity"`
	// Span is where the problem is: file, line, column and end column.
	Span    source.Span `json:"span"`
	Message string      `json:"message"`
	// Hint says what would be right.
	Hint string `json:"hint,omitempty"`
	// Statement labels the statement the finding is on
	// ("TTLSGroupAction gAct1"); with the rule, file and message it keys
	// the finding in a baseline, which therefore survives moved lines.
	Statement string `json:"statement,omitempty"`
	// Affects lists the TTLSRules whose effective settings carry the
	// problem, when it was found through them.
	Affects []string `json:"affects,omitempty"`
	// Uncertain findings lie downstream of a syntax error or an
	// unresolved reference: the statement they depend on is damaged, so
	// what z/OS would do is not certain. Why says what is damaged.
	Uncertain bool   `json:"uncertain,omitempty"`
	Why       string `json:"why,omitempty"`

	// suppressed is how a finding was silenced (inline or baseline), set
	// by the engine; suppressed findings are kept for SARIF only.
	suppressed *silencer
}

// silencer records why a finding is not reported.
type silencer struct {
	kind   string // "inSource" or "external" (SARIF suppression kinds)
	reason string
}

// Suppressed reports whether the finding was silenced, how ("inSource"
// for a znet:ignore comment, "external" for a baseline) and with what
// justification.
func (f *Finding) Suppressed() (kind, reason string, ok bool) {
	if f.suppressed == nil {
		return "", "", false
	}
	return f.suppressed.kind, f.suppressed.reason, true
}

// Diagnostic renders the finding in the form every znet command uses.
func (f *Finding) Diagnostic() source.Diagnostic {
	return source.Diagnostic{Span: f.Span, Severity: f.Severity, Code: f.RuleID, Message: f.Message, Hint: f.Hint}
}

func (f *Finding) less(g *Finding) bool { return f.compare(g) < 0 }

// compare orders findings by file, line, column, rule and message.
func (f *Finding) compare(g *Finding) int {
	a, b := f.Span, g.Span
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Col, b.Col); c != 0 {
		return c
	}
	if c := strings.Compare(f.RuleID, g.RuleID); c != 0 {
		return c
	}
	return strings.Compare(f.Message, g.Message)
}
