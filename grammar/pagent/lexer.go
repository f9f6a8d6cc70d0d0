package pagent

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types. The grammar sees three: an item (a word, '{' or '}'), the
// end of a record (EOL, or the comment that runs to it) and Cont (see
// maxPieceItems). The builder tells items and ends apart by their text, as
// parseChunk does when it passes tokens on: '{' and '}' are never part of a
// word, and a comment always starts with '#'. Fewer token types make a
// cheaper grammar: participle allocates for every alternative it tries,
// and the grammar runs once per record of files of a million records.
const (
	tItem lexer.TokenType = -2 - iota
	tEnd
	tCont
)

// maxPieceItems is how many words and braces of one record the lexer hands
// to the grammar before it cuts the record with a tCont token. Participle
// caps a repetition at participle.MaxIterations (one million) matches; a
// record of more words than that (a 10 MB line of short words) would
// otherwise be an internal error. The builder joins the pieces again.
var maxPieceItems = 1 << 16

// symbols is a function, not a package variable, because the parser is
// built during package initialisation, possibly before variables of this
// file are set.
func symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{
		"EOF":  lexer.EOF,
		"Item": tItem,
		"End":  tEnd,
		"Cont": tCont,
	}
}

// definition lets participle name the token types in grammar tags and lex
// a reader; Parse drives the lexer itself, a chunk of records at a time.
type definition struct{}

func (definition) Symbols() map[string]lexer.TokenType { return symbols() }

func (definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	src := string(data)
	start := 0
	if strings.HasPrefix(src, bom) {
		start = len(bom)
	}
	return newRecordLexer(filename, src, start, len(src), 1, &lexNotes{}), nil
}

const bom = "\xEF\xBB\xBF"

// Lexical rules (IBM, "Policy Agent configuration files", see
// ../../shared/reference/syntax-reference.md §A.4):
//
//   - the input is a sequence of records: LF or CRLF line ends, a last
//     record without a line end still a record, a UTF-8 byte order mark at
//     the very start dropped (what source.Records does);
//   - blanks and tabs separate words; so does a non-breaking space (U+00A0),
//     counted for the PA103 warning;
//   - '#' at the start of a word begins a comment that runs to the end of
//     the record; a '#' inside a word is part of it, because MVS member
//     names (TTLS#1) and passwords may hold '#';
//   - '{' and '}' are tokens of their own, wherever they stand;
//   - a byte that is not text (invalid UTF-8, a control character, a byte
//     order mark inside the file) separates words and is reported (PA101),
//     or, inside a comment, becomes '?' and is reported as a warning (PA102);
//   - eight digits in columns 73-80 with nothing but blanks after them are
//     an ISPF sequence number: not a word, reported once per file (PA112);
//   - every record ends with one End token: its comment, or an empty one,
//     so the grammar sees whole records.
//
// Columns count runes from 1 (an invalid byte counts as one); a token's end
// column is its column plus the rune count of its Value, because tokens
// never span records, a comment's Value is its text with trailing blanks
// (and a sequence number) cut off, and a bad byte in a comment becomes one
// '?'.

// recNote is a problem the lexer found on one record: its first place and
// how many times it occurs there.
type recNote struct {
	line, col int
	desc      string
	count     int
}

// lexNotes collects what the lexer reports, so that a file lexed in chunks
// reports the same as a file lexed in one go.
type lexNotes struct {
	bad      []recNote // PA101, one per record
	badCmt   []recNote // PA102, one per record
	nbsp     int       // non-breaking spaces outside comments
	nbspLine int       // where the first one is
	nbspCol  int
	seq      int // sequence numbers in columns 73-80
	seqLine  int
	seqCol   int
}

// merge appends the notes of the chunk after n.
func (n *lexNotes) merge(o *lexNotes) {
	n.bad = append(n.bad, o.bad...)
	n.badCmt = append(n.badCmt, o.badCmt...)
	if n.nbsp == 0 {
		n.nbspLine, n.nbspCol = o.nbspLine, o.nbspCol
	}
	n.nbsp += o.nbsp
	if n.seq == 0 {
		n.seqLine, n.seqCol = o.seqLine, o.seqCol
	}
	n.seq += o.seq
}

// recordLexer is a participle lexer over the records src[off:end], the
// first of which is record number line.
type recordLexer struct {
	file  string
	src   string
	off   int // start of the next record
	end   int
	line  int // number of the current record
	rs    int // start of the current record
	re    int // end of the current record, without CR/LF
	i     int // next byte of the current record
	col   int // column of src[i]
	inRec bool
	items int // words and braces in the current piece of the record
	bad   recNote
	badC  recNote
	notes *lexNotes
}

func newRecordLexer(file, src string, off, end, line int, notes *lexNotes) *recordLexer {
	return &recordLexer{file: file, src: src, off: off, end: end, line: line - 1, notes: notes}
}

func (l *recordLexer) tok(typ lexer.TokenType, val string, off, col int) lexer.Token {
	return lexer.Token{Type: typ, Value: val, Pos: lexer.Position{Filename: l.file, Offset: off, Line: l.line, Column: col}}
}

