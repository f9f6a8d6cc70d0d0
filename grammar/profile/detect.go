package profile

import (
	"bytes"
	"strings"
)

// Score says how likely data is a TCP/IP profile or OBEYFILE data set
// (0-100). It reads at most the first 400 records the way Parse does and
// counts the statements that begin a record with a profile keyword
// against those that begin with anything else. Braces (Policy Agent files), '#'
// comment records (syslog.conf, environment files), NAME=value records
// and records that start with a label ("IntfName:", command output) make
// a profile unlikely.
func Score(_ string, data []byte) int {
	cut := data
	for i, n := 0, 0; i < len(cut); i++ {
		if cut[i] == '\n' {
			n++
			if n == 400 {
				cut = cut[:i]
				break
			}
		}
	}
	lx := lex("", string(cut))
	classify(lx.toks, lx.info)
	known, unknown, foreign := 0, 0, 0
	for i := range lx.toks {
		w := &lx.info[i]
		t := lx.toks[i].Text
		lineStart := w.flags&fLineStart != 0
		if strings.HasPrefix(t, "{") || strings.HasSuffix(t, "{") || t == "}" {
			foreign++
		}
		if lineStart && (strings.HasPrefix(t, "#") || strings.Contains(t, "=") && !strings.HasPrefix(t, "\"") ||
			len(t) > 1 && strings.HasSuffix(t, ":")) {
			foreign++
		}
		switch w.kind {
		case wHead, wSub, wEnd:
			switch {
			case w.flags&fLenient != 0:
				unknown++
			case lineStart:
				// Keywords in the middle of a record are more likely
				// prose than statements.
				known++
			}
		case wUnknown:
			unknown++
		}
	}
	if bytes.IndexByte(cut, '{') >= 0 && foreign > 0 {
		return 0
	}
	switch {
	case known == 0 && len(lx.toks) == 0 && len(lx.comments) > 0:
		// Only ';' comments: a profile member still to be written, maybe.
		return 10
	case known == 0:
		return 0
	case foreign > known:
		return 5
	case unknown == 0 && foreign == 0:
		return 90
	case known >= 4*(unknown+foreign):
		return 75
	case known >= unknown+foreign:
		return 50
	}
	return 20
}
