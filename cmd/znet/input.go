package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model/desired"
)

// inputFile is one file named on the command line, read and classified.
type inputFile struct {
	name   string
	data   []byte
	family grammar.Family
}

// readInputs reads every argument for the command who. A directory
// stands for the files in it (the layout `zowe zos-files download
// all-members` produces), in name order. kind, when set, overrides
// detection; without it, a znet YAML document is refused with a message
// saying which commands read it (readInputs is for native members).
func readInputs(who string, args []string, kind string) ([]inputFile, error) {
	var names []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, inputErr("%v", err)
		}
		if !st.IsDir() {
			names = append(names, a)
			continue
		}
		ents, err := os.ReadDir(a)
		if err != nil {
			return nil, inputErr("%v", err)
		}
		var in []string
		for _, e := range ents {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				in = append(in, filepath.Join(a, e.Name()))
			}
		}
		sort.Strings(in)
		names = append(names, in...)
	}
	var forced grammar.Family
	if kind != "" {
		f, err := grammar.Lookup(kind)
		if err != nil {
			return nil, inputErr("%v", err)
		}
		forced = f
	}
	out := make([]inputFile, 0, len(names))
	for _, n := range names {
		if kind == "" && desired.IsYAML(n) {
			return nil, yamlInput(n, who, "")
		}
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, inputErr("%v", err)
		}
		fam := forced
		if kind == "" {
			fam, err = grammar.Detect(n, data)
			if err != nil {
				return nil, inputErr("%v", err)
			}
		}
		out = append(out, inputFile{name: n, data: data, family: fam})
	}
	return out, nil
}

// yamlInput is the error for a znet YAML document given to the command
// who, which reads native members; also adds to the advice.
func yamlInput(name, who, also string) error {
	return inputErr("%s is a znet YAML document, and znet %s reads native members (PDS text) only: znet check, lint and explain read YAML as it is, and znet build -o DIR writes its native members%s", name, who, also)
}

// printDiags writes diagnostics one per line to w.
func printDiags(w io.Writer, ds source.Diagnostics) {
	for _, d := range ds {
		fmt.Fprintln(w, d.String())
	}
}

// encode renders v as YAML or JSON. Output is built in memory first so
// that nothing is written when encoding fails.
func encode(format string, v any) ([]byte, error) {
	switch strings.ToLower(format) {
	case "yaml", "yml", "":
		var b strings.Builder
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(v); err != nil {
			return nil, err
		}
		if err := enc.Close(); err != nil {
			return nil, err
		}
		return []byte(b.String()), nil
	case "json":
		out, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return nil, err
		}
		return append(out, '\n'), nil
	}
	return nil, inputErr("unknown format %q (want yaml or json)", format)
}