func (l *recordLexer) startRecord() {
	l.line++
	l.rs = l.off
	nl := strings.IndexByte(l.src[l.off:l.end], '\n')
	if nl < 0 {
		l.re = l.end
		l.off = l.end
	} else {
		l.re = l.off + nl
		l.off = l.re + 1
	}
	if l.re > l.rs && l.src[l.re-1] == '\r' {
		l.re--
	}
	l.i, l.col, l.items, l.inRec = l.rs, 1, 0, true
	l.bad.count, l.badC.count = 0, 0
}

func (l *recordLexer) endRecord() {
	if l.bad.count > 0 {
		l.notes.bad = append(l.notes.bad, l.bad)
	}
	if l.badC.count > 0 {
		l.notes.badCmt = append(l.notes.badCmt, l.badC)
	}
	l.inRec = false
}

// notText reports whether r (of encoded size size) cannot stand in a
// Policy Agent file as text: invalid UTF-8, C0 and C1 control characters
// other than the tab, DEL, and a byte order mark anywhere but at the start.
func notText(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return true
	case r < 0x20:
		return r != '\t'
	case r == 0x7f, r >= 0x80 && r < 0xa0, r == 0xfeff:
		return true
	}
	return false
}

// describe names a byte or character that is not text.
func describe(s string, i int) string {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return "byte 0x" + hex2(s[i]) + " (not UTF-8)"
	case r == '\r':
		return "carriage return (0x0D) without a line feed"
	case r < 0x20 || r == 0x7f:
		return "control character 0x" + hex2(byte(r))
	case r == 0xfeff:
		return "byte order mark (U+FEFF) after the start of the file"
	default:
		return "control character U+00" + hex2(byte(r))
	}
}

func hex2(b byte) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[b>>4], digits[b&15]})
}

func note(n *recNote, line, col int, desc string) {
	if n.count == 0 {
		n.line, n.col, n.desc = line, col, desc
	}
	n.count++
}

// Next returns the next token; it never fails.
func (l *recordLexer) Next() (lexer.Token, error) {
	for {
		if !l.inRec {
			if l.off >= l.end {
				return lexer.Token{Type: lexer.EOF, Pos: lexer.Position{Filename: l.file, Offset: l.end, Line: l.line + 1, Column: 1}}, nil
			}
			l.startRecord()
		}
		if l.items >= maxPieceItems {
			l.items = 0
			return l.tok(tCont, "", l.i, l.col), nil
		}
		src := l.src
		// Blanks.
		for l.i < l.re {
			c := src[l.i]
			if c == ' ' || c == '\t' {
				l.i++
				l.col++
				continue
			}
			if c == 0xC2 && l.i+1 < l.re && src[l.i+1] == 0xA0 {
				if l.notes.nbsp == 0 {
					l.notes.nbspLine, l.notes.nbspCol = l.line, l.col
				}
				l.notes.nbsp++
				l.i += 2
				l.col++
				continue
			}
			break
		}
		if l.i >= l.re {
			t := l.tok(tEnd, "", l.re, l.col)
			l.endRecord()
			return t, nil
		}
		c := src[l.i]
		switch {
		case c == '#':
			// A comment runs to the end of the record, so it ends the
			// record: no EOL follows it.
			t := l.comment()
			l.endRecord()
			return t, nil
		case c == '{' || c == '}':
			t := l.tok(tItem, src[l.i:l.i+1], l.i, l.col)
			l.i++
			l.col++
			l.items++
			return t, nil
		case c < 0x20 || c == 0x7f:
			note(&l.bad, l.line, l.col, describe(src, l.i))
			l.i++
			l.col++
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(src[l.i:l.re])
			if notText(r, size) {
				note(&l.bad, l.line, l.col, describe(src[:l.re], l.i))
				l.i += size
				l.col++
				continue
			}
		}
		// A word: everything up to a blank, a brace or a byte that is not
		// text. '#' inside a word is part of it.
		start, col := l.i, l.col
		i, n := l.i, 0
	word:
		for i < l.re {
			c := src[i]
			if c < utf8.RuneSelf {
				if c <= ' ' || c == '{' || c == '}' || c == 0x7f {
					break
				}
				i++
				n++
				continue
			}
			r, size := utf8.DecodeRuneInString(src[i:l.re])
			if r == 0xa0 || notText(r, size) {
				break word
			}
			i += size
			n++
		}
		l.i, l.col = i, col+n
		if col == 73 && n == 8 && isDigits(src[start:i]) && blanksOnly(src[i:l.re]) {
			if l.notes.seq == 0 {
				l.notes.seqLine, l.notes.seqCol = l.line, col
			}
			l.notes.seq++
			continue
		}
		l.items++
		return l.tok(tItem, src[start:i], start, col), nil
	}
}

