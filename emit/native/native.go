// Package native formats native files of every kind znet can print, by
// kind: Policy Agent files and TCP/IP profiles with package emit's
// printers, syslogd and System SSL environment files with the printers
// here. It is a package of its own so that package emit, which `znet
// build` uses, does not depend on the grammars of the other families.
package native

import (
	"strings"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/grammar/source"
)

// Kinds are the kinds Format prints.
var Kinds = []string{"gskenv", "pagent", "profile", "syslog"}

// Format formats one native file of the given kind (a grammar family
// name, as `znet parse --kind` takes). It returns an *emit.FormatError
// when the file cannot be formatted without loss and an
// *emit.UnsupportedError for a kind no printer handles (the live reports:
// pasearch, netstat, ipsec -f display).
// Warnings about text the formatter changes in meaning (sequence numbers
// removed, non-breaking spaces made blanks) come with the result.
func Format(kind, name string, data []byte) ([]byte, source.Diagnostics, error) {
	switch strings.ToLower(kind) {
	case "pagent":
		return emit.FormatPagent(name, data)
	case "syslog":
		return FormatSyslog(name, data)
	case "gskenv":
		return FormatGskenv(name, data)
	case "profile":
		return emit.FormatProfile(name, data)
	}
	return nil, nil, &emit.UnsupportedError{File: name, Kind: kind, Known: Kinds}
}

// Mask returns a file's text with its secret values shown as ********, for
// diffs and listings.
func Mask(kind, name string, data []byte) []byte {
	switch strings.ToLower(kind) {
	case "pagent":
		return emit.MaskPagent(name, data)
	case "gskenv":
		return MaskGskenv(name, data)
	}
	return data
}
