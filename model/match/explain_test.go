package match

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

func buildFile(t *testing.T, dir, path string) *policy.Policy {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rel, _ := filepath.Rel(dir, path)
	f, err := pagent.Parse(filepath.ToSlash(rel), data)
	if err != nil || f.Diagnostics.HasErrors() {
		t.Fatalf("%s: %v %v", rel, err, f.Diagnostics)
	}
	return policy.Build([]*pagent.File{f}, model.R31)
}

// yamlOf renders results the way znet explain does (YAML, indent 2).
func yamlOf(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	enc.Close()
	return b.Bytes()
}

// TestExplainGolden evaluates the connections (packets) of each .cases
// file in golden/explain/connection against the .conf beside it. Lines
// starting with src= are packets.
func TestExplainGolden(t *testing.T) {
	dir := golden.Path("explain", "connection")
	cases, _ := filepath.Glob(filepath.Join(dir, "*.cases"))
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for _, cf := range cases {
		name := strings.TrimSuffix(filepath.Base(cf), ".cases")
		t.Run(name, func(t *testing.T) {
			p := buildFile(t, dir, filepath.Join(dir, name+".conf"))
			attls, filters := ATTLSRules(p), FilterRules(p)
			data, err := os.ReadFile(cf)
			if err != nil {
				t.Fatal(err)
			}
			var out []*Result
			sc := bufio.NewScanner(bytes.NewReader(data))
			for sc.Scan() {
				line := strings.TrimSpace(sc.Text())
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				var res *Result
				if strings.HasPrefix(line, "src=") {
					pk, err := ParsePacket(line)
					if err != nil {
						t.Fatalf("%s: %v", line, err)
					}
					res = ExplainPacket(p, filters, pk)
				} else {
					c, err := ParseConnection(line)
					if err != nil {
						t.Fatalf("%s: %v", line, err)
					}
					res = ExplainConnection(p, attls, c)
					// The full effective settings are pinned by the sample
					// test below; here the rule suffices.
					res.Effective = nil
				}
				out = append(out, res)
			}
			golden.Check(t, filepath.Join("explain", "connection", name+".yaml"), yamlOf(t, out))
		})
	}
}

// TestExplainSample is the field note: a connection from job COLATTLS,
// user START1, to port 4000 gets COLATTLJ, not the rule written for it.
func TestExplainSample(t *testing.T) {
	dir := golden.Samples(t)
	p := buildFile(t, dir, filepath.Join(dir, "attls-colattl-shadowed.conf"))
	c, err := ParseConnection("local=10.1.1.2:4000 remote=10.1.0.2:50000 job=COLATTLS user=START1 dir=inbound")
	if err != nil {
		t.Fatal(err)
	}
	res := ExplainConnection(p, nil, c)
	if res.Rule != "COLATTLJ" || len(res.Beats) != 1 || res.Beats[0].Rule != "COLATTLS" {
		t.Errorf("got %+v", res)
	}
	golden.Check(t, filepath.Join("explain", "connection", "attls-colattl-shadowed.yaml"), yamlOf(t, res))
}
