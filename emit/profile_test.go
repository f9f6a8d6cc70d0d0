package emit

import (
	"errors"
	"fmt"
	"io/fs"
	"net/netip"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/golden/gen"
	"github.com/zosnet/znet/grammar"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// profileCorpus lists every TCP/IP profile of the repository: the inputs
// of the profile, migrate and fmt-profile golden tests (with the members
// they include), the examples, and every other file under golden/ and
// examples/ that znet recognises as a profile (built members, expected
// migrate output).
func profileCorpus(t testing.TB) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	add := func(fn string) {
		if !seen[fn] {
			seen[fn] = true
			out = append(out, fn)
		}
	}
	for _, pat := range []string{
		golden.Path("profile", "*.prof"), golden.Path("profile", "*.inc"),
		golden.Path("migrate", "*.prof"), golden.Path("migrate", "*.inc"),
		golden.Path("fmt-profile", "*.prof"),
	} {
		m, _ := filepath.Glob(pat)
		for _, fn := range m {
			add(fn)
		}
	}
	for _, dir := range []string{golden.Path(), filepath.Join(golden.Root(), "examples")} {
		_ = filepath.WalkDir(dir, func(fn string, d fs.DirEntry, err error) error {
			switch filepath.Ext(fn) {
			case ".go", ".md", ".yaml", ".yml", ".json", ".golden", ".out":
				return nil
			}
			if err != nil || d.IsDir() {
				return nil
			}
			data, err := os.ReadFile(fn)
			if err != nil {
				return nil
			}
			if strings.HasSuffix(fn, ".prof") || strings.HasSuffix(fn, ".inc") {
				add(fn)
				return nil
			}
			if detectProfile(fn, data) {
				add(fn)
			}
			return nil
		})
	}
	sort.Strings(out)
	if len(out) < 60 {
		t.Fatalf("only %d profiles found", len(out))
	}
	return out
}

// detectProfile reports whether znet recognises data as a profile. A
// family's Score that panics counts as no (grammar/syslog's did on a
// record of only non-breaking spaces).
func detectProfile(fn string, data []byte) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	fam, err := grammar.Detect(fn, data)
	return err == nil && fam.Kind == "profile"
}

// sharedProfiles lists the profiles and OBEYFILE samples beside the
// repository (skipping when there are none).
func sharedProfiles(t testing.TB) []string {
	dir := golden.Samples(t)
	var out []string
	for _, pat := range []string{"*.prof", "obey*.txt"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		out = append(out, m...)
	}
	sort.Strings(out)
	return out
}

// describeProfile renders a syntax tree without positions: every
// statement's name, words, flags and comments by where they attach, the
// block structure, the file's comments.
func describeProfile(f *profile.File) string {
	var b strings.Builder
	var stmt func(s *profile.Statement, depth int)
	texts := func(cs []profile.Comment) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Text)
		}
		return out
	}
	stmt = func(s *profile.Statement, depth int) {
		ind := strings.Repeat("  ", depth)
		var words []string
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		fmt.Fprintf(&b, "%s%s %q block=%v unknown=%v placeholder=%v incomplete=%v\n", ind, s.Name, words, s.Block, s.Unknown, s.Placeholder, s.Incomplete)
		fmt.Fprintf(&b, "%s  leading %q\n%s  inner %q\n", ind, texts(s.Leading), ind, texts(s.Inner))
		if s.Trailing != nil {
			fmt.Fprintf(&b, "%s  trailing %q\n", ind, s.Trailing.Text)
		}
		for _, c := range s.Body {
			stmt(c, depth+1)
		}
		if len(s.End) > 0 {
			fmt.Fprintf(&b, "%s  end %q\n", ind, s.End[0].Text)
		}
		if len(s.EndComments) > 0 {
			fmt.Fprintf(&b, "%s  end comments %q\n", ind, texts(s.EndComments))
		}
	}
	for _, s := range f.Statements {
		stmt(s, 0)
	}
	fmt.Fprintf(&b, "file comments %q\n", texts(f.Comments))
	return b.String()
}

