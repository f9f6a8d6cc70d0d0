// Package syslog is the meaning of a z/OS syslog.conf: which messages each
// rule selects and where they go, so that znet can answer "is a message
// from job J, facility F, at priority P written, and where?", and the
// checks built on that answer.
//
// Matching rules (IBM, z/OS Communications Server IP Configuration
// Reference, syslogd "Priority codes", "Parameters"; IP Configuration
// Guide, "Configuring the syslog daemon"):
//
//   - a priority selects that level and every more severe one ("all
//     messages with that priority and higher are logged"); "*" selects all,
//     "none" none;
//   - userid.jobname qualifiers apply to locally generated messages, whose
//     user ID and job name the system supplies; (hostspec) to messages from
//     a network sender; a selector with neither applies to every message;
//   - '*' as a whole field matches anything, at the end of a name any name
//     that starts so (znet also accepts it inside a name; unverified);
//   - every rule that selects a message writes it (standard syslogd
//     behaviour, unverified on z/OS);
//   - within one rule, the selectors joined by ';' are read left to right
//     and the last one that names the message's sender and facility
//     decides, so "*.*;mail.none" selects everything but mail (standard
//     syslogd behaviour, unverified on z/OS);
//   - job names and user IDs are compared ignoring case (unverified; z/OS
//     job names are upper case).
//
// Diagnostic codes (SL2xx; SL1xx are the grammar's):
//
//	SL201 warning  messages that must be logged (AT-TLS, TRMD, PAGENT, DMD) are written nowhere, at some or all priorities
//	SL202 warning  a rule writes messages that earlier rules already write to other files
//	SL203 info     a rule whose selectors all say "none": it writes nothing
package syslog

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/zosnet/znet/grammar/source"
	gsyslog "github.com/zosnet/znet/grammar/syslog"
)

// Stable diagnostic codes of the checks.
const (
	CodeNotLogged     = "SL201"
	CodeOverlap       = "SL202"
	CodeWritesNothing = "SL203"
)

// Priority is a syslog priority; lower is more severe.
type Priority int

// The priorities, most severe first.
const (
	Emerg Priority = iota
	Alert
	Crit
	Err
	Warning
	Notice
	Info
	Debug
)

var priorityNames = [...]string{"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"}

func (p Priority) String() string {
	if p >= 0 && int(p) < len(priorityNames) {
		return priorityNames[p]
	}
	return fmt.Sprintf("priority(%d)", int(p))
}

// ParsePriority reads a priority code as syslog.conf spells it.
func ParsePriority(s string) (Priority, error) {
	l, ok := gsyslog.PriorityLevel(s)
	if !ok || l < 0 || l > 7 {
		return 0, fmt.Errorf("unknown priority %q (want emerg, alert, crit, err, warning, notice, info or debug)", s)
	}
	return Priority(l), nil
}

// Message describes the messages a question is about.
type Message struct {
	// User and Job are the sender's user ID and job name (locally
	// generated messages). An empty User matches only rules that accept
	// any user.
	User, Job string
	// Host is the sender of a message that arrives over the network;
	// empty for local messages.
	Host     string
	Facility string
	Priority Priority
}

func (m Message) String() string {
	var parts []string
	if m.Job != "" {
		parts = append(parts, "job "+m.Job)
	}
	if m.User != "" {
		parts = append(parts, "user "+m.User)
	}
	if m.Host != "" {
		parts = append(parts, "host "+m.Host)
	}
	parts = append(parts, "facility "+m.Facility, "priority "+m.Priority.String())
	return strings.Join(parts, ", ")
}

// Pattern is a job name or user ID as a selector writes it.
type Pattern struct {
	Text string // as written; "" when the selector has no such qualifier
}

// Any reports whether the pattern matches every name.
func (p Pattern) Any() bool { return p.Text == "" || p.Text == "*" }

// Match reports whether name matches the pattern, ignoring case.
func (p Pattern) Match(name string) bool {
	if p.Any() {
		return true
	}
	return glob(strings.ToUpper(p.Text), strings.ToUpper(name))
}

// glob matches s against a pattern where '*' stands for any run of
// characters.
func glob(pat, s string) bool {
	for {
		i := strings.IndexByte(pat, '*')
		if i < 0 {
			return pat == s
		}
		if !strings.HasPrefix(s, pat[:i]) {
			return false
		}
		s = s[i:]
		pat = pat[i+1:]
		if pat == "" {
			return true
		}
		for k := 0; k <= len(s); k++ {
			if glob(pat, s[k:]) {
				return true
			}
		}
		return false
	}
}

// Selector is one condition of a rule, in model terms.
type Selector struct {
	Text string
	Host string // hostspec without parentheses; "" for none
	User Pattern
	Job  Pattern
	// Facilities are lower-case names; "*" selects all.
	Facilities []string
	// Level is the priority threshold: -1 none, 0..7 that priority and
	// more severe, 8 all.
	Level int
	Span  source.Span
}

