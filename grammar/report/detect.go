package report

import (
	"bytes"
	"regexp"

	"github.com/zosnet/znet/grammar/source"
)

var (
	keyLineRE  = regexp.MustCompile(`^\s*[A-Za-z0-9][A-Za-z0-9 ./()'#&_-]{0,47}:(\s|$)`)
	pasTitleRE = regexp.MustCompile(`(?i)^\s*TCP/IP pasearch\b`)
	pasRuleRE  = regexp.MustCompile(`(?i)^\s*(policyRule|TTLS Action|policyAction):\s`)
	ipsTitleRE = regexp.MustCompile(`(?i)\bipsec\s+Stack Name:`)
	ipsKeyRE   = regexp.MustCompile(`^\s*(FilterName|FilterNameExtension|DiscardAction|FilterMatches|SourceAddress|DestAddress):`)
	nstTitleRE = regexp.MustCompile(`(?i)^\s*MVS TCP/IP NETSTAT\b|^\s*Home address list:`)
	nstKeyRE   = regexp.MustCompile(`^\s*(IntfName|LnkName|LinkName|DevName|IntfType|PortName|IpAddr|CHPIDType):`)
)

// count scans the first records of data: how many are "Key: value" lines,
// how many match the given patterns, how many are something else.
func count(data []byte, strong, marker *regexp.Regexp) (strongs, markers, kv, other int) {
	recs, _ := source.Records(data)
	for i, r := range recs {
		if i > 600 {
			break
		}
		t := bytes.TrimSpace(r.Text)
		if len(t) == 0 {
			continue
		}
		switch {
		case strong != nil && strong.Match(r.Text):
			strongs++
		case marker.Match(r.Text):
			markers++
		case keyLineRE.Match(r.Text):
			kv++
		default:
			other++
		}
	}
	return
}

func score(strongs, markers, kv, other int) int {
	switch {
	case strongs > 0 && markers > 0:
		return 95
	case markers > 0 && markers+kv > other:
		return 85
	case strongs > 0:
		return 60
	case markers > 0:
		return 40
	}
	return 0
}

// ScorePasearch says how likely data is a pasearch report (0-100).
func ScorePasearch(_ string, data []byte) int { return score(count(data, pasTitleRE, pasRuleRE)) }

// ScoreIPSecDisplay says how likely data is an `ipsec -f display` report.
func ScoreIPSecDisplay(_ string, data []byte) int { return score(count(data, ipsTitleRE, ipsKeyRE)) }

// ScoreNetstat says how likely data is a netstat HOME or DEVLINKS report.
func ScoreNetstat(_ string, data []byte) int { return score(count(data, nstTitleRE, nstKeyRE)) }
