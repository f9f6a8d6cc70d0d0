package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

func znetRun(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

const (
	importProfile = `; network part of the profile
INTERFACE ETH1 DEFINE IPAQENET PORTNAME PORTA IPADDR 10.1.1.2/24
PORT 23 TCP TN3270
START ETH1
`
	importSyslog = "# errors\n*.*.*.err /var/log/errors\n*.TCPIP.*.info /var/log/tcpip\n"
)

// importDir writes the members of a PDS as downloaded: the PAGENT chain of
// examples/native (stacks named in the main file), a profile part and a
// syslog.conf.
func importDir(t *testing.T, stacks ...string) string {
	t.Helper()
	dir := t.TempDir()
	main := "LogLevel 31\n"
	for _, st := range stacks {
		main += "TcpImage " + st + " //'SYS1.TCPPARMS(IMG" + st[len(st)-1:] + ")' FLUSH PURGE\n"
		migrateWrite(t, dir, "IMG"+st[len(st)-1:], "TTLSConfig //'SYS1.TCPPARMS(TTLS"+st[len(st)-1:]+")' FLUSH PURGE\n")
		migrateWrite(t, dir, "TTLS"+st[len(st)-1:], "TTLSGroupAction grp { TTLSEnabled On }\n")
	}
	migrateWrite(t, dir, "PAGENT", main)
	migrateWrite(t, dir, "PROFNET", importProfile)
	migrateWrite(t, dir, "syslog.conf", importSyslog)
	return dir
}

// import writes a profile and a syslog document beside the policy
// documents, the system file names them, and the result checks and builds.
func TestImportProfileAndSyslog(t *testing.T) {
	in := importDir(t, "TCPIP")
	out := filepath.Join(t.TempDir(), "yaml")
	code, _, errs := znetRun("import", "--system", "T1", "-o", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sys, err := os.ReadFile(filepath.Join(out, "system.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"profile: {file: profnet.yaml, member: PROFNET}", "syslog: {file: syslog.yaml, path: /etc/syslog.conf}"} {
		if !strings.Contains(string(sys), want) {
			t.Errorf("system.yaml lacks %q:\n%s", want, sys)
		}
	}
	prof, _ := os.ReadFile(filepath.Join(out, "profnet.yaml"))
	for _, want := range []string{"  # network part of the profile\n  - INTERFACE: ETH1\n    DEFINE: IPAQENET\n", "  - verbatim: |\n      PORT 23 TCP TN3270\n", "  - START: ETH1\n"} {
		if !strings.Contains(string(prof), want) {
			t.Errorf("profnet.yaml lacks %q:\n%s", want, prof)
		}
	}
	if code, stdout, errs := znetRun("check", filepath.Join(out, "system.yaml")); code != 0 {
		t.Errorf("check of the import: exit %d:\n%s%s", code, stdout, errs)
	}
	// Built, the profile member reads as the profile did.
	members := filepath.Join(t.TempDir(), "members")
	if code, _, errs := znetRun("build", filepath.Join(out, "system.yaml"), "-o", members); code != 0 {
		t.Fatalf("build of the import: exit %d: %s", code, errs)
	}
	built, err := os.ReadFile(filepath.Join(members, "SYS1.TCPPARMS", "PROFNET"))
	if err != nil {
		t.Fatal(err)
	}
	want := "; network part of the profile\nINTERFACE ETH1 DEFINE IPAQENET PORTNAME PORTA IPADDR 10.1.1.2/24\nPORT 23 TCP TN3270\nSTART ETH1\n"
	if string(built) != want {
		t.Errorf("built PROFNET:\n%s\nwant:\n%s", built, want)
	}
	logconf, _ := os.ReadFile(filepath.Join(members, "uss", "etc", "syslog.conf"))
	if !strings.Contains(string(logconf), "*.*.*.err") || !strings.Contains(string(logconf), "# errors") {
		t.Errorf("built syslog.conf:\n%s", logconf)
	}
}

// With several stacks, the profile is named for the stack --stack names;
// without it, import says so and names it nowhere.
func TestImportProfileStack(t *testing.T) {
	in := importDir(t, "TCPIPA", "TCPIPB")
	out := filepath.Join(t.TempDir(), "yaml")
	code, _, errs := znetRun("import", "-o", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "profnet.yaml is not named in system.yaml: the system has 2 stacks (TCPIPA, TCPIPB); say which one with --stack") {
		t.Errorf("no note about the stack:\n%s", errs)
	}
	out2 := filepath.Join(t.TempDir(), "yaml")
	if code, _, errs := znetRun("import", "--stack", "tcpipb", "-o", out2, in); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sys, _ := os.ReadFile(filepath.Join(out2, "system.yaml"))
	if !strings.Contains(string(sys), "  TCPIPB:\n    image: IMGB\n    attls: {file: ttlsb.yaml, member: TTLSB}\n    profile: {file: profnet.yaml, member: PROFNET}\n") {
		t.Errorf("profile not named for TCPIPB:\n%s", sys)
	}
}

// One profile and no -o: the document goes to stdout; loaded back by
// check it gives no problem the native profile does not have.
func TestImportProfileStdout(t *testing.T) {
	in := filepath.Join(golden.Root(), "golden", "profile", "routes.prof")
	code, out, errs := znetRun("import", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "profile:\n") || !strings.Contains(out, "BEGINROUTES:") {
		t.Errorf("not a profile document:\n%s", out)
	}
}

// check reads profile and syslog documents on their own, with every
// problem at its YAML line and column.
func TestCheckProfileDocument(t *testing.T) {
	dir := t.TempDir()
	p := migrateWrite(t, dir, "p.yaml", "profile:\n  - INTERFACE: ETH1\n    DEFINE: IPAQENET\n    PORTNAM: PORTA\n    IPADDR: 10.1.1.2/24\n  - START: ETH2\n")
	s := migrateWrite(t, dir, "s.yaml", "syslog:\n  - selector: \"*.TCPIP.*.eror\"\n    destination: /var/log/tcpip\n")
	code, out, _ := znetRun("check", p, s)
	if code != 2 {
		t.Errorf("exit %d, want 2 (syntax errors)", code)
	}
	for _, want := range []string{
		"p.yaml:4:5: error YM102: \"PORTNAM\" is not a parameter of INTERFACE DEFINE IPAQENET (did you mean PORTNAME?)",
		"p.yaml:6:12: error PR202: START names ETH2",
		"s.yaml:2:26: error SL109: unknown priority code \"eror\" (did you mean err?)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
}

// TestNativeCommandsRefuseYAML: parse, fmt, import and migrate read native
// members; given a znet YAML document they exit 2 with a message naming
// the commands that read YAML, instead of reading it as profile text.
func TestNativeCommandsRefuseYAML(t *testing.T) {
	doc := filepath.Join("..", "..", "examples", "plex1", "profile-tcpip.yaml")
	if _, err := os.Stat(doc); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"parse", "fmt", "import", "migrate"} {
		code, out, errs := znetRun(cmd, doc)
		if code != 2 || out != "" || !strings.Contains(errs, "is a znet YAML document, and znet "+cmd+" reads native members") ||
			strings.Contains(errs, "PR105") {
			t.Errorf("%s: exit %d, out %q, err %q", cmd, code, out, errs)
		}
		if cmd == "migrate" && !strings.Contains(errs, "znet import the result") {
			t.Errorf("migrate does not say how to migrate a YAML profile: %q", errs)
		}
	}
	// A directory of members is read as before: its YAML files are not
	// members, and migrate passes them over.
	dir := t.TempDir()
	for name, text := range map[string]string{"profile": "DEVICE P MPCIPA\nLINK L IPAQENET P\nHOME 10.0.0.1 L\nSTART P\n", "notes.yaml": "a: 1\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if code, out, errs := znetRun("migrate", "--prefix", "L=/24", dir); code != 0 || !strings.Contains(out, "INTERFACE L") {
		t.Errorf("migrate DIR: exit %d\n%s%s", code, out, errs)
	}
}
