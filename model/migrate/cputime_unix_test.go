//go:build unix

package migrate

import "syscall"

// cpuSeconds is the CPU time (user and system) the process has used. The
// benchmarks report it beside ns/op because wall time on a shared machine
// says little.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
