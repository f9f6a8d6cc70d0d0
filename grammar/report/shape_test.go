package report

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/zosnet/znet/golden"
)

// TestShapeCache: reading a report with the grammar's outcomes cached
// gives the same result as reading it with an empty cache.
func TestShapeCache(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(golden.Root(), "golden", "report", "*.txt"))
	for _, p := range paths {
		if !reportInput.MatchString(filepath.Base(p)) {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		shapesMu.Lock()
		shapes = map[string]bool{}
		shapesMu.Unlock()
		cold := parseAny(t, filepath.Base(p), data)
		warm := parseAny(t, filepath.Base(p), data)
		if !reflect.DeepEqual(cold, warm) {
			t.Errorf("%s: cached and uncached parses differ", p)
		}
	}
}
