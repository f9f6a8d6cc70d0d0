package pagent

import (
	"strings"
	"testing"
)

// What the diagnostics say, where that depends on the input: the hints
// that name the likely mistake.
var messageCases = []struct {
	name, in   string
	code, at   string
	msg, hint  string // substrings
	statements int    // top-level statements read
}{
	{"UTF-16 file", "\xFF\xFET\x00T\x00L\x00S\x00\n\x00", CodeBadByte, "1:1-2", "UTF-16", "iconv", 0},
	{"EBCDIC file", "\xE3\xE3\xD3\xE2\xD9\xA4\x93\x85\x40\x99\x15\xC0\x15\xD0\x15\xE3\xE3\xD3\xE2\xD9\xA4\x93\x85\x40\x99\x15\xC0\x15\xD0\x15",
		CodeBadByte, "1:1-2", "EBCDIC", "not in binary", 0},
	{"binary file", "TTLSRule r\n\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14",
		CodeBadByte, "2:1-2", "16 of its first 27 bytes are not", "transferred as text", 0},
	{"a few bad bytes are not a binary file", "TTLSRule r\x00\n", CodeBadByte, "1:11-12", "control character 0x00, outside a comment", "remove the byte", 1},
	{"CR line ends", "A b\rC d\r", CodeBadByte, "1:4-5", "carriage return", "LF or CR LF", 0},
	{"CR alone in a record", "A b\rc\n", CodeBadByte, "1:4-5", "carriage return (0x0D) without a line feed, outside a comment", "", 1},
	{"several bad bytes on a record", "A \x01 \x02 \x03\n", CodeBadByte, "1:3-4", "0x01, outside a comment, and 2 more on this record", "", 1},
	{"BOM inside the file", "A\n\xEF\xBB\xBFB\n", CodeBadByte, "2:1-2", "byte order mark (U+FEFF) after the start of the file", "", 2},
	{"value alone on its record", "LocalPortRange\n  4000\n", CodeNotKeyword, "2:3-7", `"4000" cannot start a statement`, "on the same record", 1},
	{"';' comment", "; old habit\nA b\n", CodeNotKeyword, "1:1-2", "", "use '#'", 1},
	{"stray character in a keyword", "-Direction In\n", CodeNotKeyword, "1:1-11", "", "remove the characters", 0},
	{"';' after a name", "TTLSRule r ; c\n{\n}\n", CodeExtraName, "1:12-15", "more than one name", "use '#'", 1},
	{"statements run together on one record", "A a { B b C c { } }\n", CodeExtraName, "1:11-14", `B has more than one name: "b C c"`, "on a record of its own", 1},
	{"name with a blank", "TTLSRule My Rule\n{\n}\n", CodeExtraName, "1:13-17", `"My Rule"`, "names hold no blanks", 1},
	{"name of 33 characters", "A " + strings.Repeat("n", 33) + "\n{\n}\n", CodeNameTooLong, "1:3-36", "33 characters long", "shorten", 1},
	{"name of 33 characters, not bytes", "A " + strings.Repeat("ü", 33) + "\n{\n}\n", CodeNameTooLong, "1:3-36", "33 characters long", "", 1},
	{"unclosed block, indented contents", "A a\n{\n  B b\nC c\n", CodeUnclosed, "2:1-2", "block opened at line 2 (A a) is never closed", "add '}' before line 4 (C c), which starts in column 1 as A a does", 1},
	{"unclosed block, flat contents", "A a\n{\nB b\nC c\n", CodeUnclosed, "2:1-2", "never closed", "add '}' after its last parameter", 1},
	{"stray '}', nothing open before", "}\n", CodeStrayClose, "1:1-2", "no block is open", "remove it", 0},
	{"stray '}' after a block", "A a\n{\n}\n}\n", CodeStrayClose, "4:1-2", "the block opened at line 2 (A a) was already closed at line 3", "or the one at line 3", 1},
	{"stray '}' after a misaligned one", "A a\n{\n  B\n  {\n  }\n  }\n  C\n  {\n  }\n}\n", CodeStrayClose, "10:1-2",
		"the block opened at line 8 (C) was already closed at line 9", "the '}' at line 6 (column 3) does not line up with the '{' it closes at line 2 (column 1): it is probably one too many, and C (line 7) was meant to be inside A a", 2},
	{"a misaligned '}' that displaced nothing is not blamed", "A\n{\n  B\n  {\n    }\n}\nC\n{\n}\n}\n", CodeStrayClose, "10:1-2",
		"the block opened at line 8 (C) was already closed at line 9", "remove this '}', or the one at line 9", 2},
	{"'{' with nothing before it", "{\n}\n", CodeOrphanOpen, "1:1-2", "no statement comes before it", "", 0},
	{"placeholder statement", "A\n{\n...\n}\n", CodePlaceholder, "3:1-4", `"..." is not a statement`, "", 1},
	{"placeholder value", "A …\n", CodePlaceholder, "1:3-4", `"…" is not a value`, "", 1},
	{"sequence numbers", pad("A b", 72) + "00000100\n" + pad("", 72) + "00000200\n", CodeSequenceNum, "1:73-81", "2 record(s) end with a sequence number", "UNNUM", 1},
	{"non-breaking spaces", "A\u00a0b\u00a0\n", CodeNBSP, "1:2-3", "2 non-breaking space(s)", "replace them with blanks", 1},
	{"brace sharing a record", "A a {\n}\n", CodeBraceSameLine, "1:5-6", "shares its record", "", 1},
	{"empty file", "", CodeEmpty, "1:1-1", "no statements", "", 0},
	{"byte order mark", "\xEF\xBB\xBF", CodeBOM, "1:1-1", "byte order mark", "", 0},
}

