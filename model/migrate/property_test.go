package migrate

import (
	"bytes"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// reload reads the migrated files of res as a profile (the main file
// first, the includes found among the others).
func reload(t testing.TB, res *Result) (*tcpprofile.Profile, source.Diagnostics) {
	t.Helper()
	return loadFiles(res, func(f File) []byte { return f.New })
}

// loadFiles loads the files of res, as read or as migrated, and checks
// the profile.
func loadFiles(res *Result, text func(File) []byte) (*tcpprofile.Profile, source.Diagnostics) {
	files := map[string][]byte{}
	for _, f := range res.Files {
		files[f.Name] = text(f)
	}
	main := res.Files[0]
	p, diags := tcpprofile.Load(main.Name, text(main), tcpprofile.MapOpener(files))
	return p, append(diags, p.Check()...)
}

func errorCodes(ds source.Diagnostics) map[string]int {
	out := map[string]int{}
	for _, d := range ds {
		if d.Severity == source.Error {
			out[d.Code]++
		}
	}
	return out
}

// rawStatement is a statement as written, from its keyword to its last
// token (body and END statement included).
func rawStatement(data []byte, s *profile.Statement) string {
	first := s.Tokens[0]
	last := s.Tokens[len(s.Tokens)-1]
	if len(s.End) > 0 {
		last = s.End[len(s.End)-1]
	} else if n := len(s.Body); n > 0 {
		b := s.Body[n-1]
		last = b.Tokens[len(b.Tokens)-1]
	}
	return string(data[first.Off : last.Off+len(last.Text)])
}

// checkProperties checks, for one migrated profile, what the issue asks
// of every migration: the result parses and loads; each converted link
// is an INTERFACE of the same name with the address, the prefix length
// when known and the parameters carried; its DEVICE and LINK are gone;
// every statement the migration did not touch is byte for byte the
// input's, in the same order; Check reports no error the input did not
// have.
func checkProperties(t *testing.T, p *tcpprofile.Profile, res *Result) {
	t.Helper()
	np, ndiags := reload(t, res)
	for _, d := range ndiags {
		if d.Severity == source.Error && strings.HasPrefix(d.Code, "PR1") {
			t.Errorf("migrated profile has a syntax error: %v", d)
		}
	}
	_, odiags := loadFiles(res, func(f File) []byte { return f.Old })
	oldErr, newErr := errorCodes(odiags), errorCodes(ndiags)
	for code, n := range newErr {
		if n > oldErr[code] {
			for _, d := range ndiags {
				if d.Code == code && d.Severity == source.Error {
					t.Logf("  %v", d)
				}
			}
			t.Errorf("migrated profile has %d %s error(s), the input %d", n, code, oldErr[code])
		}
	}
	for _, d := range ndiags {
		if d.Code == tcpprofile.CodeDeprecated {
			for _, c := range res.Conversions {
				if strings.Contains(d.Message, "DEVICE "+c.Device+" ") {
					t.Errorf("PR201 for a converted device: %v", d)
				}
			}
		}
	}

	intfs := map[string]*tcpprofile.Interface{}
	for _, it := range np.Interfaces {
		if it.Action == "DEFINE" {
			intfs[it.Name.Upper()] = it
		}
	}
	devs, links := map[string]bool{}, map[string]bool{}
	for _, d := range np.Devices {
		devs[d.Name.Upper()] = true
	}
	for _, l := range np.Links {
		links[l.Name.Upper()] = true
	}
	converted := map[string]bool{}
	for _, c := range res.Conversions {
		converted[strings.ToUpper(c.Interface)] = true
		it := intfs[strings.ToUpper(c.Interface)]
		if it == nil {
			t.Errorf("no INTERFACE %s after the migration", c.Interface)
			continue
		}
		if it.Kind != c.Type {
			t.Errorf("INTERFACE %s is %s, want %s", c.Interface, it.Kind, c.Type)
		}
		if links[strings.ToUpper(c.Interface)] || devs[strings.ToUpper(c.Device)] {
			t.Errorf("LINK %s or DEVICE %s is still defined", c.Interface, c.Device)
		}
		if len(it.Addresses) != 1 {
			t.Errorf("INTERFACE %s has %d addresses", c.Interface, len(it.Addresses))
			continue
		}
		a := it.Addresses[0]
		if want, err := netip.ParseAddr(c.Address); err == nil && a.IP != want {
			t.Errorf("INTERFACE %s has address %v, want %v", c.Interface, a.IP, want)
		}
		if a.Prefix != c.Prefix {
			t.Errorf("INTERFACE %s has prefix %d, want %d", c.Interface, a.Prefix, c.Prefix)
		}
		have := map[string]bool{}
		for _, pr := range it.Params {
			have[strings.ToUpper(paramText(pr))] = true
		}
		for _, w := range c.Carried {
			if !have[strings.ToUpper(w)] {
				t.Errorf("INTERFACE %s lacks %q carried from the DEVICE or LINK", c.Interface, w)
			}
		}
		switch c.Type {
		case "IPAQENET":
			if v, _ := it.Params.Value("PORTNAME"); !v.Is(c.Device) {
				t.Errorf("INTERFACE %s PORTNAME %q, want %s", c.Interface, v.Text, c.Device)
			}
		case "IPAQIDIO":
			if v, _ := it.Params.Value("CHPID"); !strings.HasSuffix(strings.ToUpper(c.Device), v.Upper()) {
				t.Errorf("INTERFACE %s CHPID %q does not come from %s", c.Interface, v.Text, c.Device)
			}
		}
		if c.SourceVIPA != "" {
			if v, _ := it.Params.Value("SOURCEVIPAINTERFACE"); !v.Is(c.SourceVIPA) {
				t.Errorf("INTERFACE %s SOURCEVIPAINTERFACE %q, want %s", c.Interface, v.Text, c.SourceVIPA)
			}
		}
	}
	for _, l := range p.Links {
		if !converted[l.Name.Upper()] && !links[l.Name.Upper()] {
			t.Errorf("LINK %s, not converted, is gone", l.Name.Text)
		}
	}

	// Untouched statements, byte for byte and in order.
	touched := func(f string, s *profile.Statement) bool {
		sp := s.Span()
		for _, c := range res.Conversions {
			for _, r := range c.Rewrites {
				if r.Span.File == f && r.Span.Line <= sp.EndLine && r.Span.EndLine >= sp.Line {
					return true
				}
			}
		}
		return false
	}
	for i, f := range p.Files {
		old := res.Files[i].Old
		newText := string(res.Files[i].New)
		at := 0
		for _, s := range f.Statements {
			if touched(f.Name, s) {
				continue
			}
			raw := rawStatement(old, s)
			j := strings.Index(newText[at:], raw)
			if j < 0 {
				t.Errorf("%s: statement at line %d is not in the migrated file as it was:\n%s", f.Name, s.Tokens[0].Line, raw)
				continue
			}
			at += j + len(raw)
		}
	}
}

// TestProperties checks every golden input.
func TestProperties(t *testing.T) {
	for _, in := range golden.Inputs(t, "migrate", ".prof") {
		t.Run(filepath.Base(in), func(t *testing.T) {
			p, opt, _ := load(t, in)
			res := Migrate(p, opt)
			checkProperties(t, p, res)
			for _, f := range res.Files {
				if !f.Changed() && !bytes.Equal(f.Old, f.New) {
					t.Errorf("%s: unchanged but different", f.Name)
				}
			}
		})
	}
}

// The migration is deterministic and leaves the model alone: a second
// run on the same profile gives the same bytes.
func TestDeterministic(t *testing.T) {
	for _, in := range golden.Inputs(t, "migrate", ".prof") {
		p, opt, _ := load(t, in)
		a, b := Migrate(p, opt), Migrate(p, opt)
		for i := range a.Files {
			if !bytes.Equal(a.Files[i].New, b.Files[i].New) || !bytes.Equal(a.Files[i].Old, p.Files[i].Bytes()) {
				t.Errorf("%s: migration is not repeatable", a.Files[i].Name)
			}
		}
	}
}

// Migrating the result again converts nothing more and changes nothing.
func TestIdempotent(t *testing.T) {
	for _, in := range golden.Inputs(t, "migrate", ".prof") {
		p, opt, _ := load(t, in)
		res := Migrate(p, opt)
		if res.Refused() {
			continue
		}
		np, _ := reload(t, res)
		again := Migrate(np, Options{})
		if len(again.Conversions) != 0 {
			t.Errorf("%s: a second migration converts %d more pair(s)", in, len(again.Conversions))
		}
		for _, f := range again.Files {
			if f.Changed() {
				t.Errorf("%s: a second migration changes %s", in, f.Name)
			}
		}
	}
}
