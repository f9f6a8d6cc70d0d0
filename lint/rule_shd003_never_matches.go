package lint

import (
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/lint/shadow"
)

func init() {
	Register(&Rule{
		ID:       "SHD003",
		Name:     "never-matches",
		Category: CatShadow,
		Severity: source.Warning,
		Summary:  "A rule's conditions match nothing (an empty range, an IPv4 local address with an IPv6 remote one, a time that never comes).",
		Rationale: `Policy Agent accepts a rule whose conditions can never be met together —
a port range written high to low (5000-4000), a local address of one IP
version and a remote address of the other, a time condition that is never
in effect — and the rule then simply never applies, so the connections it
was written for go to another rule or to none. The finding says which
condition is empty.`,
		Sources: []string{shadowSource, "IBM z/OS Communications Server IP Configuration Reference: TTLSRule statement (LocalPortRange, RemotePortRange, LocalAddr, RemoteAddr)"},
		Check:   func(p *Pass) { reportShadow(p, shadow.Unreachable) },
		Examples: []Example{
			{Title: "port range written high to low", Input: strings.Replace(shadowExample,
				"  LocalPortRange              4000\n  Userid", "  LocalPortRange              5000-4000\n  Userid", 1),
				Want: []string{"8:31"}, Invalid: true},
			{Title: "a range the rule can match", Input: strings.Replace(shadowExample,
				"  LocalPortRange              4000\n  Userid", "  LocalPortRange              4000-5000\n  Userid", 1)},
		},
	})
}
