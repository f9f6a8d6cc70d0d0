package source

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Record is one line of a member or file, without its line end.
type Record struct {
	Num  int    // 1-based line number
	Text []byte // bytes of the line; CR before LF removed
}

// Records splits data into lines the way a record-oriented reader sees a
// member downloaded as text: LF or CRLF line ends, a UTF-8 byte order mark at
// the very start dropped, and a last line without a line end still a line.
// The returned bool says whether a BOM was removed.
func Records(data []byte) ([]Record, bool) {
	bom := bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if bom {
		data = data[3:]
	}
	n := bytes.Count(data, []byte{'\n'}) + 1
	recs := make([]Record, 0, n)
	num := 1
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		var line []byte
		if i < 0 {
			line, data = data, nil
		} else {
			line, data = data[:i], data[i+1:]
		}
		if k := len(line); k > 0 && line[k-1] == '\r' {
			line = line[:k-1]
		}
		recs = append(recs, Record{Num: num, Text: line})
		num++
	}
	return recs, bom
}

// ByteProblem describes a byte z/OS text would not hold at this place.
type ByteProblem struct {
	Col  int // 1-based rune column
	Desc string
}

// Blank reports whether r separates words in a member. Tabs and blanks
// always do; a non-breaking space (U+00A0) is what copying a member out of
// a web page leaves behind, and is treated as a blank by znet (the caller
// reports it, because on z/OS it would be part of the word).
func Blank(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' }

// Describe names a problem byte or rune for messages.
func Describe(r rune, b byte) string {
	switch {
	case r == utf8.RuneError:
		return fmt.Sprintf("byte 0x%02X is not valid UTF-8", b)
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf("control character 0x%02X", r)
	default:
		return fmt.Sprintf("character %U", r)
	}
}
