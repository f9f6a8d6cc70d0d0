//go:build unix

package gen

import (
	"syscall"
	"time"
)

// CPU returns the processor time the process has used so far, user and
// system, on every thread. Benchmarks report it beside wall time: on a
// shared machine wall time varies with other load, the work done much
// less.
func CPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
