package policy

import (
	"bytes"
	"sort"
	"strconv"

	"golang.org/x/text/encoding/charmap"
)

// Priority returns a rule's Priority, 1 when not coded (IBM: "the default
// is 1"; a z/OS 3.1 pasearch shows Priority 1 for rules without one).
func Priority(r *Object) int {
	if p := r.Last("Priority"); p != nil {
		if n, err := strconv.Atoi(p.Value); err == nil {
			return n
		}
	}
	return 1
}

// ebcdic returns name in IBM-1047, the code page Policy Agent works in.
func ebcdic(name string) []byte {
	b, err := charmap.CodePage1047.NewEncoder().Bytes([]byte(name))
	if err != nil {
		return []byte(name)
	}
	return b
}

// NameLess orders rule names as Policy Agent does within one priority.
// IBM: "Policy Agent orders rules in alphabetical order within priority"
// (IP Configuration Guide, "AT-TLS policy configuration"). Policy Agent
// compares names in EBCDIC, so lower case sorts before upper case and
// digits after letters — the opposite of ASCII (unverified beyond the
// upper-case names a z/OS 3.1 pasearch report shows in this order).
func NameLess(a, b string) bool { return bytes.Compare(ebcdic(a), ebcdic(b)) < 0 }

// RuleOrder returns the winning TTLSRules in evaluation order: higher
// Priority first, then by name.
func (p *Policy) RuleOrder() []*Object {
	p.memoMu.Lock()
	defer p.memoMu.Unlock()
	if p.order == nil {
		p.order = p.ruleOrder()
	}
	return append([]*Object(nil), p.order...)
}

func (p *Policy) ruleOrder() []*Object {
	rules := p.All("TTLSRule")
	keys := make(map[*Object][]byte, len(rules))
	for _, r := range rules {
		keys[r] = ebcdic(r.Name)
	}
	sort.SliceStable(rules, func(i, j int) bool {
		pi, pj := Priority(rules[i]), Priority(rules[j])
		if pi != pj {
			return pi > pj
		}
		return bytes.Compare(keys[rules[i]], keys[rules[j]]) < 0
	})
	return rules
}
