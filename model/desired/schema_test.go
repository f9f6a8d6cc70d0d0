package desired_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/model/desired"
)

// TestSchemaFresh fails when schemas/znet.schema.json is not what the
// catalog generates: run `go generate ./schemas`.
func TestSchemaFresh(t *testing.T) {
	want, err := desired.Schema()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(golden.Root(), "schemas", "znet.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("schemas/znet.schema.json is stale: run `go generate ./schemas` and commit it")
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	raw, err := desired.Schema()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("znet.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("znet.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// yamlToJSON turns a YAML file into the JSON value a validator checks.
func yamlToJSON(t *testing.T, path string) any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := json.Marshal(normalize(v))
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// normalize makes YAML's map[string]any / map[any]any JSON-friendly.
func normalize(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normalize(e)
		}
		return x
	case map[any]any:
		m := map[string]any{}
		for k, e := range x {
			m[strings.TrimSpace(toString(k))] = normalize(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = normalize(e)
		}
	}
	return v
}

func toString(v any) string {
	b, _ := json.Marshal(v)
	return strings.Trim(string(b), `"`)
}

// validYAML lists the YAML every user-facing place holds: the examples and
// the valid golden documents.
func validYAML(t *testing.T) []string {
	var out []string
	for _, pat := range []string{"examples/*/*.yaml", "golden/yaml/valid/*.yaml"} {
		m, _ := filepath.Glob(filepath.Join(golden.Root(), pat))
		out = append(out, m...)
	}
	if len(out) < 8 {
		t.Fatalf("only %d YAML files to validate", len(out))
	}
	return out
}

// TestSchemaAcceptsExamples validates every example and valid golden YAML
// against the schema, and checks that znet itself accepts them.
func TestSchemaAcceptsExamples(t *testing.T) {
	s := compileSchema(t)
	for _, path := range validYAML(t) {
		rel, _ := filepath.Rel(golden.Root(), path)
		t.Run(rel, func(t *testing.T) {
			if err := s.Validate(yamlToJSON(t, path)); err != nil {
				t.Errorf("schema rejects %s:\n%v", rel, err)
			}
		})
	}
}

// TestSchemaRejectsBroken: each broken golden YAML whose name says it is
// structurally wrong (…-struct-…) must fail schema validation too.
func TestSchemaRejectsBroken(t *testing.T) {
	s := compileSchema(t)
	m, _ := filepath.Glob(filepath.Join(golden.Root(), "golden/yaml/broken/*-struct-*.yaml"))
	if len(m) < 8 {
		t.Fatalf("only %d structurally broken YAML files", len(m))
	}
	for _, path := range m {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if err := s.Validate(yamlToJSON(t, path)); err == nil {
				t.Errorf("schema accepts %s, which is structurally wrong", filepath.Base(path))
			}
		})
	}
}
