// Package grammar ties the syntax families together: it recognises which
// family a file belongs to and parses it with that family's grammar. Each
// family lives in its own sub-package (pagent, profile, syslog, gskenv,
// report) and knows syntax only.
package grammar

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Parsed is what every family's parser returns.
type Parsed interface {
	// Diags are the problems found while reading the file.
	Diags() source.Diagnostics
	// Outline is the compact view `znet parse` prints (YAML or JSON).
	Outline(positions bool) any
}

// Family is one syntax family.
type Family struct {
	// Kind is the name users give to --kind.
	Kind string
	// Describe says in a few words what files of this kind are.
	Describe string
	// Score says how sure the family is that data is of its kind, from 0
	// (not at all) to 100 (certain). Detection picks the highest score.
	Score func(name string, data []byte) int
	// Parse reads a file. The error is for internal failures only; bad
	// input is reported in Parsed.Diags.
	Parse func(name string, data []byte) (Parsed, error)
}

var families []Family

// Register adds a family; called from families.go.
func register(f Family) { families = append(families, f) }

// Families lists the registered families, ordered by kind.
func Families() []Family {
	out := append([]Family(nil), families...)
	sort.Slice(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

// Kinds lists the kind names.
func Kinds() []string {
	var ks []string
	for _, f := range Families() {
		ks = append(ks, f.Kind)
	}
	return ks
}

// Lookup finds a family by kind name (case-insensitive).
func Lookup(kind string) (Family, error) {
	for _, f := range families {
		if strings.EqualFold(f.Kind, kind) {
			return f, nil
		}
	}
	return Family{}, fmt.Errorf("unknown kind %q (known: %s)", kind, strings.Join(Kinds(), ", "))
}

// Detect picks the family a file belongs to by its content (and, as a
// tie-breaker, its name). It fails when no family recognises the file.
func Detect(name string, data []byte) (Family, error) {
	best, score := Family{}, 0
	for _, f := range Families() {
		if s := f.Score(name, data); s > score {
			best, score = f, s
		}
	}
	if score == 0 {
		return Family{}, fmt.Errorf("%s: cannot tell what kind of file this is; name it with --kind (%s)", name, strings.Join(Kinds(), ", "))
	}
	return best, nil
}
