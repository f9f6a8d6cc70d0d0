package emit

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// File is one file of a tree written by WriteTree.
type File struct {
	// Path is relative to the tree's directory, with / between its parts.
	Path string
	Data []byte
	// Mode is the permission of the file; 0 means 0644.
	Mode fs.FileMode
}

// WriteTree makes dir hold exactly files, or leaves it as it was. Every
// file is written into a new directory next to dir (same parent, so the
// same file system) and synced; only then is the new directory renamed to
// dir, the directory it replaces renamed aside first and removed after.
// When anything fails, the new directory is removed, dir is untouched and
// the error says which file and why. Files are written in path order.
func WriteTree(dir string, files []File) (err error) {
	if err := checkTree(files); err != nil {
		return err
	}
	dir = filepath.Clean(dir)
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".znet-new-")
	if err != nil {
		return fmt.Errorf("nothing written: cannot create a directory next to %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("nothing written to %s: %w", dir, err)
	}
	sorted := append([]File(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	for _, f := range sorted {
		p := filepath.Join(tmp, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("nothing written to %s: %s: %w", dir, f.Path, unwrapPath(err))
		}
		if err := writeSynced(p, f.Data, f.Mode); err != nil {
			return fmt.Errorf("nothing written to %s: %s: %w", dir, f.Path, unwrapPath(err))
		}
	}
	syncDir(tmp)

	var old string
	if _, statErr := os.Lstat(dir); statErr == nil {
		o, err := os.MkdirTemp(parent, "."+base+".znet-old-")
		if err != nil {
			return fmt.Errorf("nothing written: cannot set %s aside: %w", dir, err)
		}
		os.Remove(o)
		if err := os.Rename(dir, o); err != nil {
			return fmt.Errorf("nothing written: cannot set %s aside: %w", dir, unwrapPath(err))
		}
		old = o
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			if rerr := os.Rename(old, dir); rerr != nil {
				return fmt.Errorf("cannot move the new %s into place (%v), and the old one could not be put back from %s: %v", dir, err, old, rerr)
			}
		}
		return fmt.Errorf("nothing written: cannot move the new %s into place: %w", dir, unwrapPath(err))
	}
	syncDir(parent)
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("%s written, but the old copy %s could not be removed: %w", dir, old, err)
		}
	}
	return nil
}

// checkTree rejects paths that would leave the tree or collide.
func checkTree(files []File) error {
	seen := map[string]bool{}
	for _, f := range files {
		p := f.Path
		if p == "" || strings.HasPrefix(p, "/") || strings.Contains(p, "\\") || path.Clean(p) != p || p == "." || strings.HasPrefix(p, "../") || p == ".." {
			return fmt.Errorf("nothing written: %q is not a clean relative path inside the tree", p)
		}
		if seen[p] {
			return fmt.Errorf("nothing written: %s is listed twice", p)
		}
		seen[p] = true
	}
	for _, f := range files {
		for d := path.Dir(f.Path); d != "."; d = path.Dir(d) {
			if seen[d] {
				return fmt.Errorf("nothing written: %s is both a file and the directory of %s", d, f.Path)
			}
		}
	}
	return nil
}

// WriteFile replaces the file at name with data atomically: data goes to
// a temporary file in the same directory, is synced, then renamed over
// name. An existing file keeps its permissions (perm applies to a new
// one); a symbolic link is followed, so the file it points at is replaced.
func WriteFile(name string, data []byte, perm fs.FileMode) (err error) {
	if real, e := filepath.EvalSymlinks(name); e == nil {
		name = real
	}
	if st, e := os.Stat(name); e == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file; nothing written", name)
		}
		perm = st.Mode().Perm()
	}
	tmp, err := stage(name, data, perm)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("nothing written to %s: %w", name, unwrapPath(err))
	}
	syncDir(filepath.Dir(name))
	return nil
}

// AddFiles writes files into dir (made when missing), keeping what else
// dir holds, unlike WriteTree, which replaces the directory. Every file
// is first written to a temporary file beside its place and synced; only
// when all were written are they renamed into place, in path order. When
// writing fails, nothing is renamed and the temporary files are removed.
func AddFiles(dir string, files []File) error {
	if err := checkTree(files); err != nil {
		return err
	}
	sorted := append([]File(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	var tmps []string
	for _, f := range sorted {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		err := os.MkdirAll(filepath.Dir(p), 0o755)
		var tmp string
		if err == nil {
			tmp, err = stage(p, f.Data, f.Mode)
		} else {
			err = fmt.Errorf("nothing written to %s: %w", dir, err)
		}
		if err != nil {
			for _, t := range tmps {
				os.Remove(t)
			}
			return err
		}
		tmps = append(tmps, tmp)
	}
	for i, f := range sorted {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.Rename(tmps[i], p); err != nil {
			for _, t := range tmps[i:] {
				os.Remove(t)
			}
			return fmt.Errorf("%s not written (the files before it were): %w", p, unwrapPath(err))
		}
		syncDir(filepath.Dir(p))
	}
	return nil
}

// stage writes data to a new temporary file beside name, synced, with
// permission perm (0 means 0644), and returns the temporary file's name.
func stage(name string, data []byte, perm fs.FileMode) (tmp string, err error) {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".znet-")
	if err != nil {
		return "", fmt.Errorf("nothing written to %s: %w", name, unwrapPath(err))
	}
	tmp = f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", fmt.Errorf("nothing written to %s: %w", name, unwrapPath(err))
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return "", fmt.Errorf("nothing written to %s: %w", name, unwrapPath(err))
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("nothing written to %s: %w", name, unwrapPath(err))
	}
	if perm == 0 {
		perm = 0o644
	}
	if err := os.Chmod(tmp, perm); err != nil {
		return "", fmt.Errorf("nothing written to %s: %w", name, unwrapPath(err))
	}
	return tmp, nil
}

func writeSynced(p string, data []byte, mode fs.FileMode) error {
	if mode == 0 {
		mode = 0o644
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes a rename in dir durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// unwrapPath drops the temporary path from an *fs.PathError, so messages
// name the user's file, not znet's temporary one.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
