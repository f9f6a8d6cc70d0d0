package model

import (
	"bytes"
	"strings"
	"sync"
)

// Secret reports whether a statement keyword codes a secret whose value
// must never be shown: a parameter the catalog marks as one (KSecret), in
// any case, or a keyword the catalog does not know that looks like one (a
// password, or a key that is neither a key ring nor a reference), so that
// a misspelled secret (KeyringPassword) is hidden as well. A keyword the
// catalog knows is a secret only when the catalog says so. Every
// statement of a file is asked, so it does not allocate for keywords of
// usual length.
func Secret(keyword string) bool {
	var buf [64]byte
	kw := buf[:0]
	if len(keyword) > len(buf) {
		kw = make([]byte, 0, len(keyword))
	}
	for i := 0; i < len(keyword); i++ {
		c := keyword[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		kw = append(kw, c)
	}
	if kind, known := paramKinds()[string(kw)]; known {
		return kind == KSecret
	}
	return bytes.Contains(kw, []byte("pw")) || bytes.Contains(kw, []byte("password")) ||
		bytes.Contains(kw, []byte("key")) && !bytes.Contains(kw, []byte("keyring")) && !bytes.HasSuffix(kw, []byte("ref"))
}

// paramKinds maps every parameter name of the catalog, in lower case, to
// its kind; a name that is a secret in any statement is KSecret.
var paramKinds = sync.OnceValue(func() map[string]Kind {
	m := map[string]Kind{}
	for _, st := range Statements() {
		for _, p := range st.Params {
			n := strings.ToLower(p.Name)
			if k, ok := m[n]; !ok || k != KSecret {
				m[n] = p.Kind
			}
		}
	}
	return m
})
