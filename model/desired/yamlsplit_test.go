package desired

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden/gen"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// smallPieces makes the split reader cut documents of a few hundred bytes.
func smallPieces(t testing.TB) {
	oldMin, oldPiece := splitMin, splitPiece
	splitMin, splitPiece = 0, 64
	t.Cleanup(func() { splitMin, splitPiece = oldMin, oldPiece })
}

var noComments = cmpopts.IgnoreFields(yaml.Node{}, "HeadComment", "LineComment", "FootComment")

// sameAsWhole checks that parseYAML, and the split reader on its own
// (parseYAML tries the fast reader first, which reads most documents
// whole), give the tree yaml.v3 gives for the whole document (comments
// aside), or yaml.v3's error; it reports whether the document was really
// cut.
func sameAsWhole(t testing.TB, name string, data []byte) bool {
	t.Helper()
	var whole yaml.Node
	werr := yaml.Unmarshal(data, &whole)
	got, err := parseYAML(data)
	if (werr == nil) != (err == nil) || (werr != nil && werr.Error() != err.Error()) {
		t.Fatalf("%s: whole read: %v, parseYAML: %v", name, werr, err)
	}
	if werr != nil {
		return false
	}
	if d := treeDiff(&whole, got); d != "" {
		t.Fatalf("%s: parseYAML differs from the whole read (-whole +parseYAML):\n%s", name, d)
	}
	split, cutIt := parseSplit(data)
	if cutIt {
		if d := treeDiff(&whole, split); d != "" {
			t.Fatalf("%s: split read differs from the whole read (-whole +split):\n%s", name, d)
		}
	}
	return cutIt
}

// TestSplitSameAsWhole reads every YAML file of the repository, cut into
// pieces of a few records, and compares with the whole read.
func TestSplitSameAsWhole(t *testing.T) {
	smallPieces(t)
	cuts, n := 0, 0
	repoYAML(t, func(path string, data []byte) {
		n++
		if sameAsWhole(t, path, data) {
			cuts++
		}
	})
	if n < 20 || cuts < 10 {
		t.Errorf("%d YAML files read, only %d of them cut: the test no longer exercises the split", n, cuts)
	}
}

// repoYAML calls fn with every YAML file of the repository's examples,
// goldens and this package's test data.
func repoYAML(t testing.TB, fn func(path string, data []byte)) {
	t.Helper()
	for _, root := range []string{"../../examples", "../../golden", "testdata"} {
		_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fn(path, data)
			return nil
		})
	}
}

// generatedPolicy is the generated policy of n rules as YAML, the
// benchmarks' input.
func generatedPolicy(t testing.TB, n int) []byte {
	t.Helper()
	f, err := pagent.Parse("gen.conf", gen.Policy(n))
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := Export(policy.Build([]*pagent.File{f}, model.R31))
	y, err := Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return y
}

// TestSplitGenerated cuts the generated policy (the benchmark's input) at
// the real piece size.
func TestSplitGenerated(t *testing.T) {
	y := generatedPolicy(t, 1000)
	old := splitMin
	splitMin = 0
	defer func() { splitMin = old }()
	if !sameAsWhole(t, "generated", y) {
		t.Fatalf("the generated policy (%d bytes) was not cut", len(y))
	}
}

