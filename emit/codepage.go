package emit

//go:generate go run gen_codepages.go

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// DefaultCodePage is the code page of EBCDIC output when none is named:
// Policy Agent reads its files in IBM-1047 unless a CodePage statement
// says otherwise (IP Configuration Reference, CodePage statement).
const DefaultCodePage = "IBM-1047"

// CodePage is a single-byte EBCDIC code page.
type CodePage struct {
	// Name is the canonical name, IBM-nnnn.
	Name string
	Desc string
	enc  map[rune]byte
	// Blank is the byte of the blank that pads records.
	Blank byte
}

// charmaps are the EBCDIC code pages golang.org/x/text knows.
var charmaps = map[int]struct {
	desc string
	cm   *charmap.Charmap
}{
	37:   {"USA, Canada", charmap.CodePage037},
	1047: {"Latin 1 / Open Systems (the z/OS UNIX and Policy Agent default)", charmap.CodePage1047},
	1140: {"USA, Canada, with euro (037 + €)", charmap.CodePage1140},
}

// CodePages lists the names LookupCodePage accepts, in numeric order.
func CodePages() []string {
	var nums []int
	for n := range charmaps {
		nums = append(nums, n)
	}
	for n := range ebcdicTables {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	out := make([]string, len(nums))
	for i, n := range nums {
		out[i] = cpName(n)
	}
	return out
}

func cpName(n int) string { return fmt.Sprintf("IBM-%03d", n) }

// LookupCodePage finds an EBCDIC code page by name: IBM-1047, IBM1047,
// CP1047, 1047 and IBM-037, 037, 37 all work, in any case.
func LookupCodePage(name string) (*CodePage, error) {
	s := strings.ToUpper(strings.TrimSpace(name))
	for _, p := range []string{"IBM-", "IBM", "CP", "EBCDIC-"} {
		s = strings.TrimPrefix(s, p)
	}
	n, err := strconv.Atoi(s)
	if err == nil {
		if cp := codePage(n); cp != nil {
			return cp, nil
		}
	}
	return nil, fmt.Errorf("unknown code page %q (known: %s)", name, strings.Join(CodePages(), ", "))
}

func codePage(n int) *CodePage {
	cp := &CodePage{Name: cpName(n), enc: make(map[rune]byte, 256)}
	switch {
	case charmaps[n].cm != nil:
		c := charmaps[n]
		cp.Desc = c.desc
		for b := 0; b < 256; b++ {
			cp.add(c.cm.DecodeByte(byte(b)), byte(b))
		}
	case ebcdicTables[n].desc != "":
		t := ebcdicTables[n]
		cp.Desc = t.desc
		for b, r := range t.table {
			cp.add(r, byte(b))
		}
	default:
		return nil
	}
	cp.Blank = cp.enc[' ']
	return cp
}

func (cp *CodePage) add(r rune, b byte) {
	if _, dup := cp.enc[r]; !dup {
		cp.enc[r] = b
	}
}

// EncodeError is a character a code page cannot hold.
type EncodeError struct {
	Member   string
	Line     int // 1-based record number
	Col      int // 1-based column
	Char     rune
	CodePage string
}

func (e *EncodeError) Error() string {
	return fmt.Sprintf("member %s, line %d, column %d: %U %q has no code in %s; write it differently or choose another --encoding",
		e.Member, e.Line, e.Col, e.Char, e.Char, e.CodePage)
}

// Encode turns records into the bytes of a RECFM=FB LRECL=80 member in
// code page cp, for a binary transfer: each record exactly 80 bytes,
// padded with the code page's blank, no line ends. A character the code
// page cannot hold is an error naming member, line and column; so is a
// record longer than 80 characters (use Records first).
func Encode(member string, records []string, cp *CodePage) ([]byte, error) {
	out := make([]byte, 0, len(records)*Width)
	for i, r := range records {
		start := len(out)
		col := 0
		for _, ch := range r {
			col++
			if ch == '\r' || ch == '\n' {
				return nil, &EncodeError{Member: member, Line: i + 1, Col: col, Char: ch, CodePage: cp.Name}
			}
			b, ok := cp.enc[ch]
			if !ok {
				return nil, &EncodeError{Member: member, Line: i + 1, Col: col, Char: ch, CodePage: cp.Name}
			}
			out = append(out, b)
		}
		if col > Width {
			return nil, &RecordError{Member: member, Line: i + 1, Col: Width + 1, Value: crossing(r, nil)}
		}
		for len(out)-start < Width {
			out = append(out, cp.Blank)
		}
	}
	return out, nil
}

// Decode turns the bytes of an FB 80 member in code page cp back into
// records (trailing blanks removed); the inverse of Encode, for tests and
// for reading members transferred in binary.
func Decode(data []byte, cp *CodePage) ([]string, error) {
	if len(data)%Width != 0 {
		return nil, fmt.Errorf("%d bytes is not a whole number of %d-byte records", len(data), Width)
	}
	dec := make(map[byte]rune, 256)
	for r, b := range cp.enc {
		dec[b] = r
	}
	var out []string
	for i := 0; i < len(data); i += Width {
		rs := make([]rune, Width)
		for k, b := range data[i : i+Width] {
			rs[k] = dec[b]
		}
		out = append(out, strings.TrimRight(string(rs), " "))
	}
	return out, nil
}
