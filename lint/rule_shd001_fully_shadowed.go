package lint

import (
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/lint/shadow"
)

func init() {
	Register(&Rule{
		ID:       "SHD001",
		Name:     "fully-shadowed",
		Category: CatShadow,
		Severity: source.Warning,
		Summary:  "A rule is never selected: rules ahead of it take every connection (packet) it matches.",
		Rationale: `Policy Agent tries AT-TLS rules in order of Priority (higher first, 1 when
not coded) and, within one priority, in alphabetical order of the rule's
name; the first rule that matches wins. IP filter rules are tried in the
order IpFilterPolicy lists them. A rule whose whole match space is taken by
the rules ahead of it — one of them, or several together — is never
selected. If those rules give the same settings the rule is only
redundant; if they differ, connections do not get what the rule says, as a
sysprog found when a rule for user START1 never applied because a rule for
the same port, of equal priority and an earlier name, took them all. The
finding names the rules that take the connections and an example
connection; give the specific rule a higher Priority or remove it.`,
		Sources: []string{shadowSource},
		Check:   func(p *Pass) { reportShadow(p, shadow.Full) },
		Examples: []Example{
			{Title: "equal priority, earlier name takes every connection", Input: shadowExample, Want: []string{"8:31"}},
			{Title: "the specific rule comes first", Input: strings.Replace(shadowExample,
				"  Userid                      START1\n", "  Userid                      START1\n  Priority                    10\n", 1)},
		},
	})
}
