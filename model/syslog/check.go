package syslog

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Sender is a producer of messages that must reach a log: the check
// reports the priorities, from the most severe down to Priority, at which
// its messages are written nowhere.
type Sender struct {
	// Name says what the messages are ("AT-TLS", "TRMD" ...).
	Name string
	// Job is the sender's job name; User its user ID ("" when not known:
	// only rules that accept any user count).
	Job, User string
	// Facilities are the facilities the sender logs with; each is
	// checked on its own.
	Facilities []string
	// Priority is the least severe priority that must be written.
	Priority Priority
	// Why is added to the hint: what is lost when the messages are not
	// written.
	Why string
}

// ATTLS describes AT-TLS messages: they come from the TCP/IP stack's job
// (job, usually TCPIP) with the facility TTLSGroupAdvancedParms
// SyslogFacility names ("daemon" by default, or "auth"; "" checks both),
// at the priorities the Trace level produces. IBM, IP Configuration
// Reference, TTLSGroupAction / TTLSEnvironmentAction "Trace": 2 (Error)
// is logged at err, 4 (Info) at info, 8 (Event), 16 (Flow), 32 (Data) and
// the higher levels at debug; the default Trace is 2. An odd Trace also
// writes errors to the job log.
func ATTLS(job, facility string, trace int) Sender {
	fs := []string{"daemon", "auth"}
	if facility != "" {
		fs = []string{strings.ToLower(facility)}
	}
	p := Err
	switch {
	case trace&^7 != 0:
		p = Debug
	case trace&4 != 0:
		p = Info
	}
	return Sender{Name: "AT-TLS", Job: job, Facilities: fs, Priority: p,
		Why: "AT-TLS writes its errors and traces only to syslogd"}
}

// TRMD describes the Traffic Regulation Management daemon's messages,
// which carry the IP filter and IDS events (permitted and denied packets)
// at info; job is its job name (often TRMD1, after the started procedure).
// The facility is not confirmed in IBM's documentation here (unverified):
// znet checks daemon.
func TRMD(job string) Sender {
	return Sender{Name: "TRMD", Job: job, Facilities: []string{"daemon"}, Priority: Info,
		Why: "TRMD logs IP filter events (permit/deny) and IDS events only through syslogd"}
}

// PAGENT describes the Policy Agent's messages (facility unverified:
// znet checks daemon) at err and more severe.
func PAGENT(job string) Sender {
	return Sender{Name: "PAGENT", Job: job, Facilities: []string{"daemon"}, Priority: Err,
		Why: "Policy Agent reports policy errors (a statement it ignored, a file it could not read) in its log"}
}

// DMD describes the Defense Manager daemon's messages (facility
// unverified: znet checks daemon) at info and more severe.
func DMD(job string) Sender {
	return Sender{Name: "DMD", Job: job, Facilities: []string{"daemon"}, Priority: Info,
		Why: "DMD records defensive filters it installs and, in simulate mode, the packets they would have discarded"}
}

// Options selects the checks.
type Options struct {
	// Senders are the message producers that are configured and whose
	// messages must be written.
	Senders []Sender
	// Overlaps reports rules that write the same messages to several
	// files.
	Overlaps bool
}

// Check runs the checks on c. The diagnostics are sorted.
func Check(c *Config, opts Options) source.Diagnostics {
	var ds source.Diagnostics
	fileSpan := source.FileStart(c.File)
	for _, s := range opts.Senders {
		for _, f := range s.Facilities {
			checkSender(c, s, f, fileSpan, &ds)
		}
	}
	for _, r := range c.Rules {
		nothing := true
		for _, s := range r.Selectors {
			if s.Level >= 0 {
				nothing = false
			}
		}
		if nothing {
			ds.Add(r.Span, source.Info, CodeWritesNothing,
				fmt.Sprintf("every selector of this rule says none: nothing is written to %s", r.Dest),
				"none only takes messages out of the selectors before it in the same rule; remove the rule or add the selectors it was meant to have")
		}
	}
	if opts.Overlaps {
		overlaps(c, &ds)
	}
	ds.Sort()
	return ds
}

