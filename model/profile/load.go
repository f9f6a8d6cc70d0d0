package tcpprofile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
)

// Opener finds and reads an included data set or file. ref is the
// argument of the INCLUDE statement as z/OS reads it (symbols substituted
// when known), from the path of the including file. It returns the path
// of what it read, which names the file in diagnostics and identifies it
// for cycle detection, and its contents. A nil Opener follows no
// includes.
type Opener func(ref, from string) (path string, data []byte, err error)

// Options change how a profile is read.
type Options struct {
	// Obey says the file is a VARY TCPIP,,OBEYFILE data set: names it
	// uses may be defined in the running configuration, and a HOME
	// statement replaces the HOME list instead of adding to it.
	Obey bool
	// Symbols are values of z/OS system symbols, by name without '&' and
	// '.' (SYSNAME: "SYS1"). Symbols without a value are kept as written
	// and the checks that need their value are skipped (PR217).
	Symbols map[string]string
	// MaxDepth limits nested INCLUDE statements (default 16). IBM's
	// limit, if any, is unverified.
	MaxDepth int
}

// Profile is a TCP/IP profile with its included files, read into typed
// statements.
type Profile struct {
	Options Options
	// Files are the syntax trees read, the main file first, then each
	// included file in the order it was included.
	Files []*profile.File
	// Statements are every statement in the order z/OS processes them:
	// included statements replace nothing and follow their INCLUDE
	// statement, which is kept.
	Statements []*profile.Statement

	Devices    []*Device
	Links      []*Link
	Interfaces []*Interface
	Homes      []*Home
	Starts     []*NameRef
	Stops      []*NameRef
	Primary    []*NameRef
	Routes     []*Routes
	BSD        []*BSDRoutingParms
	IPSec      []*IPSec
	Configs    []*Config
	Includes   []*Include
	// Verbatim are the statements znet keeps as written without reading
	// their arguments (PORT, AUTOLOG, VIPADYNAMIC, SMFCONFIG, ITRACE…),
	// and the unknown ones.
	Verbatim []*profile.Statement

	diags source.Diagnostics
	// unresolved is set when an included file could not be read, so
	// names may be defined where znet cannot see them.
	unresolved  bool
	symbolsSeen map[string]bool
}

// Load reads a profile and everything it includes, with default options.
// The diagnostics are those of reading: syntax problems of every file,
// includes that cannot be followed, parameters that cannot be right.
// Check adds the checks across statements.
func Load(name string, data []byte, open Opener) (*Profile, source.Diagnostics) {
	return LoadWith(name, data, open, Options{})
}

// LoadWith is Load with options.
func LoadWith(name string, data []byte, open Opener, opt Options) (*Profile, source.Diagnostics) {
	if opt.MaxDepth <= 0 {
		opt.MaxDepth = 16
	}
	f, err := profile.Parse(name, data)
	if err != nil {
		m := &Profile{Options: opt, symbolsSeen: map[string]bool{}}
		m.diag(source.FileStart(name), source.Error, "PR100",
			"internal error: "+err.Error(), "")
		return m, m.diags
	}
	return FromFile(f, open, opt)
}

// FromFile builds the model of a profile already parsed (its diagnostics
// are part of the result, as with Load).
func FromFile(f *profile.File, open Opener, opt Options) (*Profile, source.Diagnostics) {
	if opt.MaxDepth <= 0 {
		opt.MaxDepth = 16
	}
	name := f.Name
	m := &Profile{Options: opt, symbolsSeen: map[string]bool{}}
	m.read(f, []string{name}, []string{name}, open)
	m.build()
	m.diags.Sort()
	return m, m.diags
}

