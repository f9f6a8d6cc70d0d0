package native

import (
	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/grammar/syslog"
)

// FormatSyslog formats a z/OS syslogd configuration file: every rule on
// one record (a selector list the author continued over records stays on
// those records), the destinations of a paragraph of rules aligned two
// blanks after its longest selector list, options one blank apart,
// comments in column 1 where they were (syslogd takes # in column 1 as a
// comment), at most one blank line where the author left blank lines.
// Rules and statements keep their order; selectors, destinations and
// options their spelling. A file with syntax errors is refused.
func FormatSyslog(name string, data []byte) ([]byte, source.Diagnostics, error) {
	f, err := syslog.Parse(name, data)
	if err != nil {
		return nil, nil, err
	}
	warns, err := emit.Refuse(name, f.Diagnostics, syslog.CodeNBSP)
	if err != nil {
		return nil, warns, err
	}
	return PrintSyslog(f), warns, nil
}

// PrintSyslog prints a syslogd configuration file in canonical layout (see
// FormatSyslog); the printer is emit.PrintSyslog.
func PrintSyslog(f *syslog.File) []byte { return emit.PrintSyslog(f) }