// local reports whether the selector is restricted to locally generated
// messages (it names a user ID or job name).
func (s *Selector) local() bool { return s.User.Text != "" || s.Job.Text != "" }

// names reports whether the selector is about m's sender and facility,
// whatever the priority.
func (s *Selector) names(m Message) bool {
	if s.Host != "" {
		if m.Host == "" || !hostMatch(s.Host, m.Host) {
			return false
		}
	} else if s.local() {
		if m.Host != "" || !s.User.Match(m.User) || !s.Job.Match(m.Job) {
			return false
		}
		if !s.User.Any() && m.User == "" {
			return false
		}
	}
	for _, f := range s.Facilities {
		if f == "*" || strings.EqualFold(f, m.Facility) {
			return true
		}
	}
	return false
}

func hostMatch(spec, host string) bool {
	if strings.EqualFold(spec, host) {
		return true
	}
	if p, err := netip.ParsePrefix(spec); err == nil {
		if a, err := netip.ParseAddr(host); err == nil {
			return p.Contains(a)
		}
	}
	return false
}

// Rule is a rule statement in model terms.
type Rule struct {
	Selectors []Selector
	Dest      string
	DestKind  string
	Options   map[string]string
	Span      source.Span
	// Syntax is the rule as parsed.
	Syntax *gsyslog.Rule
}

// Line is the rule's first line, for messages.
func (r *Rule) Line() int { return r.Span.Line }

// Matches reports whether the rule writes m.
func (r *Rule) Matches(m Message) bool {
	sel := false
	for i := range r.Selectors {
		s := &r.Selectors[i]
		if !s.names(m) {
			continue
		}
		switch {
		case s.Level < 0:
			sel = false
		default:
			sel = int(m.Priority) <= s.Level
		}
	}
	return sel
}

// Config is a syslog.conf in model terms.
type Config struct {
	File  string
	Rules []*Rule
	// Skipped are the rules the model leaves out because they are
	// damaged (a selector that could not be read, no destination).
	Skipped []*gsyslog.Rule
}

// New builds the model of a parsed file. Damaged rules are left out (and
// listed in Skipped): what they would select is unknown.
func New(f *gsyslog.File) *Config {
	c := &Config{File: f.Name}
	for _, r := range f.Rules {
		if r.Dest == nil || len(r.Selectors) == 0 || r.Text != "" {
			c.Skipped = append(c.Skipped, r)
			continue
		}
		mr := &Rule{Dest: r.Dest.Text, DestKind: r.Dest.Kind, Span: r.Span, Syntax: r, Options: map[string]string{}}
		bad := false
		for _, s := range r.Selectors {
			if s.Bad {
				bad = true
				break
			}
			lvl, _ := gsyslog.PriorityLevel(s.Priority.Text)
			ms := Selector{Text: s.Text(), Level: lvl, Span: s.Span}
			if s.Host != nil {
				ms.Host = strings.TrimSuffix(strings.TrimPrefix(s.Host.Text, "("), ")")
			}
			if s.User != nil {
				ms.User = Pattern{Text: s.User.Text}
			}
			if s.Job != nil {
				ms.Job = Pattern{Text: s.Job.Text}
			}
			for _, fa := range s.Facilities {
				ms.Facilities = append(ms.Facilities, strings.ToLower(fa.Text))
			}
			mr.Selectors = append(mr.Selectors, ms)
		}
		if bad {
			c.Skipped = append(c.Skipped, r)
			continue
		}
		for _, o := range r.Options {
			v := ""
			if o.Value != nil {
				v = o.Value.Text
			}
			mr.Options[o.Flag.Text] = v
		}
		c.Rules = append(c.Rules, mr)
	}
	return c
}

// Delivery is one place a message is written to.
type Delivery struct {
	Dest string
	Kind string
	Rule *Rule
}

// Route answers "where is m written?": every rule that selects it, in
// file order. An empty result means nowhere.
func (c *Config) Route(m Message) []Delivery {
	var out []Delivery
	for _, r := range c.Rules {
		if r.Matches(m) {
			out = append(out, Delivery{Dest: r.Dest, Kind: r.DestKind, Rule: r})
		}
	}
	return out
}

// Written reports whether m is written anywhere.
func (c *Config) Written(m Message) bool {
	for _, r := range c.Rules {
		if r.Matches(m) {
			return true
		}
	}
	return false
}

// Destinations lists the distinct destinations m is written to, in file
// order.
func (c *Config) Destinations(m Message) []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range c.Route(m) {
		if !seen[d.Dest] {
			seen[d.Dest] = true
			out = append(out, d.Dest)
		}
	}
	return out
}
