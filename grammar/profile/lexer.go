package profile

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/source"
)

// wordKind is what the classifier decided a word is.
type wordKind uint8

const (
	wArg         wordKind = iota // an argument of the statement being read
	wHead                        // a statement keyword where statements may begin
	wSub                         // a keyword of a statement that lives in a block
	wEnd                         // an END statement
	wUnknown                     // a word where a statement must begin, not a statement
	wPlaceholder                 // a '...' record standing for text left out
)

// winfo is what the lexer and the classifier learned of a token. It is
// kept beside the tokens, not in them, so that the tokens are the tree's.
type winfo struct {
	kind  wordKind
	flags uint8
	entry *kwEntry // the keyword the word spells (none when it is none)
}

const (
	fLineStart   uint8 = 1 << iota // first word on its record
	fPlaceholder                   // a placeholder ('...')
	fLenient                       // a keyword matched by an unconfirmed abbreviation
	fSeqNum                        // looks like a sequence number (columns 73-80)
)

// lexed is what reading a whole file produces.
type lexed struct {
	file     string
	toks     []Token
	info     []winfo
	comments []Comment
	commOff  []int // byte offset of each comment
	diags    source.Diagnostics
	tail     string
	bom      bool
	nbsp     int
	nbspAt   source.Span
}

func (lx *lexed) diag(line, col, endCol int, sev source.Severity, code, msg, hint string) {
	lx.diags.Add(source.Span{File: lx.file, Line: line, Col: col, EndLine: line, EndCol: endCol}, sev, code, msg, hint)
}

// lex splits the file into words and comments. Lexical rules (IBM,
// "Statement syntax for configuration statements"): blanks and
// end-of-record separate words; a semicolon begins a comment that runs to
// the end of the record, and "an argument followed by a comment must have
// a blank before the semicolon", so a ';' inside a word is part of it.
// Tabs count as blanks. A double-quoted string (PARMSTRING "…") is one
// word up to its closing quote on the same record (unverified: quoting
// rules are not in the statement syntax topic).
func lex(file string, src string) *lexed {
	n := len(src)/8 + 1
	lx := &lexed{file: file, toks: make([]Token, 0, n), info: make([]winfo, 0, n)}
	pos := 0
	if strings.HasPrefix(src, "\xEF\xBB\xBF") {
		lx.bom = true
		pos = 3
	}
	leadStart := 0
	line := 1
	for pos <= len(src) {
		end := strings.IndexByte(src[pos:], '\n')
		next := 0
		if end < 0 {
			end = len(src)
			next = len(src) + 1
		} else {
			end += pos
			next = end + 1
		}
		recEnd := end
		if recEnd > pos && src[recEnd-1] == '\r' {
			recEnd--
		}
		lx.record(src, pos, recEnd, line, &leadStart)
		pos = next
		line++
		if next > len(src) {
			break
		}
	}
	lx.tail = src[leadStart:]
	if lx.nbsp > 0 {
		lx.diags.Add(lx.nbspAt, source.Warning, CodeNBSP,
			fmt.Sprintf("%d non-breaking space(s) (U+00A0) treated as blanks; the first is here", lx.nbsp),
			"they come from copying text out of a web page; on z/OS they are not blanks and become part of names and values: replace them with blanks")
	}
	return lx
}

func isBad(r rune, size int) bool {
	return (r == utf8.RuneError && size == 1) || (r < 0x20 && r != '\t') || r == 0x7f
}

