package emit_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/desired"
	"github.com/zosnet/znet/model/policy"
)

func noEnv(string) (string, bool) { return "", false }

// TestBuildExamples pins the member trees built from the bundled
// examples: UTF-8 text, the IEBUPDTE job and the manifest.
func TestBuildExamples(t *testing.T) {
	for _, ex := range []string{"s0w1", "plex1"} {
		t.Run(ex, func(t *testing.T) {
			sys := desired.LoadSystem(filepath.Join(golden.Root(), "examples", ex, "system.yaml"))
			files, _, ds := emit.BuildSystem(sys, emit.BuildOptions{JCL: true, Manifest: true, Lookup: noEnv})
			if ds.HasErrors() {
				t.Fatalf("build failed:\n%v", ds)
			}
			sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
			for _, f := range files {
				data := f.Data
				if strings.HasSuffix(f.Path, "manifest.json") {
					// The manifest names source files by absolute path here.
					data = bytes.ReplaceAll(data, []byte(golden.Root()+"/"), nil)
				}
				golden.Check(t, filepath.Join("build", ex, f.Path), data)
			}
			// Every member is FB80 text: at most 80 characters a line, no
			// trailing blanks.
			for _, f := range files {
				if strings.HasSuffix(f.Path, ".jcl") || strings.HasSuffix(f.Path, ".json") {
					continue
				}
				for i, l := range strings.Split(strings.TrimSuffix(string(f.Data), "\n"), "\n") {
					if len([]rune(l)) > 80 || strings.TrimRight(l, " ") != l {
						t.Errorf("%s line %d breaks the 80-column rules: %q", f.Path, i+1, l)
					}
				}
			}
		})
	}
}

// TestBuildEBCDIC: the IBM-1047 build holds the same records as the text
// build, each exactly 80 bytes with no line ends.
func TestBuildEBCDIC(t *testing.T) {
	path := filepath.Join(golden.Root(), "examples", "s0w1", "system.yaml")
	text, _, ds := emit.BuildSystem(desired.LoadSystem(path), emit.BuildOptions{Lookup: noEnv})
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	ebc, _, ds := emit.BuildSystem(desired.LoadSystem(path), emit.BuildOptions{Encoding: "IBM-1047", Lookup: noEnv})
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	cp, err := emit.LookupCodePage("IBM-1047")
	if err != nil {
		t.Fatal(err)
	}
	for i := range text {
		if strings.HasPrefix(ebc[i].Path, "uss/") {
			// A z/OS UNIX file (syslog.conf) is text, not a member: it
			// is the same in both builds.
			if !bytes.Equal(ebc[i].Data, text[i].Data) {
				t.Errorf("%s differs between the text and the EBCDIC build", ebc[i].Path)
			}
			continue
		}
		if len(ebc[i].Data)%80 != 0 || bytes.Contains(ebc[i].Data, []byte{0x15}) || bytes.Contains(ebc[i].Data, []byte{'\n'}) {
			t.Errorf("%s: not whole 80-byte records without line ends", ebc[i].Path)
		}
		recs, err := emit.Decode(ebc[i].Data, cp)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Split(strings.TrimSuffix(string(text[i].Data), "\n"), "\n")
		for j := range recs {
			recs[j] = strings.TrimRight(recs[j], " ")
		}
		if diff := cmp.Diff(want, recs); diff != "" {
			t.Errorf("%s: EBCDIC records differ from the text build:\n%s", ebc[i].Path, diff)
		}
	}
}

