package lint

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// Baseline is the set of findings a site has accepted for now, so that it
// can adopt znet without fixing everything first: findings in the
// baseline are not reported, new ones are. Entries are keyed by rule,
// file, statement and message, never by line, so that they survive lines
// moving; the same key may appear several times (each entry silences one
// finding).
//
//	{
//	  "version": 1,
//	  "findings": [
//	    {
//	      "rule": "HYG004",
//	      "file": "tcpparms/pagentz",
//	      "statement": "TTLSGroupAction gAct1",
//	      "message": "Trace 255 turns on every AT-TLS trace option, data (32) included"
//	    }
//	  ]
//	}
//
// File names are as given on the command line (with '/' separators), so
// run znet from the same directory when writing and using a baseline.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
	// Name is where the baseline was read from, for messages.
	Name string `json:"-"`
}

// BaselineEntry is one accepted finding.
type BaselineEntry struct {
	Rule      string `json:"rule"`
	File      string `json:"file"`
	Statement string `json:"statement,omitempty"`
	Message   string `json:"message"`
}

func entryOf(f *Finding) BaselineEntry {
	return BaselineEntry{Rule: f.RuleID, File: filepath.ToSlash(filepath.Clean(f.Span.File)), Statement: f.Statement, Message: f.Message}
}

// ReadBaseline reads a baseline file.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseBaseline(path, data)
}

// ParseBaseline parses baseline text; name is used in messages.
func ParseBaseline(name string, data []byte) (*Baseline, error) {
	b := &Baseline{}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(b); err != nil {
		return nil, fmt.Errorf("%s: not a znet baseline: %v", name, err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, this znet reads version %d", name, b.Version, BaselineVersion)
	}
	b.Name = name
	return b, nil
}

// Marshal renders the baseline deterministically: entries sorted.
func (b *Baseline) Marshal() []byte {
	c := *b
	c.Version = BaselineVersion
	c.Findings = append([]BaselineEntry{}, b.Findings...)
	if c.Findings == nil {
		c.Findings = []BaselineEntry{}
	}
	sort.SliceStable(c.Findings, func(i, j int) bool {
		a, z := c.Findings[i], c.Findings[j]
		if a.File != z.File {
			return a.File < z.File
		}
		if a.Rule != z.Rule {
			return a.Rule < z.Rule
		}
		if a.Statement != z.Statement {
			return a.Statement < z.Statement
		}
		return a.Message < z.Message
	})
	out, _ := json.MarshalIndent(c, "", "  ")
	return append(out, '\n')
}

// apply silences the findings the baseline holds, one entry per finding,
// and returns how many entries matched nothing.
func (b *Baseline) apply(fs []*Finding) int {
	left := map[BaselineEntry]int{}
	for _, e := range b.Findings {
		left[e]++
	}
	for _, f := range fs {
		if f.suppressed != nil || !f.silenceable() {
			continue
		}
		k := entryOf(f)
		if left[k] > 0 {
			left[k]--
			f.suppressed = &silencer{kind: "external", reason: "accepted in baseline " + filepath.ToSlash(b.Name)}
		}
	}
	stale := 0
	for _, n := range left {
		stale += n
	}
	return stale
}

// Baseline returns a baseline of this run's findings: everything reported
// or already in the given baseline, except what cannot be baselined
// (syntax errors, unsuppressible rules) and what znet:ignore comments
// silence.
func (r *Result) Baseline() *Baseline {
	b := &Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	add := func(f *Finding) {
		if !f.silenceable() {
			return
		}
		if f.suppressed != nil && f.suppressed.kind != "external" {
			return
		}
		b.Findings = append(b.Findings, entryOf(f))
	}
	for _, f := range r.Findings {
		add(f)
	}
	for _, f := range r.Silenced {
		add(f)
	}
	return b
}
