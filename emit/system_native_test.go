package emit_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/golden/views"
	"github.com/zosnet/znet/grammar/profile"
	gsyslog "github.com/zosnet/znet/grammar/syslog"
	"github.com/zosnet/znet/model/desired"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// profileModel is views.ProfileView of the model of f (includes not
// followed), failing the test on error.
func profileModel(t *testing.T, f *profile.File) map[string]any {
	t.Helper()
	m, ds := tcpprofile.FromFile(f, nil, tcpprofile.Options{})
	v, err := views.ProfileView(m, append(ds, m.Check()...))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestBuildYAMLParts: the members built from examples/plex1's profile and
// syslog documents read, in native syntax, as the documents do: the same
// model, no syntax problem.
func TestBuildYAMLParts(t *testing.T) {
	sys := desired.LoadSystem(filepath.Join(golden.Root(), "examples", "plex1", "system.yaml"))
	files, _, ds := emit.BuildSystem(sys, emit.BuildOptions{Lookup: noEnv})
	if ds.HasErrors() {
		t.Fatalf("build failed:\n%v", ds)
	}
	built := map[string][]byte{}
	for _, f := range files {
		built[f.Path] = f.Data
	}
	var prof *desired.Native
	for _, st := range sys.Stacks {
		if st.Profile != nil {
			prof = st.Profile
		}
	}
	if prof == nil || !prof.YAML || sys.Syslog == nil || !sys.Syslog.YAML {
		t.Fatal("examples/plex1 no longer writes its profile part and syslog.conf as YAML")
	}
	member := built["SYS1.PLX1.TCPPARMS/"+prof.Member]
	pf, err := profile.Parse(prof.Member, member)
	if err != nil {
		t.Fatal(err)
	}
	if len(pf.Diagnostics) > 0 {
		t.Errorf("member %s does not read cleanly:\n%v\n%s", prof.Member, pf.Diagnostics, member)
	}
	if diff := cmp.Diff(profileModel(t, prof.Profile), profileModel(t, pf)); diff != "" {
		t.Errorf("member %s differs from the YAML (-yaml +member):\n%s", prof.Member, diff)
	}
	conf := built["uss"+sys.Syslog.Target]
	sf, err := gsyslog.Parse("syslog.conf", conf)
	if err != nil {
		t.Fatal(err)
	}
	if len(sf.Diagnostics) > 0 {
		t.Errorf("syslog.conf does not read cleanly:\n%v\n%s", sf.Diagnostics, conf)
	}
	if diff := cmp.Diff(views.SyslogView(sys.Syslog.Syslog), views.SyslogView(sf)); diff != "" {
		t.Errorf("syslog.conf differs from the YAML (-yaml +built):\n%s", diff)
	}
}

// TestPrintYAMLProfiles: every profile input of the repository, imported
// to YAML, loaded and printed as a member, reads back with the model of
// the YAML (the path znet build takes for a profile document).
func TestPrintYAMLProfiles(t *testing.T) {
	in := golden.Glob("golden/profile/*.prof", "golden/profile/*.inc", "golden/migrate/*.prof", "golden/migrate/*.inc", "../shared/samples/*.prof")
	n := 0
	for _, path := range in {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := profile.Parse(path, data)
		if err != nil {
			t.Fatal(err)
		}
		if f.Diagnostics.HasErrors() {
			continue // import refuses files with syntax errors
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc, err := desired.Marshal(desired.ExportProfile(f, data))
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			yp := filepath.Join(dir, "profile.yaml")
			if err := os.WriteFile(yp, doc, 0o644); err != nil {
				t.Fatal(err)
			}
			part, err := desired.LoadNative(yp, "profile")
			if err != nil {
				t.Fatal(err)
			}
			member := emit.PrintProfile(part.Layout())
			back, err := profile.Parse("MEMBER", member)
			if err != nil {
				t.Fatal(err)
			}
			if back.Diagnostics.HasErrors() {
				t.Errorf("printed member has syntax errors:\n%v\n%s", back.Diagnostics, member)
			}
			if diff := cmp.Diff(profileModel(t, part.Profile), profileModel(t, back)); diff != "" {
				t.Errorf("printed member differs from the YAML (-yaml +member):\n%s\nYAML:\n%s\nmember:\n%s", diff, doc, member)
			}
		})
	}
	if n < 40 {
		t.Errorf("only %d profiles printed", n)
	}
}
