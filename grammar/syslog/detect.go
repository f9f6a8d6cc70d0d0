package syslog

import (
	"bytes"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Score says how likely data is a syslog.conf (0-100): records whose first
// field is a selector list ending in a priority code and whose second
// field is a destination. Policy Agent files (keywords and braces) and
// TCP/IP profiles (keywords, no selector) score 0.
func Score(_ string, data []byte) int {
	recs, _ := source.Records(data)
	rules, other := 0, 0
	for i, r := range recs {
		if i > 400 {
			break
		}
		t := bytes.TrimLeft(r.Text, " \t")
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		w := strings.FieldsFunc(string(t), source.Blank)
		if len(w) == 0 {
			continue // only blanks that are not ASCII (non-breaking spaces)
		}
		if selectorField(w[0]) && (len(w) == 1 && strings.HasSuffix(w[0], ";") || len(w) > 1 && destinationLike(w[1])) {
			rules++
		} else {
			other++
		}
	}
	switch {
	case rules > 0 && other == 0:
		return 90
	case rules > other:
		return 70
	case rules > 0:
		return 30
	}
	return 0
}

// selectorField says whether w reads as selectors: parts joined by '.',
// selectors by ';', each ending in a priority code.
func selectorField(w string) bool {
	sels := strings.Split(strings.TrimSuffix(w, ";"), ";")
	for _, s := range sels {
		parts := strings.Split(s, ".")
		if len(parts) < 2 {
			return false
		}
		if _, ok := PriorityLevel(parts[len(parts)-1]); !ok {
			return false
		}
	}
	return true
}

func destinationLike(w string) bool {
	return strings.HasPrefix(w, "/") || strings.HasPrefix(w, "@") || w == "*"
}