// TestSplitRefuses lists documents that must be read whole, and shapes
// that may be cut.
func TestSplitRefuses(t *testing.T) {
	smallPieces(t)
	body := func(kind string, n int, extra string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "%s:\n", kind)
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "  obj%02d:\n    Priority: %d\n", i, i)
			if i == n/2 {
				b.WriteString(extra)
			}
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, doc string
		cut       bool
	}{
		{"plain", body("TTLSRule", 20, ""), true},
		{"two kinds", body("TTLSRule", 20, "") + body("TTLSGroupAction", 20, ""), true},
		{"anchor and alias", body("TTLSRule", 20, "  x: &a {Priority: 1}\n  y: *a\n"), false},
		{"tag", body("TTLSRule", 20, "  x: !!str 5\n"), false},
		{"open flow sequence", body("TTLSRule", 20, "  x: [a,\n  y: b]\n"), false},
		{"open quote", body("TTLSRule", 20, "  x: \"a\n  y: b\"\n"), false},
		{"quote in a trailing comment", body("TTLSRule", 20, "  x: 1 # it's\n"), false},
		{"quote in a comment record", body("TTLSRule", 20, "  # it's\n"), true},
		{"block scalar", body("TTLSRule", 20, "  x: |\n    text [\n"), false},
		{"document marker", "---\n" + body("TTLSRule", 20, ""), false},
		{"two documents", body("TTLSRule", 20, "") + "---\n" + body("TTLSRule", 20, ""), false},
		{"tab", body("TTLSRule", 20, "\t  x: 1\n"), false},
		{"sequence", "TTLSRule:\n" + strings.Repeat("  - a: 1\n", 40), false},
		{"duplicate objects", body("TTLSRule", 20, "") + body("TTLSRule", 20, ""), true},
		{"crlf", strings.ReplaceAll(body("TTLSRule", 20, ""), "\n", "\r\n"), true},
		{"lone cr", body("TTLSRule", 20, "  x:\r    Priority: 1\n"), false},
		{"line separator", body("TTLSRule", 20, "  x: a\u2028b\n"), false},
		{"comments everywhere", body("TTLSRule", 20, "  # note\n\n# left\n    # deep\n"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameAsWhole(t, tc.name, []byte(tc.doc)); got != tc.cut {
				t.Errorf("cut = %v, want %v", got, tc.cut)
			}
		})
	}
}

// FuzzSplitYAML: on any input, the split read gives the whole read's tree
// or its error.
func FuzzSplitYAML(f *testing.F) {
	f.Add([]byte("TTLSRule:\n  a:\n    Priority: 1\n  b:\n    Priority: 2\nTTLSGroupAction:\n  g: {TTLSEnabled: On}\n"))
	f.Add([]byte("A:\n  x: [1, 2]\n  y: 'it''s'\n  z: \"q\\\"\"\nB: 1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		smallPieces(t)
		sameAsWhole(t, "fuzz", data)
	})
}

// TestParallelLoadSameAsSerial loads a generated policy large enough to be
// read and converted on several CPUs, with a few errors in it, and checks
// that the statements and diagnostics are those of a load on one CPU.
func TestParallelLoadSameAsSerial(t *testing.T) {
	y := generatedPolicy(t, 5000)
	// Three mistakes, far apart.
	text := strings.Replace(string(y), "    Priority: 101\n", "    Priority: {x: 1}\n", 1)
	text = strings.Replace(text, "    LocalPortRange: 1200\n", "    LocalPortRang: 1200\n", 1)
	text = strings.Replace(text, "    TTLSEnvironmentActionRef: App04000-Env\n", "    TTLSEnvironmentActionRf: App04000-Env\n", 1)
	old := splitMin
	splitMin = 0
	defer func() { splitMin = old }()
	prev := runtime.GOMAXPROCS(1)
	one := ParseDocument("gen.yaml", []byte(text))
	runtime.GOMAXPROCS(4)
	four := ParseDocument("gen.yaml", []byte(text))
	runtime.GOMAXPROCS(prev)
	if len(one.File.Diagnostics) < 3 {
		t.Fatalf("the mistakes were not found: %v", one.File.Diagnostics)
	}
	if d := cmp.Diff(one.File.Diagnostics, four.File.Diagnostics); d != "" {
		t.Errorf("diagnostics differ between 1 and 4 CPUs:\n%s", d)
	}
	if d := cmp.Diff(one.File.Outline(true), four.File.Outline(true)); d != "" {
		t.Errorf("statements differ between 1 and 4 CPUs:\n%s", d)
	}
}
