package lint

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/zosnet/znet/golden"
)

// multi lints golden/lint/multi.conf, the input of the format goldens:
// findings of every hygiene rule, inherited and shared settings, a secret,
// a model diagnostic and suppressions good and bad.
func multi(t *testing.T) (*Result, []byte) {
	t.Helper()
	data, err := os.ReadFile(golden.Path("lint", "multi.conf"))
	if err != nil {
		t.Fatal(err)
	}
	res := Run(inputOf(t, "multi.conf", string(data)), Options{})
	return res, data
}

func TestFormatsGolden(t *testing.T) {
	res, data := multi(t)
	var b bytes.Buffer
	check := func(name string, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("lint", name), b.Bytes())
		b.Reset()
	}
	src := map[string][]byte{"multi.conf": data}
	check("multi.text", WriteText(&b, res, TextOptions{Sources: src}))
	check("multi.text-color", WriteText(&b, res, TextOptions{Sources: src, Color: true}))
	check("multi.json", WriteJSON(&b, res))
	check("multi.sarif", WriteSARIF(&b, res, SARIFOptions{Version: "test"}))
	check("multi.github", WriteGitHub(&b, res))
	b.Write(res.Baseline().Marshal())
	check("multi.baseline.json", nil)
}

// TestNoSecretInOutput: the value of KeyringPw appears in no format.
func TestNoSecretInOutput(t *testing.T) {
	res, data := multi(t)
	if !bytes.Contains(data, []byte("Tr0ub4dor")) {
		t.Fatal("multi.conf lost its secret; the test would prove nothing")
	}
	var b bytes.Buffer
	src := map[string][]byte{"multi.conf": data}
	_ = WriteText(&b, res, TextOptions{Sources: src})
	_ = WriteText(&b, res, TextOptions{Sources: src, Color: true})
	_ = WriteJSON(&b, res)
	_ = WriteSARIF(&b, res, SARIFOptions{})
	_ = WriteGitHub(&b, res)
	b.Write(res.Baseline().Marshal())
	if bytes.Contains(b.Bytes(), []byte("Tr0ub4dor")) {
		t.Error("a secret value reached the output")
	}
	if !bytes.Contains(b.Bytes(), []byte("********")) {
		t.Error("the masked secret is not shown in the text format")
	}
}

// TestNoMisspelledSecretInOutput: a misspelled secret parameter is an
// error the text output shows with its record; the value stays masked.
func TestNoMisspelledSecretInOutput(t *testing.T) {
	const text = "TTLSKeyringParms ring\n{\n  Keyring A/B\n  KeyringPassword Sup3rS3cret\n}\n"
	res := Run(inputOf(t, "leak.conf", text), Options{})
	var b bytes.Buffer
	if err := WriteText(&b, res, TextOptions{Sources: map[string][]byte{"leak.conf": []byte(text)}}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte("KeyringPassword ********")) || bytes.Contains(b.Bytes(), []byte("Sup3rS3cret")) {
		t.Errorf("the record of the misspelled secret is not shown masked:\n%s", b.Bytes())
	}
}

// sarifSchemaModule is a Go module that ships the OASIS SARIF 2.1.0 JSON
// schema (errata 01) unchanged, at sarifSchemaPath. The test fetches it
// through the Go module proxy rather than keeping a copy in this
// repository.
const (
	sarifSchemaModule = "github.com/securego/gosec/v2@v2.30.0"
	sarifSchemaPath   = "report/sarif/testdata/sarif-schema-2.1.0.json"
)

// sarifSchemaFile downloads (or finds in the module cache) the module that
// holds the SARIF schema, and returns the schema's path.
func sarifSchemaFile(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "mod", "download", "-json", sarifSchemaModule).Output()
	if err != nil {
		t.Skipf("cannot fetch %s for the SARIF schema (no module proxy?): %v", sarifSchemaModule, err)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(out, &m); err != nil || m.Dir == "" {
		t.Skipf("go mod download gave no directory for %s", sarifSchemaModule)
	}
	return filepath.Join(m.Dir, filepath.FromSlash(sarifSchemaPath))
}

// TestSARIFSchema validates the SARIF output against the OASIS SARIF
// 2.1.0 schema.
func TestSARIFSchema(t *testing.T) {
	f, err := os.Open(sarifSchemaFile(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	validate := func(name string, out []byte) {
		t.Helper()
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: SARIF output does not match the 2.1.0 schema: %v", name, err)
		}
	}
	res, _ := multi(t)
	var b bytes.Buffer
	if err := WriteSARIF(&b, res, SARIFOptions{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	validate("multi.conf", b.Bytes())

	// A clean run still writes a valid log, with an empty result list.
	b.Reset()
	if err := WriteSARIF(&b, Run(Input{}, Options{}), SARIFOptions{}); err != nil {
		t.Fatal(err)
	}
	validate("empty", b.Bytes())

	// The schema must reject what SARIF forbids, or the test proves nothing.
	var log map[string]any
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	log["version"] = "2.0.0"
	bad, _ := json.Marshal(log)
	inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if sch.Validate(inst) == nil {
		t.Error("the schema accepted version 2.0.0")
	}
}

func TestGitHubEscaping(t *testing.T) {
	res := &Result{Findings: []*Finding{{
		RuleID: "HYG004", Severity: 1,
		Span:    sp("dir,with:odd%/f.conf", 3, 5, 3, 12),
		Message: "50% done\nnext line", Hint: "a, b: c",
	}}}
	var b bytes.Buffer
	if err := WriteGitHub(&b, res); err != nil {
		t.Fatal(err)
	}
	got := strings.SplitN(b.String(), "\n", 2)[0]
	want := "::warning file=dir%2Cwith%3Aodd%25/f.conf,line=3,col=5,endColumn=12,title=HYG004 trace-data::50%25 done%0Anext line%0Ahint: a, b: c"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
