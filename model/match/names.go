package match

import (
	"fmt"
	"strings"
)

// Job names and user IDs are 1-8 characters. They are encoded as 8 base-40
// digits, most significant first: 0 is padding after the end of the name,
// 1-39 the characters of nameAlphabet. With this encoding:
//
//   - the names starting with a prefix P form one interval (P followed by
//     anything), so the documented wildcard P* is an interval;
//   - a name N "owns" the interval of strings N, pad, anything; those
//     strings are not names, but giving them to N makes every pattern a
//     union of owned intervals, so covering every name of a pattern and
//     covering its interval are the same thing.
//
// The domain starts at the first string without a leading pad, so the
// empty name is not in it.
const nameAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@#$"

const nameBase = uint64(len(nameAlphabet) + 1)

var pow40 = func() [9]uint64 {
	var p [9]uint64
	p[0] = 1
	for i := 1; i < 9; i++ {
		p[i] = p[i-1] * nameBase
	}
	return p
}()

// nameMin and nameMax bound the domain of names.
var (
	nameMin = P(pow40[7])
	nameMax = P(pow40[8] - 1)
)

func nameDigit(c byte) (uint64, bool) {
	i := strings.IndexByte(nameAlphabet, c)
	if i < 0 {
		return 0, false
	}
	return uint64(i + 1), true
}

// encodeName returns the point of a name of 1-8 characters (upper case).
func encodeName(s string) (uint64, error) {
	if len(s) == 0 || len(s) > 8 {
		return 0, fmt.Errorf("%q is not 1-8 characters", s)
	}
	var v uint64
	for i := 0; i < 8; i++ {
		var d uint64
		if i < len(s) {
			var ok bool
			if d, ok = nameDigit(s[i]); !ok {
				return 0, fmt.Errorf("%q holds %q, which is not A-Z, 0-9, @, # or $", s, s[i])
			}
		}
		v = v*nameBase + d
	}
	return v, nil
}

// decodeName returns the name owning point v.
func decodeName(v uint64) string {
	var b [8]byte
	n := 0
	for i := 7; i >= 0; i-- {
		d := v / pow40[i] % nameBase
		if d == 0 {
			break
		}
		b[n] = nameAlphabet[d-1]
		n++
	}
	return string(b[:n])
}

// exactName is the set of one name: the interval it owns.
func exactName(s string) (Set, error) {
	v, err := encodeName(s)
	if err != nil {
		return nil, err
	}
	size := uint64(1)
	if len(s) < 8 {
		size = pow40[8-len(s)-1]
	}
	return Range(P(v), P(v+size-1)), nil
}

// prefixName is the set of names starting with prefix ("" for every
// name).
func prefixName(prefix string) (Set, error) {
	if prefix == "" {
		return Range(nameMin, nameMax), nil
	}
	v, err := encodeName(prefix)
	if err != nil {
		return nil, err
	}
	return Range(P(v), P(v+pow40[8-len(prefix)]-1)), nil
}

// NamePattern is a Jobname or Userid value as Policy Agent matches it.
//
// IBM documents the condition as "Job name of the owning application or
// wildcard job name" and "User ID of the owning process or wildcard user
// ID" (IP Configuration Guide, "AT-TLS rules"), without saying where the
// wildcard may stand. A trailing '*' (XCOMSRV*, AZF*, a lone *) is the form
// seen in IBM's and vendors' published policies and is read as "any name
// starting with the part before it", the part itself included. Any other
// wildcard ('*' inside the name, '%' or '?') is not documented: znet then
// knows only that the names matched start with the part before the first
// wildcard (Over) and assumes nothing the rule certainly matches (Under).
// Names are compared in upper case (z/OS job names and user IDs are upper
// case; whether Policy Agent folds a lower-case value is unverified).
type NamePattern struct {
	Over, Under Set
	// Note explains a difference between Over and Under.
	Note string
}

// ParseNamePattern reads a Jobname or Userid value.
func ParseNamePattern(v string) (NamePattern, error) {
	u := strings.ToUpper(strings.TrimSpace(v))
	i := strings.IndexAny(u, "*%?")
	switch {
	case i < 0:
		s, err := exactName(u)
		return NamePattern{Over: s, Under: s}, err
	case i == len(u)-1 && u[i] == '*':
		s, err := prefixName(u[:i])
		return NamePattern{Over: s, Under: s}, err
	}
	s, err := prefixName(u[:i])
	if err != nil {
		return NamePattern{}, err
	}
	return NamePattern{Over: s, Note: fmt.Sprintf("the wildcard in %q is not a trailing '*', the only form IBM's examples show; znet assumes only that matched names start with %q", v, u[:i])}, nil
}

// formatNameSet renders a set of names as patterns where it can.
func formatNameSet(s Set) string {
	if s.Equal(Range(nameMin, nameMax)) {
		return "*"
	}
	var parts []string
	for _, iv := range s {
		parts = append(parts, formatNameInterval(iv))
	}
	return strings.Join(parts, ",")
}

func formatNameInterval(iv Interval) string {
	lo, hi := iv.Lo.L, iv.Hi.L
	for k := 0; k < 8; k++ {
		// prefix of length k: lo aligned to 40^(8-k), size 40^(8-k)
		size := pow40[8-k]
		if k > 0 && lo%size == 0 && hi == lo+size-1 && lo/pow40[8-k]%nameBase != 0 {
			return decodeName(lo) + "*"
		}
	}
	a, b := decodeName(lo), decodeName(hi)
	if a == b {
		return a
	}
	return a + "-" + b
}
