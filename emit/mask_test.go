package emit

import (
	"strings"
	"testing"
)

func TestMaskPagent(t *testing.T) {
	in := "TTLSKeyringParms r\n{\n  Keyring   a/b\n  keyringpw  s3cr#t   # the password\n  KeyringPassword typo1\n}\nKeyExchangeRule k\n{\n  SharedKey ASCII mykey\n}\nTTLSSignatureParms s\n{\n  ClientKeyShareGroups 0023\n}\n"
	out := string(MaskPagent("t.conf", []byte(in)))
	for _, s := range []string{"s3cr#t", "mykey", "typo1"} {
		if strings.Contains(out, s) {
			t.Errorf("%q not masked:\n%s", s, out)
		}
	}
	for _, s := range []string{"keyringpw  ********   # the password", "a/b", "ClientKeyShareGroups 0023"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q missing:\n%s", s, out)
		}
	}
	objsIn := []byte("TTLSKeyringParms r\n{\n  Keyring a/b\n  KeyringPw pw1\n}\n")
	f, p := parseModel(t, objsIn)
	_ = f
	if s := Secrets(p.Objects); len(s) == 0 || s[0] != "pw1" {
		t.Errorf("Secrets: %q", s)
	}
}

func TestUnifiedDiff(t *testing.T) {
	a := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n"
	b := "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\nELEVEN\n12\n"
	got := string(UnifiedDiff("a/x", "b/x", []byte(a), []byte(b)))
	want := "--- a/x\n+++ b/x\n@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+ELEVEN\n 12\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if UnifiedDiff("a", "b", []byte(a), []byte(a)) != nil {
		t.Error("equal texts give a diff")
	}
	got = string(UnifiedDiff("a", "b", []byte("x"), []byte("x\ny\n")))
	if !strings.Contains(got, "\\ No newline at end of file") || !strings.Contains(got, "+y") {
		t.Errorf("got\n%s", got)
	}
}