// TestBuildFailures: problems stop the build with a positioned reason and
// nothing to write.
func TestBuildFailures(t *testing.T) {
	cases := map[string]struct {
		files map[string]string
		want  string
	}{
		"missing secret": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\n    attls: {file: a.yaml, member: TTLS}\n",
			"a.yaml":      "TTLSKeyringParms:\n  kdb:\n    Keyring: /etc/x.kdb\n    KeyringPw: ${KDB_PW_NOT_SET}\n",
		}, "${KDB_PW_NOT_SET}, which is not set"},
		"no member": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\n    attls: a.yaml\n",
			"a.yaml":      "TTLSGroupAction:\n  g: {TTLSEnabled: Off}\n",
		}, "names no member"},
		"bad member name": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMAGE-TCPIP\n",
		}, "is not a member name"},
		"no dataset": {map[string]string{
			"system.yaml": "system: T1\nstacks:\n  TCPIP:\n    image: IMG\n",
		}, "names no dataset"},
		"value over 80 columns": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\n    attls: {file: a.yaml, member: TTLS}\n",
			"a.yaml":      "TTLSKeyringParms:\n  kdb:\n    Keyring: /" + strings.Repeat("verylongdirectory/", 6) + "key.kdb\n",
		}, "TTLS"},
		"same member twice": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: TTLS\n    attls: {file: a.yaml, member: TTLS}\n",
			"a.yaml":      "TTLSGroupAction:\n  g: {TTLSEnabled: Off}\n",
		}, "written twice"},
		"profile with an error": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\n    profile: {file: p.prof, member: PROFNET}\n",
			"p.prof":      "INTERFACE ETH1 DEFINE IPAQENET PORTNAME PORTA IPADDR 10.1.1.2/24\nSTART ETH2\n",
		}, "ETH2"},
		"profile without member": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\n    profile: p.prof\n",
			"p.prof":      "START ETH1\nINTERFACE ETH1 DEFINE IPAQENET PORTNAME PORTA IPADDR 10.1.1.2/24\n",
		}, "names no member"},
		"YAML profile with an error": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\n    profile: {file: p.yaml, member: PROFNET}\n",
			"p.yaml":      "profile:\n  - INTERFACE: ETH1\n    DEFINE: IPAQENET\n    PORTNAME: PORTA\n    IPADDR: 10.1.1.2/24\n  - START: ETH2\n",
		}, "p.yaml:6:12: error PR202: START names ETH2"},
		"inline profile with a YAML error": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\n    profile:\n      member: PROFNET\n      profile:\n        - INTERFACES: ETH1\n",
		}, "system.yaml:9:11: error YM101"},
		"YAML syslog with an error": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\nsyslog:\n  - selector: \"*.TCPIP.*.eror\"\n    destination: /var/log/x\n",
		}, "system.yaml:7:26: error SL109"},
		"model error": {map[string]string{
			"system.yaml": "system: T1\ndataset: SYS1.TCPPARMS\nstacks:\n  TCPIP:\n    image: IMG\n    attls: {file: a.yaml, member: TTLS}\n",
			"a.yaml":      "TTLSGroupAction:\n  g: {TTLSEnabled: Maybe}\n",
		}, "not a value of TTLSEnabled"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			for n, text := range c.files {
				if err := os.WriteFile(filepath.Join(dir, n), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			files, _, ds := emit.BuildSystem(desired.LoadSystem(filepath.Join(dir, "system.yaml")), emit.BuildOptions{Lookup: noEnv})
			if !ds.HasErrors() || files != nil {
				t.Fatalf("build did not fail: %d files, %v", len(files), ds)
			}
			var all []string
			for _, d := range ds {
				all = append(all, d.String())
				if d.Severity == source.Error && d.Span.Line == 0 {
					t.Errorf("error without a position: %v", d)
				}
			}
			if !strings.Contains(strings.Join(all, "\n"), c.want) {
				t.Errorf("want a diagnostic containing %q, got:\n%s", c.want, strings.Join(all, "\n"))
			}
		})
	}
}

// TestImportThenBuild: for every native Policy Agent input without syntax
// errors, importing it to YAML and building a member from that YAML gives
// a member whose model equals the original's.
func TestImportThenBuild(t *testing.T) {
	var inputs []string
	for _, pat := range []string{"golden/check/*.conf", "golden/emit/*.conf", "examples/native/*.conf"} {
		m, _ := filepath.Glob(filepath.Join(golden.Root(), pat))
		inputs = append(inputs, m...)
	}
	n := 0
	for _, path := range inputs {
		data, _ := os.ReadFile(path)
		f, err := pagent.Parse(filepath.Base(path), data)
		if err != nil || f.Diagnostics.HasErrors() {
			continue
		}
		orig := policy.Build([]*pagent.File{f}, model.R31)
		if orig.Diags.HasErrors() {
			continue // a member with model errors is not built
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc, _ := desired.Export(orig)
			y, err := desired.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			d := desired.ParseDocument("imported.yaml", y)
			// As znet build does: secrets come from the environment.
			desired.Substitute([]*pagent.File{d.File}, func(string) (string, bool) { return "from-env", true })
			built := emit.PrintPagent(policy.Build([]*pagent.File{d.File}, model.R31).Objects, nil)
			g, err := pagent.Parse("built", built)
			if err != nil || g.Diagnostics.HasErrors() {
				t.Fatalf("built member does not parse: %v\n%s", g.Diagnostics, built)
			}
			back := policy.Build([]*pagent.File{g}, model.R31)
			if diff := cmp.Diff(orig.Canonical(), back.Canonical()); diff != "" {
				t.Errorf("model of the built member differs (-native +built):\n%s", diff)
			}
		})
	}
	if n < 10 {
		t.Errorf("only %d inputs went through import and build", n)
	}
}
