package syslog

import (
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Token is one word or name of the input with where it stands.
type Token struct {
	Text string      `json:"text" yaml:"text"`
	Span source.Span `json:"span" yaml:"span"`
}

// Comment is a '#' comment, text including the '#'.
type Comment = Token

// Selector is one condition of a rule.
//
//	*.TCPIP.*.err            User "*", Job "TCPIP", Facilities ["*"], Priority "err"
//	auth.*                   Facilities ["auth"], Priority "*"
//	(10.1.1.1).daemon.info   Host "(10.1.1.1)", Facilities ["daemon"], Priority "info"
type Selector struct {
	// Host is the (hostspec) of a network sender, parentheses included;
	// nil for the other forms.
	Host *Token `json:"host,omitempty" yaml:"host,omitempty"`
	// User and Job are the z/OS qualifiers of locally generated messages;
	// nil when the selector has only facility.priority.
	User *Token `json:"user,omitempty" yaml:"user,omitempty"`
	Job  *Token `json:"job,omitempty" yaml:"job,omitempty"`
	// Facilities is the facility, or a comma list of them; "*" for all.
	Facilities []Token `json:"facilities" yaml:"facilities"`
	// Priority is the priority code as written ("err", "*", "none" ...).
	Priority Token       `json:"priority" yaml:"priority"`
	Span     source.Span `json:"span" yaml:"span"`
	// Bad marks a selector that did not have the documented shape; its
	// parts are as much as could be read.
	Bad bool `json:"bad,omitempty" yaml:"bad,omitempty"`
}

// Text renders the selector as written (without blanks).
func (s *Selector) Text() string {
	var parts []string
	if s.Host != nil {
		parts = append(parts, s.Host.Text)
	}
	if s.User != nil {
		parts = append(parts, s.User.Text)
	}
	if s.Job != nil {
		parts = append(parts, s.Job.Text)
	}
	fs := make([]string, len(s.Facilities))
	for i, f := range s.Facilities {
		fs[i] = f.Text
	}
	parts = append(parts, strings.Join(fs, ","), s.Priority.Text)
	return strings.Join(parts, ".")
}

// Destination kinds.
const (
	DestFile   = "file"   // /path
	DestRemote = "remote" // @host
	DestUsers  = "users"  // user IDs, or * for every user (unverified on z/OS)
)

// Destination is where a rule writes the messages it selects.
type Destination struct {
	Token
	Kind string `json:"kind" yaml:"kind"`
	// Dated lists the date conversions (%Y, %m, %d) in a file name, in
	// order: syslogd replaces them by the date, giving daily files.
	Dated []string `json:"dated,omitempty" yaml:"dated,omitempty"`
}

// Option is a destination option: -F mode, -D mode, -N qualifier, -X.
type Option struct {
	Flag  Token  `json:"flag" yaml:"flag"`
	Value *Token `json:"value,omitempty" yaml:"value,omitempty"`
}

// Rule is a rule statement: selectors, destination, options.
type Rule struct {
	Selectors []*Selector  `json:"selectors" yaml:"selectors"`
	Dest      *Destination `json:"destination,omitempty" yaml:"destination,omitempty"`
	Options   []*Option    `json:"options,omitempty" yaml:"options,omitempty"`
	Leading   []Comment    `json:"leading,omitempty" yaml:"leading,omitempty"`
	Trailing  []Comment    `json:"trailing,omitempty" yaml:"trailing,omitempty"`
	Span      source.Span  `json:"span" yaml:"span"`
	Records   []int        `json:"records,omitempty" yaml:"records,omitempty"` // line numbers when the rule spans several records
	// Text is the rule as written (fields joined by one blank), set
	// only for a rule the grammar could not read.
	Text string `json:"text,omitempty" yaml:"text,omitempty"`
	// Incomplete marks a rule damaged by a syntax error; later stages
	// treat what they find in it as uncertain.
	Incomplete bool `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
}

// Opt returns the value of option flag ("-F", "-D", "-N"), and whether the
// flag is present.
func (r *Rule) Opt(flag string) (string, bool) {
	for _, o := range r.Options {
		if o.Flag.Text == flag {
			if o.Value != nil {
				return o.Value.Text, true
			}
			return "", true
		}
	}
	return "", false
}

// Statement is a global configuration statement (z/OS syslogd has some,
// for example for automatic archiving). znet keeps it as written.
type Statement struct {
	Keyword  Token       `json:"keyword" yaml:"keyword"`
	Values   []Token     `json:"values,omitempty" yaml:"values,omitempty"`
	Leading  []Comment   `json:"leading,omitempty" yaml:"leading,omitempty"`
	Trailing []Comment   `json:"trailing,omitempty" yaml:"trailing,omitempty"`
	Span     source.Span `json:"span" yaml:"span"`
}

// File is the syntax tree of one syslog.conf.
type File struct {
	Name       string       `json:"file" yaml:"file"`
	Rules      []*Rule      `json:"rules,omitempty" yaml:"rules,omitempty"`
	Statements []*Statement `json:"statements,omitempty" yaml:"statements,omitempty"`
	// Comments are the comment records after the last rule.
	Comments    []Comment          `json:"comments,omitempty" yaml:"comments,omitempty"`
	Diagnostics source.Diagnostics `json:"diagnostics,omitempty" yaml:"diagnostics,omitempty"`
}

// Diags returns the file's diagnostics.
func (f *File) Diags() source.Diagnostics { return f.Diagnostics }
