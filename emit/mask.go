package emit

import (
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// Secrets returns the values of the secret parameters (KeyringPw,
// SharedKey, GSK_LDAP_USER_PW…) of objs and everything nested in them,
// for messages that must not show them (Records takes them).
func Secrets(objs []*policy.Object) []string {
	var out []string
	var walk func(o *policy.Object)
	walk = func(o *policy.Object) {
		for _, p := range o.Params {
			if p.Def.Kind == model.KSecret && p.Value != "" {
				out = append(out, p.Value)
				if p.Src != nil {
					for _, w := range p.Src.Values {
						out = append(out, w.Text)
					}
				}
			}
		}
		for _, c := range o.Children {
			walk(c)
		}
	}
	for _, o := range objs {
		walk(o)
	}
	return out
}

// MaskPagent returns the text of a Policy Agent file with the values of
// its secret parameters, and of keywords that look like one
// (model.Secret), replaced by ********, for showing a file or a diff of
// it. Text that does not parse as statements is returned with the
// secrets the parser could still find masked.
func MaskPagent(name string, data []byte) []byte {
	f, err := pagent.Parse(name, data)
	if err != nil {
		return data
	}
	var spans []source.Span
	f.Walk(func(st *pagent.Statement, _ []*pagent.Statement) bool {
		if len(st.Values) > 0 && st.Block == nil && model.Secret(st.Keyword.Text) {
			vs := st.Values
			spans = append(spans, source.Cover(vs[0].Span, vs[len(vs)-1].Span))
		}
		return true
	})
	if len(spans) == 0 {
		return data
	}
	lines := strings.SplitAfter(string(data), "\n")
	byLine := map[int][]source.Span{}
	for _, s := range spans {
		if s.Line == s.EndLine && s.Line >= 1 && s.Line <= len(lines) {
			byLine[s.Line] = append(byLine[s.Line], s)
		}
	}
	for ln, ss := range byLine {
		sort.Slice(ss, func(i, j int) bool { return ss[i].Col > ss[j].Col })
		l := lines[ln-1]
		end := strings.TrimRight(l, "\r\n")
		eol := l[len(end):]
		rs := []rune(end)
		done := map[int]bool{}
		for _, s := range ss {
			a, b := s.Col-1, s.EndCol-1
			if done[a] || a < 0 || b > len(rs) || a >= b {
				continue
			}
			done[a] = true
			rs = append(append(append([]rune(nil), rs[:a]...), []rune(Mask)...), rs[b:]...)
		}
		lines[ln-1] = string(rs) + eol
	}
	return []byte(strings.Join(lines, ""))
}
