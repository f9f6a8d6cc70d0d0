package lint

import (
	"strings"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/lint/shadow"
)

func init() {
	Register(&Rule{
		ID:       "SHD002",
		Name:     "partly-shadowed",
		Category: CatShadow,
		Severity: source.Info,
		Summary:  "Rules ahead of a rule take part of the connections (packets) it matches.",
		Rationale: `A rule that rules ahead of it partly overlap gets only the connections they
leave: that is how a catch-all rule at the bottom of a policy is meant to
work, and why this is information, not a warning. It matters when the
overlap was not meant: the finding names the earlier rules that take part
of the rule's connections, one connection they take, and one the rule still
gets, so you can tell whether the priorities are the ones you intended.`,
		Sources: []string{shadowSource},
		Check:   func(p *Pass) { reportShadow(p, shadow.Partial) },
		Examples: []Example{
			{Title: "a higher-priority rule takes the user's connections on port 4000", Input: strings.Replace(strings.Replace(shadowExample,
				"  LocalPortRange              4000\n  Userid", "  LocalPortRange              4000-4001\n  Userid", 1),
				"  LocalPortRange              4000\n  Direction", "  LocalPortRange              4000\n  Priority                    5\n  Direction", 1),
				Want: []string{"9:31"}},
			{Title: "no overlap", Input: strings.Replace(shadowExample,
				"  LocalPortRange              4000\n  Userid", "  LocalPortRange              4001\n  Userid", 1)},
		},
	})
}
