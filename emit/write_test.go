package emit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	return out
}

func leftovers(t *testing.T, parent string) []string {
	t.Helper()
	ents, _ := os.ReadDir(parent)
	var out []string
	for _, e := range ents {
		if strings.Contains(e.Name(), ".znet-") {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestWriteTree(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "USER.TCPPARMS")
	if err := WriteTree(dir, []File{{Path: "PAGENT", Data: []byte("a\n")}, {Path: "sub/TTLS", Data: []byte("b\n")}}); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, dir); len(got) != 2 || got["PAGENT"] != "a\n" || got["sub/TTLS"] != "b\n" {
		t.Fatalf("tree: %v", got)
	}
	// A second build replaces the tree: files not built again are gone.
	if err := WriteTree(dir, []File{{Path: "PAGENT", Data: []byte("c\n")}}); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, dir); len(got) != 1 || got["PAGENT"] != "c\n" {
		t.Fatalf("tree after rebuild: %v", got)
	}
	if l := leftovers(t, parent); len(l) > 0 {
		t.Errorf("temporary directories left: %v", l)
	}
}

// TestWriteTreeFailsWhole: a file that cannot be written in the middle of
// the tree leaves the old tree as it was and nothing else behind.
func TestWriteTreeFailsWhole(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if err := WriteTree(dir, []File{{Path: "OLD", Data: []byte("old\n")}}); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("N", 300) // longer than any file system's name limit
	err := WriteTree(dir, []File{{Path: "A", Data: []byte("new\n")}, {Path: long, Data: []byte("x")}, {Path: "Z", Data: []byte("z")}})
	if err == nil || !strings.Contains(err.Error(), "nothing written") {
		t.Fatalf("got %v", err)
	}
	if got := readTree(t, dir); len(got) != 1 || got["OLD"] != "old\n" {
		t.Errorf("old tree changed: %v", got)
	}
	if l := leftovers(t, parent); len(l) > 0 {
		t.Errorf("temporary directories left: %v", l)
	}
	for _, bad := range [][]File{
		{{Path: "../escape"}},
		{{Path: "/abs"}},
		{{Path: "a/./b"}},
		{{Path: "A"}, {Path: "A"}},
		{{Path: "A"}, {Path: "A/B"}},
	} {
		if err := WriteTree(dir, bad); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

// TestWriteTreeUnwritable: a target whose directory cannot be written
// gets nothing, and the error says so.
func TestWriteTreeUnwritable(t *testing.T) {
	parent := t.TempDir()
	// A directory below a regular file cannot be created, even by root.
	notDir := filepath.Join(parent, "file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	err := WriteTree(filepath.Join(notDir, "out"), []File{{Path: "A", Data: []byte("a")}})
	if err == nil || !strings.Contains(err.Error(), "nothing written") {
		t.Errorf("got %v", err)
	}
	if os.Geteuid() == 0 {
		t.Log("running as root: permission bits do not stop writes; read-only directory case skipped")
		return
	}
	ro := filepath.Join(parent, "ro")
	os.Mkdir(ro, 0o755)
	os.Chmod(ro, 0o555)
	defer os.Chmod(ro, 0o755)
	err = WriteTree(filepath.Join(ro, "out"), []File{{Path: "A", Data: []byte("a")}})
	if err == nil || !strings.Contains(err.Error(), "nothing written") || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("got %v", err)
	}
	if ents, _ := os.ReadDir(ro); len(ents) != 0 {
		t.Errorf("written into a read-only directory: %v", ents)
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "ttls.conf")
	os.WriteFile(p, []byte("old"), 0o600)
	link := filepath.Join(dir, "link.conf")
	os.Symlink(p, link)
	if err := WriteFile(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	if string(b) != "new" || st.Mode().Perm() != 0o600 {
		t.Errorf("content %q mode %v", b, st.Mode())
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the symbolic link was replaced by a file")
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %v", l)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "x"), []byte("x"), 0); err == nil || !strings.Contains(err.Error(), "nothing written") {
		t.Errorf("got %v", err)
	}
}

// TestAddFiles: files are added beside what the directory holds, an
// existing one replaced; a file that cannot be written leaves every file
// as it was and no temporary file behind.
func TestAddFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "yaml")
	if err := AddFiles(dir, []File{{Path: "KEEP", Data: []byte("keep\n")}, {Path: "A", Data: []byte("old\n")}}); err != nil {
		t.Fatal(err)
	}
	if err := AddFiles(dir, []File{{Path: "A", Data: []byte("new\n")}, {Path: "sub/B", Data: []byte("b\n")}}); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, dir); len(got) != 3 || got["KEEP"] != "keep\n" || got["A"] != "new\n" || got["sub/B"] != "b\n" {
		t.Fatalf("tree: %v", got)
	}
	long := strings.Repeat("N", 300) // longer than any file system's name limit
	err := AddFiles(dir, []File{{Path: "A", Data: []byte("newer\n")}, {Path: long, Data: []byte("x")}})
	if err == nil || !strings.Contains(err.Error(), "nothing written") {
		t.Fatalf("got %v", err)
	}
	if got := readTree(t, dir); len(got) != 3 || got["A"] != "new\n" {
		t.Errorf("a file changed although one could not be written: %v", got)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %v", l)
	}
	if err := AddFiles(dir, []File{{Path: "../escape"}}); err == nil {
		t.Error("a path leaving the directory was accepted")
	}
}
