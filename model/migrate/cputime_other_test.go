//go:build !unix

package migrate

func cpuSeconds() float64 { return 0 }
