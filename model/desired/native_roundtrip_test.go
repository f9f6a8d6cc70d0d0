package desired_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	gsyslog "github.com/zosnet/znet/grammar/syslog"
	"github.com/zosnet/znet/model/desired"
	tcpprofile "github.com/zosnet/znet/model/profile"
	msyslog "github.com/zosnet/znet/model/syslog"
)

// profileInputs lists every TCP/IP profile input the repository has, plus
// the shared samples when they are beside it.
func profileInputs(t *testing.T) []string {
	var out []string
	for _, pat := range []string{"golden/profile/*.prof", "golden/profile/*.inc", "golden/migrate/*.prof", "golden/migrate/*.inc", "examples/*/*.prof"} {
		m, _ := filepath.Glob(filepath.Join(golden.Root(), pat))
		out = append(out, m...)
	}
	if dir := filepath.Join(golden.Root(), "..", "shared", "samples"); dirExists(dir) {
		m, _ := filepath.Glob(filepath.Join(dir, "*.prof"))
		out = append(out, m...)
	}
	if len(out) < 40 {
		t.Fatalf("only %d profile inputs", len(out))
	}
	return out
}

// syslogInputs lists every syslog.conf input.
func syslogInputs(t *testing.T) []string {
	var out []string
	for _, pat := range []string{"golden/syslog/*.conf", "examples/*/syslog*.conf"} {
		m, _ := filepath.Glob(filepath.Join(golden.Root(), pat))
		out = append(out, m...)
	}
	if dir := filepath.Join(golden.Root(), "..", "shared", "samples"); dirExists(dir) {
		m, _ := filepath.Glob(filepath.Join(dir, "syslog-*.conf"))
		out = append(out, m...)
	}
	if len(out) < 2 {
		t.Fatalf("only %d syslog inputs", len(out))
	}
	return out
}

// profileView is what the model of a profile says, without positions and
// without the spelling of keywords (import writes IBM's full spelling):
// the typed statements, the statements kept verbatim, every statement in
// processing order, the files read, and the codes of every finding.
func profileView(t *testing.T, m *tcpprofile.Profile, ds source.Diagnostics) map[string]any {
	t.Helper()
	typed := map[string]any{
		"devices": m.Devices, "links": m.Links, "interfaces": m.Interfaces, "homes": m.Homes,
		"starts": m.Starts, "stops": m.Stops, "primary": m.Primary, "routes": m.Routes, "bsd": m.BSD,
		"ipsec": m.IPSec, "configs": m.Configs, "includes": m.Includes,
	}
	b, err := json.Marshal(typed)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var stmts, verb []string
	// Sequence numbers (columns 73-80) are not allowed, the model skips
	// them, and import leaves them out.
	words := func(s *profile.Statement) int {
		n := 0
		for _, t := range s.Tokens {
			if !t.SequenceNumber() {
				n++
			}
		}
		return n
	}
	for _, s := range m.Statements {
		// The typed statements hold what a modelled statement says; here
		// only the order and the number of words count.
		if words(s) > 0 {
			stmts = append(stmts, fmt.Sprintf("%s %d", s.Name, words(s)))
		}
	}
	for _, s := range m.Verbatim {
		if words(s) > 0 {
			verb = append(verb, stmtView(s))
		}
	}
	var files []string
	for _, f := range m.Files[1:] {
		files = append(files, filepath.Base(f.Name))
	}
	var codes []string
	for _, d := range ds {
		switch d.Code {
		case profile.CodeAbbrev:
			continue // the YAML spells keywords in full
		case profile.CodeBadByte, profile.CodeCommentByte, profile.CodeNBSP, profile.CodeSemicolon, profile.CodeSequenceNum, profile.CodeBOM:
			continue // about the bytes of native text, which YAML does not hold
		}
		codes = append(codes, d.Severity.String()+" "+d.Code)
	}
	sort.Strings(codes)
	return map[string]any{"typed": strip(v), "statements": stmts, "verbatim": verb, "included": files, "codes": codes}
}

// stmtView is a statement kept verbatim: its canonical name and its words
// as written.
func stmtView(s *profile.Statement) string {
	var b strings.Builder
	b.WriteString(s.Name)
	for _, tk := range s.Tokens {
		if !tk.SequenceNumber() {
			b.WriteString(" " + tk.Text)
		}
	}
	for _, c := range s.Body {
		b.WriteString(" {" + stmtView(c) + "}")
	}
	if len(s.End) > 0 {
		b.WriteString(" " + strings.ToUpper(s.End[0].Text))
	}
	return b.String()
}

