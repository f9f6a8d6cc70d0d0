package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "LNT003",
		Name:     "ignore-unknown-rule",
		Category: CatSuppression,
		Severity: source.Warning,
		Summary:  "A znet:ignore comment names something that is neither a lint rule nor a model code.",
		Rationale: `A misspelt rule ID silences nothing, and the finding it was meant for keeps
being reported with no obvious reason why. znet:ignore takes the IDs that
znet rules lists (HYG002, TLS003) and the codes of the model's diagnostics
(PA2xx, such as PA215 for an object nothing uses); syntax errors (PA1xx)
cannot be suppressed, because nothing after them is certain. The whole
comment is not applied until every ID in it is known.`,
		Sources: []string{"znet: suppressions (lint/suppress.go, RULES.md)"},
		Examples: []Example{
			{
				Title: "a rule ID that does not exist",
				Input: `TTLSKeyringParms              kdb-ring
{
  # znet:ignore HYG020 test LPAR only
  Keyring                     /etc/tls/server.kdb
  KeyringStashFile            /etc/tls/server.sth
}
`,
				Want: []string{"3:3"},
			},
			{
				Title: "a model code",
				Input: `# znet:ignore PA215 kept for the fallback rule that is commented out
TTLSKeyringParms              spare-ring
{
  Keyring                     TCPIP/SpareRing
}
`,
			},
		},
	})
}
