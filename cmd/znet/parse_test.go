package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseMasksSecrets: znet parse prints the tree of a Policy Agent
// file with the values of secrets hidden, a misspelled one included.
func TestParseMasksSecrets(t *testing.T) {
	p := filepath.Join(t.TempDir(), "ring.conf")
	text := "TTLSKeyringParms ring\n{\n  Keyring A/B\n  KeyringPw Sup3rS3cret\n  KeyringPassword Typo1\n}\n"
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"yaml", "json"} {
		code, out, errs := znetRun("parse", "--format", format, p)
		if code != 0 || strings.Contains(out, "Sup3rS3cret") || strings.Contains(out, "Typo1") ||
			!strings.Contains(out, "A/B") || strings.Count(out, "********") != 2 {
			t.Errorf("%s: exit %d\n%s%s", format, code, out, errs)
		}
	}
}
