package policy_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// goodValue returns a value in the documented form of p.
func goodValue(p *model.Param) string {
	switch p.Kind {
	case model.KEnum, model.KKeywords:
		if len(p.Enum) == 0 {
			return fmt.Sprint(max(p.Min, 1))
		}
		return p.Enum[0]
	case model.KInt:
		return fmt.Sprint(p.Min)
	case model.KAddr:
		return "10.1.1.1"
	case model.KAddrSpec, model.KPrefix:
		return "10.1.0.0/16"
	case model.KAddrRange:
		return "10.1.1.1-10.1.1.9"
	case model.KPortRange:
		return "1024-2048"
	case model.KJobName:
		return "CSQ1CHIN"
	case model.KUserID:
		return "START1"
	case model.KCipher2:
		return "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
	case model.KCipher4:
		return "C02F1301"
	case model.KCipherV2:
		return "1"
	case model.KSigPairs:
		return "0601"
	case model.KGroups:
		return "0023"
	case model.KPath:
		return "//'SYS1.TCPPARMS(TTLSPOL)'"
	case model.KTimePeriod:
		return "20260101000000:20261231235959"
	case model.KTimeRange:
		return "08:00-17:00"
	case model.KMask:
		return strings.Repeat("1", int(p.Max))
	case model.KWords:
		return "Zowe Server"
	}
	return "value1"
}

// badValue returns a value z/OS rejects and the code znet must give it,
// or "" when every word is acceptable (free text, names).
func badValue(p *model.Param) (string, string) {
	switch p.Kind {
	case model.KEnum:
		return "Bogus", policy.CodeBadEnum
	case model.KKeywords:
		return "Bogus", policy.CodeBadEnum
	case model.KInt:
		return "12x", policy.CodeBadNumber
	case model.KAddr, model.KAddrSpec, model.KPrefix, model.KAddrRange:
		return "myzosip", policy.CodeBadAddr
	case model.KPortRange:
		return "70000", policy.CodeBadAddr
	case model.KJobName, model.KUserID:
		return "TOOLONGNAME", policy.CodeBadAddr
	case model.KPath:
		return "relative.file", policy.CodeBadAddr
	case model.KTimePeriod, model.KTimeRange:
		return "sometimes", policy.CodeBadAddr
	case model.KMask:
		return "2", policy.CodeBadAddr
	case model.KCipher4:
		return "C02", policy.CodeBadCodes
	case model.KSigPairs:
		return "06O1", policy.CodeBadCodes
	case model.KGroups:
		return "00x3", policy.CodeBadCodes
	}
	return "", ""
}

// host wraps the text of a statement so it stands where it may: at top
// level, or inline in a statement that nests it.
func host(s *model.Stmt, body string) (string, bool) {
	if s.TopLevel {
		return body, true
	}
	for _, n := range model.Statements() {
		if n.TopLevel && n.Block && n.MayNest(s.Name) {
			name := ""
			if n.Naming != model.NameNone {
				name = " host1"
			}
			return n.Name + name + "\n{\n" + body + "}\n", true
		}
	}
	return "", false
}

// render writes statement s with one parameter coded as value (and, for a
// one-record statement, good values in the positions before it).
func render(s *model.Stmt, p *model.Param, value string) (string, int) {
	if !s.Block {
		var words []string
		for i := range s.Params {
			q := &s.Params[i]
			if q == p {
				words = append(words, value)
				break
			}
			words = append(words, goodValue(q))
		}
		return s.Name + " " + strings.Join(words, " ") + "\n", 1
	}
	name := ""
	if s.Naming != model.NameNone {
		name = " obj1"
	}
	return s.Name + name + "\n{\n  " + p.Name + " " + value + "\n}\n", 3
}

// diagsOn returns the diagnostics at line of the built policy.
func diagsOn(t *testing.T, text string, line int) source.Diagnostics {
	t.Helper()
	f, err := pagent.Parse("walk.conf", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if f.Diagnostics.HasErrors() {
		t.Fatalf("syntax errors in generated text:\n%s\n%v", text, f.Diagnostics)
	}
	p := policy.Build([]*pagent.File{f}, model.R32)
	var out source.Diagnostics
	for _, d := range p.Diags {
		if d.Span.Line == line && d.Severity != source.Info && d.Code != policy.CodeDangling {
			out = append(out, d)
		}
	}
	return out
}

// TestCatalogWalk codes every parameter of every statement in the catalog
// once in a documented form (no error may follow) and once in a wrong one
// (the right diagnostic must follow, on the parameter's line).
func TestCatalogWalk(t *testing.T) {
	n := 0
	for _, s := range model.Statements() {
		for i := range s.Params {
			p := &s.Params[i]
			t.Run(s.Name+"/"+p.Name, func(t *testing.T) {
				body, line := render(s, p, goodValue(p))
				text, ok := host(s, body)
				if !ok {
					t.Skipf("%s stands nowhere in the catalog", s.Name)
				}
				if !s.TopLevel {
					line += 2
				}
				if ds := diagsOn(t, text, line); ds.HasErrors() {
					t.Errorf("documented form rejected:\n%s\n%v", text, ds)
				}
				n++
				bad, code := badValue(p)
				if bad == "" {
					return
				}
				body, _ = render(s, p, bad)
				text, _ = host(s, body)
				ds := diagsOn(t, text, line)
				found := false
				for _, d := range ds {
					found = found || d.Code == code
				}
				if !found {
					t.Errorf("wrong form %q accepted or misreported (want %s):\n%s\n%v", bad, code, text, ds)
				}
			})
		}
	}
	if n < 300 {
		t.Errorf("walked only %d parameters", n)
	}
}

// TestFlattenUnambiguous: the YAML lets a parameter of a nested statement
// be written directly in its parent action (Keyring inside a
// TTLSEnvironmentAction), so in each AT-TLS action and everything it may
// nest, a name must belong to exactly one statement. Elsewhere flattening
// is allowed only for the names that are unambiguous; the ambiguous ones
// are pinned here so a catalog change that adds one is noticed.
func TestFlattenUnambiguous(t *testing.T) {
	for _, a := range []string{"TTLSGroupAction", "TTLSEnvironmentAction", "TTLSConnectionAction"} {
		f := model.Flatten(model.Lookup(a))
		if len(f.Ambiguous) > 0 {
			t.Errorf("%s: names ambiguous when flattened: %v", a, f.Ambiguous)
		}
		if len(f.Owners) < 5 {
			t.Errorf("%s: only %d flat names", a, len(f.Owners))
		}
	}
	var got []string
	for _, s := range model.Statements() {
		for name, owners := range model.Flatten(s).Ambiguous {
			got = append(got, s.Name+"."+name+"="+strings.Join(owners, "|"))
		}
	}
	sort.Strings(got)
	want := []string{}
	for _, k := range []string{"KeyExchangeGroup", "KeyExchangePolicy", "KeyExchangeRule"} {
		for _, n := range []string{"identity", "location", "locationref"} {
			want = append(want, k+"."+n+"=LocalSecurityEndpoint|RemoteSecurityEndpoint")
		}
	}
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ambiguous flat names changed:\n got %v\nwant %v", got, want)
	}
}
