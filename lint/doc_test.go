package lint

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

// TestRulesDoc fails when lint/RULES.md is not what the registry
// generates; go test ./lint -update rewrites it (then read the diff).
func TestRulesDoc(t *testing.T) {
	got := Markdown()
	if golden.Updating() {
		if err := os.WriteFile("RULES.md", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("RULES.md")
	if err != nil {
		t.Fatalf("lint/RULES.md: %v (run go test ./lint -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Error("lint/RULES.md is stale: a rule changed; run go test ./lint -update and read the diff")
	}
}

func TestRuleText(t *testing.T) {
	r := Lookup("hyg004")
	if r == nil {
		t.Fatal("Lookup is not case-insensitive")
	}
	txt := Text(r)
	for _, want := range []string{"HYG004  trace-data", "category hygiene, severity warning", "Sources:", "Example: data option alone"} {
		if !strings.Contains(txt, want) {
			t.Errorf("znet rules HYG004 lacks %q:\n%s", want, txt)
		}
	}
}

// TestRegistry checks what Register cannot: every rule's sources are real
// citations, and IDs use the reserved prefixes.
func TestRegistry(t *testing.T) {
	for _, r := range Rules() {
		switch r.ID[:3] {
		case "HYG", "TLS", "LNT", "SHD":
		default:
			t.Errorf("%s: prefix not one of HYG, TLS, LNT, SHD", r.ID)
		}
		if r.ID[:3] == "LNT" && (r.Check != nil || r.CheckTLS != nil || r.Category != CatSuppression) {
			t.Errorf("%s: LNT rules are made by the engine, in category %s", r.ID, CatSuppression)
		}
		if r.ID[:3] != "LNT" && r.Check == nil && r.CheckTLS == nil {
			t.Errorf("%s has no Check", r.ID)
		}
		for _, s := range r.Sources {
			if len(s) < 10 {
				t.Errorf("%s: source %q says nothing", r.ID, s)
			}
		}
	}
}

func TestRegisterRejects(t *testing.T) {
	for name, r := range map[string]*Rule{
		"bad id":    {ID: "HY01", Name: "x", Category: CatHygiene, Summary: "s", Rationale: "r", Sources: []string{"s"}},
		"duplicate": {ID: "HYG001", Name: "x", Category: CatHygiene, Summary: "s", Rationale: "r", Sources: []string{"s"}},
		"bad name":  {ID: "HYG999", Name: "Not Kebab", Category: CatHygiene, Summary: "s", Rationale: "r", Sources: []string{"s"}},
		"no source": {ID: "HYG999", Name: "x", Category: CatHygiene, Summary: "s", Rationale: "r"},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: Register accepted it", name)
				}
			}()
			Register(r)
		}()
	}
	if Lookup("HYG999") != nil {
		t.Error("a rejected rule was registered")
	}
}
