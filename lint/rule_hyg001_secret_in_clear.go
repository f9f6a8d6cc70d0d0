package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

func init() {
	Register(&Rule{
		ID:             "HYG001",
		Name:           "secret-in-clear",
		Category:       CatSecrets,
		Severity:       source.Error,
		Unsuppressible: true,
		Summary:        "A password or key is written in clear text in a policy file.",
		Rationale: `Policy Agent reads its policy from members and z/OS UNIX files that many
people and jobs can read: the system programmers who maintain them, the jobs
that back them up, the tools that copy them into git, everyone with READ
access to the data set. A KeyringPw (the password of a key database), a
GSK_LDAP_USER_PW, an IKE SharedKey or the keys of a manual IPSec tunnel
written there is a secret in clear text in every one of those places and in
every copy. For a key database System SSL can take the password from a stash
file instead (KeyringStashFile); a SAF key ring needs no password at all,
because RACF decides who may use its private keys. Every parameter the
catalog marks as a secret is checked, in every statement, whether or not a
rule uses it, and also where it is coded in a statement it does not
belong to (the model then rejects it, but the secret is in the file all
the same). znet never prints the value (it shows ********), and this
finding cannot be suppressed, baselined or switched off: the only fix is to
take the secret out of the file.`,
		Sources: []string{
			"IBM z/OS Communications Server IP Configuration Reference: TTLSKeyringParms statement (KeyringPw sets GSK_KEYRING_PW; KeyringStashFile names the password stash file; a key database is assumed when either is coded)",
			"IBM z/OS Communications Server IP Configuration Reference: TTLSGskLdapParms statement (GSK_LDAP_USER_PW)",
			"znet catalog: parameters of kind KSecret (model/catalog_*.go)",
		},
		Check: checkSecretInClear,
		Examples: []Example{
			{
				Title: "a password coded in the environment, where it does not belong",
				Input: `TTLSEnvironmentAction         env-server
{
  HandshakeRole               Server
  KeyringPw                   secret99
  TTLSKeyringParms
  {
    Keyring                   /etc/tls/server.kdb
    KeyringStashFile          /etc/tls/server.sth
  }
}
`,
				Want:    []string{"4:3"},
				Invalid: true,
			},
			{
				Title: "key database password coded in the policy",
				Input: `TTLSKeyringParms              kdb-ring
{
  Keyring                     /etc/tls/server.kdb
  KeyringPw                   secret99
}
`,
				Want: []string{"4:3"},
			},
			{
				Title: "the password is read from a stash file",
				Input: `TTLSKeyringParms              kdb-ring
{
  Keyring                     /etc/tls/server.kdb
  KeyringStashFile            /etc/tls/server.sth
}
`,
			},
		},
	})
}

func checkSecretInClear(p *Pass) {
	p.Statements(isSecret, func(st *pagent.Statement, o *policy.Object, prm *policy.Param) {
		name := model.SecretParam(st.Keyword.Text)
		where := ""
		if o != nil {
			where = " in " + o.Label()
		}
		msg := fmt.Sprintf("%s%s is written in clear text", name, where)
		if prm != nil {
			p.ReportParam(prm, o, msg, secretHint(name))
			return
		}
		// Coded where the model does not take it: still in the file.
		if !st.Incomplete {
			p.ReportAt(st.Span, nil, o, msg, secretHint(name))
		}
	})
}

// secretHint says where a secret belongs instead of the policy file.
func secretHint(name string) string {
	switch name {
	case "KeyringPw":
		return "remove KeyringPw: code KeyringStashFile with a stash file of the key database password, or better move the certificates to a SAF key ring (Keyring userid/ring) and drop the password"
	case "SharedKey":
		return "authenticate the IKE peers with certificates (a signature authentication method) instead of a pre-shared key kept in the policy"
	case "InboundAuthKey", "OutboundAuthKey", "InboundEncryptKey", "OutboundEncryptKey":
		return "use a dynamic tunnel negotiated by IKE instead of manual keys kept in the policy"
	}
	return "take the value out of the policy file, restrict who can read the file and its copies, and change the secret: it has been exposed"
}