// strip drops positions and keywords as written from a JSON value.
func strip(v any) any {
	switch x := v.(type) {
	case map[string]any:
		delete(x, "span")
		delete(x, "key")
		for k, e := range x {
			x[k] = strip(e)
		}
	case []any:
		for i, e := range x {
			x[i] = strip(e)
		}
	}
	return v
}

// TestProfileImportRoundTrip: every profile, imported to YAML and loaded
// back, gives the same model (typed statements, statements kept verbatim,
// includes followed) and the same findings.
func TestProfileImportRoundTrip(t *testing.T) {
	for _, path := range profileInputs(t) {
		rel, _ := filepath.Rel(filepath.Join(golden.Root(), ".."), path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := profile.Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			out, err := desired.Marshal(desired.ExportProfile(f, data))
			if err != nil {
				t.Fatal(err)
			}
			yf := desired.ParseProfile(path+".yaml", out)
			for _, d := range yf.Diagnostics {
				if strings.HasPrefix(d.Code, "YM") {
					t.Fatalf("imported YAML does not load: %v\n%s", d, out)
				}
			}
			m1, d1 := tcpprofile.FromFile(f, tcpprofile.FileOpener(), tcpprofile.Options{})
			// The YAML stands for the native file: an include of the
			// native file is one of the YAML (include cycles).
			open := func(ref, from string) (string, []byte, error) {
				p, d, err := tcpprofile.FileOpener()(ref, from)
				if p == path {
					p = path + ".yaml"
				}
				return p, d, err
			}
			m2, d2 := tcpprofile.FromFile(yf, open, tcpprofile.Options{})
			v1 := profileView(t, m1, append(d1, m1.Check()...))
			v2 := profileView(t, m2, append(d2, m2.Check()...))
			if diff := cmp.Diff(v1, v2); diff != "" {
				t.Errorf("model differs after import (-native +yaml):\n%s\nYAML:\n%s", diff, out)
			}
		})
	}
}

// syslogView is the routing model of a syslog.conf without positions, and
// the codes of its findings.
func syslogView(f *gsyslog.File) map[string]any {
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
			continue // layout: the YAML puts a rule on one record, comments in column 1
		}
		codes = append(codes, d.Severity.String()+" "+d.Code)
	}
	sort.Strings(codes)
	return map[string]any{"rules": rules, "skipped": len(c.Skipped), "statements": stmts, "codes": codes}
}

// TestSyslogImportRoundTrip: every syslog.conf, imported to YAML and
// loaded back, routes every message the same way.
func TestSyslogImportRoundTrip(t *testing.T) {
	for _, path := range syslogInputs(t) {
		rel, _ := filepath.Rel(filepath.Join(golden.Root(), ".."), path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := gsyslog.Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			out, err := desired.Marshal(desired.ExportSyslog(f, data))
			if err != nil {
				t.Fatal(err)
			}
			yf := desired.ParseSyslog(path+".yaml", out)
			for _, d := range yf.Diagnostics {
				if strings.HasPrefix(d.Code, "YM") {
					t.Fatalf("imported YAML does not load: %v\n%s", d, out)
				}
			}
			if diff := cmp.Diff(syslogView(f), syslogView(yf)); diff != "" {
				t.Errorf("model differs after import (-native +yaml):\n%s\nYAML:\n%s", diff, out)
			}
		})
	}
}

// FuzzParseNative: arbitrary bytes never make the profile or syslog
// document loader panic, every diagnostic has a position, and the models
// read from what it builds never panic either.
func FuzzParseNative(f *testing.F) {
	for _, pat := range []string{"golden/yaml/*/*.yaml", "examples/*/*.yaml"} {
		m, _ := filepath.Glob(filepath.Join(golden.Root(), pat))
		for _, p := range m {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("profile:\n  - verbatim: |\n      HOME\n        10.1.1.1 L\n  - INTERFACE: X\n    DEFINE: IPAQENET\n"))
	f.Add([]byte("syslog:\n  - selector: [a.b, '*.c']\n    destination: /x\n    options: [-F 640]\n  - verbatim: |2\n       *.err /y\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pf := desired.ParseProfile("fuzz.yaml", data)
		sf := desired.ParseSyslog("fuzz.yaml", data)
		for _, ds := range []source.Diagnostics{pf.Diagnostics, sf.Diagnostics} {
			for _, x := range ds {
				if x.Span.Line < 1 || x.Span.Col < 1 {
					t.Fatalf("diagnostic without a position: %v", x)
				}
			}
		}
		m, _ := tcpprofile.FromFile(pf, nil, tcpprofile.Options{})
		_ = m.Check()
		_ = pf.Bytes()
		_ = msyslog.Check(msyslog.New(sf), msyslog.Options{Overlaps: true})
	})
}
