package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/source"
)

// policyWith is a small valid policy: two rules sharing group g and
// environment e; extra is added inside the group, env inside the
// environment.
func policyWith(group, env string) string {
	return `TTLSRule                      R1
{
  LocalPortRange              992
  Direction                   Inbound
  TTLSGroupActionRef          g
  TTLSEnvironmentActionRef    e
}
TTLSRule                      R2
{
  LocalPortRange              990
  Direction                   Inbound
  TTLSGroupActionRef          g
  TTLSEnvironmentActionRef    e
}
TTLSGroupAction               g
{
  TTLSEnabled                 On
` + group + `}
TTLSEnvironmentAction         e
{
  HandshakeRole               Server
  TTLSKeyringParms
  {
    Keyring                   TCPIP/Ring
  }
` + env + `}
`
}

func summarize(fs []*Finding) []string {
	var out []string
	for _, f := range fs {
		s := fmt.Sprintf("%s %d:%d %s", f.RuleID, f.Span.Line, f.Span.Col, f.Severity)
		if f.Uncertain {
			s += " uncertain"
		}
		out = append(out, s)
	}
	return out
}

func lintOnly(fs []*Finding) []*Finding {
	var out []*Finding
	for _, f := range fs {
		if f.Category != CatModel && f.Category != CatSyntax {
			out = append(out, f)
		}
	}
	return out
}

func TestSharedGroupOneFinding(t *testing.T) {
	res := Run(inputOf(t, "p.conf", policyWith("  Trace 255\n", "")), Options{Config: noTLS()})
	fs := lintOnly(res.Findings)
	if len(fs) != 1 {
		t.Fatalf("want one finding, got %v", summarize(fs))
	}
	f := fs[0]
	if f.RuleID != "HYG004" || f.Span.Line != 18 || f.Statement != "TTLSGroupAction g" {
		t.Errorf("got %+v", f)
	}
	if !reflect.DeepEqual(f.Affects, []string{"TTLSRule R1", "TTLSRule R2"}) {
		t.Errorf("affects %v", f.Affects)
	}
}

// A common file read for two stacks gives one finding, not two.
func TestCommonFileAcrossSets(t *testing.T) {
	common := `TTLSGroupAction               g
{
  TTLSEnabled                 On
  Trace                       255
}
TTLSEnvironmentAction         e
{
  HandshakeRole               Server
  TTLSKeyringParms
  {
    Keyring                   TCPIP/Ring
  }
}
`
	stack := func(rule string) string {
		return "TTLSRule " + rule + "\n{\n  LocalPortRange 992\n  Direction Inbound\n  TTLSGroupActionRef g\n  TTLSEnvironmentActionRef e\n}\n"
	}
	a := inputOf(t, "common.conf", common, "a.conf", stack("RA"))
	b := inputOf(t, "common.conf", common, "b.conf", stack("RB"))
	in := Input{Sets: append(a.Sets, b.Sets...)}
	res := Run(in, Options{Config: noTLS()})
	fs := lintOnly(res.Findings)
	if len(fs) != 1 || !reflect.DeepEqual(fs[0].Affects, []string{"TTLSRule RA", "TTLSRule RB"}) {
		t.Fatalf("got %v (%v)", summarize(fs), fs)
	}
}

