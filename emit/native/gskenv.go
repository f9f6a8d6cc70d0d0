package native

import (
	"strings"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/grammar/gskenv"
	"github.com/zosnet/znet/grammar/source"
)

// FormatGskenv formats a System SSL environment file: NAME=value records
// with nothing before the name and no blanks around '=' or after the
// value, comment records where they were, at most one blank line where
// the author left blank lines. Variables keep their order (a variable set
// twice counts by its last setting) and names and values their spelling;
// list values are not split, since an environment file has no
// continuation. A file with syntax errors is refused; removing blanks
// around '=' or after a value changes what Language Environment reads,
// and is reported as a warning.
func FormatGskenv(name string, data []byte) ([]byte, source.Diagnostics, error) {
	f, err := gskenv.Parse(name, data)
	if err != nil {
		return nil, nil, err
	}
	warns, err := emit.Refuse(name, f.Diagnostics, gskenv.CodeNBSP, gskenv.CodeBlankEq, gskenv.CodeTrailing)
	if err != nil {
		return nil, warns, err
	}
	return PrintGskenv(f, false), warns, nil
}

// PrintGskenv prints an environment file in canonical layout (see
// FormatGskenv); mask shows secret values (GSK_LDAP_USER_PW…) as ********.
func PrintGskenv(f *gskenv.File, mask bool) []byte {
	var b []byte
	prevEnd := 0
	comments := func(cs []gskenv.Comment) {
		for _, c := range cs {
			if prevEnd > 0 && c.Span.Line-prevEnd > 1 {
				b = append(b, '\n')
			}
			b = append(b, strings.TrimLeft(emit.TrimBlanks(c.Text), " \t")...)
			b = append(b, '\n')
			prevEnd = c.Span.Line
		}
	}
	for _, v := range f.Vars {
		comments(v.Leading)
		if prevEnd > 0 && v.Span.Line-prevEnd > 1 {
			b = append(b, '\n')
		}
		if v.Export {
			b = append(b, "export "...)
		}
		b = append(b, v.Name.Text...)
		b = append(b, '=')
		if mask {
			b = append(b, v.Shown()...)
		} else {
			b = append(b, emit.TrimBlanks(v.Value.Text)...)
		}
		b = append(b, '\n')
		prevEnd = v.Span.EndLine
	}
	comments(f.Comments)
	return b
}

// MaskGskenv returns an environment file with its secret values shown as
// ********, for diffs; text that is not NAME=value is returned as it is.
func MaskGskenv(name string, data []byte) []byte {
	f, err := gskenv.Parse(name, data)
	if err != nil {
		return data
	}
	lines := strings.SplitAfter(string(data), "\n")
	for _, v := range f.Vars {
		sp := v.Value.Span
		if !v.Secret || v.Value.Text == "" || sp.Line < 1 || sp.Line > len(lines) || sp.Line != sp.EndLine {
			continue
		}
		l := lines[sp.Line-1]
		end := strings.TrimRight(l, "\r\n")
		rs := []rune(end)
		a, z := sp.Col-1, min(sp.EndCol-1, len(rs))
		if a < 0 || a >= z {
			continue
		}
		lines[sp.Line-1] = string(rs[:a]) + emit.Mask + string(rs[z:]) + l[len(end):]
	}
	return []byte(strings.Join(lines, ""))
}
