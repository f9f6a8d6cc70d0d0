package migrate

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// goldenOptions reads the options a golden profile asks for in a first
// comment "; migrate-test: --prefix NAME=/n ...".
func goldenOptions(t testing.TB, data []byte) (Options, string) {
	t.Helper()
	opt := Options{Prefix: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		rest, ok := strings.CutPrefix(line, "; migrate-test:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		for i := 0; i < len(f); i++ {
			if f[i] != "--prefix" || i+1 >= len(f) {
				t.Fatalf("migrate-test directive: %q", line)
			}
			i++
			name, n, err := ParsePrefix(f[i])
			if err != nil {
				t.Fatal(err)
			}
			opt.Prefix[name] = n
		}
		return opt, strings.TrimSpace(rest)
	}
	return opt, ""
}

// load reads a golden profile with the includes beside it.
func load(t testing.TB, path string) (*tcpprofile.Profile, Options, string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	opt, args := goldenOptions(t, data)
	p, diags := tcpprofile.Load(path, data, tcpprofile.FileOpener())
	if diags.HasErrors() {
		for _, d := range diags {
			t.Log(d)
		}
		t.Fatalf("%s does not load cleanly", path)
	}
	return p, opt, args
}

// render is what a golden file holds for one profile: the report, each
// changed file as migrated, and the OBEYFILE members.
func render(t testing.TB, path string) []byte {
	t.Helper()
	p, opt, args := load(t, path)
	res := Migrate(p, opt)
	dir := filepath.Dir(path) + string(filepath.Separator)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# znet migrate %s %s\n", filepath.Base(path), args)
	b.WriteString("# report\n")
	if err := res.WriteText(&b, dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		name := strings.TrimPrefix(f.Name, dir)
		if !f.Changed() {
			fmt.Fprintf(&b, "# file %s: unchanged\n", name)
			continue
		}
		fmt.Fprintf(&b, "# file %s: migrated\n", name)
		b.Write(f.New)
		if !bytes.HasSuffix(f.New, []byte("\n")) {
			b.WriteString("\n# (no line end at the end of the file)\n")
		}
	}
	for _, m := range res.Obey {
		fmt.Fprintf(&b, "# obey member %s\n", m.Name)
		b.Write(m.Data)
		// Members go to a data set of 80-column records; znet keeps its
		// records within 72 columns.
		for _, l := range strings.Split(string(m.Data), "\n") {
			if len(l) > 72 {
				t.Errorf("member %s: record longer than 72 columns: %q", m.Name, l)
			}
		}
	}
	return b.Bytes()
}

// TestGolden migrates every golden/migrate/*.prof and compares the result
// with golden/migrate/*.golden.
func TestGolden(t *testing.T) {
	for _, in := range golden.Inputs(t, "migrate", ".prof") {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			golden.Check(t, filepath.Join("migrate", strings.TrimSuffix(name, ".prof")+".golden"), render(t, in))
		})
	}
}

// The issue asks for golden migrations of at least 15 profiles.
func TestGoldenCount(t *testing.T) {
	if n := len(golden.Inputs(t, "migrate", ".prof")); n < 15 {
		t.Errorf("%d golden migrations, want at least 15", n)
	}
}
