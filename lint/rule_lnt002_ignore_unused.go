package lint

import (
	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "LNT002",
		Name:     "ignore-unused",
		Category: CatSuppression,
		Severity: source.Warning,
		Summary:  "A znet:ignore comment matches no finding, or stands where it applies to no statement.",
		Rationale: `Suppressions outlive the problems they were written for: the key ring moves
to RACF, the trace is switched off, and the comment stays, ready to hide the
next, unrelated finding of the same rule on that statement. A suppression
that silences nothing is therefore reported, so that it is removed when its
reason is gone. A znet:ignore comment applies to the statement on its own
record or on the record right after it (for a block statement, to
everything inside the block); anywhere else, such as after a blank record
or on a brace record, it applies to nothing and is reported too.`,
		Sources: []string{"znet: suppressions (lint/suppress.go, RULES.md)"},
		Examples: []Example{
			{
				Title: "the key ring was moved to RACF, the suppression stayed",
				Input: `TTLSKeyringParms              saf-ring
{
  Keyring                     TCPIP/ServerRing   # znet:ignore HYG002 kdb until the RACF ring exists
}
`,
				Want: []string{"3:50"},
			},
			{
				Title: "a blank record between the comment and the statement",
				Input: `TTLSKeyringParms              kdb-ring
{
  # znet:ignore HYG002 test LPAR only

  Keyring                     /etc/tls/server.kdb
  KeyringStashFile            /etc/tls/server.sth
}
`,
				Want: []string{"3:3"},
			},
			{
				Title: "on the block statement, covering its whole block",
				Input: `# znet:ignore HYG002 test LPAR only; SAF key ring planned with change CHG0042
TTLSKeyringParms              kdb-ring
{
  Keyring                     /etc/tls/server.kdb
  KeyringStashFile            /etc/tls/server.sth
}
`,
			},
		},
	})
}
