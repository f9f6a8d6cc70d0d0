package policy

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"

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
	b := make([]byte, 0, len(name))
	for _, r := range name {
		c, ok := charmap.CodePage1047.EncodeRune(r)
		if !ok {
			return []byte(name) // not an EBCDIC name: compare the bytes as written
		}
		b = append(b, c)
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
	order, _ := p.ruleOrder()
	return append([]*Object(nil), order...)
}

// ruleOrder returns the rules in evaluation order and the Priority of
// each, computed once per policy; callers must not change them.
func (p *Policy) ruleOrder() ([]*Object, []int) {
	p.memoMu.Lock()
	defer p.memoMu.Unlock()
	if p.order == nil {
		p.order, p.prios = p.sortRules()
	}
	return p.order, p.prios
}

func (p *Policy) sortRules() ([]*Object, []int) {
	m := p.byName[kindKey("TTLSRule")]
	type keyed struct {
		r    *Object
		prio int
		name []byte // in EBCDIC
	}
	ks := make([]keyed, 0, len(m))
	for _, r := range m {
		ks = append(ks, keyed{r, Priority(r), ebcdic(r.Name)})
	}
	// Names are unique, so the order is total; two names that read the
	// same in EBCDIC (characters it cannot hold) are ordered as written.
	slices.SortFunc(ks, func(a, b keyed) int {
		if a.prio != b.prio {
			return cmp.Compare(b.prio, a.prio)
		}
		if c := bytes.Compare(a.name, b.name); c != 0 {
			return c
		}
		return strings.Compare(a.r.Name, b.r.Name)
	})
	rules, prios := make([]*Object, len(ks)), make([]int, len(ks))
	for i := range ks {
		rules[i], prios[i] = ks[i].r, ks[i].prio
	}
	return rules, prios
}