// expectProfile turns the tree of the input into the tree the formatted
// text must parse to: sequence numbers gone, words as printed (keywords
// in their canonical spelling), comment texts as printed, and the
// comments the printer declared moved above their statement moved there.
func expectProfile(f *profile.File, p *pprinter) {
	var fix func(s *profile.Statement, ctx pctx)
	fixComments := func(cs []profile.Comment) {
		for i := range cs {
			cs[i].Text = commentText(cs[i].Text)
		}
	}
	fix = func(s *profile.Statement, ctx pctx) {
		argCtx := ctx
		if s.Block {
			argCtx = ctxBlock
			if modeledBlocks[s.Name] {
				argCtx = ctxModeled
			}
		}
		sh := profileShape(s, argCtx)
		toks := append([]profile.Token{}, s.Tokens...)
		for i := range toks {
			toks[i].Text = sh.words[i]
		}
		s.Tokens = toks
		if lifted := p.lifted[s]; len(lifted) > 0 {
			var inner []profile.Comment
			for _, c := range s.Inner {
				keep := true
				for _, l := range lifted {
					if l == c {
						keep = false
					}
				}
				if keep {
					inner = append(inner, c)
				}
			}
			s.Inner = inner
			if p.moved[s] {
				s.Trailing = nil
			}
			s.Leading = append(s.Leading, lifted...)
		}
		fixComments(s.Leading)
		fixComments(s.Inner)
		if s.Trailing != nil {
			c := *s.Trailing
			c.Text = commentText(c.Text)
			s.Trailing = &c
		}
		for _, b := range s.Body {
			fix(b, argCtx)
		}
		if len(s.End) > 0 {
			end := append([]profile.Token{}, s.End...)
			if c := profile.Canonical(end[0].Text); c != "" {
				end[0].Text = c
			}
			s.End = end
		}
		fixComments(s.EndComments)
	}
	for _, s := range f.Statements {
		fix(s, ctxTop)
	}
	fixComments(f.Comments)
}

// typedProfile is what the model reads from a profile, without
// positions.
type typedProfile struct {
	Devices    []*tcpprofile.Device
	Links      []*tcpprofile.Link
	Interfaces []*tcpprofile.Interface
	Homes      []*tcpprofile.Home
	Starts     []*tcpprofile.NameRef
	Stops      []*tcpprofile.NameRef
	Primary    []*tcpprofile.NameRef
	Routes     []*tcpprofile.Routes
	BSD        []*tcpprofile.BSDRoutingParms
	IPSec      []*tcpprofile.IPSec
	Configs    []*tcpprofile.Config
	Includes   []*tcpprofile.Include
	Verbatim   []string
	Diags      []string // the model's own (PR2xx), without positions
}

func typedOf(f *profile.File) typedProfile {
	m, ds := tcpprofile.FromFile(f, nil, tcpprofile.Options{})
	t := typedProfile{Devices: m.Devices, Links: m.Links, Interfaces: m.Interfaces, Homes: m.Homes,
		Starts: m.Starts, Stops: m.Stops, Primary: m.Primary, Routes: m.Routes, BSD: m.BSD, IPSec: m.IPSec,
		Configs: m.Configs, Includes: m.Includes}
	for _, s := range m.Verbatim {
		t.Verbatim = append(t.Verbatim, s.Text())
	}
	for _, d := range ds {
		if strings.HasPrefix(d.Code, "PR2") {
			t.Diags = append(t.Diags, fmt.Sprintf("%s %s %s", d.Severity, d.Code, d.Message))
		}
	}
	sort.Strings(t.Diags)
	return t
}

var typedOpts = cmp.Options{
	cmpopts.IgnoreFields(tcpprofile.Value{}, "Span"),
	cmpopts.IgnoreTypes((*profile.Statement)(nil)),
	cmp.Comparer(func(a, b netip.Addr) bool { return a == b }),
}