func checkSender(c *Config, s Sender, facility string, at source.Span, ds *source.Diagnostics) {
	var missing []string
	written := map[string]bool{}
	var dests []string
	for p := Emerg; p <= s.Priority; p++ {
		m := Message{Job: s.Job, User: s.User, Facility: facility, Priority: p}
		to := c.Destinations(m)
		if len(to) == 0 {
			missing = append(missing, p.String())
			continue
		}
		for _, d := range to {
			if !written[d] {
				written[d] = true
				dests = append(dests, d)
			}
		}
	}
	if len(missing) == 0 {
		return
	}
	who := fmt.Sprintf("%s messages (job %s, facility %s)", s.Name, s.Job, facility)
	if s.User != "" {
		who = fmt.Sprintf("%s messages (job %s, user %s, facility %s)", s.Name, s.Job, s.User, facility)
	}
	var msg string
	if len(missing) == int(s.Priority)+1 {
		msg = fmt.Sprintf("%s are written nowhere, at any priority from emerg to %s", who, s.Priority)
	} else {
		msg = fmt.Sprintf("%s at %s are written nowhere (the more severe ones go to %s)", who, list(missing), strings.Join(dests, ", "))
	}
	hint := fmt.Sprintf("add a rule such as *.%s.%s.%s /var/log/%s.%%Y.%%m.%%d", s.Job, facility, s.Priority, s.Job)
	if s.Why != "" {
		hint = s.Why + "; " + hint
	}
	ds.Add(at, source.Warning, CodeNotLogged, msg, hint)
}

func list(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// overlaps reports, at each rule, the earlier rules that write some of
// the same messages from the same sender to another file. Rules for every
// sender (no job, user or host named, or all of them '*') are catch-alls
// such as *.err, which are meant to overlap, and are left out.
func overlaps(c *Config, ds *source.Diagnostics) {
	for j, rj := range c.Rules {
		type hit struct {
			rule *Rule
			m    Message
		}
		var hits []hit
		var who string
		for _, ri := range c.Rules[:j] {
			if ri.Dest == rj.Dest {
				continue
			}
			found := false
			for _, sj := range rj.Selectors {
				if found || sj.Level < 0 || catchAll(&sj) {
					continue
				}
				for _, si := range ri.Selectors {
					if si.Level < 0 || !sameSender(&si, &sj) {
						continue
					}
					f, ok := commonFacility(si.Facilities, sj.Facilities)
					if !ok {
						continue
					}
					lvl := min(si.Level, sj.Level, 7)
					m := Message{Job: witness(sj.Job.Text), User: witness(sj.User.Text), Host: sj.Host, Facility: f, Priority: Priority(lvl)}
					if ri.Matches(m) && rj.Matches(m) {
						hits = append(hits, hit{ri, m})
						who = describeSender(&sj, f)
						found = true
						break
					}
				}
			}
		}
		if len(hits) == 0 {
			continue
		}
		sort.SliceStable(hits, func(a, b int) bool { return hits[a].rule.Line() < hits[b].rule.Line() })
		var parts []string
		for _, h := range hits {
			parts = append(parts, fmt.Sprintf("%s and more severe also go to %s (line %d)", h.m.Priority, h.rule.Dest, h.rule.Line()))
		}
		ds.Add(rj.Span, source.Warning, CodeOverlap,
			fmt.Sprintf("this rule writes %s to %s, and earlier rules write the same messages elsewhere: %s",
				who, rj.Dest, strings.Join(parts, "; ")),
			"a priority selects that level and every more severe one, so each message is written by every rule that selects it; if each file is meant to hold one level, that cannot be expressed: keep one file per sender")
	}
}

func catchAll(s *Selector) bool { return s.Host == "" && s.User.Any() && s.Job.Any() }

func sameSender(a, b *Selector) bool {
	return strings.EqualFold(a.Host, b.Host) &&
		strings.EqualFold(norm(a.User.Text), norm(b.User.Text)) &&
		strings.EqualFold(norm(a.Job.Text), norm(b.Job.Text))
}

func norm(s string) string {
	if s == "" {
		return "*"
	}
	return s
}

func commonFacility(a, b []string) (string, bool) {
	for _, x := range a {
		for _, y := range b {
			switch {
			case x == "*" && y == "*":
				return "daemon", true
			case x == "*":
				return y, true
			case y == "*", x == y:
				return x, true
			}
		}
	}
	return "", false
}

// witness turns a pattern into a name it matches.
func witness(p string) string { return strings.ReplaceAll(p, "*", "") }

func describeSender(s *Selector, facility string) string {
	var parts []string
	if s.Host != "" {
		parts = append(parts, "host "+s.Host)
	}
	if !s.Job.Any() {
		parts = append(parts, "job "+s.Job.Text)
	}
	if !s.User.Any() {
		parts = append(parts, "user "+s.User.Text)
	}
	fs := "any facility"
	if len(s.Facilities) == 1 && s.Facilities[0] != "*" {
		fs = "facility " + facility
	} else if len(s.Facilities) > 1 {
		fs = "facilities " + strings.Join(s.Facilities, ",")
	}
	parts = append(parts, fs)
	return "messages from " + strings.Join(parts, ", ")
}
