package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fmtProfileMessy = "; OSA port\r\n" +
	"dev\tOSADEV mpcipa   \r\n" +
	"  link OSALNK ipaqenet OSADEV ; the link\r\n" +
	"home 10.1.1.2 OSALNK\r\n" +
	"beginroutes\r\n" +
	"route default 10.1.1.1 OSALNK mtu 1492\r\n" +
	"endroutes\r\n" +
	"start OSADEV\r\n"

const fmtProfileClean = `; OSA port
DEVICE OSADEV MPCIPA
LINK OSALNK IPAQENET OSADEV ; the link
HOME 10.1.1.2 OSALNK
BEGINROUTES
  ROUTE DEFAULT 10.1.1.1 OSALNK MTU 1492
ENDROUTES
START OSADEV
`

// TestFmtProfile: znet fmt on TCP/IP profiles: --check and --diff write
// nothing, fmt rewrites, a second run changes nothing, a profile with
// syntax errors exits 2 and nothing is written.
func TestFmtProfile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o640); err != nil {
			t.Fatal(err)
		}
		return p
	}
	messy := write("PROFILE", fmtProfileMessy)

	code, out, errs := lintRun(t, dir, "fmt", "--check", "PROFILE")
	if code != 1 || strings.TrimSpace(out) != "PROFILE" {
		t.Errorf("--check: code %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = lintRun(t, dir, "fmt", "--diff", "PROFILE")
	if code != 0 || !strings.Contains(out, "+DEVICE OSADEV MPCIPA") || !strings.Contains(out, "+  ROUTE DEFAULT 10.1.1.1 OSALNK MTU 1492") {
		t.Errorf("--diff: code %d:\n%s", code, out)
	}
	if b, _ := os.ReadFile(messy); string(b) != fmtProfileMessy {
		t.Error("--check or --diff wrote the file")
	}

	code, out, errs = lintRun(t, dir, "fmt", "PROFILE")
	if code != 0 || out != "" || errs != "" {
		t.Errorf("fmt: code %d, out %q, err %q", code, out, errs)
	}
	if b, _ := os.ReadFile(messy); string(b) != fmtProfileClean {
		t.Errorf("formatted:\n%s\nwant:\n%s", b, fmtProfileClean)
	}
	if st, _ := os.Stat(messy); st.Mode().Perm() != 0o640 {
		t.Errorf("mode changed to %v", st.Mode())
	}
	code, out, _ = lintRun(t, dir, "fmt", "--check", "PROFILE")
	if code != 0 || out != "" {
		t.Errorf("second --check: code %d out %q", code, out)
	}
	before, _ := os.Stat(messy)
	code, _, _ = lintRun(t, dir, "fmt", "PROFILE")
	if after, _ := os.Stat(messy); code != 0 || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("second fmt: code %d, file rewritten", code)
	}

	// Syntax errors: exit 2, nothing written, not even the other file.
	write("PROFILE2", fmtProfileMessy)
	broken := "DEVICE D MPCIPA\nBEGINROUTES\n  ROUTE DEFAULT 10.1.1.1 L MTU 1500\nHOME 10.1.1.2 L\nENDHOME\n"
	write("BROKEN", broken)
	code, _, errs = lintRun(t, dir, "fmt", "--kind", "profile", "PROFILE2", "BROKEN")
	if code != 2 || !strings.Contains(errs, "PR106") || !strings.Contains(errs, "PR105") || !strings.Contains(errs, "nothing written") {
		t.Errorf("syntax errors: code %d, err %q", code, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "BROKEN")); string(b) != broken {
		t.Error("the broken profile was written")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "PROFILE2")); string(b) != fmtProfileMessy {
		t.Error("a file was written although another could not be formatted")
	}

	// Sequence numbers are removed, with warnings; a word too long for a
	// record is reported once (by the formatter, FM104).
	numbered := "DEVICE D MPCIPA" + strings.Repeat(" ", 57) + "00000100\n" +
		"INCLUDE /u/" + strings.Repeat("x", 80) + "\n"
	write("NUMBERED", numbered)
	code, _, errs = lintRun(t, dir, "fmt", "--kind", "profile", "NUMBERED")
	if code != 0 || !strings.Contains(errs, "PR110") || !strings.Contains(errs, "FM105") || strings.Count(errs, "FM104") != 1 {
		t.Errorf("numbered: code %d, err %q", code, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "NUMBERED")); !strings.HasPrefix(string(b), "DEVICE D MPCIPA\nINCLUDE\n  /u/xxx") {
		t.Errorf("numbered profile formatted as\n%s", b)
	}
}
