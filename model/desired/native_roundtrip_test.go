package desired_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/golden/views"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	gsyslog "github.com/zosnet/znet/grammar/syslog"
	"github.com/zosnet/znet/model/desired"
	tcpprofile "github.com/zosnet/znet/model/profile"
	msyslog "github.com/zosnet/znet/model/syslog"
)

// profileInputs lists every TCP/IP profile input the repository has, plus
// the shared samples when they are beside it.
func profileInputs(t *testing.T) []string {
	out := golden.Glob("golden/profile/*.prof", "golden/profile/*.inc", "golden/migrate/*.prof", "golden/migrate/*.inc", "examples/*/*.prof",
		"../shared/samples/*.prof")
	if len(out) < 40 {
		t.Fatalf("only %d profile inputs", len(out))
	}
	return out
}

// syslogInputs lists every syslog.conf input.
func syslogInputs(t *testing.T) []string {
	out := golden.Glob("golden/syslog/*.conf", "examples/*/syslog*.conf", "../shared/samples/syslog-*.conf")
	if len(out) < 2 {
		t.Fatalf("only %d syslog inputs", len(out))
	}
	return out
}

// profileView is views.ProfileView, failing the test on error.
func profileView(t *testing.T, m *tcpprofile.Profile, ds source.Diagnostics) map[string]any {
	t.Helper()
	v, err := views.ProfileView(m, ds)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestProfileImportRoundTrip: every profile, imported to YAML and loaded
// back, gives the same model (typed statements, statements kept verbatim,
// includes followed) and the same findings.
func TestProfileImportRoundTrip(t *testing.T) {
	for _, path := range profileInputs(t) {
		rel, _ := filepath.Rel(filepath.Join(golden.Root(), ".."), path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := profile.Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			out, err := desired.Marshal(desired.ExportProfile(f, data))
			if err != nil {
				t.Fatal(err)
			}
			yf := desired.ParseProfile(path+".yaml", out)
			for _, d := range yf.Diagnostics {
				if strings.HasPrefix(d.Code, "YM") {
					t.Fatalf("imported YAML does not load: %v\n%s", d, out)
				}
			}
			m1, d1 := tcpprofile.FromFile(f, tcpprofile.FileOpener(), tcpprofile.Options{})
			// The YAML stands for the native file: an include of the
			// native file is one of the YAML (include cycles).
			open := func(ref, from string) (string, []byte, error) {
				p, d, err := tcpprofile.FileOpener()(ref, from)
				if p == path {
					p = path + ".yaml"
				}
				return p, d, err
			}
			m2, d2 := tcpprofile.FromFile(yf, open, tcpprofile.Options{})
			v1 := profileView(t, m1, append(d1, m1.Check()...))
			v2 := profileView(t, m2, append(d2, m2.Check()...))
			if diff := cmp.Diff(v1, v2); diff != "" {
				t.Errorf("model differs after import (-native +yaml):\n%s\nYAML:\n%s", diff, out)
			}
		})
	}
}

// TestSyslogImportRoundTrip: every syslog.conf, imported to YAML and
// loaded back, routes every message the same way.
func TestSyslogImportRoundTrip(t *testing.T) {
	for _, path := range syslogInputs(t) {
		rel, _ := filepath.Rel(filepath.Join(golden.Root(), ".."), path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := gsyslog.Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			out, err := desired.Marshal(desired.ExportSyslog(f, data))
			if err != nil {
				t.Fatal(err)
			}
			yf := desired.ParseSyslog(path+".yaml", out)
			for _, d := range yf.Diagnostics {
				if strings.HasPrefix(d.Code, "YM") {
					t.Fatalf("imported YAML does not load: %v\n%s", d, out)
				}
			}
			if diff := cmp.Diff(views.SyslogView(f), views.SyslogView(yf)); diff != "" {
				t.Errorf("model differs after import (-native +yaml):\n%s\nYAML:\n%s", diff, out)
			}
		})
	}
}

// FuzzParseNative: arbitrary bytes never make the profile or syslog
// document loader panic, every diagnostic has a position, and the models
// read from what it builds never panic either.
func FuzzParseNative(f *testing.F) {
	for _, pat := range []string{"golden/yaml/*/*.yaml", "examples/*/*.yaml"} {
		m, _ := filepath.Glob(filepath.Join(golden.Root(), pat))
		for _, p := range m {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("profile:\n  - verbatim: |\n      HOME\n        10.1.1.1 L\n  - INTERFACE: X\n    DEFINE: IPAQENET\n"))
	f.Add([]byte("syslog:\n  - selector: [a.b, '*.c']\n    destination: /x\n    options: [-F 640]\n  - verbatim: |2\n       *.err /y\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pf := desired.ParseProfile("fuzz.yaml", data)
		sf := desired.ParseSyslog("fuzz.yaml", data)
		for _, ds := range []source.Diagnostics{pf.Diagnostics, sf.Diagnostics} {
			for _, x := range ds {
				if x.Span.Line < 1 || x.Span.Col < 1 {
					t.Fatalf("diagnostic without a position: %v", x)
				}
			}
		}
		m, _ := tcpprofile.FromFile(pf, nil, tcpprofile.Options{})
		_ = m.Check()
		_ = pf.Bytes()
		_ = msyslog.Check(msyslog.New(sf), msyslog.Options{Overlaps: true})
	})
}
