package lint

import (
	"fmt"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

func init() {
	Register(&Rule{
		ID:       "HYG006",
		Name:     "client-without-host-check",
		Category: CatHygiene,
		Severity: source.Warning,
		Summary:  "An AT-TLS client does not check the server's identity (HostReferenceIdDNS or HostReferenceIdCN) on a release that can.",
		Rationale: `A TLS client that validates the server's certificate chain but not the name
in it accepts any server holding any certificate from a trusted CA: with a
public or company-wide CA, that is a great many servers, any of which can
then sit in the middle of the connection (RFC 9325 and RFC 6125 require the
client to check the reference identity). AT-TLS on z/OS 3.1 can do the
check with HostReferenceIdDNS (the DNS name expected in the certificate's
subject alternative name) or HostReferenceIdCN; without either, an AT-TLS
client checks no name at all. Server Name Indication (ClientHandshakeSNI)
only tells the server which certificate to present and is no check. The
rule reports rules with HandshakeRole Client that code neither parameter,
on releases that have them (z/OS 3.1 and later in znet's catalog). These
parameters were seen only in third-party notes on z/OS 3.1 and could not be
found in IBM's reference: their names, release and behaviour are
unverified; on earlier releases the application has to check the name.`,
		Sources: []string{
			"RFC 9325 (BCP 195) (host name validation); RFC 6125: Representation and Verification of Domain-Based Application Service Identity",
			"unverified: HostReferenceIdDNS / HostReferenceIdCN, seen in third-party z/OS 3.1 notes citing the IP Configuration Guide on validating the server host name; not found in IBM's reference",
		},
		CheckTLS: func(c *tlsCtx) {
			p := c.p
			if p.Policy.Release < model.R31 {
				return
			}
			if !c.ATTLS() || c.Role != roleClient {
				return
			}
			if _, ok := c.Value(sHostReferenceIdDNS); ok {
				return
			}
			if _, ok := c.Value(sHostReferenceIdCN); ok {
				return
			}
			c.ReportSetting(sHandshakeRole, fmt.Sprintf("HandshakeRole Client %s with no HostReferenceIdDNS or HostReferenceIdCN: the server's certificate is not checked against the host name it should have",
				c.Where(sHandshakeRole)),
				"code HostReferenceIdDNS with the server's DNS name in the environment's or the connection's advanced parameters")
		},
		Examples: []Example{
			{
				Title: "client trusting any certificate from its CAs",
				Input: exTLS{Role: roleClient, Adv: exTLS12Only, Ciphers: exGCM}.String(),
				Want:  []string{"14:3"},
			},
			{
				Title: "client checking the server's DNS name",
				Input: exTLS{Role: roleClient, Adv: append(exTLS12Only, "HostReferenceIdDNS ldap.example.com"), Ciphers: exGCM}.String(),
			},
		},
	})
}
