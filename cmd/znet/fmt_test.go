package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fmtMessy = `ttlsrule r1
{
  direction inbound
  localportrange 21
  ttlsgroupactionref g1
}
ttlskeyringparms ring
{
  keyring A/B
  keyringpw Sup3rS3cret
}
`

const fmtUnknown = `TTLSRule r1
{
  Direction Inbound
  Prioritee 5
}
`

func TestFmt(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	messy := write("messy.conf", fmtMessy)

	code, out, errs := lintRun(t, dir, "fmt", "--check", "messy.conf")
	if code != 1 || strings.TrimSpace(out) != "messy.conf" {
		t.Errorf("--check: code %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = lintRun(t, dir, "fmt", "--diff", "messy.conf")
	if code != 0 || !strings.Contains(out, "+  KeyringPw       ********") || strings.Contains(out, "Sup3rS3cret") {
		t.Errorf("--diff: code %d, secret shown or diff missing:\n%s", code, out)
	}
	if b, _ := os.ReadFile(messy); string(b) != fmtMessy {
		t.Error("--check or --diff wrote the file")
	}

	code, out, errs = lintRun(t, dir, "fmt", "messy.conf")
	if code != 0 || out != "" {
		t.Errorf("fmt: code %d, out %q, err %q", code, out, errs)
	}
	b, _ := os.ReadFile(messy)
	if !strings.Contains(string(b), "KeyringPw       Sup3rS3cret") || !strings.HasPrefix(string(b), "TTLSRule") {
		t.Errorf("file not formatted or secret lost:\n%s", b)
	}
	if st, _ := os.Stat(messy); st.Mode().Perm() != 0o600 {
		t.Errorf("mode changed to %v", st.Mode())
	}
	code, out, _ = lintRun(t, dir, "fmt", "--check", "messy.conf")
	if code != 0 || out != "" {
		t.Errorf("second --check: code %d out %q", code, out)
	}

	// A file that would lose a parameter: exit 2, nothing written, even
	// for the other file named.
	write("messy2.conf", fmtMessy)
	write("unknown.conf", fmtUnknown)
	code, _, errs = lintRun(t, dir, "fmt", "messy2.conf", "unknown.conf")
	if code != 2 || !strings.Contains(errs, "FM101") || !strings.Contains(errs, "Prioritee") || !strings.Contains(errs, "nothing written") {
		t.Errorf("refusal: code %d, err %q", code, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "messy2.conf")); string(b) != fmtMessy {
		t.Error("a file was written although another could not be formatted")
	}

	// Syntax errors: exit 2.
	write("broken.conf", "TTLSRule r1\n{\n  Direction Inbound\n")
	code, _, errs = lintRun(t, dir, "fmt", "broken.conf")
	if code != 2 || !strings.Contains(errs, "PA105") {
		t.Errorf("syntax error: code %d, err %q", code, errs)
	}
}
