package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "LNT001",
		Name:     "ignore-without-reason",
		Category: CatSuppression,
		Severity: source.Warning,
		Summary:  "A znet:ignore comment (or x-znet-ignore key) names no rule or gives no reason, and is not applied.",
		Rationale: `A suppression is a decision to run with a known problem, and whoever reads the
policy next needs to know why it was taken and whether it still holds: a
problem ticket, a partner that cannot do better yet, a test system. A
suppression without a reason records none of that, so znet does not apply
it: the finding it was meant for stays reported, and this finding points
at the comment. Write the rule IDs, then the reason, on the statement's
record or the record right before it.`,
		Sources: []string{"znet: suppressions (lint/suppress.go, RULES.md)"},
		Examples: []Example{
			{
				Title: "no reason",
				Input: `TTLSKeyringParms              kdb-ring
{
  # znet:ignore HYG002
  Keyring                     /etc/tls/server.kdb
  KeyringStashFile            /etc/tls/server.sth
}
`,
				Want: []string{"3:3"},
			},
			{
				Title: "rule and reason",
				Input: `TTLSKeyringParms              kdb-ring
{
  # znet:ignore HYG002 test LPAR only; SAF key ring planned with change CHG0042
  Keyring                     /etc/tls/server.kdb
  KeyringStashFile            /etc/tls/server.sth
}
`,
			},
		},
	})
}
