package emit

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// CheckMemberName validates a PDS member name: 1 to 8 characters of A-Z,
// 0-9 and the national characters @ # $, not starting with a digit
// (z/OS DFSMS Using Data Sets, "Partitioned data set members"; the same
// rule as a JCL name field). Lower-case letters are an error too: ISPF
// and JCL fold them, a binary transfer does not.
func CheckMemberName(name string) error {
	bad := func(why string) error {
		return fmt.Errorf("member name %q is not valid: %s (1-8 characters A-Z 0-9 @ # $, not starting with a digit)", name, why)
	}
	switch {
	case name == "":
		return bad("it is empty")
	case len(name) > 8:
		return bad(fmt.Sprintf("it is %d characters long", len(name)))
	case name[0] >= '0' && name[0] <= '9':
		return bad("it starts with a digit")
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '@', c == '#', c == '$':
		case c >= 'a' && c <= 'z':
			return bad("member names are upper case")
		default:
			return bad(fmt.Sprintf("%q is not allowed", rune(c)))
		}
	}
	return nil
}

// ManifestEntry describes one built member.
type ManifestEntry struct {
	Member string `json:"member" yaml:"member"`
	// Kind is the kind of text in the member (pagent, profile, syslog,
	// gskenv…).
	Kind string `json:"kind" yaml:"kind"`
	// SHA256 is the hex SHA-256 of the member's content exactly as
	// written (its UTF-8 lines, or its EBCDIC records).
	SHA256 string `json:"sha256" yaml:"sha256"`
	// Source is the YAML file the member was compiled from.
	Source string `json:"source" yaml:"source"`
}

// Manifest lists the members built for one data set.
type Manifest struct {
	Dataset  string `json:"dataset,omitempty" yaml:"dataset,omitempty"`
	Encoding string `json:"encoding" yaml:"encoding"`
	// Members are sorted by member name.
	Members []ManifestEntry `json:"members" yaml:"members"`
}

// Add records a member with the bytes written for it.
func (m *Manifest) Add(member, kind, source string, content []byte) {
	sum := sha256.Sum256(content)
	m.Members = append(m.Members, ManifestEntry{Member: member, Kind: kind, SHA256: hex.EncodeToString(sum[:]), Source: source})
}

func (m *Manifest) sorted() Manifest {
	out := *m
	out.Members = append([]ManifestEntry(nil), m.Members...)
	if out.Members == nil {
		out.Members = []ManifestEntry{}
	}
	sort.SliceStable(out.Members, func(i, j int) bool { return out.Members[i].Member < out.Members[j].Member })
	return out
}

// JSON renders the manifest, members sorted, two-blank indentation and a
// final line end: the same manifest gives the same bytes.
func (m *Manifest) JSON() ([]byte, error) {
	out, err := json.MarshalIndent(m.sorted(), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// YAML renders the manifest, members sorted, deterministic like JSON.
func (m *Manifest) YAML() ([]byte, error) {
	var sb strings.Builder
	enc := yaml.NewEncoder(&sb)
	enc.SetIndent(2)
	if err := enc.Encode(m.sorted()); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(sb.String()), nil
}
