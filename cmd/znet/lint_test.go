package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

// lintRun runs znet with args in dir and returns the exit code and output.
func lintRun(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

const lintWarnOnly = `TTLSRule                      R1
{
  LocalPortRange              992
  Direction                   Inbound
  TTLSGroupActionRef          g
  TTLSEnvironmentActionRef    e
}
TTLSGroupAction               g
{
  TTLSEnabled                 On
  Trace                       255
}
TTLSEnvironmentAction         e
{
  HandshakeRole               Server
  TTLSKeyringParms
  {
    Keyring                   TCPIP/Ring
  }
  TTLSEnvironmentAdvancedParms
  {
    TLSv1                     Off
    TLSv1.1                   Off
    TLSv1.2                   On
  }
  TTLSCipherParms
  {
    V3CipherSuites            TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
    V3CipherSuites            TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
  }
  TTLSSignatureParms
  {
    SignaturePairs            0403050308040805
    ServerKexECurves          00230024
  }
}
`

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLintExitCodes(t *testing.T) {
	clean := strings.Replace(lintWarnOnly, "  Trace                       255\n", "", 1)
	broken := strings.Replace(lintWarnOnly, "  Trace                       255\n", "  Trace                       ...\n", 1)
	dir := writeFiles(t, map[string]string{
		"warn.conf":   lintWarnOnly,
		"clean.conf":  clean,
		"broken.conf": broken,
		"bad.yaml":    "rules:\n  HYG001: off\n",
		"fail.yaml":   "fail-on: warning\n",
	})
	multi := golden.Path("lint", "multi.conf")
	for _, tc := range []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"lint", multi}, 1, "error HYG001"},
		{[]string{"lint", "clean.conf"}, 0, "0 error(s), 0 warning(s), 0 info"},
		{[]string{"lint", "warn.conf"}, 0, "warning HYG004"},
		{[]string{"lint", "--fail-on", "warning", "warn.conf"}, 1, "warning HYG004"},
		{[]string{"lint", "--config", "fail.yaml", "warn.conf"}, 1, "warning HYG004"},
		{[]string{"lint", "--config", "fail.yaml", "--fail-on", "error", "warn.conf"}, 0, "warning HYG004"},
		{[]string{"lint", "broken.conf"}, 2, "error PA107"},
		{[]string{"lint", "--config", "bad.yaml", "warn.conf"}, 2, ""},
		{[]string{"lint", "--fail-on", "fatal", "warn.conf"}, 2, ""},
		{[]string{"lint", "--format", "xml", "warn.conf"}, 2, ""},
		{[]string{"lint", "missing.conf"}, 2, ""},
		{[]string{"lint", "--baseline", "missing.json", "warn.conf"}, 2, ""},
		{[]string{"lint"}, 2, ""},
	} {
		code, out, errs := lintRun(t, dir, tc.args...)
		if code != tc.code || !strings.Contains(out, tc.out) {
			t.Errorf("znet %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(tc.args, " "), code, tc.code, out, errs)
		}
		if strings.Contains(out, "\x1b[") {
			t.Errorf("znet %s: colour on a non-terminal", strings.Join(tc.args, " "))
		}
	}
}

func TestLintConfigFoundUpward(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		".znet.yaml":         "fail-on: warning\nrules:\n  HYG005: off\n",
		"sub/deep/warn.conf": lintWarnOnly,
	})
	code, out, _ := lintRun(t, filepath.Join(dir, "sub", "deep"), "lint", "warn.conf")
	if code != 1 {
		t.Errorf("the .znet.yaml two levels up was not used (exit %d):\n%s", code, out)
	}
}

