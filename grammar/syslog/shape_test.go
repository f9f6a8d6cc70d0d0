package syslog

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zosnet/znet/golden"
)

// TestShapeCache: reading a file with the grammar's outcomes cached gives
// the same tree and diagnostics as reading it with an empty cache.
func TestShapeCache(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(golden.Root(), "golden", "syslog", "*.conf"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		shapesMu.Lock()
		shapes = map[string]shape{}
		shapesMu.Unlock()
		cold, _ := Parse(p, data)
		warm, _ := Parse(p, data)
		if !reflect.DeepEqual(cold, warm) {
			t.Errorf("%s: cached and uncached parses differ", p)
		}
	}
}
