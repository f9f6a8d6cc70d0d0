// Command znet compiles, checks and explains z/OS network-security
// configuration: Policy Agent AT-TLS and IPSec policy, the TCPIP profile's
// network statements, DMD, syslogd and System SSL environment files.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Exit codes (DESIGN.md): 0 clean, 1 findings at or above the fail level,
// 2 input or usage error, 3 internal error.
const (
	exitClean    = 0
	exitFindings = 1
	exitInput    = 2
	exitInternal = 3
)

// exitError carries an exit code out of a command. A nil-message exitError
// means "everything was already said, just exit with this code".
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func inputErr(format string, a ...any) error {
	return &exitError{code: exitInput, msg: fmt.Sprintf(format, a...)}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes znet with args and returns the exit code; tests call it
// directly.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "znet: internal error: %v\nThis is a bug in znet; please report it with the input that caused it.\n", r)
			code = exitInternal
		}
	}()
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitClean
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "znet:", ee.msg)
		}
		return ee.code
	}
	// cobra's own errors: unknown command, bad flag, wrong argument count.
	fmt.Fprintln(stderr, "znet:", err)
	return exitInput
}