// comment lexes '#' to the end of the record.
func (l *recordLexer) comment() lexer.Token {
	src := l.src
	start, col := l.i, l.col
	text := src[start:l.re]
	n := utf8.RuneCountInString(text)
	l.i, l.col = l.re, col+n
	// Trailing blanks are not part of the comment, nor is a sequence
	// number in columns 73-80.
	text = trimBlanks(text)
	if k := len(text); k > 8 && col+utf8.RuneCountInString(text) == 81 &&
		isDigits(text[k-8:]) && isBlank(text[k-9]) {
		if l.notes.seq == 0 {
			l.notes.seqLine, l.notes.seqCol = l.line, 73
		}
		l.notes.seq++
		text = trimBlanks(text[:k-8])
	}
	// Bytes that are not text become '?', one each.
	clean := true
	for j := 0; j < len(text); j++ {
		if c := text[j]; c < 0x20 && c != '\t' || c >= 0x7f {
			clean = false
			break
		}
	}
	if !clean {
		var b strings.Builder
		c := col
		for j := 0; j < len(text); {
			r, size := utf8.DecodeRuneInString(text[j:])
			if notText(r, size) {
				note(&l.badC, l.line, c, describe(text, j))
				b.WriteByte('?')
			} else {
				b.WriteString(text[j : j+size])
			}
			j += size
			c++
		}
		if l.badC.count > 0 {
			text = b.String()
		}
	}
	return l.tok(tEnd, text, start, col)
}

// What a whole file is, when it is not text a Policy Agent could read.
const (
	isText = iota
	isUTF16
	isCROnly
	isEBCDIC
	isBinary
)

// notTextFile says whether data, as a whole, is not a text file a Policy
// Agent could read, with the place of its first byte that is not text and
// what to say about it. A file that is not text would give a flood of
// errors that say nothing; one error says what happened.
func notTextFile(data string) (what, line, col int, msg, hint string) {
	if strings.HasPrefix(data, "\xFF\xFE") || strings.HasPrefix(data, "\xFE\xFF") {
		return isUTF16, 1, 1, "the file is UTF-16 text (it starts with a UTF-16 byte order mark); Policy Agent files are EBCDIC members or UTF-8 files",
			"convert it, for example with iconv -f UTF-16 -t UTF-8"
	}
	if strings.IndexByte(data, '\n') < 0 && strings.Count(data, "\r") > 1 {
		i := strings.IndexByte(data, '\r')
		return isCROnly, 1, utf8.RuneCountInString(data[:i]) + 1, "records end with a carriage return (0x0D) alone, so the whole file reads as one record",
			"convert the line ends to LF or CR LF"
	}
	head := data[:min(len(data), 8192)]
	bad, ebcdic, first := 0, 0, -1
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRuneInString(head[i:])
		if notText(r, size) && r != '\n' && r != '\r' {
			bad += size
			if first < 0 {
				first = i
			}
		}
		i += size
	}
	if bad < 8 || bad*10 < len(head)*3 {
		return isText, 0, 0, "", ""
	}
	for i := 0; i < len(head); i++ {
		if ebcdicText(head[i]) {
			ebcdic++
		}
	}
	line = strings.Count(head[:first], "\n") + 1
	col = utf8.RuneCountInString(head[strings.LastIndexByte(head[:first], '\n')+1:first]) + 1
	if ebcdic*10 >= len(head)*8 {
		return isEBCDIC, line, col, "the file looks like EBCDIC: znet reads members downloaded as text",
			"download the member as text, not in binary; with Zowe CLI, leave out --binary"
	}
	return isBinary, line, col, fmt.Sprintf("the file is not text: %d of its first %d bytes are not", bad, len(head)),
		"check that it is a Policy Agent file, and that it was transferred as text"
}

// ebcdicText reports whether b is a blank, a letter, a digit, a line end
// or common punctuation in EBCDIC (code pages 037 and 1047 agree on these).
func ebcdicText(b byte) bool {
	switch {
	case b == 0x40, b == 0x15, b == 0x25, b == 0x4B, b == 0x60, b == 0x61, b == 0x6D, b == 0x7D, b == 0x7B,
		b >= 0x81 && b <= 0x89, b >= 0x91 && b <= 0x99, b >= 0xA2 && b <= 0xA9,
		b >= 0xC1 && b <= 0xC9, b >= 0xD1 && b <= 0xD9, b >= 0xE2 && b <= 0xE9, b >= 0xF0 && b <= 0xF9,
		b == 0xC0, b == 0xD0:
		return true
	}
	return false
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// trimBlanks cuts blanks, tabs and non-breaking spaces off the end of s.
func trimBlanks(s string) string {
	for len(s) > 0 {
		switch {
		case isBlank(s[len(s)-1]):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u00a0"):
			s = s[:len(s)-2]
		default:
			return s
		}
	}
	return s
}

func blanksOnly(s string) bool { return trimBlanks(s) == "" }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// chunk is a run of whole records: src[start:end], the first of which is
// record number line.
type chunk struct {
	start, end, line int
}

// chunks cuts src[start:] into runs of whole records of about size bytes.
func chunks(src string, start, size int) []chunk {
	var out []chunk
	line := 1
	for start < len(src) {
		end := len(src)
		if start+size < end {
			nl := strings.IndexByte(src[start+size:], '\n')
			if nl >= 0 {
				end = start + size + nl + 1
			}
		}
		out = append(out, chunk{start: start, end: end, line: line})
		line += strings.Count(src[start:end], "\n")
		start = end
	}
	return out
}
