package syslog

import "strings"

// Priorities are the priority codes, most severe first, with the spellings
// syslogd accepts for each. IBM, IP Configuration Reference, syslogd
// "Priority codes": emerg/panic, alert, crit, err(or), warn(ing), notice,
// info, debug; "none" logs nothing for the facility; "*" stands for all.
// "When you specify a priority code, all messages with that priority and
// higher are logged."
var Priorities = [][]string{
	{"emerg", "panic"},
	{"alert"},
	{"crit"},
	{"err", "error"},
	{"warning", "warn"},
	{"notice"},
	{"info"},
	{"debug"},
}

// Facilities are the facility names znet accepts. The list is the standard
// syslog one (RFC 3164 names as syslog.conf spells them); IBM's "Supported
// facility names for syslogd" page was not available to confirm which of
// them z/OS accepts (unverified), so an unknown name is only a warning.
var Facilities = []string{
	"kern", "user", "mail", "daemon", "auth", "authpriv", "syslog", "lpr", "news",
	"uucp", "cron", "ftp", "mark",
	"local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7",
}

// PriorityLevel returns the level of a priority code (0 emerg ... 7 debug),
// or -1 for "none", 8 for "*", and ok=false for an unknown code.
func PriorityLevel(code string) (level int, ok bool) {
	c := strings.ToLower(code)
	switch c {
	case "none":
		return -1, true
	case "*":
		return 8, true
	}
	for i, names := range Priorities {
		for _, n := range names {
			if n == c {
				return i, true
			}
		}
	}
	return 0, false
}

func priorityNames() []string {
	out := []string{"none", "*"}
	for _, ns := range Priorities {
		out = append(out, ns...)
	}
	return out
}

// KnownFacility reports whether name is a facility name (or "*").
func KnownFacility(name string) bool {
	n := strings.ToLower(name)
	if n == "*" {
		return true
	}
	for _, f := range Facilities {
		if f == n {
			return true
		}
	}
	return false
}