// record lexes src[start:end], the text of record line.
func (lx *lexed) record(src string, start, end, line int, leadStart *int) {
	col := 1
	i := start
	first := true
	emit := func(ws, we, wcol, ecol int) {
		lx.toks = append(lx.toks, Token{
			Text: src[ws:we], Lead: src[*leadStart:ws],
			Line: line, Col: wcol, EndCol: ecol, Off: ws,
		})
		var f uint8
		if first {
			f = fLineStart
		}
		lx.info = append(lx.info, winfo{flags: f, entry: none})
		first = false
		*leadStart = we
	}
	for i < end {
		c := src[i]
		// Blanks.
		if c == ' ' || c == '\t' {
			i++
			col++
			continue
		}
		if c == 0xC2 && i+1 < end && src[i+1] == 0xA0 {
			lx.noteNBSP(line, col)
			i += 2
			col++
			continue
		}
		if c == ';' {
			lx.comment(src, i, end, line, col)
			return
		}
		if c == '"' {
			j := strings.IndexByte(src[i+1:end], '"')
			we := end
			if j >= 0 {
				we = i + 1 + j + 1
			} else {
				lx.diag(line, col, col+1, source.Error, CodeQuote,
					"quoted string is not closed on its record",
					"end the string with '\"' before the end of the record")
			}
			n := utf8.RuneCountInString(src[i:we])
			emit(i, we, col, col+n)
			col += n
			i = we
			continue
		}
		// A word: up to the next blank or the end of the record.
		ws, wcol := i, col
		semi := -1
		for i < end {
			c := src[i]
			if c == ' ' || c == '\t' || (c == 0xC2 && i+1 < end && src[i+1] == 0xA0) {
				break
			}
			if c < utf8.RuneSelf {
				if c < 0x20 || c == 0x7f {
					break
				}
				if c == ';' && semi < 0 {
					semi = col
				}
				i++
				col++
				continue
			}
			r, size := utf8.DecodeRuneInString(src[i:end])
			if isBad(r, size) {
				break
			}
			i += size
			col++
		}
		if i > ws {
			emit(ws, i, wcol, col)
			if semi >= 0 {
				lx.diag(line, semi, semi+1, source.Warning, CodeSemicolon,
					fmt.Sprintf("';' is part of the word %q, not the start of a comment", src[ws:i]),
					"IBM: an argument followed by a comment must have a blank before the semicolon")
			}
			if wcol >= 73 && col <= 81 && i-ws == 8 && strings.Trim(src[ws:i], "0123456789") == "" {
				lx.info[len(lx.info)-1].flags |= fSeqNum
				lx.diag(line, wcol, col, source.Warning, CodeSequenceNum,
					fmt.Sprintf("%q in columns 73-80 looks like a sequence number; sequence numbers are not allowed in a profile and it is read as a value", src[ws:i]),
					"turn line numbering off for the data set (ISPF: UNNUM) and remove the numbers")
			}
			continue
		}
		// A byte that is not text: reported, then skipped as a separator.
		r, size := utf8.DecodeRuneInString(src[i:end])
		lx.diag(line, col, col+1, source.Error, CodeBadByte, source.Describe(r, src[i])+" outside a comment",
			"profile data sets are text: remove the byte, or check that the member was transferred as text")
		i += size
		col++
	}
}

func (lx *lexed) noteNBSP(line, col int) {
	if lx.nbsp == 0 {
		lx.nbspAt = source.Span{File: lx.file, Line: line, Col: col, EndLine: line, EndCol: col + 1}
	}
	lx.nbsp++
}

// comment records the comment src[start:end] beginning at column col.
func (lx *lexed) comment(src string, start, end, line, col int) {
	text := src[start:end]
	c := col
	clean := true
	for j := 0; j < len(text); {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isBad(r, size) {
			clean = false
			lx.diag(line, c, c+1, source.Warning, CodeCommentByte, source.Describe(r, text[j])+" inside a comment",
				"tolerated because it is in a comment; it usually means the member was not transferred as text")
		}
		j += size
		c++
	}
	if !clean {
		var b strings.Builder
		for j := 0; j < len(text); {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isBad(r, size) {
				b.WriteByte('?')
			} else {
				b.WriteString(text[j : j+size])
			}
			j += size
		}
		text = b.String()
	}
	text = strings.TrimRight(text, " \t\u00a0")
	lx.comments = append(lx.comments, Comment{Text: text,
		Span: source.Span{File: lx.file, Line: line, Col: col, EndLine: line, EndCol: col + utf8.RuneCountInString(text)}})
	lx.commOff = append(lx.commOff, start)
}

// isPlaceholder reports whether s stands for text left out: "...", "…".
func isPlaceholder(s string) bool {
	if s == "" || (s[0] != '.' && s[0] != 0xE2) {
		return false
	}
	if s == "…" {
		return true
	}
	return len(s) >= 2 && strings.Trim(s, ".…") == ""
}

// addrLike reports whether s can be the address of a HOME entry: an IPv4
// or IPv6 address, or a system symbol standing for one.
func addrLike(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= '0' && c <= '9' || c == '&' || strings.IndexByte(s, ':') >= 0
}

var (
	unknownSpec     = &spec{MaxArgs: -1}
	placeholderSpec = &spec{MaxArgs: -1}
)

