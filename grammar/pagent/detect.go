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

// Score says how likely data is a Policy Agent / DMD file (0-100). It
// reads the first 400 records only. A policy in UTF-16, or in EBCDIC (a
// member downloaded in binary), scores too, lower, so that Parse gets to
// say what is wrong with it.
func Score(_ string, data []byte) int {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return min(score(utf16Bytes(data[2:], 0)), 60)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return min(score(utf16Bytes(data[2:], 1)), 60)
	}
	if what, _, _, _, _ := notTextFile(string(data[:min(len(data), 8192)])); what == isEBCDIC {
		return min(score(fromEBCDIC(data[:min(len(data), 32768)])), 60)
	}
	return score(data)
}

func score(data []byte) int {
	data = bytes.TrimPrefix(data, []byte(bom))
	braces, known, other := 0, 0, 0
	for n := 0; n <= 400 && len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		t := bytes.TrimLeftFunc(line, source.Blank)
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

// utf16Bytes keeps the low byte of each UTF-16 code unit (lo is the index
// of that byte in a unit): enough to recognise keywords written in ASCII.
func utf16Bytes(data []byte, lo int) []byte {
	out := make([]byte, 0, len(data)/2)
	for i := lo; i < len(data); i += 2 {
		out = append(out, data[i])
	}
	return out
}

// fromEBCDIC maps the EBCDIC letters, digits, blank, braces and line ends
// Policy Agent keywords are made of to ASCII, everything else to '?'.
func fromEBCDIC(data []byte) []byte {
	out := make([]byte, len(data))
	for i, b := range data {
		c := byte('?')
		switch {
		case b >= 0x81 && b <= 0x89:
			c = 'a' + b - 0x81
		case b >= 0x91 && b <= 0x99:
			c = 'j' + b - 0x91
		case b >= 0xA2 && b <= 0xA9:
			c = 's' + b - 0xA2
		case b >= 0xC1 && b <= 0xC9:
			c = 'A' + b - 0xC1
		case b >= 0xD1 && b <= 0xD9:
			c = 'J' + b - 0xD1
		case b >= 0xE2 && b <= 0xE9:
			c = 'S' + b - 0xE2
		case b >= 0xF0 && b <= 0xF9:
			c = '0' + b - 0xF0
		case b == 0x40:
			c = ' '
		case b == 0x15, b == 0x25:
			c = '\n'
		case b == 0xC0:
			c = '{'
		case b == 0xD0:
			c = '}'
		}
		out[i] = c
	}
	return out
}
