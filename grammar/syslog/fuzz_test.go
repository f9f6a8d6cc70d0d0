package syslog

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zosnet/znet/golden"
)

// FuzzParse checks that any input parses without a panic or an error,
// deterministically, with every diagnostic inside the file.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"*.TCPIP.*.err /var/log/TCPIPerr.%Y.%m.%d\n",
		"*.*;mail.none /var/log/all -F 640 -D 770\n",
		"*.TCPIP.*.none;\n*.CPAGENT.*.none /var/log/all\n",
		"(10.1.1.1/24).daemon.info @loghost\n# c\n",
		"mail.* /m -N Q -X\nBeginArchiveParms x\n",
		"*..err /x\n(1.2\n;;; /a /b\n-F\n",
	} {
		f.Add([]byte(s))
	}
	if paths, err := filepath.Glob(filepath.Join(golden.Root(), "golden", "syslog", "*.conf")); err == nil {
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("f.conf", data)
		if err != nil {
			t.Fatalf("Parse failed: %v", err)
		}
		b, _ := Parse("f.conf", data)
		if !reflect.DeepEqual(a, b) {
			t.Fatal("two parses differ")
		}
		lines := bytes.Count(data, []byte{'\n'}) + 1
		for _, d := range a.Diags() {
			if d.Span.Line < 1 || d.Span.Line > lines || d.Span.Col < 1 {
				t.Fatalf("diagnostic outside the file: %v", d)
			}
		}
		_ = a.Outline(true)
	})
}
