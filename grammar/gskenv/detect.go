package gskenv

import (
	"bytes"
	"regexp"

	"github.com/zosnet/znet/grammar/source"
)

var assignRE = regexp.MustCompile(`^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_]*=`)
var gskRE = regexp.MustCompile(`^\s*(export\s+)?(?i:gsk_)[A-Za-z0-9_]*\s*=`)

// Score says how likely data is a System SSL environment file (0-100):
// NAME=value records, at least one of them a GSK_ variable. Policy Agent
// files and TCP/IP profiles have no NAME=value records and score 0.
func Score(_ string, data []byte) int {
	recs, _ := source.Records(data)
	gsk, assign, other := 0, 0, 0
	for i, r := range recs {
		if i > 400 {
			break
		}
		t := bytes.TrimSpace(r.Text)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		switch {
		case gskRE.Match(r.Text):
			gsk++
		case assignRE.Match(r.Text):
			assign++
		default:
			other++
		}
	}
	switch {
	case gsk > 0 && other == 0:
		return 95
	case gsk > 0 && gsk+assign > other:
		return 70
	case gsk > 0:
		return 30
	case assign > 0 && other == 0:
		return 10
	}
	return 0
}