// checkProfile formats one profile and checks the properties of the
// printer: a file with syntax errors is refused; otherwise the text
// parses without errors to the same tree (statements, words up to the
// spelling of keywords, blocks, comments) and the same typed model, with
// no diagnostic the input did not have; formatting it again changes
// nothing; it has LF line ends, no trailing blanks, no tabs outside
// quoted strings, ends with one line end; and every record longer than
// 80 columns is reported (FM104). It returns the formatted text, and
// false when the file was refused.
func checkProfile(t testing.TB, name string, data []byte) ([]byte, bool) {
	t.Helper()
	out, warns, err := FormatProfile(name, data)
	in, perr := profile.Parse(name, data)
	if perr != nil {
		t.Fatalf("%s: %v", name, perr)
	}
	// PrintProfile of the tree as parsed, sequence numbers and all, reads
	// back without errors (but for words after a sequence number, which
	// FormatProfile refuses).
	if printed := PrintProfile(in); !in.Diagnostics.HasErrors() {
		var fe *FormatError
		if !errors.As(err, &fe) || fe.Diags[0].Code != CodeAfterSeqNum {
			if back, _ := profile.Parse(name, printed); back.Diagnostics.HasErrors() {
				t.Fatalf("%s: PrintProfile of the parsed tree has errors: %v\n%s", name, back.Diagnostics, printed)
			}
		}
	}
	if in.Diagnostics.HasErrors() {
		var fe *FormatError
		if !errors.As(err, &fe) || !fe.Syntax {
			t.Fatalf("%s: syntax errors, but not refused: %v", name, err)
		}
		return nil, false
	}
	if err != nil {
		var fe *FormatError
		if errors.As(err, &fe) && len(fe.Diags) > 0 && fe.Diags[0].Code == CodeAfterSeqNum {
			return nil, false
		}
		t.Fatalf("%s: %v", name, err)
	}

	// The expected tree, and the printer's decisions on it.
	exp, _ := profile.Parse(name, data)
	if _, _, bad := stripSequenceNumbers(exp); len(bad) > 0 {
		t.Fatalf("%s: formatted although %v", name, bad)
	}
	p := &pprinter{}
	p.file(exp)
	if string(p.b) != string(out) {
		t.Fatalf("%s: FormatProfile and PrintProfile differ", name)
	}
	expectProfile(exp, p)

	got, perr := profile.Parse(name, out)
	if perr != nil {
		t.Fatalf("%s: %v", name, perr)
	}
	if got.Diagnostics.HasErrors() {
		t.Fatalf("%s: the formatted text has errors: %v\n%s", name, got.Diagnostics, out)
	}
	if a, b := describeProfile(exp), describeProfile(got); a != b {
		t.Fatalf("%s: the formatted text reads differently\n%s\n--- formatted\n%s", name, lineDiff(a, b), out)
	}
	// No new diagnostics.
	count := map[string]int{}
	for _, d := range in.Diagnostics {
		count[d.Code]++
	}
	if len(exp.Statements) == 0 {
		count[profile.CodeEmpty]++ // its statements were sequence numbers
	}
	for _, d := range got.Diagnostics {
		if count[d.Code] == 0 {
			t.Fatalf("%s: the formatted text has a new diagnostic %v\n%s", name, d, out)
		}
		count[d.Code]--
	}
	// The typed model.
	if diff := cmp.Diff(typedOf(exp), typedOf(got), typedOpts); diff != "" {
		t.Fatalf("%s: the model of the formatted text differs (-input +formatted):\n%s\n%s", name, diff, out)
	}
	// Idempotence, through FormatProfile and through PrintProfile.
	again, _, err := FormatProfile(name, out)
	if err != nil || string(again) != string(out) {
		t.Fatalf("%s: not idempotent (%v)\n--- first\n%s--- second\n%s", name, err, out, again)
	}
	if printed := PrintProfile(got); string(printed) != string(out) {
		t.Fatalf("%s: PrintProfile of the formatted tree differs\n%s", name, lineDiff(string(out), string(printed)))
	}
	checkProfileText(t, name, out, warns)
	return out, true
}

