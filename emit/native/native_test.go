package native

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/gskenv"
	"github.com/zosnet/znet/grammar/syslog"
)

func kindOf(name string) string {
	switch {
	case strings.HasSuffix(name, ".env"):
		return "gskenv"
	case strings.Contains(name, "syslog"), strings.HasSuffix(name, ".syslog"):
		return "syslog"
	}
	return "pagent"
}

func TestGolden(t *testing.T) {
	for _, in := range golden.Inputs(t, "emit/native", ".syslog", ".env") {
		base := filepath.Base(in)
		t.Run(base, func(t *testing.T) {
			data, _ := os.ReadFile(in)
			out, warns, err := Format(kindOf(base), base, data)
			if err != nil {
				t.Fatal(err)
			}
			var sb strings.Builder
			for _, w := range warns {
				sb.WriteString(w.String() + "\n")
			}
			golden.Check(t, filepath.Join("emit", "native", base+".out"), append([]byte(sb.String()), out...))
		})
	}
}

// outline is what a file holds, without positions.
func outline(t *testing.T, kind, name string, data []byte) (string, bool) {
	t.Helper()
	var o any
	switch kind {
	case "syslog":
		f, err := syslog.Parse(name, data)
		if err != nil || f.Diagnostics.HasErrors() {
			return "", false
		}
		o = f.Outline(false)
	case "gskenv":
		f, err := gskenv.Parse(name, data)
		if err != nil || f.Diagnostics.HasErrors() {
			return "", false
		}
		o = f.Outline(false)
	}
	b, _ := json.Marshal(o)
	return string(b), true
}

// TestRoundTrip: formatting syslogd and environment files keeps what they
// hold and is idempotent.
func TestRoundTrip(t *testing.T) {
	files := golden.Glob("golden/emit/native/*.syslog", "golden/emit/native/*.env",
		"golden/syslog/*.conf", "golden/syslog/samples/*", "golden/gskenv/*.env", "golden/gskenv/samples/*",
		"../shared/samples/syslog-*.conf", "../shared/samples/*.env")
	n := 0
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil || strings.HasSuffix(fn, ".golden") {
			continue
		}
		kind := "syslog"
		if strings.HasSuffix(fn, ".env") || strings.Contains(fn, "gskenv") {
			kind = "gskenv"
		}
		before, ok := outline(t, kind, fn, data)
		out, _, err := Format(kind, fn, data)
		if !ok {
			var fe *emit.FormatError
			if !errors.As(err, &fe) {
				t.Errorf("%s: syntax errors but not refused: %v", fn, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", fn, err)
			continue
		}
		after, ok := outline(t, kind, fn, out)
		if !ok || before != after {
			t.Errorf("%s: formatting changed what the file holds\n%s\n%s\n%s", fn, before, after, out)
		}
		again, _, err := Format(kind, fn, out)
		if err != nil || string(again) != string(out) {
			t.Errorf("%s: not idempotent:\n%s---\n%s", fn, out, again)
		}
		n++
	}
	t.Logf("%d files round-tripped", n)
}

func TestUnsupported(t *testing.T) {
	_, _, err := Format("pasearch", "REPORT", []byte("TTLSRule: r\n"))
	var ue *emit.UnsupportedError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "not yet supported for kind pasearch") ||
		!strings.Contains(err.Error(), "profile") {
		t.Errorf("got %v", err)
	}
}

// TestProfile: the profile kind is formatted by emit.FormatProfile.
func TestProfile(t *testing.T) {
	out, _, err := Format("profile", "PROFILE", []byte("dev x mpcipa\n  link l ipaqenet x\n"))
	if err != nil || string(out) != "DEVICE x MPCIPA\nLINK l IPAQENET x\n" {
		t.Errorf("got %q, %v", out, err)
	}
	_, _, err = Format("profile", "PROFILE", []byte("BEGINROUTES\n"))
	var fe *emit.FormatError
	if !errors.As(err, &fe) || !fe.Syntax {
		t.Errorf("got %v", err)
	}
}

func TestMask(t *testing.T) {
	got := string(Mask("gskenv", "x.env", []byte("GSK_LDAP_USER_PW=secret\nGSK_PROTOCOL_TLSV1_2=ON\n")))
	if strings.Contains(got, "secret") || !strings.Contains(got, "GSK_LDAP_USER_PW=********") {
		t.Errorf("got %q", got)
	}
}