func TestUncertain(t *testing.T) {
	// The advanced parms block is never closed: its HandshakeTimeout is
	// reported as uncertain; the group's Trace, at a weaker level than
	// the damaged environment, is also uncertain, since the environment
	// could have overridden it; a placeholder value is not reported.
	src := `TTLSRule                      R1
{
  LocalPortRange              992
  Direction                   Inbound
  TTLSGroupActionRef          g
  TTLSEnvironmentActionRef    e
}
TTLSGroupAction               g
{
  TTLSEnabled                 On
  Trace                       255
}
TTLSKeyringParms              k
{
  Keyring                     /x/y.kdb
  KeyringPw                   ...
}
TTLSEnvironmentAction         e
{
  HandshakeRole               Server
  TTLSKeyringParmsRef         k
  TTLSEnvironmentAdvancedParms
  {
    HandshakeTimeout          0
`
	in := inputOf(t, "u.conf", src)
	if !in.Syntax.HasErrors() {
		t.Fatal("the input should have syntax errors")
	}
	got := summarize(lintOnly(Run(in, Options{Config: noTLS()}).Findings))
	want := []string{"HYG004 11:3 warning uncertain", "HYG002 15:3 warning", "HYG005 24:5 warning uncertain"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestUncertainDangling(t *testing.T) {
	src := strings.Replace(policyWith("  Trace 255\n", ""), "  TTLSEnvironmentActionRef    e\n}\nTTLSRule                      R2",
		"  TTLSEnvironmentActionRef    e\n  TTLSConnectionActionRef     missing\n}\nTTLSRule                      R2", 1)
	res := Run(inputOf(t, "d.conf", src), Options{Config: noTLS()})
	fs := lintOnly(res.Findings)
	if len(fs) != 1 || fs[0].Uncertain {
		// R2's copy is certain, so the merged finding is certain.
		t.Fatalf("got %v", summarize(fs))
	}
	// R1 alone: uncertain, naming the missing action.
	src = strings.Replace(src, "TTLSGroupActionRef          g\n  TTLSEnvironmentActionRef    e\n}\n", "TTLSGroupActionRef          none\n}\n", 1)
	src = strings.Replace(src, "TTLSRule                      R2\n{\n  LocalPortRange              990\n  Direction                   Inbound\n  TTLSGroupActionRef          none\n}\n", "", 1)
	fs = lintOnly(Run(inputOf(t, "d.conf", src), Options{Config: noTLS()}).Findings)
	if len(fs) != 1 || !fs[0].Uncertain || !strings.Contains(fs[0].Why, "missing, which is not defined") {
		t.Fatalf("got %v %+v", summarize(fs), fs)
	}
}

func TestConfig(t *testing.T) {
	in := inputOf(t, "p.conf", policyWith("  Trace 255\n  CtraceClearText On\n", "  TTLSEnvironmentAdvancedParms\n  {\n    HandshakeTimeout 0\n  }\n"))
	cfg, err := ParseConfig("c.yaml", []byte("fail-on: warning\nrules:\n  hyg004: off\n  HYG005: info\n  model: off\n  tls: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := Run(in, Options{Config: cfg})
	got := summarize(res.Findings)
	want := []string{"HYG003 19:3 warning", "HYG005 30:5 info"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if cfg.FailLevel() != source.Warning || !res.Fails(source.Warning) || res.Fails(source.Error) {
		t.Error("fail level")
	}
	// A category entry applies to the category's rules; a rule's own wins.
	cfg, _ = ParseConfig("c.yaml", []byte("rules:\n  hygiene: error\n  HYG003: off\n  tls: off\n"))
	got = summarize(lintOnly(Run(in, Options{Config: cfg}).Findings))
	want = []string{"HYG004 18:3 error", "HYG005 30:5 error"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"rules:\n  HYG001: off\n", "cannot be switched off"},
		{"rules:\n  HYG001: warning\n", "cannot be switched off"},
		{"rules:\n  HYG040: off\n", "did you mean HYG004"},
		{"rules:\n  HYG004: loud\n", "not off, on, error, warning or info"},
		{"fail-on: fatal\n", "fail-on"},
		{"failon: error\n", "field failon not found"},
		{"rules:\n  HYG004: off\n  hyg004: on\n", "listed twice"},
	} {
		_, err := ParseConfig("c.yaml", []byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.text, err, tc.want)
		}
	}
	if c, err := ParseConfig("c.yaml", nil); err != nil || c.FailLevel() != source.Error {
		t.Errorf("empty config: %v", err)
	}
	if _, err := ParseConfig("c.yaml", []byte("rules:\n  HYG001: on\n  PA215: off\n  tls: warning\n")); err != nil {
		t.Errorf("valid config rejected: %v", err)
	}
}

func TestNativeSuppressions(t *testing.T) {
	src := policyWith(
		"  # znet:ignore HYG004,hyg003 PMR TS0012345\n  Trace 255\n  CtraceClearText On\n",
		"  TTLSEnvironmentAdvancedParms   # znet:ignore HYG005 slow partner, ticket 42\n  {\n    HandshakeTimeout 0\n  }\n")
	res := Run(inputOf(t, "s.conf", src), Options{Config: noTLS()})
	got := summarize(lintOnly(res.Findings))
	// HYG004 silenced on its record; the comment covers only the Trace
	// statement, so CtraceClearText is still reported and HYG003 in the
	// comment matches nothing. HYG005 silenced through the block.
	want := []string{"LNT002 18:3 warning", "HYG003 20:3 warning"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(res.Silenced) != 2 {
		t.Errorf("silenced %v", summarize(res.Silenced))
	}
	for _, f := range res.Silenced {
		if kind, reason, _ := f.Suppressed(); kind != "inSource" || reason == "" {
			t.Errorf("suppression of %s: %q %q", f.RuleID, kind, reason)
		}
	}
	// The LNT rules cannot be suppressed by a comment, but can be
	// configured.
	cfg, err := ParseConfig("c.yaml", []byte("rules:\n  LNT002: off\n  tls: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	got = summarize(lintOnly(Run(inputOf(t, "s.conf", src), Options{Config: cfg}).Findings))
	if want := []string{"HYG003 20:3 warning"}; !reflect.DeepEqual(got, want) {
		t.Errorf("with LNT002 off: got %v, want %v", got, want)
	}
	// A suppression of a rule switched off is not "unused".
	cfg, _ = ParseConfig("c.yaml", []byte("rules:\n  HYG003: off\n  tls: off\n"))
	got = summarize(lintOnly(Run(inputOf(t, "s.conf", src), Options{Config: cfg}).Findings))
	if len(got) != 0 {
		t.Errorf("with HYG003 off: got %v, want nothing", got)
	}
}

func TestSuppressionDirectives(t *testing.T) {
	for _, tc := range []struct {
		text   string
		ids    []string
		reason string
	}{
		{"HYG004 PMR 1", []string{"HYG004"}, "PMR 1"},
		{"hyg004,HYG003   two  rules", []string{"HYG004", "HYG003"}, "two  rules"},
		{"HYG004, HYG003 spaced list", []string{"HYG004", "HYG003"}, "spaced list"},
		{"HYG004\treason after tab", []string{"HYG004"}, "reason after tab"},
		{"HYG004", []string{"HYG004"}, ""},
		{"", nil, ""},
	} {
		ids, reason := parseDirective(tc.text)
		if !reflect.DeepEqual(ids, tc.ids) || reason != tc.reason {
			t.Errorf("%q: %v %q, want %v %q", tc.text, ids, reason, tc.ids, tc.reason)
		}
	}
}

func TestYAMLSuppressions(t *testing.T) {
	doc := `attls:
  TTLSGroupAction:
    grp-debug:
      x-znet-ignore: HYG004 trace for PMR TS0123456
      TTLSEnabled: On
      Trace: 255
    grp-other:
      x-znet-ignore:
        - rule: [HYG003, HYG004]
          reason: test system only
        - HYG005
      Trace: 255
    grp-clean:
      Trace: 255
`
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(doc), &root); err != nil {
		t.Fatal(err)
	}
	sups := YAMLSuppressions("a.yaml", &root)
	if len(sups) != 3 {
		t.Fatalf("got %d suppressions: %+v", len(sups), sups)
	}
	if s := sups[0]; !reflect.DeepEqual(s.IDs, []string{"HYG004"}) || s.Reason != "trace for PMR TS0123456" ||
		s.Statement != "grp-debug" || s.Scope.Line != 3 || s.Scope.EndLine != 6 {
		t.Errorf("first: %+v", s)
	}
	if s := sups[1]; !reflect.DeepEqual(s.IDs, []string{"HYG003", "HYG004"}) || s.Reason != "test system only" || s.Scope.Line != 7 {
		t.Errorf("second: %+v", s)
	}
	// As the YAML loader will position findings: on the value nodes.
	at := func(line, col int) *Finding {
		return &Finding{RuleID: "HYG004", Category: CatHygiene, Severity: source.Warning, Span: sp("a.yaml", line, col, line, col+3), Message: "m"}
	}
	fs := []*Finding{at(6, 14), at(12, 14), at(14, 14)}
	meta := applySuppressions(fs, sups, func(string) bool { return true })
	if fs[0].suppressed == nil || fs[1].suppressed == nil || fs[2].suppressed != nil {
		t.Errorf("matching: %v %v %v", fs[0].suppressed, fs[1].suppressed, fs[2].suppressed)
	}
	// HYG005 has no reason; HYG003 in the second entry matches nothing.
	var got []string
	for _, f := range meta {
		got = append(got, fmt.Sprintf("%s %d:%d", f.RuleID, f.Span.Line, f.Span.Col))
	}
	want := []string{"LNT001 11:11", "LNT002 9:11"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings about the suppressions %v, want %v", got, want)
	}
}

func TestUnsuppressible(t *testing.T) {
	src := `TTLSKeyringParms              k
{
  Keyring                     /x/y.kdb    # znet:ignore HYG002 test only
  # znet:ignore HYG001 test only
  KeyringPw                   secret99
}
`
	in := inputOf(t, "k.conf", src)
	res := Run(in, Options{})
	got := summarize(lintOnly(res.Findings))
	want := []string{"LNT004 4:3 warning", "HYG001 5:3 error"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// Nor can a baseline silence it.
	b := &Baseline{Version: 1, Findings: []BaselineEntry{{Rule: "HYG001", File: "k.conf", Statement: "TTLSKeyringParms k", Message: "KeyringPw in TTLSKeyringParms k is written in clear text"}}}
	res = Run(in, Options{Baseline: b})
	if len(positions(res.Findings, "HYG001")) != 1 || res.Stale != 1 {
		t.Errorf("baseline silenced HYG001: %v, stale %d", summarize(res.Findings), res.Stale)
	}
	for _, e := range res.Baseline().Findings {
		if e.Rule == "HYG001" || strings.HasPrefix(e.Rule, "LNT") {
			t.Errorf("%s went into a baseline", e.Rule)
		}
	}
}

func TestBaselineSurvivesMovedLines(t *testing.T) {
	src := policyWith("  Trace 255\n", "")
	res := Run(inputOf(t, "p.conf", src), Options{Config: noTLS()})
	b, err := ParseBaseline("b.json", res.Baseline().Marshal())
	if err != nil {
		t.Fatal(err)
	}
	// Insert records above the finding: the baseline still holds it.
	moved := "# a comment\n\n# another\n" + src
	res = Run(inputOf(t, "p.conf", moved), Options{Baseline: b, Config: noTLS()})
	if n := len(lintOnly(res.Findings)); n != 0 || res.Stale != 0 || len(res.Silenced) != 1 {
		t.Fatalf("after moving lines: %v, stale %d", summarize(res.Findings), res.Stale)
	}
	if kind, reason, _ := res.Silenced[0].Suppressed(); kind != "external" || !strings.Contains(reason, "b.json") {
		t.Errorf("suppression %q %q", kind, reason)
	}
	// A new finding is reported; the fixed one leaves a stale entry.
	changed := strings.Replace(src, "  Trace 255\n", "  CtraceClearText On\n", 1)
	res = Run(inputOf(t, "p.conf", changed), Options{Baseline: b, Config: noTLS()})
	if got := summarize(lintOnly(res.Findings)); len(got) != 1 || !strings.HasPrefix(got[0], "HYG003") || res.Stale != 1 {
		t.Errorf("got %v, stale %d", got, res.Stale)
	}
}

func TestBaselineErrors(t *testing.T) {
	for _, text := range []string{`{"version": 2, "findings": []}`, `{"version": 1, "entries": []}`, `[]`} {
		if _, err := ParseBaseline("b.json", []byte(text)); err == nil {
			t.Errorf("%s accepted", text)
		}
	}
}

func TestUnderline(t *testing.T) {
	for _, tc := range []struct {
		rec     string
		sp      source.Span
		secrets []source.Span
		text    string
		carets  string
	}{
		{"  Trace 255", sp("f", 1, 3, 1, 12), nil, "  Trace 255", "  ^^^^^^^^^"},
		{"\tTrace\t255", sp("f", 1, 2, 1, 7), nil, "\tTrace\t255", "\t^^^^^"},
		{"  KeyringPw abc", sp("f", 1, 3, 1, 16), []source.Span{sp("f", 1, 13, 1, 16)}, "  KeyringPw ********", "  ^^^^^^^^^^^^^^^^^^"},
		{"  KeyringPw averyveryverylongone # c", sp("f", 1, 34, 1, 37), []source.Span{sp("f", 1, 13, 1, 33)}, "  KeyringPw ******** # c", "                     ^^^"},
		{"TTLSRule X", sp("f", 1, 1, 5, 2), nil, "TTLSRule X", "^^^^^^^^^^"},
	} {
		text, carets := underline(tc.rec, tc.sp, tc.secrets)
		if text != tc.text || carets != tc.carets {
			t.Errorf("%q: got\n%q\n%q\nwant\n%q\n%q", tc.rec, text, carets, tc.text, tc.carets)
		}
	}
}