// checkProfileText checks the lexical properties of formatted text.
func checkProfileText(t testing.TB, name string, out []byte, warns source.Diagnostics) {
	t.Helper()
	s := string(out)
	if s != "" && (!strings.HasSuffix(s, "\n") || strings.HasSuffix(s, "\n\n")) {
		t.Fatalf("%s: text does not end with exactly one line end: %q", name, s[max(0, len(s)-20):])
	}
	if strings.HasPrefix(s, "\n") || strings.HasPrefix(s, "\xEF\xBB\xBF") {
		t.Fatalf("%s: text begins with a blank line or a byte order mark", name)
	}
	long := map[int]bool{}
	for _, w := range warns {
		if w.Code == CodeLongRecord {
			var l int
			if _, err := fmt.Sscanf(w.Message[strings.Index(w.Message, "line "):], "line %d", &l); err == nil {
				long[l] = true
			}
		}
	}
	for i, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		switch {
		case strings.HasSuffix(l, " "):
			t.Fatalf("%s: line %d has trailing blanks: %q", name, i+1, l)
		case strings.Contains(l, "\r"):
			t.Fatalf("%s: line %d has a carriage return", name, i+1)
		case tabOutside(l):
			t.Fatalf("%s: line %d has a tab: %q", name, i+1, l)
		case utf8.RuneCountInString(l) > Width && !long[i+1]:
			t.Fatalf("%s: line %d is longer than 80 columns without a warning: %q", name, i+1, l)
		case utf8.RuneCountInString(l) <= Width && long[i+1]:
			t.Fatalf("%s: line %d reported long but is not: %q", name, i+1, l)
		}
	}
}

// tabOutside reports whether a line has a tab outside its quoted
// strings (where the grammar takes a quoted string: '"' at the start of a
// word, to the next '"').
func tabOutside(l string) bool {
	in, wordStart := false, true
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case in:
			in = c != '"'
		case c == '"' && wordStart:
			in = true
		case c == '\t':
			return true
		}
		wordStart = c == ' ' || !in && c == '"' && i > 0
	}
	return false
}

// lineDiff shows the lines of a and b that differ.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var sb strings.Builder
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			fmt.Fprintf(&sb, "- %s\n+ %s\n", x, y)
		}
	}
	return sb.String()
}

// TestProfileRoundTrip: every profile of the repository formats to text
// that reads the same, and formatting is idempotent.
func TestProfileRoundTrip(t *testing.T) {
	formatted := 0
	for _, fn := range profileCorpus(t) {
		data, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(golden.Root(), fn)
		t.Run(rel, func(t *testing.T) {
			if _, ok := checkProfile(t, filepath.Base(fn), data); ok {
				formatted++
			}
		})
	}
	if formatted < 50 {
		t.Errorf("only %d profiles formatted", formatted)
	}
}

// TestProfileRoundTripSamples: the same for the profiles and OBEYFILE
// samples beside the repository.
func TestProfileRoundTripSamples(t *testing.T) {
	for _, fn := range sharedProfiles(t) {
		data, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(fn), func(t *testing.T) { checkProfile(t, filepath.Base(fn), data) })
	}
}

// TestProfileGolden formats golden/fmt-profile/*.prof and compares the
// warnings and the text (or, for a refused file, the problems) with the
// .out files.
func TestProfileGolden(t *testing.T) {
	ins := golden.Inputs(t, "fmt-profile", ".prof")
	if len(ins) < 12 {
		t.Errorf("%d golden inputs, want at least 12", len(ins))
	}
	for _, in := range ins {
		base := filepath.Base(in)
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			out, warns, err := FormatProfile(base, data)
			var sb strings.Builder
			for _, w := range warns {
				sb.WriteString("; " + w.String() + "\n")
			}
			var fe *FormatError
			switch {
			case errors.As(err, &fe):
				fmt.Fprintf(&sb, "; refused: %v\n", err)
				for _, d := range fe.Diags {
					sb.WriteString("; " + d.String() + "\n")
				}
			case err != nil:
				t.Fatal(err)
			default:
				if len(warns) > 0 {
					sb.WriteString("; ----\n")
				}
				sb.Write(out)
			}
			golden.Check(t, filepath.Join("fmt-profile", strings.TrimSuffix(base, ".prof")+".out"), []byte(sb.String()))
		})
	}
}