func TestMessages(t *testing.T) {
	for _, c := range messageCases {
		t.Run(c.name, func(t *testing.T) {
			f := checkInvariants(t, "m.conf", []byte(c.in))
			checkChunking(t, "m.conf", []byte(c.in), f)
			checkRoundTrip(t, f)
			if len(f.Statements) != c.statements {
				t.Errorf("%d statements, want %d\n%s", len(f.Statements), c.statements, render(f))
			}
			for _, d := range f.Diagnostics {
				if d.Code == c.code && d.Span.Range() == c.at {
					if !strings.Contains(d.Message, c.msg) || !strings.Contains(d.Hint, c.hint) {
						t.Errorf("got %s\nwant message with %q, hint with %q", d, c.msg, c.hint)
					}
					return
				}
			}
			t.Errorf("no %s at %s in\n%s", c.code, c.at, render(f))
		})
	}
}

// An UTF-8 BOM is dropped whatever follows it, and columns start after it.
func TestBOMThenNotText(t *testing.T) {
	f := checkInvariants(t, "b.conf", []byte("\xEF\xBB\xBF\xFF\xFE\x00\x01\x02\x03\x04\x05\x06\x07"))
	if got := render(f); got != "! PA101 error 1:1-2\n! PA113 info 1:1-1\n" {
		t.Errorf("got\n%s", got)
	}
}

func TestScore(t *testing.T) {
	policy := "# policy\nTTLSRule r\n{\n  Direction Inbound\n}\n"
	utf16le := []byte{0xFF, 0xFE}
	for _, c := range []byte(policy) {
		utf16le = append(utf16le, c, 0)
	}
	ebcdic := []byte{}
	for _, c := range []byte(policy) {
		ebcdic = append(ebcdic, map[byte]byte{'#': 0x7B, 'T': 0xE3, 'L': 0xD3, 'S': 0xE2, 'R': 0xD9, 'u': 0xA4, 'l': 0x93, 'e': 0x85,
			' ': 0x40, 'r': 0x99, '\n': 0x15, '{': 0xC0, '}': 0xD0, 'D': 0xC4, 'i': 0x89, 'c': 0x83, 't': 0xA3, 'o': 0x96,
			'n': 0x95, 'I': 0xC9, 'b': 0x82, 'd': 0x84, 'p': 0x97, 'y': 0xA8}[c])
	}
	for _, c := range []struct {
		name string
		data []byte
		min  int
		max  int
	}{
		{"policy", []byte(policy), 90, 90},
		{"policy after a BOM", []byte("\xEF\xBB\xBF" + policy), 90, 90},
		{"policy indented with non-breaking spaces", []byte("\u00a0TTLSRule r\n\u00a0{\n}\n"), 90, 90},
		{"main file", []byte("TcpImage TCPIP //'A.B(C)'\n"), 90, 90},
		{"UTF-16 policy", utf16le, 50, 60},
		{"EBCDIC policy", ebcdic, 50, 60},
		{"TCPIP profile", []byte("DEVICE OSA1 MPCIPA\nLINK ETH1 IPAQENET OSA1\n"), 0, 0},
		{"binary", []byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x10\x11"), 0, 0},
		{"empty", nil, 0, 0},
	} {
		if s := Score("x", c.data); s < c.min || s > c.max {
			t.Errorf("%s: score %d, want %d-%d", c.name, s, c.min, c.max)
		}
	}
}