func TestLintBaselineCycle(t *testing.T) {
	dir := writeFiles(t, map[string]string{"p.conf": lintWarnOnly})
	code, _, errs := lintRun(t, dir, "lint", "--fail-on", "warning", "--write-baseline", "base.json", "p.conf")
	if code != 0 || !strings.Contains(errs, "wrote 1 finding(s)") {
		t.Fatalf("write-baseline: exit %d, %s", code, errs)
	}
	code, out, _ := lintRun(t, dir, "lint", "--fail-on", "warning", "--baseline", "base.json", "p.conf")
	if code != 0 || !strings.Contains(out, "1 in the baseline") {
		t.Errorf("with baseline: exit %d\n%s", code, out)
	}
	// Lines move and a new problem appears: only the new one is reported.
	moved := "# moved down\n\n" + strings.Replace(lintWarnOnly, "  Trace                       255\n", "  Trace                       255\n  CtraceClearText             On\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "p.conf"), []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = lintRun(t, dir, "lint", "--fail-on", "warning", "--baseline", "base.json", "p.conf")
	if code != 1 || !strings.Contains(out, "HYG003") || strings.Contains(out, "HYG004") {
		t.Errorf("after a change: exit %d\n%s", code, out)
	}
}

func TestLintFormats(t *testing.T) {
	dir := writeFiles(t, map[string]string{"p.conf": lintWarnOnly})
	code, out, _ := lintRun(t, dir, "lint", "-f", "json", "p.conf")
	var rep struct {
		Findings []struct {
			Rule      string `json:"rule"`
			File      string `json:"file"`
			Line      int    `json:"line"`
			Column    int    `json:"column"`
			EndColumn int    `json:"endColumn"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 {
		t.Fatalf("json: exit %d, %v\n%s", code, err, out)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Rule != "HYG004" || rep.Findings[0].Line != 11 || rep.Findings[0].EndColumn != 34 {
		t.Errorf("json findings %+v", rep.Findings)
	}
	_, out, _ = lintRun(t, dir, "lint", "-f", "sarif", "p.conf")
	if !strings.Contains(out, `"version": "2.1.0"`) || !strings.Contains(out, `"ruleId": "HYG004"`) {
		t.Errorf("sarif:\n%s", out)
	}
	_, out, _ = lintRun(t, dir, "lint", "-f", "github", "p.conf")
	if !strings.HasPrefix(out, "::warning file=p.conf,line=11,col=3,endColumn=34,title=HYG004 trace-data::") {
		t.Errorf("github:\n%s", out)
	}
}

func TestRulesCmd(t *testing.T) {
	dir := t.TempDir()
	code, out, _ := lintRun(t, dir, "rules")
	if code != 0 || !strings.Contains(out, "HYG001") || !strings.Contains(out, "error*") {
		t.Errorf("rules: exit %d\n%s", code, out)
	}
	code, out, _ = lintRun(t, dir, "rules", "hyg004")
	if code != 0 || !strings.Contains(out, "HYG004  trace-data") || !strings.Contains(out, "Sources:") {
		t.Errorf("rules hyg004: exit %d\n%s", code, out)
	}
	code, _, errs := lintRun(t, dir, "rules", "HYG040")
	if code != 2 || !strings.Contains(errs, "did you mean HYG004?") {
		t.Errorf("rules HYG040: exit %d, %s", code, errs)
	}
}

// x-znet-ignore in a YAML policy silences the finding under it. (Whether
// the YAML loader also accepts the key is the loader's business; the exit
// code is not checked here.)
func TestLintYAMLSuppression(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.yaml": `attls:
  TTLSRule:
    TN3270-secure:
      LocalPortRange: 992
      Direction: Inbound
      TTLSGroupActionRef: grp-on
      TTLSEnvironmentActionRef: env-tn3270
  TTLSGroupAction:
    grp-on:
      x-znet-ignore: HYG004 trace for PMR TS0123456
      TTLSEnabled: On
      Trace: 255
  TTLSEnvironmentAction:
    env-tn3270:
      HandshakeRole: Server
      Keyring: TCPIP/TN3270RING
`})
	_, out, _ := lintRun(t, dir, "lint", "a.yaml")
	if strings.Contains(out, "warning HYG004") || !strings.Contains(out, "1 suppressed by znet:ignore") {
		t.Errorf("x-znet-ignore not applied:\n%s", out)
	}
}

// Colour needs a character device and no NO_COLOR; a pipe or a buffer
// never gets it.
func TestLintColor(t *testing.T) {
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	t.Setenv("NO_COLOR", "")
	if !lintColor(f) {
		t.Errorf("%s is a character device: colour expected", os.DevNull)
	}
	t.Setenv("NO_COLOR", "1")
	if lintColor(f) {
		t.Error("NO_COLOR is set: no colour")
	}
	t.Setenv("NO_COLOR", "")
	if lintColor(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
}