// TestProfileKeywordsAgree: every word model/profile reads as a parameter
// keyword (and every TCPCONFIG/IPCONFIG flag) is one the printer
// upper-cases and begins a parameter group with, over the whole corpus.
func TestProfileKeywordsAgree(t *testing.T) {
	checked := 0
	for _, fn := range profileCorpus(t) {
		data, _ := os.ReadFile(fn)
		f, err := profile.Parse(fn, data)
		if err != nil || f.Diagnostics.HasErrors() {
			continue
		}
		type at struct{ line, col int }
		type word struct {
			upper, group bool
		}
		words := map[at]word{}
		var walk func(s *profile.Statement, ctx pctx)
		walk = func(s *profile.Statement, ctx pctx) {
			argCtx := ctx
			if s.Block {
				argCtx = ctxBlock
				if modeledBlocks[s.Name] {
					argCtx = ctxModeled
				}
			}
			sh := profileShape(s, argCtx)
			for i, tk := range s.Tokens {
				words[at{tk.Line, tk.Col}] = word{upper: i > 0 && sh.words[i] == strings.ToUpper(tk.Text), group: sh.group[i] || sh.entry[i]}
			}
			for _, b := range s.Body {
				walk(b, argCtx)
			}
		}
		for _, s := range f.Statements {
			walk(s, ctxTop)
		}
		m, _ := tcpprofile.FromFile(f, nil, tcpprofile.Options{})
		check := func(what string, v tcpprofile.Value, group bool) {
			w, ok := words[at{v.Span.Line, v.Span.Col}]
			if !ok {
				t.Errorf("%s: %s %q at %d:%d is no token", fn, what, v.Text, v.Span.Line, v.Span.Col)
				return
			}
			checked++
			if !w.upper || group && !w.group {
				t.Errorf("%s:%d:%d: the model reads %s %q; the printer does not print it as one (upper %v, group %v)",
					filepath.Base(fn), v.Span.Line, v.Span.Col, what, v.Text, w.upper, w.group)
			}
		}
		params := func(ps tcpprofile.Params) {
			for _, p := range ps {
				check("parameter", p.Key, true)
			}
		}
		for _, d := range m.Devices {
			params(d.Params)
		}
		for _, l := range m.Links {
			params(l.Params)
		}
		for _, i := range m.Interfaces {
			params(i.Params)
		}
		for _, rs := range m.Routes {
			for _, r := range rs.Routes {
				params(r.Params)
			}
		}
		for _, b := range m.IPSec {
			params(b.Params)
			for _, r := range b.Rules {
				params(r.Params)
			}
		}
		for _, c := range m.Configs {
			for _, v := range c.Flags {
				check("flag", v, false)
			}
			// Kept on their records (not grouped), keywords upper-cased.
			for _, p := range c.Params {
				check(c.Verb+" parameter", p.Key, false)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d keywords checked", checked)
	}
}

// TestProfileGrammarAgrees: the printer's copies of what the grammar
// knows (which blocks it models, how many arguments after a keyword are
// names even when they spell keywords) are the grammar's.
func TestProfileGrammarAgrees(t *testing.T) {
	blocks := map[string]string{
		"AUTOLOG": "ENDAUTOLOG", "BEGINROUTES": "ENDROUTES", "BSDROUTINGPARMS": "ENDBSDROUTINGPARMS",
		"DEFADDRTABLE": "ENDDEFADDRTABLE", "IPSEC": "ENDIPSEC", "NETACCESS": "ENDNETACCESS",
		"SRCIP": "ENDSRCIP", "VIPADYNAMIC": "ENDVIPADYNAMIC",
	}
	subs := map[string]string{
		"ROUTE": "BEGINROUTES", "IPSECRULE": "IPSEC", "IPSEC6RULE": "IPSEC", "VIPABACKUP": "VIPADYNAMIC",
		"VIPADEFINE": "VIPADYNAMIC", "VIPADELETE": "VIPADYNAMIC", "VIPADISTRIBUTE": "VIPADYNAMIC",
		"VIPARANGE": "VIPADYNAMIC", "VIPAROUTE": "VIPADYNAMIC", "VIPASMPARMS": "VIPADYNAMIC",
	}
	parse := func(text string) *profile.File {
		f, err := profile.Parse("x", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	ends := map[string]bool{}
	for _, e := range blocks {
		ends[e] = true
	}
	for _, kw := range profile.Keywords() {
		if strings.HasPrefix(kw, "END") {
			if !ends[kw] {
				t.Errorf("END statement %s unknown to the test", kw)
			}
			continue
		}
		if end, ok := blocks[kw]; ok {
			// A statement keyword at the start of a record inside the
			// block ends a modelled block only.
			f := parse(kw + "\nSTART X\n" + end + "\n")
			if modeled := f.Diagnostics.HasErrors(); modeled != modeledBlocks[kw] {
				t.Errorf("%s: the grammar models the block: %v; the printer thinks %v", kw, modeled, modeledBlocks[kw])
			}
			continue
		}
		// Forced arguments: a keyword on the statement's record is an
		// argument up to the forced count.
		forced := 0
		for k := 1; k <= 5; k++ {
			text := kw + strings.Repeat(" A", k-1) + " LINK\n"
			if blk, ok := subs[kw]; ok {
				text = blk + "\n" + kw + strings.Repeat(" A", k-1) + " " + blocks[blk] + "\n" + blocks[blk] + "\n"
				if !parse(text).Diagnostics.HasErrors() {
					forced = k
				}
				continue
			}
			if kw == "HOME" {
				continue
			}
			if f := parse(text); len(f.Statements) == 1 {
				forced = k
			}
		}
		if forced != forcedArgs[kw] {
			t.Errorf("%s: the grammar takes %d keyword-like arguments as names; the printer thinks %d", kw, forced, forcedArgs[kw])
		}
	}
}

// TestPrintProfileBuilt prints trees built by code: no positions, no
// file name, keywords written as the code wrote them.
func TestPrintProfileBuilt(t *testing.T) {
	tok := func(words ...string) []profile.Token {
		out := make([]profile.Token, len(words))
		for i, w := range words {
			out[i] = profile.Token{Text: w}
		}
		return out
	}
	st := func(name string, words ...string) *profile.Statement {
		return &profile.Statement{Name: name, Tokens: tok(words...)}
	}
	intf := st("INTERFACE", "interface", "OSA&SYSCLONE.", "define", "ipaqenet", "chpidtype", "osd", "portname", "PortA",
		"ipaddr", "10.1.1.2/24", "vlanid", "100", "vmac", "routeall", "inbperf", "dynamic", "workloadq",
		"sourcevipainterface", "VIPA1", "mtu", "8992")
	intf.Leading = []profile.Comment{{Text: "; OSA port A"}}
	intf.Trailing = &profile.Comment{Text: "; primary"}
	routes := &profile.Statement{Name: "BEGINROUTES", Tokens: tok("BEGINROUTES"), Block: true,
		Body: []*profile.Statement{st("ROUTE", "ROUTE", "DEFAULT", "10.1.1.1", "OSA&SYSCLONE.", "mtu", "1492")},
		End:  tok("ENDROUTES")}
	ipsec := &profile.Statement{Name: "IPSEC", Tokens: tok("IPSEC", "logenable"), Block: true,
		Body: []*profile.Statement{
			st("IPSECRULE", "IPSECRULE", "10.1.1.1", "-", "10.1.1.9", "10.2.0.0/16", "nolog", "protocol", "tcp",
				"srcport", "20", "21", "destport", "1024", "65535", "routing", "routed", "fragmentsonly",
				"secclass", "7", "direction", "inbound", "inbconnect"),
		},
		End: tok("ENDIPSEC"), EndComments: []profile.Comment{{Text: "more rules go here"}}}
	f := &profile.File{Statements: []*profile.Statement{
		intf,
		st("HOME", "HOME", "10.1.1.3", "LNK1", "10.1.1.4", "LNK2", "primary"),
		st("PORT", "PORT", "20", "TCP", "OMVS", "NOAUTOLOG", "21", "TCP", "FTPD1", "23", "TCP", "TN3270", "623", "TCP",
			"INTCLIEN", "992", "TCP", "TN3270", "5000", "TCP", "JOB1", "5001", "TCP", "JOB2"),
		routes, ipsec,
		st("INCLUDE", "include", "/u/tcpip/profile.&SYSNAME..inc"),
	}, Comments: []profile.Comment{{Text: "; end"}}}
	got := string(PrintProfile(f))
	want := `; OSA port A
INTERFACE OSA&SYSCLONE. DEFINE IPAQENET CHPIDTYPE OSD PORTNAME PortA
  IPADDR 10.1.1.2/24 VLANID 100 VMAC ROUTEALL INBPERF DYNAMIC WORKLOADQ
  SOURCEVIPAINTERFACE VIPA1 MTU 8992 ; primary
HOME
  10.1.1.3 LNK1
  10.1.1.4 LNK2 PRIMARY
PORT 20 TCP OMVS NOAUTOLOG 21 TCP FTPD1 23 TCP TN3270 623 TCP INTCLIEN
  992 TCP TN3270 5000 TCP JOB1 5001 TCP JOB2
BEGINROUTES
  ROUTE DEFAULT 10.1.1.1 OSA&SYSCLONE. MTU 1492
ENDROUTES
IPSEC LOGENABLE
  IPSECRULE 10.1.1.1 - 10.1.1.9 10.2.0.0/16 NOLOG PROTOCOL TCP
    SRCPORT 20 21 DESTPORT 1024 65535 ROUTING ROUTED FRAGMENTSONLY
    SECCLASS 7 DIRECTION INBOUND INBCONNECT
  ; more rules go here
ENDIPSEC
INCLUDE /u/tcpip/profile.&SYSNAME..inc
; end
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s\n%s", got, want, lineDiff(want, got))
	}
	// It reads back as built.
	back, err := profile.Parse("", []byte(got))
	if err != nil || back.Diagnostics.HasErrors() {
		t.Fatalf("%v %v", err, back.Diagnostics)
	}
	if again := string(PrintProfile(back)); again != got {
		t.Errorf("not idempotent:\n%s", lineDiff(got, again))
	}
	if PrintProfile(nil) != nil || len(PrintProfile(&profile.File{})) != 0 {
		t.Error("an empty tree prints something")
	}
}

// TestFormatProfileRefused: syntax errors, and words after a sequence
// number, are refused with their diagnostics.
func TestFormatProfileRefused(t *testing.T) {
	for _, tc := range []struct{ text, code string }{
		{"BEGINROUTES\n  ROUTE DEFAULT 10.1.1.1 L1 MTU 1500\n", profile.CodeUnclosed},
		{"HOME 10.1.1.1 L1\nENDHOME\n", profile.CodeUnknown},
		{"START DEV1" + strings.Repeat(" ", 62) + "00010000 X\n", CodeAfterSeqNum},
	} {
		_, _, err := FormatProfile("p", []byte(tc.text))
		var fe *FormatError
		if !errors.As(err, &fe) || !fe.Syntax || len(fe.Diags) == 0 || fe.Diags[0].Code != tc.code {
			t.Errorf("%q: got %v, want a refusal with %s", tc.text, err, tc.code)
		}
	}
}

// BenchmarkFormatProfile formats a generated profile of 200 000 records
// (parse, sequence number check, print).
func BenchmarkFormatProfile(b *testing.B) {
	data := gen.Profile(200000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out, _, err := FormatProfile("gen.prof", data)
		if err != nil || len(out) == 0 {
			b.Fatal(err)
		}
	}
}
