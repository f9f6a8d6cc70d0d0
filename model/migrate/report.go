package migrate

import (
	"fmt"
	"io"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Report is the summary of a migration, for JSON output.
type Report struct {
	Files       []ReportFile       `json:"files"`
	Converted   int                `json:"converted"`
	Refused     int                `json:"refused"`
	Kept        int                `json:"kept"`
	Conversions []*Conversion      `json:"conversions"`
	Diagnostics source.Diagnostics `json:"diagnostics"`
	Obey        []Member           `json:"obey,omitempty"`
}

// ReportFile names a file of the profile and says whether it changed.
type ReportFile struct {
	Name    string `json:"name"`
	Changed bool   `json:"changed"`
}

// Report summarises the result.
func (r *Result) Report() Report {
	rep := Report{Conversions: r.Conversions, Diagnostics: r.Diagnostics, Obey: r.Obey, Converted: len(r.Conversions)}
	if rep.Conversions == nil {
		rep.Conversions = []*Conversion{}
	}
	if rep.Diagnostics == nil {
		rep.Diagnostics = source.Diagnostics{}
	}
	for _, f := range r.Files {
		rep.Files = append(rep.Files, ReportFile{Name: f.Name, Changed: f.Changed()})
	}
	for _, d := range r.Diagnostics {
		if d.Code == CodeNotConvertible {
			rep.Kept++
		}
	}
	rep.Refused = len(r.RefusedLinks)
	return rep
}

// WriteText writes the report for people: each conversion with the
// statements it came from and what became of them, the findings, and the
// OBEYFILE members in the order to run them. Paths have trim removed
// from their start.
func (r *Result) WriteText(w io.Writer, trim string) error {
	var b strings.Builder
	rep := r.Report()
	name := ""
	if len(r.Files) > 0 {
		name = strings.TrimPrefix(r.Files[0].Name, trim)
	}
	fmt.Fprintf(&b, "migrate %s: %d DEVICE/LINK pair(s) converted, %d refused, %d kept as DEVICE/LINK\n",
		name, rep.Converted, rep.Refused, rep.Kept)
	for _, c := range r.Conversions {
		fmt.Fprintf(&b, "\nINTERFACE %s DEFINE %s, from DEVICE %s %s and LINK %s %s\n",
			c.Interface, c.Type, c.Device, c.DeviceType, c.Interface, c.LinkType)
		for _, rw := range c.Rewrites {
			at := fmt.Sprintf("%s:%d", strings.TrimPrefix(rw.Span.File, trim), rw.Span.Line)
			if rw.Span.EndLine > rw.Span.Line {
				at += fmt.Sprintf("-%d", rw.Span.EndLine)
			}
			what := rw.Before
			switch rw.What {
			case "HOME entry", "BSDROUTINGPARMS entry":
				what = rw.What + " " + rw.Before
			case "HOME":
				what = "HOME statement"
			case "BSDROUTINGPARMS":
				what = rw.Before
			}
			after := "removed"
			switch rw.What {
			case "LINK":
				after = "replaced by the INTERFACE statement"
			case "START", "STOP":
				after = "now " + rw.After
			case "PRIMARYINTERFACE":
				what, after = "", rw.After
			case "HOME":
				after = "removed (no entry left)"
			case "BSDROUTINGPARMS":
				after = "removed (no entry left)"
			}
			if what == "" {
				fmt.Fprintf(&b, "  %-28s %s\n", at, after)
				continue
			}
			fmt.Fprintf(&b, "  %-28s %s: %s\n", at, what, after)
		}
		addr := c.Address
		switch {
		case c.Type == "VIRTUAL":
			addr += " (a static VIPA takes no prefix length)"
		case c.Prefix >= 0:
			addr += fmt.Sprintf("/%d (prefix length from %s)", c.Prefix, c.PrefixFrom)
		default:
			addr += " without a prefix length: netstat will show " + c.Address + "/0 (MG104)"
		}
		fmt.Fprintf(&b, "  %-28s %s\n", "address", addr)
		if len(c.Carried) > 0 {
			fmt.Fprintf(&b, "  %-28s %s\n", "carried", strings.Join(c.Carried, "; "))
		}
		if len(c.Dropped) > 0 {
			fmt.Fprintf(&b, "  %-28s %s\n", "dropped", strings.Join(c.Dropped, "; "))
		}
		if c.SourceVIPA != "" {
			fmt.Fprintf(&b, "  %-28s %s (the static VIPA before it in the HOME list)\n", "source VIPA", c.SourceVIPA)
		}
		for _, l := range strings.Split(c.Statement, "\n") {
			b.WriteString("    " + l + "\n")
		}
	}
	if len(r.Diagnostics) > 0 {
		b.WriteString("\nfindings:\n")
		for _, d := range r.Diagnostics {
			d.Span.File = strings.TrimPrefix(d.Span.File, trim)
			b.WriteString(d.String() + "\n")
		}
	}
	if len(r.Obey) > 0 {
		b.WriteString("\nOBEYFILE members for the running stack (--obey DIR writes them), in the order to run them:\n")
		for _, mb := range r.Obey {
			fmt.Fprintf(&b, "  %-9s %s: %s\n", mb.Name, mb.Step, strings.Join(firstWords(mb.Statements), "; "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// firstWords shortens long member contents for the summary: statements
// up to the first record of a multi-record statement.
func firstWords(stmts []string) []string {
	var out []string
	for _, s := range stmts {
		if strings.HasPrefix(s, " ") {
			continue
		}
		out = append(out, s)
	}
	if len(out) > 6 {
		out = append(out[:6], fmt.Sprintf("… (%d more)", len(out)-6))
	}
	return out
}
