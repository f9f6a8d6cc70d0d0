package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "LNT004",
		Name:     "ignore-unsuppressible",
		Category: CatSuppression,
		Severity: source.Warning,
		Summary:  "A znet:ignore comment names a rule that cannot be suppressed.",
		Rationale: `Some findings are never acceptable: a password in clear text in a policy file
(HYG001) is exposed to everyone who can read the file or any copy of it,
whatever the reason written next to it. Such rules ignore znet:ignore
comments, baselines and .znet.yaml; a comment that tries is reported so
that nobody believes the finding is dealt with. The LNT rules cannot be
suppressed by a comment either (they report on the comments themselves),
but .znet.yaml may switch them off or change their severity.`,
		Sources: []string{"znet: suppressions (lint/suppress.go, RULES.md)"},
		Examples: []Example{
			{
				Title: "a password in clear cannot be suppressed",
				Input: `TTLSKeyringParms              kdb-ring
{
  Keyring                     /etc/tls/server.kdb   # znet:ignore HYG002 test LPAR only
  KeyringPw                   secret99              # znet:ignore HYG001 test LPAR only
}
`,
				Want: []string{"4:53"},
			},
			{
				Title: "the stash file needs no suppression of HYG001",
				Input: `TTLSKeyringParms              kdb-ring
{
  Keyring                     /etc/tls/server.kdb   # znet:ignore HYG002 test LPAR only
  KeyringStashFile            /etc/tls/server.sth
}
`,
			},
		},
	})
}
