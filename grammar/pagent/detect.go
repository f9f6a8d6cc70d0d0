package pagent

import (
	"bytes"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// topLevel are keywords that begin Policy Agent, image, main or DMD files
// and nothing else znet reads. Used only to recognise the family.
var topLevel = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`ttlsrule ttlsgroupaction ttlsenvironmentaction ttlsconnectionaction
		ttlskeyringparms ttlscipherparms ttlssignatureparms ttlsgroupadvancedparms ttlsenvironmentadvancedparms
		ttlsconnectionadvancedparms ttlsgskadvancedparms ttlsgskldapparms ttlsgskocspparms ttlsgskhttpcdpparms
		ipaddr ipaddrset ipaddrgroup portrange portgroup iptimecondition ipfilterpolicy ipfilterrule ipfiltergroup
		ipservice ipservicegroup ipgenericfilteraction iplocalstartaction ipdynvpnaction ipmanvpnaction ipdataoffer
		keyexchangepolicy keyexchangerule keyexchangeaction keyexchangeoffer localsecurityendpoint
		remotesecurityendpoint localdynvpnpolicy localdynvpnrule tcpimage pepinstance ttlsconfig ipsecconfig
		commonttlsconfig commonipsecconfig idsconfig routingconfig qosconfig loglevel codepage policyserver
		dynamicconfigpolicyload serverconnection dmconfig dmstackconfig`) {
		topLevel[k] = true
	}
}

// Score says how likely data is a Policy Agent / DMD file (0-100).
func Score(_ string, data []byte) int {
	recs, _ := source.Records(data)
	braces, known, other := 0, 0, 0
	for i, r := range recs {
		if i > 400 {
			break
		}
		t := bytes.TrimLeft(r.Text, " \t")
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		if t[0] == '{' || t[0] == '}' {
			braces++
			continue
		}
		w := strings.FieldsFunc(string(t), source.Blank)
		if len(w) == 0 {
			continue
		}
		if topLevel[strings.ToLower(w[0])] {
			known++
		} else {
			other++
		}
	}
	switch {
	case known > 0 && (braces > 0 || other == 0):
		return 90
	case known > 0:
		return 50
	case braces > 0:
		return 40
	}
	return 0
}
