package lint

import (
	"fmt"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

func init() {
	Register(&Rule{
		ID:       "HYG002",
		Name:     "key-database",
		Category: CatHygiene,
		Severity: source.Warning,
		Summary:  "An AT-TLS environment takes its certificates from a key database file instead of a SAF key ring.",
		Rationale: `The Keyring parameter names a SAF key ring, a PKCS #11 token or a key
database file; System SSL reads it as a key database when it names a .kdb
file or when KeyringPw or KeyringStashFile is coded beside it. A key
database is an ordinary z/OS UNIX file: whoever can read the file and its
password (or its stash file) has the private keys, and every backup or copy
of the file system carries them along. With a SAF key ring the certificates
and private keys stay in the RACF database, access to them is granted per
user ID through RACF profiles and audited, and no password has to be
written anywhere. Key databases are common in proofs of concept and in
policies generated for a quick test; replace them before production.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Reference: TTLSKeyringParms statement (Keyring: key database path, SAF key ring or *TOKEN*/name; a key database is assumed when KeyringPw or KeyringStashFile is also coded)",
		},
		Check: checkKeyDatabase,
		Examples: []Example{
			{
				Title: "key database file with a stash file",
				Input: `TTLSKeyringParms              kdb-ring
{
  Keyring                     /etc/tls/server.kdb
  KeyringStashFile            /etc/tls/server.sth
}
`,
				Want: []string{"3:3"},
			},
			{
				Title: "a name without .kdb is still a key database when a stash file is coded",
				Input: `TTLSKeyringParms              kdb-ring
{
  Keyring                     /etc/tls/serverkeys
  KeyringStashFile            /etc/tls/serverkeys.sth
}
`,
				Want: []string{"3:3"},
			},
			{
				Title: "SAF key ring",
				Input: `TTLSKeyringParms              saf-ring
{
  Keyring                     TCPIP/TN3270Ring
}
`,
			},
		},
	})
}

func checkKeyDatabase(p *Pass) {
	for _, o := range p.Objects() {
		if o.Def.Param("Keyring") == nil || o.Def.Param("KeyringPw") == nil {
			continue // not a key ring statement of AT-TLS
		}
		ring := o.Last("Keyring")
		pw, stash := o.Last("KeyringPw"), o.Last("KeyringStashFile")
		why := ""
		switch {
		case ring != nil && strings.HasSuffix(strings.ToLower(ring.Value), ".kdb"):
			why = fmt.Sprintf("the key database file %s", ring.Value)
		case pw != nil:
			why = "a key database (KeyringPw is coded)"
		case stash != nil:
			why = "a key database (KeyringStashFile is coded)"
		default:
			continue
		}
		msg := fmt.Sprintf("%s uses %s instead of a SAF key ring", o.Label(), why)
		hint := "create a SAF key ring (RACDCERT ADDRING), connect the certificate and its CA chain to it, and code Keyring userid/ringname without KeyringPw or KeyringStashFile"
		switch {
		case ring != nil:
			p.ReportParam(ring, o, msg, hint)
		case pw != nil:
			p.ReportParam(pw, o, msg, hint)
		default:
			p.ReportParam(stash, o, msg, hint)
		}
	}
}
