package pagent

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden"
)

// goldenDiag is a diagnostic as golden files show it.
type goldenDiag struct {
	At       string `yaml:"at"`
	Severity string `yaml:"severity"`
	Code     string `yaml:"code"`
	Message  string `yaml:"message"`
	Hint     string `yaml:"hint,omitempty"`
}

func goldenDiags(f *File) []goldenDiag {
	out := []goldenDiag{}
	for _, d := range f.Diagnostics {
		out = append(out, goldenDiag{At: d.Span.Range(), Severity: d.Severity.String(), Code: d.Code, Message: d.Message, Hint: d.Hint})
	}
	return out
}

func toYAML(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// goldenOutput is what a golden file holds for one input: the
// diagnostics, then the outline with positions (what `znet parse
// --positions` prints).
func goldenOutput(t *testing.T, name string, data []byte) []byte {
	t.Helper()
	f := checkInvariants(t, name, data)
	checkChunking(t, name, data, f)
	checkRoundTrip(t, f)
	return toYAML(t, struct {
		Diagnostics []goldenDiag `yaml:"diagnostics"`
		Outline     any          `yaml:"outline"`
	}{goldenDiags(f), f.Outline(true)})
}

// TestGoldenParse parses every golden/parse/pagent/*.conf and compares
// the result with the .yaml beside it. ok-*.conf are well-formed inputs,
// bad-*.conf malformed ones.
func TestGoldenParse(t *testing.T) {
	for _, in := range golden.Inputs(t, filepath.Join("parse", "pagent"), ".conf") {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("parse", "pagent", strings.TrimSuffix(name, ".conf")+".yaml"), goldenOutput(t, name, data))
		})
	}
}

// TestGoldenSamples parses the Policy Agent and DMD samples in
// ../shared/samples; their goldens are in golden/parse/samples.
func TestGoldenSamples(t *testing.T) {
	dir := golden.Samples(t)
	var names []string
	for _, pat := range []string{"attls-*.conf", "pagent-*.conf", "dmd-*.conf"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, m...)
	}
	if len(names) == 0 {
		t.Skip("no Policy Agent samples in ../shared/samples")
	}
	for _, in := range names {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("parse", "samples", strings.TrimSuffix(name, ".conf")+".yaml"), goldenOutput(t, name, data))
		})
	}
}

// summary is the golden output of a generated input too big to show in
// full: the diagnostics (the first and last few), the shape of the tree,
// and its first and last statements.
type summary struct {
	Bytes       int            `yaml:"bytes"`
	Records     int            `yaml:"records"`
	Statements  int            `yaml:"statements"`
	Values      int            `yaml:"values"`
	MaxDepth    int            `yaml:"maxDepth"`
	Incomplete  int            `yaml:"incomplete"`
	Codes       map[string]int `yaml:"codes"`
	Diagnostics []goldenDiag   `yaml:"diagnostics"`
	First       string         `yaml:"first"`
	Last        string         `yaml:"last"`
}

func describeStmt(s *Statement) string {
	v := s.Value()
	if len(v) > 40 {
		v = v[:40] + "…"
	}
	return s.Keyword.Text + " " + v + " @" + s.Span.Range()
}

func summarize(t *testing.T, name string, data []byte) []byte {
	t.Helper()
	f := checkInvariants(t, name, data)
	s := summary{Bytes: len(data), Records: len(records(data)), Codes: map[string]int{}}
	var last *Statement
	f.Walk(func(st *Statement, parents []*Statement) bool {
		if s.Statements == 0 {
			s.First = describeStmt(st)
		}
		last = st
		s.Statements++
		s.Values += len(st.Values)
		s.MaxDepth = max(s.MaxDepth, len(parents)+1)
		if st.Incomplete {
			s.Incomplete++
		}
		return true
	})
	if last != nil {
		s.Last = describeStmt(last)
	}
	ds := goldenDiags(f)
	for _, d := range ds {
		s.Codes[d.Code]++
	}
	if len(ds) > 6 {
		ds = append(ds[:3], ds[len(ds)-3:]...)
	}
	s.Diagnostics = ds
	return toYAML(t, s)
}

// Inputs too big to commit, generated here. Their goldens summarise.
var generated = []struct {
	name string
	gen  func() []byte
}{
	// A 10 MB record: a keyword and one value of 10 MB.
	{"long-line-word", func() []byte {
		return []byte("Keyring " + strings.Repeat("A", 10<<20) + "\n")
	}},
	// A 10 MB record of 3.5 million words: more than participle matches
	// in one repetition, so the record reaches the grammar in pieces.
	{"long-line-words", func() []byte {
		return []byte("V3CipherSuites " + strings.Repeat("C0 ", (10<<20)/3) + "# end\n")
	}},
	// 10 000 blocks, one inside the other, all closed.
	{"nested-10000", func() []byte {
		var b strings.Builder
		for i := 0; i < 10000; i++ {
			b.WriteString("IpAddrGroup\n{\n")
		}
		b.WriteString("Addr 10.0.0.1\n")
		for i := 0; i < 10000; i++ {
			b.WriteString("}\n")
		}
		return []byte(b.String())
	}},
	// 10 000 nested blocks never closed, each with a placeholder.
	{"nested-10000-unclosed", func() []byte {
		var b strings.Builder
		for i := 0; i < 10000; i++ {
			b.WriteString("IpAddrGroup g\n{\n  Addr ...\n")
		}
		return []byte(b.String())
	}},
	// 10 000 records of bytes that are not text: reported one by one
	// up to a point, then counted.
	{"control-bytes-10000", func() []byte {
		return bytes.Repeat([]byte("TTLSRule \x00\x01 r\n"), 10000)
	}},
	// 1.1 million records, more than participle matches in one repetition.
	{"records-1100000", func() []byte {
		return bytes.Repeat([]byte("Trace 2\n"), 1100000)
	}},
}

func TestGoldenGenerated(t *testing.T) {
	for _, g := range generated {
		t.Run(g.name, func(t *testing.T) {
			if testing.Short() {
				t.Skip("big input")
			}
			golden.Check(t, filepath.Join("parse", "pagent", "generated", g.name+".yaml"), summarize(t, g.name, g.gen()))
		})
	}
}
