package emit

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

func TestRecords(t *testing.T) {
	recs, err := Records("M", []byte("a  \r\nb\n\n  c\t \n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a", "b", "", "  c\t"}
	if strings.Join(recs, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", recs, want)
	}
	if recs, _ := Records("M", nil); recs != nil {
		t.Errorf("empty text gives %q", recs)
	}
	// 80 columns fit; 81 do not, and the message names member, line and word.
	ok := strings.Repeat("x", 80)
	if _, err := Records("M", []byte(ok+"   \n")); err != nil {
		t.Errorf("80 columns plus trailing blanks: %v", err)
	}
	long := "  CertificateLabel " + strings.Repeat("L", 70) + " tail"
	_, err = Records("PAGENTT", []byte("ok\n"+long+"\n"))
	var re RecordErrors
	if !errors.As(err, &re) || len(re) != 1 || re[0].Line != 2 || re[0].Value != strings.Repeat("L", 70) {
		t.Fatalf("got %v", err)
	}
	if !strings.Contains(err.Error(), "member PAGENTT, line 2") {
		t.Errorf("message %q names no member and line", err)
	}
	// A secret is never echoed.
	pw := strings.Repeat("p", 90)
	_, err = Records("M", []byte("  KeyringPw "+pw+"\n"), pw)
	if err == nil || strings.Contains(err.Error(), pw) || !strings.Contains(err.Error(), Mask) {
		t.Errorf("secret not masked: %v", err)
	}
}

func TestCodePages(t *testing.T) {
	for _, n := range []string{"IBM-1047", "ibm1047", "CP1047", "1047", "IBM-037", "37", "ibm-273", "IBM-1141"} {
		if _, err := LookupCodePage(n); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
	if _, err := LookupCodePage("IBM-9999"); err == nil || !strings.Contains(err.Error(), "IBM-1047") {
		t.Errorf("unknown code page: %v", err)
	}
	cp, _ := LookupCodePage("IBM-1047")
	if cp.Blank != 0x40 {
		t.Errorf("blank of IBM-1047 is %#x", cp.Blank)
	}
	out, err := Encode("M", []string{"AB", ""}, cp)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 160 || out[0] != 0xC1 || out[1] != 0xC2 || out[2] != 0x40 || out[159] != 0x40 || bytes.ContainsAny(out, "\n\r\x15\x25") {
		t.Errorf("records not padded to 80 bytes without line ends: % x", out[:4])
	}
	_, err = Encode("PAGENTT", []string{"ok", "  Keyring \u20ac"}, cp)
	var ee *EncodeError
	if !errors.As(err, &ee) || ee.Line != 2 || ee.Col != 11 || ee.Member != "PAGENTT" {
		t.Errorf("got %v", err)
	}
	cp1141, _ := LookupCodePage("IBM-1141")
	if _, err := Encode("M", []string{"\u20ac"}, cp1141); err != nil {
		t.Errorf("IBM-1141 has the euro sign: %v", err)
	}
	back, err := Decode(out, cp)
	if err != nil || strings.Join(back, "|") != "AB|" {
		t.Errorf("decode: %q %v", back, err)
	}
}

// TestCodePagesMatchIconv compares every code page with the GNU C
// library's iconv, which follows IBM's definitions.
func TestCodePagesMatchIconv(t *testing.T) {
	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed")
	}
	for _, name := range CodePages() {
		cp, _ := LookupCodePage(name)
		var text []rune
		for r := range cp.enc {
			text = append(text, r)
		}
		cmd := exec.Command("iconv", "-f", "UTF-8", "-t", strings.ReplaceAll(name, "-", ""))
		cmd.Stdin = strings.NewReader(string(text))
		want, err := cmd.Output()
		if err != nil {
			t.Logf("%s: iconv cannot convert (%v); skipped", name, err)
			continue
		}
		got := make([]byte, 0, len(text))
		for _, r := range text {
			got = append(got, cp.enc[r])
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from iconv", name)
		}
	}
}

// ebcdicMember is the member the EBCDIC golden test builds: a formatted
// golden input.
func ebcdicMember(t *testing.T) []string {
	data, err := os.ReadFile(golden.Path("emit", "05-main-image-dmd.out"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := Records("PAGENT", data)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestEBCDICGolden(t *testing.T) {
	cp, _ := LookupCodePage(DefaultCodePage)
	recs := ebcdicMember(t)
	out, err := Encode("PAGENT", recs, cp)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 80*len(recs) {
		t.Fatalf("%d bytes for %d records", len(out), len(recs))
	}
	golden.Check(t, "emit/05-main-image-dmd.ibm1047", out)

	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed: bytes not compared with iconv -f IBM-1047")
	}
	cmd := exec.Command("iconv", "-f", "IBM-1047", "-t", "UTF-8")
	cmd.Stdin = bytes.NewReader(out)
	text, err := cmd.Output()
	if err != nil {
		t.Skipf("iconv does not know IBM-1047: %v", err)
	}
	rs := []rune(string(text))
	if len(rs) != len(out) {
		t.Fatalf("iconv gives %d characters for %d bytes", len(rs), len(out))
	}
	for i, want := range recs {
		got := strings.TrimRight(string(rs[i*80:(i+1)*80]), " ")
		if got != want {
			t.Errorf("record %d: iconv reads %q, want %q", i+1, got, want)
		}
	}
}

func TestMemberBytes(t *testing.T) {
	text := []byte("LogLevel  31   \nCodePage  IBM-1047\n")
	u, recs, err := MemberBytes("PAGENT", text, "")
	if err != nil || string(u) != "LogLevel  31\nCodePage  IBM-1047\n" || len(recs) != 2 {
		t.Errorf("UTF-8: %q %v", u, err)
	}
	e, _, err := MemberBytes("PAGENT", text, "ibm-1047")
	if err != nil || len(e) != 160 {
		t.Errorf("IBM-1047: %d bytes, %v", len(e), err)
	}
	if _, _, err := MemberBytes("pagent", text, ""); err == nil {
		t.Error("lower-case member name accepted")
	}
	if _, _, err := MemberBytes("PAGENT", text, "IBM-9"); err == nil {
		t.Error("unknown code page accepted")
	}
}