// read adds the statements of f, following its includes. stack holds the
// paths of the files being read, names their display names.
func (m *Profile) read(f *profile.File, stack, names []string, open Opener) {
	m.Files = append(m.Files, f)
	m.diags = append(m.diags, f.Diagnostics...)
	for _, s := range f.Statements {
		m.Statements = append(m.Statements, s)
		if s.Name != "INCLUDE" {
			continue
		}
		inc := &Include{Src: s}
		m.Includes = append(m.Includes, inc)
		if len(s.Tokens) < 2 {
			m.diag(s.KeywordSpan(), source.Error, CodeMissing, "INCLUDE needs the name of a data set or z/OS UNIX file", "")
			continue
		}
		inc.Ref = m.value(s, s.Tokens[1])
		ref := strings.Trim(inc.Ref.Text, "'")
		if inc.Ref.Symbolic() {
			m.unresolved = true
			m.symbol(inc.Ref, "the name of an included data set")
			continue
		}
		if open == nil {
			m.unresolved = true
			m.diag(inc.Ref.Span, source.Warning, CodeIncludeRead,
				fmt.Sprintf("INCLUDE %s not followed: no way to read included files was given", ref), "")
			continue
		}
		if len(stack) >= m.Options.MaxDepth {
			m.unresolved = true
			m.diag(inc.Ref.Span, source.Error, CodeIncludeDepth,
				fmt.Sprintf("INCLUDE %s is nested %d deep; znet stops there", ref, len(stack)),
				"this is almost certainly an include loop through different names")
			continue
		}
		path, data, err := open(ref, stack[len(stack)-1])
		if err != nil {
			m.unresolved = true
			m.diag(inc.Ref.Span, source.Error, CodeIncludeRead,
				fmt.Sprintf("cannot read included %s: %v", ref, err),
				"give znet the included member or file too, or put it beside the including one")
			continue
		}
		if i := indexOf(stack, path); i >= 0 {
			cycle := append(append([]string{}, names[i:]...), names[i])
			m.diag(inc.Ref.Span, source.Error, CodeIncludeCycle,
				"include cycle: "+strings.Join(cycle, " -> "),
				"z/OS would read these files over and over: remove one of the INCLUDE statements")
			continue
		}
		inc.Path = path
		sub, err := profile.Parse(path, data)
		if err != nil {
			m.diag(inc.Ref.Span, source.Error, "PR100", "internal error: "+err.Error(), "")
			continue
		}
		m.read(sub, append(stack[:len(stack):len(stack)], path), append(names[:len(names):len(names)], path), open)
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// errNotFound is what the openers return when nothing matches.
var errNotFound = errors.New("not found")

// FileOpener follows includes on the local file system, as members
// downloaded from z/OS lie there: beside the including file. For a data
// set member USER.TCPPARMS(DEVS) it looks for DEVS, with any extension
// and in any case; for a sequential data set USER.PROF.DEVS for that name
// and for its last qualifier; for a z/OS UNIX path /etc/tcpip/devs.prof
// for the path relative to the including file, then for its last
// component. extraDirs are searched after the including file's directory.
func FileOpener(extraDirs ...string) Opener {
	return func(ref, from string) (string, []byte, error) {
		dirs := append([]string{filepath.Dir(from)}, extraDirs...)
		for _, dir := range dirs {
			for _, cand := range candidates(ref) {
				if p, ok := findFile(dir, cand); ok {
					data, err := os.ReadFile(p)
					if err != nil {
						return "", nil, err
					}
					return p, data, nil
				}
			}
		}
		return "", nil, fmt.Errorf("%w beside %s", errNotFound, from)
	}
}

// candidates lists the file names a reference may have been saved as,
// best first.
func candidates(ref string) []string {
	if strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "./") || strings.HasPrefix(ref, "../") {
		out := []string{}
		if !strings.HasPrefix(ref, "/") {
			out = append(out, ref)
		}
		return append(out, filepath.Base(ref))
	}
	if i := strings.IndexByte(ref, '('); i >= 0 && strings.HasSuffix(ref, ")") {
		return []string{ref[i+1 : len(ref)-1], ref}
	}
	out := []string{ref}
	if i := strings.LastIndexByte(ref, '.'); i >= 0 {
		out = append(out, ref[i+1:])
	}
	return out
}

// findFile finds name in dir: exactly, or ignoring case and extension
// (data set names are upper case on z/OS and rarely so on disk).
func findFile(dir, name string) (string, bool) {
	if strings.Contains(name, "/") {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, true
		}
		return "", false
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return "", false
	}
	best, rank := "", len(extRank)+2
	for _, e := range ents {
		if !e.Type().IsRegular() {
			continue
		}
		n := e.Name()
		if n == name {
			return filepath.Join(dir, n), true
		}
		r := matchRank(n, name)
		if r < rank || (r == rank && n < best) {
			best, rank = n, r
		}
	}
	if best == "" {
		return "", false
	}
	return filepath.Join(dir, best), true
}

// extRank orders the extensions a downloaded member may have been given.
var extRank = []string{"", ".prof", ".inc", ".txt", ".tcpip", ".tcp", ".obey"}

// matchRank says how well file name n stands for member name (lower is
// better): the same name in another case, then the name with an
// extension, known extensions first. Not a match: a large number.
func matchRank(n, name string) int {
	if strings.EqualFold(n, name) {
		return 0
	}
	ext := filepath.Ext(n)
	if !strings.EqualFold(strings.TrimSuffix(n, ext), name) {
		return len(extRank) + 2
	}
	for i, x := range extRank {
		if strings.EqualFold(ext, x) {
			return i + 1
		}
	}
	return len(extRank) + 1
}

// MapOpener follows includes among files given in memory, by the
// reference as written (data set names ignoring case) or by member name.
// Tests and callers that already hold every file use it.
func MapOpener(files map[string][]byte) Opener {
	return func(ref, _ string) (string, []byte, error) {
		keys := make([]string, 0, len(files))
		for k := range files {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, cand := range candidates(ref) {
			best, rank := "", len(extRank)+2
			for _, k := range keys {
				if k == cand {
					return k, files[k], nil
				}
				if r := matchRank(filepath.Base(k), cand); r < rank {
					best, rank = k, r
				}
			}
			if best != "" {
				return best, files[best], nil
			}
		}
		return "", nil, errNotFound
	}
}
