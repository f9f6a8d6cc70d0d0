package migrate

import (
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
)

// fileEdit holds the edits of one file of the profile and writes the file
// with them. Edits name tokens by their index in the file's tokens in
// write order (the order File.Bytes writes them, which is the order of
// the file): a token is deleted, given a new text, replaced by statements
// (when deleted), or followed by statements after the end of its record.
// Writing walks the syntax tree read-only, as File.Bytes does, so every
// byte no edit touches is the input's.
type fileEdit struct {
	f    *profile.File
	toks []*profile.Token
	del  []bool
	// dropTrail[i] removes the comment on the record that token i ends
	// (it moved into a statement znet wrote).
	dropTrail []bool
	text      map[int]string
	repl      map[int][]string
	after     map[int][]string
	nl        string
}

func newFileEdit(f *profile.File) *fileEdit {
	e := &fileEdit{f: f, text: map[int]string{}, repl: map[int][]string{}, after: map[int][]string{}, nl: "\n"}
	n := 0
	var count func(s *profile.Statement)
	count = func(s *profile.Statement) {
		n += len(s.Tokens) + len(s.End)
		for _, b := range s.Body {
			count(b)
		}
	}
	for _, s := range f.Statements {
		count(s)
	}
	e.toks = make([]*profile.Token, 0, n)
	var walk func(s *profile.Statement)
	walk = func(s *profile.Statement) {
		for i := range s.Tokens {
			e.toks = append(e.toks, &s.Tokens[i])
		}
		for _, b := range s.Body {
			walk(b)
		}
		for i := range s.End {
			e.toks = append(e.toks, &s.End[i])
		}
	}
	for _, s := range f.Statements {
		walk(s)
	}
	e.del = make([]bool, len(e.toks))
	e.dropTrail = make([]bool, len(e.toks))
	// A file written with CRLF record ends gets CRLF in what znet adds.
	for _, t := range e.toks {
		if i := strings.IndexByte(t.Lead, '\n'); i >= 0 {
			if i > 0 && t.Lead[i-1] == '\r' {
				e.nl = "\r\n"
			}
			break
		}
	}
	return e
}

// index returns the index of the token at byte offset off (tokens are in
// file order, so their offsets increase), or -1.
func (e *fileEdit) index(off int) int {
	i := sort.Search(len(e.toks), func(i int) bool { return e.toks[i].Off >= off })
	if i < len(e.toks) && e.toks[i].Off == off {
		return i
	}
	return -1
}

// at returns the index of the token at line and column, or -1.
func (e *fileEdit) at(line, col int) int {
	i := sort.Search(len(e.toks), func(i int) bool {
		t := e.toks[i]
		return t.Line > line || t.Line == line && t.Col >= col
	})
	if i < len(e.toks) && e.toks[i].Line == line && e.toks[i].Col == col {
		return i
	}
	return -1
}

// span returns the indexes of the first and last token of s, its body
// and its END statement included.
func (e *fileEdit) span(s *profile.Statement) (first, last int) {
	first = e.index(s.Tokens[0].Off)
	last = first + len(s.Tokens) - 1
	if len(s.End) > 0 {
		last = e.index(s.End[len(s.End)-1].Off)
	} else if n := len(s.Body); n > 0 {
		_, last = e.span(s.Body[n-1])
	}
	return first, last
}

// deleteStmt deletes s with its body and END statement.
func (e *fileEdit) deleteStmt(s *profile.Statement) {
	first, last := e.span(s)
	for i := first; i <= last && i >= 0; i++ {
		e.del[i] = true
	}
}

// allArgsDeleted reports whether every argument of s is deleted.
func (e *fileEdit) allArgsDeleted(s *profile.Statement, from int) bool {
	first := e.index(s.Tokens[0].Off)
	for i := first + from; i < first+len(s.Tokens); i++ {
		if !e.del[i] {
			return false
		}
	}
	return true
}

// insertAfter writes text as a statement after s (after the record of
// its last token, or in its place when s is deleted).
func (e *fileEdit) insertAfter(s *profile.Statement, text string) {
	_, last := e.span(s)
	if e.del[last] {
		e.repl[last] = append(e.repl[last], text)
		return
	}
	e.after[last] = append(e.after[last], text)
}

// lead returns the lead of token k (k == len(toks): the file's tail),
// without the comment of the previous token's record when that moved.
func (e *fileEdit) lead(k int) string {
	l := e.f.Tail
	if k < len(e.toks) {
		l = e.toks[k].Lead
	}
	if k > 0 && e.dropTrail[k-1] {
		l = stripFirstComment(l)
	}
	return l
}

// trailing returns the comment on the record token i ends ("" when
// there is none) and marks it moved: the caller writes it elsewhere.
func (e *fileEdit) trailing(i int) string {
	l := e.lead(i + 1)
	seg := l
	if j := strings.IndexByte(l, '\n'); j >= 0 {
		seg = l[:j]
	}
	c := strings.IndexByte(seg, ';')
	if c < 0 {
		return ""
	}
	e.dropTrail[i] = true
	return strings.TrimRight(seg[c:], " \t\r")
}

// stripFirstComment removes the comment from the first record of a lead
// (with the blanks before it).
func stripFirstComment(l string) string {
	seg := l
	if j := strings.IndexByte(l, '\n'); j >= 0 {
		seg = l[:j]
	}
	c := strings.IndexByte(seg, ';')
	if c < 0 {
		return l
	}
	keep := strings.TrimRight(seg[:c], " \t")
	if strings.HasSuffix(seg, "\r") {
		keep += "\r"
	}
	return keep + l[len(seg):]
}

