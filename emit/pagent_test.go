package emit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

// formatGolden renders what FormatPagent does with a file: the text, or
// the refusal with its diagnostics.
func formatGolden(name string, data []byte) []byte {
	out, warns, err := FormatPagent(name, data)
	var sb strings.Builder
	for _, w := range warns {
		sb.WriteString(w.String() + "\n")
	}
	if err != nil {
		var fe *FormatError
		if errors.As(err, &fe) {
			for _, d := range fe.Diags {
				sb.WriteString(d.String() + "\n")
			}
		}
		sb.WriteString("znet: " + err.Error() + "\n")
		return []byte(sb.String())
	}
	return append([]byte(sb.String()), out...)
}

func TestFormatGolden(t *testing.T) {
	for _, in := range golden.Inputs(t, "emit", ".conf") {
		base := filepath.Base(in)
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := formatGolden(base, data)
			golden.Check(t, filepath.Join("emit", strings.TrimSuffix(base, ".conf")+".out"), got)
			out, _, err := FormatPagent(base, data)
			if err != nil {
				return
			}
			again, _, err := FormatPagent(base, out)
			if err != nil {
				t.Fatalf("formatted text does not format again: %v", err)
			}
			if string(again) != string(out) {
				t.Errorf("formatting is not idempotent:\n--- first\n%s--- second\n%s", out, again)
			}
		})
	}
}
