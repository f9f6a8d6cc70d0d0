package tcpprofile

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden"
)

// goldenOptions are the options of the golden profiles that need some:
// obey-*.prof are OBEYFILE data sets; symbols-resolved.prof is checked
// with the values of its symbols.
func goldenOptions(name string) Options {
	var o Options
	if strings.HasPrefix(name, "obey-") {
		o.Obey = true
	}
	if name == "symbols-resolved.prof" {
		o.Symbols = map[string]string{"SYSCLONE": "A1", "SYSNAME": "SYSA", "HOMEIPADDRESS1": "10.1.2.3",
			"HOMEIPADDRESS2": "10.1.2.4", "OSAPORTNAME": "OSAPORTA"}
	}
	return o
}

// render is what a golden file holds for one profile: the files read,
// every diagnostic of Load and Check, and the outline of each file.
func render(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path) + string(filepath.Separator)
	name := filepath.Base(path)
	opt := goldenOptions(name)
	p, diags := LoadWith(path, data, FileOpener(), opt)
	diags = append(diags, p.Check()...)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# profile %s (obey: %v, symbols: %d)\n# files read\n", name, opt.Obey, len(opt.Symbols))
	for _, f := range p.Files {
		fmt.Fprintln(&b, strings.TrimPrefix(f.Name, dir))
	}
	b.WriteString("# diagnostics\n")
	for _, d := range diags {
		fmt.Fprintln(&b, strings.ReplaceAll(d.String(), dir, ""))
	}
	b.WriteString("# outline\n")
	for _, f := range p.Files {
		o := f.Outline(true)
		out, err := yaml.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(bytes.ReplaceAll(out, []byte(dir), nil))
	}
	return b.Bytes()
}

// TestGolden reads every golden/profile/*.prof with the includes beside
// it and compares what znet says with golden/profile/*.golden.
func TestGolden(t *testing.T) {
	for _, in := range golden.Inputs(t, "profile", ".prof") {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			got := render(t, in)
			golden.Check(t, filepath.Join("profile", strings.TrimSuffix(name, ".prof")+".golden"), got)
		})
	}
}

// The golden inputs are the test corpus the issue asks for: at least 30
// profiles.
func TestGoldenCount(t *testing.T) {
	if n := len(golden.Inputs(t, "profile", ".prof")); n < 30 {
		t.Errorf("%d golden profiles, want at least 30", n)
	}
}
