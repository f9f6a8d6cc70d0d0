//go:build !unix

package pagent

func cpuSeconds() float64 { return 0 }
