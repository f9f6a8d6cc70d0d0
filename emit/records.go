package emit

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Mask is what a secret is shown as.
const Mask = "********"

// RecordError is a line of a member that does not fit in a record.
type RecordError struct {
	Member string
	Line   int // 1-based line of the member text
	Col    int // column of the first character past the record (Width+1)
	// Value is the word that crosses the end of the record (Mask when it
	// is a secret).
	Value string
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("member %s, line %d: %q does not fit in a record of %d columns: the value cannot be split there (shorten it, or move it out of the member)",
		e.Member, e.Line, e.Value, Width)
}

// RecordErrors are all the lines of a member that do not fit.
type RecordErrors []*RecordError

func (es RecordErrors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Records splits the text of a member into the records of a RECFM=FB
// LRECL=80 data set: one record per line (LF or CRLF line ends; the line
// end after the last line does not start another record), trailing blanks
// removed (they are padding, never part of a value), no sequence numbers
// (all 80 columns are data). A line of more than 80 characters is an error
// that names the member, the line and the word crossing column 80; words
// equal to one of secrets are shown as ********. All such lines are
// reported, in a RecordErrors.
func Records(member string, text []byte, secrets ...string) ([]string, error) {
	text = bytes.TrimSuffix(text, []byte("\n"))
	if len(text) == 0 {
		return nil, nil
	}
	lines := strings.Split(string(text), "\n")
	var errs RecordErrors
	for i, l := range lines {
		l = strings.TrimSuffix(l, "\r")
		l = strings.TrimRight(l, " ")
		lines[i] = l
		if utf8.RuneCountInString(l) > Width {
			errs = append(errs, &RecordError{Member: member, Line: i + 1, Col: Width + 1, Value: crossing(l, secrets)})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return lines, nil
}

// crossing returns the blank-delimited word of l that holds column Width+1
// (or the last word before it, when that column is a blank).
func crossing(l string, secrets []string) string {
	rs := []rune(l)
	i := Width
	for i > 0 && rs[i] == ' ' {
		i--
	}
	lo, hi := i, i
	for lo > 0 && rs[lo-1] != ' ' {
		lo--
	}
	for hi < len(rs) && rs[hi] != ' ' {
		hi++
	}
	w := string(rs[lo:hi])
	for _, s := range secrets {
		if s != "" && strings.Contains(w, s) {
			return Mask
		}
	}
	return w
}

// UTF8 joins records into the text of a member for a text upload: one
// line per record, LF line ends.
func UTF8(records []string) []byte {
	n := 0
	for _, r := range records {
		n += len(r) + 1
	}
	out := make([]byte, 0, n)
	for _, r := range records {
		out = append(out, r...)
		out = append(out, '\n')
	}
	return out
}

// MemberBytes is the whole path from the text of a member to the bytes
// written for it: Records (80-column rules, secrets masked in errors),
// then one line per record for encoding "" or "UTF-8" (a text upload),
// or the records encoded in that EBCDIC code page, 80 bytes each with no
// line ends (a binary transfer). It also returns the records, for the
// IEBUPDTE job.
func MemberBytes(member string, text []byte, encoding string, secrets ...string) ([]byte, []string, error) {
	if err := CheckMemberName(member); err != nil {
		return nil, nil, err
	}
	recs, err := Records(member, text, secrets...)
	if err != nil {
		return nil, nil, err
	}
	switch strings.ToUpper(strings.ReplaceAll(encoding, "_", "-")) {
	case "", "UTF-8", "UTF8":
		return UTF8(recs), recs, nil
	}
	cp, err := LookupCodePage(encoding)
	if err != nil {
		return nil, nil, err
	}
	out, err := Encode(member, recs, cp)
	if err != nil {
		return nil, nil, err
	}
	return out, recs, nil
}
