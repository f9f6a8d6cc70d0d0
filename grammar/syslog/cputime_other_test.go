//go:build !unix

package syslog

func cpuSeconds() float64 { return 0 }
