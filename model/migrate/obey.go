package migrate

import (
	"fmt"
	"strings"

	tcpprofile "github.com/zosnet/znet/model/profile"
)

// Member is one OBEYFILE data set member of a dynamic migration.
type Member struct {
	// Name is the member name (8 characters at most); the members sort
	// by name in the order to run them.
	Name string `json:"name"`
	// Step says what the member does.
	Step string `json:"step"`
	// Statements are the statements of the member, one a line.
	Statements []string `json:"statements"`
	// Data is the member's text: a comment block, then the statements.
	Data []byte `json:"-"`
}

// obey writes the members that make the migration on a running stack,
// in the order z/OS needs (see the package documentation for the
// sources):
//
//  1. STOP the devices: STOP runs last in an OBEYFILE, whatever its
//     position, so a member that also deleted the device would fail
//     (EZZ0395I ... FAILED BECAUSE LINK IS ACTIVE).
//  2. HOME without the addresses that move: in an OBEYFILE, the first
//     HOME statement replaces the HOME list.
//  3. DELETE LINK, then 4. DELETE DEVICE, in members of their own: they
//     are processed asynchronously, so in one member DELETE DEVICE can
//     run while DELETE LINK still is, and fail (field notes).
//  5. The INTERFACE statements, the PRIMARYINTERFACE statement when it
//     names a converted link, and, when a static route uses a converted
//     link, the complete BEGINROUTES block: deleting the link deleted its
//     routes, and in an OBEYFILE a BEGINROUTES block replaces every
//     static route.
//  6. START the interfaces the profile starts.
//
// Static VIPAs (VIRTUAL) are never started or stopped: a virtual device
// is always active (IBM's VIPA descriptions; that DELETE LINK of a static
// VIPA needs no STOP first is unverified).
func (m *migrator) obey() {
	var cs []*cand
	for _, c := range m.cands {
		if !c.refused && c.conv != nil {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return
	}
	type step struct {
		suffix, title string
		comment       []string
		stmts         []string
	}
	var steps []step

	var stops []string
	for _, c := range cs {
		if c.target != "VIRTUAL" {
			stops = append(stops, "STOP "+c.conv.Device)
		}
	}
	if len(stops) > 0 {
		steps = append(steps, step{"STOP", "stop the devices", []string{
			"STOP runs last in an OBEYFILE whatever its position, so it has a",
			"member of its own (IBM Redbook, CS for z/OS V1R7 TCP/IP",
			"Implementation Vol. 1, 3.9). Go on when NETSTAT DEVLINKS shows the",
			"devices inactive.",
		}, stops})
	}

	converted := map[string]bool{}
	for _, c := range cs {
		converted[upper(c.link.Name)] = true
	}
	home := []string{"HOME"}
	var moved []string
	for _, e := range m.homeList {
		if converted[upper(e.Link)] {
			moved = append(moved, raw(e.Address.Value))
			continue
		}
		entry := "  " + raw(e.Address.Value) + " " + raw(e.Link)
		if e.Primary {
			entry += " PRIMARY"
		}
		home = append(home, entry)
	}
	hc := []string{
		"The HOME list without the addresses that move to INTERFACE",
		"statements. The first HOME statement of an OBEYFILE replaces the",
		"HOME list (IBM, IP Configuration Reference, HOME statement).",
		"Go on when NETSTAT HOME no longer shows the moved addresses:",
		listShort(moved) + ".",
	}
	if len(home) == 1 {
		hc = append(hc, "No DEVICE/LINK address remains: that an empty HOME statement",
			"empties the list is unverified. If SYNTAXCHECK rejects it, skip",
			"this member: DELETE LINK drops the address too (EZZ0331I).")
	}
	steps = append(steps, step{"HOME", "replace the HOME list", hc, home})

	var dl, dd []string
	for _, c := range cs {
		dl = append(dl, "DELETE LINK "+c.link.Name.Text)
		dd = append(dd, "DELETE DEVICE "+c.conv.Device)
	}
	dlc := []string{
		"DELETE LINK and DELETE DEVICE are processed asynchronously: in one",
		"member DELETE DEVICE can run before DELETE LINK has finished, and",
		"fail. Go on when NETSTAT DEVLINKS no longer shows the links.",
	}
	for _, c := range cs {
		if c.target == "VIRTUAL" {
			dlc = append(dlc, "Static VIPAs are not stopped first (unverified); if z/OS answers",
				"EZZ0395I ... LINK IS ACTIVE, stop the VIRTUAL device and run again.")
			break
		}
	}
	steps = append(steps, step{"DLNK", "delete the links", dlc, dl})
	steps = append(steps, step{"DDEV", "delete the devices", []string{
		"Run after the links are gone. Once an IPv4 INTERFACE is defined on an",
		"OSA port, DEVICE/LINK can no longer be defined for it (IBM, DEVICE and",
		"LINK - MPCIPA statement): going back needs a restart of TCP/IP.",
	}, dd})

	var defs []string
	for _, c := range cs {
		defs = append(defs, strings.Split(c.conv.Statement, "\n")...)
	}
	ic := []string{"The INTERFACE statements (the same as in the migrated profile)."}
	if c, ok := m.byLink[m.primaryLink]; ok {
		defs = append(defs, "PRIMARYINTERFACE "+c.conv.Interface)
		ic = append(ic, c.conv.Interface+" was the primary interface: PRIMARYINTERFACE keeps it so.")
	}
	if routes := m.allRoutes(converted); routes != nil {
		defs = append(defs, routes...)
		ic = append(ic,
			"Deleting a link deleted its static routes; in an OBEYFILE this",
			"BEGINROUTES block replaces every static route (IBM, IP Configuration",
			"Guide), so it holds all the routes of the profile: check it against",
			"NETSTAT ROUTE first. OMPROUTE's routes are not affected.")
	}
	steps = append(steps, step{"INTF", "define the interfaces", ic, defs})

	var starts []string
	var notStarted []string
	for _, c := range cs {
		if c.target == "VIRTUAL" {
			continue
		}
		if c.conv.Started {
			starts = append(starts, "START "+c.conv.Interface)
		} else {
			notStarted = append(notStarted, c.conv.Interface)
		}
	}
	if len(starts)+len(notStarted) > 0 {
		sc := []string{"START the interfaces the profile starts. Then NETSTAT HOME shows",
			"their addresses and NETSTAT DEVLINKS their state."}
		if len(notStarted) > 0 {
			sc = append(sc, "The profile does not start "+strings.Join(notStarted, ", ")+"; start it by",
				"hand (V TCPIP,procname,START,name) if it should be active.")
		}
		steps = append(steps, step{"STRT", "start the interfaces", sc, starts})
	}

	for i, s := range steps {
		name := fmt.Sprintf("MIG%d%s", i+1, s.suffix)
		var b strings.Builder
		fmt.Fprintf(&b, "; znet migrate, member %d of %d: %s.\n", i+1, len(steps), s.title)
		fmt.Fprintf(&b, "; Run with V TCPIP,procname,OBEYFILE,DSN=dsn(%s)", name)
		if i+1 < len(steps) {
			fmt.Fprintf(&b, ", before MIG%d%s", i+2, steps[i+1].suffix)
		}
		b.WriteString(".\n")
		for _, c := range s.comment {
			b.WriteString("; " + c + "\n")
		}
		for _, st := range s.stmts {
			b.WriteString(st)
			b.WriteByte('\n')
		}
		m.res.Obey = append(m.res.Obey, Member{Name: name, Step: s.title, Statements: s.stmts, Data: []byte(b.String())})
	}
}

// allRoutes returns every ROUTE of the profile in one BEGINROUTES block
// when one of them uses a converted link, else nil.
func (m *migrator) allRoutes(converted map[string]bool) []string {
	var rs []*tcpprofile.Route
	uses := false
	for _, b := range m.p.Routes {
		for _, r := range b.Routes {
			rs = append(rs, r)
			uses = uses || converted[r.Name.Upper()]
		}
	}
	if !uses {
		return nil
	}
	out := []string{"BEGINROUTES"}
	for _, r := range rs {
		out = append(out, "  "+r.Src.Text())
	}
	return append(out, "ENDROUTES")
}

// listShort names the first few of a list, so a comment record stays
// short however many addresses move.
func listShort(xs []string) string {
	if len(xs) <= 3 {
		return strings.Join(xs, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(xs[:2], ", "), len(xs)-2)
}