// classify decides, word by word, where statements begin. This is the
// heart of the profile grammar: IBM has no statement terminator, so "a
// statement ends where the next statement keyword begins". Exceptions:
//
//   - the names and types right after DEVICE, LINK, INTERFACE, DELETE,
//     START, STOP… are arguments even when they look like keywords
//     (INTERFACE ETH1 DELETE, DELETE LINK ETH1);
//   - START, STOP, PRIMARYINTERFACE and INCLUDE take one argument, so a
//     further word begins a statement;
//   - HOME is a list of address/name pairs, so a word where an address
//     belongs that is not one ends the list (ENDHOME is no statement);
//   - an unknown statement ends with its record, so that every unknown
//     word at the start of a record is reported;
//   - inside an END-terminated block only the block's own statements and
//     its END statement begin statements; in the blocks znet models
//     (BEGINROUTES, IPSEC, BSDROUTINGPARMS) a statement keyword at the
//     start of a record means the END statement is missing.
func classify(toks []Token, info []winfo) {
	var (
		cur       *spec
		nargs     int
		kwLine    int
		prevLine  int
		homeState int // 0: address expected, 1: name, 2: PRIMARY or address
		block     *blockSpec
		blockName string
	)
	begin := func(w *winfo, line int, k wordKind, s *spec) {
		w.kind = k
		cur, nargs, kwLine, homeState = s, 0, line, 0
	}
	for i := range toks {
		t, w := &toks[i], &info[i]
		prev := prevLine
		prevLine = t.Line
		lineStart := w.flags&fLineStart != 0
		if isPlaceholder(t.Text) {
			w.flags |= fPlaceholder
			if lineStart || cur == nil {
				begin(w, t.Line, wPlaceholder, placeholderSpec)
				continue
			}
			w.kind = wArg
			nargs++
			continue
		}
		e := lookup(t.Text)
		w.entry = e
		if cur != nil && nargs < cur.Forced && (t.Line == kwLine || e.class == kwNone || forcedAnywhere(cur, nargs, e)) {
			w.kind = wArg
			nargs++
			continue
		}
		if block != nil {
			switch {
			case e.class == kwEnd && e.block == blockName:
				w.kind = wEnd
				cur, block, blockName = nil, nil, ""
				continue
			case e.class == kwSub && e.spec.Sub == blockName:
				begin(w, t.Line, wSub, e.spec)
				continue
			case e.class != kwNone && block.Modeled && lineStart:
				// The END statement is missing; the builder reports it.
				block, blockName = nil, ""
			default:
				w.kind = wArg
				nargs++
				continue
			}
		}
		if e.class != kwNone {
			if cur != nil && cur.Home && homeState == 1 && t.Line == prev {
				// A link named like a keyword, right after its address.
				w.kind = wArg
				nargs++
				homeState = 2
				continue
			}
			switch e.class {
			case kwTop:
				begin(w, t.Line, wHead, e.spec)
				if e.spec.Block != nil {
					block, blockName = e.spec.Block, e.spec.Name
				}
			case kwSub:
				begin(w, t.Line, wSub, e.spec)
			case kwEnd:
				w.kind = wEnd
				cur = nil
			}
			continue
		}
		if cur != nil && cur.Home {
			switch {
			case homeState == 1:
				homeState = 2
			case addrLike(t.Text):
				homeState = 1
			case homeState == 2 && strings.EqualFold(t.Text, "PRIMARY"):
				homeState = 0
			default:
				unknownHead(t, w, &cur)
				nargs, kwLine, homeState = 0, t.Line, 0
				continue
			}
			w.kind = wArg
			nargs++
			continue
		}
		_, endForm := endOfStatement(t.Text)
		if cur == nil || (cur.MaxArgs >= 0 && nargs >= cur.MaxArgs) || endForm || (cur == unknownSpec && lineStart) {
			unknownHead(t, w, &cur)
			nargs, kwLine, homeState = 0, t.Line, 0
			if cur.Block != nil {
				block, blockName = cur.Block, cur.Name
			}
			continue
		}
		w.kind = wArg
		nargs++
	}
}

// forcedAnywhere lists the keyword-looking arguments that belong to the
// statement wherever they are written: the action of INTERFACE
// (INTERFACE ETH1 DELETE) and the object of DELETE (DELETE LINK ETH1).
func forcedAnywhere(cur *spec, nargs int, e *kwEntry) bool {
	switch {
	case cur.Name == "INTERFACE" && nargs == 1:
		return e.name == "DELETE"
	case cur.Name == "DELETE" && nargs == 0:
		return e.name == "DEVICE" || e.name == "LINK" || e.name == "PORT" || e.name == "PORTRANGE"
	}
	return false
}

// unknownHead makes the word begin a statement: one of a keyword
// abbreviated in a way IBM's documentation does not confirm, or an
// unknown one.
func unknownHead(t *Token, w *winfo, cur **spec) {
	if e := lenientMatch(t.Text); e.class != kwNone {
		w.entry = e
		w.flags |= fLenient
		if e.class == kwSub {
			w.kind = wSub
		} else {
			w.kind = wHead
		}
		*cur = e.spec
		return
	}
	w.kind = wUnknown
	*cur = unknownSpec
}
