package gskenv

import (
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// Token is a name or value with where it stands.
type Token struct {
	Text string      `json:"text" yaml:"text"`
	Span source.Span `json:"span" yaml:"span"`
}

// Comment is a '#' comment record, text including the '#'.
type Comment = Token

// Code is one code of a list, normalised to upper case.
type Code struct {
	Code string      `json:"code" yaml:"code"` // upper case
	Text string      `json:"text" yaml:"text"` // as written
	Span source.Span `json:"span" yaml:"span"`
	Bad  bool        `json:"bad,omitempty" yaml:"bad,omitempty"`
}

// Var is one NAME=value record.
type Var struct {
	Name Token `json:"name" yaml:"name"`
	// Value is the value as written, blanks at the end removed.
	Value Token `json:"value" yaml:"value"`
	// Kind is the kind of value (Kind* constants); KindString for
	// variables znet does not know.
	Kind string `json:"kind" yaml:"kind"`
	// Known says whether Name is a System SSL variable znet knows.
	Known bool `json:"known" yaml:"known"`
	// Codes is the list of a list variable, in order.
	Codes []Code `json:"codes,omitempty" yaml:"codes,omitempty"`
	// Switch is the value of an ON/OFF variable.
	Switch *bool `json:"switch,omitempty" yaml:"switch,omitempty"`
	// Number is the value of a number or mask variable.
	Number *int64 `json:"number,omitempty" yaml:"number,omitempty"`
	// Secret marks a password: its value is never shown.
	Secret  bool        `json:"secret,omitempty" yaml:"secret,omitempty"`
	Export  bool        `json:"export,omitempty" yaml:"export,omitempty"`
	Leading []Comment   `json:"leading,omitempty" yaml:"leading,omitempty"`
	Span    source.Span `json:"span" yaml:"span"`
	// Bad marks a value with a problem reported in the diagnostics.
	Bad bool `json:"bad,omitempty" yaml:"bad,omitempty"`
}

// File is the syntax tree of one environment file.
type File struct {
	Name string `json:"file" yaml:"file"`
	// Vars are the assignments in file order (a variable set twice
	// appears twice; Lookup finds the one in effect).
	Vars []*Var `json:"vars,omitempty" yaml:"vars,omitempty"`
	// Comments are the comment records after the last assignment.
	Comments    []Comment          `json:"comments,omitempty" yaml:"comments,omitempty"`
	Diagnostics source.Diagnostics `json:"diagnostics,omitempty" yaml:"diagnostics,omitempty"`
}

// Diags returns the file's diagnostics.
func (f *File) Diags() source.Diagnostics { return f.Diagnostics }

// Lookup returns the assignment of name in effect (the last one), or nil.
// Names are case-sensitive, as in the environment.
func (f *File) Lookup(name string) *Var {
	for i := len(f.Vars) - 1; i >= 0; i-- {
		if f.Vars[i].Name.Text == name {
			return f.Vars[i]
		}
	}
	return nil
}

// List returns the codes of list variable name in effect (nil when it is
// not set).
func (f *File) List(name string) []Code {
	if v := f.Lookup(name); v != nil {
		return v.Codes
	}
	return nil
}

// Ciphers returns the SSL V3 / TLS cipher list System SSL takes from the
// file, as 4-character codes in order: GSK_V3_CIPHER_SPECS_EXPANDED when
// it is set (unless GSK_V3_CIPHERS says GSK_V3_CIPHERS_CHAR2), otherwise
// GSK_V3_CIPHER_SPECS with each 2-character code xx widened to 00xx (the
// 2-character codes are the low byte of suites whose high byte is 00;
// tls-strength.md §1(a)). Which list wins when both are set without
// GSK_V3_CIPHERS is unverified. nil when neither is set.
func (f *File) Ciphers() []Code {
	char2 := false
	if v := f.Lookup("GSK_V3_CIPHERS"); v != nil {
		char2 = strings.EqualFold(v.Value.Text, "GSK_V3_CIPHERS_CHAR2")
	}
	if v := f.Lookup("GSK_V3_CIPHER_SPECS_EXPANDED"); v != nil && !char2 {
		return v.Codes
	}
	v := f.Lookup("GSK_V3_CIPHER_SPECS")
	if v == nil {
		return nil
	}
	out := make([]Code, len(v.Codes))
	for i, c := range v.Codes {
		out[i] = c
		if len(c.Code) == 2 {
			out[i].Code = "00" + c.Code
		}
	}
	return out
}

// Protocol returns the setting of GSK_PROTOCOL_<proto> (proto is SSLV2,
// SSLV3, TLSV1, TLSV1_1, TLSV1_2 or TLSV1_3): set says whether the file
// sets it to a valid value.
func (f *File) Protocol(proto string) (on, set bool) {
	v := f.Lookup("GSK_PROTOCOL_" + strings.ToUpper(proto))
	if v == nil || v.Switch == nil {
		return false, false
	}
	return *v.Switch, true
}

// Shown is the value as znet prints it: secrets as ********.
func (v *Var) Shown() string {
	if v.Secret && v.Value.Text != "" {
		return "********"
	}
	return v.Value.Text
}

// OVar is the outline of an assignment.
type OVar struct {
	Name     string   `json:"name" yaml:"name"`
	Value    string   `json:"value" yaml:"value"`
	Codes    []string `json:"codes,omitempty" yaml:"codes,omitempty,flow"`
	At       string   `json:"at,omitempty" yaml:"at,omitempty"`
	Comments []string `json:"comments,omitempty" yaml:"comments,omitempty"`
}

// OFile is the outline of a file.
type OFile struct {
	File     string   `json:"file" yaml:"file"`
	Kind     string   `json:"kind" yaml:"kind"`
	Vars     []*OVar  `json:"variables" yaml:"variables"`
	Comments []string `json:"comments,omitempty" yaml:"comments,omitempty"`
}

// Outline is the compact view `znet parse` prints. Secrets are shown as
// ********.
func (f *File) Outline(positions bool) any {
	o := &OFile{File: f.Name, Kind: "gskenv", Vars: []*OVar{}, Comments: texts(f.Comments)}
	for _, v := range f.Vars {
		ov := &OVar{Name: v.Name.Text, Value: v.Shown(), Comments: texts(v.Leading)}
		for _, c := range v.Codes {
			ov.Codes = append(ov.Codes, c.Code)
		}
		if positions {
			ov.At = v.Span.Range()
		}
		o.Vars = append(o.Vars, ov)
	}
	return o
}

func texts(cs []Comment) []string {
	if len(cs) == 0 {
		return nil
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Text
	}
	return out
}
