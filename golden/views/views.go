// Package views holds comparable views of models, for tests that compare
// two writings of one configuration (native and YAML, before and after
// printing). It is apart from package golden, which the grammars' own
// tests import.
package views

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	gsyslog "github.com/zosnet/znet/grammar/syslog"
	tcpprofile "github.com/zosnet/znet/model/profile"
	msyslog "github.com/zosnet/znet/model/syslog"
)

// ProfileView is what the model of a TCP/IP profile says, for tests that
// compare two writings of one profile (native and YAML, before and after
// printing): the typed statements without positions or spelling (words in
// upper case, as z/OS reads them), every statement in processing order
// with its number of words, the statements kept verbatim, the files
// included, and the codes of the findings ds that are not about the bytes
// of native text (abbreviations, byte order marks, sequence numbers…).
func ProfileView(m *tcpprofile.Profile, ds source.Diagnostics) (map[string]any, error) {
	typed := map[string]any{
		"devices": m.Devices, "links": m.Links, "interfaces": m.Interfaces, "homes": m.Homes,
		"starts": m.Starts, "stops": m.Stops, "primary": m.Primary, "routes": m.Routes, "bsd": m.BSD,
		"ipsec": m.IPSec, "configs": m.Configs, "includes": m.Includes,
	}
	b, err := json.Marshal(typed)
	if err != nil {
		return nil, err
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	var stmts, verb []string
	for _, s := range m.Statements {
		if n := len(words(s)); n > 0 {
			stmts = append(stmts, fmt.Sprintf("%s %d", s.Name, n))
		}
	}
	for _, s := range m.Verbatim {
		if len(words(s)) > 0 {
			verb = append(verb, stmtView(s))
		}
	}
	var files []string
	for _, f := range m.Files[min(1, len(m.Files)):] {
		files = append(files, filepath.Base(f.Name))
	}
	var codes []string
	for _, d := range ds {
		switch d.Code {
		case profile.CodeAbbrev, profile.CodeBadByte, profile.CodeCommentByte, profile.CodeNBSP,
			profile.CodeSemicolon, profile.CodeSequenceNum, profile.CodeBOM:
			continue // about the bytes of native text
		}
		codes = append(codes, d.Severity.String()+" "+d.Code)
	}
	sort.Strings(codes)
	return map[string]any{"typed": stripped(v), "statements": stmts, "verbatim": verb, "included": files, "codes": codes}, nil
}

// words are a statement's words, sequence numbers (which z/OS does not
// allow and the model skips) left out.
func words(s *profile.Statement) []string {
	var out []string
	for _, t := range s.Tokens {
		if !t.SequenceNumber() {
			out = append(out, strings.ToUpper(t.Text))
		}
	}
	return out
}

// stmtView is a statement kept verbatim: its name, its words and the
// statements of its block.
func stmtView(s *profile.Statement) string {
	w := append([]string{s.Name}, words(s)...)
	for _, c := range s.Body {
		w = append(w, "{"+stmtView(c)+"}")
	}
	return strings.Join(w, " ")
}

// stripped drops positions and keywords as written from a JSON view, and
// makes words upper case.
func stripped(v any) any {
	switch x := v.(type) {
	case map[string]any:
		delete(x, "span")
		delete(x, "key")
		delete(x, "raw")
		for k, e := range x {
			x[k] = stripped(e)
		}
	case []any:
		for i, e := range x {
			x[i] = stripped(e)
		}
	case string:
		return strings.ToUpper(x)
	}
	return v
}

// SyslogView is the routing model of a syslog.conf without positions:
// its rules, the statements, how many records were skipped, and the codes
// of its findings but those about layout (a rule continued over records,
// a comment not in column 1).
func SyslogView(f *gsyslog.File) map[string]any {
	c := msyslog.New(f)
	var rules []string
	for _, r := range c.Rules {
		var sels []string
		for _, s := range r.Selectors {
			sels = append(sels, fmt.Sprintf("%s host=%s user=%s job=%s fac=%v level=%d", s.Text, s.Host, s.User.Text, s.Job.Text, s.Facilities, s.Level))
		}
		var opts []string
		for k, v := range r.Options {
			opts = append(opts, k+"="+v)
		}
		sort.Strings(opts)
		rules = append(rules, fmt.Sprintf("%v -> %s (%s) %v", sels, r.Dest, r.DestKind, opts))
	}
	var stmts []string
	for _, s := range f.Statements {
		w := []string{s.Keyword.Text}
		for _, v := range s.Values {
			w = append(w, v.Text)
		}
		stmts = append(stmts, strings.Join(w, " "))
	}
	var codes []string
	for _, d := range append(f.Diagnostics, msyslog.Check(c, msyslog.Options{Overlaps: true})...) {
		if d.Code == gsyslog.CodeContinued || d.Code == gsyslog.CodeCommentColumn {
			continue
		}
		codes = append(codes, d.Severity.String()+" "+d.Code)
	}
	sort.Strings(codes)
	return map[string]any{"rules": rules, "skipped": len(c.Skipped), "statements": stmts, "codes": codes}
}
