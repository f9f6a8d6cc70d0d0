//go:build !unix

package gskenv

func cpuSeconds() float64 { return 0 }
