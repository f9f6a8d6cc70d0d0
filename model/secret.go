package model

import (
	"strings"
	"sync"
)

// Secret reports whether a statement keyword codes a secret whose value
// must never be shown: a parameter the catalog marks as one (KSecret), in
// any case, or a keyword the catalog does not know that looks like one (a
// password, or a key that is neither a key ring nor a reference), so that
// a misspelled secret (KeyringPassword) is hidden as well. A keyword the
// catalog knows is a secret only when the catalog says so.
func Secret(keyword string) bool {
	var buf [64]byte
	kw := lower(keyword, buf[:0])
	if p, known := catalogParams()[string(kw)]; known {
		return p.Kind == KSecret
	}
	s := string(kw)
	return strings.Contains(s, "pw") || strings.Contains(s, "password") ||
		strings.Contains(s, "key") && !strings.Contains(s, "keyring") && !strings.HasSuffix(s, "ref")
}

// SecretParam returns the catalog's spelling of keyword (in any case)
// when it names a parameter the catalog marks as a secret, or "".
func SecretParam(keyword string) string {
	var buf [64]byte
	if p, ok := catalogParams()[string(lower(keyword, buf[:0]))]; ok && p.Kind == KSecret {
		return p.Name
	}
	return ""
}

// lower appends keyword in ASCII lower case to buf: every statement of a
// file is asked, so a keyword of usual length costs no allocation.
func lower(keyword string, buf []byte) []byte {
	for i := 0; i < len(keyword); i++ {
		c := keyword[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// catalogParams maps every parameter name of the catalog, in lower case,
// to its entry; a name that is a secret in any statement maps to that
// entry.
var catalogParams = sync.OnceValue(func() map[string]*Param {
	m := map[string]*Param{}
	for _, st := range Statements() {
		for i := range st.Params {
			p := &st.Params[i]
			n := strings.ToLower(p.Name)
			if old, ok := m[n]; !ok || old.Kind != KSecret {
				m[n] = p
			}
		}
	}
	return m
})