// changed reports whether the file has edits.
func (e *fileEdit) changed() bool {
	if len(e.text) > 0 || len(e.after) > 0 || len(e.repl) > 0 {
		return true
	}
	for i, d := range e.del {
		if d || e.dropTrail[i] {
			return true
		}
	}
	return false
}

// bytes writes the file with its edits.
//
// A deleted run of tokens takes its records with it: when the run begins
// a record and its last token ends one, the whole records go (the blanks
// before the run, the run, the blanks and comment after it, the record
// end); when it shares a record with live tokens, only the run and the
// blanks before it go. Comment records inside a run are kept. Statements
// that replace a run begin a record of their own.
func (e *fileEdit) bytes() []byte {
	var b strings.Builder
	b.Grow(estimate(e.f) + 256)
	n := len(e.toks)
	var pending []string
	for i := 0; i < n; {
		if !e.del[i] {
			b.WriteString(e.applyAfter(e.lead(i), pending, false))
			pending = nil
			e.writeText(&b, i)
			pending = e.after[i]
			i++
			continue
		}
		j := i
		var pieces []runPiece
		for ; j < n && e.del[j]; j++ {
			if j > i {
				if c := commentRecords(e.lead(j)); c != "" {
					pieces = append(pieces, runPiece{text: c, comment: true})
				}
			}
			for _, r := range e.repl[j] {
				pieces = append(pieces, runPiece{text: r})
			}
		}
		pre := e.applyAfter(e.lead(i), pending, false)
		pending = nil
		post := e.lead(j)
		b.WriteString(mergeRun(pre, post, pieces, e.nl, i == 0, j == n))
		if j == n {
			return []byte(b.String())
		}
		e.writeText(&b, j)
		pending = e.after[j]
		i = j + 1
	}
	b.WriteString(e.applyAfter(e.lead(n), pending, true))
	return []byte(b.String())
}

func (e *fileEdit) writeText(b *strings.Builder, i int) {
	if t, ok := e.text[i]; ok {
		b.WriteString(t)
		return
	}
	b.WriteString(e.toks[i].Text)
}

// applyAfter puts statements that follow a token after the end of its
// record: into the lead of the next token (or the tail) after its first
// record end.
func (e *fileEdit) applyAfter(lead string, stmts []string, tail bool) string {
	if len(stmts) == 0 {
		return lead
	}
	text := strings.Join(stmts, e.nl)
	if i := strings.IndexByte(lead, '\n'); i >= 0 {
		return lead[:i+1] + text + e.nl + lead[i+1:]
	}
	if tail {
		return e.nl + text + lead
	}
	return e.nl + text + e.nl + lead
}

// runPiece is what a deleted run keeps or adds, in file order: comment
// records found inside it, or statements written in its place.
type runPiece struct {
	text    string
	comment bool
}

// mergeRun returns what is written in place of pre (the lead of a
// deleted run), the run, and post (the lead of the token after it).
// pieces are the comment records inside the run and the statements
// written instead of it, in order; fileStart and fileEnd say that the run
// begins the file and that post is the file's tail.
func mergeRun(pre, post string, pieces []runPiece, nl string, fileStart, fileEnd bool) string {
	var body strings.Builder
	stmts := false
	for _, p := range pieces {
		body.WriteString(p.text)
		if !p.comment {
			body.WriteString(nl)
			stmts = true
		}
	}
	k := strings.LastIndexByte(pre, '\n') + 1
	keep, indent := pre[:k], pre[k:]
	lineStart := k > 0 || fileStart
	if k == 0 && fileStart && strings.HasPrefix(pre, "\xEF\xBB\xBF") {
		keep, indent = pre[:3], pre[3:]
	}
	postNL := strings.IndexByte(post, '\n')
	if stmts {
		text := body.String()
		if postNL >= 0 {
			// The record end after the run ends the last record written.
			text = strings.TrimSuffix(text, nl)
		}
		if lineStart {
			if postNL >= 0 {
				// A comment on the last record of the run went with it.
				return keep + text + stripFirstComment(post)
			}
			return keep + text + post
		}
		return nl + text + post
	}
	comments := body.String()
	if lineStart {
		if postNL >= 0 {
			return keep + comments + post[postNL+1:]
		}
		if fileEnd {
			return keep + comments + post
		}
		return keep + comments + indent
	}
	if comments != "" {
		if postNL >= 0 {
			return post[:postNL+1] + comments + post[postNL+1:]
		}
		return nl + comments + post
	}
	return post
}

// commentRecords returns the whole records of lead that hold only a
// comment (the first record of a lead is the end of the previous token's
// record, the last the blanks before the token; neither is whole).
func commentRecords(lead string) string {
	first := strings.IndexByte(lead, '\n')
	last := strings.LastIndexByte(lead, '\n')
	if first < 0 || first == last {
		return ""
	}
	var b strings.Builder
	for _, rec := range strings.SplitAfter(lead[first+1:last+1], "\n") {
		if t := strings.TrimLeft(rec, " \t"); strings.HasPrefix(t, ";") {
			b.WriteString(rec)
		}
	}
	return b.String()
}

// estimate is the size of a file's text, for buffer sizes.
func estimate(f *profile.File) int {
	n := len(f.Tail)
	var walk func(s *profile.Statement)
	walk = func(s *profile.Statement) {
		for _, t := range s.Tokens {
			n += len(t.Lead) + len(t.Text)
		}
		for _, c := range s.Body {
			walk(c)
		}
		for _, t := range s.End {
			n += len(t.Lead) + len(t.Text)
		}
	}
	for _, s := range f.Statements {
		walk(s)
	}
	return n
}
