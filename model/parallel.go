package model

import (
	"runtime"
	"sync"
)

// Runs returns how many runs n independent items are shared out in: one
// per CPU, but no more than one run for every per items (starting a
// goroutine for a handful of items costs more than it saves).
func Runs(n, per int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/per))
}

// ForRuns splits the items 0..n-1 into runs contiguous runs of about the
// same length and calls fn for each on its own goroutine, with the run's
// number and its items lo..hi-1; it returns when every call has returned.
// Callers that keep results per run and join them in run order get the
// same results however many runs there were.
func ForRuns(runs, n int, fn func(run, lo, hi int)) {
	if runs <= 1 {
		fn(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	for r := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(r, r*n/runs, (r+1)*n/runs)
		}()
	}
	wg.Wait()
}
